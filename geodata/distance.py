"""Great-circle distances: the one haversine of the project (resolution, merging, evaluation, checks)."""

from __future__ import annotations

import math

import numpy as np

__all__ = ["EARTH_RADIUS_KM", "PROVINCE_SLACK_DEG", "haversine_km", "haversine_km_array", "near_admin1"]

#: mean Earth radius (IUGG), km
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def haversine_km_array(lat1: float, lon1: float, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Distances in km from one point to many (degrees), vectorised."""
    p1 = math.radians(lat1)
    p2 = np.radians(lat2)
    h = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


#: how far (degrees, ~15 km) outside a province's simplified polygon a town may lie and still be said to be in it:
#: on a border the ~1 km generalisation (and GeoNames' points) put some towns across ("Jiribam", Manipur, in Assam)
PROVINCE_SLACK_DEG = 0.15


def near_admin1(adm1_code: str, lon: float, lat: float, slack_deg: float = PROVINCE_SLACK_DEG) -> bool:
    """The point lies in the province ``adm1_code`` or within ``slack_deg`` of its polygon (False for an unknown
    code): what a report's "Jiribam, Manipur" or "Manipur's Jiribam district" may be trusted for."""
    import shapely

    from geodata.boundaries import admin1_polygon  # (the layer loads on first use)
    from geodata.provinces import split_parent_code

    # a province newer than the layer ("Ituri") has no polygon of its own: the one it was split from (Orientale)
    polygon = admin1_polygon(adm1_code) or admin1_polygon(split_parent_code(adm1_code) or "")
    return polygon is not None and shapely.distance(polygon, shapely.Point(lon, lat)) <= slack_deg
