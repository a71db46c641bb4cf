"""Import a verified authority table (the columns kind, label, qid, aliases,
native_label, born, died, role_1956, evidence) into kg's authority TSV: the
maintainers' tool that made ``data/authority.tsv``, run from a checkout.

    python tools/import_authority.py SOURCE.tsv data/authority.tsv

The source columns are kept as they are (an empty qid stays empty). The import
adds the columns the linker uses: ``key`` (slug of the label), ``native_lang``,
``surname`` and the role period ``active_from`` / ``active_to`` read from the
role_1956 text. It then adds the name forms the records use that the source
lacks (:data:`EXTRA_FORMS`, :data:`EXTRA_ROWS`), each with its evidence.
Rows already in the destination whose key the import does not produce (rows a
user added) are kept, after the imported ones."""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from kg.atomic import write_atomic
from kg.errors import LinkError
from kg.link.authority import COLUMNS, PartialDate, parse_authority
from kg.link.forms import derive_surnames, drop_notes, native_language
from kg.names import name_key, slug

SOURCE_COLUMNS = ("kind", "label", "qid", "aliases", "native_label", "born", "died", "role_1956", "evidence")

SAMPLE = "data/presidium-1956-11-01.txt"

# Name forms seen in the records that the source table lacks, per source label.
EXTRA_FORMS: dict[str, list[tuple[str, str]]] = {
    "Presidium of the Central Committee of the CPSU (Politburo)": [
        ("CPSU CC Presidium", f"{SAMPLE} (title)"),
        ("CC Presidium", f"{SAMPLE} (note 10)"),
        ("CPSU Presidium", f"{SAMPLE} (note 5)"),
    ],
    "Central Committee of the CPSU": [
        ("CPSU CC", f"{SAMPLE} (note 10)"),
        ("CPSU Central Committee", f"{SAMPLE} (note 7)"),
    ],
    "Hungarian Working People's Party": [("HWP", f"{SAMPLE} (Suslov's turn)")],
    "Soviet intervention in Hungary (Operation Whirlwind / Vikhr)": [
        ("Whirlwind", f"{SAMPLE} (note 13: the invasion, code-named \"Whirlwind\")"),
    ],
}

# Rows without a qid for names the records use and the source lacks.
EXTRA_ROWS: list[dict[str, str]] = [
    {
        "kind": "body",
        "label": "Central Committee of the Communist Party of Czechoslovakia",
        "aliases": "KSC Central Committee|UV KSC",
        "role_1956": "addressee of the Czechoslovak General Staff reports of October 1956 (note 12)",
        "evidence": f"name form seen in {SAMPLE} (note 12)",
    },
    {
        "kind": "body",
        "label": "Czechoslovak General Staff",
        "aliases": "",
        "role_1956": "headed by Col.-General Vaclav Kratochvil in October 1956 (note 12)",
        "evidence": f"name form seen in {SAMPLE} (note 12)",
    },
    {
        "kind": "body",
        "label": "Chinese delegation",
        "aliases": "",
        "role_1956": "delegation Soviet leaders met on 31 October 1956 (notes 3 and 5)",
        "evidence": f"name form seen in {SAMPLE} (notes 3 and 5)",
    },
    {
        "kind": "body",
        "label": "Soviet embassy in Budapest",
        "aliases": "Soviet embassy",
        "role_1956": "under siege at the end of October 1956 (note 11)",
        "evidence": f"name form seen in {SAMPLE} (notes 7 and 8)",
    },
    {
        "kind": "body",
        "label": "SUA",
        "aliases": "",
        "role_1956": "archive in which the KSC Central Committee papers are cited (note 12)",
        "evidence": f"name form seen in {SAMPLE} (note 12)",
    },
    {
        "kind": "body",
        "label": "Vojensky historicky archiv",
        "aliases": "VHA",
        "role_1956": "military archive in Prague cited for the General Staff reports (note 12)",
        "evidence": f"name form seen in {SAMPLE} (note 12)",
    },
    {
        "kind": "person",
        "label": "Vaclav Kratochvil",
        "aliases": "",
        "role_1956": "Col.-General, chief of the Czechoslovak General Staff (October 1956, note 12)",
        "evidence": f"name form seen in {SAMPLE} (note 12)",
    },
    {
        "kind": "person",
        "label": "Jaroslav Dockal",
        "aliases": "",
        "role_1956": "Lieut.-General, chief of operations of the Czechoslovak General Staff (October 1956, note 12)",
        "evidence": f"name form seen in {SAMPLE} (note 12)",
    },
    {
        "kind": "place",
        "label": "Prague",
        "aliases": "Praha",
        "role_1956": "seat of the Czechoslovak archives cited in note 12",
        "evidence": f"name form seen in {SAMPLE} (note 12: \"Praha\")",
    },
]

# ---------------------------------------------------------------- derived columns

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_POINT = rf"(?:\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?|{_MON}(?:\s+\d{{4}})?|\d{{4}}|\d{{2}})"
_RANGE = re.compile(rf"(?P<a>{_POINT})\s*[-\u2013]\s*(?P<b>{_POINT})(?![\d])")
_FROM = re.compile(rf"\b[Ff]rom\s+(?P<a>{_POINT})")
_UNTIL = re.compile(rf"\b(?:[Uu]ntil|[Tt]o)\s+(?P<b>{_POINT})")


def _point(text: str, year_hint: int | None) -> PartialDate | None:
    words = text.replace(".", "").split()
    day = month = year = None
    for w in words:
        if w.isdigit() and len(w) == 4:
            year = int(w)
        elif w.isdigit() and len(w) == 2 and len(words) == 1 and year_hint:
            year = (year_hint // 100) * 100 + int(w)
            if year < year_hint:
                year += 100
        elif w.isdigit():
            day = int(w)
        elif w[:3].lower() in _MONTHS:
            month = _MONTHS[w[:3].lower()]
    if year is None:
        year = year_hint
    if year is None:
        return None
    if day and not month:
        return None
    return PartialDate(year, month, day if month else None)


def _year_of(text: str) -> int | None:
    m = re.search(r"\d{4}", text)
    return int(m.group(0)) if m else None


def role_period(role: str) -> tuple[PartialDate | None, PartialDate | None]:
    """The period of the first dated office in a role_1956 text:
    "(9 Feb 1955 - 26 Oct 1957)", "(1955-64)", "(from 27 Feb 1956)",
    "(18 Jul - 25 Oct 1956)", "until 31 Oct 1956"."""
    for segment in re.split(r";", role):
        m = _RANGE.search(segment)
        if m:
            a_text, b_text = m.group("a"), m.group("b")
            if not re.search(r"\d{4}", a_text + b_text):
                continue
            b = _point(b_text, _year_of(a_text))
            a = _point(a_text, _year_of(b_text) if not _year_of(a_text) else None)
            if a and b and a.earliest <= b.latest:
                return a, b
        m = _FROM.search(segment)
        if m and _year_of(m.group("a")):
            return _point(m.group("a"), None), None
        m = _UNTIL.search(segment)
        if m and _year_of(m.group("b")):
            return None, _point(m.group("b"), None)
    return None, None


# ---------------------------------------------------------------- the import


def _read_tsv(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    text = path.read_text(encoding="utf-8")
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise LinkError(f"{path}:{lineno}: {len(cells)} fields, the header has {len(header)}")
        rows.append((lineno, {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}))
    if header is None:
        raise LinkError(f"{path}: no header line")
    return header, rows


def _complete(row: dict[str, str]) -> dict[str, str]:
    out = {c: row.get(c, "") for c in COLUMNS}
    out["key"] = out["key"] or slug(drop_notes(out["label"]))
    if not out["native_lang"]:
        out["native_lang"] = native_language(out["label"], out["native_label"])
    if out["kind"] == "person" and not out["surname"]:
        out["surname"] = "|".join(derive_surnames(out["label"], out["aliases"].split("|"), out["native_label"]))
    if not out["active_from"] and not out["active_to"]:
        a, b = role_period(out["role_1956"])
        out["active_from"] = a.iso() if a else ""
        out["active_to"] = b.iso() if b else ""
    return out


def import_rows(src: str | Path) -> list[dict[str, str]]:
    """The rows of ``data/authority.tsv`` made from the shared table ``src``."""
    src = Path(src)
    try:
        header, rows = _read_tsv(src)
    except OSError as exc:
        raise LinkError(f"{src}: cannot read: {exc}") from exc
    missing = [c for c in SOURCE_COLUMNS if c not in header]
    if missing:
        raise LinkError(f"{src}:1: header lacks column(s) {', '.join(missing)}")
    out: list[dict[str, str]] = []
    used: set[str] = set()
    for lineno, row in rows:
        row = dict(row)
        extra = EXTRA_FORMS.get(row["label"], [])
        if extra:
            known = {name_key(a) for a in row["aliases"].split("|") if a}
            added = [(form, where) for form, where in extra if name_key(form) not in known]
            if added:
                row["aliases"] = "|".join([a for a in row["aliases"].split("|") if a] + [f for f, _ in added])
                row["evidence"] += "".join(f"; alias {form!r}: name form seen in {where}" for form, where in added)
        row = _complete(row)
        if row["key"] in used:
            row["key"] = f"{row['key']}-{row['kind']}"
        if row["key"] in used:
            raise LinkError(f"{src}:{lineno}: key {row['key']!r} already used")
        used.add(row["key"])
        out.append(row)
    for extra_row in EXTRA_ROWS:
        row = _complete(extra_row)
        if row["key"] not in used:
            used.add(row["key"])
            out.append(row)
    return out


def format_tsv(rows: Sequence[dict[str, str]]) -> str:
    buf = io.StringIO()
    buf.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        cells = []
        for c in COLUMNS:
            cell = row.get(c, "")
            if "\t" in cell or "\n" in cell:
                raise LinkError(f"row {row.get('key')}: column {c} holds a tab or a line break")
            cells.append(cell)
        buf.write("\t".join(cells) + "\n")
    return buf.getvalue()


def import_authority(src: str | Path, dst: str | Path, *, keep_user_rows: bool = True) -> int:
    """Write ``dst`` from the shared table ``src``; returns the number of rows.

    With ``keep_user_rows``, rows of an existing ``dst`` whose key the import
    does not produce are kept. The result is validated before it is written."""
    dst = Path(dst)
    rows = import_rows(src)
    if keep_user_rows and dst.exists():
        produced = {r["key"] for r in rows}
        _, old = _read_tsv(dst)
        rows += [_complete(r) for _, r in old if r.get("key") and r["key"] not in produced]
    text = format_tsv(rows)
    parse_authority(text, str(dst))
    write_atomic(dst, text)
    return len(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tools/import_authority.py",
        description="Import a verified Wikidata authority table into kg's authority TSV.",
    )
    parser.add_argument("src", help="the table to import (columns: kind, label, qid, aliases, native_label, born, died, role_1956, evidence)")
    parser.add_argument("dst", help="the authority file to write (data/authority.tsv)")
    parser.add_argument("--drop-user-rows", action="store_true",
                        help="do not keep rows of DST that the import does not produce")
    args = parser.parse_args(argv)
    try:
        n = import_authority(args.src, args.dst, keep_user_rows=not args.drop_user_rows)
    except LinkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(f"{args.dst}: {n} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
