"""QA 30 (p): known place gaps -- "Aleppo's western countryside" is around the city as "the western countryside of
Aleppo" is (a village named in the clause still wins), "<Name> County" is a county of a country that has counties
(Lamu, Kenya, not the Laamu atoll of the Maldives; "Marsabit County", "County Armagh" are no fragments of unknown
names), border towns keep the country the report says, a part of a country named as a direction ("southern
Israel") is the country without a pinpoint, and two Maguindanao towns GeoNames' cities500 lacks under their current
names are known."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

FIELDS = ("location", "location_precision", "country")

COUNTRYSIDE = [
    # "<city>'s <direction> countryside": the land around the city (ACLED geo 2), as "the western countryside of X"
    (
        "2024-05-14",
        "Russian warplanes struck Aleppo's western countryside on Monday, killing four civilians.",
        [("near Aleppo", "near", "Syria")],
    ),
    (
        "2024-05-14",
        "An IED exploded in Deir ez-Zor's eastern countryside on Monday, killing two SDF fighters.",
        [("near Deir ez-Zor", "near", "Syria")],
    ),
    (
        "2024-05-14",
        "Regime artillery shelled Hama's north-eastern countryside on Monday, wounding three farmers.",
        [("near Hama", "near", "Syria")],
    ),
]

COUNTRYSIDE_GUARDS = [
    # the province named like its city: around the city, not the province's desert centroid
    (
        "2024-05-14",
        "Regime artillery shelled villages in the eastern countryside of Homs on Monday, killing three civilians.",
        [("near Homs", "near", "Syria")],
    ),
    (
        "2024-05-14",
        "Russian warplanes struck the Idlib countryside on Monday, killing four civilians.",
        [("near Idlib", "near", "Syria")],
    ),
    (
        "2024-05-14",
        "Gunmen killed a former rebel commander in the western countryside of Daraa on Monday.",
        [("near Daraa", "near", "Syria")],
    ),
    (
        "2024-05-14",
        "Turkish drones struck the northern Raqqa countryside on Monday, killing two SDF fighters.",
        [("near Raqqa", "near", "Syria")],
    ),
    # the village or town named in the same clause wins over the countryside it lies in
    (
        "2024-05-14",
        "Regime forces shelled the village of Kafr Nabudah in the northern countryside of Hama on Monday, killing "
        "two civilians.",
        [("Kafr Nabudah", "settlement", "Syria")],
    ),
    (
        "2024-05-14",
        "Russian warplanes struck Kafr Nabl in Idlib's southern countryside on Monday, killing four civilians.",
        [("Kafr Nabl", "settlement", "Syria")],
    ),
    (
        "2024-05-14",
        "Regime forces shelled Kafr Nabudah, in Hama's northern countryside, on Monday, killing two civilians.",
        [("Kafr Nabudah", "settlement", "Syria")],
    ),
    (
        "2024-05-14",
        "Russian warplanes struck Atarib in the western countryside of Aleppo on Monday, killing four civilians.",
        [("Atarib", "settlement", "Syria")],
    ),
    # Rif Dimashq is a governorate of its own, named "Damascus Countryside": the province, not the city's
    (
        "2024-05-14",
        "Israeli strikes hit positions in Damascus countryside on Monday, killing three soldiers.",
        [("Damascus countryside", "admin1", "Syria")],
    ),
    (
        "2024-05-14",
        "Israeli strikes hit positions in Rural Damascus on Monday, killing three soldiers.",
        [("Rural Damascus", "admin1", "Syria")],
    ),
]

COUNTY = [
    # a county is a unit of Kenya (and of other countries with counties), never of the Maldives
    (
        "2024-05-14",
        "Al-Shabaab militants attacked a police post in Lamu County on Monday, killing two officers.",
        [("near Lamu", "near", "Kenya")],
    ),
    (
        "2024-05-14",
        "Al-Shabaab militants ambushed Kenyan soldiers near the Somali border in Lamu County on Monday, killing three.",
        [("near Lamu", "near", "Kenya")],
    ),
    # "Marsabit County": the county word is no second word of a name the gazetteer lacks
    (
        "2024-05-14",
        "Kenyan police said gunmen killed two herders in Marsabit County on Monday.",
        [("near Marsabit", "near", "Kenya")],
    ),
    (
        "2024-05-14",
        "Bandits killed three people in Baringo County, Kenya, on Monday.",
        [("near Baringo", "near", "Kenya")],
    ),
    # the Irish order, the county word first: the word is no first half of a longer name
    (
        "2024-05-14",
        "Rioters attacked police in County Armagh on Monday, injuring two officers.",
        [("Armagh", "admin1", "United Kingdom")],
    ),
    (
        "2024-05-14",
        "Gardaí said a man was shot dead in County Louth on Monday.",
        [("Louth", "admin1", "Ireland")],
    ),
]

COUNTY_GUARDS = [
    (
        "2024-05-14",
        "An IED struck a police vehicle in Mandera County on Monday, killing three officers.",
        [("near Mandera", "near", "Kenya")],
    ),
    (
        "2024-05-14",
        "Suspected al-Shabaab militants attacked a bus in Garissa on Monday, killing four passengers.",
        [("Garissa", "settlement", "Kenya")],
    ),
    (
        "2024-05-14",
        "A gunman shot three people at a mall in Cook County, Illinois, on Monday.",
        [("Cook County", "admin2", "United States")],
    ),
    (
        "2024-05-14",
        "Armed men attacked a village in Lofa County, Liberia, on Monday, killing two people.",
        [("Lofa", "admin1", "Liberia")],
    ),
]

BORDER_GUARDS = [
    # towns whose points the simplified layer puts across a border keep the country the report and GeoNames say
    (
        "2024-05-14",
        "Boko Haram fighters attacked Gamboru in Borno State on Monday, killing six civilians.",
        [("Gamboru", "settlement", "Nigeria")],
    ),
    (
        "2024-05-14",
        "SPLM-N fighters attacked Kurmuk in Sudan's Blue Nile state on Monday.",
        [("Kurmuk", "settlement", "Sudan")],
    ),
    (
        "2024-05-14",
        "Turkish artillery shelled Ras al-Ain in Hasakah province on Monday, killing a civilian.",
        [("Ras al-Ain", "settlement", "Syria")],
    ),
    (
        "2024-05-14",
        "Israeli shelling hit Kfar Kila in southern Lebanon on Monday, killing a man.",
        [("Kfar Kila", "settlement", "Lebanon")],
    ),
    (
        "2024-05-14",
        "An anti-tank missile fired from Lebanon hit a house in Metula on Monday, injuring two people.",
        [("Metula", "settlement", "Israel")],
    ),
    (
        "2024-05-14",
        "Fighting broke out in Myawaddy in Myanmar's Kayin State on Monday.",
        [("Myawaddy", "settlement", "Myanmar")],
    ),
    (
        "2024-05-14",
        "Militants attacked a military post in Inates, in Niger's Tillaberi region, on Monday, killing 10 soldiers.",
        [("Inates", "settlement", "Niger")],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    COUNTRYSIDE + COUNTRYSIDE_GUARDS + COUNTY + COUNTY_GUARDS + BORDER_GUARDS,
)
def test_place_of_the_deed(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, *FIELDS) == expected


DIRECTION_GUARDS = [
    "A drone launched towards southern Israel was intercepted on Monday, the army said.",
    "Hezbollah fired rockets at northern Israel on Monday, the Israeli military said.",
    "The Houthis said they fired a ballistic missile at southern Israel on Monday.",
]


@pytest.mark.parametrize("text", DIRECTION_GUARDS)
def test_part_of_a_country_is_the_country_without_a_point(text: str, gazetteer) -> None:  # type: ignore[no-untyped-def]
    """ "towards southern Israel": the country (geo 3) and no coordinates, not the launch area nor nothing."""
    assert _rows(text, "2024-05-14", gazetteer, "location", "geo_precision", "latitude", "country") == [
        ("Israel", 3, None, "Israel")
    ]


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        # renamed from Maganoy (GeoNames keeps the old name)
        ("Shariff Aguak", 6.86, 124.44),
        # carved out of Datu Piang in 2003: no cities500 place
        ("Datu Saudi-Ampatuan", 6.96, 124.44),
        ("Datu Saudi Ampatuan", 6.96, 124.44),
    ],
)
def test_maguindanao_towns_are_known(name: str, lat: float, lon: float, gazetteer) -> None:  # type: ignore[no-untyped-def]
    top = gazetteer.lookup(name)[0].place
    assert top.iso3 == "PHL" and abs(top.lat - lat) < 0.02 and abs(top.lon - lon) < 0.02


def test_datu_saudi_ampatuan_in_a_report(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen ambushed a police patrol in Datu Saudi Ampatuan, Maguindanao, on Monday, killing two officers."
    assert _rows(text, "2024-05-14", gazetteer, *FIELDS) == [
        ("Datu Saudi Ampatuan", "settlement", "Philippines")
    ]
