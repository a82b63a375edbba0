"""Cleaning tables: datelines, captions, furniture, titles, paragraph ranges (own invented texts only)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incidents.clean import CleanedText, clean_text

LEAD = "Two drones were shot down over the airfield on Monday, the army said."


def body_texts(c: CleanedText) -> list[str]:
    return [c.text[s:e] for s, e in c.body]


def texts(c: CleanedText, ranges) -> list[str]:
    return [c.text[s:e] for s, e in ranges]


# ------------------------------------------------------------------------------------------------ datelines

DATELINES = [
    # first paragraph, dateline, place, agency, date, body paragraph starts with
    ("KIRKUK (ESTA) — Two drones fell.", "KIRKUK (ESTA)", "KIRKUK", "ESTA", None, "Two drones"),
    ("KIRKUK (ESTA)—Two drones fell.", "KIRKUK (ESTA)", "KIRKUK", "ESTA", None, "Two drones"),
    ("BAGHDAD, Jan 4 (Reuters) - Two rockets hit.", "BAGHDAD, Jan 4 (Reuters)", "BAGHDAD", "Reuters", "Jan 4", "Two"),
    ("KYIV (AP) — Russian drones struck.", "KYIV (AP)", "KYIV", "AP", None, "Russian"),
    # accented capitals (stop 16: "MEDELLÍN, Nov 17 --" was read as a toll of 17 and the event's date)
    ("MEDELLÍN, Nov 17 -- Six people died.", "MEDELLÍN, Nov 17", "MEDELLÍN", None, "Nov 17", "Six"),
    ("BOGOTÁ (AFP) — A bomb exploded.", "BOGOTÁ (AFP)", "BOGOTÁ", "AFP", None, "A bomb"),
    # a rights group's dateline in brackets (stop 19)
    ("(Johannesburg) - Insurgents beheaded two men.", "(Johannesburg)", "Johannesburg", None, None, "Insurgents"),
    ("Mogadishu — Gunmen attacked a hotel.", "Mogadishu", "Mogadishu", None, None, "Gunmen"),
    ("BEIRUT: An air strike hit a car.", "BEIRUT", "BEIRUT", None, None, "An air"),
    ("ERBIL, Kurdistan Region (Rudaw) – A drone hit.", "ERBIL, Kurdistan Region (Rudaw)", "ERBIL", "Rudaw", None, "A"),
    ("GAZA CITY, 3 January (AFP) -- Shelling went on.", "GAZA CITY, 3 January (AFP)", "GAZA CITY", "AFP", "3 January",
     "Shelling"),
    ("WASHINGTON, D.C. (AP) — The Pentagon spoke.", "WASHINGTON, D.C. (AP)", "WASHINGTON", "AP", None, "The"),
    ("Kabul, Afghanistan (CNN) — A blast hit.", "Kabul, Afghanistan (CNN)", "Kabul", "CNN", None, "A blast"),
    ("DEIR EZ-ZOR, Jan. 12, 2021 (SANA) - Mortars fell.", "DEIR EZ-ZOR, Jan. 12, 2021 (SANA)", "DEIR EZ-ZOR", "SANA",
     "Jan. 12, 2021", "Mortars"),
    # a country of four or five words before the date (stop 15: the date stayed in the body and dated the event)
    ("GOMA, Democratic Republic of Congo, Jan 23 - M23 took Sake.", "GOMA, Democratic Republic of Congo, Jan 23",
     "GOMA", None, "Jan 23", "M23"),
    # the state in brackets before the date (stop 27: the year 2024 was read as a toll)
    ("SAMBHAL (Uttar Pradesh), November 25, 2024 - Four men died.", "SAMBHAL (Uttar Pradesh), November 25, 2024",
     "SAMBHAL", None, "November 25, 2024", "Four"),
    ("SAMBHAL (Uttar Pradesh), Nov 25 (PTI) - Four men died.", "SAMBHAL (Uttar Pradesh), Nov 25 (PTI)", "SAMBHAL",
     "PTI", "Nov 25", "Four"),
]  # fmt: skip


@pytest.mark.parametrize(("para", "dateline", "place", "agency", "date", "starts"), DATELINES)
def test_dateline_recorded_and_cut_from_body(para, dateline, place, agency, date, starts):
    text = f"Drone attack reported\n\n{para}\n\n{LEAD}\n"
    c = clean_text(text)
    assert c.dateline == dateline
    assert c.dateline_place == place
    assert c.dateline_agency == agency
    assert c.dateline_date == date
    s, e = c.dateline_span
    assert text[s:e] == dateline
    assert body_texts(c)[0].startswith(starts)
    assert all(not (bs < e and s < be) for bs, be in c.body), "the dateline must not be part of the body"


NOT_DATELINES = [
    "(Reuters) - Insurgents beheaded two men.",
    "BREAKING — Two drones were shot down.",
    "UPDATE: Two drones were shot down.",
    "Officials: two drones were shot down.",
    "Meanwhile — the army said two drones were shot down.",
    "The army said on Tuesday that two drones were shot down.",
    "Earlier, Iraq's military said - without details - that drones fell.",
]


@pytest.mark.parametrize("para", NOT_DATELINES)
def test_no_dateline(para):
    c = clean_text(f"Drone attack reported\n\n{para}\n\n{LEAD}\n")
    assert c.dateline is None and c.dateline_span is None
    assert body_texts(c)[0] == para


def test_dateline_only_in_the_first_paragraphs():
    text = f"Headline here\n\n{LEAD}\n\nMore text follows here.\n\nKIRKUK (ESTA) — Late paragraph.\n"
    assert clean_text(text).dateline is None


def test_later_dated_datelines_of_a_digest_are_cut_and_recorded():
    """A brief of several stories, each filed with a dated dateline: each later one is cut from its paragraph
    (its city is no event's place) and recorded with its date (stop 18: its date was the event's)."""
    text = (
        "KANO, March 14 - Gunmen killed seven farmers in Zurmi on Monday.\n\n"
        "SOKOTO, March 13 - Bandits abducted 15 students in Gada on Tuesday.\n\n"
        "Kidal - A later paragraph that opens with a town and a dash.\n"
    )
    c = clean_text(text)
    assert c.dateline == "KANO, March 14"
    assert [(d, line) for _, d, line in c.inner_datelines] == [("March 13", "SOKOTO, March 13")]
    start = c.inner_datelines[0][0]
    assert text[start:].startswith("Bandits abducted")
    assert body_texts(c)[1].startswith("Bandits abducted") and body_texts(c)[2].startswith("Kidal -")
    # a single story has none
    assert clean_text("KIRKUK (ESTA) — Text.\n\nSOKOTO, March 13 - More.\n").inner_datelines == ()


# ------------------------------------------------------------------------------------------------ captions

CAPTIONS = [
    ("Photo: Reuters", True),
    ("FILE PHOTO: Smoke rises over the old city in 2019.", True),
    ("File photo of a checkpoint near Kirkuk.", True),
    ("FILE - Police officers walk past a market in this 2019 image.", True),
    ("Soldiers stand guard at a checkpoint in Kirkuk, Iraq March 2, 2019. REUTERS/Ahmed Saad", True),
    ("Displaced families walk near a camp outside Mosul on 14 June 2017.", True),
    # a line that opens with its date tells; "an army patrol" is a noun (stop 19)
    ("On 8 April 2025, insurgents ambushed an army patrol near Gao.", False),
    ("Trucks are seen at a border crossing, 3 May 2018.", True),
    ("Smoke rises after a strike in the south (AFP/Getty Images)", True),
    ("A damaged car after the blast (Photo: Local Council)", True),
    ("(AFP)", True),
    ("Reuters", True),
    ("Image caption, Rescuers search the rubble of a school", True),
    ("Image source, Getty Images", True),
    ("Police inspect the wreckage in this handout picture.", True),
    ("The army said two drones were shot down on January 4, 2022, at the base.", False),
    ("Two drones were shot down near the base on Tuesday.", False),
    ("Fighters are seen as a growing threat by officials, the ministry said on March 3, 2021.", False),
    ("Gunmen attacked a convoy near Kirkuk on March 2, 2019, killing three.", False),
    ("The photo agency was not available for comment about the strike.", False),
]


@pytest.mark.parametrize(("line", "is_caption"), CAPTIONS)
def test_captions(line, is_caption):
    text = f"Drone attack reported\n\n{line}\n\n{LEAD}\n"
    c = clean_text(text)
    assert (line in texts(c, c.captions)) is is_caption
    assert (line in body_texts(c)) is (not is_caption)


# ------------------------------------------------------------------------------------------------ furniture

FURNITURE = [
    ("Previous Article", True),
    ("Next Post", True),
    ("« Older Post", True),
    ("Related Posts", True),
    ("Share", True),
    ("Share on Facebook", True),
    ("Share this:", True),
    ("Total", True),
    ("0", True),
    ("12 Shares", True),
    ("1.2k views", True),
    ("Read more", True),
    ("Read more: Drone attack hits base in the west", True),
    ("Subscribe to our newsletter", True),
    ("Follow us on Twitter", True),
    ("Tags: Iraq, Anbar, drones", True),
    ("Filed under: Middle East", True),
    ("We use cookies to improve your experience. By continuing you accept our Privacy Policy.", True),
    ("© 2022 Example News. All rights reserved.", True),
    ("By Jane Doe", True),
    ("By Jane Doe and Omar Ali", True),
    ("Reporting by John Smith; Editing by Alex Richardson", True),
    ("Updated: 4 January 2022 10:31 GMT", True),
    ("Advertisement", True),
    ("Skip to content", True),
    ("The share of displaced people rose sharply this year.", False),
    ("Next, the convoy moved on towards the border town.", False),
    ("By nightfall, the fighting had stopped.", False),
    ("By Tuesday, Iraqi forces had retaken the town.", False),
    ("Total casualties rose to 12, officials said.", False),
    ("Related clashes were reported in two other districts.", False),
    ("Cookies and sweets were handed out to the displaced children.", False),
    # a press release's label and date lines (stop 16: the headline after them was read as the body)
    ("PRESS RELEASE", True),
    ("6 September 2023", True),
    ("Monday, Sept. 6, 2023 10:45 AM", True),
    ("6 September 2023 was a quiet day in Kabul.", False),
    # another story's headline on its navigation label's line, a wire story's revision note (stop 25: body)
    ("Previous Article: Benin: two soldiers killed by IED in Park W", True),
    ("Next story » Gunmen kill four in Zamfara", True),
    ("(Adds army statement on air strikes, paragraphs 5-6; updates death toll)", True),
    ("(Updates with casualty figures)", True),
    ("Previous attacks on the base were claimed by the same group.", False),
    ("(Two of the wounded were later discharged.)", False),
]


@pytest.mark.parametrize(("line", "is_furniture"), FURNITURE)
def test_furniture_lines(line, is_furniture):
    text = f"Drone attack reported\n\n{LEAD}\n\n{line}\n\nThe ministry gave no details about the attack.\n"
    c = clean_text(text)
    assert (line in texts(c, c.furniture)) is is_furniture
    assert (line in body_texts(c)) is (not is_furniture)


HEADLINE_AFTER = [
    # label, the headline after it is furniture
    ("Previous Article", True),
    ("Next Article", True),
    ("Next Post", True),
    ("Related Posts", True),
    ("You may also like", True),
    ("Most read", True),
    ("Share", False),
    ("Tags: Iraq", False),
]


@pytest.mark.parametrize(("label", "taken"), HEADLINE_AFTER)
def test_headline_after_navigation_label(label, taken):
    headline = "Militants seize village after overnight battle in the north"
    text = f"Drone attack reported\n\n{LEAD}\n\n{label}\n\n{headline}\n"
    c = clean_text(text)
    assert (headline in texts(c, c.furniture)) is taken


def test_list_header_takes_headlines_until_prose():
    prose = (
        "This paragraph is long prose of the article that continues after the list and ends with a full stop, "
        "as body paragraphs usually do."
    )
    text = (
        f"Drone attack reported\n\n{LEAD}\n\nRelated Posts\nConvoy hit by roadside bomb\n"
        f"Ceasefire talks stall in capital\n\n{prose}\n"
    )
    c = clean_text(text)
    furniture = texts(c, c.furniture)
    assert "Convoy hit by roadside bomb" in furniture
    assert "Ceasefire talks stall in capital" in furniture
    assert prose in body_texts(c)


def test_previous_article_takes_only_one_line():
    text = f"Title of story\n\n{LEAD}\n\nPrevious Article\nOther headline here\nBut this line continues the page\n"
    c = clean_text(text)
    assert "Other headline here" in texts(c, c.furniture)
    assert "But this line continues the page" in body_texts(c)


# ------------------------------------------------------------------------------------------------ titles

TITLES = [
    # text, expected title
    (f"Drones downed over base: army\n\n{LEAD}\n", "Drones downed over base: army"),
    (f"Drones downed over base?\n{LEAD}\n", "Drones downed over base?"),
    (f"Skip to content\nDrones downed over base\n\n{LEAD}\n", "Drones downed over base"),
    (f"{LEAD}\n", None),  # a lone paragraph has no headline
    (f"{LEAD}\n\nAnother full sentence follows here.\n", None),  # first line is a finished sentence
    (
        "Two drones were shot down over the air\nbase on Monday, the army said.\n",
        None,
    ),  # hard-wrapped sentence
    (f"KIRKUK (ESTA) — Two drones fell\n\n{LEAD}\n", None),  # a dateline paragraph is body
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_title(text, title):
    c = clean_text(text)
    assert c.title_text == title
    if title:
        assert title not in body_texts(c)


# ------------------------------------------------------------------------------------------------ paragraphs


def test_hard_wrapped_paragraph_is_one_range():
    text = (
        "Headline\n\nTwo drones were shot down over the air\nbase on Monday, the army said.\nA second one.\n"
    )
    c = clean_text(text)
    assert body_texts(c) == [
        "Two drones were shot down over the air\nbase on Monday, the army said.",
        "A second one.",
    ]


def test_whole_report_in_one_pass():
    text = (
        "Skip to content\n"
        "Rocket attack hits military base near Kirkuk\n"
        "\n"
        "Soldiers are seen at the K1 base in Kirkuk, Iraq March 3, 2019. (AFP)\n"
        "By Jane Doe\n"
        "\n"
        "KIRKUK, Jan 7 (ESTA) - Three rockets hit the K1 base on Friday, security officials said.\n"
        "No casualties were reported.\n"
        "\n"
        "Tags: Iraq, Kirkuk\n"
        "Previous Article\n"
        "Drone downed near Erbil airport\n"
        "Next Article\n"
        "Oil prices rise on supply worries\n"
        "Related Posts\n"
        "Total\n"
        "0\n"
        "Share\n"
    )
    c = clean_text(text)
    assert c.title_text == "Rocket attack hits military base near Kirkuk"
    assert c.dateline == "KIRKUK, Jan 7 (ESTA)" and c.dateline_place == "KIRKUK"
    assert texts(c, c.captions) == ["Soldiers are seen at the K1 base in Kirkuk, Iraq March 3, 2019. (AFP)"]
    assert body_texts(c) == [
        "Three rockets hit the K1 base on Friday, security officials said.",
        "No casualties were reported.",
    ]
    assert texts(c, c.furniture) == [
        "Skip to content",
        "By Jane Doe",
        "Tags: Iraq, Kirkuk",
        "Previous Article",
        "Drone downed near Erbil airport",
        "Next Article",
        "Oil prices rise on supply worries",
        "Related Posts",
        "Total",
        "0",
        "Share",
    ]
    assert c.in_body(*c.body[0]) and not c.in_body(*c.captions[0])


@pytest.mark.parametrize("text", ["", "\n\n   \n", "Share\nTotal\n0\n"])
def test_nothing_to_read(text):
    c = clean_text(text)
    assert c.body == () and c.title is None and c.text == text


def test_crlf_offsets_refer_to_unchanged_text():
    text = "Headline\r\n\r\nKIRKUK (ESTA) — Two drones fell.\r\nPhoto: AFP\r\n"
    c = clean_text(text)
    assert body_texts(c) == ["Two drones fell."]
    assert texts(c, c.captions) == ["Photo: AFP"]
    assert text[slice(*c.dateline_span)] == "KIRKUK (ESTA)"


@given(st.text(alphabet=st.sampled_from(list("ab C.—-:()\n\r0 ")), max_size=200))
def test_ranges_are_valid_and_disjoint(text):
    c = clean_text(text)
    assert c.text == text
    ranges = [*c.body, *c.captions, *c.furniture, *([c.title] if c.title else [])]
    for s, e in ranges:
        assert 0 <= s < e <= len(text)
    ranges.sort()
    for (_, e1), (s2, _) in itertools.pairwise(ranges):
        assert e1 <= s2
