"""Read report files into :class:`~incidents.model.Report` records, and ingest them into a store.

This is one of the project's few I/O seams: it reads files, decodes bytes and calls the store. Everything it hands
on (reports) is immutable; extraction stays pure.

Formats (chosen by suffix, or sniffed from the content for ``-`` and unknown suffixes):

=================  ==================================================================================
``.txt``           plain text; a YAML front-matter header (``---``) is read as in ``.md``
``.md``            Markdown/text with optional YAML front matter (``title``, ``url``, ``published`` or
                   ``date``, ``source``; other keys kept in ``metadata["front_matter"]``)
``.html``          a web page: trafilatura extracts the main text (page furniture dropped) and metadata
                   (title, date, url, site name); the page itself is kept in ``metadata["raw"]``
``.json``          one object or a list of objects with ``text`` and optional ``title``, ``url``,
                   ``published`` (or ``date``), ``source``; other keys kept in ``metadata``
``.jsonl``         one such object per line (line numbers in rejects)
``.xml`` ``.rss``  RSS/Atom feed: each item is a report (text from its content or summary HTML)
directory          every supported file below it, recursively, sorted, hidden files skipped
``-``              standard input
=================  ==================================================================================

Policies (each decided once, here):

* **Publication date** comes from the file's metadata, unless ``published`` (``--published``) is given, which wins;
  a report whose own date differs from it gets a warning naming the report (one date for a whole feed or folder
  would otherwise move events silently). A report without a date whose id the store already holds with a date
  keeps that date, with a note: re-running ``ingest`` on a folder without ``--published`` erases nothing. Any other
  report without a known date is kept with ``published=None`` and a warning: its incidents get date precision
  "unknown". The day the program runs is never used as a publication date.
* **A publication date after the retrieval time** (beyond one day of time-zone slack) is a metadata error: the
  report is kept, the date is dropped (unknown) and a warning says so. Keeping the report loses nothing; keeping the
  date would put incidents in the future. A future ``--published`` is the user's own input and is an error.
* **Retrieval time** is an argument (the CLI passes the current time); re-ingesting an unchanged report keeps the
  first retrieval time, so a second run changes nothing.
* **Size**: a file read whole larger than ``max_bytes`` (default 5 MB) is rejected before it is read; JSON Lines
  files are streamed and the limit applies to each line.
* **Encoding**: UTF-8 (a BOM is dropped); otherwise Windows-1252 with replacement characters and a warning. NUL
  bytes or many control characters mean a binary file: rejected. Line endings are normalised to ``\\n``.
  Complete HTML character references left escaped by a feed or CMS ("Dar&#8217;a") are decoded.
* **Language**: text that is clearly not English is rejected ("language fr is not supported") rather than mined
  for incidents; too short to tell is accepted (see :mod:`incidents.language`).
* **Rejects** name the file (and line or item); the rest of the batch goes on.
* **Several processes** (``jobs``, ``--jobs``): extraction runs in worker processes while this process reads and
  does every store write, in input order, one transaction per report; the store and the summary are those of
  ``jobs=1`` (see :mod:`incidents._workers`). JSON Lines files are read line by line as the batch goes, so an
  archive of any size is never held whole.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import html
import io
import itertools
import json
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from incidents.language import UNDETERMINED, detect_language
from incidents.model import Report, make_report_id, report_to_dict
from incidents.store import StoreError

__all__ = [
    "AUTO_MIN_REPORTS",
    "DEFAULT_MAX_BYTES",
    "FORMATS_BY_SUFFIX",
    "HtmlArticle",
    "IngestError",
    "IngestSummary",
    "ReadResult",
    "Reject",
    "expand_paths",
    "extraction_warnings",
    "html_article",
    "html_to_text",
    "ingest",
    "normalise_text",
    "parse_date",
    "read_reports",
    "read_text",
    "resolve_jobs",
]

#: Default size limit of one report (one file read whole, or one JSON Lines line).
DEFAULT_MAX_BYTES = 5_000_000

FORMATS_BY_SUFFIX: Mapping[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
}

STDIN = "-"
_STDIN_LABEL = "<stdin>"
_FUTURE_SLACK = dt.timedelta(days=1)  # a report dated "tomorrow" may just be in a time zone ahead of ours


class IngestError(ValueError):
    """One input cannot become a report (empty, not English, unreadable); the message says why."""


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that was not read, with the reason (and the line or item when the file holds many records)."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}" if self.line else f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What one file gave: its reports, its rejected records and warnings (each naming the file)."""

    reports: tuple[Report, ...]
    rejects: tuple[Reject, ...]
    warnings: tuple[str, ...]
    path: str = ""
    #: things done for the user that change no data they gave (a stored publication date reused)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """Counts of one ingest run; ``ok`` is False when anything was rejected."""

    files: int = 0
    reports_read: int = 0
    reports_new: int = 0
    reports_updated: int = 0
    reports_unchanged: int = 0
    incidents_added: int = 0
    incidents_updated: int = 0
    incidents_unchanged: int = 0
    incidents_removed: int = 0
    current: int = 0
    historical: int = 0
    rejects: tuple[Reject, ...] = ()
    warnings: tuple[str, ...] = ()
    revision_before: int = 0
    revision_after: int = 0
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every input went through."""
        return not self.rejects

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``--json``)."""
        out = dataclasses.asdict(self)
        out["rejects"] = [dataclasses.asdict(r) for r in self.rejects]
        out["warnings"] = list(self.warnings)
        out["notes"] = list(self.notes)
        out["ok"] = self.ok
        return out


class _Rejected(Exception):
    """Internal: this input (or record) is rejected for the reason given."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(frozen=True, slots=True)
class _Options:
    published: dt.date | None
    source: str | None
    retrieved: dt.datetime | None
    max_bytes: int
    #: report_id -> the publication date the store already holds for it (None: not stored, or stored undated).
    #: A re-run without --published reuses it, so it does not erase a date given earlier (QA 28 #3).
    stored_published: Callable[[str], dt.date | None] | None = None


@dataclass(slots=True)
class _Collector:
    """Accumulates one file's reports, rejects and warnings."""

    label: str
    reports: list[Report] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: the record being read when its line does not name it ("item 2" of a one-line JSON list, "feed item 3"):
    #: said in its warnings, as its rejects say it
    record: str | None = None

    def reject(self, reason: str, line: int | None = None) -> None:
        self.rejects.append(Reject(self.label, reason, line))

    def warn(self, message: str, line: int | None = None) -> None:
        where = f"{self.label}:{line}" if line else self.label
        if self.record is not None:
            where += f": {self.record}"
        self.warnings.append(f"{where}: {message}")

    def note(self, message: str, line: int | None = None) -> None:
        where = f"{self.label}:{line}" if line else self.label
        if self.record is not None:
            where += f": {self.record}"
        self.notes.append(f"{where}: {message}")

    def result(self) -> ReadResult:
        return ReadResult(
            tuple(self.reports), tuple(self.rejects), tuple(self.warnings), self.label, tuple(self.notes)
        )


# ============================================================================================= dates


def parse_date(value: Any) -> dt.date:
    """A calendar date from metadata: ISO, RFC 822 (feeds, e-mail), "4 January 2022", date/datetime objects.

    Relative expressions ("yesterday") are refused: resolving them would need the wall clock.

    Raises
    ------
    ValueError
        When the value is not a date with day, month and year.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    s = str(value).strip()
    if not s:
        raise ValueError("empty date")
    if re.match(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])", s):
        try:
            return dt.date.fromisoformat(s[:10])
        except ValueError as exc:
            raise ValueError(f"{s!r} is not a valid date") from exc
    try:
        return email.utils.parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import: only when a non-ISO date turns up

    parsed = dateparser.parse(
        s,
        languages=["en"],
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        raise ValueError(f"{s!r} is not a date with day, month and year")
    return parsed.date()


# ============================================================================================= decoding


#: control characters other than white space, and the replacement character: many of them mean binary data
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")


def _decode(data: bytes, col: _Collector) -> str:
    """Bytes -> text (UTF-8, else Windows-1252 with a warning); binary data is rejected."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise_newlines(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise _Rejected(f"not readable as UTF-16 despite its byte-order mark ({exc.reason})") from exc
    if b"\x00" in data:
        raise _Rejected("binary file (contains NUL bytes), not a text report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        col.warn(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); read as Windows-1252"
            " — check accented letters"
        )
    bad = len(_BAD_CHARS.findall(text))
    if bad > max(2, 0.01 * len(text)):
        raise _Rejected(
            f"binary or undecodable file ({bad} control or unreadable characters), not a text report"
        )
    return _normalise_newlines(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# a complete character reference: "&#8217;", "&#x2019;", "&amp;", "&rsquo;" (never "AT&T" or "&para=1")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decode_entity(m: re.Match[str]) -> str:
    got = html.unescape(m.group(0))
    if not got or any((ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) < 0xA0 for c in got):
        return m.group(0)  # a control character (or one HTML drops): keep the reference as written
    return got


def normalise_text(text: str) -> str:
    """The text a report is stored and read as: line ends as ``\\n``, HTML character references decoded.

    Feeds and CMS APIs (WordPress JSON, RSS titles) often hand over text with its entities still escaped
    ("Dar&#8217;a countryside"); read literally, "Dar" becomes a place. Only complete references are decoded,
    so "AT&T" or a URL's "&para=1" stay as written; a reference to a control character stays escaped.
    """
    text = _normalise_newlines(text)
    return _ENTITY.sub(_decode_entity, text) if "&" in text else text


def _sniff(text: str) -> str:
    """Format of content without a telling suffix."""
    head = text.lstrip()[:2000]
    low = head.lower()
    if head.startswith("---\n"):
        return "markdown"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        lines = [ln for ln in text.strip().split("\n", 2) if ln.strip()]
        if len(lines) > 1:  # JSON Lines when the first line is a whole object by itself
            try:
                return "jsonl" if isinstance(json.loads(lines[0]), dict) else "json"
            except json.JSONDecodeError:
                return "json"
        return "json"
    if head.startswith("<"):
        if "<rss" in low or "<feed" in low or "<rdf:rdf" in low:
            return "feed"
        return "html"
    return "text"


# ============================================================================================= HTML -> text
def _split(words: str, sep: str | None = None) -> list[str]:
    """A word list written as one string (keeps long vocabularies readable)."""
    return [w.strip() for w in words.split(sep) if w.strip()]


_BLOCK_TAGS = frozenset(
    _split(
        "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
        "h6 header hr li main nav ol p pre section table td th tr ul"
    )
)
_SKIP_TAGS = frozenset(_split("script style noscript template svg head"))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, one paragraph per line (for feed items and pages trafilatura gives up on).

    Tolerates broken markup (unclosed tags, stray ``<``): the standard library parser never raises on it.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"[ \t\f\v\u00a0]+", " ", ln).strip() for ln in "".join(parser.parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


# ============================================================================================= building reports


def _jsonable(value: Any) -> Any:
    """Metadata values the store can write as JSON (dates from YAML become ISO strings)."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _resolve_published(
    raw: Any, opts: _Options, col: _Collector, line: int | None, *, report_id: str
) -> dt.date | None:
    missing = raw is None or (isinstance(raw, str) and not raw.strip())
    if opts.published is not None:
        # the documented override stands, but a report's own, different date is said: a feed or a folder with one
        # command-line date would otherwise move its events silently (QA 28 #2)
        try:
            own = None if missing else parse_date(raw)
        except (ValueError, TypeError):
            own = None
        if own is not None and own != opts.published:
            col.warn(
                f"its own publication date {own.isoformat()} differs from --published "
                f"{opts.published.isoformat()}: --published is used, its incidents are dated from it",
                line,
            )
        return opts.published
    if missing:
        stored = opts.stored_published(report_id) if opts.stored_published is not None else None
        if stored is not None:
            col.note(
                f"no publication date given: the date stored for this report earlier ({stored.isoformat()}) is "
                "used",
                line,
            )
            return stored
        col.warn("no publication date: its incidents' dates are unknown (give one with --published)", line)
        return None
    try:
        published = parse_date(raw)
    except ValueError as exc:
        col.warn(f"publication date not understood ({exc}): its incidents' dates are unknown", line)
        return None
    if opts.retrieved is not None and published > (opts.retrieved + _FUTURE_SLACK).date():
        col.warn(
            f"publication date {published.isoformat()} is after the retrieval time "
            f"{opts.retrieved.date().isoformat()}: date ignored, its incidents' dates are unknown",
            line,
        )
        return None
    both = _NUMERIC_DATE.fullmatch(str(raw).strip()) if isinstance(raw, str) else None
    if (
        both is not None
        and int(both.group(1)) <= 12
        and int(both.group(2)) <= 12
        and both.group(1) != both.group(2)
    ):
        # "03/10/2022": 10 March or 3 October; the reading taken is said, so a day-first source can pass --published
        col.warn(
            f"publication date {raw.strip()!r} is ambiguous (day/month): read as {published.isoformat()}; give "
            "--published to set it",
            line,
        )
    return published


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})")


def _build(
    col: _Collector,
    opts: _Options,
    *,
    text: str,
    fmt: str,
    title: Any = None,
    url: Any = None,
    published: Any = None,
    source: Any = None,
    line: int | None = None,
    metadata: Mapping[str, Any] | None = None,
    origin_path: str | None,
) -> Report:
    """The common last step of every reader: normalises the text (:func:`normalise_text`), checks text and
    language, settles date and source."""
    text = normalise_text(text)
    if isinstance(title, str):
        title = normalise_text(title)
    if not text.strip():
        raise _Rejected("no text" if fmt not in ("text", "markdown") else "empty file (no text)", line)
    language = detect_language(text)
    if language == UNDETERMINED:
        raise _Rejected("not English (almost no English words; language not identified): not supported", line)
    if language is not None and language != "en":
        raise _Rejected(f"language {language} is not supported: only English reports are read", line)
    meta: dict[str, Any] = {"format": fmt}
    if line is not None:
        meta["line"] = line
    meta.update(_jsonable(dict(metadata or {})))
    return Report.create(
        text=text,
        url=_str_or_none(url),
        source=opts.source or _str_or_none(source),
        title=_str_or_none(title),
        published=_resolve_published(
            published, opts, col, line, report_id=make_report_id(url=_str_or_none(url), text=text)
        ),
        retrieved=opts.retrieved,
        language=language,
        origin_path=origin_path,
        metadata=meta,
    )


def _add(col: _Collector, make: Callable[[], Report], line: int | None = None) -> None:
    """Run one record's builder; a rejection becomes a Reject of this file and the rest goes on."""
    try:
        col.reports.append(make())
    except _Rejected as exc:
        col.reject(exc.reason, exc.line if exc.line is not None else line)


# ----------------------------------------------------------------------------------------------- readers


def _read_plain(text: str, col: _Collector, opts: _Options, origin: str | None, fmt: str = "text") -> None:
    if text.startswith("---\n"):
        _read_front_matter(text, col, opts, origin)
        return
    if fmt == "markdown":
        text = markdown_text(text)
    _add(col, lambda: _build(col, opts, text=text, fmt=fmt, origin_path=origin))


_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^)\n]*\))*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_MD_CODE = re.compile(r"`([^`\n]*)`")


def markdown_text(text: str) -> str:
    """The prose of a Markdown report: images dropped (an image's alt text is a caption, not the story), links and
    inline code as their text, emphasis, heading and quote marks removed ("killed *five* villagers" is a toll)."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EM.sub(lambda m: m.group(1) or m.group(2), text)
    text = _MD_HEADING.sub("", text)
    return _MD_QUOTE.sub("", text)


def _read_front_matter(text: str, col: _Collector, opts: _Options, origin: str | None) -> None:
    import frontmatter
    import yaml

    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None  # the YAML text starts on the "---" line
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _Rejected(f"malformed YAML front matter: {problem}", line) from exc
    meta = dict(post.metadata)
    known = {k: meta.pop(k, None) for k in ("title", "url", "published", "date", "source")}
    published = known["published"] if known["published"] is not None else known["date"]
    extra = {"front_matter": meta} if meta else {}
    _add(
        col,
        lambda: _build(
            col,
            opts,
            text=markdown_text(post.content),
            fmt="markdown",
            title=known["title"],
            url=known["url"],
            published=published,
            source=known["source"],
            metadata=extra,
            origin_path=origin,
        ),
    )


def _trafilatura_config() -> Any:
    """trafilatura's defaults, but short articles are kept (its 250-character minimum drops brief wire items)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "50")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
    return config


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """The article of an HTML page: main text without page furniture, and what the page's metadata says."""

    body: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    metadata: dict[str, Any]
    warnings: tuple[str, ...]


def html_article(html: str, *, retrieved: dt.datetime | None = None) -> HtmlArticle:
    """Main text and metadata of an HTML page (trafilatura), the one reading used by the CLI and the dashboard.

    Dates come only from the page's metadata (meta tags, JSON-LD, ``<time>``, URL): htmldate's "extensive" search
    scans the visible text and would take a photo caption's date for the publication date. A page where no article
    is found falls back to all its visible text, with a warning. ``body`` is empty when the page has no text.
    """
    import trafilatura

    warnings: list[str] = []
    max_date = (retrieved or dt.datetime(2100, 1, 1)).date() + _FUTURE_SLACK
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": max_date.isoformat(),
            },
            config=_trafilatura_config(),
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup
        warnings.append(f"HTML extraction failed ({type(exc).__name__}: {exc}); using all the page's text")
        doc = None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        body = html_to_text(html)
        if body:
            warnings.append(
                "no article found in the HTML page; using all its visible text (may include page furniture)"
            )
    meta: dict[str, Any] = {}
    url = getattr(doc, "url", None)
    if url and urlsplit(url).path in ("", "/"):
        # a site's home page cannot identify an article (templates often put it in og:url): it would make every
        # page of the site the same report
        meta["site_url"] = url
        url = None
    for key in ("sitename", "author", "description", "hostname"):
        value = getattr(doc, key, None) if doc is not None else None
        if value:
            meta[key] = value
    return HtmlArticle(
        body=_normalise_newlines(body) if body else "",
        title=getattr(doc, "title", None),
        url=url,
        published=getattr(doc, "date", None),
        source=getattr(doc, "sitename", None),
        metadata=meta,
        warnings=tuple(warnings),
    )


def _read_html(text: str, col: _Collector, opts: _Options, origin: str | None) -> None:
    art = html_article(text, retrieved=opts.retrieved)
    for message in art.warnings:
        col.warn(message)
    if not art.body:
        raise _Rejected("no text in the HTML page")
    meta: dict[str, Any] = {"raw": text, **art.metadata}
    _add(
        col,
        lambda: _build(
            col,
            opts,
            text=art.body,
            fmt="html",
            title=art.title,
            url=art.url,
            published=art.published,
            source=art.source,
            metadata=meta,
            origin_path=origin,
        ),
    )


_RECORD_KEYS = ("text", "title", "url", "published", "date", "source")


def _read_record(
    obj: Any,
    col: _Collector,
    opts: _Options,
    origin: str | None,
    line: int,
    fmt: str,
    item: int | None = None,
) -> None:
    """One JSON record; ``item`` (1-based) is named in rejects when several records share a line."""

    def make() -> Report:
        col.record = f"item {item}" if item is not None else None
        try:
            return build()
        except _Rejected as exc:
            if item is None:
                raise
            raise _Rejected(f"item {item}: {exc.reason}", exc.line) from None
        finally:
            col.record = None

    def build() -> Report:
        if not isinstance(obj, dict):
            raise _Rejected(
                f"record is a JSON {type(obj).__name__}, expected an object with a 'text' key", line
            )
        text = obj.get("text")
        if not isinstance(text, str):
            keys = ", ".join(sorted(map(str, obj))) or "none"
            raise _Rejected(f"record has no 'text' string (keys: {keys})", line)
        published = obj.get("published") if obj.get("published") is not None else obj.get("date")
        extra = {k: v for k, v in obj.items() if k not in _RECORD_KEYS}
        return _build(
            col,
            opts,
            text=text,
            fmt=fmt,
            title=obj.get("title"),
            url=obj.get("url"),
            published=published,
            source=obj.get("source"),
            line=line,
            metadata=extra,
            origin_path=origin,
        )

    _add(col, make, line)


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _read_json(text: str, col: _Collector, opts: _Options, origin: str | None) -> None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Rejected(
            f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", exc.lineno
        ) from exc
    if not isinstance(data, list):
        _read_record(data, col, opts, origin, _line_of(text, len(text) - len(text.lstrip())), "json")
        return
    if not data:
        raise _Rejected("JSON list is empty: no reports")
    # walk the (valid) array again to learn each record's line number
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    lines = []
    for _ in data:
        while text[pos] in " \t\r\n,":
            pos += 1
        lines.append(_line_of(text, pos))
        _, pos = decoder.raw_decode(text, pos)
    shared = len(set(lines)) < len(lines)  # e.g. a whole list on one line: the line alone does not say which
    for k, (obj, line) in enumerate(zip(data, lines, strict=True), 1):
        _read_record(obj, col, opts, origin, line, "json", k if shared else None)


def _read_jsonl_lines(
    lines: Iterable[tuple[int, str]], col: _Collector, opts: _Options, origin: str | None
) -> Iterator[None]:
    """Reads the lines into ``col``, pausing (``yield``) after each, so that a caller can hand the reports on."""
    any_line = False
    for n, raw in lines:
        if not raw.strip():
            continue
        any_line = True
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            col.reject(f"malformed JSON: {exc.msg} (column {exc.colno})", n)
            continue
        _read_record(obj, col, opts, origin, n, "jsonl")
        yield
    if not any_line and not col.rejects:
        raise _Rejected("empty file (no records)")


def _stream_jsonl(path: Path, col: _Collector, opts: _Options) -> Iterator[tuple[int, str]]:
    """Lines of a JSON Lines file, each checked against the size limit before it is read whole."""
    with path.open("rb") as fh:
        n = 0
        while True:
            raw = fh.readline(opts.max_bytes + 1)
            if not raw:
                return
            n += 1
            if len(raw) > opts.max_bytes and not raw.endswith(b"\n"):
                while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                    pass
                col.reject(f"line longer than the {_mb(opts.max_bytes)} limit (raise it with --max-bytes)", n)
                continue
            sub = _Collector(col.label)
            try:
                text = _decode(raw, sub)
            except _Rejected as exc:
                col.reject(exc.reason, n)
                continue
            col.warnings.extend(w.replace(f"{col.label}:", f"{col.label}:{n}:", 1) for w in sub.warnings)
            yield n, text


def _read_feed(data: bytes, col: _Collector, opts: _Options, origin: str | None) -> None:
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser never treats it as a URL to fetch
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    where = None
    if problem is not None:
        get_line = getattr(problem, "getLineNumber", None)
        where = get_line() if callable(get_line) else None
    if not entries:
        if problem is not None:
            raise _Rejected(f"malformed feed: {problem}", where)
        raise _Rejected("feed has no items")
    tolerated = problem is not None and not isinstance(problem, feedparser.CharacterEncodingOverride)
    before = len(col.reports)
    feed_title = parsed.get("feed", {}).get("title")
    for n, entry in enumerate(entries, 1):

        def make(entry: Any = entry, n: int = n) -> Report:
            content = entry.get("content") or []
            html = content[0].get("value", "") if content else entry.get("summary", "")
            text = html_to_text(html) if "<" in html else html.strip()
            if not text:
                raise _Rejected(f"feed item {n} has no text")
            # the date as written keeps the publisher's own day; feedparser's parsed form is converted to UTC
            published = entry.get("published") or entry.get("updated")
            try:
                published = parse_date(published) if published else None
            except ValueError:
                published = entry.get("published_parsed") or entry.get("updated_parsed") or published
            meta = {"item": n}
            if entry.get("id"):
                meta["guid"] = entry.get("id")
            return _build(
                col,
                opts,
                text=text,
                fmt="feed",
                title=entry.get("title"),
                url=entry.get("link"),
                published=published,
                source=feed_title,
                metadata=meta,
                origin_path=origin,
            )

        col.record = f"feed item {n}"
        try:
            col.reports.append(make())
        except _Rejected as exc:
            col.record = None
            reason = exc.reason if exc.reason.startswith("feed item") else f"feed item {n}: {exc.reason}"
            if problem is not None:
                reason += f" (the feed is malformed: {problem})"
            col.reject(reason, where if problem is not None else None)
        finally:
            col.record = None
    read = len(col.reports) - before
    if tolerated and read:  # when no item could be read, the rejects already say the feed is malformed
        col.warn(
            f"feed is not well-formed ({problem}); read {read} of its {len(entries)} item(s) anyway", where
        )


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _parse_content(data: bytes, fmt: str | None, col: _Collector, opts: _Options, origin: str | None) -> None:
    if not data.strip():
        raise _Rejected("empty file (no text)")
    text = _decode(data, col)
    fmt = fmt or _sniff(text)
    if fmt == "feed":
        _read_feed(data, col, opts, origin)
    elif fmt == "html":
        _read_html(text, col, opts, origin)
    elif fmt == "json":
        _read_json(text, col, opts, origin)
    elif fmt == "jsonl":
        for _ in _read_jsonl_lines(enumerate(text.split("\n"), 1), col, opts, origin):
            pass
    elif fmt == "markdown":
        _read_plain(text, col, opts, origin, "markdown")
    else:
        _read_plain(text, col, opts, origin)


def _check_file(path: Path) -> int:
    """The size of a regular file, or why it cannot be read."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise _Rejected("no such file or directory") from exc
    except PermissionError as exc:
        raise _Rejected("permission denied") from exc
    if not path.is_file():
        raise _Rejected("not a regular file")
    if size == 0:
        raise _Rejected("empty file (no text)")
    return size


def _read_path(path: Path, opts: _Options) -> ReadResult:
    label = str(path)
    col = _Collector(label)
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    origin = str(path.resolve())
    try:
        size = _check_file(path)
        if fmt == "jsonl":
            for _ in _read_jsonl_lines(_stream_jsonl(path, col, opts), col, opts, origin):
                pass
            return col.result()
        if size > opts.max_bytes:
            raise _Rejected(
                f"file is {_mb(size)}, larger than the {_mb(opts.max_bytes)} limit per report "
                "(raise it with --max-bytes)"
            )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _Rejected(f"cannot read: {exc.strerror}") from exc
        _parse_content(data, fmt, col, opts, origin)
    except _Rejected as exc:
        col.reject(exc.reason, exc.line)
    return col.result()


def _stream_path(path: Path, opts: _Options) -> Iterator[Report | ReadResult]:
    """What :func:`_read_path` reads, a JSON Lines file's reports handed on line by line (a file of a million
    records is never held whole); last, the file's :class:`ReadResult` with its rejects and warnings and no
    reports."""
    if FORMATS_BY_SUFFIX.get(path.suffix.lower()) != "jsonl":
        result = _read_path(path, opts)
        yield from result.reports
        yield dataclasses.replace(result, reports=())
        return
    col = _Collector(str(path))
    try:
        _check_file(path)
        for _ in _read_jsonl_lines(_stream_jsonl(path, col, opts), col, opts, str(path.resolve())):
            yield from col.reports
            col.reports.clear()
    except _Rejected as exc:
        col.reject(exc.reason, exc.line)
    yield from col.reports
    col.reports.clear()
    yield col.result()


def _read_stdin(stdin: TextIO | io.BufferedIOBase | None, opts: _Options) -> ReadResult:
    col = _Collector(_STDIN_LABEL)
    stream = stdin if stdin is not None else sys.stdin
    try:
        buffer = getattr(stream, "buffer", None)
        raw = (buffer or stream).read(opts.max_bytes + 1)
        data = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
        if len(data) > opts.max_bytes:
            raise _Rejected(
                f"input is larger than the {_mb(opts.max_bytes)} limit (raise it with --max-bytes)"
            )
        _parse_content(data, None, col, opts, None)
    except _Rejected as exc:
        col.reject(exc.reason, exc.line)
    return col.result()


# ============================================================================================= public API


def expand_paths(paths: Sequence[str | Path]) -> tuple[list[str | Path], list[str]]:
    """Files to read, in order: directories expanded (recursive, sorted, hidden and unsupported files skipped).

    Returns the list of files (``"-"`` kept for standard input; missing paths kept so that reading rejects them)
    and warnings about skipped files.
    """
    out: list[str | Path] = []
    warnings: list[str] = []
    for p in paths:
        if str(p) == STDIN:
            out.append(STDIN)
            continue
        path = Path(p)
        if not path.is_dir():
            out.append(path)
            continue
        skipped: list[str] = []
        found = 0
        for child in sorted(path.rglob("*"), key=lambda c: c.relative_to(path).as_posix()):
            rel = child.relative_to(path).parts
            if any(part.startswith(".") for part in rel) or not child.is_file():
                continue
            if child.suffix.lower() in FORMATS_BY_SUFFIX:
                out.append(child)
                found += 1
            else:
                skipped.append(child.relative_to(path).as_posix())
        if skipped:
            named = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
            warnings.append(f"{path}: skipped {len(skipped)} file(s) of unsupported types: {named}")
        if not found:
            warnings.append(f"{path}: no reports found (no file of a supported type)")
    return out, warnings


def read_reports(
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    retrieved: dt.datetime | None = None,
) -> Iterator[ReadResult]:
    """Read report files; yields one :class:`ReadResult` per file (directories expanded, ``"-"`` = stdin).

    Parameters
    ----------
    published
        Publication date for every report, overriding the files' own metadata (``--published``).
    source
        Publisher name for every report, overriding the files' own (``--source``).
    max_bytes
        Size limit of one report, checked before reading (JSON Lines: of one line).
    retrieved
        When the reports were retrieved (the caller's clock); publication dates after it are dropped.
    """
    opts = _Options(published, source, retrieved, max_bytes)
    files, warnings = expand_paths(paths)
    if warnings:
        yield ReadResult((), (), tuple(warnings), "")
    for f in files:
        yield _read_stdin(stdin, opts) if f == STDIN else _read_path(Path(f), opts)


def read_text(
    text: str,
    *,
    published: dt.date | None,
    source: str | None,
    url: str | None = None,
    title: str | None = None,
    origin_path: str | None = None,
    retrieved: dt.datetime | None = None,
) -> Report:
    """A report from pasted text (the dashboard's paste box); same checks as for files.

    Raises
    ------
    IngestError
        When the text is empty or clearly not English.
    """
    col = _Collector(origin_path or "<text>")
    opts = _Options(None, source, retrieved, DEFAULT_MAX_BYTES)
    try:
        report = _build(
            col,
            opts,
            text=text,
            fmt="text",
            title=title,
            url=url,
            published=published,
            origin_path=origin_path,
        )
    except _Rejected as exc:
        raise IngestError(exc.reason) from exc
    return report


def _comparable(report: Report) -> dict[str, Any]:
    d = json.loads(json.dumps(report_to_dict(report), sort_keys=True, default=str))
    d.pop("retrieved", None)
    return d


def _keep_first_retrieval(store: Any, report: Report) -> Report:
    """An unchanged report keeps the retrieval time already stored, so re-ingesting it changes nothing."""
    old = store.get_report(report.report_id)
    if old is not None and old.retrieved != report.retrieved and _comparable(old) == _comparable(report):
        return dataclasses.replace(report, retrieved=old.retrieved)
    return report


def extraction_warnings(warnings: Iterable[str], report: Report) -> list[str]:
    """Extraction's warnings minus "no publication date", which reading has already given for this report.

    One problem, one message: without this, every undated report printed two warnings under two spellings of its
    path.
    """
    if report.published is not None:
        return list(warnings)
    return [w for w in warnings if not w.lower().startswith("no publication date")]


def _default_extract() -> Callable[..., Any]:
    from incidents.extract import extract

    return extract


#: ``jobs="auto"`` extracts in the calling process when the batch has at most this many reports: starting
#: workers (a fork; a gazetteer load per worker where fork is unavailable) is not worth it for a few reports
AUTO_MIN_REPORTS = 32

#: ("file", label, None) when a file starts, ("report", label, report), ("end", its ReadResult, None)
_Tag = tuple[str, Any, Report | None]
#: ``jobs="auto"`` decides after at most this many steps (files, reports) read ahead, to bound what it holds
_AUTO_MAX_STEPS = 10_000


def resolve_jobs(jobs: int | str) -> int:
    """The number of extraction processes ``jobs`` asks for (``"auto"``: the usable CPUs, at most 4).

    Raises
    ------
    ValueError
        When ``jobs`` is not a positive whole number or ``"auto"``.
    """
    from incidents._workers import auto_jobs

    if jobs == "auto":
        return auto_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive whole number or 'auto', not {jobs!r}")
    return jobs


def _steps(
    files: Sequence[str | Path], notes: Sequence[str], opts: _Options, stdin: TextIO | None
) -> Iterator[tuple[_Tag, Report | None]]:
    """The batch as one stream of steps, reports one by one as they are read (JSON Lines line by line).

    A file's own rejects and warnings come with its "end" step: reading a large JSON Lines file never holds all
    of its reports.
    """
    if notes:
        yield ("end", ReadResult((), (), tuple(notes), ""), None), None
    for f in files:
        if f == STDIN:
            result = _read_stdin(stdin, opts)
            label = result.path
            stream: Iterable[Report | ReadResult] = [*result.reports, dataclasses.replace(result, reports=())]
        else:
            label = str(Path(f))
            stream = _stream_path(Path(f), opts)
        yield ("file", label, None), None
        for item in stream:
            if isinstance(item, ReadResult):
                yield ("end", item, None), None
            else:
                yield ("report", label, item), item


def ingest(
    paths: Sequence[str | Path],
    *,
    store: Any,
    gazetteer: Any,
    now: dt.datetime,
    published: dt.date | None = None,
    source: str | None = None,
    progress: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | None = None,
    extract: Callable[..., Any] | None = None,
    jobs: int | str = 1,
) -> IngestSummary:
    """Read, extract and store reports: one transaction per report, so a failure leaves nothing half-written.

    Parameters
    ----------
    store
        An :class:`~incidents.store.IncidentStore`; each report is saved with its incidents (``replace=True``:
        a re-extraction replaces the report's earlier extracted incidents).
    gazetteer
        Passed to extraction.
    now
        The retrieval time recorded on new reports (the caller's clock; never read here).
    extract
        ``extract(report, *, gazetteer) -> Extraction``; defaults to :func:`incidents.extract.extract`. With
        ``jobs`` > 1 where processes are not forked (macOS, Windows) it must be picklable (a module-level
        function).
    jobs
        Extraction processes. 1 (the default of this function): all in this process. N > 1: N worker processes
        extract while this process reads and does every store write, in input order, one transaction per
        report: the store and the summary are the same as with 1. ``"auto"``: the usable CPUs (at most 4), or
        1 when the batch has at most :data:`AUTO_MIN_REPORTS` reports.

    Raises
    ------
    ValueError
        When ``jobs`` is not a positive whole number or ``"auto"``.
    incidents._workers.WorkerError
        When a worker process dies (killed, out of memory); the reports stored before are complete.
    """
    from tqdm import tqdm

    from incidents._workers import Extracted, extract_one, extract_ordered

    n_jobs = resolve_jobs(jobs)
    extract_fn = extract or _default_extract()
    counts = dict.fromkeys(
        (
            "files",
            "reports_read",
            "reports_new",
            "reports_updated",
            "reports_unchanged",
            "incidents_added",
            "incidents_updated",
            "incidents_unchanged",
            "incidents_removed",
            "current",
            "historical",
        ),
        0,
    )
    counted: set[str] = set()  # the incidents counted as current or historical (each once)
    rejects: list[Reject] = []
    warnings: list[str] = []
    notes: list[str] = []
    revision_before = store.revision()
    files, notes = expand_paths(paths)
    opts = _Options(published, source, now, max_bytes, stored_published=_stored_published(store))
    steps: Iterator[tuple[_Tag, Report | None]] = _steps(files, notes, opts, stdin)
    if jobs == "auto" and n_jobs > 1:  # read a little first: a small batch is not worth starting workers
        head: list[tuple[_Tag, Report | None]] = []
        n_head = 0
        for step in steps:
            head.append(step)
            n_head += step[1] is not None
            if n_head > AUTO_MIN_REPORTS or len(head) > _AUTO_MAX_STEPS:
                break
        if n_head <= AUTO_MIN_REPORTS:
            n_jobs = 1
        steps = itertools.chain(head, steps)
    bars: list[Any] = []

    def start_bar() -> None:  # only once workers are forked: tqdm starts a monitor thread
        bars.append(
            tqdm(
                total=len(files),
                unit="file",
                disable=not progress or not sys.stderr.isatty(),
                file=sys.stderr,
                leave=False,
            )
        )

    outcomes: Iterator[tuple[_Tag, Any]]
    if n_jobs == 1:
        start_bar()
        outcomes = (
            (tag, None if report is None else extract_one(extract_fn, report, gazetteer))
            for tag, report in steps
        )
    else:
        outcomes = extract_ordered(
            steps, extract=extract_fn, gazetteer=gazetteer, jobs=n_jobs, on_start=start_bar
        )
    try:
        # a file's reading rejects and warnings come first in the summary, then its reports' (as when files were
        # read whole); they are known at the file's end, so its reports' wait here till then
        file_rejects: list[Reject] = []
        file_warnings: list[str] = []
        for (kind, where, report), outcome in outcomes:
            if kind == "file":
                counts["files"] += 1
                continue
            if kind == "end":
                rejects.extend(where.rejects)
                rejects.extend(file_rejects)
                warnings.extend(where.warnings)
                warnings.extend(file_warnings)
                notes.extend(where.notes)
                file_rejects.clear()
                file_warnings.clear()
                if where.path:  # not for the directory-expansion notes
                    bars[0].update(1)
                    bars[0].set_postfix(reports=counts["reports_read"], rejected=len(rejects), refresh=False)
                continue
            counts["reports_read"] += 1
            # the path as the user wrote it (as in the reader's own messages), not the resolved origin_path
            label = where
            if "line" in report.metadata:
                label = f"{label}:{report.metadata['line']}"
            if not isinstance(outcome, Extracted):
                file_rejects.append(Reject(where, outcome.reason, report.metadata.get("line")))
                continue
            file_warnings.extend(f"{label}: {w}" for w in extraction_warnings(outcome.warnings, report))
            stored = _keep_first_retrieval(store, outcome.report)
            try:
                saved = store.save(reports=[stored], incidents=outcome.incidents, replace=True)
            except (StoreError, sqlite3.OperationalError):
                raise  # the store itself is unusable (locked, disk full): stop, the rest would fail too
            except Exception as exc:  # this report's data cannot be stored; its transaction rolled back
                reason = f"not stored: {type(exc).__name__}: {exc}"
                file_rejects.append(Reject(where, reason, report.metadata.get("line")))
                continue
            counts["reports_new"] += saved.reports_added
            counts["reports_updated"] += saved.reports_updated
            counts["reports_unchanged"] += saved.reports_unchanged
            counts["incidents_added"] += saved.incidents_added
            counts["incidents_updated"] += saved.incidents_updated
            counts["incidents_unchanged"] += saved.incidents_unchanged
            counts["incidents_removed"] += saved.incidents_removed
            # (each incident once: the same text in two files is one report with the same incidents)
            fresh = [i for i in outcome.incidents if i.incident_id not in counted]
            counted.update(i.incident_id for i in fresh)
            counts["historical"] += sum(1 for i in fresh if i.historical)
            counts["current"] += sum(1 for i in fresh if not i.historical)
    finally:
        # workers stopped (at once when interrupted or failed); each report's transaction is all-or-nothing
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()
        for bar in bars:
            bar.close()
    return IngestSummary(
        **counts,
        rejects=tuple(rejects),
        warnings=tuple(warnings),
        revision_before=revision_before,
        revision_after=store.revision(),
        notes=tuple(notes),
    )


def _stored_published(store: Any) -> Callable[[str], dt.date | None]:
    """The publication date ``store`` holds for a report id (None when it holds none): what a re-run without
    ``--published`` keeps, so re-ingesting a folder does not erase dates given before."""

    def lookup(report_id: str) -> dt.date | None:
        old = store.get_report(report_id)
        return None if old is None else old.published

    return lookup
