"""Rows of the events table: one mention's row, background rows, date anchors and the document's merge.

:func:`_row` makes one mention's row, :func:`_background_rows` the standing relations and history of a
sentence, :func:`_resolve_anchors` dates the mentions that point to another sentence ("تلك", "خلال محادثاتهما"),
:func:`_undated` marks what stays undated, and :func:`_merge_mentions` joins the mentions of one event in a
document (best date, :func:`_event_id`).
"""
from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

from marsad.lang.text import normalize

from . import lexicon as lx
from .merge import _PRECISION_RANK, merge_class
from .syntax import _drop_lists
from .arguments import _BORDER_WITH

__all__: list[str] = []  # private passes of marsad.events.extract


def _row(text, offsets, s_start, s_end, m, cue, code, status, src, tgt, symmetric, partner, focus, date, rules,
         rep, norm, section) -> dict:
    goldstein, label = lx.goldstein_lookup().get(code, (np.nan, "uncoded"))
    if status in ("alleged", "hypothetical"):
        goldstein = np.nan  # not a fact: no signed score
    o_start, o_end = _orig_span(text, offsets, s_start, s_end)
    t_start = int(offsets[m.start()]) - o_start
    t_end = int(offsets[max(m.start(), m.end() - 1)]) + 1 - o_start
    while t_start < t_end and text[o_start + t_start].isspace():
        t_start += 1
    d_start, d_end, precision, d_text = date if date else (None, None, "before-publication", "")
    stand = sorted({f"{a.stands_for}→{a.code}" for a in (src, tgt) if a.stands_for})
    return {
        "kind": "event", "actor1": focus, "actor2": partner, "source": src.code, "target": tgt.code,
        "symmetric": bool(symmetric), "status": status, "date_start": d_start, "date_end": d_end,
        "precision": precision, "date_text": d_text, "cameo_code": code, "event_label": label,
        "goldstein": goldstein, "sentence": text[o_start:o_end], "trigger": text[o_start + t_start:o_start + t_end],
        "trigger_start": t_start, "trigger_end": t_end,
        "attribution": rep[2].form.strip() if rep and rep[2] is not None else "",
        "start": o_start, "end": o_end, "rule": ";".join(r for r in rules if r),
        "actor_forms": "; ".join(dict.fromkeys(a.form.strip() for a in (src, tgt))), "stand_in": ";".join(stand),
    }


def _orig_span(text, offsets, s_start, s_end):
    o_start = int(offsets[s_start])
    o_end = int(offsets[max(s_start, s_end - 1)]) + 1
    while o_start < o_end and text[o_start].isspace():
        o_start += 1
    while o_end > o_start and text[o_end - 1].isspace():
        o_end -= 1
    return o_start, o_end


def _background_rows(text, norm, offsets, s_start, s_end, actors, bg_clauses, clauses, focus, partners, timexes,
                     pub, section) -> list[dict]:
    if not bg_clauses:
        return []
    codes = set()
    for a in _drop_lists(norm, [a for a in actors if s_start <= a.start < s_end and a.kind != "nisba"], focus, partners):
        if a.kind in ("country", "capital") and _BORDER_WITH.search(norm[max(0, a.start - 24):a.start]):
            continue  # "ينتشرون في مناطق شرق سوريا، على طول الحدود مع العراق": a border is a place, no relation
        codes.update(a.code.split("|"))
    if focus not in codes:
        return []
    # A relation of one of ours with a third party ("علاقات جيدة مع أوكرانيا") is not background of the pair.
    bg_clauses = [(c0, c1) for c0, c1 in bg_clauses if not any(
        c0 <= a.start < c1 and a.code not in (focus, *partners) and "|" not in a.code
        and re.search(r"(?<![\w])مع\s*$", norm[max(0, a.start - 5):a.start]) for a in actors)]
    if not bg_clauses:
        return []
    out = []
    o_start, o_end = _orig_span(text, offsets, s_start, s_end)
    # The last relation phrase of the clause: "تربط روسيا وفيتنام علاقة قديمة" → "علاقة قديمة".
    # (session 110: a clause made background by a relation noun subject alone gives that noun, "التعاون")
    m = (list(lx.BACKGROUND.finditer(norm, *bg_clauses[0])) or lx.standing_subjects(norm, *bg_clauses[0]))[-1]
    t_start = int(offsets[m.start("w")]) - o_start  # the word, without a clitic و/ف
    t_end = int(offsets[max(m.start("w"), m.end() - 1)]) + 1 - o_start
    since = [t for t in timexes if s_start <= t["n_start"] < s_end and t["dated"]]
    for partner in partners:
        if partner not in codes:
            continue
        d = since[-1] if since else None
        out.append({
            "kind": "background", "actor1": focus, "actor2": partner, "source": focus, "target": partner,
            "symmetric": True, "status": "reported",
            "date_start": d["date_start"] if d else None,
            "date_end": pub.date().isoformat() if pub is not None else None,
            "precision": "since" if d else "before-publication", "date_text": d["text"] if d else "",
            "cameo_code": None, "event_label": "standing relation", "goldstein": np.nan,
            "sentence": text[o_start:o_end], "trigger": text[o_start + t_start:o_start + t_end],
            "trigger_start": t_start, "trigger_end": t_end, "attribution": "", "start": o_start, "end": o_end,
            "rule": f"background:{m.group().strip()}", "actor_forms": "", "stand_in": "",
        })
    return out


_SAME_STATEMENT = re.compile(r"(?<![\w])[وف]?(?:في|خلال)\s+(?:ال)?(?:بيان|تصريح|تصريحات|كلمه|خطاب|مؤتمر\s+(?:ال)?صحفي|رساله|"
                             r"مقابله|اتصال|مكالمه|تغريده)\s+(?:ذات(?:ه|ها)|نفس(?:ه|ها))(?![\w])")
_DURING_VISIT = re.compile(r"(?<![\w])[وف]?(?:اثناء|خلال|علي\s+هامش)\s+زيارت(?:ه|ها|هما)(?![\w])")


def _take_date(ev: dict, ref: dict, label: str = "") -> None:
    """``ev`` (with no date of its own) takes the date of ``ref``, the event of the document that dates it; with a
    ``label``, its rule says so in place of ``before-publication`` (``label:trigger``)."""
    ev.update(date_start=ref["date_start"], date_end=ref["date_end"], precision=ref["precision"], date_text=ref["date_text"])
    if label:
        ev["rule"] = ev["rule"].replace("before-publication", f"{label}:{ref['trigger']}", 1)


def _undated(ev: dict) -> bool:
    """An event whose clause gave it no date (placed on or before publication) and no other pass dated it."""
    return ev["kind"] == "event" and ev["precision"] in (None, "before-publication") \
        and ev["rule"].split(";")[0] == "before-publication"


def _resolve_anchors(mentions: list[dict]) -> None:
    """"خلال محادثاتهما": take the date of the same pair's meeting or visit reported in the document."""
    meetings = {}
    for ev in mentions:
        if ev["kind"] == "event" and str(ev["cameo_code"]).startswith("04") and ev["precision"] not in (
                None, "before-publication") and ev["status"] == "reported" \
                and "tense:pluperfect" not in ev["rule"].split(";"):
            # (not an earlier visit told in the pluperfect: "وكانت آخر زيارة للحريري للمملكة في الثالث من نوفمبر"
            # is history, "عقب الاجتماع مع المبعوث السعودي" the news)
            meetings.setdefault(ev["actor2"], ev)
    for ev in mentions:
        if "anchor" in ev["rule"].split(";") and ev["actor2"] in meetings:
            ref = meetings[ev["actor2"]]
            _take_date(ev, ref)
            ev["rule"] = ev["rule"].replace("anchor", "anchor:" + ref["trigger"])
        elif "anchor" in ev["rule"].split(";"):
            ev["rule"] = ev["rule"].replace("anchor", "before-publication")
    for ev in mentions:
        # Praise, thanks and statements of one side to the other with no date of their own, told after the pair's
        # dated meeting in the document ("…خلال لقائه نظيره السوري في سوتشي" … "وفقا للكرملين، هنأ بوتين الرئيس
        # السوري"): said during that meeting, dated by it.
        code = str(ev["cameo_code"])
        if not (_undated(ev) and ev["status"] == "reported" and code in _SAID_DURING):
            continue
        ref = None
        # the latest dated meeting of the pair told before it (the news, not an earlier one), or in the same sentence
        # ("استقبل … الاثنين، … حيث نقل … وتأكيده على وقوف دولة الكويت إلى جانب الأردن": the support conveyed there)
        for m in mentions:
            if m["kind"] == "event" and str(m["cameo_code"]).startswith("04") and m["status"] == "reported" \
                    and m["precision"] == "day" and m["actor2"] == ev["actor2"] \
                    and m is not ev and (m["position"], m["start"]) <= (ev["position"], ev["start"]) \
                    and (ref is None or str(m["date_start"]) > str(ref["date_start"])):
                ref = m
        if ref is not None:
            _take_date(ev, ref, "during")
    for ev in mentions:
        # "وزار البشير روسيا آخر مرة في نوفمبر الماضي … وصرح البشير أثناء زيارته عن رغبة بلاده في تطوير التعاون
        # العسكري مع روسيا": what is said or done "during his visit" takes the date of the pair's visit told before it
        if not (_undated(ev) and _DURING_VISIT.search(normalize(str(ev["sentence"])))):
            continue
        ref = None
        for m in mentions:
            if m["kind"] == "event" and str(m["cameo_code"]).startswith("04") and m["status"] == "reported" \
                    and m["precision"] not in (None, "before-publication") and m["actor2"] == ev["actor2"] \
                    and m is not ev and (m["position"], m["start"]) <= (ev["position"], ev["start"]):
                ref = m  # the latest one told before
        if ref is not None:
            _take_date(ev, ref, "during")
    for ev in mentions:
        # "من جهة أخرى أكد ترامب في البيان ذاته أنه يصلي من أجل الشعب الإيراني": said in the statement told before, by
        # the same speaker (not the other side's reply told in between)
        if not (_undated(ev) and _SAME_STATEMENT.search(normalize(str(ev["sentence"])))):
            continue
        ref = None
        for m in mentions:
            if m["kind"] == "event" and m is not ev and m["source"] == ev["source"] and m["actor2"] == ev["actor2"] \
                    and m["precision"] not in (None, "before-publication") \
                    and (m["position"], m["start"]) < (ev["position"], ev["start"]):
                ref = m  # the latest one told before
        if ref is not None:
            _take_date(ev, ref, "same-statement")
    for ev in mentions:
        if ev["precision"] == "before-publication":
            ev["date_end"] = ev["published"]


# Statements, praise and thanks: said to the other side during a meeting told before them.
_SAID_DURING = ("010", "012", "013", "015", "050", "051")


# Acts done once between a pair: their dated and undated mentions in one document are one act.
_ONCE = ("054",)


def _merge_mentions(mentions: list[dict], pub, clusters_out: list | None = None) -> list[dict]:
    """One event, one row: merge the mentions of the same event inside a document (``clusters_out``, when given,
    receives each row's mentions in the rows' order: read by the date-chooser measurement of
    :mod:`marsad.training.events_dates`)."""
    if not mentions:
        return []
    groups: dict = {}
    for ev in mentions:
        pair = ev["actor2"]
        # direction matters for a one-way act (Britain expels Russians, Russia answers in kind: two events)
        # (praise and thanks are one-way: the king's congratulation and the president's thanks are two acts)
        way = () if ev.get("symmetric") or (str(ev["cameo_code"])[:2] in ("03", "04", "05", "06")
                                            and str(ev["cameo_code"]) != "051") else (ev["source"], ev["target"])
        # protests and demands of a crisis (summoning, criticising, demanding, threatening) come in several acts a day:
        # their mentions merge only when told with the same cue (one accusation is told many ways: it merges); an act
        # told in the pluperfect is an earlier one
        cue = ev.get("_cue", -1) if str(ev["cameo_code"]) in ("100", "111", "120", "130") else None
        tense = "tense:pluperfect" in str(ev["rule"]).split(";")
        # an invitation and a planned meeting of one document are two plans ("سلمه دعوة رسمية لزيارة المملكة" …
        # "سيلتقي مع الملك سلمان")
        tense = tense or ("invitation" if "invitation" in str(ev["rule"]).split(";") else False)
        if tense == "invitation":
            way = (ev["source"], ev["target"])  # "دعا كيم ترامب لزيارة بيونغ يانغ ووافق على دعوة وجهها إليه ترامب": two
        # the speaker's own meeting told in his quoted words ("لقد التقيت صباح اليوم وزير التجارة الأميركي") is his,
        # not the leaders' call or summit of the same news
        tense = tense or ("own-words" if "cue:quoted-first-person-meeting" in str(ev["rule"]).split(";") else False)
        key = (ev["kind"], pair, merge_class(ev["cameo_code"]), ev["status"], way, cue, tense) \
            if ev["kind"] == "event" else ("background", pair, ev["sentence"])
        groups.setdefault(key, []).append(ev)
    for key in [k for k in groups if k[0] == "event" and k[2] == "033"]:
        # (a pledge of aid told in the same sentence as another plan is that plan, one row)
        words = {ev["sentence"] for ev in groups[key]}
        other = next((k for k in groups if k[0] == "event" and k[2] == "03" and k[1] == key[1] and k[3] == key[3]
                      and any(ev["sentence"] in words for ev in groups[k])), None)
        if other is not None:
            groups[other].extend(groups.pop(key))
    for key in [k for k in groups if k[0] == "event" and k[2] == "03" and k[3] == "intent"]:
        # "وستبدأ الزيارة الاثنين بقيام الرئيسين بزرع غرسة" in the article that tells the arrival that Monday: a plan
        # for the day a visit or meeting of the pair is reported on is that visit (one row), not a plan of its own
        done = {ev["date_start"]: k for k in groups if k[0] == "event" and k[1] == key[1] and k[2] == "04"
                and k[3] == "reported" for ev in groups[k] if ev["precision"] == "day"}
        # (a plan dated only by the day it was told, "قال … اليوم الجمعة، إن بوتين سيجتمع مع البشير … يوم الأحد", is
        # a plan of its own next to the arrival told that day)
        # (nor is a plan of the hosted side announced in the sentence that tells its hosting: "خلال مأدبة الغداء التي
        # أقامها ترامب، الثلاثاء، لولي العهد …، أعلن ترامب أن العاهل السعودي … سيزور الولايات المتحدة قريبا" - a
        # visit the other way; "وصل البشير الاثنين إلى القاهرة …، وأشار التلفزيون أنه سيتم عقد قمة" is the same visit)
        told = {(ev["date_start"], ev["sentence"]): ev["source"] for k in groups if k[0] == "event" and k[1] == key[1]
                and k[2] == "04" and k[3] == "reported" for ev in groups[k]}
        moved = [ev for ev in groups[key] if ev["precision"] == "day" and ev["date_start"] in done
                 and "timex:deictic_day" not in str(ev["rule"]).split(";")
                 # (a commitment in a numbered paragraph of a statement, dated by the statement, is no plan of a visit)
                 and not str(ev["rule"]).startswith("chain:statement-goes-on")
                 # (nor a plan dated by the day its speaker's statement was told, session 95: "وأضاف البيان أن ماكرون
                 # وجه دعوة … لزيارة فرنسا" after the call of that day is a plan of its own)
                 and not str(ev["rule"]).startswith("speaker-day:")
                 and told.get((ev["date_start"], ev["sentence"]), ev["source"]) == ev["source"]]
        for ev in moved:
            groups[key].remove(ev)
            groups[done[ev["date_start"]]].append({**ev, "_absorbed": True})
        if not groups[key]:
            del groups[key]
    for key in [k for k in groups if k[0] == "event" and k[5] is not None]:
        # a title summarises the story: its threat or protest ("إيران تهدد بتدمير تل أبيب") is the body's, whatever
        # word tells it there
        if all(ev["section"] == "title" for ev in groups[key]):
            body = next((k for k in groups if k != key and k[0] == "event" and k[:5] == key[:5] and k[6:] == key[6:]
                         and any(ev["section"] != "title" for ev in groups[k])), None)
            if body is not None:
                groups[body].extend(groups.pop(key))
    out = []
    for key, evs in groups.items():
        dated: dict = {}
        undated = []
        for ev in evs:
            if ev["precision"] in (None, "before-publication"):
                undated.append(ev)
            else:
                dated.setdefault((ev["date_start"], ev["date_end"]), []).append(ev)
        clusters = _month_into_day(list(dated.values())) if key[0] == "event" else list(dated.values())
        if undated:
            # Undated mentions are the news peg when the same kind of event is dated within a week of publication.
            peg = None
            if pub is not None:
                recent = [c for c in clusters if (pub - pd.Timestamp(c[0]["date_end"])).days in range(0, 8)]
                peg = max(recent, key=lambda c: c[0]["date_end"]) if recent else None
            if peg is None and key[0] == "event" and key[3] == "intent" and len(clusters) == 1:
                # a plan told undated in the lead and with its time later ("سيجتمعان مجددا في قمة ثانية" … "وستكون
                # القمة المرتقبة … في سبتمبر المقبل"): one planned event of the document
                peg = clusters[0]
            if peg is None and key[0] == "event" and len(clusters) == 1 and key[2] in _ONCE:
                # an act done once between the pair (recognising a capital, opening an embassy) told dated once and
                # undated elsewhere ("اعتراف ترامب بها عاصمة لإسرائيل" … "ذكرى مرور 100 يوم على إعلان …"): one act
                peg = clusters[0]
            if peg is not None:
                peg.extend(undated)
            else:
                clusters.append(undated)
        for c in clusters:
            out.append(_best(c))
            if clusters_out is not None:
                clusters_out.append(c)
    return out


def _month_into_day(clusters: list[list[dict]]) -> list[list[dict]]:
    """A month that holds the one day of the same group is that day's event ("نتانياهو زار القاهرة واجتمع بالرئيس
    المصري سرا في 22 مايو" … "اجتمع مع الرئيس المصري … في مايو/أيار": one meeting, dated by the day). Two days in the
    month leave it apart (which one it is cannot be told)."""
    days = [c for c in clusters if c[0]["precision"] == "day"]
    out = []
    for c in clusters:
        if c[0]["precision"] == "month":
            inside = [d for d in days if str(c[0]["date_start"]) <= str(d[0]["date_start"]) <= str(c[0]["date_end"])]
            if len(inside) == 1:
                inside[0].extend(c)
                continue
        out.append(c)
    return out


def _best(cluster: list[dict]) -> dict:
    section_rank = {"paragraph": 0, "caption": 1, "subheading": 2, "title": 3}
    best = min(cluster, key=lambda e: (e.get("_absorbed", False), _PRECISION_RANK.get(e["precision"], 10),
                                       section_rank.get(e["section"], 4),
                                       e["position"], e["start"]))
    row = dict(best)
    directed = [e for e in cluster if not e["symmetric"]]
    row["symmetric"] = not directed and all(e["symmetric"] for e in cluster)
    row["n_mentions"] = len(cluster)
    row["n_reports"] = len(cluster)
    return row


def _event_id(doc_id, section, position, start, partner, code) -> str:
    key = f"{doc_id}|{section}|{position}|{start}|{partner}|{code}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
