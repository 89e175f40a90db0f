"""Resolve the matcher hits that need context: partial names and ambiguous country forms.

* Partial names (بوتين's first name, كيم, لورا, كارتر) count only where a
  full name or alias of the same person occurs in the same scope: the
  document, or for independent headlines (ticker, related) the headline. A
  related headline whose own text names nobody falls back to its page (the
  related headline "كيم وبوتين.. لقاء الزعيمين" under an article naming Kim
  Jong Un); ticker headlines are unrelated stories and never do. A surname
  (the last word of a full name) in such a headline that still names nobody
  goes to the one person of the whole batch named in full with it (across
  the documents of a run). When two people of a scope share a partial it
  names neither.
* Ambiguous forms (كوريا، الكوري: KP or KR; عمان: Oman or Amman) go to the
  candidate the same scope names unambiguously most often, and are dropped
  when it names none or ties.
"""
from __future__ import annotations

from collections import Counter

from marsad.mentions.matcher import KeyInfo

__all__ = ["resolve_pending"]


def _licensed(info: KeyInfo, counts: Counter) -> list:
    # a common first name is a partial of hundreds of people: test the scope's few ids first
    if counts.keys().isdisjoint(info.coref_ids):
        return []
    return [c for c in info.coref if counts[c[0]]]


def resolve_pending(pending: list[tuple[int, KeyInfo, tuple, tuple | None]], firm: dict[tuple, Counter],
                    run: Counter) -> list[tuple[int, str, str, str, bool]]:
    """Resolve hits against the firm mentions of their scope.

    Args:
        pending: ``(hit, info, scope, page)``: hit index, key info, scope key,
            and for independent headlines the page's scope key (else None).
        firm: unambiguous full-name mentions per entity id for each scope.
        run: the same counts over the whole batch: a surname in a standalone
            headline whose scope and page name nobody with it goes to the one
            person of the batch named in full with that surname.

    Returns:
        ``(hit, entity_id, label, form, partial)`` for the hits kept.
    """
    out = []
    empty: Counter = Counter()
    for hit, info, scope, page, standalone in pending:
        if info.stop:
            continue
        counts = firm.get(scope, empty)
        if info.coref:
            licensed = _licensed(info, counts)
            if not licensed and page is not None:
                licensed = _licensed(info, firm.get(page, empty))
            if not licensed and standalone and info.surname and not info.plain:
                # a headline names someone by surname alone (ماتيس يزور…): the one person of the
                # batch with that surname, if exactly one is named in full somewhere; never a
                # word that is also something else (المغربي is a demonym first)
                licensed = [c for c in info.surname if run[c[0]]]
            if len(licensed) == 1:
                # a partial that is also the person's own alias (نتنياهو) is no mere partial
                out.append((hit, licensed[0][0], licensed[0][1], "alias", licensed[0][0] not in info.plain))
                continue
            if licensed:
                continue  # two people of this scope share the partial name
        if info.first is None:
            continue
        label, form = info.first
        if len(info.plain) == 1:
            out.append((hit, info.plain[0], label, form, False))
            continue
        ranked = sorted(((counts[i], i) for i in info.plain if counts[i]), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            out.append((hit, ranked[0][1], label, form, False))
    return out
