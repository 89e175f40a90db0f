"""Events, session 63 (events63): the day a speaker's statement opened in an earlier sentence dates what the speaker
goes on to say in later sentences (``marsad.events.speaker_dates``). Every sentence here is composed; the pairs are
not those of the development texts the class was counted on."""
from __future__ import annotations

from test_events import make_corpus

from marsad.events import extract_events

# published Friday 6 April 2018: "الثلاثاء" is Tuesday 3 April
PUB = "2018-04-06"
OPENS = "قال وزير الخارجية الفرنسي الثلاثاء إن بلاده تتابع الوضع في المنطقة."


def _rows(paragraphs, focus="FR", partner="LB", published=PUB):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", p) for p in paragraphs])]),
                        focus=focus, partners=(partner,))
    ev = ev[ev["kind"] == "event"]
    return ev[["source", "target", "cameo_code", "status", "precision", "date_start"]].astype(str).values.tolist()


def test_a_plan_told_as_the_statement_goes_on_takes_its_day():
    # the opening sentence names one side only (no event, no chain date); the next paragraph goes on
    assert _rows([OPENS, "وأضاف أن فرنسا ستقدم مساعدات للبنان."]) == [
        ["FR", "LB", "033", "intent", "day", "2018-04-03"]]
    # the same in one paragraph, and through a sentence of the same speaker between
    assert _rows([OPENS + " وأضاف أن فرنسا ستقدم مساعدات للبنان."]) == [
        ["FR", "LB", "033", "intent", "day", "2018-04-03"]]
    assert _rows([OPENS, "وشدد على أهمية الاستقرار في المنطقة.", "وتابع أن فرنسا ستقدم مساعدات للبنان."]) == [
        ["FR", "LB", "033", "intent", "day", "2018-04-03"]]
    # the setting of the words before the verb ("وفي تصريح للصحفيين، أكد …"); not another topic ("وفي سياق آخر، …")
    assert _rows([OPENS, "وفي تصريح للصحفيين، أكد أن فرنسا ستقدم مساعدات للبنان."]) == [
        ["FR", "LB", "033", "intent", "day", "2018-04-03"]]
    assert [r[4] for r in _rows([OPENS, "وفي سياق آخر، أكد أن فرنسا ستقدم مساعدات للبنان."])] == ["before-publication"]


def test_the_speakers_own_speech_act_takes_its_day():
    # an accusation and support stated by the speaker's side
    assert _rows([OPENS, "وأضاف أن لبنان يدعم الإرهاب."]) == [["FR", "LB", "112", "reported", "day", "2018-04-03"]]
    assert _rows([OPENS, "وأكد أن فرنسا تقف إلى جانب لبنان."]) == [["FR", "LB", "051", "reported", "day", "2018-04-03"]]


def test_the_speaker_named_again_and_the_day_told_after_the_words():
    # "حسبما قال للصحافيين، الأحد": the day told after the statement; the speaker named again (another pair); the
    # sentence between names no side (the speaker's own words go on)
    rows = _rows(["حذر وزير الخارجية الكندي من تصعيد جديد، حسبما قال للصحافيين، الأحد، خلال زيارته نيويورك.",
                  "وأشار إلى أن الحوار هو الحل الوحيد.",
                  "وقال وزير الخارجية الكندي إن بلاده ستطلب من السعودية الإفراج عن الناشطين."],
                 focus="CA", partner="SA", published="2018-08-08")
    assert [r[3:] for r in rows] == [["intent", "day", "2018-08-05"]]


def test_counter_examples():
    # a past act the speaker tells is not of the day it is told (the undated-act convention)
    assert [r[:5] for r in _rows([OPENS, "وأضاف أن فرنسا قدمت مساعدات للبنان."])] == [
        ["FR", "LB", "070", "reported", "before-publication"]]
    # another speaker named: the first one's day is not theirs
    rows = _rows([OPENS, "وقال وزير الخارجية اللبناني إن بيروت ستطلب مساعدات من فرنسا."])
    assert [r[4] for r in rows] == ["before-publication"] * len(rows) and rows
    # a sentence that is no statement of the speaker breaks the chain
    assert [r[:5] for r in _rows([OPENS, "وانتشر الجيش في المدينة.", "وأضاف أن فرنسا ستقدم مساعدات للبنان."])] == [
        ["FR", "LB", "033", "intent", "before-publication"]]
    # a day long before the news is history told, not the day of the statement
    rows = _rows(["قال وزير الخارجية الفرنسي في 5 يونيو 2017 إن بلاده تتابع الوضع.",
                  "وأضاف أن فرنسا ستقدم مساعدات للبنان."])
    assert [r[4] for r in rows] == ["before-publication"]


def test_a_speech_act_of_the_other_side_is_told_not_made():
    # the French minister says Lebanon criticised France: Lebanon's criticism is not of the minister's Tuesday
    rows = _rows([OPENS, "وأضاف أن لبنان انتقد فرنسا بشدة."])
    assert all(r[4] == "before-publication" for r in rows if r[0] == "LB")


def test_the_day_of_the_act_the_story_opens_with():
    # no words reported: the day right after the opening verb and subject is the story's; the side's speech act in
    # the next sentence is of that day (published Saturday 11 August 2018: "الجمعة" is Friday 10 August)
    rows = _rows(["فرضت كندا الجمعة عقوبات على مسؤولين في فنزويلا.", "وهددت أوتاوا كراكاس بإجراءات أخرى."],
                 focus="CA", partner="VE", published="2018-08-11")
    assert ["CA", "VE", "130", "reported", "day", "2018-08-10"] in rows


def test_a_day_further_in_a_sentence_of_acts_is_another_acts():
    # the Monday of the clashes, at the end of the sentence, and a day after a comma, are not the story's day
    rows = _rows(["وقررت كندا استدعاء سفيرها بسبب المواجهات في العاصمة التي أسفرت عن مقتل عشرة أشخاص، الاثنين.",
                  "وانتقد رئيس الوزراء الكندي فنزويلا بشدة."], focus="CA", partner="VE", published="2018-08-11")
    assert [r[4] for r in rows if r[2].startswith("11")] == ["before-publication"]
    rows = _rows(["ورحب رئيس الوزراء الكندي، خلال اللقاء، بتوقيع الاتفاق، يوم 8 أغسطس الجاري.",
                  "وانتقد رئيس الوزراء الكندي فنزويلا بشدة."], focus="CA", partner="VE", published="2018-08-11")
    assert [r[4] for r in rows if r[2].startswith("11")] == ["before-publication"]


def test_another_person_of_the_same_side_does_not_go_on_with_the_statement():
    # the Canadian prime minister's Tuesday is not the foreign minister's, named next; the same person named again,
    # by name or by role, goes on
    opening = "قال رئيس الوزراء الكندي جاستن ترودو الثلاثاء إن بلاده تتابع الوضع."
    rows = _rows([opening, "وقالت كريستيا فريلاند إن كندا ستطلب من السعودية الإفراج عن الناشطين."],
                 focus="CA", partner="SA", published="2018-08-08")
    assert [r[4] for r in rows] == ["before-publication"]
    rows = _rows([opening, "وقال ترودو إن كندا ستطلب من السعودية الإفراج عن الناشطين."],
                 focus="CA", partner="SA", published="2018-08-08")
    assert [r[4:] for r in rows] == [["day", "2018-08-07"]]
    # by name, then by role: the same person as the opening's "رئيس الوزراء الكندي جاستن ترودو"
    rows = _rows([opening, "وأشار ترودو إلى أن الحوار هو الحل.",
                  "وقال رئيس الوزراء الكندي إن كندا ستطلب من السعودية الإفراج عن الناشطين."],
                 focus="CA", partner="SA", published="2018-08-08")
    assert [r[4:] for r in rows] == [["day", "2018-08-07"]]
    # a second person in between breaks the chain
    rows = _rows([opening, "وأشارت فريلاند إلى أن الحوار هو الحل.",
                  "وقال ترودو إن كندا ستطلب من السعودية الإفراج عن الناشطين."],
                 focus="CA", partner="SA", published="2018-08-08")
    assert [r[4] for r in rows] == ["before-publication"]
