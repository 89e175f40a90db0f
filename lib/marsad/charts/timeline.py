"""Figures and tables for the relations timeline: dyad lanes, a static version, a Goldstein curve, a chronicle.

Events come from :func:`marsad.events.extract_events`. The lanes are named (Russia – North Korea), every
point is labelled, and the marker says how sure the event is: filled for ``reported``, hollow for
``intent``, ``alleged`` and ``hypothetical`` (hidden unless asked for), a cross for ``denied``. Events
dated to a day are points; a month, a year, a decade or an approximate date is a span over the whole
interval; an event the text does not date sits at the publication day, its status mark led into by a thin
line from the left ("on or before"): the mark keeps saying how sure it is. The default view covers the period that holds the recent events; older history gets
its own strip below. Every label and hover is escaped (scraped text).
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from marsad.charts.base import escape_html, hover_text, matplotlib_font, mpl_text, outlet_name, period_bars, plural

__all__ = [
    "timeline_figure", "timeline_static", "placed_events", "goldstein_curve", "events_table", "chronicle_table", "url_outlets", "background_html",
    "country_name", "dyad_label", "pairs_caption", "partners_apart", "goldstein_pairs_sentence", "split_periods", "place_labels", "phone_counts", "focus_range", "focus_sentence", "static_lane_layout", "goldstein_events", "date_words",
    "ROOT_COLORS", "ROOT_LABELS", "STATUS_SYMBOLS",
]

# CAMEO roots: cooperation in greens/blues, investigation grey, conflict in oranges/reds.
ROOT_COLORS = {
    "01": "#9ecae1", "02": "#6baed6", "03": "#4292c6", "04": "#2171b5", "05": "#41ab5d", "06": "#238b45",
    "07": "#006d2c", "08": "#74c476", "09": "#969696", "10": "#fdae6b", "11": "#fd8d3c", "12": "#f16913",
    "13": "#d94801", "14": "#a63603", "15": "#fc9272", "16": "#fb6a4a", "17": "#ef3b2c", "18": "#cb181d",
    "19": "#a50f15", "20": "#67000d",
}
ROOT_LABELS = {
    "01": "01 statement", "02": "02 appeal", "03": "03 intent to cooperate", "04": "04 consult/visit",
    "05": "05 diplomatic cooperation", "06": "06 material cooperation", "07": "07 provide aid", "08": "08 yield",
    "09": "09 investigate", "10": "10 demand", "11": "11 disapprove", "12": "12 reject", "13": "13 threaten",
    "14": "14 protest", "15": "15 force posture", "16": "16 reduce relations", "17": "17 coerce",
    "18": "18 assault", "19": "19 fight", "20": "20 mass violence",
}
# plotly marker symbol and matplotlib (marker, filled) per status
STATUS_SYMBOLS = {
    "reported": ("circle", ("o", True)), "intent": ("diamond-open", ("D", False)),
    "alleged": ("circle-open", ("o", False)), "hypothetical": ("circle-open-dot", ("o", False)),
    "denied": ("x-thin-open", ("x", True)),
}
STATUS_WORDS = {"reported": ("reported", "وقع"), "intent": ("intent / plan", "نية أو خطة"),
                "alleged": ("alleged", "مزعوم"), "hypothetical": ("hypothetical", "احتمال"),
                "denied": ("denied / refused", "نفي أو رفض")}
_UNDATED = "before-publication"
_GOLDSTEIN_BINS = [(-10.1, -5, "#b2182b", "≤ −5 conflict"), (-5, -0.01, "#ef8a62", "−5 … 0"),
                   (-0.01, 0.01, "#bababa", "0 neutral"), (0.01, 5, "#67a9cf", "0 … 5"),
                   (5, 10.1, "#2166ac", "≥ 5 cooperation")]
HISTORY_YEARS = 6  # events ending more than this many years before the latest one go to the history strip


# ------------------------------------------------------------------ names
@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    from marsad.mentions.kb import load_kb

    c = load_kb().countries
    return {i: (en, ar) for i, en, ar in zip(c["id"], c["label_en"], c["label_ar"])}


def country_name(code, lang: str = "en") -> str:
    """The English (``lang="en"``) or Arabic (``"ar"``) name of an ISO2 code; the code itself if unknown."""
    names = _countries().get(str(code).upper())
    if not names:
        return str(code)
    return names[0] if lang == "en" else names[1]


def dyad_label(focus, partner) -> str:
    """The lane name of a dyad: "Russia – North Korea"."""
    return f"{country_name(focus)} – {country_name(partner)}"


def pairs_caption(named: pd.DataFrame, focus, partners, *, top: int = 5) -> str:
    """The caption naming the countries a corpus pairs most with ``focus`` in one sentence, and the partners'.

    ``named`` is :func:`marsad.query.countries_named_with`'s table. Its two counts are different things: the
    sentences naming both countries (what an event needs) and the documents naming both anywhere; "Iran (26
    sentences in 31 documents)" read as impossible, so each count says what it counts.

    Returns:
        "" when no other country shares a sentence with ``focus``.
    """
    from marsad.charts.base import plural

    own = named.set_index("entity_id").reindex(list(partners), fill_value=0)
    others = named[(named["sentences"] > 0) & ~named["entity_id"].isin(list(partners))].head(top)
    if others.empty:
        return ""
    listed = ", ".join(
        f"{country_name(r.entity_id)} ({plural(r.sentences, 'sentence')}; both named in "
        f"{plural(r.documents, 'document')})" for r in others.itertuples())
    # "Vietnam 0 sentences" read as "Vietnam is not in this corpus" for a partner named in every document (audit42)
    mine = ", ".join(f"{country_name(p)} {plural(int(own.loc[p, 'sentences']), 'sentence')} ("
                     + (f"both named in {plural(int(own.loc[p, 'documents']), 'document')})" if own.loc[p, 'documents']
                        else f"not named with {country_name(focus)} in any document)") for p in partners)
    return (f"Named in one sentence with {country_name(focus)} most often in this corpus: {listed}; "
            f"this report's partners: {mine}. To chart another pair, run the report with "
            f"-p partners {','.join(others['entity_id'].head(2))}.")


def _other_partners(named: pd.DataFrame | None, partners, top: int = 2) -> pd.DataFrame | None:
    """The ``top`` countries sharing most sentences with the focus, other than ``partners`` (None: none)."""
    if named is None or named.empty:
        return None
    others = named[(named["sentences"] > 0) & ~named["entity_id"].isin(list(partners))].head(top)
    return None if others.empty else others


def _focus_option(codes: list) -> str:
    """The report option that charts the events between the first country and the others: ``-p focus TN -p partners
    DZ,LY`` (``-p focus TN`` alone for one)."""
    return f"-p focus {codes[0]}" + (f" -p partners {','.join(codes[1:])}" if len(codes) > 1 else "")


def focus_absent(countries: pd.DataFrame | None, focus, *, esc=str, top: int = 3) -> str:
    """With no event, what to say when the corpus never names ``focus`` at all, in words ("" when it does, or when
    ``countries`` (:func:`marsad.query.countries_named`) is None).

    A week of Jawhara FM naming France, Algeria and Libya, run with the default Russia, read "No event between
    Russia and North Korea or Vietnam ... North Korea is named with Russia in no document": not that Russia is named
    nowhere, nor which countries the corpus does name, nor the option that charts them (audit43)."""
    if countries is None or focus in set(countries["entity_id"]):
        return ""
    from marsad.charts.base import plural

    f = esc(country_name(focus))
    if countries.empty:
        return f"{f}, this report's focus, is named in no document of this corpus, nor is any other country."
    most = countries.head(top)
    listed = ", ".join(f"{esc(country_name(r.entity_id))} ({plural(r.documents, 'document')})"
                       for r in most.itertuples())
    how = _focus_option(list(most["entity_id"]))
    return (f"{f}, this report's focus, is named in no document of this corpus. The countries it names most: "
            f"{listed}; to chart the events between them, run the report with `{how}`.")


def _or_list(names: list[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def partners_apart(named: pd.DataFrame | None, focus, partners, *, esc=str) -> str:
    """Why a partner has no event, in words: an event needs both countries in one sentence, and the corpus names
    them together in N documents but never in one sentence, or in no document at all ("" when ``named`` is None).

    With no event, "Vietnam 0 sentences" far down the page was all the timeline said of a partner that four of the
    corpus's four documents name beside Russia (audit42); "Cuba" passed with ``-p partners`` and named with Russia
    nowhere got the same words. ``esc`` is applied to each country name (``escape_markdown`` for Markdown)."""
    if named is None:
        return ""
    from marsad.charts.base import plural

    own = named.set_index("entity_id").reindex(list(partners), fill_value=0)
    parts, f = [], esc(country_name(focus))
    for p in partners:
        s, d, name = int(own.loc[p, "sentences"]), int(own.loc[p, "documents"]), esc(country_name(p))
        if s:
            parts.append(f"{name} shares {plural(s, 'sentence')} with {f} (in {plural(d, 'document')}), none read "
                         "as an event between them")
        elif d:
            parts.append(f"{name} is named with {f} in {plural(d, 'document')}, never in one sentence")
        else:
            parts.append(f"{name} is named with {f} in no document")
    return "An event needs both countries in one sentence: " + "; ".join(parts) + "."


def summary_markdown(events: pd.DataFrame, background: pd.DataFrame, focus, partners, *, n_dated: int,
                     named: pd.DataFrame | None = None, countries: pd.DataFrame | None = None) -> str:
    """The timeline report's first sentence (Markdown): how many events, of which pairs, from what, how dated.

    A corpus without any event of the pairs got "0 events (...) from 0 documents and 0 mentions. 0 carry a date of
    their own; the others are dated on or before publication. 0 background statements": five zeros and "the
    others" of nothing. It now says so in words; "the others" is said only when some events are undated. With no
    event, ``named`` (:func:`marsad.query.countries_named_with`) adds why, per partner (:func:`partners_apart`), and
    ``countries`` (:func:`marsad.query.countries_named`), when the corpus names the focus nowhere, says so and which
    countries it names instead (:func:`focus_absent`).
    """
    from marsad.charts.base import escape_markdown, plural

    n = len(events)
    if n == 0:
        pair = _or_list([escape_markdown(country_name(p)) for p in partners])
        absent = focus_absent(countries, focus, esc=escape_markdown)
        if absent:
            return (f"**No event** between {escape_markdown(country_name(focus))} and {pair}: {absent}")
        return (f"**No event** between {escape_markdown(country_name(focus))} and {pair} in this corpus"
                + (f"; **{plural(len(background), 'background statement')}** (standing relations, history)."
                   if len(background) else ", and no background statement (standing relations, history).")
                + (" " + partners_apart(named, focus, partners, esc=escape_markdown) if named is not None else ""))
    by_status = events["status"].value_counts()
    per_pair = "; ".join(f"{dyad_label(focus, p)}: {(events['actor2'] == p).sum()}" for p in partners)
    n_reports = int(events["n_mentions"].sum())
    statuses = ", ".join(f"{v} {escape_markdown(STATUS_WORDS.get(k, (k,))[0])}" for k, v in by_status.items())
    undated = n - n_dated
    if undated == 0:
        dating = "It carries a date of its own." if n == 1 else "**All** carry a date of their own."
    elif n_dated == 0:
        dating = ("It has no date of its own: it is dated *on or before* publication." if n == 1 else
                  "**None** has a date of its own: all are dated *on or before* publication.")
    else:
        dating = (f"**{n_dated:,}** carr{'ies' if n_dated == 1 else 'y'} a date of "
                  f"{'its' if n_dated == 1 else 'their'} own; the other {undated:,} "
                  f"{'is' if undated == 1 else 'are'} dated *on or before* publication.")
    return (f"**{plural(n, 'event')}** ({escape_markdown(per_pair)}) from "
            f"**{plural(events['doc_id'].nunique(), 'document')}** and **{plural(n_reports, 'mention')}**"
            + (f": {statuses}" if statuses else "") + f". {dating} "
            f"**{plural(len(background), 'background statement')}** (standing relations, history).")


def summary_headline(events: pd.DataFrame, focus, partners, *, n_dated: int, named: pd.DataFrame | None = None,
                     countries: pd.DataFrame | None = None) -> str:
    """The timeline's headline on the run's index ("0 events between Russia and North Korea (0), Vietnam (0); 0 with
    their own date" said one thing three times in zeros).

    With no event, ``named`` (:func:`marsad.query.countries_named_with`) adds the countries the corpus names in one
    sentence with ``focus`` most often and the option that charts them: 40 CNN articles of April 2018 naming Russia
    (the Syria strikes) read only "No event between Russia and North Korea or Vietnam" on the index (audit38).
    """
    from marsad.charts.base import plural

    if events.empty:
        text = f"No event between {country_name(focus)} and {_or_list([country_name(p) for p in partners])}"
        if focus_absent(countries, focus):  # (audit43) the corpus names the focus nowhere
            most = countries.head(3)
            if most.empty:
                return text + f": {country_name(focus)} is named nowhere in this corpus, nor is any other country"
            codes = list(most["entity_id"])
            return (text + f": {country_name(focus)} is named nowhere in this corpus; it names most "
                    + _or_list([country_name(c) for c in codes]).replace(" or ", " and ")
                    + f" ({_focus_option(codes)})")
        if named is not None:  # (audit42) the reason, when it is that: no sentence names both
            own = named.set_index("entity_id").reindex(list(partners), fill_value=0)
            if not own["sentences"].any():
                text += (", never named with it in one sentence" if len(partners) > 1 else
                         ", not named with it in one sentence")
        others = _other_partners(named, partners)
        if others is not None:
            text += ("; named with it most: " + ", ".join(
                f"{country_name(r.entity_id)} ({plural(r.sentences, 'sentence')})" for r in others.itertuples())
                + f" (-p partners {','.join(others['entity_id'])})")
        return text
    # one partner: its name alone ("13 events between Russia and Türkiye (13)" said the count twice, review46)
    counts = (country_name(partners[0]) if len(partners) == 1 else
              ", ".join(f"{country_name(p)} ({(events['actor2'] == p).sum()})" for p in partners))
    return (f"{plural(len(events), 'event')} between {country_name(focus)} and {counts}; "
            f"{n_dated:,} with {'its' if len(events) == 1 else 'their'} own date")


# ------------------------------------------------------------------ preparation
def _prepare(events: pd.DataFrame, *, show_hypothetical: bool = True) -> pd.DataFrame:
    ev = events
    if "kind" in ev:
        ev = ev[ev["kind"].fillna("event") == "event"]
    if "status" in ev and not show_hypothetical:
        ev = ev[ev["status"] != "hypothetical"]
    ev = ev[ev["date_end"].notna() | ev["date_start"].notna()].copy()
    if ev.empty:
        return ev
    if "status" not in ev:
        ev["status"] = "reported"
    ev["status"] = ev["status"].fillna("reported")
    ev["lane"] = [dyad_label(a, b) for a, b in zip(ev["actor1"], ev["actor2"])]
    ev["undated"] = ev["precision"].eq(_UNDATED) | ev["date_start"].isna()
    end = pd.to_datetime(ev["date_end"].where(ev["date_end"].notna(), ev["date_start"]))
    start = pd.to_datetime(ev["date_start"].where(ev["date_start"].notna() & ~ev["undated"], ev["date_end"]))
    ev["t0"] = start
    ev["t1"] = end + pd.Timedelta(days=1)  # spans end at the end of their last day
    ev["mid"] = ev["t0"] + (ev["t1"] - ev["t0"]) / 2
    ev.loc[ev["undated"], "mid"] = end[ev["undated"]]
    ev["root"] = ev["cameo_code"].astype(str).str[:2]
    ev["is_point"] = ev["precision"].isin(["day", _UNDATED]) | ev["undated"]
    ev["label"] = [_short_label(r) for _, r in ev.iterrows()]
    return ev.sort_values(["lane", "mid", "undated", "status"])


def placed_events(events: pd.DataFrame, *, show_hypothetical: bool = False) -> int:
    """How many of ``events`` the timeline can place: those with a date of their own or their document's
    publication day (an event of an undated document is only in the chronicle)."""
    return len(_prepare(events, show_hypothetical=show_hypothetical))


_NOTHING_TO_PLACE = ("no event can be placed on the timeline: none has a date of its own or a dated document "
                     "(the chronicle below lists them)")


_MAX_LINES = 4  # lines of one stacked label; the rest is "+N more"
_LABEL_CHAR_PX = 6.3  # width of one character of the interactive figure's 10-px point labels
_PAD = 0.08  # the share of a panel's time span left empty at each end
_STATIC_PAD = 0.1  # the same in the static figure, whose plot is narrower


def _undated_lead(part: pd.DataFrame, pad: float = _PAD, *, focus: bool = False) -> pd.Timedelta:
    """Length of the line that leads into an undated event's mark: 4 % of the panel's time axis."""
    x0, x1 = axis_range(part, pad, focus=focus)
    return (x1 - x0) * 0.04


# A crowded panel opens on the stretch where most of its events are (audit39: 231 Al Arabiya articles of March 2018
# drew 93 Russia-UK/US events, the Skripal expulsions, as one 10-pixel blob, because one event was dated "last
# summer" and one "2018", a bar to January 2019): with at least _FOCUS_MIN events, the middle _FOCUS_SHARE of them
# by date, when they fill under _FOCUS_SPAN of the panel's span. Double-click shows the whole span; the caption
# counts the events left outside (focus_sentence); the static figure keeps the whole span.
_FOCUS_MIN = 12
_FOCUS_SHARE = 0.9
_FOCUS_SPAN = 0.25
# an event this close to the stretch is never left outside the opening view: the whole-span axis pads its events
# by at least as much (axis_range), so such an event is no far outlier stretching the axis
_FOCUS_NEAR = pd.Timedelta(days=20)


def focus_range(part: pd.DataFrame, pad: float = _PAD) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The stretch a crowded panel opens on (see ``_FOCUS_*``), or None when the panel shows its whole span."""
    if len(part) < _FOCUS_MIN:
        return None
    mids = part["mid"].sort_values().reset_index(drop=True)
    # at least one event off each end: under 20 events the share's rounding kept them all, and one Russia-Turkey event
    # of November 2015 stretched a lane of twelve events of March-May 2018 over two and a half years (audit43)
    k = max(1, int(len(mids) * (1 - _FOCUS_SHARE) / 2))
    a, b = mids.iloc[k], mids.iloc[len(mids) - 1 - k]
    # events just beyond that middle stretch (within half its length) stay in view: only the far ones are left out.
    # (review46) "Near" is at least _FOCUS_NEAR: with at least one event off each end, eleven events of one day and one
    # three days later opened on a 4-day view that hid the later one and spread nothing (the stretch had no length)
    reach = max((b - a) / 2, _FOCUS_NEAR)
    near = mids[mids.between(a - reach, b + reach)]
    if len(near) == len(mids):
        # nothing would be left outside: twelve events of one day opened on "5 Mar 2018 - 5 Mar 2018, where 12 of its
        # 12 events are (0 outside that view): double-click the chart to see its whole span" (review46)
        return None
    a, b = near.min(), near.max()
    lo, hi = part["t0"].min(), part["t1"].max()
    if (b - a) >= (hi - lo) * _FOCUS_SPAN:
        return None
    margin = max((b - a) * pad, pd.Timedelta(days=2))
    view = a - margin, b + margin
    # (review39) a lane whose events all lie outside that stretch would open empty, a dyad drawn as if it had no
    # event: then the panel shows its whole span
    if "lane" in part and not part["mid"].between(*view).groupby(part["lane"]).any().all():
        return None
    return view


def axis_range(part: pd.DataFrame, pad: float = _PAD, *, focus: bool = False) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The time axis of one panel: its events' span with ``pad`` of it (at least 20 days) on each side; with
    ``focus``, a crowded panel's :func:`focus_range`."""
    if focus:
        view = focus_range(part, pad)
        if view is not None:
            return view
    lo, hi = part["t0"].min(), part["t1"].max()
    margin = max((hi - lo) * pad, pd.Timedelta(days=20))
    return lo - margin, hi + margin


def focus_sentence(events: pd.DataFrame, *, show_hypothetical: bool = False,
                   history_years: int = HISTORY_YEARS) -> str:
    """What the interactive timeline leaves outside its opening view, in words ("" when it shows everything)."""
    ev = _prepare(events, show_hypothetical=show_hypothetical)
    if ev.empty:
        return ""
    out = []
    for name, part in zip(("recent period", "earlier history"), split_periods(ev, years=history_years)):
        view = focus_range(part)
        if view is None:
            continue
        inside = part["mid"].between(*view)
        first, last = part.loc[inside, "mid"].min(), part.loc[inside, "mid"].max()
        out.append(f"the {name} opens on {first:%-d %b %Y} \u2013 {last:%-d %b %Y}, where {int(inside.sum()):,} of its "
                   f"{len(part):,} events are ({int((~inside).sum()):,} outside that view)")
    if not out:
        return ""
    return ("; ".join(out)[0].upper() + "; ".join(out)[1:] + ": double-click the chart to see its whole span "
            "(the static figure below and the chronicle show every event).")


def place_labels(part: pd.DataFrame, *, width_px: float = 1100, char_px: float = 5.0,
                 pad: float = _PAD, focus: bool = False) -> pd.DataFrame:
    """Give each point of one panel a label slot so that no two labels of a lane overprint.

    Walking a lane from left to right, a point's label (its width estimated from its characters at
    ``char_px`` on a plot ``width_px`` wide) goes above the lane if the previous label above has ended,
    else below if the previous label below has ended; when neither is free it joins the nearer of the two
    stacks (which lists it as one more line, with its own date). Labels of the last 30 % of the span are
    right-aligned to their point so that they stay inside the plot.

    Returns:
        ``part`` with ``label_lines`` (the lines a point shows; empty for a point whose label joined a
        stack) and ``label_pos`` (a plotly text position such as ``"top center"``).
    """
    part = part.copy()
    part["label_lines"] = [[] for _ in range(len(part))]
    part["label_pos"] = "top center"
    if part.empty:
        return part
    x0, x1 = axis_range(part, pad, focus=focus)
    per_char = (x1 - x0) / width_px * char_px
    right_side = x0 + (x1 - x0) * 0.7
    # with ``focus``, only the events inside the opening view are labelled (the others are clipped)
    walked = part[part["mid"].between(x0, x1)] if focus else part
    for _, lane in walked.sort_values("mid").groupby("lane", sort=False):
        stacks: dict[str, dict] = {}  # "top"/"bottom" -> the open stack: anchor index, lines, right end
        for idx, r in lane.iterrows():
            width = per_char * max(len(r["label"]), 1)
            ends_left = r["mid"] > right_side
            left, right = (r["mid"] - width, r["mid"]) if ends_left else (r["mid"] - width / 2, r["mid"] + width / 2)
            free = [side for side in ("top", "bottom") if side not in stacks or left > stacks[side]["right"]]
            if free:
                side = free[0]
                stacks[side] = {"anchor": idx, "labels": [r["label"]], "right": right,
                                "pos": f"{side} {'left' if ends_left else 'center'}"}
            else:
                side = min(stacks, key=lambda k: abs(r["mid"] - lane.at[stacks[k]["anchor"], "mid"]))
                stacks[side]["labels"].append(r["label"])
                stacks[side]["right"] = max(stacks[side]["right"], right)
            stack = stacks[side]
            labels = stack["labels"]
            lines = labels[:_MAX_LINES] + ([f"+{len(labels) - _MAX_LINES} more"] if len(labels) > _MAX_LINES else [])
            part.at[stack["anchor"], "label_lines"] = lines
            part.at[stack["anchor"], "label_pos"] = stack["pos"]
    return part


# On a phone (a plot about 240 px wide beside the lane names) the point labels are hidden, and events a few pixels
# apart print one marker over another: seven events of 19 June in the seed, a week of May in audit41's Russia-Iran
# lane, read as one event (audit42). Those runs of events get a count over them ("7 events"), shown only on a
# narrow screen; tapping it lists them.
_PHONE_PLOT_PX = 240
_PHONE_MARK_PX = 14  # a 12-px marker and its outline: marks closer than this overprint
_PHONE_CHAR_PX = 6.3


def phone_counts(part: pd.DataFrame, *, width_px: float = _PHONE_PLOT_PX, mark_px: float = _PHONE_MARK_PX,
                 pad: float = _PAD) -> list[dict]:
    """The runs of overprinting marks of one panel on a phone, each with the number of events it holds.

    Walking each lane from left to right, an event whose mark is less than ``mark_px`` from the previous one (on a
    plot ``width_px`` wide, over the panel's opening view) joins its run. A run of two or more events gets a count
    label over the lane, or under it when the previous label over it has not ended; when neither is free it joins
    the nearer label, whose count then covers both runs.

    Returns:
        One dict per label: ``lane``, ``x`` (the middle of its events' marks), ``n``, ``side`` (``"top"`` or
        ``"bottom"``), ``anchor`` (``"left"``, ``"center"`` or ``"right"``: the label's end at ``x``), ``labels`` (the
        events' short labels, in date order).
    """
    if part.empty:
        return []
    x0, x1 = axis_range(part, pad, focus=True)
    per_px = (x1 - x0) / width_px
    walked = part[part["mid"].between(x0, x1)]
    out: list[dict] = []
    for lane_name, lane in walked.sort_values("mid", kind="stable").groupby("lane", sort=False):
        runs: list[list] = []
        for _, r in lane.iterrows():
            if runs and r["mid"] - runs[-1][-1]["mid"] < per_px * mark_px:
                runs[-1].append(r)
            else:
                runs.append([r])
        ends: dict[str, dict] = {}  # side -> the last label placed there
        for run in (r for r in runs if len(r) > 1):
            x = min(r["mid"] for r in run) + (max(r["mid"] for r in run) - min(r["mid"] for r in run)) / 2
            wide = per_px * _PHONE_CHAR_PX * len(f"{len(run)} events")
            # near an end of the plot the label runs inward: centred, it went past the figure's edge or over the
            # lane names
            anchor = "left" if x < x0 + (x1 - x0) * 0.15 else "right" if x > x0 + (x1 - x0) * 0.7 else "center"
            left = x - wide * {"left": 0.0, "center": 0.5, "right": 1.0}[anchor]
            free = [side for side in ("top", "bottom") if side not in ends or left > ends[side]["right"]]
            if free:
                label = {"lane": lane_name, "x": x, "n": len(run), "side": free[0], "anchor": anchor,
                         "right": left + wide, "labels": [r["label"] for r in run]}
                ends[free[0]] = label
                out.append(label)
            else:
                label = min(ends.values(), key=lambda v: abs(v["x"] - x))
                label["n"] += len(run)
                label["labels"] += [r["label"] for r in run]
                label["right"] = max(label["right"], left + wide)
    for label in out:
        label.pop("right")
    return out


def _short_label(row) -> str:
    """``"Provide military aid (alleged, ≤ 19 Jun 2024)"``: the kind, the status unless reported, the date."""
    label = str(row.get("event_label") or "")
    label = label if len(label) <= 26 else label[:25] + "…"
    status = row.get("status")
    words = [status] if isinstance(status, str) and status not in ("", "reported") else []
    if row.get("precision") == _UNDATED:
        end = row.get("date_end")
        if end is not None and not pd.isna(end):
            words.append(f"≤ {pd.Timestamp(end):%d %b %Y}")
    else:
        words.append(_date_words(row))
    return f"{label} ({', '.join(words)})" if words else label


def _date_words(row) -> str:
    p, s, e = row.get("precision"), row.get("date_start"), row.get("date_end")
    try:
        if p == _UNDATED or s is None or (isinstance(s, float) and pd.isna(s)):
            return f"on or before {pd.Timestamp(e):%d %b %Y}" if e is not None and not pd.isna(e) else "undated"
        t0, t1 = pd.Timestamp(s), pd.Timestamp(e)
        if p == "day":
            return f"{t0:%d %b %Y}"
        if p == "month":
            return f"{t0:%b %Y}"
        if p == "year":
            return f"{t0:%Y}"
        if p == "decade":
            return f"{t0:%Y}s"
        if p == "since":
            return f"since {t0:%Y}"
        return _span_words(t0, t1)
    except (ValueError, TypeError):
        return str(s or e or "")


def _span_words(t0, t1) -> str:
    """A stretch of days in the words of the day dates: "Jun – Aug 2017" (whole months), "05 – 09 Mar 2018",
    "28 Dec 2017 – 03 Jan 2018". "2017-06-01 … 2017-08-31" broke inside a date in a narrow chronicle column
    ("2017-08-" / "31", audit40) and took 23 characters of a timeline label."""
    if t1 < t0:
        t0, t1 = t1, t0
    whole = t0.day == 1 and t1.day == t1.days_in_month
    if whole:
        if (t0.year, t0.month) == (t1.year, t1.month):
            return f"{t0:%b %Y}"
        return f"{t0:%b} – {t1:%b %Y}" if t0.year == t1.year else f"{t0:%b %Y} – {t1:%b %Y}"
    if t0.year != t1.year:
        return f"{t0:%d %b %Y} – {t1:%d %b %Y}"
    return f"{t0:%d} – {t1:%d %b %Y}" if t0.month == t1.month else f"{t0:%d %b} – {t1:%d %b %Y}"


def split_periods(events: pd.DataFrame, *, years: int = HISTORY_YEARS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split prepared events into the recent period and older history (ending ``years`` before the latest)."""
    if events.empty:
        return events, events
    cutoff = events["t1"].max() - pd.DateOffset(years=years)
    old = events["t1"] < cutoff
    return events[~old], events[old]


def _group_key(ev: pd.DataFrame, color: str) -> pd.Series:
    if color == "goldstein":
        def bin_of(g):
            for lo, hi, _, label in _GOLDSTEIN_BINS:
                if pd.notna(g) and lo < g <= hi:
                    return label
            return "no score (not a reported fact)"
        return ev["goldstein"].map(bin_of)
    if color != "cameo":
        raise ValueError(f"color must be 'cameo' or 'goldstein', not {color!r}")
    return ev["root"].map(lambda r: ROOT_LABELS.get(r, "uncoded"))


def _color_of(label: str) -> str:
    for _, _, col, lab in _GOLDSTEIN_BINS:
        if lab == label:
            return col
    return ROOT_COLORS.get(label[:2], "#636363")


def _hover_sources(row) -> str:
    """The outlets of an event's hover, by name: ``source_names`` holds the ANT codes ("alarabia;cnn"), which the
    timeline's hover showed as written (audit39, audit40: "1 in 1 document(s) · alarabia")."""
    names = row.get("source_names")
    if isinstance(names, str) and names.strip():
        shown = list(dict.fromkeys(outlet_name(n.strip()) for n in names.split(";") if n.strip()))
        return ", ".join(shown)
    return row.get("sources") or row.get("doc_id")


def _reports(row) -> str:
    """"2 mentions in 1 document", as the chronicle says it ("reports: 2 in 1 document(s)" read as two reports)."""
    counts = []
    for key in ("n_mentions", "n_documents"):
        try:
            counts.append(int(row.get(key, 1)))
        except (TypeError, ValueError):  # missing or NaN: one, as before
            counts.append(1)
    return f"{plural(counts[0], 'mention')} in {plural(counts[1], 'document')}"


def _hover(row) -> str:
    sources = _hover_sources(row)
    status = str(row.get("status") or "reported")
    score = row.get("goldstein")
    score = f"Goldstein {score:+.1f}" if score is not None and not pd.isna(score) else "no Goldstein score (not a fact)"
    who = f"{country_name(row.get('source', row['actor1']))} → {country_name(row.get('target', row['actor2']))}"
    return (
        f"<b>{escape_html(who)}</b> · {escape_html(row['cameo_code'])} {escape_html(row['event_label'])} "
        f"· <i>{escape_html(status)}</i> ({escape_html(score)})<br>"
        f"{escape_html(_date_words(row))} · date text: {escape_html(row['date_text']) or '—'}<br>"
        f"{_reports(row)} · "
        f"{escape_html(sources)}<br>{hover_text(row['sentence'])}"
    )


# ------------------------------------------------------------------ figures
def timeline_figure(events: pd.DataFrame, *, color: str = "cameo", title: str | None = None,
                    show_hypothetical: bool = False, history_years: int = HISTORY_YEARS):
    """Draw the events on one named lane per dyad, the recent period on top and older history below.

    Args:
        events: events table (background rows are left out).
        color: ``"cameo"`` (colour by CAMEO root) or ``"goldstein"`` (by score band).
        title: figure title (escaped).
        show_hypothetical: also draw ``hypothetical`` events (hidden by default).
        history_years: events ending this many years before the latest go to the history strip.

    Returns:
        A plotly Figure.
    """
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    ev = _prepare(events, show_hypothetical=show_hypothetical)
    if ev.empty:  # say so on the chart: bare axes under a title read as a broken chart
        fig = go.Figure()
        fig.update_layout(title=escape_html(title or "no dated events"), height=260,
                          xaxis={"visible": False}, yaxis={"visible": False})
        shown = events if show_hypothetical or "status" not in events else events[events["status"] != "hypothetical"]
        if "kind" in shown:
            shown = shown[shown["kind"].fillna("event") == "event"]
        if len(shown):
            fig.add_annotation(text=escape_html(_NOTHING_TO_PLACE), x=0.5, y=0.5, xref="paper", yref="paper",
                               showarrow=False)
        return fig
    ev["group"] = _group_key(ev, color)
    recent, old = split_periods(ev, years=history_years)
    lanes = sorted(ev["lane"].unique())
    rows = 2 if len(old) and len(recent) else 1
    titles = ("Recent period", "Earlier history") if rows == 2 else None
    fig = make_subplots(rows=rows, cols=1, vertical_spacing=0.22 if rows == 2 else 0.1,
                        row_heights=[0.62, 0.38] if rows == 2 else [1.0], subplot_titles=titles)
    shown = set()
    for row_i, part in enumerate([recent, old] if rows == 2 else [ev], start=1):
        # 10-px labels take 6.3 px a character in Chromium (measured on audit39's shots: 37 characters, 235 px):
        # the 5 px estimate let neighbouring labels overprint once a crowded month was spread across the plot
        part = place_labels(part, focus=True, char_px=_LABEL_CHAR_PX)
        for run in phone_counts(part):
            more = len(run["labels"]) - 10
            hover = "<br>".join(escape_html(t) for t in run["labels"][:10]) + (f"<br>+{more} more" if more > 0 else "")
            ref = "" if row_i == 1 else str(row_i)
            fig.add_annotation(text=f"{run['n']} events", x=run["x"], y=run["lane"], xref=f"x{ref}", yref=f"y{ref}",
                               showarrow=False, yshift=15 if run["side"] == "top" else -15, xanchor=run["anchor"],
                               font={"size": 11, "color": "#222"}, bgcolor="rgba(255,255,255,0.8)",
                               hovertext=f"{run['n']} events here:<br>{hover}", name="marsad_phone", visible=False)
        for i, (group, grp) in enumerate(part.groupby("group", sort=True)):
            col = _color_of(group)
            xs, ys = [], []
            for r in grp[~grp["is_point"]].itertuples():
                xs += [r.t0, r.t1, None]
                ys += [r.lane, r.lane, None]
            if xs:
                fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": col, "width": 12}, opacity=0.5,
                                         hoverinfo="skip", legendgroup=group, showlegend=False), row=row_i, col=1)
            # An undated event keeps its status mark, led into by a thin line from the left ("on or before"): one
            # hollow left triangle for every undated intention, allegation and denial hid the status of most
            # events of a new corpus (its texts rarely date them), and on a phone the labels that said it are hidden.
            lead = _undated_lead(part, focus=True)
            xs, ys = [], []
            for r in grp[grp["undated"]].itertuples():
                xs += [r.mid - lead, r.mid, None]
                ys += [r.lane, r.lane, None]
            if xs:
                fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": col, "width": 2},
                                         hoverinfo="skip", legendgroup=group, showlegend=False), row=row_i, col=1)
            # a crowded panel's view leaves some events outside it (focus_range): those are clipped at the axes and
            # unlabelled, or their marks and labels would print over the lane names and the margin
            view = focus_range(part)
            outside = grp["mid"].lt(view[0]) | grp["mid"].gt(view[1]) if view is not None else grp["mid"].isna()
            for sub, clip in ((grp[~outside], False), (grp[outside], True)):
                if sub.empty:
                    continue
                symbols = [STATUS_SYMBOLS.get(s, STATUS_SYMBOLS["reported"])[0] for s in sub["status"]]
                fig.add_trace(go.Scatter(
                    x=sub["mid"], y=sub["lane"], mode="markers+text", name=escape_html(group), legendgroup=group,
                    showlegend=False,
                    marker={"color": col, "size": 12, "symbol": symbols, "line": {"width": 2, "color": col}},
                    text=["" if clip else "<br>".join(escape_html(t) for t in lines) for lines in sub["label_lines"]],
                    textposition=list(sub["label_pos"]),
                    textfont={"size": 10, "color": "#333"}, cliponaxis=clip,
                    hovertext=[_hover(r) for _, r in sub.iterrows()], hovertemplate="%{hovertext}<extra></extra>"),
                    row=row_i, col=1)
            if group not in shown:
                # The colour's key is a plain square: the group's first marker (a hollow triangle for an undated
                # intention) made "07 provide aid" read as a status next to the status entries below.
                fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=escape_html(group),
                                         legendgroup=group, hoverinfo="skip",
                                         marker={"symbol": "square", "size": 11, "color": col}), row=row_i, col=1)
            shown.add(group)
    # legend entries for the marker shapes (status)
    present = set(ev["status"]) | ({"undated"} if ev["undated"].any() else set())
    for status, (symbol, _) in STATUS_SYMBOLS.items():
        if status in present:
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=f"status: {status}",
                                     marker={"symbol": symbol, "size": 11, "color": "#555",
                                             "line": {"width": 2, "color": "#555"}}, legendgroup="status"))
    if "undated" in present:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", name="on or before publication (no date): "
                                 "a line from the left", line={"color": "#555", "width": 2}, legendgroup="status"))
    # two stacks of five label lines (one under a lane, one over the next) need ~150 px between lanes
    height = 300 + 200 * len(lanes) * rows
    # The legend starts 55 px under the plot: below the two-line date ticks ("Apr 1" over "2018"), which a
    # fixed fraction of a one-lane figure's height put it on top of.
    fig.update_layout(
        title=escape_html(title or "Events by dyad"), height=height, hovermode="closest",
        legend={"title": "CAMEO root · status" if color == "cameo" else "Goldstein · status", "orientation": "h",
                "yanchor": "top", "y": -55 / (height - 110), "xanchor": "left", "x": 0},
        margin={"l": 10, "r": 10, "t": 70, "b": 40},
        # On a phone the stacked point labels overprint each other: the report's script hides them there
        # (hover/tap still shows each event, and the chronicle lists them).
        meta={"marsad_narrow_text": "hide"})
    for r, part in enumerate([recent, old] if rows == 2 else [ev], start=1):
        fig.update_yaxes(categoryorder="array", categoryarray=lanes, title=None, automargin=True,
                         range=[-0.6, len(lanes) + 0.2], row=r, col=1)
        fig.update_xaxes(type="date", title=None, range=list(axis_range(part, _PAD, focus=True)), row=r, col=1)
    return fig


_LABEL_PT = 7  # font size of the static figure's point labels
_LABEL_GAP_PT = 9  # from a point to its label


def _marker_colours(marker: str, filled: bool, colour: str) -> dict:
    """scatter's colour arguments for one marker: a line marker (the cross of a denial) has no face, and
    matplotlib warns, in the report's output, when it is given an edge colour."""
    if marker in ("x", "+", "|", "_", "1", "2", "3", "4"):
        return {"color": colour}
    return {"facecolors": colour if filled else "none", "edgecolors": colour}


def static_lane_layout(part: pd.DataFrame, lanes: list) -> tuple[dict, float, float]:
    """Place the lanes of one static panel far enough apart that their labels do not overprint.

    A lane's labels above it and the next lane's labels below it share the gap between the two lanes; the gap
    (in inches: one y unit of the static figure is drawn about an inch tall) is at least 1 and grows with the
    lines stacked there. ``part`` comes from :func:`place_labels`.

    Returns:
        ``(y, bottom, top)``: each lane's y position and the panel's y limits.
    """
    line = _LABEL_PT * 1.25 / 72  # one label line, in inches
    gap = _LABEL_GAP_PT / 72 + 0.08

    def lines(lane, side):
        rows = part[(part["lane"] == lane) & part["label_pos"].str.startswith(side)]
        return max((len(v) for v in rows["label_lines"]), default=0)

    need_up = {lane: gap + line * lines(lane, "top") if lines(lane, "top") else 0.15 for lane in lanes}
    need_down = {lane: gap + line * lines(lane, "bottom") if lines(lane, "bottom") else 0.15 for lane in lanes}
    y, at = {}, 0.0
    for i, lane in enumerate(lanes):
        if i:
            at += max(1.0, need_up[lanes[i - 1]] + need_down[lane] + 0.1)
        y[lane] = at
    bottom = -max(0.8, need_down[lanes[0]] + 0.15) if lanes else -0.8
    top = at + max(0.6, need_up[lanes[-1]] + 0.1) if lanes else 0.6
    return y, bottom, top


def timeline_static(events: pd.DataFrame, *, color: str = "cameo", title: str | None = None,
                    show_hypothetical: bool = False, history_years: int = HISTORY_YEARS):
    """Return a matplotlib version of :func:`timeline_figure` (for print and PDF)."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    ev = _prepare(events, show_hypothetical=show_hypothetical)
    lanes = sorted(ev["lane"].unique()) if not ev.empty else []
    recent, old = split_periods(ev, years=history_years) if not ev.empty else (ev, ev)
    parts = [p for p in (recent, old) if len(p)] or [ev]
    if ev.empty:
        fig, ax = plt.subplots(figsize=(11, 2.6))
        plt.close(fig)
        ax.set_title(mpl_text(title or "Events by dyad"), fontfamily=matplotlib_font())
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()  # bare 0-1 axes read as a broken chart
        return fig
    ev["group"] = _group_key(ev, color)
    placed = [place_labels(ev.loc[part.index], width_px=650, char_px=4.2, pad=_STATIC_PAD) for part in parts]
    layouts = [static_lane_layout(part, lanes) for part in placed]
    # one data unit of a panel's y axis is about one inch: a panel is as tall as its lanes and labels need
    heights = [top - bottom for _, bottom, top in layouts]
    fig, axes = plt.subplots(len(parts), 1, figsize=(11, sum(heights) + 0.75 * len(parts) + 0.35), squeeze=False,
                             gridspec_kw={"height_ratios": heights})
    plt.close(fig)  # the caller displays it; keep pyplot from showing it twice
    axes = axes[:, 0]
    axes[0].set_title(mpl_text(title or "Events by dyad"), fontfamily=matplotlib_font())
    for ax, part, (y, bottom, top), name in zip(axes, placed, layouts, ("recent period", "earlier history")):
        for group, rows in part.groupby("group", sort=True):
            col = _color_of(group)
            for r in rows[~rows["is_point"]].itertuples():
                ax.hlines(y[r.lane], r.t0, r.t1, colors=col, linewidth=9, alpha=0.5)
            lead = _undated_lead(part, _STATIC_PAD)
            for r in rows.itertuples():
                marker, filled = STATUS_SYMBOLS.get(r.status, STATUS_SYMBOLS["reported"])[1]
                if r.undated:  # the status mark, led into by a thin line from the left (on or before)
                    ax.hlines(y[r.lane], r.mid - lead, r.mid, colors=col, linewidth=1.4, zorder=2)
                ax.scatter([r.mid], [y[r.lane]], marker=marker, s=55, zorder=3, linewidths=1.6,
                           **_marker_colours(marker, filled, col))
                if r.label_lines:
                    above = r.label_pos.startswith("top")
                    ax.annotate("\n".join(mpl_text(t) for t in r.label_lines), (r.mid, y[r.lane]),
                                xytext=(0, _LABEL_GAP_PT if above else -_LABEL_GAP_PT), textcoords="offset points",
                                ha="right" if r.label_pos.endswith("left") else "center",
                                va="bottom" if above else "top", fontsize=_LABEL_PT, fontfamily=matplotlib_font())
            ax.plot([], [], color=col, linewidth=6, label=group)
        ax.set_yticks([y[lane] for lane in lanes], [mpl_text(lane) for lane in lanes])
        ax.set_ylim(bottom, top)
        ax.set_xlim(*axis_range(part, _STATIC_PAD))
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(static_date_formatter(locator))
        ax.grid(axis="x", alpha=0.3)
        if len(parts) == 2:
            ax.set_ylabel(name)
    axes[0].legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def static_date_formatter(locator):
    """matplotlib's concise dates, each day tick naming its month: the default read "15, 22, Jun, 08, 15, 22" over
    "2018-Jun" for three events of 31 May - 1 June 2018, the May days under a June offset (audit44); now "15 May,
    22 May, 01 Jun, 08 Jun …" over "2018". Months and years are as before ("Sep, Oct, …, 2024, Feb")."""
    import matplotlib.dates as mdates

    class DayTicks(mdates.ConciseDateFormatter):
        """Day ticks across a year's end carry their year where it starts: under the one offset "2018", "08 Dec,
        15 Dec, 22 Dec, 01 Jan" read December 2017 as December 2018 (review48); now "08 Dec 2017, 15 Dec, 22 Dec,
        01 Jan 2018", no offset."""

        years_shown = False

        def format_ticks(self, values):
            labels = super().format_ticks(values)
            days = [mdates.num2date(v) for v in values]
            self.years_shown = (len({d.year for d in days}) > 1
                                and all(label == f"{d:%d %b}" for label, d in zip(labels, days)))
            if self.years_shown:
                labels = [f"{d:%d %b %Y}" if i == 0 or d.year != days[i - 1].year else label
                          for i, (label, d) in enumerate(zip(labels, days))]
            return labels

        def get_offset(self):
            return "" if self.years_shown else super().get_offset()

    formatter = DayTicks(locator)
    formatter.formats[2] = "%d %b"
    formatter.zero_formats[2] = "%d %b"
    formatter.offset_formats[2] = "%Y"
    return formatter


def goldstein_events(events: pd.DataFrame, *, history_years: int | None = HISTORY_YEARS
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events the Goldstein curve plots, and the older reported ones it leaves to the history strip.

    Only ``reported`` events with a score and a date of their own count (facts, not claims). As on the
    timeline, events ending more than ``history_years`` before the latest one are history: one 1950s
    event next to 2024 would squash the recent curve into a dot (``None``: keep everything).

    Returns:
        ``(plotted, older)``, both prepared (with ``lane``, ``mid`` …).
    """
    ev = _prepare(events)
    if ev.empty:
        return ev, ev
    ev = ev[ev["goldstein"].notna() & ~ev["undated"] & (ev["status"] == "reported")]
    if history_years is None or ev.empty:
        return ev, ev.iloc[:0]
    return split_periods(ev, years=history_years)


def date_words(row) -> str:
    """An event's date as an analyst reads it: "19 Jun 2024", "Sep 2023", "1950s", "on or before 19 Jun 2024"."""
    return _date_words(row)


def goldstein_curve(events: pd.DataFrame, *, freq: str = "auto", title: str | None = None,
                    history_years: int | None = HISTORY_YEARS):
    """Plot the mean Goldstein score per period for each dyad, reported events only (facts, not claims).

    Args:
        events: events table; undated, uncoded and not-reported rows are left out. Each event counts at the
            middle of its interval.
        freq: pandas period alias (``"M"``, ``"Y"``) or ``"auto"`` (years when the events span more than
            five years, else months).
        title: figure title.
        history_years: the recent period, as on the timeline (:func:`goldstein_events`); the title then
            says where the curve starts.

    Returns:
        A plotly Figure.
    """
    import plotly.graph_objects as go

    ev, older = goldstein_events(events, history_years=history_years)
    fig = go.Figure()
    if ev.empty:
        fig.update_layout(title=escape_html(title or "no dated events"))
        return fig
    if title is None and len(older):  # short enough for a phone; the caption counts the older events
        title = f"Cooperation–conflict since {ev['t0'].min():%Y} (mean Goldstein)"
    if freq == "auto":
        freq = "Y" if (ev["mid"].max() - ev["mid"].min()).days > 5 * 365 else "M"
    ev["period"] = ev["mid"].dt.to_period(freq).dt.start_time
    agg = ev.groupby(["lane", "period"]).agg(goldstein=("goldstein", "mean"), n=("goldstein", "size")).reset_index()
    # each mean at the middle of its period, where its events are: at the period's first day an event of 23 March was
    # drawn on 1 March (audit41b, Al Arabiya 2018); years and quarters here, days, weeks and months by period_bars
    # below (review42: every period was a month's, so two weeks' means of one month were drawn on one spot, 'Mar 2018')
    unit = str(freq)[:1].upper()
    where = ({"xperiod": "M12" if unit in ("Y", "A") else "M3", "xperiodalignment": "middle"}
             if unit in ("Y", "A", "Q") else {})
    for lane, rows in agg.groupby("lane"):
        fig.add_trace(go.Scatter(
            x=rows["period"], y=rows["goldstein"], mode="lines+markers", name=escape_html(lane), **where,
            text=[f"{_period_words(when, unit)}<br>{escape_html(lane)}: {g:+.1f} (n={n})"
                  for when, g, n in zip(rows["period"], rows["goldstein"], rows["n"])],
            hovertemplate="%{text}<extra></extra>"))
    fig.add_hline(y=0, line={"color": "#999", "dash": "dot"})
    # the legend names the pair even when one is drawn: plotly leaves a one-line chart unnamed, and a reader of
    # "Russia with China, Iran" could not tell whose line it was
    fig.update_layout(title=escape_html(title or "Cooperation–conflict (mean Goldstein of reported events)"),
                      yaxis={"range": [-10.5, 10.5], "title": "Goldstein"}, xaxis={"title": None}, showlegend=True)
    if unit in ("D", "W", "M"):  # each point mid-period; months named under their points ("Mar 2018"), not weeks
        period_bars(fig, unit)
    return fig


def _period_words(when, unit: str) -> str:
    """A period of the Goldstein curve in words, by its first day: '2018', 'Q1 2018', 'Mar 2018', 'week of 5 Mar
    2018', '5 Mar 2018'."""
    if unit in ("Y", "A"):
        return f"{when:%Y}"
    if unit == "Q":
        return f"Q{when.quarter} {when:%Y}"
    if unit == "M":
        return f"{when:%b %Y}"
    return f"{'week of ' if unit == 'W' else ''}{when.day} {when:%b %Y}"


def goldstein_pairs_sentence(events: pd.DataFrame, *, history_years: int | None = HISTORY_YEARS) -> str:
    """Which pairs the Goldstein curve draws, with how many reported events, and which it cannot draw.

    A pair whose reported events all lack a date of their own has no point on the curve; said in words, or a reader
    of Russia with China and Iran saw one line and no word of China (audit41b). "" when there are no events.
    """
    every = _prepare(events, show_hypothetical=False)
    if every.empty:
        return ""
    plotted, _older = goldstein_events(events, history_years=history_years)
    counts = plotted["lane"].value_counts() if len(plotted) else pd.Series(dtype=int)
    drawn = [f"{lane} ({plural(n, 'reported event')})" for lane, n in sorted(counts.items())]
    missing = sorted(set(every["lane"]) - set(counts.index))
    out = f"Drawn: {', '.join(drawn)}." if drawn else ""
    if missing:
        out += (f" Not drawn: {', '.join(missing)}, no reported event with a date of its own in the recent period "
                "(the timeline and the chronicle show its events).")
    return out.strip()


# ------------------------------------------------------------------ tables
def events_table(events: pd.DataFrame) -> pd.DataFrame:
    """Return the columns an analyst reads, in time order (events dated only by publication last)."""
    cols = ["date_start", "date_end", "precision", "source", "target", "status", "cameo_code", "event_label",
            "goldstein", "date_text", "trigger", "sentence", "attribution", "n_mentions", "n_documents",
            "source_names", "rule"]
    cols = [c for c in cols if c in events.columns]
    order = events.assign(_key=events["date_start"].where(events["date_start"].notna(), events["date_end"]))
    return order.sort_values(["_key", "actor2"], na_position="last")[cols].reset_index(drop=True)


def _evidence_html(row) -> str:
    text = "" if pd.isna(row.get("sentence")) else str(row["sentence"])
    s, e = row.get("trigger_start"), row.get("trigger_end")
    if s is None or e is None or pd.isna(s) or pd.isna(e) or not (0 <= int(s) < int(e) <= len(text)):
        return escape_html(text)
    s, e = int(s), int(e)
    return escape_html(text[:s]) + "<mark>" + escape_html(text[s:e]) + "</mark>" + escape_html(text[e:])


def url_outlets(documents: pd.DataFrame | None) -> dict:
    """Each document link's outlet (``url`` → ``source``), for :func:`chronicle_table`: a merged event's
    ``source_names`` are its outlets de-duplicated, not one per link (review39), so only the documents table
    says which outlet published which link."""
    if documents is None or not len(documents) or "url" not in documents or "source" not in documents:
        return {}
    docs = documents[documents["url"].notna() & documents["source"].notna()]
    return {str(u): str(s) for u, s in zip(docs["url"], docs["source"]) if str(u) and str(s)}


def _link(url: str, label) -> str:
    return f"<a href='{escape_html(url)}' target='_blank' rel='noopener noreferrer'>{escape_html(label)}</a>"


def _links(row, outlets: dict | None = None) -> str:
    urls = [u for u in str(row.get("urls") or "").split(";") if u.startswith(("http://", "https://"))]
    names = [outlet_name(n) for n in str(row.get("source_names") or "").split(";") if n]
    if not urls:
        return escape_html("; ".join(names) or row.get("sources") or "")
    more = f" … +{len(urls) - 8}" if len(urls) > 8 else ""
    if outlets is not None:
        # each link named by its own document's outlet (review39: "Al Arabiya: 1, 2, 3" named one outlet for
        # every link of an event merged from several outlets), the links of one outlet numbered after its name
        groups: dict = {}
        for i, url in enumerate(urls[:8]):
            groups.setdefault(outlet_name(outlets[url]) if outlets.get(url) else "", []).append((i, url))
        parts = []
        for name, links in groups.items():
            if not name:  # a document with no outlet named: its link by its place in the list
                parts.extend(_link(url, f"source {i + 1}") for i, url in links)
            elif len(links) == 1:
                parts.append(_link(links[0][1], name))
            else:
                parts.append(f"{escape_html(name)}: " + ", ".join(_link(url, k + 1) for k, (_, url) in enumerate(links)))
        return "; ".join(parts) + escape_html(more)
    if len(urls) > 1 and len(set(names)) == 1:
        # three articles of one outlet read "Al Arabiya, source 2, source 3" (audit39): the outlet once, then its
        # articles by number
        return f"{escape_html(names[0])}: " + ", ".join(_link(url, i + 1) for i, url in enumerate(urls[:8])) \
            + escape_html(more)
    out = [_link(url, names[i] if i < len(names) else f"source {i + 1}") for i, url in enumerate(urls[:8])]
    return ", ".join(out) + escape_html(more)


def _reports_words(row) -> str:
    """ "3 mentions in 2 documents" (a mention is one sentence reporting the event)."""
    def count(key):
        v = row.get(key, 1)
        return 1 if v is None or pd.isna(v) else int(v)

    m, d = count("n_mentions"), count("n_documents")
    return f"{m} mention{'s' if m != 1 else ''}<br><small>in {d} document{'s' if d != 1 else ''}</small>"


def _from_learned(row) -> bool:
    """Whether an event row comes from the learned detector alone (its rule ``learned:p=…``, no trigger word)."""
    rule = row.get("rule")
    trigger = row.get("trigger")
    return isinstance(rule, str) and rule.startswith("learned:") and not (isinstance(trigger, str) and trigger)


def _chronicle_row(r, outlets: dict | None) -> str:
    src, tgt = r.get("source", r["actor1"]), r.get("target", r["actor2"])
    arrow = "↔" if bool(r.get("symmetric")) else "→"
    who = (f"<div dir='ltr'>{escape_html(country_name(src))} {arrow} {escape_html(country_name(tgt))}</div>"
           f"<div dir='rtl' lang='ar'>{escape_html(country_name(src, 'ar'))} {'↔' if arrow == '↔' else '←'} "
           f"{escape_html(country_name(tgt, 'ar'))}</div>")
    status = str(r.get("status") or "reported")
    en, ar = STATUS_WORDS.get(status, (status, status))
    attribution = f"<br><small>({escape_html(r['attribution'])})</small>" if r.get("attribution") else ""
    if _from_learned(r):
        attribution += ("<br><small dir='ltr'>(found by the learned detector, not by a rule: no trigger word; "
                        "check the sentence)</small>")
    date = escape_html(_date_words(r))
    if r.get("date_text"):
        date += f"<br><small dir='rtl' lang='ar'>{escape_html(r['date_text'])}</small>"
    # data-label: on a phone each row is a card and every cell says what it is (RESPONSIVE_CSS)
    return (
        f"<tr><td data-label='Date · التاريخ' style='min-width:6em'>{date}</td>"
        f"<td data-label='Who → whom · من ← إلى' style='min-width:7em'>{who}</td>"
        f"<td data-label='What · الحدث'>{escape_html(r['event_label'])} "
        f"<small>({escape_html(r['cameo_code'])})</small></td>"
        f"<td data-label='Status · الحالة'>{escape_html(en)}<br><span dir='rtl' lang='ar'>{escape_html(ar)}</span></td>"
        f"<td data-label='Evidence · الدليل' dir='rtl' lang='ar' style='text-align:right; min-width:16em'>"
        f"{_evidence_html(r)}{attribution}</td>"
        f"<td data-label='Reports · التقارير'>{_reports_words(r)}</td>"
        f"<td data-label='Sources · المصادر'>{_links(r, outlets)}</td></tr>")


def chronicle_table(events: pd.DataFrame, *, max_rows: int = 200, outlets: dict | None = None):
    """The chronicle an analyst reads: date, who → whom in words (Arabic and English), what, status,
    evidence with the trigger highlighted, number of reports and links to the sources.

    Args:
        outlets: each link's outlet (:func:`url_outlets` of the documents table), so that an event merged from
            several outlets names each link by its own; without it the links follow ``source_names``.

    Returns:
        an ``IPython.display.HTML`` object (every cell escaped).
    """
    from IPython.display import HTML

    ev = events[events["kind"].fillna("event") == "event"] if "kind" in events else events
    order = ev.assign(_key=ev["date_start"].where(ev["date_start"].notna(), ev["date_end"]))
    order = order.sort_values(["_key", "actor2"], na_position="last")
    shown = order.head(max_rows)
    head = ("<tr><th>Date · التاريخ</th><th>Who → whom · من ← إلى</th><th>What · الحدث</th>"
            "<th>Status · الحالة</th><th>Evidence · الدليل</th><th>Reports · التقارير</th><th>Sources · المصادر</th></tr>")
    rows = [_chronicle_row(r, outlets) for _, r in shown.iterrows()]
    more = f"<p>… {len(ev) - max_rows} more rows in events.csv.</p>" if len(ev) > max_rows else ""
    phone = _chronicle_by_month(shown, outlets, more) if len(shown) > PHONE_MONTHS_OVER else ""
    # English cells read left to right (the notebook's output area may be right-aligned around Arabic text);
    # the Arabic lines and the evidence carry their own dir='rtl'.
    return HTML("<style>.jp-RenderedHTMLCommon table.marsad-chronicle td, table.marsad-chronicle td,\n"
                ".jp-RenderedHTMLCommon table.marsad-chronicle th, table.marsad-chronicle th { text-align: left; }"
                + (_PHONE_CSS if phone else "") + "</style>"
                f"<div class='marsad-cards-box{' marsad-chronicle-wide' if phone else ''}' style='max-height:640px; overflow:auto'>"
                "<table class='marsad-table marsad-chronicle marsad-cards' dir='ltr'>"
                f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>{more}</div>{phone}")


# A chronicle longer than this is, on a phone, one collapsed section per month (newest first) with its count: 96
# events as cards were a 34,523 px page at 400 px, the background and cooperation sections far below (audit39).
PHONE_MONTHS_OVER = 20
_PHONE_CSS = ("\n.marsad-chronicle-phone { display: none; }\n"
              "@media (max-width: 700px) { .marsad-chronicle-wide { display: none !important; }\n"
              "  .marsad-chronicle-phone { display: block; }\n"
              "  .marsad-chronicle-phone summary { padding: .45em .3em; border-bottom: 1px solid #ddd; cursor: pointer; }\n"
              "  .marsad-chronicle-phone details[open] summary { margin-bottom: .5em; }\n"
              "  .marsad-chronicle-phone .marsad-weeks { margin-left: .8em; } }")


def _chronicle_by_month(shown: pd.DataFrame, outlets: dict | None, more: str = "") -> str:
    """The chronicle for a phone: one ``<details>`` per month (events dated only by their document's publication
    under its month; a season or a year under its years, after that year's months), newest first, each closed with
    its count; the events of a group in time order, one card each."""
    import calendar
    import re

    def group(r):
        a, b = (str(r.get(c)) if isinstance(r.get(c), str) else "" for c in ("date_start", "date_end"))
        a = a or b
        b = b or a
        if not re.match(r"\d{4}-\d\d", a) or not re.match(r"\d{4}-\d\d", b):
            return ("", "No date")
        if a[:7] == b[:7]:
            return (a[:7], f"{calendar.month_name[int(a[5:7])]} {a[:4]}")
        # a season, a year or a longer stretch: under its years, after the months of its first year
        return (a[:4] + "-00", a[:4] if a[:4] == b[:4] else f"{a[:4]}–{b[:4]}")

    groups = [group(r) for _, r in shown.iterrows()]
    parts = []
    for key in sorted({g for g in groups if g[0]}, reverse=True) + sorted({g for g in groups if not g[0]}):
        rows = shown[[g == key for g in groups]]
        inner = (_month_by_week(rows, outlets, key[0]) if len(rows) > PHONE_WEEKS_OVER and len(key[0]) == 7
                 and not key[0].endswith("-00") else _cards(rows, outlets))
        parts.append(f"<details><summary><b>{escape_html(key[1])}</b> · {plural(len(rows), 'event')}</summary>"
                     + inner + "</details>")
    return ("<div class='marsad-chronicle-phone'><p><small>"
            f"{plural(len(shown), 'event')} by month, newest first: tap a month to open its events.</small></p>"
            + "".join(parts) + more + "</div>")


def _cards(rows: pd.DataFrame, outlets: dict | None) -> str:
    return ("<table class='marsad-table marsad-chronicle marsad-cards' dir='ltr'><tbody>"
            + "".join(_chronicle_row(r, outlets) for _, r in rows.iterrows()) + "</tbody></table>")


# A month holding more events than this is, once opened on a phone, one closed section per week of the month (1-7,
# 8-14, 15-21, 22-end), not one run of cards: the Skripal month of audit39's corpus held 92 events, a 92-card scroll
# once opened (audit39b's leftover). More events than a month has days: a month under it stays one run of cards.
PHONE_WEEKS_OVER = 31


def _month_by_week(rows: pd.DataFrame, outlets: dict | None, month: str) -> str:
    """The events of one crowded month (``month``: "2018-03", its group's key) by week of the month, in time order,
    each week closed with its count; an event whose dates cross weeks (dated by the month, or a stretch of days)
    under "across the month", last."""
    import calendar

    def week(r):
        a, b = (str(r.get(c)) if isinstance(r.get(c), str) else "" for c in ("date_start", "date_end"))
        a, b = a or b, b or a
        try:
            d1, d2 = int(a[8:10]), int(b[8:10])
        except ValueError:
            return 9
        return min((d1 - 1) // 7, 3) if min((d1 - 1) // 7, 3) == min((d2 - 1) // 7, 3) else 9

    # (the month is its group's: the first event's date_start may be "" with its date_end in the month, review40)
    year, mon = int(month[:4]), int(month[5:7])
    last_day = calendar.monthrange(year, mon)[1]
    abbr = calendar.month_abbr[mon]
    weeks = [week(r) for _, r in rows.iterrows()]
    out = []
    for w in sorted(set(weeks)):
        part = rows[[x == w for x in weeks]]
        label = (f"{7 * w + 1}–{last_day if w == 3 else 7 * w + 7} {abbr}" if w < 9
                 else f"across {calendar.month_name[mon]} (no single week)")
        out.append(f"<details class='marsad-week'><summary>{escape_html(label)} · {plural(len(part), 'event')}"
                   f"</summary>{_cards(part, outlets)}</details>")
    return ("<div class='marsad-weeks'><p><small>By week of the month: tap a week.</small></p>" + "".join(out)
            + "</div>")


def background_html(background: pd.DataFrame, *, max_rows: int = 50, outlets: dict | None = None):
    """Standing relations and history (context, not events): pair, since when, evidence, source."""
    from IPython.display import HTML

    rows = []
    for _, r in background.head(max_rows).iterrows():
        since = escape_html(_date_words(r)) if r.get("precision") == "since" else ""
        rows.append(f"<tr><td data-label='Pair'>{escape_html(dyad_label(r['actor1'], r['actor2']))}</td>"
                    f"<td data-label='Since'>{since}</td>"
                    f"<td data-label='Evidence · الدليل' dir='rtl' lang='ar' style='text-align:right'>"
                    f"{_evidence_html(r)}</td><td data-label='Source'>{_links(r, outlets)}</td></tr>")
    return HTML("<table class='marsad-table marsad-cards' dir='ltr'><thead><tr><th>Pair</th><th>Since</th><th>Evidence · الدليل</th>"
                f"<th>Source</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
