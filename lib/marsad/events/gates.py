"""Sentence-level tests that keep or drop a (cue, pair) reading before its row is made.

Used by the cue loop of :func:`marsad.events.extract._sentence_events`: appeals and their addressees, talks
"مع" a non-actor, purpose phrases, objects that are not ours, third parties in the meeting, dual meetings
("خلال اجتماعهما"), fronted meetings, reporting frames (:func:`_reporter_spans`), refusals, statements that go
on, expelled envoys, genitive critics and expellers, and coordinated acts.
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .syntax import _INTRANSITIVE_BI, _WITH_LIST_GAP, _agrees, _cue_head, _finite, _list_head
from .arguments import _CHARGE_AFTER, _REJECTED_PRONOUN

__all__: list[str] = []  # private passes of marsad.events.extract


# An appeal governing the cue ("دعت روسيا مجلس الأمن إلى تخفيف العقوبات"): the cue is what is asked for (intent).
_APPEAL = re.compile(r"(?<![\w])[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|طالب|طالبت|طالبوا|يطالب|تطالب|حث|حثت|يحث|تحث|ناشد|"
                     r"ناشدت|يناشد|تناشد|(?<!علي\s)(?:طلب|طلبت|طلبوا|يطلب|تطلب)(?=\s+(?:\S+\s+){0,3}?من\s))(?![\w])")
_TIME_WORD = re.compile(r"(?:يوم\s+)?(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|امس|اليوم|مساء|صباح|ليل|فجر)"
                        r"(?:\s+(?:ال)?(?:ماضي|الماضي|اول|امس))?(?![\w])")
_NOT_ADDRESSEE = re.compile(r"(?:الي|علي|في|من|عن|مع|بعد|قبل|خلال|امس|اليوم|ايضا|مجددا|بشده|كل|جميع|ب\S*|ل\S*|"
                            r"[^\w\s]\S*|\d\S*)$")


def _addressee_not_ours(norm, m, actors) -> bool:
    """An appeal verb whose addressee (the word after the verb and its subject) is a noun that is no actor
    ("تحث حلفاءها على …", "دعا الدول الأوروبية إلى …"): what it asks of them is no act toward the other side."""
    def skip(pos):
        while True:
            while pos < len(norm) and norm[pos] in " \t#،,":
                pos += 1
            t = _TIME_WORD.match(norm, pos)
            if t is None:
                return pos
            pos = t.end()
    pos = skip(m.end())
    subj = next((a for a in actors if a.start == pos), None)
    if subj is not None:
        pos = skip(subj.end)
    if any(a.start == pos or (a.start == pos + 1 and norm[pos] in "وف") for a in actors):
        return False  # an actor of ours, or a list after the subject ("حض الأربعاء #روسيا والولايات المتحدة")
    word = re.match(r"\S+", norm[pos:pos + 40])
    if word is None or _NOT_ADDRESSEE.match(word.group().strip("،,.\"«»")):
        return False
    # the word may be a subject the lexicon lacks ("دعا ستيف بيغون، المبعوث الأمريكي …، نظيره الكوري الشمالي إلى"):
    # an actor of ours before the preposition of what is asked is the addressee
    prep = re.compile(r"(?<![\w])(?:الي|علي|بان|بعدم|بال\S+)(?![\w])").search(norm, pos + len(word.group()),
                                                                   min(len(norm), pos + 120))
    stop = prep.start() if prep is not None else pos
    return not any(pos < a.start < stop and not a.code.startswith("?") and a.kind not in ("third", "third-country")
                   for a in actors)


def _asked_of_ours(norm, m, actors) -> bool:
    """"طلب … من X": X (right after من, a role actor's noun included) is one of ours."""
    frm = re.compile(r"(?<![\w])من\s+").search(norm, m.start(), min(len(norm), m.end() + 60))
    return frm is not None and any(a.start <= frm.end() < a.end or a.start == frm.end() for a in actors
                                   if not a.code.startswith("?") and a.kind not in ("third", "third-country"))


def _appeal_governs(norm, c_start, cue_start) -> bool:
    """An appeal verb before the cue in its clause asks for the cue's act ("دعا … إلى زيارة", "طلبت من بريطانيا سحب
    دبلوماسييها": an intent), unless the cue is an adjunct of the appeal ("طلب منه في اللقاء …": the meeting took
    place) or sits in a later phrase that answers something else ("… وقررت …، ردا على انتقادات وجهتها …")."""
    ap = None
    for ap in _APPEAL.finditer(norm, c_start, cue_start):
        pass
    if ap is None:
        return False
    if re.search(r"(?<![\w])(?:في|خلال)\s*$", norm[max(ap.end(), cue_start - 6):cue_start]):
        return False
    return not _NOT_APPEALED.search(norm, ap.end(), cue_start)


# between an appeal and a cue: a later coordinated decision or a reply (the cue is not what is asked for)
_NOT_APPEALED = re.compile(r"(?<![\w])(?:[وف](?:قرر|قررت|اعلن|اعلنت|اكد|اكدت)|ردا\s+علي|اثر|عقب|بعد)(?![\w])")
_WITH = re.compile(r"(?:^|\s)مع\s*$")
_WITH_AFTER = re.compile(r"\s+مع\s+")


def _with_not_ours(norm, m, actors, s_end) -> bool:
    """Talks "مع X" (the cue ends in مع or is followed by it) where X is a noun that is no actor ("بحث الملف مع
    مسؤولي الناتو", "اجتماع مع قادة الحلف"): the other party of the talks is X, not the other side."""
    if _WITH.search(m.group()):
        pos = m.end()
    else:
        w = _WITH_AFTER.match(norm, m.end())
        if w is None:
            return False
        pos = w.end()
    while pos < s_end and norm[pos] in " \t":
        pos += 1
    if any(a.start == pos for a in actors) or re.match(r"(?:كل|كلا|كلتا)\s", norm[pos:pos + 6]):
        return False
    word = re.match(r"[^\W\d_]{2,}", norm[pos:pos + 40])
    if word is None:
        return False
    # a genitive chain naming one of ours ("مع رئيس البرلمان الإيراني", "مع وزير خارجية إيران"): the talks are with it
    chain = re.match(r"(?:[^\W\d_]+\s+){1,4}", norm[pos:min(s_end, pos + 60)])
    end = pos + (chain.end() if chain else 0)
    if any(pos < a.start <= end and not a.code.startswith("?") and a.kind not in ("third", "third-country")
           for a in actors):
        return False
    # (session 62) a list of those met whose later member is a side ("مع نظيره الفرنسي ماكرون ورئيسة الوزراء البريطانية
    # ماي"): the talks are with each of them (see _with_list)
    listed = [a for a in actors if pos < a.start < min(s_end, pos + 160)]
    for prev, a in zip(listed, listed[1:]):
        if a.start - prev.end > 40 or not _WITH_LIST_GAP.fullmatch(norm, prev.end, a.start):
            break
        if not a.code.startswith("?") and a.kind not in ("third", "third-country"):
            return False
    return True


def _in_purpose(norm, x, start) -> bool:
    """The cue match ``x`` sits in a purpose phrase (PURPOSE: من أجل، بهدف، لتعزيز …) opened after ``start`` (and
    before ``x``: "من أجل تحسين العلاقات الثنائية وإحلال السلام")."""
    return any(p.end() <= x.start() + 2 for p in lx.PURPOSE.finditer(norm, start, x.end()))


def _purpose_of_meeting(norm, m, cue_rx, cues, clauses, s_start, s_end) -> bool:
    """The cue sits in a purpose phrase (PURPOSE of markers.csv: لبحث، من أجل، بهدف …) that follows a visit or a
    meeting cue of the same clause: it says what the meeting is for."""
    c_start = next((a for a, b in clauses if a <= m.start() < b), s_start)
    p = None
    for x in lx.PURPOSE.finditer(norm, c_start, s_end):
        if x.start() > m.start():
            break
        p = x
    if p is None or m.start() - p.end() > 30:
        return False
    return any(cues[int(x.lastgroup[1:])]["cameo_code"][:2] == "04" and x.end() <= p.start()
               for x in cue_rx.finditer(norm, c_start, p.start()))


_OBJECT_GAP_OK = re.compile(r"(?:[وف]?(?:الي|علي|في|من|عن|مع|بعد|قبل|خلال|امس|اليوم|ايضا|مجددا|رسميا|بدوره|بدورها|"
                            r"صباح|مساء|يوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|اول|"
                            r"و|بال\S*|لل\S*|ب(?:مقر|قصر|حضور)\S*)|(?:" + lx.ROLE_NOUNS + r")(?:ي|ا|ين|ان)?|[^\w\s]+)$")
# the author of the object noun, named right before the side ("هذه الخطوة من جانب الإمارات", "من قبل")
_AGENT_OF_OBJECT = re.compile(r"(?<![\w])من\s+(?:جانب|قبل|طرف)\s*\Z")
_COORD_REPORT = re.compile(r"(?<![\w])و(?:يؤكد|تؤكد|يعلن|تعلن|يعرب|تعرب|يبدي|تبدي|يدعو|تدعو|يشيد|تشيد|يرحب|ترحب|يعتبر|"
                           r"تعتبر|يقول|تقول|يحذر|تحذر|يطالب|تطالب|اكد|اكدت|اعلن|اعلنت|اعرب|اعربت|دعا|دعت|اشاد|اشادت)(?![\w])")


def _object_then_verb(norm, m, tgt) -> bool:
    """A verb after its subject whose object slot holds another noun, then a coordinated verb before the side named
    ("بوتين ينتقد مجموعة السبع ويؤكد استعداده للقاء ترامب"): that side belongs to the second verb."""
    if tgt.start < m.end():
        return False
    gap = norm[m.end():tgt.start]
    words = gap.split()
    return bool(words) and not _OBJECT_GAP_OK.match(words[0]) and _COORD_REPORT.search(gap) is not None


def _object_not_ours(norm, m, src, tgt, actors=()) -> bool:
    """A meeting verb whose subject follows it ("استقبل أردوغان …") has its object right after the subject: when
    that slot holds another noun ("لاعبي المنتخب"), the country named later is not the one met."""
    first, second = sorted((src, tgt), key=lambda a: a.start)
    if not (m.end() <= first.start <= m.end() + 3 and second.start > first.end):
        return False
    end = first.end
    for a in actors:
        # "التقى الرئيس الفرنسي إيمانويل ماكرون، الأحد، في الكرملين، نظيره الروسي": the subject's name after its
        # title (a first name between) is the subject still, not a noun in the object's slot
        if end <= a.start < second.start and a.code == first.code and a.kind not in ("pair", "nisba") \
                and len(norm[end:a.start].split()) <= 1 and not re.search(r"[،,]", norm[end:a.start]):
            end = a.end
        elif end <= a.start < second.start and a.kind not in ("pair", "nisba") \
                and re.fullmatch(r"\s*[،,]?\s*و\s*", norm[end:a.start]):
            end = a.end  # "ستجتمع فرنسا وبريطانيا مع إيران": a list of subjects is the subject still
    if _AGENT_OF_OBJECT.search(norm, end, second.start) or (
            re.search(r"(?<![\w])من\s+\Z", norm[end:second.start]) and norm.startswith("جانب ", second.start)):
        return False  # "أدانت الحكومة اليمنية هذه الخطوة من جانب الإمارات": the side after من جانب is the act's author
    gap = norm[end:second.start].split()
    return bool(gap) and not _OBJECT_GAP_OK.match(gap[0]) and first.kind not in ("pair", "nisba") \
        and any(re.fullmatch(r"[وف]?(?:قبل|بعد|في|خلال|امام|عند|ضد|حول|عن|من|الي|علي|مع)", w) for w in gap[1:])


_TRILATERAL = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:ثلاثي|ثلاثيه|ثلاثيا|رباعي|رباعيه|خماسي|سداسي|متعدد\w*|الثلاث|الثلاثه|الاربع|الاربعه)(?![\w])")

def _with_a_third(norm, src, tgt, actors, m, code="") -> bool:
    """The other side named after the cue with "مع" is the first of a list that goes on with a third party ("للاجتماع
    الثلاثي مع السودان وإثيوبيا"): the meeting or agreement is multilateral."""
    if code[:2] == "04" and not _TRILATERAL.search(norm, max(0, m.start() - 40), min(len(norm), m.end() + 20)):
        # "في مفاوضاتها الجديدة مع كندا والمكسيك" (NAFTA): talks with a list are talks with each of its sides, one
        # event per pair; only a gathering told as three-party ("الاجتماع الثلاثي مع السودان وإثيوبيا") is no
        # event of the pair (an agreement with a list stays an agreement of all: "ووقعت تركيا اتفاقية مع العراق وإيران")
        return False
    later = max((src, tgt), key=lambda a: a.start)
    prev = next((a for a in reversed(actors) if a.end <= later.start), None)
    if later.start >= m.end() and prev is not None and prev.start >= m.end() and prev.kind in ("third", "third-country") \
            and re.fullmatch(r"\s*[،,]?\s*و\s*", norm[prev.end:later.start]) \
            and re.search(r"(?<![\w])مع\s+$", norm[max(0, prev.start - 8):prev.start]):
        return True  # "الاجتماع الثلاثي مع إثيوبيا والسودان": the other side second in a list after مع
    if later.start < m.end() or not re.search(r"(?<![\w])مع\s+$", norm[max(0, later.start - 8):later.start]):
        return False
    nxt = next((a for a in actors if a.start >= later.end), None)
    return nxt is not None and nxt.kind in ("third", "third-country") \
        and re.fullmatch(r"\s*[،,]?\s*و\s*", norm[later.end:nxt.start]) is not None


# a meeting named in an adjunct as the two's own ("خلال اجتماعهما", "أثناء القمة التي جمعتهما"): the meeting of the
# pair of the sentence, an event of its own (not only the date of another act)
_DUAL_MEETING = re.compile(r"(?<![\w])[وفبلك]{0,2}(?:خلال|اثناء|في)\s+(?:ال)?(?:\w+هما|(?:قمه|لقاء|اجتماع)\s+(?:التي|الذي)\s+جمع(?:ت)?هما)(?![\w])")


def _dual_meeting_pair(norm, m, actors, focus, partner):
    """The two of "أثناء القمة التي جمعتهما", "خلال اجتماعهما": the last person or state of ours of each side named
    before the adjunct in the sentence, when no third party's person is named after the first of them."""
    d = next((x for x in _DUAL_MEETING.finditer(norm, max(0, m.start() - 12), m.end() + 24) if x.start() <= m.start()),
             None)
    if d is None:
        return None
    before = [a for a in actors if a.end <= d.start() and a.kind not in ("pair", "nisba")]
    mine = {c: next((a for a in reversed(before) if a.code == c), None) for c in (focus, partner)}
    if None in mine.values():
        return None
    first = min(mine.values(), key=lambda a: a.start)
    if any(a.start > first.start and a.code.startswith("?") and a.kind == "third" for a in before):
        return None
    return mine[focus], mine[partner], True


def _fronted_meeting(norm, m, mine, actors, s_end, focus, partner):
    """The pair of "وخلال لقائه X، <verb> Y …": X named right after the meeting noun, Y the subject right after the
    verb that follows the adjunct's comma (one word between); None when either is missing or they are one side."""
    w = next((a for a in mine if a.start >= m.end() and a.kind not in ("pair", "nisba")
              and re.fullmatch(r"\s*(?:مع\s+|ب)?", norm[m.end():a.start])), None)
    if w is None:
        return None
    comma = next((i for i in range(w.end, s_end) if norm[i] in "،,"), None)
    if comma is None:
        return None
    subj = next((a for a in actors if a.start > comma), None)
    if subj is None or subj not in mine or subj.kind in ("pair", "nisba") or subj.code == w.code \
            or not re.fullmatch(r"\s*[وف]?[^\W\d_]{3,}\s+", norm[comma + 1:subj.start]) \
            or {subj.code, w.code} != {focus, partner}:
        return None
    return (subj, w, True) if subj.code == focus else (w, subj, True)


# the rejecting side's own country between a rejection noun and its object ("رفض بلاده دعم الإرهاب")
_OWN_SIDE = re.compile(r"\s*(?:بلاده|بلادها|بلادنا|حكومته|حكومتها|حكومتنا|دولته|دولتها)(?![\w])")


def _rejects_other_thing(norm, m, actors, c_end) -> bool:
    """Whether a rejection cue is followed by its own object and no one of the pair is named up to the next comma: the
    rejected thing ("دعم الإرهاب أو تمويله") is not the other side or its act."""
    pos = m.end()
    own = _OWN_SIDE.match(norm, pos)
    pos = own.end() if own else pos
    stop = min([c_end] + [i for i in (norm.find("،", pos), norm.find(",", pos), norm.find(".", pos)) if i >= 0])
    obj = norm[pos:stop].split()
    return bool(obj) and len(obj[0]) >= 3 and not _REJECTED_PRONOUN.match(norm, pos) \
        and not any(pos <= a.start < stop for a in actors)


def _verb_subject(norm, mine, s_start, before):
    """The last actor of ours before ``before`` that is the subject right after a clause's first verb ("، أعربت سوريا
    عن …"): one word between the sentence start or a comma and the actor."""
    out = None
    for a in mine:
        if a.end > before or a.kind in ("pair", "nisba"):
            continue
        cut = max(norm.rfind("،", s_start, a.start), norm.rfind(",", s_start, a.start), s_start - 1)
        if re.fullmatch(r"\s*[وف]?[^\W\d_]{3,}\s+", norm[cut + 1:a.start]):
            out = a
    return out


def _dual_with_a_third(norm, m, actors, codes) -> bool:
    """Whether the meeting noun follows a dual verb ("أجريا مكالمة") whose subject "A و B" right before it names a side
    that is not of the pair: the call or meeting is between A and B."""
    v = _DUAL_VERB_BEFORE.search(norm, max(0, m.start() - 24), m.start())
    if v is None:
        return False
    before = [a for a in actors if a.end <= v.start() and v.start() - a.end <= 40]
    if len(before) < 2:
        return False
    i = len(before) - 1
    while i > 0 and before[i - 1].code == before[i].code and not norm[before[i - 1].end:before[i].start].strip():
        i -= 1  # "الرئيس الأمريكي دونالد ترامب": the role and the name are one side
    b = before[i]
    a = next((x for x in reversed(before[:i]) if re.fullmatch(r"\s*و\s*", norm[x.end:b.start])), None)
    return a is not None and (a.code not in codes or b.code not in codes)


def _accuser_as_target(norm, m, src, tgt) -> bool:
    """Whether the cue is an act charged in an accusation ("اتهم X، …، Y بأنها تساند …") whose target would be the
    accuser X (right after the accusation verb, before the cue) and whose source is the accused Y, followed by its
    charge (ب…)."""
    if not (tgt.start < src.start < m.start()):
        return False
    acc = None
    for acc in _ACCUSES.finditer(norm, max(0, tgt.start - 12), tgt.start):
        pass
    return acc is not None and not norm[acc.end():tgt.start].strip() and _CHARGE_AFTER.match(norm, src.end) is not None


# Session 115: an evidence or certainty frame ("تملك دليلا على أن", "متأكد بقوة من أن", "حصلنا على إثبات بأن"): what
# follows is the holder's charge against the side it names (cues.csv, 112), not an act on the holder
EVIDENCE_NOTE = "an evidence or certainty frame"
_EVIDENCE_FRAME = re.compile(r"(?<![\w])[وفبل]?(?:(?:ال)?دليل(?:ا)?|(?:ال)?ادله|(?:ال)?اثبات(?:ا)?|(?:ال)?براهين|متاكد\w*|واثق\w*)"
                             r"(?![\w])[^.؟!]{0,40}?(?<![\w])(?:علي\s+|من\s+|ب)?(?:ان|انه|انها|بان|بانه|بانها)(?![\w])")
_EVIDENCE_DENIED = re.compile(r"(?<![\w])[وف]?(?:لا|لم|ليس|ليست|اي|ايه|عدم|غياب|بدون|دون|بلا|يفتقر|تفتقر|ينقص)(?![\w])"
                              r"(?:\s+[^\s.،,]+){0,2}\s*$")


def _evidence_holder_as_target(norm, m, src, tgt) -> bool:
    """Whether the cue is the act charged in an evidence or certainty frame ("أن الولايات المتحدة تملك دليلا على أن
    الرئيس السوري بشار الأسد شن الهجوم") whose target would be the holder of the evidence (named before the frame) and
    whose source is the side named in what it proves: the frame is the holder's accusation (its own 112 row), the
    charged act has its own object (the attack on Douma is not an act on the United States)."""
    if not (tgt.end <= src.start < m.start()):
        return False
    return any(f.end() <= src.start for f in _EVIDENCE_FRAME.finditer(norm, tgt.end, src.start))


def _evidence_denied(norm, m) -> bool:
    """Whether an evidence frame is negated right before it ("لم يقدم أي دليل على أن", "لا توجد أدلة على أن", "ليس
    لديه أي دليل"): no charge is made."""
    return _EVIDENCE_DENIED.search(norm, max(0, m.start() - 30), m.start()) is not None


def _named_after(norm, end, actors) -> bool:
    """Whether an actor of ours follows right after ``end`` ("خلال لقائه نظيره الفيتنامي", "خلال مباحثاته مع نظيره
    الروسي": the talks are named with their other side, so they are an event, not an anchor)."""
    met = _MET_REL.match(norm, end)
    # session 101: a visit named by its relative clause ("خلال زيارة رسمية يقوم بها الرئيس الصيني إلى …", "الزيارة التي
    # كان قد أداها إلى عمان") or by its destination after its adjectives ("خلال زيارة رسمية إلى كوريا الجنوبية")
    visit = re.search(r"زيار\w*\s*$", norm[max(0, end - 12):end]) is not None
    rel = _VISIT_REL.match(norm, end) if visit else None
    return any((0 <= a.start - end <= 3 or re.fullmatch(r"\s*(?:مع|ب)\s*", norm[end:a.start])
                or _VISIT_ADJ.fullmatch(norm, end, a.start)
                or (met is not None and _MET_GAP.fullmatch(norm, met.end(), a.start))
                or (re.search(r"زيار\w*\s*$", norm[max(0, end - 12):end]) and _TO_LIST.fullmatch(norm, end, a.start))
                or _ASIDE_WITH.fullmatch(norm, end, a.start)
                or (visit and (_ADJ_TO.fullmatch(norm, end, a.start) or (rel is not None and (
                    0 <= a.start - rel.end() <= 3 or _REL_TO.fullmatch(norm, rel.end(), a.start)))))
                or (_BETWEEN.fullmatch(norm, end, a.start) and _between_other(norm, a, actors)))
               and a.kind not in ("pair", "nisba") and not a.code.startswith("?") and a.start >= end
               for a in actors)


def _between_other(norm, a, actors) -> bool:
    """Whether "بين A و B" names the other side of ours right after A (its name or title, at most three words, then
    "و"): "عقب اجتماع بين الرئيس الأميركي دونالد ترمب ونظيره الكوري الجنوبي" (not "… والرئيس الصيني", a third)."""
    return any(b.start > a.end and b.code != a.code and "|" not in b.code and not b.code.startswith("?")
               and b.kind not in ("pair", "nisba") and _AND_NEXT.fullmatch(norm, a.end, b.start) for b in actors)


# session 57: a meeting named by the relative clause that joins its participants ("خلال اللقاء الذي جمع المستشارة
# الألمانية برئيس الحكومة التونسي", "خلال الاجتماع الذي عقده وزير الخارجية مع نظيره …"): an event, not an anchor
_MET_REL = re.compile(r"\s+(?:الذي|التي)\s+(?:جمع|جمعت|جمعه|جمعها|عقده|عقدها|عقدته|عقدتها|اجراه|اجراها|اجرته|"
                      r"اجرتها)(?![\w])")
_MET_GAP = re.compile(r"\s+(?:(?:[^\s،,.]+\s+){0,4}?(?:ب|مع\s+)|(?:ال)?)")
# an adjective of the visit or meeting before its participant ("عقب زيارة سريعة للرئيس السوداني")
_ADJ = r"(?:سريعه|رسميه|قصيره|خاطفه|مفاجئه|تاريخيه|مطوله|مغلقه|ثنائيه|عمل|دوله)"
_VISIT_ADJ = re.compile(r"\s+" + _ADJ + r"\s+(?:لل|ل|ال)?")
# session 101: the visit's adjectives then its destination ("زيارة رسمية إلى كوريا الجنوبية"); the visit's relative clause
# ("زيارة (رسمية) يقوم/قام بها", "التي كان قد أداها") followed by its visitor or, within five words, its destination; a
# short aside in commas before the meeting's other side ("خلال لقائه، الاثنين، مع رئيس الوزراء")
_ADJS = r"(?:\s+" + _ADJ + r"){1,2}"
_ADJ_TO = re.compile(_ADJS + r"\s*(?:الي|ل)\s*(?:(?:ال)?[^\s،,.]+\s+و)?")
_VISIT_REL = re.compile(r"(?:" + _ADJS + r")?\s+(?:التي\s+)?(?:(?:كان|كانت)\s+قد\s+)?(?:(?:يقوم|تقوم|قام|قامت|يجري|تجري|"
                        r"اجري|اجرت|ادي|ادت|يودي|تودي|يؤدي|تؤدي)\s+بها|اداها|ادتها|يؤديها|تؤديها|يوديها|توديها|"
                        r"يجريها|تجريها)(?![\w])")
_REL_TO = re.compile(r"\s+(?:[^\s،,.]+\s+){0,5}?(?:الي\s*|ل)(?:(?:ال)?[^\s،,.]+\s+و)?")
_ASIDE_WITH = re.compile(r"\s*[،,]\s*(?:[^\s،,.]+\s+){0,2}[^\s،,.]+\s*[،,]\s*(?:مع\s+|ب)")
# session 102: a meeting, talks or summit named by both its participants after "بين" ("عقب اجتماع بين الرئيس الأميركي
# دونالد ترمب ونظيره الكوري الجنوبي", "إثر اجتماع بين رئيس الجمهورية والمستشارة الألمانية"; at most one adjective
# before "بين": "محادثات ماراتونية بين"): the pair's event, not only the date of another act
_BETWEEN = re.compile(r"\s+(?:[^\s،,.]+\s+)?بين\s+")
_AND_NEXT = re.compile(r"(?:\s+[^\s،,.]+){0,3}?\s+و")


# A standing relation in an adjunct ("في ظل علاقات قوية تجمع البلدين") is context for the clause's event, not the clause.
_BG_ADJUNCT = re.compile(r"(?<![\w])[وف]?(?:في\s+ظل|وسط|بفضل|بحكم|نظرا\s+ل\S*|انطلاقا\s+من)\s+")


def _before_bg_adjunct(norm, m, c_start, c_end) -> bool:
    """Whether the cue precedes an adjunct that holds the clause's background marker (so the cue is an event)."""
    adj = _BG_ADJUNCT.search(norm, m.end(), c_end)
    return adj is not None and not any(b.start() < adj.start() for b in (*lx.BACKGROUND.finditer(norm, c_start, c_end),
                                                                       *lx.standing_subjects(norm, c_start, c_end)))


def _content_before(norm, cue_rx, m, tgt, c_end) -> bool:
    """Whether another cue follows the appeal before its addressee (the thing asked for, not the addressee)."""
    stop = tgt.start if tgt is not None else c_end
    nxt = cue_rx.search(norm, m.end(), stop)
    return nxt is not None


def _listed_after(norm, a, actors) -> bool:
    """Whether actor ``a`` opens a coordination ("روسيا والصين …"): then it is not a lone subject."""
    nxt = next((b for b in actors if b.start >= a.end), None)
    return nxt is not None and nxt.start - a.end <= 6 and bool(lx.LIST_SEP.match(norm[a.end:nxt.start]))


def _reporter_spans(norm, s_start, s_end, actors):
    """Reporting frames: (start, end, who, content start). "قال بوتين إن …": Putin reports what follows."""
    out = []
    for m in lx.REPORTING.finditer(norm, s_start, s_end):
        comp = lx.COMPLEMENTIZER.search(norm, m.end(), min(s_end, m.end() + 90))
        word = m.group().strip()
        if word.lstrip("وفبلك") in ("بحسب", "حسب", "وفقا", "نقلا"):
            end = min(s_end, m.end() + 60)
            who = [a for a in actors if m.end() <= a.start < end]
            out.append((m.start(), end, who[0] if who else None, s_start))
            continue
        if comp is None:
            continue
        who = [a for a in actors if m.end() <= a.start < comp.start()]
        out.append((m.start(), comp.end(), who[0] if who else None, comp.end()))
    return out


def _disapproving_content(norm, start, s_end) -> bool:
    """Whether the content told after a statement cue (up to the next clause of its own, 200 chars at most) holds a
    disapproving evaluation ("بأن قراره … غير شرعي")."""
    end = min(s_end, start + 200)
    stop = _OWN_CLAUSE.search(norm, start, end)
    return lx.DISAPPROVAL.search(norm, start, stop.start() if stop else end) is not None


# a participle or a conjunction opening a clause of its own after the content ("، مشددا على أن …")
_OWN_CLAUSE = re.compile(r"،\s*(?:[وف]?(?:مشددا|مؤكدا|مضيفا|مشيرا|معربا|لافتا|موضحا)|و(?:اضاف|اكد|شدد|قال))(?![\w])")


# a refusal verb whose subject follows it, then the refused act of cooperation ("رفض الرئيس الأمريكي الاعتراف بالقدس
# …"; a rejected accusation or statement stays a rejection, "رفضت روسيا الاتهامات التركية")
_REFUSED_BY = re.compile(r"(?<![\w])[وف]?(?:رفض|رفضت|رفضا|رفضتا|رفضوا|يرفض|ترفض|يرفضون|يرفضان|ترفضان)\s+$")
_SUBJECT_TAIL = re.compile(r"\s*(?:(?:ال)?(?:سابق|سابقه|حالي|حاليه|جديد|جديده)\s+)?$")


def _refused_by(norm: str, m, actors):
    """The start of the refusal verb when the cue ``m`` follows a refusal verb and its subject (an actor, one
    adjective allowed), else None."""
    for a in actors:
        if a.end <= m.start() and m.start() - a.end <= 14 and a.kind not in ("pair", "nisba") \
                and _SUBJECT_TAIL.fullmatch(norm, a.end, m.start()):
            r = _REFUSED_BY.search(norm, max(0, a.start - 14), a.start)
            if r is not None:
                return r.start()
    return None
# A statement that goes on over several paragraphs: its numbered items ("1.2 أطلق …", "3.1 تدرك …", "- اتفق البلدان
# …", the headings "2. التعليم …" between them) and a sentence naming it again as its subject ("وقال البيان إن …",
# "وجاء في البيان"). What they tell is said on the day the statement's opening gives (a joint statement "مساء الجمعة"
# and its numbered paragraphs).
_STATEMENT_ITEM = re.compile(r"[ \t\"«“]*(?:\d{1,2}(?:\.\d{1,2}){0,2}\s*[.\-–)]?(?=\s*[^\W\d_])|[-–•](?=\s*[^\W\d_]))")
_STATEMENT_AGAIN = re.compile(r"[ \t\"«“]*[وف]?(?:(?:قال|اضاف|اكد|اشار|تابع|اوضح|ذكر|شدد)(?:ت)?\s+|جاء\s+في\s+|"
                              r"ونص\s+|نص\s+)(?:ال)?بيان(?![\w])")


def _statement_goes_on(norm: str, s_start: int) -> bool:
    """The sentence at ``s_start`` is in a numbered item of a statement (the paragraph opens with its number) or names
    the statement again as its source."""
    return bool(_STATEMENT_ITEM.match(norm, s_start) or _STATEMENT_ITEM.match(norm, 0)
                or _STATEMENT_AGAIN.match(norm, s_start) or _STATEMENT_AGAIN.match(norm, 0))


# an expulsion word right before an envoy, or "طلب من" before one who is told to leave: the envoy is its object
_ENVOY_FORM = re.compile(r"(?:ال)?(?:سفير|سفيره|قنصل|القائم|قائم|ملحق|دبلوماسي|دبلوماسيين|دبلوماسيون|مبعوث)(?![\w])")
_EXPELLED_BEFORE = re.compile(r"(?<![\w])(?:[وفبل]?(?:طرد|طردت|يطرد|تطرد|ابعاد|ابعدت|يبعد|تبعد|منع|منعت|يمنع|تمنع|"
                              r"امرت|امر)|(?:[وف]?(?:طلب|طلبت|طالب|طالبت|يطلب|تطلب)\s+من))\s+$")
_TOLD_TO_LEAVE = re.compile(r"(?:\s+\S+){0,2}?\s+(?:ب?(?:ال)?مغادره|الرحيل|ان\s+[يت]غادر)")


def _expelled_envoy(norm, a) -> int | None:
    """Where the expulsion word before envoy ``a`` starts, when ``a`` is an envoy expelled, barred from returning or
    asked to leave ("طرد السفير الكندي", "ومنعت سفير كندا من العودة", "طلبت من السفير الكندي مغادرة البلاد")."""
    if a.kind != "role" or not _ENVOY_FORM.match(a.form):
        return None
    w = _EXPELLED_BEFORE.search(norm, max(0, a.start - 20), a.start)
    if w is None or (re.search(r"\sمن\s+$", w.group()) and not _TOLD_TO_LEAVE.match(norm, a.end)):
        return None
    return w.start()


# a side right after a condemnation noun, then "ل" and the act condemned ("إدانة كندا لقمع نشطاء …")
_CRITIC_OF = re.compile(r"\s+ل(?:ل)?[^\W\d_]{3,}")


def _critic_genitive(norm, m, mine, c_end, focus, partner):
    """"ردا على إدانة كندا لقمع نشطاء حقوق الإنسان في السعودية": the side in the genitive of a condemnation noun, with
    the act condemned after it by ل, is the author; the other side named after that act (its place or its owner, not
    one struck: "على"، "ضد") is the target."""
    gen = next((a for a in mine if 0 <= a.start - m.end() <= 2 and a.kind not in ("pair", "nisba")), None)
    act = _CRITIC_OF.match(norm, gen.end) if gen is not None else None
    if gen is None or gen.code not in (focus, partner) or act is None \
            or any(gen.end < a.start < act.end() for a in mine):
        return None  # ("الاتهامات السعودية لإيران": the one after ل is a side, the accused)
    other = next((a for a in mine if gen.end < a.start < min(c_end, gen.end + 80) and a.kind != "pair"
                  and a.code in (focus, partner) and a.code != gen.code), None)
    if other is None or re.search(r"(?<![\w])(?:علي|ضد)\s+$", norm[max(0, other.start - 6):other.start]):
        return None
    return gen, other, False


_EXPULSION_NOUN = re.compile(r"[وفبلك]?(?:ل|ب)?(?:ال)?طرد(?![\w])")
_TO_ENVOY = re.compile(r"\s*ل(?:ل)?$")


def _expeller_genitive(norm, m, mine, focus, partner):
    """"بعد طرد أنقرة للسفير الإسرائيلي": the verbal noun طرد with its agent in the genitive right after it and the envoy
    expelled after ل (the agent's act on the envoy's country)."""
    head = _EXPULSION_NOUN.match(norm, m.start() + (len(m.group()) - len(m.group().lstrip())))
    if head is None:
        return None
    gen = next((a for a in mine if 0 <= a.start - head.end() <= 2 and a.kind not in ("pair", "nisba")), None)
    if gen is None:
        return None
    env = next((a for a in mine if a.start >= gen.end and a.kind == "role" and _TO_ENVOY.fullmatch(norm, gen.end, a.start)),
               None)
    if env is None or {gen.code, env.code} != {focus, partner}:
        return None
    return gen, env, False


def _coordinated_act(norm, m, prev, actors):
    """The other side of cue ``m`` when it is a finite verb coordinated after the previous act (``prev``: source,
    target, cue end) with no subject of its own: it shares that act's source (and, unless it names its own, its
    target), so a sentence holds one row per act of the chain; None otherwise.

    (Session 77) The second verb opens with و, ثم, or a comma before و ("…، واستدعت …"), or is the verb of a clause
    of time after the act ("بعدما/بعد أن اتهمت الدوحة"); it agrees with the source or with the first member of the
    list the source belongs to (a verb before its listed subject agrees with its first conjunct: "وقطعت الإمارات …
    والبحرين علاقاتها مع قطر واتهمتها"). A side named right after the verb is its object only when it is the other
    side and nothing else of the clause could be the object instead ("واتهمت الدوحة بدعم …"); a verb without a direct
    object ("وتعهدت بكين بالرد") has it as its own subject, and two sides after it ("واتهمت الدوحة الرياض") are a new
    subject and its object. With no previous act (``target`` None), the source is the sentence's subject and the
    object must be named right after the verb ("دمشق ترد وساما فرنسيا وتتهم باريس بالتبعية")."""
    src, tgt, prev_end = prev
    head = _cue_head(m.group().strip())
    if prev_end > m.start() or head is None or not _finite(head.group()) or m.start() - prev_end > 60:
        return None
    opener = _SECOND_OPENER.search(norm, max(0, m.start() - 14), m.start() + 1)
    if not m.group().startswith("و") and opener is None:
        return None
    if not (_agrees(head.group(), src) or _agrees(head.group(), _list_head(norm, actors, src))):
        return None
    chain = prev_end >= src.end  # the subject inside or before the first act's words: acts told one after another
    prev_end = max(prev_end, src.end, tgt.end if tgt is not None else 0)  # after the act's own subject and object
    if prev_end > m.start():
        return None
    gap = norm[prev_end:m.start()]
    if re.search(r"[.:؛;\"«»]", gap) or re.search(r"[،,]", gap[:-3] if _COMMA_AND.search(norm, max(0, m.start() - 4), m.start() + 1) else gap):
        return None
    cue_end = m.start() + head.end()
    if any(prev_end <= a.start < m.start() and (a.code != tgt.code if tgt is not None else a.kind != "nisba")
           for a in actors):
        return None  # (a thing named by a demonym between them, "ترد وساما فرنسيا", is no side)
    right = [a for a in actors if 0 <= a.start - cue_end <= 2]
    if not right:
        if not chain and _OWN_OBJECT.match(norm, cue_end) \
                and not _OBJECT_PRONOUN.fullmatch(re.sub(r"^[وف]", "", head.group())):
            return None  # "واتهم … تركيا بالجهل وأدان التدريبات": an object of its own, not the first act's target
        return tgt
    obj = right[0]
    if tgt is not None and obj.code != tgt.code or tgt is None and obj.code == src.code:
        return None
    if obj.kind in ("pair", "nisba") or _OBJECT_PRONOUN.fullmatch(re.sub(r"^[وف]", "", head.group())) \
            or _INTRANSITIVE_BI.fullmatch(head.group().lstrip("وف")) or _INTRANSITIVE_BI.fullmatch(head.group()):
        return None  # "واتهمتها قطر": the pronoun is the object, the side after it the subject
    if _OWN_OBJECT.match(norm, obj.end):
        return None  # "وانتقدت بريطانيا القرار": a definite noun after the side is the object, the side the subject
    end = min([i for i in (norm.find("،", obj.end), norm.find(",", obj.end), norm.find(".", obj.end)) if i >= 0]
              or [len(norm)])
    if any(obj.end <= a.start < end and a.code != obj.code and not _PREP_BEFORE.search(norm, max(0, a.start - 12), a.start)
           for a in actors):
        return None  # "واتهمت الدوحة الرياض بـ": a subject of its own and its object
    return obj


# a preposition or a proclitic ب/ل right before an actor: an oblique, never a subject or direct object
_PREP_BEFORE = re.compile(r"(?:(?<![\w])(?:مع|الي|علي|ضد|حول|لدي|تجاه|بشان|من|في|عن|عبر|بين|داخل)\s+|(?<![\w])[وف]?[لب])$")
_OWN_OBJECT = re.compile(r"\s+ال\w{2,}")  # a definite noun right after a verb: its own object
_OBJECT_PRONOUN = re.compile(r"\w{3,}(?:ها|هما|هم|ه)")  # "اتهمتها", "طردته" (not "تتهم": the root's هم)
# what opens a second verb of the same subject: ثم, or a clause of time after the act ("بعدما اتهمت")
_SECOND_OPENER = re.compile(r"(?<![\w])(?:ثم|بعدما|(?:بعد|عقب)\s+ان)\s+[وف]?\S*$")
_COMMA_AND = re.compile(r"[،,]\s*و\S*$")
# a dual verb right before a meeting or call noun and its coordinated subject right before the verb
_DUAL_VERB_BEFORE = re.compile(r"[وف]?(?:اجريا|اجرتا|عقدا|عقدتا)\s+(?:(?:ال)?(?:مكالمه|اتصالا|اتصال|محادثه)\s+)?$")
_ACCUSES = re.compile(r"(?<![\w])[وف]?(?:اتهم|اتهمت|يتهم|تتهم)\s*$")
_TO_LIST = re.compile(r"\s*(?:الي|ل)\s*(?:(?:ال)?[^\s،,.]+\s+و)?")  # "زيارتين إلى (السعودية و)تركيا"
