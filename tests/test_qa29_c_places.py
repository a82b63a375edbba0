"""QA 29 (c): places -- a name the gazetteer lacks falls back honestly (no namesake abroad given geo 1), the unit word
said with a name counts (a department, a list of regions, a township), a facility named outright is the facility,
and a group's, a commander's or an official's name is no place of the deed."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

FIELDS = ("location", "location_precision", "country")

CASES = [
    # an alias of a far city ("Tira" is one of Tehran's names) in a country the report's groups do not fight in:
    # the groups' country, as for a small namesake (the gazetteer knows no Khyber district)
    (
        "2024-09-30",
        "On Thursday, the TTP and Lashkar-e-Islam fighters clashed in the Tirah valley of Khyber district, leaving "
        "three dead.",
        [("Pakistan", "country", "Pakistan")],
    ),
    # "<name> township": the unit says the country (Myanmar's Kani, not Japan's)
    (
        "2024-02-12",
        "On Sunday, resistance fighters attacked a police outpost in Kani township, killing five police officers.",
        [("Kani", "settlement", "Myanmar")],
    ),
    # "<name> department": the province, not its namesake town
    (
        "2024-05-27",
        "ELN fighters attacked a military base in Puerto Jordán, Arauca department, with explosive-laden drones on "
        "Saturday night, wounding five soldiers.",
        [("Arauca", "admin1", "Colombia")],
    ),
    # a group named after its town is no place; the province said is
    (
        "2024-02-12",
        "On Sunday, the Kani PDF attacked a police outpost in Pale township, Sagaing Region, after a three-hour "
        "gunfight.",
        [("Sagaing", "admin1", "Myanmar")],
    ),
    # a commander ("Kumander Manila") is no place: no second clash in Manila
    (
        "2024-11-12",
        "Seven people were killed in a firefight between two rival MILF commands in Datu Saudi Ampatuan on Sunday. "
        "The army said the clash between the forces of Kumander Bravo and Kumander Manila stemmed from a land "
        "dispute.",
        # (the town itself since stop 30; before, the embedded name Ampatuan, another municipality 10 km south)
        [("Datu Saudi Ampatuan", "settlement", "Philippines")],
    ),
    # a source's office ("Bastar range Inspector General ... said") is no place of a second deed
    (
        "2024-07-16",
        "Security forces killed nine Maoist guerrillas in a gunfight near Pidia village in Bijapur district on "
        "Monday. A joint team of the District Reserve Guard (DRG) and the Central Reserve Police Force (CRPF) came "
        "under fire during a search operation, Bastar range Inspector General P. Sundarraj said.",
        [("near Bijapur", "near", "India")],
    ),
    # "the A, B and C regions": each a province, the capital's too
    (
        "2024-05-15",
        "Russia launched 28 drones at Ukraine overnight, and air defences destroyed 24 of them over the Kyiv, "
        "Zhytomyr and Vinnytsia regions, the Air Force said on Wednesday.",
        [
            ("Kyiv", "admin1", "Ukraine"),
            ("Zhytomyr", "admin1", "Ukraine"),
            ("Vinnytsia", "admin1", "Ukraine"),
        ],
    ),
    (
        "2024-05-15",
        "Russian shelling killed two people in the Kyiv and Sumy regions on Tuesday.",
        [("Kyiv", "admin1", "Ukraine"), ("Sumy", "admin1", "Ukraine")],
    ),
    # "<town> airport" is the airport the gazetteer knows
    (
        "2024-01-28",
        "An RSF drone attack on El Obeid airport on Saturday damaged a hangar. Two soldiers were killed.",
        [("El Obeid Airport", "site", "Sudan")],
    ),
    (
        "2024-01-28",
        "RSF drones struck Kassala airport on Saturday, killing two soldiers.",
        [("Kassala Airport", "site", "Sudan")],
    ),
    # a district said by its bearing from a town, whose only namesake is abroad: near that town
    (
        "2022-02-22",
        "Coalition jets struck Houthi reinforcements in Juba district, south of Marib, on Monday.",
        [("near Marib", "near", "Yemen")],
    ),
]

GUARDS = [
    # a department whose province already outranks its town stays the province
    (
        "2024-05-27",
        "Dissidents ambushed an army patrol in the Cauca department on Saturday, killing two soldiers.",
        [("Cauca", "admin1", "Colombia")],
    ),
    # a facility the gazetteer knows by its whole name stays one
    (
        "2024-01-28",
        "Rockets hit Baghdad airport on Saturday, wounding two soldiers.",
        [("Baghdad International Airport", "site", "Iraq")],
    ),
    # a list of towns is towns
    (
        "2024-05-15",
        "Russian missiles hit Kyiv, Odesa and Kharkiv on Tuesday, killing four.",
        [
            ("Kyiv", "settlement", "Ukraine"),
            ("Odesa", "settlement", "Ukraine"),
            ("Kharkiv", "settlement", "Ukraine"),
        ],
    ),
    # "Department" capitalised is an office
    (
        "2024-05-27",
        "Gunmen killed two soldiers in Saravena on Saturday, the Arauca Department of Health said.",
        [("Saravena", "settlement", "Colombia")],
    ),
    # a district near the town it is said to lie by stays that district's town
    (
        "2022-02-22",
        "Coalition jets struck Houthi positions in Harib district, south of Marib, on Monday.",
        [("near Harib", "near", "Yemen")],
    ),
    # an alias of a town in the report's theatre stays the town
    (
        "2024-09-30",
        "TTP militants attacked a police post in Bannu on Thursday, killing three policemen.",
        [("Bannu", "settlement", "Pakistan")],
    ),
    # an official's area without a source after it is kept when nothing else is said
    (
        "2024-07-16",
        "Maoists shot dead a villager in Bijapur on Monday, Bastar range IG P. Sundarraj said.",
        [("Bijapur", "settlement", "India")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES + GUARDS)
def test_place_of_the_deed(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, *FIELDS) == expected
