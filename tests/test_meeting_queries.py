"""The competency queries ask the same questions of every body's minutes: a
US memorandum's participants, speakers, chair and decisions come out of the
same queries as a Soviet, Hungarian or Polish record's, with offices printed
instead of names answered by the persons who held them on the date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.build import build
from kg.names import ascii_fold
from kg.query import run
from kg.vocab import KG, SDO

CASES = Path(__file__).parent / "cases"
GENRES = [
    "soviet-presidium-1965-also-present-reported",  # Chaired by / Present / Also present / Secretariat
    "hungarian-politburo-secretariat-group",  # Members present / Absent / Invited / Secretariat
    "polish-politburo-chair-also-present",  # (in the Chair) inside the list
    "us-nsc-1969-participants-offices-named",  # PARTICIPANTS, one a line, offices standing for persons
]


def _fold(name: str) -> str:
    return ascii_fold(name).lower()


def _rows(graph, query: str) -> list[dict]:
    rows = run(graph, query)
    return [dict(zip(rows.variables, r)) for r in rows.rows]


def _surname(graph, person) -> str:
    return _fold(str(graph.value(URIRef(str(person)), SDO.name)))


@pytest.fixture(scope="module", params=GENRES)
def case(request):
    folder = CASES / request.param
    graph = build([folder / "input.txt"], link=False, validate=False).graph
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["records"][0]
    return graph, expected


def test_participants_query_lists_everyone_present_in_order(case):
    graph, expected = case
    got = [_surname(graph, r["person"]) for r in _rows(graph, "participants")]
    assert got == [_fold(n) for n in expected["sittings"][0]["participants"]]


def test_speakers_query_gives_the_turns_in_order(case):
    graph, expected = case
    got = [_surname(graph, r["person"]) if r["person"] else None for r in _rows(graph, "speakers")]
    assert got == [_fold(t["speakers"][0]) for t in expected["turns"]]


def test_chair_query_names_the_chair(case):
    graph, expected = case
    chairs = {_fold(str(r["name"])) for r in _rows(graph, "chair-and-absent") if r["role"] == "Chair"}
    if "chair" in expected:
        assert _fold(expected["chair"]) in chairs
    absent = {_fold(str(r["name"])) for r in _rows(graph, "chair-and-absent") if r["role"] == "Absentee"}
    assert absent >= {_fold(n) for n in expected.get("absent", [])}


def test_decisions_query_gives_the_assignees_as_printed(case):
    graph, expected = case
    rows = _rows(graph, "decisions")
    for want in expected.get("decisions", []):
        printed = {str(r["assignee"]) for r in rows if want["text_contains"].lower() in str(r["summary"]).lower()}
        assert set(want.get("assignees", [])) <= printed


def test_an_office_printed_in_a_list_refers_to_its_holder_on_the_date():
    folder = CASES / "us-nsc-1969-participants-offices-named"
    graph = build([folder / "input.txt"], link=False, validate=False).graph
    roles = {str(graph.value(e, KG.roleAsPrinted)): _surname(graph, graph.value(e, KG.refersTo))
             for e in graph.subjects(KG.roleAsPrinted, None) if (e, KG.refersTo, None) in graph}
    assert roles["The President"] == "nixon" and roles["The Vice President"] == "agnew"
