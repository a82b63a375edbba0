"""QA 30 (dates): a deed counted from "the raid" told before ("Two days after the raid, ..."), a round-up's weekdays
inside the period its heading names, "the week of <day>", a deed going on now or at an hour of the night just past
(the publication day, not the default week), "N years ago" as one deed's year, "earlier this year" and "last
month's <deed>" as past references, and the deed an anniversary marks told in a clause after it."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.dates import find_dates
from incidents.extract.sentences import split_sentences
from tests.test_extract_layers import _incidents, _rows


def _said(published: str, text: str) -> list[tuple]:
    return [
        (
            d.text,
            str(d.resolution.event_date) if d.resolution.event_date else None,
            d.resolution.precision.value,
            d.resolution.historical,
        )
        for d in find_dates(text, published=dt.date.fromisoformat(published))
    ]


#: date expressions: (published, text, [(expression, event_date, precision, historical), ...])
DATES = [
    # "the week of <day>": the seven days from it (up to it for "ending"), never the one day
    (
        "2024-06-21",
        "clashes near Kadugli during the week of 3 June, officials said",
        [("during the week of 3 June", "2024-06-06", "week", False)],
    ),
    (
        "2024-06-21",
        "raids in the week beginning 13 May were",
        [("in the week beginning 13 May", "2024-05-16", "week", False)],
    ),
    (
        "2024-06-21",
        "raids in the week ending May 19 were",
        [("in the week ending May 19", "2024-05-16", "week", False)],
    ),
    # "earlier this year" refers back to a deed told before: past
    (
        "2024-08-30",
        "jets killed civilians in Khost earlier this year",
        [("earlier this year", "2024-05-01", "year", True)],
    ),
    # a deed named by its month: one told before
    (
        "2024-08-30",
        "Last month's bombing in Quetta killed nine",
        [("Last month", "2024-07-15", "month", True)],
    ),
]

#: guards: a day said alone, a week said alone, "last month" as the deed's own date
DATE_GUARDS = [
    ("2024-06-21", "clashes near Kadugli on 3 June", [("3 June", "2024-06-03", "day", False)]),
    ("2024-06-21", "clashes during the week", [("during the week", "2024-06-18", "week", False)]),
    ("2024-08-30", "a bomb in Quetta killed nine last month", [("last month", "2024-07-15", "month", False)]),
]


@pytest.mark.parametrize(("published", "text", "expected"), DATES + DATE_GUARDS)
def test_date_expressions(published: str, text: str, expected: list[tuple]) -> None:
    assert _said(published, text) == expected


#: an inline bullet after a period starts the next item (a round-up's " - Tuesday: ...")
SPLITS = [
    ("Gunmen killed four herders. - Tuesday: Troops raided a camp.", 2),
    ("Gunmen killed four herders. • Tuesday: Troops raided a camp.", 2),
    # guards: a range with a dash, a dash in prose
    ("The road is 10 - 12 km long. Troops raided a camp.", 2),
    ("Gunmen killed 4 - 6 herders near Damaturu.", 1),
]


@pytest.mark.parametrize(("text", "count"), SPLITS)
def test_inline_bullets_split(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


#: whole reports: (published, text, [(event_date, date_precision, historical, fatalities), ...])
REPORTS = [
    # "Two days after the raid, ...": counted from the raid told before (not that raid's own day)
    (
        "2024-08-12",
        "Bandits killed six villagers in Tsafe on Thursday. Two days after the raid, the gang ambushed a police "
        "patrol in Gusau, killing three officers.",
        [("2024-08-08", "day", False, 6), ("2024-08-10", "day", False, 3)],
    ),
    (
        "2024-08-12",
        "Bandits killed six villagers in Tsafe on Thursday. The day after the attack, the gang ambushed a police "
        "patrol in Gusau, killing three officers.",
        [("2024-08-08", "day", False, 6), ("2024-08-09", "day", False, 3)],
    ),
    (
        "2024-08-12",
        "Bandits killed six villagers in Tsafe on Thursday. A day after the killings, the gang ambushed a police "
        "patrol in Gusau, killing three officers.",
        [("2024-08-08", "day", False, 6), ("2024-08-09", "day", False, 3)],
    ),
    (
        "2024-08-12",
        "Bandits killed six villagers in Tsafe on Thursday. Two days after the raid the gang ambushed a police "
        "patrol in Gusau, killing three officers.",
        [("2024-08-08", "day", False, 6), ("2024-08-10", "day", False, 3)],
    ),
    (
        "2024-08-12",
        "Bandits killed six villagers in Tsafe on Thursday. Two days after Thursday's raid, the gang ambushed a "
        "police patrol in Gusau, killing three officers.",
        [("2024-08-08", "day", False, 6), ("2024-08-10", "day", False, 3)],
    ),
    (
        "2024-08-12",
        "Two days after Thursday's raid on Tsafe, the gang ambushed a police patrol in Gusau, killing three officers.",
        [("2024-08-10", "day", False, 3)],
    ),
    # a round-up: its weekdays are days of the week its heading names, and each item keeps its own toll
    (
        "2024-09-16",
        "Weekly round-up: incidents in Yobe, week of 9-15 September 2024. - Monday: Gunmen killed four herders near "
        "Damaturu. - Wednesday: Insurgents attacked a police post in Geidam.",
        [("2024-09-09", "day", False, 4), ("2024-09-11", "day", False, None)],
    ),
    (
        "2024-09-16",
        "Security summary for 9-15 September. Monday: Gunmen killed four herders near Damaturu. Wednesday: "
        "Insurgents attacked a police post in Geidam.",
        [("2024-09-09", "day", False, 4), ("2024-09-11", "day", False, None)],
    ),
    (
        "2024-09-16",
        "Incidents in Yobe, week of 9-15 September 2024\n\n- Monday: Gunmen killed four herders near Damaturu.\n"
        "- Wednesday: Insurgents attacked a police post in Geidam.",
        [("2024-09-09", "day", False, 4), ("2024-09-11", "day", False, None)],
    ),
    # "during the week of <day>": a week
    (
        "2024-06-21",
        "Fighting between the army and the SPLM-N was reported around Kadugli during the week of 3 June.",
        [("2024-06-06", "week", False, None)],
    ),
    # a deed going on now, or at an hour of the night just past, is of the publication day
    (
        "2024-03-05",
        "Heavy fighting is raging in Rutshuru between M23 rebels and the army.",
        [("2024-03-05", "day", False, None)],
    ),
    (
        "2024-09-10",
        "Warplanes struck an arms depot near Homs shortly after midnight, wounding three soldiers.",
        [("2024-09-10", "day", False, None)],
    ),
    (
        "2024-09-10",
        "Warplanes struck an arms depot near Homs before dawn, wounding three soldiers.",
        [("2024-09-10", "day", False, None)],
    ),
    (
        "2024-09-10",
        "Gunmen stormed a village near Katsina in the early hours, killing seven people.",
        [("2024-09-10", "day", False, 7)],
    ),
    # "N years ago": the year of one deed, not a tally counted over years
    (
        "2025-02-10",
        "Eight years ago, Boko Haram fighters killed 150 people in Borno State.",
        [("2017-07-01", "year", True, 150)],
    ),
    (
        "2025-02-10",
        "Boko Haram fighters killed 150 people in Borno State three years ago.",
        [("2022-07-01", "year", True, 150)],
    ),
    # the deed an anniversary marks, told in a clause after it: past, counted back from the gathering's day
    (
        "2025-11-30",
        "Villagers gathered in Maiduguri on Saturday to mark the fifth anniversary of the massacre, in which "
        "insurgents killed 40 farmers.",
        [("2025-11-29", "day", False, None), ("2020-11-29", "day", True, 40)],
    ),
    (
        "2025-11-30",
        "Villagers gathered in Maiduguri on Saturday to mark the fifth anniversary of the massacre, when insurgents "
        "killed 40 farmers.",
        [("2025-11-29", "day", False, None), ("2020-11-29", "day", True, 40)],
    ),
]

#: guards: "later" counts from the deed before; no heading, a weekday is the last before publication; a prose
#: weekday under a span with no round-up cue; no cue for the hour: the default week; the hour with its day
REPORT_GUARDS = [
    (
        "2024-08-12",
        "Bandits killed six villagers in Tsafe on Thursday. Two days later, the gang ambushed a police patrol in "
        "Gusau, killing three officers.",
        [("2024-08-08", "day", False, 6), ("2024-08-10", "day", False, 3)],
    ),
    (
        "2024-09-16",
        "On Monday, gunmen killed four herders near Damaturu.",
        [("2024-09-16", "day", False, 4)],
    ),
    (
        "2024-09-18",
        "Between 9 and 15 September, the UN counted dozens of displaced families. On Monday, gunmen killed four "
        "herders near Damaturu.",
        [("2024-09-16", "day", False, 4)],
    ),
    (
        "2024-09-10",
        "Warplanes struck an arms depot near Homs, wounding three soldiers.",
        [("2024-09-10", "week", False, None)],
    ),
    (
        "2024-09-10",
        "Gunmen stormed a village near Katsina in the early hours of Sunday, killing seven people.",
        [("2024-09-08", "day", False, 7)],
    ),
    ("2025-02-10", "Boko Haram fighters have killed thousands of people in Borno over the years.", []),
]


@pytest.mark.parametrize(("published", "text", "expected"), REPORTS + REPORT_GUARDS)
def test_report_dates(published: str, text: str, expected: list[tuple], gazetteer) -> None:  # type: ignore[no-untyped-def]
    got = _rows(text, published, gazetteer, "event_date", "date_precision", "historical", "fatalities")
    assert got == expected


#: every incident of these is a past reference: (published, text)
ALL_PAST = [
    (
        "2024-10-04",
        "Iranian drones killed civilians in Sulaymaniyah province earlier this year, the minister said.",
    ),
    (
        "2025-02-12",
        "Last month's riot at the prison in Esmeraldas, in which 12 inmates were killed, is still being investigated.",
    ),
]


@pytest.mark.parametrize(("published", "text"), ALL_PAST)
def test_past_references(published: str, text: str, gazetteer) -> None:  # type: ignore[no-untyped-def]
    incs = _incidents(text, dt.date.fromisoformat(published), gazetteer)
    assert incs and all(i.historical for i in incs)
