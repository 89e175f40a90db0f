"""Source and target of a cue: which two actors of the sentence are its agent and its other side.

:func:`_arguments` is the entry (the cue's own reading by :func:`_cue_arguments`, plus a second act of the same
pair after a meeting or visit by :func:`_second_act`). The cue's own reading runs the named steps of
:data:`_CUE_ARGUMENT_STEPS` over a :class:`_Reading` (its phrase, its participants, a carried subject or the speaker,
the gates on the sides, "بين", the participants kept, the nearest pair, the direction, the last corrections; split36e).
:func:`_flags` tells what the words before an actor make of it (a topic, a route, a venue); the other helpers read
appositions, noun agents, verbs of leaving and whether a noun cue takes place in its clause (:func:`_occurred`).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from . import lexicon as lx
from .clauses import _time_asides
from .demonyms import _SITES_IN, _STRIKE_LIST, _demonym_after
from .syntax import (_COORD_VERB_AFTER_COMMA, _DAY_WORD, _HOSTILE_ROOTS, _OBJ_SUFFIX, _agrees, _aspect, _companions,
                     _cue_head, _direct_object, _drop_lists, _finite, _first_conjunct, _joint, _list_tail,
                     _governs_cue, _object_of_verb, _oblique, _own_subject_after, _proclitic_noun, _verb_cue, _with_list)

__all__: list[str] = []  # private passes of marsad.events.extract


_CARRY_OPEN = re.compile(r"\s*[وف]?(?:كان|كانت|كانوا|قد)(?![\w])")
# A "where" clause after the visit or act of the sentence's subject ("…، حيث التقى نظيره الروسي").
_WHERE_OPEN = re.compile(r"\s*[وف]?حيث(?!\s+(?:تم|كان|كانت|جري|جرت|وقع|وقعت)(?![\w]))\s+(?=\S)")
# Sanctions are the subject's act only with a verb or noun of imposing (فرضت، شددت، توسيع …) in the clause before them.
_REPLIED = re.compile(r"(?<![\w])[وف]?(?:رد|ردت|ردا|ردتا|ردوا|يرد|ترد|يردون)(?![\w])")
_BY_ACT = re.compile(r"\s*[وف]?ب(?:ال)?(?:فرض|اتخاذ|طرد|استدعاء|تجميد|وقف|ايقاف|تعليق|قطع|رفع)(?![\w])")
_BI_VERB = re.compile(r"(?:ندد|نددت|نددوا|يندد|تندد|استنكر\w*|يستنكر|تستنكر|اشاد|اشادت|اشادوا|يشيد|تشيد)(?![\w])")
# "العقوبات الاقتصادية التي فرضتها بلاده على إيران": the imposing verb in a relative clause right after the sanctions
_IMPOSED_REL = re.compile(r"\s+(?:\S+\s+){0,2}?(?:التي|الذي)\s+(?:فرض|فرضت|فرضوا|تفرض|يفرض|فرضتها|فرضها|فرضوها|"
                          r"تفرضها|يفرضها)(?![\w])")
# "أعلن الطرفان عن اتفاق بين …", "الإعلان عن اتفاق": what is announced after عن is the act, not a topic
_ANNOUNCED = re.compile(r"(?<![\w])[وف]?(?:اعلن|اعلنت|اعلنا|يعلن|تعلن|(?:ال)?اعلان|كشف|كشفت)\s+(?:\S+\s+){0,2}?عن\s+$")
_TIME_BEFORE_COMMA = re.compile(r"(?<![\w])" + _DAY_WORD + r"\s*$")
# what may stand between a time adjunct's comma and the noun: a preposition, a verbal noun ("أعلن أردوغان، الثلاثاء، عن
# فرض رسوم")
_NOUN_LEAD = re.compile(r"[\s،,]*(?:(?:عن|الي)\s+)?(?:[وبل]?(?:ال)?(?:فرض|اعلان|اعاده|زياده|مضاعفه|رفع)\s+)?")
_DAY_ASIDE = re.compile(r"\s*" + _DAY_WORD + r"\s*[،,]")
_TIME_ASIDE = re.compile(_DAY_ASIDE.pattern + _NOUN_LEAD.pattern)


# An actor right after a relative pronoun and its verb: the subject of that restrictive relative clause.
_REL_SUBJECT = re.compile(r"(?<![\w])(?:الذي|التي|الذين|اللذين|اللتين)\s+(?!ال)[^\W\d_]{3,}\s+$")
_WITH_SOON = re.compile(r"(?:\s*[،,]?\s+[^\s،,.]+){0,3}?\s*[،,]?\s+مع\s+")  # "قطع علاقاتها (التجارية والدبلوماسية) مع ", "علاقاتها من جهة، مع "


# a sponsor verb right before talks or a meeting ("رعت فرنسا محادثات بين …", "نظمت باريس لقاء بين …")
_SPONSORED = re.compile(r"(?<![\w])[وف]?(?:رعت|رعي|رعوا|يرعي|ترعي|نظم|نظمت|ينظم|تنظم|توسطت|توسط)\s+(?:[^\s.،,]+\s+){0,3}?\Z")
# the destination of a visit right after its visitor, a place that is no side ("زيارة رئيس الوزراء اليمني للجزيرة")
_VISIT_PLACE = re.compile(r"\s+(?:الي\s+|ل)(?:ال)?[^\W\d_]{2,}(?![\w])")


# A second verbal noun of travel with its own agent ("قبيل مغادرة اللاعبين إلى", "قبل توجه الوفد إلى"): what follows
# its "إلى" is that agent's destination, not the place of the meeting or visit before it
_OTHERS_TRIP = re.compile(r"(?<![\w])(?:قبيل|قبل|بعد|بعيد|عقب|لدي|اثناء|خلال|فور|عند|مع)\s+(?:ال)?(?:مغادره|توجه|سفر|عوده|"
                          r"وصول|رحيل|انتقال|ذهاب)\s+(?:[^\s،,.]+\s+){1,4}?(?:الي|ل)\s*$")
# The reporter speaks of itself ("قال بوتين إنه مستعد …", "أكد أن بلاده …").
_SELF = re.compile(r"(?:انه|بانه|انها|بانها|اننا|باننا)\s*$")
_SELF_START = re.compile(r"\s*[وف]?(?:بلاده|بلادها|حكومته|حكومتها|بلدنا|بلادنا)(?![\w])")
_SYMMETRIC_ROOTS = {"03", "04", "05", "06"}
_FLIGHTS = re.compile(r"رحلات|طيران|ملاحه")


# after a hosting verb: up to five words (its subject, a time; at most one actor) and a gathering as its object
_HOSTS_GATHERING = re.compile(r"\s+(?:(?![وفبل]?(?:علي|في|خلال|هامش|بعد|قبل|عقب|اثناء|ضمن|من|الي|مع|عن|حول)(?![\w]))"
                              r"[^\s،,.]+\s+){0,5}?(?:ال)?"
                              r"(?:مؤتمر|قمه|منتدي|اجتماعات|دوره|معرض|مهرجان|محادثات|مفاوضات|الالعاب|بطوله)(?![\w])")
_GATHERING_HOSTED = re.compile(r"(?<![\w])[وفبلك]{0,2}(?:ال)?(?:مؤتمر|مؤتمرات|قمه|قمم|منتدي|منتديات|اجتماع|اجتماعات|دوره|"
                               r"دورات|بطوله|معرض|مهرجان|الالعاب|مباراه|مباريات)\s+(?:[^\s.]+\s+){0,6}$")
# a pledge whose object is pressure, sanctions or a reply (the first ب-word within seven after the cue, the subject
# and a day between: "تعهد الرئيس الأمريكي، دونالد ترامب، الجمعة، بمواصلة الضغط")
_PLEDGED_PRESSURE = re.compile(r"[\s،,]*(?:(?!ب)[^\s،,.]+[\s،,]+){0,6}?[وبل]?(?:ال)?(?:مواصله\s+|زياده\s+|تشديد\s+|فرض\s+)?(?:ال)?"
                               r"(?:ضغط|ضغوط|ضغوطات|عقوبات|عقوبه|رد|انتقام|معاقبه|رسوم|تعريفات)(?![\w])")
# hosting a contest or a fair: its object is the event, not a visitor
_HOSTED_CONTEST = re.compile(r"\s*(?:ل)?(?:ال)?(?:كاس|بطوله|بطولات|مونديال|اولمبياد|الالعاب|دوره\s+الالعاب|نهائيات|"
                             r"نهائي|مباراه|مباريات|سباق|معرض|مهرجان)(?![\w])")
# A meeting noun that is still planned: "القمة المقررة/المرتقبة/المزمعة", "قبل/قبيل قمة …"
# ("لقاء ثانٍ محتمل بين ترمب وبوتين": a possible meeting is not one held)
_PLANNED_AFTER = re.compile(r"\s*(?:(?:الذي|التي)\s+(?:كان|كانت)\s+|\S+\s+)?(?:ال)?(?:مقرر|مرتقب|مزمع|منتظر|مرتقب|محتمل)"
                            r"(?:ه|ين|ا)?(?![\w])")
# a rejection's object that is a pronoun or a demonstrative ("رفض ذلك", "رفضه"): not a thing of its own
_REJECTED_PRONOUN = re.compile(r"\s*[وف]?(?:ذلك|هذا|هذه|تلك|هذين|هاتين|ه|ها|هم|هما|ما|كل|اي|مثل|اياه|اياها)(?![\w])")


def _flags(norm: str, a) -> tuple[bool, bool, bool, bool]:
    """What the words before an actor make of it: a topic, a route, a venue, "ب" + a place."""
    return (bool(lx.TOPIC.search(norm[max(0, a.start - 30):a.start]) or _COINCIDE.search(norm, max(0, a.start - 110), a.start)
                 or _JOINED.search(norm, max(0, a.start - 50), a.start)
                 or _CAUSE_VICTIM.search(norm, max(0, a.start - 40), a.start))
            # "أشاد بوتين بالمباراة الأخيرة بين فرنسا وكرواتيا": the sides of a match are its teams
            or bool(_MATCH_BETWEEN.search(norm, max(0, a.start - 40), a.start)),
            # ("وقد عبر ترامب عن تكاتفه مع المملكة": عبّر + its subject + عن is the verb "expressed", no route)
            bool((_ROUTE.search(norm[max(0, a.start - 10):a.start]) and not _EXPRESSED_AFTER.match(norm, a.end))
                 or _BORDER_WITH.search(norm[max(0, a.start - 24):a.start])),
            bool((lx.VENUE.search(norm[max(0, a.start - 6):a.start])
                  and not (_ROUTE.search(norm[max(0, a.start - 10):a.start]) and _EXPRESSED_AFTER.match(norm, a.end)))
                 or _REGION_OF.search(norm, max(0, a.start - 16), a.start)
                 # "غوطة دمشق الشرقية", "ريف دمشق", "مطار بيروت": a place named after the capital
                 or (a.kind == "capital" and _PLACE_OF_CAPITAL.search(norm, max(0, a.start - 12), a.start))
                 # "ويأتي اجتماع الخرطوم بعدما …"، "من اجتماعات أديس أبابا": a gathering named by the capital it is
                 # held in (not "محادثات أنقرة وطهران", the two capitals as its parties)
                 or (a.kind == "capital" and _GATHERING_OF_CAPITAL.search(norm, max(0, a.start - 16), a.start)
                     and not _AND_NEXT.match(norm, a.end))
                 # "في العاصمة الإماراتية أبوظبي": the capital named with its country's adjective after في/ب is a place
                 # (both the adjective and the capital's name after it)
                 or ((m_cap := _IN_CAPITAL_OF.search(norm, max(0, a.start - 34), a.start)) is not None
                     and (m_cap.group(1) is not None or a.kind not in ("capital", "country"))))
            and not _MEMBERS_IN.search(norm[max(0, a.start - 30):a.start]),
            a.kind in ("country", "capital") and norm[a.start - 1:a.start] == "ب")
_GATHERING_OF_CAPITAL = re.compile(r"(?<![\w])[وفبل]?(?:ال|لل)?(?:اجتماع|اجتماعات|قمه|محادثات|مفاوضات|مباحثات|مؤتمر|"
                                   r"لقاء|لقاءات|منتدي)\s+$")
_AND_NEXT = re.compile(r"\s+و\S")
# "تزويد الحوثيين في اليمن بالصواريخ": a non-state group located in the country (rebels, militias, factions,
# opposition) is the recipient; the country after في is its place, not the target of the aid or supply
_GROUP_IN = re.compile(r"(?<![\w])[وفبل]?(?:لل|ال)(?:حوثي\w*|متمرد\w*|معارضه|فصائل|ميليشي\w*|مليشي\w*|مسلحين|"
                       r"انفصالي\w*)\s+(?:(?:ال)?(?:مسلح|معارض|حوثي)\w*\s+)?في\s+$")
_IN_CAPITAL_OF = re.compile(r"(?<![\w])(?:في|ب)\s*(?:ال)?عاصمه\s+(ال\S+(?:يه|ي)\s+)?$")
_PLACE_OF_CAPITAL = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:غوطه|ريف|مطار|ضواحي|شوارع|محيط|احياء|ميناء|مرفا|جامعه)\s+$")
_MATCH_BETWEEN = re.compile(r"(?<![\w])[وفبل]{0,2}(?:ال)?(?:مباراه|مباريات|نهائي|مباراتي)\s+(?:[^\s،,.]+\s+){0,3}?بين\s+"
                            r"(?:(?:[^\s،,.]+\s+){0,2}?و)?$")


# "قررت إغلاق سفارتها في تركيا وذلك إثر مقتل السفير الروسي في أنقرة": the victim of the event that caused the act
# (named in a backgrounded cause adjunct) is no participant of the act
_CAUSE_VICTIM = re.compile(r"(?<![\w])[وفبل]?(?:اثر|عقب|بعد|جراء|بسبب|خلفيه|اعقاب)\s+(?:ال)?(?:مقتل|اغتيال|مصرع|وفاه|"
                           r"اختطاف|خطف|اصابه|استشهاد)\s+$")


# "وتزامنت زيارة كيم إلى الجزيرتين مع قيام الجيش الكوري الجنوبي بـ…": what an act coincides with is no participant
_COINCIDE = re.compile(r"(?<![\w])[وفب]?(?:(?:ال)?تزامن|تزامنت|يتزامن|تتزامن|تزامنا|متزامن\w*)\s+(?:[^\s،,.]+\s+){0,10}?"
                       r"مع\s+(?:[^\s،,.]+\s+){0,3}?$")


_CRITIC_BEFORE = re.compile(r"(?<![\w])[وف]?(?:انتقد\w*|ينتقد\w*|تنتقد\w*|ادان\w*|تدين|يدين|ندد\w*|تندد|يندد|استنكر\w*|"
                            r"يستنكر\w*|تستنكر\w*|رفض\w*|يرفض\w*|ترفض\w*)\s+(?:[^\s،,.]+\s+){0,1}?$")


# "في منطقة عفرين بشمال سوريا", "في جنوب البلاد": a region of a country is a place
_REGION_OF = re.compile(r"(?<![\w])(?:في|ب|الي|من)\s*(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)\s+$")


# "12 عنصرا في الاستخبارات الروسية", "ضباط في الجيش الروسي": members of an organ; the organ is no venue
_MEMBERS_IN = re.compile(r"(?<![\w])(?:عنصرا|عناصر|ضابطا|ضباط|اعضاء|عضوا|موظفا|موظفين|موظفي|مسؤولا|مسؤولين)\s+في\s+$")


# A word between a clause-initial verb and the first actor after it that is not a time word, an article-bearing
# noun (role, "الرئيس"), a preposition or punctuation: a name the knowledge base does not hold, the verb's subject.
_SUBJECT_BETWEEN = re.compile(r"\s*(?!(?:امس|اليوم|غدا|مجددا|ايضا|رسميا|بدوره|بدورها|اخيرا|مؤخرا|فعلا|بالفعل|يوم|"
                              r"مع|الي|علي|من|في|عن|ل|ب|لدي|قد|لقد|كل|بين)(?![\w]))(?!ال)(?![وفبلك]ال)"
                              # a role noun before the country is the country's organ ("رد وفد قطر …")
                              r"(?!(?:" + lx.ROLE_NOUNS + r")\s)[^\W\d_]{3,}"
                              r"\s+(?![^\W\d_]{0,2}\s)")
# (session 60) The words of a clause before its verb that are its subject, SVO (a title's "خاتمي يهدد …"): one to three
# words, no conjunction on the first, no particle, adverb, time word or reporting verb among them.
_SVO_STOP = (r"(?:ثم|كما|قد|لقد|كذلك|ايضا|بدوره|بدورها|اليوم|امس|غدا|حيث|اذ|اذا|ان|انه|انها|لكن|بينما|فيما|عندما|بعدما|"
             r"حين|حينما|كان|كانت|لم|لن|لا|ما|الان|مساء|صباح|ظهر|فجر|ليل|ليله|الجمعه|السبت|الاحد|الاثنين|الثلاثاء|"
             r"الاربعاء|الخميس|يوم|هكذا|مجددا|رسميا|اخيرا|مؤخرا|عندها|لذلك|لذا|اما|كيف|لماذا|هل|متي|اين|قال|قالت|"
             r"اعلن|اعلنت|اكد|اكدت|بعد|قبل|خلال|منذ|عام|العام|هذا|هذه|تلك|ذلك|الذي|التي|الذين|كل|بين|عن|من|في|مع|"
             r"الي|علي|ل|ب|حاليا|سابقا|لاحقا|فورا|عاجل|بالفيديو|بالصور|شاهد)(?![\w])")
_SVO_SUBJECT = re.compile(r"\s*[\"«“]?(?![وف])(?!" + _SVO_STOP + r")[^\W\d_]{3,}(?:\s+(?!" + _SVO_STOP
                          + r")[^\W\d_]{2,}){0,2}\s*")
# "لن تألو دولة قطر جهدا في", "لا يدخر الرئيس جهدا لـ": to spare no effort in an act (its subject in group who)
_SPARE_NO_EFFORT = re.compile(r"(?<![\w])[وف]?(?:لن|لم|لا)\s+(?:[يتن]ال(?:و|ون|وا)?|[يتن]دخر(?:ون|وا)?)\s+"
                              r"(?P<who>(?:[^\s،,.]+\s+){0,4}?)جهد(?:ا|اً)?\s+(?:في|ل|لل)?\s*$")
_DEF_SUBJECT = re.compile(r"\s+(ال(?!يوم|امس|غد|ان(?![\w])|خميس|جمعه|سبت|احد|اثنين|ثلاثاء|اربعاء|اسبوع|شهر|عام)\w{3,})\s")


_REL_BEFORE = re.compile(r"(?<![\w])(?:التي|الذي|الذين|اللذين|اللتين|اللذان|اللتان)\s+$")
# "في الوقت الذي يزور فيه وزير الخارجية الفرنسي … طهران": the relative's antecedent is a time (or place) taken up by
# فيه; the verb's subject follows it, so the antecedent is no subject. _IN_IT_AFTER_VERB blanked that فيه (same
# length): the verb is followed by its blank (5 to 7 spaces)
_WHERE_IN_IT = re.compile(r"\s{5,7}(?=\S)")


_HOST_NOUN = re.compile(r"[وفبل]?استقبال(?:ه|ها)(?![\w])")


def _subject_after_in_it(norm, end, actors) -> bool:
    """Whether the verb ending at ``end`` is followed by a blanked فيه and an actor (its subject) right after it
    ("الذي يزور فيه وزير الخارجية الفرنسي"; not "الذي تعهدا فيه توثيق العلاقات": the subject is the verb's own)."""
    blank = _WHERE_IN_IT.match(norm, end)
    return blank is not None and any(a.start == blank.end() for a in actors)


_ROUTE = re.compile(r"(?<![\w])(?:عبر|مرورا\s+ب)\s*$")
_EXPRESSED_AFTER = re.compile(r"\s+(?:(?!عن(?![\w]))[^\s،,.]+\s+){0,1}?عن(?![\w])")
# "على الحدود مع سوريا", "قرب الحدود مع …": a place named by the country, not the country
_BORDER_WITH = re.compile(r"(?<![\w])[وبل]?(?:ال)?(?:حدود|الشريط\s+الحدودي|المنطقه\s+الحدوديه)\s+(?:\S+\s+)?مع\s+$")


_LEFT_VERB = re.compile(r"(?<![\w])[وف]?(?:غادر|غادرت|يغادر|تغادر)(?![\w])")


def _left_behind(norm: str, a, actors) -> bool:
    """``a`` is the object of a verb of leaving whose subject is another actor named in between ("غادر بوتين كوريا")."""
    verb = None
    for verb in _LEFT_VERB.finditer(norm, max(0, a.start - 40), a.start):
        pass
    return verb is not None and any(b is not a and b.code != a.code and 0 <= b.start - verb.end() <= 1
                                    and 0 <= a.start - b.end <= 1 for b in actors)


def _apposition_left(norm, actors, c_start, left) -> int:
    """The comma before a noun's phrase may close an apposition ("إن الرئيس الروسي، فلاديمير بوتين، قبل دعوة من
    الرئيس السوداني لزيارة السودان"): when only a name of the actor before the opening comma stands between the two
    commas, the phrase starts before that actor, who is its subject."""
    if left < 0:
        return left
    opening = max(norm.rfind("،", c_start, left), norm.rfind(",", c_start, left))
    if opening < 0:
        return left
    inner = [a for a in actors if opening < a.start and a.end <= left]
    before = [a for a in actors if c_start <= a.start and a.end <= opening and not norm[a.end:opening].strip()]
    if len(inner) == 1 and before and before[-1].code == inner[0].code \
            and not norm[opening + 1:inner[0].start].strip() and not norm[inner[0].end:left].strip():
        return max(norm.rfind("،", c_start, before[-1].start), norm.rfind(",", c_start, before[-1].start))
    if len(inner) == 1 and not before and inner[0].kind == "role" and not norm[opening + 1:inner[0].start].strip() \
            and not norm[inner[0].end:left].strip() and _NAME_BEFORE.fullmatch(norm, c_start, opening):
        # "أعلن فؤاد أقطاي، نائب الرئيس التركي، الأربعاء، عن فرض …": a name the lexicon does not know, then its role
        # between commas: the role is the subject of the phrase after it
        return opening - 1 if opening > c_start else opening
    return left
# "عقوبات متبادلة", "اتهامات متبادلة": an act both sides do to each other
_MUTUAL = re.compile(r"[\"»”]?\s+(?:ال)?متبادل(?:ه|ين|ون)?(?![\w])")
_COMMA = re.compile(r"[،,]")
# a reporting verb and one to three words of a name, from the clause start to the comma of an apposition
_NAME_BEFORE = re.compile(r"\s*[وف]?(?:اعلن|اعلنت|قال|قالت|اكد|اكدت|كشف|كشفت|اوضح|اوضحت|صرح|صرحت)\s+(?:[^\W\d_]{2,}\s*){1,3}")
# a trip's purpose: a meeting of the United Nations or one of its bodies held in the country visited
_FOR_THE_UN = re.compile(r"(?<![\w])(?:ل|بهدف\s+|من\s+اجل\s+)(?:حضور|المشاركه\s+في)\s+(?:\S+\s+){0,2}?(?:لل|ال)?(?:امم\s+المتحده|"
                         r"جمعيه\s+العامه|مجلس\s+الامن)")


# An attack as the object of a condemnation ("بالضربات التي …"), and the country it strikes ("… على سوريا").
_CONDEMNED_ATTACK = re.compile(r"(?<![\w])و?ب(?:ال)?(?:ضربات|ضربه|هجوم|هجمات|هجمه|غارات|غاره|قصف|عدوان)(?![\w])")
_STRUCK = re.compile(r"(?<![\w])(?:علي|ضد)\s*$")
_AFTER_WHOM = re.compile(r"\s+(?:بعد|قبل)\s+")


# a verb opening a temporal clause with no subject of its own ("هذا بعد أن اعتبر", "قبل أن يزور")
_SUBORDINATE_VERB = re.compile(r"(?<![\w])(?:(?:هذا|ذلك)\s+)?(?:بعد|قبل|منذ|عقب)\s+ان\s+(?:[وف]?(?:كان|قد)\s+)?$")
# an actor that is an oblique object (after a preposition or the proclitic ل/ب), not a subject
_OBLIQUE_BEFORE = re.compile(r"(?:(?<![\w])(?:علي|عن|من|الي|مع|في|ضد|تجاه|ازاء|بحق)\s+(?:\S+\s+){0,1}|[لب])$")


def _oblique_actor(norm: str, a) -> bool:
    # (a people noun matched with its proclitic, "لفلسطينيين"; not a name that begins with ل or ب: لبنان، بريطانيا، بكين)
    return (a.kind not in ("country", "capital", "leader", "role") and a.form.startswith(("ل", "ب"))
            and a.form.endswith(("يين", "يون"))) or bool(_OBLIQUE_BEFORE.search(norm, max(0, a.start - 24), a.start))


# (session 62) A meeting, call or visit of the sentence's subject, then a second act told in a coordinated clause
_MET_VERB = re.compile(r"(?<![\w])[وف]?(?:التقي|التقت|التقيا|استقبل|استقبلت|اجتمع|اجتمعت|اتصل|اتصلت|هاتف|هاتفت|"
                       r"تباحث|تباحثت|استضاف|استضافت|زار|زارت)(?![\w])")
_SECOND_NOUN_OPEN = re.compile(r"(?:[،,]\s*|\s)(?:و|كما\s+)(?:اعلن|اعلنت|تعهد|تعهدت|قرر|قررت|وعد|وعدت|عرض|عرضت)\s+"
                               r"(?:عن\s+)?(?:[^\s،,.]+\s+)?$")
_SECOND_VERB_OPEN = re.compile(r"(?:[،,]\s*|\s)(?:كما\s+|ثم\s+)?$")
_SECOND_ROOTS = ("03", "04", "05", "06", "07", "08")


def _second_act(norm, actors, c_start, c_end, m, row, carry, focus, partners):
    """(session 62) A second act of the same pair after a meeting, call or visit in the sentence: "استقبل الرئيس المصري
    نظيره السوداني، وأعلن تقديم مساعدات للسودان", "التقى … نظيره …، ووقعا اتفاقية", "…، ووقع الجانبان اتفاقية". The
    coordinated verb (و or كما + a verb, or an announcing or pledging verb before a verbal noun) has no subject of its
    own: its agent is the subject of the meeting (a dual verb or a pair word after it: the two), and its other side
    is the one met, named again in the act's clause, or the pair. Cooperative roots only (03–08); not when a third
    party is the act's object before ours, nor when the verb has a subject of its own. Returns (source, target,
    symmetric) or None."""
    code = row["cameo_code"]
    if carry is None or code[:2] not in _SECOND_ROOTS or m.start() <= carry.end:
        return None
    ours = (focus, *partners)
    if carry.code not in ours:
        return None
    aspect = _aspect(m, row)
    head = re.match(r"\S+", m.group())
    if head is None:
        return None
    if aspect == "noun":
        op = _SECOND_NOUN_OPEN.search(norm, max(c_start, m.start() - 60), m.start() + (1 if norm.startswith("ب", m.start()) else 0))
        if op is None:
            op = _SECOND_NOUN_OPEN.search(norm, max(c_start, m.start() - 60), m.start())
        dual = False
    else:
        if not (head.group().startswith("و") and _SECOND_VERB_OPEN.search(norm, max(c_start, m.start() - 2), m.start())) \
                and not re.search(r"(?<![\w])كما\s+$", norm[max(0, m.start() - 6):m.start()]):
            return None
        op = re.match(r"", norm[m.start():])  # the opener is the verb itself
        op_start = m.start()
        dual = bool(_DUAL.match(head.group())) and not head.group().endswith(("دعا", "بدا"))
    if op is None:
        return None
    o = op.start() if aspect == "noun" else op_start
    met = None
    for met in _MET_VERB.finditer(norm, c_start, o):
        pass
    if met is None or not (c_start <= carry.start < o):
        return None
    others = set(partners) if carry.code == focus else {focus}
    t = next((a for a in actors if met.end() <= a.start < o and a.code in others and a.kind not in ("pair", "nisba")
              and a is not carry), None)
    if t is None:
        return None
    if any(o <= a.start < m.start() and a.kind not in ("pair",) for a in actors):
        return None  # a subject of its own between the coordinated verb and the act
    if aspect == "verb":
        after = next((a for a in actors if m.start() + len(head.group()) <= a.start <= m.start() + len(head.group()) + 2), None)
        if after is not None and after.kind == "pair" and set(after.code.split("|")) == {carry.code, t.code}:
            dual = True  # "ووقع الجانبان اتفاقية"
        elif after is not None and after.kind != "nisba":
            return None  # "وأدان الرئيس السوداني …": the verb's own subject
    end = min([i for i in (norm.find("،", m.end(), c_end), norm.find(",", m.end(), c_end)) if i >= 0] or [c_end])
    later = [a for a in actors if m.start() <= a.start < end and a.kind not in ("pair", "nisba")]
    if later and later[0].code not in ours:
        return None  # the act's other party is a third party ("ووقع اتفاقية مع فرنسا")
    if any(a.code in ours and a.code != t.code for a in later):
        return None
    named = next((a for a in later if a.code == t.code), None)
    if named is None and not dual:
        return None  # a single agent's act names its other side ("وأعلن تقديم مساعدات للسودان")
    tgt = named or t
    if dual or code[:2] in _SYMMETRIC_ROOTS and dual:
        return (carry, tgt, True) if carry.code == focus else (tgt, carry, True)
    return carry, tgt, False


def _arguments(norm, actors, c_start, c_end, m, rep, row, focus, partners, flags=None, holes=(), carry=None):
    """Source and target of the cue, or None when they are not the focus and one partner. (Session 62) A second act
    of the meeting's subject in a coordinated clause (:func:`_second_act`) has that subject as its agent; a second act
    of the two (a dual verb, a pair word) is theirs when no other reading gives the cue its sides."""
    second = _second_act(norm, actors, c_start, c_end, m, row, carry, focus, partners) if carry is not None else None
    if second is not None and not second[2]:
        return second
    args = _cue_arguments(norm, actors, c_start, c_end, m, rep, row, focus, partners, flags, holes, carry)
    return args if args is not None else second


class _Reading:
    """The reading of one cue so far, passed through the steps of :func:`_cue_arguments`: the call's
    arguments, then what each step binds for the next ones (each step reads the fields it needs and sets the ones
    it rebinds; a step returns the reading to go on, or the final answer: None or (source, target, symmetric))."""
    __slots__ = (
        "norm", "actors", "c_start", "c_end", "m", "rep", "row", "focus", "partners", "flags", "holes", "carry",
        "aspect", "clause", "code", "hole", "codes", "expanded", "mine", "tgt", "a", "cand", "p", "ours", "x", "y",
        "cue_end", "cue_start", "after", "agent", "b", "head", "rel", "second", "first", "gen", "src",
    )

    def __init__(self, norm, actors, c_start, c_end, m, rep, row, focus, partners, flags, holes, carry):
        self.norm, self.actors, self.c_start, self.c_end, self.m, self.rep = norm, actors, c_start, c_end, m, rep
        self.row, self.focus, self.partners, self.flags, self.holes, self.carry = row, focus, partners, flags, holes, carry
        self.aspect = self.clause = self.code = self.hole = self.codes = self.expanded = None
        self.mine = self.tgt = self.a = self.cand = self.p = self.ours = None
        self.x = self.y = self.cue_end = self.cue_start = self.after = self.agent = None
        self.b = self.head = self.rel = self.second = self.first = self.gen = None
        self.src = None


def _cue_phrase(r: _Reading):
    """The cue's code, the actors it may take (a pair named by two demonyms only for its head noun), the
    relative-clause hole around it and its phrase: a noun's participants sit between the commas around it.
    Ends the reading for a message to someone else or a bloc's summit; a verb after "بعد أن" has the
    sentence's subject."""
    norm, actors, c_start, c_end, m, row, focus = r.norm, r.actors, r.c_start, r.c_end, r.m, r.row, r.focus
    partners, holes, carry, aspect, clause, code = r.partners, r.holes, r.carry, r.aspect, r.clause, r.code
    hole, tgt = r.hole, r.tgt
    code = row["cameo_code"]
    if any(a.kind == "pair" and a.stands_for.startswith("head:") for a in actors):
        # a pair named by two demonyms takes part in its head noun's act only ("انعقدت اللجنة المشتركة التونسية
        # الألمانية", "الاجتماع الأول لمجلس التنسيق السعودي الإماراتي"), not in another act of which that noun is
        # the topic or the object ("بحث الوزير العلاقات التونسية الألمانية")
        # the noun's act ("الاجتماع الأول لمجلس التنسيق السعودي الإماراتي"), and only when the clause names no side
        # itself ("ترأس ولي العهد السعودي … وولي عهد أبوظبي … الاجتماع الأول لمجلس التنسيق السعودي الإماراتي": the
        # two named are its participants, as before)
        named = {a.code for a in actors if a.kind not in ("pair", "nisba") and c_start <= a.start < c_end}
        actors = [a for a in actors if not (a.kind == "pair" and a.stands_for.startswith("head:") and (not (
            m.start() <= int(a.stands_for.split(":")[2]) and int(a.stands_for.split(":")[1]) < m.end())
            or set(a.code.split("|")) <= named))]
    hole = next(((h0, h1, ante) for h0, h1, ante in holes if h0 <= m.start() < h1), None)
    if code == "010" and (rec := _MESSAGE_TO.search(norm, m.start(), m.end())) is not None \
            and not any(rec.start() <= a.start < rec.end() and a.code in (focus, *partners) for a in actors):
        # "أن إسرائيل نقلت لقيادة حماس رسالة تهديد عبر مصر": a message handed to someone named inside the cue, no
        # side of ours, is theirs; the country it went through is a channel
        return None
    if code[:2] == "04" and lx.BLOC_SUMMIT.match(norm, m.start()):
        return None  # "شاركا في القمة الأوروبية الصينية": a bloc's summit or a forum is not the pair's meeting
    clause = (c_start, c_end)
    aspect = _aspect(m, row)
    if aspect == "verb" and carry is not None and carry.end <= m.start() \
            and _SUBORDINATE_VERB.search(norm, max(c_start, m.start() - 20), m.start()) \
            and not any(carry.end <= a.start < m.start() and not _oblique_actor(norm, a) for a in actors if a is not carry):
        # "وكان ترمب وجه انتقادات للفلسطينيين، …، هذا بعد أن اعتبر القدس عاصمة للدولة العبرية": a verb right after
        # "بعد أن" with no subject of its own has the sentence's subject; only obliques ("للفلسطينيين") lie between
        tgt = next((a for a in actors if m.end() <= a.start < c_end and a.kind != "pair"), None)
        # (the other side an oblique after the cue, "عاصمة للدولة العبرية": an actor right after the verb may be its
        # own subject, "بعد أن زار ترامب إسرائيل"; none inside the cue, "بعد أن اعترفت غواتيمالا بالقدس")
        if tgt is not None and tgt.code != carry.code and {carry.code, tgt.code} <= {focus, *partners} \
                and focus in (carry.code, tgt.code) and not any(_flags(norm, tgt)[:3]) and _oblique_actor(norm, tgt) \
                and not any(m.start() <= a.start < m.end() for a in actors):
            return carry, tgt, False
    if aspect == "noun":
        # A noun's participants sit in its own phrase: between the commas around it.
        left = max(norm.rfind("،", c_start, m.start()), norm.rfind(",", c_start, m.start()))
        while left >= 0 and _TIME_BEFORE_COMMA.search(norm, max(c_start, left - 30), left) \
                and _NOUN_LEAD.fullmatch(norm, left + 1, m.start()):
            # "أنهى جنرال تركي رفيع الثلاثاء، زيارة إلى …": the comma closes a time adjunct, not the noun's phrase
            left = max(norm.rfind("،", c_start, left), norm.rfind(",", c_start, left))
        reply = None
        for reply in _REPLIED.finditer(norm, c_start, left) if left >= 0 and _BY_ACT.match(norm, left + 1) else ():
            pass
        if reply is not None:
            # "ردت أوتاوا على الرسوم الأمريكية على الواردات من الصلب والألمينيوم، بفرض رسوم على منتجات أمريكية": the
            # reply's act after the comma has the reply's subject
            left = max(norm.rfind("،", c_start, reply.start()), norm.rfind(",", c_start, reply.start()))
        while (earlier := _apposition_left(norm, actors, c_start, left)) != left:
            left = earlier  # "… الرئيس الروسي، فلاديمير بوتين، قبل دعوة من الرئيس السوداني، عمر البشير، لزيارة …"
        subj = next((a for a in actors if left >= 0 and a.end <= left and not norm[a.end:left].strip()), None)
        if subj is not None and c_start <= subj.start and _TIME_ASIDE.fullmatch(norm, left + 1, m.start()):
            # "أعلن نائب الرئيس التركي، الأربعاء، عن فرض …": a day between commas; the actor before it is the subject
            left = max(norm.rfind("،", c_start, subj.start), norm.rfind(",", c_start, subj.start))
        closed = next((ante for h0, h1, ante in holes if h1 == left and ante is not None and ante.start >= c_start), None)
        # "كيم يونغ شول، الذي يشرف على …، سيقود وفدا إلى كوريا الجنوبية في زيارة": the comma closes a relative clause;
        # its antecedent, before it, is the subject of the phrase after it
        c_start = closed.start if closed is not None else (left + 1 if left >= 0 else c_start)
        right = [i for i in (norm.find("،", m.end(), c_end), norm.find(",", m.end(), c_end)) if i >= 0]
        while right and (aside := _DAY_ASIDE.match(norm, min(right) + 1)) is not None:
            # "مأدبة الغداء التي أقامها ترامب، الثلاثاء، لولي العهد": a day between commas does not end the phrase
            right = [i for i in (norm.find("،", aside.end(), c_end), norm.find(",", aside.end(), c_end)) if i >= 0]
        # "… في قمة الدول الضامنة لمسار مفاوضات أستانة: "لقد ذكرنا أن الهجوم … على سوريا": a colon and the quotation it
        # opens end the noun's phrase
        q = re.compile(r":\s*[\"«“]").search(norm, m.end(), c_end)
        right += [q.start()] if q is not None else []
        c_end = min(right) if right else c_end
    r.actors, r.c_start, r.c_end, r.aspect, r.clause, r.code = actors, c_start, c_end, aspect, clause, code
    r.hole, r.tgt = hole, tgt
    return r


def _participants(r: _Reading):
    """The candidates of the phrase the cue governs (not in the reporting frame, a time aside, a relative clause
    after it, a topic, a route, a venue…), lists dropped, the pair words expanded to their two sides."""
    norm, actors, c_start, c_end, m, rep, row = r.norm, r.actors, r.c_start, r.c_end, r.m, r.rep, r.row
    focus, partners, flags, holes, aspect, clause = r.focus, r.partners, r.flags, r.holes, r.aspect, r.clause
    code, hole, codes, expanded, mine, a, cand, p = r.code, r.hole, r.codes, r.expanded, r.mine, r.a, r.cand, r.p
    gen = r.gen

    def governed(a) -> bool:
        """The cue governs the actor: same side of every relative-clause hole (or the hole's antecedent)."""
        if hole is not None:
            return hole[0] <= a.start < hole[1] or (hole[2] is not None and a.start == hole[2].start)
        # Outside: a hole whose antecedent is an actor describes that actor ("روسيا، التي تواجه عقوبات، …");
        # one whose antecedent is a plain noun may name who that noun is ("للدولة الشيوعية، التي تكونت في فيتنام").
        return not any(h0 <= a.start < h1 and ante is not None for h0, h1, ante in holes)
    starts = [a.start for a in actors]
    asides = _time_asides(norm, c_start, c_end, m) if aspect == "verb" else []
    cand = [a for a in actors[bisect_left(starts, c_start):bisect_left(starts, c_end)]
            if not (rep and rep[0] <= a.start < rep[1]) and governed(a)
            and not any(a0 <= a.start < a1 for a0, a1 in asides)]
    if aspect == "noun" and not cand:
        # An adjunct ("، في اتصال هاتفي مساء الخميس،"): its participants are the clause's.
        c_start, c_end = clause
        cand = [a for a in actors[bisect_left(starts, c_start):bisect_left(starts, c_end)]
                if not (rep and rep[0] <= a.start < rep[1]) and governed(a)]
    if hole is not None and hole[2] is not None and hole[2] not in cand and governed(hole[2]):
        cand = sorted([*cand, hole[2]], key=lambda a: a.start)  # "روسيا، التي …": the antecedent is its subject
    visit = code in ("042", "043")
    args = []
    own_rel = code == "163" and _IMPOSED_REL.match(norm, m.end())
    for a in cand:
        rel_subj = _REL_SUBJECT.search(norm, max(0, a.start - 30), a.start)
        if rel_subj is not None and m.end() <= rel_subj.start() and not own_rel \
                and not (_aspect(m, row) == "noun" and _REL_SUPPORT.fullmatch(norm, m.end(), a.start)) \
                and not (code[:2] in ("11", "12") and _ADOPTED_BY.search(norm, m.end(), a.start)):
            continue  # "… مصادر التمويل الذي تستخدمه طهران": the subject of a relative clause after the cue is not its participant
        if a.kind == "nisba" and not _direct_object(norm, a, m, cand, aspect, code):
            continue  # "الملف النووي الكوري الشمالي": the partner's thing, not the partner, unless acted on
        topic, route, venue, ba = flags[a.start] if flags is not None and a.start in flags else _flags(norm, a)
        if hole is not None and hole[2] is not None and a.start == hole[2].start and a.end <= hole[0] \
                and a.kind in ("leader", "role"):
            venue = ba = False  # "… في الحرس الثوري الإيراني قاسم سليماني، الذي حذر …": the person is the subject
        if topic or route:
            continue  # "ملف كوريا الشمالية": a topic; "عبر روسيا": a route - not participants
        if venue and (code[:2] not in ("05", "06", "07") or (aspect == "noun" and code[:2] == "05")
                      or a.kind == "capital" or _GROUP_IN.search(norm, max(0, a.start - 40), a.start)) \
                and not (visit and a.kind in ("country", "capital")) \
                and not (code[:2] in _HOSTILE_ROOTS and a.kind == "country" and a.start > m.start()
                         and _SITES_IN.search(norm, max(m.start(), a.start - 70), a.start)) \
                and not (code == "138" and a.kind == "country" and a.start > m.end()
                         and _STRIKE_IN.search(norm, max(m.end(), a.start - 40), a.start)):
            # ("لوحت الولايات المتحدة بتنفيذ ضربة عسكرية في سوريا": the country a threatened strike falls in is its target)
            # (cooperation and aid "في لبنان" may have the country as their target, but "في باريس" is a place:
            # "مؤتمر سيدر لدعم الاقتصاد اللبناني في باريس … جمع قروض وهبات" is the conference's, not France's)
            # ("التحالف العسكري في اليمن بقيادة المملكة": the alliance's theatre is no member)
            continue  # "التقى ترامب بوتين في فيتنام": a venue, not a participant
        if ba and not visit and not (a.start >= m.end() and _BI_VERB.match(m.group().strip().lstrip("وف"))):
            # ("وندد ترامب بكندا", "يندد كذلك بألمانيا وسياراتها وبكندا": a verb that takes its object with ب)
            continue
        if a.start > m.end() and _UNDER_AGREEMENT.search(norm, m.end(), a.start):
            continue  # "وصلت الحافلات الأربعاء … بموجب اتفاق بين روسيا وتركيا": the agreement's parties, not the act's
        if code[:2] == "04" and a.start > m.end() and _OTHERS_TRIP.search(norm, m.end(), a.start):
            continue  # "يزور مقر المنتخب … قبيل مغادرة اللاعبين إلى روسيا": the players' destination, not the visit's
        args.append(a)
    if aspect == "noun":
        # A genitive pair right after the noun names its participants: "بلقاء ترامب وكيم" is their meeting.
        gen = [a for a in args if a.start >= m.end()]
        # A name and its own role of one side ("زيارة الأمير محمد بن سلمان ولي العهد السعودي إلى فرنسا") are one
        # participant, not a pair: the visitor, whose host follows.
        if len(gen) >= 2 and gen[0].start - m.end() <= 2 and gen[0].code != gen[1].code and _joint(norm, gen[0], gen[1]) \
                and not _STRIKE_LIST.match(norm, m.start()):  # (the authors' demonyms: "الضربات الأمريكية والفرنسية")
            g_codes = {gen[0].code, gen[1].code}
            if focus not in g_codes or not g_codes & set(partners):
                return None
    first_word = re.match(r"\s*\S+", m.group())
    args = _drop_lists(norm, args, focus, partners, cue=(m.start(), m.start() + (first_word.end() if first_word else 0)), code=code,
                       cue_end=m.end())
    if _list_tail(norm, args, actors):
        return None
    if aspect == "noun" and code[:2] == "05" and _CRITIC_BEFORE.search(norm, max(c_start, m.start() - 25), m.start()):
        # "واشنطن تنتقد دعم موسكو ترشّح السيسي": the support criticised is Moscow's; the critic is not its giver
        args = [a for a in args if a.start >= m.start()]
    if not args:
        return None
    explicit = {a.code for a in args if a.kind != "pair"}
    explicit_both = focus in explicit and bool(explicit & set(partners))
    if explicit_both:
        args = [a for a in args if a.kind != "pair"]  # both named: "محادثاتهما" adds nothing
    elif explicit and any(a.kind == "pair" and a.stands_for == "divided" for a in args):
        # "استضافتها كوريا الجنوبية دفعة لتعامل الكوريتين": with one side named, the two Koreas are a topic
        args = [a for a in args if not (a.kind == "pair" and a.stands_for == "divided")]
        if not args:
            return None
    # Expand pair words into both sides at the same position.
    expanded = []
    for a in args:
        if a.kind == "pair":
            f, p = a.code.split("|")
            expanded.append((a._replace(code=f), True))
            expanded.append((a._replace(code=p), True))
        else:
            expanded.append((a, False))
    codes = {a.code for a, _ in expanded}
    mine = [p for p in partners if p in codes]
    r.c_start, r.c_end, r.codes, r.expanded, r.mine, r.a, r.cand = c_start, c_end, codes, expanded, mine, a, cand
    r.p, r.gen = p, gen
    return r


def _sides_by_carry_or_speaker(r: _Reading):
    """One side missing among them: the subject carried over ("وكانت قد", "حيث") or the speaker of the
    reporting frame (a first person, a symmetric act with مع, the speaker's own act); otherwise no reading."""
    norm, actors, c_start, m, rep, row, focus = r.norm, r.actors, r.c_start, r.m, r.rep, r.row, r.focus
    partners, carry, aspect, code, codes, expanded = r.partners, r.carry, r.aspect, r.code, r.codes, r.expanded
    mine, tgt = r.mine, r.tgt
    if (focus not in codes and mine and carry is not None and carry.code == focus and aspect == "verb" and c_start > carry.end
            and _CARRY_OPEN.match(norm, c_start) and not any(a.code.startswith("?") or a.code not in (focus, *partners)
                                                              for a, _ in expanded)):
        tgt = next(a for a, _ in expanded if a.code in mine)
        return carry, tgt, False  # "روسيا …، وكانت قد عرضت على إيران …": the subject carries over
    if (carry is not None and carry.code not in codes and focus in codes and aspect == "verb" and c_start > carry.end
            and carry.code in partners and _WHERE_OPEN.match(norm, c_start)
            and all(a.code in (focus, *partners) for a, _ in expanded)):
        # "وزار الرئيس السوداني عمر البشير روسيا …، حيث التقى نظيره الروسي": the visitor is the subject there
        return carry, next(a for a, _ in expanded if a.code == focus), False
    if focus not in codes or not mine:
        # The reporter speaks for one side ("وأضاف بوتين: التعاون مع كوريا الشمالية سيتم …").
        who = rep[2] if rep else None
        if who is not None and aspect == "verb" and who.code in (focus, *partners) \
                and _FIRST_PERSON.match(m.group().strip()) and rep[1] <= m.start():
            # "وقال نتنياهو: لن نسمح لإيران …": a first-person verb in the speaker's words has the speaker's side
            # as its subject
            other = next((a for a, _ in expanded if a.code != who.code and a.code in (focus, *partners)), None)
            if other is not None and focus in (who.code, other.code):
                return who, other, False
        if who is not None and who.code == focus and mine and row["cameo_code"][:2] in _SYMMETRIC_ROOTS:
            tgt = next(a for a, _ in expanded if a.code in mine)
            if re.search(r"(?<![\w])مع\s+$", norm[max(0, tgt.start - 6):tgt.start]):
                return who, tgt, False
        both = {who.code, *codes} if who is not None else set()
        if aspect == "noun" and (code[:2] in _HOSTILE_ROOTS or code[:2] in ("11", "13")):
            return None  # "قال ترامب إنه يصلي … بعد الهجوم": an attack noun needs its agent named with it
        if who is not None and focus in both and both & set(partners) and who.code not in codes \
                and rep[1] <= m.start() and (_SELF.search(norm, max(0, rep[1] - 16), rep[1])
                                             or _SELF_START.match(norm, rep[1])
                                             or (aspect == "verb" and row.get("aspect") == "past"
                                                 and _COORD_VERB_AFTER_COMMA.search(norm, max(0, m.start() - 4),
                                                                                    m.start() + 2)
                                                 # (not when the reported clause has a side as its own subject:
                                                 # "قال ترامب إن كوريا الشمالية لم تقم …، ووعدت بأنها …")
                                                 and not any(0 <= a.start - rep[1] <= 4 for a in actors))) \
                and {a.code for a, _ in expanded} <= {focus, *partners} \
                and not any(rep[1] <= a.start < m.start() and a.code != who.code
                            and _IMPOSING_VERB_BEFORE.search(norm, max(0, a.start - 14), a.start) for a in actors):
            # "قال بوتين إنه مستعد للقاء كيم": the reporter is the subject of what it says about itself (not of an
            # imposing verb with its own subject: "وحذرت وكالة أنباء الصين الجديدة … بأنه إذا ما فرضت الولايات المتحدة
            # عقوبات")
            other = next((a for a, _ in expanded if a.code != who.code), None)
            if other is not None:
                return who, other, False
        return None
    r.tgt = tgt
    return r


def _participant_gates(r: _Reading):
    """Constructions where the sides named are not the act's: a gathering hosted, pressure pledged, a contest
    hosted, two destinations, a body's meeting, a joint subject of a third party, an agreement's topic or frame."""
    norm, actors, c_start, c_end, m, focus, partners = r.norm, r.actors, r.c_start, r.c_end, r.m, r.focus, r.partners
    aspect, code, expanded, ours, x, y = r.aspect, r.code, r.expanded, r.ours, r.x, r.y
    if code == "043" and aspect == "verb" and re.search(r"(?:ها|هما|هم|ه)\s*$", m.group()) \
            and _GATHERING_HOSTED.search(norm, max(c_start, m.start() - 90), m.start()):
        return None  # "لمؤتمرات دعم سابقة للبنان استضافتها باريس": the capital hosted the conferences, not the partner
    if code == "030" and _PLEDGED_PRESSURE.match(norm, m.end()):
        return None  # "تعهد ترامب بمواصلة الضغط على تركيا": pressure pledged is coercion, no intent to cooperate
    hosts = _HOSTS_GATHERING.match(norm, m.end()) if code == "043" and aspect == "verb" else None
    if hosts is not None and sum(m.end() <= a.start < hosts.end() for a, _ in expanded) <= 1:
        # (session 60) "تستضيف باريس اليوم الجمعة المؤتمر الدولي لدعم التنمية في لبنان": the host's object is a
        # gathering (its subject and time words before it); the other side is named in its description, no guest
        return None
    if code == "043" and _HOSTED_CONTEST.match(norm, m.end()):
        return None  # "فوز ألمانيا باستضافة كأس أوروبا … متفوقة على منافستها تركيا": a tournament hosted, no guest
    if aspect == "noun" and code in ("042", "043") and re.match(r"\s*(?:ل|الي\s+)?(?:كل|كلا)\s+من\s", norm[m.end():]):
        return None  # "بعد زيارته لكل من موسكو وبكين": both are destinations; the visitor is the pronoun
    if code == "042":
        ours_after = [a for a, _ in expanded if a.start >= m.start() and a.code in (focus, *partners)]
        if len(ours_after) >= 2 and ours_after[0].code != ours_after[1].code and _joint(norm, ours_after[0], ours_after[1]) \
                and re.search(r"(?<![\w])(?:الي|ل)\s*$|(?<![\w])ل$", norm[max(0, ours_after[0].start - 6):ours_after[0].start]):
            return None  # "قام الرئيس الباكستاني بزيارة وساطة إلى طهران وبغداد": two destinations, a third party's trip
    if aspect == "noun" and code[:2] == "04" and _BODY_AFTER.match(norm, m.end()) \
            and not lx.BETWEEN.search(norm, m.end(), min(c_end, m.end() + 60)):
        return None  # "اجتماع لمنظمة حظر الأسلحة", "محادثات هدنة …", "اجتماع مجلس الأمن": that body's meeting
    ours = (focus, *partners)
    in_clause = [x for x in actors if c_start <= x.start and x.end <= m.start() and x.kind != "nisba"]
    later = next((x for x in actors if m.start() <= x.start < c_end and x.code in ours), None)
    with_later = later is not None and re.search(r"(?<![\w])مع\s*$", norm[max(0, later.start - 6):later.start])
    for x, y in zip(in_clause, in_clause[1:]) if not with_later else ():
        # ("روسيا واليابان تحاولان ترتيب قمم خاصة بهم مع كيم": each arranges its own summit with the other side)
        if _joint(norm, x, y) and not ({x.code, y.code} <= set(ours)) and _DUAL_VERB.match(norm, y.end):
            # "أن الولايات المتحدة وتركيا اتفقتا على تعليق تمارين عسكرية مشتركة بهدف …": what a pair with a third
            # party agrees or decides on is theirs, not ours (whoever is named later)
            return None
    if aspect == "noun" and code == "057" and _AGREEMENT_TOPIC.search(norm, max(0, m.start() - 40), m.start()):
        return None
    if aspect == "noun" and (code == "057" or code[:2] == "05") and _FRAME_BEFORE.search(
            norm, max(0, m.start() - 30), m.start() + (1 if norm.startswith("ب", m.start()) else 0)):
        # "الزيارات التدريبية … والمرتبطة باتفاقية الشراكة الاستراتيجية … بين الإمارات ومصر", "وزار الوفد المصري دولة
        # الإمارات ضمن بنود الشراكة الاستراتيجية": an agreement or partnership named as the frame of another act is
        # background, no signing or cooperation of the sentence
        return None
    if aspect == "noun" and code[:2] == "04" and re.search(r"(?<![\w])(?:هذه|هذا|تلك|ذلك)\s+$", norm[max(0, m.start() - 6):m.start()]) \
            and any(x.kind == "third-country" and m.start() - 300 <= x.start < m.start() for x in actors):
        return None  # "… القمة … بين كوريا الشمالية والولايات المتحدة، وعبر عن رغبته في انعقاد هذه القمة": that summit
    r.ours, r.x, r.y = ours, x, y
    return r


def _between_names(r: _Reading):
    """A noun with "بين": the names right after it are its participants (or its sponsor and the one named)."""
    norm, c_end, m, focus, partners, aspect, code = r.norm, r.c_end, r.m, r.focus, r.partners, r.aspect, r.code
    expanded, a, cand, p, after = r.expanded, r.a, r.cand, r.p, r.after
    if aspect == "noun":
        comma = min([i for i in (norm.find("،", m.end(), c_end), norm.find(",", m.end(), c_end)) if i >= 0] or [c_end])
        btw = lx.BETWEEN.search(norm, m.end(), min(c_end, m.end() + 40)) or (
            # "القمة المقررة في سنغافورة بتاريخ 12 يونيو بين …": a planned meeting's place and day before its sides
            lx.BETWEEN.search(norm, m.end(), min(comma, m.end() + 90))
            if _PLANNED_AFTER.match(norm, m.end()) else None)
        if btw is not None:
            # "القمة … بين ترامب وكيم": the participants are the two after "بين", no one else.
            after = [(a, p) for a, p in expanded if a.start >= btw.end()]
            names = []
            for a, p in after:
                if all(a.code != b.code for b, _ in names):
                    names.append((a, p))
            third = [a for a in cand if a.start >= btw.end() and a.code not in (focus, *partners)
                     and a.kind != "pair"]
            if third and (len(names) < 2 or third[0].start < names[1][0].start):
                return None
            sponsor = next((x for x in reversed(expanded) if x[0].end <= m.start()), None) \
                if code[:2] == "04" and len({a.code for a, _ in names}) == 1 \
                and _SPONSORED.search(norm, max(0, m.start() - 40), m.start()) else None
            if sponsor is not None and names and sponsor[0].code != names[0][0].code \
                    and names[0][0].start - btw.end() <= 3:
                # "نظمت باريس لقاء بين فائز السراج والمشير حفتر": the people after بين are one side; the sponsor before
                # the noun is the other (a mediation, see _SPONSORED)
                expanded = [sponsor, names[0]]
            elif names and names[0][0].start - btw.end() <= 3:
                expanded = names[:2]  # only the names right after "بين" ("بين البلدين" was dropped if both are named)
    r.expanded, r.a, r.p, r.after = expanded, a, p, after
    return r


def _expanded_filtered(r: _Reading):
    """The cue's head and span; a relative verb's antecedent subject, a dual verb's joint subject ends the
    reading; then who stays a participant (a visit's destination, a verb's object, companions, a second
    one met) and the list after "مع" of a symmetric act."""
    norm, actors, c_end, m, row, focus, partners = r.norm, r.actors, r.c_end, r.m, r.row, r.focus, r.partners
    aspect, code, expanded, ours, x, y, cue_end = r.aspect, r.code, r.expanded, r.ours, r.x, r.y, r.cue_end
    cue_start, head, rel, second = r.cue_start, r.head, r.rel, r.second
    cue_start = m.start()
    head = _cue_head(norm[m.start():m.end()])
    rel = _REL_BEFORE.search(norm, max(0, cue_start - 12), cue_start)
    if rel is not None and aspect == "verb" and head is not None and _finite(head.group()) \
            and not _OBJ_SUFFIX.search(head.group()) and not any(0 <= rel.start() - a.end <= 2 for a in actors) \
            and not _subject_after_in_it(norm, m.start() + head.end(), actors):
        return None  # "السفيرة التي اتهمت الحكومة الروسية": the subject is the antecedent, not one of ours
    if code == "112" and rel is not None and aspect == "verb" and head is not None \
            and re.match(r"[وف]?[يت]", head.group()) and _OBJ_SUFFIX.search(head.group()):
        return None  # "من الصين التي تتهمها الإدارة الأمريكية بسرقة الملكية الفكرية": a standing charge describing
        # the antecedent (an imperfect verb with its pronoun), not an act of the sentence
    cue_end = m.start() + (head.end() if head and aspect != "noun" else len(m.group()))
    if aspect == "verb" and head is not None and _DUAL.search(head.group()):
        # "بوتين وماكرون يؤيدان …": a dual verb's subject is the joint pair right before it; with a third party
        # in it, it is not a Russia–partner act (whoever is named later in the clause)
        before = [x for x in actors if x.end <= cue_start and cue_start - x.end <= 3 and x.kind != "nisba"]
        if before:
            y = before[-1]
            x = next((z for z in reversed(actors) if z.end <= y.start and _joint(norm, z, y)), None)
            if x is not None and not (focus in {x.code, y.code} and {x.code, y.code} & set(partners)):
                return None
    if code in ("042", "043") and _FOR_THE_UN.match(norm, m.end()) is None \
            and _FOR_THE_UN.search(norm, m.end(), min(c_end, m.end() + 60)):
        return None  # "وزير الخارجية الإيراني الذي يزور أمريكا لحضور اجتماعات للأمم المتحدة": a trip to the UN, no visit
    if code == "042" and re.search(r"الي|نحو", row["pattern"]):
        # "وغادر بوتين كوريا الشمالية متوجها إلى فيتنام": the country left on the way is a place, not a participant
        expanded = [(a, p) for a, p in expanded if not _left_behind(norm, a, actors)]
    if aspect == "verb" and head is not None and _finite(head.group()) \
            and any(0 <= x.start - cue_end <= 2 and x.code in ours for x, _ in expanded):
        # "في مقابلة مع قناة CBS الأمريكية، اتهم ولي العهد السعودي إيران …", "قبيل بدء زيارته إلى الولايات المتحدة،
        # اتهم …": a third party in an opening adjunct closed by a comma is no participant of a verb whose subject
        # (one of ours) follows it
        expanded = [(x, p) for x, p in expanded
                    if not (x.end <= cue_start and x.code not in ours and _COMMA.search(norm, x.end, cue_start))]
    if code[:2] == "04" and aspect == "verb":
        # "ترامب سيلتقي بعد ماي الرئيس المكسيكي": the one named right after "بعد/قبل" is a landmark in time, and the
        # one met follows it
        expanded = [(x, p) for x, p in expanded if not _AFTER_WHOM.fullmatch(norm, cue_end, x.start)]
    if code[:2] == "11":
        # "وندد … خامنئي بشدة بالضربات التي شنتها الدول الغربية على سوريا": the country struck is the victim of
        # the act condemned, no target of the condemnation
        expanded = [(x, p) for x, p in expanded if not (x.start >= cue_end and _STRUCK.search(
            norm, max(0, x.start - 6), x.start) and _CONDEMNED_ATTACK.search(norm, cue_end, x.start))]
    if code[:2] == "04" and _BILATERAL_AFTER.match(norm, cue_end) and any(a.code == focus for a, _ in expanded) \
            and any(a.code in partners for a, _ in expanded):
        # "وعقد وزراء الخارجية الروسي … والتركي … والإيراني … اجتماعات ثنائية": each two of the list met alone
        expanded = [(x, p) for x, p in expanded if x.code == focus or x.code in partners]
    if code[:2] in _HOSTILE_ROOTS:
        # "شن بلاده إلى جانب كل من بريطانيا وفرنسا لضربات …": companions of the agent are no participants
        beside = _companions(norm, [x for x, _ in expanded])
        expanded = [(x, p) for x, p in expanded if x.start not in beside]
    second = next((x for x, _ in expanded if x.code in partners and x.start > cue_end
                   and _SECOND_WITH.search(norm, max(0, x.start - 24), x.start)), None)
    if second is not None and code[:2] == "04":
        # "تشاور أردوغان هاتفيا الأربعاء مع ميركل والخميس مع نظيره الفرنسي": a second "و… مع" opens a second meeting;
        # the one met in the first is no third party of it
        expanded = [(x, p) for x, p in expanded if not (x.code not in (focus, *partners)
                                                        and cue_end <= x.start < second.start)]
    if code[:2] in _SYMMETRIC_ROOTS:
        # (session 62) "تباحث ترامب مع نظيره الفرنسي ماكرون ورئيسة الوزراء البريطانية ماي": each of a list after
        # "مع" is the other party of the subject's talks; the third parties listed before ours are not between them
        listed = _with_list(norm, [x for x, _ in expanded], cue_end, focus, partners)
        if listed is not None:
            # the subject (the side of ours before "مع" nearest the cue) and the listed side; a speaker or a third
            # party before the verb takes no part ("ونوهت المتحدثة … أن ترامب تباحث مع …")
            return listed[0], listed[1], code[:2] == "04" and code != "042"
    r.expanded, r.x, r.y, r.cue_end, r.cue_start, r.head, r.rel = expanded, x, y, cue_end, cue_start, head, rel
    r.second = second
    return r


def _nearest_pair(r: _Reading):
    """The two participants nearest the cue, which must be the focus and one partner; a pair word's two sides, a
    hostile noun's agent, joint or "بين" subjects end the reading."""
    norm, c_start, c_end, m, row, focus, partners = r.norm, r.c_start, r.c_end, r.m, r.row, r.focus, r.partners
    aspect, code, expanded, a, cue_end, cue_start = r.aspect, r.code, r.expanded, r.a, r.cue_end, r.cue_start
    agent, b = r.agent, r.b
    # The two participants nearest the cue must be ours: a third party there makes it their event.
    ordered = sorted(expanded, key=lambda x: min(abs(x[0].start - cue_end), abs(cue_start - x[0].end)))
    near = []
    for a, is_pair in ordered:
        if all(a.code != b.code for b, _ in near):
            near.append((a, is_pair))
        if len(near) == 2:
            break
    if len(near) < 2:
        return None
    codes2 = {near[0][0].code, near[1][0].code}
    if focus not in codes2 or not codes2 & set(partners):
        return None
    a, b = near[0][0], near[1][0]
    if near[0][1] and near[1][1]:
        if _MUTUAL.match(norm, cue_end):
            # "البلدين اللذين فرضا الأسبوع الماضي عقوبات متبادلة": each did it to the other, one symmetric row
            return (a, b, True) if a.code == focus else (b, a, True)
        if code[:2] not in _SYMMETRIC_ROOTS or (aspect == "noun" and not (
                code[:2] == "05" and _ANNOUNCED.search(norm, max(0, m.start() - 40), m.start()))
                and not _occurred(norm, m, c_start, c_end)):
            # ("الإعلان عن اتفاق بين البلدين" is the pair's agreement: announced, not a topic; "المفاوضات التي جرت بين
            # البلدين", "عقد البلدان اجتماعا", "اجتماع فرنسي ألماني مقرر الثلاثاء": a meeting or accord said to take
            # place is the pair's act, session 57)
            # "العقوبات المفروضة على البلدين": the pair is not the agent; "التعاون بين البلدين" alone is a topic.
            return None
        return (a, b, True) if a.code == focus else (b, a, True)
    if aspect == "noun" and (code[:2] in _HOSTILE_ROOTS or code[:2] in ("11", "13")):
        # "يدين الهجوم على عميل روسي …", "ونفت موسكو أي ضلوع في الهجوم", "لا أساس للاتهامات … بحق دمشق": an attack
        # or accusation noun whose agent is not named with it is nobody's act here; the agent is its genitive
        # ("هجوم روسيا على …", "اتهامات واشنطن لموسكو"), its demonym adjective ("الاتهامات البريطانية") or the
        # subject of a support verb ("شنت روسيا هجوما على …", "وجهت موسكو أصابع الاتهام إلى …").
        # The genitive of a threat or an accusation is its author ("تهديد بريطانيا", "اتهامات واشنطن"); that of a
        # condemnation, its patient unless the other side follows ("إدانة إيران" is Iran condemned).
        agent = next((x for x in (a, b) if x.kind != "nisba" and not (
            code[:2] == "11" and x.start >= cue_end and _CHARGE_AFTER.match(norm, x.end)) and _noun_agent(
                norm, x, code[:2] != "11" or code == "112" or any(
            z.code == (b if x is a else a).code and z.start > x.end for z, _ in expanded), cue_start, cue_end)), None)
        if agent is None:
            adj = _demonym_after(norm, cue_end, (a.code, b.code))
            agent = (a if a.code == adj else b) if adj is not None else None
        if agent is None:
            return None
        return agent, (b if agent is a else a), False
    joint = _joint(norm, a, b)
    between = bool(lx.BETWEEN.search(norm, max(c_start, min(a.start, b.start) - 8), min(a.start, b.start) + 1))
    if joint and min(a.start, b.start) >= cue_end \
            and re.search(r"(?<![\w])مع\s*$", norm[max(0, min(a.start, b.start) - 6):min(a.start, b.start)]):
        return None  # "المهمة التي نفذت بالتعاون مع واشنطن ولندن": both are a third party's partners, not each other's
    if joint and (_MUTUAL.match(norm, cue_end) or row.get("upetr_lemma") == "تبادل"):
        # ("تبادل الرئيسان التركي والإسرائيلي الانتقادات": an exchange is told of both)
        return (a, b, True) if a.code == focus else (b, a, True)  # "فرضت تركيا والولايات المتحدة عقوبات متبادلة"
    if joint or between:
        if row["cameo_code"][:2] not in _SYMMETRIC_ROOTS and row["cameo_code"][:2] != "01" \
                and not (row["cameo_code"] == "081" and _FLIGHTS.search(m.group())):
            # (flights resumed by both, "موسكو والقاهرة تسعيان لاستئناف رحلات الطيران", are a joint act)
            return None
        if joint and row["cameo_code"] in _DIRECTED and aspect != "noun":
            return None  # "وكانت السعودية وقطر قد أيدتا الضربات …": both back a third party's act, not each other
        if row["cameo_code"] == "081":
            return (a, b, False) if a.code == focus else (b, a, False)  # one row with "روسيا تستأنف الرحلات إلى مصر"
        return (a, b, True) if a.code == focus else (b, a, True)
    r.a, r.agent, r.b = a, agent, b
    return r


def _direction(r: _Reading):
    """Which of the two is the source: the obliques, a destination, the verb's position and agreement (VSO,
    SVO, a relative verb, a new coordinated clause, a pronoun object)."""
    norm, actors, c_start, c_end, m, row, aspect = r.norm, r.actors, r.c_start, r.c_end, r.m, r.row, r.aspect
    code, hole, tgt, a, x, y, cue_end, cue_start = r.code, r.hole, r.tgt, r.a, r.x, r.y, r.cue_end, r.cue_start
    after, agent, b, head, rel, second, first, src = r.after, r.agent, r.b, r.head, r.rel, r.second, r.first, r.src
    first, second = sorted((a, b), key=lambda x: x.start)
    if aspect == "noun" and first.end <= cue_start and _object_of_verb(norm, first, c_start):
        return None  # "كما يزور أوكرانيا قبل عقد اجتماع مع بوتين": Ukraine is the object of يزور, not a participant
    if aspect == "verb" and code[:2] in _HOSTILE_ROOTS and second.end <= cue_start and "nisba" not in (first.kind, second.kind) \
            and re.match(r"[وف]?س[يتن]", m.group().strip()):
        # "… ترامب … مضيفا أن الزعيم الكوري الشمالي تعهد أن الشمال سيدمر موقعا": announced force threatens what comes
        # after the verb; with both of ours before it, the threat is against something else
        return None
    if aspect == "verb" and code[:2] in _HOSTILE_ROOTS and first.start >= cue_end and head is not None \
            and _finite(head.group()) and _SUBJECT_BETWEEN.match(norm, cue_end, first.start):
        return None  # "استهدفت غارة جوية منسوبة لإسرائيل منطقة قرب مطار دمشق": the raid is the subject, not ours
    if code == "043" and _HOST_NOUN.match(m.group()):
        # "ساعات قبل استقباله نظيره الفرنسي بطهران": the verbal noun's pronoun is the host; the leader after it, the guest
        guest = next((x for x in (a, b) if 0 <= x.start - m.end() <= 2), None)
        if guest is not None:
            return ((b if guest is a else a), guest, False)
    spare = _SPARE_NO_EFFORT.search(norm, max(c_start, cue_start - 70), cue_start) if aspect == "noun" else None
    if spare is not None:
        # (session 60) "ولن تألو دولة قطر جهدا في التعاون مع …", "لن ندخر جهدا في دعم …": the one who spares no
        # effort is the agent of the act noun after it; the other side named before is not
        agent = next((x for x in (a, b) if spare.start("who") <= x.start < spare.end("who")), None)
        if agent is not None:
            return agent, (b if agent is a else a), False
    if code == "051" and re.search(r"(?:الي\s+جانب|بجانب|(?<![\w])مع)$", m.group().strip()):
        # (session 60) standing by or with a side: the one named after "إلى جانب"/"مع" is stood by; the one who stands
        # is never named after it ("وعلينا الاصطفاف إلى جانب الشرعية في اليمن … قطر"; a row of its own is left to the
        # rules below: "البحرين: نقف مع واشنطن")
        by = min((x for x in (a, b) if x.start >= m.end()), key=lambda x: x.start, default=None)
        if by is not None and (b if by is a else a).start > by.start:
            return None
    for x, y in ((a, b), (b, a)) if row["aspect"] != "buy" else ():  # a buyer is the subject, whatever "إلى" says
        if re.search(r"(?<![\w])(?:مع|الي|(?<!بن )علي|ل)\s*$", norm[max(0, x.start - 9):x.start]) and not re.search(
                r"(?<![\w])(?:مع|الي|(?<!بن )علي|ل)\s*$", norm[max(0, y.start - 9):y.start]):
            if _oblique(norm, y) and not _governs_cue(norm, y, m):
                return None  # "مع ايران والصين، وانها تبحث … مع روسيا": the pronoun (Turkey) is the subject
            if head is not None and _verb_cue(head.group(), row) \
                    and not _agrees(head.group(), _first_conjunct(norm, actors, y, cue_end)):
                return None  # "كما يزور بريطانيا قبل اجتماع مع بوتين": Britain is the object, the subject a pronoun
            return y, x, code[:2] == "04" and code != "042"  # "التعاون مع كوريا": the partner is the target
    if aspect == "noun":
        after = [x for x in (first, second) if 0 <= x.start - cue_end <= 25]
        if after and after[0] is first:
            src = first           # "زيارة بوتين لكوريا": the genitive is the agent
        elif second.start > cue_end and first.start < cue_start:
            src = first           # "بوتين … زيارة لكوريا"
        else:
            src = first
    elif first.end <= cue_start and cue_end <= second.start <= cue_end + 2 and second.kind not in ("pair", "nisba") \
            and head is not None and _verb_cue(head.group(), row) and _finite(head.group()) \
            and _WHEN_BEFORE.search(norm, max(c_start, cue_start - 12), cue_start) \
            and _agrees(head.group(), second):
        src = second  # "وأغضبت كندا الرياض عندما دعت السفارة الكندية إلى …", "بعدما طالبت أوتاوا بقوة بالإفراج": a verb
        # opening a clause of time (عندما، بعدما، حين) has the side right after it as its subject; the one before it
        # belongs to the main clause
    elif re.search(r"الي|نحو", row["pattern"]):
        # the destination: the one after الي/نحو/في ("وصل لافروف إلى بيونغ يانغ"), else the one after the cue
        # (after the cue's own الي: "وصل وفد من كوريا الجنوبية إلى عاصمة كوريا الشمالية" goes to the second)
        to = re.search(r"(?<![\w])(?:الي|نحو)(?![\w])(?!.*(?<![\w])(?:الي|نحو)(?![\w]))", m.group())
        dest_from = m.start() + to.start() if to is not None else cue_start
        tgt = next((x for x in (first, second) if x.start >= dest_from and re.search(
            r"(?<![\w])(?:الي|نحو|في)\s*$", norm[max(0, x.start - 6):x.start])), None) or next(
            (x for x in (first, second) if x.start >= dest_from), None)
        if tgt is None:
            return None  # "غادر كوريا متوجها إلى فيتنام": the destination follows the cue
        src = first if tgt is second else second
        if head is not None and _verb_cue(head.group(), row) and not _agrees(head.group(), src):
            return None  # "كما يزور أوكرانيا": the masculine verb's subject is not the country after it
        return src, tgt, False
    else:
        after = [x for x in (first, second) if x.start >= cue_end]
        led = bool(after) and _LED_GROUP.fullmatch(norm, cue_end, after[0].start) is not None
        # ("لوحت دول غربية على رأسها الولايات المتحدة بتنفيذ ضربة": the group's leader named after it acts for it)
        if after and first.start >= cue_end and head is not None and _finite(head.group()) and not led \
                and _SUBJECT_BETWEEN.match(norm, cue_end, after[0].start):
            return None           # "وانتقدت هايلي الحكومة الروسية": a name right after the verb is its subject
        if after and first.start >= cue_end and head is not None and _verb_cue(head.group(), row) \
                and _finite(head.group()) and not norm[c_start:cue_start].strip(" ،,\"«") and not led:
            noun = _DEF_SUBJECT.match(norm, cue_end, after[0].start)
            if noun is not None and not re.fullmatch(r"[وفبلك]?(?:" + lx.ROLE_NOUNS + ")", noun.group(1)):
                return None       # "وناشدت الفنانة المصرية …": a definite noun right after the verb is its subject
        if len(after) == 2 and head is not None and _verb_cue(head.group(), row) and _finite(head.group()) \
                and not led and _SVO_SUBJECT.fullmatch(norm, c_start, cue_start) \
                and not any(c_start <= x.start < cue_start for x in actors):
            # (session 60) "خاتمي يهدد السعودية والإمارات والبحرين: زوالكم سيكون قبل أمريكا": a subject no side
            # before the verb (SVO, as in a title); both sides after it are its objects or named in its words
            return None
        if after and after[0].start - cue_end <= 40 and len(after) == 2:
            src = after[0]        # VSO: "زار كيم روسيا"
        elif after and first.start < cue_start:
            if hole is not None and hole[2] is not None and first.start == hole[2].start and hole[0] <= cue_start:
                pass              # "… في الحرس الثوري الإيراني قاسم سليماني، الذي حذر واشنطن": the antecedent is the subject
            elif _oblique(norm, first) or _object_of_verb(norm, first, c_start):
                return None       # the one before the cue is another predicate's object, not this one's subject
            if rel is not None and 0 <= rel.start() - first.end <= 2 and 0 <= after[0].start - cue_end <= 2 \
                    and _RESUMPTIVE.search(norm, after[0].end, min(c_end, after[0].end + 40)):
                src = after[0]    # "قطر التي قطعت السعودية علاقاتها معها": the relative verb's subject follows
            elif _own_subject_after(norm, m, head, row, cue_end, after[0]):
                src = after[0]    # "…، وتعهدت بكين بالرد": a verb opening a new coordinated clause, its subject after it
            elif head is not None and _verb_cue(head.group(), row) and _finite(head.group()) \
                    and _PRONOUN_OBJECT.search(head.group()) and _SUBJECT_AFTER_PRONOUN.fullmatch(norm, cue_end, after[0].start):
                src = after[0]    # "خلافا لما يطالبها به الرئيس دونالد ترامب": the object is the pronoun, the subject follows
            else:                 # it, and the antecedent is its object, taken up by a pronoun (معها، عليها)
                src = first       # SVO: "كيم … زار روسيا"
        else:
            if not after and head is not None and _verb_cue(head.group(), row) and _finite(head.group()) \
                    and not _agrees(head.group(), second):
                return None       # "اتهم كبير مفاوضي إيران تركيا بالجهل وأدان التدريبات": the masculine verb's
            src = after[0] if after else second  # subject is not the country just before it (its object is unnamed)
    r.tgt, r.x, r.y, r.after, r.agent, r.second, r.first, r.src = tgt, x, y, after, agent, second, first, src
    return r


def _corrected(r: _Reading):
    """The last corrections (a demonym's thing, people visiting, a visit's genitive, a place, an expulsion
    with another) and agreement; returns (source, target, symmetric)."""
    norm, actors, m, row, aspect, code, tgt = r.norm, r.actors, r.m, r.row, r.aspect, r.code, r.tgt
    cue_end, cue_start, head, second, first, gen = r.cue_end, r.cue_start, r.head, r.second, r.first, r.gen
    src = r.src
    tgt = second if src is first else first
    if src.kind == "nisba" and tgt.kind != "nisba":
        src, tgt = tgt, src  # a thing named by its owner's demonym is only ever the object ("… إيرانية قالت إسرائيل إنها أسقطتها")
    if aspect == "noun" and code in ("042", "043") and any(
            x.start >= cue_end and _PEOPLE_FROM.fullmatch(norm, cue_end, x.start) for x in (src, tgt)):
        return None  # "ترفض زيارة صحافيين من سيول": people from a country visiting are not its state
    if aspect == "noun" and code == "042":
        if src.end <= cue_start and re.fullmatch(r"[وفبل]{0,2}زياره", norm[cue_start:cue_end]) \
                and _THIRD_VISITOR.match(norm, cue_end) and not any(0 <= x.start - cue_end <= 2 for x in actors):
            return None  # "بالتزامن مع زيارة المبعوث الأممي الجديد إلى صنعاء": the genitive, no side of ours, visits
        gen = next((x for x in (first, second) if 0 <= x.start - cue_end <= 2 and x.kind in ("leader", "role")), None)
        if gen is not None and gen is not src:
            src, tgt = gen, (first if gen is second else second)  # "ترحب بزيارة وفد من أنقرة": the genitive visits
        if gen is not None and tgt.end <= cue_start and (place := _VISIT_PLACE.match(norm, gen.end)) is not None \
                and not any(gen.end < x.end and x.start < place.end() for x in actors):
            return None  # "اعتبرت الإمارات زيارة رئيس الوزراء اليمني للجزيرة …": the visit goes to a place, not to the side before it
        if src.kind in ("country", "capital") and 0 <= src.start - cue_end <= 2:
            # "وفد … قام بزيارة طهران": a country or capital in the genitive of the visit noun is where one goes
            if tgt.end > cue_start:
                return None
            src, tgt = tgt, src
        if src.end <= cue_start and src.kind in ("country", "capital") \
                and re.search(r"(?<![\w])(?:الي|في|من)\s*$", norm[max(0, src.start - 6):src.start]):
            return None  # "الوزير الأميركي، الذي وصل إلى أنقرة بعد زيارة لطهران": a place, not the visitor
    if code == "161" and ((w := _WITH_SOON.match(norm, cue_end)) is not None
                          or (w := _WITH_SOON.match(norm, m.start() + len(m.group().rstrip()))) is not None) \
            and tgt.start != w.end():
        # relations are cut "مع X": X is the target; anyone else there makes it another pair's break
        # ("وكانت السعودية … ومصر قطعت علاقاتها مع قطر" is no Saudi–Egyptian event)
        return None
    if head is not None and _verb_cue(head.group(), row) \
                    and not _agrees(head.group(), src) and not _proclitic_noun(norm, m, head.group(), row):
        return None  # "كما يزور بريطانيا": a masculine verb has no country as its subject; its subject is elsewhere
    symmetric = row["cameo_code"][:2] == "04" and row["cameo_code"] in ("040", "046", "043", "044", "045")
    return src, tgt, symmetric


_CUE_ARGUMENT_STEPS = (_cue_phrase, _participants, _sides_by_carry_or_speaker, _participant_gates, _between_names,
                       _expanded_filtered, _nearest_pair, _direction, _corrected)


def _cue_arguments(norm, actors, c_start, c_end, m, rep, row, focus, partners, flags=None, holes=(), carry=None):
    """Source and target of the cue, or None when they are not the focus and one partner. The steps of
    :data:`_CUE_ARGUMENT_STEPS` read it in turn; each may end the reading with its answer."""
    r = _Reading(norm, actors, c_start, c_end, m, rep, row, focus, partners, flags, holes, carry)
    for step in _CUE_ARGUMENT_STEPS:
        result = step(r)
        if result is not r:
            return result
    raise AssertionError("the last step answers")
# Acts with a thing or a third party as their object: a joint subject of both sides does them together, not to each
# other (praise, backing, defence, rallying, apology, forgiveness, gifts, condolences)
_DIRECTED = {"051", "052", "053", "055", "056", "017", "018"}
# a preposition with a pronoun that takes up a relative clause's antecedent ("التي قطعت السعودية علاقاتها معها")
_RESUMPTIVE = re.compile(r"(?<![\w])(?:علي|مع|ل|من|الي|عن|ب|ضد)(?:ها|ه|هم)(?![\w])")
_FIRST_PERSON = re.compile(r"[وف]?(?:(?:لن|لم|لا)\s+)?س?ن\w{2,}(?![\w])")  # "لن نسمح", "سنرد", "نرفض"
# "اتهام إيران بقصف …": the genitive of an accusation followed by its charge is the accused, not the accuser
_CHARGE_AFTER = re.compile(r"\s+ب(?!ين|عد|ل|شان)\S{3,}")
_DUAL = re.compile(r"^[وف]?(?:س?[يت]\w{2,}ان|\w{3,}(?:تا|ا))$")  # "يؤيدان", "تبحثان", "اتفقتا", "التقيا"
# A meeting noun whose genitive is a body or a truce is that body's meeting, not one between the actors around it.
_BODY_AFTER = re.compile(r"\s+(?:لل(?=امم)|ل|ب)?(?:ال)?(?:منظمه|امم|مجلس|مجموعه|هيئه|لجنه|جمعيه|هدنه|حلف|وكاله|اتحاد|"
                         r"برلمان|مؤتمر|منتدي|الامم|مجالس|لجان|منظمات)(?![\w])")
_SUPPORT_VERB = re.compile(r"(?<![\w])[وف]?(?:قد\s+)?(?:شن|شنت|يشن|تشن|شنوا|نفذ|نفذت|ينفذ|تنفذ|نفذوا|قاد|قادت|يقود|تقود|"
                           r"اطلق|اطلقت|يطلق|تطلق|واصل|واصلت|يواصل|تواصل|صعد|صعدت|يصعد|تصعد|وجه|وجهت|يوجه|توجه|"
                           r"جدد|جددت|يجدد|تجدد|قدم|قدمت|يقدم|تقدم|تقدمت|تقدموا|رفع|رفعت|يرفع|ترفع)\s+(?:(?:ا|ب)?اصابع\s+|اصبع\s+)?$")
# A law, decision or measure condemned or rejected, then a relative clause whose subject adopted it ("دانت … قانون
# "الدولة القومية"، الذي تبناه الكنيست الإسرائيلي", "رفضها لقانون … الذي أقره الكنيست"): that subject is the target.
_ADOPTED_BY = re.compile(r"(?<![\w])[وبل]?(?:ال|لل)?(?:قانون|قرار|اجراء|اجراءات|خطوه|خطوات|تشريع|سياسه|قوانين|قرارات)"
                         r"(?![\w])[^.؟!]{0,80}?(?:الذي|التي)\s+(?:تبنا|تبنت|تبني|اقر|اصدر|اتخذ|سن|سنت|اعتمد)\w*\s+$")
# a relative clause of a support verb with the noun as its object pronoun ("الاتهامات التي وجهتها لندن", "الهجوم الذي شنه")
# (an indefinite noun takes the clause with no pronoun: "انتقادات وجهتها أوتاوا للمملكة")
_REL_SUPPORT = re.compile(r"\s+(?:(?:التي|الذي)\s+)?[وف]?(?:قد\s+)?(?:شن|شنت|نفذ|نفذت|اطلق|اطلقت|وجه|وجهت|جدد|جددت|صعد|صعدت|"
                          r"اقام|اقامت)(?:ها|ه)\s+")  # ("مأدبة الغداء التي أقامها ترامب … لولي العهد": the host)
_GENITIVE_GAP = re.compile(r"\s*(?:ال\S+(?:ي|يه)\s+)?")  # one adjective may sit in between ("الهجوم الجوي الروسي")


def _noun_agent(norm, x, other_after, cue_start, cue_end) -> bool:
    """Whether actor ``x`` is the agent of the noun cue: its genitive right after it with the other participant
    after it ("اتهام كييف لموسكو"; a lone genitive is the patient: "تجهض إدانة إيران"), or the subject of a
    support verb right before it ("شنت روسيا هجوما", "روسيا شنت هجوما")."""
    if x.start >= cue_end:
        if _REL_SUPPORT.fullmatch(norm, cue_end, x.start):
            return True  # "التهديدات التي وجهتها واشنطن إلى بكين": the subject of the relative support verb
        return (x.start - cue_end <= 12 and bool(_GENITIVE_GAP.fullmatch(norm, cue_end, x.start))
                and other_after)
    if x.end > cue_start:
        return False
    gap = norm[x.end:cue_start]
    if not gap.strip(" \t،,#") or re.fullmatch(r"\s*(?:ا|ب)?اصابع\s+|\s*اصبع\s+", gap):
        if _SUPPORT_VERB.search(norm, max(0, x.start - 16), x.start):
            return True  # VSO: "شنت روسيا هجوما"
        # "وشن الرئيس التركي، رجب طيب أردوغان، هجوماً": the subject named with its role and name (no preposition between)
        v = None
        for v in _SUPPORT_VERB_ANY.finditer(norm, max(0, x.start - 60), x.start):
            pass
        return v is not None and bool(_NAMED_SUBJECT.fullmatch(norm, v.end(), x.start))
    return bool(_SUPPORT_VERB.fullmatch(gap.lstrip(" ،,")))  # SVO: "روسيا شنت هجوما"


_SUPPORT_VERB_ANY = re.compile(_SUPPORT_VERB.pattern.removesuffix("$"))  # the same verb, not right before the actor
_NAMED_SUBJECT = re.compile(r"[\s،,]*(?:(?!(?:في|علي|الي|من|عن|مع|بعد|قبل|ضد)(?![\w]))[^\s،,.]+[\s،,]+){1,5}")


# a conjunction of time opening a clause whose verb follows ("عندما دعت السفارة الكندية", "بعدما طالبت أوتاوا")
_WHEN_BEFORE = re.compile(r"(?<![\w])(?:عندما|حينما|بعدما|لما|حين|عقب\s+ان|بعد\s+ان)\s+(?:قد\s+)?$")


# a verb's object pronoun (not a bare ه, the last letter of وجه/نبه) and its subject named right after it, past a
# preposition with its pronoun and a title ("يطالبها به الرئيس دونالد ترامب")
_PRONOUN_OBJECT = re.compile(r"\w{3,}(?:ها|هما|هم)$")
_SUBJECT_AFTER_PRONOUN = re.compile(r"\s+(?:(?:به|بها|بهم|فيه|فيها|عليه|عليها|اليه|اليها|له|لها|منه|منها)\s+)?"
                                    r"(?:(?:ال)?(?:رئيس|وزير|ملك|امير|زعيم)\s+)?")
_IMPOSING_VERB_BEFORE = re.compile(r"(?<![\w])[وف]?س?(?:فرض|فرضت|فرضا|فرضوا|يفرض|تفرض)\s+$")
# "… مع ميركل والخميس مع نظيره الفرنسي", "… ومع نظيره الفرنسي": a second object of the same meeting verb
_SECOND_WITH = re.compile(r"(?<![\w])و(?:مع|(?:(?:يوم\s+)?(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)\s+مع))\s+$")


# "بموجب اتفاق", "وفقا لاتفاق", "تنفيذا لاتفاق": the thing an act is done under
_UNDER_WORDS = r"بموجب|وفق|وفقا\s*ل|طبقا\s*ل|تنفيذا\s*ل"
# ("ردا على فرض واشنطن رسوما جمركية": the tariffs answered, the verbal noun فرض and its subject before the cue)
_UNDER_AGREEMENT = re.compile(rf"(?<![\w])(?:{_UNDER_WORDS})\s*(?:ال)?(?:اتفاق\w*|تفاهم\w*|"
                              r"صفقه|مذكره)\s+(?:[^\s.،,]+\s+){0,3}?$")
_DUAL_VERB = re.compile(r"\s*(?:قد\s+)?[وف]?(?:[يت]\w{2,}(?:ان)|\w{2,}(?:تا))(?![\w])")
# "انضمت كندا للولايات المتحدة و14 دولة أوروبية وطردت دبلوماسيين روسا": whom one joins is a co-agent, not a target
_JOINED = re.compile(r"(?<![\w])[وفل]?(?:انضم|انضمت|انضموا|ينضم|تنضم|ينضمون)\s+(?:[^\s،,.]+\s+){0,3}?(?:الي\s+|ل)$")
# "أعرب عن نيته مفاوضة المكسيك وكندا لإعادة النظر في اتفاقية التجارة الحرة": an agreement under review, renegotiation
# or withdrawal is a topic, not one signed
# the frame an act belongs to, right before an agreement or partnership noun ("المرتبطة باتفاقية", "ضمن بنود الشراكة")
_FRAME_BEFORE = re.compile(r"(?<![\w])(?:[و]?(?:ال)?مرتبط(?:ه|ين|ان|ون)?\s+ب|(?:ضمن|في\s+اطار|في\s+سياق)\s+"
                           r"(?:(?:بنود|برنامج|مشروع)\s+)?|"
                           # what it includes describes a standing one ("وتشمل الشراكة الاستراتيجية الأداء …")
                           r"[وف]?(?:تشمل|يشمل|تتضمن|يتضمن|تغطي|يغطي)\s+)$")
# the recipient named between a verb of handing and its message ("نقلت لقيادة حماس رسالة", "سلم الي الرئيس رساله")
_MESSAGE_TO = re.compile(r"(?<=\s)(?:ل(?!ه(?:ا|م|ما)?(?![\w]))|الي\s+)(?:ال)?[^\W\d_]{2,}(?:\s+(?!(?:ب)?(?:ال)?رساله)\S+)?"
                         r"(?=\s+(?:\S+\s+){0,3}?(?:ب)?(?:ال)?رساله)")
_AGREEMENT_TOPIC = re.compile(r"(?<![\w])[لبو]?(?:اعاده\s+النظر\s+في|مراجعه|اعاده\s+التفاوض\s+(?:علي|بشان|حول)|"
                              r"التفاوض\s+(?:علي|بشان|حول)|(?:ال)?مفاوضات\s+(?:علي|بشان|حول)|(?:ال)?انسحاب\s+من|"
                              r"انسحب\w*\s+من|الخروج\s+من|تعديل|الغاء|انهيار|مستقبل|انقاذ)\s+(?:ال)?$")
# a group of states named with its leader ("دول غربية على رأسها الولايات المتحدة", "الدول الغربية بقيادة واشنطن")
_LED_GROUP = re.compile(r"\s*(?:ال)?(?:دول|قوي|حلفاء)(?:\s+(?:ال)?[^\s،,.]+(?:يه|ه))?\s+[وف]?(?:علي\s+راسها|في\s+مقدمتها|بقياده|تتقدمها)\s+")
# a strike named with its place right after it ("ضربة عسكرية في سوريا"; not "ضربة ضد داعش في سوريا")
_STRIKE_IN = re.compile(r"(?<![\w])(?:ال)?(?:ضربه|ضربات|غاره|غارات)\s+(?:(?:ال)?(?:عسكريه|جويه|صاروخيه)\s+)?في\s*$")
# session 57: a meeting, talks or an accord said to take place: a verb of occurrence before the noun ("وجرت
# المفاوضات"، "عقد البلدان اجتماعا"، "انعقدت اللجنة") or after its phrase ("الاجتماع … عقد في جدة"، "المفاوضات التي
# جرت بين البلدين"، "الاتفاق الذي تم توقيعه"، "اجتماع … مقرر الثلاثاء"); not negated
_OCCUR_VERB = (r"(?:تم|تمت|جري|جرت|عقد|عقدت|عقدا|عقدتا|انعقد|انعقدت|اجري|اجرت|اجريا|اجريت|اختتم|اختتمت|ابرم|ابرمت|ابرما|"
               r"وقع|وقعت|وقعا|وقعه|وقعها|وقعته|وقعتها|وقعاه|[يت]عقد(?:ان)?|[يت]نعقد|[يت]جري(?:ان)?|[يت]ختتم|انعقاد)")
_SIGNING_OF = re.compile(r"[وفبل]{0,2}توقيع\s+(?:ال)?(?:بلد|جانب|طرف)(?:ين|ان)(?![\w])")  # its agents, the pair
_OCCURRED_IN = re.compile(r"(?<![\w])[وف]?" + _OCCUR_VERB + r"(?![\w])")
_OCCURRED_BEFORE = re.compile(r"(?<![\w])(?<!لم )(?<!لن )(?<!لا )(?<!ما )[وف]?س?" + _OCCUR_VERB
                              + r"\s+(?:[^\s،,.:]+\s+){0,2}?$")
_OCCURRED_AFTER = re.compile(r"\s+(?:(?!(?:لم|لن|لا|ما|ليس|ولم|ولن)(?![\w]))[^\s،,.:]+\s+){0,6}?(?:(?:الذي|التي)\s+)?"
                             r"(?:(?:قد|كان|كانت)\s+)?(?:" + _OCCUR_VERB + r"|(?:ال)?(?:مقرر|مقرره|مرتقب|مرتقبه|مزمع|"
                             r"مزمعه)|(?:ال)?توقيع(?:ه|ها))(?![\w])")


def _occurred(norm, m, c_start, c_end) -> bool:
    """Whether the noun cue ``m`` (a meeting, talks, an accord) is said to take place in its clause."""
    if _OCCURRED_IN.search(m.group().strip(), 1) or _SIGNING_OF.match(m.group().strip()):
        return True  # the cue holds its own predicate ("الاتفاق الذي تم توقيعه", "انعقاد اللجنة", "بتوقيع البلدين على")
    if _OCCURRED_BEFORE.search(norm, max(c_start, m.start() - 40), m.start()):
        return True
    return _OCCURRED_AFTER.match(norm, m.end(), c_end) is not None


# "اجتماعات ثنائية": meetings of two at a time
_BILATERAL_AFTER = re.compile(r"\s+(?:ال)?ثنائي(?:ه|ين|ان)?(?![\w])")
# "زيارة المبعوث الأممي": an indefinite visit noun with a role in its genitive (the visitor, a third party's)
_THIRD_VISITOR = re.compile(r"\s+(?:ال)?(?:" + lx.ROLE_NOUNS + r")(?![\w])")
_PEOPLE_FROM = re.compile(r"\s+(?!(?:" + lx.ROLE_NOUNS + r")\s)(?:ال)?[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?\s+من\s+")
