"""Rule-based extraction of incidents from a report (pure): sentences, event mentions, dates, places, actors.

Public names: :func:`extract`, :func:`extract_incidents`, :class:`Extraction`, :data:`EXTRACTOR_VERSION`.
"""

from incidents.extract.pipeline import EXTRACTOR_VERSION, Extraction, extract, extract_incidents

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract", "extract_incidents"]
