"""Shared fixtures: the seed page, small hand-written inputs, a papermill runner."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_92831172bd7188e7.txt"
NOTEBOOKS = REPO / "notebooks"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def execute_notebook(name: str, out_dir: Path, **parameters):
    """Run ``notebooks/<name>`` through papermill; return the executed notebook."""
    import nbformat
    import papermill as pm

    out = out_dir / name
    pm.execute_notebook(
        str(NOTEBOOKS / name),
        str(out),
        parameters=parameters,
        cwd=str(NOTEBOOKS),
        progress_bar=False,
        kernel_name="python3",
    )
    return nbformat.read(out, as_version=4)


def analysed(corpus, out_dir: Path) -> Path:
    """Analyse ``corpus`` as the runner does: tables in ``out_dir/tables``, the CSVs in ``out_dir``.

    Notebooks only read tables (one-way flow): the CSVs a report folder holds come from here, never
    from a notebook.
    """
    from marsad.engine.run import analyze

    analyze(corpus, out_dir / "tables", csv_dir=out_dir, progress=False)
    return out_dir / "tables"


def notebook_headline(nb) -> str:
    """The headline an executed notebook recorded for the index (``report.headline``), from its outputs' metadata."""
    from marsad.runner.context import collect_metadata

    return collect_metadata(nb)["headline"]


def notebook_text(nb) -> str:
    """All text and HTML outputs of an executed notebook, joined."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "text" in output:
                parts.append(output["text"])
            for key in ("text/plain", "text/html", "text/markdown"):
                value = output.get("data", {}).get(key)
                if value:
                    parts.append(value if isinstance(value, str) else "".join(value))
    return "\n".join(parts)


def regex_recognizer(*patterns):
    """A person recogniser returning PERS spans for regex patterns: exact, deterministic spans for composed
    sentences (unlike the CRF), in the shape ``find_mentions(recognizer=...)`` takes."""
    import re

    def rec(texts):
        return [[(m.start(), m.end(), "PERS") for p in patterns for m in re.finditer(p, t)] for t in texts]
    return rec


def mentions_in(texts, rec=None, *, one_document: bool = False):
    """``find_mentions`` on composed texts: a string or ``{key: text}``, each key its own document, or with
    ``one_document`` one document whose segments are the texts in order; ``rec`` is the person recogniser
    (default: :func:`regex_recognizer` with no pattern, so only the rules around it name people)."""
    import pandas as pd

    from marsad.mentions import find_mentions

    if isinstance(texts, str):
        texts = {"a": texts}
    segs = pd.DataFrame({"doc_id": ["d"] * len(texts) if one_document else list(texts), "section": "paragraph",
                         "position": range(len(texts)), "text": list(texts.values())})
    return find_mentions(segs, recognizer=rec or regex_recognizer())


def surfaces_in(texts, entity_type: str, rec=None, *, one_document: bool = False) -> list[tuple[str, str]]:
    """``(surface, entity_id)`` of the mentions of one entity type (see :func:`mentions_in`)."""
    df = mentions_in(texts, rec, one_document=one_document)
    df = df[df["entity_type"] == entity_type]
    return list(zip(df["surface"], df["entity_id"]))


def paragraphs_corpus(paragraphs, published: str = "2024-06-20"):
    """A one-document corpus (``documents`` and ``segments`` frames, as the events stage reads them) whose
    paragraphs are the given texts in order."""
    import pandas as pd

    documents = pd.DataFrame([{"doc_id": "d1", "published": published, "source": "test", "url": "u"}])
    segments = pd.DataFrame([{"doc_id": "d1", "section": "paragraph", "position": i, "text": t}
                             for i, t in enumerate(paragraphs)])
    return type("C", (), {"documents": documents, "segments": segments})()


def rule_event_codes(text: str, focus: str, partner: str, root: str = "", *, published: str) -> set:
    """``(source, target, cameo_code)`` of the rules' events (learned detector off) between ``focus`` and ``partner`` in
    a one-paragraph document of ``text`` published on ``published``; only those of CAMEO root ``root`` when given."""
    from marsad.events import extract_events

    table = extract_events(paragraphs_corpus([text], published=published), focus=focus, partners=(partner,),
                           learned=False)
    rows = {(r["source"], r["target"], r["cameo_code"]) for r in table.to_dict("records")} if len(table) else set()
    return {r for r in rows if r[2].startswith(root)}


def mention_rows(texts, typ: str, *, ner: bool = True) -> list:
    """``(position, surface, entity_id)`` of the mentions of type ``typ`` (``person``, ``country``…) that
    :func:`marsad.mentions.find_mentions` finds when each text is a document of its own (``d0``, ``d1``…, position =
    the text's index)."""
    import pandas as pd

    from marsad.mentions import find_mentions

    segs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "position": range(len(texts)), "text": texts})
    m = find_mentions(segs, ner=ner)
    m = m[m["entity_type"] == typ]
    return [(r.position, r.surface, r.entity_id) for r in m.itertuples()]


def event_report_row(doc: str, source: str | None, url: str, published: str = "2018-03-14",
                     day: str = "2018-03-17") -> dict:
    """One event report of one document, in the extractor's columns: Russia expels British diplomats on ``day``,
    in an article of outlet ``source`` (None: a page without an outlet) published on ``published``."""
    from marsad.events.context import EVENT_COLUMNS

    row = {c: None for c in EVENT_COLUMNS}
    row.update(event_id=f"e-{doc}", kind="event", doc_id=doc, actor1="RU", actor2="GB", source="RU", target="GB",
               symmetric=False, status="reported", date_start=day, date_end=day,
               precision="day", date_text="السبت", cameo_code="1246", event_label="expel diplomats",
               goldstein=-5.0, sentence="طردت روسيا 23 دبلوماسيا بريطانيا يوم السبت", trigger="طردت",
               trigger_start=0, trigger_end=4, start=0, end=40, section="body", position=1, rule="expel",
               published=published, url=url, sources=doc, source_names=source or "", urls=url,
               n_mentions=1, n_documents=1, n_reports=1)
    return row


def no_event_rows():
    """An empty events table (the rules found nothing), in the extractor's columns."""
    import pandas as pd

    from marsad.events.extract import EVENT_COLUMNS

    return pd.DataFrame(columns=EVENT_COLUMNS)


def learned_training_examples(*, meaning: bool = False) -> list[dict]:
    """A tiny composed training set for the learned event detector (three acts of Russia towards Vietnam, three
    list or third-party sentences, each three times in three splits), in ``events_learn``'s example shape; with
    ``meaning`` each example also carries its masked texts (session 72's meaning features)."""
    from marsad.events import learned

    sents = [("استقبل الرئيس الروسي نظيره الفيتنامي في موسكو", 1, "04"),
             ("وقعت روسيا وفيتنام اتفاقية للتعاون في مجال الطاقة", 1, "05"),
             ("فرضت روسيا عقوبات على فيتنام", 1, "16"),
             ("ذكر التقرير روسيا والصين وفيتنام بين الدول المصدرة للأرز", 0, ""),
             ("تتنافس روسيا وفيتنام والهند على المركز الأول في البطولة", 0, ""),
             ("قالت واشنطن إن روسيا وفيتنام والصين من الدول المعنية", 0, "")]
    out = []
    for i, (s, y, root) in enumerate(sents * 3):
        for c in learned.candidates(s, focus="RU", partner="VN"):
            example = {"y": y if c["source"] == "RU" else 0, "root": root, "status": "reported",
                       "features": learned.features(c), "split": f"s{i % 3}", "covered": False,
                       "doc_id": f"d{i}", "section": "paragraph", "position": 0, "sentence": s, "partner": "VN"}
            if meaning:
                example["texts"] = learned.masked_texts(c)
            out.append(example)
    return out


def name_memory(monkeypatch, names):
    """Give the corpus name memory (``name_memory.mined_full_names``, re-exported by ``people``) the composed ``names``
    for one test, every one of them counted as a sport or local news name (``name_memory._memory_sport_local_names``,
    the part people69's surname rule reads), with the cached memory surnames forgotten before and after; a fixture
    delegates to it: ``yield from name_memory(...)``. (Patched in the module whose functions read them.)"""
    from marsad.mentions import name_memory as memory

    monkeypatch.setattr(memory, "mined_full_names", lambda: names)
    monkeypatch.setattr(memory, "_memory_sport_local_names",
                        lambda: frozenset(" ".join((first,) + rest) for first, rests in names.items() for rest in rests))
    memory._memory_surnames.cache_clear()
    yield
    memory._memory_surnames.cache_clear()


def write_files(folder: Path, files: dict) -> Path:
    """Write {relative name: str or bytes} under folder (parents made; str as UTF-8) and give the folder back."""
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return folder


def manifest_rows(corpus) -> dict:
    """A read corpus's manifest rows by their path under the corpus folder ``c/`` (the robust tests' layout)."""
    return {r.path.split("/c/", 1)[1]: r for r in corpus.manifest.itertuples()}
