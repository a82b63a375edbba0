"""QA 30 round 2 (rq30a): the second side of a fight -- an army named again by its acronym in brackets ("the
Congolese army (FARDC)") is no third side taking the subject's place; "clashing with X" names X as the other side;
the SPLM-N is a known rebel group. "The town" of a live-blog entry is the town the sentence before names when no
incident was told there; "the camp official" is a person, not the place of the deed."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, [(actor1, actor2) of each incident])
SIDES = [
    # an army named again by its acronym in brackets: two sides, not three
    (
        "2024-02-07",
        "M23 fighters and the Congolese army (FARDC) fought near Rutshuru on Tuesday.",
        [("M23", "Military Forces of Democratic Republic of the Congo")],
    ),
    (
        "2024-02-07",
        "M23 rebels and the Congolese army (FARDC) clashed outside Kitshanga on Tuesday.",
        [("M23", "Military Forces of Democratic Republic of the Congo")],
    ),
    # guard: the acronym alone as the subject stays the army
    (
        "2024-02-07",
        "The FARDC clashed with M23 rebels near Kitshanga on Tuesday.",
        [("Military Forces of Democratic Republic of the Congo", "M23")],
    ),
    # "clashing with X": the participle names the other side of the fight
    (
        "2024-09-26",
        "The army pushed into Bahri on Thursday, clashing with the Rapid Support Forces in the north of the city.",
        [("Military Forces of Sudan", "Rapid Support Forces")],
    ),
    (
        "2024-09-26",
        "Sudanese troops crossed the bridge into Omdurman on Wednesday, clashing with RSF fighters.",
        [("Military Forces of Sudan", "Rapid Support Forces")],
    ),
    # guard: the finite verb held before
    (
        "2024-09-26",
        "The army clashed with the Rapid Support Forces in Bahri on Thursday.",
        [("Military Forces of Sudan", "Rapid Support Forces")],
    ),
    # two sides joined by "and" before a deed of two sides: "traded fire", "a gun battle", "a shootout"
    (
        "2024-02-07",
        "M23 rebels and government soldiers traded fire outside Kitshanga on Tuesday.",
        [("M23", "Military Forces of Democratic Republic of the Congo")],
    ),
    (
        "2024-01-22",
        "Gunmen and police were locked in a gun battle in Solino on Sunday.",
        [("Gunmen", "Police Forces of Haiti")],
    ),
    (
        "2024-09-10",
        "Soldiers and militants were involved in a shootout in Bajaur on Monday.",
        [("Military Forces of Pakistan", "Militants")],
    ),
    # an attack fought off, its maker named on it: that group attacked, the troops are the other side
    (
        "2024-07-03",
        "Troops repelled an ISWAP attack on an army base in Damboa on Tuesday.",
        [("Islamic State West Africa", "Military Forces of Nigeria")],
    ),
    (
        "2024-07-03",
        "Soldiers repulsed a Boko Haram attack on Gwoza on Monday, killing ten insurgents.",
        [("Boko Haram", "Military Forces of Nigeria")],
    ),
    # guards (held before too): "an attack by X", "a Ukrainian attack"
    (
        "2024-07-03",
        "Nigerian troops repelled an attack by ISWAP fighters on a base in Damboa on Tuesday.",
        [("Islamic State West Africa", "Military Forces of Nigeria")],
    ),
    (
        "2024-07-03",
        "Russian troops repelled a Ukrainian attack near Sudzha on Tuesday.",
        [("Military Forces of Ukraine", "Military Forces of Russia")],
    ),
    # the SPLM-N, however written, is one rebel group
    (
        "2024-06-20",
        "Fighting between the army and the SPLM-N broke out near Kadugli on Monday.",
        [("Military Forces of Sudan", "SPLM-N")],
    ),
    (
        "2024-06-20",
        "Troops clashed with the SPLM-North near Dilling on Monday.",
        [("Military Forces of Sudan", "SPLM-N")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), SIDES)
def test_rq30a_sides(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "actor1", "actor2") == expected


#: (published, text, [(location, geo_precision) of each incident])
PLACES = [
    # "the town" / "the village": the town the sentence before names, where nothing was told to happen
    (
        "2024-02-07",
        "Residents in Kitshanga say they have heard heavy gunfire since dawn. Rebels and soldiers are fighting on "
        "the hills around the town.",
        [("Kitshanga", 1)],
    ),
    (
        "2024-05-08",
        "Families in Djibo have started to leave. Gunmen stormed the town on Monday night, killing four residents.",
        [("Djibo", 1)],
    ),
    # guard: a town named for the deed itself is kept
    (
        "2024-05-08",
        "Families in Djibo have started to leave. Gunmen stormed Arbinda on Monday night, killing four residents.",
        [("Arbinda", 1)],
    ),
    # guard: "the town" in the entry's own sentence (held before too)
    (
        "2024-02-07",
        "09:10 - Residents of Kitshanga report heavy gunfire; M23 and the army are exchanging fire above the town.",
        [("Kitshanga", 1)],
    ),
    # "the camp official", "the district commissioner": people of a place, not "the camp" as the deed's place; the
    # correction joins the shelling told before (one incident, its revised toll), not the first incident's town
    (
        "2024-02-07",
        "09:10 - Heavy fighting broke out in Kitshanga this morning.\n"
        "10:30 - A shell landed in Kanyaruchinya camp outside Goma, killing two people.\n"
        "11:00 - Aid agencies say they have suspended their work for the day.\n"
        "12:00 - Markets in Goma have closed early.\n"
        "13:00 - Correction: the camp official now says three people died in the shelling.",
        [("Kitshanga", 1), ("near Goma", 2)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), PLACES)
def test_rq30a_places(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "location", "geo_precision") == expected


#: (published, text, [(sub_event_type, weapon) of each incident])
WEAPONS = [
    # a suicide bomber driving a vehicle bomb: a suicide bombing whose bomb is the vehicle
    (
        "2024-07-03",
        "A suicide bomber drove an explosives-laden truck into a police post in Bannu on Tuesday, killing four "
        "officers.",
        [("Suicide bomb", "car_bomb")],
    ),
    (
        "2024-07-03",
        "A suicide bomber rammed a car packed with explosives into the gate of an army camp near Miranshah on "
        "Monday.",
        [("Suicide bomb", "car_bomb")],
    ),
    # guards (held before too): a bomber on foot wears a vest; a suicide car bomber's bomb is the car
    (
        "2024-07-03",
        "A suicide bomber blew himself up at a police checkpoint in Bannu on Tuesday, killing two officers.",
        [("Suicide bomb", "suicide_vest")],
    ),
    (
        "2024-07-03",
        "A suicide car bomber struck a convoy in Mogadishu on Monday, killing three soldiers.",
        [("Suicide bomb", "car_bomb")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), WEAPONS)
def test_rq30a_weapons(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "sub_event_type", "weapon") == expected
