"""audit38's leftovers (audit38b): the reports read on Jawhara FM, a CNN month naming Russia and a mixed folder.

* a timeline with no event said "No events ..." under Timeline, Chronicle, Background, Cooperation and dating: one
  line now, and the page leaves the empty sections out (``report.leave_out``);
* the world map at 400 px was a 300 px strip beside a colour bar as tall, a national corpus's country a dot: the key
  lies under the map, a phone sizes the figure to the map, the caption ranks the most mentioned countries with their
  counts, and fewer than three countries get that sentence instead of a map;
* the topic model paragraph said "It never saw CNN Arabic" on a Jawhara FM corpus: only a corpus from a held-out
  outlet is told so.
"""
from __future__ import annotations

import html
import re

import nbformat
import pandas as pd
import pytest

from conftest import analysed, execute_notebook

_TAG = re.compile(r"<[^>]+>")


def _text(page: str) -> str:
    return html.unescape(_TAG.sub(" ", page))


def _notebook(tmp_path, *, leave_out: list[str] | None):
    nb = nbformat.v4.new_notebook()
    out = nbformat.v4.new_code_cell("report.leave_out(...)")
    out.outputs = [nbformat.v4.new_output(
        "display_data", data={"text/html": "<p>Sections left out: they would be empty.</p>"},
        metadata={"marsad": {"leave_out": leave_out}} if leave_out is not None else {})]
    empty_note = nbformat.v4.new_code_cell("note")
    empty_note.outputs = [nbformat.v4.new_output("display_data", data={"text/html": "<p>No events to list.</p>"})]
    empty_note.metadata["tags"] = ["only-with-events"]
    background = nbformat.v4.new_markdown_cell("## Background\n\nStanding relations.")
    background.metadata["tags"] = ["only-with-background"]
    nb.cells = [nbformat.v4.new_markdown_cell("# Title\n\n## Summary\n\nNo event between A and B."), out,
                nbformat.v4.new_markdown_cell("## Chronicle\n\nEvery event in time order.", metadata={"tags": ["only-with-events"]}),
                empty_note, background, nbformat.v4.new_markdown_cell("## After\n\nThe end.")]
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize("left, show_code, gone", [
    (["events"], False, {"Chronicle", "No events to list."}),
    (["events", "background"], False, {"Chronicle", "No events to list.", "Background"}),
    # counter-examples: nothing left out, or the code shown (a failed run, --show-code), keeps every section
    (None, False, set()),
    ([], False, set()),
    (["events", "background"], True, set()),
])
def test_a_notebook_that_leaves_sections_out_loses_their_cells_on_its_page(tmp_path, left, show_code, gone):
    from marsad.runner.context import collect_metadata
    from marsad.runner.html import export_html

    path = _notebook(tmp_path, leave_out=left)
    assert collect_metadata(nbformat.read(path, as_version=4))["leave_out"] == (left or [])
    export_html(path, tmp_path / "page.html", show_code=show_code, info={})
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    text = _text(page)
    for words in ("Summary", "After", "Sections left out", "Chronicle", "No events to list.", "Background"):
        assert (words in text) == (words not in gone), words
    toc = page[page.index("marsad-header"):]
    toc = toc[:toc.index("</ol>")]
    assert ("Chronicle" in toc) == ("Chronicle" not in gone)


def _page(tmp_path, name: str, body: str) -> str:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "page.txt").write_text("خبر\nنشر في وكالة الأنباء يوم 20 - 06 - 2024\n" + body + "\n", encoding="utf-8")
    return str(folder)


@pytest.mark.slow
@pytest.mark.parametrize("body, has_event", [
    ("وصل الرئيس الروسي فلاديمير بوتين إلى دمشق في زيارة رسمية إلى سوريا.", False),
    # counter-example: an event of the report's pair keeps every section
    ("وصل الرئيس الروسي فلاديمير بوتين إلى هانوي في زيارة رسمية إلى فيتنام.", True),
])
def test_a_timeline_with_no_event_says_so_once_and_leaves_the_empty_sections_out(tmp_path, body, has_event):
    # 40 CNN articles of April 2018 naming Russia: "No events ..." under Timeline, Chronicle, Background,
    # Cooperation and dating after the first screen had said it (audit38, finding 12)
    from marsad.runner.html import export_html

    out = tmp_path / "report"
    tables = analysed(_page(tmp_path, "corpus", body), out)
    execute_notebook("03-russia-relations-timeline.ipynb", tmp_path, tables=str(tables), output_dir=str(out))
    export_html(tmp_path / "03-russia-relations-timeline.ipynb", out / "timeline.html", info={})
    text = _text((out / "timeline.html").read_text(encoding="utf-8"))
    assert "Traceback" not in text
    for section in ("Chronicle", "Background: standing relations", "Cooperation and conflict over time",
                    "How the events were dated"):
        assert (section in text) == has_event, section
    assert ("No events to list" in text) is False and ("No events to date" in text) is False
    assert ("With no event, the timeline, chronicle, background, cooperation curve and dating sections would be "
            "empty: they are left out." in text) == (not has_event)
    assert text.count("No event between Russia") == (0 if has_event else 1)


def _countries(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["entity_id", "iso3", "label", "mentions"])


def test_the_map_caption_ranks_the_most_mentioned_countries_with_their_counts():
    # Jawhara FM: Tunisia (60 mentions) was a dot on a phone's world map, its count on hover only
    from marsad.charts import mentions as mc

    counts = _countries([("TN", "TUN", "Tunisia", 60), ("LY", "LBY", "Libya", 14), ("DZ", "DZA", "Algeria", 7),
                         ("US", "USA", "United States", 4), ("FR", "FRA", "France", 9), ("EG", "EGY", "Egypt", 6),
                         ("CA", "CAN", "Canada", 2)])
    assert mc.map_caption(counts) == ("7 countries mentioned; all of them on the map. Most mentioned: Tunisia "
                                      "(60 mentions), Libya (14), France (9), Algeria (7), Egypt (6) and 2 others.")
    # counter-examples: a country with no place on today's map is named as such; three countries are all listed
    with_su = pd.concat([counts.head(3), _countries([("SU", "", "Soviet Union", 3)])])
    assert mc.map_caption(with_su) == ("4 countries mentioned; 1 without a place on the map (Soviet Union). Most "
                                       "mentioned: Tunisia (60 mentions), Libya (14), Algeria (7).")
    # fewer than three on the map: the sentence instead of a world of dots
    assert mc.MAP_MIN_COUNTRIES == 3
    assert mc.map_caption(counts.head(2)) == ("2 countries mentioned: Tunisia (60 mentions), Libya (14). No world map "
                                              "for fewer than 3 countries: they would be dots on it.")
    assert mc.map_caption(_countries([("SU", "", "Soviet Union", 3)])) == \
        "1 country mentioned, none with a place on today's map (Soviet Union): no map."
    assert mc.map_caption(counts.iloc[:0]) == "No country mentions to map."


def test_the_map_key_lies_under_the_map_and_a_phone_sizes_the_figure_to_the_map():
    from marsad.charts import mentions as mc
    from marsad.runner.html import _RESPONSIVE_JS

    fig = mc.choropleth_figure(_countries([("TN", "TUN", "Tunisia", 60), ("LY", "LBY", "Libya", 14),
                                           ("DZ", "DZA", "Algeria", 7)]))
    bar = fig.data[0].colorbar
    assert bar.orientation == "h" and bar.yanchor == "top" and fig.layout.margin.b >= 50
    assert fig.layout.height == 460  # a wide screen keeps its height
    meta = fig.layout.meta
    assert 0.4 < meta["marsad_narrow_aspect"] < 0.7 and meta["marsad_narrow_extra"] > 0
    # the page's script reads those keys (and only figures that carry them change height)
    assert "marsad_narrow_aspect" in _RESPONSIVE_JS and "marsad_narrow_extra" in _RESPONSIVE_JS


def test_the_model_paragraph_says_it_never_saw_an_outlet_only_of_a_corpus_from_it():
    # a Jawhara FM corpus read "It never saw CNN Arabic" beside "an outlet the model was trained on"
    from marsad.charts.topics import unseen_outlet_sentence

    assert unseen_outlet_sentence(["CNN"], ["JawharaFM"]) == ""
    assert unseen_outlet_sentence(["CNN"], ["هسبريس"]) == ""  # an unknown outlet: the note below says so
    assert unseen_outlet_sentence(["CNN"], []) == ""
    assert unseen_outlet_sentence([], ["CNN"]) == ""
    # counter-examples: a corpus from the held-out outlet, however it names itself, is told so
    assert unseen_outlet_sentence(["CNN"], ["CNN بالعربية"]) == \
        " It never saw CNN Arabic, this corpus's outlet: it was held out of training."
    assert unseen_outlet_sentence(["CNN"], ["cnn", "CNN"]) == \
        " It never saw CNN Arabic, this corpus's outlet: it was held out of training."
    assert unseen_outlet_sentence(["CNN"], ["CNN بالعربية", "العربية"]) == \
        " It never saw CNN Arabic, one of this corpus's outlets: it was held out of training."
