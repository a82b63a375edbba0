"""One spelling per province: a dataset's admin1 name -> the name the extractor stores for that province.

Why: the extractor names a province as the province layer does ("Al-Anbar", "Kirkuk", "Dayr Az Zawr"; current
names of renamed provinces, ``admin1_renames.csv``; the newer provinces of ``provinces.csv`` by their own names),
while ACLED writes "Al Anbar", "Deir ez-Zor", UCDP "Dayr az Zawr governorate", and incidents stored by versions
before the renames "At-Ta'mim" or "Kiev". Stored as given, one province became two or three filter values and an
export of "Kirkuk" silently lost the extracted incidents there.
The names matched are the gazetteer's own for provinces (Natural Earth's names and other names, the curated
``stopwords/admin1_aliases.tsv``, ``provinces.csv``) plus ``admin1_dataset_names.tsv``, folded like every
place name (case, accents, hyphens, "al-"/"ar-" articles), with or without a trailing "province", "governorate",
"oblast" ... A name that matches no province, or two, is left as given (None here).
"""

from __future__ import annotations

import functools
import re

from geodata.names import normalize_name

__all__ = ["MERGED_INTO", "canonical_admin1", "current_admin1", "split_parent_code"]

#: provinces of the layer merged since into another: (iso3, the layer's name) -> the province they are part of now.
#: Pakistan's Federally Administered Tribal Areas were merged into Khyber Pakhtunkhwa by the 25th Amendment (2018);
#: ACLED codes Bajaur, North Waziristan or Mir Ali under Khyber Pakhtunkhwa. The polygon keeps its name as a place
#: (renaming it would make two places of one name, BOUNDARIES.md); the province stored for it is the current one.
MERGED_INTO: dict[tuple[str, str], str] = {("PAK", "F.A.T.A."): "Khyber Pakhtunkhwa"}


def current_admin1(name: str | None, iso3: str | None) -> str | None:
    """The province ``name`` (the layer's name, of country ``iso3``) is part of today: itself unless merged since
    (:data:`MERGED_INTO`)."""
    if not name or not iso3:
        return name
    return MERGED_INTO.get((iso3.upper(), name), name)


#: words for a province after its name ("Dayr az Zawr governorate", "Odes'ka Oblast'", "Kirkuk Province")
_KIND_WORDS = re.compile(
    r"\s+(?:province|governorate|gouvernorat|oblast|oblast'|region|state|prefecture|muhafazah|wilayah|"
    r"wilayat|vilayet|department|departement|county|territory)$"
)
_PARENS = re.compile(r"\s*\([^)]*\)")


def _keys(name: str) -> list[str]:
    """Folded keys of a province name: as written, without a trailing kind word or a parenthesis, without "al"."""
    out: list[str] = []
    for form in dict.fromkeys((name, _PARENS.sub("", name))):
        key = normalize_name(form)
        for k in dict.fromkeys((key, _KIND_WORDS.sub("", key))):
            if k:
                out.append(k)
                if k.startswith("al ") and len(k) > 6:
                    out.append(k[3:])  # (the gazetteer's own variant: "Sulaymaniyah" for "As-Sulaymaniyah")
    return list(dict.fromkeys(out))


@functools.cache
def _names_by_country() -> dict[str, list[tuple[str, str, int]]]:
    """iso3 -> (spelling, the extractor's name, rank: 0 a province's own name, 1 another name), unfolded.

    Read from the files, not the boundary layer: an import needs the names, not the polygons.
    """

    import pyarrow.parquet as pq

    from geodata.boundaries import ADMIN1_PATH, DATA_DIR, _read

    columns = ["adm1_code", "name", "iso3"]
    if "alt_names" in pq.ParquetFile(ADMIN1_PATH).schema_arrow.names:
        columns.append("alt_names")
    table = _read(ADMIN1_PATH, columns)  # (ParquetFile.read: pq.read_table imports pyarrow.dataset, ~1 s)
    other: dict[str, list[str]] = {}
    # (the dataset names live outside stopwords/, whose files the gazetteer's fingerprint hashes: they are not
    # the gazetteer's and must not make it rebuild)
    for path in (DATA_DIR / "stopwords" / "admin1_aliases.tsv", DATA_DIR / "admin1_dataset_names.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                code, alias = (cell.strip() for cell in line.split("\t"))
                other.setdefault(code, []).append(alias)
    out: dict[str, list[tuple[str, str, int]]] = {}
    alts = table.get("alt_names") or [None] * len(table["name"])
    for code, name, iso3, alt in zip(table["adm1_code"], table["name"], table["iso3"], alts, strict=True):
        if not name or not iso3:
            continue
        rows = out.setdefault(iso3, [])
        rows.append((name, name, 0))
        rows.extend((a, name, 1) for a in [*(alt or "").split("|"), *other.get(code, ())] if a)
    # a province newer than the layer is stored by the extractor under its own name (the layer's point lookup gives
    # it to the towns inside it: boundaries.SPLIT_TOWNS_PATH)
    for row in _new_provinces():
        aliases = filter(None, (a.strip() for a in (row.get("aliases") or "").split("|")))
        out.setdefault(row["iso3"], []).extend(
            [(row["name"], row["name"], 0), *((a, row["name"], 1) for a in aliases)]
        )
    return out


@functools.cache
def _new_provinces() -> tuple[dict[str, str], ...]:
    """The rows of ``provinces.csv`` (provinces newer than the layer)."""
    import csv

    from geodata.boundaries import DATA_DIR

    with (DATA_DIR / "provinces.csv").open(newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@functools.cache
def split_parent_code(code: str) -> str | None:
    """The layer's code of the province a newer one (``provinces.csv`` code, "COD-ITU") was split from
    ("COD-1559", Orientale): the polygon the new province lies in; None for any other code."""
    from geodata.boundaries import admin1_records

    row = next((r for r in _new_provinces() if r["code"] == code), None)
    if row is None:
        return None
    return next(
        (r.adm1_code for r in admin1_records() if r.iso3 == row["iso3"] and r.name == row["parent"]), None
    )


@functools.cache
def _index(iso3: str) -> dict[str, str | None]:
    """Folded key -> the extractor's name of the province of ``iso3`` it names; None where it names two.

    A province's own name wins over another province's other name (Natural Earth gives Afghanistan's Panjshir the
    other name "Parwan"), as in the gazetteer build. Built per country on first use: folding the whole world's
    names takes seconds, one country's milliseconds.
    """
    best: dict[str, tuple[int, set[str]]] = {}
    for spelling, canonical, rank in _names_by_country().get(iso3, ()):
        for key in _keys(spelling):
            got = best.get(key)
            if got is None or rank < got[0]:
                best[key] = (rank, {canonical})
            elif rank == got[0]:
                got[1].add(canonical)
    return {k: (next(iter(v)) if len(v) == 1 else None) for k, (_rank, v) in best.items()}


def canonical_admin1(name: str | None, iso3: str | None) -> str | None:
    """The name the extractor stores for the province ``name`` of country ``iso3``; None when it is unknown.

    >>> canonical_admin1("Al Anbar", "IRQ"), canonical_admin1("At-Ta'mim", "IRQ"), canonical_admin1("Ituri", "COD")
    ('Al-Anbar', 'Kirkuk', 'Ituri')
    """
    if not name or not iso3 or not name.strip():
        return None
    index = _index(iso3.upper())
    for key in _keys(name):
        if key in index:
            return current_admin1(index[key], iso3)
    return None
