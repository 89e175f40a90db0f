"""A country form that is also a common word counts where the document itself shows the country (people60, session 30).

Some forms of the gazetteer are words of the language (مالي 'financial' and Mali, المالي 'the financial' and Malian,
بنين 'boys' and Benin, سيول 'floods' and Seoul, كابل 'cable' and Kabul): the build drops them
(``curated_country_forms.csv``), so the country is never counted by them, even in an article about it (عاصمة مالي،
باماكو). ``data/kb/word_country_forms.csv`` lists them with their country and form. Such a word counts as its country
only where its own words show the country, never by itself:

* a **name or capital** (مالي، بنين، سيول، كابل, a proclitic و/ب/ل/ف outside the span): right after a noun of a state
  (عاصمة، دولة، دولتي، جمهورية، رئيس، حكومة، شعب، سفارة، شمال، جنوب، شرق، غرب، وسط; a capital after العاصمة too,
  maybe with a nationality adjective between: العاصمة الأفغانية كابل), or in a list with another country mention (a
  comma or و, nothing else, between them: بوركينا فاسو ومالي، سيول وبيونغ يانغ);
* a **demonym** (المالي، المالية، الماليون، الماليين), only in a document that shows the country by one of the
  constructions above or by its name or capital found as a mention (باماكو): right after نظيره/نظيرته/نظيريه/نظرائه (his
  counterpart), a head of state or government noun (الرئيس), or another country's demonym found as a mention (the
  Tunisian–Malian forum: التونسي المالي, والمالي).

A word listed with the reach ``document``, rarely the other word (البوركيني, Burkinabè and the burkini swimsuit),
counts wherever a document shows the country (بوركينا فاسو، واغادوغو), and nowhere else. A name or capital listed so
(سيول, Seoul and 'floods'; people89, session 38) counts by the constructions above anywhere, and any other use of it in
a document that shows the country (كوريا الجنوبية: لحفلة سيول، تقول سيول، #سيول العاصمة), unless the context list named
in its ``unless`` column (``data/kb/word_country_contexts.csv``, e.g. ``weather``) vetoes it: a ``near`` word of the
list among the four words on either side in its sentence (أمطار وسيول، سيول جارفة; with or without ال and a proclitic),
or a ``document`` word, as written after a proclitic, anywhere in the document (السيول, 'the floods': a document that
has it means floods by the bare word too).

So the financial collocations stay words (الدعم المالي، وضع مالي، وزارة المالية، المدير المالي, even in an article
about Mali), and a ``construction`` name never counts by its document alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad.lang.rules import SENTENCE_END
from marsad.lang.text import normalize

__all__ = ["word_country_forms", "probe_words", "candidate_runs", "matched_runs", "shown_country_words"]

_LETTER = r"\u0621-\u064a\u064b-\u065f\u0640\u0670"
_STATE_NOUNS = frozenset(normalize(w) for w in (
    "عاصمة دولة دولتي جمهورية رئيس حكومة شعب سفارة سفير شمال جنوب شرق غرب وسط شمالي جنوبي").split())
_CAPITAL_NOUNS = frozenset(normalize(w) for w in "العاصمة عاصمة".split())
_COUNTERPART = frozenset(normalize(w) for w in "نظيره نظيرته نظيريه نظرائه نظيرها نظيرهم الرئيس".split())
_CLITIC = "وبلف"
# (people115) the prepositions a country's name follows as a place (في مالي، إلى مالي، من مالي، عن مالي)
_PREPOSITIONS = frozenset(normalize(w) for w in "في إلى الى من عن".split())
_SEP = re.compile(r"^[ \t]*(?:[،,][ \t]*)?(?:و[ \t]*)?$")
_SEP_NO_WAW = re.compile(r"^[ \t]*(?:[،,][ \t]*)?$")


def _kb_path() -> Path:
    from marsad.mentions.kb import KB_DIR

    return Path(KB_DIR) / "word_country_forms.csv"


@lru_cache(maxsize=1)
def word_country_forms() -> dict[str, tuple[str, str, str]]:
    """The listed words as written in the list: ``{word: (country id, form, reach)}``."""
    import csv

    with open(_kb_path(), encoding="utf-8") as fh:
        return {r["word"]: (r["id"], r["form"], r["reach"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _unless_lists() -> dict[str, str]:
    """``{word: context list}`` of the listed words with an ``unless`` list (the file's ``unless`` column)."""
    import csv

    with open(_kb_path(), encoding="utf-8") as fh:
        return {r["word"]: r["unless"] for r in csv.DictReader(fh) if (r.get("unless") or "").strip()}


@lru_cache(maxsize=1)
def context_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """``{list: (near words, document words)}`` of ``data/kb/word_country_contexts.csv``, normalised; a near word
    without ال (the text's word is compared with and without ال and a proclitic), a document word as written."""
    import csv

    near: dict[str, set[str]] = {}
    doc: dict[str, set[str]] = {}
    with open(_kb_path().with_name("word_country_contexts.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            w = normalize(r["word"].strip())
            if r["scope"] == "near":
                near.setdefault(r["list"], set()).add(w[2:] if w.startswith("ال") else w)
            elif r["scope"] == "document":
                doc.setdefault(r["list"], set()).add(w)
    return {k: (frozenset(near.get(k, ())), frozenset(doc.get(k, ()))) for k in set(near) | set(doc)}


_WORD = re.compile(rf"[{_LETTER}]+")


def _unclitic(word: str) -> tuple[str, ...]:
    """A normalised word, and without its proclitic (و ف ب ل, maybe two: وب; لل of ل + ال read as ال)."""
    out = [word]
    for n in (1, 2):
        if len(word) > n + 2 and all(c in _CLITIC for c in word[:n]):
            out.append(word[n:])
    out += ["ا" + w[1:] for w in out if w.startswith("لل") and len(w) > 3]
    return tuple(out)


def _stems(word: str) -> tuple[str, ...]:
    """:func:`_unclitic`, and each without ال."""
    out = _unclitic(word)
    return out + tuple(w[2:] for w in out if w.startswith("ال") and len(w) > 3)


def _near_words(text: str, s0: int, e0: int, n: int = 4) -> list[str]:
    """The ``n`` words before ``s0`` and after ``e0`` in their sentence (no . ! ? ؟ or line break between), normalised."""
    left = text[max(0, s0 - 120):s0]
    cut = [m.end() for m in SENTENCE_END.finditer(left)]
    left = left[cut[-1]:] if cut else left
    right = text[e0:e0 + 120]
    m = SENTENCE_END.search(right)
    right = right[:m.start()] if m else right
    return [normalize(w) for w in _WORD.findall(left)[-n:] + _WORD.findall(right)[:n]]


def _vetoed_near(text: str, s0: int, e0: int, near: frozenset[str]) -> bool:
    return any(st in near for w in _near_words(text, s0, e0) for st in _stems(w))


@lru_cache(maxsize=1)
def _finder() -> re.Pattern:
    words = sorted({w for w in word_country_forms()}, key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![{_LETTER}])([{_CLITIC}]?)({alts})(?![{_LETTER}])")


@lru_cache(maxsize=1)
def _bare_words() -> tuple[str, ...]:
    """The listed words without ال, none holding another (مالي stands for المالية too): what a text must hold."""
    bare = {w[2:] if w.startswith("ال") else w for w in word_country_forms()}
    return tuple(sorted(b for b in bare if not any(o != b and o in b for o in bare)))


@lru_cache(maxsize=1)
def probe_words() -> tuple[str, ...]:
    """:func:`_bare_words` as the matcher's probes (:meth:`marsad.mentions.matcher.Matcher.add_probes`), when each is
    its own normalised and separated text (it is: letters normalisation keeps), else none: the automaton's pass over
    the normalised text then finds every place of a bare word written as listed (and more: a form with a tatweel,
    diacritics or ى), which :func:`candidate_runs` takes (``at``) instead of searching the code units again."""
    bare = _bare_words()
    return bare if all(w and all(c.isalnum() for c in w) and normalize(w) == w for w in bare) else ()


@lru_cache(maxsize=1)
def _letter_units() -> np.ndarray:
    """Per UTF-16 code unit: a character of ``_LETTER`` (what the finder's edges test; a surrogate is none)."""
    lut = np.zeros(0x10000, dtype=bool)
    lut[0x0621:0x0660] = True
    lut[0x0670] = True
    return lut


def _unit_places(word: str, units: np.ndarray) -> np.ndarray:
    """Code unit offsets in ``units`` where ``word`` starts (numpy over UTF-16 code units)."""
    n = len(units)
    cu = np.frombuffer(word.encode("utf-16-le"), dtype=np.uint16)
    if len(cu) >= 2:  # (the first two units compared as one 32-bit value, at even and odd offsets)
        key = cu[:2].view(np.uint32)[0]
        at = np.sort(np.concatenate([np.flatnonzero(units[o:o + 2 * ((n - o) // 2)].view(np.uint32) == key)
                                     * 2 + o for o in (0, 1)]))
    else:
        at = np.flatnonzero(units == cu[0])
    at = at[at + len(cu) <= n]
    for j in range(2, len(cu)):
        at = at[units[at + j] == cu[j]]
    return at


def _run_heads(at: np.ndarray, units: np.ndarray, letter: np.ndarray, longest: int) -> np.ndarray:
    """Where the run of letters holding each place of ``at`` starts, for runs that start at most ``longest`` units
    before it (a longer run cannot match)."""
    a, stop = at.copy(), at - longest
    for _ in range(longest):
        step = (a > stop) & (a > 0)
        step[step] = letter[units[a[step] - 1]]
        if not step.any():
            break
        a -= step
    return a[a > stop]


def candidate_runs(texts: list[str], batch: tuple | None = None, at: np.ndarray | None = None
                   ) -> list[tuple[int, int]]:
    """``(k, start)`` of each maximal run of letters (``_LETTER``) of the texts that holds one of :func:`_bare_words`,
    once each, in text order: where :func:`_finder` can match (``start`` in text ``k``).

    A match of the finder is a whole run (letters only, a letter on neither side) and holds a bare word (every listed
    word holds one), so it starts at one of these runs; ``finder.match(text, start)`` there gives what ``finditer``
    gives (its lookbehind reads the text before ``start``). The bare words are found by numpy over the joined texts'
    UTF-16 code units (``str.find`` scans slowly for words ending in ي, a letter of every other word), a few thousand
    places per batch (the substring مالي of شمالي، إجمالي، المالية …).

    ``batch``: ``(joined, base)``, the texts joined with a separator of no letter between them and where each starts
    (text ``k`` at ``joined[base[k]]``), or ``(joined, base, units, pairs)`` with the code units
    of ``joined`` and the offsets of its characters outside the BMP (:class:`marsad.mentions.offsets.Originals`).

    ``at``: with the full ``batch``, code unit offsets in it of places that may start a bare word, every place where
    one starts among them (the places of :func:`probe_words` that the matcher's pass found, mapped back to the
    originals): the runs holding them are given instead of searching the units; a place without a bare word gives a
    run the finder does not match (:func:`matched_runs` leaves it out), so the matched runs are the same.
    """
    if batch is None:
        base = np.cumsum([0] + [len(t) + 1 for t in texts])
        joined = "\n".join(texts)
    else:
        joined, base = batch[0], np.asarray(batch[1])
    if batch is not None and len(batch) > 2:
        units, pairs = batch[2], np.asarray(batch[3])
    else:
        units = np.frombuffer(joined.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
        pairs = np.flatnonzero(np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32) > 0xFFFF)
    letter = _letter_units()
    longest = max(map(len, word_country_forms())) + 1  # (a run longer than a listed word and a proclitic: no match)
    if at is not None and batch is not None and len(batch) > 2:
        places = [np.asarray(at, dtype=np.int64)]
    else:
        places = [_unit_places(w, units) for w in _bare_words()]
    heads = [_run_heads(p, units, letter, longest) for p in places if len(p)]
    heads = np.sort(np.concatenate(heads)) if heads else np.zeros(0, dtype=np.int64)
    heads = heads[np.concatenate(([True], heads[1:] != heads[:-1]))] if len(heads) > 1 else heads  # (np.unique's, by
    # one sort: numpy 2's np.unique goes through a hash table, several times as long)
    if not len(heads):
        return []
    if len(pairs):  # (code unit offsets to characters: the characters outside the BMP before each take two)
        heads = heads - np.searchsorted(pairs + np.arange(len(pairs)), heads, side="left")
    ks = np.searchsorted(base, heads, side="right") - 1
    return list(zip(ks.tolist(), (heads - base[ks]).tolist()))


def matched_runs(texts: list[str], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of :func:`candidate_runs` where :func:`_finder` matches (a listed form, maybe after its proclitic, is
    the whole run): the only runs :func:`shown_country_words` reads, so given as its ``runs`` they give the same rows
    (a third to a half of the candidate runs: شمالي، إجمالي hold مالي), and the caller can give it the rows of fewer
    texts and documents."""
    match = _finder().match
    return [(ki, at) for ki, at in runs if match(texts[ki], at) is not None]


_WORD_BEFORE = re.compile(rf"([{_LETTER}]+)[ \t]*$")


def _word_before(text: str, at: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return normalize(m.group(1)) if m else ""


def _words_before(text: str, at: int, n: int) -> list[str]:
    """The ``n`` words right before ``at`` (nearest last), normalised; only spaces between them."""
    out = []
    for _ in range(n):
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if not m:
            break
        out.insert(0, normalize(m.group(1)))
        at = m.start()
    return out


def shown_country_words(texts: list[str], doc_ids, rows, country_form: dict[tuple[int, int], str] | None = None,
                        batch: tuple[str, np.ndarray] | None = None,
                        runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int, str, str]]:
    """The listed common-word country forms that the document shows to be the country (the module docstring).

    Args:
        texts: the segments' texts.
        doc_ids: the document of each text.
        rows: the country mentions found: ``(k, start, end, id, form)`` (form ``name``, ``demonym``, ``capital`` …).
        batch: when the caller has them, the texts joined and where each starts (:func:`candidate_runs`).
        runs: :func:`candidate_runs` of the texts, when the caller has them; it may then give only the rows of
            these runs' texts and the name and capital rows of their documents (no other row is read).

    Returns:
        New rows ``(k, start, end, id, form)``, in text order; no row overlaps a mention given.
    """
    forms = word_country_forms()
    finder = _finder()
    # (a first look: the runs of letters holding one of the words without ال, where the finder can match)
    runs = candidate_runs(texts, batch) if runs is None else runs
    if not runs:
        return []
    by_text: dict[int, list] = {}
    for r in rows:
        by_text.setdefault(r[0], []).append(r)
    hits = []  # (k, start, end, id, form, strong)

    def judge(ki, m, mine, cid, form, reach):
        text = texts[ki]
        s0, e0 = m.start(2), m.end(2)
        before = _words_before(text, m.start(), 3)
        prev = before[-1] if before else ""
        prev_bare = prev[1:] if prev[:1] in _CLITIC and prev[1:] in _STATE_NOUNS | _CAPITAL_NOUNS else prev
        strong = weak = False
        if form in ("name", "capital"):
            if prev_bare in _STATE_NOUNS or (form == "capital" and (
                    prev_bare in _CAPITAL_NOUNS or (len(before) >= 2 and before[-2] in _CAPITAL_NOUNS
                                                    and prev.startswith("ال")))):
                strong = True
            else:
                # in a list with another country mention: only a comma or و between them
                left = m.start() if not m.group(1) else m.start(2)
                sep = _SEP if not m.group(1) or m.group(1) == "و" else _SEP_NO_WAW
                for _k, a, b, _id, f in mine:
                    if f not in ("name", "capital"):
                        continue
                    if b <= left and sep.match(text[b:left]) and (m.group(1) == "و" or text[b:left].strip()):
                        strong = True
                    elif a >= e0 and _SEP.match(text[e0:a]) and text[e0:a].strip():
                        strong = True
            if not strong and reach == "construction" and (
                    m.group(1) in ("ب", "ل") or (not m.group(1) and (
                        prev in _PREPOSITIONS
                        or (not text[:m.start()].strip() and text[e0:].lstrip(" \t").startswith(":"))))):
                # (people115, lever M: a place's slot -- after a preposition word or a glued ب/ل (في مالي، لمالي),
                # or a headline's first word before a colon (مالي: المعارضة …) -- in a document that shows the
                # country (the filter below): 'financial' is an adjective and never stands there)
                weak = True
            if not strong and reach == "document":
                # (any other use, in a document that shows the country (the filter below), unless its context list
                # has a word near it; the list's document words are read below, for the documents of these hits)
                unless = _unless_lists().get(m.group(2))
                if not unless or not _vetoed_near(text, s0, e0, context_words().get(unless, ((), ()))[0]):
                    weak = True
        elif reach == "document":  # a rare word: any use, in a document that shows the country (below)
            weak = True
        else:  # a demonym: after his counterpart or a head of state, or right after another country's demonym
            if prev in _COUNTERPART:
                weak = True
            else:
                left = m.start() if not m.group(1) else m.start(2)
                for _k, a, b, _id, f in mine:
                    if f == "demonym" and _id != cid and b <= left and _SEP.match(text[b:left]):
                        weak = True
        if strong or weak:
            hits.append((ki, s0, e0, cid, form, strong))

    # names and capitals first; a demonym (or a rare word) can count only in a document that shows its country (a
    # strong hit of a name or capital, or a name or capital found as a mention: the filter below), so the demonyms
    # of the many documents that show no such country (المالية 'the finance' in every economy article) are not read
    pending = []
    for ki, at in runs:
        text = texts[ki]
        m = finder.match(text, at)
        if m is None:
            continue
        cid, form, reach = forms[m.group(2)]
        if form not in ("name", "capital"):
            pending.append((ki, m, cid, form, reach))
            continue
        s0, e0 = m.start(2), m.end(2)
        mine = by_text.get(ki, [])
        if any(a < e0 and s0 < b for _k, a, b, *_ in mine):
            continue
        judge(ki, m, mine, cid, form, reach)
    if pending:
        allowed = {(doc_ids[ki], cid) for ki, _s, _e, cid, _f, strong in hits if strong}
        allowed |= {(doc_ids[r[0]], r[3]) for r in rows if r[4] in ("name", "capital")}
        for ki, m, cid, form, reach in pending:
            if (doc_ids[ki], cid) not in allowed:
                continue
            mine = by_text.get(ki, [])
            s0, e0 = m.start(2), m.end(2)
            if any(a < e0 and s0 < b for _k, a, b, *_ in mine):
                continue
            judge(ki, m, mine, cid, form, reach)
        hits.sort(key=lambda h: (h[0], h[1]))  # text order, as one pass gives them
    if not hits:
        return []
    # a weak name or capital with a context list: no document holding one of the list's document words (السيول)
    lists = _unless_lists()
    vetoable = {(doc_ids[ki], lists[texts[ki][s0:e0]]) for ki, s0, e0, _c, f, strong in hits
                if not strong and f in ("name", "capital") and texts[ki][s0:e0] in lists}
    if vetoable:
        ctx = context_words()
        words_of: dict = {}
        for doc, name in vetoable:
            words_of[doc] = words_of.get(doc, frozenset()) | ctx.get(name, ((), ()))[1]
        vetoed = set()
        # (a text's words are read only when the text, normalised whole, holds each document word but its first
        # letter somewhere: a word's stem here is its normalised form, maybe without one or two proclitics, or ال for
        # its لل, so all of the stem but its first letter is in the normalised word; normalize replaces characters
        # one by one, so the normalised word is in the normalised text. The same documents vetoed, one normalize per
        # text instead of one per word: perf39, shown_country_words 0.05 -> 0.01 CPU s a round of the bench batches)
        tails = {doc: tuple({w[1:] for w in ws}) for doc, ws in words_of.items()}
        for kt, text in enumerate(texts):
            doc = doc_ids[kt]
            if doc in words_of and doc not in vetoed:
                folded = normalize(text)
                if any(t in folded for t in tails[doc]) and any(
                        st in words_of[doc] for w in _WORD.findall(text) for st in _unclitic(normalize(w))):
                    vetoed.add(doc)
        hits = [h for h in hits if h[5] or h[4] not in ("name", "capital") or doc_ids[h[0]] not in vetoed
                or texts[h[0]][h[1]:h[2]] not in lists]
        if not hits:
            return []
    # a demonym counts only in a document that shows the country: a name or capital above, or its capital found
    shown = {(doc_ids[ki], cid) for ki, _s, _e, cid, _f, strong in hits if strong}
    cand_docs = {doc_ids[ki] for ki, *_ in hits}
    for r in rows:
        if r[4] in ("name", "capital") and doc_ids[r[0]] in cand_docs:
            shown.add((doc_ids[r[0]], r[3]))
    return [(ki, s0, e0, cid, form) for ki, s0, e0, cid, form, strong in hits
            if strong or (doc_ids[ki], cid) in shown]
