"""geodata: places — gazetteer build + lookup, name normalisation, place mentions in text, boundaries.

Knows nothing about news or incidents. Public names only; everything else is private. Nothing is loaded at
import time: the gazetteer is read from the on-disk cache by :func:`load_gazetteer`, the boundary layers on first
use. The names themselves are imported on first use (PEP 562): a caller that needs only the boundaries (the lat/lon
swap check of imports) does not import the gazetteer builder and the place matcher (~0.04 s CPU).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata._lazy import lazy_exports

if TYPE_CHECKING:
    from geodata.boundaries import AdminArea, admin_for_point, admin_for_points, boundaries_geojson
    from geodata.build import build_gazetteer, default_cache_dir
    from geodata.distance import haversine_km
    from geodata.gazetteer import Gazetteer, load_gazetteer
    from geodata.matching import find_places, resolve_spans
    from geodata.model import Candidate, Place, PlaceMention
    from geodata.names import normalize_name, normalize_with_offsets
    from geodata.provinces import canonical_admin1, split_parent_code

#: public name -> module that defines it
_LAZY = {
    "AdminArea": "geodata.boundaries",
    "admin_for_point": "geodata.boundaries",
    "admin_for_points": "geodata.boundaries",
    "boundaries_geojson": "geodata.boundaries",
    "build_gazetteer": "geodata.build",
    "default_cache_dir": "geodata.build",
    "haversine_km": "geodata.distance",
    "Gazetteer": "geodata.gazetteer",
    "load_gazetteer": "geodata.gazetteer",
    "find_places": "geodata.matching",
    "resolve_spans": "geodata.matching",
    "Candidate": "geodata.model",
    "Place": "geodata.model",
    "PlaceMention": "geodata.model",
    "normalize_name": "geodata.names",
    "normalize_with_offsets": "geodata.names",
    "canonical_admin1": "geodata.provinces",
    "split_parent_code": "geodata.provinces",
}


__getattr__, __dir__ = lazy_exports("geodata", _LAZY, globals())


__all__ = [
    "AdminArea",
    "Candidate",
    "Gazetteer",
    "Place",
    "PlaceMention",
    "admin_for_point",
    "admin_for_points",
    "boundaries_geojson",
    "build_gazetteer",
    "canonical_admin1",
    "default_cache_dir",
    "find_places",
    "haversine_km",
    "load_gazetteer",
    "normalize_name",
    "normalize_with_offsets",
    "resolve_spans",
    "split_parent_code",
]
