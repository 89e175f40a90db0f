"""The run's ``index.html``: every report with its headline and status, the analysis, options and inputs.

Every number on the page comes from the place the reports and the stages took it
from: the headline from the executed notebook's metadata (``report.headline``),
the stage row counts and times from the analysis' ``stages.json``, the options
from ``run.json``. When the tables were reused from an earlier run, the page
says so and gives the time that analysis took, not the seconds spent checking.
"""
from __future__ import annotations

import datetime as dt
import os
from importlib import metadata
from pathlib import Path

import pandas as pd

from marsad.charts.base import escape_html, events_words, mentions_words, plural
from marsad.runner.html import BASE_CSS, RESPONSIVE_CSS, run_options

__all__ = ["write_index", "manifest_section", "package_versions"]

_VERSIONED = ("marsad", "pandas", "numpy", "plotly", "matplotlib", "papermill", "nbconvert", "camel-tools",
              "scikit-learn", "sklearn-crfsuite", "pyahocorasick", "hijridate", "babel", "pyarrow", "dask")
_SKIPPED_SHOWN = 500  # skipped files listed on the index (the rest are counted by reason, all in manifest.csv)
_STAGE_UNITS = {"read": ("document", None), "write": ("row written", "rows written")}
_INDEX_CSS = """<style>body{max-width:1100px;margin:2em auto;padding:0 1em}
h1,h2{overflow-wrap:anywhere}
table{border-collapse:collapse} td,th{border:1px solid #ddd;padding:4px 8px;text-align:start;vertical-align:top}
.marsad-box-scroll{max-width:100%;overflow-x:auto}
td code{overflow-wrap:anywhere}
.marsad-notice{border-inline-start:5px solid #c77700;background:#fff7e6;padding:.2em .6em;margin:.2em 0;
  overflow-wrap:anywhere}
</style>"""


def package_versions() -> dict[str, str]:
    """Installed version of each package a report depends on."""
    out = {}
    for dist in _VERSIONED:
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def _stage_count(tables: Path, stage: str, rows: int, noun: str) -> str:
    """A stage's row count in the words its report uses.

    The events table also holds the background statements, and the mentions table the organisations that
    the mentions report does not count as people or countries: the index names them apart, so that its
    numbers are the reports' numbers (12 events, not the 15 rows of 12 events and 3 background statements);
    repeated ticker headlines are classified but the topic report counts each headline once.
    """
    column = {"events": "kind", "mentions": "entity_type", "headlines": "duplicate_of"}.get(stage)
    if column is None or not rows:
        return plural(rows, noun)
    try:
        from marsad.engine.store import read_table
        values = read_table(tables, stage, columns=[column])[column].value_counts()
    except Exception:  # an unreadable table: its row count is all the index can say
        return plural(rows, noun)
    if stage == "headlines":
        repeats = int(values.sum())  # value_counts drops the missing: the rows that repeat an earlier one
        repeats = _repeated_headlines(tables, repeats)
        return plural(rows, noun) + (f" ({rows - repeats:,} distinct)" if repeats else "")
    if stage == "events":
        return events_words(int(values.get("event", 0)), int(values.get("background", 0)))
    named = int(values.get("person", 0)) + int(values.get("country", 0))
    return mentions_words(named, rows - named)


def _repeated_headlines(tables: Path, on_page: int) -> int:
    """How many headlines the topic report counts as repeats (:func:`marsad.query.repeated_headlines`: again on
    the page or a later capture, one edit apart when long, or the title of a story already counted), so that the
    index's "N distinct" is the topic page's "leaving N": the index counted the reader's same-page repeats only, and
    said "117 classified document titles" where the page said 116 (a story filed twice; audit41). ``on_page``: the
    reader's count, kept when the tables cannot say more."""
    try:
        from marsad.engine.store import read_table
        from marsad.query import repeated_headlines
        heads = read_table(tables, "headlines")
        try:
            stories = read_table(tables, "stories", columns=["doc_id", "story_id"])
        except Exception:  # a run without the stories stage: ticker repeats only
            stories = None
        return max(on_page, int(repeated_headlines(heads, stories).sum()))
    except Exception:
        return on_page


def _duration(seconds) -> str:
    """``"11.5 s"`` under a minute (``"0.05 s"`` under a second), ``"4 min 30 s"`` from a minute on; stages.json
    keeps the milliseconds."""
    if not isinstance(seconds, (int, float)):
        return f"{seconds} s"
    if seconds < 60:
        return f"{seconds:.1f} s" if seconds >= 1 else f"{seconds:.2f} s"
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return (f"{hours} h {minutes} min" if hours else f"{minutes} min {rest} s")


def _analysis_sentence(stages: dict, info: dict, *, reused: bool, check_seconds: float) -> str:
    total = (stages.get("total") or {}).get("seconds", info.get("seconds"))
    if total is None:
        return f"analysis took {_duration(check_seconds)}"
    if reused:
        return (f"the tables were reused from an earlier analysis of the same corpus with the same options, "
                f"which took {_duration(total)} (checking them took {_duration(check_seconds)})")
    return f"analysis took {_duration(total)}"


def write_index(result, run, params: dict, *, started: dt.datetime, analysis_seconds: float) -> Path:
    """Write ``index.html`` for a finished :class:`~marsad.runner.report.ReportResult`.

    Args:
        result: the report result (its notebooks carry their headline and notices).
        run: the analysed :class:`~marsad.engine.run.Run`.
        params: the parameters given to every notebook.
        started: when the run started.
        analysis_seconds: seconds ``run_report`` spent in the analysis call (tiny when reused).
    """
    from marsad.engine.run import run_record, stage_status

    out = result.out_dir
    tables = out / "tables"
    stages = stage_status(tables)
    info = run_record(tables)
    # a report's notices are in a full-width row under its row (_report_row), once: a list "Not in this run" after
    # the table said each again (review48)
    rows = [_report_row(nb) for nb in result.notebooks]
    csvs = sorted(p.name for p in out.glob("*.csv"))
    csv_links = " · ".join(f"<a href='{escape_html(c)}'>{escape_html(c)}</a>" for c in csvs)
    manifest_html = manifest_section(run.manifest, Path(params["corpus"]))
    # Four columns, so a phone shows the table whole: an "error" column, empty on a run that went well, ran past a
    # 400-px screen's edge (audit42); a failed stage's error is a row under it, as the reports' table has it.
    stage_rows = "".join(_stage_row(k, v) for k, v in stages.items() if isinstance(v, dict))
    reused = bool(getattr(run, "reused", False)) or any(isinstance(v, dict) and v.get("reused") for v in stages.values())
    summary = run.corpus.summary()
    param_rows = "".join(f"<tr><th>{escape_html(k)}</th><td dir='auto'>{escape_html(v)}</td></tr>" for k, v in params.items())
    option_rows = "".join(f"<tr><th>{escape_html(k)}</th><td dir='auto'><code>{escape_html(v)}</code></td></tr>"
                          for k, v in run_options(info).items())
    version_rows = "".join(f"<tr><th>{escape_html(k)}</th><td>{escape_html(v)}</td></tr>"
                           for k, v in package_versions().items())
    n_failed = sum(not nb.ok for nb in result.notebooks)
    banner = (f"<p style='color:#b00'><strong>{plural(n_failed, 'report')} failed</strong>; see below.</p>"
              if n_failed else "") + _failed_stages_banner(stages)
    counts = (f"{plural(summary['files'], 'input file')} ({summary['parsed']:,} parsed, {summary['skipped']:,} skipped), "
              f"{plural(summary['documents'], 'document')}, {plural(summary['segments'], 'segment')}, "
              + (f"{plural(summary['ticker'], 'ticker headline')}." if summary["ticker"] else "no ticker."))
    # The headlines stage classifies the ticker, or the document titles when the corpus has no ticker.
    classified = "classified ticker headline" if summary["ticker"] else "classified document title"
    stage_counts = ", ".join(
        _stage_count(tables, s, int(stages[s]["rows"]), noun) for s, noun in
        (("headlines", classified), ("mentions", "mention"), ("events", "event"))
        if isinstance(stages.get(s), dict) and stages[s].get("ok") and isinstance(stages[s].get("rows"), int))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Marsad run: {escape_html(out.name)}</title>
{BASE_CSS}{RESPONSIVE_CSS}{_INDEX_CSS}</head>
<body>
<h1>Marsad run: {escape_html(out.name)}</h1>
<p>Started {escape_html(started.strftime('%Y-%m-%d %H:%M UTC'))};
{escape_html(_analysis_sentence(stages, info, reused=reused, check_seconds=analysis_seconds))}.
{escape_html(counts)}{(' The analysis found ' + escape_html(stage_counts) + '.') if stage_counts else ''}</p>
{banner}
<h2>Reports</h2>
<div class='marsad-box-scroll'><table><thead><tr><th>report</th><th>headline</th><th>status</th>
</tr></thead><tbody>{''.join(rows)}</tbody></table></div>
<h2>Tables</h2><p>{csv_links}</p>
<h3 id='stages'>Analysis stages</h3>
<div class='marsad-box-scroll'><table><thead><tr><th>stage</th><th>status</th><th>rows</th><th>seconds</th>
</tr></thead><tbody>{stage_rows}</tbody></table></div>
<h2>Analysis options</h2><div class='marsad-box-scroll'><table>{option_rows}</table></div>
<h2>Parameters</h2><div class='marsad-box-scroll'><table>{param_rows}</table></div>
<h2>Input manifest</h2><div class='marsad-box-scroll'>{manifest_html}</div>
<h2>Package versions</h2><table>{version_rows}</table>
</body></html>"""
    path = out / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def _report_row(nb) -> str:
    """A report's row of the index (report, headline, status); a failed report's error and the report's notices in
    a full-width row under it: in the status column they wrapped nine characters wide on a 400-px phone, a
    300-character error 40 lines long (audit44)."""
    stem = Path(nb.notebook).stem
    # The report's title is what an analyst looks for; the notebook's file name is for the record.
    label = (f"{escape_html(nb.title)}<br><small>{escape_html(stem)}</small>" if nb.title else escape_html(stem))
    link = f"<a href='{escape_html(nb.html)}'>{label}</a>" if nb.html else label
    status = "ok" if nb.ok else "<strong style='color:#b00'>failed</strong>"
    more = "" if nb.ok else f"{escape_html(stem)} failed: <code>{escape_html(nb.error)}</code>"
    more += "".join(f"<div class='marsad-notice' dir='auto'>{escape_html(n)}</div>" for n in nb.notices)
    # Three columns, so a phone shows the headlines without scrolling sideways: time and the executed
    # notebook go under the status.
    executed = f" \u00b7 <a href='{escape_html(nb.executed)}'>notebook</a>" if nb.executed else ""
    # how far to trust the headline, under it: a reader who quotes the index quotes the caveat too
    trust = (f"<br><small class='marsad-trust' dir='ltr'>{escape_html(nb.trust)}</small>"
             if getattr(nb, "trust", "") else "")
    return (f"<tr><td>{link}</td><td dir='auto'>{escape_html(nb.headline)}{trust}</td>"
            f"<td>{status}<br><small>{escape_html(_duration(nb.seconds))}{executed}</small></td></tr>"
            + (f"<tr class='marsad-report-more'><td colspan='3'>{more}</td></tr>" if more else ""))


def _stage_status(entry: dict) -> str:
    """A stage's status cell: ``ok``, or ``failed`` (its error is a row of its own under it: :func:`_stage_row`)."""
    return "ok" if entry.get("ok") else "<strong style='color:#b00'>failed</strong>"


def _stage_row(stage: str, entry: dict) -> str:
    """A stage's row of the index's table; a failed stage's error in a full-width row under it. In the status
    cell it wrapped in a column nine characters wide on a 400-px phone, 35 lines for one sentence (review46)."""
    row = (f"<tr><td>{escape_html(stage)}</td><td>{_stage_status(entry)}</td>"
           f"<td>{escape_html(_stage_rows(stage, entry))}</td><td>{escape_html(entry.get('seconds', ''))}</td></tr>")
    error = "" if entry.get("ok") else entry.get("error", "")
    if error:
        row += (f"<tr class='marsad-stage-error'><td colspan='4'>{escape_html(stage)} failed: "
                f"<code>{escape_html(error)}</code></td></tr>")
    return row


def _failed_stages_banner(stages: dict) -> str:
    """One line at the top of the index when analysis stages failed: below, the reports' statuses said "ok" while
    their tables were missing, the failure was only in the stage table near the page's end (audit44)."""
    failed = [k for k, v in stages.items() if isinstance(v, dict) and not v.get("ok", True)]
    if not failed:
        return ""
    return (f"<p style='color:#b00'><strong>{plural(len(failed), 'analysis stage')} failed</strong> "
            f"({escape_html(', '.join(failed))}): the run has no {escape_html(' or '.join(f'{k}.csv' for k in failed))}; "
            "a report that needs one computes it again itself and says so at its top, or fails. "
            "The error is under <a href='#stages'>Analysis stages</a>.</p>")


def _stage_rows(stage: str, entry: dict) -> str:
    rows = entry.get("rows", "")
    if stage == "total" or not isinstance(rows, int):
        return "" if stage == "total" else str(rows)
    if stage in _STAGE_UNITS:
        return plural(rows, *_STAGE_UNITS[stage])
    return f"{rows:,}"


def manifest_section(manifest: pd.DataFrame, corpus: Path) -> str:
    """The index's input manifest: skipped files first (at most ``_SKIPPED_SHOWN``, the rest counted by
    reason), then the first parsed ones; ``manifest.csv`` has every file."""
    manifest = manifest.copy()
    manifest["path"] = manifest["path"].map(lambda p: os.path.relpath(p, corpus) if corpus.is_dir() else Path(p).name)
    # Skipped files first: they are what a reader of the index must see; parsed ones are in manifest.csv.
    manifest = manifest.sort_values("status", key=lambda s: s.ne("skipped"), kind="stable")
    n_skipped = int(manifest["status"].eq("skipped").sum())
    cols = [c for c in ("path", "status", "reason", "format", "encoding", "documents", "bytes") if c in manifest]
    # at most _SKIPPED_SHOWN skipped rows, and above them the skipped files counted by reason: a corpus of
    # 20,000 unreadable files made a 4 MB index of 20,000 rows (audit35); manifest.csv lists every file
    manifest_html = _skipped_counts(manifest) + _table_html(manifest[cols], limit=min(n_skipped, _SKIPPED_SHOWN) + 25)
    return manifest_html


def _skipped_counts(manifest: pd.DataFrame) -> str:
    """The skipped files counted by reason (names and sizes left out), when more than the table shows."""
    from marsad.readers.corpus import reason_kind

    skipped = manifest.loc[manifest["status"].eq("skipped"), "reason"]
    if len(skipped) <= _SKIPPED_SHOWN:
        return ""
    kinds = skipped.map(reason_kind).value_counts()
    items = "".join(f"<tr><td>{escape_html(kind)}</td><td>{count:,}</td></tr>" for kind, count in kinds.items())
    return (f"<p>{len(skipped):,} files were skipped; by reason:</p>"
            f"<table><thead><tr><th>reason</th><th>files</th></tr></thead><tbody>{items}</tbody></table>"
            f"<p>The first {_SKIPPED_SHOWN:,} skipped files, then the first parsed ones:</p>")


def _table_html(frame: pd.DataFrame, *, limit: int) -> str:
    head = "".join(f"<th>{escape_html(c)}</th>" for c in frame.columns)
    body = "".join(
        "<tr>" + "".join(f"<td dir='auto'>{escape_html(v)}</td>" for v in row) + "</tr>"
        for row in frame.head(limit).itertuples(index=False)
    )
    more = f"<p>… and {len(frame) - limit:,} more in <a href='manifest.csv'>manifest.csv</a></p>" if len(frame) > limit else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"

