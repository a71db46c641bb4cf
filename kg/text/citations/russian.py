"""Russian archival signatures: ``F. 3, Op. 12, D. 1006, Ll. 4-4ob``,
``Fond (F.) 3, Opis' (Op.) 14``, ``papka 25``; folios ("Ll. 19-22", "L. 58",
"Listy (Ll.) 1-2", verso "4-4ob") and unnumbered folios. The folio forms are
those of every family ("k. 12", "pp. 3-5", "ff. 2", German "Bl. 12-15")."""

from __future__ import annotations

import re

from kg.text.citations.shapes import END, FOLIO_NUMBER, NUMBER

# Keyword first, then the value: (kind, pattern with groups kw and v).
LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("fond", r"(?P<kw>Fond\s*\(F ?\.\)|Fonds?|fond|F ?\.|f\.)\s*(?P<v>(?:[A-Z]-)?" + NUMBER + ")" + END),
    ("opis", r"(?P<kw>Opis['’]?\s*\([O0]p ?\.\)|[Oo]pis['’]?|[O0]p ?\.|op\.|[Pp]er\.)\s*(?P<v>" + NUMBER + ")" + END),
    ("delo", r"(?P<kw>Delo\s*\(D ?\.\)|[Dd]elo|D ?\.|d\.)\s*(?P<v>" + NUMBER + ")" + END),
    ("papka", r"(?P<kw>[Pp]apka|P ?\.)\s*(?P<v>" + NUMBER + ")" + END),
))

# Folios: "Ll. 19-22", "LI. 19-22" (OCR), "L. 58", "Listy (Ll.) 1-2", "4-4ob", "k. 12".
FOLIOS_RE = re.compile(
    r"(?P<kw>Listy\s*\(L[lI1] ?\.\)|List\s*\(L ?\.\)|Listy|List|L[lI1] ?\.|ll\.|L ?\.|l\.|k\.|ff\."
    rf"|fols?\.|pp?\.|Bl\.)\s*(?P<v>{FOLIO_NUMBER}(?: ?- ?{FOLIO_NUMBER})?)(?!\w)"
)
UNNUMBERED_RE = re.compile(r"(?:L[lI1]? ?\.\s*)?unnumbered(?:\s+(?:page|folio|sheet|list)s?)?(?!\w)")
