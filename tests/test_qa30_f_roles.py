"""QA 30 (f): event types, actors and claims -- burning that hurts people is an attack, not property destruction;
an attack on a school, hospital or market is an attack on civilians; "attributed the shelling to X" names the
attacker of the deed told before; the anaphor "the troops" is no second target of their own side; a side's people
counted before its name ("two members of the YBS"); a claim told as "said it planted the device" or made "in the
name of" a group."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, [(event_type, sub_event_type) of each incident])
TYPES = [
    # burning that hurts people: an attack on them (ACLED: property destruction only when nobody is harmed)
    (
        "2024-06-12",
        "Settlers set fire to a house in the village of Sinjil on Monday night, injuring three Palestinians.",
        [("Violence against civilians", "Attack")],
    ),
    (
        "2024-06-12",
        "Gunmen torched four shops in the town of Bokkos on Monday, wounding two traders.",
        [("Violence against civilians", "Attack")],
    ),
    # guard: burning alone stays property destruction
    (
        "2024-06-12",
        "Settlers set fire to two cars in the village of Sinjil on Monday night.",
        [("Strategic developments", "Looting/property destruction")],
    ),
    # a school, hospital or market attacked: the people there, no armed side holds it
    (
        "2024-10-03",
        "Separatist fighters attacked a school in Kumbo on Tuesday. Three teachers were wounded.",
        [("Violence against civilians", "Attack")],
    ),
    (
        "2024-10-03",
        "Jihadists stormed the district hospital in Gorom-Gorom on Tuesday.",
        [("Violence against civilians", "Attack")],
    ),
    # guards: a town or an army camp attacked is fighting for it
    (
        "2024-10-03",
        "Insurgents attacked the town of Gorom-Gorom on Tuesday.",
        [("Battles", "Armed clash")],
    ),
    (
        "2024-10-03",
        "Militants attacked an army camp near Gorom-Gorom on Tuesday.",
        [("Battles", "Armed clash")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), TYPES)
def test_qa30_types(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "event_type", "sub_event_type") == expected


#: (published, text, [(actor1, actor2) of each incident])
ACTORS = [
    # the attribution of a typed deed told before names its attacker, not a second target
    (
        "2024-07-02",
        "On 30 June, artillery shells hit the Babiker Nahar hospital in El Fasher, killing three patients. "
        "Witnesses attributed the shelling to the Rapid Support Forces.",
        [("Rapid Support Forces", "Civilians (Sudan)")],
    ),
    (
        "2024-07-02",
        "A bomb exploded at a bus park in Maiduguri on Sunday, killing five traders. Police attributed the bombing to "
        "Boko Haram.",
        [("Boko Haram", "Civilians (Nigeria)")],
    ),
    # "the troops" is the raiding side named again: its opponents are the target
    (
        "2024-06-05",
        "Israeli forces raided the Balata camp in Nablus on Tuesday. Gunmen exchanged fire with the troops for two "
        "hours.",
        [("Military Forces of Israel", "Gunmen")],
    ),
    (
        "2024-06-05",
        "Nigerian troops raided a camp near Bama on Monday. Insurgents opened fire on the soldiers, and three of them "
        "were killed.",
        [("Military Forces of Nigeria", "Insurgents")],
    ),
    # the people of a school attacked are its target
    (
        "2024-10-03",
        "Separatist fighters attacked a school in Kumbo on Tuesday.",
        [("Separatist fighters", "Civilians (Cameroon)")],  # the kind said is kept (gx30e)
    ),
    # "the assailants" are the attacking side named again, no second target
    (
        "2024-03-14",
        "Jihadists ambushed a patrol near Sevare on Tuesday, killing three soldiers; 14 assailants were neutralised.",
        [("Jihadists", "Military Forces of Mali")],
    ),
    # a military's air strike names the state's forces as the attacker
    (
        "2024-07-03",
        "On 1 July, a military airstrike hit a village school in Magway Region, killing seven civilians.",
        [("Military Forces of Myanmar", "Civilians (Myanmar)")],
    ),
    (
        "2024-07-03",
        "An army air strike killed five rebels near Tessalit on Monday.",
        [("Military Forces of Mali", "Rebels")],
    ),
    # guard: the opponent named with its country is the target as before
    (
        "2024-06-05",
        "Gunmen exchanged fire with Israeli troops in Tubas on Tuesday.",
        [("Gunmen", "Military Forces of Israel")],
    ),
    # a side's people counted before its name
    (
        "2024-09-14",
        "A Turkish drone hit a pickup near Khanasor on Thursday, killing three members of the YBS.",
        [("Military Forces of Turkey", "YBS (Sinjar Resistance Units)")],
    ),
    (
        "2024-11-20",
        "Troops clashed with about 20 members of the New People's Army in Las Navas on Monday.",
        [("Military Forces of Philippines", "New People's Army (NPA)")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), ACTORS)
def test_qa30_actors(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "actor1", "actor2") == expected


#: (published, text, (actor1, claimed_by))
CLAIMS = [
    # the group's word on its own device
    (
        "2024-05-08",
        "On 6 May, a roadside bomb hit a minibus carrying district officials near Beledweyne. No one was hurt. "
        "Al-Shabaab said it planted the bomb.",
        ("Al Shabaab", "Al Shabaab"),
    ),
    (
        "2024-05-08",
        "An explosion struck a police checkpoint in Afgoye on Monday, killing a policeman. Al-Shabaab said it had "
        "detonated the device.",
        ("Al Shabaab", "Al Shabaab"),
    ),
    # a claim made in a group's name
    (
        "2024-11-06",
        "Suspected Maoists shot dead a former village head in Sukma district on Monday, leaving a letter claiming "
        "the killing in the name of the CPI (Maoist).",
        ("CPI (Maoist)", "CPI (Maoist)"),
    ),
    (
        "2024-11-06",
        "Maoists killed a teacher in Bijapur district on Sunday. Pamphlets found at the spot claimed the murder in "
        "the name of the CPI (Maoist).",
        ("CPI (Maoist)", "CPI (Maoist)"),
    ),
    # guard: a state's word on its own deed is no claim
    (
        "2024-11-06",
        "The army said it killed four militants near Kupwara on Monday.",
        ("Military Forces of India", None),
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CLAIMS)
def test_qa30_claims(published: str, text: str, expected: tuple, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "actor1", "claimed_by") == [expected]


#: (published, text, [(actor1, actor2, intercepted, munitions_count) of each incident])
WEAPONS = [
    # the launcher is actor1 and the defender actor2 whichever is told first
    (
        "2024-04-09",
        "Russia launched 31 drones at Ukraine overnight and air defences destroyed 26 of them over Mykolaiv region, "
        "the air force said.",
        [("Military Forces of Russia", "Military Forces of Ukraine", True, 26)],
    ),
    # guard: told the other way round
    (
        "2024-04-09",
        "Ukraine's air force said air defences destroyed 26 Russian drones overnight over Mykolaiv region.",
        [("Military Forces of Russia", "Military Forces of Ukraine", True, 26)],
    ),
    # a device recovered and defused was defused (stopped), as a device defused
    (
        "2024-10-09",
        "Police recovered and defused an IED planted near a bridge in Kupwara on Tuesday.",
        [(None, "Police Forces of India", True, 1)],
    ),
    # "an airstrike" is one attack, no count of its munitions
    (
        "2024-07-03",
        "On 1 July, a military airstrike hit a village school in Magway Region, killing seven civilians.",
        [("Military Forces of Myanmar", "Civilians (Myanmar)", False, None)],
    ),
    # guard: a number of strikes is counted
    (
        "2024-07-03",
        "On 1 July, three airstrikes hit a village school in Magway Region, killing seven civilians.",
        [(None, "Civilians (Myanmar)", False, 3)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), WEAPONS)
def test_qa30_weapons(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "actor1", "actor2", "intercepted", "munitions_count") == expected
