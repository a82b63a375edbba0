"""Frozen records of the geodata contract: places, ranked candidates, mentions in text."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KINDS", "PATTERNS", "PRECISIONS", "Candidate", "Place", "PlaceMention", "precision_for_kind"]

#: place kinds, most specific first
KINDS = ("site", "airport", "settlement", "admin2", "admin1", "country")
#: location precision a candidate of each kind gives (an airport is a site-level location)
PRECISIONS = ("site", "settlement", "admin2", "admin1", "country")
#: how a mention was recognised
PATTERNS = ("facility", "admin1", "name", "country")


def precision_for_kind(kind: str) -> str:
    """Location precision of a place of ``kind`` (airports and curated sites are facility-level: ``site``)."""
    return "site" if kind in ("site", "airport") else kind


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    ``place_id`` is stable across rebuilds ("icao:ORAA", "gn:98182", "site:irq-ain-al-asad", "adm1:IRQ-3471",
    "country:IRQ"); coordinates are WGS84 degrees.
    """

    place_id: str
    name: str
    kind: str
    lat: float
    lon: float
    iso3: str | None
    country: str | None
    admin1: str | None
    population: int
    feature_code: str
    source: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a mention may refer to; ``score`` is comparable only among the candidates of one mention."""

    place: Place
    score: float
    precision: str


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name found in text; ``text[start:end] == surface`` in the text passed to ``find_places``."""

    start: int
    end: int
    surface: str
    pattern: str
    candidates: tuple[Candidate, ...]
