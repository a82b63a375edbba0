"""QA 30 (fx30b, c9): a province merged into another since the layer was drawn is stored as the one it is part of
today. Pakistan's F.A.T.A. became part of Khyber Pakhtunkhwa in 2018 (ACLED codes Khyber Pakhtunkhwa): a town there is
stored under Khyber Pakhtunkhwa, lies inside a "Khyber Pakhtunkhwa province" said in the report, and an import's or
an old record's "F.A.T.A." folds to it. The polygon keeps its name as a place (geodata/data/BOUNDARIES.md)."""

from __future__ import annotations

import pytest

from geodata.provinces import canonical_admin1, current_admin1
from tests.test_extract_layers import _rows

FIELDS = ("location", "location_precision", "admin1", "country")

CASES = [
    # a town of the former tribal areas
    (
        "2024-07-03",
        "Militants attacked a police post in Khar on Tuesday, killing two policemen.",
        [("Khar", "settlement", "Khyber Pakhtunkhwa", "Pakistan")],
    ),
    # the province said first, the town told next: the town, inside the province said
    (
        "2024-07-03",
        "Gunmen killed four soldiers in Khyber Pakhtunkhwa on Tuesday. The ambush took place near Wana.",
        [("near Wana", "near", "Khyber Pakhtunkhwa", "Pakistan")],
    ),
]

GUARDS = [
    (
        "2024-07-03",
        "Militants attacked a police post in Bannu on Tuesday, killing two policemen.",
        [("Bannu", "settlement", "Khyber Pakhtunkhwa", "Pakistan")],
    ),
    (
        "2024-07-03",
        "Gunmen killed four soldiers in Balochistan on Tuesday. The ambush took place near Wana.",
        [("Balochistan", "admin1", "Balochistan", "Pakistan")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES + GUARDS)
def test_merged_province_stored_as_today(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, *FIELDS) == expected


@pytest.mark.parametrize(
    ("name", "iso3", "expected"),
    [
        ("F.A.T.A.", "PAK", "Khyber Pakhtunkhwa"),
        ("Khyber Pakhtunkhwa", "PAK", "Khyber Pakhtunkhwa"),
        ("Balochistan", "PAK", "Balochistan"),
        ("Kirkuk", "IRQ", "Kirkuk"),
    ],
)
def test_canonical_admin1_folds_merged(name: str, iso3: str, expected: str) -> None:
    assert canonical_admin1(name, iso3) == expected


def test_current_admin1_keeps_others() -> None:
    assert current_admin1("F.A.T.A.", "pak") == "Khyber Pakhtunkhwa"
    assert current_admin1("Punjab", "PAK") == "Punjab"
    assert current_admin1(None, "PAK") is None
