"""A rejection whose object is a pronoun or a demonstrative ("رفض ذلك") has no object of its own: the thing rejected
is what the sentence already named, maybe the other side's act. Before the thirty-fifth session the test read a
second, later regex of the same name (a verb's object pronoun at a word's end), so a demonstrative object counted
as a thing of its own (found when extract.py was split into modules: the name was bound twice)."""
import re

from marsad.events.gates import _rejects_other_thing


def _cue(norm):
    return re.search("رفض", norm)


def test_a_demonstrative_object_is_not_a_thing_of_its_own():
    for norm in ("رفض ذلك", "رفض هذا الامر", "رفضه"):
        assert not _rejects_other_thing(norm, _cue(norm), [], len(norm)), norm


def test_a_noun_object_is_a_thing_of_its_own():
    norm = "رفض دعم الارهاب"
    assert _rejects_other_thing(norm, _cue(norm), [], len(norm))
