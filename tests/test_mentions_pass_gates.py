"""The cheap tests that let the mention passes skip most words (speed only): they must never skip a word the
pass would have read. Each gated pass is compared with a plain reference on texts made to sit at the gate's edges
(a name at a segment's start or end, tatweel, a diacritic or a character outside the BMP before a word)."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from marsad.lang.text import normalize, raw_forms
from marsad.mentions import pipeline
from marsad.mentions.name_words import _vocabulary
from marsad.mentions.people import common_words

_EMPTY = np.zeros(0, dtype=np.int64)

GLUED = [
    "عاد إلى قطرعام 2012",
    "قطرعام",  # the whole segment
    "وصل مصرعام",  # at its end
    "بِمصرعام",  # a diacritic before the word
    "في مـصرعام",  # tatweel inside the name
    "ـمصرعام",  # tatweel before it
    "مصرـعام",  # tatweel right after the name
    "😀مصرعام",  # a character of two UTF-16 units before it
    "ﻓمصرعام",  # a presentation form (no letter of U+0621–U+064A) before it
    "وزار سورياعام 2010 والأردنعام 2011",
    "في مصروفاتها",  # a suffix: no cut
    "مصرعا",  # five letters: too short
    "أمريكاعام وإسبانياعام",
    "",
]


def _reference_glued(texts, k, ostart, oend):
    """The pass as it read every text with one regular expression (before its gate): the oracle."""
    folded = raw_forms()
    trie: dict = {}
    for name in pipeline._one_word_country_names():
        node = trie
        for c in name:
            node = node.setdefault(c, {})
        node[""] = {}

    def spell(node):
        branches = [f"[{folded.get(c, c)}]ـ*{spell(child)}" for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    starts = re.compile(r"(?<![\u0621-\u064a])ـ*" + spell(trie))
    names, vocab, common = pipeline._one_word_country_names(), _vocabulary(), common_words()
    taken: dict = {}
    for ki, a, b in zip(k.tolist(), ostart.tolist(), oend.tolist()):
        taken.setdefault(ki, []).append((a, b))
    out = []
    for ki, text in enumerate(texts):
        for start in starts.finditer(text):
            m = pipeline._GLUED_TOKEN.match(text, start.start())
            if m is None:
                continue
            word = m.group(0)
            if normalize(word) in vocab or any(a < m.end() and m.start() < b for a, b in taken.get(ki, ())):
                continue
            for cut in range(3, len(word) - 2):
                cid = names.get(normalize(word[:cut]))
                if cid and normalize(word[cut:]) in common and word[cut] not in pipeline._SUFFIX_OR_CONJUNCTION_START:
                    out.append((ki, m.start(), m.start() + cut, cid))
                    break
    return out


def test_the_glued_country_gate_reads_every_word_the_plain_pass_would():
    got = pipeline._glued_countries(GLUED, _EMPTY, _EMPTY, _EMPTY)
    assert got == _reference_glued(GLUED, _EMPTY, _EMPTY, _EMPTY)
    found = {ki for ki, *_ in got}
    # a name at a segment's start and end, after a diacritic, tatweel, an emoji or a presentation form
    assert {0, 1, 2, 3, 4, 5, 6, 7, 8, 9} <= found
    assert (0, 8, 11, "QA") in got and (7, 1, 4, "EG") in got  # (character offsets, not UTF-16 units)
    assert not found & {10, 11, 13}


def test_a_mention_over_the_first_letters_of_a_glued_word_covers_it():
    texts = ["عاد إلى قطرعام 2012", "عاد إلى قطرعام 2012", "عاد إلى قطرعام 2012"]
    # a mention over the word's first letters, one over its last letters, one in the other text only
    k, s, e = np.array([0, 1, 2]), np.array([8, 12, 0]), np.array([10, 14, 3])
    got = pipeline._glued_countries(texts, k, s, e)
    assert got == _reference_glued(texts, k, s, e) == [(2, 8, 11, "QA")]


def test_find_mentions_finds_a_glued_country():
    rows = pipeline.find_mentions("عاد إلى قطرعام 2012", ner=False)
    assert ("QA", "قطر") in set(zip(rows["entity_id"], rows["surface"]))


def _people(texts, *patterns):
    from conftest import regex_recognizer, surfaces_in

    return [s for s, _ in surfaces_in(texts, "person", regex_recognizer(*patterns), one_document=True)]


def test_a_reordered_name_is_found_at_a_segments_edges_and_beside_a_mention_of_it():
    full = r"تركي آل الشيخ"
    # the name alone as a segment; at its end; in the segment of the mention; after a diacritic (offsets move)
    texts = {"a": "كشف تركي آل الشيخ، رئيس الهيئة العامة للرياضة", "b": "آل تركي الشيخ", "c": "وغرد آل تركي الشيخ",
             "d": "قال تركي آل الشيخ إن آل تركي الشيخ وعد", "e": "وقال أيضاً آل تركي الشيخ"}
    assert _people(texts, full) == ["تركي آل الشيخ", "آل تركي الشيخ", "آل تركي الشيخ", "تركي آل الشيخ",
                                    "آل تركي الشيخ", "آل تركي الشيخ"]


def test_a_name_whose_words_are_only_inside_mentions_is_not_reordered():
    # every word of the name is in segment b, but inside the mentions of the name (in its own order)
    texts = {"a": "كشف تركي آل الشيخ، رئيس الهيئة", "b": "تركي آل الشيخ ثم تركي آل الشيخ"}
    assert _people(texts, r"تركي آل الشيخ") == ["تركي آل الشيخ"] * 3


def test_lone_first_names_in_interleaved_documents_at_segment_edges():
    import pandas as pd

    from conftest import regex_recognizer

    # two documents whose segments alternate; the first name alone ends a segment, or follows the full name in it
    texts = ["عاش الجمهور لحظات مع الأسطورة شارل أزنفور في المسرح", "وقال المدرب عن فهد المولد إن الفريق جاهز",
             "الفنان شارل", "وقال لوبيز في مؤتمر صحافي: فهد", "الفنان شارل أزنفور ثم الفنان شارل خاض مسارا"]
    segs = pd.DataFrame({"doc_id": ["a", "b", "a", "b", "a"], "section": "paragraph", "position": range(5),
                         "text": texts})
    df = pipeline.find_mentions(segs, recognizer=regex_recognizer("شارل أزنفور", "فهد المولد"))
    df = df[df["entity_type"] == "person"]
    assert list(zip(df["position"], df["surface"], df["start"])) == [
        (0, "شارل أزنفور", 30), (1, "فهد المولد", 15), (2, "شارل", 7), (3, "فهد", 27), (4, "شارل أزنفور", 7),
        (4, "شارل", 29)]
    assert df.groupby("doc_id")["entity_id"].nunique().tolist() == [1, 1]


def test_a_trophy_noun_spelled_with_tatweel_and_a_diacritic_still_names_no_person():
    # the trophy pass reads only the texts whose normalised text holds one of its nouns
    for text in ("توج الفريق بكـأسِ الملك سلمان بن عبد العزيز", "بطولة الملك سلمان"):
        rows = pipeline.find_mentions(text, ner=False)
        assert "person" not in set(rows["entity_type"])
    rows = pipeline.find_mentions("استقبل الملك سلمان بن عبد العزيز الوفد", ner=False)
    assert list(rows["surface"]) == ["سلمان بن عبد العزيز"]


def test_row_spans_overlap_as_the_passes_plain_test_does():
    from marsad.mentions.offsets import RowSpans, blank_spans

    rng = np.random.default_rng(21)
    for _ in range(200):
        n = int(rng.integers(0, 25))
        k, s = rng.integers(0, 4, n), rng.integers(0, 40, n)
        e = s + rng.integers(-1, 8, n)  # (empty and reversed spans too)
        spans = RowSpans(k, s, e)
        qk, qs = rng.integers(0, 5, 40), rng.integers(0, 60, 40)
        qe = qs + rng.integers(0, 8, 40)
        plain = [any(x < b and a < y for kk, x, y in zip(k, s, e) if kk == q) for q, a, b in zip(qk, qs, qe)]
        assert spans.overlapping(qk, qs, qe).tolist() == plain
        for q in (-1, 0, 1, 2, 3, 4, 9, np.int64(2)):  # (every text, one past the last with a row, none before)
            assert sorted(spans[q]) == sorted((int(x), int(y)) for kk, x, y in zip(k, s, e) if kk == q)
    text = "قال تركي آل الشيخ إن"
    assert blank_spans(text, [(4, 8), (6, 12), (15, 15)]) == "قال " + " " * 8 + "الشيخ إن"


def test_reordered_names_in_interleaved_documents():
    import pandas as pd

    from conftest import regex_recognizer

    texts = ["كشف تركي آل الشيخ، رئيس الهيئة", "وقال تركي آل الشيخ إن", "ونشر آل تركي الشيخ تغريدة", "آل تركي الشيخ"]
    for docs in (["a", "b", "a", "b"], ["a", "a", "a", "b"]):
        segs = pd.DataFrame({"doc_id": docs, "section": "paragraph", "position": range(4), "text": texts})
        df = pipeline.find_mentions(segs, recognizer=regex_recognizer("تركي آل الشيخ"))
        df = df[df["entity_type"] == "person"]
        # (the last segment's document b names him in order only in its first segment, or not at all)
        want = ["تركي آل الشيخ", "تركي آل الشيخ", "آل تركي الشيخ", "آل تركي الشيخ"]
        assert list(df["surface"]) == (want if docs[1] == "b" else want[:3])


def test_followed_by_reads_the_code_units_up_to_the_texts_end():
    from marsad.mentions.matcher import JOIN
    from marsad.mentions.offsets import originals

    texts = ["سلمان بن عبد العزيز آل سعود", "x😀 آل سعود", "آل", " آل", "ab آل ", "", "😀😀 آل "]
    orig = originals(JOIN.join(["", *texts, ""]), texts, len(JOIN))
    ks = [k for k, t in enumerate(texts) for _ in range(len(t) + 1)]
    at = [a for t in texts for a in range(len(t) + 1)]
    got = pipeline._followed_by(orig, np.array(ks), np.array(at), " آل ")
    assert got.tolist() == [texts[k].startswith(" آل ", a) for k, a in zip(ks, at)]
    assert got.sum() == 4  # (" آل" at a text's end is not followed by the space of the joiner)


def test_the_trophy_gate_reads_within_reach_of_each_name_what_the_pass_reads():
    # the gate reads a text's normalised text only from _TROPHY_REACH before its first person row to its last:
    # it must hold a noun wherever trophy_names finds one, with diacritics, tatweel and emoji moving the offsets
    from marsad.mentions.matcher import JOIN
    from marsad.mentions.offsets import originals
    from marsad.mentions.partial_names import _TROPHY_REACH
    from marsad.mentions.people import trophy_names

    words = ["كأس", "بكـأسِ", "لجائزة", "بطولة", "الملك", "الرئيس", "المصري", "سلمان", "بن", "عبد", "العزيز",
             "مُحَمَّدٌ", "ـــ", "قال", "😀", "،", "الفريق", "ﻷ"]
    rng = np.random.default_rng(22)
    texts = [" ".join(rng.choice(words, int(rng.integers(0, 40)))) for _ in range(300)]
    orig = originals(JOIN.join(["", *texts, ""]), texts, len(JOIN))
    pattern = pipeline._trophy_nouns()
    for _ in range(20):
        k = np.sort(rng.integers(0, len(texts), 60))
        at = np.array([int(rng.integers(0, len(texts[i]) + 1)) for i in k.tolist()], dtype=np.int64)
        gate = pipeline._holding(orig, k, pattern, at, _TROPHY_REACH)
        assert gate.tolist() == [any(pipeline._holding(orig, k[k == i], pattern)) and g for i, g in
                                 zip(k.tolist(), gate.tolist())]  # (never more than the whole-text test)
        for i in trophy_names(texts, list(zip(k.tolist(), at.tolist(), at.tolist()))):
            assert gate[i], (texts[k[i]], at[i])
    # one noun, one name at every offset after it (one row per text: the window is the row's own)
    for text in ("بكـأسِ الـــــــــــرَّئِيـــــــــــسِ الـــــــمِصْرِيِّ عبد الفتاح السيسي",
                 "😀 ﻷ كأس المـــــــــلـــــــكِ الـــــــمِصْرِيِّ مُحَمَّدٌ"):
        texts = ["قال", text, "😀"]
        orig = originals(JOIN.join(["", *texts, ""]), texts, len(JOIN))
        at = np.arange(len(text) + 1)
        k = np.ones(len(at), dtype=np.int64)
        flagged = trophy_names(texts, [(1, int(s), int(s)) for s in at])
        assert flagged and flagged[-1] > 40  # (titles long enough as written for the reach to matter)
        for i in flagged:
            assert pipeline._holding(orig, k[i:i + 1], pattern, at[i:i + 1], _TROPHY_REACH)[0], (text, at[i])


def test_the_trophy_row_gate_keeps_every_row_the_one_row_window_keeps():
    # per row, the gate the pipeline uses must keep every row whose own window (_holding of a text with that row
    # alone) holds a noun, however the rows of a text and the nouns' matches overlap; so every row trophy_names flags
    from marsad.mentions.matcher import JOIN
    from marsad.mentions.offsets import originals
    from marsad.mentions.partial_names import _TROPHY_REACH
    from marsad.mentions.people import trophy_names

    words = ["كأس", "بكـأسِ", "لجائزة", "بطولة", "دورة", "دوره", "الملك", "الرئيس", "المصري", "سلمان", "بن", "عبد",
             "مُحَمَّدٌ", "ـــ", "قال", "😀", "،", "الفريق", "ﻷ", "كأسكأس"]
    rng = np.random.default_rng(23)
    texts = [" ".join(rng.choice(words, int(rng.integers(0, 40)))) for _ in range(300)]
    orig = originals(JOIN.join(["", *texts, ""]), texts, len(JOIN))
    pattern = pipeline._trophy_nouns()
    kept = 0
    for _ in range(20):
        k = np.sort(rng.integers(0, len(texts), 80))
        at = np.array([int(rng.integers(0, len(texts[i]) + 1)) for i in k.tolist()], dtype=np.int64)
        gate = pipeline._rows_holding(orig, k, pattern, at, _TROPHY_REACH)
        for i in range(len(k)):
            if pipeline._holding(orig, k[i:i + 1], pattern, at[i:i + 1], _TROPHY_REACH)[0]:
                assert gate[i], (texts[k[i]], at[i])
        for i in trophy_names(texts, list(zip(k.tolist(), at.tolist(), at.tolist()))):
            assert gate[i], (texts[k[i]], at[i])
        kept += int(gate.sum())
    assert 0 < kept < 20 * 80  # (it does leave rows out)
    assert pipeline._rows_holding(orig, np.zeros(0, dtype=np.int64), pattern, np.zeros(0, dtype=np.int64), 60).size == 0


def test_cue_hits_in_the_segments_given_are_those_of_all_segments_there():
    from marsad.mentions.legal_names import cue_hits

    texts = ["مديحة يسرى، واسمها الحقيقي غنيمة حبيب خليل", "", "الجهة المعروفة باسم داعش",
             "وسام رضا إسماعيل الشهيرة باسم #زينة", "قال الوزير"]
    every = [(k, m.span()) for k, m in cue_hits(texts)]
    assert [k for k, _s in every] == [0, 2, 3]
    for only in ([0, 3], [1, 2], [], [4], [0, 1, 2, 3, 4]):
        assert [(k, m.span()) for k, m in cue_hits(texts, only)] == [h for h in every if h[0] in only]


def test_doc_segments_are_the_segments_a_test_per_segment_finds():
    from marsad.mentions.offsets import DocSegments
    from marsad.mentions.pipeline import _codes

    import pandas as pd

    # interleaved documents, empty texts (a document with only an empty text too), ids that are no str
    texts = ["قال الرئيس", "", "وزير الخارجية", "في القاهرة", "", "عاد إلى بيروت", ""]
    for ids in (["a", "b", "a", "c", "d", "b", "a"], [1, 2, 1, 3.0, 4, 2, 1], ["a", None, "a", "c", None, "b", "a"]):
        codes, uniq, _str = _codes(pd.Series(ids, dtype=object), ids)
        segments = DocSegments(texts, ids, codes, uniq, np.array([len(t) for t in texts]))
        plain = DocSegments.of_ids(texts, ids)
        for docs in ({"a", "b"}, {"d"}, {"c", "z"}, set(), {1, 3.0}, {4}, {None, "a"}):
            for nonempty in (False, True):
                want = {}
                for ki, d in enumerate(ids):
                    if d in docs and (not nonempty or texts[ki]):
                        want.setdefault(d, []).append(ki)
                assert segments.of(docs, nonempty) == want == plain.of(docs, nonempty)


def test_short_form_gate_keeps_every_place_the_short_form_pattern_matches_before():
    # a short first name (مو for محمد) before a mention: after a space, a space and a line break, at a text's
    # start, after a diacritic, tatweel or a character of two UTF-16 units, three letters or four
    texts = ["مو صلاح", "قال مو \nصلاح", "😀مو صلاح", "مـو صلاح", "مُو صلاح", "\nمو صلاح", "وقال «عمر» ابو صلاح",
             "أبو  صلاح", "مو\tصلاح", "اللاعب مو \n صلاح", "", "م صلاح", "(مو صلاح)", "abc مو صلاح",
             "قال😀 مو صلاح", "مو 😀صلاح", "يا عمر \nصلاح", "\n\nمو صلاح"]
    orig = pipeline._originals_of(texts)
    ks, starts = zip(*[(ki, s) for ki, t in enumerate(texts) for s in range(len(t) + 1)])
    gate = pipeline._may_follow_short_word(orig, np.array(ks), np.array(starts))
    want = [bool(pipeline._SHORT_BEFORE.search(texts[ki], max(0, s - 8), s)) for ki, s in zip(ks, starts)]
    assert sum(want) >= 6
    assert all(g for g, w in zip(gate.tolist(), want) if w)
    assert gate.sum() < len(gate) / 4  # (it does leave most places out)


def _edges(texts, rows, found_ar):
    k, s, e, ids = (np.array(c, dtype=object if j == 3 else np.int64) for j, c in enumerate(zip(*rows)))
    n = len(rows)
    got = pipeline._person_edges(texts, k, s, e, ids, np.full(n, "person", dtype=object),
                                 np.full(n, "alias", dtype=object), found_ar)
    return list(zip(got[0].tolist(), got[1].tolist(), got[2].tolist(), got[3].tolist()))


def test_person_edges_join_only_rows_one_space_apart_in_one_segment():
    # (a name written surname first: the two one-word mentions are one, at a segment's start or end too; the same
    # words across two segments, or two spaces apart, stay two mentions)
    ar = {"ner:x": "إدوار فيليب"}
    assert _edges(["فيليب إدوار"], [(0, 0, 5, "ner:x"), (0, 6, 11, "ner:x")], ar) == [(0, 0, 11, "ner:x")]
    assert _edges(["كان فيليب إدوار عضوا", "وقال فيليب إدوار"],
                  [(0, 4, 9, "ner:x"), (0, 10, 15, "ner:x"), (1, 5, 10, "ner:x"), (1, 11, 16, "ner:x")], ar) == [
        (0, 4, 15, "ner:x"), (1, 5, 16, "ner:x")]
    rows = [(0, 4, 9, "ner:x"), (1, 0, 5, "ner:x")]
    assert _edges(["كان فيليب", "إدوار عضوا"], rows, ar) == rows
    rows = [(0, 0, 5, "ner:x"), (0, 7, 12, "ner:x")]
    assert _edges(["فيليب  إدوار"], rows, ar) == rows


def test_the_reordered_name_gate_moves_the_mentions_with_the_offsets_of_a_text_with_diacritics():
    # (a shadda and a tanwin move the normalised text's offsets: the mentions' spans are moved with them)
    full = r"تركي آل الشيخ"
    texts = {"a": "كشف تركي آل الشيخ، رئيس الهيئة", "b": "قال تركي آل الشيخ إنّ آل تركي الشيخ وعد",
             "c": "وقال أيضاً آل تركي الشيخ"}
    assert _people(texts, full) == ["تركي آل الشيخ", "تركي آل الشيخ", "آل تركي الشيخ", "آل تركي الشيخ"]
    texts = {"a": "كشف تركي آل الشيخ، رئيس الهيئة", "b": "تركي آل الشيخ ثمّ تركي آل الشيخ أيضاً"}
    assert _people(texts, full) == ["تركي آل الشيخ"] * 3


def test_the_glued_pronoun_test_reads_the_letter_before_a_space_a_tab_or_a_line_break():
    # (وهوإدوار فيليب: the first name glued to a pronoun joins the mention of the surname; the cheap test of the
    # letter before must let through a tatweel, a tab, a space before a line break)
    ar = {"ner:x": "إدوار فيليب"}
    for before, moved in (("عين وهوإدوار ", True), ("عين وهوإدوارـ ", True), ("عين وهوإدوار\t", True),
                          ("عين وهوإدوار \n", True), ("عين وهوإدوار\n", False), ("عين وهوجان ", False),
                          ("وهوإدوار ", True), ("إدوار ", False)):
        text = before + "فيليب"
        s = len(before)
        start = text.index("إدوار") if moved else s
        assert _edges([text], [(0, s, s + 5, "ner:x")], ar) == [(0, start, s + 5, "ner:x")], before


def test_a_country_glued_to_the_next_word_across_the_gates_slices():
    # the glued-country gate reads the code units in slices (_GLUED_SLICE): a word at, before or after a slice's
    # edge (the joiner's three units come first) is found as anywhere else
    from marsad.mentions.pipeline import _GLUED_SLICE, _glued_countries

    none = np.zeros(0, dtype=np.int64)
    for pad in range(_GLUED_SLICE - 14, _GLUED_SLICE + 2):
        text = "x" * pad + " إلى قطرعام 2012"
        at = text.index("قطرعام")
        assert _glued_countries([text], none, none, none) == [(0, at, at + 3, "QA")]
    assert _glued_countries(["قطرعام"], none, none, none) == [(0, 0, 3, "QA")]
    assert _glued_countries([""], none, none, none) == []


def test_person_edges_read_only_the_rows_their_gate_keeps_with_the_same_result():
    # (the gate of _person_edges, given the texts' originals: a name in reverse order, a glued pronoun before the
    # surname, a lineage after a short name and a mention right after it, glosses in brackets after spaces, a tab,
    # بال and وبال, a bracket too far, and rows that can change nothing)
    ar = {"ner:x": "إدوار فيليب", "ner:q": "محمد بن عبد الرحمن آل ثاني", "ner:s": "سلمى اللومي", "ner:t": "اللومي الرقيق"}
    texts = ["كان فيليب إدوار عضوا ثم قال إدوار فيليب بالفرنسية (Édouard Philippe) كلاما",
             "عين وهوإدوار فيليب، وهو إدوار فيليب (Edouard Philippe) و\tفيليب (Édouard Philippe)",
             "نظيره القطري محمد بن عبد الرحمن بن جاسم آل ثاني ثاني فيليب وبالفرنسية (Edouard Philippe)",
             "قالت سلمى اللومي الرقيق إن فيليب كتب كلاما طويلا (Edouard Philippe)", "فيليب  (Edouard de Philippe)",
             "وعينـ فيليب و\nفيليب وقال\n فيليب 😀 فيليب"]
    rows = []
    for ki, t in enumerate(texts):
        for name, pid in (("إدوار فيليب", "ner:x"), ("فيليب", "ner:x"), ("إدوار", "ner:x"), ("محمد بن عبد الرحمن", "ner:q"),
                          ("سلمى اللومي", "ner:s"), ("الرقيق", "ner:t")):
            at = t.find(name)
            while at >= 0:
                rows.append((ki, at, at + len(name), pid))
                at = t.find(name, at + 1)
    rows = sorted(set(rows))
    rows = [r for j, r in enumerate(rows) if not any(q[0] == r[0] and q[1] < r[2] and r[1] < q[2] and q != r
                                                      and q[2] - q[1] > r[2] - r[1] for q in rows)]
    orig = pipeline._originals_of(texts)
    for cut in range(len(rows) + 1):
        part = rows[:cut] + rows[cut + 1:]
        k, s, e, ids = (np.array(c, dtype=object if j == 3 else np.int64) for j, c in enumerate(zip(*part)))
        n = len(part)
        args = (texts, k, s, e, ids, np.full(n, "person", dtype=object), np.full(n, "alias", dtype=object), ar)
        plain = pipeline._person_edges(*(a.copy() if isinstance(a, np.ndarray) else a for a in args))
        gated = pipeline._person_edges(*(a.copy() if isinstance(a, np.ndarray) else a for a in args), orig=orig)
        assert plain[-1] == gated[-1]
        for x, y in zip(plain[:-1], gated[:-1]):
            assert x.tolist() == y.tolist()
    assert plain[-1]


def test_first_name_places_by_find_are_the_patterns_matches():
    # (a first name alone, found by str.find with its edges tested, where the pattern with lookbehinds matched:
    # at a text's edges, after # or _, inside a longer word, repeated, one character, with a diacritic)
    from marsad.mentions.lone_first_names import _first_name_at, _first_name_spans

    texts = ["شارل", "الفنان شارل وشارل شارلي #شارل _شارل شارل_ شارلشارل (شارل) شارل.", "شارل شارل", "أ أأ أ", "",
             "شَارل شارل😀شارل", "ششش شش ش", "a شارل b"]
    for text in texts:
        for raw in ("شارل", "أ", "شش", "ش", "شَارل", "a"):
            assert _first_name_spans(text, raw) == [m.span() for m in _first_name_at(raw).finditer(text)]


def test_lone_first_names_read_the_first_row_of_each_document_spelling_and_person_alike():
    # (the pipeline gives lone_first_names one row per document, spelling and person: the same rows come out)
    from marsad.mentions.lone_first_names import lone_first_names
    from marsad.mentions.offsets import RowSpans

    texts = ["قال الفنان شارل أزنفور إن", "وكان شارل أزنفور قد غنى", "الفنان شارل خاض مسارا", "المغني شارل أزنفور",
             "قال الفنان شارل أزنفور", "ثم الفنان شارل وحده"]
    doc_ids = ["a", "a", "a", "b", "b", "b"]
    rows = [(k, t.find("شارل أزنفور"), t.find("شارل أزنفور") + 11, "p:1", "person") for k, t in enumerate(texts)
            if "شارل أزنفور" in t]
    orig = pipeline._originals_of(texts)
    k, s, e = (np.array([r[j] for r in rows], dtype=np.int64) for j in range(3))
    eid = np.array([r[3] for r in rows], dtype=object)
    cols = pipeline._Coded(pd.DataFrame({"doc_id": doc_ids, "section": ["paragraph"] * len(texts)}), doc_ids,
                           ["paragraph"] * len(texts))
    first = pipeline._first_of_each(orig, cols, k, s, e, eid, np.arange(len(rows)))
    assert first.tolist() == [0, 2]
    every = lone_first_names(texts, doc_ids, rows, RowSpans(k, s, e))
    assert every and every == lone_first_names(texts, doc_ids, [rows[i] for i in first.tolist()], RowSpans(k, s, e))


def test_hashtag_names_match_the_texts_without_the_signs_the_pattern_finds():
    # (the texts matched again are cut at _hash_signs' offsets: the same text as _HASH_IN_NAME.sub, with signs at a
    # text's start and end, before a Latin letter, after a tab or a line break, twice, after a character of two units)
    texts = ["علي عبدالله #صالح", "#صالح علي", "قال #", "x #abc و\t#علي\n#صالح ##علي", "😀 #علي 😀#صالح", "",
             "المملكة العربية #السعودية و #السعودية"]
    orig = pipeline._originals_of(texts)
    signs = pipeline._hash_signs(orig)
    assert len(signs) >= 4
    for i, cuts in signs:
        t = texts[i]
        assert "".join([t[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(t)])]) == pipeline._HASH_IN_NAME.sub("", t)
