"""Open report HTML files in headless Chromium (Debian's package) with the network cut off.

Used by test_browser.py and test_hostile.py, and by hand for screenshots::

    .venv/bin/python tests/_browser.py reports/demo /tmp/shots

Chromium is the system one (``/usr/bin/chromium``, or ``MARSAD_CHROMIUM``), driven
by Playwright's Python package; no browser is ever downloaded.
"""
from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
    "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
]
# Schemes that never leave the machine.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
FIGURE_TIMEOUT_MS = 30_000

# Runs in the page once it has loaded: everything a test asserts on, in one JSON object.
_INSPECT_JS = r"""
() => {
  const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  const strong = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
  const blocks = document.querySelectorAll('p, li, td, th, h1, h2, h3, h4, h5, h6, pre, blockquote, caption, figcaption');
  const rtlWrong = [];
  let rtlChecked = 0;
  for (const el of blocks) {
    const text = (el.innerText || '').trim();
    const m = text.match(strong);
    if (!m || !arabic.test(m[0])) continue;
    // an English sentence that opens with an Arabic name (a caption, a note) is English prose, set left to
    // right on purpose: a block must be right to left when Arabic letters are most of its letters
    const nArabic = (text.match(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g) || []).length;
    const nLatin = (text.match(/[A-Za-z\u00C0-\u024F]/g) || []).length;
    if (nLatin >= nArabic) continue;
    rtlChecked += 1;
    if (getComputedStyle(el).direction === 'rtl') continue;
    // a two-line cell of an English date over its Arabic phrase ("2006" / <small dir=rtl>عام 2006</small>) is
    // right: every Arabic run sits in an element laid out right to left (audit40); an Arabic run left to right
    // anywhere in the block is not
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let ltrArabic = false;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (arabic.test(n.textContent) && getComputedStyle(n.parentElement).direction !== 'rtl') { ltrArabic = true; break; }
    }
    if (ltrArabic) rtlWrong.push(el.tagName + ': ' + text.slice(0, 60));
  }
  const figures = [...document.querySelectorAll('.js-plotly-plot, .plotly-graph-div')]
    .filter((el, i, all) => all.indexOf(el) === i && !el.parentElement.closest('.plotly-graph-div'));
  const figureInfo = figures.map(div => {
    const svg = div.querySelector('svg.main-svg');
    const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
    return {
      id: div.id, svg: !!svg, width: box.width, height: box.height,
      elements: svg ? svg.querySelectorAll('*').length : 0,
      traces: div.querySelectorAll('g.trace, g.slice, path.choroplethlocation, g.cartesianlayer path.point').length,
      title: (div.querySelector('.gtitle') || {}).textContent || '',
    };
  });
  const images = [...document.querySelectorAll('.jp-OutputArea img, .output img')]
    .map(img => ({src: img.src.slice(0, 30), width: img.naturalWidth, height: img.naturalHeight}));
  const hrefs = [...document.querySelectorAll('a, [href]')]
    .map(a => a.getAttribute('href') || a.getAttribute('xlink:href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '');
  const handlers = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) handlers.push(el.tagName + '[' + attr.name + ']');
    }
  }
  const captions = [...document.querySelectorAll('.marsad-caption')].map(c => c.textContent.trim());
  // A figure is captioned when the next figure-or-caption after it in reading order is a caption.
  const sequence = [...document.querySelectorAll('.plotly-graph-div, .jp-OutputArea img, .marsad-caption')];
  const uncaptioned = [];
  sequence.forEach((el, i) => {
    if (el.classList.contains('marsad-caption')) return;
    const next = sequence[i + 1];
    if (!next || !next.classList.contains('marsad-caption')) {
      uncaptioned.push(el.tagName === 'IMG' ? 'image' : ((el.querySelector('.gtitle') || {}).textContent || el.id));
    }
  });
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  // Legends, axis ticks and axis titles that stick out of their figure or out of the window.
  const clipped = [];
  const inside = (r, box) => r.width === 0 || (r.left >= box.left - 2 && r.right <= box.right + 2 && r.top >= box.top - 2
                                               && r.bottom <= box.bottom + 2);
  const viewport = {left: 0, right: window.innerWidth, top: -1e9, bottom: 1e9};
  for (const div of figures) {
    const svg = div.querySelector('svg.main-svg');
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    const title = (div.querySelector('.gtitle') || {}).textContent || div.id;
    if (!inside(box, viewport)) clipped.push(title + ': figure wider than the window');
    const parts = [...div.querySelectorAll('g.legend, g.xtick text, g.ytick text, .xtitle, .ytitle, .g-xtitle, .g-ytitle, .gtitle')];
    for (const el of parts) {
      const r = el.getBoundingClientRect();
      if (!inside(r, box) || !inside(r, viewport)) {
        clipped.push(title + ': ' + (el.getAttribute('class') || el.tagName) + ' ' + (el.textContent || '').slice(0, 30));
      }
    }
  }
  const hoverAlign = [...document.querySelectorAll('.hoverlayer g.hovertext text.nums')]
    .map(t => t.getAttribute('text-anchor') || getComputedStyle(t).textAnchor);
  const figureLayouts = figures.map(div => ((div._fullLayout || {}).hoverlabel || {}).align || '');
  // Heatmaps: how many of their rows and columns carry a label, and how wide the cells are next to the figure.
  // Horizontal bar charts: how wide the bars' area is next to the figure (the rest is names and margins).
  const barCharts = figures.filter(div => (div.data || []).some(t => t.type === 'bar' && t.orientation === 'h')).map(div => {
    const drag = div.querySelector('.nsewdrag'), svg = div.querySelector('svg.main-svg');
    return {title: (div.querySelector('.gtitle') || {}).textContent || div.id,
            barsWidth: drag ? drag.getBoundingClientRect().width : 0, width: svg ? svg.getBoundingClientRect().width : 0};
  });
  const heatmaps = figures.filter(div => (div.data || []).some(t => t.type === 'heatmap')).map(div => {
    const trace = div.data.find(t => t.type === 'heatmap');
    const drag = div.querySelector('.nsewdrag'), svg = div.querySelector('svg.main-svg');
    return {title: (div.querySelector('.gtitle') || {}).textContent || div.id,
            rows: (trace.y || []).length, cols: (trace.x || []).length,
            rowLabels: div.querySelectorAll('g.ytick text').length, colLabels: div.querySelectorAll('g.xtick text').length,
            // row names that overprint their neighbour (a two-line name in a row too thin for it)
            rowOverlaps: [...div.querySelectorAll('g.ytick text')].map(t => t.getBoundingClientRect())
              .sort((a, b) => a.top - b.top).filter((r, i, all) => i > 0 && r.top < all[i - 1].bottom - 1).length,
            cellsWidth: drag ? drag.getBoundingClientRect().width : 0, width: svg ? svg.getBoundingClientRect().width : 0};
  });
  return {
    title: document.title, pwned: window.__pwned === 1 || /PWNED/.test(document.title),
    rtlChecked, rtlWrong, figures: figureInfo, images, hrefs, handlers, captions, uncaptioned, ids,
    clipped, hoverAlign, figureLayouts, heatmaps, barCharts, pageWidth: document.documentElement.scrollWidth,
    imagesAlt: [...document.querySelectorAll('img')].map(i => i.getAttribute('alt') || ''),
    iframes: document.querySelectorAll('iframe, object, embed').length,
    // Text plotly drew in titles, ticks and legends (hover labels excluded).
    svgText: [...document.querySelectorAll('.main-svg text')].filter(t => !t.closest('.hoverlayer'))
      .map(t => t.textContent),
    text: document.body.innerText,
  };
}
"""


@dataclass
class PageCheck:
    """What one page did in the browser."""

    path: Path
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    info: dict = field(default_factory=dict)
    hovered: int = 0


def find_chromium() -> str | None:
    """Return the system Chromium's path, or None."""
    for candidate in (os.environ.get("MARSAD_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium",
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def unavailable_reason() -> str | None:
    """Why the browser tests cannot run here (None when they can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (make setup installs requirements.lock)"
    if find_chromium() is None:
        return "no Chromium: apt-get install -y chromium (.ci/run does it), or set MARSAD_CHROMIUM"
    return None


def require_browser(what: str = "browser tests") -> None:
    """Skip where Playwright or Chromium is missing, but fail in CI, which installs both (.ci/run)."""
    import os

    import pytest

    reason = unavailable_reason()
    if reason and os.environ.get("CI"):
        pytest.fail(f"{what} must run in CI: {reason}")
    if reason:
        pytest.skip(reason)


# Hover the first point of every trace of every figure, so hover labels are drawn too.
_HOVER_JS = r"""
() => {
  let hovered = 0;
  for (const div of document.querySelectorAll('.plotly-graph-div')) {
    (div._fullData || []).forEach((trace, curve) => {
      try { Plotly.Fx.hover(div, [{curveNumber: curve, pointNumber: 0}]); hovered += 1; } catch (e) {}
    });
  }
  return hovered;
}
"""


def check_pages(
    paths: list[Path], *, screenshot_dir: Path | None = None, full_page: bool = False,
    bypass_csp: bool = False, hover: bool = False, width: int = 1280,
) -> dict[Path, PageCheck]:
    """Open each HTML file from file:// with every non-local request aborted; inspect it.

    Args:
        paths: HTML files.
        screenshot_dir: if given, save ``<stem>.png`` of each page there.
        full_page: screenshot the whole page rather than the first screen.
        bypass_csp: ignore the pages' Content-Security-Policy (to test escaping alone).
        hover: hover the first point of every trace before inspecting.
        width: the viewport's width in CSS pixels (400: a phone).

    Returns:
        ``{path: PageCheck}``.
    """
    from playwright.sync_api import sync_playwright

    results: dict[Path, PageCheck] = {}
    # Playwright gives each launch a fresh temporary profile (it refuses --user-data-dir).
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            for path in paths:
                results[Path(path)] = _check_one(browser, Path(path).resolve(), screenshot_dir, full_page,
                                                 bypass_csp=bypass_csp, hover=hover, width=width)
        finally:
            browser.close()
    return results


def _check_one(browser, path: Path, screenshot_dir: Path | None, full_page: bool, *, bypass_csp: bool,
               hover: bool, width: int = 1280) -> PageCheck:
    check = PageCheck(path=path)
    context = browser.new_context(viewport={"width": width, "height": 900}, service_workers="block",
                                  bypass_csp=bypass_csp)

    def route(route_):
        url = route_.request.url
        if url.startswith(LOCAL_SCHEMES):
            route_.continue_()
        else:
            check.outside_requests.append(url)
            route_.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda msg: check.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: check.page_errors.append(str(exc)))
    page.on("websocket", lambda ws: check.outside_requests.append(ws.url))

    def on_dialog(dialog):
        check.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda req: None if req.url.startswith(LOCAL_SCHEMES) or req.url in check.outside_requests
            else check.outside_requests.append(req.url))
    page.goto(path.as_uri(), wait_until="load")
    try:  # plotly draws after load; wait until every figure has its SVG
        page.wait_for_function(
            "() => [...document.querySelectorAll('.plotly-graph-div')].every(d => d.querySelector('svg.main-svg'))",
            timeout=FIGURE_TIMEOUT_MS,
        )
    except Exception as exc:  # reported through the figure check
        check.page_errors.append(f"figures not drawn within {FIGURE_TIMEOUT_MS} ms: {exc}")
    if hover:
        check.hovered = page.evaluate(_HOVER_JS)
    page.wait_for_timeout(300)  # let late errors and dialogs surface
    check.info = page.evaluate(_INSPECT_JS)
    if screenshot_dir is not None:
        screenshot_dir.mkdir(parents=True, exist_ok=True)
        suffix = "" if width == 1280 else f"-{width}"
        page.screenshot(path=str(screenshot_dir / f"{path.stem}{suffix}.png"), full_page=full_page)
    context.close()
    return check


if __name__ == "__main__":  # screenshots and a summary of a run folder
    run_dir, shots = Path(sys.argv[1]), Path(sys.argv[2])
    pages = [run_dir / "index.html", *sorted(run_dir.glob("[0-9][0-9]-*.html"))]
    widths = [int(a.split("=")[1]) for a in sys.argv if a.startswith("--width=")] or [1280]
    for p, c in check_pages(pages, screenshot_dir=shots, full_page="--full" in sys.argv, width=widths[0]).items():
        i = c.info
        print(p.name, "console:", c.console_errors[:3], "pageerr:", c.page_errors[:3], "dialogs:", c.dialogs,
              "outside:", c.outside_requests[:3], "rtl:", i["rtlChecked"], "wrong:", i["rtlWrong"][:3],
              "figures:", [(f["svg"], f["elements"], f["traces"]) for f in i["figures"]], "images:", i["images"],
              "handlers:", i["handlers"][:5], "captions:", len(i["captions"]), "uncaptioned:", i["uncaptioned"])
