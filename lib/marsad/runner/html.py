"""Export an executed notebook to one offline, sanitised, right-to-left-aware HTML page.

* The page never touches the network: nbconvert's CDN loaders (require.js,
  MathJax, Mermaid) are removed and a Content-Security-Policy allows exactly
  the page's own inline scripts (by hash) and nothing else.
* Arabic blocks get ``dir="auto"``; the stylesheet keeps tables scrolling
  inside their box, images scaled to the screen and plotly legends below the
  plot on a narrow screen (:data:`RESPONSIVE_CSS`, :data:`_RESPONSIVE_JS`).
* Every static image gets alt text: the ``alt`` the notebook gave it, else the
  caption displayed right under it.
* A header box lists the contents, the parameters the notebook ran with, every
  option the analysis used (from the run's ``run.json``), what the notebook
  could not show (its notices) and the run's CSV files.
"""
from __future__ import annotations

import ast
import base64
import hashlib
import html
import json
import re
from pathlib import Path
from urllib.parse import quote

from marsad.charts.base import escape_html
from marsad.runner.context import LEAVE_OUT_TAG, METADATA_KEY, collect_metadata, run_info

__all__ = ["export_html", "content_security_policy", "effective_parameters", "run_options", "RESPONSIVE_CSS",
           "BASE_CSS"]

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
_CAPTION = re.compile(r"class=['\"]marsad-caption['\"][^>]*>(.*?)</p>", re.S)
_ALT_FALLBACK = "Figure"
# Each notebook cell of nbconvert's lab template opens with this div.
_CELL_START = re.compile(r"<div class=\"jp-Cell[\s\"]")

BASE_CSS = """
<style>
body { font-family: "Noto Naskh Arabic", "Amiri", "DejaVu Sans", Tahoma, Arial, sans-serif; }
[dir=rtl], :lang(ar) { text-align: right; }
table.marsad-table { border-collapse: collapse; font-size: 0.9em; }
table.marsad-table td, table.marsad-table th { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; }
table.marsad-table[dir=ltr] td, table.marsad-table[dir=ltr] th { text-align: left; }
table.marsad-table th small { display: block; font-weight: normal; color: #777; font-size: .8em; }
.marsad-table-box { max-width: 100%; overflow-x: auto; }
.marsad-table-more > summary { cursor: pointer; color: #0645ad; margin: .3em 0; }
mark { background: #ffe066; }
</style>
"""
# Phone-sized screens: nothing may stick out of the page. Tables scroll inside their own box,
# images shrink to the column, plotly figures take the column's width.
RESPONSIVE_CSS = """
<style>
html, body { max-width: 100%; }
.jp-OutputArea-output, .jp-RenderedHTMLCommon, .jp-Cell-outputWrapper { max-width: 100%; overflow-x: auto; }
.jp-RenderedHTMLCommon table, .jp-OutputArea-output table { display: block; max-width: 100%; overflow-x: auto; }
.jp-OutputArea-output img, .jp-RenderedHTMLCommon img, img.marsad-figure { max-width: 100%; height: auto; }
.plotly-graph-div, .js-plotly-plot { max-width: 100%; }
@media (max-width: 700px) {
  body { margin: 0; padding: 0 6px; }
  .jp-Cell, .jp-Notebook { padding: 0 !important; margin: 0 !important; }
  .jp-OutputArea-prompt, .jp-InputPrompt { display: none !important; }
  .marsad-header .marsad-box > div { min-width: 0; flex: 1 1 100%; }
  table.marsad-params td code { word-break: break-all; }
  /* plotly's tool bar sits on the figure's title at this width; a phone zooms by pinching */
  .js-plotly-plot .plotly .modebar-container { display: none !important; }
  /* wide tables whose key column is far right (the chronicle's evidence): one card per row, each cell
     under its own heading, instead of a table the reader must scroll sideways to read */
  .jp-RenderedHTMLCommon table.marsad-cards, table.marsad-cards, table.marsad-cards tbody, table.marsad-cards tr,
  table.marsad-cards td { display: block; width: auto; max-width: 100%; min-width: 0 !important; }
  table.marsad-cards thead { display: none; }
  table.marsad-cards tr { border: 1px solid #ddd; border-radius: 4px; margin: 0 0 .6em; padding: .2em 0; }
  .jp-RenderedHTMLCommon table.marsad-cards td, table.marsad-cards td { border: none; padding: .15em .5em; }
  table.marsad-cards td[data-label]::before { content: attr(data-label); display: block; font-size: .8em;
    color: #666; direction: ltr; text-align: left; }
  table.marsad-cards td:empty { display: none; }
  .marsad-cards-box { max-height: none !important; }
}
/* a copy for print (the relations timeline's static figure): at a phone's width its labels were a few pixels tall
   (audit41b); the page above it has the same figure, interactive */
@media screen and (max-width: 700px) {
  .celltag_print-copy { display: none !important; }
}
/* on paper a box that scrolls is cut where the screen's box ends: a printed chronicle of 12 events showed 7 and
   nothing said the rest were missing (audit44); every scrolling box prints whole */
@media print {
  .marsad-cards-box, .marsad-table-box, .marsad-box-scroll, div[style*="max-height"], .jp-OutputArea-output,
  .jp-RenderedHTMLCommon, .jp-Cell-outputWrapper, .jp-RenderedHTMLCommon table, .jp-OutputArea-output table {
    max-height: none !important; overflow: visible !important; }
  /* a table's rows past its first ten fold under "show all 58 rows", which paper cannot open: they print open */
  details.marsad-table-more::details-content { content-visibility: visible; display: contents; }
  details.marsad-table-more > summary { display: none; }
}
</style>
"""
# A phone's first screen: the title, then the report's first finding, then the description and the contents box
# (audit40: the finding started 521-801 px down at 400 px). The title cell's wrappers give way (display: contents) so
# its heading and paragraphs take their place among the page's cells; wide screens keep the page's own order.
FINDING_CSS = """
<style>
@media (max-width: 700px) {
  main.marsad-finding-first { display: flex; flex-direction: column; }
  main.marsad-finding-first > * { order: 2; min-width: 0; }
  main.marsad-finding-first > .marsad-title-cell, .marsad-title-cell > .jp-Cell-inputWrapper,
  .marsad-title-cell .jp-InputArea, .marsad-title-cell .jp-RenderedMarkdown { display: contents; }
  .marsad-title-cell .jp-Collapser, .marsad-title-cell .jp-InputPrompt { display: none; }
  .marsad-title-cell .jp-RenderedMarkdown > * { order: 2; }
  .marsad-title-cell .jp-RenderedMarkdown > h1:first-child { order: 0; }
  main.marsad-finding-first > .marsad-finding { order: 1; }
  main.marsad-finding-first > .marsad-header { margin-top: .5em; }
}
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
.marsad-header .marsad-notices { flex-basis: 100%; border-inline-start: 5px solid #c77700; background: #fff7e6;
  padding: .3em .8em; }
.marsad-settings > summary { cursor: pointer; color: #0645ad; margin-top: .4em; }
table.marsad-params th { text-align: start; padding-inline-end: 1em; font-weight: normal; color: #555; }
table.marsad-params code { font-size: .95em; }
</style>
"""
# On a narrow screen (or a narrow figure) a legend on the side eats the plot: move it under the
# plot, horizontal. Runs once the page is loaded and again when the window is resized.
_RESPONSIVE_JS = """<script>
(function () {
  // A legend moved under the plot must start below the x axis's labels and title: at a fixed fraction of the plot's
  // height it sat on a daily chart's upright dates ("2016 Sep 5") and its title "day" (audit41b). Measured on the
  // drawn figure, moved down as far as they reach, a few times (the margin it pushes shrinks the plot).
  function clearAxis(div, tries) {
    var fl = div._fullLayout, legend = div.querySelector('g.legend');
    if (!tries || !fl || !fl.legend || !legend || !fl._size || !fl._size.h) return;
    var low = null;
    div.querySelectorAll('g.xtick text, g.x2tick text, g.x3tick text, g.g-xtitle text, g.g-x2title text').forEach(function (t) {
      var b = t.getBoundingClientRect();
      if (b.height && (low === null || b.bottom > low)) low = b.bottom;
    });
    var top = legend.getBoundingClientRect().top;
    if (low === null || top >= low + 6) return;
    try {
      window.Plotly.relayout(div, {'legend.y': fl.legend.y - (low + 10 - top) / fl._size.h})
        .then(function () { clearAxis(div, tries - 1); });
    } catch (e) {}
  }
  function fl_h(div) { var fl = div._fullLayout; return fl && fl._size && fl._size.h ? fl._size.h : 0; }
  function fit() {
    if (!window.Plotly) return;
    document.querySelectorAll('.plotly-graph-div').forEach(function (div) {
      if (!div._fullLayout) return;
      var narrow = div.clientWidth < 600;
      if (div.dataset.marsadNarrow === String(narrow)) return;
      div.dataset.marsadNarrow = String(narrow);
      // Figures that ask for it (the timeline) drop their point labels on a narrow screen and get them back
      // when wide again; hover still shows each point.
      if (((div.layout || {}).meta || {}).marsad_narrow_text === 'hide') {
        if (!div.dataset.marsadModes) {
          div.dataset.marsadModes = JSON.stringify((div.data || []).map(function (t) { return t.mode || ''; }));
        }
        var modes = JSON.parse(div.dataset.marsadModes), idx = [], now = [];
        modes.forEach(function (m, i) {
          if (m.indexOf('text') >= 0) { idx.push(i); now.push(narrow ? m.replace('+text', '').replace('text+', '') : m); }
        });
        if (idx.length) { try { window.Plotly.restyle(div, {mode: now}, idx); } catch (e) {} }
        // ... and show instead the count over each run of marks that overprint at that width ("7 events", audit42)
        var counts = {};
        (div.layout.annotations || []).forEach(function (a, i) {
          if (a.name === 'marsad_phone') counts['annotations[' + i + '].visible'] = narrow;
        });
        if (Object.keys(counts).length) { try { window.Plotly.relayout(div, counts); } catch (e) {} }
      }
      // Figures that ask for it (a people x countries heatmap with three-digit counts) drop their cell numbers on a
      // narrow screen, where "340 95 100 116" ran into one string (audit39), and get them back when wide again;
      // hover (tap) still gives each count.
      if (((div.layout || {}).meta || {}).marsad_narrow_cells === 'hide') {
        if (!div.dataset.marsadCells) {
          div.dataset.marsadCells = JSON.stringify((div.data || []).map(function (t) { return t.texttemplate || ''; }));
        }
        var cells = JSON.parse(div.dataset.marsadCells);
        try { window.Plotly.restyle(div, {texttemplate: cells.map(function (t) { return narrow ? '' : t; })}); } catch (e) {}
      }
      // Figures that ask for it (the topic mix over time in shares, a headline count over each month) drop their
      // notes on a narrow screen, where the counts of months a few pixels wide ran into each other (audit41), and get
      // them back when wide again; hover (tap) still gives each count.
      if (((div.layout || {}).meta || {}).marsad_narrow_notes === 'hide') {
        var notes = (div.layout.annotations || []).map(function (a, i) { return i; });
        var vis = {};
        notes.forEach(function (i) { vis['annotations[' + i + '].visible'] = !narrow; });
        if (notes.length) { try { window.Plotly.relayout(div, vis); } catch (e) {} }
      }
      // Figures that ask for it (the world map) take a height from their width on a narrow screen (a map keeps
      // its shape: a fixed height left it a strip between empty bands), and their own height back when wide.
      var aspect = ((div.layout || {}).meta || {}).marsad_narrow_aspect;
      if (aspect) {
        if (!div.dataset.marsadHeight) div.dataset.marsadHeight = String(div._fullLayout.height);
        var extra = ((div.layout || {}).meta || {}).marsad_narrow_extra || 0;
        var height = narrow ? Math.round(div.clientWidth * aspect + extra) : Number(div.dataset.marsadHeight);
        // the box around the figure keeps the height it was written with (a blank band under a shorter figure)
        var box = div.parentElement;
        if (box && box.style.height) box.style.height = height + 'px';
        try { window.Plotly.relayout(div, {height: height}); } catch (e) {}
      }
      var legend = div._fullLayout.legend;
      if (!legend || !div._fullLayout.showlegend) return;  // nothing to move
      var update = null;
      if (narrow) {
        if (!div.dataset.marsadLegend) {  // remember the figure's own legend, to put it back when wide again
          div.dataset.marsadLegend = JSON.stringify({'legend.orientation': legend.orientation, 'legend.x': legend.x,
            'legend.xanchor': legend.xanchor, 'legend.y': legend.y, 'legend.yanchor': legend.yanchor});
        }
        // a few pixels under the plot, then below the axis's labels (clearAxis): a quarter of the plot's height put the
        // key of a tall timeline ~150 px under its last strip, read as belonging to nothing (audit42)
        var under = fl_h(div) ? -30 / fl_h(div) : -0.25;
        update = {'legend.orientation': 'h', 'legend.x': 0, 'legend.xanchor': 'left', 'legend.y': under,
                  'legend.yanchor': 'top'};
      } else if (div.dataset.marsadLegend) {
        update = JSON.parse(div.dataset.marsadLegend);
      }
      if (update) {
        try { window.Plotly.relayout(div, update).then(function () { if (narrow) clearAxis(div, 3); }); } catch (e) {}
      }
    });
    // A title longer than its figure is cut at the edge: make its font smaller until it fits.
    document.querySelectorAll('.plotly-graph-div').forEach(function (div) {
      var title = div.querySelector('.gtitle');
      if (!title || !div._fullLayout) return;
      var room = div.clientWidth - 20, wide = title.getBBox().width;
      if (wide > room) {
        var size = (div._fullLayout.title.font || {}).size || 17;
        try { window.Plotly.relayout(div, {'title.font.size': Math.max(9, Math.floor(size * room / wide))}); } catch (e) {}
      }
    });
  }
  window.addEventListener('load', fit);
  var t = null;
  window.addEventListener('resize', function () { clearTimeout(t); t = setTimeout(fit, 150); });
})();
</script>"""


def export_html(
    notebook_path: Path,
    html_path: Path,
    *,
    show_code: bool = False,
    title: str | None = None,
    downloads: list[str] | None = None,
    index: str | None = "index.html",
    info: dict | None = None,
) -> dict:
    """Export an executed notebook to standalone, offline HTML.

    Code is hidden unless ``show_code``. The page gets a header with a table of
    contents (from the notebook's headings), the parameters the notebook ran
    with, the analysis options (``info``: the run's ``run.json``; default: read
    from the notebook's ``tables`` parameter), what the notebook could not show,
    and links to the run's CSV tables.

    Args:
        notebook_path: the executed notebook.
        html_path: where to write the HTML.
        show_code: keep code cells (and the sections the notebook left out with ``report.leave_out``, which are
            otherwise dropped: their cells tagged ``only-with-<group>``).
        title: page title (default: the notebook's name).
        downloads: CSV file names, relative to ``html_path``'s folder, to link
            (default: every ``*.csv`` in that folder).
        index: relative link back to the run's index page (None: no link).
        info: the run's ``run.json`` contents.

    Returns:
        the notebook's ``marsad`` metadata (``headline``, ``notices``).
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook_path, as_version=4)
    meta = collect_metadata(nb)
    if not show_code:
        _leave_out(nb, meta.get("leave_out") or [])
    _describe_images(nb)
    parameters = effective_parameters(nb)
    if info is None:
        info = run_info(_literal(parameters.get("tables")))
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
        toc, parameters, run_options(info), meta["notices"], downloads, folder=Path(html_path).parent,
        index=index, run_name=Path(html_path).parent.name,
    )
    body = _insert_header(body, header)
    body = _finding_first(body)
    body = body.replace("</head>", BASE_CSS + RESPONSIVE_CSS + _HEADER_CSS + FINDING_CSS + "</head>", 1)
    body = body.replace("</body>", _RESPONSIVE_JS + "</body>", 1)
    body = _add_csp(body, content_security_policy(body))
    Path(html_path).write_text(body, encoding="utf-8")
    return meta


def _leave_out(nb, groups) -> None:
    """Drop the cells tagged ``only-with-<group>`` for each group the notebook left out (``report.leave_out``)."""
    tags = {LEAVE_OUT_TAG + g for g in groups}
    if tags:
        nb.cells = [c for c in nb.cells if not tags & set(c.get("metadata", {}).get("tags", []))]


def _literal(text):
    if text is None:
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def _describe_images(nb) -> None:
    """Give every PNG output alt text: its own (``metadata.marsad.alt``), else the caption right after it.

    nbconvert's template writes no ``alt`` (and warns); an ``<img>`` with the
    description is put in the output's HTML instead, which the template prefers.
    """
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    for i, output in enumerate(outputs):
        data = output.get("data") or {}
        if "image/png" not in data or "text/html" in data:
            continue
        meta = output.get("metadata") or {}
        alt = (meta.get(METADATA_KEY) or {}).get("alt") or (meta.get("image/png") or {}).get("alt")
        if not alt:
            for later in outputs[i + 1:i + 3]:
                caption = _CAPTION.search(str((later.get("data") or {}).get("text/html", "")))
                if caption:
                    alt = html.unescape(_TAG.sub("", caption.group(1))).strip()
                    break
                if "image/png" in (later.get("data") or {}):
                    break
        png = data["image/png"]
        png = "".join(png) if isinstance(png, list) else png
        alt_text = escape_html(alt or _ALT_FALLBACK)
        data["text/html"] = (f"<img class='marsad-figure' src='data:image/png;base64,{png.strip()}' "
                             f"alt='{alt_text}' title='{alt_text}'>")
        del data["image/png"]


def _drop_remote_script(match: re.Match) -> str:
    script = match.group()
    return "" if _REMOTE_IMPORT.search(script) or _MATHJAX_CONFIG.match(script) else script


def _number_headings(body: str) -> tuple[str, list[tuple[int, str, str]]]:
    """Give every h2/h3 an id and return ``(body, [(level, id, text)])`` for the table of contents."""
    entries: list[tuple[int, str, str]] = []

    def visit(match: re.Match) -> str:
        level, attrs, inner = match.group(1), match.group(2), match.group(3)
        found = _ID_ATTR.search(attrs)
        if found and "%" not in found.group(1):
            anchor = html.unescape(found.group(1))
        else:  # no id, or one nbconvert percent-encoded (a heading from a Markdown output): a plain one
            anchor = f"marsad-section-{len(entries) + 1}"
            attrs = _ID_ATTR.sub("", attrs) + f' id="{anchor}"'
            if found:  # the heading's own permalink (¶) follows it to the new id
                inner = inner.replace(f'href="#{found.group(1)}"', f'href="#{anchor}"')
        text = html.unescape(_TAG.sub("", inner)).replace("\u00b6", "").strip()
        if text:
            entries.append((int(level), anchor, text))
        return f"<h{level}{attrs}>{inner}</h{level}>"

    return _HEADING.sub(visit, body), entries


def effective_parameters(nb) -> dict:
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


_RUN_KEYS = (("capture_date", "capture date"), ("stages", "stages"), ("engine", "engine"),
             ("chunk_mb", "MB per partition"), ("partitions", "partitions"))


# Options whose bare value reads as the opposite of what a page shows: "headlines.deduplicate false" beside a topic
# page that counts each repeated headline once (audit41). The stage keeps every repeat in headlines.csv; the pages
# decide (their own ``deduplicate`` parameter).
_OPTION_WORDS = {
    ("headlines", "deduplicate", False): "headlines.csv keeps every repeated headline; the topic page counts a "
                                         "repeat once",
    ("headlines", "deduplicate", True): "headlines.csv drops a headline that repeats an earlier one word for word",
}


def run_options(info: dict) -> dict:
    """Flatten a ``run.json`` into ``{label: value}``: the run's settings and every stage option."""
    out: dict = {}
    for key, label in _RUN_KEYS:
        if key in info and info[key] not in (None, "", []):
            value = info[key]
            out[label] = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    options = info.get("options") or {}
    for stage, values in options.items():
        if isinstance(values, dict):
            for key, value in values.items():
                out[f"{stage}.{key}"] = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
                words = _OPTION_WORDS.get((stage, key, value if isinstance(value, bool) else None))
                if words:
                    out[f"{stage}.{key}"] += f" ({words})"
        else:
            out[stage] = json.dumps(values, ensure_ascii=False)
    if info and not options:
        out["stage options"] = "defaults"
    return out


def _report_header(toc, parameters: dict, options: dict, notices: list[str], downloads: list[str], *, folder: Path,
                   index: str | None, run_name: str) -> str:
    """The box at the top of a report: notices, contents, parameters, analysis options, CSV downloads."""
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
    option_rows = "".join(
        f"<tr><th>{escape_html(k)}</th><td dir='auto'><code>{escape_html(v)}</code></td></tr>"
        for k, v in options.items()
    )
    analysis = (f"<div><h2 class='marsad-box-title'>Analysis options</h2>"
                f"<table class='marsad-params marsad-options'>{option_rows}</table></div>" if option_rows else "")
    links = []
    for name in downloads:
        path = folder / name
        size = f" ({_human_size(path.stat().st_size)})" if path.exists() else ""
        links.append(f"<li><a href='{escape_html(quote(name))}' download>{escape_html(name)}</a>{size}</li>")
    data = f"<div><h2 class='marsad-box-title'>Data (CSV)</h2><ul>{''.join(links)}</ul></div>" if links else ""
    warn = ""
    if notices:
        lis = "".join(f"<li dir='auto'>{escape_html(n)}</li>" for n in notices)
        warn = (f"<div class='marsad-notices' role='note'><h2 class='marsad-box-title'>Not in this run</h2>"
                f"<ul>{lis}</ul></div>")
    back = f"<a href='{escape_html(index)}'>\u2190 all reports of this run</a> \u00b7 " if index else ""
    # The settings are for checking, not for reading first: folded, so the report's answer is on the
    # first screen; the summary line still names the corpus.
    settings = ""
    if params or analysis:
        corpus = _literal(parameters.get("corpus"))
        what = " and ".join(w for w, part in (("Parameters", params), ("analysis options", analysis)) if part)
        what = what[0].upper() + what[1:]
        on = f" \u00b7 corpus <code>{escape_html(Path(str(corpus)).name)}</code>" if corpus else ""
        settings = (f"<details class='marsad-settings'><summary>{what}{on}</summary>"
                    f"<div class='marsad-box'>{params}{analysis}</div></details>")
    return (
        f"<nav class='marsad-header' dir='ltr' aria-label='report contents'>"
        f"<p class='marsad-run'>{back}run <strong>{escape_html(run_name)}</strong></p>"
        f"<div class='marsad-box'>{warn}{contents}{data}</div>{settings}</nav>"
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


_OUTPUT = re.compile(r"class=\"[^\"]*jp-OutputArea-output")


def _finding_first(body: str) -> str:
    """Mark the page so that a phone shows the report's first finding right under its title.

    At 400 px the description and the contents box filled the first screen: the finding sentence started 521-801 px
    down (audit40). The title cell (``marsad-title-cell``) and the first cell after the header with an output
    (``marsad-finding``, and the next cell with an output when it is the page's trust note, ``marsad-trust``) are
    marked, and ``<main class='marsad-finding-first'>`` is laid out by :data:`FINDING_CSS`
    at narrow widths only: title, finding, description, contents box, the rest. Pure CSS (flex ``order``), so it
    needs no script; a wide screen and a page without a title cell or without an output are left as they are.
    """
    at = body.find("<nav class='marsad-header'")
    main = body.find("<main>")
    if at < 0 or main < 0 or main > at:
        return body
    cells = [m.start() for m in _CELL_START.finditer(body)]
    before = [c for c in cells if c < at]
    after = [c for c in cells if c > at]
    if len(before) != 1 or "<h1" not in body[before[0]:at]:
        return body
    finding = None
    for i, start in enumerate(after):
        end = after[i + 1] if i + 1 < len(after) else len(body)
        if _OUTPUT.search(body, start, end):
            finding = start
            break
    if finding is None:
        return body
    mark = len('<div class="jp-Cell')
    # the "how far to trust" note in the next cell with an output goes with the finding: on a phone it came after
    # the description and the contents box, 700-1,000 px under the finding it qualifies (audit41)
    rest = [c for c in after if c > finding]
    for i, start in enumerate(rest):
        end = rest[i + 1] if i + 1 < len(rest) else len(body)
        if _OUTPUT.search(body, start, end):
            if "marsad-trust" in body[start:end]:
                body = body[:start + mark] + " marsad-finding" + body[start + mark:]
            break
    body = body[:finding + mark] + " marsad-finding" + body[finding + mark:]
    body = body[:before[0] + mark] + " marsad-title-cell" + body[before[0] + mark:]
    return body.replace("<main>", "<main class='marsad-finding-first'>", 1)


def content_security_policy(body: str) -> str:
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


# kept for the tests and callers of the old names
_content_security_policy = content_security_policy
_effective_parameters = effective_parameters
