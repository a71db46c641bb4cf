"""Name forms of the authority data: cleaning a form as printed, the key it
is compared by, persons' given names and surnames, native labels and their
languages. :mod:`kg.link.authority` builds its indexes with these, and the
scoring compares a mention's forms with them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.names import ascii_fold, name_key
from kg.text.names import TITLE_RE

_PAREN = re.compile(r"\s*\(([^()]*)\)")
_NOTE_LANG = re.compile(r"^([a-z]{2,3}):\s*")
_NOTE_PREFIX = re.compile(r"^(?:trad\.|simp\.|\d{4}(?:-\d{2,4})?:)\s*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

# ---------------------------------------------------------------- name forms


def clean_form(text: str, kind: str = "person") -> str:
    """A name as printed without possessive, a leading article, surrounding
    punctuation and, for persons, titles: "(Cde. Mikoyan's" -> "Mikoyan"."""
    t = " ".join(text.replace("\u00a0", " ").split())
    t = t.strip(" \t()[]{}\"'“”‘’,;:")
    t = re.sub(r"(?:'s|’s|')$", "", t)
    t = re.sub(r"^(?:the)\s+", "", t, flags=re.IGNORECASE)
    while kind == "person":
        stripped = TITLE_RE.sub("", t)
        if stripped == t:
            break
        t = stripped
    return t.strip(" ,;:")


def form_key(text: str, kind: str = "person") -> str:
    """The matching key of a name form. Persons: ``name_key`` of the cleaned
    form. Other kinds: the same folding word by word, keeping numbers (so
    "Revolution of 1956" keeps its year)."""
    t = clean_form(text, kind)
    key = name_key(t) if kind == "person" else _word_key(t)
    if not key and any(c.isalpha() for c in t):
        # a script name_key does not romanise (Chinese, Arabic, Armenian, Thai)
        key = "=" + "-".join(unicodedata.normalize("NFKC", t).casefold().split())
    return key


def _word_key(t: str) -> str:
    out = []
    for word in re.split(r"[\s\-\u2010-\u2015/,.;:()]+", t):
        if not word:
            continue
        if any(c.isdigit() for c in word):
            digits = re.sub(r"\D", "", word)
            if digits:
                out.append(digits)
            continue
        k = name_key(word)
        if k:
            out.append(k)
    return "-".join(out)


def is_initial(word: str) -> bool:
    """"V." "N" "Ju." : one or two letters, as given names are abbreviated."""
    w = word.rstrip(".")
    return 0 < len(w) <= 2 and w.isalpha() and (word.endswith(".") or len(w) == 1)


_PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "zu", "la", "le", "du", "bin", "ibn",
              "al", "el", "y", "e"}


def looks_like_name(text: str) -> bool:
    """Whether a person's spelling reads as a name (capitalised words,
    initials, particles) rather than a phrase such as "Information of Cde.
    Brezhnev." that an extractor kept; phrases are not matched."""
    t = clean_form(text)
    if not t or re.search(r"[:;!?,\d]", t):
        return False
    words = t.split()
    if len(words) > 5:
        return False
    for i, word in enumerate(words):
        w = word.strip("()\"'“”")
        if not w:
            return False
        if w.lower() in _PARTICLES and 0 < i < len(words) - 1:
            continue
        first = w[0]
        if not (first.isupper() or (first.isalpha() and not first.islower() and not first.isupper())):
            return False
    return True


def split_person(text: str) -> tuple[list[str], str, bool]:
    """A person's name as printed -> (given words, surname word, abbreviated).

    "V. N. Malin" -> (["V.", "N."], "Malin", False); "Khr." -> ([], "Khr.", True)."""
    words = [w for w in re.split(r"\s+", clean_form(text)) if w]
    words = [w for part in words for w in re.split(r"(?<=\.)(?=[^\s.])", part) if w]
    if not words:
        return [], "", False
    last = words[-1]
    abbreviated = last.endswith(".") and len(last.rstrip(".")) >= 2 and len(words[-1]) <= 6
    return words[:-1], last, abbreviated


def given_compatible(mention: Sequence[str], given: Sequence[str]) -> tuple[bool, bool]:
    """Whether the mention's given names (full or initials) fit ``given`` in
    order. Returns (fits, a full given name matched)."""
    full_hit = False
    i = 0
    for word in mention:
        init = is_initial(word)
        while i < len(given):
            g = given[i]
            i += 1
            if init or is_initial(g):
                a = ascii_fold(word.rstrip("."))
                b = ascii_fold(g.rstrip("."))
                if a and b and (a[0] == b[0] or name_key(b).startswith(name_key(a) or "\0")
                                or name_key(a).startswith(name_key(b) or "\0")):
                    break
            elif name_key(word) == name_key(g):
                full_hit = True
                break
        else:
            return False, False
    return True, full_hit


def drop_notes(text: str) -> str:
    return " ".join(_PAREN.sub("", text).split())


@dataclass(frozen=True)
class NameForm:
    text: str
    key: str
    tier: str  # "label" | "alias" | "native"
    lang: str | None = None


_HU_PL_CS_RO = [
    (re.compile(r"[őű]", re.IGNORECASE), "hu"),
    (re.compile(r"[łńśźżąę]", re.IGNORECASE), "pl"),
    (re.compile(r"[řůě]", re.IGNORECASE), "cs"),
    (re.compile(r"[șțăş]", re.IGNORECASE), "ro"),
]
_SCRIPTS = [
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0530-\u058f]"), "hy"),
]


def native_language(label: str, native: str) -> str:
    """The language of a native label when it can be told from the script or
    from letters only one of the region's languages uses; else ""."""
    main = drop_notes(native)
    if not main or main == drop_notes(label):
        return ""
    for pattern, lang in _SCRIPTS:
        if pattern.search(main):
            return lang
    for pattern, lang in _HU_PL_CS_RO:
        if pattern.search(main):
            return lang
    words = [name_key(w) for w in clean_form(main).split()]
    label_words = [name_key(w) for w in clean_form(drop_notes(label)).split()]
    if len(words) >= 2 and words == list(reversed(label_words)):
        return "hu"  # family name first, in Latin script: Hungarian usage
    return ""



def native_forms(native: str, default_lang: str | None) -> list[tuple[str, str | None]]:
    """The native label and the forms in its parenthesised notes:
    "(hy: ...)" gives a form in that language; "(trad. ...)", "(1952-66: ...)"
    and "(СССР)" give forms without a language."""
    forms: list[tuple[str, str | None]] = []
    main = drop_notes(native)
    if main:
        forms.append((main, default_lang))
    for note in _PAREN.findall(native):
        for part in note.split(";"):
            part = part.strip()
            lang = None
            m = _NOTE_LANG.match(part)
            if m:
                lang = m.group(1)
                part = part[m.end():]
            else:
                part = _NOTE_PREFIX.sub("", part)
            part = part.strip()
            if part:
                forms.append((part, lang))
    return forms


def clean_alias(alias: str) -> str | None:
    """An alias cell part as a name form: notes in parentheses dropped, "born X"
    read as X; None when the note says the form names a separate item."""
    alias = alias.strip()
    if not alias:
        return None
    notes = " ".join(_PAREN.findall(alias)).lower()
    if "separate item" in notes:
        return None
    text = drop_notes(alias)
    text = re.sub(r"^born\s+", "", text, flags=re.IGNORECASE).strip()
    return text or None


def surname_position(words: Sequence[str], family_first: bool) -> int:
    return 0 if family_first else len(words) - 1


def family_name_first(native_label: str) -> bool:
    return bool(_CJK.search(native_label or ""))


def derive_surnames(label: str, aliases: Iterable[str], native_label: str) -> list[str]:
    """Surname forms of a person: the label's, and those of multi-word aliases
    (skipping aliases in reversed order, such as Hungarian "Nagy Imre")."""
    first = family_name_first(native_label)
    label_words = [w for w in clean_form(drop_notes(label)).split() if w]
    if not label_words:
        return []
    pos = surname_position(label_words, first)
    given_keys = {name_key(w) for i, w in enumerate(label_words) if i != pos}
    out = [label_words[pos]]
    for alias in aliases:
        text = clean_alias(alias)
        if not text:
            continue
        words = [w for w in clean_form(text).split() if w]
        if len(words) < 2:
            continue
        cand = words[surname_position(words, first)]
        if is_initial(cand) or name_key(cand) in given_keys:
            continue
        if name_key(cand) not in {name_key(s) for s in out}:
            out.append(cand)
    return out
