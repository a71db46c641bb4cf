"""Meeting records: working notes, minutes, protocols, memoranda of
discussion. Their titles, participant lists, preamble lines, the resolutions
recorded under agenda items, the tasks given to named persons, and the
wording of proposals.

They follow the conventions of published translations of such records (the
Soviet Presidium's working notes, East European protocols, US NSC
memoranda), not the lines of one sample."""

from __future__ import annotations

import re

from kg.document.layouts.notes import NUMBERED_MARKER
from kg.text.names import HONORIFIC, NAMES, SURNAME
from kg.text.speech import DASH

# Record titles: "Working Notes from the Session of ...", "Minutes of the Meeting of ...",
# "Memorandum of Discussion at the 302nd Meeting of the National Security Council ...",
# "CONCLUSIONS of a Meeting of the Cabinet ...", "Summary Record of the Fifth Meeting ...".
TITLE_RE = re.compile(
    r"^(?:[*_\s]*)(?:(?:Working|Rough|Draft|Stenographic|Verbatim|Summary)\s+)?"
    r"(?:Notes|Minutes|Protocol|Record|Transcript|Memorandum|Report|Excerpt|Extract|Conclusions)\b"
    r"(?=.*\b(?:Session|Meeting|Sitting|Conversation|Discussion|Conference|Plenum|Politburo|"
    r"Presidium|Council|Committee|Talks|Secretariat|Bureau)\b).{0,240}$",
    re.IGNORECASE,
)

PARTICIPANTS_RE = re.compile(
    r"(?P<head>(?:From|On|For)\s+the\s+[A-Z][a-z]+\s+side|Those\s+Taking\s+Part|Those\s+Present|Taking\s+Part|Participants|Also\s+Present|"
    r"Present|Attending|In\s+Attendance|Participating|Alternative\s+members|Candidate\s+members|Candidates|"
    r"Secretariat|Others\s+Present|OTHERS\s+PRESENT|PARTICIPANTS|PRESENT)"
    # "Participating from the Romanian side:", "Present on the Soviet side:"
    r"(?:\s+(?:from|on|for)\s+the\s+[A-Z][a-z]+\s+(?:side|delegation))?"
    # an edition's heading in capitals on a line of its own, names below: "PARTICIPANTS\nHenry A. Kissinger"
    r"(?:\s*:|(?:(?<=PARTICIPANTS)|(?<=PRESENT))[ \t]*(?=\n[ \t]*[A-Z]))",
)

PREAMBLE_RE = re.compile(
    r"^[ \t]*(?:\(\s*Re:|Re:|Protocol\s+No\.|Top\s+Secret|Strictly\s+Secret|Secret\b|Copy\s+No\.|"
    r"\[Translation|Translation\s+-|Translated\s+from|Only\s+copy|Handwritten|The\s+following\s+(?:is|are)\b)",
    re.IGNORECASE,
)

# What shows that a record's body has begun: a participant list, a speaker
# with an honorific, a notes heading.
BODY_EVIDENCE_RE = re.compile(
    PARTICIPANTS_RE.pattern + r"|^[ \t]*(?:Cdes?\.|Comrade)\s|^[ \t*]*(?:Translator|Editor)(?:'|’)?s?\s+Notes?",
    re.MULTILINE,
)

# The body that met: "... Session of the CC CPSU Presidium on ...".
BODY_IN_TITLE_RE = re.compile(
    r"\b(?:Session|Meeting|Sitting|Plenum|Conference)\s+of\s+(?:the\s+)?(?P<body>[^,(]+?)"
    r"(?=\s+(?:on|held|in|at|with)\s|\s*[,(]|\s*$)"
)
# Guests named only in the title: "..., with Participation by J. Horvath and F. Kiss".
TITLE_GUESTS_RE = re.compile(r"with\s+(?:the\s+)?Participation\s+(?:of|by)\s+", re.I)
# "Point II of Protocol No. 50", "Protocol No. 50" in the preamble.
PROTOCOL_REFERENCE_RE = re.compile(r"(?:Point|Item)\s+[IVX\d]+\s+of\s+Protocol\s+No\.\s*\d+|Protocol\s+No\.\s*\d+")

# Chair and absentees, where the text or its notes say so.
CHAIR_RES = (
    re.compile(rf"(?P<name>{SURNAME})\s+(?:presided|chaired|was\s+in\s+the\s+chair)\b"),
    re.compile(rf"\b(?:presided\s+over\s+by|chaired\s+by|Chairman:|Chair:|Presiding:)\s*(?:Cde\.\s+)?(?P<name>{SURNAME})"),
)
ABSENT_RES = (
    re.compile(rf"\bIn\s+(?P<name>{SURNAME})(?:'s|’s)\s+absence\b"),
    re.compile(rf"(?P<name>{SURNAME})\s+(?:was|being)\s+absent\b"),
    re.compile(rf"\bAbsent:\s*(?:Cdes?\.\s+)?(?P<name>{SURNAME})"),
)

# ---------------------------------------------------------------- resolutions

_BODY_NOUN = r"(?:Presidium|Politburo|Political\s+Bureau|Council|Committee|Bureau|Secretariat|Government|Executive\s+Committee)"
# A paragraph that records a resolution rather than a speech.
RESOLUTION_RE = re.compile(
    r"(?:To\s+[a-z]+\b"
    r"|(?:Resolution|Resolved|RESOLVED|RESOLUTION|Decision|DECISION|Decided|Agreed|Approved|Adopted|Actions?\s+taken)\b"
    r"\s*[:.—-]?"
    rf"|(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{_BODY_NOUN}\s+(?:approves|decides|resolves|adopts|instructs|accepts|rejects|agrees|notes)\b"
    rf"|(?:{HONORIFIC}\s+)?{NAMES}\s+(?:is|are)\s+to\s+[a-z]+"
    rf"|{NAMES}\s*\((?:the|a|an|to|draft)\b[^()]+\)\.?\s*(?:{NUMBERED_MARKER})?\s*$"
    rf"|(?:{HONORIFIC}\s+)?{NAMES}(?:,?\s*\+\s*[^—–\n]+?)?\s*{DASH}\s*to\s+[a-z]+"
    r"|The\s+decision\s+of\b[^.]*\bremains\s+in\s+force"
    r"|[^.]{0,120}\b(?:is|are)\s+to\s+be\s+(?:decided|considered|prepared|submitted|examined|discussed|sent|published)\b)"
)
# The head of a resolution paragraph: "Resolution:", "Action taken:".
RESOLUTION_HEAD_RE = re.compile(r"(?:Resolution|Resolved|Decision|Decided|Actions?\s+taken)\s*[:.—-]?\s*", re.I)
# The items under it: "(1) ...", "1. ...", "a. ...".
ITEM_LEAD_RE = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\.|[a-h]\.)\s+")
# A resolution item that states a decision.
DECISION_WORDING_RE = re.compile(
    r"^(?:(?:So\s+far|For\s+now|For\s+the\s+time\s+being|Meanwhile)\s*,?\s*)?to\s+[a-z]+"
    r"|^To\s+[a-z]+"
    r"|^(?:Resolved|Decided|Approve|Approved|Adopt|Adopted|Accept|Accepted|Confirm|Instruct|Entrust|Agreed|Discussed|Noted)\b"
    r"|^(?:Action|Actions)\s+taken\b|^Decision\s*[:.—-]"
    r"|\b(?:approves|decides|resolves|adopts|instructs|accepts|rejects|agrees|noted|remains\s+in\s+force)\b"
    r"|\b(?:is|are)\s+to\s+(?:be\s+)?[a-z]+"
    r"|\b(?:is|are)\s+(?:adopted|approved|accepted|rejected)\b|\btakes?\s+note\b",
)
# A note that restates a decision it is attached to.
CONFIRMS_DECISION_RE = re.compile(r"\b(?:are|is)\s+to\s+[a-z]+|\binstructed\b|\bentrusted\b|\bresolved\b|\bdecided\b")

# ---------------------------------------------------------------- tasks

# "Ivanov, Petrov (the draft reply)" after a sentence end or at a line start.
TASK_IN_PARENS_RE = re.compile(
    rf"(?:(?<=^)|(?<=[.)]\s)|(?<=\n))(?P<names>{NAMES})\s*\((?P<task>(?:the|a|an|to|on|draft)\b[^()]{{2,200}})\)"
)
# "Cdes. Ivanov, Petrov, + Polish comrades— to prepare ..."
TASK_AFTER_DASH_RE = re.compile(
    rf"(?:{HONORIFIC}\s+)?(?P<names>{NAMES})(?:,?\s*\+\s*(?P<group>[A-Z]\w+\s+comrades))?\s*{DASH}\s*"
    r"(?P<task>to\s+[a-z][^.()]*(?:\([^()]*\))?[^.]*)"
)
# "Comrades Münnich and Apró are to meet ..."
NAMED_TASK_RE = re.compile(rf"(?:{HONORIFIC}\s+)(?P<names>{NAMES})\s+(?:is|are)\s+to\b")
# The end of a task: a closing parenthesis, a period, a marker.
TASK_END_RE = re.compile(rf"\)?\.?(?:{NUMBERED_MARKER})?")

# ---------------------------------------------------------------- proposals

PROPOSAL_RE = re.compile(
    r"^(?:We\s+should|We\s+must|We\s+need\s+to|Let\s+us|Let's|I\s+propose|I\s+suggest|I\s+move)\b"
    r"|\b(?:it\s+is\s+)?better\s+(?:now\s+)?to\s+[a-z]+"
    r"|^(?:Delay|Reconsider|Send|Remove|Disarm|Separate|Withdraw|Keep|Establish|Prepare|Postpone|Recall|"
    r"Instruct|Entrust|Adopt|Approve|Reject|Publish|Organize|Convene|Summon|Dispatch|Strengthen|Reply|"
    r"Inform|Tell|Ask|Give|Refuse|Demand|Propose)\b"
    r"|^To\s+the\s+[^.—–]{2,60}?(?:—|–|--)\s*[a-z]+"
)
