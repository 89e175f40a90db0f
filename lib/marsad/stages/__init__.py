"""The registry of analysis stages: each declared once (see :class:`marsad.stages.base.Stage`).

The engine, ``Run.table``, the command line's ``--stage`` choices and the output cleaning all
iterate :data:`STAGES`. To add a stage, write one module declaring a ``STAGE`` and list it here
(after the stages it needs).
"""
from __future__ import annotations

from marsad.stages import events, headlines, mentions, stories, titles
from marsad.stages.base import OptionError, Options, Stage, Staged

__all__ = ["STAGES", "Stage", "Options", "OptionError", "Staged", "BASE_TABLES", "resolve_options", "stage_order",
           "default_stages"]

# name -> Stage, in an order where every stage comes after the stages it needs
STAGES: dict[str, Stage] = {s.name: s for s in (headlines.STAGE, titles.STAGE, mentions.STAGE, events.STAGE,
                                                stories.STAGE)}
# the tables every run writes, whatever stages it runs
BASE_TABLES = ("documents", "segments", "manifest")


def default_stages() -> tuple[str, ...]:
    """The stages a run executes when none are named."""
    return tuple(name for name, stage in STAGES.items() if stage.default)


def stage_order(selected) -> tuple[str, ...]:
    """The stages to execute for ``selected``: those and the stages they need, in registry order.

    Raises:
        OptionError: an unknown stage name.
    """
    selected = tuple(selected)
    unknown = [s for s in selected if s not in STAGES]
    if unknown:
        raise OptionError(f"unknown stage(s) {', '.join(map(repr, unknown))}; known: {', '.join(STAGES)}")
    wanted = set(selected)
    for name in reversed(list(STAGES)):
        if name in wanted:
            wanted.update(n for n in STAGES[name].needs if n in STAGES)
    return tuple(name for name in STAGES if name in wanted)


def resolve_options(stages, options: dict | None) -> dict[str, Options]:
    """Check the options of ``stages`` (and the stages they need) and fill in the defaults.

    Args:
        stages: the selected stage names.
        options: ``{stage: {option: value}}`` as given by the caller.

    Returns:
        ``{stage: Options}`` for every stage that will execute.

    Raises:
        OptionError: an unknown stage, an option of a stage not run, an unknown option or a bad value.
    """
    options = dict(options or {})
    order = stage_order(stages)
    stray = [s for s in options if s not in order]
    if stray:
        known = [s for s in stray if s in STAGES]
        raise OptionError(
            f"options given for stage(s) {', '.join(map(repr, stray))} that "
            + ("this run does not execute (add them with --stage)" if len(known) == len(stray)
               else f"do not exist; known: {', '.join(STAGES)}"))
    return {name: STAGES[name].options.from_dict(name, options.get(name)) for name in order}
