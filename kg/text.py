"""Plain-text helpers shared by the parser, the extractors and the checks."""

from __future__ import annotations


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines included) made one space,
    and none at either end."""
    return " ".join(text.split())
