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
    "setup_notebook",
    "escape_html",
    "escape_markdown",
    "hover_text",
    "mpl_text",
    "rtl_table",
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
    pio.renderers.default = "notebook" if offline_html else "plotly_mimetype+notebook"
    template = pio.templates["plotly_white"]
    template.layout.font.family = _PLOTLY_FONT
    # plotly_white turns lakes on; the offline world map shipped in data/kb has no lakes
    # layer, and plotly.js throws while drawing a map whose layer is missing.
    template.layout.geo.showlakes = False
    pio.templates.default = "plotly_white"


def plural(n, one: str, many: str | None = None) -> str:
    """Return ``"1 document"`` / ``"3 documents"`` (``many`` for irregular plurals); ``n`` is shown as an integer."""
    count = int(n)
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


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


def hover_text(value, *, width: int = 80) -> str:
    """Escape text for a plotly hover label and wrap long lines with <br>."""
    text = escape_html(value)
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
                cell = escape_html(value)
            cells.append(f"<td>{cell}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = ""
    if len(df) > max_rows:
        more = f"<p dir='rtl'>… {len(df) - max_rows} more rows in the CSV.</p>"
    return HTML(
        "<div dir='rtl' lang='ar' style='text-align:right; max-height:480px; overflow:auto'>"
        "<table class='marsad-table' dir='rtl'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}</div>"
    )


def note(message: str):
    """Return a visible note (e.g. 'no ticker in this corpus') as HTML; message is escaped."""
    from IPython.display import HTML

    return HTML(f"<p class='marsad-note' style='padding:.5em;border-left:4px solid #999'>{escape_html(message)}</p>")


def caption(message: str):
    """Return a figure caption (escaped) to display under a figure."""
    from IPython.display import HTML

    return HTML(f"<p class='marsad-caption' style='font-style:italic;color:#555'>{escape_html(message)}</p>")
