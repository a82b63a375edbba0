"""Interchange: export incidents to GIS/conflict-data formats and import ACLED, UCDP GED and our own layers."""

from incidents.interchange._rows import ImportReject, ImportResult
from incidents.interchange._tables import ACLED_COLUMNS, SHP_NAMES, iso3_from_country
from incidents.interchange.export import (
    FORMATS,
    MIMETYPES,
    InterchangeError,
    export_bytes,
    export_notes,
    to_acled_rows,
    to_geojson,
    write_export,
)
from incidents.interchange.importing import IMPORT_KINDS, import_file

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "IMPORT_KINDS",
    "MIMETYPES",
    "SHP_NAMES",
    "ImportReject",
    "ImportResult",
    "InterchangeError",
    "export_bytes",
    "export_notes",
    "import_file",
    "iso3_from_country",
    "to_acled_rows",
    "to_geojson",
    "write_export",
]
