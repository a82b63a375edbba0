"""From a Report to Incident records: cleaning, sentences, event mentions, dates, places, actors, merging.

The pipeline reads only the article body (``incidents.clean``): captions, page furniture, the headline and the
dateline never yield incidents, dates or places. Mentions are processed in text order and merged as they come, so
that an anaphor ("the attack", "the base") and a date relation ("The attack came one day after ...") can refer to the
incident in focus: the incident touched by the previous sentence, else the story's main (first) current incident.

One clause can tell several events (``_split_group``): an attack and its interception, a protest and the arrests
that broke it up, a town recaptured after fighting are one event each; an arrest and a weapons seizure, or a clash
and a bombing, are two. A sentence without a trigger can still add casualties ("No one was hurt.") or a claim to the
latest violent incident told just before it (within 2-3 sentences, never an aggregate such as "the war has killed
...").

Places: an event without a place of its own takes the place of the incident in focus when it is told right after it
or says "the base"/"the town"; otherwise the report's main country (country precision, no coordinates). An event
told for a list of places ("missiles hit Kharkiv, Odesa and Dnipro") is one incident per place, as ACLED codes
(``listed_places``), its toll shared out unless said to be at one of them. The dateline says where the report was
filed: a town far from there in a country the report never names is a namesake (``_not_far_namesakes``).

Dates of a mention, first that applies: a date expression in its clause, then in its part of the sentence; a date
relation (anchored on the event or date on the other side of "one day after"); the story's narrative date (the
last current date expression before it, for "Earlier, the military said ..."); else, for a current incident whose
report states no date at all, the publication day with week precision (``_default_dates``); else unknown. A stack
of headlines with no prose body is read whole, its first line included (``_read_ranges``). Historical mentions
(past dates, "two years ago", "in the past") never take the narrative date. "The Nth anniversary of <X>" dates a
historical incident that shares a name with <X> to the day: the earliest date of the current incidents the sentence
refers to, N years back.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from geodata.distance import haversine_km
from geodata.matching import PROVINCE_OF_BEFORE
from geodata.model import Candidate
from geodata.names import normalize_name
from geodata.provinces import current_admin1
from incidents.clean import clean_text
from incidents.dates import (
    NUMBER_RE,
    DateMention,
    DateRelation,
    DateResolution,
    find_anniversaries,
    find_dates,
    find_relations,
    number_value,
    resolve_date,
    shift_resolution,
)
from incidents.extract.actors import (
    ActorMention,
    armed_group_spans,
    assign_actors,
    coalition_of,
    find_actor_mentions,
    find_claim,
    generic_armed,
    longer_name_before,
    names_armed_people,
    rebel_group,
    state_of,
    theatre_countries,
    tied_to,
    victims_told_after,
)
from incidents.extract.casualties import (
    Casualties,
    downed_share,
    find_casualties,
    munitions_count,
    running_toll,
)
from incidents.extract.events import (
    BATTLES,
    DISASTER_THAT,
    ERV,
    FLYING,
    MIN_SCORE,
    PROTESTS,
    RIOTS,
    RULES,
    SD,
    SUPERLATIVE_SINCE,
    VAC,
    Trigger,
    accident,
    find_triggers,
    quote_spans,
    quoted_count,
    trigger_blocked,
    trigger_keys,
    trigger_keys_in,
    weapon_of,
    without_struck_arms,
)
from incidents.extract.merge import (
    SAME_PLACE_KM,
    Draft,
    add_counts,
    combine_counts,
    compatible,
    days_overlap,
    family,
    in_area,
)
from incidents.extract.places import (
    ABROAD_AFTER,
    ACTOR_DEED_AFTER,
    MODEL_AFTER,
    MODIFIER_AFTER,
    POSSESSIVE_AFTER,
    REFERENCE_COUNTRY_BEFORE,
    VESSEL_BEFORE,
    PlaceChoice,
    alias_only,
    capital_mentions,
    choose_place,
    far_from_landmark,
    held_abroad,
    listed_places,
    mask_outside,
    name_fragment,
    place_label,
    place_precision,
    site_name_goes_on,
)
from incidents.extract.sentences import Sentence, relative_asides, split_clauses, split_sentences
from incidents.model import DatePrecision, Incident, LocationPrecision, Report, Span, make_incident_id
from incidents.textscan import any_within, finditer_ci, found_ci, found_in, lowered, substring_spans

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract", "extract_incidents"]

#: recorded in ``Incident.method``; bump when rules change the output
EXTRACTOR_VERSION = (
    "rules-v25"  # v25 (stop 30): QA-30 rules, county words, namesakes, F.A.T.A. stored as Khyber Pakhtunkhwa
)


@dataclass(frozen=True, slots=True)
class Extraction:
    """The incidents of one report (current first, then historical) and what could not be resolved."""

    report: Report
    incidents: tuple[Incident, ...]
    warnings: tuple[str, ...]


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    sentence: int
    part: tuple[int, int]
    clause: tuple[int, int]
    event_type: str
    sub_event_type: str
    weapon: str | None
    intercepted: bool
    score: float
    anaphoric: bool
    plural: bool
    distinct: bool
    impact: bool
    count: int | None
    casualties: Casualties
    actor1: str | None
    actor2: str | None
    claimed_by: str | None
    place: PlaceChoice | None
    place_anaphor: bool
    date: DateResolution | None
    relation: tuple[DateRelation, tuple[int, int], bool] | None  # (relation, anchor part, forward)
    historical: bool
    additive: bool = False  # its toll adds to the incident's ("Two soldiers were also killed")
    back_reference: bool = False  # led by a definite generic noun ("the strikes hit ..."), told with a place
    claimed_toll: bool = (
        False  # its toll is the attacker's own account ("The PKK said it killed seven soldiers")
    )
    other_estimate: bool = False  # its toll is another source's figure ("A rights group put the toll at 18")
    date_said: bool = (
        False  # its date is the day something was said of it ("..., officials said on Wednesday")
    )
    armed_toll: bool = False  # its toll counts armed men only ("all six attackers were killed")
    state_toll: bool = False  # its toll counts the state's forces only ("two soldiers died")
    vague_toll: bool = False  # its toll is a vague quantity only ("dozens of soldiers")
    day_unknown: bool = False  # it says a relative day that no publication date resolves ("on Monday")
    blamed: str | None = None  # who the report says did it ("The ministry blamed Boko Haram")
    named_site: str | None = (
        None  # the place a toll update names its deed by ("the toll from the Ariha strike")
    )
    leaker: bool = (
        False  # some of the munitions told before got through ("but one struck a house in Ashkelon")
    )
    since_day: bool = False  # its date is the first day of a deed going on until the report ("since Monday")
    #: the town the sentence before names, for "the town"/"the village" when no incident was told there
    town_before: PlaceChoice | None = None
    summary_toll: bool = False  # its toll is a sum over places, with no place of its own ("11 on both sides")
    #: its toll is an even share of one told for a list of places ("hit Kharkiv and Odesa")
    shared: bool = False
    #: that shared toll is a running total ("the toll has risen to seven"): it counts the dead told anywhere before
    running: bool = False
    #: a deed said to go on, nowhere and by no one said ("Meanwhile, the shelling continued")
    going_on: bool = False
    #: told by its dead only, no deed, weapon or attacker named ("Update on Dnipro: six people were killed")
    bare_toll: bool = False
    #: its toll is a side's own loss ("The SDF lost one fighter"): the dead of the side that killed the others
    own_loss: bool = False
    #: the deed told again to say where it was ("The attack happened near Mir Ali"): its place is the deed's
    told_where: bool = False


#: another source's figure for a toll already told ("A human rights organisation put the toll at 18", "..., while
#: residents said 11 died"): ACLED keeps the most conservative of the two (a risen toll is no other estimate)
_OTHER_ESTIMATE = re.compile(
    r"\bput\s+the\s+(?:death\s+)?toll\s+at\b|^\s*(?:while|whereas)\s+[^,.;]{1,40}?\b(?:said|say|says|reported|"
    r"counted|put)\b|\bgave\s+a\s+(?:higher|lower|different|smaller|larger)\s+(?:death\s+)?(?:toll|figure|number|count)\b",
    re.IGNORECASE,
)


#: an official's seat before a place: "the mayor of Morales", "Kherson's governor"
_SEAT_BEFORE = re.compile(
    r"\b(?:mayor|governor|chief|head|commissioner|administrator|prefect|lawmaker|MP|representative|council)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: casualties told as more of them: "Two soldiers were also killed", "three other people died later"
_ALSO_HURT = re.compile(
    r"\b(?:also|other|others|another|additional|more(?!\s+than)|further)\s+(?:(?!than\b)[\w-]+\s+){0,3}?"
    r"(?:were\s+|was\s+|have\s+been\s+)?"
    r"(?:killed|dead|died|wounded|injured|hurt)\b|\b(?:killed|wounded|injured)\s+as\s+well\b",
    re.IGNORECASE,
)
#: a sentence that opens with a toll and nothing else of a deed: "More than 160 people were killed, ..."
_BARE_TOLL_OPENING = re.compile(
    r"\s*(?:(?:More\s+than|At\s+least|Some|About|Nearly|Over|Around|Almost)\s+)?(?:\d[\d,]*|[A-Z][a-z]+(?:-[a-z]+)?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:were|had\s+been|have\s+been)\s+(?:killed|dead)\b"
)
#: "... were killed and 11 others wounded": the others of the same sentence's dead, not more than a toll told before
_OTHERS_OF_DEAD_BEFORE = re.compile(
    r"\b(?:killed|dead|died|wounded|injured)\b[^.;]{0,25}?\band\s+(?:at\s+least\s+|some\s+|about\s+)?[\w,-]+\s+$",
    re.IGNORECASE,
)


def _also_hurt(text: str, start: int, end: int) -> bool:
    """Casualties told as more of them (:data:`_ALSO_HURT`) in ``text[start:end]``, not "N others" beside the dead
    of the same clause ("Four soldiers were killed and 11 others wounded" adds nothing to a toll told before)."""
    if not found_ci(_ALSO_HURT, text, start, end):
        return False
    for m in _ALSO_HURT.finditer(text, start, end):
        if m.group(0)[:5].lower() == "other" and _OTHERS_OF_DEAD_BEFORE.search(
            text, max(start, m.start() - 60), m.start()
        ):
            continue
        return True
    return False


#: the clause opens with the attackers told of just before ("The attackers then torched ...", "The gunmen fled")
_ATTACKER_NOUNS = (
    r"(?:attackers|assailants|gunmen|raiders|militants|insurgents|jihadists|bandits|fighters|gunman|attacker|"
    r"assailant|bomber|gang\s+members|"
    # (stop 27: "The terrorists lobbed a grenade at the vehicle", "The aircraft dropped two bombs on the village")
    r"terrorists|rebels|extremists|aircraft|warplanes?|jets|drones?|helicopters?)"
)
#: ... or with the same generic noun and "also"/"then" ("Gunmen also set fire to 45 homes")
_THE_ATTACKERS = re.compile(
    # (or all or some of them: "All ten attackers were killed by security forces", "Four of the attackers were")
    rf"\s*(?:[\"“]?\s*)?(?:(?:The|All(?:\s+the)?(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?|"
    rf"Both(?:\s+the)?|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+of\s+the)\s+{_ATTACKER_NOUNS}\b(?:[^,.;]{{0,40}}?\s+)?(?:then\s+|also\s+|later\s+)?"
    rf"|(?i:{_ATTACKER_NOUNS})\s+(?:also|then|later)\b)"
)
#: ... or as what a speaker said of them: "District police officer X said the attackers used hand grenades"
_SAID_THE_ATTACKERS = re.compile(
    rf"[^.;]{{0,120}}?\b(?:said|says|added|told\s+(?:[\w-]+\s+){{1,3}}?)\s+(?:that\s+)?the\s+{_ATTACKER_NOUNS}\b",
    re.IGNORECASE,
)
#: the doers of the deed just told, as the subject of the next: "They shot residents ..."
_THEY_THEN = re.compile(
    r"\s*(?:They|He|She)\s+(?:then\s+|also\s+|later\s+)?(?!said\b|say\b|told\b|added\b)\w"
)
#: a speech verb right before a date: the date of the saying ("said on Tuesday", "told reporters on Monday")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}?|announced|reported|stated|added|confirmed|wrote|posted|"
    r"claimed(?:\s+responsibility)?)\s+"
    # ("said in a statement on Saturday that ...", "said in a video posted on Telegram on Friday")
    r"(?:(?:in|on|via|through)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|video|message|post|"
    r"communiqu[eé]|briefing|posting)\s+(?:(?:posted|published|released|issued)\s+(?:on\s+[A-Z][\w-]+\s+)?)?|"
    # ("said on state television on Thursday", "told reporters in Niamey on Thursday")
    r"on\s+(?:state\s+|national\s+|local\s+)?(?:television|TV|radio|Telegram|X|Facebook|social\s+media)\s+|"
    r"in\s+[A-Z][\w'’-]+\s+)?$",
    re.IGNORECASE,
)
#: a date opening its sentence before a saying: "On Sunday, an official had told reporters that ..." (the day of the
#: saying, as in "said on Sunday that")
_SAYING_AFTER_DATE = re.compile(
    r",?\s+(?:[\w'’-]+\s+){1,6}?(?:had\s+|has\s+|have\s+)?(?:said|told|announced|reported|confirmed|stated|added)\b",
    re.IGNORECASE,
)
_SAYING_RIGHT_AFTER = re.compile(
    r"\s+(?:said|claimed|announced|told|reported|confirmed|stated|denied)\b", re.IGNORECASE
)
#: the day of a statement, told before it: "In a statement on Monday", "in a video released on Friday"
_STATEMENT_ON_BEFORE = re.compile(
    r"\b(?:in|via|through)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|video|message|post|"
    r"communiqu[eé]|briefing|press\s+release)\s+(?:(?:posted|published|released|issued|read(?:\s+out)?|broadcast|"
    # ("in a communiqué read on state television on Thursday evening")
    r"aired)\s+(?:on\s+(?:state\s+|national\s+|local\s+)?(?:television|TV|radio|Telegram|X|Facebook|social\s+media)\s+)?)?"
    r"(?:on\s+|late\s+on\s+)?$",
    re.IGNORECASE,
)
#: the end of a duration, told before a date: "lasted until the early hours of Tuesday", "went on into Sunday"
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|lasted\s+into|continued\s+into|went\s+on\s+into|raged\s+into|dragged\s+on\s+into)\s+"
    r"(?:the\s+)?(?:(?:early|small|late)\s+)?(?:(?:hours|morning|evening|night)\s+of\s+)?$",
    re.IGNORECASE,
)
_OPENING_ON = re.compile(r"\W*(?:on\s+|late\s+on\s+|early\s+on\s+)?$", re.IGNORECASE)


def _saying_day(text: str, d: DateMention, lo: int) -> bool:
    """``d`` dates a saying, not a deed: "said on Sunday", "told reporters on Sunday", or "On Sunday, an official
    had told reporters" (the date opening the text from ``lo``)."""
    if _SAID_BEFORE.search(text, max(lo, d.start - 30), d.start) or _SAYING_RIGHT_AFTER.match(text, d.end):
        return True  # ("said on Sunday", "IS-K on Thursday claimed Tuesday's bombing")
    if _STATEMENT_ON_BEFORE.search(text, max(lo, d.start - 60), d.start):
        return True  # ("In a statement on Monday, the army said aircraft had struck militants ... on Sunday")
    return bool(_OPENING_ON.fullmatch(text, lo, d.start) and _SAYING_AFTER_DATE.match(text, d.end))


#: the side of the deed told before, named back: "repelled the attackers", "pursued the assailants"
_THE_ATTACKERS_NAMED = re.compile(
    r"\bthe\s+(?:attackers|assailants|raiders|gunmen|insurgents|militants)\b", re.IGNORECASE
)
#: a deed's object named back: "attacked the post", "stormed the same camp"
_THE_OBJECT_AFTER = re.compile(
    r"\s+the\s+(?:same\s+)?(post|base|camp|checkpoint|checkpost|village|town|convoy|station|barracks|patrol|"
    r"position|outpost|market|building|compound|house|vehicle|bus|school|mosque|church|hospital|prison)\b",
    re.IGNORECASE,
)
_DEED_VERBS = frozenset(
    ("attacked", "stormed", "raided", "struck", "hit", "targeted", "ambushed", "overran", "shelled", "bombed")
)


def _object_told_before(text: str, lead: Trigger, sentence_start: int) -> bool:
    """The deed's object is one named in the sentences before ("... when militants attacked a police post in Lakki
    Marwat. Around fifteen militants armed with rifles and hand grenades attacked the post from three sides"): the
    deed told again with more detail, not another one."""
    if text[lead.start : lead.end].lower().rsplit(" ", 1)[-1] not in _DEED_VERBS:
        return False
    m = _THE_OBJECT_AFTER.match(text, lead.end)
    if m is None:
        return False
    return (
        re.search(
            rf"\b(?:an?|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{m.group(1)}\b",
            text[max(0, sentence_start - 600) : sentence_start],
            re.IGNORECASE,
        )
        is not None
    )


#: a definite noun of fighting that refers back ("in the fighting", "the clashes"), not a new battle
_THE_FIGHTING = re.compile(
    r".*\bthe\s+(?:ensuing\s+|subsequent\s+)?(?:fighting|clashes|firefight|gunfight|shootout|gun\s*battle|"
    r"exchange\s+of\s+fire)$",
    re.IGNORECASE | re.DOTALL,
)
#: "the town", "the village", "the city" (not "the town of X", which names one)
_ANAPHOR_TOWN = re.compile(r"\bthe\s+(?:same\s+|said\s+)?(?:town|village|city)\b(?!\s+of\b)", re.IGNORECASE)
#: a town said as where something is: "Residents in Sake", "fighting near Goma"
_AT_TOWN_BEFORE = re.compile(
    r"\b(?:in|at|near|around|outside|inside)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")


def _town_said_before(text: str, start: int, places, place_starts) -> PlaceChoice | None:  # type: ignore[no-untyped-def]
    """The first town said with "in"/"at"/"near" in the sentence right before ``start`` (same paragraph), the
    antecedent of "the town" in the sentence at ``start``; None if there is none."""
    para = text.rfind("\n", 0, start) + 1
    head = text[para:start].rstrip()
    if not head:
        return None
    prev = para
    for m in _SENTENCE_END.finditer(text, para, para + len(head) - 1):
        prev = m.end()
    for pm in _within(places, place_starts, (prev, para + len(head))):
        if (
            pm.candidates
            and pm.candidates[0].place.kind == "settlement"
            and _AT_TOWN_BEFORE.search(text, max(prev, pm.start - 30), pm.start)
        ):
            return PlaceChoice(pm, pm.candidates[0], False, 0.0)
    return None


#: the article before a name told on the attack a side fought off: "repelled an ISWAP attack", '"repelled" the M23
#: offensive'
_ARTICLE_AFTER = re.compile(
    r"[\"”’']?\s+(?:an?|the|another)\s+(?:(?:fresh|major|large-scale|coordinated|renewed|attempted|night|dawn|"
    r"pre-dawn)\s+)?",
    re.IGNORECASE,
)
_ATTACK_NOUN_AFTER = re.compile(
    r"(?:\s+\([^)]{1,12}\))?\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|raids?|incursions?|advances?|push)\b",
    re.IGNORECASE,
)
_ANAPHOR_PLACE = re.compile(
    # ("the same area", "the said village", "the aforementioned town": the place told before)
    r"\b(?:(?:at|in|on|near|inside|outside|into)\s+)?the\s+(?:(?:same|said|aforementioned|above-mentioned|very)\s+)?"
    r"(base|airport|air\s*base|airbase|camp|city|town|village|area|"
    r"compound|facility|site|capital|district|province|region)\b(?!\s+of\b)"  # ("the town of X" names one)
    # (a person or body of the place: "the camp official said", "the district commissioner", "the city authorities")
    r"(?!\s+(?:officials?|spokes(?:man|woman|person)|chiefs?|commanders?|commissioners?|administrators?|"
    r"authorities|managers?|directors?|leaders?|heads?|council|elders|staff|doctors?)\b)"
    # (a way or spot only with "same": "on the same road" is the one told; "on the road" any road)
    r"|\bthe\s+same\s+(?:stretch\s+of\s+)?(?:road|highway|street|route|motorway|bridge|checkpoint|"
    r"neighbou?rhood|market|spot|location|locality|stretch)\b",
    re.IGNORECASE,
)
_DISTINCT = re.compile(
    r"\b(?:other|another|separate|second|new|further|different|additional|similar)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: a sentence that says it tells another event: "Separately, two people were killed ...", "Elsewhere, ..."
_DISTINCT_OPENER = re.compile(
    r"\s*(?:Separately|Elsewhere|In\s+(?:a\s+separate|another)\s+(?:incident|attack|strike|development))\b",
    re.IGNORECASE,
)
_PAST_MARKER = re.compile(
    r"\b(?:in\s+the\s+past(?!\s+(?:24|twenty-four|48|forty-eight|few)\s+(?:hours|days)\b)|previously|years\s+ago|decades\s+ago|last\s+year|"
    # (not a source's words then: "RSF drones hit the air base on Sunday, the army said at the time")
    r"(?<!said\s)(?<!says\s)(?<!reported\s)(?<!stated\s)at\s+the\s+time|"
    r"back\s+in|in\s+(?:19|20)\d\d|then-|"
    # a reminder of a deed told before: "Recall that pagers exploded across Lebanon", "It will be recalled that"
    r"\brecall\s+that|\bbe\s+recalled\s+that|\bworth\s+recalling)",
    re.IGNORECASE,
)
_IMPACT = re.compile(
    r"\b(?:damag(?:ed|ing|e)|destroyed\s+(?:a|an|the|several|two|three)\s+(?!drones?|rockets?|"
    r"missiles?)|hit\s+(?:a|an|the)\s+(?:building|house|home)|impacted|"
    # (not where a munition fell without harm: "one landed in the sea", "landed in an open field")
    r"landed\s+(?:in|on|near|inside)(?!\s+(?:the\s+sea|(?:an?\s+)?(?:open|empty|uninhabited|unpopulated|deserted)\s)))\b",
    re.IGNORECASE,
)
_SPECIFIC_KINDS = ("specific", "intercept")
_DURATIVE = re.compile(
    r"\b(?:for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|the\s+past\s+)?(?:\w+\s+)?"
    r"(?:years|decades|months)|since\s+(?:the\s+)?(?:start|beginning|outbreak)|"
    r"(?:have|has)\s+been\s+(?:fighting|battling|waging)|"
    # a trend: "fighting has spread into Gezira state"
    r"(?:fighting|clashes|violence|attacks|insecurity)\s+(?:has|have)\s+(?:now\s+)?(?:spread|escalated|intensified|"
    r"increased|worsened|surged)\b(?![^.;]*\b(?:killing|killed|wounding|on\s+\w+day|yesterday|today|last\s+night|"
    r"overnight)\b)|"
    # an overview: "air strikes continued to hit southern Lebanon ... during the reporting period"
    r"continued\s+to\s+(?:hit|strike|shell|pound|target|bomb|attack|kill)|"
    # ("intensified in El Fasher over the reporting period", "during the period under review")
    r"(?:during|over|in|throughout)\s+the\s+(?:reporting|review)\s+period|during\s+the\s+period\s+under\s+review|"
    # a tally since a day: "Insurgents have killed at least nine civilians since early May"
    r"(?:have|has)\s+(?!been\b)(?:\w+\s+)?(?:killed|attacked|abducted|kidnapped|displaced|burned|carried\s+out)\b"
    r"[^.;]{0,120}\bsince\s+(?!then\b|(?:the\s+)?(?:dawn|morning|midnight|early\s+hours|this\s+morning|weekend)\b|"
    # (a few days' count is news: "Russian shelling has killed four civilians in Kherson since Monday")
    r"(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+night)\b)|"
    # a war's or a group's running toll: "The ADF has killed thousands of civilians in eastern Congo", "Boko Haram
    # has killed more than 35,000 people" (thousands: no one deed's, unless a day is said)
    r"(?:have|has)\s+(?!been\b)(?:\w+\s+)?(?:killed|displaced|abducted|kidnapped)\s+(?:(?:more\s+than|over|at\s+least|"
    r"nearly|almost|some|about|an\s+estimated|well\s+over)\s+)?(?:thousands|tens\s+of\s+thousands|hundreds\s+of\s+"
    r"thousands|millions|\d{1,3}(?:,\d{3})+|\d{4,}|\d+\s+(?:thousand|million))\b(?![^.;]*\b(?:on\s+\w+day|yesterday|today|"
    r"last\s+night|overnight)\b)|"
    # a habit or a tally, not a deed: "conducts near-daily strikes", "the attacks are often launched from areas
    # controlled by ...", "Turkish strikes in the region have continued", "recorded 37 Turkish attacks in September"
    r"(?:near-|almost\s+|nearly\s+)?(?:daily|nightly|weekly)\s+(?:air\s+)?(?:strikes|attacks|raids|shelling|"
    r"bombardments?|incursions)(?![^.;]*\b(?:killing|killed|wounding|on\s+\w+day|yesterday|today|last\s+night|"
    r"overnight)\b)|"
    r"(?:is|are)\s+(?:often|frequently|regularly|routinely|usually|typically|mostly)\s+(?:launched|fired|carried\s+out|"
    r"conducted|staged)|"
    r"(?:strikes|attacks|raids|shelling|clashes)\s+(?:[\w-]+\s+){0,4}?(?:have|has)\s+continued\b"
    r"(?![^.;]*\b(?:killing|killed|wounding|on\s+\w+day|yesterday|today|last\s+night|overnight)\b)|"
    r"(?:recorded|documented|counted|registered|tallied)\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?\d+\s+(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|incidents|raids|violations)|"
    # a rivalry told in the present: "Los Lobos is fighting Los Choneros for control of drug routes"
    r"(?:is|are)\s+(?:still\s+|now\s+)?(?:fighting|battling|vying|competing)\b[^.;]{0,60}?\bfor\s+(?:control|"
    r"dominance|supremacy)|"
    # a tally since an event told before: "Clashes since then have killed 12 more"
    r"since\s+then(?=[^.;]*\b(?:have|has)\s)|(?:have|has)\s(?=[^.;]*\bsince\s+then\b))\b",
    re.IGNORECASE,
)


#: "the deadliest attack since the start of the war": a comparison, not a duration
#: a "since" clause the date ends: "since nationwide protests erupted two weeks ago"
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,6}$", re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:\w+iest|worst|biggest|largest|heaviest|first|most\s+\w+|single)\b[^,;]{0,60}$", re.IGNORECASE
)


#: a clause after the deed that the lasting state belongs to: "..., and since then ...", "; ...", or one about the
#: deed's place: "... in Tame, where the ELN and FARC dissidents have been fighting for three years"
_LATER_CLAUSE = re.compile(
    r",\s*and\b|;|,\s*(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?)?(?:where|in\s+which|whose)\b", re.IGNORECASE
)


#: a war as the killer, right before the deed's verb: its toll, no one deed ("The war, which escalated sharply in
#: September, killed more than 3,900 people in Lebanon", "the conflict has so far killed 40,000")
_WAR_AS_KILLER = re.compile(
    # (not what a war left behind: "Remnants of the Syrian war kill 4 civilians", a blast)
    r"(?<!remnants\sof\s)(?<!remnant\sof\s)(?<!leftovers\sof\s)(?<!relics\sof\s)\b(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:war|conflict|insurgency|uprising|civil\s+war|crisis)"
    r"(?:\s*,[^;]{0,110},)?\s+(?:has\s+|had\s+|have\s+)?(?:so\s+far\s+|now\s+|already\s+)?$",
    re.IGNORECASE,
)


def _durative(text: str, cs: int, ce: int, lead) -> bool:  # type: ignore[no-untyped-def]
    """The clause tells a state that lasts ("have been fighting for years"), not the deed of its trigger.

    Not when the lasting part is a comparison ("the deadliest strike since the start of the war") or a further
    clause joined after the deed ("captured Taloqan on Wednesday, and since then the two sides have been fighting").
    """
    if not found_ci(_DURATIVE, text, cs, ce):
        return False
    for m in _DURATIVE.finditer(text, cs, ce):
        if m.group(0).lower().startswith("since") and _SUPERLATIVE_BEFORE.search(text, cs, m.start()):
            continue
        if m.start() >= lead.end and _LATER_CLAUSE.search(text, lead.end, m.start()):
            continue
        return True
    return False


def _quote_like(text: str, s: Sentence) -> bool:
    return text[s.start] in '“"«'


def _within(places: list, starts: list[int] | None, scope: tuple[int, int]) -> list:
    """The place mentions that start inside ``scope`` (bounds included), in their order: every one a test of
    "inside the scope" can keep, without visiting the report's others. ``starts``: their starts, sorted (None
    when they are not: all of them then)."""
    if starts is None:
        return places
    return places[bisect.bisect_left(starts, scope[0]) : bisect.bisect_right(starts, scope[1])]


@dataclass(frozen=True, slots=True)
class _Cut:
    """The comma that ends a sentence-opening "Two days after <B>, <A>": it cuts the sentence into the related
    event's part and the main one, as a relation marker does, but relates nothing itself."""

    start: int
    end: int


#: what may come before a sentence-opening relation marker: quotes, brackets, space
_OPENING = re.compile(r"[\s\"“‘'(]*")


def _preposed(text: str, s: Sentence, rels: list) -> list[_Cut]:
    """A cut at the comma after a sentence-opening "<n days> after/before <B>," (the related event B is between
    the marker and the comma, the main event after it); [] when the sentence opens otherwise."""
    r = rels[0]
    if not r.text.lower().endswith(("after", "before")) or not _OPENING.fullmatch(text, s.start, r.start):
        return []
    told = _TOLD_DEED.match(text, r.end)
    if told is not None and told.end() < s.end and _CLAUSE_GOES_ON.match(text, told.end()):
        # "Two days after the raid the same group ambushed ...": no comma, the deed told before named and the main
        # clause right after it
        return [_Cut(told.end(), told.end())]
    c = text.find(",", r.end, min(s.end, r.end + 200))
    if c < 0 or any(r.end <= o.start < c for o in rels[1:]) or not re.search(r"[A-Za-z]{3}", text[c : s.end]):
        return []
    if _NO_OBJECT.fullmatch(text, r.end, c):
        return []  # "The day before, settlers ...", "Two days after that, ...": B is the event told before
    return [_Cut(c, c + 1)]


#: what may follow "Two days after the raid" as the start of the main clause (not more said of the raid: "in
#: Kaduna", "that killed five", "by the group")
_CLAUSE_GOES_ON = re.compile(
    r"(?!(?:in|on|at|near|of|by|for|from|with|against|that|which|who|when|where|and|or|was|were|had|has|is|"
    r"claimed|blamed|said|carried|killed|left)\b)[A-Za-z]",
    re.IGNORECASE,
)


#: what a sentence-opening "the day before" / "two days after" may have before its comma and still name no event
#: of its own
_NO_OBJECT = re.compile(r"\s*(?:that|this|it|then|these|those)?\s*", re.IGNORECASE)
#: the deed told before, named again by a bare noun: "Two days after the raid, ...", "The day after the attack,
#: ...", "A day after the killings, ..." (a noun with more said of it, "after the attack on a church in Kaduna",
#: may be a deed told here for the first time)
_TOLD_DEED = re.compile(
    r"\s*(?:the|that|this|these|those|its|their|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:(?:first|second|latest|last|earlier|previous|initial|"
    r"deadly|bloody|twin|[A-Z][\w'’-]+)\s+)?(?:raids?|attacks?|ambush(?:es)?|assaults?|killings?|massacres?|"
    r"incidents?|bombings?|blasts?|explosions?|strikes?|clash(?:es)?|abductions?|kidnappings?|shelling|fighting|"
    r"violence|offensive|incursion)\s*",
    re.IGNORECASE,
)


def _filed_on(datelines: tuple[tuple[int, str, str], ...], published: dt.date | None) -> dict[int, dt.date]:
    """Body start -> the day its paragraph's dateline says ("March 13"), on or before publication."""
    out: dict[int, dt.date] = {}
    if published is None:
        return out
    for start, said, _ in datelines:
        day = resolve_date(said, published=published)
        if day.precision is DatePrecision.DAY and day.event_date is not None:
            out[start] = day.event_date
    return out


def _same_day(r: object) -> bool:
    """ "the same day", "later that day": a relation of no offset to the event told before (a cut is none)."""
    if not isinstance(r, DateRelation) or r.days:
        return False
    said = r.text.lower()
    return "same" in said or said.startswith("later that")


def _minus(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``span`` without the ``holes`` inside it (sorted, disjoint), as the ranges left."""
    out, pos = [], span[0]
    for a, b in sorted(holes):
        if a > pos:
            out.append((pos, min(a, span[1])))
        pos = max(pos, b)
    if pos < span[1]:
        out.append((pos, span[1]))
    return out


#: a clause whose subject is one more of the deed just told: "..., and another hit a group of people in Deir al-Balah"
_ANOTHER = (
    r"\W*(?:and\s+)?(?:another|a\s+(?:second|third|fourth|fifth|further|fresh|subsequent|follow-up))\s+"
)
_ANOTHER_OPENS = re.compile(_ANOTHER + r"(?!\d)", re.IGNORECASE)
#: the noun of "another <noun>" that names no kind of its own: "another strike", "a second wave", "a further attack"
_ANOTHER_GENERIC = re.compile(
    _ANOTHER
    + r"(?:(?:deadly|deadlier|large|larger|massive|heavy|heavier|major)\s+)?(?:wave|salvo|volley|strike|attack|"
    r"assault|raid|barrage|round\s+of\s+(?:strikes|attacks|shelling))s?\b",
    re.IGNORECASE,
)


#: "another wave of <kind>": the kind named ("of missiles"), unless it is a deed's noun ("of strikes")
_OF_KIND = re.compile(r"\s+of\s+(?!(?:air\s*|drone\s+)?(?:strikes|attacks|raids)\b)", re.IGNORECASE)


def _another_of_its_kind(text: str, clause: tuple[int, int], told: list, before: _Mention) -> list:
    """Deeds told as "another" of the one told just before ("a strike on a tent in Nuseirat killed four people, and
    another hit a group of people in Deir al-Balah, killing three"; "Russian forces launched 30 drones at Odesa. A
    second wave hit Izmail") are of its kind and by its attacker when they name neither: the killing told with no
    weapon of its own is that strike's kind, not an attack on civilians, and the second wave is Russia's. Each is a
    deed of its own, not the one told before told again."""
    if before.event_type not in (ERV, BATTLES) or before.historical:
        return told
    if _ANOTHER_OPENS.match(text, clause[0]) is None:
        return told
    more = _ANOTHER_GENERIC.match(text, clause[0])
    if more is None and any(m.sentence != before.sentence for m in told):
        return (
            told  # (a sentence after: only a deed's noun says one more of it, not "Another man was killed")
        )
    # ("a second wave of missiles": a kind of its own, the attacker still the one told before)
    kindless = more is not None and _OF_KIND.match(text, more.end()) is None
    out = []
    for m in told:
        if (m.sub_event_type == "Attack" and m.weapon is None) or (
            kindless and m.event_type in (ERV, BATTLES, "?")
        ):
            m = replace(
                m, event_type=before.event_type, sub_event_type=before.sub_event_type, weapon=before.weapon
            )
        elif more is None or m.event_type not in (ERV, BATTLES):
            out.append(m)
            continue
        out.append(
            replace(
                m,
                actor1=m.actor1 or before.actor1 if more is not None else m.actor1,
                anaphoric=False,
                distinct=True,  # (another: not the one told before, however near its place, nor part of it)
                leaker=False,
            )
        )
    return out


def _part_of(rels: list[DateRelation], s: Sentence, pos: int) -> tuple[int, int]:
    cuts = [s.start] + [x for r in rels if not _same_day(r) for x in (r.start, r.end)] + [s.end]
    parts = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    for p in parts:
        if p[0] <= pos < p[1]:
            return p
    return (s.start, s.end)


#: who takes part in a street clash: a demonstration's crowd, other crowds, the forces that police them
_DEMO_CROWD = r"(?:protesters|protestors|demonstrators|marchers|rioters)"
_OTHER_CROWD = (
    r"(?:students|youths|crowds?|mourners|residents|supporters|activists|workers|farmers|traders|worshippers|fans|"
    r"villagers|locals)"
)
_CROWD_FORCES = (
    r"(?:(?:riot|anti-riot)\s+)?(?:police(?:men)?|security\s+(?:forces|personnel|officers)|gendarmes|gendarmerie|"
    r"troops|soldiers|officers)"
)
_CLASH_SIDE = rf"(?:{_DEMO_CROWD}|{_OTHER_CROWD}|{_CROWD_FORCES})"
_DEMO_CROWD_RE = re.compile(_DEMO_CROWD, re.I)
_OTHER_CROWD_RE = re.compile(_OTHER_CROWD, re.I)
_CROWD_FORCES_RE = re.compile(_CROWD_FORCES, re.I)
#: the side told before a clash: "Protesters clashed", "Some demonstrators later clashed"
_CLASH_SUBJECT = re.compile(
    rf"\b(?P<a>{_CLASH_SIDE})\s+(?:(?!and\b|but\b|as\b|after\b|while\b|when\b)[\w'’-]+\s+){{0,3}}?$", re.I
)
#: the sides told after it: "clashed with riot police", "clashes between police and protesters"
_CLASH_OBJECT = re.compile(
    rf"\s+(?:broke\s+out\s+|erupted\s+)?(?:with|between|against)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<a>{_CLASH_SIDE})\b"
    rf"(?:\s+and\s+(?:[\w'’-]+\s+){{0,2}}?(?P<b>{_CLASH_SIDE})\b)?",
    re.I,
)


def _crowd_clash(text: str, t: Trigger, clause: tuple[int, int]) -> bool:
    """A clash of a demonstration's crowd, or of a crowd with the police ("Protesters clashed with police",
    "clashes between police and students"): ACLED's Violent demonstration, not an Armed clash between armed
    organisations; villagers fighting bandits are no crowd clash."""
    if t.rule.name != "clash":
        return False
    sides = []
    before = _CLASH_SUBJECT.search(text, max(clause[0], t.start - 60), t.start)
    if before is not None:
        sides.append(before.group("a"))
    after = _CLASH_OBJECT.match(text, t.end, min(clause[1], t.end + 90))
    if after is not None:
        sides += [x for x in after.group("a", "b") if x]
    if any(_DEMO_CROWD_RE.fullmatch(x) for x in sides):
        return True
    return any(_OTHER_CROWD_RE.fullmatch(x) for x in sides) and any(
        _CROWD_FORCES_RE.fullmatch(x) for x in sides
    )


def _family_of(t: Trigger, names: set[str], crowd_clash: bool = False) -> str:
    crowd = bool(names & {"protest", "riot", "mob"})
    if t.rule.kind == "intercept" or t.rule.event_type == ERV:
        return "remote"
    if (
        t.rule.name in ("protest", "riot", "mob")
        or (crowd and t.rule.name in ("arrest", "looting"))
        or crowd_clash
    ):
        return "crowd"
    if t.rule.event_type == BATTLES:
        return "battle"  # "recaptured the village after two days of fighting" is one event
    return t.rule.name


def _split_group(group: list[Trigger], text: str, clause: tuple[int, int]) -> list[list[Trigger]]:
    """One trigger list per event a clause tells: an attack and its interception, a protest and the arrests that
    broke it up, a town recaptured after fighting are one event each; an arrest and a weapons seizure, or a clash
    and a bombing, are two. Generic triggers ("attack", "killed") go with the first event."""
    if not group:
        return []
    names = {t.rule.name for t in group}
    fams: dict[str, list[Trigger]] = {}
    generic = []
    for t in group:
        if t.rule.kind in ("specific", "intercept"):
            fams.setdefault(_family_of(t, names, _crowd_clash(text, t, clause)), []).append(t)
        else:
            generic.append(t)
    if not fams:
        return [group]
    out = list(fams.values())
    out[0] = sorted(out[0] + generic, key=lambda t: t.start)
    return out


_CLAIMED_OBJECT = re.compile(
    # ("claimed both attacks", "claimed all three attacks", "claimed responsibility for both of the attacks")
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:(?:both|all)\b(?:\s+(?:of\s+)?"
    r"(?:the|these|those))?|(?:the|these|those|this|that)\b)[^.;]{0,80}$",
    re.IGNORECASE,
)
_SAID_IT_HAD = re.compile(
    r"\b(?:said|says|claimed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$", re.I
)
#: the dead a crowd demands justice for: "demanding accountability for the collapse that killed 15 people"
_DEMANDED = re.compile(
    r"\b(?:demand\w*|call\w*\s+for|seek\w*|protest\w*\s+(?:against|over))\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:that|which|who)\s+(?:had\s+)?(?:killed|died)\b|\b(?:accountability|justice)\s+for\b",
    re.I,
)
#: what a protest answers: "protested after bandits killed 11", "the protest followed an attack in which ..."
_PROTEST_CAUSE = re.compile(
    r"\b(?:after|following|followed|over|against|in\s+response\s+to|to\s+protest|to\s+denounce|to\s+condemn|"
    r"sparked\s+by|triggered\s+by|angered\s+by|outraged\s+by|in\s+protest\s+at)\b",
    re.IGNORECASE,
)
_REMEMBERED = re.compile(
    r"\b(?:commemorat\w*|mourn\w*|remember\w*|honou?r(?:ing)?|memorial|in\s+memory|funerals?|burials?|buried)\b",
    re.I,
)
_SHOT_VERB = re.compile(
    r"(?:shot|shoots?|opened\s+fire|opens?\s+fire|gunned\s+down|killed|kills?|murdered)$", re.I
)
_IN_A_NOUN_BEFORE = re.compile(r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: a war's toll, not one event's
_WAR_TOLL = re.compile(
    r"\b(?:war|conflict|insurgency)\b[^.;]{0,100}\b(?:has|have)\s+(?:now\s+)?(?:killed|left|claimed)\b|"
    # "a five-year civil war in which some 400,000 people were killed"
    r"\b(?:war|conflict|insurgency|genocide)\s+(?:in\s+which|that|which)\s+[^.;]{0,60}?\b(?:were\s+killed|died|killed)\b|"
    r"\bsince\s+the\s+(?:war|conflict|invasion|offensive)\s+(?:began|started|broke\s+out)\b",
    re.IGNORECASE,
)
#: a deed of its own in the clauses before: a bomb, a strike, an attack (the toll there is that deed's)
_OWN_DEED_BEFORE = re.compile(
    r"\b(?:bomb|blast|explosion|strike|shelling|attack|ambush|raid|clash|fighting|gunmen|gunfire|drone|missile|"
    r"rocket|IED|mine|shot|stabbed)",
    re.IGNORECASE,
)
_CROWDS_FOUGHT = re.compile(r"\b(?:fought|clashed)\b", re.IGNORECASE)


#: what an attack named as the subject shows: analysis, not a telling of the deed ("The Bamako attack shows that ...")
_ANALYSIS_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|against|near|of)\s+[^,;.]{1,60}?)?\s+(?:(?:has|have|had|also|clearly)\s+){0,2}"
    r"(?:demonstrat(?:ed|es)|show(?:ed|s|n)|highlight(?:ed|s)|underline[sd]|underscore[sd]|expos(?:ed|es)|"
    r"reveal(?:ed|s)|illustrat(?:ed|es)|signal(?:l?ed|s)|reflect(?:ed|s)|suggest(?:ed|s)|prove[sd]|proven|"
    r"laid\s+bare|lays\s+bare|(?:raised|raises)\s+(?:new\s+|fresh\s+|serious\s+)?(?:questions|concerns|fears|doubts))\b",
    re.IGNORECASE,
)
#: a deed referred to by a time preposition and nothing more: "... after the strike.", "since the attacks,"
_AFTER_THE = re.compile(
    r"\b(?:after|following|since|before|despite|amid|over)\s+the\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;,:!?)]|$)")
#: the origin of munitions: "launched by Russia", "fired from Yemen", "from southern Lebanon"
_LAUNCHED_FROM = re.compile(
    r"\b(?:(?:launched|fired|sent|flown)\s+(?:by|from)|from)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|"
    r"occupied|\w+-held)\s+)?$",
    re.IGNORECASE,
)
#: ... said of munitions fired: "rockets were fired from the northern Gaza Strip", "missiles launched from Yemen"
_FIRED_FROM = re.compile(
    # ("fired a missile from Houthi-controlled areas of Yemen toward a US destroyer")
    r"\b(?:launched|fired)\s+(?:(?:an?|one|two|three|four|\d+)\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|drones?|"
    r"projectiles?|shells?)\s+)?from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?"
    r"(?:[\w'’]+-(?:controlled|held)\s+(?:areas?|parts?|territory)\s+(?:of|in)\s+)?"
    r"(?:(?:northern|southern|eastern|western|occupied|\w+-held)\s+)?$",
    re.IGNORECASE,
)
#: sirens warning a town of incoming munitions: "Sirens sounded in Sderot", "sirens blared across Kiryat Shmona"
_SIRENS_IN = re.compile(
    r"\bsirens?\s+(?:(?:had|have|were|also)\s+)?(?:sounded|sounding|blared|blaring|wailed|wailing|went\s+off|"
    r"rang\s+out|were\s+heard|were\s+activated)\s+(?:in|across|over|throughout)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: how far back the sirens may be told (the sentence before an interception)
_SIRENS_BACK = 160


def _last_match(rx: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text[start:end]`` (None when there is none)."""
    found = None
    for found in rx.finditer(text, start, end):  # noqa: B007 (the last one is kept)
        pass
    return found


#: where an attack was launched from, whatever its type: "the attack was launched from the direction of the occupied
#: Golan" (the place struck is told elsewhere; the launch point is no place of the deed)
_ATTACK_LAUNCHED_FROM = re.compile(
    r"\blaunched\s+from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?"
    r"(?:(?:northern|southern|eastern|western|occupied|\w+-held)\s+)?$",
    re.IGNORECASE,
)
#: provinces named by a plain word (Zambia's Southern, Kenya's Coast): no sign of their country when said alone
_GENERIC_PROVINCE_NAMES = frozenset(
    [
        "southern",
        "northern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "centre",
        "center",
        "coast",
        "coastal",
        "littoral",
        "lakes",
        "highlands",
        "lowlands",
        "upper",
        "lower",
        "capital",
        "national",
        "interior",
        "plateau",
        "mountain",
        "valley",
        "islands",
        "border",
    ]
)
#: "Ukraine's air force", "Israel's military": a country's forces, told by a possessive
_FORCES_OF_AFTER = re.compile(
    r"['’]s?\s+(?:air\s+force|army|military|armed\s+forces|forces|troops|navy|air\s+defen[cs]es?|"
    r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|police|national\s+guard|coast\s+guard)\b",
    re.IGNORECASE,
)
#: a crowd's own violence: "burned vehicles", "torched a police station", "looted shops", "pelted police with stones"
_CROWD_VIOLENCE = re.compile(
    r"\b(?:(?:burned|burnt)(?!\s+(?:tyres|tires|effigies|flags|an\s+effigy|a\s+flag|(?:old\s+)?car\s+tyres))|torched|"
    r"set\s+(?:fire\s+to|ablaze|alight)(?!\s+(?:tyres|tires|effigies|an\s+effigy))|looted|ransacked|vandali[sz]ed|smashed|pelted|"
    r"stoned|(?:hurled|hurling|threw|throwing|pelting\s+(?:[\w-]+\s+){0,3}?with)\s+(?:stones|rocks|petrol\s+bombs|"
    r"molotov|bricks|bottles|firebombs))\b",
    re.IGNORECASE,
)
#: a sentence telling the answer to the deed told just before: "India responded with air strikes", "In
#: retaliation, ..."
_SEQUEL_OPENS = re.compile(
    r"\s*(?:(?:[A-Z][\w'’.-]+\s+){1,3}(?:responded|retaliated|hit\s+back|struck\s+back)\b|In\s+(?:response|retaliation)\b)"
)
#: the armed or the forces among the dead: a battle's toll, not a crackdown's
_FORCES_DEAD = re.compile(
    r"\b(?:soldiers?|troops|servicemen|militants?|fighters?|insurgents?|rebels?|gunmen|attackers|jihadists|"
    r"policemen|police\s+officers|gendarmes|militiamen)\b",
    re.IGNORECASE,
)
#: a toll summed over places: "11 civilians on both sides", "in total", "across the region"
#: an area said whole: "across the Gaza Strip", "throughout Kharkiv region"
_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?$", re.IGNORECASE)
#: a day's count: "over the past 24 hours", "in the past day"
_PAST_DAY = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four|48|forty-eight)\s+hours\b|"
    r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+day\b",
    re.IGNORECASE,
)
_SUMMARY_TOLL = re.compile(
    r"\b(?:on\s+both\s+sides|on\s+either\s+side|in\s+total|in\s+all|altogether|combined|across\s+the\s+"
    r"(?:country|region|province|state|border|north|south|east|west))\b",
    re.IGNORECASE,
)
#: "..., but one struck a house": munitions that got through (the events rule, to find the clause)
_LEAKER = next(r.pattern for r in RULES if r.name == "leaker-hit")
#: flying munitions named (the events' vocabulary): what "one struck a house" after "Hamas fired 20 rockets ...
#: most were intercepted" was
_MUNITIONS = re.compile(rf"\b{FLYING}\b", re.IGNORECASE)
#: how far back the munitions of "one struck ..." may be told (the sentence before and its own)
_MUNITIONS_BACK = 400


#: where munitions that got through fell without harm: "one fell in an open field" (the barrage stays an interception)
_HARMLESS_FALL = re.compile(
    r"\b(?:open|empty|uninhabited|unpopulated|deserted)\s+(?:areas?|fields?|ground|spaces?|land|terrain)\b|"
    r"\b(?:fell|landed)\s+(?:short|in\s+the\s+sea|into\s+the\s+sea|at\s+sea|harmlessly)\b|\bno\s+(?:damage|injur|casualt)",
    re.IGNORECASE,
)


#: the longest "since <day>" told as one event: a week ("since Monday"); longer is a tally over a period
_SINCE_MAX_DAYS = 7


def _until_published(res: DateResolution, published: dt.date | None) -> DateResolution:
    """ "since Monday": from that day to the report's day (week precision; the day itself when it is that day)."""
    start = res.date_start
    if published is None or start is None or not 0 < (published - start).days <= _SINCE_MAX_DAYS:
        return res
    mid = start + (published - start) / 2
    return replace(res, event_date=mid, date_start=start, date_end=published, precision=DatePrecision.WEEK)


def _leakers_cut(pieces: list[tuple[int, int]], starts: list[int]) -> list[tuple[int, int]]:
    """The clauses with each "the other fell ..." of munitions that got through starting a clause of its own ("One
    was intercepted and the other fell in an open area": the interception and the impact are two deeds)."""
    out = []
    for cs, ce in pieces:
        for k in sorted(k for k in starts if cs < k < ce):
            out.append((cs, k))
            cs = k
        out.append((cs, ce))
    return out


#: munitions that got through told with their count and noun ("and two missiles hit"): a leak only after
#: interceptions told in the same sentence
_COUNTED_LEAK = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|the\s+(?:other|remaining)\s+[\w-]+)\s+"
    r"(?:missiles?|rockets?|drones?|shells?|projectiles?)\s",
    re.IGNORECASE,
)


def _counted_leaks_after_interceptions(text: str, trigs: list) -> list:
    """The sentence's triggers without the leaks told by count and noun that follow no interception: "Hamas fired 20
    rockets at Ashkelon, and two rockets hit Sderot" is one more strike, not some of the 20 that got through; "ten
    were shot down and two missiles hit a district" is."""
    return [
        t
        for t in trigs
        if not (
            t.rule.name == "leaker-hit"
            and _COUNTED_LEAK.match(text, t.start, t.end)
            and not any(u.rule.kind == "intercept" and u.start < t.start for u in trigs)
        )
    ]


def _munitions_told_before(text: str, pos: int) -> str | None:
    """The weapon of the last flying munitions named in the few hundred characters before ``pos``, or None."""
    last = None
    for last in _MUNITIONS.finditer(text, max(0, pos - _MUNITIONS_BACK), pos):  # noqa: B007
        pass
    return weapon_of(last.group(0)) if last is not None else None


#: the arms that back a ground force: "backed by US air strikes", "with the support of drones"
_BACKING = re.compile(
    r"\b(?:(?:backed|supported|aided|covered|assisted)\s+by|with\s+(?:the\s+)?(?:support|help|backing|cover)\s+"
    r"(?:of|from))\s+(?:[\w'’-]+\s+){0,2}?(?:air\s*strikes?|airstrikes|air\s+power|air\s+support|drones?|artillery|"
    r"aircraft|jets|warplanes|helicopters?|gunships?)\b",
    re.IGNORECASE,
)


def _without_backing(clause_text: str) -> str:
    """The clause without the arms that backed the deed ("forces backed by US air strikes killed 15 militants": a
    ground fight's weapon is not the air strikes'), nor the arms that were its target ("struck a missile
    launcher")."""
    if "by" in clause_text or "with" in clause_text:
        clause_text = _BACKING.sub(" ", clause_text)
    return without_struck_arms(clause_text)


#: forces acting on a crowd: "were dispersed", "tear gas", "arrested", "broke up" (not "demanding the release of
#: detained classmates": people held before; the clause is read with :data:`_RELEASE_OF_HELD` blanked)
_INTERVENED = re.compile(
    r"\b(?:(?:(?<=were\s)|(?<=was\s)|(?<=been\s))dispersed|tear\s*gas|water\s+cannon|"
    r"(?<!of\s)arrested|(?<!of\s)detained|batons?|rubber\s+bullets|beat|broke\s+up|push(?:ed)?\s+back|"
    r"charged\s+(?:at\s+)?(?:the\s+)?(?:crowds?|protesters|demonstrators))\b",
    re.IGNORECASE,
)
#: "dispersed" in the active voice: forces dispersing a crowd, or a crowd leaving of itself (not "dispersed
#: peacefully", "dispersed after speeches": those leave of themselves whoever is named)
_DISPERSED = re.compile(
    r"\bdispersed(?!\s+(?:peacefully|quietly|calmly|without\s+incident|on\s+their\s+own|after|later|"
    r"at\s+(?:dusk|noon|night|midday)|by\s+(?:evening|noon|nightfall)))\b",
    re.IGNORECASE,
)


def _type_group(text: str, group: list[Trigger], clause: tuple[int, int], actors: list[ActorMention]):
    """ACLED type of one clause's triggers: (event_type, sub_event_type, weapon, intercepted, score, lead trigger)."""
    cs, ce = clause
    clause_text = text[cs:ce]
    intercept = [t for t in group if t.rule.kind == "intercept"]
    specific = [t for t in group if t.rule.kind == "specific"]
    manned = [t for t in specific if t.rule.name == "aircraft-downed"]
    if manned and intercept and any(t.rule.name == "intercept-active" for t in intercept):
        # "Jets shot down 20 drones": the aircraft shot the drones down, nothing downed them
        manned = [t for t in manned if not any(i.start < t.end and t.start < i.end for i in intercept)]
    if manned:
        t = manned[0]
        return ERV, "Shelling/artillery/missile attack", "missile", False, t.rule.score, t
    if intercept:
        t = max(intercept, key=lambda x: x.rule.score)
        weapon = t.weapon or weapon_of(clause_text)
        if weapon in ("aircraft", None) and re.search(r"drone|UAV|unmanned", clause_text, re.IGNORECASE):
            weapon = "drone"
        # (stopped when any of its triggers says so: "recovered and defused an IED" is defused, not only seized)
        stopped = any(x.rule.name != "seized-weapons" for x in intercept)
        return SD, "Disrupted weapons use", weapon, stopped, t.rule.score, t
    if (
        specific
        and {t.rule.name for t in specific} <= {"looting", "arrest"}
        and any(
            t.rule.name == "violence"
            and _KILL_VERB.match(text, t.start, t.end)
            # (a deed, not a noun: "arrested five suspects over the killing of a judge")
            and not _NOMINAL_BEFORE.search(text, max(cs, t.start - 12), t.start)
            for t in group
        )
    ):
        # "stormed the village, killing 12 residents and looting homes", "killed two ISKP members and detained
        # three others in a raid": the killing is the event, the looting or the arrests part of it
        specific = []
    elif (
        specific
        and all(t.rule.name == "looting" for t in specific)
        and _hurt_count(_casualties(text, cs, ce))
    ):
        # "Settlers set fire to two homes ..., injuring five Palestinians": people hurt make it an attack (ACLED codes
        # Looting/property destruction only where no one is physically harmed); the burning is part of it
        specific = []
    if specific:
        names = {t.rule.name for t in specific}
        clash = next((t for t in specific if _crowd_clash(text, t, clause)), None)
        if clash is not None and not names & {"riot", "mob"}:
            # "Protesters clashed with police", "clashes between police and students": the crowd's physical clash
            # makes it a riot (ACLED: Violent demonstration), whoever started it
            return RIOTS, "Violent demonstration", None, False, clash.rule.score, clash
        if "arrest" in names and "riot" in names:
            first = min(t.start for t in specific if t.rule.name == "arrest")
            # "Police detained 12 rioters": the people arrested are named so, the arrest is the event
            specific = [
                t
                for t in specific
                if not (
                    t.rule.name == "riot" and t.start > first and text[t.start : t.end].lower() == "rioters"
                )
            ]
            names = {t.rule.name for t in specific}
        if "riot" in names or "mob" in names:
            t = next(t for t in specific if t.rule.name in ("riot", "mob"))
            if t.rule.name == "riot" and _CROWDS_FOUGHT.search(text, t.start, t.end):
                # "supporters of two rival candidates clashed with sticks": crowds fighting each other, no
                # demonstration (ACLED: Mob violence)
                return t.rule.event_type, "Mob violence", None, False, t.rule.score, t
            return t.rule.event_type, t.rule.sub_event_type, None, False, t.rule.score, t
        if "protest" in names:
            t = next(t for t in specific if t.rule.name == "protest")
            if _CROWD_VIOLENCE.search(clause_text):
                # "Residents burned vehicles and looted shops to protest the killings": the crowd's own violence
                # makes it a riot (ACLED: Violent demonstration), whoever broke it up
                return RIOTS, "Violent demonstration", None, False, t.rule.score, t
            sub = "Peaceful protest"
            lethal = re.search(r"\b(?:killed|shot\s+dead)\b", clause_text, re.I)
            # shots at the crowd are excessive force when they hit someone; fired with nobody hurt they are an
            # intervention ("Police fired live rounds at protesters. No one was killed.")
            fired = _GUNFIRE.search(clause_text)
            if lethal is None and fired is not None and _hurt_count(_casualties(text, cs, ce)):
                lethal = fired
            cause = _PROTEST_CAUSE.search(clause_text, 0, lethal.start()) if lethal is not None else None
            if (
                cause is not None
                and lethal is not None
                # (not "marched against the government ... and police shot dead two of them": the authorities' deed)
                and not _AUTHORITY.search(clause_text, cause.end(), lethal.start())
            ):
                # "residents protested in Funtua after bandits killed 11 people": the killing the crowd protests, not
                # force used on it
                lethal = None
            if lethal is not None and not (
                # the dead a gathering remembers: "gathered to commemorate soldiers killed in the war"
                (_REMEMBERED.search(clause_text) or _DEMANDED.search(clause_text))
                and not re.search(r"\b(?:live\s+(?:ammunition|fire)|opened\s+fire)\b", clause_text, re.I)
            ):
                sub = "Excessive force against protesters"
            elif _INTERVENED.search(_RELEASE_OF_HELD.sub(" ", clause_text)) or (
                # a crowd that "dispersed" met forces only where they are named: "police fired into the air and the
                # crowd dispersed", not "marched peacefully on Tuesday and dispersed in the evening"
                _DISPERSED.search(clause_text) and _AUTHORITY.search(clause_text)
            ):
                sub = "Protest with intervention"
            if sub == "Peaceful protest" and fired is not None:
                sub = "Protest with intervention"
            return PROTESTS, sub, None, False, t.rule.score, t
        dropped = [d for d in specific if d.rule.name == "drone-launched"]
        if dropped:
            # "a drone had dropped an explosive device on a lorry": a drone's munition, not an emplaced IED
            specific = [
                x
                for x in specific
                if not (x.rule.name == "ied" and any(d.start <= x.start <= d.end + 5 for d in dropped))
            ]
        t = max(specific, key=lambda x: (x.rule.score, -x.start))
        if t.rule.name == "aircraft-struck" and _suicide_bomber_told(
            text, cs, text[max(cs, t.start - 6) : t.end]
        ):
            return ERV, "Suicide bomb", "suicide_vest", False, t.rule.score, t
        etype, sub = t.rule.event_type, t.rule.sub_event_type
        weapon = t.weapon
        if weapon == "suicide_vest" and any(x.rule.name == "car-bomb" for x in specific):
            # "A suicide bomber rammed an explosives-laden vehicle into a checkpoint": a suicide bombing (ACLED), its
            # bomb the vehicle, not a vest
            weapon = "car_bomb"
        if etype == ERV and weapon is None:
            weapon = weapon_of(_without_backing(clause_text))
            if t.rule.name == "state-struck" and weapon in ("rocket", "missile", "mortar", "artillery"):
                # "Russia struck Kharkiv with missiles": the weapon said decides
                return ERV, "Shelling/artillery/missile attack", weapon, False, t.rule.score, t
            if sub == "Air/drone strike" and weapon not in ("drone", "aircraft"):
                weapon = "drone" if re.search(r"drone|UAV", clause_text, re.IGNORECASE) else "aircraft"
        if t.rule.name in ("regain", "overtake"):
            takers = [a for a in actors if cs <= a.start < t.start and a.cls in ("state", "group", "armed")]
            # the verb's subject right before it ("37 soldiers were killed when jihadist fighters overran the base"),
            # else the first side named
            last = takers[-1] if takers else None
            subject = (
                last is not None
                and t.start - last.end <= 20
                and "," not in text[last.end : t.start]
                # (not an aside's helpers: "Troops, backed by militia fighters, recaptured ...")
                and not _HELPED_BY_BEFORE.search(text, max(cs, last.start - 20), last.start)
            )
            if subject:
                # coordinated subjects ("the army and allied clan militias recaptured"): the state's forces, if among
                # them, are who regained the ground
                chain = [last]
                for a in reversed(takers[:-1]):
                    if not _COORDINATED.fullmatch(text, a.end, chain[-1].start):
                        break
                    chain.append(a)
                state_first = next((a for a in chain if a.cls == "state"), last)
            else:
                state_first = takers[0] if takers else None
            if state_first is not None:
                sub = (
                    "Government regains territory"
                    if state_first.cls == "state"
                    else ("Non-state actor overtakes territory")
                )
        return etype, sub, weapon, False, t.rule.score, t
    # generic and violence triggers only: the weapon or the victims decide
    t = max(group, key=lambda x: (x.rule.score, -x.start))
    weapon = weapon_of(_without_backing(clause_text))
    if weapon is None and any(x.rule.name == "leaker-hit" for x in group):
        weapon = _munitions_told_before(
            text, cs
        )  # "Most were intercepted, but one struck a house": the rockets'
    if weapon == "aircraft" and _AIRCRAFT_HIT.search(clause_text):
        weapon = None  # "A military helicopter came under fire": the aircraft was the target, not the weapon
    if weapon == "aircraft" and _suicide_bomber_told(text, cs, clause_text):
        weapon = "suicide_vest"
    sub_by_weapon = {
        "drone": (ERV, "Air/drone strike"),
        "aircraft": (ERV, "Air/drone strike"),
        "rocket": (ERV, "Shelling/artillery/missile attack"),
        "missile": (ERV, "Shelling/artillery/missile attack"),
        "mortar": (ERV, "Shelling/artillery/missile attack"),
        "artillery": (ERV, "Shelling/artillery/missile attack"),
        "ied": (ERV, "Remote explosive/landmine/IED"),
        "landmine": (ERV, "Remote explosive/landmine/IED"),
        "car_bomb": (ERV, "Remote explosive/landmine/IED"),
        "suicide_vest": (ERV, "Suicide bomb"),
        "grenade": (ERV, "Grenade"),
        "chemical": (ERV, "Chemical weapon"),
    }
    if weapon in sub_by_weapon:
        etype, sub = sub_by_weapon[weapon]
        return etype, sub, weapon, False, max(x.rule.score for x in group) + 0.15, t
    if any(x.rule.name in ("explosion", "bomb-went-off") for x in group):
        tt = next(x for x in group if x.rule.name in ("explosion", "bomb-went-off"))
        if _BOMBED.match(text, tt.start, tt.end) and any(
            a.cls == "state" and cs <= a.start < tt.start for a in actors
        ):
            # "The army responded by bombing an ELN camp", "troops bombed a rebel camp": a state bombs from the air
            return ERV, "Air/drone strike", "aircraft", False, tt.rule.score, tt
        return ERV, "Remote explosive/landmine/IED", weapon, False, tt.rule.score, tt
    struck = next((x for x in group if _is_strike(text, x)), None)
    if struck is not None:
        # "a strike on a telecommunications building killed three children": a strike is remote violence (from
        # the air unless a weapon says otherwise), whoever its victims were
        return ERV, "Air/drone strike", weapon or "aircraft", False, struck.rule.score, struck
    return "?", "?", weapon, False, t.rule.score, t


_NIGHT_INTO = re.compile(r"(?:overnight|the\s+night)\s+(?:into|to)\s+\w+day\b", re.IGNORECASE)


def _month_inside(d: DateResolution, year: DateResolution) -> bool:
    """``d`` is a month said with its year ("in March 2024") inside the vaguer ``year`` ("last year")."""
    return (
        d.kind == "absolute"
        and d.precision is DatePrecision.MONTH
        and d.event_date is not None
        and year.date_start is not None
        and year.date_end is not None
        and year.date_start <= d.event_date <= year.date_end
    )


def _one_night(dates_by_sentence: dict[int, list[DateMention]]) -> None:
    """A plain "overnight" after "overnight into Wednesday" is that same night ("Russian drones attacked Kharkiv
    overnight into Wednesday ... Air defences shot down 31 drones over Kharkiv region overnight"): its day, not the
    day before publication."""
    night = None
    for si in sorted(dates_by_sentence):
        ds = dates_by_sentence[si]
        for k, d in enumerate(ds):
            if _NIGHT_INTO.fullmatch(d.text) and d.resolution.precision is DatePrecision.DAY:
                night = d.resolution
            elif night is not None and d.text.lower() == "overnight" and not d.resolution.historical:
                ds[k] = DateMention(d.start, d.end, d.text, replace(night, expr=d.text))


#: a heading that announces a round-up of some days: "Round-up: security incidents in Borno, week of 1-7 July"
_ROUND_UP_HEAD = re.compile(
    r"\b(?:round-?up|weekly|week\s+(?:of|in\s+review|beginning|ending)|digest|summary|sitrep|situation\s+report|"
    r"overview|recap|timeline|incidents)\b",
    re.IGNORECASE,
)
_ROUND_UP_DIGIT = re.compile(r"\d")
#: a weekday as the label of an item: "- Monday: ...", "Tuesday - ...", a line that opens with it
_WEEKDAY_LABEL = re.compile(r"\s*[:–—-]")
_LINE_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–]\s*)?$")
_WEEKDAY_BARE = re.compile(
    r"(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE
)


def _round_up_weekdays(
    text: str,
    sentences: list,
    dates_by_sentence: dict[int, list[DateMention]],
    published: dt.date,
    body_start: int,
) -> None:
    """The weekdays of a round-up are days of the period its heading names ("week of 1-7 July 2024 ... - Monday:
    ...", published on 8 July): the Monday of that week, not the last one before publication.

    Only when the headline (the text before the body, ``text[:body_start]``) or the report's first dated sentence
    (its first or second) names a closed span of up to a month that ended before publication, and the weekday is an
    item's label ("- Monday:") or the heading says it is a round-up.
    """
    if 0 < body_start <= 400 and found_ci(_ROUND_UP_DIGIT, text, 0, body_start):
        head = (0, body_start)
        said = find_dates(text, 0, body_start, published=published)
    else:
        first = min(dates_by_sentence)
        if first > 1:
            return
        head = (sentences[first].start, sentences[first].end)
        said = dates_by_sentence[first]
    period = next(
        (
            d.resolution
            for d in said
            if d.resolution.kind == "absolute"
            and d.resolution.date_start is not None
            and d.resolution.date_end is not None
            and d.resolution.date_start < d.resolution.date_end <= published
            and (d.resolution.date_end - d.resolution.date_start).days <= 31
        ),
        None,
    )
    if period is None or period.date_end == published:
        return
    headed = _ROUND_UP_HEAD.search(text, *head) is not None
    lo, hi = period.date_start, period.date_end
    for ds in dates_by_sentence.values():
        for k, d in enumerate(ds):
            r = d.resolution
            if r.kind != "weekday" or r.event_date is None or lo <= r.event_date <= hi:
                continue
            if not _WEEKDAY_BARE.fullmatch(d.text):
                continue  # "last Monday", "next Friday": said against publication, not the heading
            label = _WEEKDAY_LABEL.match(text, d.end) is not None and (
                _LINE_HEAD.search(text, max(0, d.start - 4), d.start) is not None
                or text[max(0, d.start - 2) : d.start] in (". ", "- ", "• ")
            )
            if not (label or headed):
                continue
            again = resolve_date(d.text, published=hi)
            if again.event_date is not None and lo <= again.event_date <= hi:
                ds[k] = DateMention(d.start, d.end, d.text, again)


#: aircraft as the ones that fired: "warplanes fired missiles", "a helicopter gunship launched rockets"
_AIRCRAFT_FIRED = re.compile(
    r"\b(?:warplanes?|war\s+planes?|fighter\s+jets?|jets|aircraft|helicopters?|gunships?|bombers)\s+"
    r"(?:(?:had|have|also|reportedly|then)\s+)?(?:fired|launched|dropped)\s+(?:[\w'’-]+\s+){0,3}?(?:missiles?|rockets?)\b",
    re.IGNORECASE,
)
#: "the bomber" alone, one person or one aircraft: after a suicide bombing is told, it is its bomber
_LONE_BOMBER = re.compile(r"\b(?:the|a|one)\s+bomber\b(?!\s+(?:jets?|planes?|aircraft)\b)", re.IGNORECASE)
_SUICIDE_TOLD = re.compile(r"\bsuicide\s+(?:bomb|attack|blast|vest|belt)", re.IGNORECASE)
_SUICIDE_BACK = 1500


def _suicide_bomber_told(text: str, cs: int, said: str) -> bool:
    """ "The bomber" after a suicide bombing was told is its bomber, not an aircraft ("... claimed a suicide
    bombing at a mosque. The bomber killed 12 worshippers")."""
    return (
        _LONE_BOMBER.search(said) is not None
        and _SUICIDE_TOLD.search(text, max(0, cs - _SUICIDE_BACK), cs) is not None
    )


_AIRCRAFT_HIT = re.compile(
    r"\b(?:helicopters?|aircraft|planes?|jets?|warplanes?|choppers?)\s+(?:[\w'’-]+\s+){0,3}?(?:came|come|comes)\s+"
    r"under\b|\b(?:helicopters?|aircraft|planes?|jets?|warplanes?|choppers?)\s+(?:was|were)\s+(?:shot\s+at|fired\s+"
    r"(?:on|at|upon)|hit|struck|targeted|attacked)\b",
    re.IGNORECASE,
)
_BOMBED = re.compile(r"bomb(?:ed|ing)\b", re.IGNORECASE)
_STRIKE_NOUN = re.compile(r"strikes?$", re.IGNORECASE)
#: a strike that is no attack: labour ("general strike", "went on strike"), a deal or a pose struck
_NOT_A_RAID = re.compile(
    r"(?:\b(?:general|hunger|national|labou?r|workers['’]?|teachers['’]?|doctors['’]?|nationwide|on|sit-down|"
    r"transport|truckers['’]?)\s+$)",
    re.IGNORECASE,
)
_STRUCK_AS_VERB = re.compile(
    r"\s+(?:a|an)\s+(?:deal|balance|chord|agreement|note|tone|pose|blow)\b|\s+back\b|\s+action\b"
)


def _is_strike(text: str, t: Trigger) -> bool:
    """The attack noun "strike(s)" said of an attack: not a labour strike, not "strike a deal"."""
    return (
        t.rule.name == "attack-noun"
        and _STRIKE_NOUN.fullmatch(text, t.start, t.end) is not None
        and not _NOT_A_RAID.search(text, max(0, t.start - 20), t.start)
        and not _STRUCK_AS_VERB.match(text, t.end)
    )


#: a figure the claimant gives for its own deed: "claimed responsibility ..., saying it had killed 40 soldiers",
#: "claiming to have killed 40": propaganda, not a toll (ACLED takes the conservative figure, never the claim's)
_CLAIMANT_SAYS = re.compile(
    # ("The army said soldiers had killed two terrorists": the force's own men)
    # ("JNIM said in a statement that it had killed about 300 militiamen")
    r"\b(?:(?:claim(?:ed|ing|s)?|sa(?:id|ying|ys)|boast(?:ed|ing|s)?)\s+(?:in\s+an?\s+(?:[\w-]+\s+)?"
    r"(?:statement|video|post|message|communiqu[ée])\s+(?:on\s+\w+\s+)?)?(?:that\s+)?"
    # ("saying two of its members had detonated explosive belts")
    r"(?:(?:one|two|three|four|five|six|\d+|several|some|a\s+few)\s+of\s+(?=its\b|their\b))?(?:it|they|its\s+[\w-]+|"
    r"(?:its\s+|their\s+)?(?:soldiers|troops|forces|fighters|jets|aircraft|drones|units))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+\s+)?|claim(?:ed|ing|s)?\s+to\s+have\s+|"
    # "Al-Shabaab claimed that 17 soldiers had been killed": the attacker's figure for its victims
    r"claim(?:ed|ing|s)\s+that\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?|"
    # "The BLA claimed the attack and said 15 soldiers had been killed"
    r"claim(?:ed|s)\s+(?:the\s+[\w-]+|responsibility(?:\s+for\s+(?:[\w-]+\s+){0,3}?[\w-]+)?)\s*,?\s+(?:and\s+)?"
    r"sa(?:id|ying|ys)\s+(?:that\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?)$",
    re.IGNORECASE,
)
_CLAIM_SAID = re.compile(r"\b(?:claim|claimed|claiming|claims|responsibility)\b", re.IGNORECASE)
#: a claim of responsibility for a deed ("claimed the attack", "claimed by JNIM", "took responsibility"), not a
#: group's word on its deed's effect ("fired rockets at a position in Metula, claiming direct hits")
_RESPONSIBILITY_CLAIMED = re.compile(
    r"\b(?:responsibility|claimed\s+by|claim(?:ed|ing|s)?\s+(?:the|an?|both|all|its|their|these|those|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:attacks?|bombings?|assaults?|ambush(?:es)?|raids?|strikes?|operations?|blasts?|"
    r"explosions?|killings?|kidnappings?|abductions?|massacres?|shootings?|incidents?))\b",
    re.IGNORECASE,
)


def _stated_casualties(text: str, start: int, end: int) -> Casualties:
    """The casualties of ``text[start:end]``, without those only a claim of responsibility gives."""
    cas = find_casualties(text, start, end)
    if cas.spans and found_ci(_CLAIM_SAID, text, start, end):
        claimed = [(a, b) for a, b in cas.spans if found_in(_CLAIMANT_SAYS, text[max(start, a - 60) : a])]
        # (a span inside a claimed one is the same figure read twice: "17 soldiers had been killed")
        if claimed and all(any(x <= a and b <= y for x, y in claimed) for a, b in cas.spans):
            return Casualties()
    if len(cas.spans) > 1 and ";" in text[start:end]:
        # "The PKK said it killed seven soldiers; Turkey's defence ministry said two soldiers were killed": the
        # attacker's own figure gives way to the other source's (ACLED takes the conservative, not the claimed)
        cut = text.index(";", start, end)
        pieces = [(start, cut), (cut + 1, end)]
        tolls = [find_casualties(text, a, b) for a, b in pieces]
        own = [
            bool(c.spans) and all(found_in(_CLAIMANT_SAYS, text[max(a, x - 60) : x]) for x, _ in c.spans)
            for c, (a, _b) in zip(tolls, pieces, strict=True)
        ]
        if any(own) and not all(own) and all(c.spans for c in tolls):
            return tolls[own.index(False)]
    return cas


#: casualties of a range, memoised: a sentence part is read once per clause it holds (the text's hash is cached by
#: Python, so the key costs nothing; a small cache keeps few reports alive)
_casualties = functools.lru_cache(maxsize=512)(_stated_casualties)


def _hurt_count(c: Casualties) -> int | None:
    """People killed or hurt in a clause (None when neither is said): the victims of an attack."""
    return (c.fatalities or 0) + (c.injuries or 0) if c.fatalities or c.injuries else None


_KILL_VERB = re.compile(
    r"(?:kill(?:s|ed|ing)?|shoots?\s+dead|shot\s+dead|shot\s+and\s+killed|murder(?:s|ed)?)$", re.IGNORECASE
)


def _killing_by(text: str, lead, actor1: str | None) -> int | None:
    """1 when a named attacker kills someone ("Gunmen kill militiaman's family") or a named victim is killed ("Aide
    to Islamic State's Baghdadi killed near Falluja"): a death is told though not counted, which is what types
    generic violence; None otherwise."""
    if _KILL_VERB.match(text, lead.start, lead.end) and (
        actor1 is not None or _AND_HURT_AFTER.match(text, lead.end) is not None
    ):
        return (
            1  # (also "warplanes kill and injure citizens", "killing and wounding several": a death is told)
        )
    return None


_AND_HURT_AFTER = re.compile(r"\s+and\s+(?:injur|wound|hurt)", re.IGNORECASE)


def _resolve_violence(
    m_type: tuple[str, str],
    target_class: str | None,
    has_attacker: bool,
    *,
    attacker_class: str | None = None,
    deaths: int | None = None,
) -> tuple[str, str] | None:
    """ACLED type of generic violence ("killed", "attacks", "violence kills 22") from who the victims are.

    Civilians -> Violence against civilians / Attack; armed victims of a named attacker -> Battles / Armed clash.
    Victims not named but a toll of dead or wounded stated (headlines: "Attacks kill 9 in Diyala", "Ten killed in Iraq
    violence"): a killing by state forces is a security operation against armed opponents (Battles / Armed clash);
    any other deadly attack with no armed victims or exchange of fire named is one-sided (Violence against
    civilians / Attack): a battle needs two armed sides. Armed victims with a toll and no attacker named
    ("Turkish soldier killed in northern Iraq") fell to an unnamed armed side: Battles / Armed clash. Without
    victims or a toll the mention stays untyped.
    """
    if target_class == "civilians":
        return VAC, "Attack"
    if target_class == "armed" and (has_attacker or deaths):
        return BATTLES, "Armed clash"
    if target_class is None and deaths:
        return (BATTLES, "Armed clash") if attacker_class == "state" else (VAC, "Attack")
    return None


_PATTERN_WEIGHT = {"facility": 3, "admin1": 3, "country": 2, "name": 1}


def _no_dead_if_no_hurt(d: Draft, etype: str) -> int | None:
    """The draft's fatalities; 0 for an attack that hurt nobody and whose dead are not told: "a bomb exploded outside
    the station, causing no injuries" says nobody died either (ACLED fatalities 0; a crowd's "no injuries" stays a
    statement about injuries only). An interception that hurt nobody killed nobody either ("two rockets were
    intercepted. No injuries were reported")."""
    if (
        d.fatalities is None
        and d.fatalities_max is None
        and d.injuries == 0
        and (etype in (ERV, BATTLES, VAC) or (etype == SD and d.intercepted))
    ):
        return 0
    return d.fatalities


def _dateline_place(dateline: str | None, gazetteer):  # type: ignore[no-untyped-def]
    """The place a report was filed from ("CAPE TOWN, South Africa (Atlas)": Cape Town), or None."""
    if not dateline:
        return None
    from geodata import find_places

    # the agency in brackets is no place ("DAMASCUS (Atlas)": not Atlas, a town in the US)
    dateline = re.sub(r"\s*\([^)]*\)", "", dateline).strip() or dateline
    # (in capitals a short name reads as an acronym: "GAO" is Gao as a dateline)
    for said in (dateline, dateline.title()) if dateline.isupper() or dateline[:4].isupper() else (dateline,):
        for pm in find_places(said, gazetteer):
            if pm.candidates and pm.candidates[0].place.kind == "country" and pm.start == 0:
                # an alert headed by its country ("MALI: Jihadists attacked ...", "SUDAN - ..."): that country,
                # not a town of its name elsewhere (Sudan, Texas)
                return pm.candidates[0].place
            # a dateline names a city: "GAZA (Atlas)" is Gaza City, not the province of Gaza in Mozambique
            towns = [c.place for c in pm.candidates if c.place.kind == "settlement" and c.place.iso3]
            if towns:
                return towns[0]
    return None


_FAR_KM = (
    3000.0  # a small town this far from where a report was filed, in a country it never names, is a namesake
)


def _not_far_namesakes(places: list, filed_at) -> list:  # type: ignore[no-untyped-def]
    """Place mentions without towns and lesser cities in countries the report never names, far from where it was
    filed: a report filed from Cape Town about "Hanover Park" (a suburb the gazetteer lacks) is not about Illinois,
    nor is its "white Toyota" a city in Japan."""
    if filed_at.lat is None:
        return places
    # the countries the report names outright (a town's own vote for its country does not count)
    countries = frozenset(
        pm.candidates[0].place.iso3
        for pm in places
        if pm.candidates
        and (pm.pattern == "facility" or pm.candidates[0].place.kind in ("country", "admin1"))
        and pm.candidates[0].place.iso3
    )
    out = []
    for pm in places:
        top = pm.candidates[0].place if pm.candidates else None
        if (
            top is not None
            and top.kind == "settlement"
            # (a town or a city that is not a capital: "a white Toyota" in a report filed from Cape Town)
            and (top.population or 0) < 1_000_000
            and top.feature_code != "PPLC"
            and top.iso3 != filed_at.iso3
            and top.iso3 not in countries
            and top.lat is not None
            and haversine_km(top.lat, top.lon, filed_at.lat, filed_at.lon) > _FAR_KM
        ):
            continue
        out.append(pm)
    return out


#: how close to the best a namesake in a country the report supports must score to replace it (the ratio the
#: report-country preference of :func:`places.choose_place` uses)
_SUPPORTED_SHARE = 0.5


def _supported_namesakes(places: list, hints: Iterable[str]) -> list:
    """Place mentions whose best candidate lies in a country the report's own signs of where do not point at,
    re-ranked to a namesake in a country they do point at (an armed group's theatre, a state's forces acting in a
    territory, the dateline; not a demonym: "Russian drones hit Pokrovsk" is Ukraine's), when that namesake scores
    at least :data:`_SUPPORTED_SHARE` of the best and no other name of the report lies in the best one's country.

    The resolver weighs the report's countries softly, so a name with a strong prior abroad keeps it when the
    report also names mediators' or sponsors' countries: "Israeli strikes killed 20 people across Gaza ..., as
    negotiators met in Doha ... mediated by Qatar, Egypt and the United States" had Mozambique's Gaza province. Only
    a province or a town of < 100,000 people is re-ranked: a city that size or a capital named alone is what it is.
    Other names do not point by themselves (a person's name read as a town would: "Murray" for the US).
    """
    hinted = frozenset(hints)
    if not hinted:
        return places
    others: dict[str, set[str]] = {}  # country -> the names (lowercased) whose best place lies there
    for pm in places:
        if pm.candidates and pm.candidates[0].place.iso3:
            others.setdefault(pm.candidates[0].place.iso3, set()).add(pm.surface.lower())
    out = []
    for pm in places:
        cands = pm.candidates
        top = cands[0].place if cands else None
        if (
            top is None
            or len(cands) < 2
            or pm.pattern != "name"
            or top.iso3 is None
            or top.iso3 in hinted
            or others.get(top.iso3, set()) - {pm.surface.lower()}
            or not (
                top.kind in ("admin1", "admin2")
                or (top.kind == "settlement" and top.population < 100_000 and top.feature_code != "PPLC")
            )
        ):
            out.append(pm)
            continue
        alt = next(
            (c for c in cands[1:] if c.place.iso3 in hinted and c.score >= _SUPPORTED_SHARE * cands[0].score),
            None,
        )
        out.append(pm if alt is None else replace(pm, candidates=(alt, *(c for c in cands if c is not alt))))
    return out


#: provinces named by a compass or coast word, in the languages of their countries' layers ("Est", "Nord",
#: "Litoral", "Centre"): several countries have one, so the name alone never says which
_COMPASS_PROVINCE_WORDS = frozenset(
    [
        *(w for w in _GENERIC_PROVINCE_NAMES),
        *(
            [
                "nord",
                "sud",
                "est",
                "ouest",
                "nord-est",
                "nord-ouest",
                "sud-est",
                "sud-ouest",
                "centre-est",
                "centre-ouest",
                "centre-nord",
                "centre-sud",
                "norte",
                "sur",
                "sul",
                "este",
                "oeste",
                "centro",
                "litoral",
                "costa",
                "north-east",
                "north-west",
                "south-east",
                "south-west",
                "northeast",
                "northwest",
                "southeast",
                "southwest",
            ]
        ),
    ]
)
_PROVINCE_WORD_TAIL = re.compile(r"\s+(?:region|province|department|state|governorate)$", re.IGNORECASE)


def _generic_provinces_abroad(
    places: list, hints: Mapping[str, float], demonyms: Mapping[str, float], gazetteer
) -> list:  # type: ignore[no-untyped-def]
    """Place mentions of a province named by a compass or coast word ("the Est region", "the Litoral
    penitentiary") whose best reading lies in a country none of the report's signs points at, read as the country
    they do point at (its province of that name the gazetteer lacks: Burkina Faso's Est region; ACLED geo 3).

    Such a name says no country by itself: a report filed from Ouagadougou on "the Nord region" is not about
    France's Nord, one filed from Guayaquil on "the Litoral penitentiary" not about Cameroon's Littoral. The signs,
    best first: a country the body names, the report's own signs of where (dateline, armed groups' theatres), a
    demonym. A province some other name of the report lies in the country of stays what it is.
    """
    named: dict[str, float] = {}
    for pm in places:
        if pm.pattern == "country" and pm.candidates and pm.candidates[0].place.iso3:
            iso = pm.candidates[0].place.iso3
            named[iso] = named.get(iso, 0.0) + 1.0
    signs = [named, dict(hints), dict(demonyms)]
    if not any(signs):
        return places
    out = []
    for pm in places:
        top = pm.candidates[0].place if pm.candidates else None
        if (
            top is None
            or top.kind != "admin1"
            or pm.pattern not in ("name", "admin1")
            or _PROVINCE_WORD_TAIL.sub("", pm.surface.strip()).lower() not in _COMPASS_PROVINCE_WORDS
            or any(top.iso3 in s for s in signs)
            or any(o is not pm and o.candidates and o.candidates[0].place.iso3 == top.iso3 for o in places)
        ):
            out.append(pm)
            continue
        same = next((c for c in pm.candidates if any(c.place.iso3 in s for s in signs)), None)
        if same is not None:  # (its namesake in a country the signs point at)
            out.append(replace(pm, candidates=(same, *(c for c in pm.candidates if c is not same))))
            continue
        sign = next(s for s in signs if s)
        iso3 = max(sign, key=lambda k: (sign[k], k))
        country = gazetteer.get(f"country:{iso3}")
        if country is None:
            continue  # (no reading at all rather than a country the report is not about)
        out.append(replace(pm, candidates=(Candidate(country, pm.candidates[0].score, "country"),)))
    return out


#: a people or a faction named by the word before it: "suspected Kuki militants", "Naga rebels", "Fulani herders"
_GROUP_NOUN_AFTER = re.compile(
    r"\s+(?:ethnic\s+|tribal\s+|armed\s+)?(?:militants?|rebels?|insurgents?|militias?|militiamen|fighters|"
    r"tribesmen|herders|herdsmen|separatists|gunmen|youths|cadres|extremists)\b",
    re.IGNORECASE,
)
_PEOPLE_FAR_KM = 1500.0


def _no_people_named_abroad(text: str, places: list) -> list:  # type: ignore[no-untyped-def]
    """Place mentions without a people's or a faction's name read as a place far away: "suspected Kuki militants
    ... at Koutruk in Imphal West" is no Kukichūō (Japan), "Naga militants attacked a village near Ukhrul in
    Manipur" no Naga in the Philippines.

    A name before a group noun says who the group is; it is a place of the report only when it lies among the
    report's other places ("Idlib rebels shelled Aleppo", "Gaza militants fired rockets at Sderot"): not when its
    best reading is in a country no other name of the report lies in, farther than :data:`_PEOPLE_FAR_KM` from all
    of them, or (when the report names no other place) when it names that place by another of its names only.
    """
    if not any(_GROUP_NOUN_AFTER.match(text, pm.end) for pm in places):
        return places
    out = []
    for pm in places:
        top = pm.candidates[0].place if pm.candidates else None
        if (
            top is None
            or top.lat is None
            or top.kind == "country"
            or pm.pattern != "name"
            or not _GROUP_NOUN_AFTER.match(text, pm.end)
        ):
            out.append(pm)
            continue
        others = [
            o.candidates[0].place
            for o in places
            if o is not pm and o.candidates and o.surface.lower() != pm.surface.lower()
        ]
        if others:
            far = all(
                p.iso3 != top.iso3
                and (p.lat is None or haversine_km(p.lat, p.lon, top.lat, top.lon) > _PEOPLE_FAR_KM)
                for p in others
            )
        else:
            far = alias_only(pm, top)
        if not far:
            out.append(pm)
    return out


def _report_countries(
    text: str, places: list, dateline_iso3: str | None = None, theatres: dict | None = None
) -> tuple[str | None, frozenset[str]]:
    """The report's main country (weighted vote of its place mentions) and every country it names explicitly.

    The dateline's country is named (a report filed from Cape Town is not about a namesake town in Illinois) but
    weighs only as a hint: reports are often filed from a neighbour ("BEIRUT (Reuters) - ... in Idlib").
    ``theatres`` maps the countries that the armed groups named fight in (one country each) to that country's
    point: a small town's only namesake far from all of them gets no vote, and the theatre stands for the report.
    """
    counts: Counter[str] = Counter()
    starts = {pm.start for pm in places}
    named: set[str] = set()
    far_dropped = False
    placed: set[str] = set()  # countries some mention puts something in (not only owns something)
    for pm in places:
        if pm.candidates and pm.candidates[0].place.iso3:
            if pm.pattern == "country" and _COUNTRY_MODIFIER.match(text[pm.end : pm.end + 3]):
                if _FORCES_OF_AFTER.match(text, pm.end):
                    # "Ukraine's air force said it shot down ...": whose forces act, a hint
                    counts[pm.candidates[0].place.iso3] += 0.5
                continue  # "U.S.-backed", "Iraq's": a modifier, not where things happen
            if pm.pattern == "country" and _LAUNCHED_FROM.search(text, max(0, pm.start - 30), pm.start):
                counts[pm.candidates[0].place.iso3] += (
                    0.5  # "drones launched by Russia": the launcher, a hint
                )
                continue
            if MODIFIER_AFTER.match(text, pm.end):
                continue  # "a Washington-based reporter", "the Boston Globe": where someone is from
            if pm.pattern == "country" and found_in(
                REFERENCE_COUNTRY_BEFORE, text[max(0, pm.start - 45) : pm.start]
            ):
                continue  # "near the border with Türkiye", "slogans against Turkey": a reference, not where
            if pm.candidates[0].place.kind == "site" and site_name_goes_on(text, places, pm):
                continue  # "the Bastión Popular neighbourhood": no Camp Bastion, no vote for Afghanistan
            if pm.pattern == "name" and MODEL_AFTER.match(text, pm.end):
                continue  # "a Black Hawk helicopter": a model's name, not a town in the US
            if pm.pattern == "name" and found_in(VESSEL_BEFORE, text[max(0, pm.start - 30) : pm.start]):
                continue  # "the bulk carrier Aurora Meridian": a ship's name, no vote for Aurora's country
            if (
                pm.pattern == "name"
                and (
                    pm.candidates[0].place.population < 100_000
                    or pm.candidates[0].place.kind in ("admin1", "admin2")
                )
                and name_fragment(text, pm.start, pm.end, starts)
            ):
                continue  # "Shahbaz Khel", "North Wollo": part of a name the gazetteer lacks; its namesake no vote
            iso = pm.candidates[0].place.iso3
            if theatres and _far_from_theatres(pm, theatres):
                far_dropped = True
                continue  # "al-Shabaab fighters withdrew from Mahas": the only Mahas known is in Jordan
            if (
                pm.pattern == "name"
                and text[pm.end : pm.end + 4] in (" in ", ", ", " in\n")
                and held_abroad(text, places, pm)
            ):
                continue  # "Kuchi in Zamfara": no Kuchi the gazetteer knows is in Nigeria; China gets no vote
            if pm.pattern == "name" and far_from_landmark(text, places, pm):
                continue  # "Kanan village near Kanbalu": no Kanan known is near Kanbalu; Japan gets no vote
            if pm.pattern == "country" and ACTOR_DEED_AFTER.match(text, pm.end):
                # "Russia sent 125 drones": the country acts; where it acts is elsewhere (a hint, as a demonym)
                counts[iso] += 0.5
                continue
            if pm.pattern == "country" and ABROAD_AFTER.match(text, pm.end):
                continue  # "A U.S. defence official confirmed the strikes": who speaks, no vote for where
            if pm.pattern == "country" and POSSESSIVE_AFTER.match(text, pm.end):
                # "Iraq army", "a US military base in Tikrit": whose; a hint of where (as a demonym is), not a
                # country the report places anything in ("US consulate", "U.S. patrol": not even a hint)
                counts[iso] += 0.0 if ABROAD_AFTER.match(text, pm.end) else 0.5
                continue
            counts[iso] += _PATTERN_WEIGHT.get(pm.pattern, 1)
            placed.add(iso)
            if pm.pattern in ("country", "facility", "admin1") or (
                # (a province by its own name: "Idlib", "the province of Matagalpa"; not a word that is also a
                # province's name elsewhere: "Southern", "Central")
                pm.candidates[0].place.kind == "admin1"
                and (
                    pm.surface.lower() not in _GENERIC_PROVINCE_NAMES
                    or found_in(PROVINCE_OF_BEFORE, text[max(0, pm.start - 40) : pm.start])
                )
            ):
                named.add(iso)
    if dateline_iso3 and counts:
        # (after the body's votes: a tie goes to the body; alone it says nothing of where: "BEIRUT (Reuters) -
        # Syrian government forces bombed rebel areas")
        counts[dateline_iso3] += 0.5
    counts = +counts  # a country only owning something abroad ("US consulate") got no vote at all
    main = counts.most_common(1)[0][0] if counts else None
    if far_dropped and theatres:
        # the armed groups' country stands for the report, and a small town abroad is no place of it
        named.update(theatres)
        if main is None:
            main = min(theatres)
    if main and main in placed:
        named.add(main)
    if dateline_iso3 and named:
        named.add(dateline_iso3)
    return main, frozenset(named)


#: how far from the point of every armed group's country a small town's only namesake must lie to get no vote
_THEATRE_FAR_KM = 1500.0


def _far_from_theatres(pm, theatres: dict) -> bool:
    """A name whose every candidate is a small settlement (< 100,000 people) outside the groups' countries and
    more than :data:`_THEATRE_FAR_KM` from each of their points: a namesake of a town the gazetteer lacks."""
    if pm.pattern != "name" or not pm.candidates:
        return False
    for c in pm.candidates:
        place = c.place
        # (a city too when named by another of its names: "the Tirah valley" is no Tehran, called "Tira")
        if (
            place.kind != "settlement"
            or (place.population >= 100_000 and not alias_only(pm, place))
            or place.iso3 in theatres
        ):
            return False
        if any(
            haversine_km(place.lat, place.lon, p.lat, p.lon) <= _THEATRE_FAR_KM for p in theatres.values()
        ):
            return False
    return True


_PROSE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def _read_ranges(text: str, cleaned) -> tuple[tuple[int, int], ...]:
    """The ranges extraction reads: the article body; for a stack of headlines (a report that is only headline
    lines, none of them ending like prose, at most 10 lines), every line, the first one included.

    Cleaning sets the first line of a multi-line text apart as the headline because in an article the body retells
    it; a wire digest or a coder's list of headlines has no body to retell it, so its first line is news too.
    """
    body = tuple(cleaned.body)
    if cleaned.title is None:
        return body
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not (1 < len(lines) <= 10) or any(_PROSE_END.search(ln) or len(ln) > 250 for ln in lines):
        return body
    return tuple(sorted({*body, cleaned.title}))


#: a deed told as going on now ("Heavy fighting is raging in Sake", "are exchanging fire") or at the last night's or
#: morning's hour with no day said ("shortly after midnight", "before dawn"): the day of publication itself
_TODAY_CUE = re.compile(
    r"\b(?:is|are)\s+(?:still\s+|now\s+|currently\s+)?(?:raging|exchanging|clashing|battling|fighting\s+"
    r"(?:in|for|around|near|on)|shelling|pounding|bombarding|storming|besieging|under\s+(?:attack|fire|siege|"
    r"bombardment|heavy\s+(?:fire|shelling|bombardment)))\b|"
    r"\b(?:shortly\s+|just\s+|soon\s+)?after\s+midnight\b|\b(?:just\s+|shortly\s+)?before\s+(?:dawn|daybreak|"
    r"sunrise|first\s+light)\b|\bat\s+(?:dawn|daybreak|first\s+light)\b|"
    r"\bin\s+the\s+(?:early|small|wee)\s+hours\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _default_dates(drafts: list[Draft], published, text: str = "") -> None:
    """A current incident whose report gives no date at all is dated by the publication day.

    News tells recent events; a report that says nothing about when ("Air strikes kill 12 in Idlib") is read as
    of its publication day: ``event_date`` = published, ``week`` precision with the interval [published - 6 days,
    published] (ACLED's time_precision 2: the week is known, the day is not). A deed told in the present ("fighting
    is raging") or at an hour of the night or morning just past ("shortly after midnight", "before dawn") is of
    that day itself: ``day`` precision. Historical incidents and reports without a publication date stay unknown;
    the program's run date is never used.
    """
    if published is None:
        return
    for d in drafts:
        if d.historical or d.event_date is not None or d.date_expr is not None:
            continue
        if text and any(found_ci(_TODAY_CUE, text, a, b) for a, b in d.evidence):
            d.event_date = d.date_start = d.date_end = published
            d.date_precision = DatePrecision.DAY
            d.date_expr = "publication date"
            continue
        d.event_date, d.date_end = published, published
        d.date_start = published - dt.timedelta(days=6)
        d.date_precision = DatePrecision.WEEK
        d.date_expr = "publication date"


#: a deed named by a mass noun ("Iraq violence kills 34"): like a plural, maybe a sum of several deeds
_MASS_DEED = re.compile(
    r"\b(?:violence|unrest|fighting|bloodshed|hostilities|mayhem|carnage|(?:bomb|attack|strike|blast|clashe|raid)s)\b",
    re.IGNORECASE,
)
#: deeds told by their number ("killed 15 people in two attacks", "a series of raids"): a sum of several deeds,
#: never one of them (not "the first of two attacks": one of them)
_COUNTED_DEEDS = re.compile(
    r"(?<!\bof\s)(?<!\bthe\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d+|several|multiple|"
    r"a\s+(?:series|string|spate|wave)\s+of|separate|twin)\s+(?:(?:coordinated|separate|simultaneous|deadly|"
    r"suicide|bomb|car\s+bomb|drone|air|jihadist|militant|bandit|rebel|insurgent)\s+)?"
    r"(?:attacks|raids|bombings|blasts|explosions|strikes|ambushes|assaults|incidents)\b",
    re.IGNORECASE,
)
#: the home of the people told before a place: "youths from Twic county in neighbouring Warrap state", "gunmen from
#: Niger" (names and area words only between "from" and the place: "Gunmen from Zamfara attacked villages in X" is X)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:youths?|gunmen|fighters|militiamen|militias?|militants|attackers|assailants|raiders|herders|bandits|"
    r"rebels|insurgents|jihadists|men|members|tribesmen|settlers)\s+(?:[\w'’-]+\s+){0,2}?from\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+|(?:county|state|province|district|region|area|"
    r"territory|department)\s+|(?:in|of)\s+(?:the\s+)?(?:neighbou?ring\s+)?){0,6}?$",
    re.IGNORECASE,
)
#: a toll told over many places ("215 people were killed yesterday ... in several areas of Syria")
_COUNTED_HURT = re.compile(r"\b(?:killed|died|dead|wounded|injured|arrested|detained)\b", re.IGNORECASE)
_MANY_PLACES = re.compile(
    r"\b(?:(?:several|various|many|different|multiple)\s+(?:areas|parts|places|regions|provinces|towns|cities)|"
    r"across\s+the\s+country|nationwide|across\s+(?:Syria|Iraq|Yemen|Afghanistan|Pakistan|Somalia|Nigeria|Ukraine))\b",
    re.IGNORECASE,
)
#: aircraft sent up as a precaution: no deed of their own
_SCRAMBLED = re.compile(
    r"\bscrambled\s+(?:[\w-]+\s+){0,3}?(?:jets|aircraft|planes|fighters|interceptors|helicopters)\b",
    re.IGNORECASE,
)
#: a deed told as background to the report's news: "The attack comes three weeks after bandits killed ...", "It
#: follows ...", "Last month, ...", "a similar raid three weeks ago"
#: a deed told as the comparison or cause of the report's news: "The attack comes three weeks after bandits killed
#: ...", "The barrage followed a similar attack on Lutsk on July 4", "Reminder: ...", "Background: ..."
_RECAP = re.compile(
    r"\b(?:comes?|came|follows?|followed|following)\b|\b(?:weeks?|months?)\s+(?:after|since|before|ago)\b|"
    # ("Three weeks earlier, CODECO fighters killed 11 miners": not "a week earlier", which may be the news's)
    r"\b(?:weeks|months)\s+earlier\b|"
    r"\bprevious\s+(?:attack|raid)|"
    r"\bsimilar\s+(?:attack|raid|ambush|assault)|\bthe\s+latest\s+(?:in|of)\b|"
    r"^\W*(?:background|reminder|recap)\b|"
    # a sentence opened by a period before the news, with the day said: "Last month, on the night of Aug. 28, ...",
    # "Earlier this month, on March 4, ...", "Last week, on Wednesday, ..."
    r"^\W*(?:last|earlier\s+this|the\s+previous)\s+(?:week|month),?\s+(?:on|in\s+the\s+early\s+hours\s+of)\s",
    re.IGNORECASE,
)
#: weaker signs of background, for deeds further back: the past perfect ("Al Shabaab had captured the town in
#: April"), a sentence opened by a past month ("Last month, bandits killed ...", "In May 2025 the group took
#: Diapaga"; not "aid workers abducted last month have been released": the deed the news is about)
_RECAP_WEAK = re.compile(
    r"\bhad\s+(?:already\s+|previously\s+|briefly\s+|first\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b|"
    r"\bhad\s+(?:already\s+|previously\s+|briefly\s+|first\s+)?(?:shot|struck|hit|overrun|taken|seized|fought|"
    r"held|lost|won|led|set)\b|"
    r"^\W*(?:(?:(?:late|early)\s+)?(?:last|earlier\s+this|in\s+the\s+previous)\s+month\b|"
    r"in\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b)|"
    # a deed told again of the same target, or "also" in a past month: "The same base was hit by a drone in
    # October", "The airport was also hit by an Israeli strike in January"
    r"\bthe\s+same\s+(?:[a-z-]+\s+)?(?:base|town|city|village|site|camp|airport|airbase|facility|area|building|"
    r"position|post|checkpoint|hospital|school|market|bridge|port|field|compound|community|mosque|church|"
    r"neighbou?rhood)\b|"
    r"\balso\b[^.;]{0,100}?\bin\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b",
    re.IGNORECASE,
)
#: a sentence opened by the day of the month it tells: "On June 11 and 12, ...", "On 4 March, ..."
_DAY_OPENS = re.compile(
    r"\W*(?:on\s+)?(?:(?:[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|"
    r"nov|dec)\.?\s+[0-3]?\d\b)",
    re.IGNORECASE,
)
#: how much older than the report's news a deed told as background must be to be a reference to the past: a week
#: with a comparison ("followed a similar attack on Lutsk on July 4", told on the 13th, was news on the 4th), two
#: weeks with the weaker signs (an abduction "a week earlier" told with a rescue is still the news's)
RECAP_DAYS = 7
RECAP_WEAK_DAYS = 14
#: ... and with no sign at all, for a deed told with its own day (a day or a few days said)
RECAP_FAR_DAYS = 21
#: how recent (days before publication) the report's own news must be for its background to be told apart
NEWS_DAYS = 7


def _recaps(text: str, drafts: list[Draft], published) -> None:
    """A deed a week or more older than the report's news, told as its background ("The attack comes three
    weeks after bandits killed 12 villagers in Dandume", "Last month, ..."), is a past event the report only
    refers to: historical, as dates older than :data:`~incidents.dates.HISTORICAL_DAYS` are.

    Only when the report has news of its own (a current incident of the week before publication): a round-up of
    last month's deeds keeps them all, and a deed is never made historical by the words alone.
    """
    if published is None:
        return
    news = [
        d.event_date
        for d in drafts
        if not d.historical
        and d.event_date is not None
        and d.date_end is not None
        and 0 <= (published - d.date_end).days <= NEWS_DAYS
    ]
    if not news:
        return
    latest = max(news)
    for d in drafts:
        if (
            not d.historical
            and d.event_date is not None
            and (latest - d.event_date).days >= RECAP_DAYS
            and (
                any(
                    _RECAP.search(text[s:e])
                    or ((latest - d.event_date).days >= RECAP_WEAK_DAYS and _RECAP_WEAK.search(text[s:e]))
                    for s, e in d.evidence
                )
                # "On June 11 and 12, two terrorists were killed in Hiranagar", told with news of July 8: a deed
                # told by its own day (or days) weeks before the news was news then (not "aid workers abducted
                # last month have been released": the news is about that deed)
                or (
                    (latest - d.event_date).days >= RECAP_FAR_DAYS
                    and d.date_precision in (DatePrecision.DAY, DatePrecision.WEEK)
                    and all(_DAY_OPENS.match(text, s, e) for s, e in d.evidence)
                )
            )
        ):
            d.historical = True


_MERGE_WINDOW = 200


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by as many spaces (offsets kept), in one join: a copy of the whole text
    per span made a long report's masking quadratic."""
    if not spans:
        return text
    out, pos = [], 0
    for s, e in sorted(spans):
        s = max(s, pos)
        if e <= s:
            continue
        out += (text[pos:s], " " * (e - s))
        pos = e
    out.append(text[pos:])
    return "".join(out)


#: front lines named in reports, and the countries on their sides (a cease-fire line between two states; not "the
#: front line", which every war has)
_FRONT_LINES = {
    "line of control": ("IND", "PAK"),
    "line of actual control": ("IND", "CHN"),
    "durand line": ("AFG", "PAK"),
}
_FRONT_LINE = re.compile(r"\b(Line\s+of\s+Control|Line\s+of\s+Actual\s+Control|Durand\s+Line)\b")


def _find_places(
    text: str,
    body: tuple[tuple[int, int], ...],
    gazetteer,
    masked: str | None = None,
    demonyms_out: dict[str, float] | None = None,
    filed_in: str | None = None,
    theatres_out: dict[str, float] | None = None,
    context_out: dict[str, float] | None = None,
) -> list:
    from geodata import find_places

    masked = mask_outside(text, body) if masked is None else masked
    groups = armed_group_spans(text, body)
    if groups:  # an armed group's name is no place; where it fights is context ("IS" ... "Palmyra")
        masked = _blank(masked, [(s, e) for s, e, _ in groups])
    if "Iron " in text or "Sling" in text:  # nor is an air-defence system's ("Iron Dome": Dome, Ghana)
        masked = _blank(masked, [m.span() for m in _WEAPON_SYSTEM.finditer(masked)])
    theatres = theatre_countries(g[2] for g in groups)
    if filed_in:
        # the country a report was filed from weighs as a demonym does ("JOS, Nigeria — youths in Bassa ...": not
        # the Bassa of the Philippines); reports are often filed from a neighbour, so no more than that
        theatres[filed_in] = theatres.get(filed_in, 0.0) + 0.5
    if "LGA" in masked or "Local Government" in masked or "local government area" in masked:
        # Nigeria's local government areas: "gunmen stormed a village in Maru Local Government Area" names no
        # country, but only Nigeria has these
        theatres["NGA"] = theatres.get("NGA", 0.0) + 0.5
    for territory, state in _FORCES_OF_OTHERS.items():
        if state in masked or _FORCES_ACRONYM.get(state, "\0") in masked:
            # the state whose forces act in a territory names it as their theatre: "An Israeli air strike killed
            # five in Gaza" is the Strip, not the Mozambican province of that name (as an armed group's theatre)
            theatres[territory] = theatres.get(territory, 0.0) + 0.5
    if "Line" in masked:
        for m in _FRONT_LINE.finditer(masked):
            # "militants trying to cross the Line of Control near Uri": a front line says the countries on each
            # side of it, as an armed group's theatre does (not the canton of Uri in Switzerland)
            for iso3 in _FRONT_LINES[" ".join(m.group(1).split()).lower()]:
                theatres[iso3] = theatres.get(iso3, 0.0) + 0.25
    if theatres_out is not None:
        # (the groups' alone, no dateline; not a known name ending a longer one: "the Ta'ang National Liberation
        # Army" is no ELN)
        theatres_out.update(
            theatre_countries(g[2] for g in groups if longer_name_before(text, g[0], g[1]) is None)
        )
    if context_out is not None:
        # (where things happen by the report's own signs: the groups' theatres, a state's forces' territory, the
        # dateline's country, Nigeria's LGAs; not a demonym, which is as often the attacker's)
        context_out.update(theatres)
    found = find_places(masked, gazetteer, country_context=theatres, demonyms_out=demonyms_out)
    if demonyms_out is not None:
        # a group named where it fights says that country as a demonym does ("M23 rebels seized Rutshuru, near the
        # border with Uganda": Congo is named, Rutshuru no namesake from a country the report never names)
        for iso3, w in theatres.items():
            demonyms_out[iso3] = max(demonyms_out.get(iso3, 0.0), w)
    return _inside_ranges(found, body)


def _inside_ranges(found: list, body: tuple[tuple[int, int], ...]) -> list:
    """The mentions of ``found`` that lie inside one of the ranges ``body``: the one range that starts last
    before each mention (bisect) when the ranges are sorted and disjoint, else a test of every range."""
    if any(y < x for x, y in itertools.pairwise(v for r in body for v in r)):  # not s0 <= e0 <= s1 <= e1 ...
        return [pm for pm in found if any(s <= pm.start and pm.end <= e for s, e in body)]
    starts = [s for s, _ in body]
    out = []
    for pm in found:
        i = bisect.bisect_right(starts, pm.start) - 1
        if i >= 0 and pm.end <= body[i][1]:
            out.append(pm)
    return out


#: a single word in scare quotes inside a sentence: a communiqué's term the reporter distances himself from
#: ('Turkish troops "neutralised" four militants', 'the so-called "martyrdom" operation'); the word is still the
#: verb or noun of the sentence (speech is never one lowercase word between two running words)
_SCARE_QUOTED = re.compile(r"(?<=[\w,] )[\"“]([a-z][a-z-]{2,})[\"”](?= [a-z0-9])")


def _unquote_scare_words(text: str) -> str:
    """Blank the quote marks around one-word scare quotes (same length: every offset stays valid)."""
    if '"' not in text and "“" not in text:
        return text
    return _SCARE_QUOTED.sub(lambda m: f" {m.group(1)} ", text)


def extract(report: Report, *, gazetteer) -> Extraction:
    """Extract the incidents of one report.

    Parameters
    ----------
    report
        The report; its ``published`` date anchors every relative date (none -> relative dates are unknown).
    gazetteer
        A loaded :class:`geodata.Gazetteer` (passed in: nothing is loaded here).

    Returns
    -------
    Extraction
        The report with its dateline filled from cleaning, incidents (current first, then historical) with stable
        ids, and warnings (no publication date, rejected future dates, unresolved relative dates).
    """
    text = _unquote_scare_words(report.text)
    cleaned = clean_text(text)
    if report.dateline is None and cleaned.dateline:
        report = replace(report, dateline=cleaned.dateline)
    published = report.published
    warnings: list[str] = []
    if published is None:
        warnings.append("no publication date: relative dates are unknown")
    body = _read_ranges(text, cleaned)
    sentences = split_sentences(text, body)
    if not sentences:
        return Extraction(report, (), tuple(warnings))
    masked = mask_outside(text, body)
    said_by_demonym: dict[str, float] = {}
    group_theatres: dict[str, float] = {}
    where_context: dict[str, float] = {}
    filed_at = _dateline_place(report.dateline, gazetteer)
    places = _find_places(
        text,
        body,
        gazetteer,
        masked,
        said_by_demonym,
        filed_in=filed_at.iso3 if filed_at is not None else None,
        theatres_out=group_theatres,
        context_out=where_context,
    )
    if filed_at is not None:
        places = _not_far_namesakes(places, filed_at)
    places = _supported_namesakes(places, where_context)
    places = _generic_provinces_abroad(places, where_context, said_by_demonym, gazetteer)
    places = _no_people_named_abroad(text, places)
    # a group fighting in one country only (weight 0.5 per group, shared among its countries) says where
    sure = {
        c: p
        for c, w in group_theatres.items()
        if w >= 0.5 and (p := gazetteer.get(f"country:{c}")) is not None
    }
    iso3, countries = _report_countries(
        text, places, filed_at.iso3 if filed_at is not None else None, theatres=sure
    )
    if sure:
        # a city named by another of its names far from the groups' countries is no place of theirs, as a small
        # namesake is not ("the Tirah valley": "Tira" is one of Tehran's names; the TTP's Pakistan stands for it)
        places = [
            pm
            for pm in places
            if not (
                _far_from_theatres(pm, sure) and any(c.place.population >= 100_000 for c in pm.candidates)
            )
        ]
    if cleaned.inner_datelines:
        # a digest filed from several places names each one's country ("GAO, March 10 (Atlas) - ... in Ansongo")
        countries = countries | {
            p.iso3
            for _, _, line in cleaned.inner_datelines
            if (p := _dateline_place(line, gazetteer)) is not None and p.iso3
        }
    if countries:
        # "an Israeli army base in Metula" in a report on Lebanon: a demonym names its country as well as the
        # country's name does, so its small towns are not dropped as namesakes from a country the report never
        # names (demonyms alone do not start that filter: "Kurdish" says Iraq or Syria or Turkey)
        countries = countries | said_by_demonym.keys()
    capitals = capital_mentions(masked, places, gazetteer, iso3)
    if capitals:  # "the Iraqi capital", "in the capital": the town, not its country
        places = sorted(
            [pm for pm in places if not any(c.start <= pm.start < c.end for c in capitals)] + capitals,
            key=lambda pm: pm.start,
        )

    starts = [s.start for s in sentences]

    def sent_index(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    by_sentence: dict[int, list] = {}
    dates_by_sentence: dict[int, list[DateMention]] = {}
    rels_by_sentence: dict[int, list[DateRelation]] = {}
    actors_all: list[ActorMention] = []
    anniversaries = []
    # a later paragraph's own dateline ("SOKOTO, March 13 - Bandits abducted 15 students on Tuesday"): its day is
    # what that paragraph's "on Tuesday" counts back from
    filed_on = _filed_on(cleaned.inner_datelines, published)
    by_range = trigger_keys_in(masked, body)  # the body is as in ``text`` inside its ranges
    present = trigger_keys(masked) if by_range is None else None
    for ri, (bs, be) in enumerate(body):
        here = by_range[ri] if by_range is not None else None
        for t in find_triggers(text, bs, be, present=present, present_here=here):
            by_sentence.setdefault(sent_index(t.start), []).append(t)
        for d in find_dates(text, bs, be, published=filed_on.get(bs, published)):
            if (
                d.text[:5].lower() == "since"
                and _SUPERLATIVE_BEFORE.search(text, max(bs, d.start - 80), d.start)
                and not _WHEN_AFTER.match(text, d.end)
            ):
                continue  # "for the first time since 2013", "the worst attack since May": the last time, not this one
            if d.text[:4].lower() in ("this", "so f") and _SERIES_BEFORE.search(
                text, max(bs, d.start - 80), d.start
            ):
                continue  # "the latest of several such claims this year", "the deadliest attack this month": the series
            since = _SINCE_CLAUSE_BEFORE.search(text, max(bs, d.start - 70), d.start)
            if since is not None and _SUPERLATIVE_BEFORE.search(
                text, max(bs, since.start() - 80), since.start()
            ):
                # "the deadliest day since nationwide protests erupted two weeks ago": when the compared-with began
                continue
            dates_by_sentence.setdefault(sent_index(d.start), []).append(d)
            if (
                d.resolution.warning
                and d.resolution.precision is DatePrecision.UNKNOWN
                and published is not None
            ):
                warnings.append(d.resolution.warning)
        for r in find_relations(text, bs, be):
            rels_by_sentence.setdefault(sent_index(r.start), []).append(r)
        anniversaries.extend(find_anniversaries(text, bs, be))
    _one_night(dates_by_sentence)
    if published is not None and dates_by_sentence:
        _round_up_weekdays(text, sentences, dates_by_sentence, published, body[0][0] if body else 0)
    blocked = [(a.start, a.object_end) for a in anniversaries]
    # the deed a strike avenges: "... in retaliation for the killing of its commander in Beirut last month" (its
    # place, victims and day are not this event's)
    if found_ci(_AVENGED, text, 0, len(text)):
        blocked += [(m.start(), m.end()) for m in _AVENGED.finditer(text)]
    # the dead a gathering remembers: "Ceremonies were held on Monday to remember the 1,200 people killed when
    # gunmen stormed communities ... on October 7, 2023" (past deeds; the gathering's day is not theirs)
    if found_ci(_REMEMBRANCE_OF, text, 0, len(text)):
        blocked += [(m.start(), m.end()) for m in _REMEMBRANCE_OF.finditer(text)]
    # actors matter only where something happened or was claimed: scan those sentences alone (speed)
    claim_keys = substring_spans(text, _CLAIM_WORDS)  # where _CLAIM_KEYS matches: its words, found once
    for si, s in enumerate(sentences):
        if si in by_sentence or (
            any_within(claim_keys, s.start, s.end)
            if claim_keys is not None
            else found_ci(_CLAIM_KEYS, text, s.start, s.end)
        ):
            actors_all.extend(find_actor_mentions(text, s.start, s.end))
    actors_all.sort(key=lambda a: a.start)  # (in text order: the range lookups below bisect it)

    quote_cache: dict[int, list[tuple[int, int]]] = {}

    def quotes_of(si: int) -> list[tuple[int, int]]:
        if si not in quote_cache:
            quote_cache[si] = quote_spans(text, sentences[si].start, sentences[si].end)
        return quote_cache[si]

    place_starts: list[int] | None = [pm.start for pm in places]
    if any(a > b for a, b in itertools.pairwise(place_starts)):  # type: ignore[arg-type]
        place_starts = None
    mentions: list[_Mention] = []
    for si, s in enumerate(sentences):
        trigs = by_sentence.get(si)
        if not trigs:
            continue
        if "scrambl" in text[s.start : s.end] and _SCRAMBLED.search(text, s.start, s.end):
            # "Poland scrambled fighter jets during the attack as a precaution": a precaution, whose attack is
            # the one told elsewhere
            trigs = [t for t in trigs if t.rule.kind != "generic" and t.rule.name != "aircraft-struck"]
            if not trigs:
                continue
        if any(t.rule.name == "leaker-hit" for t in trigs):
            trigs = _counted_leaks_after_interceptions(text, trigs)
        quotes = quotes_of(si)
        rels = rels_by_sentence.get(si, [])
        if rels:
            # a marker with no deed after it ("... was shot dead two days earlier by a settler near Beitunia") cuts
            # nothing: what follows it is still the deed's (who, where); the marker dates the deed before it
            trailing = [r for r in rels if not any(t.start >= r.end for t in trigs)]
            if trailing:
                rels = [r for r in rels if r not in trailing]
        else:
            trailing = []
        if rels:
            rels = [*rels, *_preposed(text, s, rels)]
        pieces = split_clauses(text, s.start, s.end)
        if any(t.rule.name == "leaker-hit" for t in trigs):
            pieces = _leakers_cut(pieces, [t.start for t in trigs if t.rule.name == "leaker-hit"])
        asides = relative_asides(text, s.start, s.end)
        for pi, (cs, ce) in enumerate(pieces):
            # the subject of a clause set off by a relative aside is before the aside ("The M23, which seized
            # Rubaya, shelled Sake"), and so is the aside's own ("which seized Rubaya": the M23)
            after = pi >= 2 and pieces[pi - 1][0] - 1 in {a for a, _ in asides}
            subject_from = pieces[pi - 2][0] if after else cs
            if any(a + 1 == cs for a, _ in asides) and pi >= 1:
                subject_from = pieces[pi - 1][0]
            # relation markers cut clauses too: "<A> one day after <B>"; so does an anniversary's past event ("to
            # mark four years since the strike that killed Soleimani": not this clause's place or victims)
            marks = sorted(
                # ("the same day" dates the clause it is in by the event told before; it joins no two events)
                [(r.start, r.end) for r in rels if cs <= r.start < ce and not _same_day(r)]
                + [(a, min(b, ce)) for a, b in blocked if cs <= a < ce]
            )
            cuts = [cs]
            for a, b in marks:
                if a >= cuts[-1]:
                    cuts += [a, b]
            cuts.append(ce)
            for k in range(0, len(cuts) - 1, 2):
                clause = (cuts[k], cuts[k + 1])
                group = [
                    t
                    for t in trigs
                    if clause[0] <= t.start < clause[1]
                    # (munitions told in one clause and knocked down in the next are the next clause's deed: "fired
                    # 212 drones at Ukraine, with air defences shooting down 187 of them")
                    and not (t.rule.name == "intercept-passive" and t.end > clause[1])
                    and trigger_blocked(text, t, clause[0], clause[1], quotes, blocked) is None
                ]
                if any(t.rule.name == "seized-weapons" for t in group):
                    group = _without_seized_items(text, group, clause)
                if len(group) > 1:
                    group = _without_deeds_referred(text, group, clause)
                if len(group) > 1 and any(t.rule.name == "protest" for t in group):
                    group = _without_grievances(text, group)
                subs = _split_group(group, text, clause)
                told_all = []
                for sub_group in subs:
                    told_here = _mentions_of_clause(
                        text,
                        s,
                        si,
                        clause,
                        sub_group,
                        rels,
                        places,
                        place_starts,
                        actors_all,
                        dates_by_sentence.get(si, []),
                        iso3,
                        countries,
                        quotes,
                        trailing,
                        blocked,
                        asides=asides,
                        subject_from=min(subject_from, clause[0]),
                    )
                    if told_here and mentions and si - mentions[-1].sentence <= 1:
                        told_here = _another_of_its_kind(text, clause, told_here, mentions[-1])
                    if told_here and anniversaries and _ANNIV_TAIL.match(text, clause[0]):
                        anniv = next((a for a in anniversaries if a.object_end == clause[0]), None)
                        if anniv is not None:
                            for m in told_here:
                                _anniversary_deed(m, anniv, dates_by_sentence.get(si, []), published)
                    told_all.append(told_here)
                owner = _toll_owner(text, subs, told_all)
                for k, told_here in enumerate(told_all):
                    if k != owner:
                        # one clause's toll is counted once: "fighting ... killed 18 people, including 11 civilians
                        # hit by shells" is not 18 dead in the fighting and 18 more in the shelling
                        for m in told_here:
                            m.casualties = Casualties()
                    mentions.extend(told_here)
    told = {m.sentence for m in mentions}
    past = {si for si, ds in dates_by_sentence.items() if ds and all(d.resolution.historical for d in ds)}
    mentions.extend(
        _followups(text, sentences, told, actors_all, (places, place_starts, iso3, countries), past=past)
    )
    mentions.sort(key=lambda m: m.start)
    _interception_tolls_apart(mentions)
    drafts = _assemble(text, sentences, mentions, dates_by_sentence, rels_by_sentence, published, warnings)
    drafts = _without_denied_hearsay(text, sentences, drafts)
    _claims_told_first(text, sentences, drafts, told, actors_all)
    _no_fight_told_after(text, sentences, drafts, sent_index)
    _protest_interventions(text, sentences, drafts, told)
    drafts = _arrests_at_protests(drafts)
    _apply_anniversaries(text, sentences, anniversaries, drafts, sent_index)
    _default_dates(drafts, published, text)
    _recaps(text, drafts, published)
    incidents = _finalise(report, text, drafts, iso3, places, gazetteer)
    return Extraction(report, tuple(incidents), tuple(dict.fromkeys(warnings)))


def _interception_tolls_apart(mentions: list[_Mention]) -> None:
    """The toll told in a later clause of an interception's sentence with a strike of its own ("Air defences shot
    down 20 drones over Kyiv; two missiles hit Kharkiv, killing three") is the strike's: what was shot down killed
    no one said (in place; the mentions are the pipeline's own)."""
    for m in mentions:
        if not (m.intercepted and m.sub_event_type == "Disrupted weapons use" and m.casualties.spans):
            continue
        if all(a < m.clause[1] for a, _ in m.casualties.spans):
            continue
        if any(
            o is not m
            and o.sentence == m.sentence
            and o.event_type == ERV
            and not o.intercepted
            and o.clause[0] >= m.clause[1]
            and all(o.clause[0] <= a < o.clause[1] for a, _ in m.casualties.spans)
            for o in mentions
        ):
            m.casualties = Casualties()


#: what makes a weapon named after a seizure a deed of its own: "recovered rifles after a grenade exploded"
_USED_WEAPON = re.compile(
    r"\s*\b(?:explod|blast|hurled|thrown|lobbed|detonat|went\s+off|attack|kill|wound|injur|struck|hit)",
    re.IGNORECASE,
)


#: what a fight left, recovered after it: "the bodies had been recovered along with", "from the encounter site"
_AFTER_ACTION = re.compile(
    r"\b(?:bodies|corpses)\b|\bfrom\s+the\s+(?:encounter\s+)?(?:site|spot|scene)\b|"
    r"\bafter\s+the\s+(?:encounter|gunfight|gun\s*battle|clash|clashes|fighting|exchange\s+of\s+fire)\b",
    re.IGNORECASE,
)


#: a deed told only as hearsay: "Posts on social media said 20 soldiers were killed", "Reports that soldiers were
#: killed ... are false", "unconfirmed reports said"
_HEARSAY = re.compile(
    r"\b(?:(?:posts?|videos?|messages?|accounts?|reports?)\s+(?:on|circulating\s+on|shared\s+on)\s+social\s+media|"
    r"social\s+media\s+(?:posts?|users?|accounts?|reports?)|rumou?rs?|unconfirmed\s+reports?|unverified\s+(?:reports?|"
    r"claims?|videos?|posts?)|reports?\s+that)\b",
    re.IGNORECASE,
)
#: ... and the denial of it by whom it concerns: "The army denied the reports.", "... are false, the army said",
#: "dismissed the claims as fake", "said no such attack had taken place"
_HEARSAY_DENIED = re.compile(
    r"\b(?:(?:denied|denies|dismissed|rejected|refuted)\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:reports?|claims?|"
    r"rumou?rs?|posts?|allegations?|videos?)|(?:are|were|was|is)\s+(?:false|untrue|baseless|fake|unfounded)|"
    r"no\s+such\s+(?:attack|ambush|incident|strike|raid)\s+(?:had\s+|has\s+)?(?:taken|took)\s+place)\b",
    re.IGNORECASE,
)


def _without_denied_hearsay(text: str, sentences: list[Sentence], drafts: list[Draft]) -> list[Draft]:
    """The drafts without a deed told only as hearsay that is denied in its sentence or the next one ("Posts on
    social media said 20 soldiers were killed in an ambush ... The army denied the reports."): no event is known
    (ACLED holds such a report back; a deed told by a source of its own stays)."""
    if not found_ci(_HEARSAY_DENIED, text, 0, len(text)):
        return drafts
    kept = []
    for d in drafts:
        first = sentences[d.first_sentence]
        nxt = sentences[d.first_sentence + 1] if d.first_sentence + 1 < len(sentences) else None
        if (
            not d.historical
            and d.last_sentence <= d.first_sentence + 1
            and _HEARSAY.search(text, first.start, max(first.start, d.first_pos))
            and (
                found_ci(_HEARSAY_DENIED, text, first.start, first.end)
                or (nxt is not None and found_ci(_HEARSAY_DENIED, text, nxt.start, nxt.end))
            )
        ):
            continue
        kept.append(d)
    return kept


#: a sentence telling the first version of a deed: "Initially, two were reported killed", "At first, police said"
_FIRST_VERSION = re.compile(
    r"(?:initially|at\s+first|earlier\s+reports|first\s+reports|early\s+reports)\b,?\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:were|was|had\s+been)?\s*(?:reported|said|put|given|thought|believed|feared)\b",
    re.IGNORECASE,
)
#: ... after a revised toll told before: "the death toll ... rose to three", "has now died", "succumbed"
_TOLL_REVISED = re.compile(
    r"\b(?:toll\b[^.;]{0,80}?\b(?:rose|risen|climbed|increased|went\s+up|revised)|succumbed|(?:has|have)\s+"
    r"(?:now\s+|since\s+)?died)\b",
    re.IGNORECASE,
)


#: what a crowd protests against, named right before a deed word: "protested in Sinune against Turkish drone
#: strikes", "marched over the killings", "rallied to denounce the air raids"
_GRIEVANCE_BEFORE = re.compile(
    r"\b(?:against|over|denouncing|condemning|to\s+(?:protest|denounce|condemn)|in\s+protest\s+(?:at|against|over))\s+"
    r"(?:(?:the|a|an|recent|continued|continuing|repeated|deadly|ongoing|last\s+week's|this\s+week's)\s+)*"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _without_grievances(text: str, group: list[Trigger]) -> list[Trigger]:
    """A protest clause's triggers without the deeds the crowd protests against ("hundreds protested in Sinune
    against Turkish drone strikes": a protest, no drone strike of that day and place)."""
    first_protest = min(t.start for t in group if t.rule.name == "protest")
    kept = [
        t
        for t in group
        if t.rule.name == "protest"
        or t.start < first_protest
        or not _GRIEVANCE_BEFORE.search(text, max(first_protest, t.start - 60), t.start)
    ]
    return kept


#: a fight told as following the blast told before: "who tried to storm the post after the blast"
_AFTER_THE_BLAST = re.compile(
    r"\b(?:after|following|in\s+the\s+wake\s+of)\s+the\s+(?:[\w-]+\s+)?(?:blast|explosion|bombing|detonation)\b",
    re.IGNORECASE,
)


def _without_deeds_referred(text: str, group: list[Trigger], clause: tuple[int, int]) -> list[Trigger]:
    """The clause's triggers without a deed only referred to at its end when another deed is told in it ("Troops
    killed two militants who tried to storm the post after the blast.": the killing, dated by the blast told
    before; not a second blast)."""
    kept = [
        t
        for t in group
        if not (
            t.definite
            and t.rule.kind in ("generic", "specific")
            and _AFTER_THE.search(text, max(clause[0], t.start - 40), t.start)
            and _CLAUSE_ENDS.match(text, t.end)
        )
    ]
    return kept or group


def _without_seized_items(text: str, group: list[Trigger], clause: tuple[int, int] = (0, 0)) -> list[Trigger]:
    """The weapons listed as seized ("recovered 21 weapons, including four AK-series rifles and 12 hand grenades")
    are what the seizure took, not grenade or IED attacks of their own (a weapon after the seizure with a deed word
    between is kept)."""
    seized = [t for t in group if t.rule.name == "seized-weapons"]
    out = []
    for t in group:
        if (
            t.rule.name == "seized-weapons"
            and any(
                k.rule.name == "violence" and k.end <= t.start and _KILL_VERB.match(text, k.start, k.end)
                for k in group
            )
            and text[max(0, t.start - 5) : t.start].strip().lower() == "and"
        ):
            continue  # "its fighters had killed 11 personnel and seized weapons": the attack's loot, no seizure
        if t.rule.name == "seized-weapons" and _AFTER_ACTION.search(text, clause[0], clause[1]):
            continue  # "the bodies had been recovered along with an AK-47 rifle": what the fight left, no seizure
        if (
            t.rule.name == "seized-weapons"
            and text[t.start : t.end].split(None, 1)[0].lower().endswith("ing")
            and any(k.rule.sub_event_type == "Arrests" and k.end <= t.start for k in group)
        ):
            continue  # "arrested 11 gang members, seizing rifles": what the arrest (or raid) took, no seizure

        if t.rule.name in ("grenade", "ied") and any(
            z.start < t.start <= z.end + 120
            and not _USED_WEAPON.search(text, z.end, t.start)
            and not _USED_WEAPON.match(text, t.end, t.end + 20)
            and not re.search(r"\b(?:after|before|following|when|as)\b", text[z.end : t.start])
            for z in seized
        ):
            continue
        out.append(t)
    return out


_COORDINATED_DEEDS = re.compile(r"\s*(?:,\s*and|,|and|&|or)\s*", re.IGNORECASE)


def _toll_owner(text: str, subs: list[list[Trigger]], told_all: list[list[_Mention]]) -> int:
    """Which of a clause's events its toll belongs to: the one whose own trigger comes last before the toll ("Monday's
    clashes revived memories of ... after U.S. airstrikes killed 25": the airstrikes'), else the first told."""
    spans = [a for told in told_all for m in told for a, _ in m.casualties.spans]
    if len(subs) < 2 or not spans:
        return 0
    first = min(spans)
    best: tuple[int, int] | None = None
    specific = sorted(
        (t for sub in subs for t in sub if t.rule.kind in ("specific", "intercept")), key=lambda t: t.start
    )
    for a, b in itertools.pairwise(specific):
        if b.start < first and _COORDINATED_DEEDS.fullmatch(text, a.end, b.start):
            return (
                0  # "Shelling, clashes kill 15 in Fallujah": deeds named together share one toll, told once
            )
    for k, sub in enumerate(subs):
        for t in sub:
            if (
                t.rule.kind in ("specific", "intercept")
                and t.start < first
                and (best is None or t.start > best[0])
            ):
                best = (t.start, k)
    return best[1] if best is not None else 0


def _mentions_of_clause(
    text,
    s,
    si,
    clause,
    group,
    rels,
    places,
    place_starts,
    actors_all,
    dates,
    iso3,
    countries,
    quotes,
    trailing=(),
    blocked=(),
    *,
    asides=(),
    subject_from=None,
):
    cs, ce = clause
    part = _part_of(rels, s, cs)
    etype, sub, weapon, intercepted, score, lead = _type_group(text, group, clause, actors_all)
    if (
        sub == "Shelling/artillery/missile attack"
        and weapon in ("missile", "rocket")
        and _AIRCRAFT_FIRED.search(text, clause[0], clause[1])
        and not _AIRCRAFT_HIT.search(text, clause[0], clause[1])
    ):
        # "Israeli warplanes fired missiles at targets near Damascus": missiles from aircraft make an air strike
        sub, weapon = "Air/drone strike", "aircraft"
    kinds = {t.rule.kind for t in group}
    if (
        not (kinds & {"specific", "intercept"})
        and lead.rule.name != "leaker-hit"  # ("one crashed into a house": a drone that got through)
        and accident(text, cs, ce)
    ):
        return []  # "the earthquake struck central Myanmar, killing 3,000", "a bus plunged into a ravine": no violence
    # who did what is said by the clause's verb, not by a noun in a phrase after it: "troops had neutralised
    # fourteen ISWAP terrorists in an ambush" (the ambush is the type, the troops the attackers)
    agent_trig = lead
    if lead.rule.name in ("ambush", "clash") and _IN_A_NOUN_BEFORE.search(
        text, max(cs, lead.start - 20), lead.start
    ):
        agent_trig = next((t for t in group if t.start < lead.start and t.rule.kind != "generic"), lead)
    # a relative aside ("The M23, which seized Rubaya last year, shelled Sake"): its place, day, toll and actors
    # are not the main clause's, nor the main clause's its own
    own_aside = next(((a, b) for a, b in asides if a <= lead.start < b), None)
    others = [(a, b) for a, b in asides if (a, b) != own_aside and part[0] <= a < part[1]]
    told = [
        a
        for a in _actors_within(actors_all, part[0], part[1])
        if not any(q0 <= a.start < q1 and not quoted_count(text, (q0, q1)) for q0, q1 in quotes)
        and not any(a0 <= a.start < a1 for a0, a1 in others)
    ]
    if len(told) > 1:
        # "the ADF, an armed group linked to the Islamic State", "an al Qaeda-linked group, JNIM": who the actor is
        # tied to is not a side of this deed when the actor itself is named
        tied = [a for a in told if tied_to(text, a)]
        if tied and len(tied) < len(told):
            told = [a for a in told if a not in tied]
    actors = assign_actors(
        text,
        (subject_from if subject_from is not None else cs, ce),
        (agent_trig.start, agent_trig.end),
        intercept=intercepted,
        mentions=told,
    )
    by = (
        _ATTACK_BY_AFTER.match(text, lead.end, ce)
        if _REPELLED.fullmatch(text, lead.start, lead.end)
        else None
    )
    if by is not None:
        # "Nigerian troops repelled an attack by ISWAP fighters on a military base": ISWAP attacked, the troops
        # (who repelled it) are the other side
        attacker = next(
            (a for a in told if by.end() <= a.start < by.end() + 30 and a.cls in ("group", "armed", "state")),
            None,
        )
        if attacker is not None and attacker.name != actors.actor1:
            actors = replace(actors, actor1=attacker.name, actor2=actors.actor1)
    foe = (
        _DEMONYM_ATTACK_AFTER.match(text, lead.end, ce)
        if by is None and _REPELLED.fullmatch(text, lead.start, lead.end)
        else None
    )
    if (
        by is None
        and (foe is None or state_of(foe.group(1)) is None)
        and _REPELLED.fullmatch(text, lead.start, lead.end)
    ):
        # "Troops repelled an ISWAP attack on a base", "the army repelled the M23 offensive": the group named on the
        # attack made it, the troops (who repelled it) are the other side
        head = _ARTICLE_AFTER.match(text, lead.end, ce)
        named = (
            next((a for a in told if a.start == head.end() and a.cls in ("group", "armed", "state")), None)
            if head is not None
            else None
        )
        if (
            named is not None
            and named.name != actors.actor1
            and _ATTACK_NOUN_AFTER.match(text, named.end, ce) is not None
        ):
            actors = replace(actors, actor1=named.name, actor2=actors.actor1)
    if foe is not None and (country := state_of(foe.group(1))) is not None:
        # "Russian troops repelled a Ukrainian attack near Sudzha": Ukraine's forces attacked (not Russia's twice)
        attacker_name = f"Military Forces of {country}"
        if attacker_name != actors.actor1:
            actors = replace(actors, actor1=attacker_name, actor2=actors.actor1)
    if etype == RIOTS and lead.rule.name == "clash":
        # a crowd's clash (see _crowd_clash): the crowd is actor1 (set when finalised), the forces it fought actor2
        # wherever the sentence names them ("Students clashed with police": no attacker and target roles)
        forces = next((a.name for a in told if a.cls == "state" and cs <= a.start < ce), None)
        if forces is not None and forces not in (actors.actor1, actors.actor2):
            actors = replace(actors, actor1=None, actor2=forces)
    if lead.rule.name == "bodies-found" and actors.actor1 is not None:
        actors = replace(
            actors, actor1=None
        )  # "Soldiers found the bodies of seven men": who found them, not who killed
    cas = _casualties(text, part[0], part[1])
    if own_aside is not None:
        cas = _casualties(text, cs, ce)
    elif others and any(a0 <= b0 < a1 for b0, _ in cas.spans for a0, a1 in others):
        cas = _casualties(text, max(b for _, b in others), part[1])
    if cas.spans:
        # the past deed an anniversary marks or an attack avenges: its victims are not this one's ("to mark the
        # second anniversary of the missile strike that killed 61", "in retaliation for the killing of ...")
        after = [b0 for b0, b1 in blocked if lead.end <= b0 < part[1] and b1 > part[0]]
        if after:
            cas = _casualties(text, part[0], min(after))
        # ... told before it: "Two years after an attack on Gusau killed 50, bandits killed 10 people there"
        before = [b1 for b0, b1 in blocked if part[0] <= b0 and b1 <= lead.start]
        if before and any(a < max(before) for a, _ in cas.spans):
            cas = _casualties(text, max(before), part[1])
    if (
        cas.spans
        and (cs > part[0] or ce < part[1])
        and (
            text.startswith(("and ", "while ", "whereas "), cs)
            or _AND_NEXT.match(text, ce)
            # (the clause cut after its "and": "..., and another hit a group of people in Deir al-Balah")
            or _AND_BEFORE.search(text, max(part[0], cs - 10), cs)
        )
    ):
        # two deeds told as two coordinated clauses, each with its own day ("a drone strike on 2 October in Izium
        # that injured five, and a missile attack on 5 October in Balakliia that killed two"): each its own toll
        cas = _casualties(text, cs, ce)
    if (
        cas.spans
        and cs > part[0]
        and text.startswith("where ", cs)
        and any(cs <= a < ce for a, _ in cas.spans)
        and any(a < cs for a, _ in cas.spans)
    ):
        # "12 civilians were killed in Gao, where soldiers later clashed with the attackers, killing three of
        # them": the clash's own toll
        cas = _casualties(text, cs, ce)
    if (
        cas.spans
        and cs > part[0]
        and all(b <= cs for _, b in cas.spans)
        and _OWN_DEED_BEFORE.search(text, part[0], cs)
    ):
        # "Four police officers were killed by a roadside bomb near Mandera, as the capital counted its dead after
        # a day of violent protests": the toll told before belongs to the deed told before
        cas = Casualties()
    if cas.spans and "since" in text[lead.end : part[1]]:
        past = _SINCE_WHEN.search(text, lead.end, part[1])
        if past is not None and any(a >= past.start() for a, _ in cas.spans):
            # "killed three people on Monday, the worst attack since March 2022, when 40 people died": the toll of the
            # past deed it is compared with is not this one's
            cas = _casualties(text, part[0], past.start())
    if cas.spans and found_ci(_PLACES_TALLY, text, part[0], part[1]):
        # "more than 70 settlements in Kherson region were shelled over the past day, in total killing two people":
        # a region's day of many deeds, summed; not any one deed's toll
        cas = Casualties()
    if cas.spans and all(_TALLY_AFTER.match(text, b, min(part[1], b + 40)) for _, b in cas.spans):
        # "The army said it had killed 150 militants since January, in a statement issued after jihadists attacked
        # a base": a year's tally, not the attack's toll
        cas = Casualties()
    cas = _conservative(text, part[0], part[1], cas)
    if cas.spans and all(_DISASTER_TOLL.search(text, max(part[0], a - 80), b) for a, b in cas.spans):
        # "demanding accountability for the canopy collapse in Novi Sad that killed 15 people": a disaster's toll
        cas = Casualties()
    if cas.spans and found_ci(_WAR_TOLL, text, part[0], part[1]):
        cas = (
            Casualties()
        )  # "Syria's war, which began with a crackdown on protests in 2011, has killed 500,000"
    if (
        cas.spans
        and (etype, sub) == (PROTESTS, "Peaceful protest")
        and all(
            _REMEMBERED.search(text, max(part[0], a - 60), a)
            or _PROTEST_CAUSE.search(text, max(part[0], a - 60), a)
            for a, _ in cas.spans
        )
    ):
        cas = (
            Casualties()
        )  # "marched in the funeral of four men killed during a raid": the mourned dead, not the march's
    if lead.rule.name == "captured":
        etype, sub = _captured_type(text, lead, clause, places, actors_all, actors.actor1)
    generic_only = not (kinds & set(_SPECIFIC_KINDS))
    attacker_class = (
        next((a.cls for a in actors_all if a.name == actors.actor1), None)
        if actors.actor1 is not None
        else None
    )
    if etype == "?":
        aggregate = _aggregate(text, cs, ce)
        toll = None if aggregate else _hurt_count(_casualties(text, cs, ce))
        target_class = actors.target_class
        if target_class is None and _NAMED_WITH_AGE.search(text, lead.start, ce):
            target_class = "civilians"  # "..., killing Alen Muftovic, 18": a person named with an age
        typed = _resolve_violence(
            (etype, sub),
            target_class,
            # (an ambush has its attackers even unnamed: "a convoy was ambushed between Dori and Seytenga")
            actors.actor1 is not None or lead.rule.name == "ambush",
            attacker_class=attacker_class,
            deaths=None
            if aggregate
            else (toll or _killing_by(text, lead, actors.actor1) or _killing_by(text, lead, actors.actor2)),
        )
        if (
            typed is None
            and actors.target_class in ("state", "group", "armed", "civilians")
            and (
                _CAME_UNDER_BEFORE.search(text, max(cs, lead.start - 30), lead.start)
                # ("Soldiers came under fire near Eldorado": the trigger is the phrase itself)
                or _CAME_UNDER_FIRE.match(text, lead.start, lead.end)
                # "An army post near Jableh was attacked on Monday": an attack on them, whoever made it
                or _WAS_ATTACKED.search(text, max(cs, lead.start - 24), lead.end)
            )
        ):
            # "Malian soldiers came under attack near Menaka": an attack on them, whoever made it
            typed = (VAC, "Attack") if actors.target_class == "civilians" else (BATTLES, "Armed clash")
        if (
            typed is None
            and attacker_class in ("group", "armed", "state")
            and _ASSAULT.match(text, lead.start, lead.end)
            and any(p.start >= part[0] and p.end <= part[1] for p in _within(places, place_starts, part))
        ):
            # "Insurgents attack town north of Baghdad", "Jihadists launch major attack on Ramadi": an armed side's
            # assault on a place with nobody named as its victims is fighting for that place (ACLED: Battles);
            # gunmen or bandits raiding a village, with no side named, attack the people there
            raiders = attacker_class == "armed" and _RAIDERS.search(actors.actor1 or "")
            # (a school, hospital, church or market attacked is an attack on the people there, whoever attacks it:
            # "Separatist fighters attacked a school in Bafut"; no armed side holds it)
            civilian_site = _CIVILIAN_SITE.match(text, lead.end, ce) is not None
            typed = (VAC, "Attack") if raiders or civilian_site else (BATTLES, "Armed clash")
            if civilian_site and actors.actor2 is None:
                actors = replace(actors, actor2="Civilians", target_class="civilians")  # the people there
        if (
            typed is None
            and attacker_class == "armed"
            and _RAIDERS.search(actors.actor1 or "")
            and (
                _SHOT_VERB.match(text, lead.start, lead.end)
                # "Gunmen attacked cattle camps on Monday": raiders on where people live, even with no place
                # the gazetteer knows
                or (_ASSAULT.match(text, lead.start, lead.end) and _DWELLINGS.match(text, lead.end, ce))
            )
        ):
            # "heavily armed men dragged six peasants from their homes and shot them": gunmen shooting people with
            # no armed side named attack civilians
            typed = (VAC, "Attack")
        # a counted toll of named victims in a named attack is an event even when no attacker or place is said
        # ("Fifteen Iraqi soldiers killed in pre-dawn attack"), unless it refers back to one told before ("... in
        # the battle"); a toll alone ("82 were killed yesterday, including 12 soldiers") is a day's count
        if (
            typed is not None
            # (a tally with nobody's deed told: "more than 5,600 people were killed in gang violence last year")
            and not (actors.actor1 is None and found_ci(_KIND_VIOLENCE, text, cs, ce))
            and (
                actors.actor1 is not None
                or (
                    toll
                    and actors.target_class is not None
                    and (len({t.rule.name for t in group}) > 1 or _PLACE_NAMED.search(text, lead.end, ce))
                    and not found_ci(_BACK_REFERENCE, text, cs, ce)
                )
                or (
                    any(p.start >= part[0] and p.end <= part[1] for p in _within(places, place_starts, part))
                    # (a bare toll set off after the deed of its sentence is that deed's: "police fired live ammunition
                    # at protesters in Dhaka; at least 25 people were killed")
                    and not (
                        cs > s.start
                        and text[cs - 1 : cs + 1].strip()[:1] == ";"
                        and not _within(places, place_starts, clause)
                        and found_ci(_PRIOR_DEED, text, s.start, cs)
                    )
                )
            )
        ):
            etype, sub = typed
        else:
            etype = sub = "?"
    # the police firing into a crowd nobody else names fire on a gathering: "Officers fired live ammunition into the
    # crowd, killing five" (not soldiers: "troops fired on a crowd of aid seekers" may be no protest at all)
    crowd = actors.actor2 in ("Protesters", "Rioters") or (
        actors.actor2 is None
        and (actors.actor1 or "").startswith("Police Forces")
        and found_ci(_FIRED_INTO_CROWD, text, cs, ce)
    )
    if etype == "?" and crowd and attacker_class == "state":
        # "Police fired rubber bullets at striking garment workers": the crowd's protest, broken up
        etype, sub = PROTESTS, "Protest with intervention"
    force = _force_used(text, cs, ce) if crowd and attacker_class == "state" else None
    if etype in (BATTLES, VAC, PROTESTS) and force == "lethal":
        # "security forces opened fire on protesters, killing three": ACLED's Excessive force against protesters
        etype, sub = PROTESTS, "Excessive force against protesters"
    elif etype in (BATTLES, VAC) and force == "fired":
        # "Police fired live rounds at protesters" with nobody hurt: the crowd's protest, broken up
        etype, sub = PROTESTS, "Protest with intervention"
    if sub == "Grenade" and found_ci(_DRONE_DROPPED, text, cs, ce):
        sub = "Air/drone strike"  # "a drone-dropped grenade", "a grenade dropped from a drone"
    elif sub == "Shelling/artillery/missile attack" and found_ci(_UXO, text, cs, ce):
        sub = "Remote explosive/landmine/IED"  # "an unexploded mortar shell went off": ordnance left behind
    elif sub == "Abduction/forced disappearance" and cas.fatalities:
        sub = "Attack"  # "killed 12 civilians and abducted several children": ACLED codes the killing
    elif (
        sub == "Arrests"
        and attacker_class == "armed"
        and not any(a.cls in ("state", "group") and s.start <= a.start < s.end for a in actors_all)
    ):
        etype, sub = (
            VAC,
            "Abduction/forced disappearance",
        )  # "armed men rounded up fishermen": not a state's arrest
    # an actor's name is not a place: "Syrian Arab Army", "Islamic State of Iraq and Al-Sham", "Liwaa Al-Quds"
    excluded = (
        tuple(
            (a.start, a.end)
            for a in _actors_within(actors_all, s.start, s.end)
            if a.cls in ("group", "state")
        )
        + tuple(others)
        # nor is the place of the deed an attack avenges ("it had targeted an army base in the town ... in response
        # to Israeli attacks on villages in southern Lebanon")
        + tuple((b0, b1) for b0, b1 in blocked if s.start <= b0 < s.end and _AVENGED.match(text, b0))
    )
    if found_ci(_SPEAKER_AT, text, s.start, s.end):
        # "police in Raipur said", "a military source in Bol said": where the speaker is, not the deed
        excluded += tuple(
            m.span("p")
            for m in _SPEAKER_AT.finditer(text, s.start, s.end)
            if not (m.group("who").lower() in _DEED_SPEAKERS and _OWN_DEED_SAID.match(text, m.end()))
        )
    if " from " in text[s.start : s.end]:
        # where the attackers came from is not where they struck: "Armed youths from Twic county in neighbouring
        # Warrap state raided three villages in Abyei"
        excluded += tuple(
            (pm.start, pm.end)
            for pm in _within(places, place_starts, (s.start, s.end))
            if _ORIGIN_BEFORE.search(text, max(s.start, pm.start - 90), pm.start)
        )
    if sub == "Disrupted weapons use":
        # where the downed munitions came from is not where they were downed: "drones launched by Russia",
        # "a missile launched from Yemen"
        excluded += tuple(
            (pm.start, pm.end)
            for pm in _within(places, place_starts, part)
            if _LAUNCHED_FROM.search(text, max(part[0], pm.start - 40), pm.start)
        )
    elif " from " in text[cs:ce]:
        # nor where fired munitions came from where they struck: "eight rockets were fired from the northern Gaza
        # Strip" (the target told before, Ashkelon); nor, whatever the type, where an attack was launched from
        origin = _FIRED_FROM if etype == ERV else _ATTACK_LAUNCHED_FROM
        excluded += tuple(
            (pm.start, pm.end)
            for pm in _within(places, place_starts, clause)
            if origin.search(text, max(cs, pm.start - 90), pm.start)
        )
    place = choose_place(
        text,
        _within(places, place_starts, clause),
        scope=clause,
        trigger=(lead.start, lead.end),
        report_iso3=iso3,
        countries=countries,
        excluded=excluded,
    )
    if place is None and own_aside is not None and subject_from is not None and subject_from < cs:
        # the antecedent's place: "The 2019 attack on Maiduguri, which killed 40 people, ..."
        place = choose_place(
            text,
            _within(places, place_starts, (subject_from, ce)),
            scope=(subject_from, ce),
            trigger=(lead.start, lead.end),
            report_iso3=iso3,
            countries=countries,
            excluded=excluded,
        )
    elif place is None and part != clause:
        if sub == "Disrupted weapons use" and (leak := _LEAKER.search(text, ce, part[1])) is not None:
            # "Air defences shot down 37 of them, while three hit buildings in Obolon": Obolon is where the three
            # struck, not where the 37 were downed
            part = (part[0], leak.start())
        place = choose_place(
            text,
            _within(places, place_starts, part),
            scope=part,
            trigger=(lead.start, lead.end),
            report_iso3=iso3,
            countries=countries,
            excluded=excluded,
        )
    if place is None and sub == "Disrupted weapons use" and s.start > 0:
        # the town the sirens warned, told just before: "Sirens sounded in Sderot. The military said two rockets
        # launched from northern Gaza were intercepted" (where the rockets were aimed; not where they came from)
        back = max(0, s.start - _SIRENS_BACK)
        if (siren := _last_match(_SIRENS_IN, text, back, s.start)) is not None:
            place = choose_place(
                text,
                _within(places, place_starts, (siren.end(), s.start)),
                scope=(siren.end(), s.start),
                trigger=(lead.start, lead.end),
                report_iso3=iso3,
                countries=countries,
                excluded=excluded,
            )
    if place is None and etype != "?" and "in " in text[s.start : s.end]:
        # "Gunmen shot dead two labourers on Sunday, police in Bannu said": the local police's town, near which the
        # deed was (ACLED geo 2), when the report names no other place for it
        for pm in _within(places, place_starts, (s.start, s.end)):
            if (
                pm.candidates
                and pm.candidates[0].place.kind == "settlement"
                # (a town, not a city whose police speak for a province: "police in Raipur said", "police in Quetta")
                and pm.candidates[0].place.population < 100_000
                and pm.candidates[0].place.feature_code != "PPLC"
                and _LOCAL_SOURCE_BEFORE.search(text, max(s.start, pm.start - 40), pm.start)
                and _SPEAKS_RIGHT_AFTER.match(text, pm.end)
            ):
                place = PlaceChoice(pm, pm.candidates[0], True, 0.0)
                break
    if _deeds_tallied(text, lead, cs, ce, s.start):
        return []  # "Militia attacks on US forces have numbered more than 140 since mid-October": a running count
    if place is None and lead.definite and found_ci(_RANKED_SINCE, text, cs, ce):
        return []  # "The protests are the largest since ... in the spring of 2024": a ranking of what was told
    if (place is None or place.candidate.place.kind in ("country", "admin1")) and found_ci(
        _MULTI_DAY, text, cs, ce
    ):
        # "2,350 casualties in 5 bloody days" across a region: a campaign's sum, no event (at a named town it is one
        # drawn-out event: "five killed in three days of skirmishes in Sondu")
        return []
    if cas.spans and _period_range(text, [d for d in dates if part[0] <= d.start < part[1]]):
        return []  # "Between 7 October 2023 and 14 May 2024, at least 35,173 were killed in Gaza": a period's sum
    place_anaphor = place is None and found_ci(_ANAPHOR_PLACE, text, cs, ce)
    town_before = (
        _town_said_before(text, s.start, places, place_starts)
        if place_anaphor and found_ci(_ANAPHOR_TOWN, text, cs, ce)
        else None
    )
    count, said = munitions_count(text, cs, ce, weapon=weapon) if weapon else (None, None)
    if count is None and weapon and part != clause:
        count, said = munitions_count(text, part[0], part[1], weapon=weapon)
    if count is not None and intercepted and said is not None:
        # "shot down 20 of 25 drones": the interception's count is the first
        share = _SHARE_OF.search(text, max(cs, said[0] - 20), said[0])
        if share is not None and (k := number_value(share.group(1))) is not None and k <= count:
            count = k
        elif (k := downed_share(text, said[1], ce, count=count)) is not None:
            count = k  # "launched 28 drones ... destroyed 24 of them": the number stopped
    lead_definite = lead.definite or any(t.definite for t in group if t.rule.kind == "generic")
    if lead_definite and etype != "?" and _ANALYSIS_AFTER.match(text, lead.end, ce):
        # "The Kabul airport bombing demonstrated the weakness of ...", "the attack on Goma underlined how ...": what a
        # deed shows, told of an attack by its name; the attack itself (when this report tells it) is told elsewhere
        etype = sub = "?"
    elif (
        lead_definite
        and etype != "?"
        and lead.rule.kind in ("generic", "specific")
        and all(lead.start <= t.start and t.end <= lead.end for t in group)  # no deed told beside it
        and _AFTER_THE.search(text, max(cs, lead.start - 40), lead.start)
        and _CLAUSE_ENDS.match(text, lead.end)
    ):
        # "Western allies rallied behind Kyiv after the strike.": a deed referred to, told elsewhere or known; the
        # clause's place is the rally's, not the strike's
        etype = sub = "?"
    # "... died in the fighting", "during the clashes": the fighting told just before, whatever it was called
    back_fight = lead.rule.name == "clash" and bool(
        _THE_FIGHTING.match(text, max(cs, lead.start - 12), lead.end)
    )
    if (
        place is None
        and not any(cs <= d.start < ce for d in dates)
        and etype != "?"
        and lead.rule.name == "target-verb"
        and found_in(_SAID_IT_HAD, text[max(cs, lead.start - 30) : lead.start])
    ):
        # "The junta said it had targeted members of the People's Defence Force": the actor's account of the deed
        # told before (its target), not another event
        etype = sub = "?"
    claimed_object = (
        lead.rule.kind == "generic" and lead.plural and bool(_CLAIMED_OBJECT.search(text, cs, lead.start))
    )
    if claimed_object:
        # "The Islamic Resistance in Iraq claimed both the Ain al-Assad and the Erbil attacks": the attacks told
        # before, claimed; no new one at the places named again
        place = None
    if lead_definite and _LATEST_IN_AFTER.match(text, lead.end):
        # "The kidnappings are the latest in a rising number of abductions in the Sahel": the deeds told before;
        # the place is the series', not theirs
        place = None
    if (
        generic_only
        and etype != "?"
        and place is not None
        and not any(part[0] <= d.start < part[1] for d in dates)
        and _also_hurt(text, part[0], part[1])
        and _SEAT_BEFORE.search(text, max(cs, place.mention.start - 30), place.mention.start)  # type: ignore[attr-defined]
    ):
        # "The mayor of Morales said one civilian was also killed by a stray bullet": more victims of the deed told,
        # not a deed at the official's seat
        etype = sub = "?"
        place = None
    claimed_back = etype != "?" and bool(
        _CLAIM_SAYING_BEFORE.search(text, max(s.start, lead.start - 160), lead.start)
    )
    if claimed_back:
        # "The Qassam Brigades claimed the barrage, saying it had fired 130 rockets": the claimed deed told before,
        # as its claimant tells it (no second barrage)
        etype = sub = "?"
        place = None
    elif (
        etype != "?"
        and place is None
        # (a count of its victims: the takeover a group says it made is the battle's outcome, told on)
        and lead.rule.name in ("violence", "clash", "attack-noun", "seized-weapons")
        and actors.actor1 is not None
        and not generic_armed(actors.actor1)
        and _SAID_IT_HAD_BEFORE.search(text, max(s.start, lead.start - 90), lead.start)
        and any(
            a.name == actors.actor1 and a.cls in ("group", "armed") and a.start < s.start for a in actors_all
        )
        # (the casualty scan last: the other tests are cheap and rarely all pass)
        and bool(find_casualties(text, cs, ce).spans)
    ):
        # "JNIM fighters attacked an army camp in Djibo on Sunday, killing 50 soldiers. In a statement released on
        # Monday, JNIM said it had seized weapons and killed more than a hundred soldiers": the group's own account
        # of its deed told before, a claim of it on a later day, no deed of its own (and nowhere of its own)
        claimed_back = True
        etype = sub = "?"
    if lead_definite and etype != "?" and _CAME_FRAME.match(text, lead.end, ce):
        # "The shelling came as Zelensky met European officials in Kyiv", "The massacre comes about two weeks after
        # ...": the deed told before, framed by what went on then (no deed at the place of the meeting)
        etype = sub = "?"
        place = None
    first_version_by = None
    if (
        etype != "?"
        and s.start > 0
        and cs == s.start
        and _FIRST_VERSION.match(text, cs)
        and found_ci(_TOLL_REVISED, text, 0, s.start)
    ):
        # "The toll rose to three ... Initially, two personnel were reported killed when Maoists triggered an IED":
        # the first version of the deed whose toll was revised before, not another deed (nor its toll)
        etype = sub = "?"
        cas = Casualties()
        first_version_by = (
            actors.actor1
        )  # (who did it, as that version tells: "when Maoists triggered an IED")
    anaphoric = (
        (
            (generic_only or back_fight)
            and lead_definite
            and place is None
            and count is None
            and (
                not (etype != "?" and actors.actor1)
                # "the attack was believed to have been carried out by fighters of JNIM": who did the deed told
                or _CARRIED_OUT_AFTER.match(text, lead.end, ce) is not None
            )
        )
        or etype == "?"
        or claimed_object
    )
    named_site = None
    if (
        sub == "Abduction/forced disappearance"
        and actors.actor1 is None
        and found_ci(_ALSO_TAKEN, text, cs, ce)
        and not _within(places, place_starts, clause)
    ):
        # "ADF fighters killed 23 civilians near Beni. Several people were also abducted": more of that attack
        etype = sub = "?"
    going_on = False
    if (
        lead_definite
        and etype != "?"
        and (anaphoric or (place is None and count is None and not cas.spans and not actors.actor1))
        and _CONTINUED.match(text, lead.end, ce)
    ):
        # "The fighting continued until the early hours of Tuesday": the clash told before, going on; "Meanwhile,
        # the shelling continued": a deed going on, nowhere and by no one said, no event of its own
        going_on = not anaphoric
        etype = sub = "?"
        anaphoric = True
    if anaphoric and etype != "?" and found_ci(_TOLL_RISEN, text, cs, ce):
        # "The death toll from the Ariha strike had risen to 13": the toll of the strike told before, at Ariha
        etype = sub = "?"
        named = next((pm for pm in _within(places, place_starts, clause) if pm.candidates), None)
        named_site = named.candidates[0].place.place_id if named is not None else None
    blamed = None
    carried = (
        _CARRIED_OUT_AFTER.match(text, lead.end, ce)
        if (anaphoric and lead_definite) or (lead.definite and lead.rule.name in _MUNITION_RULES)
        else None
    )
    if carried is not None:
        # an attribution of the deed told before: who did it, no event of its own type
        by = [a for a in told if carried.end() <= a.start < ce and a.cls in ("group", "armed")]
        named = [a for a in by if a.cls == "group"] or by
        blamed = named[0].name if named else None
        etype = sub = "?"
    elif (
        # (a definite deed attributed is the deed told before, even one with a type of its own: "Local sources
        # attributed the shelling to the RSF")
        (anaphoric or etype != "?")
        and lead_definite
        and (
            _ATTRIBUTED_BEFORE.search(text, max(cs, lead.start - 40), lead.start)
            or _BLAMED_FOR_BEFORE.search(text, max(cs, lead.start - 90), lead.start)
        )
    ):
        # "Authorities attributed the attack to the CJNG", "blamed the attack on the CJNG", "blamed the CJNG for the
        # attack": who did the deed told before, no event of its own
        # (a state's forces too: "Residents blamed the strike on the army")
        by = [
            a
            for a in told
            if cs <= a.start < ce
            and a.cls in ("group", "armed", "state")
            and not a.start <= lead.start < a.end
        ]
        named = [a for a in by if a.cls == "group"] or [a for a in by if a.cls == "state"] or by
        blamed = named[0].name if named else None
        etype = sub = "?"
        anaphoric = True
    if blamed is None and first_version_by is not None:
        blamed = first_version_by
    distinct = (
        found_in(_DISTINCT, text[max(cs, lead.start - 40) : lead.start])
        or bool(found_in(_OTHER, text[cs:ce]) and not found_in(_AMONG_OTHERS, text[cs:ce]))
        or (
            _DISTINCT_OPENER.match(text, s.start, lead.start) is not None
            and ";" not in text[s.start : lead.start]
        )
    )
    # date: nearest expression in the clause, then in the sentence part
    date = None
    date_said = False  # the date is the day of a saying ("officials said on Wednesday")
    in_clause = [d for d in dates if cs <= d.start < ce]
    in_part = [
        d
        for d in dates
        if part[0] <= d.start < part[1]
        and not any(a0 <= d.start < a1 for a0, a1 in others)
        # (an aside tells of its antecedent: "The 2019 attack on Maiduguri, which killed 40 people, ...")
        and (own_aside is None or (subject_from if subject_from is not None else cs) <= d.start < ce)
    ]
    for pool in (in_clause, in_part):
        # "the ministry said on Tuesday that ... had fired on its positions overnight": the day of the saying is
        # not the deed's when the clause gives another date
        # (a date of the sentence part before this clause is read with its own words before it)
        # ("captured the headquarters ..., the biggest setback since the 2021 coup": an event named by its year after
        # the deed, compared with; it dates that event, not this deed)
        pool = [
            d
            for d in pool
            if not (
                d.start >= lead.end
                and d.text[:4].lower() == "the "
                and _SINCE_RIGHT_BEFORE.search(text, max(cs, d.start - 8), d.start)
            )
        ]
        told = [d for d in pool if not _saying_day(text, d, cs if d.start >= cs else part[0])]
        pool = told or pool
        # "clashes that lasted until the early hours of Tuesday": when the deed ended, not its day (which the story
        # told before)
        pool = [d for d in pool if not _UNTIL_BEFORE.search(text, max(cs, d.start - 40), d.start)]
        # "after Friday prayers on 30 September": the rite's weekday gives way to the day said
        rite = [d for d in pool if _RITE_AFTER.match(text, d.end)]
        if rite and len(rite) < len(pool):
            pool = [d for d in pool if d not in rite]
        if pool:
            near = min(pool, key=lambda d: abs(d.start - lead.start))
            # "last week, on June 18": the day said right beside a vaguer date is the deed's
            exact = next(
                (
                    d
                    for d in pool
                    if d.resolution.precision is DatePrecision.DAY
                    and near.resolution.precision is not DatePrecision.DAY
                    and (
                        0 <= d.start - near.end <= 12
                        or 0 <= near.start - d.end <= 12
                        # "two years ago, gunmen killed 12 villagers in Zurmi on 4 March 2022": the day said
                        # inside the vaguer period
                        or (
                            d.resolution.kind == "absolute"
                            and near.resolution.date_start is not None
                            and near.resolution.date_end is not None
                            and d.resolution.event_date is not None
                            and near.resolution.date_start
                            <= d.resolution.event_date
                            <= near.resolution.date_end
                        )
                    )
                ),
                None,
            )
            if exact is None and near.resolution.precision is DatePrecision.YEAR:
                # "Last year, gunmen abducted 280 pupils ... in March 2024": the month said inside the vaguer year
                exact = next((d for d in pool if _month_inside(d.resolution, near.resolution)), None)
            date = (exact or near).resolution
            date_said = not told
            break
    relation = None
    for r in rels:
        if isinstance(r, _Cut):
            continue
        if r.end == part[0]:  # the marker opens this part: "<A> one day after <this part>"
            left = _part_of(rels, s, r.start - 1) if r.start > s.start else (s.start, s.start)
            cut = next((c for c in rels if isinstance(c, _Cut) and c.start == part[1]), None)
            if cut is not None:  # "Two days after <this part>, <A>": A is the main event, after the comma
                relation = (r, _part_of(rels, s, cut.end), True)
            elif re.search(r"[A-Za-z]{3}", text[left[0] : left[1]]) and not _NO_DEED_LEFT.fullmatch(
                text, left[0], left[1]
            ):
                relation = (r, left, True)
            else:  # "A day earlier, gunmen ...": anchored on the event told before
                relation = (r, (0, 0), False)
        elif (
            r.end < part[0]
            and (cut := next((c for c in rels if isinstance(c, _Cut) and c.end == part[0]), None)) is not None
            and r.end <= cut.start
            and (
                _TOLD_DEED.fullmatch(text, r.end, cut.start)
                # "Two days after Thursday's raid on Tsafe, ...": counted from the day said of it
                or any(
                    r.end <= d.start < cut.start and d.resolution.precision is DatePrecision.DAY
                    for d in dates
                )
            )
        ):
            # "Two days after the raid, they ambushed ...": the raid is the deed told before, and this one is
            # counted from its day (the day the part says, "after Wednesday's attack", else that deed's)
            relation = (r, (r.end, cut.start), False)
        elif r.start == part[1] and not re.search(r"[A-Za-z]", text[r.end : s.end]):
            relation = (r, (0, 0), False)  # "... a day earlier."
        elif _same_day(r) and part[0] <= r.start < part[1]:
            relation = (r, (0, 0), False)  # "In a separate attack the same day, a mosque ... was targeted"
    for r in trailing:
        if lead.end <= r.start and part[0] <= r.start < part[1] and relation is None:
            relation = (r, (0, 0), False)  # "... shot dead two days earlier by a settler": after the deed
            if date is not None and any(
                d.resolution is date and _SAID_BEFORE.search(text, max(cs, d.start - 30), d.start)
                for d in dates
            ):
                # "claimed responsibility on Tuesday for a bombing that killed four a day earlier": the day of the
                # saying anchors the deed's
                date = _counted_day(r, False, date, None)
    since_when = date is not None and any(
        d.resolution is date and d.end <= lead.start and _WHEN_AFTER.match(text, d.end) for d in dates
    )  # "the deadliest since February 2022, when CODECO fighters killed 60 people": that past deed, then
    since = date is not None and date.expr.lower().startswith("since") and not since_when
    # "Clashes in Tripoli since Monday have killed 40": a few days' fighting, news (from that day to the report's);
    # "who have fought the coalition since 2015": background, not an event
    since_recent = since and date.precision is DatePrecision.DAY and not date.historical  # type: ignore[union-attr]
    if (since and not since_recent) or _durative(text, cs, ce, lead):
        return []
    if _summary_toll(text, s.start, s.end, lead) or _WAR_AS_KILLER.search(
        text, max(s.start, lead.start - 140), lead.start
    ):
        return []
    if found_ci(_COUNTED_PLACES, text, cs, ce) and (
        lead.rule.name != "protest" or found_ci(_COUNTED_HURT, text, cs, ce)
    ):
        # "seven people had died and 681 had been arrested in various states", "killed across the country": a
        # count over many places, no one deed's (a strike or a march called nationwide is one protest)
        return []
    past_in = (
        [(subject_from if subject_from is not None else cs, ce)]
        if own_aside is not None
        else _minus(part, others)
    )
    compared = SUPERLATIVE_SINCE.search(text, lead.end, part[1])
    if compared is not None:
        # "killed 12 soldiers in Gao on Sunday, the deadliest attack since jihadists stormed the town in 2019": the
        # past of the comparison is not this deed's
        past_in = [(a, min(b, compared.start())) for a, b in past_in if a < compared.start()]
    own_day = (
        next((d for d in dates if d.resolution is date), None)
        if date is not None and date.precision is DatePrecision.DAY and date.known and not date.historical
        else None
    )
    historical = bool(date and date.historical) or any(
        found_ci(_PAST_MARKER, text, a, b)
        and (
            own_day is None
            or any(not _past_of_object(text, m, own_day, lead) for m in _PAST_MARKER.finditer(text, a, b))
        )
        for a, b in past_in
    )
    # "the deadliest in the city since May 25, when two guided bombs hit ...": the deed a comparison or a period
    # starts from is a past one, however recent (the report's news is the deed compared)
    historical = historical or any(
        d.resolution is date
        and d.end <= lead.start
        and _WHEN_AFTER.match(text, d.end)
        and (
            d.text.lower().startswith("since")
            or _SINCE_RIGHT_BEFORE.search(text, max(0, d.start - 8), d.start)
        )
        for d in dates
    )
    if not historical and found_ci(_FOLLOWS_BEFORE, text, max(cs, lead.start - 50), lead.start):
        # "The violence follows the abduction of 287 pupils ... on March 7": the deed the report's news follows, told
        # as its background (past, whatever its day)
        historical = True
    if (
        not historical
        and date is not None
        and date.precision in (DatePrecision.MONTH, DatePrecision.YEAR)
        and (
            own_aside is not None
            or any(r.start() < lead.start < r.end() for r in _ASIDE_RELATIVE.finditer(text, cs, ce))
        )
    ):
        historical = True  # "The rebels, who seized Bukavu in February, accused ...": the subject's past, as background
    if (
        not historical
        and date is not None
        and date.precision is DatePrecision.MONTH
        and date.date_end is not None
        and (date.date_end + dt.timedelta(days=1)).day == 1  # (a month over before publication)
        and _HAD_BEFORE.search(text, max(cs, lead.start - 20), lead.start)
    ):
        historical = True  # "released four people it had kidnapped in September": the deed before the news
    if own_aside is not None and date is None:
        # an aside with no day of its own tells who the subject is, not news ("The Awadallah brothers, who had been
        # involved in plotting suicide bombings in Israel, were shot dead"): background of unknown date
        historical = True
    if date is not None and not date.known and not date.historical:
        date = None
    if found_ci(_TRIED_FOR, text, max(cs, lead.start - 140), lead.start):
        # "A court in Bamako on Tuesday jailed three men for the ambush of a bus near Gao that killed 20": the deed
        # tried is a past one, of its own day if told ("accused of killing a candidate in 2023"), never the court's
        own = [d for d in in_clause if d.start >= lead.start and d.resolution.known]
        date = own[0].resolution if own else None
        historical = date.historical if date is not None else True
        date_said = False
    sc = score
    if place is not None:
        sc += 0.1
    if count is not None:
        sc += 0.05
    if cas.fatalities is not None or cas.injuries is not None:
        sc += 0.05
    if date is not None:
        sc += 0.05
    if actors.actor1 is not None and actors.target_class is not None:
        sc += 0.05  # who did it to whom is said ("IS militants attack Shia fighters")
    # "seized rifles" is a deed, not a topic
    bare_noun = not _PAST_PARTICIPLE.match(text[lead.start : lead.end])
    if lead.plural and not lead.definite and place is None and count is None and bare_noun:
        sc -= 0.2
    if not anaphoric and sc < MIN_SCORE:
        return []
    impact = found_ci(_IMPACT, text, cs, ce) or bool(cas.fatalities)
    if not impact and etype != "?" and any(t.rule.name == "leaker-hit" for t in group):
        # "..., but two struck the port, wounding four": munitions that got through and hurt people or hit
        # something (not "one fell in an open field")
        impact = bool(cas.injuries) or not found_ci(_HARMLESS_FALL, text, cs, ce)
    claim = _claimant(text, s, actors_all)
    if claimed_back and claim is None and actors.actor1 is not None and not generic_armed(actors.actor1):
        claim = actors.actor1  # (its subject, the one claiming: "Hamas's armed wing ... claimed the barrage")
    if claim is not None and (part[0] > s.start or part[1] < s.end):
        named = [a for a in _actors_within(actors_all, s.start, s.end) if a.name == claim]
        if named and not any(part[0] <= a.start < part[1] for a in named):
            # "Hours after the strike, the Qassam Brigades said it had fired rockets at Ashkelon": the group's word
            # on its own deed, not on the strike the relation points back to
            claim = None
    if (
        claim is not None
        and not claimed_back
        and found_in(_CLAIMANT_SAYS, text[max(cs, lead.start - 60) : lead.start])
        and found_ci(_RESPONSIBILITY_CLAIMED, text, s.start, s.end)
    ):
        # "claimed by JNIM, which said it had seized weapons": the claimant's account of its deed; but a group
        # that only says what its fighters did ("Hezbollah said its fighters had targeted a tank") tells the deed
        return []
    made = [
        _Mention(
            lead.start,
            lead.end,
            si,
            part,
            clause,
            etype,
            sub,
            weapon,
            intercepted,
            sc,
            anaphoric,
            lead.plural,
            distinct,
            impact,
            count,
            cas,
            actors.actor1,
            actors.actor2,
            claim,
            place,
            place_anaphor,
            date,
            relation,
            historical,
            bool(cas.spans)
            and (_also_hurt(text, part[0], part[1]) or found_ci(_OWN_LOSS, text, part[0], part[1]))
            and not found_ci(_TOLL_RISEN, text, part[0], part[1]),
            (
                (lead_definite and (generic_only or back_fight))
                or any(_object_told_before(text, t, s.start) for t in group)
                # "the explosive device had been planted by criminal groups": the mine or bomb told before
                or (lead.definite and lead.rule.name in _MUNITION_RULES and len(group) == 1)
            )
            and not anaphoric
            and not distinct,
            bool(cas.spans)
            and (
                all(found_in(_CLAIMANT_SAYS, text[max(part[0], a - 60) : a]) for a, _ in cas.spans)
                # (the group's own count of what it did, told as a claim: "JNIM said it had killed more than a
                # hundred soldiers")
                or (
                    claimed_back
                    and _SAID_IT_HAD_BEFORE.search(text, max(s.start, lead.start - 90), lead.start)
                    is not None
                )
            ),
            bool(cas.spans) and _other_estimate(text, cs, ce),
            date_said,
            bool(cas.spans)
            and all(
                # (with the counts listed before the span: "seven soldiers and 15 militants died")
                _ARMED_DEAD.search(text, a, b) and not _OTHER_DEAD.search(text, max(part[0], a - 60), b)
                for a, b in cas.spans
            ),
            blamed=blamed,
            named_site=named_site,
            day_unknown=any(
                not d.resolution.known and "no publication date" in (d.resolution.warning or "")
                for d in in_clause
            ),
            state_toll=_state_toll(text, cas, part[0]),
            vague_toll=_vague_toll(text, cas),
            leaker=any(t.rule.name == "leaker-hit" for t in group) and etype != "?",
            since_day=since_recent,
            town_before=town_before,
            going_on=going_on,
            own_loss=bool(cas.spans) and found_ci(_OWN_LOSS, text, part[0], part[1]),
            bare_toll=bool(cas.spans)
            and weapon is None
            and actors.actor1 is None
            and all(t.rule.kind == "violence" for t in group),
            summary_toll=bool(cas.spans)
            and (
                (place is None and found_ci(_SUMMARY_TOLL, text, cs, ce))
                # "at least 27 civilians killed in El Fasher between 17 and 21 May": several days' sum, which a day's
                # event told next at the place replaces (ACLED events are one day's)
                or _days_range(text, [d for d in dates if part[0] <= d.start < part[1]])
                # "Israeli air strikes across the Gaza Strip killed at least 38 Palestinians over the past 24 hours": a
                # whole area's count, which the strikes told next at their places break down
                or (
                    place is not None
                    and place.candidate.place.kind in ("admin1", "country")
                    and (
                        _ACROSS_BEFORE.search(text, max(cs, place.mention.start - 20), place.mention.start)
                        is not None
                        or found_ci(_PAST_DAY, text, cs, ce)
                    )
                )
            ),
        )
    ]
    if intercepted and place is not None and not anaphoric and not historical:
        # "air defences destroyed 34 drones over the Bryansk region, 21 over the Kursk region and 17 over the
        # Belgorod region": one interception event per region, each with its own count
        items = _intercepts_by_place(text, clause, lead, _within(places, place_starts, clause))
        if items:
            return [replace(made[0], place=c, count=n) for c, n in items]
    others = (
        listed_places(text, _within(places, place_starts, clause), place, clause)
        if place is not None and not anaphoric and not historical
        else []
    )
    if others:
        # one event per place: "Russian missiles hit Kharkiv, Odesa and Dnipro, killing six" is three events;
        # a toll told for the whole list is shared out evenly (ACLED's practice), the remainder to the first
        n = len(others) + 1
        chosen = sorted([place, *others], key=lambda c: c.mention.start)  # type: ignore[attr-defined]
        if _PROVINCES_AFTER.match(text, chosen[-1].mention.end):  # type: ignore[attr-defined]
            # "across Latakia and Tartus provinces": each the province, not its namesake town
            chosen = [
                replace(c, candidate=prov) if (prov := _province_reading(c)) is not None else c  # type: ignore[arg-type]
                for c in chosen
            ]
        elif _DISTRICTS_AFTER.match(text, chosen[-1].mention.end):  # type: ignore[attr-defined]
            # "in the Kalbajar and Lachin districts": each the district around its town (ACLED geo 2)
            chosen = [
                replace(c, near=True) if c.candidate.place.kind == "settlement" else c  # type: ignore[attr-defined]
                for c in chosen
            ]
        # ... unless the toll says where: "..., killing five civilians in Kafr Nabl"
        ids = [c.candidate.place.place_id for c in chosen]  # type: ignore[attr-defined]
        told = None
        for _, span_end in cas.spans:
            here = _place_told_at(text, span_end, clause[1], _within(places, place_starts, clause))
            if here is not None and here.candidates and here.candidates[0].place.place_id in ids:
                told = ids.index(here.candidates[0].place.place_id)
        said = _respective(text, cas, n, clause) if told is None else None
        if told is not None:
            shares = [cas if k == told else Casualties() for k in range(n)]
        elif said is not None:
            shares = said  # "air strikes on Rafah and Khan Younis killed 12 and 7 people respectively"
        else:
            shares = [_share(cas, n, k) for k in range(n)]
        even = told is None and said is None and bool(cas.spans)
        made = [
            # the barrage's count is not repeated on every row, nor shared out: how many fell on each place is
            # not said ("22 drones over the Poltava, Sumy and Kharkiv regions" is no 8/7/7; the contract's count
            # is null when not said)
            replace(made[0], place=c, casualties=shares[k], shared=even, count=None)
            for k, c in enumerate(chosen)
        ]
        if even and running_toll(text, clause[0], clause[1]):
            made = [replace(x, running=True) for x in made]
    elif place is not None and not anaphoric and not historical and len(cas.spans) > 1:
        # "killed two people in Kharkiv and wounded five in Odesa": each toll says its own place, one event each
        split = _tolls_by_place(text, cas, clause, _within(places, place_starts, clause), place)
        if split:
            made = [replace(made[0], place=c, casualties=k) for c, k in split]
    elif place is not None and not anaphoric and not historical and len(cas.spans) == 1:
        # "killed two farmers in Bamba and three herders in Bourem": the second count with a place of its own
        split = _second_toll_at(text, cas, clause, _within(places, place_starts, clause), place)
        if split:
            made = [replace(made[0], place=c, casualties=k) for c, k in split]
    return made


#: a count and where it was downed: "34 drones over the Bryansk region", ", 21 over the Kursk region"
_COUNT_OVER = re.compile(
    rf"\b(?P<n>{NUMBER_RE})\s+(?:more\s+)?(?:(?:[\w-]+\s+)?(?:drones|UAVs|missiles|rockets|projectiles|shells)\s+)?"
    r"(?:were\s+(?:shot\s+down|downed|destroyed|intercepted)\s+)?(?:over|above|in)\s+(?:the\s+)?(?=[A-Z])",
    re.IGNORECASE,
)


_REGION_WORD_AFTER = re.compile(r"\s+(?:region|oblast|province)\b", re.I)


def _intercepts_by_place(
    text: str, clause: tuple[int, int], lead, inside: list
) -> list[tuple[PlaceChoice, int]]:
    """(place, count) of each item of an interception tally told by place, or [] when it is not such a list (at
    least two items, each a count right before "over <place>")."""
    out: list[tuple[PlaceChoice, int]] = []
    starts = {pm.start: pm for pm in inside if pm.candidates}
    for m in _COUNT_OVER.finditer(text, max(clause[0], lead.start - 80), clause[1]):
        pm = starts.get(m.end())
        n = number_value(m.group("n"))
        if pm is None or n is None:
            continue
        cand = pm.candidates[0]
        if _PROVINCES_AFTER.match(text, pm.end) or _REGION_WORD_AFTER.match(text, pm.end):
            prov = next((c for c in pm.candidates if c.place.kind == "admin1"), None)
            cand = prov if prov is not None else cand
        out.append((PlaceChoice(pm, cand, False, 0.0), n))
    return out if len(out) > 1 else []


_RELEASE_OF_HELD = re.compile(
    r"\b(?:release|freedom)\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:arrested|detained|held|jailed|imprisoned)\b",
    re.IGNORECASE,
)
#: words before a relation marker that tell no deed: "Similarly, on the next day, ..."
_NO_DEED_LEFT = re.compile(
    r"\s*(?:(?:similarly|likewise|then|and|but|meanwhile|also|later|again|moreover|furthermore|in\s+addition|"
    r"separately|elsewhere)\s*,?\s*)*(?:on|at|by|in|during)?\s*",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(rf"\b({NUMBER_RE})\s+(?:of|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(rf"\b(?:{NUMBER_RE})\b", re.IGNORECASE)


def _respective(text: str, cas: Casualties, n: int, clause: tuple[int, int]) -> list[Casualties] | None:
    """The counts of a toll said "respectively" of ``n`` places, in their order; None when not said so."""
    if not cas.spans or "respectively" not in text[clause[0] : clause[1]].lower():
        return None
    if (cas.fatalities is None) == (cas.injuries is None):
        return None  # (deaths and wounded both: which count is whose is not clear)
    lo = min(a for a, _ in cas.spans)
    hi = text.lower().find("respectively", lo, clause[1])  # (the counts run from the toll to the word)
    if hi == -1:
        return None
    nums = [number_value(m.group(0)) for m in _NUMBER_TOKEN.finditer(text, lo, hi)]
    if len(nums) != n or any(x is None for x in nums):
        return None
    if cas.fatalities is not None:
        return [Casualties(x, None, None, None, cas.spans) for x in nums]
    return [Casualties(None, None, x, None, cas.spans) for x in nums]


#: a second count told at a place of its own: "... and three herders in Bourem"
_AND_COUNT_AT = re.compile(
    r"\s+and\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?",
    re.IGNORECASE,
)


def _place_told_at(text: str, toll_end: int, clause_end: int, inside: list):  # type: ignore[no-untyped-def]
    """The place mention a toll ending at ``toll_end`` is said to be counted at ("killing five civilians in Kafr
    Nabl"), among ``inside``; None when the toll says no place."""
    at = _TOLL_AT.match(text, toll_end, clause_end)
    return next((pm for pm in inside if pm.start == at.end()), None) if at else None


def _second_toll_at(
    text: str, cas: Casualties, clause: tuple[int, int], inside: list, place: PlaceChoice
) -> list:
    """[(place, casualties)] of "killed two farmers in Bamba and three herders in Bourem" (two places, a count each,
    the chosen place the first); [] otherwise."""
    a, b = cas.spans[0]
    first = _place_told_at(text, a + len(text[a:b].rstrip()), clause[1], inside)
    if first is None or not first.candidates or first is not place.mention:
        return []
    m = _AND_COUNT_AT.match(text, first.end, clause[1])
    second = next((pm for pm in inside if m and pm.start == m.end() and pm.candidates), None)
    n = number_value(m.group("n")) if m else None
    if second is None or n is None:
        return []
    top = place.candidate.place  # type: ignore[attr-defined]
    c = next((c for c in second.candidates if c.place.iso3 == top.iso3), None)
    if c is None or c.place.place_id == top.place_id:
        return []
    own = _casualties(text, a, first.end)
    other = Casualties(fatalities=n) if own.fatalities is not None else Casualties(injuries=n)
    return [(place, own), (PlaceChoice(second, c, place.near, place.score), other)]


def _tolls_by_place(
    text: str, cas: Casualties, clause: tuple[int, int], inside: list, place: PlaceChoice
) -> list:
    """[(place choice, its casualties)] when every toll of a clause is told at a place of its own and the
    places differ (the chosen place among them); [] otherwise."""
    told = []
    for a, b in cas.spans:
        here = _place_told_at(text, a + len(text[a:b].rstrip()), clause[1], inside)
        if here is None or not here.candidates:
            return []
        told.append((a, here))
    top = place.candidate.place  # type: ignore[attr-defined]
    if not any(pm is place.mention for _, pm in told):
        return []
    out = []
    seen = set()
    for k, (a, pm) in enumerate(told):
        c = (
            place.candidate
            if pm is place.mention
            else next((c for c in pm.candidates if c.place.iso3 == top.iso3), None)
        )
        if c is None or c.place.place_id in seen:
            return []
        seen.add(c.place.place_id)
        end = told[k + 1][0] if k + 1 < len(told) else clause[1]
        out.append((PlaceChoice(pm, c, place.near, place.score), _casualties(text, a, min(end, pm.end))))
    return out


_PROVINCES_AFTER = re.compile(r"\s+(?:provinces|regions|states|governorates|oblasts)\b", re.IGNORECASE)


def _province_reading(c: PlaceChoice):  # type: ignore[no-untyped-def]
    """The province among a listed name's candidates ("Latakia" of "Latakia and Tartus provinces"), or None."""
    return next(
        (k for k in c.mention.candidates if k.place.kind == "admin1"),  # type: ignore[attr-defined]
        None,
    )


_DISTRICTS_AFTER = re.compile(
    r"\s+(?:districts|areas|local\s+government\s+areas|sub-?districts)\b", re.IGNORECASE
)
#: between a toll and the one place of a list it was counted at: "killing five civilians, including two children, in"
_TOLL_AT = re.compile(
    r"(?:,?\s*(?:including|among\s+them)\s+[^,.;]{1,40},)?\s+(?:in|at)\s+(?:the\s+)?(?:town\s+of\s+)?"
)


def _share(cas: Casualties, n: int, k: int) -> Casualties:
    """Share ``k`` of ``n`` of a toll told for several places (floor, the remainder to the first)."""

    def part(v: int | None) -> int | None:
        return None if v is None else v // n + (v % n if k == 0 else 0)

    return Casualties(
        part(cas.fatalities), part(cas.fatalities_max), part(cas.injuries), part(cas.injuries_max), cas.spans
    )


_VIOLENT = frozenset({ERV, BATTLES, VAC, RIOTS})
_NOMINAL_BEFORE = re.compile(r"\b(?:the|a|an|over|for|of|after|since)\s+$", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"[\s,]*(?:(?:which|that|and)\s+)?(?:had\s+|has\s+|have\s+)?$")


def _captured_type(text, lead, clause, places, actors_all, attacker) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """What "X was captured" / "captured N soldiers" tells.

    A place taken ("the town was captured by rebels") is territory changing hands (regained when state forces took
    it). People taken by an armed group: armed men (soldiers, police, fighters) are captured in fighting (Battles),
    anyone else is abducted; people taken by state forces, police or nobody named are arrested (ACLED: Arrests).
    """
    by = next((a for a in actors_all if a.name == attacker), None) if attacker else None
    armed_taker = by is not None and by.cls in ("group", "armed")
    if not text[lead.start : lead.start + 4].lower().startswith(("was", "were", "been", "bein")):
        # active: "the rebels captured seven soldiers"
        if armed_taker:
            taken = text[lead.end : min(clause[1], lead.end + 60)]
            return (BATTLES, "Armed clash") if names_armed_people(taken) else (VAC, _ABDUCTION)
        return SD, "Arrests"
    before = [pm for pm in places if clause[0] <= pm.start and pm.end <= lead.start and pm.candidates]
    # taken *in* another place ("Granda was captured in Caracas"): the subject was a person named like a place
    elsewhere = any(
        lead.end <= pm.start < clause[1]
        and re.search(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", text[lead.end : pm.start])
        for pm in places
    )
    if before and not elsewhere and _SUBJECT_GAP.fullmatch(text, before[-1].end, lead.start):
        if by is not None and by.cls == "state":
            return BATTLES, "Government regains territory"
        return BATTLES, "Non-state actor overtakes territory"
    if armed_taker:
        taken = text[max(clause[0], lead.start - 80) : lead.start]
        return (BATTLES, "Armed clash") if names_armed_people(taken) else (VAC, _ABDUCTION)
    return SD, "Arrests"


_ABDUCTION = "Abduction/forced disappearance"


#: an army's operation after an attack: "in pursuit operations", "during the ensuing mop-up operation"
_PURSUIT = re.compile(
    r"\b(?:in|during)\s+(?:the\s+|a\s+)?(?:ensuing\s+|subsequent\s+|follow-up\s+|counter-?)?(?:pursuit|mop-?up|"
    r"clearing|sweep|follow-up|hot\s+pursuit)\s+(?:operations?|missions?)\b|\bin\s+(?:hot\s+)?pursuit\s+of\b",
    re.IGNORECASE,
)
#: a group's own words for what it did: "JNIM said it had seized weapons and killed ...", "ISWAP claimed on Sunday
#: that it had killed 20 soldiers"
_SAID_IT_HAD_BEFORE = re.compile(
    r"\b(?:said|says|claimed|claims|announced)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+(?:on\s+\w+\s+)?)?(?:that\s+)?"
    r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)(?:[\w'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)
#: a claim of a deed told before, and the claimant's words for it: "claimed the barrage, saying it had fired"
_CLAIM_SAYING_BEFORE = re.compile(
    r"\bclaim(?:ed|s|ing)\s+(?:responsibility\s+for\s+)?(?:the|this|that|both|all|these)\s+(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+\s*,\s*(?:and\s+)?sa(?:ying|id)\s+(?:that\s+)?(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
#: a deed told before framed by its time: "The strike comes as Somalia prepares ...", "The attack came just one day
#: after ..." (not "came under fire", "came from a drone")
_CAME_FRAME = re.compile(
    r"\s+(?:also\s+|just\s+)?(?:comes|came)\b(?!\s+(?:under|down|out|from|to\s+an?\s+end|to\s+a\s+halt)\b)",
    re.IGNORECASE,
)
#: the trigger words of an assault on a place (not "killed", "shot": those have victims)
_ASSAULT = re.compile(r"(?:attack|assault|storm|raid|onslaught|target)\w*$", re.IGNORECASE)
#: where people live or gather, as the object of raiders' attack
_DWELLINGS = re.compile(
    r"\s+(?:(?:a|an|the|two|three|four|five|several|some|many|numerous)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:villages?|hamlets?|settlements?|camps?|markets?|schools?|churches|church|mosques?|homes?|houses?|"
    r"homesteads?|farms?|communit(?:y|ies)|compounds?)\b",
    re.IGNORECASE,
)
#: a place of civilians' daily life as the object of an attack: "attacked a school", "stormed the district hospital",
#: "raided a displacement camp" (not a village or town: armed sides fight for those)
_CIVILIAN_SITE = re.compile(
    r"\s+(?:on\s+)?(?:(?:a|an|the|two|three|four|several|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:schools?|hospitals?|clinics?|health\s+(?:cent(?:re|er)s?|posts?|facilit(?:y|ies))|churche?s?|mosques?|"
    r"temples?|markets?|marketplaces?|bus(?:es)?|minibus(?:es)?|weddings?|funerals?|orphanages?|universit(?:y|ies)|"
    r"colleges?|restaurants?|hotels?|(?:IDP|displacement|refugee)\s+camps?|camps?\s+for\s+(?:the\s+)?"
    r"(?:internally\s+)?displaced)\b",
    re.IGNORECASE,
)
_RAIDERS = re.compile(
    r"gunm[ae]n|bandits|armed\s+men|attackers|assailants|(?:armed\s+)?youths|herders|herdsmen|cattle\s+raiders|"
    # settlers and militiamen raiding a village attack the people there (ACLED: Violence against civilians)
    r"settlers|militiam[ae]n",
    re.IGNORECASE,
)
#: compiled once (were ``re.search(r"...")`` calls in the functions above: a cache lookup per call)
_COUNTRY_MODIFIER = re.compile(r"-\w|['’]s\b")  # "U.S.-backed", "Iraq's"
_OTHER = re.compile(r"\b(?:other|another|separate|second)\b", re.IGNORECASE)
_AMONG_OTHERS = re.compile(r"\bamong\s+others\b", re.IGNORECASE)
_PAST_PARTICIPLE = re.compile(r"\w+ed\b")
#: "14 rebels killed in Shekh Meskin": a place is named after the deed even when the gazetteer does not know it
_PLACE_NAMED = re.compile(
    r"\b(?:in|near|at|outside)\s+(?:the\s+(?:(?:\w+ern\s+)?(?:town|village|city|vicinity|outskirts|"
    r"countryside|area|suburbs?)|environs)\s+of\s+)?(?:al-)?[A-Z][a-z]"
)
#: "... were killed in the battle": a toll of an event told before, not a new one
_BACK_REFERENCE = re.compile(
    r"\b(?:in|during|by)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:battle|attack|clash|fighting|strike|raid|blast|"
    r"explosion|bombing|assault|ambush|offensive|operation|shelling|incident)s?\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)
#: air-defence systems named like places: "Iron Dome intercepted two rockets" ("Dome" is a town in Ghana)
_WEAPON_SYSTEM = re.compile(r"\b(?:Iron\s+(?:Dome|Beam)|David['’]s\s+Sling)\b")
_CLAIM_WORDS = (
    "claim",
    "responsib",
    "credit",
    "behind",
    "blam",
    "attribut",
    "carried out",
    "suspect",
    "finger",
    "targeted",  # "Hezbollah said it had targeted a gathering of soldiers": a group's word on its deed
    # "Al-Shabaab said it planted the device", "said they had detonated the explosives": its own device
    "planted",
    "detonated",
)
_CLAIM_KEYS = re.compile("|".join(_CLAIM_WORDS), re.IGNORECASE)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|claimed|statement)"
    r"(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)
#: a relative clause in the passive right before a date: "a house that was bombed on Sunday", "men who had been
#: abducted on Friday" (the noun's past, not the story's day)
_RELATIVE_PASSIVE_BEFORE = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\s+"
    r"(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
#: a count over several days, weeks or months: the sum of many events ("142 civilians killed in six days", "2,350
#: casualties in 5 bloody days", "during 50 days of the attack"); "in recent days", "two weeks ago" are dates
_NUM_WORD = (
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\w+teen|\w+ty)"
)
_MULTI_DAY = re.compile(
    rf"\b(?:killed|dead|deaths|casualties|wounded|injured|died|kill|kills|martyrs)\b[^.;,]{{0,30}}?\b"
    rf"(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?{_NUM_WORD}\s+(?:[\w-]+\s+)?"
    rf"(?:days|weeks|months)\b(?!\s+(?:ago|later|after|before|earlier))|"
    rf"\b(?:in|during|over)\s+(?:the\s+)?{_NUM_WORD}\s+(?:[\w-]+\s+)?(?:days|weeks|months)\s+of\b|"
    # "neutralised 14 militants in northern Iraq over the past week", "killed more than 200 militants in Middle
    # Shabelle this month" (not "earlier this month": one deed of that month)
    rf"\b(?:killed|dead|deaths|casualties|wounded|injured|died|neutrali[sz]ed|eliminated)\b[^.;]{{0,60}}?"
    rf"(?:\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:week|fortnight|month|year)\b|"
    rf"(?<!earlier\s)\bthis\s+(?:month|year)\b)|"
    # "after days of clashes between student protesters and security forces left at least 105 people dead"
    rf"\b(?:after|following|in|during|over)\s+(?:several\s+|many\s+)?(?:days|weeks|months)\s+of\b",
    re.IGNORECASE,
)


_NAMED_WITH_AGE = re.compile(
    r"\b(?:killing|killed|shot\s+dead|shooting\s+dead|murdered|murdering)\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+\s*,\s*"
    r"(?:aged\s+)?\d{1,2}\b"
)
_DISPERSAL = re.compile(r"\bdispers|\bbroke\s+up\b|\btear\s*gas\b|\bwater\s+cannon", re.IGNORECASE)
_DISEASE = re.compile(
    r"\b(?:virus|flu|influenza|cholera|ebola|measles|malaria|epidemic|pandemic|outbreak|contracting|infected|"
    r"infections?)\b",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"\s*(?:,\s*and|,|and|as\s+well\s+as)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.I)
_HELPED_BY_BEFORE = re.compile(
    r"\b(?:backed|supported|aided|assisted|helped|joined|accompanied)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
)
_LATEST_IN_AFTER = re.compile(
    r"\s+(?:is|are|was|were)\s+the\s+(?:latest|last|most\s+recent)\s+(?:in|of|among)\b", re.IGNORECASE
)
_REPELLED = re.compile(
    r"(?:repelled|repulsed|foiled|thwarted|fought\s+off|beat\s+back|repelling|repulsing)", re.I
)
_ATTACK_BY_AFTER = re.compile(
    r"\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attack|assault|offensive|raid|incursion|attempt)\s+by\s+(?:the\s+)?",
    re.I,
)
_DEMONYM_ATTACK_AFTER = re.compile(
    r"\s+(?:an?|the)\s+((?-i:[A-Z])[a-z]+)\s+(?:[\w-]+\s+)?(?:attack|assault|offensive|raid|incursion|attempt|"
    r"counter-?offensive|advance)\b",
    re.I,
)
#: a deed told over a whole country: "nationwide", "across the country", "across Ukraine"
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|countrywide|(?:across|throughout|all\s+over)\s+the\s+(?:country|nation)|"
    r"(?:across|throughout)\s+(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?\s*(?:[.,;]|$))",
    re.IGNORECASE,
)
#: a local source by its town: "police in Quetta", "officials in Bannu", "a police officer in Kisumu"
_LOCAL_SOURCE_BEFORE = re.compile(
    r"\b(?:police|policemen|officials?|authorities|officers?|administration|residents|rescuers|medics|doctors|"
    r"a\s+(?:police|local|district|hospital)\s+(?:official|officer|spokesman|source))\s+in\s+$",
    re.IGNORECASE,
)
_SPEAKS_RIGHT_AFTER = re.compile(r"\s+(?:said|says|told|reported|confirmed)\b")
#: the aircraft of a strike told before, as the subject: "the drone fired three missiles", "the jets dropped"
_THE_AIRCRAFT_BEFORE = re.compile(
    r"\b(?:the|that)\s+(?:same\s+)?(?:drones?|UAVs?|aircraft|warplanes?|jets?|planes?|helicopters?|gunships?)\s+"
    r"(?:(?:had|then|also|reportedly)\s+)?(?:(?:fired|launched|dropped|released|shot)\s+(?:[\w-]+\s+){0,3}?)?$",
    re.IGNORECASE,
)
#: a deed named again by a definite noun: "the strike", "in the fighting", "this attack"
_DEFINITE_DEED_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: a day told from the day of a saying: "the previous day", "the day before"
_DAY_BEFORE_ALONE = re.compile(
    r"the\s+(?:previous|following|next)\s+(?:day|night|evening|morning)|the\s+day\s+(?:before|after)",
    re.IGNORECASE,
)
_SINCE_RIGHT_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: the deed the news follows, named right before it: "follows the abduction of", "followed last week's attack" (not
#: "in the wake of the air raids", often the same day's cause, told as news)
_FOLLOWS_BEFORE = re.compile(
    r"\b(?:follows|followed)\s+(?:the|a|an|last\s+\w+['’]s|\w+day['’]s)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_SINCE_WHEN = re.compile(r"\bsince\s+[^,.;]{2,40},\s+when\b", re.IGNORECASE)
_AND_NEXT = re.compile(r",?\s+(?:and|while|whereas)\s")
_AND_BEFORE = re.compile(r",\s+(?:and|while|whereas)\s+$")
_WAS_ATTACKED = re.compile(
    r"\b(?:was|were|been)\s+(?:(?:also|again|reportedly|repeatedly)\s+)?attacked$", re.I
)
_CAME_UNDER_BEFORE = re.compile(r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_CAME_UNDER_FIRE = re.compile(r"(?:came|come|comes|coming)\s+under\b", re.IGNORECASE)
#: a toll summed over many places: "70 settlements ... were shelled over the past day, in total killing two"
_PLACES_TALLY = re.compile(
    r"\b(?:\d+|dozens\s+of|scores\s+of|several|more\s+than\s+\d+)\s+(?:settlements|towns|villages|communities|"
    r"localities|districts|cities|oblasts|regions)\b[^.;]{0,120}?\b(?:in\s+total|in\s+all|altogether|combined)\b",
    re.IGNORECASE,
)
_TALLY_AFTER = re.compile(
    # (not a ranking: "killing 12 soldiers, the deadliest attack since January")
    r"(?:(?!\b(?:\w+iest|worst|largest|biggest|first|most)\b)[^.;]){0,25}?\b(?:since\s+(?:the\s+(?:start|beginning)\s+of\s+|early\s+|late\s+|mid-?)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|the\s+(?:start|beginning|"
    r"war|conflict|offensive|operation))|so\s+far\s+this\s+(?:year|month)|(?<!earlier\s)this\s+year)\b",
    re.IGNORECASE,
)
#: a court's or prosecutor's act about a deed: what follows is the deed tried
_TRIED_FOR = re.compile(
    r"\b(?:jailed|sentenced|convicted|acquitted|tried|charged|indicted|found\s+guilty|on\s+trial|prosecuted|"
    r"condemned\s+to\s+death|imprisoned|accused)\b[^.;]{0,70}?\b(?:for|over|of|in\s+connection\s+with|in\s+the\s+case\s+of)"
    r"\s+(?:[\w'’-]+\s+){0,8}?$",
    re.IGNORECASE,
)
#: the dead counted are armed men only, not soldiers or civilians too ("all six attackers were killed")
_ARMED_DEAD = re.compile(
    r"\b(?:attackers|assailants|militants|gunmen|insurgents|fighters|rebels|terrorists|bandits|jihadists|"
    r"raiders|gunman|attacker|assailant)\b",
    re.IGNORECASE,
)
_OTHER_DEAD = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police|officers?|civilians?|people|persons|villagers|children|women|men|"
    r"guards?|servicem[ae]n)\b",
    re.IGNORECASE,
)
_STATE_DEAD = re.compile(
    r"\b(?:soldiers?|troops|policem[ae]n|police\s+officers?|servicem[ae]n|gendarmes?|constables?|jawans?|"
    r"security\s+personnel|marines|paratroopers|commandos)\b",
    re.IGNORECASE,
)
_CIVIL_DEAD = re.compile(
    r"\b(?:civilians?|people|persons|villagers|children|women|residents|passengers|worshippers|students)\b",
    re.IGNORECASE,
)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)


#: a range of days said as one ("between 17 and 21 May", "from Friday to Monday")
_DAYS_RANGE = re.compile(
    r"\b(?:between|from)\s+\S+.*?(?:\s(?:and|to|until|till|through)\s|[-–])", re.IGNORECASE
)


def _days_range(text: str, dates: list[DateMention]) -> bool:
    """One of the dates is a range of days said as one ("between 17 and 21 May"): what is counted over it is
    several days' sum."""
    return any(
        d.resolution.date_start is not None
        and d.resolution.date_end is not None
        and d.resolution.date_start < d.resolution.date_end
        and _DAYS_RANGE.search(text, max(0, d.start - 8), d.end) is not None
        for d in dates
    )


def _period_range(text: str, dates: list[DateMention]) -> bool:
    """The dates hold a range of more than a week ("between 7 October 2023 and 14 May 2024", "from April to
    June"): what is counted over it is a period's total, not one event."""
    ds = sorted(dates, key=lambda d: d.start)
    for (
        d
    ) in ds:  # one expression holding both ends ("between 7 October 2023 and 14 May 2024", read as one span)
        r = d.resolution
        if (
            r.kind == "absolute"
            and r.date_start is not None
            and r.date_end is not None
            and (r.date_end - r.date_start).days > 7
            and d.text[:4].lower() in ("betw", "from")
        ):
            return True
    for a, b in itertools.pairwise(ds):
        ra, rb = a.resolution, b.resolution
        if (
            ra.event_date is not None
            and rb.event_date is not None
            and _RANGE_JOIN.fullmatch(text, a.end, b.start)
            and _RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
            and abs((rb.event_date - ra.event_date).days) > 7
        ):
            return True
    return False


#: deaths summed over a span of days ("this week", "over the past day", "in recent days") ...
_SUMMARY_PERIOD = re.compile(
    r"\b(?:this|last|the\s+past)\s+(?:week|weekend|month)\b|\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+"
    r"(?:day|24\s+hours|48\s+hours|week|few\s+days|two\s+days|three\s+days|\d+\s+hours)\b|\bin\s+recent\s+"
    r"(?:days|weeks)\b|\bover\s+the\s+weekend\b|\bsince\s+(?:mid-|early\s+|late\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b",
    re.IGNORECASE,
)
#: ... over many places ("across Darfur and Kordofan", "across the country") or a whole province ("Russian attacks on
#: the Donetsk oblast")
_SUMMARY_SPREAD = re.compile(
    r"\bacross\s+(?:the\s+)?(?:country|region|province|state|oblast|north|south|east|west|front(?:\s*line)?|"
    r"territory|(?-i:[A-Z])[\w'’-]+(?:\s*,\s*(?-i:[A-Z])[\w'’-]+)*,?\s+and\s+(?-i:[A-Z])[\w'’-]+|"
    r"(?:[\w'’-]+\s+){0,2}(?:regions|provinces|states|oblasts|districts|towns|villages|areas|cities|fronts))\b|"
    r"\b(?:attacks|strikes|shelling|bombardments?)\s+(?:on|in|across)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+"
    r"(?:oblast|region|province|governorate|state)\b",
    re.IGNORECASE,
)


def _summary_toll(text: str, start: int, end: int, lead: Trigger) -> bool:
    """The sentence sums a toll over days and places ("At least 40 people were killed across Darfur and Kordofan
    this week", "Russian attacks on the Donetsk oblast killed six civilians over the past day"): a tally of deeds
    told one by one elsewhere (or not at all), no event of its own (ACLED codes each deed)."""
    if not (lead.plural or lead.rule.kind == "generic" or lead.rule.name == "violence"):
        return False
    return found_ci(_SUMMARY_SPREAD, text, start, end) and found_ci(_SUMMARY_PERIOD, text, start, end)


#: a count over many places of a country: "across the country", "in various states", "in 12 provinces" (not
#: ``_MANY_PLACES``, the wider test of a sum told as one deed, which this one once shadowed by sharing its name)
_COUNTED_PLACES = re.compile(
    # (not "an offensive in three cities", "8 citizens in 3 cities of the Eastern Ghouta": one deed's places)
    r"\bacross\s+the\s+(?:country|nation)\b|\b(?:in|across)\s+(?:various|several|many|different|multiple|"
    r"numerous|at\s+least\s+\d+|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?:other\s+)?"
    r"(?:states|provinces|regions|governorates|oblasts|counties)\b",
    re.IGNORECASE,
)


def _aggregate(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` counts over a period ("since", "this year", "the war") -- the words of a comparison
    that ranks the event told aside ("..., in the deadliest attack this year")."""
    sup = (
        _SUPERLATIVE.search(text, start, end)
        if "dead" in text[start:end] or "worst" in text[start:end]
        else None
    )
    return found_ci(_AGGREGATE, text, start, sup.start() if sup is not None else end)


_SUPERLATIVE = re.compile(
    r"\b(?:the|its|their)\s+(?:single\s+)?(?:deadliest|worst|bloodiest)\b", re.IGNORECASE
)
#: a kind of violence as the cause of deaths: a sum of many deeds ("killed in gang violence in Haiti last year")
KIND_VIOLENCE = (
    r"\b(?:killed|died|dead)\s+in\s+(?:gang|political|sectarian|communal|ethnic|tribal|religious|election|"
    r"post-election|drug-related|cartel)\s+(?:violence|unrest)\b(?![^.;]{0,40}\b(?:on|this)\s+\w+day\b)"
)
_AGGREGATE = re.compile(
    r"(?:\b(?:the|this|its|their)|['’]s)\s+(?:[\w-]+\s+)?(?:war|conflict|insurgency|campaign)\b(?!\s+monitor)|"
    # ("ten years ago", "earlier this year": the day of one deed, not a span counted over)
    r"\b(?:since|so\s+far|(?<!earlier\s)this\s+year|in\s+total|overall|decades?(?!\s+ago\b)|years(?!\s+ago\b)|"
    r"altogether|cumulative)\b|"
    r"\b(?:in|over|during|for)\s+(?:the\s+(?:past|last)\s+)?(?:[\w-]+\s+){0,3}(?:days|weeks|months)\b|"
    r"\bof\s+the\s+year\b|"
    r"\bover\s+the\s+same\s+period\b|\bto\s+date\b|"
    # "killed in gang violence": a sum of many deeds
    rf"{KIND_VIOLENCE}|"
    # a day's tally over many places: "in scattered violence during Sunday's election"
    r"\b(?:scattered|sporadic|widespread|nationwide|countrywide)\s+(?:violence|clashes|attacks|unrest|incidents)\b",
    re.IGNORECASE,
)


#: "The group claimed responsibility": the claimant is the armed group named last before
_GROUP_SAID_ITS = re.compile(
    r"\b(?:the|this)\s+(?:[\w-]+\s+)?(?:group|movement|organi[sz]ation|militia|faction)\s+said\s+(?:that\s+)?"
    r"(?:its|their)\s+(?:fighters|militants|mujahideen|operatives)\b",
    re.IGNORECASE,
)
_GROUP_CLAIMED = re.compile(
    r"\b(?:the|this)\s+(?:[\w-]+\s+)?(?:group|militants|militia|movement|organi[sz]ation|insurgents|jihadists|"
    r"rebels|faction)\s+(?:has\s+|have\s+|had\s+|later\s+|quickly\s+|swiftly\s+)?(?:claimed|claims|took|takes)\s+"
    r"(?:[\w'’-]+\s+)?(?:responsibility|credit)\b",
    re.IGNORECASE,
)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: a claim that names the day of the deed: "claimed the Saturday attack", "claimed Friday's bombing"
#: a claim naming its deed by what was hit: "claimed responsibility for the checkpoint attack"
_OBJECT_NAMED = re.compile(
    r"\b(?:for|claimed)\s+the\s+(checkpoint|convoy|market|mosque|church|school|base|camp|hotel|bus|police|army|"
    r"military|border|airport|prison|patrol|station|post|hospital|bridge|pipeline|village|embassy)\s+"
    r"(?:attacks?|bombings?|strikes?|assault|raid|ambush|blasts?|explosions?|shooting|siege)\b|"
    # ("claimed the attack on the carrier", "responsibility for the bombing of a minibus")
    r"\b(?:for|claimed)\s+the\s+(?:attacks?|bombings?|strikes?|assault|raid|ambush|shooting)\s+(?:on|of|against|"
    r"targeting|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?([a-z]{4,})\b",
    re.IGNORECASE,
)
_WEEKDAY_NAMED = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|bombings?|strikes?|assault|raid|ambush|blasts?|explosions?|killings?|shooting|launch)\b"
)


_actor_starts: list[object] = [None, None]


def _actors_within(actors_all: list, lo: int, hi: int) -> list:
    """The actor mentions of ``actors_all`` (in text order) that start in ``[lo, hi)``: a bisection, not a scan of
    the report's every mention per sentence (quadratic in a long report). Memoised for the last list (by
    identity and length)."""
    memo = _actor_starts
    if memo[0] is not actors_all or len(memo[1]) != len(actors_all):  # type: ignore[arg-type]
        starts = [a.start for a in actors_all]
        if any(a > b for a, b in itertools.pairwise(starts)):
            return [a for a in actors_all if lo <= a.start < hi]
        memo[0], memo[1] = actors_all, starts
    starts = memo[1]
    return actors_all[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]  # type: ignore[arg-type]


def _claimant(text: str, s: Sentence, actors_all) -> str | None:
    """Who claimed what sentence ``s`` tells: named there, or "the group" that was named last before it."""
    here = _actors_within(actors_all, s.start, s.end)
    tied = [a for a in here if tied_to(text, a)]
    if tied and len(tied) < len(here):  # "JNIM, an al Qaeda-linked group, said ...": JNIM
        actors_all = [a for a in actors_all if a not in tied]
    claim = find_claim(text, s.start, s.end, actors_all)
    low = lowered(text)
    if (
        claim is None
        and (low is None or "responsib" in low[s.start : s.end] or "credit" in low[s.start : s.end])
        and found_ci(_GROUP_CLAIMED, text, s.start, s.end)
    ):
        named = [a for a in actors_all if a.end <= s.start and a.cls == "group"]
        if named:
            return named[-1].name
    if (claim is None or generic_armed(claim)) and found_ci(_GROUP_SAID_ITS, text, s.start, s.end):
        # "The group said its fighters had targeted ...": the group named last before, not "Fighters"
        named = [a for a in actors_all if a.end <= s.start and a.cls == "group"]
        if named:
            return named[-1].name
    return claim


#: the authorities act on a crowd in the sentence after a protest: "Police fired tear gas to disperse them"
_CROWD = re.compile(
    r"\b(?:them|protesters|demonstrators|crowds?|rall(?:y|ies)|march(?:es|ers)?|gatherings?|sit-ins?|"
    r"participants)\b",
    re.IGNORECASE,
)
_AUTHORITY = re.compile(
    r"\b(?:police|policemen|riot\s+police|security\s+forces|security\s+personnel|troops|soldiers|army|"
    r"authorities|officers|gendarmes|national\s+guard)\b",
    re.IGNORECASE,
)
#: shots fired into a crowd: "fired live ammunition into the crowd", "opened fire on a crowd"
_FIRED_INTO_CROWD = re.compile(
    r"\b(?:fired|firing|opened\s+fire|shot)\s+(?:[\w-]+\s+){0,3}?(?:into|at|on|upon)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+)?crowds?\b(?!\s+of\s+(?!protesters|demonstrators|marchers))",
    re.IGNORECASE,
)
#: force that kills: not tear gas
_LETHAL = re.compile(r"\b(?:killed|killing|shot\s+(?:dead|and\s+killed))\b", re.IGNORECASE)
#: live fire: excessive force when it kills or wounds, an intervention when nobody is hurt (ACLED keeps Excessive
#: force for lethal force or serious injuries)
_GUNFIRE = re.compile(
    r"\b(?:live\s+(?:ammunition|fire|rounds|bullets)|opened\s+fire|fired\s+(?:live|on|upon)|fired\s+(?:warning\s+)?"
    # (shots in the air that hit someone all the same: "fired into the air ..., and one protester was hit by a stray
    # bullet and died")
    r"shots|fired\s+(?:(?:shots|rounds)\s+)?(?:in|into)\s+the\s+air|stray\s+bullets?)\b",
    re.IGNORECASE,
)


def _force_used(text: str, start: int, end: int) -> str | None:
    """The force the authorities used in ``text[start:end]``: "lethal" when it killed or (by gunfire) hurt someone,
    "fired" for shots with nobody hurt, None for neither."""
    if found_ci(_LETHAL, text, start, end):
        return "lethal"
    if not found_ci(_GUNFIRE, text, start, end):
        return None
    return "lethal" if _hurt_count(_casualties(text, start, end)) else "fired"


_INTERVENE = re.compile(
    r"\b(?:tear\s*gas|water\s+cannons?|rubber\s+bullets|stun\s+grenades|dispers(?:ed?|ing)|broke\s+up|"
    r"arrest(?:ed|ing)|detain(?:ed|ing)|batons?|beat|charged)\b",
    re.IGNORECASE,
)


def _arrests_at_protests(drafts: list[Draft]) -> list[Draft]:
    """Arrests told right after a protest, at its place (or none) and on its day, are its intervention (ACLED codes
    one Protest with intervention): "Police used water cannon to disperse protesters in Tbilisi. Twenty-one people
    were detained." """
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.sub_event_type == "Arrests"
            and prev.event_type == PROTESTS
            and not d.historical
            and not prev.historical
            and d.first_sentence <= prev.last_sentence + 1
            and (d.place is None or prev.place is None or d.site_id == prev.site_id)
            and (d.event_date is None or prev.event_date is None or d.event_date == prev.event_date)
        ):
            prev.evidence.extend(e for e in d.evidence if e not in prev.evidence)
            prev.last_sentence = max(prev.last_sentence, d.last_sentence)
            if prev.sub_event_type == "Peaceful protest":
                prev.types.append((PROTESTS, "Protest with intervention", max(prev.scores, default=0.0)))
            continue
        out.append(d)
    return out


#: the sentence after a takeover saying nobody fought for it: "There was no fighting inside the town," a resident said
_NO_FIGHT_TOLD = re.compile(
    r"\b(?:there\s+(?:was|were)\s+no\s+(?:fighting|clashes|resistance|shooting|exchange\s+of\s+fire)|"
    r"no\s+shots?\s+(?:was|were)\s+fired|without\s+(?:a\s+)?(?:fight|resistance|a\s+shot\s+(?:being\s+)?fired|"
    r"firing\s+a\s+shot)|(?:took\s+place|happened|was\s+carried\s+out|went)\s+(?:off\s+)?peacefully|unopposed)\b",
    re.IGNORECASE,
)
_TAKEOVERS = ("Non-state actor overtakes territory", "Government regains territory")


def _no_fight_told_after(text: str, sentences: list[Sentence], drafts: list[Draft], sent_index) -> None:
    """A takeover with no toll whose next sentence says nobody fought ("Fano fighters seized Lalibela after
    government troops withdrew. 'There was no fighting inside the town,' a resident said"): a non-violent transfer
    (ACLED keeps the Battles sub-events for ground taken by fighting)."""
    for d in drafts:
        if d.historical or d.fatalities or d.sub_event_type not in _TAKEOVERS or not d.evidence:
            continue
        nxt = max(sent_index(a) for a, _ in d.evidence) + 1
        if nxt >= len(sentences):
            continue
        s = sentences[nxt]
        if found_ci(_NO_FIGHT_TOLD, text, s.start, s.end):
            d.event_type, d.sub_event_type = SD, "Non-violent transfer of territory"
            d.types = [(SD, "Non-violent transfer of territory", 1.0)]
            if (s.start, s.end) not in d.evidence:
                d.evidence.append((s.start, s.end))


def _protest_interventions(text: str, sentences: list[Sentence], drafts: list[Draft], told: set[int]) -> None:
    """A protest whose next sentence (one that tells no event of its own) has the authorities disperse or shoot
    at the crowd is a Protest with intervention / Excessive force against protesters (ACLED sub-event types)."""
    for d in drafts:
        if d.event_type != PROTESTS or d.historical:
            continue
        own = sentences[d.last_sentence]
        joined = (
            _NEXT_CLAUSE.search(text, own.start, own.end) if d.sub_event_type == "Peaceful protest" else None
        )
        if joined is not None and (
            found_ci(_CROWD, text, joined.end(), own.end)
            and found_ci(_AUTHORITY, text, joined.end(), own.end)
        ):
            # "..., but police dispersed them with tear gas", "...; soldiers dispersed them": the same sentence
            s = Sentence(joined.end(), own.end)
            si = d.last_sentence
        elif d.last_sentence > d.first_sentence and (
            found_ci(_CROWD, text, sentences[d.last_sentence].start, sentences[d.last_sentence].end)
            and found_ci(_AUTHORITY, text, sentences[d.last_sentence].start, sentences[d.last_sentence].end)
        ):
            # the protest's own later sentence, joined to it for its toll: "Police fired in the air to disperse
            # them; no one was hurt."
            si = d.last_sentence
            s = sentences[si]
        else:
            si = d.last_sentence + 1
            if si >= len(sentences) or si in told:
                continue  # (the protest's own later sentence was read above)
            s = sentences[si]
        if not (found_ci(_CROWD, text, s.start, s.end) and found_ci(_AUTHORITY, text, s.start, s.end)):
            continue
        force = _force_used(text, s.start, s.end)
        if force == "lethal":
            sub = "Excessive force against protesters"
        elif force == "fired" or found_ci(_INTERVENE, text, s.start, s.end):
            sub = "Protest with intervention"
        else:
            continue
        d.types.append((PROTESTS, sub, max(d.scores, default=0.0)))
        if si != d.last_sentence and (s.start, s.end) not in d.evidence:
            d.evidence.append((s.start, s.end))
        d.last_sentence = si


#: a clause joined after a protest: "..., but police dispersed them", "...; soldiers dispersed them"
_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:but|and|before|until|when)|;)\s+", re.IGNORECASE)
#: a toll restated as risen: the whole count, not more victims ("the toll had risen to 42, with dozens of others
#: wounded")
_TOLL_RISEN = re.compile(
    r"\b(?:toll|number\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:killed|dead|deaths|fatalities|victims|injured|wounded|"
    r"injuries))\b[^.;]{0,60}?"
    r"\b(?:rose|risen|climbed|reached|increased|jumped|went\s+up)\b|"
    # "police raised the death toll to 19", "raising the total death toll to 58"
    r"\b(?:raised|raising|revised|revising|updated|pushed|pushing|brought|bringing)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|fatalities|victims|those\s+killed|people\s+killed))\s+"
    r"(?:up\s+)?to\b",
    re.IGNORECASE,
)
#: a toll that rose later: the incident's own toll, said on the day it rose
_TOLL_ROSE = re.compile(
    _TOLL_RISEN.pattern + r"|"
    r"\bdied\s+(?:later\s+)?(?:in\s+hospital|of\s+(?:their|his|her)\s+(?:wounds|injuries)|from\s+(?:their|his|her)\s+"
    r"(?:wounds|injuries))",
    re.IGNORECASE,
)


def _followups(
    text,
    sentences,
    with_mentions: set[int],
    actors_all,
    where=None,
    *,
    past: set[int] | frozenset[int] = frozenset(),
) -> list[_Mention]:
    """Sentences without a trigger that still add to the incident in focus: casualties ("No one was hurt.") or a
    claim ("The Houthis claimed responsibility for the launch."); with the place they name after a locative
    ("Debris fell on buildings in Kyiv, injuring three"), which may make the incident's place more precise.
    ``past``: the sentences dated only in the past ("In August 2022, a siege ... left 21 people dead"), whose toll
    is a past deed's."""
    out = []
    near = {si + k for si in with_mentions for k in (1, 2, 3)}  # follow-ups only count right after an event
    for si, s in enumerate(sentences):
        if si in with_mentions or si not in near or _quote_like(text, s):
            continue
        cas = _conservative(text, s.start, s.end, _casualties(text, s.start, s.end))
        claim = _claimant(text, s, actors_all)
        blamed = _blamed(text, s, actors_all)
        if cas == Casualties() and claim is None and blamed is None:
            continue
        if claim is None and accident(text, s.start, s.end):
            continue  # "a helicopter crashed ..., killing two crew members": an accident's toll
        if claim is None and found_ci(_DISEASE, text, s.start, s.end):
            continue  # "91 people have died after contracting the virus": a disease's toll
        if cas != Casualties() and (
            si in past
            or _aggregate(text, s.start, s.end)
            or found_ci(_RECORD, text, s.start, s.end)
            or found_ci(_MULTI_DAY, text, s.start, s.end)
            or found_ci(
                _DURATIVE, text, s.start, s.end
            )  # ("the offensive has killed more than 1600 civilians")
        ):
            cas = Casualties()
            if claim is None:
                continue
        place = None
        if where is not None and cas.spans:
            places, place_starts, iso3, countries = where
            here = [
                pm
                for pm in _within(places, place_starts, (s.start, s.end))
                if (
                    found_in(_LOCATIVE_ONLY, text[max(s.start, pm.start - 40) : pm.start])
                    # ("the Nikopol toll has risen to three", "Nikopol's death toll"): the place's own toll
                    or _PLACE_TOLL_AFTER.match(text, pm.end, s.end) is not None
                )
                and not found_in(_CARE_BEFORE, text[max(s.start, pm.start - 40) : pm.start])
            ]
            if here:
                place = choose_place(
                    text,
                    here,
                    scope=(s.start, s.end),
                    trigger=cas.spans[0],
                    report_iso3=iso3,
                    countries=countries,
                )
        out.append(
            _Mention(
                s.start,
                s.start,
                si,
                (s.start, s.end),
                (s.start, s.end),
                "?",
                "?",
                None,
                False,
                0.0,
                True,
                False,
                False,
                False,
                None,
                cas,
                None,
                None,
                claim,
                place,
                False,
                None,
                None,
                False,
                # (a risen toll restates the whole: "the toll had risen to 42, with dozens of others wounded")
                bool(cas.spans)
                and (_also_hurt(text, s.start, s.end) or found_ci(_OWN_LOSS, text, s.start, s.end))
                and not found_ci(_TOLL_RISEN, text, s.start, s.end),
                other_estimate=bool(cas.spans) and _other_estimate(text, s.start, s.end),
                own_loss=bool(cas.spans) and found_ci(_OWN_LOSS, text, s.start, s.end),
                armed_toll=bool(cas.spans)
                and all(
                    _ARMED_DEAD.search(text, a, b) and not _OTHER_DEAD.search(text, max(s.start, a - 60), b)
                    for a, b in cas.spans
                ),
                state_toll=_state_toll(text, cas, s.start),
                vague_toll=_vague_toll(text, cas),
                blamed=blamed,
            )
        )
    return out


#: a claim of a deed the report tells next: "... claimed responsibility for the attack." (the deed, definite)
_CLAIM_OF_THE_DEED = re.compile(
    r"\b(?:for|claimed|claims)\s+(?:the|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|"
    r"Sunday's)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|bombing|blast|explosion|strike|ambush|assault|raid|killing|"
    r"shooting|massacre|abduction|kidnapping)\b",
    re.IGNORECASE,
)


def _claims_told_first(text: str, sentences, drafts: list[Draft], told: set[int], actors_all) -> None:
    """A claim told just before the deed it claims ("The Islamic State group claimed responsibility for the
    attack. A suicide bomber killed 12 people at a mosque in Kunduz ...") is that incident's claim, with its
    sentence as evidence; a claim after an incident is read by the follow-ups."""
    covered = {k for d in drafts for k in range(d.first_sentence, d.last_sentence + 1)}
    for d in drafts:
        si = d.first_sentence - 1
        if (
            si < 0
            or d.historical
            or d.claimed_by is not None
            or si in told
            or si in covered
            or any(k in told for k in (si - 1, si - 2))
            or _quote_like(text, sentences[si])
        ):
            continue
        s = sentences[si]
        if not found_ci(_CLAIM_OF_THE_DEED, text, s.start, s.end):
            continue
        claim = _claimant(text, s, actors_all)
        if claim is not None:
            d.claimed_by = claim
            d.evidence.insert(0, (s.start, s.end))
            covered.add(si)


_DISASTER_TOLL = re.compile(DISASTER_THAT + r"(?:killed|claimed|left)\b", re.IGNORECASE)
_KIND_VIOLENCE = re.compile(KIND_VIOLENCE, re.IGNORECASE)
_ALSO_TAKEN = re.compile(r"\b(?:were|was)\s+also\s+(?:abducted|kidnapped|taken|seized)\b", re.IGNORECASE)
_RITE_AFTER = re.compile(r"\s+(?:prayers?|sermons?|services?|mass|market)\b", re.IGNORECASE)
_PRIOR_DEED = re.compile(
    r"\b(?:fired|opened\s+fire|shot|attacked|clashed|stormed|struck|shelled|raided|hit|exploded|bombed)\b",
    re.IGNORECASE,
)
_CONTINUED = re.compile(
    r"\s+(?:had\s+|have\s+|has\s+)?(?:continued|continues|went\s+on|goes\s+on|lasted|lasts|raged|rages|persisted|"
    r"dragged\s+on|carried\s+on|resumed|subsided|eased|ended|stopped)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d")
_VAGUE_TOLL = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|several|many|numerous|tens|a\s+number\s+of|a\s+few)\b",
    re.IGNORECASE,
)


def _vague_toll(text: str, cas: Casualties) -> bool:
    """The toll says only a vague quantity ("killing dozens of soldiers"): a figure told later replaces it."""
    return bool(cas.spans) and all(
        _VAGUE_TOLL.search(text, a, b) and not _DIGITS.search(text, a, b) for a, b in cas.spans
    )


def _state_toll(text: str, cas: Casualties, lo: int) -> bool:
    """The toll counts the state's forces only ("two soldiers died"; not "two soldiers and a civilian")."""
    # (the wounded told after the dead are no other side's dead: "Three soldiers were killed and eight wounded")
    spans = [(a, b) for a, b in cas.spans if not _WOUNDED_ONLY.fullmatch(text, a, b)]
    return bool(spans) and all(
        _STATE_DEAD.search(text, a, b)
        and not _ARMED_DEAD.search(text, a, b)
        and not _CIVIL_DEAD.search(text, max(lo, a - 60), b)
        for a, b in spans
    )


_WOUNDED_ONLY = re.compile(
    r"(?:(?!\b(?:killed|dead|died|deaths?|killing|fatalities)\b).)*\b(?:wounded|injured|hurt)\b"
    r"(?:(?!\b(?:killed|dead|died|deaths?|killing|fatalities)\b).)*",
    re.IGNORECASE | re.DOTALL,
)


#: rules of a munition named by its noun ("the explosive device", "the bomb"): told again by "the", the device told
#: before
_MUNITION_RULES = frozenset(("ied", "car-bomb", "grenade"))
_CARRIED_OUT_AFTER = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:believed|thought|suspected|said|reportedly)\s+(?:to\s+have\s+been\s+)?)?"
    # ("the explosive device had been planted by criminal groups")
    r"(?:carried\s+out|staged|conducted|perpetrated|committed|planted|laid|placed)\s+by\b",
    re.IGNORECASE,
)
#: an attribution said before the deed told before: "attributed the attack to ...", "blamed the bombing on ..."
_ATTRIBUTED_BEFORE = re.compile(
    r"\b(?:attribut(?:ed|es|ing)|blam(?:ed|es|ing)|pinned)\s+(?:the\s+|this\s+|that\s+|[\w'’]+['’]s\s+)(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: "blamed the CJNG for the attack"
_BLAMED_FOR_BEFORE = re.compile(
    r"\b(?:blam(?:ed|es|ing)|held)\s+[^.;]{2,70}?\s+(?:for|responsible\s+for)\s+(?:the\s+|this\s+|that\s+)(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: the report's attribution of a deed told before: "The ministry blamed Boko Haram", "Police attributed the attack
#: to the Los Lobos gang", "the attack was believed to have been carried out by fighters of JNIM"
_BLAME = re.compile(
    r"\b(?:blamed|blames|blaming|attributed\s+(?:[\w'’-]+\s+){0,3}?to|held\s+(?:[\w'’-]+\s+){0,2}?responsible|"
    r"(?:was|were)\s+(?:believed\s+to\s+have\s+been\s+|thought\s+to\s+have\s+been\s+|suspected\s+to\s+have\s+been\s+)?"
    r"carried\s+out\s+by|pointed\s+the\s+finger\s+at)\s+",
    re.IGNORECASE,
)


def _blamed(text: str, s: Sentence, actors_all) -> str | None:  # type: ignore[no-untyped-def]
    """The armed side a sentence blames for a deed told before, or None."""
    low = lowered(text)
    if low is not None and not any(w in low[s.start : s.end] for w in _CLAIM_WORDS):
        return None
    m = _BLAME.search(text, s.start, s.end)
    if m is None:
        return None
    after = [
        a for a in actors_all if m.end() <= a.start < min(s.end, m.end() + 80) and a.cls in ("group", "armed")
    ]
    if not after:
        return None
    return after[0].name


#: the dead a gathering remembers, to the end of the sentence: "to remember the 1,200 people killed when ..."
_REMEMBRANCE_OF = re.compile(
    r"\b(?:to|in\s+order\s+to)\s+(?:remember|commemorate|mourn|honou?r\s+the\s+memory\s+of|memoriali[sz]e|pay\s+"
    r"(?:tribute|homage|their\s+respects)\s+to)\s+[^.;:…]{0,200}|\bin\s+(?:memory|remembrance)\s+of\s+[^.;:…]{0,200}",
    re.IGNORECASE,
)
#: the deed an attack avenges, to the end of its phrase
_AVENGED = re.compile(
    r"\b(?:in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge|avenging)\s+[^,.;:…]{0,100}",
    re.IGNORECASE,
)
_DRONE_DROPPED = re.compile(
    r"\bdrone-dropped\b|\bdropped\s+(?:from|by)\s+(?:an?\s+)?(?:[\w-]+\s+)?drone", re.IGNORECASE
)
#: ordnance left behind that goes off: "an unexploded mortar shell", "leftover ordnance", "UXO"
_UXO = re.compile(
    r"\b(?:unexploded|leftover|left-over|old|abandoned|remnants?\s+of)\s+(?:[\w-]+\s+){0,2}?(?:shells?|ordnance|"
    r"munitions?|rockets?|mortars?|grenades?|bombs?|missiles?)\b|\bUXOs?\b|\bexplosive\s+remnants\b",
    re.IGNORECASE,
)
#: the series or ranking a period dates ("the latest of several such claims this year", "the deadliest attack this
#: month"): the deed told is one of them, on a day of its own
_SERIES_BEFORE = re.compile(
    r"\b(?:the\s+(?:latest|last|most\s+recent|\w+th|second|third)\s+(?:of|in|among)\b|(?:the|its|their)\s+(?:single\s+)?"
    r"(?:deadliest|worst|bloodiest|largest|biggest|heaviest|fiercest)\b)[^.;]{0,60}$",
    re.IGNORECASE,
)
#: a ranking of the events told against a past one: "are the largest since", "was the deadliest since"
#: deeds counted: "attacks ... have numbered / have risen to", "the number of attacks", "more than 140 attacks"
_DEEDS_TALLIED = re.compile(
    r"\b(?:attacks|strikes|raids|incidents|assaults|bombings|shellings)\b[^.;]{0,80}?\b(?:have|has|had)\s+(?:now\s+)?"
    r"(?:numbered|totall?ed|reached|risen|climbed|exceeded|surpassed|topped|passed)\b"
    r"|\b(?:number|count|tally|total)\s+of\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|raids|incidents|assaults)\b"
    r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|raids|incidents|assaults)\b",
    re.IGNORECASE,
)


def _deeds_tallied(text: str, lead: Trigger, cs: int, ce: int, sentence_start: int) -> bool:
    """The clause's deed is a count of deeds over a period ("Militia attacks on US forces in Iraq and Syria have
    numbered more than 140 since mid-October", "more than 140 attacks since October"): a running total, no event
    (ACLED codes each attack on its day). Only when the deed word itself is the one counted: a deed told beside a
    tally ("killed five in Kano, the latest of more than 100 attacks since January") stays. The period may be told
    before a relative clause that splits the sentence ("The US campaign against the Houthis, which began on March
    15, has included more than 800 strikes")."""
    # (the rarer test first: a count of deeds; the period words of _aggregate are common)
    if not any(a <= lead.start < b for a, b in finditer_ci(_DEEDS_TALLIED, text, cs, ce)):
        return False
    return _aggregate(text, min(cs, sentence_start), ce)


_RANKED_SINCE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:the|its|their)\s+(?:largest|biggest|deadliest|worst|bloodiest|heaviest|fiercest|"
    r"most\s+\w+)\s+(?:[\w-]+\s+)?since\b",
    re.IGNORECASE,
)
#: a past deed told after the date it is dated by: "since February 2022, when ..."
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
#: a toll told as a past year's or a group's record, not the incident's: "in 2023 alone", "has been blamed for the
#: deaths of more than 1,000 civilians"
_RECORD = re.compile(
    r"\b(?:in|during|throughout)\s+(?:19|20)\d\d\b|\bblamed\s+for\s+(?:the\s+)?deaths\b", re.IGNORECASE
)
#: a pluperfect right before a deed: "it had kidnapped", "who had been abducted" (a deed before the one told)
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
#: words that open a phrase about a thing, not the deed: "with an AK-47 rifle ... looted from an armoury last year"
_OBJECT_PHRASE = re.compile(r"\b(?:with|from|of|that|which|who|whom)\b", re.IGNORECASE)


def _past_of_object(text: str, m: re.Match[str], own_day: DateMention, lead: Trigger) -> bool:
    """The past marker ``m`` tells of a thing in the deed's clause, not the deed: it comes after the deed and its
    own day, with a phrase about an object between ("arrested two men on Tuesday with ammunition looted from a
    police armoury last year"; not "on Tuesday last year", where it is the day's year)."""
    after = max(own_day.end, lead.end)
    return m.start() >= after + 10 and _OBJECT_PHRASE.search(text, after, m.start()) is not None


#: a relative clause set off by commas that says who the subject is: ", who seized Bukavu in February,"
_ASIDE_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;]{3,120},", re.IGNORECASE)
#: a live blog's day heading: a line of its own that is a date ("Monday, 23 September", "23 September 2024")
_DAY_HEADING = re.compile(
    r"^[ \t]*(?P<d>(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?(?:\d{1,2}[ \t]+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2})"
    r"(?:,?[ \t]+\d{4})?)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)


#: the last report's day headings (one tuple, swapped whole, so that threads never mix two reports')
_heading_memo: tuple[str | None, list[tuple[int, str]]] = (None, [])


def _day_heading_before(text: str, pos: int) -> str | None:
    """The last day heading of a live blog before ``pos`` ("Monday, 23 September"), or None (the headings found
    once per report, memoised for the last text)."""
    global _heading_memo
    memo = _heading_memo
    if memo[0] is not text:
        found = [(m.start(), m.group("d")) for m in _DAY_HEADING.finditer(text)] if "\n" in text else []
        memo = _heading_memo = (text, found)
    headings = memo[1]
    k = bisect.bisect_left(headings, (pos, "")) - 1
    return headings[k][1] if k >= 0 else None


#: a live blog's time stamp opening an entry: "06:20 - ", "(14:05 GMT) ", "9.30am: "
_CLOCK_STAMP = re.compile(
    r"\s*\(?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC|local(?:\s+time)?)?\)?\s*[-–—:|)]?\s"
)


def _later_in_entry(text: str, start: int, drafts: list[Draft]) -> bool:
    """The sentence at ``start`` is a later one of a live blog's time-stamped entry ("07:55 - Sirens sounded in
    Sderot. The military said two rockets were intercepted.") whose earlier sentences told no deed (one told there
    gives its own day to what follows: "06:30 - Overnight, forces raided the camp. Gunmen exchanged fire ...")."""
    entry = text.rfind("\n", 0, start) + 1
    if entry >= start or not _CLOCK_STAMP.match(text, entry):
        return False
    return not any(d.evidence and d.evidence[-1][1] > entry for d in drafts)


#: a speaker placed where they speak from: "police in Raipur said", "a military source in Bol told AFP"
_SPEAKER_AT = re.compile(
    r"\b(?P<who>police|officials?|sources?|authorities|residents|witnesses|spokes(?:man|woman|person)|officers?|"
    r"doctors?|medics|nurses?|(?:health\s+)?workers?|staff|activists|journalists?|correspondents?|leaders?|"
    r"chiefs?|representatives?|administrators?|monitors?|elders?|lawmakers?)\s+(?:in|at|from)\s+"
    r"(?:the\s+)?(?P<p>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"
    # ("a civil society leader in Lubero territory said")
    r"(?:\s+(?:territory|district|province|region|county|state|area|town|city))?"
    # (where they work: "a health worker at Debre Markos hospital said")
    r"(?:\s+(?:hospital|clinic|medical\s+cent(?:er|re)|morgue|health\s+cent(?:er|re)))?"
    r"(?=\s+(?:said|say|says|told|reported|added|confirmed|stated)\b)",
    re.IGNORECASE,
)
#: the speaker tells their own deed: "Police in Peshawar said on Tuesday they had arrested three suspects" (there)
_OWN_DEED_SAID = re.compile(
    r"\s+\w+\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:they|it)\s+(?:had|have|has)\b", re.IGNORECASE
)
_DEED_SPEAKERS = frozenset(("police", "official", "officials", "authorities", "officer", "officers"))
#: a second source's figure in the same sentence: ", while residents said 11 died"
_WHILE_SAID = re.compile(
    # (", but prosecutors only confirmed three deaths": the confirmed figure)
    r",\s+but\s+(?:[\w'’-]+\s+){1,4}?(?:only\s+)?confirmed\b|"
    r",\s+(?:while|whereas)\s+(?:[\w'’-]+\s+){1,5}?(?:(?:said|say|says|reported|counted)\s+(?:that\s+)?"
    # (any figure's hedge: "while an aid group said around 200 people had been killed")
    r"(?:(?:at\s+least|more\s+than|as\s+many\s+as|around|about|some|nearly|over|roughly|up\s+to|close\s+to|"
    r"an\s+estimated)\s+)?[\w,-]+\s+(?:(?:people|persons|civilians|villagers|residents|soldiers)\s+)?"
    r"(?:had\s+|have\s+)?(?:died|were\s+killed|dead|been\s+killed|lost\s+their\s+lives)|"
    r"put\s+the\s+(?:death\s+)?toll\s+at)\b|"
    # ("...; the police gave a lower figure of nine")
    r"[,;]\s+(?:but\s+|while\s+|whereas\s+)?(?:[\w'’-]+\s+){1,4}?gave\s+a\s+lower\s+(?:death\s+)?(?:toll|figure|count)\b",
    re.IGNORECASE,
)


def _conservative(text: str, start: int, end: int, cas: Casualties) -> Casualties:
    """``cas`` with the lower of two sources' death figures told in ``text[start:end]`` ("Police said five people were
    killed ..., while residents said 11 died", "..., but prosecutors only confirmed three deaths"): ACLED keeps the
    conservative one."""
    if cas.fatalities is None or (w := _WHILE_SAID.search(text, start, end)) is None:
        return cas
    first, other = _casualties(text, start, w.start()), _casualties(text, w.start(), end)
    if first.fatalities is not None and other.fatalities is not None:
        return replace(cas, fatalities=min(first.fatalities, other.fatalities), fatalities_max=None)
    return cas


def _other_estimate(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` gives another source's figure for a toll, not a later one."""
    return (
        bool(_OTHER_ESTIMATE.search(text[start:end]))
        and not found_ci(_TOLL_ROSE, text, start, end)
        and not found_ci(_SUPERSEDED, text, start, end)
    )


#: a figure given before the current one: "Initial reports had put the toll at seven"
_SUPERSEDED = re.compile(
    r"\b(?:initial|initially|earlier|previous|previously|first)\b|\bhad\s+put\b", re.IGNORECASE
)


#: a side's own dead told as its loss after a toll of the others: "..., killing three of them. The SDF lost one
#: fighter" (both sides' dead are the clash's)
_OWN_LOSS = re.compile(
    r"\b(?:lost|losing)\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\b", re.I
)
#: a toll named by its place: "the Nikopol toll", "Nikopol's death toll"
_PLACE_TOLL_AFTER = re.compile(r"(?:['’]s)?\s+(?:death\s+)?toll\b", re.IGNORECASE)
#: where the wounded were taken, not where they were hurt: "taken to hospital in Sevare"
_CARE_BEFORE = re.compile(
    r"\b(?:hospitals?|hospitali[sz]ed|clinic|treated|treatment|evacuated|taken\s+to)\b", re.I
)
#: a place said where something happened: "in Kyiv's Solomianskyi district", "on a market in X", "near X"
_LOCATIVE_ONLY = re.compile(
    r"\b(?:in|at|on|near|outside|inside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


#: the attackers of a deed told before, as the next sentence names them ("Police fought the attackers")
_ATTACKER_WORDS = frozenset({"Attackers", "Assailants"})


def _fold(m: _Mention, d: Draft, sentences: list[Sentence], owner: dict[int, Draft]) -> Draft:
    """The mention told again of draft ``d`` (an account, an anaphor, a sequel of the same deed): no event of its
    own; its evidence, toll and actors go to ``d``, which it now belongs to (returned: the new focus)."""
    m.event_type = m.sub_event_type = "?"
    _absorb(d, m, sentences)
    owner[id(m)] = d
    return d


def _touch(d: Draft, m: _Mention, sentences: list[Sentence]) -> None:
    s = sentences[m.sentence]
    span = (s.start, s.end)
    if span not in d.evidence:
        d.evidence.append(span)
    d.last_sentence = max(d.last_sentence, m.sentence)


def _absorb(d: Draft, m: _Mention, sentences: list[Sentence], *, casualties: bool = True) -> None:
    _touch(d, m, sentences)
    if m.event_type != "?":
        d.types.append((m.event_type, m.sub_event_type, m.score))
        d.scores.append(m.score)
    d.intercepted = d.intercepted or m.intercepted
    d.impact = d.impact or (m.impact and not m.anaphoric)
    if d.weapon is None and m.weapon is not None and m.event_type != "?":
        d.weapon = m.weapon
    d.munitions_count = combine_counts(d.munitions_count, m.count)
    if casualties:
        c = m.casualties
        if m.additive and len(d.evidence) > 1 and not (m.own_loss and c.fatalities == d.fatalities):
            # (a loss of the same count is the toll told again by the side that lost them: "..., killing five
            # soldiers. The army said it lost five men")
            # more victims of the same event, told after the first toll: they add to it
            d.fatalities = add_counts(d.fatalities, c.fatalities)
            d.fatalities_max = add_counts(d.fatalities_max, c.fatalities_max)
            d.injuries = add_counts(d.injuries, c.injuries)
            d.injuries_max = add_counts(d.injuries_max, c.injuries_max)
        elif c.spans and d.toll_told and m.claimed_toll != d.toll_claimed:
            # an attacker's own figure and another source's for the same deed ("The PKK said it killed seven
            # soldiers; Turkey's defence ministry said two soldiers were killed"): ACLED keeps the other source's
            if d.toll_claimed and c.fatalities is not None:
                d.fatalities, d.fatalities_max = c.fatalities, c.fatalities_max
                d.injuries, d.injuries_max = c.injuries, c.injuries_max
                d.toll_claimed = False
            elif d.toll_claimed:
                # "Police said they killed 11 gang members. Two officers were wounded.": the other side's wounded do
                # not gainsay the deaths claimed
                d.injuries = combine_counts(d.injuries, c.injuries)
                d.injuries_max = combine_counts(d.injuries_max, c.injuries_max)
        elif c.spans and d.toll_summary and m.place is not None and not m.summary_toll:
            # "Shelling killed 11 civilians on both sides on Thursday. Indian shelling killed four in Athmuqam.
            # Pakistani shells killed seven in Kupwara.": the sum told first is no one place's; the place's own toll
            d.fatalities, d.fatalities_max = c.fatalities, c.fatalities_max
            d.injuries, d.injuries_max = c.injuries, c.injuries_max
            d.toll_summary = False
        elif (
            c.spans and d.toll_vague and not m.vague_toll and c.fatalities is not None and not m.claimed_toll
        ):
            # "killing dozens of soldiers. ... at least 35 soldiers were killed": a figure replaces a vague count
            d.fatalities, d.fatalities_max = c.fatalities, c.fatalities_max
            d.injuries = combine_counts(d.injuries, c.injuries)
            d.toll_vague = False
        elif (
            c.spans
            and d.toll_told
            and m.other_estimate
            and d.fatalities is not None
            and c.fatalities is not None
        ):
            d.fatalities = min(d.fatalities, c.fatalities)  # the conservative figure of two sources (ACLED)
            d.injuries = combine_counts(d.injuries, c.injuries)
        elif (
            c.spans
            and d.toll_told
            and d.fatalities is not None
            and c.fatalities is not None
            and not m.claimed_toll
            and m.actor1 is not None
            and d.actor1 is not None
            and m.actor1 != d.actor1
            and m.actor2 is not None
            and (m.actor2 == d.actor1 or generic_armed(m.actor2))
            # (two sides known: with no target told first, the second account may be the first retold with its
            # roles read right, "A Jaish al-Adl attack on a police station killed 11. Militants attacked the police
            # station, killing 11 police officers" -- one event, one toll)
            and d.actor2
        ):
            # "Gunmen ambushed a patrol, killing two soldiers. Troops returned fire and killed four of the attackers":
            # the other side's dead, told from the other side, add to the event's toll
            d.fatalities = add_counts(d.fatalities, c.fatalities)
            d.fatalities_max = add_counts(d.fatalities_max, c.fatalities_max)
            d.injuries = combine_counts(d.injuries, c.injuries)
        elif (
            c.spans
            and d.toll_told
            and d.fatalities is not None
            and c.fatalities is not None
            and not m.claimed_toll
            and {d.toll_side, "armed" if m.armed_toll else "state" if m.state_toll else None}
            == {"armed", "state"}
        ):
            # "The army said 12 insurgents were killed; two soldiers died": each side's dead, told apart, add up
            d.fatalities = add_counts(d.fatalities, c.fatalities)
            d.fatalities_max = add_counts(d.fatalities_max, c.fatalities_max)
            d.injuries = combine_counts(d.injuries, c.injuries)
            d.toll_side = "both"
        elif (
            c.spans
            and d.toll_told
            and d.fatalities is not None
            and c.fatalities is not None
            and not m.claimed_toll
            and m.actor1 is None
            and d.actor1 is not None
            and d.actor2
            and m.actor2 is not None
            and m.actor2 not in d.actor2
            and (
                (
                    m.armed_toll
                    and (m.actor2 == d.actor1 or (generic_armed(m.actor2) and generic_armed(d.actor1)))
                )
                # "Troops killed 12 militants, while three soldiers were killed": the attackers' side's own dead
                or (m.actor2 == d.actor1 and not generic_armed(m.actor2))
            )
        ):
            # "Militants attacked a checkpost, killing seven soldiers. The military said all six attackers were
            # killed": the attackers' own dead, a toll of the other side, add to it
            d.fatalities = add_counts(d.fatalities, c.fatalities)
            d.fatalities_max = add_counts(d.fatalities_max, c.fatalities_max)
            d.injuries = combine_counts(d.injuries, c.injuries)
        else:
            d.fatalities = combine_counts(d.fatalities, c.fatalities)
            d.fatalities_max = combine_counts(d.fatalities_max, c.fatalities_max)
            d.injuries = combine_counts(d.injuries, c.injuries)
            d.injuries_max = combine_counts(d.injuries_max, c.injuries_max)
            if c.spans and not d.toll_told:
                d.toll_claimed = m.claimed_toll
        if c.spans and not d.toll_told:
            d.toll_side = "armed" if m.armed_toll else "state" if m.state_toll else "other"
            d.toll_vague = m.vague_toll and c.fatalities is not None
            d.toll_summary = m.summary_toll
        d.toll_told = d.toll_told or bool(c.spans)
    if (
        m.blamed
        and d.event_type in (BATTLES, ERV, VAC)
        and (d.actor1 is None or (generic_armed(d.actor1) and not generic_armed(m.blamed)))
    ):
        d.actor1 = (
            m.blamed
        )  # "Gunmen killed nine traders. Police attributed the attack to the Los Lobos gang."
    if m.actor2 and d.event_type == BATTLES and d.actor2 and rebel_group(m.actor2):
        # "Resistance forces ambushed a junta column ... Three PDF fighters were killed in the fighting": a named
        # group's dead in a fight with the state's forces are its other side, named (not a second target)
        state = ("Military Forces", "Police Forces")
        if (d.actor1 is None or generic_armed(d.actor1)) and all(a.startswith(state) for a in d.actor2):
            d.actor1 = m.actor2
        elif (
            d.actor1 is not None
            and d.actor1.startswith(state)
            and len(d.actor2) == 1
            and generic_armed(d.actor2[0])
        ):
            d.actor2[0] = (
                m.actor2
            )  # ("Troops clashed with resistance fighters. Three PDF fighters were killed")
    # the mention's target is the draft's attacker, named again without its country ("Israeli forces raided the
    # camp. Gunmen exchanged fire with the troops"): the fight told from the other side, whose side is the target
    own_side = m.actor2 is not None and d.actor1 is not None and _same_force(m.actor2, d.actor1)
    if m.event_type == "?":
        if d.claimed_by is None and m.claimed_by:
            d.claimed_by = m.claimed_by
        if m.actor2 and not d.actor2 and not own_side and not m.additive:
            d.actor2.append(m.actor2)  # "... ambushed a convoy. Seven VDP members were killed": who was hit
        if m.place is not None and (d.place is None or (m.told_where and _sharper(d.place, m.place))):
            # "... injuring three people in Kyiv": the incident's only place, told after; "... in Khyber
            # Pakhtunkhwa province. The attack happened near Mir Ali": the deed told again, where in it (ACLED takes
            # the most precise place the report gives)
            d.place = m.place
        return
    if d.actor1 is None and m.actor1:
        d.actor1 = m.actor1
    # "Soldiers returned fire and killed several attackers": told from the other side, its generic target is the
    # incident's attacker again, not a third party
    returned = m.actor1 is not None and d.actor1 is not None and m.actor1 != d.actor1
    if own_side and returned and m.actor1 not in d.actor2 and not _same_force(m.actor1, d.actor1):
        d.actor2.append(m.actor1)  # type: ignore[arg-type]
    elif (
        m.actor2 and m.actor2 not in d.actor2 and not own_side and not (returned and generic_armed(m.actor2))
    ):
        d.actor2.append(m.actor2)
    if d.claimed_by is None and m.claimed_by:
        d.claimed_by = m.claimed_by
    if d.place is None and m.place is not None:
        d.place = m.place


def _same_force(a: str, b: str) -> bool:
    """Whether actor labels ``a`` and ``b`` name the same side: equal, or one the other without its country
    ("Military Forces" and "Military Forces of Israel")."""
    return a == b or b.startswith(a + " of ") or a.startswith(b + " of ")


def _set_date(d: Draft, res: DateResolution | None) -> None:
    if res is None or not res.known:
        return
    d.event_date, d.date_start, d.date_end = res.event_date, res.date_start, res.date_end
    d.date_precision, d.date_expr = res.precision, res.expr


def _deed_in_relation(m: _Mention, mentions: list[_Mention], owner: dict[int, Draft]) -> Draft | None:
    """The draft of the deed told inside ``m``'s relation ("..., hours after a gunman shot dead two brothers"): the
    other deed of the same sentence whose mention starts in the relation's span, once it has a draft."""
    a0, a1 = m.relation[1]  # type: ignore[index]
    return next(
        (
            owner[id(o)]
            for o in mentions
            if o is not m and o.sentence == m.sentence and a0 <= o.start < a1 and id(o) in owner
        ),
        None,
    )


def _assemble(
    text, sentences, mentions, dates_by_sentence, rels_by_sentence, published, warnings
) -> list[Draft]:
    drafts: list[Draft] = []
    said_dated: set[int] = (
        set()
    )  # drafts dated by the day of a saying, which a later "took place on" corrects
    owner: dict[int, Draft] = {}  # id(mention) -> the draft it went into
    focus: Draft | None = None
    narrative: DateResolution | None = None
    date_iter = sorted((d for ds in dates_by_sentence.values() for d in ds), key=lambda d: d.start)
    di = 0
    told_after: set[int] = set()  # drafts of deeds told as what another one came after
    for m in mentions:
        if m.anaphoric and m.place is not None:
            m.told_where = (
                _TOLD_WHERE.match(text, m.end, m.place.mention.start) is not None  # type: ignore[union-attr]
                # (the deed's own verb, its attackers the subject: "The gunmen struck the village of X, near Y")
                or _STRIKE_VERB.fullmatch(text, m.start, m.end) is not None
            )
    for m in mentions:
        while di < len(date_iter) and date_iter[di].start < m.start:
            r = date_iter[di].resolution
            if (
                r.known
                and not r.historical
                and not _SPEECH_BEFORE.search(text, max(0, date_iter[di].start - 25), date_iter[di].start)
                # ("bodies were recovered from a house that was bombed on Sunday": the day of what the house went
                # through, not the story's)
                and not _RELATIVE_PASSIVE_BEFORE.search(
                    text, max(0, date_iter[di].start - 70), date_iter[di].start
                )
                and not (  # "the fourth attack on the zone this year": a count's scope, not the story's day
                    r.kind == "relative"
                    and r.precision in (DatePrecision.MONTH, DatePrecision.YEAR)
                    and narrative is not None
                    and narrative.precision is DatePrecision.DAY
                )
            ):
                narrative = r
            di += 1
        current = [d for d in drafts if not d.historical]
        main = current[0] if current else None
        recent = (
            focus
            if focus is not None and not focus.historical and m.sentence - focus.last_sentence <= 2
            else main
        )
        if (
            m.event_type == ERV
            and focus is not None
            and focus.event_type == ERV
            and not focus.historical
            and 0 <= m.sentence - focus.last_sentence <= 1
            and text[m.start : m.end].lower() in ("strike", "strikes", "attack", "attacks")
            and _DEFINITE_DEED_BEFORE.search(text, max(0, m.start - 12), m.start)
            # (not "the attack on Al-Quds Hospital": another place, another deed)
            and (m.place is None or m.place.candidate.place.place_id == focus.site_id)  # type: ignore[attr-defined]
        ):
            # "Russian missiles struck Dnipro ..., while Moscow said the strike had hit a training ground": the
            # strike told just before, whatever weapon a bare "strike" would suggest
            m.weapon, m.sub_event_type = focus.weapon, focus.sub_event_type
        if (
            m.event_type == ERV
            and focus is not None
            and focus.event_type == ERV
            and focus.sub_event_type == "Air/drone strike"
            and m.sub_event_type != focus.sub_event_type
            and not focus.historical
            and 0 <= m.sentence - focus.last_sentence <= 1
            and _THE_AIRCRAFT_BEFORE.search(text, max(m.part[0], m.start - 40), m.start)
            and (m.place is None or m.place.candidate.place.place_id == focus.site_id)  # type: ignore[attr-defined]
        ):
            # "A drone strike on a market in Kabkabiya killed 12. ... the drone fired three missiles into the
            # market": the munitions of the strike told before, fired by its aircraft, not a missile attack of its own
            m.weapon, m.sub_event_type = focus.weapon, focus.sub_event_type
        if (
            m.actor2 in _ATTACKER_WORDS
            and focus is not None
            and not focus.historical
            and 0 < m.sentence - focus.last_sentence <= 1
            and focus.actor1 is not None
            and not generic_armed(focus.actor1)
            and focus.actor1 != m.actor1
        ):
            # "Gunmen from the Viv Ansanm coalition attacked Solino ... Police fought the attackers": the attackers
            # of the deed just told, named there
            m.actor2 = focus.actor1
        past = drafts[-1] if drafts else None
        if (
            past is not None
            and past.historical
            and not m.historical
            and m.date is None
            and m.relation is None
            and not m.distinct
            and m.sentence - past.last_sentence == 1
            and (m.place is None or _refines(past, m.place))
            and (
                _THEY_THEN.match(text, m.part[0], m.start)
                or _THE_ATTACKERS.match(text, m.part[0], m.start)
                # "On 11 April 2023, a jet bombed a crowd in Pazigyi. More than 160 people were killed, ...": the
                # toll of the past deed just told, not of the one told next
                or (
                    m.place is None
                    and m.actor1 is None
                    and m.casualties.fatalities is not None
                    and _BARE_TOLL_OPENING.match(text, sentences[m.sentence].start) is not None
                )
            )
        ):
            # "On 14 February 2020, soldiers stormed the village of Ngarbuh. They shot residents and set fire to
            # homes": the past deed told on, not a new event
            focus = _fold(m, past, sentences, owner)
            continue
        if (
            recent is not None
            and (m.event_type in _VIOLENT or m.sub_event_type == "Looting/property destruction")
            and not m.anaphoric
            and not m.distinct
            and not m.historical
            and m.date is None
            and m.relation is None
            and m.place is None
            and recent.event_type in _VIOLENT
            and m.sentence - recent.last_sentence == 1
            and (
                _THE_ATTACKERS.match(text, m.part[0], m.start)
                # "They burned granaries and left with the cattle"; "police said the attackers used hand grenades":
                # their burning or weapons (a people taken stay an abduction of its own, as ACLED codes it)
                or (
                    m.event_type != VAC
                    and (
                        _THEY_THEN.match(text, m.part[0], m.start + 1)
                        or _SAID_THE_ATTACKERS.match(text, m.part[0], m.start)
                    )
                )
            )
        ):
            # "Gunmen killed 14 villagers ... The attackers set fire to granaries and stole cattle": what the same
            # attackers did next, in the same raid (ACLED codes one event), not a second event
            focus = _fold(m, recent, sentences, owner)
            continue
        if (
            recent is not None
            and m.sub_event_type == "Looting/property destruction"
            and not m.distinct
            and not m.historical
            and (m.date is None or not _apart(m.date, recent))
            and m.relation is None
            and (m.place is None or _refines(recent, m.place))
            and recent.event_type in _VIOLENT
            and m.sentence == recent.last_sentence
            and (m.actor1 is None or recent.actor1 is None or m.actor1 == recent.actor1)
        ):
            # "A Russian drone struck an apartment building in Kharkiv and set its upper floors on fire": the damage
            # of the deed just told, part of that event (ACLED codes destruction apart only when nothing else is)
            focus = _fold(m, recent, sentences, owner)
            continue
        if (
            recent is not None
            and m.event_type == PROTESTS
            and recent.event_type == RIOTS
            and not m.historical
            and not m.distinct
            and m.date is None
            and (m.place is None or _refines(recent, m.place))
            and m.sentence - recent.last_sentence <= 1
            and _DISPERSAL.search(text, m.start, m.end)
        ):
            # "Mobs stormed the homes of ministers in Imphal. Police fired tear gas to disperse the crowds, and eight
            # people were injured": the riot broken up, not a protest of its own
            focus = _fold(m, recent, sentences, owner)
            continue
        if (
            m.claimed_toll
            and recent is not None
            and m.sentence - recent.last_sentence <= 1
            and recent.event_type in _VIOLENT
            and m.event_type in _VIOLENT
            and m.historical == recent.historical
            and recent.actor1 is not None
            and m.actor1 == recent.actor1
            and not _apart(m.date, recent)
            and _refines(recent, m.place)
        ):
            # "An Israeli drone strike in Nabatieh killed one person. The Israeli military said it had killed a
            # Hezbollah commander in the area": the attacker's own account of the deed just told (whom it hit)
            if m.actor2 and m.actor2 not in recent.actor2:
                recent.actor2.insert(0, m.actor2)
            focus = _fold(m, recent, sentences, owner)
            continue
        if (
            recent is not None
            and recent.event_type == PROTESTS
            # (a crowd the police broke up or fired on: a peaceful gathering's "toll" is another deed's)
            and recent.sub_event_type != "Peaceful protest"
            and m.event_type in _VIOLENT
            # (not "seven soldiers and 15 militants died in the fighting": another deed's dead)
            and not m.armed_toll
            and not m.state_toll
            and not found_ci(_FORCES_DEAD, text, *m.part)
            and (m.actor1 is None or m.actor1 == recent.actor1 or m.actor1 in recent.actor2)
            and m.date is None
            and m.relation is None
            and m.casualties.spans
            and not m.historical
            and m.sentence - recent.last_sentence <= 1
            and (m.place is None or recent.place is None or _coarser(m.place, recent.place))
        ):
            # "Police fired tear gas and live rounds at protesters in Nairobi. Amnesty said at least eight people
            # were killed": the toll of that crackdown (the protest's type follows from it)
            focus = _fold(m, recent, sentences, owner)
            continue
        if m.leaker:
            # "Hamas fired 20 rockets at Israel. Most were intercepted, but one struck a house in Ashkelon": part of
            # the attack told just before (its place, when finer, and its toll), not another attack
            told = [
                d
                for d in current
                if d.sub_event_type == m.sub_event_type
                and d.historical == m.historical
                and m.sentence - d.last_sentence <= 2
                and not _apart(m.date, d)
                # (a country said of the leak is whose people were hit, not where: "wounding US personnel")
                and (_refines(d, m.place) or m.place.candidate.place.kind == "country")  # type: ignore[union-attr]
            ]
            if told:
                attack = max(told, key=lambda d: (d.last_sentence, d.first_pos))
                if (
                    m.place is not None
                    and m.place.candidate.place.kind != "country"  # type: ignore[attr-defined]
                    and _coarser(attack.place, m.place)
                ):
                    attack.place = m.place
                focus = _fold(m, attack, sentences, owner)
                if m.casualties.spans or not _HARMLESS_FALL.search(text, *m.clause):
                    attack.impact = True  # some got through: an attack, whatever was intercepted
                continue
        if (
            m.back_reference
            and recent is not None
            and m.date is None
            and m.relation is None
            and m.historical == recent.historical
            and m.sentence - recent.last_sentence <= 2
            and (recent.event_type in _VIOLENT or recent.event_type == SD)
            and _refines(recent, m.place)
        ):
            # "U.S. jets struck facilities in eastern Syria. ... the strikes hit sites near Deir ez-Zor and killed
            # several people": the strikes told before, now with their place and toll (the place told first is
            # coarser, or the same)
            if m.place is not None and _coarser(recent.place, m.place):
                recent.place = m.place
            focus = _fold(m, recent, sentences, owner)
            continue
        if (
            recent is not None
            and not m.anaphoric
            and not m.distinct
            and not m.historical
            and m.relation is None
            and (m.event_type, m.sub_event_type) == (VAC, "Attack")
            and recent.event_type == VAC
            and recent.sub_event_type != "Attack"
            and m.sentence - recent.last_sentence == 1
            and not m.casualties.spans
            and (m.actor1 is None or generic_armed(m.actor1) or m.actor1 == recent.actor1)
            and m.place is not None
            and recent.place is not None
            and _refines(recent, m.place)
            and not _apart(m.date, recent)
        ):
            # "Separatist fighters abducted six students in Bafut overnight. Armed men stormed the school in Bafut
            # at around 2am, a statement said.": the raid of the abduction told just before, told again (one event:
            # same day, place and attackers, coded by the abduction)
            focus = _fold(m, recent, sentences, owner)
            continue
        if (
            recent is not None
            and m.event_type == BATTLES
            and not m.historical
            and recent.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED")
            and not recent.historical
            and m.sentence - recent.last_sentence == 1
            and m.place is None
            and not _apart(m.date, recent)
            and found_ci(_AFTER_THE_BLAST, text, m.clause[0], m.clause[1])
        ):
            # "A suicide bomber struck a checkpoint near Mir Ali ... Troops killed two other militants who tried to
            # storm the post after the blast.": the assault the blast opened, one event with it (its dead added)
            m.additive = True
            m.actor1 = m.actor2 = None
            focus = _fold(m, recent, sentences, owner)
            continue
        # anaphors: "the attack", "the attacks", casualty-only clauses
        if m.anaphoric:
            if recent is None and m.place is None and m.casualties == Casualties() and not m.claimed_by:
                continue  # "who lost his brother in the strike": a strike never told, with nothing of its own
            if (
                m.relation is not None
                and recent is None
                and (m.relation[2] is False or m.event_type == "?" or m.place is None)
            ):
                continue  # ("Hours after the blast, soldiers raided ...": a blast never told is no event of its own)
            if m.event_type == "?" and m.historical and m.casualties != Casualties():
                continue  # "a similar attack in 2017 that killed 500": a past event's toll, not today's
            if m.going_on and not any(
                d.event_type in _VIOLENT and d.last_sentence >= m.sentence - 3 for d in current
            ):
                continue  # (no deed of violence told just before for the shelling that "continued" to be)
            in_anchor_part = any(r.start == m.part[1] for r in rels_by_sentence.get(m.sentence, []))
            if m.plural and not m.historical:
                if len(current) == 1 and m.casualties.spans and m.sentence - current[0].last_sentence <= 2:
                    # "US aircraft carried out strikes near Hodeidah. The strikes killed two people.": the one
                    # incident told is what "the strikes" are, and their toll is its
                    _absorb(current[0], m, sentences, casualties=not in_anchor_part)
                    owner[id(m)] = current[0]
                    focus = current[0]
                    continue
                if (
                    len(current) == 1
                    and id(current[0]) in said_dated
                    and m.date is not None
                    and not m.date_said
                    and m.date.known
                    and m.date.precision is DatePrecision.DAY
                    and current[0].event_date is not None
                    and m.date.event_date <= current[0].event_date  # type: ignore[operator]
                    and m.sentence - current[0].last_sentence <= 2
                ):
                    # "..., the ministry said on Friday. The strikes took place on Wednesday.": their own day
                    _set_date(current[0], m.date)
                    said_dated.discard(id(current[0]))
                for d in current:
                    _touch(d, m, sentences)
                    if m.claimed_by and d.claimed_by is None:
                        d.claimed_by = m.claimed_by
                continue
            target = recent
            if m.event_type == "?":
                # casualties and claims belong to the latest violent incident told just before, not to an arrest
                # ("... shot down two drones approaching the airport. There were no casualties.": a statement of no
                # harm closes the item just told, an interception too)
                none_hurt = all(
                    v in (None, 0) for v in (m.casualties.fatalities, m.casualties.injuries)
                ) and (m.casualties.fatalities == 0 or m.casualties.injuries == 0)
                violent = [
                    d
                    for d in current
                    if d.last_sentence >= m.sentence - 3
                    and (d.event_type in _VIOLENT or (none_hurt and d.last_sentence >= m.sentence - 1))
                ]
                if violent and m.other_estimate and any(d.fatalities is not None for d in violent):
                    # another source's figure is of a toll told before ("SANA gave a lower toll of eight dead"): the
                    # deed with a toll, not a later one without ("... also abducted three people")
                    violent = [d for d in violent if d.fatalities is not None]
                if violent:
                    # (the latest told, but not a deed told only as what another came after)
                    target = max(
                        violent, key=lambda d: (d.last_sentence, id(d) not in told_after, d.first_pos)
                    )
                    # (or the place the toll names: "15:05 A glide bomb hit Kostiantynivka ... 17:45 Correction: the
                    # Nikopol toll has risen to three dead" is Nikopol's)
                    at = m.place.candidate.place.place_id if m.place is not None else None  # type: ignore[attr-defined]
                    named = [
                        d
                        for d in violent
                        if (m.named_site is not None and d.site_id == m.named_site)
                        or (at is not None and d.site_id == at)
                    ]
                    if named:
                        target = max(named, key=lambda d: (d.last_sentence, d.first_pos))
                named_day = _WEEKDAY_NAMED.search(text, *m.part) if m.claimed_by else None
                if named_day is not None:
                    # "... claimed the Saturday attack": the incident of that day, attack or interception
                    day = _WEEKDAYS.index(named_day.group(1).lower())
                    that_day = [
                        d
                        for d in current
                        if d.last_sentence >= m.sentence - 6
                        and d.event_date is not None
                        and d.date_precision is DatePrecision.DAY
                        and d.event_date.weekday() == day
                    ]
                    if that_day:
                        target = max(that_day, key=lambda d: (d.last_sentence, d.first_pos))
                named_object = (
                    _OBJECT_NAMED.search(text, *m.part) if m.claimed_by and named_day is None else None
                )
                if named_object is not None:
                    # "The TTP claimed the checkpoint attack": the incident whose telling names the checkpoint
                    noun = (named_object.group(1) or named_object.group(2)).lower()
                    told = [
                        d
                        for d in current
                        if d.last_sentence >= m.sentence - 6
                        and d.event_type in _VIOLENT
                        and any(noun in text[a:b].lower() for a, b in d.evidence)
                    ]
                    if len(told) == 1:
                        target = told[0]
                        named_day = named_object
                gap = m.sentence - target.last_sentence if target is not None else 99
                if named_day is not None and target is not None and gap <= 6:
                    gap = min(gap, 2)  # the day says which incident, however far back it was told
                if (
                    target is not None
                    # (a bare claim is often made a day or two later: "ISWAP claimed the attack in a statement
                    # on Sunday" claims Saturday's attack; its day is the statement's)
                    and not (m.claimed_by and m.casualties == Casualties())
                    # (nor is a toll's rise: "The death toll rose to 17 on Sunday", "... died in hospital on Sunday")
                    and not found_ci(_TOLL_ROSE, text, *m.part)
                    # (nor the deed's own day after a saying's: "officials said on Wednesday. The attack took place
                    # late on Tuesday.")
                    and not (id(target) in said_dated and not m.casualties.spans)
                    and any(
                        _apart(d.resolution, target)
                        for d in dates_by_sentence.get(m.sentence, [])
                        if m.part[0] <= d.start < m.part[1]
                        and d.resolution.precision is DatePrecision.DAY
                        # (the day of a saying is no deed's: "An official said on Sunday that 12 soldiers died in
                        # the attack")
                        and not _saying_day(text, d, m.part[0])
                    )
                ):
                    continue  # "On Monday, a blast killed two ...": another day's toll, not the incident's
                if (
                    target is not None
                    and m.claimed_by is None
                    and m.casualties != Casualties()
                    and any(
                        _apart(d.resolution, target)
                        for k in range(target.last_sentence + 1, m.sentence)
                        for d in dates_by_sentence.get(k, [])
                        if d.resolution.precision is DatePrecision.DAY
                        and not d.resolution.historical
                        and not _saying_day(text, d, sentences[k].start)
                    )
                ):
                    # "Tuesday 16 July: troops clashed with insurgents ... Wednesday 17 July: insurgents raided a
                    # village. No one was hurt.": the toll of the other day's story told between, not the incident's
                    continue
                if target is None or gap > 3 or (gap > 2 and m.claimed_by is None):
                    continue
                if gap > 2 or _aggregate(text, *m.part) or found_ci(_PURSUIT, text, *m.part):
                    # (nor the enemies an army says it killed in its pursuit: "30 terrorists were neutralised in
                    # pursuit operations on Saturday and Sunday" is its own operation, not the ambush's toll)
                    m.casualties = Casualties()
            if (
                target is not None
                and m.event_type != "?"
                and m.date is not None
                and m.date.known
                and (
                    m.date.historical != target.historical
                    or _apart(m.date, target)
                    # (with no publication date, a day said but unknown is no day to join a known one to)
                    or target.day_unknown
                )
                # (the day a toll rose is not the deed's: "The death toll from the Kaura Namoda attack rose to 9 on
                # Tuesday")
                and not found_ci(_TOLL_ROSE, text, *m.part)
                # (nor is the day it was said: "..., the ministry said on Friday. The strikes took place on
                # Wednesday": the deed's own day, before the saying)
                and not (
                    id(target) in said_dated
                    and not m.date_said
                    and m.date.precision is DatePrecision.DAY
                    and target.event_date is not None
                    and m.date.event_date is not None
                    and m.date.event_date <= target.event_date
                )
            ):
                # "In January an attack on the same post killed 28 soldiers": another day's attack at that place,
                # not more of this one (its toll is its own)
                target = None
            if target is not None:
                same = m.event_type == "?" or compatible(
                    target,
                    event_type=m.event_type,
                    sub_event_type=m.sub_event_type,
                    # (a generic noun referring back says no weapon: "The strike also wounded 12 children" after a
                    # missile hit a school)
                    weapon=None,
                    historical=target.historical,
                    date_start=None,
                    date_end=None,
                    site_id=m.place.candidate.place.place_id if m.place else None,
                    count=m.count,
                )
                if same:
                    if (
                        id(target) in said_dated
                        and m.date is not None
                        and not m.date_said
                        and m.date.known
                        and m.date.precision is DatePrecision.DAY
                    ):
                        # "..., officials said on Wednesday. The attack took place late on Tuesday."
                        _set_date(target, m.date)
                        said_dated.discard(id(target))
                    _absorb(target, m, sentences, casualties=not in_anchor_part)
                    owner[id(m)] = target
                    focus = target
                    continue
                if (
                    target.event_type in _VIOLENT
                    and m.event_type in _VIOLENT
                    and not m.distinct
                    and m.sentence - target.last_sentence <= 1
                    and _THE_FIGHTING.match(text, max(m.part[0], m.start - 12), m.end)
                ):
                    # "Militants stormed the base with car bombs. Seven soldiers died in the fighting": the same
                    # attack's toll, told under another name (its type stays the one told first)
                    m.event_type = m.sub_event_type = "?"
                    _absorb(target, m, sentences, casualties=not in_anchor_part)
                    owner[id(m)] = target
                    focus = target
                    continue
            if m.event_type == "?":
                continue
        if m.event_type == "?":
            continue
        # the mention's date
        res = m.date
        said_back = False
        if res is not None and m.since_day:
            res = _until_published(res, published)
        if (
            res is not None
            and m.date_said
            and recent is not None
            and not recent.historical
            and 0 < m.sentence - recent.last_sentence <= 1
            and (
                _DEFINITE_DEED_BEFORE.search(text, max(0, m.start - 12), m.start)
                # "Army spokesman Edward Buba said on Friday that troops had repelled the attackers and killed 12 of
                # them": the attackers told just before, so their attack (no place of its own)
                or (m.place is None and found_ci(_THE_ATTACKERS_NAMED, text, *m.part))
                # "On Sunday the Israeli military said its aircraft struck military targets in the area of Hodeidah
                # port": the same deed at the same site by the same side, told by the one who did it
                or (
                    m.place is not None
                    and m.place.candidate.place.place_id == recent.site_id  # type: ignore[attr-defined]
                    and m.sub_event_type == recent.sub_event_type
                    and m.actor1 is not None
                    and m.actor1 == recent.actor1
                )
            )
        ):
            # "... on Saturday. One soldier was killed in the fighting, the army said on Sunday", "The strike ...
            # killed three militants, AFRICOM said on Monday": the deed told just before, dated by its own day, not
            # by the day of the saying (nor by the story's day told last, which is the saying's)
            res = None
            said_back = True
        day_rel = (
            next(
                (
                    r
                    for r in rels_by_sentence.get(m.sentence, [])
                    if m.end <= r.start <= m.end + 60
                    and _DAY_BEFORE_ALONE.fullmatch(r.text)
                    and not (res is not None and r.text in res.expr)  # (the day read as the date itself)
                ),
                None,
            )
            if res is not None and m.date_said and res.known
            else None
        )
        if day_rel is not None:
            # "the army said on Thursday that a drone strike in Tahoua the previous day had killed ...": the day
            # before the saying, not the saying's day
            shift = -day_rel.days if day_rel.direction == "before" else day_rel.days
            res = shift_resolution(res, shift, expr=day_rel.text, published=published)  # type: ignore[arg-type]
        if (
            res is not None
            and m.relation is not None
            and res.kind == "weekday"
            and res.date_start is not None
        ):
            # "Two days later, on Monday, a convoy struck an IED": the weekday said after the relation names the
            # relation's day (counted from the deed told before), not the last such weekday before the report
            rel, anchor_part, forward = m.relation
            said_day = next(
                (
                    d
                    for d in dates_by_sentence.get(m.sentence, [])
                    if d.resolution is res
                    and rel.end <= d.start
                    and not text[rel.end : d.start].strip(" ,\n\t—–-").lower().removesuffix("on").strip()
                ),
                None,
            )
            anchor_res = (
                _anchor_date(anchor_part, forward, m, dates_by_sentence, mentions, owner, recent)
                if said_day is not None
                else None
            )
            if anchor_res is not None:
                counted = _counted_day(rel, forward, anchor_res, published)
                if (
                    counted.known
                    and counted.date_start is not None
                    and counted.date_start.weekday() == res.date_start.weekday()
                ):
                    res = counted
        own = res is not None
        if res is None and m.relation is not None:
            rel, anchor_part, forward = m.relation
            apposed = _apposed_day(text, rel, anchor_part, forward, dates_by_sentence.get(m.sentence, []))
            if apposed is not None:
                # "On Thursday, the day after the announcement, troops shelled ...": the day said is the deed's,
                # the relation only says it again
                res = apposed
            elif (
                anchor_res := _anchor_date(
                    anchor_part, forward, m, dates_by_sentence, mentions, owner, recent
                )
            ) is not None:
                res = _counted_day(rel, forward, anchor_res, published)
                if not res.known and res.warning:
                    warnings.append(res.warning)
                own = res.known
        if (
            res is None
            and not m.historical
            and published is not None
            and (
                _CLOCK_STAMP.match(text, sentences[m.sentence].start)
                or _later_in_entry(text, sentences[m.sentence].start, drafts)
            )
        ):
            # a live blog's entry "06:20 - ...": the day of the heading it stands under ("Monday, 23 September"),
            # else the day of publication (any sentence of the entry: "07:55 - Sirens sounded in Sderot. The
            # military said two rockets were intercepted.")
            heading = _day_heading_before(text, sentences[m.sentence].start)
            day = resolve_date(heading, published=published) if heading else None
            res = day if day is not None and day.known else resolve_date("today", published=published)
        last = drafts[-1] if drafts else None  # the deed told last, past or not
        if (
            res is None
            and last is not None
            and last.historical
            and last.event_date is not None
            and m.sentence - last.last_sentence == 1
            and _SEQUEL_OPENS.match(text, sentences[m.sentence].start)
        ):
            # "In 2016, militants stormed an army base in Uri. India responded with air strikes": the sequel of
            # the past deed just told is past too (its year, not today)
            res = DateResolution(
                "sequel",
                last.event_date,
                last.date_start,
                last.date_end,
                last.date_precision,
                True,
                "relation",
            )
        if res is None and not m.historical and narrative is not None and not said_back:
            res = narrative
        historical = m.historical or bool(res and res.historical)
        place = m.place
        if (
            place is None
            and recent is not None
            and (
                m.place_anaphor
                or (
                    m.sentence - recent.last_sentence <= 1
                    and historical == recent.historical
                    and not (own and _apart(res, recent))
                    # ("In a separate attack the same day, a mosque in a nearby town was targeted": elsewhere)
                    and not m.distinct
                )
            )
            # ("... shot down 102 of 127 missiles and 99 of 109 drones nationwide": the whole country, no town's)
            and not found_ci(_NATIONWIDE, text, *m.part)
        ):
            # "the base", or a follow-up told right after ("Police later arrested ..."); a past event told after
            # today's is not where today's was ("X was the scene of a massacre in 2019")
            place = recent.place
        if place is None and m.town_before is not None and not historical:
            # "Residents in Sake report heavy fire. Rebels and the army are exchanging fire above the town": the town
            # of the sentence before, where no incident was told to take it from
            place = m.town_before
        site = place.candidate.place.place_id if place else None
        start = res.date_start if res and res.known else None
        end = res.date_end if res and res.known else None
        # told by a plural or mass deed ("Iraq bombings kill 22", "violence killed 34"): maybe a sum of several
        summary = (
            m.plural
            or bool(_MASS_DEED.search(text, max(m.clause[0], m.start - 40), min(m.clause[1], m.end + 40)))
            or bool(_MANY_PLACES.search(text, m.clause[0], m.clause[1]))
        )
        counted = bool(
            _COUNTED_DEEDS.search(text, max(m.clause[0], m.start - 40), min(m.clause[1], m.end + 60))
        )
        target = None
        # (the most recent first; at most _MERGE_WINDOW of them: a report never tells more events than that, and
        # a file of many reports pasted together stays linear)
        pool = [
            d for d in itertools.islice(reversed(drafts), _MERGE_WINDOW) if not (m.distinct and d is recent)
        ]
        if m.distinct:
            pool = [d for d in pool if site is not None and d.site_id == site]
        # "Settlers attacked Huwara ..., hours after a Palestinian gunman shot dead two brothers in Huwara": the deed
        # a relation counts from is another deed, whatever its day and place
        counted_from = _deed_in_relation(m, mentions, owner) if m.relation is not None else None
        for d in pool:
            if site is None and d is not recent and d is not focus:
                continue
            if d is counted_from:
                continue
            if d.counted != counted:
                continue  # "killed 15 in two attacks. In the first, gunmen stormed Konduga": the sum, and one deed
            if _part_of_area_sum(d, m, place):
                continue  # (_area_leads_apart)
            if d.shared and d.first_sentence != m.sentence:
                # "Russian strikes on Kharkiv and Odesa killed eight. In Odesa, a drone killed three": a share of
                # the lead's dead and the deed told next at its place (_split_leads_told_apart)
                continue
            if (
                m.date is not None
                and m.date.known
                and m.date.precision is not DatePrecision.DAY
                and d.date_precision is DatePrecision.DAY
            ):
                continue  # "Last month, a suicide bomber killed a cleric": its own vaguer date tells another event
            if (m.date is not None and m.date.known and d.day_unknown) or (
                m.day_unknown and d.event_date is not None
            ):
                # with no publication date: "on Monday" (said, unknown) and "in January 2015" (known) are days
                # that cannot be compared, not one day
                continue
            # "Bandits have killed 18 people in Zamfara, residents said on Wednesday. On Saturday night, the gunmen
            # stormed Kadauri village ...": a lead dated only by the day it was said, and its deed told next with its
            # own earlier day, are one deed of that day
            redate = (
                id(d) in said_dated
                and res is not None
                and res is m.date
                and not m.date_said
                and res.known
                and res.precision is DatePrecision.DAY
                and d.event_date is not None
                and res.event_date is not None
                and res.event_date <= d.event_date
                and 0 <= m.sentence - d.last_sentence <= 2
                and not historical
                # (another toll is another deed: "On Saturday, gunmen killed three farmers in Maru")
                and (
                    d.fatalities is None
                    or m.casualties.fatalities is None
                    or m.casualties.fatalities == d.fatalities
                )
            )
            # "In Dnipro, a ballistic missile hit a bus station, killing three ... Update on Dnipro: six people
            # were killed": dead told at the place of a deed of that day are its dead, whatever the deed was
            told_dead = m.bare_toll and site is not None and d.site_id == site and d.event_type in _VIOLENT
            if compatible(
                d,
                event_type=d.event_type if told_dead else m.event_type,
                sub_event_type=d.sub_event_type if told_dead else m.sub_event_type,
                weapon=m.weapon,
                historical=historical,
                date_start=None if redate else start,
                date_end=None if redate else end,
                site_id=site,
                # ("A junta air strike on Oh Htein Kwin village ... The aircraft dropped two bombs on the village":
                # a strike told as one and its bombs, at the place told before)
                count=None
                if m.place_anaphor and d is recent and m.sentence - d.last_sentence <= 1
                else m.count,
                point=_point(place),
                place=place.candidate.place if place is not None else None,  # type: ignore[attr-defined]
                summary=summary,
            ):
                target = d
                if redate:
                    _set_date(target, res)
                    said_dated.discard(id(target))
                break
        if target is None:
            target = Draft(
                m.event_type,
                m.sub_event_type,
                m.weapon,
                historical,
                first_sentence=m.sentence,
                last_sentence=m.sentence,
                first_pos=m.start,
                day_unknown=m.day_unknown,
                plural_lead=summary,
                counted=counted,
                shared=m.shared and _point(place) is not None,
                running=m.running,
            )
            drafts.append(target)
        if target.event_date is None or (
            own
            and res is not None
            and res.known
            and target.date_precision is not DatePrecision.DAY
            and res.precision is DatePrecision.DAY
        ):
            _set_date(target, res)
            if res is m.date and m.date_said:
                said_dated.add(id(target))
        if place is not None and (
            target.place is None
            or (
                target.place.candidate.place.kind in ("admin1", "country")  # type: ignore[attr-defined]
                and place.candidate.place.kind in ("settlement", "site", "airport", "admin2")
            )
        ):
            target.place = place  # (a town in the province or country told first: the more precise place)
        _absorb(target, m, sentences)
        owner[id(m)] = target
        focus = target
        if m.relation is not None and m.relation[2]:
            # a deed told as what the sentence's deed came after ("Israeli jets bombed Hodeidah port on Saturday, a
            # day after a Houthi drone killed a man in Tel Aviv"): the sentence is about the deed it is dated from,
            # which a bare toll told next ("The ministry said six people were killed") belongs to
            told = _deed_in_relation(m, mentions, owner)
            if told is not None and not told.historical and told is not target:
                told_after.add(id(target))
    drafts = _without_summaries(
        _riots_of_armed_sides(
            text, _force_in_riots(_looting_in_attacks(text, _captures_in_attacks(text, drafts)))
        )
    )
    return _launch_totals(
        text,
        _partial_interceptions(
            text, _area_leads_apart(_lead_summed_by_parts(_lead_tolls_apart(text, drafts)))
        ),
    )


def _parts_of(d: Draft, drafts: list[Draft]) -> list[Draft]:
    """The deeds told after a counted lead ("killed 15 in two attacks in Borno") that can be its parts: of its
    kind, on its days, in its province or country, and together no deadlier than it."""
    if not d.counted or d.historical:
        return []
    if d.place is not None and d.place.candidate.place.kind not in ("country", "admin1"):  # type: ignore[attr-defined]
        return []
    fam = family(d.event_type, d.sub_event_type)
    parts = [
        e
        for e in drafts
        if e is not d
        and not e.counted
        and not e.historical
        and e.first_pos > d.first_pos
        # ("two attacks": a raid and a suicide bombing; political violence of any kind)
        and (
            family(e.event_type, e.sub_event_type) == fam
            or (d.event_type in _VIOLENT and e.event_type in _VIOLENT)
        )
        and days_overlap(d, e)
        and (d.place is None or e.place is None or _coarser(d.place, e.place))  # type: ignore[arg-type]
    ]
    if len(parts) < 2:
        return []
    if d.fatalities is not None and sum(e.fatalities or 0 for e in parts) > d.fatalities:
        return []  # more dead than the lead's: not (only) its parts
    return parts


def _split_leads_told_apart(drafts: list[Draft]) -> list[Draft]:
    """A lead told of several towns ("Five soldiers were killed in two separate attacks in Kalat and Mastung districts
    on Friday", "Russian strikes on Kharkiv and Odesa killed eight people") was made one draft per town, its toll
    shared out evenly; the deeds the report tells at those towns ("militants ambushed a convoy near Kalat, killing
    three") are those drafts' deeds, of whatever kind. The lead's draft at a town with its deed told is dropped (its
    sentence joins the deed's evidence; a deed told with no toll of its own takes the lead's share there), and the
    towns whose deed is not told share what is left of the lead's dead. Nothing changes when the deeds told are
    deadlier than the lead, or when the lead named one town only ("killed 15 in two attacks in Konduga" may tell a
    second deed there that the report never details)."""
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        if (d.counted or d.shared) and not d.historical and d.point is not None:
            groups.setdefault(d.first_sentence, []).append(d)
    dropped: set[int] = set()
    for leads in groups.values():
        if len({d.site_id for d in leads}) < 2:
            continue
        taken: set[int] = {id(d) for d in leads}
        told: dict[int, list[Draft]] = {}
        for lead in leads:
            told[id(lead)] = [
                e
                for e in drafts
                if id(e) not in taken
                and not (e.counted or e.shared)
                and not e.historical
                # (a deed told before is another: a day's news first; but a running toll counts it: a live blog's
                # "the toll has risen to seven" after, or above, its 13:00 entry's one dead)
                and (e.first_sentence > lead.first_sentence or lead.running)
                and e.place is not None
                and e.event_type in _VIOLENT
                # (a protest with dead: its protesters shot, coded excessive force later)
                and (lead.event_type in _VIOLENT or (lead.event_type == PROTESTS and bool(lead.fatalities)))
                and days_overlap(lead, e)
                and _refines(lead, e.place)
            ]
            taken.update(id(e) for e in told[id(lead)])
        if len(taken) == len(leads):
            continue
        rest = [d for d in leads if not told[id(d)]]
        shares: dict[str, int] = {}
        for attr in ("fatalities", "injuries"):
            values = [getattr(d, attr) for d in leads]
            if None in values or any(getattr(d, f"{attr}_max") is not None for d in leads):
                continue
            # a town whose deeds are told with no such count keeps its share, given to the deed below
            used = sum(
                sum(getattr(e, attr) or 0 for e in told[id(d)])
                if any(getattr(e, attr) is not None for e in told[id(d)])
                else getattr(d, attr)
                for d in leads
                if told[id(d)]
            )
            if used > sum(values):
                break  # the deeds told are deadlier than the lead: not (only) its deeds
            shares[attr] = sum(values) - used
        else:
            for lead in leads:
                parts = told[id(lead)]
                if not parts:
                    continue
                for e in parts:
                    e.evidence = sorted(set(e.evidence) | set(lead.evidence))
                    if e.actor1 is None:
                        e.actor1 = lead.actor1  # "Russian strikes on ...": whose the deeds told by town are
                    if not e.actor2:
                        e.actor2 = list(lead.actor2)
                for attr in shares:
                    if all(getattr(e, attr) is None for e in parts):
                        setattr(parts[0], attr, getattr(lead, attr))
                dropped.add(id(lead))
            for attr, left in shares.items():
                for k, d in enumerate(rest):
                    setattr(d, attr, left // len(rest) + (1 if k < left % len(rest) else 0))
    return [d for d in drafts if id(d) not in dropped]


def _without_summaries(drafts: list[Draft]) -> list[Draft]:
    """Drop a toll summed over places ("Border clashes killed 12 on both sides.") when the places' own deeds and
    tolls are told right after it: the same dead, counted once, where they died. So too a lead told as a count of
    deeds ("Militants killed 15 people in two attacks in Borno State") whose deeds are told after it: its sentence
    becomes evidence of each."""
    drafts = _split_leads_told_apart(_bare_tolls_joined(drafts))
    out = []
    for d in drafts:
        parts = _parts_of(d, drafts)
        if parts:
            for e in parts:
                e.evidence = sorted(set(e.evidence) | set(d.evidence))
            continue
        if (
            d.toll_summary
            and (d.place is None or d.place.candidate.place.kind in ("country", "admin1"))  # type: ignore[attr-defined]
            and not d.historical
            and any(
                e is not d
                and not e.historical
                and e.fatalities is not None
                and d.last_sentence < e.first_sentence <= d.last_sentence + 2
                for e in drafts
            )
        ):
            continue
        out.append(d)
    return out


#: the attackers of the deed told before, taken: "One attacker was captured alive", "two of the gunmen were arrested"
_ATTACKER_TAKEN = re.compile(
    r"\b(?:one|two|three|a|an|the|another|\d+)\s+(?:of\s+the\s+)?(?:attackers?|assailants?|gunm[ae]n|bombers?|"
    r"militants?|raiders?)\s+(?:was|were|had\s+been|have\s+been)\s+(?:(?:also|later|reportedly)\s+)?"
    r"(?:captured|arrested|detained|taken\s+alive|apprehended)\b",
    re.IGNORECASE,
)


#: state forces taken by the attackers: "seven police officers were captured", "five killed and seven were captured"
_FORCES_TAKEN = re.compile(
    r"\b(?:police(?:\s+officers)?|policemen|officers|soldiers|troops|guards|personnel|servicemen|gendarmes)\b"
    r"[^.;]{0,60}?\b(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:captured|taken\s+(?:prisoner|captive))\b",
    re.IGNORECASE,
)


def _told_just_before(d: Draft, earlier: list[Draft], kind: Callable[[Draft], bool]) -> Draft | None:
    """The latest current draft of ``earlier`` that ``kind`` accepts, told in ``d``'s sentence or the one before,
    whose day and place ``d`` does not contradict (no day of its own, or the same; no place, or one it refines):
    the deed a part told after it (a capture, looting, force on a crowd) belongs to."""
    return next(
        (
            e
            for e in reversed(earlier)
            if kind(e)
            and not e.historical
            and 0 <= d.first_sentence - e.last_sentence <= 1
            and (d.date_expr in (None, "publication date") or d.event_date in (None, e.event_date))
            and (d.place is None or _refines(e, d.place))
        ),
        None,
    )


def _captures_in_attacks(text: str, drafts: list[Draft]) -> list[Draft]:
    """An arrest of the attackers told right after their attack, with no day or place of its own ("One attacker was
    captured alive, police said") is part of that attack (ACLED tells it in the attack's notes), not an Arrests
    event."""
    out: list[Draft] = []
    for d in drafts:
        if d.sub_event_type == "Arrests" and not d.historical and len(d.evidence) == 1:
            a, b = d.evidence[0]
            attack = _told_just_before(d, out, lambda e: e.event_type in _VIOLENT)
            if attack is not None and _ATTACKER_TAKEN.search(text, a, b):
                attack.evidence = sorted(set(attack.evidence) | set(d.evidence))
                continue
            if (
                attack is not None
                and (d.actor1 is None or d.actor1 in attack.actor2)  # (the taken read as the arresting side)
                and _FORCES_TAKEN.search(text, a, b)
            ):
                # "They claimed five police officers were killed and seven were captured": the attackers took the
                # defenders (no state's arrest), and the dead told with them are the attack's
                attack.evidence = sorted(set(attack.evidence) | set(d.evidence))
                if d.fatalities is not None and (
                    attack.fatalities is None or d.fatalities > attack.fatalities
                ):
                    attack.fatalities, attack.fatalities_max = d.fatalities, d.fatalities_max
                if d.injuries is not None and (attack.injuries is None or d.injuries > attack.injuries):
                    attack.injuries, attack.injuries_max = d.injuries, d.injuries_max
                continue
        out.append(d)
    return out


#: looting told as part of an attack: "... before looting weapons", "the attackers ... set fire to houses"
_LOOTING_AS_PART = re.compile(
    r"\b(?:before|after|while|then)\s+(?:[\w'’-]+\s+){0,2}?(?:looting|burning|torching|setting\s+(?:fire|ablaze)|"
    r"ransacking|plundering|stealing|seizing|carrying\s+off)\b|\b(?:the\s+)?(?:attackers|assailants|insurgents|"
    r"gunmen|militants|fighters|raiders|bandits|jihadists|rebels)\b",
    re.IGNORECASE,
)


def _looting_in_attacks(text: str, drafts: list[Draft]) -> list[Draft]:
    """Looting or burning told as part of an attack ("attacked an army base ... before looting weapons and setting
    fire to the camp"; "the attackers ... set fire to houses before leaving") is that attack's (ACLED tells it in
    the attack's notes), not a Looting/property destruction event whose actor is whoever else the clause names."""
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        if d.sub_event_type == "Looting/property destruction" and not d.historical:
            attack = _told_just_before(d, out, lambda e: e.event_type in _VIOLENT)
            if attack is not None and any(found_ci(_LOOTING_AS_PART, text, a, b) for a, b in d.evidence):
                attack.evidence = sorted(set(attack.evidence) | set(d.evidence))
                continue
            attack = _raid_told_after(d, drafts[i + 1 :])
            if attack is not None:
                attack.evidence = sorted(set(attack.evidence) | set(d.evidence))
                continue
        out.append(d)
    return out


def _raid_told_after(d: Draft, later: list[Draft]) -> Draft | None:
    """The violent deed the same attackers did in the sentence that told the burning first ("Separatist fighters set
    fire to a school in Bamenda on Tuesday and abducted its principal"): one raid, coded by its violence (ACLED:
    same actors, day and place), told in one sentence with the same or no attacker, on the same day and place."""
    return next(
        (
            e
            for e in later
            if e.event_type in _VIOLENT
            and not e.historical
            and e.first_sentence == d.last_sentence
            and len(d.evidence) == 1
            and (d.actor1 is None or d.actor1 == e.actor1)
            and (d.event_date is None or e.event_date in (None, d.event_date))
            and _refines(e, d.place)
        ),
        None,
    )


#: a riot told as a fight of two sides: "a riot between rival gangs", "a riot between two factions"
_RIOT_OF_SIDES = re.compile(
    r"\b(?:riots?|rioting|brawls?|unrest)\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?(?:rival|two|opposing)\b",
    re.IGNORECASE,
)


def _riots_of_armed_sides(text: str, drafts: list[Draft]) -> list[Draft]:
    """A riot told as a fight between rival sides and the clash of two named armed groups told right after it at its
    place and day ("Fifteen inmates were killed during a riot between rival gangs inside the Litoral Penitentiary.
    Members of Los Lobos and Los Tiguerones fought with firearms"): one armed clash, with the riot's toll (ACLED:
    organised armed groups fighting each other), not a riot and a clash."""
    out: list[Draft] = []
    for d in drafts:
        if d.sub_event_type == "Armed clash" and not d.historical and d.actor1 is not None and d.actor2:
            riot = _told_just_before(d, out, lambda e: e.event_type == RIOTS and len(e.evidence) == 1)
            if riot is not None and found_ci(_RIOT_OF_SIDES, text, *riot.evidence[0]):
                out.remove(riot)
                d.evidence = sorted(set(d.evidence) | set(riot.evidence))
                d.first_sentence, d.first_pos = riot.first_sentence, riot.first_pos
                if riot.fatalities is not None and (d.fatalities is None or riot.fatalities > d.fatalities):
                    d.fatalities, d.fatalities_max = riot.fatalities, riot.fatalities_max
                if riot.injuries is not None and (d.injuries is None or riot.injuries > d.injuries):
                    d.injuries, d.injuries_max = riot.injuries, riot.injuries_max
        out.append(d)
    return out


def _force_in_riots(drafts: list[Draft]) -> list[Draft]:
    """Force used on a crowd right after its protest turned violent ("A protest in Mekelle turned violent ...
    Police responded with tear gas and live rounds, killing one protester") is that riot's, one event with its
    toll, not a second one (ACLED: same day, place and crowd)."""
    out: list[Draft] = []
    for d in drafts:
        if d.event_type == PROTESTS and not d.historical and d.sub_event_type != "Peaceful protest":
            riot = _told_just_before(d, out, lambda e: e.sub_event_type == "Violent demonstration")
            if riot is not None:
                riot.evidence = sorted(set(riot.evidence) | set(d.evidence))
                for who in d.actor2 if d.actor1 in (None, "Protesters", "Rioters") else [d.actor1]:
                    if who and who not in riot.actor2 and who != riot.actor1:
                        riot.actor2.append(who)
                if d.fatalities is not None and (riot.fatalities is None or d.fatalities > riot.fatalities):
                    riot.fatalities, riot.fatalities_max = d.fatalities, d.fatalities_max
                if d.injuries is not None and (riot.injuries is None or d.injuries > riot.injuries):
                    riot.injuries, riot.injuries_max = d.injuries, d.injuries_max
                continue
        out.append(d)
    return out


def _bare_tolls_joined(drafts: list[Draft]) -> list[Draft]:
    """A toll told with no weapon and no attacker ("Three people were killed in Kostiantynivka, where Russian forces
    struck ... with Uragan rockets"; "The number of people killed in Russian attacks on Huliaipole on Thursday has
    risen to four") is the toll of the strike or shelling told beside it at the same place on the same day, not an
    Attack of its own: one incident, with the higher toll (a revised one is the higher)."""
    out = []
    for d in drafts:
        if (
            d.sub_event_type == "Attack"
            and d.actor1 is None
            and d.weapon is None
            and not d.historical
            and d.fatalities is not None
            and d.event_date is not None
            and d.place is not None
        ):
            e = next(
                (
                    e
                    for e in drafts
                    if e is not d
                    and e.event_type == "Explosions/Remote violence"
                    and not e.historical
                    and e.event_date == d.event_date
                    and abs(e.first_sentence - d.first_sentence) <= 1
                    # (the same town or site: not a country's or province's tally, "8 people were killed in
                    # several areas of Syria", beside one blast in it)
                    and _same_place(e, d)
                ),
                None,
            )
            if e is not None:
                e.evidence = sorted(set(e.evidence) | set(d.evidence))
                # (not several days' sum: "27 civilians killed in El Fasher between 17 and 21 May. On 19 May, RSF
                # artillery fire hit El Fasher, killing 11 civilians" is that day's 11)
                if e.fatalities is None or (d.fatalities > e.fatalities and not d.toll_summary):
                    e.fatalities, e.fatalities_max = d.fatalities, d.fatalities_max
                if e.injuries is None and d.injuries is not None:
                    e.injuries, e.injuries_max = d.injuries, d.injuries_max
                continue
        out.append(d)
    return out


#: a toll told as a part of the dead counted before: "three of them", "three of the dead", "three others", "the
#: other three", "the remaining three"
_PART_TOLL = re.compile(
    rf"\b(?P<n>{NUMBER_RE})\s+(?:(?P<of>of\s+(?:them|the\s+dead|the\s+victims|those\s+killed))|others)\b"
    rf"|\bthe\s+(?:other|remaining)\s+(?P<n2>{NUMBER_RE})\b",
    re.IGNORECASE,
)


def _lead_tolls_apart(text: str, drafts: list[Draft]) -> list[Draft]:
    """A lead's toll with its parts told as deeds of their own ("Israeli forces killed seven Palestinians in a raid
    on Jenin. ... an Israeli drone killed three others in the camp"): the lead keeps the dead not told apart (4),
    so that the report's dead are counted once (ACLED: fatalities of each event, never a roll-up twice).

    A part is a later current draft whose first sentence counts its dead as part of "them" ("three of them", "of
    the dead", "three others", "the other three") with that very number, on the lead's day, at the lead's place
    ("others" elsewhere are more dead: "In Nablus, a drone killed three others") or, for "of them", inside it.
    Nothing changes unless the parts leave at least one of the lead's dead to it."""
    if len(drafts) < 2 or not any(d.fatalities for d in drafts):
        return drafts
    for i, lead in enumerate(drafts):
        if lead.historical or not lead.fatalities or lead.event_date is None:
            continue
        parts: list[Draft] = []
        for part in drafts[i + 1 :]:
            if (
                part.historical
                or not part.fatalities
                or part.first_sentence <= lead.first_sentence
                or part.event_date != lead.event_date
                or not part.evidence
            ):
                continue
            a, b = part.evidence[0]
            m = next(
                (
                    m
                    for m in _PART_TOLL.finditer(text, a, b)
                    if number_value(m.group("n") or m.group("n2")) == part.fatalities
                ),
                None,
            )
            if m is None:
                continue
            if _same_place(part, lead) or (
                m.group("of") and part.place is not None and _refines(lead, part.place)
            ):
                parts.append(part)
        told = sum(p.fatalities or 0 for p in parts)
        if parts and told < lead.fatalities:
            lead.fatalities -= told
            if lead.fatalities_max is not None:
                lead.fatalities_max = max(lead.fatalities, lead.fatalities_max - told)
    return drafts


#: a launch told as a total aimed at a whole country: "Russia launched 64 drones and three missiles at Ukraine"
_LAUNCH_TOTAL = re.compile(
    r"\b(?:launched|fired|sent)\s+(?:[\w,-]+\s+){0,8}?(?:at|against|on|toward|towards|into)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:overnight|during\s+the\s+night|on\s+\w+day|in\s+the\s+"
    r"night|late\s+on\s+\w+day|early\s+on\s+\w+day|,|\.|and\b|the\s+(?:air\s+force|military|army)\b)",
    re.IGNORECASE,
)


def _launch_totals(text: str, drafts: list[Draft]) -> list[Draft]:
    """A night's launch total aimed at a whole country, with no harm of its own ("Russia launched drones at Ukraine
    overnight. ... two missiles hit an industrial site on the outskirts of Kharkiv"), when the report tells what
    became of the launch (hits at named places, or interceptions of all of it, that day or the next): no strike of
    its own at the country's centre; its words join the first of those events (ACLED codes the interceptions and the
    hits, not the launch). More launched than shot down with no hit placed keeps the launch as the strike of the
    rest (stop 22)."""
    if len(drafts) < 2:
        return drafts
    gone: set[int] = set()
    for d in drafts:
        if (
            d.historical
            or d.event_type != ERV
            or d.intercepted
            or d.toll_told
            or d.event_date is None
            or not d.evidence
            or (d.place is not None and d.place.candidate.place.kind != "country")  # type: ignore[attr-defined]
        ):
            continue
        a, b = d.evidence[0]
        if not found_ci(_LAUNCH_TOTAL, text, a, b):
            continue
        outcome = next(
            (
                o
                for o in drafts
                if o is not d
                and id(o) not in gone
                and not o.historical
                and o.event_date is not None
                and abs((o.event_date - d.event_date).days) <= 1
                and (
                    # (more launched than shot down, and no hit placed: the rest got through somewhere, and the
                    # launch stays as their strike, as since stop 22)
                    (
                        o.intercepted
                        and (
                            d.munitions_count is None
                            or (o.munitions_count is not None and o.munitions_count >= d.munitions_count)
                        )
                    )
                    or (
                        o.event_type == ERV
                        and o.place is not None
                        and o.place.candidate.place.kind != "country"  # type: ignore[attr-defined]
                    )
                )
            ),
            None,
        )
        if outcome is None:
            continue
        gone.add(id(d))
        outcome.evidence = sorted({*outcome.evidence, *d.evidence})
        if outcome.actor1 is None and d.actor1 is not None:
            outcome.actor1 = d.actor1  # whose munitions were shot down or hit: the launcher's
    return [d for d in drafts if id(d) not in gone] if gone else drafts


#: how far from a town a deed told next may be to be one of the deeds its plural lead sums up
_SUMMED_PART_KM = 25.0


def _lead_summed_by_parts(drafts: list[Draft]) -> list[Draft]:
    """A plural lead whose toll is exactly the sum of the deeds told one by one right after it ("Israeli air strikes
    killed at least five Palestinians in Khan Younis on Sunday. An air strike on a tent in the Al-Mawasi area killed
    four people. A second strike near Bani Suheila killed one man."): the lead sums them, no event of its own (its
    dead would be counted twice). Its words join the first part's evidence; a part with no attacker named takes the
    lead's."""
    if len(drafts) < 3:
        return drafts
    gone: set[int] = set()
    for i, lead in enumerate(drafts):
        if (
            id(lead) in gone
            or lead.historical
            or not lead.plural_lead
            or not lead.fatalities
            or lead.event_date is None
        ):
            continue
        fam = family(lead.event_type, lead.sub_event_type)
        parts = [
            p
            for p in drafts[i + 1 :]
            if id(p) not in gone
            and not p.historical
            and p.fatalities
            and p.event_date == lead.event_date
            and lead.last_sentence < p.first_sentence <= lead.last_sentence + 3
            and family(p.event_type, p.sub_event_type) == fam
            and _inside_lead(lead, p)
        ]
        if len(parts) < 2 or sum(p.fatalities or 0 for p in parts) != lead.fatalities:
            continue
        gone.add(id(lead))
        first = parts[0]
        first.evidence = sorted({*lead.evidence, *first.evidence})
        for p in parts:
            if p.actor1 is None:
                p.actor1 = lead.actor1
    return [d for d in drafts if id(d) not in gone] if gone else drafts


def _part_of_area_sum(d: Draft, m: _Mention, place: PlaceChoice | None) -> bool:
    """``m`` tells, after a plural or mass deed counted over a province or country ("Fighting ... killed 19 people
    in Latakia province on Thursday"), a deed at a town in it with fewer dead of its own ("Gunmen ambushed a
    patrol near Jableh, killing seven"): one of the deeds the lead sums, not the lead told again where."""
    return (
        d.plural_lead
        and not d.historical
        and d.fatalities is not None
        and d.place is not None
        and d.place.candidate.place.kind in ("admin1", "country")  # type: ignore[attr-defined]
        and m.sentence > d.first_sentence
        and not m.additive
        and m.casualties.fatalities is not None
        and m.casualties.fatalities < d.fatalities
        and place is not None
        and _point(place) is not None
        and in_area(d.place.candidate.place, place.candidate.place)  # type: ignore[attr-defined]
    )


def _area_leads_apart(drafts: list[Draft]) -> list[Draft]:
    """A plural or mass deed counted over a province or country and the deeds at its towns told after it with their
    own, smaller tolls (kept apart by :func:`_part_of_area_sum`): the lead keeps the dead the report does not place
    (19 - 7 = 12 in Latakia province), so that each death is counted once and where it is said to be; a lead whose
    dead are all placed is no event of its own (its words join the first part's evidence)."""
    gone: set[int] = set()
    for i, lead in enumerate(drafts):
        if (
            lead.historical
            or not lead.plural_lead
            or not lead.fatalities
            or lead.place is None
            or lead.place.candidate.place.kind not in ("admin1", "country")  # type: ignore[attr-defined]
        ):
            continue
        area = lead.place.candidate.place  # type: ignore[attr-defined]
        parts = [
            p
            for p in drafts[i + 1 :]
            if id(p) not in gone
            and not p.historical
            and not (p.counted or p.shared)
            and p.fatalities is not None
            and p.fatalities < lead.fatalities
            and p.first_sentence > lead.first_sentence
            and p.event_type in _VIOLENT
            and lead.event_type in _VIOLENT
            and p.point is not None
            and in_area(area, p.place.candidate.place)  # type: ignore[union-attr]
            and days_overlap(lead, p)
        ]
        told = sum(p.fatalities or 0 for p in parts)
        if not parts or told > lead.fatalities:
            continue
        if told == lead.fatalities:
            gone.add(id(lead))
            parts[0].evidence = sorted({*lead.evidence, *parts[0].evidence})
        else:
            lead.fatalities -= told
            if lead.fatalities_max is not None:
                lead.fatalities_max = max(lead.fatalities, lead.fatalities_max - told)
        for p in parts:
            if p.actor1 is None:
                p.actor1 = lead.actor1
    return [d for d in drafts if id(d) not in gone] if gone else drafts


def _inside_lead(lead: Draft, part: Draft) -> bool:
    """The part's place is the lead's area: none said by either, the lead's place, province or country, or a town
    within :data:`_SUMMED_PART_KM` of the lead's town."""
    if lead.place is None or part.place is None:
        return (
            True  # (a part whose place the gazetteer lacks: "near Deir Qanoun al-Nahr", told as one of them)
        )
    if _same_place(lead, part) or _coarser(lead.place, part.place):  # type: ignore[arg-type]
        return True
    here, there = lead.point, part.point
    return here is not None and there is not None and haversine_km(*here, *there) <= _SUMMED_PART_KM


#: an interception of a part only: "intercepted most of them", "shot down some of the missiles", "all but one"
_PARTIAL_INTERCEPT = re.compile(
    # (the participle too: "..., shooting down most of the missiles", "intercepting some of them")
    r"\b(?:intercepted|intercepting|shot\s+down|shooting\s+down|downed|downing|destroyed|destroying|repelled)\s+"
    r"(?:most|some|many|several|part|the\s+majority|all\s+but\s+(?:one|two|three|a\s+few))\b"
    # (a relative or a bare quantifier: "15 rockets crossed, some of which were intercepted", "some were
    # intercepted and the rest fell ...")
    r"|\b(?:most|some|many|several|the\s+majority)\s+(?:of\s+(?:them|which|the\s+[\w-]+)\s+)?"
    r"(?:were|was|had\s+been)\s+(?:intercepted|shot\s+down|downed|destroyed)\b",
    re.IGNORECASE,
)


#: the attack a partly intercepted salvo of these munitions is (ACLED's sub-event types)
_STRIKE_OF_WEAPON = {
    "rocket": "Shelling/artillery/missile attack",
    "missile": "Shelling/artillery/missile attack",
    "mortar": "Shelling/artillery/missile attack",
    "artillery": "Shelling/artillery/missile attack",
    "drone": "Air/drone strike",
    "aircraft": "Air/drone strike",
}


def _partial_interceptions(text: str, drafts: list[Draft]) -> list[Draft]:
    """A strike whose munitions were intercepted only in part ("Israeli warplanes fired missiles at targets around
    Damascus ..., adding that its air defences had intercepted most of them. It said two soldiers were killed"):
    the rest reached their targets, so it is the strike (ACLED: a disrupted weapons use is one that did not), with
    its toll; an interception of "most of the missiles" told right after the strike is part of it."""
    out: list[Draft] = []
    for d in drafts:
        if d.intercepted and not d.impact and not d.historical:
            partial = any(found_ci(_PARTIAL_INTERCEPT, text, a, b) for a, b in d.evidence)
            if partial and (d.fatalities or d.injuries) and any(t[0] == ERV for t in d.types):
                d.impact = True
            elif partial and (d.fatalities or d.injuries) and d.weapon in _STRIKE_OF_WEAPON:
                # the salvo told in the interception's own clause, its toll there too ("fired 30 rockets at
                # Kiryat Shmona, some of which were intercepted, wounding two people"): the rest got through
                d.types.append((ERV, _STRIKE_OF_WEAPON[d.weapon], 1.0))
                d.impact = True
            elif partial and d.sub_event_type == "Disrupted weapons use" and len(d.evidence) == 1:
                attack = _told_just_before(
                    d, out, lambda e: e.event_type == ERV and e.sub_event_type != "Disrupted weapons use"
                )
                if attack is not None:
                    attack.evidence = sorted(set(attack.evidence) | set(d.evidence))
                    continue
        out.append(d)
    return _struck_beside_interceptions(out)


def _struck_beside_interceptions(drafts: list[Draft]) -> list[Draft]:
    """An interception told in the same sentence as munitions that struck the same place on the same day ("Of the
    12 missiles fired at Kyiv, ten were shot down; two hit a residential district, killing three") is one attack
    (ACLED: one event per day, place and actors; a disrupted weapons use is only one that did not get through): the
    strike keeps its toll and takes the interception's evidence and the salvo's count."""
    gone: set[int] = set()
    for d in drafts:
        if not (d.intercepted and not d.historical and len(d.evidence) == 1):
            continue
        if _final_type(d) != (SD, "Disrupted weapons use") or d.point is None:
            # (a country's or province's night: "fired 212 drones at Ukraine, with air defences shooting down 187":
            # a tally of interceptions over a whole area stays an event of its own)
            continue
        strike = next(
            (
                e
                for e in drafts
                if e is not d
                and id(e) not in gone
                and not e.historical
                and _final_type(e)[0] == ERV
                and d.evidence[0] in e.evidence
                and _same_place(d, e)
                and d.event_date == e.event_date
                and (d.actor1 is None or e.actor1 is None or d.actor1 == e.actor1)
            ),
            None,
        )
        if strike is None:
            continue
        strike.evidence = sorted(set(strike.evidence) | set(d.evidence))
        strike.actor1 = strike.actor1 or d.actor1
        strike.munitions_count = max(
            (n for n in (strike.munitions_count, d.munitions_count) if n is not None), default=None
        )
        if not strike.toll_told:
            # (the toll, if any, was told with the interception: "ten were shot down, killing no one")
            strike.fatalities, strike.injuries = d.fatalities, d.injuries
        gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]


def _same_place(a: Draft, b: Draft) -> bool:
    """Both drafts have a place, and it is the same one or a town or site within SAME_PLACE_KM of the other's (a
    province or country has no point: two of them meet only by being the same one)."""
    if a.place is None or b.place is None:
        return False
    if a.site_id == b.site_id:
        return True
    here, there = a.point, b.point
    return here is not None and there is not None and haversine_km(*here, *there) <= SAME_PLACE_KM


def _coarser(a: PlaceChoice | None, b: PlaceChoice) -> bool:
    """``a`` is a country or province (or nothing) and ``b`` a place inside it told more precisely."""
    return a is None or in_area(a.candidate.place, b.candidate.place)  # type: ignore[attr-defined]


#: between a deed told again and its place, saying where it was: "The attack happened near", "The blast occurred in
#: the town of", "The ambush on the convoy took place outside" (not "The attack was condemned by the governor in",
#: "Survivors of the attack were taken to a hospital in")
_TOLD_WHERE = re.compile(
    r"(?:\s+on\s+(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:(?:had|has|reportedly|actually)\s+)?"
    r"(?:happened|took\s+place|occurred|unfolded|was\s+(?:carried\s+out|staged))\b"
    r"(?:\s+(?:[\w'’-]+\s+){0,4}?)?\s*(?:in|at|near|outside|on|around|close\s+to|not\s+far\s+from)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|area|district|outskirts|edge|countryside)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


_STRIKE_VERB = re.compile(r"struck|hit|attacked|raided|stormed", re.IGNORECASE)


def _sharper(area: PlaceChoice, place: PlaceChoice) -> bool:
    """``area`` is a province or country and ``place`` a town, site or district inside it."""
    return area.candidate.place.kind in ("admin1", "country") and in_area(  # type: ignore[attr-defined]
        area.candidate.place,  # type: ignore[attr-defined]
        place.candidate.place,  # type: ignore[attr-defined]
    )


def _refines(d: Draft, place: PlaceChoice | None) -> bool:
    """A place said of a deed told again that fits the draft's: none, the same, one nearby, one inside it, or the
    province or country it lies in ("Lebanon's prime minister condemned the strike")."""
    if place is None or d.place is None:
        return True
    if d.site_id == place.candidate.place.place_id:  # type: ignore[attr-defined]
        return True
    here, there = d.point, _point(place)
    if here is not None and there is not None and haversine_km(*here, *there) <= SAME_PLACE_KM:
        return True
    return _coarser(d.place, place) or _coarser(place, d.place)  # type: ignore[arg-type]


def _apart(res: DateResolution | None, d: Draft) -> bool:
    """The mention's own date and the draft's do not overlap ("Last week, the army retook ..." after Friday's
    attack): another event, which does not take the attack's place."""
    if res is None or not res.known or d.date_start is None or res.date_start is None:
        return False
    return res.date_end < d.date_start or res.date_start > d.date_end  # type: ignore[operator]


def _point(place: PlaceChoice | None) -> tuple[float, float] | None:
    if place is None or place.candidate.place.kind in ("admin1", "country"):  # type: ignore[attr-defined]
        return None
    return (place.candidate.place.lat, place.candidate.place.lon)  # type: ignore[attr-defined]


def _counted_day(rel: DateRelation, forward: bool, anchor: DateResolution, published) -> DateResolution:  # type: ignore[no-untyped-def]
    """The day a relation counts from its anchor's ("Two days later" after Saturday's deed: Monday)."""
    return shift_resolution(
        anchor, rel.offset(forward=forward), expr=rel.text, published=published, coarse=rel.coarse
    )


def _apposed_day(
    text: str, rel: DateRelation, anchor_part: tuple[int, int], forward: bool, dates: list
) -> DateResolution | None:
    """The day said right before a relation that opens the deed's clause, with nothing else before it ("On
    Thursday, the day after the ceasefire was announced, an air strike ..."): the deed's own day."""
    if not forward:
        return None
    a0, _ = anchor_part
    for d in dates:
        if (
            a0 <= d.start
            and d.end <= rel.start
            and d.resolution.known
            and not text[a0 : d.start].strip(" \n\t,—–-").lower().removesuffix("on").strip()
            and not text[d.end : rel.start].strip(" \n\t,—–-")
        ):
            return d.resolution
    return None


def _anchor_date(anchor_part, forward, m, dates_by_sentence, mentions, owner, recent):
    if not forward:
        a0, a1 = anchor_part
        if a1 > a0:  # "Two days after Wednesday's attack, ...": the day said of the deed told before
            said = [
                d for d in dates_by_sentence.get(m.sentence, []) if a0 <= d.start < a1 and d.resolution.known
            ]
            if said:
                return said[-1].resolution
        return _draft_res(recent) if recent is not None else None
    a0, a1 = anchor_part
    for other in mentions:
        if a0 <= other.start < a1 and other is not m and id(other) in owner:
            res = _draft_res(owner[id(other)])
            if res is not None:
                return res
    in_part = [d for d in dates_by_sentence.get(m.sentence, []) if a0 <= d.start < a1 and d.resolution.known]
    if in_part:
        return max(in_part, key=lambda d: d.start).resolution
    if recent is not None:  # "The attack came one day after ...": the anchor is the incident in focus
        return _draft_res(recent)
    return None


def _draft_res(d: Draft | None) -> DateResolution | None:
    if d is None or d.event_date is None:
        return None
    return DateResolution(
        d.date_expr or "", d.event_date, d.date_start, d.date_end, d.date_precision, d.historical, "anchor"
    )


_NAME_TOKEN = re.compile(r"\b[A-Z][a-z][\w'’-]{2,}")


#: the clause that tells the deed an anniversary marks: "the tenth anniversary of the 2015 massacre, in which
#: gunmen killed hundreds of people in Baga", "..., when soldiers opened fire on a crowd"
_ANNIV_TAIL = re.compile(r",\s*(?:in\s+which|during\s+which|which|when|where)\b", re.IGNORECASE)


def _anniversary_deed(m: _Mention, anniv, dates: list[DateMention], published: dt.date | None) -> None:  # type: ignore[no-untyped-def]
    """The deed told in the clause after an anniversary's object is that past deed: historical, on the day the
    anniversary counts back to (the day of the sentence's gathering, else of publication, ``years`` before), or
    the month or year the object says when that day is not in it."""
    said = next(
        (
            d.resolution
            for d in dates
            if anniv.object_start <= d.start < anniv.object_end
            and d.resolution.known
            and d.resolution.historical
        ),
        None,
    )
    base = next(
        (
            d.resolution.event_date
            for d in dates
            if d.end <= anniv.start
            and d.resolution.precision is DatePrecision.DAY
            and not d.resolution.historical
            and d.resolution.event_date is not None
        ),
        published,
    )
    day = None
    if base is not None:
        try:
            day = base.replace(year=base.year - anniv.years)
        except ValueError:  # 29 February
            day = base.replace(year=base.year - anniv.years, day=28)
    if day is not None and (
        said is None
        or (
            said.date_start is not None
            and said.date_end is not None
            and said.date_start <= day <= said.date_end
        )
    ):
        m.date = DateResolution(anniv.text, day, day, day, DatePrecision.DAY, True, "anchor")
    elif said is not None:
        m.date = said
    m.historical = True
    m.date_said = False


def _apply_anniversaries(text, sentences, anniversaries, drafts: list[Draft], sent_index) -> None:
    if not anniversaries:
        return
    current = [d for d in drafts if not d.historical and d.event_date is not None]
    for a in anniversaries:
        si = sent_index(a.start)
        s = sentences[si]
        refs = [d for d in current if (s.start, s.end) in d.evidence] or current[:1]
        if not refs:
            continue
        base = min(d.event_date for d in refs)  # type: ignore[type-var]
        try:
            day = base.replace(year=base.year - a.years)
        except ValueError:  # 29 February
            day = base.replace(year=base.year - a.years, day=28)
        names = {
            w.strip("’'").removesuffix("’s") for w in _NAME_TOKEN.findall(text[a.object_start : a.object_end])
        }
        for d in drafts:
            if not d.historical:
                continue
            ev_text = " ".join(text[x:y] for x, y in d.evidence)
            shares = any(n in ev_text for n in names if len(n) > 3)
            fits = d.date_start is None or (d.date_start <= day <= d.date_end)  # type: ignore[operator]
            if shares and fits:
                d.event_date = d.date_start = d.date_end = day
                d.date_precision = DatePrecision.DAY
                d.date_expr = a.text
                if (s.start, s.end) not in d.evidence:
                    d.evidence.append((s.start, s.end))


_SEVERITY = {
    # a demonstration whose crowd turned violent is a riot whatever the police did (ACLED)
    "Violent demonstration": 4,
    "Mob violence": 4,
    "Excessive force against protesters": 3,
    "Protest with intervention": 2,
    "Peaceful protest": 1,
    # a battle that changed who holds the ground is coded by that outcome (ACLED)
    "Non-state actor overtakes territory": 1,
    "Government regains territory": 1,
}


def _final_type(d: Draft) -> tuple[str, str]:
    if d.intercepted and not d.impact and any(t[:2] == (SD, "Disrupted weapons use") for t in d.types):
        return SD, "Disrupted weapons use"
    attack = [t for t in d.types if t[:2] != (SD, "Disrupted weapons use")]
    pool = attack if attack and d.impact else d.types
    if not pool:
        return d.event_type, d.sub_event_type
    best = max(pool, key=lambda t: (_SEVERITY.get(t[1], 0), t[2]))
    return best[0], best[1]


def _with_country(actor: str | None, country: str | None, iso3: str | None = None) -> str | None:
    if actor in ("Civilians", "Protesters", "Rioters") and country:
        return f"{actor} ({country})"
    if actor == "Military Forces" and iso3 in _FORCES_OF_OTHERS:
        # a territory with no army of its own: "soldiers" raiding Hebron or Jenin are Israel's (as ACLED codes)
        return f"Military Forces of {_FORCES_OF_OTHERS[iso3]}"
    if actor == "Coalition":
        return coalition_of(iso3)  # "Coalition warplanes struck Sanaa": the Saudi-led one
    if actor in ("Police Forces", "Military Forces") and country:
        return f"{actor} of {country}"
    return actor


#: territories without an army of their own, and whose army the bare "soldiers", "troops", "the army" there are
_FORCES_OF_OTHERS = {"PSE": "Israel"}
#: the acronym those forces go by in reports ("IDF")
_FORCES_ACRONYM = {"Israel": "IDF"}


_AREAS: dict[tuple[float, float], object] = {}  # (lon, lat) -> admin_for_point's answer
_AREAS_MAX = 8192
_NO_AREA = object()


def _prefetch_areas(points: Iterable[tuple[float, float]]) -> None:
    """Look up the (lon, lat) points not memoised yet in one vectorised call (``admin_for_points`` answers as
    ``admin_for_point`` does, whatever the batch): a report's places cost one boundary query, not one each."""
    need = [pt for pt in dict.fromkeys(points) if pt not in _AREAS]
    if not need:
        return
    from geodata.boundaries import admin_for_points

    got = admin_for_points([x for x, _ in need], [y for _, y in need])  # geometry order: (lon, lat)
    if len(_AREAS) + len(need) > _AREAS_MAX:
        _AREAS.clear()
    _AREAS.update(zip(need, got, strict=True))


def _area(lon: float, lat: float):
    """admin_for_point, memoised: news names the same few hundred places over and over."""
    got = _AREAS.get((lon, lat), _NO_AREA)
    if got is _NO_AREA:
        _prefetch_areas([(lon, lat)])
        got = _AREAS[(lon, lat)]
    return got


@functools.cache
def _country_names() -> dict[str, str]:
    """ISO3 -> the boundary layer's country name, the one every town's incident carries ("Palestine", not the
    gazetteer's "Palestine, State of"): one label per country in filters and exports."""
    from geodata.boundaries import admin0_records

    return {r.iso3: r.name for r in admin0_records() if r.iso3}


#: a state that speaks of its own troops: "Moscow said its troops had liberated ...", "Russia says its forces"
_ITS_TROOPS_SAID = re.compile(
    r"(?P<who>\b[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?i:ministry|army|military|command))?\s+"
    r"(?:said|says|claimed|claims|announced|reported)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?(?:its|their)\s+"
    r"(?:[\w-]+\s+)?(?:troops|forces|army|soldiers|units|servicemen)\b|"
    # "The Russian Defence Ministry said on Wednesday that its forces ...": the state by its demonym
    r"\b(?:[Tt]he\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,2}?(?i:ministry|army|military|command)\s+"
    r"(?:said|says|claimed|claims|announced|reported)\s+(?:on\s+[A-Z]\w+\s+)?(?:that\s+)?(?:its|their)\s+"
    r"(?:[\w-]+\s+)?(?:troops|forces|army|soldiers|units|servicemen)\b"
)


def _speaking_state(text: str, span: tuple[int, int], places: list) -> str | None:  # type: ignore[no-untyped-def]
    """ISO3 of the state (named by its country or capital) that says "its troops" did the deed in ``span``."""
    m = _ITS_TROOPS_SAID.search(text, *span)
    if m is None:
        return None
    if m.group("dem"):
        from geodata.build import demonyms

        return demonyms().get(normalize_name(m.group("dem")))
    a, b = m.span("who")
    for pm in places:
        if a <= pm.start < b and pm.candidates:
            p = pm.candidates[0].place
            if p.kind == "country" or p.feature_code == "PPLC":
                return p.iso3
    return None


def _country_label(iso3: str | None, name: str | None) -> str | None:
    return _country_names().get(iso3 or "", name)


def _admin(place) -> tuple[str | None, str | None, str | None]:
    """The place's province (the one it is part of today: geodata.current_admin1), country name and ISO3."""
    admin1, country, iso3 = _layer_admin(place)
    return current_admin1(admin1, iso3), country, iso3


def _layer_admin(place) -> tuple[str | None, str | None, str | None]:
    p = place.candidate.place
    if p.kind == "country":  # a sea or a continent is no country: it has no ISO3 and names no country
        return None, _country_label(p.iso3, p.country or p.name) if p.iso3 else None, p.iso3
    area = _area(p.lon, p.lat)
    if area is None or (
        p.kind != "admin1"
        and p.iso3
        and area.iso3
        and area.iso3 != p.iso3
        and p.admin1 not in (None, area.admin1)
    ):
        # (a border town the simplified layer puts across the border keeps the province the gazetteer build gave it
        # in its own country: boundaries.nearest_admin_in)
        return p.admin1, p.country, p.iso3
    admin1 = area.admin1 or p.admin1
    if p.kind == "admin1":
        admin1 = p.admin1 or p.name
    return admin1, area.country or p.country, area.iso3 or p.iso3


#: "Jiribam, Manipur", "Jiribam in Manipur state", "Jiribam district of Manipur": the province a place is said to
#: lie in, named after it
_IN_PROVINCE_LINK = re.compile(
    r"\s*(?:(?i:district|county|sub-?district|township|tehsil|municipality|area)\s*)?"
    r"(?:,|\bin\b|\bof\b|,\s*in\b)\s*(?:the\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+)?$"  # ("in Sudan's Gezira")
)
#: "Manipur's Jiribam district": the province named before the place, by its possessive
_PROVINCE_POSSESSIVE_LINK = re.compile(r"['’]s\s+$")


def _said_province(text: str, places: list, starts: list[int], pm) -> object | None:  # type: ignore[no-untyped-def]
    """The mention of the province the report says ``pm`` lies in: named right after it ("Jiribam, Manipur") or
    before it by a possessive ("Manipur's Jiribam district"); None when there is none. ``starts``: the start of
    each of ``places`` (in text order), to find the neighbours without a scan."""
    k = bisect.bisect_left(starts, pm.end)
    after = places[k] if k < len(places) else None
    if (
        after is not None
        and after.pattern == "country"
        and k + 1 < len(places)
        and re.fullmatch(r"['’]s\s+", text[after.end : places[k + 1].start])
    ):
        after = places[k + 1]  # "Wad al-Noura in Sudan's Gezira state": the province after the country
    if (
        after is not None
        and after.candidates
        and after.start - pm.end <= 30
        and _IN_PROVINCE_LINK.match(text, pm.end, after.start)
    ):
        return after
    b = bisect.bisect_left(starts, pm.start) - 1
    before = places[b] if b >= 0 else None
    if (
        before is not None
        and before.candidates
        and before.end <= pm.start
        and _PROVINCE_POSSESSIVE_LINK.match(text, before.end, pm.start)
    ):
        return before
    return None


def _province_named_after(text: str, places: list, starts: list[int], pm, p, iso3: str | None) -> str | None:  # type: ignore[no-untyped-def]
    """The province the report says the place lies in ("Jiribam, Manipur", "Manipur's Jiribam district") when the
    point lies in it or within a few km of it: on a border the simplified polygons may put the town across (Jiribam
    in Assam); else None."""
    said = _said_province(text, places, starts, pm)
    if said is None:
        return None
    prov = said.candidates[0].place
    if prov.kind != "admin1" or not prov.admin1 or prov.iso3 != iso3 or not prov.place_id.startswith("adm1:"):
        return None
    from geodata.distance import near_admin1

    return prov.admin1 if near_admin1(prov.place_id.removeprefix("adm1:"), p.lon, p.lat) else None


def _finalise(
    report: Report, text: str, drafts: list[Draft], iso3: str | None, places: list, gazetteer
) -> list[Incident]:
    out: list[Incident] = []
    country_place = None
    place_starts: list[int] | None = None  # (built when a province named after a place is looked for)
    if iso3:
        for pm in places:
            for c in pm.candidates[:1]:
                if c.place.kind == "country" and c.place.iso3 == iso3:
                    country_place = c.place
                    break
            if country_place is not None:
                break
        if country_place is None:
            country_place = gazetteer.get(f"country:{iso3}")
    _prefetch_areas(
        (d.place.candidate.place.lon, d.place.candidate.place.lat)
        for d in drafts
        if d.place is not None and d.place.candidate.place.kind != "country"
    )
    for d in drafts:
        etype, sub = _final_type(d)
        if etype == "?":
            continue
        intercepted = d.intercepted and sub == "Disrupted weapons use"
        weapon = d.weapon
        loc = site = lat = lon = admin1 = country = iso = None
        geo = None
        lp = LocationPrecision.UNKNOWN
        if d.place is not None:
            pm, cand = d.place.mention, d.place.candidate
            p = cand.place
            lp = place_precision(p.kind, near=d.place.near)
            loc = place_label(pm.surface, p, near=d.place.near)
            if p.kind == "country" and p.iso3 and not d.place.near:
                loc = _country_label(p.iso3, loc)  # (the country's one label, as in the country field)
            site = p.place_id
            admin1, country, iso = _admin(d.place)
            if p.kind not in ("country", "admin1") and p.lat is not None:
                if place_starts is None:
                    place_starts = [m.start for m in places]
                admin1 = (
                    current_admin1(_province_named_after(text, places, place_starts, pm, p, iso), iso)
                    or admin1
                )
            if lp is not LocationPrecision.COUNTRY:
                lat, lon = p.lat, p.lon
            geo = lp.geo_precision
        elif country_place is not None:
            lp = LocationPrecision.COUNTRY
            name = _country_label(country_place.iso3, country_place.name)
            loc, country, iso, site = (name, name, country_place.iso3, country_place.place_id)
            geo = 3
        actor1 = d.actor1
        if d.claimed_by and etype in _VIOLENT and (actor1 is None or generic_armed(actor1)):
            # "Islamic State claimed the bombing", "suspected jihadists ... claimed by JNIM": ACLED codes the
            # claimant as actor1
            actor1 = d.claimed_by
        second = list(d.actor2)
        if not second and d.evidence and etype in _VIOLENT:
            # "... killing 11 people. They were all civilians who came to sell grain": the victims told next
            second.extend(filter(None, [victims_told_after(text, max(e for _, e in d.evidence))]))
        crowd = "Protesters" if etype == PROTESTS else "Rioters"
        if etype in (PROTESTS, RIOTS) and actor1 != crowd:
            # ACLED codes the crowd itself as actor1 (rioters once it turned violent); the forces that dispersed or
            # shot at it are actor2
            if actor1 is not None and actor1 not in second and actor1 not in ("Protesters", "Rioters"):
                second.insert(0, actor1)
            actor1 = crowd
            # (the crowd's own people are not its opponents: "a gathering of students" the police broke up)
            second = [
                a for a in second if a not in ("Protesters", "Rioters") and not a.startswith("Civilians")
            ]
        if (
            etype == PROTESTS
            and d.fatalities
            and (
                any(a.startswith(("Police Forces", "Military Forces")) for a in second)
                # the forces broke it up and someone died: "protesters were met with tear gas. One protester was
                # killed by a bullet to the chest"
                or sub == "Protest with intervention"
            )
        ):
            # a protest where the state's forces killed people is no peaceful protest: ACLED's excessive force
            sub = "Excessive force against protesters"
        if actor1 is not None and len(second) > 1:
            # "..., killing two soldiers; 18 assailants were neutralised": "the assailants" or "the attackers" are
            # the attacking side named again (actor1, or the other side already named), no further target
            second = [a for a in second if a not in ("Assailants", "Attackers")] or second
        actor2 = "; ".join(dict.fromkeys(_with_country(a, country, iso) or a for a in second)) or None
        if actor1 in (None, "Military Forces") and d.evidence:
            # "Moscow said its troops had liberated the village of Dachne": the speaker's troops, not the place's
            speaker = _speaking_state(text, d.evidence[0], places)
            if speaker is not None and speaker != iso:
                actor1 = f"Military Forces of {_country_label(speaker, speaker)}"
        actor1 = _with_country(actor1, country, iso)
        if (
            sub == "Government regains territory"
            and actor1 is not None
            and actor1.startswith("Military Forces of ")
            and country is not None
            and actor1 != f"Military Forces of {country}"
        ):
            # a foreign state's forces taking ground ("Russia said its forces had liberated Synkivka") do not regain
            # their government's territory: ACLED codes the capture as territory overtaken
            sub = "Non-state actor overtakes territory"
        # confidence: the best trigger score, corroboration by further mentions, and how well when/where are known
        top = max(d.scores, default=0.5)
        conf = 0.55 * min(1.0, top) + 0.05 * min(3, len(d.evidence) - 1)
        conf += {
            LocationPrecision.SITE: 0.15,
            LocationPrecision.SETTLEMENT: 0.15,
            LocationPrecision.NEAR: 0.1,
            LocationPrecision.ADMIN2: 0.08,
            LocationPrecision.ADMIN1: 0.05,
        }.get(lp, 0.0)
        conf += {
            DatePrecision.DAY: 0.1,
            DatePrecision.WEEK: 0.06,
            DatePrecision.MONTH: 0.04,
            DatePrecision.YEAR: 0.02,
        }.get(d.date_precision, 0.0)
        conf = round(max(0.05, min(0.99, conf)), 3)
        # (spans quote the report as written: the scare quotes blanked for reading are its own)
        evidence = tuple(Span.of(report.text, s, e) for s, e in sorted(d.evidence))
        key_date = d.event_date.isoformat() if d.event_date else (d.date_expr or "")
        iid = make_incident_id(report.report_id, etype, sub, key_date, site or loc, d.historical)
        fat_max = (
            d.fatalities_max
            if d.fatalities_max is not None and (d.fatalities is None or d.fatalities_max > d.fatalities)
            else None
        )
        inj_max = (
            d.injuries_max
            if d.injuries_max is not None and (d.injuries is None or d.injuries_max > d.injuries)
            else None
        )
        out.append(
            Incident(
                incident_id=iid,
                report_id=report.report_id,
                event_type=etype,
                sub_event_type=sub,
                event_date=d.event_date,
                date_start=d.date_start,
                date_end=d.date_end,
                date_precision=d.date_precision,
                weapon=weapon,
                munitions_count=d.munitions_count,
                intercepted=intercepted,
                actor1=actor1,
                actor2=actor2,
                claimed_by=d.claimed_by,
                fatalities=_no_dead_if_no_hurt(d, etype),
                injuries=d.injuries,
                location=loc,
                site_id=site,
                latitude=lat,
                longitude=lon,
                geo_precision=geo,
                location_precision=lp,
                admin1=admin1,
                country=country,
                iso3=iso,
                source=report.source,
                url=report.url,
                published=report.published,
                evidence=evidence,
                historical=d.historical,
                confidence=conf,
                fatalities_max=fat_max,
                injuries_max=inj_max,
                method=EXTRACTOR_VERSION,
            )
        )
    # identical keys (same type/date/place twice) must still get distinct, stable ids: suffix by text order
    seen: Counter[str] = Counter()
    final = []
    for inc in sorted(out, key=lambda i: (i.historical, i.evidence[0].start if i.evidence else 0)):
        seen[inc.incident_id] += 1
        if seen[inc.incident_id] > 1:
            inc = inc.replace(incident_id=make_incident_id(inc.incident_id, seen[inc.incident_id]))
        final.append(inc)
    return final


def extract_incidents(report: Report, *, gazetteer) -> list[Incident]:
    """The incidents of one report (see :func:`extract`)."""
    return list(extract(report, gazetteer=gazetteer).incidents)
