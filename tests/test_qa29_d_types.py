"""QA 29 (d): event types -- a protest broken up in its own later sentence ("; no one was hurt"), a protester killed
where the forces intervened, an attack on customs officers or a border post (state forces: a battle), bombs that
are fired (shelling, not an attack on civilians), and a takeover the other side denied (no territory changed)."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, sub-event type, whether an incident of that type is expected)
TYPES = [
    # a dispersal told with "no one was hurt" is still an intervention
    (
        "2023-05-20",
        "Hours later, dozens of residents blocked the main road between Muqdadiya and Baquba and burned tyres. "
        "Police fired in the air to disperse them; no one was hurt.",
        "Protest with intervention",
        True,
    ),
    # guard (held before too): the dispersal named in the protest's own sentence pair
    (
        "2023-05-20",
        "Dozens of residents protested in Muqdadiya on Friday. Police fired tear gas to disperse them; no one was "
        "hurt.",
        "Protest with intervention",
        True,
    ),
    # guard (held before too): a march with nobody hurt and no forces stays peaceful
    (
        "2023-05-20",
        "Hundreds of people marched peacefully in Omdurman on Thursday. No one was hurt.",
        "Peaceful protest",
        True,
    ),
    # a protester killed where the forces intervened: excessive force
    (
        "2022-06-30",
        "In Omdurman, protesters were met with tear gas on Thursday. One protester was killed by a bullet to the "
        "chest, doctors said.",
        "Excessive force against protesters",
        True,
    ),
    # guard (held before too): tear gas with nobody killed is an intervention
    (
        "2022-06-30",
        "In Omdurman, protesters were met with tear gas on Thursday.",
        "Protest with intervention",
        True,
    ),
    # customs officers and border posts are the state's: an attack on them is a battle
    (
        "2024-03-22",
        "On Wednesday, gunmen attacked a customs post in Tillabéri, killing two customs officers.",
        "Armed clash",
        True,
    ),
    (
        "2024-03-22",
        "Militants attacked a border post in Tillabéri on Wednesday, killing three customs officials.",
        "Armed clash",
        True,
    ),
    # guard (held before too): farmers are civilians
    (
        "2024-03-22",
        "Gunmen attacked a village in Tillabéri on Wednesday, killing three farmers.",
        "Attack",
        True,
    ),
    # bombs that are fired are shells
    (
        "2024-02-08",
        "Bombs fired by M23 rebels landed in a displacement camp near Goma on Wednesday, killing five displaced "
        "people.",
        "Shelling/artillery/missile attack",
        True,
    ),
    (
        "2024-02-08",
        "M23 rebels fired bombs into a displacement camp near Goma on Wednesday, killing five displaced people.",
        "Shelling/artillery/missile attack",
        True,
    ),
    # guard (held before too): bombs dropped by a drone are an air strike
    (
        "2024-05-22",
        "A drone dropped bombs on a market in Mellit on Monday, killing four.",
        "Air/drone strike",
        True,
    ),
    # a takeover the other side denied changed no ground
    (
        "2022-02-22",
        "The Houthi-run Saba news agency said its fighters had seized two hills overlooking the Harib road on "
        "Monday, a claim the government denied.",
        "Non-state actor overtakes territory",
        False,
    ),
    (
        "2024-03-01",
        "Rebels said they had captured the town of Kalehe on Monday, which the army denied.",
        "Non-state actor overtakes territory",
        False,
    ),
    # guard (held before too): a takeover the other side condemned, not denied
    (
        "2022-02-22",
        "Houthi fighters seized two hills near Harib on Monday, a move the government condemned.",
        "Non-state actor overtakes territory",
        True,
    ),
]


@pytest.mark.parametrize(("published", "text", "sub", "present"), TYPES)
def test_types(published: str, text: str, sub: str, present: bool, gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = [row[0] for row in _rows(text, published, gazetteer, "sub_event_type")]
    assert (sub in got) is present, got
