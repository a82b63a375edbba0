"""Evaluation harnesses: score geoparsing and event extraction against published gold corpora.

Loaders read the third-party corpora by path (never copied into the project); scoring functions take the
geoparser / extractor as callables so they are tested with fakes; ``metrics`` holds the pure arithmetic.
The command line is ``incidents evaluate`` (incidents/commands/evaluate.py); figures are in docs/evaluation.md.
"""

from incidents.evaluation.events import (
    EventCorpusError,
    EventLocationLoad,
    EventRow,
    LocationOutcome,
    LocationSentence,
    RowOutcome,
    UcdpLoad,
    choose_incident,
    incident_location_span,
    load_event_location,
    load_ucdp_ged,
    publication_date,
    score_event_location,
    score_events,
    score_row,
    summarise_events,
)
from incidents.evaluation.geoparsing import (
    CORPORA,
    GWN_PLACE_TYPES,
    CorpusError,
    Document,
    GoldToponym,
    ResolutionOutcome,
    load_corpus,
    load_geovirus,
    load_gwn,
    load_lgl,
    load_trnews,
    realign,
    score_end_to_end,
    score_resolution,
    summarise_resolution,
)
from incidents.evaluation.metrics import MAX_ERROR_KM, haversine_km

__all__ = [
    "CORPORA",
    "GWN_PLACE_TYPES",
    "MAX_ERROR_KM",
    "CorpusError",
    "Document",
    "EventCorpusError",
    "EventLocationLoad",
    "EventRow",
    "GoldToponym",
    "LocationOutcome",
    "LocationSentence",
    "ResolutionOutcome",
    "RowOutcome",
    "UcdpLoad",
    "choose_incident",
    "haversine_km",
    "incident_location_span",
    "load_corpus",
    "load_event_location",
    "load_geovirus",
    "load_gwn",
    "load_lgl",
    "load_trnews",
    "load_ucdp_ged",
    "publication_date",
    "realign",
    "score_end_to_end",
    "score_event_location",
    "score_events",
    "score_resolution",
    "score_row",
    "summarise_events",
    "summarise_resolution",
]
