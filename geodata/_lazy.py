"""Public names of a package imported on first use (PEP 562), shared by the ``geodata`` and ``incidents`` packages.

Why: a command that needs one small part (the boundaries for a lat/lon check, the CLI's argument parser) should not
pay for importing the gazetteer builder, the extractor's patterns or numpy.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, table: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for a package whose public names (``table``: name -> defining module) are
    imported when first asked for; each is then stored in the package ``namespace`` so later lookups skip this."""

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *namespace.get("__all__", ())})

    return __getattr__, __dir__
