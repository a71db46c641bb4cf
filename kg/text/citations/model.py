"""What the citation readers return: archival references with their levels,
published references and cross-references, offsets into the text given."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Level:
    """One level of an archival signature (fond, opis, delo, ...)."""
    kind: str
    value: str
    printed: str
    rico_type: str | None


@dataclass(frozen=True)
class ArchivalRef:
    """An archive signature: archive, levels (outermost first) and folios."""
    start: int
    end: int
    printed: str
    archive: str
    archive_printed: str
    archive_place: str | None
    levels: tuple[Level, ...]
    folios: str | None
    folios_printed: str | None
    slips: tuple[str, ...]


@dataclass(frozen=True)
class PublishedRef:
    """A published source: title, author, volume and pages."""
    start: int
    end: int
    printed: str
    title: str
    author: str | None
    volume: str | None
    pages: str | None


@dataclass(frozen=True)
class CrossRef:
    """A pointer to another note of the printed edition."""
    start: int
    end: int
    printed: str
    number: int
    direction: str  # "infra" | "supra" | ""


RICO_TYPES = {
    "fond": "Fonds", "collection": "Fonds", "opis": "Series", "svazek": "Series",
    "series": "Series", "delo": "File", "aj": "File", "signature": "File",
    "box": "File", "folder": "File", "year": None, "papka": None, "unit": "File",
    "record_group": "Fonds", "division": None, "lot": "Series", "file": "File", "piece": "File",
    "reference": None, "item": None, "pages": None, "series-piece": None,
}
