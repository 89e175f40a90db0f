"""Dyadic events between a focus country and its partners: who did what to whom, when, and how sure.

An event is a CAMEO cue (verb or noun of ``cues.csv``) whose **source and target** are the focus country
and a partner: countries, capitals used as governments, leaders, ministers, ministries, envoys, embassies
and state media (role noun + demonym: "وزير الخارجية الروسي"). Lists of countries, third parties' frames
("Trump discussed North Korea with Putin"), topics ("ملف كوريا الشمالية") and venues ("in Vietnam") give
no event; "البلدين"/dual forms stand for the pair only when the two last countries named were that pair.
Every cue in a sentence is coded, so a sentence can hold several events. Reporting verbs (قال، ذكرت…) are
not events: their subject is kept as ``attribution``.

Each event has a ``status``: ``reported``, ``intent`` (future, plans, invitations, promises → CAMEO 03x),
``denied`` (negated or refused → 12x), ``alleged`` (accusations, Western/unnamed reports) or
``hypothetical`` (may/could). The date is the time expression governing the event's clause (not one
inside a reporting frame, not "since N years"), a bare month after في/إلى/حتى, the date of the talks or
visit it points to ("خلال محادثاتهما"), or the sentence it points back to ("تلك"); otherwise the event
is dated ``before-publication`` (end = publication day). Standing relations and history ("تربط روسيا
وفيتنام علاقة قديمة", "لا تزال روسية") are ``kind == "background"`` rows, not events.

Mentions of the same event in a document are one row (``n_mentions``); :func:`merge_events` joins
reports across documents in linear time (``n_documents``, ``sources``).

This module holds the public entry points and the document → segment → sentence drivers; the passes they call
live in sibling modules, each importing only the ones before it: :mod:`~marsad.events.context` (shared records),
:mod:`~marsad.events.clauses` (sentences, clauses, timex helpers), :mod:`~marsad.events.demonyms`,
:mod:`~marsad.events.actors`, :mod:`~marsad.events.syntax` (agreement, objects, lists),
:mod:`~marsad.events.arguments` (source and target of a cue), :mod:`~marsad.events.gates` (sentence-level tests),
:mod:`~marsad.events.status`, :mod:`~marsad.events.event_dates`, :mod:`~marsad.events.rows` (rows, anchors, the
document's merge) and :mod:`~marsad.events.constructions` (the construction families). The sentence pass
:func:`_sentence_events` is a driver over named steps (split36e): :func:`_sentence_state`, then per cue
:func:`_cue_reading`, per partner :func:`_bind_arguments`, :func:`_oriented_sides`, :func:`_status_of` and
:func:`_dated`, then the construction families and the sentence's other rows; the segment pass
:func:`_segment_events` likewise (split37): per sentence :func:`_segment_sentence`, :func:`_segment_sentence_rows`
and the story's state after it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from marsad.lang.rules import ARTICLE_SECTIONS as _LANG_SECTIONS
from marsad.lang.rules import STANDALONE_SECTIONS, is_related_link
from marsad.lang.text import normalize, normalize_map

from . import lexicon as lx
from .merge import filter_events, merge_events
from .context import EVENT_COLUMNS, _Actor, _Context, _key_finder
from .clauses import (_PLUPERFECT, _clause_date, _clauses, _holes, _is_since, _participle_parts, _sentences,
                      _tag_unglued, _timex_spans)
from .demonyms import _demonym_after
from .actors import _actors, _last_pair, _neighbour, _surnames, _third_party_index
from .syntax import _BAN, _agrees, _aspect, _cue_head, _finite
from .arguments import (_ANNOUNCED, _BY_ACT, _DUAL, _IMPOSED_REL, _PLANNED_AFTER, _SECOND_WITH, _SPONSORED,
                        _SYMMETRIC_ROOTS, _arguments, _flags)
from .gates import (EVIDENCE_NOTE, _APPEAL, _DUAL_MEETING, _STATEMENT_AGAIN, _STATEMENT_ITEM, _TO_LIST, _accuser_as_target,
                    _evidence_denied, _evidence_holder_as_target,
                    _addressee_not_ours, _appeal_governs, _asked_of_ours, _before_bg_adjunct, _content_before,
                    _coordinated_act, _critic_genitive, _disapproving_content, _dual_meeting_pair, _dual_with_a_third,
                    _expelled_envoy, _expeller_genitive, _fronted_meeting, _in_purpose, _listed_after, _named_after,
                    _object_not_ours, _object_then_verb, _purpose_of_meeting, _refused_by, _rejects_other_thing,
                    _reporter_spans, _statement_goes_on, _verb_subject, _with_a_third, _with_not_ours)
from .status import _INTENT, _REFUSE, _counterfactual, _obliged_before, _status, in_protasis
from .event_dates import (_ANCHOR, _FEW_DAYS, _THEN, _as_said_date, _coming_weekday, _during_dated, _event_date,
                          _few_dates, _gathering_dates)
from .rows import _background_rows, _event_id, _merge_mentions, _orig_span, _resolve_anchors, _row, _undated
from .constructions import (_DENY, _DENY_OBJECT, _DESCRIBE_CHARGES, _PRONOUN_REPORT, _QUOTE_OPEN, _RECIP,
                            _RESPOND_THREAT, _SPEECH_ROOTS, _WORD, _add_reported, _claim_events, _control_subject,
                            _demonym_thing_events, _denial_events, _denies_interference, _finding_events,
                            _condition_threat_events, _judgement_events, _obligation_events, _praise_events, _quoted_speaker_events, _recall_events,
                            _reciprocal_events, _side, _thing_hint, _warning_events)

__all__ = [
    "extract_events", "document_events", "merge_events", "filter_events", "events_for", "background_table",
    "rule_counts", "country_codes", "load_cues", "load_actors", "load_goldstein",
    "EVENT_COLUMNS", "ARTICLE_SECTIONS", "STATUSES",
]

load_cues, load_actors, load_goldstein = lx.load_cues, lx.load_actors, lx.load_goldstein
# The article's own text; related-article links are other articles (their events are reported there).
ARTICLE_SECTIONS = tuple(s for s in _LANG_SECTIONS if s not in STANDALONE_SECTIONS)
STATUSES = ("reported", "intent", "denied", "alleged", "hypothetical")
# A coordinated clause without a subject of its own ("…، وكانت قد عرضت على إيران …"): the subject is the
# sentence's first actor.
# "وكانت بيونغ يانغ أوفدت الشقيقة … في أول زيارة …": a clause opened by كان and a subject tells an earlier act (no قد)
_WAS_OPEN = re.compile(r"\s*[وف]?(?:كان|كانت|كانوا)\s+(?!(?:يجب|يتعين|من\s+المقرر|مقررا|يفترض|ستـ?)\S*)")
# ("طلب … من X أن يزور" is an appeal too; "في حال تطلب الأمر" is a condition, no appeal)
# "اتفقتا على توسيع التعاون": what follows "على" is agreed on (an intent); "اتفقا على أن …" is an opinion.
# (session 64: "على أنه" is "that" too, and the words up to a later على do not cross an "على أن": "تتفق مع المملكة
# المتحدة على أنه لا يوجد أي تفسير … وتؤكد تضامنها" is no plan)
_AGREED_ON = re.compile(r"(?<![\w])[وف]?(?:اتفق|اتفقت|اتفقا|اتفقتا|اتفقوا|يتفق|يتفقان|تتفق|تتفقان)\s+"
                        r"(?:(?!علي\s+ان(?:ه|ها|هم|هما|نا)?(?![\w]))\S+\s+){0,6}?"
                        r"علي\s+(?!ان(?:ه|ها|هم|هما|نا)?(?![\w]))")
# Sanctions someone violates or that are "imposed" (passive, no agent) are not the subject's sanctions.
_NOT_IMPOSED_BEFORE = re.compile(r"(?:انتهاك|انتهك\w*|خرق|خرق\w*|يخرق|تخرق|التحايل\s+علي|التهرب\s+من|الالتفاف\s+علي|تجاوز|تخضع|يخضع|خاضعه|"
                                 r"تطبيق|تنفيذ|احترام)\s+(?:ال)?$")
_APPLY_BEFORE = re.compile(r"(?<![\w])[وفبل]?(?:تطبيق|تطبق|يطبق|طبقت|طبق)\s+(?:ال)?$")
_NOT_IMPOSED_AFTER = re.compile(r"\s+(?:(?:الدوليه\s+|الامميه\s+|الامريكيه\s+|الغربيه\s+)?(?:ال)?مفروضه(?!\s+من\s+(?:قبل|جانب))|"
                                r"(?:ال)?(?:دوليه|امميه|امريكيه|غربيه|اوروبيه)(?![\w]))")
# a threat, plan or accusation before tariffs in the clause makes them its content ("ضد خطة واشنطن فرض رسوم")
_THREATENED_BEFORE = re.compile(r"(?<![\w])[وف]?(?:هدد\w*|يهدد\w*|تهدد\w*|[بل]?(?:ال)?تهديد\w*|توعد\w*|يتوعد\w*|تتوعد\w*|"
                                r"[بل]?(?:ال)?خط(?:ه|ط)|يعتزم|تعتزم|اتهم\w*|يتهم\w*|تتهم\w*|[بل]?(?:ال)?سعي|"
                                r"حذر(?:ت|وا|ا|تا)?|يحذر\w*|تحذر\w*|[بل]?(?:ال)?تحذير\w*|ملوح\w*|لوح(?:ت|وا|ا)?|يلوح\w*|"
                                r"تلوح\w*|تتواني|يتواني)(?![\w])")
# (a warning, brandishing or "لن تتوانى عن فرض" before the tariffs: "وكانت بكين حذرت في آذار/مارس من أنها لن تتوانى عن
# فرض رسوم جمركية", "وردت الصين ملوحة بفرض رسوم جمركية": the tariffs are what is warned of, not imposed)
# a threat word right before the sanctions ("تهديدها بفرض عقوبات"): they are its content, not imposed
_THREAT_OF_IT = re.compile(r"(?<![\w])[وف]?(?:هدد\w*|يهدد\w*|تهدد\w*|[بل]?(?:ال)?تهديد\w*|توعد\w*|يتوعد\w*|تتوعد\w*)"
                           r"\s+(?:[^\s،,.]+\s+){0,1}$")
# a threat verb, then "بفرض" and the sanctions ("توعدت الولايات المتحدة الخميس بفرض مزيد من العقوبات"): threatened
_THREAT_TO_IMPOSE = re.compile(r"(?<![\w])[وف]?(?:هدد\w*|يهدد\w*|تهدد\w*|توعد\w*|يتوعد\w*|تتوعد\w*|لوح\w*|يلوح\w*|تلوح\w*)"
                               r"\s+(?:[^\s،,.]+\s+){0,5}?ب(?:ال)?فرض\s+(?:[^\s،,.]+\s+){0,3}?$")
# the other side named only as the one a tension arose with ("ما أثار توترا مع واشنطن", "توترا بينها وبين حليفتها واشنطن")
_TENSION_WITH = re.compile(r"(?<![\w])(?:ال)?توتر\w*\s+(?:[^\s،,.]+\s+){0,1}?(?:مع|بين\S*\s+وبين|بين)\s+(?:[^\s،,.]+\s+){0,1}?$")
# a noun cue whose predicate rejects it ("التهديدات الأمريكية "مرفوضة تماما""): the noun is no act of its owner
_REJECTED_NOUN = re.compile(r"(?:\s+(?:[^\s،,.\"«»“”]+)){0,2}?\s*[\"«“]?\s*(?=" + lx.DISAPPROVAL.pattern + ")")
# an amount after بلغ/يبلغ ("يبلغ تريليون دولار", "بلغت 750 مليار"): "amounts to", not "informed"
_AMOUNT_AFTER = re.compile(r"\s+(?:(?:قيمت(?:ها|ه|هما|هم)|حجم(?:ها|ه)?|نسبت(?:ها|ه)|اجمالي(?:ها|ه)?|"
                           r"(?:ت)?كلفت(?:ها|ه|هما|هم))\s+)?"
                           r"(?:(?:نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من|ما\s+يقارب)\s+)?(?:\d|(?:ال)?(?:تريليون|مليار|مليون|الف|"
                           r"عشره|عشرين|ثلاثين|اربعين|خمسين|مائه|مئه|ذروت)\w*(?![\w]))")
_SUMMIT_OF = re.compile(r"[وفبل]?(?:ال)?(?:قمه|قمتي)")
_OBLIQUE_ROLE = re.compile(r"(?<![\w])(?:علي|من|في|عن|الي|مع|بين|لدي)\s+(?:\S+\s+)?$")  # "إلى نظيره [الأمريكي]"
_IMPOSE_NOUN = re.compile(r"(?<![\w])[وبل]?(?:ال)?فرض\s+")  # the verbal noun فرض, its subject after it
_IMPOSE = re.compile(r"(?<![\w])[وفبل]?س?(?:فرض\w*|يفرض\w*|تفرض\w*|تجميد|جمد\w*|ضاعف\w*|يضاعف|تضاعف|مضاعفه|زياده|يجمد|تجمد|شدد\w*|يشدد\w*|تشدد\w*|تشديد|وسع\w*|توسيع|اقر\w*|"
                     r"تقر|يقر|اعلن\w*\s+(?:عن\s+)?عقوبات|عاقب\w*|تعاقب|يعاقب|استهدف\w*)(?![\w])")
# "استهدفت واشنطن طهران بعقوبات": targeting with a measure is that measure, not an attack
_TARGETED_WITH = re.compile(r"(?<![\w])ب(?:ال)?(?:عقوبات|اجراءات|رسوم|تعريفات|قيود|حظر)(?![\w])")
_FINITE_BETWEEN = re.compile(r"\s*[وف]?(?:[يت]\w{2,}|\w{3,}(?:ت|وا))\s")  # the subject's own first verb right after it
_BETWEEN_HIM = re.compile(r"\s+(?:(?!بين)\S+\s+){0,2}?(?:(?:الذي|التي)\s+(?:جري|جرت|عقد|عقدت|تم)\s+)?بين(?:ه|ها)\s+وبين\s+")
_LEAD_FUTURE = re.compile(r"(?<![\w])[وف]?س[يت](?:قود|تراس|ترأس|توجه|صطحب|رافق)(?![\w])")

_ASKED_OF = re.compile(r"(?:\s+\S+){0,3}?\s+من\s+")  # "طلب (…) من " right before the one asked
_BETWEEN_AFTER = re.compile(r"\s+بين\s")


# a negated verb of mentioning before a noun cue: "لم يذكر المتحدث … القمة", "لم تشر الوكالة إلى الاجتماع"
_NOT_MENTIONED = re.compile(r"(?<![\w])[وف]?(?:لم|لا|دون\s+ان)\s+(?:[يت]ذكر|[يت]شر|[يت]تطرق|[يت]تحدث|[يت]علق|[يت]ورد)\w*\s+"
                            r"(?:[^\s.،,]+\s+){0,5}?(?:الي\s+|عن\s+|علي\s+)?$")


# The addressee of a warning: "حذر ترامب طهران من أن …", "حذر واشنطن من التهديد العسكري"
_WARN_OBJECT = re.compile(r"\s*[،,]?\s*(?:من|بان|ان|ب)(?![\w])")
_WARNED_AGAINST = re.compile(r"(?<![\w])[وف]?(?:حذر|حذرت|يحذر|تحذر|حذروا|يحذرون)\s+(?:\S+\s+){0,6}?من\s+(?:\S+\s+){0,2}?$")
_FIRST = re.compile(r"(?<![\w])(?:اول|لاول|الاولي|اولي)(?![\w])")  # "أول زيارة … منذ سنوات": an event, not a standing state
_INVITE = re.compile(r"(?<![\w])[وف]?(?:دعا|دعت|يدعو|تدعو|دعوه|الدعوه|دعوتها|دعوته|دعوات)(?![\w])")
# An invitation accepted ("قبل بوتين دعوة البشير لزيارة السودان", "لبى دعوة"): the plan is the accepter's visit, the
# one the news also tells as "بوتين سيزور السودان" (one plan, not an invitation and a visit).
# "دعوة وجهها إليه ترامب", "دعوة وجهت له", "الدعوة التي وجهها له": an invitation addressed to the subject
_INVITED_HIM = re.compile(r"[وف]?(?:ال)?دعوه\s+(?:(?:رسميه|التي)\s+)?(?:وجه|وجهها|وجهت|وجهتها|قدمها|قدمتها)\s+"
                          r"(?:اليه|له|اليها|لها)(?![\w])\s*")
_ACCEPTED = re.compile(r"(?<![\w])[وف]?(?:قبل|قبلت|يقبل|تقبل|وافق|وافقت|يوافق|توافق|لبي|لبت|يلبي|تلبي|تلبيه|قبول|قبوله|"
                       r"قبولها)(?:\s+علي)?\s*$")
_CACHE_SIZE = 4096
_WHOLE_SEGMENT_TIMEX = 20_000  # chars: longer segments are dated sentence by sentence
# Substrings of the pair words ("البلدين", "الجانبان", "محادثاتهما"): a segment holding one is read when the
# last two countries named are the pair.
_PAIR_KEYS = ("بلد", "جانب", "زعيم", "دولت", "طرف", "رئيسا", "رئيسي", "شعب", "هما")


def _invited_to_theirs(norm: str, mine, invitee, m):
    """The visit's destination actor when an invitation noun's invitee is introduced by "لـ" ("دعوة … للرئيس الإيراني
    لزيارة العراق") and the visit (the cue ``m``) goes right on to the other side's actor; else None."""
    word = norm.rfind(" ", 0, invitee.start) + 1
    if not (norm.startswith("ل", word) and invitee.start == word + 1
            or norm.startswith("لل", word) and invitee.start == word + 2):
        return None  # the preposition "لـ" right before the invitee ("لترامب", "للرئيس"), not a name's own letter
    return next((a for a in mine if m.end() <= a.start <= m.end() + 1 and a.kind not in ("pair", "nisba")
                 and a.code != invitee.code), None)


class _Seg(NamedTuple):
    doc_id: str
    section: str
    position: int
    text: str


# the destination of a visit named in a cue: the words after it end in إلى or a clitic ل before the actor
_VISIT_DEST = re.compile(r"(?:[^\s.]+\s+){0,8}?(?:الي\s+|ل)\Z")


# --------------------------------------------------------------------------- public API
def extract_events(corpus, *, focus: str = "RU", partners=("KP", "VN"), mentions: pd.DataFrame | None = None,
                   merge: bool = True, background: bool = True, learned: bool = True) -> pd.DataFrame:
    """Extract the events (and background relations) between ``focus`` and each partner.

    Args:
        corpus: object with ``documents`` and ``segments`` DataFrames (:func:`marsad.read_corpus`).
            Only title, paragraph, subheading and caption segments are read.
        focus: ISO2 code of the focus country (``actor1`` of every row).
        partners: ISO2 codes of the partner countries (``actor2``).
        mentions: the mentions table (:func:`marsad.find_mentions`): third parties (other countries and
            people) and leaders the lexicon lacks come from it. When None, mentions are found (without
            NER) for the segments that can hold an event.
        merge: merge reports of the same event across documents (:func:`merge_events`).
        background: keep the standing-relation rows (``kind == "background"``).
        learned: add the rows of the learned detector (:func:`marsad.events.learned.learned_events`, trained on
            Marsad's development gold) for candidate sentences the rules gave no row; on by default since session 76
            (its pre-registered rule on past blind parts, docs/EVALUATION.md "Session 76"; session 67's
            cross-validated gain had not met its own rule).

    Returns:
        One row per event (mentions inside a document already merged) with :data:`EVENT_COLUMNS`.
    """
    for name in ("documents", "segments"):
        if not hasattr(corpus, name):
            raise TypeError(f"extract_events needs a corpus with .documents and .segments (missing .{name})")
    focus = str(focus).upper()
    partners = tuple(dict.fromkeys(str(p).upper() for p in partners if str(p).upper() != focus))
    if not partners:
        raise ValueError("extract_events needs at least one partner country different from the focus")
    if len(partners) > 1:
        # One pass per pair: for the pair (focus, p) every other partner is a third party like any other country,
        # so "Washington criticised Russia's support for Egypt" is US -> RU with partners (US, EG), not also
        # RU -> EG 111 and US -> RU 051 (the roles of one pair's predicate were spread over every partner).
        parts = [extract_events(corpus, focus=focus, partners=(p,), mentions=mentions, merge=False,
                                background=background, learned=False) for p in partners]  # the learned rows once, below
        events = pd.concat([e for e in parts if len(e)] or parts[:1], ignore_index=True)
        if learned:
            events = _with_learned(corpus, events, focus, partners)
        # in the order one pass over the corpus gives (documents as read, then sentence and offset), so a run's
        # rows do not depend on how its documents were split into partitions
        events = _in_corpus_order(corpus, events)
        if merge and len(events):
            events = merge_events(events)
        return events.reset_index(drop=True)
    documents = corpus.documents
    col = lambda name: documents[name] if name in documents else pd.Series(None, index=documents.index)  # noqa: E731
    meta = dict(zip(documents["doc_id"], zip(documents["published"], col("source"), col("url"))))
    segs = corpus.segments
    segs = segs[segs["section"].isin(ARTICLE_SECTIONS)]
    regex, actor_meta, keys = lx.actor_regex((focus, *partners))
    focus_keys = keys[focus]
    partner_keys = tuple(k for p in partners for k in keys[p])
    # The cheap prefilter: a segment needs a key of the focus or of a partner, else no regex runs on it.
    has_key = _key_finder((*focus_keys, *partner_keys))
    texts = segs["text"].fillna("").astype(str)
    hit = texts.map(has_key)
    docs_with_hits = set(segs.loc[hit.to_numpy(), "doc_id"])
    segs = segs[segs["doc_id"].isin(docs_with_hits)]
    if mentions is None and len(segs):
        from marsad.mentions.pipeline import find_mentions

        mentions = find_mentions(segs[hit.reindex(segs.index).to_numpy()], ner=False)
    third = _third_party_index(mentions, (focus, *partners))
    ctx = _Context(focus, partners, regex, actor_meta, focus_keys, partner_keys, third, has_key)
    rows: list[dict] = []
    for doc_id, group in segs.groupby("doc_id", sort=False):
        published, source, url = meta.get(doc_id, (None, None, None))
        doc_segs = sorted((_Seg(doc_id, s, int(p), t if isinstance(t, str) else "") for s, p, t in zip(
            group["section"], group["position"], group["text"])), key=lambda sg: sg.position)
        rows.extend(_document_events(doc_id, doc_segs, published=published, source=source, url=url, ctx=ctx))
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    if not background:
        events = events[events["kind"] == "event"]
    if learned:
        events = _in_corpus_order(corpus, _with_learned(corpus, events, focus, partners))
    if merge and len(events):
        events = merge_events(events)
    return events.reset_index(drop=True)


def _in_corpus_order(corpus, events: pd.DataFrame) -> pd.DataFrame:
    """The rows in the order one pass over the corpus gives (documents as read, then sentence and offset)."""
    order = {d: i for i, d in enumerate(dict.fromkeys(corpus.segments["doc_id"]))}
    return (events.assign(_doc=events["doc_id"].map(order)).sort_values(["_doc", "position", "start"], kind="stable")
            .drop(columns="_doc"))


def _with_learned(corpus, events: pd.DataFrame, focus: str, partners: tuple) -> pd.DataFrame:
    """The rules' rows and the learned detector's rows for the sentences they left (session 67; on by default since
    session 76)."""
    from .learned import learned_events

    added = learned_events(corpus, events, focus=focus, partners=partners)
    return pd.concat([events, added], ignore_index=True) if len(added) else events


def document_events(doc_id, segments: pd.DataFrame, *, published=None, source=None, url=None, focus="RU",
                    partners=("KP", "VN"), mentions: pd.DataFrame | None = None) -> list[dict]:
    """Extract the events of one document (a pure, partition-friendly function); see :func:`extract_events`."""
    documents = pd.DataFrame([{"doc_id": doc_id, "published": published, "source": source, "url": url}])
    segs = segments.assign(doc_id=doc_id)
    corpus = type("C", (), {"documents": documents, "segments": segs})()
    return extract_events(corpus, focus=focus, partners=partners, mentions=mentions,
                          merge=False).to_dict("records")


# --------------------------------------------------------------------------- document level
_segment_cache: OrderedDict = OrderedDict()
# Debug hook (read by ``marsad.training.events_why``): when a list, the stage appends what it decided at each step of
# a document: the paragraphs the key prefilter skipped, every sentence read with the actors it resolved, every cue
# matched (its ``lines`` list is for a line tracer), and the mentions made before the document's merge. It never
# changes a row: while it is set the segment cache is neither read nor written, so every paragraph is read again.
TRACE: list | None = None


@lru_cache(maxsize=16)
def _table_leader_regex(codes: tuple[str, ...]) -> re.Pattern | None:
    """The leaders' titles and names of ``actors.csv`` of every state but ``codes``, two words or more (one group per
    row, named ``l<row>``): third parties the mentions table may lack ("خادم الحرمين الشريفين", the Saudi king's title)."""
    actors = lx.load_actors()
    parts = [f"(?P<l{i}>{p})" for i, (c, p, k) in enumerate(zip(actors["code"], actors["pattern"], actors["kind"]))
             if k == "leader" and c not in codes]
    return re.compile(lx.PREFIX + "(?:" + "|".join(parts) + r")(?![\w])") if parts else None


def _with_table_leaders(text: str, third: tuple, ctx: _Context) -> tuple:
    """``third`` (a paragraph's third parties from the mentions table) with the leaders of another state that
    ``actors.csv`` names by a title of two words or more and the mentions table did not find (session 64: "استقبل
    الرئيس البشير موفد خادم الحرمين الشريفين … حول تطور الأوضاع … في اليمن": the envoy of a third state's king is
    the guest, not the side named later as a place)."""
    regex = _table_leader_regex((ctx.focus, *ctx.partners))
    if regex is None or "ال" not in text:
        return third
    actors = lx.load_actors()
    norm, offsets = normalize_map(text)
    extra = []
    for m in regex.finditer(norm):
        start, end = int(offsets[m.start()]), int(offsets[m.end()])  # (the mentions table's offsets: the raw text)
        if len(m.group().split()) < 2 or any(t[0] < end and start < t[1] for t in third):
            continue
        code = actors["code"].iat[int(m.lastgroup[1:])]
        extra.append((start, end, code, text[start:end], "", "person", "name"))
    return tuple(sorted((*third, *extra))) if extra else third


def _document_events(doc_id, segments, *, published, source, url, ctx: _Context) -> list[dict]:
    pub = None if published is None or pd.isna(published) else pd.Timestamp(published).normalize()
    pub_iso = pub.date().isoformat() if pub is not None else None
    recent: tuple[str, ...] = ()          # country-level actors in order of mention (for "البلدين")
    prev_dates: tuple = ()                 # dated expressions of the previous sentence (for "تلك")
    hostile: tuple = ()                    # (code, source, target, status) of the last acts (denials, reciprocation)
    surnames = _surnames(segments, ctx)    # "ماي" after "تيريزا ماي" in the same document
    speaker = None                         # the person of ours the last sentence opened with (for "وقال إن …")
    mentions: list[dict] = []
    if TRACE is not None:
        TRACE.append({"ev": "document", "doc_id": doc_id, "focus": ctx.focus, "partners": ctx.partners})
    for seg in segments:
        text = seg.text
        if not text.strip():
            continue
        third = _with_table_leaders(text, ctx.third.get((seg.doc_id, seg.section, seg.position), ()), ctx)
        if not (ctx.has_key(text) or (_last_pair(recent, ctx) and any(k in text for k in _PAIR_KEYS))):
            if TRACE is not None:
                TRACE.append({"ev": "skipped", "doc_id": doc_id, "section": seg.section, "text": normalize(text)})
            # No actor of ours: only third parties move the "last two countries named".
            for code in (t[2] for t in third if t[5] == "country"):
                recent = _push(recent, code)
            continue
        key = (text, seg.section, pub_iso, recent[-3:], prev_dates, ctx.focus, ctx.partners, tuple(third), hostile,
               surnames, speaker and (speaker.code, speaker.kind, speaker.form))
        cached = _segment_cache.get(key) if TRACE is None else None
        if cached is None:
            cached = _segment_events(text, seg.section, pub, recent, prev_dates, third, ctx, hostile, surnames,
                                     speaker)
            if TRACE is None:  # (a traced run neither reads nor stores: every paragraph is read again)
                _segment_cache[key] = cached
            if len(_segment_cache) > _CACHE_SIZE:
                _segment_cache.popitem(last=False)
        else:
            _segment_cache.move_to_end(key)
        found, recent, prev_dates, speaker = cached
        hostile = (hostile + _acts(found))[-6:]
        for ev in found:
            ev = dict(ev)
            ev.update(doc_id=doc_id, section=seg.section, position=seg.position, published=pub_iso, url=url,
                      sources=doc_id, source_names=source if isinstance(source, str) else "",
                      urls=url if isinstance(url, str) else "", n_mentions=1, n_documents=1, n_reports=1)
            ev["event_id"] = _event_id(doc_id, seg.section, seg.position, ev["start"], ev["actor2"], ev["cameo_code"])
            mentions.append(ev)
    if TRACE is not None:
        TRACE.extend({"ev": "mention", **{k: ev[k] for k in ("doc_id", "source", "target", "cameo_code", "status",
                                                             "sentence", "rule", "kind")}} for ev in mentions)
    _gathering_dates(mentions, segments, pub)
    _resolve_anchors(mentions)
    rows = _merge_mentions(mentions, pub)
    _headline_by_lead(rows, segments, pub, ctx)
    if any(_undated(ev) for ev in rows):
        from .act_dates import date_same_acts

        date_same_acts(rows, segments, pub, ctx, _undated)
    _end_by_publication(rows, pub)
    return rows


def _end_by_publication(rows: list[dict], pub) -> None:
    """A done act ends by the publication day (events119): "وكان أردوغان اتهم واشنطن في وقت سابق الشهر الحالي",
    read as the whole month, ends on the day the page was published. Set after the mentions are merged and dated,
    so no merge or date choice reads the shortened range; plans, hypotheses and undated rows are left as they are."""
    if pub is None:
        return
    day = pub.date().isoformat()
    for ev in rows:
        start, end = ev.get("date_start"), ev.get("date_end")
        if ev.get("kind") == "event" and ev.get("status") == "reported" and isinstance(start, str) \
                and isinstance(end, str) and start <= day < end:
            ev["date_end"] = day


_LEAD_DAYS = (-2, 1)  # the lead's day, in days from the publication day (a live page may name tomorrow's summit)


def _lead_day(segments, pub, ctx: _Context):
    """The day of the document's lead (session 68): the first day-precision date of the first body paragraph, when
    that paragraph names a side of the pair and the day lies within ``_LEAD_DAYS`` of publication (the news the
    headline tells); ``(date_start, date_end, "day", text)`` or None."""
    lead = next((seg for seg in segments if seg.section == "paragraph" and seg.text.strip()), None)
    if lead is None or pub is None or not ctx.has_key(lead.text):
        return None
    for t in _tag_unglued(lead.text, published=pub):
        if t.get("type") not in ("DATE", "TIME") or not t.get("date_start"):
            continue
        if t.get("precision") == "day" and t["date_start"] == t["date_end"] \
                and _LEAD_DAYS[0] <= (pd.Timestamp(t["date_start"]) - pub).days <= _LEAD_DAYS[1]:
            return t["date_start"], t["date_end"], "day", t["text"]
        return None  # the lead's first date is another time (history told first, a month, a year): no news day
    return None


@lru_cache(maxsize=32)
def _side_finder(keys: tuple) -> callable:
    """:func:`_key_finder` of one side's keys, kept per key tuple (built once per pair, not per document)."""
    return _key_finder(keys)


def _headline_by_lead(mentions: list[dict], segments, pub, ctx: _Context) -> None:
    """A headline's event with no date of its own is the news the lead tells: it takes the lead's day ("فرنسا ترسل 50
    طنا من المساعدات الإنسانية إلى سوريا" over "أقلعت … مساء الجمعة من شاتورو …"). Read on the document's merged rows:
    only a row told in headlines alone (a body mention of it keeps the body's reading and evidence); a reported or
    denied act, or a plan with no date of its own when the lead names both sides ("بوتين سيزور السودان": a plan is
    dated by the day it is made known, as the stage's made-known rule dates it in a sentence, session 73), not an
    allegation; not when the lead has no day near publication (see :func:`_lead_day`)."""
    heads = [ev for ev in mentions if ev["section"] == "title" and _undated(ev)
             and ev["status"] in ("reported", "denied", "intent")]
    if not heads:
        return
    day = _lead_day(segments, pub, ctx)
    if day is None:
        return
    if any(ev["status"] == "intent" for ev in heads):
        # a plan takes the lead's day only when the lead names both sides (it tells that plan being made known: "قالت
        # الوكالة السودانية، الخميس، إن الرئيس الروسي قبل دعوة … لزيارة السودان"), not another plan of one side
        lead = next(seg for seg in segments if seg.section == "paragraph" and seg.text.strip())
        if not (_side_finder(ctx.focus_keys)(lead.text) and _side_finder(ctx.partner_keys)(lead.text)):
            heads = [ev for ev in heads if ev["status"] != "intent"]
    for ev in heads:
        ev.update(date_start=day[0], date_end=day[1], precision=day[2], date_text=day[3])
        ev["rule"] = ev["rule"].replace("before-publication", "headline-by-lead:" + str(day[3]).strip(), 1)


def _push(recent: tuple, code: str) -> tuple:
    if recent and recent[-1] == code:
        return recent
    return (recent + (code,))[-6:]


def _acts(events) -> tuple:
    return tuple((str(e["cameo_code"]), e["source"], e["target"], e["status"]) for e in events
                 if str(e["cameo_code"])[:2] in ("11", "12", "13", "16", "17"))


# --------------------------------------------------------------------------- segment level
# The segment pass :func:`_segment_events` is a driver over named steps (split37): :func:`_segment_norm`, then per
# sentence :func:`_segment_sentence` (its actors and which pass reads it), :func:`_segment_sentence_rows` (the rows
# of that pass and the dates a later sentence points back to: :func:`_one_side_rows`, :func:`_pair_rows`,
# :func:`_aside_dates`), and the story's state after it (:func:`_recent_after`, :func:`_speaker_after`).
def _segment_events(text, section, pub, recent, prev_dates, third, ctx: _Context, hostile=(), surnames=(),
                    speaker=None):
    """Events of one segment given the state before it; returns (events, state after, dates of last sentence).

    Linear in the segment: actors and time expressions are found once and each sentence takes its own by
    binary search; a very long segment (a whole CSV cell, a page without paragraphs) is dated sentence by
    sentence, only where a sentence can hold an event.
    """
    norm, offsets = _segment_norm(text)
    if is_related_link(norm, normalized=True):
        # "للمزيد: فرانسوا هولاند "إذا انتهجت روسيا سياسة التهديد …"": France24's link to another article, whose
        # headline it repeats; its events are told there, not here (the state of the story goes on unchanged)
        return [], recent, prev_dates, speaker
    actors = _actors(norm, offsets, third, ctx, section, surnames)
    starts = [a.start for a in actors]
    timexes = _SegmentTimexes(text, offsets, pub)
    out = []
    for s_start, s_end in _sentences(norm):
        sen = _segment_sentence(norm, s_start, s_end, actors, starts, recent, speaker, hostile, out, section, ctx)
        found, prev_dates = _segment_sentence_rows(text, norm, offsets, sen, timexes, recent, prev_dates, hostile,
                                                   out, pub, section, ctx, speaker)
        out.extend(found)
        recent = _recent_after(recent, sen.actors)
        speaker = _speaker_after(speaker, sen, norm, ctx)
    return out, recent, prev_dates, speaker


_IN_IT_AFTER_VERB = re.compile(r"(?<=[^\W\d_]{3}\s)(?:فيه|فيها|فيهما|فيهم)(?=\s+[^\W\d_])")


def _segment_norm(text: str) -> tuple[str, list]:
    """The segment's normalised text (what the passes read) and its offsets into the raw text."""
    norm, offsets = normalize_map(text)
    norm = norm.replace("_", " ").replace("#", " ")  # hashtags: "#الزعيم_الكوري" is "الزعيم الكوري" (same length, same offsets)
    # a resumptive "in it" after a verb ("في وقت وجهت فيه بريطانيا أصابع الاتهام نحو روسيا") stands between the verb
    # and its subject: blanked (same length, same offsets)
    norm = _IN_IT_AFTER_VERB.sub(lambda r: " " * len(r.group()), norm)
    return norm, offsets


class _SegmentTimexes:
    """The time expressions of a segment's sentences. A segment of up to ``_WHOLE_SEGMENT_TIMEX`` characters is
    tagged once, lazily (most segments have no candidate sentence), and each sentence takes its own by binary search;
    a longer one (a whole CSV cell, a page without paragraphs) is tagged sentence by sentence."""

    def __init__(self, text: str, offsets, pub):
        self.text, self.offsets, self.pub = text, offsets, pub
        self.whole = len(text) <= _WHOLE_SEGMENT_TIMEX
        self.timexes = None
        self.starts: list[int] = []

    def of(self, s_start: int, s_end: int) -> list:
        """The time expressions of the sentence ``norm[s_start:s_end]``."""
        if not self.whole:
            o_start, o_end = _orig_span(self.text, self.offsets, s_start, s_end)
            return _timex_spans(_tag_unglued(self.text[o_start:o_end], published=self.pub), self.offsets,
                                shift=o_start)
        if self.timexes is None:
            self.timexes = _timex_spans(_tag_unglued(self.text, published=self.pub), self.offsets)
            self.starts = [t["n_start"] for t in self.timexes]
        return self.timexes[bisect_left(self.starts, s_start):bisect_left(self.starts, s_end)]


class _SegSentence(NamedTuple):
    """One sentence of a segment as the segment pass reads it (built by :func:`_segment_sentence`): its span and
    actors, whether the statement before goes on in it (``continued``) or it is an item of a statement (``item``),
    its pair words, and the pass that reads it: both sides named (``both``), one side answering or denying an act
    (``one_side``), or one side and the demonym of a thing (``thing_side``)."""
    s_start: int
    s_end: int
    actors: list
    continued: bool
    item: bool
    pair_words: list
    both: bool
    one_side: object
    thing_side: object


def _segment_sentence(norm, s_start, s_end, actors, starts, recent, speaker, hostile, out, section,
                      ctx: _Context) -> _SegSentence:
    """The sentence ``norm[s_start:s_end]``: its actors (a neighbour word resolved, the speaker of the sentence
    before when it opens with "وقال إن"), its pair words, its statement links and the pass that reads it."""
    in_sent = actors[bisect_left(starts, s_start):bisect_left(starts, s_end)]
    if "مجاور" in norm[s_start:s_end] or "جار" in norm[s_start:s_end]:
        in_sent = _neighbour(norm, s_start, s_end, in_sent, recent, ctx)
    codes = {c for a in in_sent for c in (a.code.split("|") if a.kind == "pair" else (a.code,))}
    lead_ws = len(norm[s_start:s_end]) - len(norm[s_start:s_end].lstrip(" \t\"«“-—"))
    # "وأضاف: …", "وتابع …": the statement goes on; the dates of its beginning still hold
    continued = _CONTINUES.match(norm, s_start + lead_ws) is not None
    # "3.1 تدرك …" (and the other sentences of its paragraph, or of a paragraph opened by "وقال البيان إن"): the
    # statement's day holds over the item
    item = _STATEMENT_ITEM.match(norm, s_start) is not None or _STATEMENT_ITEM.match(norm, 0) is not None \
        or _STATEMENT_AGAIN.match(norm, 0) is not None
    # (a blank paragraph between the items, a no-break space, breaks nothing)
    continued = continued or item or _STATEMENT_AGAIN.match(norm, s_start) is not None \
        or not norm[s_start:s_end].strip()
    if speaker is not None and (_PRONOUN_REPORT.match(norm, s_start + lead_ws) or _QUOTE_OPEN.match(norm, s_start)):
        codes = codes | {speaker.code}  # "وقال إن إيران …": the speaker of the sentence before is a side
    pair_words = [m for m in lx.PAIR_WORDS.finditer(norm, s_start, s_end)]
    pair = _last_pair(recent, ctx) if pair_words else None
    has_focus = ctx.focus in codes or pair is not None
    has_partner = bool(codes & set(ctx.partners)) or pair is not None
    if TRACE is not None:
        TRACE.append({"ev": "sentence", "section": section, "text": norm[s_start:s_end], "codes": sorted(codes),
                      "pair": pair, "actors": [(a.code, a.kind, a.form) for a in in_sent]})
    one_side = not (has_focus and has_partner) and (has_focus or has_partner) and (
        hostile or out or _denies_interference(norm, s_start, s_end, ctx)) and (
        _DENY.search(norm, s_start, s_end) or _DESCRIBE_CHARGES.search(norm, s_start, s_end)
        or _RECIP.search(norm, s_start, s_end) or _RESPOND_THREAT.search(norm, s_start, s_end))
    # (session 65) one side named and the other only by the demonym of its act, the object of a judgement,
    # praise or refusal verb ("انتقدت اليابان القرار الأسترالي"): _demonym_thing_events
    thing_side = not (has_focus and has_partner) and not one_side and (has_focus or has_partner) \
        and _thing_hint(norm, s_start, s_end, ctx)
    return _SegSentence(s_start, s_end, in_sent, continued, item, pair_words, has_focus and has_partner, one_side,
                        thing_side)


def _segment_sentence_rows(text, norm, offsets, sen: _SegSentence, timexes: _SegmentTimexes, recent, prev_dates,
                           hostile, out, pub, section, ctx: _Context, speaker) -> tuple[list, tuple]:
    """The rows of one sentence, by the pass :func:`_segment_sentence` chose, and the dates a next sentence may point
    back to ("تلك", "حينذاك"); ``out`` holds the rows of the segment's sentences before it."""
    s_start, s_end, in_sent = sen.s_start, sen.s_end, sen.actors
    if sen.both or sen.one_side or sen.thing_side:
        sent_timexes = timexes.of(s_start, s_end)
    if sen.one_side:
        found = _one_side_rows(text, norm, offsets, sen, sent_timexes, prev_dates, pub, section, ctx,
                               hostile + _acts(out))
        return found, prev_dates if sen.continued else ()
    if sen.thing_side and (found := _demonym_thing_events(
            text, norm, offsets, s_start, s_end, in_sent, _clauses(norm, s_start, s_end), set(), ctx,
            sent_timexes, prev_dates, pub, section, _holes(norm, s_start, s_end, in_sent))):
        return found, prev_dates if sen.continued else ()
    if sen.both:
        return _pair_rows(text, norm, offsets, sen, sent_timexes, recent, prev_dates, pub, section, ctx,
                          hostile + _acts(out), speaker)
    return [], _aside_dates(text, norm, offsets, sen, prev_dates, pub)


def _one_side_rows(text, norm, offsets, sen: _SegSentence, sent_timexes, prev_dates, pub, section, ctx: _Context,
                   prior) -> list:
    """"… وتنفي موسكو أي تدخل", "ردت عليه موسكو بالمثل": one side named, the other is the author of the act answered
    (an accusation or a hostile act of the paragraphs before, ``prior``)."""
    s_start, s_end, in_sent = sen.s_start, sen.s_end, sen.actors
    clauses, holes, seen = _clauses(norm, s_start, s_end), _holes(norm, s_start, s_end, in_sent), set()
    found = _reciprocal_events(text, norm, offsets, s_start, s_end, in_sent, clauses, seen, ctx,
                               sent_timexes, prev_dates, pub, section, holes, prior)
    found += _denial_events(text, norm, offsets, s_start, s_end, in_sent, clauses, seen, ctx, sent_timexes,
                            prev_dates, pub, section, holes, prior + _acts(found))
    return found


def _pair_rows(text, norm, offsets, sen: _SegSentence, sent_timexes, recent, prev_dates, pub, section,
               ctx: _Context, prior, speaker) -> tuple[list, tuple]:
    """Both sides named: the sentence's events (:func:`_sentence_events`) and its own dates for the next sentence
    (an item of a statement keeps the statement's)."""
    sentence_dates = [t for t in sent_timexes if t["dated"]]
    rows = _sentence_events(text, norm, offsets, sen.s_start, sen.s_end, sen.actors, sen.pair_words, recent, ctx,
                            sent_timexes, prev_dates, pub, section, prior, speaker)
    prev = tuple((t["date_start"], t["date_end"], t["precision"], t["text"], t["rule"])
                 for t in sentence_dates if not _is_since(norm, t))
    return rows, prev_dates if sen.item and prev_dates else (prev or prev_dates)


def _aside_dates(text, norm, offsets, sen: _SegSentence, prev_dates, pub) -> tuple:
    """The dates a sentence naming one side or neither leaves for the next one."""
    s_start, s_end, continued = sen.s_start, sen.s_end, sen.continued
    # a sentence naming one side or neither may still give the time a later "حينذاك" points back to ("وكان
    # الحريري قد شارك قبل بضعة أيام في مؤتمر …. وأعلنت السعودية حينذاك تجديد قرض"): kept apart ("aside:")
    # (only when a "then" word follows in the segment: the sentence is tagged for it alone)
    aside = ()
    if not continued and _THEN.search(norm, s_end):
        o_start, o_end = _orig_span(text, offsets, s_start, s_end)
        aside = tuple((t["date_start"], t["date_end"], t["precision"], t["text"], "aside:" + str(t["rule"]))
                      for t in _timex_spans(_tag_unglued(text[o_start:o_end], published=pub), offsets,
                                            shift=o_start) if t["dated"] and not _is_since(norm, t))
    few = _FEW_DAYS.search(norm, s_start, s_end) if pub is not None and not aside \
        and _THEN.search(norm, s_end) else None
    if few is not None:
        aside = ((*_few_dates(few, pub), "aside:relative:few"),)
    return prev_dates if continued else aside


def _recent_after(recent: tuple, actors) -> tuple:
    """The countries named last, after a sentence's actors (for "البلدين")."""
    for a in actors:
        if a.kind not in ("pair", "nisba", "host") and (not a.code.startswith("?") or a.kind == "third-country"):
            recent = _push(recent, a.code)
    return recent


def _speaker_after(speaker, sen: _SegSentence, norm: str, ctx: _Context):
    """The speaker for a next sentence that opens with "وقال إن": the person of ours this sentence opens with."""
    in_sent, s_start = sen.actors, sen.s_start
    lead = next((a for a in in_sent if a.start - s_start <= 40 and a.kind not in ("pair", "nisba", "host")), None)
    if speaker is not None and _QUOTE_OPEN.match(norm, s_start):
        # "وقال "لقد التقيت … وزير التجارة الأميركي": those named in the speaker's words do not speak next
        return speaker
    return lead if lead is not None and lead.kind in ("leader", "role") and (
        lead.code == ctx.focus or lead.code in ctx.partners) else (None if in_sent else speaker)


# "غداة لقاء تاريخي", "غداة توقيع الاتفاق": the act named right after غداة ("the day after") is one day before the date
# given before it
_DAY_AFTER = re.compile(r"(?<![\w])[وفب]?غداه\s+(?:\S+\s+){0,1}$")


_QUESTION = re.compile(r"\s*(?:[^:،,.]{0,40}:\s*)?[\"«“]?\s*[وف]?هل(?![\w])")


# --------------------------------------------------------------------------- sentence level
class _Sentence(NamedTuple):
    """What the cue loop of one sentence shares, built once by :func:`_sentence_state`. The last seven fields are the
    loop's accumulators, filled as its cues are read: the rows, their keys (code, source, target), the cues already
    coded as another cue's act, by partner the pair of the sentence's first meeting or agreement and its last verb
    act, and the dates of each key (its first clause's own, the further ones)."""
    text: str
    norm: str
    offsets: list
    s_start: int
    s_end: int
    actors: list
    hosts: list
    ctx: _Context
    focus: str
    partners: tuple
    timexes: list
    prev_dates: tuple
    pub: object
    section: str
    prior: tuple
    speaker: object
    reporters: list
    clauses: list
    holes: object
    content: int
    lead: object
    carry: object
    bg_clauses: list
    anchors: list
    flags: dict
    mine_by_partner: dict
    svo: dict
    recalls: list
    cue_rx: object
    cues: list
    out: list
    seen: set
    consumed: set
    dual_pair: dict
    prev_verb: dict
    own_dates: dict
    dated_again: dict


class _Cue(NamedTuple):
    """One cue of the sentence as the partner loop reads it: the match, its row of ``cues.csv`` (recoded when it
    governs an order or a threat), its code, whether it governs another cue, its clause and the reporting frame
    before it (start, end, who)."""
    m: re.Match
    idx: int
    row: dict
    code: str
    governs: bool
    c_start: int
    c_end: int
    rep: tuple | None


def _sentence_state(text, norm, offsets, s_start, s_end, actors, pair_words, recent, ctx, timexes, prev_dates,
                    pub, section, prior, speaker) -> _Sentence | None:
    """The sentence's shared state: its actors (with the pair words that stand for the last pair), reporting
    frames, clauses, holes, subject (``lead``, ``carry``, ``svo``), standing-relation clauses, date anchors and the
    actors each partner may bind; None for a question (it asserts no event)."""
    focus, partners = ctx.focus, ctx.partners
    if _QUESTION.match(norm, s_start, s_end):
        return None  # "مراسلة: هل يسهّل الروس والسوريون زيارتهم؟": a question asserts no event
    if norm[s_start:min(len(norm), s_end + 1)].rstrip().endswith("؟"):
        colon = norm.rfind(":", s_start, s_end)
        if colon - s_start <= 40:
            return None
        # "أن ترمب سأل ماكرون خلال اجتماعهما في أبريل الماضي: لماذا لا تترك …؟": the question is the quoted words
        # after the colon; the statement before it is read
        s_end = colon
        actors = [a for a in actors if a.start < s_end]
        timexes = [t for t in timexes if t["n_start"] < s_end]
    hosts = [a for a in actors if a.kind == "host"]
    actors = [a for a in actors if a.kind != "host"]
    for m in pair_words:
        # A pair word stands for both sides of the pair named just before (not for another pair).
        # Third-party people count (Trump … with Putin … "قمتهما" is their summit); topics do not ("قضية كوريا").
        before = recent + tuple(a.code for a in actors if a.start < m.start() and a.kind not in ("pair", "nisba")
                                and not any(_flags(norm, a)[:2]))
        p = _last_pair(before, ctx)
        if p and _PERSON_DUAL.search(m.group()):
            # "ترامب والأمير محمد بن سلمان ناقشا التهديد الذي …، بمساعدة الحرس الثوري الإيراني، كما ناقش الزعيمان …":
            # the two leaders are the two persons named together before them, when the sentence has such a pair
            people = [a for a in actors if a.start < m.start() and a.kind in ("leader", "role", "third")]
            joint = [(a, b) for a, b in zip(people, people[1:]) if re.fullmatch(r"\s*و\s*", norm[a.end:b.start])]
            if joint and {joint[-1][0].code, joint[-1][1].code} != set(p):
                p = None
        if p:
            actors.append(_Actor(m.start(), m.end(), "|".join(p), m.group().strip(), "", "pair"))
    actors.sort(key=lambda a: a.start)
    reporters = _reporter_spans(norm, s_start, s_end, actors)
    clauses = _clauses(norm, s_start, s_end)
    holes = _holes(norm, s_start, s_end, actors)
    # The sentence's subject, after any reporting frame ("قالت الخارجية الروسية إن لافروف …" → لافروف).
    content = max((r1 for r0, r1, _, _ in reporters if r0 - s_start <= 12), default=s_start)
    lead = next((a for a in actors if content <= a.start and a.kind not in ("pair", "nisba")), None)
    carry = lead if (lead is not None and lead.code == focus and lead.start - content <= 25
                     and not _listed_after(norm, lead, actors)) else None
    if carry is None and lead is not None and lead.code in partners and lead.start - content <= 25 \
            and not _listed_after(norm, lead, actors):
        carry = lead  # the partner's subject carries only into a "حيث" clause (_WHERE_OPEN)
    cue_rx, _ = lx.cue_regex()
    cues = lx.cue_rows()
    out, seen = [], set()
    # "منذ سنوات" makes a standing relation of an affirmative clause, not of "لم يلتق … منذ سنوات" (denied).
    # (a participle phrase after a comma, "، مؤكدا جلالته عمق العلاقات التي تربط …", holds its own standing relation:
    # the act before it is not background)
    bg_clauses = [(c0, c1) for c0, c1 in _participle_parts(norm, clauses) if any(
        not (b.group("w").startswith("منذ") and (lx.NEGATION.search(norm, c0, b.start())
                                                 or _FIRST.search(norm, c0, b.start())))
        and not _STILL_READY.match(norm, b.end())
        and not (b.group("w").startswith("منذ") and _REL_OF_THING.search(norm, c0, b.start()))
        for b in lx.BACKGROUND.finditer(norm, c0, c1)) or lx.standing_subjects(norm, c0, c1)]
    anchors = [a.span() for a in _ANCHOR.finditer(norm, s_start, s_end)]
    flags = {a.start: _flags(norm, a) for a in actors}
    mine_by_partner = {p: [a for a in actors if a.code not in set(partners) - {p}
                           and not (a.kind == "pair" and a.code.split("|")[1] != p)] for p in partners}
    consumed = set()
    dual_pair: dict = {}    # the pair of the sentence's first meeting or agreement ("التقيا"), by partner
    prev_verb: dict = {}    # the last verb act of the sentence (source, target, where its cue ends), by partner
    # (session 77) the sentence's subject before its first verb ("دمشق ترد وساما فرنسيا وتتهم باريس"): the subject of
    # a coordinated verb with no subject of its own when no act of the pair came before it (_coordinated_act)
    svo: dict = {}
    if lead is not None and lead.kind not in ("pair", "nisba") and lead.start - content <= 3 \
            and not _listed_after(norm, lead, actors) and not any(_flags(norm, lead)[:3]) \
            and (v := _SVO_VERB.match(norm, lead.end)) is not None and _finite(v.group(1)) \
            and (lx.VERB_HEAD.match(v.group(1)) or re.match(r"[يت]\w{2,}$", v.group(1))) and _agrees(v.group(1), lead):
        svo = {p: (lead, None, v.end()) for p in partners if lead.code in (focus, p)}
    own_dates: dict = {}    # the date a clause of its own gave the first row of a key
    dated_again: dict = {}  # further dates of the same key in other clauses
    recalls = [r.span() for r in lx.RECALL_OWN.finditer(norm, s_start, s_end)]
    return _Sentence(text, norm, offsets, s_start, s_end, actors, hosts, ctx, focus, partners, timexes, prev_dates,
                     pub, section, prior, speaker, reporters, clauses, holes, content, lead, carry, bg_clauses,
                     anchors, flags, mine_by_partner, svo, recalls, cue_rx, cues, out, seen, consumed, dual_pair,
                     prev_verb, own_dates, dated_again)


def _recoded(st: _Sentence, m, row: dict, code: str) -> tuple[dict, str, bool]:
    """The cue recoded by what it governs: a notice or an ultimatum by the order it gives (that cue is
    ``consumed``), a bare statement by its disapproving content (111), a threat by the act threatened, a reply
    by itself (its rejection and denunciation are its content). Returns (row, code, governs)."""
    norm, s_end, cue_rx, cues, consumed = st.norm, st.s_end, st.cue_rx, st.cues, st.consumed
    governs = False
    if code in ("010", "130") and _GOVERNS.match(m.group().strip()):
        # "أبلغت روسيا بريطانيا أنه يتعين عليها سحب … دبلوماسيا", "أمهلت بريطانيا شهرا لتقليص عدد دبلوماسييها":
        # the order is the act, not the notice (the notifier is its source)
        gov = next((x for x in cue_rx.finditer(norm, m.end(), s_end)
                    if cues[int(x.lastgroup[1:])]["cameo_code"][:2] in _GOVERNED_ROOTS
                    and not _HIS_DECISION.search(norm, max(0, x.start() - 16), x.start())), None)
        if gov is not None and gov.start() - m.end() <= 120:
            code = cues[int(gov.lastgroup[1:])]["cameo_code"]
            row = {**row, "cameo_code": code}
            consumed.add(gov.start())
            governs = True
    if code == "010" and not governs and _disapproving_content(norm, m.end(), s_end):
        # "وأبلغ ماكرون نظيره الأميركي … بأن قراره فرض رسوم … "غير شرعي" و"خطأ"": telling the other side that its
        # act is illegal or wrong is criticism (111), not a bare statement
        code = "111"
        row = {**row, "cameo_code": code}
    if code[:2] == "13" and _aspect(m, row) == "verb":
        # "وتهدد بتعليق مفاوضاتها مع كوريا الجنوبية", "هددت بقطع العلاقات": the threatened act (a verbal noun
        # after ب) says what the threat is; it is not done, so it is no event of its own
        gov = next(cue_rx.finditer(norm, m.end(), s_end), None)
        if gov is not None and gov.start() - m.end() <= 60 and _THREAT_GAP.fullmatch(norm, m.end(), gov.start() + 1) \
                and cues[int(gov.lastgroup[1:])]["cameo_code"][:2] in _THREAT_OF:
            gcode = cues[int(gov.lastgroup[1:])]["cameo_code"]
            code = _THREAT_LEMMA.get(cues[int(gov.lastgroup[1:])].get("upetr_lemma"),
                                     _THREAT_CODE.get(gcode, _THREAT_OF[gcode[:2]]))
            row = {**row, "cameo_code": code}
            consumed.add(gov.start())
    if row.get("upetr_lemma") == "رد" and code in ("016", "120"):
        # "رد الوفد السعودي على التعليق القطري، معبرا عن الرفض التام واستنكار البيان": the reply is coded once,
        # its rejection and denunciation are its content
        for x in _REPLY_CONTENT.finditer(norm, m.end(), min(s_end, m.end() + 160)):
            consumed.add(x.start())
    return row, code, governs


def _rejected_noun_row(st: _Sentence, m, c_start: int, c_end: int) -> None:
    """The row of a noun cue whose predicate rejects it (see :func:`_cue_reading`)."""
    text, norm, offsets, s_start, s_end, focus = st.text, st.norm, st.offsets, st.s_start, st.s_end, st.focus
    partners, timexes, prev_dates, pub, section = st.partners, st.timexes, st.prev_dates, st.pub, st.section
    reporters, holes, out, seen = st.reporters, st.holes, st.out, st.seen
    # "اعتبر كالين أن التهديدات الأمريكية "مرفوضة تماما"": the noun is what is rejected, not done here; the one
    # who says so rejects the act of the side whose demonym the noun bears (120)
    rej = next(((r0, r1, who) for r0, r1, who, c0 in reporters if c0 <= m.start() and r0 < m.start()
                and m.start() - c0 <= 3), None)
    owner = _demonym_after(norm, m.end(), (focus, *partners))
    if rej is not None and rej[2] is not None and owner is not None and _side(rej[2], focus, partners) \
            and rej[2].code != owner and focus in (rej[2].code, owner):
        tail = re.compile(r"\s+\S+").match(norm, m.end())
        obj = _Actor(m.end(), tail.end() if tail else m.end(), owner, "", "", "nisba")
        _add_reported(out, seen, "120", rej[2], obj, m, (c_start, c_end), "cue:rejected-noun", text=text,
                      norm=norm, offsets=offsets, sentence=(s_start, s_end), timexes=timexes,
                      prev_dates=prev_dates, pub=pub, holes=holes, section=section, focus=focus)


_MEASURE_SUBJECT_SKIP = re.compile(r"(?<![\w])[وف]?(?:لدي|هناك|فيما|بينما|كما)(?![\w])")


def _a_measure(st: _Sentence, m, c_start: int, c_end: int) -> bool:
    """Session 122: whether the (061 noun) cue ``m`` is the measure of a quantity in its clause: right after a measure
    noun (``MEASURE_BEFORE``: "قيمة الاستثمارات", "من رصيد الاستثمار"), or its clause's subject (session 110's
    ``lexicon._SUBJECT_OPEN`` before it once the actors and لدى/هناك/فيما/بينما/كما are set aside: "ولدى الكويت
    استثمارات", not "أعلن … استثمارات") followed, within six words, by a measure verb whose amount follows
    (``MEASURE_AFTER`` + :data:`_AMOUNT_AFTER`: "استثمارات في الصين تتجاوز قيمتها 3 مليارات")."""
    norm = st.norm
    if lx.MEASURE_BEFORE.search(norm[max(c_start, m.start() - 30):m.start()]):
        return True
    v = lx.MEASURE_AFTER.match(norm, m.end(), c_end)
    if v is None or _AMOUNT_AFTER.match(norm, v.end()) is None:
        return False
    pre = list(norm[c_start:m.start()])
    for a in st.actors:
        if c_start <= a.start and a.end <= m.start():
            pre[a.start - c_start:a.end - c_start] = " " * (a.end - a.start)
    return bool(lx._SUBJECT_OPEN.search(_MEASURE_SUBJECT_SKIP.sub(" ", "".join(pre))))


def _measure_in_sentence(st: _Sentence, m) -> bool:
    """Session 122: whether another 061 noun cue of the sentence after ``m`` is a measure (:func:`_a_measure`)."""
    for m2 in st.cue_rx.finditer(st.norm, m.end(), st.s_end):
        row2 = st.cues[int(m2.lastgroup[1:])]
        if row2["cameo_code"] != "061" or _aspect(m2, row2) != "noun":
            continue
        c0, c1 = next(((a, b) for a, b in st.clauses if a <= m2.start() < b), (st.s_start, st.s_end))
        if _a_measure(st, m2, c0, c1):
            return True
    return False


def _cue_reading(st: _Sentence, m, idx: int, row: dict, code: str) -> _Cue | None:
    """The cue recoded and placed in its clause, or None when a gate drops it for every partner (a recall, a
    purpose, a cue already coded, a standing relation, a topic, a state, a group's gathering, an act avoided,
    warned against, described, threatened or rejected, sanctions nobody imposes, another addressee…)."""
    norm, s_start, s_end, actors, focus, partners = st.norm, st.s_start, st.s_end, st.actors, st.focus, st.partners
    reporters, clauses, bg_clauses, anchors, recalls = st.reporters, st.clauses, st.bg_clauses, st.anchors, st.recalls
    cue_rx, cues, consumed = st.cue_rx, st.cues, st.consumed
    if any(r0 <= m.start() < r1 for r0, r1 in recalls):
        return None  # "استدعته الخرطوم للتشاور": a recall of one's own envoy (_recall_events), not consultations
    if (code[:2] != "04" or _aspect(m, row) == "noun") and _purpose_of_meeting(norm, m, cue_rx, cues, clauses, s_start, s_end):
        return None  # "في زيارة رسمية إلى مصر لبحث سبل تعزيز العلاقات": what the visit is for; "التقى نظيره … لمناقشة
        # خطط تتعلق بمكان اللقاء": a meeting noun there is the topic (another meeting), not this one again
    if m.start() in consumed:
        return None  # the order of a notice or an ultimatum, already coded as the notifier's act
    row, code, governs = _recoded(st, m, row, code)
    c_start, c_end = next(((a, b) for a, b in clauses if a <= m.start() < b), (s_start, s_end))
    if any(a <= m.start() < b for a, b in bg_clauses) and not _before_bg_adjunct(norm, m, c_start, c_end):
        return None  # a standing relation, not an event (background row below)
    if any(a0 <= m.start() < a1 and not _named_after(norm, a1, actors) and not _DUAL_MEETING.match(norm, a0, a1 + 24)
           for a0, a1 in anchors):
        return None  # "خلال محادثاتهما" dates another event, it is not one ("خلال لقائه نظيره الفيتنامي" is)
    if row["aspect"] == "buy" and (m.group().strip().startswith("ل") or re.search(r"(?<![\w])(?:بشان|حول|ملف|عن|اجل|بهدف|لغرض)\s*$", norm[max(c_start, m.start() - 8):m.start()])):
        return None  # "المحادثات مع الولايات المتحدة بشأن شراء منظومة باتريوت", "(من أجل) لشراء": a topic or a purpose
    if _aspect(m, row) == "noun" and lx.CUE_TOPIC.search(norm[max(c_start, m.start() - 30):m.start()]) \
            and not _ANNOUNCED.search(norm, max(c_start, m.start() - 40), m.start()):
        return None  # "تركز على التعاون", "تهدف لتعزيز العلاقات": a topic or a purpose ("الإعلان عن اتفاق": the act)
    if _aspect(m, row) == "noun" and lx.CUE_STATE.match(norm, m.end()):
        return None  # "المفاوضات متعثرة بين واشنطن وبكين", "تحالف تقوده السعودية": the noun described, not an act
    if code[:2] == "04" and _aspect(m, row) == "noun" and _GROUPS_GATHERING.match(norm, m.end()):
        return None  # "تخيم على قمة مجموعة السبع ظلال الخلافات … بين الولايات المتحدة والأعضاء": a group's summit
    if code[:2] == "04" and _aspect(m, row) == "noun" and _OF_A_GROUP.match(norm, m.end()):
        return None  # "التخطيط للهجوم على اجتماع لجماعة معارضة إيرانية في فرنسا": a group's gathering, not the pair's
    if code[:2] == "04" and _dual_with_a_third(norm, m, actors, (focus, *partners)):
        return None  # "ميركل والرئيس الأمريكي دونالد ترامب أجريا مكالمة هاتفية": the call is Merkel's and Trump's
    if code == "051" and _PRAISED_OWN.match(norm, m.end()):
        return None  # "خطاب ألقاه الرئيس الروسي، أشاد فيه بأسلحة بلاده الجديدة": the speaker praises his own country's
    if _AVOIDED.search(norm, max(c_start, m.start() - 24), m.start()):
        return None  # "لتجنب ضرب أهداف روسية", "تفادي حرب تجارية": an act to be avoided has not happened
    if _WARNED_AGAINST.search(norm, c_start, m.start()):
        return None  # "واشنطن تحذر أنقرة من شراء …": what is warned against has not happened
    if _obliged_before(norm, s_start, m.start()):
        return None  # "إن على بريطانيا استغلال زيارة ولي العهد": what a side ought to do has not happened
    if code[:2] == "19" and m.group().strip().lstrip("وف").startswith("استهدف") \
            and _TARGETED_WITH.search(norm, m.end(), c_end):
        return None  # "استهدفت واشنطن طهران بعقوبات جديدة": the sanctions are the act (coded by their own cue)
    if code[:2] != "11" and any(not _DESCRIPTION_END.search(norm, d.end(), m.start())
                                for d in _DESCRIBED_AS.finditer(norm, s_start, m.start())):
        return None  # "وصف ليبرمان إعلان ترمب بأنه شجاع وينطوي على زعامة ستسقط النظام": a description, not an act
    if code == "163" and (_THREAT_OF_IT.search(norm, max(c_start, m.start() - 40), m.start())
                          or _THREAT_TO_IMPOSE.search(norm, max(c_start, m.start() - 90), m.start())):
        return None  # "إذا نفذت الولايات المتحدة تهديدها بفرض عقوبات": the sanctions are what is threatened, no act
    if _aspect(m, row) == "noun" and _REJECTED_NOUN.match(norm, m.end()):
        # "اعتبر كالين أن التهديدات الأمريكية "مرفوضة تماما"": the noun is what is rejected, not done here; the one
        # who says so rejects the act of the side whose demonym the noun bears (120)
        _rejected_noun_row(st, m, c_start, c_end)
        return None
    if code[:2] == "06" and _aspect(m, row) == "noun" and m.group().startswith("و") \
            and _FROZEN_LIST.search(norm, max(c_start, m.start() - 50), m.start()):
        return None  # "وجمدت العلاقات التجارية والاستثمارات", "فرضت حظرا على التعاملات التجارية والاستثمارات": what is
        # frozen or banned with the list before it is no cooperation
    if code == "010" and _AMOUNT_AFTER.match(norm, m.end()):
        return None  # "ناتجا محليا إجماليا يبلغ تريليون دولار", "تبلغ قيمتها 50 مليار دولار": بلغ of an amount
        # ("amounts to"), nobody is informed; session 122: "تبلغ كلفته نحو تسعة مليارات دولار" (a project's cost)
    if code == "061" and _aspect(m, row) == "noun" and (
            _a_measure(st, m, c_start, c_end) or (
                lx.MEASURE_HEADING.search(norm[max(c_start, m.start() - 16):m.start()])
                and re.match(r"\s*[،,]", norm[m.end():]) and _measure_in_sentence(st, m))):
        return None  # session 122: "ارتفعت قيمة الاستثمارات السعودية في مصر إلى 24 مليار دولار", "ولدى الكويت
        # استثمارات في الصين تتجاوز قيمتها 3 مليارات دولار": a stock or share, no act (nor its heading "وعلى صعيد
        # الاستثمار، فإن السعودية تستحوذ على ما نسبته 4% من رصيد الاستثمار")
    if code == "163" and row.get("upetr_lemma") == "رسوم" and _THREATENED_BEFORE.search(norm, c_start, m.start()):
        return None  # "هدد ترامب الصين من فرض رسوم جمركية جديدة": tariffs threatened, planned or alleged are no act
    if code[:2] == "16" and _HIS_DECISION.search(norm, max(0, m.start() - 16), m.start()):
        return None  # "أبلغ ماكرون ترامب بأن قراره فرض رسوم …": the tariffs are the pronoun's, not the subject's act
    if code == "163" and row.get("upetr_lemma") not in ("قاطع", "لغى") and ((
            _NOT_IMPOSED_BEFORE.search(norm, max(c_start, m.start() - 25), m.start())
            # (applying tariffs is imposing them: "بدء إدارة ترامب تطبيق رسوم جمركية على واردات صينية")
            and not (row.get("upetr_lemma") == "رسوم"
                     and _APPLY_BEFORE.search(norm, max(c_start, m.start() - 25), m.start())))
                          or _NOT_IMPOSED_AFTER.match(norm, m.end())
                          or not (_IMPOSE.search(m.group()) or _IMPOSE.search(norm, c_start, m.start())
                                  or (row.get("upetr_lemma") == "رسوم"
                                      and _APPLY_BEFORE.search(norm, max(c_start, m.start() - 25), m.start()))
                                  or _BAN.match(m.group().strip())
                                  or _IMPOSED_REL.match(norm, m.end()))):
        # "انتهاك العقوبات المفروضة على كوريا الشمالية", "وصف لافروف العقوبات على كوريا الشمالية بأنها …":
        # sanctions named, nobody here imposing them
        return None
    if code[:2] == "04" and _RANKED.search(norm, max(c_start, m.start() - 60), m.start()):
        return None  # "سيلتقي … مع تيريزا ماي كأول مسؤول سياسي خارجي يلتقيه ترامب": a rank of the meeting told, not another
    if code == "120" and row.get("upetr_lemma") == "رفض" and _rejects_other_thing(norm, m, actors, c_end):
        return None  # "أكد أمير قطر رفض بلاده دعم الإرهاب": what is rejected is named, and it is no one of the pair
    if code == "120" and cue_rx.match(norm, m.end() + 1 if norm[m.end():m.end() + 1] == " " else m.end()):
        return None  # "رفضت التعاون مع موسكو": the refused act is the event (denied), not a second refusal
    if code[:2] == "04" and _with_not_ours(norm, m, actors, s_end):
        return None  # "بحث الملف مع مسؤولي الناتو": the talks are with the officials of a third party
    sub = _COMP_SUBJECT.search(norm, max(c_start, m.start() - 40), m.start())
    if sub is not None and not any(a.start <= sub.start(1) < a.end for a in actors):
        return None  # "بضرورة أن تعيد أوروبا فرض عقوبات على إيران": the complement clause has a subject of its own
    ap = None
    for ap in _APPEAL.finditer(norm, c_start, m.start()):
        pass
    if ap is not None and code[:2] != "02" and not (code == "163" and _IMPOSED_REL.match(norm, m.end())) \
            and _addressee_not_ours(norm, ap, actors):
        return None  # "وحثت واشنطن شركاءها على وقف شراء النفط من إيران": the partners are asked to act, not Washington
    if code[:2] in ("02", "10") and _aspect(m, row) == "verb" and _addressee_not_ours(norm, m, actors):
        return None  # "الولايات المتحدة تحث حلفاءها على الالتزام بمقاطعة إيران": the allies are urged, not Iran;
        # "وطالب ظريف الدول الأوروبية بممارسة الضغط على الإدارة الأمريكية": the Europeans are asked, not the US
    if row.get("upetr_lemma") == "طلب" and not _asked_of_ours(norm, m, actors):
        return None  # "وتطلب قطر من محكمة العدل الدولية بأن تأمر أبوظبي …": the court is asked, not Abu Dhabi
    rep = next(((r0, r1, who) for r0, r1, who, c0 in reporters if c0 <= m.start() and r0 < m.start()), None)
    return _Cue(m, idx, row, code, governs, c_start, c_end, rep)


def _invited_or_read(st: _Sentence, cue: _Cue, partner: str, mine: list) -> tuple:
    """(args, invite): the inviter and the invitee of a visit planned by an invitation before it; otherwise a
    controlled verb's subject or the cue's own reading (:func:`_arguments`)."""
    norm, focus, holes, lead, carry, flags = st.norm, st.focus, st.holes, st.lead, st.carry, st.flags
    m, row, code, c_start, c_end, rep = cue.m, cue.row, cue.code, cue.c_start, cue.c_end, cue.rep
    invite = None
    for invite in (_INVITE.finditer(norm[c_start:m.start()]) if code[:2] == "04" else ()):
        pass  # the invitation word nearest the visit it plans
    to_him = _INVITED_HIM.match(norm, c_start + invite.start()) if invite is not None else None
    if to_him is not None and lead is not None and lead.code in (focus, partner) \
            and lead.end <= c_start + invite.start():
        # "ووافق من جانبه على دعوة وجهها إليه ترامب لزيارة واشنطن", "على دعوة وجهت له لزيارة الولايات
        # المتحدة": the sentence's subject is the one invited; the inviter is named after the verb, or is the
        # side the visit goes to
        inviter = next((a for a in mine if to_him.end() <= a.start <= to_him.end() + 1
                        and a.kind not in ("pair", "nisba")), None) \
            or next((a for a in mine if m.end() <= a.start <= m.end() + 1 and a.kind not in ("pair", "nisba")), None)
        args = (inviter, lead, False) if inviter is not None and {inviter.code, lead.code} == {focus, partner} \
            else None
    elif invite is not None:
        # "دعا وزير الخارجية الروسي الزعيم الكوري إلى زيارة روسيا": the inviter invites the invitee.
        inv_at = c_start + invite.end()
        people = [a for a in mine if inv_at <= a.start < m.start() and a.kind not in ("pair", "nisba")]
        codes = list(dict.fromkeys(a.code for a in people))
        inviter = next((a for a in reversed(mine) if c_start <= a.start < c_start + invite.start()
                        and a.kind not in ("pair", "nisba") and not any(_flags(norm, a)[:3])), None)
        if len(codes) == 2 and set(codes) == {focus, partner}:
            src = next(a for a in people if a.code == codes[0])
            tgt = next(a for a in people if a.code == codes[1])
            args = (src, tgt, False)
        elif len(codes) == 1 and inviter is not None and {inviter.code, codes[0]} == {focus, partner} \
                and not norm[inviter.end:c_start + invite.start()].strip(" ،,"):
            # "بوتين دعا كيم إلى زيارة روسيا": the subject right before the verb invites
            args = (inviter, next(a for a in people if a.code == codes[0]), False)
        elif len(codes) == 1 and "دعو" in invite.group() and (
                destination := _invited_to_theirs(norm, mine, people[0], m)) is not None:
            # "ضد دعوة رئيس الوزراء للرئيس الإيراني لزيارة العراق", "سحب دعوته للرئيس الإيراني لزيارة
            # العراق": the invitation noun with its invitee after "لـ" and the visit going to the other side;
            # the inviter (unnamed, a title, a pronoun) is the side the visit goes to, as for "دعوة وجهت له"
            args = (destination, people[0], False)
        else:
            args = _arguments(norm, mine, c_start, c_end, m, rep, row, focus, (partner,), flags,
                              holes, carry)
    else:
        args = _control_subject(norm, mine, c_start, c_end, m, code, focus, partner, flags) \
            or _arguments(norm, mine, c_start, c_end, m, rep, row, focus, (partner,), flags, holes, carry)
    return args, invite


# between الشكر and its addressee: up to three words with no clause punctuation, the last a ل- word or الي
# ("الشكر لأردوغان", "الشكر بعد مغادرته لأمير الكويت", "بالشكر إلى الرئيس"), or the addressee itself written with ل
# ("الشكر للمستشارة الألمانية")
_THANKED = re.compile(r"\s+(?:[^\s.،,؛]+\s+){0,3}?(?:ل|لل|ال[ي]\s+|ل\S+\s+)")
_WORDS_UP_TO_3 = re.compile(r"\s+(?:[^\s.،,؛]+\s+){0,3}")


def _args_amended(st: _Sentence, cue: _Cue, partner: str, mine: list, args):
    """The reading amended by the construction around the cue: an expelled envoy's expeller, a host, the one
    who bears a responsibility, the subject of فرض, citizens (no state), a host's summit, the one described, an
    accuser, a tension."""
    norm, focus = st.norm, st.focus
    m, row, code, c_start, rep = cue.m, cue.row, cue.code, cue.c_start, cue.rep
    if args is not None and (exp := _expelled_envoy(norm, args[0])) is not None:
        # "ودفع ذلك السعودية إلى طرد السفير الكندي الاثنين، وتجميد العلاقات التجارية": an envoy expelled,
        # barred or asked to leave is that act's object; the acts listed after it keep the expelling state
        # (the other side named before the expulsion) as their subject
        by = next((a for a in reversed(mine) if a.end <= exp and a.code == args[1].code
                   and a.kind not in ("pair", "nisba")), None)
        args = (by, args[0], False) if by is not None else None
    if args is not None and row.get("upetr_lemma") == "ضيافه" and args[0].end <= m.start() <= args[1].start:
        # "كان ولي العهد السعودي في ضيافة الرئيس المصري": the side named after "في ضيافة" hosts the subject
        args = (args[1], args[0], *args[2:])
    if str(row.get("note", "")).startswith(EVIDENCE_NOTE):
        # "قالت واشنطن إنها تملك دليلا على أن الرئيس السوري بشار الأسد شن الهجوم الكيميائي", "أعلن وزير الدفاع
        # الأمريكي جيمس ماتيس أنه "متأكد بقوة" من أن النظام السوري شن هجوما": the holder of the evidence (the side
        # named last before the frame in its sentence, "لديه" the speaker's; a third party's evidence is its own)
        # accuses the side named in what it proves
        tgt = next((a for a in mine if m.end() <= a.start < min(st.s_end, m.end() + 150) and a.kind != "pair"
                    and a.code in (focus, partner)), None)
        holder = next((a for a in reversed(st.actors) if st.s_start <= a.start and a.end <= m.start()
                       and a.kind not in ("pair", "nisba")), None) if tgt is not None else None
        args = (holder, tgt, False) if holder is not None and {holder.code, tgt.code} == {focus, partner} else None
    if row.get("upetr_lemma") == "تحمل":
        # "قال كادلو الأحد إن رئيس الوزراء الكندي جاستن ترودو يتحمل مسؤولية فشل القمة": the speaker blames the
        # one who bears the responsibility (the subject right before the verb); no speaker, no blame
        who = rep[2] if rep else None
        bearer = next((a for a in reversed(mine) if a.end <= m.start() and rep[1] <= a.start
                       and a.kind not in ("pair", "nisba")), None) if who is not None else None
        args = (who, bearer, False) if bearer is not None and {who.code, bearer.code} == {focus, partner} \
            and not norm[bearer.end:m.start()].strip() else None
    if args is not None and code == "163" and args[0].end <= m.start():
        # "غضب الكنديين إزاء فرض الرئيس الأمريكي دونالد ترامب رسوما جمركية …": the subject of the verbal noun
        # فرض imposes; a side named before it (whose anger, whose answer) is the one it falls on
        imp = None
        for imp in _IMPOSE_NOUN.finditer(norm, args[0].end, m.start()):
            pass  # the nearest فرض before the cue governs it
        by = next((a for a in mine if imp is not None and imp.end() <= a.start < m.start()
                   and a.kind not in ("pair", "nisba") and a.code != args[0].code
                   and {a.code, args[0].code} == {focus, partner}), None) if imp is not None else None
        if by is not None:
            args = (by, args[0], False)
    if args is not None and args[0].kind == "people" and (code[:2] in ("10", "14")
                                                          or row.get("upetr_lemma") == "قاطع"):
        # "الكنديون يردون على ترامب بحملة مقاطعة السلع الأمريكية ويطالبون بالسلاح النووي": citizens who
        # boycott, demand or protest are not the state (rule 1 of the gold README)
        args = None
    if args is not None and code[:2] == "04" and _SUMMIT_OF.fullmatch(m.group().strip()) and any(
            a.start >= m.end() and not norm[m.end():a.start].strip() and a.kind in ("country", "capital")
            and not re.match(r"\s+و", norm[a.end:a.end + 3]) for a in args[:2]):
        # "رغم الخلاف الكبير الذي شهدته قمة كندا حول التجارة": a summit named by one country alone is named by
        # its host (the G7 summit held in Canada), not held with it
        args = None
    if args is not None and row.get("upetr_lemma") == "وصف" and args[1].start < m.start():
        # "… بالضربات التي شنتها الدول الغربية على سوريا، ووصف الرئيس الأمريكي دونالد ترامب … بـ"المجرمين"": the
        # one described follows وصف; a side named before it is not the target
        args = None
    if row.get("upetr_lemma") == "وجه الشكر":
        # "بعدما وجه الرئيس الأمريكي دونالد ترامب، السبت، الشكر لأردوغان", "ووجه ولي العهد السعودي الشكر بعد مغادرته
        # لأمير الكويت" (events119): the light verb's subject, named between it and الشكر, thanks the side named
        # after الشكر; no subject there (a side named before the verb, another clause's) or no addressee: no row
        giver = next((a for a in mine if m.start() < a.start and a.end <= m.end() and a.kind not in ("pair", "nisba")
                      and a.code in (focus, partner)), None)
        to = next((a for a in st.actors if a.start >= m.end()), None) if giver is not None else None
        args = (giver, to, False) if to is not None and to.kind != "pair" and to.code in (focus, partner) \
            and to.code != giver.code and (_THANKED.fullmatch(norm, m.end(), to.start) or (
                norm.startswith("ل", to.start) and _WORDS_UP_TO_3.fullmatch(norm, m.end(), to.start))) else None
    if args is not None and code[:2] in _CLAIM_ROOTS and m.group().strip().lstrip("وف").startswith("ب"):
        acc = None
        for acc in _ACCUSATION_BEFORE.finditer(norm, c_start, m.start()):
            pass
        if acc is not None and acc.end() == m.start() and args[1].start < m.start():
            args = None  # "اتهمت إسرائيل إيران بقصف الجولان": the accuser is not the target of the charge
    if args is not None and code[:2] == "13" and args[1].start > m.start() \
            and _TENSION_WITH.search(norm, max(0, args[1].start - 40), args[1].start):
        args = None  # "هددت تركيا بشن عملية ضد الأكراد ما أثار توترا مع واشنطن": the partner is in the tension only
    return args


# The other side of talks or a call named in an adjunct: "مع X" / "بX" right after the noun, or (session 106) through a
# relative verb ("، في اتصال هاتفي أجراه مع رئيسة وزراء بريطانيا", "، وذلك خلال اتصال هاتفي تلقاه من أمير قطر",
# "اللقاء الذي جمعه بالرئيس")
_WITH_REL = re.compile(r"\s*(?:(?:(?:الذي|التي)\s+)?(?:اجراه|اجرته|اجراها|اجرتها|تلقاه|تلقته|تلقاها|تلقتها|عقده|عقدته|"
                       r"عقدها|جمعه|جمعها)\s+(?:مع|من|ب)|مع|ب)\s*")


def _args_from_frame(st: _Sentence, cue: _Cue, partner: str, mine: list, args):
    """No reading yet: a notice as the subject's second verb, a goal stated by the reporter, talks named in a
    later clause, in an opening adjunct or in the reporting frame."""
    norm, actors, focus, reporters, content, lead = st.norm, st.actors, st.focus, st.reporters, st.content, st.lead
    m, row, code, governs, c_start, c_end = cue.m, cue.row, cue.code, cue.governs, cue.c_start, cue.c_end
    rep = cue.rep
    comma = max(norm.rfind("،", c_start, m.start()), norm.rfind(",", c_start, m.start()), c_start)
    if args is None and governs and lead is not None and lead.start < comma and lead.code in (focus, partner) \
            and not norm[comma:m.start()].strip(" ،,") and not _listed_after(norm, lead, actors):
        # "واستدعت روسيا السفير البريطاني …، وأبلغته أن أمام لندن شهرا لخفض حجم بعثتها": the notice is a
        # second verb of the sentence's subject, its addressee's side named in what it orders
        w = next((a for a in mine if m.end() <= a.start < min(c_end, m.end() + 60) and a.code in (focus, partner)
                  and a.code != lead.code and a.kind not in ("pair", "nisba")), None)
        if w is not None:
            args = (lead, w, False)
    if args is None and code == "104" and rep is not None and rep[2] is not None \
            and rep[2].code in (focus, partner) and rep[2].kind not in ("pair", "nisba"):
        # "قالت المندوبة الأمريكية … إنها ترى أن تغيير النظام في سوريا إحدى أولويات إدارة ترامب": the side
        # that states the other side's leadership change as its goal demands it (the reporter is the source)
        w = next((a for a in mine if m.end() <= a.start < min(c_end, m.end() + 40) and a.kind != "pair"
                  and a.code in (focus, partner) and a.code != rep[2].code), None)
        if w is not None:
            args = (rep[2], w, False)
    if args is None and code[:2] == "04" and _aspect(m, row) == "noun" and lead is not None \
            and lead.end <= m.start() and lead.start - content <= 25 and lead.code in (focus, partner) \
            and not _listed_after(norm, lead, actors) and not rep \
            and not any(lead.end <= a.start < m.start() and a.code not in (focus, partner) for a in actors):
        # "استعرض الرئيس المصري …، وذلك خلال مباحثاته مع نظيره الروسي": talks named with "مع X" in a
        # later clause are the sentence subject's talks with X
        w = next((a for a in mine if c_start <= a.start < c_end and a.start >= m.end() and a.kind not in
                  ("pair", "nisba") and _WITH_REL.fullmatch(norm, m.end(), a.start)), None)
        if w is not None and {w.code, lead.code} == {focus, partner}:
            args = (lead, w, True) if lead.code == focus else (w, lead, True)
    if args is None and code[:2] == "04" and _aspect(m, row) == "noun" and not rep \
            and re.search(r"[،,]\s*(?:[وف]?(?:ذلك\s+)?(?:خلال|اثناء|في|لدي|عقب|بعد)\s+)$",
                          norm[max(c_start, m.start() - 20):m.start()]):
        # "في محاولة لتجنيب إدلب …، تناول وزير الخارجية التركي مولود تشاوش أوغلو، خلال لقاء مع نظيره الروسي
        # …": after an opening adjunct, the subject of the clause's verb (one word after a comma or the start)
        # has the meeting named in an adjunct after it with "مع X"
        w = next((a for a in mine if c_start <= a.start < c_end and a.start >= m.end() and a.kind not in
                  ("pair", "nisba") and _WITH_REL.fullmatch(norm, m.end(), a.start)), None)
        subj = None
        for a in mine:
            if a.end > m.start() or a.kind in ("pair", "nisba") or w is None or a.code == w.code:
                continue
            cut = max(norm.rfind("،", c_start, a.start), norm.rfind(",", c_start, a.start), c_start - 1)
            if re.fullmatch(r"\s*[وف]?[^\W\d_]{3,}\s+", norm[cut + 1:a.start]) \
                    and not any(a.end <= b.start < m.start() and b.code not in (a.code,) for b in actors):
                subj = a
                break
        if subj is not None and {w.code, subj.code} == {focus, partner}:
            args = (subj, w, True) if subj.code == focus else (w, subj, True)
    if args is None and code[:2] == "04" and _aspect(m, row) == "noun":
        # "وقال بوتين في مكالمته مع نتنياهو، …، إنه …", "وأضاف لافروف في مؤتمر صحافي مع نظيره الألماني أن …":
        # a meeting or call named in the reporting frame with its other side is the speaker's
        frame = next((who for r0, r1, who, c0 in reporters if r0 < m.start() < c0 and who is not None
                      and who.end <= m.start() and who.kind not in ("pair", "nisba")), None)
        w = next((a for a in mine if a.start >= m.end() and a.kind not in ("pair", "nisba")
                  and re.fullmatch(r"\s*(?:مع|ب)\s*", norm[m.end():a.start])), None)
        if w is None and code == "042":
            # "وقال بومبيو، بعد زيارتين إلى السعودية وتركيا، …، إن …": each country of the list after إلى is
            # visited by the speaker
            w = next((a for a in mine if a.start >= m.end() and a.kind not in ("pair", "nisba")
                      and a.code in (focus, partner) and _TO_LIST.fullmatch(norm, m.end(), a.start)), None)
        if frame is not None and w is not None and {frame.code, w.code} == {focus, partner} \
                and not any(frame.end <= a.start < m.start() and a.code != frame.code for a in actors):
            # (the speaker's name after his office, "وزير الخارجية الأمريكي مايك بومبيو", is the same speaker)
            args = (frame, w, True) if frame.code == focus else (w, frame, True)
    return args


def _args_from_subject(st: _Sentence, cue: _Cue, partner: str, mine: list, args) -> tuple:
    """No reading yet: the speaker or the subject's meeting "بينه وبين", a coordinated verb, the pair of an
    earlier dual meeting, a fronted meeting, "وهو ما", a verb or a participle after the main clause, a critic's
    or an expeller's genitive, the last verb act's subject. Returns (args, c_start): a participle's own part
    narrows the clause."""
    norm, s_start, s_end, actors, focus, content = st.norm, st.s_start, st.s_end, st.actors, st.focus, st.content
    lead, svo, dual_pair, prev_verb = st.lead, st.svo, st.dual_pair, st.prev_verb
    m, row, code, c_start, c_end, rep = cue.m, cue.row, cue.code, cue.c_start, cue.c_end, cue.rep
    him = rep[2] if rep is not None and rep[2] is not None and rep[2].code in (focus, partner) else lead
    if args is None and code[:2] == "04" and _aspect(m, row) == "noun" and him is not None \
            and him.code in (focus, partner) and him.kind not in ("pair", "nisba") and him.end <= m.start() \
            and (bp := _BETWEEN_HIM.match(norm, m.end())) is not None \
            and not any(him.end <= a.start < m.start() and a.code not in (focus, partner)
                        and a.kind not in ("pair", "nisba")
                        and not _OBLIQUE_ROLE.search(norm, max(0, a.start - 24), a.start) for a in actors):
        # (a third party's person named after the speaker, as a subject, is the pronoun's: "قال رئيس كوريا
        # الجنوبية … إن الزعيم الكوري الشمالي … أعرب … عن أمله في أن تضع القمة المرتقبة بينه وبين الرئيس
        # الأمريكي …"; not one after a preposition: "اقترح … أن تذهب جائزة نوبل … إلى نظيره الأمريكي …")
        # "اللقاء التاريخي الذي جرى بينه وبين الزعيم الكوري الشمالي": the pronoun is the speaker of ours or the
        # sentence's subject (in "القمة بينه وبين …" said by a third party's leader, that leader: no event)
        w = next((a for a in mine if a.start == bp.end() and a.kind not in ("pair", "nisba")), None)
        if w is not None and {w.code, him.code} == {focus, partner}:
            args = (him, w, True) if him.code == focus else (w, him, True)
    if args is None and lead is not None and _aspect(m, row) == "verb" and m.group().startswith("و") \
            and (h := _cue_head(m.group().strip())) is not None and _finite(h.group()) \
            and lead.code in (focus, partner) and lead.kind not in ("pair", "nisba") \
            and not norm[content:lead.start].strip(" \t\"«“-—،,:") and lead.end < m.start() and not rep \
            and _FINITE_BETWEEN.match(norm, lead.end, m.start()) and _agrees(h.group(), lead) \
            and not any(0 < a.start - lead.end <= 2 for a in actors) \
            and not any(lead.end <= a.start < m.start() and a.code in (focus, partner) for a in actors):
        # "كوريا الشمالية تحذر واشنطن وتهدد بتعليق مفاوضاتها مع كوريا الجنوبية": a verb coordinated after
        # the subject's first verb and its object shares that subject; its other side is named after it
        w = next((a for a in mine if m.end() <= a.start < min(c_end, m.end() + 40) and a.code in (focus, partner)
                  and a.code != lead.code and a.kind not in ("pair", "nisba")), None)
        if w is not None and code[:2] != "04" and not any(_flags(norm, w)[:3]):
            args = (lead, w, False)
    if args is None and dual_pair.get(partner) is not None and _aspect(m, row) == "verb" \
            and code[:2] in _SYMMETRIC_ROOTS and (h := _cue_head(m.group().strip())) is not None \
            and _DUAL.search(h.group()) and not any(c_start <= a.start < c_end for a in actors):
        # "التقيا في أبريل …، عندما وقعا «إعلان بانموجوم»، …، بينما اجتمعا في مايو": a dual verb of a clause
        # that names nobody has the pair of the sentence's earlier meeting or agreement as its subject
        args = dual_pair[partner]
    if args is None and code[:2] == "04" and _aspect(m, row) == "noun":
        args = _dual_meeting_pair(norm, m, actors, focus, partner)
    if args is None and code[:2] == "04" and _aspect(m, row) == "noun" and not rep \
            and re.search(r"\w(?:ه|ها)$", m.group().strip()) \
            and _FRONTED_DURING.fullmatch(norm, s_start, m.start()):
        # "من جهته، وخلال لقائه الرئيس الأمريكي دونالد ترامب الثلاثاء بالبيت الأبيض، أكد أمير قطر …": a meeting
        # named in an opening adjunct with its other side is the meeting of the subject of the verb after it
        args = _fronted_meeting(norm, m, mine, actors, s_end, focus, partner)
    if args is None and code[:2] in ("11", "12") and _WHICH_CLAUSE.match(norm, c_start, m.start()) \
            and re.search(r"(?:ه|ها)$", m.group().strip()):
        # "ويطالب البيت الأبيض بكين بخفضه …، وهو ما رفضته الصين حتى الآن": the subject after the verb rejects
        # (or denounces) what the clause before told; its other side is the one named last before the clause
        subj = next((a for a in mine if c_start <= a.start < c_end and a.start >= m.end()
                     and a.kind not in ("pair", "nisba") and not norm[m.end():a.start].strip()), None)
        other = next((a for a in reversed(mine) if s_start <= a.start < c_start and a.kind not in ("pair", "nisba")
                      and subj is not None and a.code != subj.code), None)
        if subj is not None and other is not None and {subj.code, other.code} == {focus, partner}:
            args = (subj, other, False)
    verb_after = _aspect(m, row) == "verb" and _BEFORE_THAT.search(norm, max(s_start, m.start() - 12), m.start())
    threat_after = code[:2] == "13" and _THREAT_PARTICIPLE.fullmatch(m.group().strip())
    noun_after = _aspect(m, row) == "noun" and code[:2] == "05" \
        and _PARTICIPLE_BEFORE.search(norm, max(s_start, m.start() - 16), m.start())
    subj = _verb_subject(norm, mine, s_start, m.start()) if noun_after else him
    if args is None and (verb_after or noun_after or threat_after) and subj is not None and subj.code in (focus, partner) \
            and subj.kind not in ("pair", "nisba") and subj.end <= m.start():
        # "وقال الشيخ تميم "…"، قبل أن يشكر للرئيس الأمريكي مساعيه": the verb after "قبل أن" / "بعد أن" has the
        # sentence's subject (its speaker) as its own; its other side is named right after it. So has the
        # support named after a participle ("أعربت سوريا عن إدانتها …، مؤكدة "تضامنها الكامل" مع طهران")
        gap = _OTHER_RIGHT_AFTER if verb_after else _THREATENED_SIDE if threat_after else _OTHER_SOON_AFTER
        w = next((a for a in mine if a.start >= m.end() and a.kind not in ("pair", "nisba")
                  and gap.fullmatch(norm, m.end(), a.start)), None)
        # (a subject of another country between them is the verb's own; a participle agrees with the main one)
        if w is not None and {w.code, subj.code} == {focus, partner} and (noun_after or threat_after or not any(
                subj.end <= a.start < m.start() and a.code not in (subj.code,) for a in actors)):
            args = (subj, w, code[:2] in _SYMMETRIC_ROOTS and code != "051")  # praise is one-way
            if noun_after:
                c_start = noun_after.start()  # the participle's own part: a date of the main clause is not its
    if args is None and code[:2] == "11" and _aspect(m, row) == "noun":
        args = _critic_genitive(norm, m, mine, c_end, focus, partner)
    if args is None and code == "166":
        args = _expeller_genitive(norm, m, mine, focus, partner)
    pv = prev_verb.get(partner) or svo.get(partner)
    if pv is not None and (args is None or not args[2] and args[0].code != pv[0].code) \
            and _aspect(m, row) == "verb" and (other := _coordinated_act(norm, m, pv, actors)) is not None \
            and {pv[0].code, other.code} == {focus, partner}:
        # "عندما طردت الرياض السفير الكندي واستدعت سفيرها وجمدت العلاقات التجارية": a verb coordinated right
        # after the last act and its objects, with no subject of its own, is the same subject's act on the
        # same side: one row per listed act (session 77: or on the other side named as its object; and the
        # shared subject wins over a reading that made the object the agent: "انتقدت ألمانيا تركيا ثم اتهمتها")
        args = (pv[0], other, False)
    return args, c_start


def _bind_arguments(st: _Sentence, cue: _Cue, partner: str, mine: list) -> tuple:
    """(args, invite, c_start): the source and target of the cue with this partner, in four steps; args is None
    when none binds."""
    args, invite = _invited_or_read(st, cue, partner, mine)
    args = _args_amended(st, cue, partner, mine, args)
    args = _args_from_frame(st, cue, partner, mine, args)
    args, c_start = _args_from_subject(st, cue, partner, mine, args)
    return args, invite, c_start


def _oriented_sides(st: _Sentence, cue: _Cue, partner: str, mine: list, args) -> tuple | None:
    """(src, tgt, symmetric) of the bound arguments, turned where the construction says the target acts (a
    supply noun's genitive, a buyer, a receiver, pressure …من), or None when a gate on the sides drops the
    row (a thing not mentioned, a reply to no side, an accuser as target, a third party, what is asked for,
    warned of or important…). Records the last verb act and the first dual meeting of the partner."""
    norm, actors, cue_rx, cues, dual_pair = st.norm, st.actors, st.cue_rx, st.cues, st.dual_pair
    prev_verb = st.prev_verb
    m, row, code, c_start, c_end = cue.m, cue.row, cue.code, cue.c_start, cue.c_end
    if _aspect(m, row) == "noun" and _NOT_MENTIONED.search(norm, max(c_start, m.start() - 60), m.start()):
        return None  # "ولم يذكر المتحدث الكوري الشمالي القمة بين ترمب وكيم": a thing not mentioned is not told
    if str(row.get("note", "")).startswith("replied to the other side itself") and not (
            (on := _REPLY_ON.match(norm, m.end())) is not None
            and args[0].start < on.end() <= args[1].start and args[0].kind != "people"
            and _REPLY_TO.fullmatch(norm, on.end(), args[1].start) and not _BY_ACT.match(norm, args[1].end)
            and not any(x.start() >= args[1].end for x in cue_rx.finditer(norm, args[1].end, c_end))):
        return None  # "ردت موسكو على لندن بطرد …": the act is the reply; "رد على سؤال عن إيران": no side answered;
        # "الكنديون يردون على ترامب": citizens are not the state
    src, tgt, symmetric = args
    if _aspect(m, row) == "verb" and not symmetric:
        prev_verb[partner] = (src, tgt, m.end())
    if str(row.get("note", "")).startswith(EVIDENCE_NOTE) and _evidence_denied(norm, m):
        return None  # "لم يقدم أي دليل واضح على أن إيران تسعى …", "لا توجد أدلة على أن …": no charge is made
    if code[:2] not in ("11", "12") and _evidence_holder_as_target(norm, m, src, tgt):
        return None  # "أن الولايات المتحدة تملك دليلا على أن الرئيس السوري بشار الأسد شن الهجوم الكيميائي": the
        # attack is what the evidence charges, not an act on the United States (the frame is its 112 row)
    if code[:2] not in ("11", "12") and _accuser_as_target(norm, m, src, tgt):
        return None  # "واتهم محمد السادس … الجزائر بأنها "تمول وتحتضن وتساند" لجبهة البوليساريو": the charge's acts
        # have their own object (a third party here), not the accuser
    if row.get("upetr_lemma") == "طلب" and src.start >= m.end() \
            and _ASKED_OF.fullmatch(norm, m.end(), src.start):
        return None  # "أنه طلب من روحاني ممارسة الضغوط … على النظام السوري": the one asked is no asker
    if code[:2] in _SYMMETRIC_ROOTS:
        dual_pair.setdefault(partner, (src, tgt, True))
    if (code[:2] in _SYMMETRIC_ROOTS or code == "125") and _with_a_third(norm, src, tgt, actors, m, code):
        return None  # "تأجيل الاجتماع الثلاثي مع السودان وإثيوبيا": a gathering of three, not of the pair
    if (code in ("040", "043") or code[:2] == "11") and _aspect(m, row) == "verb" \
            and _object_not_ours(norm, m, src, tgt, actors):
        # "استقبل أردوغان لاعبي المنتخب قبل مباراة العراق": the guests are the players; "واتهم الأمير محمد بن
        # سلمان بعض من تم القبض عليهم بتقديم معلومات لوكالات … ذات الصلة بقطر وإيران": the accused are people
        return None
    if code[:2] in ("11", "12") and _aspect(m, row) == "verb" and src.end <= m.start() \
            and _object_then_verb(norm, m, tgt):
        return None  # "بوتين ينتقد مجموعة السبع ويؤكد استعداده للقاء ترامب": the G7 is criticised, not Trump
    if code == "163" and tgt.start > m.end() and _ON_OTHERS.search(norm, m.end(), tgt.start):
        return None  # "فرض ترامب رسوما جمركية … على حلفائه إضافة إلى اقتراحه عودة روسيا": the allies are taxed
    if code[:2] == "07" and src.start >= m.start() and tgt.start > src.end and src.kind != "nisba" \
            and _SUPPLY_NOUN.match(m.group().strip()) and re.fullmatch(r"\s*", norm[m.start() + len(
                m.group().strip().split()[0]):src.start]):
        # "إمداد تركيا بمنظومة …", "تسليم سوريا المنظومة": the genitive of a supply noun is who receives
        # (not goods named by their maker's demonym: "صفقة بيع أسلحة روسية للعراق" is Russia's sale)
        src, tgt = tgt, src
    if code in ("111", "166", "161") and _OBJECT_NOUN_CUE.search(row["pattern"]):
        # "استدعاء السفير البريطاني", "بطرد 23 دبلوماسيا بريطانيا": the nationality of the ambassador or of
        # the diplomats is the target (a verbal noun's object is not its agent)
        last = m.start() + len(m.group().rstrip()) - len(m.group().rstrip().split()[-1])
        obj = next((a for a in mine if last <= a.start <= m.end() + 3 and a.kind not in ("pair",)), None)
        if obj is not None and obj.code == src.code and tgt.code != src.code:
            src, tgt = tgt, src
    if row["aspect"] == "buy":
        src, tgt = tgt, src  # "اشترت فيتنام غواصات روسية": Russia supplies Vietnam
    elif _RECEIVE.search(norm, c_start, m.start()) and re.search(r"(?<![\w])من\s*$",
                                                                   norm[max(0, src.start - 5):src.start]
                                                                   if src.start > tgt.start else
                                                                   norm[max(0, tgt.start - 5):tgt.start]):
        if tgt.start > src.start:
            src, tgt = tgt, src  # "دمشق ستحصل على دعم من روسيا": Russia gives
    if code[:2] in ("02", "10") and _content_before(norm, cue_rx, m, tgt if tgt.start > m.start() else None,
                                                   c_end):
        return None  # "طالبت روسيا بتخفيف العقوبات على …": what is asked for is the event, not the appeal
    if code[:2] == "02" and any(cues[int(x.lastgroup[1:])]["cameo_code"][:2] in _COOP_ROOTS
                                for x in cue_rx.finditer(norm, m.end(), c_end)):
        return None  # "دعا لافروف الزعيم الكوري إلى زيارة روسيا": the invitation is the event (an intent)
    if row["upetr_lemma"] == "اتفق" and any(not _in_purpose(norm, x, m.end()) and x.start() - m.end() <= 30
                                           for x in cue_rx.finditer(norm, m.end(), c_end)):
        return None  # "اتفقتا على توسيع التعاون العسكري": what they agreed on is the event (an intent)
        # (not what it is for: "اتفقتا على مواصلة الجهود المشتركة من أجل تحسين العلاقات" is the promise; not
        # a later adjunct: "يتفقان على الالتزام بنزع السلاح النووي في أعقاب قمة تاريخية")
    if str(row.get("note", "")).startswith("warned the other side") and _aspect(m, row) == "verb" and not (
            tgt.start > m.end() and _WARN_OBJECT.match(norm, tgt.end)):
        return None  # "حذرت طهران من أنها تعارض …": a warning with no addressee of ours is no act toward it
    cue_head = m.group().strip().split()[0] if m.group().strip() else ""
    if code[:2] in ("05", "06", "07", "08") and _IMPORTANCE_OF.search(norm, max(c_start, m.start() - 45), m.start()):
        return None  # "شدد على أهمية تشجيع الاستثمارات … بين لبنان والسعودية": what matters, not an act
    if str(row.get("note", "")).startswith("explained its view") and not (
            src.start < tgt.start and "ل" in norm[max(0, tgt.start - 1):tgt.start + 1]):
        return None  # "أوضح المتحدث للصحفيين موقف إيران من تركيا": told to others, about the pair
    if str(row.get("note", "")).startswith("highlighted or commended"):
        owner = next((a for a in actors if 0 <= a.start - m.end() <= 2), None)
        if owner is None or owner.code != tgt.code or src.code == tgt.code:
            return None  # "أبرز أردوغان دور تركيا في مواجهة إيران": the role praised is the other side's, named right after
    if re.match(r"[وف]?(?:ب|تحت\s)(?:ال)?(?:ضغط|ضغوط)", m.group().strip()):
        if not (src.end <= m.start() < tgt.start):
            return None  # who presses is named after من, or the pressure has no author of ours
        src, tgt = tgt, src  # "استقالته … بضغط من ولي العهد": the one after من presses the one who acts
    if re.fullmatch(r"[وف]?هنا(?:ه|ها|هم|هما)", cue_head) and src.end <= m.start() and tgt.end <= m.start() \
            and src.start > tgt.start:
        # "أجرى الملك سلمان مكالمة هاتفية بالرئيس اللبناني ميشل عون هنأه فيها بفوزه": the object pronoun is
        # the one named last; the one who calls congratulates
        src, tgt = tgt, src
    if code[:2] in ("11", "12", "13") and _aspect(m, row) != "noun" and _PLURAL_OBJ.search(cue_head):
        return None  # "… و19 شخصا تتهمهم بمحاولة …": the object is the pronoun (people), not a named country
    if code[:2] in ("11", "12") and _aspect(m, row) == "verb" and tgt.start > m.end() \
            and _MEDIA_OBJECT.search(norm, max(m.end(), src.end if src.start > m.start() else m.end()), tgt.start):
        return None  # "انتقد ماكرون … تقارير إعلامية تحدثت عن مضمون لقائه مع نظيره الأميركي": the media are criticised
    if code[:2] == "11" and code != "112" and _ALLEGATION_OBJECT.match(norm, m.end()):
        return None  # "وندد الرئيس الأمريكي بمزاعم … بأن حملته تواطأت مع الكرملين": he denies what is said of him
    if code[:2] == "11" and _EVIDENCE_SUBJECT.search(norm, max(c_start, m.start() - 12), m.start()):
        return None  # "أدلة تدين ترامب": evidence incriminates; nobody condemns
    if code == "057" and _NOT_SIGNED.search(norm, max(c_start, m.start() - 60), m.start()):
        return None  # "ولم توقع إسرائيل وسوريا على معاهدة سلام": no treaty is a standing state, not an act
    return src, tgt, symmetric


def _status_of(st: _Sentence, cue: _Cue, partner: str, mine: list, invite, src, tgt, symmetric) -> tuple | None:
    """(status, ev_code, mod_rule, src, tgt, symmetric) of the row: its status and code (refused, sponsored,
    measures, a participle's threat, a rejection recoded, planned, appealed for, promised, invited, conditional,
    a third party's claim), or None (an antecedent pronoun, co-agents, a place, no comment, a counterfactual)."""
    norm, s_start, s_end, actors, focus, timexes = st.norm, st.s_start, st.s_end, st.actors, st.focus, st.timexes
    pub, out, seen = st.pub, st.out, st.seen
    m, row, code, c_start, c_end, rep = cue.m, cue.row, cue.code, cue.c_start, cue.c_end, cue.rep
    status, ev_code, mod_rule = _status(norm, c_start, m, code, row, s_start, s_end)
    refused = _refused_by(norm, m, actors) if code[:2] in _REFUSE else None
    if refused is not None and status != "denied":
        # "رفض الرئيس الأمريكي الاعتراف بالقدس عاصمة لإسرائيل": the act its subject refuses is denied (12x)
        status, mod_rule = "denied", "status:denied(refused by the subject before it)"
        ev_code = _REFUSE[code[:2]]
    if refused is not None and status == "denied":
        # the refused act replaces the refusal verb's own row ("رفضت تركيا الاعتراف …" keeps that row when
        # the act gives none)
        for r in [r for r in out if abs(r.get("_refusal_at", -9) - refused) <= 1
                  and {r["source"], r["target"]} == {src.code, tgt.code}]:
            out.remove(r)
            seen.discard((r["cameo_code"], r["source"], r["target"]))
    if code in ("040", "046") and status == "reported" and src.end <= m.start() < m.end() <= tgt.start \
            and _SPONSORED.search(norm, max(c_start, m.start() - 40), m.start()) \
            and _BETWEEN_AFTER.match(norm, m.end()) and tgt.start - m.end() <= 60:
        # "رعت فرنسا محادثات بين رئيس حكومة الوفاق الليبية … و…": the sponsor of talks between the other side's
        # people mediates (045); it takes no part in them
        ev_code, mod_rule = "045", "cue:sponsored-between"
    if code[:2] == "13" and status == "intent" and _MEASURES.match(m.group().strip()):
        # "ستتخذ إجراءات مضادة": announcing counter-measures to come is the threat, and it was made
        status, ev_code, mod_rule = "reported", code, "status:reported(measures announced: a threat)"
    if code[:2] == "11" and re.search(r"(?:ه|ها|هم)$", m.group().strip()) \
            and (rel := _REL_OBJECT.search(norm, max(s_start, m.start() - 16), m.start())) is not None \
            and not (tgt.end <= rel.start() and not norm[tgt.end:rel.start()].strip(" \t\"»”،,")):
        return None  # "جيش المهدي"، …، والذي تتهمه واشنطن بـ…": the pronoun is the antecedent, not one of ours
    main = next((a for a in mine if s_start <= a.start and a.kind not in ("pair", "nisba")), None) \
        if code[:2] == "13" and _THREAT_PARTICIPLE.fullmatch(m.group().strip()) else None
    if main is not None and main.end <= m.start() and main.code in (focus, partner) and src is not main:
        # "وكانت روما قد طالبت باريس بالاعتذار، مهددة بإلغاء اجتماع ماكرون مع كونتي": a participle after the
        # comma threatens with the main clause's subject (the sentence's first side); the people of the
        # threatened meeting are its content
        other = next((a for a in (src, tgt) if a.code != main.code), None)
        if other is not None:
            src, tgt, symmetric = main, other, False
    if code == "125" and "دعوه" in m.group() and m.start() < src.start < m.end() <= tgt.start:
        # "إلغاء دعوة وزير الخارجية الروسي، سيرجي لافروف، لزيارة بريطانيا": the host who invited cancels, the
        # one invited (inside the phrase) is refused
        src, tgt = tgt, src
    dest = next((a for a in actors if m.end() <= a.start <= m.end() + 80 and a.code in (src.code, tgt.code)
                 and _VISIT_DEST.search(norm, m.end(), a.start)), None) \
        if code == "125" and "زيار" in m.group() and src.code != tgt.code else None
    if dest is not None and dest.code == src.code:
        # "أعلم الوزير الفرنسي … الوزير التونسي بتأجيل زيارة العمل التي كان يعتزم أداءها إلى تونس": the visit's
        # destination (after إلى/ل) is the side put off; the other side postpones it
        src, tgt = tgt, src
    first, second = (src, tgt) if src.start < tgt.start else (tgt, src)
    if code[:2] in ("17", "18", "19", "20") and m.end() <= first.start \
            and _CO_AGENT.fullmatch(norm, first.end, second.start):
        return None  # "غارات شنتها دمشق مع حليفتها موسكو": two agents of one act, neither its target
    if code[:2] in ("18", "19") and tgt.start > m.end() and _AGAINST_OTHER.fullmatch(norm, m.end(), tgt.start):
        return None  # "غارات ضد الجهاديين في سوريا والعراق": the strikes' target follows ضد; the country is a place
    if code[:2] == "12" and _NO_COMMENT.match(norm, m.end()):
        return None  # "رفض ماكرون التعليق": declining to comment rejects nothing of the other side
    if code[:2] == "12" and status == "reported" and _DENY_OBJECT.match(norm, m.end()) \
            and not re.match(r"\s*[.،,؛]|\s*$", norm[m.end():m.end() + 2]):
        ev_code, mod_rule = "016", "status:reported(rejects the accusation: a denial)"
    elif code[:2] == "12" and status == "reported" and tgt.start > m.end() \
            and _HARM_TO.search(norm, m.end(), tgt.start) and not _WORDS_OBJECT.match(norm, m.end()):
        # "مؤكدا على رفض الأحكام المسبقة ومحاولات تقويض استقرار السعودية": rejecting harm done to the other
        # side is standing by it (051), not rejecting it
        ev_code, mod_rule = "051", "status:reported(rejects harm to the other side: support)"
    elif code[:2] == "12" and status == "reported" and _WORDS_OBJECT.match(norm, m.end()):
        # "أعربت فرنسا عن رفضها الشديد لتصريحات الرئيس الأمريكي": rejecting what the other side said is
        # criticism of it (111); a rejected proposal or demand stays a rejection (12)
        ev_code, mod_rule = "111", "status:reported(rejects remarks: criticism)"
    if code[:2] == "04" and status == "reported" and _aspect(m, row) == "noun" and (
            _PLANNED_AFTER.match(norm, m.end()) or _BEFORE_MEETING.search(norm, max(c_start, m.start() - 30),
                                                                         m.start())):
        # "قبيل القمة المقررة الاثنين بين ترامب وبوتين", "قبل قمة بوتين وترمب": the summit is still planned
        status, ev_code, mod_rule = "intent", "036", "status:intent(planned meeting)"
    participle_threat = code[:2] == "13" and _THREAT_PARTICIPLE.fullmatch(m.group().strip()) is not None
    if status == "reported" and code[:2] not in ("02", "03") and not participle_threat and not (
            code == "163" and _IMPOSED_REL.match(norm, m.end())) and (
            _appeal_governs(norm, c_start, m.start())
            or any(a.end() <= m.start() for a in _AGREED_ON.finditer(norm, c_start, m.start()))):
        status, ev_code, mod_rule = "intent", _INTENT.get(code[:2], code), "status:intent(appeal)"
    if code[:2] == "04" and status == "reported" and _aspect(m, row) == "noun" \
            and _LEAD_FUTURE.search(norm, max(c_start, m.start() - 80), m.start()):
        # "سيقود وفدا من ثمانية أعضاء إلى كوريا الجنوبية في زيارة": the visit he will lead is planned
        status, ev_code, mod_rule = "intent", "036", "status:intent(will lead a delegation)"
    if code == "054" and status == "reported" and _aspect(m, row) == "noun" \
            and _PROMISE_OF.search(norm, max(c_start, m.start() - 50), m.start()):
        # "لتنفيذ وعد الرئيس الأمريكي دونالد ترامب بنقل السفارة الأميركية في إسرائيل": promised, not done
        status, ev_code, mod_rule = "intent", "030", "status:intent(promise)"
    if invite is not None and status == "reported":
        status, ev_code, mod_rule = "intent", "036", "status:intent(invitation)"
    if code[:2] == "04" and status == "reported" and _coming_weekday(norm, c_start, c_end, m, timexes, pub):
        status, ev_code, mod_rule = "intent", "036", "status:intent(imperfect with a coming weekday)"
    if status == "intent" and _CONDITION_AFTER.search(norm, m.end(), min(s_end, m.end() + 120)):
        status, ev_code, mod_rule = "hypothetical", code, "status:hypothetical(condition after)"  # "ستزود … إذا طلبت"
    if _counterfactual(norm, s_start, m.start()):
        return None  # "لو كان رئيسا …، لقام باستدعاء السفير": the act of an unreal condition was not done
    if in_protasis(norm, s_start, m.start()):
        return None  # "وفي حال توجه مون جاي إن إلى بيونغ يانغ فستكون …": the act of a condition is no event (session 117)
    who = rep[2] if rep is not None else None
    if status == "reported" and who is not None and who.kind not in ("pair", "nisba") \
            and who.code not in (focus, partner) and code[:2] in _CLAIM_ROOTS \
            and not (src.start <= who.start < src.end or tgt.start <= who.start < tgt.end):
        # "قال السفير الأمريكي إن روسيا زودت سوريا بالسلاح": a third party's claim about the pair
        status, mod_rule = "alleged", "status:alleged(third-party report)"
    return status, ev_code, mod_rule, src, tgt, symmetric


def _dated(st: _Sentence, cue: _Cue, invite, status: str, ev_code: str, mod_rule: str, src, tgt) -> tuple:
    """(date, date_rule, status, ev_code, mod_rule): the row's date (its clause's, the speaker's own frame, a
    second one met, a statement going on, the same speaker, as said, announced, غداة) and the status it implies
    (dated after publication: planned; an invitation handed on a past day: undated)."""
    norm, s_start, s_end, timexes, prev_dates, pub = st.norm, st.s_start, st.s_end, st.timexes, st.prev_dates, st.pub
    speaker, reporters, holes = st.speaker, st.reporters, st.holes
    m, code, c_start, c_end, rep = cue.m, cue.code, cue.c_start, cue.c_end, cue.rep
    who = rep[2] if rep is not None else None
    frames = reporters
    if who is not None and who.code == src.code and (ev_code[:2] in _SPEECH_ROOTS or ev_code == "051") \
            and not (ev_code[:2] == "03" and _MEDIA_ADDRESSEE.match(who.form)):
        # (a state agency reporting its leader's act is not its speaker: "ذكرت وكالة الأنباء الكورية الشمالية
        # الأربعاء أن كيم قد دعا ترامب …، وذلك خلال القمة … الثلاثاء" - the invitation has the Tuesday)
        # a speech act of the speaker itself ("أعلن بوتين مساء الأحد أن بلاده مستعدة للتعاون مع لندن"):
        # the date of its reporting frame is its own
        frames = [r for r in reporters if r[2] is not who]
    date, date_rule = _event_date(norm, c_start, c_end, s_start, s_end, m, timexes, frames, prev_dates,
                                  status, pub, holes)
    if frames is not reporters and code[:2] == "04" and ev_code == "036":
        # a meeting the speaker says is planned for a day of its own ("أكدت الرئاسة الفرنسية الخميس أن اللقاء
        # الذي كان مقررا الجمعة … سيجري في موعده"): that day, not the frame's; with none, the frame's
        own_day = _event_date(norm, c_start, c_end, s_start, s_end, m, timexes, reporters, prev_dates,
                              status, pub, holes)
        if own_day[0] is not None and str(own_day[1]).startswith("timex"):
            date, date_rule = own_day
    second = _SECOND_WITH.search(norm, max(c_start, tgt.start - 24), tgt.start) if tgt.start > m.end() else None
    if second is not None and date is not None:
        # "تشاور أردوغان هاتفيا الأربعاء مع ميركل والخميس مع نظيره الفرنسي": the second one met has its own day
        own_day = next((t for t in timexes if second.start() <= t["n_start"] < tgt.start and t["dated"]), None)
        if own_day is not None:
            date, date_rule = (own_day["date_start"], own_day["date_end"], own_day["precision"],
                               own_day["text"]), f"timex:{own_day['rule']}:second-with"
    if date is None and rep is not None and who is not None and who.code == src.code \
            and ev_code[:2] in _SPEECH_ROOTS and prev_dates and prev_dates[-1][2] == "day" \
            and not prev_dates[-1][4].startswith("aside:") \
            and _CONTINUES.match(norm, rep[0]):
        # "وأضاف نتنياهو: لن نسمح لإيران …": the statement goes on; it is dated by the day its beginning,
        # in the sentences before, gives
        d = prev_dates[-1]
        date, date_rule = (d[0], d[1], d[2], d[3]), f"chain:continued-statement:{d[4]}"
    elif date is None and ev_code[:2] == "04" and status == "reported" and prev_dates \
            and prev_dates[-1][2] == "day" and not prev_dates[-1][4].startswith("aside:") \
            and _CONTINUES.match(norm, s_start + len(norm[s_start:s_end])
                                                              - len(norm[s_start:s_end].lstrip(" \t\"«“-—"))) \
            and lx.FIRST_PERSON_MEETING.match(m.group().strip()):
        # "وتابع قائلا: «بحثت مع فخامة الرئيس …»": the speaker's own talks, told in the first person as his
        # statement goes on, are of the day its beginning gives
        d = prev_dates[-1]
        date, date_rule = (d[0], d[1], d[2], d[3]), f"chain:continued-statement:{d[4]}"
    if date is None and (status == "reported" or (status == "intent" and ev_code != "036")) and prev_dates \
            and prev_dates[-1][2] == "day" and not prev_dates[-1][4].startswith("aside:") \
            and _statement_goes_on(norm, s_start):
        # "أصدرت المملكة العربية السعودية وبريطانيا بيانا مشتركا، مساء الجمعة … 3.1 تدرك المملكة المتحدة …
        # وتعهدت بالعمل مع المملكة العربية السعودية": a numbered paragraph of the statement (or "وقال البيان إن
        # …") tells what the statement says, on its day (a planned meeting keeps its own date or none)
        d = prev_dates[-1]
        date, date_rule = (d[0], d[1], d[2], d[3]), f"chain:statement-goes-on:{d[4]}"
    if date is None and ev_code[:2] in _SPEECH_ROOTS and status == "reported" and speaker is not None \
            and speaker.code == src.code and src.kind in ("leader", "role") and prev_dates \
            and prev_dates[-1][2] == "day" and not prev_dates[-1][4].startswith("aside:") \
            and re.fullmatch(r"[\s\"«“\-—]*", norm[s_start:m.start()]) and 0 <= src.start - m.end() <= 2:
        # "قال وزير الخارجية الفرنسي جان إيف لو دريان صباح الأربعاء إن … . ووصف جان إيف لو دريان إعلان إيران
        # بأنها مبادرة غير مرحب بها": the speaker of the sentence before, named again as the subject of the
        # speech act that opens this one, goes on speaking on the day given there
        d = prev_dates[-1]
        date, date_rule = (d[0], d[1], d[2], d[3]), f"chain:same-speaker:{d[4]}"
    if date is None and ev_code[:2] in _SPEECH_ROOTS and status == "reported" \
            and (said := _as_said_date(norm, m.end(), s_end, timexes, pub)) is not None:
        # "حذر وزير الخارجية الإيراني … من انسحاب أمريكا …، حسبما قال للصحافيين، الأحد": the statement's
        # own telling, after it, gives its day
        date, date_rule = said, "timex:as-said"
    if date is None and ev_code[:2] in ("07", "16") and status == "reported" and rep is not None \
            and rep[1] <= m.start() and pub is not None \
            and re.match(r"\s*[وف]?(?:اعلن|اعلنت|اعلنوا|يعلن|تعلن|كشف|كشفت|يكشف|تكشف)(?![\w])", norm[rep[0]:rep[1]]):
        # "أعلنت مصادر … الخميس أن فرنسا منحت لبنان مساعدة عسكرية": a grant is made by announcing it; the
        # announcement's day (in the reporting frame) dates it; so is a withdrawal or a cut of relations (16x:
        # "كما أعلن بومبيو، الأربعاء، أن الولايات المتحدة انسحبت من معاهدة الصداقة … مع إيران")
        said = next((t for t in timexes if rep[0] <= t["n_start"] < rep[1] and t["dated"]
                     and t["precision"] == "day" and str(t["date_start"]) <= pd.Timestamp(pub).date().isoformat()),
                    None)
        if said is not None:
            date, date_rule = (said["date_start"], said["date_end"], said["precision"], said["text"]), \
                f"timex:{said['rule']}:announced"
    if date is not None and date[2] == "day" and (g := _DAY_AFTER.search(norm, max(s_start, m.start() - 24),
                                                                       m.start())) is not None \
            and any(t["n_end"] <= g.start() and t["text"] == date[3] for t in timexes):
        # "في بيان مشترك وقع الاثنين غداة لقاء تاريخي": the act named after غداة was the day before the date
        day = (pd.Timestamp(str(date[0])) - pd.Timedelta(days=1)).date().isoformat()
        date, date_rule = (day, day, "day", date[3]), f"{date_rule}:day-before(غداة)"
    if status == "reported" and date is not None and pub is not None \
            and date[2] in ("day", "week", "month", "approximate") \
            and str(date[0]) > pd.Timestamp(pub).date().isoformat() and code[:2] in _INTENT:
        # "يبدأ الرئيس الإريتري زيارة تاريخية لإثيوبيا، غدا السبت": an act dated after the publication has not
        # happened; it is planned (03x); so is one set for a part of a month still ahead ("يتوجه إلى الولايات
        # المتحدة أواخر أغسطس لإجراء محادثات", published on 16 August)
        status, ev_code, mod_rule = "intent", _INTENT[code[:2]], "status:intent(dated after publication)"
    if invite is not None and status == "intent" and date is not None and pub is not None \
            and str(date[1]) < pd.Timestamp(pub).date().isoformat() \
            and not _during_dated(norm, m.end(), s_end, date):
        # "التقى، الاثنين، رئيس الوزراء اللبناني وسلمه دعوة رسمية لزيارة المملكة": the day the invitation was
        # handed is past; the visit it plans has no date of its own
        date, date_rule = None, "before-publication"
    return date, date_rule, status, ev_code, mod_rule


def _construction_rows(st: _Sentence) -> None:
    """The construction families (:mod:`~marsad.events.constructions`) on the sentence, after the cue loop."""
    text, norm, offsets, s_start, s_end, actors = st.text, st.norm, st.offsets, st.s_start, st.s_end, st.actors
    hosts, ctx, timexes, prev_dates, pub, section = st.hosts, st.ctx, st.timexes, st.prev_dates, st.pub, st.section
    prior, speaker, reporters, clauses, holes, out = st.prior, st.speaker, st.reporters, st.clauses, st.holes, st.out
    seen = st.seen
    out.extend(_reciprocal_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes,
                                  prev_dates, pub, section, holes, (*prior, *_acts(out))))
    out.extend(_recall_events(text, norm, offsets, s_start, s_end, actors, hosts, clauses, seen, ctx, timexes,
                              prev_dates, pub, section, holes))
    out.extend(_claim_events(text, norm, offsets, s_start, s_end, actors, reporters, clauses, seen, ctx, timexes,
                             prev_dates, pub, section, holes, speaker))
    out.extend(_finding_events(text, norm, offsets, s_start, s_end, actors, seen, ctx, timexes, prev_dates, pub,
                               section, holes))
    out.extend(_praise_events(text, norm, offsets, s_start, s_end, actors, reporters, seen, ctx, timexes, prev_dates,
                              pub, section, holes))
    out.extend(_warning_events(text, norm, offsets, s_start, s_end, actors, seen, ctx, timexes, prev_dates, pub,
                               section, holes, (*prior, *_acts(out))))
    out.extend(_judgement_events(text, norm, offsets, s_start, s_end, actors, seen, ctx, timexes, prev_dates, pub,
                                 section, holes))
    out.extend(_demonym_thing_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes,
                                     prev_dates, pub, section, holes))
    out.extend(_denial_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes, prev_dates,
                              pub, section, holes, (*prior, *_acts(out))))
    out.extend(_quoted_speaker_events(text, norm, offsets, s_start, s_end, actors, seen, ctx, timexes, prev_dates,
                                      pub, section, holes, speaker))
    out.extend(_obligation_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes, prev_dates,
                                  pub, section, holes))
    out.extend(_condition_threat_events(text, norm, offsets, s_start, s_end, actors, clauses, seen, ctx, timexes,
                                        prev_dates, pub, section, holes))


def _statement_to_rows(st: _Sentence) -> None:
    """Statements made to the other side ("قال لافروف لكيم إن …")."""
    text, norm, offsets, s_start, s_end, actors = st.text, st.norm, st.offsets, st.s_start, st.s_end, st.actors
    focus, partners, timexes, prev_dates, pub = st.focus, st.partners, st.timexes, st.prev_dates, st.pub
    section, reporters, holes, out, seen = st.section, st.reporters, st.holes, st.out, st.seen
    for r0, r1, who, _ in reporters:
        # "قال لافروف لكيم إن …": a statement made to the other side is an event (01), the reporter its source.
        if who is None or who.code.startswith("?") or who.kind in ("pair", "nisba"):
            continue
        to = next((b for b in actors if who.end < b.start <= who.end + 4 and norm[b.start - 1] == "ل"
                   and b.kind not in ("pair", "nisba")), None)
        if to is not None and _MEDIA_ADDRESSEE.match(to.form):
            to = None  # "أوضح تشاوش أوغلو لوكالة الأنباء الفرنسية": speaking to a news outlet is no act towards its country
        sides = {who.code, to.code} if to is not None else set()
        partner = next((p for p in partners if p in sides), None)
        if partner is None or focus not in sides or any(k[1:] == (who.code, to.code) for k in seen if k[0][:2] == "01"):
            continue
        vm = _WORD.match(norm, r0)
        status, ev_code, mod_rule = _status(norm, s_start, vm, "010", {"cameo_code": "010"}, s_start)
        date, date_rule = _event_date(norm, s_start, s_end, s_start, s_end, vm, timexes, [], prev_dates, status, pub,
                                      holes)
        out.append(_row(text, offsets, s_start, s_end, vm, None, ev_code, status, who, to, False, partner, focus, date,
                        [date_rule, mod_rule, "cue:statement-to"], None, norm, section))


def _judged_act_rows(st: _Sentence) -> None:
    """A reported content judging an act of the other side as wrong (111)."""
    text, norm, offsets, s_start, s_end, actors = st.text, st.norm, st.offsets, st.s_start, st.s_end, st.actors
    focus, partners, timexes, prev_dates, pub = st.focus, st.partners, st.timexes, st.prev_dates, st.pub
    section, reporters, holes, out = st.section, st.reporters, st.holes, st.out
    for r0, r1, who, c0 in reporters:
        # "قال أردوغان إن قرار الولايات المتحدة بنقل سفارتها إلى مدينة القدس خطأ فادح": the content judges an act of
        # the other side (its owner the genitive right after the act noun) as wrong, unacceptable: criticism (111)
        if who is None or who.code.startswith("?") or who.kind in ("pair", "nisba") or c0 != r1:
            continue
        d = _JUDGED_ACT.match(norm, c0)
        owner = d and next((b for b in actors if d.end() <= b.start <= d.end() + 1 and b.code != who.code
                            and b.kind not in ("pair", "nisba")), None)
        sides = {who.code, owner.code} if owner else set()
        partner = next((p for p in partners if p in sides), None)
        if partner is None or focus not in sides or not _disapproving_content(norm, owner.end, s_end) \
                or any(r.get("cameo_code", "")[:2] == "11" and {r.get("source"), r.get("target")} == sides for r in out):
            continue
        vm = _WORD.match(norm, r0)
        status, ev_code, mod_rule = _status(norm, s_start, vm, "111", {"cameo_code": "111"}, s_start)
        date, date_rule = _event_date(norm, s_start, s_end, s_start, s_end, vm, timexes, [], prev_dates, status, pub,
                                      holes)
        out.append(_row(text, offsets, s_start, s_end, vm, None, ev_code, status, who, owner, False, partner, focus,
                        date, [date_rule, mod_rule, "cue:judged-act"], None, norm, section))


def _sentence_events(text, norm, offsets, s_start, s_end, actors, pair_words, recent, ctx, timexes, prev_dates,
                     pub, section, prior=(), speaker=None) -> list[dict]:
    """Events of one sentence naming both sides. The steps: :func:`_sentence_state` (the shared state),
    then for each cue :func:`_cue_reading` (recoding and the gates of the cue), and for each partner
    :func:`_bind_arguments` (source and target), :func:`_oriented_sides` (direction and the gates on the sides),
    :func:`_status_of` (status and code), one row per key and clause date, :func:`_dated` (the date); then the
    construction families, statements to the other side, judged acts and the background rows."""
    st = _sentence_state(text, norm, offsets, s_start, s_end, actors, pair_words, recent, ctx, timexes, prev_dates,
                         pub, section, prior, speaker)
    if st is None:
        return []  # a question asserts no event
    s_end, actors, timexes, focus, partners = st.s_end, st.actors, st.timexes, st.focus, st.partners
    clauses, bg_clauses, out, seen = st.clauses, st.bg_clauses, st.out, st.seen
    own_dates, dated_again = st.own_dates, st.dated_again
    for m in st.cue_rx.finditer(norm, s_start, s_end):
        idx = int(m.lastgroup[1:])
        row = st.cues[idx]
        code = row["cameo_code"]
        if TRACE is not None:
            TRACE.append({"ev": "cue", "start": m.start() - s_start, "text": m.group().strip(), "code": code,
                          "lines": []})
        cue = _cue_reading(st, m, idx, row, code)
        if cue is None:
            continue
        for partner in partners:
            mine = st.mine_by_partner[partner]
            args, invite, c_start = _bind_arguments(st, cue, partner, mine)
            if c_start != cue.c_start:
                cue = cue._replace(c_start=c_start)  # (the participle's own part, for the next partners too)
            if args is None:
                continue
            sides = _oriented_sides(st, cue, partner, mine, args)
            if sides is None:
                continue
            reading = _status_of(st, cue, partner, mine, invite, *sides)
            if reading is None:
                continue
            status, ev_code, mod_rule, src, tgt, symmetric = reading
            c_start, c_end, row, code, rep = cue.c_start, cue.c_end, cue.row, cue.code, cue.rep
            key = (ev_code, src.code, tgt.code)
            own = _clause_date(norm, c_start, c_end, timexes)
            if key in seen and not (own is not None and own_dates.get(key) is not None and own != own_dates[key]
                                    and own not in dated_again.get(key, ())):
                continue  # one event per kind and pair in a sentence, unless its clauses give it different dates
            if key in seen:
                dated_again.setdefault(key, set()).add(own)  # "التقيا في أبريل …، بينما اجتمعا في مايو": two meetings
            seen.add(key)
            own_dates.setdefault(key, own)
            date, date_rule, status, ev_code, mod_rule = _dated(st, cue, invite, status, ev_code, mod_rule, src, tgt)
            tags = ["tense:pluperfect"] if (_PLUPERFECT.search(norm, max(c_start, m.start() - 80), m.start())
                                            or (_WAS_OPEN.match(norm, c_start) and m.start() - c_start <= 100)) else []
            if invite is not None and status == "intent" \
                    and not _ACCEPTED.search(norm, max(c_start, c_start + invite.start() - 20), c_start + invite.start()):
                tags.append("invitation")
            out.append(_row(text, offsets, s_start, s_end, m, row, ev_code, status, src, tgt, symmetric, partner,
                            focus, date, [date_rule, mod_rule, f"cue:{m.group().strip()}", *tags], rep, norm, section))
            out[-1]["_cue"] = idx
            if code == "120" and row.get("upetr_lemma") == "رفض":
                out[-1]["_refusal_at"] = m.start()
    _construction_rows(st)
    _statement_to_rows(st)
    _judged_act_rows(st)
    _drop_protasis_rows(st)
    if not out or bg_clauses:
        out.extend(_background_rows(text, norm, offsets, s_start, s_end, actors, bg_clauses, clauses, focus,
                                    partners, timexes, pub, section))
    return out


def _drop_protasis_rows(st: _Sentence) -> None:
    """The rows of the construction families whose trigger starts inside a condition's protasis
    (:func:`status.in_protasis`: "في حال قامت إيران بتطوير أسلحة ستقوم بالمثل") are dropped, as the cue loop drops its
    own (session 117): the act of a condition is no event."""
    o_start = _orig_span(st.text, st.offsets, st.s_start, st.s_end)[0]
    keep = [r for r in st.out if not in_protasis(st.norm, st.s_start, max(
        st.s_start, bisect_left(st.offsets, o_start + r["trigger_start"], st.s_start, st.s_end)))]
    st.out[:] = keep


# "صباح اليوم", "اليوم": the day of the speaker's words, not of the article
_JUDGED_ACT = re.compile(r"\s*[\"«“]?\s*(?:ال)?(?:قرار|خطوه|اعلان|سياسه|سياسات|تصرف|اجراء|اجراءات)(?![\w])\s*")
_MEDIA_ADDRESSEE = re.compile(r"(?:ال)?(?:وكاله\s+(?:ال)?انباء|صحيفه|قناه|شبكه|اذاعه|تلفزيون|مجله|موقع)(?![\w])")
# ------------------------------------------------------------------ the vocabulary of a diplomatic crisis (session 9)
# An accusation, criticism or threat verb carrying a plural or dual object pronoun ("تتهمهم", "يتهمونهما"): its
# object is that pronoun (persons named before it), so a country after it is no target and one before it no source.
# (the stem of اتهم itself ends in هم: "وتتهم لندن موسكو" has no pronoun)
_PLURAL_OBJ = re.compile(r"^(?!\w*تهم(?:ا|وا|ان|ون|ت)?$)\w{3,}(?:هم|هما)$")
# What is condemned is an allegation ("ندد … بمزاعم", "انتقد الاتهامات"): the speaker rejects what is said of him.
_ALLEGATION_OBJECT = re.compile(r"\s*(?:(?:الرئيس|الامريكي|الاميركي|الروسي|ايضا|مجددا|بشده|هذه|هذا|تلك)\s+){0,3}[وب]?(?:ال)?"
                                r"(?:مزاعم|ادعاء\w*|اتهامات)(?![\w])")
# media as the object of a criticism or a rejection ("انتقد … تقارير إعلامية", "نفى ما نشرته الصحف"): not after a
# preposition ("في مقابلة مع صحيفة")
_MEDIA_OBJECT = re.compile(r"(?<![\w])(?<!في )(?<!مع )(?<!عبر )(?<!الي )(?<!ل)(?:ال)?(?:تقارير|تقرير|صحف|صحيفه|"
                           r"وسائل\s+(?:ال)?اعلام|الاعلام|الصحافه|انباء|الانباء|انباءا)(?![\w])")
# the object of a rejection that is the other side's words ("رفضها الشديد لتصريحات", "يرفض تصريحات")
_WORDS_OBJECT = re.compile(r"[\"»”]?\s*(?:(?:الشديد|القاطع|التام|المطلق|الكامل)[\"»”]?\s+|(?:[^\s،,.]+\s+){1,2}?)?[لب]?(?:ال)?"
                           r"(?:تصريح|تصريحات|اقوال|كلام|تعليق|تعليقات|خطاب)(?![\w])")
# "أدلة تدين ترامب", "وثائق تدين …": an inanimate subject (evidence) incriminates
_EVIDENCE_SUBJECT = re.compile(r"(?<![\w])(?:ال)?(?:ادله|دليل|وثائق|وثيقه|معلومات|تسجيلات)\s*$")
# ("اللقاء الذي كان مقررا الجمعة … سيجري في موعده": a meeting that was set for a day is a plan still)
# ("قبل ساعات من اجتماع في البيت الأبيض بين ترامب ونتنياهو": hours or days ahead of it, still planned)
_BEFORE_MEETING = re.compile(r"(?<![\w])(?:قبل|قبيل)(?:\s+(?:ساعات|ساعه|ساعتين|دقائق|ايام|يوم|يومين|اسبوع|اسبوعين)"
                             r"(?:\s+(?:قليله|معدوده))?\s+من)?\s*$")
_OBJECT_NOUN_CUE = re.compile(r"دبلوماسي|سفير|سفار|قنصلي")
_SUPPLY_NOUN = re.compile(r"[وفبل]?(?:ال)?(?:تزويد|امداد|توريد|تسليم|بيع)(?![\w])")
_COOP_ROOTS = ("03", "04", "05", "06", "07", "08")
_GOVERNS = re.compile(r"^[وف]?(?:ابلغ|ابلغت|ابلغوا|يبلغ|تبلغ|امهل|امهلت|يمهل|تمهل|امهلوا)(?:ه|ها|هم)?(?![\w])")
_GOVERNED_ROOTS = ("16", "10", "17")
# the addressee's own decision named before the act ("أبلغ ماكرون ترامب بأن قراره فرض رسوم … غير شرعي"): no order
_HIS_DECISION = re.compile(r"(?<![\w])(?:قرار|خطو|اجراء)(?:ه|ها|هم|ات(?:ه|ها|هم))\s+(?:\S+\s+)?$")
# a threat verb and the act it threatens, after ب ("تهدد بتعليق مفاوضاتها", "هدد مجددا بفرض عقوبات"): CAMEO 13x by
# the threatened act's root (164 halting negotiations → 134, sanctions and reduced relations → 131, force → 138)
# the threatened act right after ب, or after ب and a verbal noun of carrying it out ("بتنفيذ ضربة عسكرية", "بتوجيه ضربة")
_THREAT_GAP = re.compile(r"\s*(?:[^\s،,.]+\s+){0,6}?[وف]?(?:ب|ب(?:ال)?(?:تنفيذ|توجيه|شن)\s+\S)")
_THREAT_OF = {"16": "131", "17": "137", "12": "130", "18": "138", "19": "138", "20": "138", "15": "138"}
_THREAT_CODE = {"164": "134", "165": "135", "163": "131", "125": "131"}
# a threat of tariffs is a warning of counter-measures (130; gold convention of the US–CN trade war), not of sanctions
_THREAT_LEMMA = {"رسوم": "130"}


# an opening adjunct "(من جهته،) وخلال/وأثناء/وفي …" up to the meeting noun it names
_FRONTED_DURING = re.compile(r"\s*(?:(?:من\s+جهت(?:ه|ها)|بدور(?:ه|ها)|في\s+المقابل)\s*[،,]\s*)?[وف]?(?:خلال|اثناء|في|لدي)\s+")


_NOT_SIGNED = re.compile(r"(?<![\w])[وف]?(?:لم|لا)\s+(?:[يت]وقع|[يت]برم)\w*\s+(?:[^\s.،,]+\s+){0,5}?(?:علي\s+)?(?:اي\s+)?$")


# Receiving: "دمشق ستحصل على دعم من روسيا" - the one after "من" gives.
_RECEIVE = re.compile(r"(?<![\w])[وف]?س?(?:حصل|حصلت|يحصل|تحصل|تلقي|تلقت|يتلقي|تتلقي|تسلم|تسلمت|يتسلم|تتسلم|استلم|"
                      r"استلمت|يستلم|تستلم)(?![\w])")


_MEASURES = re.compile(r"(?:تدابير|اجراءات|خطوات)\s")
# what may stand between "رد … على" and the other side it rebuts: its statements, criticism or accusations
_REPLY_ON = re.compile(r"\s+(?:[^\s،,.]+\s+){0,6}?علي(?=\s)")  # from the reply verb to its "على"
_REPLY_TO = re.compile(r"\s+(?:(?:ال)?(?:تصريحات|تصريح|انتقادات|اتهامات|كلام|هجوم|هجمات|بيان|تغريده|تغريدات|"
                       r"خطاب|تهديدات)\s+)?")
_REPLY_CONTENT = re.compile(r"(?<![\w])[وف]?(?:ال)?(?:رفض|استنكار|استهجان|تنديد)\w*")
# a relative pronoun right before a verb carrying the object pronoun ("والذي تتهمه واشنطن"): its object is the antecedent
_REL_OBJECT = re.compile(r"(?<![\w])و?(?:الذي|التي|الذين)\s+$")
# the second agent of an act, after "مع" ("شنتها دمشق مع حليفتها موسكو", "بالتعاون مع")
_CO_AGENT = re.compile(r"\s*[،,]?\s*(?:و?مع|بالتعاون\s+مع|بالتنسيق\s+مع|الي\s+جانب)\s+(?:(?:حليف|شريك)\w*\s+)?")
# a hostile act's own target named after ضد/على, then the other side only as a place after في ("يشن … غارات ضد
# الجهاديين في سوريا والعراق")
# (not sites: "ضربات على مواقع في سوريا" strike Syria, s33's rule)
_AGAINST_OTHER = re.compile(r"\s+(?:[^\s،,.]+\s+){0,3}?(?:ضد|علي)\s+(?!(?:ال)?(?:مواقع|موقع|منشات|منشاه|اهداف|هدف|اماكن|"
                            r"مناطق|مراكز|قواعد|قاعده|مطار\w*|مخازن|مستودعات)(?![\w]))(?:[^\s،,.]+\s+){1,4}?(?:في|داخل)\s+"
                            r"(?:(?:ال)?اراضي\s+)?(?:[^\s،,.]+\s+و\s*)?")
# "رفض ماكرون التعليق", "رفضت الخارجية الإدلاء بأي تعليق على …": declining to comment (the comment itself, singular,
# then the end, "على" or "حول"), not rejecting the other side's remarks ("رفض تعليقات لافروف")
_NO_COMMENT = re.compile(r"\s+(?:[^\s،,.]+\s+){0,4}?(?:(?:ال)?تعليق|(?:ال)?ادلاء\s+ب(?:اي\s+)?(?:ال)?(?:تعليق|تصريح)\w*|"
                         r"(?:ال)?خوض\s+في\s+(?:ال)?تفاصيل)(?=\s*(?:$|[.،,؛:\"»”]|علي(?![\w])|حول(?![\w])|بشان(?![\w])))")
_CONTINUES = re.compile(r"\s*[وف]?(?:اضاف|اضافت|تابع|تابعت|اختتم|اختتمت|استطرد|استطردت)(?![\w])")
# the accusation whose charge (بـ + act) a hostile act is told in: "اتهمت إسرائيل إيران بقصف …"
_ACCUSATION_BEFORE = re.compile(r"(?<![\w])[وف]?(?:اتهم\w*|يتهم\w*|تتهم\w*|(?:ال)?اتهام\w*)\s+(?:\S+\s+){1,4}?$")
# "وصف X بأنه …": what follows describes X; its verbs are not acts of the speaker
_DESCRIPTION_END = re.compile(r"(?<![\w])(?:فيما|بينما|في\s+حين|لكن\w*|كما)(?![\w])|[؛.،,]")
_DESCRIBED_AS = re.compile(r"(?<![\w])[وف]?(?:وصف|وصفت|يصف|تصف|وصفوا)\s+(?:\S+\s+){0,8}?ب(?:انه|انها|انهم|انهما)(?![\w])")
# Material, hostile and coercive acts: told by a third party, they are its claim (gold rule 4: alleged).
_CLAIM_ROOTS = {"06", "07", "15", "16", "17", "18", "19", "20"}
# A condition after the cue: "ستزود روسيا سوريا بالصواريخ إذا طلبت دمشق ذلك" (hypothetical, not a plan).
_CONDITION_AFTER = re.compile(r"(?<![\w])[وف]?(?:اذا|في\s+حال|في\s+حاله|شريطه|بشرط|ما\s+لم|ان\s+لزم|اذا\s+لزم)(?![\w])")


# a freeze, ban or stop whose object list the next noun joins ("وجمدت العلاقات التجارية و…", "حظرا على التعاملات و…")
_FROZEN_LIST = re.compile(r"(?<![\w])[وف]?(?:جمد|جمدت|تجميد|بتجميد|حظر|حظرا|اوقف|اوقفت|ايقاف|بايقاف|وقف|علق|علقت|"
                          r"تعليق)\s+(?:علي\s+)?(?:[^\s،,.]+\s+){1,3}$")
_SVO_VERB = re.compile(r"\s*[\"«“]?\s*([^\s\"«»“”،,.]+)[\"»”]?")  # the verb right after a subject
# a rank before a relative verb ("كأول زعيم أجنبي يستقبله", "كثاني رئيس يزور"): it ranks the event told, it is none
_RANKED = re.compile(r"(?<![\w])[وف]?ك(?:اول|ثاني|ثالث|رابع|اخر)\s+(?:[^\s،,.]+\s+){1,4}$")
_PARTICIPLE_BEFORE = re.compile(r"[،,]\s*[وف]?(?:مؤكد|معرب|مبدي|مجدد)(?:ا|ه|ين)\s+(?:عن\s+)?[\"«“]?$")
_OTHER_RIGHT_AFTER = re.compile(r"\s*(?:لل|ل|ب|الي\s+|علي\s+|مع\s+)?(?:ال)?")
_OTHER_SOON_AFTER = re.compile(r"[\"»”]?(?:\s+[^\s،,.]+){0,2}?[\"»”]?\s+(?:مع|مع\s+ال|لل|ل|ب|بال)?\s*")
# a clause that refers back to the one before ("، وهو ما رفضته الصين", "، الأمر الذي انتقدته طهران")
_WHICH_CLAUSE = re.compile(r"\s*(?:[وف]?(?:هو|هي|هذا|ذلك)\s+ما|[وف]?(?:ال)?امر\s+الذي)\s+$")
# a participle of threat after the speaker's words ("…،" متوعدا بعقوبات اقتصادية ضد طهران") and the side it targets
_THREAT_PARTICIPLE = re.compile(r"[وف]?(?:متوعد|مهدد)(?:ا|ه|ين)")
_THREATENED_SIDE = re.compile(r"\s*(?:(?:ب\S+)(?:\s+(?!ضد|علي)[^\s،,.]+){0,2}?\s+(?:ضد|علي)\s*(?:ال)?)?")


_AVOIDED = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:تجنب|تفادي|يتجنب|تتجنب|يتفادي|تتفادي|نتجنب|نتفادي)\s+(?:[^\s،,.]+\s+){0,1}?$")
# a praise whose object is the speaker's own country's ("أشاد فيه بأسلحة بلاده", "يشيد بإنجازات بلادها")
_PRAISED_OWN = re.compile(r"\s+(?:(?:فيه|فيها|خلاله|خلالها)\s+)?ب\S+(?:\s+(?:ال)?\S+)?\s+(?:بلاده|بلادها|بلادنا)(?![\w])")
# a meeting noun owned by an organisation ("اجتماع لجماعة معارضة", "مؤتمر لحزب …")
_ON_OTHERS = re.compile(r"(?<![\w])(?:علي|ضد)\s+(?:ال)?(?:حلفا[ءئ]|حليف|شركا[ءئ]|شريك|جيران|خصوم|منافسي|دول|بلدان)\w*(?![\w])")
_GROUPS_GATHERING = re.compile(r"\s+(?:ال)?(?:مجموعه|منظمه|حلف|رابطه|مجلس\s+التعاون)(?![\w])")  # "قمة مجموعة السبع"
_OF_A_GROUP = re.compile(r"\s+(?:ل|لل)(?:ال)?(?:جماع|حزب|احزاب|منظم|معارض|مجموع|حرك|جمعي|نقاب|اتحاد|رابط|تنظيم|فصائل|فصيل)\w*")
_BEFORE_THAT = re.compile(r"[،,]\s*(?:[وف]?(?:قبل|بعد)\s+(?:ان|ما))\s+$")  # "، قبل أن يشكر", "، بعد أن التقى"


_HARM_TO = re.compile(r"(?<![\w])[وبل]?(?:ال)?(?:تقويض|المساس|مساس|النيل|استهداف|الاساءه|اساءه|زعزعه|التدخل|تدخل|"
                      r"حمله|حملات|التحريض|تحريض)(?![\w])")


# "لا تزال على استعداد لإجراء محادثات", "لا تزال مستعدة للجلوس": still ready to act is a plan, not a standing relation
# "… للقطع مع الصورة التي التصقت بالمملكة منذ عقود": "منذ" inside a relative clause on a thing (not on relations,
# ties or cooperation: "العلاقات التي تربط البلدين منذ عقود" stays background) dates that clause only.
_REL_OF_THING = re.compile(r"(?<![\w])(?![وبلف]{0,2}(?:ال)?(?:علاق|تعاون|شراك|صداق|روابط|صلات|تحالف)\w*\s)[^\s،,.]+\s+"
                           r"(?:التي|الذي|الذين|اللتين|اللذين)\s+(?:[^\s،,.]+\s+){0,6}$")
_STILL_READY = re.compile(r"\s+(?:علي\s+)?(?:استعداد|مستعد|مستعده|مستعدين|مستعدون|مستعدان|راغب\w*|تامل|يامل|ترغب|يرغب)"
                          r"(?![\w])")
_PERSON_DUAL = re.compile(r"(?:زعيم|رئيس|قائد|وزير|زعيما|رئيسا|وزيرا|قائدا)(?:ان|ين)")
_PROMISE_OF = re.compile(r"(?<![\w])[لبو]?(?:ال)?(?:وعد|وعود|تعهد)(?:ه|ها)?\s+(?:\S+\s+){0,4}?$")
# "أن + verb + a noun" right before a cue: the complement clause's own subject (not an actor of ours)
_COMP_SUBJECT = re.compile(r"(?<![\w])[بل]?ان\s+[تي][^\W\d_]{2,}\s+([^\W\d_]{3,})\s+$")


# "على أهمية/ضرورة …", "فرص/آفاق التعاون": the importance or the prospects of a kind of cooperation; nobody cooperates yet.
_IMPORTANCE_OF = re.compile(r"(?<![\w])(?:علي\s+|عن\s+)?(?:ال)?(?:اهميه|ضروره|فرص|افاق|اتجاهات)\s+(?:[^\s،,.]+\s+){0,2}?$")


# --------------------------------------------------------------------------- reading the stored table
def events_for(run, *, focus: str = "RU", partners=("KP", "VN"), statuses=None) -> pd.DataFrame:
    """Return a run's events (``kind == "event"``) for ``focus`` and ``partners``; a filter, never a new extraction.

    The events stage stores what it found for the actors configured for the run (``run.json`` records the
    stage options); a notebook only filters that table. Rows for other partners are dropped.
    """
    events = run.events
    keep = (events["actor1"].astype(str) == str(focus).upper()) & events["actor2"].isin(
        [str(p).upper() for p in partners])
    if "kind" in events:
        keep &= events["kind"].fillna("event") == "event"
    if statuses is not None and "status" in events:
        keep &= events["status"].isin(list(statuses))
    return events[keep].reset_index(drop=True)


def background_table(events: pd.DataFrame, *, focus: str | None = None, partners=None) -> pd.DataFrame:
    """Return the standing relations and history (``kind == "background"``) of an events table."""
    if "kind" not in events:
        return events.iloc[0:0]
    keep = events["kind"] == "background"
    if focus:
        keep &= events["actor1"].astype(str) == str(focus).upper()
    if partners:
        keep &= events["actor2"].isin([str(p).upper() for p in partners])
    return events[keep].reset_index(drop=True)


def rule_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Count events by the rule that dated them (timex, month, chain, anchor, before-publication)."""
    def kind(rule: str) -> str:
        for part in str(rule or "").split(";"):
            head = part.split(":")[0]
            if head in ("timex", "month", "chain", "anchor", "before-publication", "background"):
                return head
        return ""
    counts = events["rule"].map(kind).value_counts().rename_axis("dating rule").reset_index(name="events")
    return counts


def country_codes(value) -> list[str]:
    """Read country codes given as a list or as text ("KP, VN", '["KP", "VN"]' from a command line)."""
    if isinstance(value, str):
        return re.findall(r"[A-Za-z]{2}", value.upper())
    return [str(v).upper() for v in value]
