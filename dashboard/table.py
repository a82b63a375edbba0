"""Table callbacks: the filtered incidents in an AG Grid (first N by date), and selection shared with the map.

The grid gets its rows from the columnar cache (no record parsing), capped at ``settings.table_rows``; the note
says how many matched. Selecting a row selects the incident on the map and vice versa.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from dash import Input, Output, State, ctx, no_update

from dashboard import ids
from dashboard.data import NO_DATE, Columns, day_to_date
from dashboard.filters import state_from_dict
from dashboard.filters_cb import weapon_label
from dashboard.layout import TABLE_COLUMNS

if TYPE_CHECKING:
    import dash

    from dashboard.app import AppContext

__all__ = ["register", "selection_from_click", "table_rows"]

_CATEGORY_FIELDS = {
    "event_type",
    "sub_event_type",
    "weapon",
    "location",
    "admin1",
    "country",
    "date_precision",
    "source",
}


def table_rows(cols: Columns, rows: np.ndarray, *, limit: int) -> list[dict[str, Any]]:
    """Grid rows for the first ``limit`` selected incidents (date order).

    Keys are the short ones of :data:`~dashboard.layout.TABLE_COLUMNS`, plus ``id`` and the coordinates
    (``la``/``lo``, for selecting on the map); empty values are left out to keep the payload small.
    """
    rows = rows[:limit]
    data: dict[str, list[Any]] = {"id": cols.incident_id[rows].tolist()}
    keys = {name: key for name, key, _, _ in TABLE_COLUMNS}
    for name in _CATEGORY_FIELDS:
        data[keys[name]] = cols.values(name, rows).tolist()
    data[keys["weapon"]] = list(map(weapon_label, data[keys["weapon"]]))
    days = cols.day[rows].tolist()
    data[keys["event_date"]] = [None if d == NO_DATE else day_to_date(d).isoformat() for d in days]
    data[keys["fatalities"]] = [None if np.isnan(f) else int(f) for f in cols.fatalities[rows].tolist()]
    data[keys["geo_precision"]] = [g or None for g in cols.geo_precision[rows].tolist()]
    data[keys["intercepted"]] = ["yes" if v else None for v in cols.intercepted[rows].tolist()]
    data[keys["historical"]] = ["yes" if v else None for v in cols.historical[rows].tolist()]
    data[keys["confidence"]] = [round(c, 2) for c in cols.confidence[rows].tolist()]
    data["la"] = [None if np.isnan(v) else round(v, 5) for v in cols.lat[rows].tolist()]
    data["lo"] = [None if np.isnan(v) else round(v, 5) for v in cols.lon[rows].tolist()]
    names = list(data)
    columns = [data[n] for n in names]
    return [
        {n: v for n, v in zip(names, values, strict=True) if v is not None and v != ""}
        for values in zip(*columns, strict=True)
    ]


def selection_from_click(cols: Columns, click: dict | None, meta: dict | None) -> dict | None:
    """The incident a map click points at (None for a grid cell, a halo, or a figure from an older revision)."""
    if not click or not click.get("points"):
        return None
    if (meta or {}).get("revision") != cols.revision:
        return None
    point = click["points"][0]
    row = point.get("customdata")
    if isinstance(row, list):
        row = row[0] if row else None
    if row is None or not isinstance(row, int | float) or not 0 <= int(row) < len(cols):
        return None
    row = int(row)
    lat, lon = float(cols.lat[row]), float(cols.lon[row])
    return {
        "id": str(cols.incident_id[row]),
        "lat": None if np.isnan(lat) else lat,
        "lon": None if np.isnan(lon) else lon,
    }


def register(app: dash.Dash, actx: AppContext) -> None:
    """Attach the table and selection callbacks to ``app``."""

    @app.callback(
        Output(ids.TABLE, "rowData"),
        Output(ids.TABLE_NOTE, "children"),
        Input(ids.FILTER_STATE, "data"),
        Input(ids.DATA_REVISION, "data"),
    )
    def update_table(state: dict | None, _revision: Any):
        cols, rows = actx.rows(state_from_dict(state))
        limit = actx.settings.table_rows
        data = table_rows(cols, rows, limit=limit)
        if len(rows) > limit:
            note = f"Showing the first {limit:,} of {len(rows):,} matching incidents by date (narrow the filters)."
        else:
            note = f"{len(rows):,} matching incidents."
        return data, note

    @app.callback(
        Output(ids.SELECTED, "data"),
        Output(ids.TABLE, "selectedRows"),
        Input(ids.MAP, "clickData"),
        Input(ids.TABLE, "selectedRows"),
        State(ids.MAP_META, "data"),
        State(ids.SELECTED, "data"),
        prevent_initial_call=True,
    )
    def select_incident(click: dict | None, grid_rows: Any, meta: dict | None, current: dict | None):
        if ctx.triggered_id == ids.MAP:
            chosen = selection_from_click(actx.columns(), click, meta)
            if chosen is None or (current and current.get("id") == chosen["id"]):
                return no_update, no_update
            return chosen, {"ids": [chosen["id"]]}
        rows = grid_rows if isinstance(grid_rows, list) else []
        if not rows or not isinstance(rows[0], dict) or "id" not in rows[0]:
            return no_update, no_update
        row = rows[0]
        if current and current.get("id") == row["id"]:
            return no_update, no_update
        chosen = {"id": row["id"], "lat": row.get("la"), "lon": row.get("lo")}
        return chosen, no_update
