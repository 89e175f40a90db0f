"""One person spelt two ways: transliteration letters, variant words and the document's variant spellings of a name.
Part of :mod:`marsad.mentions.people` (split36p).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from marsad.lang.text import normalize
from marsad.mentions.kb import KB_DIR
from marsad.mentions.name_words import known_first, skeleton
from marsad.mentions.kb_names import _edit_distance


@lru_cache(maxsize=1)
def _variant_letters() -> dict:
    """Letter → the letter that stands for its sound in foreign names (``transliteration_letters.txt``)."""
    path = KB_DIR / "transliteration_letters.txt"
    table = {}
    for line in path.read_text("utf-8").splitlines() if path.exists() else []:
        letters = line.split()
        if letters and not line.startswith(("#", "^")):
            table.update({ch: letters[0] for ch in letters[1:]})
    return str.maketrans(table)


@lru_cache(maxsize=1)
def _initial_variant_letters() -> dict:
    """Letter → the letter that stands for its sound at the start of a foreign name word only (the lines of
    ``transliteration_letters.txt`` that start with ``^``: the J of Julen, Jürgen, Joachim written ي or ج)."""
    path = KB_DIR / "transliteration_letters.txt"
    table = {}
    for line in path.read_text("utf-8").splitlines() if path.exists() else []:
        letters = line[1:].split() if line.startswith("^") else []
        if letters:
            table.update({ch: letters[0] for ch in letters[1:]})
    return table


def _fold_initial(word: str) -> str:
    """``word`` with its first letter written as the one that stands for its sound at a word's start."""
    return _initial_variant_letters().get(word[:1], word[:1]) + word[1:] if word else word


def _variant_word(a: str, b: str, *, surname: bool, initial: bool = False) -> bool:
    """Two skeleton words are spellings of one foreign name word: the same first letter and, with the letters of
    one sound folded (يخم / يكم, Joachim), the same letters; a surname may also have one letter more or less or
    two letters swapped inside it, its last letter kept (سثغت / سغث, Southgate: ساوثغيت / ساوغيث), when both
    spellings have three letters or more and one of them four. With ``initial``, the first letters may also be two
    letters of one sound at a word's start (:func:`_initial_variant_letters`: يولن / جولين, Julen)."""
    if a == b:
        return True
    if not a or not b:
        return False
    if a[0] != b[0]:
        # (the first letters of one sound at a word's start only, when asked: يولن / جولين)
        if not initial or _fold_initial(a)[0] != _fold_initial(b)[0]:
            return False
        a, b = _fold_initial(a), _fold_initial(b)
    fa, fb = a.translate(_variant_letters()), b.translate(_variant_letters())
    if fa == fb:
        return True
    return (surname and min(len(fa), len(fb)) >= 3 and max(len(fa), len(fb)) >= 4 and fa[-1] == fb[-1]
            and _edit_distance(fa, fb, swaps=True) == 1)


def _transliteration_parents(counts: dict, shared_ok, with_al=lambda _w: False, same_doc=lambda _a, _b: False) -> dict:
    """Discovered names of a run spelt two ways (يواخيم لوف / يواكيم لوف، غاريث ساوثغيت / غاريث ساوغيث) → the
    spelling they join.

    ``counts`` maps each discovered root (a skeleton of two words or more, no knowledge-base person) to its
    mentions. Two roots are one person when they have as many words, every word but the last is the same or a
    variant spelling (:func:`_variant_word`), the last word (the surname) is the same or a variant with one letter
    more or less, they differ somewhere, and they share a distinctive word (``shared_ok``: a skeleton word written
    in the run as no known first name and no common word: a shared محمد or علي, or الخطيب, says nothing) or a
    distinctive surname of four letters or more spelt with other letters of one sound (فاتزكه / فاتسكه; a given
    name so spelt is no evidence: فخري / فكري). Spellings join when each is such a variant of every other
    (three spellings of which two differ more stay apart); the spelling with more mentions is kept (then the
    smaller key, so the result does not depend on the order of the documents). ``with_al``: a skeleton word
    written with ال in the run (a word of an Arab name: no initial-letter variant, :func:`_variant_word`).
    ``same_doc``: the two spellings are written in one document; there a distinctive surname of three letters
    (its skeleton) spelt with other letters of one sound is evidence enough (people73, ``heldout37``: كريستيان تيتس …
    كريستيان تيتز, Titz, one article; across documents four letters stay needed), the other words the same and no
    word with ال.
    """
    fold = _variant_letters()
    buckets: dict[tuple, list] = defaultdict(list)
    for root in counts:
        toks = root.split()
        if len(toks) >= 2:
            buckets[(len(toks), tuple((_fold_initial(w) if j == 0 else w).translate(fold)
                                      for j, w in enumerate(toks[:-1])), toks[-1][:1])].append(root)
    partners: dict[str, set] = defaultdict(set)
    for roots in buckets.values():
        for i, a in enumerate(roots):
            wa = a.split()
            for b in roots[i + 1:]:
                wb = b.split()
                if not all(_variant_word(x, y, surname=j == len(wa) - 1, initial=j == 0)
                           for j, (x, y) in enumerate(zip(wa, wb))):
                    continue
                # (a first name whose first letter is another of one sound at a word's start, يولن / جولين (not a later
                # word: كيم جونغ نام is no كيم يونغ نام), only in a foreign name, no word with ال, and where the spelling with the other letter (ي) is distinctive, no
                # known first name or common word: ياسر is never جاسر, يوسف never جوزيف)
                if any(x[:1] != y[:1] and (
                        not shared_ok(x if x[:1] in _initial_variant_letters() else y)
                        or any(with_al(w) for w in wa + wb)) for x, y in zip(wa, wb)):
                    continue
                # (a distinctive word the two share, or a distinctive surname of four letters or more written
                # with the letters of one sound: فاتزكه / فاتسكه; a given name so written is no evidence, فخري / فكري)
                if not (any(x == y and shared_ok(x) for x, y in zip(wa, wb))
                        or (len(wa[-1]) >= 4 and wa[-1].translate(fold) == wb[-1].translate(fold)
                            and shared_ok(wa[-1]) and shared_ok(wb[-1]))
                        or (len(wa[-1]) >= 3 and wa[:-1] == wb[:-1] and wa[-1].translate(fold) == wb[-1].translate(fold)
                            and shared_ok(wa[-1]) and shared_ok(wb[-1]) and not any(with_al(w) for w in wa + wb)
                            and same_doc(a, b))):
                    continue
                partners[a].add(b)
                partners[b].add(a)
    out, seen = {}, set()
    for a in partners:
        if a in seen:
            continue
        group, todo = {a}, [a]
        while todo:
            for b in partners[todo.pop()] - group:
                group.add(b)
                todo.append(b)
        seen |= group
        # (every spelling of the group a variant of every other: a chain whose ends differ more stays apart)
        if all(partners[x] >= group - {x} for x in group):
            best = max(group, key=lambda x: (counts[x], [-ord(c) for c in x]))
            out.update({x: best for x in group if x != best})
    return out


_NAME_RUN = re.compile(r"[\u0621-\u064a][\u0621-\u0652\u0640]*")


def _first_name_spelt_otherwise(texts, doc_ids, spans, titles, common):
    """A recogniser name of the document that is the rest of a longer one (دي ماريا of أنخيل دي ماريا) starts at the
    word right before it when that word is the longer name's first word spelt another way: the same consonants
    (:func:`skeleton`: أنخل and أنخيل), four consonants or more, no common word, title, word with ال or word ending in a
    pronoun (شكره 'his thanks' before لتركي آل الشيخ), and no span there (heldout27 as a development split: أنخيل دي ماريا … أنخل دي ماريا was cut to دي ماريا)."""
    firsts: dict = defaultdict(set)  # (doc, rest of the name) -> skeletons of the first words
    for k, seg in enumerate(spans):
        for s, e, typ in seg:
            words = normalize(texts[k][s:e]).split()
            if typ == "PERS" and len(words) >= 3:
                firsts[(doc_ids[k], tuple(words[1:]))].add(skeleton(words[0]))
    if not firsts:
        return spans
    out = list(spans)
    for k, seg in enumerate(spans):
        new = []
        for s, e, typ in seg:
            words = normalize(texts[k][s:e]).split()
            sks = firsts.get((doc_ids[k], tuple(words))) if typ == "PERS" else None
            m = re.search(r"(?<![\u0621-\u064a])([\u0621-\u064a]{4,}) $", texts[k][max(0, s - 30):s]) if sks else None
            if m:
                w = normalize(m.group(1))
                a = s - len(m.group(0))
                if (skeleton(w) in sks and w not in common and w not in titles and not w.startswith("ال")
                        and len(skeleton(w)) >= 4 and not m.group(1).endswith(("ه", "ها", "هم", "هما"))
                        and not any(x[0] < s and a < x[1] for x in seg if x != (s, e, typ))):
                    s = a
            new.append((s, e, typ))
        out[k] = new
    return out


def _variant_spellings(texts, doc_ids, spans, taken, known, titles, common):
    """One person spelled two ways in one article (رضا صالح أميري … رضا صالحي أميري) is one name.

    First, two recogniser names of one segment with one space between them, the first starting with a
    known first name and the second one word that is no known first name, no title and no common word,
    are one name (the recogniser's رضا صالح | أميري). Then, in each document, a run of words that starts
    with the first word of a full name found there (two to four words) and has as many words, all the same
    but one, not the first, of at least four letters and at most two edits away (صالح/صالحي), is that full
    name spelled another way: it becomes a recogniser name, replacing the recogniser's pieces inside it.
    Words overlapping a knowledge-base or country mention are left alone.
    """
    spans = [sorted(seg) for seg in spans]
    for k, seg in enumerate(spans):
        out = []
        for s, e, typ in seg:
            if out and typ == "PERS" and out[-1][2] == "PERS" and texts[k][out[-1][1]:s] == " ":
                first = normalize(texts[k][out[-1][0]:out[-1][1]]).split()
                word = normalize(texts[k][s:e])
                if (first and first[0] in known and len(first) <= 3 and " " not in word
                        and word not in known_first() and word not in titles and word not in common
                        and not any(a < e and s < b for a, b, *_r in taken[k])):
                    out[-1] = (out[-1][0], e, "PERS")
                    continue
            out.append((s, e, typ))
        spans[k] = out
    fulls = defaultdict(set)
    for k, seg in enumerate(spans):
        for s, e, typ in seg:
            toks = normalize(texts[k][s:e]).split()
            if typ == "PERS" and 2 <= len(toks) <= 4 and toks[0] in known:
                fulls[doc_ids[k]].add(tuple(toks))
    if not fulls:
        return spans
    for k, seg in enumerate(spans):
        names = fulls.get(doc_ids[k])
        if not names:
            continue
        words = [(m.start(), m.end(), normalize(m.group())) for m in _NAME_RUN.finditer(texts[k])]
        new = []
        for i in range(len(words)):
            for name in names:
                n = len(name)
                if words[i][2] != name[0] or i + n > len(words):
                    continue
                run = words[i:i + n]
                if any(run[j][1] + 1 != run[j + 1][0] for j in range(n - 1)):
                    continue
                got = tuple(w for _a, _b, w in run)
                diff = [j for j in range(n) if got[j] != name[j]]
                if len(diff) != 1 or diff[0] == 0:
                    continue
                a, b = got[diff[0]], name[diff[0]]
                if min(len(a), len(b)) < 4 or _edit_distance(a, b) > 2 or got in names:
                    continue
                s, e = run[0][0], run[-1][1]
                if any(x < e and s < y for x, y, *_r in taken[k]):
                    continue
                new.append((s, e))
        if new:
            keep = [(s, e, t) for s, e, t in seg if not any(a <= s and e <= b for a, b in new)]
            keep += [(s, e, "PERS") for s, e in new if not any(x < e and s < y for x, y, _t in keep)]
            spans[k] = sorted(keep)
    return spans
