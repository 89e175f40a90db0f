"""analyze(): partitioned tables equal to an in-memory run, selection, reuse, CSV, failures, Dask."""
import json
import os
import shutil

import pandas as pd
import pytest

import marsad
from marsad.engine.run import TABLES as RUN_TABLES
from marsad.engine.run import analyze, open_run, read_table
from marsad.readers.corpus import read_corpus
from marsad.engine.partitions import SeenIds, plan_partitions, read_partition

TABLES = ("documents", "segments", "manifest", "headlines", "titles", "mentions", "events", "stories")

ANT_RU_KP = """<DOC>
<DOCNO>{docno}</DOCNO>
<SRC>{src}</SRC>
<TITLE>بوتين يصل إلى بيونغ يانغ</TITLE>
<TIME>{time}</TIME>
<TEXT>
وصل الرئيس الروسي فلاديمير بوتين إلى بيونغ يانغ يوم 18 يونيو 2024 في زيارة رسمية.
ووقعت روسيا وكوريا الشمالية اتفاقية شراكة استراتيجية شاملة.
</TEXT>
</DOC>
"""


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory, seed_path, fixtures_dir):
    """Pages, ANT files (one repeating a DOCNO), a table and a bad file, across several years and sources."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copy(seed_path, root / "a_seed.txt")
    (root / "b_site").mkdir()
    # the same events, reported twice (not byte-identical: an exact copy would be read once, as a duplicate)
    (root / "b_site" / "seed_copy.txt").write_bytes(seed_path.read_bytes() + b"\n")
    for name in ("ant_sample.txt", "ant_ddmmyyyy.txt"):
        shutil.copy(fixtures_dir / name, root / f"c_{name}")
    (root / "d_ru1.txt").write_text(ANT_RU_KP.format(docno="XX-world-1-20240619", src="Agence A", time="2024-06-19"),
                                    encoding="utf-8")
    # same DOCNO in another file: the whole read names it XX-world-1-20240619~2
    (root / "e_ru2.txt").write_text(ANT_RU_KP.format(docno="XX-world-1-20240619", src="Agence B", time="2024-06-20"),
                                    encoding="utf-8")
    (root / "f_empty.txt").write_bytes(b"")
    pd.DataFrame({"title": ["عنوان أول", "عنوان ثان"], "text": ["نص عن تونس.", "نص عن روسيا."],
                  "date": ["2019-03-01", ""], "source": ["Table News", "Table News"]}).to_csv(root / "g_table.csv", index=False)
    return root


@pytest.fixture(scope="module")
def partitioned(corpus_dir, tmp_path_factory):
    """The corpus analysed one file per partition (every cross-partition step exercised)."""
    out = tmp_path_factory.mktemp("tables")
    csv = tmp_path_factory.mktemp("csv")
    run = analyze(corpus_dir, out, chunk_files=1, csv_dir=csv, progress=False)
    return run, out, csv


@pytest.fixture(scope="module")
def in_memory(corpus_dir):
    run = open_run(corpus=corpus_dir)
    return {name: run.table(name) for name in TABLES}


def canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Compare values, not storage dtypes (object vs str, datetime units)."""
    out = frame.reset_index(drop=True).copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d %H:%M:%S")
        out[col] = out[col].astype(object).where(out[col].notna(), None).map(lambda v: None if v is None else str(v))
    return out


@pytest.mark.parametrize("name", TABLES)
def test_partitioned_tables_equal_in_memory_run(partitioned, in_memory, name):
    run, _, _ = partitioned
    expected = in_memory[name]
    if name == "manifest":  # bytes/paths identical; nothing else differs either
        expected = expected.reset_index(drop=True)
    pd.testing.assert_frame_equal(canonical(run.table(name)), canonical(expected))


def test_cross_partition_steps(partitioned):
    run, _, _ = partitioned
    assert "XX-world-1-20240619~2" in set(run.documents["doc_id"])
    merged = run.events[run.events["n_reports"] > 1]
    assert len(merged) and merged["sources"].str.contains("seed_copy").any()
    assert set(run.headlines["section"]) == {"ticker"}  # the corpus has a ticker: titles are not headlines


def test_layout_partitioned_by_year_and_source(partitioned):
    _, out, _ = partitioned
    years = {p.name for p in (out / "segments").iterdir() if p.is_dir()}
    assert {"doc_year=2024", "doc_year=2017", "doc_year=2016", "doc_year=2019", "doc_year=unknown"} <= years
    assert list((out / "documents" / "doc_year=2016").glob("doc_source=*/part-*.parquet"))


@pytest.mark.parametrize("years, sources, expected", [
    ([2024], None, {"a_seed", "b_site/seed_copy", "XX-world-1-20240619", "XX-world-1-20240619~2"}),
    ([2016, 2017], None, {"JA-diverse-41-09062016", "JA-politic-7-20170125"}),
    (None, ["Agence B"], {"XX-world-1-20240619~2"}),
    ([2024], ["Agence A", "Agence B"], {"XX-world-1-20240619", "XX-world-1-20240619~2"}),
])
def test_read_selected_years_and_sources(partitioned, years, sources, expected):
    run, out, _ = partitioned
    assert set(read_table(out, "documents", years=years, sources=sources)["doc_id"]) == expected
    mentions = run.table("mentions", years=years, sources=sources)
    assert set(mentions["doc_id"]) <= expected


def test_read_columns_only(partitioned):
    _, out, _ = partitioned
    assert list(read_table(out, "segments", columns=["doc_id", "section"]).columns) == ["doc_id", "section"]


def test_stages_json_for_the_report(partitioned):
    _, out, _ = partitioned
    status = json.loads((out / "stages.json").read_text(encoding="utf-8"))
    for stage in ("headlines", "mentions", "events", "stories"):
        assert status[stage]["ok"] and status[stage]["rows"] > 0
    assert status["read"]["partitions"] == 8


def test_csv_tables(partitioned, in_memory):
    _, _, csv = partitioned
    for name in TABLES:
        frame = pd.read_csv(csv / f"{name}.csv")
        assert len(frame) == len(in_memory[name]), name


def test_summary_from_stored_tables(partitioned, corpus_dir):
    run, _, _ = partitioned
    assert run.corpus.summary() == read_corpus(corpus_dir).summary()


def test_read_partition_matches_read_corpus(corpus_dir):
    whole = read_corpus(corpus_dir)
    seen = SeenIds()
    parts = [read_partition(p.files, corpus_dir, seen=seen)[0] for p in plan_partitions(corpus_dir, chunk_files=3)]
    for name in ("documents", "segments", "manifest"):
        joined = pd.concat([getattr(p, name) for p in parts], ignore_index=True)
        pd.testing.assert_frame_equal(canonical(joined), canonical(getattr(whole, name)))


@pytest.mark.parametrize("flush_between", [True, False])
def test_seen_ids_count_repeats(flush_between):
    seen = SeenIds()
    keys = [SeenIds.key(x) for x in ("a", "b", "a")]
    assert [seen.add(keys[0]), seen.add(keys[1])] == [1, 1]
    if flush_between:
        seen.flush()
    assert seen.add(keys[2]) == 2
    seen.add_many([keys[1], keys[1], SeenIds.key("c")])
    assert [seen.count(k) for k in keys[:2]] == [2, 3] and seen.count(SeenIds.key("c")) == 1
    assert seen.seen_any([SeenIds.key("c")]) and not seen.seen_any([SeenIds.key("d")])
    part = seen.subset([keys[1], SeenIds.key("d")])
    assert part.count(keys[1]) == 3 and part.count(SeenIds.key("d")) == 0 and len(part) == 0


def test_plan_partitions_by_size(corpus_dir):
    parts = plan_partitions(corpus_dir, chunk_mb=1e-6)
    assert [len(p.files) for p in parts] == [1, 1, 1, 1, 1, 1, 2]  # the empty file rides with the next one
    assert len(plan_partitions(corpus_dir)) == 1


def test_plan_partitions_balances_a_corpus_above_the_partition_size(tmp_path):
    """Above chunk_mb, at least min_partitions partitions (even Dask shares), none below a quarter of chunk_mb."""
    for i in range(12):
        (tmp_path / f"{i:02d}.txt").write_text(ANT_RU_KP.format(docno=f"XX-world-{i:02d}-20240619", src="A", time="2024-06-19"),
                                              encoding="utf-8")
    size = (tmp_path / "00.txt").stat().st_size
    mb = 2**20
    assert len(plan_partitions(tmp_path, chunk_mb=12.5 * size / mb)) == 1  # not above the size: one partition
    assert len(plan_partitions(tmp_path, chunk_mb=6 * size / mb, min_partitions=1)) == 2
    parts = plan_partitions(tmp_path, chunk_mb=6 * size / mb, min_partitions=4)
    assert [len(p.files) for p in parts] == [3, 3, 3, 3]
    assert [f for p in parts for f in p.files] == [f for p in plan_partitions(tmp_path) for f in p.files]
    # never below a quarter of chunk_mb: 12 files of 6-file partitions make 4 partitions at most, not 12
    assert [len(p.files) for p in plan_partitions(tmp_path, chunk_mb=6 * size / mb, min_partitions=12)] == [2] * 6


def test_unchanged_corpus_reuses_tables(corpus_dir, tmp_path):
    first = analyze(corpus_dir, tmp_path, stages=("mentions",), progress=False)
    assert not first.reused
    stamp = (tmp_path / "run.json").stat().st_mtime_ns
    again = analyze(corpus_dir, tmp_path, stages=("mentions",), progress=False)
    assert again.reused and (tmp_path / "run.json").stat().st_mtime_ns == stamp
    assert json.loads((tmp_path / "stages.json").read_text())["mentions"]["reused"] is True
    assert len(again.mentions) == len(first.mentions)
    assert not analyze(corpus_dir, tmp_path, stages=("mentions",), force=True, progress=False).reused


def test_reuse_writes_csv_only_where_missing(seed_path, tmp_path):
    analyze(seed_path, tmp_path / "t", stages=("mentions",), csv_dir=tmp_path / "a", progress=False)
    stamp = (tmp_path / "a" / "mentions.csv").stat().st_mtime_ns
    again = analyze(seed_path, tmp_path / "t", stages=("mentions",), csv_dir=tmp_path / "a", progress=False)
    assert again.reused and (tmp_path / "a" / "mentions.csv").stat().st_mtime_ns == stamp
    analyze(seed_path, tmp_path / "t", stages=("mentions",), csv_dir=tmp_path / "b", progress=False)
    assert len(pd.read_csv(tmp_path / "b" / "mentions.csv")) == len(again.mentions)


def test_changed_options_or_files_recompute(corpus_dir, tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(corpus_dir, root)
    out = tmp_path / "out"
    analyze(root, out, stages=("mentions",), progress=False)
    assert not analyze(root, out, stages=("mentions",), capture_date="2025-01-01", progress=False).reused
    os.utime(root / "a_seed.txt", ns=(1, 1))
    assert not analyze(root, out, stages=("mentions",), capture_date="2025-01-01", progress=False).reused


def test_failed_stage_is_recorded_and_others_written(corpus_dir, tmp_path, monkeypatch):
    import marsad.mentions

    def broken(corpus, **_):
        raise RuntimeError("matcher exploded")

    monkeypatch.setattr(marsad.mentions, "find_mentions", broken)
    run = analyze(corpus_dir, tmp_path, progress=False)
    assert "matcher exploded" in run.errors["mentions"]
    assert "events" in run.errors  # needs the mentions
    assert len(run.headlines) == 2 * 58
    status = json.loads((tmp_path / "stages.json").read_text())
    assert status["mentions"]["ok"] is False and "traceback" in status["mentions"]


def test_corpus_without_events_gives_empty_typed_tables(fixtures_dir, tmp_path):
    run = analyze(fixtures_dir / "ant_sample.txt", tmp_path, progress=False)
    assert run.events.empty and "event_id" in run.events.columns
    assert set(run.headlines["section"]) == {"title"}


def test_missing_corpus(tmp_path):
    with pytest.raises(FileNotFoundError):
        analyze(tmp_path / "nope", tmp_path / "out")


def test_open_run_needs_analysed_tables(tmp_path):
    with pytest.raises(FileNotFoundError, match="marsad analyze"):
        open_run(tables=tmp_path)


def test_open_run_reads_stored_tables(partitioned):
    _, out, _ = partitioned
    run = open_run(tables=out)
    assert len(run.documents) == 8 and len(run.headlines) == 2 * 58
    assert RUN_TABLES == TABLES and marsad.open_run is open_run


def test_cli_analyze(seed_path, tmp_path, capsys):
    from marsad.cli import main

    assert main(["analyze", "--corpus", str(seed_path), "--out", str(tmp_path), "--csv", "--no-progress"]) == 0
    assert (tmp_path / "mentions.csv").exists()
    assert main(["analyze", "--corpus", str(seed_path), "--out", str(tmp_path), "--no-progress"]) == 0
    assert "reused" in capsys.readouterr().out


def test_cli_stage_options_reach_the_stage(seed_path, tmp_path):
    from marsad.cli import main

    args = ["analyze", "--corpus", str(seed_path), "--out", str(tmp_path), "--no-progress", "--stage", "mentions"]
    assert main([*args, "--option", "mentions", "entity_types", '["country"]']) == 0
    assert set(read_table(tmp_path, "mentions")["entity_type"]) == {"country"}


@pytest.mark.slow
def test_dask_engine_writes_the_local_tables(corpus_dir, partitioned, tmp_path):
    run, out, _ = partitioned
    dask_run = analyze(corpus_dir, tmp_path, engine="dask", workers=2, chunk_files=1, progress=False)
    for name in TABLES:
        pd.testing.assert_frame_equal(dask_run.table(name), run.table(name), obj=name)
    files = lambda root: sorted(str(p.relative_to(root)) for p in root.rglob("*.parquet"))  # noqa: E731
    assert files(tmp_path) == files(out)


def test_csv_safe_neutralises_formulas_in_text_only():
    import pandas as pd

    from marsad.engine.run import csv_safe

    frame = pd.DataFrame({"text": ["=HYPERLINK(\"http://x\")", "+1", "عادي", None, "@SUM(A1)"], "goldstein": [-5.0, 1, 2, 3, 4]})
    safe = csv_safe(frame)
    values = list(safe["text"])
    assert values[:3] + values[4:] == ["'=HYPERLINK(\"http://x\")", "'+1", "عادي", "'@SUM(A1)"]
    assert pd.isna(values[3])
    assert list(safe["goldstein"]) == [-5.0, 1, 2, 3, 4]
    assert frame["text"].iloc[0].startswith("=")  # the input is not modified


# --------------------------------------------------------------------------- options recorded with the tables

def test_run_json_records_every_option_and_run_exposes_them(seed_path, tmp_path):
    run = analyze(seed_path, tmp_path, stages=("events",), options={"events": {"partners": ["KP"]}}, progress=False)
    recorded = json.loads((tmp_path / "run.json").read_text())["options"]
    assert recorded["events"] == {"focus": "RU", "partners": ["KP"], "background": True, "merge": True,
                                  "learned": True}
    assert recorded["mentions"]["ner"] is True  # needed by events, run with its defaults: recorded too
    assert open_run(tables=tmp_path).options["events"]["partners"] == ["KP"] == run.options["events"]["partners"]
    assert run.holds("events", partners=["KP"]) and not run.holds("events", partners=["CN"])
    assert "mentions" not in marsad.engine.run.stored_tables(tmp_path)  # needed, not asked for: not stored


# --------------------------------------------------------------------------- safe output folders (issue 18)

def _snapshot(folder):
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.fixture()
def good_run(seed_path, tmp_path):
    out = tmp_path / "tables"
    analyze(seed_path, out, stages=("mentions",), progress=False)
    return out, _snapshot(out)


@pytest.mark.parametrize("kwargs, message", [
    ({"capture_date": "garbage"}, "not a date"),
    ({"capture_date": "2024-02-31"}, "not a date"),
    ({"chunk_mb": float("nan")}, "positive number"),
    ({"chunk_mb": 0}, "positive number"),
    ({"chunk_files": 0}, "at least 1"),
    ({"workers": 0, "engine": "dask"}, "at least 1"),
    ({"options": {"mentions": {"ner": "off"}}}, "true or false"),
    ({"options": {"mentions": {"colour": "red"}}}, "no option 'colour'"),
    ({"stages": ("topics",)}, "unknown stage"),
    ({"engine": "spark"}, "unknown engine"),
])
def test_a_bad_option_leaves_the_previous_tables_intact(good_run, seed_path, kwargs, message):
    out, before = good_run
    with pytest.raises(ValueError, match=message):
        analyze(seed_path, out, **{"stages": ("mentions",), **kwargs, "progress": False})
    assert _snapshot(out) == before


def test_cli_reports_a_bad_capture_date_before_touching_the_output(good_run, seed_path, capsys):
    from marsad.cli import main

    out, before = good_run
    for bad in (["--capture-date", "2024-02-31"], ["--chunk-mb", "nan"]):
        assert main(["analyze", "--corpus", str(seed_path), "--out", str(out), "--no-progress", *bad]) == 2
        assert "error:" in capsys.readouterr().err
    assert _snapshot(out) == before


def test_a_crash_mid_run_leaves_the_previous_tables_and_no_leftovers(good_run, seed_path, monkeypatch):
    from marsad.engine import partitions

    out, before = good_run

    def crash(*args, **kwargs):
        raise MemoryError("the machine ran out of memory")

    monkeypatch.setattr(partitions, "finalize", crash)
    with pytest.raises(MemoryError):
        analyze(seed_path, out, stages=("mentions",), force=True, progress=False)
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == [".tables.lock", "tables"]


def test_a_second_writer_is_refused(good_run, seed_path):
    from marsad.engine.publish import output_lock
    from marsad.engine.run import RunLockedError

    out, before = good_run
    with output_lock(out):
        with pytest.raises(RunLockedError, match="another run is writing"):
            analyze(seed_path, out, stages=("mentions",), force=True, progress=False)
    assert _snapshot(out) == before
    assert not analyze(seed_path, out, stages=("mentions",), force=True, progress=False).reused  # lock released


def test_a_lock_held_by_another_process(good_run, seed_path):
    import subprocess
    import sys
    import time

    out, _ = good_run
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from marsad.engine.publish import output_lock\n"
        f"with output_lock(Path({str(out)!r})):\n    print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True, env={**os.environ})
    try:
        assert holder.stdout.readline().strip() == "held"
        from marsad.engine.run import RunLockedError

        with pytest.raises(RunLockedError, match=f"process {holder.pid}"):
            analyze(seed_path, out, stages=("mentions",), force=True, progress=False)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    assert not analyze(seed_path, out, stages=("mentions",), force=True, progress=False).reused  # died: lock freed


def test_replacing_a_run_is_one_swap_that_keeps_the_users_files(good_run, seed_path):
    out, _ = good_run
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "stale_table").mkdir()
    analyze(seed_path, out, stages=("headlines",), progress=False)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert "mentions" not in marsad.engine.run.stored_tables(out) and (out / "headlines").is_dir()
    assert not [p for p in out.parent.iterdir() if ".tmp-" in p.name or ".old-" in p.name]


def test_a_copy_of_the_corpus_elsewhere_is_analysed_again(corpus_dir, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(corpus_dir, a)
    shutil.copytree(a, b, copy_function=shutil.copy2)  # same names, sizes and mtimes
    out = tmp_path / "out"
    analyze(a, out, stages=("mentions",), progress=False)
    again = analyze(b, out, stages=("mentions",), progress=False)
    assert not again.reused
    assert again.documents["path"].str.startswith(str(b)).all()


def test_deleted_csv_is_written_again_on_a_reused_run(seed_path, tmp_path):
    analyze(seed_path, tmp_path / "t", stages=("mentions",), csv_dir=tmp_path, progress=False)
    for name in ("documents", "segments"):
        (tmp_path / f"{name}.csv").unlink()
    again = analyze(seed_path, tmp_path / "t", stages=("mentions",), csv_dir=tmp_path, progress=False)
    assert again.reused
    assert len(pd.read_csv(tmp_path / "segments.csv")) == len(again.segments)
    assert len(pd.read_csv(tmp_path / "documents.csv")) == 1


def test_titles_batch_of_a_corpus_without_ticker_is_read_once(fixtures_dir, tmp_path, monkeypatch):
    """Without a ticker the headlines table is the titles table: its combine step and the titles stage's read the
    same title rows as one batch, which on 2,888 ANT titles cost 13.9 + 13.6 CPU s (bench `ordinary` phase, the
    self-training); the titles stage now takes the headlines stage's finished batch, and writes the same rows."""
    import marsad.topics.classifier as classifier

    for name in ("ant_sample.txt", "ant_ddmmyyyy.txt"):
        shutil.copy(fixtures_dir / name, tmp_path / name)
    pd.DataFrame({"title": ["روسيا توقع اتفاقية مع فيتنام", "ارتفاع أسعار النفط", "فوز الفريق الوطني"],
                  "text": ["نص.", "نص.", "نص."], "date": ["2019-03-01"] * 3,
                  "source": ["Table News"] * 3}).to_csv(tmp_path / "titles.csv", index=False)
    calls = []
    original = classifier.finish_staged_headlines
    monkeypatch.setattr(classifier, "finish_staged_headlines", lambda rows, **kw: calls.append(len(rows)) or original(rows, **kw))
    out = tmp_path / "tables"
    analyze(tmp_path, out, stages=("headlines", "titles"), chunk_files=1, progress=False)
    headlines, titles = read_table(out, "headlines"), read_table(out, "titles")
    assert len(titles) >= 5 and calls == [len(titles)]
    assert set(headlines["section"]) == {"title"}
    key = ["doc_id", "position"]
    pd.testing.assert_frame_equal(canonical(headlines).sort_values(key).reset_index(drop=True),
                                  canonical(titles).sort_values(key).reset_index(drop=True))
