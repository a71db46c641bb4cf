"""``kg push`` into a real oxigraph server started by the test: one named graph
per record and one of entities; then every competency query, sent to that
server over HTTP, gives the rows of ``kg query``."""

import json
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest
from rdflib import URIRef

from kg.export import load_graph
from kg.push import ENTITY_GRAPH, partition, push
from kg.query import available, resolve
from kg.serve.store import declare_prefixes
from kg.vocab import KG, RDF
from tests.link.test_online import Server, oxigraph_executable

from .conftest import ROOT
from .test_endpoint import same_rows


class UnionServer(Server):
    """An in-memory oxigraph server whose default graph is the union of its named graphs."""

    def command(self) -> list[str]:
        return [self.exe, "serve", "--bind", f"127.0.0.1:{self.port}", "--union-default-graph"]


@pytest.fixture
def oxigraph(tmp_path):
    exe = oxigraph_executable()
    if not exe:
        pytest.skip("the oxigraph executable (pip install oxigraph) is not installed")
    server = UnionServer(exe, tmp_path)
    server.start()
    yield server
    server.stop()


def select(server, sparql: str) -> list[list[str]]:
    data = urllib.parse.urlencode({"query": declare_prefixes(sparql)}).encode()
    req = urllib.request.Request(server.endpoint, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        answer = json.load(r)
    names = answer["head"]["vars"]
    return [[b.get(v, {}).get("value", "") for v in names] for b in answer["results"]["bindings"]]


def graphs(server) -> dict[str, int]:
    rows = select(server, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {g: int(n) for g, n in rows}


def test_partition_gives_each_record_its_graph_and_shares_the_entities(corpus_ttl):
    g = load_graph(str(corpus_ttl))
    parts = partition(g)
    texts = set(g.subjects(RDF.type, KG.RecordText))
    assert set(parts) == texts | {ENTITY_GRAPH}
    assert sum(len(p) for p in parts.values()) == len(g)
    for text in texts:
        assert (text, RDF.type, KG.RecordText) in parts[text]
        turns = set(parts[text].subjects(RDF.type, KG.SpeechTurn))
        assert all(parts[text].value(t, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/subEventOf")) for t in turns)
    persons = set(g.subjects(RDF.type, URIRef("https://schema.org/Person")))
    assert persons and persons <= set(parts[ENTITY_GRAPH].subjects())


@pytest.mark.parametrize("update", [False, True], ids=["graph-store-protocol", "sparql-update"])
def test_pushed_graph_answers_every_competency_query_as_kg_query(oxigraph, sample_ttl, sample_rows, update):
    base = oxigraph.endpoint.rsplit("/", 1)[0]
    target = base + ("/update" if update else "/store")
    sent = dict(push(sample_ttl, target, update=update))
    assert str(ENTITY_GRAPH) in sent and len(sent) == 2
    again = dict(push(sample_ttl, target, update=update))  # a second push replaces, it does not add
    assert graphs(oxigraph) == sent == again
    for name in available():
        assert same_rows(select(oxigraph, resolve(name))) == same_rows(sample_rows[name]), name


def test_one_named_graph_with_the_cli(oxigraph, sample_ttl):
    store = oxigraph.endpoint.rsplit("/", 1)[0] + "/store"
    out = subprocess.run([sys.executable, "-m", "kg.cli", "push", str(sample_ttl), "--endpoint", store,
                          "--graph", "https://example.org/all"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert list(graphs(oxigraph)) == ["https://example.org/all"]


def test_an_unreachable_server_is_a_one_line_error(sample_ttl):
    out = subprocess.run([sys.executable, "-m", "kg.cli", "push", str(sample_ttl), "--endpoint", "http://127.0.0.1:9/store"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2 and out.stderr.startswith("kg: error:") and len(out.stderr.strip().splitlines()) == 1
