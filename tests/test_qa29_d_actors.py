"""QA 29 (d): who attacked whom -- the attacker named "by Government of X forces", by its nationality on a raid,
as a coalition without its leader, as a speaker telling its own forces' deed or a command its own strike; the
partner a strike was made for; groups outside the lexicon named by their own words; the side a name's sponsor
is not; and people who fled the fighting, who are no side of it."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, (actor1, actor2) of one of the incidents; a two-sided fight in either order)
ACTORS = [
    # the codebooks' "Government of X forces" after "by": the attacker, not the target
    (
        "2023-10-12",
        "On 6 October, shelling by Government of Syria forces on the city of Idlib killed 11 civilians.",
        ("Military Forces of Syria", "Civilians (Syria)"),
    ),
    (
        "2024-01-10",
        "Airstrikes by Government of Sudan forces on the town of Tawila killed five civilians on Monday.",
        ("Military Forces of Sudan", "Civilians (Sudan)"),
    ),
    # guard (held before too): "by Russian forces"
    (
        "2024-01-10",
        "On Monday, shelling by Russian forces on the city of Kharkiv killed three civilians.",
        ("Military Forces of Russia", "Civilians (Ukraine)"),
    ),
    # a state's raid named by its nationality; the group named by its own word "group"
    (
        "2023-02-23",
        "On Wednesday, an Israeli raid in the Old City of Nablus killed 11 Palestinians, including six militants "
        "from the Lions' Den group, and wounded more than 100.",
        ("Military Forces of Israel", "Lions' Den"),
    ),
    (
        "2024-01-10",
        "A Turkish incursion near Tal Abyad killed three SDF fighters on Monday.",
        ("Military Forces of Turkey", "SDF"),
    ),
    # guard (held before too): an armed group's noun after the demonym is no state's forces
    (
        "2024-01-10",
        "Palestinian gunmen killed two Israelis near Huwara on Sunday.",
        ("Gunmen", None),
    ),
    # a coalition named without its leader: the theatre's
    (
        "2022-03-26",
        "Coalition warplanes struck targets in Sanaa early on Saturday. The health ministry said eight civilians "
        "were killed.",
        ("Saudi-led Coalition", "Civilians (Yemen)"),
    ),
    (
        "2024-01-10",
        "Coalition airstrikes killed 12 IS militants near Hajin on Tuesday.",
        ("U.S.-led Coalition", "Islamic State"),
    ),
    # the speaker tells its own forces' deed, however far the deed's noun
    (
        "2024-03-15",
        "The Nigerian Air Force said its fighter jets on Friday killed 20 bandits in an airstrike near Shinkafi.",
        ("Military Forces of Nigeria", "Bandits"),
    ),
    # a command tells its own strike; whom it was made for is no target
    (
        "2024-01-10",
        "AFRICOM said the strike near Jilib on Tuesday, conducted at the request of the Somali federal government, "
        "killed three al-Shabaab fighters.",
        ("Military Forces of the United States", "Al Shabaab"),
    ),
    # guard (held before too): a strike on the command's own forces is not its own
    (
        "2024-01-10",
        "US Central Command said a drone strike on US forces at Tower 22 killed three soldiers on Sunday.",
        (None, "Military Forces of the United States"),
    ),
    # guard (held before too): the police telling a toll are no side of it
    (
        "2024-01-10",
        "Police said gunmen killed four people in Kaduna on Monday.",
        ("Gunmen", None),
    ),
    # the speaker's own deed told with a date between; what was taken is the target
    (
        "2024-04-05",
        "In Buthidaung township, the Arakan Army said on 2 April that it had taken control of a border guard police "
        "post.",
        ("Arakan Army", "Police Forces of Myanmar"),
    ),
    # groups outside the lexicon, named by their own words (a council, a front, a defence force, a rebel group)
    (
        "2024-01-16",
        "On Monday, fighting broke out between the Manbij Military Council and the Turkish-backed Syrian National "
        "Army near the village of Arima, west of Manbij.",
        ("Manbij Military Council", "Syrian National Army"),
    ),
    (
        "2024-04-05",
        "Members of the Chinland Defence Force and the Chin National Army clashed with each other near Matupi on "
        "27 March; two fighters were reported killed.",
        ("Chinland Defence Force", "Chin National Army"),
    ),
    (
        "2024-10-07",
        "Taliban forces clashed with members of the National Resistance Front (NRF) in the Andarab district of "
        "Baghlan province on Saturday.",
        ("Taliban", "National Resistance Front (NRF)"),
    ),
    (
        "2024-01-28",
        "The SPLM-North rebel group shelled the town of Kadugli on Friday, killing three civilians.",
        ("SPLM-N", "Civilians (Sudan)"),
    ),
    # guard (held before too): a state's own army by its name stays the state's
    (
        "2024-01-10",
        "Somali National Army troops killed 10 al-Shabaab fighters near Jilib on Monday.",
        ("Military Forces of Somalia", "Al Shabaab"),
    ),
    # people who fled the fighting are no side of it
    (
        "2024-09-30",
        "About 500 residents of Frontera Comalapa fled into Guatemala after clashes between the Sinaloa Cartel and "
        "the Jalisco New Generation Cartel on Sunday.",
        ("Sinaloa Cartel", "CJNG"),
    ),
    # guard (held before too): residents killed are the victims
    (
        "2024-01-10",
        "Gunmen killed five residents of the village in an attack on Monday; hundreds of residents fled to "
        "Maiduguri.",
        ("Gunmen", "Civilians (Nigeria)"),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ACTORS)
def test_actors(published: str, text: str, expected: tuple, gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "actor1", "actor2")
    assert expected in got or expected[::-1] in got, got


def test_no_national_army_cut_from_a_longer_name(gazetteer) -> None:  # type: ignore[no-untyped-def]
    """Guard (held before too): "the Libyan National Army" is no group called "National Army"."""
    got = _rows(
        "The Libyan National Army shelled Tripoli on Monday, killing two civilians.",
        "2024-01-10",
        gazetteer,
        "actor1",
        "actor2",
    )
    assert all(a != "National Army" for row in got for a in row), got
