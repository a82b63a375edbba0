"""QA 30 (fixer c): deeds missed for their phrasing and incidents made of what is no deed of its own.

Missed: munitions told with a qualified launch point ("fired from southern Lebanon hit ..."), a group's word on its
strike's effect ("..., claiming direct hits"), the progressive ("are exchanging fire"), drones told as the means
("used drones to drop explosives", "dropped explosives from drones"), the participle of a seizure ("..., seizing
rifles"), a strike on a launcher ("struck a missile launcher"). Spurious: the launch point of an attack told again
("the attack was launched from the direction of ..."), a claim that says how the claimant did it ("saying two of
its members had detonated ..."), a claim of "both attacks", a deed only referred to ("... after the blast").
"""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: (published, text, fields, the expected rows of those fields, in text order)
CASES = [
    # a region-qualified launch point between the munitions and their hit
    (
        "2024-02-15",
        "Rockets fired from southern Lebanon hit Nahariya on Wednesday, wounding three people.",
        ("sub_event_type", "location", "injuries"),
        [("Shelling/artillery/missile attack", "Nahariya", 3)],
    ),
    (
        "2024-02-15",
        "Two rockets launched from the northern Gaza Strip struck Ashkelon on Thursday, wounding a woman.",
        ("sub_event_type", "location", "event_date"),
        [("Shelling/artillery/missile attack", "Ashkelon", "2024-02-15")],
    ),
    (
        "2024-06-04",
        "Missiles launched from the occupied Golan hit a military site near Homs on Monday, killing one soldier.",
        ("event_type", "fatalities"),
        [("Explosions/Remote violence", 1)],
    ),
    # guard: the unqualified origin (held before too)
    (
        "2024-02-15",
        "Rockets fired from Lebanon hit Nahariya on Wednesday, wounding three people.",
        ("sub_event_type", "location"),
        [("Shelling/artillery/missile attack", "Nahariya")],
    ),
    # where the attack told before was launched from is no second place of it
    (
        "2024-06-04",
        "Syrian air defences confronted an Israeli attack on military positions near Homs on Monday. A military "
        "source said the attack was launched from the direction of northern Lebanon and wounded three soldiers.",
        ("location", "injuries"),
        [("near Homs", 3)],
    ),
    # a group's word on the effect of its deed is no claim of responsibility for another one
    (
        "2024-02-15",
        "Hezbollah said it fired guided missiles at an Israeli army post in Shlomi on Tuesday, claiming direct hits.",
        ("sub_event_type", "location", "actor1", "claimed_by"),
        [("Shelling/artillery/missile attack", "Shlomi", "Hezbollah", "Hezbollah")],
    ),
    (
        "2024-02-15",
        "Hamas's armed wing said it fired mortar rounds at troops near Khan Younis on Wednesday, claiming to have "
        "hit a bulldozer.",
        ("sub_event_type", "actor1"),
        [("Shelling/artillery/missile attack", "Hamas")],
    ),
    # guard: a claimant's own account of the deed it claims is not a second deed
    (
        "2024-05-07",
        "The raid was claimed by JNIM, which said it had seized rifles and motorbikes.",
        ("sub_event_type",),
        [],
    ),
    # the progressive: the subject does it
    (
        "2024-02-08",
        "M23 rebels and the army are exchanging fire near Kitshanga, local sources said.",
        ("sub_event_type", "location", "actor1"),
        [("Armed clash", "near Kitshanga", "M23")],
    ),
    (
        "2024-02-08",
        "Russian forces were shelling Nikopol on Tuesday, the governor said.",
        ("actor1", "actor2"),
        [("Military Forces of Russia", None)],
    ),
    # guard: the passive keeps its target
    (
        "2024-02-08",
        "Soldiers were ambushed by gunmen near Butembo on Tuesday.",
        ("actor1", "actor2"),
        [("Gunmen", "Military Forces of Democratic Republic of the Congo")],
    ),
    # drones as the means of a bombing
    (
        "2024-04-22",
        "Cartel members used drones to drop explosives on a ranch near Apatzingan on Saturday. No one was hurt.",
        ("sub_event_type", "weapon"),
        [("Air/drone strike", "drone")],
    ),
    (
        "2024-04-22",
        "Gunmen dropped three grenades from a drone on a police checkpoint in Tepalcatepec on Friday, wounding two "
        "officers.",
        ("sub_event_type", "injuries"),
        [("Air/drone strike", 2)],
    ),
    # guard: a habit is no deed
    (
        "2024-04-22",
        "The cartel has used drones to drop explosives on rival territory for months.",
        ("sub_event_type",),
        [],
    ),
    # the participle of a seizure, and whose camp it was
    (
        "2024-03-04",
        "On Sunday, troops dismantled an FARC dissident camp near Suarez, Cauca, seizing rifles and explosives.",
        ("sub_event_type", "actor1"),
        [("Disrupted weapons use", "Military Forces of Colombia")],
    ),
    # a launcher struck is the target, not the weapon
    (
        "2024-02-20",
        "On Feb. 19, U.S. forces struck a Houthi missile launcher near Zabid, destroying it.",
        ("event_type", "actor1", "weapon"),
        [("Explosions/Remote violence", "Military Forces of the United States", None)],
    ),
    (
        "2024-02-20",
        "Israeli jets struck a Hezbollah rocket launcher near Yaroun on Monday, killing two fighters.",
        ("sub_event_type", "weapon", "fatalities"),
        [("Air/drone strike", "aircraft", 2)],
    ),
    # a claim that tells how the claimant did the deed told before: the same deed
    (
        "2024-03-08",
        "Two blasts hit a funeral procession in Herat on Wednesday, killing 23 people. The Islamic State group "
        "claimed responsibility on Thursday, saying three of its fighters had detonated explosive vests.",
        ("location", "fatalities", "claimed_by"),
        [("Herat", 23, "Islamic State")],
    ),
    # a claim of both attacks told is no third one
    (
        "2024-06-10",
        "Insurgents killed five civilians in Mocimboa da Praia on Tuesday. On Thursday they ambushed an army convoy "
        "near Mueda, killing three soldiers. Islamic State's Mozambique Province claimed both attacks.",
        ("location", "claimed_by"),
        [("Mocimboa da Praia", "Islamic State"), ("near Mueda", "Islamic State")],
    ),
    # a deed only referred to at the end of a clause that tells another one is not a second deed of its type; the
    # assault the blast opened is one event with it (its dead added, the claim its)
    (
        "2024-07-10",
        "A car bomb exploded outside a police station in Tank on Monday, killing three officers. Police shot dead two "
        "gunmen who tried to enter the compound after the explosion. The TTP claimed the attack.",
        ("sub_event_type", "location", "fatalities", "claimed_by"),
        [("Remote explosive/landmine/IED", "Tank", 5, "Tehrik-i-Taliban Pakistan (TTP)")],
    ),
    # guard: an arrest after the blast is an event of its own
    (
        "2024-07-10",
        "A bomb exploded in a bus station in Quetta on Monday, killing four people. Police detained three suspects "
        "after the blast.",
        ("sub_event_type",),
        [("Remote explosive/landmine/IED",), ("Arrests",)],
    ),
    # hearsay that the side concerned denies is no known event
    (
        "2024-09-16",
        "Videos circulating on social media said 12 gendarmes were killed in an ambush near Kaya on Friday. The "
        "government denied the reports.",
        ("sub_event_type",),
        [],
    ),
    (
        "2024-09-16",
        "Reports that a convoy was attacked near Fada N'Gourma on Sunday are untrue, the army said.",
        ("sub_event_type",),
        [],
    ),
    # guard: a deed told by its own source stays, whatever is denied after it
    (
        "2024-09-16",
        "Jihadists killed nine civilians near Kaya on Friday, residents said. The government denied the reports.",
        ("sub_event_type", "fatalities"),
        [("Attack", 9)],
    ),
    # guard: hearsay confirmed stays
    (
        "2024-09-16",
        "Posts on social media said 12 gendarmes were killed in an ambush near Kaya on Friday. The army confirmed "
        "the attack on Sunday.",
        ("sub_event_type", "fatalities"),
        [("Armed clash", 12)],
    ),
    # tear gas at people at home or at work is no protest
    (
        "2024-05-08",
        "Settlers torched three cars in Huwara on Monday. Israeli troops who arrived afterwards fired tear gas at "
        "villagers trying to put out the flames.",
        ("event_type",),
        [("Strategic developments",)],
    ),
    (
        "2024-05-08",
        "Israeli soldiers fired tear gas at residents of Beita on Monday.",
        ("event_type",),
        [],
    ),
    # guard: tear gas at a crowd, or at residents protesting, is a protest broken up
    (
        "2024-05-08",
        "Police fired tear gas at residents protesting against power cuts in Kisumu on Monday.",
        ("sub_event_type",),
        [("Protest with intervention",)],
    ),
    (
        "2024-05-08",
        "Police fired tear gas at hundreds of opposition supporters in Dhaka on Monday.",
        ("sub_event_type",),
        [("Protest with intervention",)],
    ),
    # the first version of a deed whose toll was revised is that deed, not another on the day of the report
    (
        "2024-11-06",
        "The toll in Sunday's landmine blast in Sukma district rose to four after a wounded constable succumbed on "
        "Tuesday. Initially, three jawans were reported killed when Maoists set off an IED near Jagargunda.",
        ("event_date", "actor1", "fatalities"),
        [("2024-11-03", "Maoists", 4)],
    ),
    # guard: a first version of something else (who the attackers were) changes nothing
    (
        "2024-11-06",
        "Gunmen killed three farmers in Kathua on Monday. Initially, police said the attackers were bandits.",
        ("sub_event_type", "fatalities"),
        [("Attack", 3)],
    ),
    # a seizure told as the participle of an arrest is the arrest's; of a raid that makes no event, its own
    (
        "2024-03-04",
        "Police raided a warehouse in Pasto on Sunday, confiscating rifles and ammunition.",
        ("sub_event_type",),
        [("Disrupted weapons use",)],
    ),
    # munitions downed over several regions: no count per region is said, so none is made up
    (
        "2024-04-09",
        "The air force said air defences shot down 17 Russian drones overnight over the Mykolaiv, Odesa and "
        "Kherson regions.",
        ("location", "munitions_count"),
        [("Mykolaiv", None), ("Odesa", None), ("Kherson", None)],
    ),
    # what a crowd protests against is no deed of that day and place
    (
        "2024-08-19",
        "On Sunday, dozens of people protested in Amadiya against Turkish air strikes.",
        ("event_type",),
        [("Protests",)],
    ),
    (
        "2024-08-19",
        "Hundreds of villagers marched in Zakho on Sunday to denounce the recent drone strikes.",
        ("event_type",),
        [("Protests",)],
    ),
    # guard: a strike told in its own clause stays
    (
        "2024-08-19",
        "Hundreds of villagers marched in Zakho on Sunday. A Turkish drone strike hit a car near Batifa later that "
        "day, killing two people.",
        ("event_type",),
        [("Protests",), ("Explosions/Remote violence",)],
    ),
    # the raid of an abduction told again with its site named is the abduction
    (
        "2024-10-17",
        "Gunmen abducted a pastor and nine worshippers from a church in Kajuru on Wednesday, police said on Thursday. "
        "Armed men stormed the Holy Trinity Church in Kajuru during the evening service, a witness said.",
        ("sub_event_type", "location"),
        [("Abduction/forced disappearance", "Kajuru")],
    ),
    # guard: an attack told for another day stays its own
    (
        "2024-10-17",
        "Bandits kidnapped 14 farmers in Kajuru on Tuesday. On Wednesday, gunmen attacked a market in Kajuru.",
        ("sub_event_type",),
        [("Abduction/forced disappearance",), ("Attack",)],
    ),
]


@pytest.mark.parametrize(("published", "text", "fields", "expected"), CASES)
def test_missed_and_spurious(
    published: str, text: str, fields: tuple[str, ...], expected: list[tuple], gazetteer
) -> None:
    assert _rows(text, published, gazetteer, *fields) == expected
