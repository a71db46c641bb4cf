"""The linker on hand-made graphs: the hard cases of identity."""

import pytest
from rdflib import BNode, Graph, Literal
from rdflib.compare import isomorphic

from kg import vocab
from kg.link import link_graph
from kg.link.authority import parse_authority
from kg.link.claims import AGENT
from kg.link.linker import claim_iri

from .conftest import TEST_ROWS, tsv
from .graphs import Record, check_spans


def outcome(graph, entity):
    return graph.value(claim_iri(entity), vocab.KG.outcome)


def same_as(graph, entity):
    return sorted(str(o) for o in graph.objects(entity, vocab.SDO.sameAs))


def candidates(graph, entity):
    """{authority key: score} of the entity's claim."""
    claim = claim_iri(entity)
    return {str(graph.value(c, vocab.KG.authorityKey)): float(graph.value(c, vocab.KG.score))
            for c in graph.objects(claim, vocab.KG.candidate)}


# ---------------------------------------------------------------- basic shape


def test_linked_participant_gets_identity_labels_dates_and_claim(graph, meeting, authority):
    p = meeting.attend("Mikoyan")
    check_spans(graph, [meeting])
    report = link_graph(graph, authority)
    assert same_as(graph, p) == [str(vocab.WD.Q152738)]
    assert (p, vocab.RDFS.label, Literal("Anastas Mikoyan", lang="en")) in graph
    assert (p, vocab.RDFS.label, Literal("Анастас Иванович Микоян", lang="ru")) in graph
    assert (p, vocab.SDO.birthDate, Literal("1895-11-25", datatype=vocab.XSD.date)) in graph
    assert (p, vocab.SDO.deathDate, Literal("1978-10-21", datatype=vocab.XSD.date)) in graph
    claim = claim_iri(p)
    assert (claim, vocab.RDF.type, vocab.KG.IdentityClaim) in graph
    assert (claim, vocab.KG.about, p) in graph
    assert (claim, vocab.KG.outcome, vocab.KG.Linked) in graph
    assert (claim, vocab.PROV.wasAttributedTo, AGENT) in graph
    assert graph.value(claim, vocab.KG.rule)
    evidence = list(graph.objects(claim, vocab.KG.evidence))
    assert evidence and all("/span/" in str(s) for s in evidence)
    cand = graph.value(claim, vocab.KG.candidate)
    assert (cand, vocab.RDF.type, vocab.KG.Candidate) in graph
    assert (cand, vocab.SDO.sameAs, vocab.WD.Q152738) in graph
    assert str(graph.value(cand, vocab.KG.authorityKey)) == "anastas-mikoyan"
    assert float(graph.value(cand, vocab.KG.score)) == 0.6
    assert [r.qid for r in report.linked] == ["Q152738"]


def test_no_blank_nodes_and_no_owl_same_as(graph, meeting, authority):
    meeting.attend("Mikoyan")
    meeting.attend("Dulles")
    meeting.mention(meeting.entity("place", "Budapest"), "Budapest")
    link_graph(graph, authority)
    for triple in graph:
        assert not any(isinstance(t, BNode) for t in triple)
    assert not list(graph.triples((None, vocab.OWL.sameAs, None)))


def test_relinking_is_idempotent(graph, meeting, authority):
    meeting.attend("Mikoyan")
    meeting.attend("Dulles")
    meeting.attend("Rajk")
    meeting.speak("Serov")
    meeting.mention(meeting.entity("place", "Soviet Union"), "USSR")
    meeting.mention(meeting.person("Khr."), "Khr.")
    link_graph(graph, authority)
    once = Graph()
    for t in graph:
        once.add(t)
    link_graph(graph, authority)
    assert set(graph) == set(once)
    assert isomorphic(graph, once)


def test_relinking_with_other_authority_removes_previous_claims(graph, meeting, authority):
    p = meeting.attend("Mikoyan")
    link_graph(graph, authority)
    assert same_as(graph, p)
    empty = parse_authority("key\tkind\tlabel\tqid\taliases\tevidence\n", "empty.tsv")
    link_graph(graph, empty)
    assert same_as(graph, p) == []
    assert outcome(graph, p) == vocab.KG.NotFound
    assert (p, vocab.SDO.birthDate, None) not in graph
    assert (p, vocab.RDFS.label, Literal("Anastas Mikoyan", lang="en")) not in graph
    assert (p, vocab.RDFS.label, Literal("Mikoyan")) in graph  # the label it was minted with stays
    assert len(list(graph.subjects(vocab.RDF.type, vocab.KG.Candidate))) == 0


# ---------------------------------------------------------------- two people, one surname


def test_dulles_alone_is_ambiguous(graph, meeting, authority):
    p = meeting.attend("Dulles")
    report = link_graph(graph, authority)
    assert outcome(graph, p) == vocab.KG.Ambiguous
    assert same_as(graph, p) == []
    assert set(candidates(graph, p)) == {"allen-dulles", "john-foster-dulles"}
    assert [r.entity for r in report.ambiguous] == [str(p)]


def test_dulles_ambiguous_even_when_both_have_ids(graph, meeting, test_authority):
    p = meeting.attend("Dulles")
    link_graph(graph, test_authority)
    assert outcome(graph, p) == vocab.KG.Ambiguous
    assert same_as(graph, p) == []
    assert candidates(graph, p) == {"allen-dulles": 0.6, "john-foster-dulles": 0.6}


def test_first_name_or_initials_decide_dulles(graph, meeting, test_authority):
    allen = meeting.person("Allen Dulles", key="dulles-a")
    meeting.mention(allen, "Allen Dulles")
    jfd = meeting.person("J. F. Dulles", key="dulles-jf")
    meeting.mention(jfd, "J. F. Dulles")
    aw = meeting.person("A. W. Dulles", key="dulles-aw")
    meeting.mention(aw, "A. W. Dulles")
    foster = meeting.person("Foster Dulles", key="dulles-f")
    meeting.mention(foster, "Foster Dulles")
    a_only = meeting.person("A. Dulles", key="dulles-a2")
    meeting.mention(a_only, "A. Dulles")
    link_graph(graph, test_authority)
    assert same_as(graph, allen) == [str(vocab.WD.Q9900003)]
    assert same_as(graph, aw) == [str(vocab.WD.Q9900003)]
    assert same_as(graph, a_only) == [str(vocab.WD.Q9900003)]
    assert same_as(graph, jfd) == [str(vocab.WD.Q9900002)]
    assert same_as(graph, foster) == [str(vocab.WD.Q9900002)]
    # the brother is kept as a candidate, ruled out by the initials
    assert candidates(graph, a_only)["john-foster-dulles"] == 0.0


def test_initials_from_the_real_data(graph, meeting, authority):
    allen = meeting.person("A. W. Dulles", key="dulles-aw")
    meeting.mention(allen, "A. W. Dulles")
    jfd = meeting.person("J. F. Dulles", key="dulles-jf")
    meeting.mention(jfd, "J. F. Dulles")
    report = link_graph(graph, authority)
    assert same_as(graph, allen) == [str(vocab.WD.Q317243)]
    # John Foster Dulles has no verified qid: found in the authority data, not linked
    assert same_as(graph, jfd) == []
    assert outcome(graph, jfd) == vocab.KG.NotFound
    assert report.by_entity()[str(jfd)].authority_key == "john-foster-dulles"


def test_role_dates_decide_between_namesakes_in_office(graph, test_authority):
    early = Record(graph, "1956-03-01", "Notes A")
    late = Record(graph, "1965-03-01", "Notes B")
    p56 = early.attend("Primerov", key="primerov-56")
    p65 = late.attend("Primerov", key="primerov-65")
    mentioned = early.person("Primerov", key="primerov-m")
    early.mention(mentioned, "Primerov")
    link_graph(graph, test_authority)
    # 1956: both alive, only Yuri in office -> Yuri
    assert same_as(graph, p56) == [str(vocab.WD.Q9900010)]
    # 1965: Yuri is dead -> Pavel
    assert same_as(graph, p65) == [str(vocab.WD.Q9900011)]
    # a mention is not bound to office or life: both fit
    assert outcome(graph, mentioned) == vocab.KG.Ambiguous


# ---------------------------------------------------------------- the dead


def test_dead_namesake_is_never_a_participant_or_speaker(graph, meeting, test_authority):
    rajk = meeting.attend("Rajk")
    meeting.speak("Rajk")
    report = link_graph(graph, test_authority)
    assert same_as(graph, rajk) == []
    assert outcome(graph, rajk) == vocab.KG.NotFound
    assert candidates(graph, rajk) == {"laszlo-rajk": 0.0}
    result = report.by_entity()[str(rajk)]
    assert "dead on 1956-11-01" in result.candidates[0].excluded
    assert (rajk, vocab.SDO.deathDate, None) not in graph


def test_dead_person_mentioned_is_linked(graph, meeting, test_authority):
    rajk = meeting.person("Rajk")
    meeting.mention(rajk, "Rajk", before="the", after="affair")
    link_graph(graph, test_authority)
    assert same_as(graph, rajk) == [str(vocab.WD.Q9900001)]
    assert (rajk, vocab.SDO.deathDate, Literal("1949-10-15", datatype=vocab.XSD.date)) in graph
    assert (rajk, vocab.RDFS.label, Literal("Rajk László", lang="hu")) in graph


def test_dead_person_mentioned_real_data_has_no_qid(graph, meeting, authority):
    rajk = meeting.person("Rajk")
    meeting.mention(rajk, "Rajk", before="the", after="affair")
    report = link_graph(graph, authority)
    assert same_as(graph, rajk) == []
    assert report.by_entity()[str(rajk)].authority_key == "laszlo-rajk"
    assert (rajk, vocab.SDO.deathDate, Literal("1949-10-15", datatype=vocab.XSD.date)) in graph


def test_dead_namesake_leaves_the_living_one(graph, meeting, test_authority):
    serov = meeting.speak("Serov")
    link_graph(graph, test_authority)
    assert same_as(graph, serov) == [str(vocab.WD.Q9900004)]
    assert candidates(graph, serov) == {"ivan-serov": 0.6, "valentin-serov": 0.0}


def test_serov_mentioned_without_date_context_is_ambiguous(graph, meeting, test_authority):
    serov = meeting.person("Serov")
    meeting.mention(serov, "Serov")
    link_graph(graph, test_authority)
    assert outcome(graph, serov) == vocab.KG.Ambiguous


# ---------------------------------------------------------------- kinds


def test_place_named_like_a_person(graph, meeting, test_authority):
    town = meeting.entity("place", "Kirov")
    meeting.mention(town, "Kirov")
    man = meeting.person("Kirov")
    meeting.mention(man, "Kirov", before="the murder of")
    link_graph(graph, test_authority)
    assert same_as(graph, town) == [str(vocab.WD.Q9900007)]
    assert same_as(graph, man) == [str(vocab.WD.Q9900006)]


def test_place_with_a_persons_name_is_not_linked_to_the_person(graph, meeting, authority):
    place = meeting.entity("place", "Zhukov")
    meeting.mention(place, "Zhukov")
    person = meeting.attend("Zhukov", key="zukov-person")
    report = link_graph(graph, authority)
    assert same_as(graph, place) == []
    assert outcome(graph, place) == vocab.KG.NotFound
    assert "is a person, not a place" in report.by_entity()[str(place)].rule
    assert same_as(graph, person) == [str(vocab.WD.Q124617)]


def test_person_named_like_a_place_is_not_linked(graph, meeting, authority):
    person = meeting.attend("Budapest", key="budapest-person")
    link_graph(graph, authority)
    assert same_as(graph, person) == []


def test_bodies_and_events(graph, meeting, authority):
    body = meeting.entity("body", "CPSU CC Presidium")
    meeting.mention(body, "CPSU CC Presidium")
    hwp = meeting.entity("body", "HWP")
    meeting.mention(hwp, "HWP")
    suez = meeting.event("the Suez Crisis", "1956-10-29", slug="suez")
    wrong = meeting.event("Suez Crisis", "1973-10-06", slug="suez-1973")
    link_graph(graph, authority)
    assert same_as(graph, body) == [str(vocab.WD.Q842008)]
    assert same_as(graph, hwp) == [str(vocab.WD.Q1073752)]
    assert same_as(graph, suez) == [str(vocab.WD.Q49101)]
    assert same_as(graph, wrong) == []  # an event dated outside the authority's dates


# ---------------------------------------------------------------- spellings


def test_transliteration_variants(graph, authority):
    for i, printed in enumerate(["Mikoian", "Mikojan", "Mikoyan", "Микоян", "Anastas Mikoian", "A. I. Mikoyan"]):
        rec = Record(graph, "1956-11-01", f"Record {i}")
        p = rec.person(printed, key=f"m{i}")
        rec.mention(p, printed)
    link_graph(graph, authority)
    for i in range(6):
        p = next(graph.subjects(vocab.KG.nameKey, Literal(f"m{i}")))
        assert same_as(graph, p) == [str(vocab.WD.Q152738)], i


def test_diacritics_and_cyrillic(graph, meeting, authority):
    forms = ["Kadar", "Kádár", "Janos Kadar", "Kádár János"]
    entities = []
    for i, printed in enumerate(forms):
        p = meeting.person(printed, key=f"k{i}")
        meeting.mention(p, printed)
        entities.append(p)
    khr = meeting.person("Хрущёв", key="hr-cyr")
    meeting.mention(khr, "Хрущёв")
    link_graph(graph, authority)
    for p in entities:
        assert same_as(graph, p) == [str(vocab.WD.Q200850)]
    assert same_as(graph, khr) == [str(vocab.WD.Q35314)]


def test_other_given_name_is_not_the_same_person(graph, meeting, authority):
    son = meeting.person("Sergo Mikoyan", key="sergo")
    meeting.mention(son, "Sergo Mikoyan")
    link_graph(graph, authority)
    assert same_as(graph, son) == []
    assert candidates(graph, son) == {"anastas-mikoyan": 0.0}


def test_every_spelling_is_kept(graph, meeting, authority):
    p = meeting.attend("Mikoyan")
    meeting.mention(p, "Mikoian")
    link_graph(graph, authority)
    spellings = {str(s) for s in graph.objects(p, vocab.KG.spelling)}
    assert {"Mikoyan", "Mikoian"} <= spellings


# ---------------------------------------------------------------- abbreviations


def test_abbreviation_with_the_full_name_in_the_record(graph, meeting, test_authority):
    meeting.mention(meeting.person("Khrushchev"), "Khrushchev")
    khr = meeting.person("Khr.")
    meeting.mention(khr, "Khr.")
    report = link_graph(graph, test_authority)
    assert same_as(graph, khr) == [str(vocab.WD.Q9900008)]
    assert candidates(graph, khr) == {"nikita-khrushchev": 0.5}
    assert "co-occurring" in report.by_entity()[str(khr)].rule


def test_abbreviation_unique_at_the_date(graph, meeting, authority):
    khr = meeting.person("Khr.")
    meeting.mention(khr, "Khr.")
    link_graph(graph, authority)
    assert same_as(graph, khr) == [str(vocab.WD.Q35314)]


def test_abbreviation_of_a_dead_man_as_speaker_is_not_linked(graph, authority):
    late = Record(graph, "1975-05-01", "Later notes")
    khr = late.speak("Khr.")
    link_graph(graph, authority)
    assert same_as(graph, khr) == []
    assert outcome(graph, khr) == vocab.KG.NotFound


def test_abbreviation_fitting_two_entries_is_ambiguous(graph, meeting, test_authority):
    mal = meeting.person("Mal.")
    meeting.mention(mal, "Mal.")
    link_graph(graph, test_authority)
    assert outcome(graph, mal) == vocab.KG.Ambiguous
    assert set(candidates(graph, mal)) == {"georgy-malenkov", "vladimir-malin"}


def test_abbreviation_decided_by_co_occurring_participant(graph, meeting, test_authority):
    meeting.attend("Malenkov")
    mal = meeting.person("Mal.")
    meeting.mention(mal, "Mal.")
    link_graph(graph, test_authority)
    assert same_as(graph, mal) == [str(vocab.WD.Q9900009)]


# ---------------------------------------------------------------- user rows


def test_user_added_row_links_a_new_person(tmp_path, graph, meeting):
    from kg.link.authority import DEFAULT_PATH, load_authority

    path = tmp_path / "authority.tsv"
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    header = text.splitlines()[0].split("\t")
    row = {"key": "yuri-primerov", "kind": "person", "label": "Yuri Primerov", "qid": "Q9900010",
           "aliases": "Primerow", "born": "1930", "died": "1960", "evidence": "added by a user (test)"}
    path.write_text(text + "\t".join(row.get(c, "") for c in header) + "\n", encoding="utf-8")
    p = meeting.attend("Primerow")
    before = link_graph(Graph() + graph, load_authority())
    assert before.not_found and not before.linked
    link_graph(graph, load_authority(path))
    assert same_as(graph, p) == [str(vocab.WD.Q9900010)]
    assert (p, vocab.SDO.birthDate, Literal("1930", datatype=vocab.XSD.gYear)) in graph


def test_report_text_and_json(graph, meeting, test_authority):
    import json

    meeting.attend("Mikoyan")
    meeting.attend("Dulles")
    meeting.attend("Rajk")
    meeting.speak("Serov")
    report = link_graph(graph, parse_authority(tsv(TEST_ROWS), "t.tsv"))
    text = report.to_text()
    assert text.startswith("linked 1 (1 person), ambiguous 1 (1 person), not found 2 (2 persons)")
    assert "id:person/serov" in text and "wd:Q9900004" in text
    assert "id:person/dules" in text
    data = json.loads(report.to_json())
    assert data["counts"] == {"linked": 1, "ambiguous": 1, "not_found": 2}
    assert data["linked"][0]["qid"] == "Q9900004"
    assert {c["key"] for c in data["ambiguous"][0]["candidates"]} == {"allen-dulles", "john-foster-dulles"}


def test_claims_conform_to_the_shapes(graph, meeting, authority):
    from kg import resources

    if not resources.SHAPES.exists():
        pytest.skip("no shapes yet")
    from kg.validate import validate

    meeting.attend("Mikoyan")
    meeting.attend("Dulles")
    meeting.attend("Rajk")
    meeting.speak("Serov")
    meeting.speak("Khr.")
    meeting.attend("Konev")
    meeting.mention(meeting.entity("place", "Zhukov"), "Zhukov")
    meeting.mention(meeting.entity("body", "HWP"), "HWP")
    meeting.event("the Suez Crisis", "1956-10-29", slug="suez")
    check_spans(graph, [meeting])
    link_graph(graph, authority)
    focus = ("/claim/", "/person/", "/place/", "/body/", "/event/")
    wrong = [(r.focus, r.path, r.message) for r in validate(graph).results if any(f in r.focus for f in focus)]
    assert wrong == []


def test_a_phrase_kept_as_spelling_does_not_rule_out(graph, meeting, authority):
    p = meeting.attend("Brezhnev")
    meeting.mention(p, "Information of Cde. Brezhnev.")
    link_graph(graph, authority)
    assert same_as(graph, p) == [str(vocab.WD.Q765165)]
