"""Arabic-aware figure and table defaults shared by every notebook.

Scraped text is data: everything here that puts text into HTML, Markdown or a
plotly hover label escapes it first (``escape_html``, ``escape_markdown``,
``hover_text``), and strips bidi override characters that could reorder what
the reader sees.
"""
from __future__ import annotations

import html
import re

import pandas as pd

from marsad.lang.text import strip_controls

__all__ = [
    "two_lines",
    "period_bars",
    "setup_notebook",
    "outlet_key",
    "outlet_name",
    "plotly_template",
    "readable_figure",
    "reader_table",
    "and_list",
    "COLUMN_NAMES",
    "escape_html",
    "escape_markdown",
    "hover_text",
    "shorten",
    "mpl_text",
    "rtl_table",
    "ltr_table",
    "note",
    "caption",
    "matplotlib_font",
    "plural",
    "TOPIC_COLORS",
]

# Fonts with Arabic glyphs *and* Latin digits and brackets; DejaVu Sans ships with matplotlib.
_MPL_FONTS = ["DejaVu Sans", "Noto Naskh Arabic", "Amiri", "Arial"]
_PLOTLY_FONT = "Noto Naskh Arabic, Amiri, DejaVu Sans, Tahoma, Arial, sans-serif"
# Every ASCII punctuation mark that means something to Markdown (CommonMark + GFM autolinks
# and tables), to HTML (< > &) or to MathJax ($ \): each is backslash-escaped, and the
# Markdown renderer then HTML-escapes the literal character.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:=\"'^%@;/?])")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNBROKEN = re.compile(r"\S{17,}")  # a file name or a path: no space to wrap at
# columns of running words (titles, headlines, sentences) and how many words make a cell worth a minimum width
_PROSE_COLUMNS = {"title", "text", "original", "sentence", "opening"}
_PROSE_WORDS = 4
# C0/C1 control characters other than tab and newline: invisible, and NUL breaks HTML.
_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

TOPIC_COLORS = {
    "politics": "#1f77b4",
    "world": "#17becf",
    "economy": "#2ca02c",
    "sports": "#ff7f0e",
    "society": "#9467bd",
    "security": "#d62728",
    "culture": "#e377c2",
    "science_health": "#8c564b",
    "religion": "#bcbd22",
    "uncertain": "#c7c7c7",
}


def setup_notebook(*, offline_html: bool = True) -> None:
    """Set plotly and matplotlib defaults for Arabic reports.

    Registers the ``marsad`` plotly template (Arabic font, right-aligned hover
    labels, axes and titles that make room for their labels) and the
    ``marsad`` renderer, which readies every figure for a phone and a printer
    as it is displayed: no fixed width (the figure takes its column), integer
    ticks on axes that only carry counts.

    Args:
        offline_html: embed plotly.js in the notebook output (renderer
            ``notebook``) so exported HTML renders with no network. Inside a
            papermill kernel plotly's default renderer stores only JSON, which
            nbconvert drops.
    """
    import matplotlib
    import plotly.io as pio

    try:  # register the inline PNG formatter so display(Figure) shows the image, not its repr
        from IPython import get_ipython

        shell = get_ipython()
        if shell is not None and "ipykernel" in type(shell).__module__:
            shell.run_line_magic("matplotlib", "inline")
    except ImportError:  # pragma: no cover - IPython is installed with Jupyter
        pass

    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = _MPL_FONTS + list(matplotlib.rcParams["font.sans-serif"])
    matplotlib.rcParams["axes.unicode_minus"] = False
    pio.templates["marsad"] = plotly_template()
    pio.templates.default = "marsad"
    if offline_html:
        pio.renderers["marsad"] = _readable_renderer()
        pio.renderers.default = "marsad"
    else:
        pio.renderers.default = "plotly_mimetype+notebook"


def plotly_template():
    """The ``marsad`` plotly template: plotly_white with Arabic-friendly fonts, RTL hover labels and automargins."""
    import plotly.graph_objects as go
    import plotly.io as pio

    template = go.layout.Template(pio.templates["plotly_white"])
    layout = template.layout
    layout.font.family = _PLOTLY_FONT
    # Arabic hover text reads right to left: align it right (bullets and full stops on the correct side).
    layout.hoverlabel.align = "right"
    layout.hoverlabel.font.family = _PLOTLY_FONT
    layout.xaxis.automargin = True
    layout.yaxis.automargin = True
    layout.legend.title.side = "top"
    # plotly_white turns lakes on; the offline world map shipped in data/kb has no lakes
    # layer, and plotly.js throws while drawing a map whose layer is missing.
    layout.geo.showlakes = False
    return template


def _readable_renderer():
    from plotly.io._base_renderers import NotebookRenderer

    class ReadableRenderer(NotebookRenderer):
        """plotly's offline notebook renderer, making each figure responsive and its count axes integer."""

        def to_mimebundle(self, fig_dict):
            return super().to_mimebundle(readable_figure(fig_dict))

    return ReadableRenderer()


_CARTESIAN = {"bar", "scatter", "histogram", "scattergl", "box", "funnel", "waterfall"}


def _is_count(values) -> bool:
    numbers = [v for v in (values if isinstance(values, (list, tuple)) else list(values)) if v is not None]
    if not numbers:
        return False
    for v in numbers:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            try:
                v = float(v)
            except (TypeError, ValueError):
                return False
        if v != v or v < 0 or v != int(v):
            return False
    return True


def readable_figure(fig_dict: dict) -> dict:
    """Return a plotly figure dict made readable on any screen.

    * ``layout.width`` is dropped: the figure takes the width of its column (a
      fixed 900 px figure is cut on a phone);
    * a numeric axis whose every value is a whole number (counts of documents
      or mentions) gets integer ticks (no 0.2 documents), with a tick per unit
      when the largest count is small;
    * bar labels stay upright (a sideways "3" in a thin bar reads as "ω");
    * an "Arabic · English" category of a horizontal bar chart takes two lines (one line took up to 40 % of a
      phone's width from the bars; two lines also read alike from bar to bar).
    """
    layout = dict(fig_dict.get("layout") or {})
    layout.pop("width", None)
    values: dict[str, list] = {}
    traces = [dict(t) for t in fig_dict.get("data") or []]
    for trace in traces:
        if hasattr(trace.get("y"), "tolist") and getattr(trace["y"], "dtype", None) == object:
            trace["y"] = trace["y"].tolist()
        if trace.get("type") == "bar" and trace.get("orientation") == "h" and isinstance(trace.get("y"), (list, tuple)):
            # "محمد المهدي بنسعيد · Mohamed Mehdi Bensaid" is wider than a phone's margin: one name a line.
            trace["y"] = [two_lines(v) for v in trace["y"]]
        if trace.get("type") == "bar" and ("text" in trace or "texttemplate" in trace):
            # plotly turns a label that does not fit a thin bar sideways ("3" reads as "ω"): keep it
            # upright (it moves outside the bar) and let it overflow the plot area rather than vanish.
            trace.setdefault("textangle", 0)
            trace.setdefault("cliponaxis", False)
    for trace in traces:
        if trace.get("type", "scatter") not in _CARTESIAN:
            continue
        horizontal = trace.get("orientation") == "h"
        for letter in ("x", "y"):
            data = trace.get(letter)
            if data is None:
                continue
            if hasattr(data, "tolist"):
                data = data.tolist()
            if isinstance(data, dict):  # plotly's binary encoding of a numpy array
                data = _decode(data)
            is_count_side = (letter == "x") if horizontal else (letter == "y")
            key = _axis_name(trace, letter)
            values.setdefault(key, []).append(list(data) if is_count_side and data is not None else None)
    stacked = layout.get("barmode") in ("stack", "relative")
    for axis, lists in values.items():
        if any(v is None for v in lists):
            continue
        flat = [v for lst in lists for v in lst]
        if not _is_count(flat):
            continue
        spec = dict(layout.get(axis) or {})
        if spec.get("type") in ("log", "date", "category") or spec.get("tickformat") or spec.get("dtick"):
            continue
        maxima = [max((float(v) for v in lst), default=0) for lst in lists]
        top = sum(maxima) if stacked else max(maxima, default=0)
        # A whole-number step, so every tick is a count (0, 7.2, 14.4 shown as "7", "14" would lie).
        spec["dtick"] = _nice_step(top)
        spec["tickformat"] = ",d"
        spec.setdefault("rangemode", "tozero")
        layout[axis] = spec
    out = dict(fig_dict)
    out["layout"] = layout
    out["data"] = traces
    return out


def _nice_step(top: float, ticks: int = 5) -> int:
    """A whole tick step of 1, 2 or 5 times a power of ten giving about ``ticks`` ticks up to ``top``."""
    import math

    if top <= 10:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


def _decode(spec: dict) -> list | None:
    """Values of a plotly binary-encoded array (``{"dtype": "i1", "bdata": "AQE="}``), or None."""
    import base64

    import numpy as np

    try:
        values = np.frombuffer(base64.b64decode(spec["bdata"]), dtype=np.dtype(spec["dtype"]))
    except (KeyError, TypeError, ValueError):
        return None
    return values.tolist()


def _axis_name(trace: dict, letter: str) -> str:
    ref = trace.get(f"{letter}axis") or letter
    return f"{letter}axis{ref[1:]}"


# The ANT corpus's <SRC> codes (and its folder names), as the outlets call themselves: the tables keep the code,
# the charts and the report prose show the name.
OUTLET_NAMES = {"alarabia": "Al Arabiya", "france24": "France 24", "jawharafm": "Jawhara FM", "cnn": "CNN Arabic"}


# Other names the same outlets go by (folded as by outlet_key): a page's og:site_name, a byline, a table's source
# column. The ANT code "Alarabia" is not how Al Arabiya spells itself ("Al Arabiya", العربية): a corpus of its own
# pages read "on an outlet it was not trained on" (audit38).
_OUTLET_ALIASES = {
    "alarabia": ("alarabiya", "alarabiya.net", "العربية", "العربية.نت", "العربيةنت", "قناةالعربية"),
    "france24": ("فرانس24",),
    "jawharafm": ("jawhara", "جوهرةافام", "جوهرةأفأم", "جوهرةإفإم", "اذاعةجوهرةافام"),
    "cnn": ("cnnarabic", "cnnبالعربية", "سيإنإنبالعربية", "سيانانبالعربية"),
}
_OUTLET_BY_ALIAS = {alias: code for code, aliases in _OUTLET_ALIASES.items() for alias in aliases}


def outlet_key(name) -> str:
    """A source's name folded for comparison: lower case, no spaces (``JawharaFM`` and ``jawharafm`` are one); a
    name an ANT outlet goes by (``Al Arabiya``, ``العربية``, ``CNN بالعربية``) folds to that outlet's code."""
    key = "".join(str(name).lower().split())
    return _OUTLET_BY_ALIAS.get(key, key)


def outlet_name(name) -> str:
    """The display name of a source: an ANT code (any case or spacing) becomes its outlet's name, anything else
    is shown as written."""
    return OUTLET_NAMES.get(outlet_key(name), str(name))


_DAY_MS = 86_400_000


def period_bars(fig, freq: str):
    """Draw a chart of per-period counts across its periods: each bar (and point) in the middle of its day, week
    or month, as wide as most of it, and each date label under the middle of its period.

    Plotly drew a month's bar centred on the month's first day and as wide as the gap to the next bar: three
    titles of March and May read as a bar over February-March and one over April-May (audit39). ``freq``: ``D``,
    ``W`` (weeks from Monday, as pandas and :mod:`marsad.query` count them) or ``M``/``MS``; other values leave
    the figure as it is.
    """
    f = str(freq or "")[:1].upper()
    if f not in ("D", "W", "M"):
        return fig
    where = {"xperiod": "M1" if f == "M" else _DAY_MS * (7 if f == "W" else 1), "xperiodalignment": "middle"}
    if f == "W":
        where["xperiod0"] = "2000-01-03"  # a Monday; plotly's default base for weeks is a Sunday
    fig.update_traces(width=round(_DAY_MS * {"D": 0.8, "W": 5.6, "M": 24}[f]), selector={"type": "bar"}, **where)
    fig.update_traces(selector={"type": "scatter"}, **where)
    fig.update_xaxes(ticklabelmode="period")
    # a few months: one label per month, its name. Left to itself plotly put a tick every 29-30 days on a wide
    # screen, and five months of 2018 read "Dec 18 2017, Jan 16 2018, Feb 15, Mar 16" under bars of January to
    # May (audit41); days and weeks read well as plotly labels them (a week of Jawhara FM: "Sep 5 2016 ... Sep 11")
    shown = _x_dates(fig) if f == "M" else pd.Series(dtype="datetime64[ns]")
    if len(shown):
        lo, hi = shown.min(), shown.max()
        if (hi.year - lo.year) * 12 + hi.month - lo.month < FEW_MONTHS:
            fig.update_xaxes(dtick="M1", tickformat="%b %Y")
    return fig


# A chart of at most this many months labels each of them by name (period_bars)
FEW_MONTHS = 12


def _x_dates(fig) -> pd.Series:
    """The dates on the x axis of a figure's bar and scatter traces."""
    values = [v for tr in fig.data if tr.type in ("bar", "scatter") and tr.x is not None for v in tr.x]
    return pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce").dropna()


def and_list(items) -> str:
    """"A", "A and B", "A, B and C" (each item as text; "" of none): the one way the reports list names in prose."""
    items = [str(x) for x in items]
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def plural(n, one: str, many: str | None = None, *, bold: bool = False) -> str:
    """Return ``"1 document"`` / ``"3 documents"`` (``many`` for irregular plurals); ``n`` is shown as an integer
    (``bold``: in ``<b>``)."""
    count = int(n)
    shown = f"<b>{count:,}</b>" if bold else f"{count:,}"
    return f"{shown} {one if count == 1 else (many or one + 's')}"


def mentions_words(named: int, organisations: int, *, bold: bool = False) -> str:
    """The mentions a run counts, as every page and the index say them: the people and countries, and apart the
    organisations the mentions table also holds ("3,434 person and country mentions (and 88 of organisations)")."""
    return (plural(named, "person and country mention", bold=bold)
            + (f" (and {int(organisations):,} of organisations)" if organisations else ""))


def events_words(events: int, background: int, *, bold: bool = False) -> str:
    """The events a run counts, and apart the background statements the events table also holds ("7 events and 1
    background statement")."""
    return plural(events, "event", bold=bold) + (f" and {plural(background, 'background statement')}" if background
                                                 else "")


def matplotlib_font() -> str:
    """Return the name of the first installed font from our Arabic-capable list."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    return next((f for f in _MPL_FONTS if f in names), "DejaVu Sans")


def _clean(value) -> str:
    """Text of a scalar with bidi overrides, zero-width and control characters removed."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA or value is pd.NaT:
        return ""
    return _C0.sub("", strip_controls(str(value)))


def escape_html(value) -> str:
    """Escape scraped text for HTML, including attribute values (and drop bidi overrides).

    Quotes become numeric references (``&#34;``, ``&#x27;``): plotly.js decodes
    those in labels but shows ``&quot;`` as it stands.
    """
    return html.escape(_clean(value), quote=True).replace("&quot;", "&#34;")


def escape_markdown(value) -> str:
    """Escape scraped text for a Markdown cell: Markdown, HTML and LaTeX controls, one line.

    Each special character is backslash-escaped rather than turned into an HTML
    entity, so the renderer shows ``<script>`` or ``AT&T`` as written (an entity
    would be escaped a second time and show as ``&lt;``).
    """
    return _MD_SPECIAL.sub(r"\\\1", _clean(value)).replace("\r", " ").replace("\n", " ")


def mpl_text(value) -> str:
    """Make scraped text safe for a matplotlib label: ``$`` would start mathtext (and fail on ``\\alert``)."""
    return _clean(value).replace("$", r"\$")


# A report shows at most this many characters of one scraped text in a hover label or a table cell (the CSVs keep
# it whole): a 2.5 MB CSV title was embedded whole in every hover and table that named its document, a 35 MB
# mentions report whose notebook then failed on the kernel's output (audit35).
HOVER_CHARS = 400
CELL_CHARS = 1000


def shorten(value, limit: int) -> str:
    """``value`` as text of at most about ``limit`` characters: cut at a space, with " …" when anything was cut."""
    text = _clean(value)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + " …"


def two_lines(label):
    """An "Arabic · English" label with each name on its own line (``<br>``) for a chart's axis; anything else as is."""
    return label.replace(" · ", "<br>") if isinstance(label, str) else label


def hover_text(value, *, width: int = 80, limit: int = HOVER_CHARS) -> str:
    """Escape text for a plotly hover label (at most ``limit`` characters of it) and wrap long lines with <br>."""
    text = escape_html(shorten(value, limit))
    if len(text) <= width:
        return text
    words, lines, line = text.split(" "), [], ""
    for word in words:
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(lines)


def rtl_table(df: pd.DataFrame, *, max_rows: int = 200, highlight: dict | None = None):
    """Render a DataFrame as an escaped right-to-left HTML table.

    Args:
        df: the table; every cell is escaped as text.
        max_rows: rows shown (a note says how many were left out).
        highlight: optional ``{column: (start_col, end_col)}``: wrap the
            characters between the offsets given in those two columns in ``<mark>``
            (used for keyword-in-context views).

    Returns:
        an ``IPython.display.HTML`` object.
    """
    return _html_table(df, "rtl", max_rows=max_rows, highlight=highlight)


def ltr_table(df: pd.DataFrame, *, max_rows: int = 200):
    """Render a DataFrame of English words and codes (a rule's name, a count) as an escaped
    left-to-right table that sits at the left like the prose around it."""
    return _html_table(df, "ltr", max_rows=max_rows)


def _html_table(df: pd.DataFrame, direction: str, *, max_rows: int, highlight: dict | None = None):
    from IPython.display import HTML

    shown = df.head(max_rows)
    head = "".join(f"<th>{escape_html(c)}</th>" for c in shown.columns)
    rows = []
    for _, row in shown.iterrows():
        cells = []
        for col in shown.columns:
            value = row[col]
            if highlight and col in highlight:
                s_col, e_col = highlight[col]
                text = "" if pd.isna(value) else str(value)
                s, e = int(row[s_col]), int(row[e_col])
                cell = escape_html(text[:s]) + "<mark>" + escape_html(text[s:e]) + "</mark>" + escape_html(text[e:])
            else:
                cell = escape_html(shorten(value, CELL_CHARS))
            cells.append(f"<td>{cell}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = ""
    if len(df) > max_rows:
        more = f"<p dir='{direction}'>… {len(df) - max_rows} more rows in the CSV.</p>"
    lang = " lang='ar'" if direction == "rtl" else ""
    return HTML(
        f"<div dir='{direction}'{lang} style='text-align:{'right' if direction == 'rtl' else 'left'}; "
        "max-height:480px; overflow:auto'>"
        f"<table class='marsad-table' dir='{direction}'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}</div>"
    )


def note(message: str, *, trust: bool = False):
    """Return a visible note (e.g. 'no ticker in this corpus') as HTML; message is escaped.

    Notes and captions are English prose that may open with an Arabic name: they are set left to right,
    or the browser's automatic direction would read the whole sentence right to left (the full stop
    jumping to its start). ``trust``: the page's "how far to trust" note (class ``marsad-trust``), which a phone
    shows with the page's first finding (:func:`marsad.runner.html.export_html`)."""
    from IPython.display import HTML

    kind = "marsad-note marsad-trust" if trust else "marsad-note"
    return HTML(f"<p class='{kind}' dir='ltr' style='padding:.5em;border-left:4px solid #999'>"
                f"{escape_html(message)}</p>")


def caption(message: str):
    """Return a figure caption (escaped) to display under a figure; left to right like :func:`note`."""
    from IPython.display import HTML

    return HTML(f"<p class='marsad-caption' dir='ltr' style='font-style:italic;color:#555'>{escape_html(message)}</p>")


# --------------------------------------------------------------------------- reader-facing tables

# Column -> (Arabic heading, English heading). Columns listed in _HIDDEN never reach a reader's table
# (they stay in the CSVs): ids, hashes, character offsets, internal codes.
COLUMN_NAMES = {
    "title": ("العنوان", "title"),
    "text": ("النص", "text"),
    "headline": ("العنوان", "headline"),
    "source": ("المصدر", "source"),
    "sources": ("المصادر", "sources"),
    "published": ("تاريخ النشر", "published"),
    "date": ("التاريخ", "date"),
    "period": ("الفترة", "period"),
    "first": ("أول ظهور", "first seen"),
    "last": ("آخر ظهور", "last seen"),
    "section": ("القسم", "section"),
    "topic": ("الموضوع", "topic"),
    "label": ("الاسم", "name"),
    "label_ar": ("الاسم", "name"),
    "label_en": ("الاسم بالإنجليزية", "English name"),
    "entity_type": ("النوع", "type"),
    "surface": ("الصيغة في النص", "as written"),
    "context": ("السياق", "context"),
    "sentence": ("الجملة", "sentence"),
    "documents": ("الوثائق", "documents"),
    "segments": ("المقاطع", "segments"),
    "characters": ("الحروف", "characters"),
    "mentions": ("الإشارات", "mentions"),
    "count": ("العدد", "count"),
    "share": ("النسبة", "share"),
    "headlines": ("العناوين", "headlines"),
    "events": ("الأحداث", "events"),
    "stories": ("القصص", "stories"),
    "outlets": ("المنافذ", "outlets"),
    "original": ("العنوان الأصلي", "original"),
    "duplicate_of": ("يكرر العنوان رقم", "repeats headline no."),
    "exact": ("مطابق حرفيا", "verbatim"),
    "position": ("الترتيب", "position"),
    "format": ("الصيغة", "format"),
    "category": ("التصنيف", "category"),
    "path": ("الملف", "file"),
    "file": ("الملف", "file"),
    "opening": ("بداية النص", "opening words"),
    "reason": ("السبب", "reason"),
    "warnings": ("تنبيهات", "warnings"),
    "bytes": ("الحجم (بايت)", "size (bytes)"),
    "status": ("الحالة", "status"),
    "confidence": ("الثقة", "confidence"),
    "url": ("الرابط", "link"),
}
_HIDDEN = {"doc_id", "entity_id", "seg_id", "start", "end", "match_start", "match_end", "normalized", "unit_text", "unit_doc",
           "doc_code", "event_id", "t0", "t1", "rule", "fingerprint", "hash", "content_hash", "sha1", "sha256"}
_HASHLIKE = re.compile(r"^(?:[0-9a-f]{16,}|\d{3}_[0-9a-f]{16})$")
_YES, _NO = "نعم", "لا"


def _cell_text(value) -> str:
    if isinstance(value, (bool,)) or type(value).__name__ == "bool_":
        return _YES if value else _NO
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float) and value == value and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int,)) or type(value).__name__ in ("int64", "int32"):
        return f"{int(value):,}"
    return "" if _clean(value) == "" else _clean(value)


# Columns that number a segment on its page: the CSVs count from 0 (a program's index), a reader counts from 1. The
# seed's "repeats headline no. 53" of a 58-headline ticker pointed at the row shown as 53, its 54th headline
# (review48).
_COUNTED_FROM_ONE = ("position", "duplicate_of")


def _reader_frame(df: pd.DataFrame, columns) -> pd.DataFrame:
    frame = df.reset_index(drop=True)
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns]]
    for col in _COUNTED_FROM_ONE:
        if col in frame.columns:
            numbers = pd.to_numeric(frame[col], errors="coerce")
            frame = frame.assign(**{col: (numbers + 1).where(numbers.notna(), frame[col])})
    keep = []
    for col in frame.columns:
        if col in _HIDDEN or (col == "url" and "title" in frame.columns):
            continue
        values = frame[col]
        if values.isna().all() or values.astype(str).str.strip().eq("").all():
            continue  # an empty column says nothing
        sample = values.dropna().astype(str).head(20)
        if len(sample) and sample.map(lambda v: bool(_HASHLIKE.match(v))).all():
            continue  # hashes mean nothing to a reader; they stay in the CSV
        keep.append(col)
    return frame[keep]


def _more_rows(n: int, csv: str | None, derived: bool) -> str:
    """The note under a table cut at its ``max_rows``: how many rows are left out, and where they are."""
    rows = f"{n:,} more {'row' if n == 1 else 'rows'}"
    if not csv:
        return f"{escape_html(rows)} not shown."
    return escape_html(f"{rows}, counted from {csv}." if derived else f"{rows} in {csv}.")


def reader_table(df: pd.DataFrame, *, columns: list[str] | None = None, names: dict | None = None,
                 show: int = 10, max_rows: int = 200, caption: str | None = None, highlight: dict | None = None,
                 direction: str = "rtl", csv: str | None = None, derived: bool = False):
    """Render a table for a reader: Arabic headings (English under them), no ids, offsets or empty columns.

    * headings from :data:`COLUMN_NAMES` (or ``names``: ``{column: (arabic, english)}``),
      Arabic first with the English name under it and in the tooltip;
    * document ids, hashes, character offsets, empty columns and the pandas
      index are left out (they stay in the CSVs); ``True``/``False`` become
      نعم/لا; dates lose their ``00:00:00``; counts get thousands separators;
    * a ``title`` is a link to the document's ``url`` when there is one;
    * a segment's ``position`` and the ``duplicate_of`` it repeats count from 1 (from 0 in the CSVs);
    * the first ``show`` rows are shown and the rest (up to ``max_rows``) fold
      under "show all"; beyond ``max_rows`` a note says how many rows are left out and where they are (``csv``).

    Args:
        df: the table (every cell is escaped as text).
        columns: columns to show, in order (default: all but the hidden ones).
        names: extra or overriding headings.
        show: rows shown before "show all".
        max_rows: rows rendered at most.
        caption: a one-line caption above the table (escaped).
        highlight: optional ``{column: (start_col, end_col)}``: the characters between the
            offsets of those (hidden) columns are wrapped in ``<mark>`` (keyword in context).
        direction: ``rtl`` (Arabic text) or ``ltr`` for a table of file names and English reasons, which reads
            from the left like the prose around it (the headings stay bilingual).
        csv: the run's CSV whose rows the table shows ("… 26 more rows in mentions.csv."); with ``derived``, the
            CSV the table is counted from ("… 26 more rows, counted from mentions.csv."); none: "… 26 more rows
            not shown." ("in the CSV" named none, under a table of countries that no CSV holds, review48).

    Returns:
        an ``IPython.display.HTML`` object.
    """
    from IPython.display import HTML

    if direction not in ("rtl", "ltr"):
        raise ValueError(f"direction must be 'rtl' or 'ltr', not {direction!r}")
    headings = {**COLUMN_NAMES, **(names or {})}
    offsets = df.reset_index(drop=True)
    urls = df["url"].reset_index(drop=True) if "url" in df.columns and "title" in df.columns else None
    frame = _reader_frame(df, columns)
    if frame.empty or not len(frame.columns):
        return note("Nothing to show in this table.")
    head = []
    for col in frame.columns:
        ar, en = headings.get(col, (str(col).replace("_", " "), str(col)))
        head.append(f"<th title='{escape_html(en)}'>{escape_html(ar)}<small dir='ltr'>{escape_html(en)}</small></th>")
    header = f"<thead><tr>{''.join(head)}</tr></thead>"

    def rows(part: pd.DataFrame) -> str:
        out = []
        for i, row in zip(part.index, part.itertuples(index=False)):
            cells = []
            for col, value in zip(part.columns, row):
                if highlight and col in highlight:
                    raw = "" if pd.isna(value) else str(value)
                    a, b = (int(offsets.at[i, c]) for c in highlight[col])
                    text = (escape_html(raw[:a]) + "<mark>" + escape_html(raw[a:b]) + "</mark>"
                            + escape_html(raw[b:]))
                    # a context must stay readable on a phone: the table scrolls instead
                    cells.append(f"<td dir='auto' style='min-width:16em'>{text}</td>")
                    continue
                # an outlet by its name, not its ANT code ("alarabia" beside "Al Arabiya" in the prose, audit39); a
                # source written otherwise (العربية) stays as written
                shown = (OUTLET_NAMES.get("".join(value.lower().split()), value)
                         if col == "source" and isinstance(value, str) else value)
                text = escape_html(shorten(_cell_text(shown), CELL_CHARS))
                url = urls.iloc[i] if urls is not None and col == "title" else None
                if isinstance(url, str) and url.startswith(("http://", "https://")) and text:
                    text = f"<a href='{escape_html(url)}' rel='noopener noreferrer'>{text}</a>"
                # an ISO date must not break at its hyphens in a narrow right-to-left column
                # and a long unbroken token (a file name, a path) may break anywhere, or it takes the width the
                # title next to it needs and squeezes that to a word per line on a phone
                # a title or a headline of several words beside a context cell (16em) was squeezed to a word per
                # line on a phone: a 12-word title took 12 lines in every row of the mentions tables (audit40); it
                # keeps 9em and the table scrolls inside its box instead
                nowrap = (" style='white-space:nowrap'" if _ISO_DATE.fullmatch(text)
                          else " style='overflow-wrap:anywhere'" if _UNBROKEN.fullmatch(text)
                          else " style='min-width:9em'" if col in _PROSE_COLUMNS and len(text.split()) >= _PROSE_WORDS
                          else "")
                cells.append(f"<td dir='auto'{nowrap}>{text}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        return "".join(out)

    limited = frame.head(max_rows)
    first, rest = limited.head(show), limited.iloc[show:]
    cap = f"<caption>{escape_html(caption)}</caption>" if caption else ""
    box = "dir='rtl' lang='ar'" if direction == "rtl" else "dir='ltr'"
    html = (f"<div class='marsad-table-box' {box}><table class='marsad-table' dir='{direction}'>{cap}{header}"
            f"<tbody>{rows(first)}</tbody></table>")
    if len(rest):
        # "show all 50 rows" of a 58-row table would be a lie: say how many of how many
        label = (f"عرض الكل · show all {len(limited):,} rows" if len(frame) <= max_rows
                 else f"عرض المزيد · show {len(limited):,} of {len(frame):,} rows")
        html += (f"<details class='marsad-table-more'><summary>{label}</summary>"
                 f"<table class='marsad-table' dir='{direction}'>{header}<tbody>{rows(rest)}</tbody></table></details>")
    if len(frame) > max_rows:
        html += f"<p dir='auto'>… {_more_rows(len(frame) - max_rows, csv, derived)}</p>"
    return HTML(html + "</div>")
