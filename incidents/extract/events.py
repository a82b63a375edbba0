"""Incident mentions: a scored trigger lexicon typed in the ACLED taxonomy, plus negation/modality/tense filters.

How a clause becomes an event mention
-------------------------------------
1. **Triggers.** Every rule in :data:`RULES` is a regex over the body text with an ACLED event/sub-event type, a
   weapon (or a named group holding the weapon noun), a base score and a *kind*:

   - ``specific``: names the event by itself ("air strike", "roadside bomb", "clashes", "kidnapped");
   - ``intercept``: a weapon shot down / intercepted / defused -> Strategic developments / Disrupted weapons use
     (ACLED codes these apart from the attack that failed), ``intercepted=True``;
   - ``generic``: "attack", "explosion", "blast", "killed"... says *that* something happened but not *what*; it takes
     its type from a specific trigger or weapon noun in the same clause, or from who the victims are (civilians ->
     Violence against civilians / Attack; soldiers, police, fighters -> Battles / Armed clash); alone and without
     either it is dropped;
2. **Filters** (a trigger failing one is dropped, see :func:`trigger_blocked`):

   - inside quotation marks: quotes are what someone *says* (intentions, characterisations, "these are attacks
     against Iraqi installations"); the narrative restates the facts. One or two quoted words are scare quotes in
     the narrative's own voice (jets "destroy" depots) and do not block;
   - negated: "no attack", "did not strike", and everything after "denied reports/claims that";
   - modal, future or conditional: "could", "will", "threatened to", "plans to", "if", "warned of", "would-be";
   - generic or habitual: "such attacks", "similar incidents", "attacks have increased";
   - inside "the Nth anniversary of ..." (a reference to a past event, dated by the anniversary logic instead).
3. **Score.** base score + specificity (a place, a count, casualties in the clause) - a penalty for a bare plural
   ("drone strikes are illegal"); mentions under :data:`MIN_SCORE` are dropped. The score becomes the incident's
   confidence after merging.

Sub-event decisions that are not a single word: a manned aircraft shot down is Shelling/artillery/missile attack
(ACLED); "drone attack"/"targeted by drones" is an Air/drone strike unless an interception trigger in the same clause
makes it Disrupted weapons use; arrests inside a protest clause make the protest a Protest with intervention; killing
protesters makes it Excessive force against protesters.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from incidents.extract.actors import armed_group_spans
from incidents.textscan import (
    SHARED_STEMS,
    StemIndex,
    found_ci,
    found_in,
    lowered,
    matches_indexed,
    search_in,
)

__all__ = [
    "MIN_SCORE",
    "RULES",
    "Rule",
    "Trigger",
    "accident",
    "find_triggers",
    "quote_spans",
    "trigger_blocked",
    "trigger_keys",
    "trigger_keys_in",
    "weapon_of",
]

#: mentions scoring below this are not incidents
MIN_SCORE = 0.45

BATTLES = "Battles"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
SD = "Strategic developments"

_W = r"(?:[\w'’.-]+\s+)"  # one word and its trailing space
_DRONE = (
    r"(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft|quadcopters?|kamikaze\s+drones?|"
    # sea drones, intercepted like the flying ones: "destroyed two Houthi uncrewed surface vessels"
    r"(?:uncrewed|unmanned|explosive-laden)\s+surface\s+vessels?|(?-i:USVs?)|drone\s+boats?)"
)
_PROJ = (
    r"(?:rockets?|missiles?|projectiles?|mortar\s+(?:rounds?|shells?|bombs?)|mortars?|shells?|Katyushas?|"
    r"ballistic\s+missiles?|cruise\s+missiles?)"
)
#: what firefighters, doctors and campaigners fight: no armed side ("fighting the blaze at the oil depot")
_NO_FOE = (
    r"\s+(?:the\s+|a\s+|back\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:blazes?|fires?|flames|wildfires?|forest\s+fires?|"
    r"floods?|corruption|poverty|disease|epidemics?|pandemic|cancer|hunger|famine|inflation|drugs|addiction|"
    r"misinformation|disinformation|climate\s+change|the\s+virus|cholera|malaria|ebola|polio)\b"
)
#: people taken, not ground ("captured two Malian soldiers", "seized the detainee")
_PEOPLE_OBJECT = (
    r"\s+(?:(?:at\s+least|about|some|more\s+than|up\s+to)\s+)?(?:[\w'’-]+\s+){0,2}?(?:soldiers|troops|policemen|"
    r"officers|civilians|people|men|women|children|fighters|militants|rebels|insurgents|members|workers|journalists|"
    r"hostages|detainees|suspects|prisoners|detainee|suspect|prisoner|(?:an?|the)\s+(?:soldier|policeman|civilian|"
    r"journalist|commander|leader|pilot))\b"
)
_AIRCRAFT = (
    r"(?:fighter\s+jets?|warplanes?|war\s+planes?|jets?|helicopters?|choppers?|gunships?|planes?|aircraft|"
    # (not "a suicide bomber", a person)
    r"(?<!suicide\s)bombers?|"
    r"air\s+forces?|"
    # a military aircraft by its model: "a Russian Su-25", "an Mi-8", "a MiG-29"
    r"(?-i:(?:Su|MiG|Mi|Ka|Tu|Il|Yak|F|A|B|AH|UH|CH)-\d{1,3}[A-Z]{0,3}))"
)
#: flying munitions, drones and projectiles (pattern text; the pipeline reads it for "one struck a house")
FLYING = rf"(?:{_DRONE}|{_PROJ})"
_KNOCK = (
    r"(?:shot\s+down|shooting\s+down|intercepted|downed|downing|brought\s+down|bringing\s+down|neutrali[sz]ed|destroyed(?=\s+(?:by|in|before|mid|over)\b)|"
    # headline present: "Coalition downs drones over Al-Tanf", "Iran intercepts missiles"
    r"downs|shoots\s+down|intercepts|brings\s+down|"
    r"foiled|repelled|thwarted)"
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One trigger pattern with its ACLED typing (see the module docstring for ``kind``)."""

    name: str
    pattern: re.Pattern[str]
    event_type: str
    sub_event_type: str
    weapon: str | None
    score: float
    kind: str = "specific"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A rule's match in the text (offsets into the report text)."""

    start: int
    end: int
    rule: Rule
    weapon: str | None
    plural: bool = False
    definite: bool = False


#: a strike of workers or traders: "went on strike", "joined the strike", "a general strike", "hartal"
_LABOUR_STRIKE = (
    r"\b(?:went|go|goes|going|are|were|is|was|remain(?:ed|s)?|stayed)\s+on\s+(?:an?\s+)?(?:[\w-]+\s+)?strike\b|"
    # (not "the prime minister called the strike a violation": the word for a deed; "called a strike" is a call)
    r"\b(?:joined|joining|join|staged|stage|(?:called|calling)(?!\s+the\b)|observed|observing|enforced|enforcing|"
    r"began|begin|declared|held|holding)\s+(?:a|an|the|their)\s+(?:(?:general|total|nationwide|national|one-day|two-day|"
    r"three-day|\d+-day|\d+-hour|week-long|indefinite|labou?r|teachers['’]?|doctors['’]?|transport|traders['’]?|"
    r"workers['’]?|hunger)\s+)?strikes?\b|"
    r"\b(?:general|hunger|labou?r|nationwide|workers['’]?|teachers['’]?|doctors['’]?|traders['’]?)\s+strikes?\b|"
    r"\bstrikes?\s+(?:over|for)\s+(?:unpaid|higher|better|wages?|pay|salar(?:y|ies))\b|"
    r"\bhartals?\b|\bshutter-?down\s+strikes?\b"
)
_LABOUR_STRIKE_RE = re.compile(_LABOUR_STRIKE, re.IGNORECASE)
#: a strike called off is a labour one, and no protest ("called off the strike", "called the strike off")
_STRIKE_OFF = re.compile(
    r"\bcall(?:ed|ing|s)?\s+(?:off\s+(?:the|their|a|its)\s+(?:[\w-]+\s+)?strikes?|(?:the|their|its)\s+(?:[\w-]+\s+)?"
    r"strikes?\s+off)\b",
    re.IGNORECASE,
)
#: more items of a list of seized weapons: "... 14 pistols and two grenades", ", three IEDs and two drones"
_SEIZED_MORE = re.compile(
    r"(?:(?:\s*,\s*|\s+(?:and|as\s+well\s+as|plus)\s+)(?:(?!(?:exploded|detonated|killed|went|hit|struck|which|"
    r"that|who|in|at|near|on|from)\b)[\w'’-]+\s+){0,4}?)+",
    re.IGNORECASE,
)
_RIOT_CONTROL = re.compile(
    r"\btear[\s-]?gas|\bteargas|\bsmoke\s+(?:shells?|grenades?|canisters?)|\bstun\s+grenades?", re.I
)


def _r(pattern: str, *, ci: bool = True) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE if ci else 0)


#: a weapon's word naming a site, the target of a strike and no weapon used: "hit drone launch sites", "struck missile
#: storage facilities" (not "rocket launchers", the weapon itself)
_NOT_A_SITE = (
    r"(?!\s+(?:launch(?:ing)?\s+)?(?:sites?|pads?|storage|depots?|factor(?:y|ies)|facilit(?:y|ies)|warehouses?|"
    r"workshops?|production|assembly|plants?|hangars?|stockpiles?|caches?)\b)"
)
_WEAPON_NOUNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        _r(
            r"suicide\s+(?:car|truck|vehicle)|VBIED|car[- ]bomb|truck[- ]bomb|booby-trapped\s+(?:car|vehicle)"
        ),
        "car_bomb",
    ),
    (
        _r(
            r"suicide\s+(?:vest|belt|bomber|bombing|attack)|explosive\s+(?:vest|belt)|blew\s+(?:him|her|them)sel"
        ),
        "suicide_vest",
    ),
    (_r(rf"{_DRONE}{_NOT_A_SITE}"), "drone"),
    (
        _r(rf"rocket-propelled\s+grenades?|\bRPGs?\b|(?:rockets?|Katyushas?|\bGrads?\b|HIMARS){_NOT_A_SITE}"),
        "rocket",
    ),
    (_r(rf"missiles?{_NOT_A_SITE}"), "missile"),
    (_r(r"mortars?"), "mortar"),
    (_r(r"artillery|shell(?:s|ing|ed)\b|howitzers?|tank\s+fire"), "artillery"),
    (
        _r(
            r"\bIEDs?\b|roadside\s+bombs?|improvised\s+explosive|explosive\s+devices?|sticky\s+bombs?|magnetic\s+bombs?|"
            r"booby[- ]trap"
        ),
        "ied",
    ),
    (_r(r"land\s*mines?|\bmines?\b"), "landmine"),
    (_r(r"grenades?"), "grenade"),
    (_r(r"chemical|chlorine|sarin|mustard\s+gas|nerve\s+agent|toxic\s+gas"), "chemical"),
    (
        _r(
            r"air\s*strikes?|air\s+raids?|warplanes?|fighter\s+jets?|\bjets?\b|helicopters?|choppers?|gunships?|aircraft|"
            r"bombers?"
        ),
        "aircraft",
    ),
    (_r(r"knife|knives|stabb(?:ed|ing)|machete|axe\b"), "knife"),
    (
        _r(
            r"gunmen|gunfire|gun\s+battle|shot\s+(?:dead|and\s+killed)|opened\s+fire|rifles?|machine[- ]guns?|"
            r"small[- ]arms|sniper|shooting|gunshots?|bullets?"
        ),
        "small_arms",
    ),
)


#: a weapon struck as the target: "struck a Houthi missile launcher", "destroyed a drone storage facility" (the
#: weapon named is what was hit, not what hit it)
_WEAPON_STRUCK = re.compile(
    r"\b(?:struck|hit|destroyed|destroying|targeted|targeting|bombed|attacked|took\s+out|knocked\s+out)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:missile|rocket|drone|UAV|mortar)\s+(?:launchers?|launch\s+(?:sites?|pads?|positions?)|"
    r"depots?|storage(?:\s+(?:sites?|facilit(?:y|ies)))?|factor(?:y|ies)|production\s+(?:sites?|facilit(?:y|ies))|"
    r"workshops?|warehouses?|batter(?:y|ies)|systems?)\b",
    re.IGNORECASE,
)


def without_struck_arms(text: str) -> str:
    """``text`` without the arms named as what was struck ("struck a Houthi missile launcher": no missile fired)."""
    if "launch" in text or "stor" in text or "factor" in text or "batter" in text or "system" in text:
        return _WEAPON_STRUCK.sub(" struck ", text)
    return text


@functools.lru_cache(maxsize=4096)
def weapon_of(text: str) -> str | None:
    """The weapon (vocabulary ``WEAPONS``) a phrase names, most specific first; None when none is named."""
    for pattern, weapon in _WEAPON_NOUNS:
        if pattern.search(text):
            return weapon
    return None


#: a place changing hands with no fighting: "without a fight", "unopposed", "no shots were fired"
_NO_FIGHT = (
    r"(?:\bwithout\s+(?:a\s+)?(?:fight|resistance|clashes|a\s+shot\s+(?:being\s+)?fired|firing\s+a\s+shot)|"
    r"\bpeacefully|\bunopposed|\bno\s+(?:shots\s+were\s+fired|exchange\s+of\s+fire|fighting|resistance)|"
    r"\bunder\s+(?:a|an|the)\s+(?:deal|agreement))\b"
)


def _rules() -> tuple[Rule, ...]:
    R = Rule
    return (
        # --- Strategic developments / Disrupted weapons use: interceptions, defusals, seizures ---------------------
        R(
            "aircraft-downed",
            _r(
                # (not "The air force shot down 20 drones": the shooter)
                rf"(?<!unmanned\s)(?<!unmanned\s\s)(?!air\s+forces?\b){_AIRCRAFT}\s+{_W}{{0,3}}?(?:was|were|had\s+been)?\s*"
                r"(?:shot\s+down|downed|brought\s+down)|(?:shot\s+down|downed|downing|downs|brought\s+down)\s+"
                rf"(?:an?\s+|the\s+|two\s+|{_W}{{0,3}}?)(?<!unmanned\s){_AIRCRAFT}\b"
            ),
            ERV,
            "Shelling/artillery/missile attack",
            "missile",
            0.8,
            "specific",
        ),
        R(
            "intercept-passive",
            _r(
                # (not across the interceptions of a barrage told with them: "212 drones at Ukraine, with air defences
                # shooting down 187")
                rf"\b{FLYING}\b(?:(?!,\s+with\s)[^.;]){{0,80}}?\b(?:was|were|had\s+been|have\s+been|"
                r"been|being)?\s*"
                rf"{_KNOCK}|"
                # the munitions told just before, by a pronoun: "...; both were intercepted by Iron Dome"
                # ("Most were intercepted, but ...", "Nine of them were shot down")
                r"(?:(?<=;\s)|(?<=\.\s)|(?<=\bof\swhich\s)|(?<=\bbut\s)|(?<=\band\s))(?:[Bb]oth|[Aa]ll|[Aa]ll\s+of\s+them|[Tt]hey|[Ii]t|(?:[Mm]ost|"
                r"[Mm]any|[Ss]ome|[Ss]everal|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|"
                r"[Tt]en|\d{1,3}|[Aa]ll\s+but\s+(?:one|two|three|\d+))(?:\s+of\s+them)?)\s+(?:were|was|had\s+been)\s+"
                r"(?:intercepted|shot\s+down|downed)\b"
            ),
            SD,
            "Disrupted weapons use",
            None,
            0.8,
            "intercept",
        ),
        R(
            "intercept-active",
            # ("destroyed three Houthi drones over the Red Sea"; not "destroyed a drone factory")
            _r(
                rf"{_KNOCK}\s+(?:{_W}{{0,5}}?)\b{FLYING}\b|\bdestroyed\s+(?:{_W}{{0,4}}?)\b{FLYING}\b"
                r"(?!\s+(?:factor|depots?|launch(?!ed)|storage|sites?|warehouses?|workshops?|production|assembly|plants?|"
                r"facilit|bases?|hangars?|stocks?|stockpiles?|units?|systems?|positions?|batter))"
            ),
            SD,
            "Disrupted weapons use",
            None,
            0.8,
            "intercept",
        ),
        R(
            "interceptor",
            _r(
                r"\b(?:Iron\s+Dome|C-RAM|Patriot|air[- ]defen[cs]es?|anti-aircraft|David's\s+Sling)\b"
                r"[^.;]{0,60}?\b(?:intercepted|shot\s+down|downed|destroyed|engaged)\b"
            ),
            SD,
            "Disrupted weapons use",
            None,
            0.75,
            "intercept",
        ),
        R(
            "defused",
            _r(
                r"\b(?:defused|dismantled|disarmed|defusing|defuse|neutrali[sz]ed|safely\s+detonated|"
                r"controlled\s+explosion)\b\s+(?:[\w'’-]+\s+){0,5}?(?:IEDs?|bombs?|explosive\s+devices?|"
                r"(?:land\s*)?mines?|explosives|booby[- ]traps?|devices?|rockets?|missiles?|mortar\s+(?:rounds?|shells?|"
                r"bombs?)|shells?|grenades?|(?:unexploded\s+)?ordnance)\b|"
                # ("was detected and defused by engineers", "a second car bomb was destroyed by troops before ...")
                r"\b(?:IEDs?|bombs?|explosive\s+devices?|(?:land\s*)?mines?|booby[- ]traps?|VBIEDs?)\b[^.;]{0,60}?"
                r"\b(?:was|were|been)\s+(?:safely\s+)?(?:(?:detected|found|discovered|spotted|located|intercepted)\s+and\s+)?"
                r"(?:defused|dismantled|disarmed|neutrali[sz]ed|(?:destroyed|detonated|blown\s+up)\s+by\s+(?:the\s+)?"
                r"(?:troops|soldiers|forces|security\s+forces|engineers|sappers|police|army|bomb\s+(?:disposal|squad)|"
                r"explosive\s+ordnance))\b"
            ),
            SD,
            "Disrupted weapons use",
            "ied",
            0.8,
            "intercept",
        ),
        R(
            "seized-weapons",
            _r(
                # (the participle after the deed: "dismantled an ELN camp, seizing rifles and grenades")
                r"\b(?:seized|confiscated|recovered|uncovered|discovered|found|captured|seizing|confiscating|"
                r"recovering)\s+"
                # ("recovered along with an AK-47 rifle and several improvised explosive devices")
                # (not across the device's defusing: "recovered and defused an IED" is defused, told by that rule)
                r"(?:along\s+with\s+)?(?:(?!(?:defused|dismantled|disarmed|defusing|deactivated|neutrali[sz]ed)\b)"
                r"[\w'’-]+,?\s+){0,7}?(?:weapons|arms\s+cache|caches?|ammunition|explosives|"
                r"rifles|rocket\s+launchers|munitions|pistols?|guns|firearms|grenades?|IEDs?|"
                r"(?:improvised\s+)?explosive\s+devices?|(?:land)?mines|detonators|suicide\s+vests?)\b"
            ),
            SD,
            "Disrupted weapons use",
            None,
            0.6,
            "specific",
        ),
        # --- Explosions/Remote violence -----------------------------------------------------------------------------
        R(
            "suicide",
            _r(
                r"\bsuicide\s+(?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car\s+bomb(?:er|ing)?|blast|"
                r"vest|belt|truck\s+bomb)\b|\bblew\s+(?:him|her|them)sel(?:f|ves)\s+up\b|\bself-detonated\b"
            ),
            ERV,
            "Suicide bomb",
            None,
            0.9,
        ),
        R(
            "chemical",
            _r(
                r"\bchemical\s+(?:attack|weapons?|strike|agent)s?\b|\b(?:chlorine|sarin|mustard)\s+gas\b|"
                r"\btoxic\s+gas\s+attack\b|\bnerve\s+agent\s+attack\b"
            ),
            ERV,
            "Chemical weapon",
            "chemical",
            0.85,
        ),
        R(
            "air-strike",
            _r(
                r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|aerial\s+(?:bombardments?|bombings?|attacks?|strikes?|raids?)|"
                r"barrel\s+bombs?|barrel\s+bombing|explosive\s+barrels?|(?:guided|glide|gliding|aerial|air-dropped)[\s-]+bombs?|"
                # ("conducted air interdiction on an ISWAP logistics base": the Nigerian Air Force's word)
                r"air\s+attacks?|bombing\s+raids?|drone\s+strikes?|drone\s+attacks?|UAV\s+strikes?|air\s+interdictions?)\b|"
                # drones told as the means: "used drones to drop explosives on houses", "dropped explosives from
                # drones on a village" (cartels and militias; no aircraft noun as the subject)
                # (a deed, not a habit: "The army has used drones to strike supply lines")
                rf"(?<!has\s)(?<!have\s)\b(?:used|using|deployed|deploying|flew|flying|sent|sending)\s+(?:[\w'’-]+\s+)"
                rf"{{0,2}}?{_DRONE}\s+to\s+drop\b|"
                r"\b(?:dropped|dropping|released|releasing)\s+(?:[\w'’-]+\s+){0,3}?(?:bombs?|explosives?|munitions|"
                r"grenades?|(?:improvised\s+)?explosive\s+devices?)\s+(?:from|with|using)\s+(?:an?\s+|the\s+|their\s+|"
                rf"its\s+)?(?:[\w'’-]+\s+){{0,2}}?{_DRONE}"
            ),
            ERV,
            "Air/drone strike",
            None,
            0.85,
        ),
        R(
            "aircraft-struck",
            _r(
                rf"\b(?:{_AIRCRAFT}|{_DRONE})"
                # (an aside on whose it was, set off by commas: "the drone, which the monitor believed belonged to the
                # U.S.-led coalition, hit", "the drone, operated by the army, struck")
                r"(?:,\s+(?:which|that|believed|thought|suspected|said|reportedly|apparently|operated|owned|flown)\b"
                r"(?:[^,;:.]|\.(?!\s)){1,90},(?=\s+(?:struck|hit|bombed|targeted|attacked|fired\s+(?:on|at))\b))?\s+"
                # (a hedged owner: "a drone believed to be Russian hit")
                r"(?:(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)\s+[\w'’-]+\s+)?"
                # (where it came from: "a drone launched from Yemen struck an apartment building")
                r"(?:(?:launched|fired|sent|flown)\s+(?:from|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?=struck|hit))?"
                # (not a noun after them: "Poland scrambled fighter jets during the attack")
                rf"(?:(?!was\b|were\b|been\b|is\b|are\b|the\b|during\b|after\b|before\b|amid\b|following\b|"
                r"in\b|over\b)[\w'’-]+\s+){0,2}?(?:struck|hits?|bomb(?:ed|s)?|"
                r"pound(?:ed|s)?|target(?:ed|s)?|(?<!drone\s)(?<!UAV\s)attack(?:ed|s)?|strafed|fired\s+(?:on|at)|"
                r"(?<!drone\s)(?<!UAV\s)strikes?|kill(?:ed|s)?|"
                # what got hit: "a Ukrainian drone damaged a power substation", "its aircraft had destroyed a
                # terrorist hideout" (not "destroyed three drones": an interception)
                r"damag(?:ed|es)(?=\s+(?:a|an|the|two|three|several|\d+)\s)|destroy(?:ed|s)(?=\s+(?:a|an|the|two|three|"
                r"several|\d+)\s+(?:[\w'’-]+\s+){0,2}?(?:hideouts?|camps?|bases?|positions?|depots?|buildings?|houses?|"
                r"homes?|vehicles?|bridges?|facilit(?:y|ies)|warehouses?|headquarters|plants?|substations?|refinery|"
                r"refineries|targets?|trucks?|tanks?|launchers?|command\s+posts?)\b)|"
                # "a jet fighter dropped two bombs onto a village"
                r"(?:dropped|released)\s+(?:[\w'’-]+\s+){0,2}?(?:bombs?|explosives|munitions|grenades?|barrels?))\b|"
                r"\b(?:targeted|hit|struck|attacked|"
                rf"bombed|pounded)\s+(?:by|with)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_DRONE}|{_AIRCRAFT})"
            ),
            ERV,
            "Air/drone strike",
            None,
            0.8,
        ),
        R(
            "shelling",
            _r(
                r"(?:(?<=forces\s)|(?<=troops\s)|(?<=army\s)|(?<=regime\s)|(?<=artillery\s)|(?<=tanks\s))shells?\b|"
                r"\b(?:shelling|shelled|artillery\s+(?:fire|shells?|strikes?|barrages?|attacks?)|"
                r"bombard(?:ed|ment)|rocket\s+(?:attacks?|fire|strikes?|barrages?)|mortar\s+(?:attacks?|fire|"
                r"rounds?|shells?|bombs?)|missile\s+(?:attacks?|strikes?|barrages?)|Katyushas?|"
                r"rocket-propelled\s+grenades?|RPGs?)\b"
            ),
            ERV,
            "Shelling/artillery/missile attack",
            None,
            0.8,
        ),
        R(
            "projectile-hit",
            _r(
                rf"\b{_PROJ}\s+(?:[\w'’-]+\s+){{0,3}}?(?:hits?|struck|strikes?|land(?:ed|s)?|slam(?:med|s)?|fell|crashed|"
                r"explod(?:ed|es?)|impacted|target(?:ed|s)?|rained|pound(?:ed|s)?|kill(?:ed|s)?|"
                r"(?:were|was|had\s+been|have\s+been)\s+(?:fired|launched|lobbed))\b|\b(?:targeted|hit|struck|attacked|"
                rf"pounded)\s+(?:by|with)\s+(?:[\w'’-]+\s+){{0,4}}?{_PROJ}\b|"
                rf"\b(?:struck|hit|attacked|targeted|pounded)\s+(?:[\w'’-]+\s+){{1,6}}?with\s+(?:[\w'’-]+\s+){{0,3}}?{_PROJ}\b|"
                # (who fired them, or where from: "Rockets fired from southern Lebanon hit Kiryat Shmona",
                # "missiles launched from the occupied Golan struck sites near the airport")
                rf"\b{_PROJ}\s+(?:launched|fired|lobbed)\s+(?:by|from)\s+[^.;]{{1,80}}?\b(?:struck|hit|slammed\s+into|"
                r"landed|exploded)\b|"
                # (a weapon a claim puts in quotation marks: 'fired "naval missiles" at')
                rf"\b(?:fired|launched|"
                rf"lobbed)\s+[\"“]?(?:[\w'’-]+\s+){{0,5}}?{_PROJ}\b|"
                # bombs that are fired are shells: "Bombs fired by M23 rebels landed in a displacement camp" (not
                # dropped from the air: "bombs launched from a drone")
                r"\bbombs?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:fired|lobbed)\b(?!\s+(?:from|by)\s+"
                rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_DRONE}|{_AIRCRAFT}))|\b(?:fired|lobbed)\s+(?:[\w'’-]+\s+){{0,2}}?bombs\s+"
                r"(?:at|into|on)\b"
            ),
            ERV,
            "Shelling/artillery/missile attack",
            None,
            0.8,
        ),
        R(
            "leaker-hit",
            # the munitions told before, some of which got through: "Most were intercepted, but one struck a house
            # in Ashkelon", "37 were shot down, while three hit buildings in Obolon"; typed by the munitions told
            # before (see the pipeline), else an anaphor of the attack told
            _r(
                r"(?:(?<=[.;,:]\s)|(?<=\bbut\s)|(?<=\bbut\sthat\s)|(?<=\bwhile\s)|(?<=\band\s)|(?<=\byet\s)|"
                r"(?<=\bwhereas\s))"
                r"(?:the\s+(?:rest|remaining(?:\s+(?:one|ones|two|three|four|five|\d+))?|other(?:\s+(?:one|two|three|"
                r"four|five|\d+))?|others)|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|several|some|"
                r"a\s+few|a\s+handful|others|another(?:\s+one)?|at\s+least\s+(?:one|two|three|four|five|\d+)|"
                r"(?:a|the)\s+(?:second|third|fourth|fifth|last)(?:\s+(?:one|missile|rocket|drone|shell|projectile))?)"
                r"(?:\s+(?:others|more))?(?:\s+of\s+them)?\s+(?:(?:had|have|reportedly)\s+)?(?:struck|hit|landed|fell|"
                r"crashed|slammed|"
                r"exploded|impacted)\b|"
                # ... with their noun, after the interceptions in the same breath: "ten were shot down and two
                # missiles hit a residential district", "debris and two missiles hit"
                r"(?:(?<=\bbut\s)|(?<=\bwhile\s)|(?<=\band\s)|(?<=\byet\s)|(?<=\bwhereas\s))"
                r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|the\s+other\s+(?:one|two|three|four|five|"
                r"\d+)|the\s+remaining\s+(?:one|two|three|four|five|\d+))\s+(?:missiles?|rockets?|drones?|shells?|"
                r"projectiles?)\s+(?:(?:had|have|reportedly)\s+)?(?:struck|hit|landed|fell|crashed|slammed|exploded|"
                r"impacted)\b"
            ),
            ERV,
            "Shelling/artillery/missile attack",
            None,
            0.5,
            "generic",
        ),
        R(
            "drone-launched",
            # "launched drones", "struck the Berdiansk airfield with drones", "a drone dropped explosives on",
            # "Drones launched by the RSF struck the air base"
            _r(
                rf"\b(?:launched|sent|flew|fired)\s+[\"“]?(?:[\w'’-]+\s+){{0,4}}?{_DRONE}\b|"
                rf"\b{_DRONE}\s+(?:launched|fired|sent|flown|operated)\s+by\s+[^.;]{{1,80}}?\b(?:struck|hit|slammed\s+into|"
                r"targeted|exploded|crashed\s+into)\b|"
                rf"\b(?:struck|hit|attacked|targeted)\s+(?:[\w'’-]+\s+){{1,6}}?with\s+(?:[\w'’-]+\s+){{0,2}}?{_DRONE}\b|"
                rf"\b{_DRONE}\s+(?:[\w'’-]+\s+){{0,2}}?"
                # ("Drones operated by the CJNG dropped explosives on homes")
                r"(?:(?:operated|flown|belonging|launched|used)\s+(?:by|to)\s+(?:[\w'’-]+\s+){1,5}?)?"
                r"(?:dropped|released)\s+(?:[\w'’-]+\s+){0,2}?(?:explosives?|bombs?|grenades?|munitions?|mortar\s+rounds?)\b"
            ),
            ERV,
            "Air/drone strike",
            "drone",
            0.7,
        ),
        R(
            "car-bomb",
            _r(
                r"\b(?:car|truck|vehicle)[- ]bomb(?:s|ing|ings)?\b|\bVBIEDs?\b|\bbooby-trapped\s+"
                r"(?:car|vehicle|truck|motorcycle|motorbike)\b|"
                # "a car packed with explosives", "an explosives-laden truck", "a motorcycle rigged with explosives"
                r"\b(?:car|truck|vehicle|van|motorcycle|motorbike|tanker|lorry)\s+(?:packed|laden|loaded|rigged|filled|"
                r"fitted|stuffed)\s+with\s+(?:[\w-]+\s+)?explosives\b|\bexplosives?-(?:laden|packed|filled|loaded|rigged)\s+"
                r"(?:car|truck|vehicle|van|motorcycle|motorbike|tanker|lorry)\b"
            ),
            ERV,
            "Remote explosive/landmine/IED",
            "car_bomb",
            0.85,
        ),
        R(
            "ied",
            _r(
                r"\b(?:roadside\s+bombs?|IEDs?|improvised\s+explosive\s+devices?|land\s*mines?|sticky\s+bombs?|"
                r"magnetic\s+bombs?|explosive\s+devices?|booby[- ]traps?|booby[- ]trapped\s+(?:bombs?|explosives|devices?))\b|\b(?:mines?|devices?)\b(?=\s+"
                r"(?:exploded|blast|explosion|went\s+off|detonated|wounded|killed|injured|blew\s+up|struck|hit))"
            ),
            ERV,
            "Remote explosive/landmine/IED",
            None,
            0.8,
        ),
        R(
            "grenade",
            _r(r"(?<!propelled\s)\b(?:hand\s+)?grenades?\b(?:\s+attacks?)?"),
            ERV,
            "Grenade",
            "grenade",
            0.8,
        ),
        R(
            "bomb-went-off",
            _r(
                r"\bbombs?\s+(?:[\w'’-]+\s+){0,2}?(?:explod(?:ed|es?)|went\s+off|goes\s+off|go\s+off|detonated|"
                r"detonates?|blew\s+up|blows?\s+up|kill(?:s|ed)?)\b|"
                r"\bbombings?\b|\bbomb\s+attacks?\b|"
                # "a bomb hit a police vehicle" (not "a glide bomb hit": an air-dropped one, told as such)
                r"\b(?:an?|the)\s+(?:powerful\s+|large\s+|homemade\s+|magnetic\s+|sticky\s+|remote-controlled\s+|"
                r"remote\s+controlled\s+|improvised\s+)?bomb\s+"
                r"(?:hit|struck|ripped\s+through|tore\s+through|targeted)\b|"
                # "troops bombed a rebel camp": a state's bombing is from the air (see the pipeline's typing)
                r"\bbombed\s+(?=(?:an?|the|their|its|several|two|three|\w+['’]s)\s)"
            ),
            ERV,
            "Remote explosive/landmine/IED",
            None,
            0.65,
            "generic",
        ),
        R(
            "explosion",
            _r(
                r"\b(?:explosions?|blasts?|explod(?:ed|es)|detonat(?:ed|es)|"
                # "militants blew up a bridge", "blew up the pipeline"
                r"blew\s+up\s+(?:a|an|the|two|three|several)\s+(?:[\w'’-]+\s+){0,2}?(?:bridges?|pipelines?|"
                r"power\s+(?:lines?|pylons?|stations?)|pylons?|towers?|dams?|culverts?|roads?|vehicles?|trucks?|"
                r"buildings?|schools?|houses?|homes?))\b"
            ),
            ERV,
            "Remote explosive/landmine/IED",
            None,
            0.45,
            "generic",
        ),
        # --- Battles ---------------------------------------------------------------------------------------------
        R(
            "regain",
            _r(
                r"\b(?:recaptured?s?|retook|retakes?|regain(?:ed|s)?\s+control\s+of|liberat(?:ed|es?)|"
                r"recapture\s+of|retaken|"
                # "Iraqi forces free centre of Bayji", "freed the town of Sirte": a place freed, not people ("freed
                # the hostages", "freed Ahmed" are no territory)
                r"fre(?:ed|es?|eing)\s+(?:the\s+)?(?:(?:centre|center|rest|remainder|whole|entire|last\s+parts?|"
                r"parts?|most|all)\s+of\s+(?:the\s+)?)?(?:(?:towns?|city|villages?|districts?|neighbou?rhoods?|"
                r"province|region)\s+of\s+(?-i:[A-Z])|(?<=of\s)(?-i:[A-Z])|(?<=of\sthe\s)(?-i:[A-Z])))"
            ),
            BATTLES,
            "Government regains territory",
            None,
            0.85,
        ),
        R(
            "overtake",
            _r(
                # "entered the town of Merawi ... and held it", "entered most neighbourhoods of Aleppo city after
                # regime forces withdrew": entering a place is taking it only when holding it or its defenders'
                # withdrawal is told
                r"\b(?:entered|swept\s+into|rolled\s+into|marched\s+into|stormed\s+into)\s+(?:[\w'’()-]+\s+){0,5}?"
                r"(?-i:[A-Z])[\w'’-]+[^.;]{0,60}?\b(?:and\s+(?:held|occupied|took\s+control|seized|captured|raised)\b|"
                r"after\s+(?:[\w'’-]+\s+){0,3}(?:forces|troops|army|soldiers|defenders)\s+(?:had\s+)?(?:withdrew|withdrawn|"
                r"fled|pulled\s+out|retreated)\b)|"
                # "took the town of Saraqeb" (a place's kind said: "took part", "took Ahmed" are no takeover)
                r"\btook\s+(?:full\s+)?(?:the\s+)?(?:strategic\s+|key\s+|nearby\s+)?(?:towns?|city|villages?|district|"
                r"base|airport|airbase|hilltop)\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]+|"
                rf"\b(?:captured|seized\s+control\s+of|overran|overrun|(?:took|taken|takes|seized|gained|"
                rf"assumed|wrested)\s+(?:full\s+)?control\s+(?:of|over)|"
                rf"took\s+over|fell\s+to|seized|seizing|capturing|overrunning)(?!{_PEOPLE_OBJECT})\s+(?:the\s+)?"
                r"(?:(?!at\b|in\b|on\b|by\b|near\b|outside\b|from\b)[\w'’-]+\s+){0,3}?"
                r"(?:towns?|city|cities|villages?|districts?|bases?|areas?|territory|positions?|airports?|airfields?|"
                r"outposts?|checkpoints?|hills?|neighbou?rhoods?|camps?|headquarters|barracks|garrisons?|"
                # ("captured a police station", "seized a military post")
                r"(?:police|army|military|border|gendarmerie|security|forward|observation)\s+(?:stations?|posts?)|"
                r"strongholds?|forts?|"
                # (not one taken without a fight: a non-violent transfer, below)
                rf"(?-i:[A-Z])[\w'’-]+)\b(?![^.;]{{0,120}}?{_NO_FIGHT})"
            ),
            BATTLES,
            "Non-state actor overtakes territory",
            None,
            0.85,
        ),
        R(
            "clash",
            _r(
                rf"\b(?:clash(?:es|ed|ing)?|(?<!been\s)fighting(?!{_NO_FOE})|firefights?|gun\s*battles?|gunfights?|exchanged\s+fire|"
                # ("exchanged heavy gunfire near Borobekra", "exchanging sporadic fire")
                r"exchange\s+fire|(?:exchanged|exchanging|traded|trading)\s+(?:(?:heavy|intense|sporadic|"
                r"automatic|small[\s-]arms|occasional|fierce)\s+)?(?:gun)?fire|"
                r"(?:(?<=forces\s)|(?<=troops\s)|(?<=army\s)|(?<=rebels\s)|(?<=militants\s)|(?<=fighters\s))"
                r"(?:battles?|fights?)|\bbattles?\s+(?=(?:with|against|between|in|near|around)\b)|"
                r"(?<=fierce\s)battles?|(?<=violent\s)battles?|(?<=heavy\s)battles?|(?<=continued\s)battles?|"
                rf"exchange\s+of\s+fire|skirmish(?:es|ed)?|fought(?!{_NO_FOE})|battled(?!{_NO_FOE})|"
                rf"(?<!been\s)battling(?!{_NO_FOE})|heavy\s+fighting|shootout|"
                # "a confrontation between gunmen and state police left two dead" (armed sides on both ends; not a
                # crowd's, nor a war of words)
                r"(?:armed\s+)confrontations?|confrontations?(?=\s+(?:between|with)\s+(?![^.;]{0,60}?\b(?:protesters|"
                r"demonstrators|students|crowds?|residents|supporters|rioters|mobs?|fans)\b)(?:[\w'’-]+\s+){0,3}?(?:gunmen|"
                r"police|soldiers|troops|forces|militants|rebels|army|cartels?|gangs?|gang\s+members|fighters|militiamen|"
                r"insurgents|guerrillas|dissidents|bandits|jihadists|criminals|hitmen|sicarios)\b)|"
                # "troops engaged some 20 members of ...", "killed in the two-hour encounter" (South and
                # Southeast Asian usage)
                r"(?:(?<=forces\s)|(?<=troops\s)|(?<=soldiers\s)|(?<=army\s)|(?<=police\s)|(?<=rebels\s)|"
                r"(?<=militants\s)|(?<=fighters\s))(?:engaged(?!\s+in\s+(?:talks|negotiations|dialogue|discussions))|"
                # ("Troops encountered about 15 rebels in Barangay Buenavista")
                r"encountered(?=\s+(?:(?:about|some|around|nearly|over|at\s+least)\s+)?(?:\d+|[\w-]+\s+)?(?:[\w-]+\s+)?"
                r"(?:rebels|militants|insurgents|gunmen|fighters|guerrillas|troops|soldiers|members|terrorists|bandits)\b))|"
                r"(?:(?<=\ban\s)|(?<=\bthe\s)|(?<=-hour\s)|(?<=fierce\s)|(?<=armed\s)|(?<=gun\s)|(?<=brief\s)|"
                # (not "near the encounter site": where a fight was, told as a place)
                r"(?<=heavy\s)|(?<=deadly\s))encounters?(?!\s+(?:site|spot|scene|area|zone)))\b"
            ),
            BATTLES,
            "Armed clash",
            "small_arms",
            0.8,
        ),
        R("ambush", _r(r"\bambush(?:ed|es)?\b"), BATTLES, "Armed clash", "small_arms", 0.75, "violence"),
        # "Regime forces advance in Hama countryside", "IS advances over rebels": an armed side moving on ground held
        # by another is fighting (said of armed actors only: "talks advance", "prices advanced" are not)
        R(
            "advance",
            _r(
                r"(?:(?<=forces\s)|(?<=troops\s)|(?<=army\s)|(?<=rebels\s)|(?<=militants\s)|(?<=fighters\s)|"
                r"(?<=factions\s)|(?<=insurgents\s)|(?<=jihadists\s)|(?<=militias\s)|(?<=IS\s)|(?<=ISIS\s)|"
                r"(?<=ISIL\s)|(?<=SDF\s)|(?<=YPG\s)|(?<=Taliban\s)|(?<=Houthis\s)|(?<=State\s)|(?<=State[”\"]\s))"
                r"(?:advance[sd]?|push(?:es|ed)?)\b(?=\s+(?:again\s+|further\s+|deeper\s+|once\s+again\s+)?"
                r"(?:in|into|on|over|towards?|near|around|at|inside)\b)"
            ),
            BATTLES,
            "Armed clash",
            None,
            0.7,
        ),
        # "Kurdish forces repel IS attack near Kirkuk": an attack fought off is a battle
        R(
            "repel",
            _r(
                r"\b(?:repel(?:s|led|ling)?|repulsed?|repulses|beat(?:s|ing)?\s+back|fend(?:s|ed)?\s+off)\b"
                r"(?=(?:\s+[\w'’-]+){0,4}?\s+(?:attacks?|assaults?|offensive|advances?|incursions?)\b)"
            ),
            BATTLES,
            "Armed clash",
            "small_arms",
            0.75,
        ),
        R(
            "offensive",
            _r(
                r"\b(?:launch(?:ed|es|ing)?|began|begins?|start(?:ed|s)?|continu(?:ed|es)|resum(?:ed|es)|"
                r"intensif(?:ied|ies)|mount(?:ed|s)?|renew(?:ed|s)?|press(?:ed|es)?|"
                # an army communiqué's words: "army units conducted an offensive operation against a terrorist
                # concentration"
                r"conduct(?:ed|s|ing)|carr(?:ied|ies|ying)\s+out)\s+(?:(?:their|its|his|a|an|the)\s+)?"
                r"(?:[\w'’-]+\s+){0,3}?(?:offensives?|counter-?offensives?|assaults?|ground\s+operations?|"
                r"military\s+operations?|"
                # "continued their large-scale advance in the Homs Governorate": an advance on a named place (not
                # "continued its advance on reforms")
                r"advances?(?=\s+(?:in|on|into|towards?|near|around|against|inside)\s+(?:the\s+)?(?-i:[A-Z])))\b"
            ),
            BATTLES,
            "Armed clash",
            None,
            0.7,
        ),
        # --- Violence against civilians --------------------------------------------------------------------------
        R(
            "abduction",
            _r(
                r"\b(?:kidnap(?:s|p(?:ed|ing|ings))?|abduct(?:s|ed|ion|ions|ing)?|taken\s+hostage|"
                r"held\s+hostage|(?:take|takes|took|taking)\s+(?:\w+\s+)?hostages?|forcibly\s+disappeared|forced\s+disappearance|"
                # people seized ("seized 110 schoolgirls", "snatched dozens of villagers"): taken, not ground won
                r"(?:seiz(?:e|es|ed|ing)|snatch(?:es|ed|ing)?)\s+(?:(?:at\s+least|more\s+than|about|some|over|nearly|"
                r"around|up\s+to)\s+)?(?:[\d,]+|\w+|dozens\s+of|hundreds\s+of|scores\s+of|a\s+group\s+of)?\s*(?:[\w-]+\s+)?"
                r"(?:schoolgirls|schoolboys|schoolchildren|students|pupils|children|villagers|civilians|women|girls|boys|"
                r"passengers|worshippers|farmers|people|travell?ers|residents|aid\s+workers|workers|fishermen|"
                r"herders|miners|teachers|hostages|"
                # one person ("seized a local aid worker in Patikul", "snatched a Catholic priest")
                r"(?:aid\s+)?worker|teacher|priest|pastor|nun|doctor|nurse|journalist|engineer|trader|farmer|"
                r"schoolgirl|student|chief|traveller|passenger|villager|businessman|businesswoman)\b(?!['’])|"
                # "were seized by armed youths": people taken by armed men
                r"(?:were|was|been|being)\s+(?:seized|snatched|taken)\s+by\s+(?:armed|gunmen|militants|bandits|rebels|"
                r"kidnappers|unknown|unidentified|suspected|militiamen|jihadists|pirates)|"
                # people named before "were seized": "The women were seized on Thursday and Friday"
                r"(?:(?<=women\s)|(?<=girls\s)|(?<=schoolgirls\s)|(?<=children\s)|(?<=villagers\s)|(?<=passengers\s)|"
                r"(?<=students\s)|(?<=pupils\s)|(?<=workers\s)|(?<=hostages\s)|(?<=captives\s)|(?<=men\s))"
                r"(?:were|had\s+been|have\s+been)\s+(?:seized|snatched)(?!\s+(?:by|from)\s+(?:the\s+)?(?:police|army|"
                r"troops|soldiers|security|authorities|customs)))\b"
            ),
            VAC,
            "Abduction/forced disappearance",
            None,
            0.8,
        ),
        R(
            "sexual",
            _r(r"\b(?:raped|rapes?|sexually\s+(?:assaulted|abused)|sexual\s+(?:violence|assault|abuse))\b"),
            VAC,
            "Sexual violence",
            None,
            0.8,
        ),
        R(
            "massacre",
            _r(
                r"\b(?:massacred?|massacres|execut(?:ed|es?|ing|ions?)|behead(?:ed|s|ings?)?|lynched|"
                r"summarily\s+killed)\b"
            ),
            VAC,
            "Attack",
            None,
            0.75,
        ),
        R(
            "violence",
            _r(
                r"\b(?:kill(?:ed|s|ing)?|shot\s+dead|shoots?\s+dead|gunned\s+down|guns?\s+down|opened\s+fire|"
                r"opens?\s+fire|fired\s+(?:on|upon)|stabbed|shot\s+and\s+killed|"
                # "fired at guards", "fired at a checkpoint" (not "fired at the base" with rockets: projectile-hit)
                # "fired rubber bullets at striking garment workers", "fired live rounds into the crowd"
                r"fired\s+(?:live\s+(?:rounds|ammunition|bullets)|rubber\s+bullets|(?:[\w-]+\s+){0,2}?(?:bullets|rounds|"
                r"shots))(?=\s+(?:at|on|into)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|marchers|"
                r"strikers|workers|students|mourners|crowds?|residents|villagers))|"
                # "militants fired at Sanasabi and Thamnapokpi villages": harassing fire on where people live
                r"fired\s+(?:indiscriminately\s+)?at\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:villages|hamlets)\b|"
                r"fired\s+at\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:guards?|soldiers|troops|police(?:men)?|"
                # ("fired at a UNIFIL observation tower", "fired at a UN position")
                r"(?:observation\s+)?towers?|positions?|outposts?|peacekeepers|detachments?|"
                r"(?:police|army|military|border|security|checkpoint)\s+(?:posts?|stations?|camps?)|"
                r"officers|protesters|demonstrators|civilians|villagers|worshippers|passengers|checkpoints?|check\s*posts?|"
                r"patrols?|convoys?|vehicles?|cars?|crowds?|farmers|shoppers|people|residents|fishermen|herders|motorists|"
                r"travell?ers|students|children|women|men|mourners|customers|buses|bus|trucks?)|"
                r"beat(?:en)?\s+(?:[\w'’-]+\s+){0,3}?to\s+death|hacked\s+to\s+death|attacked|"
                # "residents came under Israeli fire"
                r"came\s+under\s+(?:heavy\s+)?(?:[\w'’-]+\s+)?(?:fire|gunfire)"
                # (not blame: "came under fire for its handling", "... from rights groups over the killings")
                r"(?!\s+(?:for|over)\b)(?!\s+from\s+(?:[\w'’-]+\s+){0,3}?(?:critics|groups|opposition|lawmakers|"
                r"politicians|activists|media|campaigners|parties|unions|MPs|senators|press|commentators)\b)|"
                r"storm(?:ed|s|ing)?|raided|shot|fatally\s+shoots?|"
                r"murdered|assaulted|martyred|assassinat(?:ed|es|ing)|"
                # "a Red Cross convoy was fired upon"
                r"(?<=was\s)fired\s+(?:up)?on|(?<=were\s)fired\s+(?:up)?on|"
                # "Twenty terrorists were neutralised by troops"
                r"(?<=were\s)(?:neutrali[sz]ed|eliminated)|(?<=been\s)(?:neutrali[sz]ed|eliminated)|"
                # the Pakistani military's idiom for killing its enemies: "eight terrorists were sent to hell"
                r"sent\s+to\s+hell|"
                # an armed band striking: "the attackers struck the cattle camp at dawn", "gunmen hit a bus" (not a
                # storm or an earthquake that struck; not "hit back", "hit out at critics")
                r"(?:(?<=attackers\s)|(?<=assailants\s)|(?<=gunmen\s)|(?<=raiders\s)|(?<=militants\s)|"
                r"(?<=insurgents\s)|(?<=bandits\s)|(?<=jihadists\s)|(?<=rebels\s))(?:struck|hit)\b"
                r"(?!\s+(?:back|out|hard\s+at)\b)|"
                # a military's word for killing its enemies: "troops neutralised fourteen ISWAP terrorists"
                r"(?:neutrali[sz]ed|eliminated)\s+(?:at\s+least\s+|about\s+|some\s+)?(?:\d+|[a-z]+teen|[a-z]+ty|two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve|several|scores\s+of|dozens\s+of|many)\b)\b"
            ),
            VAC,
            "Attack",
            None,
            0.55,
            "violence",
        ),
        # "Regime forces target Daraa countryside", "Militants target security forces": an armed side's targeting
        # is its attack (typed like "attacked": by its victims, or as fighting for a place named)
        # "The Israeli army said it struck Hezbollah targets in ...", "jets hit militant positions": a military's
        # strikes on what it calls targets (weapon unsaid: air strikes are how armies report them)
        # bodies found with the marks of violence: a killing by unknown perpetrators (ACLED: Attack)
        R(
            "bodies-found",
            _r(
                r"\b(?:found|discovered|recovered|dumped)\s+(?:the\s+)?(?:bodies|corpses)\b|"
                r"\b(?:bodies|corpses)\s+of\s+[^.;]{1,50}?\s+(?:were|was|had\s+been|have\s+been)\s+(?:found|"
                r"discovered|dumped|recovered)\b"
            ),
            VAC,
            "Attack",
            None,
            0.6,
        ),
        R(
            "struck-targets",
            _r(
                r"(?:(?<=\bit\s)|(?<=\bthey\s)|(?<=\bhad\s)|(?<=\bjets\s)|(?<=\baircraft\s)|(?<=\bwarplanes\s)|"
                r"(?<=\bForce\s))"
                r"(?:struck|hit|bombed|pounded)\s+(?:[\w'’-]+\s+){0,3}?(?:targets|positions|sites?|strongholds|"
                r"hideouts|infrastructure|(?:weapons|ammunition)\s+depots?|command\s+(?:posts?|cent(?:er|re)s?)|"
                r"launchers?|launch\s+sites|radars?)\b"
            ),
            ERV,
            "Air/drone strike",
            None,
            0.7,
        ),
        # a state striking a place from afar: "Israel struck the port of Hodeidah", "Russia struck Kharkiv, killing
        # two", "The United States bombed Sanaa" (the weapon said decides the type; unsaid, from the air)
        R(
            "state-struck",
            _r(
                r"(?<![\w-])(?-i:Israel|Russia|Ukraine|Iran|Turkey|T[uü]rkiye|Pakistan|India|Azerbaijan|Armenia|Britain|France|"
                r"Saudi\s+Arabia|(?:the\s+)?(?:United\s+States|US|U\.S\.|UAE|United\s+Kingdom|UK|Saudi-led\s+coalition|"
                r"US-led\s+coalition))\s+(?:(?:again|also|later|then|reportedly|had|has|have)\s+)?"
                r"(?:struck|bombed|pounded|shelled|hit)\s+(?!back\b|out\b|hard\b|a\s+deal\b|an?\s+agreement\b)"
                r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z])"
            ),
            ERV,
            "Air/drone strike",
            None,
            0.75,
        ),
        # "Russian forces struck Ukrainian positions": ground forces' strikes from afar are artillery or missiles
        R(
            "forces-struck-targets",
            _r(
                r"(?:(?<=\bforces\s)|(?<=\barmy\s)|(?<=\btroops\s)|(?<=\bmilitary\s)|(?<=\bartillery\s)|"
                # a side telling its own strike: "Ukraine said it had struck an oil depot in Belgorod"
                r"(?<=\bsaid\sit\shad\s)|(?<=\bsaid\sit\shas\s)|(?<=\bsaid\sthey\shad\s))"
                r"(?:struck|hit|pounded)\s+(?:[\w'’-]+\s+){0,3}?(?:targets|positions|strongholds|hideouts|"
                r"(?:weapons|ammunition|oil|fuel)\s+depots?|command\s+(?:posts?|cent(?:er|re)s?)|launchers?|launch\s+sites?|"
                r"radars?|(?:radar|missile|drone)\s+sites?|refiner(?:y|ies)|airfields?|air\s+bases?|"
                # ("US forces struck two Houthi drone boats")
                r"(?:drone\s+|attack\s+|explosive-laden\s+)?boats|vessels|"
                # civilian objects struck from afar: "Russian forces struck a residential building in Kharkiv"
                r"(?:residential|apartment|high-rise|multi-stor(?:e)?y)\s+(?:buildings?|blocks?|complex(?:es)?)|"
                r"(?:energy|power|civilian|port|railway)\s+(?:infrastructure|facilit(?:y|ies))|"
                r"power\s+(?:plants?|stations?)|substations?)\b"
            ),
            ERV,
            "Shelling/artillery/missile attack",
            None,
            0.65,
        ),
        R(
            "target-verb",
            _r(
                r"(?:(?<=forces\s)|(?<=troops\s)|(?<=army\s)|(?<=rebels\s)|(?<=militants\s)|(?<=fighters\s)|"
                r"(?<=factions\s)|(?<=insurgents\s)|(?<=jihadists\s)|(?<=militias\s)|(?<=IS\s)|(?<=ISIS\s)|"
                r"(?<=ISIL\s)|(?<=gunmen\s)|(?<=Taliban\s)|(?<=Houthis\s)|(?<=State\s)|(?<=State[”\"]\s)|"
                # "the Houthis said they had targeted the tanker": the group's own account of its attack
                r"(?<=they\shad\s)|(?<=it\shad\s))"
                r"target(?:s|ed)?\b|\b(?:was|were|being|been)\s+(?:repeatedly\s+)?target+ed\s+by\b"
            ),
            VAC,
            "Attack",
            None,
            0.55,
            "violence",
        ),
        R(
            "another-wave",
            # one more of the attack told before: "A second wave hit the port of Izmail", "a fresh salvo of
            # drones struck Odesa" (its kind and attacker are that attack's: see the pipeline)
            _r(
                r"\b(?:another|a\s+(?:second|third|fourth|fifth|further|fresh|subsequent|follow-up))\s+"
                r"(?:wave|salvo|volley)(?:\s+of\s+(?:[\w-]+\s+)?(?:(?:air\s*)?strikes|attacks|raids|drones|missiles|"
                r"rockets|shells|shelling|bombs|bombing))?\s+(?:hit|struck|targeted|pounded|"
                r"slammed\s+into|battered|rocked)\b"
            ),
            ERV,
            "Air/drone strike",
            None,
            0.5,
            "generic",
        ),
        R(
            "attack-noun",
            _r(r"\b(?:attacks?|assaults?|raids?|strikes?|onslaughts?)\b"),
            ERV,
            "Air/drone strike",
            None,
            0.4,
            "generic",
        ),
        # --- Riots and protests ----------------------------------------------------------------------------------
        R(
            "mob",
            _r(
                # (vigilantes are a communal militia, an actor: "killed four vigilantes" is an attack on them)
                r"\b(?:mobs?|lynch\s+mob)\b|\blynch(?:ed|ing|ings)\b|"
                # residents or a crowd who beat or burned people: "residents cornered two men, beat them with sticks"
                r"\b(?:residents|villagers|locals|crowds?|youths|onlookers)\s+(?:(?!were\b|was\b|been\b)[\w'’-]+,?\s+)"
                r"{0,6}?(?:beat|lynched|stoned)\s+(?:them|him|her|the\s+(?:two|three|suspects?|men|man))\b|"
                # ("residents of Buea beat to death a man they accused of ...", "villagers stoned to death two men")
                r"\b(?:residents|villagers|locals|crowds?|youths|onlookers)\s+(?:(?!were\b|was\b|been\b)[\w'’-]+,?\s+)"
                r"{0,6}?(?:beat|stoned|burned|burnt|hacked)\s+to\s+death\b|"
                # a crowd tearing down a building: "Crowds demolished the residence of ... with excavators" (no
                # demonstration said: a mob's destruction, not a looting by an armed group)
                r"\b(?:mobs?|crowds?|youths|residents|villagers|locals)\s+(?:(?!were\b|was\b|been\b|said\b|says\b|say\b|"
                r"told\b|saw\b|watched\b|as\b|when\b|after\b|while\b|whose\b)[\w'’-]+\s+){0,3}?"
                r"(?:demolished|razed|tore\s+down|pulled\s+down|bulldozed|wrecked)\b"
            ),
            RIOTS,
            "Mob violence",
            None,
            0.7,
        ),
        R(
            "riot",
            _r(
                # (not "riot police", "anti-riot units": the police who stop riots)
                r"(?<!anti-)\b(?:riot(?:s|ers|ing|ed)?)\b(?!\s+(?:police|policemen|gear|squads?|control|units?|"
                r"officers|shields?|troops|forces|act)\b)|\b(?:protesters|demonstrators|crowds?|youths)\s+(?:[\w'’-]+\s+)"
                r"{0,3}?(?:torched|set\s+fire|burned|burnt|threw\s+stones|hurled|stormed|smashed|looted|"
                r"ransacked|vandali[sz]ed|threw\s+rocks|pelted|"
                # ("Demonstrators set part of the parliament building alight", "fired fireworks at the parliament")
                r"set\s+(?:[\w'’-]+\s+){1,8}?(?:alight|ablaze|on\s+fire)|fired\s+fireworks|threw\s+(?:petrol|molotov)|"
                r"(?:built|erected)\s+(?:burning\s+)?barricades)\b|"
                # a crowd of no armed organisation doing violence: "angry voters set fire to the electoral
                # commission", "supporters of rival candidates fought with stones and machetes"
                r"\b(?:supporters|voters|residents|villagers|locals|students|mourners|traders)\s+"
                r"(?:of\s+(?:[\w'’-]+\s+){1,5}?)?(?:(?!were\b|was\b|been\b|are\b|is\b|fled\b|as\b|when\b|after\b|while\b|who\b)[\w'’-]+\s+){0,2}?"
                r"(?:torched|set\s+fire\s+to|set\s+(?:[\w'’-]+\s+){1,3}?on\s+fire|threw\s+stones|hurled\s+stones|stormed|"
                r"smashed|ransacked|vandali[sz]ed|pelted|(?:fought|clashed)\s+(?:each\s+other\s+)?with\s+(?:stones|machetes|sticks|clubs|knives|rocks|"
                r"bricks|iron\s+rods))\b|"
                # supporters of two parties fighting each other: "PTI and PML-N supporters clashed at a rally",
                # "clashes between rival party supporters" (ACLED: Riots, no armed organisation)
                r"\b(?:supporters|activists|workers|cadres)\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:clashed|fought)\b|"
                # two factions of one party: "two factions of the party clashed with sticks and machetes"
                r"\bfactions\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:party|league|BNP|Awami|PTI|PML-N|ANC|ZANU-PF)\s+"
                r"(?:clashed|fought)\b|"
                r"\bclash(?:es|ed)?\s+between\s+(?:rival\s+)?(?:[\w'’-]+\s+){0,5}?(?:supporters|activists|party\s+workers)\b"
            ),
            RIOTS,
            "Violent demonstration",
            None,
            0.8,
        ),
        R(
            "protest",
            _r(
                # (not "the bombing demonstrated the weakness of ...", "allies rallied behind him": no crowd)
                # (nor "a demonstration of the bombers' ability / of force": a show, no crowd)
                # (not those who lead one: "Protest organisers in Tbilisi have called for a general strike")
                r"\b(?:protest(?:s|ers|ed|ing)?(?!\s+(?:organi[sz]ers|coordinators|leaders|movements?|committees?|"
                r"groups?)\b)|demonstrat(?:ion(?!\s+of\s+(?!support|solidarity|protest|anger|"
                r"outrage)\S)|ions|ors)|demonstrated(?!\s+(?:the|that|how|its|a|an|"
                r"what|why|this|these|those|once\s+more\s+(?:that|how)|clearly|(?:[\w-]+ly\s+)?(?:that|how))\b)|"
                r"rall(?:y|ies)|rallied(?!\s+(?:behind|around|round|support|to\s+(?:the|his|her|its|their)\s+(?:cause|side|defen[cs]e|"
                r"support|call|flag))\b)|sit-ins?|"
                r"marched|march(?:es)?\s+(?:through|in|to)|vigils?)\b|"
                # ("hundreds of people held a peaceful march on Wednesday")
                r"\b(?:held|staged|organi[sz]ed|joined|took\s+part\s+in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                r"march(?:es)?\b|"
                # "tear gas at farmers marching in Ambala", "students blockaded the highway"
                r"\b(?:farmers|workers|students|teachers|residents|women|villagers|traders|activists|supporters|"
                r"youths|opposition\s+supporters)\s+(?:who\s+were\s+)?marching\b|"
                r"\b(?:students|protesters|demonstrators|farmers|workers|residents|villagers|traders|drivers|"
                r"transporters|youths|women|activists|supporters)\s+(?:[\w'’-]+\s+){0,2}?(?:blockaded|blocked|barricaded)\s+"
                r"(?:the\s+|a\s+|several\s+|main\s+)?(?:[\w'’-]+\s+){0,3}?"
                r"(?:highways?|roads?|motorways?|expressways?|junctions?|intersections?|railway\s+lines?|rail\s+lines?)\b|"
                # a crowd the police dispersed: "fired tear gas to disperse several hundred opposition supporters"
                r"\bdispers(?:e|ed|es|ing)\s+(?:[\w'’-]+\s+){0,4}?(?:supporters|crowds?|students|marchers|"
                r"mourners|youths|residents|voters|worshippers|activists)\b|"
                # tear gas is fired at a crowd: "Police moved on the crowds at D-Chowk, firing tear gas shells",
                # "Security forces fired tear gas at thousands of Imran Khan supporters"
                r"\b(?:fired|firing|fires|fire|used|using|lobbed|lobbing)\s+(?:[\w-]+\s+){0,2}?tear[\s-]*gas\b"
                # (not at people in their homes or at work, no crowd said: "fired tear gas at residents trying to put
                # out the fires" is no protest)
                r"(?!\s+(?:canisters?\s+|shells?\s+|grenades?\s+)?(?:at|into|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                r"(?:residents|villagers|homes|houses|families|civilians|farmers|shepherds|people|worshippers)\b"
                r"(?![^.;]{0,80}?\b(?:protest|demonstrat|rall(?:y|ies|ied)|march|gather|chant|stones?|rocks?|crowds?)))|"
                # "to break up a gathering of students": a crowd the police broke up
                r"\b(?:break|broke|breaking|broken)\s+up\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?"
                r"(?:gathering|crowd|meeting)s?\b|"
                r"\b(?:gathered|assembled)\b(?=[^.;]{0,80}?"
                r"\b(?:to\s+(?:mark|commemorate|protest|demand|denounce|condemn|call\s+for|mourn)|demanding|"
                r"chanting))|"
                # a strike of workers or traders (ACLED: a protest), not a military strike
                rf"{_LABOUR_STRIKE}"
            ),
            PROTESTS,
            "Peaceful protest",
            None,
            0.7,
        ),
        # --- Strategic developments ------------------------------------------------------------------------------
        R(
            "arrest",
            _r(
                r"\b(?:arrested|arrests?|detained|apprehended|rounded\s+up|taken\s+into\s+custody|"
                r"detention\s+of)\b(?!\s+(?:raids?|operations?|campaigns?|warrants?|sweeps?))"
                # (not people seized to be killed: "rounded up men at the market and shot them", "rounded up and
                # executed 20 villagers" -- ACLED codes the killing, an Attack)
                r"(?![^.;:]{0,60}?\band\s+(?:then\s+|later\s+)?(?:shot|killed|executed|massacred|murdered|"
                r"slaughtered|beheaded|gunned\s+down|shot\s+dead|summarily\s+executed)\s+(?:them|all|most|"
                r"(?:all|most|some|many|several|\w+)\s+of\s+them|\d+|[a-z]+ty|[a-z]+teen|two|three|four|five|six|"
                r"seven|eight|nine|ten|eleven|twelve|dozens|scores)\b)"
            ),
            SD,
            "Arrests",
            None,
            0.65,
        ),
        # "Granda was captured in Caracas": people taken (an arrest, or an abduction when an armed group took them:
        # see the pipeline); a town taken is "captured the town" (overtake) or a place before "was captured"
        R(
            "captured",
            _r(
                r"\b(?:was|were|been|being)\s+(?:(?:reportedly|allegedly|later|also|eventually|finally|then)\s+)?"
                r"captured\b(?!\s+(?:on|in|by)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:cameras?|video|film|tape|CCTV|photos?|"
                r"images?|pictures?|footage|photographers?|satellites?))|\bcaptur(?:ed|es|ing)"
                rf"(?={_PEOPLE_OBJECT})"
            ),
            SD,
            "Arrests",
            None,
            0.65,
        ),
        R(
            "agreement",
            _r(
                r"\b(?:signed|reached|agreed(?:\s+(?:on|to))?|brokered|concluded|announced)\s+(?:[\w'’-]+\s+)"
                r"{0,4}?(?:ceasefire|cease-fire|truce|peace\s+(?:deal|agreement|accord)|agreement|deal|"
                r"prisoner\s+(?:swap|exchange)|accord)\b|\b(?:ceasefire|cease-fire|truce)\s+(?:[\w'’-]+\s+)"
                r"{0,3}?(?:took\s+effect|came\s+into\s+(?:force|effect)|was\s+(?:agreed|signed|announced)|"
                r"began|went\s+into\s+effect)\b|\bprisoner\s+(?:swap|exchange)\b|"
                # ("Russia and Ukraine exchanged 157 prisoners of war each on Thursday")
                r"\b(?:exchanged|swapped|exchange|swap)\s+(?:[\w'’-]+\s+){0,3}?(?:prisoners|captives|POWs|detainees|"
                r"bodies\s+of\s+(?:dead\s+)?soldiers)\b"
            ),
            SD,
            "Agreement",
            None,
            0.7,
        ),
        R(
            "base-established",
            _r(
                r"\b(?:set\s+up|established|opened|built|erected)\s+(?:[\w'’-]+\s+){0,3}?"
                r"(?:base|headquarters|outpost|military\s+post|camp|command\s+post)\b"
            ),
            SD,
            "Headquarters or base established",
            None,
            0.65,
        ),
        R(
            "looting",
            _r(
                r"\b(?:loot(?:ed|ing)|ransacked|plundered|torched|burned\s+down|burnt\s+down|razed|"
                r"demolished|set\s+(?:fire|ablaze)|vandali[sz]ed)\b|"
                # "hoodlums attacked a warehouse and made away with bags of rice" (a crowd's; a burglar's or
                # raiders' is no looting of its own)
                r"\b(?:hoodlums|looters|rioters|protesters|demonstrators|mobs?|youths|thugs)\b[^.;]{0,80}?"
                r"\b(?:made|make|making|makes)\s+(?:away|off)\s+with\b|"
                # "set a bus on fire", "burned a school", "burnt dozens of homes"
                r"\bset\s+(?:[\w'’-]+\s+){1,3}?(?:on\s+fire|ablaze|alight)\b|"
                # "Gangs burned homes in Croix-des-Bouquets" (no count)
                r"\bburn(?:ed|t)\s+(?:down\s+)?(?:houses|homes|huts|shops|vehicles|cars|trucks|buses|villages|buildings|"
                r"markets|granaries|crops|fields)\b|"
                r"\bburn(?:ed|t)\s+(?:down\s+)?(?:a|an|the|several|dozens\s+of|scores\s+of|hundreds\s+of|\d+|two|three|"
                r"four|five|six|seven|eight|nine|ten)\s+(?:[\w'’-]+\s+)?(?:houses?|homes?|schools?|church(?:es)?|"
                r"mosques?|markets?|shops?|vehicles?|cars?|bus(?:es)?|trucks?|villages?|huts?|buildings?|offices?|"
                r"stations?|granaries|crops|fields|(?:olive\s+|fruit\s+|date\s+)?trees|orchards?|groves?)\b|"
                # crops destroyed: "Settlers uprooted 200 olive trees", "cut down an orchard"
                r"\b(?:uprooted|chopped\s+down|cut\s+down|razed|poisoned|burn(?:ed|t))\s+(?:[\w'’-]+\s+){0,3}?"
                r"(?:(?:olive|fruit|date|almond|lemon)\s+)?(?:trees|saplings|orchards?|groves?|vineyards?|crops)\b"
            ),
            SD,
            "Looting/property destruction",
            None,
            0.65,
        ),
        R(
            "transfer",
            _r(
                # ("took control of the town ... after federal troops withdrew overnight without a fight", "entered
                # the town unopposed", "no shots were fired")
                r"\b(?:handed\s+over|withdrew(?:\s+from)?|pulled\s+out(?:\s+of)?|evacuated\s+(?:their|its)\s+"
                r"positions|took\s+over|took\s+control\s+of|seized|captured|entered|handover\s+of)\b"
                rf"(?=[^.;]{{0,120}}?{_NO_FIGHT})"
            ),
            SD,
            "Non-violent transfer of territory",
            None,
            0.75,
        ),
    )


RULES: tuple[Rule, ...] = _rules()

_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"))
_OPEN = {"“": "”", '"': '"', "«": "»", "‘": "’"}


_OPEN_RE = re.compile('[“"«‘]')


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches inside ``text[start:end]`` (double quotes, guillemets, and ‘…’ longer than 3 words).

    Quotes of one or two words are left out: scare quotes, not speech.
    """
    out = []
    i = start
    while i < end:
        m = _OPEN_RE.search(text, i, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        close = _OPEN[ch]
        j = text.find(close, i + 1, end)
        if ch == "‘" and (j == -1 or text.count(" ", i, j) < 3 or text[j + 1 : j + 2].isalpha()):
            i += 1
            continue
        if j == -1:  # unclosed quote runs to the end of the paragraph/sentence
            j = end
        elif text.count(" ", i, j) < 2:
            # one or two words in quotes are scare quotes in the narrative's own voice (Iraqi jets "destroy" IS
            # depots), not someone's statement: what they hold is told as fact, with a distance
            i = j + 1
            continue
        out.append((i, j + 1))
        i = j + 1
    return out


#: a quote that opens with a count ('"101 militants killed" in Anbar'): a headline quoting someone's figure for
#: what happened, told as fact with a distance — not speech; modality and negation are still checked
_QUOTED_COUNT = re.compile(
    r"\s*(?:(?:some|about|around|at\s+least|over|more\s+than|nearly|almost)\s+)?\d[\d,]*\s+[A-Za-z]",
    re.IGNORECASE,
)


def quoted_count(text: str, quote: tuple[int, int]) -> bool:
    """The quote opens with a count (see :data:`_QUOTED_COUNT`): its actors and victims are the incident's."""
    return bool(_QUOTED_COUNT.match(text, quote[0] + 1))


_SOURCE_WHO = (
    r"(?:sources?|police(?:man|men)?|officers?|officials?|spokes(?:man|woman|person)|witness(?:es)?|residents?|"
    r"monitor|medics?|doctors?|paramedics?|office|ministry|command)"
)
#: a quote that is a source's account of what happened ("A car bomb exploded after a patrol passed," the source told
#: Xinhua): told as fact, unlike a leader's statement or a slogan; modality and negation are still checked
_SOURCE_ACCOUNT = re.compile(
    rf"\s*,?\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?{_SOURCE_WHO}(?:\s+[\w-]+){{0,4}}?\s+(?:said|told|added|"
    rf"reported)\b|"
    rf"\s*,?\s*(?:said|told|added)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?{_SOURCE_WHO}\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|neither|nor|n't|denied|deny|denies|dismissed|rejected|false|fake)\b"
    # ("No Israeli soldiers were reported killed": four words)
    r"(?:\s+[\w'’-]+){0,3}(?:\s+(?:were|was)\s+(?:reported|said|confirmed|believed)(?:\s+to\s+have\s+been)?)?\s*$",
    re.IGNORECASE,
)
_VIOLENCE_SIGN = re.compile(
    r"\b(?:gunshot|bullet|shot|tortur\w*|behead\w*|decapitat\w*|bound|hands\s+tied|execution|stab\w*|"
    r"mutilat\w*|blindfolded|strangled|killed|murdered|mass\s+grave)",
    re.IGNORECASE,
)
#: a deed named as a charge: "on suspicion of looting", "charged with arson", "convicted of attacking"
_CHARGE_BEFORE = re.compile(
    r"\b(?:on\s+suspicion\s+of|suspected\s+of|charged\s+with|convicted\s+of|on\s+charges\s+of|arrested\s+for|"
    r"detained\s+for|jailed\s+for|sentenced\s+for)\s+(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)
_ACCUSED_OF = re.compile(
    r"\baccus\w*\s+(?:[\w'’-]+\s+){1,4}?of\s+(?:staging|carrying\s+out|being\s+behind|launching|conducting|"
    r"orchestrating|faking)\s+(?:the|this|that|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|"
    r"Sunday's)\s+(?:[\w'’-]+\s+)?$",
    re.I,
)
_NO_REPORTS_OF = re.compile(
    r"\b(?:no\s+(?:immediate\s+)?(?:reports?|signs?|indications?|word)|despite\s+(?:earlier\s+|initial\s+)?"
    r"(?:reports?|claims?|rumou?rs?))\s+of\s+(?:any\s+)?(?:[\w-]+\s+)?"
    # (the last of a list of things not reported: "no reports of injuries or arrests", "of deaths, injuries or arrests")
    r"(?:(?:[\w-]+,\s+){0,3}[\w-]+,?\s+(?:or|nor|and)\s+(?:any\s+)?)?$",
    re.I,
)
_DIPLOMATIC_PROTEST = re.compile(
    r"\b(?:summoned|recalled|called\s+in|lodged|sent\s+a\s+(?:note|letter)|filed)\b[^.;]{0,70}\bto\s+"
    r"(?:protest\s+(?:against\s+)?(?:the\s+|its\s+|recent\s+)?(?:[\w'’-]+\s+){0,2})?$"
    # "summoned the Myanmar ambassador to lodge a strong protest"
    r"|\b(?:summoned|recalled|called\s+in)\b[^.;]{0,70}\bto\s+(?:lodge|register|convey|deliver)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
#: the event a gathering marks or mourns: a past one ("to mark forty days since the execution of ...")
_COMMEMORATED = re.compile(
    r"\b(?:to\s+mark|marking|to\s+commemorate|commemorating|in\s+memory\s+of|to\s+mourn|mourning|funerals?|burials?|"
    r"buried)\b"
    r"[^.;]{0,50}?\b(?:since|of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: the claim just told, denied by the other side in the same sentence
_DENIED_AFTER = re.compile(
    r"[^.;]{0,60}?,?\s+but\s+(?:[\w'’-]+\s+){1,3}(?:denied|rejected|disputed)\s+(?:this|that|it|the\s+claim)\b|"
    # "... seized two hills on Monday, a claim the government denied", "..., which the army denied"
    r"[^.;]{0,60}?,\s+(?:a\s+claim|claims|an\s+assertion|which)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}"
    r"(?:denied|denies|rejected|rejects|disputed|disputes)\b",
    re.IGNORECASE,
)
#: a subject that is nobody: "Nobody was arrested", "None of the three missiles was intercepted"
_NOBODY_SUBJECT = re.compile(
    r"\b(?:nobody|no\s+one|none)\b(?:\s+of\b[^.;]{0,60}?)?\s+(?:else\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:yet\s+|reportedly\s+|so\s+far\s+|ever\s+)?[\w-]+(?:\s+(?:down|up))?$",
    re.IGNORECASE,
)
_NEG_SHORT = re.compile(r"\b(?:no|not|never|without|nor|non)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: a negation whose object is one of these words is not about the event ("no casualties in the attack")
_NEG_OTHER = re.compile(
    r"\b(?:casualties|injuries|deaths|damages?|one|claim|responsibility|involvement|"
    r"reports?|word|details)\b",
    re.IGNORECASE,
)
#: a negation's list going on to the trigger: "no injuries or arrests", "no deaths nor arrests"
_NEG_LISTED = re.compile(r"\s(?:or|nor)\s+$", re.IGNORECASE)
_DENIAL_SCOPE = re.compile(
    # ("dismissed as \"fake news\" reports circulating on social media that ...")
    r"\b(?:denied|denies|deny|dismissed|rejected|refuted)\s+(?:[\w'’\"“”-]+\s+){0,4}?(?:reports?|claims?|allegations?|"
    r"accusations?|rumou?rs?|that)\b"
    # "denounces the disinformation relayed by certain media claiming that civilians were killed"
    r"|\b(?:disinformation|misinformation|false\s+(?:reports?|claims?|information)|fake\s+news|propaganda|"
    r"baseless\s+(?:reports?|claims?|allegations?))\b[^.;]{0,80}?\b(?:claiming|alleging|saying|suggesting)\b"
    # a correction's retracted version: "An earlier version of this article said the strike took place in Bahir Dar"
    r"|\ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|item)\b|\bincorrectly\s+(?:said|stated|"
    r"reported|described)\b"
    r"|\b(?:denied|denies|deny)\s+(?:ever\s+|any\s+)?(?:targeting|attacking|shelling|bombing|striking|killing|"
    r"carrying\s+out|being\s+behind|involvement|responsibility|(?:any\s+)?(?:role|part|hand)\s+in)\b"
    r"|\b(?:denied|denies|deny)\s+(?:ever\s+|any\s+|having\s+|carrying\s+out\s+(?:the\s+|an?\s+|any\s+)?)?$",
    re.IGNORECASE,
)
#: a line of one or two words with no stop: a heading
_HEADING = re.compile(r"\s*[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]*:?\s*")
#: a disaster named before the relative clause of its toll: "the canopy collapse in Novi Sad that (killed 15)"
DISASTER_THAT = (
    r"\b(?:collapse|fire|blaze|crash|flood(?:ing|s)?|earthquake|quake|landslides?|disaster|accident|stampede|storm|"
    r"cyclone|outbreak|epidemic|famine|shipwreck|derailment|heatwave)\s+(?:(?:in|at|on|near)\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:that|which)\s+(?:had\s+)?"
)
_DISASTER_THAT = re.compile(DISASTER_THAT + "$", re.IGNORECASE)
_HELD_FOR = re.compile(
    r"\b(?:arrested|detained|charged|convicted|sentenced|jailed|held|prosecuted|indicted)\b[^.;]{0,60}?"
    r"\b(?:for|over|on\s+charges\s+of|accused\s+of|suspected\s+of|in\s+connection\s+with)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_COUNTER_CLAIM = re.compile(
    r"\b(?:and|but)\s+(?:said|says|added|accused|blamed|insisted)\b|,\s*(?:saying|adding|accusing)\b",
    re.IGNORECASE,
)
#: what a side says it answered ("responding to attacks by HTS", "in retaliation for attacks on its troops"): the
#: cause named in general, not an event told
_CAUSE_BEFORE = re.compile(
    r"\b(?:respond(?:ing|ed|s)?\s+to|in\s+response\s+to|in\s+retaliation\s+(?:for|against)|"
    r"retaliat(?:ing|ed|es?)\s+(?:for|against)|reprisals?\s+for|revenge\s+for)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: a protest called for a day to come: "announced a nationwide strike for Thursday", "called a rally for tomorrow"
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announc(?:ed|es|ing)|call(?:ed|s|ing)|declar(?:ed|es|ing)|set|schedul(?:ed|es|ing)|plan(?:s|ned|ning))\s+"
    r"(?:for\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_FOR_A_DAY_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:for|from|starting)\s+(?:next\s+|this\s+(?:coming\s+)?|the\s+coming\s+)?(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next\s+week|the\s+weekend|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b(?![\'’]s)",
    re.IGNORECASE,
)
#: the hour of a deed named as a time of day: "at 10:45, the time the missile hit"
_TIME_OF_BEFORE = re.compile(
    r"\bthe\s+(?:exact\s+)?(?:time|moment|hour|minute)\s+(?:when\s+|that\s+)?(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)
#: a court's or a prosecutor's word for what it does to someone, before what it is for
_TRIED = (
    r"\b(?:sentenc(?:ed|es|ing)|convict(?:ed|s|ing)|jail(?:ed|s|ing)|imprison(?:ed|s|ing)|indict(?:ed|s|ing)|"
    r"acquit(?:ted|s|ting)|tried|prosecut(?:ed|es|ing)|found\s+(?:\w+\s+)?guilty|pleaded\s+guilty|trial)\b"
)
#: a deed named as what someone is tried or punished for: "sentenced three CODECO commanders for the massacre at"
_TRIED_FOR_BEFORE = re.compile(
    _TRIED
    + r"[^.;]{0,80}?\b(?:for|of|over|in\s+connection\s+with|in)\s+(?:the|a|an|their|his|her|its|last\s+year's)\s+"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_TRIED_FOR_WHICH = re.compile(
    _TRIED
    + r"[^.;]{0,80}?\b(?:for|of|over|in\s+connection\s+with)\s+(?:the|a|an|their|his|her|its)\s+[^.;]{0,100}?,\s*"
    r"(?:in|during)\s+which\b[^.;]*$",
    re.IGNORECASE,
)
#: a protest asked for, its day said after it: "have called for a general strike on Wednesday" (the strike's day;
#: a call is no protest whatever day it was made)
_CALLED_FOR_BEFORE = re.compile(
    r"\b(?:call(?:ed|s|ing)\s+for|urg(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:join|observe|hold|stage))\s+"
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_ON_A_DAY_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:on|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"\b(?:could|would|might|(?-i:may)|will|shall|won't|wo\s+n't|plans?\s+to|planning|planned\s+to|threat(?:en|ens|ened|"
    r"ening)?\b|vow(?:s|ed)?\s+to|warn(?:s|ed|ing)?\s+(?:of|that|against|it\s+would)|intends?\s+to|"
    r"prepar(?:e|es|ed|ing)\s+(?:to|for)|if|unless|fears?\s+(?:of|that)|feared(?!\s*$)|risk\s+of|"
    r"possible|potential|"
    r"likely|aims?\s+to|seek(?:s|ing)?\s+to|call(?:s|ed)?\s+for|urg(?:e|es|ed)|would-be|to\s+prevent|in\s+case\s+of|"
    r"ready\s+to|capable\s+of|expected\s+to|in\s+the\s+event\s+of|against\s+any|deter|condemn(?:s|ed)?\s+any|"
    r"hypothetical|retaliat(?:e|ion)\s+for\s+any|promised\s+to|pledged\s+to|want(?:s|ed)?\s+to)\b|"
    # what someone is accused of: "a man they accused of trying to kidnap children", "suspected of plotting attacks"
    r"\b(?:accus(?:ed|ing)|suspected)\s+(?:[\w'’-]+\s+){0,2}?of\s+(?:(?:trying|attempting|plotting|planning)\s+to\s+)?$|"
    # a deed planned or to be stopped, right before the trigger: "helping Russian forces plan missile strikes on
    # port facilities" (not "involved in plotting suicide bombings": those were carried out), "pressed both sides to halt the fighting", "a truce to end the clashes"
    r"(?<![\w-])(?:plan(?:ned|ning)?|halt|halting|stop|stopping|end|ending|ease|easing|pause|pausing|"
    r"freeze|an\s+end\s+to|a\s+halt\s+to|cessation\s+of|fearing(?:\s+a\s+repeat\s+of)?|a\s+repeat\s+of)\s+"
    r"(?:the\s+|all\s+|an?\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
#: a deed told as what is compared with: "the heaviest since a ceasefire was agreed", "the worst since gunmen
#: stormed the town in 2019"
#: a ranking and the "since" of its comparison: "the deadliest attack since", "the heaviest since" (the pipeline reads
#: it too: the past it compares with is not the deed's)
SUPERLATIVE_SINCE = re.compile(
    r"\b(?:\w+iest|worst|biggest|largest|first|most\s+\w+|highest|greatest)\b[^.;]{0,50}?\bsince\b",
    re.IGNORECASE,
)
_SINCE_COMPARED = re.compile(SUPERLATIVE_SINCE.pattern + r"\s+(?:[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
#: a habit told in the present perfect: "has repeatedly intercepted", "have regularly shelled", "has used drones to"
_HABIT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:(?:repeatedly|regularly|routinely|frequently|often|long|increasingly|also)\s+)+$|"
    r"\b(?:has|have)\s+(?:also\s+|increasingly\s+|repeatedly\s+)?used\s+(?:[\w'’-]+\s+){0,4}?(?:to\s+)?$|"
    # ("Moscow says Ukraine is using Western-supplied weapons to strike Russian territory")
    r"\b(?:is|are)\s+(?:increasingly\s+)?using\s+(?:[\w'’-]+\s+){0,4}?to\s+$",
    re.IGNORECASE,
)
#: a day told in the clause: a deed of its own, not a habit ("has used drones to strike a convoy on Sunday")
_DAY_TOLD = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|"
    r"yesterday|today|last\s+night|overnight|this\s+morning)\b"
)
_HABIT_INSIDE = re.compile(
    r"\b(?:has|have)\s+(?:repeatedly|regularly|routinely|frequently|often)\s+(?:intercepted|shot|downed)\b",
    re.I,
)
#: weapons listed as taken: "..., two rifles and a laptop had been seized"
_SEIZED_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:had\s+been|have\s+been|were|was|being)\s+(?:seized|recovered|found|confiscated|"
    r"discovered|captured)\b",
    re.IGNORECASE,
)
#: an act done "in protest" that is no gathering: "suspended contacts with Israel in protest", "resigned in protest"
_GESTURE_BEFORE = re.compile(
    r"\b(?:suspend(?:ed|s|ing)?|resign(?:ed|s|ing)?|walk(?:ed|s|ing)?\s+out|boycott(?:ed|s|ing)?|recall(?:ed|s|ing)?|"
    r"withdr[ae]w(?:s|ing)?|withdrawn|cancel(?:l?ed|s|ling)?|froze|freez(?:es|ing)|frozen|cut\s+(?:off\s+)?ties|"
    r"sever(?:ed|s|ing)?|expel(?:led|s|ling)?|quit(?:s|ting)?|stepped\s+down|postpon(?:ed|es|ing))\b[^.;]{0,100}$",
    re.IGNORECASE,
)
#: a deed ranked in a series after it: "The strike was the third ...", "the attack is the latest in a string of"
_RANKED_AFTER = re.compile(
    r"\s+(?:was|is|marks|marked|became|becomes)\s+(?:the|its)\s+(?:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|most\s+recent)\b",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's|Sunday's)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: a list of things taken, the trigger in it: "seizing rifles, grenades", "confiscated two pistols and a grenade"
_SEIZING_BEFORE = re.compile(
    r"\b(?:seiz(?:ed|ing)|confiscat(?:ed|ing))\s+(?:[\w'’-]+,?\s+){0,6}?(?:(?:and|as\s+well\s+as)\s+)?"
    r"(?:(?:an?|one|two|three|four|five|six|\d+|several|some)\s+)?(?:hand\s+)?$",
    re.IGNORECASE,
)
_MODAL_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:would|could|might|will)\b", re.IGNORECASE)
_GENERIC = re.compile(
    r"\b(?:such|similar|frequent|repeated|regular|recurring|any|future|possible|more|further|previous|past|"
    r"earlier|other\s+such|string\s+of|spate\s+of|wave\s+of|series\s+of|number\s+of|campaign\s+of)\s+"
    r"(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
#: a count right before "more": "two more drones", "12 more"
_COUNTED_MORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|several)\s*$",
    re.IGNORECASE,
)
#: a cluster told as news when a deed follows: "Wave of bombings kills 15", "More air strikes target Shekh Meskin"
_COLLECTIVE = re.compile(r"\b(?:string|spate|wave|series)\s+of\b|^(?:more|further)\b", re.IGNORECASE)
#: the cluster is the subject of a reporting verb in the simple present/past ("... kills 15", "... rocked Baghdad")
_COLLECTIVE_TOLL = re.compile(
    r"(?:\s+(?:in|on|across|against|targeting)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:kill(?:s|ed)?|hit|hits|rock(?:s|ed)?|"
    r"struck|strikes?|leaves?|left|claim(?:s|ed)?|target(?:s|ed)?|pound(?:s|ed)?|(?:(?:was|were)\s+)?carried\s+out)\b",
    re.IGNORECASE,
)
#: a cluster of deeds someone performed: "carried out a series of strikes", "launched a wave of attacks"
_COLLECTIVE_DONE = re.compile(
    r"\b(?:carried\s+out|launched|conducted|staged|unleashed|mounted|made)\s+(?:a|another|the)\s+"
    r"(?:new\s+|fresh\s+|further\s+)?(?:string|spate|wave|series)\s+of\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_HABITUAL_ADVERB = re.compile(
    r"\b(?:repeatedly|regularly|often|frequently|routinely|usually|always|sometimes|typically|occasionally|"
    r"increasingly|only|never|rarely|mostly)\b",
    re.IGNORECASE,
)
#: "6 killed, mostly in air strikes": the adverb shares out a toll between causes, it does not make them habits
_TOLL_SHARE = re.compile(
    r"\b(?:mostly|mainly|largely|most\s+of\s+them)\s+(?:in|by|from|during)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: "Casualties -mostly children- in raids", "killed 12, mainly women": the adverb shares out the victims
_VICTIM_SHARE = re.compile(
    r"\b(?:mostly|mainly|largely)\s+(?:[\w'’-]+\s+){0,2}?(?:children|civilians|women|men|soldiers|fighters|"
    r"militants|rebels|troops|policemen|students|people|refugees|members|elders|kids|boys|girls)\b",
    re.IGNORECASE,
)
#: what a practice named by its gerund is said to be: "Kidnapping for ransom has become a lucrative industry",
#: "Banditry and kidnapping remain rife"
_PRACTICE_AFTER = re.compile(
    r"(?:\s+(?:for|of|by)\s+(?:[\w'’-]+\s+){1,3}?)?\s*(?:has\s+become|have\s+become|is\s+(?:a|an|the)\s+|"
    r"remains?|has\s+(?:long\s+)?been\s+(?:a|an|the)\b|are\s+(?:common|rife|rampant|widespread)|is\s+(?:common|rife|"
    r"rampant|widespread))",
    re.IGNORECASE,
)
_HABITUAL_AFTER = re.compile(
    r"\s*(?:have|has)\s+(?:increased|risen|surged|become|grown|decreased|declined|continued|intensified)|"
    r"\s*(?:are|is)\s+(?:common|frequent|rare|illegal|legal|wrong|unacceptable|a\s+violation|war\s+crimes?)",
    re.IGNORECASE,
)


def trigger_blocked(
    text: str,
    trig: Trigger,
    clause_start: int,
    clause_end: int,
    quotes: Iterable[tuple[int, int]],
    blocked: Iterable[tuple[int, int]] = (),
) -> str | None:
    """Why a trigger is not an incident mention (negated, modal, quoted, generic ...), or None when it stands."""
    for qs, qe in quotes:
        if qs <= trig.start < qe and not _SOURCE_ACCOUNT.match(text, qe) and not quoted_count(text, (qs, qe)):
            return "quoted"
    for bs, be in blocked:
        if bs <= trig.start < be:
            return "anniversary"
    left = text[clause_start : trig.start]
    if ("time " in left[-40:] or "moment " in left[-40:] or "hour " in left[-40:]) and found_in(
        _TIME_OF_BEFORE, left[-40:]
    ):
        return "reference"  # "a minute of silence at 10:45, the time the missile hit": when, of a deed told before
    if found_ci(_TRIED_FOR_BEFORE, left[-140:]) or (
        " which " in left and found_ci(_TRIED_FOR_WHICH, left[-240:])
    ):
        # "a court sentenced three commanders for the massacre at Lala, in which 46 civilians were killed": a trial's,
        # a past deed (and the toll told of it)
        return "reference"
    if (
        clause_end - clause_start <= 40
        and _HEADING.fullmatch(text, clause_start, clause_end)
        and text[:clause_start].rstrip(" \t")[-1:] in ("", "\n")
        and text[clause_end:].lstrip(" \t")[:1] in ("", "\n")
        and text[clause_end:].strip()  # (not a whole text of two words: a headline alone)
    ):
        return "heading"  # a section heading of a digest ("Arrests", "Air strikes"): what follows tells the deeds
    denial = search_in(_DENIAL_SCOPE, left)
    if denial is not None and not found_in(_COUNTER_CLAIM, left[denial.end() :]):
        # ("... denied the claim and said Azerbaijani forces had shelled Jermuk": its own account stands)
        return "denied"
    tail = left[-80:]  # (the substring tests below run for every trigger: one slice)
    if (" that " in tail or " which " in tail) and found_in(_DISASTER_THAT, tail):
        return "disaster"  # "the canopy collapse in Novi Sad that killed 15 people": no deed of anyone's
    if (
        " for " in tail or " over " in tail or "charges" in tail or "connection" in tail or "accused" in tail
    ) and (found_in(_HELD_FOR, left[-120:])):
        return (
            "reason"  # "52 people had been arrested in Nairobi for looting": why they were held, no deed told
        )
    if (
        "recent" in tail or "latest" in tail or "spate" in tail or "wave" in tail or "series" in tail
    ) and found_in(_AFTER_RECENT, left[-60:]):
        # "Officials ordered the evacuation of five villages after the recent attacks": the attacks told or known
        # before, as the cause of something else
        return "generic"
    if (
        ("ondemn" in tail or "enounc" in tail or "riticis" in tail or "riticiz" in tail or "eplor" in tail)
        and found_in(_CONDEMNED, left[-50:])
        # (unless the deed is told right there with its toll: "condemns the massacres that claimed the lives of
        # about 50 civilians" may be its only telling)
        and not _TOLD_AFTER.match(text, trig.end, clause_end)
    ):
        return "condemned"  # "Jordan condemned the air strikes on Gaza": a reaction to strikes told or known
    if (
        trig.rule.sub_event_type == "Abduction/forced disappearance"
        and ("release" in tail or "return" in tail or "rescue" in tail or "freedom" in tail)
        and found_in(_RELEASE_OF, left[-45:])
    ):
        # "marched to demand the release of kidnapped classmates": an abduction told before, as a grievance
        return "generic"
    if trig.rule.name == "explosion" and (
        found_in(_HEARD_BEFORE, left[-45:]) or _HEARD_AFTER.match(text, trig.end) is not None
    ):
        # "residents reported loud explosions near the airport": what was heard, not what happened (the strike
        # behind it is told as such, or not known)
        return "heard"
    if ("no " in tail or "despite" in tail) and found_in(_NO_REPORTS_OF, left[-40:]):
        return "negated"  # "..., with no reports of clashes": nothing happened
    if (
        "summon" in tail
        or "recall" in tail
        or "lodged" in tail
        or "called in" in tail
        or "filed" in tail
        or "sent a" in tail
    ) and found_in(_DIPLOMATIC_PROTEST, tail):
        # "Iraq summoned Turkey's charge d'affaires to protest the strikes": neither a protest nor new strikes
        return "diplomatic"
    if (
        "mark" in tail
        or "commemorat" in tail
        or "memory" in tail
        or "mourn" in tail
        or "uneral" in tail
        or "buri" in tail
    ) and found_in(_COMMEMORATED, left[-70:]):
        return "anniversary"  # "rallies to mark forty days since the execution of two protesters"
    if text.find("deni", trig.end, trig.end + 120) != -1 and _DENIED_AFTER.match(
        text, trig.end, trig.end + 120
    ):
        return "denied"  # "Russia claimed its forces had liberated Tonenke, but Ukraine denied this"
    if (
        (
            trig.rule.kind == "intercept"
            or trig.rule.sub_event_type in ("Arrests", "Abduction/forced disappearance")
        )
        and ("no" in tail.lower())
        and found_in(_NOBODY_SUBJECT, left[-80:] + text[trig.start : trig.end])
    ):
        # "Nobody was arrested", "None of the three Iskander-M missiles was intercepted": the deed did not happen
        # (not for a killing: "no one was killed in the attack" negates the toll, not the attack)
        return "negated"
    neg = search_in(_NEG_SHORT, left[-30:]) or search_in(_NEGATION, left[-40:])
    if neg and (not found_in(_NEG_OTHER, neg.group(0)) or found_in(_NEG_LISTED, neg.group(0))):
        # "no casualties in the attack" negates the casualties, not the attack: only the 3 words before count
        # (but "no injuries or arrests" negates the arrests too: one list of things that did not happen)
        return "negated"
    if found_in(_MODAL, left[-80:]):
        return "modal"
    if (
        trig.rule.name in ("suicide", "ied", "grenade", "car-bomb")
        and (
            _SEIZED_AFTER.match(text, trig.end)
            # "arrested 11 gang members, seizing rifles, grenades and cash": an item of the list the raid took
            or (("seiz" in left[-90:] or "confiscat" in left[-90:]) and found_in(_SEIZING_BEFORE, left[-90:]))
        )
    ):
        return "seized"  # "a suicide vest, two rifles and a laptop had been seized": what a raid took
    if (
        trig.rule.name == "protest"
        and text.startswith("protest", trig.start)
        and left[-4:].lower() == " in "
        and found_in(_GESTURE_BEFORE, left[-120:])
    ):
        return "gesture"  # "Abbas suspended contacts with Israel in protest": a political act, not a demonstration
    if _RANKED_AFTER.match(text, trig.end) and found_in(_DEFINITE_BEFORE, left[-14:]):
        # "The strike was the third targeting SDF officials in Qamishli this month": the deed told before, ranked
        # in a series (its place and month are the series')
        return "ranked"
    if "since" in left[-90:] and found_in(_SINCE_COMPARED, left[-90:]):
        return (
            "compared"  # "the heaviest since a ceasefire was agreed in October": the past deed compared with
        )
    if (found_in(_HABIT_BEFORE, left[-60:]) and not _DAY_TOLD.search(text, clause_start, clause_end)) or (
        trig.rule.kind == "intercept" and _HABIT_INSIDE.search(text, trig.start, trig.end)
    ):
        # "which has repeatedly intercepted rockets", "has used drones to strike supply lines": a habit, no deed
        return "habitual"
    if trig.rule.name in ("projectile-hit", "shelling") and found_ci(
        _RIOT_CONTROL, text, max(clause_start, trig.start - 12), trig.end
    ):
        return "riot-control"  # "police fired tear gas shells": dispersal of a crowd, not an artillery attack
    if (
        trig.rule.name == "attack-noun"
        and text[trig.start : trig.start + 6].lower() == "strike"
        and (
            found_in(
                _LABOUR_STRIKE_RE, text[max(clause_start, trig.start - 40) : min(clause_end, trig.end + 50)]
            )
            or found_in(
                _STRIKE_OFF, text[max(clause_start, trig.start - 40) : min(clause_end, trig.end + 10)]
            )
        )
    ):
        return (
            "labour"  # "joined the strike", "a general strike": workers stopping work, not a military strike
        )
    if trig.rule.name == "bodies-found" and not found_ci(
        # (or in the next sentence: "... found the bodies of six men. They had been shot.")
        _VIOLENCE_SIGN,
        text,
        clause_start,
        min(len(text), _next_sentence_end(text, clause_end)),
    ):
        return "no-violence"  # bodies recovered after a flood or a crash are no attack
    if found_in(_CHARGE_BEFORE, left[-40:]):
        return "charge"  # "arrested 120 people on suspicion of looting": what they are charged with, not a deed told
    if "accus" in left[-70:] and found_in(_ACCUSED_OF, left[-70:]):
        return "blame"  # "denied carrying out the attack and accused the army of staging the strike": the same deed
    if "blam" in left[-60:] and found_in(_MUTUAL_BLAME, left[-60:]):
        return "blame"  # "The army and the M23 blamed each other for the shelling": who says what, of a deed told
    if (
        trig.rule.kind == "generic"
        and trig.plural
        and not trig.definite
        and found_in(_CAUSE_BEFORE, left[-60:])
    ):
        return "cause"
    if trig.rule.name == "violence" and accident(text, clause_start, clause_end):
        # "a helicopter crashed in Helmand, killing two crew members": no political violence
        return "accident"
    if trig.rule.kind == "intercept" and _NOT_INTERCEPTED.search(text, trig.start, trig.end):
        return "negated"  # "the drone had been identified but not intercepted"
    if (
        trig.rule.kind == "generic"
        and found_in(_CLAIMED_DEED_BEFORE, left[-40:])
        # (a follow-up's claim of a deed named by its day is that deed's telling, merged with it when it was told
        # before: "IS-K on Thursday claimed Tuesday's bombing of a minibus in western Kabul")
        and not found_in(_DAYS_DEED_BEFORE, left[-30:])
    ):
        return "claim"  # "Yemen's Houthis claimed the attack": the claim of a deed told, not another deed
    if trig.rule.name in ("regain", "overtake", "captured"):
        vague = _VAGUE_GROUND.match(text, trig.end, clause_end)
        if vague is not None and not _NAME_AFTER.search(text, vague.end(), clause_end):
            return (
                "vague"  # "had liberated several towns from the militia": no place named, a tally of claims
            )
    if trig.rule.name == "abduction" and found_in(_RESCUED_BEFORE, left[-50:]):
        return "earlier"  # "rescued 12 kidnapped villagers": taken before, freed now (the rescue is the deed)
    if (
        trig.rule.kind in ("specific", "generic")
        and found_in(_BACKED_BY_BEFORE, left[-40:])
        and _BACKING_ARMS.search(text, trig.start, trig.end) is not None
        # (only when the ground force's own deed is told: "regime forces, backed by intense shelling, advanced"
        # tells the shelling as the deed)
        and _GROUND_DEED_AFTER.search(text, trig.end, clause_end) is not None
    ):
        # "Somali forces backed by US air strikes killed 15 militants": the support of a ground fight, not the deed
        return "support"
    if (
        trig.rule.name == "protest"
        and found_in(_STRUCK_GATHERING, left[-60:])
        # (not the police firing on it: "Police in Quetta opened fire on a sit-in" is force used on a protest)
        and not found_in(_POLICE_FIRED_ON, left[-100:])
    ):
        return "target"  # "a suicide bomber struck a political rally": the rally is where the attack was
    if (
        trig.rule.name == "protest"
        and _GATHERING_AS_VENUE.match(text, trig.start, trig.end)
        and found_in(_VENUE_BEFORE, left[-80:])
        and found_ci(_ARMED_DEED, text, clause_start, clause_end)
    ):
        # "a bomb exploded at a political rally", "fighters attacked a church during a night vigil": where an
        # attack struck, not a protest
        return "venue"
    if not trig.definite and _MODAL_AFTER.match(text, trig.end, clause_end):
        return "modal"  # "a strike on the Emirates would mark an escalation": hypothetical subject
    g = search_in(_GENERIC, left[-40:])
    if g and found_in(_COLLECTIVE, g.group(0)) and _COLLECTIVE_TOLL.match(text, trig.end, clause_end):
        g = None  # "Wave of bombings kills 15 in Iraq": a told cluster of attacks with its toll, not a generality
    if g and found_in(_COLLECTIVE, g.group(0)) and found_in(_COLLECTIVE_DONE, left[-70:]):
        g = None  # "Israeli warplanes carried out a series of strikes on Khiam": a cluster someone made, told
    if g and _COUNTED_MORE.search(left[: len(left) - len(g.group(0))]) and g.group(0)[:4].lower() == "more":
        g = None  # "two more drones were downed at Ain al-Asad": counted, so told, not a generality
    if g and (trig.plural or not re.match(r"(?:similar|previous|past|earlier)\b", g.group(0), re.IGNORECASE)):
        return "generic"  # "a similar device wounded two soldiers last month" is one past event, not a generality
    if (
        found_in(_HABITUAL_ADVERB, left[-60:])
        and not found_in(_TOLL_SHARE, left[-60:])
        and found_in(_HABITUAL_ADVERB, _VICTIM_SHARE.sub(" ", left[-60:]))
    ):
        return "habitual"
    if trig.plural and not trig.definite and _HABITUAL_AFTER.match(text, trig.end, clause_end):
        return "habitual"
    if (
        not trig.definite
        and not left.strip()
        and text[trig.start : trig.end].lower().endswith("ing")
        and _PRACTICE_AFTER.match(text, trig.end, clause_end)
    ):
        return "habitual"  # "Kidnapping for ransom has become a lucrative industry": a practice, no deed
    # (substring tests first: these run for every trigger, and the words they need are rare)
    low = lowered(text)
    near = low[max(clause_start, trig.start - 90) : trig.start] if low is not None else None
    if (near is None or "prepar" in near) and found_in(_PREPARING_BEFORE, left[-40:]):
        return "modal"  # "accused the RSF of preparing a full assault": an attack not (yet) made
    if (near is None or "since" in near) and found_in(_SINCE_THE_BEFORE, left[-20:]):
        return "earlier"  # "families have arrived in Mugunga since the clashes": the clashes told before
    if (
        near is None or "fle" in near or "esca" in near or "displac" in near or "driven" in near
    ) and found_in(_FLED_BEFORE, left[-30:]):
        return "generic"  # "people who fled earlier fighting": the cause of their flight, not an event told
    clause_low = low[clause_start:clause_end] if low is not None else None
    period = near is None or any(w in near for w in _PERIOD_WORDS)
    trend = clause_low is None or "has " in clause_low or "have " in clause_low
    if left[-10:].lower().rstrip().endswith(("have been", "has been")) and _PERIOD_AFTER.match(
        text, trig.end, min(clause_end + 120, len(text))
    ):
        return "trend"  # "570 Palestinians have been killed by Israeli troops over the same period": a tally
    if left[-5:].lower().rstrip().endswith(("has", "have", "had")) and _PERIOD_AFTER.match(
        text, trig.end, min(clause_end + 120, len(text))
    ):
        return "trend"  # "has killed thousands of civilians in eastern Congo over the past decade"
    if _CALLED_OFF_AFTER.match(text, trig.end, min(clause_end + 60, len(text))):
        return "negated"  # "A planned protest in Nairobi on Tuesday was called off": it did not take place
    if (
        (
            trig.rule.name == "protest"
            and (
                _ANNOUNCED_BEFORE.search(left[-60:])
                # ("have called a transport strike for Thursday": the call is in the trigger's words)
                or text[trig.start : trig.start + 4].lower() in ("call", "anno", "decl")
            )
            and _FOR_A_DAY_AFTER.match(text, trig.end, min(clause_end + 40, len(text)))
        )
        or (
            trig.rule.name == "protest"
            and _CALLED_FOR_BEFORE.search(left[-60:])
            and _ON_A_DAY_AFTER.match(text, trig.end, min(clause_end + 40, len(text)))
        )
    ):
        return "modal"  # "The BNP announced a nationwide strike for Thursday": called for a day to come
    if text.find("been", trig.end, trig.end + 30) != -1 and _STOPPED_AFTER.match(text, trig.end):
        return "negated"  # "Fighting had been largely frozen since a 2020 ceasefire": no fighting told
    if _EASED_AFTER.match(text, trig.end, min(clause_end, trig.end + 60)):
        return "negated"  # "The fighting in Tripoli subsided on Tuesday after a ceasefire": its end, no new fight
    if (period and found_in(_PERIOD, left[-90:])) or (
        trend
        and (
            found_in(_TREND, left)
            or (
                found_in(_TREND, text[clause_start:clause_end])
                and (trig.rule.kind == "generic" or trig.plural or trig.definite)
            )
        )
        and not found_in(_DAY_SAID, text[clause_start:clause_end])
    ):
        # "In the first three months of this year, 120 people were abducted", "has stepped up air strikes in
        # recent weeks", "Kidnappings have resumed", "the fighting has killed 27 since the weekend": a tally or a
        # trend over a period, not one event
        return "trend"
    if ("deadl" in tail or "worst" in tail or "bloodi" in tail) and found_in(_SUPERLATIVE_BEFORE, left[-40:]):
        return "comparison"  # "..., in the deadliest attack this year": the event told, compared
    if (
        text[trig.start : trig.end].lower() in _TALLY_VERBS
        and found_in(_ORDINAL_BEFORE, left[-40:])
        and found_ci(_SO_FAR_AFTER, text, trig.end, clause_end)
    ):
        return "trend"  # "He was the fourth mayor killed in Mexico this year": a count of past events
    if found_in(_NTH_OF, left[-60:]):
        return (
            "counted"  # "It was the third rocket attack on Erbil airport this month": the one told, counted
        )
    if (
        trig.plural
        and not trig.definite
        and trig.start - clause_start < 3
        and _CONTINUED_AFTER.match(text, trig.end, clause_end)
        and not found_in(_DAY_SAID, text[clause_start:clause_end])
    ):
        return "trend"  # "Arrests of activists continued.": more of the same, no event told
    if (
        trig.rule.name == "massacre"
        and text[trig.start : trig.start + 6].lower() == "execut"
        and _JUDICIAL.search(text, clause_start, clause_end)
        and not armed_group_spans(text, ((clause_start, clause_end),))
    ):
        # a state's death sentences carried out: not political violence (ACLED leaves them out); an armed group's
        # "court" sentencing and executing is
        return "judicial"
    return None


#: the flight that a past deed caused: "people who fled earlier fighting" ("thousands flee fighting" is news)
_FLED_BEFORE = re.compile(
    r"\b(?:fled|fleeing|flee|escaped|escaping|displaced\s+by|driven\s+out\s+by)\s+(?:the\s+)?(?:earlier|previous|"
    r"past|(?:years|months|decades)\s+of)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_MUTUAL_BLAME = re.compile(
    r"\bblam(?:ed|es|ing)\s+(?:each\s+other|one\s+another)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: a deed the clause dates itself after: "since the clashes"
_SINCE_THE_BEFORE = re.compile(r"\bsince\s+the\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: the deed as the object of preparing (a later deed in the clause stands: "insurgents who were preparing an
#: ambush ... were killed by a patrol")
_PREPARING_BEFORE = re.compile(
    r"\bprepar(?:e|es|ed|ing)\s+(?:for\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
#: a period of several weeks or more before the deed: a tally ("In the first three months of this year")
_PERIOD = re.compile(
    r"\b(?:in|during|over|for)\s+the\s+(?:first|past|last|previous)\s+(?:[\w-]+\s+)?(?:weeks|months|years)\b|"
    r"\bso\s+far\s+this\s+(?:year|month)\b|\bsince\s+the\s+(?:start|beginning)\s+of\b",
    re.IGNORECASE,
)
_PERIOD_WORDS = ("first", "past", "last", "previous", "so far", "since the")
#: a trend in the present perfect: "has stepped up", "have resumed", "has killed ... since the weekend"
_TREND = re.compile(
    r"\b(?:has|have)\s+(?:(?:sharply|steadily|gradually|dramatically|recently)\s+)?(?:stepped\s+up|ramped\s+up|"
    r"intensified|escalated|increased|resumed|surged|spiked|expanded|multiplied|grown|risen)\b|"
    # a state of things: "Kidnappings have become common on the roads", "killings had become so routine"
    r"\b(?:has|have|had)\s+become\s+(?:so\s+|more\s+|increasingly\s+|all\s+too\s+)?(?:common|commonplace|"
    r"frequent|routine|rampant|widespread|endemic|a\s+daily\s+occurrence)\b|"
    r"\b(?:has|have)\s+(?:now\s+)?(?:killed|left)\b[^.;]{0,60}\b(?:since|so\s+far|in\s+recent|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:decades?|years?|months?))\b|"
    # a war's or a period's toll: "Since the war began, more than 38,700 have been killed", "Syria's war, which
    # began in 2011, has killed more than 500,000", "... have been killed over the same period"
    r"\bsince\s+(?:the\s+)?(?:war|conflict|fighting|offensive|invasion|start|beginning|outbreak)\b[^.;]{0,80}"
    r"\b(?:have|has)\s+been\b|"
    r"\b(?:war|conflict|insurgency)\b[^.;]{0,100}\b(?:has|have)\s+(?:now\s+)?$|"
    r"\b(?:have|has)\s+been\s+(?:killed|wounded|injured|displaced|detained|arrested|abducted|kidnapped)\b"
    r"(?=[^.;]{0,80}\b(?:since|so\s+far|to\s+date|in\s+total|over\s+the\s+same\s+period|this\s+year)\b)",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(
    # (not a series' period: "had shot down a drone ..., the latest of several such claims this year")
    r"(?:(?!\b(?:latest|last|most\s+recent|deadliest|worst|bloodiest|largest|biggest)\s)[^.;]){0,90}?\b(?:since|so\s+far|to\s+date|in\s+total|over\s+the\s+(?:same|past|last)\s+(?:period|decades?|"
    r"years?|months?|\w+\s+(?:days|weeks|months|years|decades))|this\s+year)\b",
    re.IGNORECASE,
)
#: a gathering that did not take place: "... was called off", "... were cancelled"
_CALLED_OFF_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:later\s+)?(?:called\s+off|cancell?ed|"
    r"canceled|postponed|banned|aborted)\b",
    re.IGNORECASE,
)
#: fighting said to have stopped: "Fighting had been largely frozen since a 2020 ceasefire"
_STOPPED_AFTER = re.compile(
    r"\s+(?:had|has|have)\s+been\s+(?:largely\s+|mostly\s+|effectively\s+)?(?:frozen|halted|suspended|paused)\b",
    re.IGNORECASE,
)
_AFTER_RECENT = re.compile(
    r"\b(?:after|following|amid|since|over|because\s+of|due\s+to|in\s+response\s+to|in\s+the\s+wake\s+of)\s+"
    r"(?:the\s+|a\s+)?(?:latest|recent|(?:recent\s+|latest\s+)?(?:spate|wave|series|string)\s+of)\s+$",
    re.IGNORECASE,
)
#: a reaction to a deed named as known ("the strike", "Monday's attack"); an indefinite one may be its only telling
#: ("US condemns 'horrifying' Iraq massacre by ISIL militants")
_CONDEMNED = re.compile(
    r"\b(?:condemned|condemns|condemning|denounced|denounces|criticised|criticized|criticises|criticizes|"
    r"deplored|deplores)\s+(?:the\s+|this\s+|these\s+|Monday's\s+|Tuesday's\s+|Wednesday's\s+|Thursday's\s+|"
    r"Friday's\s+|Saturday's\s+|Sunday's\s+)(?:[\w'’-]+\s+){0,3}"
    # (a list of deeds: "condemned the ambush and the Koronadal bombing")
    r"(?:(?:and|as\s+well\s+as|,)\s+(?:the\s+|this\s+|Monday's\s+|Tuesday's\s+|Wednesday's\s+|Thursday's\s+|"
    r"Friday's\s+|Saturday's\s+|Sunday's\s+)?(?:[\w'’-]+\s+){0,3})?$",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:that|which)\s+(?:killed|claimed|left|wounded|injured|kill|claim)\b", re.IGNORECASE
)
_RELEASE_OF = re.compile(
    r"\b(?:release|return|freedom)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)


def _next_sentence_end(text: str, pos: int) -> int:
    """End of the sentence after ``pos`` (a cheap look: the second full stop after it, at most 200 characters)."""
    first = text.find(".", pos, pos + 200)
    if first == -1:
        return min(len(text), pos + 200)
    second = text.find(".", first + 1, first + 200)
    return second + 1 if second != -1 else min(len(text), first + 200)


_HEARD_BEFORE = re.compile(
    r"\b(?:heard|hear|hearing|reported\s+hearing|sounds?\s+of|reports?\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|"
    # ("residents reported loud explosions"; not "the master reported an explosion nearby": a ship's report of one)
    r"\breported\s+(?:a\s+series\s+of\s+|several\s+|multiple\s+)?(?:loud|heavy|powerful|huge|large|deafening)\s+$",
    re.IGNORECASE,
)
#: a gathering that can be where an attack struck ("at a campaign rally", "during a night vigil")
_GATHERING_AS_VENUE = re.compile(r"rall(?:y|ies)|vigils?|marche?s?\b", re.IGNORECASE)
_VENUE_BEFORE = re.compile(
    r"\b(?:at|during|on|near|outside|into|through|targeting|targeted|struck|hit)\s+(?:an?|the|their|its|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: an armed deed named in the clause (not a crowd broken up: "police fired tear gas at a rally" stays a protest)
_ARMED_DEED = re.compile(
    r"\b(?:bombs?|bomber|bombing|explosions?|exploded|explosive|blasts?|suicide|grenades?|IEDs?|gunmen|militants|"
    r"fighters|jihadists|insurgents|terrorists|attackers|assailants|rebels)\b",
    re.IGNORECASE,
)
#: what backs a ground force: "backed by US air strikes", "with the support of drones", "supported by artillery"
_BACKED_BY_BEFORE = re.compile(
    r"\b(?:backed|supported|aided|covered|assisted)\s+by\s+(?:[\w'’-]+\s+){0,2}$|\bwith\s+(?:the\s+)?"
    r"(?:support|help|backing|cover)\s+(?:of|from)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_GROUND_DEED_AFTER = re.compile(
    r"\b(?:killed|killing|kill|clashed|fought|repel(?:led|s)?|captured|retook|recaptured|attacked|ambushed|stormed|"
    r"seized|overran|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
_BACKING_ARMS = re.compile(
    r"air\s*strikes?|airstrikes?|strikes?|drones?|artillery|shelling|aircraft|jets|warplanes|helicopters?|"
    r"gunships?|bombardments?|air\s+(?:power|support|cover)",
    re.IGNORECASE,
)
#: "Explosions were heard in Kyiv early on Saturday", "blasts could be heard across the city"
_HEARD_AFTER = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been|could\s+be|can\s+be)\s+(?:also\s+)?(?:heard|reported\s+heard)|"
    r"heard)\b",
    re.IGNORECASE,
)
#: the event told, counted among others: "This is the second mortar attack on the airport this year", "It was the
#: latest drone strike on the base"
_NTH_OF = re.compile(
    r"\b(?:is|was|it['’]s|marks?|marked|marking|becomes?|became)\s+(?:the|its|their)\s+(?:second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last)\s+(?:such\s+|similar\s+|major\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: fighting said to ease or stop: "The fighting in Tripoli subsided", "Clashes eased", "shelling died down"
_EASED_AFTER = re.compile(
    r"(?:\s+(?:in|around|near|across)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    r"\s+(?:(?:had|has|have)\s+)?(?:largely\s+|mostly\s+|finally\s+|gradually\s+|later\s+)?(?:subsided|eased|"
    r"abated|died\s+down|calmed(?:\s+down)?|petered\s+out|ceased|halted)\b",
    re.IGNORECASE,
)
#: the event told, ranked: ", in the deadliest attack this year", "in what was the worst violence since 2019"
_SUPERLATIVE_BEFORE = re.compile(
    r"(?:,|\bin|\bas|\bmarking|\bwas|\bis)\s+(?:what\s+(?:was|is|has\s+been)\s+)?(?:the|its|their)\s+"
    r"(?:single\s+)?(?:deadliest|worst|bloodiest)\s+(?:such\s+|single\s+)?$",
    re.IGNORECASE,
)
_TALLY_VERBS = frozenset(
    ("killed", "murdered", "slain", "assassinated", "kidnapped", "abducted", "shot dead")
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:to\s+(?:be|have\s+been)\s+)?$",
    re.IGNORECASE,
)
_SO_FAR_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:this\s+year|so\s+far|since\b|this\s+month|in\s+recent\s+(?:weeks|months|years)|"
    r"in\s+(?:19|20)\d\d|this\s+week)",
    re.IGNORECASE,
)
#: "Arrests of activists continued." with nothing more said ("Clashes continue in Aleppo" tells where: news)
_CONTINUED_AFTER = re.compile(
    r"\s+(?:of\s+(?:[\w'’-]+\s+){1,3}?)?(?:continued|continue|went\s+on|persisted)(?:\s+unabated)?\s*[.;:]?\s*$",
    re.IGNORECASE,
)
#: a day said in the clause: the trend words then tell of a dated event ("Fighting intensified on Tuesday")
_DAY_SAID = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight|"
    r"last\s+night|this\s+morning)\b",
    re.IGNORECASE,
)
_ACCIDENT = re.compile(
    r"\b(?:crash(?:ed|es)?|crash-land(?:ed|s)?|collided|collision|capsized|overturned|accident(?:al(?:ly)?)?|"
    r"malfunction|technical\s+(?:problem|fault|failure|glitch)|mechanical\s+failure|stampede|gas\s+leak|"
    r"(?:gas|cylinder|boiler|transformer)\s+(?:cylinder\s+)?(?:blast|explosion|exploded)|"
    # natural disasters and mishaps: "the earthquake struck central Myanmar, killing 3,000", "a bus plunged into a
    # ravine", "a landslide buried homes"
    r"(?:\d+(?:\.\d)?-magnitude\s+)?(?:earthquakes?|quakes?|tremors?|aftershocks?)|landslides?|mudslides?|"
    r"avalanches?|floods?|flooding|flash\s+floods?|cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?|lightning|"
    r"heatwaves?|plunged\s+(?:into|off|down)|veered\s+off|fell\s+into\s+(?:a|the)\s+(?:ravine|gorge|river)|"
    r"drowned|(?:building|bridge|roof|wall|mine)\s+collapsed?|collapsed?\s+(?:building|bridge|roof|wall))\b",
    re.IGNORECASE,
)
#: what makes a crash an attack after all ("shot down", "downed by militants", "hit by a missile")
_HOSTILE = re.compile(
    r"\b(?:shot\s+down|downed|attack(?:ed|s)?|fired\s+(?:on|at)|targeted|missiles?|rockets?|(?:hit|struck)\s+by|"
    r"ambush(?:ed)?|militants|insurgents|rebels|gunmen|bomb(?:s|ed|ing)?|explosives?|mines?|IED|shot|shooting|"
    r"stabbed|hacked|beheaded|looters?|kidnapp\w*|abduct\w*|(?<!gas\s)(?<!cylinder\s)(?<!boiler\s)blast)\b",
    re.IGNORECASE,
)


_VAGUE_GROUND = re.compile(
    r"[\"”’']?\s+(?:several|many|a\s+number\s+of|some|dozens\s+of|numerous|a\s+string\s+of|a\s+series\s+of|"
    r"scores\s+of|all)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:towns|villages|areas|cities|positions|localities|districts|"
    r"regions|territories)\b",
    re.IGNORECASE,
)
_NOT_INTERCEPTED = re.compile(
    r"\b(?:not|never|n['’]t|failed\s+to\s+be)\s+(?:been\s+|be\s+)?(?:intercepted|shot\s+down|downed|destroyed)\b",
    re.IGNORECASE,
)
#: a deed named by its day: "Tuesday's bombing", "last week's attack", "Sunday night's raid"
_DAYS_DEED_BEFORE = re.compile(
    r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening))?|"
    r"yesterday|last\s+week|last\s+month)['’]s\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CLAIMED_DEED_BEFORE = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|this|that|its|Monday['’]s|"
    r"Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s|Sunday['’]s)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\b[A-Z][a-z]")
_RESCUED_BEFORE = re.compile(
    r"\b(?:rescued|rescuing|freed|freeing|released|releasing|reunited|recovered|returned)\s+(?:(?:at\s+least|some|"
    r"about|more\s+than)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: a gathering named as an attack's target: "struck a political rally", "opened fire on protesters"
_STRUCK_GATHERING = re.compile(
    r"\b(?:struck|strikes|hit|hits|attacked|attacks|targeted|targeting|targets|bombed|stormed|"
    r"opened\s+fire\s+(?:on|at)|fired\s+(?:on|at|into)|blew\s+(?:himself|herself)\s+up\s+(?:at|in|among))\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)

#: the state's forces, a few words before, firing on the gathering named next: "Police in Quetta opened fire on a
#: sit-in", "security forces fired into a rally" (force used on a protest, not an attack on a venue)
_POLICE_FIRED_ON = re.compile(
    r"\b(?:police(?:men)?|gendarmes|gendarmerie|security\s+(?:forces|personnel)|soldiers|troops)\s+(?:(?!and\b|but\b|who\b|after\b|"
    r"as\b|while\b|when\b)[\w'’-]+\s+){0,4}?(?:opened\s+fire\s+(?:on|at)|fired\s+(?:[\w-]+\s+){0,2}?(?:on|at|into|upon)|"
    r"charged|attacked)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def accident(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` tells a crash or an accident and nothing hostile: no political violence."""
    return found_ci(_ACCIDENT, text, start, end) and not found_ci(_HOSTILE, text, start, end)


_JUDICIAL = re.compile(
    r"\b(?:death\s+(?:penalty|sentences?|row)|sentenced|convicted|court|judicial|"
    r"capital\s+punishment|lethal\s+injection|drug\s+offen[cs]es)\b",
    re.IGNORECASE,
)


_DET_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|these|those|its|their|his|her)|['’]s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


#: cheap substring pre-filter per rule (lowercase): a rule's regex only runs when one of these occurs in the range,
#: which skips most of the ~40 patterns for most paragraphs
_KEYS: dict[str, tuple[str, ...]] = {
    "aircraft-downed": ("shot down", "downed", "downing", "downs", "brought down"),
    "intercept-passive": (
        "downs",
        "shoots down",
        "brings down",
        "shot down",
        "shooting down",
        "bringing down",
        "intercept",
        "downed",
        "downing",
        "brought down",
        "neutrali",
        "destroyed",
        "foiled",
        "repelled",
        "thwarted",
    ),
    "intercept-active": (
        "shot down",
        "shoots down",
        "downs",
        "brings down",
        "shooting down",
        "bringing down",
        "intercept",
        "downed",
        "downing",
        "brought down",
        "neutrali",
        "destroyed",
        "foiled",
        "repelled",
        "thwarted",
    ),
    "interceptor": ("iron dome", "c-ram", "patriot", "defen", "anti-aircraft", "sling"),
    "defused": (
        "defus",
        "dismantl",
        "disarm",
        "neutrali",
        "controlled",
        "safely",
        "destroyed by",
        "detonated by",
        "blown up by",
    ),
    "struck-targets": ("struck", "hit", "bombed", "pounded"),
    "leaker-hit": ("struck", "hit", "landed", "fell", "crashed", "slammed", "exploded", "impacted"),
    "bodies-found": ("bodies", "corpses"),
    "forces-struck-targets": ("struck", "hit", "pounded"),
    "state-struck": ("struck", "bombed", "pounded", "shelled", "hit"),
    "seized-weapons": (
        "weapons",
        "arms",
        "cache",
        "ammunition",
        "explosives",
        "rifles",
        "launchers",
        "munitions",
        "pistol",
        "guns",
        "firearm",
        "grenade",
        " ied",
        "explosive device",
        "landmine",
        " mines",
        "detonator",
        "suicide vest",
    ),
    "suicide": ("suicide", "blew", "self-detonat"),
    "chemical": ("chemical", "chlorine", "sarin", "mustard", "toxic", "nerve"),
    "air-strike": ("air", "strike", "raid", "aerial", "drone", "uav", "barrel", "guided", "glid"),
    "aircraft-struck": (
        "dropped",
        "released",
        "struck",
        "hit",
        "bomb",
        "pound",
        "target",
        "attack",
        "strafed",
        "fired",
        "strike",
        "kill",
        "damag",
        "destroy",
    ),
    "shelling": ("shell", "artillery", "bombard", "rocket", "mortar", "missile", "katyusha", "rpg"),
    "projectile-hit": ("rocket", "missile", "projectile", "mortar", "shell", "katyusha", "bomb"),
    "drone-launched": ("drone", "uav", "unmanned", "quadcopter"),
    "car-bomb": ("bomb", "vbied", "booby", "explosive"),
    "ied": ("bomb", "ied", "improvised", "mine", "explosive", "booby", "device"),
    "grenade": ("grenade",),
    "bomb-went-off": ("bomb",),
    "explosion": ("explo", "blast", "detonat", "blew up"),
    "regain": ("recapture", "retook", "retake", "regain", "liberat", "retaken", "free"),
    "overtake": (
        "captured",
        "capturing",
        "seized",
        "seizing",
        "overr",
        "control",
        "took over",
        "fell to",
        "took ",
        "entered",
        "into",
    ),
    "clash": (
        "clash",
        "fight",
        "battle",
        "battling",
        "gunfight",
        "exchange",
        "exchanging",  # (not "exchange" letter for letter)
        "traded",
        "trading",
        "skirmish",
        "fought",
        "shootout",
        "confrontation",
        "engaged",
        "encounter",
    ),
    "ambush": ("ambush",),
    "advance": ("advance", "push"),
    "repel": ("repel", "repuls", "back", "fend"),
    "offensive": ("offensive", "assault", "operation", "advance"),
    "abduction": ("kidnap", "abduct", "hostage", "disappear", "seiz", "snatch"),
    "sexual": ("rape", "sexual"),
    "massacre": ("massacre", "execut", "behead", "lynched", "summarily"),
    "violence": (
        "kill",
        "shot",
        "shoot",
        "gun",
        "fire",
        "stabbed",
        "beat",
        "attacked",
        "storm",
        "raided",
        "murdered",
        "assaulted",
        "hacked",
        "neutrali",
        "martyred",
        "sent to hell",
        "came under",
        "eliminated",
        "assassinat",
        "struck",
        "hit",
    ),
    "target-verb": ("target",),
    "attack-noun": ("attack", "assault", "raid", "strike", "onslaught"),
    "another-wave": ("wave", "salvo", "volley"),
    "mob": (
        "mob",
        "lynch",
        "beat",
        "stoned",
        "demolish",
        "razed",
        "tore down",
        "pulled down",
        "bulldoz",
        "wrecked",
    ),
    "riot": (
        "riot",
        "alight",
        "ablaze",
        "firework",
        "barricade",
        "factions",
        "torched",
        "fire",
        "burn",
        "stone",
        "hurled",
        "stormed",
        "smashed",
        "looted",
        "ransacked",
        "vandal",
        "rocks",
        "pelted",
        "machete",
        "sticks",
        "clubs",
        "knives",
        "bricks",
        "iron rods",
        "supporters clashed",
        "supporters fought",
        "activists clashed",
        "workers clashed",
        "cadres clashed",
        "supporters",
        "activists",
        "party workers",
    ),
    "protest": (
        "protest",
        "tear",
        "demonstrat",
        "rall",
        "sit-in",
        "march",
        "vigil",
        "gathered",
        "assembled",
        "dispers",
        "break up",
        "broke up",
        "breaking up",
        "broken up",
        "strike",
        "hartal",
        "blockaded",
        "blocked",
        "barricaded",
    ),
    "arrest": ("arrest", "detain", "apprehend", "rounded up", "custody", "detention"),
    "captured": ("captured",),
    "agreement": (
        "ceasefire",
        "cease-fire",
        "truce",
        "peace",
        "agreement",
        "deal",
        "accord",
        "prisoner",
        "captive",
        "pows",
        "detainee",
        "bodies of",
    ),
    "base-established": ("base", "headquarters", "outpost", "post", "camp"),
    "looting": (
        "hoodlums",
        "looters",
        "rioters",
        "protesters",
        "demonstrators",
        "mob",
        "youths",
        "thugs",
        "loot",
        "ransack",
        "plunder",
        "torched",
        "burn",
        "razed",
        "demolish",
        "set fire",
        "set ablaze",
        "vandal",
        "on fire",
        "ablaze",
        "alight",
        "uproot",
        "chopped down",
        "cut down",
        "poisoned",
    ),
    "transfer": ("without", "peacefully", "under a", "under an", "under the"),
}


#: third-person verbs of headline style ("Air strikes kill", "Gunman kills 3"): a trigger ending in one is a deed,
#: not a bare plural noun ("drone strikes are illegal"), so it gets no plural penalty
_VERB_S = frozenset(
    [
        "kills",
        "hits",
        "strikes",
        "bombs",
        "pounds",
        "targets",
        "attacks",
        "lands",
        "slams",
        "explodes",
        "detonates",
        "blows",
        "executes",
        "beheads",
        "kidnaps",
        "abducts",
        "liberates",
        "retakes",
        "recaptures",
        "battles",
        "fights",
        "shoots",
        "guns",
        "opens",
        "shells",
    ]
)
_NOUN_RULES = frozenset({"air-strike", "attack-noun"})

_KEY_SETS = {name: frozenset(keys) for name, keys in _KEYS.items()}
_ALL_KEYS = frozenset(k for keys in _KEYS.values() for k in keys)
#: every key is lowercase ASCII (what :func:`trigger_keys_in` relies on)
_KEYS_ASCII = all(k.isascii() and k == k.lower() for k in _ALL_KEYS)
#: rules (indices into :data:`RULES`) by pre-filter key, and those without keys (always tried): a range runs
#: the rules of the keys it holds, in :data:`RULES` order, without visiting the other ~35 rules
_RULES_BY_KEY: dict[str, tuple[int, ...]] = {
    k: tuple(i for i, r in enumerate(RULES) if k in _KEY_SETS.get(r.name, ())) for k in _ALL_KEYS
}
_UNKEYED_RULES = tuple(i for i, r in enumerate(RULES) if r.name not in _KEY_SETS)


for _rule in RULES:  # each rule is tried only at the word starts of its stems (see find_triggers)
    SHARED_STEMS.add(_rule.pattern)


def _rule_stems() -> StemIndex:
    """Where each rule can match: the word starts of its stems, from the report's one automaton pass (built on
    first use, never at import)."""
    return SHARED_STEMS.index


@functools.cache
def _key_automaton():
    """Aho-Corasick automaton over every pre-filter key (built on first use, never at import)."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for k in _ALL_KEYS:
        auto.add_word(k, k)
    auto.make_automaton()
    return auto


def trigger_keys(text: str) -> frozenset[str]:
    """The pre-filter keys present in ``text`` (compute once per report and pass to :func:`find_triggers`).

    One Aho-Corasick pass over the text instead of one substring search per key (~200 keys).
    """
    return frozenset(map(itemgetter(1), _key_automaton().iter(text.lower())))


def trigger_keys_in(text: str, ranges: Sequence[tuple[int, int]]) -> list[frozenset[str]] | None:
    """The pre-filter keys in each of ``ranges`` (sorted, disjoint) of ``text``, from one automaton pass.

    The same sets as ``k in text[s:e].lower()`` for each key (what :func:`find_triggers` tests), given that the keys
    are ASCII and lowercasing keeps every offset; None otherwise (or for unsorted ranges): test per range then.
    """
    low = text.lower()
    if not _KEYS_ASCII or len(low) != len(text) or any(b[0] < a[1] for a, b in itertools.pairwise(ranges)):
        return None
    # the keys inside each range, from one automaton pass over the text (a pass per range with ``iter(low, s, e)``
    # costs more than its range in pyahocorasick: quadratic over a long report's thousands of sentences)
    if not ranges:
        return []
    starts = [s for s, _ in ranges]
    found: list[set[str]] = [set() for _ in ranges]
    lo, hi = ranges[0][0], ranges[-1][1]
    for last, key in _key_automaton().iter(low, lo, hi):
        first = last - len(key) + 1
        k = bisect.bisect_right(starts, first) - 1
        if k >= 0 and last < ranges[k][1]:
            found[k].add(key)
    return [frozenset(f) for f in found]


def find_triggers(
    text: str,
    start: int,
    end: int,
    *,
    present: frozenset[str] | None = None,
    present_here: frozenset[str] | None = None,
) -> list[Trigger]:
    """Every rule match in ``text[start:end]`` (overlaps kept: typing decides among them per clause).

    ``present`` (from :func:`trigger_keys` over the whole report) narrows the per-range key check;
    ``present_here`` (from :func:`trigger_keys_in`) is that check's answer for this range.
    """
    out: list[Trigger] = []
    if present_here is not None:
        present = present_here
    else:
        low = text[start:end].lower()
        present = frozenset(k for k in (_ALL_KEYS if present is None else present) if k in low)
    todo = set(_UNKEYED_RULES)
    for k in present:
        todo.update(_RULES_BY_KEY.get(k, ()))
    for i in sorted(todo):
        rule = RULES[i]
        for m in matches_indexed(rule.pattern, _rule_stems(), text, start, end):
            surface = m.group(0)
            weapon = rule.weapon or weapon_of(without_struck_arms(surface))
            last = surface.split()[-1].lower() if surface.split() else ""
            plural = (
                last.endswith("s")
                and not last.endswith("ss")
                and not (last in _VERB_S and rule.name not in _NOUN_RULES)
            )
            definite = found_ci(_DET_BEFORE, text, max(start, m.start() - 30), m.start())
            out.append(Trigger(m.start(), m.end(), rule, weapon, plural, definite))
    crowd = [(t.start, t.end) for t in out if t.rule.name in ("riot", "mob")]
    if crowd:
        # "supporters of rival candidates fought with stones", "A mob lynched two men": the crowd's deed, not a
        # second one ("fought", "lynched" right after the mob)
        out = [
            t
            for t in out
            if t.rule.name in ("riot", "mob")
            or not any(
                (a <= t.start and t.end <= b)
                or (
                    b <= t.start <= b + 30
                    and t.rule.name in ("massacre", "violence")
                    and "." not in text[b : t.start]
                )
                for a, b in crowd
            )
        ]
    seized = [(t.start, t.end) for t in out if t.rule.name == "seized-weapons"]
    if seized:
        # "Police seized 14 pistols and two grenades", "seized three IEDs": what was seized is no attack with it,
        # and weapons seized are no territory
        out = [
            t
            for t in out
            if t.rule.name == "seized-weapons"
            or not any(
                (a <= t.start < b)
                or (b <= t.start < b + 80 and _SEIZED_MORE.fullmatch(text, b, t.start) is not None)
                for a, b in seized
            )
        ]
    taken = [t.end for t in out if t.rule.name in ("overtake", "regain")]
    if taken:
        # "overran the base ... and captured dozens of soldiers": the captives were taken in the takeover
        out = [
            t
            for t in out
            if t.rule.name != "captured"
            or not any(e <= t.start <= e + 100 and not re.search(r"[.;]", text[e : t.start]) for e in taken)
        ]
    out.sort(key=lambda t: (t.start, -t.end))
    return out
