"""Place mentions in text: traps that must not become places, facility/province patterns, context.

All texts are invented for these tests.
"""

from __future__ import annotations

import itertools
import re

import pytest

from geodata import Gazetteer, PlaceMention, find_places, resolve_spans
from geodata.matching import province_after


def _surfaces(ms: list[PlaceMention]) -> list[str]:
    return [m.surface for m in ms]


def _best(ms: list[PlaceMention], surface: str) -> PlaceMention:
    for m in ms:
        if m.surface == surface:
            return m
    raise AssertionError(f"{surface!r} not found in {_surfaces(ms)}")


# text, words that must not be (part of) any mention
TRAPS = [
    ("The strike killed Iranian general Qasem Soleimani near the airport.", ["Soleimani", "Qasem"]),
    ("Soleimani and Muhandis were killed in 2020.", ["Soleimani", "Muhandis"]),
    ("Hashid al-Shaabi commander Abu Mahdi al-Muhandis was there.", ["Abu", "Mahdi", "Muhandis"]),
    ("The drones were shot down by the C-RAM defense system.", ["RAM", "C-RAM"]),
    ("It was ordered by then-U.S. president Donald Trump two years ago.", ["Donald", "Trump"]),
    ("The official said the attack failed. Said officials: no comment.", ["said", "Said", "the"]),
    ("May the attack be the last, officials said in May.", ["May"]),
    ("Police said the university was closed. Police sealed it.", ["Police", "university"]),
    ("THE ATTACK WAS REPELLED, THE ARMY SAID.", ["THE", "ARMY", "SAID"]),
    ("Defence minister Lloyd Austin met General Milley.", ["Austin", "Milley"]),
    ("An F-16 and a MQ-9 flew over.", ["16", "MQ"]),
    (
        "Sunni gunmen attacked Shi'i pilgrims and a Turk during Ramadan.",
        ["Sunni", "Shi'i", "Turk", "Ramadan"],
    ),
    ("Parents learned Nov. 13 that Hamas and the Taliban had talked.", ["Nov", "Hamas", "Taliban"]),
    ("I've said that leaders such as Jesus and Buddha taught peace.", ["I've", "Jesus", "Buddha"]),
    # a town's name after a common first name of the US Census is a surname (stop 12)
    ("Officials said Clyde Barrow and Vickie Welborn were seen.", ["Barrow", "Welborn"]),
    # a one-word name that undergoes what only people do is a person (stop 12)
    ("Arad was shot down during a bombing mission over Lebanon.", ["Arad"]),
    # a hamlet named like an ordinary word needs something saying it is a place (stop 12)
    ("The Chamber of Commerce said Congress can act.", ["Commerce", "Congress"]),
    # a small place's name before a speech verb is a speaker (stop 12)
    ("The virus spread quickly, Hartl said on Monday.", ["Hartl"]),
    # a two-word name matched over words that describe, not name (stop 12)
    ("A week into the offensive, tanks entered the city.", ["A", "week"]),
    ("In 1998 the group bombed the Northern Irish town of Omagh.", ["Irish"]),
    # a letter of an abbreviation before a facility word is no facility code (stop 12)
    ("A U.S. military base was hit.", ["S.", "S"]),
    ("The mayor spoke at City Hall, according to Metro 911.", ["City", "Metro"]),
    # an English word opening a sentence is capitalised by its position, not a hamlet's name (stop 12)
    (
        "None of the guards were hurt. Bond was set at $5,000. Artillery fire resumed.",
        ["None", "Bond", "Artillery"],
    ),
    # ships named after places, and a city's street named after a far one (stop 19)
    ("US forces shot down four drones launched toward the USS Carney.", ["Carney"]),
    ("A missile struck the tanker Pollux off Mokha.", ["Pollux"]),
    ("Gunmen stormed a hotel on Makka al-Mukarama road in Mogadishu.", ["Makka al-Mukarama"]),
]


# an opening word that is also a town's name keeps its reading when the town is notable or named again inside a
# sentence (stop 12)
# two-word names written with a lowercase particle or kind word are still names (stop 12)
LOWERCASE_INSIDE = [
    ("A car bomb exploded in Sadr city on Friday.", "Sadr city"),
    ("He flew to Dar es Salaam on Monday.", "Dar es Salaam"),
    # a town named like a first name stays a town where no surname follows; "Al-" is the Arabic article (stop 12)
    ("Officials in Marion said the road was closed.", "Marion"),
    ("Fierce battles took place in Al-Shadadi countryside.", "Shadadi"),
    # ... such as a locative or a deed done to it (stop 12)
    ("Officials in Commerce said the road was closed.", "Commerce"),
    ("Rebels attacked Ghat on Monday.", "Ghat"),
    # ... but a place closing a prepositional phrase stays one (stop 12)
    ("James Barnett, 36, of Palestine was arrested on Monday.", "Palestine"),
    # ... and a town named inside an institution's name stays a town elsewhere in the report (stop 12)
    (
        "Services were held at First Baptist Church Maryville. The congregation in Maryville grew.",
        "Maryville",
    ),
    # ... while a capital speaking for its government stays a place (stop 12)
    ("Kabul said the talks would resume.", "Kabul"),
]


@pytest.mark.parametrize(("text", "surface"), LOWERCASE_INSIDE)
def test_lowercase_inside_a_name(gazetteer: Gazetteer, text: str, surface: str) -> None:
    assert surface in _surfaces(find_places(text, gazetteer))


OPENING_PLACES = [
    ("Palmyra was captured by Islamic State fighters.", "Palmyra"),
    ("Beer was served. Beer is a village near the river; the fair in Beer drew crowds.", "Beer"),
]


@pytest.mark.parametrize(("text", "surface"), OPENING_PLACES)
def test_opening_word_that_is_a_place(gazetteer: Gazetteer, text: str, surface: str) -> None:
    assert any(m.surface == surface and m.start == 0 for m in find_places(text, gazetteer)), _surfaces(
        find_places(text, gazetteer)
    )


@pytest.mark.parametrize(("text", "forbidden"), TRAPS)
def test_traps(gazetteer: Gazetteer, text: str, forbidden: list[str]) -> None:
    ms = find_places(text, gazetteer)
    for m in ms:
        assert text[m.start : m.end] == m.surface
        for word in forbidden:
            assert word not in m.surface.split(), (word, m)


# text, surface, pattern, expected best (kind, iso3), precision
PATTERNS = [
    (
        "Two drones targeted Ain al-Asad air base on Tuesday.",
        "Ain al-Asad air base",
        "facility",
        ("site", "IRQ"),
        "site",
    ),
    (
        "Rockets hit Ayn al-Asad airbase in western Iraq.",
        "Ayn al-Asad airbase",
        "facility",
        ("site", "IRQ"),
        "site",
    ),
    ("Rockets hit the Al Asad airbase in Iraq.", "Al Asad airbase", "facility", ("site", "IRQ"), "site"),
    # a short code named with its facility word is the facility, not an acronym (stop 12)
    (
        "ISIS attacked the T-4 Military Airport on Thursday.",
        "T-4 Military Airport",
        "facility",
        ("site", "SYR"),
        "site",
    ),
    ("A drone was downed near Baghdad airport.", "Baghdad airport", "facility", ("airport", "IRQ"), "site"),
    ("Shelling was reported in Anbar province.", "Anbar province", "admin1", ("admin1", "IRQ"), "admin1"),
    (
        "Shelling was reported in al-Anbar governorate.",
        "al-Anbar governorate",
        "admin1",
        ("admin1", "IRQ"),
        "admin1",
    ),
    ("Fighting near Kirkuk airport was reported.", "Kirkuk airport", "facility", (None, "IRQ"), None),
    ("Troops left Camp Taji on Monday.", "Camp Taji", "facility", (None, "IRQ"), None),
    ("Protests spread in Syria.", "Syria", "country", ("country", "SYR"), "country"),
    (
        "SULAIMANI (Agency) — A drone attack was reported.",
        "SULAIMANI",
        "name",
        ("settlement", "IRQ"),
        "settlement",
    ),
    ("Officials in Erbil said the attack failed.", "Erbil", "name", ("settlement", "IRQ"), "settlement"),
]


@pytest.mark.parametrize(("text", "surface", "pattern", "expected", "precision"), PATTERNS)
def test_patterns(gazetteer: Gazetteer, text: str, surface: str, pattern: str, expected, precision) -> None:
    ms = find_places(text, gazetteer)
    m = _best(ms, surface)
    assert m.pattern == pattern
    assert text[m.start : m.end] == surface
    kind, iso3 = expected
    best = m.candidates[0]
    assert best.place.iso3 == iso3
    if kind is not None:
        assert best.place.kind == kind
    if precision is not None:
        assert best.precision == precision


def test_city_airport_without_airport_entry_falls_back_to_the_city(gazetteer: Gazetteer) -> None:
    # a "<city> airport" the gazetteer has no airport for resolves to the city, never an invented airport
    text = "Mortars fell near Tikrit airport."
    m = _best(find_places(text, gazetteer), "Tikrit airport")
    assert m.pattern == "facility"
    assert m.candidates[0].place.iso3 == "IRQ"
    assert m.candidates[0].place.kind in ("settlement", "airport", "site")


# text, surface, expected iso3 of the best candidate (same name, different context)
CONTEXT = [
    ("Protesters gathered in Cairo and Alexandria on Friday.", "Alexandria", "EGY"),
    ("Police in Alexandria, Virginia, near Washington, arrested two men.", "Alexandria", "USA"),
    ("Militias clashed in Tripoli, Libya, near Misrata and Benghazi.", "Tripoli", "LBY"),
    ("Clashes in Tripoli in northern Lebanon spread from Beirut.", "Tripoli", "LBN"),
    ("The Eiffel tower in Paris, France was closed.", "Paris", "FRA"),
    ("A tornado hit Paris, Texas, and Dallas.", "Paris", "USA"),
]


@pytest.mark.parametrize(("text", "surface", "iso3"), CONTEXT)
def test_context_resolves_ambiguous_names(gazetteer: Gazetteer, text: str, surface: str, iso3: str) -> None:
    m = _best(find_places(text, gazetteer), surface)
    assert m.candidates[0].place.iso3 == iso3


def test_airport_vs_city(gazetteer: Gazetteer) -> None:
    text = "A drone hit Baghdad airport. Later, protests filled Baghdad."
    ms = find_places(text, gazetteer)
    airport = _best(ms, "Baghdad airport")
    city = next(m for m in ms if m.surface == "Baghdad")
    assert airport.candidates[0].place.kind in ("airport", "site")
    assert city.candidates[0].place.kind == "settlement"


def test_province_containment(gazetteer: Gazetteer) -> None:
    text = "Rockets hit Hit in Anbar province."
    ms = find_places(text, gazetteer)
    spans = [(m.start, m.end) for m in ms]
    i = _surfaces(ms).index("Hit") if "Hit" in _surfaces(ms) else None
    if i is not None:
        assert province_after(text, spans, i) == i + 1
        assert ms[i].candidates[0].place.admin1 == "Al-Anbar"


@pytest.mark.parametrize(
    ("between", "linked"),
    [(" in ", True), (", ", True), (" near the ", True), (" and ", False), (" said ", False)],
)
def test_province_after(between: str, linked: bool) -> None:
    text = "X" + between + "Y province"
    spans = [(0, 1), (1 + len(between), len(text))]
    assert (province_after(text, spans, 0) == 1) is linked


def test_offsets_point_into_original_text(gazetteer: Gazetteer) -> None:
    text = "Ｉn ‘Ayn al-Assad’ and in Iraq’s Anbar – drones; Bogotá.\nMOSUL — x"
    for m in find_places(text, gazetteer):
        assert text[m.start : m.end] == m.surface
        assert m.candidates
        scores = [c.score for c in m.candidates]
        assert scores == sorted(scores, reverse=True)


def test_mentions_do_not_overlap(gazetteer: Gazetteer) -> None:
    text = "Ain al-Asad air base in Anbar province, Iraq, and Baghdad International Airport."
    ms = find_places(text, gazetteer)
    for a, b in itertools.pairwise(ms):
        assert a.end <= b.start
    assert "Baghdad International Airport" in _surfaces(ms)


def test_resolve_spans(gazetteer: Gazetteer) -> None:
    text = "Drones hit Ain al-Asad in Anbar. In Alexandria and Cairo, Egyptians marched. Xyzzyq was calm."
    spans = [(11, 22), (26, 31), (36, 46), (51, 56), (78, 84)]
    got = resolve_spans(text, spans, gazetteer)
    assert len(got) == len(spans)
    assert got[0] is not None and got[0].place.kind == "site"
    assert got[1] is not None and got[1].place.kind == "admin1"
    assert got[2] is not None and got[2].place.iso3 == "EGY"
    assert got[3] is not None and got[3].place.name == "Cairo"
    # not a known name: the report's focus (first of the most-named finest places), at that place's precision
    assert got[4] is not None and got[4].place == got[0].place and got[4].precision == "site"


def test_resolve_spans_reads_the_province_word_after_a_span(gazetteer: Gazetteer) -> None:
    """A gold span the text extends with a lowercase province word ("a Washington state farm") is the province;
    "the Houston region" stays the city's area and "Columbia State" (a college) the town."""
    text = "A cow from a Washington state farm was tested. Officials in the Houston region said."
    spans = [(text.find(n), text.find(n) + len(n)) for n in ("Washington", "Houston")]
    got = resolve_spans(text, spans, gazetteer)
    assert got[0] is not None and (got[0].place.kind, got[0].place.name) == ("admin1", "Washington")
    assert got[1] is not None and (got[1].place.kind, got[1].place.name) == ("settlement", "Houston")
    alone = resolve_spans("Washington said the talks failed.", [(0, 10)], gazetteer)[0]
    assert (
        alone is not None
        and alone.place.kind == "settlement"
        and alone.place.admin1 == "District of Columbia"
    )


def test_resolve_spans_backs_off_to_the_report_focus(gazetteer: Gazetteer) -> None:
    """A street or building the gazetteer lacks is placed at the report's main place, with that place's
    precision; a far fallback guess ("Carnegie" for "Carnegie Library") gives way to it; no place named, no
    answer."""
    gz = gazetteer
    text = (
        "Gunmen attacked Qurtuba Street in Mosul. Police at Mosul's Carnegie Library said the "
        "Xyzzyq Hall in Mosul was hit. Nineveh officials said Anbar was calm."
    )
    names = ["Qurtuba Street", "Mosul", "Carnegie Library", "Xyzzyq Hall", "Nineveh", "Anbar"]
    spans = [(m.start(), m.end()) for m in re.finditer("|".join(names), text)]
    got = dict(zip([text[s:e] for s, e in spans], resolve_spans(text, spans, gz), strict=False))
    mosul = got["Mosul"]
    assert mosul is not None and mosul.place.iso3 == "IRQ" and mosul.precision == "settlement"
    for name in ("Qurtuba Street", "Carnegie Library", "Xyzzyq Hall"):
        c = got[name]
        assert c is not None and c.place == mosul.place and c.precision == "settlement", name
    assert resolve_spans("Nothing known: Xyzzyq Hall.", [(15, 26)], gz) == [None]


def test_the_report_focus_lies_in_its_main_country(gazetteer: Gazetteer) -> None:
    """A Cairo school named after Liverpool makes Liverpool the most-named town, but Egypt is the most-named
    country: a street the gazetteer lacks is in Cairo. Where the main country names no place, the most-named place
    stays the focus."""
    text = (
        "Liverpool Academy in Cairo opened. Liverpool fans at Liverpool Academy cheered. Egypt's ministry "
        "praised the Liverpool link. Egyptian parents on Xyzzyq Street in Cairo agreed; Egypt said Egypt gains."
    )
    names = ["Liverpool", "Cairo", "Egypt", "Egyptian", "Xyzzyq Street"]
    spans = [(m.start(), m.end()) for m in re.finditer("|".join(names), text)]
    got = resolve_spans(text, spans, gazetteer)
    street = got[[text[s:e] for s, e in spans].index("Xyzzyq Street")]
    assert street is not None and (street.place.name, street.place.iso3) == ("Cairo", "EGY")
    text = "Liverpool fans said Liverpool won. Xyzzyq Street was loud. Egypt"
    spans = [(m.start(), m.end()) for m in re.finditer("Liverpool|Xyzzyq Street|Egypt", text)]
    street = resolve_spans(text, spans, gazetteer)[2]
    assert street is not None and street.place.iso3 == "GBR"  # Egypt names no town: the most-named place


# an institution whose name leads with or ends "of" an area lies in that area even when the report is about a town
# elsewhere; a lake, colony or street named after an area, and a dedication to a saint, give way to the focus
INSTITUTION_AREA = [
    ("Bank of Japan", ("country", "JPN")),
    ("University of Ontario", ("admin1", "CAN")),
    ("Arizona State University", ("admin1", "USA")),
    ("Lake Vermont", ("settlement", "IRQ")),
    ("Tennessee Colony", ("settlement", "IRQ")),
    ("University of St. Lucia", ("settlement", "IRQ")),
]


@pytest.mark.parametrize(("name", "expected"), INSTITUTION_AREA)
def test_institution_named_after_an_area(gazetteer: Gazetteer, name: str, expected: tuple[str, str]) -> None:
    text = f"Officials in Mosul said the {name} sent staff to Mosul and to Tal Afar."
    names = ["Mosul", name, "Tal Afar"]
    spans = [(m.start(), m.end()) for m in re.finditer("|".join(map(re.escape, names)), text)]
    got = resolve_spans(text, spans, gazetteer)[[text[s:e] for s, e in spans].index(name)]
    assert got is not None and (got.precision, got.place.iso3) == expected


# --- method changes of the resolution (docs/gazetteer.md, "Resolution") ------------------------------------

# a name that is both a country / US state / province and towns: document context picks the sense
AREA_OR_TOWN = [
    ("Storms hit Atlanta and Savannah in Georgia on Monday.", "Georgia", ("admin1", "USA")),
    ("Georgia and Armenia sent envoys to Tbilisi and Yerevan.", "Georgia", ("country", "GEO")),
    ("Wildfires spread across California, officials said.", "California", ("admin1", "USA")),
    ("Floods closed roads in Indiana and Ohio.", "Indiana", ("admin1", "USA")),
    ("Snow fell in Ontario and Quebec overnight.", "Ontario", ("admin1", "CAN")),
]


@pytest.mark.parametrize(("text", "surface", "expected"), AREA_OR_TOWN)
def test_area_or_town(gazetteer: Gazetteer, text: str, surface: str, expected: tuple[str, str]) -> None:
    place = _best(find_places(text, gazetteer), surface).candidates[0].place
    assert (place.kind, place.iso3) == expected


# a province named after its own big city: the plain name means the city, "X province" the province
NAMESAKE = [
    ("Rockets hit Basra on Friday.", "Basra", "settlement"),
    ("Protests spread in Basra province on Friday.", "Basra province", "admin1"),
    ("Rockets hit Kirkuk on Friday.", "Kirkuk", "settlement"),
]


# ... unless the text calls it a city or town ("the southern city of Kherson", "Kunduz city")
NAMESAKE += [
    ("Shelling hit the southern city of Kherson on Friday.", "Kherson", "settlement"),
    ("Shelling hit Kherson region on Friday.", "Kherson region", "admin1"),
    ("The Taliban seized Kunduz city.", "Kunduz", "settlement"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), NAMESAKE)
def test_namesake_province(gazetteer: Gazetteer, text: str, surface: str, kind: str) -> None:
    assert _best(find_places(text, gazetteer), surface).candidates[0].place.kind == kind


# "City, ST" / "City, State": the town inside the state named right after it
CITY_STATE = [
    ("A fire broke out in Paris, Tenn., on Sunday.", "Paris", "Tennessee"),
    ("A fire broke out in Paris, Texas, on Sunday.", "Paris", "Texas"),
    ("Police in Athens, Ga., said the road was closed.", "Athens", "Georgia"),
    ("Police in Athens, Ohio, said the road was closed.", "Athens", "Ohio"),
]


@pytest.mark.parametrize(("text", "surface", "admin1"), CITY_STATE)
def test_city_comma_state(gazetteer: Gazetteer, text: str, surface: str, admin1: str) -> None:
    place = _best(find_places(text, gazetteer), surface).candidates[0].place
    assert (place.iso3, place.admin1) == ("USA", admin1)


def test_resolve_spans_one_vote_per_name(gazetteer: Gazetteer) -> None:
    """A name repeated in a document votes once: five "Paris" do not outvote "Texas" and "Dallas"."""
    text = "Paris police said Paris schools and Paris parks in Paris stay open. Texas and Dallas agencies helped Paris."
    spans = [(m.start(), m.end()) for m in re.finditer(r"Paris|Texas|Dallas", text)]
    got = resolve_spans(text, spans, gazetteer)
    paris = {
        (c.place.place_id, c.place.admin1)
        for c, (s, e) in zip(got, spans, strict=True)
        if text[s:e] == "Paris"
    }
    assert paris and all(admin1 == "Texas" for _, admin1 in paris)
    assert len(paris) == 1  # one sense per document


def test_resolve_spans_context_comes_from_the_given_spans(gazetteer: Gazetteer) -> None:
    """Other capitalised words ("Man" of a headline, "Commonwealth", a store) do not dilute the given places'
    context: Alexandria with Virginia is the Virginia city, not Egypt's."""
    text = (
        "Grand Jury Indicts Man. When Alexandria police found her, Nissan and Commonwealth staff at Smith's "
        "and the Naval office in Virginia were told."
    )
    spans = [(m.start(), m.end()) for m in re.finditer(r"Alexandria|Virginia", text)]
    got = resolve_spans(text, spans, gazetteer)
    assert got[0] is not None and (got[0].place.iso3, got[0].place.admin1) == ("USA", "Virginia")


def test_resolve_spans_bare_county_names(gazetteer: Gazetteer) -> None:
    """A given name that is also a county's ("Clay", "Grant" beside "Becker" and "Wilkin" counties in
    Minnesota) can be the county; a town named alone stays the town."""
    text = "Becker, Clay, Grant and Wilkin counties in Minnesota got aid. Paris, Texas, was calm."
    spans = [
        (m.start(), m.end()) for m in re.finditer(r"Becker|Clay|Grant|Wilkin|Minnesota|Paris|Texas", text)
    ]
    got = resolve_spans(text, spans, gazetteer)
    names = [text[s:e] for s, e in spans]
    for name, c in zip(names, got, strict=True):
        assert c is not None, name
        if name in ("Becker", "Clay", "Grant", "Wilkin"):
            assert (c.place.kind, c.place.admin1) == ("admin2", "Minnesota"), name
    assert got[names.index("Paris")].place.kind == "settlement"


# (text, given names, name to check, its expected country, the fallback's expected country): a fallback guess
# ("Texas Roadhouse" -> Texas, an embedded name) takes context from the report's other names but gives none,
# so a wrong guess does not pull them; a guess far from the report's focus gives way to the focus (the diner
# is in Paris)
FALLBACK_CONTEXT = [
    ("Paris police closed the Texas Roadhouse diner.", ["Paris", "Texas Roadhouse"], "Paris", "FRA", "FRA"),
    (
        "Fans in Athens cheered as the Georgia Aquarium closed.",
        ["Athens", "Georgia Aquarium"],
        "Athens",
        "GRC",
        None,
    ),
]


@pytest.mark.parametrize(("text", "names", "name", "iso3", "fallback_iso3"), FALLBACK_CONTEXT)
def test_fallback_guesses_give_no_context(
    gazetteer: Gazetteer, text: str, names: list[str], name: str, iso3: str, fallback_iso3: str | None
) -> None:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    got = dict(zip(names, resolve_spans(text, spans, gazetteer), strict=True))
    assert got[name] is not None and got[name].place.iso3 == iso3
    fb = got[names[-1]]
    assert fb is not None
    if fallback_iso3:
        assert fb.place.iso3 == fallback_iso3


def test_same_name_gets_the_same_answer(gazetteer: Gazetteer) -> None:
    text = "Alexandria, Virginia, police said. Later Alexandria officials met in Washington."
    ms = [m for m in find_places(text, gazetteer) if m.surface == "Alexandria"]
    assert len(ms) == 2
    assert ms[0].candidates[0].place == ms[1].candidates[0].place


# A name that is only part of a longer name the gazetteer lacks, or the name of an armed unit, is not a place; the
# neighbourhood of a town is never a province or country of the same name. text, surfaces that must not be mentions
# (alone), surfaces that must still be found
FRAGMENTS = [
    ("Mortar shells fell on Ain Zahlan in the afternoon.", ["Ain", "Zahlan"], []),
    # halves of a Persian or Pashto compound joined by the ezafe (stop 17)
    ("Taliban forces raided two houses in Dasht-e Barchi in Kabul.", ["Dasht", "Barchi"], ["Kabul"]),
    ("Fighters of the al-Rahman Corps withdrew from the front line.", ["Rahman", "al-Rahman"], []),
    ("The Hamza Division shelled the village.", ["Hamza"], []),
    ("The Iraq Army shelled the village.", [], ["Iraq"]),  # a country's army is still the country's
    ("Aircraft struck villages of Jabal al-Zawiya overnight.", ["al-Zawiya", "Zawiya"], []),
    # title case: every word capitalised, so a capital after a name says nothing
    ("Gunmen Kill Five In Kabul Market Attack", [], ["Kabul"]),
    # "as" is an English word here, not the Arabic article of "as-Safira"
    ("A car bomb killed nine in Baghdad as Kerry visited the capital.", [], ["Baghdad"]),
    # a large town's name before "neighbourhood" is that town
    ("Iraqi forces retook a large Mosul neighbourhood.", [], ["Mosul"]),
    # a town's own police or council still name the town
    ("Carthage Police said the man fled on foot.", [], ["Carthage"]),
    ("Rebels entered al-Bab on Friday.", [], ["al-Bab"]),
    # a US lawmaker's party and home ("D-Ohio") names a place; other letter compounds ("C-RAM") do not
    ("Rep. Jane Roe, D-Ohio, voted against the bill.", [], ["Ohio"]),
    # the half of one village's hyphenated name the gazetteer lacks is no place; two places joined are two (stop 19)
    ("ADF fighters killed 23 civilians in the village of Mayi-Moya, near Beni.", ["Moya"], ["Beni"]),
    ("The attempt to damage Russia-Turkey ties failed.", [], ["Russia", "Turkey"]),
    # a demonym before a state's institution is its adjective ("Somali": not Ethiopia's Somali region)
    ("Somali National Army troops retook the village from al-Shabaab.", ["Somali"], []),
    # a town that is also a surname, after a first name, is the surname; not after another place's name
    ("The class was taught by Lisa Taylor on Monday.", ["Taylor"], []),
    ("An official was killed in Iraq Mosul on Monday.", [], ["Mosul"]),
    # a currency sign makes "US" a currency; "The village" is a common noun, "The Hague" a name
    ("They settled for a US$460 million payment.", ["US"], []),
    ("The village of Kafr Nubl was shelled. The city was quiet.", ["The village", "The city"], []),
    ("The envoy flew to The Hague on Monday.", [], ["The Hague"]),
    # a common English given name makes the next capitalised word a surname, also at a sentence start
    ("The arrest was made by Sheriff Greg Taylor on Monday.", ["Taylor"], []),
    ("Kristina Moore said the road was closed.", ["Kristina", "Moore"], []),
    # a surname after a middle initial, in every mention of the report
    ("Keith D. Johnson, 41, was arrested. Johnson was released on bail.", ["Johnson"], []),
    # a street named after a place is the street
    ("A shell fell on Baghdad Street in central Damascus.", ["Baghdad"], ["Damascus"]),
    # a word saying where in or around the place is not a first name; a title does not reach across a sentence end
    ("Shells hit Downtown Beirut and Metropolitan Atlanta.", [], ["Beirut", "Atlanta"]),
    ("He was elected Municipal Court Judge. Columbus attorneys praised him.", [], ["Columbus"]),
    ("Gen. Milley met Lt. Austin.", ["Milley", "Austin"], []),
    # "miss" is a title only when capitalised
    ("The storm is expected to miss Rochester entirely.", [], ["Rochester"]),
]


@pytest.mark.parametrize(("text", "forbidden", "kept"), FRAGMENTS)
def test_fragments_and_units(gazetteer: Gazetteer, text: str, forbidden: list[str], kept: list[str]) -> None:
    surfaces = _surfaces(find_places(text, gazetteer))
    for word in forbidden:
        assert word not in surfaces, (word, surfaces)
    for word in kept:
        assert word in surfaces, (word, surfaces)


def test_neighbourhood_is_not_a_province(gazetteer: Gazetteer) -> None:
    """ "Salah al-Din" is an Iraqi province; "the Salah al-Din neighbourhood" of Aleppo is not."""
    text = "Rebel shells hit the Salah al-Din neighbourhood of Aleppo."
    for m in find_places(text, gazetteer):
        assert m.candidates[0].place.kind not in ("admin1", "country"), m
        assert m.candidates[0].place.iso3 == "SYR", m


def test_neighbourhood_far_from_the_town_is_dropped(gazetteer: Gazetteer) -> None:
    """A neighbourhood the gazetteer lacks is not a namesake town in another country when the report names the
    town it is in."""
    text = "Shells hit the Zahra neighbourhood of Homs on Sunday."
    ms = find_places(text, gazetteer)
    assert _surfaces(ms) == ["Homs"]


#: "X's Y district": Y is a part of X; a namesake far from X is not it (stop 20)
POSSESSIVE_PART = [
    # the gazetteer knows only Kyiv's Dniprovskyi: Kherson's is not it, Kherson says where
    ("Russian shelling hit Kherson's Dniprovskyi district on Tuesday.", ["Kherson"]),
    ("A drone struck Kharkiv's Kyivskyi district overnight.", ["Kharkiv"]),
    # a part the gazetteer has in that town stays
    ("Debris fell on Kyiv's Obolon district on Monday.", ["Kyiv", "Obolon district"]),
    # no part word: not a part ("Russia's Putin"), nor a county whose extent is not known
    ("Warren County's Hamilton Township approved the plan.", ["Warren County", "Hamilton"]),
]


@pytest.mark.parametrize(("text", "surfaces"), POSSESSIVE_PART)
def test_a_part_told_with_a_possessive_lies_in_its_owner(
    gazetteer: Gazetteer, text: str, surfaces: list
) -> None:
    assert _surfaces(find_places(text, gazetteer)) == surfaces


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Club member wins a prize. CHARLESTON, W.Va. - A local man won.", "CHARLESTON"),
        ("Body found near the river. BEIRUT: The body of a man was found.", "BEIRUT"),
        ("New school opens. NEWARK -- After a year of work, the school opened.", "NEWARK"),
    ],
)
def test_dateline_run_into_the_text_after_a_headline(gazetteer: Gazetteer, text: str, surface: str) -> None:
    assert surface in _surfaces(find_places(text, gazetteer))


def test_all_caps_word_mid_sentence_is_still_not_a_place(gazetteer: Gazetteer) -> None:
    text = "Officials said the BEIRUT office, which opened in May, was closed."
    assert "BEIRUT" not in _surfaces(find_places(text, gazetteer))


def test_town_said_to_lie_in_a_province_where_the_gazetteer_has_none_is_dropped(gazetteer: Gazetteer) -> None:
    """ "Kuriga, a town in Kaduna state": no Kuriga in Kaduna is known, so a namesake elsewhere (Khouribga,
    Morocco) is not taken; the state stays. A town that is in the province named is kept."""
    got = find_places("Gunmen stormed a school in Kuriga, a town in Kaduna state, on Thursday.", gazetteer)
    assert [m.surface for m in got] == ["Kaduna state"]
    kept = find_places("Bandits raided Zaria, a city in Kaduna state, on Thursday.", gazetteer)
    assert "Zaria" in [m.surface for m in kept]


@pytest.mark.parametrize(
    "text",
    ["BEIRUT (Reuters) — An Israeli drone strike hit a car.", "BEIRUT - An Israeli drone strike hit a car."],
)
def test_word_capitalised_after_a_dateline_dash_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert [m.surface for m in find_places(text, gazetteer)] == ["BEIRUT"]


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        # a town said to lie in a province or country where no namesake of it lies is not one of those namesakes
        # (the gazetteer lacks it; the province says where it is) (stop 17)
        (
            "Jets struck Houthi positions in Juba district, Marib province, on Sunday.",
            "Juba",
            "Marib province",
        ),
        ("Gunmen killed three farmers in Kuchi, Nigeria on Sunday.", "Kuchi", "Nigeria"),
        # a province said to be a region of a country that has none of its name (stop 18: Cameroon's Est)
        ("Gunmen killed 8 civilians in the Est region of Burkina Faso on Wednesday.", "Est", "Burkina Faso"),
        ("Gunmen killed 8 civilians in the Sahel region of Burkina Faso.", "Sahel", "Burkina Faso"),
    ],
)
def test_a_place_outside_the_province_it_is_said_to_lie_in(
    gazetteer: Gazetteer, text: str, dropped: str, kept: str
) -> None:
    surfaces = _surfaces(find_places(text, gazetteer))
    assert dropped not in surfaces and kept in surfaces


def test_a_region_across_countries_named_with_one_of_them_stays(gazetteer: Gazetteer) -> None:
    surfaces = _surfaces(
        find_places("The virus is also present in the Indian Ocean in Seychelles.", gazetteer)
    )
    assert "Indian Ocean" in surfaces and "Seychelles" in surfaces


def test_a_province_of_the_country_it_is_said_to_be_in_stays(gazetteer: Gazetteer) -> None:
    got = _best(
        find_places("Gunmen killed 8 civilians in the Diffa region of Niger.", gazetteer), "Diffa region"
    )
    assert (got.candidates[0].place.kind, got.candidates[0].place.iso3) == ("admin1", "NER")


@pytest.mark.parametrize(
    "text",
    [
        "Trips to Saipan, Guam, Alaska and Hawaii were planned.",  # a list, not a containment
        "During efforts to oust ISIS from Sirte, the US gave air support.",  # a new clause
        "Cases were reported in Brazil, Mexico and Peru.",
        # a region across countries is kept with a country after a comma or "in" (not "region of")
        "They had lived in Kashmir, India-Pakistan border, where supplies were short.",
    ],
)
def test_lists_and_clauses_are_no_containment(gazetteer: Gazetteer, text: str) -> None:
    first = text.split(",")[0].split()[-1]
    assert first in _surfaces(find_places(text, gazetteer))
