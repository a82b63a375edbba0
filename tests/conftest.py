"""Shared test fixtures.

``shared_dir``: the project's ``../shared`` folder (seed report, evaluation corpora, boundaries). On a user's machine
without it, tests that need it skip and say why; in CI (``CI=true``) its absence is a failure, so those tests can never
skip silently where they must run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _shared_path() -> Path:
    return Path(os.environ.get("INCIDENTS_SHARED", ROOT.parent / "shared")).resolve()


def in_ci() -> bool:
    """True on the CI runner, where skipping required tests is not allowed."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Path to ../shared (or $INCIDENTS_SHARED); fails in CI when missing, skips elsewhere."""
    path = _shared_path()
    if path.is_dir():
        return path
    if in_ci():
        pytest.fail(f"{path} is missing: CI must provide ../shared for the tests marked 'shared'")
    pytest.skip(f"{path} not found: this test reads the project's shared material (seed report, corpora)")


@pytest.fixture(scope="session")
def gazetteer():
    """The gazetteer, built once per machine into the on-disk cache and loaded once per test session."""
    from geodata import load_gazetteer

    return load_gazetteer()
