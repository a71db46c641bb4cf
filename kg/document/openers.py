"""The opening of a speech turn: who speaks, as printed, and how the record
introduces the words (a colon, a dash, a verb of saying).

Forms: "Cde. Suslov: ...", "Cdes. Kolder and Indra—", "Nagy: ...", "HUSÁK:",
"ULBRICHT. The border ...", "Secretary Rusk: ...", "The President: ...",
"Campbell–Cox: ..." (a joint turn), "Zhou Enlai: ...", reported speech with a
person or an office as subject ("Mr. Dulles replied that ...", "The Secretary
of Defense pointed out ...", "Kosygin observed that ..."), "Comrade Czinege
[Minister of Defence] said ...", "Münnich, for the government, reported ...",
"On the first item X said ...", "Information of Cde. X", "(The text is read
by Cde. X)", an attribution inside the words ("The councils ...—said Cde.
Gierek—they must ..."), a bare surname opening a line of a flattened copy
("Gierek A plenum ..."). A bare word is a speaker only when
:mod:`kg.document.labels` finds that it names a person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.document.genres.meeting import TOOK_PART_RE
from kg.document.genres.cabinet import INITIALS_LINE_RE
from kg.document.initials import person_for_initials
from kg.document.labels import is_listed_surname, person_for_label
from kg.document.lists import split_names
from kg.document.model import Document, NameEntry, Span
from kg.document.roles import is_office_phrase, office_entry, office_form_pattern
from kg.text.names import FIRSTNAME, FULL_NAME, FULL_SURNAME, HONORIFIC, NAMES, OFFICE_WORDS, OFFICES, RANK, SURNAME, UPPER
from kg.text.speech import DASH, MINUTES_VERBS, NARRATIVE_VERBS, REPORTING_VERBS

# A gloss between the name and the words: "[Minister of Defence]", "(to Kolder)".
# "(in the Chair)", ", for the government,".
_GLOSS = (r"(?:\s*\[[^\]\n]{1,80}\]|\s*\((?:to|an|à|addressing)\s+[^()\n]{1,40}\)|\s*\(\s*in\s+the\s+[Cc]hair\s*\)"
          r"|,\s+(?:for|on\s+behalf\s+of|speaking\s+for)\s+the\s+[a-z][^,\n]{1,40},)?")
_SAYS = rf"(?:{REPORTING_VERBS}|{NARRATIVE_VERBS}|{MINUTES_VERBS})\b"
_OPENER_RE = re.compile(rf"(?P<hon>{HONORIFIC})\s+(?P<names>{NAMES}){_GLOSS}\s*(?P<delim>:|{DASH})?\s*")
# "Comrade Ion Gheorghe Maurer: ...": an honorific, first names and the surname before the colon.
_HONORIFIC_FULL_NAME_RE = re.compile(rf"{HONORIFIC}\s+(?P<names>(?:{FIRSTNAME}\s+){{1,2}}{SURNAME})\s*:\s*")
# ... a hyphen between spaces as a dash: "Yugov - I agree."
_BARE_OPENER_RE = re.compile(rf"(?P<names>{SURNAME}){_GLOSS}\s*(?P<delim>:|—|–|--|(?<=\s)-(?=\s))\s*")
_JOINT_RE = re.compile(rf"(?P<names>(?P<a>{FULL_SURNAME})\s*[–—-]\s*(?P<b>{FULL_SURNAME}))\s*(?P<delim>:)\s*")
_CAPS_RE = re.compile(rf"(?P<names>[{UPPER}][{UPPER}'’-]{{2,}}|{FULL_SURNAME})(?P<delim>[.:])\s+(?=\S)")
_TITLED_RE = re.compile(
    rf"(?P<names>(?:Secretary|Under\s+Secretary|Ambassador|Mr\.|Mrs\.|Dr\.|General|Gen\.|Admiral|Senator|Governor|"
    rf"Director|Vice\s+President|President|Prime\s+Minister|Marshal|Minister)\s+{SURNAME}){_GLOSS}\s*(?P<delim>:)\s*"
)
# A military rank of one or more words before the surname: "Army General Jaruzelski:",
# "Colonel General Ioniţă said that ...", "Marshal Yakubovsky presented ...".
_RANKED_RE = re.compile(rf"(?P<rank>{RANK})\s+(?P<names>{SURNAME}){_GLOSS}\s*(?:(?P<delim>:)\s*|(?=\s{_SAYS}))")
_OFFICE_LABEL_RE = re.compile(rf"(?P<names>The\s+(?:{OFFICES}))\s*(?P<delim>:)\s*")
_OFFICE_OPENER_RE = re.compile(
    rf"(?P<names>(?:The\s+)?(?:{OFFICES})(?:\s+(?:{FULL_SURNAME}|[{UPPER}]\.)){{0,3}}){_GLOSS}\s+(?={_SAYS})"
)
# An adverb between the subject and the verb: "Gromyko then turned to Cuba."
_ADVERB = r"(?:\s+(?:then|also|again|next|finally|further|now))?"
_SUBJECT_RE = re.compile(rf"(?P<names>{SURNAME}){_GLOSS}{_ADVERB}\s+(?={_SAYS})")
_FULL_NAME_OPENER_RE = re.compile(rf"(?P<names>{FULL_NAME})\s*(?P<delim>:|—|–|--)\s*")
# A bare surname opening a line of a flattened copy that lost the colon after it: "Gierek A plenum ...".
_FLAT_NAME_RE = re.compile(rf"(?P<names>{FULL_SURNAME})[ \t]+(?=[{UPPER}])")
_INFO_OF_RE = re.compile(rf"Information\s+(?:of|from|by)\s+(?:{HONORIFIC}\s+)?(?P<names>{NAMES})\.?")
_READ_ALOUD_RE = re.compile(
    rf"\(\s*The\s+text\s+is\s+read\s+(?:aloud\s+)?by\s+(?:{HONORIFIC}\s+)?(?P<names>{NAMES})\.?\s*\)\.?"
)
# "The meeting was opened by Cde. Gomułka, who proposed ...": the chair's opening, told.
_OPENED_BY_RE = re.compile(
    rf"The\s+(?:meeting|session|sitting|conference)\s+was\s+opened\s+by\s+(?P<who>(?:{HONORIFIC}\s+)?(?P<names>{SURNAME}))")
_ASSIGN_AFTER_DASH_RE = re.compile(r"\s*to\s+[a-z]+")
# An attribution inside the speaker's words: "The councils ...—said Cde. Gierek—they must ...".
_INVERTED_RE = re.compile(
    rf"(?:—|–|--)\s*(?:said|says|continued|added|replied|answered|asked|went\s+on)\s+(?:{HONORIFIC}\s+)?"
    rf"(?P<names>{NAMES})\s*(?:—|–|--|,)")
# The words before it: one sentence, not yet ended.
_UNFINISHED_SENTENCE_RE = re.compile(r"[^\n.!?]{3,300}")
# The object of a verb of saying that makes it an act, not speech: "read the list", "proposed the agenda".
_NO_WORDS = r"(?!\s+the\s+(?:agenda|list|text|draft|report|letter|document|resolution)\b)"
_GLOSS_LEAD_RE = re.compile(r"\s*\[[^\]\n]{1,80}\]\s*")
# The item a reported statement belongs to, before its subject: "On the first item Marosán said ...".
_ITEM_LEAD_RE = re.compile(r"(?:On|Under|In)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|next|same|this)\s+"
                           rf"(?:item|point|question)\s*,?\s+(?=[{UPPER}])")


@dataclass
class Opener:
    speakers: list[NameEntry]
    printed: str
    opener: str  # ":", "—", "narrative", ...
    mode: str  # "direct", "reported" or "narrative"
    body_start: int


def speech_mode(after: str) -> str:
    """Direct speech unless the words open with a verb of saying; a verb that
    only says someone spoke makes a narrative turn ("spoke on", "outlined")."""
    after = _GLOSS_LEAD_RE.sub("", after, count=1) if after.startswith((" [", "[")) else after
    if re.match(rf"{NARRATIVE_VERBS}\b", after):
        sentence, *rest = re.split(r"(?<=[.!?])\s+", after, maxsplit=1)
        # a text read out or the agenda proposed ("... and read the list", "... proposed the agenda:") is no words of his
        if re.search(rf"\b(?:that|said|says|saying|including)\b|(?<!agenda):|\band\s+{REPORTING_VERBS}\b{_NO_WORDS}", sentence):
            return "reported"
        # "Gromyko then turned to Cuba. He said that ...": the words follow in the next sentence
        return "reported" if rest and re.match(rf"(?:He|She)\s+(?:{REPORTING_VERBS})\b", rest[0]) else "narrative"
    return "reported" if re.match(rf"(?:{REPORTING_VERBS}|{MINUTES_VERBS})\b", after) else "direct"


@lru_cache(maxsize=1)
def _role_opener_re() -> re.Pattern:
    """"The Chairman of the Joint Chiefs of Staff added ...": an office of the tenures table as subject."""
    return re.compile(rf"(?P<names>The\s+(?i:{office_form_pattern()})){_GLOSS}\s+(?={_SAYS})")


def find_opener(doc: Document, a: int, b: int) -> Opener | None:
    text = doc.text
    m = INITIALS_LINE_RE.match(text, a, b)
    if m:  # "S.Ll." alone on its line, the words below it
        entry = person_for_initials(doc, m.group("names"), m.start("names"))
        if entry is not None:
            return Opener([entry], m.group("names"), "line", "direct", _lstrip(text, m.end(), b))
    m = _HONORIFIC_FULL_NAME_RE.match(text, a, b)
    if m:
        entry = NameEntry(m.group("names"), Span(m.start("names"), m.end("names"), "name"))
        return Opener([entry], text[a:m.end("names")].strip(), ":", "direct", m.end())
    m = _OPENER_RE.match(text, a, b)
    if m:
        entries, _ = split_names(doc, m.start("names"), m.end("names"), abbreviations=True)
        if entries:
            delim = m.group("delim")
            after = text[m.end():b]
            if delim and delim != ":" and _ASSIGN_AFTER_DASH_RE.match(after):
                return None
            mode = speech_mode(after)
            if not delim:
                if mode == "direct" and not re.match(rf"[{UPPER}\"“]", after):
                    return None
                opener = "narrative" if mode != "direct" else "none"
            else:
                opener = delim
            return Opener(entries, text[a:m.end("names")].strip(), opener, mode, _lstrip(text, m.end(), b))
    m = _JOINT_RE.match(text, a, b)
    if m:
        one = person_for_label(doc, m.group("a"), m.start("a"))
        two = person_for_label(doc, m.group("b"), m.start("b"))
        if one and two:
            return Opener([one, two], m.group("names"), ":", "direct", m.end())
    m = _OFFICE_LABEL_RE.match(text, a, b)
    if m and is_office_phrase(m.group("names")):
        entry = resolve_office(doc, m.group("names"), m.start("names"))
        return Opener([entry] if entry else [], m.group("names"), ":", "direct", m.end())
    m = _RANKED_RE.match(text, a, b)
    if m:
        entry = person_for_label(doc, m.group("names"), m.start("names"), titled=True)
        if entry is not None:
            printed = text[a:m.end("names")]
            if m.group("delim"):
                return Opener([entry], printed, ":", speech_mode(text[m.end():b]), m.end())
            return Opener([entry], printed, "narrative", speech_mode(text[m.end():b].lstrip()), a)
    m = _TITLED_RE.match(text, a, b)
    if m:
        entry = resolve_office(doc, m.group("names"), m.start("names"))
        if entry is not None:
            return Opener([entry], m.group("names"), ":", speech_mode(text[m.end():b]), m.end())
    m = _BARE_OPENER_RE.match(text, a, b)
    if m:
        entry = person_for_label(doc, m.group("names"), m.start("names"))
        if entry is not None:
            return Opener([entry], m.group("names"), m.group("delim"), speech_mode(text[m.end():b]), m.end())
    m = _CAPS_RE.match(text, a, b)
    if m:
        entry = person_for_label(doc, m.group("names"), m.start("names"))
        if entry is not None:
            return Opener([entry], m.group("names"), m.group("delim"), "direct", m.end())
    m = _FULL_NAME_OPENER_RE.match(text, a, b)
    if m and m.group("names") in {e.printed for pl in doc.participant_lists for e in pl.entries}:
        s = m.start("names")
        entry = NameEntry(m.group("names"), Span(s, m.end("names"), "name"))
        return Opener([entry], m.group("names"), m.group("delim"), speech_mode(text[m.end():b]), m.end())
    m = _OFFICE_OPENER_RE.match(text, a, b) or _role_opener_re().match(text, a, b)
    if m:
        printed = m.group("names")
        entry = resolve_office(doc, printed, m.start("names"))
        if entry is not None or is_office_phrase(printed):  # "General Staff reports": a body, no speaker
            return Opener([entry] if entry else [], printed, "narrative", speech_mode(text[m.end():b]), a)
    m = _SUBJECT_RE.match(text, a, b)
    if m:
        # a role glossed in brackets between name and verb shows the name is a person's
        glossed = text[m.end("names"):m.end()].lstrip().startswith("[")
        entry = person_for_label(doc, m.group("names"), m.start("names"), titled=glossed)
        if entry is not None:
            return Opener([entry], m.group("names"), "narrative", speech_mode(text[m.end():b]), a)
    m = TOOK_PART_RE.match(text, a, b)
    if m:
        entries, _ = split_names(doc, m.start("names"), m.end("names"))
        if entries:
            return Opener(entries, m.group("names"), "narrative", "narrative", a)
    m = _OPENED_BY_RE.match(text, a, b)
    if m:
        entry = person_for_label(doc, m.group("names"), m.start("names"), titled=True)
        if entry is not None:
            return Opener([entry], m.group("who"), "narrative", "narrative", a)
    found = reported_after_item_lead(doc, a, b)
    if found is not None:
        return found
    m = _FLAT_NAME_RE.match(text, a, b)
    if m and a in doc.flat_cuts and is_listed_surname(doc, m.group("names")):
        entry = NameEntry(m.group("names"), Span(m.start("names"), m.end("names"), "name"))
        return Opener([entry], m.group("names"), "none", speech_mode(text[m.end():b]), m.end())
    inverted = _inverted_attribution(doc, a, b)
    if inverted is not None:
        return inverted
    for regex in (_INFO_OF_RE, _READ_ALOUD_RE):
        m = regex.match(text, a, b)
        if m:
            entries, _ = split_names(doc, m.start("names"), m.end("names"))
            if entries:
                # the record says that X informed or read a text, not what X said
                return Opener(entries, text[a:m.end()].strip(), "narrative", "narrative", a)
    return None


def reported_after_item_lead(doc: Document, a: int, b: int) -> Opener | None:
    """A reported statement whose subject follows the item it belongs to:
    "On the first item Marosán [Minister of State] said that ..." (a turn,
    not an agenda heading "On ...")."""
    lead = _ITEM_LEAD_RE.match(doc.text, a, b)
    if lead:
        found = find_opener(doc, lead.end(), b)
        if found is not None and found.mode != "direct":
            return found
    return None


def _inverted_attribution(doc: Document, a: int, b: int) -> Opener | None:
    """The speaker named inside the first sentence of the words: "We have
    promised self-government—said Cde. Gomułka—but ...". The whole
    paragraph is the speaker's direct speech."""
    text = doc.text
    lead = _UNFINISHED_SENTENCE_RE.match(text, a, b)
    if lead is None or not text[a:a + 1].isupper() and text[a:a + 1] not in "\"“„":
        return None
    m = _INVERTED_RE.search(text, a, min(b, lead.end() + 80))
    if m is None or m.start() > lead.end():
        return None
    entries, _ = split_names(doc, m.start("names"), m.end("names"), abbreviations=True)
    if not entries:
        return None
    return Opener(entries, m.group(0).rstrip(" ,"), "inverted", "direct", a)


def resolve_office(doc: Document, printed: str, start: int) -> NameEntry | None:
    """The person behind "Secretary Dulles", "Mr. Allen Dulles" or "The President":
    a name printed with the office, checked against the participant lists.
    An office alone is kept for :func:`kg.document.roles.resolve_roles`."""
    if is_office_phrase(printed):
        return office_entry(doc, printed.strip(), start)
    words = printed.split()
    name_words: list[str] = []
    for w in reversed(words):
        if w in OFFICE_WORDS or w in {"Ambassador", "Gen.", "Dr.", "Minister", "Prime", "Marshal"}:
            break
        name_words.insert(0, w)
    office = " ".join(words[: len(words) - len(name_words)]).replace("The ", "").strip()
    listed = [e for pl in doc.participant_lists for e in pl.entries]
    if name_words:
        surname = name_words[-1]
        same = [e for e in listed if e.name.split()[-1] == surname]
        given = name_words[0] if len(name_words) > 1 else ""
        if given:
            same = [e for e in same if e.name.startswith(given)] or same
        if len(same) > 1 and office:
            same = [e for e in same if office.split()[0] in e.office] or same
        if len(same) == 1:
            return same[0]
        s = start + printed.rindex(" ".join(name_words))
        name = " ".join(name_words)
        if person_for_label(doc, name, s, titled=True) is None:
            return None
        return NameEntry(name, Span(s, s + len(name), "name"), office)
    if office:
        holders = [e for e in listed if re.search(rf"(?:^|\s){re.escape(office)}(?:$|\s|,)", e.office)
                   and not re.search(rf"\b\w+\s+{re.escape(office)}", e.office)]
        if len(holders) == 1:
            return holders[0]
        if printed.startswith("The ") and not listed or not holders:
            return office_entry(doc, printed.strip(), start)  # "The Director": its holder once the date is known
    return None


_SENTENCE_START_RE = re.compile(
    r"(?<![\s.(][A-Z])(?<!^[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bGen)(?<!\bCde)(?<!\bCdes)(?<!\bcomr)(?<!\bSt)"
    r"(?<=[.!?])\s+(?=(?:The\s+|Mr\.|Dr\.|[A-Z]))")


def reported_starts(doc: Document, a: int, b: int, first) -> list:
    """(start, opener) of each reported turn of the paragraph ``text[a:b]``: its own
    and each later sentence whose subject is a person or an office with a verb of saying."""
    starts = [(a, first)]
    for m in _SENTENCE_START_RE.finditer(doc.text, a, b):
        found = find_opener(doc, m.end(), b)
        if (found is not None and found.mode != "direct" and found.opener == "narrative" and found.speakers
                and {e.name.split()[-1] for e in found.speakers}
                != {e.name.split()[-1] for e in starts[-1][1].speakers}):
            starts.append((m.end(), found))
    return starts


def _lstrip(text: str, a: int, b: int) -> int:
    while a < b and text[a].isspace():
        a += 1
    return a
