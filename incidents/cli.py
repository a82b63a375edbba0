"""The ``incidents`` command line.

Subcommands are discovered from ``incidents/commands/``: each module there has ``register(subparsers)`` that adds
its parser and sets ``func(args) -> int``. Exit codes: 0 ok, 1 failure (user errors print one line on stderr),
2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

from incidents import commands
from incidents.errors import UserError
from incidents.model import ModelError
from incidents.store import StoreError

__all__ = ["build_parser", "main"]


def _version() -> str:
    try:
        return version("incident-atlas")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every discovered subcommand (sorted by name, so ``--help`` is stable)."""
    parser = argparse.ArgumentParser(
        prog="incidents",
        description="Incident Atlas: turn news reports about armed-conflict incidents into a geocoded incident "
        "layer, store it, map it, export it. Works offline.",
    )
    parser.add_argument("--version", action="version", version=f"incidents {_version()}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except (UserError, StoreError, ModelError, FileNotFoundError, PermissionError, sqlite3.Error) as exc:
        if args.debug:
            traceback.print_exc()
        print(f"incidents: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("incidents: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
