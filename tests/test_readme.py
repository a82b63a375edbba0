"""The README's promises: two set-up commands, CI runs the test one, every subcommand documented."""

from __future__ import annotations

import re

from incidents.cli import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def marked(name: str) -> str:
    m = re.search(rf"<!-- {name} -->\s*```\s*\n(.+?)\n```\s*<!-- /{name} -->", README, re.S)
    assert m, f"README has no {name} block"
    return m.group(1).strip()


def test_run_and_test_commands_present():
    assert "incidents serve" in marked("run-command")
    assert "pytest" in marked("test-command")
    assert "pip install" in marked("run-command") and "pip install" in marked("test-command")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in ci
    assert "set -euo pipefail" in ci
    assert "chromium" in ci


def test_every_subcommand_is_documented():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    for name in action.choices:
        assert f"`incidents {name}" in README, f"README does not document `incidents {name}`"
