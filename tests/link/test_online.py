"""The online resolver against a real SPARQL server: the oxigraph server from
PyPI, bound to 127.0.0.1, loaded with a small Wikidata-shaped data set made
here. The query text is the one the public endpoint gets."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Literal

from kg import vocab
from kg.errors import LinkError
from kg.link import link_graph
from kg.link.authority import PartialDate
from kg.link.linker import claim_iri
from kg.link.wikidata import DEFAULT_ENDPOINT, WikidataResolver, build_query

from .graphs import Record

from .wikidata_data import WD, wikidata_triples


def oxigraph_executable():
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, exe, location: Path):
        self.exe = exe
        self.location = location
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/query"
        self.proc = None

    def command(self) -> list[str]:
        return [self.exe, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"]

    def start(self):
        self.proc = subprocess.Popen(self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ask = self.endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"oxigraph exited: {self.proc.stderr.read().decode(errors='replace')}")
            try:
                with urllib.request.urlopen(ask, timeout=1) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("oxigraph did not answer within 30 s")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc and self.proc.stderr:
            self.proc.stderr.close()


def own_server(tmp_path) -> Server:
    """An oxigraph server of this test's own, loaded with the test data set."""
    exe = oxigraph_executable()
    if not exe:
        pytest.skip("the oxigraph executable (pip install oxigraph) is not installed")
    data = tmp_path / "wikidata.nt"
    data.write_text(wikidata_triples(), encoding="utf-8")
    store = tmp_path / "store"
    subprocess.run([exe, "load", "--location", str(store), "--file", str(data)], check=True,
                   capture_output=True, timeout=60)
    return Server(exe, store).start()


@pytest.fixture
def wikidata_server(tmp_path):
    server = own_server(tmp_path)
    yield server
    server.stop()


def test_query_text_is_the_same_for_every_endpoint(tmp_path):
    text = build_query(["Tito"], "person", dates=[PartialDate(1956, 11, 1)], acting=True)
    local = WikidataResolver("http://127.0.0.1:1/query", tmp_path)
    public = WikidataResolver(DEFAULT_ENDPOINT, tmp_path)
    assert '"Tito"@en' in text and '"Tito"@ru' in text and '"tito"@de' in text
    assert "wdt:P31" in text and "wd:Q5" in text and "wdt:P569" in text and "wdt:P570" in text
    assert "YEAR(?end) >= 1956" in text
    # the cache tells endpoints apart; the query text does not depend on them
    assert local.cache_path(text) != public.cache_path(text)
    assert public.endpoint == "https://query.wikidata.org/sparql"


def test_resolver_against_a_local_server_then_from_the_cache(wikidata_server, tmp_path):
    cache = tmp_path / "cache"
    resolver = WikidataResolver(wikidata_server.endpoint, cache)
    found = resolver.lookup(["Tito"], "person", dates=[PartialDate(1956, 11, 1)], acting=True)
    assert [e.qid for e in found] == ["Q9900101"]  # Tito Livio died in 1850; Tito Town is a place
    tito = found[0]
    assert tito.label == "Josip Broz Tito"
    assert tito.born == PartialDate(1892, 5, 7) and tito.died == PartialDate(1980, 5, 4)
    mentioned = resolver.lookup(["Tito"], "person")
    assert [e.qid for e in mentioned] == ["Q9900101", "Q9900102"]
    assert [e.qid for e in resolver.lookup(["Белград"], "place")] == ["Q9900104"]
    assert [e.qid for e in resolver.lookup(["BELGRADE"], "place")] == ["Q9900104"]  # case variants
    assert [e.qid for e in resolver.lookup(["SKJ"], "body")] == ["Q9900106"]
    assert resolver.requests == 5 and resolver.cache_hits == 0
    assert len(list(cache.glob("*.json"))) == 5

    wikidata_server.stop()
    again = WikidataResolver(wikidata_server.endpoint, cache)
    assert [e.qid for e in again.lookup(["Tito"], "person", dates=[PartialDate(1956, 11, 1)], acting=True)] \
        == ["Q9900101"]
    assert again.requests == 0 and again.cache_hits == 1
    with pytest.raises(LinkError, match=f"127.0.0.1:{wikidata_server.port}"):
        again.lookup(["Kardelj"], "person")  # not cached, server gone


def test_link_graph_online_then_offline(wikidata_server, tmp_path, authority):
    from rdflib import Graph

    def build():
        g = Graph()
        rec = Record(g, "1956-11-01", "Notes")
        tito = rec.attend("Tito")
        kardelj = rec.person("Kardelj")
        rec.mention(kardelj, "Kardelj")
        city = rec.entity("place", "Belgrade")
        rec.mention(city, "Belgrade")
        party = rec.entity("body", "SKJ")
        rec.mention(party, "SKJ")
        tito_mentioned = rec.person("Tito", key="tito-mentioned")
        rec.mention(tito_mentioned, "Tito")
        mikoyan = rec.attend("Mikoyan")
        return g, tito, kardelj, city, party, tito_mentioned, mikoyan

    cache = tmp_path / "cache"
    g, tito, kardelj, city, party, tito_mentioned, mikoyan = build()
    resolver = WikidataResolver(wikidata_server.endpoint, cache)
    report = link_graph(g, authority, resolver=resolver)
    same = lambda e: sorted(str(o) for o in g.objects(e, vocab.SDO.sameAs))
    assert same(tito) == [WD + "Q9900101"]
    assert same(kardelj) == [WD + "Q9900103"]
    assert same(city) == [WD + "Q9900104"]
    assert same(party) == [WD + "Q9900106"]
    assert same(tito_mentioned) == []  # a mention: the dead namesake is a candidate too
    assert g.value(claim_iri(tito_mentioned), vocab.KG.outcome) == vocab.KG.Ambiguous
    assert same(mikoyan) == [WD + "Q152738"]  # authority data first; not asked online
    assert (tito, vocab.SDO.birthDate, Literal("1892-05-07", datatype=vocab.XSD.date)) in g
    assert "online" in report.by_entity()[str(tito)].rule
    asked = resolver.requests
    assert asked == 5

    wikidata_server.stop()
    g2, *_ = build()
    offline = WikidataResolver(wikidata_server.endpoint, cache)
    link_graph(g2, authority, resolver=offline)
    assert offline.requests == 0 and offline.cache_hits == asked
    assert set(g2) == set(g)


def test_unreachable_endpoint_is_a_link_error(tmp_path):
    resolver = WikidataResolver(f"http://127.0.0.1:{free_port()}/query", tmp_path, timeout=5)
    with pytest.raises(LinkError) as err:
        resolver.lookup(["Tito"], "person")
    assert "127.0.0.1" in str(err.value)


def test_offline_resolver_without_cache_finds_nothing(tmp_path):
    resolver = WikidataResolver("http://127.0.0.1:9/query", tmp_path, offline=True)
    assert resolver.lookup(["Tito"], "person") == []
    assert resolver.requests == 0


@pytest.fixture
def started_server(tmp_path):
    """The server .ci/run started (KG_WIKIDATA_TEST_ENDPOINT), else one of our own."""
    endpoint = os.environ.get("KG_WIKIDATA_TEST_ENDPOINT")
    if endpoint:
        yield endpoint
        return
    server = own_server(tmp_path)
    yield server.endpoint
    server.stop()


def test_kg_link_online_command_against_the_server(started_server, tmp_path):
    """`kg link --online --endpoint URL` links a name the authority data lacks,
    keeps the answer in the cache, and a later offline relink reuses it."""
    from click.testing import CliRunner

    from kg.cli import main

    record = tmp_path / "record.txt"
    record.write_text(
        "Working Notes from the Session of the CPSU CC Presidium on 5 November 1956, "
        "with Participation by E. Kardelj\n\n"
        "Those Taking Part: Bulganin, Kaganovich, Mikoyan\n\n"
        "Cde. Kardelj: The letter will be answered within the week.\n\n"
        "Cde. Mikoyan: We shall wait for it.\n",
        encoding="utf-8")
    graph, cache = tmp_path / "g.ttl", tmp_path / "cache"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(record), "-o", str(graph), "--no-link", "--no-validate"]).exit_code == 0
    result = runner.invoke(main, ["link", str(graph), "--online", "--endpoint", started_server,
                                  "--cache", str(cache), "--format", "json"])
    assert result.exit_code == 0, result.output
    linked = {r["name"]: r["qid"] for r in __import__("json").loads(result.output)["linked"]}
    assert linked.get("Mikoyan") == "Q152738" and linked.get("Kardelj") == "Q9900103"
    assert any(cache.iterdir())
    offline = runner.invoke(main, ["link", str(graph), "--endpoint", started_server, "--cache", str(cache)])
    assert offline.exit_code == 0 and "Kardelj" in offline.output
