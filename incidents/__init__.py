"""Incident Atlas: news reports -> structured, geocoded, evidence-backed incidents.

Public names only; everything else in the package is private. The names are imported on first use (PEP 562): the
command line starts without compiling the extractor's patterns or loading numpy for commands that need neither.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from incidents.clean import CleanedText, clean_text
    from incidents.errors import UserError
    from incidents.extract import EXTRACTOR_VERSION, Extraction, extract, extract_incidents
    from incidents.filters import IncidentQuery
    from incidents.ingest import (
        IngestError,
        IngestSummary,
        ReadResult,
        Reject,
        detect_language,
        ingest,
        parse_date,
        read_reports,
        read_text,
    )
    from incidents.interchange import (
        ACLED_COLUMNS,
        FORMATS,
        IMPORT_KINDS,
        MIMETYPES,
        ImportReject,
        ImportResult,
        InterchangeError,
        export_bytes,
        import_file,
        to_acled_rows,
        to_geojson,
        write_export,
    )
    from incidents.model import (
        CONTRACT_FIELDS,
        EVENT_TYPES,
        INCIDENT_FIELDS,
        WEAPONS,
        DatePrecision,
        Incident,
        LocationPrecision,
        ModelError,
        Report,
        Span,
        incident_from_dict,
        incident_to_dict,
        make_incident_id,
        make_report_id,
        report_from_dict,
        report_to_dict,
    )
    from incidents.store import (
        Edit,
        IncidentStore,
        SaveResult,
        SQLiteStore,
        StoreError,
        StoreInfo,
        default_db_path,
        open_store,
    )

#: public name -> module that defines it
_LAZY = {
    "CleanedText": "incidents.clean",
    "clean_text": "incidents.clean",
    "UserError": "incidents.errors",
    "EXTRACTOR_VERSION": "incidents.extract",
    "Extraction": "incidents.extract",
    "extract": "incidents.extract",
    "extract_incidents": "incidents.extract",
    "IncidentQuery": "incidents.filters",
    "IngestError": "incidents.ingest",
    "IngestSummary": "incidents.ingest",
    "ReadResult": "incidents.ingest",
    "Reject": "incidents.ingest",
    "detect_language": "incidents.ingest",
    "ingest": "incidents.ingest",
    "parse_date": "incidents.ingest",
    "read_reports": "incidents.ingest",
    "read_text": "incidents.ingest",
    "ACLED_COLUMNS": "incidents.interchange",
    "FORMATS": "incidents.interchange",
    "IMPORT_KINDS": "incidents.interchange",
    "MIMETYPES": "incidents.interchange",
    "ImportReject": "incidents.interchange",
    "ImportResult": "incidents.interchange",
    "InterchangeError": "incidents.interchange",
    "export_bytes": "incidents.interchange",
    "import_file": "incidents.interchange",
    "to_acled_rows": "incidents.interchange",
    "to_geojson": "incidents.interchange",
    "write_export": "incidents.interchange",
    "CONTRACT_FIELDS": "incidents.model",
    "EVENT_TYPES": "incidents.model",
    "INCIDENT_FIELDS": "incidents.model",
    "WEAPONS": "incidents.model",
    "DatePrecision": "incidents.model",
    "Incident": "incidents.model",
    "LocationPrecision": "incidents.model",
    "ModelError": "incidents.model",
    "Report": "incidents.model",
    "Span": "incidents.model",
    "incident_from_dict": "incidents.model",
    "incident_to_dict": "incidents.model",
    "make_incident_id": "incidents.model",
    "make_report_id": "incidents.model",
    "report_from_dict": "incidents.model",
    "report_to_dict": "incidents.model",
    "Edit": "incidents.store",
    "IncidentStore": "incidents.store",
    "SaveResult": "incidents.store",
    "SQLiteStore": "incidents.store",
    "StoreError": "incidents.store",
    "StoreInfo": "incidents.store",
    "default_db_path": "incidents.store",
    "open_store": "incidents.store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'incidents' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "ACLED_COLUMNS",
    "CONTRACT_FIELDS",
    "EVENT_TYPES",
    "EXTRACTOR_VERSION",
    "FORMATS",
    "IMPORT_KINDS",
    "INCIDENT_FIELDS",
    "MIMETYPES",
    "WEAPONS",
    "CleanedText",
    "DatePrecision",
    "Edit",
    "Extraction",
    "ImportReject",
    "ImportResult",
    "Incident",
    "IncidentQuery",
    "IncidentStore",
    "IngestError",
    "IngestSummary",
    "InterchangeError",
    "LocationPrecision",
    "ModelError",
    "ReadResult",
    "Reject",
    "Report",
    "SQLiteStore",
    "SaveResult",
    "Span",
    "StoreError",
    "StoreInfo",
    "UserError",
    "clean_text",
    "default_db_path",
    "detect_language",
    "export_bytes",
    "extract",
    "extract_incidents",
    "import_file",
    "incident_from_dict",
    "incident_to_dict",
    "ingest",
    "make_incident_id",
    "make_report_id",
    "open_store",
    "parse_date",
    "read_reports",
    "read_text",
    "report_from_dict",
    "report_to_dict",
    "to_acled_rows",
    "to_geojson",
    "write_export",
]
