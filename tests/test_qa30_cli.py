"""QA round 30 (the product as analysts use it): ``incidents export --country`` takes a country's name too.

An analyst types ``--country Iraq`` or ``--country "DR Congo"``; the store filters on ISO 3166-1 alpha-3 codes, so
the name is made its code. A value that is neither is still refused (an empty layer would look like no incidents).
"""

from __future__ import annotations

import argparse

import pytest

from incidents.commands.export import _iso3


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Iraq", "IRQ"),
        ("syria", "SYR"),
        ("Democratic Republic of the Congo", "COD"),
        ("DR Congo", "COD"),
        ("Russia", "RUS"),
        ("Burkina Faso", "BFA"),
        ("Yemen", "YEM"),
        ("IRQ", "IRQ"),  # guard: codes as before
        ("irq", "IRQ"),
        ("XKX", "XKX"),
    ],
)
def test_country_names_become_codes(value, code):
    assert _iso3(value) == code


@pytest.mark.parametrize("value", ["XYZ", "Iraqq", "IQ", "Atlantis", ""])
def test_unknown_countries_are_refused(value):
    with pytest.raises(argparse.ArgumentTypeError):
        _iso3(value)


def test_export_with_a_country_name_selects_that_country(tmp_path):
    from dashboard.synthetic import synthetic_incidents
    from incidents.cli import main
    from incidents.store import open_store

    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        incs = list(synthetic_incidents(40, seed=7))
        store.save(incidents=incs)
        iraq = sum(1 for i in incs if i.iso3 == "IRQ" and not i.historical)
    out = tmp_path / "iraq.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "--out", str(out), "--country", "Iraq"]) == 0
    assert iraq > 0 and len(out.read_text(encoding="utf-8").splitlines()) == iraq + 1
