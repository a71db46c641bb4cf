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

from kg.text.citations.cross import find_cross_refs
from kg.text.citations.model import ArchivalRef, CrossRef, Level, PublishedRef
from kg.text.citations.published import find_published_refs
from kg.text.citations.signatures import find_archival_refs

__all__ = ["Level", "ArchivalRef", "PublishedRef", "CrossRef",
           "find_archival_refs", "find_published_refs", "find_cross_refs"]
