"""Faster scans of case-insensitive regexes: run a case-sensitive twin over the lowercased text.

Python's ``re`` tries a large ``IGNORECASE`` alternation at every position of the text, folding the case of each
character it compares; the same pattern without the flag, run over ``text.lower()``, finds the same matches at
the same offsets 2-3x faster. That holds only when lowercasing maps the text character by character (same length)
and no character of it matches an ASCII letter case-insensitively without lowercasing to it ("ı", "ſ"); for any
other text, :func:`lowered` says None and callers scan the original text with the original pattern.
"""

from __future__ import annotations

import bisect
import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Iterable, Iterator

Span = tuple[int, int]

__all__ = [
    "SHARED_STEMS",
    "SharedStems",
    "StemIndex",
    "any_within",
    "case_twin",
    "finditer_ci",
    "finditer_led",
    "first_led",
    "found_ci",
    "found_in",
    "lowered",
    "matches_ci",
    "matches_indexed",
    "matches_split",
    "search_in",
    "split_starts",
    "substring_spans",
    "word_stems",
]

#: characters that ``re.IGNORECASE`` matches to an ASCII letter although ``str.lower`` does not map them to it
#: (checked over every code point: only these two; a character that lowercases to several is caught by length)
_SPECIAL_FOLD = frozenset("ıſ")

#: the last few texts lowered, by identity (text, lowered): a report's scans alternate between its text and a few
#: other strings (a clause rewritten, a dateline), and a one-entry memo made each switch back cost a pass over the
#: whole report (quadratic in a long one)
_memo: list[tuple[str, str | None]] = []
_MEMO_SIZE = 4


def _special(text: str) -> bool:
    """Some character of :data:`_SPECIAL_FOLD` is in ``text`` (a substring search each: no set lookup per
    character of the report)."""
    return any(c in text for c in _SPECIAL_FOLD)


def lowered(text: str) -> str | None:
    """``text.lower()`` when it is offset-for-offset equivalent for case-insensitive matching, else None.

    Memoised for the last text (by identity): a report's scans call it many times on the same string.
    """
    for seen, low in _memo:
        if seen is text:
            return low
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _special(text)):
        low = None
    _memo.insert(0, (text, low))
    del _memo[_MEMO_SIZE:]
    return low


_INLINE_FLAGS = re.compile(r"[aiLmsux-]+[:)]")
_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")
_RANGE = re.compile(r"(\\.|[^\\])-(\\.|[^\\\]])")


def _class_ok(cls: str) -> bool:
    """No range of the class ``[...]`` joins an uppercase letter to anything else (``[0-Z]`` would grow)."""
    return all(len(a) + len(b) == 2 and a.isupper() == b.isupper() for a, b in _RANGE.findall(cls[1:-1]))


def _lower_plain(segment: str) -> str:
    """``segment`` lowercased except its escapes (``\\W`` stays ``\\W``)."""
    return re.sub(
        r"\\N\{[^}]*\}|\\.|[^\\]+",
        lambda m: m.group() if m.group()[0] == "\\" else m.group().lower(),
        segment,
    )


def _group_end(pattern: str, i: int) -> int:
    """Index just after the group opened at ``pattern[i] == "("`` (escapes and classes skipped)."""
    depth, j, in_class = 0, i, False
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("]", j + 1) or pattern.startswith("^]", j + 1):
                j += 1 + (pattern[j + 1] == "^")
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ValueError("unbalanced group")


def _lower_literals(pattern: str, *, ignorecase: bool = True) -> tuple[str, bool] | None:
    """``pattern`` with its letters lowercased outside escapes and group names, and whether it is exact.

    A case-sensitive group ``(?-i:...)`` becomes a plain group: on lowercased text it then matches a superset of
    what it matched (not exact), provided it holds no negated class or negative lookaround. A case-sensitive
    pattern (``ignorecase`` False) likewise gives a superset twin: ``(?i:...)`` groups become plain groups and
    negative assertions are dropped (they could reject lowercased text the original accepts); it must have no
    negated class. None when unsafe: other inline flags, or class ranges between an uppercase letter and
    anything else (``[0-Z]`` would grow).
    """
    if not ignorecase and "[^" in pattern:
        return None
    out: list[str] = []
    exact = ignorecase
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            j = i + 2
            if pattern.startswith("N{", i + 1):
                j = pattern.index("}", i) + 1
            out.append(pattern[i:j])
            i = j
            continue
        if c == "[":
            m = _CLASS.match(pattern, i)
            if m is None or not _class_ok(m.group()):
                return None
            out.append(_lower_plain(m.group()))
            i = m.end()
            continue
        if c == "(" and pattern.startswith("?", i + 1):
            if pattern.startswith(("?P<", "?P="), i + 1):
                j = pattern.index(">" if pattern[i + 3] == "<" else ")", i) + 1
                out.append(pattern[i:j])
                i = j
                continue
            if not ignorecase and pattern.startswith(("?!", "?<!"), i + 1):
                i = _group_end(pattern, i)  # a negative assertion dropped: the twin only matches more
                continue
            if not ignorecase and pattern.startswith("?i:", i + 1):
                out.append("(?:")
                i += 4
                continue
            if ignorecase and pattern.startswith("?-i:", i + 1):
                inner = pattern[i + 5 : _group_end(pattern, i) - 1]
                if "[^" in inner or "(?!" in inner or "(?<!" in inner or "(?" in inner.replace("(?:", ""):
                    return None
                out.append("(?:")
                exact = False
                i += 5
                continue
            if _INLINE_FLAGS.match(pattern, i + 2):
                return None
        out.append(c.lower())
        i += 1
    return "".join(out), exact


class _Twin:
    """A lowercase twin: its pattern (compiled when first asked: the searches only need ``led``), whether it is
    exact, and ``led``, a pattern that finds where its matches start faster (see :func:`first_led`; the twin
    itself when it has none)."""

    __slots__ = ("_compiled", "exact", "flags", "has_led", "led", "pattern")

    def __init__(self, pattern: str, flags: int, exact: bool) -> None:
        self.pattern, self.flags, self.exact = pattern, flags, exact
        self._compiled: re.Pattern[str] | None = None
        led = _led_of(pattern, flags)
        self.has_led = led is not None
        self.led: re.Pattern[str] = led if led is not None else self.compiled

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled


_twins: dict[int, tuple[re.Pattern[str], _Twin | None]] = {}


def _twin_of(rx: re.Pattern[str]) -> _Twin | None:
    """The lowercase twin of ``rx`` (see :func:`case_twin`), memoised."""
    # memoised by identity: hashing a compiled pattern hashes its whole code, microseconds for the big ones
    known = _twins.get(id(rx))
    if known is not None and known[0] is rx:
        return known[1]
    got = _lower_literals(rx.pattern, ignorecase=bool(rx.flags & re.IGNORECASE))
    twin = None if got is None else _Twin(got[0], rx.flags & ~re.IGNORECASE, got[1])
    _twins[id(rx)] = (rx, twin)
    return twin


def case_twin(rx: re.Pattern[str]) -> tuple[re.Pattern[str], bool] | None:
    """The case-sensitive twin of a case-insensitive pattern (its letters lowercased), or None when it has none.

    On lowercased text (see :func:`lowered`) an exact twin matches exactly where the original matches, with the
    same spans; an inexact one (the pattern had a case-sensitive group) matches at least wherever the original
    does (a case-sensitive pattern has only such a twin). Patterns with other inline flags have no twin.
    """
    got = _twin_of(rx)
    return None if got is None else (got.compiled, got.exact)


def finditer_ci(rx: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Spans of ``rx.finditer(text, start, end)``, found through the lowercase twin when that is equivalent.

    With an exact twin the twin's spans are the spans (no ``rx.match`` to re-read groups nobody asks for): each
    start from the led twin, its span from the twin matched there (what ``finditer`` finds at that start).
    """
    end = len(text) if end is None else end
    got = _twin_of(rx)
    low = lowered(text) if got is not None else None
    if got is None or low is None or not got.exact:
        return (m.span() for m in matches_ci(rx, text, start, end))
    if not got.has_led:  # (it may match empty): finditer itself
        return (t.span() for t in got.compiled.finditer(low, start, end))
    return _spans(got.compiled, got.led, low, start, end)


def _spans(twin: re.Pattern[str], led: re.Pattern[str], low: str, pos: int, end: int) -> Iterator[Span]:
    search, match = led.search, twin.match
    while (t := search(low, pos, end)) is not None:
        m = match(low, t.start(), end)
        if m is None:  # cannot happen: the led twin starts where the twin matches
            raise AssertionError(f"led twin of {twin.pattern[:60]!r} disagrees at {t.start()}")
        yield m.span()
        pos = m.end()  # a led twin never matches empty


def found_ci(rx: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> bool:
    """``rx.search(text, start, end) is not None``, through the lowercase twin when that is equivalent.

    For the yes/no tests of the pipeline (``re`` cannot skip ahead in a case-insensitive pattern; its exact twin
    starts with plain letters, which it can).
    """
    known = _twins.get(id(rx))  # (_twin_of's memo read inline: these run a few hundred times a report)
    got = known[1] if known is not None and known[0] is rx else _twin_of(rx)
    low = lowered(text) if got is not None else None
    end = len(text) if end is None else end
    if got is None or low is None:
        return rx.search(text, start, end) is not None
    if got.exact:
        return got.led.search(low, start, end) is not None
    return next(matches_ci(rx, text, start, end), None) is not None


def found_in(rx: re.Pattern[str], piece: str) -> bool:
    """``rx.search(piece) is not None`` for a short string (a window cut from the report), through the twin.

    With an exact twin, whether the led twin finds a start; with an inexact one (it matches at least wherever
    ``rx`` does, at the same starts), ``rx.match`` tried at the twin's starts only, as :func:`matches_ci` does (a
    case-insensitive ``rx.search`` folds every character it compares, at every position).
    Unlike :func:`found_ci` this does not remember ``piece`` (which would evict the report's lowercased text).
    """
    known = _twins.get(id(rx))  # (_twin_of's memo read inline: these run a few hundred times a report)
    got = known[1] if known is not None and known[0] is rx else _twin_of(rx)
    if got is None:
        return rx.search(piece) is not None
    low = piece.lower()
    if len(low) != len(piece) or (not piece.isascii() and _special(piece)):
        return rx.search(piece) is not None
    if got.exact:
        return got.led.search(low) is not None
    search, match = got.led.search, rx.match
    pos = 0
    while (t := search(low, pos)) is not None:
        if match(piece, t.start()) is not None:
            return True
        pos = t.start() + 1
    return False


def search_in(rx: re.Pattern[str], piece: str) -> re.Match[str] | None:
    """``rx.search(piece)`` for a short string (a window cut from the report), through the exact twin: its led
    pattern finds where the first match starts, ``rx.match`` there reads it (the same span and groups).

    Like :func:`found_in`, for the tests that need the match itself; ``piece`` is not remembered.
    """
    known = _twins.get(id(rx))  # (_twin_of's memo read inline: these run a few hundred times a report)
    got = known[1] if known is not None and known[0] is rx else _twin_of(rx)
    if got is None or not got.exact:
        return rx.search(piece)
    low = piece.lower()
    if len(low) != len(piece) or (not piece.isascii() and _special(piece)):
        return rx.search(piece)
    t = got.led.search(low)
    if t is None:
        return None
    m = rx.match(piece, t.start())
    if m is None:  # cannot happen: an exact twin matches where rx does
        raise AssertionError(f"case twin of {rx.pattern[:60]!r} disagrees at {t.start()}")
    return m


def matches_ci(
    rx: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text, start, end)`` (non-empty matches: every pattern used here needs text).

    With an exact twin, positions come from the twin over the lowercased text and each is re-read by
    ``rx.match`` for its groups; with an inexact twin, the twin's matches are candidate starts (it matches
    wherever ``rx`` does, so no match is skipped) that ``rx.match`` confirms, searching on after a failure.
    Only the twin's starts are used: they come from the led twin.
    """
    end = len(text) if end is None else end
    known = _twins.get(id(rx))  # (_twin_of's memo read inline: these run a few hundred times a report)
    got = known[1] if known is not None and known[0] is rx else _twin_of(rx)
    low = lowered(text) if got is not None else None
    if got is None or low is None:
        yield from rx.finditer(text, start, end)
        return
    exact = got.exact
    pos = start
    search = got.led.search
    match = rx.match
    while pos < end:
        t = search(low, pos, end)
        if t is None:
            return
        m = match(text, t.start(), end)
        if m is None:
            if exact:  # cannot happen: an exact twin matches where rx does
                raise AssertionError(f"case twin of {rx.pattern[:60]!r} disagrees at {t.start()}")
            pos = t.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}


def _first_of(items) -> tuple[set[str], bool] | None:  # type: ignore[no-untyped-def]
    """Class items (escaped) that a match of the parsed sequence ``items`` can start with, and whether the
    sequence can match empty; None for an operator this does not follow (negated classes, back references ...)."""
    parts: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            got: tuple[set[str], bool] | None = ({re.escape(chr(av))}, False)
        elif op is _sre.IN:
            cls = _class_items(av)
            if cls is None:
                return None
            got = (cls, False)
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            got = (set(), True)  # zero width: the next item starts the match
        elif op is _sre.SUBPATTERN:
            if av[1] or av[2]:  # inline flags inside: not followed
                return None
            got = _first_of(av[3].data)
        elif op is _sre.BRANCH:
            got = (set(), False)
            for alt in av[1]:
                sub = _first_of(alt.data)
                if sub is None:
                    return None
                got = (got[0] | sub[0], got[1] or sub[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            sub = _first_of(av[2].data)
            got = None if sub is None else (sub[0], sub[1] or av[0] == 0)
        else:
            return None
        if got is None:
            return None
        parts |= got[0]
        if not got[1]:
            return parts, False
    return parts, True


def first_led(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern whose matches START where ``rx``'s do (``m.start()`` only: it consumes one character), led by
    the class of characters a match of ``rx`` can start with, or None when that class is not known.

    ``re`` skips ahead in C to a character of a leading class; a pattern that starts with an alternation of
    words gets no such skip and tries every alternative at every position. ``[first](?<=(?=rx)(?s:.))`` is found at
    the same positions (same ``pos``/``endpos``: the lookahead sees the same text) without those attempts.
    Case-sensitive patterns only (a case-insensitive class would fold again).
    """
    return _led_of(rx.pattern, rx.flags)


def _led_of(pattern: str, flags: int) -> re.Pattern[str] | None:
    """:func:`first_led` of a pattern not compiled yet."""
    if flags & re.IGNORECASE:
        return None
    try:
        items = _sre_parse.parse(pattern, flags & ~re.UNICODE).data
        first = _first_of(items)
    except (re.error, RecursionError):
        return None
    if first is None or first[1] or not first[0]:
        return None
    end = "\n" if flags & re.VERBOSE else ""
    # a pattern whose every match starts with ``\b`` (most word alternations) gets that test first: a cheap look
    # behind over the one character, failing inside words before the alternation is entered (same starts: every
    # match needs it there)
    gate = r"(?<=\b(?s:.))" if _boundary_first(items) else ""
    # and when every match starts with one of some literal strings of two characters or more (names: "Hezbollah",
    # "the Israeli ..."), a look-ahead for their first characters (a trie: a character or two compared) before
    # the whole pattern: the first character alone lets "t" or "a" through everywhere
    heads = _heads(items)
    ahead = f"(?={_trie(heads)})" if heads else ""
    try:
        return re.compile(
            f"[{''.join(sorted(first[0]))}]{gate}(?<={ahead}(?=(?:{pattern}{end}))(?s:.))", flags
        )
    except re.error:
        return None


_HEAD_CHARS = 3  # characters of the starts that the look-ahead of a led pattern compares


def _class_items(av) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The items (escaped) of a parsed class ``[...]``: literals, ranges and known categories; None for anything
    else (negation, unknown categories)."""
    cls: set[str] = set()
    for o, a in av:
        if o is _sre.LITERAL:
            cls.add(re.escape(chr(a)))
        elif o is _sre.RANGE:
            cls.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
        elif o is _sre.CATEGORY and a in _CATEGORIES:
            cls.add(_CATEGORIES[a])
        else:
            return None
    return cls


def _class_of(av) -> str | None:  # type: ignore[no-untyped-def]
    """The regex of a parsed class ``[...]`` (as :func:`_first_of` reads it), or None for what it does not read."""
    cls = _class_items(av)
    return None if cls is None else f"[{''.join(sorted(cls))}]"


def _starts(items, k: int) -> set[tuple[tuple[str, ...], bool]] | None:  # type: ignore[no-untyped-def]
    """What every match of the parsed sequence ``items`` starts with: sequences of up to ``k`` characters, each
    an escaped literal or a class, with whether the sequence may go on (the whole of ``items`` was read); None
    for what this does not follow."""
    outs: set[tuple[tuple[str, ...], bool]] = {((), True)}
    for op, av in items:
        got: set[tuple[tuple[str, ...], bool]] | None
        if op is _sre.LITERAL:
            got = {((re.escape(chr(av)),), True)}
        elif op is _sre.IN:
            cls = _class_of(av)
            got = None if cls is None else {((cls,), True)}
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            got = {((), True)}  # zero width
        elif op is _sre.SUBPATTERN:
            got = None if av[1] or av[2] else _starts(av[3].data, k)
        elif op is _sre.BRANCH:
            got = set()
            for alt in av[1]:
                sub = _starts(alt.data, k)
                if sub is None:
                    return None
                got |= sub
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            sub = _starts(av[2].data, k)
            if sub is not None and len(sub) == 1 and next(iter(sub))[1] and len(next(iter(sub))[0]) == 1:
                # one character each time ("\s+", "[ \t]*"): j repetitions, then what follows, for each j allowed
                atom = next(iter(sub))[0]
                got = {(atom * j, True) for j in range(av[0], min(av[1], k) + 1)}
            else:
                # one repetition's start, then unknown (another repetition or what follows); or none at all
                got = (
                    None
                    if sub is None
                    else {(q, False) for q, _ in sub} | ({((), True)} if av[0] == 0 else set())
                )
        else:
            got = {((), False)}  # anything else ends what is known
        if got is None:
            return None
        new = set()
        for p, o1 in outs:
            if not o1:
                new.add((p, False))
                continue
            for q, o2 in got:
                seq = (p + q)[:k]
                new.add((seq, o2 and len(seq) < k))
        outs = new
        if len(outs) > 2000:
            return None
        if not any(o for _, o in outs):
            break
    return outs


def _heads(items) -> list[tuple[str, ...]] | None:  # type: ignore[no-untyped-def]
    """The starts (up to :data:`_HEAD_CHARS` characters, literals or classes) every match of ``items`` begins
    with, none an extension of another, or None when not known, when some match may start with nothing known,
    or when none is longer than one character (the led class tests that already)."""
    try:
        got = _starts(items, _HEAD_CHARS)
    except RecursionError:
        return None
    if not got:
        return None
    seqs = {p for p, _ in got}
    if () in seqs or all(len(p) < 2 for p in seqs):
        return None
    # a start that extends another adds nothing (the shorter one is tested)
    return sorted(p for p in seqs if not any(q != p and p[: len(q)] == q for q in seqs))


def _trie(seqs: list[tuple[str, ...]]) -> str:
    """A regex alternation matching exactly where one of ``seqs`` (regex atoms; none extends another) starts,
    factored by first atom so that ``re`` compares a character or two per branch."""
    by: dict[str, list[tuple[str, ...]]] = {}
    for q in seqs:
        by.setdefault(q[0], []).append(q[1:])
    alts = []
    for atom, rest in sorted(by.items()):
        rest = [r for r in rest if r]
        alts.append(atom if not rest else f"{atom}(?:{_trie(rest)})")
    return "|".join(alts)


def _prefixes(items) -> set[tuple[str, bool]] | None:  # type: ignore[no-untyped-def]
    """Literal strings every match of the parsed sequence ``items`` starts with, each with whether the whole
    sequence was read (so what follows it continues the string); None for what this does not follow."""
    outs = {("", True)}
    for op, av in items:
        if op is _sre.LITERAL:
            got: set[tuple[str, bool]] | None = {(chr(av), True)}
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            got = {("", True)}  # zero width
        elif op is _sre.SUBPATTERN:
            got = None if av[1] or av[2] else _prefixes(av[3].data)
        elif op is _sre.BRANCH:
            got = set()
            for alt in av[1]:
                sub = _prefixes(alt.data)
                if sub is None:
                    return None
                got |= sub
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            sub = _prefixes(av[2].data)
            got = (
                None
                if sub is None
                else {(p, False) for p, _ in sub} | ({("", True)} if av[0] == 0 else set())
            )
        else:
            got = {("", False)}  # a class, a repeat of one ...: the string ends before it
        if got is None:
            return None
        outs = {
            (p + q, o2) if o1 else (p, False) for p, o1 in outs for q, o2 in (got if o1 else {("", False)})
        }
        if len(outs) > 2000:
            return None
        if not any(o for _, o in outs):
            break
    return outs


def _boundary_first(items) -> bool:  # type: ignore[no-untyped-def]
    """Every match of the parsed sequence ``items`` starts with ``\\b`` (before anything it consumes)."""
    if not items:
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av is _sre.AT_BOUNDARY
    if op is _sre.SUBPATTERN:
        return not (av[1] or av[2]) and _boundary_first(av[3].data)
    if op is _sre.BRANCH:
        return all(_boundary_first(alt.data) for alt in av[1])
    return False


class WordStems:
    """Where a pattern that starts with ``\\b`` and literal words can match: at word starts where one of its
    stems (the literal strings every match starts with) is written. One Aho-Corasick pass over the lowercased
    text finds them all (memoised for the last text), instead of trying the alternation at every position."""

    def __init__(self, stems: frozenset[str]) -> None:
        import ahocorasick

        self.stems = stems
        self._auto = ahocorasick.Automaton()
        for w in stems:
            self._auto.add_word(w, len(w))
        self._auto.make_automaton()
        self._memo: list[tuple[str, list[int]]] = []

    def starts(self, low: str) -> list[int]:
        """Sorted positions of ``low`` where a stem starts after a word boundary."""
        for seen, got in self._memo:
            if seen is low:
                return got
        found = set()
        for last, n in self._auto.iter(low):
            p = last - n + 1
            # a stem starts with a word character: ``\\b`` there is the text's start or no word character before
            if p == 0 or not (low[p - 1].isalnum() or low[p - 1] == "_"):
                found.add(p)
        out = sorted(found)
        self._memo.insert(0, (low, out))
        del self._memo[_MEMO_SIZE:]
        return out


_MIN_STEM = 3


def word_stems(rx: re.Pattern[str], min_len: int = _MIN_STEM) -> WordStems | None:
    """:class:`WordStems` of a case-sensitive pattern whose every match starts with ``\\b`` and one of a few
    literal strings starting with a word character ("police", "a", "civilian"), or None."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        items = _sre_parse.parse(rx.pattern, rx.flags).data
    except re.error:
        return None
    got = _prefixes(items) if _boundary_first(items) else None
    if not got:
        return None
    every = {p for p, _ in got}
    # a stem that starts with another adds no start ("policemen" is where "police" is)
    stems = frozenset(w for w in every if not any(v != w and w.startswith(v) for v in every))
    # short stems ("a", "an", "the") start at a tenth of the words: a regex pass over the text is then cheaper
    if not all(len(w) >= min_len and (w[0].isalnum() or w[0] == "_") for w in stems):
        return None
    return WordStems(stems)


#: (cased, folded): finders of where the two halves of a split alternation may match (see :func:`split_starts`):
#: a led pattern for the first; for the second, the stems of its twin when it has some, else its led twin; third,
#: the second half's twin (a quick test of a start only the second half gave)
SplitStarts = tuple[re.Pattern[str], "re.Pattern[str] | WordStems", re.Pattern[str]]


def split_starts(rx: re.Pattern[str], cut: int) -> SplitStarts | None:
    """Finders of where a case-sensitive alternation ``rx`` may match, from its two halves ``rx.pattern[:cut]``
    and ``rx.pattern[cut + 1:]`` (``rx.pattern[cut]`` is the ``|`` between two top-level alternatives).

    A pattern whose first alternatives are case-sensitive names ("Israeli ... jets", "Hezbollah") and whose last
    ones are case-insensitive words ("(?i:gunmen)") has a lowercase twin that finds every lowercase "us", "mali"
    or "iran" a candidate: the first half is better searched as written (led by its few first letters), the
    second through its lowercase twin. None when either half has no such finder (use :func:`matches_ci`).
    """
    if rx.flags & re.IGNORECASE or rx.pattern[cut] != "|":
        return None
    try:
        cased = re.compile(rx.pattern[:cut], rx.flags)
        folded = re.compile(rx.pattern[cut + 1 :], rx.flags)
    except re.error:  # the cut is not between top-level alternatives
        return None
    led = first_led(cased)
    twin = _twin_of(folded)
    if led is None or twin is None or not twin.has_led:
        return None
    return led, word_stems(twin.compiled) or twin.led, twin.compiled


def matches_split(
    rx: re.Pattern[str], parts: SplitStarts, text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(text, start, end)`` (non-empty matches), ``parts`` from :func:`split_starts`.

    Candidate starts are the nearer of the two halves' next starts (either half matches wherever ``rx`` does
    through it: the cased half as written, the folded half's twin on the lowercased text); ``rx.match``
    confirms each, searching on after a failure, as :func:`matches_ci` does with a single twin.
    """
    end = len(text) if end is None else end
    low = lowered(text)
    if low is None:
        yield from matches_ci(rx, text, start, end)
        return
    cased = parts[0].search
    stems = parts[1].starts(low) if isinstance(parts[1], WordStems) else None
    folded = parts[1].search if stems is None else None  # type: ignore[union-attr]
    i = 0 if stems is None else bisect.bisect_left(stems, start)
    n = 0 if stems is None else len(stems)
    match, folded_at = rx.match, parts[2].match
    pos = start
    na = nb = start - 1  # the next start of each half at or after the position it was searched from
    while pos < end:
        if na < pos:
            t = cased(text, pos, end)
            na = end if t is None else t.start()
        if nb < pos:
            if stems is None:
                t = folded(low, pos, end)  # type: ignore[misc]
                nb = end if t is None else t.start()
            else:
                while i < n and stems[i] < pos:  # type: ignore[index]
                    i += 1
                nb = stems[i] if i < n and stems[i] < end else end  # type: ignore[index]
        at = na if na < nb else nb
        if at >= end:
            return
        if at < na and folded_at(low, at, end) is None:  # only the second half may start here, and does not
            pos = at + 1
            continue
        m = match(text, at, end)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def finditer_led(rx: re.Pattern[str], led: re.Pattern[str] | None, text: str, start: int, end: int):  # type: ignore[no-untyped-def]
    """``rx.finditer(text, start, end)`` for a pattern that never matches empty, ``led`` from :func:`first_led`:
    each start from ``led`` (skipping in C to the characters a match can start with), the match from ``rx``
    there (what ``finditer`` finds at that start), the next search from its end."""
    if led is None:
        yield from rx.finditer(text, start, end)
        return
    search, match = led.search, rx.match
    pos = start
    while (t := search(text, pos, end)) is not None:
        m = match(text, t.start(), end)
        if m is None:  # cannot happen: the led pattern starts where rx matches
            raise AssertionError(f"led pattern of {rx.pattern[:60]!r} disagrees at {t.start()}")
        yield m
        pos = m.end()


def substring_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """Sorted spans of every occurrence of the lowercase ``words`` in the lowercased text, overlapping ones
    included (None when lowercasing is not exact, see :func:`lowered`): a few substring searches per report."""
    low = lowered(text)
    if low is None:
        return None
    spans = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            spans.append((i, i + len(w)))
            i = low.find(w, i + 1)
    spans.sort()
    return spans


def any_within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some span of ``spans`` (sorted) lies inside ``[start, end)``: where a case-insensitive alternation of
    those words finds a match (its lowercase twin, on the lowercased text)."""
    i = bisect.bisect_left(spans, (start, start))
    n = len(spans)
    while i < n and spans[i][0] < end:
        if spans[i][1] <= end:
            return True
        i += 1
    return False


class StemIndex:
    """Word-start candidates of several patterns from one automaton pass over the lowercased text: the stems of
    each pattern's exact lowercase twin (see :func:`word_stems`), for patterns that have them, all at once."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        import ahocorasick

        self._slot: dict[int, tuple[re.Pattern[str], int]] = {}  # id(pattern) -> (pattern, slot)
        by_stem: dict[str, list[int]] = {}
        for rx in patterns:
            twin = _twin_of(rx)
            stems = word_stems(twin.compiled) if twin is not None and twin.exact else None
            if stems is None or id(rx) in self._slot:
                continue
            slot = len(self._slot)
            self._slot[id(rx)] = (rx, slot)
            for w in stems.stems:
                by_stem.setdefault(w, []).append(slot)
        self._auto = ahocorasick.Automaton()
        for w, slots in by_stem.items():
            self._auto.add_word(w, (len(w), tuple(slots)))
        if by_stem:
            self._auto.make_automaton()
        self._memo: list[tuple[str, list[list[int]]]] = []

    def has(self, rx: re.Pattern[str]) -> bool:
        got = self._slot.get(id(rx))
        return got is not None and got[0] is rx

    def starts(self, low: str, rx: re.Pattern[str]) -> list[int]:
        """Sorted word starts of ``low`` where a stem of ``rx`` (one :meth:`has`) is written."""
        slot = self._slot[id(rx)][1]
        for seen, got in self._memo:
            if seen is low:
                return got[slot]
        found: list[set[int]] = [set() for _ in self._slot]
        if self._slot:
            for last, (n, slots) in self._auto.iter(low):
                p = last - n + 1
                if p == 0 or not (low[p - 1].isalnum() or low[p - 1] == "_"):
                    for k in slots:
                        found[k].add(p)
        out = [sorted(f) for f in found]
        self._memo.insert(0, (low, out))
        del self._memo[_MEMO_SIZE:]
        return out[slot]


def matches_indexed(
    rx: re.Pattern[str], index: StemIndex, text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """:func:`matches_ci` for a pattern of ``index``: ``rx.match`` tried at its stems' word starts only (every
    place its exact twin, hence ``rx``, can match), the next try after each match's end, as ``finditer``."""
    end = len(text) if end is None else end
    low = lowered(text)
    if low is None or not index.has(rx):
        yield from matches_ci(rx, text, start, end)
        return
    cands = index.starts(low, rx)
    match = rx.match
    pos = start
    for i in range(bisect.bisect_left(cands, start), len(cands)):
        c = cands[i]
        if c >= end:
            return
        if c < pos:
            continue
        m = match(text, c, end)
        if m is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


class SharedStems:
    """One :class:`StemIndex` for the patterns every module registers (at import): a report's text then takes a
    single automaton pass for all of them (the trigger rules, the date words)."""

    def __init__(self) -> None:
        self._patterns: list[re.Pattern[str]] = []
        self._index: StemIndex | None = None

    def add(self, rx: re.Pattern[str]) -> re.Pattern[str]:
        """Register ``rx`` (returned, for use in an assignment)."""
        self._patterns.append(rx)
        self._index = None  # rebuilt on next use (registrations happen at import, before any report)
        return rx

    @property
    def index(self) -> StemIndex:
        if self._index is None:
            self._index = StemIndex(self._patterns)
        return self._index


SHARED_STEMS = SharedStems()
