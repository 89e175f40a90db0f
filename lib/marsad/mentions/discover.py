""":func:`discover_people`: recogniser spans turned into clean, resolved person mentions (the steps are described
in :mod:`marsad.mentions.people`). Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

from marsad.lang.text import normalize
from marsad.mentions.kb import SURNAME_PARTICLES, slugify
from marsad.mentions.named_organisations import organisation_names
from marsad.mentions.name_words import (_ADVERBS, _AL_FAMILY, _ARABIC_WORD, _bare, _CONNECTORS,
    _demonyms_with_article, _family_trigger, _glued_noun, _glued_preposition_word, _kb_first_names, _kb_people,
    _language_word, _LAST_WORD, _LATIN, _LATIN_PARTICLES, _n_words, _name_likeness, _name_words, _PARTICLES,
    _preposition_noun, _PROCLITICS, _pronoun_suffixed_noun, _quotations, _quoted_first_name_after_particle,
    _RAW_FUNCTION, _role_word, _stems, _verb_like, _vocabulary, _WORD, _word_tokens, common_words, group_words,
    known_first, organization_words, skeleton, title_words)
from marsad.mentions.kb_names import (_ch_variant_id, _edit_distance, _first_name_variant_id, _HONORIFICS,
    _kb_english_names, _kb_surnames, _latin_key, _LATIN_NAME, _ORG_PAIRS, _prefix_ids, _skeleton_spelling)
from marsad.mentions.name_memory import _memory_surnames_alone
from marsad.mentions.span_repairs import (_adjective_before_lam_name, _BRACKET_AFTER, _club_before_player,
    _family_name_at_end, _foreign_given_before, _hyphenated_given_names, _kb_name_before_preposition,
    _lam_surname_names, _list_conjunctions, _maqsura_verb_opening, _no_person_spans, _opener_lists, _PATRONYMIC,
    _plural_noun_at_end, _present_verb_before_name, _present_verb_names, _question_after, _shared_family_pair,
    _spaced_hyphen_syllables, _span_openers, _verb_before_name)
from marsad.mentions.clean_spans import (_east_asian_third_syllable, _after_demonym, _after_raw_role, _after_role, _apposed_full_name,
    _arwikicats_ids, _first_name_like, _in_name_list, _NICKNAME, _PREPOSITION_ARTICLE, _strip_proclitic, _swallowed,
    _WORKS, _YA_NAMES, clean_span)
from marsad.mentions.role_recognisers import (_after_called_verb, _after_head_of_state, _al_given_after_role,
    _before_copula_role, _quoted_after_role)
from marsad.mentions.kin_names import _kin_one_spans
from marsad.mentions.kin_families import kin_family_ids
from marsad.mentions.recognisers import _inho_name, inho_recognizer
from marsad.mentions.document_names import (_ali_where_ala_is_written_apart, _appointee_first_names, _chain_end_word,
    _name_lists, _nisba_family_after_role, _one_word_after_role, _one_word_after_role_adjective, _one_word_chain,
    _one_word_subjects, _peer_one_names, _person_noun_first_names, _role_chain_lists, _role_pairs_named_again,
    _said_alone, _tail_nouns_alone)
from marsad.mentions.partial_names import (_after_another_first_name, _frequent_first_names, _hashtag_things,
    _relative_first_name, _ruled_partials, _RULER, _speech_subject_names)
from marsad.mentions.country_rows import (_airline_names, _languages_and_universities, _name_suffixes,
    _named_after_capital, _named_places, _outlet_names, _vision_programmes)
from marsad.mentions.kb_rows import (_demonym_surnames, _family_names_after, _given_names_before_family_name,
    _kb_name_inside_longer_name, _partial_before_surname, _short_form_before_hyphenated_given, _suffixed_names)
from marsad.mentions.spelling_variants import _first_name_spelt_otherwise, _transliteration_parents, _variant_spellings
from marsad.mentions.name_joins import (_first_names_joined_by_waw, _join_adjacent, _present_verb, _sandwiched_names,
    _without_family_connector, _without_last_word)
from marsad.mentions.surnames import (_first_name_alone_ok, _first_names_again, _kb_first_last, _kb_org_keys,
    _longer_spellings, _not_names, _one_word_names_again, _partial_before_full_name, _SPACE_NEXT_WORD, _surnames)
from marsad.mentions.coordinated_names import waw_after_person_in_sentence


# a kunya after its cue right after a full name: an optional comma, المكنى / المكني / والمكنى / الملقب / والملقب /
# المعروف باسم / المعروف بكنية, an optional ب or بـ (glued: بأبي عياض) and opening quote, أبو / أبي / أبا / أم and one
# word (group 1: the kunya), an optional closing quote (people108)
_KUNYA_AFTER = re.compile(
    r"[ \u00a0]*[،,]?[ \u00a0]*(?:و?المكن[ىي]|و?الملقب|المعروف[ \u00a0]+(?:باسم|بكنية))[ \u00a0]+(?:بـ?[ \u00a0]*)?"
    r"[\"«“]?[ \u00a0]*((?:[أا]بو|[أا]بي|[أا]با|[أا]م)[ \u00a0]+[\u0621-\u064a]{2,})(?![\u0621-\u064a])")

def _family_with_article(text: str, s: int, key: str, families) -> str:
    """people111: ``key`` (a name found at ``text[s:]``) with the article of its first word restored when a
    preposition ل، ب or ك (maybe after و/ف) is glued right before the span and the first word with ال is a family
    name of the document's people (``families``): غامدي after لـ → الغامدي, لقرة after لـ (للقرة) → القرة."""
    if not families or s < 1 or text[s - 1] not in "لبك":
        return key
    b = s - 1
    if b >= 1 and text[b - 1] in "وف":
        b -= 1
    if b >= 1 and ("\u0621" <= text[b - 1] <= "\u064a" or text[b - 1] == "\u0640"):
        return key
    first, _sep, rest = key.partition(" ")
    # (never a first name of its own: بمحمد بن سلمان beside خالد المحمد is محمد)
    if len(first) < 3 or first in known_first():
        return key
    if "ال" + first in families:
        first = "ال" + first
    elif text[s - 1] == "ل" and first.startswith("ل") and "ا" + first in families:
        first = "ا" + first
    else:
        return key
    return first + (" " + rest if rest else "")


def discover_people(texts: list[str], doc_ids: list, sections: list, positions: list,
                    spans: list[list[tuple[int, int, str]]], kb_rows: list[tuple],
                    *, standalone: Iterable[str] = ("ticker", "related")) -> tuple[list[tuple], set[int]]:
    """Turn recogniser spans into clean, resolved person mentions.

    Args:
        texts, doc_ids, sections, positions: the segments (one entry each).
        spans: recogniser spans for each segment (``(start, end, type)``).
        kb_rows: the knowledge-base mentions so far, as
            ``(k, start, end, entity_id, entity_type, form, partial)`` with
            ``k`` the segment index and ``partial`` true for a partial name
            licensed by the document.
        standalone: sections whose segments are independent texts (scope of
            coreference: the segment, not the document).

    Returns:
        ``(rows, dropped)``: person rows ``(k, start, end, entity_id,
        label_ar, form)`` (form ``name`` when linked to the knowledge base,
        ``ner`` for a discovered full name, ``alias`` for a surname), and the
        indices into ``kb_rows`` that the new rows replace (a country form
        inside a longer name, a knowledge-base partial inside another
        person's full name).
    """
    standalone = frozenset(standalone)
    # the recogniser's ORG spans as it gave them (marsad.mentions.named_organisations reads them at the end)
    org_given = {k: [(s0, e0) for s0, e0, t0 in seg if t0 == "ORG"] for k, seg in enumerate(spans) if seg}
    known = _name_words()
    titles = title_words()
    common = common_words()
    triggers, org_only = organization_words()
    exact, kb_skel, kb_prefix, _kw, kb_label = _kb_people()
    kb_orgs = _kb_org_keys()
    taken = defaultdict(list)  # k -> [(start, end, entity_type, form, row index)]
    for i, (k, s, e, _eid, typ, form, partial) in enumerate(kb_rows):
        taken[k].append((s, e, typ, form, i, partial))

    # a knowledge-base partial name or alias right after another first name is part of someone else's
    # name (طاهر هاني is not Hani Mulki; روزالين كارتر not Jimmy Carter; ريتشارد برانسون not Andrew
    # Brunson): dropped, and no longer in the way of the recogniser's name there
    other_first = _after_another_first_name(texts, kb_rows, taken, titles, common)
    if other_first:
        for k in {kb_rows[i][0] for i in other_first}:
            taken[k] = [t for t in taken[k] if t[4] not in other_first]
    # a family name with ال the recogniser cut at the end of a sentence (أحمد يعقوب | المقلة.) joins the name
    spans = [_family_name_at_end(t, list(sp)) if sp else sp for t, sp in zip(texts, spans)]
    # the conjunction و glued to the first word of a name in a list of names (يسرا وإلهام شاهين ونجلاء فتحي)
    # two people of one family joined by و (ذيب اليامي وجاسر اليامي): the first a name too
    spans = [_shared_family_pair(t, sp, common) if sp else sp for t, sp in zip(texts, spans)]
    spans = [_list_conjunctions(t, sp, known) if sp else sp for t, sp in zip(texts, spans)]
    # ... and a name opening with و glued to a word after another person of its sentence (النائب منجي الرحوي عن كتلة
    # الجبهة الشعبية، ومبروك الحريزي; people83)
    spans = [waw_after_person_in_sentence(t, sp, [(a, b) for a, b, typ, *_r in taken[k] if typ == "person"], known)
             if sp else sp for k, (t, sp) in enumerate(zip(texts, spans))]
    # a double given name cut at its hyphen (هانس-يواكيم فاتسكه)
    spans = [_hyphenated_given_names(t, sp) if sp else sp for t, sp in zip(texts, spans)]
    # a foreign given name that is also a word before a name (تود روبنسون)
    spans = [_foreign_given_before(t, sp) if sp else sp for t, sp in zip(texts, spans)]
    # a Korean name's given name written with a spaced hyphen (تشانغ سونغ - ثايك)
    spans = [_spaced_hyphen_syllables(t, sp) if sp else sp for t, sp in zip(texts, spans)]
    # a club's name glued before its player after a sports role (مهاجم توتنهام ديلي آلي)
    spans = [_club_before_player(t, sp) if sp else sp for t, sp in zip(texts, spans)]
    # a past verb in ى opening the sentence before a name (وروى سيلفان علي) and a plural noun after one (جيف فليك
    # تصريحات ترامب)
    spans = [_plural_noun_at_end(t, _verb_before_name(t, sp)) if sp else sp for t, sp in zip(texts, spans)]
    # an office noun or a dialect question word before a name, a verb after a given name (مكتب بينيت، فين عبدالمطلب؟،
    # عمر ولد مصابا)
    spans = [_span_openers(t, sp) if sp else sp for t, sp in zip(texts, spans)]
    # an adjective and ل before a name (معسكر إعدادي لعبدالرحمن الغامدي)
    spans = [_adjective_before_lam_name(t, sp) if sp else sp for t, sp in zip(texts, spans)]
    # spans that name no person: a fixed expression (على سبيل المثال), a product after its model code, a company after
    # its descriptor (لشركة خدمات الركوب الصينية ديدي تشوكسينغ)
    demonyms_al = _demonyms_with_article()
    spans = [_no_person_spans(t, sp, demonyms_al, triggers, titles) if sp else sp for t, sp in zip(texts, spans)]
    # a name of the document whose surname starts with ل, split by the recogniser into ل + a word (لطفي لبيب بخير)
    spans = _lam_surname_names(texts, doc_ids, spans)
    # a present verb spelt as a given name before a name the document has on its own (يحيي كوري إيدا)
    spans = _present_verb_before_name(texts, doc_ids, spans)
    # a knowledge-base person's name and the preposition على after it (فيما شدد آبي على أن: على is no Ali)
    kb_last = defaultdict(set)  # doc -> last words of its knowledge-base person mentions
    for k, s, e, _eid, typ, _form, _partial in kb_rows:
        if typ == "person":
            kb_last[doc_ids[k]].add(normalize(texts[k][s:e]).split()[-1])
    spans = [_kb_name_before_preposition(t, sp, taken[k], kb_last[doc_ids[k]]) if sp else sp
             for k, (t, sp) in enumerate(zip(texts, spans))]
    spans = _variant_spellings(texts, doc_ids, spans, taken, known, titles, common)
    # a first name spelt another way before the rest of a name of the document (أنخيل دي ماريا … أنخل دي ماريا)
    spans = _first_name_spelt_otherwise(texts, doc_ids, spans, titles, common)
    spans, sur_dropped = _demonym_surnames(texts, doc_ids, spans, taken, known, titles, common)
    spans, jr_dropped = _suffixed_names(texts, spans, kb_rows, taken)
    sur_dropped |= jr_dropped
    spans, pn_dropped = _partial_before_surname(texts, spans, kb_rows, taken, known, titles, common)
    sur_dropped |= pn_dropped
    spans, ln_dropped = _kb_name_inside_longer_name(texts, spans, kb_rows, taken, titles, common)
    sur_dropped |= ln_dropped
    # a short form before a hyphenated Korean given name: another person of that family name (كيم دونغ-شول)
    spans, hy_dropped = _short_form_before_hyphenated_given(texts, spans, kb_rows, taken)
    sur_dropped |= hy_dropped
    spans, gf_dropped = _given_names_before_family_name(texts, doc_ids, spans, kb_rows, taken, titles)
    sur_dropped |= gf_dropped
    sur_dropped |= _named_after_capital(texts, kb_rows)
    sur_dropped |= _airline_names(texts, kb_rows)
    sur_dropped |= _named_places(texts, kb_rows, doc_ids)
    # a first name after a role with ال and a nationality adjective with ال right after it: the family name (الفنان
    # جوهر السوداني), no country
    spans, nisba_dropped = _nisba_family_after_role(texts, sections, spans, kb_rows, taken, titles, common)
    sur_dropped |= nisba_dropped
    sur_dropped |= _languages_and_universities(texts, kb_rows)
    sur_dropped |= _outlet_names(texts, kb_rows)
    sur_dropped |= _vision_programmes(texts, kb_rows)
    spans = [_span_openers(t, sp) if sp else sp for t, sp in zip(texts, spans)]

    # a relative named by a first name that is also a word of the language, right after a singular kinship
    # noun with a pronoun, twice or more in a document (وابنها جود … ابنها جود): a recogniser name there
    kin_loose: dict = defaultdict(list)
    for k, text in enumerate(texts):
        if text and sections[k] != "byline":
            for a, b in _kin_one_spans(text, True):
                w = normalize(text[a:b])
                if w not in known and _language_word(w):
                    kin_loose[(doc_ids[k], w)].append((k, a, b))
    spans = list(spans)  # (a new outer list and new segment lists where a name is added: the caller's stay)
    for (_d, _w), places in kin_loose.items():
        if len(places) < 2:
            continue
        for k, a, b in places:
            if not any(x < b and a < y for x, y, _t in spans[k]):
                spans[k] = [*spans[k], (a, b, "PERS")]
    # علي written with ي, in a document that writes the preposition على with ى, before a name or a nisba family name
    # (المواطن علي المزروعي، بدأ علي راشد المزروعي)
    spans = _ali_where_ala_is_written_apart(texts, doc_ids, sections, spans, taken, titles, common)
    # a name of two words the gazetteers lack right after a role with ال, whose surname the document names again
    # alone (المخرجة أنجي جمال … وقالت جمال)
    for k, a, b in _role_pairs_named_again(texts, doc_ids, sections, spans, taken, titles, common):
        spans[k] = [*spans[k], (a, b, "PERS")]
    # recogniser ORG spans anywhere in the batch mark the name as an organisation
    org_names = set(kb_orgs)
    org_spans, after_trigger = Counter(), Counter()
    for k, seg in enumerate(spans):
        for s, e, typ in seg:
            if typ == "ORG":
                org_spans[normalize(texts[k][s:e])] += 1
    not_names = _not_names()
    # a common word that the recogniser tags alone as a person in a document (كشف هازارد، أن هازارد) and
    # that is no title, no word with ال, no word of the language and no verb in the past (رحلت: the news text
    # has its present يرحل) ends a two-word name of that document (زميله إيدن هازارد): the surname of a
    # footballer the news text has so often it became a common word
    vocab = _vocabulary()
    lone: dict = defaultdict(set)
    # a common word that the recogniser puts at the start of a two-word name before the same second word twice
    # or more in a document (جانلويجي بوفون … بجانلويجي بوفون), with the conditions above and no verb in the
    # present (يقول ترامب), starts that name there: a foreign first name the news text has so often it is a
    # common word
    # (the word between an appointment noun and a recogniser name of a compound with عبد starts that name even
    # when it is a common word: وتعيين معين عبد الملك)
    appointee_first: dict = defaultdict(set)
    for k, seg in enumerate(spans):
        widened = _appointee_first_names(texts[k], seg, titles)
        if widened != seg:
            for (s, e, typ), (s2, _e2, _t2) in zip(seg, widened):
                if s2 != s:
                    appointee_first[doc_ids[k]].add(normalize(texts[k][s2:s]).strip())
            spans = spans[:k] + [widened] + spans[k + 1:]
    pair_count: Counter = Counter()
    # the first words of the document's recogniser names of two words or more (مي of مي سكاف)
    long_first: dict = defaultdict(set)
    long_last: dict = defaultdict(set)  # and their last words (ماميتش of زوران ماميتش)
    # and their words with ال after the first (الغامدي of عبدالرحمن الغامدي, القرة of علي القرة داغي: a family name a
    # preposition may be glued to with its article dropped, لغامدي، للقرة; people111)
    long_family: dict = defaultdict(set)
    # a word starting with و that the recogniser tags alone as a person twice or more in a document (وتوفي
    # ويدراوغو، ويعتبر ويدراوغو) is a surname whose و is its own letter there, no conjunction (إدريسا ويدراوغو)
    waw_alone: Counter = Counter()
    end_count: Counter = Counter()
    said_cands: dict = defaultdict(set)
    for k, seg in enumerate(spans):
        for s, e, typ in seg:
            if typ != "PERS":
                continue
            name = normalize(texts[k][s:e])
            if name.startswith("و") and len(name) > 4 and " " not in name.strip() and name not in common:
                waw_alone[(doc_ids[k], name)] += 1
            w = name.strip()
            if (w in common and " " not in w and len(w) >= 4 and not w.startswith("ال")
                    and w not in titles and _ARABIC_WORD.match(w) and not _language_word(w)
                    and "ي" + w not in vocab and not (w.endswith("ت") and "ي" + w[:-1] in vocab)):
                lone[doc_ids[k]].add(w)
            ws = name.split()
            if len(ws) == 2 and ws[1] not in common and ws[1] not in titles:
                w = ws[0]
                if w not in common and w[:1] in "وفبلك" and w[1:] in common:
                    w = w[1:]
                if (w in common and len(w) >= 4 and not w.startswith("ال") and w not in titles
                        and _ARABIC_WORD.match(w) and not _language_word(w) and w[:1] not in "يت" and not _verb_like(w)
                        and _name_likeness().get(w, 0.0) >= 0.1):
                    # (once is enough right after a head-of-state title before a known name word: الرئيس سلفا
                    # كير, where سلفا is also the adverb 'in advance')
                    pair_count[(doc_ids[k], w, ws[1])] += (
                        2 if ws[1] in _name_words() and _after_head_of_state(texts[k], s) else 1)
            # (and a common word after the same known first name twice or more: جمال خاشقجي, a surname the news text
            # has alone so often it became a common word, ends the name; see end_count below)
            if (len(ws) == 2 and ws[1] in common and ws[0] in known_first() and ws[0] not in common
                    and ws[0] not in titles and len(ws[1]) >= 4 and not ws[1].startswith("ال") and ws[1] not in titles
                    and _ARABIC_WORD.match(ws[1]) and not _language_word(ws[1]) and not _verb_like(ws[1])):
                end_count[(doc_ids[k], ws[0], ws[1])] += 1
            # (or a common word of three letters or more after a known first name once, when the document has it again
            # alone as the subject of a speech verb: الوزير جورج حرب … وقال حرب, 'war'; see _said_alone below)
            if (len(ws) == 2 and ws[1] in common and ws[0] in known_first() and ws[0] not in common
                    and ws[0] not in titles and len(ws[1]) >= 3 and not ws[1].startswith("ال") and ws[1] not in titles
                    and _ARABIC_WORD.match(ws[1])):
                said_cands[doc_ids[k]].add(ws[1])
            if len(ws) >= 2 and ws[0] not in common and ws[0] not in titles:
                long_first[doc_ids[k]].add(ws[0])
            if len(ws) >= 2 and ws[-1] not in common and ws[-1] not in titles:
                long_last[doc_ids[k]].add(ws[-1])
            if len(ws) >= 2:
                long_family[doc_ids[k]].update(w for w in ws[1:] if w.startswith("ال") and len(w) >= 5
                                               and w not in titles and w not in ("الله", "الدين"))
    for (d, _w1, w), n in end_count.items():
        if n >= 2:
            lone[d].add(w)
    if said_cands:
        for d, ws_said in _said_alone(texts, doc_ids, said_cands).items():
            lone[d] |= ws_said
    waw_names: dict = defaultdict(set)
    for (d, w), n in waw_alone.items():
        if n >= 2:
            waw_names[d].add(w)
    pair_first: dict = defaultdict(set)
    for (d, w, _w2), n in pair_count.items():
        if n >= 2:
            pair_first[d].add(w)
    # the people of a list of names (after كل من or a plural role: see _name_lists): the last word of a full
    # name there ends it even when the news text has it so often it is a common word (محمد حماقي، راغب علامة);
    # an item no recogniser span starts is a span of its own, and a one-word item a person of the document
    # (below)
    list_one: dict[int, list] = defaultdict(list)
    mem_alone: dict[int, list] = {}  # (people69's memory surnames alone, kept where the document has no full name)
    memory_full: dict = defaultdict(set)
    listed: set = set()  # the full names of those lists (no organisation: راغب علامة, علامة is also a brand)
    cast_names: set = set()  # (k, start, end) of the names of the lists of more than one word
    for k, seg in enumerate(spans):
        if sections[k] == "byline":
            continue
        rec_k = [(s, e) for s, e, typ in seg if typ == "PERS"]
        countries_k = [(s, e) for s, e, t, f, _i, _p in taken[k] if t == "country"]
        added = []
        covered = set()
        toks_k = _word_tokens(texts[k])
        for items in (_name_lists(texts[k], rec_k, countries_k, titles, common)
                      + _role_chain_lists(texts[k], toks_k, rec_k, countries_k, titles, common)):
            for s, e, n in items:
                if n == 1:
                    list_one[k].append((s, e))
                    continue
                lone[doc_ids[k]].add(normalize(texts[k][s:e]).split()[-1])
                listed.add(normalize(texts[k][s:e]))
                if not any(a <= s < b for a, b in rec_k):
                    added.append((s, e, "PERS"))
                    # (a recogniser span inside the listed name is part of it: أمير [صلاح الدين])
                    covered |= {(a, b) for a, b in rec_k if s < a and b <= e}
                cast_names.add((k, s, e))
        # (people63: a recogniser name of two words that stands as an item of a list of two-word names, comma and و
        # around it, is a listed name too: its last word ends it although it is a common word, وسلمان المؤشر)
        for s, e in rec_k:
            if ((k, s, e) not in cast_names and len(texts[k][s:e].split()) == 2
                    and _in_name_list(texts[k], s, e, rec_k)):
                listed.add(normalize(texts[k][s:e]))
                lone[doc_ids[k]].add(normalize(texts[k][s:e]).split()[-1])
                cast_names.add((k, s, e))
        # (and a first name alone after a noun of a person: الفتاة الكفيفة فاطمة)
        list_one[k] += _person_noun_first_names(texts[k], toks_k, titles, common)
        # (or after a peer noun: مواطنه زلاتكو)
        list_one[k] += _peer_one_names(texts[k], toks_k, titles, common)
        list_one[k] += _one_word_after_role(texts[k], rec_k, countries_k, titles, common)
        list_one[k] += _one_word_after_role_adjective(texts[k], toks_k, titles, common)
        # (and the one-word names of a long chain joined by و: جيل ماجد والهريفي وسعيد وسامي ومسعد وجميل)
        list_one[k] += _one_word_chain(texts[k], countries_k, titles)
        # (and a one-word name before هو and a role: وبيزي هو مدرب المنتخب)
        list_one[k] += [(s, e) for s, e in rec_k if _before_copula_role(texts[k], s, e, titles, common)]
        # (and a surname the corpus name memory vouches for, named alone where the document never writes it after
        # a first name: people69)
        found_k, full_k = _memory_surnames_alone(texts[k], toks_k, rec_k)
        if found_k:
            mem_alone[k] = found_k
        memory_full[doc_ids[k]] |= full_k
        if added:
            seg = [sp for sp in seg if (sp[0], sp[1]) not in covered]
            spans = spans[:k] + [list(seg) + added] + spans[k + 1:]
    for k, found_k in mem_alone.items():
        list_one[k] += [(s, e) for s, e, w in found_k if w not in memory_full[doc_ids[k]]]
    # (a one-word name the document makes a person: after a role once, the subject of a person's verb twice)
    for k, found in _one_word_subjects(texts, doc_ids, sections, long_first, titles, common).items():
        list_one[k] += found
    tails_in = _tail_nouns_alone(texts, doc_ids, spans)
    cands = []  # (k, s, e, key)
    in_quotes = []  # full names inside a quoted sentence
    for k, seg in enumerate(spans):
        if not seg or sections[k] == "byline":
            continue
        text = texts[k]
        quoted = None
        countries = [(s, e, f) for s, e, t, f, _i, _p in taken[k] if t == "country"]
        for s0, e0, typ in seg:
            if typ != "PERS":
                continue
            for s, e in clean_span(text, s0, e0, countries, known, titles, common,
                                   frozenset(lone.get(doc_ids[k], ())), listed=(k, s0, e0) in cast_names,
                                   firsts=frozenset(pair_first.get(doc_ids[k], set())
                                                    | appointee_first.get(doc_ids[k], set())
                                                    | _al_given_after_role(text, s0, titles)),
                                   doc_firsts=frozenset(long_first.get(doc_ids[k], ())),
                                   waw_names=frozenset(waw_names.get(doc_ids[k], ())),
                                   tails=tails_in.get(doc_ids[k], frozenset()),
                                   doc_lasts=frozenset(long_last.get(doc_ids[k], ()))):
                # a hashtag joins a name's words with underscores (#حسين_فهمي): the same name
                key = normalize(text[s:e]).replace("_", " ").strip()
                # (a preposition glued before a family name of the document's people, its article dropped or
                # elided, لغامدي الاتحاد، للقرة داغي: the name read with its article, as the document writes it)
                key = _family_with_article(text, s, key, long_family.get(doc_ids[k], ()))
                toks = key.split()
                # (a hashtag of a title or role is no name: #ولي_العهد)
                # (a title after the family connector آل is the family's name: #تركي_آل_الشيخ)
                if "_" in text[s:e] and any((t in titles or _role_word(t, titles)) and not (i and toks[i - 1] == "ال")
                                            for i, t in enumerate(toks)):
                    continue
                # a name and a noun with a preposition and a pronoun glued on (ليو بتصريحه: Liu, with his
                # statement) is the name alone, left to the document's surname pass
                if (len(toks) == 2 and toks[1][:1] in "بل" and toks[1].endswith(("ه", "ها", "هم", "هما"))
                        and len(toks[1]) >= 5 and toks[1] not in known and _glued_noun(toks[1])):
                    continue
                if quoted is None:
                    quoted = [(qs, qe) for qs, qe, _q in _quotations(text)]
                # a name that fills a quotation names a thing (a stadium, a book, an operation), unless
                # the quotation follows a role (وزير الخارجية الالماني "زيجمار جابريل")
                if any(qs <= s and e <= qe and not _quoted_after_role(text, qs - 1, titles) for qs, qe in quoted):
                    # (a full name inside a quoted sentence, three words or more around it, whose surname
                    # the document also has outside quotes is the person the quote names: "أتوجه إلى منزلي
                    # الجديد برفقة صديقي هيروشيي ميكيتاني"; decided below, once every name is known)
                    if len(toks) >= 2 and all(len(_WORD.findall(text[qs:s] + " " + text[e:qe])) >= 3
                                              for qs, qe in quoted if qs <= s and e <= qe):
                        in_quotes.append((k, s, e, key))
                    continue
                # nouns with a preposition glued on, one after the other (ومكلف بمأمورية بديوان وزير التجهيز,
                # 'charged with a mission at the office of'), are no name: every word starts with ب or ل, none is
                # a name word or of a cluster with names, and one is a word of the language (ب + ديوان)
                if (len(toks) >= 2 and all(w[:1] in "بل" and len(w) >= 5 and w not in known
                                           and _name_likeness().get(w, 0.0) < 0.1 for w in toks)
                        and any(_language_word(w) for w in toks)):
                    continue
                # plural nouns and a plural nisba adjective (مطورون عقاريون: real-estate developers) are no
                # name (a family name alone may end so: رشيد الخيّون)
                if (toks[-1] not in known and toks[-1].endswith(("يون", "يين")) and len(toks[-1]) >= 5
                        and all(w.endswith(("ون", "ين")) and w not in known for w in toks)):
                    continue
                # nor a noun and its adjective in the feminine dual (أزمتان منفصلتان: two separate crises)
                if len(toks) >= 2 and all(w.endswith(("تان", "تين")) and len(w) >= 5 and w not in known for w in toks):
                    continue
                # a name in Latin script has capitals (A post shared by …: "post shared" is no name)
                if _LATIN.search(key) and not all(w[:1].isupper() or w.lower() in _LATIN_PARTICLES
                                                   for w in text[s:e].split() if _LATIN.match(w)):
                    continue
                # an organisation word, also with a pronoun (موقعها الرسمي: its website)
                # (or a group named after a person: لكتائب عز الدين القسام)
                # (الله of the compound عبد الله is a name word: عبد الله السعيد; رسول الله، طيب الله ثراه are not names)
                # (an Arabic trigger noun heads its name, so one that ends a two-word name after a known first name
                # is a family name: يحيى جامع, Yahya Jammeh, not a mosque)
                # (a full name the recogniser ran on into a club's or company's name right after it, خالد نصري
                # سبورتينغ بن عروس: the words before the organisation word, from a known first name, are the name)
                jo = next((j for j, t in enumerate(toks) if t in org_only), None)
                words = list(re.finditer(r"\S+", text[s:e]))
                if (jo is not None and jo >= 2 and toks[0] in known_first() and key not in listed
                        and len(words) == len(toks)):
                    e, key = s + words[jo - 1].end(), " ".join(toks[:jo])
                    toks = key.split()
                if key not in listed and any(t in org_only or (t in triggers and not _family_trigger(toks, j))
                       or (t in not_names and not (t == "الله" and j and toks[j - 1] == "عبد"))
                       for j, t in enumerate(toks)) or (
                        toks[0] not in known and _stems(toks[0]) & (triggers | group_words())) or any(
                        pair in _ORG_PAIRS for pair in zip(toks, toks[1:])):
                    org_names.add(key)
                cands.append((k, s, e, key))
    extra = _speech_subject_names(texts, doc_ids, taken, cands, titles, common)
    if extra:
        cands = sorted(cands + extra, key=lambda c: (c[0], c[1]))
    if in_quotes:
        # (a name of as many words with the same last word: not تمثال أوسكار فرانسيس ماكدورماند, a statue)
        outside = {(doc_ids[k], len(key.split()), key.split()[-1]) for k, _s, _e, key in cands if len(key.split()) >= 2}
        # (and a full name right after a nationality adjective or a role inside the quoted sentence: "أحد منتجي
        # الفيلم الإسرائيلية دانا لوستيغ"، "مدير مكتب الرئيس باتريك سترزودا")
        # (and, people63, a name of two words whose first is a listed first name, no common word, right after a
        # preposition or a verb of the quoted sentence: "لم يشارك في أي اجتماعات مع مايكل فلين، ووجوده اقتصر …")
        admitted = [c for c in in_quotes if (doc_ids[c[0]], len(c[3].split()), c[3].split()[-1]) in outside
                    or ((_after_demonym(texts[c[0]], c[1], taken[c[0]]) or _after_raw_role(texts[c[0]], c[1], titles)
                         or _quoted_first_name_after_particle(texts[c[0]], c[1], c[3], common, titles))
                        and c[3].split()[-1] not in common and len(c[3].split()[-1]) >= 3)]
        if admitted:
            cands = sorted(cands + admitted, key=lambda c: (c[0], c[1]))
    cands = _hashtag_things(texts, doc_ids, cands)
    # two recogniser names with only a space between them are one name the recogniser cut in two
    # (أندرس مانويل | لوبيز أوبرادور): neither a knowledge-base name, together at most five words
    merged = []
    for c in cands:
        if merged:
            pk, ps, pe, pkey = merged[-1]
            gap = texts[c[0]][pe:c[1]] if c[0] == pk else "x"
            # the first part two words or a first name (دييجو | جارسيا سايان), the second no
            # coordinated name (عصام العريان | وصفوت حجازي)
            first_ok = len(pkey.split()) >= 2 or pkey in known_first()
            # nor a second full name (حكومة يوسف الشاهد | زياد العذاري: a missing comma)
            second_ok = not (c[3].startswith("و") and c[3].split()[0] not in known) and not (
                len(pkey.split()) >= 2 and len(c[3].split()) >= 2 and _first_name_like(c[3].split()[0]))
            # nor a name in another script (تيم كوك | Tim Cook: the same name written twice)
            second_ok = second_ok and bool(_LATIN.search(pkey)) == bool(_LATIN.search(c[3]))
            # (a hashtag sign before the surname stays inside: فيليب #هاموند, Al Arabiya's tagging)
            if (gap and ((not gap.strip() and len(gap) <= 2) or gap == " #")
                    and pkey not in exact and c[3] not in exact
                    and first_ok and second_ok and len(pkey.split()) + len(c[3].split()) <= 5):
                merged[-1] = (pk, ps, c[2], pkey + " " + c[3])
                continue
        merged.append(c)
    cands = [_chain_end_word(texts[c[0]], c, titles) for c in merged]
    # a list of names joined by و (… صلاح الدين السالمي ونعيمة الهمامي ومنعم عميرة): a name right after
    # another person's name, with only a space between, starting with و + a word at least as name-like as
    # the glued word, is the next name of the list without the conjunction
    like_ = _name_likeness()
    ends = defaultdict(set)
    for c in cands:
        ends[c[0]].add(c[2])
    for i, (k, s, e, key) in enumerate(cands):
        w0 = key.split()[0]
        if not (w0.startswith("و") and len(w0) >= 4 and len(key.split()) >= 2 and texts[k][s:s + 1] == "و"):
            continue
        gap_ok = any(0 < s - pe <= 2 and not texts[k][pe:s].strip() for pe in ends[k] | {t_[1] for t_ in taken[k] if t_[2] == "person"})
        rest = w0[1:]
        if gap_ok and rest not in common and rest not in titles and (
                rest in known_first() or like_.get(rest, 0.0) >= like_.get(w0, 0.0) or rest not in like_):
            cands[i] = (k, s + 1, e, key[1:])
            ends[k].add(e)
    # a proclitic glued to a name that the batch also has without it (فبينيلوبي كروز / بينيلوبي كروز)
    bare_keys = {c[3] for c in cands}
    for i, (k, s, e, key) in enumerate(cands):
        if key[:1] in "وفبلك" and key[1:] in bare_keys and key not in exact and _n_words(key[1:]) >= 2:
            cands[i] = (k, s + 1, e, key[1:])
    # فان (فإن without hamza) before a word that starts another full name of the document, which has no فان,
    # is the conjunction (فان سون لم يستطع … سون هيونغ-مين): the name starts after it
    doc_starts: dict = defaultdict(set)
    for k, _s, _e, key in cands:
        toks = key.split()
        if len(toks) >= 2 and toks[0] != "فان":
            doc_starts[doc_ids[k]].add(toks[0])
    for i, (k, s, e, key) in enumerate(cands):
        toks = key.split()
        if (len(toks) == 2 and texts[k][s:s + 4] == "فان " and toks[1] in doc_starts.get(doc_ids[k], ())
                and key not in exact):
            cands[i] = (k, s + 4, e, toks[1])
    coordinated = _first_names_joined_by_waw(texts, doc_ids, cands, taken, doc_starts, exact)
    if coordinated:
        cands = sorted(cands, key=lambda c: (c[0], c[1]))
    # a known first name right before a name belongs to it (حافظ | قايد السبسي, خوسيه | أنطونيو ميادي:
    # the recogniser left it out), when it is no common word, no title, no word with ال and no mention
    firsts_ = known_first()
    cands_at: dict[int, list] = defaultdict(list)
    for c in cands:
        cands_at[c[0]].append((c[1], c[2]))
    doc_full: dict = defaultdict(set)
    for k, _s, _e, key in cands:
        if len(key.split()) >= 2:
            doc_full[doc_ids[k]].add(key)
    for i, (k, s, e, key) in enumerate(cands):
        m = _LAST_WORD.search(texts[k][max(0, s - 25):s])
        if not m or texts[k][s - 1:s] != " " or len(key.split()) > 3 or (k, s) in coordinated:
            continue
        ws = s - (len(texts[k][max(0, s - 25):s]) - m.start(1))
        prev = normalize(m.group(1))
        if (prev in firsts_ and prev not in common and prev not in titles and not prev.startswith("ال")
                and prev not in _WORKS and m.group(1) not in _present_verb_names()
                and len(prev) >= 3 and _ARABIC_WORD.match(prev) and m.group(1) not in _RAW_FUNCTION
                and prev not in not_names and not _language_word(prev)
                # (nor a dialect question word in a question: (فين عبدالمطلب؟), 'where is Abdelmuttalib?')
                and not (m.group(1) in _opener_lists()[1] and _question_after(texts[k], e))
                # (a surname particle comes before a surname, not before a first name and a surname, nor before the
                # first word of another full name of the document: فان برنار كازنوف، فان سون … سون هيونغ-مين are
                # فإن, 'then', written without hamza, before the name)
                and not (prev in _PARTICLES and (len(key.split()) >= 2 or key in doc_starts.get(doc_ids[k], ())))
                and not any(a < s and ws < b for a, b, *_r in taken[k])
                and not any(a < s and ws < b for a, b in cands_at[k])):
            cands[i] = (k, ws, e, prev + " " + key)
            continue
        # the same after a proclitic (لناجي | جلول): the first name without it, when the document names
        # the person in full with it (ناجي جلول elsewhere) or the clusters say the proclitic is glued
        # to a known first name; the span starts after the proclitic
        raw = m.group(1)
        for p in _PROCLITICS:
            rest = prev[len(p):]
            if not (prev.startswith(p) and raw.startswith(p) and len(rest) >= 3):
                continue
            full = rest + " " + key
            # (nor a past verb in ى opening the sentence: وروى | سيلفان, 'and Sylvain narrated', is no روي سيلفان)
            if (rest in common or rest in titles or rest.startswith("ال") or not _ARABIC_WORD.match(rest)
                    or _maqsura_verb_opening(texts[k], ws + len(p), rest)
                    or any(a < s and ws + len(p) < b for a, b, *_r in taken[k])
                    or any(a < s and ws < b for a, b in cands_at[k])):
                break
            if full in doc_full[doc_ids[k]] or (rest in firsts_ and _strip_proclitic(prev, known) == len(p)):
                cands[i] = (k, ws + len(p), e, full)
            break
    # a name with one more word at its end than another name of the batch, that word being no
    # known name word, swallowed a neighbour (تركي آل الشيخ يتنحى next to تركي آل الشيخ): cut it
    keys = {c[3] for c in cands}
    for i, (k, s, e, key) in enumerate(cands):
        toks = key.split()
        # (or a word of the language: its ال form is a word of the news text too, ماركو أسينسيو منتخب)
        # (or a name or word of the news text with a preposition glued on: دينيس ماكفيغا بنوبل للسلام, 'Mukwege …
        # with the Nobel Peace Prize')
        # (not the third syllable of a Korean or Chinese name, كيم يونغ شول next to another article's كيم يونغ: people102)
        if (_n_words(key) >= 3 and (_swallowed(toks[-1], known, common) or _language_word(toks[-1])
                                    or _glued_preposition_word(toks[-1], known))
                and " ".join(toks[:-1]) in keys and not _east_asian_third_syllable([(0, 0, w) for w in toks])):
            cands[i] = _without_last_word(texts, cands[i])
    # a noun with ب or ل and the article glued on at the end of a name (التقى سليماني بالخاطفين 'met the kidnappers',
    # مي سليم بالتغريد 'by tweeting', يوسف المصاب بالتوحد): never its last word (_preposition_noun)
    for i, (k, s, e, key) in enumerate(cands):
        toks = key.split()
        if len(toks) < 2 or key in exact or not _preposition_noun(toks[-1], known):
            continue
        cands[i] = _without_last_word(texts, cands[i])
    # an adverb of the accusative (مثلا، أيضا) or, after a name of three words, a past verb of the news text that is
    # no name word (قاسم أمين قرأ, 'Qasim Amin read') swallowed at the end of a name: never part of it, and never a
    # surname of its own (found in the lead's TimeML report: قرأ alone had become Qasim Amin 17 times)
    for i, (k, s, e, key) in enumerate(cands):
        toks = key.split()
        if len(toks) < 2 or key in exact:
            continue
        last = toks[-1]
        # (not after a connector or a particle: فاتك بن أبي جهل، ادوين فان دير سار)
        if not (last in _ADVERBS or (len(toks) >= 3 and _n_words(key) >= 3 and _verb_like(last)
                                     and toks[-2] not in _CONNECTORS and toks[-2] not in _PARTICLES
                                     and toks[-2] not in ("ابي", "ابو", "ام")
                                     and not last.startswith("ال") and last not in known
                                     and last not in known_first() and _name_likeness().get(last, 0.0) < 0.1)):
            continue
        cands[i] = _without_last_word(texts, cands[i])
    # a verb in the present swallowed at the end of a name, in a headline above all (داود الشريان يفند شائعة، أسامة
    # هوساوي يطمئنان على البعثة، ترامب وكوشنر يحتفظان بالمصالح): never part of it (see _present_verb)
    # (a name of one word left, بوفون of بوفون يرتدي, only when it is a knowledge-base name (or partial) or the last word of a longer
    # name of the document: a one-word name of its own names nobody, and the cut would lose the person the wrong span
    # still named; كوشنر يحتفظان, راسموسن ينتظران, كين يستفز are cut)
    cand_last: dict = defaultdict(set)
    for k, _s, _e, key in cands:
        toks = key.split()
        if len(toks) >= 2 and not _present_verb(toks[-1], known):
            cand_last[doc_ids[k]].add(toks[-1])
    for i, (k, s, e, key) in enumerate(cands):
        toks = key.split()
        if len(toks) >= 2 and key not in exact and toks[-2] not in _CONNECTORS and _present_verb(toks[-1], known) and (
                len(toks) >= 3 or toks[0] in exact or toks[0] in cand_last[doc_ids[k]]
                or any(ts == s and ttyp == "person" for ts, _te, ttyp, *_r in taken[k])):
            cands[i] = _without_last_word(texts, cands[i])
    # a noun with a pronoun suffix (محبسه 'his prison', منصبها) swallowed after the surname of a fuller name of the
    # document, a compound one too (سامح عبد العزيز … أن يغادر عبد العزيز محبسه): cut to the surname
    doc_full_keys: dict = defaultdict(set)
    for k, _s, _e, key in cands:
        if len(key.split()) >= 2:
            doc_full_keys[doc_ids[k]].add(key)
    for i, (k, s, e, key) in enumerate(cands):
        toks = key.split()
        if len(toks) < 2 or key in exact:
            continue
        span = texts[k][s:e].rstrip()
        cut = span.rfind(" ")
        if cut <= 0 or not _pronoun_suffixed_noun(span[cut + 1:], known):
            continue
        rest = " ".join(toks[:-1])
        if any(f != key and f.endswith(" " + rest) for f in doc_full_keys[doc_ids[k]]):
            cands[i] = (k, s, s + len(span[:cut].rstrip()), rest)
    # a word of the language swallowed at the end of a name of three words or more, and used again in
    # the document (ياسر مرتجى برصاص قناص … قتل برصاص الجيش): not a surname, or every برصاص would
    # be that person; a last word seen only in the name stays (عمرو عادل بيومي)
    doc_text_words: dict = {}
    segs_of: dict | None = None
    ends_with: dict = defaultdict(Counter)
    for k, s, e, key in cands:
        if _n_words(key) >= 3:
            ends_with[doc_ids[k]][key.split()[-1]] += 1
    for i, (k, s, e, key) in enumerate(cands):
        toks = key.split()
        if _n_words(key) <= 2 or toks[-2] in _CONNECTORS or not _language_word(toks[-1]):
            continue
        d = doc_ids[k]
        if d not in doc_text_words:
            if segs_of is None:
                segs_of = defaultdict(list)
                for kk, dd in enumerate(doc_ids):
                    segs_of[dd].append(kk)
            cnt = Counter()
            for kk in segs_of[d]:
                cnt.update(_WORD.findall(normalize(texts[kk])))
            doc_text_words[d] = cnt
        # used again outside the names that end with it (رضا صالح أميري … رضا صالحي أميري is no reuse)
        if doc_text_words[d][toks[-1]] - ends_with[d][toks[-1]] >= 1:
            cands[i] = _without_last_word(texts, cands[i])
    cands = _partial_before_full_name(texts, doc_ids, cands, taken, kb_rows, kb_label, titles, common)
    # a name right after شركة، بنك، ملعب… (once the spans are final: ملعب ماركو أنطونيو بينتيغودي)
    for k, s, e, key in cands:
        before = _WORD.findall(normalize(texts[k][max(0, s - 40):s]))
        prev = before[-1] if before else ""
        at = -1
        # (an honorific between the trigger and the name: ستاد الأمير سعود بن جلوي، مؤسسة الشيخ ثاني بن عبدالله;
        # not a role: فريق المدرب روي هودسون is the coach's team)
        if len(before) >= 2 and prev in _HONORIFICS and not texts[k][max(0, s - 40):s].rstrip().endswith(
                tuple("،,.:;؛")) and (before[-2] in triggers or (before[-2][1:] in triggers and before[-2][:1] in "وفبل")):
            prev, at = before[-2], -2
        if prev in triggers or (prev[1:] in triggers and prev[:1] in "وفبل"):
            # a definite trigger after a role names the role's holder, not the organisation: رئيس
            # الحزب راشد الغنوشي, مدير الشركة … (الحزب is complete; a party's name follows حزب)
            if (prev.startswith("ال") or prev[1:].startswith("ال")) and len(before) >= 1 - at and (
                    _role_word(before[at - 1], titles)):
                continue
            after_trigger[key] += 1
    # a one-word name the recogniser cut before the surname of another full name of the document (المخرج ماندو |
    # العدل next to جمال العدل): with that surname it is the full name of another person sharing it, when the
    # word is no verb, common word or title, comes after a role, and is not the first name of that full name
    fulls_by_sur: dict = defaultdict(set)
    for k, s, e, key in cands:
        toks = key.split()
        if len(toks) == 2:
            fulls_by_sur[doc_ids[k]].add((toks[1], toks[0]))
    for i, (k, s, e, key) in enumerate(cands):
        if len(key.split()) != 1 or key in exact or not _after_raw_role(texts[k], s, titles):
            continue
        m = _SPACE_NEXT_WORD.match(texts[k], e)
        if not m or key.startswith("ال") or _verb_like(key) or key in common or key in titles:
            continue
        nxt = normalize(m.group(1))
        firsts_of = {f for sur, f in fulls_by_sur[doc_ids[k]] if sur == nxt}
        if nxt.startswith("و"):
            continue
        if firsts_of and key not in firsts_of and not any(
                a < m.end(1) and m.start(1) < b for a, b, *_r in taken[k] if _r and _r[0] != "person"):
            cands[i] = (k, s, m.end(1), key + " " + nxt)
    # resolve each distinct name: a knowledge-base person, an organisation or a discovered entity
    uses = Counter(c[3] for c in cands)
    full_ends: dict[str, set] = defaultdict(set)  # last word -> the batch's full names (two words or more) ending so
    for key in uses:
        if " " in key:
            full_ends[key.split()[-1]].add(key)
    link: dict[str, str] = {}
    for key in uses:
        pid = exact.get(key)
        # a spelling variant is linked by its skeleton only when it has two words or more (or one
        # word of four consonants or more) and does not start with a common word: a short word has
        # too few consonants (ميدو and مودي share م-د, رأيت and روته ر-ت),
        # and عليه خامنئي is "on it" + Khamenei, not a spelling of علي خامنئي
        # a middle name the knowledge base lacks (أريثا لويز فرانكلين): the first and last words make its name
        # (for a person taken from ArWikiCats not after a first name shared by many people: محمد سيد بشير is not
        # Vaikom Muhammad Basheer; the hand-written people keep it: ساره هاكابي ساندرز)
        if pid is None and len(key.split()) == 3 and key.split()[1] not in _CONNECTORS:
            pid = exact.get(key.split()[0] + " " + key.split()[-1])
            if pid in _arwikicats_ids() and key.split()[0] in _frequent_first_names():
                pid = None
        # (and the other way round, a name of two words that is the first and last words of one knowledge-base
        # name of three, the middle name left out: وزير الخارجية الإيراني محمد ظريف is محمد جواد ظريف, the lead's
        # Iran probe; no common word in it, and not a person of ArWikiCats after a frequent first name, as above)
        if pid is None and len(key.split()) == 2 and not set(key.split()) & (_CONNECTORS | common):
            pid = _kb_first_last().get(key)
            if pid in _arwikicats_ids() and key.split()[0] in _frequent_first_names():
                pid = None
        if pid is None and key.split()[0] not in common and (_n_words(key) >= 2 or len(skeleton(key)) >= 4):
            sk = skeleton(key)
            ids = kb_skel.get(sk) or _prefix_ids(key, kb_prefix.get(sk, ()))
            # (a one-word name that is, as spelt, the surname of a full name of the batch that is not that
            # person is that full name's surname, not a spelling of the knowledge-base name: بلاتيني after
            # ميشيل بلاتيني is not بولتون, John Bolton, whose consonants it shares)
            if ids and " " not in key and any(exact.get(f) not in ids for f in full_ends.get(key, ())):
                ids = None
            # (a name found by its skeleton alone is the knowledge-base name spelt another way only when their
            # given names are the same words (محمد حسين is not محمد حسني, محمد صالح not محمد صلاح) and a one-word
            # name is at most two edits from the name's word (بلاتيني is not بولتون))
            if ids and kb_skel.get(sk) and not _skeleton_spelling(key, sk):
                ids = None
            if ids and len(ids) == 1:
                pid = next(iter(ids))
        # (a two-word name with a distinctive surname of a knowledge-base person, spelt within one letter, whose
        # first name has one consonant more or less than that person's: لجيرارد كوشنير، صهر الرئيس الأمريكي, the
        # demo's Jared Kushner, KB جاريد كوشنر)
        if pid is None and _n_words(key) == 2 and key.split()[0] not in common:
            pid = _first_name_variant_id(key, common)
        # (a name of two words or more with تش for 'ch' where the knowledge base writes ش is that name: ستيفن منوتشين
        # is ستيفن منوشين, Steven Mnuchin; the skeletons keep ت, so the variant is tried as written with ش)
        if pid is None and "تش" in key and key.split()[0] not in common and _n_words(key) >= 2:
            pid = _ch_variant_id(key.replace("تش", "ش"), exact, kb_skel)
        # (a Latin-script name of two words or more that is a knowledge-base person's English name is that person:
        # Marine Le Pen in a video caption of an article naming مارين لوبان)
        if pid is None and _LATIN_NAME.fullmatch(key):
            pid = _kb_english_names().get(_latin_key(key))
        if pid is not None:
            link[key] = pid
    # a name spelt with one letter less or more in one word (رومان بولانسي … رومان بولانسكي: a typo) of the
    # documents that name a knowledge-base person under the right spelling is that person: as many words, the
    # same first word, one other word one edit away, five letters or more in both spellings; every document of
    # the typo names the person, and no other linked name of them is as close
    key_docs: dict[str, set] = defaultdict(set)
    for k, _s, _e, key in cands:
        key_docs[key].add(doc_ids[k])
    for key in uses:
        toks = key.split()
        if key in link or len(toks) < 2 or toks[0] in common:
            continue
        near = set()
        for other, pid in link.items():
            o = other.split()
            if len(o) != len(toks) or o[0] != toks[0] or not key_docs[key] <= key_docs.get(other, set()):
                continue
            diff = [j for j in range(len(toks)) if toks[j] != o[j]]
            if (len(diff) == 1 and min(len(toks[diff[0]]), len(o[diff[0]])) >= 5
                    and _edit_distance(toks[diff[0]], o[diff[0]]) == 1):
                near.add(pid)
        if len(near) == 1:
            link[key] = next(iter(near))
    # an unknown name is an organisation when the evidence for it (after
    # شركة، بنك…, or labelled ORG by the recogniser) is at least its other uses
    for key, n in uses.items():
        if key not in link and after_trigger[key] + org_spans[key] >= n - after_trigger[key]:
            org_names.add(key)
    org_names -= set(link)
    names = {key for key in uses if key not in org_names}
    groups: dict[str, list[str]] = defaultdict(list)
    for key in names:
        if key not in link and _n_words(key) >= 2:
            groups[skeleton(key)].append(key)
    # a shorter discovered name that is the first words of exactly one longer one joins it
    longer: dict[str, set] = defaultdict(set)
    for sk in groups:
        toks = sk.split()
        for n in range(2, len(toks)):
            longer[" ".join(toks[:n])].add(sk)
    # ... and one that is the last two words or more of exactly one longer name (لوبيز أوبرادور after
    # أندرس مانويل لوبيز أوبرادور), when no longer name starts with it
    ending: dict[str, set] = defaultdict(set)
    for sk in groups:
        toks = sk.split()
        for n in range(2, len(toks)):
            ending[" ".join(toks[-n:])].add(sk)
    # ... but not a name that starts with a first name: محمد خماش is the father of إيناس محمد خماش
    first_skel = {skeleton(w) for w in known_first()}
    # (a surname particle's skeleton may be a first name's, دي / هدى: a name that starts with a particle in every
    # spelling is a surname with its particle, دي ميزيير after توماس دي ميزيير)
    # (unless the longer name starts with a word that is no known first name, a foreign given name the gazetteers
    # lack: كوري إيدا after هيروكازو كوري إيدا, Kore-eda, whose كوري is also the first name Corey)
    ending = {k: (v if k.split()[0] not in first_skel
                  or (groups.get(k) and all(g.split()[0] in SURNAME_PARTICLES for g in groups[k]))
                  else {x for x in v if len(x.split()) == len(k.split()) + 1 and x.split()[0] not in first_skel
                        and not any(skeleton(w) in first_skel for g in groups.get(x, ()) for w in g.split()[:1])})
              for k, v in ending.items()}
    ending = {k: v for k, v in ending.items() if v}
    # ... and only where the longer name is in each document of the shorter one (قايد السبسي, the
    # president, in documents that do not name his son حافظ قائد السبسي)
    sk_docs: dict[str, set] = defaultdict(set)
    for k, _s, _e, key in cands:
        sk_docs[skeleton(key)].add(doc_ids[k])
    ending = {k: {v for v in vs if sk_docs.get(k, set()) <= sk_docs.get(v, set())} for k, vs in ending.items()}
    # ... and one whose words are the first, the last and some middle words of exactly one longer name of its
    # documents (عبد الرحمن النعيمي, عبد الرحمن بن عمير النعيمي in a document that has عبد الرحمن بن عمير الجبر
    # النعيمي): the same person with fewer of the names of the chain (the groups are keyed by consonant
    # skeletons, so the words compared are skeletons too)
    def _subsequence(short, long_):
        it = iter(long_)
        return all(w in it for w in short)

    inner: dict[str, set] = defaultdict(set)
    by_ends: dict[tuple, list] = defaultdict(list)
    for sk in groups:
        toks = sk.split()
        if len(toks) >= 2:
            by_ends[(toks[0], toks[-1])].append(sk)
    for sks in by_ends.values():
        for sk in sks:
            toks = sk.split()
            for other in sks:
                o = other.split()
                # (only where the longer name is in every document of the shorter: across documents حمد آل ثاني
                # may be Hamad bin Khalifa or Hamad bin Jassim, أحمد حسن anyone)
                if len(o) > len(toks) and _subsequence(toks, o) and sk_docs.get(sk, set()) <= sk_docs.get(other, set()):
                    inner[sk].add(other)
    # (the longest of them when they are a chain of one another: all name one person)
    for sk, vs in inner.items():
        top = [v for v in vs if not any(v != w and _subsequence(v.split(), w.split()) for w in vs)]
        inner[sk] = set(top)
    # ... and a name whose first name is the short form of the first name of exactly one other name of its
    # documents with the same other words (جو دانفورد, جوزيف دانفورد): the longer first name starts with the
    # shorter one and adds two letters or more that are no feminine ending (علي حسن and علياء حسن stay two)
    short_first: dict[str, set] = defaultdict(set)
    by_rest: dict[tuple, list] = defaultdict(list)
    for sk in groups:
        toks = sk.split()
        if len(toks) >= 2 and len(toks[-1]) >= 3:
            by_rest[tuple(toks[1:])].append(sk)
    for sks in by_rest.values():
        if len(sks) < 2:
            continue
        firsts_of = {sk: groups[sk][0].split()[0] for sk in sks}
        for sk in sks:
            a = firsts_of[sk]
            for other in sks:
                b = firsts_of[other]
                if (other != sk and len(a) >= 2 and b.startswith(a) and len(b) - len(a) >= 2
                        and not b.endswith(("ة", "ه", "اء", "ا")) and sk_docs.get(sk, set()) <= sk_docs.get(other, set())):
                    short_first[sk].add(other)
                # (or the same first name with an initial vowel letter spelt ا or ي, in the documents of the other:
                # أوناي إيمري and يوناي إيمري, Unai Emery; one way only, so that the two never point at each other)
                if (other != sk and len(a) >= 4 and len(b) >= 4 and a[0] != b[0] and {a[0], b[0]} <= {"ا", "ي"}
                        and a[1:] == b[1:] and sk_docs.get(sk, set()) <= sk_docs.get(other, set())
                        and (sk > other or sk_docs.get(sk, set()) != sk_docs.get(other, set()))):
                    short_first[sk].add(other)
    # ... and, the other way round, a name with a patronymic (بن X, بن عبد X) inside that is without it another name
    # of every one of its documents, named in more documents than it (تركي بن عبدالمحسن آل الشيخ in a document
    # of تركي آل الشيخ, the lead's Egypt probe): the patronymic adds nothing, the long form joins the usual one
    patronymic: dict[str, set] = {}
    for sk, keys in groups.items():
        words = keys[0].split()
        kept, i = [], 0
        while i < len(words):
            if i and words[i] in _PATRONYMIC and i + 1 < len(words) - 1:
                i += 3 if words[i + 1] == "عبد" else 2
                continue
            kept.append(words[i])
            i += 1
        short = skeleton(" ".join(kept))
        if (len(kept) < len(words) and len(kept) >= 2 and short != sk and short in groups
                and sk_docs.get(sk, set()) < sk_docs.get(short, set())):
            patronymic[sk] = {short}
    parent = {}
    for sk in sorted(groups, key=lambda x: -len(x.split())):
        cand = (longer.get(sk) or (ending.get(sk) if not longer.get(sk) else None) or inner.get(sk)
                or short_first.get(sk) or patronymic.get(sk))
        if cand and len(cand) == 1:
            up = next(iter(cand))
            parent[sk] = parent.get(up, up)
    # one foreign name spelt two ways in the run (يواخيم لوف / يواكيم لوف) is one person
    root_count: Counter = Counter()
    root_docs: dict[str, set] = defaultdict(set)
    for k, _s, _e, key in cands:
        if key in names and key not in link and _n_words(key) >= 2:
            root_count[parent.get(skeleton(key), skeleton(key))] += 1
            root_docs[parent.get(skeleton(key), skeleton(key))].add(doc_ids[k])
    # (a name word is distinctive when no spelling of it in the run is a known first name or a common word)
    plain_words: dict[str, set] = defaultdict(set)
    for key in {key for _k, _s, _e, key in cands if key in names and key not in link}:
        for w in key.split():
            plain_words[skeleton(w)].add(w)
    firsts = known_first()
    joined = _transliteration_parents(root_count, lambda sw: bool(plain_words.get(sw)) and not any(
        w in firsts or w in common for w in plain_words[sw]),
        lambda sw: any(w.startswith("ال") for w in plain_words.get(sw, ())),
        lambda a, b: bool(root_docs.get(a, set()) & root_docs.get(b, set())))
    if joined:
        for sk in groups:
            root = parent.get(sk, sk)
            if root in joined:
                parent[sk] = joined[root]
    surf_count: dict[str, Counter] = defaultdict(Counter)
    for k, s, e, key in cands:
        if key in names and key not in link and _n_words(key) >= 2:
            root = parent.get(skeleton(key), skeleton(key))
            surf_count[root][(len(key.split()), texts[k][s:e])] += 1
    ent_label = {}
    for root, cnt in surf_count.items():
        # the most frequent full spelling (two words or more), then the longer, then a fixed order
        best = max(cnt.items(), key=lambda kv: (kv[0][0] >= 2, kv[1], kv[0][0], kv[0][1]))[0][1]
        # the id comes from the spelling-insensitive key, so one person gets one
        # id in every batch (partition) of a run whatever spelling wins the label
        ent_label[root] = ("ner:" + slugify(root), best)

    rows, dropped = [], set()
    full_by_scope: dict[tuple, dict[str, tuple | None]] = defaultdict(dict)
    # the first names of two-word names, for the same scope only (مي سكاف … وتعرف مي بمواقفها)
    first_by_scope: dict[tuple, dict[str, tuple | None]] = defaultdict(dict)
    busy = defaultdict(list)
    kb_first = _kb_first_names()
    doc_words: dict = {}

    def doc_of(k):
        return doc_ids[k]

    def _doc_count(doc, word):
        # how often a word occurs in a document (with proclitics): a surname
        # seen again supports a new full name (دونالد توسك … توسك) over a
        # knowledge-base first name followed by any word (كيم أمضيا)
        if doc not in doc_words:
            cnt = Counter()
            for kk in by_doc[doc]:
                for w in _WORD.findall(normalize(texts[kk])):
                    for b in set(_bare(w)):
                        cnt[b] += 1
            doc_words[doc] = cnt
        return doc_words[doc][word]

    by_doc = defaultdict(list)
    for kk, d in enumerate(doc_ids):
        by_doc[d].append(kk)
    # a weak full name (its first word is no known name: أجابت ساندرز) whose last word is the
    # surname of a strong full name of the same document is that surname after a stray word:
    # it is left to the surname pass, and does not make the surname ambiguous
    strong_sur: dict = defaultdict(set)
    for k, s, e, key in cands:
        toks = key.split()
        if len(toks) >= 2 and (key in link or toks[0] in known):
            strong_sur[doc_ids[k]].add(toks[-1])
    # a nickname in quotes or brackets right after a full name (أحمد حسام "ميدو") names that person
    nicks: dict[int, tuple[str, int, int]] = {}
    # (not in a list whose names each have brackets after them, a squad list: ماكسيميليانو ميزا (إنديبندينتي)،
    # the club; heldout27 as a development split)
    bracketed = Counter(k for k, s, e, key in cands if _n_words(key) >= 2 and _BRACKET_AFTER.match(texts[k], e))
    for i, (k, s, e, key) in enumerate(cands):
        if _n_words(key) < 2:
            continue
        m = _NICKNAME.match(texts[k], e)
        if m and bracketed[k] >= 2 and _BRACKET_AFTER.match(texts[k], e):
            continue
        if m:
            nick = normalize(m.group(1))
            # (not a word of the language quoted after a name: دور محمد بن سلمان "محوري", 'pivotal')
            # (nor a word with a preposition and ال: قال ناصر القصبي "للعربية", 'to Al Arabiya')
            if (nick not in common and nick not in titles and nick not in known_first() and not _language_word(nick)
                    and not _PREPOSITION_ARTICLE.match(nick)):
                nicks[i] = (nick, m.start(1), m.end(1))
                strong_sur[doc_ids[k]].add(nick)
    # a kunya after a cue right after a full name (حسن يحيى الوشلي، المكنى "أبو مجد"; المكنى بأبي عياض) names that
    # person there (people108, heldout46); the recogniser's own span of the kunya gives way to it
    kunyas: dict[int, tuple[int, int]] = {}
    for i, (k, s, e, key) in enumerate(cands):
        if _n_words(key) >= 2:
            m = _KUNYA_AFTER.match(texts[k], e)
            if m:
                kunyas[i] = m.span(1)
    kunya_spans = defaultdict(list)
    for i, (ns, ne) in kunyas.items():
        kunya_spans[cands[i][0]].append((ns, ne))
    key_count = Counter((doc_ids[k], key) for k, s, e, key in cands)
    # (not a first word one letter away from the first word of a full name of the document with the same
    # surname: هيروشيي ميكيتاني after هيروشي ميكيتاني is that name misspelt, not a stray word)
    strong_full: dict = defaultdict(set)
    for k, s, e, key in cands:
        toks = key.split()
        if len(toks) == 2 and (key in link or toks[0] in known or toks[0] in known_first()):
            strong_full[doc_ids[k]].add(tuple(toks))
    # (or a past verb before the surname of another full name of the document, whatever its first name: وبخ
    # نيلسن after كيرستشن نيلسن, 'he rebuked Nielsen')
    other_sur: dict = defaultdict(set)
    for k, s, e, key in cands:
        toks = key.split()
        if len(toks) >= 2 and not (toks[0] not in known and toks[0] not in known_first() and _verb_like(toks[0])):
            other_sur[doc_ids[k]].add(toks[-1])
    # (a first name that is also a past verb of the shape فاعل, once in the document, before the surname of
    # another full name of it: عادل ريبيري after فرانك ريبيري, 'Ribéry equalled …'; ناصر، سامح)
    def _faala(w):
        return len(w) == 4 and w[1] == "ا" and w[-1] not in "اىيهة" and _verb_like(w)

    # (or a past verb of three letters written with ى right after a glued و/ف that opens the sentence, which
    # normalisation makes a first name: وروى عجلان after يوسف عجلان, 'and Ajlan narrated'; روي is Roy; not هدى
    # نقض, the widow of لطفي نقض, with no conjunction before her name)
    def _maqsura_verb(text, s, w):
        # (at the start of a sentence: not a list, وعبدالله بهمن، وهدى حسين، وأمل العنبري)
        return (len(w) == 3 and text[s:s + 3].endswith("ى") and _verb_like(w) and s >= 1 and text[s - 1] in "وف"
                and re.search(r"(?:^|[.!?؟:\n])\s*$", text[:s - 1]) is not None)

    verb_first: dict = defaultdict(set)
    for k, s, e, key in cands:
        toks = key.split()
        if len(toks) >= 2 and not _verb_like(toks[0]):
            verb_first[doc_ids[k]].add(toks[-1])
    # (not a first name the recogniser also tags alone elsewhere in the document, no verb, common word, title or
    # surname of another full name of it, before a surname that does not start with و: the director ماندو العدل …
    # ماندو يتولى, next to the producer جمال العدل, is another person sharing the surname; a name that is the end
    # of a longer full name of the document, أوبي ميكل of جون أوبي ميكل, is that person's)
    lone_words: dict = defaultdict(set)
    doc_lasts: dict = defaultdict(set)
    doc_longer: dict = defaultdict(set)
    for k, s, e, key in cands:
        toks = key.split()
        if len(toks) == 1:
            lone_words[doc_ids[k]].add(key)
        else:
            doc_lasts[doc_ids[k]].add(toks[-1])
        if len(toks) >= 3:
            doc_longer[doc_ids[k]].add(key)

    def _first_of_another(k, s, key):
        toks = key.split()
        first, d = toks[0], doc_ids[k]
        if (_verb_like(first) or first in common or first in titles or first.startswith("ال") or first in doc_lasts[d]
                or toks[-1].startswith("و") or any(f.endswith(" " + key) for f in doc_longer[d])):
            return False
        if first in lone_words[d] and any(kk != k for kk in lone_at.get((d, first), ())):
            return True
        # (or right after a role, when every other full name of the document with that surname is named twice or
        # after a role too: المدرب نبيل معلول next to معز معلول; not يوب هاينكس next to a stray بات هاينكس)
        if not _after_raw_role(texts[k], s, titles):
            return False
        if (d, key) not in others_twice:
            others = [c for c in same_surname.get((d, toks[-1]), ()) if c[3] != key]
            times = Counter(o[3] for o in others)
            others_twice[(d, key)] = all(times[c[3]] >= 2 or _after_raw_role(texts[c[0]], c[1], titles)
                                         for c in others)
        return others_twice[(d, key)]

    # (nor a first word no name list has, right after a role, that reads as no verb and whose word cluster holds
    # names: المهاجم مهند عسيري next to عبدالفتاح عسيري, namesakes of one match report; a stray word is a verb,
    # أجابت ساندرز; not the end of a longer full name of the document, المحامي ماك هوغ of كريستوفر ماك هوغ; not a
    # show's name before على, ضيف بوليتيكا على)
    # (a nationality adjective counts as the role: البرازيلي تياغو سيلفا next to نيمار دا سيلفا, a teammate sharing
    # the surname, not a stray word before Neymar's)
    # (and only when every other full name of the document with that surname is a name too: named twice, after a
    # role, or with a first word of the word clusters of names; not بات هاينكس, 'Heynckes became', next to
    # المدرب يوب هاينكس, which keeps the bare surname to the one named after the role, as before)
    def _first_after_role(k, s, key):
        toks = key.split()
        first, d = toks[0], doc_ids[k]
        if _apposed_full_name(texts[k], s, e_of[(k, s, key)], first, titles, common):
            return True
        if _in_name_list(texts[k], s, e_of[(k, s, key)], seg_spans[k]):
            return True  # (an item of a list of names: ومعتز هوساوي after وعمر هوساوي, brothers or namesakes)
        if not ((_after_raw_role(texts[k], s, titles) or _after_demonym(texts[k], s, taken[k], conjunction=True))
                and not _verb_like(first) and first not in common
                and first not in titles and not first.startswith("ال") and _ARABIC_WORD.match(first) is not None
                and _name_likeness().get(first, 0.0) >= 0.1 and not any(f.endswith(" " + key) for f in doc_longer[d])):
            return False
        if (d, key) not in others_named:
            others = [c for c in same_surname.get((d, toks[-1]), ()) if c[3] != key]
            times = Counter(o[3] for o in others)
            others_named[(d, key)] = all(times[c[3]] >= 2 or _after_raw_role(texts[c[0]], c[1], titles)
                                         or _name_likeness().get(c[3].split()[0], 0.0) >= 0.3 for c in others)
        return others_named[(d, key)]

    e_of = {(k, s, key): e for k, s, e, key in cands}
    # (the document's full names of two words by surname, in the order of ``cands``, and the verdict on the other
    # full names per key: a scan of every candidate per candidate was quadratic on a long document)
    same_surname: dict = defaultdict(list)
    for c in cands:
        if len(c[3].split()) == 2:
            same_surname[(doc_ids[c[0]], c[3].split()[-1])].append(c)
    others_named: dict = {}
    others_twice: dict = {}
    lone_at: dict = defaultdict(set)  # (document, candidate key) -> the segments of the document naming it
    for c in cands:
        lone_at[(doc_ids[c[0]], c[3])].add(c[0])
    seg_spans: dict = defaultdict(list)  # k -> the (start, end) of the segment's candidate names
    for k, s, e, _key in cands:
        seg_spans[k].append((s, e))

    # (a first word and a family name of one word, or of آل and a word: وروى آل الشيخ after تركي آل الشيخ)
    def _one_first_word(key):
        toks = key.split()
        return len(toks) == 2 or (len(toks) == 3 and toks[1] == _AL_FAMILY)

    weak = {i for i, (k, s, e, key) in enumerate(cands)
            if key not in link and _one_first_word(key) and not _first_of_another(k, s, key)
            and not _first_after_role(k, s, key)
            and (key.split()[0] not in known or (
                (_faala(key.split()[0]) or _maqsura_verb(texts[k], s, key.split()[0]))
                and key_count[(doc_ids[k], key)] == 1 and key.split()[-1] in verb_first[doc_ids[k]]))
            and (key.split()[-1] in strong_sur[doc_ids[k]] or (
                key.split()[0] not in known_first() and _verb_like(key.split()[0])
                and key.split()[-1] in other_sur[doc_ids[k]]))
            and not any(f[1] == key.split()[1] and len(f[0]) >= 4 and f[0][0] == key[0]
                        and _edit_distance(f[0], key.split()[0], swaps=True) == 1
                        for f in strong_full[doc_ids[k]])}
    for i, (k, s, e, key) in enumerate(cands):
        if i in weak:
            continue
        if key in org_names and key not in exact:
            continue
        if any(ns <= s and e <= ne for ns, ne in kunya_spans.get(k, ())):
            continue  # (the kunya of the full name before it: its alias row below)
        text_k = texts[k]
        if key in link:
            eid, label, form = link[key], kb_label.get(link[key], key), "name"
        elif _n_words(key) >= 2:
            eid, label = ent_label[parent.get(skeleton(key), skeleton(key))]
            form = "ner"
        elif ((_relative_first_name(text_k, s, key, known, titles, common) or _after_called_verb(text_k, s))
              and not any(ts < e and s < te and ttyp == "person" for ts, te, ttyp, *_r in taken[k])):
            # a relative named by first name only (ابني بارون): a person of this document alone (the
            # same first name in another document is someone else); a knowledge-base mention there wins
            # (ابنة أخي أوجلان: Öcalan's niece)
            eid, label, form = "ner:" + slugify(skeleton(key)) + "@" + slugify(str(doc_ids[k])), text_k[s:e], "ner"
        else:
            continue
        skip, drop_here = False, []
        for ts, te, ttyp, _tform, ti, tpartial in taken[k]:
            if not (ts < e and s < te):
                continue
            inside = s <= ts and te <= e and (e - s) > (te - ts)
            # a country form (تشاد) inside a longer name, or a knowledge-base
            # first name starting another person's full name (دونالد توسك) gives
            # way; a knowledge-base name, alias, surname or organisation wins
            # (or after a role: المحامي مايكل أفيناتي is not Michael Cohen)
            first_name = (ttyp == "person" and tpartial and ts == s
                          and (kb_rows[ti][3], normalize(text_k[ts:te])) in kb_first
                          and (_doc_count(doc_of(k), key.split()[-1]) >= 2 or _after_role(text_k, s, titles)))
            # the same person under a longer spelling (بينيامين نتنياهو around the alias نتنياهو)
            same_person = ttyp == "person" and kb_rows[ti][3] == eid
            # a knowledge-base full name that starts a longer name ending in a family name with ال (محمد علي
            # [الحوثي]: not the boxer Muhammad Ali) gives way too
            kb_start = (ttyp == "person" and not tpartial and ts == s and _n_words(normalize(text_k[ts:te])) >= 2
                        and _family_names_after(text_k[te:e], titles))
            if inside and (ttyp == "country" or first_name or same_person or kb_start):
                drop_here.append(ti)
            elif same_person and (ts, te) == (s, e) and _n_words(key) >= 2 and not tpartial:
                # the knowledge base found this full name already (a name without listed partials,
                # مايك بنس): no new row, but its surname names the person in the document below
                skip = None
            else:
                skip = True
                break
        if skip:
            continue
        if skip is False:
            dropped.update(drop_here)
            rows.append((k, s, e, eid, label, form))
            busy[k].append((s, e))
        scope = (doc_ids[k], positions[k]) if sections[k] in standalone else (doc_ids[k], None)
        toks = key.split()
        surs = []
        if len(toks) >= 2 and toks[-1] not in _name_suffixes():
            sur = " ".join(toks[-2:]) if toks[-2] in _CONNECTORS or toks[-1] in ("الدين", "الله") else toks[-1]
            # a European surname with a particle (برونو لو مير … لو مير، فان دير ليين) keeps it
            if len(toks) >= 3 and toks[-2] in SURNAME_PARTICLES:
                sur = " ".join(toks[-2:])
            # the grandfather's name of a knowledge-base person's patronymic chain (خالد بن سلمان بن
            # عبدالعزيز) is shared by the family and names none of them (بن سلمان of a three-word name
            # stays, and so does a discovered family name: الحبيب عيدروس بن عبدالله بن سميط … بن سميط)
            if len(toks) >= 4 and toks[-2] in ("بن", "ابن", "بنت") and key in link:
                sur = ""
            # (a second name that normalisation makes a preposition, علي / على, names nobody alone)
            # (nor a family nisba the news text has as a common word, kept only after two first names, unless the
            # document's recogniser names it alone: الحوثي of محمد علي الحوثي, where أطلقه الحوثي is the group)
            # (أبو الطيب المتنبي keeps المتنبي: no two first names before it)
            if (len(toks) == 3 and sur == toks[-1] and sur in common and sur not in _kb_surnames()
                    and toks[0] in known_first() and toks[1] in known_first() and sur not in lone.get(doc_ids[k], ())):
                sur = ""
            if len(sur) >= 3 and sur not in titles and sur not in _CONNECTORS and sur not in _YA_NAMES:
                surs.append(sur)
                # the full name of two words names its person wherever the recogniser missed it, also when another
                # person of the scope shares the surname (جمال العدل next to ماندو العدل: العدل names neither)
                # (not a first word with ال that is no known first name: الأولمبي الباجي is a club)
                # nor two coordinated names (فتحى والسعيد) or a first word of two letters (اس دوست of باس دوست)
                if (len(toks) == 2 and sur == toks[-1] and toks[0] not in common and toks[0] not in titles
                        and (not toks[0].startswith("ال") or toks[0] in known_first())
                        and not toks[1].startswith("و") and len(toks[0]) >= 3):
                    surs.append(key)
            # an Arabic name of three words (first name, a second name with ال, family name) names its person
            # by its last two as well (محمد الفاضل خليل … أن الفاضل خليل ساهم): the first word a known first
            # name, the middle one no connector, particle, title or common word (not ميغيل | دياز كانيل, whose
            # shorter name ميغيل دياز is right before كانيل)
            if (len(toks) == 3 and sur == toks[-1] and toks[0] in known_first() and _first_name_like(toks[0])
                    and toks[1].startswith("ال") and toks[1] not in _CONNECTORS and toks[1] not in SURNAME_PARTICLES and toks[1] not in titles
                    and toks[1] not in common and toks[1] not in known_first()):
                surs.append(" ".join(toks[1:]))
        # a given name of one or two letters after the family name (ليو هي, Liu He: هي is no surname)
        # leaves the family name to name the person in the document (… أدلى ليو بتصريحه)
        # when the full name comes twice in the document (not a name and a pronoun once: شاكر هو)
        if (len(toks) == 2 and len(toks[1]) <= 2 and len(toks[0]) >= 3 and toks[0] not in common
                and toks[0] not in titles and key_count[(doc_ids[k], key)] >= 2):
            surs.append(toks[0])
        # an East Asian name puts the family name first (تشن شي تشونغ … تشن): three short words, none
        # with ال, the first of at most four letters, no known first name, no common word, no title, and
        # not ending like an Arabic feminine name (دينا حبيب باول: "لدينا" is "we have")
        if (len(toks) == 3 and all(len(t) <= 5 and not t.startswith("ال") for t in toks)
                and toks[0] not in known_first() and toks[0] not in common and toks[0] not in titles
                and 2 <= len(toks[0]) <= 4 and toks[0][-1] not in "اىةه" and form == "ner"):
            surs.append(toks[0])
        if len(toks) == 1 and "@" in eid:
            surs.append(key)  # the relative's first name again in the document
        if i in nicks:
            nick, ns, ne = nicks[i]
            surs.append(nick)
            if not any(a < ne and ns < b for a, b, *_ in taken[k]):
                rows.append((k, ns, ne, eid, label, "alias"))
                busy[k].append((ns, ne))
        if i in kunyas:
            ns, ne = kunyas[i]
            if not any(a < ne and ns < b for a, b, *_ in taken[k]) and not any(a < ne and ns < b for a, b in busy[k]):
                rows.append((k, ns, ne, eid, label, "alias"))
                busy[k].append((ns, ne))
        for sur in surs:
            seen = full_by_scope[scope]
            if sur not in seen:
                seen[sur] = (eid, label)
            elif seen[sur] is not None and seen[sur][0] != eid:
                seen[sur] = None  # two people of the scope share the surname: it names neither
        # (or a first name and a compound family name: شيرين عبد الوهاب … وعلقت شيرين)
        if _n_words(key) == 2 and (len(toks) == 2 or (len(toks) == 3 and _n_words(" ".join(toks[1:])) == 1
                                                      and toks[1] in _CONNECTORS)) and "@" not in eid:
            seen = first_by_scope[scope]
            f = toks[0]
            # (a name the knowledge base matched by its consonants only may be someone else: its first name
            # names nobody alone, and blocks the same first name of another name of the scope)
            if f not in seen:
                seen[f] = (eid, label) if _first_name_alone_ok(f, titles, common) and (
                    key not in link or key in exact) else None
            elif seen[f] is not None and seen[f][0] != eid:
                seen[f] = None  # two people of the scope share the first name: it names neither
    # a full name of a person the knowledge base took from ArWikiCats (no partial names of their own: جان لوك
    # غودار) gives its surname to the document, as a discovered full name does (… يعود غودار)
    auto_ids = _arwikicats_ids()
    for kb_i, (k, s, e, eid, typ, form, partial) in enumerate(kb_rows):
        if typ != "person" or partial or eid not in auto_ids or kb_i in other_first:
            continue
        toks = normalize(texts[k][s:e]).replace("-", " ").split()
        if len(toks) < 2 or toks[-2] in _CONNECTORS or toks[-1] in _name_suffixes():
            continue
        sur = toks[-1]
        if len(sur) < 4 or sur in common or sur in titles or sur in known_first() or sur in _CONNECTORS:
            continue
        scope = (doc_ids[k], positions[k]) if sections[k] in standalone else (doc_ids[k], None)
        seen = full_by_scope[scope]
        if sur not in seen:
            seen[sur] = (eid, kb_label.get(eid, texts[k][s:e]))
        elif seen[sur] is not None and seen[sur][0] != eid:
            seen[sur] = None
    dropped |= other_first
    rec_person = {(k, s, e) for k, seg in enumerate(spans) for s, e, typ in seg if typ == "PERS"}
    rows += _surnames(texts, doc_ids, sections, positions, full_by_scope, taken, busy, standalone,
                      rec_person=rec_person, first_by_scope=first_by_scope)
    rows += _longer_spellings(texts, kb_rows, taken, busy, kb_skel, kb_label, dropped)
    # a Brazilian footballer's one-word name (باولينيو) that no other step named: one person in the batch
    claimed = defaultdict(list)
    for r in rows:
        claimed[r[0]].append((r[1], r[2]))
    # the one-word people of a list of names (أحلام، إليسا): one person of the document each
    for k, found in list_one.items():
        for s, e in found:
            if any(a < e and s < b for a, b, *_r in taken[k]) or any(a < e and s < b for a, b in claimed[k]):
                continue
            key = normalize(texts[k][s:e])
            # (a Brazilian footballer's one-word name, رونالدينيو, is one person in the batch, as below)
            scope = "" if _inho_name(key) else "@" + slugify(str(doc_ids[k]))
            rows.append((k, s, e, "ner:" + slugify(skeleton(key)) + scope, texts[k][s:e], "ner"))
            claimed[k].append((s, e))
    # a one-word name found once (المدرب الأوروغوياني كارينيو) names its person wherever else the document has the
    # word alone (وقال كارينيو، واختتم كارينيو; people59)
    rows += _one_word_names_again(texts, doc_ids, sections, rows, taken, claimed, titles, common, standalone)
    rows += _first_names_again(texts, doc_ids, sections, rows, taken, claimed, titles, common, standalone)
    for k, found in enumerate(inho_recognizer(texts)):
        for s, e, _t in found:
            if sections[k] == "byline" or any(a < e and s < b for a, b, *_r in taken[k]) or any(
                    a < e and s < b for a, b in claimed[k]):
                continue
            key = normalize(texts[k][s:e])
            rows.append((k, s, e, "ner:" + slugify(skeleton(key)), texts[k][s:e], "ner"))
            claimed[k].append((s, e))
    # a regime or forces named after their ruler by a knowledge-base partial name (لنظام الأسد، قوات الأسد) is a
    # mention of that person even where the document does not name him in full: the partial of exactly one
    # person, right after نظام or قوات (with a proclitic), in the segment where nothing else claims it
    ruled = _ruled_partials()
    for k, text in enumerate(texts):
        if not text or sections[k] == "byline" or ("نظام" not in text and "قوات" not in text):
            continue
        for m in _RULER.finditer(text):
            s, e = m.start(2), m.end(2)
            hit = ruled.get(normalize(m.group(2)))
            if hit is None or any(a < e and s < b for a, b, *_r in taken[k]) or any(
                    a < e and s < b for a, b in claimed[k]):
                continue
            rows.append((k, s, e, hit[0], hit[1], "alias"))
            claimed[k].append((s, e))
    # a family name written without its connector آل (مش تركي الشيخ in a quote, for تركي آل الشيخ): that person
    rows += _without_family_connector(texts, by_doc, rows, kb_rows, dropped, taken, claimed, kb_label)
    # a name of two words between two people's names of a list (من حنبعل إلى محمد الدغباجي إلى مصباح الجربوع ثم شكري
    # بلعيد; المصري هاني البحيري والفلسطيني ساهر عوكل والروسي سلافا زايتزيف): a person too (people59)
    rows += _sandwiched_names(texts, rows, taken, claimed, titles, common)
    # a name the document shows to be an organisation's (نادي باري، وبايرن ميونيخ) is no person in that document
    rows = organisation_names(texts, doc_ids, rows, org_given, verb_like=_verb_like, common=common_words(),
                              first_names=known_first(), titles=title_words())
    rows = _join_adjacent(texts, rows)
    # a relative named by first name after a kinship noun, right after a person's full name (سيرغي سكريبال وابنته
    # يوليا): the batch-wide id of the first name + that family name, not an id of the document alone (people109)
    return kin_family_ids(texts, doc_ids, rows, kb_rows, dropped | sur_dropped), dropped | sur_dropped
