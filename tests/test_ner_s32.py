"""Session 32 (ner32): the learned given names as a CRF feature (``pg``), read only from the unannotated-text rows."""
from marsad.mentions import ner
from marsad.training import ner as T


def _features(gaz):
    return ner.Features(gaz, {}, ner.CONTEXT)


def test_pg_flag_fires_for_a_learned_given_name_and_its_clitic_form():
    gaz = {"per_first": frozenset(), "per_last": frozenset(), "loc": frozenset(), "per_given": frozenset({"ارتورو"})}
    f = _features(gaz)
    assert "pg" in f.base("ارتورو")
    assert "pg" in f.base("وارتورو")
    assert "pg" not in f.base("الحكومة")


def test_gazetteers_without_the_learned_list_give_the_old_features():
    old = {"per_first": frozenset({"محمد"}), "per_last": frozenset(), "loc": frozenset()}
    new = {**old, "per_given": frozenset()}
    for w in ("محمد", "ارتورو", "الحكومة"):
        assert _features(old).base(w) == _features(new).base(w)
        assert "pg" not in _features(old).base(w)


def test_learned_given_words_keeps_only_the_named_sources(tmp_path):
    p = tmp_path / "learned.txt"
    p.write_text("# header\n# word<TAB># source n/of\nارتورو\t# ant 6/6\nاميلي\t# anercorp 2/2\n\nbad line\n", "utf-8")
    assert T.learned_given_words(p) == frozenset({"ارتورو"})
    assert T.learned_given_words(p, sources=("ant", "anercorp")) == frozenset({"ارتورو", "اميلي"})
    assert T.learned_given_words(tmp_path / "missing.txt") == frozenset()
