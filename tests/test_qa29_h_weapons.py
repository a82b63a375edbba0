"""QA 29 (h): a weapon's word naming the strike's target ("hit drone launch sites", "struck missile storage
facilities") is no weapon used: the weapon stays the attacker's (it was "drone" from the target's name)."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, weapon of the one incident)
WEAPONS = [
    (
        "2024-02-03",
        "The U.S. Central Command says its forces hit 36 targets at 13 locations in Yemen late on Friday, including "
        "drone launch sites.",
        None,
    ),
    (
        "2024-02-03",
        "U.S. Central Command said its forces hit five rocket launch sites in Yemen on Friday.",
        None,
    ),
    # guard (held before too): the aircraft said is the weapon, whatever the sites
    ("2024-02-03", "Israeli jets struck rocket launch sites in southern Lebanon on Friday.", "aircraft"),
    # guard (held before too): the weapon used, with a site after it of another kind
    ("2024-02-03", "Houthi drones hit a fuel depot in Jizan on Friday.", "drone"),
    ("2024-02-03", "Militants fired rockets at a military base in Bannu on Friday.", "rocket"),
    # guard (held before too): launchers are weapons
    ("2024-02-03", "The army seized two rocket launchers and a drone in Gao on Friday.", "rocket"),
]


@pytest.mark.parametrize(("published", "text", "weapon"), WEAPONS)
def test_weapon(published: str, text: str, weapon: str | None, gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "weapon")
    assert got == [(weapon,)], got
