"""``import_file``: read an ACLED export, a UCDP GED file or one of our layers into incidents (no store writes).

The caller saves ``result.reports`` and ``result.incidents`` in ONE store transaction, so a failure leaves nothing
half-imported; rejected rows are listed with their line and reason and never stop the good rows.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from incidents.interchange._rows import ImportResult, Table, canonical_provinces, read_csv
from incidents.interchange.acled import ACLED_REPORT, parse_acled, parse_acled_columns
from incidents.interchange.export import InterchangeError
from incidents.interchange.ucdp import UCDP_REPORT, parse_ucdp, parse_ucdp_columns
from incidents.model import Report

__all__ = ["IMPORT_KINDS", "import_file"]

IMPORT_KINDS: tuple[str, ...] = ("acled", "ucdp", "layer")


def _is_our_export(table: Table) -> bool:
    """Our ACLED-layout CSV carries our own fields after ACLED's: read it as a round trip, ids unchanged."""
    return "incident_id" in table.header and "origin" in table.header


def import_file(kind: str, path: str | os.PathLike[str]) -> ImportResult:
    """Read ``path`` as ``kind`` (acled | ucdp | layer); provinces are named as the extractor names them (the
    ACLED and UCDP readers name them themselves; layers and round trips of our CSV are named here, and for the
    others this pass changes nothing: a few ms for 16 k rows)."""
    result = _import_file(kind, path)
    return dataclasses.replace(result, incidents=tuple(canonical_provinces(result.incidents)))


def _import_file(kind: str, path: str | os.PathLike[str]) -> ImportResult:
    """Read ``path`` as ``kind`` (acled | ucdp | layer).

    Raises
    ------
    InterchangeError
        The file cannot be read at all: missing, empty, no data rows, or a layout without the required columns.
        Bad rows do not raise; they are in ``result.rejects``.
    """
    if kind not in IMPORT_KINDS:
        raise InterchangeError(f"unknown import kind {kind!r}; choose one of: {', '.join(IMPORT_KINDS)}")
    path = Path(path).expanduser()
    if not path.exists():
        raise InterchangeError(f"{path}: no such file")
    if path.is_dir():
        raise InterchangeError(f"{path}: is a folder, not a file")
    if not path.is_file():  # a device or pipe (/dev/zero) would be read for ever
        raise InterchangeError(f"{path}: not a regular file")
    if kind == "layer":
        from incidents.interchange.layer import read_layer  # numpy/pandas/GDAL only when reading layers

        incidents, rejects, warnings, rows = read_layer(path)
        return ImportResult(
            kind=kind,
            path=str(path),
            rows=rows,
            incidents=tuple(incidents),
            rejects=tuple(rejects),
            warnings=tuple(warnings),
        )
    from incidents._gc import gc_paused
    from incidents.interchange._columns import read_csv_columns  # pyarrow: only when importing

    columns = read_csv_columns(path)
    if columns is not None and columns.nrows and not _is_our_export(columns):  # type: ignore[arg-type]
        # a well-formed ACLED or UCDP file: the column-wise fast path (same results as the row-by-row one)
        parse_columns = parse_acled_columns if kind == "acled" else parse_ucdp_columns
        with gc_paused():
            incidents, rejects = parse_columns(columns)
        return ImportResult(
            kind=kind,
            path=str(path),
            rows=columns.nrows,
            incidents=tuple(incidents),
            reports=((ACLED_REPORT if kind == "acled" else UCDP_REPORT),) if incidents else (),
            rejects=tuple(rejects),
            warnings=tuple(columns.warnings),
        )
    table = read_csv(path)
    if not table.rows:
        raise InterchangeError(f"{path}: no data rows (only a header)")
    reports: tuple[Report, ...] = ()
    if kind == "acled" and _is_our_export(table):
        from incidents.interchange.layer import parse_layer_table

        incidents, rejects = parse_layer_table(table)
        table.warnings.append(f"{path}: exported by Incident Atlas: imported as a round trip (ids kept)")
    elif kind == "acled":
        incidents, rejects = parse_acled(table)
        reports = (ACLED_REPORT,)
    else:
        incidents, rejects = parse_ucdp(table)
        reports = (UCDP_REPORT,)
    return ImportResult(
        kind=kind,
        path=str(path),
        rows=len(table.rows),
        incidents=tuple(incidents),
        reports=reports if incidents else (),
        rejects=tuple(rejects),
        warnings=tuple(table.warnings),
    )
