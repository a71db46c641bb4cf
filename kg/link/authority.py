"""Authority data: the persons, places, bodies and events kg can link, with
their Wikidata ids where verified, name forms and dates.

The data lives in a tab-separated file (``data/authority.tsv``, documented in
``data/README.md``). :func:`load_authority` reads and validates it and builds
the name-form indexes the linker matches against: full forms (labels,
aliases, native labels) and, for persons, surnames and given names.

Every form is compared through :func:`form_key`, which folds case, diacritics,
Cyrillic and the usual transliteration variants (``kg.names.name_key``), so
"Mikoian", "Mikojan" and "Микоян" meet "Mikoyan"."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import resources
from kg.errors import LinkError
from kg.names import ascii_fold, name_key, slug
from kg.text.dates import PartialDate, parse_date
from kg.text.names import TITLE_RE

KINDS = ("person", "place", "org", "event", "work")

COLUMNS = (
    "key",
    "kind",
    "label",
    "qid",
    "aliases",
    "native_label",
    "native_lang",
    "surname",
    "born",
    "died",
    "role_1956",
    "active_from",
    "active_to",
    "evidence",
)
REQUIRED_COLUMNS = ("kind", "label", "evidence")

DEFAULT_PATH = resources.AUTHORITY  # the table shipped with kg

_QID = re.compile(r"Q[1-9][0-9]*")
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)?")
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_NOTE_LANG = re.compile(r"^([a-z]{2,3}):\s*")
_NOTE_PREFIX = re.compile(r"^(?:trad\.|simp\.|\d{4}(?:-\d{2,4})?:)\s*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


# ---------------------------------------------------------------- dates


def cell_date(cell: str | None) -> PartialDate | None:
    """The date at the start of an authority cell: "1895-06-11 (O.S. 30 May)",
    "1897", "1956-10 (...)". Empty -> None; anything else -> ValueError."""
    text = (cell or "").strip()
    if not text:
        return None
    mention = parse_date(text)
    partial = mention.partial if mention is not None else None
    if partial is None:
        raise ValueError(f"not a date: {text!r}")
    return partial


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


def _drop_notes(text: str) -> str:
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
    main = _drop_notes(native)
    if not main or main == _drop_notes(label):
        return ""
    for pattern, lang in _SCRIPTS:
        if pattern.search(main):
            return lang
    for pattern, lang in _HU_PL_CS_RO:
        if pattern.search(main):
            return lang
    words = [name_key(w) for w in clean_form(main).split()]
    label_words = [name_key(w) for w in clean_form(_drop_notes(label)).split()]
    if len(words) >= 2 and words == list(reversed(label_words)):
        return "hu"  # family name first, in Latin script: Hungarian usage
    return ""


# ---------------------------------------------------------------- entries


@dataclass(frozen=True)
class AuthorityEntry:
    """One row of the authority data (or one item found online)."""

    key: str
    kind: str
    label: str
    qid: str | None = None
    aliases: tuple[str, ...] = ()
    native_label: str = ""
    native_lang: str | None = None
    surnames: tuple[str, ...] = ()
    born: PartialDate | None = None
    died: PartialDate | None = None
    role: str = ""
    active_from: PartialDate | None = None
    active_to: PartialDate | None = None
    evidence: str = ""
    source: str = ""
    forms: tuple[NameForm, ...] = field(default=(), compare=False)
    surname_keys: frozenset[str] = field(default=frozenset(), compare=False)
    given_names: tuple[tuple[str, ...], ...] = field(default=(), compare=False)

    def labels(self) -> list[tuple[str, str | None]]:
        """The labels written on a linked entity: (text, language tag)."""
        out: list[tuple[str, str | None]] = [(self.label, "en")]
        for form in self.forms:
            if form.tier != "native" or form.text == self.label:
                continue
            if (form.text == self.native_main or form.lang) and (form.text, form.lang) not in out:
                out.append((form.text, form.lang))
        return out

    @property
    def native_main(self) -> str:
        return _drop_notes(self.native_label)

    def dead_before(self, d: PartialDate) -> bool:
        return self.died is not None and self.died.latest < d.earliest

    def unborn_at(self, d: PartialDate) -> bool:
        return self.born is not None and self.born.earliest > d.latest

    def outside_role(self, d: PartialDate) -> bool | None:
        """True when the role period is known and ``d`` lies outside it,
        False when inside, None when no period is given."""
        if self.active_from is None and self.active_to is None:
            return None
        if self.active_from is not None and d.latest < self.active_from.earliest:
            return True
        return self.active_to is not None and d.earliest > self.active_to.latest


def _native_forms(native: str, default_lang: str | None) -> list[tuple[str, str | None]]:
    """The native label and the forms in its parenthesised notes:
    "(hy: ...)" gives a form in that language; "(trad. ...)", "(1952-66: ...)"
    and "(СССР)" give forms without a language."""
    forms: list[tuple[str, str | None]] = []
    main = _drop_notes(native)
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
    text = _drop_notes(alias)
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
    label_words = [w for w in clean_form(_drop_notes(label)).split() if w]
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


def build_entry(
    *,
    key: str,
    kind: str,
    label: str,
    qid: str | None = None,
    aliases: Sequence[str] = (),
    native_label: str = "",
    native_lang: str | None = None,
    surnames: Sequence[str] = (),
    born: PartialDate | None = None,
    died: PartialDate | None = None,
    role: str = "",
    active_from: PartialDate | None = None,
    active_to: PartialDate | None = None,
    evidence: str = "",
    source: str = "",
) -> AuthorityEntry:
    """An :class:`AuthorityEntry` with its name-form indexes computed."""
    forms: list[NameForm] = []
    seen: set[tuple[str, str]] = set()

    def add(text: str, tier: str, lang: str | None = None) -> None:
        k = form_key(text, kind)
        if k and (k, tier) not in seen:
            seen.add((k, tier))
            forms.append(NameForm(text, k, tier, lang))

    add(_drop_notes(label), "label", "en")
    cleaned_aliases = [a for a in (clean_alias(x) for x in aliases) if a]
    for alias in cleaned_aliases:
        add(alias, "alias")
    for text, lang in _native_forms(native_label, native_lang):
        add(text, "native", lang)

    surname_keys: set[str] = set()
    given: list[tuple[str, ...]] = []
    if kind == "person":
        names = list(surnames) or derive_surnames(label, aliases, native_label)
        surnames = tuple(names)
        surname_keys = {form_key(s) for s in names if form_key(s)}
        for alias in cleaned_aliases:
            words = clean_form(alias).split()
            if len(words) == 1:
                surname_keys.add(form_key(alias))
        first = family_name_first(native_label)
        for text in [_drop_notes(label), *cleaned_aliases]:
            words = [w for w in clean_form(text).split() if w]
            if len(words) < 2:
                continue
            pos = surname_position(words, first)
            if form_key(words[pos]) not in surname_keys:
                continue
            given.append(tuple(w for i, w in enumerate(words) if i != pos))
    return AuthorityEntry(
        key=key,
        kind=kind,
        label=label,
        qid=qid or None,
        aliases=tuple(aliases),
        native_label=native_label,
        native_lang=native_lang or None,
        surnames=tuple(surnames),
        born=born,
        died=died,
        role=role,
        active_from=active_from,
        active_to=active_to,
        evidence=evidence,
        source=source,
        forms=tuple(forms),
        surname_keys=frozenset(k for k in surname_keys if k),
        given_names=tuple(dict.fromkeys(given)),
    )


# ---------------------------------------------------------------- the index


class Authority:
    """The authority entries and their name-form indexes."""

    def __init__(self, entries: Iterable[AuthorityEntry], source: str = ""):
        self.entries: tuple[AuthorityEntry, ...] = tuple(entries)
        self.source = source
        self.by_key: dict[str, AuthorityEntry] = {}
        self._full: dict[tuple[str, str], list[tuple[AuthorityEntry, str]]] = {}
        self._surname: dict[str, list[AuthorityEntry]] = {}
        for entry in self.entries:
            self.by_key[entry.key] = entry
            for form in entry.forms:
                self._full.setdefault((entry.kind, form.key), []).append((entry, form.tier))
            for k in entry.surname_keys:
                self._surname.setdefault(k, []).append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def full_matches(self, kind: str, key: str) -> list[tuple[AuthorityEntry, str]]:
        """Entries of ``kind`` with a full name form whose key is ``key``."""
        return list(self._full.get((kind, key), ()))

    def surname_matches(self, key: str) -> list[AuthorityEntry]:
        return list(self._surname.get(key, ()))

    def prefix_matches(self, abbreviation: str) -> list[AuthorityEntry]:
        """Persons whose surname begins with an abbreviation such as "Khr."."""
        stem = abbreviation.rstrip(".")
        a, k = ascii_fold(stem), name_key(stem)
        if len(a) < 2:
            return []
        out = []
        for entry in self.entries:
            if entry.kind != "person":
                continue
            words = list(entry.surnames) + [
                f.text for f in entry.forms if f.tier == "alias" and len(f.text.split()) == 1
            ]
            if any(ascii_fold(w).startswith(a) or (k and name_key(w).startswith(k)) for w in words):
                out.append(entry)
        return out


# ---------------------------------------------------------------- loading


def _split(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def load_authority(path: str | Path | None = None) -> Authority:
    """Read and validate an authority TSV. Without ``path``: the table shipped
    with kg, and the user's own rows after it when their table exists
    (``KG_AUTHORITY``, default ``authority.tsv`` in the user data directory:
    see :mod:`kg.resources`).

    A bad row raises :class:`LinkError` naming the file and the line."""
    if path is not None:
        return parse_authority(_read(Path(path)), str(path))
    shipped = parse_authority(_read(resources.AUTHORITY), str(resources.AUTHORITY))
    user = resources.user_authority()
    if not user.is_file():
        return shipped
    own = parse_authority(_read(user), str(user), taken=shipped)
    return Authority(shipped.entries + own.entries, f"{shipped.source} + {user}")


def _where(place: int | str) -> str:
    return f"line {place}" if isinstance(place, int) else place


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LinkError(f"{path}: cannot read authority data: {exc}") from exc


def parse_authority(text: str, name: str = "<authority>", *, taken: Authority | None = None) -> Authority:
    """Parse authority TSV text; ``name`` is used in error messages. Rows may
    not reuse a key or qid of ``taken`` (the table these rows are added to)."""
    lines = text.splitlines()
    header: list[str] | None = None
    entries: list[AuthorityEntry] = []
    keys: dict[str, int | str] = {}
    qids: dict[str, int | str] = {}
    for entry in taken.entries if taken is not None else ():
        keys[entry.key] = entry.source
        if entry.qid:
            qids[entry.qid] = entry.source

    def fail(lineno: int, message: str) -> LinkError:
        return LinkError(f"{name}:{lineno}: {message}")

    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                raise fail(lineno, f"header lacks column(s) {', '.join(missing)}")
            unknown = [c for c in header if c not in COLUMNS]
            if unknown:
                raise fail(lineno, f"unknown column(s) {', '.join(unknown)}")
            if len(set(header)) != len(header):
                raise fail(lineno, "a column is named twice")
            continue
        if len(cells) > len(header):
            raise fail(lineno, f"{len(cells)} fields, the header has {len(header)}")
        row = dict(zip(header, [c.strip() for c in cells]))
        row.update({c: "" for c in COLUMNS if c not in row})
        kind = row["kind"]
        if kind not in KINDS:
            raise fail(lineno, f"kind {kind!r} is not one of {', '.join(KINDS)}")
        label = row["label"]
        if not label:
            raise fail(lineno, "empty label")
        key = row["key"] or slug(_drop_notes(label))
        if not _KEY.fullmatch(key):
            raise fail(lineno, f"key {key!r} is not a slug (a-z, 0-9, hyphens)")
        if key in keys:
            raise fail(lineno, f"key {key!r} already used on {_where(keys[key])}")
        keys[key] = lineno
        qid = row["qid"]
        if qid:
            if not _QID.fullmatch(qid):
                raise fail(lineno, f"qid {qid!r} is not a Wikidata item id (Q followed by digits)")
            if qid in qids:
                raise fail(lineno, f"qid {qid} already used on {_where(qids[qid])}")
            qids[qid] = lineno
            if not row["evidence"]:
                raise fail(lineno, f"qid {qid} without evidence")
        lang = row.get("native_lang", "")
        if lang and not _LANG.fullmatch(lang):
            raise fail(lineno, f"native_lang {lang!r} is not a language tag")
        lang = lang or native_language(label, row.get("native_label", ""))
        dates = {}
        for column in ("born", "died", "active_from", "active_to"):
            try:
                dates[column] = cell_date(row.get(column, ""))
            except ValueError as exc:
                raise fail(lineno, f"{column}: {exc}") from None
        if dates["born"] and dates["died"] and dates["died"].latest < dates["born"].earliest:
            raise fail(lineno, "died before born")
        entries.append(
            build_entry(
                key=key,
                kind=kind,
                label=label,
                qid=qid or None,
                aliases=_split(row["aliases"]),
                native_label=row.get("native_label", ""),
                native_lang=lang or None,
                surnames=_split(row.get("surname", "")),
                born=dates["born"],
                died=dates["died"],
                role=row.get("role_1956", ""),
                active_from=dates["active_from"],
                active_to=dates["active_to"],
                evidence=row["evidence"],
                source=f"{name}:{lineno}",
            )
        )
    if header is None:
        raise LinkError(f"{name}: no header line")
    return Authority(entries, name)
