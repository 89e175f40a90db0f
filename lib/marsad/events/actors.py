"""Actor spans of a sentence: countries, capitals, leaders, roles + demonym, third parties, surnames.

:func:`_actors` resolves every actor of a sentence (with the demonym passes of :mod:`marsad.events.demonyms`),
drops people lists, venues, former office holders and third-party frames; :func:`_third_party_index` builds the
third parties' regex of a pair; :func:`_surnames` / :func:`_holder_surname` learn the surnames a document gives
its office holders; :func:`_neighbour` and :func:`_last_pair` resolve "البلدين"/dual forms to the pair last
named.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy as np
import pandas as pd

from marsad.dates.timex import MONTHS
from marsad.lang.text import normalize

from . import lexicon as lx
from .context import _Actor, _Context
from .demonyms import (_coordinated_demonyms, _demonym_pairs, _divided_names, _his_country, _national_of_ours,
                       _strike_demonyms)

__all__: list[str] = []  # private passes of marsad.events.extract


def _surnames(segments, ctx) -> tuple:
    """Surnames of the focus's and partners' leaders named in full in the document (kind leader, two words or more):
    a later "ماي" or "جونسون" alone is the same person."""
    found, roles = {}, {}
    table = lx.TABLE_GROUPS.get((ctx.focus, *ctx.partners), frozenset())
    for seg in segments:
        if not seg.text or not ctx.has_key(seg.text):
            continue
        norm = normalize(seg.text)
        for m in ctx.regex.finditer(norm):
            code, kind, _ = ctx.actor_meta[int(m.lastgroup[1:])]
            words = m.group(m.lastgroup).split()
            if kind == "leader" and len(words) >= 2 and len(words[-1]) >= 3 and not code.startswith("?") \
                    and int(m.lastgroup[1:]) not in table and not _former(norm, *m.span(m.lastgroup), kind):
                found.setdefault(words[-1], code)
            elif kind == "role" and not code.startswith("?") and (name := _APPOSED_NAME.match(norm, m.end())) \
                    and not _former(norm, *m.span(m.lastgroup), kind):
                # "وزير الاقتصاد الفرنسي، برونو لو مير، …": the name between commas is the role's holder; a later
                # "لو مير" alone is that person (a particle before the last word belongs to the surname)
                found.setdefault(name.group("surname"), code)
            elif kind == "role" and not code.startswith("?") and (holder := _holder_surname(norm, m.end(), ctx)) \
                    and not _former(norm, *m.span(m.lastgroup), kind):
                # "المتحدث باسم الخارجية القطرية ماجد الأنصاري …", "وزير الاقتصاد التركي بيرات البيرق إن …": a person
                # first named right after a role of ours (with or without a comma) holds it for the whole document;
                # a later "الأنصاري" or "ماجد الأنصاري" alone acts for that country
                for name in holder:
                    found.setdefault(name, code)
            if kind == "role" and len(words) >= 2 and not code.startswith("?"):
                # "دبلوماسي فرنسي" … "وانتقد الدبلوماسي نفسه": the same role noun with نفسه/ذاته is that person
                noun = re.sub(r"^[وفبلك]?(?:ال)?", "", words[0])
                if len(noun) >= 4:
                    roles.setdefault(noun, set()).add(code)
    for noun, codes in roles.items():
        if len(codes) == 1:  # (two diplomats of two sides: "the diplomat himself" is left unresolved)
            for self_word in ("نفسه", "ذاته", "نفسها", "ذاتها"):
                found.setdefault(f"ال{noun} {self_word}", next(iter(codes)))
    for code, short in _SHORT_NAMES.items():
        # "المملكة" for Saudi Arabia when it is ours, the document names it and names no other kingdom
        if code not in (ctx.focus, *ctx.partners):
            continue
        texts = [normalize(seg.text) for seg in segments if seg.text]
        others = sum(len(_OTHER_KINGDOM.findall(t)) for t in texts)
        # (by its name, its capital or its king: "غادر إلى الرياض" … "آخر زيارة للحريري إلى المملكة")
        named = sum(ctx.actor_meta[int(m.lastgroup[1:])][:2] in ((code, "country"), (code, "capital"), (code, "leader"))
                    for t in texts for m in ctx.regex.finditer(t))
        if named > others:
            for name in (short,) if isinstance(short, str) else short:
                found.setdefault(name, code)
    return tuple(sorted(found.items()))


# a person's name in apposition after a role, between commas: two or three words, none with the article or a
# function word; the surname is the last word, with a particle before it (لو مير، دي ميستورا، فون دير لاين)
_APPOSED_NAME = re.compile(r"\s*،\s*(?!(?:ال|الذي|التي|وهو|وهي|قال|قالت|اليوم|امس)[\s\w])(?:[^\W\d_]{2,}\s+){1,2}?"
                           r"(?P<surname>(?:(?:لو|دي|دو|فون|فان|دير|لا)\s+)?(?!ال)[^\W\d_]{3,})\s*،")
# A role holder's name right after the role (session 52): two or three words, the first without the article, none a
# frequent word of the news (``marsad/data/kb/common_words.txt``: "اليوم", "خلال", "مؤتمر" end the name) and none part
# of an actor of ours or of another side; the run of name words must end there (a frequent word, punctuation or the
# end). Four name words or more, or one, are too unsure to be a person's name.
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")
_NAME_CLOSED = re.compile(r"[ \t]*(?:[،,:]|(?:ان|انه|انها|بان|قوله|قولها)(?![\w]))")


def _end_of(norm: str, start: int, words: list[str]) -> int | None:
    """Where the name words (``words``, found from ``start`` on) end in ``norm``."""
    pos = start
    for w in words:
        i = norm.find(w, pos)
        if i < 0:
            return None
        pos = i + len(w)
    return pos


_INTRODUCED = re.compile(r"[ \t]*[،,]?[ \t]*(?:(?:ال)?(?:شيخ|دكتور|امير|سيد|سيده)[ \t]+)?(?:[^\W\d_]{2,}[ \t]+){0,2}")
_NAME_PARTICLE = {"لو", "دي", "دو", "فون", "فان", "دير", "لا", "بن", "ابو", "عبد", "ولد"}


def _holder_surname(norm: str, end: int, ctx) -> tuple[str, str] | None:
    """(surname, full name) of a person named right after a role ending at ``end`` (see ``_NAME_WORD``), or None."""
    from marsad.mentions.name_words import _bare, _demonyms_with_article, _name_words
    from marsad.mentions.people import common_words, known_first, title_words

    stop = common_words()
    lead = re.compile(r"[ \t]*[،,]?[ \t]*").match(norm, end)
    words: list[str] = []
    for tok in re.finditer(r"\S+", norm[lead.end():lead.end() + 90]):
        at = lead.end() + tok.start()
        word = tok.group().rstrip("،,.:؛\"»”")
        if not _NAME_WORD.fullmatch(word) or ctx.regex.match(norm, at) is not None:
            break
        if not words and word in title_words():
            continue  # "الشيخ", "الدكتور" before the name
        if word in stop or word[:1] in "وف" and (word[1:] in stop or word[1:].startswith("ال")) \
                or any(b in stop for b in _bare(word)[1:]):
            break  # (a frequent word, or one after a proclitic: "والرئيس المكسيكي", "بابتسامة")
        words.append(word)
        if word != tok.group() or len(words) > 3:
            break  # (punctuation ends the name)
    core = [w for w in words if w not in _NAME_PARTICLE]
    first = words[0] in known_first() or words[0] in _name_words() if words else False
    # (a first name the gazetteers lack, "ماجد", "بيرات": the name must then be closed by a comma, a colon or the
    # complementiser of what the holder said)
    closed = _NAME_CLOSED.match(norm, at_end) is not None if words and (at_end := _end_of(norm, lead.end(), words)) else False
    # (and no word of it shaped like a noun or an adverb: "مبتهجا بابتسامة عريضة،", "للشؤون الخارجية أن")
    closed = closed and not any(w.endswith("ا") or w.startswith(("با", "لا", "لل", "بال")) for w in words)
    if not 2 <= len(core) <= 3 or len(words) > 3 or words[0].startswith("ال") or len(words[0]) < 3 \
            or not (first or closed) or words[-1] in MONTHS or words[-1] in _demonyms_with_article():
        return None  # (no demonym as a surname: "اللواء منصور التركي")
    surname = f"{words[-2]} {words[-1]}" if words[-2] in _NAME_PARTICLE else words[-1]  # "برونو لو مير"
    if len(surname) < 4 or surname in known_first():
        return None  # (a short surname or a first name alone is too unsure: "ماي", "لي", "خليفة")
    return surname, " ".join(words)


# A country's own short name (the one its media and officials use), read as that country only in a document that
# names it more often than all other kingdoms together ("المملكة" is also Morocco, Jordan, Bahrain, the United
# Kingdom …; Bahrain named once in a list of the four boycotting states leaves Saudi Arabia's "المملكة" clear).
_OTHER_NISBA = re.compile(r"\s+(?:ال)?[^\W\d_]{3,}(?:ي|يه)(?![\w])(?<!الامي)(?<!العربي)")
# (and its crown prince by his title alone, "بضغط من ولي العهد", on the same condition)
_SHORT_NAMES = {"SA": ("المملكه", "ولي العهد")}
_OTHER_KINGDOM = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:مغرب|مغربي\w*|اردن|اردني\w*|بحرين|بحريني\w*|بريطانيا|بريطاني\w*|"
                            r"مملكه\s+(?:ال)?(?:متحده|مغربيه|اردنيه|هاشميه|بحرين|هولند\w*|بلجيك\w*|اسبان\w*|"
                            r"سويد\w*|نرويج\w*|دنمارك\w*|تايلاند\w*)|اسبانيا|هولندا|بلجيكا|السويد|النرويج|"
                            r"الدنمارك|تايلاند|عمان|سلطنه)(?![\w])")


# a surname that is also a month or a common word: not after a preposition of time, not before a number or a year word
_SURNAME_NOT_AFTER = re.compile(r"(?:في|شهر|مطلع|منتصف|اواخر|اوائل|بدايه|نهايه|حتي|منذ|الي|من|\d)\s*$")
_SURNAME_NOT_BEFORE = re.compile(r"\s*(?:\d|الماضي|المقبل|الجاري|القادم)")


# "انسحبت القوات السورية من البلد المجاور" (in an article on Lebanon): the neighbouring country is the other side of
# ours, only when it is the one other country the document has just named (a single neighbour established).
_NEIGHBOUR = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:بلد|دوله|بلاد)\s+(?:ال)?(?:مجاور|جار)(?:ه)?(?![\w])|"
                        r"(?<![\w])[وفبل]?(?:ال)?جاره(?![\w])")


def _neighbour(norm: str, s_start: int, s_end: int, in_sent: list, recent: tuple, ctx) -> list:
    """Add "البلد المجاور"/"الجارة" as the other side of ours when the sentence names exactly one side of ours (and no
    other country) and the other side is the only other country among the last ones the document named."""
    named = {a.code for a in in_sent if a.kind not in ("pair", "nisba", "host", "third")}
    others = set(recent) - named
    if len(named) != 1 or len(others) != 1:
        return in_sent
    side, other = next(iter(named)), next(iter(others))
    if not {side, other} <= {ctx.focus, *ctx.partners} or ctx.focus not in (side, other):
        return in_sent
    added = [_Actor(m.start(), m.end(), other, m.group().strip(), "", "country")
             for m in _NEIGHBOUR.finditer(norm, s_start, s_end)
             # (not "الجارة سوريا": the name follows)
             if not any(a.start <= m.start() < a.end or 0 <= a.start - m.end() <= 2 for a in in_sent)]
    return sorted(list(in_sent) + added, key=lambda a: a.start) if added else in_sent


def _last_pair(recent: tuple, ctx: _Context):
    """The (focus, partner) pair when the last two distinct countries named are that pair."""
    distinct = []
    for code in reversed(recent):
        if code not in distinct:
            distinct.append(code)
        if len(distinct) == 2:
            break
    if len(distinct) == 2 and ctx.focus in distinct:
        other = distinct[0] if distinct[1] == ctx.focus else distinct[1]
        if other in ctx.partners:
            return ctx.focus, other
    return None


# A dateline opening a paragraph: "دبي، الإمارات العربية المتحدة (CNN)--", "موسكو (رويترز) -", "أبوظبي - سكاي نيوز
# عربية": where the story was filed, not an actor.
_DATELINE = re.compile(r"\s*(?:(?:[^\W\d_]+[ \t]*[،,]?[ \t]*){1,5}\([^()\n]{1,40}\)[ \t]*(?:--|-|–|—|:)|"
                       r"[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t](?:--|-|–|—)[ \t])")
# "للسعوديين والأتراك": people in a list with another people are no actor of their own
_PEOPLE_LIST_BEFORE = re.compile(r"\S{3,}(?:يين|يون)\s+[وف]?$")
_PEOPLE_LIST_AFTER = re.compile(r"\s+و(?:ال)?\S{3,}(?:يين|يون)(?![\w])")
_PEOPLE_OBLIQUE = re.compile(r"(?<![\w])(?:علي|من|في|عن|الي|مع|بين|لدي)\s+$")
_ADJ_OF_NOUN = re.compile(r"(?<![\w])[وفبل]?ال\w{2,}\s+$")
# "بمنع السوريين من العودة", "لمساعدة السوريين": people after a verbal noun with ب/ل are its object (a topic), not the
# state acting or acted on
# "السوريين الفارين من الحرب", "السوريين العائدين": people described by a definite participle are refugees, returnees,
# residents, not the state
_PEOPLE_DESCRIBED = re.compile(r"\s+ال(?!ذين)\w{2,}(?:ين|ون)(?![\w])")
_PEOPLE_AFTER_NOUN = re.compile(r"(?<![\w])[وف]?[بل](?:منع|قتل|طرد|تخويف|ترهيب|مساعده|دعم|حمايه|اعاده|عوده|ترحيل|"
                                r"استقبال|استضافه|اعتقال|توطين|تهجير|اجبار|ارغام|تشجيع|اغاثه|تجنيس|تسهيل|ايواء|"
                                r"اخراج|ابعاد|اقناع|تشغيل|توظيف|تعليم|علاج|مطالبه)\s+$")
_NAMED_GATHERING = re.compile(r"(?<![\w])[وفبلك]?(?:ال)?(?:مؤتمر|مؤتمرات|قمه|منتدي|اتفاق|اتفاقيه|معاهده|مسار|اعلان)"
                              r"\s*[\"«“]?\s*$")
_AND_ANOTHER = re.compile(r"\s*[\"»”]?\s*و(?![\w]*\s*(?:الذي|التي))")
_NUMBERED = re.compile(r"\s*[\"»”]?\s*[-–]?\s*\d{1,2}(?!\d)(?![.,]\d)\s*(?![\w]*\s*(?:مليار|مليون|الف|بالمئه|بالمائه|مرات|مره|"
                       r"ايام|يوما|اشهر|شهور|سنوات|عاما|اعوام|ساعات|ساعه|دقائق|دقيقه))(?:[\"»”،,.)]|\s|$)")


# "السابق", "الأسبق", "سابقا" right after a role or a leader: the office is no longer held
_FORMER_BEFORE = re.compile(r"(?<![\w])(?:ال)?(?:سابق|اسبق)(?:ه)?\s+$")
_FORMER_AFTER = re.compile(r"\s*[،,]\s*(?:(?!و)[^\s،,.]+\s+){1,3}?(?:ال)?(?:سابق|اسبق)(?:ه)?(?![\w])")
_FORMER = re.compile(r"\s*(?:ال)?(?:سابق|اسبق)(?:ه)?(?![\w])|\s*سابقا(?![\w])")


def _former(norm: str, start: int, end: int, kind: str) -> bool:
    """Whether a role or a leader is named as a former office holder: "الرئيس الفرنسي السابق"; for a person also
    "السابق فرانسوا هولاند" and "هولاند، الرئيس الفرنسي السابق"."""
    return _FORMER.match(norm, end) is not None or kind == "leader" and (
        _FORMER_BEFORE.search(norm, max(0, start - 12), start) is not None or _FORMER_AFTER.match(norm, end) is not None)


def _actors(norm: str, offsets: np.ndarray, third, ctx: _Context, section: str = "paragraph",
            surnames=()) -> list[_Actor]:
    blocked = [m.span() for m in lx.NOT_ACTOR.finditer(norm)]  # sorted, non-overlapping
    dateline = _DATELINE.match(norm) if section != "title" else None
    if dateline is not None and not any(m.start() < dateline.end() and ctx.actor_meta[int(m.lastgroup[1:])][1] in
                                        ("leader", "role", "people") for m in ctx.regex.finditer(norm, 0, dateline.end())):
        # (a person before the dash is no dateline: "بوتين - الأسد")
        blocked = [(0, dateline.end())] + [b for b in blocked if b[0] >= dateline.end()]
    b_starts = [b[0] for b in blocked]

    def is_blocked(pos: int) -> bool:
        i = bisect_right(b_starts, pos)
        return i > 0 and blocked[i - 1][0] <= pos < blocked[i - 1][1]

    out, named = [], []
    for m in ctx.regex.finditer(norm):
        start, end = m.span(m.lastgroup)
        if is_blocked(start):
            continue
        code, kind, stands = ctx.actor_meta[int(m.lastgroup[1:])]
        if kind == "capital" and (_NAMED_GATHERING.search(norm, max(0, start - 24), start)
                                  and not _AND_ANOTHER.match(norm, end) or _NUMBERED.match(norm, end)):
            # "مؤتمر باريس الذي سينعقد …", "مؤتمر سيدر المسمى أيضا باريس 4": a conference, summit or accord named
            # after a capital (or a numbered one) is no act of that capital's government ("قمة موسكو وبيونغ يانغ" is kept)
            named.append((start, end))
            continue
        if kind == "people" and code not in lx.DEMONYMS and (_ADJ_OF_NOUN.search(norm, max(0, start - 20), start)
                                                            or _PEOPLE_OBLIQUE.search(norm, max(0, start - 12), start)
                                                            or _PEOPLE_AFTER_NOUN.search(norm, max(0, start - 16), start)
                                                            or _PEOPLE_DESCRIBED.match(norm, end)
                                                            or _PEOPLE_LIST_BEFORE.search(norm, max(0, start - 24), start)
                                                            or _PEOPLE_LIST_AFTER.match(norm, end)):
            # "المواطنين الإيرانيين": the adjective of a definite noun; "العديد من الإيرانيين", "باللوم على
            # الأمريكيين": people after a preposition are a partitive or a topic, not the state acting
            continue
        if kind in ("role", "leader") and _former(norm, start, end, kind):
            continue  # "الرئيس الفرنسي السابق فرانسوا هولاند": a former office holder does not act for the state
        out.append(_Actor(start, end, code, m.group(m.lastgroup), stands, kind))
    for name, code in sorted(surnames, key=lambda x: -len(x[0])):  # (a full name before its surname)
        # "للمملكة" = ل + المملكة (the article loses its alef after the preposition)
        lam = "|[وف]?ل(ل" + re.escape(name[2:]) + ")" if name.startswith("ال") else ""
        month_like = not any(name in v for v in _SHORT_NAMES.values())  # "إلى المملكة" is no month "إلى ماي"
        for m in re.finditer(r"(?<![\w])(?:[وفبل]?(" + re.escape(name) + ")" + lam + r")(?![\w])", norm):
            start, end = m.span(1) if m.group(1) else m.span(2)
            if not month_like and _OTHER_NISBA.match(norm, end):
                continue  # "ولي العهد الكويتي": another kingdom's crown prince
            if is_blocked(start) or any(a.start <= start < a.end or start <= a.start < end for a in out) or month_like and (
                    _SURNAME_NOT_AFTER.search(norm, max(0, start - 8), start) or _SURNAME_NOT_BEFORE.match(norm, end)):
                continue
            if any(a.code == code and a.kind == "role" and _INTRODUCED.fullmatch(norm, a.end, m.start()) for a in out):
                continue  # "السفير البريطاني لوري بريستو": the holder's own introduction, the role is the actor there
            out.append(_Actor(start, end, code, name, "", "leader"))
    out.sort(key=lambda a: a.start)
    taken = [(a.start, a.end) for a in out]  # regex matches: sorted, non-overlapping
    t_starts = [a.start for a in out]
    for start, end, code, form, stands, etype, mform in third:
        n_start = int(np.searchsorted(offsets, start, side="left"))
        n_end = int(np.searchsorted(offsets, end, side="left"))
        if _overlaps(taken, t_starts, n_start, n_end) or is_blocked(n_start) \
                or any(a0 <= n_start < a1 for a0, a1 in named):
            continue
        if code in (ctx.focus, *ctx.partners) and etype != "country" and _former(norm, n_start, n_end, "leader"):
            continue  # "الرئيس الفرنسي السابق فرانسوا هولاند", "هولاند، الرئيس الفرنسي السابق": no longer in office
        if code in (ctx.focus, *ctx.partners):
            # a person of ours is a leader; a country's name or capital the lexicon missed ("عمّان", ambiguous with
            # Oman, resolved by the document) is the country or its government, never a leader
            kind = "leader" if etype != "country" else "capital" if mform == "capital" else "country"
            out.append(_Actor(n_start, n_end, code, form, stands, kind))
        elif etype == "country" and form == "demonym" and not _role_before(norm, n_start):
            continue  # "الأسواق الأمريكية" is not an actor; "الرئيس الأمريكي" is
        elif etype != "country" and _national_of_ours(norm, n_start, ctx) \
                and not any(0 <= n_start - a.end <= 2 for a in out):  # (a role of ours right before: its name)
            continue  # "قضية اختفاء الإعلامي السعودي جمال خاشقجي": a citizen of ours, no third party's person
        elif etype != "country" and _ON_THE_TONGUE.search(norm, max(0, n_start - 60), n_start):
            continue  # "واحتجت إيران على لسان نائب وزيرها للخارجية عباس عرقجي": the subject's voice, no third party
        else:
            out.append(_Actor(n_start, n_end, code if etype == "country" else f"?{code}", form, "",
                              "third-country" if etype == "country" else "third"))
    out.sort(key=lambda a: a.start)
    out = _coordinated_demonyms(norm, out, ctx)
    # "رئيس الوزراء الروسي ديمتري ميدفيديف": a name right after a role of ours is that person, not a third party.
    keep = []
    for a in out:
        if _POSTED_AT.search(norm, max(0, a.start - 60), a.start):
            if _OWN_POSTED.search(norm, max(0, a.start - 60), a.start) and a.kind in ("country", "capital") \
                    and lx.RECALL_OWN.search(norm, max(0, a.start - 200), min(len(norm), a.end + 200)):
                # "أن سفيره لدى مصر سيعود … بعد أن استدعته الخرطوم للتشاور": the host of one's own recalled
                # envoy is kept (kind "host"), for the recall only
                keep.append(a._replace(kind="host"))
            continue  # "السفير الفرنسي لدى روسيا", "مندوب روسيا لدى الامم المتحده": where an envoy serves is no actor
        if a.kind == "third" and keep and keep[-1].kind == "role" and not keep[-1].code.startswith("?") \
                and re.fullmatch(r"\s*[،,]?\s*" + _TITLE, norm[keep[-1].end:a.start]):
            if a.end > keep[-1].end and re.fullmatch(r"\s*" + _TITLE, norm[keep[-1].end:a.start]):
                # the role and the name are one actor ("… الحرس الثوري الإيراني قاسم سليماني، الذي حذر …": the
                # relative clause after the name has the role as its antecedent)
                keep[-1] = keep[-1]._replace(end=a.end)
            continue
        if a.kind == "role" and not a.code.startswith("?") and keep and keep[-1].kind == "third" \
                and keep[-1].code.startswith("?person") and re.fullmatch(r"\s*[،,]\s*", norm[keep[-1].end:a.start]) \
                and re.match(r"(?:\s+[^\s،,.]+){0,3}\s*[،,]", norm[a.end:a.end + 60]):
            # "قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، …": a person the knowledge base ties to no country, then
            # a role of ours in apposition between commas, is that role (the subject of what follows)
            keep[-1] = a._replace(start=keep[-1].start, form=norm[keep[-1].start:a.end])
            continue
        if a.kind == "role" and (r := re.search(r"(?<![\w])[وف]?(كبير)\s+$", norm[max(0, a.start - 10):a.start])) is not None:
            a = a._replace(start=a.start - len(norm[max(0, a.start - 10):a.start]) + r.start(1))  # "كبير مفاوضي …"
        if a.kind == "role" and (r := _ROLE_IN.search(norm, max(0, a.start - 50), a.start)) is not None \
                and not (keep and keep[-1].end > r.start(1)):  # ("الرئيس الإيراني في البرلمان التركي": two actors)
            # "قائد فيلق القدس في الحرس الثوري الإيراني": a role inside an organ of ours is that organ's member (no venue)
            a = a._replace(start=r.start(1), form=norm[r.start(1):a.end])
        if a.kind == "role" and (r := _DEPUTY_CHAIN.search(norm, max(0, a.start - 90), a.start)) is not None \
                and not (keep and keep[-1].end > r.start(1)):
            # "نائب رئيس مجلس الوزراء ووزير الدولة لشؤون مجلس الوزراء الكويتي": a deputy's chain of offices ends in
            # the demonym; the whole title is the one person (the object right after a verb starts at "نائب")
            a = a._replace(start=r.start(1), form=norm[r.start(1):a.end])
        if a.kind in ("country", "capital") and (r := _MEMBERS_FROM.search(norm, max(0, a.start - 30), a.start)) is not None:
            # "وصل وفد من كوريا الجنوبية إلى …", "بين مسؤولين من بيونغيانغ وسول": a delegation or officials from a
            # country are its organ (the source of their acts), not the object of a preposition
            a = a._replace(start=r.start(1), form=norm[r.start(1):a.end], kind="role")
        elif a.kind == "country" and (r := _OFFICIAL_IN.search(norm, max(0, a.start - 70), a.start)) is not None \
                and not (keep and keep[-1].end > r.start(1)):
            # "خالد عبدالعزيز، وزير الشباب والرياضة في جمهورية مصر العربية": a minister or head of a body "in" a
            # country, with no demonym or name of another side between, is that country's official (not a venue)
            a = a._replace(start=r.start(1), form=norm[r.start(1):a.end], kind="role")
        elif a.kind == "leader" and (r := _ADMINISTRATION_OF.search(norm, max(0, a.start - 14), a.start)) is not None:
            # "وتتهم إدارة ترامب بكين …", "حكومة نتنياهو": the leader's administration is the state, a role actor
            # whose gender is the noun's
            a = a._replace(start=r.start(1), form=norm[r.start(1):a.end], kind="role")
        elif a.kind in ("country", "capital") and (r := _ORGAN_OF.search(norm, max(0, a.start - 30), a.start)) is not None:
            # "رد وفد قطر …", "حكومة قطر": a role noun in construct with the country is that country's organ, a role
            # actor whose gender is the noun's ("رد وفد قطر" is masculine)
            a = a._replace(start=r.start(1), form=norm[r.start(1):a.end], kind="role")
        keep.append(a)
    return _demonym_pairs(norm, _his_country(norm, _divided_names(norm, _strike_demonyms(norm, keep, ctx), ctx,
                                                                  is_blocked), ctx), ctx)


# a leader's administration or government right before the name ("إدارة ترامب", "حكومة نتنياهو")
_ADMINISTRATION_OF = re.compile(r"(?<![\w])[وفبل]?((?:ال)?(?:اداره|حكومه))\s+$")
# A deputy's chain of offices before the role that ends in the demonym ("نائب رئيس مجلس الوزراء ووزير الدولة لشؤون …")
_DEPUTY_CHAIN = re.compile(r"(?<![\w])[وف]?((?:ال)?نائب\s+(?:[وف]?(?:ال)?(?:رئيس|مجلس|وزراء|وزير|دوله|لشؤون|شؤون|اول|"
                           r"خارجيه|دفاع|داخليه|ماليه|اقتصاد|تجاره|طاقه)\s+){1,9}[وف]?)$")
# A title between a role and the name after it ("… الحرس الثوري الإيراني الجنرال قاسم سليماني")
_TITLE = r"(?:(?:ال)?(?:جنرال|لواء|عميد|فريق|شيخ|سيد|دكتور|مشير|امير|عقيد|ملك|سلطان)\s+)?"
# A role noun with up to three words of its own before "في" and an organ ("قائد فيلق القدس في الحرس الثوري الإيراني")
_ROLE_IN = re.compile(r"(?<![\w])[وف]?((?:" + lx.ROLE_NOUNS + r")\s+(?:[^\s،,.]+\s+){0,3}?)في\s+$")


# a role noun in construct right before a country name ("وفد قطر", "حكومة قطر", "وزير خارجية قطر")
_MEMBERS_FROM = re.compile(r"(?<![\w])[وف]?((?:ال)?(?:وفد|وفدا|وفود|مسؤول|مسؤولا|مسؤولين|مسؤولون|مبعوث|مبعوثا|مبعوثين|"
                           r"ممثل|ممثلا|ممثلين|ممثلون|دبلوماسيين|دبلوماسيون)(?:\s+\S+){0,2}?\s+من)\s+$")
# A minister, head or official of a body with up to three words of its own, then "في" and the country ("وزير الشباب
# والرياضة في جمهورية مصر العربية", "رئيس الهيئة العامة للرياضة في السعودية"); not envoys (posted there) nor forces
_OFFICIAL_IN = re.compile(r"(?<![\w])[وف]?((?:ال)?(?:وزير|وزيره|وزاره|رئيس|رئيسه|مسؤول|مسؤولي|مسؤولين|مسؤولون)"
                          r"\s+(?:[^\s،,.]+\s+){0,3}?في\s+(?:جمهوريه\s+|دوله\s+|المملكه\s+)?)$")
_ORGAN_OF = re.compile(r"(?<![\w])[وف]?((?:كبير\s+)?(?!ال)(?:" + lx.ROLE_NOUNS + r")(?:\s+(?:خارجيه|دفاع|داخليه))?)\s+$")


def _overlaps(spans, starts, start, end) -> bool:
    """Whether [start, end) meets one of the sorted, non-overlapping ``spans`` (binary search, not a scan)."""
    i = bisect_left(starts, end)
    return i > 0 and spans[i - 1][1] > start


_ROLE_BEFORE = re.compile(r"(?:" + lx.ROLE_NOUNS + r")\s+" + lx.ROLE_FILLERS + r"$")


def _role_before(norm: str, start: int) -> bool:
    return bool(_ROLE_BEFORE.search(norm[max(0, start - 40):start]))


# "على لسان" and up to four words of title before a person: the person speaks for the clause's subject
_ON_THE_TONGUE = re.compile(r"(?<![\w])علي\s+لسان\s+(?:[^\s،,.]+\s+){0,4}$")


def _third_party_index(mentions: pd.DataFrame | None, codes: tuple[str, ...]) -> dict:
    """Index the mentions table by segment: (start, end, code, form, stands_for, entity type)."""
    if mentions is None or not len(mentions):
        return {}
    actors = lx.load_actors()
    qid = {q: (c, s) for q, c, s in zip(actors["wikidata"], actors["code"], actors["stands_for"]) if q}
    leaders = lx.load_leaders()
    qid.update({k: (c, "") for k, c in zip(leaders["kb_id"], leaders["code"]) if k and k not in qid})
    qid.update({"SU": ("RU", "SU"), "Q15180": ("RU", "SU")})
    forms = mentions["form"] if "form" in mentions else pd.Series("name", index=mentions.index)
    surface = mentions["surface"] if "surface" in mentions else pd.Series("", index=mentions.index)
    etypes = mentions["entity_type"] if "entity_type" in mentions else pd.Series("country", index=mentions.index)
    index: dict = {}
    for doc, sec, pos, ent, etype, form, surf, start, end in zip(
            mentions["doc_id"], mentions["section"], mentions["position"], mentions["entity_id"].astype(str),
            etypes, forms, surface, mentions["start"], mentions["end"]):
        if etype not in ("country", "person"):
            continue
        code, stands = (ent, "") if ent in codes else qid.get(ent, (ent, ""))
        if code in codes and etype == "country" and form == "demonym":
            continue  # a bare adjective of our countries is not an actor ("الغزو الروسي")
        index.setdefault((doc, sec, int(pos)), []).append(
            (int(start), int(end), code, str(surf or ""), stands, "country" if etype == "country" else "person",
             str(form)))
    return {k: tuple(v) for k, v in index.items()}
# The posting of an envoy: "السفير الفرنسي لدى روسيا" (ends right before the actor it makes a place).
_OWN_POSTED = re.compile(r"(?<![\w])[وفبلك]?(?:سفير|مندوب|مبعوث|ممثل)(?:ه|ها|هم|هما|نا)\s+(?:\S+\s+){0,4}?لدي\s+$")
# (session 60: the mission too, "انتقدت سفارة روما لدى برلين …": an embassy, consulate or mission is posted where it sits)
_POSTED_AT = re.compile(r"(?<![\w])[وفبلك]?(?:ال)?(?:سفير|سفراء|مندوب|مبعوث|ممثل|قائم\s+بالاعمال|سفار(?=[هت])|قنصلي(?=[هات])|"
                        r"بعث(?=ه|ات|ت(?:ه|ها|هم)))\w*\s+(?:\S+\s+){0,4}?لدي\s+$")
