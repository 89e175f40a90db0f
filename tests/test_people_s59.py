"""people59 (session 30): person recall on unseen text, three general mechanisms, on composed sentences with
counter-examples:
(a) given names learned from text (``kb/learned_given_names.txt``, written by ``python -m marsad.training.kb_build
    learned-given-names``) open a name of two words where the recogniser tags none (people.learned_name_recognizer);
(b) a surname named again in another spelling of the document (شكري بلعيد … بالعيد: the skeleton without ا ى ي and
    hamza), the one person of the document with it (mentions/respelled_surnames.py);
(c) a one-word name found once (المدرب الأوروغوياني كارينيو) names its person wherever else the document has the word
    alone (people._one_word_names_again)."""
import re

import pandas as pd
import pytest

from marsad.lang.text import normalize
from marsad.mentions import find_mentions
from marsad.mentions import people as P
from marsad.mentions import role_recognisers  # (learned_name_recognizer reads learned_given_names there)
from marsad.mentions.kb import KB_DIR
from marsad.mentions.respelled_surnames import surname_skeleton


def _segs(texts, doc="d"):
    return pd.DataFrame({"doc_id": doc, "section": "paragraph", "position": range(len(texts)), "text": texts})


def _rec(pers=()):
    """A recogniser of PERS spans for regex patterns (exact spans for composed sentences)."""
    def rec(texts):
        return [[(m.start(), m.end(), "PERS") for p in pers for m in re.finditer(p, t)] for t in texts]
    return rec


def _people(texts, pers, with_ids=False):
    df = find_mentions(_segs(texts), recognizer=_rec(pers))
    df = df[df["entity_type"] == "person"].sort_values(["position", "start"])
    return [(texts[r.position][r.start:r.end], r.entity_id) if with_ids else texts[r.position][r.start:r.end]
            for r in df.itertuples()]


# (a) given names learned from text

def test_the_learned_list_is_built_data_with_its_source_and_no_listed_or_common_word():
    path = KB_DIR / "learned_given_names.txt"
    lines = path.read_text("utf-8").splitlines()
    assert lines[0].startswith("# Given names learned from text") and any("ANERcorp" in x for x in lines[:10])
    words = P.learned_given_names()
    assert len(words) > 100
    assert not words & P.common_words() and not words & P.title_words() and not words & P.known_first()
    assert not any(w.startswith(("ال", "لل")) for w in words)


def test_a_learned_given_name_opens_a_name_of_two_words(monkeypatch):
    monkeypatch.setattr(role_recognisers, "learned_given_names", lambda: frozenset({"زوبيريا"}))
    texts = ["وقال زوبيريا كونتاليس إن الاتفاق سيوقع قريبا.", "وأكدت وزوبيريا كونتاليس ذلك."]
    found = P.learned_name_recognizer(texts)
    assert [texts[0][s:e] for s, e, _t in found[0]] == ["زوبيريا كونتاليس"]
    assert [texts[1][s:e] for s, e, _t in found[1]] == ["زوبيريا كونتاليس"]  # (the glued و stays out)


def test_a_learned_given_name_before_a_common_word_a_title_or_a_glued_word_opens_nothing(monkeypatch):
    monkeypatch.setattr(role_recognisers, "learned_given_names", lambda: frozenset({"زوبيريا", "داود"}))
    texts = ["وقال زوبيريا الرئيس إن الاتفاق سيوقع.",   # an ال-word, a title
             "تشبيه نجمة داود بشعار النازية",            # ب + a word of the news text
             "نجمة داود وشعار النازية",                  # و + a word of the news text
             "وصل زوبيريا أمس إلى المدينة."]               # a common word
    assert P.learned_name_recognizer(texts) == [[], [], [], []]


def test_learned_names_are_no_known_first_names():
    # (they open a name in one recogniser only; the other rules keep reading the listed first names)
    assert not P.learned_given_names() & P.known_first()


# (b) a surname respelt in the same document

def test_the_skeleton_drops_long_vowels_and_hamza_only():
    assert surname_skeleton("بلعيد") == surname_skeleton("بالعيد")
    assert surname_skeleton("بلحاج") == surname_skeleton("بالحاج")
    assert surname_skeleton("الشاهد") != surname_skeleton("شهادة")  # (ال and ة stay)


def test_a_respelt_surname_names_the_person_of_the_document():
    texts = ["وأعلن شكري بلعيد عن المبادرة أمس.", "وفي ذكرى اغتيال بالعيد، قال الحزب إن الشهيد رمز."]
    found = _people(texts, [r"شكري بلعيد"], with_ids=True)
    assert [f[0] for f in found] == ["شكري بلعيد", "بالعيد"]
    assert found[0][1] == found[1][1]


def test_a_respelt_surname_right_after_the_first_name_alone_makes_one_mention():
    # (the shipped recogniser: a headline's first name alone is the document's person, then its surname respelt)
    texts = ["رضا بالحاج : خوض الانتخابات غير مطروح",
             "قال رضا بلحاج، رئيس الهيئة السياسية للحركة، إن الحزب بصدد الاعداد.",
             "وأكد بلحاج أن الحزب يفصل بين المحطات."]
    segs = _segs(texts).assign(section=["title", "paragraph", "paragraph"])
    df = find_mentions(segs)
    df = df[df["entity_type"] == "person"].sort_values(["position", "start"])
    found = [(texts[r.position][r.start:r.end], r.entity_id) for r in df.itertuples()]
    assert [f[0] for f in found] == ["رضا بالحاج", "رضا بلحاج", "بلحاج"]
    assert len({f[1] for f in found}) == 1


def _respelt(texts, rows):
    """respelled_surnames on rows ``(k, start, end, entity)`` given as the name's text: the words it adds."""
    from collections import defaultdict

    from marsad.mentions.respelled_surnames import respelled_surnames

    spans, given = defaultdict(list), []
    for i, (k, name, eid) in enumerate(rows):
        s = texts[k].index(name)
        spans[k].append((s, s + len(name)))
        given.append((i, k, s, s + len(name), eid))
    added, widened = respelled_surnames(texts, ["d"] * len(texts), given, spans)
    return [(texts[k][s:e], eid) for k, s, e, eid in added], widened


def test_no_respelt_surname_where_two_people_share_its_skeleton_or_the_word_is_another():
    texts = ["وقال سامي بلعيد إن المشروع جاهز، وأكد منير بالعيد ذلك.", "ثم رد بلعايد على الأسئلة."]
    assert _respelt(texts, [(0, "سامي بلعيد", "a"), (0, "منير بالعيد", "b")]) == ([], {})
    assert _respelt(texts, [(0, "سامي بلعيد", "a")]) == ([("بالعيد", "a"), ("بلعايد", "a")], {})
    texts = ["وقال يوسف الشاهد إن الحكومة ماضية.", "وهي متحصلة على شهادة ختم الدروس."]
    assert _respelt(texts, [(0, "يوسف الشاهد", "a")]) == ([], {})
    assert _people(texts, [r"يوسف الشاهد"]) == ["يوسف الشاهد"]
    # a common word of the same skeleton away from the first name is no mention (بالحاج 'with the pilgrim')
    texts = ["قال رضا بلحاج إن الحزب مستعد.", "واحتفل الأهالي بالحاج العائد."]
    assert _respelt(texts, [(0, "رضا بلحاج", "a")]) == ([], {})


# (c) a one-word name found once, named again alone

def test_a_one_word_name_after_a_role_names_its_person_again_in_the_document():
    texts = ["كارينيو: قرار إقالتي مفاجأة",
             "أكد المدرب الأوروغوياني كارينيو، أن اجتماع الإدارة به لم يستغرق عشر دقائق.",
             "وقال كارينيو في حديثه بعد ساعات من إقالته إنه تفاجأ.",
             "واختتم كارينيو حديثه بالشكر."]
    found = _people(texts, [r"(?<=الأوروغوياني )كارينيو"], with_ids=True)
    assert [f[0] for f in found] == ["كارينيو"] * 4
    assert len({f[1] for f in found}) == 1


def test_a_first_name_or_a_common_word_found_alone_is_not_spread():
    # a known first name alone names anyone of that name: its other occurrences stay unnamed
    texts = ["أكد المدرب الأوروغوياني محمد، أن الاجتماع لم يستغرق عشر دقائق.", "وقال محمد صلاح إنه جاهز.",
             "وقال محمد في حديثه إنه تفاجأ."]
    found = _people(texts, [r"(?<=الأوروغوياني )محمد", r"محمد صلاح"])
    assert found.count("محمد") <= 1
    assert not P._one_word_name_again("السلام", "ner", P.title_words(), P.common_words())
    assert not P._one_word_name_again(normalize("الحوثي"), "ner", P.title_words(), P.common_words())
    assert P._one_word_name_again(normalize("كارينيو"), "ner", P.title_words(), P.common_words())


def test_a_respelt_surname_is_one_long_vowel_or_hamza_apart():
    texts = ["واعتقلت السلطات غراهام فانس أمس.", "وجاء اعتقال فينس رغم التقرير."]
    assert _respelt(texts, [(0, "غراهام فانس", "a")]) == ([("فينس", "a")], {})
    # two letters apart: a month is no ordinal (أيلول، الأول), a verb no surname (يصلح، صلاح)
    texts = ["وتوج ريتشارد الأول ملكا.", "وفي أيلول الماضي وصل الوفد."]
    assert _respelt(texts, [(0, "ريتشارد الأول", "a")]) == ([], {})
    texts = ["وسجل محمد صلاح هدفين.", "ولا يصلح هذا الحل للفريق."]
    assert _respelt(texts, [(0, "محمد صلاح", "a")]) == ([], {})


# (d) a name of two words between two people's names of a list

def test_a_name_between_two_names_of_a_list_is_a_person():
    texts = ["وسيدرس التلاميذ تاريخ المقاومة من عمر المختار إلى سليم العياري إلى منصور الهويدي ثم فرحات حشاد.",
             "من بينهم المصمم المصري هاني البحيري والفلسطيني ساهر عوكل والروسي سلافا زايتزيف."]
    found = _people(texts, [r"عمر المختار", r"(?<=إلى )سليم العياري", r"فرحات حشاد", r"هاني البحيري",
                            r"سلافا زايتزيف"])
    assert "منصور الهويدي" in found and "ساهر عوكل" in found


def test_no_list_name_where_a_joint_a_title_or_a_sentence_end_is_missing():
    texts = ["والتقى سليم العياري مدير الشركة ثم فرحات حشاد في المقر.",       # a title
             "وتحدث سليم العياري عن الأزمة المالية ثم فرحات حشاد عن الحلول.",    # no joint before the words
             "ووصل سليم العياري. زيارة قصيرة ثم فرحات حشاد أمس."]              # a full stop
    found = _people(texts, [r"سليم العياري", r"فرحات حشاد"])
    assert found == ["سليم العياري", "فرحات حشاد"] * 3


def test_no_respelt_surname_or_learned_name_that_is_a_noun_of_the_language(monkeypatch):
    # جامعة ('a unifying [figure]'; الجامعة a word of the news text) is no respelling of جمعة
    texts = ["وقال محمد جمعة إن الهيئة مستمرة.", "فشلت في أن تكوني شخصية جامعة."]
    assert _respelt(texts, [(0, "محمد جمعة", "a")]) == ([], {})
    # a learned given name before a noun whose ال form is a word of the news text (خاميس مرجع 'James is a reference')
    monkeypatch.setattr(role_recognisers, "learned_given_names", lambda: frozenset({"خاميس"}))
    assert P.learned_name_recognizer(["وقال المدرب: خاميس مرجع بالنسبة لنا."]) == [[]]
