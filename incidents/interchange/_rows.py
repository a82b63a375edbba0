"""Reading tables at the boundary: decoding, delimiter sniffing, HXL rows, line numbers, and typed cell parsers.

Everything here turns bytes or text into rows and rows into checked values; a bad cell raises :class:`RowError` with
the reason the user reads ("latitude out of range — swapped lat/lon?"), and the caller rejects that one row.
"""

from __future__ import annotations

import calendar
import csv
import dataclasses
import datetime as dt
import functools
import io
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from incidents.interchange.export import InterchangeError
from incidents.model import Incident, Report

__all__ = [
    "ImportReject",
    "ImportResult",
    "RowError",
    "Table",
    "decode",
    "number_or_text",
    "parse_bool",
    "parse_coords",
    "parse_date",
    "parse_float",
    "parse_int",
    "read_csv",
    "read_csv_text",
]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long notes/evidence cells are legitimate


class RowError(ValueError):
    """One row cannot be imported; the message is the reason shown to the user."""


@dataclass(frozen=True, slots=True)
class ImportReject:
    """A row that was not imported: where it is in the file and why."""

    line: int | None
    reason: str
    record_id: str | None = None
    unit: str = "line"  # "line" for CSV (physical line number), "feature" for GIS layers (1-based)

    def __str__(self) -> str:
        where = f"{self.unit} {self.line}" if self.line is not None else "?"
        ident = f" (id {self.record_id})" if self.record_id else ""
        return f"{where}{ident}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What reading one file gave: the incidents to save (in one transaction), the rejected rows, and warnings."""

    kind: str
    path: str
    rows: int
    incidents: tuple[Incident, ...]
    reports: tuple[Report, ...] = ()
    rejects: tuple[ImportReject, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class Table:
    """A CSV file as read: lower-cased header, data rows with their first physical line number, warnings."""

    name: str
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def decode(raw: bytes, name: str) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM); else Windows-1252 with a warning, since that is what Excel writes."""
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        warning = f"{name}: not UTF-8 (byte 0x{bad} at offset {exc.start}); read as Windows-1252 — check accented names"
        try:
            return raw.decode("cp1252"), [warning]
        except UnicodeDecodeError:
            return raw.decode("latin-1"), [warning.replace("Windows-1252", "Latin-1")]


def _sniff_delimiter(header_line: str, name: str) -> tuple[str, list[str]]:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    if best == "," or counts[best] == 0:
        return ",", []
    label = "tab" if best == "\t" else "';'"
    return best, [f"{name}: columns are separated by {label}, not ','; read it as {label}-separated"]


def _is_hxl(row: list[str]) -> bool:
    cells = [c.strip() for c in row if c.strip()]
    return bool(cells) and all(c.startswith("#") for c in cells)


def read_csv_text(text: str, *, name: str) -> Table:
    """Parse CSV text: sniff the delimiter, skip an HXL tag row (``#date+year``...) and blank lines."""
    if not text.strip():
        raise InterchangeError(f"{name}: empty file")
    first = text.split("\n", 1)[0]
    delimiter, warnings = _sniff_delimiter(first, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise InterchangeError(f"{name}: line 1: cannot read the header: {exc}") from exc
    table = Table(name=name, header=[h.strip().lower() for h in header], warnings=warnings)
    previous = reader.line_num
    try:
        for row in reader:
            start = previous + 1
            previous = reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if not table.rows and _is_hxl(row):
                table.warnings.append(f"{name}: line {start} is an HXL tag row; skipped")
                continue
            table.rows.append((start, row))
    except csv.Error as exc:
        raise InterchangeError(f"{name}: line {reader.line_num}: broken CSV ({exc})") from exc
    return table


def read_csv(path: Path) -> Table:
    """Read and decode a CSV file (I/O seam); errors name the file."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError as exc:
        raise InterchangeError(f"{path}: is a folder, not a file") from exc
    except OSError as exc:
        raise InterchangeError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if b"\x00" in raw[:65536]:
        raise InterchangeError(f"{path}: binary file (contains NUL bytes), not a CSV text file")
    text, warnings = decode(raw, str(path))
    table = read_csv_text(text, name=str(path))
    table.warnings[:0] = warnings
    return table


def require_columns(table: Table, required: tuple[str, ...], *, what: str, hint: str = "") -> None:
    """Refuse a table whose header lacks columns we cannot do without, naming them."""
    missing = [c for c in required if c not in table.header]
    if missing:
        found = ", ".join(table.header[:12]) + (" ..." if len(table.header) > 12 else "")
        if len(table.header) == 1:
            # one column: the file is not comma/semicolon/tab separated; do not echo a whole mangled header line
            seps = sorted({ch for ch in table.header[0] if ch in "|:/ "}, key=table.header[0].count)
            guess = f" (it seems to use {seps[-1]!r})" if seps else ""
            raise InterchangeError(
                f"{table.name}: not {what}: the header is a single column; columns must be separated by ',', "
                f"';' or tab{guess}"
            )
        raise InterchangeError(
            f"{table.name}: not {what}: missing column(s) {', '.join(missing)} (found: {found}){hint}"
        )


# ------------------------------------------------------------------------------------------ cell parsers
@functools.lru_cache(maxsize=8192)
def _whole(value: str) -> int | None:
    """Whole number of a stripped cell ("3" or "3.0"); None when it is not one. Cached: cells repeat a lot."""
    try:
        return int(value)
    except ValueError:
        pass
    try:
        f = float(value)
    except ValueError:
        return None
    return int(f) if f.is_integer() else None


def parse_int(value: str | None, name: str, *, minimum: int | None = 0) -> int | None:
    """Whole number; accepts ``"3.0"`` (UCDP writes floats); empty -> None."""
    if not value:
        return None
    number = _whole(value)
    if number is None:
        value = value.strip()
        if not value:
            return None
        number = _whole(value)
        if number is None:
            try:
                float(value)
            except ValueError:
                raise RowError(f"{name}: {value!r} is not a number") from None
            raise RowError(f"{name}: {value!r} is not a whole number")
    if minimum is not None and number < minimum:
        raise RowError(f"{name}: {value!r} is negative")
    return number


@functools.lru_cache(maxsize=8192)
def number_or_text(value: str) -> int | float | str:
    """A cell kept in ``attributes``: int or float when it reads as one ("1.0" -> 1), else the text."""
    try:
        return int(value)
    except ValueError:
        pass
    try:
        f = float(value)
    except ValueError:
        return value
    if f != f or f in (float("inf"), float("-inf")):
        return value
    return int(f) if f.is_integer() else f


def text_or_none(value: str | None) -> str | None:
    """A cell's text without surrounding blanks; None for an empty cell."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def attribute_parser(numeric: bool) -> Callable[[str | None], Any]:
    """The parser of one kept-as-is column's cells: None when empty, numbers as numbers ("1.0" -> 1) if numeric."""

    def parse(value: str | None) -> Any:
        if not value:
            return None
        value = value.strip()
        if not value:
            return None
        return number_or_text(value) if numeric else value

    return parse


def extra_attributes(
    rec: dict[str, str], consumed: frozenset[str], numeric: frozenset[str]
) -> dict[str, Any]:
    """Every non-empty column of a row that is not mapped to a field, numbers as numbers in ``numeric`` columns."""
    out: dict[str, Any] = {}
    for key, value in rec.items():
        if key in consumed or not key or not value:
            continue
        value = value.strip()
        if value:
            out[key] = number_or_text(value) if key in numeric else value
    return out


def parse_float(value: str | None, name: str) -> float | None:
    """Decimal number (a decimal comma is refused: it means the file came through a locale-changing tool)."""
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        raise RowError(f"{name}: {value!r} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise RowError(f"{name}: {value!r} is not a finite number")
    return number


def parse_coords(lat: str | None, lon: str | None) -> tuple[float | None, float | None]:
    """(latitude, longitude) checked for range; both empty -> (None, None)."""
    la = parse_float(lat, "latitude")
    lo = parse_float(lon, "longitude")
    if la is None and lo is None:
        return None, None
    if la is None or lo is None:
        raise RowError("latitude and longitude must be given together")
    if not -90.0 <= la <= 90.0:
        raise RowError(f"latitude {la} out of range — swapped lat/lon?")
    if not -180.0 <= lo <= 180.0:
        raise RowError(f"longitude {lo} out of range")
    return la, lo


_DATE_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%B %d, %Y")


@functools.lru_cache(maxsize=65536)
def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def parse_date(value: str | None, name: str) -> dt.date | None:
    """ISO ``2023-06-02`` or ACLED's ``02 June 2023``; slashed dates are refused (day/month order is unknowable)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    parsed = _date(value)
    if parsed is None:
        hint = " (ambiguous day/month order: write ISO YYYY-MM-DD)" if "/" in value else ""
        raise RowError(f"{name}: {value!r} is not a date{hint}")
    return parsed


def parse_bool(value: str | None, name: str) -> bool:
    """true/false, 1/0, yes/no; empty -> False."""
    if value is None:
        return False
    v = value.strip().lower()
    if v in ("", "0", "false", "no", "f", "n"):
        return False
    if v in ("1", "true", "yes", "t", "y"):
        return True
    raise RowError(f"{name}: {value!r} is not true/false")


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the month of ``day``."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def canonical_province_column(
    names: list[str | None], iso3s: list[str | None], attributes: list[dict[str, Any]], raw_key: str
) -> list[str | None]:
    """A column of province names as the extractor names them (``geodata.canonical_admin1``), one look-up per
    distinct (name, country); a renamed row keeps the source's spelling in its ``attributes`` under ``raw_key``.

    The column-wise import paths call this before building incidents: renaming built incidents afterwards
    (:func:`canonical_provinces`, which the row-by-row paths use) costs a copy of each one.
    """
    from geodata import canonical_admin1

    seen: dict[tuple[str, str], str | None] = {}
    out: list[str | None] = []
    for name, iso3, attrs in zip(names, iso3s, attributes, strict=True):
        if name and iso3:
            key = (name, iso3)
            if key not in seen:
                seen[key] = canonical_admin1(name, iso3)
            new = seen[key]
            if new is not None and new != name:
                attrs.setdefault(raw_key, name)
                out.append(new)
                continue
        out.append(name)
    return out


#: the column a dataset writes a province in: where the source's own spelling is kept when the name is changed
_RAW_ADMIN1 = {"acled": "admin1", "ucdp": "adm_1"}


def canonical_provinces(incidents: Sequence[Incident]) -> list[Incident]:
    """``incidents`` with each province under the name the extractor uses for it (geodata ``canonical_admin1``).

    Why: ACLED's "Al Anbar" and "Kirkuk", UCDP's "Dayr az Zawr governorate" and the extractor's "Al-Anbar",
    "At-Ta'mim" and "Dayr Az Zawr" are the same provinces; stored as written they were separate filter values, so
    an export by province silently left out part of its incidents. An ACLED or UCDP record keeps the name as the
    source wrote it in ``attributes`` (under the source's column name); a name that matches no province of the
    incident's country is kept as given.
    """
    from geodata import canonical_admin1

    seen: dict[tuple[str, str], str | None] = {}
    out: list[Incident] = []
    for inc in incidents:
        if not inc.admin1 or not inc.iso3:
            out.append(inc)
            continue
        key = (inc.admin1, inc.iso3)
        if key not in seen:
            seen[key] = canonical_admin1(inc.admin1, inc.iso3)
        name = seen[key]
        if name is None or name == inc.admin1:
            out.append(inc)
            continue
        attributes = dict(inc.attributes)
        raw = _RAW_ADMIN1.get(inc.origin or "")
        if raw is not None:
            attributes.setdefault(raw, inc.admin1)
        out.append(_with_province(inc, name, attributes))
    return out


def _with_province(inc: Incident, admin1: str, attributes: dict[str, object]) -> Incident:
    """A copy of ``inc`` with another province name and attributes, without validating the record again.

    Why: ``dataclasses.replace`` re-runs every check of the record, which doubled the time of this step on a
    16 k-row UCDP file (and ``copy.copy`` of a slotted dataclass is slower still) whose provinces are all renamed; ``inc`` was validated when built, and neither field has a
    rule (free text, a JSON object).
    """
    new = object.__new__(Incident)
    changed = {"admin1": admin1, "attributes": attributes}
    for name in _INCIDENT_FIELDS:
        object.__setattr__(new, name, changed.get(name, getattr(inc, name)))
    return new


_INCIDENT_FIELDS = tuple(f.name for f in dataclasses.fields(Incident))
