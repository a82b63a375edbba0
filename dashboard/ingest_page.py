"""Ingest page and sample data: paste or upload a report, give its publication date, preview the extracted
incidents with their evidence, save them to the store. Also the "Load sample data" button of an empty store.

The publication date is required and never defaulted to today: relative dates in a report ("yesterday") are
resolved against it, so a wrong default would silently move every incident. Saving re-runs the (deterministic)
extraction on the server instead of trusting incident data sent back by the browser.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dash import Input, Output, State, ctx, html, no_update

from dashboard import ids
from dashboard.details import LOCATION_PRECISION_WORDS, highlight, safe_link
from dashboard.filters_cb import weapon_label

if TYPE_CHECKING:
    import dash

    from dashboard.app import AppContext
    from incidents import Incident

__all__ = [
    "IngestInput",
    "decode_upload",
    "front_matter_fields",
    "parse_form",
    "preview_children",
    "register",
]

_TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class IngestInput:
    """A checked ingest form (``error`` says what is missing; then nothing else is used)."""

    text: str
    published: dt.date | None
    source: str | None
    url: str | None
    title: str | None
    error: str | None


def parse_form(
    text: str | None,
    published: str | None,
    source: str | None,
    url: str | None,
    title: str | None,
    *,
    today: dt.date,
) -> IngestInput:
    """Check the form: text and a publication date (not in the future) are required.

    Parameters
    ----------
    today
        The caller's clock, only to refuse a future publication date.
    """
    text = text or ""
    error = None
    pub: dt.date | None = None
    if not text.strip():
        error = "Paste the report text or upload a file first."
    elif not published:
        error = "The publication date is required: relative dates in the text are resolved against it."
    else:
        try:
            pub = dt.date.fromisoformat(str(published)[:10])
        except ValueError:
            error = f"The publication date {published!r} is not a date (YYYY-MM-DD)."
        else:
            if pub > today + dt.timedelta(days=1):
                error = f"The publication date {pub.isoformat()} is in the future."
    clean = [(v or "").strip() or None for v in (source, url, title)]
    return IngestInput(text=text, published=pub, source=clean[0], url=clean[1], title=clean[2], error=error)


def decode_upload(contents: str | None, filename: str | None, *, max_bytes: int) -> tuple[str | None, str]:
    """Text of an uploaded file and a message; ``(None, reason)`` when it is too big, binary or unreadable."""
    if not contents:
        return None, ""
    name = filename or "upload"
    if not name.lower().endswith(_TEXT_SUFFIXES):
        return (
            None,
            f"{name}: only text, Markdown or HTML files can be uploaded here ({', '.join(_TEXT_SUFFIXES)}).",
        )
    try:
        _, b64 = contents.split(",", 1)
        data = base64.b64decode(b64, validate=True)
    except (ValueError, binascii.Error):
        return None, f"{name}: the upload could not be read."
    if len(data) > max_bytes:
        return None, (
            f"{name} is {_size(len(data))}: the limit here is {_size(max_bytes)}. "
            "Split it, or use the command line (incidents ingest), which streams large files."
        )
    if b"\x00" in data:
        return None, f"{name}: a binary file (it contains NUL bytes), not a text report."
    note = ""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # what Windows editors and Excel write; the command line reads such files the same way
        text = data.decode("cp1252", errors="replace")
        note = (
            f" Not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}): read as Windows-1252"
            " — check accented letters."
        )
    unreadable = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    if unreadable > max(2, len(text) // 100):
        return None, f"{name}: not readable as text (control or undecodable characters): a binary file?"
    return text, f"Loaded {name} ({len(data):,} bytes).{note} Check the publication date, then preview."


_FORM_KEYS = ("published", "source", "url", "title")


def html_fields(page: str) -> tuple[str, dict[str, str], tuple[str, ...]]:
    """The article of an uploaded HTML page, read as ``incidents ingest`` reads it: (text, form fields, warnings).

    Page furniture is dropped by the same trafilatura reading, and the page's own metadata (title, publication
    date, site name, canonical URL) fills the form instead of being lost.
    """
    from incidents.ingest import html_article

    art = html_article(page)
    raw = {"published": art.published, "source": art.source, "url": art.url, "title": art.title}
    fields = {k: str(v).strip() for k, v in raw.items() if v is not None and str(v).strip()}
    return art.body, fields, art.warnings


def front_matter_fields(text: str) -> tuple[str, dict[str, str]]:
    """Split a YAML front matter header (``---``) off an uploaded report: (body, form fields it names).

    ``incidents ingest`` reads ``published``/``date``, ``source``, ``url`` and ``title`` from it; the upload fills the
    same fields, so the header neither ends up in the report text nor has its date ignored. Malformed YAML leaves
    the text as it is (the user sees it and can fix it).
    """
    if not text.startswith("---\n"):
        return text, {}
    import frontmatter
    import yaml

    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError:
        return text, {}
    meta = dict(post.metadata)
    if meta.get("published") is None and meta.get("date") is not None:
        meta["published"] = meta["date"]
    fields: dict[str, str] = {}
    for key in _FORM_KEYS:
        value = meta.get(key)
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            value = value.isoformat()
        if value is not None and str(value).strip():
            fields[key] = str(value).strip()
    return post.content, fields


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _incident_card(inc: Incident) -> html.Div:
    when = inc.event_date.isoformat() if inc.event_date else "date unknown"
    where = ", ".join(p for p in (inc.location, inc.admin1, inc.country) if p) or "place unknown"
    fat = "fatalities not reported" if inc.fatalities is None else f"{inc.fatalities} killed"
    bits = [
        html.Strong(f"{inc.event_type} — {inc.sub_event_type}"),
        html.Span(" (historical reference)", className="muted") if inc.historical else None,
        html.Div(f"{when} ({inc.date_precision.value}) · {where} · {fat}"),
        html.Div(LOCATION_PRECISION_WORDS.get(inc.location_precision.value, ""), className="muted"),
        html.Div(" · ".join(who)) if (who := _who_and_how(inc)) else None,
        html.Ul([html.Li(html.Mark(s.text)) for s in inc.evidence], className="evidence"),
    ]
    return html.Div([b for b in bits if b is not None], className="incident-card")


def _who_and_how(inc: Incident) -> list[str]:
    """Actors, weapon, injuries and claim of a previewed incident: what the analyst checks before saving."""
    out = [
        f"actor 1: {inc.actor1}" if inc.actor1 else "",
        f"actor 2: {inc.actor2}" if inc.actor2 else "",
        f"claimed by {inc.claimed_by}" if inc.claimed_by else "",
        f"weapon: {weapon_label(inc.weapon)}" if inc.weapon else "",
        "intercepted" if inc.intercepted else "",
        f"{inc.injuries} injured" if inc.injuries is not None else "",
    ]
    return [x for x in out if x]


def preview_children(report: Any, incidents: list[Incident], warnings: tuple[str, ...]) -> list[Any]:
    """Preview: one card per incident with its evidence, then the text with every evidence span highlighted."""
    spans = [(s.start, s.end) for inc in incidents for s in inc.evidence]
    out: list[Any] = [
        html.H3(f"{len(incidents)} incident(s) found" if incidents else "No incident found in this text"),
    ]
    if warnings:
        out.append(html.Ul([html.Li(w) for w in warnings], className="warnings"))
    out.extend(_incident_card(i) for i in incidents)
    if report.url:
        out.append(html.Div(["Source link: ", safe_link(report.url)]))
    out.append(html.Div(highlight(report.text, spans), className="report-text"))
    return out


def register(app: dash.Dash, actx: AppContext) -> None:
    """Attach the ingest-page, tab and sample-data callbacks to ``app``."""

    app.clientside_callback(
        """
        function(tab) {
            setTimeout(function() { window.dispatchEvent(new Event('resize')); }, 50);
            return [{display: tab === 'ingest' ? 'none' : 'grid'}, {display: tab === 'ingest' ? 'block' : 'none'}];
        }
        """,
        Output("page-map", "style"),
        Output("page-ingest", "style"),
        Input(ids.TABS, "value"),
    )

    def _extract(form: IngestInput):
        from incidents.ingest import read_text

        now = dt.datetime.now(dt.UTC)  # the retrieval time of a pasted report: the server is the I/O seam
        report = read_text(
            form.text,
            published=form.published,
            source=form.source,
            url=form.url,
            title=form.title,
            retrieved=now,
        )
        return actx.extract(report)

    @app.callback(
        Output(ids.IN_TEXT, "value"),
        Output(ids.IN_UPLOAD_NOTE, "children"),
        Output(ids.IN_PUBLISHED, "value"),
        Output(ids.IN_SOURCE, "value"),
        Output(ids.IN_URL, "value"),
        Output(ids.IN_TITLE, "value"),
        Input(ids.IN_UPLOAD, "contents"),
        State(ids.IN_UPLOAD, "filename"),
        prevent_initial_call=True,
    )
    def upload(contents: str | None, filename: str | None):
        text, message = decode_upload(contents, filename, max_bytes=actx.settings.max_upload_bytes)
        fields: dict[str, str] = {}
        if text is not None and (filename or "").lower().endswith((".html", ".htm")):
            text, fields, warnings = html_fields(text)
            if not text:
                text, message = None, f"{filename}: no text in this HTML page."
            else:
                message += "".join(f" {w}." for w in warnings)
                if fields:
                    message += f" Filled from the page's metadata: {', '.join(fields)}."
        elif text is not None:
            text, fields = front_matter_fields(text)
            if fields:
                message += f" Filled from its front matter: {', '.join(fields)}."
        if text is None:
            # a refused file must not leave the previous report in the form: "Save to store" would then save
            # that report while the user believes the new file was loaded
            note = html.Span(
                [message, " The form was cleared: paste the report or upload a readable file."],
                className="error",
            )
            return "", note, "", "", "", ""
        note = html.Span(message)
        return text, note, *(fields.get(k, no_update) for k in _FORM_KEYS)

    @app.callback(
        Output(ids.IN_RESULT, "children"),
        Output(ids.IN_STATUS, "children"),
        Output(ids.DATA_REVISION, "data", allow_duplicate=True),
        Input(ids.IN_PREVIEW, "n_clicks"),
        Input(ids.IN_SAVE, "n_clicks"),
        State(ids.IN_TEXT, "value"),
        State(ids.IN_PUBLISHED, "value"),
        State(ids.IN_SOURCE, "value"),
        State(ids.IN_URL, "value"),
        State(ids.IN_TITLE, "value"),
        prevent_initial_call=True,
    )
    def preview_or_save(_p: Any, _s: Any, text, published, source, url, title):
        form = parse_form(text, published, source, url, title, today=dt.datetime.now(dt.UTC).date())
        if form.error:
            return no_update, html.Span(form.error, className="error"), no_update
        try:
            extraction = _extract(form)
        except ValueError as exc:  # IngestError (empty, not English) and model errors are ValueErrors
            return no_update, html.Span(f"Cannot read this report: {exc}", className="error"), no_update
        except (ImportError, RuntimeError, OSError) as exc:
            return no_update, html.Span(f"Extraction is not available: {exc}", className="error"), no_update
        result = preview_children(extraction.report, list(extraction.incidents), tuple(extraction.warnings))
        if ctx.triggered_id != ids.IN_SAVE:
            return result, "Preview only — nothing saved yet.", no_update
        with actx.lock:
            saved = actx.store.save(reports=[extraction.report], incidents=extraction.incidents, replace=True)
            revision = actx.store.revision()
        n = len(extraction.incidents)
        msg = (
            f"Saved: {n} incident(s) ({saved.incidents_added} new, {saved.incidents_updated} updated, "
            f"{saved.incidents_unchanged} unchanged). Open the Map tab to see them."
        )
        return result, html.Span(msg, className="ok"), revision

    @app.callback(
        Output(ids.SAMPLE_BOX, "style"),
        Input(ids.DATA_REVISION, "data"),
    )
    def sample_box(_revision: Any):
        empty = len(actx.columns()) == 0
        return {"display": "block" if empty else "none"}

    @app.callback(
        Output(ids.SAMPLE_NOTE, "children"),
        Output(ids.DATA_REVISION, "data", allow_duplicate=True),
        Input(ids.SAMPLE_BUTTON, "n_clicks"),
        prevent_initial_call=True,
    )
    def load_sample(_clicks: Any):
        try:
            with actx.lock:
                done = actx.load_samples()
                revision = actx.store.revision()
        except (RuntimeError, OSError, ValueError) as exc:
            return html.Span(f"Could not load the sample data: {exc}", className="error"), no_update
        return f"Loaded {done.reports} sample reports: {done.incidents} incidents ({done.method}).", revision
