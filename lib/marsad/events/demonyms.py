"""Demonyms and nationality adjectives as actors ("الروسي", "الإيرانيين", "بلاده").

Country adjectives that make an actor of the noun they qualify, or not: nationals of ours
(:func:`_national_of_ours`), strike targets (:func:`_strike_demonyms`), divided names (:func:`_divided_names`),
coordinated and dual demonyms (:func:`_coordinated_demonyms`, :func:`_demonym_pairs`), "his country"
(:func:`_his_country`), and the demonym right after a noun (:func:`_demonym_after`). Used by
:mod:`marsad.events.actors` and the construction families.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.text import normalize

from . import lexicon as lx
from .context import _Actor

__all__: list[str] = []  # private passes of marsad.events.extract


# a definite noun and a demonym adjective right before a name ("الإعلامي السعودي جمال خاشقجي")
_DESCRIBED_BY = re.compile(r"(?<![\w])[وفبل]?(?:ال|لل)[^\W\d_]{2,}\s+([^\W\d_]+)\s+$")


def _national_of_ours(norm: str, start: int, ctx) -> bool:
    """Whether a person the knowledge base ties to no side of ours is described right before the name by a noun and
    the demonym of one of ours ("الإعلامي السعودي جمال خاشقجي"): a citizen of that side, neither its government nor
    a third party (so no participant that keeps the side's own act from its target)."""
    m = _DESCRIBED_BY.search(norm, max(0, start - 40), start)
    if m is None:
        return False
    for code in (ctx.focus, *ctx.partners):
        dem = lx.DEMONYMS.get(code) or (lx.kb_demonym(code) or (None,))[0]
        if dem and re.fullmatch(r"(?:ال)?(?:" + dem + ")", m.group(1)):
            return True
    return False


# Strikes named by the demonym list of their authors ("الضربات الأمريكية والفرنسية والبريطانية التي استهدفت …"): up to
# four demonym adjectives, coordinated or not, right after the noun.
_STRIKE_LIST = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:ضربات|غارات|ضربه|غاره)((?:\s+(?!(?:علي|الي|التي|الذي|في)(?![\w]))[وف]?(?:ال)?[^\W\d_]{2,}(?:يه|ي)(?![\w])){1,4})")
# the strikes' target right after the list: "على سوريا", "التي استهدفت مواقع للنظام في سوريا" (not "على شرق سوريا")
_STRIKE_TARGET = re.compile(r"\s+(?:(?:التي|الذي)\s+[وف]?(?:استهدفت|استهدف|طالت|طال)\s+|(?:علي|ضد)\s+)")
_LIST_ITEM = re.compile(r"\s+[وف]?((?:ال)?[^\W\d_]{2,}(?:يه|ي))(?![\w])")


def _strike_demonyms(norm: str, actors: list, ctx) -> list:
    """The side whose demonym is one of the adjectives of a strike noun is a country actor there (the strikes'
    author, read as the noun's agent by _arguments) when another side of ours is the target right after the list
    ("على سوريا", "التي استهدفت مواقع … في سوريا"); a nisba span that swallowed the list ("تصريحات المعلم بعد
    الضربات الأمريكية") gives way to it."""
    added = []
    for m in _STRIKE_LIST.finditer(norm):
        t = _STRIKE_TARGET.match(norm, m.end())
        if t is None or not any(
                a.start >= t.end() and (re.fullmatch(r"[بل]?", norm[t.end():a.start]) or _SITES_IN.match(norm, t.end(), a.start))
                for a in actors if a.code in (ctx.focus, *ctx.partners) and a.kind in ("country", "capital")):
            continue
        for it in _LIST_ITEM.finditer(norm, m.start(1), m.end(1)):
            code = next((c for c in (ctx.focus, *ctx.partners) if (d := lx.DEMONYMS.get(c) or (
                lx.kb_demonym(c) or (None,))[0]) and re.fullmatch(r"(?:ال)?(?:" + d + ")", it.group(1))), None)
            if code is None:
                continue
            start, end = it.span(1)
            if any(a.start < end and start < a.end and a.kind != "nisba" for a in actors + added):
                continue
            added.append(_Actor(start, end, code, it.group(1), "", "country"))
    if not added:
        return actors
    kept = [a for a in actors if not (a.kind == "nisba" and any(a.start < b.end and b.start < a.end for b in added))]
    return sorted(kept + added, key=lambda a: a.start)


# The two states of a divided nation named by their halves and as a pair, read only when both are ours (the focus and
# a partner): "زيارة … إلى الجنوب", "الأسرة الحاكمة في الشمال", "الكوريتين … اتفقتا". Not a direction ("الشمال
# الشرقي"), not a region of a named country ("شمال سوريا" has no article).
_DIVIDED = {frozenset(("KR", "KP")): {"الجنوب": "KR", "الشمال": "KP", "الكوريتين": "pair", "الكوريتان": "pair",
                                      r"الزعيمان\s+الكوريان": "pair", r"الزعيمين\s+الكوريين": "pair"}}
_HALF_AFTER = re.compile(r"(?<![\w])(?:الي|من)\s+$")
_HALF_NOT_BEFORE = re.compile(r"\s+(?:ال)?(?:شرقي|غربي|الشرقي|الغربي)\w*")


def _divided_names(norm: str, actors: list, ctx, is_blocked) -> list:
    sides = (ctx.focus, *ctx.partners)
    added = []
    for pair, names in _DIVIDED.items():
        if ctx.focus not in pair or not (pair - {ctx.focus}) <= set(ctx.partners):
            continue
        partner = next(iter(pair - {ctx.focus}))
        rx = re.compile(r"(?<![\w])[وفبل]?(" + "|".join(names) + r")(?![\w])")
        for m in rx.finditer(norm):
            start, end = m.span(1)
            code = next(c for n, c in names.items() if re.fullmatch(n, m.group(1)))
            if code != "pair" and not _HALF_AFTER.search(norm, max(0, start - 8), start):
                continue  # a half is the state only as where one goes or comes from ("إلى الجنوب"), not in a topic
            if (is_blocked(start) and code != "pair") or any(a.start <= start < a.end for a in actors) \
                    or _HALF_NOT_BEFORE.match(norm, end):
                continue  # (NOT_ACTOR blocks "الكوريتين" as North Korea for other pairs; here it is the pair)
            if code == "pair":
                added.append(_Actor(start, end, f"{ctx.focus}|{partner}", m.group(1), "divided", "pair"))
            elif code in sides:
                added.append(_Actor(start, end, code, m.group(1), "", "country"))
    return sorted([*actors, *added], key=lambda a: a.start) if added else actors


_DUAL_ROLE = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:" + lx.ROLE_NOUNS + r")(?:ي|ا|ين|ان)\s+(?:\S+\s+){0,3}?$")
_COORD = re.compile(r"\s+و((?:ال)?[^\W\d_]{3,})(?![\w])")


_DUAL_COUNTERPARTS = re.compile(r"(?<![\w])[وفبل]?(?:نظيري|نظيرا)(?:ه|ها|هم)?\s+$")  # "نظيريه الياباني و…"

def _coordinated_demonyms(norm: str, out: list, ctx) -> list:
    """"وزيري الخارجية المصري والسوداني", "رئيسي جهازي المخابرات المصري والسوداني": after a dual role noun, the
    demonym coordinated with the role's own is the other country's same officials (a role actor)."""
    add = []
    for a in out:
        if a.kind not in ("role", "third-country") or not (
                _DUAL_ROLE.search(norm, max(0, a.start - 40), a.start)
                or _DUAL_COUNTERPARTS.search(norm, max(0, a.start - 12), a.start)
                or re.match(r"[وفبل]?(?:ال)?(?:" + lx.ROLE_NOUNS + r")(?:ي|ا|ين|ان)\s", a.form)):
            continue
        # (a third country's demonym first: "التقى بومبيو نظيريه الياباني والكوري الجنوبي" names the South Korean
        # minister second; a two-word demonym after و is read whole)
        c = _COORD.match(norm, a.end)
        if c is None or any(b.start <= c.start(1) < b.end for b in out):
            continue
        for code in (ctx.focus, *ctx.partners):
            dem = lx.DEMONYMS.get(code) or (lx.kb_demonym(code) or (None,))[0]
            whole = re.compile(r"(?:ال)?(?:" + dem + r")(?![\w])").match(norm, c.start(1)) if dem else None
            if code != a.code and whole is not None:
                add.append(_Actor(c.start(1), whole.end(), code, whole.group(), "", "role"))
                break
    return sorted(out + add, key=lambda a: a.start) if add else out


# session 57: a bilateral body, meeting or accord named by the two sides' demonyms ("اللجنة المشتركة التونسية
# الألمانية", "مجلس التنسيق السعودي الإماراتي", "اجتماع فرنسي ألماني", "المحادثات الفرنسية اليمنية"): the two
# adjectives stand for the pair (a "pair" actor, as البلدين); the head noun comes first, up to three words before
_PAIR_HEAD = re.compile(r"(?<![\w])[وفبلك]?(?:ال|لل)?((?:لجنه|لجان|مجلس|اجتماع|اجتماعات|محادثات|مباحثات|مفاوضات|مشاورات|"
                        r"قمه|لقاء|لقاءات|اتفاق|اتفاقيه|اتفاقيات|اتفاقات|معاهده|مذكره|حوار|منتدي|مناورات|تدريبات|"
                        r"تمارين|شراكه|تعاون|علاقات|بيان|اعلان|دوره|جلسه|جوله))(?![\w])"
                        r"(?:\s+(?!(?:بين|مع|في|من|علي|عن|الي|حول|بشان)(?![\w]))[^\s،,.:\"«»“”()]+){0,3}?\s+$")
_PAIR_GAP = re.compile(r"\s*[-–/]?\s*(?:و\s*)?")  # "الفرنسية - الألمانية", "التونسية الألمانية"
_ANY_DEMONYM: set = set()


def _any_demonym(word: str) -> bool:
    """Whether ``word`` (normalised, with or without its article) is the demonym of some country."""
    if not _ANY_DEMONYM:
        from marsad.mentions.kb import load_kb
        pats = load_kb().patterns
        for p in pats.loc[pats["form"] == "demonym", "pattern"]:
            n = normalize(str(p)).strip()
            if " " not in n and len(n) > 3:
                _ANY_DEMONYM.add(n[2:] if n.startswith("ال") else n)
    w = word.lstrip("وفبل") if not word.startswith("ال") else word
    w = w[2:] if w.startswith("ال") else w
    return w in _ANY_DEMONYM or word in _ANY_DEMONYM


@lru_cache(maxsize=64)
def _demonym_rx(focus: str, partners: tuple[str, ...]) -> tuple:
    """``(code, pattern)`` of the demonym of the focus and of each partner that has one (the focus first)."""
    rx = []
    for code in (focus, *partners):
        dem = lx.DEMONYMS.get(code) or (lx.kb_demonym(code) or (None,))[0]
        if dem:
            rx.append((code, re.compile(r"(?:ال)?(?:" + dem + r")(?![\w])")))
    return tuple(rx)


def _demonym_pairs(norm: str, out: list, ctx) -> list:
    """Pair actors of two adjoining demonyms, the focus's and a partner's, after a bilateral head noun; not when a
    third demonym adjoins ("المبادرة التونسية المصرية الجزائرية" is a trilateral initiative)."""
    rx = _demonym_rx(ctx.focus, tuple(ctx.partners))
    # every pair holds the focus's demonym: a segment without it anywhere is left as it is, unscanned
    if len(rx) < 2 or rx[0][0] != ctx.focus or not rx[0][1].search(norm):
        return out
    add = []
    for m in re.finditer(r"(?<![\w])(?:ال)?[^\W\d_]{3,}(?:ي|يه|يا)(?![\w])", norm):
        first = next(((c, r.match(norm, m.start())) for c, r in rx if r.match(norm, m.start())), None)
        if first is None or first[1].end() != m.end():
            continue
        gap = _PAIR_GAP.match(norm, m.end())
        second = next(((c, r.match(norm, gap.end())) for c, r in rx if c != first[0] and r.match(norm, gap.end())),
                      None)
        if second is None or ctx.focus not in (first[0], second[0]):
            continue
        end = second[1].end()
        nxt = re.match(r"\s*[-–/]?\s*(?:و\s*)?([^\s،,.:\"«»“”()]+)", norm[end:end + 40])
        prev = norm[max(0, m.start() - 40):m.start()].split()
        if (nxt is not None and _any_demonym(nxt.group(1))) or (prev and _any_demonym(prev[-1])):
            continue  # a third country's demonym before or after: not a pair
        head = _PAIR_HEAD.search(norm, max(0, m.start() - 80), m.start())
        if head is None:
            continue
        if any(a.start < end and m.start() < a.end and a.kind not in ("country", "third-country", "nisba", "people")
               for a in out):
            continue
        pair = (ctx.focus, first[0] if first[0] != ctx.focus else second[0])
        # (the head noun's span kept in ``stands_for``: the pair is a participant of that noun's act only, _arguments)
        add.append(_Actor(m.start(), end, "|".join(pair), norm[m.start():end], f"head:{head.start()}:{head.end(1)}",
                          "pair"))
    if not add:
        return out
    kept = [a for a in out if not any(a.start < b.end and b.start < a.end for b in add)]
    return sorted(kept + add, key=lambda a: a.start)


# "بلاده" / "بلادها": the country of the person named before it ("دعا وزير الخارجية الأميركي … العقوبات التي فرضتها
# بلاده على إيران", "بعد إعلان بلاده عن …"). Not after a noun it is the genitive of as an owner of people
# ("حلفاء بلاده", "شعب بلاده": those are not the state).
_HIS_COUNTRY = re.compile(r"(?<![\w])[وفل]?(بلاده|بلادها)(?![\w])")
_HIS_COUNTRY_NOT_AFTER = re.compile(r"(?<![\w])[وفبل]?(?:ال)?(?:حلفاء|حليف|شركاء|شريك|شعب|مواطن\w*|سكان|ابناء|اعداء|"
                                    r"خصوم|رعايا|جاليه|مصالح|ارض|اراضي|داخل|خارج|حدود|اجواء|سيادة|سياده|امن|تاريخ|"
                                    r"اقتصاد|عمله)\s+$")


# a role held by a man or by people (no antecedent of "بلادها"): الرئيس، وزير، رؤساء، قادة، مسؤولين … (not وزيرة،
# المستشارة، الحكومة، السلطات, which take ها)
_NOT_HER = re.compile(r"[وفبل]?(?:ال)?(?:رئيس|رؤساء|وزير|وزراء|زعيم|زعماء|قائد|قاده|ملك|امير|ولي|سفير|سفراء|مسؤول|"
                      r"مسؤولين|مسؤولون|مبعوث|نظير|نظيره|نظراء|نظرائه|المستشار|مستشار|جنرال|الجنرال)(?![\w])")


def _his_country(norm: str, actors: list, ctx) -> list:
    """Add "بلاده"/"بلادها" as the country of the nearest person of ours named before it in the segment (a leader or a
    role; for "بلادها" also a country or a capital), when no third party is named in between."""
    if "بلاد" not in norm:
        return actors
    ours = (ctx.focus, *ctx.partners)
    added = []
    for m in _HIS_COUNTRY.finditer(norm):
        start, end = m.span(1)
        if any(a.start <= start < a.end for a in actors) or _HIS_COUNTRY_NOT_AFTER.search(norm, max(0, start - 14),
                                                                                            start):
            continue
        # a place after في ("للوجود العسكري الإيراني في سوريا") is no antecedent
        before = [a for a in actors if a.end <= start and start - a.end <= 250 and a.kind not in ("pair", "nisba")
                  and not (a.code not in ours and lx.VENUE.search(norm[max(0, a.start - 6):a.start]))]
        if not before:
            continue
        ante = before[-1]
        if m.group(1) == "بلادها":
            # (session 60) "her country" does not take a man or a group of people as its owner ("التقت المستشارة
            # الألمانية رؤساء لبنان الثلاثة، وأكدت أن بلادها ستقدم …"): the nearest that agrees
            ante = next((a for a in reversed(before) if not (a.kind == "role" and _NOT_HER.match(norm, a.start))), ante)
        if m.group(1) == "بلاده" and ante.kind not in ("leader", "role") and ante.code in ours:
            # "اعتبر نتنياهو أن إيران تجاوزت …، وذلك بعد إعلان بلاده عن …": a country of ours named in between is
            # not a person; the person of ours before it is the owner, when no third party or other person sits
            # in between
            person = next((a for a in reversed(before) if a.kind in ("leader", "role")), None)
            if person is not None and person.code in ours and all(
                    a.code in ours and a.kind in ("country", "capital") for a in before if a.start > person.start):
                ante = person
        kinds = ("leader", "role") if m.group(1) == "بلاده" else ("leader", "role", "country", "capital", "government")
        if ante.code not in ours or ante.kind not in kinds:
            continue
        added.append(_Actor(start, end, ante.code, m.group(1), "", "country"))
    return sorted(actors + added, key=lambda a: a.start) if added else actors
_DEMONYM_CACHE: dict = {}


def _demonym_after(norm, end, codes) -> str | None:
    """The code whose demonym adjective follows a noun right after ``end`` ("الاتهامات البريطانيه" → GB)."""
    for code in codes:
        if code not in _DEMONYM_CACHE:
            d = (lx.DEMONYMS[code],) if code in lx.DEMONYMS else lx.kb_demonym(code)
            _DEMONYM_CACHE[code] = re.compile(r"\s+(?:ال\S+(?:ي|يه)\s+)?" + d[0] + r"(?![\w])") if d else None
        rx = _DEMONYM_CACHE[code]
        if rx is not None and rx.match(norm, end):
            return code
    return None
# "ضربات استهدفت مواقع ومنشآت كيماوية في سوريا": sites struck in a country are the country's, its place is the target
_SITES_IN = re.compile(r"(?<![\w])(?:ال)?(?:مواقع|موقع|منشات|منشاه|اهداف|مراكز|قواعد|قاعده|مطار|مطارات|مخازن)"
                       r"(?:\s+(?![وبل]{0,2}(?:ال)?(?:معارض|مسلح|فصائل|فصيل|تنظيم|داعش|دوله\s+الاسلام|جبه|هيئه|حوثي|"
                       r"ميليشي|مليشي|ارهاب|متشدد|مقاتل|متمرد|اكراد|كردي|وحدات|جهادي|حزب)\w*)[^\s،,.]+){0,4}?\s+في\s*$")
