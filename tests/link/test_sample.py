"""The sample record, built by the pipeline and linked with data/authority.tsv."""

from pathlib import Path

import pytest

from kg import vocab
from kg.build import build
from kg.link import link_graph
from kg.link.forms import form_key, split_person
from kg.link.linker import claim_iri
from kg.query import run

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "presidium-1956-11-01.txt"

PARTICIPANTS = {
    "Voroshilov": "Q186185",
    "Bulganin": "Q48093",
    "Kaganovich": "Q215705",
    "Mikoyan": "Q152738",
    "Brezhnev": "Q765165",
    "Zhukov": "Q124617",
    "Shvernik": "Q355639",
    "Konev": "Q185024",
    "Shepilov": "Q729274",
}
WITHOUT_QID = ["Saburov", "Suslov", "Furtseva", "Pospelov", "Serov"]
# Every identity the sample can rightly be linked to: the persons above, the
# persons of the notes, and the places and bodies the text names.
RIGHT = set(PARTICIPANTS.values()) | {
    "Q35314",  # Khrushchev (note 2)
    "Q177917",  # Imre Nagy
    "Q200850",  # János Kádár (note 9)
    "Q1781", "Q649", "Q28", "Q33946", "Q218", "Q79", "Q142", "Q869", "Q148", "Q15180",
    "Q842008", "Q1971373", "Q79854", "Q1073752", "Q41644",
}


@pytest.fixture(scope="module")
def linked(authority):
    g = build([SAMPLE], link=False, validate=False).graph
    report = link_graph(g, authority)
    return g, report


def attendees(g):
    out = {}
    for entry in g.subjects(vocab.RDF.type, vocab.KG.ListEntry):
        out[str(g.value(entry, vocab.KG.nameAsPrinted))] = g.value(entry, vocab.KG.refersTo)
    return out


def same_as(g, e):
    return sorted(str(o).rsplit("/", 1)[1] for o in g.objects(e, vocab.SDO.sameAs))


def test_participants_with_qid_are_linked_to_it(linked):
    g, _ = linked
    people = attendees(g)
    for name, qid in PARTICIPANTS.items():
        assert same_as(g, people[name]) == [qid], name
        assert g.value(claim_iri(people[name]), vocab.KG.outcome) == vocab.KG.Linked


def test_khrushchev_in_the_notes(linked):
    g, _ = linked
    khrushchev = [p for p in g.subjects(vocab.RDF.type, vocab.SDO.Person)
                  if "Khrushchev" in {str(s) for s in g.objects(p, vocab.KG.spelling)}]
    assert khrushchev and all(same_as(g, p) == ["Q35314"] for p in khrushchev)


def test_participants_without_qid_are_not_linked(linked):
    g, report = linked
    people = attendees(g)
    results = report.by_entity()
    for name in WITHOUT_QID:
        p = people[name]
        assert same_as(g, p) == [], name
        assert g.value(claim_iri(p), vocab.KG.outcome) == vocab.KG.NotFound
        assert results[str(p)].outcome == "not_found" and results[str(p)].qid is None


def test_nothing_is_linked_wrongly(linked, authority):
    g, report = linked
    by_qid = {e.qid: e for e in authority if e.qid}
    linked_qids = set()
    for entity, _, wd in g.triples((None, vocab.SDO.sameAs, None)):
        if (entity, vocab.RDF.type, vocab.KG.Candidate) in g:
            continue
        qid = str(wd).rsplit("/", 1)[1]
        linked_qids.add(qid)
        assert qid in RIGHT, (entity, qid)
        entry = by_qid[qid]
        if entry.kind == "person":
            for spelling in g.objects(entity, vocab.KG.spelling):
                _, surname, _ = split_person(str(spelling))
                assert form_key(surname) in entry.surname_keys, (entity, spelling, qid)
    assert set(PARTICIPANTS.values()) | {"Q35314"} <= linked_qids
    assert {r.qid for r in report.linked} == linked_qids
    assert not any(o for o in g.objects(None, vocab.OWL.sameAs))


def test_persons_query_on_the_sample(linked):
    g, _ = linked
    rows = run(g, "persons")
    assert rows.variables == ["person", "name", "wikidata", "born", "died", "spellings"]
    names = {r[1]: r for r in rows.rows}
    assert names["Anastas Mikoyan"][2].endswith("/Q152738")
    assert names["Mikhail Suslov"][2] == ""
