"""Archival, published and cross references in archival meeting records.

`find_archival_refs` reads archive signatures: an archive name followed by
comma-separated levels and, last, folios.  An archive is recognised by its
abbreviation (``TsKhSD``, ``RGANI``, ``APRF``, ``RGASPI``, ``GARF``,
``AVP RF``, ``SUA``, ``VHA``, ``MOL``, ``AAN``, ...), by a long form ending in
the abbreviation in parentheses ("Tsentr Khraneniya Sovremennoi
Dokumentatsii (TsKhSD), Moscow"), or by a US presidential library or the
National Archives.  The canonical abbreviation is the one printed: TsKhSD
and its later name RGANI stay apart here and are joined by the graph
builder.  `archive_printed` covers the name, the place and a sub-archive
designation ("SUA, Arch. UV KSC"); the place is read from a fixed list of
archive cities.  Level kinds and their Records in Contexts types:

    fond, collection -> Fonds     opis, svazek, series -> Series
    delo, aj, signature, box, folder -> File      year -> None

Russian (``F. 3, Op. 12, D. 1006, Ll. 4-4ob``, ``Fond (F.) 3, Opis' (Op.) 14``),
Czech (``F. 07, Sv. 14, A.j. 14``; VHA's ``Fond MNO CSR, 1956, GS/OS,
2/8-39b``), Hungarian (``XX-A-1, 3. d.``; ``M-KS 288. f. 5/1. o.e.``),
Polish (``KC PZPR, sygn. 2685, k. 12-15``) and US forms ("Whitman File, NSC
Series, Box 8", "RG 59") are read.  Folios are normalised ("ob." for verso
becomes "v"; "unnumbered page" becomes "unnumbered"); OCR slips in the
keywords (``LI.``, ``0p.``, ``F .``) are read and listed in `slips`.  A run
of levels with no archive name before it is not taken.

`find_published_refs` reads italicised titles followed by a volume or pages,
plain titles followed by a volume, the CWIHP Bulletin and FRUS.
`find_cross_refs` reads "Note 146 infra" / "see Note 3" pointers.

Matching runs on a copy of the text with diacritics and dashes folded
character for character, so offsets are those of the text given and
``text[start:end] == printed`` always holds; values are taken from the
folded copy ("MNO CSR" for "MNO ČSR").  No input makes these functions raise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.text import one_line

__all__ = ["Level", "ArchivalRef", "PublishedRef", "CrossRef",
           "find_archival_refs", "find_published_refs", "find_cross_refs"]


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
}
# Abbreviations printed with a space keep it in the canonical form.
_SPACED = {"AVPRF": "AVP RF", "MNLOL": "MNL OL"}

# An archive abbreviation as a whole word; "AP RF", "AVP RF", "MNL OL" may
# be printed with or without their space.
_ABBREVIATION_RE = re.compile(
    r"(?<![\w-])(?P<abbr>SAPMO-BArch|RTsKhIDNI|TsKhSD|RGASPI|TsAMO|RGANI|AVP ?RF"
    r"|MNL ?OL|AP ?RF|GARF|RGVA|RGAE|AMZV|AMSZ|BStU|NARA|SUA|VHA|VUA|MOL|AAN|NA)(?![\w-])"
)
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
_PLACE_RE = re.compile(
    r",?[ ]+(?P<place>Moscow|Moskva|Praha|Prague|Budapest|Warsaw|Warszawa|Berlin|Bratislava"
    r"|Sofia|Bucharest|Bucuresti|Beijing|Belgrade|Beograd|Tirana|Washington|College Park"
    r"|Abilene|Independence|Boston|Austin|London|Kew|Paris|Koblenz)(?!\w)"
)
# A sub-archive after the archive name: "SUA, Arch. UV KSC".
_SUB_ARCHIVE_RE = re.compile(r",[ ]*Arch(?:iv)?\.?[ ]+[A-Z][A-Za-z]*(?:[ ]+[A-Z][A-Za-z]*){0,3}(?![\w.])")
# Between two levels: a comma (strong), or a period or white space (weak:
# only a level with a keyword may follow); never a blank line.
_SEPARATOR_RE = re.compile(r"[ \t]*[,.]?[ \t]*(?:\r?\n[ \t]*)?")

_END = r"(?=[\s,;.)\]]|$)"  # a number ends at a separator
_SEGMENT_END = r"(?=\s*(?:[,;)\]]|\.(?:\s|$)|$))"  # a whole segment ends at a delimiter
_NUMBER = r"[0-9]+[A-Za-z]?(?:[/-][0-9]+[A-Za-z]?)*"
_FOLIO_NUMBER = r"[0-9]+ ?(?:ob\.?|v)?"

# Folios: "Ll. 19-22", "LI. 19-22" (OCR), "L. 58", "Listy (Ll.) 1-2", "4-4ob", "k. 12".
_FOLIOS_RE = re.compile(
    r"(?P<kw>Listy\s*\(L[lI1] ?\.\)|List\s*\(L ?\.\)|Listy|List|L[lI1] ?\.|ll\.|L ?\.|l\.|k\.|ff\."
    rf"|fols?\.|pp?\.)\s*(?P<v>{_FOLIO_NUMBER}(?: ?- ?{_FOLIO_NUMBER})?)(?!\w)"
)
_UNNUMBERED_RE = re.compile(r"(?:L[lI1]? ?\.\s*)?unnumbered(?:\s+(?:page|folio|sheet|list)s?)?(?!\w)")
# Keyword first, then the value: (kind, pattern with groups kw and v).
_PREFIXED_LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("fond", r"(?P<kw>Fond\s*\(F ?\.\)|Fonds?|fond|F ?\.|f\.)\s*(?P<v>(?:[A-Z]-)?" + _NUMBER + ")" + _END),
    ("opis", r"(?P<kw>Opis['’]?\s*\([O0]p ?\.\)|[Oo]pis['’]?|[O0]p ?\.|op\.|[Pp]er\.)\s*(?P<v>" + _NUMBER + ")" + _END),
    ("delo", r"(?P<kw>Delo\s*\(D ?\.\)|[Dd]elo|D ?\.|d\.)\s*(?P<v>" + _NUMBER + ")" + _END),
    ("svazek", r"(?P<kw>[Ss]vazek|[Ss]v ?\.)\s*(?P<v>" + _NUMBER + ")" + _END),
    ("papka", r"(?P<kw>[Pp]apka|P ?\.)\s*(?P<v>" + _NUMBER + ")" + _END),
    ("aj", r"(?P<kw>Archivn[ai]\s+jednotka(?:\s*\(A\. ?j\.\))?|[Aa]\. ?j\.)\s*(?P<v>" + _NUMBER + ")" + _END),
    ("box", r"(?P<kw>Box|box|[Kk]arton|kart?\.)\s*(?P<v>" + _NUMBER + ")" + _END),
    ("folder", r"(?P<kw>Folder|folder|[Tt]eczka|t\.)\s*(?P<v>[0-9]+|\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”)"),
    ("signature", r"(?P<kw>sygn\.|[Ss]ign\.)\s*(?P<v>[0-9A-Za-z][\w/.-]*?)" + _SEGMENT_END),
    ("collection", r"(?P<kw>RG|Record\s+Group)\s*(?P<v>[0-9]+)" + _END),
    # a fond named, not numbered: "F. MNO", "Fond Ministra narodni obrany (MNO) CSR"
    ("fond", r"(?P<kw>Fond\s*\(F ?\.\)|Fonds?|F ?\.|f\.)\s*(?P<v>[A-Z][^,;\n]{0,80}?)(?=\s*[,;]|\s*$)"),
))
# Value first, then the keyword (Hungarian): "288. f.", "3. d.", "5/1. o.e."
_POSTFIXED_LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("fond", r"(?P<v>[0-9]+)\. ?(?P<kw>f\.)(?!\w)"),
    ("box", r"(?P<v>[0-9]+)\. ?(?P<kw>d\.|doboz|cs\.)(?!\w)"),
    ("unit", r"(?P<v>[0-9]+(?:/[0-9]+)*)\.? ?(?P<kw>o\. ?e\.)(?!\w)"),
))
# Levels without a keyword, only after a comma.
_YEAR_RE = re.compile(r"(?P<v>(?:1[89]|20)[0-9][0-9])" + _SEGMENT_END)
_SIGNATURE_RE = re.compile(r"(?P<v>[0-9]+(?:\.[0-9]+)?(?:/[0-9]+[a-z]?)+(?:-[0-9]+[a-z]?)?)" + _END)
_HUNGARIAN_FOND_RE = re.compile(r"(?P<v>[IVXL]+-[A-Z](?:-[0-9]+)*(?:-[a-z])?)" + _END)
# A collection code or abbreviation in first place: "M-KS 288. f.", "KC PZPR,"
_COLLECTION_RE = re.compile(r"(?P<v>[A-Z]{1,3}-[A-Z]{1,4}(?=[ ]+[0-9])|[A-Z]{2,}(?: [A-Z]{2,}){0,3}(?=\s*,))")
# A series named with its abbreviation: "Operacni sprava ... (GS/OS)", or "GS/OS".
_SERIES_RE = re.compile(
    r"(?:[^\W\d_][\w'’.-]*(?:[ ]+[\w'’.-]+){0,10}?[ ]*\((?:[A-Z][A-Za-z]{0,5}(?:/[A-Z][A-Za-z]{0,5})+"
    r"|[A-Z]{2,6})\)(?:[ ]+[A-Z]\w*){0,2}|[A-Z]{1,6}(?:/[A-Z]{1,6})+)" + _SEGMENT_END
)
# A named collection or series of a US archive: "Whitman File", "Papers as
# President (Ann Whitman File)", "NSC Series".
_US_SEGMENT_RE = re.compile(
    r"[A-Z][\w'’&/-]*(?:[ ]+(?:\([^()\n]{1,60}\)|[\w'’&/-]+)){0,8}" + _SEGMENT_END
)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00a0":
        return " " if char == "\u00a0" else "-"
    return unicodedata.normalize("NFD", char)[0]


def _fold(text: str) -> str:
    """The text with diacritics and dashes folded, one character for one."""
    return "".join(_fold_char(c) for c in text)


def _short_name(value: str) -> str:
    """"Ministra narodni obrany (MNO) CSR" -> "MNO CSR": the parenthesised
    abbreviation and what follows it; else the value itself."""
    inner = re.search(r"\(([^()]+)\)", value)
    return one_line(inner.group(1) + value[inner.end():]) if inner else one_line(value)


def _slip(keyword: str) -> str | None:
    """"LI. -> Ll." when the printed keyword is an OCR slip, else None."""
    fixed = re.sub(r"\s+\.", ".", keyword)
    fixed = re.sub(r"\bL[I1]\.", "Ll.", fixed)
    fixed = re.sub(r"(?<!\w)0p\.", "Op.", fixed)
    return f"{keyword} -> {fixed}" if fixed != keyword else None


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


def _anchors(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical archive) of every archive name, in order."""
    found = []
    for m in _ABBREVIATION_RE.finditer(folded):
        start, end = m.start(), m.end()
        bare = m["abbr"].replace(" ", "")
        canonical = _SPACED.get(bare, bare)
        if folded[start - 1:start] == "(" and folded[end:end + 1] == ")":
            long_start = _long_form_start(folded, start - 1)
            start, end = (start - 1 if long_start is None else long_start), end + 1
        found.append((start, end, canonical))
    for m in _US_ARCHIVE_RE.finditer(folded):
        canonical = f"{m['president']} Library" if m["president"] else "National Archives"
        found.append((m.start(), m.end(), canonical))
    return sorted(found)


def _read_level(folded: str, at: int, comma: bool, us: bool, first: bool
                ) -> tuple[str, str, re.Match] | None:
    """The level starting at `at` as (kind, value, match), or None."""
    for kind, pattern in _POSTFIXED_LEVELS + _PREFIXED_LEVELS:
        m = pattern.match(folded, at)
        if m:
            return kind, _short_name(m["v"]).strip("\"“”"), m
    if not comma:
        return None
    keyless: list[tuple[str, re.Pattern]] = [
        ("year", _YEAR_RE), ("signature", _SIGNATURE_RE), ("fond", _HUNGARIAN_FOND_RE)]
    if us:
        keyless.append(("collection" if first else "series", _US_SEGMENT_RE))
    else:
        keyless.append(("series", _SERIES_RE))
        if first:
            keyless.append(("collection", _COLLECTION_RE))
    for kind, pattern in keyless:
        m = pattern.match(folded, at)
        if m:
            value = m["v"] if "v" in pattern.groupindex else _short_name(m.group())
            return kind, value, m
    return None


def _archival_ref(text: str, folded: str, start: int, end: int, archive: str) -> ArchivalRef | None:
    """The signature that follows the archive name at start:end, if any."""
    place = None
    if (m := _PLACE_RE.match(folded, end)):
        place, end = text[m.start("place"):m.end("place")], m.end()
    us = archive in ("NARA", "National Archives") or archive.endswith(" Library")
    if not us and (m := _SUB_ARCHIVE_RE.match(folded, end)):
        end = m.end()
    archive_end = end
    levels: list[Level] = []
    slips: list[str] = []
    folios = folios_printed = None
    while (at := _SEPARATOR_RE.match(folded, end).end()) > end:
        folio = _FOLIOS_RE.match(folded, at) or _UNNUMBERED_RE.match(folded, at)
        level = None if folio else _read_level(folded, at, folded[end:at].strip(" \t\r\n") == ",", us, not levels)
        m = folio or (level[2] if level else None)
        if m is None:
            break
        if "kw" in m.re.groupindex and (slip := _slip(text[m.start("kw"):m.end("kw")])):
            slips.append(slip)
        end = m.end()
        if folio:
            value = folio["v"] if "v" in folio.re.groupindex else "unnumbered"
            folios, folios_printed = re.sub(r"ob\.?", "v", value.replace(" ", "")), text[at:end]
            break
        levels.append(Level(level[0], level[1], text[at:end], RICO_TYPES[level[0]]))
    if not levels and folios is None:
        return None
    levels = _settle_levels(levels)
    return ArchivalRef(
        start, end, text[start:end], archive, text[start:archive_end], place,
        tuple(levels), folios, folios_printed, tuple(slips))


def _settle_levels(levels: list[Level]) -> list[Level]:
    """Hungarian "53/4. o.e." is series 53, unit 4; a collection code before a
    numbered fond ("M-KS 276. f.") is no record set level of its own, and one
    standing alone in first place ("KC PZPR, sygn. ...") is the fond."""
    out: list[Level] = []
    has_fond = any(level.kind == "fond" for level in levels)
    for level in levels:
        if level.kind == "unit" and "/" in level.value:
            series, _, unit = level.value.partition("/")
            out += [Level("series", series, level.printed, "Series"), Level("unit", unit, level.printed, "File")]
        elif level.kind == "collection" and has_fond:
            out.append(Level("collection", level.value, level.printed, None))
        elif level.kind == "collection" and not out and level.value.isupper():
            out.append(Level("fond", level.value, level.printed, "Fonds"))
        else:
            out.append(level)
    return out


def find_archival_refs(text: str) -> list[ArchivalRef]:
    """Every archive signature of `text`, in order of position."""
    folded = _fold(text)
    refs: list[ArchivalRef] = []
    for start, end, archive in _anchors(folded):
        if refs and start < refs[-1].end:
            continue
        ref = _archival_ref(text, folded, start, end, archive)
        if ref is not None:
            refs.append(ref)
    return refs


_PAGES = r"(?:pp?\.|S\.|s\.|str\.)\s*(?P<pages>[0-9]+(?: ?- ?[0-9]+)?)(?!\w)"
_VOLUME = r"(?:vol\.|Vol\.|Volume|tom|t\.)\s*(?P<volume>[0-9]+|[IVXLC]+)(?!\w)"
_AUTHOR = r"(?P<author>(?:[A-Z]\. ?){0,3}(?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+)"
# Words before a name that are not part of it: "See Kryuchkov, ..."
_NOT_AUTHOR_RE = re.compile(r"(?:(?:See|Cf|In|Also|And|The|From|By|For)\.? )+")
# "Kryuchkov's memoir (" just before a title
_POSSESSIVE_AUTHOR_RE = re.compile(
    r"(?P<author>[A-Z][a-z'’-]+)['’]s (?:memoirs?|book|diary|account|study|monograph"
    r"|recollections|article)\s*\(?\s*$"
)
_PUBLISHED = {
    # "Vladimir Kryuchkov, *Lichnoe delo*, vol. 1, p. 57": needs vol. or pages
    "marked": re.compile(
        rf"(?:{_AUTHOR}, )?(?:\*(?P<title>[^*\n]{{1,150}})\*|(?<!\w)_(?P<title_>[^_\n]{{1,150}})_(?!\w))"
        rf"(?:\s*\([^()\n]{{1,80}}\))?(?:,?\s*{_VOLUME})?(?:,?\s*{_PAGES})?"),
    # "Kryuchkov, Lichnoe delo, vol. 1, p. 57": unmarked, needs vol.
    "plain": re.compile(
        rf"(?:{_AUTHOR}, )?(?P<title>[A-Z][^,;:()*\n]{{1,80}}?),\s*{_VOLUME}(?:,?\s*{_PAGES})?"),
    # "CWIHP Bulletin 8-9, pp. 394-395"
    "cwihp": re.compile(
        r"(?:CWIHP|Cold War International History Project)\s+Bulletin,?\s*(?:(?:Nos?|Issues?)\.?\s*)?"
        r"(?P<issue>[0-9]+(?: ?[-/] ?[0-9]+)?)(?!\w)(?:\s*\([^()\n]{1,40}\))?" + rf"(?:,?\s*{_PAGES})?"),
    # "FRUS, 1955-1957, vol. XXV, pp. 12-13"
    "frus": re.compile(
        r"(?:FRUS|Foreign Relations of the United States),?\s+(?P<years>(?:19|20)[0-9]{2}(?: ?- ?[0-9]{2,4})?)"
        rf",?\s+{_VOLUME}(?:,\s*(?:[A-Z][^,;\n]{{0,40}},\s*)?{_PAGES})?"),
}


def _published_ref(kind: str, m: re.Match, text: str, folded: str) -> PublishedRef | None:
    start, author = m.start(), m.groupdict().get("author")
    if author and (lead := _NOT_AUTHOR_RE.match(author)):
        start, author = start + lead.end(), author[lead.end():] or None
    if kind == "cwihp":
        title = "CWIHP Bulletin " + re.sub(r" ?[-/] ?", "-", m["issue"])
    elif kind == "frus":
        title = "FRUS " + m["years"].replace(" ", "")
    else:
        title = one_line(m["title"] if m["title"] is not None else m["title_"])
    volume, pages = m.groupdict().get("volume"), m.groupdict().get("pages")
    if kind == "marked" and volume is None and pages is None:
        return None
    if author is None and kind in ("marked", "plain"):
        before = _POSSESSIVE_AUTHOR_RE.search(folded, max(0, start - 80), start)
        author = before["author"] if before else None
    return PublishedRef(start, m.end(), text[start:m.end()], title, author,
                        volume, pages.replace(" ", "") if pages else None)


def find_published_refs(text: str) -> list[PublishedRef]:
    """Every published source cited in `text`, in order, non-overlapping."""
    folded = _fold(text)
    found = [ref for kind, pattern in _PUBLISHED.items() for m in pattern.finditer(folded)
             if (ref := _published_ref(kind, m, text, folded)) is not None]
    found.sort(key=lambda r: (r.start, r.start - r.end))
    kept: list[PublishedRef] = []
    for ref in found:
        if not kept or ref.start >= kept[-1].end:
            kept.append(ref)
    return kept


# "Note 146 infra", "note 12 above", or "Note 3" after "see"/"cf."
_CROSS_RE = re.compile(r"(?<!\w)[Nn]otes? (?P<n>[0-9]{1,4})(?: (?P<dir>infra|supra|above|below))?(?!\w)")
_SEE_BEFORE_RE = re.compile(r"(?i:\b(?:see|cf\.?|compare)\s+(?:also\s+)?)$")
_DIRECTIONS = {"infra": "infra", "below": "infra", "supra": "supra", "above": "supra"}


def find_cross_refs(text: str) -> list[CrossRef]:
    """Every pointer to a note ("Note 146 infra"), in order."""
    refs = []
    for m in _CROSS_RE.finditer(text):
        if m["dir"] or _SEE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            direction = _DIRECTIONS.get(m["dir"] or "", "")
            refs.append(CrossRef(m.start(), m.end(), m.group(), int(m["n"]), direction))
    return refs
