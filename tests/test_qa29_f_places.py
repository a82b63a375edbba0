"""QA 29 (f): places of follow-up sentences and of unknown villages -- a device found or defused "on the same road"
is where the deed told before was, and a landmark town in another province than the one the clause names is only a
bearing."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

FIELDS = ("location", "location_precision", "country")

CASES = [
    # a second device "on the same road" is where the first struck, not the whole country
    (
        "2023-11-14",
        "On Monday morning, a roadside bomb struck a PMF vehicle near Hawija, killing one fighter. Hours later, army "
        "engineers dismantled a second explosive device planted on the same road.",
        [("near Hawija", "near", "Iraq"), ("near Hawija", "near", "Iraq")],
    ),
    (
        "2023-11-14",
        "On Monday, a roadside bomb killed two soldiers near Hawija. Later that day, bomb disposal teams defused "
        "another device on the same stretch of road.",
        [("near Hawija", "near", "Iraq"), ("near Hawija", "near", "Iraq")],
    ),
    # a landmark town in another province than the one said ("north of Addis Ababa", a region of its own): the
    # province said
    (
        "2024-10-09",
        "In neighbouring Oromia region, gunmen abducted around 30 passengers travelling on a bus near Gerba Guracha, "
        "north of Addis Ababa, on Tuesday.",
        [("Oromia", "admin1", "Ethiopia")],
    ),
    (
        "2024-10-09",
        "In Kaduna State, gunmen kidnapped 14 worshippers from a church in Kurmin Wali, about 60 km north of Abuja, "
        "on Sunday.",
        [("Kaduna State", "admin1", "Nigeria")],
    ),
]

GUARDS = [
    # a town in the countryside said is the town
    (
        "2017-05-01",
        "Government forces shelled Khan Sheikhoun in the southern countryside of Idlib, killing two.",
        [("Khan Sheikhoun", "settlement", "Syria")],
    ),
    # a city whose province has another name ("Hamah") was already around the city
    (
        "2017-05-01",
        "Warplanes bombed the western countryside of Hama on Monday, and clashes went on near Palmyra.",
        [("near Hama", "near", "Syria"), ("near Palmyra", "near", "Syria")],
    ),
    # a province said as one stays the province, whatever the landmark beyond it
    (
        "2024-10-09",
        "In Oromia region, gunmen killed seven farmers in a village about 40 km west of Addis Ababa on Sunday.",
        [("Oromia", "admin1", "Ethiopia")],
    ),
    # the province said as one stays the province
    (
        "2017-05-01",
        "Clashes erupted in Homs province on Sunday, killing five fighters.",
        [("Homs", "admin1", "Syria")],
    ),
    # a landmark town inside the province said stays the place (near it)
    (
        "2024-10-09",
        "In Oromia region, gunmen abducted 12 passengers near Shashamane on Tuesday.",
        [("near Shashamane", "near", "Ethiopia")],
    ),
    (
        "2024-10-09",
        "In Amhara region, Fano fighters clashed with the army near Bahir Dar on Tuesday.",
        [("near Bahir Dar", "near", "Ethiopia")],
    ),
    # a second device at a place of its own is there
    (
        "2023-11-14",
        "On Monday, a roadside bomb killed two soldiers near Hawija. On Tuesday, police defused a second bomb in "
        "Basra.",
        [("near Hawija", "near", "Iraq"), ("Basra", "settlement", "Iraq")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES + GUARDS)
def test_place_of_the_deed(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, *FIELDS) == expected
