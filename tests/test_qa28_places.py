"""QA 28: places said by the phrase around them -- a province's own unit after its possessive still holds the
village named before it, and a road named by the towns it joins is not where the deed was."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

CASES = [
    (
        # the only Kyaung Kone known is in Yangon: a namesake, not the village the text puts in Magway Region
        "2025-11-12",
        "On Monday, junta forces shelled Kyaung Kone village in Magway Region's Myaing Township, killing a woman.",
        [("Magway", "admin1")],
    ),
    (
        # the road's towns give way to the place said
        "2025-04-12",
        "Militants ambushed a convoy on the Quetta-Karachi highway near Mangochar in Kalat district on Friday, "
        "killing three soldiers.",
        [("near Kalat", "near")],
    ),
    (
        "2025-04-12",
        "Protesters blocked the Dhaka-Mymensingh highway in Gazipur on Friday.",
        [("Gazipur", "settlement")],
    ),
    (
        # a province framing the clause is no place near the landmark told after it
        "2025-05-08",
        "In North Darfur, RSF artillery shelled the Abu Shouk camp near El Fasher on Wednesday, killing 14 people.",
        [("near El Fasher", "near")],
    ),
    (
        # a camp said to be near a landmark, whose only namesake known lies far from it (in Iran): near the landmark
        "2024-05-04",
        "Gunmen attacked the Hamidiya camp near Tal Afar on Friday, killing a policeman.",
        [("near Tal Afar", "near")],
    ),
]

GUARDS = [
    (
        # a camp the gazetteer knows stays itself
        "2024-05-04",
        "A drone struck the Zamzam camp near El Fasher on Friday, killing five.",
        [("Zamzam camp", "settlement")],
    ),
    (
        # a town told with a bearing from a landmark is where it was, not the landmark
        "2024-05-04",
        "In Tal Afar, 60 kilometres west of Mosul, gunmen shot dead a policeman on Friday.",
        [("Tal Afar", "settlement")],
    ),
    (
        # a town named before the landmark is where it was
        "2025-05-08",
        "RSF fighters attacked Tawila near El Fasher on Wednesday, killing 14 people.",
        [("Tawila", "settlement")],
    ),
    (
        # nothing else said: near the road's first town
        "2025-04-12",
        "A bomb exploded on the Bannu-Miranshah road on Friday, killing two soldiers.",
        [("near Bannu", "near")],
    ),
    (
        # a possessive that is no unit of the province: the province does not hold what follows
        "2025-11-12",
        "On Monday, junta forces shelled Kyaung Kone village in Magway Region, killing a woman.",
        [("Magway", "admin1")],
    ),
    (
        "2025-04-12",
        "Gunmen killed two traders in Bannu on Friday.",
        [("Bannu", "settlement")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES + GUARDS)
def test_places_said_by_the_phrase_around_them(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "location", "location_precision") == expected
