"""Archives as citations name them: by abbreviation ("TsKhSD", "AP RF",
"MNL OL"), by a long form ending in the abbreviation in parentheses
("Tsentr Khraneniya Sovremennoi Dokumentatsii (TsKhSD), Moscow"), or as a
US presidential library or the National Archives; the city after the name
and a sub-archive ("SUA, Arch. UV KSC"). One archive under the names it had
over time is joined by `LATER_NAMES`."""

from __future__ import annotations

import re

# One archive under the names it had over time.
LATER_NAMES = {"TsKhSD": "RGANI", "RGANI": "RGANI", "TsPA": "RGASPI", "RTsKhIDNI": "RGASPI"}

# Abbreviations printed with a space keep it in the canonical form.
SPACED = {"AVPRF": "AVP RF", "MNLOL": "MNL OL"}

# An archive abbreviation as a whole word; "AP RF", "AVP RF", "MNL OL" may
# be printed with or without their space.
_ABBREVIATION_RE = re.compile(
    r"(?<![\w-])(?P<abbr>SAPMO-BArch|RTsKhIDNI|TsKhSD|RGASPI|TsAMO|RGANI|AVP ?RF"
    r"|MNL ?OL|AP ?RF|GARF|RGVA|RGAE|AMZV|AMSZ|BStU|NARA|ANIC|TNA|USD|SUA|VHA|VUA|MOL|AAN|NA)(?![\w-])"
)
# Archives cited by their name: "Library of Congress", "Central State Archive", "Národní archiv".
_NAMED_ARCHIVE_RE = re.compile(
    r"(?<!\w)(?P<named>Library of Congress|Department of State|Central State Archive|Narodni archiv"
    r"|Archiwum Akt Nowych|Bundesarchiv|Public Record Office)(?!\w)"
)
# Canonical abbreviations of archives printed with diacritics.
PRINTED = {"USD": "ÚSD"}
# A US presidential library ("Dwight D. Eisenhower Library") or NARA.
_US_ARCHIVE_RE = re.compile(
    r"(?<!\w)(?:(?:Dwight D\.|Harry S\.|John F\.|Lyndon B\.|Gerald R\.|Franklin D\.|Jimmy"
    r"|Herbert)\s+)?(?P<president>Eisenhower|Truman|Kennedy|Johnson|Nixon|Ford|Carter"
    r"|Reagan|Hoover|Roosevelt)\s+(?:Presidential\s+)?Library|(?<!\w)(?P<nara>National Archives)"
)
# The words of a long form before "(ABBR)", read backwards from the parenthesis.
_LONG_FORM_RE = re.compile(r"(?<![\w'’-])(?:[^\W\d_][\w'’-]*[ ]+){1,10}$")
_LONG_FORM_STOP = {"in", "see", "from", "at", "cf", "also", "and", "to", "by"}
# The archive's city, right after its name.
PLACE_RE = re.compile(
    r",?[ ]+(?P<place>Moscow|Moskva|Praha|Prague|Budapest|Warsaw|Warszawa|Berlin|Bratislava"
    r"|Sofia|Bucharest|Bucuresti|Beijing|Belgrade|Beograd|Tirana|Washington|College Park"
    r"|Abilene|Independence|Boston|Austin|London|Kew|Paris|Koblenz)(?!\w)"
)
# A sub-archive after the archive name: "SUA, Arch. UV KSC".
SUB_ARCHIVE_RE = re.compile(r",[ ]*Arch(?:iv)?\.?[ ]+[A-Z][A-Za-z]*(?:[ ]+[A-Z][A-Za-z]*){0,3}(?![\w.])")


def _long_form_start(folded: str, paren: int) -> int | None:
    """Start of the archive's long name ending just before `paren`, if any:
    its first capitalised word after the last stop word ("in", "see", ...)."""
    run = _LONG_FORM_RE.search(folded, max(0, paren - 160), paren)
    start = None
    for word in reversed(list(re.finditer(r"\S+", run.group()))) if run else ():
        if word.group().lower() in _LONG_FORM_STOP:
            break
        if word.group()[0].isupper():
            start = run.start() + word.start()
    return start


def anchors(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical archive) of every archive name, in order."""
    found = []
    for m in _ABBREVIATION_RE.finditer(folded):
        start, end = m.start(), m.end()
        bare = m["abbr"].replace(" ", "")
        canonical = PRINTED.get(bare, SPACED.get(bare, bare))
        if folded[start - 1:start] == "(" and folded[end:end + 1] == ")":
            long_start = _long_form_start(folded, start - 1)
            start, end = (start - 1 if long_start is None else long_start), end + 1
        found.append((start, end, canonical))
    for m in _NAMED_ARCHIVE_RE.finditer(folded):
        found.append((m.start(), m.end(), "Národní archiv" if m["named"] == "Narodni archiv" else m["named"]))
    for m in _US_ARCHIVE_RE.finditer(folded):
        canonical = f"{m['president']} Library" if m["president"] else "National Archives"
        found.append((m.start(), m.end(), canonical))
    return sorted(found)



def is_us(archive: str) -> bool:
    """Whether the archive is a US one (its levels are named series)."""
    return archive in ("NARA", "National Archives", "Library of Congress", "Department of State") or archive.endswith(
        " Library")
