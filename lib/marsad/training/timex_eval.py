"""Evaluation of :func:`marsad.dates.tag_dates` next to dateparser on TIMEX3 gold.

Twenty-four corpora, scored separately (twenty-three parts of Marsad's gold and the TimeML 25):

- ``dev``, ``heldout`` (called dev-2 from the third session on), ``heldout2`` (dev-3 from the fourth),
  ``heldout3``, ``heldout4``, ``heldout5``, ``heldout6``, ``heldout7``, ``heldout8``, ``heldout9``, ``heldout10``, ``heldout11``, ``heldout12``, ``heldout13``, ``heldout14``, ``heldout15``, ``heldout16``, ``heldout17``, ``heldout18``, ``heldout19``, ``heldout20``, ``heldout21``, ``heldout22``, ``heldout23``, ``heldout24`` and ``heldout25``: Marsad's own TIMEX3 gold on ANT news articles (Jawhara FM, CNN, Al Arabiya,
  France 24), shipped in ``data/gold/timex`` (see its README: rules, source, licence). The rules of the tagger were written on
  ``dev``; ``heldout`` and ``heldout2`` were held out when drawn, then their errors were read in later sessions,
  so they are development parts now; ``heldout3`` was annotated by hand before any tagger ran on it and before
  the fourth session's rules were written; its one blind run is in docs/EVALUATION.md, after which its errors were
  read, so it is development data (dev-4) now; ``heldout4`` was drawn after that and run blind once, then read
  (dev-5); ``heldout5`` was drawn and annotated after that and run blind once (rules of the fifth session were
  not written on its texts, but three close classes its first run's error description named), so it is dev-6;
  ``heldout6`` was drawn and annotated by hand while the tagger was frozen, run blind once, then read and
  acted on in the sixth session (dev-7); ``heldout7`` was drawn and annotated before the sixth session's rules,
  run once after the tagger was frozen, then read and acted on in the seventh (dev-8); ``heldout8`` was drawn and
  annotated before the seventh session's rules, run once after the tagger was frozen, then read and acted on in the
  eighth (dev-9); ``heldout9`` was drawn and annotated before the eighth session's rules, run once after the tagger
  was frozen, then read and acted on in the ninth (dev-10); ``heldout10`` was drawn and annotated before the ninth
  session's rules, run once after the tagger was frozen, then read and acted on in the tenth (dev-11); ``heldout11``
  was drawn and annotated before the tenth session's rules, run once after the tagger was frozen, then read and acted
  on in the eleventh (dev-12); ``heldout12`` was drawn and annotated before the eleventh session's rules, run once
  after the code was frozen, then read and acted on in the twelfth (dev-13); ``heldout13`` was drawn and annotated
  before the twelfth session's rules, run once after the code was frozen, then read and acted on in the thirteenth
  (dev-14); ``heldout14`` was drawn and annotated before the thirteenth session's rules, run once after the code
  was frozen, then read and acted on in the fourteenth (dev-15); ``heldout15`` was drawn and annotated before the
  fourteenth session's rules, run once after the code was frozen, then read and acted on in the fifteenth (dev-16); ``heldout16`` was drawn and annotated
  before the fifteenth session's rules, run once after the code was frozen, then read and acted on in the sixteenth (dev-17); ``heldout17`` was drawn and annotated before the sixteenth session's
  rules, run once after the code was frozen, then read and acted on in the seventeenth (dev-18); ``heldout18`` was drawn
  and annotated before the seventeenth session's rules, run once after the code was frozen, then read and acted on in the
  eighteenth (dev-19); ``heldout19`` was drawn and annotated before the eighteenth session's rules, run once after the
  code was frozen, then read and acted on in the nineteenth (dev-20); ``heldout20`` was drawn and annotated before the
  nineteenth session's rules, run once after the code was frozen (its numbers are in docs/EVALUATION.md), then read
  and acted on in the nineteenth session's second round (dev-21); ``heldout21`` (full-length articles drawn with no
  content cue; DATE only, it holds no TIME span) was drawn and annotated before the twentieth session's rules, run once
  after the code was frozen, then read (dev-22); ``heldout22`` (drawn for TIME by a written time-of-day cue lexicon wider
  than the tagger's patterns, three batches) was drawn and annotated before the twenty-first session's rules, run once
  after the code was frozen, then read (dev-23); ``heldout23`` (briefs naming a time of day and articles naming only
  time-of-day wording outside the earlier cues) was drawn and annotated first in the twentieth lead session, run once
  after the code was frozen, then read (dev-24); ``heldout24`` (Jawhara FM briefs naming a time of day and articles of four
  outlets naming time-of-day wording outside every earlier cue; the lead's brief calls it heldout25) was drawn and annotated
  first in the twenty-first lead session, before any of its rules, run once after the code was frozen, then read (dev-25);
  ``heldout25`` (DATE-rich articles of four outlets, the last unread time-of-day wording outside Jawhara FM, six Jawhara FM
  briefs) was drawn and annotated first in the twenty-second lead session (dates29), before any of its rules, run once
  after the code was frozen, then read (dev-26). No part is held out now: the next session draws one.
- ``timeml-25``: the 25 documents of the ``arabic-timeml-dahmri`` corpus in the shared datasets (inline
  ``<TIMEX3>`` tags; no licence, so nothing of it is shipped or copied into tests). They were read while
  the rules were written: a development set in another annotator's conventions.

Each document is tagged with ``tag_dates`` and with ``dateparser.search.search_dates``, and span detection
(strict and overlapping) and value accuracy are scored by TimeML type. Run through
``python -m marsad.training evaluate timex``.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from marsad.dates import tag_dates
from marsad.training.evaluate import REPO_ROOT

__all__ = ["GOLD_DIR", "TIMEML_DCT", "evaluate", "read_gold", "read_tml", "score", "tag_spans"]

GOLD_DIR = REPO_ROOT / "data" / "gold" / "timex"
_TML_TAG = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_TML_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TML_OTHER_TAG = re.compile(r"<[^>]+>")
_EVAL_TYPES = ("DATE", "TIME", "DURATION", "SET")
# The TimeML corpus carries no document creation time; its deictic gold values
# ("اليوم" = 2015-12-24, "الامس" = 2015-12-23, "غدا" = 2015-12-25) all imply this one.
TIMEML_DCT = dt.date(2015, 12, 24)


def read_tml(path) -> tuple[str, list[dict]]:
    """Return the plain text of a TimeML file and its gold TIMEX3 spans."""
    import html

    raw = Path(path).read_text(encoding="utf-8-sig")
    body = raw.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0].replace("\ufeff", "")
    text, gold, pos = [], [], 0
    length = 0
    for m in _TML_TAG.finditer(body):
        before = html.unescape(_TML_OTHER_TAG.sub("", body[pos:m.start()]))
        text.append(before)
        length += len(before)
        inner = html.unescape(_TML_OTHER_TAG.sub("", m.group(2)))
        attrs = dict(_TML_ATTR.findall(m.group(1)))
        gold.append({"start": length, "end": length + len(inner), "type": attrs.get("type", "DATE"),
                     "value": attrs.get("value", "")})
        text.append(inner)
        length += len(inner)
        pos = m.end()
    text.append(html.unescape(_TML_OTHER_TAG.sub("", body[pos:])))
    return "".join(text), gold


def read_gold(split: str, folder: Path | None = None) -> list[dict]:
    """Marsad's TIMEX3 gold: one dict per article (``doc``, ``published``, ``text``, ``timex``)."""
    path = Path(folder or GOLD_DIR) / f"{split}.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"no TIMEX3 gold at {path}; expected data/gold/timex/{{dev,heldout,heldout2,heldout3}}.jsonl")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def tag_spans(text: str, published) -> list[dict]:
    """``tag_dates`` output as the span dicts the scorer compares."""
    return [{"start": int(r.start), "end": int(r.end), "type": r.type, "value": r.value}
            for r in tag_dates(text, published=published).itertuples()]


def _dateparser_spans(text: str, dct: dt.date) -> list[dict]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["ar"], settings={
        "RELATIVE_BASE": dt.datetime(dct.year, dct.month, dct.day)}) or []
    spans, cursor = [], 0
    for sub, when in found:
        i = text.find(sub, cursor)
        if i < 0:
            i = text.find(sub)
        if i < 0:
            continue
        cursor = i + len(sub)
        spans.append({"start": i, "end": i + len(sub), "type": "DATE", "value": when.date().isoformat()})
    return spans


def _match(gold: list[dict], pred: list[dict], *, strict: bool, typed: bool = False) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold and predicted spans (exact or overlapping)."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used or (typed and p["type"] != g["type"]):
                continue
            ok = (p["start"], p["end"]) == (g["start"], g["end"]) if strict else (
                p["start"] < g["end"] and g["start"] < p["end"])
            if ok:
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def _value_ok(gold: str, pred: str, *, lenient: bool) -> bool:
    if gold == pred:
        return True
    # Lenient: a system date inside a coarser gold value ("2015-11" vs 2015-11-24) counts.
    return lenient and bool(re.fullmatch(r"\d{4}(-\d{2}){0,2}", gold)) and pred.startswith(gold)


def _prf(n_match: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(golds: list[list[dict]], preds: list[list[dict]]) -> list[dict]:
    """Span P/R/F1 (strict and relaxed) and value accuracy, for ALL and each TimeML type.

    ``golds`` and ``preds``: per document, lists of ``{start, end, type, value}``.
    By type, a prediction counts only under its own type; value accuracy is measured on
    the gold spans of that type the system overlapped with any type.
    """
    rows = []
    for label in ("ALL", *_EVAL_TYPES):
        counts = dict.fromkeys(("gold", "pred", "strict", "relaxed", "val", "val_len", "recall_any"), 0)
        for gold, pred in zip(golds, preds):
            g = gold if label == "ALL" else [x for x in gold if x["type"] == label]
            p = pred if label == "ALL" else [x for x in pred if x["type"] == label]
            counts["gold"] += len(g)
            counts["pred"] += len(p)
            counts["strict"] += len(_match(g, p, strict=True))
            counts["relaxed"] += len(_match(g, p, strict=False))
            anym = _match(g, pred, strict=False)
            counts["recall_any"] += len(anym)
            counts["val"] += sum(_value_ok(g[gi]["value"], pred[pi]["value"], lenient=False) for gi, pi in anym)
            counts["val_len"] += sum(_value_ok(g[gi]["value"], pred[pi]["value"], lenient=True) for gi, pi in anym)
        s = _prf(counts["strict"], counts["pred"], counts["gold"])
        r = _prf(counts["relaxed"], counts["pred"], counts["gold"])
        n_any = counts["recall_any"]
        rows.append({
            "type": label, "gold": counts["gold"], "pred": counts["pred"],
            "strict_p": s[0], "strict_r": s[1], "strict_f1": s[2],
            "relaxed_p": r[0], "relaxed_r": r[1], "relaxed_f1": r[2],
            "found": n_any, "value_acc": counts["val"] / n_any if n_any else 0.0,
            "value_acc_lenient": counts["val_len"] / n_any if n_any else 0.0,
        })
    return rows


_HEADER = [
    "| system | type | gold | pred | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 "
    "| found | value acc | value acc (lenient) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
]


def _table(systems: list[tuple[str, list[dict]]]) -> list[str]:
    lines = list(_HEADER)
    for name, rows in systems:
        for r in rows:
            if r["gold"] == 0 and r["pred"] == 0:
                continue
            lines.append(
                f"| {name} | {r['type']} | {r['gold']} | {r['pred']} | {r['strict_p']:.2f} | {r['strict_r']:.2f} | "
                f"{r['strict_f1']:.2f} | {r['relaxed_p']:.2f} | {r['relaxed_r']:.2f} | {r['relaxed_f1']:.2f} | "
                f"{r['found']} | {r['value_acc']:.2f} | {r['value_acc_lenient']:.2f} |")
    return lines


def _systems(texts: list[str], dcts: list, golds: list[list[dict]]) -> tuple[list, list[str]]:
    """Score tag_dates and (if installed) dateparser on the documents; return tables' rows and timing notes."""
    import time
    from importlib.metadata import PackageNotFoundError, version

    t0 = time.perf_counter()
    ours = [tag_spans(t, d) for t, d in zip(texts, dcts)]
    notes = [f"- marsad.tag_dates: {time.perf_counter() - t0:.2f} s for {len(texts)} documents."]
    systems = [("marsad.tag_dates", score(golds, ours))]
    try:
        dp_version = version("dateparser")
    except PackageNotFoundError:
        notes.append("- dateparser is not installed (`pip install dateparser`, the `eval` extra); not compared.")
        return systems, notes
    t0 = time.perf_counter()
    theirs = [_dateparser_spans(t, dt.date.fromisoformat(str(d))) for t, d in zip(texts, dcts)]
    systems.append((f"dateparser {dp_version} search_dates", score(golds, theirs)))
    notes.append(f"- dateparser {dp_version} search_dates: {time.perf_counter() - t0:.2f} s.")
    return systems, notes


_SPLITS = {
    "dev": ("Marsad gold, development part",
            "The tagger's rules were written on these articles (the last 24, a seventh sample drawn by a fixed rule "
            "towards times of day and dense dates, were added in a second round and their errors studied the same "
            "way)."),
    "heldout": ("Marsad gold, dev-2 (the first held-out part)",
                "Not used to write rules in the first two sessions (split fixed before reading), but its aggregate "
                "table was looked at after each of them, and in the third session its errors were read and rules "
                "were written on them: it is a second development part now, reported for continuity."),
    "heldout2": ("Marsad gold, dev-3 (the second held-out part)",
                 "Drawn by a fixed rule weighted towards times of day, durations and sets and annotated before any "
                 "tagger ran on it; held out in the third session (its table produced once, after the rules were "
                 "final), then its errors were read and rules written on them in the fourth: development data now."),
    "heldout3": ("Marsad gold, dev-4 (the third held-out part, fourth session)",
                 "Drawn by a fixed rule weighted towards clock times and parts of the day, annotated by hand and "
                 "committed before any tagger ran on it and before the fourth session's rules were written; its one "
                 "blind run, after those rules were final, is reported in the prose above this table (DATE relaxed F1 "
                 "0.94 / value 0.94, TIME 0.96 / 0.898). Its errors were then read and rules written on them, so this "
                 "table is development data."),
    "heldout4": ("Marsad gold, dev-5 (the fourth held-out part, fourth session)",
                 "Drawn after heldout3 was read, by its rule with seed 26, leaving out every earlier part, the "
                 "unlabelled articles whose tagger output was read while the rules were written and repeated texts; "
                 "annotated before any tagger ran on it; its one blind run is reported in the prose above (DATE 0.97 / "
                 "0.95, TIME 0.97 / 0.85); its errors were then read and rules written on them, so this table is "
                 "development data."),
    "heldout5": ("Marsad gold, dev-6 (the fifth held-out part, fourth session)",
                 "Drawn after heldout4 was read, by the same rule and exclusions with seed 27, annotated by hand and "
                 "committed before any tagger ran on it; its first run (blind) is in the prose above. This table is "
                 "measured again after the fifth session's rules, which were not written on its texts, but three of them "
                 "close classes its post-run error description named (`صبيحة اليوم التالي`, `ساعات المساء الأولى`, a "
                 "clock before `صباح 11 إبريل`), so it is no longer blind for those; development data."),
    "heldout6": ("Marsad gold, dev-7 (the sixth held-out part, fifth session)",
                 "Drawn while the tagger was frozen (no change to `marsad.dates` in the fifth session after it was "
                 "drawn), by the rule of heldout3-5 with seed 28 and 7 per outlet, leaving out every earlier part, "
                 "`seen4.txt` and repeated texts; annotated by hand and committed before any tagger ran on it. Its one "
                 "blind run is in the prose above (DATE 0.95 / 0.96, TIME 0.93 / 0.88); its errors were read after it "
                 "and the sixth session wrote rules on them, so this table is development data."),
    "heldout7": ("Marsad gold, dev-8 (the seventh held-out part, sixth session)",
                 "Drawn and annotated at the start of the sixth session, before any of its rules, by the rule of "
                 "heldout3-6 with seed 29 from Jawhara FM, Al Arabiya and France 24, leaving out every earlier part, "
                 "`seen4.txt` and repeated texts; committed alone before any tagger ran on it. Its one blind run is in "
                 "the prose above (DATE 0.96 / 0.96, TIME 0.96 / 0.77); its errors were read after it and the seventh "
                 "session wrote rules on them, so this table is development data."),
    "heldout8": ("Marsad gold, dev-9 (the eighth held-out part, seventh session)",
                 "Drawn and annotated at the start of the seventh session, before any of its rules, by the rule of "
                 "heldout3-7 with seed 30 from Jawhara FM and Al Arabiya, leaving out every earlier part, `seen4.txt`, "
                 "`seen7.txt` and repeated texts; committed alone before any tagger ran on it. Its one blind run is in "
                 "the prose above (DATE 0.97 / 1.00, TIME 0.98 / 0.68); its errors were read after it, six gold values "
                 "were re-annotated when the eighth session settled the night and timetable conventions, and rules "
                 "were written on it, so this table is development data."),
    "heldout9": ("Marsad gold, dev-10 (the ninth held-out part, eighth session)",
                 "Drawn (seed 31, Jawhara FM 6 and Al Arabiya 6, a time of day named three times, bodies up to 2000 "
                 "characters) and annotated by hand at the start of the eighth session, after its conventions were "
                 "settled and before any of its rules, leaving out every earlier part, `seen4.txt`, `seen7.txt` and "
                 "repeated texts; committed alone before any tagger ran on it. Its one blind run is in the prose above "
                 "(DATE 0.93 / 0.91, TIME 1.00 / 0.897); its errors were read after it and the ninth session wrote "
                 "rules on them, so this table is development data."),
    "heldout10": ("Marsad gold, dev-11 (the tenth held-out part, ninth session)",
                  "Drawn (seed 32, Jawhara FM 4, CNN 4, Al Arabiya 2, France 24 4, a time of day named three times, "
                  "bodies up to 2000 characters) and annotated by hand at the start of the ninth session, before any of "
                  "its rules, leaving out every earlier part, `seen4.txt`, `seen7.txt`, `seen9.txt` and repeated texts; "
                  "committed alone before any tagger ran on it. Its one blind run is in the prose above (DATE 0.93 / "
                  "0.96, TIME 0.89 / 0.69); its errors were read after it and the tenth session wrote rules on them, so "
                  "this table is development data."),
    "heldout11": ("Marsad gold, dev-12 (the eleventh held-out part, tenth session)",
                  "Drawn (seed 33, 3 per outlet from Jawhara FM, CNN, Al Arabiya and France 24, a time of day named "
                  "twice, bodies up to 3500 characters) and annotated by hand at the start of the tenth session, before "
                  "any of its rules, leaving out every earlier part, `seen4.txt`, `seen7.txt`, `seen9.txt`, `seen10.txt` "
                  "and repeated texts; committed alone before any tagger ran on it. Its one blind run is in the prose "
                  "above (DATE 0.94 / 0.97, TIME 1.00 / 0.93); its errors were read after it, two `سابقا` the annotator "
                  "had left out were added by the rules, and the eleventh session wrote rules on it, so this table is "
                  "development data."),
    "heldout12": ("Marsad gold, dev-13 (the twelfth held-out part, eleventh session)",
                  "Drawn (seed 34, 4 per outlet, then seed 35, 2 more per outlet from CNN, Al Arabiya and France 24 with "
                  "bodies of 3001-4000 characters: a clock hour, a part of the day with its day or a part-of-day adverb "
                  "named twice) and annotated by hand at the start of the eleventh session, before any of its rules, "
                  "leaving out every earlier part, `seen4/7/9/10/11.txt` and repeated texts; committed alone before any "
                  "tagger ran on it. Its one blind run is in the prose above (DATE 0.98 / 0.93, TIME 1.00 / 0.93); its "
                  "errors were read after it and the twelfth session wrote rules on them, so this table is development "
                  "data."),
    "heldout13": ("Marsad gold, dev-14 (the thirteenth held-out part, twelfth session)",
                  "Drawn (seed 36, 3 per outlet, then seed 37, 4 more per outlet: a clock hour, a part of the day with its "
                  "day or a part-of-day adverb named at least once, bodies of 350-2500 characters, Jawhara FM from "
                  "2013-2014, years no earlier part holds) and annotated by hand at the start of the twelfth session, "
                  "before any of its rules, leaving out every earlier part, `seen4/7/9/10/11/12.txt` and repeated texts; "
                  "committed alone before any tagger ran on it. Its one blind run is in the prose above (DATE 0.97 / "
                  "0.95, TIME 0.96 / 0.96); its errors were read after it and the thirteenth session wrote rules on them, "
                  "so this table is development data."),
    "heldout14": ("Marsad gold, dev-15 (the fourteenth held-out part, thirteenth session)",
                  "Drawn (seed 38: every unseen article of 350-6000 characters naming a clock hour once or a time of day "
                  "twice, at most 13 per outlet) and annotated by hand at the start of the thirteenth session, before any "
                  "of its rules, leaving out every earlier part, `seen4/7/9/10/11/12/13.txt` and repeated texts; "
                  "committed alone before any tagger ran on it. Its one blind run is in the prose above (DATE 0.98 / "
                  "0.95, TIME 0.95 / 0.75); its errors were read after it and the fourteenth session wrote rules on them, "
                  "so this table is development data."),
    "heldout15": ("Marsad gold, dev-16 (the fifteenth held-out part, fourteenth session)",
                  "Drawn by `select_heldout15` (see the gold README: the rule was committed before the draw) and "
                  "annotated by hand at the start of the fourteenth session, before any of its rules, leaving out every "
                  "earlier part, `seen4/7/9/10/11/12/13.txt` and repeated texts; committed alone before any tagger ran "
                  "on it. Its one blind run is in the prose above (DATE 0.94 / 0.95, TIME 0.92 / 0.93); its errors were "
                  "read after it and the fifteenth session wrote rules on them, so this table is development data."),
    "heldout16": ("Marsad gold, dev-17 (the sixteenth held-out part, fifteenth session)",
                  "Drawn by `select_heldout16` (see the gold README: the rule was committed before the draw) and "
                  "annotated by hand at the start of the fifteenth session, before any of its rules, leaving out every "
                  "earlier part, `seen4`-`seen14` and repeated texts; committed alone before any tagger ran on it. Its "
                  "one blind run is in the prose above (DATE 0.97 / 0.96, TIME 0.93 / 0.77); its errors were read after "
                  "it and the sixteenth session wrote rules on them, so this table is development data."),
    "heldout17": ("Marsad gold, dev-18 (the seventeenth held-out part, sixteenth session)",
                  "Drawn by `select_heldout17` (see the gold README: the rule was committed before the draw; the unseen "
                  "clock-time pool is spent, so most articles name a part of the day only) and annotated by hand at the "
                  "start of the sixteenth session, before any of its rules, leaving out every earlier part, "
                  "`seen4`-`seen15`, the earlier probes and repeated texts; committed alone before any tagger ran on it. "
                  "Its one blind run is in the prose above (DATE 0.94 / 0.93, TIME 0.89 / 0.83); its errors were read "
                  "after it and the seventeenth session wrote rules on them (and added two gold spans, `1988` glued to "
                  "`في` and the SET `معدله السنوي`), so this table is development data."),
    "heldout18": ("Marsad gold, dev-19 (the eighteenth held-out part, seventeenth session)",
                  "Drawn by `select_heldout18` (see the gold README: the rule was committed before the draw; a clock "
                  "hour, a clock in figures or a part of the day, the pool that is left) and annotated by hand at the "
                  "start of the seventeenth session, before any of its rules, leaving out every earlier part, "
                  "`seen4`-`seen15`, the earlier probes (`probed13_16.txt`, `probed17.txt`) and repeated texts; "
                  "committed alone before any tagger ran on it. Its one blind run is in the prose above (DATE 0.93 / "
                  "0.97, TIME 0.79 / 0.86); its errors were read after it, its six weekday-date pairs were merged into "
                  "one span each (the later parts' convention; the gold README's change log) and the eighteenth session "
                  "wrote rules on it, so this table is development data."),
    "heldout19": ("Marsad gold, dev-20 (the nineteenth held-out part, eighteenth session)",
                  "Drawn by `select_heldout19` (see the gold README: the rule was committed before the draw, and its "
                  "extension before the second draw; a part of the day not right after a paper or channel word, or an "
                  "afternoon or evening word) and annotated by hand at the start of the eighteenth session, before any of "
                  "its rules; committed alone before any tagger ran on it. Its one blind run is in the prose above (DATE "
                  "0.96 / 0.96, TIME 0.84 / 0.94); its errors were read after it, two gold slips were corrected (a "
                  "repeated `العام 1948`, a third `91 عاما`: the gold README's change log) and the nineteenth session "
                  "wrote rules on it, so this table is development data."),
    "heldout20": ("Marsad gold, dev-21 (the twentieth held-out part, nineteenth session)",
                  "Drawn by `select_heldout20` (see the gold README: the rule was committed before the draw; short briefs "
                  "of 120-349 characters naming a clock or a part of the day with its day, the unused pool) and annotated "
                  "by hand at the start of the nineteenth session, before any of its rules, leaving out every earlier "
                  "part, `seen4`-`seen15`, every probe list (`probed20.txt` included) and repeated texts or URLs; "
                  "committed alone before any tagger ran on it. Its one blind run is in the prose above (DATE 0.94 / "
                  "1.00, TIME 1.00 / 1.00); its one error (a school named after a date) was read after it and the "
                  "nineteenth session's second round wrote rules on it, so this table is development data."),
    "heldout21": ("Marsad gold, dev-22 (the twenty-first held-out part, twentieth session)",
                  "Drawn by `select_heldout21` (see the gold README: the rule was committed before the draw; full-length "
                  "articles of 120-450 words, 6 per outlet, with no content cue: neither the tagger nor any date or time "
                  "word) and annotated by hand at the start of the twentieth session, before any of its rules, leaving "
                  "out every earlier part, every seen and probe list (`probed22.txt` included) and repeated texts or "
                  "URLs; committed alone before any tagger ran on it. It holds no TIME span (cue-free news articles "
                  "name none), so it tests DATE (and DURATION). Its one blind run is in the prose above (DATE 0.98 / "
                  "0.98; the session-start code gives the same); its errors were read after it, so this table is "
                  "development data."),
    "heldout22": ("Marsad gold, dev-23 (the twenty-second held-out part, twenty-first session)",
                  "Drawn by `select_heldout22` and its two further batches (see the gold README: each rule was committed "
                  "before its draw; a written time-of-day cue lexicon wider than the tagger's patterns, then the clock and "
                  "part-of-day words only, then Jawhara FM briefs) and annotated by hand at the start of the twenty-first "
                  "session, before any of its rules, leaving out every earlier part, every seen and probe list "
                  "(`probed23.txt` included) and repeated texts or URLs; committed alone before any tagger ran on it. A "
                  "cued part, for TIME (24 spans, 20 of them Jawhara FM's). Its one blind run is in the prose above "
                  "(DATE relaxed F1 0.92 / values 0.97, TIME 0.84 / 0.80; the session-start code gives the same); its errors were read after it, so this table is development data."),
    "heldout23": ("Marsad gold, dev-24 (the twenty-third held-out part, twentieth lead session)",
                  "Drawn by `select_heldout23` (see the gold README: the rule was committed before the draw; briefs under "
                  "40 words naming the clock and part-of-day words, and articles naming only time-of-day wording outside "
                  "them) and annotated by hand at the start of the session (dates25), before any of its rules, leaving out "
                  "every earlier part, every seen and probe list and repeated texts or URLs; committed alone before any "
                  "tagger ran on it. A cued part of short briefs, for TIME (30 spans, 19 of them Jawhara FM's). Its one "
                  "blind run is in the prose above (DATE relaxed F1 0.94 / values 0.98, TIME 0.87 / 0.96; the session-start code gives the same); its errors were read after it, so this table is development data."),
    "heldout24": ("Marsad gold, dev-25 (the twenty-fourth held-out part, twenty-first lead session)",
                  "Drawn by `select_heldout24` (see the gold README: the rule was committed before the draw; Jawhara FM "
                  "briefs under 40 words naming a time of day, and 40-450-word articles of four outlets naming time-of-day "
                  "wording outside every earlier cue lexicon) and annotated by hand at the start of the session (dates27), "
                  "before any of its rules, leaving out every earlier part, every seen and probe list (`probed25.txt` "
                  "included) and repeated texts or URLs; committed alone before any tagger ran on it. A cued part, for TIME "
                  "(38 spans, all Jawhara FM's). Its one blind run is in the prose above (DATE relaxed F1 0.99 / values "
                  "0.97, TIME 0.99 / 1.00; the session-start code gives the same); its errors were read after it, so this "
                  "table is development data."),
    "heldout25": ("Marsad gold, dev-26 (the twenty-fifth held-out part, twenty-second lead session)",
                  "Drawn by `select_heldout25` (see the gold README: the rule was committed before the draw; CNN, Al Arabiya "
                  "and France 24 articles naming the last unread time-of-day wording, DATE-rich articles of four outlets, "
                  "six Jawhara FM briefs and the two unread long CNN/Al Arabiya articles naming a clock or part of the day) "
                  "and annotated by hand at the start of the session (dates29), before any of its rules, leaving out every "
                  "earlier part, every seen and probe list (`probed26.txt` included) and repeated texts or URLs; committed "
                  "alone before any tagger ran on it. 223 DATE spans from four outlets; only 8 TIME (the time-of-day pool "
                  "outside Jawhara FM is spent), so its TIME figure is coarse. Its one blind run is in the prose above (DATE "
                  "relaxed F1 0.97 / values 0.98, TIME 0.94 / 1.00; the session-start code gives the same); its errors were "
                  "read after it, so this table is development data; two of its DURATION values (`حوالي قرنين`, `حوالي "
                  "عقدين`) were then made `P2CE`/`P2DE`, the earlier parts' form (gold README: a gold-consistency fix)."),
}


def evaluate(datasets_root=None, *, gold_dir: Path | None = None) -> str:
    """Score :func:`tag_dates` and dateparser on Marsad's gold (dev, dev-2, dev-3, held-out) and the TimeML corpus.

    Args:
        datasets_root: the shared datasets folder (holding ``arabic-timeml-dahmri``); when it or the corpus
            is missing, that section says so and the gold sections are still scored.
        gold_dir: folder of ``dev.jsonl``/``heldout.jsonl``/``heldout2.jsonl``/``heldout3.jsonl`` (default
            ``data/gold/timex``);
            a split whose file is missing is skipped.

    Returns:
        Markdown with span P/R/F1 (strict and overlap) and value accuracy by TimeML type, per corpus and
        system, and how to reproduce them.
    """
    lines = [
        "Strict = exact character span; relaxed = overlapping span (one-to-one). By type: the system's own "
        "type must equal the gold type (dateparser types everything DATE). Value accuracy: over the gold spans "
        "of that type the system overlapped (any type): exact = same TIMEX3 value string; lenient = also a full "
        "date inside a coarser gold value (2015-11-24 for `2015-11`). dateparser values are its datetime as an "
        "ISO date.",
    ]
    for split, (title, note) in _SPLITS.items():
        try:
            docs = read_gold(split, gold_dir)
        except FileNotFoundError:
            continue
        golds = [d["timex"] for d in docs]
        systems, notes = _systems([d["text"] for d in docs], [d["published"] for d in docs], golds)
        outlets = sorted({d["doc"].split("-", 1)[0] for d in docs})
        lines += [
            "", f"### {title} (`data/gold/timex/{split}.jsonl`)", "",
            f"{len(docs)} ANT articles ({', '.join(outlets)}), {sum(len(g) for g in golds)} gold TIMEX3; "
            "each resolved against its own publication date. " + note,
            "", *_table(systems), "", *notes,
        ]
    lines += ["", "### TimeML corpus, 25 documents (`arabic-timeml-dahmri/Corpus_test`)", ""]
    from marsad.training.evaluate import DatasetsMissing, datasets_dir

    try:
        root = datasets_dir(datasets_root, need="arabic-timeml-dahmri") / "arabic-timeml-dahmri" / "Corpus_test"
        files = sorted(Path(root).glob("*.tml"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
        if not files:
            raise DatasetsMissing(f"no .tml files in {root}; expected doc1.tml … doc25.tml")
    except DatasetsMissing as exc:
        lines.append(f"Not scored: {exc}")
        files = []
    if files:
        docs = [read_tml(p) for p in files]
        golds = [g for _, g in docs]
        systems, notes = _systems([t for t, _ in docs], [TIMEML_DCT] * len(docs), golds)
        lines += [
            f"{len(docs)} Omani news documents (December 2015), {sum(len(g) for g in golds)} gold TIMEX3 spans "
            "(two pairs of files are byte-identical: doc7/doc8, doc18/doc19; kept as given). The files carry no "
            f"document creation time; both systems resolve against {TIMEML_DCT.isoformat()}, the date the gold "
            "values of اليوم/الامس/غدا imply.",
            "", *_table(systems), "", *notes, "",
            "These 25 files (doc1–doc25) were read while the rules were written, so they are a development set "
            "in another annotator's conventions, not a blind test (doc26–doc50 are held back). Where the two "
            "gold sets disagree the tagger follows Marsad's rules (data/gold/timex/README.md): anaphoric "
            "آنذاك is not a new date, `منذ + N units` is a date, `منذ سنوات` a duration. Caveats: the TimeML gold "
            "is one annotator's and uneven (bare units such as يوم/عام tagged as DURATION in some places and "
            "not others; \"10 و 11 ابريل الجاري\" valued 2016-04-10 and 2015-04-11 in a December 2015 "
            "document); 160-odd spans give wide confidence intervals.",
        ]
    lines += ["", "The seed-article expectations are covered by `tests/test_timex.py`.", "",
              f"Command: `python -m marsad.training evaluate timex --datasets ../shared/datasets` "
              f"(run {dt.date.today().isoformat()})."]
    return "\n".join(lines)
