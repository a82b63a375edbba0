"""QA 30 (f): casualty counts -- a military's "neutralised"/"eliminated" enemies (one, passive, added to its own dead;
not Turkey's broad word), a first toll since revised ("had earlier put the toll at", "before revising it"), the
hurt told in a relative clause, brought to hospital with wounds or "in critical condition", "have now died", force
nouns ("guardsmen", "village volunteers"), and nobody hurt in an attack ("the crew were safe", "causing no
injuries") as no dead either."""

from __future__ import annotations

import pytest

from incidents.extract.casualties import find_casualties
from tests.test_extract_layers import _rows

#: clauses: (text, fatalities, injuries)
CLAUSES = [
    # a military's word for killing its enemies: one, and in the passive
    ("Soldiers neutralised one insurgent during a search operation near Rajouri.", 1, None),
    ("Commandos neutralised a militant in the forest of Kokernag.", 1, None),
    ("Three insurgents were eliminated in a gunfight near Sopore.", 3, None),
    ("One terrorist was eliminated in the exchange.", 1, None),
    # its own dead told beside the enemies it neutralised: both sides' dead add up
    (
        "Jihadists attacked a post near Djibo, killing three gendarmes; 25 assailants were neutralised.",
        28,
        None,
    ),
    ("The toll is 4 soldiers killed and 7 wounded on our side, and 31 terrorists neutralised.", 35, 7),
    # guard: the plain count stays one toll
    ("Troops neutralised six militants near Tal Afar.", 6, None),
    # guards: things are no people
    ("Air defences neutralised a drone over the base.", None, None),
    ("The bill would eliminate two agencies.", None, None),
    # Turkey's forces use the word for killed, wounded or captured: no death told
    ("Turkish commandos neutralised seven PKK militants in the Gara region.", None, None),
    # a first figure replaced by a later one
    ("Officials had initially put the death toll at 61 before lowering it.", None, None),
    ("The governor had earlier given a toll of 15.", None, None),
    ("Initial reports had put the toll at four dead and six wounded.", None, None),
    ("Earlier reports said nine people were killed.", None, None),
    # guard: a toll that rose is the current figure
    ("The death toll rose to 18 on Tuesday.", 18, None),
    # the hurt told after a relative clause of their own deed, or shot and wounded
    ("Three traders who tried to resist were shot and wounded.", None, 3),
    ("Four pupils who were in the yard were wounded.", None, 4),
    # brought to hospital with wounds
    ("A fourth occupant was rushed to hospital with burns.", None, 1),
    ("Five people were taken to a hospital with gunshot wounds.", None, 5),
    # the hurt told by their condition; one wounded who then died is no injury
    ("Two others remain in critical condition.", None, 2),
    ("A wounded soldier later died in hospital.", 1, None),
    # force nouns
    ("Four village volunteers were killed in the attack.", 4, None),
    ("Two guardsmen were wounded.", None, 2),
    # a toll now reached
    ("Five miners have now died.", 5, None),
    # everyone aboard unharmed
    ("The crew were safe.", 0, 0),
    ("All 19 crew members are unharmed.", 0, 0),
    ("The driver escaped unhurt.", 0, 0),
]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), CLAUSES)
def test_qa30_clause_counts(text: str, fatalities: int | None, injuries: int | None) -> None:
    c = find_casualties(text, 0, len(text))
    assert (c.fatalities, c.injuries) == (fatalities, injuries)


#: whole reports: (published, text, [(fatalities, injuries) of each incident, in text order])
REPORTS = [
    # the enemy's neutralised dead add to the soldiers killed in the same ambush
    (
        "2024-03-14",
        "Gunmen ambushed an army convoy near Mopti on Tuesday, killing four soldiers; 12 attackers were neutralised.",
        [(16, None)],
    ),
    # a toll revised downward: the later figure
    (
        "2024-02-10",
        "A car bomb exploded at a market in Baidoa on Thursday, killing at least 27 people. The regional government "
        "had earlier put the death toll at 40 before revising it.",
        [(27, None)],
    ),
    # the first report's wounded are not the revised state's
    (
        "2024-02-16",
        "A bomb hit an army truck near Baiji on Wednesday. The toll rose on Thursday to four dead after a wounded "
        "soldier died; one other remains in critical condition. Earlier reports had said three soldiers were killed "
        "and two wounded.",
        [(4, None)],
    ),
    # nobody hurt in an attack: nobody killed either
    (
        "2025-02-06",
        "A grenade exploded outside a bank in Rosario on Tuesday night, causing no injuries.",
        [(0, 0)],
    ),
    (
        "2024-07-02",
        "A cargo ship was hit by a drone 50 nautical miles south of Aden on Monday, the agency said. The crew were "
        "safe.",
        [(0, 0)],
    ),
    # the hurt told in the sentence after the attack
    (
        "2024-05-09",
        "A drone hit a minibus near Horlivka on Thursday, killing one person. A second passenger was taken to "
        "hospital with shrapnel wounds.",
        [(1, 1)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), REPORTS)
def test_qa30_report_tolls(published: str, text: str, expected: list, gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert _rows(text, published, gazetteer, "fatalities", "injuries") == expected
