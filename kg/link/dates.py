"""Dates of the authority data as the linker compares them: a year, a month
or a day (:class:`kg.text.dates.PartialDate`, the one partial date of kg),
read from a cell of the authority table with the one date reader of kg
(:func:`kg.text.dates.parse_date`)."""

from __future__ import annotations

from kg.text.dates import PartialDate, parse_date

__all__ = ["PartialDate", "cell_date"]


def cell_date(cell: str | None) -> PartialDate | None:
    """The date at the start of an authority cell: "1895-06-11 (O.S. 30 May)",
    "1897", "1956-10 (...)". Empty -> None; anything else -> ValueError."""
    text = (cell or "").strip()
    if not text:
        return None
    mention = parse_date(text)
    partial = mention.partial if mention is not None else None
    if partial is None:
        raise ValueError(f"not a date: {text!r}")
    return partial
