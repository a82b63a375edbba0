"""The column-wise UCDP fast path gives exactly what the row-by-row path gives: incidents, rejects, warnings.

The fast path (pyarrow CSV, distinct cells parsed once) is an optimisation; these tests pin that it changes no
result, including physical line numbers with quoted cells spanning lines, CRLF files and the HXL row, and that files
it cannot read exactly fall back to the row-by-row reader.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from incidents.interchange import import_file
from incidents.interchange._columns import read_csv_columns
from incidents.interchange._rows import read_csv
from incidents.interchange.ucdp import parse_ucdp, parse_ucdp_columns
from incidents.model import incident_to_dict

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"


def _rows(name: str = "ucdp_ged_floats.csv") -> list[list[str]]:
    with (FIXTURES / name).open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def _write(path: Path, rows: list[list[str]], *, newline: str = "\n") -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return path


def _both(path: Path):
    table = read_csv(path)
    slow = parse_ucdp(table)
    columns = read_csv_columns(path)
    assert columns is not None, "the fast path should take this file"
    fast = parse_ucdp_columns(columns)
    assert [incident_to_dict(i) for i in fast[0]] == [incident_to_dict(i) for i in slow[0]]
    assert fast[1] == slow[1]
    assert columns.warnings == table.warnings
    assert columns.nrows == len(table.rows)
    return fast


@pytest.mark.parametrize("name", ["ucdp_ged_floats.csv", "ucdp_ged_hxl.csv"])
def test_fixtures_same_on_both_paths(name: str) -> None:
    incidents, rejects = _both(FIXTURES / name)
    assert incidents and not rejects


def test_bad_rows_multiline_cells_and_crlf_same_on_both_paths(tmp_path: Path) -> None:
    rows = _rows()
    header = rows[0]
    rows[1][header.index("source_headline")] = "two\nlines of\nheadline"  # rows below start 2 lines later
    rows[2][header.index("best")] = "1.5"
    rows[3][header.index("latitude")] = "-95.1"
    rows[4][header.index("date_end")] = "2001-01-01"
    rows[5][header.index("type_of_violence")] = "4.0"
    rows[6][header.index("id")] = rows[1][header.index("id")]  # duplicate
    rows.append(rows[-1][:])  # another duplicate
    rows[-1][header.index("high")] = "0"  # high < best: kept, with a warning
    rows[-1][header.index("id")] = "999999.0"
    for newline in ("\n", "\r\n"):
        incidents, rejects = _both(_write(tmp_path / "ucdp.csv", rows, newline=newline))
        assert [r.line for r in rejects] == [5, 6, 7, 8, 9]
        assert "best: '1.5' is not a whole number" in rejects[0].reason
        assert rejects[4].reason == "duplicate id (first on line 2)"
        assert len(incidents) == 3


def test_hxl_row_and_trailing_blank_lines(tmp_path: Path) -> None:
    rows = _rows("ucdp_ged_hxl.csv")
    path = _write(tmp_path / "ucdp.csv", rows)
    path.write_bytes(path.read_bytes() + b"\n\n")
    incidents, _ = _both(path)
    assert len(incidents) == len(rows) - 2


@pytest.mark.parametrize(
    "mangle",
    [
        lambda text: text.replace("Ein Laroz town", 'Ein "Laroz" town'),  # stray quotes in an unquoted cell
        lambda text: text.replace(",", ";"),  # another delimiter
        lambda text: text.replace("\n", "\r"),  # old Mac line ends
        lambda text: text.replace("900002.0,2017.0", "900002.0,2017.0,extra"),  # wrong number of cells
    ],
)
def test_files_the_fast_path_cannot_read_exactly_fall_back(tmp_path: Path, mangle) -> None:
    text = (FIXTURES / "ucdp_ged_floats.csv").read_text(encoding="utf-8")
    path = tmp_path / "ucdp.csv"
    path.write_text(mangle(text), encoding="utf-8", newline="")
    assert read_csv_columns(path) is None
    result = import_file("ucdp", path)  # the row-by-row reader takes it and says what it found
    assert result.rows >= 1


def test_not_utf8_falls_back_with_the_warning(tmp_path: Path) -> None:
    text = (FIXTURES / "ucdp_ged_floats.csv").read_text(encoding="utf-8").replace("Ein Laroz", "Ein Lároz")
    path = tmp_path / "ucdp.csv"
    path.write_bytes(text.encode("cp1252"))
    assert read_csv_columns(path) is None
    result = import_file("ucdp", path)
    assert any("not UTF-8" in w for w in result.warnings)
    assert any(i.location == "Ein Lároz town" for i in result.incidents)


@pytest.mark.parametrize(
    "bad",
    [b"\xed\xa0\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf4\x90\x80\x80", b"\xf5\x80", b"\x80", b"\xe2\x82"],
    ids=["surrogate", "overlong-2", "overlong-3", "above-10ffff", "f5", "lone-continuation", "truncated"],
)
def test_invalid_utf8_in_a_cell_falls_back(tmp_path: Path, bad: bytes) -> None:
    """The fast path leaves UTF-8 checking of cells to pyarrow: it must refuse what Python's decoder refuses."""
    raw = (FIXTURES / "ucdp_ged_floats.csv").read_bytes().replace(b"Ein Laroz", b"Ein La" + bad + b"roz")
    path = tmp_path / "ucdp.csv"
    path.write_bytes(raw)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert read_csv_columns(path) is None
    assert any("not UTF-8" in w for w in import_file("ucdp", path).warnings)


def test_valid_utf8_beyond_ascii_takes_the_fast_path(tmp_path: Path) -> None:
    text = (FIXTURES / "ucdp_ged_floats.csv").read_text(encoding="utf-8")
    text = text.replace("Ein Laroz", "Ein Lároz \U0001f600 \ufffe")
    incidents, _ = _both(_write(tmp_path / "ucdp.csv", list(csv.reader(io.StringIO(text)))))
    assert any(i.location and "Lároz \U0001f600" in i.location for i in incidents)


@pytest.mark.parametrize("uid", ["1", "214797", "9" * 30, "x\u00e9"])
def test_fast_incident_id_is_make_incident_id(uid: str) -> None:
    from incidents.interchange.ucdp import _incident_id
    from incidents.model import make_incident_id

    assert _incident_id(uid) == make_incident_id("ucdp", uid)


def test_many_chunks_same_as_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import incidents.interchange._columns as columns_module

    rows = _rows()
    header = rows[0]
    rows[3][header.index("source_headline")] = "a headline\nover two lines"
    rows[5][header.index("best")] = "x"
    body = [rows[1 + k % (len(rows) - 1)][:] for k in range(300)]
    for k, row in enumerate(body):
        row[header.index("id")] = str(100000 + k)
    path = _write(tmp_path / "ucdp.csv", [header, *body])
    monkeypatch.setattr(columns_module, "_BLOCK_SIZE", 4096)
    table = read_csv_columns(path)
    assert table is not None and table.columns[0].num_chunks > 1
    incidents, rejects = _both(path)
    assert len(incidents) + len(rejects) == 300


def test_nul_byte_after_the_first_64_kb_falls_back(tmp_path: Path) -> None:
    rows = _rows()
    header = rows[0]
    body = [rows[1][:] for _ in range(400)]
    for k, row in enumerate(body):
        row[header.index("id")] = str(200000 + k)
    path = _write(tmp_path / "ucdp.csv", [header, *body])
    path.write_bytes(path.read_bytes()[:-2] + b"\x00\n")
    assert path.stat().st_size > 65536
    assert read_csv_columns(path) is None


def _both_acled(path: Path):
    from incidents.interchange.acled import parse_acled, parse_acled_columns

    table = read_csv(path)
    slow = parse_acled(table)
    columns = read_csv_columns(path)
    assert columns is not None, "the fast path should take this file"
    fast = parse_acled_columns(columns)
    assert [incident_to_dict(i) for i in fast[0]] == [incident_to_dict(i) for i in slow[0]]
    assert fast[1] == slow[1]
    assert columns.warnings == table.warnings
    return fast


@pytest.mark.parametrize("name", ["acled_2023.csv", "acled_2021_old.csv"])
def test_acled_fixtures_same_on_both_paths(name: str) -> None:
    incidents, rejects = _both_acled(FIXTURES / name)
    assert incidents and not rejects


def test_acled_bad_rows_same_on_both_paths(tmp_path: Path) -> None:
    rows = _rows("acled_2023.csv")
    header = rows[0]
    good = rows[1]
    changes = [
        {"latitude": ""},
        {"event_date": "07/10/2023"},
        {"event_date": "02 June 2023"},  # valid, another format
        {"event_date": ""},
        {"event_type": "Remote violence"},
        {"sub_event_type": "Drone strike"},
        {"fatalities": "-2"},
        {"time_precision": "4"},
        {"geo_precision": "0"},
        {"event_id_cnty": ""},
        {"iso": "abc"},  # bad but unused when the country resolves: accepted on both paths
        {"latitude": "135.2"},
        {"notes": "a note\nover two lines"},
    ]
    body = []
    for k, change in enumerate(changes):
        row = good[:]
        row[header.index("event_id_cnty")] = f"SYR{3000 + k}"
        for key, value in change.items():
            if key in header:
                row[header.index(key)] = value
        body.append(row)
    body.append(body[2][:])  # a duplicate id of a good row
    incidents, rejects = _both_acled(_write(tmp_path / "acled.csv", [header, *body]))
    assert len(incidents) + len(rejects) == len(body)
    assert any("duplicate event_id_cnty" in r.reason for r in rejects)
