"""QA 30 (fx30a): foreign namesakes and words read as places -- a compass-named province in a country none of the
report's signs points at ("the Nord region" filed from Ouagadougou), a two-word demonym ("South Sudanese"), a front
line naming its countries ("Line of Control"), a people's name before a group noun ("Naga militants"), a town spelled
as written against a province matched through a variant ("Kaya" / Kayah), a name going on into a longer one ("Kan
Thar village", "Bastión Popular"), and a country named only as a border or as what a crowd is against."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

FIELDS = ("location", "location_precision", "country")

CASES = [
    # "South Sudanese" is South Sudan's demonym, not Sudan's: Bor of Jonglei, not of Russia
    (
        "2024-04-08",
        "Raiders killed seven cattle keepers in Bor on Sunday, South Sudanese police said.",
        [("Bor", "settlement", "South Sudan")],
    ),
    # a compass-named region, filed from Ouagadougou: no Nord of France, no Sud-Ouest of Cameroon
    (
        "2024-06-04",
        "OUAGADOUGOU, June 4 (AFP) - Armed men attacked a gendarmerie post in the Nord region on Sunday, killing "
        "six gendarmes.",
        [("Burkina Faso", "country", "Burkina Faso")],
    ),
    (
        "2024-06-04",
        "OUAGADOUGOU - Jihadists ambushed a supply convoy in the Sud-Ouest region on Monday, killing 14 soldiers.",
        [("Burkina Faso", "country", "Burkina Faso")],
    ),
    # a prison named after a coast word, filed from Quito: not Cameroon's Littoral
    (
        "2024-06-04",
        "QUITO - Inmates rioted at the Litoral prison on Monday, leaving four dead.",
        [("Ecuador", "country", "Ecuador")],
    ),
    # a country named as a border is no place of the deed (the town is one the gazetteer lacks)
    (
        "2024-03-10",
        "On 9 March, an air strike hit a market on the edge of Qah, close to the border with Turkey, killing four "
        "people.",
        [(None, "unknown", None)],
    ),
    # nor one a crowd chants against
    (
        "2024-03-10",
        "Protesters chanted slogans against Israel outside the parliament on Saturday.",
        [(None, "unknown", None)],
    ),
    (
        "2024-08-26",
        "On Sunday, dozens of people demonstrated in Sinjar, shouting slogans against Iran.",
        [("Sinjar", "settlement", "Iraq")],
    ),
    # a country's deed ("Turkey has carried out strikes") is no vote for where: the protest is in Iraq's Sinjar
    # district (its town Sinune is one the gazetteer lacks)
    (
        "2024-03-10",
        "Hundreds of Yazidis protested in Sinune on Sunday. Turkey has carried out drone strikes in Sinjar district "
        "since 2021.",
        [("Iraq", "country", "Iraq")],
    ),
    # the Line of Control says India and Pakistan: Uri of Kashmir, not the Swiss canton
    (
        "2024-03-10",
        "Two intruders were shot dead by troops on the Line of Control near Uri on Thursday, the army said.",
        [("near Uri", "near", "India")],
    ),
    # a people's name before a group noun is no far namesake (Naga in the Philippines, Kukichuo in Japan)
    (
        "2024-03-10",
        "Naga militants torched houses near Ukhrul on Monday, killing an elderly man.",
        [("near Ukhrul", "near", "India")],
    ),
    (
        "2024-03-10",
        "Suspected Kuki militants opened fire on farmers on Monday, wounding three.",
        [(None, "unknown", None)],
    ),
    # "Kaya" spelled as written is the Burkinabe city, not Myanmar's Kayah State
    (
        "2024-03-10",
        "Suspected jihadists killed 14 people in Kaya on Sunday.",
        [("Kaya", "settlement", "Burkina Faso")],
    ),
    # a village whose name goes on ("Kan Thar") in the region said: not Kan of Yangon; the region
    (
        "2024-03-10",
        "A junta airstrike on Monday destroyed a school in Kan Thar village, Magway Region, killing four children.",
        [("Magway", "admin1", "Myanmar")],
    ),
    # a neighbourhood named like a site's short name ("Bastión Popular"): the city, not Camp Bastion
    (
        "2024-03-10",
        "A grenade exploded outside a shop in the Bastión Popular area of Guayaquil on Sunday, wounding two people.",
        [("Guayaquil", "settlement", "Ecuador")],
    ),
]

GUARDS = [
    # a compass-named province in the dateline's country stays the province
    (
        "2024-06-04",
        "YAOUNDE - Separatist fighters attacked a gendarmerie post in the Ouest region on Monday, killing two "
        "gendarmes.",
        [("Ouest", "admin1", "Cameroon")],
    ),
    (
        "2024-06-04",
        "PORT-AU-PRINCE - Gangs torched a police station in the Nord department on Monday, killing three officers.",
        [("Nord", "admin1", "Haiti")],
    ),
    (
        "2024-06-04",
        "Gangs torched a police station in Haiti's Nord department on Monday, killing three officers.",
        [("Nord", "admin1", "Haiti")],
    ),
    # "Sudanese" alone stays Sudan's
    (
        "2024-04-08",
        "Sudanese troops shelled positions near Kadugli on Sunday, killing four fighters.",
        [("near Kadugli", "near", "Sudan")],
    ),
    # a border town stays where it is
    (
        "2024-03-10",
        "Militants attacked a border post in Chaman, near the border with Afghanistan, on Saturday, killing two "
        "guards.",
        [("Chaman", "settlement", "Pakistan")],
    ),
    (
        "2024-03-10",
        "Protesters in Basra chanted slogans against the United States on Friday.",
        [("Basra", "settlement", "Iraq")],
    ),
    # a place-name adjective among the report's places stays a place; the place of the deed is the one said
    (
        "2024-03-10",
        "Idlib rebels shelled Aleppo on Monday, killing two civilians.",
        [("Aleppo", "settlement", "Syria")],
    ),
    (
        "2024-03-10",
        "Suspected Naga rebels ambushed an army patrol near Tamenglong in Manipur on Monday, wounding three soldiers.",
        [("near Tamenglong", "near", "India")],
    ),
    # the province spelled as its own name stays the province
    (
        "2024-03-10",
        "Junta jets bombed a camp in Kayah State on Sunday, killing three people.",
        [("Kayah State", "admin1", "Myanmar")],
    ),
    # the site named in full stays the site
    (
        "2024-03-10",
        "Insurgents fired mortars at Camp Bastion in Helmand on Sunday.",
        [("Camp Bastion (Camp Shorabak)", "site", "Afghanistan")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES + GUARDS)
def test_namesake_place(published: str, text: str, expected, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, *FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the army of the country the report is about, not of the namesake's (France, Switzerland)
        (
            "OUAGADOUGOU - Gunmen attacked an army post in the Nord region on Friday, killing nine soldiers.",
            "Military Forces of Burkina Faso",
        ),
        (
            "Soldiers clashed with infiltrators along the Line of Control near Uri on Friday; three infiltrators "
            "were killed.",
            "Military Forces of India",
        ),
    ],
)
def test_namesake_no_foreign_army(text: str, actor: str, gazetteer) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(text, "2024-06-08", gazetteer, "actor1", "actor2")
    assert rows and all(actor in (a1 or "") + (a2 or "") for a1, a2 in rows)
