"""QA 28: casualty counts and the types that hinge on them -- bodies seen as the dead, both sides' dead in one count,
a group's members in a list of the dead, the ISPR's words for soldiers killed, the conservative figure of two
sources, people seized and then killed, live fire with nobody hurt, a crowd tearing down a building."""

from __future__ import annotations

import pytest

from incidents.extract.casualties import find_casualties
from tests.test_extract_layers import _rows

#: whole reports: (published, text, fatalities, injuries) of the one incident
REPORTS = [
    # bodies seen in the streets are the dead of the fighting just told
    (
        "2024-09-05",
        "Fano fighters fought federal troops in Debre Markos on Monday. One resident said he had seen at least "
        "eight bodies in the streets.",
        8,
        None,
    ),
    (
        "2024-09-05",
        "Fano fighters fought federal troops in Debre Markos on Monday. Rescuers later recovered 12 bodies.",
        12,
        None,
    ),
    # both sides' dead in one count
    (
        "2025-03-25",
        "Al-Shabaab fighters took control of the town of Adan Yabaal in Middle Shabelle region on Saturday after "
        "heavy fighting with government troops. Residents said at least seven fighters from both sides were killed.",
        7,
        None,
    ),
    # two sources' figures: the conservative one
    (
        "2024-09-02",
        "Gunmen attacked Barsalogho on Saturday. A local official put the death toll at at least 150, while an aid "
        "group said around 200 people had been killed.",
        150,
        None,
    ),
    # guard (held before too): the second source's hedge read the same way
    (
        "2024-09-02",
        "Gunmen attacked Barsalogho on Saturday, killing at least 150 people, officials said, while residents said "
        "some 300 civilians were killed.",
        150,
        None,
    ),
    # the ISPR's words for its soldiers killed: the other side's dead, added
    (
        "2025-03-16",
        "Security forces killed eight khwarij during an intelligence-based operation in Mir Ali on Sunday. Two "
        "soldiers embraced shahadat during the exchange of fire.",
        10,
        None,
    ),
    (
        "2025-03-16",
        "Security forces killed eight militants in Mir Ali on Sunday. Three soldiers laid down their lives in the "
        "exchange of fire.",
        11,
        None,
    ),
    # a group's members in a list of the dead
    (
        "2024-06-25",
        "Four suspected members of the BIFF and a soldier were killed in a clash in Datu Salibo on Monday.",
        5,
        None,
    ),
    # harassing fire on villages, with its wounded (the retaliation told next is the same event)
    (
        "2024-11-19",
        "In Imphal East, suspected militants fired at Sanasabi and Thamnapokpi villages on Monday morning, injuring "
        "a farmer. Security forces retaliated and the gunfight lasted nearly an hour.",
        None,
        1,
    ),
    # guard: the same with plain nouns (counted before too)
    (
        "2024-06-25",
        "Four militants and a soldier were killed in a clash in Datu Salibo on Monday.",
        5,
        None,
    ),
]


@pytest.mark.parametrize(("published", "text", "fat", "inj"), REPORTS)
def test_report_casualties_qa28(published: str, text: str, fat, inj, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "fatalities", "injuries") == [(fat, inj)]


#: one clause: (text, fatalities, injuries)
CLAUSES = [
    # bodies seen, counted or taken away are the dead
    ("One resident said he had seen at least eight bodies in the streets.", 8, None),
    ("Rescuers recovered 12 bodies from the rubble.", 12, None),
    ("Five bodies were found in a ditch near the village.", 5, None),
    ("Residents counted 30 bodies after the attack.", 30, None),
    # guards: a body of people is no corpse
    ("Two UN bodies condemned the attack.", None, None),
    ("Three government bodies were set up to investigate.", None, None),
    # both sides' dead (or wounded) in one count
    ("Residents said at least seven fighters from both sides were killed.", 7, None),
    ("Twelve people on both sides were wounded.", None, 12),
    # guard (held before too)
    ("The clashes killed 14 fighters on either side.", 14, None),
    # a group's members in a list of the dead
    ("Four suspected members of the BIFF and a soldier were killed.", 5, None),
    ("Two members of the Islamic State and a policeman were killed.", 3, None),
    # people seized, then killed
    ("Militants rounded up 20 villagers in the market and executed them.", 20, None),
    ("Gunmen abducted six farmers on Monday and later shot them.", 6, None),
    # guard: seized and let go
    ("Gunmen abducted six farmers on Monday and later released them.", None, None),
    # the ISPR's words
    ("Three soldiers laid down their lives in the exchange of fire.", 3, None),
]


@pytest.mark.parametrize(("text", "fat", "inj"), CLAUSES)
def test_find_casualties_qa28(text: str, fat, inj) -> None:
    c = find_casualties(text, 0, len(text))
    assert (c.fatalities, c.injuries) == (fat, inj)


#: (published, text, sub_event_type of the one incident)
TYPES = [
    # people rounded up to be killed: the killing is the event (ACLED: Attack)
    (
        "2024-06-28",
        "The gunmen rode into Tidermène on Wednesday afternoon, rounded up men at the market and shot them.",
        "Attack",
    ),
    (
        "2024-06-28",
        "Militants rounded up 20 villagers in Tidermène on Wednesday and executed them.",
        "Attack",
    ),
    # guards: people taken (by an armed group) or arrested (by the police), nobody killed
    (
        "2024-06-28",
        "Gunmen rounded up 30 fishermen in Tidermène on Wednesday.",
        "Abduction/forced disappearance",
    ),
    ("2024-06-28", "Police arrested three suspects in Gao on Wednesday and charged them.", "Arrests"),
    # live fire at a crowd with nobody hurt: a protest broken up (ACLED keeps excessive force for lethal force)
    (
        "2024-06-10",
        "Police fired live rounds at protesters in Nairobi on Tuesday. No one was killed.",
        "Protest with intervention",
    ),
    (
        "2024-06-10",
        "Police fired live ammunition at protesters in Nairobi on Tuesday. No one was killed.",
        "Protest with intervention",
    ),
    (
        "2024-06-10",
        "Police fired live bullets to disperse protesters in Nairobi on Tuesday; nobody was hurt.",
        "Protest with intervention",
    ),
    ("2024-06-10", "Police fired shots at demonstrators in Nairobi on Tuesday.", "Protest with intervention"),
    (
        "2024-06-10",
        "Thousands of protesters marched in Nairobi on Tuesday. Police fired live rounds at them.",
        "Protest with intervention",
    ),
    # ... and excessive force when the shots hit someone
    (
        "2024-06-10",
        "Police fired live rounds at protesters in Nairobi on Tuesday, wounding three.",
        "Excessive force against protesters",
    ),
    # guards: the dead told in the same clause
    (
        "2024-06-10",
        "Police fired live rounds at protesters in Nairobi on Tuesday, killing two.",
        "Excessive force against protesters",
    ),
    (
        "2024-06-10",
        "Security forces opened fire on protesters in Zahedan on Friday, killing at least three people.",
        "Excessive force against protesters",
    ),
    # a crowd tearing down a building is a mob's violence, not an armed group's property destruction
    (
        "2025-02-10",
        "Crowds demolished the residence of Sheikh Mujibur Rahman in Dhaka with excavators on Wednesday night.",
        "Mob violence",
    ),
    # guard (held before too: "mob" said)
    (
        "2025-02-10",
        "An angry mob tore down the house of a local politician in Dhaka on Wednesday.",
        "Mob violence",
    ),
    # guards: the authorities' or soldiers' demolitions
    (
        "2025-02-10",
        "Authorities demolished illegal houses in Dhaka on Wednesday.",
        "Looting/property destruction",
    ),
    (
        "2025-02-10",
        "Residents said soldiers demolished 20 homes in Dhaka on Wednesday.",
        "Looting/property destruction",
    ),
]


@pytest.mark.parametrize(("published", "text", "sub"), TYPES)
def test_types_qa28(published: str, text: str, sub: str, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type") == [(sub,)]


def test_crowd_demolition_has_rioters(gazetteer) -> None:
    """The crowd that tore the house down is the actor (ACLED: Rioters), not nobody."""
    import datetime as dt

    from tests.test_extract_layers import _incidents

    text = "Crowds demolished the residence of Sheikh Mujibur Rahman in Dhaka with excavators on Wednesday night."
    (inc,) = _incidents(text, dt.date(2025, 2, 10), gazetteer)
    assert (inc.actor1 or "").startswith("Rioters")
