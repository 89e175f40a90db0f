"""Find mentions of people and countries in Arabic text: matcher, context, recogniser, people.

:func:`find_mentions` runs, for a batch of segments:

1. the knowledge-base :class:`~marsad.mentions.matcher.Matcher` (one
   Aho-Corasick pass, longest match wins) over the normalised texts, which
   :func:`~marsad.mentions.offsets.originals` makes from one pass over the code
   units of the joined original texts (a lookup table gives each unit's
   normalised, separated value and marks the characters normalisation deletes
   or expands), and :func:`~marsad.mentions.offsets.to_original` maps every hit
   back to the original text with a search among those characters;
2. :func:`~marsad.mentions.resolve.resolve_pending` for the hits that need
   context (partial names, ambiguous country forms);
3. :func:`partial_names_in_context` drops a partial name that is a link of
   another person's name chain (عبدالعزيز بن سعود, حمد آل ثاني) and joins a
   first name, a middle initial and the surname (دونالد جيه ترامب) into one mention;
4. optionally a recogniser (the CRF NER by default, any callable of the
   :data:`~marsad.mentions.people.Recognizer` shape) whose person spans
   :func:`~marsad.mentions.people.discover_people` cleans, links to the
   knowledge base, groups into entities and follows through surnames.

Most hits (full names, unambiguous country forms) are final at once and are
turned into rows with array operations: the Python work per mention is the
tuple pyahocorasick makes; surface strings are made once per distinct spelling.
"""
from __future__ import annotations

import bisect
import functools
import gc
import itertools
import logging
import re
import warnings
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from marsad.lang.rules import STANDALONE_SECTIONS
from marsad.lang.text import normalize
from marsad.mentions.kb import AMBIGUOUS_SEP, KB_DIR, load_kb
from marsad.mentions.matcher import FORMS, JOIN, Matcher, default_matcher, default_probes, separate
from marsad.mentions.legal_names import cue_hits, legal_name_links
from marsad.mentions.glued_surnames import glued_short_surnames
from marsad.mentions.lone_first_names import lone_first_names
from marsad.mentions.offsets import DocSegments, RowSpans, blank_spans, distinct, originals, to_original
from marsad.mentions.partial_names import _TROPHY_REACH
from marsad.mentions.people import Recognizer, default_recognizer, discover_people, signature_lines, trophy_names
from marsad.mentions.resolve import resolve_pending
from marsad.mentions.respelled_first_names import respelled_first_names
from marsad.mentions.ali_spelling import ala_first_names
from marsad.mentions.respelled_surnames import respelled_surnames
from marsad.mentions.shown_countries import candidate_runs, matched_runs, shown_country_words
from marsad.mentions.shown_countries import probe_words as shown_probe_words
from marsad.mentions.romanize import romanize

__all__ = ["find_mentions", "MENTION_COLUMNS", "FORMS", "Matcher", "default_matcher"]

log = logging.getLogger(__name__)

MENTION_COLUMNS = [
    "doc_id", "section", "position", "entity_id", "entity_type", "label_en", "label_ar",
    "form", "surface", "start", "end",
]
# standalone headlines that belong to their page (links to related articles):
# a partial name they hold falls back to the page's people; ticker headlines
# are unrelated stories and never do
_PAGE_FALLBACK = frozenset({"related"})
# texts matched per automaton pass: bounds the numpy arrays of one batch, and the copy of its text that pyahocorasick
# makes (4 bytes a character): 250,000 characters keep it at 1 MB, near the cache and reused by the allocator, where
# 4,000,000 made a 16 MB copy per pass (the stage about 4 % slower, with more page faults)
_BATCH_CHARS = 250_000


def _segments_frame(corpus_or_segments) -> pd.DataFrame:
    if isinstance(corpus_or_segments, str):
        return pd.DataFrame({"doc_id": ["text"], "section": ["paragraph"], "position": [0], "text": [corpus_or_segments]})
    segs = getattr(corpus_or_segments, "segments", corpus_or_segments)
    if not isinstance(segs, pd.DataFrame):
        raise TypeError("find_mentions expects a Corpus, a segments DataFrame or a string")
    if "text" not in segs:
        raise ValueError("segments need a 'text' column (and doc_id, section, position)")
    if {"doc_id", "section", "position"} <= set(segs.columns):
        return segs  # read only below: no copy
    segs = segs.copy()
    for col, default in (("doc_id", "doc"), ("section", "paragraph")):
        if col not in segs:
            segs[col] = default
    if "position" not in segs:
        segs["position"] = segs.groupby("doc_id").cumcount()
    return segs


class _KeyArrays:
    """Per automaton key: what a hit means when it needs no context."""

    def __init__(self, matcher: Matcher):
        infos = matcher.infos
        n = len(infos)
        self.eid = np.empty(n, dtype=object)
        self.label = np.empty(n, dtype=object)
        self.form = np.empty(n, dtype=object)
        self.firm = np.empty(n, dtype=object)
        self.needs = np.zeros(n, dtype=bool)
        for i, info in enumerate(infos):
            if info.direct is not None:
                self.eid[i], self.label[i], self.form[i] = info.direct
            else:
                self.needs[i] = not info.stop or info.firm is not None
            self.firm[i] = info.firm
        self.has_firm = np.array([f is not None for f in self.firm], dtype=bool)
        self.has_eid = np.array([e is not None for e in self.eid], dtype=bool)
        # entity types and forms as small integer codes (-1: none): the stage compares and moves codes, and turns
        # them into strings for the passes that read them and for the table
        rows = matcher.patterns
        self.labels = list(dict.fromkeys(["person", "country", *rows["label"].tolist(),
                                          *(lab for info in infos for _i, lab in info.coref)]))
        self.forms = list(dict.fromkeys([*FORMS, "stop", *rows["form"].tolist()]))
        self.label_of = {v: c for c, v in enumerate(self.labels)}
        self.form_of = {v: c for c, v in enumerate(self.forms)}
        self.label_str = np.array(self.labels, dtype=object)
        self.form_str = np.array(self.forms, dtype=object)
        self.label_code = np.array([-1 if v is None else self.label_of[v] for v in self.label], dtype=np.int16)
        self.form_code = np.array([-1 if v is None else self.form_of[v] for v in self.form], dtype=np.int16)
        # the firm ids as integer codes (-1: none), for counting them per scope in numpy
        codes, names = pd.factorize(pd.Series(self.firm, dtype=object), use_na_sentinel=True)
        self.firm_code = codes.astype(np.int64)
        self.firm_names = list(names)
        # people one of whose patterns starts with a title (الأمير محمد بن سلمان): only their
        # mentions can have titles to strip (see _after_titles)
        self.titled = _titled_ids(matcher)
        # full person and country names that need no context (what a hashtag sign can split: علي عبدالله #صالح،
        # المملكة العربية #السعودية)
        self.hash_name = np.array([info.direct is not None and info.direct[1:] in (("person", "name"),
                                                                                    ("country", "name"))
                                     for info in infos], dtype=bool)


_KEYS: dict[int, tuple[Matcher, _KeyArrays]] = {}


def _key_arrays(matcher: Matcher) -> _KeyArrays:
    hit = _KEYS.get(id(matcher))
    if hit is None or hit[0] is not matcher or len(hit[1].eid) != len(matcher.infos):
        hit = (matcher, _KeyArrays(matcher))
        _KEYS[id(matcher)] = hit
    return hit[1]


@lru_cache(maxsize=1)
def _labels() -> tuple[dict, dict]:
    labels = load_kb().labels().set_index("id")
    return labels["label_en"].to_dict(), labels["label_ar"].to_dict()


def _drop_exact_duplicates(segs: pd.DataFrame) -> pd.DataFrame:
    """Drop headlines whose normalised text repeats the one ``duplicate_of`` points to.

    Near duplicates (a reworded headline) stay: they can name entities the
    earlier headline did not.
    """
    dup = segs["duplicate_of"].notna().to_numpy()
    if not dup.any():
        return segs
    col = "normalized" if "normalized" in segs else "text"
    text_at = dict(zip(zip(segs["doc_id"], segs["position"]), segs[col]))
    same = np.zeros(len(segs), dtype=bool)
    for i in np.flatnonzero(dup):
        ref = text_at.get((segs["doc_id"].iat[i], int(segs["duplicate_of"].iat[i])))
        here = segs[col].iat[i]
        if isinstance(ref, str) and isinstance(here, str):
            same[i] = ref == here if col == "normalized" else normalize(ref) == normalize(here)
    return segs[~same]


def _originals_of(texts: list[str]):
    """:func:`~marsad.mentions.offsets.originals` of ``texts`` joined as the mention stage joins them."""
    return originals(JOIN.join(["", *texts, ""]), texts, len(JOIN))


def _scan(matcher: Matcher, orig, probes: list | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Match :attr:`~marsad.mentions.offsets.Originals.text` batch by batch; map the hits back.

    Returns ``(text index, key, start, end)``, offsets into the original texts. ``probes``: a list to append the
    places of the matcher's probes to (:meth:`~marsad.mentions.matcher.Matcher.scan_joined`: ``(start, probe
    index)`` arrays, offsets into :attr:`~marsad.mentions.offsets.Originals.text`).
    """
    text = orig.text
    n = len(orig.tlen)
    # the joiner's \x00 before each text (and after the last): no key holds it, so no hit crosses
    # it and the automaton can run from one to another, a batch of _BATCH_CHARS at a time
    cut = np.append(orig.normalised_base() - 2, len(text) - 2)
    parts = []
    lo = 0
    while lo < n:
        hi = min(n, max(lo + 1, int(np.searchsorted(cut, cut[lo] + _BATCH_CHARS, side="left"))))
        parts.append(matcher.scan_joined(text, int(cut[lo]), int(cut[hi]) + 1, probes=probes))
        lo = hi
    if parts:
        start, end, kid = (np.concatenate(x) for x in zip(*parts))
    else:
        start = end = kid = np.zeros(0, dtype=np.int64)
    k, ostart, oend = to_original(orig, start, end)
    return k, kid, ostart, oend


def _probe_units(orig, probes: list, matcher: Matcher, words: tuple[str, ...]) -> np.ndarray:
    """The code unit offsets in the joined originals (``orig``) where the places of the probes ``words`` found by
    :func:`_scan` (``probes``, offsets into the normalised text) start."""
    if not probes:
        return np.zeros(0, dtype=np.int64)
    g, pid = (np.concatenate(x) for x in zip(*probes)) if len(probes) > 1 else probes[0]
    if len(words) != len(matcher.probes):  # (only the places of these words)
        index = {w: i for i, w in enumerate(matcher.probes)}
        want = np.zeros(len(matcher.probes), dtype=bool)
        want[[index[w] for w in words]] = True
        g = g[want[pid]]
    return orig.unit(orig.back(g))


def _without_cyclic_gc(fn):
    """Run ``fn`` with the cyclic garbage collector paused.

    A batch makes hundreds of thousands of small tuples and lists (hits, rows, spans)
    and holds the caller's big lists of texts; every few thousand new containers the
    collector would walk all of them, for cycles this code does not make. Reference
    counting still frees everything at once; the collector resumes afterwards.
    """
    @functools.wraps(fn)
    def run(*args, **kwargs):
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()
    return run


# the default recogniser's NER model: the shipped CRF with its neural scorer, or the CRF alone
NER_MODELS = ("full", "crf")


@_without_cyclic_gc
def find_mentions(
    corpus_or_segments,
    *,
    entity_types: tuple[str, ...] | list[str] | None = None,
    demonyms: bool = True,
    capitals: bool = True,
    ner: bool = True,
    ner_model: str = "full",
    recognizer: Recognizer | None = None,
    ner_sections: tuple[str, ...] | None = None,
    skip_duplicates: bool = True,
    matcher: Matcher | None = None,
    extra_people: tuple[str, ...] | list[str] = (),
) -> pd.DataFrame:
    """Find mentions of knowledge-base entities and of the people a recogniser finds.

    Args:
        corpus_or_segments: a :class:`marsad.Corpus`, a segments DataFrame
            (``doc_id, section, position, text`` and optionally ``normalized``)
            or a single string.
        entity_types: keep only these types (``person``, ``country``, ``org``);
            default all.
        demonyms: count demonym/adjective forms (الروسي). They still take
            part in longest-match selection when off.
        capitals: count capitals (بيونغ يانغ → KP) as mentions of their country.
        ner: run a recogniser for people the knowledge base lacks (on by
            default so reports count every person a page names; it costs far
            more than the matcher, so pass ``ner=False`` or
            ``ner_sections=("title", "paragraph")`` for very large corpora).
        ner_model: the NER model of the default recogniser: ``"full"`` (the
            shipped CRF with its neural scorer attached) or ``"crf"`` (the CRF
            alone: a cheaper NER step, a little less accurate; see
            ``docs/EVALUATION.md`` and ``docs/PERFORMANCE.md``).
        recognizer: the recogniser to run when ``ner`` is on: a callable
            taking a list of texts and returning, for each, ``(start, end,
            type)`` spans (``"PERS"`` people, ``"ORG"`` organisations);
            default :func:`~marsad.mentions.people.default_recognizer` (the CRF
            NER plus appositions to a role).
            Discovered people get ``entity_id`` ``ner:<slug>``, ``form``
            ``ner`` (full name) or ``alias`` (surname), as ``label_ar``
            their most frequent spelling in the batch and as ``label_en`` its
            romanisation (:mod:`marsad.mentions.romanize`).
        ner_sections: sections the recogniser runs on (default: all).
        skip_duplicates: leave out headlines that repeat an earlier one word
            for word (``duplicate_of`` set by the corpus reader and the same
            normalised text), so they count once.
        matcher: a custom :class:`Matcher` (default: the knowledge base); the stage adds its probe words to it
            (:mod:`marsad.mentions.probes`: places some passes read, no change to its matches).
        extra_people: more people CSV files for the default matcher.

    Returns:
        One row per mention with :data:`MENTION_COLUMNS`; ``start``/``end``
        are offsets into the original segment text. Person names in
        ``byline`` segments (the journalist) are not mentions.

    Raises:
        ValueError: an unknown ``ner_model``.
    """
    if ner_model not in NER_MODELS:
        raise ValueError(f"unknown ner_model {ner_model!r}; known: {', '.join(NER_MODELS)}")
    segs = _segments_frame(corpus_or_segments)
    if skip_duplicates and "duplicate_of" in segs:
        segs = _drop_exact_duplicates(segs)
    matcher = matcher or default_matcher(extra_people=tuple(extra_people))
    texts = _str_list(segs["text"])
    doc_ids = segs["doc_id"].tolist()
    sections = segs["section"].tolist()
    cols = _Coded(segs, doc_ids, sections)
    positions = segs["position"].tolist()
    # the normalised column, if any, only saves normalising the words around partial names: the
    # texts are normalised, separated and matched from one pass over their code units below
    norm_col = segs["normalized"] if "normalized" in segs else None

    # one pass over the joined originals for what the steps below share: the normalised text the
    # automaton reads, where normalisation moves offsets, surfaces and hashtag signs
    joined = JOIN.join(["", *texts, ""])
    orig = originals(joined, texts, len(JOIN))  # the texts' lengths from the joiners in the one pass
    tlen = orig.tlen
    # a paragraph that is only the journalists' names joined by / is a byline too (its people are no story's)
    signed = signature_lines(texts, np.flatnonzero((tlen <= 150) & (tlen > 0)).tolist())  # (the short texts alone)
    if signed:
        sections = list(sections)
        for i in signed:
            sections[i] = "byline"
    segments = DocSegments(texts, doc_ids, cols.doc, cols.doc_u, tlen)  # (each document's segments, for the passes)
    # (the probes' places too: where the passes below find the words they look for, instead of searching again)
    probe_words = default_probes()
    if probe_words and not set(probe_words) <= set(matcher.probes):
        matcher.add_probes(probe_words)
    probes: list = []
    k, kid, ostart, oend = _scan(matcher, orig, probes)
    keys = _key_arrays(matcher)
    eid = keys.eid[kid]
    has_id = keys.has_eid[kid]  # (eid is not None: the hits resolved below get one)
    # (entity types and forms as codes: keys.labels / keys.forms)
    label = keys.label_code[kid]
    form = keys.form_code[kid]
    PERSON, COUNTRY = keys.label_of["person"], keys.label_of["country"]
    NAME, ALIAS, DEMONYM = keys.form_of["name"], keys.form_of["alias"], keys.form_of["demonym"]
    partial = np.zeros(len(kid), dtype=bool)
    needs = keys.needs[kid]
    if needs.any():
        # hits that need context wait for the counts of their scope (the
        # document, or the single ticker/related headline)
        seg_scope, page_of, alone = _scopes(cols)
        hit_scope = seg_scope[k]
        pend = np.flatnonzero(needs)
        wanted = set(hit_scope[pend].tolist())
        wanted |= {page_of[s] for s in wanted if page_of[s] is not None}
        firm_hits = np.flatnonzero(keys.has_firm[kid])
        # (np.unique's ids and counts, by one count per id: the ids are small codes)
        n_run = np.bincount(keys.firm_code[kid[firm_hits]], minlength=len(keys.firm_names))
        ids_run = np.flatnonzero(n_run)
        n_run = n_run[ids_run]
        run = Counter(dict(zip((keys.firm_names[c] for c in ids_run.tolist()), n_run.tolist())))
        firm: dict = {}
        is_wanted = np.zeros(len(page_of), dtype=bool)
        is_wanted[np.fromiter(wanted, dtype=np.int64, count=len(wanted))] = True
        fh = firm_hits[is_wanted[hit_scope[firm_hits]]]
        if len(fh):
            # counted per distinct (scope, id) in numpy, one Counter per scope
            n_ids = len(keys.firm_names)
            # (np.unique's pairs and counts from a stable sort, which is cheaper on keys that come mostly in order:
            # the hits are in text order, so their scopes mostly are)
            pairs = np.sort(hit_scope[fh] * n_ids + keys.firm_code[kid[fh]], kind="stable")
            head = np.empty(len(pairs), dtype=bool)
            head[0] = True
            np.not_equal(pairs[1:], pairs[:-1], out=head[1:])
            head = np.flatnonzero(head)
            pairs, counts = pairs[head], np.diff(np.append(head, len(fh)))
            scopes = pairs // n_ids
            ids = np.asarray(keys.firm_names, dtype=object)[pairs % n_ids].tolist()
            cuts = np.flatnonzero(np.diff(scopes)) + 1
            bounds = np.concatenate(([0], cuts, [len(pairs)])).tolist()
            counts = counts.tolist()
            for sc, lo, hi in zip(scopes[bounds[:-1]].tolist(), bounds[:-1], bounds[1:]):
                # Counter(dict(…)) without Counter.update's Python-level checks (distinct ids)
                firm[sc] = c = Counter.__new__(Counter)
                dict.update(c, zip(ids[lo:hi], counts[lo:hi]))
        infos = matcher.infos
        # a hit's resolution depends on its key and its scope alone (a name repeats in its
        # document): resolved once per distinct (key, scope), then given to all its hits
        n_keys = len(infos)
        pair, inv = np.unique(hit_scope[pend] * n_keys + kid[pend], return_inverse=True)
        d_scope, d_key = (pair // n_keys).tolist(), (pair % n_keys).tolist()
        pending = [(d, infos[kh], sc, page_of[sc], sc >= alone)
                   for d, (kh, sc) in enumerate(zip(d_key, d_scope))]
        resolved = resolve_pending(pending, firm, run)
        if resolved:
            d_i, d_eid, d_lab, d_frm, d_part = zip(*resolved)
            has = np.zeros(len(pair), dtype=bool)
            has[list(d_i)] = True
            at = np.full(len(pair), -1, dtype=np.int64)
            at[list(d_i)] = np.arange(len(d_i))
            hit_has = has[inv]
            h, src = pend[hit_has], at[inv[hit_has]]
            eid[h] = np.asarray(d_eid, dtype=object)[src]
            has_id[h] = True
            label[h] = np.fromiter(map(keys.label_of.__getitem__, d_lab), dtype=label.dtype, count=len(d_lab))[src]
            form[h] = np.fromiter(map(keys.form_of.__getitem__, d_frm), dtype=form.dtype, count=len(d_frm))[src]
            partial[h] = np.asarray(d_part, dtype=bool)[src]
        _vowelled_oman_amman(matcher, keys, texts, k, kid, ostart, oend, pend, eid, has_id, label, form)
    keep = np.flatnonzero(has_id)
    k, ostart, oend = k[keep], ostart[keep], oend[keep]
    eid, label, form, partial = eid[keep], label[keep], form[keep], partial[keep]
    if "#" in joined:
        k, ostart, oend, eid, label, form, partial = _hashtag_names(
            matcher, texts, orig, k, ostart, oend, eid, label, form, partial)
    person = label == PERSON
    if person.any():
        same = norms = None
        if norm_col is not None:
            # texts whose given normalised text keeps every offset (the words around a partial name
            # are then read from it): its length is the text's and normalisation changes nothing there
            # (only a partial name's words are read: the texts with one)
            at = distinct(k[person & partial])
            norms = dict(zip(at.tolist(), (t if isinstance(t, str) else "" for t in norm_col.iloc[at].tolist())))
            nl = np.array(list(map(len, norms.values())), dtype=np.int64)
            same = np.zeros(len(texts), dtype=bool)
            same[at] = (nl == tlen[at]) & ~orig.changed(at)
        keep, oend, merged = partial_names_in_context(texts, k, ostart, oend, eid, label, partial,
                                                      norms=norms, same=same, person=person)
        form, partial = form.copy(), partial.copy()
        form[merged], partial[merged] = NAME, False
        k, ostart, oend = k[keep], ostart[keep], oend[keep]
        eid, label, form, partial = eid[keep], label[keep], form[keep], partial[keep]

    extra = None
    from_ner = None  # rows the recogniser added (their spans may start with a title)
    if ner:
        rec = recognizer or (default_recognizer if ner_model == "full" else functools.partial(default_recognizer, neural=False))
        extra = _people(rec, texts, doc_ids, sections, positions, ner_sections,
                        k, ostart, oend, eid, keys.label_str[label], keys.form_str[form], partial)
        if extra is not None:
            drop, rows = extra
            if drop:
                mask = np.ones(len(k), dtype=bool)
                mask[list(drop)] = False
                k, ostart, oend, eid, label, form = k[mask], ostart[mask], oend[mask], eid[mask], label[mask], form[mask]
            if rows:
                rk, rs, re_, reid, rlab, rform = zip(*rows)
                order = _row_order(np.concatenate([k, rk]), np.concatenate([ostart, rs]))
                from_ner = np.concatenate([np.zeros(len(k), dtype=bool), np.ones(len(rows), dtype=bool)])[order]
                k = np.concatenate([k, rk])[order]
                ostart = np.concatenate([ostart, rs])[order]
                oend = np.concatenate([oend, re_])[order]
                eid = np.concatenate([eid, np.asarray(reid, dtype=object)])[order]
                label = np.concatenate([label, np.full(len(rows), PERSON, dtype=label.dtype)])[order]
                form = np.concatenate([form, np.fromiter(map(keys.form_of.__getitem__, rform), dtype=form.dtype,
                                                         count=len(rform))])[order]
                found_ar = {r[3]: r[4] for r in rows}
            else:
                found_ar = {}
        else:
            found_ar = {}
    else:
        found_ar = {}

    # titles in knowledge-base names (الأمير محمد بن سلمان، الملك سلمان) disambiguate the match
    # but are not part of the name: the mention starts after them
    # (a nationality word among them is its own country mention: العاهل المغربي محمد السادس)
    is_person = label == PERSON
    if is_person.any():
        ostart = ostart.copy()
        extra_countries = []
        cache = _AFTER_TITLES
        if len(cache) > 200_000:
            cache.clear()
        # only people with a titled pattern, and the recogniser's spans, can start with a title
        pi = np.flatnonzero(is_person)
        titled = np.fromiter(map(keys.titled.__contains__, eid[pi].tolist()), dtype=bool, count=len(pi))
        if from_ner is not None:
            titled |= from_ner[pi]
        pi = pi[titled]
        for i, ki, s0, e0 in zip(pi.tolist(), k[pi].tolist(), ostart[pi].tolist(), oend[pi].tolist()):
            # what the titles cut depends on the mention's text alone (names repeat: one call per spelling)
            span = texts[ki][s0:e0]
            hit = cache.get(span)
            if hit is None:
                hit = cache[span] = _after_titles(span, 0, len(span))
            if hit[0]:
                ostart[i] = s0 + hit[0]
            extra_countries += [(ki, s0 + a, s0 + b, cid) for a, b, cid in hit[1]]
        # a short form of the person's first name right before a one-word mention of them (مو صلاح, Mo
        # Salah, for محمد صلاح): part of the mention
        shorts = _short_forms()
        if shorts:
            _en, ar_of = _labels()
            pi = np.flatnonzero(is_person)
            pi = pi[_may_follow_short_word(orig, k[pi], ostart[pi])]  # (the rows _SHORT_BEFORE can match before)
            for i, ki, s0, e0 in zip(pi.tolist(), k[pi].tolist(), ostart[pi].tolist(), oend[pi].tolist()):
                # (a one-word mention after a space, or a space and a line break)
                if texts[ki][s0 - 1:s0] not in (" ", "\n") or " " in texts[ki][s0:e0].strip():
                    continue
                m = _SHORT_BEFORE.search(texts[ki], max(0, s0 - 8), s0)
                if not m:
                    continue
                full = shorts.get(_normalize_word(m.group(1)))
                if not full:
                    continue
                lab = found_ar.get(eid[i]) or ar_of.get(eid[i]) or ""
                first = _normalize_word(str(lab)).split()[:1]
                if first and first[0] in full:
                    ostart[i] = m.start(1)
        if extra_countries:
            k, ostart, oend, eid, label, form = _add_rows(
                (k, ostart, oend, eid, label, form),
                [(ki, s, e, cid, COUNTRY, DEMONYM) for ki, s, e, cid in extra_countries])

    glued = _glued_countries(texts, k, ostart, oend, orig)
    if glued:
        k, ostart, oend, eid, label, form = _add_rows(
            (k, ostart, oend, eid, label, form), [(ki, s, e, cid, COUNTRY, NAME) for ki, s, e, cid in glued])

    # a country form that is also a common word (مالي 'financial', سيول 'floods') where the document shows the
    # country: after a state noun, in a list of countries, a demonym after نظيره (marsad.mentions.shown_countries)
    # (only where a listed word can be a whole word: the rows of those texts and the name and capital rows of their
    # documents are all the pass reads)
    batch = (joined, orig.base, orig.units, orig.pairs)
    # (the runs the pass reads: where its finder matches; the places of its words from the automaton's pass)
    shown_words = shown_probe_words()
    runs = matched_runs(texts, candidate_runs(texts, batch, _probe_units(orig, probes, matcher, shown_words)
                                              if shown_words and set(shown_words) <= set(matcher.probes) else None))
    shown = []
    if runs:
        ci = np.flatnonzero(label == COUNTRY)
        rk = distinct(np.fromiter((r[0] for r in runs), dtype=np.int64, count=len(runs)))
        in_text = np.zeros(len(texts), dtype=bool)
        in_text[rk] = True
        fc = form[ci]
        if cols.doc_all_str:  # (ids compared as the pass compares them: strings)
            ci = ci[in_text[k[ci]] | (((fc == NAME) | (fc == keys.form_of["capital"]))
                                      & np.isin(cols.doc[k[ci]], cols.doc[rk]))]
        shown = shown_country_words(texts, doc_ids, list(zip(k[ci].tolist(), ostart[ci].tolist(), oend[ci].tolist(),
                                                             eid[ci].tolist(), [keys.forms[f] for f in form[ci].tolist()])),
                                    batch=batch, runs=runs)
    if shown:
        k, ostart, oend, eid, label, form = _add_rows(
            (k, ostart, oend, eid, label, form),
            [(ki, s, e, cid, COUNTRY, keys.form_of[f]) for ki, s, e, cid, f in shown])

    if is_person.any():
        k, ostart, oend, eid, label, form, _changed = _person_edges(texts, k, ostart, oend, eid, label, form, found_ar,
                                                                    person=PERSON, orig=orig)
        reordered = _reordered_names(texts, doc_ids, k, ostart, oend, eid, label, form, orig, segments, person=PERSON)
        if reordered:
            k, ostart, oend, eid, label, form = _add_rows((k, ostart, oend, eid, label, form), reordered)
        # a hashtag sign before a person's name is no part of it (#محمد_السادس, #فوكس: the name as written)
        pi = np.flatnonzero(label == PERSON)
        if len(pi):
            lead = orig.units[orig.unit(orig.base[k[pi]] + ostart[pi])] == ord("#")  # (the joined originals)
            ostart = ostart.copy()
            ostart[pi[lead]] += 1
            # a family name right after a name chain with بن (سلمان بن عبد العزيز آل سعود) belongs to the mention
            # when no other mention starts inside it
            oend = oend.copy()
            pf = pi[_followed_by(orig, k[pi], oend[pi], " آل ")]  # (what the pattern starts with)
            for i, ki, s0, e0 in zip(pf.tolist(), k[pf].tolist(), ostart[pf].tolist(), oend[pf].tolist()):
                m = _FAMILY_AFTER.match(texts[ki], e0)
                if m and _NASAB_IN.search(texts[ki], s0, e0) and not (
                        (k == ki) & (ostart >= e0) & (ostart < m.end())).any():
                    oend[i] = m.end()

    # a legal name after a stage name, or a stage name after a legal name, joined by a cue phrase
    # (واسمها الحقيقي، الشهيرة باسم): one person in the document (marsad.mentions.legal_names)
    # (a cue counts only after a person row of its segment: the segments with one are read)
    pk = k[label == PERSON]
    cues = cue_hits(texts, distinct(pk).tolist()) if len(pk) else []
    if cues:
        # (the rows of the documents with a cue: the links read no other)
        sub = np.flatnonzero(np.isin(cols.doc[k], cols.doc[[kc for kc, _m in cues]]))
        starts, added, renamed = legal_name_links(
            texts, doc_ids, list(zip(k[sub].tolist(), ostart[sub].tolist(), oend[sub].tolist(), eid[sub].tolist(),
                                     keys.label_str[label[sub]].tolist())), cues)
        starts = {int(sub[i]): s0 for i, s0 in starts.items()}
        if starts or added or renamed:
            ostart = ostart.copy()
            for i, s0 in starts.items():
                ostart[i] = s0
            if renamed:
                eid = eid.copy()
                for i, (ki, ei) in enumerate(zip(k.tolist(), eid.tolist())):
                    new = renamed.get((doc_ids[ki], ei))
                    if new is not None and label[i] == PERSON:
                        eid[i] = new
            if added:
                k, ostart, oend, eid, label, form = _add_rows(
                    (k, ostart, oend, eid, label, form), [(ki, s0, e0, ei, PERSON, ALIAS) for ki, s0, e0, ei in added])

    # a first name alone right after a role (الفنان شارل) is the one person of the document whose full name
    # starts with it (marsad.mentions.lone_first_names)
    pi = np.flatnonzero(label == PERSON)
    if len(pi):
        # (the spans of every mention per text, made for the texts the two passes read; they add theirs)
        spans = RowSpans(k, ostart, oend)
        # (only a row of two words or more has a first name: the others are left out, in order)
        kp, sp, ep = k[pi], ostart[pi], oend[pi]
        two = pi[_span_unit_sums(orig, kp, sp, ep, _name_unit_tables()[0]) > 0]
        # (the pass reads a row's document, spelling and person alone: the first row of each is given, in order)
        two = _first_of_each(orig, cols, k, ostart, oend, eid, two)
        persons = list(zip(k[two].tolist(), ostart[two].tolist(), oend[two].tolist(), eid[two].tolist(),
                           itertools.repeat("person")))
        lone = lone_first_names(texts, doc_ids, persons, spans, segments, (joined, orig.base))
        # and a surname of three letters glued to ب/ل/ك (لماي), which the matcher leaves out
        # (marsad.mentions.glued_surnames; only a row whose last word may have three letters or fewer counts there)
        short = pi[~_long_last_word(orig, kp, sp, ep)]
        persons = list(zip(k[short].tolist(), ostart[short].tolist(), oend[short].tolist(), eid[short].tolist(),
                           itertools.repeat("person")))
        lone += glued_short_surnames(texts, doc_ids, persons + [(ki, s0, e0, ei, "person") for ki, s0, e0, ei in lone],
                                     spans, segments)
        if lone:
            k, ostart, oend, eid, label, form = _add_rows(
                (k, ostart, oend, eid, label, form), [(ki, s0, e0, ei, PERSON, ALIAS) for ki, s0, e0, ei in lone])

    # a surname right after another transliteration of its person's first name (غابرييل جيسوس … جابرييل جيسوس):
    # the full name (marsad.mentions.respelled_first_names)
    # (the person rows (index, text, start, end, person) as this pass reads them, kept for the على pass below while
    # no pass between changes a row)
    pi = np.flatnonzero(label == PERSON)
    person_rows = None
    if len(pi):
        person_rows = list(zip(pi.tolist(), k[pi].tolist(), ostart[pi].tolist(), oend[pi].tolist(), eid[pi].tolist()))
        wide = respelled_first_names(texts, doc_ids, person_rows)
        if wide:
            person_rows = None
            ostart, form = ostart.copy(), form.copy()
            for i, (s0, j) in wide.items():
                ostart[i], form[i] = s0, form[j]

    # a surname named again in another spelling of the document (شكري بلعيد … بالعيد): that person
    # (marsad.mentions.respelled_surnames; the people the recogniser found: a knowledge-base person's spellings are
    # listed, and the documents with a discovered person are few)
    pi = np.flatnonzero(label == PERSON)
    if len(pi):
        pi = pi[[str(x).startswith("ner:") for x in eid[pi].tolist()]]
    if len(pi):
        added, longer = respelled_surnames(texts, doc_ids, list(zip(pi.tolist(), k[pi].tolist(), ostart[pi].tolist(),
                                                                    oend[pi].tolist(), eid[pi].tolist())),
                                           RowSpans(k, ostart, oend))
        if longer:
            person_rows = None
            oend = oend.copy()
            for i, e0 in longer.items():
                oend[i] = e0
        if added:
            person_rows = None
            k, ostart, oend, eid, label, form = _add_rows(
                (k, ostart, oend, eid, label, form), [(ki, s0, e0, ei, PERSON, ALIAS) for ki, s0, e0, ei in added])

    # the first name علي written على before a surname of an علي or a name the document gives in full (على بوجسيم)
    # (marsad.mentions.ali_spelling)
    if any("على" in t for t in texts):
        pi = np.flatnonzero(label == PERSON)
        if person_rows is None:
            person_rows = list(zip(pi.tolist(), k[pi].tolist(), ostart[pi].tolist(), oend[pi].tolist(),
                                   eid[pi].tolist()))
        # (the rows whose surface holds both ع and ل, what an علي W in full needs: a count of each in one sum)
        both = _span_unit_sums(orig, k[pi], ostart[pi], oend[pi], _ain_lam_units())
        named = np.flatnonzero(((both & 0xFFFFFFFF) > 0) & ((both >> 32) > 0)).tolist()
        added, ala_labels = ala_first_names(texts, doc_ids, person_rows, RowSpans(k, ostart, oend), (joined, orig.base),
                                            named)
        if added:
            for u, lab in ala_labels.items():
                found_ar.setdefault(u, lab)
            k, ostart, oend, eid, label, form = _add_rows(
                (k, ostart, oend, eid, label, form), [(ki, s0, e0, ei, PERSON, keys.form_of["ner"] if str(ei).startswith("ner:") else NAME)
                 for ki, s0, e0, ei in added])

    # filters apply after longest-match selection (المغربية never falls back to المغرب)
    sel = np.ones(len(k), dtype=bool)
    if not demonyms:
        sel &= form != DEMONYM
    if not capitals:
        sel &= form != keys.form_of["capital"]
    if entity_types is not None:
        sel &= np.isin(label, [keys.label_of[t] for t in entity_types if t in keys.label_of])
    # the journalist's name in a byline is not one of the story's people
    person = label == PERSON
    byline = cols.section_is("byline")
    if signed:
        byline = byline.copy()
        byline[signed] = True
    sel &= ~(byline[k] & person)
    # a person's name that names a trophy or a tournament (كأس السيسي، كأس الملك سلمان بن عبد العزيز) is no mention
    pi = np.flatnonzero(person)
    if len(pi):
        # (only a row with one of the nouns within reach before it, what trophy_names reads, can: most have none)
        pi = pi[_rows_holding(orig, k[pi], _trophy_nouns(), ostart[pi], _TROPHY_REACH, _trophy_longest())]
        gone = trophy_names(texts, list(zip(k[pi].tolist(), ostart[pi].tolist(), oend[pi].tolist()))) if len(pi) else []
        if gone:
            sel[pi[gone]] = False
    if not sel.all():
        k, ostart, oend, eid, label, form = k[sel], ostart[sel], oend[sel], eid[sel], label[sel], form[sel]

    # string columns are built from their distinct values and integer codes
    # (a take in C), not from one Python string per mention
    en, ar = _labels()
    codes, uniq = pd.factorize(pd.Series(eid, dtype=object))
    uniq = uniq.tolist()
    ar_u = [ar.get(u) or found_ar.get(u, "") for u in uniq]
    en_u = [en.get(u) or (romanize(found_ar[u]) if u in found_ar else "") for u in uniq]
    at = orig.base[k]  # text k starts there in the joined originals
    out = pd.DataFrame({
        "doc_id": _take(cols.doc_str, cols.doc[k]),
        "section": _take(cols.sec_str, cols.sec[k]),
        "position": np.asarray(positions, dtype=np.int64)[k] if len(k) else np.zeros(0, dtype=np.int64),
        "entity_id": _take(uniq, codes),
        "entity_type": _take(keys.labels, label),
        "label_en": _take(en_u, codes),
        "label_ar": _take(ar_u, codes),
        "form": _take(keys.forms, form),
        "surface": _surfaces(orig, joined, at + ostart, at + oend),
        "start": ostart.astype(np.int64),
        "end": oend.astype(np.int64),
    })
    if out.empty:  # keep the string dtype an inferred frame would have
        out = out.astype({c: "str" for c in MENTION_COLUMNS if c not in ("position", "start", "end")})
    return out if list(out.columns) == MENTION_COLUMNS else out[MENTION_COLUMNS]


# a pronoun glued to the first words of a name by a missing space (وهوإدوار فيليب: 'and he is Édouard Philippe')
_GLUED_PRONOUN = frozenset(normalize(w) for w in "هو هي وهو وهي فهو فهي".split())
_LAST_TOKEN = re.compile(r"([\u0621-\u064a]+)[ \t]$")
_BEFORE_LAST_TOKEN = (" ", "\t", "\n")  # the characters _LAST_TOKEN can end a text's part with


# Oman and Amman are one string once diacritics go (عمان); a vowel written on it tells them apart: a damma on the
# ع is Oman (عُمان), a fatha on the ع or a shadda on the م is Amman (عَمان، عمّان، عمَّان)
_OMAN_VOWEL = re.compile("^[\u0639]\u064f")
_AMMAN_VOWEL = re.compile("^[\u0639](?:\u064e|[\u064b-\u0652]*\u0645[\u064b-\u0652]*\u0651)")


@lru_cache(maxsize=4)
def _oman_amman_keys(matcher) -> np.ndarray:
    """The matcher's key ids whose plain rows are exactly Oman and Jordan (عمان and its proclitic forms)."""
    pair = (("JO", "OM"), ("OM", "JO"))
    return np.asarray([i for i, info in enumerate(matcher.infos) if info.plain in pair], dtype=np.int64)


def _vowelled_oman_amman(matcher, keys, texts, k, kid, ostart, oend, pend, eid, has_id, label, form) -> None:
    """The hits of the ambiguous key عمان (Oman or Amman) written with a vowel that tells the two apart take that
    country (Oman's name, or Jordan's capital) whatever their document names most: the writer said which."""
    amb = _oman_amman_keys(matcher)
    if not len(pend) or not len(amb):
        return
    for h in pend[np.isin(kid[pend], amb)].tolist():
        surface = texts[k[h]][ostart[h]:oend[h]]
        if _OMAN_VOWEL.match(surface):
            eid[h], lab, frm = "OM", "country", "name"
        elif _AMMAN_VOWEL.match(surface):
            eid[h], lab, frm = "JO", "country", "capital"
        else:
            continue
        has_id[h] = True
        label[h] = keys.label_of[lab]
        form[h] = keys.form_of[frm]


def _may_end_with(text: str, s0: int, word: str) -> bool:
    """Whether the token :data:`_LAST_TOKEN` finds in ``text`` before ``s0`` may end with ``word`` once normalised:
    the letter it would end with (before the space or tab, itself maybe before a line break) normalises to the
    word's last letter, or is a tatweel (which normalisation deletes). A cheap test before the search."""
    q = s0 - 2 if text[s0 - 1:s0] in (" ", "\t") else s0 - 3 if text[s0 - 2:s0 - 1] in (" ", "\t") else -1
    if q < max(0, s0 - 30):
        return False
    c = text[q]
    return c == "\u0640" or ("\u0621" <= c <= "\u064a" and _normalize_word(c) == word[-1:])
# a name's gloss in Latin script in brackets right after it, maybe after the language (إدوار فيليب بالفرنسية
# (Édouard Philippe))
_GLOSS = re.compile(r"[ \t]*(?:[وف]?بال[\u0621-\u064a]+[ \t]*)?\([ \t]*([^()\n]{3,60}?)[ \t]*\)")
_LATIN_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*[a-zß-ÿ][A-Za-zÀ-ÿ'’.-]*$")
_LATIN_PARTICLES = frozenset("de da di del della dos du van von der den le la al el bin ibn ben abu".split())


_LINEAGE_WORD = re.compile(r"[ \t]+([\u0621-\u064a]+)")
_LINEAGE_LINKS = frozenset(normalize(w) for w in "بن ابن".split())
_LINEAGE_COMPOUNDS = frozenset(normalize(w) for w in "عبد أبو ابو".split())


def _lineage_end(text: str, end: int, surf: list[str], lab: list[str]) -> int | None:
    """The end of a longer lineage after a knowledge-base person's short name: one to three links بن + a name (of
    two words after عبد/أبو), then the rest of the person's name in the knowledge base, its family name (نظيره
    القطري محمد بن عبد الرحمن | بن جاسم آل ثاني for محمد بن عبد الرحمن آل ثاني); None when no such chain follows."""
    if not surf or len(lab) <= len(surf) or lab[:len(surf)] != surf:
        return None
    rest, pos, links = lab[len(surf):], end, 0
    words = []
    while len(words) < 12:
        m = _LINEAGE_WORD.match(text, pos)
        if not m:
            break
        words.append((normalize(m.group(1)), m.end(1)))
        if words[0][0] not in _LINEAGE_LINKS:
            return None  # (no chain starts here: the links below would be none)
        pos = m.end(1)
    j = 0
    while links < 3 and j + 1 < len(words) and words[j][0] in _LINEAGE_LINKS:
        j += 3 if words[j + 1][0] in _LINEAGE_COMPOUNDS else 2
        links += 1
    if not links or j + len(rest) > len(words) or [w for w, _ in words[j:j + len(rest)]] != rest:
        return None
    return words[j + len(rest) - 1][1]


def _person_edges(texts, k, ostart, oend, eid, label, form, found_ar, person="person", orig=None):
    """Person mentions at their edges, once every row is known:

    - two mentions of the same person with one space between them are one (a name written in reversed order,
      surname first: كان فيليب إدوار عضواً, for إدوار فيليب);
    - the first word of the person's name glued to a pronoun before a mention of the other words (وهوإدوار
      فيليب) joins the mention (the pronoun stays out);
    - a gloss of the name in Latin script in brackets right after a mention (إدوار فيليب بالفرنسية (Édouard
      Philippe)), two to five capitalised words or particles, is a mention of the same person.

    ``person``: the value of ``label`` for a person (a string, or the stage's code for it). ``orig``: the texts'
    :class:`~marsad.mentions.offsets.Originals`, when the caller has them: only the rows :func:`_edge_rows` lets
    through are then read (the others can change nothing).

    Returns the arrays and whether anything changed."""
    pi = np.flatnonzero(label == person)
    if not len(pi):
        return k, ostart, oend, eid, label, form, False
    _en, ar_of = _labels()
    ostart, oend = ostart.copy(), oend.copy()
    # a row can join the one before it only when that row is in its text and ends one character before it starts
    # (the end a row before has when this row is read: its own, or the one of a row joined to it, which is the row
    # right before; or one a lineage moved, which the loop sees: ``stretched``)
    kp, sp, ep = k[pi], ostart[pi], oend[pi]
    near = np.zeros(len(pi), dtype=bool)
    near[1:] = (kp[1:] == kp[:-1]) & (ep[:-1] + 1 == sp[1:])
    labels: dict = {}  # entity id -> its label's normalised words
    drop, added = [], []
    glued = False
    prev = None
    stretched = False  # whether the row before had its end moved by a lineage
    if orig is None:
        rows = read = np.arange(len(pi))  # (every row read; the lists below hold them all)
    else:
        read = np.flatnonzero(_edge_rows(orig, texts, kp, sp, ep, eid[pi], near, found_ar, ar_of, labels))
        # (the lists below hold the rows read and the row before each, which it can join)
        hold = np.zeros(len(pi), dtype=bool)
        hold[read] = True
        hold[np.maximum(read - 1, 0)] = True
        rows = np.flatnonzero(hold)
    sel = pi[rows]
    # those rows' columns as lists (what changes is written back below); a row's place there: ``x``
    ks, ss, es, ids, forms = k[sel].tolist(), ostart[sel].tolist(), oend[sel].tolist(), eid[sel].tolist(), form[sel].tolist()
    at = sel.tolist()
    last = -1  # the row read last
    for j, x, nr in zip(read.tolist(), np.searchsorted(rows, read).tolist(), near[read].tolist()):
        if last != j - 1:
            # (the row before was not read: it was kept as it is, so it is the row before and moved no end)
            prev, stretched = (x - 1 if j else None), False
        last = j
        i, ki, s0, e0, ei = at[x], ks[x], ss[x], es[x], ids[x]
        text = texts[ki]
        after = (nr or stretched) and prev is not None and ks[prev] == ki and text[es[prev]:s0] == " "
        if (after and ids[prev] == ei
                and " " not in text[ss[prev]:es[prev]] and " " not in text[s0:e0]
                # (two different words: أمام إمام is 'before Emam', one word twice once normalised)
                and _normalize_word(text[ss[prev]:es[prev]]) != _normalize_word(text[s0:e0])):
            es[prev] = e0
            drop.append(i)
            stretched = False
            continue
        lab = labels.get(ei)
        if lab is None:
            lab = labels[ei] = tuple(normalize(str(found_ar.get(ei) or ar_of.get(ei) or "")).split())
        surf = _surface_words(text[s0:e0])
        # a name of two words or more right before the last word of a two-word name of the document whose first
        # word ends it is one name of three words, that person (سلمى اللومي | الرقيق, with اللومي الرقيق)
        if after and ids[prev] != ei and len(surf) == 1 and len(lab) == 2 and lab[1] == surf[0]:
            before = _normalize_word(text[ss[prev]:es[prev]]).split()
            if len(before) == 2 and before[-1] == lab[0]:
                es[prev] = e0
                ids[prev] = ei
                drop.append(i)
                stretched = False
                continue
        stretched = False
        if len(lab) > len(surf) and surf:
            # (the word before ends with a space or a tab, or one before a line break, and holds the first word)
            if (len(lab) == len(surf) + 1 and lab[1:] == surf and text[s0 - 1:s0] in _BEFORE_LAST_TOKEN
                    and _may_end_with(text, s0, lab[0])):
                m = _LAST_TOKEN.search(text, max(0, s0 - 30), s0)
                tail = _normalize_word(m.group(1)) if m else ""
                n = _raw_len_of_tail(m.group(1), lab[0]) if len(tail) > len(lab[0]) and tail.endswith(lab[0]) else None
                if n and normalize(m.group(1)[:-n]) in _GLUED_PRONOUN:
                    ss[x] = m.end(1) - n
                    glued = True
            # (it needs more words, the mention's first)
            e1 = _lineage_end(text, e0, list(surf), list(lab)) if lab[:len(surf)] == surf else None
            if e1 is not None:
                es[x] = e0 = e1
                glued = stretched = True
        g = _GLOSS.match(text, e0) if text.find("(", e0) >= 0 else None
        if g:
            words = g.group(1).split()
            caps = [w for w in words if _LATIN_NAME_WORD.match(w)]
            if 2 <= len(words) <= 5 and len(caps) >= 2 and all(
                    _LATIN_NAME_WORD.match(w) or w.lower() in _LATIN_PARTICLES for w in words):
                added.append((ki, g.start(1), g.end(1), ei, forms[x]))
        prev = x
    ostart[sel], oend[sel] = ss, es
    if ids != eid[sel].tolist():
        eid[sel] = np.asarray(ids, dtype=object)
    changed = bool(drop or added or glued)
    if drop:
        keep = np.ones(len(k), dtype=bool)
        keep[drop] = False
        k, ostart, oend, eid, label, form = k[keep], ostart[keep], oend[keep], eid[keep], label[keep], form[keep]
    if added:
        k, ostart, oend, eid, label, form = _add_rows(
            (k, ostart, oend, eid, label, form), [(ki, s, e, pid, person, f) for ki, s, e, pid, f in added])
    return k, ostart, oend, eid, label, form, changed


@lru_cache(maxsize=1)
def _last_letter_codes() -> np.ndarray:
    """Per UTF-16 code unit: the code point its character normalises to when that is one character and the unit one
    of U+0621–U+064A (what :func:`_may_end_with` compares with a word's last letter); -2 for tatweel, which it lets
    through; -1 otherwise."""
    out = np.full(0x10000, -1, dtype=np.int32)
    for u in range(0x621, 0x64B):
        n = _normalize_word(chr(u))
        if len(n) == 1:
            out[u] = ord(n)
    out[0x640] = -2
    return out


def _edge_rows(orig, texts, kp, sp, ep, ids, near, found_ar, ar_of, labels) -> np.ndarray:
    """Per person row (text ``kp``, span ``[sp, ep)``, entity ``ids``, in row order): whether :func:`_person_edges`
    must read it, a superset of the rows whose reading can change anything. A row is read when it can join the row
    before (``near``: one character after its end, in its text), when the row before may have its end moved by a
    lineage (then it can join that row), when its spelling and its person's label leave it a lineage or a glued
    pronoun (decided once per distinct pair of spelling and person, in ``labels``' words) and the letter before the
    space before it may end the label's first word, or when a gloss in brackets may follow it (after its end only
    spaces or tabs, then ``(`` or ``بال`` maybe after ``و`` or ``ف``, and a ``(`` later in its text)."""
    n = len(kp)
    go = near.copy()
    if not n:
        return go
    units = orig.units
    last_unit = len(units) - 1
    at = orig.base[kp]
    us, ue = orig.unit(at + sp), orig.unit(at + ep)
    # a gloss: what the gloss pattern can start with after the end (spaces or tabs, then '(' or بال, maybe after و
    # or ف), then a '(' at or after the end in the text
    lead = np.zeros(n, dtype=bool)
    blank = np.ones(n, dtype=bool)
    c = [units.take(np.minimum(ue + step, last_unit)) for step in range(8)]
    for step in range(4):
        bal = (c[step] == 0x628) & (c[step + 1] == 0x627) & (c[step + 2] == 0x644)
        wbal = ((c[step] == 0x648) | (c[step] == 0x641)) & (c[step + 1] == 0x628) & (c[step + 2] == 0x627) & (
            c[step + 3] == 0x644)
        lead |= blank & ((c[step] == 40) | bal | wbal)
        blank &= (c[step] == 32) | (c[step] == 9)
    may = np.flatnonzero(lead | blank)
    if len(may):
        go[may] |= np.fromiter((texts[ki].find("(", e0) >= 0 for ki, e0 in zip(kp[may].tolist(), ep[may].tolist())),
                               dtype=bool, count=len(may))
    # per distinct (spelling, person): a lineage (the spelling's words start the label's) or a glued pronoun (the
    # label's words but its first), when the label has more words than the spelling
    groups = _spelling_groups(orig, at + sp, at + ep)
    if groups is None:
        spell = pd.factorize(pd.Series([texts[a][b:c] for a, b, c in zip(kp.tolist(), sp.tolist(), ep.tolist())],
                                       dtype=object))[0]
    else:
        spell = groups[0]
    pid = pd.factorize(pd.Series(ids, dtype=object))[0].astype(np.int64)
    n_sp = int(spell.max()) + 1
    pair, first, inv = np.unique(pid * n_sp + spell, return_index=True, return_inverse=True)
    inv = inv.reshape(-1)
    lin, pron, last_of_first = [False] * len(pair), [False] * len(pair), [-3] * len(pair)
    get = labels.get
    for q, (ei, ki, s0, e0) in enumerate(zip(ids[first].tolist(), kp[first].tolist(), sp[first].tolist(),
                                             ep[first].tolist())):
        lab = get(ei)
        if lab is None:
            lab = labels[ei] = tuple(normalize(str(found_ar.get(ei) or ar_of.get(ei) or "")).split())
        surf = _surface_words(texts[ki][s0:e0])
        if len(lab) > len(surf) and surf:
            lin[q] = lab[:len(surf)] == surf
            if len(lab) == len(surf) + 1 and lab[1:] == surf:
                pron[q] = True
                last_of_first[q] = ord(lab[0][-1])
    lin = np.array(lin, dtype=bool)[inv]
    pron = np.array(pron, dtype=bool)[inv]
    want = np.array(last_of_first, dtype=np.int32)[inv]
    go |= lin
    go[1:] |= lin[:-1]
    if pron.any():
        # the glued pronoun's cheap test (_may_end_with) in numpy: a space, tab or line break before the row, then the
        # letter before a space or tab right before it (or before the line break) ends the first word, or is tatweel
        codes = _last_letter_codes()
        b = [units.take(np.maximum(us - d, 0)) for d in (1, 2, 3)]
        sp1 = (b[0] == 32) | (b[0] == 9)
        before = sp1 | (b[0] == 10)
        sp2 = (b[1] == 32) | (b[1] == 9)
        letter = np.where(sp1, codes.take(b[1]), np.where(sp2, codes.take(b[2]), -1))
        ok = before & (us >= 1) & ((letter == -2) | ((letter >= 0) & (letter == want)))
        go |= pron & ok
    return go


_ARABIC_TOKEN = re.compile(r"[\u0621-\u064a]+")
# News text repeats its words: the passes that read every word normalise each distinct word once
_normalize_word = lru_cache(maxsize=1 << 17)(normalize)


@lru_cache(maxsize=1 << 17)
def _surface_words(span: str) -> tuple[str, ...]:
    """A mention's normalised words (names repeat: once per spelling)."""
    return tuple(normalize(span).split())
_REORDER_CLITICS = ("و", "ف", "ب", "ل")


@lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[tuple, tuple] | None:
    """A name's normalised words and the same sorted, when it has three words or more, all different (else None);
    once per spelling."""
    words = tuple(normalize(name).replace("-", " ").split())
    if len(words) < 3 or len(set(words)) < len(words):
        return None
    return words, tuple(sorted(words))


def _reordered_names(texts, doc_ids, k, ostart, oend, eid, label, form, orig=None, segments=None,
                     person="person") -> list[tuple]:
    """Rows for a person's name of three words or more written again in the same document with its words in
    another order (ونشر آل تركي الشيخ after تركي آل الشيخ): the same person, the words next to each other with only
    spaces between them, a proclitic و ف ب ل on the first word left out, nothing else mentioned there. A word
    set two people of the document share names neither.

    A text is read only when each word of one of its document's names is in it outside the mentions
    (:func:`_name_words_free`; ``orig``, the texts' :class:`~marsad.mentions.offsets.Originals`, gives their
    normalised text, made here when not given; ``person``: the value of ``label`` for a person)."""
    pi = np.flatnonzero(label == person)
    if len(pi) and orig is not None:
        # (a name of three words or more has two word separators once normalised: the other rows are left out)
        pi = pi[_span_unit_sums(orig, k[pi], ostart[pi], oend[pi], _name_unit_tables()[1]) >= 2]
    if not len(pi):
        return []
    by_doc: dict = {}
    for i, ki, s0, e0, ei, fi in zip(pi.tolist(), k[pi].tolist(), ostart[pi].tolist(), oend[pi].tolist(),
                                     eid[pi].tolist(), form[pi].tolist()):
        got = _name_words(texts[ki][s0:e0])
        if got is None:
            continue
        words, key = got
        names = by_doc.setdefault(doc_ids[ki], {})
        if key in names and names[key][0] != ei:
            names[key] = (None, None, None)
        else:
            names.setdefault(key, (ei, fi, words))
    if not by_doc:
        return []
    if orig is None:
        orig = _originals_of(texts)
    busy = RowSpans(k, ostart, oend)
    out = []
    for ki in _name_words_free(texts, doc_ids, by_doc, orig, busy, segments):
        names, text = by_doc[doc_ids[ki]], texts[ki]
        words = list(map(_normalize_word, _ARABIC_TOKEN.findall(text)))
        # a run can only match when each of its words is a word of the document's names (the first one perhaps
        # after its proclitic): most runs are skipped on that alone, before their gaps are read (and the words'
        # offsets are read only for a text with such a run)
        vocab = {w for key in names for w in key}
        plain = list(map(vocab.__contains__, words))
        first = list(map((vocab | {c + w for c in _REORDER_CLITICS for w in vocab}).__contains__, words))
        sizes = {len(key) for key in names}
        offsets = None
        for n in sizes:
            for j in itertools.compress(range(len(words) - n + 1), first):
                if not all(plain[j + 1:j + n]):
                    continue
                if offsets is None:
                    offsets = [m.span() for m in _ARABIC_TOKEN.finditer(text)]
                run = offsets[j:j + n]
                if any(text[a[1]:b[0]].strip(" \t") or text[a[1]:b[0]] == "" for a, b in zip(run, run[1:])):
                    continue
                got = words[j:j + n]
                start = run[0][0]
                hit = names.get(tuple(sorted(got)))
                if hit is None and got[0][:1] in _REORDER_CLITICS:
                    got[0] = got[0][1:]
                    start += 1
                    hit = names.get(tuple(sorted(got)))
                if hit is None or hit[0] is None or tuple(got) == hit[2]:
                    continue
                end = run[-1][1]
                if any(a < end and start < b for a, b in busy[ki]):
                    continue
                out.append((ki, start, end, hit[0], person, hit[1]))
                busy[ki].append((start, end))
    return out


@lru_cache(maxsize=1 << 14)
def _name_kept_by_separation(key: tuple) -> bool:
    """Whether :func:`_kept_by_separation` holds for every word of ``key`` (a name's normalised words)."""
    return all(_kept_by_separation(w) for w in key)


@lru_cache(maxsize=1 << 14)
def _kept_by_separation(word: str) -> bool:
    """Whether :func:`~marsad.mentions.matcher.separate` keeps every character of ``word``."""
    from marsad.mentions.matcher import _sep_lut

    lut = _sep_lut()
    return all(ord(c) < 0x10000 and not lut[ord(c)] for c in word)


def _name_words_free(texts, doc_ids, by_doc: dict, orig, busy: RowSpans, segments: DocSegments | None = None) -> list[int]:
    """The texts (ascending) of the documents of ``by_doc`` (document -> names as tuples of normalised words) in
    which each word of one of the document's names is, as letters anywhere in the normalised text: the only texts
    where :func:`_reordered_names` can find a name; and each such word outside the mentions ``busy`` (a name found
    there overlaps no mention; in a text whose offsets normalisation moves, the mentions' spans are moved with
    them, which keeps them apart from the words outside them).

    The normalised text is ``orig``'s (:func:`separate` too, which keeps the words' characters; a document whose
    names hold a character it changes has its texts normalised again). The words of a document whose texts
    follow each other are searched once in their joined normalised text (:func:`_texts_with_words`)."""
    members = (segments or DocSegments.of_ids(texts, doc_ids)).of(by_doc, nonempty=True)
    if not members:
        return []
    lo = orig.normalised_base()
    hi = np.append(lo[1:], len(orig.text)) - len(JOIN)
    at = []
    kept: dict = {}  # document -> whether separation keeps every word of its names
    for d, ks in members.items():
        names = by_doc[d]
        ok = kept[d] = all(map(_name_kept_by_separation, names))
        if not ok:
            for ki in ks:
                folded = normalize(texts[ki])
                if any(all(w in folded for w in key) for key in names):
                    at.append(ki)
        elif ks[-1] - ks[0] + 1 == len(ks):  # (consecutive texts: one stretch of the normalised text)
            at += _texts_with_words(orig.text, lo[ks[0]:ks[-1] + 1].tolist(), hi[ks[0]:ks[-1] + 1].tolist(),
                                    names, ks[0])
        else:
            at += [ki for ki in ks if any(all(w in orig.text[lo[ki]:hi[ki]] for w in key) for key in names)]
    if not at:
        return []
    at.sort()
    read = [ki for ki in at if kept[doc_ids[ki]]]
    free = dict(zip(read, _blanked(orig, busy, read, lo, hi))) if read else {}
    out = []
    for ki in at:
        if ki in free and not any(all(w in free[ki] for w in key) for key in by_doc[doc_ids[ki]]):
            continue
        out.append(ki)
    return out


def _blanked(orig, busy: RowSpans, ks: list[int], lo: np.ndarray, hi: np.ndarray) -> list[str]:
    """The normalised texts ``ks`` (ascending; ``orig.text[lo[k]:hi[k]]``) with the characters of the mentions that
    ``busy`` was given turned into spaces, their lengths kept (:func:`~marsad.mentions.offsets.blank_spans` of each
    text with its mentions' spans): a word found there overlaps no mention. The spans are moved into the normalised
    texts (which moves nothing in a text whose offsets normalisation keeps, and keeps the spans' order elsewhere),
    and all the texts are blanked at once in their joined code units (UTF-32: one unit per character)."""
    kk = np.asarray(ks, dtype=np.int64)
    a, b = lo[kk], hi[kk]
    text = orig.text
    parts = list(map(text.__getitem__, map(slice, a.tolist(), b.tolist())))
    n = b - a
    off = np.zeros(len(kk) + 1, dtype=np.int64)
    np.cumsum(n, out=off[1:])
    units = np.frombuffer("".join(parts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    rk, rs, re_ = busy.given()
    sel = np.isin(rk, kk)
    if sel.any():
        rk, rs, re_ = rk[sel], rs[sel], re_[sel]
        j = np.searchsorted(kk, rk)
        g = orig.base[rk]
        s0 = np.clip(_normalised_at(orig, g + rs) - a[j], 0, n[j])
        e0 = np.clip(_normalised_at(orig, g + re_) - a[j], 0, n[j])
        width = np.maximum(e0 - s0, 0)
        total = int(width.sum())
        if total:
            first = np.zeros(len(width), dtype=np.int64)
            np.cumsum(width[:-1], out=first[1:])
            units[np.repeat(off[j] + s0 - first, width) + np.arange(total, dtype=np.int64)] = 0x20
    blanked = units.tobytes().decode("utf-32-le", "surrogatepass")
    return list(map(blanked.__getitem__, map(slice, off[:-1].tolist(), off[1:].tolist())))


def _texts_with_words(text: str, lo: list, hi: list, names, first: int) -> list[int]:
    """The indices (``first`` + position) of the stretches ``text[lo[i]:hi[i]]`` (ascending, apart) that hold every
    word of one of ``names`` (tuples of words). A name's longest word is found with one search through them all (once
    per word), its other words only in the stretches that hold it (short words such as بن are in most texts)."""
    where: dict = {}  # word -> the stretches holding it
    start, end = lo[0], hi[-1]
    out: set = set()
    for key in names:
        words = [w for w in key if w]
        if not words:
            out |= set(range(len(lo)))
            continue
        w = max(words, key=len)  # (the first of the longest)
        got = where.get(w)
        if got is None:
            got = where[w] = set()
            p = text.find(w, start, end)
            while p >= 0:
                i = bisect.bisect_right(lo, p) - 1
                if p + len(w) <= hi[i]:
                    got.add(i)
                    p = text.find(w, hi[i], end) if hi[i] < end else -1  # (the next stretch)
                else:
                    p = text.find(w, p + 1, end)
        if got:
            # (each stretch of ``got`` holds w: only the name's other words are searched there)
            others = [x for x in words if x != w]
            find = text.find
            out |= {i for i in got if all(find(x, lo[i], hi[i]) >= 0 for x in others)} if others else got
    return [first + i for i in sorted(out)]


@lru_cache(maxsize=1)
def _trophy_nouns() -> re.Pattern | None:
    """The nouns before a trophy's or a tournament's namesake (:func:`~marsad.mentions.people.trophy_names`) as
    one pattern over normalised text (without a first ا, which the pass may add to a word: ``people._bare``);
    None when separation would change one of them (no test then).

    A noun matches only before a space: the pass reads whole words (a run of characters, then spaces or tabs, which
    separation keeps or makes spaces) whose normalised form, or one without its proclitics, is the noun, so the
    noun ends its word (the characters normalisation deletes after it are gone from the normalised text). A noun
    inside a longer word (حي in صحيفة, مستشفى in مستشفيات) lets no row through (perf38: 2,420 rows of the bench
    batches through the gate without the space, 833 with it, the same 92 flagged)."""
    from marsad.mentions.partial_names import _TOURNAMENTS, _TROPHIES, _VENUES

    nouns = sorted({w[1:] if w.startswith("ا") else w for w in _TROPHIES | _TOURNAMENTS | _VENUES})
    if not all(_kept_by_separation(w) for w in nouns):
        return None
    # (as a tree of the nouns' letters when no noun starts another: the same matches, as at most one noun matches at
    # a place, and the regex tries one branch per letter instead of every noun with the first letter)
    if any(b.startswith(a) for a in nouns for b in nouns if a != b):
        return re.compile("(?:" + "|".join(map(re.escape, nouns)) + ")(?= )")
    return re.compile("(?:" + _literal_tree(nouns) + ")(?= )")


def _literal_tree(words: list[str]) -> str:
    """A regex of the words (non-empty, none starting another) as a tree of their letters: ``ب(?:رج|طوله)|…``."""
    heads: dict = {}
    for w in words:
        heads.setdefault(w[0], []).append(w[1:])
    return "|".join(re.escape(c + rest[0]) if len(rest) == 1 else re.escape(c) + "(?:" + _literal_tree(rest) + ")"
                    for c, rest in sorted(heads.items()))


@lru_cache(maxsize=1)
def _trophy_longest() -> int:
    """The length of the longest noun :func:`_trophy_nouns` matches."""
    from marsad.mentions.partial_names import _TOURNAMENTS, _TROPHIES, _VENUES

    return max(len(w[1:] if w.startswith("ا") else w) for w in _TROPHIES | _TOURNAMENTS | _VENUES)


def _holding(orig, k: np.ndarray, pattern: re.Pattern | None, at: np.ndarray | None = None,
             reach: int = 0) -> np.ndarray:
    """Per entry of ``k`` (text indices): whether the text's normalised and separated text (``orig.text``) holds a
    match of ``pattern`` (all true for no pattern). A word found in a text once normalised is there.

    With ``at`` (offsets in the texts, per entry), only the stretch of the text from ``reach`` characters before
    its entries' first offset to their last offset is read (a little more: its normalised ends, widened)."""
    if pattern is None or not len(k):
        return np.ones(len(k), dtype=bool)
    uniq, inv = np.unique(k, return_inverse=True)
    lo = orig.normalised_base()
    hi = np.append(lo[1:], len(orig.text)) - len(JOIN)
    lo, hi = lo[uniq], hi[uniq]
    if at is not None:
        first = np.full(len(uniq), np.iinfo(np.int64).max, dtype=np.int64)
        last = np.zeros(len(uniq), dtype=np.int64)
        np.minimum.at(first, inv, np.maximum(at - reach, 0))
        np.maximum.at(last, inv, at)
        base = orig.base[uniq]
        lo = np.maximum(lo, _normalised_at(orig, base + first) - 2)
        hi = np.minimum(hi, _normalised_at(orig, base + last) + 2)
    text, search = orig.text, pattern.search
    has = np.fromiter((search(text, a, b) is not None for a, b in zip(lo.tolist(), hi.tolist())),
                      dtype=bool, count=len(uniq))
    return has[inv]


def _rows_holding(orig, k: np.ndarray, pattern: re.Pattern | None, at: np.ndarray, reach: int,
                  longest: int | None = None) -> np.ndarray:
    """Per entry ``(k[i], at[i])``: whether a match of ``pattern`` may lie in the window :func:`_holding` reads for
    a text with that one entry (its normalised text from ``reach`` characters before the offset to the offset,
    widened): each text's windows are read once with ``finditer``, and an entry is kept when a match found starts
    less than the longest match before its window's start, or inside it (a match inside the window that finditer
    passed over overlaps one it found). All true for no pattern."""
    if pattern is None or not len(k):
        return np.ones(len(k), dtype=bool)
    lo = orig.normalised_base()
    hi = np.append(lo[1:], len(orig.text)) - len(JOIN)
    base = orig.base[k]
    rlo = np.maximum(lo[k], _normalised_at(orig, base + np.maximum(at - reach, 0)) - 2)
    rhi = np.minimum(hi[k], _normalised_at(orig, base + at) + 2)
    first = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1])))
    text, finditer = orig.text, pattern.finditer
    starts = [m.start() for a, b in zip(np.minimum.reduceat(rlo, first).tolist(), np.maximum.reduceat(rhi, first).tolist())
              for m in finditer(text, a, b)]
    if not starts:
        return np.zeros(len(k), dtype=bool)
    found = np.sort(np.asarray(starts, dtype=np.int64))
    if longest is None:  # (the longest match of an alternation of words; escaped characters only make it longer)
        longest = max(map(len, pattern.pattern.split("|")))
    j = np.searchsorted(found, rlo - longest, side="right")
    return found[np.minimum(j, len(found) - 1)] < np.where(j < len(found), rhi, -1)


def _normalised_at(orig, g: np.ndarray) -> np.ndarray:
    """The offsets in ``orig.text`` where the characters at joined-original offsets ``g`` start (their normalised
    text; as :meth:`~marsad.mentions.offsets.Originals.normalised_base` for the texts' starts)."""
    if not len(orig.ev):
        return g.copy()
    before = np.searchsorted(orig.ev, g, side="left") - 1
    return g + np.where(before >= 0, orig.shift[np.maximum(before, 0)], 0)


def _followed_by(orig, k: np.ndarray, at: np.ndarray, word: str) -> np.ndarray:
    """Per entry: whether text ``k`` continues with ``word`` (characters of the BMP) at offset ``at``, read from the
    joined originals' code units (``orig``)."""
    units = orig.units
    g = orig.unit(orig.base[k] + at)
    ok = at + len(word) <= orig.tlen[k]
    for j, c in enumerate(word):
        ok &= units[np.minimum(g + j, len(units) - 1)] == ord(c)
    return ok


def _add_rows(arrays: tuple, rows: list[tuple]) -> tuple:
    """The parallel mention arrays ``(k, ostart, oend, eid, label, form)`` with ``rows`` (tuples in that order)
    added, all in row order (segment, then start; added rows after equal ones)."""
    k, ostart, oend, eid, label, form = arrays
    rk, rs, re_, rid, rlabel, rform = zip(*rows)
    new_k, new_s = np.asarray(rk, dtype=k.dtype), np.asarray(rs, dtype=ostart.dtype)
    order = _row_order(np.concatenate([k, new_k]), np.concatenate([ostart, new_s]))
    return (np.concatenate([k, new_k])[order], np.concatenate([ostart, new_s])[order],
            np.concatenate([oend, np.asarray(re_, dtype=oend.dtype)])[order],
            np.concatenate([eid, np.asarray(rid, dtype=object)])[order],
            np.concatenate([label, np.asarray(rlabel, dtype=label.dtype)])[order],
            np.concatenate([form, np.asarray(rform, dtype=form.dtype)])[order])


def _raw_len_of_tail(raw: str, norm_tail: str) -> int | None:
    """How many characters at the end of ``raw`` (fewer than all) normalise to ``norm_tail``, if any."""
    for n in range(1, len(raw)):
        if normalize(raw[-n:]) == norm_tail:
            return n
    return None


# name links: بن عبد العزيز، آل ثاني. A partial name right after one (with a name word before it),
# right after آل, or right before one belongs to another person's name chain
_NASAB = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))
_FAMILY = frozenset(normalize(w) for w in ("آل",))
_LINKS = _NASAB | _FAMILY
_WORD_RE = re.compile(r"[^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+")
_HASHTAG_GAP = re.compile(r"^\s+#$")  # دونالد #ترمب: the hashtag sign inside a name (Al Arabiya)
_MIDDLE = re.compile(r"^\s+([^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]{1,5})\s+$")


# [the matcher's inner person words, {word after a hashtag sign: whether it can continue a person's name}]
_HASH_WORDS: list = [None, {}, frozenset()]
_HASH_IN_NAME = re.compile(r"(?<=\s)#(?=[\u0621-\u064a])")


def _str_list(column: pd.Series) -> list[str]:
    """The column as a list of str, ``""`` for a missing or non-string value.

    A column of strings only (the readers' case) is one ``tolist`` after a check in C
    instead of a Python test per value.
    """
    values = column.tolist()
    if pd.api.types.infer_dtype(column, skipna=False) == "string":
        return values
    return [t if isinstance(t, str) else "" for t in values]


def _row_order(k: np.ndarray, start: np.ndarray) -> np.ndarray:
    """``np.lexsort((start, k))``: a stable sort of one integer key, fast on the few sorted runs
    that concatenated rows are."""
    k = np.asarray(k, dtype=np.int64)
    start = np.asarray(start, dtype=np.int64)
    if not len(k):
        return np.zeros(0, dtype=np.int64)
    lo = int(start.min())
    return np.argsort(k * (int(start.max()) - lo + 1) + (start - lo), kind="stable")


@lru_cache(maxsize=1)
def _space_lut() -> np.ndarray:
    return np.array([chr(cp).isspace() for cp in range(0x10000)], dtype=bool)


def _hash_signs(orig) -> list[tuple[int, list[int]]]:
    """``(text index, offsets)`` of the signs :data:`_HASH_IN_NAME` finds, texts in order.

    One pass over the joined originals' code units (``orig``: :class:`~marsad.mentions.offsets.Originals`)
    instead of a regular expression per text: a ``#`` after a space (not at a text's start: nothing
    is before it) and before an Arabic letter.
    """
    units = orig.units
    at = np.flatnonzero(units[1:-1] == 0x23) + 1  # the joined string starts and ends with the joiner
    if not len(at):
        return []
    nxt = units[at + 1]
    at = at[(nxt >= 0x0621) & (nxt <= 0x064A) & _space_lut()[units[at - 1]]]
    if len(orig.pairs) and len(at):  # unit offsets -> character offsets
        at = at - np.searchsorted(orig.pairs + np.arange(1, len(orig.pairs) + 1), at, side="right")
    which = np.searchsorted(orig.base, at, side="right") - 1
    local = at - orig.base[which]
    inside = local > 0
    which, local = which[inside], local[inside].tolist()
    if not len(which):
        return []
    first = np.flatnonzero(np.concatenate(([True], which[1:] != which[:-1])))
    bounds = first.tolist() + [len(which)]
    return [(i, local[a:b]) for i, a, b in zip(which[first].tolist(), bounds[:-1], bounds[1:])]


def _hashtag_names(matcher, texts, orig, k, ostart, oend, eid, label, form, partial):
    """Full person and country names with a hashtag sign before a word (علي عبدالله #صالح، المملكة العربية
    #السعودية: Al Arabiya's tagging).

    The matcher reads ``#`` as a separator, so such a name has two spaces where
    its pattern has one. The segments with one are matched again without the
    signs, all in one batch; a full person name that spans a removed sign
    replaces the hits inside it.
    """
    rows, cut_at, texts2 = [], [], []
    # a name spans a removed sign only if the word after the sign is a later word of a person's
    # pattern (#صالح in علي عبدالله #صالح); most hashtags (#سوريا) are not
    people = matcher.inner_words("person")
    if _HASH_WORDS[0] is not people or len(_HASH_WORDS[1]) > 100_000:
        _HASH_WORDS[:] = [people, {}, people | matcher.inner_words("country")]
    seen, inner = _HASH_WORDS[1], _HASH_WORDS[2]
    for i, cuts in _hash_signs(orig):
        text = texts[i]
        for c in cuts:
            word = _NONSPACE.match(text, c + 1).group()
            hit = seen.get(word)
            if hit is None:
                parts = separate(normalize(word)).split()
                hit = seen[word] = bool(parts) and parts[0] in inner
            if hit:
                break
        else:
            continue
        rows.append(i)
        # where each removed sign was, in the text without them: before character c - j
        cut_at.append([c - j for j, c in enumerate(cuts)])  # (ascending)
        # (the text without the signs: _hash_signs' offsets are where _HASH_IN_NAME matches)
        texts2.append("".join([text[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(text)])]))
    if not rows:
        return k, ostart, oend, eid, label, form, partial
    # normalised, matched and mapped back in one batch, as the texts themselves (see _scan)
    orig2 = _originals_of(texts2)
    s2, e2, kid2 = matcher.scan_joined(orig2.text)
    names = _key_arrays(matcher).hash_name[kid2]
    kid2 = kid2[names]
    k2, a2, b2 = to_original(orig2, s2[names], e2[names])
    add = []
    keys = _key_arrays(matcher)
    for t, a, b, kid in zip(k2.tolist(), a2.tolist(), b2.tolist(), kid2.tolist()):
        cut = cut_at[t]
        before_a, before_b = bisect.bisect_right(cut, a), bisect.bisect_right(cut, b - 1)
        if before_b > before_a:  # the name spans a removed sign
            add.append((rows[t], a + before_a, b + before_b, keys.eid[kid], keys.label_code[kid]))
    if not add:
        return k, ostart, oend, eid, label, form, partial
    drop = np.zeros(len(k), dtype=bool)
    for i, s0, e0, _pid, _lab in add:
        lo, hi = np.searchsorted(k, [i, i + 1]).tolist()
        drop[lo:hi] |= (ostart[lo:hi] < e0) & (oend[lo:hi] > s0)
    n = len(add)
    k = np.concatenate([k[~drop], np.array([a[0] for a in add], dtype=k.dtype)])
    ostart = np.concatenate([ostart[~drop], np.array([a[1] for a in add], dtype=ostart.dtype)])
    oend = np.concatenate([oend[~drop], np.array([a[2] for a in add], dtype=oend.dtype)])
    eid = np.concatenate([eid[~drop], np.array([a[3] for a in add], dtype=object)])
    label = np.concatenate([label[~drop], np.array([a[4] for a in add], dtype=label.dtype)])
    form = np.concatenate([form[~drop], np.full(n, keys.form_of["name"], dtype=form.dtype)])
    partial = np.concatenate([partial[~drop], np.zeros(n, dtype=bool)])
    order = _row_order(k, ostart)
    return k[order], ostart[order], oend[order], eid[order], label[order], form[order], partial[order]


def partial_names_in_context(texts, k, ostart, oend, eid, label, partial, *, norms=None, same=None, person=None):
    """Return ``(rows to keep, ends, joined rows)`` after looking at the words around partial person names.

    * A partial name is dropped after a group noun (ميليشيات الحوثي، أنصار
      الصدر: the group, not the person) and when it is a link of someone else's name
      chain: after بن/ابن/بنت preceded by a name word (عبدالعزيز بن سعود), after
      آل (خليفة آل ثاني), or before بن/ابن/بنت/آل (حمد آل ثاني). ``ابن سلمان``
      after a common word still names Mohammed bin Salman.
    * A first name followed by one short word (a middle initial: جيه، دبليو)
      or by a hashtag sign, and then the same person's surname, becomes one
      mention (دونالد جيه ترامب، دونالد #ترمب).

    ``norms`` and ``same`` (the normalised texts, by text index, and whether normalisation
    keeps each text's offsets), when given, save normalising the words around a partial
    name of a text whose offsets normalisation keeps. ``person``: ``label == "person"``, when the caller has it.
    """
    from marsad.mentions.kb import spelt_stop_partial
    from marsad.mentions.name_words import _name_words
    from marsad.mentions.people import group_words

    names = _name_words()
    groups = group_words()
    n = len(k)
    keep = np.ones(n, dtype=bool)
    joined = np.zeros(n, dtype=bool)
    oend = oend.copy()
    person = label == "person" if person is None else person
    # only a partial name, or a hit followed by another hit of the same person in the same
    # segment (a first name and its surname), can change anything below
    same_next = np.zeros(n, dtype=bool)
    if n > 1:
        # (the ids compared only for the person rows followed by a row of their segment)
        nxt = np.flatnonzero(person[:-1] & (k[1:] == k[:-1]))
        same_next[nxt] = eid[nxt + 1] == eid[nxt]
    todo = np.flatnonzero(person & (partial | same_next))
    k_l, s_l, e_l = k[todo].tolist(), ostart[todo].tolist(), oend[todo].tolist()
    # previous word -> a family or group word, shared by the batches of a process (words repeat)
    if _AFTER_GROUP[0] is not groups or len(_AFTER_GROUP[1]) > 200_000:
        _AFTER_GROUP[:] = [groups, {}]
    after_group: dict[str, bool] = _AFTER_GROUP[1]
    for i, ki, s0, e0, part in zip(todo.tolist(), k_l, s_l, e_l, partial[todo].tolist()):
        text = texts[ki]
        if not part:
            _join_next(i, text, k, ostart, oend, eid, keep, joined)
            continue
        # (a partial whose normalised form is a stop token stands only as the knowledge base spells it: آبي, not أبي)
        if not spelt_stop_partial(text[s0:e0]):
            keep[i] = False
            continue
        # normalisation is per character: where it keeps every offset, a window of the
        # normalised text is the normalised window
        if norms is not None and same[ki]:
            before = _WORD_RE.findall(norms[ki][max(0, s0 - 40):s0])
            after = _WORD_RE.findall(norms[ki][e0:e0 + 20])
        else:
            before = _WORD_RE.findall(normalize(text[max(0, s0 - 40):s0]))
            after = _WORD_RE.findall(normalize(text[e0:e0 + 20]))
        prev = before[-1] if before else ""
        grouped = after_group.get(prev)
        if grouped is None:
            grouped = after_group[prev] = prev in _FAMILY or any(b in groups for b in _bare_forms(prev))
        if (grouped or (prev in _NASAB and len(before) >= 2 and _looks_like_a_name(before[-2], names))
                or (after and after[0] in _LINKS and text[e0:e0 + 1].isspace())):
            keep[i] = False
            continue
        _join_next(i, text, k, ostart, oend, eid, keep, joined)
    return np.flatnonzero(keep), oend, joined


def _join_next(i, text, k, ostart, oend, eid, keep, joined) -> None:
    """Join a first name with the same person's next hit across a middle initial or a hashtag sign."""
    j = i + 1
    if j >= len(k) or k[j] != k[i] or eid[j] != eid[i] or not keep[j] or not keep[i]:
        return
    gap = text[oend[i]:ostart[j]]
    if (_MIDDLE.match(gap) or _HASHTAG_GAP.match(gap)) and (eid[i], normalize(text[ostart[i]:oend[i]])) in _first_names():
        oend[i] = oend[j]
        joined[i] = True
        keep[j] = False


# [group words, {previous word: whether it is a family or group word}] (partial_names_in_context)
_AFTER_GROUP: list = [None, {}]
# mention text -> _after_titles(text, 0, len(text)), shared by the batches of a process
_AFTER_TITLES: dict[str, tuple[int, list]] = {}
_TITLE_PAIRS = frozenset((normalize(a), normalize(b)) for a, b in (("ولي", "العهد"), ("آية", "الله")))
_NONSPACE = re.compile(r"\S+")
_FAMILY_AFTER = re.compile(r" آل [\u0621-\u064a]{2,}(?![\u0621-\u064a])")
_NASAB_IN = re.compile(r"(?<!\S)(?:بن|ابن|بنت) ")
_TITLE_WORD = re.compile(r"[^\s_#]+")
# honorifics of address in construct before a title (جلالة الملك، فخامة الرئيس، سمو الأمير، معالي الوزير)
_HONORIFICS = frozenset(normalize(w) for w in "جلالة فخامة سمو معالي".split())


@lru_cache(maxsize=1)
def _one_word_country_names() -> dict[str, str]:
    """Normalised one-word country names of four letters or more with one country each (قطر is three: all)."""
    pats = load_kb().patterns
    names = pats[(pats["form"] == "name") & (pats["label"] == "country") & ~pats["pattern"].str.contains(" ")]
    ids = names.groupby(names["pattern"].map(normalize))["id"].agg(lambda v: sorted(set(v)))
    return {w: v[0] for w, v in ids.items() if len(v) == 1 and len(w) >= 3 and "|" not in v[0]}


_SUFFIX_OR_CONJUNCTION_START = frozenset("وفاأإآتيةىهنكم")
_GLUED_SLICE = 1 << 17  # code units per slice of the glued-country gate (1 << 15 and 1 << 18 were slower)
_GLUED_TOKEN = re.compile(r"(?<![\u0621-\u064a])[\u0621-\u064a]{6,}(?![\u0621-\u064a])")


@lru_cache(maxsize=1)
def _country_name_trie() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The one-word country names as a letter trie for numpy: per UTF-16 code unit its letter code (0: no
    character of U+0621–U+064A; the letters :func:`normalize` folds share the code of the letter they become;
    tatweel the last code), the transitions ``[state, code]`` (state 0: no name starts so; 1: the root; tatweel
    leads to 0), whether a state ends a name, and per three codes ``(a * W + b) * W + c`` where the trie is after
    them from the root: -1 when a name ended or a tatweel came on the way, else the state."""
    letters = sorted({normalize(chr(u)) for u in range(0x621, 0x64B)} - {""})
    tatweel = len(letters) + 1
    code = np.zeros(0x10000, dtype=np.uint8)
    for u in range(0x621, 0x64B):
        n = normalize(chr(u))
        code[u] = letters.index(n) + 1 if n else tatweel
    trans, ends = [[0] * (tatweel + 1), [0] * (tatweel + 1)], [False, False]
    for name in _one_word_country_names():
        if not set(name) <= set(letters):
            continue  # (no word of U+0621–U+064A letters starts with it)
        state = 1
        for c in name:
            ci = letters.index(c) + 1
            if not trans[state][ci]:
                trans.append([0] * (tatweel + 1))
                ends.append(False)
                trans[state][ci] = len(trans) - 1
            state = trans[state][ci]
        ends[state] = True
    trans, ends = np.array(trans, dtype=np.int32), np.array(ends, dtype=bool)
    w = tatweel + 1
    state, done = np.ones(w ** 3, dtype=np.int32), np.zeros(w ** 3, dtype=bool)
    for c in np.divmod(np.arange(w ** 3), w * w)[0], np.arange(w ** 3) // w % w, np.arange(w ** 3) % w:
        live = ~done & (state > 0)
        nxt = trans[state, c]
        done |= live & ((c == tatweel) | ends[nxt])
        state = np.where(live, nxt, state)
    return code, trans, ends, np.where(done, -1, state).astype(np.int32)


def _glued_country_words(units: np.ndarray) -> np.ndarray:
    """Code unit offsets in ``units`` (UTF-16, starting and ending with a character that is no letter) of the words
    of six characters of U+0621–U+064A or more (the words :data:`_GLUED_TOKEN` finds) whose letters, tatweel left
    out and folded as :func:`normalize` folds them, start with a one-word country name, and of those with a
    tatweel before the name is complete: the only words :func:`_glued_countries` can cut (ascending)."""
    code_of, trans, ends, first3 = _country_name_trie()
    w = trans.shape[1]
    tatweel = w - 1
    n = len(units) - 6
    ats, states = [], []
    for lo in range(0, n, _GLUED_SLICE):  # (in slices: the masks and gathers stay in cache)
        m = min(n, lo + _GLUED_SLICE) - lo
        letter = (units[lo:lo + m + 6] - np.uint16(0x621)) < 0x2A  # U+0621–U+064A
        at = letter[1:m + 1] > letter[:m]  # a word's first character (at i + 1) ...
        for j in range(2, 7):
            at &= letter[j:m + j]  # ... and the five after it
        at = np.flatnonzero(at)
        at += lo + 1
        # (the gathers below as takes in mode 'clip', which skips the bounds checks: every index is in range, a
        # word ending before the joiner that ends the units)
        key = code_of.take(units.take(at, mode="clip"), mode="clip").astype(np.int32)
        for j in (1, 2):
            key *= w
            key += code_of.take(units.take(at + j, mode="clip"), mode="clip")
        state = first3.take(key, mode="clip")
        go = state != 0
        ats.append(at[go])
        states.append(state[go])
    if not ats:  # (fewer than seven units)
        return np.zeros(0, dtype=np.int64)
    at, state = np.concatenate(ats), np.concatenate(states)
    done = state < 0
    found, j = [at[done]], 3
    at, state = at[~done], state[~done]
    trans = trans.ravel()
    while len(at):  # one letter further into the trie, for every word still on a path of it
        c = code_of.take(units.take(at + j, mode="clip"), mode="clip")
        state = trans.take(state * w + c, mode="clip")
        done = ends.take(state, mode="clip") | (c == tatweel)
        found.append(at[done])
        go = np.flatnonzero(~done & (state > 0))
        at, state = at[go], state[go]
        j += 1
    return np.sort(np.concatenate(found))


def _glued_countries(texts, k, ostart, oend, orig=None) -> list[tuple]:
    """A country name glued to the next word by a missing space (إلى قطرعام 2012): ``(k, start, end, id)`` when
    the word is no word of the news text and the rest, of three letters or more, is a common word of it; no
    mention already covers the word. The rest starts with no letter of a suffix or a conjunction (مصروفاتها is
    'its expenses', not مصر + وفاتها).

    Only the words that start with a country's name are read (:func:`_glued_country_words`, over the code units
    of ``orig``, the texts' :class:`~marsad.mentions.offsets.Originals`, made here when not given), and of those
    only the ones whose first six characters no mention covers."""
    from marsad.mentions.name_words import _vocabulary
    from marsad.mentions.people import common_words

    if orig is None:
        orig = _originals_of(texts)
    at = _glued_country_words(orig.units)
    if not len(at):
        return []
    if len(orig.pairs):  # unit offsets to character offsets (a character outside the BMP is two units)
        at = at - np.searchsorted(orig.pairs + np.arange(1, len(orig.pairs) + 1), at)
    tk = np.searchsorted(orig.base, at, side="right") - 1
    starts = at - orig.base[tk]
    taken = RowSpans(k, ostart, oend)
    free = ~taken.overlapping(tk, starts, starts + 6)  # a word whose first six characters a mention covers is covered
    if not free.any():
        return []
    names, vocab, common = _one_word_country_names(), _vocabulary(), common_words()
    out = []
    for ki, start in zip(tk[free].tolist(), starts[free].tolist()):
        text = texts[ki]
        m = _GLUED_TOKEN.match(text, start)
        if m is None:
            continue
        word = m.group(0)
        if _normalize_word(word) in vocab or any(a < m.end() and m.start() < b for a, b in taken[ki]):
            continue
        for cut in range(3, len(word) - 2):
            cid = names.get(_normalize_word(word[:cut]))
            if cid and _normalize_word(word[cut:]) in common and word[cut] not in _SUFFIX_OR_CONJUNCTION_START:
                out.append((ki, m.start(), m.start() + cut, cid))
                break
    return out


@lru_cache(maxsize=1)
def _title_skip() -> tuple[frozenset, frozenset]:
    from marsad.mentions.people import title_words

    pats = load_kb().patterns
    dem = pats[(pats["form"] == "demonym") & (pats["label"] == "country")]
    ids = dem.groupby(dem["pattern"].map(normalize))["id"].agg(lambda s: sorted(set(s)))
    # an ambiguous adjective (الكوري: KP or KR) strays from the name but counts for no country
    demonyms = {w: (v[0] if len(v) == 1 else None) for w, v in ids.items()}
    return frozenset(w for w in title_words() if w.startswith("ال")), demonyms


def _titled_ids(matcher: Matcher) -> frozenset:
    """Ids of the entities one of whose patterns starts with a title word or title pair.

    A mention of anyone else starts with the first word of one of its patterns
    (past the proclitics; with the ل of لل when the pattern starts with ال),
    which :func:`_after_titles` would leave in place.
    """
    titles, _demonyms = _title_skip()
    _ = matcher.infos  # builds the row keys
    out: set[str] = set()
    for row, key in zip(matcher._rows, matcher._row_keys):
        words = key.split()
        if not words:
            continue
        firsts = [words[0]] + (["ل" + words[0][1:]] if words[0].startswith("ال") else [])
        if (any(b in titles for w in firsts for b in _bare_forms(w))
                or (len(words) > 1 and (words[0], words[1]) in _TITLE_PAIRS)):
            out.update(row[0].split(AMBIGUOUS_SEP))
    return frozenset(out)


def _bare_forms(word: str) -> tuple[str, ...]:
    from marsad.mentions.name_words import _bare

    return _bare(word)  # with the ل + ال of للأمير, where the matcher starts after the first ل


def _after_titles(text: str, start: int, end: int) -> tuple[int, list]:
    """The start of a person mention past leading titles, and the country mentions of the
    nationality words among them (``(start, end, country id)``)."""
    # a hashtag joins a title and a name with an underscore (#الملك_سلمان): two words
    words = [m.span() for m in _TITLE_WORD.finditer(text, start, end)]
    if len(words) < 2:
        return start, []
    titles, demonyms = _title_skip()
    i, stripped, nat = 0, False, []
    while i < len(words) - 1:
        w = normalize(text[words[i][0]:words[i][1]])
        if stripped and w in demonyms:
            if demonyms[w]:
                nat.append((words[i][0], words[i][1], demonyms[w]))
            i += 1
        elif any(b in titles for b in _bare_forms(w)):
            i, stripped = i + 1, True
        elif i + 2 < len(words) and (w, normalize(text[words[i + 1][0]:words[i + 1][1]])) in _TITLE_PAIRS:
            i, stripped = i + 2, True
        elif i + 2 < len(words) and w in _HONORIFICS and any(
                b in titles for b in _bare_forms(normalize(text[words[i + 1][0]:words[i + 1][1]]))):
            i, stripped = i + 2, True
        else:
            break
    return words[i][0], nat


def _looks_like_a_name(word: str, names: frozenset) -> bool:
    """A word before بن that starts a name chain: a known name word, or an uncommon word that does
    not look like a verb (جوعان بن حمد, but عصر بن سلمان, ويقود ابن سلمان)."""
    from marsad.mentions.people import common_words

    if word in names:
        return True
    if word in common_words():
        return False
    bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return not (bare[:1] in "يت" and len(bare) >= 4)


@lru_cache(maxsize=1)
def _first_names() -> frozenset:
    from marsad.mentions.name_words import _kb_first_names

    return _kb_first_names()


def _first_of_each(orig, cols, k: np.ndarray, start: np.ndarray, end: np.ndarray, eid: np.ndarray,
                   rows: np.ndarray) -> np.ndarray:
    """Of ``rows`` (indices of the mention arrays, ascending), the first row of each distinct document, spelling
    (the span's string, grouped by :func:`_spelling_groups`) and entity id, in order; all of them when the documents'
    ids are not all strings or the spellings cannot be grouped in numpy."""
    if len(rows) < 2 or not cols.doc_all_str:
        return rows
    kr = k[rows]
    at = orig.base[kr]
    groups = _spelling_groups(orig, at + start[rows], at + end[rows])
    if groups is None:
        return rows
    spell = groups[0].astype(np.int64)
    ids = pd.factorize(pd.Series(eid[rows], dtype=object))[0].astype(np.int64)
    key = (cols.doc[kr].astype(np.int64) * (int(spell.max()) + 1) + spell) * (int(ids.max()) + 2) + ids + 1
    return rows[np.sort(np.unique(key, return_index=True)[1])]


def _take(values: list, codes: np.ndarray):
    return pd.array(values, dtype="str").take(codes) if len(codes) else pd.array([], dtype="str")


_HASH_SEED = 0x6D61727361640015  # fixed: the same grouping in every run (it is checked anyway)


@lru_cache(maxsize=1)
def _unit_weights() -> np.ndarray:
    return np.random.default_rng(_HASH_SEED).integers(0, 2**63, size=0x10000, dtype=np.uint64) * 2 + 1


_POS_WEIGHTS: list = [np.zeros(0, dtype=np.uint64)]


def _pos_weights(n: int) -> np.ndarray:
    if len(_POS_WEIGHTS[0]) < n:
        rng = np.random.default_rng(_HASH_SEED + n)
        _POS_WEIGHTS[0] = rng.integers(0, 2**63, size=max(n, 64), dtype=np.uint64) * 2 + 1
    return _POS_WEIGHTS[0]


def _surfaces(orig, joined: str, start: np.ndarray, end: np.ndarray):
    """The strings ``joined[start:end]`` as a ``str`` array, made once per distinct spelling.

    Names repeat, so the mentions are grouped by their code units first: a weighted sum of
    the units of each span in numpy (no Python string per mention), checked unit by unit
    against the group's first span, which alone is sliced into a Python string. Should two
    different spellings ever share a sum, every span is sliced instead.
    """
    n = len(start)
    if n == 0:
        return pd.array([], dtype="str")
    if n > 1:
        groups = _spelling_groups(orig, start, end)
        if groups is not None:
            codes, rep = groups
            strings = list(map(joined.__getitem__, map(slice, start[rep].tolist(), end[rep].tolist())))
            return _take(strings, codes)
    return _factorized(list(map(joined.__getitem__, map(slice, start.tolist(), end.tolist()))))


def _spelling_groups(orig, start: np.ndarray, end: np.ndarray):
    """The spans ``[start, end)`` of the joined originals grouped by their strings in numpy: ``(codes, rep)``, per
    span its group's code (in order of first appearance) and per group its first span; None when a span is empty
    or two different strings share a sum (the caller then compares strings).

    A weighted sum of the code units of each span (no Python string per span), checked unit by unit against its
    group's first span."""
    n = len(start)
    if n == 0:
        return None
    us, ue = orig.unit(start), orig.unit(end)
    length = ue - us
    if length.min() <= 0:
        return None
    first_at = np.zeros(n, dtype=np.int64)
    np.cumsum(length[:-1], out=first_at[1:])
    pos = np.arange(int(length.sum()), dtype=np.int64) - np.repeat(first_at, length)
    # (gathers as takes in mode 'clip', without numpy's bounds checks: every index is in range)
    units = orig.units.take(np.repeat(us, length) + pos, mode="clip")
    with np.errstate(over="ignore"):
        h = np.add.reduceat(_unit_weights().take(units, mode="clip")
                            * _pos_weights(int(length.max())).take(pos, mode="clip"), first_at)
    codes, uniq = pd.factorize(h)
    rep = np.empty(len(uniq), dtype=np.int64)
    rep[codes[::-1]] = np.arange(n - 1, -1, -1)  # the first span of each group
    r = rep[codes]
    if (length[r] == length).all() and (orig.units.take(np.repeat(us[r], length) + pos, mode="clip") == units).all():
        return codes, rep
    return None


def _factorized(values: np.ndarray):
    codes, uniq = pd.factorize(pd.Series(values, dtype=object))
    return _take(uniq.tolist(), codes)


class _Coded:
    """The segments' ``doc_id`` and ``section`` as integer codes and their distinct values.

    Factorised once per batch: the scopes, the byline filter and the table's string columns
    (the distinct values as ``str``, taken by code) all read them.
    """

    def __init__(self, segs: pd.DataFrame, doc_ids: list, sections: list):
        self.doc_ids, self.sections = doc_ids, sections
        self.doc, self.doc_u, self.doc_str = _codes(segs["doc_id"], doc_ids)
        doc_u = self.doc_u
        self.sec, sec_u, self.sec_str = _codes(segs["section"], sections)
        self._sec_u = list(sec_u)
        # a missing id would be its own code here but -1 for the scopes (pd.factorize's default)
        self.doc_has_na = bool(pd.isna(pd.Series(doc_u, dtype=object)).any())
        # whether equal codes are equal ids for a dict (strings; not NaN, nor 1 and 1.0)
        self.doc_all_str = all(type(u) is str for u in doc_u)

    def section_is(self, *names: str) -> np.ndarray:
        """Per segment: whether its section is one of ``names``."""
        return np.array([u in names for u in self._sec_u], dtype=bool)[self.sec]


def _codes(column: pd.Series, values: list) -> tuple[np.ndarray, list, list[str]]:
    """``pd.factorize(column, use_na_sentinel=False)`` and its distinct values as ``str``.

    A column of strings (the readers') is coded with one dict in C-level calls, which is several
    times faster than pandas' object factorize; the codes are the same (order of first appearance).
    """
    seen: dict = {}
    codes = np.fromiter(map(seen.setdefault, values, itertools.count()), dtype=np.int64, count=len(values))
    uniq = list(seen)
    if all(type(u) is str for u in uniq):
        # setdefault gave each new value the running count: renumber to first-appearance order
        first = np.fromiter(seen.values(), dtype=np.int64, count=len(seen))
        renum = np.empty(int(first.max()) + 1 if len(first) else 0, dtype=np.int64)
        renum[first] = np.arange(len(first))
        return renum[codes], uniq, uniq
    codes, uniq = pd.factorize(column, use_na_sentinel=False)
    return codes, list(uniq), pd.Series(uniq).astype("str").tolist()


def _scopes(cols: _Coded) -> tuple[np.ndarray, list[int | None], int]:
    """Scope id of each segment (its document, or itself for standalone headlines), of its page, and
    the first id of a standalone headline (documents are numbered before them)."""
    if cols.doc_has_na:
        docs = pd.factorize(pd.Series(cols.doc_ids, dtype=object))[0].astype(np.int64)
    else:
        docs = cols.doc.astype(np.int64)
    alone = cols.section_is(*STANDALONE_SECTIONS)
    n_docs = int(docs.max()) + 1 if len(docs) else 0
    scope = docs.copy()
    # each standalone headline is its own scope, numbered after the documents
    scope[alone] = n_docs + np.arange(int(alone.sum()), dtype=np.int64)
    page: list[int | None] = [None] * (n_docs + int(alone.sum()))
    related = cols.section_is(*_PAGE_FALLBACK)
    for sc, d in zip(scope[related].tolist(), docs[related].tolist()):
        page[sc] = d
    return scope, page, n_docs


_SHORT_BEFORE = re.compile(r"(?<![^\s\"'«“(])([\u0621-\u064a]{2,3}) $")


@lru_cache(maxsize=1)
def _name_unit_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per UTF-16 code unit, what its character does to the words of a name, for the gates of the per-person-row
    passes: whether it splits a name as written into words (whitespace, or the ``_`` of a hashtag name: lone first
    names); how many word separators its normalised form holds (whitespace or ``-``, at most 2; 2 for a surrogate,
    whose character is not known here: reordered names); whether it is one character that normalises to one
    character, neither whitespace (false for a surrogate: glued surnames). Normalisation is per character."""
    from marsad.mentions.offsets import _text_table

    table = _text_table()
    chars = [chr(u) for u in range(0x10000)]
    norm = [table.get(u, c) if not 0xD800 <= u < 0xE000 else "" for u, c in enumerate(chars)]
    split = np.array([c.isspace() or c == "_" for c in chars], dtype=bool)
    seps = np.array([min(2, sum(x.isspace() or x == "-" for x in n)) for n in norm], dtype=np.int8)
    seps[0xD800:0xE000] = 2
    plain = np.array([len(n) == 1 and not n.isspace() and not c.isspace() for c, n in zip(chars, norm)], dtype=bool)
    plain[0xD800:0xE000] = False
    return split, seps, plain


@functools.lru_cache(maxsize=1)
def _ain_lam_units() -> np.ndarray:
    """Per UTF-16 code unit: 1 for ع, 1 << 32 for ل (their counts in a span, summed by :func:`_span_unit_sums`)."""
    table = np.zeros(0x10000, dtype=np.int64)
    table[ord("ع")] = 1
    table[ord("ل")] = 1 << 32
    return table


def _span_unit_sums(orig, k: np.ndarray, start: np.ndarray, end: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Per row: the sum of ``table`` (per code unit) over the code units of text ``k``'s characters
    ``[start, end)`` (0 for an empty span), read from the joined originals' units (``orig``)."""
    at = orig.base[k]
    us, ue = orig.unit(at + start), orig.unit(at + end)
    n = ue - us
    out = np.zeros(len(k), dtype=np.int64)
    nz = np.flatnonzero(n > 0)
    if len(nz):
        ln = n[nz]
        first = np.zeros(len(nz), dtype=np.int64)
        np.cumsum(ln[:-1], out=first[1:])
        pos = np.repeat(us[nz] - first, ln) + np.arange(int(ln.sum()), dtype=np.int64)
        vals = table.take(orig.units.take(pos, mode="clip"), mode="clip").astype(np.int64)
        out[nz] = np.add.reduceat(vals, first)
    return out


def _long_last_word(orig, k: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Per row: whether the last four characters of text ``k``'s span ``[start, end)`` each normalise to one
    character that is no whitespace (:func:`_name_unit_tables`), so that its last word, normalised, has four
    letters or more (what :func:`~marsad.mentions.glued_surnames.glued_short_surnames` passes over)."""
    plain = _name_unit_tables()[2]
    at = orig.base[k]
    us, ue = orig.unit(at + start), orig.unit(at + end)
    ok = ue - us >= 4
    units = orig.units
    for j in range(1, 5):
        ok &= plain.take(units.take(np.maximum(ue - j, 0), mode="clip"), mode="clip")
    return ok


def _may_follow_short_word(orig, k: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Per mention (text ``k`` of ``orig``, the texts' :class:`~marsad.mentions.offsets.Originals`, at ``start``):
    whether :data:`_SHORT_BEFORE` may match the text right before it, read from the joined originals' code units:
    a word of two or three letters then a space right before it, or before a line break right before it (``$``
    matches before a last line break too).

    The units before the mention's first are read one by one: they are the characters before it up to the first
    character of two units, whose second unit is, like it, no letter, space or line break (what is read past it
    cannot matter); and the separator before a text holds no letter (nor does the first unit, where a read
    before the joined originals is clipped)."""
    u = orig.unit(orig.base[k] + start)
    c = [orig.units.take(u - j, mode="clip") for j in range(1, 7)]
    letter = [(x - np.uint16(0x621)) < 0x2A for x in c]  # U+0621–U+064A
    space = (c[0] == 32) & letter[1] & letter[2] & ~(letter[3] & letter[4])
    newline = (c[0] == 10) & (c[1] == 32) & letter[2] & letter[3] & ~(letter[4] & letter[5])
    return (start >= 1) & (space | newline)


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, frozenset]:
    """Short forms of first names (data/kb/name_short_forms.csv: مو for محمد), normalised: short -> full names."""
    path = KB_DIR / "name_short_forms.csv"
    if not path.exists():
        return {}
    out: dict[str, set] = {}
    for rec in pd.read_csv(path, dtype=str).fillna("").to_dict("records"):
        out.setdefault(normalize(rec["short"]), set()).add(normalize(rec["full"]))
    return {k: frozenset(v) for k, v in out.items()}


def _people(rec, texts, doc_ids, sections, positions, ner_sections, k, ostart, oend, eid, label, form, partial):
    """Run the recogniser and turn its person spans into rows (see :func:`discover_people`)."""
    run_on = list(range(len(texts))) if ner_sections is None else [i for i, s in enumerate(sections) if s in set(ner_sections)]
    try:
        found = rec([texts[i] for i in run_on])
    except FileNotFoundError as exc:
        warnings.warn(f"NER skipped: {exc}", stacklevel=3)
        return None
    spans = [[] for _ in texts]
    for i, seg in zip(run_on, found):
        spans[i] = list(seg)
    kb_rows = list(zip(k.tolist(), ostart.tolist(), oend.tolist(), eid.tolist(), label.tolist(), form.tolist(),
                       partial.tolist()))
    rows, dropped = discover_people(texts, doc_ids, sections, positions, spans, kb_rows,
                                    standalone=STANDALONE_SECTIONS)
    return dropped, rows
