"""Regular expressions shared by the parser modules: names, titles, openers.

They follow the conventions of published translations of meeting records
(see docs/genre-notes in the README), not the lines of one sample."""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžа-яё"
LETTER = UPPER + LOWER

# A surname as printed: "Mikoyan", "Dockal", "Mad'ar", "Kádár", "Khr." (abbreviated),
# "Munnich", "Bulganin-Smith". Initials may precede: "J. Horvath", "V. N. Malin".
FULL_SURNAME = rf"[{UPPER}][{LETTER}'’]+(?:-[{UPPER}][{LETTER}'’]+)?"
SURNAME = rf"{FULL_SURNAME}\.?"
INITIALS = rf"(?:[{UPPER}]\.\s*){{1,3}}"
FIRSTNAME = rf"[{UPPER}][{LOWER}]+"
PERSON_NAME = rf"(?:{INITIALS}|{FIRSTNAME}\s+)?{SURNAME}"

HONORIFIC = r"(?:Cdes?\.|Comrades?|Tov\.|Comrade|Tovarishch)"

NAME_ITEM_RE = re.compile(rf"^(?:{HONORIFIC}\s+)?(?P<name>{PERSON_NAME}(?:\s+{SURNAME}){{0,2}})$")

# Words that look like a name before a colon but head something else.
NOT_SPEAKERS = {
    "note", "notes", "decision", "decided", "resolution", "resolved", "source", "summary",
    "present", "agenda", "action", "question", "answer", "result", "conclusion", "proposal",
    "citation", "contents", "comment", "comments", "also", "absent", "chair", "chairman",
    "item", "point", "subject", "translation", "original", "date", "top", "secret", "copy",
    "those", "participants", "on", "about", "the", "we", "they", "he", "she", "it", "this",
    "that", "there", "if", "but", "and", "or", "so", "now", "here", "objectively", "information",
    "reactions", "everything", "nothing", "anarchy", "nagy",
}

# Verbs of the note-taker's narration: "Cde. Bulganin—provides information about ...".
REPORTING_VERBS = (
    r"(?:provides|gives|speaks|spoke|reports|reported|informs|informed|reads|read|proposes|proposed|"
    r"raises|says|said|notes|noted|explains|explained|describes|outlines|tells|presents|expresses|"
    r"supports|objects|agrees|insists|suggests|suggested|asks|asked|comments|commented|recounts|"
    r"briefs|states|stated|announces|replies|replied|answers|answered|observes|observed|points|"
    r"pointed|remarks|remarked|summarizes|summarized|emphasizes|emphasized|stresses|stressed|"
    r"declares|declared|doubts|urges|urged|recommends|recommended|warns|warned|adds|added)"
)

DASH = r"(?:—|–|--|-)"

# Record titles: "Working Notes from the Session of ...", "Minutes of the Meeting of ...",
# "Memorandum of Discussion at the 302nd Meeting of the National Security Council ...".
TITLE_RE = re.compile(
    r"^(?:[*_\s]*)(?:(?:Working|Rough|Draft|Stenographic|Verbatim)\s+)?"
    r"(?:Notes|Minutes|Protocol|Record|Transcript|Memorandum|Report|Excerpt|Extract)\b"
    r"(?=.*\b(?:Session|Meeting|Sitting|Conversation|Discussion|Conference|Plenum|Politburo|"
    r"Presidium|Council|Committee|Talks|Secretariat|Bureau)\b).{0,240}$",
    re.IGNORECASE,
)

FIELD_NAMES = (
    "Citation", "Summary", "Original Language", "Contents", "Source", "Original Archive",
    "Author", "Authors", "Translated by", "Translation", "Keywords", "Subjects", "Subject",
    "Document Type", "Language", "Record ID", "Date", "Archive", "Credit",
)
FIELD_RE = re.compile(
    r"^[ \t]*(?:\*\*)?[ \t]*(?P<name>" + "|".join(re.escape(n) for n in FIELD_NAMES) + r")"
    r"[ \t]*:[ \t]*(?:\*\*)?[ \t]*(?P<value>.*?)[ \t]*(?:\*\*)?[ \t]*$",
    re.IGNORECASE,
)
SOURCE_LINE_RE = re.compile(
    r"^[ \t]*(?:\[[ \t]*Source[ \t]*:[ \t]*(?P<value>.+?)[ \t]*\]|\**Source\**[ \t]*:\**[ \t]*(?P<plain>.+?))[ \t]*$",
    re.IGNORECASE,
)

# A line that is only a date: "**November 1, 1956**", "1 November 1956".
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
DATE_LINE_RE = re.compile(
    rf"^[ \t*_]*(?:(?:{MONTHS})\s+\d{{1,2}},\s*\d{{4}}|\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}})[ \t*_]*$"
)

NOTES_HEADING_RE = re.compile(
    r"^[ \t*_#]*(?P<head>(?:(?:Translator|Editor|Translators|Editors)(?:'|’)?s?(?:'|’)?\s+|Editorial\s+|Explanatory\s+|End\s*)?Notes?)"
    r"[ \t]*(?::[ \t]*(?P<rest>.*?))?[ \t*_]*$",
    re.IGNORECASE,
)

PARTICIPANTS_RE = re.compile(
    r"(?P<head>Those\s+Taking\s+Part|Those\s+Present|Taking\s+Part|Participants|Also\s+Present|"
    r"Present|Attending|In\s+Attendance)\s*:",
)

PREAMBLE_RE = re.compile(
    r"^[ \t]*(?:\(\s*Re:|Re:|Protocol\s+No\.|Top\s+Secret|Strictly\s+Secret|Secret\b|Copy\s+No\.|"
    r"\[Translation|Translation\s+-|Translated\s+from|Only\s+copy|Handwritten|The\s+following\s+(?:is|are)\b)",
    re.IGNORECASE,
)
