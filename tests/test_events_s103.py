"""Session 103 (events103): a clause whose predicate is a figure or a span ("ارتفعت قيمة الاستثمارات … إلى 24 مليار
دولار", "تبلغ كلفته", "خلال السنوات الماضية", "بصورة مستمرة", "منذ 4 عقود") states a standing relation, not an act:
the marker FIGURE (``data/cameo/markers.csv``) makes a background clause as BACKGROUND does, so its cue gives a
background row, not an event. Composed sentences of pairs other than the parts' rows, with counter-examples: a dated
act of cooperation, an act beside a figure in another clause, "وصل" of a visit, "رفيع المستوى"."""
from conftest import paragraphs_corpus
from marsad.events import extract_events
from marsad.events import lexicon as lx
from marsad.lang.text import normalize_map

PUB = "2018-04-03"


def _table(text, focus, partner):
    return extract_events(paragraphs_corpus([text], published=PUB), focus=focus, partners=(partner,), learned=False)


def _events(text, focus, partner):
    t = _table(text, focus, partner)
    return {(r["source"], r["target"], r["cameo_code"]) for r in t.to_dict("records") if r["kind"] == "event"} \
        if len(t) else set()


def _background(text, focus, partner):
    t = _table(text, focus, partner)
    return len(t) and (t["kind"] == "background").any()


def _fig(text):
    norm, _ = normalize_map(text)
    return [m.group("w") for m in lx.FIGURE.finditer(norm)]


def test_the_marker_reads_figures_and_spans():
    assert _fig("ارتفعت قيمة الاستثمارات الكويتية في المغرب إلى 5 مليارات دولار")
    assert _fig("وتبلغ قيمة التبادل التجاري بين البلدين ملياري دولار")
    assert _fig("وقدمت بلاده دعما كبيرا خلال السنوات الماضية")
    assert _fig("يتبادل البلدان الخبرات بصورة مستمرة")
    assert _fig("القاعدة هي الأولى منذ 4 عقود")
    # not a figure: a level of a delegation, an arrival, a year-dated span
    assert not _fig("وصل وفد رفيع المستوى إلى عمان")
    assert not _fig("وصل الرئيس إلى الرباط صباح اليوم")
    assert not _fig("منذ 2014 لم يلتق الوزيران")


def test_a_figure_of_investment_or_trade_is_background():
    text = "ولدى قطر استثمارات في تركيا تتجاوز قيمتها 20 مليار دولار."
    assert not {e for e in _events(text, "QA", "TR") if e[2].startswith("06")}
    assert _background(text, "QA", "TR")
    assert not {e for e in _events("وارتفعت قيمة الاستثمارات الكويتية في المغرب إلى 5 مليارات دولار.",
                                   "KW", "MA") if e[2].startswith("06")}
    assert not {e for e in _events("وتتجاوز قيمة الاستثمارات الإماراتية في الأردن 15 مليار دولار.",
                                   "AE", "JO") if e[2].startswith("06")}


def test_a_span_of_cooperation_is_background():
    assert not {e for e in _events("وقدمت روسيا دعما عسكريا كبيرا لفنزويلا خلال السنوات الماضية.",
                                   "RU", "VE") if e[2].startswith("07")}
    assert not {e for e in _events("وأوضح أن الأردن ومصر يتعاونان بصورة مستمرة في تبادل الخبرات.",
                                   "JO", "EG") if e[2].startswith("06")}


def test_counter_examples_dated_acts_stay_events():
    # a dated act of cooperation, no figure or span: an event
    assert {e for e in _events("وقع البلدان اتفاقية تعاون أمس في الرباط بين المغرب والكويت.", "MA", "KW")
            if e[2].startswith("0")}
    # the act in its own clause beside a figure in another sentence: the act stays
    text = "وقعت الكويت والمغرب اتفاقية تعاون اقتصادي أمس. وارتفعت قيمة الاستثمارات الكويتية في المغرب إلى 5 مليارات دولار."
    assert {e for e in _events(text, "KW", "MA") if e[2] in ("057", "061", "060")}
    # a visit with "وصل": no measure noun, an event
    assert {e for e in _events("وصل الرئيس التونسي إلى الجزائر صباح اليوم في زيارة رسمية.", "TN", "DZ")
            if e[2].startswith("04")}
    # a high-level delegation ("رفيع المستوى") is no figure
    assert {e for e in _events("واستقبل الرئيس الجزائري أمس وفدا تونسيا رفيع المستوى.", "DZ", "TN")
            if e[2].startswith("04")}
