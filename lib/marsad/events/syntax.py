"""Light syntax over a sentence's actors: verb forms, agreement, subjects, objects and coordinated lists.

Word-level tests the argument and gate passes share: a cue's head (:func:`_cue_head`), whether it is a
finite verb (:func:`_finite`, :func:`_verb_cue`, :func:`_aspect`), whether a verb agrees with an actor as its
subject (:func:`_agrees`, :func:`_gender`), direct objects (:func:`_direct_object`, :func:`_object_of_verb`),
obliques (:func:`_oblique`), and the coordinated lists of actors (:func:`_joint`, :func:`_first_conjunct`,
:func:`_agent_list`, :func:`_object_list`, :func:`_list_tail`, :func:`_companions`, :func:`_with_list`,
:func:`_drop_lists`).
"""
from __future__ import annotations

import re

from . import lexicon as lx

__all__: list[str] = []  # private passes of marsad.events.extract


# Roots whose verb may take the partner as the owner of its object ("شيدت روسيا مفاعل بوشهر الإيراني").
_NISBA_ROOTS = {"06", "07", "11", "17", "19"}
# a weekday, yesterday or today as a time adjunct ("يوم الخميس", "امس")
_DAY_WORD = r"(?:يوم\s+)?(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|امس|اليوم)"
_BAN = re.compile(r"[وفبل]?(?:ال)?(?:حظر|منع|وقف)\s+(?:استيراد|واردات|شراء|تصدير|صادرات)")
# "وأوضح المسؤول الفرنسي أن البيان …، وأشاد بنجاح الحكومة اللبنانية": a past verb coordinated after a comma, with no
# subject of its own, goes on with the reporter as its subject (and has its own tense)
_COORD_VERB_AFTER_COMMA = re.compile(r"[،,]\s*و(?=\w)")
_MASDAR = re.compile(r"[وفبل]?(?:ال\w+|ا\w{2,4}ا\w|ت\w{2}ي\w)")  # (form X too: "استدعاء", "استقبال", session 86)


def _finite(head: str) -> bool:
    """A finite verb, not a verbal noun ("إسقاط طائرة": the plane is the object, not a subject)."""
    return bool(lx.VERB_HEAD.match(head)) or not _MASDAR.fullmatch(head)
_OBJ_SUFFIX = re.compile(r"(?:ها|هما|هم|ه)$")


_HOSTILE_ROOTS = {"18", "19", "20"}
_REPLY = re.compile(r"[وف]?(?:رد|ردت|ردا|يرد|ترد)(?![\w])")
# between a thing named and a verb whose object pronoun it is: a reporting frame ("قالت إسرائيل إنها")
_FRAME_GAP = re.compile(r"\s+(?:قالت|قال|اعلنت|اعلن|ذكرت|ذكر|اكدت|اكد|زعمت|زعم)\s+(?:\S+\s+){1,3}?(?:انها|انه|انهم)\s+")
_PARTICLE_HEAD = re.compile(r"[وف]?(?:لن|لم|لا)\s+(\S+)")  # "لن تسمح": the verb after the particle is the head


class _Head:
    """The head word of a cue that opens with a particle ("لن تسمح" → "تسمح"); ``end`` covers both words."""

    def __init__(self, m):
        self._m = m

    def group(self):
        return self._m.group(1)

    def end(self):
        return self._m.end()


def _cue_head(text: str):
    p = _PARTICLE_HEAD.match(text)
    return _Head(p) if p is not None else re.match(r"\S+", text)
# after a hostile cue, up to three words of its phrase, then على/ضد and maybe a count or "أي (نوع من)": its object
_HOSTILE_ON = re.compile(r"\s+(?:[^\s،,]+\s+){0,3}?(?:علي|ضد)\s+(?:(?:\d+|[^\s،,]*(?:عشرات|مئات|عشر|مئ|الف|الاف)[^\s،,]*)\s+)?"
                         r"(?:(?:عدد|مجموعه|سلسله|قائمه|جمله)\s+(?:\S+\s+)?من\s+|(?:بعض|كل|جميع|معظم|مختلف)\s+)?"
                         r"(?:اي\s+(?:نوع\s+من\s+)?)?")
# "الرسوم الجمركية على وارداتها من الصلب والألمونيوم التركي": the goods imported are named after the imports
_ON_IMPORTS_OF = re.compile(r"\s+(?:[^\s،,]+\s+){0,2}?علي\s+(?:ال)?واردات(?:ها|ه|هم)?\s+من\s+")


# Countries and cities are feminine in Arabic ("زارت روسيا", "تزور موسكو"); these names are masculine.
_MASC_COUNTRY = re.compile(r"(?:ال)?(?:اتحاد|عراق|اردن|لبنان|سودان|مغرب|يمن|بحرين|كويت|جابون|غابون|كاميرون|نيجر|"
                           r"سنغال|كونغو|تشاد|بنين|توغو)")
# News text gives these names either gender ("أعلنت إيران" and "إيران يعلن"): a verb of either form agrees.
_EITHER_COUNTRY = re.compile(r"(?:ال)?(?:باكستان|ايران|افغانستان)")


def _gender(a) -> str | None:
    """Grammatical gender of an actor as a verb's subject: "f", "m" or None (unknown: people, names)."""
    form = a.form.strip().lstrip("#")
    if a.kind in ("country", "capital"):
        if _EITHER_COUNTRY.match(form):
            return None
        return "m" if _MASC_COUNTRY.match(form) else "f"
    if a.kind in ("role", "government"):
        first = form.split()[0] if form.split() else ""
        if "كرملين" in form or first.lstrip("وفبلك") in ("الجانب", "الطرف", "البلد"):
            return "m"
        return "f" if first.endswith(("ه", "ات")) else "m"  # "الحكومه", "القوات": feminine
    return None


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _list_head(norm, actors, a):
    """The first member of the coordinated list of actors that holds ``a`` (``a`` itself when it is in none)."""
    first = a
    for x in reversed([x for x in actors if x.end <= a.start]):
        gap = norm[x.end:first.start]
        if len(gap) <= 6 and lx.LIST_SEP.match(gap) or re.fullmatch(r"\s*(?:،|,)\s*و?", gap):
            first = x
        else:
            break
    return first


def _object_of_verb(norm, a, c_start) -> bool:
    """Whether actor ``a`` sits right after a finite verb that cannot have it as subject (so it is the object)."""
    w = _WORD_BEFORE.search(norm, max(c_start, a.start - 20), a.start)
    if w is None:
        return False
    head = w.group(1)
    verbish = bool(lx.VERB_HEAD.match(head)) or bool(re.match(r"[وف]?س?[يت]\w{2,}$", head))
    return verbish and _finite(head) and not _agrees(head, a)


# verbs that take no direct object, only "بـ" ("تعهدت بكين بالرد", "نددت موسكو بـ"): a side right after one is its
# subject ("وأمهلت بريطانيا شهرا" has its subject before and Britain as the object)
_INTRANSITIVE_BI = re.compile(r"[وف]?(?:تعهد|تعهدت|تعهدا|يتعهد|تتعهد|ندد|نددت|يندد|تندد|رحب|رحبت|يرحب|ترحب|اشاد|"
                              r"اشادت|يشيد|تشيد|لوح|لوحت|يلوح|تلوح|توعد|توعدت|يتوعد|تتوعد)")


def _own_subject_after(norm, m, head, row, cue_end, a) -> bool:
    """Whether a finite verb with no direct object that opens a coordinated clause after a comma ("، وتعهدت") has the
    side named right after it, before its "بـ", as its subject ("وكانت واشنطن قالت إنها ستفرض رسوما …، وتعهدت بكين بالرد في اليوم ذاته"): the side named
    before the comma belongs to the clause before."""
    return head is not None and _INTRANSITIVE_BI.fullmatch(head.group()) is not None and _finite(head.group()) \
        and re.match(r"\s+[وف]?ب", norm[a.end:a.end + 4]) is not None \
        and _COORD_VERB_AFTER_COMMA.search(norm, max(0, m.start() - 4), m.start() + 2) is not None \
        and not norm[cue_end:a.start].strip() and a.kind in ("country", "capital", "leader", "role") \
        and not _oblique(norm, a) and _agrees(head.group(), a)


def _proclitic_noun(norm: str, m, head: str, row) -> bool:
    """A verb row's word after the preposition ب/ل is its verbal noun ("ردت روسيا بطرد السفير البريطاني": طرد), which
    agrees with no subject; "بحثت" (ب of the root) is not the row's word without it."""
    word = head.lstrip("وف")
    at = norm.find(word, m.start(), m.end())
    return word[:1] in ("ب", "ل") and at >= 0 and re.match(row["pattern"], norm[at + 1:m.end() + 80]) is not None


def _verb_cue(head: str, row) -> bool:
    """Whether the cue's head word is a verb form (a verb row's word, or a verb among a noun row's words)."""
    return bool(lx.VERB_HEAD.match(head)) or (row["aspect"] in ("past", "present")
                                              and not re.match(r"[وفبلك]?ال|لل", head))


def _agrees(head: str, a) -> bool:
    """Whether a finite verb can have actor ``a`` as its subject (gender and number of the verb form):
    "يزور"/"زار" is masculine singular, "زارت" feminine, "يتهمون"/"اتهموا" plural. Forms that say nothing
    sure ("تزور" may be a perfect of form V, "دعا" may be a dual) agree with anyone."""
    gender = _gender(a)
    if gender is None or not _finite(head):
        return True
    w = re.sub(r"^[وف]?(?:س(?=[يت]))?", "", head)
    if w.startswith(("م", "ال")) or w.endswith("ه"):
        return True   # a participle or a noun ("ملتزمه"), not a verb form
    if len(w) > 5:
        w = re.sub(r"(?:هما|ها|هم)$", "", w)  # an object pronoun: "يتهمونها", "اتهمتها"
    if w.endswith("وا") or (w[:1] in ("ي", "ت") and w.endswith("ون") and not w.endswith("اون")):
        return False  # a plural verb: its subject is a plural pronoun or noun, not one country or official
    if w in ("ادان", "دان", "اعان", "خان", "استعان", "صان"):
        return gender == "m"   # a masculine perfect ending in ان ("وأدان"), not a dual
    if re.search(r"(?:ان|تا)$", w):
        return True   # duals ("يلتقيان", "اتفقتا")
    if w.startswith("ي"):
        return gender == "m"   # "يزور", "يتهم", "يلتقي"
    if re.search(r"(?:ا|ي)$", w):
        return True   # "زارا" (dual) or "دعا"/"التقي" (masculine): nothing sure
    if len(w) >= 3 and w.endswith("ت"):
        return gender == "f"   # "زارت", "اتهمت"
    if w[:1] == "ت":
        return True            # "تزور" (she visits) or "تباحث" (he held talks)
    return gender == "m"       # perfect masculine: "زار", "بحث", "اتهم", "ندد" (a "نزور" of "we" is rare in news)


# a threat verb's tariffs right after it ("ملوحة بفرض رسوم جمركية", "هددت بفرض رسوم"), up to where they are laid
_TARIFFS_THREATENED = re.compile(r"\s+(?:[^\s،,.]+\s+){0,2}?[وف]?ب(?:ال)?فرض\s+(?:ال)?(?:رسوم|تعريف|تعرف)\S*(?:\s+(?:ال)?جمركي\S*)?")
_DETAINED_OF = re.compile(r"\s+(?:(?:ال)?(?:اعتقال|توقيف|احتجاز|قمع|سجن)\w*\s+)?(?:بعض\s+)?(?:ال)?"
                          r"(?:نشطاء|ناشطين|ناشطات|معارضين|مدونين)\s+")
_NUCLEAR_DEAL_OF = re.compile(r"\s+(?:ال)?نووي\s+")
_BOYCOTT = re.compile(r"[وفبل]?(?:ال)?مقاطعه|[وف]?س?[تين]?قاطع")


# a country's press, papers, channels or news agencies named by its demonym ("صحف ألمانية", "الصحافة الألمانية",
# "وسائل الإعلام الروسية"): no act on them is an act on the state, except a coercive one (17x: banned, closed)
_MEDIA_HEAD = re.compile(r"[\"«“]?[وفبلك]?(?:ال|لل)?(?:صحف|صحيفه|صحافه|وسائل\s+(?:ال)?اعلام|اعلام|قناه|قنوات|"
                         r"وكاله\s+(?:ال)?انباء|وكالات\s+(?:ال)?انباء|صحفي\w*|اعلامي\w*|مقال\w*|تقارير|تقرير)(?![\w])")


def _direct_object(norm, a, m, cand, aspect, code) -> bool:
    """A facility or act named with its owner's demonym is the owner as the target only when it is the direct
    object of a material, critical or hostile verb: right after the verb (or after the verb and its subject),
    with no preposition or other noun in between ("شيدت روسيا مفاعل بوشهر الإيراني", "أدانت روسيا إطلاق الصاروخ
    الكوري الشمالي"; not "قصفت … مواقع قرب القاعدة الإيرانية", not "بحث … الملف النووي الكوري الشمالي")."""
    if code[:2] != "17" and _MEDIA_HEAD.match(norm, a.start):
        return False  # (session 60) "انتقدت الحكومة الإيطالية الصحف الألمانية": a country's press is not its state
    if code == "163" and aspect == "noun" and _BAN.match(m.group().strip()) and a.start > m.end():
        return not norm[m.end():a.start].strip()  # "حظر استيراد النفط الإيراني": the goods' owner is the target
    if code == "160" and a.start >= m.end() and _NUCLEAR_DEAL_OF.fullmatch(norm, m.end(), a.start):
        return True  # "انسحاب بلاده من الاتفاق النووي الإيراني": the party of the deal withdrawn from is the target
    if code == "163" and a.start >= m.end() and _BOYCOTT.match(m.group().strip()) \
            and re.fullmatch(r"[\s\"»”]*", norm[m.end():a.start]):
        return True  # "عزم بلاده "مقاطعة" المنتجات الإلكترونية الأمريكية", "سنقاطع المنتجات …": the goods' owner
    if code == "163" and aspect == "noun" and a.start >= m.end() and (_HOSTILE_ON.fullmatch(norm, m.end(), a.start)
                                                                      or _ON_IMPORTS_OF.fullmatch(norm, m.end(), a.start)):
        return True  # "رسوما جمركية بنسبة 25% على السلع الصينية": the taxed goods' owner is the target
    if code == "130" and aspect == "verb" and a.start >= m.end() \
            and (t := _TARIFFS_THREATENED.match(norm, m.end(), a.start)) is not None \
            and (_HOSTILE_ON.fullmatch(norm, t.end(), a.start) or _ON_IMPORTS_OF.fullmatch(norm, t.end(), a.start)):
        return True  # "وردت الصين ملوحة بفرض رسوم جمركية على وارداتها من المنتجات الأمريكية": the goods' owner
    if code[:2] in _HOSTILE_ROOTS and a.start >= m.end() and (
            _HOSTILE_ON.fullmatch(norm, m.end(), a.start) or (aspect == "noun" and not norm[m.end():a.start].strip())):
        # "نفذ هجوما واسعا على أهداف إيرانية", "الغارات على 20 هدفا إيرانيا", "إسقاط طائرة استطلاع إيرانية": the
        # owner of the sites, targets or aircraft attacked is the target
        return True
    if aspect == "verb" and code[:2] in _HOSTILE_ROOTS and a.end <= m.start() \
            and _OBJ_SUFFIX.search(norm[m.start():m.end()].split()[0]) and _FRAME_GAP.fullmatch(norm, a.end, m.start()):
        # "طائرة استطلاع إيرانية قالت إسرائيل إنها أسقطتها": the object pronoun is the aircraft named right before
        # the reporting frame
        return True
    if code[:2] in ("01", "12") and m.start() < a.start < m.end() + 2 and _REPLY.match(norm, m.start()):
        return True  # "رد الوفد السعودي على التعليق القطري": whose statement is answered is the target
    if code[:2] == "17" and aspect == "noun" and m.start() < a.start <= m.end() + 2:
        return True  # "مهلة … لمغادرة المواطنين القطريين": the nationals' country is the target
    if code[:2] == "11" and a.start >= m.end() and _DETAINED_OF.fullmatch(norm, m.end(), a.start):
        return True  # "أعربت … عن قلقها إزاء اعتقال بعض النشطاء السعوديين": the detained activists' country
    if code == "084" and m.start() < a.start <= m.end() + 2:
        return True  # "أفرجت إسرائيل عن مواطنين أتراك": the released nationals' country is the target (the cue ends on them)
    if code == "150" and a.start >= m.end() and re.fullmatch(r"\s*(?:(?:الي|نحو)\s+)?", norm[m.end():a.start]):
        return True  # "أرسلت الإمارات قوات إلى جزيرة بريم اليمنية", "قوات … سيطرت على مطار عدن اليمني": the place's owner
    if aspect != "verb" or code[:2] not in _NISBA_ROOTS or a.start <= m.start():
        return False
    head = re.match(r"\S+", norm[m.start():m.end()])
    prev_end = m.start() + (head.end() if head else 0)
    for b in cand:
        if b is not a and b.kind != "nisba" and prev_end <= b.start and b.end <= a.start:
            prev_end = b.end
    gap = re.sub(r"^(?:(?:مرارا|مجددا|ايضا|مؤخرا|اليوم|امس)\s*)+", "", norm[prev_end:a.start].strip())  # an adverb
    # a condemnation's ب and quotes around the act ("نددت الخارجية السورية بـ"الاحتلال" التركي")
    gap = re.sub(r"(?:^|(?<=\s))(?:ب\s*)?[\"«“]$" if code[:2] == "11" else r"(?:^|(?<=\s))[\"«“]$", "", gap).strip()
    # a count may sit in between ("اشترت فيتنام ست غواصات روسية")
    return not gap or bool(re.fullmatch(r"\d+|\S*(?:واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|الف|الاف)\S*|"
                                        r"(?:\S+\s+)?(?:دفعه|شحنه|عدد|مجموعه)\s+من|"
                                        r"(?:كل|اي)(?:\s+من)?(?:\s+نوع\s+من)?", gap))  # "ستدمر أي نوع من القواعد الإيرانية"


def _aspect(m, row) -> str:
    """"noun" or "verb" for this match: a noun row's alternatives include verbs ("لقاء|التقى")."""
    head = m.group().strip().split()[0] if m.group().strip() else ""
    if lx.VERB_HEAD.match(head):
        return "verb"
    if re.match(r"[وفبلك]?ال|لل", head) and row["aspect"] in ("past", "present"):
        return "noun"  # a definite form is a noun whatever its row says ("الاتهامات", "التهديد")
    return "noun" if row["aspect"] == "noun" else "verb"


def _joint(norm, a, b) -> bool:
    """Two actors joined by "و" only ("روسيا وكوريا الشمالية"): a joint subject or object. (session 106) The و that
    begins the second actor's own word ("انتقد المتحدث … الإيرانية ولي العهد السعودي", "… وزير الخارجية السعودي",
    "… واشنطن") is no conjunction: that is a subject and its object."""
    first, second = sorted((a, b), key=lambda x: x.start)
    gap = norm[first.end:second.start]
    if not re.fullmatch(r"\s*(?:،|,)?\s*و?\s*", gap):
        return False
    return "و" in gap or (norm[second.start:second.start + 1] == "و" and not _W_WORD.match(norm, second.start))


# (session 106) actor words whose first letter و is their own, not the conjunction: "ولي العهد", "وزير", "وزارة", "واشنطن"
_W_WORD = re.compile(r"(?:ولي|وزير|وزيره|وزيرا|وزراء|وزاره|وزارات|واشنطن|وفد|وكيل|وكاله)(?![\w])")


# A further list member after ours that is no actor: "… وروسيا ودول الخليج", "… والسعودية" (not "والتي").
# "مع الدول الاوروبيه و" right before a list of ours: the list is the other side of "مع", headed by a non-actor.
_WITH_HEAD = re.compile(r"(?<![\w])مع\s+(?:\S+\s+){1,3}?و$")
_LIST_TAIL = re.compile(r"\s*(?:،|,)?\s*و(?:(?!التي|الذي|اللذين|اللتين|اللذان|اللتان|الان(?![\w]))ال\w+|دول|بلدان|غيرها|"
                        r"غيرهما|سائر|باقي|بقيه)(?![\w])")
# A preposition governing an actor (directly or as a later member of its list): "مع ايران والصين". Such an actor
# is an object of some predicate, never the subject (the source) of a verb.
_OBLIQUE = re.compile(r"(?<![\w])(?:مع|الي|(?<!بن )علي|ضد|حول|لدي|تجاه|بشان)\s+(?:(?:[^\s،,]+\s+){0,3}[^\s،,]*\s*و)?\s*$")


def _oblique(norm, a) -> bool:
    return bool(_OBLIQUE.search(norm, max(0, a.start - 40), a.start))


def _governs_cue(norm, a, m) -> bool:
    """(session 99) The preposition before ``a``'s list governs the cue noun, not the list: "وانتهى إلى قطع السعودية
    والإمارات والبحرين ومصر علاقاتها مع قطر" (the list after the verbal noun is its agent)."""
    o = _OBLIQUE.search(norm, max(0, a.start - 40), a.start)
    return o is not None and o.start() < m.start() < a.start


_EACH_OF = re.compile(r"(?<![\w])(?:كل|كلا)\s+من\s*$")


# Between a list of agents and the cue that follows it: nothing, or an auxiliary ("قد", "كانت … قد").
_AGENTS_GAP = re.compile(r"\s*(?:(?:قد|كانت|كان|لقد)\s+){0,2}$")
_AGENT_REL = re.compile(r"(?:\s+\S+){0,3}?\s+(?:التي|الذي)\s+(?:حدد|فرض|اتخذ|اعلن|قرر|نفذ|شن|وجه|اصدر)\w*\s+")
_WITH_RIGHT_BEFORE = re.compile(r"(?<![\w])مع\s+$")
_TARGET_PREP = re.compile(r"(?:(?<![\w])(?:علي|ضد|مع|الي)\s+|(?<![\w])[ل])(?:ال)?$")
# A list that names examples or members ("بينها فرنسا والصين وروسيا", "مثل …"): never the agents.
_MEMBERS_OF = re.compile(r"(?<![\w])(?:بينها|بينهم|منها|منهم|مثل|ومنها|وبينها|خصوصا|لا\s+سيما|سيما)\s*$")


def _first_conjunct(norm, actors, y, cue_end):
    """The first member of the coordinated list that holds ``y`` right after the verb ("وقطعت الإمارات والسعودية ومصر
    والبحرين علاقاتها مع قطر", "وقطعت كل من …"): a verb before its subject agrees with the first conjunct, so that
    member, not ``y``, says whether the verb can have the list as its subject; ``y`` itself otherwise."""
    members = [y]
    for a in reversed([x for x in actors if x.end <= y.start]):
        gap = norm[a.end:members[-1].start]
        if len(gap) <= 6 and lx.LIST_SEP.match(gap) or re.fullmatch(r"\s*(?:،|,)\s*و?", gap):
            members.append(a)
        else:
            break
    first = members[-1]
    if first is not y and (0 <= first.start - cue_end <= 2 or _EACH_OF_GAP.fullmatch(norm, cue_end, first.start)):
        return first
    return y


# "وقطعت كل من السعودية والإمارات …": "كل من" between a verb and the list that is its subject
_EACH_OF_GAP = re.compile(r"\s*كل\s+من\s*")


def _agent_list(norm, g, cue, args, focus, partners, code="") -> bool:
    """A coordinated list holding one side of ours (the focus or one partner) and third parties, in the cue's subject
    position: right after a verb or verbal-noun cue ("قطع السعودية والإمارات والبحرين ومصر علاقاتها مع قطر", "وقطعت
    الإمارات والسعودية … علاقاتها مع قطر") or right before it ("الرياض وأبوظبي والمنامة قطعت …", "قرار السعودية
    والإمارات … واليمن قطع العلاقات مع الدوحة"), not after a preposition, with the other side of ours named outside
    the list. Each member of a coordinated subject acts (session 62: the member may be the partner, the focus being
    the target outside the list, and "كل من" may open the list when that target follows a preposition). A meeting or
    an accord needs its other side after "مع" ("ستجتمع فرنسا وبريطانيا وألمانيا مع إيران"): a list alone meets among
    itself ("روسيا وتركيا وإيران ستلتقي دون مشاركة … السوريين")."""
    if cue is None:
        return False
    c0, c1 = cue
    if any(x.kind in ("pair", "nisba") for x in g):
        return False
    mine = {x.code for x in g if x.code == focus or x.code in partners}
    if len(mine) != 1:
        return False  # both sides in the list: a list of targets or co-agents, never each other's (issue #12)
    member = next(iter(mine))
    others = set(partners) if member == focus else {focus}
    outside = [a for a in args if a.code in others and a not in g]
    if not outside:
        return False
    with_other = any(_WITH_RIGHT_BEFORE.search(norm, max(0, a.start - 6), a.start) for a in outside if a.start > g[-1].end)
    if code[:2] in ("04", "05") and code != "051" and not with_other:
        return False  # "روسيا وتركيا وإيران ستلتقي دون مشاركة … السوريين": a list meets among itself (praise and
        # congratulations go to a target: "السعودية والإمارات والبحرين تهنئ بفوز السيسي", session 99)
    if _oblique(norm, g[0]) or _MEMBERS_OF.search(norm, max(0, g[0].start - 14), g[0].start):
        return False
    if _EACH_OF.search(norm, max(0, g[0].start - 10), g[0].start) and not any(
            a.start > g[-1].end and _TARGET_PREP.search(norm, max(0, a.start - 6), a.start) for a in outside):
        return False  # "صفقة رعتها كل من روسيا والولايات المتحدة": ours and a third party together, no target
    after = 0 <= g[0].start - c1 <= 2 or _EACH_OF_GAP.fullmatch(norm, c1, g[0].start) is not None
    before = g[-1].end <= c0 and _AGENTS_GAP.fullmatch(norm, g[-1].end, c0) is not None
    # "مهلة الـ14 يوماً التي حددتها السعودية والإمارات والبحرين لمغادرة …": the subject of a relative clause that
    # sets, takes or imposes the cue noun is its agent
    rel = g[0].start > c1 and _AGENT_REL.fullmatch(norm, c1, g[0].start) is not None
    return after or before or rel


# Between the cue and the first of a list that is its object: a preposition, or comma-bounded adjuncts of place and
# time ("استقبل في قصر الحسينية، الخميس، وزير …")
_ROLE_HEAD = r"(?:(?:" + lx.ROLE_NOUNS + r")\s+(?:[^\s،,]+\s+){0,4}?)?"
_OBJECT_LIST_GAP = re.compile(r"\s*(?:(?:كذلك|ايضا)\s+)?(?:الي\s+|ل|لدي\s+|ب)?|\s+(?:(?:في|ب)\s+[^\s،,]+(?:\s+[^\s،,]+)?\s*[،,]\s*)?"
                              r"(?:" + _DAY_WORD + r"\s*[،,]\s*)?"
                              # "سيقابل ترامب الجمعة والسبت وجها لوجه قادة كندا وفرنسا …": days and "face to face"
                              r"(?:" + _DAY_WORD + r"(?:\s+و" + _DAY_WORD + r")?\s+)?(?:وجها\s+لوجه\s+)?"
                              + _ROLE_HEAD)
# Names between two officials of a list: "… السعودي محمد الجدعان، ووزير …"
_NAMED_MEMBER_GAP = re.compile(r"(?:\s+[^\W\d_]{2,}){1,4}\s*[،,]\s*و?" + _ROLE_HEAD)
# "للمملكة العربية السعودية ودولة الكويت ودولة الإمارات": a state's title between two members of a list
_STATE_TITLE_GAP = re.compile(r"\s*[،,]?\s*و(?:ال)?(?:دوله|جمهوريه|مملكه|سلطنه|اماره)\s+")
_UNKNOWN_MEMBERS = re.compile(r"\s*(?:و(?!ذلك|التي|الذي)[^\W\d_]{3,}\s+){1,4}و\s*")


def _object_list(norm, args, g, focus, cue_end) -> bool:
    """The list ``g`` is the cue's object: right after it, or after its subject of ours ("استقبل الرئيس التونسي …،
    الخميس، وزير …"), with only a preposition or comma-bounded adjuncts of place and time in between."""
    if cue_end is None or g[0].start < cue_end:
        return False
    between = [x for x in args if cue_end <= x.start < g[0].start]
    if any(x.code != focus for x in between):
        return False
    start = max([cue_end] + [x.end for x in between])
    return _OBJECT_LIST_GAP.fullmatch(norm, start, g[0].start) is not None


def _list_tail(norm, args, actors) -> bool:
    """Two of ours joined at the end of a longer list whose earlier members (third parties) lie before the cue's phrase
    ("القوى العظمى (الصين، الولايات المتحدة، فرنسا، بريطانيا، روسيا وألمانيا)"): a list, no pair."""
    if len(args) != 2 or not lx.LIST_SEP.match(norm[args[0].end:args[1].start]):
        return False
    prev = next((x for x in reversed(actors) if x.end <= args[0].start), None)
    return prev is not None and prev.kind in ("third", "third-country") and args[0].start - prev.end <= 6 \
        and bool(re.fullmatch(r"\s*(?:،|,)\s*", norm[prev.end:args[0].start]))


_ALONGSIDE = re.compile(r"(?<![\w])(?:الي\s+جانب|بمشاركه|بالاشتراك\s+مع)(?:\s+كل\s+من)?\s*$")


def _companions(norm, args) -> set:
    """Starts of the third parties named as an agent's companions ("إلى جانب كل من بريطانيا وفرنسا"), a list after
    the phrase included."""
    out, prev_in = set(), None
    for a in args:
        if a.kind in ("third", "third-country") and (
                _ALONGSIDE.search(norm, max(0, a.start - 30), a.start)
                or (prev_in is not None and lx.LIST_SEP.match(norm[prev_in.end:a.start]))):
            out.add(a.start)
            prev_in = a
        else:
            prev_in = None
    return out


# Between two members of a list of those met after "مع": nothing, or "و" and one word (the role whose demonym names the
# member: "ورئيسة الوزراء البريطانية"), a comma allowed before it
_WITH_LIST_GAP = re.compile(r"\s*(?:[،,]\s*)?(?:(?:(?!(?:في|علي|عن|من|الي|حول|بشان|خلال|بعد|قبل|لدي|مع)\s)[^\W\d_]{2,}\s+){0,3}?"
                            r"[،,]?\s*و(?:[^\W\d_]{2,}\s+)?)?")
_WITH_LIST_OPEN = re.compile(r"(?<![\w])مع\s+(?:[^\s،,.]+\s+)?$")


def _with_list(norm, args, cue_end, focus, partners):
    """(session 62) A list of those met or dealt with after "مع" ("تباحث ترامب مع نظيره الفرنسي ماكرون ورئيسة الوزراء
    البريطانية ماي") holding exactly one side of ours with third parties, the other side of ours named before "مع" (the
    subject): (subject, listed side), else None (both sides in the list are a third party's partners, never each
    other's: "تباحث أردوغان مع نظيريه الروسي والإيراني")."""
    after = [a for a in args if a.start >= cue_end]
    i = next((i for i, a in enumerate(after) if _WITH_LIST_OPEN.search(norm, max(0, a.start - 16), a.start)), None)
    if i is None or len(after) - i < 2:
        return None
    after = after[i:]
    first = after[0]
    chain = [first]
    for a in after[1:]:
        if a.start - chain[-1].end > 40 or not _WITH_LIST_GAP.fullmatch(norm, chain[-1].end, a.start):
            break
        chain.append(a)
    ours_in = {a.code for a in chain if a.code == focus or a.code in partners}
    if len(chain) < 2 or len(ours_in) != 1 or all(a.code in ours_in for a in chain):
        return None
    member = next(iter(ours_in))
    others = set(partners) if member == focus else {focus}
    subject = next((a for a in reversed(args) if a.code in others and a.end <= first.start and a.kind != "nisba"), None)
    if subject is None or any(subject.end <= a.start < first.start and a.code not in (focus, *partners) for a in args):
        return None  # (a third party between the subject and "مع": not the subject of these talks)
    return subject, next(a for a in chain if a.code == member)


# "السعودية والإمارات والبحرين إضافة إلى مصر", "… وبالإضافة إلى مصر": a further member of a coordinated list
_BESIDES_GAP = re.compile(r"\s*[،,]?\s*و?(?:ب?ال)?اضافه\s+(?:الي\s+|ل)")


def _drop_lists(norm, args, focus, partners, cue=None, code="", cue_end=None):
    """Remove actors that belong to a list of three or more participants, or of ours with a third party (a list
    of agents holding the focus keeps the focus: see :func:`_agent_list`)."""
    if len(args) < 2:
        return args
    groups, cur = [], [args[0]]
    filled = set()  # groups (by their first member) holding members the lexicon does not know
    for prev, a in zip(args, args[1:]):
        gap = norm[prev.end:a.start]
        if len(gap) <= 6 and lx.LIST_SEP.match(gap) or re.fullmatch(r"\s*(?:،|,)\s*", gap):
            cur.append(a)
        elif _BESIDES_GAP.fullmatch(gap):
            # "قطع السعودية والإمارات والبحرين إضافة إلى مصر، علاقاتها مع قطر": "(ب)الإضافة إلى" adds a member to
            # the list (session 99, s46-mix), as "و" does
            cur.append(a)
        elif _STATE_TITLE_GAP.fullmatch(gap):
            cur.append(a)
        elif prev.kind in ("role", "leader", "third-country", "third") and a.kind in ("role", "leader", "third-country", "third") \
                and _NAMED_MEMBER_GAP.fullmatch(gap):
            # "وزير المالية السعودي محمد الجدعان، ووزير المالية الكويتي نايف الحجرف": officials named after their
            # roles, one after the other, are one list
            cur.append(a)
        elif _UNKNOWN_MEMBERS.fullmatch(gap):
            # "السعودية والبحرين والإمارات واليمن": countries the lexicon does not hold are members of the same list
            cur.append(a)
            filled.add(cur[0].start)
        else:
            groups.append(cur)
            cur = [a]
    groups.append(cur)
    keep = []
    for g in groups:
        codes = {x.code for x in g} | ({"?members"} if g[0].start in filled else set())
        ours = {c for c in codes if c == focus or c in partners}
        if len(ours) >= 2 and len(codes) >= 3:
            continue  # "روسيا والصين وكوريا الشمالية": both sides in a list with others
        if len(ours) >= 2 and _LIST_TAIL.match(norm, g[-1].end):
            continue  # "صناديق الصين وروسيا ودول الخليج": a list whose last member is no actor
        if len(ours) >= 2 and _WITH_HEAD.search(norm[max(0, g[0].start - 40):g[0].start]):
            continue  # "مشاورات مع الدول الاوروبيه والصين وروسيا": both are the other side, after a first member
        if len(ours) == 1 and len(codes) >= 2 and _agent_list(norm, g, cue, args, focus, partners, code):
            keep.extend(x for x in g if x.code in ours)  # "قطع السعودية والإمارات والبحرين ومصر علاقاتها مع قطر"
            continue
        if ours and len(codes) > len(ours) and _EACH_OF.search(norm, max(0, g[0].start - 10), g[0].start):
            continue  # "صفقة رعتها كل من روسيا والولايات المتحدة": ours and a third party, explicitly together
        if ours and len(codes) >= 3 and focus not in codes and code[:2] in ("04", "05", "06", "11", "16") \
                and (_WITH_RIGHT_BEFORE.search(norm, max(0, g[0].start - 6), g[0].start)
                     or _object_list(norm, args, g, focus, cue_end)) \
                and any(x.code == focus and x.end <= g[0].start for x in args):
            # "ووقعت الحكومة الأردنية مع السعودية والإمارات والكويت الاتفاقيات": the states after "مع" are each the
            # other side of the focus's meeting, agreement or cooperation (as a list of two already is); so are
            # the guests received ("استقبل …، الخميس، وزير المالية السعودي …، ووزير المالية الكويتي …") and those
            # thanked ("عن تقديره للمملكة العربية السعودية ودولة الكويت ودولة الإمارات")
            keep.extend(x for x in g if x.code in partners)
            continue
        if ours and len(codes) >= 3:
            continue  # "مع أكثر من عشر دول بينها فرنسا والصين وروسيا": one member of a list of three or more
        if ours and len(codes) > len(ours):
            keep.extend(x for x in g if x.code in ours)  # "روسيا واليابان تحاولان": co-agents
            continue
        keep.extend(g)
    return keep
