"""Catch latitude and longitude written in each other's columns, a common spreadsheet mistake.

A swapped pair is only caught by the range check when the "latitude" is beyond ±90. For most conflict areas
(Iraq: lat 33, lon 44) both numbers are valid either way, and the swapped point silently lands in another country
(Iraq → Turkey), overwriting good incidents on re-import. A row that names its country tells us: when the point as
written is outside that country but the swapped point is inside it, the row is rejected with a reason that says so.
Rows without a country, or where neither reading falls in it (border, coast, sea), are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from incidents.interchange._rows import ImportReject
from incidents.model import Incident

__all__ = ["drop_swapped"]


def drop_swapped(
    incidents: Sequence[Incident], where: Callable[[Incident], int | None], *, unit: str = "line"
) -> tuple[list[Incident], list[ImportReject]]:
    """Split ``incidents`` into those kept and rejects for rows whose lat/lon are swapped.

    Parameters
    ----------
    where
        The row's line (or feature) number, for the reject.
    """
    checked = [
        k
        for k, inc in enumerate(incidents)
        if inc.iso3 and inc.latitude is not None and inc.longitude is not None and abs(inc.longitude) <= 90
    ]
    if not checked:
        return list(incidents), []
    from geodata.boundaries import (  # loaded on first use: only when needed
        NEAREST_MAX_DISTANCE,
        admin_for_points,
        in_country,
    )

    # cheap screen first: a point inside its own country, or one whose swap is not, cannot be a swap
    codes = [incidents[k].iso3 for k in checked]
    lons = [incidents[k].longitude for k in checked]
    lats = [incidents[k].latitude for k in checked]
    inside = in_country(codes, lons, lats)  # geometry order (lon, lat)
    outside = np.flatnonzero(~inside)
    if not len(outside):
        return list(incidents), []
    swap_inside = in_country(
        [codes[i] for i in outside],
        [lats[i] for i in outside],
        [lons[i] for i in outside],
        within=NEAREST_MAX_DISTANCE,  # a swap that lands on the coast counts, as the province lookup says
    )
    maybe = [checked[i] for i in outside[swap_inside]]
    if not maybe:
        return list(incidents), []
    # the exact test (the point -> province lookup, border tie-breaks and coasts included) for those few
    as_written = admin_for_points(
        [incidents[k].longitude for k in maybe], [incidents[k].latitude for k in maybe]
    )
    suspects = [
        (k, area)
        for k, area in zip(maybe, as_written, strict=True)
        if (area.iso3 if area is not None else None) != incidents[k].iso3
    ]
    if not suspects:
        return list(incidents), []
    # the flip under test: the written longitude read as the latitude and the other way round
    flipped = admin_for_points(
        [incidents[k].latitude for k, _ in suspects], [incidents[k].longitude for k, _ in suspects]
    )
    bad: dict[int, ImportReject] = {}
    for (k, area), swapped in zip(suspects, flipped, strict=True):
        inc = incidents[k]
        if swapped is None or swapped.iso3 != inc.iso3:
            continue
        lands = f"in {area.iso3 or area.country}" if area is not None else "at sea"
        bad[k] = ImportReject(
            where(inc),
            f"latitude {inc.latitude:g}, longitude {inc.longitude:g} is {lands}, not in {inc.iso3}; swapped it "
            f"falls in {inc.iso3} — latitude and longitude swapped?",
            inc.origin_id or inc.incident_id,
            unit,
        )
    kept = [inc for k, inc in enumerate(incidents) if k not in bad]
    return kept, list(bad.values())
