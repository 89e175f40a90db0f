"""The explorer's widgets: ipywidgets wired to the query functions of :mod:`marsad.explore`.

``Explorer(run).widget()`` returns one widget: an entity picker with
type-ahead (Arabic and English names, ids), a text search box, date, source,
topic and section filters, and linked views (keyword in context, mentions over
time, co-mentioned entities, events, headlines) that all follow the same
:class:`~marsad.explore.Selection`. Every computation is a call into
:mod:`marsad.explore` over tables prepared once; this module only moves values
between widgets and those functions.
"""
from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pandas as pd

from marsad.explore import views as ex
from marsad.charts.base import escape_html, events_words, mentions_words, outlet_name, plural

__all__ = ["Explorer"]

_TOGETHER_LABELS = [("any of them", "any"), ("together in a sentence", "sentence"),
                    ("together in a paragraph/headline", "segment"), ("together in a document", "document")]
_SECTION_LABELS = [("all sections", ""), ("ticker", "ticker"), ("articles", "article"), ("related headlines", "related")]
_BUSY = ("<span class='marsad-busy' style='color:#a60'>"
         "<span style='display:inline-block;animation:marsad-spin 1s linear infinite'>⟳</span> working…</span>"
         "<style>@keyframes marsad-spin{from{transform:rotate(0deg)}to{transform:rotate(360deg)}}</style>")
_PLOTLY_RENDERER = "plotly_mimetype"  # JupyterLab's plotly extension renders it; no HTML script needed


def _counts(mentions, events) -> str:
    """The run's mentions and events in the index's words: the mentions table also holds organisations and the
    events table background statements, so "3,522 mentions · 8 events" beside the index's "3,434 person and
    country mentions (and 88 of organisations), 7 events and 1 background statement" told two stories (audit41)."""
    out = []
    if "entity_type" in mentions.columns and len(mentions):
        named = int(mentions["entity_type"].isin(("person", "country")).sum())
        out.append(mentions_words(named, len(mentions) - named, bold=True))
    else:
        out.append(f"<b>{len(mentions):,}</b> mentions")
    if "kind" in events.columns and len(events):
        out.append(events_words(int((events["kind"] == "event").sum()), int((events["kind"] == "background").sum()),
                                bold=True))
    else:
        out.append(f"<b>{len(events):,}</b> events")
    return " · ".join(out)


class Explorer:
    """An interactive explorer over one run's tables.

    Args:
        run: a :class:`marsad.analyze.Run` (or anything :func:`marsad.explore.prepare_tables` takes).
        kb: the knowledge base (default: :func:`marsad.load_kb`), for names and search variants.
        output_dir: where the export button writes CSV files (default: the current folder).
        max_rows: rows shown in the KWIC and headline tables.
        top_n: entities in the co-mention view.

    Attributes:
        tables: the prepared :class:`~marsad.explore.ExploreTables`.
        selection: the current :class:`~marsad.explore.Selection`.
        views: the frames behind the last update (``kwic``, ``co_mentions``,
            ``timeline``, ``events``, ``headlines``).
        last_seconds: how long the last update took.
    """

    def __init__(self, run, *, kb=None, output_dir: str | Path | None = None, max_rows: int = 200, top_n: int = 15):
        if kb is None:
            from marsad.mentions.kb import load_kb

            kb = load_kb()
        self.kb = kb
        self.tables = ex.prepare_tables(run, kb=kb)
        self.options = ex.entity_options(self.tables, kb)
        self._option_of = dict(zip(self.options["entity_id"], self.options["option"]))
        self.selection = ex.Selection()
        self.output_dir = Path(output_dir) if output_dir else Path.cwd()
        self.max_rows = max_rows
        self.top_n = top_n
        self.views: dict[str, pd.DataFrame] = {}
        self.last_seconds = 0.0
        self._root = None
        self._muted = False

    # ------------------------------------------------------------------ selection
    def select(self, **changes) -> ex.Selection:
        """Change the selection (as :meth:`Selection.replace`) and refresh every view."""
        self.selection = self.selection.replace(**changes)
        self._sync_widgets()
        self.update()
        return self.selection

    def pick(self, text: str) -> str | None:
        """Add the entity named by ``text`` (name, spelling, English label or id); return its id."""
        eid = ex.resolve_entity(self.options, text, kb=self.kb)
        if eid is None:
            if self._root is not None:
                self._status.value = f"<span style='color:#b00'>no entity matches {escape_html(text)}</span>"
            return None
        if eid not in self.selection.entities:
            self.select(entities=(*self.selection.entities, eid))
        return eid

    # ------------------------------------------------------------------ widgets
    def widget(self):
        """Build (once) and return the explorer widget."""
        if self._root is None:
            self._build()
            self.update()
        return self._root

    def _build(self):
        import ipywidgets as w

        t = self.tables
        docs = t.documents
        lo, hi = ex.date_bounds(t)
        # "1 documents" on the seed (audit42): the counts in the index's words, plural and all
        header = (f"{plural(len(docs), 'document', bold=True)} · {plural(len(t.segments), 'segment', bold=True)} · "
                  f"{_counts(t.mentions, t.events)}"
                  + (f" · {lo:%Y-%m-%d} → {hi:%Y-%m-%d}" if lo is not None else " · undated"))
        if t.errors:
            header += "<br><span style='color:#b00'>" + escape_html(
                "; ".join(f"{k}: {v}" for k, v in t.errors.items())) + "</span>"
        self._header = w.HTML(header)

        self._picker = w.Combobox(
            options=list(self.options["option"]), ensure_option=False, continuous_update=False,
            placeholder="entity: بوتين, Putin, Q7747…", description="Entity",
            layout=w.Layout(width="420px"))
        self._picker.add_class("marsad-picker")
        self._picker.observe(self._on_pick, "value")
        self._chosen = w.TagsInput(value=[], allowed_tags=list(self.options["option"]), allow_duplicates=False,
                                   layout=w.Layout(width="auto", flex="1"))
        self._chosen.add_class("marsad-chosen")
        self._chosen.observe(self._on_chosen, "value")
        self._together = w.Dropdown(options=_TOGETHER_LABELS, value="any", description="Match",
                                    layout=w.Layout(width="330px"))
        self._together.observe(lambda _: self._from_widgets(), "value")

        self._search = w.Text(placeholder="search headlines and paragraphs (اتفاق* for longer words)",
                              description="Search", continuous_update=False, layout=w.Layout(width="420px"))
        self._search.add_class("marsad-search")
        self._search.observe(lambda _: self._from_widgets(), "value")
        self._sections = w.Dropdown(options=_SECTION_LABELS, value="", description="Sections",
                                    layout=w.Layout(width="260px"))
        self._sections.observe(lambda _: self._from_widgets(), "value")

        self._periods = self._date_steps(lo, hi)
        if len(self._periods) >= 2:
            labels = [f"{p:%Y-%m-%d}" for p in self._periods]
            self._dates = w.SelectionRangeSlider(
                options=list(zip(labels, range(len(labels)))), index=(0, len(labels) - 1), description="Dates",
                continuous_update=False, readout=False, layout=w.Layout(width="560px"))
            self._dates.observe(lambda _: self._from_widgets(), "value")
            self._dates_label = w.HTML(self._range_text())
            self._dates_box = w.HBox([self._dates, self._dates_label])
        else:
            self._dates = w.HTML("<i>Dates: this run has fewer than two dates, no date filter.</i>")
            self._dates_box = self._dates

        sources = t.segments.drop_duplicates("doc_id")["source"].dropna().value_counts()
        self._sources = w.SelectMultiple(options=[(f"{outlet_name(s)} ({n})", s) for s, n in sources.items()], description="Sources",
                                         rows=min(5, max(2, len(sources))), layout=w.Layout(width="360px"))
        self._sources.observe(lambda _: self._from_widgets(), "value")
        # Topics counted over the classified headlines (ticker items, or article titles), not segments.
        topics = (t.headlines if len(t.headlines) else t.segments)["topic"].dropna().value_counts()
        self._topics = w.SelectMultiple(options=[(f"{s} ({n})", s) for s, n in topics.items()], description="Topics",
                                        rows=min(5, max(2, len(topics))), layout=w.Layout(width="360px"))
        self._topics.observe(lambda _: self._from_widgets(), "value")
        self._clear = w.Button(description="Clear selection", icon="eraser")
        self._clear.on_click(lambda _: self._reset())

        self._status = w.HTML()
        self._status.add_class("marsad-status")
        self._export_what = w.Dropdown(options=["kwic", "mentions", "co_mentions", "events", "headlines", "timeline",
                                                "attention"],
                                       value="kwic", description="Export", layout=w.Layout(width="240px"))
        self._export = w.Button(description="Export CSV", icon="download", button_style="info")
        self._export.on_click(self._on_export)
        self._export_out = w.HTML()

        self._kwic = w.HTML()
        self._kwic.add_class("marsad-kwic-view")
        self._timeline = w.Output()
        self._co = w.Output()
        self._events = w.Output()
        self._heads = w.HTML()
        self._attention = w.Output()
        tabs = w.Tab(children=[self._kwic, self._timeline, self._co, self._events, self._heads, self._attention])
        for i, title in enumerate(["Keyword in context", "Mentions over time", "Co-mentioned", "Events", "Headlines",
                                   "Attention"]):
            tabs.set_title(i, title)
        self._tabs = tabs

        filters = [w.HBox([self._sources, self._topics, self._clear])] if len(sources) > 1 or len(topics) else []
        if not (len(sources) > 1 or len(topics)):
            filters = [w.HBox([self._clear])]
        self._root = w.VBox([
            self._header,
            w.HBox([self._picker, self._together]),
            self._chosen,
            w.HBox([self._search, self._sections]),
            self._dates_box,
            *filters,
            w.HBox([self._status]),
            w.HBox([self._export_what, self._export, self._export_out]),
            tabs,
        ])
        self._root.add_class("marsad-explorer")

    def _range_text(self, date_from=None, date_to=None) -> str:
        lo, hi = ex.date_bounds(self.tables)
        a, b = date_from or lo, date_to or hi
        return f"{a:%Y-%m-%d} → {b:%Y-%m-%d}" + ("" if date_from or date_to else " (all)")

    @staticmethod
    def _date_steps(lo, hi) -> list:
        if lo is None or lo == hi:
            return []
        span = (hi - lo).days
        freq = "D" if span <= 400 else "W-MON" if span <= 3 * 365 else "MS"
        steps = list(pd.date_range(lo, hi, freq=freq))
        if not steps or steps[0] > lo:
            steps.insert(0, lo)
        return steps

    # ------------------------------------------------------------------ events from widgets
    def _on_pick(self, change):
        text = change["new"]
        if self._muted or not text:
            return
        eid = self.pick(text)
        if eid is not None:
            self._muted = True
            self._picker.value = ""
            self._muted = False

    def _on_chosen(self, change):
        if self._muted:
            return
        ids = tuple(ex.resolve_entity(self.options, v) or v for v in change["new"])
        self.selection = self.selection.replace(entities=ids)
        self.update()

    def _from_widgets(self):
        if self._muted:
            return
        date_from = date_to = None
        if len(self._periods) >= 2:
            a, b = self._dates.index
            if (a, b) != (0, len(self._periods) - 1):
                date_from = self._periods[a]
                date_to = (self._periods[b + 1] - pd.Timedelta(days=1)) if b + 1 < len(self._periods) else ex.date_bounds(self.tables)[1]
        if len(self._periods) >= 2:
            self._dates_label.value = self._range_text(date_from, date_to)
        section = self._sections.value
        self.selection = self.selection.replace(
            together=self._together.value, text=self._search.value, sections=ex.SECTION_GROUPS.get(section, ()),
            sources=tuple(self._sources.value), topics=tuple(self._topics.value), date_from=date_from, date_to=date_to)
        self.update()

    def _reset(self):
        self.selection = ex.Selection()
        self._sync_widgets()
        self.update()

    def _sync_widgets(self):
        """Show the current selection in the widgets without triggering updates."""
        if self._root is None:
            return
        sel = self.selection
        self._muted = True
        try:
            self._chosen.value = [self._option_of[e] for e in sel.entities if e in self._option_of]
            self._together.value = sel.together
            self._search.value = sel.text
            group = next((k for k, v in ex.SECTION_GROUPS.items() if tuple(v) == tuple(sel.sections)), "")
            self._sections.value = group
            self._sources.value = tuple(s for s in sel.sources if s in {v for _, v in self._sources.options})
            self._topics.value = tuple(s for s in sel.topics if s in {v for _, v in self._topics.options})
            if len(self._periods) >= 2:
                steps = pd.DatetimeIndex(self._periods)
                a = 0 if sel.date_from is None else max(0, int(steps.searchsorted(sel.date_from, side="right")) - 1)
                b = len(steps) - 1 if sel.date_to is None else max(a, int(steps.searchsorted(sel.date_to, side="right")) - 1)
                self._dates.index = (a, b)
                self._dates_label.value = self._range_text(sel.date_from, sel.date_to)
        finally:
            self._muted = False

    def _on_export(self, _):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        what = self._export_what.value
        try:
            path = ex.export_selection(self.tables, self.selection, self.output_dir / f"explore-{what}-{stamp}.csv", what=what)
        except Exception as exc:  # show the reason next to the button; the explorer keeps working
            self._export_out.value = f"<span style='color:#b00'>export failed: {escape_html(exc)}</span>"
            return
        rows = sum(1 for _ in open(path, encoding="utf-8")) - 1
        self._export_out.value = f"wrote {rows:,} rows to <code>{escape_html(path)}</code>"

    # ------------------------------------------------------------------ computing the views
    def compute(self, sel: ex.Selection | None = None) -> dict[str, pd.DataFrame]:
        """Compute every view's frame for ``sel`` (default: the current selection); no widgets needed."""
        sel = sel or self.selection
        t = self.tables
        return {
            "kwic": ex.kwic(t, sel, limit=self.max_rows + 1),
            "co_mentions": ex.co_mentions(t, sel, top_n=self.top_n),
            "timeline": ex.mentions_over_time(t, sel),
            "events": ex.matching_events(t, sel),
            "headlines": ex.filter_headlines(t, sel),
            "attention": ex.attention_over_time(t, sel, top_n=min(self.top_n, 5)),
        }

    def update(self):
        """Recompute the views for the current selection and redraw them."""
        t0 = time.perf_counter()
        if self._root is not None:
            self._status.value = _BUSY
        try:
            self.views = self.compute()
        except Exception as exc:  # a bad query (e.g. empty search) is reported, not raised into the UI
            self.views = {}
            if self._root is not None:
                self._status.value = f"<span style='color:#b00'>{escape_html(exc)}</span>"
            return
        self.last_seconds = time.perf_counter() - t0
        if self._root is not None:
            self._render()
            self._status.value = self._status_text()

    def _status_text(self) -> str:
        sel, v = self.selection, self.views
        what = ", ".join(escape_html(self._option_of.get(e, e)) for e in sel.entities) or "no entity"
        if sel.text:
            what += f" · search “{escape_html(sel.text)}”"
        return (f"{what} · {len(v['kwic']) if len(v['kwic']) <= self.max_rows else f'{self.max_rows}+'} KWIC rows · "
                f"{len(v['events'])} events · {len(v['headlines'])} headlines · "
                f"<span class='marsad-latency'>{self.last_seconds * 1000:.0f} ms</span>")

    def _render(self):
        from IPython.display import display

        from marsad.charts.base import note

        v, sel = self.views, self.selection
        hint = "pick an entity or type a search to see it in context" if not sel.entities and not sel.text \
            else "no match for this selection"
        self._kwic.value = ex.kwic_html(v["kwic"], max_rows=self.max_rows, empty=hint)
        entity_note = "" if sel.entities else " (no entity picked: the most mentioned)"
        self._show(self._timeline, ex.timeline_figure(v["timeline"], title="Mentions over time" + entity_note))
        self._show(self._co, ex.co_mentions_figure(
            v["co_mentions"], title=("Named with the selection" if sel.entities else "Most mentioned entities")))
        with self._events:
            self._events.clear_output(wait=True)
            events = v["events"]
            if events.empty:
                display(note("no event matches this selection"))
            else:
                ex.events_figure(events).show(renderer=_PLOTLY_RENDERER)
                cols = [c for c in ("date_start", "date_end", "actor1", "actor2", "event_label", "goldstein", "sentence",
                                    "doc_id") if c in events]
                from marsad.charts.base import rtl_table

                display(rtl_table(events[cols], max_rows=self.max_rows))
        from marsad.charts.overview import attention_figure

        self._show(self._attention, attention_figure(
            v["attention"], title=("Share of documents naming the selection" if sel.entities
                                   else "Share of documents naming the most mentioned entities")))
        heads = v["headlines"]
        if heads.empty:
            self._heads.value = "<p class='marsad-note'>no headline matches this selection</p>"
        else:
            from marsad.charts.base import rtl_table

            shown = heads.assign(date=heads["date"].dt.strftime("%Y-%m-%d").fillna("undated"))
            self._heads.value = rtl_table(shown, max_rows=self.max_rows).data

    @staticmethod
    def _show(out, fig):
        with out:
            out.clear_output(wait=True)
            fig.show(renderer=_PLOTLY_RENDERER)
