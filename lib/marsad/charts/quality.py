"""How far to trust a report: the accuracy measured on news Marsad was not written or trained for.

The numbers live in ``marsad/data/quality/measured.json`` (counts, the parts they were measured on and the
command that measures them; ``docs/EVALUATION.md`` holds every run). The reports show one plain sentence per
analysis, so that a reader sees next to the chart what an absent event or a missed name may mean.
"""
from __future__ import annotations

import json
from functools import lru_cache

from marsad.charts.base import and_list
from marsad.resources import data_path

__all__ = ["measured", "trust_note", "trust_short", "corpus_outlets", "NO_OUTLET", "outlets_own", "trained_on"]

KINDS = ("events", "people", "topics")


@lru_cache(maxsize=1)
def measured() -> dict:
    """The measured accuracy of each analysis (``events``, ``people``, ``topics``), as shipped."""
    return json.loads(data_path("quality", "measured.json").read_text("utf-8"))


def _share(part: int, whole: int) -> str:
    """``part/whole`` as a percentage, or ``"n/a"`` when nothing was measured."""
    return f"{part / whole:.0%}" if whole else "n/a"


def _measured_for(kind: str) -> dict:
    """The shipped measurements of ``kind`` (``events``, ``people`` or ``topics``); ValueError for any other."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return measured()[kind]


def trust_note(kind: str, *, trained_outlets=(), new_outlets=(), unit: str = "ticker", batch: int | None = None) -> str:
    """One or two English sentences on how far to trust the ``kind`` analysis on new news.

    ``trained_outlets``: for ``topics``, the names of the corpus's outlets the model was trained on. The
    leave-one-outlet-out figure is about a new outlet; on Al Arabiya's or France 24's own titles it is not this
    corpus's accuracy, and the first screen says so (the note further down the report was the only place it did).
    ``new_outlets``: the corpus's other outlets, new to the model: then only part of the corpus comes from a trained
    outlet ("This corpus comes from France 24" of 583 titles half from CNN Arabic, audit42) and the measured figures
    apply to the rest. ``unit`` (``ticker`` or ``title``) and ``batch`` (the most headlines of one outlet the run read together): for
    ``topics``, which of the two measured readings this corpus is near, a whole outlet read together or batches of 58
    (a ticker's size); a corpus of titles was told of "a new outlet's ticker" (audit41).

    Raises:
        ValueError: for a kind other than ``events``, ``people`` or ``topics``.
    """
    m = _measured_for(kind)
    # counts with thousands separators, as every other number of the reports ("1,423 mentions", not "1423")
    if kind == "events":
        return (f"How far to trust this timeline: on hand-annotated news of country pairs the rules were not written "
                f"for, {_share(m['right_actors'], m['system_events'])} of the events Marsad drew had the right two "
                f"countries in the right roles ({m['right_actors']:,} of {m['system_events']:,}), but it found only "
                f"{_share(m['found_actors'], m['gold_events'])} of the real interactions "
                f"({_share(m['found_actors_kind_date'], m['gold_events'])} with the right kind and date; "
                f"{m['gold_events']:,} events in all). Read the events as examples with their evidence, not as a "
                f"complete record: a quiet lane or a gap does not mean nothing happened (measured {m['measured']}; "
                f"docs/EVALUATION.md).")
    if kind == "people":
        if not m.get("person_gold"):
            return ""
        return (f"How far to trust these counts: on hand-annotated articles the rules were not written for, "
                f"{_share(m['person_right'], m['person_system'])} of the people found were right and "
                f"{_share(m['person_found'], m['person_gold'])} of the person mentions were found "
                f"({m['person_gold']:,} mentions); for countries {_share(m['country_right'], m['country_system'])} and "
                f"{_share(m['country_found'], m['country_gold'])} ({m['country_gold']:,} mentions). A person named "
                f"by one word only (a first name, a surname or a nickname) is the most likely miss "
                f"(measured {m['measured']}; docs/EVALUATION.md).")
    text = (f"How far to trust this mix: with each training outlet left out in turn, the model put "
            f"{m['forced_accuracy']:.0%} of that outlet's headlines under the publisher's own section when it read "
            f"all of them together ({m['batch_accuracy']:.0%} in ticker-sized batches of {TICKER_BATCH}), with a mean "
            f"recall per topic of {m['mean_class_recall']:.0%}. " + _expect(m, unit, batch)
            + f" (measured {m['measured']}; docs/EVALUATION.md).")
    if trained_outlets and new_outlets:
        text += (f" Part of this corpus comes from {and_list(trained_outlets)}, which the model was trained on "
                 f"(perhaps on these very headlines): there its mix will agree with {outlets_own(trained_outlets)} sections "
                 "more than on a new outlet, and that agreement is no measure of accuracy on new news; the figures "
                 f"above are for the rest, from {and_list(new_outlets)}, new to the model.")
    elif trained_outlets:
        text += (f" This corpus comes from {and_list(trained_outlets)}, which the model was trained on (perhaps on "
                 f"these very headlines): its mix will agree with {outlets_own(trained_outlets)} sections more than "
                 "on a new outlet, and that agreement is no measure of accuracy on new news.")
    return text


# The topic model's two measured readings (docs/EVALUATION.md, headline topics): a held-out outlet's headlines read
# in random batches of this many (a ticker's size), and all of them read together
TICKER_BATCH = 58
# A batch of fewer headlines than this reads as a ticker-sized one; of this many or more (the batch reading then also
# self-trains on the batch, classifier.SMOOTH_MIN_BATCH) as a whole outlet; in between, between the two
WHOLE_BATCH = 1_000


def _one_in(accuracy: float) -> int:
    return max(1, round(1 / (1 - accuracy))) if accuracy < 1 else 0


def _expect(m: dict, unit: str, batch: int | None) -> str:
    """The sentence of what to expect on this corpus: a ticker's headlines, or a corpus of ``batch`` titles."""
    if unit != "title":
        return (f"Expect about one headline in {_one_in(m['batch_accuracy'])} on a new outlet's ticker to be placed "
                "under another topic")
    small, whole = _one_in(m["batch_accuracy"]), _one_in(m["forced_accuracy"])
    if not batch:
        return (f"This corpus has no ticker: its titles are read together, one batch per outlet; expect between one "
                f"title in {whole} and one in {small} on a new outlet to be placed under another topic")
    many = f"{batch:,} title{'s' if batch != 1 else ''}"
    if batch < 2 * TICKER_BATCH:
        return (f"This corpus has no ticker: at most {many} of one outlet are read together, a ticker's size, so "
                f"expect about one title in {small} on a new outlet to be placed under another topic")
    if batch >= WHOLE_BATCH:
        return (f"This corpus has no ticker: up to {many} of one outlet are read together, as a whole outlet was, so "
                f"expect about one title in {whole} on a new outlet to be placed under another topic")
    return (f"This corpus has no ticker: at most {many} of one outlet are read together, between the two sizes "
            f"measured, so expect between one title in {whole} and one in {small} on a new outlet to be placed "
            "under another topic")


def _expected_share(m: dict, unit: str, batch: int | None) -> str:
    """``"about 79%"`` or ``"between 79% and 87%"``: the share of headlines :func:`_expect` tells this corpus to expect
    under their publisher's own section (the same reading, as a share)."""
    small, whole = f"{m['batch_accuracy']:.0%}", f"{m['forced_accuracy']:.0%}"
    if unit != "title" or (batch and batch < 2 * TICKER_BATCH):
        return f"about {small}"
    if batch and batch >= WHOLE_BATCH:
        return f"about {whole}"
    return f"between {small} and {whole}"


# The new outlets' name for a corpus's documents that name no outlet (no ``source``): beside a trained outlet's,
# "This corpus comes from France 24" was said of a corpus two thirds of whose documents named none (review44)
NO_OUTLET = "documents of no named outlet"


def corpus_outlets(sources, trained) -> tuple[list[str], list[str]]:
    """``(trained_on, new)``: the display names of a corpus's headline ``sources`` (a Series) that the topic model was
    ``trained`` on (its ``sources``), and of the others, with :data:`NO_OUTLET` among them when a headline has no
    source (missing or blank); both in the sources' order."""
    from marsad.charts.base import outlet_key, outlet_name

    keys = {outlet_key(t) for t in trained}
    named = sorted({str(s).strip() for s in sources.dropna()} - {""})
    seen = [outlet_name(s) for s in named if outlet_key(s) in keys]
    new = [outlet_name(s) for s in named if outlet_key(s) not in keys]
    if sources.isna().any() or (sources.dropna().astype(str).str.strip() == "").any():
        new.append(NO_OUTLET)
    return list(dict.fromkeys(seen)), list(dict.fromkeys(new))


def outlets_own(outlets) -> str:
    """"that outlet's own" of one outlet, "those outlets' own" of several: "This corpus comes from Al Arabiya and
    France 24 … will agree with that outlet's own sections" (audit44)."""
    return "that outlet's own" if len(list(outlets)) == 1 else "those outlets' own"


def trained_on(outlets) -> str:
    """"France 24, an outlet the model was trained on", or of several "Al Arabiya and France 24, outlets the model
    was trained on" (it read "Al Arabiya, France 24, an outlet the model was trained on", audit44)."""
    from marsad.charts.base import outlet_name

    names = [outlet_name(o) for o in outlets]
    return and_list(names) + (", an outlet" if len(names) == 1 else ", outlets") + " the model was trained on"


def _among(trained_outlets, new_outlets=()) -> str:
    """The trained outlets' place among this corpus's: "this corpus's outlet(s)" when they are all of them, else "one
    of this corpus's outlets" or "2 of this corpus's outlets" ("Al Arabiya and France 24, one of this corpus's
    outlets" was said of titles from those two and CNN, review48; "this corpus's outlet" of two, audit39)."""
    n = len(list(trained_outlets))
    if not list(new_outlets):
        return "this corpus's outlet" if n == 1 else "this corpus's outlets"
    return f"{'one' if n == 1 else n} of this corpus's outlets"


def trust_short(kind: str, *, trained_outlets=(), new_outlets=(), unit: str = "ticker",
                batch: int | None = None) -> str:
    """A few words on how far to trust the ``kind`` analysis, for the run's index under the report's headline.

    The index is what a reader skims first: a headline ("12 events between Russia and North Korea") quoted
    from there had no caveat. "" for people when nothing was measured. ``new_outlets``, ``unit`` and ``batch``: as
    for :func:`trust_note`.

    Raises:
        ValueError: for a kind other than ``events``, ``people`` or ``topics``.
    """
    m = _measured_for(kind)
    if kind == "events":
        return (f"How sure: on unseen news {_share(m['right_actors'], m['system_events'])} of the events drawn are "
                f"right, but only {_share(m['found_actors'], m['gold_events'])} of the real ones are found.")
    if kind == "people":
        if not m.get("person_gold"):
            return ""
        return (f"How sure: on unseen articles {_share(m['person_right'], m['person_system'])} of the people "
                f"found are right and {_share(m['person_found'], m['person_gold'])} of person mentions are found.")
    if trained_outlets and new_outlets:  # "France 24, this corpus's outlet" of titles half from CNN (audit42)
        # the reading trust_note's _expect names for this corpus: "about 87 %" (a whole outlet read together) on the
        # index of a ticker whose note said one headline in 5 misplaced (79 %, ticker-sized batches) (review44)
        units = "titles" if unit == "title" else "headlines"
        return (f"How sure: the model was trained on {and_list(trained_outlets)}, "
                f"{_among(trained_outlets, new_outlets)}, whose {units} read better than a new outlet's; on "
                f"{and_list(new_outlets)}, new to it, expect {_expected_share(m, unit, batch)} of {units} to get "
                "their publisher's own section.")
    if trained_outlets:  # "on an outlet it was not trained on" read as this corpus's accuracy on Al Arabiya's titles
        return (f"How sure: the model was trained on {and_list(trained_outlets)}, {_among(trained_outlets)}, so its "
                f"mix reads better here than on a new outlet (there {m['forced_accuracy']:.0%} of headlines get their "
                "publisher's own section).")
    if unit == "title":  # a corpus of titles is no ticker: which reading it is near (audit41)
        return (f"How sure: on an outlet it was not trained on, {m['forced_accuracy']:.0%} of headlines get their "
                f"publisher's own section read all together, {m['batch_accuracy']:.0%} in batches of {TICKER_BATCH}"
                + (f"; this corpus reads up to {batch:,} title{'s' if batch != 1 else ''} of an outlet together."
                   if batch else "."))
    return (f"How sure: on an outlet it was not trained on, {m['forced_accuracy']:.0%} of headlines get their "
            f"publisher's own section ({m['batch_accuracy']:.0%} in ticker-sized batches).")
