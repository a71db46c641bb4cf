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
from kg.text.names import HONORIFIC, LETTER, LOWER, NAMES, SURNAME, UPPER
from kg.text.speech import DASH

# Record titles: "Working Notes from the Session of ...", "Minutes of the Meeting of ...",
# "Memorandum of Discussion at the 302nd Meeting of the National Security Council ...",
# "CONCLUSIONS of a Meeting of the Cabinet ...", "Summary Record of the Fifth Meeting ...".
TITLE_RE = re.compile(
    r"^(?:[*_\s]*)(?:(?:Working|Rough|Draft|Stenographic|Verbatim|Summary)\s+)?"
    r"(?:(?:Notes|Minutes|Protocol|Record|Transcript|Memorandum|Report|Excerpt|Extract|Conclusions)\b"
    r"(?=.*\b(?:Session|Meeting|Sitting|Conversation|Discussion|Conference|Plenum|Politburo|"
    r"Presidium|Council|Committee|Talks|Secretariat|Bureau|Luncheon|Cabinet|for\s+the\s+Record)\b)"
    r"|(?:Session|Meeting|Sitting)\s+of\s+the\b"
    r"|National\s+Security\s+Council\s+Meeting\b"
    r"|Cabinet\s+Secretary(?:'|’)s\s+Notebook\b|Cabinet\s*:\s*\d)"
    r".{0,240}$",
    re.IGNORECASE,
)
# A title printed over several lines, its first word alone on the first one:
# "MINUTES / of the meeting of the Political Committee / held on 23 August 1968".
TITLE_HEAD_RE = re.compile(r"^[ \t]*(?:MINUTES|RECORD|PROTOCOL\s+No\.\s*[\w/]+)[ \t]*$")
# What may follow a title line within the title: a dateline with place and
# time, the room ("Washington, July 19, 1961, 10 a.m.", "Cabinet Room").
TITLE_DATELINE_RE = re.compile(
    r"^[ \t]*(?:[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?,\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    r"(?:,\s+[\d:.]+\s*(?:a\.m\.|p\.m\.)?(?:\s*[-–]\s*[\d:.]+\s*(?:a\.m\.|p\.m\.)?)?)?[ \t]*$"
)
TITLE_ROOM_RE = re.compile(r"^[ \t]*(?:The\s+)?(?:[A-Z][a-z]+\s+){0,3}Room[ \t]*$")

# The groups of a participant list, each with the headings that open it:
# members ("Present:", "In attendance:", "Participating:", "MEMBERS PRESENT",
# one line per delegation: "Delegation of the Polish People's Republic:"),
# candidates, others also present (guests, "Invited:", "OTHERS PRESENT"),
# the secretariat (present, not members: "Secretariat:", "Minutes:"), the
# chair ("Chaired by:") and the absent ("Excused:"), who are not participants.
LIST_GROUPS = {
    "members": r"Members\s+[Pp]resent|Members|(?:Participating|Present)\s+(?:from|on)\s+the\s+[A-Z][a-z]+\s+side|"
               r"On\s+the\s+[A-Z][a-z]+\s+side|Participating|In\s+attendance|Attending|"
               r"Delegation\s+of\s+the\s+(?:[A-Z][\w'’]*\s+|of\s+){1,6}[A-Z][\w'’]*",
    "candidates": r"[Cc]andidates?(?:\s+members)?|Candidate\s+[Mm]embers|Alternat(?:iv)?e\s+[Mm]embers",
    "also_present": r"Also\s+(?:[Pp]resent|[Aa]ttending|[Pp]articipating)(?:\s+for\s+items?\s+[\d, and]+)?|Invited|Guests|Others\s+[Pp]resent|"
                    r"The\s+following\s+(?:were|was)\s+also\s+present|"
                    r"[Ff]rom\s+the\s+(?:departments|government|ministries)",
    "secretariat": r"Secretariat|Minutes|Recorded\s+by|Minutes\s+taken\s+by|Note-?taker|Sec\.",
    "chair": r"Chaired\s+by|In\s+the\s+[Cc]hair|Presiding|Presided\s+over\s+by",
    "absent": r"Absent|Excused|Apologies",
}
# Headings printed alone on their line, without a colon ("PARTICIPANTS").
LIST_LINE_HEADINGS = {
    "members": r"PARTICIPANTS|Participants|MEMBERS\s+PRESENT|PRESENT|Present|Participating",
    "also_present": r"OTHERS\s+PRESENT|ALSO\s+PRESENT|Also\s+[Pp]resent",
}
_GROUP_HEADS = "|".join(LIST_GROUPS.values())
_LINE_HEADS = "|".join(LIST_LINE_HEADINGS.values())
# The headings of the first lists ("Those Taking Part:") may follow a turn in
# mid-paragraph; the other groups open a line.
PARTICIPANTS_RE = re.compile(
    r"(?P<head>Those\s+Taking\s+Part|Those\s+Present|Taking\s+Part|Participants|Also\s+[Pp]resent|"
    r"Present|Attending|In\s+Attendance|(?<=[a-z.)]\s)Secretariat)\s*:"
    rf"|(?<![^\n])[ \t]*(?P<ghead>{_GROUP_HEADS})(?:[ \t]*\([a-z ]{{1,20}}\))?[ \t]*:"
    rf"|(?<![^\n])[ \t]*(?P<lhead>{_LINE_HEADS})[ \t]*(?=\n)"
    r"|(?<![^\n])[ \t]*(?P<chead>Chaired\s+by|Presided\s+over\s+by)[ \t]+(?=[A-Z]|comr)"
    r"|(?:(?<![^\n])[ \t]*|(?<=\.[ \t]))(?P<nhead>Attending\s+the\s+meeting\s+were|"
    r"Participating\s+in\s+the\s+meeting\s+were|Present\s+at\s+the\s+(?:\d+\w*\s+)?meeting"
    r"(?:\s+of\s+the\s+Council)?(?:\s+were|\s*:))[ \t]+",
)

# The same headings where a flattened copy ran them into the line before (kg.document.layouts.flattened).
# Its names may have lost their colon and commas: "Present comrades Gomułka Cyrankiewicz ...",
# "In the Chair Cde. Gomułka".
FLAT_PARTICIPANTS_RE = re.compile(
    PARTICIPANTS_RE.pattern.replace("(?<![^\\n])", "")
    + r"|(?P<shead>Present|Attending|In\s+the\s+[Cc]hair)[ \t]+(?=(?:comrades|Cdes?\.?|comrs?\.)[ \t])")

def list_heading(m: re.Match) -> str:
    """The heading of a participant list match as printed, spaces folded."""
    return " ".join((m.group("head") or m.group("ghead") or m.group("lhead") or m.group("chead")
                     or m.group("nhead") or m.groupdict().get("shead")).split())


def group_kind(heading: str) -> str:
    """The group a list heading opens: members, candidates, also_present, secretariat, chair or absent."""
    for kind, pattern in list(LIST_GROUPS.items()) + list(LIST_LINE_HEADINGS.items()):
        if re.fullmatch(pattern, heading):
            return kind
    return "also_present" if heading.lower().startswith("also") else "members"


# The words before the names of a group inside one run of names: "members of
# the Presidium Cdes. Dubček, ...; candidates Cdes. Kapek, Šimon".
GROUP_GLOSS_RE = re.compile(r"[a-z][^;:()\n]{0,60}?\s+(?=(?:Cdes?\.|Comrades?|comrs?\.)\s)")
# A group of a list named as a whole, its persons given elsewhere or after it:
# "members of the Provisional Central Committee (list attached); from the government, X and Y".
GROUP_PHRASE_RE = re.compile(
    r"\s*(?:(?:the\s+)?(?:members|candidates?|candidate\s+members|secretaries|representatives|heads|deputies|"
    r"ministers|chairmen)\s+(?:of|from)\s+[^;:,()\n]{2,80}|from\s+the\s+[a-z][^;:,()\n]{1,60})(?:\s*\([^()\n]{1,40}\))?\s*")
# The subject line of a memorandum: "SUBJECT", "Subject: Strategic Forces".
SUBJECT_LINE_RE = re.compile(r"[ \t]*(?:SUBJECT|Subject)[ \t]*(?::|\n|$)")
# A speakers' list under an agenda item: "Spoke: Cdes. Kliszko, Strzelecki".
SPOKE_RE = re.compile(r"(?:Spoke|Speakers|Took\s+part\s+in\s+the\s+discussion|Discussion)\s*:\s*")
# An agenda item referred to by its number: "Re 1:", "On 1:", "To item 2:", "Ad 1)".
ITEM_REFERENCE_RE = re.compile(r"(?:Re|On|To|Ad)\s+(?:item\s+|point\s+)?(?P<num>\d{1,2})\s*[:.)]\s*$", re.I)

# Meetings the President chairs when present, whether or not the record says so.
PRESIDENT_CHAIRS_RE = re.compile(r"National\s+Security\s+Council", re.I)

# Words after a name in a list that say the person chairs ("Gomułka (in the
# Chair)", "President Eisenhower, presiding").
IN_THE_CHAIR_RE = re.compile(r"\(\s*(?:in\s+the\s+chair|presiding|chair(?:man|ing)?)\s*\)|,\s*presiding\b", re.I)
# The part of a meeting a list entry holds for: "Cde. Gomułka for the first part of the meeting".
LIST_SCOPE_RE = re.compile(r"\s+(?:for|during)\s+the\s+(?:first|second|third|last|remaining)\s+(?:part|half|hour)"
                           r"(?:\s+of\s+the\s+(?:meeting|session|sitting))?\s*$")
# A country tag before a group of names: "[Bu]", "[GDR]".
COUNTRY_TAG_RE = re.compile(r"\[(?P<tag>[A-Z][A-Za-z]{1,4})\]\s*")
# A party or delegation tag with a colon before its group of names: "CPSU: L. I. Brezhnev, ...".
PARTY_TAG_RE = re.compile(r"(?P<tag>[A-Z]{2,}[a-z]?[A-Z]*)[ \t]*:[ \t]+(?=[A-Z])")
# A heading that opens the session of one day of talks: "May 8, morning session.", "Second day".
SESSION_HEADING_RE = re.compile(
    r"[ \t]*(?:(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?,?\s+"
    r"(?:(?:morning|afternoon|evening|night)\s+)?(?:session|sitting|meeting)"
    r"|(?:First|Second|Third|Fourth|Fifth)\s+(?:day|session|sitting))\.?[ \t]*$", re.I)
# A body before the names that belong to it: "State—Mr. Rusk, Secretary".
AFFILIATION_RE = re.compile(r"(?P<body>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*(?:—|–|--)\s*(?=\S)")
# Bullets before list lines.
BULLET_RE = re.compile(r"^[ \t]*(?:[•·▪◦*]|-(?=\s))[ \t]*")

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

# The body that met: "... Session of the CC CPSU Presidium on ...", not the date
# ("... of 3 November 1962") or the dateline after it ("... States / Warsaw, 19 January 1965").
BODY_IN_TITLE_RE = re.compile(
    r"\b(?:Session|Meeting|Sitting|Plenum|Conference)\s+of\s+(?:the\s+)?(?P<body>[^,(]+?)"
    r"(?=\s+(?:on|held|in|at|with)\s|\s+of\s+\d|[ \t]*\n\s*[A-Z][\w'’-]+,\s+\d|\s*[,(]|\s*$)"
)
# Guests named only in the title: "..., with Participation by J. Horvath and F. Kiss".
TITLE_GUESTS_RE = re.compile(r"with\s+(?:the\s+)?Participation\s+(?:of|by)\s+", re.I)
# "Point II of Protocol No. 50", "Protocol No. 50" in the preamble.
PROTOCOL_REFERENCE_RE = re.compile(r"(?:Point|Item)\s+[IVX\d]+\s+of\s+Protocol\s+No\.\s*\d+|Protocol\s+No\.\s*\d+")

# A body that stayed away, told in a sentence of its own, no turn: "The delegation of
# the People's Republic of Albania did not attend."
ABSENT_BODY_RE = re.compile(
    r"(?:The\s+)?(?:[Dd]elegations?|[Rr]epresentatives?)\s+of\s+[^.\n]{2,100}?\s+"
    r"(?:did\s+not\s+(?:attend|take\s+part)|(?:was|were)\s+(?:absent|not\s+present|not\s+represented))\.?\s*$")

# Chair and absentees, where the text or its notes say so.
CHAIR_RES = (
    re.compile(rf"(?P<name>{SURNAME})\s+(?:presided|chaired|was\s+in\s+the\s+chair)\b"),
    re.compile(rf"(?P<name>{SURNAME})\s*\(\s*in\s+the\s+[Cc]hair\s*\)"),
    re.compile(rf"\b(?:presided\s+over\s+by|chaired\s+by|Chairman:|Chair:|Presiding:)\s*(?:Cde\.\s+)?(?P<name>{SURNAME})"),
)
ABSENT_RES = (
    re.compile(rf"\bIn\s+(?P<name>{SURNAME})(?:'s|’s)\s+absence\b"),
    re.compile(rf"(?P<name>{SURNAME})\s+(?:was|being)\s+absent\b"),
    re.compile(rf"\bAbsent:\s*(?:Cdes?\.\s+)?(?P<name>{SURNAME})"),
)

# ---------------------------------------------------------------- signatures

# A name alone on the last lines of a record: the drafter's signature, not a turn.
SIGNATURE_RE = re.compile(
    rf"(?:(?:[{UPPER}]\.\s*)*(?:[{UPPER}][{LOWER}]+\.?\s+|[{UPPER}]\.\s*){{1,3}}[{UPPER}][{LOWER}'’-]+"
    rf"|(?:[{UPPER}](?:[{LOWER}][{UPPER}]?)?\.\s?){{2,4}})(?:[0-9]{{1,2}})?[ \t]*\n?")  # "Bromley Smith2": a marker glued
# The note-taker named at the foot: "Tom Johnson's notes."
NOTETAKER_RE = re.compile(rf"(?:[{UPPER}][{LOWER}]+\s+){{0,2}}[{UPPER}][{LETTER}]+(?:'|’)s\s+(?:notes|minutes|record)\b\.?")
# A ruling that opens the chair's words: "The President: Agreed. Say that ...".
RULING_RE = re.compile(r"(?:Agreed|Approved|Decided)\s*[.:]\s+\S")
# Labels of those who preside when they speak.
PRESIDING_LABEL_RE = re.compile(r"(?:The\s+)?(?:President|Prime\s+Minister|Chairman)$")


# The chair's decision told in the third person: "The President agreed, and directed that ...".
DECREE_RE = re.compile(r"(?:The\s+)?(?:President|Prime\s+Minister|Chairman)\s+(?:[a-z]+,?\s+and\s+)?"
                       r"(?:approved|directed|decided|delegated\s+authority)\b")


def chair_rules(doc, printed: str, speakers, a: int, b: int, mode: str = "direct") -> bool:
    """Whether the words ``text[a:b]`` of a turn are a ruling of the chair: a presiding
    office or the list's chair speaks, and opens with "Agreed." ("The President: Agreed.
    Say that ...") or, reported, decides ("The President agreed, and directed that ...")."""
    chair = {e.printed for pl in doc.participant_lists for e in pl.chair}
    presides = bool(PRESIDING_LABEL_RE.match(printed)) or any(e.printed in chair for e in speakers)
    ruling = RULING_RE if mode == "direct" else DECREE_RE
    return presides and bool(ruling.match(doc.text, a, b))

# ---------------------------------------------------------------- resolutions

# ... and the sides of talks between delegations ("The delegations agreed to ...").
_BODY_NOUN = (r"(?:Presidium|Politburo|Political\s+Bureau|Council|Committee|Bureau|Secretariat|Government|Executive\s+Committee|"
              r"Cabinet|(?:two\s+|both\s+)?(?:delegations|sides|parties))")
# A paragraph that records a resolution rather than a speech.
RESOLUTION_RE = re.compile(
    r"(?:To\s+[a-z]+\b"
    r"|(?:Resolutions?|Resolved|RESOLVED|RESOLUTION|DECISION|DECIDED|Decisions?|Decided|Agreed|Approved|Adopted|Actions?\s+taken)\b\s*[:.—-]?"
    r"|\((?:Postponed|Deferred|Withdrawn)\b"
    rf"|(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{_BODY_NOUN}\s*(?:[—–-]\s*)?\n?\s*(?:[-•]\s*)?(?:\(\d\)\s*)?"
    r"(?:approves|decides|resolves|adopts|instructs|accepts|rejects|agrees|notes|takes\s+note|Agreed|Took\s+note|Invited|"
    r"resolved|decided|agreed|approved|adopted)\b"
    rf"|(?:{HONORIFIC}\s+)?{NAMES}\s+(?:is|are)\s+to\s+[a-z]+"
    rf"|{NAMES}\s*\((?:the|a|an|to|draft)\b[^()]+\)\.?\s*(?:{NUMBERED_MARKER})?\s*$"
    rf"|(?:{HONORIFIC}\s+)?{NAMES}(?:,?\s*\+\s*[^—–\n]+?)?\s*{DASH}\s*to\s+[a-z]+"
    r"|The\s+decision\s+of\b[^.]*\bremains\s+in\s+force"
    r"|It\s+was\s+agreed\b|Action\s+No\.|"
    rf"(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{_BODY_NOUN}\s*:\s*(?:\d{{1,3}})?[ \t]*\n\s*(?:[a-h]\.|\(?[a-h]\)|\d{{1,2}}\.)\s"
    r"|Draft\s+resolution\b|Noted\.?\s*$|Took\s+note\b"
    r"|The\s+(?:[A-Z][\w.-]*\s+|of\s+|the\s+|for\s+){1,6}(?:is|are)\s+to\s+[a-z]+"
    r"|The\s+(?:President|Prime\s+Minister)\s+(?:approved|directed|decided|delegated)\b"
    r"|The\s+report\s+is\s+(?:noted|approved|adopted)\b"
    r"|The\s+(?:[a-z]+\s+){0,2}(?:draft|variant|text|proposal|motion)\s+(?:was|is)\s+(?:adopted|approved|accepted|rejected)\b"
    r"|(?:Approve|Instruct|Respond\s+that|Entrust|Confirm|Postpone|Charge|Recommend|Accept|Reject|Adopt)\s"
    r"|[^.]{0,120}\b(?:is|are)\s+to\s+be\s+(?:decided|considered|prepared|submitted|examined|discussed|sent|published)\b)"
)
# The body that acts, heading its lettered actions: "The National Security Council:" (a marker may follow).
ACTING_BODY_HEAD_RE = re.compile(rf"\s*(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,3}}{_BODY_NOUN}\s*:\s*(?:\d{{1,3}})?\s*")
# The head of a resolution paragraph: "Resolution:", "Action taken:".
RESOLUTION_HEAD_RE = re.compile(
    r"(?:Resolutions?|Resolved|Decisions?|Decided|Actions?\s+taken|Agreed|It\s+was\s+agreed(?:\s+that)?|"
    r"Draft\s+resolution|Action\s+No\.\s*\d+|"
    r"(?-i:The\s+(?:[A-Z][\w-]*\s+){1,4}(?:decides|decided|resolves|resolved)(?=\s*:))|"
    r"(?-i:The\s+Cabinet(?=\s*[—–-]\s*(?:\n|\(\d))))\s*[:.—–-]?\s*", re.I)
# A protocol's decision given as a bare imperative on a line of its own: each is an item.
IMPERATIVE_LINE_RE = re.compile(
    r"\s*(?:Approve|Instruct|Entrust|Confirm|Respond\s+that|Postpone|Charge|Send|Recommend|Reject|Adopt|Publish|"
    r"Inform|Accept|Appoint|Release|Ask)\b")
# Speakers named only as taking part in a discussion: "After discussion, in which comrs. Hager,
# Verner and Lamberz took part:".
TOOK_PART_RE = re.compile(
    rf"After\s+(?:a\s+|the\s+)?discussion,?\s+in\s+which\s+(?:{HONORIFIC}\s+)?(?P<names>{NAMES})\s+took\s+part")
# The items under it: "(1) ...", "1. ...", "a. ...".
ITEM_LEAD_RE = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\.|[a-h]\.|\([a-h]\)|[-•–])\s+")
# A resolution item that states a decision.
DECISION_WORDING_RE = re.compile(
    r"^(?:(?:So\s+far|For\s+now|For\s+the\s+time\s+being|Meanwhile)\s*,?\s*)?to\s+[a-z]+"
    r"|^To\s+[a-z]+"
    r"|^(?:Resolved|Decided|Approve|Approved|Adopt|Adopted|Accept|Accepted|Confirm|Instruct|Entrust|Agreed|Discussed|Noted|"
    r"Invited|Took\s+note|Directed|Respond|Postpone|Recommend|Charge)\b"
    r"|\b(?:approved|directed|delegated\s+authority|invited|takes\s+note|is\s+charged\s+with|will|should)\b"
    r"|\bagreed\s+(?:to|that|on)\b"
    r"|^(?:Action|Actions)\s+taken\b|^Decision\s*[:.—-]"
    r"|\b(?:approves|decides|resolves|adopts|instructs|accepts|rejects|agrees|noted|remains\s+in\s+force)\b"
    r"|\b(?:is|are)\s+to\s+(?:be\s+)?[a-z]+"
    r"|\b(?:is|are)\s+(?:adopted|approved|accepted|rejected)\b|\btakes?\s+note\b",
)
# The line under a resolution that names who answers for it and by when:
# "Responsible: Cde. Kolder. Deadline: 30 June 1963." (part of the resolution).
RESPONSIBLE_LINE_RE = re.compile(r"\s*(?:Responsible|Deadline|Term|Due\s+date)\s*:", re.I)
# A variant printed under a draft resolution ("Alternative:", "Variant B:"):
# a text the body weighed, not a decision it took.
ALTERNATIVE_HEAD_RE = re.compile(r"\s*(?:Alternative|Variant)(?:\s+(?:draft|text|variant|[A-Z\d]{1,2}))?\s*:")
# A note that restates a decision it is attached to.
CONFIRMS_DECISION_RE = re.compile(r"\b(?:are|is)\s+to\s+[a-z]+|\binstructed\b|\bentrusted\b|\bresolved\b|\bdecided\b")

# ---------------------------------------------------------------- tasks

# "Ivanov, Petrov (the draft reply)" after a sentence end or at a line start.
TASK_IN_PARENS_RE = re.compile(
    rf"(?:(?<=^)|(?<=[.)]\s)|(?<=\n))(?P<names>{NAMES})\s*\((?P<task>(?!to\s+(?:{HONORIFIC}\s+)?{NAMES}\s*\))"
    rf"(?:the|a|an|to|on|draft)\b[^()]{{2,200}})\)"
)  # not the addressee of a turn: "Kriegel (to Kolder): ..."
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
