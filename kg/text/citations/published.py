"""Published sources in citations: italicised titles followed by a volume or
pages, plain titles followed by a volume, the CWIHP Bulletin and FRUS."""

from __future__ import annotations

import re

from kg.text.citations.folding import fold, squash
from kg.text.citations.model import PublishedRef

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
        title = squash(m["title"] if m["title"] is not None else m["title_"])
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
    folded = fold(text)
    found = [ref for kind, pattern in _PUBLISHED.items() for m in pattern.finditer(folded)
             if (ref := _published_ref(kind, m, text, folded)) is not None]
    found.sort(key=lambda r: (r.start, r.start - r.end))
    kept: list[PublishedRef] = []
    for ref in found:
        if not kept or ref.start >= kept[-1].end:
            kept.append(ref)
    return kept
