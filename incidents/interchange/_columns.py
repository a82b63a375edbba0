"""Fast path for reading well-formed CSV files column by column (pyarrow), for bulk imports.

Why: reading a 16 k-row UCDP file cell by cell with the ``csv`` module and parsing each cell in Python took most of
the import's time. Here pyarrow reads the text into string columns in C, and each column's *distinct* values go
through the same cell parsers as the row-by-row path (:mod:`incidents.interchange._rows`), so the values, and the
reasons of rejected cells, are the same by construction.

The fast path only takes files whose physical line numbers it can give exactly: UTF-8, comma-separated, lines ending
in LF or CRLF, every record with the header's number of cells, no stray quote inside an unquoted cell (quoted cells
may span lines: line numbers follow the quotes). Anything else returns ``None`` and the caller reads the file with the exact
row-by-row reader, which also words the warnings and errors about such files.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from incidents.interchange._rows import RowError, _is_hxl, attribute_parser

__all__ = ["Cells", "ColumnTable", "parse_cells", "read_csv_columns"]

# Bytes around a quote that opens a cell or is doubled ("",) and that close one: any other quote is stray, and
# pyarrow and the csv module may read such text differently, so files with one take the exact path.
_QUOTE = ord('"')
_DICTIONARY = pa.dictionary(pa.int32(), pa.string())
_BLOCK_SIZE = 1 << 26  # bytes of CSV text per chunk of columns
_BEFORE_QUOTE = np.frombuffer(b',\n"', dtype=np.uint8)
_AFTER_QUOTE = np.frombuffer(b',\r\n"', dtype=np.uint8)


@dataclass(slots=True)
class ColumnTable:
    """A CSV file as string columns: lower-cased header, one pyarrow string array per column, line numbers."""

    name: str
    header: list[str]
    columns: list[pa.ChunkedArray]  # dictionary-encoded strings
    lines: np.ndarray  # lines[i] = physical line on which data row i starts
    warnings: list[str] = field(default_factory=list)

    @property
    def nrows(self) -> int:
        """Number of data rows."""
        return len(self.columns[0]) if self.columns else 0

    def column(self, name: str) -> pa.ChunkedArray | None:
        """The column called ``name`` (lower-cased header), or None when the file has none."""
        try:
            return self.columns[self.header.index(name)]
        except ValueError:
            return None

    def row(self, i: int) -> list[str]:
        """Data row ``i`` as the cell texts (what the row-by-row reader would have given)."""
        return [col[i].as_py() for col in self.columns]


def read_csv_columns(path: Path) -> ColumnTable | None:
    """Read ``path`` as string columns, or None when the file needs the exact row-by-row reader (see module doc)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw or raw.isspace() or b"\x00" in raw:  # the csv module refuses NUL anywhere; let it say so
        return None  # (isspace is strip() without copying the whole file)
    end = raw.find(b"\n")
    try:  # the header here; every other byte is in a cell, which pyarrow checks below (check_utf8)
        first = (raw if end < 0 else raw[:end]).decode("utf-8")
    except UnicodeDecodeError:
        return None  # the exact reader falls back to Windows-1252 and warns
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    if max(counts, key=lambda d: counts[d]) != ",":
        return None
    data = np.frombuffer(raw, dtype=np.uint8)
    quotes = np.flatnonzero(data == _QUOTE)
    if (
        '"' in first
        or _stray_quotes(data, quotes)
        or (b"\r" in raw and raw.count(b"\r") != raw.count(b"\r\n"))
    ):
        return None
    raw_header = next(csv.reader([first.rstrip("\r")]))
    if not raw_header or len(set(raw_header)) != len(raw_header):
        return None
    try:
        table = pacsv.read_csv(
            pa.py_buffer(raw),
            read_options=pacsv.ReadOptions(use_threads=False, block_size=_BLOCK_SIZE),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=True),
            convert_options=pacsv.ConvertOptions(
                # dictionary-encoded while reading: each column's distinct cells come for free (a compute
                # call, dictionary_encode, would first build Arrow's function registry: ~0.2 s per process)
                column_types=dict.fromkeys(raw_header, _DICTIONARY),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                # strict UTF-8 as Python decodes it (surrogates, overlong forms, > U+10FFFF refused: see
                # tests/test_import_fast_path.py), checked in C: decoding the whole file in Python cost ~15 ms
                check_utf8=True,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError, ValueError):
        return None  # a record with the wrong number of cells, among others: the exact reader reports it
    header = [h.strip().lower() for h in raw_header]
    if table.column_names != raw_header or len(set(header)) != len(header):
        return None
    lines = _record_lines(data, quotes)
    if len(lines) != table.num_rows + 1:
        return None
    columns = [table.column(i) for i in range(table.num_columns)]
    name = str(path)
    out = ColumnTable(name=name, header=header, columns=columns, lines=lines[1:])
    if table.num_rows and _is_hxl([col[0].as_py() for col in columns]):
        out.warnings.append(f"{name}: line {out.lines[0]} is an HXL tag row; skipped")
        out.columns = [col.slice(1) for col in columns]
        out.lines = out.lines[1:]
    return out


def _stray_quotes(data: np.ndarray, quotes: np.ndarray) -> bool:
    """True when a quote neither opens nor closes a quoted cell nor is doubled inside one (``ab"c``, ``"a"b``)."""
    inner = quotes[(quotes > 0) & (quotes < len(data) - 1)]
    before = data[inner - 1]
    after = data[inner + 1]
    opens = np.isin(before, _BEFORE_QUOTE)
    closes = np.isin(after, _AFTER_QUOTE)
    return bool(np.any(~opens & ~closes))


def _record_lines(data: np.ndarray, quotes: np.ndarray) -> np.ndarray:
    """Physical line (1-based) on which each non-blank record starts, as the ``csv`` module counts them.

    A newline ends a record when an even number of quotes precede it (RFC 4180 quoting: a quote inside a quoted
    cell is doubled, and stray quotes were ruled out before), so a quoted cell spanning lines is one record.
    """
    newlines = np.flatnonzero(data == 10)
    odd = np.searchsorted(quotes, newlines) & 1  # quotes before each newline
    ends_record = odd == 0
    which = np.flatnonzero(ends_record)  # index among all newlines of each record-ending newline
    ends = newlines[which]
    starts = np.concatenate(([0], ends + 1))
    stops = np.concatenate((ends, [len(data)]))
    lines = np.concatenate(([1], which + 2))
    length = stops - starts
    blank = (length == 0) | ((length == 1) & (data[np.minimum(starts, len(data) - 1)] == 13))
    return lines[~blank]


class Cells:
    """Parsed columns of one table, collecting the rows any parser rejected (see :func:`parse_cells`)."""

    def __init__(self, table: ColumnTable) -> None:
        self.table = table
        self.n = table.nrows
        self._masks: list[np.ndarray] = []

    def __call__(self, name: str, parse: Callable[[str | None], Any]) -> list[Any]:
        """``parse`` over column ``name``'s cells; rows whose cell it rejects are marked bad."""
        values, bad = parse_cells(self.table.column(name), parse, self.n)
        if bad is not None:
            self._masks.append(bad)
        return values

    def bad(self) -> np.ndarray:
        """Rows with at least one rejected cell (they go through the row-by-row parser for their reason)."""
        return np.logical_or.reduce(self._masks) if self._masks else np.zeros(self.n, dtype=bool)

    def attributes(self, consumed: frozenset[str], numeric: frozenset[str]) -> list[dict[str, Any]]:
        """Per row, the non-empty columns not mapped to a field, as ``_rows.extra_attributes`` reads them."""
        keys = [key for key in self.table.header if key and key not in consumed]
        values = [self(key, attribute_parser(key in numeric)) for key in keys]
        if not values:
            return [{} for _ in range(self.n)]
        # each row's dict is one dict(zip) in C, then its empty cells are deleted (the order of the others stays the
        # header's); only the columns that have an empty cell somewhere are looked at, usually one or two
        gaps = [
            (j, keys[j]) for j, column in enumerate(values) if None in column
        ]  # cells: str, int, float, None
        out = []
        for row in zip(*values, strict=True):
            attrs = dict(zip(keys, row, strict=True))
            for j, key in gaps:
                if row[j] is None:
                    del attrs[key]
            out.append(attrs)
        return out


def parse_cells(
    column: pa.ChunkedArray | None, parse: Callable[[str], Any], n: int
) -> tuple[list[Any], np.ndarray | None]:
    """``parse`` applied to every cell of ``column`` (once per distinct value): (values, bad-row mask or None).

    A cell whose ``parse`` raises :class:`RowError` gives None and marks its row bad; the caller sends bad rows
    through the row-by-row parser, which words the reason. A missing column reads as ``parse(None)`` on every row,
    as ``dict.get`` does in the row-by-row path.
    """
    if column is None:
        try:
            return [parse(None)] * n, None  # type: ignore[arg-type]
        except RowError:
            return [None] * n, np.ones(n, dtype=bool)
    values: list[Any] = []
    bad: list[np.ndarray] = []
    for chunk in column.chunks:  # one chunk per 64 MB block of the file
        chunk_values, chunk_bad = _parse_chunk(chunk, parse)
        values.extend(chunk_values)
        bad.append(chunk_bad)
    mask = np.concatenate(bad) if bad else np.zeros(0, dtype=bool)
    return values, (mask if mask.any() else None)


def _parse_chunk(chunk: pa.DictionaryArray, parse: Callable[[str], Any]) -> tuple[list[Any], np.ndarray]:
    """One dictionary-encoded chunk: ``parse`` over its distinct cells, spread to its rows by the indices."""
    parsed: list[Any] = []
    bad_values: list[int] = []
    for k, cell in enumerate(chunk.dictionary.to_pylist()):
        try:
            parsed.append(parse(cell))
        except RowError:
            parsed.append(None)
            bad_values.append(k)
    # the indices' buffer read directly: pyarrow's to_numpy imports pandas (~0.3 s) even for a zero-copy view
    codes = chunk.indices
    indices = np.frombuffer(codes.buffers()[1], dtype=np.int32)[codes.offset : codes.offset + len(codes)]
    lookup = np.empty(len(parsed), dtype=object)
    lookup[:] = parsed
    mask = (
        np.isin(indices, np.asarray(bad_values, dtype=np.int32)) if bad_values else np.zeros(len(codes), bool)
    )
    return lookup[indices].tolist(), mask


def scatter(n: int, positions: list[int], values: list[Any]) -> list[Any]:
    """``values`` put back at their row ``positions`` among ``n`` rows (None elsewhere): the records built for the
    rows that passed the checks, in file order beside the rejected ones."""
    out: list[Any] = [None] * n
    for i, v in zip(positions, values, strict=True):
        out[i] = v
    return out
