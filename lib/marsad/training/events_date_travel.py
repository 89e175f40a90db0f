"""A learned choice of an undated act's date source, judged by time travel (session 91, ``docs/EVALUATION.md``,
"Session 91").

An event row whose clause gives no date is placed "on or before publication" (``rows._undated``). The gold often
dates such an act from elsewhere in the document: the publication day, the lead's day, the day of another row of the
same pair and CAMEO root, or the day of the nearest earlier sentence. Blanket defaults lose as much as they gain
(sessions 68 and 84). Here a small model decides, row by row, whether to switch to one of those :data:`SOURCES`,
from features of the row and the document (:func:`features`), and abstains below a threshold.

- :func:`measure`: for every development row with actors and kind right, which sources give the gold date;
- :func:`collect`: the training records (features, candidates, which candidate is right) of a set of tables;
- :func:`fit`: one logistic model per source, trained on the rows where the source and "keep" differ in being right
  (the probability that switching gains, given that it changes the score);
- :func:`redate`: a document's table with its undated rows re-dated by a model at a threshold;
- :func:`travel`: past blind parts (the rules of the code each was blind on) re-dated by a model trained only on
  the development splits before them; :func:`loso`: development leave-one-split-out.

``python -m marsad.training.events_date_travel measure|travel|loso --dev-tables PICKLE --rules PART=PICKLE …``

NOT shipped: the pre-registered rule selected t = 0.9, which changes no row of s37–s41 (+0 < +2), and development
leave-one-split-out falls at every threshold (567 → 539 … 560 of 918); the events stage does not call any of this.
"""
from __future__ import annotations

import argparse
import json
import pickle
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

from marsad.training import events_eval as E
from marsad.training import events_travel as et

__all__ = ["SOURCES", "GRID", "FEATURES", "DECIDING", "CHECKS", "doc_view", "row_candidates", "features", "collect",
           "fit", "redate", "travel", "loso", "measure", "main"]

SOURCES = ("pub", "lead", "same", "prev")
GRID = (0.5, 0.6, 0.7, 0.8, 0.9)
DECIDING = ("s37-mix", "s38-mix", "s39-mix", "s40-mix", "s41-mix")
CHECKS = ("s42-mix", "s43-mix")
# the split each part's training stops before (the part itself, or the part blind together with it)
RECENT_DAYS = 14  # a day of an earlier sentence counts when within two weeks before (or one day after) publication
MAX_BACK = 8  # sentences walked back for "prev"
C_REG = 1.0
MIN_ROWS = 8  # a source's model needs this many deciding rows with both outcomes, else it never switches

_ROOT_GROUP = {"01": "say", "02": "say", "03": "intent", "04": "meet", "05": "coop", "06": "coop", "07": "coop",
               "08": "coop", "09": "protest", "10": "protest", "11": "protest", "12": "protest", "13": "protest",
               "14": "protest", "15": "force", "16": "force", "17": "force", "18": "force", "19": "force",
               "20": "force"}
_GROUPS = ("say", "intent", "meet", "coop", "protest", "force")
_STATUSES = ("reported", "intent", "denied", "alleged")
_YESTERDAY = re.compile(r"(?<![\w])[وف]?(?:امس|البارحه)(?![\w])")
_TODAY = re.compile(r"(?<![\w])[وف]?(?:اليوم|الليله|هذا\s+الاسبوع)(?![\w])")
_FUTURE = re.compile(r"(?<![\w])[وف]?(?:سوف|سي\w{2,}|ست\w{3,}|المقبل|المقبله|القادم|القادمه|المرتقب|المرتقبه|المقرر)(?![\w])")
_THAT = re.compile(r"(?<![\w])[وف]?(?:ان|انه|انها|بان|بانه|بانها)(?![\w])")
_LINK = re.compile(r"^[\s\"«“\-—]*(?:[وف]?(?:خلال|في\s+ختام|عقب|بعد|اثناء|ورد|ردا|الي\s+ذلك|في\s+غضون|وذلك|كما))(?![\w])")

FEATURES = (
    [f"status_{s}" for s in _STATUSES] + ["title"] + [f"root_{g}" for g in _GROUPS]
    + ["lead_para", "para_rank", "own_reading", "pluperfect", "history", "background", "inside_that",
       "present_body", "yesterday", "today", "future", "reporting", "link_opening", "sent_len"]
    + ["has_lead", "lead_both", "lead_gap", "same_n", "same_gap", "prev_dist", "prev_gap", "prev_both",
       "pair_dated", "log_rows", "undated_frac", "title_both", "pub_weekday_fri"]
    + [f"has_{s}" for s in SOURCES]
)


# --------------------------------------------------------------------------- the document, once
class _View:
    """A document read once for one pair: its article segments in order, sentences, and lazily their dates."""

    def __init__(self, segments, pub, ctx):
        from marsad.events import context as C
        from marsad.events import extract as X
        from marsad.lang.rules import sentence_spans
        from marsad.lang.text import normalize

        self.segments, self.pub, self.ctx = segments, pub, ctx
        self.ours, self.theirs = C._key_finder(ctx.focus_keys), C._key_finder(ctx.partner_keys)
        self.sentences = []  # (position, start, end, raw, normalised)
        for seg in segments:
            text = seg.text or ""
            for s, e in sentence_spans(text):
                self.sentences.append((seg.position, s, e, text[s:e], normalize(text[s:e])))
        self._days: dict = {}
        self.lead_day = X._lead_day(segments, pub, ctx) if pub is not None else None
        lead = next((seg for seg in segments if seg.section == "paragraph" and seg.text.strip()), None)
        self.lead_pos = lead.position if lead is not None else None
        self.lead_both = bool(lead is not None and self.ours(lead.text) and self.theirs(lead.text))
        title = next((seg for seg in segments if seg.section == "title" and seg.text.strip()), None)
        self.title_both = bool(title is not None and self.ours(title.text) and self.theirs(title.text))
        self.positions = sorted({seg.position for seg in segments if seg.section == "paragraph"})

    def day_of(self, k: int):
        """The first recent day-precision date of sentence ``k`` (``(d0, d1, text)`` or None)."""
        if k not in self._days:
            from marsad.events.clauses import _tag_unglued

            found = None
            raw = self.sentences[k][3]
            if self.pub is not None and re.search(r"[0-9٠-٩]|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|"
                                                  r"الخميس|الجمعة|السبت|أمس|امس|اليوم", raw):
                for t in _tag_unglued(raw, published=self.pub):
                    if t.get("type") not in ("DATE", "TIME") or not t.get("date_start"):
                        continue
                    if t.get("precision") == "day" and t["date_start"] == t["date_end"] \
                            and -RECENT_DAYS <= (pd.Timestamp(t["date_start"]) - self.pub).days <= 1 \
                            and not str(t.get("text", "")).strip().startswith("منذ"):
                        found = (t["date_start"], t["date_end"], t["text"])
                        break
            self._days[k] = found
        return self._days[k]

    def sentence_index(self, row) -> int | None:
        pos, start = int(row["position"]), int(row["start"])
        for k, (p, s, e, _, _) in enumerate(self.sentences):
            if p == pos and s <= start < e:
                return k
        return next((k for k, (p, _, _, _, _) in enumerate(self.sentences) if p == pos), None)


def doc_view(doc: dict, datasets: Path, partner: str):
    """The :class:`_View` of a gold document for one partner (as ``extract._document_events`` reads it)."""
    from marsad.events import extract as X
    from marsad.training.events_dates import pair_context

    corpus = E.read_document(doc, datasets)
    focus, _ = E.doc_pair(doc)
    segs = corpus.segments[corpus.segments["section"].isin(X.ARTICLE_SECTIONS)]
    doc_segs = sorted((X._Seg(doc["doc_id"], s, int(p), t if isinstance(t, str) else "") for s, p, t in zip(
        segs["section"], segs["position"], segs["text"])), key=lambda sg: sg.position)
    published = corpus.documents["published"].iloc[0]
    pub = None if published is None or pd.isna(published) else pd.Timestamp(published).normalize()
    return _View(doc_segs, pub, pair_context(focus, partner))


def _dated(r) -> bool:
    return r["kind"] == "event" and r["precision"] not in (None, "before-publication") and isinstance(
        r["date_start"], str) and r["precision"] in ("day", "approximate", "week")


def eligible(row) -> bool:
    from marsad.events.rows import _undated

    return _undated(row)


def row_candidates(row: dict, rows: list[dict], view: _View) -> dict:
    """``{source: (date_start, date_end, precision, text)}`` for an undated row: the sources of :data:`SOURCES`
    that give it a day (a source without one is absent)."""
    pub = view.pub
    out = {}
    if pub is None:
        return out
    iso = pub.date().isoformat()
    out["pub"] = (iso, iso, "day", "publication")
    if view.lead_day is not None:
        out["lead"] = view.lead_day
    root = str(row["cameo_code"])[:2]
    here = (int(row["position"]), int(row["start"]))
    same = [r for r in rows if r is not row and r["actor2"] == row["actor2"] and str(r["cameo_code"])[:2] == root
            and _dated(r)]
    if same:
        near = min(same, key=lambda r: abs(int(r["position"]) - here[0]) * 10000 + abs(int(r["start"]) - here[1]))
        out["same"] = (near["date_start"], near["date_end"], near["precision"], str(near["date_text"]))
    k = view.sentence_index(row)
    if k is not None:
        for j in range(k - 1, max(-1, k - 1 - MAX_BACK), -1):
            d = view.day_of(j)
            if d is not None:
                out["prev"] = (d[0], d[1], "day", d[2])
                break
    return out


def features(row: dict, rows: list[dict], view: _View, cands: dict) -> np.ndarray:
    """The row's feature vector (:data:`FEATURES`)."""
    from marsad.events import act_dates
    from marsad.events import lexicon as lx
    from marsad.events.extract import _PLUPERFECT
    from marsad.events.rows import _undated
    from marsad.lang.text import normalize

    f = dict.fromkeys(FEATURES, 0.0)
    pub = view.pub
    if row["status"] in _STATUSES:
        f[f"status_{row['status']}"] = 1.0
    f["title"] = float(row["section"] == "title")
    g = _ROOT_GROUP.get(str(row["cameo_code"])[:2])
    if g:
        f[f"root_{g}"] = 1.0
    pos = int(row["position"])
    f["lead_para"] = float(row["section"] == "paragraph" and pos == view.lead_pos)
    rank = view.positions.index(pos) if pos in view.positions else 0
    f["para_rank"] = float(np.log1p(rank))
    norm = normalize(str(row["sentence"]))
    f["own_reading"] = float(act_dates._own_reading_allows(row))
    f["pluperfect"] = float("tense:pluperfect" in str(row["rule"]) or bool(_PLUPERFECT.search(norm))
                            or bool(act_dates._WAS.search(norm)))
    f["history"] = float(bool(act_dates._HISTORY.search(norm)))
    f["background"] = float(bool(lx.BACKGROUND.search(norm)))
    t0 = norm.find(normalize(str(row["trigger"])))
    f["inside_that"] = float(t0 > 0 and bool(_THAT.search(norm, 0, t0)))
    f["present_body"] = float(row["section"] != "title" and bool(act_dates._PRESENT.match(norm.lstrip())))
    f["yesterday"] = float(bool(_YESTERDAY.search(norm)))
    f["today"] = float(bool(_TODAY.search(norm)))
    f["future"] = float(bool(_FUTURE.search(norm)))
    f["reporting"] = float(bool(lx.REPORTING.search(norm)))
    f["link_opening"] = float(bool(_LINK.match(norm)))
    f["sent_len"] = float(np.log1p(len(norm.split())))
    f["has_lead"] = float(view.lead_day is not None)
    f["lead_both"] = float(view.lead_both)
    gap = lambda c: float((pub - pd.Timestamp(c[0])).days) if pub is not None else 0.0  # noqa: E731
    if "lead" in cands:
        f["lead_gap"] = gap(cands["lead"])
    root = str(row["cameo_code"])[:2]
    same = [r for r in rows if r is not row and r["actor2"] == row["actor2"] and str(r["cameo_code"])[:2] == root
            and _dated(r)]
    f["same_n"] = float(np.log1p(len(same)))
    if "same" in cands:
        f["same_gap"] = min(30.0, max(-30.0, gap(cands["same"])))
    k = view.sentence_index(row)
    if "prev" in cands and k is not None:
        j = next(j for j in range(k - 1, -1, -1) if view.day_of(j) is not None)
        f["prev_dist"] = float(k - j)
        f["prev_gap"] = gap(cands["prev"])
        raw = view.sentences[j][3]
        f["prev_both"] = float(bool(view.ours(raw) and view.theirs(raw)))
    events = [r for r in rows if r["kind"] == "event" and r["actor2"] == row["actor2"]]
    f["pair_dated"] = float(any(_dated(r) for r in events if r is not row))
    f["log_rows"] = float(np.log1p(len(events)))
    f["undated_frac"] = sum(1 for r in events if _undated(r)) / max(1, len(events))
    f["title_both"] = float(view.title_both)
    f["pub_weekday_fri"] = float(pub is not None and pub.day_of_week in (4, 5))
    for s in SOURCES:
        f[f"has_{s}"] = float(s in cands)
    return np.array([f[n] for n in FEATURES], dtype=float)


# --------------------------------------------------------------------------- training records
def _ok_with(row: dict, date, gold: list[dict]) -> bool:
    """Whether ``row`` dated ``date`` (``(d0, d1, precision)``, None: as it is) is right at the date level."""
    r = dict(row)
    if date is not None:
        r.update(date_start=date[0], date_end=date[1], precision=date[2])
    g, _, kind = E.match_gold(r, gold, set())
    return bool(g is not None and kind and g["optional"] != "1" and E._date_ok(r, g))


def collect(tables: dict, docs: list[dict], datasets: Path, gold_by_doc: dict | None = None, log=None) -> list[dict]:
    """One record per eligible row of ``tables`` (``{doc_id: table}``) of ``docs``: split, doc, features, candidates,
    and, where the row's actors and kind match a counted gold event, whether keeping and each source are right."""
    out = []
    for d in docs:
        t = tables.get(d["doc_id"])
        if t is None or not len(t):
            continue
        rows = t.to_dict("records")
        gold = (gold_by_doc or {}).get(d["doc_id"], [])
        for partner in sorted({r["actor2"] for r in rows if eligible(r)}):
            view = None
            for i, r in enumerate(rows):
                if r["actor2"] != partner or not eligible(r):
                    continue
                view = view or doc_view(d, datasets, partner)
                cands = row_candidates(r, rows, view)
                rec = {"split": d["split"], "doc_id": d["doc_id"], "index": i, "x": features(r, rows, view, cands),
                       "cands": cands, "labelled": False}
                g, _, kind = E.match_gold(r, gold, set())
                if g is not None and kind and g["optional"] != "1":
                    rec["labelled"] = True
                    rec["keep_ok"] = _ok_with(r, None, gold)
                    rec["ok"] = {s: _ok_with(r, c[:3], gold) for s, c in cands.items()}
                out.append(rec)
    if log:
        log(f"collected {len(out)} eligible rows, {sum(r['labelled'] for r in out)} with actors and kind right")
    return out


# --------------------------------------------------------------------------- the model
def fit(records: list[dict], C: float = C_REG) -> dict:
    """Per source: standardisation and logistic weights on the rows where switching to it changes the score (y =
    it gains). JSON-able: ``{"features": …, "sources": {s: {"mean", "scale", "coef", "intercept", "n"}}}``."""
    from sklearn.linear_model import LogisticRegression

    model = {"features": list(FEATURES), "sources": {}}
    for s in SOURCES:
        rs = [r for r in records if r["labelled"] and s in r["ok"] and r["ok"][s] != r["keep_ok"]]
        y = np.array([r["ok"][s] for r in rs], dtype=int)
        if len(rs) < MIN_ROWS or y.min() == y.max():
            continue
        X = np.stack([r["x"] for r in rs])
        mean, scale = X.mean(0), X.std(0)
        scale[scale == 0] = 1.0
        lr = LogisticRegression(C=C, max_iter=2000).fit((X - mean) / scale, y)
        model["sources"][s] = {"mean": mean.tolist(), "scale": scale.tolist(), "coef": lr.coef_[0].tolist(),
                               "intercept": float(lr.intercept_[0]), "n": len(rs), "gains": int(y.sum())}
    return model


def probabilities(model: dict, x: np.ndarray, cands: dict) -> dict:
    out = {}
    for s, m in model["sources"].items():
        if s not in cands:
            continue
        z = float(((x - np.array(m["mean"])) / np.array(m["scale"])) @ np.array(m["coef"]) + m["intercept"])
        out[s] = 1.0 / (1.0 + np.exp(-z))
    return out


def decide(model: dict, x: np.ndarray, cands: dict, threshold: float):
    """The source to switch to (the most probable at or over ``threshold``), or None (keep)."""
    p = probabilities(model, x, cands)
    best = max(p, key=lambda s: (p[s], -SOURCES.index(s)), default=None)
    return best if best is not None and p[best] >= threshold else None


def redate(records: list[dict], tables: dict, model: dict, threshold: float, changed: list | None = None) -> dict:
    """``tables`` with the rows of ``records`` re-dated where the model switches (copies; only the date columns)."""
    by_doc = defaultdict(list)
    for r in records:
        by_doc[r["doc_id"]].append(r)
    out = dict(tables)
    for doc_id, recs in by_doc.items():
        rows = tables[doc_id].to_dict("records")
        for rec in recs:
            s = decide(model, rec["x"], rec["cands"], threshold)
            if s is None:
                continue
            d0, d1, prec, text = rec["cands"][s]
            row = rows[rec["index"]]
            before = (row["date_start"], row["date_end"], row["precision"])
            row.update(date_start=d0, date_end=d1, precision=prec, date_text=text)
            row["rule"] = str(row["rule"]).replace("before-publication", f"date-source:{s}:{str(text).strip()}", 1)
            if changed is not None:
                changed.append((doc_id, rec, s, before, row))
        out[doc_id] = pd.DataFrame(rows, columns=tables[doc_id].columns)
    return out


def _akd(split: str, datasets: Path, tables: dict) -> tuple[int, int]:
    r = E.score(split, datasets, tables=tables)
    return round(r["R_date"] * r["gold"]), r["gold"]


def _gross(changed: list) -> tuple[int, int, int]:
    """(changed rows, right → wrong, wrong → right) among the labelled changed rows."""
    rw = sum(1 for _, rec, s, _, _ in changed if rec["labelled"] and rec["keep_ok"] and not rec["ok"][s])
    wr = sum(1 for _, rec, s, _, _ in changed if rec["labelled"] and not rec["keep_ok"] and rec["ok"][s])
    return len(changed), rw, wr


def travel(part_tables: dict, dev_records: list[dict], datasets: Path, grid=GRID, log=print) -> dict:
    """Per part: rules alone and re-dated at every threshold of ``grid`` by a model trained on the development
    records of the splits before it. ``{part: {"off": (akd, gold), t: (akd, gold, changed, r→w, w→r)}}``."""
    docs, gold, _, _ = E.load_gold()
    gold_by_doc = defaultdict(list)
    for g in gold:
        gold_by_doc[g["doc_id"]].append(g)
    out = {}
    for part, tabs in part_tables.items():
        pdocs = [d for d in docs if d["split"] == part]
        recs = collect(tabs, pdocs, datasets, gold_by_doc)
        splits = set(et.train_splits(part))  # the splits before the part was blind (events_travel.PARTS)
        model = fit([r for r in dev_records if r["split"] in splits])
        sub = {d["doc_id"]: tabs[d["doc_id"]] for d in pdocs}
        res = {"off": _akd(part, datasets, sub), "model": model}
        for t in grid:
            changed: list = []
            after = redate(recs, sub, model, t, changed)
            res[t] = (*_akd(part, datasets, after), *_gross(changed))
            res[("changed", t)] = [(doc_id, s, before, {k: row[k] for k in ("source", "target", "cameo_code",
                                   "status", "date_start", "sentence")}) for doc_id, _, s, before, row in changed]
        out[part] = res
        log(f"{part} (trained on {len(splits)} splits, sources {sorted(model['sources'])}): off {res['off'][0]}/"
            f"{res['off'][1]} | " + " | ".join(f"t {t}: {res[t][0]} ({res[t][2]} ch, {res[t][3]} r→w, {res[t][4]} w→r)"
                                               for t in grid))
    return out


def choose(results: dict, parts=DECIDING, grid=GRID) -> tuple:
    """The threshold of the highest pooled R a+k+d over ``parts`` (ties: the higher threshold), and the pooled table."""
    pooled = {"off": sum(results[p]["off"][0] for p in parts)}
    for t in grid:
        pooled[t] = sum(results[p][t][0] for p in parts)
    best = max(grid, key=lambda t: (pooled[t], t))
    return best, pooled


def loso(dev_records: list[dict], dev_tables: dict, datasets: Path, thresholds=GRID, log=print) -> dict:
    """Development leave-one-group-out (``tune``/``heldout``/``fresh`` one group): each group's rows re-dated by a
    model trained on the other groups. ``{split: {"off": akd, t: (akd, changed, r→w, w→r)}}``."""
    from marsad.training.events_dates import group_of

    docs, *_ = E.load_gold()
    out = {}
    groups = sorted({group_of(s) for s in E.SPLITS}, key=lambda g: E.SPLITS.index(g) if g in E.SPLITS else 0)
    for grp in groups:
        model = fit([r for r in dev_records if group_of(r["split"]) != grp])
        for split in [s for s in E.SPLITS if group_of(s) == grp]:
            sub = {d["doc_id"]: dev_tables[d["doc_id"]] for d in docs if d["split"] == split}
            recs = [r for r in dev_records if r["split"] == split]
            res = {"off": _akd(split, datasets, sub)[0]}
            for t in thresholds:
                changed: list = []
                res[t] = (_akd(split, datasets, redate(recs, sub, model, t, changed))[0], *_gross(changed))
            out[split] = res
            log(f"{split}: off {res['off']} | " + " | ".join(f"t {t}: {res[t][0]} ({res[t][1]} ch)" for t in thresholds))
    return out


# --------------------------------------------------------------------------- measure first
def measure(dev_records: list[dict]) -> dict:
    """For every labelled eligible development row: how often keeping is right and each source is right."""
    lab = [r for r in dev_records if r["labelled"]]
    out = {"rows": len(lab), "keep": sum(r["keep_ok"] for r in lab)}
    for s in SOURCES:
        have = [r for r in lab if s in r["ok"]]
        out[s] = {"available": len(have), "right": sum(r["ok"][s] for r in have),
                  "right_keep_wrong": sum(r["ok"][s] and not r["keep_ok"] for r in have),
                  "wrong_keep_right": sum(r["keep_ok"] and not r["ok"][s] for r in have)}
    out["any_source_right_keep_wrong"] = sum(1 for r in lab if not r["keep_ok"] and any(r["ok"].values()))
    out["none_right"] = sum(1 for r in lab if not r["keep_ok"] and not any(r["ok"].values()))
    return out


def _gold_by_doc():
    _, gold, _, _ = E.load_gold()
    by = defaultdict(list)
    for g in gold:
        by[g["doc_id"]].append(g)
    return by


def dev_records(dev_tables: dict, datasets: Path, cache: Path | None = None) -> list[dict]:
    if cache is not None and cache.exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    docs, *_ = E.load_gold()
    recs = collect(dev_tables, [d for d in docs if d["split"] in E.SPLITS], datasets, _gold_by_doc(), log=print)
    if cache is not None:
        with open(cache, "wb") as fh:
            pickle.dump(recs, fh)
    return recs


def main(argv: list[str] | None = None) -> int:
    from marsad.training.evaluate import cli_datasets_dir

    parser = argparse.ArgumentParser(prog="python -m marsad.training.events_date_travel",
                                     description="Session 91: a learned date source for undated event rows.")
    parser.add_argument("command", choices=("measure", "travel", "loso", "train"))
    parser.add_argument("--datasets")
    parser.add_argument("--dev-tables", required=True, help="pickle of today's {doc_id: table} of the dev documents")
    parser.add_argument("--records", help="cache of the development records (read or written)")
    parser.add_argument("--rules", nargs="*", default=(), metavar="PART=PICKLE")
    parser.add_argument("--threshold", type=float, nargs="*", default=GRID)
    parser.add_argument("--out", help="travel/loso: pickle of the results; train: the JSON model")
    args = parser.parse_args(argv)
    datasets = cli_datasets_dir(args.datasets, need="ant-v2.1-multisource")
    if datasets is None:
        return 2
    with open(args.dev_tables, "rb") as fh:
        dev_tables = pickle.load(fh)
    recs = dev_records(dev_tables, datasets, args.records and Path(args.records))
    if args.command == "measure":
        print(json.dumps(measure(recs), indent=1))
        by_split = Counter(r["split"] for r in recs if r["labelled"])
        print("labelled rows by split:", dict(by_split))
        return 0
    if args.command == "train":
        model = fit(recs)
        Path(args.out).write_text(json.dumps(model) + "\n", encoding="utf-8")
        print({s: (m["n"], m["gains"]) for s, m in model["sources"].items()})
        return 0
    if args.command == "loso":
        res = loso(recs, dev_tables, datasets, tuple(args.threshold))
        for t in args.threshold:
            print(f"t {t}: pooled {sum(v['off'] for v in res.values())} -> {sum(v[t][0] for v in res.values())}; "
                  f"changed {sum(v[t][1] for v in res.values())}, r→w {sum(v[t][2] for v in res.values())}, "
                  f"w→r {sum(v[t][3] for v in res.values())}; splits losing: "
                  f"{[(s, v[t][0] - v['off']) for s, v in res.items() if v[t][0] < v['off']]}")
    else:
        res = travel(E.read_tables(list(args.rules)), recs, datasets, tuple(args.threshold))
        parts = [p for p in DECIDING if p in res]
        if parts:
            best, pooled = choose(res, parts, tuple(args.threshold))
            print("pooled", parts, pooled, "chosen", best)
    if args.out:
        with open(args.out, "wb") as fh:
            pickle.dump(res, fh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
