"""Which of the places a report mentions is where an event happened, and how precisely.

Place mentions come from :func:`geodata.find_places` run on the body only (captions, furniture, the dateline and the
headline are blanked to spaces first, so offsets still point into the report text). For one event mention:

1. **Scope.** Places in the trigger's clause; if none, in its sentence on the same side of a date-relation marker
   ("... one day after <B>"); if none, the event has no place of its own (the pipeline may take the place of the
   incident it merges into, or an anaphor such as "the base").
2. **Score** of each place in scope: specificity (site > settlement > admin2 > admin1 > country, so "X in Y province"
   resolves to X and a facility beats its city in the same clause) + a locative preposition right before it
   (at/in/on/near/outside/targeting/inside/over), or a deed that takes the place ("captured/stormed/seized X")
   - distance to the trigger; a place named only as the landmark of
   the place before it ("Muritke, 35 km outside Lahore", "Abu Ghraib, on the western edge of Baghdad", "the Sharon
   junction near Netanya") loses to that place; places after "from"/"to"/"towards"
   (where a missile was fired *from*, where people fled *to*), possessors ("Iraq's military", "Washington's
   ambassador"), a country or capital that acts ("Eritrea captured ...", "killed by Israel") and a model's name
   ("a Black Hawk helicopter") are skipped when anything else is in scope.
   "The countryside of X" / "X countryside" / "rural X" is the land around the town X, not the town: ``near`` X.
3. **Precision.** "near/outside/on the outskirts of/N km from/north of X" -> ``near``, geo_precision 2, the
   coordinates of X; an admin1 place -> ``admin1``, geo_precision 3, the province's label point; a country only ->
   ``country``, geo_precision 3 and **no coordinates** (a country centroid on a map reads as a pinpoint that
   nobody reported; the incident still carries country and iso3).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from geodata.matching import PROVINCE_OF_BEFORE, apposition
from geodata.names import fold_key
from incidents.model import LocationPrecision
from incidents.textscan import finditer_led, first_led, found_ci, found_in

__all__ = [
    "POINT_KINDS",
    "PlaceChoice",
    "alias_only",
    "capital_mentions",
    "choose_place",
    "far_from_landmark",
    "held_abroad",
    "listed_places",
    "mask_outside",
    "place_label",
    "place_precision",
]

_SPECIFICITY = {"site": 5, "airport": 5, "settlement": 4, "admin2": 3, "admin1": 2, "country": 1}
_NEAR_BEFORE = re.compile(
    r"(?:\bnear|\boutside|\boff(?:\s+the\s+(?:coast|shore|port)\s+of)?|\bthe\s+outskirts\s+of|\bclose\s+to|\bnext\s+to|\bbeside|\bin\s+the\s+vicinity\s+of|"
    # ("on the western edge of Mogadishu", "the northern outskirts of Kharkiv", "the fringes of the town")
    r"\bthe\s+(?:(?:north|south|east|west)(?:ern|[ -]?(?:east|west)(?:ern)?)?\s+)?(?:edges?|outskirts|fringes?|periphery)\s+of|"
    r"\bjust\s+outside|\bnot\s+far\s+from|\baround|\bthe\s+(?:main\s+|old\s+|new\s+)?(?:road|highway|motorway)\s+"
    r"(?:leading\s+)?(?:to|between|from|linking|connecting)|\bbetween|\bnorth(?:east|west)?\s+of|"
    r"\bsouth(?:east|west)?\s+of|\beast\s+of|\bwest\s+of|\b\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?|(?:nautical\s+)?miles?)\s+"
    r"(?:\(\d+(?:\.\d+)?\s*\w+\)\s+)?(?:\w+\s+)?(?:from|of|outside))\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:city|town|village|province|district|area|region|port)\s+of\s+)?$",
    re.IGNORECASE,
)
#: "<town>-<town> road": the road out of the first town
_ROAD_OUT_AFTER = re.compile(
    r"\s?[-–]\s?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:road|highway|motorway|expressway|route|axis)\b",
    re.IGNORECASE,
)
#: a capital as the subject of saying: its government ("Tbilisi says", "Moscow accused Kyiv of")
_SPEAKS_AFTER = re.compile(
    r"\s+(?:says|said|claims|claimed|accuses|accused|denies|denied|blames|blamed|insists|insisted|warns|warned|"
    r"alleges|alleged|maintains|maintained)\b|"
    # an institution by its seat's name: "White House spokesman John Kirby", "a Kremlin spokeswoman"
    r"\s+(?:spokes(?:man|woman|person)|press\s+secretary)\b"
)
_ROAD_AFTER = re.compile(r"\s+(?:road|highway)\b")
#: a village the gazetteer does not know, said to lie in the place that follows: "in Kadisau village in Faskari",
#: "in Kadisau, a village in Faskari", "in the village of Kadisau in Faskari": the event was in a part of that
#: place's area, so the place is a "near" answer (ACLED geo 2), not a pinpoint
_UNKNOWN_VILLAGE_BEFORE = re.compile(
    # (or right after the deed: "bandits stormed Kadawa village in Maru", "attacked the village of X in Y")
    r"\b(?i:in|at|into|on|stormed|attacked|raided|invaded|overran|struck|hit|targeted|besieged|torched|burned|"
    r"burnt)\s+(?:(?i:the)\s+(?i:village|hamlet|settlement|locality|community)\s+of\s+|"
    # a village word written before the name, as in the Philippines, Ethiopia or Colombia: "in Barangay Camansi,
    # Kabankalan City", "in Kebele 04, ...", "in Vereda La Esperanza, ..."
    r"(?:Barangay|Brgy\.|Kebele|Vereda|Village)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:\s+(?i:village|hamlet|settlement|locality|community)|"
    r"\s*,\s*(?i:an?|the)\s+(?:[\w-]+\s+)?(?i:village|hamlet|settlement|locality|community))?"
    r"\s*(?:,|\s(?i:in|of))\s+(?:(?i:the)\s+)?$"
)
#: a place named in the deed's motive: "fired two missiles at a ship in solidarity with Palestinians in Gaza"
_MOTIVE_BEFORE = re.compile(
    r"\b(?:in\s+(?:solidarity|support)\s+(?:with|of))\s+"
    r"[^,.;:]{0,40}$|"
    # what a protest is against ("protested against the Israeli air offensive in Gaza ... in Auckland")
    r"\b(?:against|over|denouncing|condemning)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:war|offensive|bombing|bombardment|"
    r"invasion|occupation|blockade|siege|genocide|massacres?)\s+(?:in|on|of|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: a country named only as a reference for where something else is, or as what a crowd is against: "near the border
#: with Türkiye", "bordering Iraq", "chanting slogans against Turkey", "protested against Israel" (the country is no
#: place of the deed and no vote for the report's country: the town before it may be one the gazetteer lacks)
REFERENCE_COUNTRY_BEFORE = re.compile(
    r"\b(?:borders?\s+with|bordering|(?:border\s+)?(?:area|region|crossing|frontier)s?\s+with|"
    r"(?:slogans?|chant(?:s|ed|ing)?|protest(?:s|ed|ing|ers)?|rall(?:y|ies|ied|ying)|demonstrat(?:ed|ing|ions?|ors)|"
    r"march(?:ed|es|ing)?|anger|outrage|fury)\s+(?:against|at)|denounc(?:ed|ing)|condemn(?:ed|ing))\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: where people went: "fled to", "toward", "displaced to"
_DESTINATION_BEFORE = re.compile(
    r"\b(?:fled\s+(?:to|into|toward|towards)|towards?|toward|returned\s+to|displaced\s+to|evacuated\s+to|"
    r"moved\s+to|relocated\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: the second of the places people fled to: "thousands of residents fled toward Saut-d'Eau and Lascahobas"
_FLED_TOWARD_LIST_BEFORE = re.compile(
    r"\b(?:towards?|fled\s+(?:to|into)|displaced\s+to|evacuated\s+to)\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:[\s-][A-Z][\w'’-]+){0,2}\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$"
)
#: a village not named, in the place that follows: "gunmen stormed a village in Maru", "a settlement in Tsafe"
_SOME_VILLAGE_BEFORE = re.compile(
    r"\b(?i:an?|one|two|three|four|five|several|some|remote|nearby|small)\s+(?:(?:remote|small|farming|nearby|"
    r"border)\s+)?(?i:villages?|hamlets?|settlements?|localit(?:y|ies)|communit(?:y|ies))\s+(?i:in|of)\s+"
    r"(?:(?i:the)\s+)?$"
)
#: a place named only to say where another place is: "Muritke, 35 km outside Lahore", "Abu Ghraib, on the western
#: edge of Baghdad", "the Sharon junction near Netanya", "Ramadi, west of Baghdad", "Mosul's Zuhur district"
_REFERENCE_BEFORE = re.compile(
    r"(?:,|\b(?:junction|road|highway|checkpoint|village|town|area|district|camp|base|neighbou?rhood|suburb|"
    r"crossing|bridge|square|market|mosque|hospital|school|airport|street|settlement|hill|mountain|field|fields))"
    r"\s+(?:(?:about|some|around|roughly)\s+)?(?:(?:in|on|at)\s+the\s+(?:\w+\s+)?(?:edge|outskirts|suburbs|"
    r"fringes?)\s+of|(?:\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\(\d+\s+\w+\)\s+)?"
    r"(?:\w+\s+)?(?:from|of|outside)|near|outside|north(?:east|west)?\s+of|south(?:east|west)?\s+of|east\s+of|"
    r"west\s+of|close\s+to|not\s+far\s+from))\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|capital|village)\s+of\s+)?$",
    re.IGNORECASE,
)
#: "Minya University south of Cairo", "Hilla, also just south of Baghdad": a compass direction from a place right
#: after another place only says where that place is, whatever stands between them
_DIRECTION_OF_BEFORE = re.compile(
    r"\b(?:north(?:east|west)?|south(?:east|west)?|east|west)(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:city|town|capital|village)\s+of\s+)?$",
    re.IGNORECASE,
)
#: "the Kharkiv suburb of ", "the Damascus district of ": what follows is a part of this place
_PART_OF_AFTER = re.compile(
    r"\s+(?:suburbs?|district|neighbou?rhood|quarter|area|town|village)\s+of\s+(?:the\s+)?", re.IGNORECASE
)
_COUNTRYSIDE_BEFORE = re.compile(
    r"(?:\b(?:countryside|rural\s+areas|villages|hinterland)\s+of\s+(?:the\s+)?|\brural\s+)$", re.IGNORECASE
)
#: "Idlib countryside", "Aleppo's western countryside", "Hama's north-eastern countryside": the land around the town
_COUNTRYSIDE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+)?(?:countryside|hinterland)\b",
    re.IGNORECASE,
)
_LOC_BEFORE = re.compile(
    r"\b(?:at|in|on|inside|into|over|across|targeting|targeted|struck|hit|attacked|shelled|bombed|within|of|"
    # the place a territorial deed takes ("M23 captured Kiwanja in North Kivu": Kiwanja, not the province)
    r"captured|recaptured|seized|overran|stormed|raided|besieged|liberated|retook|entered|took\s+control\s+of)\s+"
    r"(?:the\s+)?(?:(?:city|town|village|province|district|area|region|suburb|neighbo(?:u)?rhood|camp|settlement|"
    r"hamlet|locality|municipality|community|villages|towns)\s+of\s+|"
    # "in the state capital Kadugli", "in the provincial capital, Kandahar"
    r"(?:state|provincial|regional|district|county|departmental|local)\s+capital,?\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: the place a deed is told at, after a preposition that would skip it: "from Dembecha, where a drone strike hit a
#: market" (not "a statement from Bagram, where the U.S. military operation is headquartered")
_WHERE_AFTER = re.compile(
    r",\s+where\s+(?:[\w'’-]+\s+){0,5}?(?:struck|hit|attacked|killed|exploded|fell|landed|shelled|bombed|"
    r"opened\s+fire|clashed|stormed|detonated|went\s+off|was\s+fired|were\s+fired)\b",
    re.IGNORECASE,
)
_SKIP_BEFORE = re.compile(
    # (not "15 km from Bannu", "30 kilometres (19 miles) from Mosul": a distance says near)
    r"\b(?:(?<!km\s)(?<!miles\s)(?<!metres\s)(?<!meters\s)(?<!\)\s)(?<!kilometres\s)(?<!kilometers\s)from|"
    r"(?<!next\s)(?<!close\s)(?<!adjacent\s)(?<!road\s)(?<!highway\s)(?<!motorway\s)(?<!leading\s)to|towards?|toward|for|by|with|visited|visit|fled|returned|via|"
    r"reached|stationed\s+(?:at|in)|positioned\s+(?:at|in)|"
    # where a source speaks, or a capital speaking for its state ("Yahya Saree, speaking in Sanaa, said",
    # "strikes at what New Delhi called terrorist infrastructure")
    r"speaking\s+(?:in|from)|told\s+reporters\s+in|(?:news|press)\s+conference\s+in|briefing\s+in|what|"
    # where munitions came from: "The rockets were launched from the outskirts of Mayadin"
    r"(?<!km\s)(?<!miles\s)from\s+the\s+(?:outskirts|direction|vicinity)\s+of|"
    r"based\s+(?:at|in)|headquartered\s+in|born\s+in|native\s+of|borders?|border\s+with|bordering|"
    # ("in neighbouring Sukma" is where it happened)
    r"(?<!\bin\s)neighbou?ring|"
    # ("near the border with Pakistan's South Waziristan district": the other side of the border)
    r"border\s+with\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?['’]s|"
    r"adjacent\s+to|"
    # an organisation's national branch: "Amnesty Kenya", "Red Cross Nigeria" (who speaks, not where)
    r"Amnesty|Amnesty\s+International|Red\s+Cross|Red\s+Crescent|Oxfam|UNICEF|Caritas|MSF|Save\s+the\s+Children)\s+(?:the\s+)?$|"
    # a destination named with its kind ("to the shrine city of Karbala"); "withdrew from the town of X" is there
    r"\b(?:to|towards?|visited|fled\s+to|returned\s+to|via|reached)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:city|town|village|capital)\s+of\s+$",
    re.IGNORECASE,
)
#: a country or province named as the owner of what follows ("Iraq's army", "US consulate", "U.S. patrol")
POSSESSIVE_AFTER = re.compile(
    # (an aircraft's model between: "US B-2 bombers", "Israeli F-35 jets")
    r"['’]s?\b|(?:\s+[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z]?)?\s+(?i:government|officials?|military|army|forces|ministry|"
    r"president|police|authorities|embassy|ambassador|leaders?|troops|soldiers|jets?|warplanes?|bombers|"
    r"gunships?|helicopters?|navy|rebels|militants|"
    r"fighters|planes|aircraft|drones|gunboats|warships|consulate|patrols?|convoys?|bases?|citizens?|nationals?|"
    r"diplomats?|envoys?|administration|intelligence|marines|servicem[ae]n|contractors?|company|companies|"
    # whose strikes: "US air strikes killed 15 militants near Jilib" (the strikes are the US's, Jilib is where)
    r"air\s*strikes?|airstrikes?|drone\s+strikes?|strikes|raids?|missiles?|special\s+forces|commandos?|"
    # a ship by its flag or navy: "a US destroyer in the Red Sea", "a British tanker"
    r"destroyers?|frigates?|cruisers?|tankers?|vessels?|ships?|carriers?|submarines?|freighters?)\b"
)
#: what a country has abroad more often than at home: its name says whose, never where
#: a state's own command or ministry by its possessive: "Ukraine's General Staff", "Russia's Defence Ministry"
_OWN_COMMAND_AFTER = re.compile(
    r"['’]s?\s+(?:(?:armed\s+forces\s+)?general\s+staff|(?:defen[cs]e|foreign|interior)\s+ministry|ministry\s+of\s+"
    r"(?:defen[cs]e|foreign\s+affairs|the\s+interior)|military|army|air\s+force|navy|armed\s+forces|"
    r"security\s+service|intelligence|border\s+guards?)\b",
    re.IGNORECASE,
)
ABROAD_AFTER = re.compile(
    r"\s+(?:consulate|embassy|ambassador|envoys?|diplomats?|citizens?|nationals?|contractors?|company|companies|"
    r"patrols?|convoys?|destroyers?|frigates?|cruisers?|tankers?|vessels?|ships?|carriers?|submarines?|freighters?|"
    r"service\s+members|servicem[ae]n|"
    # who speaks ("A US official said both drones were shot down", "A U.S. defence official confirmed the strikes",
    # "U.S. Central Command said")
    r"(?:(?:defen[cs]e|military|security|intelligence|government|senior|top|administration|naval|army|"
    r"state\s+department|pentagon)\s+){0,2}(?:officials?|spokes(?:man|woman|person)|sources?)|"
    r"Central\s+Command|(?-i:CENTCOM|AFRICOM)|"
    # what a state does in answer, wherever: "the start of the US response", "a US retaliation"
    r"response|retaliation|reprisals?|reaction)\b"
)
#: a place naming where someone or something is from, not where anything happened: "a Washington-based reporter",
#: "the Boston Globe", "a London-born fighter"
MODIFIER_AFTER = re.compile(
    r"-(?:based|born|bred|raised|registered|headquartered|made|flagged|bound|"
    # a sponsor, not a place: "an Iran-backed militia", "Rwanda-backed M23", "a Turkey-funded faction"
    r"backed|supported|sponsored|funded|trained|armed|aligned|allied|affiliated)\b|\s+(?:Globe|Times|Post|Herald|Tribune|"
    r"Journal|Gazette|Chronicle|Courier|Telegraph|Observer|Examiner|Star|Sun|Daily|"
    # a news outlet named after its region or city: "told Sahel Wire", "Kurdistan24", "Rudaw", "Kabul News"
    r"Wire|News|Agency|Radio|TV|Television|Press|Media|Broadcasting|Online)\b|"
    # ("Iran's semi-official Fars news agency said")
    r"\s+news\s+(?:agency|outlet|website|site|channel|service)\b|"
    # a people named like a place: "the Dani tribe", "the Garre clan"
    r"\s+(?:tribe|tribes|tribesmen|clan|clans|clansmen)\b"
)
#: where a named person is from: "Ricardo Munguia of El Salvador", "David Hicks, 26, from the southern Australian
#: city of Adelaide", "Moussa Ranimat, 28, of Kafr Tsurif" (a first and last name, an age, then of / from)
_ORIGIN_BEFORE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+),?\s+(?:\d{1,3},\s+)?(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|state|province)\s+of\s+)?$"
)
#: an official's seat ("said Moulaye Guindo, mayor of nearby Bankass"): said to be "nearby", it is not where the
#: deed was (a bare seat, "the governor of Anbar", often is: that one stays a candidate)
#: a vessel named after its kind: "the bulk carrier Aurora Meridian", "the tanker Marlin Luanda", "MV Rubymar"
VESSEL_BEFORE = re.compile(
    r"\b(?:ship|vessel|tanker|carrier|freighter|cargo\s+ship|container\s+ship|merchant\s+ship|bulker|"
    r"destroyer|frigate|warship|cruiser|corvette|submarine|trawler|dhow|ferry|yacht|(?-i:MV|M/V|MT|SS|USS|HMS|INS))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:mayor|governor|deputy\s+governor|prefect|sub-prefect|administrator|commissioner|MP|lawmaker|"
    r"spokes(?:man|woman|person)|chairman|chairwoman|imam|bishop|district\s+chief|council\s+head|head|chief)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|village|district|province|region|county|state|governorate|municipality|"
    r"commune|department|prefecture|locality)\s+of\s+)?$"
)
#: an office named by its area before the title: "Bastar range Inspector General P. Sundarraj", "the Bijapur SP",
#: "Kandahar police chief" (whose office; with "said" after it, a source's, never where)
_OFFICE_AFTER = re.compile(
    r"\s+(?:(?i:range|zone|division|district|police|provincial|city)\s+)?(?:(?:Deputy\s+)?Inspector[\s-]General|"
    r"(?:Deputy\s+|Senior\s+)?Superintendent\s+of\s+Police|D?IGP?|S?SP|Deputy\s+Commissioner|"
    r"(?:Police\s+)?Commissioner|(?i:police\s+chief|police\s+commissioner))\b"
)
_SAID_AFTER_OFFICE = re.compile(r"(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,4},?\s+(?:said|says|told)\b")
_SOURCE_OFFICE_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to|quoted)\b[^.;]{0,50}$", re.IGNORECASE)
_NEARBY_OFFICE_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:nearby|neighbou?ring)\s+(?:[\w-]+\s+)?$")
#: words that make a capitalised run a place's or an institution's name, not a person's ("the Old City of Mosul")
_NOT_PERSON_WORDS = frozenset(
    [
        "City",
        "Town",
        "Village",
        "Province",
        "State",
        "Republic",
        "District",
        "County",
        "Governorate",
        "Region",
        "Gulf",
        "Sea",
        "Bank",
        "University",
        "Port",
        "Island",
        "Islands",
        "Kingdom",
        "Emirate",
        "Strip",
        "Heights",
        "Valley",
        "Camp",
        "Base",
        "Airport",
        "Ministry",
        "Council",
        "Committee",
        "Union",
        "Nations",
        "Court",
    ]
)


def _origin_of_person(before: str) -> bool:
    """``before`` ends with a person's name and "of" / "from": the place after it is where the person is from."""
    m = _ORIGIN_BEFORE.search(before)
    return m is not None and not _NOT_PERSON_WORDS.intersection(m.group("name").split())


#: a national capital standing for its government ("Washington's new ambassador", "Moscow's envoy", "the Kabul
#: government"): whose, never where; a bare possessive stays a place ("Baghdad's Karrada district")
_CAPITAL_FOR_STATE_AFTER = re.compile(
    r"(?:['’]s?)?(?:\s+(?:new|top|own|former|chief|senior))?\s+(?:government|officials?|ministry|president|"
    r"authorities|embassy|ambassador|envoys?|diplomats?|administration|leaders?|leadership|regime|allies|proxies)\b|"
    # what a state wages: "the deadliest attack of Washington's month-long campaign", "Moscow's war"
    r"['’]s?(?:\s+[\w-]+){0,2}?\s+(?:campaign|war|offensive|policy|sanctions|strategy|backing|support|response|"
    r"retaliation|decision|demands?|operation)\b"
)
#: a town's name that names a weapon or aircraft model ("a Black Hawk helicopter", "Tomahawk missiles")
MODEL_AFTER = re.compile(
    r"\s+(?:helicopters?|choppers?|gunships?|missiles?|drones?|fighter\s+jets?|jets?|bombers?|tanks?|rifles?|"
    r"howitzers?|launchers?)\b"
)
#: a country or its capital as the subject of a deed is who acted, not where ("Israel had captured Sinai",
#: "Moscow launched strikes on ..."): the place is what the deed reached
ACTOR_DEED_AFTER = re.compile(
    r"(?:\s+(?:had|has|have|also|then|reportedly|later|again))?\s+(?:captured|attacked|bombed|shelled|struck|"
    r"launched|raided|invaded|seized|fired|shot|downed|targeted|retaliated|annexed|occupied|killed|pounded|"
    r"bombarded|stormed|ambushed|executed|sent|deployed|hit|carried\s+out|conducted|waged|mounted|staged)\b"
)
#: a country named as the agent of a deed ("killed by Israel", "weapons supplied by the United States"): who
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
#: a part of a town named by a generic phrase ("the Old City of Mosul", "the New Town of X"): the town after "of" is
#: the place; the phrase alone is some other Old City (Jerusalem's)
_GENERIC_PART = re.compile(r"(?:old|new|upper|lower|inner)\s+(?:city|town|quarter)", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\s")
#: a place name used as the name of talks, a deal or a process ("the Geneva initiative", "the Astana talks", "the
#: Minsk agreements"): not where anything happened
_NAMED_AFTER = re.compile(
    r"\s+(?:initiative|agreements?|accords?|talks|process|conference|summit|declaration|protocol|convention|"
    r"format|deal|peace\s+plan|negotiations)\b"
)
#: "the Kokrajhar district of Assam", "the Suleimaniyeh district of Aleppo": the second place only contains the first
#: a name followed by another capitalised word: part of a longer name ("Adan Yabaal", "Sinai Province")
_NAME_GOES_ON = re.compile(
    r"[ -](?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Province|Governorate|Region|District|City|Town|Village|"
    r"Airport|Base|Camp|Street|Road|Square|Valley|River|Dam|Bridge|Mountains?|University|Hospital|Prison|Market|"
    r"Mosque|Church|Stadium|Gate|Crossing|Port|Harbou?r|State|County|Oblast)\b)(?-i:[A-Z][a-z]{2,})\b"
)
#: the capitalised word that goes on after a name: the next part of a longer name ("Shahbaz Khel", "Donga-Mantung",
#: "Let Pan Hla"), not a word of a unit, a feature or an institution named after the place ("Palmyra Desert", "Manbij
#: Military Council", "Tadmur Badia")
_FRAGMENT_AFTER = re.compile(
    r"[ -](?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Province|Governorate|Region|District|City|Town|Village|"
    r"Airport|Base|Camp|Street|Road|Square|Valley|River|Dam|Bridge|Mountains?|University|Hospital|Prison|Market|"
    r"Mosque|Church|Stadium|Gate|Crossing|Port|Harbou?r|State|County|Oblast|Desert|Badia|Plains?|Countryside|Hills?|"
    r"Heights|Sector|Axis|Front|Corridor|Pocket|Enclave|Highway|Junction|Islands?|Coast|Gulf|Lake|Sea|Strait|Basin|"
    r"Delta|Oasis|Forest|Zone|Division|Department|Prefecture|Township|Municipality|Emirate|Wilayat|Military|"
    r"Council|Local|Area|Territory|Brigades?|Forces|Police|Army|Operations|Command|Airbase|Airfield|Refugee|International|Central|"
    r"Governor|Mayor|Bank|Times|Post|News|Radio|Television|Agency|Chamber|Museum|School|College|Institute)\b)"
    r"(?-i:[A-Z][a-z]{2,})\b"
)
#: a capitalised word right before a name, itself after a lowercase word or a comma: the name is the end of a
#: longer one ("Government of National Unity") - not a sentence's first word, a function word ("The", "Near"), a
#: direction ("North Jobar", "Eastern Ghouta"), a demonym ("Iraqi Kurdistan") or a feature's word ("Mount Sinjar")
_NAME_GOES_BEFORE = re.compile(
    r"[a-z,]\s(?!(?:The|And|But|For|From|Near|With|Into|Inside|Outside|Across|Around|Along|Between|Within|Toward|"
    r"Towards|Mount|Lake|Camp|Fort|Port|Cape|Saint|San|Santa|Greater|Central|North|South|East|West|Northern|Southern|"
    r"Eastern|Western|Upper|Lower|Old|New|Tel|Tal|Jabal|Jebel|Wadi|Deir|Bab|Ras|Bir|Kafr|Beit|Ain|Ayn|Sheikh|"
    r"Shaikh|Abu|Umm|County|Bani|Beni|Khirbet|Tell|Qasr|Sidi|Lac|Rio|Puerto|Villa|Ciudad|Nueva|Nuevo)\b)"
    r"(?-i:[A-Z][a-z]{2,})(?<!ian)(?<!ese)(?<!ish)(?<!i)[ -]$"
)


def name_fragment(
    text: str, start: int, end: int, starts: Collection[int] = (), *, after: bool = True
) -> bool:
    """The name at ``text[start:end]`` is only part of a longer proper name ("Shahbaz Khel", "Donga-Mantung",
    "National Unity"): a place the gazetteer lacks, not this one. ``starts``: where the text's place mentions start
    (a name followed by another place's name, "Damascus Ghouta", is two places). ``after``: whether a name going on
    counts (only the name's first word may be this place)."""
    goes_on = _FRAGMENT_AFTER.match(text, end) if after else None
    if goes_on is not None and goes_on.start() + 1 not in starts:
        return True
    before = _NAME_GOES_BEFORE.search(text, max(0, start - 30), start)
    # (the word before is a place's name itself: "Eastern Damascus Ghouta")
    return before is not None and before.start() + 2 not in starts


_PART_WORD_END = re.compile(
    r"\s(?:district|neighbou?rhood|quarter|suburb|area|sub-?district|municipality)$", re.I
)
_OF_THE_BETWEEN = re.compile(r"\s+of\s+(?:the\s+)?")
_CONTAINER_BETWEEN = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|suburb|area|sub-?district|county|municipality)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: a projectile fired toward a place: that place is its target ("fired two rockets toward Sderot")
_FIRED_TOWARD = re.compile(
    r"\b(?:fired|launched|lobbed|shot)\b[^.;]{0,60}\btowards?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
#: a building or market named after a place, said to be in another: "the Naivasha market in El Fasher"
_PART_OF_TOWN_AFTER = re.compile(
    # (not "the Kulgam district of Kashmir": a district is the place itself, inside the area named next)
    r"\s+(?:market|souk|hospital|clinic|school|university|restaurant|hotel|bakery|stadium|mosque|church)\s+in\s+"
    r"(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: who fires, named with where they are: "Militants in Gaza", "Hezbollah fighters in south Lebanon"
_SHOOTERS_IN_BEFORE = re.compile(
    r"\b(?:militants|fighters|rebels|insurgents|gunmen|forces|troops|militias?|militiamen|groups?|factions|Houthis|"
    r"Hezbollah|Hamas|Hizbollah|army|artillery|units?)\s+(?:based\s+)?in\s+(?:(?:the\s+)?(?:south|southern|north|"
    r"northern|east|eastern|west|western|central|occupied|neighbou?ring)\s+)?$",
    re.IGNORECASE,
)
#: ... and fire at a place named after: the place they fire from is no place of the event
_FIRED_AT_AFTER = re.compile(
    r"(?:\s+(?:have|had|has|also|again|then|later))?\s+(?:fired|launched|lobbed|shot)\b[^.;]{0,80}?"
    r"\b(?:at|towards?|toward|into|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
#: works named after the town they lie away from (ACLED: near the town, geo 2): "the Merowe dam", "the Rumaila oil
#: field", "the Mosul dam reservoir"; and high ground named after it ("the Latakia mountains", "Sinjar mountain")
_OUTLYING_WORKS_AFTER = re.compile(
    r"\s+(?:hydro(?:electric|power)\s+)?(?:dam|reservoir|oil\s*field|gas\s*field|"
    r"(?:gold|copper|coal|diamond|cobalt|coltan|tin)\s+mines?|mountains?|hills|heights)\b",
    re.IGNORECASE,
)
#: between a deed and the place it was aimed at: "fired rockets from Lebanon at", "launched a drone at",
#: "opened fire on", "fired two missiles into"
_TARGET_BETWEEN = re.compile(
    # ("intercepted over Sderot": where it was downed)
    r"(?:\s+(?:[\w'’-]+\s+){0,6}?)?\s*\b(?:at|on|into|targeting|towards?|over)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|port)\s+of\s+)?",
    re.IGNORECASE,
)
_MODAL_BETWEEN = re.compile(
    r"\b(?:planning|planned|plans|plan|intend(?:ed|s)?|threaten(?:ed|s)?|vow(?:ed|s)?|"
    r"would|could|will|aim(?:ed|s|ing)?)\s+to\b",
    re.IGNORECASE,
)
_FACILITY_WORDS = re.compile(
    r"\b(air\s*base|airbase|air\s+field|airfield|airport|base|camp|port|harbou?r|"
    r"military\s+base|barracks)\b",
    re.IGNORECASE,
)


#: "the Iraqi capital", "Syria's capital", "the capital of Yemen", "in the capital": a country's capital named
#: without its name (lowercase "capital": "Capital FM" is a name; money and law senses are left out)
_CAPITAL = re.compile(
    r"\b(?:(?:(?:the|The)\s+)?(?P<dem>[A-Z][\w-]+)\s+capital(?:\s+city)?"
    r"|(?P<the>the|The)\s+capital(?:\s+city)?(?:\s+of\s+(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?"
    r"|(?P<own>[A-Z][\w.-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+capital(?:\s+city)?)\b"
    r"(?!\s+(?:punishment|gains?|markets?|flight|expenditure|investments?|spending|projects?|controls?|"
    r"letters?|offen[cs]es?|cases?|crimes?|murder|charges?|requirements?|injections?|budget|goods))"
)
#: its matches' starts skipped to in C (see :func:`incidents.textscan.first_led`; the same matches, 40 % faster)
_CAPITAL_LED = first_led(_CAPITAL)


#: peoples whose land is not (or not only) a state: their "capital" is a region's ("the Kurdish capital", Erbil)
_PEOPLES_WITHOUT_STATE = frozenset(
    {
        "kurdish",
        "palestinian",
        "basque",
        "catalan",
        "tamil",
        "kashmiri",
        "tibetan",
        "uyghur",
        "chechen",
        "druze",
    }
)


def capital_mentions(
    text: str, places: Sequence[object], gazetteer: object, report_iso3: str | None
) -> list[object]:
    """Place mentions for a country's capital said without its name.

    "the Iraqi capital" (a demonym), "Syria's capital" / "the capital of Yemen" (a country the report names
    there), "in the capital" (the report's main country). The mention spans the phrase and resolves to the capital
    at settlement precision; a country mention inside it ("Syria" of "Syria's capital") gives way to it. "The
    capital of Anbar province" is a provincial capital, not the country's: left to the province's mention.
    """
    from geodata.build import demonyms
    from geodata.model import Candidate, PlaceMention
    from geodata.names import normalize_name

    if "capital" not in text:
        return []
    dem = demonyms()
    out = []
    tops = {pm.candidates[0].place.iso3 for pm in places if pm.candidates}  # type: ignore[attr-defined]
    named = {
        pm.candidates[0].place.iso3  # type: ignore[attr-defined]
        for pm in places
        if pm.candidates and pm.pattern in ("country", "admin1", "facility")  # type: ignore[attr-defined]
    }
    # "the capital" alone is the main country's only when the report is sure of it: that country is named, or every
    # place it names lies there (one wrongly resolved village must not send "the capital" to Tripoli)
    main = report_iso3 if report_iso3 and (report_iso3 in named or tops == {report_iso3}) else None
    for m in finditer_led(_CAPITAL, _CAPITAL_LED, text, 0, len(text)):  # _CAPITAL.finditer(text)
        iso3 = None
        if m.group("dem"):
            said = normalize_name(m.group("dem"))
            before = text[max(0, m.start() - 30) : m.start()].split()
            if said in _PEOPLES_WITHOUT_STATE or (
                before and before[-1][:1].isupper() and before[-1] != "The"
            ):
                continue  # "Iraq Kurdish capital" is Erbil, not Baghdad
            iso3 = dem.get(said)  # not a demonym: "Kurdistan Region capital"
        elif m.group("of") or m.group("own"):
            a, b = m.span("of") if m.group("of") else m.span("own")
            inside = [pm for pm in places if a <= pm.start < b and pm.candidates]  # type: ignore[attr-defined]
            if {pm.candidates[0].place.kind for pm in inside} != {"country"}:  # type: ignore[attr-defined]
                continue  # a province's or a town's capital, or an unknown name
            iso3 = inside[0].candidates[0].place.iso3  # type: ignore[attr-defined]
        elif m.group("the"):
            iso3 = main
        place = gazetteer.capital(iso3) if iso3 else None  # type: ignore[attr-defined]
        if place is None:
            continue
        if m.group("dem"):
            start = m.start("dem")  # "Iraqi capital"
        elif m.group("the"):
            start = text.index("capital", m.start())  # "capital", "capital of Yemen"
        else:
            start = m.start()  # "Syria's capital"
        out.append(
            PlaceMention(
                start=start,
                end=m.end(),
                surface=text[start : m.end()],
                pattern="name",
                candidates=(Candidate(place=place, score=1.0, precision="settlement"),),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class PlaceChoice:
    """The chosen place of one event mention."""

    mention: object  # geodata.PlaceMention
    candidate: object  # geodata.Candidate
    near: bool
    score: float


_NOT_NEWLINE = re.compile(r"[^\n]")


def mask_outside(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """``text`` with everything outside ``ranges`` replaced by spaces (line breaks kept): offsets stay valid."""
    parts = []
    pos = 0
    for s, e in sorted(ranges):
        if s > pos:
            parts.append(_NOT_NEWLINE.sub(" ", text[pos:s]))
        parts.append(text[max(s, pos) : e])
        pos = max(pos, e)
    if pos < len(text):
        parts.append(_NOT_NEWLINE.sub(" ", text[pos:]))
    return "".join(parts)


def place_precision(kind: str, *, near: bool) -> LocationPrecision:
    """Location precision of a place of ``kind`` (near overrides the point levels)."""
    if kind in ("site", "airport", "settlement") and near:
        return LocationPrecision.NEAR
    if kind in ("site", "airport"):
        return LocationPrecision.SITE
    try:
        level = LocationPrecision(kind)
    except ValueError:
        return LocationPrecision.UNKNOWN
    if near and level is LocationPrecision.ADMIN2:
        return LocationPrecision.NEAR
    return level


def _norm(s: str) -> str:
    from geodata import normalize_name

    return normalize_name(s)


def place_label(surface: str, place: object, *, near: bool) -> str:
    """A human label: the gazetteer's name when it contains the name as written, else the text's spelling with
    facility words capitalised ("Ain al-Asad air base" -> "Ain al-Asad Air Base")."""
    name = place.name  # type: ignore[attr-defined]
    kind = place.kind  # type: ignore[attr-defined]
    label = name
    if kind in ("settlement", "admin2", "admin1"):
        said = re.sub(r"['’]s$", "", surface.strip())
        said = re.sub(
            r"\s+(?:province|governorate|region|oblast|district|department)$", "", said, flags=re.IGNORECASE
        )
        label = said if said and "capital" not in said else name  # "the Iraqi capital": Baghdad
    if kind in ("site", "airport"):
        core = _FACILITY_WORDS.sub("", surface).strip(" -’'")
        if not core or _norm(core) not in _norm(name):
            label = _FACILITY_WORDS.sub(lambda m: m.group(0).title(), surface.strip())
            label = re.sub(r"^(?:the|an?)\s+", "", label, flags=re.IGNORECASE)
    return f"near {label}" if near else label


_PART_KM = 60.0  # a district or suburb lies within this of the place it is "of"


def _size(place, *, holder: bool = False) -> int:  # type: ignore[no-untyped-def]
    """How big a place is, to tell which of "the X suburb of Y" holds the other: people, a province or a country
    bigger than any town; as the ``holder`` (Y), a district too ("the Datta Khel area of North Waziristan"; not as
    X: "the Barada Valley area of rural Damascus" is the valley, Damascus standing for its countryside)."""
    if place.kind in ("admin1", "country"):
        return 10**9
    return 10**8 if holder and place.kind == "admin2" else int(place.population or 0)


#: a locative that reaches through a town's possessive to a site or area in it: "inside Baghdad's heavily fortified
#: Green Zone" (not to a town: "a commander in Iraq's Mosul" says whose commander)
_LOC_THROUGH_POSSESSIVE = re.compile(
    r"\b(?:in|inside|at|near|into|on|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_REGION_ADJ_BEFORE = re.compile(
    r"\b(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)"
    r"\s+$",
    re.IGNORECASE,
)
_REGION_KM = 500.0
#: the kinds of place that are a point (a town, a site, a district), not an area
POINT_KINDS = ("settlement", "site", "airport", "admin2")
#: what joins a place to the province or country said to hold it: "Kuchi in Zamfara state", "Kuchi, Nigeria",
#: "Kuchi in the northwestern state of Zamfara"
_IN_AREA_BETWEEN = (
    r"(?:\s*,\s*|(?i:\s+(?:village\s+|town\s+|hamlet\s+|community\s+)?in\s+(?:the\s+)?))(?i:(?:central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western)\s+)?(?i:(?:state|province|region|governorate|district|"
    r"county|department|prefecture|oblast)\s+of\s+)?"
)
_DISTRICT_AFTER = re.compile(
    # (DR Congo's territories, South Asia's tehsils and upazilas, Ethiopia's woredas, Ukraine's raions)
    # ("Imphal West district", "Kamrup Metropolitan district": a district named after the town with a qualifier)
    r"\s+(?:(?:(?-i:North|South|East|West|Central|Upper|Lower|Metropolitan|Rural)\s+)?"
    r"(?:district|county|sub-?district|municipality|local\s+government\s+area|LGA|territory|tehsil|"
    r"taluka|upazila|woreda|raion|rayon|cercle)\b(?!\s+(?:council|court))"
    # ("the Kyivskyi district of Kharkiv" names a part of the city after it; "Tsafe Local Government Area of
    # Zamfara State" the area of the town in a state)
    r"(?!\s+of\b(?!\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:state|province|region|governorate|"
    r"oblast|department|prefecture)\b))"
    # ("the Mir Ali area of North Waziristan": around the town, whatever holds it)
    r"|area\b(?!\s+(?:council|court)))",
    re.IGNORECASE,
)


#: "the Jiribam district of ": a district named after its town, of the area named next (read by
#: :func:`_district_of_province`; "the Kyivskyi district of Kharkiv" is a part of the city, see _DISTRICT_AFTER)
_DISTRICT_OF_AFTER = re.compile(
    r"\s+(?:district|county|sub-?district|municipality|tehsil|taluka|upazila|woreda|raion|rayon|cercle|territory)"
    r"\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _district_of_province(text: str, places: Sequence[object], pm: object) -> bool:
    """ "Jiribam district of Manipur", "the Kech district of Balochistan": the district of a province or country,
    around its town (ACLED geo 2), where "the Kyivskyi district of Kharkiv" (of a town) is a part of that town."""
    m = _DISTRICT_OF_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
    return m is not None and any(
        o.start == m.end()  # type: ignore[attr-defined]
        and o.candidates  # type: ignore[attr-defined]
        and o.candidates[0].place.kind in ("admin1", "country")  # type: ignore[attr-defined]
        for o in places
    )


def _place_before(places: Sequence[object], pm: object) -> object | None:
    """The last place mention with candidates that ends before ``pm`` starts (mentions are in text order)."""
    prev = None
    for o in places:
        if o.end <= pm.start and o.candidates:  # type: ignore[attr-defined]
            prev = o
        elif o.start >= pm.start:  # type: ignore[attr-defined]
            break
    return prev


def _holds_named_village(text: str, places: Sequence[object], pm: object) -> bool:
    """``pm`` is the place said to hold a town or village the gazetteer knows, named right before it with an
    apposition ("Miringa, a village in Biu")."""
    prev = _place_before(places, pm)
    return (
        prev is not None
        and prev.candidates[0].place.kind in ("settlement", "site")  # type: ignore[attr-defined]
        and apposition(text[prev.end : pm.start])  # type: ignore[attr-defined]
    )


#: what lies between a place and the countryside holding it: "Jabal al-Akrad in the northern countryside of ",
#: "Kafr Nabl, in the southern villages of " (the countryside's town follows)
_IN_COUNTRYSIDE_OF_BETWEEN = re.compile(
    r"\s*,?\s+(?:in|of)\s+(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+)?"
    r"(?:countryside|rural\s+areas|villages|hinterland)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: ... or before "<town> countryside": "Jabal al-Turkman in Latakia countryside", "Atarib, in the Aleppo countryside"
_IN_BETWEEN = re.compile(r"\s*,?\s+in\s+(?:the\s+)?", re.IGNORECASE)


def _held_by_countryside(text: str, places: Sequence[object], pm: object) -> bool:
    """``pm`` is a town whose countryside is said to hold the place named right before it ("Jabal al-Akrad in the
    northern countryside of Latakia"): the place named is where it was, the countryside only frames it. Any kind
    of place below a province counts (a village, a mountain area, a site), since the countryside is coarser."""
    prev = _place_before(places, pm)
    if prev is None or prev.candidates[0].place.kind in ("country", "admin1"):  # type: ignore[attr-defined]
        return False
    between = text[prev.end : pm.start]  # type: ignore[attr-defined]
    if len(between) > 60:
        return False
    if _IN_COUNTRYSIDE_OF_BETWEEN.fullmatch(between):
        return True
    return bool(_IN_BETWEEN.fullmatch(between) and _COUNTRYSIDE_AFTER.match(text, pm.end))  # type: ignore


_VILLAGE_WORD = re.compile(r"(?i:village|hamlet|settlement|locality|community|barangay|brgy\.|kebele|vereda)")


def _unknown_village_before(text: str, places: Sequence[object], before: str, start: int) -> bool:
    """A village not named, or one the gazetteer lacks, is told right before the place said to hold it (see
    :data:`_SOME_VILLAGE_BEFORE`, :data:`_UNKNOWN_VILLAGE_BEFORE`): a village word must say what it is, and no
    place was found in its name."""
    if _SOME_VILLAGE_BEFORE.search(before):
        return True
    m = _UNKNOWN_VILLAGE_BEFORE.search(before)
    if m is None or m.group("name") == m.group(0):
        return False
    said = m.group(0)
    if not _VILLAGE_WORD.search(said):
        return False
    a = start - len(before) + m.start("name")
    b = start - len(before) + m.end("name")
    return not any(
        a <= o.start < b and o.candidates and not held_abroad(text, places, o)  # type: ignore[attr-defined]
        for o in places
    )


#: a named place of a kind, right before the word that says it is near a landmark: "the Abu Shouk camp near"
_NAMED_KIND_NEAR_BEFORE = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})\s+(?:(?:displacement|refugee|IDP|army|military)\s+)?"
    r"(?:camp|village|hamlet|settlement|base|market|neighbou?rhood|quarter|district|area)\s+(?:near|outside|close\s+to|"
    r"(?:on|at)\s+the\s+(?:\w+\s+)?(?:edge|outskirts)\s+of)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$",
    re.IGNORECASE,
)


def _unknown_named_before(places: Sequence[object], before: str, start: int) -> bool:
    """A place the gazetteer lacks is named, with its kind, right before the landmark word ("the Abu Shouk camp
    near"): the landmark says where that place is, so the deed is near the landmark."""
    m = _NAMED_KIND_NEAR_BEFORE.search(before)
    if m is None:
        return False
    a = start - len(before) + m.start("name")
    b = start - len(before) + m.end("name")
    return not any(a <= o.start < b and o.candidates for o in places)  # type: ignore[attr-defined]


def _place_inside(places: Sequence[object], pm: object, town: object, ss: int, se: int) -> bool:
    """Another place named in ``[ss, se)`` lies within :data:`_PART_KM` of ``town`` (inside the region its name
    stands for here: "central Gaza ... Nuseirat")."""
    from geodata.distance import haversine_km

    if town.lat is None:  # type: ignore[attr-defined]
        return False
    for o in places:
        if o is pm or not (ss <= o.start < se) or not o.candidates:  # type: ignore[attr-defined]
            continue
        p = o.candidates[0].place  # type: ignore[attr-defined]
        if (
            p.kind in ("settlement", "site", "airport")
            and p.lat is not None
            and p.place_id != town.place_id  # type: ignore[attr-defined]
            and haversine_km(p.lat, p.lon, town.lat, town.lon) <= _PART_KM  # type: ignore[attr-defined]
        ):
            return True
    return False


def _close(a: object, b: object) -> bool:
    """Place ``a`` lies within :data:`_PART_KM` of town ``b``, or in the country of area ``b``."""
    from geodata.distance import haversine_km

    # an area's point says nothing of its extent: the country has to do; a region of no country ("Kashmir",
    # "the Sahel") is near enough when its point is within a region's reach
    if b.kind in ("admin1", "admin2", "country") and b.iso3 is None and None not in (a.lat, b.lat):  # type: ignore
        return haversine_km(a.lat, a.lon, b.lat, b.lon) <= _REGION_KM  # type: ignore[attr-defined]
    if b.kind in ("admin1", "admin2", "country") or a.lat is None or b.lat is None:  # type: ignore[attr-defined]
        return a.iso3 == b.iso3  # type: ignore[attr-defined]
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= _PART_KM  # type: ignore[attr-defined]


def _abroad(area: object, place: object) -> bool:
    """``place`` is in another country than ``area`` (a province or country) and not in a province of that name.

    Only another country counts: within one country a town and the province said to hold it may disagree
    through simplified borders or other province names ("Brighton, southern England"); a settlement that
    GeoNames gives to one country and the boundaries to the named area (Ariel "in the West Bank") is inside.
    """
    if place.kind not in POINT_KINDS or not place.iso3 or place.iso3 == area.iso3:  # type: ignore[attr-defined]
        return False
    return not (area.kind == "admin1" and place.admin1 and place.admin1 == (area.admin1 or area.name))  # type: ignore


def _area_named_after(text: str, places: Sequence[object], pm: object, se: int) -> object | None:
    """The mention of the province or country said to hold place ``pm`` right after it ("X in Y state", "X, Y",
    "X and Z in Y state"), or None."""
    for o in places:
        if o.start < pm.end or not o.candidates:  # type: ignore[attr-defined]
            continue
        if o.start > pm.end + 80 or o.end > se:  # type: ignore[attr-defined]
            return None
        area = o.candidates[0].place  # type: ignore[attr-defined]
        if (
            area.kind in ("admin1", "country")
            and area.iso3
            and _HELD_BETWEEN.fullmatch(text, pm.end, o.start)  # type: ignore[attr-defined]
            # (not "Lubumbashi, Zaire's second city", nor a list going on: "the West Bank, Golan Heights, Gaza
            # Strip and Sinai")
            and (not _NOT_HOLDING_AFTER.match(text, o.end) or _country_after(text, places, o, area.iso3))  # type: ignore
        ):
            return o
    return None


def held_abroad(text: str, places: Sequence[object], pm: object) -> bool:
    """Town mention ``pm`` is said to lie in a province or country ("Kuchi in Zamfara") where none of its
    namesakes the gazetteer knows lies: its candidates are namesakes abroad (no vote for their country)."""
    if not pm.candidates or pm.candidates[0].place.kind not in POINT_KINDS:  # type: ignore[attr-defined]
        return False
    held = _area_named_after(text, places, pm, len(text))
    if held is None:
        return False
    return all(_held_elsewhere(text, held, c.place) for c in pm.candidates)  # type: ignore[attr-defined]


#: a town named abroad by another of its names is dropped only below this size (cities keep their old or foreign
#: names: "Salonika", "Bombay")
_ALIAS_ABROAD_MAX_POPULATION = 250_000


def alias_only(pm: object, place: object) -> bool:
    """The mention names ``place`` by one of its other names, not by its own ("Tirah" for Tehran, "Kuki" for
    Kukichūō)."""
    from geodata.names import normalize_name

    said, own = normalize_name(pm.surface), normalize_name(place.name)  # type: ignore[attr-defined]
    return bool(said) and said != own and not own.startswith(said + " ") and not said.startswith(own + " ")


def _held_elsewhere(text: str, held: object, place: object) -> bool:
    """``place`` is not in the area mention ``held`` said to hold it: in another country, or (for a province said
    as one, "in Katsina State") in another province far from it: "Mahuta village in Katsina State" is no Mahuta of
    Kebbi (within a country, borders simplified and other province names otherwise make a town and its province
    disagree)."""
    area = held.candidates[0].place  # type: ignore[attr-defined]
    if _abroad(area, place):
        return True
    province_said = area.kind == "admin1" and (
        bool(_PROVINCE_WORD_AFTER.match(text, held.end))  # type: ignore[attr-defined]
        or bool(_PROVINCE_WORD_END.search(text, held.start, held.end))  # type: ignore[attr-defined]
        # (or a province's name that is no town of it: "El Aguaje in Michoacán" says the state as surely as
        # "Michoacán state" does, where "a village in Kano" may mean Kano city)
        or (
            not any(
                c.place.kind == "settlement" and c.place.admin1 == (area.admin1 or area.name)
                for c in held.candidates  # type: ignore[attr-defined]
            )
            # (and only where its outline says the place is outside it: "Brighton, southern England" is in
            # England, a region over the counties the gazetteer files towns under, with no outline of its own)
            and _outside_outline(area, place)
        )
    )
    return province_said and _other_province(area, place)


def _outside_outline(area: object, place: object) -> bool:
    """``place`` lies beyond the polygon of province ``area`` (with its slack); False when the province has none."""
    from geodata.boundaries import admin1_polygon
    from geodata.distance import near_admin1

    code = area.place_id.removeprefix("adm1:")  # type: ignore[attr-defined]
    if code == area.place_id or place.lat is None or admin1_polygon(code) is None:  # type: ignore[attr-defined]
        return False
    return not near_admin1(code, place.lon, place.lat)  # type: ignore[attr-defined]


#: a province said as one: "Katsina State", "Sagaing Region", "Kherson Oblast"
_PROVINCE_WORD_AFTER = re.compile(r"\s+(?i:state|province|region|governorate|oblast|prefecture|department)\b")
_PROVINCE_WORD_END = re.compile(r"\s(?i:state|province|region|governorate|oblast|prefecture|department)$")
#: a namesake this far from the province said to hold the place is another place
_OTHER_PROVINCE_KM = 150.0


def _other_province(area: object, place: object) -> bool:
    """``place`` (in the province's country) lies in another province, far from the one named."""
    from geodata.distance import haversine_km

    if place.kind not in POINT_KINDS or place.iso3 != area.iso3 or not place.admin1:  # type: ignore[attr-defined]
        return False
    if place.admin1 == (area.admin1 or area.name) or area.lat is None or place.lat is None:  # type: ignore
        return False
    return haversine_km(area.lat, area.lon, place.lat, place.lon) > _OTHER_PROVINCE_KM  # type: ignore


#: "Tayba, south of Wad Madani", "Kafr Nabudah, 40 km northwest of Hama", "Kanan village near Kanbalu", "Lido
#: beach in Mogadishu": the landmark (a town, for "in") said to be near the place
_LANDMARK_AFTER = re.compile(
    # (a camp too: "the Hamidiya camp near Tal Afar", the only Hamidiya known being in Iran)
    # (and a district or valley: "Juba district, south of Marib", the only Juba known being South Sudan's capital)
    r"(?:\s+(?:(?:displacement|refugee|IDP|army|military)\s+)?(?:village|town|hamlet|locality|camp|"
    r"(?P<unit>district|sub-?district|valley|area|township)))?\s*,?\s*"
    r"(?:(?:about|some|around|roughly|just|nearly)\s+)?(?:"
    r"(?:(?P<n>\d+(?:\.\d+)?)\s*(?P<u>km|kilomet(?:er|re)s?|miles?)\s+(?:\(\d+(?:\.\d+)?\s*\w+\)\s+)?)?"
    r"(?P<dir>(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of)|near|close\s+to|outside|not\s+far\s+from|"
    r"(?P<in>in))\s+"
    r"(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+)?(?:city|town|capital|village)\s+of\s+)?",
    re.IGNORECASE,
)
_NOT_A_LANDMARK_AFTER = re.compile(r"\s?[-–]\s?\w")
#: a road named by the towns it joins: "the Quetta-Karachi highway", "the Bannu-Miranshah road"
_ROAD_WORDS = r"(?:highway|road|motorway|expressway|freeway|national\s+road|railway|rail\s+line|corridor)"
_ROAD_TO_AFTER = re.compile(
    r"\s?[-–]\s?(?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*){0,2}\s+" + _ROAD_WORDS + r"\b", re.IGNORECASE
)
_ROAD_FROM_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’]*\s?[-–]\s?$")
_ROAD_WORD_AFTER = re.compile(r"\s+" + _ROAD_WORDS + r"\b", re.IGNORECASE)
#: a place this far from the landmark said to be near it (twice as far for a bearing), beyond the distance said,
#: or in another country, is a namesake elsewhere
_LANDMARK_KM = 150.0
_UNIT_LANDMARK_KM = 1000.0


def _landmark_after(text: str, places: Sequence[object], pm: object) -> tuple[object, float] | None:
    """The place named right after ``pm`` to say where it is ("Tayba, south of Wad Madani") with how far from it
    the place may lie (km), or None."""
    m = _LANDMARK_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
    if m is None or not m.group(0).strip(" ,"):
        return None
    ref = next((o for o in places if o.start == m.end() and o.candidates), None)  # type: ignore[attr-defined]
    if ref is None:
        return None
    if _NOT_A_LANDMARK_AFTER.match(text, ref.end):  # type: ignore[attr-defined]
        return None  # "near the Aleppo-Damascus Highway": a road named after the town
    if m.group("in") and ref.candidates[0].place.kind != "settlement":  # type: ignore[attr-defined]
        return (
            None  # "X in Y province": the province holds it (see _held_elsewhere); "Lido beach in Mogadishu"
        )
    said = (
        float(m.group("n")) * (1.609 if m.group("u").lower().startswith("mile") else 1.0)
        if m.group("n")
        else 0
    )
    if m.group("unit"):
        # (a district or valley told by its bearing from a town: it may stretch far from it, so only a namesake in
        # another country, or farther still, is not it; "Juba district in Marib" is read as a holder elsewhere)
        return (ref, max(_UNIT_LANDMARK_KM, 1.5 * said + 50.0)) if m.group("dir") else None
    # (a bearing from a capital may span a province: "Baiji, north of Baghdad" is 200 km off)
    return ref, max(_LANDMARK_KM * (2 if m.group("dir") else 1), 1.5 * said + 50.0)


def _far_from(ref: object, place: object, km: float) -> bool:
    """``place`` lies more than ``km`` from the landmark mention ``ref``'s place (or in another country)."""
    from geodata.distance import haversine_km

    area = ref.candidates[0].place  # type: ignore[attr-defined]
    if area.lat is None or place.lat is None:  # type: ignore[attr-defined]
        return False
    if area.iso3 and place.iso3 and area.iso3 != place.iso3:  # type: ignore[attr-defined]
        return True
    return haversine_km(area.lat, area.lon, place.lat, place.lon) > km  # type: ignore[attr-defined]


def far_from_landmark(text: str, places: Sequence[object], pm: object) -> bool:
    """Every place ``pm`` may name lies far from the landmark said to be near it ("Kanan village near Kanbalu",
    the only Kanan known being in Japan): the gazetteer lacks the place, whose namesakes say nothing of where."""
    mark = _landmark_after(text, places, pm)
    return mark is not None and all(_far_from(mark[0], c.place, mark[1]) for c in pm.candidates)  # type: ignore


def _country_after(text: str, places: Sequence[object], o: object, iso3: str) -> bool:
    """The province mention ``o`` is followed by its own country: an address ("Stroud, Ontario, Canada")."""
    nxt = next((p for p in places if p.start >= o.end and p.candidates), None)  # type: ignore[attr-defined]
    return (
        nxt is not None
        and not text[o.end : nxt.start].strip(" ,")  # type: ignore[attr-defined]
        and nxt.candidates[0].place.kind == "country"  # type: ignore[attr-defined]
        and nxt.candidates[0].place.iso3 == iso3  # type: ignore[attr-defined]
    )


_NOT_HOLDING_AFTER = re.compile(
    # (the province's own unit told after its possessive still holds the place: "Kyaung Kone village in Magway
    # Region's Myaing Township")
    r"['\u2019]s\b(?!\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?i:township|tehsil|district|sub-?district|county|"
    r"municipality|local\s+government\s+area|LGA|commune|department|circle|block)\b)"
    r"|\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z]"
)


#: between a place and the area said to hold it: other capitalised names of a list, then "in (the ...)" or a comma
_HELD_BETWEEN = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})*"
    + _IN_AREA_BETWEEN
)


#: how alike two spellings of one word are (difflib ratio of their folded keys): "mazzeh" / "mezzeh" 0.83
_SAME_WORD_RATIO = 0.75


def site_name_goes_on(text: str, places: Sequence[object], pm: object) -> bool:
    """A curated site's short name ("Bastion" of Camp Bastion) that goes on into a longer name ("the Bastión Popular
    neighbourhood"): a place the gazetteer lacks, named like the site; not the site, nor a vote for its country. (A
    site named in full ends before any such word: "Camp Bastion in Helmand".)"""
    said = fold_key(pm.surface.split()[0])  # type: ignore[attr-defined]
    first = fold_key(pm.candidates[0].place.name.split()[0])  # type: ignore[attr-defined]
    # (a site named after its place, in another spelling, is not named by a short name: "al-Mazzeh Villat area" is
    # in Mazzeh, whose air base is "Mezzeh Air Base")
    if said != first and SequenceMatcher(None, said, first).ratio() < _SAME_WORD_RATIO:
        goes = _FRAGMENT_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
        return goes is not None and not any(o.start == goes.start() + 1 for o in places)  # type: ignore
    return False


_KIND_WORD_BETWEEN = re.compile(
    r"\s+(?i:village|hamlet|town|neighbou?rhood|district|area|camp|locality)(?=\W)"
)


def fragment_held_elsewhere(text: str, places: Sequence[object], pm: object, place: object, se: int) -> bool:
    """The name of mention ``pm`` goes on into a longer name the gazetteer lacks, and the province said to hold that
    longer name is not ``place``'s: "Kan Gyi village, Sagaing Region" is no Kan of Yangon (a name going on is
    otherwise often a part of the place: "Balad Ruz" near Balad)."""
    goes = _FRAGMENT_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
    if goes is None or any(o.start == goes.start() + 1 for o in places):  # type: ignore[attr-defined]
        return False
    end = goes.end()
    kind = _KIND_WORD_BETWEEN.match(text, end)
    end = kind.end() if kind is not None else end
    for o in places:
        if o.start < end or not o.candidates:  # type: ignore[attr-defined]
            continue
        if o.start > end + 60 or o.end > se:  # type: ignore[attr-defined]
            return False
        area = o.candidates[0].place  # type: ignore[attr-defined]
        if area.kind not in ("admin1", "country") or not _HELD_BETWEEN.fullmatch(text, end, o.start):  # type: ignore
            return False
        return _abroad(area, place) or _other_province(area, place)
    return False


def _end_of_place_before(places: Sequence[object], pm: object) -> int:
    """End of the last place mention before ``pm`` (``pm``'s own start when there is none)."""
    ends = [o.end for o in places if o.end <= pm.start and o.candidates]  # type: ignore[attr-defined]
    return max(ends) if ends else pm.start  # type: ignore[attr-defined]


_AREAS_LISTED_AFTER = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]+)*\s*,?\s+(?:and|or)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:regions|provinces|oblasts|states|governorates)\b"
)


def _capital_for_province(text: str, choice: PlaceChoice) -> PlaceChoice:
    """A province named bare after its capital ("a market in Kherson", "shelling hit Donetsk"): the city, as
    reporters and ACLED mean it; "Kherson region" is the province's own pattern, "the Aleppo countryside" the land
    around the city, and the choice among the mentions is not changed."""
    pm, cand = choice.mention, choice.candidate
    if cand.place.kind != "admin1" or pm.pattern != "name":  # type: ignore[attr-defined]
        return choice
    if (
        found_in(_COUNTRYSIDE_BEFORE, text[max(0, pm.start - 40) : pm.start])
        or _COUNTRYSIDE_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
        # ("the Latakia Mountains": the province's high ground, not its capital)
        or _OUTLYING_WORKS_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
    ):
        return choice
    if _AREAS_LISTED_AFTER.match(text, pm.end):  # type: ignore[attr-defined]
        return choice  # "in Sumy and Poltava regions": both provinces
    if found_in(PROVINCE_OF_BEFORE, text[max(0, pm.start - 40) : pm.start]):  # type: ignore[attr-defined]
        return choice  # "in the province of Homs": the province, said so
    capital = next(
        (
            c
            for c in pm.candidates[1:4]  # type: ignore[attr-defined]
            if c.place.kind == "settlement"
            and (c.place.feature_code in ("PPLA", "PPLC") or c.place.population >= 50_000)
            and c.place.iso3 == cand.place.iso3
            and c.place.admin1 == cand.place.admin1
            and c.score >= 0.5 * cand.score
        ),
        None,
    )
    return choice if capital is None else PlaceChoice(pm, capital, choice.near, choice.score)


#: a bearing from a town: "north of ", "about 60 km west of ", "20 km from the city of "
_BEARING_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:(?:north|south|east|west)(?:east|west)?\s+)?(?:of|from))\s+(?:the\s+)?(?:(?:\w+\s+)?(?:city|town|capital)\s+of\s+)?$",
    re.IGNORECASE,
)
#: how far (degrees, ~5 km) outside the province said a landmark town may lie and still be in it
_ACROSS_SLACK_DEG = 0.05


def _landmark_across(text: str, best: PlaceChoice, area: PlaceChoice) -> bool:
    """The place chosen is a town the deed was only near, in another province of the country than ``area``, the
    province the clause says it was in (beyond the polygon's slack: no border town)."""
    from geodata.distance import near_admin1

    town = best.candidate.place  # type: ignore[attr-defined]
    prov = area.candidate.place  # type: ignore[attr-defined]
    if not best.near or town.kind != "settlement" or town.iso3 != prov.iso3 or town.lat is None:
        return False
    # (a bearing taken from the town, the province said before it: "near Barsalogho in Centre-Nord" is near it)
    if (
        area.mention.end > best.mention.start
        or not found_in(  # type: ignore[attr-defined]
            _BEARING_BEFORE,
            text[max(0, best.mention.start - 40) : best.mention.start],  # type: ignore[attr-defined]
        )
    ):
        return False
    if town.admin1 and town.admin1 == (prov.admin1 or prov.name):
        return False
    # (the names disagree and the point is outside the polygon: a capital district the province surrounds, Addis
    # Ababa in Oromia, is outside it; a town the gazetteer files under another name of the province is inside)
    code = prov.place_id.removeprefix("adm1:")
    return code != prov.place_id and not near_admin1(code, town.lon, town.lat, _ACROSS_SLACK_DEG)


def choose_place(
    text: str,
    places: Sequence[object],
    *,
    scope: tuple[int, int],
    trigger: tuple[int, int],
    report_iso3: str | None = None,
    countries: frozenset[str] = frozenset(),
    excluded: Sequence[tuple[int, int]] = (),
) -> PlaceChoice | None:
    """The event's place among the place mentions inside ``scope`` (see module docstring), or None."""
    ss, se = scope
    ts, te = trigger
    best: PlaceChoice | None = None
    fallback: PlaceChoice | None = None
    holders: set[int] = set()  # the areas said to hold a place whose namesakes are all abroad
    landmarks: set[int] = set()  # the landmarks said to be near a place whose namesakes are all far from them
    office: PlaceChoice | None = (
        None  # a town named in a title ("the mayor of X"): where only when nothing else is
    )
    road: PlaceChoice | None = None  # a town a road is named by ("the Quetta-Karachi highway"): the same
    starts = {pm.start for pm in places}  # type: ignore[attr-defined]  # (where names start: name pieces)
    skipped_ends: list[
        int
    ] = []  # where the mentions end that say no place of the deed (a list's next is none)
    target: PlaceChoice | None = (
        None  # a target named right after the deed, in a country the report never names
    )
    area: PlaceChoice | None = None  # a province said as one, in scope
    for pm in places:
        if not (ss <= pm.start and pm.end <= se) or not pm.candidates:  # type: ignore[attr-defined]
            continue
        cand = pm.candidates[0]  # type: ignore[attr-defined]
        if report_iso3 and cand.place.iso3 != report_iso3:
            same = [c for c in pm.candidates if c.place.iso3 == report_iso3]  # type: ignore[attr-defined]
            if same and same[0].score >= 0.5 * cand.score:
                cand = same[0]
        held = _area_named_after(text, places, pm, se) if cand.place.kind in POINT_KINDS else None
        if held is not None and _held_elsewhere(text, held, cand.place):
            inside = [c for c in pm.candidates if not _held_elsewhere(text, held, c.place)]  # type: ignore
            if not inside:
                # "Kuchi in Zamfara state" where no Kuchi the gazetteer knows is in Nigeria: a namesake abroad
                # (Xinjiang) is not the place; the province said to hold it is (honest precision); so for "Mahuta
                # village in Katsina State", the Mahuta known being in Kebbi
                holders.add(id(held))
                continue
            cand = inside[0]
        mark = _landmark_after(text, places, pm) if cand.place.kind in POINT_KINDS else None
        if mark is not None and _far_from(mark[0], cand.place, mark[1]):
            close = [c for c in pm.candidates if not _far_from(mark[0], c.place, mark[1])]  # type: ignore
            if not close:
                # "Tayba, south of Wad Madani" where every Tayba known is far from Wad Madani (Lebanon's): the place
                # is one the gazetteer lacks, near the landmark (ACLED geo 2)
                landmarks.add(id(mark[0]))
                continue
            cand = close[0]
        if (
            countries
            and cand.place.kind == "settlement"
            and cand.place.population < _ALIAS_ABROAD_MAX_POPULATION
            and cand.place.iso3 not in countries
            and alias_only(pm, cand.place)
        ):
            # "a house in the Tirah valley" (Khyber, Pakistan): "Tirah" is one of Tehran's other names; a town
            # matched by another of its names, in a country the report never names, is not the report's town
            continue
        # "the countryside of Hama", "Idlib countryside", "rural Damascus": around the city, not in it
        countryside = cand.place.kind in ("settlement", "admin2") and bool(
            found_in(_COUNTRYSIDE_BEFORE, text[max(ss, pm.start - 40) : pm.start])  # type: ignore[attr-defined]
            or _COUNTRYSIDE_AFTER.match(text, pm.end, se)  # type: ignore[attr-defined]
        )
        if (
            pm.pattern == "name"  # type: ignore[attr-defined]
            and (cand.place.population < 100_000 or cand.place.kind in ("admin1", "admin2"))
            and name_fragment(
                text,
                pm.start,  # type: ignore[attr-defined]
                pm.end,  # type: ignore[attr-defined]
                starts,
                # (a name going on is a longer name only when the piece lies abroad: "Balad Ruz" is near Balad,
                # "Palmyra Silos" at Palmyra; "Shahbaz Khel" in Pakistan is not Shahbaz in Iran)
                after=report_iso3 is None or cand.place.iso3 != report_iso3,
            )
        ):
            continue  # "the Shahbaz Khel police station": not Shahbaz (Iran), a place the gazetteer lacks
        if pm.pattern == "name" and fragment_held_elsewhere(text, places, pm, cand.place, se):  # type: ignore
            continue  # "Kan Gyi village, Sagaing Region": not Kan (Yangon); the region holds the village
        if cand.place.kind == "site" and site_name_goes_on(text, places, pm):
            continue  # "the Bastión Popular neighbourhood of Guayaquil": no Camp Bastion (Afghanistan)
        if (
            countries
            and cand.place.iso3 not in countries
            and pm.pattern == "name"
            and (  # type: ignore
                cand.place.population < 100_000
                or cand.place.kind in ("admin1", "admin2", "country")
                or _NAME_GOES_ON.match(text, pm.end)  # type: ignore[attr-defined]
            )
        ):
            # a small place in a country the report never names ("Saudi" -> a village elsewhere), or the first
            # word of a longer name the gazetteer lacks ("Adan Yabaal" in Somalia is not Aden in Yemen) ...
            if (
                target is None
                and cand.place.kind in POINT_KINDS
                and (
                    (
                        pm.start >= te  # type: ignore[attr-defined]
                        and _TARGET_BETWEEN.fullmatch(text, te, pm.start)  # type: ignore[attr-defined]
                    )
                    # (or inside the deed's words: "rockets launched from northern Gaza toward Sderot were
                    # intercepted")
                    or (
                        ts <= pm.start < te  # type: ignore[attr-defined]
                        and found_in(_FIRED_TOWARD, text[max(ss, pm.start - 90) : pm.start])  # type: ignore
                    )
                )
                and not _NAME_GOES_ON.match(text, pm.end)  # type: ignore[attr-defined]
            ):
                # ... unless it is what the deed was aimed at ("fired rockets from Lebanon at Kiryat Shmona"):
                # kept for when nothing else in scope is a place of the event
                target = PlaceChoice(pm, cand, False, 0.0)
            continue
        if any(a <= pm.start < b or pm.start <= a < pm.end for a, b in excluded):  # type: ignore[attr-defined]
            continue  # an armed group's name ("Taliban") is an actor, not a place
        if (
            cand.place.kind == "settlement"
            and _SPEAKS_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
            and not found_in(_LOC_BEFORE, text[max(ss, pm.start - 40) : pm.start])  # type: ignore[attr-defined]
        ):
            continue  # "Tbilisi says the separatists launched an attack on ...": the government speaking
        if (
            pm.end <= ts  # type: ignore[attr-defined]
            and _SHOOTERS_IN_BEFORE.search(text, max(ss, pm.start - 40), pm.start)  # type: ignore[attr-defined]
            and _FIRED_AT_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
        ):
            continue  # "Militants in Gaza fired rockets at Ashkelon": where the shooters are, not what they hit
        if _PART_OF_TOWN_AFTER.match(text, pm.end) and any(  # type: ignore[attr-defined]
            o is not pm and o.candidates and 0 <= o.start - pm.end <= 40
            for o in places  # type: ignore[attr-defined]
        ):
            continue  # "the Naivasha market in El Fasher": a market named after a far town, in the town named next
        if pm.start >= te and found_ci(_MODAL_BETWEEN, text, te, pm.start):  # type: ignore[attr-defined]
            continue  # "... planning to launch missiles at northern Israel": an intended target
        before = text[max(ss, pm.start - 60) : pm.start]  # type: ignore[attr-defined]
        # "the Kulgam district", "Mir Ali area": the district around the town, not the town (ACLED geo 2)
        district = cand.place.kind == "settlement" and (
            bool(_DISTRICT_AFTER.match(text, pm.end))  # type: ignore[attr-defined]
            or _district_of_province(text, places, pm)
        )
        near = (
            found_in(_NEAR_BEFORE, before)
            or countryside
            # "on the Maiduguri-Damboa road": somewhere on the road out of the town (ACLED geo 2)
            or (
                cand.place.kind == "settlement"
                and (
                    bool(_ROAD_OUT_AFTER.match(text, pm.end))  # type: ignore[attr-defined]
                    # "an explosion on Khanasser road": the road to the town
                    or (bool(_ROAD_AFTER.match(text, pm.end)) and before.endswith("on "))  # type: ignore
                )
            )
        )
        if not near and cand.place.kind == "settlement" and _OUTLYING_WORKS_AFTER.match(text, pm.end):  # type: ignore
            near = True  # "the Merowe dam", "the Rumaila oil field": works named after a town, away from it
        if not near and cand.place.kind in ("settlement", "admin2"):
            near = _unknown_village_before(text, places, before, pm.start)  # type: ignore[attr-defined]
        if id(pm) in landmarks and cand.place.kind == "admin1":
            # "Juba district, south of Marib": a bearing is taken from the town, not from the province of its name
            town = next(
                (
                    c
                    for c in pm.candidates  # type: ignore[attr-defined]
                    if c.place.kind == "settlement"
                    and c.place.iso3 == cand.place.iso3
                    and c.place.admin1 == cand.place.admin1
                ),
                None,
            )
            cand = town if town is not None else cand
        kind = cand.place.kind
        if kind == "settlement" and found_in(PROVINCE_OF_BEFORE, before):
            kind = "admin1"  # "in the province of al-Quneitra": the province, whatever town shares its name
        score = _SPECIFICITY.get(kind, 0) * 1.0
        if id(pm) in holders or id(pm) in landmarks:
            score += 4.0  # it stands for the place named in it (or near it) that the gazetteer does not know
        if (
            near
            or found_in(_LOC_BEFORE, before)
            or (kind in ("site", "airport", "admin2") and found_in(_LOC_THROUGH_POSSESSIVE, before))
        ):
            score += 2.0
        dist = min(abs(pm.start - te), abs(ts - pm.end))  # type: ignore[attr-defined]
        score -= dist / 150.0
        part_of = _PART_OF_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
        if part_of is not None and any(
            o.start == part_of.end()  # type: ignore[attr-defined]
            and o.candidates  # type: ignore[attr-defined]
            # (the bigger place first: "the Karrada district of Baghdad" names the part first)
            and _size(cand.place) > max(_size(o.candidates[0].place, holder=True), 1)  # type: ignore[attr-defined]
            for o in places
        ):
            score -= 4.0  # "the Kharkiv suburb of Chuhuiv": the place is the suburb named after it
        if _holds_named_village(text, places, pm):
            score -= (
                4.0  # "Miringa, a village in Biu Local Government Area": Miringa, not the area holding it
            )
        if countryside and _held_by_countryside(text, places, pm):
            score -= 4.0  # "Jabal al-Akrad in the northern countryside of Latakia": the area named, not near Latakia
        if (
            cand.place.kind == "settlement"
            and not countryside
            and found_in(_REGION_ADJ_BEFORE, before[-14:])
            and _place_inside(places, pm, cand.place, ss, se)
        ):
            # "In central Gaza, a strike on a house in Nuseirat": a town's name read as a region ("central Gaza"
            # is the Strip's middle, not Gaza City) frames the clause; a place named inside it is where it was
            score -= 2.0
        skip = (
            found_in(_MOTIVE_BEFORE, before)
            or (
                found_in(_SKIP_BEFORE, before[-25:])
                and not found_in(_FIRED_TOWARD, text[max(ss, pm.start - 90) : pm.start])
                # ("wounded people from Dembecha, where a drone strike hit a market": the place the clause is about)
                and not _WHERE_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
            )  # type: ignore
            or (
                cand.place.kind in ("country", "admin1")
                and (POSSESSIVE_AFTER.match(text, pm.end) or ABROAD_AFTER.match(text, pm.end))
            )  # type: ignore
            or (cand.place.feature_code == "PPLC" and _CAPITAL_FOR_STATE_AFTER.match(text, pm.end))  # type: ignore
            or (
                (cand.place.kind == "country" or cand.place.feature_code == "PPLC")
                and (
                    # (a subject, not the end of a place phrase: "one in western Afghanistan killed a US adviser")
                    (ACTOR_DEED_AFTER.match(text, pm.end) and not found_in(_LOC_BEFORE, before))  # type: ignore
                    or found_in(_AGENT_BEFORE, before[-12:])
                )
            )
            or (cand.place.kind in ("settlement", "site") and MODEL_AFTER.match(text, pm.end))  # type: ignore
            or (_OF_AFTER.match(text, pm.end) and _GENERIC_PART.fullmatch(pm.surface))  # type: ignore[attr-defined]
            or bool(_NAMED_AFTER.match(text, pm.end))  # type: ignore[attr-defined]
            or _origin_of_person(text[max(0, pm.start - 90) : pm.start])  # type: ignore[attr-defined]
        )
        if cand.place.kind in POINT_KINDS and (m := _OFFICE_AFTER.match(text, pm.end)):  # type: ignore[attr-defined]
            # "..., Bastar range Inspector General P. Sundarraj said": a source's office, not where; a title alone
            # ("the Bijapur SP was shot") keeps its area for when nothing else is said, as "the mayor of X" does
            if not _SAID_AFTER_OFFICE.match(text, m.end()) and (office is None or score > office.score):
                office = PlaceChoice(pm, cand, False, score)
            continue
        if cand.place.kind in POINT_KINDS and found_in(_OFFICE_OF_BEFORE, before):
            # "the mayor of the municipality of Tepalcatepec": a title says whose office, not where it happened; kept
            # for when no town or site is said ("IS governor of Mosul killed in northern Iraq": Mosul, not Iraq),
            # unless the office is a neighbour's ("mayor of nearby Bankass") or a source's ("said X, mayor of Y")
            if (
                not found_in(_NEARBY_OFFICE_BEFORE, before)
                and not found_in(_SOURCE_OFFICE_BEFORE, before)
                and (office is None or score > office.score)
            ):
                office = PlaceChoice(pm, cand, False, score)
            continue
        if MODIFIER_AFTER.match(text, pm.end):  # type: ignore[attr-defined]
            continue  # "a Belize-flagged carrier", "a Kabul-based group", "the Baghdad Post": not where, even alone
        if cand.place.kind == "country" and found_in(REFERENCE_COUNTRY_BEFORE, before[-45:]):
            continue  # "chanting slogans against Turkey", "near the border with Iraq": not where, even alone
        if (
            cand.place.kind in POINT_KINDS
            and (
                _ROAD_TO_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
                or (found_in(_ROAD_FROM_BEFORE, before[-40:]) and _ROAD_WORD_AFTER.match(text, pm.end))  # type: ignore
            )
        ):
            # "on the Quetta-Karachi highway near Mangochar in Kalat district": a road named by the towns it joins,
            # far from where it was; near its first town only when nothing else is said
            if road is None or score > road.score:
                road = PlaceChoice(pm, cand, True, score)
            continue
        if pm.pattern == "name" and found_in(VESSEL_BEFORE, before[-30:]):  # type: ignore[attr-defined]
            continue  # "struck the bulk carrier Aurora Meridian": a ship's name, not Aurora (Colorado)
        if found_in(_OFFICE_OF_BEFORE, before) and found_in(_NEARBY_OFFICE_BEFORE, before):
            continue  # "mayor of nearby Bankass": a neighbour's office, said to be elsewhere
        inner = next(
            (
                o
                for o in places
                if o is not pm
                and ss <= o.start
                and o.end <= pm.start
                and o.candidates  # type: ignore[attr-defined]
                and (
                    _CONTAINER_BETWEEN.fullmatch(text, o.end, pm.start)  # type: ignore[attr-defined]
                    # ("the Kyivskyi district of Kharkiv": the unit's word read with its name)
                    or (
                        _PART_WORD_END.search(o.surface) is not None  # type: ignore[attr-defined]
                        and _OF_THE_BETWEEN.fullmatch(text, o.end, pm.start) is not None  # type: ignore[attr-defined]
                    )
                )
            ),
            None,
        )
        if inner is not None:
            outer_first = _size(inner.candidates[0].place) > max(_size(cand.place), 1)  # type: ignore[attr-defined]
            if outer_first:
                pass  # "the Damascus suburb of Sahnaya": the place before is the bigger one, this its part
            elif _close(inner.candidates[0].place, cand.place):  # type: ignore[attr-defined]
                score -= 4.0  # the place before it is the more precise one: it lies in this one
            else:
                # the place before it is a namesake elsewhere ("Dora" in the US), not a part of this one
                score += 4.0
        if (
            near
            and id(pm) not in landmarks
            and (
                found_in(_REFERENCE_BEFORE, before)
                or (
                    found_in(_DIRECTION_OF_BEFORE, before)
                    and not pm.start > ts >= _end_of_place_before(places, pm)
                )  # type: ignore[attr-defined]
            )
            and any(
                o is not pm and ss <= o.start and o.end <= pm.start and pm.start - o.end < 80 and o.candidates  # type: ignore[attr-defined]
                for o in places
            )
            # (not when the landmark is said of a place the gazetteer lacks, named right before it: "In North
            # Darfur, RSF shelled the Abu Shouk camp near El Fasher" is near El Fasher, not North Darfur)
            and not _unknown_named_before(places, before, pm.start)  # type: ignore[attr-defined]
        ):
            # a landmark for the place just named before it: the event is at that place, not at the landmark
            score -= 4.0
            near = False
        choice = PlaceChoice(pm, cand, near or district, score)
        if any(_LIST_JOIN.fullmatch(text, e, pm.start) for e in skipped_ends) or found_in(  # type: ignore
            _FLED_TOWARD_LIST_BEFORE, before
        ):
            # the next of a list whose first was no place of the deed, whatever the first (a town the gazetteer may
            # lack): "thousands of residents fled toward Saut-d'Eau and Lascahobas"; not even a fallback
            skipped_ends.append(pm.end)  # type: ignore[attr-defined]
            continue
        if skip:
            if found_in(_DESTINATION_BEFORE, before[-25:]):
                # (a list goes on being no place of the deed after a destination, not after a motive or a border:
                # "demonstrated against the war in Washington, New York, ...", "border town with Cameroon, Gamboru
                # Ngala")
                skipped_ends.append(pm.end)  # type: ignore[attr-defined]
            abroad = cand.place.kind == "country" and (
                ABROAD_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
                # (a state's own staff or ministry speaking of its deed: "Ukraine's General Staff claimed a strike on
                # the depot" was in Russia)
                or _OWN_COMMAND_AFTER.match(text, pm.end)  # type: ignore[attr-defined]
            )
            if (fallback is None or score > fallback.score) and not abroad:
                fallback = choice  # ... but "a U.S. patrol", "the US consulate" say whose, not where
            continue
        if kind == "admin1" and pm.pattern == "admin1" and area is None:  # type: ignore[attr-defined]
            area = choice  # the first province said as one ("in Oromia region"): the frame of a landmark
        if best is None or score > best.score:
            best = choice
    if best is not None and area is not None and _landmark_across(text, best, area):
        # "In Oromia region, gunmen abducted passengers near Gerba Guracha, north of Addis Ababa": a landmark town
        # in another province than the one said is only a bearing; the province said is where (ACLED geo 3)
        best = area
    if office is not None and (best is None or best.candidate.place.kind not in POINT_KINDS):  # type: ignore
        best = office
    if road is not None and (best is None or best.candidate.place.kind not in POINT_KINDS):  # type: ignore
        best = road
    if best is not None:
        best = _capital_for_province(text, best)
    if target is not None and (best is None or best.mention.end <= ts):  # type: ignore[attr-defined]
        # where it was aimed beats where it came from ("from Lebanon"), whose it was, or where the attackers are
        # ("Militants in Gaza fired two rockets into Sderot")
        return target
    if (
        best is None
        and fallback is not None
        and not found_in(
            _SKIP_BEFORE,
            text[max(ss, fallback.mention.start - 25) : fallback.mention.start],  # type: ignore[attr-defined]
        )
    ):
        return fallback
    return best


#: between two places of one list: "Kharkiv, Odesa and Dnipro", "in Aitaroun and in Khiam", "Sumy and Poltava"
_LIST_JOIN = re.compile(
    r"\s*,\s*(?:and\s+)?(?:in\s+|at\s+|on\s+)?|\s+and\s+(?:in\s+|at\s+|on\s+)?|\s+as\s+well\s+as\s+(?:in\s+|on\s+)?"
)
#: a list whose member is said by a part of it the gazetteer lacks: "strikes on Sanaa's Bani Hushaish district and
#: Hodeidah" (the district is Sanaa's: the list is Sanaa and Hodeidah)
_PART_THEN_LIST = re.compile(
    r"['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:district|neighbou?rhood|area|quarter|suburbs?|outskirts|port|airport|"
    r"old\s+city|city\s+cent(?:re|er))(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)(?:in\s+|at\s+|on\s+)?"
)
#: a list that is one place: a route or a stretch between two ("between Kharkiv and Izium", "from X to Y")
_ROUTE_BEFORE = re.compile(
    # ("between the villages of Aitaroun and Maroun al-Ras": one stretch, named by its kind first)
    r"\b(?:between|from|linking|connecting|road|highway|route)\s+(?:the\s+)?(?:(?:two\s+)?(?:villages|towns|cities|"
    r"settlements|localities|communities|areas|districts|neighbou?rhoods)\s+of\s+)?$",
    re.IGNORECASE,
)
_LIST_KINDS = ({"settlement", "site", "airport", "admin2"}, {"admin1"})
_PROVINCES_WORD = re.compile(r"\s+(?:provinces|regions|states|governorates|oblasts)\b", re.IGNORECASE)


def listed_places(
    text: str, places: Sequence[object], choice: PlaceChoice, scope: tuple[int, int]
) -> list[PlaceChoice]:
    """The other places of the list the chosen place is named in, as choices of their own (or []).

    ACLED codes one event per place and day: "Russian missiles hit Kharkiv, Odesa and Dnipro" is three events.
    Only a list of places of one kind in one country counts (towns, or provinces: "Sumy and Poltava regions"), not
    a route ("between X and Y"), a place and the area holding it ("Kuchi, Nigeria"), nor a list the choice
    is not in.
    """
    pm = choice.mention
    top = choice.candidate.place  # type: ignore[attr-defined]
    ss, se = scope
    inside = [o for o in places if ss <= o.start and o.end <= se and o.candidates]  # type: ignore[attr-defined]
    inside.sort(key=lambda o: o.start)  # type: ignore[attr-defined]
    try:
        k = next(i for i, o in enumerate(inside) if o is pm)
    except StopIteration:
        return []
    if top.kind != "admin1":
        # "in Khost and Paktika provinces": a list said to be of provinces is read as provinces, whatever town
        # shares the first one's name
        j = k
        while j + 1 < len(inside) and _LIST_JOIN.fullmatch(text, inside[j].end, inside[j + 1].start):  # type: ignore[attr-defined]
            j += 1
        prov = next((c.place for c in pm.candidates if c.place.kind == "admin1"), None)  # type: ignore[attr-defined]
        if j > k and prov is not None and _PROVINCES_WORD.match(text, inside[j].end):  # type: ignore[attr-defined]
            top = prov
    kinds = next((k for k in _LIST_KINDS if top.kind in k), None)
    if kinds is None or top.iso3 is None:
        return []
    as_provinces = top is not choice.candidate.place  # type: ignore[attr-defined]

    def member(o: object) -> object | None:
        c = next(
            (
                c
                for c in o.candidates  # type: ignore[attr-defined]
                if c.place.iso3 == top.iso3 and (not as_provinces or c.place.kind == "admin1")
            ),
            None,
        )
        return c if c is not None and c.place.kind in kinds and c.place.place_id != top.place_id else None

    out: list[PlaceChoice] = []
    seen = {top.place_id}
    joined_by_and = False  # a list ends with "and": "X, Y" alone is an apposition ("Bogota, Medellin police")
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(inside):
            a, b = (inside[j + step], inside[j]) if step < 0 else (inside[j], inside[j + step])
            join = _LIST_JOIN.fullmatch(text, a.end, b.start) or _PART_THEN_LIST.fullmatch(
                text, a.end, b.start
            )  # type: ignore[attr-defined]
            if not join:
                break
            joined_by_and = joined_by_and or "and" in join.group(0)
            o = inside[j + step]
            c = member(o)
            if c is None or c.place.place_id in seen:  # type: ignore[attr-defined]
                break
            seen.add(c.place.place_id)  # type: ignore[attr-defined]
            out.append(PlaceChoice(o, c, choice.near, choice.score))
            j += step
    if not out or not joined_by_and:
        return []
    first = min([pm, *(c.mention for c in out)], key=lambda o: o.start)  # type: ignore[attr-defined]
    if found_in(_ROUTE_BEFORE, text[max(ss, first.start - 30) : first.start]):  # type: ignore[attr-defined]
        return []
    return sorted(out, key=lambda c: c.mention.start)  # type: ignore[attr-defined]
