"""geodata: places — gazetteer build + lookup, name normalisation, place mentions in text, boundaries.

Knows nothing about news or incidents. Public names only; everything else is private. Nothing is loaded at
import time: the gazetteer is read from the on-disk cache by :func:`load_gazetteer`, the boundary layers on first
use.
"""

from geodata.boundaries import AdminArea, admin_for_point, admin_for_points, boundaries_geojson
from geodata.build import build_gazetteer, default_cache_dir
from geodata.distance import haversine_km
from geodata.gazetteer import Gazetteer, load_gazetteer
from geodata.matching import find_places, resolve_spans
from geodata.model import Candidate, Place, PlaceMention
from geodata.names import normalize_name, normalize_with_offsets

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
    "default_cache_dir",
    "find_places",
    "haversine_km",
    "load_gazetteer",
    "normalize_name",
    "normalize_with_offsets",
    "resolve_spans",
]
