"""A word of the text swallowed at the end of a discovered name that its document also names without it
(people83, the lead's thirty-sixth session).

The recogniser sometimes runs a name of two words on into the next word (فاز الروائي الجزائري كمال داود مناصفة مع
…: 'Kamel Daoud won *jointly* with …'); the name's last word is then a word of the text, and coreference makes it
the person's surname alone wherever the document uses it (يفوز مناصفة مع). Where the same document has the shorter
name as a name of its own (كمال داود), the longer name's last word is used in the document outside the names that end
with it, no recogniser span is that word alone, and it is no name word, first name or knowledge-base word, the word
is not part of the name: it is cut. A last word the document uses only inside the name stays (a fuller name once,
its short form elsewhere), and so does a surname the recogniser also tags alone (وقال بيومي).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from marsad.lang.text import normalize
from marsad.mentions.name_joins import _without_last_word
from marsad.mentions.name_words import _CONNECTORS, _n_words, _PARTICLES, known_first

_WORD = re.compile(r"[^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+")


def cut_text_word_tails(texts: list[str], doc_ids: list, cands: list[tuple], known: frozenset,
                        exact: frozenset | set) -> list[tuple]:
    """``cands`` (``(k, s, e, key)``, key normalised) with the swallowed last words above cut."""
    by_doc: dict = defaultdict(list)
    for i, (k, _s, _e, _key) in enumerate(cands):
        by_doc[doc_ids[k]].append(i)
    segs_of: dict = defaultdict(list)
    for k, d in enumerate(doc_ids):
        segs_of[d].append(k)
    firsts = known_first()
    out = list(cands)
    for d, idx in by_doc.items():
        keys = Counter(cands[i][3] for i in idx)
        alone = {cands[i][3] for i in idx if _n_words(cands[i][3]) == 1}
        ends = Counter(cands[i][3].split()[-1] for i in idx if len(cands[i][3].split()) >= 2)
        words = None
        for i in idx:
            k, s, e, key = cands[i]
            toks = key.split()
            if _n_words(key) < 3 or key in exact or toks[-2] in _CONNECTORS or toks[-2] in _PARTICLES:
                continue
            last, shorter = toks[-1], " ".join(toks[:-1])
            if (not keys.get(shorter) or last in known or last in firsts or last in alone or last.startswith("ال")
                    or len(last) < 3):
                continue
            if words is None:
                words = Counter()
                for kk in segs_of[d]:
                    if texts[kk]:
                        words.update(_WORD.findall(normalize(texts[kk])))
            if words[last] - ends[last] >= 1:
                out[i] = _without_last_word(texts, cands[i])
    return out
