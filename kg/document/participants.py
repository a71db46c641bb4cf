"""Participant lists in the forms minutes of different bodies print them.

One group of a list at a time (the body reader cuts a record at every group
heading and joins the groups of one sitting): the names after the heading on
its line, separated by commas ("In attendance: comrs. Ulbricht, Grotewohl"),
or one person a line below a heading of its own ("PARTICIPANTS"), with the
role after the name ("Mr. Ball, Under Secretary"), a body before it
("State—Mr. Rusk, Secretary"), a body as a subheading with its people
indented below ("Defense" / "  Mr. McNamara, Secretary"), a country tag
before a group of names ("[GDR] W. Ulbricht, W. Stoph"), bullets, and offices
that stand for their holders ("The President"). A word that is not a name
shape (a heading, a pronoun, an acronym) never becomes a person."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.document.genres.cabinet import POST_NOMINAL_RE
from kg.document.genres.meeting import (
    AFFILIATION_RE,
    BULLET_RE,
    COUNTRY_TAG_RE,
    GROUP_GLOSS_RE,
    GROUP_PHRASE_RE,
    IN_THE_CHAIR_RE,
    LIST_SCOPE_RE,
    PARTY_TAG_RE,
)
from kg.document.layouts.flattened import spaced_names
from kg.document.list_names import ROLE_WORD_RE, name_at
from kg.document.model import Document, NameEntry
from kg.document.roles import is_office_phrase
from kg.text.names import LOWER, SURNAME, UPPER

# An office in lower case before a name with initials: "counsellor of the ... Department A. I. Alekseev".
_OFFICE_THEN_NAME_RE = re.compile(rf"(?P<office>[a-z][\w ]*?\S)\s+(?P<name>(?:[{UPPER}]\.\s*){{1,3}}{SURNAME})$")
_PAREN_RE = re.compile(r"\s*\((?P<inner>[^()\n]{1,80})\)")
_MINUTES_GLOSS_RE = re.compile(r"^(?:minutes|recording|records?|for\s+item.*|item.*|on\s+holiday|ill|abroad|sick)$", re.I)


@dataclass
class Group:
    kind: str
    entries: list[NameEntry] = field(default_factory=list)
    chair: list[NameEntry] = field(default_factory=list)
    end: int = 0  # where the list ends in the text


def read_narrative(doc: Document, start: int, end: int, kind: str = "members") -> Group:
    """A list told in one sentence, mostly of offices: "the President (presiding), the Vice
    President, ... and the Director of Central Intelligence; also ...". Words that name
    nobody ("members of the NSC staff", an office no tenure covers) are passed over."""
    text = doc.text
    group = Group(kind, end=start)
    stop = re.compile(r"\.(?=\s+[A-Z]|\s*$)").search(text, start, end)
    stop_at = stop.start() if stop else end
    for x, y in _items(text, start, stop_at):
        chair = bool(IN_THE_CHAIR_RE.search(text, x, y))
        presiding = re.search(r",\s*presiding\s*$", text[x:y])
        pieces = [(x, x + presiding.start() if presiding else y)]
        for p, q in [piece for px, py in pieces for piece in _and_split(text, px, py)]:
            words = text[p:q]
            if re.fullmatch(r"\s*presiding\s*", words):
                continue
            lead = re.match(r"\s*(?:also\s+|and\s+)+", words)
            p2, q2, gloss = _unparen(doc, p + (lead.end() if lead else 0), q)
            entry = name_at(doc, p2, q2, group=kind)
            if gloss and (entry is None or entry.kind == "office"):
                g = text.index(gloss, q2, q)  # "the Special Assistant ... (Gray)": the name in parentheses
                named = name_at(doc, g, g + len(gloss), group=kind, role=text[p2:q2].strip())
                entry = named if named is not None and named.kind == "person" else entry
            if entry is not None:
                group.entries.append(entry)
                if chair:
                    group.chair.append(entry)
                    chair = False
    group.end = stop.end() if stop else end
    return group


_NEW_ITEM_RE = re.compile(r"\s*(?:the\s|also\s|and\s|Mr\.|Dr\.|General|Admiral|Secretary|[A-Z]\.|presiding)")


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of a list told in a sentence: split at semicolons and commas, a comma
    that goes on with the office ("the Chairman, Joint Chiefs of Staff") kept inside."""
    out: list[tuple[int, int]] = []
    for x, y in _split(text, a, b, ";"):
        for p, q in _split(text, x, y, ","):
            if out and out[-1][1] >= x and not _NEW_ITEM_RE.match(text, p, q):
                out[-1] = (out[-1][0], q)
            else:
                out.append((p, q))
    return out


def _and_split(text: str, a: int, b: int):
    m = re.search(r"\s+and\s+(?=the\s)", text[a:b])
    if m:
        return [(a, a + m.start()), (a + m.end(), b)]
    return [(a, b)]


_SAME_RE = re.compile(r"[ \t]*(?:the\s+same|as\s+before|the\s+same\s+as\s+(?:before|above))\b\.?", re.I)


def read_group(doc: Document, kind: str, start: int, end: int) -> Group:
    """The names of one group, from just after its heading to ``end`` at most;
    "Present: the same." names again the persons of the list before."""
    text = doc.text
    group = Group(kind, end=start)
    same = _SAME_RE.match(text, start, end)
    if same and doc.participant_lists:
        group.entries = list(doc.participant_lists[-1].entries)  # the entries of that list, not new ones
        group.end = same.end()
        return group
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    spaced = spaced_names(doc, start, line_end, kind) if doc.flat_cuts else None
    if spaced is not None:
        group.entries, group.end = spaced, line_end
        return group
    if text[start:line_end].strip():
        _read_run(doc, group, start, line_end, affiliation="")
        pos = line_end + 1
        # the names may run on over the next lines until a line that is no continuation
        while pos < end and group.end >= line_end - 1:
            nxt = text.find("\n", pos, end)
            nxt = end if nxt < 0 else nxt
            before = len(group.entries)
            _read_run(doc, group, pos, nxt, affiliation="")
            if len(group.entries) == before:
                break
            line_end, pos = nxt, nxt + 1
        return group
    _read_lines(doc, group, line_end + 1, end)
    return group


def read_bulleted(doc: Document, start: int, end: int) -> Group | None:
    """A list without a heading, one bulleted person a line (after a memorandum's SUBJECT line):
    a list only when every line is a bulleted person."""
    lines = [ln for ln in doc.text[start:end].split("\n") if ln.strip()]
    if len(lines) < 2 or not all(BULLET_RE.match(ln) for ln in lines):
        return None
    group = Group("members", end=start)
    _read_lines(doc, group, start, end)
    return group if len(group.entries) == len(lines) else None


def _read_lines(doc: Document, group: Group, start: int, end: int) -> None:
    """One person a line (or a run of names after a tag), subheadings for bodies."""
    text = doc.text
    lines = []
    pos = start
    for raw in text[start:end].split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    affiliation = ""
    base_indent = None
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        bullet = BULLET_RE.match(line)
        s = a + (bullet.end() if bullet else indent)
        if base_indent is None:
            base_indent = indent
        elif indent <= base_indent and affiliation and not bullet:
            affiliation = ""
        tag = COUNTRY_TAG_RE.match(text, s, b)
        if tag:
            affiliation = "[" + tag.group("tag") + "]"
            s = tag.end()
        elif PARTY_TAG_RE.match(text, s, b) and _starts_with_person(doc, PARTY_TAG_RE.match(text, s, b).end(), b):
            tag = PARTY_TAG_RE.match(text, s, b)  # "CPSU: L. I. Brezhnev, ...": a party, not a person
            affiliation = tag.group("tag")
            s = tag.end()
        nxt = next(((x, y) for x, y in lines[i + 1:] if text[x:y].strip()), None)
        if nxt is not None and not tag:
            next_indent = len(text[nxt[0]:nxt[1]]) - len(text[nxt[0]:nxt[1]].lstrip(" \t"))
            if next_indent > indent and "," not in line and not is_office_phrase(line.strip()):
                affiliation = line.strip()
                group.end = b
                continue
        aff = AFFILIATION_RE.match(text, s, b)
        if aff and _starts_with_person(doc, aff.end(), b):
            affiliation = aff.group("body")
            s = aff.end()
        before = len(group.entries)
        items = [(x, y) for x, y in _split(text, s, b, ";")]
        if len(items) == 1 and not tag and not _all_names(doc, s, b):
            _one_person(doc, group, s, b, affiliation)
        else:
            for x, y in items:
                if tag or _all_names(doc, x, y):
                    _read_run(doc, group, x, y, affiliation=affiliation)
                else:
                    _one_person(doc, group, x, y, affiliation)
        if len(group.entries) == before and not group.chair:
            break
        group.end = b


def _starts_with_person(doc: Document, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with a person ("Mr. Rusk, Secretary"): then what precedes is a body."""
    first = next(_split(doc.text, a, b, ",;"), None)
    entry = name_at(doc, *first) if first else None
    return entry is not None and entry.kind == "person"


def _all_names(doc: Document, a: int, b: int) -> bool:
    pieces = list(_split(doc.text, a, b, ","))
    found = [name_at(doc, *_unparen(doc, x, y)[:2]) for x, y in pieces]
    return len(pieces) > 1 and all(e is not None and e.kind == "person" for e in found)


def _one_person(doc: Document, group: Group, a: int, b: int, affiliation: str) -> None:
    """One person on a line, the role before or after the name: "Mr. Ball, Under Secretary",
    "The Secretary of State, John Foster Dulles", "President Eisenhower, presiding", "The President"."""
    text = doc.text
    chair = bool(IN_THE_CHAIR_RE.search(text, a, b))
    pieces = [(x, y) for x, y in _split(text, a, b, ",")
              if not re.fullmatch(r"\s*(?:presiding|Jr\.?|Sr\.?)\s*", text[x:y]) and not POST_NOMINAL_RE.fullmatch(text[x:y])]
    if not pieces:
        return
    words = [IN_THE_CHAIR_RE.sub("", text[x:y]).strip() for x, y in pieces]
    x, y, gloss = _unparen(doc, *pieces[0])
    entry = name_at(doc, x, y, group=group.kind, role=", ".join(words[1:]) or (gloss or ""), affiliation=affiliation)
    if (entry is None or entry.kind == "office") and len(pieces) > 1:
        last = name_at(doc, *pieces[-1], group=group.kind, role=", ".join(words[:-1]), affiliation=affiliation)
        if last is not None and last.kind == "person":
            entry = last
    if entry is None:
        entry = _role_then_name(doc, x, y, group, affiliation)
    if entry is None:
        return
    group.entries.append(entry)
    if chair:
        group.chair.append(entry)


_NAME_WORD_RE = re.compile(rf"[{UPPER}]\.|[{UPPER}][{LOWER}]+|{SURNAME}")


def _role_then_name(doc: Document, a: int, b: int, group: Group, affiliation: str) -> NameEntry | None:
    """An office before the name without a comma: "Secretary of State Rusk", "Soviet Foreign
    Minister Gromyko": the shortest name at the end whose words before it are an office."""
    text = doc.text
    words = list(re.finditer(r"\S+", text[a:b]))
    for k in range(1, min(3, len(words) - 1) + 1):
        role = text[a + words[0].start():a + words[-k - 1].end()]
        head = words[-k - 1].group(0)
        if not (is_office_phrase(role) or ROLE_WORD_RE.fullmatch(head) and head[0].isupper()):
            continue
        if not all(_NAME_WORD_RE.fullmatch(w.group(0)) for w in words[-k:]):
            return None
        entry = name_at(doc, a + words[-k].start(), b, group=group.kind, role=role, affiliation=affiliation)
        return entry if entry is not None and entry.kind == "person" else None
    return None


def _read_run(doc: Document, group: Group, a: int, b: int, *, affiliation: str) -> None:
    """Names separated by commas, semicolons or "and"; stops at the first piece that is no name."""
    text = doc.text
    for x, y in _split(text, a, b, ",;", words=True):
        while x < y and text[x].isspace():
            x += 1
        gloss_lead = GROUP_GLOSS_RE.match(text, x, y)
        if gloss_lead:
            x = gloss_lead.end()
        chair = bool(IN_THE_CHAIR_RE.search(text, x, y))
        scope = LIST_SCOPE_RE.search(text, x, y)
        x2, y2, gloss = _unparen(doc, x, scope.start() if scope else y)
        entry = name_at(doc, x2, y2, group=group.kind, affiliation=affiliation,
                        role="" if gloss is None or _MINUTES_GLOSS_RE.match(gloss) or chair else gloss)
        held = _OFFICE_THEN_NAME_RE.match(text, x2, y2) if entry is None else None
        if held:  # "counsellor of the Latin American Department A. I. Alekseev"
            entry = name_at(doc, held.start("name"), y2, group=group.kind, affiliation=affiliation,
                            role=held.group("office"))
        if entry is None:
            if group.entries and group.end == _prev_end(text, x) and ROLE_WORD_RE.search(text, x, y):
                last = group.entries[-1]  # "comr. Schürer, Chairman of the State Planning Commission"
                group.entries[-1] = NameEntry(last.printed, last.span, office=text[x:y].strip(), group=last.group,
                                              affiliation=last.affiliation, kind=last.kind)
                group.end = y
                continue
            if GROUP_PHRASE_RE.fullmatch(text, x, y):
                continue  # "members of the Central Committee (list attached)": a group, no person
            if text[x:y].strip(" .\t"):
                return
            continue
        group.entries.append(entry)
        if chair:
            group.chair.append(entry)
        group.end = y


def _prev_end(text: str, x: int) -> int:
    """The end of the piece before the separator that ends just before ``x``."""
    i = x - 1
    while i > 0 and text[i] in " \t":
        i -= 1
    return i if i >= 0 and text[i] in ",;" else -1


def _unparen(doc: Document, a: int, b: int) -> tuple[int, int, str | None]:
    """The words before a parenthesis closing the piece, and what the parenthesis says."""
    m = _PAREN_RE.search(doc.text, a, b)
    # a book's note marker may be glued to the parenthesis: "Gheorghiu-Dej (RWP)41"
    if m and not re.sub(r"^\d{1,3}", "", doc.text[m.end():b]).strip(" .,;"):
        return a, m.start(), m.group("inner").strip()
    return a, b, None


_NOT_SENTENCE_END_RE = re.compile(
    rf"(?<![\w.’'-])(?:[{UPPER}][{LOWER}]?|Cdes?|Comrs?|comrs?|Mr|Mrs|Ms|Dr|Gen|Adm|Col|Lt|Maj|Rt|Hon|St|Tov|Jr|Sr)$")


def _ends_sentence(text: str, start: int, i: int, b: int) -> bool:
    """Whether the period at ``i`` closes the names before it (not an initial, a title or "Khr.,")."""
    if i + 1 < b and not text[i + 1].isspace():
        return False
    return not _NOT_SENTENCE_END_RE.search(text, start, i)


_NEXT_TITLED_RE = re.compile(r"\s(?=(?:Sir|Mr\.|Mrs\.|Dr\.)\s+[A-Z])")


def _split(text: str, a: int, b: int, separators: str, *, words: bool = False):
    """Pieces of ``text[a:b]`` between separators outside parentheses (and " and " when ``words``)."""
    depth, start, i = 0, a, a
    while i < b:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in separators or ch == "." and words and _ends_sentence(text, start, i, b)
                             or ch == "?" and words):  # "Jankovec? Slavík?": names the typist doubted
            yield start, i
            start = i + 1
        elif depth == 0 and words and i > start and _NEXT_TITLED_RE.match(text, i, b) and text[start:i].strip():
            yield start, i  # "Sir Norman Brook Mr. Burke Trend": names run together, each with its title
            start = i + 1
        elif depth == 0 and words and re.match(r"\s+and\s+", text[i:b]) and i > start:
            m = re.match(r"\s+and\s+", text[i:b])
            yield start, i
            start = i + m.end()
            i = start
            continue
        i += 1
    if text[start:b].strip():
        yield start, b
