"""Probe words (speed34): the matcher's automaton pass also reports the places of words some passes look for, apart
from the matches, and the shown-country gate reads its words' places from there: the same runs as its own search."""
from __future__ import annotations

import random

import numpy as np
import pytest

from marsad.lang.text import normalize
from marsad.mentions.matcher import JOIN, Matcher, default_matcher, default_probes, separate
from marsad.mentions.offsets import originals
from marsad.mentions.pipeline import _probe_units, _scan
from marsad.mentions.shown_countries import candidate_runs, matched_runs, probe_words

ROWS = [{"id": "RU", "label": "country", "pattern": "روسيا"}, {"id": "ML", "label": "country", "pattern": "مالي"},
        {"id": "Q1", "label": "person", "pattern": "فلاديمير بوتين"}]


def test_probes_are_reported_apart_and_change_no_match():
    text = separate(JOIN.join(["", normalize("زار بوتين روسيا وشمالي مالي"), normalize("المالية وبنين"), ""]))
    plain = Matcher(ROWS)
    probed = Matcher(ROWS, probes=("مالي", "بنين"))
    places: list = []
    got = probed.scan_joined(text, probes=places)
    for a, b in zip(got, plain.scan_joined(text)):
        assert a.tolist() == b.tolist()
    assert probed.match("زار بوتين مالي") == plain.match("زار بوتين مالي")
    (start, pid), = places
    found = sorted((int(s), probed.probes[p]) for s, p in zip(start.tolist(), pid.tolist()))
    assert [w for _s, w in found] == ["مالي", "مالي", "مالي", "بنين"]  # (inside شمالي and المالية too)
    assert all(text[s:s + len(w)] == w for s, w in found)
    with pytest.raises(ValueError):
        probed.add_probes([" مالي "])


def test_the_default_matcher_carries_the_stage_probes():
    assert set(probe_words()) <= set(default_probes()) <= set(default_matcher().probes)


def test_shown_country_runs_from_the_probes_are_the_searched_runs():
    rng = random.Random(34)
    words = ["مالي", "المالي", "المالية", "ومالي", "بمالي", "شمالي", "إجمالي", "مالى", "مـالي", "مَالي", "بنين", "وبنين",
             "سيول", "كابل", "البوركيني", "بوركيني", "الماليين", "مالي😀", "5مالي", "maliمالي", "كابلات", "بنينة"]
    glue = ["", " ", "، ", "ـ", "َ", "\n", "#", "_"]
    texts = ["".join(rng.choice(glue) + rng.choice(words) for _ in range(rng.randrange(1, 6))) for _ in range(400)]
    texts += ["", "مالي", "لا شيء هنا"]
    joined = JOIN.join(["", *texts, ""])
    orig = originals(joined, texts, len(JOIN))
    matcher = default_matcher()
    places: list = []
    _scan(matcher, orig, places)
    batch = (joined, orig.base, orig.units, orig.pairs)
    searched = matched_runs(texts, candidate_runs(texts, batch))
    probed = matched_runs(texts, candidate_runs(texts, batch, _probe_units(orig, places, matcher, probe_words())))
    assert probed == searched
    assert len(searched) > 100
    assert np.all(np.diff([k * 10**6 + s for k, s in probed]) > 0)  # (in text order, once each)
