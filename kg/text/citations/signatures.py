"""Archive signatures: an archive name followed by levels separated by
commas (or periods and white space before a level with a keyword) and, last,
folios. The level patterns come from one module per archive family, tried
in a fixed order: Hungarian value-first levels, then Russian, Czech, US and
Polish keywords, then a fond named rather than numbered; after a comma,
levels without a keyword (a year, a signature, a Hungarian fond, a series or
a collection)."""

from __future__ import annotations

import re

from kg.text.citations import balkan, british, czech, german, hungarian, polish, russian
from kg.text.citations import us as united_states
from kg.text.citations.archives import PLACE_RE, SUB_ARCHIVE_RE, anchors, is_us
from kg.text.citations.folding import fold, short_name, squash, strip_accents
from kg.text.citations.model import RICO_TYPES, ArchivalRef, Level
from kg.text.citations.shapes import COLLECTION_RE, YEAR_RE

PREFIXED_LEVELS = (russian.LEVELS + czech.LEVELS + balkan.LEVELS + united_states.LEVELS + polish.LEVELS
                   + british.LEVELS + german.LEVELS + czech.NAMED_LEVELS)
POSTFIXED_LEVELS = hungarian.POSTFIXED_LEVELS
# Between two levels: a comma (strong), or a period or white space (weak:
# only a level with a keyword may follow); never a blank line.
_SEPARATOR_RE = re.compile(r"[ \t]*[,.:]?[ \t]*(?:\r?\n[ \t]*)?")


def _slip(keyword: str) -> str | None:
    """"LI. -> Ll." when the printed keyword is an OCR slip, else None."""
    fixed = re.sub(r"\s+\.", ".", keyword)
    fixed = re.sub(r"\bL[I1]\.", "Ll.", fixed)
    fixed = re.sub(r"(?<!\w)0p\.", "Op.", fixed)
    return f"{keyword} -> {fixed}" if fixed != keyword else None



def _read_level(text: str, folded: str, at: int, comma: bool, us: bool, kinds: list[str]
                ) -> tuple[str, str, re.Match] | None:
    """The level starting at `at` as (kind, value, match), or None; `kinds`
    are the kinds of the levels read before it."""
    first = not kinds
    for kind, pattern in POSTFIXED_LEVELS + PREFIXED_LEVELS:
        m = pattern.match(folded, at)
        if m:
            if pattern in (p for _, p in czech.NAMED_LEVELS + balkan.LEVELS) and "(" not in m["v"]:
                return kind, squash(strip_accents(text[m.start("v"):m.end("v")])), m  # dashes as printed
            return kind, short_name(m["v"]).strip("\"“”"), m
    if not comma:
        return None
    if us and kinds and kinds[-1] in ("box", "lot") and (m := united_states.FOLDER_RE.match(folded, at)):
        return "folder", squash(text[m.start("v"):m.end("v")]), m
    keyless: list[tuple[str, re.Pattern]] = [("year", YEAR_RE)]
    if us:
        keyless.append(("file", united_states.FILE_RE))
    keyless += [("reference", british.REFERENCE_RE), ("signature", czech.SIGNATURE_RE), ("fond", hungarian.FOND_RE)]
    if us:
        keyless.append(("segment", united_states.SEGMENT_RE))
    else:
        keyless.append(("series", czech.SERIES_RE))
        if first:
            keyless.append(("collection", COLLECTION_RE))
    for kind, pattern in keyless:
        m = pattern.match(folded, at)
        if m:
            value = m["v"] if "v" in pattern.groupindex else short_name(m.group())
            if kind == "segment":
                kind = united_states.segment_kind(value, kinds)
            return kind, value, m
    return None


def _archival_ref(text: str, folded: str, start: int, end: int, archive: str) -> ArchivalRef | None:
    """The signature that follows the archive name at start:end, if any."""
    place = None
    if (m := PLACE_RE.match(folded, end)):
        place, end = text[m.start("place"):m.end("place")], m.end()
    us = is_us(archive)
    if not us and (m := SUB_ARCHIVE_RE.match(folded, end)):
        end = m.end()
    archive_end = end
    levels: list[Level] = []
    slips: list[str] = []
    folios = folios_printed = None
    while (at := _SEPARATOR_RE.match(folded, end).end()) > end:
        folio = russian.FOLIOS_RE.match(folded, at) or russian.UNNUMBERED_RE.match(folded, at)
        strong = folded[end:at].strip(" \t\r\n") in (",", ":")
        level = None if folio else _read_level(text, folded, at, strong, us, [lv.kind for lv in levels])
        m = folio or (level[2] if level else None)
        if m is None:
            break
        if "kw" in m.re.groupindex and (slip := _slip(text[m.start("kw"):m.end("kw")])):
            slips.append(slip)
        end = m.end()
        if folio:
            value = folio["v"] if "v" in folio.re.groupindex else "unnumbered"
            folios, folios_printed = re.sub(r"ob\.?", "v", value.replace(" ", "")), text[at:end]
            if re.match(r"pp?\.", folded[at:end]):
                levels.append(Level("pages", folios, folios_printed, None))
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
        if level.kind == "series-piece":
            series, _, piece = level.value.partition("/")
            out += [Level("series", series, level.printed, "Series"), Level("piece", piece, level.printed, "File")]
        elif level.kind == "collection" and out and out[-1].kind == "record_group":
            out.append(Level("collection", level.value, level.printed, "Series"))  # a collection of a record group
        elif level.kind == "unit" and "/" in level.value:
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
    folded = fold(text)
    refs: list[ArchivalRef] = []
    for start, end, archive in anchors(folded):
        if refs and start < refs[-1].end:
            continue
        ref = _archival_ref(text, folded, start, end, archive)
        if ref is not None:
            refs.append(ref)
    return refs
