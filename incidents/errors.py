"""Errors the CLI turns into one-line messages (no traceback unless ``--debug``)."""

from __future__ import annotations

__all__ = ["UserError"]


class UserError(Exception):
    """A problem with the user's input or environment: printed as ``incidents: error: <message>``, exit 1."""
