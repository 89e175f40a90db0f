"""The matcher lays its automaton out for speed (speed only: the more frequent letters first at every node, the first
levels made first, see ``matcher._automaton_of``). The automaton must hold the same keys with the same ids and report
the same hits, in the same order, as one built with the keys added in their id order."""
from __future__ import annotations

import ahocorasick

from marsad.lang.text import normalize
from marsad.mentions.matcher import JOIN, _automaton_of, default_matcher, separate

SENTENCES = [
    "قال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستنسحب من سوريا",
    "واستقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية الروسي سيرغي لافروف في الرياض",
    "وبحث الملك عبدالله الثاني مع الرئيس الفرنسي إيمانويل ماكرون الأوضاع في ليبيا واليمن",
    "أعلنت وزارة الخارجية المصرية أن القاهرة وباريس اتفقتا على تعزيز التعاون",
    "والتقى أردوغان بنظيره الإيراني حسن روحاني على هامش القمة في أنقرة",
    "لاعب برشلونة ليونيل ميسي يفوز بالكرة الذهبية للمرة السادسة",
    "",
]


def _plain(keys):
    automaton = ahocorasick.Automaton()
    for i, key in enumerate(keys):
        automaton.add_word(key, i)
    automaton.make_automaton()
    return automaton


def test_the_automaton_holds_the_keys_with_their_ids_and_no_prefix_it_made():
    keys = [" ب ", " ا ", " اا ", " اب ", " ا", " مصر ", " ومصر ", " الولايات المتحدة "]
    automaton = _automaton_of(keys)
    assert len(automaton) == len(keys)
    assert sorted(automaton.items()) == sorted(zip(keys, range(len(keys))))
    for prefix in (" ", " ال", " الو", " م", " وم"):  # (made first, then removed)
        assert prefix not in automaton
    text = " وزار ا مصر ومصر اب  الولايات المتحدة ب اا "
    assert list(automaton.iter(text)) == list(_plain(keys).iter(text))


def test_the_matcher_reports_the_hits_of_an_automaton_built_in_key_order():
    matcher = default_matcher()
    matcher.infos  # builds it
    built = matcher._automaton
    keys = sorted(built.keys(), key=built.get)  # (the ids in the order the keys were made)
    assert [built.get(k) for k in keys] == list(range(len(keys)))
    text = separate(JOIN.join(["", *(normalize(s) for s in SENTENCES), ""]))
    hits = list(built.iter(text))
    assert len(hits) > 20
    assert hits == list(_plain(keys).iter(text))
