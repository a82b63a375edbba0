"""QA 29 (h): the second side of a two-sided fight named by its unit or wing ("The ELN and the 33rd Front of the
FARC dissident Estado Mayor Central clashed"): the group the unit belongs to, not lost (actor2 was None, and the
first side replaced by the second); "the attackers" fought in the sentence after a named group's attack: that group,
not a new side called "Attackers"."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, (actor1, actor2) of one of the incidents; a two-sided fight in either order)
ACTORS = [
    # the second side named by its unit of the group
    (
        "2024-05-27",
        "The ELN and the 33rd Front of the FARC dissident Estado Mayor Central clashed near Tibú on Sunday; at "
        "least four combatants were killed and some 300 residents fled.",
        ("National Liberation Army (ELN)", "Estado Mayor Central (FARC dissidents)"),
    ),
    (
        "2024-05-27",
        "Al-Shabaab and a faction of the Islamic State clashed near Bosaso on Sunday.",
        ("Al Shabaab", "Islamic State"),
    ),
    (
        "2024-05-27",
        "M23 rebels and a unit of the Congolese army fought near Sake on Sunday.",
        ("M23", "Military Forces of Democratic Republic of the Congo"),
    ),
    # guard (held before too): not a reciprocal deed -- the unit's group joins the attacker; the target is the police
    (
        "2024-05-27",
        "The ELN and the 33rd Front of the EMC attacked a police station near Tibú on Sunday.",
        ("National Liberation Army (ELN)", "Police Forces of Colombia"),
    ),
    # Spanish "Estado Mayor" (general staff) in a group's name is no mayor, a civilian
    (
        "2024-05-27",
        "The ELN and the Estado Mayor Central clashed near Tibú on Sunday.",
        ("National Liberation Army (ELN)", "Estado Mayor Central (FARC dissidents)"),
    ),
    # guard (held before too): a mayor is a civilian
    ("2024-05-27", "Gunmen killed the mayor of Tibú on Sunday.", ("Gunmen", "Civilians (Colombia)")),
    # "the attackers" / "the assailants" of the named group's deed told just before
    (
        "2024-10-21",
        "Gunmen from the Viv Ansanm gang coalition attacked the Solino neighbourhood of Port-au-Prince on Saturday, "
        "setting fire to homes and killing eight residents. Police officers fought the attackers for several hours; "
        "two officers were wounded.",
        ("Police Forces of Haiti", "Viv Ansanm"),
    ),
    (
        "2024-10-21",
        "Gunmen from the Viv Ansanm gang coalition attacked the Solino neighbourhood of Port-au-Prince on Saturday, "
        "killing eight residents. Police officers clashed with the assailants for several hours.",
        ("Police Forces of Haiti", "Viv Ansanm"),
    ),
    # guard (held before too): the attack's own sentence keeps its victims
    (
        "2024-10-21",
        "Gunmen from the Viv Ansanm gang coalition attacked the Solino neighbourhood of Port-au-Prince on Saturday, "
        "setting fire to homes and killing eight residents. Police officers fought the attackers for several hours.",
        ("Viv Ansanm", "Civilians (Haiti)"),
    ),
    # guard (held before too): the second side named right after "and"
    (
        "2024-05-27",
        "The ELN and FARC dissidents clashed near Tibú on Sunday.",
        ("National Liberation Army (ELN)", "FARC dissidents"),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ACTORS)
def test_actors(published: str, text: str, expected: tuple, gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "actor1", "actor2")
    assert expected in got or expected[::-1] in got, got


#: (published, text): reports whose attackers, fought in the next sentence, are no side called "Attackers"
NO_ATTACKERS_SIDE = [
    (
        "2024-09-02",
        "On Sunday night BLA militants stormed a Levies post in Kalat district, killing five Levies personnel and "
        "one civilian. Security forces said they killed three attackers in the ensuing gunfight.",
    ),
]


@pytest.mark.parametrize(("published", "text"), NO_ATTACKERS_SIDE)
def test_no_attackers_side(published: str, text: str, gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "actor1", "actor2")
    assert all(a != "Attackers" for row in got for a in row), got


def test_generic_attackers_kept(gazetteer) -> None:  # type: ignore[no-untyped-def]
    """Guard (held before too): no named group before them -- "the attackers" are not replaced by anyone."""
    got = _rows(
        "Gunmen attacked a church in Kaduna on Sunday, killing three worshippers. Police said they arrested two "
        "of the attackers.",
        "2024-10-21",
        gazetteer,
        "actor1",
        "actor2",
    )
    assert ("Gunmen", "Civilians (Nigeria)") in got and all(r[1] != "Gunmen" for r in got), got
