"""Session 119 (events119), two classes of s51-mix's errors, on composed sentences of pairs not in s51-mix (TR-US, IL-US)
with counter-examples.

T: thanks told with a light verb and its subject between the verb and the noun ("بعدما وجه الرئيس الأمريكي دونالد
ترامب، السبت، الشكر لأردوغان", "ووجه ولي العهد السعودي الشكر بعد مغادرته لأمير الكويت") is the subject's thanks to the
side named right after الشكر (051); the stage had no cue for it. No row when the side after الشكر is a third party or
sits past a clause break, when the light verb's subject is not inside the construction, or when the noun is not thanks.

D: a done act whose date range holds the publication day ends on it ("وكان أردوغان اتهم واشنطن في وقت سابق الشهر
الحالي" was read as the whole month, past the page's day); a plan's range and a past range are left as they are."""
from conftest import paragraphs_corpus

from marsad.events import extract_events


def _rows(text, focus, partner, published="2018-04-06"):
    table = extract_events(paragraphs_corpus([text], published=published), focus=focus, partners=(partner,),
                           learned=False)
    table = table[table["kind"] == "event"] if "kind" in table else table
    return [(r["source"], r["target"], r["cameo_code"], r["status"], r["date_start"], r["date_end"])
            for r in table.to_dict("records")]


def _codes(text, focus, partner):
    return {(s, t, c) for s, t, c, *_ in _rows(text, focus, partner)}


def test_thanks_with_a_light_verb_and_its_subject_is_the_subjects_thanks():
    # no row before session 119
    assert _codes("ووجه ولي العهد السعودي الشكر بعد مغادرته لأمير الكويت في برقية.", "SA", "KW") \
        == {("SA", "KW", "051")}
    assert _codes("وأعلن قصر الإليزيه الاتفاق، بعدما وجه الرئيس الفرنسي إيمانويل ماكرون، الخميس، الشكر لميركل "
                  "على دعمها.", "FR", "DE") >= {("FR", "DE", "051")}
    assert _codes("وتقدم رئيس الوزراء البريطاني بالشكر إلى اليابان على مساعدتها.", "GB", "JP") \
        == {("GB", "JP", "051")}


def test_the_addressee_after_the_noun_is_the_target_even_a_people():
    # the stage's generic roles read the people thanked as the thanker (TR->US before the construction's roles)
    assert _codes("وقدم الرئيس الفرنسي الشكر للشعب الألماني.", "FR", "DE") == {("FR", "DE", "051")}


def test_no_thanks_row_without_the_constructions_two_sides():
    # a third party thanked, the pair's other side in another clause
    assert not any(c == "051" for _, _, c in _codes(
        "وجه الرئيس الفرنسي الشكر إلى الحكومة الإيطالية، بعد لقائه المستشارة الألمانية.", "FR", "DE"))
    # everyone who contributed, the other side only present
    assert not any(c == "051" for _, _, c in _codes(
        "وقدم الرئيس الفرنسي الشكر لكل من ساهم في المؤتمر بحضور المستشارة الألمانية.", "FR", "DE"))
    # the light verb's subject is the other clause's side: Germany gave aid, France thanked the donors
    assert ("DE", "FR", "051") not in _codes("وقدمت ألمانيا مساعدات إلى فرنسا، ووجه الرئيس الفرنسي الشكر للمانحين.",
                                             "FR", "DE")
    # not thanks: criticism through the same light verb is its own cue or none, never 051
    assert not any(c == "051" for _, _, c in _codes("وجه الرئيس الفرنسي انتقادات حادة إلى المستشارة الألمانية.",
                                                    "FR", "DE"))


def test_a_done_act_of_this_month_ends_on_the_publication_day():
    # before session 119: 2018-02-01..2018-02-28, past the page's day
    rows = _rows("وكان الرئيس الإيراني اتهم الرياض في وقت سابق الشهر الحالي بدعم المعارضة المسلحة.", "IR", "SA",
                 published="2018-02-16")
    assert [(c, s, e) for _, _, c, st, s, e in rows if st == "reported"] == [("112", "2018-02-01", "2018-02-16")]


def test_plans_and_past_ranges_keep_their_dates():
    # a plan of this month runs to the month's end
    rows = _rows("وسيزور الرئيس الإيراني الرياض الشهر الحالي.", "IR", "SA", published="2018-02-16")
    assert rows and all(e == "2018-02-28" for _, _, _, st, _, e in rows if st == "intent")
    # last month's act ends before the publication day: unchanged
    rows = _rows("وكان الرئيس الإيراني اتهم الرياض الشهر الماضي بدعم المعارضة المسلحة.", "IR", "SA",
                 published="2018-02-16")
    assert [(s, e) for _, _, c, _, s, e in rows if c == "112"] == [("2018-01-01", "2018-01-31")]
