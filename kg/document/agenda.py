"""The agenda of a record's body: item headings, the agenda list, the outcome after an item.

:class:`AgendaReading` is the part of the body reader (:mod:`kg.document.body`)
that opens agenda items: a heading of the minutes' forms ("On the situation
in Hungary (Khrushchev)", "II. The Polish credits", "Item 3."), an "Agenda:"
list whose items "Re 1:" refers to later, and the resolution recorded after
an item's names in the same paragraph."""

from __future__ import annotations

import re

from kg.document.genres.meeting import SPOKE_RE
from kg.document.lists import split_names
from kg.document.model import AgendaItem, NameEntry, Span
from kg.document.segments import lstrip, rstrip

# "On the situation in Hungary (Khrushchev)." / "II. About the Polish credits."
AGENDA_RE = re.compile(
    r"(?P<num>(?:[IVX]{1,4}|\d{1,2})[.)]\s+)?"
    r"(?P<title>(?:On|About|Concerning|Regarding|Re:|Question\s+of|The\s+question\s+of)\s[^\n()]{2,160}?)"
    r"\s*(?:(?<!\bCde)(?<!\bCdes)(?<!\bComr)(?<!\bcomr)(?<![\s.][A-Z])\.(?=\s|\(|$)|(?=\s*\()|(?=[ \t]*\n)|$)"
)
# "3. The coal plan" standing alone, or followed by its speakers in parentheses.
NUMBERED_HEADING_RE = re.compile(r"(?:Item\s+|Point\s+)?(?P<num>(?:[IVX]{1,4}|\d{1,2})\.)[ \t]+(?P<title>[A-Z][^\n]{2,150}?)\.?[ \t]*(?=\n|$)")
# The speakers or rapporteur in parentheses after a heading.
PAREN_NAMES_RE = re.compile(r"\s*\((?P<inner>[^()\n]{2,300})\)")
# An item of an "Agenda:" list: "1. On the grain deliveries."
LISTED_ITEM_RE = re.compile(r"(?m)^[ \t]*(?P<num>\d{1,2})[.)][ \t]+(?P<title>[^\n]*?)\.?[ \t]*$")


class AgendaReading:
    """Agenda items for the body reader (a mixin: it uses the reader's
    ``doc``, ``text``, ``sitting``, ``item``, ``agenda_list`` and turns)."""

    def read_agenda_list(self, a: int, b: int) -> None:
        """"Agenda:" and its numbered items, to which "Re 1:" may refer later."""
        self.doc.preamble.append(Span(a, b, "preamble"))
        for m in LISTED_ITEM_RE.finditer(self.text, a, b):
            self.agenda_list[int(m.group("num"))] = Span(m.start("title"), m.end("title"), "agenda")

    def refer_to_item(self, number: int, start: int) -> None:
        """"Re 1:" opens the first item of the agenda list."""
        span = self.agenda_list[number]
        self.close_turn()
        self.ensure_sitting(start)
        for i, it in enumerate(self.doc.agenda):
            if it.span == span:
                self.item = i
                return
        title = re.sub(r"\s+", " ", self.doc.quote(span)).strip().rstrip(".")
        self.doc.agenda.append(AgendaItem(span, title, [], self.sitting, None, numbered=True))
        self.item = len(self.doc.agenda) - 1
        self.content_seen = True

    def listed_items_without_heading(self) -> None:
        """An agenda list whose items the body never heads: the list gives the items."""
        if self.agenda_list and not self.doc.agenda:
            for span in self.agenda_list.values():
                title = re.sub(r"\s+", " ", self.doc.quote(span)).strip().rstrip(".")
                self.doc.agenda.append(AgendaItem(span, title, [], max(self.sitting, 1), None, numbered=True))

    def read_agenda(self, a: int, b: int) -> bool:
        text = self.text
        m = AGENDA_RE.match(text, a, b)
        numbered = None
        if not m:
            numbered = NUMBERED_HEADING_RE.match(text, a, b)
            if not numbered:
                return False
            rest_start = lstrip(text, numbered.end(), b)
            if rest_start < b and text[rest_start] != "(" and not SPOKE_RE.match(text, rest_start, b):
                return False
        match = m or numbered
        head_end = match.end()
        names: list[NameEntry] = []
        after = head_end
        pm = PAREN_NAMES_RE.match(text, head_end, b)
        if pm:
            entries, stop = split_names(self.doc, pm.start("inner"), pm.end("inner"))
            if entries and not text[stop:pm.end("inner")].strip(" .,"):
                names = entries
                after = pm.end()
            elif numbered:
                after = pm.end()
        spoke = SPOKE_RE.match(text, lstrip(text, after, b), b)
        if spoke and not names:
            line_end = text.find("\n", spoke.end(), b)
            names, _ = split_names(self.doc, spoke.end(), b if line_end < 0 else line_end)
            after = b if line_end < 0 else line_end
        rest = lstrip(text, after, b)
        alone = rest >= b or (text[head_end:rest].count("\n") > 0 and not names)
        if m and not names and not alone:
            return False
        self.close_turn()
        self.ensure_sitting(a)
        parent = None
        if not (m and m.group("num")) and numbered is None:
            tops = [i for i, it in enumerate(self.doc.agenda) if it.sitting == self.sitting and it.parent is None]
            if tops:
                parent = tops[0]
        item = AgendaItem(
            Span(match.start("title"), match.end("title"), "agenda"),
            re.sub(r"\s+", " ", match.group("title")).strip().rstrip("."),
            names, self.sitting, parent, numbered=bool(numbered or (m and m.group("num"))),
        )
        self.doc.agenda.append(item)
        self.item = len(self.doc.agenda) - 1
        self.content_seen = True
        self.rapporteur = names if len(names) == 1 else []
        if rest < b:
            self.read_item_text(rest, b)
        return True

    def open_item(self, span: Span) -> None:
        """A heading that opens an agenda item and nothing else."""
        self.close_turn()
        self.ensure_sitting(span.start)
        self.doc.agenda.append(AgendaItem(span, " ".join(self.doc.quote(span).split()), [], self.sitting))
        self.item = len(self.doc.agenda) - 1
        self.content_seen = True

    def read_item_text(self, a: int, b: int) -> None:
        """Text after an item's names in the same paragraph: the item's outcome,
        possibly followed by the next (sub-)item heading."""
        text = self.text
        for m in re.finditer(r"(?<=[.)])\s+(?=(?:On|About|Concerning|Regarding)\s)", text[a:b]):
            s = a + m.end()
            sub = AGENDA_RE.match(text, s, b)
            if sub and (lstrip(text, sub.end(), b) >= b or PAREN_NAMES_RE.match(text, sub.end(), b)):
                self.doc.resolutions.append((self.item, Span(a, rstrip(text, a, s), "resolution")))
                self.read_agenda(s, b)
                return
        self.doc.resolutions.append((self.item, Span(a, b, "resolution")))
