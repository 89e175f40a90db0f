"""Document-level coreference: surnames and first names named again after a full name (:func:`_surnames`), one-word
names and first names again, and knowledge-base aliases after a first name spelt otherwise. Part of
:mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import load_kb, slugify
from marsad.mentions.offsets import span_to_original
from marsad.mentions.name_words import (_ARABIC_PARTICLES, _ARABIC_WORD, _bare, _CONNECTORS, _demonyms_with_article,
    _foreign_name_word, _FUNCTION_AFTER_PARTICLE, _kb_people, _language_word, _LAST_WORD, _name_likeness, _name_words,
    _NISBA, _PREV_WORD, _PRONOUNS, _role_word, _SHORT_PARTICLES, _SPEECH, _THAT, _verb_like, _vocabulary, _WORD,
    _word_tokens, common_words, group_words, known_first, organization_words, skeleton, title_words)
from marsad.mentions.kb_names import _edit_distance
from marsad.mentions.span_repairs import _asked_normalised, _question_after
from marsad.mentions.clean_spans import _ORDINALS, _PLACE_NOUNS, _YA_NAMES, learned_given_names
from marsad.mentions.role_recognisers import _MARK, _ONE_WORD_PROCLITIC, _RAW_ARABIC_WORD
from marsad.mentions.recognisers import _FAMILY_BEFORE
from marsad.mentions.partial_names import _frequent_first_names, _relative_with_surname


def _one_word_names_again(texts, doc_ids, sections, rows, taken, claimed, titles, common, standalone) -> list[tuple]:
    """Alias rows for the other bare occurrences, in the document, of a one-word discovered name
    (:func:`_one_word_name_again`): a proclitic و/ف and ب/ل/ك may be glued; never inside another mention or a
    standalone segment (ticker, related), never where another person of the document has the word too."""
    first: dict = {}
    owners: dict = defaultdict(set)
    for k, s, e, eid, label, form in rows:
        key = normalize(texts[k][s:e])
        if " " in key:
            for w in key.split():
                owners[(doc_ids[k], w)].add(eid)
            continue
        owners[(doc_ids[k], key)].add(eid)
        if form == "ner" and (doc_ids[k], key) not in first and sections[k] not in standalone and (
                _one_word_name_again(key, form, titles, common)):
            first[(doc_ids[k], key)] = (eid, label)
    first = {dk: v for dk, v in first.items() if len(owners[dk]) == 1}
    if not first:
        return []
    by_doc: dict = defaultdict(dict)
    for (d, key), v in first.items():
        by_doc[d][key] = v
    out = []
    for k, text in enumerate(texts):
        names = by_doc.get(doc_ids[k])
        if not names or sections[k] in standalone or sections[k] == "byline":
            continue
        for m in _RAW_ARABIC_WORD.finditer(text):
            w = normalize(m.group(0))
            cut = next((n for n in range(0, 3) if w[n:] in names and (n == 0 or _ONE_WORD_PROCLITIC.match(w[:n]))), None)
            if cut is None:
                continue
            s, e = m.span()
            for _n in range(cut):  # (past the proclitic's letters and their marks)
                s += 1
                while s < e and _MARK.match(text[s]):
                    s += 1
            if any(a < e and s < b for a, b, *_r in taken[k]) or any(a < e and s < b for a, b in claimed[k]):
                continue
            eid, label = names[w[cut:]]
            out.append((k, s, e, eid, label, "alias"))
            claimed[k].append((s, e))
    return out


# the first word of a kunya (أبو، أبي، أبا، أم), normalised
_KUNYA_WORDS = frozenset(("ابو", "ابي", "ابا", "ام"))
_PLACE_NOUNS_TA = frozenset(normalize(w) for w in "ولاية الولاية معتمدية بلدية".split())


def _first_names_again(texts, doc_ids, sections, rows, taken, claimed, titles, common, standalone) -> list[tuple]:
    """Alias rows for a first name named alone after its full name in the document (people69; heldout36's رسالة
    عمر after عمر عبدالرحمن): the first word of a person's name of two or three words, exactly one person of the
    document has it as any of its words, no common word or title, three letters or more; the bare word (no
    proclitic) after the full name's first row, in no other mention, not before another name-like word."""
    owners: dict = defaultdict(set)
    first: dict = {}
    for k, s, e, eid, label, form in sorted(rows, key=lambda r: (r[0], r[1])):
        key = normalize(texts[k][s:e])
        ws = key.split()
        for w in ws:
            owners[(doc_ids[k], w)].add(eid)
        if 2 <= len(ws) <= 3 and (doc_ids[k], ws[0]) not in first:
            first[(doc_ids[k], ws[0])] = (eid, label, k, s)
    # (nor a kunya's first word, أبو of أبو الباقر الحكيم: أبو alone is the start of another kunya, المكنى "أبو مجد";
    # people108, heldout46)
    first = {dk: v for dk, v in first.items() if len(owners[dk]) == 1 and len(dk[1]) >= 3
             and dk[1] not in common and dk[1] not in titles and not dk[1].startswith("ال") and dk[1] not in _KUNYA_WORDS}
    if not first:
        return []
    by_doc: dict = defaultdict(dict)
    for (d, key), v in first.items():
        by_doc[d][key] = v
    vocab, like, firsts_all = _vocabulary(), _name_likeness(), known_first()
    owners_words: dict = defaultdict(set)  # (every word of the document's people's names)
    for (d, w) in owners:
        owners_words[d].add(w)
    out = []
    for k, text in enumerate(texts):
        names = by_doc.get(doc_ids[k])
        if not names or sections[k] in standalone or sections[k] == "byline":
            continue
        toks = _word_tokens(text)
        for i, (s, e, w) in enumerate(toks):
            hit = names.get(w)
            if hit is None or (k, s) <= (hit[2], hit[3]):
                continue
            # (a full name is written there, maybe one no step found: تركي الشيخ، آل تركي، عمر كاسترو)
            if i + 1 < len(toks) and text[e:toks[i + 1][0]] == " " and (
                    toks[i + 1][2].startswith("ال") or _foreign_name_word(toks[i + 1][2], titles, common)
                    or toks[i + 1][2] in owners_words.get(doc_ids[k], ())):
                continue
            # (nor a name whose next word the news text does not know, a surname no step found: محمد فوزير)
            if i + 1 < len(toks) and text[e:toks[i + 1][0]] == " " and (
                    toks[i + 1][2] not in vocab or like.get(toks[i + 1][2], 0.0) >= 0.1):
                continue
            # (nor after a family word or a kunya, أم محمد, or a place noun, بولاية قبلي)
            prev = toks[i - 1][2] if i else ""
            # (nor after a title, الأمير فيليب beside فيليب هاموند, or a word of the document's names, الشاهد يوسف;
            # nor before a first name, شيرين علي مصطفى)
            if prev in titles or prev in owners_words.get(doc_ids[k], ()) or (
                    i + 1 < len(toks) and toks[i + 1][2] in firsts_all):
                continue
            if prev in _FAMILY_BEFORE or any(prev[n:] in _PLACE_NOUNS or prev[n:] in _PLACE_NOUNS_TA
                                             for n in range(0, 3) if len(prev) - n >= 3):
                continue
            if any(a < e and s < b for a, b, *_r in taken[k]) or any(a < e and s < b for a, b in claimed[k]):
                continue
            out.append((k, s, e, hit[0], hit[1], "alias"))
            claimed[k].append((s, e))
    return out


def _one_word_name_again(key: str, form: str, titles: frozenset, common: frozenset) -> bool:
    """Whether a one-word discovered person name (the recogniser's span, kept by every rule: المدرب الأوروغوياني
    كارينيو) names its person wherever else its document has the word alone (وقال كارينيو، واختتم كارينيو), as a
    full name's surname does (people59): four letters or more, no ال-word (الحوثي of a group), no known first name
    (محمد alone names anyone), no common word or title, no verb, and of a word cluster with some names or none."""
    return (form == "ner" and len(key) >= 4 and not key.startswith("ال") and key not in known_first()
            and key not in learned_given_names()
            and key not in common and key not in titles and not _verb_like(key) and key not in _CONNECTORS
            and _name_likeness().get(key, 0.1) >= 0.1)


_SPACE_NEXT_WORD = re.compile(r"[ ]([^\s\"'«»“”()\[\]{}،,:;؛.!?؟…]+)")


def _longer_spellings(texts, kb_rows, taken, busy, kb_skel, kb_label, dropped) -> list[tuple]:
    """A knowledge-base alias after a first name spelled another way is the full name (بينيامين نتنياهو).

    The word before an alias hit joins it when both together have the skeleton
    of one of that person's full names and no other mention covers the word.
    """
    out = []
    for i, (k, s, e, pid, typ, form, partial) in enumerate(kb_rows):
        if typ != "person" or partial or form != "alias" or i in dropped:
            continue
        m = _LAST_WORD.search(texts[k][max(0, s - 40):s])
        if not m:
            continue
        ws = s - (len(texts[k][max(0, s - 40):s]) - m.start(1))
        cand = normalize(texts[k][ws:s].strip() + " " + texts[k][s:e])
        # a common word is no other spelling of a first name (سيصادق عليه خامنئي)
        if cand.split()[0] in common_words() or kb_skel.get(skeleton(cand)) != {pid}:
            continue
        if any(a < s and ws < b for a, b, *_ in taken[k]) or any(a < s and ws < b for a, b in busy[k]):
            continue
        dropped.add(i)
        out.append((k, ws, e, pid, kb_label.get(pid, cand), "name"))
    return out


@lru_cache(maxsize=1)
def _not_names() -> frozenset:
    try:
        from marsad.mentions import ner as ner_mod

        return ner_mod.not_names()
    except (ImportError, AttributeError):
        return frozenset()


@lru_cache(maxsize=1)
def _kb_org_keys() -> frozenset:
    kb = load_kb()
    pats = kb.patterns
    return frozenset(pats.loc[pats["label"] == "org", "pattern"].map(normalize))


@lru_cache(maxsize=1)
def _kb_first_last() -> dict[str, str]:
    """The first and last words of each knowledge-base person name of three words with no connector (محمد جواد
    ظريف → محمد ظريف) → that person, for the pairs that name one person only and are no name of the knowledge base
    themselves."""
    exact = _kb_people()[0]
    ids: dict[str, set] = defaultdict(set)
    starts: dict[str, set] = defaultdict(set)  # the first two words of each name of three words or more
    for key, pid in exact.items():
        toks = key.split()
        if len(toks) == 3 and not set(toks) & _CONNECTORS:
            ids[toks[0] + " " + toks[2]].add(pid)
        if len(toks) >= 3:
            starts[toks[0] + " " + toks[1]].add(pid)
    # (a pair that is also the start of another person's name names no one: كيم جونغ is كيم يو جونغ's first and
    # last words but starts كيم جونغ أون and كيم جونغ إيل; the lead's Iraq probe linked كيم جونغ - أون to Kim Yo Jong)
    return {k: next(iter(v)) for k, v in ids.items() if len(v) == 1 and k not in exact and not (starts.get(k, set()) - v)}


def _first_name_alone_ok(word: str, titles: frozenset, common: frozenset) -> bool:
    """A first name that can name its person alone in the document (مي، عاصي): Arabic, two letters or more, no
    title, no common word, no pronoun or particle, no ال, no connector, no word of the language and no first name
    shared by many people (محمد), no past verb."""
    return bool(_ARABIC_WORD.match(word)) and len(word) >= 2 and word not in titles and word not in common and (
        word not in _SHORT_PARTICLES and word not in _PRONOUNS and not word.startswith("ال")
        and word not in _CONNECTORS and not _language_word(word) and word not in _frequent_first_names()
        and word not in _SPEECH and word not in _ARABIC_PARTICLES
        # a past verb with the ending ت (نسيت أن: 'I forgot that', its present ينسى a word of the news text)
        # names nobody (a first name may look like a verb without it: معن / يمعن)
        and not (word.endswith("ت") and _verb_like(word))
        # a proclitic before a connector or a common word (ببن قردان: the town بن قردان)
        and not (word[:1] in "وفبلك" and (word[1:] in _CONNECTORS or word[1:] in common))
        # a first name of two letters only in the cluster of names (مي; not شن 'launching')
        and (len(word) > 2 or _name_likeness().get(word, 0.0) >= 0.3)
        # a noun of the language (its ال form is a word of the news text: فيلم، رياض) only when its word
        # cluster is one of names (نور، محسن)
        and ("ال" + word not in _vocabulary() or _name_likeness().get(word, 0.0) >= 0.5))


def _surnames(texts, doc_ids, sections, positions, full_by_scope, taken, busy, standalone,
              rec_person=frozenset(), first_by_scope=None) -> list[tuple]:
    """Mentions of the surnames of the people found, elsewhere in their scope; and of their first names in the
    scope (``first_by_scope``: the first word of a two-word name, named by no other person of the scope, where
    no name word follows it and no name word or connector comes before it: مي سكاف … وتعرف مي بمواقفها)."""
    first_by_scope = first_by_scope or {}
    triggers = organization_words()[0]
    titles = title_words()
    out = []
    batch: dict[str, tuple] = {}
    clash: set[str] = set()
    common = common_words()
    for names_ in full_by_scope.values():
        for w, v in names_.items():
            if v is None or w in common:
                continue
            if w in batch and batch[w][0] != v[0]:
                clash.add(w)
            batch.setdefault(w, v)
    batch = {w: v for w, v in batch.items() if w not in clash}
    groups = group_words()
    # after a place noun the name is that place or an institution named after someone (مطار الملك خالد،
    # مدينة الملك عبدالله، مهرجان بينكبوب)
    places = _PLACE_NOUNS
    # a surname whose plural is in the document names the group there (الحوثي / الحوثيين): the
    # full name stays a person, the bare surname is left out (بأيدي الحوثي، ميليشيات الحوثي)
    plural_in_doc: dict = defaultdict(set)
    docs_with_word: Counter = Counter()
    doc_words: dict = defaultdict(set)
    for k, text in enumerate(texts):
        words = doc_words[doc_ids[k]]
        for w in _WORD.findall(normalize(text)):
            for b in _bare(w):
                words.add(b)
                if b.endswith(("ين", "ون")) and len(b) > 5:
                    plural_in_doc[doc_ids[k]].add(b[:-2])
    for words in doc_words.values():
        docs_with_word.update(words)
    # across documents, a surname must be distinctive: not a first name, not an ordinal (السادس),
    # not a word with ال (الصدر is also "the chest", السعيدي a family), named in full in two
    # documents at least, and not used more often in documents that do not name the person in
    # full than in those that do (إمام، نوبل، السابق are words of their own)
    firsts = known_first()
    named_in: Counter = Counter()
    for (d, pos), names_ in full_by_scope.items():
        if pos is None:
            named_in.update(w for w, v in names_.items() if v)
    distinct = {}
    for w, v in batch.items():
        last = w.split()[-1]
        if len(w.replace(" ", "")) < 4 or w in firsts or last in firsts or last in _ORDINALS:
            continue
        if docs_with_word[last] - named_in[w] > named_in[w] or named_in[w] < 2 or last.startswith("ال"):
            continue
        distinct[w] = v
    across = None
    if distinct:
        pat, var = _surname_regex(tuple(sorted(distinct)))
        across = (pat, var, distinct)
    for k, text in enumerate(texts):
        scope = (doc_ids[k], positions[k]) if sections[k] in standalone else (doc_ids[k], None)
        names = {w: v for w, v in full_by_scope.get(scope, {}).items() if v}
        if not names and sections[k] in standalone:  # a headline of a page: the page's people
            names = {w: v for w, v in full_by_scope.get((doc_ids[k], None), {}).items() if v}
        # first names: never one that is also a surname or a name word of someone else in the scope
        sur_all = full_by_scope.get(scope, {})
        firsts_here = {w: v for w, v in first_by_scope.get(scope, {}).items()
                       if v and w not in names and w not in sur_all}
        own_names = names
        names = {**firsts_here, **names}
        if not names and sections[k] in standalone:  # else the one person of the batch with that surname
            names = batch
        if (not names and (across is None or sections[k] in standalone)) or sections[k] == "byline":
            continue
        norm = normalize(text)
        shifted = len(norm) != len(text)
        variant, matches = {}, []
        if names:
            pattern, variant = _surname_regex(tuple(sorted(names)))
            matches = list(pattern.finditer(norm))
        occupied = [(t[0], t[1]) for t in taken[k]] + busy[k]
        if across is not None and sections[k] not in standalone:
            # the documents of a batch share a distinctive surname (not a first name, not a common
            # word) of the one person named in full with it, where the document names nobody with it
            own = full_by_scope.get(scope, {})
            # (not after a first name or name word of its own: علي معلول، سامي معلول in a document that names
            # nobody else with it are other people than the coach نبيل معلول of the batch's other documents)
            matches += [m for m in across[0].finditer(norm) if across[1][m.group(1)] not in own
                        and not (m.start() == m.start(1) and _after_first_word(
                            text, norm, m.start(), normalize(str(across[2][across[1][m.group(1)]][1])).split()[:1]))]
            names = {**across[2], **names}
            variant = {**across[1], **variant}
        for m in matches:
            s, e = m.span(1)
            name = variant[m.group(1)]
            # (the ل + ال form with no preposition before it is the preposition ل glued to the family name, its
            # article dropped in construct: معسكر إعدادي لغامدي الاتحاد, 'for Al-Ittihad's Ghamdi'; the name is غامدي;
            # people111)
            if m.start() == s and name.startswith("ال") and m.group(1) == "ل" + name[2:] and len(name) >= 5:
                s += 1
            # the person's own first words right before the surname make the full name (a stray word
            # before it kept the recogniser off: الرئيس السباق منصف المرزوقي)
            s_own = s
            if name in names and m.start() == s:
                full = normalize(names[name][1]).split()
                n_sur = len(name.split())
                if len(full) > n_sur and full[-n_sur:] == name.split():
                    head = " ".join(full[:-n_sur]) + " "
                    if norm[:s].endswith(head) and (s == len(head) or not norm[s - len(head) - 1].isalnum()):
                        s -= len(head)
            if shifted:
                s, e = span_to_original(text, s, e)
                s_own = span_to_original(text, s_own, m.end(1))[0]
            if any(a < e and s < b for a, b in occupied):
                # the first words are already a mention (ميغيل دياز | كانيل): the surname alone, joined
                # to that mention afterwards when it is the same person
                if s_own == s or any(a < e and s_own < b for a, b in occupied):
                    continue
                s = s_own
            if name in plural_in_doc[doc_ids[k]]:
                continue
            if name in firsts_here and not _first_name_alone_at(norm, m.start(), m.end(1), text):
                continue
            # a first name glued to a proclitic as a common word (لدينا: 'we have'), or after an organisation
            # noun (شركة كريم: Careem); a surname of another document of the batch after one too (نادي كاين: the
            # club Caen, not Harry Kane of the other documents)
            if (name in firsts_here or name not in own_names) and (
                    (name in firsts_here and norm[m.start():m.end()] in common) or (
                    before_f := _WORD.findall(norm[max(0, m.start() - 30):m.start()])) and any(
                    b in triggers for b in _bare(before_f[-1]))):
                continue
            before = _WORD.findall(norm[max(0, m.start() - 30):m.start()])
            if before and any(b in groups or b in places for b in _bare(before[-1])):
                continue
            # a surname with ال right after a definite noun that is no title, role or name word describes that
            # noun (البحر الأحمر، الصليب الأحمر: 'red'; not العميد الأحمر, إن الأحمر)
            if (name.startswith("ال") and m.start() == m.start(1) and before
                    and re.search(r"[\u0621-\u064a] $", norm[max(0, m.start() - 2):m.start()])
                    and before[-1].startswith("ال") and len(before[-1]) >= 4 and before[-1] not in titles
                    and not _role_word(before[-1], titles) and before[-1] not in _name_words()
                    and before[-1] not in known_first() and before[-1] in _vocabulary()
                    # (an adjective of the language, أحمر, agreeing with a noun of a cluster of almost no names; a
                    # nationality adjective or a feminine noun before a masculine surname is no such noun: التونسي
                    # الجويني، الوحدة الوطنية السراج، المنصف المرزوقي)
                    and name[2:] in _vocabulary() and before[-1] not in _demonyms_with_article()
                    and _name_likeness().get(before[-1], 0.0) <= 0.05
                    and (before[-1][-1] == "ه") == (name[-1] == "ه")):
                continue
            # a short surname glued to a proclitic is too often another word (ليا in ولياً للعهد, شي in
            # لشيء): skipped when the glued word is a word of the news text whose word cluster holds few
            # names (وليا, لشي); one the news text hardly has stays the surname (لبنس: to Pence), and so does
            # one the recogniser itself names there, glued word and all (فرصة لماي التي: for May)
            # (a first name of the scope glued to a proclitic stays unless the glued word is a common word: ومي)
            if m.start() < m.start(1) and len(name.replace(" ", "")) <= 3 and not (
                    name in firsts_here and norm[m.start():m.end()] not in common):
                glued = norm[m.start():m.end()]
                g_span = span_to_original(text, m.start(), m.end()) if shifted else (m.start(), m.end())
                if _name_likeness().get(glued, 1.0) < 0.2 and (k, *g_span) not in rec_person:
                    continue
            eid, label = names[name]
            # another first name before the surname, in quotation marks that hold just the two or right after a
            # kinship noun (زوجته “ميهريبان علييف”, next to إلهام علييف): a relative with the family name, a
            # person of her own, not the one named in full
            rel = _relative_with_surname(text, s, e, normalize(str(label)).split()[0], titles, common)
            if rel is not None:
                if not any(a < e and rel < b for a, b in occupied):
                    key_ = normalize(text[rel:e])
                    out.append((k, rel, e, "ner:" + slugify(skeleton(key_)), text[rel:e], "ner"))
                    occupied.append((rel, e))
                continue
            # normalisation drops the hamza's seat, the spelling keeps it: أمام ('before') is not the
            # surname إمام of حازم إمام
            raw, own_raw = text[s:e].split()[-1:], str(label).split()[-1:]
            if raw and own_raw and {raw[0][:1], own_raw[0][:1]} == {"أ", "إ"}:
                continue
            out.append((k, s, e, eid, label, "alias"))
            occupied.append((s, e))
        # a surname misspelt by one letter in the same document (فؤاد اقطاي … وقال اطاي): a word the news
        # text hardly has (fewer than three times), of four letters or more, one edit from a one-word
        # surname of five letters or more of the document with the same first letter, no name word
        own = {w: v for w, v in full_by_scope.get(scope, {}).items() if v and " " not in w and len(w) >= 5}
        if own:
            vocab = _vocabulary()
            # (or the other way round: the full name misspelt, a word the news text lacks, no name word, and
            # the surname later in its usual spelling, a known surname: نيل سبسنر … وأشار سبنسر; a swap of
            # two adjacent letters is one edit)
            for m in _WORD.finditer(norm):
                w = m.group()
                if len(w) < 4 or w in own or w in firsts or w in common:
                    continue
                if w in vocab or w in _name_words():
                    if w not in _name_words():
                        continue
                    hit = [n for n in own if n[0] == w[0] and abs(len(n) - len(w)) <= 1 and n not in vocab
                           and n not in _name_words() and _edit_distance(w, n, swaps=True) == 1]
                else:
                    hit = [n for n in own if n[0] == w[0] and abs(len(n) - len(w)) <= 1
                           and _edit_distance(w, n, swaps=True) == 1]
                if len(hit) != 1:
                    continue
                # (not the surname of another person named in full there: a first name or a word the news text
                # lacks right before it that is not the person's own first name, بطولة النجمة الإيرانية غلشيفته
                # فرهاني beside أصغر فرهادي, the lead's Iran probe)
                pm = _PREV_WORD.search(norm, 0, m.start())
                if pm and pm.group(1) not in common and pm.group(1) not in titles and (
                        pm.group(1) in known_first() or pm.group(1) not in vocab) and pm.group(1) != normalize(
                        str(own[hit[0]][1])).split()[0]:
                    continue
                s, e = m.span()
                if shifted:
                    s, e = span_to_original(text, s, e)
                if any(a < e and s < b for a, b in occupied):
                    continue
                eid, label = own[hit[0]]
                out.append((k, s, e, eid, label, "alias"))
                occupied.append((s, e))
    return out


def _partial_before_full_name(texts, doc_ids, cands, taken, kb_rows, kb_label, titles, common) -> list:
    """A recogniser span that starts with the one-word surname of a knowledge-base person named in full in the
    document, then a name of two words or more whose first word is a first name (وعين هادي سالم أحمد الخبيشي:
    'Hadi appointed Salem Ahmed al-Khubaishi'), is the subject's surname and then another person: the span
    keeps the other person's name (the surname is the knowledge base's row already). Not a family name that
    comes first (كيم of كيم جونغ أون before كيم يونغ تشول, another Kim)."""
    named_in_full = {(doc_ids[r[0]], r[3]) for r in kb_rows if r[4] == "person" and not r[6]}
    out = list(cands)
    for i, (k, s, e, key) in enumerate(cands):
        if len(key.split()) < 3:
            continue
        for ts, te, ttyp, _tform, ti, tpartial in taken[k]:
            if not (ttyp == "person" and tpartial and ts == s and te < e and " " not in texts[k][ts:te].strip()
                    and (doc_ids[k], kb_rows[ti][3]) in named_in_full
                    and normalize(str(kb_label.get(kb_rows[ti][3], ""))).split()[-1:] == [normalize(texts[k][ts:te].strip())]):
                continue
            rest = texts[k][te:e]
            if not rest[:1].isspace():
                break
            start = te + len(rest) - len(rest.lstrip())
            toks = normalize(texts[k][start:e]).split()
            first = toks[0] if toks else ""
            if (len(toks) >= 2 and first not in common and first not in titles and not first.startswith("ال")
                    and (first in known_first() or _name_likeness().get(first, 0.0) >= 0.3)):
                out[i] = (k, start, e, " ".join(toks))
            break
    return out


def _after_first_word(text: str, norm: str, s: int, own_first: list) -> bool:
    """Another first name right before ``norm[s:]`` (one space between, a letter before the space; not the
    person's own first word ``own_first``, nor a title, connector or common word, except علي written with ي, not
    the preposition على), with a proclitic too (وعلي معلول)."""
    if len(norm[:s]) < 2 or norm[s - 1] != " " or not "\u0621" <= norm[s - 2] <= "\u064a":
        return False
    w = _WORD.findall(norm[max(0, s - 30):s])[-1]
    if w in common_words() and w not in _YA_NAMES:
        return False
    for b in (w, w[1:]) if w[:1] in "وف" and len(w) > 3 else (w,):
        if (b in own_first or b in title_words() or b in _CONNECTORS or b not in known_first()
                or (_verb_like(b) and b not in _YA_NAMES)):
            continue
        if b in _YA_NAMES:
            raw = text[:span_to_original(text, 0, s)[1]] if len(text) != len(norm) else text[:s]
            if raw.rstrip().endswith("ى"):
                continue
            return True
        if b not in common_words():
            return True
    return False


def _first_name_alone_at(norm: str, s: int, e: int, text: str | None = None) -> bool:
    """A first name found alone at ``norm[s:e]`` (normalised text, ``s`` before any proclitic) names its person
    there: no name word (nor a word the news text lacks) right after it, which would make it another person's
    full name, and no first name, name word or connector right before it (a middle name: أحمد مي). With the
    original ``text``, the preposition على written with ى after it is no name word (وعلقت شيرين على الصورة),
    though normalisation makes it the first name علي."""
    known = _name_words()
    # (a hyphen joins it to the next word: دارة الشانزليزيه مارسيل-داسو, a building named after someone)
    if norm[e:e + 1] == "-" or norm[s - 1:s] == "-":
        return False
    n = re.match(r"\s+([\u0621-\u064a]+)", norm[e:])
    if n and not norm[e:e + n.start(1)].strip() and n.start(1) - 0 <= 2:
        w = n.group(1)
        # (a word with the conjunction و starts no surname: رحلت مي وخسرناها; nor does أن/إن, which
        # normalisation makes the first name آن: وأكد عاصي أن)
        end = e + n.end(1)
        ala = w in _YA_NAMES and text is not None and (
            text[:span_to_original(text, 0, end)[1]] if len(text) != len(norm) else text[:end]).endswith("ى")
        if (w in known or w in known_first() or (w not in _vocabulary() and w not in common_words())) and not (
                w.startswith("و") and w not in known) and w not in _THAT and not ala:
            return False
        # nor a family name with ال (عبدالملك الحوثي next to عبدالملك المخلافي)
        if _NISBA.match(w) and w not in _SPEECH:
            return False
    before = _WORD.findall(norm[max(0, s - 30):s])
    # (إن/أن 'that' before the name is no first name, though normalisation makes it the first name آن: إن ريم
    # "توفيت")
    # (nor is a question word before it in a question, though فين and أين are first names too: (فين عبدالمطلب؟))
    if before and norm[:s].endswith(" ") and before[-1] not in _THAT and (
            before[-1] in known or before[-1] in known_first() or before[-1] in _CONNECTORS) and not (
            _noun_after_preposition(before)) and not (
            before[-1] in _asked_normalised() and _question_after(norm, e)):
        return False
    return True


def _noun_after_preposition(before: list[str]) -> bool:
    """The last of ``before`` (normalised words) is a noun of the language right after a preposition, not a middle
    name, though it is also a name word: إلى كون ماندو ('to the fact that Mando'); not a first name of the name
    lists (إلى محمد), and only a word whose ال form is a word of the news text and whose word cluster holds
    hardly any names."""
    w = before[-1]
    return (len(before) >= 2 and before[-2] in _FUNCTION_AFTER_PARTICLE and w not in known_first()
            and w not in _CONNECTORS and "ال" + w in _vocabulary() and _name_likeness().get(w, 0.0) < 0.3)


_GLUED_KUNYA = re.compile(r"^(ابو|عبد)([\u0621-\u064a]{3,})$")
_SPACED_KUNYA = re.compile(r"^(ابو|عبد) ([\u0621-\u064a]{3,})$")


@lru_cache(maxsize=4096)
def _surname_regex(names: tuple[str, ...]) -> tuple[re.Pattern, dict[str, str]]:
    """A regex finding the names after a proclitic chain (للعريفي: ل + لعريفي), and variant → name."""
    variant = {}
    for w in names:
        variant.setdefault(w, w)
        if w.startswith("ال") and len(w) > 3:
            variant.setdefault("ل" + w[2:], w)
        # أبو / عبد written glued or spaced (محمد أبوتريكة … ووجه أبو تريكة): the same surname
        m = _GLUED_KUNYA.match(w)
        if m:
            variant.setdefault(m.group(1) + " " + m.group(2), w)
        m = _SPACED_KUNYA.match(w)
        if m:
            variant.setdefault(m.group(1) + m.group(2), w)
    alts = "|".join(map(re.escape, sorted(variant, key=len, reverse=True)))
    return re.compile(r"(?<!\w)(?:[وف]?[بلك]?)(" + alts + r")(?!\w)"), variant
