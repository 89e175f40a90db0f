"""perf41: _texts_with_words searches a stretch for a name's other words only (its longest word is known there).

Composed stretches of one joined text; each result is compared with the plain definition (every word of one name in
the stretch), so a stretch missing any word other than the longest stays out."""
from marsad.mentions.pipeline import _texts_with_words


def _stretches(parts: list[str]) -> tuple[str, list[int], list[int]]:
    text, lo, hi = "", [], []
    for p in parts:
        text += "  "
        lo.append(len(text))
        text += p
        hi.append(len(text))
    return text + "  ", lo, hi


def _plain(parts, names, first):
    return [first + i for i, p in enumerate(parts) if any(all(w in p for w in key) for key in names)]


def test_all_words_of_a_name_needed_not_only_its_longest():
    parts = ["تركي آل الشيخ في الرياض", "الشيخ تركي وحده", "قال آل الشيخ", "لا اسم هنا", "ونشر آل تركي الشيخ"]
    names = {("آل", "الشيخ", "تركي")}
    text, lo, hi = _stretches(parts)
    got = _texts_with_words(text, lo, hi, names, 10)
    assert got == [10, 14] == _plain(parts, names, 10)


def test_a_name_of_one_word_and_a_repeated_longest_word():
    parts = ["بلعيد هنا", "شكري وحده", "لا شيء"]
    text, lo, hi = _stretches(parts)
    # one word: every stretch holding it (no other word to search)
    assert _texts_with_words(text, lo, hi, {("بلعيد",)}, 0) == [0] == _plain(parts, {("بلعيد",)}, 0)
    # two names sharing the longest word: the stretch list found once serves both
    names = {("شكري", "بلعيد"), ("بلعيد", "هنا")}
    assert _texts_with_words(text, lo, hi, names, 0) == [0] == _plain(parts, names, 0)
    names = {("شكري", "بلعيد"), ("شكري", "وحده")}
    assert _texts_with_words(text, lo, hi, names, 0) == [1] == _plain(parts, names, 0)
