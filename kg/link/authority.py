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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import resources
from kg.errors import LinkError
from kg.link.dates import PartialDate, cell_date
from kg.link.forms import (
    NameForm,
    clean_alias,
    clean_form,
    derive_surnames,
    drop_notes,
    family_name_first,
    form_key,
    native_forms,
    native_language,
    surname_position,
)
from kg.names import ascii_fold, name_key, slug

KINDS = ("person", "place", "body", "event", "work")
OLD_KINDS = {"org": "body"}  # spellings of earlier tables, still read

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
        return drop_notes(self.native_label)

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

    add(drop_notes(label), "label", "en")
    cleaned_aliases = [a for a in (clean_alias(x) for x in aliases) if a]
    for alias in cleaned_aliases:
        add(alias, "alias")
    for text, lang in native_forms(native_label, native_lang):
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
        for text in [drop_notes(label), *cleaned_aliases]:
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
        kind = OLD_KINDS.get(row["kind"], row["kind"])
        if kind not in KINDS:
            raise fail(lineno, f"kind {kind!r} is not one of {', '.join(KINDS)}")
        label = row["label"]
        if not label:
            raise fail(lineno, "empty label")
        key = row["key"] or slug(drop_notes(label))
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
