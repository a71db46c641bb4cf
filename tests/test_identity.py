"""Entity keys come from the records alone: one person across records only on
a full name, namesakes apart, and authority rows never move a record's nodes."""

import importlib
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from kg.graph import iris
from kg.graph.identity import person_name
from kg.build import build
from kg.link import link_graph
from kg.link.authority import load_authority, parse_authority
from kg.vocab import KG, RDF, RDFS, SDO

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "identity_cases"
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
SOME_GENRE_CASES = [ROOT / "tests" / "cases" / n / "input.txt"
                    for n in ("us-nsc-memorandum", "name-variants-archives", "polish-politburo-protocol")]


@pytest.fixture(scope="module")
def built():
    return build([CASES], link=False, validate=False)


def _speakers(result, stem):
    doc = next(d for d in result.documents if Path(d.path).stem == stem)
    g = result.graph
    turns = [t for t in g.subjects(RDF.type, KG.SpeechTurn) if str(t).startswith(str(iris.turn(doc.key, 1, 1))[:-1])]
    return {p for t in turns for p in g.objects(t, KG.speaker)}, doc


def _named(g, spelling):
    return {s for s in g.subjects(KG.spelling, Literal(spelling)) if (s, RDF.type, SDO.Person) in g}


def test_one_full_name_in_two_records_is_one_person(built):
    g = built.graph
    janos = iris.entity("person", "anos-kovacs")
    assert _named(g, "János Kovács") == {janos}
    a_speakers, _ = _speakers(built, "a-kovacs-full-name")
    b_speakers, _ = _speakers(built, "b-kovacs-again")
    assert janos in a_speakers and janos in b_speakers  # "Cde. Kovács" speaking, resolved in each record


def test_namesakes_stay_apart(built):
    g = built.graph
    kovacs = _named(g, "Kovács")
    sandor = iris.entity("person", "sandor-kovacs")
    _, d = _speakers(built, "d-kovacs-surname-only")
    surname_only = iris.entity("person", "kovacs", d.key)
    assert kovacs == {iris.entity("person", "anos-kovacs"), sandor, surname_only}
    c_speakers, _ = _speakers(built, "c-kovacs-other-given-name")
    assert sandor in c_speakers
    # Tóth of the Csepel notes is not Imre Tóth of the county council.
    assert _named(g, "Tóth") == {iris.entity("person", "imre-toth"), iris.entity("person", "toth", d.key)}


def test_person_names_split_given_name_initial_and_surname():
    assert person_name("Cde. János Kovács") == person_name("János Kovács")
    assert person_name("Allen W. Dulles").given == "Allen"
    assert person_name("J. F. Dulles").given == "" and person_name("J. F. Dulles").initial == "J"
    assert person_name("Kovács").surname == "Kovács" and not person_name("Kovács").initial


def _record_layer(g: Graph) -> set:
    return {(s, p, o) for s, p, o in g if iris.layer(str(s)) in ("record", "entity")}


def _empty_authority(tmp_path):
    path = tmp_path / "authority.tsv"
    full = (ROOT / "data" / "authority.tsv").read_text(encoding="utf-8")
    path.write_text(full.splitlines()[0] + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("paths", [[SAMPLE], [CASES], SOME_GENRE_CASES], ids=["sample", "identity", "genre"])
def test_authority_rows_change_only_the_link_layer(paths, tmp_path, monkeypatch):
    full = build(paths, link=False, validate=False).graph
    authority = load_authority()
    empty_path = _empty_authority(tmp_path)
    monkeypatch.setattr(importlib.import_module("kg.link.authority"), "DEFAULT_PATH", empty_path)
    monkeypatch.setattr(importlib.import_module("kg.resources"), "AUTHORITY", empty_path)
    monkeypatch.setenv("KG_AUTHORITY", str(tmp_path / "no-user-rows.tsv"))
    without = build(paths, link=False, validate=False).graph
    assert _record_layer(full) == _record_layer(without)
    assert set(full.subjects()) == set(without.subjects())

    report_full = link_graph(full, authority)
    report_none = link_graph(without, parse_authority(empty_path.read_text(encoding="utf-8"), "empty.tsv"))
    assert not report_none.linked and (report_full.linked or paths == [CASES])
    # The linker names linked events too (labels, sameAs): its statements, not the record's.
    said_by_link = {RDFS.label, SDO.sameAs, SDO.birthDate, SDO.deathDate}
    record = {t for t in full if iris.layer(str(t[0])) == "record" and t[1] not in said_by_link}
    assert record == {t for t in without if iris.layer(str(t[0])) == "record" and t[1] not in said_by_link}
    assert {s for s in full.subjects() if iris.layer(str(s)) == "entity"} == \
        {s for s in without.subjects() if iris.layer(str(s)) == "entity"}
