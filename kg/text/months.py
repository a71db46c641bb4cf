"""Month names as the records print them: English (capitalised, in capitals
or abbreviated), transliterated Russian genitives, Roman numerals.

Shared by the date reader (:mod:`kg.text.dates`) and by readers that must
know a month name when they see one (a note that begins "1 November ..." is
no note number)."""

from __future__ import annotations

import re

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)
ENGLISH_ABBREVIATIONS = {
    "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7,
    "Aug.": 8, "Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
}
# Russian genitive month names in the common transliterations
# (noyabrya / noiabria, iyunya / iiunia, ...).
RUSSIAN_GENITIVE = (
    r"[yi]anvar[yi]a", r"fevral[yi]a", r"marta", r"aprel[yi]a", r"ma[yi]a",
    r"i[yi]un[yi]a", r"i[yi]ul[yi]a", r"avgusta", r"sent[yi]abr[yi]a",
    r"okt[yi]abr[yi]a", r"no[yi]abr[yi]a", r"dekabr[yi]a",
)
_RUSSIAN_RES = tuple(re.compile(p) for p in RUSSIAN_GENITIVE)
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# The English month names as one alternation (capitalised only).
MONTHS = "|".join(ENGLISH_MONTHS)

_english = sorted([*ENGLISH_MONTHS, *(m.upper() for m in ENGLISH_MONTHS), *ENGLISH_ABBREVIATIONS],
                  key=len, reverse=True)
# A month name: English (capitalised or all capitals) or Russian genitive (any case).
MONTH_NAME = (
    "(?:" + "|".join(re.escape(w) for w in _english)
    + "|(?i:" + "|".join(RUSSIAN_GENITIVE) + "))(?![A-Za-z])"
)


def month_number(word: str) -> int:
    """1-12 for a month name as printed; ValueError for anything else."""
    if word in ENGLISH_ABBREVIATIONS:
        return ENGLISH_ABBREVIATIONS[word]
    if word.capitalize() in ENGLISH_MONTHS:
        return ENGLISH_MONTHS.index(word.capitalize()) + 1
    lower = word.lower()
    for number, pattern in enumerate(_RUSSIAN_RES, 1):
        if pattern.fullmatch(lower):
            return number
    raise ValueError(word)
