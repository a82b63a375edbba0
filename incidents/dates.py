"""Date expressions in news text, resolved against the report's publication date (never the clock).

News reports date events relative to the day they were published ("on Tuesday", "yesterday", "earlier this
week", "two years ago"); no library resolves these the way a coder does, so the relative logic lives here and is pure:
the publication date is an argument, and without it every relative expression is *unknown* (with a warning) rather
than silently resolved against today.

Rules (each one a row in ``tests/test_dates.py``):

- Absolute dates: ``January 3, 2022``, ``3 January 2022``, ``Jan. 3``, ``2022-01-03``. A day and month without a
  year take the publication year, or the year before when that would put the date after publication.
- Numeric ``d/m/yyyy``: day-first (the convention of most wire services outside the US) only when unambiguous, i.e.
  one part is > 12 or both parts are equal; an ambiguous ``3/1/2022`` takes the reading on or before publication
  that is closest to it, and is ``unknown`` without a publication date.
- Weekdays: ``on Tuesday`` is the most recent Tuesday *on or before* publication (published Tuesday 2022-01-04 ->
  2022-01-04); ``last Tuesday`` is the most recent one strictly before publication.
- ``today``/``tonight``/``this morning``/``earlier today`` -> publication day; ``yesterday``/``last night``/
  ``overnight`` -> the day before (a story published in the morning reports the night before).
- ``earlier this week``/``this week`` -> week precision, Monday of the publication week .. publication day, the event
  date is the midpoint of that known interval; ``last week`` -> the previous Monday..Sunday, midpoint Thursday.
- ``earlier this month`` -> month precision, 1st .. publication day, midpoint; ``last month``/``in March``/
  ``March 2021`` -> month precision, the 15th (ACLED's convention for month precision).
- ``in 2020``/``last year`` -> year precision (1 Jan .. 31 Dec, event date 1 July).
- ``that year``/``the same year`` (``later that year``, ``in March of that year``) -> the year of the date said last
  before it in the text; unknown (and historical) when none was said. ``between March and June 2022`` -> the months'
  span, year precision when longer than a month.
- ``Last week, on Wednesday`` reads as ``on Wednesday last week``; ``overnight and on Wednesday morning`` (the night
  before the day said, running into its morning) is that day.
- ``N days/weeks/months/years ago`` -> day/week/month/year precision.
- Past markers make a date *historical*: ``ago`` with months or years, ``last year``, a year before the publication
  year, ``since 2014``, ``in the past``, or any date more than :data:`HISTORICAL_DAYS` before publication.
- A resolved date after publication (``tomorrow``, ``next week``, ``March 5`` in a story from February with an
  explicit later year) is rejected: the resolution is ``unknown`` and carries a warning.

Relations between a report's events ("one day after X", "hours after", "two days before", "a day earlier") are
found by :func:`find_relations` and applied by the extraction pipeline, which knows the anchor event's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from incidents.model import DatePrecision
from incidents.textscan import SHARED_STEMS, any_within, case_twin, finditer_ci, lowered, substring_spans

__all__ = [
    "HISTORICAL_DAYS",
    "DateMention",
    "DateRelation",
    "DateResolution",
    "find_anniversaries",
    "find_dates",
    "find_relations",
    "number_value",
    "resolve_date",
    "shift_resolution",
]

#: An event dated more than this many days before publication is a reference to the past, not news.
HISTORICAL_DAYS = 45

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "couple of": 2,
    "a couple of": 2,
    "pair of": 2,
    "a pair of": 2,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "fifteenth": 15,
    "twentieth": 20,
    "twenty-fifth": 25,
    "thirtieth": 30,
    "fiftieth": 50,
}

#: number words and digits, as a regex fragment (longest alternatives first)
NUMBER_RE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|a\s+dozen|a\s+couple\s+of|a\s+pair\s+of|a\s+hundred|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|one|two|three|four|five|six|seven|eight|nine|ten|dozen|single|an?)"
)
_COMPOUND = re.compile(
    r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|"
    r"seven|eight|nine)$"
)


def number_value(token: str) -> int | None:
    """Integer value of a number word or digits ("two" -> 2, "1,200" -> 1200, "twenty-one" -> 21)."""
    t = " ".join(token.lower().split())
    if t.replace(",", "").isdigit():
        return int(t.replace(",", ""))
    m = _COMPOUND.match(t)
    if m:
        return _NUMBER_WORDS[m.group(1)] + _NUMBER_WORDS[m.group(2)]
    return _NUMBER_WORDS.get(t)


@dataclass(frozen=True, slots=True)
class DateResolution:
    """What a date expression says: best day, bounds, precision, whether it refers to the past.

    ``event_date`` is the best single day (the midpoint of the known interval for week/month/year precision);
    all dates are None and ``precision`` is unknown when the expression cannot be resolved (no publication date,
    ambiguous, in the future); ``warning`` then says why.
    """

    expr: str
    event_date: dt.date | None
    date_start: dt.date | None
    date_end: dt.date | None
    precision: DatePrecision
    historical: bool = False
    kind: str = "unknown"
    warning: str | None = None

    @property
    def known(self) -> bool:
        """True when the expression resolved to a date."""
        return self.event_date is not None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text (offsets into the text passed in) with its resolution."""

    start: int
    end: int
    text: str
    resolution: DateResolution


@dataclass(frozen=True, slots=True)
class DateRelation:
    """A temporal link between two events of a report: "one day after", "hours after", "a day earlier".

    ``direction`` is "after" (after/later/next/following) or "before" (before/earlier/previous); ``days`` is 0 for
    hours/minutes/shortly. Two readings, chosen by the pipeline: *forward* ("<A> came one day after <B>", the related
    event B is in the clause right of the marker): B = A - days for "after", A + days for "before"; *anaphoric*
    ("<B>, a day earlier", the marker's own clause is the event and A is the previous one): B = A + days for
    "after", A - days for "before". :meth:`offset` gives the signed day offset of B from A.
    """

    start: int
    end: int
    text: str
    days: int
    direction: str
    #: "month" for "two months after", "a month before": the day is then only roughly known (years are told as
    #: anniversaries: :func:`find_anniversaries`); "days"/"weeks" for "days after", "weeks before": a span
    coarse: str | None = None

    def offset(self, *, forward: bool) -> int:
        """Signed days from the anchor event A to the related event B."""
        sign = 1 if self.direction == "after" else -1
        return -sign * self.days if forward else sign * self.days


@dataclass(frozen=True, slots=True)
class AnniversaryMention:
    """ "the second anniversary of <X>": X happened ``years`` years before the events the sentence refers to."""

    start: int
    end: int
    text: str
    years: int
    object_start: int
    object_end: int


def _unknown(expr: str, warning: str | None = None, *, historical: bool = False) -> DateResolution:
    return DateResolution(expr, None, None, None, DatePrecision.UNKNOWN, historical, "unknown", warning)


def _mid(a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=(b - a).days // 2)


def _day(
    expr: str, d: dt.date, published: dt.date | None, kind: str, *, past: bool = False
) -> DateResolution:
    if published is not None and d > published:
        return _unknown(expr, f"date {d.isoformat()} ({expr!r}) is after publication {published.isoformat()}")
    hist = past or (published is not None and (published - d).days > HISTORICAL_DAYS)
    return DateResolution(expr, d, d, d, DatePrecision.DAY, hist, kind)


def _interval(
    expr: str,
    start: dt.date,
    end: dt.date,
    precision: DatePrecision,
    published: dt.date | None,
    kind: str,
    *,
    best: dt.date | None = None,
    past: bool = False,
) -> DateResolution:
    if published is not None:
        if start > published:
            return _unknown(
                expr, f"{expr!r} ({start.isoformat()}..) is after publication {published.isoformat()}"
            )
        end = min(end, published)
    if best is None or best > end or best < start:
        best = _mid(start, end)
    hist = past or (published is not None and (published - end).days > HISTORICAL_DAYS)
    return DateResolution(expr, best, start, end, precision, hist, kind)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def _month(expr: str, year: int, month: int, published: dt.date | None, kind: str, *, past: bool = False):
    start, end = _month_bounds(year, month)
    return _interval(
        expr, start, end, DatePrecision.MONTH, published, kind, best=start.replace(day=15), past=past
    )


def _year(
    expr: str, year: int, published: dt.date | None, kind: str, *, past: bool = False
) -> DateResolution:
    past = past or (published is not None and year < published.year)
    return _interval(
        expr,
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
        DatePrecision.YEAR,
        published,
        kind,
        best=dt.date(year, 7, 1),
        past=past,
    )


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT_RE = r"(?:day|week|month|year|hour|minute)s?"

#: "two years ago today", "a year ago, on this day", "three years ago to the day": that day, N units back
_TO_THE_DAY = r",?\s+(?i:today|on\s+this\s+(?:very\s+)?(?:day|date)|to\s+the\s+day)"

#: one regex for every date expression; group names tell which rule applies (checked in this order)
_DATE_RE = re.compile(
    rf"""
    (?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)
  | (?P<num>\b(?P<na>[0-3]?\d)/(?P<nb>[01]?\d)/(?P<ny>(?:19|20)\d\d)\b)
  | (?P<dot>\b(?P<da>[0-3]?\d)\.(?P<db>[01]?\d)\.(?P<dy>(?:19|20)\d\d)\b(?!\.\d))
    # a span across months: "25 March – 3 April 2024", "from March 25 to April 3", "between 28 Dec and 2 Jan"
  | (?P<xr>\b(?P<xf>(?i:between|from)\s+)?
        (?:(?P<xd1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<xm1>{_MONTH_RE})\b\.?|
        (?P<xm1b>{_MONTH_RE})\.?\s+(?P<xd1b>[0-3]?\d)(?:st|nd|rd|th)?\b)(?:,?\s+(?P<xy1>(?:19|20)\d\d)\b)?
        \s*(?(xf)(?i:and|to|until|through|-|–|—)|(?:[-–—]|(?i:to|until|through)\b))\s*
        (?:(?P<xd2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<xm2>{_MONTH_RE})\b\.?|
        (?P<xm2b>{_MONTH_RE})\.?\s+(?P<xd2b>[0-3]?\d)(?:st|nd|rd|th)?\b)
        (?!\s*(?:%|km|kilomet|miles|people|soldiers|civilians))(?:,?\s+(?P<xy2>(?:19|20)\d\d)\b)?)
  | (?P<dr>\b(?P<bf>(?i:between|from|on)\s+)?(?P<ra>[0-3]?\d)(?:st|nd|rd|th)?\s*
        (?(bf)(?i:and|to|through|-|–)|[-–])\s*(?P<rb>[0-3]?\d)(?:st|nd|rd|th)?
        \s+(?:of\s+)?(?P<m5>{_MONTH_RE})\b\.?(?:,?\s+(?P<y5>(?:19|20)\d\d)\b)?)
    # month first: "May 12-13", "between May 12 and 14", "on May 12 and 13"
  | (?P<mdr>\b(?P<bf6>(?i:between|from|on)\s+)?(?P<m6>{_MONTH_RE})\.?\s+(?P<rc>[0-3]?\d)(?:st|nd|rd|th)?\s*
        (?(bf6)(?i:and|to|through|-|–)|[-–])\s*(?P<rd>[0-3]?\d)(?:st|nd|rd|th)?\b
        (?!\s*(?:%|km|kilomet|miles|people|soldiers|civilians))(?:,?\s+(?P<y6>(?:19|20)\d\d)\b)?)
  | (?P<mdy>\b(?:(?:(?i:on)\s+)?(?:{_WD_RE}),?\s+)?(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b
        (?!\s*(?:%|km|kilomet|miles|people|soldiers|civilians))(?:,?\s+(?P<y1>(?:19|20)\d\d)\b|
        \s+(?P<q1>(?i:last|this))\s+(?i:year)\b)?)
  | (?P<dmy>\b(?:(?:(?i:on)\s+)?(?:{_WD_RE}),?\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_RE})\b\.?(?:,?\s+(?P<y2>(?:19|20)\d\d)\b|
        \s+(?P<q2>(?i:last|this))\s+(?i:year)\b)?)
  | (?P<dom>\b(?i:on)\s+(?i:the)\s+(?P<d7>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?i:of\s+)?(?:{_MONTH_RE})\b)
        (?!\s*[-–/]\s*\d)(?!\s+(?i:anniversary|floor|day|night|century|minute|round|time|attempt|birthday|edition|
        session|meeting|week|month|year|hour|storey|story|km|kilomet|mile|lap|hole|inning|over|place)))
  | (?P<my>\b(?:(?i:early|late|mid-?|in|during|since|until)\s+)?(?P<m3>{_MONTH_RE})\.?,?\s+(?P<y3>(?:19|20)\d\d)\b)
  | (?P<ago>\b(?P<an>(?i:{NUMBER_RE}|few|several|some|many))\s+(?P<au>{_UNIT_RE})\s+ago\b(?P<ttd>{_TO_THE_DAY})?)
  | (?P<agot>\b(?:(?i:a)\s+)?(?P<atn>(?i:year|month|week|decade))\s+ago\b(?P<ttd2>{_TO_THE_DAY})?)
  | (?P<rel>\b(?i:earlier\s+today|late\s+last\s+night|last\s+night|the\s+day\s+before\s+yesterday|yesterday|today|tonight|overnight(?!\s+(?:(?:into|to)|from\s+(?:{_WD_RE})\s+(?:into|to))\s+{_WD_RE})|
        this\s+(?:morning|afternoon|evening)|earlier\s+this\s+week|later\s+this\s+week|this\s+week|last\s+week|
        earlier\s+this\s+month|this\s+month|last\s+month|earlier\s+this\s+year|this\s+year|last\s+year|
        tomorrow|next\s+week|next\s+month|next\s+year|
        (?:in|over|during)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours|
        in\s+the\s+past|in\s+recent\s+years|
        (?:over|during|at)\s+the\s+weekend|this\s+weekend|last\s+weekend|the\s+previous\s+week|
        during\s+the\s+week|(?:over|in|during)\s+the\s+(?:past|last)\s+week|
        the\s+previous\s+year|the\s+past\s+year)\b)
    # a holiday: "On Christmas Eve 2023", "on Easter Sunday", "over Christmas" (a bare "Christmas", "Easter",
    # "New Year" or "Halloween" needs its preposition or year: "the Christmas market" is no date)
  | (?P<hol>\b(?:(?P<hq>(?i:on|at|over|during|since|until|by|last|this))\s+(?:(?i:the)\s+)?)?
        (?:(?P<hn>Christmas\s+Eve|Christmas\s+Day|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|Easter\s+(?:Sunday|Monday)|
        Good\s+Friday|Valentine['’]s\s+Day)|(?(hq)(?P<hb>Christmas|Easter|New\s+Year|Halloween)|
        (?P<hb2>Christmas|Easter|New\s+Year|Halloween)(?=,?\s+(?:19|20)\d\d\b)))\b
        (?!\s+(?i:Agreement|Accord|Rising|Islands?|tree|trees|markets?|cards?|gifts?|lights|decorations|shopping|
        presents?|carols?|message|address|sermon|speech|holidays?\s+(?:season|period)))
        (?:,?\s+(?i:of\s+)?(?P<hy>(?:19|20)\d\d)\b(?![-/]\d))?)
  | (?P<wd>\b(?:(?P<wq>(?i:last|this|next|on|early|late|since|until|by|overnight\s+(?:into|to)|
        # "overnight from Sunday to Monday", "on the night of Sunday to Monday": the night's end, as "overnight into"
        (?:overnight|(?:on\s+|in\s+)?the\s+night)\s+(?:from|of)\s+(?:{_WD_RE})\s+(?:into|to)|late\s+(?:into|on)|
        early\s+on|the\s+night\s+(?:into|before)))\s+)?(?P<w>{_WD_RE})
        (?:\s+(?P<wp>morning|afternoon|evening|night))?\b
        # "on Tuesday last week": that weekday of the week before publication's
        (?P<wlw>\s+(?i:of\s+)?(?i:last|the\s+previous)\s+(?i:week)\b)?)
    # a span of months: "between March and June of that year", "from January to April 2023"
  | (?P<mr>\b(?i:between|from)\s+(?P<m8>{_MONTH_RE})\.?\s+(?i:and|to|until|through)\s+(?P<m9>{_MONTH_RE})\b\.?
        (?!\s+[0-3]?\d\b)(?:,?\s+(?i:of\s+)?(?:(?P<y8>(?:19|20)\d\d)\b|(?P<q8>(?i:last|this|that|the\s+same))\s+
        (?i:year)\b))?)
  | (?P<mo>\b(?P<mq>(?i:in|during|since|until|early|late|mid-?|last|this|earlier\s+in))\s+(?P<m4>{_MONTH_RE})\b
        (?!\s+[0-3]?\d\b)(?:\s+(?i:of\s+)?(?P<myq>(?i:last|this|that|the\s+same))\s+(?i:year)\b)?)
    # the year a past date said before names: "later that year", "in the same year"
  | (?P<ty>\b(?:(?i:later|earlier|in|during|by|throughout)\s+)?(?i:that|the\s+same)\s+(?i:year)\b(?!['’]s))
  | (?P<se>\b(?:(?P<sq>(?i:last|this|earlier\s+this))\s+(?:(?i:early|late|mid-?)\s+)?(?P<s>(?i:spring|summer|autumn|fall|winter))\b
        # "the fall of Kabul", "the winter of discontent" are no dates
        (?!\s+(?i:of)\s+(?!(?:19|20)\d\d))(?:,?\s+(?i:of\s+)?(?P<sy>(?:19|20)\d\d)\b(?![-/]\d))?
      # without "last" or "this" a season needs its year: "in the fall" may be the coming one ("will attend ...
      # in the fall")
      | (?P<sy0q>(?i:(?:in|during|over|through|throughout|since|until|by)(?:\s+the)?|the|early|late|mid-?))\s+
        (?:(?i:early|late|mid-?)\s+)?(?P<s2>(?i:spring|summer|autumn|fall|winter)),?\s+(?i:of\s+)?
        (?P<sy2>(?:19|20)\d\d)\b(?![-/]\d)))
  | (?P<yr>\b(?P<yq>(?i:in|since|during|until|by|early|late|mid-?|of|the|from|between))\s+(?P<y4>(?:19|20)\d\d)
        (?:s\b)?(?!-\d)\b)
    """,
    re.VERBOSE,
)


def _before_or_on(published: dt.date, weekday: int, *, strict: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _resolve_match(
    m: re.Match[str], published: dt.date | None, *, that_year: int | None = None, last_week: bool = False
) -> DateResolution:
    """The resolution of one :data:`_DATE_RE` match. ``that_year`` is the year of the date said last before it
    (what "that year" names); ``last_week`` reads a weekday as one of the week before publication's ("Last week, on
    Wednesday", as "on Wednesday last week")."""
    expr = m.group(0)
    g = m.groupdict()
    if g["iso"]:
        d = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return _day(expr, d, published, "absolute") if d else _unknown(expr, f"{expr!r} is not a valid date")
    if g["dot"]:  # "On 14.02.2026": day first, as Indian and European police releases write it
        d = _safe_date(int(g["dy"]), int(g["db"]), int(g["da"]))
        return _day(expr, d, published, "absolute") if d else _unknown(expr, f"{expr!r} is not a valid date")
    if g["num"]:
        a, b, y = int(g["na"]), int(g["nb"]), int(g["ny"])
        readings = {
            r for r in (_safe_date(y, b, a), _safe_date(y, a, b)) if r is not None
        }  # day-first, month-first
        if len(readings) == 1:
            return _day(expr, readings.pop(), published, "absolute")
        if not readings:
            return _unknown(expr, f"{expr!r} is not a valid date")
        if published is None:
            return _unknown(expr, f"{expr!r} is ambiguous (day/month) and there is no publication date")
        past = sorted((r for r in readings if r <= published), reverse=True)
        if not past:
            return _unknown(expr, f"{expr!r} is ambiguous and both readings are after publication")
        return _day(expr, past[0], published, "absolute")
    if g["xr"]:
        return _resolve_cross_months(expr, g, published)
    if (
        g["dr"] or g["mdr"]
    ):  # "between 10 and 12 March", "May 12-13": the days in between, as precise as the span
        month = _MONTHS[(g["m5"] or g["m6"]).lower().rstrip(".")]
        a, b = int(g["ra"] or g["rc"]), int(g["rb"] or g["rd"])
        year_s = g["y5"] or g["y6"]
        year = int(year_s) if year_s else (published.year if published is not None else None)
        if year is None:
            return _unknown(expr, f"{expr!r} has no year and there is no publication date")
        first, last = _safe_date(year, month, a), _safe_date(year, month, b)
        if not year_s and published is not None and first is not None and first > published:
            year -= 1
            first, last = _safe_date(year, month, a), _safe_date(year, month, b)
        if first is None or last is None or last < first:
            return _unknown(expr, f"{expr!r} is not a valid range of days")
        span = (last - first).days
        precision = (
            DatePrecision.DAY if span == 0 else DatePrecision.WEEK if span <= 6 else DatePrecision.MONTH
        )
        return _interval(expr, first, last, precision, published, "absolute")
    if g["mdy"] or g["dmy"]:
        month = _MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
        day = int(g["d1"] or g["d2"])
        year_s = g["y1"] or g["y2"]
        if year_s:
            d = _safe_date(int(year_s), month, day)
            return (
                _day(expr, d, published, "absolute") if d else _unknown(expr, f"{expr!r} is not a valid date")
            )
        if published is None:
            return _unknown(expr, f"{expr!r} has no year and there is no publication date")
        said = (g["q1"] or g["q2"] or "").lower()
        if said:  # "on 3 May last year", "on March 3 this year": the year is said
            d = _safe_date(published.year - (said == "last"), month, day)
            return (
                _day(expr, d, published, "relative")  # (historical by its distance, as any day)
                if d
                else _unknown(expr, f"{expr!r} is not a valid date")
            )
        d = _safe_date(published.year, month, day)
        if d is not None and d > published:
            d = _safe_date(published.year - 1, month, day)
        return _day(expr, d, published, "absolute") if d else _unknown(expr, f"{expr!r} is not a valid date")
    if g[
        "dom"
    ]:  # "On the 14th": the last 14th on or before the report's day (Spanish-press usage, "el día 14")
        if published is None:
            return _unknown(expr, f"{expr!r} has no month and there is no publication date")
        day = int(g["d7"])
        d = _safe_date(published.year, published.month, day)
        if d is None or d > published:
            prev = published.replace(day=1) - dt.timedelta(days=1)
            d = _safe_date(prev.year, prev.month, day)
        return _day(expr, d, published, "relative") if d else _unknown(expr, f"{expr!r} is not a valid date")
    if g["my"]:
        return _month(expr, int(g["y3"]), _MONTHS[g["m3"].lower()], published, "absolute")
    if g["ago"] or g["agot"]:
        return _resolve_ago(expr, g, published)
    if g["rel"]:
        return _resolve_relative(expr, " ".join(g["rel"].lower().split()), published)
    if g["hol"]:
        return _resolve_holiday(expr, g, published)
    if g["wd"]:
        if published is None:
            return _unknown(expr, f"{expr!r} is relative and there is no publication date")
        q = (g["wq"] or "").lower()
        if q == "next":
            return _unknown(expr, f"{expr!r} is in the future")
        wd = _WEEKDAYS[g["w"].lower()]
        day = _before_or_on(published, wd, strict=q == "last")
        if g.get("wlw") or last_week:
            monday = published - dt.timedelta(days=published.weekday())
            day = monday - dt.timedelta(days=7) + dt.timedelta(days=wd)
        if " ".join(q.split()) == "the night before":
            day -= dt.timedelta(days=1)  # "the night before Friday": Thursday night
        return _day(expr, day, published, "weekday")
    if g["mo"]:
        if published is None:
            return _unknown(expr, f"{expr!r} has no year and there is no publication date")
        month = _MONTHS[g["m4"].lower()]
        year = published.year if month <= published.month else published.year - 1
        if g["mq"].lower() == "last" and month == published.month:
            year -= 1
        said = " ".join((g.get("myq") or "").lower().split())
        if said in ("that", "the same"):  # "in March of that year": the year said before (a past one)
            if that_year is None:
                return _unknown(expr, f"{expr!r} names no year said before", historical=True)
            return _month(expr, that_year, month, published, "month", past=that_year < published.year)
        if said:  # "in August last year", "in March this year": the year is said
            year = published.year - 1 if said == "last" else published.year
        return _month(expr, year, month, published, "month")
    if g["mr"]:
        return _resolve_months(expr, g, published, that_year)
    if g["ty"]:  # "later that year": the year said before, a past one
        if that_year is None or published is None:
            return _unknown(expr, f"{expr!r} names no year said before", historical=True)
        return _year(expr, that_year, published, "year")
    if g["se"]:
        return _resolve_season(expr, g, published)
    if g["yr"]:
        return _year(expr, int(g["y4"]), published, "year", past=g["yq"].lower() == "since")
    return _unknown(expr)  # pragma: no cover - every alternative is handled above


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lw) // 451
    month, day = divmod(h + lw - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


#: a holiday's day in a year, from (month, day) or Easter Sunday ("E") plus a shift, and the span (days around
#: it) a bare name over/during covers ("over Christmas": Christmas Eve .. Boxing Day)
_HOLIDAYS: dict[str, tuple[str | tuple[int, int], int, int, int]] = {
    "christmas eve": ((12, 24), 0, 0, 0),
    "christmas day": ((12, 25), 0, 0, 0),
    "christmas": ((12, 25), 0, -1, 1),
    "boxing day": ((12, 26), 0, 0, 0),
    "new year's eve": ((12, 31), 0, 0, 0),
    "new year's day": ((1, 1), 0, 0, 0),
    "new year": ((1, 1), 0, -1, 0),
    "valentine's day": ((2, 14), 0, 0, 0),
    "halloween": ((10, 31), 0, 0, 0),
    "good friday": ("E", -2, 0, 0),
    "easter sunday": ("E", 0, 0, 0),
    "easter monday": ("E", 1, 0, 0),
    "easter": ("E", 0, -2, 1),
}


def _holiday_day(name: str, year: int) -> dt.date:
    base, shift = _HOLIDAYS[name][:2]
    day = _easter(year) if base == "E" else dt.date(year, *base)  # type: ignore[misc]
    return day + dt.timedelta(days=shift)


def _resolve_holiday(expr: str, g: dict[str, str | None], published: dt.date | None) -> DateResolution:
    """ "on Christmas Eve 2023", "over Easter", "on New Year's Day": the holiday's day in the year said, else the
    latest one on or before publication ("this Christmas" not yet come: the future, unknown); "over"/"during" a
    bare "Christmas" or "Easter" is the holiday's few days, at week precision."""
    name = " ".join((g["hn"] or g["hb"] or g["hb2"] or "").lower().replace("’", "'").split())
    q = (g["hq"] or "").lower()
    if g["hy"]:
        year = int(g["hy"])
    elif published is None:
        return _unknown(expr, f"{expr!r} has no year and there is no publication date")
    else:
        year = published.year
        if q != "this" and _holiday_day(name, year) + dt.timedelta(days=_HOLIDAYS[name][2]) > published:
            year -= 1
    day = _holiday_day(name, year)
    lo, hi = _HOLIDAYS[name][2:]
    past = q == "since"  # (a holiday long past is historical by its distance, as any day)
    if q in ("over", "during") and (lo or hi):
        span = dt.timedelta(days=lo), dt.timedelta(days=hi)
        return _interval(
            expr, day + span[0], day + span[1], DatePrecision.WEEK, published, "holiday", best=day, past=past
        )
    return _day(expr, day, published, "holiday", past=past)


def _resolve_cross_months(expr: str, g: dict[str, str | None], published: dt.date | None) -> DateResolution:
    """ "25 March – 3 April 2024", "from Dec. 28 to Jan. 2": the days in between, as precise as the span (a
    reporting period: the events it sums up are somewhere in it). The year said is the end's; without one, the
    latest such span begun by publication."""
    m1 = _MONTHS[(g["xm1"] or g["xm1b"] or "").lower()]
    m2 = _MONTHS[(g["xm2"] or g["xm2b"] or "").lower()]
    d1, d2 = int(g["xd1"] or g["xd1b"] or 0), int(g["xd2"] or g["xd2b"] or 0)
    if g["xy2"] or g["xy1"]:
        y2 = int(g["xy2"] or g["xy1"] or 0)
        y1 = int(g["xy1"]) if g["xy1"] else y2 - (m1 > m2)
    elif published is None:
        return _unknown(expr, f"{expr!r} has no year and there is no publication date")
    else:
        y2 = published.year
        y1 = y2 - (m1 > m2)
        first = _safe_date(y1, m1, d1)
        if first is not None and first > published:
            y1, y2 = y1 - 1, y2 - 1
    first, last = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
    if first is None or last is None or last < first:
        return _unknown(expr, f"{expr!r} is not a valid range of days")
    span = (last - first).days
    precision = DatePrecision.WEEK if span <= 6 else DatePrecision.MONTH if span <= 31 else DatePrecision.YEAR
    return _interval(expr, first, last, precision, published, "absolute")


def _resolve_months(
    expr: str, g: dict[str, str | None], published: dt.date | None, that_year: int | None
) -> DateResolution:
    """ "between March and June 2022", "from January to April of that year": the months' span, at year precision
    when it is more than one month (as a season: a month would claim more than is said). Without a year, the
    latest such span begun by publication."""
    first, last = _MONTHS[(g["m8"] or "").lower()], _MONTHS[(g["m9"] or "").lower()]
    said = " ".join((g["q8"] or "").lower().split())
    if g["y8"]:
        year = int(g["y8"])
    elif said in ("that", "the same"):
        if that_year is None:
            return _unknown(expr, f"{expr!r} names no year said before", historical=True)
        year = that_year
    elif published is None:
        return _unknown(expr, f"{expr!r} has no year and there is no publication date")
    elif said:
        year = published.year - (said == "last")
    else:
        year = published.year if last <= published.month else published.year - 1
    # the year said is the span's end: "from November to February 2023" began in November 2022
    start = _month_bounds(year - (first > last), first)[0]
    end = _month_bounds(year, last)[1]
    precision = (
        DatePrecision.MONTH if start.month == end.month and start.year == end.year else DatePrecision.YEAR
    )
    past = published is not None and end.year < published.year
    return _interval(expr, start, end, precision, published, "month", past=past)


#: a season's first month and length in months (northern-hemisphere meteorological seasons, the reading of the
#: wire services most reports come from); winter starts in December and ends in the next year
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_bounds(name: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of the season that starts in ``year`` (winter: December .. February)."""
    first = _SEASONS[name]
    y, m = divmod(year * 12 + first - 1 + 3, 12)
    return dt.date(year, first, 1), dt.date(y, m + 1, 1) - dt.timedelta(days=1)


def _resolve_season(expr: str, g: dict[str, str | None], published: dt.date | None) -> DateResolution:
    """ "last summer", "this spring", "in the winter of 2022": the season's three months, at year precision (the
    finest of our precisions that does not claim more than the season: a month would be a pinpoint).

    With a year, that year's season; "last <season>" is the latest one over before publication; "this <season>"
    the current one, or this year's (not begun by publication: the future, unknown)."""
    name = (g["s"] or g["s2"] or "").lower()
    q = " ".join((g["sq"] or g["sy0q"] or "").lower().split())
    year_s = g["sy"] or g["sy2"]
    if year_s:
        start, end = _season_bounds(name, int(year_s))
        return _interval(expr, start, end, DatePrecision.YEAR, published, "season", past=q == "since")
    if published is None:
        return _unknown(expr, f"{expr!r} has no year and there is no publication date")
    year = published.year
    start, end = _season_bounds(name, year)
    if q == "last":
        while end >= published:
            year -= 1
            start, end = _season_bounds(name, year)
    elif start > published and _season_bounds(name, year - 1)[1] >= published:  # this winter, in January
        start, end = _season_bounds(name, year - 1)
    return _interval(expr, start, end, DatePrecision.YEAR, published, "season", past=q == "last")


def _resolve_ago(expr: str, g: dict[str, str | None], published: dt.date | None) -> DateResolution:
    if g["agot"]:
        n, unit = 1, g["atn"].lower()
    else:
        word = (g["an"] or "").lower()
        n = {"few": 3, "several": 3, "some": 3, "many": 3}.get(word) or number_value(word) or 1
        unit = (g["au"] or "").lower().rstrip("s")
    if unit == "decade":
        unit, n = "year", 10 * n
    if (g.get("ttd") or g.get("ttd2")) and published is not None and unit in ("year", "month", "week"):
        # "two years ago today": the same day of the month, N units back (29 February falls back to the 28th)
        if unit == "week":
            return _day(expr, published - dt.timedelta(weeks=n), published, "ago", past=n >= 6)
        y, m = divmod(published.year * 12 + published.month - 1 - (12 * n if unit == "year" else n), 12)
        day = published.day
        while (d := _safe_date(y, m + 1, day)) is None:
            day -= 1
        return _day(expr, d, published, "ago", past=True)
    if published is None:
        return _unknown(
            expr, f"{expr!r} is relative and there is no publication date", historical=unit == "year"
        )
    if unit in ("hour", "minute"):
        return _day(expr, published, published, "ago")
    if unit == "day":
        return _day(expr, published - dt.timedelta(days=n), published, "ago")
    if unit == "week":
        ref = published - dt.timedelta(weeks=n)
        start = ref - dt.timedelta(days=ref.weekday())
        return _interval(
            expr,
            start,
            start + dt.timedelta(days=6),
            DatePrecision.WEEK,
            published,
            "ago",
            best=ref,
            past=n >= 6,
        )
    if unit == "month":
        y, m = divmod(published.year * 12 + published.month - 1 - n, 12)
        return _month(expr, y, m + 1, published, "ago", past=n >= 2)
    return _year(expr, published.year - n, published, "ago", past=True)


def _resolve_relative(expr: str, key: str, published: dt.date | None) -> DateResolution:
    if key in ("in the past", "in recent years"):
        return _unknown(expr, None, historical=True)
    if key in ("tomorrow", "next week", "next month", "next year", "later this week"):
        return _unknown(expr, f"{expr!r} is in the future")
    if published is None:
        return _unknown(
            expr,
            f"{expr!r} is relative and there is no publication date",
            historical=key in ("last year", "the previous year", "the past year"),
        )
    p = published
    if key in ("today", "tonight", "earlier today", "this morning", "this afternoon", "this evening"):
        return _day(expr, p, p, "relative")
    if key.endswith(("24 hours", "twenty-four hours")):
        # "in the past 24 hours": a day's count, told on the day (the day before or the day itself)
        return _interval(expr, p - dt.timedelta(days=1), p, DatePrecision.DAY, p, "relative", best=p)
    if key == "the day before yesterday":
        return _day(expr, p - dt.timedelta(days=2), p, "relative")
    if key in ("yesterday", "last night", "late last night", "overnight"):
        return _day(expr, p - dt.timedelta(days=1), p, "relative")
    if key.endswith("weekend"):
        # the last Saturday-Sunday on or before publication ("over the weekend" in Monday's paper)
        sunday = p - dt.timedelta(days=(p.weekday() + 1) % 7)
        saturday = sunday - dt.timedelta(days=1)
        if p.weekday() == 5:  # published on a Saturday: that day so far
            saturday = sunday = p
        return _interval(expr, saturday, sunday, DatePrecision.WEEK, p, "relative")
    monday = p - dt.timedelta(days=p.weekday())
    if key in ("earlier this week", "this week"):
        return _interval(expr, monday, p, DatePrecision.WEEK, p, "relative")
    if key.endswith("week") and key.startswith(("during the", "over the", "in the")):
        # "During the week" of a weekly digest, "over the past week": the seven days up to publication
        return _interval(expr, p - dt.timedelta(days=6), p, DatePrecision.WEEK, p, "relative")
    if key in ("last week", "the previous week"):
        start = monday - dt.timedelta(days=7)
        return _interval(expr, start, start + dt.timedelta(days=6), DatePrecision.WEEK, p, "relative")
    if key in ("earlier this month", "this month"):
        return _interval(expr, p.replace(day=1), p, DatePrecision.MONTH, p, "relative")
    if key == "last month":
        y, m = divmod(p.year * 12 + p.month - 2, 12)
        return _month(expr, y, m + 1, p, "relative")
    if key in ("earlier this year", "this year"):
        # "earlier this year" says a deed told before, which the report refers back to: a past one
        return _interval(
            expr,
            p.replace(month=1, day=1),
            p,
            DatePrecision.YEAR,
            p,
            "relative",
            past=key.startswith("earlier"),
        )
    # last year / the previous year / the past year
    return _year(expr, p.year - 1, p, "relative", past=True)


def resolve_date(expr: str, *, published: dt.date | None) -> DateResolution:
    """Resolve one date expression against the publication date.

    Parameters
    ----------
    expr
        The expression as written ("on Tuesday", "3 January 2022", "two years ago").
    published
        Publication date of the report; None makes every relative expression unknown (with a warning), because
        resolving against the clock would invent a date.

    Returns
    -------
    DateResolution
        Unknown (with a warning) when the expression is not a date, ambiguous, or after publication.
    """
    text = expr.strip()
    m = _DATE_RE.search(text)
    if m is None:
        return _unknown(text, f"{text!r} is not a date expression")
    return _resolve_match(m, published)


#: every date expression contains one of these; the big regex only runs in a window around each (speed: the
#: alternation is tried at every position otherwise)
_DATE_WORDS = (
    "january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|"
    "sunday|yesterday|today|tonight|night|overnight|morning|afternoon|evening|days?|weeks?|months?|years?|tomorrow|"
    "past|recent|ago|decades?|hours?|minutes?|weekend|spring|summer|autumn|fall|winter|christmas|easter|"
    "halloween|valentine"
)
_DATE_ANCHOR = re.compile(rf"\d+(?:[,.:/-]\d+)*|\b(?:{_DATE_WORDS})\b", re.IGNORECASE)
#: the word branch of :data:`_DATE_ANCHOR` on its own: its twin can match only at the word starts where a stem of
#: its words is written ("days?" -> "day"), found in the report's one pass of the shared stem index
_DATE_WORDS_RE = SHARED_STEMS.add(re.compile(rf"\b(?:{_DATE_WORDS})\b", re.IGNORECASE))
_DIGIT = re.compile(r"\d")


_ANCHOR_TWIN: list[tuple[re.Pattern[str], bool] | None] = []  # case_twin(_DATE_ANCHOR), once (it is memoised)


def _date_anchor_starts(text: str, start: int, end: int) -> Iterator[int]:
    """The starts of ``finditer_ci(_DATE_ANCHOR, text, start, end)``'s matches.

    A regex pass tries the ~50 words at every position; here candidate starts come from a digit search (the
    number branch) and the stems' automaton (the word branch), and the twin matched at each confirms it and
    gives its end, where the next search starts: the same matches, as ``finditer`` finds them.
    """
    if not _ANCHOR_TWIN:
        _ANCHOR_TWIN.append(case_twin(_DATE_ANCHOR))
    got = _ANCHOR_TWIN[0]
    low = lowered(text)
    index = SHARED_STEMS.index
    if got is None or not got[1] or low is None or not index.has(_DATE_WORDS_RE):
        yield from (s for s, _ in finditer_ci(_DATE_ANCHOR, text, start, end))
        return
    stems = index.starts(low, _DATE_WORDS_RE)
    match, digit = got[0].match, _DIGIT.search  # type: ignore[index]
    i = bisect.bisect_left(stems, start)
    n = len(stems)
    pos, nd = start, start - 1
    while pos < end:
        if nd < pos:
            t = digit(low, pos, end)
            nd = end if t is None else t.start()
        while i < n and stems[i] < pos:
            i += 1
        at = stems[i] if i < n and stems[i] < nd else nd
        if at >= end:
            return
        m = match(low, at, end)
        if m is None:
            pos = at + 1
            continue
        yield at
        pos = m.end()


_REL_WORDS = ("after", "before", "later", "earlier", "previous", "next", "following", "same")
_REL_ANCHOR = re.compile(rf"\b(?:{'|'.join(_REL_WORDS)})\b", re.IGNORECASE)


_WORD_START = re.compile(r"\b\w")


#: the words a date expression of :data:`_DATE_RE` can start with (every branch, case ignored: a superset)
_DATE_FIRST_WORDS = (  # noqa: SIM905 (a list of words reads better as text)
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday early late later mid during since until twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen one two three four five six seven eight nine ten dozen single few "
    "several some many year month week decade earlier last yesterday today tonight overnight this "
    "tomorrow next the that from between in on by of a an over at through throughout christmas easter boxing new "
    "good halloween valentine"
).split()
#: ASCII characters ``\s`` matches (a first word of one or two letters is followed by whitespace in every branch)
_ASCII_SPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_DATE_START3 = frozenset(w[:3] for w in _DATE_FIRST_WORDS if len(w) >= 3) | frozenset(
    w + c for w in _DATE_FIRST_WORDS if len(w) == 2 for c in _ASCII_SPACE
)
_DATE_START2 = frozenset(w + c for w in _DATE_FIRST_WORDS if len(w) == 1 for c in _ASCII_SPACE)


#: what every :data:`_DATE_RE` match that starts with a digit starts with (a necessary test, not the match): its
#: digits (and thousands commas), then a hyphen (``iso`` "2019-03-12"), a slash (``num`` "12/03/2019"), an
#: optional ordinal suffix, space and "of" before a month's capital (``dmy`` "12th May", "3 of June": every name
#: of :data:`_MONTH_RE` starts with one of J F M A S O N D, case as written) or space before a unit (``ago`` "3,000
#: years ago", :data:`_UNIT_RE` lowercase); no other branch starts with a digit (the rest start with letters)
_DIGIT_DATE_START = re.compile(
    r"\d[\d,]*(?:\s*[/–-]|\.\d|(?:st|nd|rd|th)?\s+(?:of\s+)?[JFMASOND]|\s+(?:day|week|month|year|hour|minute))"
)


_UNIT_WORDS = "day|week|month|year|hour|minute"
#: for the commonest first words, what every :data:`_DATE_RE` match that starts with them goes on with (necessary
#: tests, case ignored: a superset of each branch): "the" only in "the previous/past year", "the day before
#: yesterday" (``rel``) and "the 1990s"
#: (``yr``), "that" only in "that year" (``ty``), "of" only in "of 2019" (``yr``), "a" only in "a year ago"
#: (``agot``) and "a dozen / couple / pair / hundred / day ... ago" (``ago``), "an" only in "an hour ago" (``ago``); keyed by the lowercased head
_WORD_DATE_START: dict[str, re.Pattern[str]] = {
    "the": re.compile(
        r"(?i:the)\s+(?:[p12]|spring|summer|autumn|fall|winter|night|day\s+before\s+y|same\s+year)",
        re.IGNORECASE,
    ),
    "tha": re.compile(r"(?i:that)\s+(?i:year)\b"),
    **{"of" + c: re.compile(r"(?i:of)\s+[12]") for c in _ASCII_SPACE},
    **{"an" + c: re.compile(rf"(?i:an)\s+(?i:{_UNIT_WORDS})") for c in _ASCII_SPACE},
    **{
        "a" + c: re.compile(rf"(?i:a)\s+(?i:{_UNIT_WORDS}|decade|dozen|couple|pair|hundred)")
        for c in _ASCII_SPACE
    },
}


def _may_start_date(text: str, pos: int) -> bool:
    """False only when no :data:`_DATE_RE` match can start at ``pos`` (a word start): it starts with a digit
    followed as :data:`_DIGIT_DATE_START` says, or with one of :data:`_DATE_FIRST_WORDS`. A cheap test that saves
    most ``_DATE_RE.match`` attempts (3 us each) at the ordinary words and numbers before an anchor ("said",
    "city", "that", "35 people"). Non-ASCII starts are always tried (case-insensitive matching folds "ſ", "İ" to
    ASCII letters)."""
    head = text[pos : pos + 3]
    if not head.isascii() or len(head) < 3:
        return True
    if head[:1].isdigit():
        return _DIGIT_DATE_START.match(text, pos) is not None
    head = head.lower()
    if head in _DATE_START3:
        test = _WORD_DATE_START.get(head)
    elif head[:2] in _DATE_START2:
        test = _WORD_DATE_START.get(head[:2])
    else:
        return False
    return test is None or test.match(text, pos) is not None


def _anchored(
    rx: re.Pattern[str],
    anchors: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    *,
    before: int,
    may_start=None,
):
    """Matches of ``rx`` that cover an anchor, tried with ``rx.match`` only at the word starts shortly before each
    anchor (a handful of attempts instead of trying a large alternation at every character). ``may_start(text,
    pos)``, when given, is False only where ``rx`` cannot match (a cheap test before the big one)."""
    last_end = start
    tried: dict[int, re.Match[str] | None] = {}  # word start -> rx.match there (anchors close together share)
    starts = (
        _date_anchor_starts(text, start, end)
        if anchors is _DATE_ANCHOR
        else (s for s, _ in finditer_ci(anchors, text, start, end))
    )
    for a_start in starts:
        if a_start < last_end:
            continue
        for w in _WORD_START.finditer(text, max(last_end, a_start - before), a_start + 1):
            ws = w.start()
            if ws in tried:
                m = tried[ws]
            else:
                m = tried[ws] = rx.match(text, ws, end) if may_start is None or may_start(text, ws) else None
            if m is not None and m.end() > a_start:
                last_end = m.end()
                yield m
                break


#: a weekday's name in a nickname or holiday ("Bloody Friday", "Black Saturday", "Palm Sunday"): no weekday said
_NICKNAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:Bloody|Black|Good|Holy|Maundy|Palm|Ash|Easter|Super|Cyber|Red|Dark|Great)\s$"
)


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, published: dt.date | None
) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, resolved, with offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[DateMention] = []
    that_year = None  # the year of the date said last ("since 2022 ... between March and June of that year")
    for m in _anchored(_DATE_RE, _DATE_ANCHOR, text, start, end, before=32, may_start=_may_start_date):
        if m.group("wd") and not m.group("wq") and m.start() > 0:
            if text[m.start() - 1] in "-":
                continue
            if text[m.start() - 1] == " " and _NICKNAME_BEFORE.search(
                text, max(start, m.start() - 12), m.start()
            ):
                continue  # "known as 'Bloody Friday'", "Black Saturday", "the Good Friday Agreement": a name
        last_week = (
            m.group("wd") is not None
            and (m.group("wq") or "on").lower() == "on"
            and bool(out)
            and " ".join(out[-1].text.lower().split()) in ("last week", "the previous week")
            and _BESIDE.fullmatch(text, out[-1].end, m.start()) is not None
        )
        if m.group("rel") and _WEEK_OF_AFTER.match(text, m.end()):
            continue  # "during the week of 10 June": the week the day below names, not the publication's
        res = _resolve_match(m, published, that_year=that_year, last_week=last_week)
        at = m.start()
        if res.precision is DatePrecision.DAY and res.kind == "absolute" and m.start() - start >= 12:
            week = _WEEK_OF_BEFORE.search(text, max(start, m.start() - 40), m.start())
            if week is not None:
                res, at = _week_of(week, res, text[week.start() : m.end()], published), week.start()
        if (
            not res.historical
            and res.precision in (DatePrecision.MONTH, DatePrecision.YEAR)
            and text.startswith(("'s ", "’s "), m.end())
        ):
            # "Last month's riot at the prison", "earlier this year's offensive": a deed named by its month or
            # year is one told before, which the report refers back to
            res = replace(res, historical=True)
        if res.event_date is not None:
            that_year = res.event_date.year
        out.append(DateMention(at, m.end(), text[at : m.end()], res))
    return _joined_days(text, out) if len(out) > 1 else out


#: a week named by a day of it: "the week of 10 June", "the week beginning 3 March", "the week ending May 12" (a
#: coder reads a week, date_start..date_end, never the one day)
_WEEK_OF_BEFORE = re.compile(
    r"\b(?:(?:during|in|over|for|throughout)\s+)?the\s+week\s+(?P<w>of|beginning|starting|commencing|from|"
    r"ending|to|through|until)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$",
    re.IGNORECASE,
)
_WEEK_OF_AFTER = re.compile(r"\s+(?:of|beginning|starting|commencing|ending)\s+(?:\w+\s+)?\d", re.IGNORECASE)


def _week_of(m: re.Match[str], day: DateResolution, expr: str, published: dt.date | None) -> DateResolution:
    """The seven days a "week of <day>" names: from the day on, or up to it for "the week ending <day>"."""
    d = day.event_date
    assert d is not None
    first, last = (
        (d - dt.timedelta(days=6), d)
        if m.group("w").lower() in ("ending", "to", "through", "until")
        else (d, d + dt.timedelta(days=6))
    )
    return _interval(expr, first, last, DatePrecision.WEEK, published, "absolute", past=day.historical)


#: a date said right beside the one before it: "Last week, on Wednesday"
_BESIDE = re.compile(r",?\s*")
#: a night told by itself ("overnight", "last night"): the day before publication
_NIGHT_WORDS = frozenset(("overnight", "last night", "late last night"))
_MORNING_OF = re.compile(r"\b(?:morning|dawn|daybreak)\b|^(?:early\s+)?(?:on\s+)?\w+day$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\s*(?:and|to|through|until|-|–)\s*", re.IGNORECASE)


def _joined_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "on Monday and Tuesday", "on 12 and 13 May": two days said together are one span of days (week precision
    when they differ), not the first day alone."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        a, b = (prev.resolution, d.resolution) if prev is not None else (None, None)
        if (
            prev is not None
            and a is not None
            and b is not None
            and a.precision is DatePrecision.DAY
            and b.precision is DatePrecision.DAY
            and a.event_date is not None
            and b.event_date is not None
            and 0 < (b.event_date - a.event_date).days <= 6
            and not a.historical
            and _AND_BETWEEN.fullmatch(text, prev.end, d.start)
        ):
            if (
                " ".join(prev.text.lower().split()) in _NIGHT_WORDS
                and (b.event_date - a.event_date).days == 1
                and _MORNING_OF.search(d.text)
            ):
                # "overnight and on Wednesday morning": one night running into the morning, the day said
                out[-1] = DateMention(
                    prev.start, d.end, text[prev.start : d.end], replace(b, expr=text[prev.start : d.end])
                )
                continue
            res = DateResolution(
                f"{prev.text} and {d.text}",
                _mid(a.event_date, b.event_date),
                a.event_date,
                b.event_date,
                DatePrecision.WEEK,
                False,
                a.kind,
            )
            out[-1] = DateMention(prev.start, d.end, text[prev.start : d.end], res)
            continue
        out.append(d)
    return out


_REL_RE = re.compile(
    rf"""\b(?:
        (?:just\s+|only\s+|barely\s+|some\s+|about\s+|nearly\s+|almost\s+)?(?P<n>{NUMBER_RE}|a|an)\s+(?P<u>days?|weeks?|hours?|minutes?|months?)\s+(?P<d>after|before|later|earlier)
      | (?:just\s+|only\s+|barely\s+|shortly\s+|moments\s+|minutes\s+|hours\s+)(?P<d2>after|before)
      | (?:the|a)\s+(?P<dd>day|week)\s+(?P<d3>after|before|earlier|later)(?!\s+yesterday\b)
      | the\s+(?P<prev>previous|next|following)\s+(?:day|night|evening|morning)
      | (?P<hrs>hours|minutes|moments)\s+(?P<d4>after|before|later|earlier)
      | (?P<vague>days|weeks)\s+(?P<d5>after|before|later|earlier)
      | (?P<same>(?:on\s+)?(?:the|that)\s+same\s+(?:day|night|evening|morning|afternoon)|later\s+(?:that|the\s+same)\s+day)
    )\b
    # a time of day is no other event: "shortly after 11 p.m. on Tuesday", "hours before dawn"
    (?!\s+(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|GMT|UTC|local\s+time|hrs|o['’]clock)
          |\d{{1,2}}[:.]\d{{2}}|midnight|noon|midday|dawn|dusk|sunset|sunrise|daybreak|nightfall|first\s+light))""",
    re.VERBOSE | re.IGNORECASE,
)


_rel_memo: list[object] = [None, None]


def _rel_words(text: str) -> list[tuple[int, int]] | None:
    """Spans of the anchor words of relations in the lowercased text (see :func:`substring_spans`), memoised for
    the last text (by identity): a few substring searches per report instead of a regex pass per range."""
    if _rel_memo[0] is not text:
        _rel_memo[0], _rel_memo[1] = text, substring_spans(text, _REL_WORDS)
    return _rel_memo[1]  # type: ignore[return-value]


def find_relations(text: str, start: int = 0, end: int | None = None) -> list[DateRelation]:
    """Temporal links between events in ``text[start:end]``: "one day after", "hours after", "the day before"."""
    end = len(text) if end is None else end
    # no anchor word in the range (its lowercase twin would find it there): no relation (four ranges in five)
    words = _rel_words(text)
    if words is not None and not any_within(words, start, end):
        return []
    out = []
    for m in _anchored(_REL_RE, _REL_ANCHOR, text, start, end, before=40):
        g = m.groupdict()
        coarse = None
        if g["n"]:
            n = 1 if g["n"].lower() in ("a", "an") else (number_value(g["n"]) or 1)
            unit = g["u"].lower().rstrip("s")
            per = {"week": 7, "month": 30, "year": 365}.get(unit, 1)
            days = 0 if unit in ("hour", "minute") else n * per
            coarse = unit if unit in ("month", "year") else None
            word = g["d"]
        elif g["d2"]:
            days, word = 0, g["d2"]
        elif g["dd"]:
            days, word = (7 if g["dd"].lower() == "week" else 1), g["d3"]
        elif g["prev"]:
            days, word = 1, g["prev"]
        elif g["vague"]:
            # "came days after", "weeks before": some days (weeks) apart, the day itself unknown
            unit = g["vague"].lower()
            days, word, coarse = (3 if unit == "days" else 14), g["d5"], unit
        elif g["same"]:
            if re.search(r"\d,?\s*$", text[max(start, m.start() - 6) : m.start()]):
                continue  # "arrested on May 21, 2015, the same day he ...": an apposition to a date said
            days, word = 0, "after"  # "On the same day, ...": the day of the event told before
        else:
            days, word = 0, g["d4"]
        direction = "before" if word.lower() in ("before", "earlier", "previous") else "after"
        out.append(DateRelation(m.start(), m.end(), m.group(0), days, direction, coarse))
    return out


_ANNIV_RE = re.compile(
    r"\b(?:the\s+)?(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"fifteenth|twentieth|twenty-fifth|thirtieth|fiftieth|(?P<od>\d{1,3})(?:st|nd|rd|th))\s+anniversary\s+of\b",
    re.IGNORECASE,
)


#: "to mark four years since <object>", "marking a year since <object>"
_YEARS_SINCE_RE = re.compile(
    rf"\b(?:to\s+mark|marking|marked|to\s+commemorate|commemorating|commemorated)\s+(?:the\s+)?"
    rf"(?P<n>{NUMBER_RE})\s+years?\s+since\b",
    re.IGNORECASE,
)


#: "Two years after Russian troops killed hundreds of civilians in Bucha, residents held a memorial": the object,
#: up to the comma, is a past event
_YEARS_AFTER_RE = re.compile(
    rf"\b(?P<n>{NUMBER_RE}|a)\s+(?P<u>years?|decades?)\s+after\b(?=[^.;]{{3,160}},)", re.IGNORECASE
)


#: "..., two years after an attack on the town killed 50": the object, to the end of the sentence, is a past event
#: (or told as what the new one follows: "The operation comes almost a year after a similar raid in Jenin")
_YEARS_AFTER_TRAIL_RE = re.compile(
    rf"(?:,|\b(?:comes?|came|coming)\b)\s*(?:just\s+|nearly\s+|almost\s+|exactly\s+|more\s+than\s+|"
    rf"less\s+than\s+|about\s+|some\s+|over\s+)?(?P<n>{NUMBER_RE}|a)\s+"
    rf"(?P<u>years?|decades?)\s+after\b",
    re.IGNORECASE,
)


#: a word whose period is no sentence end: a dotted acronym ("U.S", "U.N"), an initial, a month or title abbreviation
_ABBREVIATED = re.compile(
    r"(?:\b[A-Za-z]\.)+[A-Za-z]?$|\b[A-Z]$|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Maj|Capt|"
    r"Sgt|Brig|Adm|St|Mr|Mrs|Ms|Dr|Prof|No|Gov|Sen|Rep)$"
)


def find_anniversaries(text: str, start: int = 0, end: int | None = None) -> list[AnniversaryMention]:
    """ "the second anniversary of <object>", "to mark four years since <object>" markers; the object runs to the
    end of the clause."""
    end = len(text) if end is None else end
    out = []
    low = text[start:end].lower()
    after = " after " in low and ("year" in low or "decade" in low)
    if "anniversar" not in low and "since" not in low and not after:
        return out
    found = [*_ANNIV_RE.finditer(text, start, end), *_YEARS_SINCE_RE.finditer(text, start, end)]
    if after:
        found.extend(_YEARS_AFTER_RE.finditer(text, start, end))
        found.extend(_YEARS_AFTER_TRAIL_RE.finditer(text, start, end))
    for m in sorted(found, key=lambda m: m.start()):
        if m.re is _YEARS_AFTER_RE or m.re is _YEARS_AFTER_TRAIL_RE:
            n = 1 if m.group("n").lower() == "a" else (number_value(m.group("n")) or 1)
            years = n * (10 if m.group("u").lower().startswith("decade") else 1)
        elif m.re is _YEARS_SINCE_RE:
            years = number_value(m.group("n")) or 1
        else:
            years = int(m.group("od")) if m.group("od") else _ORDINALS[m.group("o").lower()]
        stop = end
        for sep in (
            (",", ";", ". ")
            if m.re is _YEARS_AFTER_RE
            else (";", ". ")
            if m.re is _YEARS_AFTER_TRAIL_RE
            else (";", ". ", ", which", ", when", ", in which", ", during which", ", where", " — ")
        ):
            i = text.find(sep, m.end(), end)
            while i != -1 and sep == ". " and _ABBREVIATED.search(text, max(m.end(), i - 12), i):
                i = text.find(sep, i + 2, end)  # "the U.S. drone strike that killed ...": no sentence end
            if i != -1:
                stop = min(stop, i)
        out.append(AnniversaryMention(m.start(), m.end(), m.group(0), years, m.end(), stop))
    return out


def shift_resolution(
    res: DateResolution, days: int, *, expr: str, published: dt.date | None, coarse: str | None = None
) -> DateResolution:
    """The resolution of an event ``days`` days from ``res`` (a related event), keeping precision; ``coarse``
    ("month", "year": "two months after") gives the month or year of the shifted day instead."""
    if res.event_date is None:
        return _unknown(expr, res.warning)
    delta = dt.timedelta(days=days)
    ev = res.event_date + delta
    # (a deed months or years before the one told is a reference to the past: historical)
    if coarse == "month":
        return _month(expr, ev.year, ev.month, published, "relation", past=days < 0)
    if coarse == "year":
        return _year(expr, ev.year, published, "relation", past=days < 0)
    if coarse in ("days", "weeks") and res.date_start is not None and res.date_end is not None:
        # "days after" is one to six days, "weeks after" one to four weeks: a span, the day unknown
        near, far = (1, 6) if coarse == "days" else (7, 27)
        sign = 1 if days > 0 else -1
        lo, hi = sorted((sign * near, sign * far))
        start, end = res.date_start + dt.timedelta(days=lo), res.date_end + dt.timedelta(days=hi)
        precision = DatePrecision.WEEK if coarse == "days" else DatePrecision.MONTH
        return _interval(
            expr, start, end, precision, published, "relation", best=ev, past=days < -HISTORICAL_DAYS
        )
    start = res.date_start + delta if res.date_start else None
    end = res.date_end + delta if res.date_end else None
    if published is not None and ev > published:
        return _unknown(expr, f"{expr!r} gives {ev.isoformat()}, after publication {published.isoformat()}")
    hist = res.historical or (published is not None and (published - ev).days > HISTORICAL_DAYS)
    return DateResolution(expr, ev, start, end, res.precision, hist, "relation")
