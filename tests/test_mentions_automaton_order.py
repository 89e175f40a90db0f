"""The matcher adds its keys to the automaton with the more frequent letters first (speed only: a node searches its
children in the order they were added). The automaton must report the same hits, in the same order, as one built
with the keys in their id order."""
from __future__ import annotations

import ahocorasick

from marsad.lang.text import normalize
from marsad.mentions.matcher import JOIN, _frequent_letters_first, default_matcher, separate

SENTENCES = [
    "قال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستنسحب من سوريا",
    "واستقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية الروسي سيرغي لافروف في الرياض",
    "وبحث الملك عبدالله الثاني مع الرئيس الفرنسي إيمانويل ماكرون الأوضاع في ليبيا واليمن",
    "أعلنت وزارة الخارجية المصرية أن القاهرة وباريس اتفقتا على تعزيز التعاون",
    "والتقى أردوغان بنظيره الإيراني حسن روحاني على هامش القمة في أنقرة",
    "لاعب برشلونة ليونيل ميسي يفوز بالكرة الذهبية للمرة السادسة",
    "",
]


def test_the_keys_come_with_their_ids_more_frequent_letters_first():
    # the space is the most frequent letter, then ا (4 times), then ب (twice): at the node after the space
    # ا's child is added first, as is the end of a key (the space) after ا
    keys = [" ب ", " ا ", " اا ", " اب "]
    assert _frequent_letters_first(keys) == [(" ا ", 1), (" اا ", 2), (" اب ", 3), (" ب ", 0)]


def test_the_automaton_reports_the_hits_of_one_built_in_key_order():
    matcher = default_matcher()
    matcher.infos  # builds it
    built = matcher._automaton
    keys = list(built.keys())
    plain = ahocorasick.Automaton()
    for key in sorted(keys, key=built.get):  # (the ids in the order the keys were made)
        plain.add_word(key, built.get(key))
    plain.make_automaton()
    text = separate(JOIN.join(["", *(normalize(s) for s in SENTENCES), ""]))
    hits = list(built.iter(text))
    assert len(hits) > 20
    assert hits == list(plain.iter(text))
