"""Timeline callbacks: stacked bars per day/week/month, brushing sets the date filter, Play steps a window.

The timeline shows every filter except the date range (so the whole span stays visible) and shades the selected
window; dragging across it (or zooming its x axis) sets the date range in the filter controls.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from dash import Input, Output, State, ctx, no_update

from dashboard import ids
from dashboard.aggregate import time_bins, time_unit
from dashboard.data import day_to_date
from dashboard.figures import timeline_figure
from dashboard.filters import FilterState, state_from_dict

if TYPE_CHECKING:
    import dash
    import plotly.graph_objects as go

    from dashboard.app import AppContext

__all__ = ["build_timeline", "play_start", "play_tick", "range_from_brush", "register"]

_STEP_DAYS = {"day": 1, "week": 7, "month": 30}


def build_timeline(actx: AppContext, state: FilterState) -> go.Figure:
    """The timeline figure for ``state`` (date filter shown as a shaded window, not applied)."""
    cols, rows = actx.rows(state, ignore_dates=True)
    dated = rows[rows < cols.n_dated]  # rows are date-sorted and undated rows come last
    series = time_bins(cols.day[dated], cols.codes["event_type"][dated], cols.labels["event_type"])
    window = (
        state.date_from.isoformat() if state.date_from else None,
        state.date_to.isoformat() if state.date_to else None,
    )
    return timeline_figure(series, window=window, undated=len(rows) - len(dated))


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def range_from_brush(selected: dict | None, relayout: dict | None) -> tuple[dt.date, dt.date] | str | None:
    """The date range a brush or x-axis zoom asks for; ``"clear"`` for a reset (double click); None otherwise."""
    xs: list[Any] | None = None
    if selected and isinstance(selected.get("range"), dict) and selected["range"].get("x"):
        xs = selected["range"]["x"]
    elif relayout:
        if relayout.get("xaxis.autorange"):
            return "clear"
        if "xaxis.range[0]" in relayout and "xaxis.range[1]" in relayout:
            xs = [relayout["xaxis.range[0]"], relayout["xaxis.range[1]"]]
        elif isinstance(relayout.get("xaxis.range"), list | tuple):
            xs = list(relayout["xaxis.range"])
    if not xs or len(xs) != 2:
        return None
    a, b = _as_date(xs[0]), _as_date(xs[1])
    if a is None or b is None:
        return None
    return (a, b) if a <= b else (b, a)


def play_start(
    span: tuple[dt.date, dt.date], current: tuple[dt.date | None, dt.date | None]
) -> tuple[dt.date, dt.date, dict]:
    """First window of a play-through: the current window width if one is set, else an eighth of the span."""
    first, last = span
    total = (last - first).days + 1
    unit = time_unit(total)
    step = _STEP_DAYS[unit]
    lo, hi = current
    if lo and hi and (hi - lo).days + 1 < total:
        width = (hi - lo).days + 1
        start = lo if hi < last else first
    else:
        width = max(step, total // 8)
        start = first
    end = min(start + dt.timedelta(days=width - 1), last)
    return start, end, {"width": width, "step": step, "last": last.isoformat()}


def play_tick(current_from: dt.date, play: dict) -> tuple[dt.date, dt.date] | None:
    """Next window, or None when the window has passed the last day (play stops)."""
    last = dt.date.fromisoformat(play["last"])
    start = current_from + dt.timedelta(days=int(play["step"]))
    if start > last:
        return None
    return start, min(start + dt.timedelta(days=int(play["width"]) - 1), last)


def register(app: dash.Dash, actx: AppContext) -> None:
    """Attach the timeline callbacks to ``app``."""

    @app.callback(
        Output(ids.TIMELINE, "figure"),
        Input(ids.FILTER_STATE, "data"),
        Input(ids.DATA_REVISION, "data"),
    )
    def update_timeline(state: dict | None, _revision: Any):
        return build_timeline(actx, state_from_dict(state))

    @app.callback(
        Output(ids.F_DATES, "start_date", allow_duplicate=True),
        Output(ids.F_DATES, "end_date", allow_duplicate=True),
        Input(ids.TIMELINE, "selectedData"),
        Input(ids.TIMELINE, "relayoutData"),
        State(ids.FILTER_STATE, "data"),
        prevent_initial_call=True,
    )
    def brush(selected: dict | None, relayout: dict | None, state: dict | None):
        if ctx.triggered_id != ids.TIMELINE:
            return no_update, no_update
        prop = ctx.triggered[0]["prop_id"].split(".")[-1] if ctx.triggered else ""
        wanted = range_from_brush(
            selected if prop == "selectedData" else None, relayout if prop != "selectedData" else None
        )
        current = state_from_dict(state)
        if wanted is None:
            return no_update, no_update
        if wanted == "clear":
            return (None, None) if (current.date_from or current.date_to) else (no_update, no_update)
        a, b = wanted
        if (a, b) == (current.date_from, current.date_to):
            return no_update, no_update
        return a.isoformat(), b.isoformat()

    @app.callback(
        Output(ids.PLAY_INTERVAL, "disabled"),
        Output(ids.PLAY, "children"),
        Output(ids.PLAY_STATE, "data"),
        Output(ids.F_DATES, "start_date", allow_duplicate=True),
        Output(ids.F_DATES, "end_date", allow_duplicate=True),
        Input(ids.PLAY, "n_clicks"),
        Input(ids.PLAY_INTERVAL, "n_intervals"),
        State(ids.PLAY_INTERVAL, "disabled"),
        State(ids.PLAY_STATE, "data"),
        State(ids.FILTER_STATE, "data"),
        prevent_initial_call=True,
    )
    def play(_clicks: Any, _ticks: Any, stopped: bool, play_state: dict | None, state: dict | None):
        current = state_from_dict(state)
        stop = (True, "▶ Play", None, no_update, no_update)
        if ctx.triggered_id == ids.PLAY:
            if not stopped:
                return stop
            cols = actx.columns()
            span = cols.date_span
            if span is None:
                return stop
            lo, hi, play_data = play_start(
                (day_to_date(span[0]), day_to_date(span[1])), (current.date_from, current.date_to)
            )
            return False, "⏸ Pause", play_data, lo.isoformat(), hi.isoformat()
        if stopped or not play_state or current.date_from is None:
            return stop
        nxt = play_tick(current.date_from, play_state)
        if nxt is None:
            return stop
        return no_update, no_update, no_update, nxt[0].isoformat(), nxt[1].isoformat()
