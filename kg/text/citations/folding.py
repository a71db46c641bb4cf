"""Folding a citation for matching: diacritics and dashes folded one
character for one, so offsets of the folded copy are those of the text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.text import one_line


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00a0":
        return " " if char == "\u00a0" else "-"
    return unicodedata.normalize("NFD", char)[0]


def fold(text: str) -> str:
    """The text with diacritics and dashes folded, one character for one."""
    return "".join(_fold_char(c) for c in text)


squash = one_line


def short_name(value: str) -> str:
    """"Ministra narodni obrany (MNO) CSR" -> "MNO CSR": the parenthesised
    abbreviation and what follows it; else the value itself."""
    inner = re.search(r"\(([^()]+)\)", value)
    return squash(inner.group(1) + value[inner.end():]) if inner else squash(value)


def strip_accents(text: str) -> str:
    """The text without diacritics, dashes and spaces as printed ("CC al PCR – Relații" -> "CC al PCR – Relatii")."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)
