"""Details panel: the selected incident's fields, its precision in words, its source, and the report text with the
evidence highlighted.

Safety: report text and every field are passed to Dash as plain strings (React escapes them), highlights are
``html.Mark`` pieces cut at the evidence offsets, and only ``http``/``https`` URLs become links (with
``rel="noopener noreferrer"``). Nothing is rendered as raw HTML, so a hostile report stays inert.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from dash import Input, Output, html

from dashboard import ids
from dashboard.filters_cb import weapon_label
from incidents import Incident, Report

if TYPE_CHECKING:
    import dash

    from dashboard.app import AppContext

__all__ = [
    "DATE_PRECISION_WORDS",
    "LOCATION_PRECISION_WORDS",
    "details_children",
    "highlight",
    "register",
    "safe_link",
]

LOCATION_PRECISION_WORDS = {
    "site": "site — the named facility or site itself",
    "settlement": "town or village — coordinates of the settlement",
    "near": "near a place — somewhere around the named place",
    "admin2": "district centroid — location known only to the district",
    "admin1": "province centroid — location known only to the province",
    "country": "country centroid — only the country is known",
    "unknown": "unknown — the report does not say where",
}
DATE_PRECISION_WORDS = {
    "day": "exact day",
    "week": "week known — the middle of the week is used",
    "month": "month known — the 15th is used",
    "year": "year known only",
    "unknown": "date unknown",
}
MAX_TEXT = 60_000  # characters of report text shown (a longer text is cut after the last evidence span)


def safe_link(url: str | None, label: str | None = None) -> Any:
    """A link for http(s) URLs only; anything else (``javascript:``, ``data:``...) is shown as inert text."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme.lower() in ("http", "https") and parsed.netloc:
        return html.A(label or url, href=url.strip(), target="_blank", rel="noopener noreferrer")
    return html.Span(label or url, className="inert-url", title="not a web link: shown as text")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans: list[tuple[int, int]], *, limit: int = MAX_TEXT) -> list[Any]:
    """Children for ``text`` with ``spans`` wrapped in ``html.Mark`` (overlaps merged, bad offsets dropped)."""
    valid = [(s, e) for s, e in spans if 0 <= s < e <= len(text)]
    merged = _merge(valid)
    cut = max(limit, merged[-1][1] + 200) if merged else limit
    shown = text[:cut]
    out: list[Any] = []
    pos = 0
    for start, end in merged:
        if start >= len(shown):
            break
        if start > pos:
            out.append(shown[pos:start])
        out.append(html.Mark(shown[start:end]))
        pos = end
    if pos < len(shown):
        out.append(shown[pos:])
    if len(text) > len(shown):
        out.append(html.Span(f" … ({len(text) - len(shown):,} more characters not shown)", className="muted"))
    return out


def _evidence_offsets(incident: Incident, report: Report | None) -> list[tuple[int, int]]:
    if report is None:
        return []
    out = []
    for span in incident.evidence:
        if report.text[span.start : span.end] == span.text:
            out.append((span.start, span.end))
        elif (
            span.text and (found := report.text.find(span.text)) >= 0
        ):  # the report was re-scraped: re-anchor
            out.append((found, found + len(span.text)))
    return out


def _row(label: str, value: Any) -> html.Tr | None:
    if value is None or value == "":
        return None
    return html.Tr([html.Th(label), html.Td(value)])


#: what the coordinates of an area-level incident stand for (they are no place of the incident's)
_CENTROID_OF = {"admin1": " (the province's centroid)", "country": " (the country's centroid)"}


def _place_parts(inc: Incident) -> list[str]:
    """Location, province, country, each once: an incident known only to its province or country reads "Idlib,
    Syria", not "Idlib, Idlib, Syria" (a town named like its province keeps both: they are two places)."""
    parts = [p for p in (inc.location, inc.admin1, inc.country) if p]
    if inc.location_precision.value not in ("admin1", "country"):
        return parts
    out: list[str] = []
    for p in parts:
        if not out or p.casefold() != out[-1].casefold():
            out.append(p)
    return out


def details_children(incident: Incident | None, report: Report | None) -> list[Any]:
    """The panel's content for one incident (pure: tested without a browser, including hostile text)."""
    if incident is None:
        return [html.P("This incident is no longer in the store.", className="muted")]
    inc = incident
    when = inc.event_date.isoformat() if inc.event_date else "unknown"
    if inc.date_start and inc.date_end and inc.date_start != inc.date_end:
        when += f" (between {inc.date_start.isoformat()} and {inc.date_end.isoformat()})"
    where = ", ".join(_place_parts(inc)) or "unknown"
    coords = (
        f"{inc.latitude:.4f}, {inc.longitude:.4f}" + _CENTROID_OF.get(inc.location_precision.value, "")
        if inc.latitude is not None and inc.longitude is not None
        else None
    )
    fatalities = "not reported" if inc.fatalities is None else str(inc.fatalities)
    if inc.fatalities_max is not None and inc.fatalities is not None and inc.fatalities_max > inc.fatalities:
        fatalities += f"–{inc.fatalities_max}"
    geo = f" (ACLED geo_precision {inc.geo_precision})" if inc.geo_precision else ""
    rows = [
        _row("Date", when),
        _row("Date precision", DATE_PRECISION_WORDS.get(inc.date_precision.value, inc.date_precision.value)),
        _row("Location", where),
        _row(
            "Location precision",
            LOCATION_PRECISION_WORDS.get(inc.location_precision.value, inc.location_precision.value) + geo,
        ),
        _row("Coordinates", coords),
        _row("Weapon", weapon_label(inc.weapon)),
        _row("Munitions", inc.munitions_count),
        _row("Intercepted", "yes — shot down, intercepted or defused" if inc.intercepted else None),
        _row("Actor 1 (attacker)", inc.actor1),
        _row("Actor 2 (target)", inc.actor2),
        _row("Claimed by", inc.claimed_by),
        _row("Fatalities", fatalities),
        _row("Injuries", inc.injuries),
        _row("Source", inc.source),
        _row("Published", inc.published.isoformat() if inc.published else None),
        _row("Link", safe_link(inc.url)),
        _row("Confidence", f"{inc.confidence:.2f}"),
        _row("Method", inc.method),
        _row("Notes", inc.notes),
        _row("Incident id", html.Code(inc.incident_id)),
    ]
    head = [
        html.H2(inc.sub_event_type),
        html.Div(inc.event_type, className="muted"),
    ]
    if inc.historical:
        head.append(html.Div("Historical reference: a past event the report refers to.", className="badge"))
    children: list[Any] = [
        *head,
        html.Table(html.Tbody([r for r in rows if r is not None]), className="fields"),
    ]
    if report is not None:
        offsets = _evidence_offsets(inc, report)
        title = report.title or "Report text"
        children += [
            html.H3(title),
            html.Div(
                f"{len(offsets)} evidence passage(s) highlighted"
                if offsets
                else "no evidence offsets recorded",
                className="muted",
            ),
            html.Div(highlight(report.text, offsets), className="report-text"),
        ]
    elif inc.evidence:
        children += [html.H3("Evidence"), html.Ul([html.Li(html.Mark(s.text)) for s in inc.evidence])]
    return children


def register(app: dash.Dash, actx: AppContext) -> None:
    """Attach the details callback to ``app``."""

    @app.callback(Output(ids.DETAILS, "children"), Input(ids.SELECTED, "data"), prevent_initial_call=True)
    def show(selected: dict | None):
        if not selected or not selected.get("id"):
            return [html.P("Click an incident on the map or a row in the table.", className="muted")]
        with actx.lock:
            incident = actx.store.get_incident(str(selected["id"]))
            report = actx.store.get_report(incident.report_id) if incident else None
        return details_children(incident, report)
