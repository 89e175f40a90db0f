"""The first name علي written على (people61, session 30): على بوجسيم is Ali Bujsaim, على بوتين أن … the preposition.

The preposition على 'on' and the first name علي are one word once normalised, and news text writes the name with ى
too. The people stage reads a written على as the preposition (its recogniser and rules never open a name with it), so
the name written so is lost. A written على right before a word W (a proclitic-free word, then the name ends: no
further word of the name is read) is the first name علي when

- the document names علي W in full as a person (with ي, or a knowledge-base name: وقال علي شمخاني … على شمخاني): that
  person; or
- W is a surname the news text writes after علي (``kb/ali_surnames.txt``, built by
  ``python -m marsad.training.kb_build ali-surnames``: علي W in two documents or more and in half or more of W's
  places after على/علي, no name word of the knowledge base or gazetteers), and no other person of the document has W
  as a name word (محمد بوجسيم … على بوجسيم is the preposition and him): a discovered person علي W.

Never a knowledge-base surname or a gazetteer name (على بوتين، على ترامب: the preposition; the matcher already reads a
knowledge-base name written with على, على خامنئي), never a word W of another mention (a country, an organisation, a
person found there), and never after a glued letter (وعلى، فعلى are the preposition).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import numpy as np

from marsad.lang.text import normalize
from marsad.mentions.kb import KB_DIR, slugify

__all__ = ["ala_first_names", "ali_surnames"]

# على as written (no letter glued before it), a space, a word: a proclitic-free word of letters
_ALA = re.compile(r"(?<![\u0621-\u064a\u0640])على[ \u00a0]([\u0621-\u064a]+)")


@lru_cache(maxsize=1)
def ali_surnames() -> frozenset:
    """The words of ``kb/ali_surnames.txt`` (first column; # lines are comments)."""
    path = KB_DIR / "ali_surnames.txt"
    if not path.exists():
        return frozenset()
    return frozenset(normalize(line.split("\t")[0]) for line in path.read_text("utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _listed_after_ala() -> re.Pattern | None:
    """على, a space and a raw spelling of a listed surname (its letters as :func:`normalize` folds them, tatweel
    anywhere between): a text this never matches holds no على W with W listed (a looser test than ``_ALA``'s: any
    letter may come before على), so in a document that names no علي W in full it is passed over without reading
    every على (the preposition, thousands of times per batch)."""
    from marsad.lang.text import raw_forms

    listed = ali_surnames()
    if not listed:
        return None
    forms = raw_forms()

    def loose(word: str) -> str:
        return "\u0640*".join("[" + re.escape(forms.get(c, c)) + "]" for c in word)

    alts = "|".join(loose(w) for w in sorted(listed, key=len, reverse=True))
    return re.compile("على[ \u00a0]\u0640*(?:" + alts + ")")


def ala_first_names(texts: list[str], doc_ids: list, rows: list[tuple], spans,
                    batch: tuple[str, np.ndarray] | None = None, named=None) -> tuple[list, dict]:
    """New person rows ``(k, start, end, entity_id)`` for على W read as علي W, and ``{entity_id: Arabic label}`` for
    the new discovered people.

    ``rows`` are the person rows ``(index, k, start, end, entity_id)``; ``spans[k]`` the ``(start, end)`` of every
    mention of text ``k`` (a :class:`marsad.mentions.offsets.RowSpans`); ``texts`` and ``doc_ids`` per text.
    ``batch``: when the caller has them, the texts joined and where each starts, ``(joined, base)`` with text ``k``
    at ``joined[base[k]]`` and a separator of no letter between the texts. ``named``: when the caller knows them,
    the positions in ``rows`` of the rows whose surface holds both ع and ل (only these can be an علي W in full).
    """
    from marsad.mentions.people import skeleton

    listed = ali_surnames()
    full: dict = defaultdict(dict)  # doc -> {W: entity of علي W}
    for _i, k, s, e, eid in (rows if named is None else map(rows.__getitem__, named)):
        surface = texts[k][s:e]
        if "ع" in surface and "ل" in surface:  # (a normalised علي needs both letters written)
            words = normalize(surface).split()
            if len(words) == 2 and words[0] == "علي":
                full[doc_ids[k]][words[1]] = eid
    by_doc: dict | None = None  # doc -> its person rows (text, start, end, entity), made when first needed
    owners_of: dict = {}  # doc -> word -> entities with the word in a mention (read only where a listed W needs it)

    def owners(d):
        nonlocal by_doc
        if by_doc is None:
            by_doc = defaultdict(list)
            for _i, k, s, e, eid in rows:
                by_doc[doc_ids[k]].append((k, s, e, eid))
        if d not in owners_of:
            own: dict = defaultdict(set)
            for k, s, e, eid in by_doc.get(d, ()):
                for w in normalize(texts[k][s:e]).split():
                    own[w].add(eid)
            owners_of[d] = own
        return owners_of[d]

    # the texts read: those holding على in a document that names an علي W in full, and those where على comes before
    # a raw spelling of a listed surname (the rest hold only the preposition, thousands of times per batch)
    after = _listed_after_ala()
    read = {k for k, d in enumerate(doc_ids) if d in full and "على" in texts[k]} if full else set()
    if after is not None:
        if batch is not None:  # (one search over the joined texts: a match holds no separator)
            joined, base = batch
            at = [m.start() for m in after.finditer(joined)]
            if at:
                read.update((np.searchsorted(np.asarray(base), np.asarray(at), side="right") - 1).tolist())
        else:
            read.update(k for k, t in enumerate(texts) if "على" in t and after.search(t))
    added, labels = [], {}
    norm_of: dict = {}  # raw word -> normalised (the words after على repeat: الأقل، أن، ذلك …)
    for k in sorted(read):
        text = texts[k]
        d = doc_ids[k]
        known = full.get(d, {})
        for m in _ALA.finditer(text):
            raw = m.group(1)
            w = norm_of.get(raw)
            if w is None:
                w = norm_of[raw] = normalize(raw)
            # (the cheap tests first: most على are the preposition before a word that is neither)
            if w not in known and w not in listed:
                continue
            s, e = m.start(), m.end()
            # (the name ends there: a word, not a name of three words we cannot tell from the preposition's object)
            if re.match(r"[ \u00a0]+[\u0621-\u064a]", text[e:e + 2]) and not re.match(
                    r"[ \u00a0]+(?:[وف]?(?:قال|قالت|أكد|أضاف|أوضح|إن|أن|في|من|عن|مع|الذي|خلال))(?![\u0621-\u064a])",
                    text[e:e + 12]):
                continue
            if any(s < te and ts < e for ts, te in spans[k]):
                continue
            eid = known.get(w)
            if eid is None:
                if owners(d).get(w):
                    continue
                eid = "ner:" + slugify(skeleton("علي " + w))
                labels.setdefault(eid, "علي " + m.group(1))
            added.append((k, s, e, eid))
    return added, labels
