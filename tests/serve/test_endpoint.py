"""The SPARQL 1.1 Protocol endpoint of ``kg serve`` over HTTP: content types,
methods, refusals and limits; every competency query answers as ``kg query`` does."""

import csv
import io
import time
import xml.etree.ElementTree as ET

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.query import available, resolve

from .conftest import Served

SPEAKERS = "SELECT ?turn ?name WHERE { ?turn a kg:SpeechTurn ; kg:speaker/schema:name ?name } ORDER BY ?turn"
JSON = "application/sparql-results+json"


def rows_of(data: dict) -> list[list[str]]:
    names = data["head"]["vars"]
    return [[b.get(v, {}).get("value", "") for v in names] for b in data["results"]["bindings"]]


def same_rows(rows) -> list:
    """Rows compared as a multiset; a cell made by GROUP_CONCAT as a set, since
    SPARQL leaves the order of its parts to the engine."""
    return sorted([sorted(c.split("; ")) if "; " in c else c for c in r] for r in rows)


@pytest.fixture(scope="module")
def http(sample_site):
    with httpx.Client(base_url=sample_site.url, timeout=30) as client:
        yield client


def test_get_answers_sparql_json(http):
    r = http.get("/sparql", params={"query": SPEAKERS}, headers={"Accept": JSON})
    assert r.status_code == 200 and r.headers["content-type"].startswith(JSON)
    data = r.json()
    assert data["head"]["vars"] == ["turn", "name"]
    assert len(data["results"]["bindings"]) == 14
    assert data["results"]["bindings"][0]["turn"]["type"] == "uri"
    assert data["results"]["bindings"][0]["name"]["type"] == "literal"


@pytest.mark.parametrize("accept, fmt", [("application/sparql-results+xml", None), ("text/csv", None),
                                         ("text/tab-separated-values", None), (None, "xml"), (None, "csv"), (None, "tsv")])
def test_results_in_every_format_carry_the_same_rows(http, accept, fmt):
    expected = rows_of(http.get("/sparql", params={"query": SPEAKERS}, headers={"Accept": JSON}).json())
    params = {"query": SPEAKERS, **({"format": fmt} if fmt else {})}
    r = http.get("/sparql", params=params, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200
    kind = fmt or {"application/sparql-results+xml": "xml", "text/csv": "csv", "text/tab-separated-values": "tsv"}[accept]
    if kind == "xml":
        assert r.headers["content-type"].startswith("application/sparql-results+xml")
        ns = {"s": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(r.content)
        got = [[b.find("s:binding[@name='turn']/s:uri", ns).text, b.find("s:binding[@name='name']/s:literal", ns).text]
               for b in root.findall("s:results/s:result", ns)]
    elif kind == "csv":
        assert r.headers["content-type"].startswith("text/csv")
        table = list(csv.reader(io.StringIO(r.text)))
        assert table[0] == ["turn", "name"]
        got = table[1:]
    else:
        assert r.headers["content-type"].startswith("text/tab-separated-values")
        lines = r.text.splitlines()
        assert lines[0] == "?turn\t?name"
        got = [[c.strip("<>").strip('"') for c in line.split("\t")] for line in lines[1:]]
    assert got == expected


def test_post_as_form_and_as_query_body(http):
    form = http.post("/sparql", data={"query": SPEAKERS}, headers={"Accept": JSON})
    body = http.post("/sparql", content=SPEAKERS, headers={"Content-Type": "application/sparql-query", "Accept": JSON})
    assert form.status_code == body.status_code == 200
    assert rows_of(form.json()) == rows_of(body.json())


def test_ask_answers_a_boolean(http):
    r = http.get("/sparql", params={"query": "ASK { ?t a kg:SpeechTurn }"}, headers={"Accept": JSON})
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_construct_as_turtle_and_json_ld(http):
    q = "CONSTRUCT { ?p schema:sameAs ?w } WHERE { ?p a schema:Person ; schema:sameAs ?w }"
    ttl = http.get("/sparql", params={"query": q}, headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and ttl.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=ttl.text, format="turtle")
    assert (None, URIRef("https://schema.org/sameAs"), URIRef("http://www.wikidata.org/entity/Q152738")) in g
    jsonld = http.get("/sparql", params={"query": q}, headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert len(Graph().parse(data=jsonld.text, format="json-ld")) == len(g)


@pytest.mark.parametrize("request_kwargs, status", [
    (dict(method="GET", params={"query": "SELECT WHERE {"}), 400),
    (dict(method="GET", params={"query": "INSERT DATA { <a:b> <a:c> <a:d> }"}), 400),
    (dict(method="GET", params={"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}), 403),
    (dict(method="POST", data={"update": "DROP ALL"}), 403),
    (dict(method="POST", content="DROP ALL", headers={"Content-Type": "application/sparql-update"}), 403),
    (dict(method="POST", content="SELECT * {}", headers={"Content-Type": "text/plain"}), 415),
    (dict(method="GET", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}), 400),
    (dict(method="GET", params=[("query", "ASK {}"), ("query", "ASK {}")]), 400),
    (dict(method="GET", params={}, headers={"Accept": JSON}), 400),
    (dict(method="GET", params={"query": SPEAKERS}, headers={"Accept": "image/png"}), 406),
])
def test_refusals(http, request_kwargs, status):
    kwargs = dict(request_kwargs)
    r = http.request(kwargs.pop("method"), "/sparql", **kwargs)
    assert r.status_code == status, r.text


def test_the_word_service_in_a_string_is_no_service_call(http):
    r = http.get("/sparql", params={"query": 'SELECT ("SERVICE" AS ?x) WHERE {}'}, headers={"Accept": JSON})
    assert r.status_code == 200


def test_every_competency_query_gives_the_rows_of_kg_query(http, sample_rows):
    for name in available():
        r = http.post("/sparql", data={"query": resolve(name)}, headers={"Accept": JSON})
        assert r.status_code == 200, (name, r.text)
        assert same_rows(rows_of(r.json())) == same_rows(sample_rows[name]), name


def test_the_query_page_offers_the_competency_queries(http):
    page = http.get("/sparql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for name in available():
        assert f"/sparql?name={name}" in page.text
    chosen = http.get("/sparql", params={"name": "speakers"}, headers={"Accept": "text/html"})
    assert "kg:speaker" in chosen.text or "speaker" in chosen.text


def test_every_node_resolves_by_content_negotiation(http, mikoyan):
    iri, node = mikoyan
    html = http.get(node, headers={"Accept": "text/html"})
    assert html.status_code == 200 and "Q152738" in html.text
    ttl = http.get(node, headers={"Accept": "text/turtle"})
    assert ttl.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=ttl.text, format="turtle")
    me = URIRef(iri)
    assert (me, URIRef("https://schema.org/sameAs"), URIRef("http://www.wikidata.org/entity/Q152738")) in g
    jsonld = http.get(node, headers={"Accept": "application/ld+json"})
    assert set(Graph().parse(data=jsonld.text, format="json-ld")) == set(g)
    assert (me, URIRef("https://schema.org/name"), Literal("Mikoyan")) in g
    assert set(Graph().parse(data=http.get(node, params={"format": "ttl"}).text, format="turtle")) == set(g)
    assert http.get("/id/person/no-such-person").status_code == 404


@pytest.fixture(scope="module")
def strict_site(sample_ttl):
    site = Served(sample_ttl, "--query-timeout", "1", "--max-rows", "5")
    yield site
    site.stop()


def test_a_query_past_the_time_limit_is_stopped_and_the_next_one_answers(strict_site):
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with httpx.Client(base_url=strict_site.url, timeout=60) as http:
        started = time.monotonic()
        r = http.get("/sparql", params={"query": heavy}, headers={"Accept": JSON})
        assert r.status_code == 503 and "stopped" in r.text
        assert time.monotonic() - started < 10
        again = http.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": JSON})
        assert again.status_code == 200 and again.json()["boolean"] is True


def test_answers_are_cut_at_the_row_cap(strict_site):
    with httpx.Client(base_url=strict_site.url, timeout=60) as http:
        r = http.get("/sparql", params={"query": "SELECT ?s WHERE { ?s a oa:SpecificResource }"}, headers={"Accept": JSON})
        assert r.status_code == 200
        assert len(r.json()["results"]["bindings"]) == 5
        assert r.headers["KG-Rows-Cut-At"] == "5"
