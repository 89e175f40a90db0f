"""Build the word list the people stage uses to trim recogniser spans: ``marsad/data/kb/common_words.txt``.

``python -m marsad.training build common-words [--datasets DIR]`` counts the
words of ANT v1.1 (Jawhara FM) and ANT v2.1 (Al Arabiya, France 24, CNN; BBC
and Sky News are held out of all Marsad work) and keeps the frequent words that
are almost never part of a person's name:

* seen at least 25 times;
* less than 3 % of the time after a first name or before a surname of the NER
  gazetteers, less than 15 % of the time after a title or a nationality
  adjective (الرئيس …، الإسرائيلي …), and less than 10 % of the time after a
  title or nationality adjective and a first name (a surname: الصحفي السعودي
  جمال خاشقجي، رئيس الوزراء عمر الرزاز; first names are the knowledge base's
  and the words of the shipped word clusters of names, زياد، سمير);
* not a name word: not in the gazetteers or the knowledge base, never tagged as
  part of a person by ANERcorp, and not one of a stable pair of words (each at
  least a fifth of the time next to the other: ماتيو سالفيني، أفيغدور ليبرمان),
  which are names or fixed phrases;
* not a surname the text shows after first names of its own (ياغو أسباس, نغولو
  كانتي: :func:`marsad.training.kb_build.common_word_surnames`).

A person span of a recogniser loses these words at its edges (ولقاء سلمان،
كيم أمضيا، باستخدام الكيماوي); see :mod:`marsad.mentions.people`.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from marsad.lang.text import normalize
from marsad.resources import data_path

__all__ = ["build_common_words", "COMMON_WORDS_FILE"]

COMMON_WORDS_FILE = data_path("kb", "common_words.txt")
_SOURCES = ("ant-v1.1-jawharafm", "ant-v2.1-multisource/Alarabia", "ant-v2.1-multisource/France24",
            "ant-v2.1-multisource/CNN")
_WORD = re.compile(r"[^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+")
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
MIN_COUNT = 25

_HEADER = """\
# Frequent words of Arabic news that are (almost) never part of a person's name. Built by
# `python -m marsad.training build common-words` (see marsad/training/people_data.py) from ANT v1.1
# (Jawhara FM) and ANT v2.1 (Al Arabiya, France 24, CNN): words seen at least 25 times, less than 3 % of the
# time next to a gazetteer first name or surname, less than 15 % after a title or a nationality adjective and
# less than 10 % after a title or nationality adjective and a first name (surnames: جمال خاشقجي), never tagged as a person by ANERcorp, not in the NER gazetteers or the knowledge base, not one of a stable
# pair of words (names such as ماتيو سالفيني), not a surname the text shows after first names of its own (ياغو أسباس,
# نغولو كانتي; `python -m marsad.training.kb_build common-word-surnames`). A recogniser person span loses them at its edges.
# Derived word statistics of the ANT corpus (Apache-2.0; cite Chouigui, Ben Khiroun & Elayeb, AJSE 2021).
"""


def build_common_words(datasets: Path, out: Path = COMMON_WORDS_FILE) -> int:
    """Write ``common_words.txt``; return the number of words."""
    from marsad.mentions import ner as ner_mod
    from marsad.mentions.kb import load_kb
    from marsad.mentions.name_words import _kb_people
    from marsad.mentions.people import title_words
    from marsad.readers import read_corpus

    texts: list[str] = []
    for rel in _SOURCES:
        texts += read_corpus(Path(datasets) / rel).segments["normalized"].tolist()
    count = Counter()
    for text in texts:
        count.update(_WORD.findall(text))
    # gazetteer entries that are function words (أن is also the name آن) say nothing
    frequent = {w for w, _n in count.most_common(1000)}
    gaz = ner_mod._gazetteers()
    first = set(gaz["per_first"]) - frequent
    last = set(gaz["per_last"]) - frequent
    pats = load_kb().patterns
    before_name = set(title_words()) | set(pats.loc[pats["form"] == "demonym", "pattern"].map(normalize))
    cand = {w for w, n in count.items() if n >= MIN_COUNT}
    # first names: the knowledge base's and the words of the shipped clusters of names (زياد، سمير)
    from marsad.mentions.name_words import _name_likeness
    from marsad.mentions.people import known_first

    like = _name_likeness()
    firstlike = (set(known_first()) | {w for w, v in like.items() if v >= 0.3 and not w.startswith("ال")}) - frequent
    near, after_title, pairs, second = Counter(), Counter(), Counter(), Counter()
    for text in texts:
        toks = _WORD.findall(text)
        pairs.update((a, b) for a, b in zip(toks, toks[1:]) if a in cand and b in cand)
        for i, w in enumerate(toks):
            if w not in cand:
                continue
            if (i and toks[i - 1] in first) or (i + 1 < len(toks) and toks[i + 1] in last):
                near[w] += 1
            if i and toks[i - 1] in before_name:
                after_title[w] += 1
            # a surname after a role and a first name (الصحفي السعودي جمال خاشقجي، رئيس الوزراء عمر الرزاز)
            if i >= 2 and toks[i - 2] in before_name and toks[i - 1] in firstlike:
                second[w] += 1
    paired = set()
    for (a, b), n in pairs.items():
        if n >= 10 and n >= 0.2 * count[a] and n >= 0.2 * count[b]:
            paired.update((a, b))
    anercorp = anercorp_person_words(datasets)
    kb_words = set(_kb_people()[3])
    names = (paired | first | last | kb_words | set(title_words()) | anercorp) - frequent
    words = [w for w in cand
             if near[w] / count[w] < 0.03 and after_title[w] / count[w] < 0.15 and w not in names
             and (second[w] / count[w] < 0.1 or w in kb_words)
             and len(w) > 1 and _ARABIC.match(w)]
    # a surname the text shows after first names of its own, which the gazetteers lack (ياغو أسباس), is no common
    # word (kb_build.common_word_surnames)
    from marsad.training.kb_build import common_word_surnames

    gone = common_word_surnames(datasets, words)
    words = [w for w in words if w not in gone]
    words.sort(key=lambda w: (-count[w], w))
    Path(out).write_text(_HEADER + "\n".join(words) + "\n", encoding="utf-8")
    return len(words)



def anercorp_person_words(datasets: Path) -> set[str]:
    """The normalised words ANERcorp tags as (part of) a person's name (empty without the corpus)."""
    words = set()
    corpus_file = Path(datasets) / "anercorp" / "data" / "ANERCorp"
    if corpus_file.exists():
        for line in corpus_file.read_text("utf-8").splitlines():
            tok, _, tag = line.rpartition(" ")
            if tag.endswith("PERS") and tok:
                words.add(normalize(tok))
    return words

TAIL_NOUNS_FILE = data_path("kb", "tail_nouns.txt")
TAIL_MAX_AFTER_FIRST = 0.12

_TAIL_HEADER = """\
# Feminine nouns of Arabic news (ending in ة) that follow a first name often enough to be no common word, but are
# no surnames: in a recogniser's person span of two words they are the object or subject after the name (تلقى
# لاعبه ليوناردو تمريرة: 'Leonardo received a pass'), cut from the span. Built by
# `python -m marsad.training.people_data tail-nouns [--datasets DIR]` (marsad/training/people_data.py) from ANT
# v1.1 and v2.1: words seen at least 25 times, ending in ة, whose ال form is a word of the news text too, less than
# 12 % of the time right after a first name (the knowledge base's and the name clusters'; surnames such as سلامة,
# جمعة, عطية are 24-79 %), no name word, first name, title, knowledge-base word or ANERcorp person word.
# Derived word statistics of the ANT corpus (Apache-2.0; cite Chouigui, Ben Khiroun & Elayeb, AJSE 2021).
"""


def build_tail_nouns(datasets: Path, out: Path = TAIL_NOUNS_FILE) -> int:
    """Write ``tail_nouns.txt`` (see its header); return the number of words."""
    from marsad.mentions.name_words import _kb_people, _name_likeness, _name_words, _vocabulary
    from marsad.mentions.people import given_names, known_first, title_words
    from marsad.readers import read_corpus

    like = _name_likeness()
    firstlike = set(known_first()) | {w for w, v in like.items() if v >= 0.3 and not w.startswith("ال")}
    count, after_first = Counter(), Counter()
    raw_ta = Counter()  # how often the word is written with ة (its normalised form ends in ه)
    for rel in _SOURCES:
        segs = read_corpus(Path(datasets) / rel).segments
        for raw, text in zip(segs["text"].tolist(), segs["normalized"].tolist()):
            toks = _WORD.findall(text)
            count.update(toks)
            after_first.update(b for a, b in zip(toks, toks[1:]) if a in firstlike)
            raw_ta.update(normalize(w) for w in _WORD.findall(raw) if w.endswith("ة"))
    anercorp = anercorp_person_words(datasets)
    names = (set(_name_words()) | set(known_first()) | set(_kb_people()[3]) | anercorp | set(title_words())
             | set(given_names()))
    vocab = _vocabulary()
    words = [w for w, n in count.items()
             if n >= MIN_COUNT and _ARABIC.match(w) and len(w) >= 3 and not w.startswith("ال")
             and raw_ta[w] >= n / 2 and "ال" + w in vocab and w not in names
             and after_first[w] / n < TAIL_MAX_AFTER_FIRST]
    words.sort(key=lambda w: (-count[w], w))
    Path(out).write_text(_TAIL_HEADER + "\n".join(words) + "\n", encoding="utf-8")
    return len(words)


if __name__ == "__main__":  # python -m marsad.training.people_data tail-nouns [--datasets DIR]
    import argparse

    from marsad.training.evaluate import datasets_dir

    ap = argparse.ArgumentParser(prog="python -m marsad.training.people_data")
    ap.add_argument("what", choices=["tail-nouns"])
    ap.add_argument("--datasets")
    args = ap.parse_args()
    print(build_tail_nouns(datasets_dir(args.datasets, need="ant-v2.1-multisource")))
