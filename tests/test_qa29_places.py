"""QA 29: the province a report says a place lies in -- a district "of" a province is around its town, and a town
the simplified polygons put just across a border takes the province the report names for it."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

CASES = [
    (
        # Jiribam's point lies just outside Manipur's simplified polygon: the possessive province still holds it
        "2024-03-05",
        "Militants ambushed a police patrol in Manipur's Jiribam district on Monday, killing two officers.",
        [("near Jiribam", "near", "Manipur")],
    ),
    (
        # "the X district of <province>": the district around its town (ACLED geo 2), in the province said
        "2024-03-05",
        "Militants ambushed a police patrol in Jiribam district of Manipur on Monday, killing two officers.",
        [("near Jiribam", "near", "Manipur")],
    ),
    (
        "2024-03-05",
        "Gunmen shot dead two soldiers in the Kupwara district of Jammu and Kashmir on Monday.",
        [("near Kupwara", "near", "Jammu and Kashmir")],
    ),
    (
        "2024-03-05",
        "Gunmen shot dead two soldiers in Manipur's Jiribam on Monday.",
        [("Jiribam", "settlement", "Manipur")],
    ),
    (
        # (the province after the district: the polygons' Assam gave way only after a bare town)
        "2024-03-05",
        "Militants ambushed a police patrol in Jiribam district, Manipur, on Monday, killing two officers.",
        [("near Jiribam", "near", "Manipur")],
    ),
]

GUARDS = [
    (
        # a district "of" a town is a part of that town, not an area around another town
        "2024-03-05",
        "A car bomb killed four people in the Karrada district of Baghdad on Monday.",
        [("Baghdad", "settlement", "Baghdad")],
    ),
    (
        "2024-03-05",
        "Militants ambushed a police patrol in Khyber Pakhtunkhwa's Bannu district on Monday, killing two officers.",
        [("near Bannu", "near", "Khyber Pakhtunkhwa")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES + GUARDS)
def test_province_said_for_a_place(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "location", "location_precision", "admin1") == expected
