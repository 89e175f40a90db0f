"""Events: actor roles, status, dates that govern the clause, one row per event, background, merging."""
from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from marsad.events import (EVENT_COLUMNS, background_table, extract_events, filter_events, load_goldstein,
                           merge_events)
from marsad.lang.text import normalize

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "events"


def make_corpus(docs: list[tuple[str, str | None, str, list[tuple[str, str]]]]):
    """Build a corpus from (doc_id, published, source, [(section, text), ...])."""
    documents, segments = [], []
    for doc_id, published, source, segs in docs:
        documents.append({"doc_id": doc_id, "path": f"{doc_id}.txt", "source": source, "url": f"https://x.test/{doc_id}",
                          "published": pd.Timestamp(published) if published else pd.NaT, "title": None,
                          "format": "page", "category": None, "captured": pd.NaT})
        for pos, (section, text) in enumerate(segs):
            segments.append({"doc_id": doc_id, "section": section, "position": pos, "text": text,
                             "normalized": normalize(text), "duplicate_of": pd.NA})
    return SimpleNamespace(documents=pd.DataFrame(documents), segments=pd.DataFrame(segments))


def one(text: str, published: str = "2024-06-19", **kw) -> pd.DataFrame:
    # the rules' grammar alone: the learned detector (on by default since session 76) is tested in test_events_s67/72/76
    kw.setdefault("learned", False)
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", text)])]), **kw)
    return ev[ev["kind"] == "event"].reset_index(drop=True)


@pytest.fixture(scope="module")
def seed_events(seed_path):
    import marsad

    corpus = marsad.read_corpus(seed_path)
    return extract_events(corpus)


def _rows(events, partner, root, **where):
    ev = events[(events["kind"] == "event") & (events["actor2"] == partner)
                & events["cameo_code"].astype(str).str.startswith(root)]
    for col, value in where.items():
        ev = ev[ev[col] == value]
    return ev


# ------------------------------------------------------------------ the seed page (issue 12, "Done when")
def test_seed_treaty_is_one_event_with_its_mentions(seed_events):
    treaty = _rows(seed_events, "KP", "057")
    assert len(treaty) == 1
    row = treaty.iloc[0]
    assert row["n_mentions"] >= 3 and row["status"] == "reported" and row["symmetric"]
    assert row["precision"] == "before-publication" and row["date_end"] == "2024-06-19"


def test_seed_visit_vostochny_and_car_gift(seed_events):
    visit = _rows(seed_events, "KP", "04", date_start="2024-06-19", precision="day")
    assert len(visit) == 1 and visit.iloc[0]["n_mentions"] >= 3
    assert len(_rows(seed_events, "KP", "04", date_start="2023-09-01", date_end="2023-09-30", precision="month")) == 1
    car = _rows(seed_events, "KP", "017", date_start="2024-02-01", date_end="2024-02-29")
    assert len(car) == 1 and (car.iloc[0]["source"], car.iloc[0]["target"]) == ("RU", "KP")
    # "the first visit in nearly a quarter century" does not date the 2024 visit to 1999
    assert not ((seed_events["date_start"] >= "1999-01-01") & (seed_events["date_end"] <= "2000-12-31")).any()


def test_seed_vietnam_leg_and_soviet_aid(seed_events):
    leg = _rows(seed_events, "VN", "042")
    assert len(leg) == 1 and (leg.iloc[0]["source"], leg.iloc[0]["target"]) == ("RU", "VN")
    aid = _rows(seed_events, "VN", "07", date_start="1950-01-01", date_end="1959-12-31", precision="decade")
    assert len(aid) == 1 and "SU→RU" in aid.iloc[0]["stand_in"] and "الخمسينيات" in aid.iloc[0]["date_text"]


def test_seed_artillery_is_alleged_and_not_a_fact(seed_events):
    arms = _rows(seed_events, "KP", "07", status="alleged")
    assert len(arms) == 1
    row = arms.iloc[0]
    assert (row["source"], row["target"]) == ("KP", "RU") and pd.isna(row["goldstein"])
    assert "تزود" in row["trigger"]
    assert not _rows(seed_events, "KP", "072", status="reported").size


def test_seed_growth_of_ties_and_standing_relations_are_background(seed_events):
    bg = background_table(seed_events)
    assert any("نمت العلاقات" in s for s in bg["sentence"])
    assert any("تربط روسيا وفيتنام" in s for s in bg["sentence"])
    assert any("لا تزال روسية" in s for s in bg["sentence"])
    events = seed_events[seed_events["kind"] == "event"]
    assert not events["sentence"].str.contains("درس العديد").any()


def test_seed_schema_evidence_and_goldstein(seed_events, seed_text):
    assert list(seed_events.columns) == EVENT_COLUMNS
    assert "ticker" not in set(seed_events["section"]) and "related" not in set(seed_events["section"])
    for row in seed_events.itertuples():
        assert row.sentence and row.sentence in seed_text
        assert row.sentence[row.trigger_start:row.trigger_end] == row.trigger
    goldstein = dict(zip(load_goldstein()["cameo_code"], load_goldstein()["goldstein"]))
    facts = seed_events[(seed_events["kind"] == "event") & seed_events["status"].isin(["reported", "intent"])]
    assert (facts["goldstein"] == facts["cameo_code"].map(goldstein)).all()
    assert seed_events["event_id"].is_unique


# ------------------------------------------------------------------ actors and roles
@pytest.mark.parametrize("text", [
    "وإلى جانب روسيا، ذكر البيت الأبيض في التقرير دولا أخرى مثل الصين وإيران وكوريا الشمالية.",
    "اتهمت واشنطن روسيا وإيران وكوريا الشمالية بشن هجمات إلكترونية.",
    "فرضت الولايات المتحدة عقوبات على روسيا والصين وكوريا الشمالية.",
    "وسيسمح للصحفيين من الصين، وروسيا، والولايات المتحدة بزيارة الموقع في كوريا الشمالية.",
    "إيران وكوريا الشمالية وروسيا مصدر قلق للناتو.",
])
def test_sentences_that_only_list_both_countries_give_no_event(text):
    assert one(text).empty


@pytest.mark.parametrize("text", [
    "وأوضح ترامب أنه ناقش قضية كوريا الشمالية مع الرئيس الروسي فلاديمير بوتين الاثنين خلال قمتهما في هلسنكي.",
    "ويعود آخر لقاء بين بوتين وترامب إلى تشرين الثاني/نوفمبر 2017 في فيتنام.",
    "وعبر بوتين عن الأسف لإلغاء القمة التي طال انتظارها بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون.",
    "قال ترمب إن الكثير من البضائع تدخل كوريا الشمالية عبر روسيا رغم العقوبات.",
])
def test_third_party_frames_venues_and_routes_give_no_event(text):
    assert one(text).empty


@pytest.mark.parametrize("text", [
    "بثت قناة روسيا اليوم مقابلة مع مسؤول في كوريا الشمالية.",
    "زار رئيس روسيا البيضاء كوريا الشمالية.",
    "وكانت مملكة بروسيا قد وقعت اتفاقية مع فيتنام.",
    "وصل الوفد الروسي إلى بيونغ تشانغ في كوريا الجنوبية للمشاركة في الألعاب.",
    "تحدث بوتين عن الحرب الكورية وعن شبه الجزيرة الكورية.",
])
def test_names_that_are_not_the_country(text):
    ev = one(text)
    assert ev.empty or not set(ev["actor2"]) & {"KP", "VN"}


def test_role_nouns_make_actors_bare_adjectives_do_not():
    ev = one("التقى وزير الخارجية الروسي، سيرغي لافروف، مع نظيره الكوري الشمالي الخميس في بيونغ يانغ.",
             published="2018-05-31")
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"].startswith("04") and ev.iloc[0]["date_start"] == "2018-05-31"
    assert one("ستمنح السكك الحديدية طريقا إلى الأسواق الصينية والروسية عبر كوريا الشمالية.").empty


def test_direction_follows_the_predicate():
    ev = one("زار كيم روسيا في سبتمبر الماضي.")
    assert (ev.iloc[0]["source"], ev.iloc[0]["target"]) == ("KP", "RU")
    ev = one("أهدى بوتين كيم سيارة ليموزين.")
    assert (ev.iloc[0]["source"], ev.iloc[0]["target"]) == ("RU", "KP")


def test_pair_words_only_for_the_pair_named_just_before():
    corpus = make_corpus([("d1", "2024-06-19", "src", [
        ("paragraph", "زار بوتين كوريا الشمالية."),
        ("paragraph", "ووقع البلدان معاهدة دفاع مشترك."),
    ])])
    ev = extract_events(corpus)
    assert len(ev[ev["cameo_code"] == "057"]) == 1
    corpus = make_corpus([("d1", "2024-06-19", "src", [
        ("paragraph", "ذكرت كوريا الشمالية أن بوتين سيلتقي ترامب في الولايات المتحدة."),
        ("paragraph", "ووقع البلدان اتفاقية تجارية."),
    ])])
    assert extract_events(corpus).query("cameo_code == '057'").empty
    # a word ending in ـهما is not a dual of the pair ("متهما")
    assert one("قال بوتين إن كيم ليس متهما بأي شيء.").empty


def test_several_events_in_one_sentence():
    ev = one("وقعت روسيا وكوريا الشمالية اتفاقية شراكة، كما أهدى بوتين كيم سيارة.")
    assert {"057", "017"} <= set(ev["cameo_code"])


# ------------------------------------------------------------------ status
@pytest.mark.parametrize("text, status, root", [
    ("سيزور بوتين كوريا الشمالية الشهر المقبل.", "intent", "03"),
    ("دعا وزير الخارجية الروسي الزعيم الكوري الشمالي إلى زيارة روسيا.", "intent", "03"),
    ("لم يلتق بوتين كيم منذ سنوات.", "denied", "12"),
    ("وحذرت تقارير غربية من أن كوريا الشمالية تزود روسيا بالذخيرة.", "alleged", "07"),
    ("قال محلل إن الاتفاق قد يفتح الباب أمام مساعدة جنود من كوريا الشمالية لروسيا.", "hypothetical", "07"),
    ("التقى بوتين كيم الأربعاء.", "reported", "04"),
])
def test_status_of_each_event(text, status, root):
    ev = one(text)
    assert len(ev) == 1, ev[["cameo_code", "status"]]
    assert ev.iloc[0]["status"] == status and ev.iloc[0]["cameo_code"].startswith(root)
    assert pd.isna(ev.iloc[0]["goldstein"]) == (status in ("alleged", "hypothetical"))


def test_reporting_verb_is_attribution_not_the_event():
    ev = one("وذكرت وسائل إعلام روسية رسمية أن بوتين وكيم أمضيا ساعتين في محادثات مباشرة الأربعاء.")
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"].startswith("04")
    assert "روسي" in ev.iloc[0]["attribution"]


# ------------------------------------------------------------------ dates
def test_dates_governing_the_clause():
    ev = one("التقى لافروف أمس الخميس نظيره الكوري الشمالي.", published="2018-06-01")
    assert ev.iloc[0]["date_start"] == "2018-05-31"
    ev = one("وقعت روسيا وكوريا الشمالية اتفاقية في مارس.", published="2024-06-19")
    assert (ev.iloc[0]["date_start"], ev.iloc[0]["precision"]) == ("2024-03-01", "month")
    ev = one("استقبل كيم بوتين في زيارته الأولى منذ 24 عاما.")
    assert ev.iloc[0]["precision"] == "before-publication"  # "since N years" is not the date of the visit
    ev = one("أبلغ كيم وزير الخارجية الروسي بموقفه، بحسب ما ذكرت الوكالة الجمعة.", published="2018-06-01")
    assert ev.iloc[0]["precision"] == "before-publication"  # the Friday dates the report, not the event


def test_undated_events_are_on_or_before_publication():
    ev = one("أهدى بوتين الزعيم الكوري سيارة ليموزين.")
    row = ev.iloc[0]
    assert (row["date_start"], row["date_end"], row["precision"]) == (None, "2024-06-19", "before-publication")


def test_chain_and_anchor_dates():
    corpus = make_corpus([("d1", "2024-06-19", "src", [
        ("paragraph", "أجرى بوتين وكيم محادثات الأربعاء."),
        ("paragraph", "وخلال محادثاتهما، شكر بوتين زعيم كوريا الشمالية على دعمه."),
    ])])
    ev = extract_events(corpus)
    thanks = ev[ev["cameo_code"] == "051"].iloc[0]
    assert (thanks["date_start"], thanks["precision"]) == ("2024-06-19", "day") and "anchor" in thanks["rule"]


# ------------------------------------------------------------------ one event, one row; merging
def test_same_event_in_two_documents_is_merged():
    corpus = make_corpus([
        ("a", "2024-06-19", "Source A", [("paragraph", "وقعت روسيا وكوريا الشمالية اتفاقية شراكة استراتيجية الأربعاء.")]),
        ("b", "2024-06-20", "Source B", [("paragraph", "وقعت روسيا وكوريا الشمالية اتفاقية شراكة أمس.")]),
    ])
    ev = extract_events(corpus)
    assert len(ev) == 1
    row = ev.iloc[0]
    assert row["sources"] == "a;b" and row["source_names"] == "Source A;Source B" and row["n_documents"] == 2
    assert row["urls"] == "https://x.test/a;https://x.test/b" and row["date_start"] == "2024-06-19"


def test_different_events_are_not_merged():
    corpus = make_corpus([
        ("a", "2024-06-19", "A", [("paragraph", "وقعت روسيا وكوريا الشمالية اتفاقية شراكة الأربعاء.")]),
        ("b", "2023-09-14", "B", [("paragraph", "زار كيم روسيا والتقى بوتين الأربعاء.")]),
    ])
    ev = extract_events(corpus)
    assert len(ev) == 2 and set(ev["n_documents"]) == {1}
    assert len(extract_events(corpus, merge=False)) == 2


def test_merge_of_many_identical_reports_is_one_row():
    sentence = "التقى بوتين رئيس فيتنام تو لام في هانوي الخميس."
    docs = [(f"d{i}", "2024-06-20", f"S{i % 3}", [("paragraph", sentence)]) for i in range(300)]
    raw = extract_events(make_corpus(docs), merge=False)
    assert len(raw) == 300
    merged = merge_events(raw)
    assert len(merged) == 1 and merged.iloc[0]["n_documents"] == 300 and merged.iloc[0]["n_mentions"] == 300


def test_filter_events(seed_events):
    recent = filter_events(seed_events, date_from="2023-01-01", date_to="2024-12-31", dated_only=True)
    assert len(recent) and recent["date_start"].min() >= "2023-01-01"
    assert not filter_events(seed_events, date_to="1960-01-01", dated_only=True).empty
    assert set(filter_events(seed_events, statuses=["alleged"])["status"]) == {"alleged"}
    assert set(filter_events(seed_events, kinds=("background",))["kind"]) == {"background"}


def test_other_partners_use_the_knowledge_base():
    ev = one("التقى بوتين ونظيره التركي رجب طيب أردوغان الثلاثاء في أنقرة.", published="2018-04-03",
             partners=("TR",))
    assert len(ev) == 1 and ev.iloc[0]["actor2"] == "TR" and ev.iloc[0]["date_start"] == "2018-04-03"


def test_bad_inputs_raise():
    with pytest.raises(TypeError, match="documents"):
        extract_events(pd.DataFrame())
    corpus = make_corpus([("d1", "2024-06-19", "src", [("paragraph", "نص")])])
    with pytest.raises(ValueError, match="partner"):
        extract_events(corpus, focus="RU", partners=("RU",))


# ------------------------------------------------------------------ the gold set ships with its rules
def test_every_gold_row_has_the_header_s_fields():
    """An unquoted comma in a gold row splits its evidence or note into extra fields: csv.DictReader then keeps only
    the part before the comma as the evidence (an anchor cut short) and the rest under a ``None`` key."""
    for name in ("documents", "events", "negatives", "background"):
        with open(GOLD / f"{name}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        bad = [(i + 1, row[0]) for i, row in enumerate(rows) if row and len(row) != len(rows[0])]
        assert not bad, (name, bad)


def test_gold_set_is_consistent():
    with open(GOLD / "documents.csv", encoding="utf-8") as fh:
        docs = {r["doc_id"]: r for r in csv.DictReader(fh)}
    with open(GOLD / "events.csv", encoding="utf-8") as fh:
        events = list(csv.DictReader(fh))
    assert {d["split"] for d in docs.values()} == {"tune", "heldout", "fresh", "ru-ir", "ru-cn", "ru-sy", "ru-eg", "ru-gb", "ru-us", "us-ir", "il-ir", "sa-qa", "eg-sd", "kr-kp", "iq-ir", "lb-sa", "fr-lb", "lb-sy", "fr-ru", "jo-kw", "fr-us", "ru-mix", "s23-mix", "s24-mix", "s25-mix", "s26-mix", "s27-mix", "s28-mix", "s29-mix", "s30-mix", "s31-mix", "s32-mix", "s33-mix", "s34-mix", "s35-mix", "s36-mix", "s37-mix", "s38-mix", "s39-mix", "s40-mix", "s41-mix", "s42-mix", "s43-mix", "s44-mix", "s45-mix", "s46-mix", "s47-mix", "s48-mix", "s49-mix", "s50-mix", "s51-mix", "s52-mix", "s53-mix"}
    assert {d["focus"] for d in docs.values()} == {"RU", "DZ", "US", "IL", "SA", "EG", "KR", "IQ", "LB", "FR", "JO", "QA", "SY",
                                                   "GB", "TR", "AE", "DE", "KW", "BH", "SD", "NL", "OM", "ET",
                                                   "TN", "JP", "KP", "IR", "MX", "CN", "LY", "IT", "CA", "GR", "IN"}
    for ev in events:
        assert ev["doc_id"] in docs and ev["status"] in ("reported", "intent", "denied", "alleged", "hypothetical")
        assert ev["root"] == ev["code"][:2] and ev["evidence"].strip()
    assert "Chouigui" in (GOLD / "README.md").read_text(encoding="utf-8")


def test_weekday_of_a_reported_event_is_not_in_the_future():
    ev = one("واستقبل كيم وزير الخارجية الروسي لافروف، الخميس، للمرة الأولى في بيونغ يانغ.", published="2018-06-01")
    assert ev.iloc[0]["date_start"] == "2018-05-31"


def test_a_long_unpunctuated_segment_is_read_in_windows():
    """Issue 18 item 8: one huge cell without punctuation; the work per window is bounded (no quadratic scan)."""
    sent = "وزار الرئيس الروسي فلاديمير بوتين فيتنام الخميس والتقى نظيره الفيتنامي تو لام في هانوي "
    ev = one(sent * 150, published="2024-06-21")
    visit = ev[ev["cameo_code"].str.startswith("04")]
    assert len(visit) == 1 and visit.iloc[0]["n_mentions"] > 10 and visit.iloc[0]["date_start"] == "2024-06-20"
    assert len(visit.iloc[0]["sentence"]) <= 700


# ------------------------------------------------------------------ defect classes of the Russia–Iran run (session 3)
# Sentences composed for these tests (not taken from the gold articles).
def _one_row(text, partners, published="2018-06-15"):
    ev = one(text, published=published, partners=partners)
    return [(r.source, r.target, str(r.cameo_code)[:2], r.status, r.precision) for r in ev.itertuples()]


def test_a_relative_clause_does_not_lend_its_predicate():
    # "التي تواجه عقوبات" describes Russia: the sanctions are not Russia's act on Iran; the offer of the
    # coordinated clause "، وكانت قد عرضت على طهران" is Russia's (its subject carries over).
    rows = _one_row("روسيا، التي تواجه عقوبات غربية، تعاني من نقص في السيولة، وكانت قد عرضت في وقت سابق على طهران "
                    "صفقات لمبادلة النفط.", ["IR"])
    assert rows == [("RU", "IR", "03", "intent", "before-publication")]


def test_a_contrast_clause_keeps_its_own_actors():
    rows = _one_row("التقى بوتين كيم، فيما ندد وزير الخارجية الأمريكي بالتجارب الصاروخية الكورية الشمالية.", ["KP"])
    assert [r[2] for r in rows] == ["04"]
    rows = _one_row("وتجري روسيا محادثات مع إيران، في حين قصفت إسرائيل مواقع إيرانية في سوريا.", ["IR"])
    assert [r[2] for r in rows] == ["04"]


def test_a_past_perfect_clause_is_a_second_event_with_its_own_tense_and_date():
    ev = one("وقالت الخارجية الروسية إن لافروف سيزور كوريا الشمالية الأسبوع المقبل، وكان قد التقى نظيره الكوري "
             "الشمالي في أبريل.", published="2018-06-15")
    got = {(str(r.cameo_code)[:2], r.status, r.date_start) for r in ev.itertuples()}
    assert got == {("03", "intent", "2018-06-18"), ("04", "reported", "2018-04-01")}


def test_actors_in_a_parenthesised_apposition():
    rows = _one_row("وقال الاتحاد الأوروبي إن الدول الأخرى الموقعة (روسيا والصين) تعهدت بمواصلة التجارة مع إيران.", ["IR"])
    assert rows == [("RU", "IR", "03", "intent", "before-publication")]
    # a list in parentheses is still a list
    assert one("وتشارك في المحادثات الدول الكبرى (روسيا والصين وإيران وفرنسا).", partners=["IR"]).empty


def test_commitment_and_pledge_to_the_partner_are_intent():
    assert _one_row("موسكو ستبقى ملتزمة بالاتفاق النووي مع طهران رغم الانسحاب الأمريكي.", ["IR"]) == [
        ("RU", "IR", "03", "intent", "before-publication")]
    assert _one_row("وتعهدت روسيا بمساعدة فيتنام في بناء أسطولها.", ["VN"])[0][2:4] == ("03", "intent")
    # the agreement is with a third party: no event with the partner named later
    assert not any(r[2] == "03" for r in _one_row(
        "وموقف موسكو غامض لأنها ملتزمة باتفاقية مع منظمة أوبك ولا تريد مبادلة النفط مع إيران.", ["IR"]))


def test_partner_as_the_owner_of_the_object():
    # the verb acts on the partner's facility or act: an interaction
    assert _one_row("وبنت روسيا محطة بوشهر الكهروذرية الإيرانية.", ["IR"])[0][:3] == ("RU", "IR", "06")
    assert _one_row("وأدانت روسيا إطلاق الصاروخ الكوري الشمالي.", ["KP"])[0][:3] == ("RU", "KP", "11")
    # a topic, a place near the object, or a non-material predicate: no interaction
    for text, partner in [("وبحث لافروف مع بومبيو الملف النووي الكوري الشمالي.", "KP"),
                          ("وتحدثت روسيا والولايات المتحدة عن البرنامج الصاروخي الكوري الشمالي.", "KP"),
                          ("وقصفت الطائرات الروسية مواقع المعارضة قرب القاعدة الإيرانية.", "IR"),
                          ("والتقى بوتين مسؤولين أمريكيين في المفاعل الإيراني.", "IR")]:
        assert one(text, partners=[partner]).empty, text


def test_standing_relations_go_to_the_background_table():
    for text in ["وتربط روسيا وكوريا الشمالية علاقات وطيدة منذ الحقبة السوفيتية.",
                 "وقد تحسنت العلاقات بين روسيا وكوريا الشمالية بشكل ملحوظ منذ عام 2022."]:
        ev = extract_events(make_corpus([("d1", "2018-06-15", "src", [("paragraph", text)])]), partners=["KP"])
        assert list(ev["kind"]) == ["background"], text
    bg = extract_events(make_corpus([("d1", "2018-06-15", "src", [
        ("paragraph", "وقد تحسنت العلاقات بين روسيا وكوريا الشمالية بشكل ملحوظ منذ عام 2022.")])]), partners=["KP"])
    assert (bg.iloc[0]["precision"], bg.iloc[0]["date_start"]) == ("since", "2022-01-01")


def test_several_events_of_different_kinds_in_one_sentence():
    ev = one("وأعلنت روسيا وفيتنام أمس الأربعاء توقيع اتفاقية لبناء محطة نووية، واتفقتا على تعزيز التعاون العسكري.",
             partners=["VN"], published="2018-06-15")
    assert {str(c) for c in ev["cameo_code"]} >= {"057", "061", "031"}  # what they agreed on is an intent
    assert set(ev["date_start"]) == {"2018-06-13"}


@pytest.mark.parametrize("text, start, precision", [
    ("وكانت موسكو قد استضافت أمس الخميس وفدا من كوريا الشمالية.", "2018-05-31", "day"),
    ("وأجرى لافروف محادثات مع نظيره الكوري الشمالي يوم الثلاثاء الماضي.", "2018-05-29", "day"),
    ("ووقعت روسيا وكوريا الشمالية الشهر الماضي اتفاقية للتجارة.", "2018-05-01", "month"),
    ("واتفقت روسيا وكوريا الشمالية في أبريل على توسيع التعاون العسكري.", "2018-04-01", "month"),
    ("وزار وزير الخارجية الروسي بيونغ يانغ للمرة الأولى منذ تسع سنوات.", None, "before-publication"),
    ("وزار لافروف بيونغ يانغ لأول مرة منذ عام 2009.", None, "before-publication"),
])
def test_weekday_month_and_since_dates(text, start, precision):
    ev = one(text, published="2018-06-01")
    assert len(ev) == 1 and (ev.iloc[0]["date_start"], ev.iloc[0]["precision"]) == (start, precision)


def test_future_of_until_month_is_the_coming_month():
    ev = one("وتعتزم روسيا تزويد فيتنام بطائرات مقاتلة حتى مارس المقبل.", partners=["VN"], published="2018-06-01")
    assert (ev.iloc[0]["status"], ev.iloc[0]["date_start"], ev.iloc[0]["precision"]) == ("intent", "2019-03-01", "month")


@pytest.mark.parametrize("text, partner", [
    ("وشاركت روسيا والصين والهند في القمة.", "CN"),
    ("وامتنعت روسيا والصين عن التصويت على القرار.", "CN"),
    ("واستخدمت روسيا والصين حق النقض ضد مشروع القرار الأمريكي.", "CN"),
    ("وتواجه روسيا وإيران عقوبات أمريكية مشددة.", "IR"),
    ("وتستورد كوريا الشمالية النفط من الصين وروسيا.", "KP"),
    ("وصوتت روسيا والصين وكوريا الشمالية ضد القرار.", "KP"),
    ("وعقد مجلس الأمن جلسة بحضور مندوبي روسيا وكوريا الشمالية.", "KP"),
    ("وقالت روسيا إن النص غير متوازن، فيما شددت الصين على ضرورة التفاوض.", "CN"),
])
def test_list_and_side_by_side_sentences_give_no_event(text, partner):
    assert one(text, partners=[partner]).empty


def test_conjunction_before_a_modality_marker():
    # "ولم", "ودعا": the conjunction does not hide the negation or the appeal
    assert _one_row("ولم يلتق بوتين كيم منذ سنوات.", ["KP"])[0][3] == "denied"
    assert _one_row("ودعا بوتين إلى تخفيف العقوبات على كوريا الشمالية.", ["KP"])[0][3] == "intent"


@pytest.mark.parametrize("text, partner, expected", [
    # discussed with: talks (and "بحث" is not "ب" + "حث", urged)
    ("وبحث لافروف مع نظيره الكوري الشمالي العلاقات الثنائية.", "KP", ("RU", "KP", "04", "reported")),
    # a letter handed over: a statement to the other side
    ("وسلم لافروف الزعيم الكوري الشمالي رسالة من الرئيس بوتين.", "KP", ("RU", "KP", "01", "reported")),
    ("وهنأ الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون بمناسبة العيد الوطني.", "KP",
     ("RU", "KP", "05", "reported")),
    ("وأعرب الرئيس الفيتنامي عن تقديره لدعم روسيا.", "VN", ("VN", "RU", "05", "reported")),
    # a name right after a role of ours is that person (not a third party between the two sides)
    ("واستقبل رئيس الوزراء الروسي ديمتري ميدفيديف نظيره الفيتنامي في موسكو.", "VN", ("RU", "VN", "04", "reported")),
    # buying arms from Russia: Russia supplies the buyer
    ("واشترت فيتنام ست غواصات روسية من طراز كيلو.", "VN", ("RU", "VN", "07", "reported")),
    ("وتعتزم فيتنام شراء مقاتلات روسية جديدة.", "VN", ("RU", "VN", "03", "intent")),
    # what is asked for is the event (intent), not a separate appeal with no addressee
    ("وطالبت روسيا بتخفيف العقوبات على كوريا الشمالية.", "KP", ("RU", "KP", "03", "intent")),
    ("ودعت روسيا والصين مجلس الأمن إلى تخفيف العقوبات على بيونغ يانغ.", "KP", ("RU", "KP", "03", "intent")),
    # the reporter speaks of itself
    ("وقال بوتين للصحفيين إنه مستعد للقاء كيم جونغ أون.", "KP", ("RU", "KP", "03", "intent")),
    # preparations for a summit: planned
    ("وقال الكرملين إن التحضيرات جارية لعقد قمة بين بوتين وكيم.", "KP", ("RU", "KP", "03", "intent")),
])
def test_more_predicates_and_their_roles(text, partner, expected):
    rows = _one_row(text, [partner], published="2018-06-01")
    assert [r[:4] for r in rows] == [expected], rows


@pytest.mark.parametrize("text, partner", [
    ("واتهمت الولايات المتحدة روسيا بانتهاك العقوبات المفروضة على كوريا الشمالية.", "KP"),
    ("ونفت موسكو أن تكون قد انتهكت العقوبات على بيونغ يانغ.", "KP"),
    ("واشنطن تحذر هانوي من شراء منظومة صواريخ روسية.", "VN"),
    ("وأوضح ترامب أنه ناقش قضية كوريا الشمالية مع الرئيس الروسي الاثنين خلال قمتهما في هلسنكي.", "KP"),
    ("وبحث بوتين مع ترامب الملف النووي الكوري الشمالي.", "KP"),
    # a multilateral summit in the partner's country is a venue
    ("وحضر بوتين قمة أبيك في دانانغ بفيتنام في نوفمبر الماضي.", "VN"),
    ("وقال بوتين لترامب إن كوريا الشمالية لن تتخلى عن أسلحتها.", "KP"),
    ("وبعث ترامب برسالة إلى كيم، فيما أرسل بوتين رسالة إلى رئيس كوريا الجنوبية.", "KP"),
    ("وتعهدت روسيا والصين بالعمل معا في مجلس الأمن بشأن كوريا الشمالية.", "KP"),
    # a meeting noun with another pair as its genitive; sanctions named without anyone here imposing them
    ("ورحب الكرملين بلقاء ترامب وكيم.", "KP"),
    ("ووصف لافروف العقوبات على كوريا الشمالية بأنها غير فعالة.", "KP"),
    ("وتخضع كوريا الشمالية لعقوبات دولية تدعمها روسيا.", "KP"),
    ("واتهم ترامب الصين وروسيا بعدم تطبيق العقوبات على كوريا الشمالية.", "KP"),
])
def test_violations_warnings_and_third_party_duals_give_no_event(text, partner):
    assert one(text, partners=[partner]).empty


@pytest.mark.parametrize("text, partner, expected", [
    ("ووصل لافروف إلى بيونغ يانغ الخميس.", "KP", ("RU", "KP", "04", "2018-05-31")),
    ("وأرسلت روسيا وفدا برلمانيا إلى بيونغ يانغ الأسبوع الماضي.", "KP", ("RU", "KP", "04", "2018-05-21")),
    ("والتقت ماتفيينكو رئيس هيئة رئاسة مجلس الشعب الأعلى كيم يونغ نام يوم الأحد.", "KP", ("RU", "KP", "04", "2018-05-27")),
    ("وقال بوتين خلال لقائه نظيره الفيتنامي إن التجارة بين البلدين تنمو.", "VN", ("RU", "VN", "04", None)),
    ("قال الكرملين إن بوتين دعا كيم جونغ أون إلى زيارة روسيا في سبتمبر.", "KP", ("RU", "KP", "03", "2018-09-01")),
    # a statement made to the other side
    ("وقال لافروف لكيم إن روسيا تدعم الحوار بين الكوريتين.", "KP", ("RU", "KP", "01", None)),
    ("وقال كيم للافروف الخميس إنه يقدر موقف روسيا.", "KP", ("KP", "RU", "01", "2018-05-31")),
])
def test_visits_meetings_invitations_and_statements_to(text, partner, expected):
    ev = one(text, published="2018-05-31", partners=[partner])
    assert [(r.source, r.target, str(r.cameo_code)[:2], r.date_start) for r in ev.itertuples()] == [expected]


@pytest.mark.parametrize("text", [
    "وتقدم روسيا مساعدات غذائية لكوريا الشمالية منذ سنوات.",
    "وتعد روسيا أكبر مورد للأسلحة إلى كوريا الشمالية.",
])
def test_standing_supply_is_background(text):
    ev = extract_events(make_corpus([("d1", "2018-06-15", "src", [("paragraph", text)])]), partners=["KP"])
    assert list(ev["kind"]) == ["background"]


def test_a_statement_to_journalists_is_not_a_statement_to_the_partner():
    assert one("وقال بوتين للصحفيين إن كوريا الشمالية يجب أن تتخلى عن برنامجها.").empty


def test_companies_and_banks_are_not_the_state():
    # gold rule 1: a Russian company is not Russia
    assert one("ووقعت الشركات الروسية عقودا لاستكشاف النفط مع فيتنام.", partners=["VN"]).empty
    assert one("وافتتح البنك الروسي فرعا في هانوي.", partners=["VN"]).empty


@pytest.mark.parametrize("text, partner, expected", [
    # help to get around sanctions, per a third party's report: alleged aid (not sanctions imposed)
    ("وقد ساعدت روسيا كوريا الشمالية على تجاوز العقوبات، بحسب تقرير للأمم المتحدة.", "KP", ("RU", "KP", "07", "alleged")),
    # an unnamed source and "قد" + imperfect: not a fact
    ("ونقلت وكالة تاس الروسية عن مصدر دبلوماسي قوله إن بوتين قد يلتقي كيم في فلاديفوستوك.", "KP",
     ("RU", "KP", "04", "alleged")),
    ("وقال محللون إن بوتين قد يلتقي كيم قريبا.", "KP", ("RU", "KP", "04", "hypothetical")),
    # receiving arms from Russia: Russia supplies
    ("وتسلمت فيتنام أول دفعة من المقاتلات الروسية من طراز سوخوي.", "VN", ("RU", "VN", "07", "reported")),
    # "بلاده" after the reporting verb is the reporter's own country; keen on = intent
    ("وأكد رئيس الوزراء الفيتنامي أن بلاده حريصة على تعزيز الشراكة الاستراتيجية مع روسيا.", "VN",
     ("VN", "RU", "03", "intent")),
    ("وتتفاوض روسيا وفيتنام على اتفاق للتجارة الحرة.", "VN", ("RU", "VN", "04", "reported")),
    # "the first visit in years" is an event, not a standing relation
    ("وهذه أول زيارة لمسؤول روسي إلى كوريا الشمالية منذ سنوات.", "KP", ("RU", "KP", "04", "reported")),
])
def test_status_of_reports_and_more_directions(text, partner, expected):
    rows = _one_row(text, [partner], published="2018-04-11")
    assert [r[:4] for r in rows] == [expected], rows


def test_sanctions_imposed_by_the_focus_are_an_event():
    assert _one_row("وفرضت روسيا عقوبات على كوريا الشمالية.", ["KP"])[0][:3] == ("RU", "KP", "16")


def test_agreed_on_and_parenthesised_pairs():
    assert _one_row("واتفق الجانبان، روسيا وكوريا الشمالية، على توسيع التجارة.", ["KP"])[0][2:4] == ("03", "intent")
    assert _one_row("ووقع البلدان (روسيا وكوريا الشمالية) اتفاقية للتعاون في مجال الطاقة.", ["KP"])[0][2] == "05"
    ev = one("والتقى الرئيس الروسي بنظيره الفيتنامي (تران داي كوانغ) في الكرملين أمس الاثنين.", partners=["VN"],
             published="2018-06-12")
    assert (ev.iloc[0]["source"], ev.iloc[0]["target"], ev.iloc[0]["date_start"]) == ("RU", "VN", "2018-06-11")
    # other pairs agreeing
    assert one("واتفق الرئيس الروسي فلاديمير بوتين ونظيره الفرنسي على دعم الاتفاق مع كوريا الشمالية.").empty


def test_agreed_that_is_an_opinion_not_an_intent():
    ev = one("واتفق بوتين وكيم، في اتصال هاتفي مساء الخميس، على أن الحوار هو الحل.", published="2018-05-11")
    assert [(str(r.cameo_code), r.status, r.date_start) for r in ev.itertuples()] == [("041", "reported", "2018-05-10")]


# Session 4: a pronoun or third-party subject, and lists with a non-actor member (errors of the blind RU–CN run).
@pytest.mark.parametrize("text", [
    # Turkey ("بلاده" / "وانها") talks with each; China is the object of another predicate ("مع ايران والصين").
    "كشف الرئيس التركي، الأحد، أن بلاده ستبدأ باستخدام العملات المحلية في التجارة مع إيران والصين، وأنها تبحث نفس الأمر حاليا مع روسيا.",
    "قال الوزير إن حكومته وقعت اتفاقا مع الهند والصين، وإنها تبحث اتفاقا مماثلا مع روسيا.",
    # Sovereign funds of China, Russia and the Gulf states: a list, then a clause whose subject is "الدولة".
    "وتليه صناديق الصين وروسيا ودول الخليج، وتقوم الدولة صاحبة الصندوق باستثمار هذا الفائض في الخارج.",
    "وتعاونت الصين وروسيا والسعودية في خفض الإنتاج.",
])
def test_third_party_subject_and_open_lists_make_no_event(text):
    assert one(text, partners=("CN",)).empty


@pytest.mark.parametrize("text,src", [
    ("الصين تبحث مع روسيا التعاون الاقتصادي.", "CN"),
    ("بحث الرئيس الصيني شي جين بينغ مع روسيا التعاون.", "CN"),
    ("وقال إن الصين وقعت مع روسيا اتفاقا للتعاون.", "CN"),
])
def test_explicit_subject_still_makes_the_event(text, src):
    ev = one(text, partners=("CN",))
    assert not ev.empty and {ev.loc[0, "source"], ev.loc[0, "target"]} == {"CN", "RU"}


# Session 5 (ru-sy errors, sentences composed here): a third party's verb is not a Russia–Syria event; a condition
# makes a hypothetical; "يحصل على … من" gives the source after "من".
@pytest.mark.parametrize("text", [
    "وانتقدت هايلي الحكومة الروسية بسبب دعمها للرئيس السوري بشار الأسد.",
    "وهاجم غراهام الحكومة السورية والقوات الروسية في جلسة مجلس الأمن.",
])
def test_third_party_subject_makes_no_pair_event(text):
    assert one(text, partners=("SY",)).empty


def test_named_subject_of_our_side_still_makes_the_event():
    ev = one("وانتقدت روسيا أمس الحكومة السورية.", partners=("SY",))
    assert list(zip(ev["source"], ev["target"])) == [("RU", "SY")]
    ev = one("التقى بوتين الأسد في سوتشي.", partners=("SY",))
    assert list(ev["cameo_code"]) == ["040"]


@pytest.mark.parametrize("text", [
    "وأضاف الأسد أن دمشق ستحصل في حال تطلب الأمر على دعم عسكري إضافي من روسيا.",
    "وقال المعلم إن دمشق ستحصل إذا لزم الأمر على دعم عسكري من روسيا.",
])
def test_condition_is_hypothetical_and_receiver_is_target(text):
    ev = one(text, partners=("SY",))
    assert len(ev) == 1
    assert (ev.loc[0, "source"], ev.loc[0, "target"], ev.loc[0, "status"]) == ("RU", "SY", "hypothetical")


@pytest.mark.parametrize("text", [
    "وانضمت دمشق إلى معاهدة الأسلحة الكيميائية بموجب صفقة رعتها كل من روسيا والولايات المتحدة.",
    "وقال ماتيس إن المتعاقدين الروس كانوا ضالعين في الهجوم على قوات سوريا الديمقراطية.",
    "وهاجمت القوات الروسية الجيش السوري الحر قرب حلب.",
])
def test_each_of_list_with_third_party_and_syrian_look_alikes_make_no_event(text):
    assert one(text, partners=("SY",)).empty


def test_syrian_army_is_still_syria():
    ev = one("وقصفت القوات الروسية مواقع للجيش السوري قرب حلب.", partners=("SY",))
    assert list(zip(ev["source"], ev["target"])) == [("RU", "SY")]


def test_verb_after_relative_pronoun_has_the_antecedent_as_subject():
    # "the ambassador who accused the Russian government of helping Assad": not Russia accusing Syria
    assert one("وفقا لما ذكرته السفيرة التي اتهمت الحكومة الروسية بمساعدة الأسد.", partners=("SY",)).empty
    ev = one("بوتين الذي التقى الأسد في سوتشي.", partners=("SY",))
    assert list(ev["cameo_code"]) == ["040"]
    ev = one("وقال الرئيس السوري الذي زار روسيا أمس إن العلاقات قوية.", partners=("SY",))
    assert list(zip(ev["source"], ev["target"])) == [("SY", "RU")]


def test_some_days_ago_is_an_approximate_window_before_publication():
    ev = one("ويرجح مراقبون أن لقاء بوتين - الأسد الذي عقد منذ أيام في سوتشي قد تركز على الخطة.",
             published="2018-05-31", partners=("SY",))
    assert list(zip(ev["date_start"], ev["date_end"], ev["precision"])) == [("2018-05-17", "2018-05-30",
                                                                             "approximate")]
    ev = one("وسيلتقي بوتين الأسد في سوتشي.", published="2018-05-31", partners=("SY",))
    assert ev.loc[0, "precision"] != "approximate"


def test_congratulation_on_successes_without_occasion_word():
    ev = one('وفقا للكرملين، هنأ بوتين الرئيس السوري على "نجاحات جيش الحكومة السورية في مكافحة الإرهاب".',
             partners=("SY",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("RU", "SY", "051")]
    assert one("وقال لافروف هنا في موسكو إن سوريا على طريق النجاح.", partners=("SY",)).empty  # هنا = here


# Session 6 (read on the tuning splits and on unannotated Russia–X news of other pairs; sentences composed here).
def test_an_attack_noun_needs_its_agent_named_with_it():
    # the attack is nobody's act here: a condemnation, a denial, an accusation's content
    assert one("وأدان الرئيس الأوكراني الهجوم على عميل روسي سابق في كييف.", partners=("UA",)).empty
    assert one("وتنفي موسكو أي ضلوع في الهجوم الذي وقع في أوكرانيا.", partners=("UA",)).empty
    assert set(one("اتهمت أوكرانيا روسيا بالوقوف وراء الهجوم.", partners=("UA",))["cameo_code"]) == {"112"}
    # the agent as the subject of a support verb, or as the genitive
    ev = one("شنت روسيا هجوما على أوكرانيا أمس.", partners=("UA",), published="2018-06-15")
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("RU", "UA", "190")]
    ev = one("وبدأ هجوم روسيا على أوكرانيا فجر الخميس.", partners=("UA",), published="2018-06-15")
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("RU", "UA", "190")]


def test_a_finite_verb_agrees_with_its_subject():
    # masculine verb: the country after it is its object, the subject is a pronoun (Trump)
    assert one("ويستعد ترامب للتوجه الثلاثاء إلى أوروبا، كما يزور أوكرانيا قبل عقد اجتماع مع بوتين.",
               partners=("UA",)).empty
    # plural verb with an object pronoun: "they accuse her", not Russia accusing Ukraine
    assert one("ويرفض الغربيون قيام روسيا بضم القرم، ويتهمونها بدعم المتمردين في أوكرانيا.", partners=("UA",)).empty
    # agreeing subjects still make events
    for s in ("زار بوتين أوكرانيا الخميس.", "زارت روسيا أوكرانيا الخميس.", "اتهمت أوكرانيا روسيا بالتدخل.",
              "اتهم وزير الخارجية الأوكراني روسيا بالتدخل.", "استقبلت موسكو الرئيس الأوكراني الخميس."):
        assert len(one(s, partners=("UA",), published="2018-06-15")) == 1, s


def test_accusation_and_threat_nouns_need_their_author():
    # nobody of ours accuses anyone here: Moscow's view that accusations "against Kyiv" are baseless
    assert one("وقالت زاخاروفا إن موسكو ترى أنه لا أساس للاتهامات الملفقة بحق كييف.", partners=("UA",)).empty
    assert one("ويعيش الصحفيون في أوكرانيا تحت تهديدات المافيا، بحسب تقرير روسي.", partners=("UA",)).empty
    # the author as genitive, or as the subject of "وجه أصابع الاتهام"
    ev = one("ورد الكرملين على اتهام كييف لموسكو بالتدخل.", partners=("UA",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("UA", "RU", "112")]
    ev = one("وجهت وزارة الدفاع الروسية أصابع الاتهام إلى أوكرانيا الإثنين.", partners=("UA",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("RU", "UA", "112")]


def test_a_dateline_is_no_actor():
    for s in ("دبي، الإمارات العربية المتحدة (CNN)-- استقبل الرئيس الروسي فلاديمير بوتين، الخميس، نظيره المصري.",
              "موسكو (رويترز) - التقى الرئيس المصري نظيره الأمريكي في القاهرة."):
        ev = one(s, partners=("EG", "AE"), published="2018-06-15")
        assert set(ev["actor2"]) <= {"EG"} and "AE" not in set(ev["source"]) | set(ev["target"]), s
    ev = one("موسكو (رويترز) - التقى الرئيس المصري نظيره الأمريكي في القاهرة.", partners=("EG",))
    assert ev.empty  # Moscow is where the story was filed
    # a person before a dash is no dateline
    ev = one("لقاء بوتين - السيسي في سوتشي عقد الخميس.", partners=("EG",), published="2018-06-15")
    assert list(ev["cameo_code"].str[:2]) == ["04"]


def test_a_meeting_of_a_body_is_not_a_meeting_of_the_pair():
    assert one("اتهمت أوكرانيا روسيا باستغلال محادثات هدنة وقف إطلاق النار.", partners=("UA",))["cameo_code"].tolist() \
        == ["112"]
    assert one("ودعت روسيا وأوكرانيا إلى اجتماع لمجلس الأمن الدولي.", partners=("UA",)).query(
        "cameo_code.str.startswith('04')", engine="python").empty


def test_a_refusal_and_the_refused_act_are_one_row_and_denials_reach_their_complement():
    ev = one("وقالت زاخاروفا إن أوكرانيا رفضت التعاون مع موسكو في التحقيق.", partners=("UA",))
    assert list(zip(ev["source"], ev["cameo_code"], ev["status"])) == [("UA", "121", "denied")]
    ev = one("ونفت روسيا أن تكون قد زودت أوكرانيا بالأسلحة.", partners=("UA",))
    assert list(ev["status"]) == ["denied"]
    ev = one("رفضت روسيا المهلة التي منحتها إياها أوكرانيا.", partners=("UA",))
    assert list(zip(ev["source"], ev["cameo_code"])) == [("RU", "120")]


def test_endorsement_and_joint_exercises_are_cues():
    ev = one("وأشار إلى أن أوكرانيا تؤيد مبادرات موسكو الأخيرة.", partners=("UA",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("UA", "RU", "051")]
    ev = one("وأجرت روسيا وأوكرانيا مناورات عسكرية مشتركة في البحر الأسود.", partners=("UA",))
    assert list(ev["cameo_code"]) == ["062"] and ev.loc[0, "symmetric"]
    # a dual verb whose joint subject holds a third party is theirs, whoever is named after it
    assert one("بوتين وماكرون يؤيدان تطبيق الاتفاق وكييف تحذر ترامب.", partners=("UA",)).empty


def test_third_party_report_is_alleged_and_a_trailing_condition_hypothetical():
    ev = one("قال السفير الأمريكي إن روسيا زودت أوكرانيا بأسلحة جديدة.", partners=("UA",))
    assert list(zip(ev["source"], ev["target"], ev["status"])) == [("RU", "UA", "alleged")]
    ev = one("قال بوتين إن روسيا زودت أوكرانيا بأسلحة جديدة.", partners=("UA",))
    assert list(ev["status"]) == ["reported"]  # one of the pair says it
    ev = one("وقال لافروف إن روسيا ستزود أوكرانيا بصواريخ جديدة إذا طلبت كييف ذلك.", partners=("UA",))
    assert list(zip(ev["cameo_code"].str[:2], ev["status"])) == [("07", "hypothetical")]
    ev = one("وقال لافروف إن روسيا ستزود أوكرانيا بصواريخ جديدة.", partners=("UA",))
    assert list(ev["status"]) == ["intent"]


def test_one_member_of_a_list_of_three_is_no_participant():
    assert one("وخلال السنوات الأخيرة وقعت أوكرانيا اتفاقيات تعاون مع أكثر من عشر دول بينها فرنسا والصين وروسيا.",
               partners=("UA",)).empty
    # two co-agents (ours and a third party) still act
    ev = one("وقعت روسيا واليابان اتفاقية مع أوكرانيا.", partners=("UA",))
    assert list(ev["cameo_code"].str[:2]) == ["05"]


def test_an_imperfect_masculine_verb_has_no_country_subject_before_it_either():
    # "ويزور ترامب أوكرانيا … أن يلتقي بوتين": Ukraine is the object of يزور; the one who meets Putin is Trump
    assert one("ويزور ترامب أوكرانيا حاليا ومن المقرر أن يلتقي بوتين في هلسنكي الاثنين.", partners=("UA",)).empty


def test_planned_sanctions_are_intent_and_restrictive_is_no_meeting():
    ev = one("كييف تعتزم فرض عقوبات جديدة على موسكو بسبب القرم.", partners=("UA",))
    assert list(zip(ev["source"], ev["cameo_code"], ev["status"])) == [("UA", "163", "intent")]
    ev = one("وستفرض كييف عقوبات جديدة على موسكو.", partners=("UA",))
    assert list(ev["status"]) == ["intent"]
    assert one("وأوضح بيسكوف أن موسكو لا ترد على الإجراءات الأوكرانية التقييدية.", partners=("UA",)).query(
        "cameo_code.str.startswith('04')", engine="python").empty


def test_a_date_after_a_quoting_participle_belongs_to_the_quoted_statement():
    ev = one('وأشار إلى أن أوكرانيا تبحث مع روسيا مقترحاتها، قائلا إن "مندوبنا صرح الأحد بذلك".',
             partners=("UA",), published="2018-06-15")
    assert list(ev["precision"]) == ["before-publication"]


def test_but_he_opens_a_clause_and_a_perfect_verb_in_nun_is_masculine():
    # "أيد شانكير …، لكنه أشار إلى أن …": the endorsement is Schenker's, the clause after لكنه has its own verb
    assert one("إلى ذلك، أيد ديفيد شانكير حل الدولتين، لكنه أشار إلى أن روسيا تراقب أوكرانيا.",
               partners=("UA",)).query("cameo_code == '051'").empty
    # "ندد" is a masculine perfect: its subject is not Russia named later
    assert one('ندد ممثلون عن عدة دول غربية في المنظمة بما اعتبروه "مهزلة" أعدتها روسيا، عندما حضر وفد أوكراني '
               'الخميس إلى مقر المنظمة.', partners=("UA",)).empty


def test_a_lone_genitive_of_a_condemnation_is_its_patient_and_visit_destinations_are_no_visitor():
    # "روسيا تجهض إدانة أوكرانيا": Ukraine is the one condemned (by others); Russia blocks it, it does not condemn
    assert one("روسيا تجهض إدانة أوكرانيا في مجلس الأمن.", partners=("UA",)).query("cameo_code == '111'").empty
    # "زيارته لكل من موسكو وكييف": both are destinations, the visitor is the pronoun (a third party)
    assert one("وكانت آخر محطة للوزير في بروكسل بعد زيارته لكل من موسكو وكييف.", partners=("UA",)).empty


# Session 6, after the blind Russia–Egypt run (its error classes; sentences composed here, on another pair).
def test_talks_named_with_their_other_side_in_an_adjunct_are_the_subjects_talks():
    ev = one('استعرض الرئيس الأوكراني نتائج عملية درع 2018، التي بدأت في فبراير الماضي، و"نجاحاتها" وذلك خلال '
             'مباحثاته مع نظيره الروسي فلاديمير بوتين.', partners=("UA",), published="2018-10-18")
    assert list(zip(ev["cameo_code"], ev["precision"])) == [("040", "before-publication")]  # no date from the name
    # a talks noun that dates another event stays an anchor ("خلال محادثاتهما")
    ev = one("ووقع بوتين والرئيس الأوكراني خلال محادثاتهما اتفاقية للتعاون.", partners=("UA",))
    assert list(ev["cameo_code"].str[:2]) == ["05"]


def test_a_background_adjunct_does_not_swallow_the_event_before_it():
    ev = one("وزار الرئيس الأوكراني روسيا، الأحد الماضي، ليعقد قمة مع بوتين في ظل علاقات قوية تجمع البلدين.",
             partners=("UA",), published="2018-10-17")
    assert list(zip(ev["cameo_code"], ev["date_start"])) == [("042", "2018-10-14")]


def test_national_teams_clubs_and_a_definite_subject_are_no_state():
    assert one("ورغم أن الفرصة كانت لصالح منتخب روسيا بعد خطأ في دفاع أوكرانيا استغله لاعب سبارتاك موسكو.",
               partners=("UA",)).empty
    assert one("وناشدت المغنية الأوكرانية الجميع الدعاء للمنتخب كي يتخطى عقبة روسيا من أجل آمال أوكرانيا.",
               partners=("UA",)).empty
    ev = one("وناشدت الحكومة الأوكرانية روسيا وقف القصف.", partners=("UA",))
    assert list(ev["source"]) == ["UA"]  # a role noun right after the verb is still the actor


def test_resuming_flights_and_backing_a_candidacy_are_cues():
    ev = one("روسيا تستأنف الرحلات الجوية إلى أوكرانيا بعد عامين من توقفها.", partners=("UA",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("RU", "UA", "081")]
    ev = one("وأعلن الرئيس الروسي فلاديمير بوتين مساندته ترشح وزير الدفاع الأوكراني للرئاسة.", partners=("UA",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("RU", "UA", "051")]


# ------------------------------------------------------------------ session 7: recall on unseen pairs (cue data)
def test_summoning_the_other_sides_ambassador_is_a_protest():
    ev = one("موسكو تستدعي السفير الياباني لديها احتجاجا على المناورات", partners=("JP",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "JP", "111")]
    # an ambassador of a third party summoned: nothing for the pair
    assert one("استدعت الهند السفير الأمريكي بعد تصريحات عن روسيا", partners=("IN",)).empty


def test_consultations_with_the_other_side_are_a_meeting():
    ev = one("وتشاورت روسيا في المسألة مع رئيس الوزراء الهندي ناريندرا مودي.", partners=("IN",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "IN", "040")]


def test_joint_press_conference_with_a_chancellor_is_a_meeting():
    ev = one("وقال بوتين في مؤتمر صحافي مشترك مع المستشار النمساوي إن الحوار مستمر.", partners=("AT",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "AT", "040")]


def test_both_sides_after_a_non_actor_head_of_with_are_a_list():
    # "مشاورات مع الدول الأوروبية والهند وروسيا": India and Russia are both the other side of a third party's talks
    assert one("وأضاف أنه أمر بأن تجري خلال الأسابيع القادمة مشاورات مع الدول الأوروبية والهند وروسيا",
               partners=("IN",)).empty


def test_talked_with_the_other_side_but_not_talked_about_it():
    ev = one("وتحدث رئيس الوزراء الهندي مع نظيره الروسي يوم الجمعة.", partners=("IN",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("IN", "RU", "040")]
    assert one("تحدث رئيس الوزراء الهندي عن روسيا في حديثه مع الصحفيين.", partners=("IN",)).empty


def test_a_call_or_press_conference_in_the_reporting_frame_is_the_speakers():
    ev = one("وقال بوتين في مكالمته مع رئيس الوزراء الياباني، الأربعاء، إن الحوار ضروري.", partners=("JP",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "JP", "041")]
    ev = one("وأضاف لافروف في مؤتمر صحافي مع نظيره الياباني في موسكو، أن المفاوضات مستمرة.", partners=("JP",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "JP", "040")]
    # a third party's call with the partner, about Russia: nothing for the pair
    assert one("وقال ترامب في مكالمته مع رئيس الوزراء الياباني إن روسيا يجب أن تتوقف.", partners=("JP",)).empty


def test_expelling_embassy_staff():
    ev = one("وأكد الوزير أن روسيا طردت أربعة من موظفي السفارة اليابانية ردا على إجراءات طوكيو.", partners=("JP",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "JP", "166")]


def test_where_an_envoy_serves_is_no_actor():
    ev = one("أعلنت وزارة الخارجية الروسية أنها استدعت السفير الياباني لدى روسيا بعد توقيف صيادين.", partners=("JP",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "JP", "111")]
    ev = one("استدعت وزارة الخارجية الروسية السفير الياباني لدى موسكو.", partners=("JP",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "JP", "111")]
    # "سفير اليابان لدى روسيا" names Japan's envoy, and Russia only as his post: his statement is no dyad
    assert one("وقال سفير اليابان لدى روسيا إن بلاده تعد لمعرض تجاري.", partners=("JP",)).empty


# ------------------------------------------------------------------ the vocabulary of a diplomatic crisis (session 9)
# Sentences composed for these tests (Russia–Turkey, not taken from any gold article).
def _crisis_rows(paragraphs, partners=("TR",), published="2018-06-15"):
    corpus = make_corpus([("d1", published, "src", [("paragraph", p) for p in paragraphs])])
    ev = extract_events(corpus, focus="RU", partners=partners, merge=False)
    ev = ev[ev["kind"] == "event"]
    return [(r.source, r.target, str(r.cameo_code)) for r in ev.itertuples()]


def test_a_claim_of_responsibility_is_an_accusation_and_its_denial_answers_it():
    assert _crisis_rows(["وتقول أنقرة إن موسكو مسؤولة عن الهجوم، إلا أن روسيا تنفي."]) == [
        ("TR", "RU", "112"), ("RU", "TR", "016")]
    # the accuser in the paragraph before: "وتنفي موسكو" alone names one side
    assert _crisis_rows(["واتهمت تركيا روسيا بدعم المتمردين.", "وتنفي موسكو أي دور في ذلك."]) == [
        ("TR", "RU", "112"), ("RU", "TR", "016")]
    # no accusation before: a denial is no event with anyone
    assert _crisis_rows(["التقى بوتين أردوغان.", "وتنفي موسكو أي دور في ذلك."]) == [("RU", "TR", "040")]


def test_reciprocation_repeats_the_act_answered_in_the_other_direction():
    rows = _crisis_rows(["وأعلنت تركيا أمس طرد السفير الروسي، وردت عليها روسيا بالمثل."])
    assert rows == [("TR", "RU", "166"), ("RU", "TR", "166")]
    # one row each after merging: the direction is part of the event
    ev = extract_events(make_corpus([("d1", "2018-06-15", "src", [("paragraph", "وأعلنت تركيا أمس طرد السفير الروسي، "
                                                                   "وردت عليها روسيا بالمثل.")])]),
                        focus="RU", partners=("TR",))
    assert sorted(zip(ev["source"], ev["target"])) == [("RU", "TR"), ("TR", "RU")]


def test_a_notice_is_coded_as_the_order_it_carries():
    assert _crisis_rows(["أبلغت روسيا تركيا أنه يتعين عليها سحب عشرة من دبلوماسييها."]) == [("RU", "TR", "166")]
    assert _crisis_rows(["أبلغت روسيا تركيا بموقفها."]) == [("RU", "TR", "010")]


def test_crisis_vocabulary_describe_demand_appeal():
    assert _crisis_rows(["ووصفت الخارجية الروسية خطوات تركيا بالاستفزازية."]) == [("RU", "TR", "111")]
    assert _crisis_rows(["طالبت روسيا تركيا بتقديم أدلة."]) == [("RU", "TR", "100")]
    assert _crisis_rows(["دعت موسكو أنقرة إلى التخلي عن الاتهامات."]) == [("RU", "TR", "020")]
    # an invitation to visit is the visit's intent, not a second appeal row
    assert _crisis_rows(["دعا وزير الخارجية الروسي نظيره التركي إلى زيارة موسكو."]) == [("RU", "TR", "036")]


def test_a_surname_alone_is_the_leader_named_in_full_in_the_document():
    paragraphs = ["وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها سترد.",
                  "واتهمت ماي موسكو بتسميم الجاسوس، فيما نفت روسيا الاتهامات.", "وفي 15 ماي الماضي زار بوتين لندن."]
    assert _crisis_rows(paragraphs, partners=("GB",)) == [("GB", "RU", "112"), ("RU", "GB", "016"),
                                                           ("RU", "GB", "042")]
    # without the full name "ماي" is no one (a month in Maghrebi usage)
    assert _crisis_rows(paragraphs[1:], partners=("GB",)) == [("RU", "GB", "042")]


def test_an_earlier_act_in_the_pluperfect_is_not_merged_with_the_news_of_the_day():
    ev = extract_events(make_corpus([("d1", "2018-06-15", "src", [
        ("paragraph", "أبلغت روسيا تركيا أنه يتعين عليها سحب عشرة من دبلوماسييها."),
        ("paragraph", "وكانت روسيا قد طردت السفير التركي.")])]), focus="RU", partners=("TR",))
    assert len(ev[ev["cameo_code"] == "166"]) == 2


def test_a_notice_as_the_second_verb_of_the_sentence_subject():
    rows = _crisis_rows(["واستدعت روسيا السفير التركي، الجمعة، وأبلغته أن أمام أنقرة شهرا لخفض حجم بعثتها."])
    assert rows == [("RU", "TR", "111"), ("RU", "TR", "166")]


def test_dismissing_the_accusation_is_a_denial_of_the_side_named_in_the_sentence():
    assert _crisis_rows(["قال أردوغان إن اتهام أنقرة بدعم الإرهاب هو مجرد هراء، وإن بلاده مستعدة للحوار مع موسكو."]) \
        == [("TR", "RU", "016")]
    assert _crisis_rows(["قال لافروف إن اتهام موسكو بالتدخل هو كذب."]) == []


def test_a_supply_nouns_genitive_is_the_recipient_and_an_announcement_noun_gives_the_agent():
    assert _crisis_rows(["وأكد بوتين أن روسيا ستسرع تسليم تركيا منظومة الدفاع الجوي."]) == [("RU", "TR", "033")]
    assert _crisis_rows(["وجاء ذلك بعد إعلان تركيا طرد السفير الروسي."]) == [("TR", "RU", "166")]


def test_a_speech_act_of_the_speaker_is_dated_by_its_reporting_frame():
    ev = extract_events(make_corpus([("d1", "2018-06-17", "src", [("paragraph", "أعلن الرئيس الروسي فلاديمير بوتين مساء "
                                                                   "الأحد مؤكدا أن بلاده مستعدة للتعاون مع أنقرة.")])]),
                        focus="RU", partners=("TR",))
    assert list(zip(ev["cameo_code"].str[:2], ev["date_start"])) == [("03", "2018-06-17")]
    # what the speaker reports about another act keeps that act's own date (none here)
    ev = extract_events(make_corpus([("d1", "2018-06-17", "src", [("paragraph", "قال بوتين الأحد إن أردوغان زار روسيا.")])]),
                        focus="RU", partners=("TR",))
    assert list(ev["precision"]) == ["before-publication"]


# ------------------------------------------------------------------ session 10: classes read on ru-us (was blind-us)
def test_rejecting_the_accusations_is_a_denial():
    ev = one("رفضت السلطات الروسية، الأربعاء، الاتهامات الموجهة لها من الولايات المتحدة بالتورط في الهجوم.",
             published="2018-02-21", focus="RU", partners=("US",))
    assert list(ev["cameo_code"]) == ["016"] and ev.iloc[0]["source"] == "RU"


def test_rejecting_a_proposal_stays_a_rejection():
    ev = one("رفضت روسيا الاقتراح الأمريكي بشأن سوريا.", published="2018-02-21", focus="RU", partners=("US",))
    assert all(str(c).startswith("12") for c in ev["cameo_code"])


def test_an_object_pronoun_is_the_accused_not_a_country():
    ev = one("أعلنت الإدارة الأمريكية الخميس فرض عقوبات على أجهزة الاستخبارات الروسية و19 شخصا تتهمهم بمحاولة التأثير "
             "على الانتخابات الأمريكية.", published="2018-03-15", focus="RU", partners=("US",))
    assert not ((ev["source"] == "RU") & (ev["target"] == "US")).any()


def test_denouncing_allegations_about_oneself_is_no_condemnation():
    ev = one("وندد الرئيس الأمريكي أيضا بمزاعم أكثر فداحة بأن حملته تواطأت مع الكرملين.", published="2018-03-15",
             focus="RU", partners=("US",))
    assert ev.empty


def test_evidence_that_incriminates_is_no_condemnation():
    ev = one("أعدت شركة ملفا ادعت فيه أن روسيا تملك أدلة تدين ترامب.", published="2018-08-17", focus="RU",
             partners=("US",))
    assert ev.empty
    assert list(one("وتدين روسيا بشدة واشنطن بسبب ضرباتها على سوريا.", focus="RU", partners=("US",))["cameo_code"]) == ["111"]


def test_a_planned_summit_is_an_intent():
    ev = one("وصدر الإعلان قبيل القمة المقررة الاثنين بين دونالد ترامب وفلاديمير بوتين في هلسنكي.",
             published="2018-07-13", focus="RU", partners=("US",))
    assert list(ev["status"]) == ["intent"] and list(ev["cameo_code"]) == ["036"]
    held = one("وعقدت القمة بين ترامب وبوتين في هلسنكي الاثنين.", published="2018-07-17", focus="RU", partners=("US",))
    assert list(held["status"]) == ["reported"]


def test_a_finding_that_the_other_side_used_chemical_weapons_is_an_accusation():
    ev = one('قالت المتحدثة باسم الخارجية الأمريكية الأربعاء إن واشنطن "تأكدت في 6 آب/أغسطس الجاري من أن الحكومة '
             'الروسية استخدمت أسلحة كيميائية".', published="2018-08-08", focus="RU", partners=("US",))
    row = ev[ev["cameo_code"] == "112"].iloc[0]
    assert (row["source"], row["target"], row["date_start"]) == ("US", "RU", "2018-08-06")
    assert one("وخلصت لندن إلى أن موسكو تقف وراء الهجوم.", focus="RU", partners=("GB",)).iloc[0]["source"] == "GB"
    # a finding about a third party, or a finding of no hostile act, accuses nobody of the pair
    assert (one("وأكد بوتين أن لندن خلصت إلى أن فرنسا تقف وراء الهجوم.", focus="RU", partners=("GB",))["cameo_code"]
            != "112").all()
    assert (one("وتأكدت واشنطن من أن روسيا ملتزمة بالاتفاق.", focus="RU", partners=("US",))["cameo_code"] != "112").all()


def test_interfering_in_the_other_sides_elections_is_coercion():
    ev = one("كشف تقييم سري ان روسيا تدخلت في الانتخابات الرئاسية للولايات المتحدة لمساعدة ترامب على الفوز فيها.",
             published="2016-12-10", focus="RU", partners=("US",))
    assert ev[["source", "target", "cameo_code"]].values.tolist() == [["RU", "US", "170"]]


def test_members_of_an_organ_are_its_side_and_the_next_denial_answers_them():
    ev = one("واتهمت السلطات الأمريكية الجمعة 12 عنصرا في الاستخبارات الروسية، بقرصنة حواسيب الحزب الديمقراطي. "
             "وتنفي موسكو أي تدخل في الانتخابات.", published="2018-07-16", focus="RU", partners=("US",))
    assert ev[["source", "target", "cameo_code"]].values.tolist() == [["US", "RU", "112"], ["RU", "US", "016"]]
    assert ev.iloc[0]["date_start"] == "2018-07-13"


def test_denying_interference_in_the_other_sides_elections_is_a_denial_toward_it():
    ev = one("نفى الرئيس الروسي، فلادمير بوتين خلال مقابلة مع قناة إن بي سي الأمريكية، أي تدخل لبلاده في انتخابات "
             "الرئاسة الأمريكية لعام 2016.", published="2018-03-10", focus="RU", partners=("US",))
    assert ev[["source", "target", "cameo_code", "precision"]].values.tolist() == [["RU", "US", "016",
                                                                                  "before-publication"]]
    assert one("ونفت موسكو أي تدخل في الانتخابات الفرنسية.", focus="RU", partners=("US",)).empty


def test_preparing_a_response_to_the_other_sides_act_is_a_threat():
    ev = one("أعلنت واشنطن الخميس فرض عقوبات على موسكو. من جهتها، قالت موسكو إنها تستعد للرد.", published="2018-03-15",
             focus="RU", partners=("US",))
    assert ev[["source", "target", "cameo_code"]].values.tolist() == [["US", "RU", "163"], ["RU", "US", "130"]]
    assert one("قالت موسكو إنها تستعد للرد.", focus="RU", partners=("US",)).empty  # nothing to answer
    ev = one("فرضت واشنطن عقوبات على موسكو. وقال لافروف إنه يستعد للرد على أسئلة الصحفيين.", focus="RU",
             partners=("US",))
    assert list(ev["cameo_code"]) == ["163"]


def test_denying_the_accusations_named_by_the_accusers_demonym():
    ev = one("ونفت طهران الاتهامات الأمريكية بدعم الإرهاب.", focus="US", partners=("IR",))
    assert ev[["source", "target", "cameo_code"]].values.tolist() == [["IR", "US", "016"]]
    assert one("ونفت طهران الاتهامات الفرنسية بدعم الإرهاب.", focus="US", partners=("IR",)).empty


# ------------------------------------------------------------------ session 11: classes read on us-ir (was blind-us-ir)
def _pairs(ev):
    return ev[["source", "target", "cameo_code"]].values.tolist()


def test_his_country_is_the_country_of_the_person_named_before():
    ev = one("وقال الرئيس الأمريكي إن العقوبات الاقتصادية التي فرضتها بلاده على إيران بدأت تؤتي ثمارها.", published="2018-07-13",
             focus="US", partners=("IR",))
    assert _pairs(ev) == [["US", "IR", "163"]]
    # a third party named in between owns "بلاده"; "حلفاء بلاده" are not the state
    assert one("وقال ترامب إن ماكرون أكد أن بلاده تدعم إيران.", focus="US", partners=("IR",)).empty
    assert one("ودعا بومبيو حلفاء بلاده إلى وقف التعامل مع إيران.", focus="US", partners=("IR",)).empty


def test_the_date_of_a_thing_signed_or_issued_is_not_the_acts():
    ev = one("وهدد ترامب بالانسحاب من الاتفاق المبرم مع إيران في تموز 2015.", published="2018-03-17", focus="US",
             partners=("IR",))
    assert list(ev["precision"]) == ["before-publication"]
    ev = one("وتناولت الصحف الصادرة اليوم تهديدات الرئيس الإيراني للولايات المتحدة.", published="2018-07-27",
             focus="US", partners=("IR",))
    assert _pairs(ev) == [["IR", "US", "130"]] and list(ev["precision"]) == ["before-publication"]
    ev = one("وهدد الرئيس الأمريكي إيران في 5 آذار 2018.", published="2018-03-17", focus="US", partners=("IR",))
    assert list(ev["date_start"]) == ["2018-03-05"]


def test_a_warning_to_the_other_side_is_a_threat_dated_past_an_apposition():
    ev = one("وحذر بومبيو الخميس، 5 نيسان 2018، طهران من مواصلة برنامجها الصاروخي.", published="2018-04-06",
             focus="US", partners=("IR",))
    assert _pairs(ev) == [["US", "IR", "130"]] and ev.iloc[0]["date_start"] == "2018-04-05"
    # no addressee of ours: a warning about itself, the other side only in another clause
    assert one("حذرت طهران من أن أي تعديل للاتفاق سيقابل برد، في حين يسعى الأمريكيون إلى ضمانات.",
               focus="US", partners=("IR",)).empty


def test_a_relative_clause_after_a_title_and_name_has_that_person_as_subject():
    ev = one("ونقلت الوكالة تصريحات قائد فيلق القدس في الحرس الثوري الإيراني قاسم سليماني، الذي حذر الولايات "
             "المتحدة من أي هجوم.", published="2018-07-27", focus="US", partners=("IR",))
    assert _pairs(ev) == [["IR", "US", "130"]]


def test_an_appeal_to_a_noun_that_is_no_actor_is_no_act_toward_the_other_side():
    assert one("وحثت واشنطن شركاءها على وقف شراء النفط من إيران.", focus="US", partners=("IR",)).empty
    assert _pairs(one("حثت واشنطن طهران على وقف التخصيب.", focus="US", partners=("IR",))) == [["US", "IR", "020"]]
    # what a third party is asked to do is not the asker's act, nor is what a complement's own subject does
    assert one("وأكد المسؤول الأمريكي ضرورة أن تعيد أوروبا فرض عقوبات على إيران.", focus="US", partners=("IR",)).empty
    # a list after the verb and a weekday: the addressees are ours
    ev = one("وكان رئيس الوزراء التركي حض الأربعاء #روسيا والولايات المتحدة على الكف عن الشجار.",
             published="2018-04-12", focus="RU", partners=("TR",))
    assert _pairs(ev) == [["TR", "RU", "020"]]


def test_talks_with_officials_of_a_third_party_are_not_talks_with_the_other_side():
    assert one("بحث بومبيو الملف مع مسؤولي الناتو على هامش القمة واستبق الاجتماعات بتغريدة عن الأموال التي "
               "تنفقها طهران على الحروب.", focus="US", partners=("IR",)).empty
    ev = one("بحث بومبيو الملف النووي مع نظيره الإيراني.", focus="US", partners=("IR",))
    assert _pairs(ev) == [["US", "IR", "040"]]
    # a genitive chain that names one of ours is the other side
    assert _pairs(one("وبحث لافروف الملف مع رئيس البرلمان الإيراني.", focus="RU", partners=("IR",))) == [
        ["RU", "IR", "040"]]
    assert _pairs(one("وبحث لافروف الملف مع وزير خارجية إيران.", focus="RU", partners=("IR",))) == [["RU", "IR", "040"]]


def test_a_ban_on_the_other_sides_goods_is_a_sanction_against_it():
    ev = one("وقررت واشنطن حظر استيراد النفط الإيراني.", focus="US", partners=("IR",))
    assert _pairs(ev) == [["US", "IR", "163"]]
    assert one("وارتفعت أسعار النفط الإيراني في واشنطن.", focus="US", partners=("IR",)).empty


def test_prayers_and_condolences_for_the_other_side_are_empathy():
    ev = one("وقال ترامب إنه يصلي من أجل الشعب الإيراني بعد الهجوم.", focus="US", partners=("IR",))
    assert _pairs(ev) == [["US", "IR", "018"]]


def test_announced_coercion_is_a_threat():
    ev = one("وأكد بومبيو أن الولايات المتحدة ستمضي في محاولاتها إجبار إيران على تغيير سلوكها.", focus="US",
             partners=("IR",))
    assert _pairs(ev) == [["US", "IR", "131"]]


def test_us_government_bodies_are_the_us():
    # (131 since session 15: the threatened act, sanctions, says the kind of threat; the us-ir gold codes it so)
    assert _pairs(one("وهدد البيت الأبيض إيران بعقوبات جديدة.", focus="US", partners=("IR",))) == [["US", "IR", "131"]]
    assert _pairs(one("وفرضت وزارة الخزانة الأمريكية عقوبات على إيران.", focus="US", partners=("IR",))) == [
        ["US", "IR", "163"]]
    # a ministry of a third country is no actor of ours
    assert one("وفرضت وزارة الخزانة البريطانية عقوبات على إيران.", focus="US", partners=("IR",)).empty


def test_praise_after_the_pairs_meeting_is_dated_by_the_latest_meeting_told_before_it():
    corpus = make_corpus([("d1", "2018-05-18", "src", [
        ("paragraph", "وكان بوتين والأسد قد التقيا في 11 كانون الأول/ديسمبر 2017."),
        ("paragraph", "واستقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد الخميس في سوتشي."),
        ("paragraph", "ووفقا للكرملين، هنأ بوتين الرئيس السوري على نجاحات الجيش."),
        ("paragraph", "وأهدى بوتين الرئيس السوري سيارة.")])])
    ev = extract_events(corpus, focus="RU", partners=("SY",))
    ev = ev[ev["kind"] == "event"]
    praise = ev[ev["cameo_code"] == "051"].iloc[0]
    assert (praise["date_start"], praise["precision"]) == ("2018-05-17", "day")
    # a gift is no statement said during the talks: it keeps "on or before publication"
    assert ev[ev["cameo_code"] == "017"].iloc[0]["precision"] == "before-publication"


def test_a_claim_that_the_other_side_keeps_a_hostile_conduct_is_an_accusation():
    assert _pairs(one("وقال بومبيو إن طهران تدعم الإرهاب في المنطقة.", focus="US", partners=("IR",))) == [
        ["US", "IR", "112"]]
    # a third party's claim accuses nobody of the pair
    assert one("وقال ماكرون إن إيران تدعم الإرهاب.", focus="US", partners=("IR",)).empty


def test_a_reporting_verb_without_subject_has_the_speaker_of_the_paragraph_before():
    corpus = make_corpus([("d1", "2018-07-13", "src", [
        ("paragraph", "دعا وزير الخارجية الأميركي مايك بومبيو الحلفاء إلى دعم خطته."),
        ("paragraph", "وقال إن إيران ماضية في بيع الأسلحة بالشرق الأوسط رغم قرارات الأمم المتحدة.")])])
    ev = extract_events(corpus, focus="US", partners=("IR",))
    assert _pairs(ev[ev["kind"] == "event"]) == [["US", "IR", "112"]]
    # the speaker of the sentence before is a third party: no accusation of ours
    corpus = make_corpus([("d1", "2018-07-13", "src", [
        ("paragraph", "دعا الرئيس الفرنسي الحلفاء إلى دعم خطته."),
        ("paragraph", "وقال إن إيران ماضية في بيع الأسلحة بالشرق الأوسط.")])])
    assert extract_events(corpus, focus="US", partners=("IR",)).query("kind == 'event'").empty


def test_a_purchase_named_as_the_topic_of_talks_is_no_supply():
    ev = one("قال المتحدث باسم الخارجية التركية الجمعة إن بلاده تسعى لمواصلة المحادثات مع الولايات المتحدة بشأن "
             "شراء منظومة باتريوت.", published="2018-03-23", focus="US", partners=("TR",))
    assert not ev["cameo_code"].astype(str).str.startswith("07").any()
    assert _pairs(one("واشترت تركيا منظومة إس-400 من روسيا.", focus="RU", partners=("TR",))) == [["RU", "TR", "072"]]


def test_readiness_to_cooperate_is_an_intent():
    ev = one('بوتين يؤكد "الاستعداد للتعاون" مع لندن في قضية تسميم الجاسوس.', published="2018-03-18", focus="RU",
             partners=("GB",))
    assert list(ev["status"]) == ["intent"] and str(ev.iloc[0]["cameo_code"]).startswith("03")
    # a purchase named as a purpose is no supply either
    assert one("وذكر المتحدث أن تركيا تواصلت مع حلفائها وعلى رأسهم واشنطن، من أجل شراء منظومة دفاع جوي.",
               focus="US", partners=("TR",)).empty
    ev = one('تركيا: نواصل محادثاتنا مع واشنطن لشراء منظومة "باتريوت"', focus="US", partners=("TR",))
    assert _pairs(ev) == [["TR", "US", "040"]]


# ------------------------------------------------------------------ session 12: the vocabulary of military conflict
def _il(text, published="2018-05-10"):
    return one(text, published=published, focus="IL", partners=("IR",))


def test_the_other_sides_sites_targets_and_aircraft_named_by_its_demonym_are_the_target_of_an_attack():
    assert _pairs(_il("قصف الجيش الإسرائيلي مواقع عسكرية إيرانية في سوريا.")) == [["IL", "IR", "190"]]
    assert _pairs(_il("أسقطت إسرائيل طائرة استطلاع إيرانية فوق الجولان.")) == [["IL", "IR", "190"]]
    # after على/ضد in the attack's phrase, past a count
    assert _pairs(_il("نفذ الجيش الإسرائيلي هجوما واسعا على أهداف إيرانية في سوريا.")) == [["IL", "IR", "190"]]
    assert _pairs(_il("شنت إسرائيل غارات على 20 هدفا إيرانيا في سوريا.")) == [["IL", "IR", "195"]]
    # the owner of the downed aircraft is never the agent of the downing noun
    assert _pairs(_il("إيران تعلن إسقاط طائرة تجسس إسرائيلية قرب منشأة نووية")) == [["IR", "IL", "190"]]
    # sites of the other side named only as a place of a third party's act: no event
    assert _il("زار وفد أممي مواقع إيرانية في سوريا.").empty


def test_announced_force_is_a_threat_of_force():
    ev = _il("قال ليبرمان إن بلاده ستدمر أي نوع من القواعد الإيرانية في سوريا.")
    assert _pairs(ev) == [["IL", "IR", "138"]] and ev.iloc[0]["status"] == "reported"
    # a description of a third party's quality is no act of the speaker
    assert _il("وصف ليبرمان إعلان ترمب بأنه شجاع وينطوي على زعامة ستسقط النظام الإيراني.").empty


def test_not_allowing_the_other_side_is_a_warning_and_we_is_the_speakers_side():
    assert _pairs(_il("لن تسمح إسرائيل لإيران بالتمركز في سوريا.")) == [["IL", "IR", "130"]]
    assert _pairs(_il('وأضاف نتنياهو: "لن نسمح لإيران بترسيخ وجودها عسكريا في سوريا".')) == [["IL", "IR", "130"]]
    assert _il("لن نسمح لإيران بترسيخ وجودها في سوريا.").empty  # no speaker named


def test_firing_rockets_mocking_striking_and_targeting_are_cues():
    assert _pairs(_il("أطلقت إيران صواريخ على مواقع إسرائيلية.")) == [["IR", "IL", "190"]]
    assert _pairs(_il("وسخرت إيران من نتنياهو.")) == [["IR", "IL", "111"]]
    assert _pairs(_il("استهدفت إسرائيل مواقع إيرانية في سوريا.")) == [["IL", "IR", "190"]]
    assert _pairs(_il("ضربت إسرائيل مواقع إيرانية.")) == [["IL", "IR", "190"]]
    # Palmyra (تدمر) is a city, not "destroys"
    from marsad.events import lexicon as lx
    rx, _ = lx.cue_regex()
    assert rx.search(normalize("في تدمر الأثرية")) is None and rx.search(normalize("إسرائيل ستدمر"))


def test_iran_takes_a_verb_of_either_gender():
    assert _pairs(_il("انتقدت إيران إسرائيل.")) == [["IR", "IL", "111"]]


def test_people_named_by_the_plural_demonym_are_the_side_but_not_as_an_adjective_or_after_a_preposition():
    assert _pairs(_il("وقال قائد سلاح الجو الإسرائيلي إن الإيرانيين أطلقوا 32 صاروخا على مواقع إسرائيلية.")) == [
        ["IR", "IL", "190"]]
    # the citizens are no actor of their own (since session 13 they are their country as the target of an expulsion,
    # 174: test_the_coercive_measures_of_a_boycott), nor the subject of a later verb
    assert _il("وحذر المواطنين الإيرانيين من السفر ثم التقى إسرائيل.").empty
    assert _pairs(_il("وطردت إسرائيل المواطنين الإيرانيين.")) == [["IL", "IR", "174"]]
    assert _il("وأضاف أن هناك العديد من الإيرانيين في سوريا وانتقد إسرائيل.").empty


def test_his_country_skips_a_country_of_ours_named_before_it_to_reach_the_person():
    ev = _il("اعتبر رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الخميس، أن إيران تجاوزت الحدود، وذلك بعد إعلان بلاده "
             "عن قصف مواقع عسكرية إيرانية في سوريا واتهام إيران بقصف هضبة الجولان.")
    # the strike, and the accusation coordinated with it under the same announcement (its genitive is the accused)
    assert sorted(_pairs(ev)) == [["IL", "IR", "112"], ["IL", "IR", "190"]]


def test_the_accuser_is_not_the_target_of_the_act_it_charges():
    assert _pairs(_il("اتهمت إسرائيل إيران بقصف الجولان.")) == [["IL", "IR", "112"]]


def test_a_question_asserts_no_event():
    assert one("مراسلة: هل يسهّل الروس والسوريون زيارتهم؟", focus="RU", partners=("SY",)).empty
    assert _il("هل تضرب إسرائيل مواقع إيرانية؟").empty


def test_his_country_skips_a_place_after_fi():
    ev = one("قال افيغدور ليبرمان، وزير الدفاع الإسرائيلي، إن هناك سوء فهم للوجود العسكري الإيراني في سوريا، لافتا إلى أن "
             "بلاده ستدمر أي نوع من القواعد الإيرانية.", published="2018-04-28", focus="IL", partners=("IR",))
    assert _pairs(ev) == [["IL", "IR", "138"]]


def test_a_claim_that_the_other_side_recruits_fighters_is_an_accusation():
    ev = one("قال مندوب إسرائيل في الأمم المتحدة الخميس إن إيران جندت أكثر من 80 ألف مقاتل في سوريا.",
             published="2018-04-27", focus="IL", partners=("IR",))
    assert _pairs(ev) == [["IL", "IR", "112"]] and ev.iloc[0]["date_start"] == "2018-04-26"


def test_what_the_unannotated_probe_showed_for_the_new_cues():
    sy = dict(focus="IL", partners=("SY",))
    # a place named by the country ("على الحدود مع سوريا") is not the country
    assert one("اتهم الحشد الشعبي التحالف الذي تقوده إسرائيل بشن غارة استهدفت موقعا تابعا له على الحدود مع سوريا.",
               **sy).empty
    # a raid as the subject right after the verb: the one after ل is no agent, the place no target
    assert one("استهدفت غارة جوية منسوبة لإسرائيل منطقة قرب مطار دمشق الدولي.", **sy).empty
    # a hostile act announced with its sites in Syria: Syria is the venue, not the target
    assert one("وأعلن الجيش الإسرائيلي ضرب عشرات الأهداف العسكرية الإيرانية في سوريا.", **sy).empty
    # the targets of the Syrian army are the army's (a role actor), past an adverb
    assert _pairs(one("قصفت اسرائيل مرارا أهدافاً عسكرية للجيش السوري.", **sy)) == [["IL", "SY", "190"]]
    # an announcement by a country right before its verb (SVO) governs the verbal noun
    assert _pairs(one("تركيا تقرر طرد سفير إسرائيل", focus="TR", partners=("IL",))) == [["TR", "IL", "166"]]


def test_a_continued_statement_keeps_the_day_of_its_beginning():
    ev = one('اعتبر نتنياهو، الخميس، أن إيران تجاوزت الخط الأحمر. وأضاف: "فشلت الخطوة الإيرانية". وأضاف نتنياهو: '
             '"لن نسمح لإيران بترسيخ وجودها عسكريا في سوريا".', published="2018-05-11", focus="IL", partners=("IR",))
    rows = ev[ev["cameo_code"] == "130"]
    assert len(rows) == 1 and rows.iloc[0]["date_start"] == "2018-05-10" and rows.iloc[0]["precision"] == "day"
    # a statement that does not go on (no "وأضاف") is not dated by an earlier sentence's day
    ev = one('اعتبر نتنياهو، الخميس، أن إيران تجاوزت الخط الأحمر. وقال ليبرمان: "فشلت الخطوة". وقال ليبرمان: '
             '"لن نسمح لإيران بترسيخ وجودها".', published="2018-05-11", focus="IL", partners=("IR",))
    assert ev[ev["cameo_code"] == "130"].iloc[0]["precision"] == "before-publication"


def test_people_in_a_list_and_aircraft_of_a_company_are_not_the_side():
    assert one("وزير الخارجية الأمريكي يدعو إلى إعطاء مساحة للسعوديين والأتراك لاستكمال تحقيقاتهم",
               focus="US", partners=("TR",)).empty
    assert one("إيران تتسلم خمس طائرات من شركة فرنسية إيطالية قبل عودة العقوبات الأمريكية",
               focus="FR", partners=("IR",)).empty


def test_the_object_pronoun_of_a_downing_is_the_aircraft_named_before_the_reporting_frame():
    ev = _il("وسخر المسؤول من عرض نتنياهو لأجزاء من طائرة استطلاع إيرانية قالت إسرائيل إنها أسقطتها فوق مجالها الجوي.")
    assert _pairs(ev) == [["IL", "IR", "190"]]
    # without a frame in between the pronoun is someone else's
    assert _il("عرض نتنياهو أجزاء من طائرة استطلاع إيرانية ثم أسقطها الجيش السوري.").empty


def test_targeting_with_sanctions_is_a_sanction_and_not_allowing_needs_an_addressee():
    us = dict(focus="US", partners=("IR",))
    assert _pairs(one("استهدفت واشنطن طهران بعقوبات جديدة.", **us)) == [["US", "IR", "163"]]
    assert _pairs(one("وقالت واشنطن إن الأمريكيين لن يسمحوا لإيران بامتلاك سلاح نووي.", **us)) == [["US", "IR", "130"]]
    assert one("قال لافروف إن بوتين ونظيره الأمريكي ترامب لن يسمحا بمواجهة مسلحة بين البلدين.", focus="RU",
               partners=("US",)).empty


def test_announced_force_threatens_what_follows_the_verb():
    ev = one('- تأكيد ترامب بأن نزع الأسلحة سيبدأ سريعا، مضيفا أن الزعيم الكوري الشمالي تعهد أن الشمال سيدمر موقعا '
             'للتجارب الصاروخية.', published="2018-06-12", focus="US", partners=("KP",))
    assert "138" not in ev["cameo_code"].tolist()


# ------------------------------------------------------------------ after the session-12 blind run: breaking relations
def _sa(text, published="2017-06-06", partners=("QA",)):
    return one(text, published=published, focus="SA", partners=partners)


def test_breaking_off_relations_with_the_other_side():
    assert _pairs(_sa("قطعت السعودية علاقاتها الدبلوماسية مع قطر.")) == [["SA", "QA", "161"]]
    assert _pairs(_sa("أعلنت السعودية قطع العلاقات الدبلوماسية مع قطر.")) == [["SA", "QA", "161"]]
    assert _pairs(_sa("وقررت الرياض قطع علاقاتها مع الدوحة وإغلاق المنافذ.")) == [["SA", "QA", "161"]]
    ev = _sa("لن تقطع السعودية علاقاتها مع قطر.")
    assert _pairs(ev) == [["SA", "QA", "161"]] and ev.iloc[0]["status"] == "denied"
    assert _sa("قررت مصر قطع علاقاتها مع قطر.").empty  # a third party's break
    assert _sa("قطع التيار الكهربائي في السعودية وقطر.").empty  # not relations


def test_the_party_after_with_is_the_target_of_a_break():
    # two members of the subject list are no agent and target of each other
    assert _sa("وكانت السعودية والإمارات والبحرين ومصر قطعت علاقاتها مع قطر في 5 حزيران/يونيو 2017.",
               partners=("EG", "AE")).empty
    assert _sa("وترغب واشنطن في إنهاء الأزمة التي قامت الرياض بموجبها بقطع العلاقات مع قطر.", partners=("US",)).empty


def test_a_relative_verb_followed_by_its_subject_takes_up_the_antecedent_with_a_pronoun():
    ev = _sa("ومثلت قطر التي قطعت السعودية علاقاتها معها في يونيو الماضي بمندوبها.", published="2018-04-15")
    assert _pairs(ev) == [["SA", "QA", "161"]]


# ------------------------------------------------------------------ session 13: read on sa-qa (development data)
def test_each_member_of_a_coordinated_subject_acts():
    ae = dict(published="2018-04-13", focus="AE", partners=("QA",))
    for text in ("وقطعت الإمارات والسعودية ومصر والبحرين علاقاتها مع قطر في 5 حزيران/يونيو 2017.",
                 "وكانت السعودية والإمارات والبحرين ومصر قد قطعت علاقاتها مع قطر.",
                 "وبعيد اندلاع الأزمة إثر قطع الإمارات والسعودية والبحرين ومصر علاقاتها مع قطر في حزيران/يونيو 2017."):
        assert _pairs(one(text, **ae)) == [["AE", "QA", "161"]], text
    ru = dict(published="2018-04-13", focus="RU", partners=("GB",))
    assert _pairs(one("واتهمت روسيا والصين وإيران بريطانيا بالتدخل في شؤونها.", **ru)) == [["RU", "GB", "112"]]
    # a list that is only co-mention (after a preposition, or naming members) stays eventless
    assert one("وفرضت الولايات المتحدة عقوبات على روسيا والصين وإيران بسبب بريطانيا.", **ru).empty
    assert one("وانتقدت بريطانيا دولا بينها روسيا والصين وإيران.", **ru).empty


def test_a_joint_subject_of_both_sides_backing_a_third_party_is_no_event_between_them():
    assert one("وكانت السعودية وقطر قد أيدتا الضربات الأمريكية الفرنسية البريطانية ضد دمشق.", published="2018-04-15",
               focus="SA", partners=("QA",)).empty
    assert one("روسيا والصين تؤيدان المبادرة الأفريقية.", focus="RU", partners=("CN",)).empty
    assert _pairs(one("وأيدت روسيا مبادرة الصين.", focus="RU", partners=("CN",))) == [["RU", "CN", "051"]]


def test_the_kingdom_is_saudi_arabia_only_where_no_other_kingdom_is_named():
    text = "وكانت السعودية قد أعلنت موقفها. وأكد أن القرار الذي اتخذته المملكة بقطع علاقاتها مع إيران جاء لحماية أمنها."
    assert _pairs(_sa(text, partners=("IR",))) == [["SA", "IR", "161"]]
    other = "وزار الملك المغربي السعودية. وأكد أن القرار الذي اتخذته المملكة بقطع علاقاتها مع إيران جاء لحماية أمنها."
    assert _sa(other, partners=("IR",)).empty  # Morocco is named as often: "المملكة" may be Morocco
    listed = ("وكانت السعودية والإمارات والبحرين قد أعلنت مواقفها. وقالت السعودية إن القرار الذي اتخذته "
              "المملكة بقطع علاقاتها مع إيران جاء لحماية أمنها.")
    assert _pairs(_sa(listed, partners=("IR",))) == [["SA", "IR", "161"]]  # Bahrain once in a list


def test_the_coercive_measures_of_a_boycott():
    ae = dict(published="2017-06-10", focus="AE", partners=("QA",))
    assert _pairs(one("وحجبت الإمارات مواقع قنوات الجزيرة القطرية.", **ae)) == [["AE", "QA", "172"]]
    assert _pairs(one("وقررت الإمارات طرد المواطنين القطريين من أراضيها.", **ae)) == [["AE", "QA", "174"]]
    assert _pairs(one("وانتهت المهلة التي حددتها الإمارات لمغادرة المواطنين القطريين.", **ae)) == [["AE", "QA", "174"]]
    assert one("وحجبت الإمارات مواقع إباحية.", **ae).empty  # no owner of ours


def test_replies_at_the_un_and_claims_of_sheltering_terrorists():
    us = dict(published="2018-09-30", focus="US", partners=("IR",))
    ev = one("رد وفد إيران لدى الأمم المتحدة، السبت، على بيان وفد الولايات المتحدة، واصفا ما جاء فيه بالافتراءات "
             "الباطلة.", **us)
    assert _pairs(ev) == [["IR", "US", "016"]] and ev.iloc[0]["date_start"] == "2018-09-29"
    ev = one("وبالمقابل، رد الوفد الأمريكي على التعليق الإيراني، معبرا عن الرفض التام للبيان.", **us)
    assert _pairs(ev) == [["US", "IR", "120"]]
    assert _pairs(one('وأضاف الوفد الأمريكي أن إيران تعد "مقرا لقيادات متطرفة وتؤوي أيضا جماعات إرهابية".', **us)) \
        == [["US", "IR", "112"]]
    assert one("وقال الوفد الأمريكي إن إيران لا تؤوي جماعات إرهابية.", **us).empty


def test_a_role_noun_in_construct_with_a_country_is_its_organ():
    ev = one("واتهم وزير خارجية إيران الولايات المتحدة بالتدخل.", focus="US", partners=("IR",))
    assert _pairs(ev) == [["IR", "US", "112"]]
    assert _pairs(one("وقطعت حكومة إيران علاقاتها مع الولايات المتحدة.", focus="US", partners=("IR",))) \
        == [["IR", "US", "161"]]


# ------------------------------------------------------------------ session 13: verbs of UniversalPetrarch's dictionary
def _ru_gb(text, published="2018-05-10"):
    return one(text, published=published, focus="RU", partners=("GB",))


def test_upetr_verbs_of_disapproval_complaint_and_arrest():
    assert _pairs(_ru_gb("واستنكرت موسكو قرار لندن طرد دبلوماسييها.")) == [["RU", "GB", "111"]]
    # (عارض, 'oppose', was tried and left out: "بكين تعارض أي عقوبات …" on the demo is opposition to a policy)
    assert _pairs(_ru_gb("واشتكت روسيا من بريطانيا لدى مجلس الأمن.")) == [["RU", "GB", "114"]]
    assert _pairs(_ru_gb("واعتقلت السلطات الروسية صحفيين بريطانيين.")) == [["RU", "GB", "173"]]
    assert _ru_gb("واعتقلت السلطات الروسية صحفيين.").empty  # whose nationals is not said
    assert _ru_gb("واستنكرت روسيا الهجوم على السفارة في لندن.").empty  # no act on the other side


def test_upetr_verbs_of_boycott_blockade_pledge_and_aid():
    assert _pairs(_ru_gb("وفرضت بريطانيا حصارا على روسيا.")) == [["GB", "RU", "191"]]
    assert _pairs(one("وقاطعت السعودية قطر.", focus="SA", partners=("QA",))) == [["SA", "QA", "163"]]
    assert one("وقاطع السفير السعودي حديث الوزير.", focus="SA", partners=("QA",)).empty  # 'interrupted
    assert _ru_gb("وقاطعت بريطانيا مونديال روسيا.").empty  # the World Cup by its host is no state
    ev = _ru_gb("ووعدت روسيا بريطانيا بالتعاون.")
    assert _pairs(ev) == [["RU", "GB", "030"]] and ev.iloc[0]["status"] == "intent"
    assert _pairs(_ru_gb("ومنحت روسيا بريطانيا قرضا.")) == [["RU", "GB", "071"]]


def test_asking_the_other_side():
    assert _pairs(_ru_gb("وطلبت روسيا من بريطانيا تقديم أدلة.")) == [["RU", "GB", "020"]]
    ev = _ru_gb("وطلب بوتين من شويغو زيارة بريطانيا.")
    assert _pairs(ev) == [["RU", "GB", "036"]] and ev.iloc[0]["status"] == "intent"  # what is asked for: an intent
    assert _ru_gb("وتطلب روسيا من محكمة العدل الدولية أن تأمر بريطانيا بوقف التمييز.")[
        "cameo_code"].tolist() != ["020"]  # the court is asked, not London
    assert _ru_gb("وأضاف أن دمشق ستحصل في حال تطلب الأمر على دعم من روسيا وبريطانيا.").empty  # a condition
    # asking the other side's ambassador to leave is an expulsion
    ev = one("وأعلنت السعودية أنها طلبت من السفير الكندي مغادرة أراضيها.", published="2018-08-07", focus="SA",
             partners=("CA",))
    assert _pairs(ev) == [["SA", "CA", "166"]]


def test_upetr_verbs_of_reducing_relations():
    assert _pairs(_ru_gb("وعلقت روسيا المفاوضات مع بريطانيا.")) == [["RU", "GB", "164"]]
    assert _pairs(_ru_gb("وقطعت بريطانيا المساعدات عن روسيا.")) == [["GB", "RU", "162"]]
    assert _pairs(_ru_gb("وألغت روسيا صفقة مع بريطانيا.")) == [["RU", "GB", "160"]]
    assert _pairs(_ru_gb("وقررت بريطانيا إغلاق السفارة الروسية.")) == [["GB", "RU", "161"]]
    assert _ru_gb("وأغلقت روسيا سفارتها في لندن.").empty  # its own embassy, London only the place
    ev = one("يأتي ذلك بعد تقارير تفيد أن كوريا الشمالية علقت المفاوضات مع كوريا الجنوبية.", focus="KR",
             partners=("KP",))
    assert _pairs(ev) == [["KP", "KR", "164"]]


def test_unknown_members_keep_a_list_together_and_an_alliance_s_theatre_is_no_member():
    text = "وقطعت السعودية والبحرين والإمارات واليمن ومصر علاقاتها من جهة، مع قطر من جهة ثانية، في 5 حزيران/يونيو الماضي."
    assert one(text, published="2018-06-02", focus="SA", partners=("YE",)).empty  # a co-agent, not the target
    assert _pairs(one(text, published="2018-06-02", focus="SA", partners=("QA",))) == [["SA", "QA", "161"]]
    assert one("وكان التحالف العسكري في اليمن بقيادة المملكة العربية السعودية أعلن مساء الاثنين وصول القوات.",
               published="2018-05-30", focus="SA", partners=("YE",)).empty


def test_the_subject_of_a_relative_clause_that_sets_the_cue_noun_is_its_agent():
    ae = dict(published="2017-06-18", focus="AE", partners=("QA",))
    ev = one("وانتهت مهلة الـ14 يوماً التي حددتها الإمارات والسعودية والبحرين لمغادرة المواطنين القطريين.", **ae)
    assert _pairs(ev) == [["AE", "QA", "174"]]
    assert one("وفرضت الولايات المتحدة عقوبات على الإمارات والسعودية والبحرين لمغادرة المواطنين القطريين.", **ae).empty


def test_a_list_of_agents_that_meets_meets_among_itself():
    text = "لكن روسيا وتركيا وإيران ستلتقي دون مشاركة عنصر مهم بهذه التجربة المريرة: السوريين."
    assert one(text, published="2018-04-03", focus="TR", partners=("SY",)).empty
    assert one("سوريا: الجيش التركي يحاصر عفرين من كل الجهات.", focus="TR", partners=("SY",)).empty  # a town


def test_a_closed_consulate_is_its_country_s_and_a_request_by_is_no_request_to():
    us = dict(published="2018-03-27", focus="RU", partners=("US",))
    assert _pairs(one("وأصدرت واشنطن قرارا بإغلاق القنصلية الروسية في سياتل.", **us)) == [["US", "RU", "161"]]
    assert _pairs(one("روسيا ترد على أمريكا بطرد 60 دبلوماسيا وإغلاق قنصليتها في بطرسبرغ.", **us))[0] == ["RU", "US", "161"]
    # "بناء على طلب من X": the request is X's, not one made of X
    assert one("وقالت الخارجية الروسية إن لافروف وبومبيو تحدثا، الجمعة، بناء على طلب من وزير الخارجية الأمريكي.",
               **us)["cameo_code"].tolist() != ["020"]
    assert one("لكن الكرملين استنكر هذه الاتهامات.", focus="RU", partners=("UA",)).empty  # the accused rejects


# ------------------------------------------------------------------ session 14 (read on eg-sd)
def _eg(text, published="2018-03-11", focus="TR", partners=("IQ",)):
    return one(text, published=published, focus=focus, partners=partners)


def test_an_intelligence_director_is_an_organ_of_his_country_and_a_pluperfect_keeps_its_weekday():
    # composed with Turkey and Iraq (not the eg-sd sentences): "مدير المخابرات التركية" is Turkey's organ
    ev = _eg("وكان رئيس الوزراء العراقي استقبل، مساء السبت، مدير المخابرات العامة التركية في بغداد.")
    assert _pairs(ev) == [["IQ", "TR", "043"]]
    assert (ev.loc[0, "date_start"], ev.loc[0, "precision"]) == ("2018-03-10", "day")
    assert _eg("وقال مدير شركة تركية إن العراق سوق مهمة.").empty  # a company's director is no organ


def test_recalling_one_s_own_ambassador_is_161_against_the_host():
    iq = dict(published="2018-03-03")
    assert _pairs(_eg("وكانت تركيا استدعت سفيرها في العراق للتشاور الشهر الماضي.", **iq)) == [["TR", "IQ", "161"]]
    assert _pairs(_eg("استدعت أنقرة سفيرها لدى بغداد.", **iq)) == [["TR", "IQ", "161"]]
    assert _pairs(_eg("سحب العراق سفيره من أنقرة.", **iq)) == [["IQ", "TR", "161"]]
    # the pronoun object: the envoy named before (its host kept for the recall only); no 040 from "للتشاور"
    ev = _eg("وقالت تركيا إن سفيرها لدى العراق يعود الاثنين بعد أن استدعته أنقرة للتشاور في كانون الثاني/يناير.", **iq)
    assert ["TR", "IQ", "161"] in _pairs(ev) and "040" not in ev["cameo_code"].tolist()
    assert ev[ev["cameo_code"] == "161"].iloc[0]["date_start"] == "2018-01-01"
    # back to its capital
    assert _pairs(_eg("وصل السفير العراقي إلى أنقرة بعد أن تم استدعاؤه إلى بغداد.", **iq))[-1] == ["IQ", "TR", "161"]
    # the other side's ambassador summoned is still a protest (111)
    assert _pairs(_eg("استدعت الخارجية التركية السفير العراقي.", **iq)) == [["TR", "IQ", "111"]]
    # a coordinated verb's subject is the sentence's agent, not the envoy expelled before nor a country after "مع"
    ev = _eg("ويزداد التوتر بين العراق وتركيا منذ الإثنين، عندما طردت أنقرة السفير العراقي واستدعت سفيرها.", **iq)
    assert ["TR", "IQ", "161"] in _pairs(ev) and ["IQ", "TR", "161"] not in _pairs(ev)
    ev = _eg("أوقفت تركيا، الأحد، كل الأنشطة التجارية الجديدة مع العراق عقب اعتراض الأخيرة، واستدعت سفيرها.", **iq)
    assert _pairs(ev)[-1] == ["TR", "IQ", "161"]
    # an envoy serving in the other country is still no actor when nothing recalls him
    assert _eg("وقال سفيرها لدى العراق إن الزيارة مهمة.", **iq).empty


def test_restored_relations_and_an_envoy_sent_back():
    iq = dict(published="2018-03-19")
    assert _pairs(_eg("وأعلنت أنقرة عودة العلاقات مع بغداد.", **iq)) == [["TR", "IQ", "054"]]
    assert _pairs(_eg("أعادت تركيا علاقاتها الدبلوماسية مع العراق.", **iq)) == [["TR", "IQ", "054"]]
    assert _pairs(_eg("وأعلن العراق عودة سفيره إلى أنقرة.", **iq)) == [["IQ", "TR", "054"]]
    # a planned return is an intent (032), dated by its own weekday (the next Monday of a Saturday article)
    ev = _eg("أعلن العراق السبت أن سفيره لدى تركيا سيعود إلى أنقرة الاثنين، بعد أسابيع من استدعائه.",
             published="2018-03-03")
    row = ev[ev["cameo_code"] == "032"].iloc[0]
    assert (row["source"], row["target"], row["status"], row["date_start"]) == ("IQ", "TR", "intent", "2018-03-05")
    ev = _eg("وعاد السفير التركي إلى بغداد الاثنين.", published="2018-03-03")
    assert _pairs(ev) == [["TR", "IQ", "054"]] and ev.loc[0, "date_start"] == "2018-02-26"
    assert _eg("وقال السفير التركي إنه لن يعود إلى بغداد.", **iq).empty  # refused, and no other side named
    # "بعد أسبوعين من عودة …": about two weeks before the article's present, a window
    ev = _eg("وتأتي الزيارة بعد نحو أسبوعين من عودة سفير تركيا إلى العراق.", **iq)
    row = ev[ev["cameo_code"] == "054"].iloc[0]
    assert (row["date_start"], row["date_end"], row["precision"]) == ("2018-02-26", "2018-03-12", "approximate")


def test_a_dual_role_noun_with_two_demonyms_names_both_sides():
    ev = _eg("عقد الاجتماع في أنقرة بين وزيري الخارجية التركي والعراقي.")
    assert _pairs(ev) == [["TR", "IQ", "040"]]
    ev = _eg("عقد الاجتماع في مطلع شباط/فبراير بين وزيري خارجية البلدين ورئيسي جهازي المخابرات التركي والعراقي.")
    assert _pairs(ev) == [["TR", "IQ", "040"]] and ev.loc[0, "date_start"] == "2018-02-01"
    # a single role noun with a coordinated demonym is not a pair of officials
    assert _eg("وقال وزير الخارجية التركي والعراقي إن الأمر مهم.").empty


def test_a_meeting_with_the_other_side_and_a_third_party_is_multilateral():
    assert _eg("وأعلنت تركيا في شباط/فبراير تأجيل جولة جديدة للاجتماع الثلاثي مع العراق وإيران.").empty
    assert _pairs(_eg("والتقى وزير الخارجية التركي مع نظيره العراقي.")) == [["TR", "IQ", "040"]]
    assert _eg("ووقعت تركيا اتفاقية مع العراق وإيران.").empty  # an agreement of three
    assert _pairs(_eg("وهاجمت تركيا العراق وسوريا.")) == [["TR", "IQ", "190"]]  # a hostile act on each target


def test_the_purpose_of_a_visit_is_not_an_event_of_its_own():
    ev = _eg("رئيس الوزراء العراقي في زيارة رسمية إلى تركيا لبحث سبل تعزيز العلاقات الأخوية بين البلدين")
    assert _pairs(ev) == [["IQ", "TR", "042"]]
    assert _pairs(_eg("التقى أردوغان رئيس الوزراء العراقي لتوقيع اتفاقية التعاون.")) == [["TR", "IQ", "040"]]
    # a second verb of the sentence is still its own event
    assert ["IQ", "TR", "057"] in _pairs(_eg("التقى أردوغان رئيس الوزراء العراقي ووقعا اتفاقية التعاون."))


def test_an_embrace_or_a_handshake_of_the_two_sides_is_a_meeting():
    ev = _eg("وتبادل الحضور الابتسامات، مع العناق الحار المتبادل بين كل من وزيري الخارجية العراقي ونظيره التركي عند وصوله.")
    assert _pairs(ev) == [["TR", "IQ", "040"]]
    assert _pairs(_eg("وصافح أردوغان رئيس الوزراء العراقي.")) == [["TR", "IQ", "040"]]
    assert _eg("وصافح أردوغان الرئيس الأمريكي في بغداد.").empty  # a third party's hand, the other side a venue


def test_a_comes_after_frame_opens_a_clause_with_its_own_date():
    text = ("جاء الاتفاق عقب لقاء عقده الوزراء في مايو الماضي، وجاء كذلك عقب زيارة للرئيس السوداني عمر البشير "
            "إلى القاهرة.")
    ev = _eg(text, published="2018-07-04", focus="EG", partners=("SD",))
    assert _pairs(ev) == [["SD", "EG", "042"]] and ev.loc[0, "precision"] == "before-publication"


def test_a_meeting_verb_whose_object_slot_holds_another_noun_did_not_meet_the_other_side():
    assert _eg("واستقبل أردوغان لاعبي المنتخب قبل مباراة العراق.").empty
    assert _pairs(_eg("واستقبل أردوغان بالقصر الرئاسي رئيس الوزراء العراقي.")) == [["TR", "IQ", "043"]]
    assert _pairs(_eg("والتقى أردوغان أمس رئيس الوزراء العراقي.")) == [["TR", "IQ", "040"]]
    assert _pairs(_eg("واستقبل أردوغان نائب رئيس الوزراء العراقي.")) == [["TR", "IQ", "043"]]


def test_the_speaker_s_own_talks_in_a_continued_statement_have_its_day():
    paras = ["قال الرئيس السوداني، عمر البشير، إن قوة مصر قوة للسودان، وذلك في كلمة ألقاها خلال الزيارة التي يقوم بها إلى القاهرة.",
             "ونقل التلفزيون على لسان البشير قوله: \"أشكركم على ما غمرتموني به، وهو أمر ليس بغريب عن الأسرة المصرية التي "
             "نتواجد بين ذراعيها اليوم، ونحسب أن قوة مصر هي قوة السودان.\"",
             "وتابع قائلا: \"بحثت مع فخامة الرئيس السيسي كل ما من شأنه تعزيز التعاون بين البلدين.\""]
    ev = extract_events(make_corpus([("d1", "2018-03-19", "src", [("paragraph", p) for p in paras])]), focus="EG",
                        partners=("SD",))
    talks = ev[(ev["kind"] == "event") & ev["cameo_code"].str.startswith("04")]
    assert len(talks) == 1 and talks.iloc[0]["date_start"] == "2018-03-19" and talks.iloc[0]["precision"] == "day"


# ------------------------------------------------------------------ session 15: classes read on kr-kp (was blind-kr-kp)
# (sentences composed on other pairs where the construction is not Korean)
def _tr(text, published="2019-10-13", focus="RU", partners=("TR",)):
    return one(text, published=published, focus=focus, partners=partners)


def test_a_threat_codes_the_threatened_act_as_its_kind_and_not_as_an_event():
    assert _pairs(_tr("هددت تركيا روسيا بقطع العلاقات.")) == [["TR", "RU", "131"]]
    assert _pairs(_tr("إيران تهدد بتعليق مفاوضاتها مع روسيا", partners=("IR",))) == [["IR", "RU", "134"]]
    assert _pairs(_tr("وهدد بوتين أنقرة بفرض عقوبات جديدة.")) == [["RU", "TR", "131"]]
    assert _pairs(_tr("وعلقت تركيا مفاوضاتها مع روسيا.")) == [["TR", "RU", "164"]]  # done, not threatened


def test_the_first_meeting_in_a_named_month_is_dated_by_it_but_not_since_a_year():
    ev = _tr("والتقى بوتين أردوغان للمرة الأولى في أبريل الماضي.")
    assert ev.loc[0, "date_start"] == "2019-04-01" and ev.loc[0, "precision"] == "month"
    ev = _tr("والتقى بوتين أردوغان لأول مرة منذ عام 2011.")
    assert ev.loc[0, "precision"] == "before-publication"


def test_two_meetings_of_one_sentence_with_their_own_months_are_two_events():
    ev = _tr("والتقى بوتين أردوغان للمرة الأولى في أبريل الماضي، بينما اجتمعا للمرة الثانية في سبتمبر الماضي.")
    assert sorted(ev["date_start"]) == ["2019-04-01", "2019-09-01"] and set(ev["cameo_code"]) == {"040"}
    # one meeting told twice in a sentence with one date stays one event
    ev = _tr("والتقى بوتين أردوغان الخميس، واجتمعا لساعتين.")
    assert len(ev[ev["cameo_code"] == "040"]) == 1


def test_a_dual_verb_of_a_clause_naming_nobody_has_the_pair_of_the_sentence_and_a_signed_declaration_is_057():
    ev = _tr('والتقى بوتين أردوغان للمرة الأولى في أبريل الماضي، عندما وقعا "إعلان سوتشي".')
    assert sorted(ev["cameo_code"]) == ["040", "057"] and set(ev["date_start"]) == {"2019-04-01"}
    assert _pairs(_tr("وقعت روسيا وتركيا إعلان سوتشي.")) == [["RU", "TR", "057"]]
    assert _tr("وقال أردوغان إنه متفائل، بينما اجتمعا في سبتمبر.").empty  # no meeting before: no pair to carry


def test_a_plan_told_undated_and_then_with_its_month_is_one_event_of_that_month():
    paras = ["أعلن الكرملين أن بوتين وأردوغان سيجتمعان مجددا في قمة ثانية.",
             "وستكون القمة المرتقبة بين بوتين وأردوغان في أنقرة في سبتمبر المقبل."]
    ev = extract_events(make_corpus([("d1", "2019-08-13", "src", [("paragraph", p) for p in paras])]), focus="RU",
                        partners=("TR",))
    plans = ev[(ev["kind"] == "event") & (ev["cameo_code"] == "036")]
    assert len(plans) == 1 and plans.iloc[0]["date_start"] == "2019-09-01" and plans.iloc[0]["n_mentions"] == 2


def test_a_title_threat_is_the_body_s_threat_whatever_word_tells_it():
    segs = [("title", "إيران تهدد بتدمير تل أبيب"),
            ("paragraph", "وجهت إيران تهديدات مباشرة إلى إسرائيل بتسوية تل أبيب بالأرض.")]
    ev = extract_events(make_corpus([("d1", "2018-02-20", "src", segs)]), focus="IL", partners=("IR",))
    threats = ev[(ev["kind"] == "event") & ev["cameo_code"].str.startswith("13")]
    assert len(threats) == 1 and threats.iloc[0]["n_mentions"] == 2


def test_a_korean_leader_s_family_name_alone_names_him_but_not_in_ban_ki_moon():
    assert _pairs(one("التقى مون الزعيم الكوري الشمالي كيم جونغ أون.", published="2018-10-13", focus="KR",
                      partners=("KP",))) == [["KR", "KP", "040"]]
    assert one("وقال الأمين العام للأمم المتحدة بان كي مون إن كوريا الشمالية تهدد جارتها.", published="2015-10-13",
               focus="KR", partners=("KP",)).empty


def _kr(text, published="2018-02-27", focus="KR", partners=("KP",)):
    return one(text, published=published, focus=focus, partners=partners)


def test_indefinite_and_accusative_demonyms_after_a_role_noun_are_actors():
    ev = _tr("أنهى جنرال تركي رفيع الثلاثاء، زيارة إلى روسيا.")
    assert _pairs(ev) == [["TR", "RU", "042"]] and ev.loc[0, "date_start"] == "2019-10-08"
    assert _pairs(_kr("التقى مون جنرالا كوريا شماليا كبيرا.")) == [["KR", "KP", "040"]]
    assert _pairs(_kr("واجتمع الزعيم الكوري الشمالي مع مسؤولين كوريين جنوبيين كبار.")) == [["KP", "KR", "040"]]
    assert _pairs(_kr("جنرال كوري شمالي ينهي زيارة مثيرة للجدل إلى سيول")) == [["KP", "KR", "042"]]  # Seoul as سيول


def test_the_north_the_south_and_the_two_koreas_name_the_pair_only_when_both_are_ours():
    ev = _kr("أنهى جنرال كوري شمالي رفيع الثلاثاء، زيارة مثيرة للجدل إلى الجنوب.")
    assert _pairs(ev) == [["KP", "KR", "042"]]
    assert _pairs(_kr("وأعلنت الوزارة أن الكوريتين اتفقتا على مواصلة الجهود المشتركة.")) == [["KR", "KP", "030"]]
    assert _kr("وتقع المنطقة منزوعة السلاح التي تفرق بين الشمال والجنوب.").empty
    assert _kr("وزار كيم جونغ أون الشمال الشرقي من البلاد.").empty  # a direction
    # Russia and North Korea: "الجنوب" is no actor, "الكوريتين" not the pair
    assert one("وصل وفد روسي إلى الجنوب للقاء مسؤولين من الشمال.", focus="RU", partners=("KP",)).empty
    assert one("وأعلنت الوزارة أن الكوريتين اتفقتا على مواصلة الجهود المشتركة.", focus="RU", partners=("KP",)).empty


def test_an_agreement_whose_only_later_act_is_its_purpose_is_the_promise():
    ev = _tr("واتفقت روسيا وتركيا على مواصلة الجهود المشتركة من أجل تعزيز العلاقات الثنائية وإحلال السلام.")
    assert _pairs(ev) == [["RU", "TR", "030"]]
    assert set(_tr("واتفقت روسيا وتركيا على توسيع التعاون العسكري.")["cameo_code"]) == {"031"}  # the act agreed on


def test_an_ellipsis_inside_a_quotation_does_not_end_the_sentence():
    ev = _tr('وأعلنت الوزارة أن "روسيا وتركيا... اتفقتا على مواصلة الجهود المشتركة". وقال إنه سعيد.')
    assert _pairs(ev) == [["RU", "TR", "030"]]


def test_an_act_told_after_was_and_its_subject_is_an_earlier_one_and_keeps_its_row():
    paras = ["زار بوتين تركيا الثلاثاء.",
             "وكانت روسيا أوفدت وزير خارجيتها إلى تركيا في أول زيارة منذ انتهاء الحرب في 1990."]
    ev = extract_events(make_corpus([("d1", "2019-10-10", "src", [("paragraph", p) for p in paras])]), focus="RU",
                        partners=("TR",))
    visits = ev[(ev["kind"] == "event") & (ev["cameo_code"] == "042")].sort_values("precision")
    assert visits["precision"].tolist() == ["before-publication", "day"]  # not 1990: "منذ … في 1990" is a since


def test_the_time_of_a_clause_of_cause_does_not_date_the_event():
    ev = _tr("وأثارت زيارة وزير الدفاع التركي إلى روسيا جدلا واسعا إذ يشتبه بأنه أمر في العام 2015 بإسقاط الطائرة.")
    assert _pairs(ev) == [["TR", "RU", "042"]] and ev.loc[0, "precision"] == "before-publication"


def test_an_announced_agreement_between_the_two_is_057_and_a_cut_verb_is_no_negation():
    # (the 14-character window before the cue once began inside "أعلن" and read its tail "لن" as a negation)
    assert _pairs(_tr("أعلن الطرفان عن اتفاق بين روسيا وتركيا حول إدلب.")) == [["RU", "TR", "057"]]
    ev = _tr("التقى بوتين أردوغان الجمعة، وتضمن بيان مشترك الإعلان عن اتفاق بين البلدين لخفض التصعيد.")
    assert sorted(ev["cameo_code"]) == ["040", "057"]
    assert _tr("وتحدث بوتين عن اتفاق بين البلدين.").empty  # talked about: a topic


def test_a_delegation_from_a_country_is_its_organ_and_goes_where_its_verb_s_ila_says():
    ev = _kr("وصل وفد من كوريا الجنوبية إلى عاصمة كوريا الشمالية بيونغ يانغ، الإثنين.", published="2018-03-05")
    assert _pairs(ev) == [["KR", "KP", "042"]] and ev.loc[0, "date_start"] == "2018-03-05"
    assert _pairs(_tr("وصل وفد من تركيا إلى موسكو.")) == [["TR", "RU", "042"]]


def test_an_agreement_is_not_dropped_for_an_adjunct_after_its_complement():
    ev = _kr("الزعيمان الكوريان يتفقان على الالتزام بنزع السلاح النووي في أعقاب قمة تاريخية", published="2018-04-27")
    assert _pairs(ev) == [["KR", "KP", "030"]]
    assert one("الزعيمان الكوريان يتفقان على الالتزام بنزع السلاح النووي", focus="RU", partners=("KP",)).empty


def test_cancelled_talks_are_no_meeting():
    # a cancelled meeting or talks is a meeting refused, 125, like a cancelled summit (session 45: the gold of s27-mix
    # and s31-mix); a cancelled deal stays 160
    assert _pairs(_kr("وألغت بيونغ يانغ محادثات رفيعة مع سيول.", published="2018-05-16")) == [["KP", "KR", "125"]]
    assert _pairs(_tr("وألغت تركيا اجتماعا مع روسيا.")) == [["TR", "RU", "125"]]


def test_a_half_of_a_divided_nation_is_the_state_only_where_one_goes_or_comes_from():
    # "في الحوار بين الشمال والجنوب" is a topic: Moon and Trump agree, no Korean pair
    assert _kr('وأضاف البيان "اتفق (مون وترمب) على مواصلة بذل الجهود من أجل الحفاظ على الحوار بين الشمال والجنوب".').empty
    # with one side named, "the two Koreas" is a topic
    assert _kr("وأعطت الألعاب الأولمبية التي استضافتها كوريا الجنوبية دفعة لتعامل الكوريتين معا.").empty


def test_a_where_clause_with_its_own_verb_does_not_date_the_meeting():
    ev = _kr("ونظم اللقاء بين مون وكيم في مبنى من قرية بانمونجوم، حيث تم توقيع الهدنة بين الكوريتين عام 1953.",
             published="2018-05-26")
    assert _pairs(ev) == [["KR", "KP", "040"]] and ev.loc[0, "precision"] == "before-publication"


def test_a_visit_someone_will_lead_a_delegation_on_is_planned_and_a_relative_clause_antecedent_is_its_subject():
    ev = _kr("وقالت الوزارة إن كيم يونغ شول، الذي يشرف على العلاقات بين الكوريتين في حزب العمال الحاكم في كوريا الشمالية، "
             "سيقود وفدا من ثمانية أعضاء إلى كوريا الجنوبية في زيارة تستمر من الجمعة إلى الأحد.", published="2018-02-22")
    assert _pairs(ev) == [["KP", "KR", "036"]] and ev.loc[0, "date_start"] == "2018-02-23"
    assert _pairs(_tr("وقال إن بوتين سيقود وفدا إلى تركيا في زيارة تستمر يومين.")) == [["RU", "TR", "036"]]
    assert _pairs(_tr("وقاد بوتين وفدا إلى تركيا في زيارة استمرت يومين.")) == [["RU", "TR", "042"]]


def test_a_verb_coordinated_after_the_subject_s_first_verb_and_its_object_shares_the_subject():
    ev = _kr("كوريا الشمالية تحذر واشنطن وتهدد بتعليق مفاوضاتها مع كوريا الجنوبية", published="2018-05-15")
    assert _pairs(ev) == [["KP", "KR", "134"]]
    assert _pairs(_tr("روسيا تستقبل ترامب وتتهم تركيا بدعم الإرهاب.")) == [["RU", "TR", "112"]]
    assert _tr("بوتين يلتقي ترامب ويبحث معه العلاقات مع تركيا.").empty  # the other side is a topic
    assert _tr("التقى بوتين ترامب وبحث معه العلاقات مع تركيا.").empty


def test_between_him_and_the_other_side_is_the_speaker_s_or_the_subject_s_meeting():
    ev = _kr("وكان الرئيس الكوري الجنوبي اقترح الاثنين أن تذهب جائزة نوبل للسلام إلى نظيره الأمريكي وذلك ردا على سؤال "
             "عما إذا كان يعتقد أن اللقاء التاريخي الذي جرى بينه وبين الزعيم الكوري الشمالي في قرية بانمونجوم الحدودية الجمعة "
             "يستحق أن يكافأ عليه بهذه الجائزة القيمة.", published="2018-05-02")  # (the nearest day: الجمعة)
    assert _pairs(ev) == [["KR", "KP", "040"]] and ev.loc[0, "date_start"] == "2018-04-27"
    assert _pairs(_tr("وقال أردوغان إن القمة التي عقدت بينه وبين بوتين الجمعة كانت مثمرة.")) == [["RU", "TR", "040"]]
    # a third party's summit "بينه وبين" the other Korea is no event of ours
    assert _kr("وكان ترامب اقترح الاثنين أن تعقد القمة التاريخية بينه وبين الزعيم الكوري الشمالي في قرية بانمونجوم.").empty


# ------------------------------------------------------------------ session 16: classes read on iq-ir (was blind-iq-ir)
# and on the unannotated KR-KP/JP-KP/TR-DE probe of session 15 (composed sentences, most on Turkey-Iran)
def _ti(text, published="2018-07-16", focus="TR", partners=("IR",)):
    return one(text, published=published, focus=focus, partners=partners)


def test_a_government_delegation_named_by_an_accusative_demonym_is_the_visitor_of_the_genitive_capital():
    ev = _ti("وترأس وزير الطاقة وفدا حكوميا تركيا قام بزيارة طهران يوم الجمعة الماضي لبحث استيراد الغاز.")
    assert _pairs(ev) == [["TR", "IR", "042"]] and ev.loc[0, "date_start"] == "2018-07-13"
    assert _pairs(_ti("وقام وفد حكومي تركي رفيع بزيارة طهران.")) == [["TR", "IR", "042"]]
    # the genitive capital is the destination even when the visitor is named only later
    assert _ti("وفي زيارة طهران الأخيرة، تحدث المسؤولون عن الغاز الذي يزود تركيا.").empty


def test_two_destinations_of_one_visit_are_a_third_party_s_trip_and_a_place_of_arrival_is_no_visitor():
    assert _ti("وقام الرئيس الباكستاني السابق بزيارة وساطة إلى أنقرة وطهران خلال الحرب.").empty
    assert _ti("وتوجه المبعوث الأممي إلى طهران وأنقرة في جولة إقليمية.").empty
    assert _ti("وأضاف الوزير الأميركي، الذي وصل إلى أنقرة بعد زيارة لطهران استمرت يومين، أنه متفائل.").empty
    assert _pairs(_ti("وقام أردوغان بزيارة إلى طهران.")) == [["TR", "IR", "042"]]


def test_a_chief_negotiator_is_an_organ_and_a_masculine_perfect_in_an_is_not_a_dual():
    ev = _ti("واتهم كبير مفاوضي إيران أمس الخميس تركيا بالجهل وأدان التدريبات.", published="2018-05-18")
    assert _pairs(ev) == [["IR", "TR", "112"]]


def test_reluctance_and_disowning_are_refusals_of_what_follows_an():
    ev = _ti("وأحجمت تركيا عن تقديم مساعدات لإيران.")
    assert _pairs(ev) == [["TR", "IR", "122"]] and ev.loc[0, "status"] == "denied"
    ev = _ti("وتساءل المراقبون عن سبب عزوف تركيا عن إعلان تعهد مالي لإيران.")
    assert len(ev) == 1 and ev.loc[0, "status"] == "denied"


def test_what_an_act_coincides_with_is_no_participant():
    assert _ti("وتزامنت زيارة الرئيس التركي إلى الحدود مع قيام الجيش الإيراني بمناورات في المنطقة.").empty


def test_a_planned_third_party_summit_neither_dates_the_thanks_nor_is_ours_when_taken_up_by_a_demonstrative():
    ev = _ti('وقالت الوكالة إن "أردوغان شكر روحاني على الجهود التي بذلها في سبيل القمة المقررة في جنيف بتاريخ 20 يوليو '
             'بين إيران والولايات المتحدة، وعبر عن رغبته في انعقاد هذه القمة".', published="2018-05-27")
    assert _pairs(ev) == [["TR", "IR", "051"]] and ev.loc[0, "precision"] == "before-publication"


def test_what_a_pair_with_a_third_party_agrees_on_is_theirs_unless_each_does_it_with_the_other_side():
    assert _ti("أعلنت وزارة الدفاع الأمريكية الجمعة أن الولايات المتحدة وتركيا اتفقتا على تعليق تمارين عسكرية مشتركة "
               "بهدف تشجيع إيران على الحوار.").empty
    ev = one("كما أن روسيا واليابان تحاولان أيضا ترتيب قمم خاصة بهم مع روحاني.", published="2018-04-19",
             focus="RU", partners=("IR",))
    assert _pairs(ev) == [["RU", "IR", "036"]]


def test_regret_support_without_an_and_a_joint_trade_decision_have_cues():
    ev = _ti("وأعربت وزارة الخارجية التركية عن أسفها العميق للاعتداء على القنصلية الإيرانية في إسطنبول.")
    assert _pairs(ev) == [["TR", "IR", "055"]]
    assert _pairs(_ti("وأبدت الخارجية التركية أسفها لما تعرضت له السفارة الإيرانية.")) == [["TR", "IR", "055"]]
    # regret over the other side's decision is disapproval, not an apology
    ev = one("وأعربت موسكو عن أسفها لقرار واشنطن طرد دبلوماسيين روس.", published="2018-03-27", focus="RU", partners=("US",))
    assert _pairs(ev) == [["RU", "US", "111"]]
    assert _pairs(_ti("وأبدى جاويش أوغلو دعم بلاده الكامل لإيران خلال اللقاء.")) == [["TR", "IR", "051"]]
    assert _ti("وأبدى الوزير التركي قلقه من دعم إيران للحوثيين.").empty
    ev = _ti("وقال مسؤول إن أنقرة وطهران قررتا إلغاء التعامل بالدولار في المبادلات التجارية بين البلدين.")
    assert _pairs(ev) == [["TR", "IR", "061"]]


def test_a_commander_in_an_organ_named_with_a_title_is_that_organ_and_a_role_before_another_is_not_merged():
    ev = _ti("وكان قائد فيلق القدس في الحرس الثوري الإيراني الجنرال قاسم سليماني قد زار أنقرة الشهر الماضي.",
             published="2018-06-13")
    assert _pairs(ev) == [["IR", "TR", "042"]] and ev.loc[0, "precision"] == "month"
    assert _ti("وألقى الرئيس الإيراني كلمة في البرلمان التركي أمس.").empty


def test_n_weeks_ago_dates_a_window_and_the_day_the_news_comes_dates_nothing():
    ev = _ti("يأتي ذلك بعد قرار #إيران وقف #تصدير_الغاز لتركيا منذ نحو 4 أسابيع، وفي ذروة فصل الصيف.")
    assert _pairs(ev) == [["IR", "TR", "163"]]
    # the dates tagger's value (ISO week 25 of 2018), not a second reckoning in the events stage
    assert (ev.loc[0, "date_start"], ev.loc[0, "date_end"], ev.loc[0, "precision"]) == ("2018-06-18", "2018-06-24", "approximate")
    ev = _ti("وكان وزير الخارجية الإيراني زار أنقرة قبل 3 أيام.")
    assert _pairs(ev) == [["IR", "TR", "042"]] and ev.loc[0, "date_start"] == ev.loc[0, "date_end"] == "2018-07-13"
    ev = _ti("واليوم، يأتي قرار إيران بوقف تصدير الغاز إلى تركيا كضربة قاصمة.")
    assert _pairs(ev) == [["IR", "TR", "163"]] and ev.loc[0, "precision"] == "before-publication"


def test_people_from_a_country_visiting_are_not_its_state_and_a_delegation_in_the_genitive_is_the_visitor():
    assert _ti("إيران ترفض زيارة صحافيين من أنقرة لموقع نووي", published="2018-05-18").empty
    assert _pairs(_ti("إيران ترحب بزيارة وفد من أنقرة", published="2018-05-18")) == [["TR", "IR", "042"]]
    ev = _kr("واتهم كبير مفاوضي كوريا الشمالية أمس الخميس كوريا الجنوبية بالجهل وأدان التدريبات المشتركة بين واشنطن وسيول.",
             published="2018-05-18")
    assert _pairs(ev) == [["KP", "KR", "112"]]


def test_a_planned_month_dates_the_plan_not_its_cancellation():
    ev = _ti("وأكد مسؤول تركي نبأ إلغاء زيارة الرئيس الإيراني، والتي كانت مقررة في مارس القادم.", published="2018-02-26")
    assert len(ev) == 1 and ev.loc[0, "precision"] == "before-publication"
    ev = _ti("وأوضح وزير الخارجية التركي أنه سيناقش القضية مع نظيره الإيراني خلال اجتماع مقرر الثلاثاء في طهران.",
             published="2018-03-05")
    assert _pairs(ev) == [["TR", "IR", "036"]] and ev.loc[0, "date_start"] == "2018-03-06"


def test_an_agreement_under_review_is_a_topic_and_whom_one_joins_is_no_target():
    assert _ti("وأعرب أردوغان عن نيته مفاوضة إيران لإعادة النظر في اتفاقية التجارة الحرة.", published="2018-02-15").empty
    ev = _ti("وقعت تركيا وإيران اتفاقية للتجارة الحرة أمس.", published="2018-02-15")
    assert _pairs(ev) == [["TR", "IR", "057"]]
    assert _ti("وبدورها، انضمت تركيا لإيران و14 دولة أخرى وطردت دبلوماسيين روسا.", published="2018-03-26").empty


def test_the_other_side_second_in_a_list_after_with_is_talks_with_each_and_hope_is_intent():
    # (session 39, as the s28-mix gold and the brief have it: talks with a list are talks with each of its sides, one
    # event per pair; a gathering told as three-party is none, test_a_meeting_with_the_other_side_and_a_third_party…)
    assert [p[:2] for p in _pairs(_ti("وقال وزير الخارجية التركي إن بلاده تسعى إلى اتفاق جيد في مفاوضاتها الجديدة مع "
                                      "العراق وإيران حول المياه."))] == [["TR", "IR"]]
    assert _ti("وقال وزير الخارجية التركي إن بلاده تسعى إلى اتفاق جيد في مفاوضاتها الثلاثية مع العراق وإيران حول "
               "المياه.").empty
    assert _pairs(_ti("وأجرت تركيا مفاوضات مع إيران حول المياه.")) == [["TR", "IR", "046"]]
    ev = _ti("وتأمل أنقرة في توقيع اتفاق مع طهران قريبا.")
    assert len(ev) == 1 and ev.loc[0, "status"] == "intent"


def test_a_meeting_on_the_sidelines_of_a_gathering_takes_the_day_the_document_gives_it():
    corpus = make_corpus([("d1", "2018-02-15", "src", [
        ("paragraph", "لم تعلن تركيا أي مساهمة في مؤتمر بروكسل الذي عقد أمس الأربعاء لدعم اللاجئين."),
        ("paragraph", "وبرز ذلك خلال لقاء جاويش أوغلو بوزير الخارجية الإيراني محمد جواد ظريف على هامش مؤتمر بروكسل."),
        ("paragraph", "وأبدى ظريف دعم بلاده الكامل لتركيا.")])])
    ev = extract_events(corpus, focus="TR", partners=("IR",))
    ev = ev[ev["kind"] == "event"].sort_values("cameo_code").reset_index(drop=True)
    assert _pairs(ev) == [["TR", "IR", "040"], ["IR", "TR", "051"]]
    assert list(ev["date_start"]) == ["2018-02-14", "2018-02-14"]


# ------------------------------------------------------------------ session 17: classes read on lb-sa (was blind-lb-sa)

def test_a_name_with_the_article_after_the_preposition_lam_is_an_actor():
    # "للحريري" = ل + الحريري: the article's alef is dropped after the preposition
    ev = _eg("وكانت آخر زيارة للعبادي إلى طهران في الثالث من نوفمبر الماضي.", published="2018-02-28", focus="IQ",
             partners=("IR",))
    assert _pairs(ev) == [["IQ", "IR", "042"]] and ev.loc[0, "date_start"] == "2017-11-03"
    ev = _eg("وكانت آخر زيارة للسيسي للسودان في الثالث من نوفمبر الماضي.", published="2018-02-28", focus="EG",
             partners=("SD",))
    assert _pairs(ev) == [["EG", "SD", "042"]]
    from marsad.events import lexicon as lx
    regex, meta, keys = lx.actor_regex(("SA", "IR"))
    found = [meta[int(m.lastgroup[1:])][:2] for m in regex.finditer(normalize("زيارة للسعودية ثم للإيرانيين"))]
    assert found == [("SA", "country"), ("IR", "people")]
    assert not list(regex.finditer(normalize("لحريري")))


def test_a_short_name_after_ila_and_an_anchor_never_takes_a_pluperfect_visit():
    corpus = make_corpus([("d1", "2018-02-28", "src", [
        ("paragraph", "غادر أمير قطر أمس إلى الرياض."),
        ("paragraph", "وكانت آخر زيارة لأمير قطر إلى المملكة في الثالث من نوفمبر.")])])
    ev = extract_events(corpus, focus="SA", partners=("QA",))
    ev = ev[ev["kind"] == "event"].reset_index(drop=True)
    assert ["QA", "SA", "042", "2017-11-03"] in [[r.source, r.target, r.cameo_code, r.date_start] for r in ev.itertuples()]
    corpus = make_corpus([("d1", "2018-02-28", "src", [
        ("paragraph", "وكانت آخر زيارة لوزير الخارجية القطري إلى السعودية في الثالث من نوفمبر الماضي."),
        ("paragraph", "وقال وزير الخارجية القطري عقب الاجتماع مع المبعوث السعودي إن الأزمة انتهت.")])])
    ev = extract_events(corpus, focus="SA", partners=("QA",))
    ev = ev[ev["kind"] == "event"].sort_values("cameo_code").reset_index(drop=True)
    assert list(ev["cameo_code"]) == ["040", "042"]
    assert ev.loc[0, "precision"] == "before-publication" and ev.loc[1, "date_start"] == "2017-11-03"


def test_an_invitation_handed_on_a_past_day_is_an_undated_plan_apart_from_a_planned_meeting():
    corpus = make_corpus([("d1", "2018-02-28", "src", [
        ("paragraph", "وأضاف البيان أن أردوغان سيلتقي مع الرئيس الإيراني حسن روحاني."),
        ("paragraph", "وكان ظريف التقى، الاثنين، الرئيس التركي وسلمه دعوة رسمية لزيارة طهران.")])])
    ev = extract_events(corpus, focus="TR", partners=("IR",))
    ev = ev[ev["kind"] == "event"].sort_values(["cameo_code", "position"]).reset_index(drop=True)
    assert list(ev["cameo_code"]) == ["036", "036", "040"]
    assert list(ev["precision"]) == ["before-publication", "before-publication", "day"]
    assert ev.loc[2, "date_start"] == "2018-02-26"


def test_a_congratulation_with_an_object_pronoun_and_the_thanks_for_it_are_two_acts():
    ev = _ti("أجرى أردوغان مكالمة هاتفية اليوم الثلاثاء بالرئيس الإيراني حسن روحاني هنأه فيها بفوزه.",
             published="2016-11-01")
    assert _pairs(ev) == [["TR", "IR", "041"], ["TR", "IR", "051"]]
    assert _pairs(_ti("واتصل أردوغان بروحاني وهنأه بفوزه في الانتخابات.")) == [["TR", "IR", "051"]]
    corpus = make_corpus([("d1", "2016-11-01", "src", [
        ("paragraph", "هنأ أردوغان اليوم الثلاثاء الرئيس الإيراني حسن روحاني بفوزه."),
        ("paragraph", "وقدم روحاني شكره للرئيس التركي على التهنئة.")])])
    ev = extract_events(corpus, focus="TR", partners=("IR",))
    ev = ev[ev["kind"] == "event"]
    assert sorted((r.source, r.target, r.cameo_code) for r in ev.itertuples()) == [("IR", "TR", "051"), ("TR", "IR", "051")]


def test_pressure_from_the_other_side_and_pushing_its_leader_to_resign_are_alleged_coercion():
    ev = _ti("وأكد الرئيس أن إيران التي يشتبه بأنها دفعت أردوغان إلى الاستقالة في نوفمبر 2017 بعثت إشارات إيجابية.",
             published="2018-04-06")
    assert _pairs(ev) == [["IR", "TR", "170"]] and ev.loc[0, "status"] == "alleged"
    assert ev.loc[0, "date_start"] == "2017-11-01"
    ev = _ti("ويذكر أن أردوغان قد أعلن في نوفمبر الماضي من طهران استقالته في خطوة يعتقد أنها أتت بضغط من خامنئي.",
             published="2018-04-06")
    assert _pairs(ev) == [["IR", "TR", "170"]] and ev.loc[0, "status"] == "alleged"
    # no author of ours after من: no coercion between the two
    assert _ti("ويذكر أن أردوغان أعلن من طهران استقالته في خطوة يعتقد أنها أتت بضغط من المرشد.").empty
    assert _ti("ودفعت إيران مبلغا إلى تركيا.").empty


def test_then_points_back_to_the_time_of_a_sentence_naming_one_side_and_a_few_days_is_three_to_nine():
    ev = _ti("وكان أردوغان قد شارك قبل بضعة أيام في مؤتمر للمانحين في باريس لدعم الاقتصاد التركي. وأعلنت إيران حينذاك "
             "تجديد قرض بقيمة مليار دولار كانت قد قدمته لتركيا في السابق.", published="2018-04-10")
    assert _pairs(ev) == [["IR", "TR", "071"]]
    assert (ev.loc[0, "date_start"], ev.loc[0, "date_end"], ev.loc[0, "precision"]) == ("2018-04-01", "2018-04-07", "approximate")
    # without a "then" word the one-sided sentence dates nothing
    ev = _ti("وكان أردوغان قد شارك قبل بضعة أيام في مؤتمر للمانحين في باريس. وأعلنت إيران تجديد قرض لتركيا.",
             published="2018-04-10")
    assert _pairs(ev) == [["IR", "TR", "071"]] and ev.loc[0, "precision"] == "before-publication"


def test_highlighting_the_other_sides_role_is_praise_and_the_importance_of_cooperation_is_no_act():
    assert _pairs(_ti("وأبرز أردوغان دور الرئيس الإيراني حسن روحاني في دعم الاستقرار بتركيا.")) == [["TR", "IR", "051"]]
    assert _pairs(_ti("ونوه روحاني بدور تركيا.")) == [["IR", "TR", "051"]]
    assert _ti("وأبرز أردوغان دور تركيا في مواجهة إيران.").empty  # his own side's role
    assert _ti("وشدد أردوغان على أهمية تشجيع الاستثمارات واستقطاب المزيد منها بين تركيا وإيران.").empty
    assert _ti("وأكد روحاني على ضرورة التعاون الاقتصادي مع تركيا.").empty
    # "الاجتماعي" (social) is no meeting
    assert _ti("وأشار أردوغان إلى الاستقرار السياسي والاجتماعي في تركيا وإيران.").empty


def test_leaving_for_the_other_side_with_the_subject_between_is_a_visit_but_addressing_thanks_is_not():
    ev = _ti("توجه يلدريم الثلاثاء الى إيران.", published="2018-05-30")
    assert _pairs(ev) == [["TR", "IR", "042"]] and ev.loc[0, "date_start"] == "2018-05-29"
    # no visit; since session 119 (events119, T) the thanks itself is read: a 051 row, not a 042
    assert _pairs(_ti("وتوجه أردوغان بالشكر إلى الرئيس الإيراني.")) == [["TR", "IR", "051"]]


def test_the_crown_prince_by_his_title_alone_is_saudi_arabia_in_a_saudi_document_but_not_another_kingdoms():
    corpus = make_corpus([("d1", "2018-04-10", "src", [
        ("paragraph", "زار أمير قطر السعودية أمس."),
        ("paragraph", "وأعلن أمير قطر استقالته في خطوة يعتقد أنها أتت بضغط من ولي العهد.")])])
    ev = extract_events(corpus, focus="SA", partners=("QA",))
    ev = ev[ev["kind"] == "event"]
    assert ("SA", "QA", "170", "alleged") in [(r.source, r.target, r.cameo_code, r.status) for r in ev.itertuples()]
    corpus = make_corpus([("d1", "2018-04-10", "src", [
        ("paragraph", "زار أمير قطر السعودية أمس."),
        ("paragraph", "وأعلن أمير قطر استقالته في خطوة يعتقد أنها أتت بضغط من ولي العهد الكويتي.")])])
    ev = extract_events(corpus, focus="SA", partners=("QA",))
    assert "170" not in set(ev["cameo_code"])


def test_a_visit_after_an_adjective_with_its_visitor_named_is_an_event_not_an_anchor():
    assert _pairs(_ti("جاء ذلك عقب زيارة سريعة للرئيس الإيراني حسن روحاني الى أنقرة.")) == [["IR", "TR", "042"]]
    assert _pairs(_ti("وقال بعد زيارة رسمية لروحاني إلى أنقرة إن العلاقات جيدة.")) == [["IR", "TR", "042"]]


def test_explaining_a_view_to_the_other_side_is_a_statement_to_it():
    assert _pairs(_ti("وأوضح الرئيس التركي لنظيره الإيراني رؤية تركيا للحل السياسي في سوريا.")) == [["TR", "IR", "010"]]
    assert _ti("وأوضح المتحدث للصحفيين موقف إيران من تركيا.").empty
    assert _ti("وأوضح المتحدث موقف إيران من تركيا.").empty


def test_met_him_with_the_object_pronoun_after_alif_is_a_meeting():
    ev = _ti("أكد المبعوث الإيراني للمسؤولين الأتراك الذين التقاهم الاثنين في أنقرة أن العلاقات جيدة.",
             published="2018-02-27")
    assert ["IR", "TR", "040"] in _pairs(ev)
    assert ev[ev["cameo_code"] == "040"].iloc[0]["date_start"] == "2018-02-26"


def test_a_supply_of_the_system_with_the_article_and_a_second_reported_clause_after_wa_anna():
    assert _pairs(_ti("أعلنت تركيا تسليم إيران المنظومة الدفاعية.")) == [["TR", "IR", "072"]]
    # "، وإن …": a second reported clause with its own subject; the arms sale has no recipient of ours
    assert _ti("وقال إن إيران ماضية في بيع الأسلحة بالشرق الأوسط، وإن تركيا ستمضي قدما في سياستها.").empty
    assert _ti("وقال أردوغان إنه يسعى لاستكشاف فرص التعاون التجاري والاقتصادي بين تركيا وإيران.").empty


def test_resuming_flights_with_the_subject_between_but_not_a_companys():
    assert _pairs(_ti("استأنفت تركيا رحلات الطيران إلى إيران.")) == [["TR", "IR", "081"]]
    assert _ti("والخميس، ستستأنف شركة مصر للطيران رحلاتها بين تركيا وإيران.").empty


# ------------------------------------------------------------------ session 18: conferences, venues, aid (fr-lb read as dev)
FR_LB = dict(focus="FR", partners=("LB",))


@pytest.mark.parametrize("text", [
    "قال الحريري إن مؤتمر باريس الذي سينعقد في السادس من الشهر المقبل سيشهد تقديم مساعدات مالية للبنان.",
    "وسيكون مؤتمر سيدر المسمى أيضا \"باريس 4\" أحد ثلاثة اجتماعات دولية متوقعة هذا العام لدعم لبنان.",
    "وتمكن المؤتمر الدولي لدعم الاقتصاد اللبناني في باريس الجمعة من جمع قروض وهبات بقيمة 11 مليار دولار.",
    "ويأمل لبنان بجذب استثمارات دولية في مؤتمر للمانحين يعقد في باريس في نيسان.",
    "وشدد على أن المؤتمر ليس امتدادا لمؤتمرات دعم سابقة للبنان استضافتها باريس.",
])
def test_a_conference_named_after_or_held_in_a_capital_is_no_act_of_its_government(text):
    assert one(text, published="2018-04-06", **FR_LB).empty


def test_a_numbered_conference_name_is_no_actor_but_a_sum_after_the_capital_is_kept():
    assert one("وانطلق مؤتمر جنيف 2 بحضور وفد سوري.", published="2018-04-06", focus="RU", partners=("SY",)).empty
    ev = one("منحت فرنسا لبنان 550 مليون يورو من القروض والهبات.", published="2018-04-06", **FR_LB)
    assert len(ev) == 1 and ev.iloc[0]["source"] == "FR" and ev.iloc[0]["target"] == "LB"


def test_a_summit_of_two_capitals_is_still_their_meeting():
    ev = one("وعقدت قمة موسكو وبيونغ يانغ الأربعاء.", published="2024-06-20")
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"].startswith("04")


RU_SY = dict(focus="RU", partners=("SY",))


def test_concluding_an_agreement_is_signing_it():
    ev = one("في 2016 أبرمت موسكو ودمشق اتفاق تعاون عسكري.", published="2018-03-08", **RU_SY)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "057" and ev.iloc[0]["date_start"] == "2016-01-01"


def test_a_grant_of_a_sum_as_a_noun_after_the_announcement_is_aid():
    ev = one("وكانت روسيا أعلنت في بداية آذار منح 20 مليون دولار للحكومة السورية.", published="2018-03-16", **RU_SY)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"].startswith("07") and ev.iloc[0]["source"] == "RU"


def test_a_pledge_of_a_sum_is_an_intent_to_give_aid():
    ev = one("وكشف الحريري أن فرنسا تعهدت بتقديم مبلغ 400 مليون يورو لدعم الجيش اللبناني.", published="2018-03-16",
             **FR_LB)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "033" and ev.iloc[0]["status"] == "intent"


@pytest.mark.parametrize("text", ["وتنوي روسيا تدريب الجيش السوري.",
                                  "كما تنوي موسكو تدريب الجيش السوري بحسب المصدر الحكومي الروسي."])
def test_an_intention_to_train_the_other_army_is_an_intent_to_give_aid(text):
    ev = one(text, published="2018-03-08", **RU_SY)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "033" and ev.iloc[0]["status"] == "intent"


def test_training_a_group_is_not_training_the_partner():
    assert one("ويقف الحرس الثوري وراء تدريب عناصر هذا التنظيم في العراق.", published="2018-03-03",
               focus="IQ", partners=("IR",)).empty


def test_a_military_grant_is_dated_by_the_announcement_that_makes_it():
    ev = one("أعلنت مصادر من أوساط وزارة الدفاع الروسية الخميس أن روسيا منحت سوريا مساعدة عسكرية بقيمة 10 ملايين دولار.",
             published="2018-03-08", **RU_SY)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "072" and ev.iloc[0]["date_start"] == "2018-03-08"


def test_investment_projects_are_the_purpose_of_a_grant_not_a_second_event():
    ev = one("منحت فرنسا لبنان 550 مليون يورو من القروض والهبات لتمويل مشاريع استثمارية في لبنان.", published="2018-04-06",
             **FR_LB)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"].startswith("07")


def test_the_diplomat_himself_is_the_diplomat_named_before():
    ev = one("وقال الدبلوماسي الفرنسي إن المؤتمر مهم. وانتقد الدبلوماسي نفسه قول مسؤولين لبنانيين إنهم يريدون تمويلا غير مشروط.",
             published="2018-04-06", **FR_LB)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "111" and ev.iloc[0]["source"] == "FR"


def test_a_pledge_of_aid_and_a_planned_meeting_are_two_plans():
    ev = one("ويزور وزير الدفاع اللبناني باريس حيث سيلتقي نظيرته الفرنسية مساء الخميس. كما تنوي باريس تدريب الجيش اللبناني.",
             published="2018-03-08", **FR_LB)
    assert sorted(ev["cameo_code"]) == ["033", "036"] or {"033"} <= set(ev["cameo_code"])


def test_sums_of_a_future_announcement_are_pledged_not_given():
    ev = one('وقال لودريان إن "فرنسا ستعلن من جهتها عن جهد كبير يبلغ 400 مليون يورو من القروض الميسرة لدعم لبنان".',
             published="2018-04-06", **FR_LB)
    assert len(ev) == 1 and ev.iloc[0]["status"] == "intent" and ev.iloc[0]["cameo_code"] == "033"


def test_a_future_in_the_next_clause_leaves_a_grant_given():
    ev = one("وقالت مصادر إن روسيا منحت سوريا مساعدة عسكرية بقيمة 14 مليون دولار، وستكون هذه المساعدة على شكل معدات.",
             published="2018-03-08", **RU_SY)
    assert len(ev) == 1 and ev.iloc[0]["status"] == "reported" and ev.iloc[0]["cameo_code"] == "072"


def test_what_is_done_at_the_one_dated_conference_has_its_day():
    text = ("دعا البيان الختامي للمؤتمر الدولي لدعم الجيش السوري، الذي انتهى مساء الخميس بروما، إلى الحوار. "
            "وقال الأسد الذي شارك في المؤتمر إنه التقى وزير الخارجية الروسي سيرغي لافروف.")
    ev = one(text, published="2018-03-16", **RU_SY)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"].startswith("04") and ev.iloc[0]["date_start"] == "2018-03-15"


def test_a_past_verb_coordinated_after_the_report_has_the_reporter_as_subject_and_its_own_tense():
    ev = one("وأوضح المسؤول الفرنسي أن البيان الذي سيصدر سيتضمّن إعلانات تمويل، وأشاد بنجاح الحكومة اللبنانية في إقرار الموازنة.",
             published="2018-04-06", **FR_LB)
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "051" and ev.iloc[0]["status"] == "reported"
    assert ev.iloc[0]["source"] == "FR"


def test_a_coordinated_verb_of_a_reported_side_keeps_that_side_as_subject():
    ev = one('وقال ترامب إن "كوريا الشمالية لم تقم بأي تجارب صاروخية، ووعدت بأنها لن تقوم بذلك خلال اجتماعاتنا".',
             published="2018-03-10", focus="US", partners=("KP",))
    assert not (ev["source"] == "US").any()


def test_the_year_of_a_budget_does_not_date_the_praise():
    ev = one("وأشاد الرئيس الفرنسي ماكرون بنجاح الحكومة اللبنانية في إقرار موازنة العام 2018.", published="2018-04-06", **FR_LB)
    assert len(ev) == 1 and ev.iloc[0]["precision"] == "before-publication"


@pytest.mark.parametrize("text", [
    "ويذكر أن نتنياهو انتقد العمليات التي تخوضها تركيا في منطقة عفرين بشمال سوريا.",
    "وانتقد نتنياهو الهجمات على المدنيين في جنوب سوريا.",
])
def test_a_region_of_a_country_is_a_place_not_a_participant(text):
    assert one(text, published="2018-04-01", focus="IL", partners=("SY",)).empty


def test_not_having_signed_a_treaty_is_no_signing():
    assert one("ولم توقع إسرائيل وسوريا على معاهدة سلام رسمية.", published="2018-07-06", focus="IL", partners=("SY",)).empty
    ev = one("ووقعت إسرائيل وسوريا على معاهدة سلام رسمية.", published="2018-07-06", focus="IL", partners=("SY",))
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "057"


def test_criticising_the_others_support_is_criticism_not_support():
    ev = extract_events(make_corpus([("d1", "2016-12-20", "src", [("title", "واشنطن تنتقد دعم موسكو ترشّح السيسي")])]),
                        focus="RU", partners=("US", "EG"))
    ev = ev[ev["kind"] == "event"]
    rows = {(r.source, r.target, r.cameo_code) for r in ev.itertuples()}
    assert ("US", "RU", "111") in rows and ("RU", "EG", "051") in rows and ("US", "RU", "051") not in rows


def test_several_partners_do_not_lend_one_pair_s_predicate_to_another():
    """With partners (US, EG), "Washington criticised Russia's support for Sisi's candidacy" is US -> RU 111 and
    RU -> EG 051, as with each partner alone; run together the predicates were spread over every partner
    (RU -> EG 111, US -> RU 051). Found by the lead on Jawhara FM articles (`marsad report -p partners ...`)."""
    text = ("انتقدت المتحدثة باسم الخارجية الأمريكية خلال مؤتمر صحفي عقدته أمس الخميس ما اعتبرته تدخلا روسيا في "
            "الشأن الداخلي المصري على خلفية إعلان الرئيس الروسي فلاديمير بوتين مساندته ترشح وزير الدفاع المصري المشير "
            "عبد الفتاح السيسي لمنصب الرئاسة.")
    together = sorted(r[:3] for r in _one_row(text, ["US", "EG"]))
    alone = sorted(r[:3] for p in ("US", "EG") for r in _one_row(text, [p]))
    assert together == alone == [("RU", "EG", "05"), ("US", "RU", "11")]


@pytest.mark.parametrize("left", ["كوريا الشمالية", "بيونغ يانغ", "الصين", "موسكو"])
def test_the_country_left_on_the_way_is_a_place_not_a_participant(left):
    # "وغادر بوتين كوريا الشمالية متوجها إلى فيتنام" (the seed's Vietnam leg): with Vietnam alone as partner,
    # North Korea is a third party, and the two actors nearest the cue were North Korea and Vietnam
    for partners in (["VN"], ["KP", "VN"]):
        assert _one_row(f"وغادر بوتين {left} متوجها إلى فيتنام.", partners) == [
            ("RU", "VN", "04", "reported", "before-publication")], partners


# ------------------------------------------------------------------ session 19: the lb-sy error classes (composed sentences)
def _codes(text, published="2018-06-08", focus="LB", partners=("SY",)):
    ev = one(text, published=published, focus=focus, partners=partners)
    return [(r.source, r.target, r.cameo_code) for r in ev.itertuples()]


@pytest.mark.parametrize("text,expected", [
    ("انسحب الجيش السوري من لبنان بعد ثلاثة عقود.", [("SY", "LB", "087")]),
    ("وسحبت دمشق قواتها من لبنان عام 2005.", [("SY", "LB", "087")]),
    ("وقالت بيروت إنها تعمل مع دمشق على إعادة فتح المعبر.", [("LB", "SY", "060")]),
    ("ويعمل لبنان بالتعاون مع سوريا على تأمين الحدود.", [("LB", "SY", "060")]),
    ("وسلمت السلطات السورية المطلوب إلى لبنان.", [("SY", "LB", "063")]),
    ("وطالبت بيروت بتسليم المتهمين الفارين إلى سوريا.", []),
])
def test_withdrawal_cooperation_and_handover_cues(text, expected):
    got = _codes(text)
    assert [g for g in got if g[2][:2] in ("08", "06")] == expected or (not expected and not got), got


@pytest.mark.parametrize("text", [
    "وقال إنه لا بد من سحب جميع القوات الأجنبية من سوريا، في رسالة إلى لبنان.",  # foreign forces: nobody of ours withdraws
    "واتهم الحريري القوات الإيرانية التي تعمل مع الأسد بارتكاب جرائم.",          # a description in a relative clause
    "وقال المسؤول اللبناني إن المطلوب سلم نفسه إلى السلطات السورية.",           # a suspect surrendering himself
])
def test_no_withdrawal_cooperation_or_handover_of_ours(text):
    assert not [g for g in _codes(text) if g[2][:2] in ("06", "08")]


def test_people_after_a_verbal_noun_are_not_the_state():
    # "accused the agency of preventing the Syrians from returning": the accused is the agency, not Syria
    assert _codes("واتهم وزير الخارجية اللبناني المنظمة الدولية بمنع السوريين من العودة إلى بلادهم.") == []
    assert _codes("وانتقد الرئيس اللبناني الدول المانحة لمساعدة السوريين في أماكن نزوحهم.") == []


def test_the_neighbouring_country_is_the_other_side_only_when_one_neighbour_is_established():
    text = ["تدخل الجيش السوري في لبنان عام 1976 خلال الحرب الأهلية.",
            "وبعد ثلاثين عاما سحبت سوريا قواتها من البلد المجاور عام 2005."]
    ev = extract_events(make_corpus([("d1", "2018-05-04", "src", [("paragraph", t) for t in text])]),
                        focus="LB", partners=("SY",))
    ev = ev[ev["kind"] == "event"]
    assert ("SY", "LB", "087") in {(r.source, r.target, r.cameo_code) for r in ev.itertuples()}
    # two candidate neighbours named before: the neighbour stays unresolved
    text2 = ["زار وزير الخارجية الإيراني لبنان والعراق الأسبوع الماضي.",
             "وسحبت سوريا قواتها من البلد المجاور عام 2005."]
    ev2 = extract_events(make_corpus([("d1", "2018-05-04", "src", [("paragraph", t) for t in text2])]),
                         focus="LB", partners=("SY",))
    assert not [r for r in ev2.itertuples() if r.kind == "event" and r.cameo_code == "087"]


def test_a_victim_in_a_cause_adjunct_is_not_a_target():
    # the lead's Jawhara FM probe (session 13): "… إغلاق سفارتها في تركيا … إثر مقتل السفير الروسي" gave US -> RU 161
    assert _codes("وقررت واشنطن إغلاق قنصليتها في إسطنبول عقب اغتيال السفير الروسي في تركيا.",
                  published="2016-12-20", focus="RU", partners=("US",)) == []
    assert _codes("وقررت واشنطن إغلاق السفارة الروسية في العاصمة.", published="2016-12-20", focus="RU",
                  partners=("US",)) == [("US", "RU", "161")]


@pytest.mark.parametrize("title", ["روسيا : واشنطن تحضر لاجتياح دمشق", "موسكو: واشنطن تستعد لضرب دمشق"])
def test_a_title_speaker_is_attribution_not_a_participant(title):
    # "Russia: Washington is preparing to invade Damascus": Russia speaks; it is neither the target nor the source
    ev = extract_events(make_corpus([("d1", "2016-12-20", "src", [("title", title)])]), focus="RU",
                        partners=("SY",))
    assert ev[ev["kind"] == "event"].empty


def test_an_act_dated_after_publication_is_planned():
    # "يبدأ … زيارة … غدا السبت": the visit has not happened at publication
    ev = one("يبدأ الرئيس الروسي زيارة رسمية إلى كوريا الشمالية غدا السبت.", published="2018-07-13")
    assert [(r.cameo_code, r.status) for r in ev.itertuples()] == [("036", "intent")]
    ev = one("زار الرئيس الروسي كوريا الشمالية أمس.", published="2018-07-13")
    assert [(r.cameo_code, r.status) for r in ev.itertuples()] == [("042", "reported")]


@pytest.mark.parametrize("text", ["وأعرب الرئيس الروسي عن أمله في أن يزور فيتنام قريبا.",
                                  "وقال إن روسيا تتوقع إبرام اتفاقيات مع فيتنام خلال الزيارة."])
def test_hopes_and_expectations_are_intents(text):
    ev = one(text, published="2018-06-03", partners=("VN",))
    assert len(ev) == 1 and ev.iloc[0]["status"] == "intent", ev


def test_the_act_after_ghadat_is_the_day_before():
    # "وصل … الأحد غداة توقيع الاتفاق": the signing was on Saturday
    ev = one("وصل الرئيس الروسي إلى هانوي الأحد غداة توقيع الاتفاق مع فيتنام.", published="2018-07-10", partners=("VN",))
    got = {(r.cameo_code, r.date_start) for r in ev.itertuples()}
    assert ("057", "2018-07-07") in got and ("042", "2018-07-08") in got, got


def test_addressing_someone_is_no_travel():
    # "وتوجه إلى المعترضين بالقول": he addressed the objectors; he went nowhere
    assert one("ولفت لافروف إلى وجود من يعترض على التواصل بين موسكو وهانوي، وتوجه إلى المعترضين بالقول إن فيتنام شريك.",
               published="2018-03-01", partners=("VN",)).empty
    assert len(one("وتوجه وزير الخارجية الروسي إلى هانوي أمس.", published="2018-03-01", partners=("VN",))) == 1


def test_going_to_someone_saying_is_no_travel():
    # "وتابع ليبرمان، متوجهاً إلى الأسد، قائلاً …": addressing Assad, not travelling to Syria
    assert one("وتابع لافروف، متوجها إلى الزعيم الكوري الشمالي، قائلا إن الحوار ممكن.", published="2018-05-11").empty
    assert len(one("وغادر لافروف موسكو متوجها إلى بيونغ يانغ.", published="2018-05-11")) == 1


def test_soon_after_the_verb_makes_a_plan():
    ev = one("ويلتقي الرئيس الروسي قريبا لأول مرة، زعيم كوريا الشمالية.", published="2018-05-06")
    assert [(r.cameo_code, r.status) for r in ev.itertuples()] == [("036", "intent")]


def test_people_described_by_a_participle_are_not_the_state():
    # "واستقبل لبنان السوريين الفارين من الحرب": refugees hosted, no Syrian visit
    assert _codes("واستقبل لبنان السوريين الفارين من الحرب.") == []
    assert _codes("واستقبل الرئيس اللبناني وزير الخارجية السوري.") == [("LB", "SY", "043")]


def test_presenting_credentials_is_no_handover():
    # "سلم السفير … أوراق اعتماده إلى الرئيس": credentials, not a person handed over (063)
    ev = one("وسلم السفير الروسي أوراق اعتماده إلى الرئيس الفيتنامي.", published="2018-06-08", partners=("VN",))
    assert not [r for r in ev.itertuples() if r.cameo_code == "063"]


def test_borussia_is_not_russia():
    # Jawhara FM sport page: "لقاء بوروسيا دورتموند" read as a Russian meeting
    assert one("تسببت الثلوج في تأجيل لقاء بوروسيا دورتموند أمام فريق ألماني.", published="2017-03-01",
               partners=("DE",)).empty


# ------------------------------------------------------------------ session 20: the fr-ru error classes (composed sentences)
def test_the_object_after_comma_bounded_adjuncts_is_the_one_met():
    # "التقى الرئيس الفرنسي إيمانويل ماكرون، الأحد، في الكرملين، نظيره الروسي": the subject's name after its title and
    # the time and place adjuncts do not fill the object's slot
    for text in ("اجتمع الرئيس الروسي فلاديمير بوتين، الخميس، في هانوي، نظيره الفيتنامي.",
                 "التقى الرئيس الروسي فلاديمير بوتين في قصر الرئاسة نظيره الفيتنامي."):
        ev = one(text, published="2018-06-09", partners=("VN",))
        assert [(r.source, r.target, r.cameo_code[:2]) for r in ev.itertuples()] == [("RU", "VN", "04")], text
    ev = one("اجتمع الرئيس الروسي فلاديمير بوتين، الخميس، في هانوي، نظيره الفيتنامي.", published="2018-06-09",
             partners=("VN",))
    assert ev.iloc[0]["date_start"] == "2018-06-07"
    # the rule of the slot still holds: the players are the guests, not the country of the match
    assert one("واستقبل الرئيس الروسي لاعبي المنتخب قبل مباراة فيتنام.", published="2018-06-09",
               partners=("VN",)).empty


def test_a_destination_of_another_agents_trip_is_not_the_visits():
    # "يزور مقر المنتخب … قبيل مغادرة اللاعبين إلى روسيا": the players leave for Russia; the visit is to a place at home
    assert one("وزار الرئيس الروسي مدرسة للطيران قبيل مغادرة الطلاب إلى فيتنام.", published="2018-06-09",
               partners=("VN",)).empty
    assert one("ويزور الرئيس الفيتنامي مقر البعثة بعد عودة الرياضيين إلى روسيا.", published="2018-06-09",
               partners=("VN",)).empty
    assert len(one("وزار الرئيس الروسي فيتنام قبيل مغادرة الطلاب إلى الصين.", published="2018-06-09",
                   partners=("VN",))) == 1


@pytest.mark.parametrize("text", ["وهنأ الرئيس الروسي نظيره الفيتنامي بتأهل منتخب بلاده.",
                                  "هنأ الكرملين فيتنام بوصول فريقها إلى النهائي."])
def test_congratulations_on_reaching_or_qualifying(text):
    ev = one(text, published="2018-06-09", partners=("VN",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("RU", "VN", "051")]


def test_here_is_no_congratulation():
    ev = one("وقال الوزير الروسي إنه التقى نظيره الفيتنامي هنا في موسكو بنجاح.", published="2018-06-09",
             partners=("VN",))
    assert "051" not in set(ev["cameo_code"])


@pytest.mark.parametrize("verb", ["أعلنالأسبوع الماضي", "أعلن الأسبوع الماضي"])
def test_a_lasting_activity_told_last_week_and_a_glued_period(verb):
    # "أعلنالأسبوع الماضي أن بيروت تعمل مع دمشق": the period glued to the verb is still a date, and an activity going
    # on when it was told is dated by the telling
    ev = one(f"وكان المسؤول الروسي {verb} أن موسكو تعمل مع هانوي على مكافحة الإرهاب.", published="2018-06-08",
             partners=("VN",))
    assert [(r.cameo_code[:2], r.date_start, r.date_end) for r in ev.itertuples()] == [("06", "2018-05-28", "2018-06-03")]
    # a past act told last week keeps no date of the telling
    ev = one("وكان المسؤول الروسي أعلن الأسبوع الماضي أن موسكو وقعت اتفاقا مع هانوي.", published="2018-06-08",
             partners=("VN",))
    assert [r.precision for r in ev.itertuples()] == ["before-publication"]


def test_a_meeting_not_mentioned_is_not_told():
    # "ولم يذكر المتحدث الكوري الشمالي القمة بين ترمب وكيم" gave its own US -> KP 040 row
    assert one("ولم تشر الوكالة الروسية إلى لقاء بوتين وكيم.", published="2018-06-09").empty
    assert one("ولم يذكر البيان القمة بين بوتين وكيم.", published="2018-06-09").empty
    assert len(one("وذكر المتحدث أن القمة بين بوتين وكيم عقدت أمس.", published="2018-06-09")) == 1


# ------------------------------------------------------------------ session 20: read on an unannotated probe (Russia with
# France, Qatar, South Korea, Iraq, the UAE, Italy, Lebanon; 45 articles, no gold file)
def test_the_sides_of_a_match_are_its_teams():
    # "وأشاد بوتين بالمباراة الأخيرة بين فرنسا وكرواتيا": praise of a match, not of France
    assert one("وأشاد الرئيس الروسي بالمباراة النهائية بين فيتنام وتايلاند.", published="2018-07-16",
               partners=("VN",)).empty
    assert one("وأشاد الرئيس الروسي بنهائي البطولة بين روسيا وفيتنام.", published="2018-07-16", partners=("VN",)).empty


def test_is_considered_is_no_promise():
    # "وتعد هذه الزيارة الثانية للحريري إلى موسكو": "is counted as", not "promises" (the visit was coded planned)
    ev = one("وتعد هذه الزيارة الأولى لوزير الخارجية الروسي إلى هانوي منذ سنوات.", published="2018-06-13",
             partners=("VN",))
    assert [(r.cameo_code, r.status) for r in ev.itertuples()] == [("042", "reported")]
    ev = one("وتعد روسيا فيتنام بتقديم مساعدات بقيمة مليار دولار.", published="2018-06-13", partners=("VN",))
    assert [r.status for r in ev.itertuples()] == ["intent"]


def test_trends_of_cooperation_are_a_topic():
    # "سيتحدث وزير الزراعة الروسي عن اتجاهات التعاون بين روسيا ودول إفريقيا ودولة الإمارات": a talk's subject
    assert one("وسيتحدث وزير الزراعة الروسي في المنتدى عن اتجاهات التعاون بين روسيا وفيتنام.", published="2018-02-20",
               partners=("VN",)).empty


def test_a_denial_of_an_accusation_told_without_an_accuser_of_ours():
    # "ذاكراً قضية … سكريبال …، والتي وجهت فيها أصابع الاتهام نحو روسيا، في وقت نفت فيه روسيا تلك الاتهامات": the
    # president recalling the case is not the accuser, nor is the author of an earlier accusation of the paragraph
    text = ("واتهم الرئيس الفيتنامي روسيا بخرق القرار. وذكر الرئيس الفيتنامي الحادثة، التي وجهت فيها أصابع الاتهام "
            "إلى روسيا، في حين نفت موسكو تلك الاتهامات.")
    assert [r.cameo_code for r in one(text, published="2018-04-10", partners=("VN",)).itertuples()] == ["112"]
    text = "واتهم الرئيس الفيتنامي روسيا بخرق القرار. في حين نفت موسكو تلك الاتهامات."
    assert sorted(r.cameo_code for r in one(text, published="2018-04-10", partners=("VN",)).itertuples()) == ["016", "112"]


def test_goods_named_by_their_makers_demonym_are_the_sellers():
    # "صفقة بيع أسلحة روسية للعراق" came out as Iraq -> Russia 072
    ev = one("نفى المسؤول تقريرا عن فساد في صفقة بيع أسلحة روسية لفيتنام بمليارات الدولار.", published="2018-03-12",
             partners=("VN",))
    assert [(r.source, r.target) for r in ev.itertuples()] == [("RU", "VN")]
    ev = one("وقررت موسكو إمداد فيتنام بمنظومة صواريخ.", published="2018-03-12", partners=("VN",))
    assert [(r.source, r.target) for r in ev.itertuples()] == [("RU", "VN")]


def test_what_is_done_under_an_agreement_does_not_date_it_nor_share_its_parties():
    # "وصول عشرات الحافلات الأربعاء … بموجب اتفاق بين روسيا وتركيا لإجلاء سكان": the agreement came before the buses,
    # and its parties did not arrive anywhere
    ev = one("ووصلت عشرات الحافلات الأربعاء إلى البلدتين، بموجب اتفاق بين روسيا وفيتنام لإجلاء السكان.",
             published="2018-07-19", partners=("VN",))
    assert [(r.cameo_code, r.precision) for r in ev.itertuples()] == [("057", "before-publication")]
    ev = one("ووقعت روسيا وفيتنام الأربعاء اتفاقا لإجلاء السكان.", published="2018-07-19", partners=("VN",))
    assert [(r.cameo_code, r.date_start) for r in ev.itertuples()] == [("057", "2018-07-18")]


def test_the_accused_in_the_objects_slot_are_people_not_the_country_named_later():
    # "واتهم الأمير محمد بن سلمان بعض من تم القبض عليهم بتقديم معلومات لوكالات … ذات الصلة بقطر وإيران" (a third probe:
    # Russia with Syria, Iran, China, the US, Egypt; US-Iran, Saudi Arabia-Iran, Turkey-Syria; 76 articles)
    assert one("واتهم الرئيس الروسي عددا من الموقوفين بنقل معلومات إلى جهات على صلة بفيتنام.", published="2018-10-05",
               partners=("VN",)).empty
    for text in ("واتهم الرئيس الروسي، الخميس، فيتنام بالتجسس.", "واتهم وزير الخارجية الروسي سيرغي لافروف فيتنام بالتجسس."):
        assert [r.cameo_code for r in one(text, published="2018-10-05", partners=("VN",)).itertuples()] == ["112"]


def test_studying_a_measure_is_a_plan():
    # "أعلن البيت الأبيض أنه يدرس فرض عقوبات إضافية على روسيا": not imposed yet
    ev = one("وقال المتحدث إن واشنطن تدرس فرض عقوبات جديدة على روسيا.", published="2018-02-22", partners=("US",))
    assert [r.status for r in ev.itertuples()] == ["intent"]
    ev = one("وفرضت واشنطن عقوبات على روسيا الأربعاء.", published="2018-02-22", partners=("US",))
    assert [r.status for r in ev.itertuples()] == ["reported"]


def test_the_two_leaders_are_the_two_named_together_before():
    # "ترامب والأمير محمد بن سلمان ناقشا التهديد …، بمساعدة الحرس الثوري الإيراني، كما ناقش الزعيمان …" gave Saudi
    # Arabia -> Iran 040: the two leaders are Trump and the crown prince
    text = ("وذكر البيان أن ترامب والرئيس الروسي ناقشا التهديد الذي يمثله الحوثيون، بمساعدة الحرس الثوري الإيراني، "
            "كما ناقش الزعيمان الخطوات الإضافية.")
    assert one(text, published="2018-03-21", partners=("IR",)).empty
    ev = one("والتقى بوتين وروحاني أمس، وناقش الزعيمان الوضع في سوريا.", published="2018-03-21", partners=("IR",))
    assert [(r.source, r.target, r.cameo_code[:2]) for r in ev.itertuples()] == [("RU", "IR", "04")]


def test_a_place_named_after_the_capital_is_a_place():
    # "طالب أردوغان، الغرب بالالتفات إلى الضحايا الذين يسقطون في غوطة دمشق الشرقية" gave Turkey -> Syria 100
    assert one("طالب الرئيس التركي، الغرب بالالتفات إلى الضحايا الذين يسقطون في ريف دمشق.", published="2018-04-08",
               focus="TR", partners=("SY",)).empty
    ev = one("وطالبت أنقرة دمشق بوقف القصف.", published="2018-04-08", focus="TR", partners=("SY",))
    assert [(r.source, r.target, r.cameo_code) for r in ev.itertuples()] == [("TR", "SY", "100")]


def test_a_colon_and_its_quotation_end_a_nouns_phrase():
    # "… في قمة الدول الضامنة لمسار مفاوضات أستانة: "لقد ذكرنا أن الهجوم … على سوريا": Syria is in the quotation
    text = ('وقال لافروف بعد لقائه نظيره التركي في قمة الدول الضامنة لمسار مفاوضات أستانة: "لقد ذكرنا أن الهجوم '
            'غير القانوني على سوريا تم بذريعة مختلقة، وهذا الهجوم أعاد التسوية إلى الوراء".')
    assert one(text, published="2018-04-28", focus="TR", partners=("SY",)).empty


@pytest.mark.parametrize("text,status", [
    ("وقد تم توقيع الاتفاق بين روسيا وفيتنام أمس.", "reported"),        # "has been signed"
    ("وقال إن روسيا قد توجهت إلى فيتنام لإصلاح العلاقات.", "reported"),  # "has gone" (a past verb after قد)
    ("وقال لافروف إنه قد يلتقي نظيره الفيتنامي الشهر المقبل.", "hypothetical"),  # "may meet"
])
def test_qad_before_a_past_verb_is_no_hypothesis(text, status):
    ev = one(text, published="2018-04-16", partners=("VN",))
    assert [r.status for r in ev.itertuples()] == [status]


def test_a_meeting_in_an_adjunct_after_an_opening_adjunct_is_the_subjects():
    # "في محاولة لتجنيب محافظة إدلب …، تناول وزير الخارجية التركي مولود تشاوش أوغلو، خلال لقاء مع نظيره الروسي سيرغي
    # لافروف في أنقرة الثلاثاء، …" was missed (the sentence opens with an adjunct, so its first actor is not the subject)
    text = ("في محاولة لتهدئة الوضع، بحث وزير الخارجية الروسي سيرغي لافروف، خلال لقاء مع نظيره الفيتنامي في هانوي "
            "الثلاثاء، ملف الأمن.")
    ev = one(text, published="2018-08-15", partners=("VN",))
    assert [(r.source, r.target, r.cameo_code, r.status, r.date_start) for r in ev.itertuples()] == [
        ("RU", "VN", "040", "reported", "2018-08-14")]
    # the other side of the meeting is a third party: nothing
    assert one("في محاولة لتهدئة الوضع، بحث وزير الخارجية الروسي، خلال لقاء مع نظيره الصيني، ملف فيتنام.",
               published="2018-08-15", partners=("VN",)).empty


@pytest.mark.parametrize("name", ["سيرغي لافروف", "سيرجي لافروف"])
def test_sergei_is_no_future_prefix(name):
    # "بحث وزير الخارجية الروسي سيرغي لافروف، خلال لقاء مع نظيره …": س + ي of the name read as "will" (a planned meeting)
    ev = one(f"وبحث وزير الخارجية الروسي {name}، خلال لقاء مع نظيره الفيتنامي في هانوي الثلاثاء، ملف الأمن.",
             published="2018-08-15", partners=("VN",))
    assert [(r.cameo_code, r.status) for r in ev.itertuples()] == [("040", "reported")]
    ev = one("وقال إن الرئيس الروسي سيرغب في زيارة فيتنام.", published="2018-08-15", partners=("VN",))
    assert [r.status for r in ev.itertuples()] == ["intent"]


# ------------------------------------------------------------------ session 21: any pair without hand rows (jo-kw classes)
@pytest.mark.parametrize("text,focus,partner,src,code", [
    ("أشاد العاهل المغربي بمواقف إسبانيا الداعمة", "MA", "ES", "MA", "051"),
    ("واستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح العاهل الأردني الملك عبدالله الثاني الأحد", "JO", "KW", None, "043"),
    ("وأشاد ملك البحرين بدعم سلطنة عمان", "BH", "OM", "BH", "051"),
])
def test_monarchs_and_emirs_are_their_countries(text, focus, partner, src, code):
    ev = one(text, published="2018-06-05", focus=focus, partners=(partner,))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"] == code
    assert {ev.loc[0, "source"], ev.loc[0, "target"]} == {focus, partner}
    if src is not None:
        assert ev.loc[0, "source"] == src


def test_the_kings_name_after_his_title_is_the_king_and_a_deputys_offices_are_one_guest():
    ev = one("استقبل ملك البحرين الملك حمد بن عيسى آل خليفة، في قصر الصخير، الثلاثاء، نائب رئيس مجلس الوزراء ووزير "
             "الخارجية العماني", published="2018-06-07", focus="BH", partners=("OM",))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"] == "043" and ev.loc[0, "date_start"] == "2018-06-05"


def test_a_mentioned_country_of_ours_keeps_its_form():
    from marsad.events.actors import _third_party_index
    mentions = pd.DataFrame([{"doc_id": "d", "section": "paragraph", "position": 0, "entity_id": "JO",
                              "entity_type": "country", "form": "capital", "surface": "عمّان", "start": 3, "end": 8}])
    (row,) = _third_party_index(mentions, ("JO", "KW"))[("d", "paragraph", 0)]
    assert row[2] == "JO" and row[5] == "country" and row[6] == "capital"


def test_partners_listed_after_with_are_each_the_other_side():
    ev = one("ووقعت الحكومة المغربية مع تونس والجزائر وليبيا، الأربعاء، اتفاقيات تجارية",
             published="2018-10-05", focus="MA", partners=("TN",))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"] == "057" and ev.loc[0, "date_start"] == "2018-10-03"
    assert one("واتفقت الحكومة المغربية على التعاون مع أكثر من عشر دول بينها تونس والجزائر وليبيا",
               focus="MA", partners=("TN",)).empty


@pytest.mark.parametrize("text,focus,partner", [
    ("التقى ناريندرا مودي نظيره شينزو آبي في طوكيو", "IN", "JP"),
    ("وبحث أمير الكويت الشيخ صباح الأحمد مع الباجي قائد السبسي العلاقات الثنائية", "KW", "TN"),
    ("واستقبل الملك محمد السادس وزير الخارجية الجزائري عبد القادر مساهل", "MA", "DZ"),
])
def test_heads_of_state_and_government_and_foreign_ministers_of_the_table(text, focus, partner):
    ev = one(text, published="2018-05-02", focus=focus, partners=(partner,))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"][:2] == "04"
    assert {ev.loc[0, "source"], ev.loc[0, "target"]} == {focus, partner}


def test_a_table_leaders_last_word_is_no_surname():
    corpus = make_corpus([("d1", "2018-06-05", "src", [
        ("paragraph", "استقبل الملك عبدالله الثاني أمير الكويت الشيخ صباح الأحمد الجابر الصباح في عمان."),
        ("paragraph", "وأشاد المنتخب الثاني بالكويت صباح الأحد.")])])
    ev = extract_events(corpus, focus="JO", partners=("KW",))
    ev = ev[ev["kind"] == "event"]
    assert list(ev["cameo_code"]) == ["043"]


def test_guests_received_one_after_the_other_are_each_received():
    ev = one("استقبل الرئيس التونسي في قصر قرطاج، الخميس، وزير المالية الجزائري محمد لوكال، ووزير المالية المغربي "
             "محمد بنشعبون، ووزير المالية الليبي فرج بومطاري", published="2018-10-05", focus="TN", partners=("MA",))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"] == "043" and ev.loc[0, "date_start"] == "2018-10-04"


def test_states_thanked_in_a_list_with_their_titles_are_each_thanked():
    ev = one('وأعرب الرئيس التونسي، خلال اللقاء، عن "تقديره للجزائر ودولة المغرب ودولة ليبيا على دعمها"',
             published="2018-10-05", focus="TN", partners=("MA",))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"] == "051" and (ev.loc[0, "source"], ev.loc[0, "target"]) == ("TN", "MA")


def test_a_participle_phrase_on_standing_ties_leaves_the_act_before_it():
    ev = one("وأعرب الرئيس التونسي عن تقديره لدولة المغرب على دعمها، مؤكدا عمق العلاقات الأخوية التي تربط تونس مع "
             "المغرب", published="2018-10-05", focus="TN", partners=("MA",))
    assert list(ev["cameo_code"]) == ["051"]


@pytest.mark.parametrize("text", ["وأكد وزير الخارجية القطري أن قطر تقف إلى جانب تركيا",
                                  "وشدد على وقوف دولة قطر إلى جانب تركيا في مختلف الظروف"])
def test_standing_by_the_other_side_is_support(text):
    ev = one(text, focus="QA", partners=("TR",))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"] == "051" and ev.loc[0, "source"] == "QA"


@pytest.mark.parametrize("text,focus,partner", [("وأعلنت الكويت إعادة جدولة ديون الأردن بقيمة 300 مليون دولار", "KW", "JO"),
                                                ("أعلنت روسيا شطب ديون كوبا", "RU", "CU")])
def test_rescheduling_or_writing_off_debts_is_economic_aid(text, focus, partner):
    ev = one(text, focus=focus, partners=(partner,))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"] == "071" and ev.loc[0, "source"] == focus


def test_support_conveyed_in_the_sentence_of_a_dated_visit_is_dated_by_it():
    ev = one("استقبل الرئيس التونسي في قصر قرطاج، الاثنين، وزير الخارجية المغربي، حيث نقل تحيات العاهل المغربي، "
             "وتأكيده على وقوف دولة المغرب إلى جانب تونس في مختلف الظروف", published="2018-06-05", focus="TN",
             partners=("MA",))
    support = ev[ev["cameo_code"] == "051"]
    assert len(support) == 1 and support.iloc[0]["source"] == "MA" and support.iloc[0]["date_start"] == "2018-06-04"


# ------------------------------------------------------------------ session 22 (fr-us read for errors)
def test_a_may_word_inside_the_reporting_frame_is_not_the_acts_modality():
    # "لو" of "برونو لو مير" sits before the frame's "إن": the refusal is not hypothetical
    ev = one('قال وزير الاقتصاد الفرنسي، برونو لو مير، إن فرنسا لن تتفاوض "تحت الضغط" مع الولايات المتحدة في شأن '
             'الرسوم الجمركية على واردات الصلب والألمنيوم.', published="2018-06-01", focus="FR", partners=("US",))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"][:2] == "12" and ev.loc[0, "status"] == "denied"


def test_a_may_word_after_the_frame_still_makes_the_act_hypothetical():
    ev = one("قال لافروف إن روسيا قد تلتقي مع كوريا الشمالية قريبا", published="2018-06-01")
    assert len(ev) == 1 and ev.loc[0, "status"] == "hypothetical"


def test_telling_the_other_side_its_act_is_illegal_is_criticism():
    ev = one('وأبلغ الرئيس الفرنسي إيمانويل ماكرون نظيره الأميركي دونالد ترامب في اتصال هاتفي ليل أمس الخميس بأن '
             'قراره فرض رسوم على استيراد الصلب والألمنيوم من الاتحاد الأوروبي "غير شرعي" و"خطأ"، مشددا على أن '
             'الاتحاد الأوروبي سيرد على قرار ترمب "بطريقة حازمة ومتناسبة" بحسب بيان صادر عن الإليزيه.',
             published="2018-06-01", focus="FR", partners=("US",))
    assert sorted(ev["cameo_code"]) == ["041", "111"]
    assert set(ev["date_start"]) == {"2018-05-31"}


def test_telling_the_other_side_something_neutral_stays_a_statement():
    ev = one("أبلغ بوتين نظيره الكوري الشمالي كيم جونغ أون أن روسيا مستعدة لتوسيع التعاون.", published="2018-06-01")
    assert "111" not in set(ev["cameo_code"]) and "010" in set(ev["cameo_code"])


def test_rejecting_the_other_sides_remarks_is_criticism():
    ev = one('ومن جانب آخر أعربت فرنسا السبت عن "رفضها الشديد" لتصريحات الرئيس الأمريكي دونالد ترامب حول هجمات '
             'باريس.', published="2018-05-05", focus="FR", partners=("US",))
    assert len(ev) == 1 and ev.loc[0, "cameo_code"] == "111" and ev.loc[0, "date_start"] == "2018-05-05"


@pytest.mark.parametrize("text,root", [("ورفضت موسكو مطالب بيونغ يانغ.", "12"),
                                       ("ورفضت موسكو تصريحات بيونغ يانغ.", "11")])
def test_rejecting_demands_is_rejection_and_rejecting_remarks_criticism(text, root):
    ev = one(text, published="2018-06-01")
    assert len(ev) == 1 and ev.loc[0, "cameo_code"][:2] == root and ev.loc[0, "source"] == "RU"


def test_an_imperfect_verb_with_from_when_is_a_planned_visit():
    ev = one("ويقوم إيمانويل ماكرون اعتبارا من الاثنين بزيارة دولة تستمر ثلاثة أيام في الولايات المتحدة سيستقبله "
             "خلالها ترامب في البيت الأبيض.", published="2018-04-21", focus="FR", partners=("US",))
    assert list(ev["cameo_code"]) == ["036"] and ev.loc[0, "status"] == "intent"
    assert ev.loc[0, "date_start"] == "2018-04-23"


@pytest.mark.parametrize("text,focus,partner", [
    ("انتقد الرئيس الفرنسي السابق فرانسوا هولاند الرئيس الأمريكي دونالد ترامب.", "FR", "US"),
    ("وانتقد هولاند، الرئيس الفرنسي السابق، ترامب.", "FR", "US"),
    ("انتقد رئيس الوزراء الفرنسي السابق مانويل فالس الولايات المتحدة.", "FR", "US"),
    ("التقى وزير الخارجية الروسي السابق إيغور إيفانوف الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ.", "RU", "KP"),
    ("انتقد الرئيس الفرنسي إيمانويل ماكرون الرئيس الأمريكي السابق باراك أوباما.", "FR", "US")])
def test_a_former_office_holder_does_not_act_for_the_state(text, focus, partner):
    assert one(text, published="2018-04-21", focus=focus, partners=(partner,)).empty


def test_a_serving_leader_still_acts_for_the_state():
    ev = one("انتقد الرئيس الفرنسي فرانسوا هولاند الرئيس الأمريكي دونالد ترامب.", published="2017-03-21", focus="FR",
             partners=("US",))
    assert len(ev) == 1 and (ev.loc[0, "source"], ev.loc[0, "target"]) == ("FR", "US")


def test_criticising_media_reports_is_no_act_on_the_other_side():
    ev = one("انتقد الرئيس الفرنسي، #إيمانويل_ماكرون، مساء الجمعة، تقارير إعلامية تحدثت عن مضمون لقائه مع نظيره "
             "الأميركي #دونالد_ترمب، مشدداً على أن ما يجري خلف الأبواب المغلقة لابد أن يبقى كذلك.",
             published="2018-06-30", focus="FR", partners=("US",))
    assert "111" not in set(ev["cameo_code"])


def test_criticism_said_in_an_interview_with_a_newspaper_still_targets_the_other_side():
    ev = one("انتقد ماكرون في مقابلة مع صحيفة لوموند الرئيس الأمريكي ترامب.", published="2018-06-30", focus="FR",
             partners=("US",))
    assert list(ev["cameo_code"]) == ["111"]


@pytest.mark.parametrize("text", [
    "وكانت تقارير إعلامية أميركية قالت إن الرئيس الفرنسي تلقى اقتراحاً من نظيره الأميركي، لمغادرة الاتحاد الأوروبي، "
    "وذلك أثناء القمة التي جمعتهما في البيت الأبيض في أبريل/نيسان الماضي.",
    'والخميس، ذكرت صحيفة "واشنطن بوست" الأميركية أن ترمب سأل ماكرون خلال اجتماعهما في أبريل الماضي: لماذا لا تترك '
    "الاتحاد الأوروبي؟"])
def test_the_twos_own_meeting_named_in_an_adjunct_is_a_meeting(text):
    ev = one(text, published="2018-06-30", focus="FR", partners=("US",))
    meet = ev[ev["cameo_code"].str.startswith("04")]
    assert len(meet) == 1 and meet.iloc[0]["date_start"] == "2018-04-01" and meet.iloc[0]["precision"] == "month"


def test_a_question_asked_by_a_speaker_label_still_asserts_nothing():
    assert one("مراسلة: هل يلتقي بوتين الزعيم الكوري الشمالي كيم جونغ أون قريبا؟", published="2018-06-30").empty


def _doc(paragraphs, published, focus, partner):
    ev = extract_events(make_corpus([("d1", published, "src", [("paragraph", p) for p in paragraphs])]), focus=focus,
                        partners=(partner,))
    return ev[ev["kind"] == "event"].reset_index(drop=True)


LE_MAIRE = ['قال وزير الاقتصاد الفرنسي، برونو لو مير، إن فرنسا لن تتفاوض "تحت الضغط" مع الولايات المتحدة في شأن '
            "#الرسوم_الجمركية على واردات الصلب والألمنيوم.",
            'وصرح لو مير للصحافة في مونتريال قبل وصوله إلى ويستلر (كندا) حيث سيشارك في اجتماع مجموعة السبع "نحن نرفض '
            "التفاوض تحت الضغط.",
            'وقال "لقد التقيت صباح اليوم وزير التجارة الأميركي ويلبر روس وأوضحت له أن دول #الاتحاد_الأوروبي لن توافق '
            'أبدًا على التفاوض تحت الضغط".',
            'وشدد على أن الأوروبيين لا يستطيعون فهم مثل هذا القرار الأميركي ضد "الحلفاء المقربين".',
            'وأضاف "نعتقد بشكل راسخ أن القرار الذي اتخذته الادارة الأميركية غير مقبول، غير مبرر، وستكون له عواقب وخيمة '
            'على #الاقتصاد_العالمي".']


def test_the_speakers_meeting_told_in_the_first_person_in_a_quotation():
    ev = _doc(LE_MAIRE, "2018-06-01", "FR", "US")
    meet = ev[ev["cameo_code"] == "040"]
    assert len(meet) == 1 and meet.iloc[0]["source"] == "FR" and meet.iloc[0]["target"] == "US"
    # "صباح اليوم" is the morning of his undated words, not the article's day
    assert meet.iloc[0]["precision"] == "before-publication"


def test_the_speakers_quoted_opinion_that_the_other_sides_decision_is_unacceptable_is_criticism():
    ev = _doc(LE_MAIRE, "2018-06-01", "FR", "US")
    crit = ev[ev["cameo_code"] == "111"]
    assert len(crit) == 1 and "غير مقبول" in crit.iloc[0]["sentence"] and crit.iloc[0]["source"] == "FR"


def test_a_quotation_with_no_speaker_of_ours_before_it_gives_no_event():
    ev = _doc(["قال المحلل السياسي جون سميث إن الأزمة ستطول.",
               'وأضاف "نعتقد أن القرار الذي اتخذته الادارة الأميركية غير مقبول".'], "2018-06-01", "FR", "US")
    assert ev.empty


def test_the_american_administration_is_the_united_states():
    ev = one("فرضت الإدارة الأمريكية عقوبات جديدة على روسيا.", published="2018-06-01", partners=("US",))
    assert len(ev) == 1 and (ev.loc[0, "source"], ev.loc[0, "target"]) == ("US", "RU")
    assert ev.loc[0, "cameo_code"] == "163"


def test_a_plan_made_during_a_visit_leaves_the_visit_reported():
    ev = one("ماكرون يسعى لعقد صفقات اقتصادية ضخمة خلال زيارته لواشنطن", published="2018-04-24", focus="FR",
             partners=("US",))
    assert len(ev) == 1 and ev.loc[0, "status"] == "reported" and ev.loc[0, "cameo_code"][:2] == "04"


def test_an_upcoming_visit_in_an_adjunct_is_still_planned():
    ev = one("سيبحث بوتين مع كيم خلال زيارته المقبلة إلى بيونغ يانغ التعاون الاقتصادي", published="2018-04-24")
    assert len(ev) == 1 and ev.loc[0, "status"] == "intent"


def test_the_plan_for_the_day_a_visit_is_reported_on_is_that_visit():
    ev = _doc(["وصل الاثنين الرئيس الفرنسي إيمانويل ماكرون إلى الولايات المتحدة الأمريكية في زيارة دولة تستمر ثلاثة "
               "أيام.",
               "وستبدأ الزيارة الاثنين بقيام الرئيسين بزرع غرسة سنديان تقدمة الفرنسيين في حديقة البيت الأبيض."],
              "2018-04-23", "FR", "US")
    assert len(ev) == 1 and ev.loc[0, "status"] == "reported" and ev.loc[0, "date_start"] == "2018-04-23"
    assert ev.loc[0, "n_mentions"] == 2 and ev.loc[0, "sentence"].startswith("وصل الاثنين")


# ------------------------------------------------------------------ session 23 (ru-mix, development data)
def test_future_meeting_verb_is_an_intent():
    # ru-mix, Al Arabiya 13 July 2018: "سيجتمع مع" (the imperfect of اجتمع after the future س) is a planned meeting (036)
    ev = one("قال ديمتري بيسكوف، المتحدث باسم الكرملين، اليوم الجمعة، إن الرئيس الروسي فلاديمير بوتين سيجتمع مع "
             "الرئيس السوداني عمر البشير في موسكو قبل نهائي كأس العالم لكرة القدم يوم الأحد.",
             published="2018-07-13", partners=("SD",))
    assert len(ev) == 1
    row = ev.iloc[0]
    assert (row["actor1"], row["actor2"], row["cameo_code"], row["status"]) == ("RU", "SD", "036", "intent")


def test_present_meeting_verb_with_the_other_side_is_a_meeting():
    # the imperfect without the future prefix, reported as happening: a meeting (040), reported
    ev = one("بوتين يجتمع مع الرئيس السوداني عمر البشير في موسكو.", published="2018-07-14", partners=("SD",))
    assert len(ev) == 1
    row = ev.iloc[0]
    assert (row["cameo_code"][:2], row["status"]) == ("04", "reported")
    # "تجتمع مع العائلة" names no second state: no event
    assert one("وقالت إنها تجتمع مع العائلة في موسكو كل عام.", published="2018-07-14", partners=("SD",)).empty


def test_call_verb_is_a_phone_call_dated_by_its_weekday():
    # ru-mix, Al Arabiya Thursday 22 March 2018: "اتصل ب" is a phone call (041), dated by "الخميس"
    ev = one("وأضافت الوكالة أن بوتين اتصل بالرئيس السوداني، الخميس، لبحث العلاقات الثنائية.",
             published="2018-03-22", partners=("SD",))
    assert len(ev) == 1
    row = ev.iloc[0]
    assert (row["actor1"], row["actor2"], row["cameo_code"], row["status"]) == ("RU", "SD", "041", "reported")
    assert (row["date_start"], row["precision"]) == ("2018-03-22", "day")


def test_related_to_is_no_call():
    # "فيما يتصل ب" (as regards) is no call verb (the cue is the perfect اتصل + ب only)
    assert one("وقال بوتين إن روسيا تدعم السودان فيما يتصل بإيقاف الحرب في البلاد.", published="2018-03-22",
               partners=("SD",)).query("cameo_code.str.startswith('04')", engine="python").empty


_BASHIR_FRIDAY = "يزور الرئيس السوداني، عمر البشير، روسيا الجمعة، وفق ما نسبت وكالة الإعلام الروسية إلى السفارة السودانية."


def test_present_visit_with_a_coming_weekday_is_a_plan_of_that_day():
    # ru-mix, Al Arabiya Thursday 12 July 2018: the imperfect visit verb with the next day's weekday is the plan (036),
    # dated Friday 13 July (not the Friday before)
    ev = one(_BASHIR_FRIDAY, published="2018-07-12", partners=("SD",))
    assert len(ev) == 1
    row = ev.iloc[0]
    assert (row["cameo_code"], row["status"]) == ("036", "intent")
    assert (row["date_start"], row["date_end"], row["precision"]) == ("2018-07-13", "2018-07-13", "day")


def test_present_visit_with_a_weekday_far_ahead_is_the_last_such_day():
    # the same sentence read on Sunday 8 July: "الجمعة" five days ahead is the Friday before, told in the present
    ev = one(_BASHIR_FRIDAY, published="2018-07-08", partners=("SD",))
    assert len(ev) == 1
    row = ev.iloc[0]
    assert (row["cameo_code"], row["status"], row["date_start"]) == ("042", "reported", "2018-07-06")


def test_affirmed_support_is_verbal_support():
    # ru-mix, Al Arabiya 22 March 2018: "أكد استمرار بلاده في دعم السودان" is verbal support (051), not the economy
    # named after it (061)
    ev = one("وذكرت أن الرئيس الروسي \"أكد استمرار بلاده في دعم السودان وزيادة الاستثمارات الروسية في السودان\".",
             published="2018-03-22", partners=("SD",))
    assert ("RU", "SD", "051", "reported") in set(zip(ev["actor1"], ev["actor2"], ev["cameo_code"], ev["status"]))


def test_wilbur_ross_is_no_russia():
    # after fr-us, Al Arabiya 1 June 2018 (Le Maire met Wilbur Ross): "ويلبر روس" is the US commerce secretary; with Russia among the partners the
    # meeting stays France–United States and no row names Russia
    ev = one("والتقى وزير الاقتصاد الفرنسي برونو لومير وزير التجارة الأميركي ويلبر روس في باريس.",
             published="2018-06-01", focus="FR", partners=("US", "RU"))
    assert not ev.empty and "RU" not in set(ev["actor1"]) | set(ev["actor2"])
    assert one("والتقى وزير الخارجية الصيني ويلبر روس في بكين.", published="2018-06-03", focus="RU",
               partners=("CN",)).empty


def test_a_stated_wish_is_an_intent_not_a_done_act():
    # AL-internationalNews-1929-20180713: the wish for military cooperation is an intent (031), not cooperation done
    ev = one("وصرح البشير أثناء زيارته عن رغبة بلاده في تطوير التعاون العسكري مع روسيا، لتحديث قواته المسلحة.",
             published="2018-07-13", focus="RU", partners=("SD",))
    wish = ev[ev["cameo_code"].astype(str).str.startswith("03")]
    assert len(wish) == 1 and wish.iloc[0]["status"] == "intent" and wish.iloc[0]["source"] == "SD"
    assert not ev["cameo_code"].astype(str).str.startswith("06").any()
    ev = one("وأعرب الرئيس الفيتنامي عن رغبته في تعزيز التعاون العسكري مع روسيا.", published="2018-05-24",
             focus="RU", partners=("VN",))
    assert list(ev["status"]) == ["intent"] and str(ev.iloc[0]["cameo_code"]).startswith("03")


def test_departure_on_a_visit_with_the_name_set_off_by_commas_is_a_visit_by_the_traveller():
    # AL-internationalNews-1929-20180713: "وتوجه الرئيس السوداني، عمر البشير، إلى موسكو، الجمعة، في زيارة رسمية"
    ev = one("وتوجه الرئيس السوداني، عمر البشير، إلى موسكو، الجمعة، في زيارة رسمية يجري خلالها مباحثات مع الرئيس "
             "الروسي فلاديمير بوتين.", published="2018-07-13", focus="RU", partners=("SD",))
    visit = ev[ev["cameo_code"] == "042"]
    assert len(visit) == 1
    row = visit.iloc[0]
    assert (row["source"], row["target"], row["status"]) == ("SD", "RU", "reported")
    assert (row["date_start"], row["precision"]) == ("2018-07-13", "day")
    ev = one("وغادر بوتين كوريا الشمالية متوجها إلى فيتنام.", focus="RU", partners=("VN",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("RU", "VN", "042")]


def test_a_plan_told_today_stays_next_to_the_arrival_of_that_day():
    text = ("قال ديمتري بيسكوف، المتحدث باسم الكرملين، اليوم الجمعة، إن الرئيس الروسي فلاديمير بوتين سيجتمع مع الرئيس "
            "السوداني عمر البشير في موسكو قبل نهائي كأس العالم لكرة القدم يوم الأحد.\n"
            "وتوجه الرئيس السوداني، عمر البشير، إلى موسكو، الجمعة، في زيارة رسمية يجري خلالها مباحثات مع الرئيس "
            "الروسي فلاديمير بوتين.")
    ev = one(text, published="2018-07-13", focus="RU", partners=("SD",))
    assert {"036", "042"} <= set(ev["cameo_code"].astype(str))


def test_agreements_signed_by_the_pair_in_a_where_clause_after_the_visit():
    # AL-internationalNews-1929-20180713: the visitor is the subject of "حيث التقى", and "ووقعا" is that pair (057),
    # at the time of the visit
    ev = one("وزار الرئيس السوداني عمر البشير روسيا آخر مرة في نوفمبر الماضي، حيث التقى نظيره الروسي، ووقعا عددا من "
             "الاتفاقيات.", published="2018-07-13", focus="RU", partners=("SD",))
    signed = ev[ev["cameo_code"] == "057"]
    assert len(signed) == 1 and signed.iloc[0]["status"] == "reported"
    assert {signed.iloc[0]["source"], signed.iloc[0]["target"]} == {"SD", "RU"}
    assert (signed.iloc[0]["date_start"], signed.iloc[0]["precision"]) == ("2017-11-01", "month")
    ev = one("وعقد بوتين وكيم محادثات في بيونغ يانغ، ووقع الجانبان معاهدة شراكة استراتيجية شاملة.",
             focus="RU", partners=("KP",))
    assert "057" in set(ev["cameo_code"].astype(str))


def test_a_where_clause_with_a_third_party_takes_no_subject_from_the_visit():
    ev = one("وزار الرئيس السوداني عمر البشير روسيا في نوفمبر الماضي، حيث التقى الرئيس التركي رجب طيب أردوغان.",
             published="2018-07-13", focus="RU", partners=("SD",))
    assert list(ev["cameo_code"].astype(str)) == ["042"]


def test_the_particle_lu_inside_a_name_is_no_condition():
    # AL-economy-713-20180601: "برونو لو مير" is a name, not "if"; the conditional لو still makes a hypothetical
    ev = one('قال وزير الاقتصاد الفرنسي، برونو لو مير، وقال "لقد التقيت صباح اليوم وزير التجارة الأميركي ويلبر روس '
             'وأوضحت له أن دول #الاتحاد_الأوروبي لن توافق أبدًا على التفاوض تحت الضغط"', published="2018-06-01",
             focus="FR", partners=("US", "RU"))
    met = ev[ev["cameo_code"] == "040"]
    assert len(met) == 1 and met.iloc[0]["status"] == "reported"
    ev = one("وقال الوزير إن فرنسا لو فرضت رسوما على واشنطن فإنها ستنتقد الولايات المتحدة.", published="2018-06-01",
             focus="FR", partners=("US",))
    assert len(ev) and set(ev["status"]) == {"hypothetical"}  # the criticism and (since session 32) the tariffs


# ------------------------------------------------------------------ session 23: classes read on ru-mix (was blind-ru-mix)
def test_an_apposition_between_commas_is_the_subject_of_the_phrase_after_it():
    # AL-internationalNews-579-20180322: "الرئيس الروسي، فلاديمير بوتين، قبل دعوة من الرئيس السوداني، عمر البشير،
    # لزيارة السودان": the name between commas is the person before them; the visit is his plan
    ev = one("قالت وكالة الأنباء السودانية الرسمية، الخميس، إن الرئيس الروسي، فلاديمير بوتين، قبل دعوة من الرئيس "
             "السوداني، عمر البشير، لزيارة السودان.", published="2018-03-22", focus="RU", partners=("SD",))
    assert list(ev["cameo_code"].astype(str)) == ["036"] and list(ev["status"]) == ["intent"]
    # a future verb after the apposition is a verb (its subject before the commas), not a noun of its own phrase
    ev = one("وقال الكرملين إن الرئيس الروسي، فلاديمير بوتين، سيزور السودان الشهر المقبل.", published="2018-03-22",
             focus="RU", partners=("SD",))
    assert list(ev["cameo_code"].astype(str)) == ["036"] and ev.iloc[0]["date_start"] == "2018-04-01"
    # a comma-bounded name of a third party is no apposition of ours
    ev = one("إن الرئيس الروسي، رجب طيب أردوغان، قبل دعوة من الرئيس السوداني لزيارة السودان.",
             published="2018-03-22", focus="RU", partners=("SD",))
    assert ev.empty


def test_an_accepted_invitation_and_the_planned_visit_are_one_plan():
    text = ("بوتين سيزور السودان. قالت وكالة الأنباء السودانية الرسمية، الخميس، إن الرئيس الروسي، فلاديمير بوتين، قبل "
            "دعوة من الرئيس السوداني، عمر البشير، لزيارة السودان.")
    ev = one(text, published="2018-03-22", focus="RU", partners=("SD",))
    assert list(ev["cameo_code"].astype(str)) == ["036"]
    # an invitation not (yet) accepted stays a plan of its own next to the visit
    ev = one("بوتين سيزور السودان في مارس. ودعا الرئيس السوداني عمر البشير الرئيس الروسي إلى زيارة الخرطوم.",
             published="2018-02-22", focus="RU", partners=("SD",))
    assert len(ev) == 2


def test_what_is_said_during_his_visit_takes_the_date_of_the_visit_told_before():
    # AL-internationalNews-1929-20180713: the wish stated "أثناء زيارته" belongs to the November visit
    ev = one("وزار الرئيس السوداني عمر البشير روسيا آخر مرة في نوفمبر الماضي، حيث التقى نظيره الروسي. وصرح البشير أثناء "
             "زيارته عن رغبة بلاده في تطوير التعاون العسكري مع روسيا، لتحديث قواته المسلحة.", published="2018-07-13",
             focus="RU", partners=("SD",))
    wish = ev[ev["cameo_code"] == "031"]
    assert len(wish) == 1 and (wish.iloc[0]["date_start"], wish.iloc[0]["precision"]) == ("2017-11-01", "month")
    assert list(ev[ev["cameo_code"].astype(str).str.startswith("04")]["date_start"]) == ["2017-11-01"]
    # without a visit told before, it stays undated
    ev = one("وصرح البشير أثناء زيارته عن رغبة بلاده في تطوير التعاون العسكري مع روسيا.", published="2018-07-13",
             focus="RU", partners=("SD",))
    assert ev.iloc[0]["precision"] == "before-publication"


def test_the_year_of_an_election_named_in_the_charge_is_not_the_sanctions_date():
    # FR-internationalNews-450-20180315: "لعام 2016" dates the elections the charge is about
    ev = one("فرضت الإدارة الأمريكية عقوبات على أبرز أجهزة الاستخبارات الروسية وشخصيات أخرى بتهمة محاولة التأثير على "
             "نتيجة الرئاسيات الأمريكية لعام 2016.", published="2018-03-15", focus="RU", partners=("US",))
    assert list(ev["cameo_code"].astype(str)) == ["163"] and ev.iloc[0]["precision"] == "before-publication"
    # a year that governs the act itself still dates it
    ev = one("وزار بوتين الولايات المتحدة عام 2016.", published="2018-03-15", focus="RU", partners=("US",))
    assert (ev.iloc[0]["date_start"], ev.iloc[0]["precision"]) == ("2016-01-01", "year")


def test_a_date_inside_an_act_named_after_the_cue_is_that_acts():
    # FR-internationalNews-508-20180318: 4 March is when the spy was found, not when London accused Moscow
    ev = one("وهذه المرة الأولى التي يتطرق فيها الرئيس الروسي إلى هذه القضية منذ أن وجهت لندن الاتهام لروسيا بعد "
             "العثور على الجاسوس الروسي السابق سيرغي سكريبال وابنته يوليا فاقدي الوعي وأدخلا المستشفى في 4 آذار/مارس "
             "في حال حرجة.", published="2018-03-18", focus="RU", partners=("GB",))
    acc = ev[ev["cameo_code"] == "112"]
    assert len(acc) == 1 and acc.iloc[0]["precision"] == "before-publication"
    # the afternoon of a day, and what follows a summit, keep the date
    ev = one("والتقى بوتين رئيسة الوزراء البريطانية بعد ظهر الأحد في موسكو.", published="2018-03-18", focus="RU",
             partners=("GB",))
    assert ev.iloc[0]["date_start"] == "2018-03-18"
    ev = one("أعلن البلدان اتفاقا لنزع السلاح النووي من شبه الجزيرة في أعقاب قمة تاريخية بين كيم جونغ أون ومون جاي إن "
             "الجمعة.", published="2018-04-27", focus="KR", partners=("KP",))
    assert "2018-04-27" in set(ev["date_start"])


def test_a_resumptive_in_it_between_verb_and_subject_is_transparent():
    # CN-internationalNews-164-20180321 ("في وقت وجهت فيه بريطانيا أصابع الاتهام نحو روسيا"): فيه stands between the
    # verb and its subject
    ev = one("في وقت وجهت فيه بريطانيا أصابع الاتهام نحو روسيا، وبالأخص اتهام جونسون لضلوع بوتين مباشرة بإصدار أمر "
             "الاغتيال.", published="2018-03-21", focus="RU", partners=("GB",))
    assert list(ev["cameo_code"].astype(str)) == ["112"] and (ev.iloc[0]["source"], ev.iloc[0]["target"]) == ("GB", "RU")
    ev = one("وأصدرت الخارجية البريطانية بيانا اتهمت فيه روسيا بالوقوف وراء الهجوم.", published="2018-03-21",
             focus="RU", partners=("GB",))
    assert list(ev["cameo_code"].astype(str)) == ["112"] and ev.iloc[0]["target"] == "RU"


def test_a_planned_meeting_with_a_joint_subject_after_yajtami():
    # AL-internationalNews-1927-20180713: "وسيجتمع ترمب وبوتين في هلسنكي يوم الاثنين القادم" (Monday 16 July)
    ev = one("وسيجتمع ترمب وبوتين في هلسنكي يوم الاثنين القادم.", published="2018-07-13", focus="RU", partners=("US",))
    assert list(ev["cameo_code"].astype(str)) == ["036"] and ev.iloc[0]["date_start"] == "2018-07-16"
    # a gathering of three is no meeting of the pair
    ev = one("ويجتمع وزراء خارجية روسيا والولايات المتحدة والصين في جنيف.", published="2018-07-13", focus="RU",
             partners=("US",))
    assert ev.empty


def test_tawa33ada_is_a_threat_not_a_promise():
    # ru-ir AL-internationalNews-1084-20180509 ("حيث توعدت إسرائيل بمنع إيران من ترسيخ وجودها"); read on il-ir
    # FR-middleEast-362-20180427 ("توعد وزير الدفاع الإسرائيلي أفيغدور ليبرمان الخميس …")
    ev = one("وأجرى الزعيمان الروسي والإسرائيلي سلسلة اجتماعات في الأشهر الأخيرة، خصوصا فيما يتعلق بالنزاع في سوريا حيث "
             "توعدت إسرائيل بمنع إيران من ترسيخ وجودها.", published="2018-05-09", focus="IL", partners=("IR",))
    assert list(ev["cameo_code"].astype(str).str[:2]) == ["13"] and (ev.iloc[0]["source"], ev.iloc[0]["target"]) == ("IL", "IR")
    assert ev.iloc[0]["status"] == "reported"
    # وعد is still a promise (030, intent)
    ev = one("ووعد نتنياهو إيران بالتعاون.", published="2018-05-09", focus="IL", partners=("IR",))
    assert list(ev["cameo_code"].astype(str)) == ["030"]


def test_a_date_set_for_a_ban_is_its_start_and_the_ban_is_decided():
    # AL-internationalNews-1931-20180713: the ban on Iranian oil is decided (reported, no date of its own); 4 November
    # is when it starts
    ev = one("وكانت واشنطن حددت الرابع من نوفمبر المقبل موعدا لحظر استيراد النفط الإيراني، وأن الحصول عليه بعد هذا "
             "التاريخ يعد خرقا للعقوبات الأميركية على إيران.", published="2018-07-13", focus="US", partners=("IR",))
    ban = ev[ev["cameo_code"] == "163"]
    assert len(ban) == 1 and ban.iloc[0]["status"] == "reported" and ban.iloc[0]["precision"] == "before-publication"
    # a date set for a meeting is the planned meeting's
    ev = one("وحددت واشنطن الجمعة المقبل موعدا للقاء وزير الخارجية الإيراني.", published="2018-07-13", focus="US",
             partners=("IR",))
    assert list(ev["cameo_code"].astype(str)) == ["036"] and ev.iloc[0]["date_start"] == "2018-07-20"


def test_what_is_said_in_the_same_statement_takes_that_statements_date():
    # JA-internationalNews-1169-20170608: Trump's condolences "في البيان ذاته" are Wednesday's statement, not Zarif's
    # Thursday reply told in between
    text = ("حذَّر الرئيس الأميركي دونالد ترامب الأربعاء، 7 جوان 2017، طهران من أن من يدعمون الإرهاب يخاطرون بأن "
            "يصبحوا ضحايا له. وفي ردها على تصريحات ترامب، أعلن وزير الخارجية الإيراني محمد جواد ظريف اليوم الخميس، 8 "
            "جوان 2017، رفضه تعازي الرئيس الأميركي. من جهة أخرى أكد ترامب في البيان ذاته أنه يصلي من أجل \"الشعب "
            "الإيراني\" و\"الضحايا الأبرياء\".")
    ev = one(text, published="2017-06-08", focus="US", partners=("IR",))
    said = ev[ev["sentence"].str.contains("البيان ذاته")]
    assert len(said) == 1 and said.iloc[0]["date_start"] == "2017-06-07"
    # without a dated statement of the same speaker before it, it stays undated
    ev = one("من جهة أخرى أكد ترامب في البيان ذاته أنه يصلي من أجل \"الشعب الإيراني\".", published="2017-06-08",
             focus="US", partners=("IR",))
    assert ev.empty or ev.iloc[0]["precision"] == "before-publication"


def test_flights_resumed_by_both_sides_together_are_one_act_of_the_pair():
    # ru-eg CN-economy-463-20181018: "موسكو والقاهرة تسعيان لاستئناف رحلات الطيران" is the pair's plan (03x); the
    # date of the "قبل أن" clause after it (last year) is that clause's
    ev = one("قال الرئيس الروسي فلاديمير بوتين إن موسكو والقاهرة تسعيان لاستئناف رحلات الطيران العارض بين المدن "
             "الروسية والمنتجعات المصرية في المستقبل القريب، وتسبب توقفهم في تراجع دخل البلاد من السياحة، قبل أن "
             "ترتفع اعتبارا من العام الماضي.", published="2018-10-18", focus="RU", partners=("EG",))
    assert list(ev["cameo_code"].astype(str).str[:2]) == ["03"] and ev.iloc[0]["status"] == "intent"
    assert ev.iloc[0]["precision"] == "before-publication"
    # resumed flights told with "بين" and told one-way are one event
    ev = one("روسيا تستأنف الرحلات الجوية إلى مصر. استؤنفت الرحلات الجوية المباشرة بين روسيا ومصر الأربعاء بعد نحو "
             "عامين من توقفها.", published="2018-04-12", focus="RU", partners=("EG",))
    assert list(ev["cameo_code"].astype(str)) == ["081"]
    # an act told after "بعد أن" keeps the clause's day (the arrival just before the meeting)
    ev = one("والتقى بوتين أردوغان بعد أن وصل إلى أنقرة الثلاثاء.", published="2018-04-05", focus="RU", partners=("TR",))
    assert ev.iloc[0]["date_start"] == "2018-04-03"
    # easing sanctions on a third party asked by both is no act between them
    ev = one("وطالبت موسكو والقاهرة بتخفيف العقوبات على سوريا.", published="2018-04-12", focus="RU", partners=("EG",))
    assert ev.empty


def test_the_date_of_attacks_named_in_a_statement_is_not_the_statements():
    # fr-us FR-internationalNews-1094-20180505: "باعتداءات 13 تشرين الثاني/نوفمبر 2015" names the Paris attacks
    ev = one('وقالت المتحدثة باسم الخارجية الفرنسية أنييس فون دير مول في بيان إن "فرنسا تعرب عن رفضها الشديد '
             'لتصريحات الرئيس ترامب في ما يتعلق باعتداءات 13 تشرين الثاني/نوفمبر 2015 في باريس".',
             published="2018-05-05", focus="FR", partners=("US",))
    assert list(ev["cameo_code"].astype(str)) == ["111"] and ev.iloc[0]["precision"] == "before-publication"
    # attacks that are the cue keep their own day
    ev = one("وشنت فرنسا هجمات الأحد على مواقع أمريكية.", published="2018-05-05", focus="FR", partners=("US",))
    assert ev.iloc[0]["date_start"] == "2018-04-29"


def test_tariffs_on_the_partners_goods_are_an_embargo_against_it():
    # s23-mix FR-economy-57 and FR-internationalNews-2616: customs tariffs (163), the taxed goods' demonym is the target
    ev = one("فرضت الولايات المتحدة الجمعة رسوما جمركية بنسبة 25 بالمئة على السلع الصينية المستوردة.",
             published="2018-06-15", focus="US", partners=("CN",))
    assert ev[["source", "target", "cameo_code"]].values.tolist() == [["US", "CN", "163"]]
    ev = one("ولقد اندلع الخلاف حين فرضت واشنطن رسوما جمركية مشددة على الصلب والألمنيوم الصينيين.",
             published="2018-08-08", focus="US", partners=("CN",))
    assert ev[["source", "target", "cameo_code"]].values.tolist() == [["US", "CN", "163"]]
    # tariffs threatened or planned are no act; a threat of tariffs is a warning (130), not one of sanctions (131)
    ev = one("هدد الرئيس الأمريكي دونالد ترامب الصين الجمعة من فرض رسوم جمركية جديدة.",
             published="2018-09-07", focus="US", partners=("CN",))
    assert "163" not in set(ev["cameo_code"].astype(str))
    ev = one("وتوعد ترامب بكين برسوم جمركية جديدة.", published="2018-06-15", focus="US", partners=("CN",))
    assert list(ev["cameo_code"].astype(str)) == ["130"]
    # fees that are not customs tariffs are no sanction
    ev = one("ورفعت الصين رسوم التأشيرات للمواطنين الأمريكيين.", published="2018-06-15", focus="US", partners=("CN",))
    assert "163" not in set(ev["cameo_code"].astype(str))


def test_readiness_to_retaliate_is_a_warning_without_a_threat_verb():
    # s23-mix FR-internationalNews-567: "ready to pay any price" in a trade war with the other side is a warning (130)
    ev = one('أعلنت الصين الجمعة أنها مستعدة لدفع "أي ثمن" في حرب تجارية محتملة مع الولايات المتحدة.',
             published="2018-04-06", focus="US", partners=("CN",))
    assert ev[["source", "target", "cameo_code", "date_start"]].values.tolist() == [["CN", "US", "130", "2018-04-06"]]
    # readiness to cooperate is no threat
    ev = one("أعلنت الصين الجمعة أنها مستعدة للتعاون مع الولايات المتحدة.", published="2018-04-06", focus="US",
             partners=("CN",))
    assert "130" not in set(ev["cameo_code"].astype(str))


def test_withdrawing_from_an_agreement_with_the_partner_is_160():
    # s23-mix CN-internationalNews-634 and -329: withdrawing from a treaty or deal with the other side (160); announced
    # by the withdrawing side, it is done on the announcement's day
    us = dict(focus="US", partners=("IR",))
    ev = one("كما أعلن بومبيو، الأربعاء، أن الولايات المتحدة انسحبت من معاهدة الصداقة والعلاقات الاقتصادية والحقوق "
             "القنصلية مع إيران الموقعة عام 1955.", published="2018-10-03", **us)
    assert ev[["source", "target", "cameo_code", "date_start", "precision"]].values.tolist() == [
        ["US", "IR", "160", "2018-10-03", "day"]]
    ev = one("أعلن ترامب الثلاثاء انسحاب الولايات المتحدة من الاتفاق النووي الإيراني.", published="2018-05-09", **us)
    assert _pairs(ev) == [["US", "IR", "160"]] and ev.iloc[0]["date_start"] == "2018-05-08"
    # the partner must be the agreement's: not a country named later in the sentence
    ev = one("قال الخبير إن إيران ستنسحب من الاتفاق النووي رغم محاولات الاتحاد الأوروبي ودول مثل روسيا والصين "
             "المحافظة عليه.", published="2018-05-13", focus="RU", partners=("IR",))
    assert "160" not in set(ev["cameo_code"].astype(str))


def test_a_withdrawal_warned_against_is_no_act_and_the_deals_year_no_date():
    # s23-mix CN-middleEast-698: "حذر وزير الخارجية الإيراني، جواد ظريف، من انسحاب أمريكا": a warning (a subject of
    # five words before من), not a withdrawal; "الذي أبرمته عام 2016" dates the deal, not the warning
    ev = one("حذر وزير الخارجية الإيراني، جواد ظريف، من انسحاب أمريكا من الاتفاق النووي الذي أبرمته عام 2016 مع بلاده "
             "بمشاركة خمس دول أخرى.", published="2018-04-22", focus="US", partners=("IR",))
    assert ev[["source", "target", "cameo_code"]].values.tolist() == [["IR", "US", "130"]]
    assert ev.iloc[0]["precision"] != "year"


def test_a_noun_cue_described_is_no_act():
    # s23-mix FR-internationalNews-2616, AL-internationalNews-1888, FR-middleEast-162, FR-internationalNews-1373: a
    # noun cue whose predicate describes it ("متعثرة", "هو الخيار") or a coalition led or backed by someone is no event
    cn = dict(focus="US", partners=("CN",))
    assert one("لكن الإعلان عن هذه الشريحة الثانية يثبت أن المفاوضات متعثرة بين واشنطن وبكين.",
               published="2018-08-08", **cn).empty
    assert one('وقال إن "التعاون هو الخيار الوحيد الصائب بين الصين والولايات المتحدة".', published="2018-07-11",
               **cn).empty
    assert one("ودخل تحالف تقوده السعودية الحرب لمواجهة نفوذ إيران.", published="2018-03-16", focus="SA",
               partners=("IR",)).empty
    # negotiations held between the two are still talks
    ev = one("وجرت مفاوضات بين واشنطن وبكين الأحد.", published="2018-08-08", **cn)
    assert list(ev["cameo_code"].astype(str).str[:2]) == ["04"]


def test_a_third_country_in_an_opening_adjunct_does_not_block_the_pair():
    # s23-mix CN-middleEast-376: an interview with a US channel, before a visit to the US, then "اتهم ولي العهد السعودي
    # إيران": the verb's subject and object follow it; the adjunct's country is no participant
    sa = dict(focus="SA", partners=("IR",))
    ev = one("في مقابلة مع قناة CBS الأمريكية، اتهم ولي العهد السعودي إيران بالتشجيع على ظهور التطرف.",
             published="2018-03-26", **sa)
    assert _pairs(ev) == [["SA", "IR", "112"]]
    ev = one("قبيل بدء زيارته إلى الولايات المتحدة، اتهم ولي العهد السعودي إيران بالتشجيع على التطرف.",
             published="2018-03-26", **sa)
    assert _pairs(ev) == [["SA", "IR", "112"]]
    # a third party right before the verb, with no comma, is still its subject
    ev = one("وقالت الصحيفة إن الولايات المتحدة اتهمت إيران بالتشجيع على التطرف.", published="2018-03-26", **sa)
    assert ev.empty


def test_attacking_in_words_is_criticism():
    # s23-mix FR-middleEast-180: "تهجم محمد بن سلمان على إيران وقياداتها" is a verbal attack (111)
    ev = one('وفي حوار مع قناة "سي بي أس" الأمريكية، تهجم محمد بن سلمان على إيران وقياداتها.', published="2018-03-19",
             focus="SA", partners=("IR",))
    assert _pairs(ev) == [["SA", "IR", "111"]]


def test_complaints_charges_by_participle_and_standing_charges():
    cn = dict(focus="US", partners=("CN",))
    # s23-mix FR-internationalNews-567: a WTO complaint is 115, its author the subject of قدمت
    ev = one("وفي وقت سابق، قدمت بكين شكوى لدى منظمة التجارة العالمية ضد خطة واشنطن فرض رسوم جمركية.",
             published="2018-04-06", **cn)
    assert _pairs(ev) == [["CN", "US", "115"]]
    # s23-mix AL-economy-951: "…، متهمة واشنطن بإطلاق أكبر حرب تجارية" (the participle after a comma) is an accusation
    ev = one('وأعلنت الصين الجمعة أنها "مضطرة لاتخاذ إجراءات رد ضرورية"، متهمة واشنطن بإطلاق أكبر حرب تجارية.',
             published="2018-07-06", **cn)
    assert ["CN", "US", "112"] in _pairs(ev)
    # a person accused (no comma before the participle) is no accusation
    assert one("وأفرجت الصين عن المتهمة الأمريكية.", published="2018-07-06", **cn).empty
    # "الصين التي تتهمها الإدارة الأمريكية بسرقة الملكية الفكرية": a standing charge describing the antecedent
    ev = one("وتستورد الولايات المتحدة سلعا من الصين التي تتهمها الإدارة الأمريكية بسرقة الملكية الفكرية.",
             published="2018-04-06", **cn)
    assert "112" not in set(ev["cameo_code"].astype(str))


def test_the_speakers_own_telling_after_a_statement_dates_it():
    # s23-mix CN-middleEast-698: "…، حسبما قال للصحافيين، الأحد": the warning is of Sunday
    ev = one("حذر وزير الخارجية الإيراني، جواد ظريف، من انسحاب أمريكا من الاتفاق النووي، معتبرا أن هذه الخطوة ستمس "
             "ثقة دول العالم بواشنطن، حسبما قال للصحافيين، الأحد، خلال وجوده في نيويورك.", published="2018-04-22",
             focus="US", partners=("IR",))
    assert ev[["source", "target", "cameo_code", "date_start", "precision"]].values.tolist() == [
        ["IR", "US", "130", "2018-04-22", "day"]]


def test_a_demand_addressed_to_a_third_party_is_no_demand_on_the_pair():
    # s23-mix CN-middleEast-698: the Europeans are asked to press the US; Iran demands nothing of the US here
    us = dict(focus="US", partners=("IR",))
    assert one("وطالب ظريف الدول الأوروبية بممارسة الضغط على الإدارة الأمريكية لثنيها عن الانسحاب.",
               published="2018-04-22", **us).empty
    ev = one("وطالبت إيران الولايات المتحدة بالالتزام بالاتفاق النووي.", published="2018-04-22", **us)
    assert _pairs(ev) == [["IR", "US", "100"]]


def test_a_trip_to_attend_un_meetings_is_no_visit_to_the_host():
    # s23-mix CN-middleEast-698: "الذي يزور أمريكا لحضور اجتماعات للأمم المتحدة": the UN's meetings, not a US visit
    us = dict(focus="US", partners=("IR",))
    assert one("وأكد وزير الخارجية الإيراني الذي يزور أمريكا لحضور اجتماعات للأمم المتحدة، أن طهران تمتلك عدة خيارات.",
               published="2018-04-22", **us).empty
    ev = one("وزار وزير الخارجية الإيراني واشنطن الأحد.", published="2018-04-22", **us)
    assert list(ev["cameo_code"].astype(str)) == ["042"]


def test_describing_the_other_side_with_an_insult_is_criticism():
    # s23-mix CN-middleEast-498 and FR-middleEast-277: "بأنها بلد متملق", "بـ"المجرمين"": a pejorative description (111),
    # the word may follow "بأنها" with a noun or a quotation mark in between
    ev = one("ووصفت الخارجية الإيرانية السعودية بأنها بلد متملق.", published="2018-04-06", focus="SA", partners=("IR",))
    assert _pairs(ev) == [["IR", "SA", "111"]]
    ev = one('خامنئي يصف ترامب بـ"المجرمين"', published="2018-04-14", focus="US", partners=("IR",))
    assert _pairs(ev) == [["IR", "US", "111"]]
    # a neutral description is no criticism
    assert one("ووصفت الخارجية الإيرانية السعودية بأنها بلد جار.", published="2018-04-06", focus="SA",
               partners=("IR",)).empty


def test_earlier_without_a_day_is_before_publication():
    # s23-mix FR-internationalNews-567: "وفي وقت سابق، قدمت بكين شكوى … وفق ما أظهرت وثائق نشرت الخميس": undated
    cn = dict(focus="US", partners=("CN",))
    ev = one("وفي وقت سابق، قدمت بكين شكوى لدى منظمة التجارة العالمية ضد خطة واشنطن فرض رسوم جمركية، وفق ما أظهرت "
             "وثائق نشرت الخميس.", published="2018-04-06", **cn)
    assert ev.iloc[0]["precision"] == "before-publication"
    ev = one("وفي وقت سابق الخميس، قدمت بكين شكوى لدى منظمة التجارة العالمية ضد خطة واشنطن فرض رسوم جمركية.",
             published="2018-04-06", **cn)
    assert ev.iloc[0]["date_start"] == "2018-04-05"


def test_queen_of_britain_is_an_actor():
    # s24-mix FR-internationalNews-2294: the monarch named as the role noun of her country
    ev = one("استقبلت ملكة بريطانيا إليزابيث بعد ظهر الجمعة الرئيس الأمريكي دونالد ترامب في قصر ويندسور.",
             published="2018-07-13", focus="US", partners=("GB",))
    assert _pairs(ev) == [["GB", "US", "043"]]
    assert ev.iloc[0]["date_start"] == "2018-07-13"
    # no queen, no actor: a king of another country stays none of the pair's
    assert one("استقبل ملك الأردن بعد ظهر الجمعة الرئيس الأمريكي دونالد ترامب.", published="2018-07-13", focus="US",
               partners=("GB",)).empty


def test_approving_an_arms_sale_is_supplying_arms():
    # s24-mix FR-middleEast-246 and FR-internationalNews-339: "وافقت … على صفقة لبيع قطر صواريخ", "على صفقة عسكرية"
    qa = dict(focus="US", partners=("QA",))
    ev = one("وافقت الولايات المتحدة الاثنين على صفقة لبيع قطر صواريخ موجهة بقيمة 300 مليون دولار، كما أعلنت وزارة "
             "الدفاع \"البنتاغون\".", published="2018-04-10", **qa)
    assert _pairs(ev) == [["US", "QA", "072"]]
    assert ev.iloc[0]["date_start"] == "2018-04-09"
    ev = one("بل ووافقت أمس الولايات المتحدة الخميس 8 مارس/آذار على صفقة عسكرية بقيمة 197 مليون دولار لتحديث مركز "
             "العمليات الجوية للقوات القطرية لوجستيا وتكنولوجيا.", published="2018-03-09", **qa)
    assert _pairs(ev) == [["US", "QA", "072"]]
    assert ev.iloc[0]["date_start"] == "2018-03-08"
    # a sale of something else is no arms sale
    assert one("وافقت الحكومة الأمريكية على بيع حصة في شركة قطرية للطيران.", published="2018-03-09", **qa).empty


def test_both_after_with_are_a_third_partys_partners():
    # s24-mix FR-internationalNews-743: France's mission "بالتعاون مع واشنطن ولندن" is no UK–US cooperation
    us = dict(focus="GB", partners=("US",))
    assert one("وأكدت وزيرة الدفاع الفرنسية فلورانس بارلي السبت أن الصواريخ الفرنسية أصابت أهدافها، مشيدة بـ\"نجاح "
               "\"المهمة التي نفذت بالتعاون مع واشنطن ولندن.", published="2018-04-15", **us).empty
    # the pair as joint subject still acts together
    assert _pairs(one("وقعت واشنطن ولندن اتفاقية للتعاون العسكري.", published="2018-04-15", **us))[0][2][:2] in ("05", "06")


def test_the_country_struck_is_no_target_of_a_condemnation():
    # s24-mix FR-internationalNews-730: Khamenei condemns the Western strikes on Syria, not Syria
    sy = dict(focus="SY", partners=("IR",))
    assert one("وندد المرشد الأعلى الإيراني آيه الله علي خامنئي بشدة بالضربات التي شنتها الدول الغربية على سوريا.",
               published="2018-04-14", **sy).empty
    # the party criticised before the strikes stays the target
    assert _pairs(one("وانتقد خامنئي الولايات المتحدة بشدة بسبب الضربات على سوريا.", published="2018-04-14",
                      focus="US", partners=("IR",))) == [["IR", "US", "111"]]


def test_the_one_asked_is_no_asker():
    # s24-mix FR-internationalNews-253: Macron asked Rouhani to press Damascus; Iran asks nothing of Syria
    sy = dict(focus="SY", partners=("IR",))
    assert one("وأعلن ماكرون في بيان الأحد، أنه طلب من روحاني \"ممارسة الضغوط الضرورية\" على النظام السوري لوقف "
               "الهجمات على السكان في المنطقة المحاصرة.", published="2018-03-04", **sy).empty
    # the asker named before "طلب من" is still the source
    assert _pairs(one("وطلبت دمشق من طهران إرسال مستشارين عسكريين.", published="2018-03-04", **sy))[0][:2] == ["SY", "IR"]


def test_the_one_after_bad_a_meeting_verb_is_a_landmark_in_time():
    # s24-mix JA-internationalNews-35: "ترامب سيلتقي بعد ماي الرئيس المكسيكي": Trump meets Mexico's president after May
    ev = one("قالت واشنطن إن رئيسة الحكومة البريطانية تيريزا ماي ستكون أول زعيم عالمي يحظى بلقاء الرئيس الجديد دونالد "
             "ترامب. كما أضاف المتحدث بأن ترامب سيلتقي بعد ماي الرئيس المكسيكي بينا نييتو في الـ31 من جانفي.",
             published="2017-01-22", focus="US", partners=("GB",))
    assert len(ev) == 1 and ev.iloc[0]["precision"] == "before-publication"
    # the one met right after the verb is still a participant
    assert _pairs(one("وقال المتحدث إن ترامب سيلتقي تيريزا ماي يوم الجمعة.", published="2017-01-22", focus="US",
                      partners=("GB",)))[0][2] == "036"


def test_insisting_is_a_reporting_frame():
    # s24-mix CN-middleEast-525: "شدد المتحدث … على أن الحكومة السورية تعاونت مع الأمم المتحدة": what Iran's spokesman
    # stresses about Syria's record is no act of Iran towards Syria
    sy = dict(focus="SY", partners=("IR",))
    assert one("شدد المتحدث باسم الخارجية الإيرانية على أن الحكومة السورية تعاونت مع الأمم المتحدة والمجتمع الدولي عبر "
               "توقيعها على اتفاقية عدم انتشار الأسلحة الكيماوية.", published="2018-04-08", **sy).empty
    # what the speaker says of his own side and the other is still read
    assert _pairs(one("شدد الرئيس السوري بشار الأسد على أنه بحث مع روحاني العلاقات الثنائية.", published="2018-04-08",
                      **sy)) == [["SY", "IR", "040"]]


def test_a_planned_clause_keeps_its_day_and_mattis_is_a_us_actor():
    # "التقى بوزير الدفاع جيم ماتيس، ومن المقرر أن يلتقي دونالد ترامب الثلاثاء": Tuesday is the planned meeting's
    # day, not the day Tamim met Mattis (France24, 2018-04-10)
    ev = one("وكان الأمير تميم بن حمد آل ثاني قد التقى بوزير الدفاع جيم ماتيس، ومن المقرر أن يلتقي دونالد ترامب "
             "الثلاثاء.", published="2018-04-10", focus="QA", partners=("US",))
    rows = {(r.source, r.target, r.cameo_code[:2], r.status): (r.date_start, r.precision) for r in ev.itertuples()}
    assert rows[("QA", "US", "04", "reported")][1] == "before-publication"
    assert rows[("QA", "US", "03", "intent")] == ("2018-04-10", "day")


def test_thanks_in_the_speakers_own_first_person_and_sheikh_tamim_is_qatar():
    # "وقال الشيخ تميم: "نقدم الشكر للرئيس ترمب على دعمه"": the emir's own thanks to Trump (Al Arabiya, 2018-04-10)
    ev = one('وقال الشيخ تميم: "نقدم الشكر للرئيس ترمب على دعمه لحل الأزمة" الخليجية.', published="2018-04-10",
             focus="QA", partners=("US",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"], ev["status"])) == [("QA", "US", "051", "reported")]


# ------------------------------------------------------------------ session 30: classes read on s24-mix
def test_a_two_dot_pause_inside_a_quotation_and_the_verb_after_qabla_an_share_the_speaker():
    # s24-mix FR-internationalNews-709 (France24, 2018-04-13): "عبر المنطقة.. ولن نتسامح" is a pause inside the quote,
    # and "قبل أن يشكر للرئيس الأمريكي مساعيه" is the emir's own thanks (the speaker of the sentence)
    qa = dict(published="2018-04-13", focus="QA", partners=("US",))
    ev = one('وقال الشيخ تميم "تعاونا مع الولايات المتحدة لوضع حد لتمويل الإرهاب عبر المنطقة.. ولن نتسامح مع الأشخاص '
             'الذين يدعمون أو يمولون الإرهاب"، قبل أن يشكر للرئيس الأمريكي مساعيه لتسوية الأزمة الخليجية القطرية.', **qa)
    assert ("QA", "US", "051") in {(r.source, r.target, r.cameo_code) for r in ev.itertuples()}
    ev = one("وقال أمير قطر إن بلاده ملتزمة بمكافحة الإرهاب، قبل أن يشكر للرئيس الأمريكي مساعيه.", **qa)
    assert _pairs(ev) == [["QA", "US", "051"]]
    # a subject of another country between the speaker and the verb is that verb's subject: no thanks of Qatar
    assert one("وقال أمير قطر إن فرنسا ملتزمة بمكافحة الإرهاب، قبل أن يشكر للرئيس الأمريكي مساعيه.", **qa).empty


def test_a_meeting_in_an_opening_adjunct_is_the_main_subjects_and_a_rejected_thing_is_not_the_other_side():
    # s24-mix FR-internationalNews-709: "من جهته، وخلال لقائه الرئيس الأمريكي دونالد ترامب الثلاثاء بالبيت الأبيض، أكد
    # أمير قطر … رفض بلاده دعم الإرهاب أو تمويله": the meeting of Tuesday 10 April, and no rejection of the US
    ev = one("من جهته، وخلال لقائه الرئيس الأمريكي دونالد ترامب الثلاثاء بالبيت الأبيض، أكد أمير قطر الشيخ تميم بن حمد "
             "آل ثاني رفض بلاده دعم الإرهاب أو تمويله.", published="2018-04-13", focus="QA", partners=("US",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"], ev["date_start"])) == [("QA", "US", "040", "2018-04-10")]
    # a rejection whose object names the other side is still one
    assert _pairs(one("أكد أمير قطر رفض بلاده قرار ترامب نقل السفارة.", published="2018-04-13", focus="QA",
                      partners=("US",))) == [["QA", "US", "120"]]


def test_a_rank_before_a_relative_meeting_verb_is_no_second_meeting():
    # s24-mix JA-internationalNews-35 (Jawhara FM, 2017-01-22): "كأول مسؤول سياسي خارجي يلتقيه ترامب بعد توليه مهامه"
    # ranks the planned Friday meeting; it is no meeting on inauguration day
    ev = one("وقال المتحدث باسم البيت الأبيض السبت إن دونالد ترامب سيلتقي يوم الجمعة المقبل مع تيريزا ماي في واشنطن كأول "
             "مسؤول سياسي خارجي يلتقيه ترامب بعد توليه مهامه الرئاسية.", published="2017-01-22", focus="US",
             partners=("GB",))
    assert list(zip(ev["cameo_code"], ev["status"], ev["date_start"])) == [("036", "intent", "2017-01-27")]


def test_solidarity_after_a_participle_is_the_main_subjects_support():
    # s24-mix FR-middleEast-427 (France24, 2018-05-08): "أعربت سوريا عن "إدانتها الشديدة" لقرار الرئيس الأمريكي … الثلاثاء
    # …، مؤكدة "تضامنها الكامل" مع طهران": Syria's support of Iran (051, one-way), not dated by Trump's Tuesday
    ev = one('وقبيل إعلان دمشق تدميرها للصاروخين الإسرائيليين، أعربت سوريا عن "إدانتها الشديدة" لقرار الرئيس الأمريكي '
             'دونالد ترامب الثلاثاء الانسحاب من الاتفاق النووي مع إيران، مؤكدة "تضامنها الكامل" مع طهران.',
             published="2018-05-08", focus="SY", partners=("IR",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"], ev["precision"], ev["symmetric"])) == [
        ("SY", "IR", "051", "before-publication", False)]
    # "أعرب عن تضامنه مع" is expressed support as "أعرب عن دعمه"
    assert _pairs(one("أعربت قطر عن تضامنها الكامل مع واشنطن.", published="2018-05-08", focus="QA",
                      partners=("US",))) == [["QA", "US", "051"]]


def test_cooperating_with_as_a_verb_and_an_offer_after_qad():
    # "وسنتعاون مع واشنطن بهذا الشأن" (the emir of Qatar, Al Arabiya 2018-04-10): a pledge to cooperate, intent (03)
    qa = dict(published="2018-04-10", focus="QA", partners=("US",))
    ev = one('لكن أمير قطر قال خلال اللقاء: "لن نتسامح مع من يمول الإرهاب وسنتعاون مع واشنطن بهذا الشأن".', **qa)
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"].str[:2], ev["status"])) == [("QA", "US", "03", "intent")]
    # "فقد عرض الرئيس الأميركي على أمير قطر استعداده": a bare عرض after قد is an offer (Jawhara FM, 2017-06-07)
    ev = one("فقد عرض الرئيس الأميركي على أمير قطر استعداده للمساعدة في حل الأزمة.", published="2017-06-07",
             focus="US", partners=("QA",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"], ev["status"])) == [("US", "QA", "031", "intent")]
    # the passive 'was shown' (no قد) stays no cue
    assert one("وعرض الفيلم على قناة قطرية في واشنطن.", published="2017-06-07", focus="US", partners=("QA",)).empty


def test_arrival_after_a_long_name_and_a_day_between_commas():
    # s24-mix CN-middleEast-497 (CNN, Friday 2018-04-06): "وصل أمير قطر الشيخ تميم بن حمد آل ثاني، الجمعة، إلى الولايات
    # المتحدة الأمريكية": the arrival (042) of that Friday, the subject's full name between the verb and إلى
    ev = one("وصل أمير قطر الشيخ تميم بن حمد آل ثاني، الجمعة، إلى الولايات المتحدة الأمريكية، وذلك بالتزامن مع انتهاء "
             "زيارة ولي العهد السعودي.", published="2018-04-06", focus="QA", partners=("US",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"], ev["date_start"])) == [("QA", "US", "042", "2018-04-06")]


def test_a_leaders_administration_is_the_state():
    # s23-mix FR-internationalNews-2616 (France24, 2018-08-08): "وتتهم إدارة ترامب بكين بـ"حرمان الشركات الأميركية …"":
    # the administration of the leader is the United States, the subject of the accusation
    ev = one('وتتهم إدارة ترامب بكين بـ"حرمان الشركات الأميركية من القدرة على الاستفادة من التكنولوجيا".',
             published="2018-08-08", focus="US", partners=("CN",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("US", "CN", "112")]
    # Al Arabiya (2018-04-01): "وطردت إدارة ترمب 60 دبلوماسياً روسياً": the expulsion is the US's
    assert _pairs(one("وطردت إدارة ترمب 60 دبلوماسياً روسياً.", published="2018-04-01", focus="US",
                      partners=("RU",))) == [["US", "RU", "166"]]


def test_a_which_clause_rejects_what_the_other_side_did_before_it():
    # s23-mix FR-economy-50 (France24, 2018-06-07): "ويطالب البيت الأبيض بكين بخفضه بمقدار 200 مليار، وهو ما رفضته
    # الصين حتى الآن": China rejects the US demand (120, China the source, the US the target)
    ev = one("ويطالب البيت الأبيض بكين بخفضه بمقدار 200 مليار، وهو ما رفضته الصين حتى الآن.", published="2018-06-07",
             focus="US", partners=("CN",))
    assert sorted(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("CN", "US", "120"), ("US", "CN", "100")]
    # a third party as the subject rejects nothing of the pair's
    ev = one("ويطالب البيت الأبيض بكين بخفضه بمقدار 200 مليار، وهو ما رفضته فرنسا حتى الآن.", published="2018-06-07",
             focus="US", partners=("CN",))
    assert list(ev["cameo_code"]) == ["100"]


def test_a_threat_participle_after_the_speakers_words_targets_the_side_after_dhidda():
    # s23-mix CN-internationalNews-329 (CNN, 2018-05-09): "وكان ترامب قال في كلمة له، الثلاثاء، …: "…،" متوعدا بعقوبات
    # اقتصادية ضد طهران": Trump's threat of sanctions against Iran, of that Tuesday
    ev = one('وكان ترامب قال في كلمة له، الثلاثاء، معلنا انسحاب بلاده من الاتفاق النووي الإيراني: "من الواضح أننا لن '
             'نستطيع منع إيران من تصنيع قنبلة نووية بهذا الاتفاق ذو البنية الضعيفة،" متوعدا بعقوبات اقتصادية ضد طهران.',
             published="2018-05-09", focus="US", partners=("IR",))
    rows = {(r.source, r.target, r.cameo_code[:2]): r.date_start for r in ev.itertuples()}
    assert rows[("US", "IR", "13")] == "2018-05-08"
    # sanctions threatened against a third party are not the pair's
    ev = one('وقال ترامب في كلمة له، الثلاثاء، إن الاتفاق مع إيران ضعيف، متوعدا بعقوبات اقتصادية ضد كوريا الشمالية.',
             published="2018-05-09", focus="US", partners=("IR",))
    assert not any(c.startswith("13") for c in ev["cameo_code"])


def test_an_act_to_be_avoided_and_reaching_a_conviction_are_no_events():
    # France24 (2018-04-12, unannotated): "يجب على الولايات المتحدة توخي الحذر الشديد لتجنب ضرب أهداف روسية": no strike
    assert one('وقال الخبير "يجب على الولايات المتحدة توخي الحذر الشديد لتجنب ضرب أهداف روسية أو قتل مستشارين روس".',
               published="2018-04-12", focus="US", partners=("RU",)).empty
    # CNN (2018-04-16, unannotated): "وصلت تركيا وإيران إلى قناعة بأن … بدون روسيا": a conviction reached, no arrival
    ev = one("وفي حال وصلت تركيا وإيران إلى قناعة بأن المنطقة ستكون أكثر أماناً بدون روسيا فإنها ستفكر في ذلك.",
             published="2018-04-16", focus="RU", partners=("IR",))
    assert not any(c.startswith("04") for c in ev["cameo_code"])
    # an arrival in the other side's capital is still one
    assert _pairs(one("ووصل وزير الخارجية الإيراني، الأحد، إلى موسكو.", published="2018-04-16", focus="RU",
                      partners=("IR",)))[0][2] == "042"


def test_a_call_of_a_dual_subject_with_a_third_party_and_praise_of_ones_own_country():
    # France24 (2018-03-02, unannotated): "ميركل والرئيس الأمريكي دونالد ترامب أجريا مكالمة هاتفية الجمعة، … إثر خطاب
    # ألقاه الرئيس الروسي فلاديمير بوتين، أشاد فيه بأسلحة بلاده": Merkel's call with Trump, Putin praising his own arms
    assert one('أعلن مكتب المستشارة الألمانية أن ميركل والرئيس الأمريكي دونالد ترامب أجريا مكالمة هاتفية الجمعة، أعربا '
               'خلالها عن قلقهما إثر خطاب ألقاه الرئيس الروسي فلاديمير بوتين، أشاد فيه بأسلحة بلاده الجديدة التي "لا '
               'تقهر".', published="2018-03-02", focus="US", partners=("RU",)).empty
    # the pair's own call with that dual verb is still one
    ev = one("أعلن الكرملين أن بوتين والرئيس الأمريكي دونالد ترامب أجريا مكالمة هاتفية الجمعة.", published="2018-03-02",
             focus="US", partners=("RU",))
    assert list(ev["cameo_code"]) == ["041"]


def test_a_groups_meeting_is_not_the_pairs():
    # CNN (2018-10-03, unannotated): "جمدت أموالاً تعود للمخابرات الإيرانية … بتهمة التخطيط للهجوم على اجتماع لجماعة
    # معارضة إيرانية في فرنسا": France's freeze of Iranian assets (163), and no France–Iran meeting
    ev = one("أعلنت الحكومة الفرنسية أنها جمدت أموالاً تعود للمخابرات الإيرانية ومواطنين إيرانيين اثنين بتهمة التخطيط "
             "للهجوم على اجتماع لجماعة معارضة إيرانية في فرنسا.", published="2018-10-03", focus="FR", partners=("IR",))
    assert list(ev["cameo_code"]) == ["163"]


def test_a_sharp_attack_is_criticism_not_force():
    # Al Arabiya (2018-07-11, unannotated): "وكان ترمب قد شن هجوماً حاداً على ألمانيا": a verbal attack (111), not 190
    ev = one("وكان ترمب قد شن هجوماً حاداً على ألمانيا في وقت سابق الأربعاء، متهماً إياها بأنها رهينة روسيا في إمدادات "
             "الطاقة.", published="2018-07-11", focus="US", partners=("DE",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("US", "DE", "111")]
    # an attack with no such adjective stays an attack
    assert _pairs(one("شنت إسرائيل هجوما على مواقع إيرانية في سوريا.", published="2018-05-10", focus="IL",
                      partners=("IR",)))[0][2][:2] == "19"


def test_the_acts_of_a_charge_do_not_target_the_accuser():
    # France24 (2018-04-05, unannotated): "واتهم محمد السادس، …، الجزائر بأنها "تمول وتحتضن وتساند وتقدم دعمها
    # الدبلوماسي" لجبهة بورليساريو": the accusation (112), no Algerian support of Morocco
    ev = one('واتهم محمد السادس، وبكلمات مقتضبة ومباشرة، الجزائر بأنها "تمول وتحتضن وتساند وتقدم دعمها الدبلوماسي" '
             'لجبهة بورليساريو في هذا الصراع.', published="2018-04-05", focus="MA", partners=("DZ",))
    assert list(zip(ev["source"], ev["target"], ev["cameo_code"])) == [("MA", "DZ", "112")]
    # an objection to the other side's accusations keeps both acts
    ev = one("وكانت الجزائر قد استدعت السفير المغربي الخميس للاعتراض على اتهامات المغرب بشأن الصحراء الغربية.",
             published="2018-05-04", focus="MA", partners=("DZ",))
    assert sorted(ev["cameo_code"]) == ["111", "112"]


def test_rejected_threats_threatened_sanctions_and_amounts_are_no_acts():
    # France24 (2018-07-31, s25-mix): Kalın rejects the US threats; the sanctions are what the US threatens
    ev = one('والثلاثاء، اعتبر المتحدث باسم الرئاسة التركية إبراهيم كالين أن التهديدات الأمريكية "مرفوضة تماما"، متابعا '
             'أنه إذا نفذت الولايات المتحدة تهديدها بفرض عقوبات فإن أنقرة "ستتخذ إجراءات مضادة".',
             published="2018-07-31", focus="US", partners=("TR",))
    assert not any(c in ("130", "163") and s == "US" and st == "reported"
                   for s, c, st in zip(ev["source"], ev["cameo_code"], ev["status"]))
    assert "163" not in list(ev["cameo_code"])
    # Al Arabiya (2018-06-07, s25-mix): economic statistics of the pair, "يبلغ" of an amount is no statement
    assert one("ويمثل اقتصاد #السعودية و#الإمارات ناتجا محليا إجماليا يبلغ تريليون دولار، وصادراتهما المشتركة هي "
               "الرابعة عالميا بقيمة 750 مليار دولار.", published="2018-06-07", focus="SA", partners=("AE",)).empty
    # imposed sanctions and a real notice stay events
    assert "163" in list(one("فرضت الولايات المتحدة عقوبات على تركيا الأربعاء.", published="2018-08-02", focus="US",
                             partners=("TR",))["cameo_code"])
    assert "010" in list(one("وأبلغ وزير الخارجية السعودي نظيره الإماراتي بقرار المملكة.", published="2018-06-07",
                             focus="SA", partners=("AE",))["cameo_code"])


def test_lead_probe_third_party_pressure_negated_visit_group_summit_and_criticism():
    # Al Arabiya (2018-06-12, unannotated): China's pressure "لبدء المحادثات مع واشنطن": no North Korea–US talks yet
    assert one("واستناداً إلى العلاقات الاقتصادية الوثيقة بين الجانبين، مارست بكين ضغوطاً على بيونغ يانغ لبدء المحادثات "
               "مع واشنطن.", published="2018-06-12", focus="US", partners=("KP",)).empty
    # Al Arabiya (2018-07-20, unannotated): "ألا يزور رئيس روسي الولايات المتحدة منذ 2005" is negated, no visit
    ev = one('وقال: "وليس من المفترض أن يكون من الطبيعي ألا يزور رئيس روسي الولايات المتحدة منذ 2005 كما أعتقد".',
             published="2018-07-20", focus="US", partners=("RU",))
    assert not any(c == "042" or st == "reported" for c, st in zip(ev["cameo_code"], ev["status"]))
    # France24 (2018-06-09, unannotated): the G7 summit and tariffs on the allies are no US–Russia events
    assert one("تخيم على قمة مجموعة السبع ظلال الخلافات الحادة بين الولايات المتحدة والأعضاء الستة الآخرين بعد فرض "
               "الرئيس الأمريكي دونالد ترامب رسوما جمركية بعشرات المليارات من الدولارات على حلفائه إضافة إلى اقتراحه "
               "عودة روسيا إلى المجموعة الذي يرفضه الأوروبيون.", published="2018-06-09", focus="US",
               partners=("RU",)).empty
    # France24 (2018-06-10, unannotated) headline: Putin criticises the G7, not the US; his readiness to meet stays
    ev = one("بوتين ينتقد مجموعة السبع ويؤكد استعداده للقاء ترامب", published="2018-06-10", focus="US",
             partners=("RU",))
    assert list(ev["cameo_code"]) == ["036"]
    # the pair's own acts stay: a visit, a summit of the two, criticism of the other side, tariffs on it
    assert "042" in list(one("زار الرئيس الروسي الولايات المتحدة عام 2005.", published="2018-07-20", focus="US",
                             partners=("RU",))["cameo_code"])
    assert "111" in list(one("بوتين ينتقد واشنطن ويؤكد استعداده للحوار", published="2018-06-10", focus="US",
                             partners=("RU",))["cameo_code"])
    assert "163" in list(one("فرض الرئيس الأمريكي دونالد ترامب رسوما جمركية على الصلب الروسي.", published="2018-06-09",
                             focus="US", partners=("RU",))["cameo_code"])
    # Al Arabiya (2018-07-20, same document) headline: a possible second meeting is not one held
    ev = one("ميركل ترحب بلقاء ثانٍ محتمل بين ترمب وبوتين", published="2018-07-20", focus="US", partners=("RU",))
    assert not any(c.startswith("04") and st == "reported" for c, st in zip(ev["cameo_code"], ev["status"]))
