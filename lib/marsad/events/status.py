"""An event's status: reported, intent, denied, alleged or hypothetical (and the CAMEO code it moves to).

:func:`_status` reads the modality around a cue in its clause (future, plans, invitations, promises → 03x;
negation and refusal → 12x; accusations and unnamed reports → alleged; may/could → hypothetical), with the
helpers for obligations, "starts from", planned impositions, counterfactuals and the end of a reporting
frame.
"""
from __future__ import annotations

import re

from marsad.lang.rules import future_words, words_regex

from . import lexicon as lx
from .syntax import _COORD_VERB_AFTER_COMMA, _HOSTILE_ROOTS
from .arguments import _CARRY_OPEN, _SPARE_NO_EFFORT

__all__: list[str] = []  # private passes of marsad.events.extract


# A report attributed to a named report or an unnamed source after the event ("…، بحسب تقرير للأمم المتحدة").
_ALLEGED_AFTER = re.compile(r"(?<![\w])(?:بحسب|حسب|وفق|وفقا\s+ل|طبقا\s+ل)\s*(?:ال)?(?:تقرير|تقارير|مصدر|مصادر)\w*(?![\w])"
                            # ("بحسب المصدر الحكومي الفرنسي": an official source of a side is attribution, not hearsay)
                            r"(?!\s+(?:ال)?(?:حكومي|رسمي|وزاري)\w*)")
_FUTURE_WORDS = re.compile(words_regex(future_words(), left=r"(?<![\w])[وف]?"))
_FUTURE_VERB = re.compile(
    r"(?<![\w])[وف]?(?:سوف|سيتم|ستتم|سيكون|ستكون|سيعقد|ستعقد|سيزور|ستزور|سيلتقي|ستلتقي|سيجري|ستجري|سيقوم|ستقوم|"
    r"سيبحث|ستبحث|سيناقش|ستناقش|ستساعد|سيساعد|ستصبح|سيصبح|ستفي|سيوقع|ستوقع|سيتوجه|ستتوجه|سنعمل|سيعمل|ستعمل|"
    r"سيواصل|ستواصل|سيستضيف|ستستضيف|سيستقبل|ستستقبل)(?![\w])")
# Future imperfect on any verb ("ستسرّع", "سيناقش"), minus common nouns that start the same way.
# The exclusions include the letter after س (سياسة، سنوات، سنة، ستين …), so they are checked before it.
_FUTURE_PREFIX = re.compile(r"(?<![\w])[وف]?س(?!ياس|يار|نوا|نه(?![\w])|نوي|يطر|يد|ينا|تار|تين|ته(?![\w])|تون|"
                            r"يول|يف|يرت|يرو|ين(?![\w])|ني|نغ|تاد|تراتيج|تال|ياد|ياح|نت|"
                            # names: سيرغي/سيرجي (Sergei), سيمون, ستيفن, ستوكهولم, ستولتنبرغ, سيباستيان
                            r"يرغي(?![\w])|يرجي(?![\w])|يمون(?![\w])|تيف[ان]|توكهولم|تولتنبرغ|يباستيان)[يتن]\w{3,}")
_INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "01": "030", "02": "030", "08": "035"}
_REFUSE = {"04": "125", "05": "120", "06": "121", "07": "122", "03": "120", "08": "124"}
_WINDOW_BEFORE = 45   # chars before a cue searched for modality markers
# "لم تخل"، "لا يخلو" … من: not without (a litotes), no negation of the act after it
_LITOTES = re.compile(r"\s+[يت]خل[وا]?\s+")
_NEG_WINDOW = 14      # negation must sit right before the cue ("لم يجتمع", "لن تعرض")


def _frame_end(norm, s_start, pos) -> int:
    """Where the content of the last reporting frame before ``pos`` begins ("قال … إن |"), or ``s_start``."""
    end = s_start
    for r in lx.REPORTING.finditer(norm, s_start, pos):
        comp = lx.COMPLEMENTIZER.search(norm, r.end(), min(pos, r.end() + 90))
        if comp is not None:
            end = max(end, comp.end())
    return end


# A denial governing the clause: "نفت روسيا أن تكون قد زودت …", "تنفي موسكو أي ضلوع في …" (the act is denied).
_DENY_THAT = re.compile(r"(?<![\w])[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا|ينفون|انكر|انكرت|ينكر|تنكر|كذب|كذبت|يكذب|تكذب)\s+"
                        r"(?:\S+\s+){0,4}?(?:ان|بان|انه|انها|اي|وجود|ضلوع|تورط|قيام|قيامها|قيامه)(?![\w])")


# Reluctance and disowning govern what follows عن: "سبب عزوف إيران عن إعلان تعهد مالي", "أحجمت تركيا عن تقديم
# مساعدات", "تنصلت من التزاماتها" (a refusal, not the act).
_RELUCTANT = re.compile(r"(?<![\w])[وفبل]?(?:(?:ال)?عزوف|عزف(?:ت|وا)?|يعزف|تعزف|(?:ال)?احجام|احجم(?:ت|وا)?|يحجم|تحجم|"
                        r"(?:ال)?امتناع|امتنع(?:ت|وا)?|يمتنع|تمتنع|(?:ال)?تنصل|تنصل(?:ت|وا)|يتنصل|تتنصل)"
                        r"\s+(?:[^\s،,.]+\s+){0,4}?(?:عن|من)\s+(?:[^\s،,.]+\s+){0,2}?$")


# "ويلتقي الرئيس الأميركي قريبا لأول مرة زعيم كوريا الشمالية": "soon" after the verb, in its clause, makes it a plan
# "ويقوم ماكرون اعتبارا من الاثنين بزيارة دولة": a clause opened by an imperfect verb (not تم) that says from when
# the act starts is a plan; a done act starts "منذ"
_IMPERFECT_OPEN = re.compile(r"\s*[وف]?(?:[يت](?!م(?![\w]))\w{2,})(?![\w])")
_FROM_ON = re.compile(r"(?<![\w])اعتبارا\s+من(?![\w])")


_UPCOMING_AFTER = re.compile(r"\s*(?:ال)?(?:مقبل|مرتقب|مقرر|مزمع|قادم|منتظر)(?:ه)?(?![\w])")
# a verb or noun of avoiding right before the cue ("لتجنب ضرب أهداف روسية", "بهدف تفادي مواجهة")
# an obligation frame opening a statement: "(قالت …) إن على بريطانيا استغلال …", "قوله: "على تريزا ماي أن تستغل …"
# (not the name علي: "أن علي خامنئي"; not a fixed phrase: "إن على رأس …")
_OBLIGED = re.compile(r'(?:(?<![\w])ان|:|["«“])\s*["«“]?\s*علي\s+(?!(?:خامنئي|اكبر|لاريجاني|شمخاني|ولايتي|عبد\w*|رضا|'
                      r'راس|هامش|صعيد|مستوي|خلفيه|اثر|الرغم|غرار|مدي|ضوء|حد|الاقل|وشك|اساس|ما|الارض)(?![\w]))')
_CLAUSE_BREAK = re.compile(r"[،,.؛;]")


def _obliged_before(norm: str, s_start: int, cue_start: int) -> bool:
    """A cue inside an obligation frame of its sentence, with no comma between: the act is demanded, not done."""
    last = None
    for last in _OBLIGED.finditer(norm, s_start, cue_start):
        pass
    return last is not None and not _CLAUSE_BREAK.search(norm, last.end(), cue_start)
_DURING_BEFORE = re.compile(r"(?<![\w])[وف]?(?:خلال|اثناء)\s+$")
# "، وذلك خلال …": the "during" of the clause before the comma (ذلك points back to its act)
_THAT_DURING = re.compile(r"(?<![\w])وذلك\s+(?:خلال|اثناء)\s+$")
_FUTURE_DISCUSS = re.compile(r"(?<![\w])[وف]?س[يتن](?:بحث|ناقش|تباحث|تناول|عرض|طرح|تحدث|تشاور|تفاوض)\w*")
_PAST_TIME_AFTER = re.compile(r"(?<![\w])(?:الماضي|الماضيه|امس|سابق|السابق)(?![\w])")


def _starts_from(norm, c_start, cue_start) -> bool:
    """Whether the clause of the cue opens with an imperfect verb and says, before the cue, from when it starts."""
    return _IMPERFECT_OPEN.match(norm, c_start) is not None and _FROM_ON.search(norm, c_start, cue_start) is not None


_SOON_AFTER = re.compile(r"\s+(?:[^\s،,.]+\s+){0,6}?(?:قريبا|عما\s+قريب)(?![\w])")
_THAT_IS = re.compile(r"\s*وذلك(?![\w])")


# the verbal noun "فرض" governed by a plan or an effort right before the tariffs or sanctions: "تسعى إدارة الرئيس
# الأميركي دونالد ترمب إلى فرض رسوم", "يجهز فيه … ترمب خططا لمعاقبة الصين بفرض رسوم"
_IMPOSE_GOVERNED = re.compile(r"(?<![\w])(?:الي\s+|[لب])فرض\s+(?:[^\s،,.]+\s+){0,1}$")


def _planned_imposition(norm, c_start, m) -> bool:
    """Whether the tariffs or sanctions of the cue are what a plan or an effort of the clause aims at (a plan word up
    to 100 characters before them, "فرض" governed by إلى/لـ/بـ right before them)."""
    return bool(_IMPOSE_GOVERNED.search(norm, max(c_start, m.start() - 30), m.start())) \
        and lx.FUTURE.search(norm[max(c_start, m.start() - 100):m.start()]) is not None


def _status(norm, c_start, m, code, row, s_start, s_end=None):
    """Modality of the cue: alleged, hypothetical, denied, intent or reported (and the code it takes)."""
    # A clause in the past perfect ("، وكان قد التقى …") has its own tense: the future of the clause before it
    # ("سيزور …") does not reach it.
    own = c_start if c_start > s_start and _CARRY_OPEN.match(norm, c_start) else s_start
    if row is not None and row.get("aspect") == "past" and _COORD_VERB_AFTER_COMMA.search(norm, max(0, m.start() - 4),
                                                                                           m.start() + 2):
        own = c_start = m.start()  # "… سيتضمّن دعوات …، وأشاد بنجاح الحكومة": the future before the comma is not its
    before = norm[max(own, m.start() - _WINDOW_BEFORE):m.start()]
    sentence_before = norm[s_start:m.start()]
    s_end = len(norm) if s_end is None else s_end
    root = code[:2]
    if c_start > s_start and _THAT_IS.match(norm, c_start):
        # "اتهمت الصين …، وذلك رداً على التهديدات التي وجهتها واشنطن": the writer's own explanation after "وذلك" is
        # not the accusation's content
        sentence_before = norm[c_start:m.start()]
    if (lx.ALLEGED.search(sentence_before) or _ALLEGED_AFTER.search(norm, m.end(), s_end)) and root != "11":
        return "alleged", code, "status:alleged"
    head = (m.group().strip().lstrip("وف").split() or [""])[0]
    if root in _INTENT and _SPARE_NO_EFFORT.search(norm, max(c_start, m.start() - 70), m.start()) \
            and re.match(r"[وف]?لن", _SPARE_NO_EFFORT.search(norm, max(c_start, m.start() - 70), m.start()).group()):
        return "intent", _INTENT[root], "status:intent(will spare no effort)"  # (session 60) "لن تألو جهدا في التعاون"
    # a may/if word inside the reporting frame is not the reported act's modality: "قال وزير الاقتصاد الفرنسي،
    # برونو لو مير، إن فرنسا لن تتفاوض" ("لو" of a name, before the frame's "إن")
    frame_end = _frame_end(norm, s_start, m.start())
    if lx.HYPOTHETICAL.search(lx.mask_name_particles(norm, max(own, frame_end, m.start() - _WINDOW_BEFORE), m.start())) or (re.search(r"(?<![\w])قد\s*$", before) and re.match(r"[يتن]", head)
                                          and not re.fullmatch(r"ت\w+ت", head)):
        # "قد يلتقي": may meet (not a past verb: "إن تركيا قد توجهت إلى سوريا", "وقد تم توقيع": has gone, has been signed)
        return "hypothetical", code, "status:hypothetical"
    # (searched in place, not in a slice: a window cut inside "أعلن" must not read its tail "لن" as a negation)
    neg = lx.NEGATION.search(norm, max(s_start, m.start() - _NEG_WINDOW), m.start())
    if neg is not None and _LITOTES.fullmatch(norm, neg.end(), m.start()):
        neg = None  # (session 60) "لم تخلُ زيارة ميركل من التركيز على …": did not lack, the visit took place
    if neg is not None or (
            re.search(r"(?<![\w])[وف]?الا\s*$", before) and re.match(r"[يت]", head)) or _RELUCTANT.search(
            norm, max(c_start, m.start() - 70), m.start()) or (
            root not in ("11", "12") and _DENY_THAT.search(norm, max(c_start, m.start() - 80), m.start())):
        # ("ألا يزور رئيس روسي الولايات المتحدة منذ 2005": أن لا before an imperfect verb)
        if root in _INTENT and re.search(r"(?<![\w])لم\s*$", norm[max(s_start, m.start() - 6):m.start()]) \
                and (_NOT_YET.match(norm, m.end()) or _NOT_YET.match(norm, m.start() + len(m.group().split()[0]))):
            # "قال ترامب إنه لم يتحدث بعد مع العاهل السعودي": not yet done is still to be done (a plan), not refused
            return "intent", _INTENT[root], "status:intent(not yet)"
        return "denied", _REFUSE.get(root, "120") if root in _REFUSE else code, "status:denied"
    if root == "03":
        return "intent", code, "status:intent"  # an offer, a pledge, a commitment: intent by meaning
    cue_word = m.group().strip().lstrip("وفبلك")
    if root == "04" and row is not None and row.get("aspect") == "noun" \
            and _AFTER_IT.search(norm, max(c_start, m.start() - 9), m.start()) and not _UPCOMING_AFTER.match(norm, m.end()):
        # "سيجري في موعده، بعد اتصال هاتفي مساء الأربعاء": what a later act comes after has taken place (the future of
        # the clause is that act's)
        return "reported", code, "status:reported(after it)"
    if _DURING_BEFORE.search(norm, max(c_start, m.start() - 10), m.start()):
        # "ماكرون يسعى لعقد صفقات … خلال زيارته لواشنطن": the plan governs its purpose, not the visit it is made
        # during; the visit is planned only by its own words ("خلال زيارته المقبلة")
        if root in _INTENT and _UPCOMING_AFTER.match(norm, m.end()):
            return "intent", _INTENT[root], "status:intent"
        that = _THAT_DURING.search(norm, max(c_start, m.start() - 16), m.start())
        if root == "04" and that is not None and _FUTURE_DISCUSS.search(norm, frame_end, that.start()) \
                and not _PAST_TIME_AFTER.search(norm, m.end(), min(s_end, m.end() + 90)):
            # (session 64) "إنها ستبحث أفضل السبل …، وذلك خلال محادثات مع نظيرها … اليوم الأربعاء": "وذلك" points back
            # to the clause before, so the talks its future discussion is held in are planned too; not an act of
            # another kind ("ستزيد مساعداتها، وذلك خلال زيارته") nor talks told as past ("الأسبوع الماضي")
            return "intent", _INTENT[root], "status:intent(during, after a future clause)"
        return "reported", code, "status:reported(during)"
    if (_starts_from(norm, c_start, m.start()) or _FUTURE_VERB.search(before) or _FUTURE_WORDS.search(before) or _FUTURE_PREFIX.search(norm[max(c_start, m.start() - 25):m.start()])
            or lx.FUTURE.search(norm[max(c_start, m.start() - 30):m.start()])
            or re.match(r"س[يتن]", cue_word)
            or (root == "16" and _planned_imposition(norm, c_start, m))
            or _SOON_AFTER.match(norm, m.end(), min([len(norm), m.end() + 70] + [i for i in (
                norm.find("،", m.end()), norm.find(",", m.end()), norm.find(".", m.end())) if i >= 0]))
            or _FUTURE_VERB.search(norm, m.end(), min(
                [len(norm), m.end() + 40] + [i for i in (norm.find("،", m.end()), norm.find(",", m.end()),
                                                         norm.find(".", m.end())) if i >= 0]))
            # (the future after a comma is the next clause's: "منحت لبنان مساعدة عسكرية …، وستكون هذه المساعدة …";
            # after a full stop the next sentence's: "وقعت … اتفاقات تعاونية ثقافية. وستقوم فرنسا بموجب هذه الاتفاقات …")
            or (root == "07" and row is not None and row.get("aspect") == "noun"
                and not re.search(r"(?<![\w])(?:هذه|هذا|تلك|ذلك)\s+$", norm[max(0, m.start() - 6):m.start()])
                and any(not re.match(r"[وف]?س[يت]كون", f.group()) for f in
                        _FUTURE_PREFIX.finditer(norm[max(c_start, m.start() - 140):m.start()])))):
        # ("فرنسا ستعلن من جهتها عن جهد كبير … يبلغ 400 مليون يورو من القروض": the sums of a future announcement are
        # pledged, not given; "وستكون هذه المساعدة على شكل معدات" describes an aid told before)
        if root in _INTENT:
            return "intent", _INTENT[root], "status:intent"
        if root == "03":
            return "intent", code, "status:intent"
        if root in ("13", "14", "15", "16", "17", "18", "19", "20") and (
                lx.FUTURE.search(norm[max(c_start, m.start() - 30):m.start()])
                or _FUTURE_PREFIX.search(norm[max(c_start, m.start() - 25):m.start()])
                or re.match(r"س[يتن]", cue_word) or (root == "16" and _planned_imposition(norm, c_start, m))):
            # "واشنطن تعتزم فرض عقوبات على موسكو", "ستفرض": planned, not done (the code stays; not a fact)
            if root == "13":
                # "قال لافروف إن روسيا سترد على بريطانيا": a threat told in the future is made now (a threat, reported)
                return "reported", code, "status:reported(announced: a threat)"
            if root == "17":
                # "ستمضي قدما في محاولاتها إجبار إيران على تغيير سلوكها": announcing coercion is a threat
                return "reported", "131", "status:reported(announced coercion: a threat)"
            if root in _HOSTILE_ROOTS:
                # "قال ليبرمان إن بلاده ستدمر القواعد الإيرانية": announcing force is a threat of force (138)
                return "reported", "138", "status:reported(announced force: a threat)"
            if _DATE_SET_FOR.search(norm, max(c_start, m.start() - 20), m.start()):
                # "حددت واشنطن الرابع من نوفمبر المقبل موعدا لحظر استيراد النفط الإيراني": the ban is decided, its
                # start is what lies ahead
                return "reported", code, "status:reported(decided, date set)"
            return "intent", code, "status:intent(planned)"
    return "reported", code, "status:reported"


# A counterfactual (session 73): "إنه لو كان رئيسا للجمهورية …، لقام باستدعاء السفير" — "لو" with a past condition,
# then the answer "لـ + perfect verb" right before the act: what would have been done was not done
_IF_UNREAL = re.compile(r"(?<![\w])[وف]?لو\s+(?:كان|كانت|كنت|كنا|كانوا|ان|انه|انها|انهم|لم)(?![\w])")
_UNREAL_ANSWER = re.compile(r"(?<![\w])ل(?:قام|قامت|قمت|قمنا|قاموا|كان|كانت|كنت|كنا|كانوا|تم|اتخذ|اتخذت|فعل|فعلت)"
                            r"(?![\w])(?:\s+\S+){0,3}\s*$")


def _counterfactual(norm, s_start, cue_start) -> bool:
    """The cue is the answer of an unreal "لو" condition told before it in its sentence (``_IF_UNREAL`` …
    ``_UNREAL_ANSWER``): the act was not done."""
    cond = _IF_UNREAL.search(lx.mask_name_particles(norm, s_start, cue_start))
    return cond is not None and _UNREAL_ANSWER.search(norm, max(s_start + cond.end(), cue_start - 40), cue_start) is not None


# Session 117: the act of a condition is no event ("وفي حال توجه مون جاي إن إلى بيونغ يانغ فستكون …", "سندمر طهران إذا
# هاجمت تل أبيب", "في حال قامت إيران بتطوير أسلحة ستقوم بالمثل"; gold: a condition's act is a no-event sentence, the
# threat it conditions is the threatener's 130). A condition word -- إذا (not "ما/عما إذا", whether), في حال(ة), لو
# (not a name particle), ما لم -- and the cue starting <= 40 characters after it with nothing between that ends the
# protasis: clause punctuation, an answer opened by ف ("فستكون", "فإن") or a future verb ("سنرد", "سوف").
_IF_WORD = re.compile(r"(?<![\w])(?<!ما )(?<!عما )[وف]?(?:اذا(?:\s+ما)?|في\s+حال(?:ه)?|لو|ما\s+لم)(?![\w])")
_ANSWER_OPEN = r"(?:ف(?:ان\w*|س\w+|لن|قد|لا|هذا|هذه|ذلك)|س[يتن]\w{2,}|سوف)(?![\w])"
_PROTASIS_END = re.compile(r"[،,.؛:!?؟]|(?<![\w])" + _ANSWER_OPEN)
_ANSWER_AT = re.compile(r"[و]?" + _ANSWER_OPEN)
# Session 118 (Q′): two readings Q got wrong are kept out -- an if-need-be phrase ("في حال تطلب الأمر", "إذا لزم
# الأمر": a protasis closed in itself, whose main clause's act follows it) and "في حالة" + a state ("في حالة ترقب"):
# markers.csv IF_NEED_BE and CONDITION_STATE (lexicon), with their reasoning


def in_protasis(norm: str, s_start: int, cue_start: int) -> bool:
    """Whether the cue starting at ``cue_start`` is inside a condition's protasis (``_IF_WORD`` … ``_PROTASIS_END``);
    a cue whose word opens the answer ("فسنرسل", "سنرد") is not, nor one after an if-need-be phrase (``lexicon.IF_NEED_BE``:
    "ستحصل في حال تطلب الأمر على دعم") or after "في حالة" + a state (``lexicon.CONDITION_STATE``: "في حالة ترقب لزيارة")."""
    lo = max(s_start, cue_start - 60)
    word = max(lo, norm.rfind(" ", lo, cue_start) + 1)  # the start of the cue's word ("فـ" of "فسنرسل")
    if _ANSWER_AT.match(norm, word):
        return False
    masked = lx.IF_NEED_BE.sub(lambda n: " " * len(n.group()), lx.mask_name_particles(norm, lo, word))
    cond = None
    for c in _IF_WORD.finditer(masked):
        if "حال" not in c.group() or not lx.CONDITION_STATE.match(norm, lo + c.end()):
            cond = c  # "في حالة ترقب": حالة, a state, is no condition
    if cond is None or cue_start - (lo + cond.end()) > 40:
        return False
    return _PROTASIS_END.search(masked, cond.end()) is None


_NOT_YET = re.compile(r"\s+بعد(?!\s+(?:ان|ما)(?![\w]))(?![\w])")  # "لم يتحدث بعد" (not "بعد أن": after)
_DATE_SET_FOR = re.compile(r"(?<![\w])(?:موعدا|موعد|تاريخا)(?:\s+(?:نهائيا|جديدا|رسميا))?\s+$")
_AFTER_IT = re.compile(r"(?<![\w])[وفب]?(?:بعد|عقب|اثر|غداه|بعيد)\s+$")
