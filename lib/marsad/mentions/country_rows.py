"""Country rows that are no country mention: inside an airline's, a club's, a competition's, an outlet's or a
university's name, a language, or a document named after a capital. Part of :mod:`marsad.mentions.people`
(split36p).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import word_list as _read_words
from marsad.mentions.name_words import (_bare, _demonyms_with_article, _LAST_WORD, _NEXT_WORD, _WORD,
    organization_words, title_words)
from marsad.mentions.role_recognisers import _FRAME_NEXT_TIME
from marsad.mentions.partial_names import _capitals


_FRAME_NEXT_OK = frozenset(normalize(w) for w in ("حول", "بشأن", "عام"))
# frames that name a meeting after its host capital (قمة هلسنكي، مؤتمر باريس، منتدى الدوحة): the capital is the
# event's name whatever follows (قمة هلسنكي مع بوتين، خلال قمة هلسنكي عاصفة من الانتقادات; people90), not only before
# the words that end a document's name; a meeting never acts as the government does (إعلان الرياض رفض …)
_EVENT_FRAMES = frozenset(normalize(w) for w in ("قمة", "مؤتمر", "مؤتمرات", "منتدى"))
_END_PUNCT = set(".،,;؛:!?؟)»”]")

_AIRLINE = normalize("طيران")
_AIRWAYS = (normalize("الخطوط"), normalize("الجوية"))


def _airline_names(texts, kb_rows) -> set[int]:
    """Country rows inside an airline's name (the gold README: a country word of an airline's name is no
    country mention): a country name or capital right after طيران without ال (طيران قطر، طيران الإمارات،
    طيران برلين; الطيران القطري, the aviation, stays) and a demonym right after الخطوط الجوية (الخطوط الجوية
    التركية, Turkish Airlines; or a name there, الخطوط الجوية العربية السعودية, Saudia; with a proclitic, and a
    name also right after الخطوط alone: الخطوط العربية السعودية)."""
    out = set()
    for i, (k, s, e, _eid, typ, form, _p) in enumerate(kb_rows):
        if typ != "country" or form not in ("capital", "name", "demonym"):
            continue
        before = texts[k][max(0, s - 30):s]
        if not before.endswith(" "):
            continue
        words = [normalize(w) for w in _WORD.findall(before)][-2:]
        airways = len(words) == 2 and words[1] == _AIRWAYS[1] and _AIRWAYS[0] in _bare(words[0])
        # (a name right after الخطوط alone too: الخطوط السعودية; an adjective there may be power lines, على
        # الخطوط الإسرائيلية المغذية لغزة)
        if form == "name" and words and _AIRWAYS[0] in _bare(words[-1]):
            airways = True
        if form in ("demonym", "name") and airways:
            out.add(i)
        elif form != "demonym" and words and any(b == _AIRLINE for b in _bare(words[-1])):
            out.add(i)
    return out


_AGAINST = frozenset(normalize(w) for w in ("ضد", "أمام"))
# 'international', 'world' after a country or a capital: the name of an event, a prize, a venue or a company
_INTERNATIONAL = frozenset(normalize(w) for w in "الدولي الدولية العالمي العالمية".split())
# a bank's name before a country or a capital, and the word that makes it the central bank (a state body)
_BANKS = frozenset(normalize(w) for w in ("بنك", "مصرف"))
_CENTRAL = frozenset(normalize(w) for w in ("المركزي", "محافظ"))  # (its governor: محافظ بنك السودان)
# sites named after the city they are in (the gold README: مستشفى رام الله counts as a place)
_SITES = frozenset(normalize(w) for w in "مطار ميناء مستشفى".split())
_AIRPORT = normalize("مطار")
# a competition between the clubs of two countries, named by both adjectives (السوبر السعودي المصري)
_TWO_COUNTRY_CUPS = frozenset(normalize(w) for w in ("السوبر", "سوبر"))
# a peninsula shared by two countries, named by a nationality adjective (شبه الجزيرة الكورية): a region
_PENINSULA = (normalize("شبه"), frozenset(normalize(w) for w in ("الجزيرة", "جزيرة")))
_OPEN_QUOTES = set("\"«“'")
_CLOSE_QUOTES = set("\"»”'")


def _peninsula_before(head: str) -> bool:
    """``head`` (the text before الجزيرة) ends with شبه and a space."""
    m = _LAST_WORD.search(head)
    return bool(m) and normalize(m.group(1)) == _PENINSULA[0]


_BID_YEAR = re.compile(r"\s?[12]\d{3}(?!\d)")
_BID_WORDS = frozenset(normalize(w) for w in "ملف".split())

_TOURNAMENT_HEAD = re.compile(r"(?<![\u0621-\u064a])(?:[وبلف]{0,2}(?:ال)?(?:كاس|مونديال|نهائيات|اولمبياد|بطوله))"
                              r"(?![\u0621-\u064a])")
_TOURNAMENT_GAP = frozenset(normalize(w) for w in "العالم الأمم القارات في كرة القدم لكرة الصيفية الشتوية".split())


def _tournament_title(text: str, s: int) -> bool:
    """The country name at ``s`` (a year follows it) ends a tournament's title: right after a word of كأس العالم،
    مونديال، نهائيات، أولمبياد، بطولة and only the words of such a title between (العالم، في كرة القدم: كأس العالم
    في كرة القدم روسيا 2018, heldout27 as a development split); not after في or ب before the country (كأس العالم
    2018 في روسيا names the host as a place)."""
    head = normalize(text[max(0, s - 60):s])
    words = head.split()
    if not words or re.search(r"[.،,:;؛!?؟()\"«»]", " ".join(words[-6:])):
        return False
    for j in range(len(words) - 1, max(-1, len(words) - 7), -1):
        if _TOURNAMENT_HEAD.fullmatch(words[j]):
            return j < len(words) - 1 and words[-1] != "في" and all(w in _TOURNAMENT_GAP for w in words[j + 1:])
        if words[j] not in _TOURNAMENT_GAP:
            return False
    return False


def _quoted_after(text: str, s: int, words: frozenset, quoted: bool = True) -> bool:
    """The place at ``s`` follows an opening quotation mark (optional when not ``quoted``) that follows a word of
    ``words`` (proclitics stripped): ملعب "سانتياغو برنابيو"، ملف "قطر 2022"."""
    head = text[max(0, s - 30):s]
    m = re.search(r"([\u0621-\u064a]+) ?([\"«“']?)$", head)
    if not m or (quoted and not m.group(2)):
        return False
    return any(b in words for b in _bare(normalize(m.group(1))))


_TITLE_OPEN = "\"«“"
_TITLE_CLOSE = "\"»”"
_TITLE_MARKS = set(_TITLE_OPEN + _TITLE_CLOSE + "\n")


def _work_noun_forms(word: str) -> set[str]:
    """The normalised forms a word before a quoted title may take of a work noun: proclitics stripped, and a
    possessive ه/ها (كتابه، روايتها: the ت of a ة back to ة's normalised ه)."""
    out = set(_bare(normalize(word)))
    for f in list(out):
        for suf in ("ها", "ه"):
            if f.endswith(suf) and len(f) > len(suf) + 2:
                g = f[:-len(suf)]
                out.add(g[:-1] + "ه" if g.endswith("ت") else g)
    return out


def _in_work_title(text: str, s: int, e: int, works: frozenset) -> bool:
    """The place at ``s:e`` lies inside a quotation opened right after a work noun of ``works`` (a space maybe) and
    closed within 60 characters: part of the work's title (لبرنامج "صباح الخير بريطانيا", أغنية "الملك المصري")."""
    if not works:
        return False
    q = s - 1
    while q >= max(0, s - 60) and text[q] not in _TITLE_MARKS:
        q -= 1
    if q < max(0, s - 60) or text[q] not in _TITLE_OPEN:
        return False
    c = e
    while c < len(text) and c - q <= 61 and text[c] not in _TITLE_MARKS:
        c += 1
    if c >= len(text) or c - q > 61 or text[c] not in _TITLE_CLOSE:
        return False
    m = re.search(r"([\u0621-\u064a]+) ?$", text[max(0, q - 25):q])
    return bool(m) and bool(_work_noun_forms(m.group(1)) & works)


def _named_places(texts, kb_rows, doc_ids=None) -> set[int]:
    """Country rows inside the name of a club, a competition, a sports event or a newspaper (the gold
    README: such names are no country mentions).

    - a country word inside a quotation opened right after a work noun of ``works_before_quote.txt`` (a
      possessive maybe) and closed within 60 characters: the work's title (لبرنامج "صباح الخير بريطانيا");
    - a capital or country name right after a word of ``names_before_place.txt`` (with proclitics): ريال
      مدريد، أهلي طرابلس، نادي روما، كأس تونس، مونديال روسيا، طواف فرنسا، ماراثون الرياض;
    - a capital that is no country name right after a sports role of ``sport_roles_before_club.txt`` (لاعب روما،
      نجم الرياض، مدافع كييف: the club; مدرب تونس stays the national team's country);
    - a capital or country name right before a word of ``names_after_place.txt``: واشنطن بوست، باريس سان
      جيرمان;
    - a capital right before a masculine nationality adjective (مدريد الإسباني، روما الإيطالي، طهران
      الإيراني): a city is feminine in Arabic, so the adjective describes the club (the adjective stays a
      country mention, as after any club's name);
    - a masculine demonym used as a team's name after ضد/أمام, alone or as the second of two coordinated
      ال-words, and ending the phrase (ضد الإسماعيلي والمصري، أمام المصري (…): Al-Masry, a club; أمام
      المصري محمد صلاح stays a nationality adjective);
    - a nationality adjective right after شبه الجزيرة (شبه الجزيرة الكورية): a peninsula shared by two countries, a
      region (the gold README); a sea named after a country (بحر الصين الجنوبي) is the first rule (بحر is a word of
      ``names_before_place.txt``).

    The word of ``names_before_place.txt`` that opens such a name is no person either: a one-word mention of a
    knowledge-base person there (كلوب أميركا, Club América: كلوب, Klopp's surname) is dropped too, unless the
    document names that person with two words or more.
    """
    before_w = _read_words("names_before_place.txt")
    after_w = _read_words("names_after_place.txt")
    media_w = _read_words("media_before_place.txt")
    venue_w = _read_words("venues_before_quote.txt")
    work_w = _read_words("works_before_quote.txt")
    club_w = _read_words("clubs_before_demonym.txt")
    role_w = _read_words("sport_roles_before_club.txt")
    league_w = _read_words("nouns_before_demonym.txt")
    triggers = organization_words()[0]
    demonym_at = defaultdict(dict)
    name_at = defaultdict(dict)
    for i, (k, s, e, _eid, typ, form, _p) in enumerate(kb_rows):
        if typ == "country" and form == "demonym":
            demonym_at[k][s] = i
        elif typ == "country" and form == "name":
            name_at[k][s] = i
    out = set()
    person_end: dict = defaultdict(dict)  # k -> end -> the one-word person rows that end there
    named_full: set = set()  # (document, person) named with two words or more
    for i, (k, s, e, eid, typ, _form, _p) in enumerate(kb_rows):
        if typ == "person":
            doc = doc_ids[k] if doc_ids is not None else k
            if " " in texts[k][s:e].strip():
                named_full.add((doc, eid))
            else:
                person_end[k][e] = (i, eid, doc)
    club_cap: set = set()  # (document, capital) shown as a club named after the city (people63)
    language_at: dict = defaultdict(dict)  # k -> ends of the demonyms that name a language or a league
    for i, (k, s, e, _eid, typ, form, _p) in sorted(enumerate(kb_rows), key=lambda r: (r[1][0], r[1][1])):
        if typ != "country" or form not in ("capital", "name", "demonym"):
            continue
        text = texts[k].replace("_", " ").replace("#", " ")
        head = text[max(0, s - 25):s]
        m = _LAST_WORD.search(head)
        prev = normalize(m.group(1)) if m and head[m.end(1):] == " " else ""
        n = _NEXT_WORD.match(text, e)
        nxt = normalize(n.group(1)) if n and text[e:n.start(1)] == " " else ""
        if prev and m and any(b in media_w for b in _bare(prev)) and head[:m.start(1)].rstrip()[-1:] in _OPEN_QUOTES:
            out.add(i)  # the quoted name of an outlet ("بوابة القاهرة")
            continue
        if _in_work_title(text, s, e, work_w):
            out.add(i)  # a word of a work's quoted title (لبرنامج "صباح الخير بريطانيا", people94)
            continue
        if _quoted_after(text, s, venue_w):
            out.add(i)  # the quoted name of a venue (ملعب "سانتياغو برنابيو")
            continue
        if _quoted_after(text, s, media_w):
            out.add(i)  # an outlet's quoted name right after its noun (تلفزيون "روسيا 24")
            continue
        if (form in ("name", "capital") and text[s - 1:s] in _OPEN_QUOTES and (y := _BID_YEAR.match(text, e))
                and text[y.end():y.end() + 1] in _CLOSE_QUOTES):
            out.add(i)  # a place and a year alone in quotes: an event's, a conference's or an agenda's name ("تونس 2020"،
            continue    # «أبوظبي 2018»، "روسيا 2018"، "الإمارات 2021"), as a bid's (people73)
        if form == "name" and _BID_YEAR.match(text, e) and _quoted_after(text, s, _BID_WORDS, quoted=False):
            out.add(i)  # a bid named after a country and a year (ملف "قطر 2022"، ملف المغرب 2026)
            continue
        if form == "name" and _BID_YEAR.match(text, e) and _tournament_title(text, s):
            out.add(i)  # a tournament's title, its host and year (كأس العالم في كرة القدم روسيا 2018)
            continue
        if form == "demonym":
            surf = normalize(text[s:e])
            if not surf.startswith("ال") and prev and any(b in club_w for b in _bare(prev)):
                out.add(i)  # a city spelt like a bare demonym in a club's name (فيسل كوبي)
                continue
            if surf.startswith("ال") and prev in _PENINSULA[1] and _peninsula_before(head[:m.start(1)]):
                out.add(i)  # the adjective of a peninsula shared by two countries (شبه الجزيرة الكورية): a region
                continue
            if surf.startswith("ال") and prev and any(b in league_w for b in _bare(prev)):
                out.add(i)  # a league or a language (الدوري الفرنسي، باللهجة المصرية)
                # (a super cup between two countries' clubs goes on with the second country: below)
                language_at[k][e] = "two" if any(b in _TWO_COUNTRY_CUPS for b in _bare(prev)) else True
                continue
            if surf.startswith("ال") and text[s - 1:s] == " " and language_at[k].get(s - 1) == "two":
                # the second adjective of a super cup named after two countries (السوبر السعودي المصري، كأس السوبر
                # المصري السعودي): the competition's name goes on (not after a league: نجم الدوري الإسباني
                # الأرجنتيني ميسي is an Argentine)
                out.add(i)
                language_at[k][e] = True
                continue
            if surf.startswith("ال") and _after_league_complement(text, s):
                out.add(i)  # a league named with its complement (دوري المحترفين الإماراتي، دوري الدرجة الأولى المصري)
                continue
            if surf.startswith("ال") and _language_listed(text, s, league_w, language_at[k]):
                out.add(i)  # اللهجات، وهي اللبنانية والبدوية; باللهجة المصرية والسورية
                language_at[k][e] = True
                continue
            if not (surf.startswith("ال") and surf.endswith("ي")):
                continue
            rest = text[e:e + 3].lstrip()
            if n and text[e:n.start(1)].strip() == "":
                continue  # a word follows: an adjective (أمام المصري محمد صلاح)
            if rest and rest[:1] not in _END_PUNCT and rest[:1] != "(":
                continue
            ok = prev in _AGAINST
            if not ok and prev == "" and text[s - 1:s] == "و":
                # the second of two coordinated ال-words: ضد الإسماعيلي والمصري
                head2 = text[max(0, s - 40):s - 1]
                words = _WORD.findall(head2)
                ok = (len(words) >= 2 and head2.endswith(" ") and normalize(words[-1]).startswith("ال")
                      and normalize(words[-2]) in _AGAINST)
            if ok:
                out.add(i)
            continue
        if form == "capital" and prev and _AIRPORT in _bare(prev):
            # an airport named after its capital (مطار دمشق الدولي، بمطار صنعاء) holds no country mention: the
            # facility's own name, as a university named after its city (the gold README, heldout43's decisions;
            # people99); مطار … في العاصمة X names the city as a place and keeps it
            out.add(i)
            continue
        if form == "capital" and prev and any(b in role_w for b in _bare(prev)):
            out.add(i)  # a club named after its city after a sports role (لاعب روما، نجم الرياض)
            club_cap.add((doc_ids[k] if doc_ids is not None else k, normalize(text[s:e])))
            continue
        if prev and any(b in before_w for b in _bare(prev)):
            out.add(i)
            # (the club's opening word is no person named alone: كلوب أميركا)
            hit = person_end[k].get(s - 1)
            if hit is not None and (hit[2], hit[1]) not in named_full:
                out.add(hit[0])
        elif form == "name" and prev and _cup_of_a_title(head[:m.start(1)], prev, before_w):
            out.add(i)  # a cup named after the country's head (كأس رئيس الإمارات، كأس ملك إسبانيا)
        elif (form == "name" and prev and any(b in triggers for b in _bare(prev)) and nxt
              and n.start(1) in name_at[k]):
            # a company named after two countries (بنك مصر إيران): neither is a mention
            out.add(i)
            out.add(name_at[k][n.start(1)])
        elif nxt and nxt in after_w:
            out.add(i)
        elif (form in ("name", "capital") and prev and any(b in _BANKS for b in _bare(prev))
              and nxt not in _CENTRAL and not any(b in _CENTRAL for b in _bare(
                  normalize((_WORD.findall(head[:m.start(1)]) or [""])[-1])))):
            # a bank named after a country or a capital (بنك أبوظبي التجاري، بنك الإمارات دبي الوطني، بنك أستراليا
            # الوطني) is a company's name, no mention; a central bank is a state body (مصرف لبنان المركزي)
            out.add(i)
        elif (form in ("name", "capital") and nxt in _INTERNATIONAL
              and not (prev and any(b in _SITES for b in _bare(prev)))):
            # a country or capital before 'international'/'world' names an event, a prize, a venue or a company
            # (فعاليّات تونس العالمية لحفظ القرآن، جائزة أبوظبي العالمية، حلبة البحرين الدولية، الإمارات العالمية
            # للألمنيوم), no mention; a port or a hospital is in that city (an airport's capital is taken above)
            out.add(i)
        elif form == "capital" and nxt and n.start(1) in demonym_at[k]:
            d = normalize(text[n.start(1):n.end(1)])
            if d.startswith("ال") and d.endswith("ي"):
                out.add(i)
                club_cap.add((doc_ids[k] if doc_ids is not None else k, normalize(text[s:e])))
    if club_cap:
        # a capital the document shows as a club named after it (لاعب روما، روما الإيطالي, by the two rules above)
        # is that club wherever else the document names it alone (people63: يلتقي روما، انتقل إلى روما، كل من روما
        # مع ليفربول), except as a place: after في or a glued ب (في روما، بروما) or before another name word
        for i, (k, s, e, _eid, typ, form, _p) in enumerate(kb_rows):
            if i in out or typ != "country" or form != "capital":
                continue
            if (doc_ids[k] if doc_ids is not None else k, normalize(texts[k][s:e])) not in club_cap:
                continue
            text = texts[k]
            if s and text[s - 1] not in " \t\n\"«“(":
                continue  # a proclitic glued on (بروما، لروما is the club's too but rare: left as it was)
            m = _LAST_WORD.search(text[max(0, s - 25):s])
            if m and normalize(m.group(1)) == _IN:
                continue
            out.add(i)
    return out


# nationality adjectives that name a language (in the feminine, as اللغة الفرنسية): with the preposition ب glued
# and no noun before them they name the language (إدوار فيليب بالفرنسية (Édouard Philippe)، الناطقين
# بالإسبانية), not the country; الأمريكية and اللبنانية name no language (الأمير هاري بالأمريكية ميغان)
_LANGUAGES = frozenset(normalize(w) for w in (
    "الفرنسية الإنجليزية الإنكليزية الانجليزية الانكليزية الإسبانية الاسبانية الألمانية الالمانية الإيطالية "
    "الايطالية الروسية الصينية اليابانية الكورية التركية الفارسية العبرية البرتغالية الهولندية اليونانية "
    "السويدية الهندية البولندية الدنماركية النرويجية الفنلندية الرومانية المجرية التشيكية الأرمنية الألبانية "
    "الصربية الكرواتية الأوكرانية الماليزية الإندونيسية التايلاندية الفيتنامية").split())
# verbs of speaking a language (people103, heldout45's يتحدثن الإسبانية): the feminine language adjective right after
# one names the language, its object (يتحدث الفرنسية بطلاقة), not the country; with a proclitic و or ف
_SPEAK_VERBS = frozenset(normalize(p + w) for p in ("", "و", "ف") for w in (
    "يتحدث تتحدث يتحدثون يتحدثن أتحدث نتحدث يتكلم تتكلم يتكلمون يتكلمن يجيد تجيد يجيدون يتقن تتقن "
    "يتقنون").split())
# a university named after a foreign country and its seat (الجامعة الأميركية بالقاهرة، الجامعة الأميركية في
# بيروت): the gold README counts neither word, the two are the institution's own name
_UNIVERSITY = frozenset(normalize(w) for w in ("جامعة", "الجامعة"))
_IN = normalize("في")


def _languages_and_universities(texts, kb_rows) -> set[int]:
    """Country rows that name a language or sit in a university's own name (the gold README: languages are no
    country mentions; the American University in Cairo holds both words in its name).

    - a feminine nationality adjective of ``_LANGUAGES`` with ب glued to it (بالفرنسية، وبالإسبانية): the
      language;
    - one right after a speaking verb of ``_SPEAK_VERBS`` (يتحدثن الإسبانية، يجيد الفرنسية): the language;
    - a nationality adjective right after جامعة/الجامعة (with proclitics) and right before ب or في and a capital
      or country name of another country (الجامعة الأميركية بالقاهرة، بالجامعة الأمريكية في باريس): both rows.
    """
    place_at = defaultdict(dict)
    for i, (k, s, e, eid, typ, form, _p) in enumerate(kb_rows):
        if typ == "country" and form in ("capital", "name"):
            place_at[k][s] = (i, eid)
    out = set()
    for i, (k, s, e, eid, typ, form, _p) in enumerate(kb_rows):
        if typ != "country" or form != "demonym":
            continue
        text = texts[k]
        surf = normalize(text[s:e])
        m = _LAST_GLUED.search(text, max(0, s - 3), s) if s else None
        glued = normalize(m.group(1)) if m else ""
        if surf in _LANGUAGES and glued in ("ب", "وب", "فب") and e - s == len(surf) and (
                e >= len(text) or not "\u0621" <= text[e] <= "\u064a"):
            out.add(i)
            continue
        head = text[max(0, s - 25):s]
        mw = _LAST_WORD.search(head)
        prev = normalize(mw.group(1)) if mw and head[mw.end(1):] == " " else ""
        if surf in _LANGUAGES and prev in _SPEAK_VERBS and e - s == len(surf) and (
                e >= len(text) or not "\u0621" <= text[e] <= "\u064a"):
            out.add(i)  # the language a speaking verb takes (يتحدثن الإسبانية، يجيد الفرنسية; people103)
            continue
        if not prev or not any(b in _UNIVERSITY for b in _bare(prev)):
            continue
        if text[e:e + 4] == " " + "في" + " ":
            at = e + 4
        elif text[e:e + 2] == " ب":
            at = e + 2
        else:
            continue  # no في and no ب: another word follows
        hit = place_at[k].get(at)
        if hit is not None and hit[1] != eid:
            out.add(i)
            out.add(hit[0])
    return out


_LAST_GLUED = re.compile(r"(?<![\u0621-\u064a])([وفبلك]{1,3})$")

# feminine head nouns of an outlet (with proclitics; not with ال: الصحيفة اليومية is described, not named)
_OUTLET_HEADS = frozenset(normalize(w) for w in "قناة فضائية صحيفة جريدة مجلة".split())
_OUTLET_NAME = re.compile(r"([^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+)[ \t]+[\"«“]?[ \t]*(ال[\u0621-\u064a]{2,})[ \t]+$")


def _outlet_names(texts, kb_rows) -> set[int]:
    """Masculine nationality adjectives that are part of a channel's, paper's or magazine's proper name (the gold
    README's broadcaster and newspaper rules): right after a feminine head noun (قناة، فضائية، صحيفة، جريدة، مجلة,
    proclitics allowed, no ال) and one word with ال, an adjective in the masculine cannot describe the head and
    describes that word: قناة الحوار التونسي (El Hiwar Ettounsi) is a name, no mention of Tunisia. A feminine
    adjective describes the outlet and counts (قناة الجزيرة القطرية، صحيفة الأهرام المصرية), and so does a masculine
    one after a noun of a body, a team, a people or a role (``nouns_with_nationality.txt``, the titles: مجلة الجيش
    الجزائري، قناة اللاعب البرازيلي)."""
    out = set()
    heads = None
    for i, (k, s, e, eid, typ, form, _p) in enumerate(kb_rows):
        if typ != "country" or form != "demonym":
            continue
        text = texts[k]
        if not text[e - 1:e] in ("ي", "ى") or (e < len(text) and "\u0621" <= text[e] <= "\u064a"):
            continue
        m = _OUTLET_NAME.search(text, max(0, s - 40), s)
        if m is None:
            continue
        if heads is None:
            heads = (_read_words("nouns_with_nationality.txt"), title_words())
        noun = normalize(m.group(2))
        if noun in heads[0] or any(b in heads[1] for b in _bare(noun)) or noun[2:] in heads[1]:
            continue
        if any(b in _OUTLET_HEADS for b in _bare(normalize(m.group(1)))):
            out.add(i)
    return out


# the word رؤية ('vision') with its proclitics right before a country's name, and a year right after it
_VISION_BEFORE = re.compile(r"(?:^|[\s\"'«(])[وفبل]{0,2}ل?رؤية\s+$")
_YEAR_AFTER_NAME = re.compile(r"\s+(?:19|20)\d\d(?!\d)")


def _vision_programmes(texts, kb_rows) -> set[int]:
    """A country's name inside a national development programme's name, رؤية + country + year (رؤية السعودية
    2030، رؤية البحرين 2030، رؤية الكويت 2035: heldout40's gold, 'a country's name inside a programme's name holds no
    country mention'), is no mention. Both edges are needed: رؤية السعودية alone may be Saudi Arabia's view, and a
    year after a country elsewhere (السعودية 2030 في) is left; the state's other names (رؤية المملكة 2030) are no
    country rows anyway."""
    out = set()
    for i, (k, s, e, _eid, typ, form, _p) in enumerate(kb_rows):
        if typ != "country" or form != "name":
            continue
        text = texts[k]
        if _VISION_BEFORE.search(text[max(0, s - 12):s]) and _YEAR_AFTER_NAME.match(text, e):
            out.add(i)
    return out


# words that open the members of a plural noun (اللهجات، وهي اللبنانية: 'the dialects, which are …')
_WHICH_ARE = frozenset(normalize(w) for w in "وهي هي وهما هما منها ومنها مثل".split())

_LEAGUE_NOUNS = frozenset(normalize(w) for w in ("دوري", "الدوري"))
_LEAGUE_TAIL = re.compile(r"([\u0621-\u064a]+)((?:[ \t]+ال[\u0621-\u064a]+){1,2})[ \t]+$")


def _after_league_complement(text: str, s: int) -> bool:
    """The nationality adjective at ``s`` follows a league noun and one or two words with ال, spaces only between,
    none a demonym: the league's name with its complement (دوري المحترفين الإماراتي، دوري الدرجة الأولى المصري); not
    نجم الدوري الإسباني الأرجنتيني, where the word between is a demonym of its own."""
    m = _LEAGUE_TAIL.search(text[max(0, s - 40):s])
    if not m or not any(b in _LEAGUE_NOUNS for b in _bare(normalize(m.group(1)))):
        return False
    return not any(normalize(w) in _demonyms_with_article() for w in m.group(2).split())


def _cup_of_a_title(head: str, prev: str, before_w: frozenset) -> bool:
    """``prev``, the word before a country name, is a title (رئيس، ملك) right after a word that names a competition
    before a place (كأس): a cup named after the country's head, no mention (كأس رئيس الإمارات); the title list
    writes some titles with their article only (الملك), which a construct before a country never has (كأس ملك
    إسبانيا, the Copa del Rey: heldout41)."""
    if prev not in title_words() and "ال" + prev not in title_words():
        return False
    m = _LAST_WORD.search(head)
    return bool(m) and head[m.end(1):] == " " and any(b in before_w for b in _bare(normalize(m.group(1))))


def _language_listed(text: str, s: int, league_w: frozenset, language_ends: dict) -> bool:
    """A nationality adjective with ال at ``s`` that names a language or a league without its noun right before
    it: the second of two joined by و after one that names one (باللهجة المصرية والسورية), or the first member
    of a plural language or league noun of the same sentence opened by وهي/منها/مثل (وسيكون متنوعاً من حيث
    اللهجات، وهي اللبنانية والبدوية)."""
    if text[s - 1:s] == "و":
        j = s - 1
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j < s - 1 and language_ends.get(j):
            return True
    head = text[max(0, s - 50):s]
    cut = max(head.rfind(c) for c in ".!?؟\n")
    words = [normalize(w) for w in _WORD.findall(head[cut + 1:])]
    if len(words) < 2 or words[-1] not in _WHICH_ARE:
        return False
    return any(b in league_w and b.endswith("ات") for w in words[-4:-1] for b in _bare(w))


def _named_after_capital(texts, kb_rows) -> set[int]:
    """Country rows that name a document after a capital (اتفاقية باريس للمناخ، "إعلان تونس للتسوية").

    The capital right after a frame of ``document_frames.txt`` (with a proclitic: لاتفاق باريس; a festival
    or a fair too: مهرجان القاهرة السينمائي، لمعرض تونس الدولي للكتاب) is the document's or event's name when the phrase ends there (punctuation, a closing quotation mark, the end of the
    text) or goes on with a word with ل (للمناخ), a word with ال (الوزاري) or حول/بشأن/عام; otherwise the
    capital is the government acting (إعلان الرياض رفض …، اتفاق تونس مع …، إعلان أنقرة "تحرير" …،
    إعلان طهران الثلاثاء أنها …) and stays a country mention. A conference, summit or forum named after its host
    capital (مؤتمر باريس للسلام، قمة الرياض) is a frame too, and after it the capital is the event's name whatever
    word follows (قمة هلسنكي مع بوتين), unless the next word opens with و (two capitals' governments joined: قمة
    واشنطن وبيونغ يانغ). The capital right after a noun of
    ``institutions_after_capital.txt`` (جامعة القاهرة، بجامعة بغداد) is the institution's name whatever follows.
    """
    frames = _read_words("document_frames.txt")
    institutions = _read_words("institutions_after_capital.txt")
    if not frames and not institutions:
        return set()
    caps = _capitals()
    out = set()
    for i, (k, s, e, _eid, typ, form, _p) in enumerate(kb_rows):
        if typ != "country" or form not in ("capital", "name"):
            continue
        # a hashtag joins the words with underscores (#مهرجان_القاهرة_السينمائي): read as spaces
        text = texts[k].replace("_", " ").replace("#", " ")
        if normalize(text[s:e]) not in caps:
            continue
        m = _LAST_WORD.search(text[max(0, s - 25):s])
        if not m or not text[max(0, s - 25):s][m.end(1):] == " ":
            continue
        bare = _bare(normalize(m.group(1)))
        if any(b in institutions for b in bare):
            # a university named after its city (جامعة القاهرة): the institution, whatever follows
            out.add(i)
            continue
        if not any(b in frames for b in bare):
            continue
        rest = text[e:e + 30]
        n = _NEXT_WORD.match(rest)
        gap = rest if n is None else rest[:n.start(1)]
        if any(b in _EVENT_FRAMES for b in bare) and not (n is not None and not gap.strip()
                                                          and n.group(1).startswith("و")):
            # a summit, conference or forum named after its host capital: the event, whatever follows
            out.add(i)
            continue
        if n is None or gap.strip():
            # the end of the text, punctuation, or a quotation mark that closes one opened before
            # ("إعلان تونس"); one that opens a quotation (إعلان أنقرة "تحرير" …) is the government's
            mark = gap.strip()[:1]
            if not mark or mark in _END_PUNCT or (mark == '"' and text[:s].count('"') % 2 == 1):
                out.add(i)
            continue
        nxt = normalize(n.group(1))
        if nxt in _FRAME_NEXT_TIME:
            continue
        if (nxt.startswith("ل") and len(nxt) >= 4) or nxt.startswith("ال") or nxt in _FRAME_NEXT_OK:
            out.add(i)
    return out


@lru_cache(maxsize=1)
def _name_suffixes() -> frozenset:
    return _read_words("name_suffixes.txt")


_SUFFIX_WORD = re.compile(r"[ \t]+([\u0621-\u064a]+)")
