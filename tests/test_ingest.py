"""Readers (one table per format family, own fixtures in tests/fixtures/ingest/) and ingest() into a real store."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from incidents.ingest import (
    IngestError,
    Reject,
    expand_paths,
    html_to_text,
    ingest,
    parse_date,
    read_reports,
    read_text,
)
from incidents.language import detect_language
from incidents.model import Incident, Report, make_incident_id
from incidents.store import SQLiteStore

FIX = Path(__file__).parent / "fixtures" / "ingest"
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def read(name: str | Path, **kw):
    results = [r for r in read_reports([FIX / name if isinstance(name, str) else name], retrieved=NOW, **kw)]
    assert len(results) == 1
    return results[0]


# ------------------------------------------------------------------------------------------------ formats

READERS = [
    # file, n reports, title, url, source, published, format, text starts with
    ("report.txt", 1, None, None, None, None, "text", "Rockets hit military base near Kirkuk"),
    ("front_matter.md", 1, "Drone downed near Erbil airport", "https://news.example.org/2023/05/02/drone-erbil",
     "Example News", dt.date(2023, 5, 2), "markdown", "ERBIL (ESTA) — A drone"),
    ("page.html", 1, "Mortar shells hit village in Diyala", "https://times.example.com/world/mortar-diyala",
     "Example Times", dt.date(2021, 8, 14), "html", "Mortar shells hit village in Diyala"),
    ("broken.html", 1, "Clashes in the north", None, None, None, "html", "Clashes broke out"),
    ("reports.json", 1, "Checkpoint attacked", "https://wire.example.net/checkpoint-attack", "Example Wire",
     dt.date(2020, 2, 10), "json", "Gunmen attacked"),
    ("reports.jsonl", 2, None, "https://wire.example.net/ied-road", None, dt.date(2019, 11, 20), "jsonl",
     "An improvised explosive"),
    ("feed_rss.xml", 2, "Drone strike on vehicle near the border", "https://monitor.example.org/notes/drone-vehicle",
     "Example Conflict Monitor", dt.date(2023, 6, 3), "feed", "A drone struck a vehicle"),
    ("feed_atom.xml", 1, "Artillery shelling hits town", "https://desk.example.com/shelling-town",
     "Example Atom Desk", dt.date(2022, 9, 1), "feed", "Artillery shells hit"),
    ("latin1.txt", 1, None, None, None, None, "text", "Attack on café in the old town"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "n", "title", "url", "source", "published", "fmt", "starts"), READERS)
def test_reader(name, n, title, url, source, published, fmt, starts):
    result = read(name)
    assert len(result.reports) == n
    rep = result.reports[0]
    assert (rep.title, rep.url, rep.source, rep.published) == (title, url, source, published)
    assert rep.metadata["format"] == fmt
    assert rep.text.startswith(starts)
    assert rep.language == "en"
    assert rep.retrieved == NOW
    assert rep.origin_path == str((FIX / name).resolve())
    assert "\r" not in rep.text
    json.dumps(dict(rep.metadata))  # the store writes metadata as JSON


def test_html_keeps_raw_page_and_drops_furniture():
    rep = read("page.html").reports[0]
    raw = (FIX / "page.html").read_text(encoding="utf-8")
    assert rep.metadata["raw"] == raw
    for furniture in (
        "Related Posts",
        "Oil prices rise again",
        "cookies",
        "All rights reserved",
        "Share Total",
    ):
        assert furniture not in rep.text


def test_front_matter_extra_keys_are_kept():
    rep = read("front_matter.md").reports[0]
    assert rep.metadata["front_matter"] == {"author": "Jane Doe", "tags": ["iraq", "erbil"]}
    assert not rep.text.startswith("---")


def test_json_extra_keys_and_line_numbers():
    result = read("reports.json")
    assert result.reports[0].metadata["section"] == "world"
    assert result.reports[0].metadata["line"] == 2
    assert result.rejects == (
        Reject(str(FIX / "reports.json"), "record has no 'text' string (keys: title, url)", 10),
    )


def test_jsonl_bad_line_rejected_rest_read():
    result = read("reports.jsonl")
    assert [r.metadata["line"] for r in result.reports] == [1, 3]
    assert result.reports[1].published == dt.date(2019, 11, 21)  # RFC 822 date
    assert len(result.rejects) == 1 and result.rejects[0].line == 2
    assert "malformed JSON" in result.rejects[0].reason


# ------------------------------------------------------------------------------------------------ bad input

BAD = [
    # file, line, reason contains
    ("empty.txt", None, "empty file"),
    ("binary.txt", None, "binary file"),
    ("french.txt", None, "language fr is not supported"),
    ("malformed.json", 3, "malformed JSON: Expecting ',' delimiter (line 3"),
    ("malformed_feed.xml", 7, "malformed"),
    ("does-not-exist.txt", None, "no such file"),
]


@pytest.mark.parametrize(("name", "line", "reason"), BAD)
def test_bad_input_rejected_with_file_and_reason(name, line, reason):
    result = read(name)
    assert result.reports == ()
    assert len(result.rejects) == 1
    reject = result.rejects[0]
    assert reject.path == str(FIX / name)
    assert reject.line == line
    assert reason in reject.reason
    assert str(reject).startswith(str(FIX / name))


def test_latin1_decoded_with_warning():
    result = read("latin1.txt")
    assert "café" in result.reports[0].text
    assert any("not valid UTF-8" in w and "latin1.txt" in w for w in result.warnings)


def test_size_limit_checked_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB of NULs that must never be read
    result = read(big)
    assert result.reports == ()
    assert "50.0 MB, larger than the 5.0 MB limit" in result.rejects[0].reason


def test_size_limit_configurable(tmp_path):
    text = (FIX / "report.txt").read_bytes()
    assert read(FIX / "report.txt", max_bytes=len(text)).reports
    assert read(FIX / "report.txt", max_bytes=len(text) - 1).rejects


def test_jsonl_size_limit_per_line(tmp_path):
    good = json.dumps({"text": "Two rockets hit the airport road on Monday, the police said. " * 3})
    path = tmp_path / "r.jsonl"
    path.write_text(
        good + "\n" + json.dumps({"text": "x" * 5000}) + "\n" + good.replace("Two", "Three") + "\n"
    )
    result = read(path, max_bytes=1000)
    assert len(result.reports) == 2
    assert result.rejects[0].line == 2 and "longer than" in result.rejects[0].reason


def test_control_character_soup_is_binary(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 32)) * 20)
    assert "binary" in read(path).rejects[0].reason


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\r\n\r\n" + (FIX / "latin1.txt").read_bytes().split(b"\n\n", 1)[1])
    rep = read(path).reports[0]
    assert rep.text.startswith("Headline\n\nGunmen") and "\r" not in rep.text


ENTITIES = [
    ("Shelling in Dar&#8217;a countryside", "Shelling in Dar\u2019a countryside"),
    ("&#x201C;Islamic State&#x201D; &amp; allies", "\u201cIslamic State\u201d & allies"),
    ("AT&T staff; see page?id=1&para=2 and &bogus;", "AT&T staff; see page?id=1&para=2 and &bogus;"),
    ("a&#7;b", "a&#7;b"),  # a control character stays escaped
]


@pytest.mark.parametrize(("raw", "stored"), ENTITIES)
def test_character_references_are_decoded(tmp_path, raw, stored):
    """CMS and feed text often arrives with its HTML references still escaped: the stored text is decoded
    (so "Dar&#8217;a" is not read as a place "Dar"), the title too; bare ampersands stay."""
    path = tmp_path / "items.jsonl"
    text = f"Gunmen attacked a checkpoint. {raw}."
    path.write_text(
        json.dumps({"text": text, "title": raw, "published": "2016-03-01"}) + "\n", encoding="utf-8"
    )
    rep = read(path).reports[0]
    assert rep.text == f"Gunmen attacked a checkpoint. {stored}."
    assert rep.title == stored


# ------------------------------------------------------------------------------------------------ dates

DATES = [
    ("2022-01-04", dt.date(2022, 1, 4)),
    ("2022-01-04T23:30:00-05:00", dt.date(2022, 1, 4)),
    ("Tue, 04 Jan 2022 10:00:00 GMT", dt.date(2022, 1, 4)),
    ("4 January 2022", dt.date(2022, 1, 4)),
    ("January 4, 2022", dt.date(2022, 1, 4)),
    (dt.datetime(2022, 1, 4, 8, 0), dt.date(2022, 1, 4)),
    (dt.date(2022, 1, 4), dt.date(2022, 1, 4)),
]


@pytest.mark.parametrize(("value", "expected"), DATES)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "3 days ago", "January 2022", "soon", "2022-13-45", ""])
def test_parse_date_refuses_relative_partial_and_invalid(value):
    with pytest.raises(ValueError):
        parse_date(value)


PUBLISHED = [
    # file, --published, expected published, warning contains
    ("report.txt", None, None, "no publication date"),
    ("report.txt", dt.date(2021, 3, 5), dt.date(2021, 3, 5), None),
    # the option wins over metadata, and the report's own, different date is said (QA 28 #2)
    (
        "front_matter.md",
        dt.date(2021, 3, 5),
        dt.date(2021, 3, 5),
        "2023-05-02 differs from --published 2021-03-05",
    ),
    ("front_matter.md", dt.date(2023, 5, 2), dt.date(2023, 5, 2), None),
    ("future.md", None, None, "after the retrieval time"),
]


@pytest.mark.parametrize(("name", "published", "expected", "warning"), PUBLISHED)
def test_publication_date_policy(name, published, expected, warning):
    result = read(name, published=published)
    assert result.reports[0].published == expected
    assert result.reports[0].published != NOW.date()  # never the day the program ran
    if warning:
        assert any(warning in w and name in w for w in result.warnings)
    else:
        assert not any("publication date" in w for w in result.warnings)


def test_source_option_overrides_metadata():
    assert read("front_matter.md", source="Desk").reports[0].source == "Desk"


# ------------------------------------------------------------------------------------------------ paths, stdin


def test_directory_recursive_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ("b/2.txt", "a.txt", ".hidden.txt", ".git/x.txt", "b/1.md", "notes.docx"):
        (tmp_path / rel).write_text("x")
    files, warnings = expand_paths([tmp_path])
    assert [Path(f).relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "b/1.md", "b/2.txt"]
    assert warnings and "skipped 1 file" in warnings[0] and "notes.docx" in warnings[0]


def test_a_directory_with_no_report_says_so(tmp_path):
    (tmp_path / "x.pdf").write_text("x")
    files, warnings = expand_paths([tmp_path])
    assert files == [] and any("no reports found" in w for w in warnings)


@pytest.mark.parametrize(
    "name", ["report.txt", "front_matter.md", "page.html", "reports.json", "feed_rss.xml"]
)
def test_stdin_sniffs_format(name):
    data = (FIX / name).read_text(encoding="utf-8")
    (result,) = read_reports(["-"], stdin=io.StringIO(data), retrieved=NOW)
    assert result.path == "<stdin>"
    by_file = read(name)
    assert [r.text for r in result.reports] == [r.text for r in by_file.reports]


def test_read_text_for_pasted_text():
    text = (FIX / "latin1.txt").read_text(encoding="cp1252")
    rep = read_text(text, published=dt.date(2020, 5, 1), source="Paste")
    assert (rep.published, rep.source, rep.language) == (dt.date(2020, 5, 1), "Paste", "en")
    with pytest.raises(IngestError, match="language fr"):
        read_text((FIX / "french.txt").read_text(encoding="utf-8"), published=None, source=None)
    with pytest.raises(IngestError, match=r"no text|empty"):
        read_text("  \n ", published=None, source=None)


def test_html_to_text_tolerates_broken_markup():
    assert html_to_text("<p>One <b>two<p>three <script>x()</script>&amp; four") == "One two\nthree & four"


LANGUAGES = [
    ((FIX / "report.txt").read_text(encoding="utf-8"), "en"),
    ((FIX / "french.txt").read_text(encoding="utf-8"), "fr"),
    ("Zwei Drohnen wurden am Dienstag über dem Stützpunkt abgeschossen, teilte die Armee mit. Es gab nach "
     "Angaben der Armee keine Opfer und auch keine Schäden an den Gebäuden, die auf dem Gelände sind.", "de"),
    ("Dos drones fueron derribados el martes sobre la base aérea, según el ejército. No hubo víctimas y los "
     "daños fueron menores, dijo el portavoz de las fuerzas que están en la base desde el año pasado.", "es"),
    ("أعلنت قيادة العمليات المشتركة في العراق اليوم الثلاثاء أن منظومة الدفاع الجوي أسقطت طائرتين مسيرتين "
     "قرب قاعدة عين الأسد الجوية في محافظة الأنبار غربي البلاد دون وقوع إصابات", "ar"),
    ("Два беспилотника были сбиты во вторник над авиабазой, сообщили военные. Пострадавших нет, разрушения "
     "незначительны, сообщил представитель командования сил на базе.", "ru"),
    ("Két drónt lőttek le kedden a légitámaszpont felett, közölte a hadsereg. Áldozatok nem voltak, a károk "
     "csekélyek. " * 5, "und"),  # a language not listed: long, almost no English words
    ("Baghdad Basra Mosul Erbil Kirkuk Najaf Karbala Ramadi Fallujah Tikrit Samarra Baquba", None),  # names only
    ("Two drones shot down.", None),  # too short to tell
    # a sentence in another language is told by its lowercase function words; names' "Al", "La", "el-" are not
    ("Des hommes armés ont tué cinq personnes dans le village de Djibo", "fr"),
    ("Hombres armados mataron a cinco personas en el pueblo de la sierra", "es"),
    ("Los Zetas, La Familia Michoacana clash near Apatzingan; 12 dead", None),
    ("Ein el-Hilweh: Fatah, Jund al-Sham clash, 3 dead", None),
    ("Gunmen killed five people in a village near Djibo on Tuesday", None),  # short English: not rejected
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), LANGUAGES)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


# ------------------------------------------------------------------------------------------------ ingest()


@dataclass(frozen=True)
class FakeExtraction:
    report: Report
    incidents: tuple[Incident, ...]
    warnings: tuple[str, ...]


def fake_extract(report, *, gazetteer):
    """One current and one historical incident per report (stable ids), like the real extractor's output."""
    incidents = tuple(
        Incident(
            incident_id=make_incident_id(report.report_id, "fake", historical),
            report_id=report.report_id,
            event_type="Battles",
            sub_event_type="Armed clash",
            historical=historical,
            published=report.published,
        )
        for historical in (False, True)
    )
    return FakeExtraction(report, incidents, ("fake warning",))


def broken_extract(report, *, gazetteer):
    if "Gunmen" in report.text:
        raise RuntimeError("boom")
    return fake_extract(report, gazetteer=gazetteer)


def unstorable_extract(report, *, gazetteer):
    """An incident the store cannot serialise: the save fails after the report row was written."""
    ex = fake_extract(report, gazetteer=gazetteer)
    if "Gunmen" not in report.text:
        return ex
    bad = ex.incidents[0].replace(attributes={"x": object()})
    return FakeExtraction(report, (bad,), ())


@pytest.fixture
def store(tmp_path):
    with SQLiteStore(tmp_path / "s.sqlite") as s:
        yield s


def run(store, paths, extract=fake_extract, now=NOW, **kw):
    return ingest([FIX / p for p in paths], store=store, gazetteer=None, now=now, extract=extract, **kw)


def test_ingest_counts_and_idempotence(store):
    first = run(store, ["report.txt", "reports.jsonl", "feed_rss.xml"])
    assert (first.files, first.reports_read, first.reports_new) == (3, 5, 5)
    assert (first.incidents_added, first.current, first.historical) == (10, 5, 5)
    assert len(first.rejects) == 1 and first.rejects[0].line == 2  # the broken JSON line
    assert not first.ok
    assert any(w.endswith("fake warning") for w in first.warnings)
    revision = store.revision()
    later = NOW + dt.timedelta(days=3)  # a second run at another time changes nothing
    second = run(store, ["report.txt", "reports.jsonl", "feed_rss.xml"], now=later)
    assert (second.reports_new, second.reports_updated, second.reports_unchanged) == (0, 0, 5)
    assert (second.incidents_added, second.incidents_updated, second.incidents_unchanged) == (0, 0, 10)
    assert store.revision() == revision == second.revision_after == second.revision_before
    stored = store.get_report(next(iter(store.query())).report_id)
    assert stored.retrieved == NOW  # the first retrieval time is kept


def test_the_same_text_in_two_files_is_one_report_and_reingesting_changes_nothing(store, tmp_path):
    """(QA 16, stop 19: every run said "2 updated", bumped the revision and swapped the stored path)"""
    text = (FIX / "report.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    first = ingest(
        [tmp_path / "a.txt", tmp_path / "b.txt"], store=store, gazetteer=None, now=NOW, extract=fake_extract
    )
    assert (first.reports_new, first.reports_unchanged) == (1, 1)
    assert first.current + first.historical == store.info().incidents  # each incident counted once
    revision = store.revision()
    second = ingest(
        [tmp_path / "a.txt", tmp_path / "b.txt"], store=store, gazetteer=None, now=NOW, extract=fake_extract
    )
    assert (second.reports_new, second.reports_updated, second.reports_unchanged) == (0, 0, 2)
    assert store.revision() == revision


def test_markdown_reports_are_read_as_their_prose(store, tmp_path):
    """Emphasis, links and headings are marks, not words; an image's alt text is a caption (QA 16, stop 19)."""
    md = tmp_path / "r.md"
    md.write_text(
        "---\ntitle: Gusau\npublished: 2024-05-08\n---\n# Attack in Gusau\n\n"
        "![Photo of Gusau, where 30 were killed in 2021](img.jpg)\n\n"
        "Gunmen killed *five* villagers in [Gusau](https://example.org/gusau) on Monday.\n",
        encoding="utf-8",
    )
    ingest([md], store=store, gazetteer=None, now=NOW, extract=fake_extract)
    (report,) = [store.get_report(r) for r in {i.report_id for i in store.query()}] or [None]
    text = report.text if report is not None else ""
    assert "killed five villagers in Gusau on Monday." in text
    assert "Photo of" not in text and "https://" not in text and "*" not in text and "#" not in text


def test_an_ambiguous_numeric_publication_date_is_read_with_a_warning(store, tmp_path):
    md = tmp_path / "r.md"
    md.write_text("---\npublished: 03/10/2022\n---\nGunmen killed five people in Zurmi.\n", encoding="utf-8")
    summary = ingest([md], store=store, gazetteer=None, now=NOW, extract=fake_extract)
    assert any("ambiguous (day/month)" in w for w in summary.warnings)
    md.write_text("---\npublished: 13/10/2022\n---\nGunmen killed five people in Zurmi.\n", encoding="utf-8")
    summary = ingest([md], store=store, gazetteer=None, now=NOW, extract=fake_extract)
    assert not any("ambiguous (day/month)" in w for w in summary.warnings), summary.warnings


def test_warnings_name_the_record_when_its_line_does_not(tmp_path):
    """A one-line JSON list's and a feed's warnings say which item they are about, as their rejects do."""
    body = "Gunmen attacked a convoy on the main road north of the town on Saturday night, the police said."
    one_line = tmp_path / "list.json"
    one_line.write_text(
        json.dumps(
            [
                {"text": body, "published": "2022-05-01"},
                {"text": body + " Two died.", "published": "03/04/2021"},
            ]
        ),
        encoding="utf-8",
    )
    assert read(one_line).warnings == (
        f"{one_line}:1: item 2: publication date '03/04/2021' is ambiguous (day/month): read as 2021-03-04; "
        "give --published to set it",
    )
    spread = tmp_path / "spread.json"  # one record per line: the line says which
    spread.write_text(json.dumps([{"text": body}, {"text": body + " Two died."}], indent=1), encoding="utf-8")
    assert [w.split(": ", 1)[0] for w in read(spread).warnings] == [f"{spread}:2", f"{spread}:5"]
    feed = tmp_path / "f.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        f"<item><title>A</title><pubDate>Sat, 03 Jun 2023 23:30:00 -0500</pubDate><description>{body}</description>"
        f"</item><item><title>B</title><pubDate>someday</pubDate><description>{body}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    (warning,) = read(feed).warnings
    assert warning.startswith(f"{feed}: feed item 2: publication date not understood"), warning


def test_extraction_failure_rejects_that_report_only(store):
    summary = run(store, ["reports.json", "feed_atom.xml"], extract=broken_extract)
    assert summary.reports_new == 1 and summary.reports_read == 2
    assert any("extraction failed: RuntimeError: boom" in r.reason for r in summary.rejects)
    assert store.info().reports == 1


def test_failed_save_leaves_nothing_half_written(store):
    summary = run(store, ["reports.json", "feed_atom.xml"], extract=unstorable_extract)
    assert any("not stored" in r.reason for r in summary.rejects)
    assert store.info().reports == 1  # the failing report's row was rolled back with its incidents
    assert store.info().incidents == 2
    assert all("Gunmen" not in store.get_report(i.report_id).text for i in store.query())


def test_ingest_published_option_reaches_incidents(store):
    run(store, ["report.txt"], published=dt.date(2021, 3, 5))
    assert {i.published for i in store.query()} == {dt.date(2021, 3, 5)}


def test_feed_item_keeps_publisher_day_and_empty_item_rejected(tmp_path):
    body = "Gunmen attacked a convoy on the main road north of the town on Saturday night, the police said."
    path = tmp_path / "f.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        f"<item><title>Late item</title><pubDate>Sat, 03 Jun 2023 23:30:00 -0500</pubDate>"
        f"<description>{body}</description></item>"
        "<item><title>Empty</title><description></description></item></channel></rss>",
        encoding="utf-8",
    )
    result = read(path)
    assert [r.published for r in result.reports] == [dt.date(2023, 6, 3)]  # not the UTC day (June 4)
    assert [(r.reason, r.line) for r in result.rejects] == [("feed item 2 has no text", None)]


@pytest.mark.parametrize(("fixture", "fmt"), [("page.html", "html"), ("reports.jsonl", "jsonl"),
                                              ("feed_atom.xml", "feed"), ("front_matter.md", "markdown")])  # fmt: skip
def test_unknown_suffix_is_sniffed(tmp_path, fixture, fmt):
    path = tmp_path / "download"
    path.write_bytes((FIX / fixture).read_bytes())
    result = read(path)
    assert result.reports and {r.metadata["format"] for r in result.reports} == {fmt}


def test_malformed_front_matter_names_the_line(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: ok\nbad: : x: y\n---\nText.\n", encoding="utf-8")
    (reject,) = read(path).rejects
    assert reject.reason.startswith("malformed YAML front matter") and reject.line == 3


def test_html_home_page_url_is_not_the_report_url(tmp_path):
    path = tmp_path / "p.html"
    html = (FIX / "page.html").read_text(encoding="utf-8")
    path.write_text(
        html.replace("https://times.example.com/world/mortar-diyala", "https://times.example.com/")
    )
    rep = read(path).reports[0]
    assert rep.url is None and rep.metadata["site_url"] == "https://times.example.com/"
