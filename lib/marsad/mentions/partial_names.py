"""Knowledge-base partial names and one-word names that are someone or something else: trophies and tournaments,
rulers' partial names, speech subjects whose surname is a common word, relatives, another person's first name and
hashtags of things. Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import KB_DIR, load_kb
from marsad.mentions.kb import word_list as _read_words
from marsad.mentions.name_words import (_ARABIC_WORD, _bare, _CONNECTORS, _demonyms_with_article, _kb_first_names,
    _kb_people, _KIN, _KIN_PRONOUNS, _language_word, _LAST_WORD, _name_likeness, _name_words, _NISBA, _PRONOUNS,
    _quotations, _RAW_FUNCTION, _role_word, _SHORT_PARTICLES, _SPEECH_VERBS, _THAT, _verb_like, _vocabulary, _WORD,
    _word_tokens, common_words, known_first, organization_words, title_words)
from marsad.mentions.kb_names import _HONORIFICS
from marsad.mentions.span_repairs import _opener_lists, _question_after
from marsad.mentions.clean_spans import _first_name_like, _NO_ROLE
from marsad.mentions.role_recognisers import _ROLE_ADJECTIVES
from marsad.mentions.kin_names import _kin_many_spans, _kin_one_spans


# nouns of a trophy, a prize or a decoration in construct before the name of the person it is named after (كأس
# السيسي، درع الملك، جائزة نوبل، وسام …): the name is the trophy's, no mention of the person (the gold README: a cup
# named after a person is no person mention, as an institution named after a person is not); بطولة and دورة (a
# tournament) only with an honorific before the name (بطولة الملك سلمان الدولية), since بطولة before a name is
# also 'starring' (من بطولة عمرو يوسف)
_TROPHIES = frozenset(normalize(w) for w in "كأس درع جائزة وسام قلادة ميدالية".split())
# a stadium or an airport in construct before the name of the person it is named after (ستاد روبرت كينيدي، ملعب
# الملك فهد، مطار جون كينيدي): the venue's name, no mention of the person (the gold README: a stadium or an
# institution named after a person is none), read as a trophy's noun is; likewise every other place or institution
# named after a person (ساحة شكري بلعيد، قاعة المرحوم محمد المزالي، شارع الحبيب بورقيبة، مستشفى شارل نيكول، جامعة
# محمد الخامس، مؤسسة بيل غيتس: heldout33's decision), even in an article that names the person as an actor elsewhere
_VENUES = frozenset(normalize(w) for w in "ستاد استاد إستاد ملعب مطار ساحة قاعة شارع ميدان مستشفى مستشفي مصحة "
                    "مدرسة معهد جامعة كلية مؤسسة متحف مكتبة حديقة جسر مسجد نهج برج بئر بطحاء حي".split())
# (برج, a tower: برج ترامب، ببرج ترامب, Trump Tower, a building named after a person; people63's probe set A)
# (people86: the place nouns the ANT text writes right before a given name and that are no venue above, counted
# over every unannotated ANT article: بئر 'well', 44 times, every one a town, بئر علي بن خليفة; بطحاء 'square', 9,
# every one بطحاء محمد علي in Tunis; حي 'quarter', 29, حي خالد بن الوليد، حي ابن خلدون. Not منزل 'house of' (78:
# منزل بورقيبة, a town, but also a person's house), عين (also the verb 'appointed'), ضريح / تمثال / مقام (a tomb,
# statue or shrine of the person: the person is meant))
# of those, the nouns that also name a person's way or school (نهج أردوغان الاقتصادي 'Erdogan's approach', مدرسة
# غوارديولا): a place only before a name of two words or more (نهج الطاهر صفر، مدرسة ابن خلدون) and not after على
# (سار على نهج الحبيب بورقيبة 'followed Bourguiba's way'); حي also 'alive' (people86)
_VENUES_OF_FULL_NAMES = frozenset(normalize(w) for w in "نهج مدرسة حي".split())
# adjectives that grade an institution (people86): a definite venue noun, one or two of them, then a name is the
# institution's own name (المستشفى الجامعي الحبيب بورقيبة، المستشفى الجهوي الحسين بوزيان، المدرسة الإعدادية
# النموذجية خير الدين باشا، المعهد الثانوي علي بورقيبة), no mention of the person. Taken from the adjectives the ANT
# text writes between a definite venue noun and a given name (every unannotated article, counted: الجامعي 20,
# الجهوي 19, الثانوي 12, الابتدائية 4, الإعدادية 4 …), less those that are no grade: a nationality or a club's
# (الملعب التونسي هيثم قيراط: a club and its player), العربية (الجامعة العربية أحمد أبو الغيط: the League and its
# secretary-general), الدولي، الأولمبي; with both genders
_GRADE_ADJECTIVES = frozenset(normalize(w) for w in (
    "الجامعي الجامعية الجهوي الجهوية المحلي المحلية الابتدائي الابتدائية الإعدادي الإعدادية الثانوي الثانوية "
    "النموذجي النموذجية التحضيري التحضيرية").split())
_BALL_IN_COURT = re.compile(r"الكر[ةه](?:[ \t]+\S+){1,2}[ \t]+\S*ملعب[ \t]+\S*$")
_TOURNAMENTS = frozenset(normalize(w) for w in "بطولة دورة".split())
_TROPHY_BEFORE = re.compile(r"((?:[^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+[ \t]+){1,4})$")
_TROPHY_REACH = 60  # how far before a name trophy_names reads (the pipeline's gate reads as far)


def trophy_names(texts: list[str], rows) -> list[int]:
    """Indices of the person rows ``(k, start, end)`` of ``rows`` that name a trophy, a prize or a tournament:
    right after a noun of ``_TROPHIES`` without ال (a proclitic may be glued: بكأس، لكأس), maybe with titles,
    honorifics and a nationality adjective between (كأس الرئيس عبد الفتاح السيسي، بكأس الرئيس المصري عبد الفتاح
    السيسي، كأس الملك سلمان بن عبد العزيز), or after بطولة/دورة and an honorific (بطولة الملك سلمان). Nothing but
    spaces between the words."""
    titles = title_words()
    demonyms = _demonyms_with_article()
    out = []
    for i, (k, s, _e) in enumerate(rows):
        m = _TROPHY_BEFORE.search(texts[k], max(0, s - _TROPHY_REACH), s)
        if not m:
            continue
        words = [normalize(w) for w in m.group(1).split()]
        j = len(words) - 1
        honorific = False
        while j >= 0 and (words[j] in titles or words[j] in demonyms):
            honorific = honorific or words[j] in _HONORIFICS
            j -= 1
        if j < 0:
            continue
        # (a definite venue noun and its grade adjectives: المستشفى الجامعي الحبيب بورقيبة; nothing else between,
        # and not after a role, whose holder the name is: مدير المستشفى الجهوي محمد …)
        g = len(words) - 1
        while g >= 0 and len(words) - 1 - g < 2 and words[g] in _GRADE_ADJECTIVES:
            g -= 1
        if g < len(words) - 1 and g >= 0 and any(
                b.startswith("ال") and b[2:] in _VENUES for b in _bare(words[g])) and not (
                g >= 1 and _role_word(words[g - 1], titles)):
            out.append(i)
            continue
        bare = _bare(words[j])  # (with a glued proclitic: بكأس، لكأس)
        # (not the idiom 'the ball is in X's court', الكرة في ملعب X, X a person)
        venue = any(b in _VENUES for b in bare) and not _BALL_IN_COURT.search(texts[k], max(0, s - 60), s)
        if venue and all(b in _VENUES_OF_FULL_NAMES for b in bare if b in _VENUES) and (
                len(texts[k][s:_e].split()) < 2 or words[j - 1:j] == [normalize("على")]):
            venue = False
        if any(b in _TROPHIES for b in bare) or venue or (honorific and any(b in _TOURNAMENTS for b in bare)):
            out.append(i)
    return out


# نظام / قوات (with a proclitic) and the next word: a regime or forces named after their ruler
_RULER = re.compile(r"(?<![\u0621-\u064a])([وفبل]{0,2}(?:نظام|قوات)) ([\u0621-\u064a]{3,})(?![\u0621-\u064a])")


@lru_cache(maxsize=1)
def _ruled_partials() -> dict[str, tuple[str, str]]:
    """Normalised knowledge-base partial names held by exactly one person, of the hand-written people a world
    leader (الأسد: Bashar al-Assad; not سويفت, Taylor Swift: نظام سويفت is the SWIFT system) -> (id, Arabic
    label): the names a regime or forces are named after (:func:`discover_people`)."""
    import pandas as pd

    path = KB_DIR / "people.csv"
    if not path.exists():
        return {}
    table = pd.read_csv(path)
    leaders = set(table.loc[table["group"] == "world leader", "id"])
    pats = load_kb().patterns
    people = pats[pats["label"] == "person"]
    part = people[people["coref"].astype(bool)]
    owners: dict[str, set] = defaultdict(set)
    for pid, pat in zip(part["id"], part["pattern"]):
        owners[normalize(pat)].add(pid)
    part = part[part["id"].isin(leaders)]
    # (a surname: the last word of one of the person's full names, four letters or more; not a first name such
    # as باراك or جورجيا)
    full = people[(people["form"] == "name") & ~people["coref"].astype(bool)]
    last: dict[str, set] = defaultdict(set)
    for pid, pat in zip(full["id"], full["pattern"]):
        toks = normalize(pat).split()
        # (not a father's or family name after a connector: بن الحسين، آل سعود، بن زايد)
        if len(toks) >= 2 and toks[-2] not in _CONNECTORS:
            last[pid].add(toks[-1])
    label = _kb_people()[4]
    return {normalize(pat): (pid, label.get(pid, pat)) for pid, pat in zip(part["id"], part["pattern"])
            if len(owners[normalize(pat)]) == 1 and normalize(pat) in last[pid] and len(normalize(pat)) >= 4
            and normalize(pat) not in common_words() and normalize(pat) not in title_words()}


def _speech_subject_names(texts, doc_ids, taken, cands, titles, common) -> list[tuple]:
    """Two-word names whose surname is a common word (راغب علامة: علامة is 'a sign'), found by the document:
    the pair right after a role (الفنان راغب علامة), the surname alone the subject of a speech verb elsewhere in
    the document (وقال علامة إن …, أكد علامة: …). Every occurrence of the pair in the document is then a
    name, also where no role comes before it (ماذا قال راغب علامة عن حفله)."""
    by_doc: dict = defaultdict(list)
    for k, d in enumerate(doc_ids):
        by_doc[d].append(k)
    triggers = organization_words()[0]
    vocab = _vocabulary()
    kb_words = _kb_people()[3]
    toks_of = {}

    def toks(k):
        if k not in toks_of:
            toks_of[k] = _word_tokens(texts[k])
        return toks_of[k]

    out = []
    for d, ks in by_doc.items():
        subjects = set()
        for k in ks:
            tk, text = toks(k), texts[k]
            for i in range(len(tk) - 1):
                v = tk[i][2]
                if not (v in _SPEECH_VERBS or (v[:1] in "وف" and v[1:] in _SPEECH_VERBS)):
                    continue
                s1, e1, w = tk[i + 1]
                if text[tk[i][1]:s1].strip() or not _ARABIC_WORD.match(w) or w.startswith("ال") or len(w) < 3:
                    continue
                # no adverb (أكد قائلا:) and no word after a preposition (بالقول، لوزير)
                if ((w.endswith("ا") and "ال" + w[:-1] in vocab) or w.startswith(("بال", "لل", "وال"))
                        or (w[:1] in "بل" and "ال" + w[1:] in vocab)):
                    continue
                after = text[e1:e1 + 3].lstrip()
                if after[:1] in (":", "،", ",") or (i + 2 < len(tk) and tk[i + 2][2] in _THAT
                                                   and not text[e1:tk[i + 2][0]].strip()):
                    subjects.add(w)
        subjects -= titles
        if not subjects:
            continue
        pairs = set()
        for k in ks:
            tk, text = toks(k), texts[k]
            for i in range(len(tk) - 2):
                if not any(b in titles and b not in _NO_ROLE for b in _bare(tk[i][2])):
                    continue
                j = i + 1
                while j < len(tk) and (_NISBA.match(tk[j][2]) or tk[j][2] in _ROLE_ADJECTIVES):
                    j += 1
                if j + 1 >= len(tk) or text[tk[i][1]:tk[j][0]].strip() or text[tk[j][1]:tk[j + 1][0]].strip() != "":
                    continue
                f, sur = tk[j][2], tk[j + 1][2]
                # (only a surname that is a common word: the recogniser's spans lose it; no organisation noun
                # first: لشركة أبل)
                if (sur in subjects and sur in common and sur not in kb_words and _ARABIC_WORD.match(f) and len(f) >= 3
                        and not f.startswith("ال") and f not in common and f not in titles and f[:1] != "و"
                        and not any(b in triggers for b in _bare(f))
                        and not (f[:1] in "بل" and "ال" + f[1:] in vocab)  # المتحدثة باسم فيسبوك
                        and text[tk[j][1]:tk[j + 1][0]] == " "):
                    pairs.add((f, sur))
        if not pairs:
            continue
        for k in ks:
            tk, text = toks(k), texts[k]
            busy_k = [(a, b) for a, b, *_r in taken[k]] + [(c[1], c[2]) for c in cands if c[0] == k]
            for i in range(len(tk) - 1):
                f, sur = tk[i][2], tk[i + 1][2]
                s0 = tk[i][0]
                if (f, sur) not in pairs and f[:1] in "وفبلك" and (f[1:], sur) in pairs:
                    f, s0 = f[1:], s0 + 1
                if (f, sur) not in pairs or text[tk[i][1]:tk[i + 1][0]] != " ":
                    continue
                e0 = tk[i + 1][1]
                if not any(a < e0 and s0 < b for a, b in busy_k):
                    out.append((k, s0, e0, f + " " + sur))
    return out


_REL_OPEN_QUOTES = frozenset('"“«\'„')
_REL_CLOSE_QUOTES = frozenset('"”»\'“')


def _name_words_common() -> frozenset:
    """Connectors, particles and pronouns: never a relative's first name."""
    return frozenset(_CONNECTORS) | frozenset(_SHORT_PARTICLES) | frozenset(_PRONOUNS)


def _after_kin(text: str, ws: int) -> bool:
    """The word ending right before ``ws`` (a space between) is a kinship noun with a pronoun (زوجته، ابنه)."""
    m = _LAST_WORD.search(text[max(0, ws - 30):ws])
    if not m or text[ws - 1:ws] != " ":
        return False
    w = normalize(m.group(1))
    for b in _bare(w):
        for p in _KIN_PRONOUNS:
            if b.endswith(p) and b[:-len(p)] in _KIN:
                return True
    return False


def _relative_with_surname(text: str, s: int, e: int, own_first: str, titles: frozenset,
                           common: frozenset) -> int | None:
    """The start of a relative's name (another first name + the surname at ``text[s:e]``), or None: the word right
    before the surname, a space between, is a name word (no word of the language, verb, title or common word, not
    the person's own first name ``own_first``), and the two stand alone in quotation marks (“ميهريبان علييف”) or
    come right after a kinship noun with a pronoun (زوجته ميهريبان علييف)."""
    m = _LAST_WORD.search(text[max(0, s - 30):s])
    if not m or text[s - 1:s] != " ":
        return None
    ws = s - (min(s, 30) - m.start(1))
    prev = normalize(m.group(1))
    # (a question word before the surname in a question is no first name: (فين عبدالمطلب؟)، "أين عبدالمطلب؟")
    if m.group(1) in _opener_lists()[1] and _question_after(text, e):
        return None
    # (a common word will do in apposition after a relative's full name: بشار الأسد، أسماء الأسد)
    if (len(prev) >= 3 and _ARABIC_WORD.match(prev) and prev != own_first and not prev.startswith("ال")
            and prev not in titles and not _verb_like(prev) and not _role_word(prev, titles)
            and _apposed_to_relative(text, ws, normalize(text[s:e]))):
        return ws
    if (len(prev) < 3 or not _ARABIC_WORD.match(prev) or prev == own_first or prev in common or prev in titles
            or "ال" + prev in _vocabulary()
            or _language_word(prev) or _verb_like(prev) or prev in _name_words_common() or _role_word(prev, titles)
            or prev in _frequent_first_names()):
        return None
    quoted = text[ws - 1:ws] in _REL_OPEN_QUOTES and text[e:e + 1] in _REL_CLOSE_QUOTES and ws >= 1
    return ws if quoted or _after_kin(text, ws) else None


_APPOSED = re.compile(r"([\u0621-\u064a]+)((?:[ \t]+[\u0621-\u064a]+){1,4})[ \t]*[،,][ \t]*$")


def _apposed_to_relative(text: str, ws: int, surname: str) -> bool:
    """The name starting at ``ws`` follows, after a comma, a kinship noun in construct (زوجة، ابنة، شقيق) and up
    to four words that end with the same ``surname`` (normalised): زوجة الرئيس السوري بشار الأسد، [أسماء الأسد]."""
    m = _APPOSED.search(text[max(0, ws - 80):ws])
    if not m:
        return False
    words = [normalize(w) for w in m.group(2).split()]
    return bool(words) and words[-1] == surname and any(b in _KIN for b in _bare(normalize(m.group(1))))


@lru_cache(maxsize=1)
def _verb_given_names() -> frozenset:
    """Given names that are also past verbs governing a preposition (``verb_given_names.txt``)."""
    return _read_words("verb_given_names.txt")


# a preposition as the next word (على، إلى، في، عن، مع، من), as spelt in the text
_PREPOSITION_AFTER = re.compile(r"\s+(?:على|إلى|الى|في|عن|مع|من)(?![\u0621-\u064a])")


def _after_another_first_name(texts, kb_rows, taken, titles, common) -> set[int]:
    """Indices of knowledge-base partial names and aliases right after a known first name that is not one of
    that person's own (see :func:`discover_people`)."""
    firsts = known_first()
    own = _kb_first_names()
    out = set()
    for i, (k, s, e, eid, typ, form, partial) in enumerate(kb_rows):
        if typ != "person" or not (partial or form == "alias"):
            continue
        m = _LAST_WORD.search(texts[k][max(0, s - 30):s])
        if m and m.end() == min(s, 30) and not texts[k][max(0, s - 30):s][m.end(1):].strip("  "):
            # (a function word as written that normalisation makes a first name, فإن → فان = Van, is no one's first
            # name before any partial name or alias: لذلك فإن خاشقجي مات; people77)
            if m.group(1) in _RAW_FUNCTION:
                continue
            prev = normalize(m.group(1))
            # (or an unknown name word, no word of the language, before the surname inside quotation marks that
            # hold just the two, or right after a kinship noun: a relative with the family name, زوجته “ميهريبان
            # علييف” is Aliyev's wife, not Ilham Aliyev)
            ws = s - (min(s, 30) - m.start(1))
            other = prev in firsts or (
                len(prev) >= 3 and _ARABIC_WORD.match(prev) and not _language_word(prev) and not _verb_like(prev)
                and "ال" + prev not in _vocabulary()
                and prev not in titles and prev not in _name_words_common() and (
                    (texts[k][ws - 1:ws] in _REL_OPEN_QUOTES and texts[k][e:e + 1] in _REL_CLOSE_QUOTES)
                    or _after_kin(texts[k], ws)))
            # (or any name word, a common one too, in apposition right after a relative's full name with the same
            # surname, itself after a kinship noun: زوجة الرئيس السوري بشار الأسد، أسماء الأسد is his wife)
            apposed = (not other and len(prev) >= 3 and _ARABIC_WORD.match(prev) and not prev.startswith("ال")
                       and prev not in titles and not _verb_like(prev) and not _role_word(prev, titles)
                       and _apposed_to_relative(texts[k], ws, normalize(texts[k][s:e])))
            if apposed:
                other = True
            # (a given name that is also a past verb governing a preposition, with that preposition right after the
            # partial name, is the verb: أشرف شي على جهود, 'Xi supervised efforts')
            if prev in _verb_given_names() and _PREPOSITION_AFTER.match(texts[k], e):
                continue
            if not (other and (prev not in common or apposed) and not _role_word(prev, titles) and (eid, prev) not in own
                    and not any(a < s and s - len(m.group(1)) - 1 < b
                                for a, b, *_r in taken[k] if (a, b) != (s, e))):
                continue
            if form == "alias" and not partial:
                # an alias names its person after most words: not after a function word that normalisation
                # made a first name (فإن ترامب: فان), a word whose cluster holds hardly any names (في بال
                # مورينيو: 'on the mind of') or a first name in the person's own chain (أنور بن محمد قرقاش)
                before = _WORD.findall(normalize(texts[k][max(0, s - 40):s]))
                if (m.group(1) in _RAW_FUNCTION or _name_likeness().get(prev, 1.0) < 0.05
                        or (len(before) >= 2 and before[-2] in _CONNECTORS)):
                    continue
            out.add(i)
    return out


def _relative_first_name(text: str, s: int, key: str, known: frozenset, titles: frozenset,
                         common: frozenset) -> bool:
    """A one-word recogniser name right after a kinship noun with a possessive pronoun (ابني بارون: 'my
    son Barron', زوجته ميلانيا): a name word or a first name, no title, no common word; or one of the names
    after a kinship noun in the dual or a plural (:func:`_kin_many_spans`)."""
    if any(a == s for a, _b in _kin_many_spans(text)) or any(a == s for a, _b in _kin_one_spans(text, True)):
        return True
    m = _LAST_WORD.search(text[max(0, s - 20):s])
    if not m or key in common or key in titles or len(key) < 3 or not _ARABIC_WORD.match(key):
        return False
    if not (key in known or _first_name_like(key)):
        return False
    raw = m.group(1)  # the pronoun read on the raw word: زوجة الرشيد ('the wife of') has none
    prev = normalize(raw)
    for suf in _KIN_PRONOUNS:
        if raw.endswith(suf) and prev[:-len(suf)] in _KIN:
            return True
    return False


def _hashtag_things(texts, doc_ids, cands):
    """Leave out the hashtags joined by underscores that name a thing, not a person: the words of the
    hashtag make up a quotation of its document (#ميشن_إمبوسيبل … "ميشن إمبوسيبل- فول آوت", a film), or its
    last word, no name word and in a word cluster of hardly any names, comes with ال in the document
    (#فيرجين_هايبرلووب … الهايبرلووب, a product; not #ريم_بنا … البنا). Not for names without a hashtag:
    an Arab family name comes with and without ال (بشير خليفي … الخليفي). Only the documents with such
    a hashtag are read again."""
    known = _name_words()
    like = _name_likeness()
    tagged = [i for i, c in enumerate(cands) if "_" in texts[c[0]][c[1]:c[2]]]
    if not tagged:
        return cands
    docs = {doc_ids[cands[i][0]] for i in tagged}
    quotes, words = defaultdict(list), defaultdict(set)
    for k, d in enumerate(doc_ids):
        if d in docs:
            norm = normalize(texts[k]).replace("_", " ")
            quotes[d] += [" ".join(q.split()) for _qs, _qe, q in _quotations(norm)]
            words[d].update(_WORD.findall(norm))
    drop = set()
    for i in tagged:
        k, _s, _e, key = cands[i]
        d = doc_ids[k]
        last = key.split()[-1]
        if (any(re.search(r"(?<!\S)" + re.escape(key) + r"(?![\w])", q) for q in quotes[d])
                or (not last.startswith("ال") and "ال" + last in words[d] and last not in known
                    and like.get(last, 0.0) < 0.1)):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop]


@lru_cache(maxsize=1)
def _capitals() -> frozenset:
    """Normalised Arabic names of the capitals in the knowledge base (مدينة تونس also as تونس)."""
    caps = load_kb().countries.get("capital_ar")
    if caps is None:
        return frozenset()
    out = set()
    for c in caps.tolist():
        if isinstance(c, str) and c.strip():
            out.add(normalize(c.strip()))
            if c.strip().startswith("مدينة "):
                out.add(normalize(c.strip()[len("مدينة "):]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _frequent_first_names() -> frozenset:
    """First words shared by three knowledge-base people or more (محمد، علي، عبد الله): too many people have
    them for one to be named by it alone."""
    cnt = Counter(w for _pid, w in _kb_first_names())
    return frozenset(w for w, n in cnt.items() if n >= 3)
