"""How names are printed: letters, surnames, initials, honorifics, titles,
offices and ranks, and the words that look like a name but are none.

One place for the shapes of a person's name as the records print them
("Cde. Mikoyan", "V. N. Malin", "Secretary Dulles", "Col.-General Malinin"),
used by the document reader to find speaker labels and list entries and by
the name keys (:mod:`kg.names`) and the authority data to strip titles."""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚА-ЯЁ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžșțа-яё"
LETTER = UPPER + LOWER

# A surname as printed: "Mikoyan", "Dockal", "Mad'ar", "Kádár", "Khr." (abbreviated),
# "Munnich", "Bulganin-Smith". Initials may precede: "J. Horvath", "V. N. Malin".
FULL_SURNAME = rf"[{UPPER}][{LETTER}'’]+(?:-[{UPPER}][{LETTER}'’]+)?"
SURNAME = rf"{FULL_SURNAME}\.?"
INITIALS = rf"(?:[{UPPER}]\.\s*){{1,3}}"
FIRSTNAME = rf"[{UPPER}][{LOWER}]+"
PERSON_NAME = rf"(?:{INITIALS}|{FIRSTNAME}\s+)?{SURNAME}"
# Several surnames: "Ivanov, Petrov, and Sidorov", "Bulganin + Zhukov", "Kadar & Munnich".
NAMES = rf"{SURNAME}(?:\s*(?:,?\s*\band\b|,|&|\+)\s*{SURNAME})*"

# The honorifics of the socialist records: "Cde.", "Cdes.", "Comrade", "Tov.".
HONORIFIC = r"(?:Cdes?\.|Cdes(?=\s)|Comrades?|Tov\.|Comrade|Tovarishch|Comrs?\.|comrs?\.)"  # "Cdes" of a flattened copy

NAME_ITEM_RE = re.compile(rf"^(?:{HONORIFIC}\s+)?(?P<name>{PERSON_NAME}(?:\s+{SURNAME}){{0,2}})$")
# First names or initials before the surname: "John Foster Dulles", "J. F. Dulles".
LINE_NAME_RE = re.compile(rf"(?:[{UPPER}][a-z]+\s+|[{UPPER}]\.\s*){{0,3}}{SURNAME}")
# Family names that Chinese names print first ("Zhou Enlai", "Li Xiannian"):
# the surname of such a name is its first word.
FAMILY_NAME_FIRST = frozenset({
    "Mao", "Zhou", "Liu", "Zhu", "Chen", "Deng", "Li", "Ji", "Peng", "Lin", "Kang", "Dong", "Wang", "Zhang",
    "Yang", "Huang", "Hua", "Jiang", "Qiao", "Geng", "Xu", "Luo", "Tan", "Bo", "Pham", "Nguyen",
})
# A full name of two or three capitalised words: "Zhou Enlai", "Imre Nagy".
FULL_NAME = rf"[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,2}}"

# Titles, offices and ranks that may stand before a name and are no part of
# it, each with and without its period ("Cde. Mikoyan", "Marshal Zhukov").
TITLE_WORDS = (
    "cdes?", "comrades?", "tov", "tovarishch", "mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel",
    "marshal", "secretary", "president", "premier", "chairman", "ambassador", "admiral", "governor",
    "lieut", "lt", "maj", "major", r"(?:col|lieut|lt|maj|major)\.?-(?:general|gen)",
)
TITLE_RE = re.compile(rf"^(?:{'|'.join(TITLE_WORDS)})\.?(?:\s+|$)", re.IGNORECASE)

# Offices printed before a name in US records: "Secretary Dulles", "The Vice President".
OFFICES = (r"Vice\s+President|President|Secretary(?:\s+of\s+(?:State|Defense|the\s+Treasury|Commerce))?|"
           r"Under\s+Secretary|Mr\.|Mrs\.|Governor|Admiral|General|Dr\.|Director|Ambassador|Chairman|Senator|"
           r"Attorney\s+General")
OFFICE_WORDS = frozenset({
    "President", "Vice", "Secretary", "Under", "Mr.", "Mrs.", "Governor", "Admiral", "General", "Dr.",
    "Director", "Ambassador", "Chairman", "Senator", "Attorney", "The", "of", "State", "Defense",
    "Treasury", "Commerce", "the"})

# Military ranks and a diplomat's title before a name: "Col.-General Malinin",
# "Army General Jaruzelski", "Marshal of the Soviet Union Grechko".
RANK = (r"(?:Marshal\s+of\s+the\s+Soviet\s+Union|Army\s+General|(?:Colonel|Lieutenant|Major)\s+General|"
        r"Col\.-\s?General|Colonel-General|Lieut\.-General|Lieutenant-General|Major-General|Maj\.-General|"
        r"General|Marshal|Colonel|Col\.|Admiral|Ambassador)")
RANKED_NAME_RE = re.compile(
    rf"\b{RANK}\s+"
    rf"(?!(?:Staff|Secretary|Assembly|Council|Department|Headquarters|Command)\b)"
    rf"(?P<name>(?:[A-Z][a-z]+\s+|(?:[A-Z]\.\s?){{1,3}})?{FULL_SURNAME})"
)

# Bodies named in running text: "the Chinese delegation", "the KSC Central Committee".
BODY_NAME_RE = re.compile(
    r"\b(?P<name>(?:the\s+)?(?:[A-Z][\w']+\s+){1,3}(?:delegation|embassy(?:\s+in\s+[A-Z]\w+)?|General\s+Staff|"
    r"Central\s+Committee|CC\s+Presidium|Politburo|Presidium|Council\s+of\s+Ministers|Party))\b"
)
# A capitalised word at a sentence start that is no part of a body's name.
NOT_BODY_LEAD_RE = re.compile(r"^(?:the\s+)?(?:If|But|And|The|This|That|In|On|Of|Other|All|Our|Their|His|Her)\s")
LEADING_ARTICLE_RE = re.compile(r"^the\s+")


def form_pattern(form: str) -> re.Pattern:
    """A name form as a whole word: not inside a longer word or hyphenated name."""
    return re.compile(rf"(?<![\w'’-]){re.escape(form)}(?![\w-])")


def surname_pattern(surname: str) -> re.Pattern:
    """A surname as a whole word (an apostrophe may precede: "d'Estaing")."""
    return re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")


# Words that look like a name before a colon but head something else.
NOT_NAMES = frozenset({
    "note", "notes", "decision", "decided", "resolution", "resolved", "source", "summary",
    "present", "agenda", "action", "question", "answer", "result", "conclusion", "proposal",
    "citation", "contents", "comment", "comments", "also", "absent", "chair", "chairman",
    "item", "point", "subject", "translation", "original", "date", "top", "secret", "copy",
    "those", "participants", "on", "about", "the", "we", "they", "he", "she", "it", "this",
    "that", "there", "if", "but", "and", "or", "so", "now", "here", "objectively", "information",
    "reactions", "everything", "nothing", "anarchy", "excerpts", "excerpt", "extract", "participating",
    "alternative", "secretariat", "candidates", "agreed", "responsible", "staff", "headquarters", "command",
})
