"""Session 125 (events125), lever O: a demand (100) told as an obligation the speaker lays on the other side, a class
of the s40-mix … s52-mix misses with no cue ("إنه على السعودية أن تثبت", "يجب على قطر أن تدفع", "إن المملكة العربية
السعودية "يجب أن تتعاون""), on composed sentences of a pair none of those misses has (FR-DE), with counter-examples:
the speaker's own side obliged, a list obliged, a speaker who is no side, no reporting frame."""
from conftest import paragraphs_corpus

from marsad.events import extract_events


def _codes(text, focus, partner, published="2018-04-06"):
    table = extract_events(paragraphs_corpus([text], published=published), focus=focus, partners=(partner,),
                           learned=False)
    table = table[table["kind"] == "event"] if "kind" in table else table
    return {(r["source"], r["target"], r["cameo_code"]) for r in table.to_dict("records")}


def test_modal_ala_side_is_a_demand():
    # form 1: a modal, على and the other side; the speaker named after the reporting verb or before it
    assert _codes("وقال وزير الخارجية الفرنسي جان إيف لودريان إنه يجب على ألمانيا أن تزيد إنفاقها العسكري.",
                  "FR", "DE") == {("FR", "DE", "100")}
    assert _codes("يعتقد وزير الخارجية الفرنسي أنه بعد الضربات الغربية على سوريا، يجب على ألمانيا أن تضغط على "
                  "حلفائها.", "FR", "DE") == {("FR", "DE", "100")}
    # a headline speaker before a colon
    assert _codes("ماكرون: يجب على ألمانيا أن تتحمل مسؤوليتها.", "FR", "DE") == {("FR", "DE", "100")}


def test_frame_ala_side_an_is_a_demand():
    # form 2: the frame's إنه, then على, the side and أن; the speaker before قد قال with commas between
    assert _codes("وكان الرئيس الفرنسي، إيمانويل ماكرون، قد قال في وقت سابق الإثنين، إنه على ألمانيا أن تثبت "
                  "التزامها.", "FR", "DE") == {("FR", "DE", "100")}


def test_side_then_modal_and_modal_verb_side_are_demands():
    # form 3: the side right after the frame's إن, then a quoted modal and أن
    assert _codes("وقالت المستشارة الألمانية أنغيلا ميركل، السبت، إن فرنسا \"يجب أن تتعاون\" مع شركائها.",
                  "DE", "FR") == {("DE", "FR", "100")}
    # form 4: a modal, أن and one verb before the side
    assert _codes("وأضاف ماكرون: \"يجب أن تدفع ألمانيا ثمن هذا القرار\".", "FR", "DE") == {("FR", "DE", "100")}


def test_no_demand_on_own_side_a_list_or_without_a_speaker_of_ours():
    assert "100" not in {c for _, _, c in _codes("وقال ماكرون إنه يجب على فرنسا أن تزيد إنفاقها العسكري.", "FR", "DE")}
    assert "100" not in {c for _, _, c in _codes("وقال ماكرون إنه يجب على ألمانيا وفرنسا أن تعملا معا.", "FR", "DE")}
    assert "100" not in {c for _, _, c in _codes("وقال الخبير إنه يجب على ألمانيا أن تزيد إنفاقها.", "FR", "DE")}
    assert "100" not in {c for _, _, c in _codes("يجب على ألمانيا أن تزيد إنفاقها العسكري.", "FR", "DE")}


# Lever C: a threat (130) told as a condition on the other side's act (s43's "تركيا: سنوقف أنشطة PKK بالعراق إن لم تتمكن
# بغداد", "أن تركيا ستتخذ "كل ما يلزم" إذا فشلت عملية الحكومة العراقية", s49's "فرنسا: إذا تجاوز الأسد … سنضرب من
# جديد"), composed on FR-DE.

def test_condition_with_a_future_hostile_act_is_a_threat():
    # (b) a side's third-person future verb; (a) a headline speaker's first-person one, before or after the condition
    assert ("FR", "DE", "130") in _codes("وصرح ماكرون أن فرنسا ستتخذ \"كل ما يلزم\" إذا فشلت عملية الحكومة الألمانية "
                                         "في الشمال.", "FR", "DE")
    assert ("FR", "DE", "130") in _codes("فرنسا: سنوقف التعاون مع برلين إن لم تتمكن ألمانيا من ضبط حدودها.", "FR", "DE")
    assert ("FR", "DE", "130") in _codes("فرنسا: إذا تجاوزت ألمانيا \"الخطوط الحمراء\" سنضرب من جديد.", "FR", "DE")


def test_condition_without_a_hostile_act_or_a_side_is_no_threat():
    # a welcome, a match, a third side's condition with a list acting
    assert "130" not in {c for _, _, c in _codes("وقال ماكرون إنه إذا زارت ميركل باريس سنستقبلها بحفاوة.", "FR", "DE")}
    assert "130" not in {c for _, _, c in _codes("إذا فازت ألمانيا بالمباراة ستتأهل إلى الدور المقبل.", "FR", "DE")}
    assert "130" not in {c for _, _, c in _codes("وقال ماكرون إنه إذا تجاوزت روسيا الخطوط الحمراء فإن ألمانيا وفرنسا "
                                                 "سترد.", "FR", "DE")}
