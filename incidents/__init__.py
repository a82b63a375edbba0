"""Incident Atlas: news reports -> structured, geocoded, evidence-backed incidents.

Public names only; everything else in the package is private.
"""

from incidents.errors import UserError
from incidents.filters import IncidentQuery
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

__all__ = [
    "CONTRACT_FIELDS",
    "EVENT_TYPES",
    "INCIDENT_FIELDS",
    "WEAPONS",
    "DatePrecision",
    "Edit",
    "Incident",
    "IncidentQuery",
    "IncidentStore",
    "LocationPrecision",
    "ModelError",
    "Report",
    "SQLiteStore",
    "SaveResult",
    "Span",
    "StoreError",
    "StoreInfo",
    "UserError",
    "default_db_path",
    "incident_from_dict",
    "incident_to_dict",
    "make_incident_id",
    "make_report_id",
    "open_store",
    "report_from_dict",
    "report_to_dict",
]
