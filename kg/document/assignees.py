"""Who must carry out a decision, as the decision prints it.

The assignees are found where the wording of decisions across bodies puts
them: after a verb that charges someone ("Instruct the Ministry of Foreign
Trade and the Ministry of the Merchant Fleet to ...", "(2) Invited the
Foreign Secretary to ...", "Directed the Secretary of State, in consultation
with the Director, USIA, to ...", "The President delegated authority to the
Secretary of State to ..."), as the subject of an obligation ("Cdes. Kliszko,
Axen and Katushev are to ...", "State will instruct ...", "comr. Stoph is
charged with ...", "that the Secretary of Defense should ..."), as the
person who decides ("The President approved ..."), and after "responsible:".

Each assignee is kept as printed: a surname for a person ("Kliszko"), an
office for an office holder ("Foreign Secretary", resolved to the holder on
the record's date), a body's name for a body ("Ministry of Agriculture",
"State", "MFA USSR")."""

from __future__ import annotations

import re

from kg.document.initials import INITIALS_RE, person_for_initials
from kg.document.labels import listed, person_for_label
from kg.document.model import Document, NameEntry, Span
from kg.document.roles import country_of, holds, is_office_phrase
from kg.link.offices import holder
from kg.text.names import FULL_SURNAME, LOWER, UPPER

_HON = (r"(?:Cdes?\.|Comrs?\.|comrs?\.|Comrades?|comrades?|Tov\.|Mr\.|Dr\.|Governor|Ambassador|General|Gen\.|"
        r"Admiral|Secretary|Senator|Marshal)")
# A verb that charges the agents after it with the task after "to".
_CHARGE_RE = re.compile(
    r"\b(?:[Ii]nstructs?|[Ee]ntrusts?|[Ii]nvited|[Ii]nvites?|[Dd]irected|[Dd]irects|[Aa]sks?|[Rr]equests?|"
    r"[Cc]harges?|[Cc]ommissions?|[Aa]uthori[sz]ed?|[Dd]elegated\s+authority\s+to|[Tt]asks?|Send|Dispatch)\s+"
    r"(?P<agents>(?:the\s+|an?\s+)?[^;:()]{2,160}?(?:\s*\([^()\n]{1,60}\))?)\s*,?\s+(?:to|(?<!consultation\s)with)\s+(?=[a-zA-Z])"
)
# A body with its head in parentheses: "the MFA USSR (Cde. Gromyko)": both are assignees.
_HEAD_IN_PARENS_RE = re.compile(r"\s*\((?P<head>[^()\n]{1,60})\)\s*$")
# The agents before an obligation: "X and Y are to", "State will", "comr. X is charged with".
_SUBJECT_RE = re.compile(
    rf"(?:(?<![^\n])|(?<=[:;.)—–•-])\s*|(?<=[:;.)—–•-]\s)|(?<=\bthat\s))(?P<agents>(?:{_HON}\s+|[Tt]he\s+)?[{UPPER}][^;:.()\n]{{0,120}}?|"
    r"(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:department|committees?|commission|ministry))"
    r"(?:\s*\([^()\n]{1,60}\))?\s+(?:is|are)\s+(?:to\b|charged\s+with|instructed\s+to|requested\s+to|asked\s+to)"
    rf"|(?:(?<=[:;])\s*|(?<=[:;]\s)|(?<![^\n])|(?<=[•·]\s))(?P<agents3>(?:{_HON}\s+)?[{UPPER}][\w.]*"
    rf"(?:\s+(?:and\s+)?(?:{_HON}\s+)?[{UPPER}][\w.]*){{0,4}})\s+to\s+(?=[a-z]+\b)"
    rf"|(?:(?<=\bthat\s)|(?<![\w,]\s)(?<![\w.,-])(?<!\sthe\s))(?P<agents2>(?:[Tt]he\s+)?[{UPPER}][\w.]*(?:,?\s+(?:(?:of|the|for|and|on)\s+)*[{UPPER}][\w.]*){{0,5}})"
    r"\s+(?:will|should|shall)\s+[a-z]+"
)
# The person who decides: "The President approved ...".
_DECIDER_RE = re.compile(
    r"(?:The\s+)?(?P<agents>President|Prime\s+Minister|Chairman)\s+"
    r"(?:approved|directed|decided|agreed|delegated|authori[sz]ed|ruled|noted)\b"
)
# An agent before a colon at the head of an item: "MFA USSR: inform ...", "State: ask the embassy ...".
_LABEL_AGENT_RE = re.compile(
    rf"(?:(?<![^\n])|(?<=[.)]\s))[ \t]*(?!(?:Responsible|Deadline|Term)\s*:)"
    rf"(?P<agents>[{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*){{0,3}})\s*:\s+(?=[a-z])")
# A body or person doing what the item says, in the present: "the Staff of the Joint Armed Forces
# revises article 4", "General Shtemenko circulates the text"; the body a text goes to:
# "is submitted to the Political Consultative Committee"; a person confirmed in an office.
_ACTS_RE = re.compile(
    rf"(?:(?<=[•·]\s)|(?<![^\n]))"
    r"(?!(?:[Tt]he\s+)?(?:Politburo|Presidium|Political\s+(?:Bureau|Committee)|Secretariat|Cabinet|Council|Conference)\b)"
    r"(?:the\s+|The\s+)?"
    rf"(?P<agents>(?:{_HON}\s+)?[{UPPER}][\w.]*(?:\s+(?:of\s+the\s+|of\s+)?[{UPPER}][\w.]*){{0,5}})"
    r"\s+(?!is\b|has\b|was\b|approves\b|decides\b|resolves\b|adopts\b|notes\b|agrees\b|takes\b)[a-z]{3,}s\b"
    r"(?!\s+(?:that|to\s+be)\b)"
    r"|\bsubmitted\s+to\s+(?:the\s+)?(?P<agents2>[A-Z][\w]*(?:\s+[A-Z][\w]*){0,5})"
    rf"|\b(?:Confirm|Appoint|Release|Dismiss|Recall)\s+(?P<agents3>(?:{_HON}\s+)?[{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*){{0,2}})\s+(?:as|from)\b"
)
_RESPONSIBLE_RE = re.compile(
    r"\(\s*responsible\s*:\s*(?P<agents>[^()]{2,80})\)"
    r"|(?<![^\n])[ \t]*Responsible\s*:\s*(?P<agents2>[^\n]{2,80}?)\s*(?:\.\s*(?:Deadline|Term|Due\s+date)\s*:|\.?[ \t]*(?=\n|$))",
    re.I)
_SPLIT_RE = re.compile(
    rf"\s*(?:,\s*in\s+consultation\s+with\s+|,\s*(?:and\s+)?(?=the\s|Cdes?\.|comrs?\.|[{UPPER}](?![{UPPER}]{{1,4}}\b))"
    r"|\s+and\s+(?!the\s+[a-z]))\s*")
# An office no tenure of the authority data covers ("Lord Privy Seal", "Home Secretary"): no body, no person.
_OFFICE_WORD_RE = re.compile(r"\b(?:Secretary|Minister|Chancellor|Director|President|Chairman|Lord|Attorney|Ambassador)\b")
_BODY_WORD_RE = re.compile(r"\b(?:Ministry|Department|Office|Committee|Commission|Council|Board|Staff|Agency|Service)\b")
_LEAD_RE = re.compile(rf"(?:{_HON}\s+|the\s+|The\s+|and\s+)+")
# ... and a group named by its members' office: "the ministers of defence".
_BODY_NOUN_RE = re.compile(
    r"\b(?:department|committees?|commission|ministry|office|council|staff|board|agency|embassy|ministers)\b", re.I)
_PERSON_RE = re.compile(rf"(?:[{UPPER}]\.\s*)*(?P<surname>{FULL_SURNAME})")


def decision_assignees(doc: Document, a: int, b: int) -> tuple[NameEntry, ...]:
    """The assignees of the decision ``text[a:b]``, in print order."""
    text = doc.text
    found: list[NameEntry] = []
    taken: list[tuple[int, int]] = []

    def add_phrase(start: int, end: int) -> None:
        if any(x < end and start < y for x, y in taken):
            return
        taken.append((start, end))
        head = _HEAD_IN_PARENS_RE.search(text, start, end)
        pieces = list(_pieces(text, start, head.start() if head else end))
        if head:
            pieces += list(_pieces(text, head.start("head"), head.end("head")))
        for piece in pieces:
            entry = _agent(doc, *piece)
            if entry is not None and all(e.printed != entry.printed for e in found):
                found.append(entry)

    words = text[a:b]
    lead = re.match(r"\s*(?:\(?\d{1,2}\)|\d{1,2}\.|\(?[a-h]\)|[a-h]\.|[-•–])?\s*", words)
    m = _DECIDER_RE.match(text, a + (lead.end() if lead else 0), b)
    if m:
        add_phrase(m.start("agents"), m.end("agents"))
    for regex in (_LABEL_AGENT_RE, _CHARGE_RE, _RESPONSIBLE_RE, _SUBJECT_RE, _ACTS_RE):
        for m in regex.finditer(text, a, b):
            group = next((g for g in ("agents", "agents2", "agents3") if m.groupdict().get(g)), "agents")
            if m.group(group):
                add_phrase(m.start(group), m.end(group))
    return tuple(found)


def _pieces(text: str, a: int, b: int):
    pos = a
    for sep in _SPLIT_RE.finditer(text, a, b):
        if sep.start() > pos:
            yield pos, sep.start()
        pos = sep.end()
    if pos < b:
        yield pos, b


def _agent(doc: Document, a: int, b: int) -> NameEntry | None:
    """One assignee: a person (by surname), an office or a body, as printed."""
    text = doc.text
    while a < b and text[a] in " \t\n,":
        a += 1
    while b > a and text[b - 1] in " \t\n,":
        b -= 1
    if INITIALS_RE.fullmatch(text, a, b):  # "G.B. to inform ...": a member named by initials
        return person_for_initials(doc, text[a:b], a)
    while b > a and text[b - 1] in " \t\n,.":
        b -= 1
    article = re.compile(r"(?:the|The|and)\s+").match(text, a, b)
    if article:
        a = article.end()
    if not is_office_phrase(text[a:b]):
        lead = _LEAD_RE.match(text, a, b)
        honorific = bool(lead and re.match(_HON, text[a:b]))
        if lead:
            a = lead.end()
    else:
        honorific = False
    words = text[a:b]
    if not words or not words[0].isalpha() or len(words.split()) > 7 or words.lower() in ("the", "a", "an"):
        return None
    span = Span(a, b, "name")
    if is_office_phrase(words):
        found = holder(words, doc.date, country=country_of(doc))
        own = [e for e in listed(doc) if e.kind == "person" and e.office
               and (e.office.lower().startswith(words.lower()) or holds(e.office, words))]
        person = own[0].name if len(own) == 1 else (found.label if found else "")
        return NameEntry(words, span, office=words, person=person, office_key=found.office if found else "",
                         kind="person" if person else "office",
                         from_authority=own[0].from_authority if len(own) == 1 else bool(person))
    if _OFFICE_WORD_RE.search(words) and not _BODY_WORD_RE.search(words):
        return NameEntry(words, span, office=words, kind="office")
    person = _PERSON_RE.fullmatch(words)
    if person and (honorific or person_for_label(doc, person.group("surname"), a + person.start("surname"))):
        s = a + person.start("surname")
        return NameEntry(person.group("surname"), Span(s, b, "name"))
    if (words[0].isupper() or _BODY_NOUN_RE.search(words)) and re.fullmatch(
            rf"[{UPPER}{LOWER}][\w.'’-]*(?:,?\s+[\w.'’-]+){{0,6}}", words) and not re.search(
            r"\b(?:it|that|this|they|he|she|we|which|who)\b", words, re.I):
        return NameEntry(words, span, kind="body")
    return None
