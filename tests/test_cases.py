"""The invented records of tests/cases: the facts each expected.json states,
and a golden graph per case compared as a graph (rdflib.compare).

Regenerate the golden graphs with ``pytest --update-golden`` after a change
that is meant to alter the graphs, and review the diff in git.

A case folder without ``expected.ttl`` is pending: a record written before the
parser reads it. Its tests are skipped; ``pytest --update-golden`` writes its
first golden graph once its facts test passes, and from then on it is checked
like every other case."""

import json
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.text.dates import find_dates
from kg.document.title import title_text
from kg.export import serialize
from kg.build import build
from kg.names import ascii_fold, surname
from kg.text.citations import find_archival_refs
from kg.query import run

CASES = sorted(p for p in (Path(__file__).parent / "cases").iterdir() if (p / "input.txt").exists())


def _pending_reason(case: Path) -> str:
    return (f"pending case: no golden graph {case.name}/expected.ttl yet; "
            "run pytest --update-golden once its facts test passes")


def _facts(case: Path):
    result = build([case / "input.txt"], link=False, validate=False)
    return result, json.loads((case / "expected.json").read_text(encoding="utf-8"))


def _rows(graph, name):
    rows = run(graph, name)
    return [dict(zip(rows.variables, r)) for r in rows.rows]


def _names(entries):
    """Surnames as printed: initials, first names and offices left out ("J. Horvath" -> "Horvath")."""
    return [surname(e.name) for e in entries]


def check_record(doc, expected, graph) -> list[str]:
    problems = []

    def same(what, want, got):
        if want != got:
            problems.append(f"{what}: expected {want!r}, got {got!r}")

    if "title" in expected:
        same("title", expected["title"], title_text(doc))
    if "date" in expected:
        same("date", expected["date"], doc.date.isoformat() if doc.date else None)
    if "sittings" in expected:
        got = [_names(doc.participant_lists[s.participant_list].entries) if s.participant_list is not None else []
               for s in doc.sittings] or [[]]
        same("sittings", [s["participants"] for s in expected["sittings"]], got)
    if "guests" in expected:
        same("guests", expected["guests"], _names(e for pl in doc.participant_lists if pl.source == "title" for e in pl.entries))
    if "agenda" in expected:
        same("agenda", [(a["title"], a.get("names", [])) for a in expected["agenda"]],
             [(a.title, _names(a.names)) for a in doc.agenda])
    if "turns" in expected:
        want = [(t["sitting"], t["speakers"], t["mode"]) + ((t["opener"],) if "opener" in t else ()) for t in expected["turns"]]
        got = [(t.sitting, _names(t.speakers), t.mode) + ((t.opener,) if "opener" in e else ())
               for t, e in zip(doc.turns, expected["turns"] + [{}] * len(doc.turns))]
        same("turns", want, got)
    if "turns_printed" in expected:
        same("turns_printed", expected["turns_printed"], [t.speaker_printed for t in doc.turns])
    if "markers" in expected:
        same("markers", expected["markers"], [m.number for m in doc.markers])
    if "notes" in expected:
        same("notes", expected["notes"], [n.number for n in doc.notes])
    for w in expected.get("warnings", []):
        if not any(w.lower() in x.message.lower() for x in doc.warnings):
            problems.append(f"warning {w!r} not among {[x.message for x in doc.warnings]}")
    if "archival" in expected:
        refs = find_archival_refs(doc.text)
        for want in expected["archival"]:
            if not any(_archival_matches(ref, want) for ref in refs):
                problems.append(f"archival {want} not among {[_archival_view(r) for r in refs]}")
    if "dates" in expected:
        own = doc.date
        found = set()
        for d in find_dates(doc.text, default_year=own.year if own else None):
            if d.begin:
                found.add(d.begin.isoformat() if d.end_date in (None, d.begin) else f"{d.begin.isoformat()}/{d.end_date.isoformat()}")
        for want in expected["dates"]:
            if want not in found:
                problems.append(f"date {want} not found (found {sorted(found)})")
    return problems


def _archival_view(ref) -> dict:
    view = {"archive": ref.archive, "folios": ref.folios or ""}
    view.update({level.kind: level.value for level in ref.levels})
    return view


def _archival_matches(ref, want: dict) -> bool:
    view = _archival_view(ref)
    for key, value in want.items():
        got = view.get(key, "")
        if key == "archive":
            if ascii_fold(got).lower() != ascii_fold(value).lower():
                return False
        elif ascii_fold(str(got)) != ascii_fold(str(value)):
            return False
    return True


def check_graph(graph, expected) -> list[str]:
    problems = []
    if "decisions" in expected:
        rows = _rows(graph, "decisions")
        decisions = {}
        for r in rows:
            decisions.setdefault(r["decision"], [r["summary"], set()])[1].add(r["assignee"])
        for want in expected["decisions"]:
            hits = [d for d in decisions.values() if want.get("text_contains", "").lower() in d[0].lower()]
            if not hits:
                problems.append(f"no decision containing {want.get('text_contains')!r} among {[d[0] for d in decisions.values()]}")
                continue
            if "assignees" in want and not any(set(want["assignees"]) <= (d[1] - {""}) for d in hits):
                problems.append(f"decision {want.get('text_contains')!r}: assignees {want['assignees']} not in {[d[1] for d in hits]}")
    if "disagreements" in expected:
        got = sorted([r["who"], r["with"]] for r in _rows(graph, "disagreements"))
        if sorted(expected["disagreements"]) != got:
            problems.append(f"disagreements: expected {expected['disagreements']}, got {got}")
    if "proposals" in expected:
        got = {r["by"] for r in _rows(graph, "proposals")}
        for p in expected["proposals"]:
            if p["by"] not in got:
                problems.append(f"no proposal by {p['by']} (proposals by {sorted(got)})")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_facts(case, update_golden):
    if not (case / "expected.ttl").exists() and not update_golden:
        pytest.skip(_pending_reason(case))
    problems = case_problems(case)
    if not (case / "expected.ttl").exists():
        if problems:
            pytest.skip(_pending_reason(case) + " (still failing: " + problems[0] + ")")
        return
    assert not problems, "\n".join(problems)


def case_problems(case: Path) -> list[str]:
    result, expected = _facts(case)
    records = expected["records"]
    problems = []
    if len(records) != len(result.documents):
        problems.append(f"records: expected {len(records)}, got {len(result.documents)}")
    for i, (doc, want) in enumerate(zip(result.documents, records), start=1):
        problems += [f"record {i}: {p}" for p in check_record(doc, want, result.graph)]
        if len(records) == 1:
            problems += [f"record {i}: {p}" for p in check_graph(result.graph, want)]
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_golden_graph(case, update_golden):
    golden = case / "expected.ttl"
    if not golden.exists():
        if not update_golden:
            pytest.skip(_pending_reason(case))
        problems = case_problems(case)
        if problems:
            pytest.skip(_pending_reason(case) + " (still failing: " + problems[0] + ")")
    result = build([case / "input.txt"], link=False, validate=False)
    if update_golden:
        golden.write_text(serialize(result.graph, "turtle"), encoding="utf-8")
    expected = Graph().parse(golden, format="turtle")
    if not isomorphic(expected, result.graph):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(result.graph))
        lines = ["only in expected:"] + sorted(f"  {t}" for t in only_expected.serialize(format="nt").splitlines())[:40]
        lines += ["only in actual:"] + sorted(f"  {t}" for t in only_actual.serialize(format="nt").splitlines())[:40]
        pytest.fail("\n".join(lines))


# Records whose edition has broken note references: their graphs conform (a
# faithful graph of a flawed source) and kg check reports the flaw.
BROKEN_REFERENCES = {"markers-notes-disagree", "markers-stripped"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_graph_conforms_to_the_shapes(case):
    from kg.link import link_graph
    from kg.validate import validate

    if not (case / "expected.ttl").exists():
        pytest.skip(_pending_reason(case))
    graph = build([case / "input.txt"], link=False, validate=False).graph
    link_graph(graph)
    report = validate(graph)
    assert report.conforms, report.to_text()


@pytest.mark.parametrize("case", sorted(BROKEN_REFERENCES))
def test_broken_note_references_are_findings_of_kg_check(case):
    from kg.check import check

    graph = build([Path(__file__).parent / "cases" / case / "input.txt"], link=False, validate=False).graph
    kinds = {f.kind for f in check(graph)}
    assert kinds & {"marker-without-note", "note-without-marker", "markers-lost"}, kinds


def test_a_page_title_naming_two_sessions_is_kept_beside_each_record_title():
    from kg.graph.builder import text_iri
    from kg.vocab import DCTERMS

    case = Path(__file__).parent / "cases" / "two-records-one-file"
    result = build([case / "input.txt"], link=False, validate=False)
    first, second = result.documents
    g = result.graph
    assert str(g.value(text_iri(first), DCTERMS.title)).endswith("on 26 December 1956")
    assert str(g.value(text_iri(first), DCTERMS.alternative)).endswith("on 26 and 27 December 1956")
    assert g.value(text_iri(second), DCTERMS.alternative) is None
    assert first.date.isoformat() == "1956-12-26" and second.date.isoformat() == "1956-12-27"
