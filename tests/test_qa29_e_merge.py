"""QA 29 (fixer e): one raid is one incident, and side details of it make none of their own -- the burning the same
raiders did ("They burned granaries", "set fire to a school ... and abducted its principal"), the weapons a speaker
says the attackers used, what an arrest seized, the toll of clashes that "lasted until" the next day; missed deeds
("seized a local aid worker", "exchanged heavy gunfire"); sentences that tell no event (an act "in protest", a deed
ranked in a series)."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, fields, the expected rows of those fields, in text order)
CASES = [
    # the raiders' burning and looting told next, by a pronoun: part of the raid
    (
        "2024-03-12",
        "Gunmen attacked the village of Bankass on Monday, killing 14 civilians. They burned granaries and left with "
        "the cattle.",
        ("sub_event_type", "fatalities"),
        [("Attack", 14)],
    ),
    (
        "2024-06-11",
        "Bandits killed nine farmers in Tsafe on Sunday. They also set fire to several houses before leaving.",
        ("sub_event_type", "fatalities"),
        [("Attack", 9)],
    ),
    # the burning told first in the sentence of the raid's violence, by the same raiders
    (
        "2024-09-04",
        "Separatist fighters set fire to a school in Bamenda on Tuesday and abducted its principal.",
        ("sub_event_type", "event_date"),
        [("Abduction/forced disappearance", "2024-09-03")],
    ),
    # guard (held before too): the burning and the killing in one sentence
    (
        "2024-09-04",
        "Gunmen torched several houses in Bamenda on Tuesday and killed two farmers.",
        ("sub_event_type", "fatalities"),
        [("Attack", 2)],
    ),
    # guard: others' burning in the same sentence stays its own event
    (
        "2024-09-04",
        "Soldiers burned houses in Bamenda on Tuesday and separatists abducted a teacher in the town.",
        ("sub_event_type",),
        [("Looting/property destruction",), ("Abduction/forced disappearance",)],
    ),
    # guard: "They" of the victims is no deed
    (
        "2024-03-12",
        "Gunmen attacked the village of Bankass on Monday, killing 14 civilians. They were buried on Tuesday.",
        ("sub_event_type", "fatalities"),
        [("Attack", 14)],
    ),
    # the weapons a speaker says the attackers used: the attack's, no grenade attack of their own
    (
        "2024-03-18",
        "Six policemen were martyred and three others injured when dozens of militants attacked the Shadi Khel "
        "police check post in Lakki Marwat district late on Sunday night, police said. District police officer "
        "Ghulam Muhammad said the attackers used heavy weapons and hand grenades, and the exchange of fire lasted "
        "nearly two hours.",
        ("sub_event_type", "fatalities", "injuries"),
        [("Armed clash", 6, 3)],
    ),
    # guard (held before too): the assailants' grenades told by a speaker
    (
        "2024-03-18",
        "Militants attacked a police station in Bannu on Monday, killing two officers. A police spokesman told "
        "reporters the assailants hurled grenades at the gate.",
        ("sub_event_type", "fatalities"),
        [("Armed clash", 2)],
    ),
    # what an arrest seized: no grenade attack by those arrested
    (
        "2024-12-02",
        "Police arrested 11 suspected members of Los Choneros in Manta on Monday, seizing rifles, grenades and cash.",
        ("sub_event_type",),
        [("Arrests",)],
    ),
    # guard (held before too): the seizure after "and confiscated" is a disrupted weapons use, no attack
    (
        "2024-12-02",
        "Soldiers detained four gang members in Portoviejo on Sunday and confiscated two pistols and a hand grenade.",
        ("sub_event_type",),
        [("Arrests",), ("Disrupted weapons use",)],
    ),
    # guard: a grenade thrown is an attack, whatever was seized elsewhere
    (
        "2024-12-02",
        "Soldiers seized a truck in Manta on Monday. A grenade attack on a police station in Manta killed two "
        "officers.",
        ("sub_event_type", "fatalities"),
        [("Grenade", 2)],
    ),
    # the toll of clashes "that lasted until" the next day: the clash told before, on its day and at its place
    (
        "2022-02-22",
        "Government forces repelled a Houthi attack in Harib district on Monday. The sources said 14 Houthi fighters "
        "and four soldiers were killed in clashes that lasted until the early hours of Tuesday.",
        ("sub_event_type", "event_date", "fatalities"),
        [("Armed clash", "2022-02-21", 18)],
    ),
    # one person seized by armed men is an abduction
    (
        "2024-11-12",
        "In Sulu, armed men believed to be remnants of the Abu Sayyaf Group seized a local aid worker in Patikul town "
        "on Saturday afternoon, police said.",
        ("sub_event_type", "event_date"),
        [("Abduction/forced disappearance", "2024-11-09")],
    ),
    (
        "2024-11-12",
        "Gunmen snatched a Catholic priest from his parish in Kafanchan on Sunday.",
        ("sub_event_type",),
        [("Abduction/forced disappearance",)],
    ),
    # guard: a person's property seized is no abduction
    (
        "2024-11-12",
        "Troops seized a farmer's truck in Patikul on Saturday.",
        ("sub_event_type",),
        [],
    ),
    # "exchanged heavy gunfire": a clash of its own, not the toll of the mob's arson told before
    (
        "2024-06-25",
        "A mob set fire to at least 15 houses in Lamtai Khunou village in Jiribam district on Monday. Later in the "
        "night, armed village volunteers exchanged heavy gunfire near Borobekra; two men were killed.",
        ("sub_event_type", "fatalities"),
        [("Mob violence", None), ("Armed clash", 2)],
    ),
    (
        "2024-06-25",
        "Rival militias traded fire near Churachandpur on Monday, leaving three dead.",
        ("sub_event_type", "fatalities"),
        [("Armed clash", 3)],
    ),
    # an act done "in protest" is no demonstration
    (
        "2023-07-04",
        "Palestinian President Mahmoud Abbas suspended contacts with Israel in protest, his office said.",
        ("sub_event_type",),
        [],
    ),
    (
        "2023-07-04",
        "Two ministers resigned in protest on Monday, the government said.",
        ("sub_event_type",),
        [],
    ),
    # guard: people gathering or shutting shops in protest do protest
    (
        "2023-07-04",
        "Students rallied in Ramallah on Monday in protest at the raid.",
        ("sub_event_type",),
        [("Peaceful protest",)],
    ),
    (
        "2023-07-04",
        "Hundreds of traders shut their shops in Nablus on Monday in protest against the raid.",
        ("sub_event_type",),
        [("Peaceful protest",)],
    ),
    # a deed ranked in a series is the deed told before, not another one where the series was
    (
        "2024-01-16",
        "Turkish artillery shelled villages around Tal Rifaat on Monday evening, wounding a child. The strike was the "
        "third targeting SDF officials in Qamishli this month.",
        ("sub_event_type", "location"),
        [("Shelling/artillery/missile attack", "near Tal Rifaat")],
    ),
    # guard: a ranking by toll ("the deadliest") names the same deed too, and never was one more
    (
        "2024-01-16",
        "Turkish drones struck a car in Qamishli on Monday, killing two. The attack was the deadliest in the city "
        "this year.",
        ("sub_event_type", "fatalities"),
        [("Air/drone strike", 2)],
    ),
    # the rest of a barrage fell in the sea: an interception (no impact), as when it fell in an open area
    (
        "2024-05-10",
        "Hamas fired rockets at Ashkelon on Thursday. The Israeli military said eight rockets were fired; seven were "
        "shot down by Iron Dome and one landed in the sea.",
        ("sub_event_type", "intercepted", "location"),
        [("Disrupted weapons use", True, "Ashkelon")],
    ),
    # guard: one that landed on a house got through
    (
        "2024-05-10",
        "Hamas fired rockets at Ashkelon on Thursday. Seven were shot down and one landed on a house, wounding two.",
        ("sub_event_type", "injuries"),
        [("Shelling/artillery/missile attack", 2)],
    ),
    # where rockets were fired from is not where they were aimed or downed
    (
        "2024-05-10",
        "The Qassam Brigades said it fired a barrage of rockets at Ashkelon on Thursday. The Israeli military said "
        "eight rockets were fired from the northern Gaza Strip; seven were shot down by Iron Dome. In Rafah, Israeli "
        "tanks shelled the eastern neighbourhoods of the city on Thursday night.",
        ("sub_event_type", "location", "intercepted"),
        [("Disrupted weapons use", "Ashkelon", True), ("Shelling/artillery/missile attack", "Rafah", False)],
    ),
    # guard: the place struck is kept, the origin dropped
    (
        "2024-05-10",
        "Two rockets fired from Lebanon hit a house in Kiryat Shmona on Thursday.",
        ("sub_event_type", "location"),
        [("Shelling/artillery/missile attack", "Kiryat Shmona")],
    ),
    # the deed a relation counts from ("hours after ...") is another deed, even on that day at that place
    (
        "2023-02-23",
        "Settlers attacked the town of Huwara on Sunday night, setting fire to homes, hours after a Palestinian "
        "gunman shot dead two Israeli brothers at a junction in Huwara.",
        ("sub_event_type", "actor1", "fatalities"),
        [("Attack", "Settlers", None), ("Attack", "Gunman", 2)],
    ),
    # defenders taken by the attackers: part of the battle, with its dead
    (
        "2024-02-12",
        "On Sunday, resistance fighters attacked a police outpost in Kani township and said they had taken control "
        "of it. They claimed five police officers were killed and seven were captured.",
        ("event_type", "fatalities"),
        [("Battles", 5)],
    ),
    (
        "2024-02-12",
        "Rebels attacked an army post in Kani township on Sunday. Three soldiers were captured.",
        ("sub_event_type",),
        [("Armed clash",)],
    ),
    # guard: the state's arrest of the attackers later stays an arrest
    (
        "2024-02-12",
        "Rebels attacked an army post in Kani township on Sunday. Police arrested three rebels later that day.",
        ("sub_event_type",),
        [("Armed clash",), ("Arrests",)],
    ),
    # a riot "between rival gangs" and the two gangs' fight told next: one armed clash with the riot's toll
    (
        "2024-12-02",
        "Fifteen inmates were killed during a riot between rival gangs inside the Litoral Penitentiary in Guayaquil "
        "on Sunday. Members of Los Lobos and Los Tiguerones fought with firearms and knives for several hours.",
        ("sub_event_type", "actor1", "fatalities"),
        [("Armed clash", "Los Lobos", 15)],
    ),
    # guard: inmates rioting against the police stay a riot
    (
        "2024-12-02",
        "Inmates rioted in the Litoral Penitentiary in Guayaquil on Sunday, burning mattresses.",
        ("sub_event_type",),
        [("Violent demonstration",)],
    ),
]


@pytest.mark.parametrize(("published", "text", "fields", "expected"), CASES)
def test_one_raid_one_incident(
    published: str, text: str, fields: tuple[str, ...], expected: list[tuple], gazetteer
) -> None:
    assert _rows(text, published, gazetteer, *fields) == expected
