"""topics43: the default ``home_country="auto"`` reads a home country for a page's ticker only; titles are read with
none (a corpus chosen by topic names its topic most, not its outlets' home), topics42's per-source reading of titles
is the opt-in ``"auto-titles"``, and ``suggest_home_countries`` says what the titles would read."""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from marsad.topics import classifier as topics
from test_topics42 import NATIONAL, PAN_ARAB, _missing_as_none, _titles_corpus

# A pan-Arab outlet's titles chosen by topic: every one names Russia (a few name another country as well).
ABOUT_RUSSIA = [
    "روسيا تنشر منظومات دفاع جوي جديدة", "بوتين يستقبل وزير الخارجية الروسي في الكرملين",
    "موسكو تعلن طرد دبلوماسيين بريطانيين", "روسيا ترفع إنتاج النفط رغم اتفاق أوبك",
    "الجيش الروسي يجري مناورات في القطب الشمالي", "روسيا تستضيف كأس العالم لكرة القدم",
    "المنتخب الروسي يفوز في مباراة الافتتاح", "الاقتصاد الروسي ينمو بأبطأ وتيرة منذ عامين",
    "روسيا تختبر صاروخا عابرا للقارات", "موسكو: اعتقال معارضين خلال احتجاجات",
    "روسيا تعلن خطة جديدة للطاقة", "الروبل الروسي يهبط أمام الدولار",
    "روسيا والصين تجريان مناورات بحرية مشتركة", "فرنسا وروسيا تبحثان الأزمة",
    "تركيا تشتري منظومة صواريخ من روسيا", "وزير الدفاع الروسي يزور مصنعا للطائرات",
    "روسيا تطلق قمرا صناعيا جديدا", "محكمة روسية تسجن صحفيا",
    "روسيا تتهم واشنطن بخرق المعاهدة", "انتخابات رئاسية في روسيا الشهر المقبل",
    "روسيا: انفجار في مترو سان بطرسبورغ", "شركة غازبروم الروسية تعلن أرباحها",
    "روسيا تحظر تطبيق تلغرام", "الكرملين ينفي التدخل في الانتخابات",
]
COLS = ["doc_id", "text", "topic", "best_topic", "label_ar", "source", "home_country"]


def test_titles_chosen_by_topic_get_no_home_country_by_default_and_a_suggestion():
    corpus = _titles_corpus({"site-pan": ABOUT_RUSSIA})
    default = topics.headlines_table(corpus)  # "auto" is the default
    assert default["home_country"].isna().all()
    pd.testing.assert_frame_equal(default, topics.headlines_table(corpus, home_country=None))
    # topics42's reading (now opt-in) takes the topic for the home: every title read as Russian national news
    assert set(topics.headlines_table(corpus, home_country="auto-titles")["home_country"]) == {"RU"}
    got = topics.suggest_home_countries(default)
    assert got.to_dict("records") == [{"source": "site-pan", "country": "RU", "titles": 24, "naming": 23,
                                       "count": 23, "runner_up": 1}]


def test_a_national_outlets_titles_need_the_opt_in_and_are_suggested_their_country():
    corpus = _titles_corpus({"site-tn": NATIONAL, "site-pan": PAN_ARAB}, interleave=True)
    default = topics.headlines_table(corpus)
    assert default["home_country"].isna().all()
    pd.testing.assert_frame_equal(default, topics.headlines_table(corpus, home_country="none"))
    opted = topics.headlines_table(corpus, home_country="auto-titles")
    sug = topics.suggest_home_countries(default)
    # the suggestion is what the opt-in reads, source by source (the pan-Arab outlet: none, no row)
    assert sug[["source", "country"]].values.tolist() == [["site-tn", "TN"]]
    read = opted.dropna(subset=["home_country"]).groupby("source")["home_country"].agg(set).to_dict()
    assert read == {"site-tn": {"TN"}}
    row = sug.iloc[0]
    assert (row["titles"], row["naming"], row["count"]) == (24, 12, 12) and row["runner_up"] <= 2
    # a given code: every title read with it, and nothing left to suggest
    given = topics.headlines_table(corpus, home_country="TN")
    assert set(given["home_country"]) == {"TN"}
    pd.testing.assert_frame_equal(given[given["source"] == "site-tn"].reset_index(drop=True),
                                  opted[opted["source"] == "site-tn"].reset_index(drop=True))
    assert topics.suggest_home_countries(given).empty


def test_no_suggestion_for_a_pan_arab_outlet_too_few_titles_or_a_ticker():
    assert topics.suggest_home_countries(topics.headlines_table(_titles_corpus({"site-pan": PAN_ARAB}))).empty
    few = topics.headlines_table(_titles_corpus({"site-tn": NATIONAL[:12]}))
    assert topics.suggest_home_countries(few).empty
    assert topics.suggest_home_countries(topics.headlines_table(_titles_corpus({}))).empty
    # rows without a source: one group, its row's source missing
    unnamed = topics.suggest_home_countries(topics.headlines_table(_titles_corpus({None: NATIONAL})))
    assert unnamed["source"].isna().all() and unnamed["country"].tolist() == ["TN"]
    # a ticker's headlines are read per page by "auto" already: no title rows, no suggestion
    corpus = _titles_corpus({"site-tn": NATIONAL})
    ticker = SimpleNamespace(documents=corpus.documents, manifest=None,
                             segments=corpus.segments.assign(section="ticker", doc_id="d000",
                                                             position=range(len(corpus.segments))))
    table = topics.headlines_table(ticker)
    assert set(table["home_country"]) == {"TN"}
    assert topics.suggest_home_countries(table).empty
    pd.testing.assert_frame_equal(table, topics.headlines_table(ticker, home_country="auto-titles"))


def test_the_staged_default_reads_titles_with_none_however_cut():
    from marsad.stages import headlines as stage
    from marsad.stages.base import Staged
    from test_topics42 import _part

    corpus = _titles_corpus({"site-tn": NATIONAL, "site-ru": ABOUT_RUSSIA}, interleave=True)
    ids = corpus.documents["doc_id"].tolist()
    opts = stage.HeadlineOptions()
    whole = topics.headlines_table(corpus)
    for parts in ([ids], [ids[:20], ids[20:]], [ids[i:i + 7] for i in range(0, len(ids), 7)]):
        staged = pd.concat([stage._run(_part(corpus, p), {}, opts) for p in parts], ignore_index=True)
        assert staged["home_country"].isna().all()  # nothing marked for the combine step
        got = stage._combine(Staged.from_frame(staged), opts)
        pd.testing.assert_frame_equal(_missing_as_none(got[COLS]), _missing_as_none(whole[COLS]))
        sug = topics.suggest_home_countries(got)
        assert dict(zip(sug["source"], sug["country"])) == {"site-tn": "TN", "site-ru": "RU"}


def test_the_option_takes_auto_titles_and_no_other_word():
    from marsad.stages.base import OptionError
    from marsad.stages.headlines import HeadlineOptions

    assert HeadlineOptions.from_dict("headlines", {}).home_country == "auto"
    assert HeadlineOptions.from_dict("headlines", {"home_country": "auto-titles"}).home_country == "auto-titles"
    for bad in ("titles", "auto_titles", "AUTO-TITLES", "auto-title"):
        with pytest.raises(OptionError, match="auto-titles"):
            HeadlineOptions.from_dict("headlines", {"home_country": bad}).check("headlines")


@pytest.mark.slow
@pytest.mark.parametrize("home, says, not_said", [
    (None, ["No home country: titles are read without one by default",
            "name **Tunisia** most (12 of the 12 naming a country; the next 1)",
            "run with `--option headlines home_country TN` (`auto-titles` reads each source's own)"],
     "Home country of this outlet"),
    ("auto-titles", ["Home country of this outlet: **Tunisia** (تونس), read from its source's titles, which name it far "
                     "more than any other country (`--option headlines home_country auto-titles`"],
     "No home country"),
])
def test_the_topic_page_suggests_the_country_the_titles_name(tmp_path, home, says, not_said):
    """The topic report of a titles corpus: by default no home country and the suggestion; with the opt-in, the home
    country read from the titles."""
    import csv

    import nbformat

    from conftest import notebook_text
    from marsad.runner.report import run_report

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(corpus / "titles.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "text", "source", "published"])
        for i, t in enumerate(NATIONAL):
            w.writerow([t, t + ".", "site-tn", f"2016-09-{1 + i % 28:02d}"])
    result = run_report(corpus, "tn", reports_dir=tmp_path / "r", notebooks=["01"], jobs=1,
                        options={"headlines": {"home_country": home}} if home else None)
    assert result.ok
    text = notebook_text(nbformat.read(result.out_dir / "notebooks" / "01-ticker-topics.ipynb", as_version=4))
    for s in says:
        assert s in text
    assert not_said not in text
