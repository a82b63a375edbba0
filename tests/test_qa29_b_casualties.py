"""QA 29 (b): casualty counts -- a headline led by its country or paper that repeats the body's toll, a lede retold
with its roles read right, several days' sum beside that day's event, a group's inflated claim, a live blog's
clock times and place-named corrections, a toll after another day's story, and common phrasings ("injuries to 20",
"and wounded more than 100", "lost one fighter", "being treated for wounds", "a medic was wounded")."""

from __future__ import annotations

import pytest

from incidents.clean import clean_text
from incidents.extract.casualties import find_casualties
from tests.test_extract_layers import _rows

#: whole reports: (published, text, [(fatalities, injuries) of each incident, in text order])
REPORTS = [
    # a headline led by its country repeats the body's toll: one event, one toll
    (
        "2023-12-16",
        "IRAN: Jaish al-Adl attack on police station kills 11 in Sistan-Baluchestan\nMilitants attacked a police "
        "station in the town of Rask on Friday, killing 11 police officers.",
        [(11, None)],
    ),
    (
        "2023-12-16",
        "IRAN: Jaish al-Adl attack on police station kills 11 in Sistan-Baluchestan\n\nTehran, 16 December 2023 — "
        "Militants attacked a police station in the town of Rask on Friday, killing 11 police officers and "
        "wounding seven others, state media reported.",
        [(11, 7)],
    ),
    # ... or by its paper's name: the headline's other story makes no event, its toll none of the body's
    (
        "2022-02-22",
        "Marib Daily — Fighting flares on southern fronts of Marib; child killed by sniper in Taiz\n\nGovernment "
        "forces repelled a Houthi attack in Harib district on Monday.",
        [(None, None)],
    ),
    # guard (held before): a plain headline was set apart already
    (
        "2023-12-16",
        "Jaish al-Adl attack on police station kills 11 in Sistan-Baluchestan\n\nMilitants attacked a police "
        "station in the town of Rask on Friday, killing 11 police officers.",
        [(11, None)],
    ),
    # a lede told again with its roles read right: the same 11, not the other side's
    (
        "2023-12-16",
        "A Jaish al-Adl attack on a police station killed 11 in Rask on Friday. Militants attacked a police "
        "station in the town of Rask on Friday, killing 11 police officers.",
        [(11, None)],
    ),
    # guard (held before): the other side's dead told from the other side add up
    (
        "2023-12-16",
        "Gunmen ambushed a patrol near Rask on Friday, killing two soldiers. Troops returned fire and killed four "
        "of the attackers.",
        [(6, None)],
    ),
    # several days' sum in a sitrep's highlights, then that day's event at the place: that day's toll
    (
        "2024-05-22",
        "Highlights: at least 27 civilians killed in El Fasher between 17 and 21 May. On 19 May, RSF artillery "
        "fire hit residential neighbourhoods of El Fasher, killing 11 civilians.",
        [(11, None)],
    ),
    # guard (held before): the sum alone is what the report says
    (
        "2024-05-22",
        "At least 27 civilians were killed in El Fasher between 17 and 21 May, OCHA said.",
        [(27, None)],
    ),
    # a group's own count of the same dead, said in a statement: the conservative figure
    (
        "2024-08-26",
        "Jihadist fighters killed more than 100 people in Barsalogho on Saturday. JNIM said in a statement that it "
        "had killed about 300 militiamen.",
        [(100, None)],
    ),
    # a live blog's clock time before the toll
    (
        "2024-08-20",
        "09:12 Two people were killed and five injured when Russian troops shelled the centre of Nikopol this "
        "morning, regional head Serhiy Lysak said.",
        [(2, 5)],
    ),
    # a correction that names its place goes to that place's incident, not the last one told
    (
        "2024-08-20",
        "09:12 Russian troops shelled Nikopol this morning, killing two people. 15:05 A Russian glide bomb hit an "
        "apartment block in Kostiantynivka, killing one man. 17:45 Correction: the Nikopol toll has risen to three "
        "dead.",
        [(3, None), (1, None)],
    ),
    (
        "2024-08-20",
        "Russian troops shelled Nikopol this morning, killing two people. A Russian glide bomb hit an apartment "
        "block in Kostiantynivka, killing one man. The death toll in Nikopol has risen to three.",
        [(3, None), (1, None)],
    ),
    # "No one was hurt" after another day's story is not the clash's
    (
        "2024-07-20",
        "Tuesday 16 July: troops clashed with insurgents near Macomia. Sources say four insurgents were killed. "
        "Wednesday 17 July: insurgents raided Nanjua village. No one was hurt.",
        [(4, None)],
    ),
    # guard (held before): told right after the deed it closes
    (
        "2024-07-20",
        "Insurgents attacked a police post near Macomia on Tuesday. No one was hurt.",
        [(0, 0)],
    ),
    # a side's own loss after the others' dead: both sides' dead are the clash's
    (
        "2023-10-27",
        "The SDF said it clashed with tribal fighters near Dhiban on Thursday, killing three of them. The SDF lost "
        "one fighter.",
        [(4, None)],
    ),
    (
        "2023-10-27",
        "Troops clashed with ISIS fighters near Dhiban on Thursday, killing six of them. The army lost two soldiers "
        "in the fighting.",
        [(8, None)],
    ),
    # guard: the same count told again by the side that lost them
    (
        "2023-10-27",
        "Militants ambushed an army convoy near Dhiban on Thursday, killing five soldiers. The army said it lost "
        "five men.",
        [(5, None)],
    ),
    # common phrasings
    (
        "2023-10-27",
        "On Tuesday, a one-way attack drone struck the al-Tanf garrison, causing minor injuries to 20 U.S. service "
        "members.",
        [(None, 20)],
    ),
    (
        "2023-02-23",
        "On Wednesday, an Israeli raid in the Old City of Nablus killed 11 Palestinians, including six militants "
        "from the Lions' Den group, and wounded more than 100.",
        [(11, 100)],
    ),
    (
        "2024-06-11",
        "CODECO militiamen attacked a camp near Djugu on Sunday, killing 42 people. At least 15 people were being "
        "treated for wounds at the Bunia hospital.",
        [(42, 15)],
    ),
    (
        "2024-08-20",
        "Russian guided bombs hit Kherson overnight. A medic was wounded, the regional administration said.",
        [(None, 1)],
    ),
    (
        "2024-04-05",
        "Members of the Chinland Defence Force and the Chin National Army clashed with each other near Matupi on 27 "
        "March; two fighters were reported killed.",
        [(2, None)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), REPORTS)
def test_report_tolls(published: str, text: str, expected: list, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "fatalities", "injuries") == expected


#: protests: (published, text, sub_event_type, fatalities)
PROTESTS = [
    # a protester killed by a stray bullet of shots fired to disperse the crowd: the death counts, and it is
    # excessive force
    (
        "2024-05-20",
        "Youths blocked the road in Bokkos on Monday. Soldiers fired into the air to disperse them, and one "
        "protester was hit by a stray bullet and died.",
        "Excessive force against protesters",
        1,
    ),
    # guard (held before): shots in the air that hurt nobody break the protest up
    (
        "2023-05-20",
        "Hours later, dozens of residents blocked the main road between Muqdadiya and Baquba and burned tyres. "
        "Police fired in the air to disperse them.",
        "Protest with intervention",
        None,
    ),
]


@pytest.mark.parametrize(("published", "text", "sub", "fatalities"), PROTESTS)
def test_protest_tolls(published: str, text: str, sub: str, fatalities: int | None, gazetteer) -> None:
    assert _rows(text, published, gazetteer, "sub_event_type", "fatalities") == [(sub, fatalities)]


#: clauses: (text, fatalities, injuries)
CLAUSES = [
    ("The SDF lost one fighter.", 1, None),
    ("The army said it lost three of its soldiers in the ambush.", 3, None),
    ("One paramedic was injured when the shell hit.", None, 1),
    ("Two others were receiving treatment for shrapnel wounds.", None, 2),
    ("Three civilians were reported to have been killed.", 3, None),
    # guards (held before): one man's death, no people lost, a compound number, a clock time's own count
    ("A soldier died of his wounds in hospital.", 1, None),
    ("The army lost two villages to the rebels.", None, None),
    ("The rebels lost one vehicle in the fighting.", None, None),
    ("The unit lost contact with two soldiers.", None, None),
    ("Twenty-one people were killed.", 21, None),
    ("At 10:45 three rockets hit the base, wounding two soldiers.", None, 2),
]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), CLAUSES)
def test_clause_counts(text: str, fatalities: int | None, injuries: int | None) -> None:
    c = find_casualties(text, 0, len(text))
    assert (c.fatalities, c.injuries) == (fatalities, injuries)


#: headlines: (text, title) -- the first line set apart as the headline, or not
HEADLINES = [
    (
        "IRAN: Jaish al-Adl attack on police station kills 11\n\nTehran — Militants attacked a police station.",
        True,
    ),
    (
        "SYRIA: Air strikes kill 12 in Idlib\nWarplanes struck a market in Idlib on Monday, killing 12 people.",
        True,
    ),
    (
        "Marib Daily — Fighting flares on southern fronts of Marib\n\nGovernment forces repelled an attack.",
        True,
    ),
    # guards (held before): a dateline's paragraph cut by a hard wrap, a wire dateline, a finished sentence
    ("BEIRUT — Israeli jets struck southern Lebanon on\nMonday, killing five people.", False),
    ("BEIRUT — Israeli jets struck southern\nLebanon on Monday, killing five people.", False),
    ("KABUL (Reuters) - A blast hit a mosque in Kabul\n\nThe police said five people were killed.", False),
    (
        "BEIRUT: Israeli jets struck southern Lebanon on Monday.\n\nThe army said it hit Hezbollah sites.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "title"), HEADLINES)
def test_dateline_led_headline(text: str, title: bool) -> None:
    assert (clean_text(text).title is not None) is title
