"""Export callback: download exactly the filtered incidents through ``incidents.interchange.export_bytes``.

The dashboard's numpy selection decides which incidents; the store is asked for a superset with the same
structured filters (its SQL substring match lower-cases ASCII only) and only the selected ids are kept, so the file
holds the incidents the count shows — no more, no fewer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dash import Input, Output, State, dcc, no_update

from dashboard import ids
from dashboard.filters import FilterState, state_from_dict, to_query
from incidents import Incident
from incidents.interchange import FORMATS, InterchangeError, export_bytes

if TYPE_CHECKING:
    import dash

    from dashboard.app import AppContext

__all__ = ["filtered_incidents", "register"]


def filtered_incidents(actx: AppContext, state: FilterState) -> list[Incident]:
    """Full records of the incidents the dashboard selects for ``state`` (date order)."""
    cols, rows = actx.rows(state)
    wanted = set(cols.incident_id[rows].tolist())
    with actx.lock:
        return [
            inc for inc in actx.store.iter_incidents(to_query(state, loose=True)) if inc.incident_id in wanted
        ]


def register(app: dash.Dash, actx: AppContext) -> None:
    """Attach the export callback to ``app``."""

    @app.callback(
        Output(ids.EXPORT_DOWNLOAD, "data"),
        Output(ids.EXPORT_NOTE, "children"),
        Input(ids.EXPORT_BUTTON, "n_clicks"),
        State(ids.EXPORT_FORMAT, "value"),
        State(ids.FILTER_STATE, "data"),
        prevent_initial_call=True,
    )
    def export(_clicks: Any, fmt: str | None, state: dict | None):
        if fmt not in FORMATS:
            return no_update, f"Choose a format ({', '.join(FORMATS)})."
        incidents = filtered_incidents(actx, state_from_dict(state))
        if not incidents:
            return no_update, "Nothing to export: no incident matches the filters."
        try:
            data, filename, _mimetype = export_bytes(incidents, fmt)
        except InterchangeError as exc:
            return no_update, f"Export failed: {exc}"
        return dcc.send_bytes(data, filename), f"Exported {len(incidents):,} incidents as {filename}."
