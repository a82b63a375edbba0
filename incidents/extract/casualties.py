"""Fatalities, injuries and munition counts from a clause, conservatively.

Rules (ACLED's "conservative integer"):

- numbers in words or digits: "three soldiers were killed", "killing 12", "left 5 dead", "death toll rose to 7";
- "at least 5" -> 5; "more than 5"/"over 5" -> 5 (a lower bound is still a bound we can defend);
  "5 to 7"/"5-7"/"between 5 and 7" -> 5 with ``*_max`` = 7; "up to 7" -> unknown minimum, ``*_max`` = 7;
- vague quantities are read as the smallest count they can mean: "several" 3, "a dozen" 12, "dozens" 24,
  "scores" 40, "hundreds" 200; a singular victim ("a soldier was killed", "killing a child") is 1;
- a list of named people ("Soleimani and Muhandis were killed") counts the names;
- "no casualties", "no one was hurt", "without casualties" -> 0 for both; "no deaths"/"no one was killed" -> 0
  fatalities only; "no injuries" -> 0 injuries only; "no immediate reports of casualties" is *not* zero (unknown);
- nothing said -> None (never 0).

Munitions: a number directly before a weapon noun, allowing up to three modifiers ("two fixed-wing drones",
"two other explosive-laden drones", "six Katyusha rockets"); "a drone"/"an explosive-laden drone" counts 1 because
the singular says one; "drones" alone -> None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from incidents.dates import NUMBER_RE, number_value
from incidents.extract.events import weapon_of
from incidents.textscan import lowered, matches_ci

__all__ = ["Casualties", "downed_share", "find_casualties", "munitions_count", "running_toll", "share_count"]


@dataclass(frozen=True, slots=True)
class Casualties:
    """Counts found in one clause; None means not said."""

    fatalities: int | None = None
    fatalities_max: int | None = None
    injuries: int | None = None
    injuries_max: int | None = None
    spans: tuple[tuple[int, int], ...] = ()


#: vague counts as numbers: ACLED's conservative convention ("ACLED codes 10 for 'tens', 12 for 'dozens', 100 for
#: 'hundreds'", ACLED fatality FAQ, 2024); the smallest number the word can mean for the others
_VAGUE = {
    "several": 3,
    "a few": 2,
    "few": 2,
    "a number of": 2,
    "tens of": 10,
    "dozens": 12,
    "dozens of": 12,
    "scores": 20,
    "scores of": 20,
    "hundreds": 100,
    "hundreds of": 100,
    "many": 2,
    "a dozen": 12,
}
#: (a unit word only after a tens word: "twenty-one"; "09:12 Two people were killed" is a clock time, then two)
_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|"
    rf"nine)\b|{NUMBER_RE})"
)
#: a count of dozens, hundreds or thousands: "two dozen", "several hundred", "3 thousand" (not "dozens")
_TIMES = r"(?:dozen|hundred|thousand)(?![\w-])"
_TIMES_VALUE = {"dozen": 12, "hundred": 100, "thousand": 1000}
_QTY = (
    rf"(?P<q>(?:at\s+least|more\s+than|over|nearly|almost|around|about|some|up\s+to|as\s+many\s+as|roughly|"
    rf"an\s+estimated)\s+)?(?:(?P<lo>{_NUM})(?:\s+(?P<mul>{_TIMES}))?(?:\s*(?:-|–|to|or)\s*(?P<hi>{_NUM})"
    rf"(?:\s+(?P<hmul>{_TIMES}))?)?|between\s+(?P<blo>{_NUM})\s+and\s+"
    rf"(?P<bhi>{_NUM})|(?P<vague>several|a\s+few|a\s+number\s+of|tens\s+of|dozens(?:\s+of)?|scores(?:\s+of)?|"
    rf"hundreds(?:\s+of)?|many)(?:\s+(?P<vmul>{_TIMES}))?)"
)
_WHO = (
    # ("an unknown number of people" is no count, "a number of people" a vague one)
    r"(?:(?:(?!and\b|or\b|were\b|was\b|on\b|in\b|at\b|with\b|near\b|by\b|from\b|after\b|said\b|says\b|told\b|"
    # (nor a second quantity: "In January 2025 about thirty civilians" is thirty, not 2025)
    r"reported\b|confirmed\b|number\b|about\b|around\b|nearly\b|some\b|approximately\b|roughly\b|"
    # (but "7 casualties including four children killed" is seven)
    r"(?<!including\s)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)\b|\d)[\w'’.-]+\s+){0,4}?(?:people|persons|civilians|soldiers|troops|servicemen|service\s+members|militants|"
    r"fighters|insurgents|rebels|policemen|police\s+officers|officers|guards|members|children|women|men|villagers|"
    r"farmers|workers|passengers|worshippers|students|residents|pilgrims|protesters|demonstrators|journalists|"
    r"others|attackers|gunmen|combatants|personnel|recruits|shoppers|bystanders|family\s+members|paramilitaries|"
    r"militiamen|jihadists|shepherds|leaders|commanders|officials|snipers|medics|extremists|terrorists|assailants|"
    # (a force's own words for its men: "two guardsmen were wounded", "three village volunteers were killed")
    r"guardsmen|volunteers|vigilantes|auxiliaries|pupils|occupants|"
    r"suspects|marines|sailors|airmen|paratroopers|commandos|herders|herdsmen|traders|fishermen|miners|teachers|"
    r"doctors|nurses|patients|refugees|migrants|hostages|prisoners|detainees|inmates|mourners|guests|drivers|"
    r"labou?rers|thieves|robbers|looters|nationals|citizens|foreigners|tourists|expatriates|"
    r"maoists|naxals|naxalites|khwarij|khawarij|cadres|guerrillas|jawans|constables|gendarmes|rangers|dissidents|"
    r"peacekeepers|crew\s+members|crewmen|seafarers|"
    r"more(?!\s+than)|"
    r"relatives|(?:a|an|one)\s+[\w-]+|child|woman|man|soldier|civilian|policeman|officer|fighter|militant|"
    r"person|guard|boy|girl|journalist|worker|farmer|teenager|contractor|student|protester|demonstrator|"
    r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese)))\b"
    # "Nine members of the Islamic State", "two residents from Kabul": whose people they were
    # (a unit's number too: "two soldiers of the Army's 20th Infantry Battalion")
    # ("three suspected members of the communist New People's Army": a word of kind before the name)
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[“\"][^”\"]{1,40}[”\"]|(?:(?-i:[a-z])[a-z-]+\s+)?(?-i:[A-Z0-9])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z0-9])[\w'’-]*){0,3}|"
    # ("Six members of the security forces", "three members of a family")
    r"(?:an?\s+|their\s+|his\s+|her\s+|one\s+|the\s+same\s+)?(?:[\w-]+\s+){0,2}?(?:forces|police|army|military|"
    r"militia|family|families|household|group|unit|community|tribe|clan|crew)\b))?"
    # (both sides' dead in one count: "seven fighters from both sides", "12 people on either side")
    r"(?:\s+(?:from|on|of)\s+(?:both|either|each)\s+sides?\b)?)?"
)
#: who they were, set off between commas: "Five people, among them a 15-year-old boy, were shot dead"
_ASIDE = (
    r"(?:\s*,\s*(?:among\s+them|including|(?:most|many|all|some)\s+of\s+them|of\s+whom|"
    # ("Thirty-two people, mostly herders, were killed")
    r"mostly|mainly|largely|chiefly|predominantly|many|most|all)\b[^,.;:]{1,60},|"
    # without commas: "21 civilians including 13 children were killed" (the children are among the 21)
    r"\s+(?:including|among\s+them)\s+[^,.;:]{1,50}?(?=\s+(?:were|was|have|had|are)\b)|"
    # their names: "Two constables, Constable Zahid Khan and Constable Imran Ali, were killed"
    r"\s*,\s*(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:[A-Z][\w'’.-]*)|and|bin|ibn|al-\w+|de|van))"
    r"{1,9},(?=\s+(?:were|have|had|are|was|has)\b)|"
    # who they were: "Two civilians, a man and a woman, were killed"
    r"\s*,\s*(?:an?|two|three|four|five|both)\s+[^,.;:]{1,40}?\b(?:man|woman|boy|girl|child|children|men|women|"
    r"brothers|sisters|teenagers?|couple|mother|father|son|daughter)\b[^,.;:]{0,20},|"
    # who they were, between dashes: "Thirteen peacekeepers - nine South Africans, three Malawians and one
    # Uruguayan - were killed"; "nine of them South Africans" between commas
    r"\s+[-–—]\s+[^-–—.;:()]{1,80}?\s+[-–—](?=\s+(?:were|have|had|are|was|has)\b)|"
    r"\s*,\s*(?:[\w-]+\s+)of\s+(?:them|whom)\s+[^,.;:]{1,40},(?=\s+(?:were|have|had|are|was|has)\b)|"
    # a longer aside, with the verb right after it: "At least nine people, most of them civilians who had gathered at
    # the Lido beach restaurant for dinner, were killed"
    r"\s*,\s*(?:most|many|all|some|mostly|mainly)\s+(?:of\s+them\s+)?[^,.;:]{1,110},"
    r"(?=\s+(?:were|have|had|are|was|has)\b))?"
)
_QTY_ANON = re.sub(r"\(\?P<\w+>", "(?:", _QTY)
#: a family and its size, the count of its members: "a family of five", "an entire family of six people"
_FAMILY_OF = rf"(?:an?|one|the)\s+(?:(?:entire|whole|same)\s+)?family\s+of\s+{_QTY}\b(?:\s+(?:people|persons|members))?"
#: the people a military says it "neutralised" or "eliminated"
_ENEMY = (
    r"(?:[\w'’-]+\s+){0,3}?(?:terrorists|militants|insurgents|fighters|rebels|jihadists|bandits|gunmen|attackers|"
    r"assailants|extremists|members|elements|soldiers|troops|servicemen|people|enemy|khwarij|khawarij|militiamen|"
    r"combatants|criminals|cadres|maoists|naxals|infiltrators|guerrillas|pirates|smugglers|kidnappers|operatives|"
    r"commanders|leaders)\b"
)
#: one of them: "neutralised a terrorist", "one militant was eliminated"
_NEUTRALISED_WORD = re.compile(r"neutrali[sz]|eliminat", re.IGNORECASE)
_ENEMY_ONE = (
    r"(?:terrorist|militant|insurgent|fighter|rebel|jihadist|bandit|gunman|attacker|assailant|extremist|"
    r"infiltrator|guerrilla|maoist|naxal|naxalite|cadre|kidnapper|pirate|commander|khariji)"
)
#: "die"/"dies": headline present tense ("11 die as suicide bomber targets worshippers")
_KILL = (
    r"(?:killed|dead|died|dies|die|slain|martyred|lost\s+their\s+lives|laid\s+down\s+their\s+lives|perished|murdered|executed|beheaded|"
    r"decapitated|shot\s+dead|sent\s+to\s+hell|embraced\s+(?:martyrdom|shahadat)|neutrali[sz]ed|eliminated|"
    r"shot\s+to\s+death|fatally\s+shot|(?:hacked|beaten|stabbed|burned|burnt)\s+to\s+death|were\s+fatalities)"
)
_HURT = r"(?:wounded|injured|hurt|hospitali[sz]ed|maimed)"

_FAT_RE = (
    re.compile(
        rf"\b{_QTY}\s+(?:{_WHO}{_ASIDE}(?:\s+of\s+(?:the|them|those)(?:\s+(?:wounded|injured))?)?"
        # (a part of the dead counted before: "Four of them were killed in gun battles", "Three of the dead were
        # killed when a drone struck their car" -- whose those are is the pipeline's question)
        rf"|of\s+(?:them|the\s+(?:dead|victims)))"
        # ("four soldiers and an unknown number of attackers were killed": the four are counted)
        rf"(?:\s+and\s+an?\s+(?:unknown|undisclosed|unspecified|unconfirmed|undetermined)\s+number\s+of\s+"
        rf"(?:[\w'’-]+\s+)?[\w'’-]+"
        # ("6 policemen and civilians were killed": the six are counted; not "four soldiers and six militants")
        rf"|\s+and\s+(?:other\s+|several\s+|some\s+|many\s+)?(?:(?!\d|(?:one|two|three|four|five|six|seven|"
        rf"eight|nine|ten|eleven|twelve|an?|dozens?|scores|hundreds|several|at)\b)[\w'’-]+\s+)?(?:civilians|villagers|"
        rf"residents|passengers|companions|relatives|patients|staff|children|women|"
        rf"soldiers|policemen|auxiliaries|militiamen|volunteers|attackers|militants|fighters|others|workers|"
        # ("50 soldiers and VDP were killed": the army's civilian auxiliaries in Burkina Faso, the dozo hunters)
        rf"VDP|police|gendarmes|security\s+forces|dozos?|militia|hunters|"
        # ("At least 20 soldiers and VDP members were killed": the twenty are both groups' dead)
        rf"members|personnel))?\s*"
        # (who they were, between dashes after the list: "peacekeepers and soldiers - nine South Africans ... -")
        rf"(?:[-–—]\s+[^-–—.;:()]{{1,80}}?\s+[-–—]\s+(?=(?:were|have|had|are|was|has)\b))?"
        # ("the five soldiers who were killed when their truck hit a mine"; "Two villagers who tried to flee were shot
        # dead": a short relative clause of their own deed first)
        rf"(?:(?:who|that)\s+(?:(?!were\b|was\b|had\b|have\b|are\b)[a-z][\w'’-]*\s+){{1,4}}?(?=(?:were|was)\s))?"
        rf"(?:(?:who|that)\s+)?"
        # ("two fighters were reported killed", "were reported to have been killed")
        rf"(?:(?:were|was|have\s+been|had\s+been|had|have|has|are|being|reportedly|allegedly|said|believed|"
        rf"feared|confirmed|reported|to\s+have\s+been|also|later|subsequently|now|since|on\s+\w+day)\s+)*"
        rf"(?:(?:wounded|injured|hurt|shot|stabbed|beaten|attacked)\s+(?:and|or)\s+)?{_KILL}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:killing|killed|kills|kill|martyring|claimed\s+the\s+lives\s+of|claims?\s+(?:the\s+)?lives\s+of|left|"
        rf"leaves|leaving|executed|executes|executing|massacred|massacres|beheaded|beheading|beheads|"
        rf"shot\s+dead|shoots?\s+dead|gunned\s+down|guns?\s+down|shooting\s+dead|fatally\s+shoots?|fatally\s+shot|"
        rf"murdered|assassinated|(?:hacked|stabbed|beaten|burned|burnt|bludgeoned|lynched)\s+to\s+death|"
        # (of people only: "eliminating 40 positions" is a budget cut)
        rf"(?:neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))(?=[\"”’']?\s+{_QTY_ANON}\s+(?:{_ENEMY}|of\s+them\b)))[\"”’']?\s+{_QTY}(?!\s+(?:days?|hours?|weeks?|months?|years?|minutes?|nights?|decades?)\b)"
        # ("killing an unknown number of people" counts nobody; "a number of people" is a vague count)
        rf"\b(?!\s+(?:[\w-]+\s+)?number\b)"
        rf"(?:\s+{_WHO})?"
        rf"(?:\s+dead)?",
        re.IGNORECASE,
    ),
    re.compile(
        # (the last figure said: "the toll stood at 18 on Tuesday and rose to 26 on Wednesday" is 26)
        # ("The number of Maoists killed rose to 18 on Monday")
        rf"\b(?:death\s+toll|toll|number\s+of\s+(?:[\w'’-]+\s+){{0,2}}?(?:killed|dead|deaths|fatalities|victims))\b"
        rf"[^.;]{{0,100}}\b(?:has\s+|had\s+)?(?:rose|risen|reached|climbed|"
        rf"jumped|increased|stands|stood|put)\s+(?:\w+\s+)?(?:to|at)\s+{_QTY}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:death\s+toll|toll|fatalities|deaths)\s+(?:[\w'’-]+\s+){{0,3}}?(?:rose|reached|climbed|"
        rf"stood|stands|is|was|of|at|to|jumped|increased)\s+(?:to\s+|at\s+)?{_QTY}\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_QTY}\s+(?:deaths|fatalities|dead|martyrs)\b", re.IGNORECASE),
    # "a mob beat two men to death", "lynched three suspects"
    re.compile(
        rf"\b(?:beat|beaten|hacked|stabbed|burned|burnt|stoned)\s+{_QTY}\s+{_WHO}\s+to\s+death", re.IGNORECASE
    ),
    re.compile(rf"\blynch(?:ed|ing)\s+{_QTY}\s+{_WHO}", re.IGNORECASE),
    # "responsible for the killing of at least 15 civilians"
    # (a counted number: "the killing of a local activist" is the cause a protest gives, told as one person)
    re.compile(
        rf"\b(?:killing|killings|deaths|murder)\s+of\s+(?P<q>(?:at\s+least|more\s+than|over|nearly|some|about|"
        rf"around)\s+)?(?P<lo>\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
        rf"[a-z]+ty)(?:[- ][a-z]+)?)\s+{_WHO}",
        re.IGNORECASE,
    ),
    # "found the bodies of five men with gunshot wounds"
    re.compile(rf"\b(?:bodies|corpses)\s+of\s+{_QTY}\s+{_WHO}", re.IGNORECASE),
    # "bringing the number of dead to four", "raising the number of those killed to 12"
    re.compile(
        rf"\b(?:bringing|brought|raising|raised|taking|took|pushing|pushed)\s+the\s+(?:total\s+)?number\s+of\s+"
        rf"(?:dead|deaths|fatalities|victims|those\s+killed|people\s+killed)\s+(?:\w+\s+)?to\s+{_QTY}\b",
        re.IGNORECASE,
    ),
    # another source's figure: "the police gave a lower figure of nine"
    re.compile(
        rf"\b(?:a|an|the)\s+(?:lower|higher|different|smaller|larger|revised|official|provisional)\s+(?:death\s+)?"
        rf"(?:toll|figure|count|number)\s+of\s+{_QTY}\b",
        re.IGNORECASE,
    ),
    # a family told by its size: "killing a family of five", "wiped out an entire family of six people"
    re.compile(
        rf"\b(?:killing|killed|kills|kill|massacred|massacring|wiped\s+out|wiping\s+out)\s+{_FAMILY_OF}",
        re.IGNORECASE,
    ),
    # ... and before the verb: "A family of five was killed", "a family of four were burned to death"
    re.compile(
        rf"\b{_FAMILY_OF}\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|all|reportedly)\s+)*{_KILL}\b",
        re.IGNORECASE,
    ),  # people seized, then killed: "rounded up 20 villagers and shot them", "abducted six farmers and later
    # executed them" (the count is said once, before the deed that killed them)
    re.compile(
        rf"\b(?:rounded\s+up|lined\s+up|abducted|kidnapped|seized|captured|detained|dragged\s+out|pulled\s+out)\s+"
        rf"{_QTY}\s+{_WHO}[^.;:]{{0,60}}?\band\s+(?:then\s+|later\s+)?(?:shot|killed|executed|massacred|murdered|"
        rf"slaughtered|beheaded|gunned\s+down|shot\s+dead|summarily\s+executed)\s+(?:all\s+of\s+)?them\b",
        re.IGNORECASE,
    ),
    # one enemy "neutralised": "Troops neutralised a terrorist", "one militant was eliminated" (the military's word
    # for killing its enemy, as "neutralised four terrorists" above; of people only)
    re.compile(
        rf"\b(?:neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))\s+(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,2}}?"
        rf"{_ENEMY_ONE}\b(?![\w'’-])"
        rf"|\b(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,2}}?{_ENEMY_ONE}\s+(?:was|had\s+been|has\s+been)\s+"
        rf"(?:neutrali[sz]ed|eliminated)\b",
        re.IGNORECASE,
    ),
)
#: the dead counted as bodies seen or taken away: "had seen at least eight bodies in the streets", "rescuers recovered
#: 12 bodies", "Five bodies were found" (not "two UN bodies condemned the attack": a body of people); a witness's
#: count, used only when no toll is told beside it ("58 bodies had been buried; the army said 22 civilians were
#: killed" is 22, the conservative figure)
_BODIES_SEEN = re.compile(
    rf"(?:\b(?P<seen>seen|saw|see|sees|seeing|counted|counting|found|finding|recovered|recovering|retrieved|"
    rf"pulled|collected|buried|burying|discovered|identified|received|exhumed|unearthed)\s+(?:out\s+)?)?"
    rf"\b{_QTY}\s+(?:[\w'’-]+\s+)?(?:bodies|corpses)\b(?(seen)|(?:"
    rf"\s+(?:(?:were|had\s+been|have\s+been|was|also)\s+)+(?:found|recovered|retrieved|pulled|discovered|"
    rf"seen|dumped|buried|identified|exhumed|lying|strewn|brought|taken)\b|\s+(?:lay|lying|littered|strewn)\b))",
    re.IGNORECASE,
)
#: brought to hospital with wounds: "was taken to hospital with shrapnel wounds", "were rushed to a hospital for
#: injuries" (the wounds named: "taken to hospital" alone may be a body, or a check-up)
_TO_HOSPITAL = (
    r"(?:taken|rushed|brought|admitted|airlifted|evacuated|transferred|transported)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:[\w-]+\s+)?hospital\s+(?:with|for)"
)
#: (not one hurt who then died: "after a wounded officer died in hospital" is a death, counted as one)
_NOT_DIED = r"(?!\s+(?:[\w'’-]+\s+)?(?:later\s+)?(?:died|succumbed|dies)\b)"
#: what victims were doing where they were hurt, told between their count and the verb ("two civilians who were
#: passing by on a motorcycle were wounded", "three children playing nearby were injured")
_BYSTANDING = (
    r"travell?ing|riding|sitting|standing|waiting|passing|walking|playing|working|driving|shopping|praying|"
    r"queu(?:e)?ing|gathered|sleeping"
)
_INJ_RE = (
    re.compile(
        rf"\b{_QTY}\s+{_WHO}{_ASIDE}\s*"
        # ("Two students who tried to flee were shot and wounded": a short relative clause of their own deed first)
        rf"(?:(?:who|that)\s+(?:(?!were\b|was\b|had\b|have\b|are\b)[a-z][\w'’-]*\s+){{1,4}}?(?=(?:were|was)\s)|"
        # ... or of where they were: "Four pupils who were in the yard were wounded"
        rf"(?:who|that)\s+(?:were|was)\s+(?:in|at|on|inside|near|{_BYSTANDING})\s+"
        rf"(?:[\w'’-]+\s+){{1,4}}?(?=(?:were|was)\s)|"
        # ... or by what they were doing there, no "who": "Two civilians passing by on a motorcycle were wounded"
        rf"(?:{_BYSTANDING})\s+(?:[\w'’-]+\s+){{0,5}}?(?=(?:were|was)\s))?"
        rf"(?:(?:were|was|have\s+been|had\s+been|are|being|reportedly|"
        # ("Twelve people were seriously injured")
        rf"seriously|critically|severely|gravely|slightly|lightly|badly|also)\s+)*"
        rf"(?:(?:killed|shot|stabbed|beaten|hit)\s+(?:and|or)\s+)?{_HURT}\b{_NOT_DIED}",
        re.IGNORECASE,
    ),
    re.compile(
        # ("wounding a number of US personnel": a vague count, not "a")
        # ("wounded her two children": the victim's own people)
        rf"\b(?:wounding|injuring|wounded|injured|wounds|injures|hurt|hurting)\s+(?:(?:his|her|their)\s+)?{_QTY}\b"
        rf"(?!\s+(?:[\w-]+\s+)?number\b)"
        rf"\s+{_WHO}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:killed|killing)\s+{_QTY_ANON}\s+{_WHO}\s*and\s+(?:wounded|injured|wounding|injuring)\s+"
        rf"{_QTY}",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_QTY}\s+(?:injuries|injured|wounded)\b{_NOT_DIED}", re.IGNORECASE),
    # "... killing 21 people, including the imam, and wounding 33.": a bare count after the participle
    # ("an Israeli raid killed 11 Palestinians, including six militants, and wounded more than 100.")
    re.compile(
        rf"\b(?:wounding|injuring|(?<=\band\s)(?:wounded|injured))\s+{_QTY}(?=\s*(?:[,.;:)]|$))",
        re.IGNORECASE,
    ),
    # injuries caused to people: "causing minor injuries to 20 U.S. service members", "inflicted wounds on three"
    re.compile(
        rf"\b(?:causing|caused|causes|inflicting|inflicted|inflicts|leaving|left)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:injuries|wounds)\s+(?:to|on)\s+{_QTY}\s+{_WHO}",
        re.IGNORECASE,
    ),
    # "Three soldiers suffered light injuries", "two workers were treated for burns"
    re.compile(
        # ("At least 15 people were being treated for wounds", "are receiving treatment for injuries")
        rf"\b{_QTY}\s+{_WHO}{_ASIDE}\s+(?:(?:also|have|has|had|were|was|are|is|being|been|still)\s+)*(?:suffered|"
        rf"sustained|received|receiving|treated\s+for|receiving\s+treatment\s+for|hospitali[sz]ed\s+(?:for|with)|"
        rf"in\s+hospital\s+with|{_TO_HOSPITAL})\s+(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds|burns|shrapnel\s+wounds)\b",
        re.IGNORECASE,
    ),
    # the hurt told by their state: "two others remain in critical condition", "three were in serious condition"
    re.compile(
        rf"\b{_QTY}\s+(?:{_WHO}\s+)?(?:(?:remain|remained|remains|were|are|was|is|still|also|reported)\s+)+"
        rf"(?:in\s+)?(?:a\s+)?(?:critical|serious|stable|grave)\s+condition\b",
        re.IGNORECASE,
    ),
    # a revised count: "the number of injured had risen to 22"
    re.compile(
        rf"\b(?:number\s+of\s+(?:the\s+)?(?:injured|wounded|injuries|people\s+(?:injured|wounded))|injury\s+toll)\b"
        rf"[^.;]{{0,60}}?\b(?:has\s+|had\s+)?(?:rose|risen|reached|climbed|increased|jumped|stands|stood)\s+"
        rf"(?:\w+\s+)?(?:to|at)\s+{_QTY}\b",
        re.IGNORECASE,
    ),
)
_NAMES_KILLED = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+(?:\s*,\s*(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)*\s+and\s+"
    r"(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:were|had\s+been|have\s+been)\s+(?:killed|assassinated|shot\s+dead|shot\s+to\s+death|fatally\s+shot)"
)
#: "the activist was shot dead": a singular victim is one death
_SINGLE_KILLED = re.compile(
    r"\b(?:was|is|has\s+been|had\s+been)\s+(?:(?:later|also|then|subsequently|reportedly|allegedly)\s+)?(?:(?:found\s+)?(?:[\w-]+\s+and\s+)?(?:shot\s+dead|killed|murdered|martyred|"
    r"assassinated|executed|beaten\s+to\s+death|stabbed\s+to\s+death|hacked\s+to\s+death|burned\s+to\s+death|"
    r"shot\s+to\s+death|fatally\s+shot|gunned\s+down|shot\s+and\s+killed))\b",
    re.IGNORECASE,
)
#: headline style drops the auxiliary: "Turkish soldier killed in northern Iraq", "IS Mosul leader reportedly
#: killed" -> one death (a singular victim noun right before the participle; plurals are counted by _FAT_RE)
_SINGLE_NOUN = (
    r"(?:soldier|policeman|police\s+officer|officer|civilian|journalist|child|boy|girl|woman|man|leader|"
    r"commander|chief|fighter|militant|cleric|judge|official|doctor|activist|teacher|student|farmer|shepherd|"
    r"driver|mayor|governor|general|colonel|emir|sheikh|imam|lawmaker|candidate|guard|pilot|figure|minister|"
    r"financier|overseer|aide|adviser|advisor|medic|deputy|spokesman|policewoman|contractor|ambassador|envoy|"
    r"diplomat|consul|terrorist|insurgent|rebel|gunman|attacker|bandit|jihadist|assailant|guerrilla|maoist|jawan|"
    r"shopkeeper|trader|vendor|merchant|businessman|businesswoman|herder|fisherman|nurse|passenger|priest|pastor|"
    # ("Maoists hacked to death a villager")
    r"villager|resident|labou?rer|teenager|tribesman|elder|crew\s+member|peacekeeper|worshipper|pilgrim|refugee|"
    r"migrant)"
)
#: a named victim, told with who they were or who died with them: "killing Zardasht Shingali, a local commander,
#: and his driver" (2), "killed Ahmed Nur, a district official" (1)
_NAMED_VICTIM = re.compile(
    r"\b(?i:killing|killed|assassinating|assassinated|shot\s+dead)\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+"
    r"(?P<role>\s*,\s*(?i:an?|the)\s+(?:[\w'’-]+\s+){0,3}?"
    + _SINGLE_NOUN.replace("(?:", "(?i:", 1)
    + r"\b\s*,?"
    # (or the age a named person is given with: "killing Alen Muftovic, 18")
    + r"|\s*,\s*(?i:aged\s+)?\d{1,2}\b(?!\s*(?:%|km|kilomet|miles|people|soldiers|civilians)))?"
    r"(?P<more>\s+and\s+(?i:his|her|their)\s+(?:[\w'’-]+\s+)?(?i:driver|bodyguard|son|daughter|wife|husband|brother|"
    r"sister|guard|companion|aide|nephew|cousin|father|mother|assistant)\b)?"
)
#: one named by role, then a count: "killed the ambassador and three other Americans" (4)
_ONE_AND_MORE = re.compile(
    rf"\b(?:killing|killed|kills|kill)\s+(?:(?:the|a|an|one)\s+(?:[\w'’-]+\s+){{0,2}}?{_SINGLE_NOUN}|"
    # "a suicide bomber killed himself and three worshippers" (4)
    rf"himself|herself)\s*,?\s+and\s+"
    rf"{_QTY}\s+{_WHO}",
    re.IGNORECASE,
)
#: the same for the wounded: "wounding the driver and two passengers" (3)
_ONE_AND_MORE_HURT = re.compile(
    rf"\b(?:wounding|injuring|wounded|injured)\s+(?:the|a|an|one|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_SINGLE_NOUN}|operator|occupant|owner|worker|resident|villager)\s*,?\s+and\s+{_QTY}\s+{_WHO}",
    re.IGNORECASE,
)
_HEADLINE_SINGLE = re.compile(
    rf"\b{_SINGLE_NOUN}[\"'’”]?\s+(?:(?:reportedly|allegedly)\s+|(?:was|is)\s+)?(?:killed|shot\s+dead|slain|assassinated|executed|"
    rf"beheaded)\b|\b(?:killing|kills|kill|"
    # (not a relative clause's deed, another event: "the drone strike that killed Iranian general Soleimani")
    rf"(?<!that\s)(?<!which\s)(?<!who\s)(?:killed|shot\s+dead|shot\s+and\s+killed|murdered|assassinated|"
    rf"gunned\s+down|(?:beat|stoned|burned|burnt|hacked)\s+to\s+death))\s+(?:an?\s+|one\s+|the\s+)?(?:[\w-]+\s+){{0,2}}"
    rf"{_SINGLE_NOUN}\b(?![\w-])(?!['’]s\b)"
    # ("beat a suspected thief to death")
    rf"|\b(?:beat|stoned|burned|burnt|hacked)\s+(?:an?\s+|one\s+|the\s+)(?:[\w-]+\s+){{0,2}}?(?:{_SINGLE_NOUN}|thief|"
    rf"suspect)\s+to\s+death\b"
    # one of the dead named: "Among the dead was Abu Sayed, a student shot by police"
    rf"|\bamong\s+the\s+(?:dead|killed|victims|fatalities)\s+(?:was|is)\b",
    re.IGNORECASE,
)
#: "Bertie Rice, 63, was shot in the chest": one person hit by gunfire and not said to have died is one injury
#: ("shot down" is an interception, "shot at" a miss, "shot dead" / "fatally shot" a death)
_SINGLE_SHOT = re.compile(
    r"\bwas\s+(?:(?:critically|seriously|badly|also|reportedly|allegedly)\s+)?shot\b"
    r"(?!\s+(?:down|dead|and\s+killed|to\s+death|at)\b)",
    re.IGNORECASE,
)
#: "an Israeli soldier was lightly wounded": a singular casualty is one injury
_SINGLE_HURT = re.compile(
    # ("A medic was wounded", "one paramedic was injured": any one person named by role)
    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SINGLE_NOUN}|paramedic|rescuer|person|worker|resident|"
    r"passer-?by|bystander|pedestrian|volunteer|staff\s+member)"
    r"\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:wounded|injured|hurt)\b|"
    # ... or brought to hospital with wounds: "A third passenger was taken to hospital with shrapnel wounds"
    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SINGLE_NOUN}|paramedic|rescuer|person|worker|resident|"
    rf"passer-?by|bystander|pedestrian|volunteer|staff\s+member|occupant)\s+(?:was|had\s+been)\s+(?:later\s+)?"
    rf"(?:{_TO_HOSPITAL}|(?:suffered|sustained|treated\s+for))\s+(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds|burns)\b|"
    # one of the victim's people: "His bodyguard was wounded", "her driver was injured"
    r"\b(?:his|her|their|the\s+mayor's|the\s+governor's)\s+(?:bodyguard|driver|guard|aide|son|daughter|wife|"
    r"husband|brother|sister|companion|escort|assistant)\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:wounded|injured|hurt)\b|"
    # one more after a toll: "Two soldiers were killed and another wounded", "... and one other was injured"
    r"\b(?:killed|dead|died)\s*,?\s+and\s+(?:another|one\s+other|one\s+more)\s+(?:[\w-]+\s+)?"
    r"(?:(?:was|had\s+been)\s+)?(?:\w+ly\s+)?(?:wounded|injured|hurt)\b|"
    # one person by role after the participle: "wounding the driver", "injuring its operator", "wounding a nurse"
    rf"\b(?:wounding|injuring)\s+(?:the|its|his|her|their|an?|one)\s+(?:[\w-]+\s+)?(?:{_SINGLE_NOUN}|operator|"
    r"occupant|owner|worker|resident|villager)\b(?![\w-])(?!['’]s\b)(?!\s+and\b)",
    re.IGNORECASE,
)
_NONE_BOTH = re.compile(
    r"\b(?:no\s+(?:casualties|victims|one\s+was\s+(?:hurt|harmed)|one\s+(?:was\s+)?(?:killed\s+or\s+(?:injured|"
    r"wounded)|injured\s+or\s+killed))|nobody\s+was\s+(?:hurt|harmed|(?:killed\s+or\s+(?:injured|wounded)))|"
    # ("None of the 23 crew were hurt")
    r"none\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:were|was)\s+(?:hurt|harmed)|without\s+(?:causing\s+)?(?:any\s+)?casualties|caused\s+no\s+casualties|"
    r"there\s+were\s+no\s+(?:casualties|injuries\s+or\s+deaths|deaths\s+or\s+injuries)|"
    # everyone aboard unharmed: "The crew were safe", "all 21 crew members are unharmed", "the driver escaped unhurt"
    r"(?:crew|crew\s+members|crewmen|sailors|seafarers|passengers|occupants|everyone(?:\s+on\s+board)?|"
    r"people\s+on\s+board)\s+(?:were|was|are|is|remain|remained)\s+(?:(?:all|reported|reportedly|said\s+to\s+be|"
    r"confirmed|safe\s+and)\s+)*(?:safe|unharmed|unhurt|uninjured|unscathed)|"
    r"escaped\s+(?:unhurt|unharmed|uninjured|unscathed|without\s+injur(?:y|ies)))\b",
    re.IGNORECASE,
)
_NONE_FAT = re.compile(
    r"\b(?:no\s+(?:one\s+(?:was\s+)?killed|deaths|fatalities|one\s+died|lives\s+were\s+lost)|nobody\s+(?:was\s+killed|died))\b",
    re.IGNORECASE,
)
_NONE_INJ = re.compile(
    r"\b(?:no\s+(?:injuries|one\s+(?:was\s+)?(?:injured|wounded|hurt))|nobody\s+was\s+(?:injured|wounded))\b",
    re.IGNORECASE,
)
_UNKNOWN = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:reports?|word|information|details)\s+(?:of|on|about)\s+"
    r"(?:casualties|injuries|deaths)",
    re.IGNORECASE,
)


def _times(n: int | None, word: str | None) -> int | None:
    """``n`` dozens/hundreds/thousands ("two dozen" 24); ``n`` itself without a multiplier."""
    return n if n is None or not word else n * _TIMES_VALUE[word.lower()]


def _qty(m: re.Match[str], prefix: str = "") -> tuple[int | None, int | None]:
    g = m.groupdict()
    q = (g.get("q") or "").strip().lower()
    if g.get("vague"):
        v = _VAGUE.get(" ".join(g["vague"].lower().split()))
        return _times(v, g.get("vmul")), None
    if g.get("blo"):
        return number_value(g["blo"]), number_value(g["bhi"])
    lo = _times(number_value(g["lo"]), g.get("mul")) if g.get("lo") else None
    hi = _times(number_value(g["hi"]), g.get("hmul") or g.get("mul")) if g.get("hi") else None
    if lo is not None and hi is not None and hi < lo:
        hi = None
    if q.startswith("up to") or q.startswith("as many as"):
        return None, lo
    return lo, hi


def _best(values: list[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    los = [v[0] for v in values if v[0] is not None]
    his = [v[1] for v in values if v[1] is not None]
    lo = max(los) if los else None
    hi = max(his) if his else None
    if lo is not None and hi is not None and hi < lo:
        hi = None
    return lo, hi


_VICTIMS = (
    r"(?:(?:(?!and\b|or\b|were\b|was\b)[\w'’-]+\s+){0,2}?(?:people|persons|civilians|soldiers|troops|militants|"
    r"fighters|insurgents|rebels|policemen|police\s+officers|guards|children|women|men|villagers|passengers|"
    r"attackers|gunmen|members|workers|others|paramilitaries|militiamen|jihadists|terrorists|maoists|naxals|"
    r"naxalites|khwarij|khawarij|cadres|guerrillas|"
    # family and trades: "a woman and her two sons", "three farmers", "two students"
    r"sons|daughters|brothers|sisters|relatives|grandchildren|siblings|boys|girls|babies|infants|teenagers|"
    r"students|pupils|farmers|herders|shepherds|residents|worshippers|journalists|teachers|"
    # ("killing nine patients and two nurses")
    r"patients|nurses|doctors|medics|paramedics|staff|traders|fishermen|miners|labou?rers|drivers|officers|"
    r"servicemen|soldiers|pilgrims|refugees|migrants|inmates|prisoners|mourners|guests|bystanders|commanders|"
    # the army's civilian auxiliaries and militias ("37 soldiers and 22 civilian auxiliaries were killed")
    r"auxiliaries|volunteers|recruits|gendarmes|vigilantes|hunters|dozos|bodyguards|companions|aides|"
    # ("26 hostages and four soldiers were killed", "Three Rangers personnel and a policeman were killed")
    r"hostages|personnel|rangers|constables|jawans|peacekeepers|marines|sailors|detainees)\b"
    # whose people they were: "Four suspected members of the BIFF and a soldier were killed"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?)"
)
_ITEM = re.compile(rf"(?:(?:her|his|their|its)\s+)?\b{_QTY}\s+{_VICTIMS}", re.IGNORECASE)
#: a side's own dead told as its loss: "The SDF lost one fighter", "the army lost three soldiers" (people only: "lost
#: two villages", "lost one vehicle" are no deaths)
_LOST_PEOPLE = re.compile(
    rf"\b(?:lost|losing|loses|lose)\s+(?:{_QTY}\s+(?:of\s+(?:its|their|his|her)\s+(?:own\s+)?)?{_VICTIMS}|"
    rf"(?:a|an|one)\s+(?:of\s+(?:its|their|his|her)\s+(?:own\s+)?)?(?:[\w'’-]+\s+)?{_SINGLE_NOUN}\b(?![\w'’-]))"
    # (not a loss of contact or of a limb: "lost contact with two soldiers", "lost both legs")
    rf"(?!\s+(?:to\s+(?:desertion|defection|capture)|as\s+prisoners?)\b)",
    re.IGNORECASE,
)
#: one person hurt, then dead: "one protester was hit by a stray bullet and died", "A soldier died of his wounds"
_SINGLE_DIED = re.compile(
    rf"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_SINGLE_NOUN}|protester|demonstrator|person|worker|resident|"
    rf"passer-?by|bystander)\s+(?:(?:was|had\s+been)\s+(?:[\w'’-]+\s+){{1,8}}?and\s+(?:later\s+)?|later\s+)?"
    rf"(?:died|succumbed)\b",
    re.IGNORECASE,
)
#: (the side's own dead joined by "losing": "killing 15 of them and losing two men" is 17)
_JOIN = re.compile(r"\s*(?:,\s*and|,|and|as\s+well\s+as|plus)\s+(?:losing\s+)?", re.IGNORECASE)


_OF_THEM = re.compile(
    r"\s*of\s+(?:them|those|the\s+(?:attackers|assailants|militants|insurgents|gunmen|fighters))\b",
    re.IGNORECASE,
)


def _with_list(
    text: str,
    m: re.Match[str],
    lo: int | None,
    start: int,
    end: int,
    # (the toll ends there, or a place or time follows: "killed a taxi driver and his passenger in Tecpan")
    other: str | None = r"\s*(?:[,.;:]|$)|\s+(?:in|at|near|on|outside|inside|during)\b",
) -> tuple[int | None, int]:
    """Add conjoined quantities: "leaving four soldiers and at least six militants dead" -> 10.

    ``other``: what must follow a last singular item for it to count ("... and a civilian." at the end of the
    toll, not "and a civilian was wounded"); None: singular items are not counted.
    """
    if lo is None:
        return lo, m.end()
    pos = m.end()
    of_them = _OF_THEM.match(text, pos, end)  # "killing 15 of them and losing two men"
    if of_them is not None:
        pos = of_them.end()
    total = lo
    if lo == 1 and text[max(0, m.end() - 4) : m.end()].lower().split()[-1:] in (["a"], ["an"]):
        # the count was an article: the victim's noun goes on after it ("killed a taxi driver and his passenger")
        np = _SINGULAR_NP.match(text, pos, end)
        if np is not None:
            pos = np.end()
    while True:
        j = _JOIN.match(text, pos, end)
        if not j:
            break
        it = _ITEM.match(text, j.end(), end)
        if it is None:
            one = _ONE_ITEM.match(text, j.end(), end)  # "four police officers and a civilian"
            if one is None or other is None or not re.match(other, text[one.end() : one.end() + 12]):
                break
            total += 1
            pos = one.end()
            continue
        if (
            not it.group("lo")
            or _SUBSET.search(it.group(0))  # "nine civilians, three of them children": part of the nine
            or re.match(r"\s*(?:wounded|injured|hurt)", text[it.end() : it.end() + 12])
            # the sources of the toll, not more victims: "killing 15 civilians, two local residents told AFP"
            or re.match(
                r"\s+(?:told|said|say|says|reported|recounted|described)\b", text[it.end() : it.end() + 14]
            )
        ):
            break
        v = _times(number_value(it.group("lo")), it.group("mul"))
        if v is None:
            break
        total += v
        pos = it.end()
    return total, pos


#: an object after the verb: the counted people did the killing ("two gunmen shot dead a constable")
_ACTIVE_OBJECT = re.compile(
    r"\s+(?:an?|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens|"
    r"scores|at\s+least|more\s+than)\b(?!\s+(?:day|days|week|weeks|month|months|year|years|few|hours?|"
    r"time)\b)",
    re.IGNORECASE,
)
_PASSIVE_AUX = re.compile(r"\b(?:were|was|have\s+been|had\s+been|are|being|been)\b", re.IGNORECASE)
#: a part of the victims just counted: "three of them children", "two of whom were women"
_SUBSET = re.compile(r"\b(?:of\s+(?:them|whom|those)|among\s+them)\b", re.IGNORECASE)
#: one more victim at the end of a list: "wounding four police officers and a civilian"
_ONE_ITEM = re.compile(
    # (also a relative: "a woman and her child", "a man and his son")
    r"(?:(?:his|her|their)\s+(?:[\w'’-]+\s+)?(?:child|son|daughter|wife|husband|brother|sister|mother|father|"
    r"baby|grandson|granddaughter|nephew|niece|driver|bodyguard|passenger|companion|friend|colleague|guard|"
    r"assistant|aide|cousin|uncle|aunt)\b|"
    r"(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,2}?(?:civilian|soldier|policeman|police\s+officer|officer|child|woman|man|"
    r"boy|girl|passer-?by|bystander|journalist|guard|worker|resident|student|farmer|teenager|fighter|militant|"
    # ("killing two soldiers and a driver")
    r"driver|shepherd|teacher|nurse|doctor|medic|trader|herder|fisherman|labou?rer|miner|pilgrim|official|"
    r"commander|interpreter|translator|cook|porter|volunteer)\b)",
    re.IGNORECASE,
)


#: one person named by role: "a nurse", "one pupil", "an aid worker"
_ONE_PERSON = (
    rf"(?:an?|one)\s+(?:[\w'’-]+\s+)?(?:{_SINGLE_NOUN}|nurse|pupil|worker|resident|passer-?by|bystander|trader|"
    r"shopkeeper|staff\s+member|volunteer|villager|passenger|herder|fisherman|miner|businessman)\b"
)
_PERSONS = rf"(?:{_QTY_ANON}\s+{_VICTIMS}|{_ONE_PERSON})"
#: victims named together before the verb: "Two teachers and a pupil were killed", "A nurse and a driver were
#: wounded" (each item counts: 3, 2)
_LISTED = rf"\b(?P<list>{_PERSONS}(?:\s*,\s*{_PERSONS})*\s*,?\s+and\s+{_PERSONS})\s+(?:(?:were|have\s+been|had\s+been|reportedly|also)\s+)+"
_LISTED_KILLED = re.compile(rf"{_LISTED}{_KILL}\b", re.IGNORECASE)
_LISTED_HURT = re.compile(rf"{_LISTED}{_HURT}\b", re.IGNORECASE)
_PERSON_SPLIT = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+", re.IGNORECASE)
_ONE_PERSON_RE = re.compile(_ONE_PERSON, re.IGNORECASE)
#: named victims after the verb: "gunmen shot dead Ahmed Musa and Ibrahim Bello in Gwoza" (2); the names end the
#: phrase ("killed Hamas and Islamic Jihad fighters" names no victims)
_NAMES_AFTER = re.compile(
    r"\b(?i:killed|killing|shot\s+dead|assassinated|gunned\s+down|murdered)\s+"
    r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?:\s*,\s*(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)*\s+and\s+"
    r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|near|outside|inside)\s)"
)


_NAMES_AFTER_NEEDLES = ("killed ", "killing ", "shot dead ", "assassinated ", "gunned down ", "murdered ")


def _listed_count(items: str) -> int | None:
    """The number of people in "two teachers and a pupil" (3); None when an item is no counted person."""
    total = 0
    for piece in _PERSON_SPLIT.split(items.strip()):
        m = _ITEM.fullmatch(piece)
        if m is not None and m.group("lo"):
            v = _times(number_value(m.group("lo")), m.group("mul"))
            if v is None:
                return None
            total += v
        elif _ONE_PERSON_RE.fullmatch(piece):
            total += 1
        else:
            return None
    return total


def _negated(text: str, pos: int) -> bool:
    """True for "no one was hurt" / "not a single person": the count is the zero handled above."""
    return bool(re.search(r"\b(?:no|not|nor|without)\s*$", text[max(0, pos - 12) : pos], re.IGNORECASE))


#: a figure since replaced: "correcting an earlier toll of seven", "An earlier version of this report said seven
#: people had been killed" (ACLED takes the corrected, conservative figure)
_SUPERSEDED = re.compile(
    r"\b(?:earlier|previous|initial|original|preliminary\s+and\s+since\s+revised)\s+(?:death\s+)?(?:version|report|"
    r"draft|toll|figure|count|tally|estimate)s?\b(?:(?![.;]).)*$",
    re.IGNORECASE,
)


_SUPERSEDED_RIGHT_BEFORE = re.compile(
    r"\b(?:earlier|previous|initial|original)\s+$"
    # a figure someone gave first: "Officials had earlier put the death toll at 103", "the ministry initially gave
    # a toll of 12", "state media first reported 30 dead" (a later figure replaced it)
    r"|\b(?:earlier|initially|originally|previously|first)\s+(?:put|gave|given|set|reported|estimated|said|"
    r"announced|cited)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:death|casualty)\s+)?$",
    re.IGNORECASE,
)
#: the figure just told was then replaced: "... put the toll at 103 before revising it downward", "..., a figure
#: later revised to 84"
_REVISED_AFTER = re.compile(
    r"\s*,?\s*(?:before\s+(?:revising|lowering|cutting|correcting|reducing|being\s+(?:revised|lowered|corrected))|"
    r"(?:but|which\s+was|a\s+figure)\s+(?:was\s+)?(?:later\s+|since\s+|subsequently\s+)?(?:revised|lowered|"
    r"corrected|reduced|cut)\b)",
    re.IGNORECASE,
)


def _superseded(text: str, start: int, pos: int, after: int | None = None) -> bool:
    """The toll at ``pos`` is one since replaced (said after "an earlier toll", "an earlier version ...", "had
    earlier put the toll at"; or, with ``after`` its end, followed by "before revising it downward")."""
    low = text[max(start, pos - 90) : pos].lower()
    if after is not None and _REVISED_AFTER.match(text, after):
        return True
    return (
        "earlier" in low or "previous" in low or "initial" in low or "original" in low or "first" in low
    ) and (_SUPERSEDED.search(low) is not None or _SUPERSEDED_RIGHT_BEFORE.search(low) is not None)


#: cheap pre-filter: no casualty regex can match without one of these substrings
_CASUALTY_KEYS = (
    "neutrali",
    "burns",
    "bodies",
    "corpses",
    "shot",
    "fatal",
    "kill",
    "dead",
    "martyr",
    "die",
    "death",
    "slain",
    "lives",
    "lost",
    "losing",
    "perish",
    "murder",
    "slaughter",
    "execut",
    "fatalit",
    "toll",
    "figure of",
    "wound",
    "injur",
    "hurt",
    "harmed",
    "shahadat",
    "hospital",
    "maim",
    "behead",
    "decapitat",
    "casualt",
    "victim",
    "assassinat",
    "gunned",
    "sent to hell",
    "lynch",
    "eliminat",
    "family of",
    "safe",
    "unharmed",
    "unhurt",
    "uninjured",
    "unscathed",
    "condition",
)


#: substrings (lowercase) at least one of which every match of a pattern contains, outside its lookarounds: when
#: the lowercased range holds none of them the pattern cannot match and is not run (speed; see find_casualties)
_NEEDLES: dict[int, tuple[str, ...]] = {
    id(_UNKNOWN): ("casualties", "injuries", "deaths"),
    id(_NONE_BOTH): (
        "casualties",
        "victims",
        "one",
        "injuries",
        "deaths",
        "nobody",
        "safe",
        "unharmed",
        "unhurt",
        "uninjured",
        "unscathed",
        "without injur",
    ),
    id(_NONE_FAT): ("killed", "deaths", "fatalities", "died", "lost"),
    id(_NONE_INJ): ("injuries", "injured", "wounded", "hurt"),
    id(_FAT_RE[0]): (
        "beheaded",
        "decapitated",
        "killed",
        "dead",
        "death",
        "fatally",
        "died",
        "die",
        "slain",
        "martyred",
        "martyrdom",
        "shahadat",
        "lives",
        "perished",
        "murdered",
        "executed",
        "fatalities",
        "sent to hell",
        "neutrali",
        "eliminated",
    ),
    id(_FAT_RE[1]): (
        "behead",
        "kill",
        "martyring",
        "lives",
        "left",
        "leav",
        "execut",
        "massacre",
        "dead",
        "gun",
        "murdered",
        "fatally",
        "neutrali",
        "eliminat",
    ),
    id(_FAT_RE[2]): ("toll", "number of"),
    id(_FAT_RE[3]): ("toll", "fatalities", "deaths"),
    id(_FAT_RE[4]): ("deaths", "fatalities", "dead", "martyrs"),
    id(_FAT_RE[5]): ("to death",),
    id(_FAT_RE[6]): ("lynch",),
    id(_FAT_RE[7]): ("killing of", "killings of", "deaths of", "murder of"),
    id(_FAT_RE[8]): ("bodies", "corpses"),
    id(_FAT_RE[9]): ("number of",),
    id(_FAT_RE[10]): ("toll of", "figure of", "count of", "number of"),
    id(_FAT_RE[11]): ("family of",),
    id(_FAT_RE[12]): ("family of",),
    id(_FAT_RE[13]): (" them",),
    id(_FAT_RE[14]): ("neutrali", "eliminat"),
    id(_BODIES_SEEN): ("bodies", "corpses"),
    id(_SINGLE_KILLED): (
        "dead",
        "killed",
        "murdered",
        "assassinated",
        "executed",
        "death",
        "gunned",
        "fatally",
    ),
    id(_SINGLE_SHOT): ("shot",),
    id(_ONE_AND_MORE): ("kill",),
    id(_ONE_AND_MORE_HURT): ("wound", "injur"),
    id(_HEADLINE_SINGLE): (
        "killed",
        "dead",
        "victims",
        "fatalities",
        "slain",
        "assassinated",
        "executed",
        "beheaded",
        "kill",
        "murdered",
        "gunned",
        "to death",
    ),
    id(_NAMED_VICTIM): ("kill", "assassinat", "dead"),
    id(_SINGLE_HURT): ("wounded", "injured", "hurt", "wounding", "injuring", "injuries", "wounds", "burns"),
    id(_INJ_RE[0]): ("wounded", "injured", "hurt", "hospitali", "maimed"),
    id(_INJ_RE[1]): ("wound", "injur", "hurt"),
    id(_INJ_RE[2]): ("wound", "injur"),
    id(_INJ_RE[3]): ("injur", "wound"),
    id(_INJ_RE[4]): ("wounding", "injuring", "wounded", "injured"),
    id(_INJ_RE[5]): ("injuries", "wounds"),
    id(_INJ_RE[6]): ("injuries", "wounds", "burns"),
    id(_INJ_RE[7]): ("condition",),
    id(_INJ_RE[8]): ("number of", "injury toll"),
}
#: the same for the case-sensitive list of names, tested on the range as written
_NAMES_KILLED_NEEDLES = ("killed", "assassinated", "dead", "death", "fatally")


def _may_match(rx: re.Pattern[str], low: str | None) -> bool:
    """False when ``rx`` cannot match: ``low`` (the lowercased range, None when lowercasing is not exact for
    case-insensitive matching) holds none of its needles."""
    return low is None or any(map(low.__contains__, _NEEDLES[id(rx)]))


def _found(rx: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """``rx.search(text, start, end) is not None``, through the lowercase twin (speed)."""
    return next(matches_ci(rx, text, start, end), None) is not None


#: a short aside in brackets with no figure: "(NPA)", "(CRPF)", "(file photo)" (not "(35)", an age)
_BRACKETED = re.compile(r"\((?=[^\W\d])[^()\d\n]{1,40}\)")
_unbracketed_memo: list[tuple[str, str]] = []


def _unbracketed(text: str) -> str:
    """``text`` with its short bracketed asides blanked (same length, so offsets hold): "two suspected New
    People's Army (NPA) guerrillas were killed" counts as it does without the acronym. Memoised for the last
    text (by identity): a report's clauses are read one after another."""
    for seen, out in _unbracketed_memo:
        if seen is text:
            return out
    out = _BRACKETED.sub(lambda m: " " * len(m.group(0)), text)
    _unbracketed_memo[:] = [(text, out)]
    return out


#: a word or three in scare quotes: 'claiming that 19 "militants" had been killed', 'killing "about twenty"'
#: (not a name: 'from the “Islamic state”' is read with its quotes)
_SCARE_QUOTED = re.compile(r"[\"“]((?=[a-z0-9])(?:[\w'’-]+\s+){0,2}[\w'’-]+)[\"”]")
_unquoted_memo: list[tuple[str, str]] = []


def _unquoted(text: str) -> str:
    """``text`` with the quotation marks around a few words blanked (same length, so offsets hold): a count in
    scare quotes counts as it does without them. Memoised for the last text (by identity)."""
    for seen, out in _unquoted_memo:
        if seen is text:
            return out
    out = _SCARE_QUOTED.sub(lambda m: " " + m.group(1) + " ", text)
    _unquoted_memo[:] = [(text, out)]
    return out


#: who says "neutralised" for more than killed: Turkey's defence ministry and army use it (Turkish "etkisiz hale
#: getirildi") for enemies killed, wounded, captured or surrendered; a report may also say so itself ("a term that
#: covers those killed, wounded or captured"). Then the word tells no death (ACLED's conservative count).
_NEUTRALISED_TURKISH = re.compile(r"\bTurk(?:ish|ey|iye|ey's|iye's)\b")
_NEUTRALISED_DEFINED = re.compile(
    r"neutrali[sz]\w*[\"”’']?[^.;]{0,80}?\b(?:term|word|means?|meaning|covers?|includes?|including|refers?|used|"
    r"euphemism)\b[^.;]{0,80}?\b(?:captured|surrendered|wounded|injured|arrested|detained)\b"
    r"|\b(?:term|word|euphemism)\b[^.;]{0,40}?neutrali[sz]\w*[\"”’']?[^.;]{0,80}?\b(?:captured|surrendered|wounded|"
    r"injured|arrested|detained)\b",
    re.IGNORECASE,
)


def _neutralised_is_broad(text: str, start: int, end: int) -> bool:
    """Whether "neutralised" in ``text[start:end]`` may mean captured or wounded (see _NEUTRALISED_TURKISH): said by
    Turkey's forces (named in the clause or just before it) or so defined anywhere in the report."""
    return (
        _NEUTRALISED_TURKISH.search(text, max(0, start - 300), end) is not None
        or _NEUTRALISED_DEFINED.search(text) is not None
    )


#: the index in _FAT_RE of "neutralised a terrorist" (one, told without a number)
_ONE_NEUTRALISED = len(_FAT_RE) - 1


def find_casualties(text: str, start: int, end: int) -> Casualties:
    """Fatality and injury counts stated in ``text[start:end]`` (None when not said)."""
    low = text[start:end].lower()
    if not any(map(low.__contains__, _CASUALTY_KEYS)):
        return Casualties()
    if "(" in low:
        text = _unbracketed(text)
        low = text[start:end].lower()
    if '"' in low or "“" in low:
        text = _unquoted(text)
        low = text[start:end].lower()
    # needle tests are exact only where lowercasing is (the condition of the lowercase twins too)
    pre = low if lowered(text) is not None else None
    fats: list[tuple[int | None, int | None]] = []
    injs: list[tuple[int | None, int | None]] = []
    # the enemies a force says it "neutralised": a toll of the other side, added to the dead told beside it
    # ("killing two soldiers; 18 assailants were neutralised" is 20)
    neut: list[tuple[int | None, int | None]] = []
    spans = []
    if _may_match(_UNKNOWN, pre) and _found(_UNKNOWN, text, start, end):
        return Casualties()
    if _may_match(_NONE_BOTH, pre) and _found(_NONE_BOTH, text, start, end):
        fats.append((0, None))
        injs.append((0, None))
    else:
        if _may_match(_NONE_FAT, pre) and _found(_NONE_FAT, text, start, end):
            fats.append((0, None))
        if _may_match(_NONE_INJ, pre) and _found(_NONE_INJ, text, start, end):
            injs.append((0, None))
    for k, rx in enumerate(_FAT_RE):
        if not _may_match(rx, pre):
            continue
        last0: tuple[int, int] | None = None  # (end, index in fats) of the last told toll of this pattern
        for m in matches_ci(rx, text, start, end):
            if _negated(text, m.start()) or _superseded(text, start, m.start(), m.end()):
                continue
            if k == 0 and _ACTIVE_OBJECT.match(text, m.end(), end) and not _PASSIVE_AUX.search(m.group(0)):
                continue  # "Two gunmen shot dead an off-duty constable": who killed, not who died
            lo, hi = _qty(m) if k != _ONE_NEUTRALISED else (1, None)
            if (
                lo is not None
                and 1900 <= lo <= 2099
                and _YEAR_BEFORE.search(text, max(start, m.start() - 12), m.start())
            ):
                continue  # "Clashes in 2019 killed over 60 people": a year, not a count
            if (
                lo is not None
                and lo <= 31
                and m.start() >= 4
                and _MONTH_DAY_BEFORE.search(text, max(start, m.start() - 12), m.start())
            ):
                continue  # "A missile strike on January 23 killed eleven people": a day of the month, not a count
            if k == 1:
                lo, _ = _with_list(text, m, lo, start, end)
            elif k == 0:  # "four soldiers and six militants were killed": the items before this one
                prev = (
                    re.search(
                        rf"((?:{_ITEM.pattern.replace('(?P<', '(?P<x')})\s*(?:,\s*and|,|and)\s+)+$",
                        text[max(start, m.start() - 120) : m.start()],
                        re.IGNORECASE,
                    )
                    if lo
                    else None
                )
                if prev:
                    extra = [number_value(x.group("lo")) for x in _ITEM.finditer(prev.group(0))]
                    lo += sum(v for v in extra if v)
            if (lo is not None or hi is not None) and (
                k == _ONE_NEUTRALISED
                or (("neutrali" in low or "eliminat" in low) and _NEUTRALISED_WORD.search(m.group(0)))
            ):
                if not _neutralised_is_broad(text, start, end):
                    neut.append((lo, hi))
                    spans.append((m.start(), m.end()))
                continue
            if lo is not None or hi is not None:
                if (
                    k == 0
                    and last0 is not None
                    and lo is not None
                    and fats[last0[1]][0] is not None
                    and _TOLL_AND.fullmatch(text, last0[0], m.start())
                ):
                    # "17 al-Shabaab fighters were killed and two soldiers died": two sides' dead, one toll
                    a_lo, a_hi = fats[last0[1]]
                    fats[last0[1]] = (a_lo + lo, None if a_hi is None or hi is None else a_hi + hi)
                    spans.append((m.start(), m.end()))
                    last0 = (m.end(), last0[1])
                    continue
                fats.append((lo, hi))
                spans.append((m.start(), m.end()))
                if k == 0:
                    last0 = (m.end(), len(fats) - 1)
    for m in matches_ci(_ONE_AND_MORE, text, start, end) if _may_match(_ONE_AND_MORE, pre) else ():
        lo, _ = _qty(m)
        if lo is not None:
            fats.append((lo + 1, None))
            spans.append((m.start(), m.end()))
    for m in matches_ci(_SINGLE_KILLED, text, start, end) if _may_match(_SINGLE_KILLED, pre) else ():
        if not re.search(
            r"\b(?:no\s+one|nobody|none|no|whether|if)\b[^.;]{0,20}$",
            text[max(start, m.start() - 30) : m.start()],
            re.IGNORECASE,
        ):
            fats.append((1, None))
            spans.append((m.start(), m.end()))
    if not fats and _may_match(_BODIES_SEEN, pre):
        for m in matches_ci(_BODIES_SEEN, text, start, end):
            lo, hi = _qty(m)
            if lo is not None and not _negated(text, m.start()):
                fats.append((lo, hi))
                spans.append((m.start(), m.end()))
                break
    if "los" in low:
        for m in matches_ci(_LOST_PEOPLE, text, start, end):
            lo, hi = _qty(m)
            if not _negated(text, m.start()):
                fats.append((1 if lo is None and hi is None else lo, hi))
                spans.append((m.start(), m.end()))
    if not fats and ("died" in low or "succumbed" in low):
        for m in matches_ci(_SINGLE_DIED, text, start, end):
            if not _negated(text, m.start()):
                fats.append((1, None))
                spans.append((m.start(), m.end()))
                break
    if not fats and _may_match(_HEADLINE_SINGLE, pre):
        for m in matches_ci(_HEADLINE_SINGLE, text, start, end):
            if not _negated(text, m.start()) and not re.search(
                r"\b(?:no|not|nor|without|and|or)\s+(?:[\w'’-]+\s+){0,2}$",
                text[max(start, m.start() - 30) : m.start()],
            ):
                fats.append((1, None))
                spans.append((m.start(), m.end()))
                break
    for m in matches_ci(_SINGLE_HURT, text, start, end) if _may_match(_SINGLE_HURT, pre) else ():
        injs.append((1, None))
        spans.append((m.start(), m.end()))
    if not fats and not injs and _may_match(_SINGLE_SHOT, pre):
        for m in matches_ci(_SINGLE_SHOT, text, start, end):
            if not _negated(text, m.start()):
                injs.append((1, None))
                spans.append((m.start(), m.end()))
                break
    if not fats and _may_match(_NAMED_VICTIM, pre):
        for m in _NAMED_VICTIM.finditer(text, start, end):
            if m.group("role") or m.group("more"):
                fats.append((2 if m.group("more") else 1, None))
                spans.append((m.start(), m.end()))
                break
    if " and " in low:
        # (substring tests first: these run for every range, and their words are rare together)
        if " were " in low or " been " in low:
            for rx, into in ((_LISTED_KILLED, fats), (_LISTED_HURT, injs)):
                for m in matches_ci(rx, text, start, end):
                    n = _listed_count(m.group("list"))
                    if n is not None and not _negated(text, m.start()):
                        into.append((n, None))
                        spans.append((m.start(), m.end()))
        if any(map(low.__contains__, _NAMES_AFTER_NEEDLES)):
            for m in _NAMES_AFTER.finditer(text, start, end):
                names = [p for p in re.split(r"\s*,\s*|\s+and\s+", m.group(1)) if p.strip()]
                fats.append((len(names), None))
                spans.append((m.start(), m.end()))
    as_written = text[start:end]
    names_may = any(map(as_written.__contains__, _NAMES_KILLED_NEEDLES))
    for m in _NAMES_KILLED.finditer(text, start, end) if names_may else ():
        names = [p for p in re.split(r"\s*,\s*|\s+and\s+", m.group(1)) if p.strip()]
        fats.append((len(names), None))
        spans.append((m.start(), m.end()))
    for rx in _INJ_RE:
        if not _may_match(rx, pre):
            continue
        for m in matches_ci(rx, text, start, end):
            if _negated(text, m.start()) or _superseded(text, start, m.start(), m.end()):
                continue
            lo, hi = _qty(m)  # "killed 3 and wounded 5": the named groups hold the second quantity
            if rx is _INJ_RE[1]:
                lo, _ = _with_list(text, m, lo, start, end)
            if lo is not None or hi is not None:
                injs.append((lo, hi))
                spans.append((m.start(), m.end()))
    for m in matches_ci(_ONE_AND_MORE_HURT, text, start, end) if _may_match(_ONE_AND_MORE_HURT, pre) else ():
        lo, _ = _qty(m)
        if lo is not None and not _negated(text, m.start()):
            injs.append((lo + 1, None))
            spans.append((m.start(), m.end()))
    f_lo, f_hi = _best(fats) if fats else (None, None)
    if neut:
        n_lo, n_hi = _best(neut)
        if f_lo is None or n_lo is None:
            f_lo, f_hi = (n_lo, n_hi) if f_lo is None and f_hi is None else (f_lo, f_hi)
        else:
            f_lo, f_hi = f_lo + n_lo, None
    i_lo, i_hi = _best(injs) if injs else (None, None)
    return Casualties(f_lo, f_hi, i_lo, i_hi, tuple(spans))


#: a month's name (as written: "may" is a verb) just before a number: "on January 23", "Jan. 23"
_MONTH_DAY_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$"
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|during|until|by|from|the|early|late|mid|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+$",
    re.IGNORECASE,
)
_SINGULAR_NP = re.compile(
    # ("a senior commander of Kataib Hezbollah and two of his guards": the group's name is part of the noun phrase)
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)?"
    r"(?=\s*(?:,\s*and|,|and)\s)"
)
#: two tolls of the same clause joined as two facts: "17 fighters were killed and two soldiers died"
_TOLL_AND = re.compile(
    # (the deed named between: "eleven rebels were killed in the operation and two soldiers lost their lives")
    r"(?:\s+(?:in|during)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:operation|fighting|clash(?:es)?|attack|ambush|"
    r"raid|battle|exchange|gunfight|encounter|assault))?\s*,?\s*(?:and|while|whereas)\s+",
    re.IGNORECASE,
)


_MUNITION_NOUN = (
    r"(?:drones?|UAVs?|rockets?|missiles?|mortar\s+(?:rounds?|shells?|bombs?)|mortars?|shells?|projectiles?|"
    r"Katyushas?|bombs?|IEDs?|explosive\s+devices?|grenades?|(?:land\s*)?mines?|air\s*strikes?|airstrikes?|"
    r"car\s+bombs?|suicide\s+bombers?)"
)
_COUNT_RE = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{_MUNITION_NOUN})\b(?!\s+(?:strikes?|attacks?|fire|barrages?|launchers?|units?)\b)|\b(?P<salvo>salvo|barrage|volley)\s+of\s+"
    rf"(?P<n2>{_NUM})\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun2>{_MUNITION_NOUN})\b",
    re.IGNORECASE,
)


def munitions_count(
    text: str, start: int, end: int, *, weapon: str | None
) -> tuple[int | None, tuple[int, int]]:
    """Number of munitions of ``weapon`` stated in the clause, or None; with the span that says it."""
    pos = start
    while True:  # overlapping search: "a day after two drones" must still find "two drones"
        m = next(matches_ci(_COUNT_RE, text, pos, end), None)  # the first match: ``_COUNT_RE.search``'s
        if m is None:
            break
        pos = m.start() + 1
        noun = m.group("noun") or m.group("noun2")
        n = number_value(m.group("n") or m.group("n2"))
        if n is None or n > 1000:
            continue
        n_at = m.start("n") if m.group("n") else m.start("n2")
        if n_at >= 2 and text[n_at - 1] in ",." and text[n_at - 2].isdigit():
            continue  # the tail of a larger number: "1,600 air strikes" is no 600
        if n_at >= 2 and text[n_at - 1] in ":." and text[n_at - 2].isdigit():
            continue  # a clock time: "10:45 - Several rockets slammed into ..." (a live blog's entry) is no 45
        if n_at >= 2 and text[n_at - 1] == "-" and text[n_at - 2].isalpha():
            continue  # a model's number: "a Y-12 aircraft dropped two bombs", "Shahed-136 drones" (no count)
        w = weapon_of(noun)
        if weapon is not None and w is not None and w != weapon and not {w, weapon} <= {"rocket", "missile"}:
            continue
        between = text[
            m.start("n") if m.group("n") else m.start("n2") : m.start("noun")
            if m.group("noun")
            else m.start("noun2")
        ]
        if re.search(
            # (a toll before the munitions: "more than 30 wounded when shells hit")
            r"\b(?:of|and|or|with|from|by|in|at|to|were|was|after|before|killed|people|soldiers|wounded|injured|"
            r"hurt|dead|died|when|as|while|civilians|children|january|february|march|april|may|june|july|august|"
            r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
            between,
            re.IGNORECASE,
        ):
            continue
        if n == 1 and noun.lower().endswith("s") and not noun.lower().endswith("ss"):
            continue
        if n == 1 and "strike" in noun.lower() and text[n_at : n_at + 2].lower() in ("a ", "an"):
            continue  # "a military airstrike hit a monastery": one attack, its bombs not counted (not "one airstrike")
        return n, (m.start(), m.end())
    return None, (start, start)


_DOWNED = r"(?:destroyed|shot\s+down|downed|intercepted|neutrali[sz]ed|repelled|suppressed|jammed)"
#: how many of the munitions just counted were stopped, told after them: "launched 28 drones ... air defences
#: destroyed 24 of them", "24 of them were shot down", "of which 24 were intercepted", "20 of which were downed"
_DOWNED_SHARE = re.compile(
    rf"\b{_DOWNED}\s+(?:(?:only|just|some|about|around|at\s+least)\s+)?(?P<a>{_NUM})\s+of\s+(?:them|these|those)\b"
    rf"|\b(?P<b>{_NUM})\s+of\s+(?:them|these|those)\s+(?:were|was|had\s+been|have\s+been)\s+{_DOWNED}"
    rf"|\bof\s+which\s+(?P<c>{_NUM})\s+(?:were|was|had\s+been|have\s+been)\s+{_DOWNED}"
    rf"|\b(?P<d>{_NUM})\s+of\s+which\s+(?:were|was|had\s+been|have\s+been)\s+{_DOWNED}",
    re.IGNORECASE,
)


def downed_share(text: str, start: int, end: int, *, count: int) -> int | None:
    """How many of ``count`` munitions (counted right before ``start``) the clause up to ``end`` says were stopped,
    or None: an interception's count is the number stopped, not the number launched."""
    m = next(matches_ci(_DOWNED_SHARE, text, start, end), None)
    if m is None:
        return None
    k = number_value(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
    return k if k is not None and k <= count else None


def share_count(count: int | None, n: int, k: int) -> int | None:
    """Share ``k`` of ``n`` of a munitions count told for a list of places, split like a toll (floor, the remainder
    to the first), so that the rows of one barrage add up to the count said instead of each repeating it."""
    return None if count is None else count // n + (count % n if k == 0 else 0)


#: a toll told as a running total, which counts the dead told before it: "the death toll has risen to seven", "the
#: number killed climbed to 12", "bringing the toll to nine", "the toll now stands at 11"
_RUNNING_TOLL = re.compile(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:killed|dead|deaths|victims))\b[^.;]{0,40}?"
    r"\b(?:(?:has|had)\s+(?:now\s+)?)?(?:risen|rose|climbed|jumped|increased|now\s+stands)\s+(?:to|at)\b"
    r"|\bbringing\s+(?:the\s+)?(?:death\s+)?toll\s+to\b",
    re.IGNORECASE,
)


def running_toll(text: str, start: int, end: int) -> bool:
    """Whether the clause tells its toll as a running total (it includes the dead the report told before it)."""
    return next(matches_ci(_RUNNING_TOLL, text, start, end), None) is not None
