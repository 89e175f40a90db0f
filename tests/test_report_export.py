"""HTML export of one executed notebook: header (contents, parameters, CSV links), CSP, escaping."""
import base64
import hashlib
import re

import nbformat
import pytest

from marsad.runner.html import _content_security_policy, _number_headings, export_html


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("export")
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('corpus = "../seeds"  # where\ntop_n = 10\npartners = ["KP",\n            "VN"]')
    params.metadata["tags"] = ["parameters"]
    shown = nbformat.v4.new_code_cell("x")
    shown.outputs = [nbformat.v4.new_output("display_data", data={
        "text/html": "<p class='marsad-caption'>روسيا</p><script>var drawn = 1;</script>"})]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# The title\n\nIntro."),
        params,
        nbformat.v4.new_markdown_cell("## First & <b>bold</b>\n\ntext"),
        shown,
        nbformat.v4.new_markdown_cell("### Detail"),
    ]
    nb.metadata["papermill"] = {"parameters": {"corpus": "/data/مرصد", "top_n": 5}}
    (tmp_path / "headlines.csv").write_text("a\n1\n", encoding="utf-8")
    (tmp_path / "events.csv").write_text("a\n1\n", encoding="utf-8")
    path = tmp_path / "01-x.ipynb"
    nbformat.write(nb, path)
    html_path = tmp_path / "01-x.html"
    export_html(path, html_path)
    return html_path.read_text(encoding="utf-8")


def test_header_lists_sections_in_order(exported):
    nav = re.search(r"<nav class='marsad-header'.*?</nav>", exported, re.S).group()
    h2 = re.search(r'<h2[^>]*id="([^"]+)"', exported).group(1)
    h3 = re.search(r'<h3[^>]*id="([^"]+)"', exported).group(1)
    entries = re.findall(r"<li class='toc-h(\d)'><a href='#([^']+)'>([^<]+)</a>", nav)
    assert entries == [("2", h2, "First &amp; bold"), ("3", h3, "Detail")]


def test_header_comes_after_the_title_cell(exported):
    assert exported.index("The title") < exported.index("<nav class='marsad-header'") < exported.index("First &amp; <b>bold")


def test_header_shows_effective_parameters(exported):
    nav = re.search(r"<nav class='marsad-header'.*?</nav>", exported, re.S).group()
    assert "<th>corpus</th><td dir='auto'><code>&#34;/data/مرصد&#34;</code>" in nav  # injected value wins
    assert "<th>top_n</th><td dir='auto'><code>5</code>" in nav
    assert '[&#34;KP&#34;,\n            &#34;VN&#34;]' in nav  # default from the parameters cell


def test_header_links_each_csv_for_download(exported):
    assert "<a href='events.csv' download>events.csv</a>" in exported
    assert "<a href='headlines.csv' download>headlines.csv</a>" in exported
    assert "href='index.html'" in exported


def test_csp_comes_first_and_allows_exactly_the_page_scripts(exported):
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', exported)
    assert csp and csp.start() < exported.index("<script")
    digest = base64.b64encode(hashlib.sha256(b"var drawn = 1;").digest()).decode()
    policy = csp.group(1).replace("&#x27;", "'")
    assert f"'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("style-src")[0]  # scripts: hashes only


def test_no_cdn_or_mathjax_left(exported):
    assert not re.search(r"<script[^>]*src=.https?://", exported)
    assert "text/x-mathjax-config" not in exported


def test_csp_hashes_scripts_as_the_browser_parses_them():
    policy = _content_security_policy("<script>a\r\nb</script><script src='x.js'></script>")
    digest = base64.b64encode(hashlib.sha256(b"a\nb").digest()).decode()
    assert policy.count("'sha256-") == 1 and f"'sha256-{digest}'" in policy


def test_headings_without_id_get_one():
    body, toc = _number_headings("<h2>One</h2><h3 id='given'>Two<a class='anchor-link'>\u00b6</a></h3>")
    assert toc == [(2, "marsad-section-1", "One"), (3, "given", "Two")]
    assert '<h2 id="marsad-section-1">' in body


def test_percent_encoded_heading_ids_become_plain(tmp_path):
    from marsad.runner.html import _number_headings

    body = ('<h2 id="Russia-%C2%B7-%D8%B1">Russia · ر<a class="anchor-link" href="#Russia-%C2%B7-%D8%B1">¶</a></h2>'
            '<h3 id="Plain">Plain</h3>')
    out, toc = _number_headings(body)
    assert [a for _, a, _ in toc] == ["marsad-section-1", "Plain"]
    assert "%C2" not in out and out.count('href="#marsad-section-1"') == 1


def test_settings_are_folded_so_the_report_comes_first(exported):
    """Parameters and analysis options sit in a closed <details> whose summary names the corpus."""
    nav = re.search(r"<nav class='marsad-header'.*?</nav>", exported, re.S).group()
    folded = re.search(r"<details class='marsad-settings'><summary>(.*?)</summary>(.*?)</details>", nav, re.S)
    assert folded, "settings are not folded"
    assert "Parameters" in folded.group(1) and "corpus <code>مرصد</code>" in folded.group(1)
    assert "<th>top_n</th>" in folded.group(2)
    assert "download>events.csv</a>" not in folded.group(2)  # the CSV links stay visible
