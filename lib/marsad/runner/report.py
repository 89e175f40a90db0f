"""The report runner: analyse once, execute every notebook with papermill, export HTML.

``run_report(corpus, name)`` writes ``reports/NAME/``:

* ``tables/`` the analysed tables as Parquet (read by the notebooks),
* ``documents.csv``, ``segments.csv``, ``manifest.csv``, ``headlines.csv``,
  ``mentions.csv``, ``events.csv``,
* ``notebooks/`` the executed notebooks, one ``NN-name.html`` per notebook
  (code hidden unless ``show_code``), and ``index.html`` linking them with the
  run's parameters, the input manifest and the package versions.

A notebook that fails does not stop the others: the index shows it failed and
why, and :class:`ReportResult` ``.ok`` is false (the CLI exits non-zero).
Independent notebooks run concurrently (``jobs``).
"""
from __future__ import annotations

import ast
import base64
import datetime as dt
import hashlib
import html
import json
import logging
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from marsad.charts.base import escape_html
from marsad.engine.run import analyze
from marsad.resources import notebook_dir

__all__ = ["run_report", "ReportResult", "NotebookResult", "list_notebooks", "export_html", "write_summary", "NOTEBOOK_DIR"]

log = logging.getLogger(__name__)

# the report notebooks ship inside the package (marsad/notebooks -> the repository's notebooks/)
NOTEBOOK_DIR = notebook_dir()
_REPORT_NOTEBOOK = re.compile(r"^\d\d-[\w-]+\.ipynb$")
_VERSIONED = ("marsad", "pandas", "numpy", "plotly", "matplotlib", "papermill", "nbconvert", "camel-tools",
              "scikit-learn", "sklearn-crfsuite", "pyahocorasick", "hijridate", "babel", "pyarrow", "dask")
# Block elements nbconvert produces from Markdown and outputs: let the browser pick
# the direction from the first strong character, so Arabic reads right-to-left.
_DIR_AUTO = re.compile(r"<(p|li|h[1-6]|td|th|pre|blockquote)(?=[\s>])(?![^>]*\bdir=)")
# nbconvert's template loads require.js and MathJax from a CDN: reports must not touch the
# network (and MathJax would typeset "$…$" found in scraped text), so those tags go.
_REMOTE_TAG = re.compile(
    r"<script[^>]*\bsrc=[\"']https?://[^\"']*[\"'][^>]*>\s*</script>|<link[^>]*\bhref=[\"']https?://[^\"']*[\"'][^>]*>",
    re.I,
)
# ...and its Mermaid loader imports modules from a CDN at run time.
_SCRIPT_BLOCK = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)
_REMOTE_IMPORT = re.compile(r"import\(\s*[\"']https?://|[\"']https?://cdnjs\.")
_MATHJAX_CONFIG = re.compile(r"<script[^>]*type=[\"']text/x-mathjax-config", re.I)
_INLINE_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
_SRC_ATTR = re.compile(r"\bsrc\s*=", re.I)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>(?:\s*<meta charset=[^>]*>)?", re.I)
_HEADING = re.compile(r"<h([23])\b([^>]*)>(.*?)</h\1>", re.S | re.I)
_ID_ATTR = re.compile(r"\bid=[\"']([^\"']+)[\"']")
_TAG = re.compile(r"<[^>]+>")
_MD_TITLE = re.compile(r"^#\s+(.+)$", re.M)
# Each notebook cell of nbconvert's lab template opens with this div.
_CELL_START = re.compile(r"<div class=\"jp-Cell[\s\"]")
_EXTRA_CSS = """
<style>
body { font-family: "Noto Naskh Arabic", "Amiri", "DejaVu Sans", Tahoma, Arial, sans-serif; }
[dir=rtl], :lang(ar) { text-align: right; }
table.marsad-table { border-collapse: collapse; font-size: 0.9em; }
table.marsad-table td, table.marsad-table th { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; }
mark { background: #ffe066; }
</style>
"""
_HEADER_CSS = """
<style>
.marsad-header { margin: 1em 0 1.5em; padding: .6em 1em; background: #f6f8fa; border: 1px solid #dde; border-radius: 6px;
  font-size: .92em; }
.marsad-header .marsad-run { margin: 0 0 .4em; }
.marsad-box { display: flex; flex-wrap: wrap; gap: .5em 2.5em; }
.marsad-box > div { min-width: 14em; }
.marsad-box-title { font-size: 1em; margin: .2em 0; }
.marsad-header ol, .marsad-header ul { margin: .2em 0; padding-inline-start: 1.4em; }
.marsad-header li.toc-h3 { margin-inline-start: 1.2em; list-style-type: circle; }
table.marsad-params th { text-align: start; padding-inline-end: 1em; font-weight: normal; color: #555; }
table.marsad-params code { font-size: .95em; }
</style>
"""


@dataclass
class NotebookResult:
    """What happened to one notebook."""

    notebook: str
    ok: bool
    html: str | None = None
    executed: str | None = None
    error: str | None = None
    seconds: float = 0.0


@dataclass
class ReportResult:
    """The outcome of a report run."""

    out_dir: Path
    notebooks: list[NotebookResult] = field(default_factory=list)
    stage_errors: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(n.ok for n in self.notebooks)

    @property
    def index(self) -> Path:
        return self.out_dir / "index.html"


def list_notebooks(directory: Path = NOTEBOOK_DIR) -> list[Path]:
    """Report notebooks: ``NN-name.ipynb`` in ``directory``, sorted (explore.ipynb is interactive only)."""
    return sorted(p for p in Path(directory).glob("*.ipynb") if _REPORT_NOTEBOOK.match(p.name))


def export_html(
    notebook_path: Path,
    html_path: Path,
    *,
    show_code: bool = False,
    title: str | None = None,
    downloads: list[str] | None = None,
    index: str | None = "index.html",
) -> None:
    """Export an executed notebook to standalone, offline HTML.

    Code is hidden unless ``show_code``. The page gets a header with a table of
    contents (from the notebook's headings), the parameters the notebook ran
    with, and links to download the run's CSV tables; Arabic blocks get
    ``dir="auto"``; CDN loaders are removed, and a Content-Security-Policy
    lets only the page's own scripts run (see :func:`_content_security_policy`).

    Args:
        notebook_path: the executed notebook.
        html_path: where to write the HTML.
        show_code: keep code cells.
        title: page title (default: the notebook's name).
        downloads: CSV file names, relative to ``html_path``'s folder, to link
            (default: every ``*.csv`` in that folder).
        index: relative link back to the run's index page (None: no link).
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook_path, as_version=4)
    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = not show_code
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title or notebook_path.stem}})
    body = _REMOTE_TAG.sub("", body)
    body = _SCRIPT_BLOCK.sub(_drop_remote_script, body)
    body = _DIR_AUTO.sub(r'<\1 dir="auto"', body)
    body, toc = _number_headings(body)
    if downloads is None:
        downloads = sorted(p.name for p in Path(html_path).parent.glob("*.csv"))
    header = _report_header(
        toc, _effective_parameters(nb), downloads, folder=Path(html_path).parent, index=index,
        run_name=Path(html_path).parent.name,
    )
    body = _insert_header(body, header)
    body = body.replace("</head>", _EXTRA_CSS + _HEADER_CSS + "</head>", 1)
    body = _add_csp(body, _content_security_policy(body))
    Path(html_path).write_text(body, encoding="utf-8")


def _drop_remote_script(match: re.Match) -> str:
    script = match.group()
    return "" if _REMOTE_IMPORT.search(script) or _MATHJAX_CONFIG.match(script) else script


def _number_headings(body: str) -> tuple[str, list[tuple[int, str, str]]]:
    """Give every h2/h3 an id and return ``(body, [(level, id, text)])`` for the table of contents."""
    entries: list[tuple[int, str, str]] = []

    def visit(match: re.Match) -> str:
        level, attrs, inner = match.group(1), match.group(2), match.group(3)
        found = _ID_ATTR.search(attrs)
        if found:
            anchor = html.unescape(found.group(1))
        else:
            anchor = f"marsad-section-{len(entries) + 1}"
            attrs += f' id="{anchor}"'
        text = html.unescape(_TAG.sub("", inner)).replace("\u00b6", "").strip()
        if text:
            entries.append((int(level), anchor, text))
        return f"<h{level}{attrs}>{inner}</h{level}>"

    return _HEADING.sub(visit, body), entries


def _effective_parameters(nb) -> dict:
    """The parameters a notebook ran with: its parameters cell, overridden by papermill's injected values."""
    values: dict = {}
    cell = next((c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is not None:
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            tree = ast.Module(body=[], type_ignores=[])
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                values[node.targets[0].id] = ast.get_source_segment(cell.source, node.value)
    injected = nb.metadata.get("papermill", {}).get("parameters", {}) or {}
    for name, value in injected.items():
        values[name] = json.dumps(value, ensure_ascii=False)
    return values


def _report_header(toc, parameters: dict, downloads: list[str], *, folder: Path, index: str | None, run_name: str) -> str:
    """The box at the top of a report: contents, parameters, CSV downloads."""
    items = "".join(
        f"<li class='toc-h{level}'><a href='#{escape_html(anchor)}'>{escape_html(text)}</a></li>"
        for level, anchor, text in toc
    )
    contents = f"<div><h2 class='marsad-box-title'>Contents</h2><ol>{items}</ol></div>" if items else ""
    rows = "".join(
        f"<tr><th>{escape_html(k)}</th><td dir='auto'><code>{escape_html(v)}</code></td></tr>"
        for k, v in parameters.items()
    )
    params = (f"<div><h2 class='marsad-box-title'>Parameters</h2><table class='marsad-params'>{rows}</table></div>"
              if rows else "")
    links = []
    for name in downloads:
        path = folder / name
        size = f" ({_human_size(path.stat().st_size)})" if path.exists() else ""
        links.append(f"<li><a href='{escape_html(quote(name))}' download>{escape_html(name)}</a>{size}</li>")
    data = f"<div><h2 class='marsad-box-title'>Data (CSV)</h2><ul>{''.join(links)}</ul></div>" if links else ""
    back = f"<a href='{escape_html(index)}'>\u2190 all reports of this run</a> \u00b7 " if index else ""
    return (
        f"<nav class='marsad-header' dir='ltr' aria-label='report contents'>"
        f"<p class='marsad-run'>{back}run <strong>{escape_html(run_name)}</strong></p>"
        f"<div class='marsad-box'>{contents}{params}{data}</div></nav>"
    )


def _human_size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.0f} KB" if n < 1024**2 else f"{n / 1024**2:.1f} MB"


def _insert_header(body: str, header: str) -> str:
    """Put the header after the notebook's title cell (before the first cell if it has no title)."""
    cells = [m.start() for m in _CELL_START.finditer(body)]
    if not cells:
        return body.replace("<main>", "<main>" + header, 1) if "<main>" in body else body
    first_end = cells[1] if len(cells) > 1 else len(body)
    at = first_end if "<h1" in body[cells[0]:first_end] and len(cells) > 1 else cells[0]
    return body[:at] + header + body[at:]


def _content_security_policy(body: str) -> str:
    """A policy allowing exactly the page's inline scripts (by hash) and nothing from the network.

    Scraped text should reach the page escaped; this is the second line of
    defence: an event-handler attribute (``onerror=``), a ``javascript:`` link,
    an iframe or any request to another machine are refused by the browser.
    """
    hashes = sorted({
        "'sha256-" + base64.b64encode(hashlib.sha256(_script_text(m.group(2)).encode("utf-8")).digest()).decode() + "'"
        for m in _INLINE_SCRIPT.finditer(body) if not _SRC_ATTR.search(m.group(1))
    })
    scripts = " ".join(hashes) or "'none'"
    return (f"default-src 'none'; script-src {scripts}; "
            "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
            "frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'")


def _script_text(text: str) -> str:
    # Browsers hash the script as parsed: the HTML parser turns CRLF and CR into LF.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _add_csp(body: str, policy: str) -> str:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{escape_html(policy)}"/>'
    head = _HEAD_OPEN.search(body)
    if head is None:
        return meta + body
    return body[: head.end()] + meta + body[head.end():]


def _notebook_parameters(path: Path) -> set[str]:
    import papermill as pm

    return set(pm.inspect_notebook(str(path)))


def _execute_one(args) -> NotebookResult:
    path, out_dir, parameters, show_code, timeout = args
    import papermill as pm

    path, out_dir = Path(path), Path(out_dir)
    executed = out_dir / "notebooks" / path.name
    html = out_dir / f"{path.stem}.html"
    t0 = time.perf_counter()
    error = None
    try:
        declared = _notebook_parameters(path)
        params = {k: v for k, v in parameters.items() if k in declared}
    except Exception:  # no kernelspec or no parameters cell: papermill injects them all
        params = dict(parameters)
    try:
        pm.execute_notebook(
            str(path), str(executed), parameters=params, cwd=str(path.parent), progress_bar=False,
            kernel_name="python3", language="python", execution_timeout=timeout, log_output=False,
        )
    except Exception as exc:  # papermill raises PapermillExecutionError with the cell's error
        error = _short_error(exc)
    try:
        if executed.exists():
            export_html(executed, html, show_code=show_code or error is not None, title=path.stem)
    except Exception as exc:
        error = error or f"HTML export failed: {type(exc).__name__}: {exc}"
    return NotebookResult(
        notebook=path.name, ok=error is None, html=html.name if html.exists() else None,
        executed=f"notebooks/{path.name}" if executed.exists() else None, error=error,
        seconds=round(time.perf_counter() - t0, 2),
    )


def _short_error(exc: Exception) -> str:
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = getattr(exc, "evalue", str(exc))
    return f"{ename}: {evalue}"[:2000]


def run_report(
    corpus: str | os.PathLike,
    name: str,
    *,
    parameters: dict | None = None,
    reports_dir: str | os.PathLike = "reports",
    notebooks: list[str | os.PathLike] | None = None,
    capture_date: str | None = None,
    show_code: bool = False,
    jobs: int = 2,
    timeout: int = 900,
) -> ReportResult:
    """Analyse ``corpus`` once and render every report notebook into ``reports/NAME``.

    Args:
        corpus: corpus path (file or folder).
        name: the run's name (folder under ``reports_dir``).
        parameters: extra notebook parameters (passed to notebooks declaring them).
        reports_dir: parent folder of runs.
        notebooks: notebooks to run (default: every ``NN-*.ipynb`` in ``notebooks/``).
        capture_date: when the pages were captured (dates ticker headlines).
        show_code: keep code cells in the HTML.
        jobs: notebooks executed at the same time.
        timeout: seconds allowed per cell.

    Returns:
        a :class:`ReportResult`; ``.ok`` is false when any notebook failed.
    """
    if not re.match(r"^[\w.-]+$", name):
        raise ValueError(f"run name {name!r} may hold only letters, digits, '.', '_' and '-'")
    corpus = Path(corpus).resolve()
    if not corpus.exists():
        raise FileNotFoundError(f"corpus {str(corpus)!r} does not exist")
    out = Path(reports_dir).resolve() / name
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()
    run = analyze(corpus, out / "tables", capture_date=capture_date, csv_dir=out)
    analysis_seconds = round(time.perf_counter() - t0, 2)
    params = {
        "corpus": str(corpus), "tables": str(out / "tables"), "output_dir": str(out),
        "capture_date": capture_date or "", **(parameters or {}),
    }
    paths = [Path(p).resolve() for p in notebooks] if notebooks else list_notebooks()
    tasks = [(str(p), str(out), params, show_code, timeout) for p in paths]
    result = ReportResult(out_dir=out, stage_errors=dict(run.errors))
    if jobs > 1 and len(tasks) > 1:
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
            result.notebooks = list(pool.map(_execute_one, tasks))
    else:
        result.notebooks = [_execute_one(t) for t in tasks]
    _write_index(result, run, params, started=started, analysis_seconds=analysis_seconds)
    return result


def _versions() -> dict[str, str]:
    out = {}
    for dist in _VERSIONED:
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def _summary_line(out: Path, notebook: str) -> str:
    """One headline number per report, written by the notebook into summaries/NAME.txt."""
    path = out / "summaries" / (Path(notebook).stem + ".txt")
    return path.read_text(encoding="utf-8").strip() if path.exists() else ""


def _write_index(result: ReportResult, run, params: dict, *, started, analysis_seconds: float) -> None:
    out = result.out_dir
    rows = []
    for nb in result.notebooks:
        name = escape_html(Path(nb.notebook).stem)
        title = _notebook_title(out / nb.executed) if nb.executed else ""
        label = f"{name}<br><small>{escape_html(title)}</small>" if title else name
        link = f"<a href='{escape_html(nb.html)}'>{label}</a>" if nb.html else escape_html(nb.notebook)
        status = "ok" if nb.ok else f"<strong style='color:#b00'>failed</strong>: <code>{escape_html(nb.error)}</code>"
        executed = f"<a href='{escape_html(nb.executed)}'>notebook</a>" if nb.executed else ""
        rows.append(f"<tr><td>{link}</td><td dir='auto'>{escape_html(_summary_line(out, nb.notebook))}</td>"
                    f"<td>{status}</td><td>{nb.seconds}</td><td>{executed}</td></tr>")
    csvs = sorted(p.name for p in out.glob("*.csv"))
    csv_links = " · ".join(f"<a href='{escape_html(c)}'>{escape_html(c)}</a>" for c in csvs)
    manifest = run.manifest.copy()
    manifest["path"] = manifest["path"].map(lambda p: os.path.relpath(p, params["corpus"]) if Path(params["corpus"]).is_dir() else Path(p).name)
    # Skipped files first: they are what a reader of the index must see; parsed ones are in manifest.csv.
    manifest = manifest.sort_values("status", key=lambda s: s.ne("skipped"), kind="stable")
    n_skipped = int(manifest["status"].eq("skipped").sum())
    manifest_html = _table_html(manifest[["path", "status", "reason", "format", "encoding", "documents", "bytes"]],
                                limit=max(n_skipped, 0) + 25)
    stages_path = out / "tables" / "stages.json"
    stages = json.loads(stages_path.read_text(encoding="utf-8")) if stages_path.exists() else {}
    stage_rows = "".join(
        f"<tr><td>{escape_html(k)}</td><td>{'ok' if v.get('ok') else 'failed'}</td>"
        f"<td>{escape_html(v.get('rows', ''))}</td><td>{escape_html(v.get('seconds', ''))}</td>"
        f"<td><code>{escape_html(v.get('error', ''))}</code></td></tr>"
        for k, v in stages.items()
    )
    summary = run.corpus.summary()
    param_rows = "".join(f"<tr><th>{escape_html(k)}</th><td dir='auto'>{escape_html(v)}</td></tr>" for k, v in params.items())
    version_rows = "".join(f"<tr><th>{escape_html(k)}</th><td>{escape_html(v)}</td></tr>" for k, v in _versions().items())
    n_failed = sum(not nb.ok for nb in result.notebooks)
    banner = (f"<p style='color:#b00'><strong>{n_failed} report(s) failed</strong>; see below.</p>" if n_failed else "")
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Marsad run: {escape_html(out.name)}</title>
{_EXTRA_CSS}
<style>body{{max-width:1100px;margin:2em auto;padding:0 1em}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ddd;padding:4px 8px;text-align:start;vertical-align:top}}</style></head>
<body>
<h1>Marsad run: {escape_html(out.name)}</h1>
<p>Started {escape_html(started.strftime('%Y-%m-%d %H:%M UTC'))}; analysis took {analysis_seconds} s.
{summary['files']} input files ({summary['parsed']} parsed, {summary['skipped']} skipped), {summary['documents']} documents,
{summary['segments']} segments, {summary['ticker']} ticker headlines.</p>
{banner}
<h2>Reports</h2>
<table><thead><tr><th>report</th><th>headline</th><th>status</th><th>seconds</th><th>executed</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<h2>Tables</h2><p>{csv_links}</p>
<h3>Analysis stages</h3>
<table><thead><tr><th>stage</th><th>status</th><th>rows</th><th>seconds</th><th>error</th></tr></thead><tbody>{stage_rows}</tbody></table>
<h2>Parameters</h2><table>{param_rows}</table>
<h2>Input manifest</h2>{manifest_html}
<h2>Package versions</h2><table>{version_rows}</table>
</body></html>"""
    (out / "index.html").write_text(html, encoding="utf-8")


def _notebook_title(path: Path) -> str:
    """The first Markdown heading of a notebook ("Corpus overview"), or ''."""
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # a notebook that failed to write has no title to show
        return ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = _MD_TITLE.search(cell.source)
            if match:
                return match.group(1).strip()
    return ""


def _table_html(frame: pd.DataFrame, *, limit: int) -> str:
    head = "".join(f"<th>{escape_html(c)}</th>" for c in frame.columns)
    body = "".join(
        "<tr>" + "".join(f"<td dir='auto'>{escape_html(v)}</td>" for v in row) + "</tr>"
        for row in frame.head(limit).itertuples(index=False)
    )
    more = f"<p>… and {len(frame) - limit} more in <a href='manifest.csv'>manifest.csv</a></p>" if len(frame) > limit else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def write_summary(output_dir: str | os.PathLike | None, notebook: str, line: str) -> None:
    """Record a report's headline number (shown on the index page); no-op without ``output_dir``."""
    if not output_dir:
        return
    path = Path(output_dir) / "summaries" / f"{Path(notebook).stem}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(line.strip() + "\n", encoding="utf-8")
