"""Tell the article body of a scraped news report apart from what surrounds it (pure, no I/O).

A scraped report carries more than the article: the headline, a photo caption whose date and place belong to an old
picture, a dateline naming the city where the agency sits, and page furniture (Previous/Next Article with other
stories' headlines, Related Posts, share buttons, counters, cookie notices, tag lists). Extraction must read only the
body, or it codes the caption's date, the dateline city and the neighbouring headlines as incidents (GDELT's known
failures). :func:`clean_text` never edits the text: it returns character ranges into the unchanged text, so every
evidence offset stays valid.

The rules are general and line based (one line = one paragraph in scraped text; hard-wrapped paragraphs are
re-joined when a line does not end a sentence):

* **furniture** -- a line that is a known navigation/sharing/subscription label ("Previous Article", "Related
  Posts", "Share", "Read more", "Subscribe", "Follow us on X", "Advertisement"), a bare counter ("0", "12 shares"),
  a tag list ("Tags: ..."), a cookie notice, a copyright line, a byline ("By Jane Doe"), a time stamp line
  ("Updated: ...") or a wire-service credit ("Reporting by ..."). After "Previous/Next Article" the next headline-like
  line is furniture; after a list header ("Related Posts", "You may also like", "Most read") every following
  headline-like line is, until a line that reads like prose.
* **captions** -- a line that starts like a caption ("Photo: ...", "FILE PHOTO", "Image source, ..."), ends with a
  photo credit ("(Reuters)", "(AFP/Getty Images)", "REUTERS/Name") or is such a credit alone, or is a short line
  with a full date (day, month and year) phrased like a picture description ("... are seen at ...", "pictured").
* **dateline** -- "PLACE[, qualifier][, Mon D] (AGENCY) —" at the start of the first body paragraphs; without an
  agency or date the place must be in capitals ("BEIRUT:") or be followed by a dash ("Mogadishu —"). The dateline is
  cut out of the body: it names where the agency sits, not where the event happened.
* **title** -- the first line when it reads like a headline (short, not a finished sentence) and more text follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CleanedText", "clean_text"]


@dataclass(frozen=True, slots=True)
class CleanedText:
    """Where the body, dateline, captions, furniture and title are in a report text (ranges into ``text``).

    ``text[dateline_span[0]:dateline_span[1]] == dateline``. Body ranges exclude the title, captions, furniture and
    the dateline (with its dash); each range is one paragraph (a hard-wrapped paragraph is one range).
    """

    text: str
    body: tuple[tuple[int, int], ...]
    dateline: str | None = None
    dateline_place: str | None = None
    dateline_span: tuple[int, int] | None = None
    captions: tuple[tuple[int, int], ...] = ()
    furniture: tuple[tuple[int, int], ...] = ()
    title: tuple[int, int] | None = None
    # --- extras beyond the contract ---
    dateline_agency: str | None = None
    dateline_date: str | None = None
    #: the datelines of later paragraphs in a brief filed from several places ("SOKOTO, March 13 - ..."): (where
    #: the paragraph's body starts, the dateline's date as written, the dateline); stripped from the body like the
    #: first
    inner_datelines: tuple[tuple[int, str, str], ...] = ()

    def body_text(self) -> str:
        """The body paragraphs joined by blank lines (for display; offsets refer to ``text``, not to this)."""
        return "\n\n".join(self.text[s:e] for s, e in self.body)

    def in_body(self, start: int, end: int) -> bool:
        """True when the range ``[start, end)`` lies inside one body range."""
        return any(s <= start and end <= e for s, e in self.body)

    @property
    def title_text(self) -> str | None:
        """The headline line, if one was recognised."""
        return self.text[self.title[0] : self.title[1]] if self.title else None


# --------------------------------------------------------------------------------------------- vocabulary
def _split(words: str, sep: str | None = None) -> list[str]:
    """A word list written as one string (keeps long vocabularies readable)."""
    return [w.strip() for w in words.split(sep) if w.strip()]


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: A date with day, month and year ("January 13, 2020", "13 Jan. 2020", "2020-01-13"): captions carry these.
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+"
    rf"(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b"
)
_DATELINE_DATE = (
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}\s+{_MONTH}\.?(?:\s+(?:19|20)\d\d)?)"
)

#: an uppercase Latin letter, accented ones included ("MEDELLÍN", "BOGOTÁ", "ŁÓDŹ")
_UC = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_UPPER_WORD = rf"[{_UC}][{_UC}.'’\-]*[{_UC}.]"
_TITLE_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’\-]+|al|el|ad|ar|as|az|ash|ez|es|de|del|la|le|bin|ibn|of)"
_QUALIFIER = r"[A-Z][\w.'’\-]*(?:\s+[A-Za-z][\w.'’\-]*){0,4}"  # ("Democratic Republic of the Congo")

#: "SULAIMANI (ESTA) —", "BAGHDAD, Jan 4 (Reuters) -", "KYIV, Ukraine (AP) —", "Mogadishu —", "BEIRUT:".
_DATELINE = re.compile(
    rf"""^(?P<dateline>
        # ("(Johannesburg) -": a rights group's dateline in brackets)
        (?P<bracket>\()?
        # ("YEREVAN/BAKU": a story filed from two capitals)
        (?P<place>{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}}(?:/{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}})?|
            [A-Z][a-zà-ÿ'’\-]+(?:[\s\-]+{_TITLE_WORD}){{0,2}})
        # ("SAMBHAL (Uttar Pradesh), November 25, 2024 -": the state in brackets, then the comma)
        (?:\s*\((?P<region>{_QUALIFIER})\)(?=,))?
        (?:,\s*(?!{_MONTH}\b)(?P<qualifier>{_QUALIFIER}))?
        (?:,?\s*(?P<date>{_DATELINE_DATE}))?
        (?(bracket)\))
        (?:\s*\((?P<agency>[A-Za-z][\w .&/’'\-]{{0,40}})\))?
    )
    (?P<sep>\s*[—–]\s*|\s+-{{1,2}}\s+|\s*--\s*|:\s+)
    (?=[A-Z0-9"“‘'(])""",
    re.VERBOSE,
)
#: a dateline that is only a date with its year ("20 May 2025 - ", "June 12, 2025 — "): when the report was
#: filed, not the day of what it tells
_DATE_DATELINE = re.compile(
    rf"^(?P<dateline>(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH}\.?,?\s+(?:19|20)\d\d)))"
    r"(?P<sep>\s*[—–]\s*|\s+-{1,2}\s+|\s*--\s*|:\s+)"
)

#: news agencies credited in brackets at the start of a story, as a dateline is written
_BRACKETED_AGENCIES = frozenset(
    _split(
        "reuters ap afp xinhua anadolu irna tass ani pti uni dpa efe kuna sana wafa bna bernama yonhap kyodo ians"
    )
)
#: Words that start a line in capitals followed by a dash or colon but are labels, not places.
_NOT_PLACES = frozenset(
    _split(
        "breaking update updated exclusive analysis opinion editorial watch video live note correction "
        "file photo editor's editors note warning explainer factbox timeline comment interview review "
        "meanwhile however earlier later today yesterday tonight also and but then now here there this "
        # a round-up's day heading ("Monday 15 July: Insurgents beheaded ..."): the day told, no dateline
        "monday tuesday wednesday thursday friday saturday sunday "
        "that what who why how when where summary highlights background context disclaimer sponsored "
        "advertisement"
    )
)

#: Whole-line labels of page furniture (compared lower-cased, without surrounding punctuation).
_FURNITURE_LABELS = frozenset(
    _split(
        "previous article|next article|previous post|next post|previous story|next story|previous|next|prev|"
        "older post|newer post|related posts|related articles|related stories|related news|related|"
        "related content|related topics|recommended|recommended for you|recommended stories|you may also like|"
        "you might also like|you may be interested in|more from|more stories|more news|more on this story|"
        "read more|read also|also read|see also|most read|most popular|most viewed|popular posts|popular|"
        "trending|trending now|latest news|latest|top stories|editor's picks|share|share this|"
        "share this article|share this story|share on facebook|share on twitter|share via email|share via|"
        "tweet|email|e-mail|print|whatsapp|telegram|facebook|twitter|x|linkedin|pinterest|reddit|copy link|"
        "link copied|total|shares|comments|comment|no comments|leave a comment|leave a reply|post a comment|"
        "advertisement|advertisment|sponsored|sponsored content|subscribe|subscribe now|sign up|sign in|log in|"
        "newsletter|follow us|back to top|skip to content|skip to main content|menu|search|home|loading|"
        "loading...|click here|accept|accept all|reject all|cookie settings|manage cookies|got it|ok|close|"
        "listen|listen to this article|save|bookmark|font size|a a a|join the conversation|show comments|"
        "view comments",
        "|",
    )
)
#: Labels after which exactly one headline follows.
_ONE_HEADLINE = frozenset(
    _split(
        "previous article|next article|previous post|next post|previous story|next story|previous|next|"
        "prev|older post|newer post",
        "|",
    )
)
#: Labels that head a list of other stories' headlines.
_LIST_HEADERS = frozenset(
    _split(
        "related posts|related articles|related stories|related news|related|related content|recommended|"
        "recommended for you|recommended stories|you may also like|you might also like|"
        "you may be interested in|more from|more stories|more news|more on this story|read more|read also|"
        "also read|see also|most read|most popular|most viewed|popular posts|popular|trending|trending now|"
        "latest news|latest|top stories|editor's picks",
        "|",
    )
)

#: Line starts of furniture (matched at the start of the line only).
_FURNITURE_STARTS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?:tags?|tagged(?: with| in)?|topics?|filed under|categories|category|keywords|posted in)\s*[:\-–—|]",
        r"(?:read more|read also|also read|see also|related|recommended|more from|watch|listen)\s*[:\-–—|»>]\s*\S",
        # another story's headline after its navigation label on the same line ("Previous Article: Benin: two
        # soldiers killed by IED in Park W", "Next story » ...")
        r"(?:previous|next|prev)\s+(?:article|post|story)\s*[:\-–—|»>]\s*\S",
        # a wire story's revision note ("(Adds army statement on air strikes, paragraphs 5-6; updates death toll)")
        r"\((?:adds|updates|recasts|corrects|changes|rewrites|removes|fixes|refiles|repeats|moves|inserts)\b[^()]{0,300}\)$",
        r"follow (?:us|@|[\w.]+ on)\b",
        r"(?:subscribe|sign up|register)\b.{0,120}$",
        r"share (?:this|on|via|the)\b.{0,80}$",
        r"\d[\d,.]*\s*[km]?\s*(?:shares?|comments?|views?|likes?|reads?|reactions?|responses?)?$",
        r"(?:©|\(c\)\s|copyright\b)",
        r"\(?(?:reporting|writing|editing|additional reporting|compiled|translated|edited) by\b",
        r"(?:published|updated|posted|last updated|first published|last modified)\b(?: on| at)?\s*[:\-–—]?"
        r"[^.!?]{0,60}\d[^.!?]{0,40}$",
        r"by\s+(?-i:(?:[A-Z][\w.'’\-]+\s*){1,4}(?:(?:,|and|&|\|)\s*(?:[A-Z][\w.'’\-]+\s*){1,5})*)$",
        # a press release's label and a line that is only its date ("PRESS RELEASE", "6 September 2023",
        # "Monday, Sept. 6, 2023 10:45 AM"): not the headline (which follows them) nor a sentence of the body
        r"(?:for immediate release|press release|news release|media release|press statement)\s*[:\-–—]?\s*$",
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|"
        r"[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}(?:[,\s]+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
        r"(?:\s*[A-Z]{2,4})?)?\s*$",
    )
)
#: the same as one pattern (one ``match`` per line instead of ten: a line is furniture when any matches)
_FURNITURE_START = re.compile("|".join(f"(?:{p.pattern})" for p in _FURNITURE_STARTS), re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:use|uses|accept|consent|privacy|policy|settings|experience|agree)\b", re.I
)

_CAPTION_START = re.compile(
    r"(?:\(?(?:file\s+)?(?:photo|photograph|picture|pic|image|video|caption|credit|illustration)s?\b\s*"
    r"(?:[:|/–—-]|by\b|courtesy\b|credit\b|of\b)|file\s*(?:[-–—:]|photo\b|picture\b|image\b)|pictured\s*:|"
    r"above\s*:|top\s*:|main image\s*:|\(?(?:image|photo|video) (?:caption|source|credit)\b)",
    re.IGNORECASE,
)
_IN_THIS_PHOTO = re.compile(r"\bin this (?:\w+ )?(?:file )?(?:photo|picture|image|handout)\b", re.IGNORECASE)
_AGENCIES = (
    r"reuters|afp|ap|epa|epa-efe|efe|anadolu(?: agency)?|getty(?: images)?|xinhua|ians|pti|tass|sana|irna|dpa|upi|"
    r"ansa|bloomberg|shutterstock|alamy|aa|ria novosti|sputnik|wana|ina|isna|tasnim|fars"
)
_CAPTION_CREDIT_END = re.compile(
    rf"(?:\((?:[^()]{{0,80}}?\b(?:photos?|pic|image|getty|file|courtesy|credit)\b[^()]{{0,80}}|(?:{_AGENCIES}))\)"
    rf"|\b(?:REUTERS|AFP|AP Photo|EPA|Getty Images|Anadolu Agency)\s*/\s*[A-Z][\w .'’\-]{{1,60}}"
    rf"|\b(?:AFP|AP) via Getty Images|\bPhoto:\s*[\w .,'’/\-]{{2,60}})\s*\.?$",
    re.IGNORECASE,
)


def _credit_hint(tail: str) -> bool:
    """Every credit :data:`_CAPTION_CREDIT_END` matches holds one of these (a ")" that ends the line, a "/",
    "Getty", "Photo:", case ignored): the big pattern, tried at each of 200 positions, runs only on lines that have
    one. (No other character folds to the letters of "photo" or "getty", so ``str.lower`` tests them as
    ``re.IGNORECASE``.)"""
    if "/" in tail:
        return True
    low = tail.lower()
    if "photo:" in low or "getty" in low:
        return True
    # left: a credit in brackets, which ends the line: ")" then only spaces and a full stop (the other credits
    # need "/", "Getty" or "Photo:"); a ")" earlier in the line is no hint
    end = tail.rstrip()
    if end.endswith("."):
        end = end[:-1].rstrip()
    return end.endswith(")")


_CREDIT_ONLY = re.compile(rf"^\(?(?:{_AGENCIES})(?:\s+photo)?\)?\.?$", re.IGNORECASE)
_CAPTION_VERB = re.compile(
    r"\b(?:(?:is|are)\s+(?:seen|pictured|shown|displayed)|pictured|(?:stands?|walks?|gathers?|sits?|looks?) "
    r"(?:on|at|in|near|by|during|guard|outside|inside|next|as|past|over)|inspects?|"
    # (the verb, not the noun: "an army patrol")
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\barmy\s)(?<!\bmilitary\s)(?<!\bpolice\s)(?<!\bsecurity\s)patrols?|"
    r"rides?|poses?|"
    r"waves?|prays?|mourns?|attends?|carr(?:y|ies)|takes? part|(?-i:march(?:es)?))\b",
    re.IGNORECASE,
)
_DATE_OPENING = re.compile(
    r"\s*(?:(?:early|late)\s+)?on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}\b)",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|according|announced|reported|stated|added|claimed|confirmed)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")
_ABBREV_END = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Capt|Sgt|Inc|Co|Ltd)\.)$"
)

_MAX_HEADLINE_CHARS = 200
_MAX_HEADLINE_WORDS = 30
_MAX_CAPTION_WORDS = 60
_MAX_LABEL_CHARS = 60  # navigation labels are short; longer lines skip the label lookup
_MAX_FURNITURE_CHARS = 400  # longer lines are prose, never furniture
_CREDIT_TAIL = 200  # a photo credit sits in the last characters of a caption
#: a year "\b(?:19|20)\d\d\b", written to start with literals (``re`` then skips to a "1" or "2"; same matches)
_YEAR = re.compile(r"(?:1(?<=\b1)9|2(?<=\b2)0)\d\d\b")


# --------------------------------------------------------------------------------------------- line rules


def _label(line: str) -> str:
    """A line reduced to its label: lower-case, surrounding punctuation and arrows dropped."""
    return re.sub(r"\s+", " ", line.strip(" \t:|»«›‹<>→←-–—•·*#[](){}").lower())


#: list headers that name a section or the publisher: "Related coverage", "MORE FROM ATLAS", "More on Sudan"
_LIST_HEADER_NAMED = re.compile(
    r"(?:related|more)\s+(?:coverage|reading|videos?|content|galleries|(?:from|on|in)\s+(?:the\s+)?[\w'’&.-]+"
    r"(?:\s+[\w'’&.-]+){0,2})"
)


def _list_header(label: str) -> bool:
    """A label that heads a list of other stories' headlines."""
    return label in _LIST_HEADERS or (len(label) <= 40 and _LIST_HEADER_NAMED.fullmatch(label) is not None)


def _is_furniture(line: str) -> bool:
    n = len(line)
    if n <= _MAX_LABEL_CHARS and _label(line) in _FURNITURE_LABELS:
        return True
    if n <= 44 and not line.rstrip().endswith(".") and _list_header(_label(line)):
        return True
    if n > _MAX_FURNITURE_CHARS:
        return False
    if _FURNITURE_START.match(line):
        return True
    low = line.lower()
    return "all rights reserved" in low or ("cookie" in low and bool(_COOKIE_CONTEXT.search(line)))


def _words(line: str) -> int:
    return line.count(" ") + 1


def _is_headline_like(line: str) -> bool:
    """Short, and not a finished sentence (headlines rarely end with a full stop)."""
    if len(line) > _MAX_HEADLINE_CHARS or _words(line) > _MAX_HEADLINE_WORDS:
        return False
    return not (line.endswith(".") and not _ABBREV_END.search(line[-12:]))


def _is_caption(line: str) -> bool:
    if _CAPTION_START.match(line) or _CREDIT_ONLY.match(line):
        return True
    if "in this" in line.lower() and _IN_THIS_PHOTO.search(line):
        return True
    if _words(line) > _MAX_CAPTION_WORDS:
        return False
    tail = line[-_CREDIT_TAIL:]
    if _credit_hint(tail) and _CAPTION_CREDIT_END.search(tail):
        return True
    return bool(
        _YEAR.search(line)
        and _FULL_DATE.search(line)
        and _CAPTION_VERB.search(line)
        and not _REPORTING.search(line)
        # a caption shows its scene first; a line that opens with its date tells ("On 8 April 2025, insurgents ...")
        and not _DATE_OPENING.match(line)
    )


def _match_dateline(line: str) -> re.Match[str] | None:
    m = _DATELINE.match(line)
    if m is None:
        return None
    place = m.group("place")
    first_word = place.split()[0].lower().rstrip(".")
    if first_word in _NOT_PLACES or place.lower() in _NOT_PLACES:
        return None
    if m.group("bracket") and place.lower() in _BRACKETED_AGENCIES:
        return None  # "(Reuters) - ...": the agency's credit, no place
    has_anchor = bool(m.group("agency") or m.group("date") or m.group("bracket"))
    upper = place.upper() == place and sum(c.isalpha() for c in place) >= 3
    dash = m.group("sep").strip() != ":"
    if not has_anchor and not upper and not dash:
        return None  # "Officials: ..." reads as a label, not a dateline
    if not has_anchor and not upper and len(place.split()) > 3:
        return None
    return m


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content with surrounding whitespace trimmed; blank lines give start == end."""
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lead = len(content) - len(content.lstrip())
        stripped = content.strip()
        start = pos + lead
        out.append((start, start + len(stripped)))
        pos += len(raw)
    return out


# --------------------------------------------------------------------------------------------- main


def clean_text(text: str) -> CleanedText:
    """Find the body, dateline, captions, furniture and title of a report text (see the module docstring).

    Parameters
    ----------
    text
        The report text exactly as stored; all returned offsets refer to it.
    """
    lines = _lines(text)
    kinds: list[str] = []  # per line: blank | furniture | caption | title | body
    expect_one = False  # after "Previous/Next Article": one headline follows
    in_list = False  # after "Related Posts": headlines follow until prose
    seen_body = False
    title: tuple[int, int] | None = None
    nonblank = [i for i, (s, e) in enumerate(lines) if e > s]

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if s == e:
            kinds.append("blank")
            continue
        if _is_furniture(line):
            label = _label(line)
            expect_one = label in _ONE_HEADLINE
            in_list = _list_header(label)
            kinds.append("furniture")
            continue
        if (expect_one or in_list) and _is_headline_like(line) and not _match_dateline(line):
            kinds.append("furniture")
            expect_one = False
            continue
        expect_one = in_list = False
        if _is_caption(line):
            kinds.append("caption")
            continue
        if title is None and not seen_body and _is_title(text, lines, nonblank, i):
            title = (s, e)
            kinds.append("title")
            continue
        seen_body = True
        kinds.append("body")

    dateline = dateline_place = dateline_agency = dateline_date = None
    dateline_span: tuple[int, int] | None = None
    body_starts: dict[int, int] = {}
    for i in [i for i, k in enumerate(kinds) if k == "body"][:2]:
        s, e = lines[i]
        m = _match_dateline(text[s:e])
        if m:
            dateline = m.group("dateline").strip()
            dateline_place = m.group("place")
            dateline_agency = m.group("agency")
            dateline_date = m.group("date")
            dateline_span = (s + m.start("dateline"), s + m.start("dateline") + len(dateline))
            body_starts[i] = s + m.end()
            break
        d = _DATE_DATELINE.match(text[s:e])
        if d:
            dateline = dateline_date = d.group("date")
            dateline_span = (s, s + len(dateline))
            body_starts[i] = s + d.end()
            break
    inner: list[tuple[int, str, str]] = []
    if dateline_date is not None:
        # a digest of several stories, each with a dated dateline of its own ("SOKOTO, March 13 - ..."): each is
        # where and when that paragraph was filed, not an event's place or day
        for i in [i for i, k in enumerate(kinds) if k == "body" and i not in body_starts]:
            s, e = lines[i]
            m = _match_dateline(text[s:e])
            if m and m.group("date") and m.group("place").upper() == m.group("place"):
                body_starts[i] = s + m.end()
                inner.append((s + m.end(), m.group("date"), m.group("dateline").strip()))

    body = _body_ranges(text, lines, kinds, body_starts)
    return CleanedText(
        text=text,
        body=tuple(body),
        dateline=dateline,
        dateline_place=dateline_place,
        dateline_span=dateline_span,
        captions=tuple(lines[i] for i, k in enumerate(kinds) if k == "caption"),
        furniture=tuple(lines[i] for i, k in enumerate(kinds) if k == "furniture"),
        title=title,
        dateline_agency=dateline_agency,
        dateline_date=dateline_date,
        inner_datelines=tuple(inner),
    )


def _is_title(text: str, lines: list[tuple[int, int]], nonblank: list[int], i: int) -> bool:
    """First content line, headline-like, not a dateline paragraph, with more content after it."""
    s, e = lines[i]
    line = text[s:e]
    if not _is_headline_like(line):
        return False
    later = [j for j in nonblank if j > i]
    if not later:
        return False
    own_line = i + 1 < len(lines) and lines[i + 1][0] == lines[i + 1][1]
    nxt = text[lines[later[0]][0] : lines[later[0]][1]]
    if (m := _match_dateline(line)) is not None:
        # a headline led by its country or its paper ("IRAN: Jaish al-Adl attack ... kills 11", "Marib Daily —
        # Fighting flares ..."): no agency or date, a line of its own that ends like no sentence, and prose after it
        # (a dateline opens a paragraph; one cut short by a hard wrap ends on a small word, or goes on in the next
        # line with a name: without a blank line, only a headline's present tense tells it apart)
        return (
            not (m.group("agency") or m.group("date") or m.group("bracket"))
            and not _WRAPPED_END.search(line)
            and (
                own_line
                or (
                    nxt[:1].isupper()
                    and _SENTENCE_END.search(nxt) is not None
                    and _HEADLINE_PRESENT.search(line, m.end()) is not None
                )
            )
        )
    if own_line:
        return True  # followed by a blank line: a line of its own
    return not nxt[:1].islower()  # a lower-case next line continues a hard-wrapped sentence


#: a headline's present tense: "attack kills 11", "Fighting flares on southern fronts" (a report's prose tells the past)
_HEADLINE_PRESENT = re.compile(
    r"\b(?:kills|leaves|claims|rocks|flares|erupts|dies|die|wounds|injures|targets|hits|strikes\s+(?:kill|hit)\w*)\b",
    re.IGNORECASE,
)
#: a line cut by a hard wrap ends on a small word: "BEIRUT — Israeli jets struck southern Lebanon on"
_WRAPPED_END = re.compile(
    r"(?:\b(?:a|an|the|of|in|on|at|to|for|by|with|from|and|or|but|as|that|which|who|its|their|his|her|near|"
    r"after|before|into|over|than)|[,;:—–-])\s*$",
    re.IGNORECASE,
)


def _body_ranges(
    text: str, lines: list[tuple[int, int]], kinds: list[str], body_starts: dict[int, int]
) -> list[tuple[int, int]]:
    """One range per paragraph; consecutive body lines are joined when the first does not end a sentence."""
    ranges: list[tuple[int, int]] = []
    previous = None  # index of the previous line when it was body
    for i, kind in enumerate(kinds):
        if kind != "body":
            previous = None
            continue
        s, e = lines[i]
        s = body_starts.get(i, s)
        if s >= e:
            previous = None
            continue
        if (
            previous is not None
            and ranges
            and not _SENTENCE_END.search(text[lines[previous][0] : lines[previous][1]])
        ):
            ranges[-1] = (ranges[-1][0], e)
        else:
            ranges.append((s, e))
        previous = i
    return ranges
