"""What a report notebook needs in its first code cell, in one call, and how it talks back to the runner.

``run, report = marsad.report_context(globals())`` sets the plotly/matplotlib
defaults, checks and normalises the notebook's parameters (countries by ISO code,
English or Arabic name; dates; counts), and opens the run's tables.

A notebook tells the runner two things, both carried in the executed notebook
itself (output metadata under ``"marsad"``, gathered into the notebook's
metadata by :func:`collect_metadata`), never in side files:

* ``report.headline("58 ticker headlines, 12 topics", trust="topics")``: the
  report's headline on the run's index page, with how far to trust it
  (:func:`marsad.charts.quality.trust_short`);
* ``report.notice("No event involves CN ...")``: something the reader asked for
  that the tables do not hold. It shows in the report where it happens, at the
  top of the report, and on the index; never an empty chart in silence;
* ``report.leave_out(["events"], "The timeline ... are left out: ...")``: sections
  with nothing to show, said in one line where it is displayed; the HTML page
  drops the cells tagged ``only-with-events`` instead of repeating "No events"
  under each heading.
"""
from __future__ import annotations

import json
from pathlib import Path

from marsad.charts.base import escape_html
from marsad.runner.params import validate_parameters

__all__ = ["report_context", "Report", "notice", "headline", "leave_out", "collect_metadata", "METADATA_KEY",
           "run_info", "LEAVE_OUT_TAG"]

METADATA_KEY = "marsad"
# A cell tagged ``only-with-<group>`` is left out of the HTML page when the notebook called leave_out([group, ...]).
LEAVE_OUT_TAG = "only-with-"
_NOTICE_STYLE = ("padding:.6em .9em;margin:.6em 0;border-inline-start:5px solid #c77700;background:#fff7e6;"
                 "border-radius:4px")


def _display(html: str, metadata: dict) -> None:
    from IPython.display import HTML, display

    display(HTML(html), metadata={METADATA_KEY: metadata})


def notice(message: str) -> None:
    """Show that something asked for is not in the tables, and record it for the report header and the index.

    Args:
        message: one or two sentences a reader understands ("No event between
            RU and CN in this run: the analysis looked for RU with KP, VN.").
    """
    text = " ".join(str(message).split())
    _display(f"<div class='marsad-notice' role='note' dir='auto' style='{_NOTICE_STYLE}'>"
             f"<strong>Not in this run:</strong> {escape_html(text)}</div>", {"notice": text})


def headline(text: str, *, trust: str | None = None, trained_outlets=(), new_outlets=(), unit: str = "ticker",
             batch: int | None = None) -> None:
    """Record the report's headline (shown on the run's index page next to the report's link).

    Args:
        text: the headline.
        trust: the analysis it reports (``events``, ``people`` or ``topics``): the index shows how far to trust
            it under the headline.
        trained_outlets: the corpus's outlets a ``topics`` model was trained on (the trust line says so).
        new_outlets: the corpus's other outlets, new to that model (then the line says only part was trained on).
        unit, batch: for ``topics``, ``ticker`` or ``title`` and the most headlines of one outlet read together
            (:func:`marsad.charts.quality.trust_short`).
    """
    line = " ".join(str(text).split())
    meta = {"headline": line}
    if trust:
        from marsad.charts.quality import trust_short

        meta["trust"] = trust_short(trust, trained_outlets=tuple(trained_outlets), new_outlets=tuple(new_outlets),
                                    unit=unit, batch=batch)
    _display(f"<span class='marsad-headline' hidden>{escape_html(line)}</span>", meta)


def leave_out(groups, message: str) -> None:
    """Say in one line that some sections have nothing to show, and leave them out of the HTML page.

    Args:
        groups: the names of the cell groups to leave out: the page drops every cell tagged
            ``only-with-<group>`` (its heading, its text and its empty-state note), so a report with no event says
            so once instead of "No events ..." under each of five headings. The executed notebook keeps them.
        message: the line shown where the sections would be; ``""`` shows none (the page already says why: a
            corpus without a ticker, whose titles are the page's headlines, has no "titles next to the ticker").
    """
    from marsad.charts.base import escape_html

    groups = [str(g) for g in ([groups] if isinstance(groups, str) else groups)]
    text = " ".join(str(message).split())
    _display(f"<p class='marsad-note' dir='ltr' style='padding:.5em;border-left:4px solid #999'>{escape_html(text)}</p>"
             if text else "", {"leave_out": groups})


def run_info(tables) -> dict:
    """The run's ``run.json`` (corpus, capture date, stages and the options each stage ran with), or ``{}``."""
    if not tables:
        return {}
    try:
        return json.loads((Path(tables) / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


class Report:
    """The notebook's side of a report: its parameters, the run's options, headline and notices."""

    def __init__(self, run, parameters: dict):
        self.run = run
        self.parameters = dict(parameters)
        self.info = run_info(getattr(run, "tables", None))
        self.notices: list[str] = []

    @property
    def options(self) -> dict:
        """Options each analysis stage ran with (``{"events": {"partners": [...]}}``), from run.json."""
        recorded = self.info.get("options")
        if recorded is None:
            recorded = getattr(self.run, "options", None) or {}
        return recorded

    def stage_option(self, stage: str, key: str, default=None):
        """One stage option the run used, e.g. ``report.stage_option("events", "partners")``."""
        return (self.options.get(stage) or {}).get(key, default)

    def headline(self, text: str, *, trust: str | None = None, trained_outlets=(), **how) -> None:
        """See :func:`headline`."""
        headline(text, trust=trust, trained_outlets=trained_outlets, **how)

    def notice(self, message: str) -> None:
        """See :func:`notice`."""
        self.notices.append(message)
        notice(message)

    def leave_out(self, groups, message: str) -> None:
        """See :func:`leave_out`."""
        leave_out(groups, message)


def report_context(namespace: dict, *, setup: bool = True, fallback: bool = False):
    """Do a report notebook's opening: chart defaults, parameter checks, the run's tables.

    Args:
        namespace: the notebook's ``globals()``: its parameters are read from it,
            and normalised values written back (``partners = ["فيتنام"]``
            becomes ``["VN"]``).
        setup: register the chart defaults (:func:`marsad.charts.setup_notebook`).
        fallback: when ``tables`` holds no analysed tables, analyse ``corpus``
            in memory instead of failing (the interactive explorer; a report
            must not silently re-analyse).

    Returns:
        ``(run, report)``: the :class:`marsad.engine.run.Run` and a :class:`Report`.

    Raises:
        ParameterError: a parameter value the notebook cannot use (the message
            names the accepted values).
    """
    from marsad.engine.run import open_run

    if setup:
        from marsad.charts.base import setup_notebook

        setup_notebook()
    names = [k for k, v in namespace.items()
             if not k.startswith("_") and k not in _IPYTHON_NAMES and _is_parameter_value(v)]
    values = validate_parameters({k: namespace[k] for k in names})
    namespace.update(values)
    tables = values.get("tables") or None
    capture_date = values.get("capture_date") or None
    if fallback:
        from marsad.explore.tables import open_tables

        run = open_tables(tables, values.get("corpus"), capture_date=capture_date)
    else:
        run = open_run(corpus=values.get("corpus"), tables=tables, capture_date=capture_date)
    report = Report(run, values)
    if tables and getattr(run, "errors", None):
        _say_when_recomputed(run, report)
    return run, report


def _say_when_recomputed(run, report: Report) -> None:
    """A stage that failed in the analysis has no table: the first time the page uses it, the run computes it again
    in the notebook (or fails). Say so at the page's top and on the index: a run whose mentions and events stages
    had failed showed every report "ok", its counts and a timeline the run's tables do not hold, and the timeline
    told the reader to re-run with the very options it had been run with (audit44)."""
    compute = run._compute

    def _compute(name: str):
        table = compute(name)  # when it fails again, the report fails with its error: nothing more to say here
        if name in run.errors:
            error = " ".join(str(run.errors[name]).split())
            error = error if len(error) <= 120 else error[:119] + "…"  # whole on the index
            report.notice(f"The analysis's {name} stage failed ({error}): this page computed the {name} again "
                          f"itself, from the corpus with the run's options; the run has no {name}.csv to check them "
                          "against.")
        return table

    run._compute = _compute


_IPYTHON_NAMES = frozenset({"In", "Out", "exit", "quit", "get_ipython"})


def _is_parameter_value(value) -> bool:
    # Only literal values can be parameters: skips modules, functions, IPython's In/Out.
    if isinstance(value, (str, int, float, bool)) or value is None:
        return True
    if isinstance(value, (list, tuple)):
        return all(isinstance(v, (str, int, float, bool)) for v in value)
    return False


def collect_metadata(nb) -> dict:
    """Gather headline, trust line and notices from an executed notebook's outputs into ``nb.metadata["marsad"]``.

    Returns:
        ``{"headline": str, "trust": str, "notices": [str, ...], "leave_out": [group, ...]}`` (also stored in the
        notebook's metadata).
    """
    found = {"headline": "", "trust": "", "notices": [], "leave_out": []}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            meta = (output.get("metadata") or {}).get(METADATA_KEY) or {}
            if meta.get("headline"):
                found["headline"] = meta["headline"]
                found["trust"] = meta.get("trust") or ""
            if meta.get("notice") and meta["notice"] not in found["notices"]:
                found["notices"].append(meta["notice"])
            for group in meta.get("leave_out") or []:
                if group not in found["leave_out"]:
                    found["leave_out"].append(group)
    nb.metadata[METADATA_KEY] = {**nb.metadata.get(METADATA_KEY, {}), **found}
    return found
