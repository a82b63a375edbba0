"""QA 28: a lead told of several towns and the deeds the report then tells at those towns are the same deeds.

"Five soldiers were killed in two separate attacks in Kalat and Mastung districts on Friday. In the first, militants
ambushed a convoy near Kalat, killing three soldiers. Later, a roadside bomb killed two soldiers in Mastung." made
four incidents (ten dead): the lead's share at each town and the deed told there. A deed told at a town takes the
lead's place there (and its sentence as evidence); the towns whose deed is not told share what is left.
"""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

FIELDS = ("sub_event_type", "location", "fatalities", "actor1")

CASES = [
    (
        "2025-04-12",
        "Five soldiers were killed in two separate attacks in Kalat and Mastung districts on Friday. In the first, "
        "militants ambushed a convoy near Kalat, killing three soldiers. Later, a roadside bomb killed two soldiers "
        "in Mastung.",
        [
            ("Armed clash", "near Kalat", 3, "Militants"),
            ("Remote explosive/landmine/IED", "Mastung", 2, None),
        ],
    ),
    (
        # no count of deeds, a plural lead: the same
        "2025-04-12",
        "Militants killed five soldiers in attacks in Kalat and Mastung on Friday. Militants ambushed a convoy near "
        "Kalat, killing three soldiers. A roadside bomb killed two soldiers in Mastung.",
        [
            ("Armed clash", "near Kalat", 3, "Militants"),
            ("Remote explosive/landmine/IED", "Mastung", 2, "Militants"),
        ],
    ),
    (
        # the deeds told by town keep their own tolls (not the lead's even shares, 4 and 4) and take its attacker
        "2025-04-12",
        "Russian strikes on Kharkiv and Odesa killed eight people on Friday. In Kharkiv, a missile hit a block of "
        "flats, killing five. In Odesa, a drone killed three people at a port.",
        [
            ("Shelling/artillery/missile attack", "Kharkiv", 5, "Military Forces of Russia"),
            ("Air/drone strike", "Odesa", 3, "Military Forces of Russia"),
        ],
    ),
    (
        # one town told: the other keeps what is left of the lead's dead (15 - 9), not the even share (7)
        "2025-04-12",
        "Gunmen killed 15 people in two attacks in Konduga and Bama on Friday. In the first, gunmen stormed a "
        "market in Konduga, killing nine traders.",
        [("Attack", "Bama", 6, "Gunmen"), ("Attack", "Konduga", 9, "Gunmen")],
    ),
    (
        # a deed told with no toll of its own keeps the lead's share at its town
        "2025-04-12",
        "Russian missiles hit Kharkiv, Odesa and Dnipro on Friday, killing six people. In Kharkiv, a missile struck "
        "a school.",
        [
            ("Shelling/artillery/missile attack", "Odesa", 2, "Military Forces of Russia"),
            ("Shelling/artillery/missile attack", "Dnipro", 2, "Military Forces of Russia"),
            ("Shelling/artillery/missile attack", "Kharkiv", 2, "Military Forces of Russia"),
        ],
    ),
]

GUARDS = [
    (
        # deeds deadlier than the lead: not (only) its deeds, nothing changes
        "2025-04-12",
        "Two separate attacks in Konduga and Bama killed 5 people on Friday. In Konduga, gunmen stormed a market, "
        "killing nine traders.",
        [("Attack", "Konduga", 3, None), ("Attack", "Bama", 2, None), ("Attack", "Konduga", 9, "Gunmen")],
    ),
    (
        # a lead of one town may tell a deed there the report never details: the sum and the one deed told stay
        "2025-04-12",
        "Gunmen killed 15 people in two attacks in Konduga on Friday. In the first, gunmen stormed a market, killing "
        "nine traders.",
        [("Attack", "Konduga", 15, "Gunmen"), ("Attack", "Konduga", 9, "Gunmen")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES + GUARDS)
def test_deeds_told_by_town_replace_the_leads_shares(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, *FIELDS) == expected


#: a plural deed counted over a province or country, then deeds at its towns with their own smaller tolls: the lead
#: keeps the dead the report does not place; (published, text, [(location, fatalities)])
AREA_LEADS = [
    (
        "2025-03-07",
        "Fighting between Syrian government security forces and gunmen loyal to Bashar al-Assad killed 19 people in "
        "Latakia province on Thursday. Gunmen ambushed a General Security patrol near Jableh, killing seven members "
        "of the security forces.",
        [("Latakia", 12), ("near Jableh", 7)],
    ),
    (
        "2024-06-28",
        "Israeli strikes killed 12 people in the West Bank on Thursday. A drone strike on the Nur Shams camp killed "
        "two people.",
        [("West Bank", 10), ("Nur Shams camp", 2)],
    ),
]

AREA_GUARDS = [
    (
        # one deed told first by its province, then where: the same deed (stop 17's Bourzanga rule)
        "2024-06-28",
        "Gunmen killed 12 civilians in northern Burkina Faso on Thursday. The gunmen shot residents at a market in "
        "Bourzanga.",
        [("Bourzanga", 12)],
    ),
    (
        # a singular deed told again at its town with a smaller figure is no sum of several
        "2024-06-28",
        "An air strike killed 12 people in Idlib province on Thursday. The strike hit a market in Maarat al-Numan, "
        "killing at least 10 people.",
        [("Maarat al-Numan", 12)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), AREA_LEADS + AREA_GUARDS)
def test_area_leads_keep_the_dead_not_placed(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "location", "fatalities") == expected


#: a deed told again in the next sentence by its place word ("the village") with its munitions counted: one deed,
#: whatever count the first telling implied ("A junta air strike" is one strike, not one bomb)
TOLD_AGAIN = [
    (
        "2025-11-12",
        "A junta air strike on Oh Htein Kwin village in Sagaing Region killed 17 civilians on Monday. The aircraft "
        "dropped two bombs on the village, injuring 21 people.",
        [("Air/drone strike", 17, 21, 2)],
    ),
    (
        "2025-05-08",
        "A drone strike hit a house in Hasakah on Monday, killing two. The drone fired two missiles at the house.",
        [("Air/drone strike", 2, None, 2)],
    ),
    (
        # guard: another drone at another target is another deed
        "2025-05-08",
        "A drone strike hit a house in Hasakah on Monday, killing two. Another drone fired two missiles at a car "
        "in the town.",
        [("Air/drone strike", 2, None, None), ("Shelling/artillery/missile attack", None, None, 2)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), TOLD_AGAIN)
def test_a_deed_told_again_by_its_place_word(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "sub_event_type", "fatalities", "injuries", "munitions_count")
    assert got == expected


#: no event of its own: a campaign's running count told around a relative clause, a deed said to go on with no
#: place, actor or toll and no deed of violence told before it
NO_EVENT = [
    (
        "2025-04-21",
        "US warplanes struck Hodeidah port on Monday. The US campaign against the Houthis, which began on March 15, "
        "has included more than 800 strikes.",
        [("Air/drone strike", "Port of Hodeidah")],
    ),
    (
        "2025-06-12",
        "Ukraine and Russia exchanged 150 prisoners of war each on Thursday. Meanwhile, the shelling continued.",
        [("Agreement", "Russia")],
    ),
    (
        # guard: the shelling told before goes on: one event
        "2025-06-12",
        "Russian forces shelled Kherson on Thursday, killing two. Meanwhile, the shelling continued.",
        [("Shelling/artillery/missile attack", "Kherson")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), NO_EVENT)
def test_no_event_of_its_own(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "sub_event_type", "location") == expected


#: "..., and another hit ...": one more deed of the kind just told, with its own place and toll
ANOTHER = [
    (
        "2025-06-14",
        "In central Gaza, a strike on a tent in the Nuseirat refugee camp killed four people, and another hit a "
        "group of people near a water distribution point in Deir al-Balah, killing three.",
        [("Air/drone strike", "Nuseirat", 4), ("Air/drone strike", "Deir al-Balah", 3)],
    ),
    (
        "2025-06-14",
        "A drone struck a car in Tyre on Friday, killing two, and another killed a man on a motorcycle in Nabatieh.",
        [("Air/drone strike", "Tyre", 2), ("Air/drone strike", "Nabatieh", 1)],
    ),
    (
        # guard: more victims of the same deed
        "2025-06-14",
        "Gunmen killed three farmers in Bama on Friday, and another two were wounded.",
        [("Attack", "Bama", 3)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ANOTHER)
def test_another_of_the_kind_just_told(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "sub_event_type", "location", "fatalities") == expected


#: dead told later at the place of a deed of that day, no deed, weapon or attacker named: that deed's (risen) toll
TOLL_UPDATES = [
    (
        "2025-04-15",
        "08:40 — In Dnipro, a ballistic missile hit a bus station, killing three people and injuring 21. 10:10 — In "
        "Huliaipole, a drone attack on a private house wounded a 70-year-old woman. 11:20 — Update on Dnipro: "
        "Lysak now says six people were killed. 36 people were wounded.",
        [("Shelling/artillery/missile attack", "Dnipro", 6, 36), ("Air/drone strike", "Huliaipole", None, 1)],
    ),
    (
        # guard: a deed with its own attacker at the same place is another deed
        "2025-04-15",
        "A missile hit a bus station in Dnipro on Tuesday, killing three. Gunmen killed two people in Dnipro on "
        "Tuesday.",
        [("Shelling/artillery/missile attack", "Dnipro", 3, None), ("Attack", "Dnipro", 2, None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), TOLL_UPDATES)
def test_dead_told_later_at_the_deeds_place(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "sub_event_type", "location", "fatalities", "injuries")
    assert sorted(got, key=str) == sorted(expected, key=str)
