"""Who held an office on a day: the office tenures of ``data/offices.tsv``
(described in ``data/README.md``), so that a role printed in a record ("the
Secretary of State", "Invited the Foreign Secretary to ...", "P.M.") can be
resolved to the person who held it on the record's date.

A printed role names an office when it is one of the office's forms (case and
a leading article aside). A form several offices share ("First Secretary",
"Chancellor") resolves only when the record's country, or the date, leaves one
office; otherwise nothing is resolved: a wrong person is worse than none."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kg import resources
from kg.errors import LinkError
from kg.link.authority import load_authority

_ARTICLE_RE = re.compile(r"^(?:the|a)\s+", re.I)


@dataclass(frozen=True)
class Tenure:
    office: str  # the office's key: "us-secretary-of-state"
    forms: tuple[str, ...]  # how records print it, lower-case
    body: str  # the country or party whose office it is
    holder: str  # key of the holder's row in the authority table
    start: _dt.date
    end: _dt.date | None  # the day the successor took over; None: past the period covered


@dataclass(frozen=True)
class Holder:
    office: str
    key: str  # authority key of the person
    label: str  # the person's name in the authority table: "John Foster Dulles"
    surname: str


def _day(cell: str, *, last: bool = False) -> _dt.date | None:
    """An ISO day, month or year; a month or year counts from its first day
    (its last day for the end of a tenure)."""
    cell = cell.strip()
    if not cell:
        return None
    parts = [int(p) for p in cell.split("-")]
    if len(parts) == 3:
        return _dt.date(*parts)
    if len(parts) == 2:
        if not last:
            return _dt.date(parts[0], parts[1], 1)
        nxt = _dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    return _dt.date(parts[0], 12, 31) if last else _dt.date(parts[0], 1, 1)


def parse_offices(text: str, source: str = "offices.tsv") -> tuple[Tenure, ...]:
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not rows:
        return ()
    header = rows[0].split("\t")
    out = []
    for n, line in enumerate(rows[1:], start=2):
        cells = dict(zip(header, line.split("\t")))
        try:
            out.append(Tenure(cells["office"], tuple(f.strip().lower() for f in cells["forms"].split("|") if f.strip()),
                              cells["body"], cells["holder"], _day(cells["start"]), _day(cells.get("end", ""), last=True)))
        except (KeyError, ValueError, TypeError) as exc:
            raise LinkError(f"{source}: row {n}: not a tenure ({exc})") from exc
    return tuple(out)


@lru_cache(maxsize=1)
def load_offices() -> tuple[Tenure, ...]:
    return parse_offices(resources.OFFICES.read_text(encoding="utf-8"), str(resources.OFFICES))


def role_key(printed: str) -> str:
    """A printed role as the forms are written: no article, no trailing comma or colon."""
    words = " ".join(printed.replace("\n", " ").split()).strip(" ,:;")
    return _ARTICLE_RE.sub("", words).lower()


def is_office(printed: str) -> bool:
    """Whether ``printed`` is a form of some office of the table."""
    key = role_key(printed)
    return any(key in t.forms for t in load_offices())


def office_keys(printed: str) -> frozenset[str]:
    """The keys of the offices ``printed`` is a form of ("Home Secretary" and
    "Secretary of State for the Home Department" give the same key)."""
    key = role_key(printed)
    return frozenset(t.office for t in load_offices() if key in t.forms)


def holder(printed: str, on: _dt.date | None, *, country: str | None = None) -> Holder | None:
    """The person who held the office printed as ``printed`` on ``on``."""
    if on is None:
        return None
    key = role_key(printed)
    tenures = [t for t in load_offices() if key in t.forms and t.start <= on and (t.end is None or on < t.end)]
    if country and len({t.office for t in tenures}) > 1:
        tenures = [t for t in tenures if country.lower() in t.body.lower()] or tenures
    if len({t.office for t in tenures}) != 1 or len({t.holder for t in tenures}) != 1:
        return None
    tenure = tenures[0]
    entry = _persons().get(tenure.holder)
    if entry is None:
        return None
    return Holder(tenure.office, entry.key, entry.label, entry.surnames[0] if entry.surnames else entry.label.split()[-1])


def holders_by_head(printed: str, on: _dt.date | None, *, country: str | None = None) -> list[Holder]:
    """The holders on ``on`` of every office of ``country`` one of whose forms
    begins with ``printed`` ("the Director" -> the Director of Central
    Intelligence, the Director of the OCDM, ...): the candidates an office
    printed by its head word alone may stand for. Without a country, the
    offices of every country."""
    if on is None:
        return []
    key = role_key(printed)
    out: dict[str, Holder] = {}
    for t in load_offices():
        if ((not country or country.lower() in t.body.lower()) and t.start <= on and (t.end is None or on < t.end)
                and any(f.startswith((key + " ", key + ",")) for f in t.forms)):
            entry = _persons().get(t.holder)
            if entry is not None:
                out.setdefault(t.holder, Holder(t.office, entry.key, entry.label,
                                                entry.surnames[0] if entry.surnames else entry.label.split()[-1]))
    return list(out.values())


@lru_cache(maxsize=1)
def _persons() -> dict:
    return {e.key: e for e in load_authority().entries if e.kind == "person"}
