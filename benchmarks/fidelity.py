"""Fidelity benchmark: how many of the facts stated in tests/cases/*/expected.json
the build finds, as precision, recall and F1 per fact kind.

    .venv/bin/python benchmarks/fidelity.py [FOLDER ...] [--json] [--by genre|status|none]

Every case folder of tests/cases with `input.txt` and `expected.json` is
built, pending cases (no golden graph yet) included; a FOLDER given on the
command line is a case folder of the same layout, or a folder of such case
folders. Every case is built with `kg.build.build` (the build the CLI runs), without
SHACL validation, whose result is not a fact of the record. Not a test: a record the
parser cannot read yet simply scores low.

Scores are micro-averaged over cases: per kind, true positives, predicted and
expected counts are summed over all cases, then P = tp/predicted,
R = tp/expected, F1 = 2PR/(P+R). A kind is scored only on the records whose
expected.json states it (an absent key is not checked). Expected records are
paired with the built documents by position; a missing or extra document
counts against the `records` kind, and its facts count as missed or extra.

Kinds:
- records: number of records found in the file (tp = min of the two counts).
- participants: (sitting, surname) pairs as a multiset; surnames compared
  without diacritics and case.
- speakers: the sequence of turns, each turn being (sitting, set of speaker
  surnames). Compared by the longest common subsequence (LCS) of the two
  sequences, so one missed or extra turn costs one turn, not every turn after
  it; tp = LCS length.
- decisions: each expected decision matches at most one built decision whose
  summary contains its `text_contains` (and whose assignees include the
  expected ones when `assignees` is given); predicted = decisions in the graph.
- citations: each expected `archival` entry matches at most one reference
  found by `find_archival_refs` whose levels agree on every key the entry
  gives; predicted = references found.
- markers, notes: marker numbers in order (LCS) and note numbers (multiset).
- date: the record's own date (ISO); one prediction per record that has one.
- form, author, recipient, place: read from the document's attribute of that
  name when the parser provides it (compared without diacritics and case; a
  list is compared as a multiset); a document without the attribute predicts
  nothing.
- persons: expected `persons` found among the graph's persons (by any
  spelling's surname); each `absent_persons` string found as a person is a
  false positive. Only these two lists are counted, since `persons` need not
  be complete.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.text.citations import find_archival_refs  # noqa: E402
from kg.document.roles import is_office_phrase  # noqa: E402
from kg.names import ascii_fold, surname  # noqa: E402
from kg.query import run  # noqa: E402

CASES = ROOT / "tests" / "cases"
KINDS = ["records", "participants", "speakers", "decisions", "citations", "markers", "notes",
         "date", "form", "author", "recipient", "place", "persons"]


def build_function():
    from kg.build import build

    return functools.partial(build, validate=False)


def fold(text) -> str:
    return ascii_fold(str(text)).strip().lower()


def lcs(a: list, b: list) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, start=1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def multiset_tp(want: list, got: list) -> int:
    return sum((Counter(want) & Counter(got)).values())


class Tally:
    """tp / predicted / expected per kind."""

    def __init__(self):
        self.counts = defaultdict(lambda: [0, 0, 0])

    def add(self, kind: str, tp: int, predicted: int, expected: int) -> None:
        c = self.counts[kind]
        c[0] += tp
        c[1] += predicted
        c[2] += expected

    def merge(self, other: "Tally") -> None:
        for kind, (tp, p, e) in other.counts.items():
            self.add(kind, tp, p, e)

    def scores(self, kind: str) -> dict:
        tp, p, e = self.counts.get(kind, [0, 0, 0])
        precision = tp / p if p else None
        recall = tp / e if e else None
        f1 = (2 * precision * recall / (precision + recall) if precision and recall else
              (0.0 if e or p else None))
        return {"tp": tp, "predicted": p, "expected": e, "precision": precision, "recall": recall, "f1": f1}


def _names(entries) -> list[str]:
    return [fold(surname(e.name)) for e in entries]


def _archival_view(ref) -> dict:
    view = {"archive": ref.archive, "folios": ref.folios or ""}
    view.update({level.kind: level.value for level in ref.levels})
    return view


def _archival_matches(view: dict, want: dict) -> bool:
    return all(fold(view.get(key, "")) == fold(value) for key, value in want.items())


def _graph_decisions(graph) -> list[tuple[str, set]]:
    rows = run(graph, "decisions")
    found: dict = {}
    for r in rows.rows:
        row = dict(zip(rows.variables, r))
        entry = found.setdefault(row["decision"], [str(row["summary"] or ""), set()])
        if row.get("assignee"):
            # a person is given by surname, an office or a body as printed
            entry[1].update({fold(surname(str(row["assignee"]))), fold(str(row["assignee"]))})
    return [(summary, assignees) for summary, assignees in found.values()]


def _graph_persons(graph) -> set[str]:
    rows = run(graph, "persons")
    names = set()
    for r in rows.rows:
        row = dict(zip(rows.variables, r))
        for spelling in [str(row.get("name") or "")] + str(row.get("spellings") or "").split("; "):
            if spelling.strip():
                names.add(fold(spelling))
                if not is_office_phrase(spelling):  # "Secretary of State" names Rusk, no person "State"
                    names.add(fold(surname(spelling)))
    return names


def _scalar(tally: Tally, kind: str, want, got) -> None:
    want_list = [fold(w) for w in (want if isinstance(want, list) else [want])]
    got_list = [] if got in (None, "", []) else [fold(g) for g in (got if isinstance(got, (list, tuple)) else [got])]
    tally.add(kind, multiset_tp(want_list, got_list), len(got_list), len(want_list))


def score_record(doc, want: dict, graph, single: bool) -> Tally:
    t = Tally()
    if "sittings" in want:
        w = [(i, fold(n)) for i, s in enumerate(want["sittings"], 1) for n in s["participants"]]
        g = []
        if doc is not None:
            for s in doc.sittings:
                if s.participant_list is not None:
                    g += [(s.index, n) for n in _names(doc.participant_lists[s.participant_list].entries)]
        t.add("participants", multiset_tp(w, g), len(g), len(w))
    if "turns" in want:
        w = [(x["sitting"], frozenset(fold(n) for n in x["speakers"])) for x in want["turns"]]
        g = [(x.sitting, frozenset(_names(x.speakers))) for x in doc.turns] if doc is not None else []
        t.add("speakers", lcs(w, g), len(g), len(w))
    if "decisions" in want and single:
        built = _graph_decisions(graph) if doc is not None else []
        used, tp = set(), 0
        for d in want["decisions"]:
            needle = d.get("text_contains", "").lower()
            need = {fold(a) for a in d.get("assignees", [])}
            for i, (summary, assignees) in enumerate(built):
                if i not in used and needle in summary.lower() and need <= assignees:
                    used.add(i)
                    tp += 1
                    break
        t.add("decisions", tp, len(built), len(want["decisions"]))
    if "archival" in want:
        views = [_archival_view(r) for r in find_archival_refs(doc.text)] if doc is not None else []
        used, tp = set(), 0
        for a in want["archival"]:
            for i, v in enumerate(views):
                if i not in used and _archival_matches(v, a):
                    used.add(i)
                    tp += 1
                    break
        t.add("citations", tp, len(views), len(want["archival"]))
    if "markers" in want:
        g = [m.number for m in doc.markers] if doc is not None else []
        t.add("markers", lcs(want["markers"], g), len(g), len(want["markers"]))
    if "notes" in want:
        g = [n.number for n in doc.notes] if doc is not None else []
        t.add("notes", multiset_tp(want["notes"], g), len(g), len(want["notes"]))
    if "date" in want:
        got = doc.date.isoformat() if doc is not None and doc.date else None
        _scalar(t, "date", want["date"], got)
    for kind in ("form", "author", "recipient", "place"):
        if kind in want:
            _scalar(t, kind, want[kind], getattr(doc, kind, None) if doc is not None else None)
    if single and ("persons" in want or "absent_persons" in want):
        found = _graph_persons(graph) if doc is not None else set()
        hits = sum(1 for p in want.get("persons", []) if fold(p) in found)
        false = sum(1 for p in want.get("absent_persons", []) if fold(p) in found)
        t.add("persons", hits, hits + false, len(want.get("persons", [])))
    return t


def score_case(case: Path, build) -> tuple[Tally, str | None]:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    records = expected["records"]
    try:
        result = build([case / "input.txt"])
        docs, graph, error = list(result.documents), result.graph, None
    except Exception as exc:  # a crash scores as nothing found
        docs, graph, error = [], None, f"{type(exc).__name__}: {exc}"
    tally = Tally()
    tally.add("records", min(len(docs), len(records)), len(docs), len(records))
    for i, want in enumerate(records):
        doc = docs[i] if i < len(docs) else None
        tally.merge(score_record(doc, want, graph, single=len(records) == 1))
    return tally, error


def case_folders(extra: list[str]) -> list[Path]:
    found = [p for p in sorted(CASES.iterdir()) if (p / "input.txt").exists() and (p / "expected.json").exists()]
    for raw in extra:
        p = Path(raw)
        if (p / "input.txt").exists():
            found.append(p)
        else:
            found += [c for c in sorted(p.iterdir()) if (c / "input.txt").exists() and (c / "expected.json").exists()]
    return found


def group_of(case: Path, how: str) -> str:
    if how == "status":
        return "golden" if (case / "expected.ttl").exists() else "pending"
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    if "genre" in expected:
        return expected["genre"]
    records = expected.get("records") or [{}]
    return records[0].get("genre", "meeting-record")


def _fmt(x) -> str:
    return "   -" if x is None else f"{x:.2f}"


def print_table(total: Tally, groups: dict[str, Tally], n_cases: int, seconds: float, errors: dict) -> None:
    print(f"fidelity over {n_cases} cases ({seconds:.1f} s), micro-averaged")
    print(f"{'kind':<13}{'tp':>6}{'pred':>6}{'gold':>6}{'P':>7}{'R':>7}{'F1':>7}")
    for kind in KINDS:
        s = total.scores(kind)
        if s["predicted"] or s["expected"]:
            print(f"{kind:<13}{s['tp']:>6}{s['predicted']:>6}{s['expected']:>6}"
                  f"{_fmt(s['precision']):>7}{_fmt(s['recall']):>7}{_fmt(s['f1']):>7}")
    if groups:
        kinds = [k for k in KINDS if total.scores(k)["expected"]]
        short = {k: k[:6] for k in kinds}
        print()
        print("F1 per group (- : kind not stated in that group)")
        print(f"{'group':<28}" + "".join(f"{short[k]:>7}" for k in kinds))
        for name in sorted(groups):
            cells = [groups[name].scores(k) for k in kinds]
            print(f"{name:<28}" + "".join(f"{_fmt(c['f1'] if c['expected'] else None):>7}" for c in cells))
    for name, error in errors.items():
        print(f"build failed: {name}: {error.replace(str(CASES) + '/', '')[:110]}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="extra case folders (or folders of case folders)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--by", choices=["genre", "status", "none"], default="genre",
                        help="group the cases by their expected.json genre (the layout family, else the first record's body genre), by golden/pending status, or not")
    args = parser.parse_args(argv)

    build = build_function()
    started = time.perf_counter()
    total, groups, errors, per_case = Tally(), defaultdict(Tally), {}, {}
    cases = case_folders(args.folders)
    for case in cases:
        tally, error = score_case(case, build)
        total.merge(tally)
        per_case[case.name] = tally
        if args.by != "none":
            groups[group_of(case, args.by)].merge(tally)
        if error:
            errors[case.name] = error
    seconds = time.perf_counter() - started
    if args.json:
        out = {
            "cases": len(cases),
            "build": "kg.build.build(validate=False)",
            "total": {k: total.scores(k) for k in KINDS if total.scores(k)["expected"] or total.scores(k)["predicted"]},
            "groups": {g: {k: t.scores(k) for k in KINDS if t.scores(k)["expected"]} for g, t in sorted(groups.items())},
            "per_case": {c: {k: t.scores(k) for k in KINDS if t.scores(k)["expected"]} for c, t in per_case.items()},
            "errors": errors,
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print_table(total, groups, len(cases), seconds, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
