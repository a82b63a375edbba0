"""QA 28: actors stated in the report and not filled in -- a group's armed wing and "its fighters", a claim by a
group known only by its name and acronym, the one who names a target ("what the army called ..."), victims told
among a count ("six people, including two children"), the side fought ("after fighting with the army"), and a
state telling its own deed "in a statement"."""

from __future__ import annotations

import pytest

from tests.test_extract_layers import _rows

#: whole reports: (published, text, [(actor1, actor2, claimed_by) of each incident])
REPORTS = [
    # a group's own armed wing is the group; its claim of its fighters' deed names it (yf 11)
    (
        "2025-05-20",
        "Hamas's armed wing said its fighters fired an anti-tank rocket at an Israeli tank in Khan Younis on Tuesday.",
        [("Hamas", "Military Forces of Israel", "Hamas")],
    ),
    (
        "2025-03-12",
        "An Israeli armoured vehicle hit a roadside bomb in Nur Shams on Wednesday. Hamas's armed wing said in a "
        "statement that its fighters had detonated the device.",
        [("Hamas", "Military Forces of Israel", "Hamas")],
    ),
    # a group the lexicon does not know, named with its kind, said its fighters did it (yf 11)
    (
        "2025-03-12",
        "The Tulkarem Brigade, a local armed group, said its fighters had detonated a roadside bomb against an "
        "Israeli armoured vehicle in Nur Shams on Wednesday.",
        [("Tulkarem Brigade", "Military Forces of Israel", "Tulkarem Brigade")],
    ),
    (
        "2025-03-12",
        "The Jenin Battalion said its fighters planted an explosive device that hit an Israeli military vehicle in "
        "Jenin on Wednesday.",
        [("Jenin Battalion", "Military Forces of Israel", "Jenin Battalion")],
    ),
    # a claim by a group named with its acronym, in the next sentence (yg 11)
    (
        "2024-10-14",
        "Gunmen shot dead seven labourers in Turbat on Monday. The Balochistan Liberation Front (BLF) claimed "
        "responsibility for the killings in a statement.",
        [
            (
                "Balochistan Liberation Front (BLF)",
                "Civilians (Pakistan)",
                "Balochistan Liberation Front (BLF)",
            )
        ],
    ),
    (
        "2024-10-14",
        "Gunmen killed four workers in Panjgur on Monday. The Baloch Liberation Front (BLF) took responsibility for "
        "the attack.",
        [("Baloch Liberation Front (BLF)", None, "Baloch Liberation Front (BLF)")],
    ),
    # who names the target is no side of the deed; the target is the group it names (yf 11)
    (
        "2024-05-16",
        "Israeli warplanes struck what the army called a Hezbollah weapons depot in Khiam on Thursday.",
        [("Military Forces of Israel", "Hezbollah", None)],
    ),
    (
        "2024-05-16",
        "Israeli jets struck what the Israeli military described as Hezbollah infrastructure in Khiam on Thursday.",
        [("Military Forces of Israel", "Hezbollah", None)],
    ),
    (
        "2024-05-16",
        "An Israeli drone struck what the army said was a Hamas command centre in Rafah on Thursday.",
        [("Military Forces of Israel", "Hamas", None)],
    ),
    # victims told among a count are the target (ye 13)
    (
        "2024-03-19",
        "A drone strike by the Malian army on Kidal killed six people, including two children, on Sunday.",
        [("Military Forces of Mali", "Civilians (Mali)", None)],
    ),
    (
        "2024-03-19",
        "A Malian army drone struck a wedding in Kidal on Sunday, killing eight people, mostly women and children.",
        [("Military Forces of Mali", "Civilians (Mali)", None)],
    ),
    # the side the subject fought, told after its deed (ye 13)
    (
        "2025-01-25",
        "M23 rebels captured the town of Sake on Thursday after two days of fighting with the Congolese army.",
        [("M23", "Military Forces of Democratic Republic of the Congo", None)],
    ),
    (
        "2025-01-25",
        "The army retook Sake on Thursday after fierce clashes with M23 rebels.",
        [("Military Forces of Democratic Republic of the Congo", "M23", None)],
    ),
    (
        "2025-01-25",
        "M23 rebels seized Sake on Thursday following heavy battles with FARDC troops and allied Wazalendo militias.",
        [("M23", "Military Forces of Democratic Republic of the Congo", None)],
    ),
    # a state telling its own strike "in a statement" is its attacker, not only a source (ye 13)
    (
        "2025-04-07",
        "Separately, the Nigerian Air Force said in a statement that its aircraft had struck ISWAP logistics hubs "
        "near Malam Fatori on Saturday, neutralising scores of terrorists.",
        [("Military Forces of Nigeria", "Islamic State West Africa", None)],
    ),
    (
        "2025-04-07",
        "The Israeli military said in a statement that its jets had struck Hezbollah targets in Khiam on Saturday.",
        [("Military Forces of Israel", "Hezbollah", None)],
    ),
]

#: (published, text, [(actor1, actor2, claimed_by) ...]) -- sides named by their forces' words (yg 10, ye 16, yf 11)
SIDES = [
    # Myanmar's "resistance forces" are an armed side, not nobody
    (
        "2025-11-12",
        "Resistance forces ambushed a junta column near Monywa on Sunday, killing 12 soldiers.",
        [("Resistance forces", "Military Forces of Myanmar", None)],
    ),
    # a named group's dead in a fight with the state's forces are its other side, not a second target
    (
        "2025-11-12",
        "Resistance forces ambushed a junta column near Monywa on Sunday, killing at least 12 soldiers, according "
        "to the local PDF battalion. Three PDF fighters were killed in the fighting.",
        [("People's Defence Force (PDF)", "Military Forces of Myanmar", None)],
    ),
    (
        "2025-11-12",
        "Junta troops clashed with resistance fighters near Monywa on Sunday. Three PDF fighters were killed.",
        [("Military Forces of Myanmar", "People's Defence Force (PDF)", None)],
    ),
    (
        "2024-07-09",
        "Soldiers repelled an attack on a base in Bama on Sunday, killing two attackers. Four ISWAP fighters were "
        "killed in the fighting.",
        [("Military Forces of Nigeria", "Islamic State West Africa", None)],
    ),
    # whom troops "encountered" is the other side, not the subject of the killing told after
    (
        "2024-06-25",
        "Troops of the 33rd Infantry Battalion encountered around 15 armed men in Barangay Kuloy, Datu Hoffer "
        "Ampatuan, on Monday, killing four.",
        [("Military Forces", "Armed men", None)],
    ),
    (
        "2024-06-25",
        "Troops of the 6th Infantry Division encountered about 20 BIFF members in Datu Saudi Ampatuan on Monday, "
        "killing three.",
        [("Military Forces of Philippines", "Bangsamoro Islamic Freedom Fighters (BIFF)", None)],
    ),
    # Pakistan's counter-terrorism police
    (
        "2025-06-30",
        "The CTD said it had killed three terrorists in an operation in Bannu on Sunday.",
        [("Police Forces of Pakistan", "Terrorists", None)],
    ),
    (
        "2025-06-30",
        "The Counter-Terrorism Department killed four militants in a raid in Dera Ismail Khan on Sunday.",
        [("Police Forces of Pakistan", "Militants", None)],
    ),
    # "defused by" the army: the defender, as "shot down by" (not the one who planted it)
    (
        "2024-06-30",
        "The device was defused by the army's bomb disposal unit in Gwoza on Saturday.",
        [(None, "Military Forces of Nigeria", None)],
    ),
    # the victims told in the next sentence are the target (ye 13)
    (
        "2024-09-05",
        "On Sunday, a drone struck a market in Chilga, killing 11 people. They were all civilians who came to sell "
        "grain.",
        [(None, "Civilians (Ethiopia)", None)],
    ),
    (
        "2024-09-05",
        "A drone strike hit a wedding party in Chilga on Sunday, killing 15 people. The victims were mostly women "
        "and children.",
        [(None, "Civilians (Ethiopia)", None)],
    ),
    # a faction named after a known group's name is that faction, as written, not the lexicon's other one
    (
        "2025-03-10",
        "Soldiers clashed with members of the Dawlah Islamiyah-Hassan Group in Datu Saudi Ampatuan on Sunday, "
        "killing two.",
        [("Military Forces of Philippines", "Dawlah Islamiyah-Hassan Group", None)],
    ),
    # "government security forces" are the state's military, not its government beside them
    (
        "2025-03-07",
        "Fighting between Syrian government security forces and gunmen loyal to Bashar al-Assad killed 19 people "
        "in Latakia province on Thursday. Gunmen ambushed a General Security patrol near Jableh, killing seven "
        "members of the security forces.",
        # (two incidents since the province's lead keeps the dead not placed, 19 - 7: test_qa28_leads; the
        # ambushed "General Security patrol" is not yet known as the state's forces, but the "seven members of the
        # security forces" killed are: stop 30)
        [("Military Forces of Syria", "Gunmen", None), ("Gunmen", "Military Forces of Syria", None)],
    ),
]

#: guard rows: the same words where no new rule may fire (pass before and after)
GUARDS = [
    # an affiliate told in apposition is a description of the group named before, no second actor
    (
        "2025-05-13",
        "JNIM, al Qaeda's affiliate in the Sahel, attacked an army camp in Djibo on Sunday, killing 50 soldiers.",
        [("JNIM", "Military Forces of Burkina Faso", None)],
    ),
    # a state's troops telling their own deed make no claim of responsibility
    (
        "2025-05-20",
        "The Israeli army said its troops detonated an explosive device in a tunnel in Rafah on Tuesday.",
        [("Military Forces of Israel", None, None)],
    ),
    # "the army called in air support": the army as a side's subject, not a label
    (
        "2024-05-16",
        "The army called in air support after militants attacked a checkpoint in Bannu on Thursday.",
        [("Militants", None, None)],
    ),
    # soldiers among the victims stay the army, not civilians
    (
        "2024-03-19",
        "JNIM fighters attacked an army post near Kidal on Sunday, killing nine soldiers, including two officers.",
        [("JNIM", "Military Forces of Mali", None)],
    ),
    # a count with no victims named says no target
    (
        "2024-03-19",
        "A drone strike by the Malian army on Kidal killed six people on Sunday.",
        [("Military Forces of Mali", None, None)],
    ),
    # no fight told: no second side
    ("2025-01-25", "M23 rebels captured the town of Sake on Thursday.", [("M23", None, None)]),
    # the source of a toll "in a statement" stays no side of the deed
    (
        "2025-04-07",
        "The army said in a statement that eight soldiers were killed when militants attacked a base near Malam "
        "Fatori on Saturday.",
        [("Militants", "Military Forces of Nigeria", None)],
    ),
    (
        "2025-04-07",
        "Police said in a statement on Sunday that gunmen killed four people in Malam Fatori on Saturday.",
        [("Gunmen", None, None)],
    ),
    # a pro-government militia's dead are the state's side, not the attacker
    (
        "2025-03-04",
        "Unidentified gunmen ambushed soldiers near Djibo on Saturday, killing seven. Three VDP members were also "
        "killed.",
        [("Unidentified gunmen", "Military Forces of Burkina Faso", None)],
    ),
    (
        "2024-07-09",
        "Gunmen attacked an army post in Bama on Sunday, killing two soldiers. Three CJTF members were also killed.",
        [("Gunmen", "Military Forces of Nigeria", None)],
    ),
    # a named group met by troops stays their target; a subject's deed names its attacker
    (
        "2024-06-25",
        "Soldiers encountered NPA rebels in Lagonglong, Misamis Oriental, on Monday, killing two.",
        [("Military Forces of Philippines", "New People's Army (NPA)", None)],
    ),
    (
        "2024-06-25",
        "Gunmen killed two soldiers who had encountered them at a checkpoint in Cotabato City on Monday.",
        [("Gunmen", "Military Forces of Philippines", None)],
    ),
    # "met little resistance" is no actor (and no incident)
    ("2025-11-12", "Junta troops met little resistance as they advanced on Monywa on Sunday.", []),
    # a CTD post is the police's
    (
        "2025-06-30",
        "Militants attacked a CTD post in Lakki Marwat on Sunday, killing two policemen.",
        [("Militants", "Police Forces of Pakistan", None)],
    ),
    # whose device it was stays actor1 of its defusing
    (
        "2024-06-30",
        "Soldiers defused an IED planted by Boko Haram in Gwoza on Saturday.",
        [("Boko Haram", "Military Forces of Nigeria", None)],
    ),
    # (the forces of a government named first are its military)
    (
        "2024-05-02",
        "Congolese government security forces clashed with ADF rebels near Beni on Thursday.",
        [("Military Forces of Democratic Republic of the Congo", "Allied Democratic Forces (ADF)", None)],
    ),
    # the lexicon's own faction, or the group alone, stays its name; a hyphen before no "Group" names no faction
    (
        "2025-03-10",
        "Soldiers clashed with members of the Dawlah Islamiyah-Maute Group in Lanao del Sur on Sunday, killing two.",
        [("Military Forces of Philippines", "Dawlah Islamiyah-Maute Group", None)],
    ),
    (
        "2025-03-10",
        "Soldiers clashed with Dawlah Islamiyah militants in Lanao del Sur on Sunday, killing two.",
        [("Military Forces of Philippines", "Dawlah Islamiyah-Maute Group", None)],
    ),
    (
        "2025-03-10",
        "Hezbollah-Israel fighting killed two people in Khiam on Sunday.",
        [("Hezbollah", None, None)],
    ),
    # the next sentence says no civilians: no target added
    (
        "2024-09-05",
        "A drone struck a truck near Chilga on Sunday, killing six people. They were all soldiers returning from "
        "leave.",
        [(None, None, None)],
    ),
    (
        "2024-09-05",
        "A drone struck a truck near Chilga on Sunday, killing six people. They were taken to hospital in Gondar.",
        [(None, None, None)],
    ),
    # the government as a source, or ordering strikes, stays the government
    (
        "2025-03-07",
        "The Syrian government said gunmen attacked a checkpoint near Jableh on Thursday, killing two soldiers.",
        [("Gunmen", "Military Forces of Syria", None)],
    ),
    (
        "2025-03-07",
        "The Syrian government ordered air strikes on Idlib on Thursday.",
        [("Government of Syria", None, None)],
    ),
    (
        "2025-03-07",
        "Sudanese government troops attacked an RSF position near El Fasher on Thursday.",
        [("Military Forces of Sudan", "Rapid Support Forces", None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), REPORTS + SIDES + GUARDS)
def test_report_actors(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "actor1", "actor2", "claimed_by") == expected
