"""Evaluate the events stage on the hand-annotated gold set of ``data/gold/events/``.

``python -m marsad.training evaluate events`` runs :func:`marsad.events.extract_events` on every gold
document (ANT articles read from the shared datasets, the seed page from the repository), matches the
system's events to the gold ones and reports precision and recall at three levels (see the gold README):
actors (the pair, and the direction unless the event is symmetric), actors + kind (CAMEO root) and
actors + kind + date, for each development split of ``SPLITS`` (``tune`` … ``s29-mix``; the blind splits of ``BLIND`` only
when named), plus status accuracy, events
produced on sentences that hold none, and background recall.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pandas as pd

from marsad.lang.text import normalize
from marsad.training.evaluate import REPO_ROOT

__all__ = ["evaluate", "score", "load_gold", "GOLD_DIR"]

GOLD_DIR = REPO_ROOT / "data" / "gold" / "events"
SPLITS = ("tune", "heldout", "fresh", "ru-ir", "ru-cn", "ru-sy", "ru-eg", "ru-gb", "ru-us", "us-ir", "il-ir", "sa-qa", "eg-sd", "kr-kp", "iq-ir", "lb-sa", "fr-lb", "lb-sy", "fr-ru", "jo-kw", "fr-us", "ru-mix", "s23-mix", "s24-mix", "s25-mix", "s26-mix", "s27-mix", "s28-mix", "s29-mix")
# Blind splits: scored only when named on the command line (never by "all" or the docs table), so that running
# the tuning splits cannot show them before their one blind run.
BLIND: tuple[str, ...] = ()  # none (blind-s29 of session 39 was run once at 12:15 UTC and became s29-mix)


def _norm(text) -> str:
    return " ".join(normalize(str(text)).split())


def load_gold(gold: Path = GOLD_DIR) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Read documents, events, negatives and background rows of the gold set (anchors normalised)."""
    def read(name):
        with open(gold / name, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    docs, events, negatives, background = (read(f"{n}.csv") for n in ("documents", "events", "negatives",
                                                                      "background"))
    for ev in events:
        ev["anchors"] = [_norm(a) for a in ev["evidence"].split(" | ") if a.strip()]
    for row in negatives + background:
        row["anchor"] = _norm(row["evidence"])
    return docs, events, negatives, background


def _path(doc: dict, datasets: Path) -> Path:
    p = doc["path"]
    return REPO_ROOT / p if p.startswith("seeds/") else datasets / p


def system_events(doc: dict, datasets: Path, focus: str | None = None) -> pd.DataFrame:
    """Run the events stage on one gold document (its focus and partners come from ``documents.csv``)."""
    from marsad.events import extract_events
    from marsad.readers.corpus import read_corpus

    corpus = read_corpus(_path(doc, datasets))
    corpus.documents["doc_id"] = doc["doc_id"]
    corpus.segments["doc_id"] = doc["doc_id"]
    partners = tuple((doc.get("partners") or "KP;VN").split(";"))
    return extract_events(corpus, focus=focus or doc.get("focus") or "RU", partners=partners)


def _date_ok(row, gold: dict) -> bool:
    if gold["precision"] == "before-publication":
        return row.get("precision") == "before-publication" and str(row.get("date_end")) == gold["date_end"]
    if row.get("precision") == "before-publication" or pd.isna(row.get("date_start")) or pd.isna(row.get("date_end")):
        return False
    return gold["date_start"] <= str(row["date_start"]) and str(row["date_end"]) <= gold["date_end"]


def score(split: str, datasets: Path, *, gold: Path = GOLD_DIR, details: list | None = None) -> dict:
    """Score one split; returns counts, precision/recall per level and the other measures."""
    docs, gold_events, negatives, background = load_gold(gold)
    docs = [d for d in docs if (split == "all" and d["split"] in SPLITS) or d["split"] == split]
    by_doc, neg_by_doc, bg_by_doc = defaultdict(list), defaultdict(list), defaultdict(list)
    for g in gold_events:
        by_doc[g["doc_id"]].append(g)
    for n in negatives:
        neg_by_doc[n["doc_id"]].append(n)
    for b in background:
        bg_by_doc[b["doc_id"]].append(b)
    c = defaultdict(int)
    found: dict = {}
    for doc in docs:
        table = system_events(doc, datasets)
        ev = table[table["kind"] == "event"] if "kind" in table else table
        bg = table[table["kind"] == "background"] if "kind" in table else table.iloc[0:0]
        used = set()
        for _, row in ev.iterrows():
            sent = _norm(row["sentence"])
            src, tgt = str(row["source"]), str(row["target"])
            root = str(row["cameo_code"])[:2] if isinstance(row["cameo_code"], str) else ""
            cands = [g for g in by_doc.get(doc["doc_id"], []) if {g["source"], g["target"]} == {src, tgt}
                     and any(a in sent for a in g["anchors"])]
            # two gold acts of one sentence can share the root and differ by direction (an expulsion and the
            # expulsion in kind): the one of the same direction is the match; two meetings told in one sentence with
            # their own months ("التقيا في أبريل …، بينما اجتمعا في مايو"): the one whose date holds the row's
            cands.sort(key=lambda g: (g["root"] != root, g["symmetric"] != "1" and (g["source"], g["target"]) != (src, tgt),
                                      g["optional"] == "1", not _date_ok(row, g), (doc["doc_id"], g["event"]) in used))
            g = cands[0] if cands else None
            if g is not None and g["optional"] == "1":
                c["optional"] += 1
                continue
            c["system"] += 1
            actors = g is not None and (g["symmetric"] == "1" or (src, tgt) == (g["source"], g["target"]))
            kind = actors and root == g["root"]
            key = (doc["doc_id"], g["event"]) if g is not None else None
            dup = kind and key in used
            used.add(key) if kind else None
            date = kind and _date_ok(row, g)
            c["p_actors"] += actors
            c["p_kind"] += kind and not dup
            c["p_date"] += date and not dup
            c["duplicates"] += dup
            if actors:
                found[key] = max(found.get(key, 0), 1 + kind + date)
                if kind:
                    c["status_n"] += 1
                    c["status_ok"] += row["status"] == g["status"]
            if details is not None:
                tag = "date" if date else "kind" if kind else "actors" if actors else "FALSE"
                details.append(f"{tag:6} {doc['doc_id']} {src}->{tgt} {row['cameo_code']} {row['status']} "
                               f"{row['date_start']}..{row['date_end']} {row['precision']} | {str(row['sentence'])[:80]}")
        for n in neg_by_doc.get(doc["doc_id"], []):
            c["negatives"] += 1
            c["negatives_hit"] += any(n["anchor"] in _norm(s) for s in ev["sentence"])
        for b in bg_by_doc.get(doc["doc_id"], []):
            c["background"] += 1
            c["background_found"] += any(b["anchor"] in _norm(s) for s in bg["sentence"])
    for g in gold_events:
        if g["optional"] == "1" or not any(d["doc_id"] == g["doc_id"] for d in docs):
            continue
        c["gold"] += 1
        level = found.get((g["doc_id"], g["event"]), 0)
        for i, name in enumerate(("actors", "kind", "date"), start=1):
            c[f"r_{name}"] += level >= i
        if details is not None and level < 3:
            details.append(f"MISS({level}) {g['doc_id']} {g['event']} {g['source']}->{g['target']} {g['code']} "
                           f"{g['status']} {g['date_start']}..{g['date_end']} {g['precision']}")
    out = {"split": split, "documents": len(docs), "gold": c["gold"], "system": c["system"],
           "duplicates": c["duplicates"], "optional": c["optional"]}
    for name in ("actors", "kind", "date"):
        out[f"P_{name}"] = c[f"p_{name}"] / c["system"] if c["system"] else float("nan")
        out[f"R_{name}"] = c[f"r_{name}"] / c["gold"] if c["gold"] else float("nan")
    out["status"] = c["status_ok"] / c["status_n"] if c["status_n"] else float("nan")
    out["negatives"], out["negatives_hit"] = c["negatives"], c["negatives_hit"]
    out["background"], out["background_found"] = c["background"], c["background_found"]
    return out


def evaluate(datasets: Path) -> str:
    """Score every split and return the markdown section of ``docs/EVALUATION.md``."""
    from marsad.training.evaluate import DatasetsMissing

    if not (Path(datasets) / "ant-v2.1-multisource").is_dir():
        raise DatasetsMissing(f"ant-v2.1-multisource not found in {datasets}")
    rows = [score(split, Path(datasets)) for split in SPLITS]
    fmt = lambda v: "—" if v != v else f"{v:.2f}"  # noqa: E731
    lines = [
        "## Events (Russia and its partners)",
        "",
        "Command: `python -m marsad.training evaluate events` (gold: `data/gold/events/`, rules in its README).",
        "",
        "| split | docs | gold events | system events | P actors | R actors | P +kind | R +kind | P +date | R +date "
        "| status acc. | no-event sentences with an event | background found |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['split']} | {r['documents']} | {r['gold']} | {r['system']} | {fmt(r['P_actors'])} | "
            f"{fmt(r['R_actors'])} | {fmt(r['P_kind'])} | {fmt(r['R_kind'])} | {fmt(r['P_date'])} | "
            f"{fmt(r['R_date'])} | {fmt(r['status'])} | {r['negatives_hit']}/{r['negatives']} | "
            f"{r['background_found']}/{r['background']} |")
    return "\n".join(lines) + "\n\n" + HISTORY


# Measured once, by hand, while the rules were written (the table above is recomputed by the command).
HISTORY = """Levels: **actors** = the pair, and the direction unless the event is symmetric (meetings, agreements);
**+kind** = and the CAMEO root; **+date** = and the system's interval lies inside the gold one (an event the text
does not date must be given as `before-publication`). A second row for the same event counts as false at the kind
and date levels. Optional gold events (implicit, debatable) count neither way.

Splits: `tune` = CNN + France24 articles naming Russia with North Korea or Vietnam, and the seed page (rules tuned
on it); `heldout` = Al Arabiya + Jawhara FM articles of the same selection; `fresh` = 18 Al Arabiya / Jawhara FM
articles on **Russia–Turkey**, annotated after the rules were written (a pair the rules were not written for; the
Turkish leaders were added to `actors.csv` before the first run, as a user would for a new partner); `ru-ir` = the
33 Russia–Iran articles that were the blind split of session 2 (run once blind, below; **tuned on since**);
`ru-cn` = the 50 Russia–China articles that were the blind split `blind-cn` of session 3 (run once blind, below;
**tuned on since** session 4); `ru-sy` = the 20 Russia–Syria articles that were the blind split `blind-sy` of session 4 (run once blind, below;
**tuned on since** session 5). All six have been read for errors; the blind measures are the "blind run" rows
below. `ru-eg` = the 39 Russia–Egypt articles that were the blind split `blind-eg` of session 6 (run once blind,
below; its errors read and fixed in the same session: **a tuning split now**). No split is unseen by the rules any
more; the blind measures are the "blind run" rows below. `ru-gb` = the 12 Russia–United Kingdom articles that were
the blind split `blind-gb` of session 8 (run once blind, below; its errors read and fixed in session 9: **a tuning
split now**; one omitted gold denial added then, 35 counted events). `ru-us` = the 21 Russia–United States articles
that were the blind split `blind-us` of session 9 (run once blind, below; its errors read and fixed in session 10:
**a tuning split now**). `us-ir` = the 12 United States–Iran articles (focus US, the first split whose focus is not
Russia) that were the blind split `blind-us-ir` of session 10 (run once blind in session 10, below; its errors read
and fixed in session 11: **development data now**). `il-ir` = the 12 Israel–Iran articles (focus Israel) that were the
blind split `blind-il-ir` of session 11 (run once blind in session 11, below; renamed and read for errors in session 12:
**development data now**). `sa-qa` = the 12 Saudi Arabia–Qatar articles (focus Saudi Arabia) that were the blind split
`blind-sa-qa` of session 12 (run once blind in session 12, below; renamed and read for errors in session 13:
**development data now**). `eg-sd` = the 9 Egypt–Sudan articles (focus Egypt) that were the blind split `blind-eg-sd`
of session 13 (run once blind in session 13, below; renamed and read for errors in session 14: **development data
now**). `kr-kp` = the 12 South Korea–North Korea articles (focus South Korea) that were the blind split
`blind-kr-kp` of session 14 (run once blind in session 14, below; renamed and read for errors in session 15:
**development data now**). `iq-ir` = the 23 Iraq–Iran articles (focus Iraq) that were the blind split `blind-iq-ir`
of session 15 (run once blind in session 15, below; renamed and read for errors in session 16: **development data
now**). `lb-sa` = the 14 Lebanon–Saudi Arabia articles (focus Lebanon) that were the blind split `blind-lb-sa` of
session 16 (run once blind in session 16, below; renamed and read for errors in session 17: **development data now**). `fr-lb` = the 11
France–Lebanon articles (focus France) that were the blind split `blind-fr-lb` of session 17 (renamed and read in session 18:
**development data now**). `lb-sy` = the 11 Lebanon–Syria articles (focus Lebanon) that were the blind split `blind-lb-sy`
of session 18 (run once blind in session 18, below; renamed and read for errors in session 19: **development data now**). `fr-ru` = the 6 France–Russia articles (focus France) that were the blind split `blind-fr-ru` of
session 19 (run once blind in session 19, below; renamed and read for errors in session 20: **development data now**). `jo-kw` = the 10 Jordan–Kuwait articles (focus Jordan) that
were the blind split `blind-jo-kw` of session 20 (run once blind after session 20, below; renamed and read for errors in session 21:
**development data now**). `fr-us` = the 10 France–United States articles (focus France) that were the blind split
`blind-fr-us` of session 21 (run once blind in session 21, below; renamed and read for errors in session 22: **development
data now**). `ru-mix` = the 31 articles naming Russia with North Korea, Tunisia, Sudan, Kuwait, Morocco or
Yemen (focus Russia) that were the blind split `blind-ru-mix` of session 22 (run once blind in session 22, below; renamed and
read for errors in session 23: **development data now**). `s23-mix` = the 24 United States–Iran, Saudi Arabia–Iran and
United States–China articles (focus US or SA) that were the blind split `blind-s23` of session 25 (run once blind at 19:40
UTC in session 25, below; renamed right after the run: **development data now**; its blind number is in the session 25
section below, the row in the table is after the session 26 rules, read on its errors). `s24-mix` = the 21 Qatar–United
States, Syria–Iran and United Kingdom–United States articles (focus QA, SY or GB) that were the blind split `blind-s24`
of session 27 (run once blind at 22:35 UTC in session 27, below; renamed right after the run: **development data now**;
its blind number is in the session 27 section below; no rule has been written on it yet).

How the numbers moved (same command; P = precision, R = recall):

| extractor | split | P actors | R actors+kind+date |
|---|---|---|---|
| before issue 12 (co-occurrence) | tune | 0.29 | 0.33 |
| before issue 12 | heldout | 0.47 | 0.60 |
| before issue 12 | fresh (RU–TR) | — (no event) | 0.00 |
| roles + status, first run after tuning | heldout | 0.75 | 0.40 |
| roles + status, first run | fresh (RU–TR) | 0.75 | 0.22 |
| after reading the held-out and fresh errors | heldout / fresh | see the table above | |
| session 2 rules, blind run (2 Dec 2026) | blind RU–IR (now `ru-ir`) | 1.00 (1/1) | 0.00 (0/4) |
| session 3 rules (clause boundaries, relative clauses, offers/pledges/commitments, owner of the object, statements to the other side, more officials …), final | tune / heldout / fresh / ru-ir | 1.00 / 1.00 / 0.83 / 1.00 | 1.00 / 1.00 / 0.89 / 1.00 |
| session 3 rules, **blind run** (2 Dec 2026, 03:14 UTC) | blind-cn (RU–CN, 50 docs; now `ru-cn`) | **0.14 (1/7)** | **0.50 (1/2)** |
| session 4 rules (a source must not be the object of a preposition; lists ending in a non-actor), final | tune / heldout / fresh / ru-ir / ru-cn | 1.00 / 1.00 / 0.91 / 1.00 / 1.00 | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 |
| session 4 rules, **blind run** (2 Dec 2026, 03:27 UTC) | blind-sy (RU–SY, 20 docs; now `ru-sy`) | **0.60 (9/15)** | **0.30 (3/10)** |
| session 5 rules (a name right after a finite verb is its subject; conditions "في حال / إذا لزم الأمر" are hypothetical; "يحصل على … من X": X gives), tuning on ru-sy | tune / heldout / fresh / ru-ir / ru-cn / ru-sy | 1.00 / 1.00 / 0.91 / 1.00 / 1.00 / 0.64 (9/14) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.40 (4/10) |
| session 5, + "كل من X وY" with a third party is a list; "قوات سوريا الديمقراطية" and "الجيش السوري الحر" are not Syria | tune / heldout / fresh / ru-ir / ru-cn / ru-sy | 1.00 / 1.00 / 0.91 / 1.00 / 1.00 / 0.75 (9/12) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.40 (4/10) |
| session 5, + a verb right after التي/الذي whose antecedent is no actor has that antecedent as subject | tune / heldout / fresh / ru-ir / ru-cn / ru-sy | 1.00 / 1.00 / 0.91 / 1.00 / 1.00 / 0.73 (8/11; the removed row, "Russia accused Syria" 112, had the right pair and a wrong kind: P +kind 0.50 → 0.55) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.40 (4/10) |
| session 5, + "منذ/قبل أيام" ("أسابيع") dates the event to an approximate window before publication | tune / heldout / fresh / ru-ir / ru-cn / ru-sy | 1.00 / 1.00 / 0.91 / 1.00 / 1.00 / 0.73 (8/11) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / **0.50 (5/10)** |
| session 5, + "هنأ … على نجاحات/انتصار/فوز" is a congratulation (no بمناسبة needed) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy | 1.00 / 1.00 / 0.91 / 1.00 / 1.00 / 0.75 (9/12; P +date 0.45 → 0.42: the new row is dated `before-publication`, the gold dates it by the meeting) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.50 (5/10; R +kind 0.60 → 0.70) |
| session 6 rules (attack, accusation and threat nouns need their author; verbs agree with their subject; datelines; bodies' meetings; denials reach their complement; third-party claims alleged; endorsement and joint-exercise cues; lists of three), tuning on ru-sy and on unannotated news | tune / heldout / fresh / ru-ir / ru-cn / ru-sy | 1.00 / 1.00 / 0.91 / 1.00 / 1.00 / 0.89 (8/9; R actors 0.90 → 0.80: two events had been "found" only through wrong-kind rows that are gone) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.70 (7/10; the date of a quoted statement no longer dates the event) |
| session 6 rules, **blind run** (2 Dec 2026, 05:55 UTC) | blind-eg (RU–EG, 39 docs; now `ru-eg`) | **0.50 (2/4)** | **0.08 (1/13)** |
| session 6, after reading the blind-eg errors (talks named in an adjunct, background adjuncts, national teams and clubs, a definite noun subject, years inside names, months in relative clauses, resumption and backing cues) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg | 1.00 / 1.00 / 0.91 / 1.00 / 1.00 / 0.89 / 1.00 (11/11) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.70 / 0.69 (9/13) |
| session 7 (recall read on unannotated Russia–X news: summoning an ambassador, consultations, talking with, phone calls, press conferences with the other side, expelling embassy staff, a call or meeting in the reporting frame, an envoy's post is no actor, lists after "مع") | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg | unchanged: 1.00 / 1.00 / 0.91 / 1.00 / 1.00 / 0.89 / 1.00 | unchanged: 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.70 / 0.69 (none of these constructions occurs in the gold) |
| session 7 rules, unchanged in session 8, **blind run** (2 Dec 2026, 06:32 UTC) | blind-gb (RU–GB, 12 docs; now `ru-gb`) | **0.87 (13/15)** | **0.12 (4/34)** |
| session 9 (the vocabulary of a diplomatic crisis, read on ru-gb: claims of responsibility, denials and reciprocation answering the act before, notices and ultimatums coded as their order, a verbal noun's agent and object, a surname after the full name, pluperfect acts kept apart, speech acts dated by their frame; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb | 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 0.89 / 1.00 / 1.00 (34/34) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.70 / 0.69 / 0.77 (27/35) |
| session 9 rules, **blind run** (2 Dec 2026, 08:24 UTC, commit `3490100`) | blind-us (RU–US, 21 docs) | **0.63 (5/8)** | **0.13 (2/15)** |
| session 10 (read on ru-us: rejecting accusations is a denial, plural object pronouns, denouncing allegations, evidence that incriminates, planned summits, findings as accusations, interference, members of an organ, denials of interference or of X-ian accusations, threats to respond; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb / ru-us | unchanged 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 0.89 / 1.00 / 1.00; ru-us 0.63 → 1.00 (11/11) | unchanged 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.70 / 0.69 / 0.77; ru-us 0.13 → 0.60 (9/15) |
| session 10 rules, **blind run** (2 Dec 2026, 08:53 UTC, commit `f6040cc`) | blind-us-ir (US–IR, 12 docs, focus US; now `us-ir`) | **0.80 (4/5)** | **0.08 (1/12)** |
| session 11 (read on us-ir: the raw-text prefilter, بلاده, warnings, relative clauses after a title and name, dates of things signed or issued, appeals and talks with non-actors, bans on goods, condolences, coercion, US bodies, claims of hostile conduct, pronoun speakers, statements dated by the meeting; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb / ru-us / us-ir | unchanged 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 0.89 / 1.00 / 1.00 / 1.00; us-ir 0.80 → 1.00 (10/10) | 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.70 → **0.80** / 0.69 / 0.77 / 0.60; us-ir 0.08 → 0.58 (7/12) |
| session 11 rules, **blind run** (2 Dec 2026, 12:05 UTC, commit `dffd689`) | blind-il-ir (IL–IR, 12 docs, focus IL; now `il-ir`) | **0.75 (3/4)** | **0.13 (2/15)** |
| session 12 (read on il-ir: the other side's sites, targets and aircraft named by its demonym, announced force as a threat, not allowing, firing, striking, destroying, mocking, people nouns, بلاده past a country, coordinated verbal nouns, charges, descriptions, questions, continued statements; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb / ru-us / us-ir / il-ir | unchanged 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 0.89 / 1.00 / 1.00 / 1.00 / 1.00; il-ir 0.75 → 1.00 (13/13) | unchanged 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.80 / 0.69 / 0.77 / 0.60 / 0.58; il-ir 0.13 → 0.80 (12/15) |
| session 12 rules, **blind run** (2 Dec 2026, 15:40 UTC, commit `7ff9847`) | blind-sa-qa (SA–QA, 12 docs, focus SA; now `sa-qa`) | **0.00 (0/1)** | **0.00 (0/10)** |
| session 13 (read on sa-qa: coordinated agents, المملكة, organs in construct, boycott measures, replies at the UN, sheltering claims, joint backing; 17 cue rows, most from UniversalPetrarch's verb blocks; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb / ru-us / us-ir / il-ir / sa-qa | unchanged 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 0.89 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00; sa-qa 0.67 → 1.00 (9/9) | unchanged 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.80 / 0.69 / 0.77 / 0.60 / 0.58 / 0.80; sa-qa 0.10 → 0.80 (8/10) |
| session 13 rules, **blind run** (2 Dec 2026, 18:10 UTC, main at `ed916ed`) | blind-eg-sd (EG–SD, 9 docs, focus EG; now `eg-sd`) | **0.89 (8/9)** | **0.21 (3/14)** |
| session 14 (read on eg-sd: intelligence chiefs as organs, one's own ambassador recalled, restored relations and an envoy sent back, dual role nouns with two demonyms, meetings of three after مع, purpose phrases, embraces and handshakes, the "comes after" clause, first-person talks in a continued statement; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb / ru-us / us-ir / il-ir / sa-qa / eg-sd | unchanged 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 0.89 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00; eg-sd 0.89 → 1.00 (15/15) | unchanged 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.80 / 0.69 / 0.77 / 0.60 / 0.58 / 0.80 / 0.80; eg-sd 0.21 → 0.79 (11/14) |
| session 14 rules, **blind run** (2 Dec 2026, 21:25 UTC, main at `c10e16f`) | blind-kr-kp (KR–KP, 12 docs, focus KR; now `kr-kp`) | **1.00 (7/7)** | **0.26 (5/19)** |
| session 15 (read on kr-kp: threats coded by the act threatened, two meetings of one sentence, dual verbs, first meetings in a named month, declarations and announced agreements, delegations from a country, indefinite demonyms, the halves and the pair of a divided nation, a planned visit as leading a delegation, clauses of cause; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb / ru-us / us-ir / il-ir / sa-qa / eg-sd / kr-kp | unchanged 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 0.89 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00; kr-kp 1.00 → 1.00 (18/18) | unchanged 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.80 / 0.69 / 0.77 / 0.60 / 0.58 / 0.80 / 0.80 / 0.79; kr-kp 0.26 → 0.84 (16/19) |
| session 15 rules, **blind run** (3 Dec 2026, 09:30 UTC, main at `cb3401e`) | blind-iq-ir (IQ–IR, 23 docs, focus IQ; now `iq-ir`) | **0.40 (2/5)** | **0.00 (0/10)** |
| session 16 (read on iq-ir and an unannotated probe: a visit's genitive destination, two destinations, places of arrival, delegations by accusative demonym, chief negotiators, commanders inside an organ, reluctance as refusal, coinciding acts, a third party's planned summit, what a pair with a third party agrees on, regret, support without عن, joint trade decisions, N weeks ago, meetings on a gathering's sidelines; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb / ru-us / us-ir / il-ir / sa-qa / eg-sd / kr-kp / iq-ir | unchanged 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 0.89 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00; iq-ir 0.40 → 1.00 (10/10) | unchanged 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.80 / 0.69 / 0.77 / 0.60 / 0.58 / 0.80 / 0.80 / 0.79 / 0.84 (us-ir R actors 0.83 → 0.75); iq-ir 0.00 → 0.60 (6/10) |
| session 16 rules, **blind run** (3 Dec 2026, 12:10 UTC, main at `0f17ae3`) | blind-lb-sa (LB–SA, 14 docs, focus LB; now `lb-sa`) | **0.93 (14/15)** | **0.43 (9/21)** |
| session 17 (read on lb-sa: names after the preposition lam, المملكة after إلى and the crown prince by title, anchors not taken from pluperfect visits, invitations apart from planned meetings, congratulation by object pronoun, one-way praise and thanks, pressure and pushing to resign, 'then' across sentences, the dates tagger's N-ago value, highlighted roles, importance and prospects of cooperation, leaving for, supplies of the system, a second reported clause after '، وإن'; see below) | tune / heldout / fresh / ru-ir / ru-cn / ru-sy / ru-eg / ru-gb / ru-us / us-ir / il-ir / sa-qa / eg-sd / kr-kp / iq-ir / lb-sa | unchanged 1.00 / 1.00 / 0.92 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00 / 1.00; ru-sy 0.89 → 0.90 (9/10); lb-sa 0.93 → 1.00 (19/19) | unchanged 1.00 / 1.00 / 0.89 / 1.00 / 0.50 / 0.69 / 0.77 / 0.60 / 0.58 / 0.80 / 0.80 / 0.79 / 0.84 / 0.60; ru-sy 0.80 → 0.90 (9/10); lb-sa 0.43 → 0.86 (18/21) |
| session 17 rules, **blind run** (3 Dec 2026, 15:05 UTC, main at `8489cd7`, events code frozen at `dd63258`) | blind-fr-lb (FR–LB, 11 docs, focus FR) | **0.63 (10/16)** | **0.27 (4/15)** |
| session 18 (read on fr-lb and unannotated probes: conferences named after or held in a capital, grants as nouns, pledges of sums, training, أبرم, future announcements of sums, announced grants dated by the announcement, the diplomat himself, the one dated conference, coordinated verbs, regions of a country, never-signed treaties, تنتقد; see below) | tune … lb-sa / fr-lb | every other split unchanged; fr-lb 0.62 → 1.00 (14/14) | every other split unchanged; fr-lb 0.27 → 0.80 (12/15) |
| session 18 rules, **blind run** (3 Dec 2026, 17:55 UTC, main at `047a968`, events code frozen at `89338d2`) | blind-lb-sy (LB–SY, 11 docs, focus LB; now `lb-sy`) | **0.00 (0/1)** | **0.00 (0/4)** |
| session 19 (read on lb-sy and unannotated probes: withdrawing forces, working with, handing a person over, people after a verbal noun, the neighbouring country, a victim in a cause adjunct, acts dated after publication, hopes and expectations, غداة, addressing someone; see below) | tune … fr-lb / lb-sy | every other split unchanged; lb-sy 0.00 → 1.00 (4/4) | every other split unchanged; lb-sy 0.00 → 0.75 (3/4) |
| session 19 rules, **blind run** (3 Dec 2026, 20:50 UTC, main at `ce833c5`, events code frozen at `266aba8`) | blind-fr-ru (FR–RU, 6 docs, focus FR; now `fr-ru`) | **0.67 (2/3)** | **0.33 (1/3)** |
| session 20 (read on fr-ru and unannotated probes: the object after the subject's name and comma-bounded adjuncts, another agent's destination, congratulations on reaching, a glued period, lasting activities in a dated report, meetings not mentioned, match sides, 'is counted as', denials with no accuser, goods by demonym, acts under an agreement, people in the accused's slot, studying a measure, the two leaders, places named after the capital, a colon's quotation, قد before a past verb, a meeting in an adjunct after an opening adjunct, Sergei as no future prefix; see below) | tune … lb-sy / fr-ru | every other split unchanged; fr-ru 0.67 → 1.00 (3/3) | every other split unchanged but lb-sy 0.75 → 1.00 (4/4); fr-ru 0.33 → 1.00 (3/3) |
| session 20 rules, **blind run** (4 Dec 2026, 00:00 UTC, main at `9723b30`, events code frozen at `2c61ddc`) | blind-jo-kw (JO–KW, 10 docs, focus JO; now `jo-kw`) | **— (0 system events)** | **0.00 (0/7)** |
| session 21 (read on jo-kw and unannotated probes of pairs nobody set up: monarchs, emirs and sultans as role nouns, a king's name after his title, a deputy's chain of offices, a country of ours found by the mentions table never a leader, a hand-written table of heads of state and government and foreign ministers of 2018, lists after مع and object lists of guests and thanked states, appreciation after a quotation mark, a participle phrase on standing ties, standing by, debt rescheduling, support dated by the visit of its sentence; see below) | tune … fr-ru / jo-kw | every other split unchanged; jo-kw — (0/0) → 1.00 (6/6) | every other split unchanged; jo-kw 0.00 → 0.86 (6/7) |
| session 21 rules, **blind run** (4 Dec 2026, 04:10 UTC, main at `9e7d84d`, events code frozen at `0e9f43c`) | blind-fr-us (FR–US, 10 docs, focus FR) | **0.79 (11/14)** | **0.45 (5/11)** |
| session 22 rules (refusal under negation, a call's content, rejected remarks, planned visits, quoted first person, former officials, media as objects), final | fr-us / all 21 development splits pooled | 0.93 (13/14) / 0.987 (230/233) | 1.00 (11/11) / 0.805 (198/246) |
| session 22 rules, **blind run** (4 Dec 2026, 17:05 UTC, `c1917cb`, events code frozen at `04e5cd7`) | blind-ru-mix (RU–KP/TN/SD/KW/MA/YE, 31 docs, focus RU) | **1.00 (7/7)** | **0.20 (2/10)** |
| session 25 rules, **blind run** (4 Dec 2026, 19:40 UTC, events code frozen at `74fca62`) | blind-s23 (US–IR/SA–IR/US–CN, 24 docs; now `s23-mix`) | **0.76 (16/21)** | **0.16 (8/51)** |
| session 27 rules (withdrawals, descriptions after بين, interview frames, complaints, addressees, UN trips, as-said dates; read on s23-mix), final | s23-mix / all 23 development splits pooled | 0.78 → 0.96 / 0.970 → 0.989 | 0.24 → 0.35 / 0.730 → 0.749 |
| session 27 rules, **blind run** (4 Dec 2026, 22:35 UTC, `df26b73`, events code frozen at `bc3bbb9`) | blind-s24 (QA–US/SY–IR/GB–US, 21 docs; now `s24-mix`) | **0.70 (14/20)** | **0.38 (9/24)** |

The held-out and fresh errors were then read and the general defects behind them fixed (appositions "وزير
الخارجية الروسي، سيرغي لافروف، مع نظيره" read as a list, a verb inside a noun cue row, invitations, hashtags
"#الزعيم_الكوري", joint subjects "بوتين وأردوغان" dropped as a list, adjunct phrases "في اتصال هاتفي", missing cues
for launching joint projects, urging, blaming and shooting down). So the table above is **no longer a blind
held-out measure**: the blind ones are the "first run" rows. The sets are small (5 held-out and 9 fresh gold
events, 57 sentences that name both sides without an event); the unseen BBC/Sky News test of the issue is the
real check. Known errors on `fresh`: "Putin: supplying Turkey with S-400 is a priority" / "will speed up delivery"
(coded as a reported supply in two rows, the gold says one intent), and "helped strengthen cooperation between
Turkey and Russia on Syria" coded as a 060 event (the gold calls it background).

### Blind (session 2, Russia–Iran; annotated before the first run; no rule changed while it was blind)

Split `blind` (renamed `ru-ir` in session 3, when it became a tuning split): 33 ANT articles naming Russia with **Iran** (CNN 10, France24 10, Al Arabiya 10, Jawhara FM 3),
chosen by the fixed rule written in the gold README, read and annotated by hand, and landed on main as a commit
holding only the gold (`events gold: blind Russia–Iran split ...`) **before** the extractor was first run on any
of them. No Iranian leader was added to `actors.csv` and nothing under `marsad/events/` changed. Run once, on
2 December 2026, with `python -m marsad.training.events_eval blind` (which lists each false event and miss; the
split is now called `ru-ir` and its row in the table above is measured with the session-3 rules, which were tuned on
its errors). Gold: 4 events (13 more are optional: multilateral
summits, the 2015 six-power agreement, Russia named only as "نظيريه"), 38 sentences that name both sides without
a Russia–Iran event, 4 background sentences.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| RU–IR, 33 docs | 1 | 1.00 (1/1) | 0.25 (1/4) | 0.00 | 0.00 | 0.00 | 0.00 | 0/38 | 0/4 |

False events and misses, by class:
- **Predicate from another clause** (the only system event; right pair, wrong kind): CNN economy/123 "وكانت قد عرضت
  سابقاً على إيران صفقات مبادلة ..." is coded 057 *Sign formal agreement*, `reported`, Goldstein +8, from the
  trigger باتفاقية of the next clause ("ملتزمة باتفاقية مع منظمة أوبك", Russia's agreement with OPEC). The event
  of the sentence, Russia's earlier **offer** of oil swaps to Iran (03, `intent`), is not found: its pair is
  counted right only because the two clauses share a sentence.
- **Actor in an apposition in parentheses**: France24 economy/72 "الجهات الأخرى في الاتفاق (الصين وروسيا) تعهدت
  بالعمل على الحفاظ على القنوات المالية الفعالة مع إيران" (a pledge, 03 `intent`): missed.
- **Partner only as the nisba adjective of the object**: Al Arabiya 1084 "وشيدت روسيا مفاعل مجمع بوشهر النووي
  الإيراني" (Russia built Iran's Bushehr plant, 06): missed.
- **Commitment to an agreement with the partner**: Al Arabiya 1089 "روسيا ستظل ملتزمة بالاتفاق النووي مع إيران"
  (Lavrov; 03 `intent`; in the title and the lead): missed.
- **No false event** on the 38 no-event sentences (lists, Putin–Macron and Netanyahu–Putin talks *about* Iran,
  Russia and Iran jointly blaming Israel, the Russian company Lukoil leaving Iran, the World Cup venue, Cannes
  asking "سلطات البلدين") nor on the 13 optional events.
- **Background**: none of the 4 standing-relation sentences (the alliance, "ترتبط روسيا وإيرن بعلاقات سياسية
  واقتصادية وثيقة" with the article's own typo) reaches the background table.

Reading: on a pair and articles it was never tuned on, the extractor invents nothing from co-occurrence
(precision holds on the negatives) but finds none of the four real events with the right kind and date. Four
gold events is a very small sample (one event moves recall by 25 points); the numbers must not be improved by
changing rules while this split is called blind.

Session 3 then read these errors and the issue's error classes and fixed the general defects behind them, each with
unit tests on sentences written for the tests (`tests/test_events.py`): a predicate may not cross a clause boundary
(non-restrictive relative clauses "روسيا، التي تواجه عقوبات، …" are holes; "، وكانت", "فيما", "في حين", "لأن" open
clauses; a past-perfect clause keeps its own tense and its missing subject carries over from the sentence); offers,
pledges and commitments to an agreement with the partner are intent cues (03); the partner as the owner of the
direct object of a material, critical or hostile verb ("شيدت روسيا مفاعل بوشهر الإيراني", "أدانت إطلاق الصاروخ
الكوري الشمالي"), never of a topic ("الملف النووي الكوري الشمالي") or of a place near the object; a statement made
to the other side ("قال لافروف لكيم …"); talks "بحث … مع" (and بحث no longer read as ب + حث "urged"); letters,
congratulations, purchases of arms (the seller supplies the buyer), delegations, arrivals with the subject before
"إلى", the meeting noun لقائه; the name right after a role of ours is that person, not a third party; Russian,
North Korean and Vietnamese officials of 2018 in `actors.csv`; appeals make what they ask for an intent; sanctions
someone violates, or that are "imposed" with no agent, are no 163; a dual pronoun after a third party's name
(Trump … "قمتهما") is not the pair; و/ف before negation, future, hypothetical and alleged markers; the future
prefix read "سنوات"/"سيارة" as future verbs (a bug); companies and banks are not the state (gold rule 1);
standing relations ("علاقات وطيدة", "تحسنت العلاقات", "منذ سنوات", "أكبر مورد") go to the background table.
After each change every tuning split was re-run and its no-event sentences stayed at 0. The one new false row on
`fresh` (P actors 0.91 → 0.83) is "بسبب خططها شراء المنظومة الروسية", Turkey's plan to buy the S-400 (now read as an
intent of Russian supply) in a sentence the gold does not list for its optional S-400 plan event.

### Blind (session 3, Russia–China; annotated and landed before the first run; run once with the final rules)

Split `blind-cn`: 50 ANT articles naming Russia with **China** (CNN 13, France24 14, Al Arabiya 14, Jawhara FM 9),
chosen by the fixed rule of the gold README (the first 8 candidates of each outlet; as those held no event at all,
the rule was tightened before any run to files with two sentences naming both sides, first 6 of each outlet), read
and annotated by hand and landed on main as a commit holding only the gold (`events gold: blind Russia–China split
...`) before the extractor was first run on them. Xi Jinping and Wang Yi were added to `actors.csv` before the run
(as a user adding a partner would). Run once, on 2 December 2026 at 03:14 UTC, at commit `33feca6` (the rules
final), with `python -m marsad.training.events_eval blind-cn` (the split is now called `ru-cn`; its row in the
table above is measured with the session-4 rules, which were tuned on its errors). Gold: 2 events (Chinese troops in Russia's
Vostok exercise; Putin's visit to China), 3 optional (the SCO summit in Qingdao, an interview with Chinese state
television, a five-minister meeting with Iran's in Vienna), 57 sentences naming both sides without a Russia–China
event, no background.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| RU–CN, 50 docs | 7 | 0.14 (1/7) | 0.50 (1/2) | 0.14 | 0.50 | 0.14 | 0.50 | 6/57 | — |

False events and misses, by class (fixed in session 4, below; the table keeps the blind record):
- **A third party's talks with each side, read as talks between them** (5 of the 6 false events; one sentence
  repeated by 5 near-duplicate CNN pages): "أن بلاده [تركيا] ستبدأ باستخدام العملات المحلية في التبادل التجاري مع إيران
  والصين، وأنها تبحث نفس الأمر حاليا مع روسيا" is coded 040 China → Russia. The trigger is the talks cue
  "بحث/تبحث … مع" **added in session 3**; its subject is Turkey, named only by the pronoun of "وأنها" (and "بلاده"),
  which the extractor does not resolve, so the two nearest named countries (China, then Russia after "مع") are taken.
  A pronoun subject that is a third party is the defect class; the blind split shows the new cue is not safe
  without it.
- **A list whose third member is not a country actor** (1 false event): "وتليه صناديق الصين وروسيا ودول الخليج، …
  باستثمار هذا الفائض" is coded 061 (the investment cue of a later clause, with the sovereign funds of China and
  Russia as its only actors): "دول الخليج" is not an actor, so the list of three is read as a pair, and the
  predicate of another clause is taken.
- **Missed**: the Vostok exercise (no cue for joint military exercises, and "العسكريين الصينيين" is not a role noun
  + demonym actor). Found with the right kind and date: Putin's visit to China (`before-publication`, as the gold).
- No false event on the optional multilateral events; none of the lists in parentheses, Security Council votes,
  joint vetoes or comparisons produced one.

Reading: the session-3 rules raised recall on the studied splits and on composed sentences, but on this blind
sample their precision is far below the 0.90 target: one new cue fires on a third party's sentence whose subject
is a pronoun, and the sample (2 gold events, 57 no-event sentences, 5 near-duplicates of the same false sentence)
is small and skewed. This is the honest number; no rule was changed while the split was called blind.

Session 4 renamed the split `ru-cn` (a tuning split) and fixed the two general classes, with tests on composed
sentences (`tests/test_events.py`, including no-event ones): (a) an actor governed by a preposition ("مع", "إلى",
"على", "ضد", "حول", "لدى", "تجاه", "بشأن"), directly or as a later member of its list ("مع إيران والصين"), is the
object of some predicate and never the source of a verb: when the only candidate subject is such an actor, the
subject is someone else (Turkey, named by the pronoun of "وأنها") and no Russia–partner event is made; (b) a list
of our two followed by a member that is no actor ("الصين وروسيا ودول الخليج", "… والسعودية" when Saudi Arabia is not
an actor) is a list, as one with a third-party actor already was. Every split was re-run after each change: no
precision fell (fresh 0.83 → 0.91: "حض … روسيا والولايات المتحدة" was briefly lost to "بن علي" read as the
preposition علي, and restored), `ru-cn` 0.14 → 1.00 (1/1) with its recall unchanged (the Vostok exercise is still
missed). Pronoun subjects are still not resolved: the fix only stops a wrong pair, it does not find the right one.

### Blind (session 4, Russia–Syria; annotated and landed before the first run; run once)

Split `blind-sy` (now `ru-sy`, a tuning split since session 5): 20 ANT articles naming Russia with **Syria** (CNN, France24, Al Arabiya, Jawhara FM: 5 each), the
first 5 per outlet by base name among files with at least two sentences naming both sides (rule in the gold README;
first drawn with 3 per outlet, raised to 5 by the same rule before any run), read and annotated by hand and landed
on main as commits holding only the gold (`events gold: blind Russia–Syria split ...`) before the extractor was
first run on them. Assad, Muallem and Jaafari were added to `actors.csv` before the run. Run once, on 2 December 2026
at 03:27 UTC, at commit `71a39d3` (the session-4 rules), with `python -m marsad.training.events_eval blind-sy`; its
row in the table at the top is the same computation repeated by `python -m marsad.training evaluate events`. Gold:
10 events (the Sochi visit of 17 May 2018 told by two outlets, Putin's congratulations, two earlier Putin–Assad
meetings, the S-300 delivery, a US accusation that Russia helps Assad, Syrian talks with Russia on the constitution,
Syria's endorsement of Russian initiatives, "more Russian military support if needed" as `hypothetical`), 4
optional, 33 sentences naming both sides without a Russia–Syria event, 6 background sentences.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| RU–SY, 20 docs | 15 | 0.60 (9/15) | 0.70 (7/10) | 0.33 | 0.50 | 0.20 | 0.30 | 5/33 | 1/6 |

Errors by class at the blind run (session 5 then read and fixed some of them, see below; the table above stays the
blind record):
- **Right pair, wrong kind** (4 rows on 2 events): the US ambassador's accusation that Russia helps Assad (gold 07
  `alleged`) comes out as three rows — criticism 111, accusation 112 and a 040 `alleged` — from Haley's criticism of
  the Russian government, the reporting frame; the S-300 delivery ("إعلان روسيا تسليم سوريا المنظومة الدفاعية", 07)
  is coded 190 from "إسقاط طائرة" (the downing of the Russian plane) in the same sentence: "تسليم" has no supply
  cue with a country as the indirect object.
- **False events from third-party frames and background** (6): Zakharova on accusations "بحق دمشق" (112 `denied`);
  Syria joining the chemical weapons convention under a deal "sponsored by Russia and the US" (057: a list with a
  third party after "كل من"); Lavrov's call for non-Syrian forces to leave, handing the south to Assad's forces (033);
  "دمشق ستحصل … على دعم عسكري إضافي من روسيا" coded 070 Syria → Russia, `reported` (the gold: Russia → Syria,
  `hypothetical`: "في حال تطلب الأمر" is not a hypothetical marker, and "يحصل على … من" gives the source after
  "من"); the Pentagon's "Russia helped the Syrian regime" (gold background) coded 130 Syria → Russia; Mattis on
  Russian contractors (190).
- **Dates** (2 events with the right pair and kind but a wrong date): "لقاء بوتين - الأسد الذي عقد منذ أيام" is given
  `before-publication` ("منذ أيام" not read); "سوريا تبحث مع روسيا" is dated by "الأحد" of the next clause
  (Jaafari's statement). The Sochi meeting (day), the Hmeimim meeting of 11 December and the late-November meeting
  ("الرئيسان" resolved to the pair) are right with their dates.
- **Missed**: Putin's congratulations ("هنأ بوتين الرئيس السوري على نجاحات …": the congratulation cue wants an occasion word such as بمناسبة or بفوز), the
  endorsement "وتؤيد مبادرات موسكو" (no endorsement cue), the hypothetical support (above).
- **Background**: 1 of 6 found.

Reading: on a pair with many real interactions, actor recall is 0.70 but precision is 0.60, below the 0.90 target,
and recall with kind and date is 0.30, far below 0.75. The same classes as before dominate (the reporting frame and
third-party statements taken as the event, missing cues, relative dates); 20 documents and 10 events are a small
sample. No rule was changed while it was blind.

### Session 5 (ru-sy read for errors; these are tuning numbers now)

After the blind run, `blind-sy` became the tuning split `ru-sy`, its errors were read and three general rules added,
each tested on sentences composed for the test (`tests/test_events.py`), every split re-run after each change
(`python -m marsad.training.events_eval SPLIT` for tune, heldout, fresh, ru-ir, ru-cn, ru-sy: no precision fell on
any split; tune, heldout, fresh, ru-ir and ru-cn are unchanged):
- **A name right after a finite verb is its subject.** "وانتقدت هايلي الحكومة الروسية": a word between a clause-initial
  verb and the first actor after it that is not a time word, a preposition or an article-bearing noun is the verb's
  subject, a name the knowledge base does not hold (a third party), so the verb is not a Russia–Syria predicate.
  Verbal nouns ("إسقاط طائرة") are excluded: their next noun is the object. Removes the US ambassador's criticism
  row (111).
- **A verb right after a relative pronoun** ("السفيرة التي اتهمت الحكومة الروسية …") whose antecedent is no actor and
  which carries no object pronoun has the antecedent as its subject: the accusation row (112, "Russia accused Syria")
  goes. It had the right pair, so P actors falls 0.75 → 0.73 on `ru-sy` while P +kind rises 0.50 → 0.55.
- **"منذ أيام" / "قبل أيام"** (a few days ago) dates the event from 14 to 1 days before publication, `approximate`;
  "منذ/قبل أسابيع" from 60 to 7 days before (not for intents).
- **Congratulations on successes**: "هنأ بوتين الرئيس السوري على «نجاحات …»" is 051 without an occasion word (بمناسبة);
  bare "هنا" (here) still needs one (cues.csv).
- **Conditions are hypothetical**: "في حال تطلب الأمر", "إذا/إن لزم الأمر", "عند الحاجة" before the cue (markers.csv,
  HYPOTHETICAL).
- **Receiving reverses the direction**: "دمشق ستحصل … على دعم عسكري … من روسيا" is Russia → Syria.
- **"كل من X وY" with a third party is a list**: "صفقة رعتها كل من روسيا والولايات المتحدة" gives Russia no role in
  Syria's joining the treaty.
- **Names that are not the country**: "قوات سوريا الديمقراطية" (the SDF) and "الجيش السوري الحر" (the opposition's
  Free Syrian Army) added to NOT_ACTOR (markers.csv); "الجيش السوري" stays Syria (tested).

`ru-sy` after these: 12 system events, P actors 0.75 (9/12), R actors 0.90, R actors+kind+date 0.50 (5/10), 4/33
no-event sentences with an event. These are **tuning** numbers (the split was read); the blind measure stays the
session-4 row. Still open on `ru-sy`: the accusation comes out as a 040 `alleged` row from "محادثات" (kind wrong;
"مساعدة الأسد" is not coded), Zakharova's denial of accusations "بحق دمشق" (112 `denied`), Lavrov's call for
non-Syrian forces to leave (033), the Pentagon's statement (130 from "التهديد"), the S-300 delivery from "تسليم
سوريا", the date "الأحد" taken from the next clause, the congratulation's date (the meeting it points back to) and the
endorsement "وتؤيد مبادرات موسكو".

### Session 6 (a new blind split first; then rules read on ru-sy and on unannotated news)

**Blind split first.** Before any rule changed, a fourth blind split was drawn and annotated: `blind-eg`, 39 ANT
articles naming Russia with **Egypt** (CNN 14, France24 13, Al Arabiya 9, Jawhara FM 3), by a seeded draw written in
the gold README with its script (`data/gold/events/select_blind_eg.py`): files with two sentences naming both sides,
stratified sport / non-sport because the 2018 World Cup in Russia fills the candidates, then — still before any run,
as the first 24 documents held only 6 events — more non-sport files and a stage of files naming a state actor of each
side. Read and annotated by hand (13 events, 7 of them distinct: the Sochi talks of October 2018 repeated by six CNN
teaser pages, Sisi's visit, Putin's praise, Sisi's statement on Libya, the charter-flights intent, the resumption of
flights on 11 April 2018, Putin's 2014 endorsement of Sisi; 2 optional; 61 no-event sentences: football between the
national teams, venues, lists, artists, a cleric, EgyptAir; 1 background) and landed on main alone (`events gold:
blind Russia–Egypt split …`). Sisi and Sameh Shoukry were added to `actors.csv` before the run (user set-up). Its
sentences were not read again while the rules below were written.

**What the rules were read on.** The tuning splits (ru-sy's remaining errors) and, as the best proxy for unseen
outlets, the extractor's output on unannotated Russia–X news of other pairs: 300 non-sport ANT documents with a
sentence naming Russia and one of nineteen other countries (seeded draws; no gold; partners run together and one
at a time: GB, US, SA, UA, IL, FR). On the 19-partner run, 39 of 164 rows came from attack nouns ("الهجوم") with no
agent and 7 from CNN datelines ("دبي، الإمارات العربية المتحدة (CNN)--" as an Emirati actor); after the rules below
the same 300 documents give 95 rows, most of the removed ones false on reading (no count by hand of every row).

**Rules added** (each with tests on composed sentences in `tests/test_events.py`; every tuning split re-run after each
change, none lost precision):
- **Attack, accusation, criticism and threat nouns need their author named with them** — genitive ("هجوم روسيا
  على …", "اتهام كييف لموسكو"), demonym adjective ("الاتهامات البريطانية"), or the subject of a support verb ("شنت
  روسيا هجوما", "وجهت … أصابع الاتهام إلى"); "يدين الهجوم على عميل روسي", "تنفي موسكو أي ضلوع في الهجوم", "لا أساس
  للاتهامات … بحق دمشق" give no row. Definite cue words ("الاتهامات", "التهديد") are nouns whatever their row says.
  On ru-sy this removed the 190 row from "إسقاط طائرة" and the 130 row from the Pentagon's "التهديد", and Zakharova's
  112 `denied` row.
- **A finite verb agrees with its subject** (gender and number; countries and cities are feminine, Iraq/Lebanon/
  Jordan … and "الاتحاد" masculine): masculine "يزور/زار" has no country as its subject ("كما يزور بريطانيا قبل عقد
  اجتماع مع بوتين": the subject is the pronoun, Trump), a plural "يتهمونها" no single actor; a country right after a
  verb it does not agree with is that verb's object, neither the subject of a later verb nor a participant of a later
  meeting noun. A dual verb whose joint subject holds a third party ("بوتين وماكرون يؤيدان") is theirs.
- **Datelines are no actors** ("دبي، الإمارات العربية المتحدة (CNN)--", "موسكو (رويترز) -", "أبوظبي - …"; a person
  before the dash is kept: "لقاء بوتين - الأسد").
- **A meeting noun of a body or a truce** ("اجتماع لمنظمة حظر …", "محادثات هدنة …", "اجتماع مجلس الأمن") is that
  body's (removes the Haley row on ru-sy, 040 `alleged`).
- **Status**: a denial governing a complement ("نفت روسيا أن تكون زودت …", "أي ضلوع في") makes the act `denied`; a
  refusal governing another cue is one row ("رفضت التعاون": 121 `denied`, no extra 120); a material or hostile act
  told by a third party ("قال السفير الأمريكي إن روسيا زودت …") is `alleged`; an intent with a trailing condition
  ("ستزود … إذا طلبت دمشق") is `hypothetical`.
- **Cues**: endorsement (أيد/يؤيد, 051: ru-sy's "وتؤيد مبادرات موسكو" found, its date still taken from the next
  clause); joint military exercises ("مناورات عسكرية مشتركة", "المشاركة في مناورات", 062; ru-cn's Vostok sentence is
  still missed: "العسكريين الصينيين" is no actor).
- **Lists**: one of ours as a member of a list of three or more countries is no participant ("مع أكثر من عشر دول
  بينها فرنسا والصين وروسيا").
- Knowledge-base partners (every partner without rows in `actors.csv`) are countries, as listed ones, so "ب + name"
  is a venue for them too.

Not fixed (seen on the proxy): a coordinated verb whose subject is a third party named two verbs earlier ("وانضمت
أستراليا … وطردت دبلوماسيين روس"); joint subjects with a third party read as co-agents ("واتهمت موسكو وطهران الولايات
المتحدة" gives Russia → US, which may be right); "Putin denies British accusations" keeps the accusation `reported`
(right) but gives no denial row; the timex tagger reads "قبل عقد اجتماع" (before holding a meeting) as "a decade ago"
(dates, not events).

### Blind (session 6, Russia–Egypt; annotated and landed before any rule changed; run once)

Split `blind-eg` (now `ru-eg`, a tuning split; gold README, section "The `ru-eg` split"): 39 documents, 13 gold events (7 distinct), 2 optional,
61 no-event sentences, 1 background row. Run once, on 2 December 2026 at 05:55 UTC, at commit `acbd991` (the final
session-6 rules above), with `python -m marsad.training.events_eval blind-eg --datasets ../shared/datasets` (the same
computation is `events_eval ru-eg` at that commit, now that the split is renamed).

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| RU–EG, 39 docs | 4 | 0.50 (2/4) | 0.15 (2/13) | 0.50 | 0.15 | 0.25 | 0.08 (1/13) | 1/61 | 1/1 |

Errors by class at the blind run (the table stays the blind record):
- **Talks named in an adjunct are not read as the event** (6 misses, one sentence repeated by six CNN teaser pages, and
  the lead of the Sochi article): "استعرض الرئيس المصري … خلال مباحثاته مع نظيره الروسي": "خلال + talks" is read as
  an anchor that dates another event (rule of session 1) unless an actor follows within three characters; here "مع"
  sits in between, and the main verb (استعرض, "reviewed") is no cue. Found once, in the same article, through "عقد …
  مباحثات على مستوى القمة مع الرئيس الروسي" (right pair, kind and date).
- **A background marker in a trailing adjunct swallows the event**: "وزار السيسي روسيا، الإثنين الماضي، ليعقد القمة
  التاسعة مع بوتين في ظل علاقات قوية تجمع البلدين": the clause holding "علاقات" is a standing relation, and the visit
  in the same clause is dropped (the background row itself is found).
- **Missing cues**: the resumption of flights ("روسيا تستأنف الرحلات الجوية إلى مصر", 081), the endorsement as a noun
  ("مساندته ترشّح", "دعم موسكو ترشّح السيسي"), "تسعيان لاستئناف رحلات الطيران" (an intent), a statement to the other
  side whose speaker is only "الرئيس" ("أوضح الرئيس لنظيره الروسي").
- **Dates**: Putin's praise during the talks is found with the right pair and kind but dated `before-publication`
  (the gold dates it by the talks it points back to).
- **False events (2)**: both on the World Cup pages — "ورغم أن الفرصة الأولى في اللقاء كانت لصالح منتخب روسيا بعد خطأ
  في دفاع مصر" (040: "اللقاء" is the match, the national teams are not the states) and an artist's appeal to pray for
  the national team "كي يتخطى عقبة روسيا" (020). The other 59 no-event sentences (football scores, venues, lists,
  EgyptAir, a former envoy, Borussia Dortmund) gave none.

Reading: on a pair and outlets' articles the rules were never read on, precision of actors is 0.50 on 4 rows and recall
far below target (0.15 of actors, 0.08 with kind and date): the session-6 rules removed false rows on the proxies, but
this sample's events are told in constructions the extractor does not read (talks in an adjunct, background
adjuncts, nouns of resumption and support). 13 gold events of which 6 are the same teaser sentence make the recall
swing widely; this is the honest number, no rule was changed before it was recorded.

After the run the split became the tuning split `ru-eg` (documents.csv, README, evaluation list, consistency test) and
its classes were fixed with general rules, each tested on sentences composed for the test on another pair (Ukraine):
- **Talks named with their other side are an event, not an anchor**: "خلال مباحثاته مع نظيره الروسي" (the anchor rule
  now also accepts "مع/ب" before the named side); in a later part of the sentence, such a talks noun is the sentence
  subject's talks with that side when no third party sits in between.
- **A background adjunct does not swallow the clause's event**: a standing-relation marker inside "في ظل/وسط/بفضل …"
  after the cue leaves the cue an event (the visit of 15 October found, with its date).
- **National teams, clubs and the World Cup by its host are no state** (NOT_ACTOR: "منتخب X", "المنتخب المصري",
  "مونديال روسيا", "سيسكا/سبارتاك … موسكو", "فريق/نادي X"); **a definite noun right after a clause-initial verb that
  is not a role noun is its subject** ("وناشدت الفنانة المصرية …"; "وناشدت الحكومة الأوكرانية" still an actor).
- **Dates**: a bare year right after a name ("سيناء 2018", "مونديال 2018") is part of the name, not a date; a month
  inside a relative clause ("، التي تم إطلاقها في فبراير،") dates that clause only, also for bare months.
- **Cues**: resuming flights ("تستأنف/استئناف الرحلات الجوية", 081) and backing ("مساندته ترشح", "دعم … ترشح", 051).

| ru-eg (tuning) | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event |
|---|---|---|---|---|---|---|---|---|
| blind first run (05:55 UTC) | 4 | 0.50 | 0.15 | 0.50 | 0.15 | 0.25 | 0.08 | 1/61 |
| after the fixes (same command) | 11 | 1.00 | 0.85 | 1.00 | 0.85 | 0.82 | 0.69 | 0/61 |

Still missed on `ru-eg`: Putin's praise is dated `before-publication` (the gold dates it by the talks of "في هذا
الصدد"), "أوضح الرئيس لنظيره الروسي" (a statement to the other side whose speaker is only "الرئيس"), "موسكو والقاهرة
تسعيان لاستئناف رحلات" (a joint intent of a non-symmetric root), and Putin's 2014 endorsement is found with its kind
but dated by "أمس الخميس" of Washington's criticism in the same sentence (the gold leaves it undated). These are
tuning numbers: the blind measure stays the first-run row.

### Session 7 (recall on unseen news: misses read on unannotated Russia–X documents)

The blind-eg run showed good precision but few rows on unseen news. Session 7 read **misses**, not rows: sentences
that name Russia (روسيا|موسكو|بوتين|الروسي|لافروف|الكرملين|الروس) and a partner (Iraq, Libya, Japan, India, Germany, France,
Israel, Qatar, UAE, Saudi Arabia, Jordan, Lebanon: name, capital, demonym, leader) where the extractor gives no row.

**Sample rule** (no gold file; one reader). Non-sport ANT files (v2.1 CNN, France24, Al Arabiya; v1.1 Jawhara FM) with a
sentence (cut at `.!?؟` and line breaks) matching both sides, not in `documents.csv`. Pool A: the 103 such files not in
session 6's proxy draws (all taken); pool B: 150 of the 449 other candidates (Python `random.Random(11).shuffle` of the
sorted paths). The extractor was run with the twelve partners at once (`extract_events(..., focus="RU",
partners=(IQ, LY, JP, IN, DE, FR, IL, QA, AE, SA, JO, LB), merge=False)`); 431 sentences name both sides, 32 had a
row. Of the 399 without, about 240 were read (all of pool A's, pool B's first 120 outside football); about 39 hold a
real Russia–partner interaction (five more tell Macron's boycott of the Russian pavilion, debatable). The rest are the
World Cup, lists, venues, third-party statements, RT ("روسيا اليوم") as a source, datelines.

**Classes of the real misses** (counts are sentences, approximate: one reader): nominal events in the reporting frame or an adjunct ("وقال
بوتين في مكالمته مع …", "في مؤتمر صحافي مع نظيره الألماني", "عقب لقاء برئيس الوزراء الإسرائيلي", "بعد أيام على
استقباله …") 8; cues missing from `cues.csv` (summoning an ambassador, consultations "تشاورت … مع", "تحدث … مع",
"مكالمة", expelling "موظفي السفارة", warnings "حذر … من", an agreement named as "اتفاق بين باريس وموسكو") 13; partners'
people the lexicon lacks (Mohammed bin Zayed, Netanyahu, Heiko Maas, Emir Tamim: user set-up, as Sisi was for ru-eg) 7;
the subject of a coordinated verb named clauses earlier ("وقال ماكرون … واتهم روسيا") and joint subjects with a third
party ("روسيا وسوريا تتهمان إسرائيل") 3; the other side as a list ("محادثات تتولاها روسيا مع الأمريكيين والإسرائيليين
والأردنيين", "اتفقت روسيا مع الولايات المتحدة والأردن") 3; an envoy's post read as an actor ("السفير الفرنسي لدى روسيا") 1;
receiving guarantees from ("حصلت باريس من موسكو على ضمانات") 2; ongoing talks of the two sides told by an ambassador 2.

**Rules and cue data added** (each tested on sentences composed for the test on other pairs: Japan, India, Austria;
`tests/test_events.py`; every split re-run after each change with the command above: no number moved, P actors of no
split fell):
- Cues (`marsad/data/cameo/cues.csv`): summoning the other side's ambassador or diplomat ("استدعت … السفير الفرنسي",
  111, a formal protest; the UniversalPetrarch Arabic dictionary gives no code for it); consultations ("تشاور",
  "مشاورات", 040); talking with ("تحدث … مع", not "تحدث عن"/"حول"/"في", 040); a press conference joint or "مع" the
  other side (040); phone calls as "مكالمة" and "المحادثة الهاتفية" (041); expelling "أربعة من موظفي السفارة" (166).
- Role nouns (`markers.csv`): "المستشار/المستشارة" and "ولي العهد" before a demonym.
- A meeting or call noun inside a reporting frame, followed by "مع/ب" and the other side, is the speaker's ("وقال بوتين
  في مكالمته مع رئيس الوزراء الإسرائيلي، الأربعاء، إنه …"); a third party's call with the partner about Russia is not.
- Where an envoy serves is no actor ("السفير الفرنسي لدى روسيا", "مندوب … لدى").
- Both sides after a non-actor first member of "مع X و…" are a list ("مشاورات مع الدول الأوروبية والصين وروسيا": the new
  consultations cue had made this ru-cn sentence a Russia–China row; the rule removed it, ru-cn back to 1.00).

**Precision on the sample** (rows the changes added, read by hand; same sample and rule): 5 new rows — Putin and
Merkel's joint press conference, Russia summoning the French ambassador (title), Macron talking with Putin, Lavrov's
press conference with Maas, Russia expelling four German embassy staff — **5/5 right pair and kind** (the expulsion is
`alleged` because the reporter, the German minister Maas, is not in the lexicon: status wrong); one existing row moved
its trigger from "هاتفية" to "مكالمة". Recall on the sample: **5 of the ~39 sentences with a missed interaction**
now have a row. That is the honest size of this step: most misses need the harder classes below.

Still missed (not fixed for lack of time, in order of frequency on the sample): events named in an adjunct after the
main verb's object ("التقى بوتين عباس … بعد أيام على استقباله نتانياهو": the talks fallback stops at a third party);
partners' leaders missing from `actors.csv`; warnings (CAMEO code to check); agreements as a noun with "بين/مع"; a
participial adjunct ("، محذرة من تفاقم العلاقات بين البلدين") or a trailing "بعد توقيف مشجعين روس" that blocks the
summoning in the same sentence; the other side given as a list; coordinated verbs whose subject is clauses away.

### Blind (session 8, Russia–United Kingdom, now `ru-gb`; annotated and landed before the run; no rule changed in session 8)

Split `blind-gb` (gold README, section "The `blind-gb` split"): 12 ANT articles (CNN, France24, Al Arabiya: 4 each)
naming Russia with the **United Kingdom**, drawn by the seeded rule of `data/gold/events/select_blind_gb.py` from files
in no gold split and in none of the article pools read in sessions 6–7, annotated by hand and landed on main as a
commit holding only the gold (`0b897a6`, with the user set-up of Theresa May and Boris Johnson in `actors.csv`,
`07e9eb7`) **before** the extractor ever ran on them: 34 counted gold events (most are acts of the Skripal affair of
March 2018 told by several articles: the two expulsions, the 30 March summons and ultimatum, London's accusation and
Moscow's denials), 6 optional, 12 no-event sentences, 2 background rows. Run once, on 2 December 2026 at 06:32 UTC, at
commit `07e9eb7` (the extractor as session 7 left it; session 8 changed no rule), with
`python -m marsad.training.events_eval blind-gb --datasets ../shared/datasets`. Not read for errors to fix in
session 8: the table is the blind record.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| RU–GB, 12 docs | 15 | 0.87 (13/15) | 0.29 (10/34) | 0.40 (6/15) | 0.18 (6/34) | 0.27 (4/15) | 0.12 (4/34) | 0/12 | 1/2 |

Status accuracy on the matched rows 1.00. Error classes seen in the run's listing (false rows, rows right only at a
lower level, misses):
- **Recall: the acts of a diplomatic crisis are mostly told in forms no cue reads** (24 of 34 gold events not found
  at all, 6 of the 12 documents give no row): expulsions as "سحب 23 دبلوماسياً" or "ردت … بالمثل" (replied in kind),
  an indefinite "دبلوماسيا روسيا" (the adjective looks like the country), a light verb with a noun ("باتخاذ قرار مماثل
  بسحب", "وجهت … أصابه الاتهام نحو"); accusations as "تقول لندن إن موسكو مسؤولة/متورطة" or "تشير لندن … إلى أن روسيا
  تقف خلف"; "وصف … بـ" (criticism); an appeal "دعت … إلى". Even "وتتهم لندن موسكو" and "أعلنت بريطانيا الأسبوع
  الماضي طرد 23 دبلوماسيا روسيا" gave nothing.
- **Denials whose other side is in the previous clause**: "إلا أن موسكو نفت تورطها", "فيما نفت روسيا الاتهامات",
  "إلا أن روسيا تنفي" (5 gold 016 events): the accuser is the subject of the clause before, so no pair is formed.
- **Actors outside the set-up**: "واتهمت ماي موسكو" (May by surname alone, left out of the set-up as ambiguous),
  Peskov and Zakharova as the Kremlin's and the ministry's spokespeople ("طالب … بيسكوف لندن بتقديم اثباتات").
- **The reporting or notifying verb coded instead of the act**: "قالت الخارجية الروسية … إن موسكو أبلغت بريطانيا بأنه
  يتعين عليها سحب" and "أبلغت روسيا بريطانيا أنه يتعين عليها سحب" → 010 statement, not the order to cut the mission
  (166; the same order is found right, through the summons sentence, in both Al Arabiya articles).
- **Modality and kind**: a request to meet ("قدمت طلبا لعقد لقاء") → 036 intent plus a 040 meeting; Putin's "مجرد
  هراء" about the accusation → 020 and 060 `alleged`; "الاستعداد للتعاون" in the headline → 060 reported (the body
  sentence gives 031 `intent`, the right root).
- **Direction from a verbal noun's object**: "وأتى القرار الروسي بعد استدعاء السفير البريطاني في موسكو بطرد 23
  دبلوماسياً بريطانياً" → GB→RU 111 and GB→RU 166 (the 2 false rows: the British ambassador, object of استدعاء, taken
  as the agent).
- **Dates**: "مساء الأحد" on a Sunday publication day left as `before-publication` (gold: that day); "منذ أن وجهت لندن
  الاتهام … بعد العثور على … في 4 آذار/مارس" dated by the finding of Skripal (4 March, another clause); the meeting
  row dated by "مطلع آذار/مارس" (the poisoning).
- **Precision on co-mentions held**: none of the 12 no-event sentences (charges against two Russian individuals, fans,
  EU states, a British businessman, the count of diplomats) gave a row.

Reading: on this pair precision of actors stays high (0.87) but recall is far below the issue's target (R
actors+kind+date 0.12 against ≥ 0.75): the lexicon of acts and the clause-level pairing were written on
summit-and-treaty news (KP, VN, SY, EG) and do not cover the vocabulary of a diplomatic crisis. The set is small
(12 documents, one news story dominating) and the gold's kind for a request to meet (02 rather than 036) is an
annotator's choice.

### Session 9: the vocabulary of a diplomatic crisis (tuning on `ru-gb`, the other splits unchanged)

`blind-gb` was read for errors after its one run and the general defects behind them fixed (so it is the tuning split
`ru-gb` now; its blind number stays the row above). Each step was checked on every development split (no P actors
or recall lost on any; `fresh` gained a right-kind intent row whose date the gold gives by the day, P +date 0.73 →
0.67) and on sentences composed for the tests (Russia–Turkey, in `tests/test_events.py`):
- **Claims and denials**: "تقول لندن إن موسكو مسؤولة/متورطة", "تشير … إلى أن روسيا تقف خلف" are accusations (112) of
  the one who says it; a denial ("إلا أن روسيا تنفي", "نفت روسيا الاتهامات", "ووصف بوتين الاتهامات بأنها …", "اتهام
  موسكو … هو مجرد هراء") is 016 toward the accuser named before it in the sentence or the source of an accusation of
  the paragraphs before (also when the denial's sentence names only one side); no accusation before, no denial row.
- **Reciprocation**: "ردت عليه موسكو بالمثل", "لتقوم روسيا السبت باتخاذ قرار مماثل" repeat the other side's last
  hostile act the other way, dated only by a date after the verb; a named act in the same sentence wins.
- **Notices and ultimatums**: "أبلغت روسيا بريطانيا أنه يتعين عليها سحب …", "أمهلت … شهرا لتقليص …", and "…، وأبلغته
  أن أمام لندن شهرا لخفض حجم بعثتها" (the sentence subject's second verb) are coded as the order (166), the governed
  verbal noun no longer a row of its own.
- **Verbal nouns**: governed by أعلن/قرر/قام (or the nouns إعلان/قرار) they take that subject as agent ("أعلنت بريطانيا
  الأسبوع الماضي طرد …"); the nationality of the summoned ambassador or of the expelled diplomats is the target
  ("استدعاء السفير البريطاني", "بطرد 23 دبلوماسياً بريطانياً"); the genitive of a supply noun is the recipient
  ("تسليم تركيا منظومة").
- **Actors**: a leader's surname alone is that leader once the document named the full name ("ماي" after "تيريزا
  ماي"; not after a time preposition or before a number: the Maghrebi month).
- **Cues**: تتهم, تطرد, withdrawing / cutting diplomats or a mission, freezing assets, "وصف … بـ" + provocative/hostile
  (111), "دعا … إلى" (02; not when the invitation is to a visit), طالب (10, a demand).
- **Merging and dates**: a one-way act keeps its direction when mentions merge (an expulsion and the expulsion in kind
  are two rows), an act told in the pluperfect ("وكانت روسيا قد … وطردت") is not merged with the news of the day, and
  protests and demands (100/111/120/130) merge only when told with the same cue; a speech act of the speaker itself
  takes the date of its reporting frame ("أعلن بوتين مساء الأحد أن بلاده مستعدة للتعاون").
- Scorer: between two gold acts of one sentence with the same root, the one of the same direction matches (the
  expulsion and the expulsion in kind of CN-164). Gold: Russia's denial in Al Arabiya 733 was missing; added.

`ru-gb` moved from P actors 0.87 / R actors+kind+date 0.12 (blind) to 1.00 / 0.77 (tuned on it: not a blind measure).

### Blind (session 9, Russia–United States; annotated and landed before any rule of the session changed; run once)

Split `blind-us` (gold README, section "The `blind-us` split"): 21 ANT articles (CNN 6, France24 6, Al Arabiya 6,
Jawhara FM 3) naming Russia with the **United States**, drawn by the seeded rule of
`data/gold/events/select_blind_us.py` (US was the only partner with candidates left outside the session 6–7 pools),
annotated by hand and landed on main as a gold-only commit (`events gold: blind Russia–US split …`) at the start of
session 9, **before** the session changed any rule and before the extractor ever ran on them; the user set-up (Trump,
Obama, Tillerson, Pompeo in `actors.csv`) was committed before the run. Gold: 15 counted events (two sanctions
announcements, five US accusations or indictments, three Russian denials, a threat of retaliation, a red-line message,
the Helsinki summit as planned in two articles, the CIA's alleged interference), 14 optional, 19 no-event sentences.
Run once, with the extractor frozen at the end of the session's tuning, on 2 December 2026 at 08:24 UTC at commit
`3490100`, with `python -m marsad.training.events_eval blind-us --datasets ../shared/datasets`. No rule was changed
after it: the table is the blind record.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| RU–US, 21 docs | 8 (+3 on optional events) | 0.63 (5/8) | 0.33 (5/15) | 0.25 (2/8) | 0.13 (2/15) | 0.25 (2/8) | 0.13 (2/15) | 2/19 | — (none in gold) |

Status accuracy on the matched rows 1.00. Error classes read in the run's listing (for the record; not fixed):
- **Found**: both sanctions announcements with their day (163, "أعلنت واشنطن الأربعاء فرض عقوبات جديدة على موسكو").
- **False rows** (3): a relative clause's object pronoun taken as the accuser ("و19 شخصا تتهمهم بمحاولة التأثير" →
  Russia accuses the US); a condemnation of *allegations* about Trump's campaign read as condemning the Kremlin
  ("وندد الرئيس الأمريكي أيضا بمزاعم … بأن حملته تواطأت مع الكرملين"); "أدلة تدين ترامب" (evidence that incriminates
  Trump the person) read as Russia condemning the US (تدين is both).
- **Wrong kind**: "رفضت السلطات الروسية … الاتهامات الموجهة لها من … أمريكا" coded 120 (rejection), the rules say a
  denial (016); the Helsinki summit "المقررة الاثنين" / "قبل قمة بوتين وترمب" coded as a held meeting (040) — a
  future marker after the noun ("المقررة") and "قبل" + a future summit are not read as intent.
- **Misses: US officials and bodies outside the set-up or without a nationality word** (Treasury Secretary Mnuchin
  "وزير الخزانة", "وزارة الأمن الداخلي ومديرية الاستخبارات", "مدير الاستخبارات الأمريكية دان كوتس … حذر من أن …
  الآتية من روسيا"); **accusations told as a finding or an act** rather than as responsibility ("تأكدت … من أن الحكومة
  الروسية استخدمت أسلحة كيميائية", "أن روسيا تمكنت من اختراق حسابات"); an indictment of "12 عنصرا في الاستخبارات
  الروسية" (the intelligence service is no Russian actor); **interference** has no cue ("أن روسيا تدخلت في الانتخابات").
- **Denials without a named or extracted accuser**: "نفى … بوتين … أي تدخل لبلاده في انتخابات الرئاسة الأمريكية" (the US
  only as the election's adjective) and "وتنفي موسكو أي تدخل في الانتخابات" (its accusation, the indictment of the
  sentence before, was itself missed, so the chain has nothing to answer).
- **Other misses**: "قالت موسكو إنها تستعد للرد" (a threat of retaliation: no cue, the US only in the sentences before);
  "أبلغت موسكو مسؤولين أمريكيين بالمناطق … التي تمثل خطوطا حمراء" (the plural "مسؤولين أمريكيين" is no US actor).

Reading: the crisis vocabulary added this session was read on one story (the Skripal affair); on the Russia–US news of
2016–2018 — accusations of election interference and hacking, made by US agencies and officials rather than by
"Washington" — recall stays far below the target (R actors+kind+date 0.13 against ≥ 0.75) and precision of actors
falls to 0.63 (5/8). The development gains (ru-gb 0.12 → 0.77) did not carry over: the errors above are new classes
(official bodies of a knowledge-base partner, findings as accusations, interference, modality after the noun).

### Session 10 (blind-us read for errors, now `ru-us`; a new blind split with another focus)

**Blind split first.** Before any rule of the session changed, `blind-us-ir` was drawn and annotated: 12 ANT articles
naming the **United States with Iran** (CNN, France24, Al Arabiya, Jawhara FM: 3 each), by the seeded draw written in
the gold README with its script (`data/gold/events/select_blind_usir.py`). The Russia–X pools were exhausted, and the
issue asks for a timeline of any pair, so its focus is the US (`documents.csv` has a `focus` column since; RU for
every other split). No outlet other than the four is in `../shared/datasets`, so none could be added. Read and
annotated by hand (12 counted events, 14 optional, 16 no-event sentences, 2 background rows) and landed alone
(`events gold: blind US–Iran split …`, commit `679b717`); the user set-up, decided before any article was read and
written in the README, is Rouhani, Zarif and Khamenei as Iranian leaders in `actors.csv` (the US leaders were there
from session 9). Its sentences were not read again while the rules below were written.

**Rules added, read on ru-us** (each with tests on composed sentences in `tests/test_events.py`; every development
split re-run after each change with `python -m marsad.training.events_eval SPLIT`; none lost precision, and only ru-us
moved):
- **Rejecting the accusations is a denial**: "رفضت السلطات الروسية، الأربعاء، الاتهامات الموجهة لها من … أمريكا" is 016,
  not 120 (a rejection of a proposal stays 12).
- **A plural or dual object pronoun is the object** ("… و19 شخصا تتهمهم بمحاولة التأثير …"): no country pair is drawn
  from the verb (the stem of اتهم itself ends in هم and is not read as a pronoun).
- **Denouncing allegations** ("وندد الرئيس الأمريكي بمزاعم … بأن حملته تواطأت مع الكرملين") is no condemnation of the
  country inside them; **evidence that incriminates** ("أدلة تدين ترامب") is no condemnation either.
- **A planned meeting**: a meeting noun after قبل/قبيل or before المقرر(ة)/المرتقب(ة)/المزمع(ة) is an intent (036),
  dated by its planned day when given ("قبيل القمة المقررة الاثنين").
- **A finding of one side** ("إن واشنطن تأكدت في 6 آب من أن الحكومة الروسية استخدمت أسلحة كيميائية", "خلصت لندن إلى
  أن موسكو تقف وراء …") is the finder's accusation (112), dated by the finding.
- **Interference in the other side's elections** ("أن روسيا تدخلت في الانتخابات الرئاسية للولايات المتحدة") is a cue
  (170).
- **Members of an organ** ("12 عنصرا في الاستخبارات الروسية") are that organ's side, not a venue: the indictment is an
  accusation, and the next sentence's "وتنفي موسكو أي تدخل" answers it (016).
- **Denying any interference in the other side's elections** ("نفى … بوتين … أي تدخل لبلاده في انتخابات الرئاسة
  الأمريكية لعام 2016") is a denial toward that side even with no accuser named; the elections' year does not date it.
- **Denying the accusations named by the accuser's demonym** ("ونفت طهران الاتهامات الأمريكية", "نفت موسكو الاتهامات
  البريطانية") is a denial toward that side when it is named nowhere else in the sentence (no development split
  holds such a sentence: no number moved).
- **Preparing a response** ("من جهتها، قالت موسكو إنها تستعد للرد", "توعدت … بالرد", "سترد") to the other side's last
  hostile act of the paragraph is a threat (130) toward it; "يستعد للرد على أسئلة الصحفيين" is not.

`ru-us` after these: 11 system events, P actors 1.00 (11/11), R actors 0.73, R +kind 0.73, R actors+kind+date 0.60
(9/15), 0/19 no-event sentences with an event. Tuning numbers (the split was read); its blind measure stays the
session-9 row. Still missed on ru-us: US bodies without a nationality word (Treasury Secretary "وزير الخزانة", "وزارة
الأمن الداخلي ومديرية الاستخبارات"), the warning of "مدير الاستخبارات الأمريكية" about hacking "الآتية من روسيا", the red-line message (blocked by "أهداف سورية", an
indefinite adjective read as Syria, a third party), and two dates (the summit planned for a day the title does not
give; the 2016 interference dated by its year in the gold).

### Blind (session 10, United States–Iran, now `us-ir`; annotated and landed before the first run; run once)

Split `blind-us-ir` (now `us-ir`; gold README, section "The `us-ir` split"): 12 ANT articles (CNN, France24, Al Arabiya,
Jawhara FM: 3 each) naming the United States with Iran, drawn by `data/gold/events/select_blind_usir.py`, read and
annotated by hand and landed alone (commit `679b717`) before the extractor was first run on them; the set-up
(Rouhani, Zarif, Khamenei in `actors.csv`) was decided before any article was read. Run once, on 2 December 2026 at
08:53 UTC, at commit `f6040cc` (the session-10 rules, frozen), with
`python -m marsad.training.events_eval blind-us-ir --datasets ../shared/datasets`. No rule was changed after the run.
Gold: 12 counted events (Iran's rejection of new conditions, Trump's threat to leave the deal, Rouhani's and
Soleimani's threats, Pompeo's sanctions, two accusations and threat of more sanctions, the oil ban, Trump's warning and
condolences of 7 June 2017, Zarif's rejection of them), 14 optional, 16 no-event sentences, 2 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| US–IR, 12 docs | 5 (+1 on an optional event) | 0.80 (4/5) | 0.33 (4/12) | 0.60 (3/5) | 0.25 (3/12) | 0.20 (1/5) | 0.08 (1/12) | 1/16 | 0/2 |

Errors by class, read from the run's listing (not fixed: the split stays as it was run):
- **False row** (1): the title "الولايات المتحدة تحث حلفاءها على الالتزام بمقاطعة إيران" is coded 020 US → Iran: the
  addressee is "حلفاءها" (a possessed noun, no actor), and Iran is only the object of the boycott.
- **Right pair, wrong kind** (1): "بومبيو بحث الملف مع مسؤولي الناتو … واستبق الاجتماعات بتغريدة أكد فيها على ضرورة قطع
  … التمويل الذي تستخدمه طهران في تمويل الإرهاب" is coded 040: talks with NATO officials (no actor) read as talks with
  Iran; the gold is an accusation (112).
- **Right kind, wrong date** (2): Trump's threat to leave the deal is dated by "الموقع في تموز/يوليو 2015" (the deal's
  signing, a relative clause of its object); Rouhani's threats in a press review are dated by "الصادرة اليوم" (the
  newspapers' day), the gold says `before-publication`. Zarif's rejection of Trump's condolences is right with its day.
- **Misses** (8): a refusal told as "لن تقبل بأي شروط" toward "الأمريكيون" (a people noun, no actor); Soleimani's
  warning in a relative clause after his title ("قائد فيلق القدس في الحرس الثوري الإيراني قاسم سليماني، الذي حذر
  واشنطن"); the sanctions "التي فرضتها بلاده على إيران" (بلاده = the speaker's country, not resolved); Pompeo's claims
  with a pronoun subject ("وقال إن إيران ماضية في بيع الأسلحة"); coercion "إجبار إيران على تغيير سلوكها عبر حزمة
  عقوبات" and the ban "حظر استيراد النفط الإيراني" (no cue: a ban on the other side's goods named by its demonym);
  Trump's warning with a date apposition between verb and object ("حذر ترامب الأربعاء، 7 جوان 2017، طهران من أن");
  his prayers for the Iranian people (no condolence cue).

Reading: on a pair and a focus the rules were never read on, actor precision holds better than on the last two blind
runs (0.80, 4/5, against 0.63 and 0.87) but recall with kind and date is 0.08 (1/12), far below the 0.75 target. The
classes are the same family as before (pronoun subjects and possessives, the other side named by a people noun or a
demonym on an object, missing cues for bans, coercion and condolences, dates taken from a relative clause of the
object), now on US–Iran news of 2017–2018; 12 documents and 12 events are a small sample. In session 11 this split
became the development split `us-ir` (its errors read and rules fixed on them, below): the table above is its one
blind record (session 10's first run).

### Session 11 (blind-us-ir read for errors, now `us-ir`; a new blind split, Israel–Iran)

**Blind split first.** Before any rule of the session changed, `blind-il-ir` was drawn and annotated: the pair by a
seeded choice among the pairs with at least 3 candidates in each outlet (US–China had none in Jawhara FM; the draw among
US–Turkey, Saudi Arabia–Iran, Turkey–Syria, Israel–Iran, US–North Korea gave **Israel–Iran**), then 12 ANT articles
(CNN, France24, Al Arabiya, Jawhara FM: 3 each) by the seeded draw of `data/gold/events/select_blind_ilir.py` (focus
IL, partner IR). Read and annotated by hand (15 counted events, 12 optional, 12 no-event sentences, 3 background rows)
and landed alone (`events gold: blind Israel–Iran split …`, commit `cc9b6d0`); the user set-up, written in the README
before any article was read, is Netanyahu, Lieberman and Rivlin as Israeli leaders in `actors.csv`. `blind-us-ir`
became the development split `us-ir` (its blind record is session 10's row; one of its gold negatives was dropped then:
it anchored the sentence that holds the counted sanctions event, so it could never be right).

**Rules added, read on us-ir** (each with tests on composed sentences in `tests/test_events.py`; every development
split re-run after each change with `python -m marsad.training.events_eval SPLIT`; none lost actor precision, only
us-ir moved):
- **The prefilter read raw text with normalised keys**: a segment naming the sides only as "إيران" and "الأمريكي"
  (with hamza) was never read. Keys now carry their raw spellings (أ/إ/آ, ى, ة).
- **"بلاده"/"بلادها" is the country of the person of ours named before it** in the segment ("العقوبات … التي فرضتها
  بلاده على إيران"), not after "حلفاء/شركاء/شعب …" and not when a third party is named in between; sanctions imposed in
  a relative clause after them ("العقوبات … التي فرضتها …") are imposed.
- **Warnings are threats** (130, a new cue حذر/يحذر/تحذير) when the addressee of ours is the direct object before
  من/بأن; a date apposition between the verb and the object ("حذر ترامب الأربعاء، 7 جوان 2017، طهران") dates it.
- **A relative clause after a title and a name** ("قائد فيلق القدس في الحرس الثوري الإيراني قاسم سليماني، الذي حذر
  واشنطن"): the role and the name are one actor (الحرس الثوري and قائد are role nouns), the antecedent of the clause and
  its subject even after في.
- **Dates of things, not acts**: a date after a participle describing a thing of the clause ("الاتفاق النووي الموقع
  في تموز/يوليو 2015", "الصحف الصادرة اليوم") no longer dates the event (nor does its bare month).
- **Appeals need an addressee of ours**: "تحث حلفاءها على …" is no appeal to the other side, and what the addressee
  is asked to do is not the appealer's act; a complement with its own subject ("أن تعيد أوروبا فرض عقوبات") is not the
  speaker's act; talks "مع" a noun that is no actor ("بحث الملف مع مسؤولي الناتو") are not talks with the other side,
  and the subject of a restrictive relative clause after a cue ("التمويل الذي تستخدمه طهران") is not its participant.
- **New cues**: a ban on the other side's goods named by its demonym ("حظر استيراد النفط الإيراني", 163; النفط/الغاز/
  السلع as owned things); prayers and condolences for the other side (018); coercion (إجبار/إرغام … على, 17), a threat
  (131) when announced for the future.
- **US government bodies** (البيت الأبيض، البنتاغون) are US actors; a ministry named by its portfolio before the demonym
  ("وزارة الخزانة الأمريكية") is a role actor (more role fillers: الخزانة، العدل، الداخلية، التجارة …).
- **Claims of hostile conduct are accusations**: "قال بومبيو إن طهران تدعم الإرهاب", "إن إيران ماضية في بيع الأسلحة",
  "تنتهك الاتفاق", "تزعزع الاستقرار" are the speaker's 112 (as a claim of responsibility already was).
- **A reporting verb with no subject** opening a sentence ("وقال إن …", also in the next paragraph) has as its speaker
  the person of ours the sentence before opened with.
- **Said during the meeting**: praise, thanks and statements to the other side with no date of their own, told after a
  dated meeting of the pair, take the date of the latest such meeting (ru-sy: Putin congratulating Assad in Sochi).
- **A purchase named as the topic or purpose of talks** ("المحادثات … بشأن شراء منظومة باتريوت", "من أجل شراء",
  "لشراء") is no supply; talks "مع" a genitive chain that names one of ours ("مع رئيس البرلمان الإيراني", "مع وزير
  خارجية إيران") are talks with it.
- **Readiness is an intent**: "الاستعداد للتعاون", "مستعدة للتعاون" (feminine and noun forms of مستعد) make the
  cooperation an intent (03x): ru-gb's two 060 rows of Putin's "readiness to cooperate" are one 031 intent now (P +kind
  0.85 → 0.88, P +date 0.79 → 0.82; recall unchanged).
- Unannotated check: the rules were run on 150 unannotated articles of five other pairs (US–TR, SA–IR, US–KP, TR–SY,
  US–CN; 10 per outlet of CNN, France24 and Al Arabiya, seeded, none in any gold split) with the extractor of the start
  of the session (`eca0d0d`) and the final one; every changed row was read (122 rows before, 27 changed lines in the
  diff). Added, right: Turkey warns Assad, China and North Korea warn the US, a White House demand to Beijing, Treasury
  sanctions on North Korean hackers, a planned China–US trade meeting (in two copies of one article). Removed, all
  false: a meeting of five named as a list, "no more nuclear threat from North Korea" as a denied threat, Trump's talk
  with Xi about North Korea as a US–North Korea meeting, a South Korean adviser's talks in the White House, Turkey's
  accusation of a party the US lists, Gülen's denial read as Washington's, two supplies read from a purchase named as a
  topic or purpose. Changed dates only: a White House refusal and two planned US–North Korea meetings now carry the day
  of the announcement that frames them (Friday, Tuesday, Thursday), not `before-publication`; a row that was already
  false (a question put to a US adviser) is now dated.

`us-ir` after these: 10 system events, P actors 1.00 (10/10), R actors 0.83 (10/12), R +kind 0.83, R actors+kind+date
0.58 (7/12), 0/15 no-event sentences with an event (tuning numbers: the split was read). `ru-sy` R actors+kind+date
0.70 → 0.80 (the congratulation dated by the Sochi meeting); `ru-gb` P +kind 0.85 → 0.88 (recall unchanged); every
other development split unchanged. Still missed on
us-ir: Iran's refusal toward "الأمريكيون" (a people noun in a later clause) and Pompeo's tweet ("ضرورة قطع … التمويل
الذي تستخدمه طهران في تمويل الإرهاب"); dated wrong: the oil ban (coded as planned for 4 November, the gold dates the
decision `before-publication`), Soleimani's warning (the "أمس" of the main clause does not reach the relative clause),
Trump's prayers ("في البيان ذاته": the statement of Wednesday named in another paragraph).

### Blind (session 11, Israel–Iran, now `il-ir`; annotated and landed before any rule of the session changed; run once)

Split `blind-il-ir` (now `il-ir`; gold README, section "The `il-ir` split"): 12 ANT articles (CNN, France24, Al Arabiya,
Jawhara FM: 3 each) naming Israel with Iran, the pair and the documents drawn by `data/gold/events/select_blind_ilir.py`,
read and annotated by hand and landed alone (commit `cc9b6d0`) before any rule of the session changed; the set-up
(Netanyahu, Lieberman, Rivlin in `actors.csv`) was decided before any article was read. Its articles were not read
again while the rules above were written, and no rule was written for a construction seen only there. Run once, on 2
December 2026 at 12:05 UTC, at commit `dffd689` (main; the events code is that of `e8c316a`, the session-11 rules,
frozen), with `python -m marsad.training.events_eval blind-il-ir --datasets ../shared/datasets`. No rule was changed
after the run. Gold: 15 counted events (Israeli strikes on Iranian targets in three articles, Israel's accusations in
two, Lieberman's threats in two, Netanyahu's warning, Iran's threat to raze Tel Aviv, Netanyahu's Munich threats,
Rezaei's mocking, Israel's downing of an Iranian drone, the Iranian rocket fire on the Golan (alleged), the IRGC's
downing of an Israeli drone in two copies of one page), 12 optional, 12 no-event sentences, 3 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| IL–IR, 12 docs | 4 | 0.75 (3/4) | 0.13 (2/15) | 0.50 (2/4) | 0.13 (2/15) | 0.50 (2/4) | 0.13 (2/15) | 1/12 | 0/3 |

Found with actors, kind and date: Iran's threat to raze Tel Aviv (IR → IL 130) and Netanyahu's threats at Munich (IL →
IR 130, named in Rezaei's reply). Errors by class, read from the run's listing (not fixed: the split stays as it was
run):
- **The other side named only by a demonym adjective on a noun that is no actor** (the cause of 7 misses): "قصف مواقع
  عسكرية إيرانية", "الغارات … على 20 هدفاً إيرانياً", "أهدفا إيرانية" (three strikes), "القواعد الإيرانية" (Lieberman's
  threat to destroy them), "طائرة استطلاع إيرانية … أسقطتها" and "طائرة من دون طيار تجسسية اسرائيلية" (three downings):
  targets, bases and drones are not object nouns of the lexicon (only a singular قاعدة, a ship, a reactor … are), so
  these acts have no target.
- **Missing cues** (the cause of 4 misses): a vow to strike ("توعد … بأن تضرب بلاده أي محاولة إيرانية", the target
  again a demonym), "لن نسمح لإيران بـ" (a warning without حذر), mocking ("سخر رضائي من"; Rezaei, an Iranian official
  with no nationality word, is no actor either), firing rockets ("أن الإيرانيين أطلقوا 32 صاروخاً على": "the Iranians"
  is no actor either); "ستدمر" (the bases' threat above) is no cue.
- **Actors and claims the rules do not resolve** (the cause of 2 misses): "بلاده" with a country named between it and
  its speaker ("نتنياهو … أن إيران تجاوزت … بعد إعلان بلاده عن قصف … واتهام إيران بقصف هضبة الجولان": the accusation
  has no agent), and the envoy's claim "إن إيران جندت أكثر من 80 ألف مقاتل شيعي في سوريا", which is not in the list of
  hostile conducts.
- **False row** (1): "وصف … ليبرمان إعلان ترمب بأنه شجاع وينطوي على زعامة ستسقط النظام الإيراني" coded IL → IR 190
  (intent): the predicted toppling is Trump's leadership's, inside a description; the sentence is also one of the
  no-event sentences (1/12).
- **Right pair, wrong kind** (1): Rezaei's "نحن نقول له …" read as a statement of Netanyahu to Iran (010): the speaker
  was taken from "تهديدات نتنياهو" inside the reporting frame.
- **Dates**: both rows found are dated right (`before-publication`).

Reading: on a pair and a focus the rules were never read on, actor precision (0.75, 3/4) is at the level of the last
blind runs (0.80, 0.63, 0.87) but recall with actors, kind and date is 0.13 (2/15), far below the 0.75 target: Israel–Iran
news of 2018 is about strikes, threats and downings told with the other side as a demonym on a target noun and with
verbs the cue list lacks, a vocabulary of military conflict the development splits (diplomacy, sanctions, accusations)
hardly hold. 12 documents and 15 events are a small sample. Next session: this split becomes a development split
`il-ir`, and a new blind split is needed first.

### Session 12 (blind-il-ir read for errors, now `il-ir`; a new blind split, Saudi Arabia–Qatar)

**Blind split first.** Before any rule of the session changed, `blind-il-ir` was renamed `il-ir` (development data; its
blind record stays session 11's row) and a new blind split `blind-sa-qa` was drawn and annotated: the pair by a seeded
choice among six pairs no split annotated and session 11's unannotated check did not read (Israel–Syria, US–Syria,
Turkey–Israel, Saudi Arabia–Qatar, France–Iran, US–Saudi Arabia; all had at least 3 candidates in CNN, France24 and
Al Arabiya), which gave **Saudi Arabia–Qatar** (focus Saudi Arabia), then 12 ANT articles (CNN, France24, Al Arabiya,
Jawhara FM: 3 each) by the seeded draw of `data/gold/events/select_blind_saqa.py`. Read and annotated by hand (10
counted events, 15 optional, 10 no-event sentences, 3 background rows) and landed alone (`events gold: blind Saudi
Arabia–Qatar split …`); the user set-up (King Salman, Mohammed bin Salman, Adel al-Jubeir; Emir Tamim, Mohammed bin
Abdulrahman Al Thani in `actors.csv`) was fixed before any article was opened. Its articles were not read again and no
system output was looked at on them while the rules below were written.

**Rules added, read on il-ir** (each with tests on composed sentences in `tests/test_events.py`; every development
split re-run after each change with `python -m marsad.training.events_eval SPLIT --datasets ../shared/datasets`; only
il-ir moved):
- **The other side's sites, targets, bases and aircraft named by its demonym** (`مواقع عسكرية إيرانية`, `أهداف إيرانية`,
  `20 هدفا إيرانيا`, `القواعد الإيرانية`, `طائرة استطلاع إيرانية`; new object nouns in `markers.csv`) are the target of a
  hostile act: as the direct object (also past `أي (من) نوع من` or an adverb such as `مرارا`), after `على`/`ضد` in the
  attack's phrase ("نفذ هجوما واسعا على أهداف إيرانية"), or as the genitive of a downing noun ("إسقاط طائرة تجسس
  إسرائيلية"); such an owner is never the agent of the noun. A role noun or a genitive `لل…` ends the phrase
  ("أهدافا عسكرية للجيش السوري" are the army's).
- **Announced force is a threat of force** (138): "بلاده ستدمر أي نوع من القواعد الإيرانية" (a planned hostile act was an
  intent 19x before).
- **New cues**: "لن نسمح/تسمح/يسمح لـ" (a warning, 130; a first-person verb inside a speaker's words has the speaker's
  side as its subject, and the verb after the particle is the head that must agree), mocking (سخر من, 111), firing
  rockets or shells (أطلق … صواريخ, 190), destroying (دمر, and تدمر only after the future س: alone it is Palmyra),
  striking (ضرب), targeting (استهدف, past only; "استهدفت واشنطن طهران بعقوبات" is the sanctions, 163), raids and
  strikes as nouns (غارات, ضربات, 195); "لن … يسمح" needs its addressee after ل (not "لن يسمحا بمواجهة").
- **Actors**: Iran (like Pakistan and Afghanistan) takes a verb of either gender ("انتقدت إيران" found nothing: إيران
  was listed as masculine); the people named by a plural demonym ("الإيرانيين أطلقوا …") are that side, not as the
  adjective of a definite noun ("المواطنين الإيرانيين") nor after a preposition ("العديد من الإيرانيين", "باللوم على
  الأمريكيين"); "بلاده" skips a country of ours and a place after في to reach the person named before it ("اعتبر
  نتنياهو … أن إيران تجاوزت …، وذلك بعد إعلان بلاده عن قصف …"); a country right before أعلن/قرر governs the verbal noun
  after it ("إيران تعلن إسقاط طائرة …", SVO), and a verbal noun coordinated with the one أعلن governs has the same agent
  ("إعلان بلاده عن قصف مواقع … واتهام إيران بقصف …"). A thing named by its owner's demonym is only ever the object,
  also as the object pronoun of a downing right after a reporting frame ("طائرة استطلاع إيرانية قالت إسرائيل إنها
  أسقطتها").
- **Charges and descriptions**: the genitive of an accusation followed by its charge is the accused ("اتهام إيران
  بقصف", not Iran accusing); the accuser is not the target of the act it charges ("اتهمت إسرائيل إيران بقصف الجولان"
  is no Iranian attack on Israel); a description ("وصف ليبرمان إعلان ترمب بأنه … زعامة ستسقط النظام الإيراني") holds no
  act of the speaker; a claim that the other side recruits or arms fighters is an accusation ("إن إيران جندت أكثر من 80
  ألف مقاتل"); a question ("هل …؟") asserts no event.
- **A continued statement keeps its day**: a sentence opened by وأضاف/وتابع/واختتم does not reset the chain of dates,
  and a speech act of its speaker without a date of its own takes the day the statement's beginning gave (Netanyahu's
  warning, said on Thursday).
- **Unannotated probe** (not gold; read by hand): 87 articles of three pairs no split holds (Israel–Syria, US–Syria,
  Turkey–Israel; 10 per outlet of CNN, France24 and Al Arabiya by a seeded draw, no Saudi–Qatari article) run with the
  extractor of the session's start (its events and cameo folders on today's library) and the final one: 51 → 54 rows.
  Added: the Israeli strikes on Syrian and Iranian sites told by Russia's defence ministry (alleged, right), Turkey's
  expulsion of Israel's ambassador (right), a raid of the US-led coalition on a Syrian army position (right, the US
  named inside the coalition's relative clause); two rows changed only their evidence sentence (merged mentions). Three
  false rows the new cues made on the way were read and removed by the guards above and in the last commits: a border
  "مع سوريا" taken as Syria, a raid as subject taken as the country after ل, and sites in Syria of a third party.
  A second probe, 120 articles of four other pairs (US–Turkey, Turkey–Syria, France–Iran, US–Iran; same draw, seed
  `events-probe2-s12`), showed two false rows of the new rules, both removed (people in a list with another people,
  "مساحة للسعوديين والأتراك", are no actor; a demonym after a preposition, "طائرات من شركة فرنسية", is a company's, not
  the owner of the aircraft); its 43 rows are then the same before and after the session. A third probe, 90 articles
  of US–North Korea, US–China and Israel–US (seed `events-probe3-s12`, 77 rows): one false threat of the session's
  rules ("تعهد أن الشمال سيدمر موقعا" read as a North Korean threat to the US named before it) removed by requiring
  announced force to threaten what follows its verb; the other changes: a question title's summit row gone ("هل فعلا
  قمة ترامب-كيم جونغ أون مهددة؟"), one evidence sentence changed. The demo (559 CNN
  articles, `data/demo`): the Russia–North Korea/Vietnam events are identical; with six partners (US, CN, TR, IR, SY,
  UA) 20 → 18 rows, the two removed both false (a Syrian brigadier's refusal and Russian planes bombing Ghouta, read as
  Russia–Syria acts).

`il-ir` after these: 13 system events, P actors 1.00 (13/13), R actors 0.80 (12/15), R +kind 0.80, R actors+kind+date
0.80 (12/15), P +date 0.92, 0/12 no-event sentences with an event (development numbers: the split was read). Every
other development split prints the same numbers as before the session. Still missed on il-ir: Rezaei's mocking (a state
official named with no nationality word), the recent strikes on "أهدفا إيرانية" (a misspelling), Lieberman's vow ("توعد … بأن تضرب بلاده أي
محاولة إيرانية": the other side only as the adjective of an attempt); right pair, wrong kind: Rezaei's "نحن نقول له"
read as Netanyahu's statement.

### Blind (session 12, Saudi Arabia–Qatar, now `sa-qa`; annotated and landed before any rule of the session changed; run once)

Split `blind-sa-qa` (gold README, section "The `blind-sa-qa` split"): 12 ANT articles (CNN, France24, Al Arabiya,
Jawhara FM: 3 each) naming Saudi Arabia with Qatar, the pair and the documents drawn by
`data/gold/events/select_blind_saqa.py`, read and annotated by hand and landed alone before any rule of the session
changed; the set-up (King Salman, Mohammed bin Salman, Adel al-Jubeir; Emir Tamim, Mohammed bin Abdulrahman Al Thani in
`actors.csv`) was fixed before any article was opened. Its articles were not read again while the rules above were
written, no system output was looked at on them, and no rule names a word seen only there. Run once, on 2 December 2026
at 15:40 UTC, at commit `7ff9847` (main; the events code is that of `5ffe102`, frozen), with
`python -m marsad.training.events_eval blind-sa-qa --datasets ../shared/datasets`. The table below is that run; the one change
made after it (by the lead) is told at the end of this section.
Gold: 10 counted events (Saudi Arabia cutting relations with Qatar in five articles, the blocking of Qatari media sites,
the expulsion deadline for Qatari residents, and at the UN in September 2018 Qatar's denial of the Saudi statement and
the Saudi delegation's rejection and accusations), 15 optional, 10 no-event sentences, 3 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| SA–QA, 12 docs | 1 | 0.00 (0/1) | 0.00 (0/10) | 0.00 (0/1) | 0.00 (0/10) | 0.00 (0/1) | 0.00 (0/10) | 1/10 | 0/3 |

Two more system rows fell on optional gold events (the Qatari emir's criticism of the Saudi–US agreements, words Doha
said were fabricated, read as reported 111 and as a 062 arms deal) and count neither way. Errors by class, read from
the run's listing and the system's rows on these documents (not fixed: the split stays as it was run):
- **No cue for cutting relations** (the cause of 6 misses): "قطع السعودية … علاقاتها مع قطر", "قطعت السعودية علاقاتها
  معها", "بقطع العلاقات التجارية والدبلوماسية مع قطر", "قطع علاقاتها الدبلوماسية مع قطر": the cue list has expelling and
  withdrawing diplomats and freezing assets, but no breaking of relations (161). Even with a cue, three of these name Saudi
  Arabia first in a list of four agents (السعودية والإمارات والبحرين ومصر; الرياض وأبوظبي والمنامة والقاهرة), which the
  list rule drops, and one names it only as "المملكة", which is no actor.
- **No cue for the other coercive measures of a boycott** (2 misses): blocking the other side's media sites ("حجبت
  الجهات المختصة … مواقع قنوات الجزيرة القطرية": the target is also a demonym on a non-actor noun) and a deadline for
  its nationals to leave ("مهلة الـ14 يوماً التي حددتها السعودية … لمغادرة المواطنين القطريين").
- **A diplomatic exchange at the UN** (3 misses): a reply (رد … على بيان) is no cue and "الافتراءات" is not among the
  words that make "واصفا … بـ" a criticism (Qatar's denial); the Saudi rejection is a definite noun ("الرفض التام
  واستنكار البيان القطري", the cue row is the verb رفض) whose object is a demonym on a statement noun; the accusation
  "أن قطر … تدعم الأصوليين … وتأوي مجموعات إرهابية" is not in the list of hostile conducts (it has "تدعم الإرهاب").
- **False row** (1): "وكانت السعودية وقطر قد أيدتا الضربات الأمريكية الفرنسية البريطانية ضد دمشق" coded SA → QA 051:
  joint support of a third party's act by both sides (a dual verb) read as support of one for the other; the sentence is
  one of the no-event sentences (1/10).
- **Dates**: no event found, so none scored.

Reading: on a pair the rules were never read on, the extractor found none of the ten Saudi–Qatari events (actor
precision 0.00 on a single row, recall 0.00), against the 0.75 target. This split's news is a diplomatic boycott, told
with a vocabulary (breaking relations, blocking media, expelling nationals, replies at the UN) the cue list lacks, and with
Saudi Arabia acting in a list of four states; the session's rules, written for the military vocabulary of il-ir, did not
reach it (and were not meant to: no construction of this split was looked at). 12 documents and 10 events are a small
sample. Next session: this split becomes a development split `sa-qa`, and a new blind split is needed first.

After the run (lead, same session; the split is development data from then on): cutting relations is a cue (CAMEO 161,
`cues.csv`: "قطعت … علاقاتها", "قطع العلاقات", "خفض التمثيل الدبلوماسي"), its target is the one after "مع" (another party
there makes it another pair's break: "وكانت السعودية … ومصر قطعت علاقاتها مع قطر" is no Saudi–Egyptian event), and a
relative clause whose verb is followed by its own subject takes up its antecedent with a pronoun ("قطر التي قطعت
السعودية علاقاتها معها": Saudi Arabia → Qatar). Tests on composed sentences in `tests/test_events.py`. This split, re-run
as development data: P actors 0.00 → 0.67 (2/3), R actors + kind + date 0.00 → 0.10 (1/10); every other split prints the
same numbers as before; on 884 unannotated France24 Middle-East articles (focus SA, partners QA, IR, AE, EG, US, TR)
the change adds 4 rows, all Saudi breaks with Qatar, read by hand, and removes none; the demo's events are identical.

### Session 13 (blind-sa-qa read for errors, now `sa-qa`; a new blind split, Egypt–Sudan)

**Blind split first.** Before any rule of the session changed, `blind-sa-qa` was renamed `sa-qa` (development data; its
blind record stays session 12's row) and a new blind split was drawn: the rule (seven pairs no split annotated and no
earlier unannotated probe read — China–North Korea, South Korea–North Korea, Japan–North Korea, Saudi Arabia–Canada,
Iraq–Iran, Turkey–Germany, Egypt–Sudan; eligible with at least 3 candidates in each of CNN, France24 and Al Arabiya;
`random.Random("events-pair-2026-12-02-session13").choice`) was written in the gold README and committed before the
draw, whose script `data/gold/events/select_blind_s13.py` imports the helpers of `select_blind_eg.py`. Four pairs were
eligible (CN–KP, KR–KP, IQ–IR, EG–SD); the draw gave **Egypt–Sudan** (focus Egypt) and 9 articles (CNN, France24, Al Arabiya: 3 each; Jawhara FM has
no candidate). The user set-up (Egypt's prime ministers; Sudan's president, foreign ministers and prime ministers of
2014–2018 in `actors.csv`) was fixed after the draw and before any article was opened. Read and annotated by hand (14
counted events, 13 optional, 11 no-event sentences, 5 background rows) and landed alone (`events gold: blind
Egypt–Sudan split …`). Its articles were not read again and no system output was looked at on them while the rules
below were written.

**Rules added** (each with tests on composed sentences, mostly of other pairs, in `tests/test_events.py`; every
development split re-run after each change with `python -m marsad.training.events_eval SPLIT --datasets
/work/shared/datasets`; only sa-qa moved):
- **Each member of a coordinated subject acts**: a list of the focus and third parties right after the cue ("قطع
  السعودية والإمارات والبحرين ومصر علاقاتها مع قطر", VSO "وقطعت الإمارات والسعودية … علاقاتها مع قطر") or right before
  it ("… قد قطعت"), with the partner named outside the list, keeps the focus as an agent. Lists after a preposition,
  lists naming members ("بينها", "مثل"), "كل من" lists and lists holding both sides stay eventless (co-mention).
  Coordinated words the lexicon does not hold keep a list together ("السعودية والبحرين والإمارات واليمن ومصر": Yemen is a
  co-agent of the break, not its target). The break cue now allows the list between verb and "علاقاتها" ("قطع" alone is
  read as the verbal noun: the masculine verb has no feminine country as subject).
- **A joint subject of both sides backing a third party's act** ("وكانت السعودية وقطر قد أيدتا الضربات … ضد دمشق") is no
  event between them (praise, backing, defence, apology, gifts, condolences with a joint subject).
- **"المملكة" is Saudi Arabia** in a document that names Saudi Arabia more often than all other kingdoms together
  (Morocco, Jordan, Bahrain, the United Kingdom … make it ambiguous).
- **A role noun in construct with a country is its organ** ("رد وفد قطر", "حكومة قطر", "وزير خارجية قطر"): a role
  actor with the noun's gender (not after a genitive ل: "النائب الأول لمندوب روسيا" is the envoy's deputy).
- **Boycott measures**: blocking the other side's media (172), expelling its nationals and a deadline for them to leave
  (174), asking its ambassador to leave (166); the nationals, channels and statements named by its demonym are its
  things ("المواطنين القطريين", "مواقع قنوات الجزيرة القطرية").
- **Replies at the UN**: "رد … على بيان …" calling it false is a denial (016), rejecting or denouncing it a rejection
  (120, coded once: the rejection is the reply's content); a claim that the other side shelters or supports extremists
  ("تؤوي … مجموعات إرهابية", "تدعم الأصوليين") is an accusation, also as a later verb of the clause.
- **Cue coverage from UniversalPetrarch** (`CAMEO.ar.0.5.txt`, MIT, see `/work/shared/datasets/universalpetrarch-arabic/
  PROVENANCE.md`; the verb lemma is in `cues.csv` `upetr_lemma`): the verbs of the main CAMEO roots that `cues.csv`
  lacked were listed (lemma lines with a code of roots 01–19 not matched by any cue) and the unambiguous ones added:
  استنكر (111, block ندد), اشتكى/شكا (114), اعتقل/احتجز the other side's nationals (173), قاطع (163, only with a state
  or goods as object: alone it is also "interrupted"), فرض حصارا (191), طلب من (020; what is asked for is an
  intent, the addressee after من must be ours, "في حال تطلب الأمر" is no appeal), وعد بـ (030), منح قرضا/مساعدات (071),
  and from the block لغى closing the other side's embassy (161), stopping aid (162), suspending negotiations (164),
  cancelling a deal or a visit (160). Tried and left out: عارض (110: on the demo "بكين تعارض أي عقوبات" is opposition
  to a policy, read as China against Russia). `cues.csv` has 100 rows (83 at the session's start).
- **Unannotated probes** (no gold; every added or removed row read by hand; scratch scripts outside the repository,
  seeded draws `events-probe-s13-<pair>-<outlet>` of 10 per outlet, no Egypt–Sudan article): 158 articles of seven
  pairs no split holds (UAE–Qatar, Bahrain–Qatar, South Korea–North Korea, Iraq–Iran, Saudi Arabia–Canada,
  China–North Korea, Turkey–Germany) run with the session's starting code and the final one: 77 → 83 rows. Added: the
  UAE asking Qatar to stop backing terrorists, Canada's criticism of arrests in Riyadh, Ankara asking Berlin to arrest
  a Kurdish leader, Seoul's announced reception of Kim, the UAE (in the list of four) breaking with Qatar — right — and
  a joint pledge of the two Korean leaders at their summit (030, debatable); changed: "علّقت المفاوضات مع كوريا
  الجنوبية" 046 → 164 (right), three rows of "Qatar asks the ICJ to order Abu Dhabi to … condemn" reported → intent
  (the row was false before and stays a false pair); none removed. A second probe, 80 Saudi articles naming
  "المملكة" (seed `events-probe-sa-s13`, partners IR, QA, AE, US, CA, TR, YE): 41 → 39 rows, three right rows added
  (Qatar's UN reply, Turkey's request to search the consulate, a Saudi break with Qatar), five "alliance in Yemen" 050
  rows removed (four false; one was the 2015 intervention coded with a wrong kind). A third probe, 87 articles of seven
  more pairs (India–Pakistan, Japan–China, France–Italy, Germany–US, Russia–Ukraine, Turkey–Syria, UAE–Iran; seed
  `events-probe2-s13`, 6 per outlet): 22 rows before and after, once two false rows of the session's rules it showed
  were removed (a list of three states that "will meet without … the Syrians" read as Turkey meeting Syria: a list of
  agents of a meeting meets among itself; "الجيش التركي يحاصر عفرين" read as a blockade of Syria: the bare verb حاصر
  is left out, only "فرض حصارا" stays). A fourth probe, the focus of the issue: 150 articles naming Russia (seed
  `events-probe-ru-s13`, all outlets, partners KP, VN, CN, US, TR, IR, SY, UA, GB): 94 → 98 rows. Added, all right:
  Lavrov accusing Britain and the US (two rows, "وزير خارجية روسيا" as an organ), the closing of the Russian
  consulate in Seattle and of the US consulate in St Petersburg (three rows); removed: the Russia–Turkey–Iran summit
  read as a Russia–Iran meeting (multilateral, optional by the gold rules). Two false rows of the session's rules it
  showed were removed first: "إغلاق القنصلية الروسية" read from Russia (a consulate, like an embassy, is its country's
  and is the object of the closing, as diplomats of an expulsion are) and "بناء على طلب من وزير الخارجية الأمريكي"
  read as a Russian request to the US (a request *by*; the noun after على or ب is no appeal verb); and "استنكر هذه
  الاتهامات" is the accused rejecting an accusation, not a condemnation (as "انتقد الاتهامات" already was). Demo (559 CNN
  articles, RU with KP/VN and with six partners): identical rows before and after.
- **Not done, on purpose**: recalling one's own ambassador ("استدعت سفيرها في …") is still coded as summoning the other
  side's (111, not 161). The probe shows it (Saudi Arabia–Canada), but the blind Egypt–Sudan articles, read for the
  annotation, hold the same construction: a rule for it written now would be written knowing the blind split.

- **The subject of a relative clause that sets, takes or imposes a cue noun is its agent** ("مهلة الـ14 يوماً التي
  حددتها السعودية والإمارات والبحرين لمغادرة المواطنين القطريين": Saudi Arabia, first of the list of agents, sets the
  deadline), as "العقوبات التي فرضتها" already was.

`sa-qa` after these: 9 system events, P actors 1.00 (9/9), R actors 0.90 (9/10), R +kind 0.90, R actors+kind+date
0.80 (8/10), P +date 0.89, 0/10 no-event sentences with an event (development numbers: the split was read). Every other
development split prints the same numbers as before the session. Still missed on sa-qa: the blocking of Al Jazeera's
sites by "الجهات المختصة في كل من الإمارات والسعودية" (the agent is the authorities *in* a list), and the France24
break found but dated only by another sentence ("مقطوعة منذ الخامس من حزيران/يونيو الماضي").

### Blind (session 13, Egypt–Sudan, now `eg-sd`; annotated and landed before any rule of the session changed; run once)

Split `blind-eg-sd` (renamed `eg-sd` in session 14; gold README, section "The `eg-sd` split"): 9 ANT articles (CNN, France24, Al Arabiya: 3 each;
Jawhara FM has no candidate) naming Egypt with Sudan, the pair and the documents drawn by
`data/gold/events/select_blind_s13.py`, read and annotated by hand and landed alone before any rule of the session
changed; the set-up (Egypt's prime ministers; Sudan's president, foreign ministers and prime ministers) was fixed after
the draw and before any article was opened. Its articles were not read again while the rules above were written, no
system output was looked at on them, and no rule names a word seen only there (the one construction of the probes that
the blind articles also hold, recalling one's own ambassador, was left alone on purpose; see above). Run once, on
2 December 2026 at 18:10 UTC, main at `ed916ed` (the code frozen at 18:10), with
`python -m marsad.training.events_eval blind-eg-sd --datasets /work/shared/datasets`. The table below is that run;
nothing was changed after it.
Gold: 14 counted events (Bashir's reception of Egypt's intelligence chief, the Sisi–Bashir meeting at the African
summit, Bashir's visit to Cairo on 19 March 2018 in three articles and his thanks to his host, the summoning of Egypt's
ambassador over a television series, Sudan's recall of its ambassador in two articles, the restoration of relations and
the announced return of the ambassador, the quadripartite meeting in Cairo, Bashir's accusation that Cairo backs
Sudanese opponents, the foreign ministers' reception at Khartoum airport), 13 optional, 11 no-event sentences, 5
background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| EG–SD, 9 docs | 9 | 0.89 (8/9) | 0.43 (6/14) | 0.67 (6/9) | 0.43 (6/14) | 0.33 (3/9) | 0.21 (3/14) | 1/11 | 1/5 |

Status accuracy 1.00 on the rows with the right kind; three more system rows fell on optional gold events and count
neither way. Errors by class, read from the run's listing (not fixed: the split stays as it was run):
- **Right pair and kind, wrong date** (3 of the 6 events found): the reception of Egypt's intelligence chief ("وكان
  البشير استقبل، مساء السبت، مدير المخابرات …") is given `before-publication` — the weekday between commas after a
  pluperfect verb is not used; Bashir's talks with Sisi in his Cairo speech ("بحثت مع فخامة الرئيس السيسي …") are given
  `before-publication` (the gold dates them by the visit's day, "اليوم" in the same quote); Bashir's quick visit to
  Cairo (Al Arabiya) is dated April 2017 by "في ابريل الماضي" of the three leaders' meeting earlier in the sentence.
- **No cue for restoring relations** (3 misses): the return of relations and of Sudan's ambassador ("عودة العلاقات
  الدبلوماسية بين البلدين", "عودة سفير السودان … إلى مصر") and the announced return ("سفيره … سيعود إلى القاهرة الاثنين",
  an intent).
- **Recalling one's own ambassador** (2 misses): "استدعى سفيره في مصر للتشاور", "استدعته الخرطوم للتشاور",
  "استدعاؤه إلى الخرطوم": the summoning cue wants the other side's envoy; one's own is no actor. This is the construction
  seen on the Saudi–Canadian probe and left alone because the blind articles hold it.
- **Participants the extractor does not read** (4 misses): a dual construct "لقاء رئيسي مصر والسودان على هامش القمة
  الأفريقية" (the two presidents of Egypt and Sudan), the quadripartite meeting "الاجتماع الرباعي الذي عقد في القاهرة …
  بين وزيري خارجية البلدين ورئيسي جهازي المخابرات المصري والسوداني" (a dual role noun after بين), the foreign ministers'
  embrace at the airport ("العناق الحار المتبادل بين كل من وزيري الخارجية السوداني ونظيره المصري عند وصوله", no cue for
  an embrace or an arrival noun), and Bashir's thanks told in the first person inside his speech ("أعرب لكم ولأخي العزيز
  عبدالفتاح السيسي … عن شكري وتقديري": the appreciation cue allows two words between أعرب and عن).
- **False row** (1): "وأعلنت مصر في شباط/فبراير تأجيل جولة جديدة للاجتماع الثلاثي مع السودان وإثيوبيا" coded EG → SD 040:
  a trilateral meeting whose other side after مع is a list with a third party (the one no-event sentence hit, 1/11).
- **Second rows of one event, wrong kind** (2): on France24's summit article, the title "في زيارة رسمية إلى مصر لبحث سبل
  تعزيز العلاقات الأخوية بين البلدين" is coded 050 from the purpose phrase (تعزيز العلاقات) instead of the visit, and the
  summit announced for later the same day ("سيتم عقد قمة") is an extra 036 intent row next to the visit found with its
  day.

Reading: on a pair the rules were never read on, actor precision is 0.89 (8/9), close to the 0.90 target, but recall
with the right kind and date is 0.21 (3/14) against 0.75: six of the fourteen events are found at all, three of them
with a wrong date. This split's news is diplomatic normalisation (visits, meetings, an ambassador recalled and sent
back), told with a vocabulary and constructions (restoring relations, one's own envoy, dual constructs of both
countries' officials, dates in pluperfect clauses) that the session's rules — written for a boycott and from the
dictionary's conflict verbs — do not cover. 9 documents and 14 events are a small sample. Next session: this split
becomes a development split `eg-sd`, and a new blind split is needed first.

### Session 14 (blind-eg-sd read for errors, now `eg-sd`; a new blind split, South Korea–North Korea)

First, before any rule changed: `blind-eg-sd` was renamed `eg-sd` (development data; its blind number stays the
session-13 row), and a new blind split was drawn by a rule committed before the draw (`select_blind_krkp.py`, gold README
section "The `blind-kr-kp` split"), read and annotated by hand and landed alone (12 documents, 19 counted events); the
user set-up of its leaders (Moon Jae-in, Park Geun-hye, Lee Nak-yon, Kang Kyung-wha, Cho Myoung-gyon; Ri Son-gwon) was
fixed before the draw and committed apart. Then the eg-sd errors were read and the general defects behind them fixed,
each with unit tests on composed sentences (`tests/test_events.py`, section "session 14"), the patterns in
`marsad/data/cameo` (`markers.csv`: `RECALL_OWN`, `RETURN_ENVOY`, `PURPOSE`, `FIRST_PERSON_MEETING`; `cues.csv`: restored
relations, an envoy's return, embraces and handshakes):
- **Intelligence services and their directors are organs of their country**: `مخابرات`, `جهاز`, `مدير` are role nouns
  and `مخابرات`, `عامة` fillers ("استقبل البشير، مساء السبت، مدير المخابرات العامة المصرية"; the pluperfect keeps its
  weekday once the actor is read).
- **One's own ambassador recalled is 161 against the host**, not a summons of the other side's (111): "استدعى سفيره في
  مصر للتشاور", "استدعت الرياض سفيرها لدى أوتاوا", "استدعته الخرطوم للتشاور", "استدعاؤه إلى الخرطوم". The host is the
  country after لدى/في/من (the envoy's posting "سفيره لدى X" keeps X for the recall only) or the other side of the
  sentence; the agent the side inside the phrase, after "إلى" (back to its capital) or the sentence's subject (not an
  envoy expelled just before, not a country after a preposition: read on unannotated Saudi–Canadian news); a date after
  the recall in its clause is its own; "للتشاور" is no longer also a consultation (040).
- **Restored relations and an envoy sent back are 054** ("عودة العلاقات الدبلوماسية", "أعادت علاقاتها الدبلوماسية", "عودة
  سفير السودان إلى مصر", "عاد السفير السوداني إلى القاهرة"), a planned return ("سفيره … سيعود إلى القاهرة الاثنين") an
  intent 032 dated by its own (next) weekday; "بعد (نحو) أسبوعين من X" dates X to a window before the article's present.
- **Dual role nouns**: after "وزيري الخارجية", "رئيسي جهازي المخابرات" the demonym coordinated with the role's own ("المصري
  والسوداني") is the other country's officials, so the meeting "بين وزيري الخارجية المصري والسوداني" has both sides.
- **A meeting with the other side and a third party after مع is multilateral** ("الاجتماع الثلاثي مع السودان وإثيوبيا";
  hostile acts on a list of targets are unchanged): the one false row of the blind run.
- **Purpose phrases** (لبحث، لتعزيز، لتوقيع، من أجل، بهدف …) after a visit or a meeting cue of the same clause say what it
  is for: "في زيارة رسمية إلى مصر لبحث سبل تعزيز العلاقات" is the visit, not a 050.
- **An embrace or a handshake of the two sides is a meeting** (العناق، المصافحة، صافح), its sides named by "بين كل من X
  ونظيره".
- **"، وتأتي/وجاءت" opens a clause**, so a visit named after it is not dated by the month of an earlier meeting in the
  sentence (Bashir's Cairo visit was dated April 2017; it is now undated and, in that article, merges with the undated
  airport embrace, one event per pair and date).
- **The speaker's own talks told in the first person as his statement goes on** ("وتابع قائلا: بحثت مع فخامة الرئيس …")
  have the day the statement's beginning gives.
- **A meeting or hosting verb whose object slot holds another noun** ("استقبل أردوغان لاعبي المنتخب قبل مباراة العراق")
  did not meet the country named later (a false row found while testing the handshake cue; no split holds it).

`eg-sd` after these: 15 system events, P actors 1.00 (15/15), R actors 0.79 (11/14), R actors+kind+date 0.79 (11/14),
P +date 0.73, 0/11 no-event sentences with an event (development numbers: the split was read). Every other development
split prints the same numbers as before the session; `tests/test_events.py` (238 tests, the seed timeline's included)
passes. Unannotated probe: the extractor's rows on the unannotated Egypt–Sudan, Turkey–Germany, Saudi Arabia–Canada and
Japan–North Korea candidates (no split holds them) were compared before and after the session: the Saudi recall of its
ambassador from Ottawa is 161 (was 111), two rows that had Canada recalling were fixed, Bashir's accusation of Egypt's
intelligence service is found; no new false row was seen. Still missed on eg-sd: the Sisi–Bashir meeting named inside a
relative clause of a sentence that already holds a meeting, Bashir's thanks in the first person ("أعرب لكم ولأخي …
عن شكري"), and Bashir's Cairo visit (merged, undated, with the embrace of another day).

### Blind (session 14, South Korea–North Korea; annotated and landed before any rule of the session changed; run once)

Split `blind-kr-kp` (gold README, section "The `blind-kr-kp` split"): 12 ANT articles (CNN, France24, Al Arabiya, Jawhara
FM: 3 each) naming South Korea with North Korea, drawn by `data/gold/events/select_blind_krkp.py` (rule committed before
the draw), read and annotated by hand and landed alone before any rule of the session changed; the set-up (South Korea's
president, former president, prime minister, foreign and unification ministers; Ri Son-gwon) was fixed before the draw.
No system output was looked at on these articles while the rules above were written, and no rule names a word seen only
there. Run once, on 2 December 2026 at 21:25 UTC, main at `c10e16f` (the code frozen at 21:25), with
`python -m marsad.training.events_eval blind-kr-kp --datasets /work/shared/datasets`. The table below is that run; nothing
was changed after it.
Gold: 19 counted events (the South Korean delegation's meeting in Pyongyang on 5 March 2018; North Korea's threat to
suspend the talks and their alleged suspension in May; the September summit as planned, the April summit, the Panmunjom
Declaration, the May DMZ meeting and the talks of 13 August in one CNN article; the 27 April summit in two France24
articles and the denuclearisation agreement; Kim Yong-chol's planned visit of 23–25 February; his meeting on 27 February,
the agreement to continue joint efforts, Moon's meeting with him on 25 February and Moon's appeal, the sister's visit, the
alleged Cheonan attack of 2010; Seoul's condemnation of the April 2017 missile launch), 13 optional, 14 no-event
sentences, 3 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| KR–KP, 12 docs | 7 | 1.00 (7/7) | 0.37 (7/19) | 1.00 (7/7) | 0.37 (7/19) | 0.71 (5/7) | 0.26 (5/19) | 0/14 | 0/3 |

Status accuracy 1.00 on the rows with the right kind; one more system row fell on an optional gold event. Errors by
class, read from the run's listing (not fixed: the split stays as it was run):
- **No false row**: every system row has the right pair, direction and kind, and none of the 14 no-event sentences
  (warnings and appeals to the United States about the other Korea, the US–North Korea summit awaited in the South or
  possibly at Panmunjom, Ivanka Trump in Pyeongchang, reports of the North's own missile tests) produced an event.
- **Names of the two Koreas the extractor does not read** (3 misses): "الجنوب" and "الشمال" for the two states ("زيارة …
  إلى الجنوب", "الأسرة الحاكمة في الشمال"), "الكوريتين … اتفقتا" (the two Koreas as a pair word), indefinite demonyms
  ("جنرال كوري شمالي رفيع", "جنرالا كوريا شماليا كبيرا", "مسؤولين كوريين جنوبيين كبار") and officials named without their
  country ("مسؤول الاستخبارات سوه هون ووزير التوحيد"): Kim Yong-chol's meeting of 27 February, the agreement to continue
  joint efforts, the sister's visit.
- **Delegations, capitals and committees in construct with the country** (2 misses): "وصل وفد من كوريا الجنوبية إلى
  عاصمة كوريا الشمالية بيونغ يانغ", "اجتمع أفراده مع رئيس لجنة كوريا الشمالية"; and "اللقاء التاريخي الذي جرى بينه وبين
  الزعيم الكوري الشمالي" (a pronoun in "بينه وبين").
- **Agreements and declarations** (2 misses): "عندما وقعا «إعلان بانموجوم»" (a dual verb whose subjects are in the
  sentence before), "الإعلان عن اتفاق بين البلدين", "يتفقان على الالتزام بنزع السلاح النووي" (the summit of the same
  day is found, its agreement is not).
- **Two meetings of different dates in one sentence** (1 miss, 1 wrong date): "التقيا للمرة الأولى في أبريل … بينما
  اجتمعا للمرة الثانية في مايو" gives one row, dated May, which the scorer takes for the April summit; the May meeting
  is lost. The planned September summit is found in the lead but dated `before-publication` (its month is in the next
  sentence: "وستكون القمة المرتقبة … في سبتمبر/ أيلول المقبل").
- **Acts with no cue or no object read** (3 misses): a threat to suspend the talks in a title ("وتهدد بتعليق مفاوضاتها مع
  كوريا الجنوبية"), Seoul calling the launch "a threat to the whole world" ("وسيول تعتبره تهديدا للعالم", a pronoun
  object), the Cheonan sinking Kim Yong-chol "is suspected" of ordering ("بإطلاق طوربيدات أدت إلى غرق السفينة الحربية
  الكورية الجنوبية").
- **A planned visit told as leading a delegation** (1 miss): "سيقود وفدا من ثمانية أعضاء إلى كوريا الجنوبية في زيارة
  تستمر من الجمعة إلى الأحد" (its lead names the general by an indefinite demonym: "جنرالا كوريا شماليا كبيرا سيحضر").

Reading: on a pair the rules were never read on, actor precision is 1.00 (7/7), above the 0.90 target, but recall with
the right kind and date is 0.26 (5/19) against 0.75: seven of the nineteen events are found, five with their date. The
eg-sd work raised that split's development recall from 0.21 to 0.79, but this news names its two sides in ways the
rules do not read (the North and the South, the two Koreas, indefinite demonyms, delegations "from" a country,
officials without a country), and half of its events are told in long sentences that hold two meetings or an agreement
next to a meeting. 12 documents and 19 events are a small sample. Next session: this split becomes a development split
`kr-kp`, and a new blind split is needed first.

### Session 15 (blind-kr-kp read for errors, now `kr-kp`; a new blind split, Iraq–Iran)

First, before any rule changed: `blind-kr-kp` was renamed `kr-kp` (development data; its blind number stays the
session-14 row), and a new blind split was drawn by rules committed before each draw (`select_blind_s15.py`, gold README
section "The `blind-iq-ir` split": the pair by a seeded choice between the two pairs session 13 counted and no split took,
China–North Korea and Iraq–Iran, with every candidate of an earlier unannotated probe's pair skipped, which left only
Iraq–Iran eligible; then 4, 5 and a third "state actors" stage per outlet), read and annotated by hand and landed alone
(23 documents, 10 counted events); the user set-up of Iraq's leaders (prime ministers, presidents, foreign ministers of
2014–2018) was fixed before the draw and committed apart. Then the kr-kp errors were read and the general defects behind
them fixed, each with unit tests on composed sentences, on another pair where the construction is not Korean
(`tests/test_events.py`, section "session 15"):
- **A threat codes the act it threatens** (`هدد/يهدد/تهدد` + بـ + a cue within four words): "تهدد بتعليق مفاوضاتها مع
  كوريا الجنوبية" is 134, "هددت … بقطع العلاقات" and "بفرض عقوبات" 131, force 138; the threatened act is no event of its
  own (it is not done). (`us-ir`'s "هدد البيت الأبيض إيران بعقوبات جديدة" is 131 now, as its gold codes it.)
- **Two meetings of one sentence with their own dates are two events** ("التقيا للمرة الأولى في أبريل …، بينما اجتمعا
  للمرة الثانية في مايو"); a dual verb of a clause that names nobody takes the pair of the sentence's earlier meeting or
  agreement ("عندما وقعا «إعلان بانموجوم»"); signing a declaration (وقع … إعلان) is 057; "for the first time in April"
  dates the meeting (a named month or day after "للمرة الأولى في" is no "since"). The scorer matches a row to the gold
  event of its sentence whose date holds the row's, so two meetings of one sentence are both found.
- **Agreements**: an announced agreement (أعلن/الإعلان عن اتفاق بين …) is 057, also with the pair word ("بين البلدين");
  an agreement whose only later act is its purpose (اتفقتا على مواصلة الجهود … من أجل تحسين العلاقات) is the promise
  (030), and one is not dropped for an adjunct after its complement (في أعقاب قمة).
- **How the sides are named**: indefinite and accusative demonyms after role nouns ("جنرال كوري شمالي"، "مسؤولين
  كوريين جنوبيين"، "جنرالا كوريا شماليا"; generals are role nouns), South Korea's curated demonym and its capital as
  سيول; a delegation or officials *from* a country (وفد من X، مسؤولين من X) are its organ; Moon alone names South Korea's
  president (not in "بان كي مون"); كيم يونغ شول is one person. The halves and the pair of a divided nation (الجنوب،
  الشمال، الكوريتين، الزعيمان الكوريان; a table in `events.extract`, read only when both are the focus and a partner):
  a half is the state only after إلى/من (where one goes or comes from), and "the two Koreas" with one side named is a topic.
- **Visits**: an arrival's destination is after the cue's own إلى ("وصل وفد من كوريا الجنوبية إلى عاصمة كوريا
  الشمالية"); a visit someone will lead a delegation on (سيقود وفدا إلى … في زيارة) is planned (036); a comma after a
  weekday ("رفيع الثلاثاء، زيارة") or closing a relative clause does not cut the subject off a noun's phrase.
- **Dates and merging**: a clause of cause or place with its own verb (إذ يشتبه …، حيث تم توقيع الهدنة …، لأن) does not
  date the event; "منذ انتهاء الحرب الكورية في 1953" is a since; an act told after كان + subject (no قد) keeps its own row
  instead of joining the day's news peg; an undated plan joins the document's one dated plan of the same kind; a title's
  threat joins the body's; an ellipsis inside a quotation ("الكوريتين... اتفقتا") does not end the sentence; cancelled
  talks or meetings (ألغت محادثات) are 160, not a meeting.
- **A verb coordinated after the subject's first verb and its object shares that subject** ("كوريا الشمالية تحذر واشنطن
  وتهدد بتعليق مفاوضاتها مع كوريا الجنوبية": the subject opens the sentence, its first verb follows it; the other side
  is named within the coordinated verb's phrase and is no topic; not for meetings).
- **"بينه وبين X" after a meeting noun** is the meeting of the speaker of ours, or of the sentence's subject, with X ("اللقاء
  التاريخي الذي جرى بينه وبين الزعيم الكوري الشمالي"); said of a third party's leader ("القمة التاريخية بينه وبين …" in
  Trump's sentence) it is no event of ours.
- **A bug**: the negation window before a cue was read from a slice, so a window starting inside "أعلن" read its tail "لن"
  as a negation (an announced agreement came out as a denied 120).

`kr-kp` after these: 18 system events, P actors 1.00 (18/18), R actors 0.89 (17/19), R actors+kind+date 0.84 (16/19),
0/14 no-event sentences with an event (development numbers: the split was read). Every other development split prints the
same numbers as before the session (`python -m marsad.training.events_eval SPLIT --datasets /work/shared/datasets`, each
split); `tests/test_events.py` (260 tests) passes. Unannotated probe (no article of the blind pairs CN–KP or IQ–IR): the
extractor's rows on 89 unannotated KR–KP, JP–KP and TR–DE candidates were compared before (main at `9c43449`) and after
the session: 44 → 68 rows; of the new or changed rows about twenty are right (the delegations' visits of 5 March, the
Kim–envoys meeting, the hotline and summit plans, North Korea cancelling talks with Seoul as 160, a demand to return the
waitresses) and about a dozen have a wrong pair or direction (the Singapore US–North Korea summit named in Kim's thanks to
Moon, an appeal to "the American and North Korean sides", a visit to two islands "coinciding with" a South Korean drill,
journalists from Seoul refused, an accusation read in the wrong direction). On 127 unannotated TR–SY, SA–CA and EG–SD
candidates the rows are identical before and after. Still missed on kr-kp: Seoul calling the launch "a threat" with a
pronoun object, the alleged Cheonan attack, and the date of the agreement to continue efforts (its sentence names no
day; the gold dates it by the meeting before).

### Blind (session 15, Iraq–Iran; annotated and landed before any rule of the session changed; run once)

Split `blind-iq-ir` (gold README, section "The `blind-iq-ir` split"): 23 ANT articles (CNN 9, France24 7, Al Arabiya 7;
Jawhara FM has no candidate) naming Iraq with Iran, the pair and the documents drawn by `data/gold/events/select_blind_s15.py`
(each stage's rule committed before it was drawn), read and annotated by hand and landed alone before any rule of the
session changed; the set-up (Iraq's prime ministers, presidents and foreign ministers of 2014–2018) was fixed before the
draw. No system output was looked at on these articles, nor on any candidate of the pair, while the rules above were
written; the annotator did read the articles (to annotate them), as in every earlier blind split. Run once, on 3 December
2026 at 09:30 UTC, main at `cb3401e` (the events code as frozen at 08:55, `52e12bb`, with only other areas' commits after
it), with `python -m marsad.training.events_eval blind-iq-ir --datasets /work/shared/datasets`. The table below is that
run; nothing was changed after it.
Gold: 10 counted events (Iran's cut of electricity exports to Iraq about four weeks before 16 July 2018 and the Iraqi
delegation's visit to Tehran on 13 July; the decision of Tehran and Baghdad to drop the dollar in their trade; the Iraqi
foreign ministry's regret over the burning of Iran's consulate in Basra on 7 September, in two CNN pages; Soleimani's
visit to Baghdad after the May election, in two copies of one France24 article; the Zarif–Abadi meeting in Kuwait on 14
February and Zarif's support for Iraq's reconstruction; the Iran–Iraq war told in a column), 6 optional, 43 no-event
sentences, 9 background rows. Fifteen documents hold no counted event.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| IQ–IR, 23 docs | 5 | 0.40 (2/5) | 0.20 (2/10) | 0.40 (2/5) | 0.20 (2/10) | 0.00 (0/5) | 0.00 (0/10) | 1/43 | 0/9 |

Status accuracy 1.00 on the two rows with the right kind; one more system row fell on an optional gold event. Errors by
class, read from the run's listing (not fixed: the split stays as it was run):
- **A visit's destination named as the genitive of the visit noun read as its agent** (1 false row and 1 miss): "ترأس
  وزير الكهرباء العراقي …، وفدا حكوميا عراقيا قام بزيارة طهران يوم الجمعة الماضي" came out Iran → Iraq 042 (right day):
  "زيارة X" takes X as the visitor ("زيارة بوتين لكوريا"), but a capital or country right after the noun, with the
  visitor named before it, is where one goes.
- **A third party's trip to both capitals** (1 false row, the one no-event sentence hit): "قام الرئيس الباكستاني الأسبق
  … بزيارة وساطة إلى طهران وبغداد" came out Iraq → Iran 042 — two destinations after إلى are a list of places, not the
  pair.
- **Reluctance and disowning not read as negation** (1 false row): "سبب عزوف إيران عن إعلان تعهد مالي للمشاركة في إعادة
  إعمار العراق" came out as an Iranian pledge (030 intent); عزوف، تنصل، أحجم عن are refusals (the gold makes the
  non-pledge optional).
- **Dates of found events** (2 rows with the right kind, both with a wrong date): the electricity cut is dated by the last
  paragraph's "واليوم، يأتي قرار إيران بوقف تصدير الكهرباء" (publication day) instead of "منذ نحو 4 أسابيع" in its first
  telling (a number of weeks with نحو is not read; the mentions merge into the dated one); the Zarif–Abadi meeting "على
  هامش مؤتمر الكويت" is `before-publication` — the conference's day ("الذي عقد أمس الأربعاء") is in the first sentence.
- **No cue** (4 misses): regret over an attack on the other side's consulate ("أبدت وزارة الخارجية العراقية أسفها عما
  حدث", "أعربت … عن أسفها العميق": 055), a joint decision on their trade ("قررتا إلغاء التعامل بالدولار … في المبادلات
  التجارية بين البلدين": 061), expressed support without عن ("أبدى ظريف "دعم بلاده الكامل للعراق""), and a war named as
  a noun with its two sides ("حرب السنوات الثماني بين العراق وإيران": 190).
- **A commander's visit in the pluperfect with a long role** (2 misses, one article in two copies): "وكان قائد فيلق
  القدس في الحرس الثوري الإيراني الجنرال قاسم سليماني قد زار بغداد غداة صدور نتائج الانتخابات" (the role's demonym
  sits after "في الحرس الثوري", and the name after it).

Reading: on a pair the rules were never read on, with a focus (Iraq) that no split had, actor precision is 0.40 (2/5)
against the 0.90 target and recall with the right kind and date is 0.00 (0/10) against 0.75. The session's rules were
read on the two Koreas (delegations, summits, agreements, divided names); this Iraq–Iran news is economic and consular
(electricity, currency, a consulate burned by protesters, a conference's sidelines) and told in columns, and its few
events use verbs and nouns no cue holds (regret, a joint trade decision, support without عن, a named war) or put the
destination of a visit in the genitive. 23 documents and 10 events are a small sample: recall moves by 10 points per
event, and fifteen of the documents hold no counted event, so the split measures mostly precision on columns, lists,
venues, militias and protesters (1 of 43 no-event sentences hit). Next session: this split becomes a development split
`iq-ir`, and a new blind split is needed first.

### Session 16 (blind-iq-ir read for errors, now `iq-ir`; a new blind split, Lebanon–Saudi Arabia)

First, before any rule changed: `blind-iq-ir` was renamed `iq-ir` (development data; its blind number stays the
session-15 row), and a new blind split was drawn by a rule committed before the draw (`select_blind_s16.py`, gold
README section "The `blind-lb-sa` split": nine state pairs no split annotated and no probe read; candidates need two
sentences naming both sides and one naming a state actor of each, the lesson of session 15's columns and lists;
candidates of every annotated or probed pair sharing a side skipped; eligible with 4 candidates in CNN, France24 and
Al Arabiya; 5 per outlet). Only Lebanon–Saudi Arabia was eligible; 14 documents were read and annotated by hand and
landed alone (21 counted events, 14 optional, 8 no-event sentences, 9 background rows); the user set-up of Lebanon's
president, prime minister and foreign minister, decided before the draw, was committed apart. Then the iq-ir errors
and the wrong rows of session 15's unannotated probe were read and the general defects behind them fixed, each with
unit tests on composed sentences, mostly Turkey–Iran (`tests/test_events.py`, section "session 16"):
- **Visits**: a country or capital in the genitive of the visit noun is where one goes ("وفدا حكوميا عراقيا قام بزيارة
  طهران"; it is never the visitor); a role or leader in that genitive is the visitor ("ترحب بزيارة وفد من أنقرة"); two
  joined destinations are a third party's trip ("بزيارة وساطة إلى طهران وبغداد"); a country or capital one arrived at is
  no visitor ("الوزير الأميركي، الذي وصل إلى طوكيو بعد زيارة لبيونغ يانغ"); people from a country visiting are not its
  state ("ترفض زيارة صحافيين من سيول").
- **How the sides are named**: government delegations by an accusative demonym after fillers ("وفدا حكوميا عراقيا"،
  "وفد حكومي تركي رفيع"); chief negotiators ("كبير مفاوضي إيران") are organs; a commander inside an organ of ours
  ("قائد فيلق القدس في الحرس الثوري الإيراني الجنرال قاسم سليماني") is that organ, a title between the role and the name
  allowed (not a role before another actor: "الرئيس الإيراني … في البرلمان التركي"); "وأدان" is a masculine perfect,
  not a dual (a coordinated verb that does not agree with the country before it has an unnamed object).
- **Modality and frames**: reluctance and disowning (عزوف، أحجم، امتنع، تنصل … عن) are refusals of what follows; what an
  act coincides with (تزامن … مع) is no participant; what a pair with a third party agrees or decides on ("الولايات
  المتحدة وكوريا الجنوبية اتفقتا على تعليق تمارين مشتركة") is theirs, unless each does it with the other side ("تحاولان
  ترتيب قمم خاصة بهم مع كيم"); a planned summit whose place and day come before its sides (بين … and a third party)
  is theirs, and so is a demonstrative taking it up ("هذه القمة"); whom one joins is a co-agent ("انضمت كندا للولايات
  المتحدة … وطردت"); an agreement under review, renegotiation or withdrawal is a topic, not a signed one; the other
  side second in a list after مع headed by a third party is a multilateral meeting or negotiation ("في مفاوضاتها
  الجديدة مع كندا والمكسيك"); hope and wish (تأمل، تطمح، ترغب، تريد) mark an intent.
- **Cues**: regret (055; regret over the other side's decision or stance is disapproval, 111), support expressed
  without عن ("أبدى ظريف دعم بلاده الكامل للعراق"), a joint decision of the pair on their trade or currencies (061).
- **Dates**: N days, weeks or months ago is a window before publication ("منذ نحو 4 أسابيع": ±1 week); the day the
  news comes ("واليوم، يأتي قرار …") dates nothing; a planned thing's day or month ("القمة المقررة في 12 يونيو", "التي
  كانت مقررة في مارس القادم") dates neither a thanks nor a cancellation (an intent keeps its planned day); hashtags
  lose their "#" ("وقف #تصدير_الكهرباء" is read); a meeting on the sidelines of a gathering (على هامش مؤتمر الكويت)
  takes the day another sentence of the document gives that gathering ("مؤتمر الكويت الذي عقد أمس الأربعاء"), and
  praise said during it follows.
- **Gold**: one optional iq-ir row (Iran's non-pledge at the Kuwait conference) gained its omitted second telling
  ("سبب عزوف إيران عن إعلان تعهد مالي"), which the extractor now reads as a refusal.

`iq-ir` after these: 10 system events, P actors 1.00 (10/10), R actors 0.90 (9/10), R actors+kind+date 0.60 (6/10),
0/43 no-event sentences with an event (development numbers: the split was read; still wrong: the dollar decision dated
by the day it was told, Soleimani's visit "غداة صدور نتائج الانتخابات" undated, the Iran–Iraq war has no cue).
`us-ir` R actors 0.83 → 0.75 (9/12; R actors+kind+date unchanged 0.58): an undated mention of Iran's threats now joins
the dated threat of Soleimani, whose long role is read now. Every other development split prints the same numbers
as before the session (`python -m marsad.training.events_eval SPLIT --datasets /work/shared/datasets`, each split);
`tests/test_events.py` (275 tests) passes. Unannotated probe (no Lebanon–Saudi candidate; scratch scripts outside the
repository): 147 articles of KR–KP, JP–KP, TR–DE (session 15's pairs) and US–Mexico, US–Canada (first 40 candidates by
name) run with the session's starting code (`77ef00c`) and the final one: 61 → 49 rows; removed: thirteen rows, all
read as false (the two "coinciding" visits, the US secretary's visit to Pyongyang read as Japan's, the Singapore summit
in Kim's thanks, journalists from Seoul refused, an accusation in the wrong direction, the three-way NAFTA negotiations
or their review read as a US–Mexico or US–Canada agreement or negotiation six times, joining the US in expelling
Russians); added: the North Korean negotiator's
accusation of the South (right); two dates corrected (Kim's thanks no longer dated by the summit's day, a cancelled
visit no longer by its planned month). The US–Mexico and US–Canada rows
that remain show what the rules do not read on trade news: lists of two partners after مع, exemptions from tariffs,
a candidate's pledge.

### Blind (session 16, Lebanon–Saudi Arabia; annotated and landed before any rule of the session changed; run once)

Split `blind-lb-sa` (gold README, section "The `blind-lb-sa` split"): 14 ANT articles (CNN 5, France24 4, Al Arabiya 4,
Jawhara FM 1) naming Lebanon with Saudi Arabia, the pair and the documents drawn by `data/gold/events/select_blind_s16.py`
(rule committed before the draw), read and annotated by hand and landed alone before any rule of the session changed; the
set-up (Lebanon's president, prime minister and foreign minister) was decided before the draw and committed apart. No
system output was looked at on these articles, nor on any Lebanon–Saudi candidate, while the rules above were written,
and no rule names a word seen only there; the annotator did read the articles (to annotate them), as in every earlier
blind split. Run once, on 3 December 2026 at 12:10 UTC, main at `0f17ae3` (the events code as frozen at `1288085`, with
only other areas' commits after it), with `python -m marsad.training.events_eval blind-lb-sa --datasets
/work/shared/datasets` on an export of that commit. The table below is that run; nothing was changed after it.
Gold: 21 counted events (Hariri's praise of King Salman on naming a Beirut avenue after him and of the crown prince twice;
his meeting with the crown prince in Paris on 9 April 2018; Saudi Arabia's renewal of a $1bn loan, in three pages; the
Saudi pressure alleged behind Hariri's November 2017 resignation, in two; the king's envoy's meeting in Beirut on 26
February and his invitation, in two pages each; Hariri's visits of 27 February and 29 May; his planned meeting with the
king; his last visit of 3 November 2017, in two; King Salman's call to Aoun on 1 November 2016, his congratulation and
Aoun's thanks), 14 optional, 8 no-event sentences, 9 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| LB–SA, 14 docs | 15 | 0.93 (14/15) | 0.62 (13/21) | 0.87 (13/15) | 0.62 (13/21) | 0.60 (9/15) | 0.43 (9/21) | 1/8 | 1/9 |

Status accuracy 1.00 on the rows with the right kind. Errors by class, read from the run's listing (not fixed: the split
stays as it was run):
- **One false row and one wrong kind**: Hariri stressing "the importance of encouraging investment between Lebanon and
  Saudi Arabia" came out as economic cooperation (061; the one no-event sentence hit), and his praise of the crown
  prince's role ("وأبرز الحريري دور الأمير محمد بن سلمان في دعم الاستقرار") as a meeting (040).
- **A name after the contracted lam and article** (2 misses): "آخر زيارة للحريري للمملكة في الثالث من نوفمبر" — the
  user's pattern "الحريري" does not match "للحريري", so Hariri's last visit of 3 November 2017 is lost in both pages.
- **Praise without a praise verb** (2 misses): "أكد … أن دور ولي العهد … محوري لدعم استقرار لبنان", an avenue named after
  the king "لتكريم قامة عربية كبيرة، وقفت الى جانب لبنان".
- **Alleged pressure** (2 misses): "في خطوة يعتقد أنها أتت بضغط من ولي العهد", "السعودية التي يشتبه بأنها دفعت الحريري
  إلى الاستقالة" — no cue for pressure or pushing someone to resign.
- **Dates of found events** (4 rows with the right kind and a wrong date): the loan renewal "حينذاك" (the donors'
  conference "قبل بضعة أيام" of the sentence before); the envoy's meeting named after "عقب الاجتماع" whose Monday is in the
  abstract; Hariri's 29 May visit, whose "الثلاثاء" is in the reporting frame of the sentence found, the first sentence
  ("توجه … الثلاثاء الى السعودية") giving no row; an invitation dated by the day it was handed (the gold dates a plan
  `before-publication`).
- **Other misses** (2): the congratulation told by a pronoun object in the call's sentence ("هنأه فيها بفوزه") and the
  planned meeting with the king and the crown prince ("سيلتقي مع الملك سلمان وولي العهد").

Reading: on a pair the rules were never read on, with a focus (Lebanon) no split had, actor precision is 0.93 (14/15),
above the 0.90 target, and recall with the right kind and date is 0.43 (9/21) against 0.75 (session 15's first blind
run gave 0.00, session 14's 0.26). The news is diplomatic (visits, calls, invitations, praise, a loan) and most
events are found with the right pair and kind; what is lost is praise told without a praise verb, a name after "لل",
alleged pressure, and dates that sit in another sentence of the article. 14 documents and 21 events are a small
sample: recall moves by about 5 points per event. Next session: this split becomes a development split `lb-sa`, and a
new blind split is needed first.

### Session 17 (blind-lb-sa read for errors, now `lb-sa`; a new blind split, France–Lebanon)

First, before any rule changed: `blind-lb-sa` was renamed `lb-sa` (development data; its blind number stays the
session-16 row), and a new blind split was drawn by a rule committed before the draw (`select_blind_s17.py`, gold README
section "The session 17 blind split": thirteen state pairs no split annotated, no probe read and session 16 did not
count; session 16's candidate rule; 3 per outlet). Its first run found no pair with 3 candidates in each of CNN, France24
and Al Arabiya (the exclusion of candidates of read pairs sharing a side leaves CNN almost nothing; only counts were
printed), so an amendment was committed before any article was opened (eligible with 10 candidates over the three
outlets, 6 per outlet); the seeded choice among the two eligible pairs (Ethiopia–Eritrea, France–Lebanon) gave
**France–Lebanon** (`blind-fr-lb`, focus France). Its 11 documents were read and annotated by hand and landed alone
(15 counted events, 14 optional, 18 no-event sentences, 1 background row); the user set-up of France's presidents and
foreign ministers, decided before the draw, was committed apart. Then lb-sa's errors (the classes listed under its
blind run below) were read and the general defects behind them fixed, each with unit tests on composed sentences of
other pairs, mostly Turkey–Iran (`tests/test_events.py`, section "session 17"):
- **How the sides are named**: a name with the article after the preposition ل loses its alef ("للحريري" = ل +
  الحريري, "زيارة للسعودية", "للإيرانيين"): every actor pattern's word-initial "ال" also reads "ل" after that
  proclitic, and the prefilter keys drop the article; Saudi Arabia's short name المملكة is read after إلى and "لل",
  and counts the capital and the king as naming the country; its crown prince by title alone (ولي العهد) is Saudi
  Arabia on the same condition, not before another demonym (ولي العهد الكويتي).
- **Cues**: a congratulation with an object pronoun (هنأه فيها بفوزه: the object is the one named last); pressure
  from the other side (بضغط من / تحت ضغط, the one after من presses) and pushing its leader to resign (دفعت X إلى
  الاستقالة) are coercion (170), "يعتقد أنها/أنه/بأن" marks an allegation; highlighting or commending the other
  side's role, efforts or support (أبرز/ثمن/نوه + دور/جهود/دعم, the other side named right after) is praise; explaining
  one's view to the other side (أوضح X لنظيره Y رؤية …) is a statement to it; "توجه X … إلى Y" with the subject and a
  time between is leaving for the other side; التقاه/التقاهم (met him/them) is a meeting; a supply of the system with
  the article ("إعلان روسيا تسليم سوريا المنظومة الدفاعية", ru-sy's S-300) is military aid like "منظومة"; resuming
  flights with the subject between (استأنفت تركيا أمس الرحلات …), not a company's. Not events: the importance,
  necessity or prospects of cooperation ("شدد على أهمية تشجيع الاستثمارات … بين لبنان والسعودية", the one no-event
  sentence lb-sa hit; "فرص/آفاق التعاون"), "الاجتماعي" (social: it was read as a meeting).
- **Clauses**: "، وإن …" opens a second reported clause with its own subject ("إيران ماضية في بيع الأسلحة بالشرق
  الأوسط …، وإن الولايات المتحدة ستمضي قدما": the arms have no US recipient).
- **Merging and plans**: an invitation handed on a past day is an undated plan and stays apart from a planned meeting
  of the same document ("وسلمه دعوة رسمية لزيارة المملكة" … "سيلتقي مع الملك سلمان"); praise and thanks (051) keep
  their direction when mentions merge (the king's congratulation and the president's thanks are two acts); a visit or
  meeting after عقب/بعد/خلال whose participant is named after an adjective (زيارة سريعة/رسمية …) is an event, not an
  anchor.
- **Dates**: an anchor ("عقب الاجتماع مع المبعوث السعودي") never takes the day of a visit told in the pluperfect
  ("وكانت آخر زيارة للحريري للمملكة في الثالث من نوفمبر" is history); "then" (حينذاك، آنذاك، حينها، وقتها) points
  back to the time of the sentence before even when that sentence names one side only (kept apart, so that تلك/ذلك and
  continued statements do not take it), and "بضعة أيام" is three to nine days (بضع); N days, weeks or months ago take
  the dates tagger's value ("منذ نحو 4 أسابيع" = 2018-W25, "قبل 3 أيام" a day) instead of a second reckoning in the
  events stage (the lead's review note): iq-ir's electricity cut moves from the window 2018-06-11..25 to the tagger's
  week 2018-06-18..24, still inside its gold interval.

`lb-sa` after these: 19 system events, P actors 1.00 (19/19), R actors 0.90 (19/21), R actors+kind+date 0.86 (18/21),
0/8 no-event sentences with an event (development numbers: the split was read; still missed: the praise told as naming
an avenue "لتكريم قامة عربية كبيرة", the praise "دعم الأمير محمد بن سلمان محوري لاستقرار لبنان" without a verb; dated
wrong: the envoy's meeting, whose Monday is in a first sentence that gives no row). `ru-sy` P actors 0.89 → 0.90
(9/10), R actors and R actors+kind+date 0.80 → 0.90 (9/10: Russia's delivery of the S-300 system). Every other
development split prints the same numbers as before the session (`python -m marsad.training.events_eval SPLIT
--datasets /work/shared/datasets`, each split); `tests/test_events.py` (289 tests) passes. Unannotated probe (scratch scripts outside the repository; no
France or Lebanon pair, no gold file): the first 50 two-sentence candidates by name of SA–IR, US–SA, TR–SY, IL–SY,
AE–QA, EG–SA, TR–IR, US–KP, US–CN and 25 of RU–UA (475 articles), run with the session's starting code (`074e7e1`)
and the final one: 279 → 281 rows; added: a cooperation row on an Egypt–Saudi sentence that now names the crown prince
("ويعد لقاء الرئيس عبد الفتاح السيسي بولي العهد استمراراً للتنسيق والتعاون بين البلدين": false, the cooperation is a
description) and an intent row on the sentence of the crown prince's first visit to Egypt (false: the visit is told
as done); changed: that visit's row now dated by the publication day (the direction wrong before and after), a
trade-statistics row (false before and after) and Kim's invitation conveyed "الشهر الماضي", now an undated plan.

### Blind (session 17, France–Lebanon, now `fr-lb`; annotated and landed before any rule of the session changed; run once)

Split `blind-fr-lb` (gold README, section "The session 17 blind split"): 11 ANT articles (France24 6, Al Arabiya 5; CNN and
Jawhara FM have no candidate) naming France with Lebanon, the pair and the documents drawn by
`data/gold/events/select_blind_s17.py` (rule committed before the draw, amended before any article was opened), read
and annotated by hand and landed alone before any rule of the session changed; the set-up (France's presidents and
foreign ministers) was decided before the draw and committed apart. No system output was looked at on these articles,
nor on any France–Lebanon candidate, while the rules above were written (the dev runs score `SPLITS` only; the
unannotated probe had no France or Lebanon pair and skipped every gold file); the annotator did read the articles (to
annotate them), as in every earlier blind split, and no rule names a word seen only there. Run once, on 3 December 2026
at 15:05 UTC, main at `8489cd7` (the events code as frozen at `dd63258`, with only other areas' commits after it), with
`python -m marsad.training.events_eval blind-fr-lb --datasets /work/shared/datasets` on an export of that commit. The
table below is that run; nothing was changed after it.
Gold: 15 counted events (France's €14m military grant in three pages, the Lebanese defence minister's visit to Paris of
8 March, the 2016 cooperation agreement, France's intention to train the army, the €550m of loans and grants of 6 April
in two copies and as a pledge in a third page, the Hariri–Le Drian meeting in Rome of 15 March and France's €400m
pledge, Macron's planned meeting with Hariri, Hariri's arrival in Paris on 5 April, a French official's praise and
criticism), 14 optional, 18 no-event sentences, 1 background row.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| FR–LB, 11 docs | 16 | 0.63 (10/16) | 0.53 (8/15) | 0.38 (6/16) | 0.40 (6/15) | 0.25 (4/16) | 0.27 (4/15) | 2/18 | 0/1 |

Status accuracy 1.00 on the rows with the right kind. Errors by class, read from the run's listing (not fixed: the split
stays as it was run):
- **Conferences held in Paris read as France acting** (6 false rows, 2 of the no-event sentences hit): "تمكن مؤتمر
  سيدر الدولي لدعم الاقتصاد اللبناني في باريس الجمعة … من جمع قروض وهبات" as France's aid (twice, one article in two
  copies), "مؤتمر سيدر المسمى أيضا باريس 4" (a conference's name) as a meeting, "مؤتمر باريس الذي سينعقد … سيشهد تقديم
  مساعدات مالية للبنان" as France's pledge, "قبل مؤتمر دولي للمانحين … يعقد في باريس" as Lebanon's intent, the
  earlier conferences "استضافتها باريس" (a background row) as hosting. The venue and the name of a multilateral
  conference are no agent.
- **Aid coded as cooperation, a pledge as a grant** (4 rows with the right pair and a wrong kind): "منحت فرنسا لبنان 550
  مليون يورو من القروض … والهبات" (two copies) and "ستمنح 550 مليون يورو" came out as economic cooperation (061: the loans
  are read, not the grant verb), and "فرنسا ستعلن من جهتها عن جهد كبير … يبلغ 400 مليون يورو من القروض الميسرة" as aid
  given (071) — the pledge at the conference is an intent (033) in the gold.
- **Aid and agreement cues not read** (5 misses): a grant as a noun after the announcement ("أعلنت في بداية آذار/مارس
  منح 14 مليون يورو للجيش اللبناني", two copies), a pledge of an amount ("تعهدت بتقديم مبلغ 400 مليون يورو لدعم الجيش
  اللبناني"), an intention to train ("تنوي باريس تدريب الجيش اللبناني"), concluding an agreement by two capitals
  ("أبرمت باريس وبيروت اتفاق تعاون معزز").
- **A speaker taken up without a name** (2 misses): "دبلوماسي فرنسي" named in one sentence, then "وانتقد الدبلوماسي نفسه
  قول مسؤولين لبنانيين" and "وأشاد بنجاح الحكومة اللبنانية" (criticism and praise).
- **Dates** (2 rows with the right kind and a wrong date): the grant dated by its reporting frame ("نقل الخميس … أن
  باريس منحت لبنان"), `before-publication` instead of 8 March; the Hariri–Le Drian meeting, whose day is the conference's
  ("الذي انتهى مساء الخميس بروما", in the first sentence), `before-publication`.

Reading: on a pair the rules were never read on, with a focus (France) no split had, actor precision is 0.63 (10/16)
against the 0.90 target and recall with the right kind and date is 0.27 (4/15) against 0.75 (session 16's first blind
run gave 0.93 and 0.43). This news is about donor conferences held in Paris and aid: the rules, read on visits, calls,
crises and accusations, take a conference named after or held in the capital for the state acting, code loans as
cooperation and do not read grants, pledges of sums and training. 11 documents and 15 events are a small sample (recall
moves by about 7 points per event; two pairs of documents are copies). Next session: this split becomes a development
split `fr-lb`, and a new blind split is needed first. (Done in session 18: the split is `fr-lb`, development data; its blind number stays the row above.)

### Session 18 (blind-fr-lb read for errors, now `fr-lb`; a new blind split, Lebanon–Syria)

First, before any rule changed: `blind-fr-lb` was renamed `fr-lb` (development data; its blind number stays the
session-17 row), and a new blind split was drawn by a rule committed before the draw (`select_blind_s18.py`, gold README
section "The session 18 blind split": sixteen state pairs no split annotated, no probe read and no earlier draw counted,
plus Ethiopia–Eritrea, counted in session 17 and never opened; session 17's amended rule made the rule: eligible with 10
candidates over CNN, France24 and Al Arabiya, 6 per outlet). The seeded choice among the two eligible pairs
(Ethiopia–Eritrea, Lebanon–Syria) gave **Lebanon–Syria** (`blind-lb-sy`, focus Lebanon). Its 11 documents were read and
annotated by hand and landed alone (4 counted events, 5 optional, 27 no-event sentences, 5 background rows: mostly
Hezbollah, refugees, Syrian businessmen and history, so the split measures precision far more than recall); no leader
was added (Lebanon's and Syria's leaders have rows since sessions 4 and 16). Then fr-lb's errors (the classes listed
under its blind run above) were read and the general defects behind them fixed, each with unit tests on composed
sentences, several of another pair (Russia–Syria, Iraq–Iran; `tests/test_events.py`, section "session 18"):
- **A venue or a conference name is no government**: a capital in construct with a gathering or accord noun (مؤتمر/قمة/
  منتدى/اتفاق/معاهدة/مسار/إعلان + the capital: "مؤتمر باريس") or followed by a number ("باريس 4", "جنيف 2") is not an
  actor, unless another side follows with و ("قمة موسكو وبيونغ يانغ" stays a meeting); a capital after في is a place
  also for aid and cooperation cues (a country after في can still be their target: "الاستثمار في لبنان"); a capital
  hosting conferences ("لمؤتمرات دعم سابقة للبنان استضافتها باريس") hosts no partner. (fr-lb's six false rows.)
- **Aid, loans, pledges**: "منح" as a noun with a sum ("أعلنت … منح 14 مليون يورو للجيش") is aid; a grant of military
  aid is 072; a promise to give a sum or aid (تعهدت بتقديم مبلغ …) is 033; training the other side's army or forces
  (تدريب الجيش …) is military aid, an intent after تنوي; concluding an agreement (أبرم) is signing it (057); the sums of
  a future announcement ("ستعلن … عن جهد … 400 مليون يورو من القروض") are a pledge, not aid given; "مشاريع استثمارية"
  (an adjective: the purpose of the aid) is no second, 061 event; a future verb after a comma belongs to the next clause
  ("منحت لبنان مساعدة عسكرية …، وستكون هذه المساعدة …" stays a grant); an official source ("بحسب المصدر الحكومي
  الفرنسي") is attribution, not hearsay (`alleged` only for reports and unnamed sources).
- **A speaker taken up by role**: "الدبلوماسي نفسه/ذاته" is the diplomat of the one side the document names with that
  role noun ("الدبلوماسي الفرنسي"); left unresolved when two sides have one. A past verb coordinated after a comma with
  no subject of its own goes on with the reporter ("وأوضح المسؤول الفرنسي أن البيان …، وأشاد بنجاح الحكومة
  اللبنانية"), unless the reported clause has a side as its own subject ("قال ترامب إن كوريا الشمالية …، ووعدت …"),
  and has its own tense.
- **Plans and merging**: a pledge of aid (033) is not merged with a planned meeting of another sentence (training the
  army and the minister's planned meeting are two plans; in one sentence they stay one row).
- **Dates**: a grant made by announcing it ("أعلنت مصادر … الخميس أن فرنسا منحت لبنان مساعدة عسكرية") is dated by the
  announcement's day; a document's one conference dated by its relative clause ("للمؤتمر … لدعم الجيش …، الذي انتهى
  مساء الخميس بروما") dates the undated meetings, pledges and aid told "في المؤتمر"; a budget's year ("إقرار موازنة
  العام 2018") dates no act.
- **Read on the unannotated probe** (pairs of other sessions, below): a region of a country after a preposition ("في
  منطقة عفرين بشمال سوريا", "في جنوب سوريا") is a place, not a participant; "لم توقع … على معاهدة" (never signed) is a
  standing state, no signing. From the lead's unannotated Jawhara FM probe (202 articles naming Russia): "تنتقد" is
  criticism like ينتقد (not after أن/تستطيع/يمكن), and a support noun right after a criticism verb is not the critic's
  ("واشنطن تنتقد دعم موسكو ترشّح السيسي": US → Russia 111 and Russia → Egypt 051, no US → Russia praise).

`fr-lb` after these: 14 system events, P actors 1.00 (14/14), R actors 0.93 (14/15), R actors+kind 0.93, R
actors+kind+date 0.80 (12/15), 0/18 no-event sentences with an event (development numbers: the split was read; still
missed: the praise of the budget by a coordinated verb whose subject is the reporter, and the €550m grant's day, given
by the conference's day in the sentence before). Every other development split prints the same numbers as before the
session (`python -m marsad.training.events_eval SPLIT --datasets /work/shared/datasets`, each split; ru-sy's one false
intent row is now coded 036 instead of 033); `tests/test_events.py` (316 tests) passes. Unannotated probe (scratch
scripts outside the repository; no Lebanon or Syria-focused pair, every gold file skipped, the blind documents included):
the first 50 two-sentence candidates by name of SA–IR, US–SA, TR–SY, IL–SY, AE–QA, EG–SA, TR–IR, US–KP, US–CN and 25 of
RU–UA (474 articles), run with the session's starting code (`c78dcf0`) and the final one: 281 → 271 rows; removed: nine
false rows (an investment adjective read as cooperation twice, trade and investment as a signed agreement, a US
restriction on Chinese investment as cooperation, Netanyahu's criticism of Turkey's operation "بشمال سوريا" and
Turkey's offensive in Afrin as Israel's or Turkey's act on Syria, a 2014 EU sanction coded Russia → Ukraine in two copies
of one article, "ولم توقع إسرائيل وسوريا على معاهدة سلام" as a signing) and a Saudi visit to Washington "that will last
two weeks" now one reported visit instead of a visit and a plan; nothing added.

### Blind (session 18, Lebanon–Syria, now `lb-sy`; annotated and landed before any rule of the session changed; run once)

Split `blind-lb-sy` (gold README, section "The session 18 blind split"): 11 ANT articles (France24 5, Al Arabiya 6; CNN and
Jawhara FM have no candidate) naming Lebanon with Syria, the pair and the documents drawn by
`data/gold/events/select_blind_s18.py` (rule committed before the draw), read and annotated by hand and landed alone
before any rule of the session changed. No system output was looked at on these articles, nor on any Lebanon–Syria
candidate, while the rules above were written (the dev runs score `SPLITS` only; the unannotated probes had no Lebanon or
Syria-focused pair and skipped every gold file, these included); the annotator did read the articles (to annotate
them), as in every earlier blind split, and no rule names a word seen only there. Run once, on 3 December 2026 at 17:55
UTC, main at `047a968` (the events code as frozen at `89338d2`, with only other areas' and docs commits after it), with
`python -m marsad.training.events_eval blind-lb-sy --datasets /work/shared/datasets` on an export of that commit. The
table below is that run; nothing was changed after it.
Gold: 4 counted events (the withdrawal of Syrian forces from Lebanon in 2005, in two copies of one article; Beirut working
with Damascus for the return of refugees, announced "last week"; Damascus handing a Lebanese suspect over to Beirut), 5
optional, 27 no-event sentences, 5 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| LB–SY, 11 docs | 1 | 0.00 (0/1) | 0.00 (0/4) | 0.00 (0/1) | 0.00 (0/4) | 0.00 (0/1) | 0.00 (0/4) | 0/27 | 0/5 |

Status accuracy undefined (no row with the right kind). Errors by class, read from the run's listing (not fixed: the split
stays as it was run):
- **A people noun taken for the state when the real object is an organisation the knowledge base lacks** (the one false
  row): "واتهم (باسيل) المفوضية … بمنع السوريين من العودة" — Lebanon's foreign minister accuses the UN refugee agency of
  keeping Syrians from returning — came out as Lebanon → Syria 112: "السوريين" (refugees, people) after "بمنع" was read as
  the accused.
- **Cue gaps** (all four misses; checked after the run on the same sentences with the country named plainly, which give
  no row either): a withdrawal of forces ("انسحبت القوات السورية من …", 087), working together ("بيروت تعمل مع دمشق من
  أجل …", 06), handing a person over ("سلمت دمشق الزوج اللبناني … إلى بيروت", judicial cooperation 063). The withdrawal's
  target is also named only as "البلد المجاور" (the neighbouring country), which no rule resolves.
- Precision on the 27 no-event sentences held: Hezbollah coordinating with the Syrian regime, refugees hosted, Syrian
  businessmen naturalised, lists, a route, places of a writer's life, a dissociation policy: no row.

Reading: on a pair the rules were never read on, with few events, the extractor produced one row (false) and found none of
the four events: P actors 0.00 (0/1) against the 0.90 target and recall with the right kind and date 0.00 (0/4) against
0.75. The sample is tiny (recall moves by 25 points per event, precision rests on one row); what it shows is that the cue
lexicon still lacks common material acts outside diplomacy and aid (withdrawing forces, cooperating by "working with",
extraditing), and that a people noun can stand in for an unknown organisation. Next session: this split becomes the
development split `lb-sy` (renamed, its blind number stays the row above), and a new blind split is needed first. (Done in session 19: the split is `lb-sy`, development data; its blind number stays the row above.)

### Session 19 (blind-lb-sy read for errors, now `lb-sy`; a new blind split, France–Russia)

First, before any rule changed: `blind-lb-sy` was renamed `lb-sy` (development data; its blind number stays the
session-18 row). Session 18's draw rule left only Ethiopia–Eritrea eligible, so the pairs were widened by a new rule
committed and landed before the draw (`select_blind_s19.py`, `probed_s19.txt`, gold README section "The session 19
blind split"): every pair of the 43 countries earlier draws gave patterns for, except the pairs annotated or probed;
candidates as in sessions 16–18, skipping also every file an earlier unannotated probe ran on; eligible with at least
10 candidates over CNN, France24 and Al Arabiya; seeded choice; 4 documents per outlet. Ten pairs were eligible (AE–YE,
DE–FR, ER–ET, FR–IT, FR–RU, FR–SA, FR–US, GB–SA, JO–KW, KW–PH); the seeded choice gave **France–Russia**
(`blind-fr-ru`, focus France; 6 documents: France24 4, Al Arabiya 2, all June–July 2018). They were read and annotated by
hand and landed alone (3 counted events, all in one article, 1 optional, 8 no-event sentences, no background; most of
the documents are about the football World Cup held in Russia, so the split measures precision on matches, venues and a
Saudi letter about Russian missiles far more than recall: recall moves by 33 points per event); no leader was added
(France's and Russia's have rows). Then lb-sy's errors (the classes listed under its blind run above) were read and the
general defects behind them fixed, each with unit tests on composed sentences of other wording
(`tests/test_events.py`, section "session 19"):
- **Cue gaps**: withdrawing forces (انسحب/انسحاب/سحب + قوات/جنود/جيش/وحدات, 087; not "all foreign forces", not an
  agreement); working with the other side ("تعمل مع", 060; not in a relative clause describing forces, "القوات … التي
  تعمل مع الأسد"); handing a person over ("سلم X إلى", تسليم/ترحيل/استرداد المطلوبين, judicial cooperation 063; not
  oneself, letters, power, arms or aid). "لا بد من" (must) is no negation.
- **People are not the state**: a plural demonym right after a verbal noun with ب/ل ("بمنع السوريين", "لمساعدة
  السوريين") is that noun's object (refugees, workers), neither the accused nor any side.
- **The neighbouring country** ("البلد المجاور", "الدولة المجاورة", "الجارة") is the other side of ours only when the
  sentence names exactly one side of ours and no other country, and the other side is the one other country among the
  last ones the document named.
- **A victim in a cause adjunct** ("إثر/عقب/بعد/جراء مقتل/اغتيال السفير الروسي") is no participant of the act (the lead's
  Jawhara FM probe: "closing the US embassy in Turkey after the killing of the Russian ambassador" gave US → Russia 161;
  gone). The title speaker of "روسيا : واشنطن تحضر لإجتياح دمشق" already gave no row since 287c171; a test now guards it.
- **Read on a new unannotated probe** (GB–SA, KW–PH, AE–YE, ER–ET: the first 25 two-sentence candidates by name of each,
  91 articles, no gold file; these four pairs now count as probed for later draws): an act dated after the publication
  ("يبدأ … زيارة … غدا السبت") is planned (intent 03x), and so is one after a hope or expectation ("أعرب عن أمله في أن
  يزور", "تتوقع إبرام اتفاقيات"); the act right after غداة ("the day after") is one day before the date given before it
  ("في بيان مشترك وقع الاثنين غداة لقاء تاريخي" = Sunday's meeting); "توجه إلى المعترضين بالقول" and "متوجها إلى
  الأسد، قائلا" address someone and are no travel; "قريبا" after the verb in its clause makes a plan ("ويلتقي ترمب قريبا
  … زعيم كوريا الشمالية"); people named by a plural demonym and described by a definite participle ("السوريين الفارين
  من الحرب", "العائدين") are refugees or residents, not the state (hosting them is no visit); credentials, documents,
  gifts or letters anywhere before إلى make no handover ("سلم السفير أوراق اعتماده إلى الرئيس").

`lb-sy` after these: 4 system events, P actors 1.00 (4/4), R actors 1.00, R actors+kind 1.00, R actors+kind+date 0.75
(3/4), 0/27 no-event sentences with an event (development numbers: the split was read; still missed: the day of the
refugee-return cooperation, announced "last week" in a sentence where the text glues the verb to its date,
"أعلنالأسبوع الماضي"). Every other development split prints the same numbers as before the session
(`python -m marsad.training.events_eval all --datasets /work/shared/datasets`, and each split); `tests/test_events.py`
(344 tests) passes; the seed, demo and Jawhara FM dumps of the lead's `ev_dump.py` are unchanged but for the false US →
Russia 161 row, gone. Unannotated probes (scratch scripts outside the repository; no France or Russia pair in the new
one, no gold file): session 18's 474 articles 271 → 271 rows (new: a handover of oneself, removed the same session; Trump's
"نعمل مع السعودية … لوقف تمويل الإرهاب" US → Saudi 060, right; six future US–North Korea summits and meetings now
intent; Lieberman "addressing Assad" no longer a visit to Syria; an expected meeting that a report did not mention gone,
while "ولم يذكر المتحدث الكوري الشمالي القمة بين ترمب وكيم", merged before into the summit of the sentence before,
now shows as a false US → North Korea 040 row of its own); the new 91 articles 78 → 77 rows (three reported rows now intent,
two dates a day earlier, one travel row gone).

### Blind (session 19, France–Russia; annotated and landed before any rule of the session changed; run once)

Split `blind-fr-ru` (gold README, section "The session 19 blind split"): 6 ANT articles (France24 4, Al Arabiya 2; CNN and
Jawhara FM have no candidate) naming France with Russia, the pair and the documents drawn by
`data/gold/events/select_blind_s19.py` (rule committed and landed before the draw), read and annotated by hand and landed
alone before any rule of the session changed. No system output was looked at on these articles, nor on any France–Russia
candidate, while the rules above were written (the dev runs score `SPLITS` only; the unannotated probes had no France
pair and skipped every gold file, these included; the draw rule skipped every earlier probe file); the annotator did read
the articles (to annotate them), as in every earlier blind split, and no rule names a word seen only there. Run once, on
3 December 2026 at 20:50 UTC, main at `ce833c5` (the events code as frozen at `266aba8`, with only other areas' and docs
commits after it; `events_eval all` on main at `607a6f8` at 20:34 printed the same development numbers), with
`python -m marsad.training.events_eval blind-fr-ru --datasets /work/shared/datasets` on an export of that commit. The
table below is that run; nothing was changed after it.
Gold: 3 counted events, all in Al Arabiya internationalNews/1946 of 15 July 2018 (Macron and Putin meet in the Kremlin on
Sunday before the World Cup final; Macron congratulates Putin on the organisation; Putin congratulates France on reaching
the final), 1 optional (Macron at the final in Moscow), 8 no-event sentences, no background.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| FR–RU, 6 docs | 3 | 0.67 (2/3) | 0.67 (2/3) | 0.67 (2/3) | 0.67 (2/3) | 0.33 (1/3) | 0.33 (1/3) | 1/8 | 0/0 |

Status accuracy 1.00 (2/2). Errors by class, read from the run's listing and by running the frozen extractor on the
same sentences after the run (not fixed: the split stays as it was run):
- **A destination of another predicate taken as the visit's** (the one false row, also the one no-event sentence hit):
  "ماكرون يزور مقر المنتخب الفرنسي … قبيل مغادرة اللاعبين إلى روسيا" (Macron visits the team's headquarters before the
  players leave for Russia) came out as France → Russia 042: the visit's object is a place in France, and Russia is the
  destination of the players' departure, a second verbal noun.
- **A verb's object after interposed time and place adjuncts** (the meeting found only without its date): "التقى الرئيس
  الفرنسي ماكرون، الأحد، في الكرملين، نظيره الروسي بوتين" gives no 040 row (the same words without the commas, "التقى
  … الأحد نظيره الروسي بوتين في الكرملين", give the meeting of Sunday); the meeting was then matched only through "لدى
  لقائه بوتين" in the next sentence, undated (right pair and kind, wrong date).
- **A cue gap**: "هنأ بوتين فرنسا بوصولها إلى الدور النهائي" (congratulated on reaching the final) gives no row: bare
  هنأ (also "here" after normalisation) needs an occasion word from a fixed list, which lacks "بوصول".
- Precision held on the Saudi letter to Paris about Qatar and Russian missiles (four sentences), the matches and the
  festival named with Moscow, Russia and Paris: no row; Macron's congratulation to Putin was found with its day.

Reading: on a pair the rules were never read on, the extractor found two of the three events with the right kind (one
with its day) and made one false row: P actors 0.67 against the 0.90 target and recall with the right kind and date 0.33
against 0.75. The sample is tiny (recall and precision move by 33 points per row; five of six documents hold no counted
event); what it shows is that comma-bounded adjuncts between a verb and its object still break the argument search, that
a second verbal noun's destination can be lent to a visit, and that the congratulation cue's occasion list is too
narrow. Next session: this split becomes the development split `fr-ru` (renamed, its blind number stays the row above),
and a new blind split is needed first. (Done in session 20: the split is `fr-ru`, development data; its blind number stays the row
above.)

### Session 20 (blind-fr-ru read for errors, now `fr-ru`; a new blind split, Jordan–Kuwait)

First, before any rule changed: `blind-fr-ru` was renamed `fr-ru` (development data; its blind number stays the
session-19 row). Session 19's split held only 3 counted events, so the new draw rule (`select_blind_s20.py`,
`probed_s20.txt`, gold README section "The session 20 blind split", committed and landed before the draw) keeps
session 19's pairs and candidates, excludes France–Russia and the eight probed pairs (GB–SA, KW–PH, AE–YE, ER–ET,
RU–DE, RU–JP, RU–IL, RU–SA) and every file of session 19's probes, and takes the documents in seeded stages: 10
first, then 4 more at a time while fewer than 8 counted events are read, at most 22. Five pairs were eligible (DE–FR,
FR–IT, FR–SA, FR–US, JO–KW); the seeded choice gave **Jordan–Kuwait** (`blind-jo-kw`, focus Jordan). It has only 10
candidates (CNN 1, France24 6, Al Arabiya 3), all taken in stage 1: **10 documents**, three of them France24 copies of
another. They were read and annotated by hand and landed alone (commit `a6e82c7`): 7 counted events (in two articles:
a Kuwaiti minister's visit to the King with Kuwait's support and the King's appreciation, 4 June 2018; the Jordan–Gulf
aid agreements, Kuwait's rescheduling of Jordan's debts, the finance ministers' visit and the King's appreciation,
4 October 2018), 9 optional (the four-party Mecca meeting of 10 June 2018 in six articles, the Gulf package, a loan
"under study"), 6 no-event sentences (King Salman's calls to both leaders; the OIC summit's list of participants), 2
background rows. Short of the 8 events the rule aimed at: the candidates were exhausted. No row was added to
`actors.csv` (it has none for Jordan or Kuwait: their names, demonyms and capitals come from the knowledge base, their
leaders and ministers from nowhere; the split also measures a pair a user has not set up).

Then fr-ru's errors (the classes listed under its blind run above) and two left from session 19 were fixed, each with
unit tests on composed sentences of other wording (`tests/test_events.py`, section "session 20"):
- **The object after the subject's name and comma-bounded adjuncts**: in "التقى الرئيس الفرنسي إيمانويل ماكرون، الأحد،
  في الكرملين، نظيره الروسي" the subject's name after its title (a first name between) no longer fills the object's
  slot, so the time and place adjuncts are skipped and the one met is the object (the slot rule "استقبل أردوغان لاعبي
  المنتخب قبل مباراة العراق" still holds).
- **Another agent's destination**: what follows "إلى" after a second verbal noun of travel with its own agent ("قبيل
  مغادرة اللاعبين إلى روسيا", "بعد عودة الرياضيين إلى") is not the place of a meeting or visit before it.
- **Congratulations on reaching or qualifying**: هنأ with بوصول/بتأهل/التأهل/بتتويج is 051 (bare هنا is also "here";
  "بنجاح" was tried and left out: "التقى نظيره هنا في موسكو بنجاح").
- **A period glued to the word before** ("أعلنالأسبوع الماضي", a scraping defect) is tagged as a date (a space is
  put before it for the dates tagger only, offsets given back); and a lasting activity told in a dated report ("أعلن
  الأسبوع الماضي أن بيروت تعمل مع دمشق": تعمل/تتعاون/تنسق مع) is dated by the report (a past act told in it still is
  not).
- **A meeting not mentioned**: a meeting noun after a negated verb of mentioning ("ولم يذكر المتحدث الكوري الشمالي
  القمة بين ترمب وكيم", "لم تشر الوكالة إلى لقاء …") is not told (the false US → North Korea row of session 19's probe).
- **Read on two new unannotated probes** (scratch scripts outside the repository, no gold file: the first 20
  two-sentence candidates by name of Russia with France, Qatar, South Korea, Iraq, the UAE, Italy and Lebanon, 45
  articles; then France 21–50 and the first 15 of Turkey, Greece and the Netherlands, 57 articles; no Jordan or Kuwait
  pair): the sides of a match are its teams ("أشاد بوتين بالمباراة الأخيرة بين فرنسا وكرواتيا" gave Russia → France
  051); يعد/تعد before a demonstrative or an ordinal is "is counted as", no promise ("وتعد هذه الزيارة الثانية للحريري
  إلى موسكو" was a planned visit); "عن اتجاهات التعاون" is a talk's subject; a denial of an accusation told in a
  relative clause with no accuser of ours has no accuser, nor does the author of an earlier accusation of the
  paragraph ("ذاكراً قضية … سكريبال …، والتي وجهت فيها أصابع الاتهام نحو روسيا، في وقت نفت فيه روسيا تلك الاتهامات"
  gave Russia → France 016); goods named by their maker's demonym make no receiver ("صفقة بيع أسلحة روسية للعراق"
  gave Iraq → Russia 072); an act done under an agreement ("وصول عشرات الحافلات الأربعاء … بموجب اتفاق بين روسيا
  وتركيا") neither dates the agreement nor lends it its parties. Probe counts: 29 → 24 rows (five false rows gone,
  one planned visit now a reported one), 15 → 15 rows (two agreement rows now `before-publication`). Still seen and
  not fixed: a demand's content coded as a second event (G7: "تطالبان روسيا … والتعاون" gave a 060 row), a book fair's
  guest of honour read as hosting (043), "هذه الزيارة" merged into an earlier meeting's month.

Development numbers (`python -m marsad.training.events_eval all --datasets /work/shared/datasets` and each split, before
and after the session's rules): `fr-ru` 3 system events, P actors 0.67 → 1.00 (3/3), R actors+kind+date 0.33 → 1.00
(3/3), 1/8 → 0/8 no-event sentences with an event; `lb-sy` R actors+kind+date 0.75 → 1.00 (4/4); every other split
prints the same numbers as before; all development splits pooled (398 documents, 228 counted events): P actors 0.986 →
0.991, R actors+kind+date 0.781 → 0.794. These are development numbers: fr-ru and lb-sy were read. `tests/test_events.py`
(359 tests) passes; the seed, demo and Jawhara FM dumps of the lead's `ev_dump.py` are unchanged.

Later in the session, read on a third unannotated probe (the first 10 two-sentence candidates by name of Russia with
Syria, Iran, China, the US and Egypt, and of US–Iran, Saudi Arabia–Iran and Turkey–Syria; 76 articles, no gold file, no
Jordan or Kuwait pair) and on a listing of the probes' sentences that name both sides' states with an event word but
gave no row (each with tests): an accusation verb whose object slot after the subject holds people ("واتهم الأمير محمد
بن سلمان بعض من تم القبض عليهم بتقديم معلومات لوكالات … ذات الصلة بقطر وإيران") has no accused country named later;
studying a measure ("يدرس فرض عقوبات") is a plan; "the two leaders" (الزعيمان, الرئيسان …) stand for the two persons
named together before them in the sentence ("ترامب والأمير محمد بن سلمان ناقشا …، كما ناقش الزعيمان" gave Saudi
Arabia → Iran 040); a place named after the capital ("غوطة دمشق", "ريف دمشق", "مطار …") is a place; a colon and the
quotation it opens end a noun's phrase ("… لمسار مفاوضات أستانة: "… على سوريا""); قد before a past verb is no
hypothesis ("وقد تم توقيع الاتفاق", "قد توجهت": coded hypothetical before); a meeting named with "مع X" in an adjunct
is the clause subject's also after an opening adjunct ("في محاولة لتجنيب إدلب …، تناول وزير الخارجية التركي …، خلال
لقاء مع نظيره الروسي … الثلاثاء", missed before); the names سيرغي/سيرجي (Sergei), سيمون, ستيفن … are no future prefix (س + ي read as
"will" made "بحث … سيرغي لافروف، خلال لقاء مع نظيره …" a planned meeting, 036). Third probe 28 → 24 rows (four false rows gone, one status fixed); second probe
one right meeting added. Every development split prints the same numbers as above after these rules too;
`tests/test_events.py` has 370 tests, all passing; the seed, demo and Jawhara FM dumps are unchanged. Not fixed (seen on
the probes): "كلا الزعيمين" resolved across sentences to a pair when the two leaders were another pair's (Putin and
Macron); a negated right ("لا حق لها … أن تتفاوض") still gives a negotiation row; "قد ألتقي" in a title (first person,
normalised like "التقى") is read as a past meeting.

### Blind (session 20, Jordan–Kuwait; annotated and landed before any rule of the session changed; run once)

Split `blind-jo-kw` (gold README, section "The session 20 blind split"): 10 ANT articles (CNN 1, France24 6, Al Arabiya 3;
Jawhara FM has no candidate) naming Jordan with Kuwait, the pair and the documents drawn by
`data/gold/events/select_blind_s20.py` (rule committed and landed before the draw), read and annotated by hand and
landed alone (`a6e82c7`) before any rule of the session changed. No system output was looked at on these articles, nor on
any Jordan–Kuwait candidate, while the rules above were written (the dev runs score `SPLITS` only; the probes had no
Jordan or Kuwait pair and skipped every gold file); the annotator did read the articles (to annotate them), as in every
earlier blind split; no rule names a word seen only there (one rule of the session, "يدرس/تدرس" as a plan, found on a
White House sentence of the third probe, also touches a Kuwaiti "studying soft loans" sentence the annotator had marked
optional; optional rows count neither way). Run once, on 4 December 2026 at **00:00 UTC** (five minutes after the
planned 23:55: the helper's wait overran; nothing was changed or run on the split in between), main at `9723b30` (the
events code as frozen at `2c61ddc`, landed at 23:16, with only other areas' commits after it; `events_eval all` on an
export of main at 23:17 printed the development numbers above), with `python -m marsad.training.events_eval blind-jo-kw
--datasets /work/shared/datasets` on an export of that commit. The table below is that run; nothing was changed after it.
Gold: 7 counted events in two articles (CNN economy/361 of 4 October 2018: the aid agreements, Kuwait's rescheduling of
Jordan's debts, the finance ministers' visit, the King's appreciation; Al Arabiya internationalNews/1488 of 5 June 2018:
the Kuwaiti deputy prime minister received by the King on Monday, Kuwait's support, the King's appreciation), 9 optional,
6 no-event sentences, 2 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| JO–KW, 10 docs | 0 | — (0/0) | 0.00 (0/7) | — | 0.00 | — | 0.00 (0/7) | 0/6 | 0/2 |

Errors by class, read from the run's listing and by running the frozen extractor on the same sentences after the run
(not fixed: the split stays as it was run):
- **A pair nobody set up**: `actors.csv` has no row for Jordan or Kuwait. King Abdullah II is found by the knowledge base
  but as a third-party person ("?person:abdullah-ii-of-jordan"), not as Jordan; "العاهل" (the monarch) is no role noun, so
  "العاهل الأردني" and "عاهل الأردن" are not Jordan's head of state (only "الأردن" is found, as the genitive of
  "عاهل"); the Emir of Kuwait by name is not Kuwait. The visit ("استقبل عاهل الأردن الملك عبدالله الثاني، …، الاثنين،
  نائب رئيس مجلس الوزراء … الكويتي") and both appreciations therefore have no Jordanian subject.
- **"عمّان" read as a leader** ("عن تقدير عمّان الكبير لمواقف دولة الكويت": Amman, the government, found with kind
  "leader") and the praise noun's genitive agent not taken: no 051 row.
- **A partner last in a list after "مع"** ("ووقعت الحكومة الأردنية مع السعودية والإمارات والكويت، الخميس، الاتفاقيات"):
  dropped as a list with third parties; the signing gave no 057 row.
- **A cue gap**: debt rescheduling ("إعادة جدولة ديون", economic aid 071) has no cue.
- Precision held: King Salman's calls to both leaders (four sentences), the OIC summit's list of participants (two), the
  multilateral Mecca meeting (six articles, optional) gave no row.

Reading: on a pair the rules were never read on and that no user set up, the extractor found nothing: no false row (6/6
no-event sentences clean) and none of the 7 events. The split says what the earlier ones only hinted at: recall on a new
pair depends first on its leaders, monarchs' titles and government names being actors. Next session: this split becomes
the development split `jo-kw` (renamed, its blind number stays the row above); the first fixes are the monarch role
noun (العاهل، عاهل + country), knowledge-base persons linked to their country as actors, a capital never a leader, a
partner last in a "مع" list of states, and a debt-rescheduling cue. (Done in session 21: the split is `jo-kw`, development data;
its blind number stays the row above.)

### Session 21 (blind-jo-kw read for errors, now `jo-kw`; a new blind split, France–United States)

First, before any rule changed: `blind-jo-kw` was renamed `jo-kw` (development data; its blind number stays the
session-20 row). Then the new draw rule (`select_blind_s21.py`, `probed_s21.txt`, gold README section "The session 21
blind split", committed and landed before the draw) keeps session 20's candidates, excludes Jordan–Kuwait, the 23 pairs
and the 178 files of session 20's three unannotated probes, and takes the documents in seeded stages (10, then 4 more
while fewer than 6 counted events are read, at most 14). Four pairs were eligible (DE–FR, FR–IT, FR–SA, FR–US); the
seeded choice gave **France–United States** (`blind-fr-us`, focus France). Stage 1 (10 documents: France24 7, Al
Arabiya 2, Jawhara FM 1; CNN has no candidate) held 11 counted events, so no later stage was read. They were read and
annotated by hand and landed alone (commit `25f31f3`) before any rule of the session changed: 11 counted events
(Macron's state visit of 23–25 April 2018 in four articles, the April summit named two months later, France's rejection
of Trump's remarks on the Paris attacks, Le Maire's refusal and criticism and his meeting with Ross, the Macron–Trump
call of 31 May 2018 and Macron's criticism in it), 5 optional, 16 no-event sentences (former officials, joint strikes on
Syria, Paris as the climate agreement), 2 background rows. No user set-up.

Then jo-kw's error classes (a pair nobody set up) were fixed by rules meant for **any** pair, each with unit tests on
composed sentences of other pairs (`tests/test_events.py`, section "session 21"):
- **Monarchs and emirs**: العاهل، عاهل، الملك، ملك، أمير، ولي عهد، السلطان are role nouns (`markers.csv`
  `ROLE_NOUNS`), so "العاهل الأردني", "عاهل الأردن", "أمير الكويت", "ملك البحرين" are their countries; a king's
  or sultan's name after his title joins the role ("عاهل الأردن الملك عبدالله الثاني").
- **A deputy's chain of offices** ending in the demonym ("نائب رئيس مجلس الوزراء ووزير الدولة لشؤون مجلس الوزراء
  الكويتي") is one person, so the one received is the guest.
- **A country of ours found only by the mentions table** ("عمّان", ambiguous with Oman and resolved by the document) is
  the country or its capital, never a leader (it was coded "leader", so "تقدير عمّان" lost its agent role).
- **Leaders of any country** (`marsad/data/cameo/leaders.csv`, new): heads of state, heads of government and foreign
  ministers in office at some time in 2018 (the year of ANT v2.1) of the draw list's countries that `actors.csv` lacks,
  written by hand from public lists of office holders (source and rules in the data README), with the knowledge base's
  ids of the persons it holds; read for every focus and partner (no per-pair set-up). A full name's last word from the
  table is never a surname alone (الثاني، السادس، الصباح). UniversalPetrarch's Arabic actor dictionary (MIT) was read
  and not used: its lemmatised entries stop before most 2018 office holders.
- **Lists that are the other side**: partners listed after مع ("ووقعت الحكومة الأردنية مع السعودية والإمارات
  والكويت الاتفاقيات"), guests received one after the other with their names between them, and states thanked with
  their titles ("تقديره للمملكة العربية السعودية ودولة الكويت ودولة الإمارات") are each the other side of the focus's
  meeting, agreement, praise or cooperation (roots 04–06 only, the focus outside the list and before it); the signing
  cue reaches 8 words; appreciation may follow عن and a quotation mark, with up to five words after أعرب.
- **A participle phrase** ("، مؤكدا جلالته عمق العلاقات التي تربط …") holds its own standing relation: the act before it
  is not background. **Standing by** the other side ("وقوف دولة الكويت إلى جانب الأردن", "تقف إلى جانب") is support
  (051); **rescheduling or writing off debts** is economic aid (071); support conveyed in the sentence of a dated visit of
  the pair is dated by it.
- Not fixed: Kuwait's rescheduling of "debts" in a sentence that does not name Jordan (no target in the sentence).

Unannotated probes (scratch scripts outside the repository, no gold file; files listed in `probed_s21.txt` below its
marker; no France or United States pair): the first 8 two-sentence candidates of MA–DZ, AE–EG, KW–SA, BH–QA, JO–SA,
TN–DZ, IN–PK, DE–TR (61 articles): 15 → 19 rows, the 4 new ones Kuwait standing by Saudi Arabia (051), Bahrain's foreign
minister criticising Qatari media (111), King Abdullah's thanks to King Salman (051), and a debatable Saudi → Jordan
intent row for the Mecca meeting "to discuss supporting Jordan" (a multilateral meeting, optional in the gold
conventions); then the first 6 of AE–SA, EG–JO, OM–QA, KW–QA, EG–LY, GR–TR, CN–IN, AE–BH (41 more articles): 7 → 7 rows,
unchanged; then the first 6 of BH–SA, EG–SA, QA–TR, AE–QA, IQ–JO, MA–SA (36 more articles): 15 → 16 rows, the new one
Bahrain's foreign ministry standing by Saudi Arabia (051, right). No rule was written after the blind gold was read
that names a word seen only there; the rules of this session were read on jo-kw and these probes. Said for honesty:
the annotator had read the blind articles when `leaders.csv` was written; its rule (office holders of 2018, the year of
ANT v2.1's news; no economy or commerce ministers) was fixed by the corpus year and adds, for France and the United
States, only France's prime minister Édouard Philippe, named in no blind article; it leaves out the former prime
ministers the blind split names as private persons.

Development numbers (`python -m marsad.training.events_eval all --datasets /work/shared/datasets` and each split, before
on an export of main at the session's start, `e9c2eb7` (blind-jo-kw scored by name there), after at the session's frozen code): `jo-kw`
0 → 6 system events, P actors — → 1.00 (6/6), R actors+kind+date 0.00 → 0.86 (6/7), 0/6 no-event sentences hit; every
other split prints the same numbers as before; all 20 development splits pooled (408 documents, 235 counted events):
P actors 0.991 (211/213) → 0.991 (217/219), R actors+kind+date 0.770 (181/235) → 0.796 (187/235) (without jo-kw, 398
documents, unchanged: 0.991 / 0.794). These are development numbers: jo-kw was read. `tests/test_events.py` (388 tests)
passes.

### Blind (session 21, France–United States; annotated and landed before any rule of the session changed; run once)

Split `blind-fr-us` (gold README, section "The session 21 blind split"): 10 ANT articles (France24 7, Al Arabiya 2,
Jawhara FM 1; CNN has no candidate) naming France with the United States, the pair and the documents drawn by
`data/gold/events/select_blind_s21.py` (rule committed and landed before the draw), read and annotated by hand and
landed alone (`25f31f3`) before any rule of the session changed. No system output was looked at on these articles, nor
on any France–United States candidate, while the rules above were written (the dev runs score `SPLITS` only; the probes
had no France or United States pair); the annotator did read the articles (to annotate them), as in every earlier blind
split (see the note on `leaders.csv` above). Run once, on 4 December 2026 at **04:10 UTC**, main at `9e7d84d` (the
events code as frozen at `0e9f43c`, with only docs and other areas' commits after it; `events_eval all` on an export of
main at 03:53 printed the development numbers above), with `python -m marsad.training.events_eval blind-fr-us --datasets
/work/shared/datasets` on an export of that commit. The table below is that run; nothing was changed after it. Gold: 11
counted events in 6 articles, 5 optional, 16 no-event sentences, 2 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| FR–US, 10 docs | 14 | **0.79 (11/14)** | 0.73 (8/11) | 0.36 | 0.45 | 0.36 | **0.45 (5/11)** | 0/16 | 0/2 |

Errors by class, read from the run's listing after the run (not fixed: the split stays as it was run):
- **Right** (5): the state visit in all four articles that tell it (arrival on Monday 23 April, under way, the state
  dinner of 24 April, and the plan from Monday as an intent) and the Macron–Trump call of 31 May, each with its date;
  status right on every row matched at the kind level (1.00).
- **Kind (the pair right, the predicate coded otherwise)**: France's "strong rejection" of Trump's remarks coded 120
  (reject) where the gold says 111 (criticise), twice (the second mention also dated by the 2015 attacks it names:
  a topic's date taken as the act's) — a debatable line between 11 and 12; Macron telling Trump in the call that his
  tariffs are "illegal" coded 010 (a statement, the reporting verb أبلغ) and not 111; "France will not negotiate
  under pressure with the United States" coded as negotiations (046) with status hypothetical instead of a refusal
  (120); the planned state visit "ويقوم … اعتبارا من الاثنين بزيارة دولة" coded as a reported visit dated the Monday
  before (2018-04-16) beside the right intent row.
- **False rows** (3): the planned ceremony "وستبدأ الزيارة الاثنين بقيام الرئيسين بزرع غرسة سنديان" and the title
  "ماكرون يسعى لعقد صفقات … خلال زيارته" coded as intents (036), and a journalist's words on the oak gift coded as a
  gift (017); one actor-level match is substantively wrong too: Macron's criticism of media reports about his meeting
  with Trump coded FR → US 111 (it matched the April summit's evidence "لقائه مع نظيره الأميركي").
- **Misses**: Le Maire's meeting with Ross told in the first person in a quotation ("لقد التقيت صباح اليوم وزير
  التجارة الأميركي"); his criticism "القرار الذي اتخذته الادارة الأميركية غير مقبول" (no cue for "unacceptable");
  the April summit told in a relative clause of a media report ("أثناء القمة التي جمعتهما في البيت الأبيض").
- Precision on non-events held: the former president and prime ministers' criticism of Trump, the joint strikes on
  Syria, Paris as the climate agreement and its venue, the guests at the dinner: 0 of 16 no-event sentences hit.

Reading: on a pair whose leaders were already in the lexicon, actor precision is 0.79 and recall with kind and date
0.45 against 0.90 / 0.75: the actors are now mostly right (11 of 14 rows have the right pair; the three false rows are
planned or reported ceremonies), and the losses are in the predicate — criticism against rejection, the content of a
call against the reporting verb, a refusal under negation, the tense of a planned visit. Recall moves by 9 points per
event. Next session: this split becomes the development split `fr-us` (renamed, its blind number stays the row above). (Done in
session 22: the split is `fr-us`, development data; its blind number stays the row above.)
### Session 22 (blind-fr-us read for errors, now `fr-us`; a new blind split, Russia with North Korea and others)

First, before any rule changed: `blind-fr-us` was renamed `fr-us` (development data; its blind number stays the
session-21 row). Then the new draw (`select_blind_s22.py`, gold README section "The session 22 blind split"), meant
to measure the project's own question, Russia with North Korea or Vietnam, on the ANT articles that name them together
and that no gold split or probe list took (excluded by id, by text and by URL). Each stage's rule was committed before
that stage was drawn; the two amendments were made after reading the stage before, before any run of the extractor on
it and before any rule changed. **Stage 1**: 13 Russia–North Korea candidates (Russia–Vietnam none), a seeded 10 —
teaser pages, press reviews and a sports page: no Russia–North Korea act at all. **Stage 2** (the rule's seeded extra
pair): Russia–Tunisia, 10 World Cup pages and press reviews: no act either (an article naming both somewhere is
co-occurrence). **Stage 3** (the two-sentence candidate rule of sessions 16–21, every remaining Russia–X pair with at
least 3 such files since none had 6): Kuwait, Morocco, Sudan, Yemen, 11 files. Split `blind-ru-mix`, **31 documents**
(CNN 11, France24 11, Al Arabiya 9), read and annotated by hand and landed alone (`4fe2086`, on main at 15:45 UTC)
before any rule of the session changed: **10 counted events, all Russia–Sudan** (Bashir's visits of November 2017 and
July 2018, the planned meeting with Putin, Putin's acceptance of an invitation to Sudan and their call of 22 March
2018), 5 optional, 15 no-event sentences (World Cup venues, look-alikes: الرباط الصليبي a knee ligament, اليمنى
"right"), 2 background rows. The lead's count of "about 9" unread Russia–North Korea/Vietnam articles held no event: the
ANT articles on the project's own pair are spent.

Then fr-us's error classes (the brief's list) were fixed by rules meant for any pair, each with unit tests on the
fr-us sentences and on composed sentences of other pairs (`tests/test_events.py`, section "session 22"):
- **A refusal under negation**: "قال وزير الاقتصاد الفرنسي، برونو لو مير، إن فرنسا لن تتفاوض" was hypothetical
  because "لو" of the minister's name read as "if"; a may/if word inside a reporting frame (before its إن/أن) is no
  longer the reported act's modality, so the negated negotiation is a refusal (125, status `denied`; the fr-us gold
  says `reported` for its refusals: the root matches, the status does not).
- **A call's content, not the reporting verb**: a statement to the other side (أبلغ …) whose content disapproves
  (`DISAPPROVAL` marker in `markers.csv`: غير مقبول، غير شرعي، غير قانوني، غير مبرر، خطأ، مرفوض) is criticism
  (111), not 010; the call stays its own row (041).
- **Rejecting remarks is criticism**: "أعربت فرنسا عن رفضها الشديد لتصريحات الرئيس الأمريكي" is 111 (a rejected
  proposal or demand stays 12x).
- **A planned visit**: an imperfect verb that says from when the act starts ("ويقوم ماكرون اعتبارا من الاثنين
  بزيارة دولة") is a plan (036, dated forward); a plan for the day the document reports the pair's visit on ("وستبدأ
  الزيارة الاثنين بقيام الرئيسين بزرع غرسة") is that visit (one row); a visit named after خلال/أثناء is not planned by
  the verb before it ("يسعى لعقد صفقات خلال زيارته"), only by its own words (المقبلة).
- **The speaker's quoted first person**: a quotation opened by a subjectless reporting verb ("وقال "لقد التقيت صباح
  اليوم وزير التجارة الأميركي …"", "وأضاف "نعتقد … أن القرار الذي اتخذته الادارة الأميركية غير مقبول"") has the speaker
  of the sentences before (a role's holder named between commas, "وزير الاقتصاد الفرنسي، برونو لو مير،", gives his
  surname for later sentences); his first-person meeting is 040 (its own row; "اليوم" of his undated words is not the
  article's day) and his disapproving opinion on the other side's act is 111. الإدارة is a role noun (the US
  administration).
- **Media are no side**: criticising "تقارير إعلامية" is no act on the state named inside them; the two's own meeting
  named in an adjunct ("أثناء القمة التي جمعتهما"، "خلال اجتماعهما") is a meeting of the sentence's pair; a question in
  quoted words after a colon leaves the statement before it readable.
- **Former officials**: a role or a leader followed or preceded by السابق/الأسبق ("الرئيس الفرنسي السابق فرانسوا
  هولاند", "هولاند، الرئيس الفرنسي السابق") does not act for the state (no development split changed: fr-us's former
  officials gave no row before either; the unit tests hold the class).
- Not fixed: a journalist's words on the planned oak gift (017, a false row), the second mention of France's rejection
  dated by the 2015 attacks it names, "ويلبر روس" (Ross) read as Russia.

Development numbers (`python -m marsad.training.events_eval all --datasets /work/shared/datasets` and `fr-us`, before on
main at the session's start `db207fb` with fr-us registered, after at the frozen events code `04e5cd7`): `fr-us` 14 → 14
system events, P actors 0.79 (11/14) → 0.93 (13/14), R actors+kind+date 0.45 (5/11) → **1.00 (11/11)**, 0/16 no-event
sentences hit; eg-sd loses a duplicate intent row (15 → 14), ru-us gains a second row of the 2016 sanctions (the US
administration as actor, wrong date granularity); every other split prints the same numbers. All 21 development splits
pooled (418 documents, 246 counted events): P actors 0.979 (228/233) → **0.987 (230/233)**, R actors+kind+date 0.780
(192/246) → **0.805 (198/246)**. These are development numbers: fr-us was read. `tests/test_events.py` (414 tests) and
`tests/test_nb_timeline.py` pass; `marsad report --corpus seeds` renders the timeline.
### Blind (session 22, Russia with North Korea, Tunisia, Sudan, Kuwait, Morocco, Yemen; annotated and landed before any rule of the session changed; run once)

Split `blind-ru-mix` (gold README, section "The session 22 blind split"): 31 ANT articles (CNN 11, France24 11, Al
Arabiya 9) drawn in three stages by `data/gold/events/select_blind_s22.py` (each stage's rule committed before it was
drawn), read and annotated by hand and landed alone (`4fe2086`) before any rule of the session changed. No system output
was looked at on these articles while the rules above were written (the development runs score `SPLITS` only; no probe
ran this session); the annotator did read the articles (to annotate them), and the rules of this session were those
the brief listed from fr-us before the draw. Said for honesty: the rule "an imperfect verb with اعتبارا من is a plan"
was written on fr-us after the blind articles had been read; no blind sentence has اعتبارا من. Run once, on 4 December
2026 at **17:05 UTC**, on branch `events22` at `c1917cb` (= main after the 16:12 landing; the events code frozen at
`04e5cd7`), with `PYTHONPATH=$PWD/lib python -m marsad.training.events_eval blind-ru-mix --datasets
/work/shared/datasets`. The table below is that run; nothing was changed after it. Gold: 10 counted events (all
Russia–Sudan, three Al Arabiya articles), 5 optional, 15 no-event sentences, 2 background rows.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| RU–KP/TN/SD/KW/MA/YE, 31 docs | 7 (+1 optional) | **1.00 (7/7)** | 0.60 (6/10) | 0.43 | 0.30 | 0.29 | **0.20 (2/10)** | 0/15 | 0/2 |

Errors by class, read from the run's listing and by running the frozen extractor on the same sentences after the run
(not fixed: the split stays as it was run):
- **Right** (2): Bashir's visit of November 2017 in both articles that name it ("وكانت آخر زيارة للبشير إلى روسيا في
  تشرين الثاني/نوفمبر 2017", "وزار … روسيا آخر مرة في نوفمبر الماضي"), each by its month.
- **Precision held**: the 20 documents of stages 1–2 (Russia–North Korea teasers and press reviews, Russia–Tunisia World
  Cup pages) and the look-alikes (الرباط الصليبي، اليمنى), the Security Council drafts and the Kuwaiti MP's tweet gave
  no row: 0 of 15 no-event sentences hit; every system row has the right pair (P actors 1.00).
- **A planned visit in the present tense**: "يزور الرئيس السوداني، عمر البشير، روسيا الجمعة" (article of Thursday)
  coded 042 `reported` and dated the Friday before (2018-07-06): an imperfect verb with a weekday after the publication
  day is the plan (036, the coming Friday); the title "الرئيس السوداني إلى روسيا غداً" (no verb) gave no row.
- **Cue gaps**: "سيجتمع مع" (the imperfect of اجتمع) and "اتصل ب" (a phone call) matched no cue, so the planned
  meeting with Putin and the call of 22 March were missed; "وتوجه … إلى موسكو … في زيارة رسمية يجري خلالها مباحثات
  مع الرئيس الروسي" (the departure on the visit) gave no row; the agreements of the dual verb "ووقعا عددا من
  الاتفاقيات" after the 2017 visit clause were missed.
- **Kind**: "أكد استمرار بلاده في دعم السودان وزيادة الاستثمارات الروسية" coded 061 (economic cooperation) against
  the gold's 051; "رغبة بلاده في تطوير التعاون العسكري مع روسيا" coded 062 `reported` (the wish is an intent, 031) and,
  from "أثناء زيارته", a second undated 042 (this session's rule made a visit named after أثناء reported: right, but the
  visit is the one of the sentence before, November 2017, and the row is not dated by it); "بوتين سيزور السودان" (the
  title) coded 036 but undated, the gold dates Putin's acceptance by the Thursday call.

Reading: on the project's own question the unread ANT articles hold no Russia–North Korea or Russia–Vietnam act; on
the pair the draw reached (Russia–Sudan), precision stays perfect and recall is low, through cue gaps (an imperfect
meeting verb, a call verb) and the tense of a present-tense plan, not through actors (the actors of all 10 events are
found where a cue is). Recall moves by 10 points per event. Next session: this split becomes the development split
`ru-mix` (renamed, its blind number stays the row above); the first fixes are the imperfect and call cues, an imperfect
visit verb with a coming weekday as a plan, and an adjunct visit dated by the visit told before it. (Done in
session 23: the split is `ru-mix`, development data; its blind number stays the row above.)

### Session 23 (seventeenth session, second round: blind-ru-mix read for errors, now `ru-mix`; development only)

No new blind split and no blind run in this round. Rules added on `ru-mix` (each with unit tests on its sentences in
`tests/test_events.py`): the imperfect meeting verb with the other side ("يجتمع/تجتمع … مع"; "سيجتمع مع" is a planned
meeting, 036 intent, through the future prefix); the perfect call verb "اتصل ب" (a phone call, 041; "فيما يتصل ب" is
none); an imperfect visit or meeting verb with a weekday one to three days after publication ("يزور البشير روسيا
الجمعة", told on Thursday) is the plan, 036 intent, dated that coming day (a weekday further ahead stays the last such
day); affirmed or renewed support ("أكد استمرار بلاده في دعم السودان", "جدد دعمه") is verbal support, 051. "ويلبر روس"
gives no Russia actor (already so in the extractor; a test now holds it).

Development numbers (`PYTHONPATH=$PWD/lib python -m marsad.training.events_eval all --datasets /work/shared/datasets`
and `ru-mix`, before at `87c6ed4` with ru-mix registered, after at the end of this round): `ru-mix` P actors 1.00 (7/7)
→ 1.00 (10/10), R actors+kind+date 0.20 (2/10) → 0.60 (6/10); all development splits pooled P actors 0.9875 (237/240)
→ 0.9877 (240/243), R actors+kind+date 0.781 (200/256) → 0.797 (204/256); no other split moved; no-event sentences hit
3/490 before and after. Left on `ru-mix`: the departure on the visit ("وتوجه … إلى موسكو … في زيارة رسمية"), the
agreements of the dual verb ("ووقعا عددا من الاتفاقيات"), the wish for military cooperation (031 intent) and the
acceptance of the invitation dated by the call; the 061 row of "زيادة الاستثمارات" beside the affirmed support stays.

Session 24, third round (dev only, no blind split or run): "توجه …، الاسم، إلى" read across a name set off by commas (042 of the traveller), a "حيث" clause after a visit takes the visitor and its time ("ووقعا عددا من الاتفاقيات", 057), a stated wish (رغبته في) is an intent, "لو" inside a name (برونو لو مير) is no condition;
`ru-mix` R actors+kind+date 0.60 → 0.80 (P actors 1.00 kept); pooled P actors 0.9877 → 0.9877 (240/243), R actors+kind+date 0.797 → 0.805 (206/256); no other split moved. Left: the wish dated by "أثناء زيارته" (2017-11), the acceptance of the invitation.

### Session 25 (eighteenth session: a new blind split of three pairs first; development on ru-mix, ru-gb, ru-us, us-ir, fr-us, ru-eg)

Blind split first: `blind-s23` (gold README, section "The session 25 blind split"), drawn by
`data/gold/events/select_blind_s23.py` (rule committed before the draw; a second stage amended and committed before it
was drawn), annotated by hand and landed alone on main (`f0d2b5b`, with the registration `5ddebcf`) before any rule of
the session changed. Rules added on the development splits (each with unit tests on its sentences in
`tests/test_events.py`):
- a name between commas after a role noun is an apposition, the subject of the phrase after it ("إن الرئيس الروسي،
  فلاديمير بوتين، قبل دعوة من الرئيس السوداني، عمر البشير، لزيارة السودان"); a future imperfect (سيزور، ستستقبل) is
  a verb head, not a noun with its own phrase (ru-mix AL-579);
- an accepted invitation (قبل/وافق على/لبى دعوة) is the accepter's plan, one row with "بوتين سيزور السودان";
- what is said "أثناء/خلال/على هامش زيارته" takes the date of the pair's visit told before it (ru-mix AL-1929: the wish
  for military cooperation, November 2017); what a speaker says "في البيان ذاته/نفسه" takes the date of his own
  statement told before, not of the other side's reply in between (us-ir JA-1169);
- dates that belong to something else: a year or date naming an election, a war or attacks ("الرئاسيات الأمريكية
  لعام 2016", "باعتداءات 13 تشرين الثاني/نوفمبر 2015", not when that noun is the cue); a date inside an act named
  after the cue with بعد/عقب/إثر ("وجهت لندن الاتهام لروسيا بعد العثور على الجاسوس … في 4 آذار", not after a
  meeting noun: "اتفاق … في أعقاب قمة … الجمعة"); a date set for a ban ("حددت … الرابع من نوفمبر المقبل موعدا لحظر
  استيراد النفط الإيراني": the ban is decided, reported and undated); a "قبل أن" clause after the cue (ru-us FR-450,
  ru-gb FR-508, fr-us FR-1094, us-ir AL-1931, ru-eg CN-463);
- "يجتمع" with a joint subject ("وسيجتمع ترمب وبوتين في هلسنكي يوم الاثنين القادم", ru-us AL-1927); flights resumed by a
  joint subject or "بين" the pair are the pair's act (ru-eg CN-463, one row with the one-way telling);
- a resumptive "فيه/فيها" between a verb and its subject is transparent ("في وقت وجهت فيه بريطانيا أصابع الاتهام نحو
  روسيا"; the ru-gb sentence itself has the typo "أصابه" and stays missed);
- توعد/يتوعد/متوعدا is a threat (13), not a promise (read on il-ir FR-362, whose target is a demonym adjective and stays
  missed; no development row changed). Said for honesty: the annotator had read the blind articles, and several of
  them use توعد; the cue was added because the development miss uses it and the lexicon lacked the verb.
Gold fixes (development data, by the README rules): fr-us "no-talks-under-pressure" is 125 `denied` (README rule 4 now
says it: an act told negated or refused is that act `denied`, coded 12x; a rejection verb with its object, "رفضه تعازي
الرئيس الأميركي", is a 12x act that happened, `reported`; the system already did this); fr-us "oak-gift" (optional)
gains the journalist's mention of the planned gift (the false 017 row of FR-839 now matches it). The same convention
set one blind row ("وهو ما رفضته الصين") from `denied` to `reported` before the blind run (status only; no output read).
Rejected: "كشف" as a reporting verb (one development date right, one actor pair lost: net 0, reverted); the object
pronoun forms of توعد ("وتوعدته": the object read as the preceding country).

Development numbers (`PYTHONPATH=$PWD/lib python -m marsad.training.events_eval all --datasets /work/shared/datasets`;
before at `5ddebcf`, after at the frozen `74fca62` (landed as `f2a5180`)): all development splits pooled P actors 0.9877 (240/243) → 0.9917
(240/242), R actors 0.879 → 0.887, R actors+kind+date 0.805 (206/256) → 0.828 (212/256), P actors+kind+date 0.844 →
0.876; no-event sentences hit 3/490 before and after; `ru-mix` R actors+kind+date 0.80 → 0.90 (P actors 1.00); `fr-us`
P actors 0.93 → 1.00 (status accuracy 0.85 → 0.92); `ru-us` 0.60 → 0.67; `us-ir` 0.58 → 0.75; `ru-gb` 0.77 → 0.80;
`ru-eg` 0.69 → 0.77. Left on development: accusations told without a resolvable author ("اتهام الحكومة لروسيا",
"وزارة الأمن الداخلي"), a weekday equal to the publication weekday that the story puts a week earlier (ru-gb CN-164),
statements in press reviews, a demonym adjective as the threatened side ("أي محاولة إيرانية").

### Blind (session 25, United States–Iran, Saudi Arabia–Iran, United States–China; annotated and landed before any rule of the session changed; run once)

Split `blind-s23` (gold README, section "The session 25 blind split"): 24 ANT articles (CNN 8, France24 12, Al Arabiya
3, Jawhara FM 1) drawn by `data/gold/events/select_blind_s23.py` from the five pairs the brief named, in its order
(US–Iran, Saudi Arabia–Iran, Russia–Turkey, US–China, Egypt–Ethiopia; Russia–Turkey and Egypt–Ethiopia kept no dense
candidate), 4 per pair and then 4 more per pair (stage 2, amended before it was drawn); read and annotated by hand and
landed alone (`f0d2b5b`) before any rule of the session changed. Gold: **51 counted events** (US–China 33, US–Iran 10,
Saudi Arabia–Iran 8), 18 optional, 26 no-event sentences, 4 background rows. No system output was looked at on these
articles before the run (the development runs score `SPLITS` only; no probe ran on them). Said for honesty: the
annotator had read the blind articles, so the rules of the session were written by someone who knew their phrasing;
each rule was written on a development miss (listed above), and one blind status was set by the refusal convention
before the run. Run once, on 4 December 2026 at **19:40 UTC**, on branch `events25` at `74fca62` (landed as `f2a5180`) (the events code frozen
there), with `PYTHONPATH=$PWD/lib python -m marsad.training.events_eval blind-s23 --datasets /work/shared/datasets`.
The table below is that run; nothing was changed after it.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| US–IR / SA–IR / US–CN, 24 docs | 21 (+5 on optional rows) | **0.76 (16/21)** | 0.27 (14/51) | 0.57 | 0.24 | 0.38 | **0.16 (8/51)** | 5/26 | 0/4 |

By pair (R actors+kind+date): US–China 6/33, US–Iran 1/10, Saudi Arabia–Iran 1/8; status right on every row matched at
the kind level (1.00). All development splits pooled (the 22 of `SPLITS` before this one), same frozen code: P actors 0.9917
(240/242), R actors+kind+date 0.828 (212/256).

Errors by class, read from the run's listing and by running the frozen extractor on a few of the same sentences after
the run (not fixed: the split stays as it was run):
- **Right** (8): Pompeo's Wednesday accusation of Tehran, Riyadh's standing accusation of arms supplies, Trump's Friday
  threat of new tariffs, the White House's demand to cut the deficit, Trump's earlier threat (title), China's Wednesday
  accusation, US officials' standing accusation, China's vow to respond.
- **Tariffs are not a cue with goods as the object** (9 counted 163 rows, none found): "فرضت الولايات المتحدة الجمعة
  رسوما جمركية … على السلع الصينية", "دخلت الرسوم الأميركية الجديدة على واردات من الصين حيز التنفيذ": the partner is a
  demonym of goods or "واردات من", and no 163 row is made (checked on the sentence after the run).
- **A third country named in the sentence blocks the pair**: Saudi–Iranian accusations and threats told in the crown
  prince's interviews with US media during his US visit ("في مقابلة … على قناة CBS الأمريكية … قبيل بدء زيارته إلى
  الولايات المتحدة، اتهم ولي العهد السعودي إيران") give nothing; the same clause alone gives 112 (checked after the
  run). Saudi Arabia–Iran: 1 of 8.
- **Threats of retaliation without a threat verb** (China "مضطرة لاتخاذ إجراءات رد", "مستعدة لدفع أي ثمن", "سترد فور
  دخول الإجراءات", the state agency's conditional warning) and accusations told as descriptions ("نموذج على التسلط
  التجاري", "تراجيديا حزينة", "المجرمين") are missed; so are the withdrawals from the 1955 treaty and the nuclear deal
  (160) and Zarif's appeal to the president-elect (020).
- **Dates**: Zarif's Sunday threat and accusation dated by "الاتفاق النووي الذي أبرمته عام 2016" (the deal's year);
  the WTO complaint by the Thursday the documents were published (the gold: no date of its own).
- **False rows (5 of 26 no-event sentences hit)**: states told with "بين" ("التعاون هو الخيار الوحيد الصائب بين الصين
  والولايات المتحدة" 060, "المفاوضات متعثرة بين واشنطن وبكين" 046, "بين القوتين المتنازعتين … السعودية السنية وإيران
  الشيعية" 050, "عدوة الرياض وحليفة الحوثيين" 050), Zarif's call on the Europeans to press Washington (100: the
  addressee is a third party); the UN meetings in New York coded as Zarif's visit to the US (042).

Reading: on pairs whose news is a trade war and a war of words, precision falls (0.76) and recall is low: the cues of
the lexicon are those of diplomacy (meetings, visits, agreements, aid); tariffs on goods, readiness to retaliate and
descriptive insults are not read, and long interview frames naming a third country block the pair. Recall moves by
about 2 points per event. Renamed right after the run: the split is `s23-mix`, development data (its blind number stays
the row above; the pooled development numbers above are over the 22 splits before it). Next session's first fixes are tariffs on the partner's goods (163), threats of retaliation, the third-party
frame of an interview, and "بين X و Y" after a state noun as no act.

### Session 26 (a short second round on development data only, after the blind run; no new blind split, no blind run)

Read on `s23-mix` (the errors of the blind run above), same command; two general rules, each with a unit test on a
sentence of the split:
- **Customs tariffs are a sanction (163)**: "رسوم/تعريفات جمركية" is a 163 cue (with a verb of imposing in the clause,
  as sanctions); the goods named with the partner's demonym after "على" are the target ("فرضت الولايات المتحدة الجمعة
  رسوما جمركية … على السلع الصينية", "على الصلب والألمنيوم الصينيين"; واردات, صادرات, صلب, ألمنيوم added to the goods
  nouns). Tariffs after a threat, plan or accusation in the clause ("هدد … من فرض رسوم", "ضد خطة واشنطن فرض رسوم",
  "اتهمت … بالسعي") are no act, and a threat of tariffs is a warning of counter-measures (130, the gold convention of the
  US–China rows), not a threat of sanctions (131).
- **Readiness or compulsion to retaliate is a warning (130)** without a threat verb: "مستعدة لدفع أي ثمن في حرب تجارية
  … مع الولايات المتحدة", "مضطرة لاتخاذ إجراءات رد" (the latter still has no partner in its sentence).

`s23-mix` (development now): P actors 0.76 → 0.78, P +kind 0.57 → 0.59, P +date 0.38 → 0.44; R actors 0.27 → 0.35,
R +kind 0.24 → 0.31, R +date 0.16 → 0.24 (21 → 27 system events; 5/26 no-event sentences hit, unchanged). Every other
split unchanged (pooled over all development splits: P actors 0.973 → 0.970 because s23-mix is in it, P +kind 0.905 →
0.900, P +date 0.837 → 0.833; R +date 0.717 → 0.730); the pooled precision falls only because more s23-mix rows, at its
lower precision, enter the pool. Rejected in this round: "فرض رسوم" without "جمركية" as a cue (threat sentences became
163 rows: P +kind on s23-mix 0.57 → 0.52); the threat-to-131 mapping for tariffs (gold codes them 130). Still wrong:
"أعلنت الإدارة الأمريكية عن فرض رسوم جمركية جديدة على منتجات صينية" is a right 163 row that the gold anchors of
`new-tariffs` do not cover (counted false; the gold was left as annotated); "الرسوم الأميركية … على واردات من الصين"
(the imposer as a demonym of the tariffs) is not read. Left, in order: the third-party frame of an interview; "بين X و Y"
after a state noun as no act; accusations told as descriptions; the 160 withdrawals.

### Session 27 (nineteenth session: a new blind split of three new pairs first; development on s23-mix)

Blind split first: `blind-s24` (gold README, section "The session 27 blind split"), drawn by
`data/gold/events/select_blind_s24.py` (committed before the draw, `00e5dae`; it calls the candidate and draw steps of
`select_blind_s23`, made functions for it in `c09b086` with the s23 draw printing the same), annotated by hand and
committed alone (`ec60ced`, gold only; the `BLIND` registration `91b8335` apart) before any rule of the session changed.
Rules added on `s23-mix`, the remaining error classes of its blind run first (each with unit tests on its sentences in
`tests/test_events.py`; every other split unchanged after each, checked by a before/after diff of every split's
listing):
- **withdrawals (160)**: withdrawing from an agreement or treaty with the other side ("أن الولايات المتحدة انسحبت من
  معاهدة الصداقة … مع إيران", "انسحاب بلاده من الاتفاق النووي الإيراني"), a cue only when the partner is named after
  مع (within six words) or as the nuclear deal's demonym (اتفاق an object noun, so the demonym is the deal's party; not
  "إيران ستنسحب من الاتفاق النووي رغم محاولات … روسيا"); announced by its own side it takes the announcement's day;
  a warning's subject may be six words long before من ("حذر وزير الخارجية الإيراني، جواد ظريف، من انسحاب أمريكا" is
  a warning, not a withdrawal); "الاتفاق النووي الذي أبرمته عام 2016" dates the deal, not the warning;
- **"بين X و Y" and other descriptions**: a noun cue whose predicate describes it ("المفاوضات متعثرة بين واشنطن وبكين",
  "التعاون هو الخيار الوحيد الصائب بين الصين والولايات المتحدة") or a coalition led or backed by someone ("تحالف
  تقوده السعودية", "تحالف مدعوم من") is no act (`CUE_STATE` in `markers.csv`);
- **interview frames naming a third country**: a third country in an opening adjunct closed by a comma ("في مقابلة …
  على قناة CBS الأمريكية …، اتهم ولي العهد السعودي إيران", "قبيل بدء زيارته إلى الولايات المتحدة، اتهم …") is no
  participant of a finite verb whose subject, one of ours, follows it; "تهجم على" is a 111 cue;
- **accusations and complaints**: a complaint filed with the WTO, a court or the Security Council is 115 (قدم/رفع as
  support verbs of its author); the participle after a comma ("…، متهمة واشنطن بإطلاق أكبر حرب تجارية") accuses;
  "الصين التي تتهمها الإدارة الأمريكية بسرقة …" (an imperfect accusation with its pronoun in a relative clause) describes
  the antecedent, no act; a pejorative description may follow "بأنها" with a noun or a quotation mark in between, and
  criminals, sycophants, domination and tragedy join its words ("بأنها بلد متملق", "بـ\"المجرمين\"");
- **addressees and venues**: a demand (10x) whose addressee after the verb is a noun that is no actor ("وطالب ظريف الدول
  الأوروبية بممارسة الضغط على الإدارة الأمريكية") is none on the pair, as for appeals; a trip to attend a UN meeting is
  no visit to the host, and "اجتماعات للأمم المتحدة" is that body's meeting;
- **dates**: a statement with no date of its own takes the day given right after "حسبما قال …" later in its sentence
  ("…، حسبما قال للصحافيين، الأحد"); "في وقت سابق" with no day of its own dates the act before publication.
Rejected (no development row changed, reverted): "تطبيق" as an imposing verb (it is a "not imposed" word for sanctions
others implement), "تعرفات" without جمركية and goods "على ما قيمته … من" (the development sentence was different from
the form tried), "اقترح على" as an offer (the row merges with another 03 row of the document), a circumstantial
participle after a comma taking the speaker as subject (no development row changed); a speech verb opening a sentence
whose subject is the previous sentence's speaker taking that sentence's day (ru-gb AL-733 lost a right date, s23-mix
gained none); a wider "أعرب … عن شكري" (the quoted first person of ru-eg/eg-sd is not reached).

Development numbers (`PYTHONPATH=$PWD/lib python -m marsad.training.events_eval all --datasets /work/shared/datasets`;
before at `9707def`, after at the frozen code): all development splits pooled P actors 0.970 (261/269) → 0.989
(266/269), R actors 0.798 → 0.818, R actors+kind+date 0.730 (224/307) → 0.749 (230/307), P +kind 0.900 → 0.922;
no-event sentences hit 8/516 → 3/516; `s23-mix` P actors 0.78 (21/27) → 0.96 (26/27), R actors+kind+date 0.24 (12/51) → 0.35 (18/51), no-event
sentences hit 5/26 → 0/26; every other split unchanged. Left on `s23-mix`: tariffs whose imposer is a demonym ("الرسوم
الأميركية … على واردات من الصين") or whose goods are "made in China", statements dated by an occasion told in another
sentence (the same speaker's Sunday), lists of three insulted leaders, quoted threats, the press-review threats.

### Blind (session 27, Qatar–United States, Syria–Iran, United Kingdom–United States; annotated and committed before any rule of the session changed; run once)

Split `blind-s24` (gold README, section "The session 27 blind split"): 21 ANT articles (CNN 5, France24 11, Al Arabiya
2, Jawhara FM 3) drawn by `data/gold/events/select_blind_s24.py` (three pairs drawn among the brief's eight that no
gold split had and that kept at least 10 dense candidates: Qatar–US, Syria–Iran, UK–US; 7 documents each); read and
annotated by hand and committed alone (`ec60ced`) before any rule of the session changed. Gold: **24 counted events**
(Qatar–US 18, UK–US 4, Syria–Iran 2), 11 optional, 49 no-event sentences, 6 background rows. No system output was
looked at on these articles before the run (the development runs score `SPLITS` only; no probe ran on them). Said for
honesty: the annotator had read the blind articles; every rule of the session was written on an `s23-mix` miss (listed
above), none on a blind phrasing. Run once, on 4 December 2026 at **22:35 UTC**, on branch `events27` at `df26b73` (the
events code frozen at `bc3bbb9`), with `PYTHONPATH=$PWD/lib python -m marsad.training.events_eval blind-s24 --datasets
/work/shared/datasets`. The table below is that run; nothing was changed after it.

| blind, first run | system events | P actors | R actors | P +kind | R +kind | P +date | R +date | no-event sentences with an event | background found |
|---|---|---|---|---|---|---|---|---|---|
| QA–US / SY–IR / GB–US, 21 docs | 20 (+3 on optional rows) | **0.70 (14/20)** | 0.50 (12/24) | 0.55 | 0.46 | 0.45 | **0.38 (9/24)** | 4/49 | 1/6 |

By pair (R actors+kind+date): Qatar–US 7/18, Syria–Iran 1/2, UK–US 1/4; status right on every row matched at the kind
level (1.00); one duplicate row. All development splits pooled, same frozen code: P actors 0.989 (266/269), R
actors+kind+date 0.749 (230/307).

Errors by class, read from the run's listing (not fixed: the split stays as it was run):
- **Right** (9): Trump receiving the emir at the White House (Tuesday), Trump's earlier accusation, the meeting planned
  for next Tuesday (two articles), the June 2017 accusation, Trump's thanks of 15 January, the 7 June 2017 call,
  Rouhani's call to Assad, the first May–Trump meeting planned for Friday 27 January 2017.
- **Thanks and praise not read** (4 of 24): "نقدم الشكر للرئيس ترمب" (a first-person noun), "قبل أن يشكر للرئيس
  الأمريكي مساعيه" (in a "قبل أن" clause), the Pentagon's "قطر قوة هامة من أجل الاستقرار" (no cue), Trump calling the
  Queen "امرأة لا تصدق"; Syria's "تضامنها الكامل مع طهران" (no solidarity cue).
- **Arms sales**: "وافقت الولايات المتحدة الاثنين على بيع قطر …" found only through the title (dated before
  publication, not Monday); "وافقت … على صفقة عسكرية بقيمة 197 مليون دولار" not read (no weapon noun).
- **Actors the lexicon lacks or blocks**: the Queen ("ملكة بريطانيا إليزابيث") is no actor, so the Windsor reception and
  her praise are missed; "وزير الدفاع جيم ماتيس" without a demonym is no US actor (the Mattis meeting missed); "ترامب
  تباحث مع نظيره الفرنسي … ورئيسة الوزراء البريطانية" is a list after مع with a third party (read as multilateral).
- **Other misses**: the emir's "سنتعاون مع واشنطن" (a first-person future in a quotation), the programme of the visit
  (036), Trump's offer (bare "عرض … على" is left out by design), the arrival's day (the programme sentence's undated row
  took the match).
- **False rows (6; 4 of 49 no-event sentences hit)**: Iran's statement that Syria cooperated with the UN and signed the
  chemical weapons convention (060, 057: the speaker taken as the agent); Macron's request that Rouhani press Damascus
  (020: the requested act read as Iran's appeal); Khamenei condemning the Western strikes on Syria (111: the victim read
  as the target); France's strikes "بالتعاون مع واشنطن ولندن" (060: a third party's list after مع read as the pair);
  "سيلتقي بعد ماي الرئيس المكسيكي" (036 with Mexico's president, and "ماي" read as the month May); the planned May–Trump
  meeting also coded as a past meeting (040) and as a second intent row.
Reading: on diplomatic news of pairs the rules were not written for, the meetings, calls and planned meetings are found
with their days; what is lost is one-way courtesy (thanks, praise, solidarity), actors the lexicon lacks (a queen, a
defence secretary named without his country) and third parties' frames (a request, a condemnation, a cooperation of
someone else). Recall moves by about 4 points per event. Renamed right after the run: the split is `s24-mix`,
development data (its blind number stays the row above). Next session's first fixes: thanks and praise told as nouns
or in the first person, monarchs as role nouns of their country ("ملكة بريطانيا"), a request or a condemnation of a
third party's act as no act of the pair, "ماي" as a name after a meeting verb.
The hashes of this section are the branch's before its rebase on main; landed as: the rule `00e5dae` → `a046d82`,
the s23 refactor `c09b086` → `cbb2db3`, the gold `ec60ced` → `9f09e84`, the registration `91b8335` → `4600d0c`, the
frozen events code `bc3bbb9` → `fcc24ae`, the run's commit `df26b73` → `2aa69d3` (the same code; every development
split prints the same after the rebase).

### Session 28 (nineteenth session, second round: blind-s24 read for errors, now `s24-mix`; development only)

No new blind split and no blind run in this round. Read on `s24-mix` (the error classes of the blind run above), same
command; each rule with a unit test on a sentence of the split in `tests/test_events.py`, and each checked by a
before/after diff of every split's listing (every other split unchanged after each):
- **a monarch as the role noun of her country**: "ملكة بريطانيا إليزابيث", "الملكة إليزابيث" are a GB actor
  (`actors.csv`), so the Windsor reception is read with its Friday;
- **arms-sale approvals (072)**: "وافقت الولايات المتحدة الاثنين على صفقة لبيع قطر صواريخ", "وافقت … على صفقة عسكرية
  بقيمة 197 مليون دولار": the approver sells (بيع only with a weapon noun within four words: "على بيع حصة في شركة" is none);
- **third parties' frames**: the pair joined right after مع, after the cue ("المهمة التي نفذت بالتعاون مع واشنطن
  ولندن"), are a third party's partners, not each other's; the country an attack strikes ("ندد … بالضربات التي شنتها
  الدول الغربية على سوريا") is the victim of the act condemned, no target of the condemnation; in "طلب … من X" the one
  asked is never the asker ("أنه طلب من روحاني ممارسة الضغوط … على النظام السوري" is Macron's request);
- **"ماي" after a meeting verb**: the one named right after "بعد/قبل" after a meeting verb is a landmark in time, not the
  one met ("ترامب سيلتقي بعد ماي الرئيس المكسيكي": no May–Trump meeting dated the month of May);
- **"شدد … على أن" is a reporting frame** (شدد, يشدد, مشددا in `REPORTING`): "شدد المتحدث باسم الخارجية الإيرانية على
  أن الحكومة السورية تعاونت مع الأمم المتحدة" is what Iran says of Syria's record, no act of Iran towards Syria.
Rejected: "جيم ماتيس" as a US actor (the Mattis meeting is found, but its row takes the Tuesday of the next clause, "ومن
المقرر أن يلتقي دونالد ترامب الثلاثاء", and the planned meeting merges into it: R unchanged, P +date on `s24-mix` 0.48 →
0.41); "الشيخ تميم" alone as the emir (no development row changed).

Development numbers (`PYTHONPATH=$PWD/lib python -m marsad.training.events_eval all --datasets /work/shared/datasets`;
before at `8110925`, after at this round's last rule): `s24-mix` P actors 0.70 (14/20) → 1.00 (15/15), R actors 0.50 →
0.58, R actors+kind+date 0.375 (9/24) → 0.500 (12/24), P +kind 0.55 → 0.87, P +date 0.45 → 0.80, no-event sentences hit
4/49 → 0/49; all development splits pooled (`s24-mix` included) P actors 0.969 (280/289) → 0.989 (281/284), R actors
0.795 → 0.801, R actors+kind+date 0.722 (239/331) → 0.731 (242/331), P +kind 0.896 → 0.919, no-event sentences hit 7/565
→ 3/565; every other split unchanged. Left on `s24-mix`, in order: thanks in the speaker's first person ("نقدم الشكر
للرئيس ترمب") and in a "قبل أن" clause whose subject is outside the sentence; a date taken across ", ومن المقرر أن" (blocks the Mattis actor); a
list after مع naming a third country ("تباحث مع نظيره الفرنسي … ورئيسة الوزراء البريطانية"); solidarity and praise
without a cue ("تضامنها الكامل مع طهران", "قطر قوة هامة").
"""


def main(argv: list[str] | None = None) -> int:
    """``python -m marsad.training.events_eval SPLIT``: score one split and list every false event and miss."""
    import argparse

    from marsad.training.evaluate import datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_eval",
                                     description="Score one split of the events gold and list its errors.")
    parser.add_argument("split", choices=[*SPLITS, *BLIND, "all"])
    parser.add_argument("--datasets", help="shared datasets folder (default: $MARSAD_DATASETS or ../shared/datasets)")
    args = parser.parse_args(argv)
    details: list[str] = []
    result = score(args.split, datasets_dir(args.datasets, need="ant-v2.1-multisource"), details=details)
    print("\n".join(details))
    print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
