"""Loss attribution for the events stage: which step lost each gold event the extractor misses.

``python -m marsad.training.events_why --datasets /work/shared/datasets [--splits ...] [--list]`` scores the
development splits of :data:`marsad.training.events_eval.SPLITS` exactly as ``events_eval`` does and, for every
counted gold event missed at the **actors** level, reads the extractor's own decisions on the gold evidence
sentence (the ``TRACE`` hook of :mod:`marsad.events.extract`, plus a line tracer on the cue loop and on
``_arguments``; no output row changes) and says which step lost it:

- ``a:`` one side (or both) is not resolved anywhere in the anchor sentence; the sub-class says what names it
  there: ``a:named`` (a word of that country is there, not taken as an actor: a demonym after a non-role noun, an
  institution…), ``a:office`` (an office or institution without the country: وزير، الخارجية، السفارة، المتحدث…),
  ``a:person`` (a person the knowledge base knows but not as that side's official), ``a:pronoun`` (بلاده، نظيره،
  البلدين، الجانبين…), ``a:implicit`` (nothing: an implicit subject, a place…); ``a:unread`` when the anchor's
  paragraph holds no key of either side (the prefilter skipped it) or no sentence was found;
- ``b:no-cue``: both sides resolved, no cue of ``cues.csv`` matched in the sentence;
- ``c:<gate>``: a cue and both sides there, a gate dropped it (the gate's class: third party, list, topic,
  background, modality, sanctions, roles, duplicate…; the listing names the condition and its comment);
- ``d:row``: a row of the pair was made on that sentence but does not count (wrong direction, merged into
  another mention, or matched to another gold event of the sentence);

and, for events found at the actors level, ``kind`` (root wrong) and ``date`` (date wrong); ``right`` otherwise.
The table groups the splits: OLD = ``tune`` … ``s30-mix``, RECENT = ``s31-mix`` … ``s53-mix`` (the parts blind until
the last sessions; s36-mix, blind-s36 until session 55, added after its final run; s37-mix and s38-mix, blind-s37 and
blind-s38 until session 60, likewise; s39-mix, blind-s39 until session 64, likewise;
s40-mix, blind-s40 until session 69, likewise; s41-mix, blind-s41 until session 74, likewise; s42-mix, blind-s42 until session 78, likewise; s43-mix, blind-s43 until session 86, likewise; s44-mix, blind-s44 until session 92, likewise; s45-mix, blind-s45 until session 95, likewise; s46-mix, blind-s46 until session 99, likewise; s47-mix, blind-s47 until session 102, likewise; s48-mix, blind-s48 until session 106, likewise; s49-mix, blind-s49 until session 109, likewise; s50-mix, blind-s50 until session 115, likewise; s51-mix, blind-s51 until session 119, likewise; s52-mix, blind-s52 until session 123, likewise; s53-mix, blind-s53 until session 126, likewise).
Nothing in the runtime path imports this module.
"""
from __future__ import annotations

import ast
import inspect
import re
import sys
import textwrap
from collections import Counter, defaultdict
from pathlib import Path

from marsad.training import events_eval as ev

__all__ = ["attribute", "classify_gate", "main", "GROUPS"]

_SPLITS = ev.SPLITS
GROUPS = {"OLD": _SPLITS[:_SPLITS.index("s30-mix") + 1], "RECENT": _SPLITS[_SPLITS.index("s31-mix"):_SPLITS.index("s53-mix") + 1]}

_OFFICE = re.compile(r"(?<![\w])[وفبل]?(?:لل|ال)?(?:وزير|وزيره|وزاره|الخارجيه|خارجيه|سفير|سفيره|سفاره|سفارات|متحدث|"
                     r"متحدثه|الناطق|ناطق|المتحدثه|رئيس|رئيسه|رئاسه|حكومه|جيش|قوات|مبعوث|مندوب|مندوبه|مسؤول|"
                     r"مسؤولين|مسؤولون|امير|ملك|ولي\s+العهد|الملك|وكاله|وفد|البيت\s+الابيض|الكرملين|قصر|برلمان|"
                     r"مجلس|الاليزيه|وزارات|دبلوماسي|دبلوماسيون|دبلوماسيين|قنصل|قنصليه|مستشار)\w{0,3}(?![\w])")
_PRONOUN = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:بلاده|بلادها|بلادنا|بلدي|بلده|بلدها|البلدين|البلدان|الجانبين|"
                      r"الجانبان|الطرفين|الطرفان|الرجلين|الرجلان|الزعيمين|الزعيمان|الوزيرين|الوزيران|الدولتين|"
                      r"الدولتان|الرئيسين|الرئيسان|نظير\w*|نظيرت\w*|الاخيره|الاخير)(?![\w])")
_GATE_CLASSES = (
    ("reply to no side", r"replied to the other side itself"),
    ("third party", r"third|_with_not_ours|_addressee_not_ours|_asked_of|_object_not_ours|_ON_OTHERS|"
                    r"_accuser_as_target|_CO_AGENT|_AGAINST_OTHER|_object_then_verb|_MEDIA_OBJECT|_PLURAL_OBJ|"
                    r"_REL_OBJECT|_rejects_other_thing|players|people|guests"),
    ("list", r"list|_drop_lists|lists"),
    ("venue/place", r"venue|_VISIT_DEST|destination|place|_SUMMIT_OF|host"),
    ("topic/purpose", r"TOPIC|purpose|_DESCRIBED_AS|_IMPORTANCE|CUE_STATE|_GROUPS_GATHERING|_OF_A_GROUP|"
                      r"_ALLEGATION_OBJECT|_EVIDENCE|_content_before|explained its view|highlighted|topic|"
                      r"_AMOUNT_AFTER|_PRAISED_OWN|_FROZEN_LIST|_HIS_DECISION|_COMP_SUBJECT"),
    ("background", r"bg_clauses|anchors|background|_NOT_SIGNED|standing|recalls"),
    ("modality", r"_AVOIDED|_WARNED|_obliged|THREAT|_NOT_MENTIONED|_REJECTED_NOUN|_NO_COMMENT|warned|_RANKED|"
                 r"_APPEAL|appeal|agreed on|_TARGETED_WITH|consumed"),
    ("sanctions not imposed", r"\"163\""),
    ("roles (no source/target)", r"args|subject|object|agent|_arguments"),
)


def _roles_class(desc: str) -> str:
    """The sub-class of a cue left without source and target (``args is None``)."""
    if re.search(r"focus not in codes2? or not|not mine", desc):
        return "roles: a side not in the cue's clause"
    if re.search(r"agent is None|needs its agent", desc):
        return "roles: a noun cue without its agent"
    if re.search(r"_agrees|subject", desc):
        return "roles: subject agreement or position"
    return "roles: other"


def classify_gate(text: str) -> str:
    """The class of a gate from its condition and comment (see the module doc)."""
    for name, pattern in _GATE_CLASSES:
        if re.search(pattern, text):
            return name
    return "other"


# --------------------------------------------------------------------------- static map of the extractor's gates
# The named steps the cue loop of ``_sentence_events`` calls (split36e): their lines are traced like the loop's own;
# a ``return None`` of a gate step drops the cue (for every partner in ``_cue_reading``, for one in the others), as a
# ``continue`` of the loop did; the loop's own ``continue`` after a gate step's None only relays it.
_GATE_STEPS = ("_cue_reading", "_oriented_sides", "_status_of")
_STEPS = (*_GATE_STEPS, "_recoded", "_rejected_noun_row", "_bind_arguments", "_invited_or_read", "_args_amended",
          "_args_from_frame", "_args_from_subject", "_dated")
_RELAY = re.compile(r"(?:cue|sides|reading) is None")


class _Gates:
    """Line numbers of the extractor's gates: the ``continue`` statements of the cue loop (and of its partner loop)
    of ``_sentence_events``, the ``return None`` of its gate steps and the ``return None`` of ``_cue_arguments``'s
    steps, each with its condition and comment."""

    def __init__(self):
        from marsad.events import arguments as ar
        from marsad.events import extract as ex

        self.ex = ex
        self.se_code = ex._sentence_events.__code__
        self.step_codes = {getattr(ex, name).__code__ for name in _STEPS}
        # (session 62: the cue's own reading is ``_cue_arguments``; ``_arguments`` adds the second act before it;
        # split36e: its steps ``_CUE_ARGUMENT_STEPS`` hold the ``return None`` that end the reading)
        self.ar_fns = (ar._cue_arguments, *ar._CUE_ARGUMENT_STEPS)
        self.ar_codes = {fn.__code__ for fn in self.ar_fns}
        self.text: dict[tuple[str, int], str] = {}
        self.continue_lines: set[int] = set()
        self.none_lines: set[int] = set()
        self.loop_span = (0, 0)
        self._read(ex._sentence_events, "se")
        for name in _STEPS:
            self._read(getattr(ex, name), "se", gate=name in _GATE_STEPS)
        for fn in self.ar_fns:
            self._read(fn, "ar")

    def _read(self, fn, tag, gate=False):
        lines, first = inspect.getsourcelines(fn)
        src = textwrap.dedent("".join(lines))
        tree = ast.parse(src)
        off = first - 1

        def comment(lineno, node=None):
            """The condition of the ``if`` that guards line ``lineno`` and the comment after it."""
            txt = lines[lineno - first]
            note = txt.split("#", 1)[1].strip() if "#" in txt else ""
            k = lineno - first + 1
            while k < len(lines) and lines[k].strip().startswith("#"):
                note += " " + lines[k].strip().lstrip("# ")
                k += 1
            cond = ast.get_source_segment(src, node.test) if node is not None else ""
            return " ".join(f"{cond or ''} # {note}".split())

        def walk(node, loops, parent_if):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.For, ast.While)):
                    if tag == "se" and not loops and isinstance(child, ast.For) and "cue_rx.finditer" in (
                            ast.get_source_segment(src, child.iter) or ""):
                        self.loop_span = (child.lineno + off, child.end_lineno + off)
                    walk(child, loops + [child], None)
                elif isinstance(child, ast.If):
                    walk(child, loops, child)
                elif isinstance(child, (ast.FunctionDef, ast.Lambda, ast.comprehension, ast.ListComp,
                                        ast.GeneratorExp, ast.SetComp, ast.DictComp)):
                    continue
                else:
                    if tag == "se" and isinstance(child, ast.Continue) and loops and self.loop_span[0] and (
                            loops[-1].lineno + off == self.loop_span[0]
                            or "partners" in (ast.get_source_segment(src, loops[-1].iter) or "")) and not (
                            parent_if is not None and _RELAY.fullmatch(ast.get_source_segment(src, parent_if.test))):
                        self.continue_lines.add(child.lineno + off)
                        self.text[("se", child.lineno + off)] = comment(child.lineno + off, parent_if)
                    elif gate and isinstance(child, ast.Return) and isinstance(child.value, ast.Constant) \
                            and child.value.value is None:
                        self.continue_lines.add(child.lineno + off)
                        self.text[("se", child.lineno + off)] = comment(child.lineno + off, parent_if)
                    elif tag == "se" and isinstance(child, ast.Assign) and any(
                            isinstance(t, ast.Name) and t.id == "args" for t in child.targets) \
                            and isinstance(child.value, ast.Constant) and child.value.value is None:
                        self.none_lines.add(child.lineno + off)
                        self.text[("se", child.lineno + off)] = comment(child.lineno + off, parent_if)
                    elif tag == "ar" and isinstance(child, ast.Return) and isinstance(child.value, ast.Constant) \
                            and child.value.value is None:
                        self.text[("ar", child.lineno + off)] = comment(child.lineno + off, parent_if)
                    walk(child, loops, parent_if)

        walk(tree.body[0], [], None)  # (the function's own body; nested functions are not walked)

    def gate(self, lines: list) -> tuple[str, str] | None:
        """(class, description) of the gate that ended a cue's iteration, from its executed lines; None when no
        gate line ran (a row was made, or dropped later)."""
        last, why = None, None
        for tag, lineno in lines:
            if tag == "se" and lineno in self.continue_lines:
                last = ("se", lineno)
            elif tag == "se" and lineno in self.none_lines:
                why = ("se", lineno)
            elif tag == "ar-none":
                why = ("ar", lineno)
        if last is None:
            return None
        desc = self.text.get(last, "")
        if re.match(r"args is None\b", desc):
            desc = "no roles: " + (self.text.get(why, f"_arguments line {why[1]}") if why else "no rule gave them")
            return _roles_class(desc), desc
        return classify_gate(desc), desc


class _Tracer:
    """``sys.settrace`` on the cue loop of ``_sentence_events``, on its steps and on ``_arguments``: the lines a cue
    ran."""

    def __init__(self, gates: _Gates, trace: list):
        self.g, self.trace = gates, trace

    def _cue(self):
        t = self.trace
        return t[-1] if t and t[-1].get("ev") == "cue" else None

    def local(self, frame, event, arg):
        cue = self._cue()
        if cue is not None:
            if frame.f_code is self.g.se_code:
                if event == "line" and self.g.loop_span[0] < frame.f_lineno <= self.g.loop_span[1]:
                    cue["lines"].append(("se", frame.f_lineno))
            elif frame.f_code in self.g.step_codes:
                if event == "line":
                    cue["lines"].append(("se", frame.f_lineno))
            elif event == "line" and ("ar", frame.f_lineno) in self.g.text:
                cue["lines"].append(("ar-none", frame.f_lineno))  # a ``return None`` of the reading (it returns)
        return self.local

    def __call__(self, frame, event, arg):
        if frame.f_code is self.g.se_code or frame.f_code in self.g.step_codes or frame.f_code in self.g.ar_codes:
            return self.local
        return None


# --------------------------------------------------------------------------- one document
def _n(text) -> str:
    return " ".join(str(text).split())


def _anchor_in(anchors, text) -> bool:
    t = _n(text)
    return any(a in t or (len(t) > 30 and t in a) for a in anchors)


def _overlap(anchor: str, text: str) -> float:
    a, t = set(anchor.split()), set(_n(text).split())
    return len(a & t) / len(a) if a else 0.0


def _keys(codes) -> dict:
    from marsad.events import lexicon as lx

    return lx.actor_regex(tuple(codes))[2]


def _words_around(text: str, start: int, end: int, n: int = 2) -> str:
    left = text[:start].split()[-n:]
    right = text[end:].split()[:n]
    return " ".join(left + ["[" + text[start:end] + "]"] + right)


def _side_words(text: str, code: str, keys: dict, sent: dict) -> tuple[str, str]:
    """(sub-class, words) of a side not resolved in the sentence ``text``."""
    for k in sorted(keys.get(code, ()), key=len, reverse=True):
        if len(k) >= 3 and (i := text.find(k)) >= 0:
            return "a:named", _words_around(text, i, i + len(k))
    if (m := _OFFICE.search(text)) is not None:
        return "a:office", _words_around(text, m.start(), m.end())
    people = [form for c, kind, form in sent["actors"] if c.startswith("?") and kind == "third"]
    if people:
        return "a:person", people[0]
    if (m := _PRONOUN.search(text)) is not None:
        return "a:pronoun", _words_around(text, m.start(), m.end())
    return "a:implicit", ""


def _passes(trace: list) -> dict:
    """The trace of one document cut by pass (partner tuple): {partners: [entries]}."""
    out, cur = defaultdict(list), None
    for e in trace:
        if e["ev"] == "document":
            cur = tuple(e["partners"])
        elif cur is not None:
            out[cur].append(e)
    return out


def _classify(g: dict, entries: list, gates: _Gates, keys: dict, focus: str) -> tuple[str, str]:
    """Class and detail of a gold event missed at the actors level, from its pass's trace entries."""
    anchors, sides = g["anchors"], {g["source"], g["target"]}
    # the sentences holding an anchor, each with its cue entries
    sents, cur = [], None
    for e in entries:
        if e["ev"] == "sentence":
            cur = {**e, "cues": []}
            sents.append(cur)
        elif e["ev"] == "cue" and cur is not None:
            cur["cues"].append(e)
    hit = [s for s in sents if _anchor_in(anchors, s["text"])]
    skipped = [e for e in entries if e["ev"] == "skipped" and _anchor_in(anchors, e["text"])]
    if not hit and not skipped:
        best = max(sents, key=lambda s: max((_overlap(a, s["text"]) for a in anchors), default=0), default=None)
        if best is not None and max(_overlap(a, best["text"]) for a in anchors) >= 0.6:
            hit = [best]
    if not hit:
        return ("a:unread", "no key of either side in the paragraph" if skipped else "anchor sentence not found")
    mentions = [e for e in entries if e["ev"] == "mention" and e["kind"] == "event"
                and _anchor_in(anchors, ev._norm(e["sentence"])) and {e["source"], e["target"]} == sides]
    same_root = [e for e in mentions if str(e["cameo_code"])[:2] == g["root"]]
    if same_root:
        if any(g["symmetric"] == "1" or (e["source"], e["target"]) == (g["source"], g["target"]) for e in same_root):
            e = same_root[0]
            return "d:row merged or taken", f"row {e['source']}->{e['target']} {e['cameo_code']} made, merged into another " \
                                            "mention or matched to another gold event"
        e = same_root[0]
        return "d:direction", f"row {e['source']}->{e['target']} {e['cameo_code']} (gold {g['source']}->{g['target']})"
    other = "; the sentence's rows: " + ", ".join(f"{e['source']}->{e['target']} {e['cameo_code']}" for e in mentions) \
        if mentions else ""

    def progress(s):
        have = sides & set(s["codes"])
        return (len(have), bool(s["cues"]))

    s = max(hit, key=progress)
    missing = sorted(sides - set(s["codes"]))
    text = _n(s["text"])
    if missing:
        subs = [(code, *_side_words(text, code, keys, s)) for code in missing]
        worst = subs[0]
        which = "both" if len(missing) == 2 else ("focus" if missing[0] == focus else "partner")
        detail = "; ".join(f"{c}: {w}" if w else c for c, _, w in subs)
        return worst[1], f"{which} missing ({detail})"
    cues = [c for c in s["cues"] if c["code"][:2] == g["root"]]
    if not cues:
        a = next((a for a in anchors if a in text), anchors[0] if anchors else "")
        seen = ", ".join(f"«{c['text']}» {c['code']}" for c in s["cues"])
        return "b:no-cue", a[:110] + (f" (cues of other roots: {seen})" if seen else "") + other
    c = cues[-1]
    gate = gates.gate(c["lines"])
    if gate is None:
        return "c:no gate line", f"cue «{c['text']}» {c['code']}: no row of the pair (dropped after the cue loop){other}"
    return "c:" + gate[0], f"cue «{c['text']}» {c['code']}: {gate[1][:160]}{other}"


def attribute(splits, datasets: Path, *, gold: Path = ev.GOLD_DIR, listing: list | None = None) -> list[dict]:
    """One record per counted gold event of ``splits``: split, doc, event, level (0–3 as ``events_eval``), class
    and detail."""
    from marsad.events import extract as ex

    docs, gold_events, _, _ = ev.load_gold(gold)
    docs = [d for d in docs if d["split"] in splits]
    by_doc = defaultdict(list)
    for g in gold_events:
        by_doc[g["doc_id"]].append(g)
    gates = _Gates()
    records = []
    rows = defaultdict(lambda: (0, 0))  # split -> (system rows counted, rows with the actors right)
    for doc in docs:
        trace: list = []
        ex.TRACE = trace
        old = sys.gettrace()
        sys.settrace(_Tracer(gates, trace))
        try:
            table = ev.system_events(doc, datasets)
        finally:
            sys.settrace(old)
            ex.TRACE = None
        evs = table[table["kind"] == "event"] if "kind" in table else table
        found, used, codes_of = {}, set(), {}
        for _, row in evs.iterrows():
            g, actors, kind = ev.match_gold(row, by_doc.get(doc["doc_id"], []), used)
            if g is not None and g["optional"] == "1":
                continue
            rows[doc["split"]] = (rows[doc["split"]][0] + 1, rows[doc["split"]][1] + bool(actors))
            if g is None:
                continue
            dup = kind and g["event"] in used
            used.add(g["event"]) if kind else None
            if actors:
                date = kind and ev._date_ok(row, g)
                found[g["event"]] = max(found.get(g["event"], 0), 1 + kind + date)
                codes_of.setdefault(g["event"], []).append(
                    f"{row['cameo_code']} {row['status']} {row['date_start']}..{row['date_end']} {row['precision']}")
        passes = _passes(trace)
        focus = doc.get("focus") or "RU"
        for g in by_doc.get(doc["doc_id"], []):
            if g["optional"] == "1":
                continue
            level = found.get(g["event"], 0)
            rec = {"split": doc["split"], "doc_id": doc["doc_id"], "event": g["event"], "pair":
                   f"{g['source']}->{g['target']}", "code": g["code"], "level": level}
            if level == 3:
                rec.update(cls="right", detail="")
            elif level == 2:
                rec.update(cls="date", detail=f"gold {g['date_start']}..{g['date_end']} {g['precision']}; system "
                                              + " / ".join(codes_of.get(g["event"], [])))
            elif level == 1:
                rec.update(cls="kind", detail=f"gold {g['code']} {g['status']}; system "
                                              + " / ".join(codes_of.get(g["event"], [])))
            else:
                partner = next(iter({g["source"], g["target"]} - {focus}), None)
                entries = next((v for k, v in passes.items() if partner in k), [])
                rec["cls"], rec["detail"] = _classify(g, entries, gates, _keys((focus, partner)), focus)
            records.append(rec)
            if listing is not None and rec["cls"] != "right":
                listing.append(f"{rec['cls']:28} {rec['split']:8} {rec['doc_id']} {rec['event']} {rec['pair']} "
                               f"{rec['code']} | {rec['detail']}")
    for split, (n, ok) in rows.items():
        records.append({"split": split, "cls": "_system", "n": n, "ok": ok})
    return records


def table(records: list[dict], groups: dict) -> str:
    """Markdown table: classes (rows) by group (columns), counts of counted gold events."""
    system = [r for r in records if r["cls"] == "_system"]
    records = [r for r in records if r["cls"] != "_system"]
    cols = [(name, [r for r in records if r["split"] in splits]) for name, splits in groups.items()]
    cols.append(("pooled", records))
    sys_cols = [[r for r in system if r["split"] in splits] for splits in groups.values()] + [system]
    order = ["right", "date", "kind", "d:direction", "d:row merged or taken"]
    classes = Counter(r["cls"] for r in records)
    rest = sorted((c for c in classes if c not in order), key=lambda c: (c[0], -classes[c]))
    lines = ["| class | " + " | ".join(f"{n} ({len(rs)})" for n, rs in cols) + " |",
             "|---|" + "---|" * len(cols)]
    for c in rest + order:
        cells = []
        for _, rs in cols:
            k = sum(r["cls"] == c for r in rs)
            cells.append(f"{k} ({100 * k / len(rs):.0f} %)" if rs else "—")
        lines.append(f"| {c} | " + " | ".join(cells) + " |")
    cells = []
    for (_, rs), sy in zip(cols, sys_cols):
        n, ok = sum(r["n"] for r in sy), sum(r["ok"] for r in sy)
        ra = sum(r["cls"] in ("right", "date", "kind") for r in rs)
        rd = sum(r["cls"] == "right" for r in rs)
        cells.append(f"R actors {ra}/{len(rs)}, R a+k+d {rd}/{len(rs)}, P actors {ok}/{n}")
    lines.append("| **scores** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_why",
                                     description="Which step of the events stage lost each missed gold event.")
    parser.add_argument("--datasets", help="shared datasets folder (default: $MARSAD_DATASETS or ../shared/datasets)")
    parser.add_argument("--splits", nargs="*", help="development splits (default: all, grouped OLD / RECENT)")
    parser.add_argument("--list", action="store_true", help="list every missed event with its class and detail")
    parser.add_argument("--group", choices=sorted(GROUPS), help="only the splits of this group (OLD: tune … s30-mix, "
                        "RECENT: s31-mix … s53-mix); to write rules from OLD, list OLD only and keep RECENT unread")
    args = parser.parse_args(argv)
    splits = tuple(args.splits) if args.splits else GROUPS[args.group] if args.group else _SPLITS
    bad = [s for s in splits if s not in _SPLITS]
    if bad:
        parser.error(f"not a development split: {', '.join(bad)}")
    root = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if root is None:
        return 2
    listing: list[str] = [] if args.list else None
    records = attribute(splits, root, listing=listing)
    if listing:
        print("\n".join(sorted(listing)))
        print()
    groups = {k: tuple(s for s in v if s in splits) for k, v in GROUPS.items()}
    print(table(records, {k: v for k, v in groups.items() if v}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
