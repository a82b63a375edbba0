"""Filter callbacks: options from the data, controls <-> filter state <-> URL query string, the count, reset.

Flow (no cycles in Dash's graph): the URL a link opened (``url-in``) or Reset set the controls; the controls build
the filter state and write the URL (``url-out``). When ``url-out`` changes the address, ``url-in`` sees a state
equal to the current one and does nothing, so a notice about ignored URL values stays visible.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from dash import Input, Output, State, ctx, html, no_update

from dashboard import ids
from dashboard.data import day_to_date
from dashboard.filters import (
    DEFAULT_STATE,
    FilterState,
    state_from_dict,
    state_from_url,
    state_to_dict,
    state_to_url,
)
from incidents import EVENT_TYPES, WEAPONS

if TYPE_CHECKING:
    import dash

    from dashboard.app import AppContext
    from dashboard.data import Columns

__all__ = [
    "CONTROL_OUTPUTS",
    "controls_from_state",
    "count_text",
    "country_options",
    "filter_options",
    "known_values",
    "register",
    "state_from_controls",
]

#: (component id, property) of every control, in the order callbacks read and write them.
CONTROL_OUTPUTS: tuple[tuple[str, str], ...] = (
    (ids.F_DATES, "start_date"),
    (ids.F_DATES, "end_date"),
    (ids.F_EVENT_TYPE, "value"),
    (ids.F_SUB_EVENT_TYPE, "value"),
    (ids.F_WEAPON, "value"),
    (ids.F_ACTOR, "value"),
    (ids.F_COUNTRY, "value"),
    (ids.F_ADMIN1, "value"),
    (ids.F_FAT_MIN, "value"),
    (ids.F_FAT_MAX, "value"),
    (ids.F_GEO_PRECISION, "value"),
    (ids.F_DATE_PRECISION, "value"),
    (ids.F_CONFIDENCE, "value"),
    (ids.F_SOURCE, "value"),
    (ids.F_HISTORICAL, "value"),
    (ids.F_TEXT, "value"),
)


def controls_from_state(state: FilterState) -> list[Any]:
    """Control values (in :data:`CONTROL_OUTPUTS` order) that show ``state``."""
    return [
        state.date_from.isoformat() if state.date_from else None,
        state.date_to.isoformat() if state.date_to else None,
        list(state.event_types),
        list(state.sub_event_types),
        list(state.weapons),
        state.actor,
        list(state.iso3),
        list(state.admin1),
        state.min_fatalities,
        state.max_fatalities,
        list(state.geo_precision),
        list(state.date_precision),
        state.min_confidence or 0,
        list(state.sources),
        ["on"] if state.historical else [],
        state.text,
    ]


def state_from_controls(values: list[Any]) -> FilterState:
    """The filter state the controls show (invalid combinations, e.g. start after end, drop that part)."""
    (
        start,
        end,
        types,
        subs,
        weapons,
        actor,
        iso3,
        admin1,
        fmin,
        fmax,
        geo,
        dprec,
        conf,
        sources,
        hist,
        text,
    ) = values
    return state_from_dict(
        {
            "date_from": start,
            "date_to": end,
            "event_types": types,
            "sub_event_types": subs,
            "weapons": weapons,
            "actor": actor,
            "iso3": iso3,
            "admin1": admin1,
            "min_fatalities": fmin,
            "max_fatalities": fmax,
            "geo_precision": geo,
            "date_precision": dprec,
            "min_confidence": conf if conf else None,
            "sources": sources,
            "historical": bool(hist),
            "text": text,
        }
    )


def known_values(cols: Columns) -> dict[str, list[str]]:
    """Values present in the data, used to validate a URL (an unknown country code is reported, not applied)."""
    return {
        "iso3": cols.distinct("iso3"),
        "admin1": cols.distinct("admin1"),
        "sources": cols.distinct("source"),
    }


def country_options(cols: Columns) -> list[dict[str, str]]:
    """Country dropdown options "Iraq (IRQ)" from the distinct (iso3, country) pairs (no pass over the rows in
    Python: the pairs come from the two code arrays)."""
    iso_codes, country_codes = cols.codes["iso3"], cols.codes["country"]
    pairs = np.unique(iso_codes.astype(np.int64) * (len(cols.labels["country"]) + 1) + country_codes)
    names: dict[str, str] = {}
    for pair in pairs.tolist():
        code = cols.labels["iso3"][pair // (len(cols.labels["country"]) + 1)]
        name = cols.labels["country"][pair % (len(cols.labels["country"]) + 1)]
        if code and (code not in names or not names[code].endswith(")")):
            names[code] = f"{name} ({code})" if name else code
    return sorted(({"label": v, "value": k} for k, v in names.items()), key=lambda o: o["label"])


def filter_options(cols: Columns) -> dict[str, Any]:
    """Dropdown options and date bounds from the data.

    The page layout carries them from the start: Dash 4's dropdown drops a value (e.g. a country from the URL)
    that is not among its options when it is set.
    """
    span = cols.date_span
    return {
        "event_types": _options(list(EVENT_TYPES)),
        "sub_event_types": _options([s for subs in EVENT_TYPES.values() for s in subs]),
        "weapons": [{"label": weapon_label(w), "value": w} for w in WEAPONS],
        "iso3": country_options(cols),
        "admin1": _options(cols.distinct("admin1")),
        "sources": _options(cols.distinct("source")),
        "min_date": None if span is None else day_to_date(span[0]).isoformat(),
        "max_date": None if span is None else day_to_date(span[1]).isoformat(),
    }


#: Words for the ``weapon`` field's codes (``incidents.WEAPONS``): the analyst reads "small arms", not "small_arms"
WEAPON_LABELS: dict[str, str] = {
    "ied": "IED (improvised explosive device)",
    "car_bomb": "car bomb (VBIED)",
    "suicide_vest": "suicide vest",
    "small_arms": "small arms",
    "chemical": "chemical weapon",
    "aircraft": "aircraft (air strike)",
    "knife": "knife or blade",
}


def weapon_label(code: str | None) -> str | None:
    """The words shown for a weapon code (unknown codes, e.g. from an imported layer, are shown as stored)."""
    return None if code is None else WEAPON_LABELS.get(code, code.replace("_", " "))


def _options(values: list[str], labels: dict[str, str] | None = None) -> list[dict[str, str]]:
    return [{"label": (labels or {}).get(v, v), "value": v} for v in values]


def register(app: dash.Dash, actx: AppContext) -> None:
    """Attach the filter callbacks to ``app``."""

    @app.callback(
        Output(ids.F_EVENT_TYPE, "options"),
        Output(ids.F_WEAPON, "options"),
        Output(ids.F_COUNTRY, "options"),
        Output(ids.F_ADMIN1, "options"),
        Output(ids.F_SOURCE, "options"),
        Output(ids.F_DATES, "min_date_allowed"),
        Output(ids.F_DATES, "max_date_allowed"),
        Input(ids.DATA_REVISION, "data"),
    )
    def options(_revision: Any):
        o = filter_options(actx.columns())
        return (
            o["event_types"],
            o["weapons"],
            o["iso3"],
            o["admin1"],
            o["sources"],
            o["min_date"],
            o["max_date"],
        )

    @app.callback(Output(ids.F_SUB_EVENT_TYPE, "options"), Input(ids.F_EVENT_TYPE, "value"))
    def sub_options(chosen_types: list[str] | None):
        return _options([s for t in (chosen_types or list(EVENT_TYPES)) for s in EVENT_TYPES.get(t, ())])

    @app.callback(
        *[Output(cid, prop) for cid, prop in CONTROL_OUTPUTS],
        Output(ids.URL_NOTICE, "children"),
        Input(ids.URL_IN, "search"),
        Input(ids.F_RESET, "n_clicks"),
        State(ids.FILTER_STATE, "data"),
    )
    def controls_from_url(search: str | None, _reset: Any, current: dict | None):
        if ctx.triggered_id == ids.F_RESET:
            return *controls_from_state(DEFAULT_STATE), None
        parsed = state_from_url(search, known=known_values(actx.columns()))
        notice = None
        if parsed.ignored:
            notice = html.Div(
                [
                    html.Strong("Some filters in the link were ignored: "),
                    "; ".join(parsed.ignored),
                    " (unknown values, or not present in this store).",
                ]
            )
        if (
            ctx.triggered_id == ids.URL_IN
            and current is not None
            and parsed.state == state_from_dict(current)
        ):
            # a link whose only filters are invalid leaves the controls as they are, but must still say what it
            # ignored: else a mistyped link looks like a correct view of everything (the notice is kept when the
            # address bar is then rewritten, because that search parses to the same state with nothing ignored)
            return *(no_update,) * len(CONTROL_OUTPUTS), (notice if notice is not None else no_update)
        return *controls_from_state(parsed.state), notice

    @app.callback(
        Output(ids.FILTER_STATE, "data"),
        Output(ids.URL_OUT, "search"),
        *[Input(cid, prop) for cid, prop in CONTROL_OUTPUTS],
    )
    def state_from_inputs(*values: Any):
        state = state_from_controls(list(values))
        return state_to_dict(state), state_to_url(state)

    @app.callback(
        Output(ids.COUNT, "children"),
        Input(ids.FILTER_STATE, "data"),
        Input(ids.DATA_REVISION, "data"),
    )
    def count(state: dict | None, _revision: Any):
        cols, rows = actx.rows(state_from_dict(state))
        return count_text(len(rows), len(cols))


def count_text(n: int, total: int) -> str:
    """``"N of M incidents"`` with thousands separators."""
    return f"{n:,} of {total:,} incidents"
