"""topics42: ``home_country="auto-titles"`` (topics42's default ``"auto"`` on titles, made opt-in by topics43) reads
one home country per source, over all its titles of the run (in memory in ``headlines_table``, staged in the combine
step ``finish_staged_headlines``), as the leave-one-outlet-out evaluation reads a held-out outlet's home country from
all its headlines."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from marsad.topics import classifier as topics

# A Tunisian outlet's titles: ten name Tunisia, two name it with another country, twelve name none.
NATIONAL = [
    "وزير التربية في تونس يعلن موعد العودة المدرسية", "البرلمان التونسي يصادق على قانون المالية",
    "الحكومة التونسية تقر زيادة في الأجور", "الشرطة التونسية تحجز كمية من المخدرات في صفاقس",
    "تونس: ارتفاع نسبة التضخم خلال شهر مارس", "رئيس الحكومة التونسية يلتقي ممثلي النقابات",
    "وزارة الصحة التونسية تطلق حملة تلقيح", "الرئيس التونسي يستقبل وزير الخارجية",
    "تونس تحتضن مهرجان قرطاج الدولي", "المنتخب التونسي يستعد لمباراة الحسم",
    "فرنسا تمنح تونس قرضا جديدا", "الجزائر وتونس توقعان اتفاقية للتعاون الحدودي",
    "حادث مرور قاتل على الطريق السريع", "إيقاف عصابة مختصة في سرقة السيارات",
    "انطلاق امتحانات الباكالوريا غدا", "الترجي يفوز على النجم في الدربي",
    "ارتفاع أسعار الخضر في الأسواق", "نقابة التعليم تعلن إضرابا عاما",
    "افتتاح معرض الكتاب بالعاصمة", "أمطار غزيرة منتظرة في الشمال",
    "وزير الفلاحة يتفقد موسم الحصاد", "البنك المركزي يبقي على نسبة الفائدة",
    "عرض مسرحي جديد في قاعة الفن الرابع", "الحماية المدنية تنقذ عائلة من الغرق",
]
# A pan-Arab outlet's titles: many countries, none far more often than the others.
PAN_ARAB = [
    "الرئيس الأمريكي يهدد بفرض عقوبات جديدة", "مصر تفتتح مشروعا جديدا في قناة السويس",
    "السعودية ترفع إنتاج النفط", "روسيا تنشر منظومات دفاع جوي جديدة", "الصين تعلن نمو اقتصادها",
    "فرنسا تشهد احتجاجات واسعة على قانون التقاعد", "إيران تعلن تجربة صاروخ جديد", "تركيا تعتقل صحفيين",
    "اليابان تضرب بزلزال قوي", "ألمانيا تعلن خطة للطاقة", "العراق يجري انتخابات برلمانية",
    "لبنان يواجه أزمة كهرباء خانقة", "الأردن يستقبل وفدا أمريكيا", "قطر تستضيف قمة خليجية",
    "المغرب يحتفل بعيد العرش", "الكويت تقر ميزانية جديدة", "ريال مدريد يفوز بدوري الأبطال",
    "أسعار الذهب ترتفع عالميا", "دراسة تكشف فوائد الرياضة للقلب", "أبل تكشف عن هاتف جديد",
    "مهرجان كان السينمائي يفتتح دورته", "برشلونة يتعاقد مع لاعب جديد", "سوريا: قصف على إدلب",
    "اليمن: هدنة جديدة برعاية أممية",
]
OPT_IN = "auto-titles"  # topics.AUTO_TITLES
COLS = ["doc_id", "text", "topic", "best_topic", "label_ar", "source", "home_country"]


def _titles_corpus(by_source: dict, *, interleave: bool = False):
    """One document per title (its only headline row), ``source`` per document (None: no source)."""
    items = [(src, t) for src, ts in by_source.items() for t in ts]
    if interleave:  # the sources' documents alternate, as files of two outlets sorted by date would
        items = sorted(items, key=lambda st: (by_source[st[0]].index(st[1]), str(st[0])))
    doc_ids = [f"d{i:03d}" for i in range(len(items))]
    docs = pd.DataFrame({"doc_id": doc_ids, "source": [s for s, _ in items],
                         "published": pd.to_datetime("2016-09-05"), "captured": pd.NaT})
    seg = pd.DataFrame({"doc_id": doc_ids, "section": "title", "position": 0, "text": [t for _, t in items]})
    return SimpleNamespace(documents=docs, segments=seg, manifest=None)


def _missing_as_none(df):
    return df.astype(object).where(df.notna(), None)


def _part(corpus, doc_ids):
    keep = set(doc_ids)
    return SimpleNamespace(documents=corpus.documents[corpus.documents["doc_id"].isin(keep)],
                           segments=corpus.segments[corpus.segments["doc_id"].isin(keep)].reset_index(drop=True),
                           manifest=None)


def test_a_national_outlets_titles_are_read_with_the_country_they_name():
    corpus = _titles_corpus({"site-tn": NATIONAL})
    auto = topics.headlines_table(corpus, home_country=OPT_IN)
    assert set(auto["home_country"]) == {"TN"}
    pd.testing.assert_frame_equal(auto, topics.headlines_table(corpus, home_country="TN"))
    none = topics.headlines_table(corpus, home_country=None)
    assert none["home_country"].isna().all()
    # the home country is read (national mix, Tunisia's mentions cut): the probabilities differ from none's
    assert (auto["confidence"] != none["confidence"]).any()


def test_a_pan_arab_outlets_titles_and_too_few_titles_get_none():
    pan = _titles_corpus({"site-pan": PAN_ARAB})
    pd.testing.assert_frame_equal(topics.headlines_table(pan, home_country=OPT_IN),
                                  topics.headlines_table(pan, home_country=None))
    assert topics.headlines_table(pan, home_country=OPT_IN)["home_country"].isna().all()
    few = _titles_corpus({"site-tn": NATIONAL[:12]})  # 12 titles: fewer than HOME_MIN_HEADLINES
    assert len(NATIONAL[:12]) < topics.HOME_MIN_HEADLINES
    pd.testing.assert_frame_equal(topics.headlines_table(few, home_country=OPT_IN),
                                  topics.headlines_table(few, home_country=None))


def test_two_sources_in_one_run_each_get_their_own_home_country():
    both = topics.headlines_table(_titles_corpus({"site-tn": NATIONAL, "site-pan": PAN_ARAB}, interleave=True),
                                  home_country=OPT_IN)
    assert set(both.loc[both["source"] == "site-tn", "home_country"]) == {"TN"}
    assert both.loc[both["source"] == "site-pan", "home_country"].isna().all()
    for src, ts in (("site-tn", NATIONAL), ("site-pan", PAN_ARAB)):
        alone = topics.headlines_table(_titles_corpus({src: ts}), home_country=OPT_IN)
        mine = both[both["source"] == src].set_index("text").loc[ts]
        assert mine["best_topic"].tolist() == alone["best_topic"].tolist()
        np.testing.assert_allclose(mine["confidence"].astype(float), alone["confidence"].astype(float))
    # the counter-example: the same titles under one source are one group, and the pan-Arab titles read as Tunisian
    pooled = topics.headlines_table(_titles_corpus({"one-site": NATIONAL + PAN_ARAB}), home_country=OPT_IN)
    assert set(pooled["home_country"]) == {"TN"}
    # rows without a source form one group
    unnamed = topics.headlines_table(_titles_corpus({None: NATIONAL}), home_country=OPT_IN)
    assert set(unnamed["home_country"]) == {"TN"}


@pytest.mark.parametrize("adapt", [True, False])
def test_the_same_titles_table_however_the_corpus_is_cut(adapt, monkeypatch):
    """The staged path (``marsad report``): each partition classifies its titles with none and marks them; the
    combine step reads each source's home country over all its rows, so every cut gives the same table."""
    from marsad.stages import headlines as stage
    from marsad.stages.base import Staged

    monkeypatch.setattr(topics, "ADAPT_MIN_HEADLINES", 20)  # 24 titles a source: read as a batch too
    corpus = _titles_corpus({"site-tn": NATIONAL, "site-pan": PAN_ARAB}, interleave=True)
    ids = corpus.documents["doc_id"].tolist()
    opts = stage.HeadlineOptions(adapt=adapt, home_country=OPT_IN)
    whole = topics.headlines_table(corpus, adapt=adapt, home_country=OPT_IN)
    cuts = {"one": [ids], "halves": [ids[:24], ids[24:]], "thirds": [ids[:16], ids[16:32], ids[32:]],
            "ten": [ids[i:i + 5] for i in range(0, len(ids), 5)]}
    tables = {}
    for name, parts in cuts.items():
        staged = pd.concat([stage._run(_part(corpus, p), {}, opts) for p in parts], ignore_index=True)
        assert set(staged["home_country"]) == {topics.AUTO_TITLES}  # decided in the combine step, not per partition
        tables[name] = stage._combine(Staged.from_frame(staged), opts)
    for name in cuts:
        pd.testing.assert_frame_equal(tables[name], tables["one"])
    got = tables["one"]
    pd.testing.assert_frame_equal(got[COLS], whole[COLS])
    np.testing.assert_allclose(got["confidence"].astype(float), whole["confidence"].astype(float), atol=2e-4)
    # a partition alone would have read no home country for the Tunisian titles (a third of them: too few)
    third = _part(corpus, ids[:16])
    assert topics.headlines_table(third, home_country=OPT_IN)["home_country"].isna().all()


def test_a_ticker_and_a_given_code_are_unchanged_by_the_titles_rule():
    """Ticker pages keep their per-page home; a given code applies to every title; none stays none (staged too)."""
    from marsad.stages import headlines as stage
    from marsad.stages.base import Staged

    corpus = _titles_corpus({"site-tn": NATIONAL, "site-pan": PAN_ARAB})
    for given in ("MA", "none"):
        opts = stage.HeadlineOptions(home_country=given)
        staged = stage._run(corpus, {}, opts)
        assert not {topics.AUTO, topics.AUTO_TITLES} & set(staged["home_country"].dropna())
        got = stage._combine(Staged.from_frame(staged), opts)
        want = topics.headlines_table(corpus, home_country=given)
        pd.testing.assert_frame_equal(_missing_as_none(got[COLS]), _missing_as_none(want[COLS]))
    ticker = SimpleNamespace(documents=corpus.documents.assign(source="site-a"),
                             segments=corpus.segments.assign(section="ticker", doc_id="d000",
                                                             position=range(len(corpus.segments))),
                             manifest=None)
    for opt in ("auto", OPT_IN):
        staged = stage._run(ticker, {}, stage.HeadlineOptions(home_country=opt))
        # a page's ticker: read in its partition
        assert not {topics.AUTO, topics.AUTO_TITLES} & set(staged["home_country"].dropna())
