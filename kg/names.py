"""Name keys: one spelling-independent key per name, so that "Mikoyan",
"Mikoian" and "Mikojan", or "Kadar" and "Kádár", mint the same node.

The key folds case, diacritics, the usual transliteration variants of Russian
(y/i/j, kh/h, ya/ia/ja, yu/iu/ju), and German/Polish spellings of the same
sounds. It is a grouping key, not a display form."""

from __future__ import annotations

import functools
import re
import unicodedata

from kg.text.names import FAMILY_NAME_FIRST, TITLE_RE

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}

# Ordered: longer sequences first. Applied to lower-case ASCII.
_FOLDS = [
    ("shch", "s"), ("sch", "s"), ("tsch", "c"), ("ch", "c"), ("cz", "c"), ("tch", "c"),
    ("sh", "s"), ("sz", "s"), ("zh", "z"), ("kh", "h"), ("ts", "c"), ("tz", "c"),
    ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"), ("ia", "a"), ("ja", "a"),
    ("yo", "o"), ("jo", "o"), ("ye", "e"), ("je", "e"),
    ("w", "v"), ("y", "i"), ("j", "i"), ("ck", "k"), ("ff", "f"),
]

def ascii_fold(text: str) -> str:
    """Lower-case ASCII transliteration: Cyrillic romanised, diacritics dropped."""
    out = []
    for ch in text.lower():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    folded = "".join(out)
    return folded.replace("ł", "l").replace("ß", "ss").replace("ø", "o").replace("đ", "d")


def strip_titles(name: str) -> str:
    """``name`` without the titles before it ("Cde. Gen. Serov" -> "Serov")."""
    text = name.strip()
    while True:
        stripped = TITLE_RE.sub("", text)
        if stripped == text or not stripped.strip():
            return text  # a title alone is kept: "President"
        text = stripped


@functools.lru_cache(maxsize=16384)  # a corpus prints the same names in record after record
def name_key(name: str) -> str:
    """The grouping key of a name as printed ("Cde. Mikoyan" -> "mikoan")."""
    text = ascii_fold(strip_titles(name))
    text = re.sub(r"[^a-z\s-]", "", text)
    words = [w for w in re.split(r"[\s-]+", text) if w]
    folded = []
    for word in words:
        for a, b in _FOLDS:
            word = word.replace(a, b)
        word = re.sub(r"(.)\1+", r"\1", word)
        folded.append(word)
    return "-".join(folded)


@functools.lru_cache(maxsize=16384)
def surname(name: str) -> str:
    """The last word of a name as printed, without titles or initials."""
    printed = name.strip()
    text = TITLE_RE.sub("", printed).strip() or printed
    words = [w for w in re.split(r"\s+", text) if w and not re.fullmatch(r"(?:[A-ZА-Я]\.)+", w)]
    if len(words) in (2, 3) and words[0] in FAMILY_NAME_FIRST and words[1][:1].isupper():
        return words[0]  # "Zhou Enlai", "Kim Il Sung": the family name first
    if len(words) >= 2 and " ".join(words[-2:]) in _compound_surnames():
        return " ".join(words[-2:])  # "Patrick Gordon Walker": a surname of two words
    return words[-1] if words else text


@functools.lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    """The surnames of two words the authority data gives ("Gordon Walker")."""
    from kg.link.authority import load_authority  # the authority table itself keys names with this module

    return frozenset(s for e in load_authority().entries if e.kind == "person" for s in e.surnames if " " in s)


def slug(text: str) -> str:
    """A readable IRI segment: ASCII, lower case, hyphens."""
    s = re.sub(r"[^a-z0-9]+", "-", ascii_fold(text)).strip("-")
    return s or "x"
