"""Session 122 (events122), lever S: an economic stock, share or cost read as an act, on composed sentences of pairs
not in the parts it was counted on (QA-TR, JP-IN, DE-CN) with counter-examples.

S1: a 061 noun cue (الاستثمار، التعاون الاقتصادي، التبادل التجاري) gives no row when it is the measure of a quantity:
right after a measure noun ("قيمة الاستثمارات", "من رصيد الاستثمار"); or its clause's subject followed by a measure verb
and its amount ("ولدى اليابان استثمارات في الهند تتجاوز قيمتها 30 مليار دولار"); or a heading "على صعيد الاستثمار،"
of a sentence whose other 061 noun is such a measure. An investment announced, pumped or pledged keeps its row, with its
amount or not. S2: "تبلغ كلفته 5 مليارات" amounts to; nobody is informed (no 010)."""
from conftest import paragraphs_corpus

from marsad.events import extract_events


def _codes(text, focus, partner):
    table = extract_events(paragraphs_corpus([text], published="2018-04-06"), focus=focus, partners=(partner,),
                           learned=False)
    table = table[table["kind"] == "event"] if "kind" in table else table
    return {(r["source"], r["target"], r["cameo_code"]) for r in table.to_dict("records")}


def test_an_investment_stock_after_a_measure_noun_is_no_act():
    # each gave a QA->TR 061 row before session 122
    assert not any(c == "061" for *_, c in _codes("فيما ارتفعت قيمة استثمارات قطر في تركيا إلى 20 مليار دولار.",
                                                  "QA", "TR"))
    assert not any(c == "061" for *_, c in _codes("وبلغت قيمة الاستثمارات بين قطر وتركيا 20 مليار دولار.", "QA", "TR"))
    assert not any(c == "061" for *_, c in _codes(
        "وتحتل قطر المرتبة الثانية من حيث رصيد الاستثمارات الأجنبية في تركيا.", "QA", "TR"))


def test_an_investment_stock_as_the_subject_of_a_measure_verb_and_its_heading_are_no_act():
    assert not any(c == "061" for *_, c in _codes("ولدى اليابان استثمارات في الهند تتجاوز قيمتها 30 مليار دولار.",
                                                  "JP", "IN"))
    assert not any(c == "061" for *_, c in _codes(
        "وعلى صعيد الاستثمار، تستحوذ ألمانيا على ما نسبته 5% من رصيد الاستثمار الأجنبي في الصين.", "DE", "CN"))


def test_an_investment_announced_pumped_or_planned_keeps_its_row():
    # the noun governed by an act verb, with an amount: "بقيمة" is no measure noun; "تتجاوز قيمتها" after an
    # announced investment is its amount, the noun is no subject
    assert ("QA", "TR", "061") in _codes("وأعلنت قطر ضخ استثمارات بقيمة 15 مليار دولار في تركيا.", "QA", "TR")
    assert ("QA", "TR", "061") in _codes("وأعلنت قطر ضخ استثمارات في تركيا تتجاوز قيمتها 15 مليار دولار.",
                                         "QA", "TR")
    assert ("JP", "IN", "061") in _codes(
        "وأعلن رئيس الوزراء الياباني استثمارات في الهند بلغت 30 مليار دولار خلال زيارته نيودلهي.", "JP", "IN")
    assert ("JP", "IN", "061") in _codes("وقررت اليابان زيادة استثماراتها في الهند لتصل إلى 40 مليار دولار.",
                                         "JP", "IN")
    # a measure of something else in another clause; a heading with no measure in its sentence
    assert ("QA", "TR", "061") in _codes(
        "وأعلنت قطر ضخ استثمارات جديدة في تركيا، وبلغ عدد السياح القطريين 3 ملايين.", "QA", "TR")
    assert {("QA", "TR", "057"), ("QA", "TR", "061")} <= _codes(
        "وعلى صعيد الاستثمار، وقعت قطر وتركيا اتفاقية لتشجيع الاستثمار.", "QA", "TR")


def test_a_projects_cost_is_no_statement_but_informing_is():
    assert not any(c == "010" for *_, c in _codes("وتبني قطر وتركيا مشروعا مشتركا تبلغ كلفته 5 مليارات دولار.",
                                                  "QA", "TR"))
    assert ("QA", "TR", "010") in _codes("وأبلغت قطر تركيا بقرارها، وتبلغ قيمة الصفقة 5 مليارات دولار.", "QA", "TR")
