"""review39: a second read of the thirty-ninth session's runtime changes.

* readers.decode._arabic_code_page chose between Windows-1256 and ISO-8859-6 by the count of the article ال alone: a
  short Windows-1256 table without the article (لبنان وسوريا: its ان is ال in ISO-8859-6) was read as ISO-8859-6
  garbage (فبلال نسنرٍا); the start code 062e86b6 read it right.
* readers.decode._arabic_in_cp1256 took a short Spanish, Portuguese or German Windows-1252 table for Arabic when its
  accents (á í ã ä ß) are Arabic letters in Windows-1256 ("país más" read "paيs mلs"); the start code read it right.
* charts.timeline.focus_range opened a crowded panel on the stretch of most of its events even when a whole lane (a
  dyad with its only events elsewhere) was left outside it: the lane was drawn empty.
* readers.decode._mend (robust39) broke a pasted Windows-1256 word before ، ؛ ؟ « » (a letter and the mark are a
  valid UTF-8 character: "مصر،" read "مصѡ") and replaced a run holding « or » by U+FFFD.
* charts.mentions.no_attention_sentence (audit39) raised IndexError with no focus entities (-p focus_entities "",
  the mentions report's attention cell on a corpus whose most named entities have no dated document).
"""
from __future__ import annotations

import pandas as pd
import pytest

from marsad.readers.decode import decode


@pytest.mark.parametrize("title", ["لبنان وسوريا", "ترامب وبوتين", "إيران تدين"])
def test_a_short_windows_1256_table_without_the_article_stays_windows_1256(title):
    text = f"id,title\n1,{title}\n"
    decoded = decode(text.encode("cp1256"))
    assert decoded.encoding == "cp1256" and decoded.text == text


@pytest.mark.parametrize("encoding,title", [("iso8859_6", "المغرب"), ("iso8859_6", "الرئيس والوزير"),
                                            ("iso8859_6", "لبنان وسوريا"), ("cp1256", "المغرب"),
                                            ("cp1256", "العراق وايران")])
def test_counter_examples_each_arabic_code_page_still_read_in_itself(encoding, title):
    text = f"title,text\n{title},{'x' * 300}\n"
    decoded = decode(text.encode(encoding))
    assert decoded.encoding == encoding and decoded.text == text


@pytest.mark.parametrize("text", ["title,text\nQatar es el país más rico,xxxx\n", "title\nO presidente não está\n",
                                  "title\nDer Präsident äußerte sich\n"])
def test_a_short_latin_table_whose_accents_are_arabic_letters_in_cp1256_stays_latin(text):
    decoded = decode(text.encode("cp1252"))
    assert decoded.encoding in ("cp1252", "latin_1") and decoded.text == text


@pytest.mark.parametrize("text", ["title,text\nمصر,xxxx\n", "id,title,src\n1,Trump يلتقي بوتين,CNN\n"])
def test_counter_example_arabic_words_among_ascii_are_still_windows_1256(text):
    decoded = decode(text.encode("cp1256"))
    assert decoded.encoding == "cp1256" and decoded.text == text


def _events(dates, a1="RU", a2="GB"):
    return pd.DataFrame({"kind": "event", "actor1": a1, "actor2": a2, "status": "reported", "precision": "day",
                         "date_start": dates, "date_end": dates, "cameo_code": "111",
                         "event_label": "Criticize or denounce", "date_text": "", "goldstein": -2.0,
                         "sentence": "جملة", "doc_id": "d", "source": a1, "target": a2})


def test_a_crowded_timeline_never_opens_with_a_lane_left_empty():
    from marsad.charts import timeline as tc

    # thirty Russia-UK events of March 2018 and one Russia-US event of May 2017: the opening view on March left
    # the Russia-US lane empty
    ev = pd.concat([_events([f"2018-03-{d:02d}" for d in range(2, 32)]), _events(["2017-05-10"], "RU", "US")],
                   ignore_index=True)
    fig = tc.timeline_figure(ev, title="t")
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    prepared = tc._prepare(ev)
    for _lane, part in prepared.groupby("lane"):
        assert part["mid"].between(lo, hi).any()
    assert tc.focus_sentence(ev) == ""
    # counter-example: the same far event in the crowded lane itself is still left outside the view
    crowded = pd.concat([_events([f"2018-03-{d:02d}" for d in range(2, 32)]), _events(["2017-05-10"]),
                         _events(["2018-03-10"], "RU", "US")], ignore_index=True)
    fig = tc.timeline_figure(crowded, title="t")
    lo, _hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert lo > pd.Timestamp("2018-02-15")
    assert "(1 outside that view)" in tc.focus_sentence(crowded)


def test_no_attention_sentence_without_focus_entities():
    from marsad.charts import mentions as mc

    rows = pd.DataFrame({"doc_id": ["d1", "d1"], "entity_id": ["RU", "Q7747"], "entity_type": ["country", "person"],
                         "label_ar": ["روسيا", "فلاديمير بوتين"], "label_en": ["Russia", "Vladimir Putin"],
                         "form": ["name", "name"], "surface": ["روسيا", "بوتين"]})
    assert "no attention over time" in mc.no_attention_sentence(rows, [])
    assert "no attention over time" in mc.no_attention_sentence(rows.iloc[0:0], ())
    # counter-examples: focus entities are still named in the sentence
    assert "Vladimir Putin" in mc.no_attention_sentence(rows, ["Q7747"])
    assert mc.no_attention_sentence(rows.iloc[0:0], ["RU"]).startswith("No document of this corpus names")


_UTF8 = ("قال الرئيس المصري إن العلاقات مع روسيا قوية. " * 40).encode()


@pytest.mark.parametrize("paste", ["مصر، والسعودية", "هل تتدخل روسيا؟", "وزير الخارجية «سامح شكري»", "الرياض؛ جدة"])
def test_a_pasted_windows_1256_phrase_keeps_its_arabic_punctuation(paste):
    # a cp1256 letter and ، ؛ ؟ « » made a valid UTF-8 character ("مصر،" read "مصѡ"), and a run holding « or » was
    # replaced whole by U+FFFD
    decoded = decode(_UTF8 + b" " + paste.encode("cp1256") + b" " + _UTF8)
    assert decoded.text == _UTF8.decode() + " " + paste + " " + _UTF8.decode() and decoded.mended


def test_counter_example_utf8_glued_after_a_pasted_word_stays_utf8():
    # "غ" in UTF-8 (D8 BA) is a cp1256 letter and ؛, but UTF-8 goes on after it: the text's own letter
    decoded = decode(_UTF8 + b" " + "مصر".encode("cp1256") + "غزة".encode() + b" " + _UTF8)
    assert " مصرغزة " in decoded.text
    assert decode(_UTF8 + "ص، روسيا؟".encode()).text.endswith("ص، روسيا؟")  # no stray at all: plain UTF-8
