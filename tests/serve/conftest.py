"""Graphs built as ``kg build`` builds them (linked offline), and ``kg serve``
started for real on a free port of 127.0.0.1."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.build import build
from kg.export import serialize

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
# the invented corpus: every case the reader reads (a case without a golden graph is pending)
CASES = sorted(p for p in (ROOT / "tests" / "cases").glob("*/input.txt") if (p.parent / "expected.ttl").exists())


def built(inputs, path: Path) -> Path:
    result = build([str(i) for i in inputs], validate=False)
    path.write_text(serialize(result.graph, "turtle"), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sample_ttl(tmp_path_factory) -> Path:
    return built([SAMPLE], tmp_path_factory.mktemp("serve") / "sample.ttl")


@pytest.fixture(scope="session")
def corpus_ttl(tmp_path_factory) -> Path:
    """The invented corpus: the tests/cases/*/input.txt that have golden graphs, built together."""
    return built(CASES, tmp_path_factory.mktemp("serve") / "corpus.ttl")


@pytest.fixture(scope="session")
def sample_rows(sample_ttl) -> dict:
    """What ``kg query`` answers on the sample, for every competency query."""
    from kg.export import load_graph
    from kg.query import available, run

    graph = load_graph(str(sample_ttl))
    return {name: run(graph, name).rows for name in available()}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """``kg serve SOURCE`` in a subprocess, until :meth:`stop`."""

    def __init__(self, source: Path, *options: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(source), "--port", str(self.port), *options],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("kg serve exited: " + self.proc.stderr.read().decode(errors="replace"))
            try:
                with urllib.request.urlopen(self.url + "/records", timeout=5) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("kg serve did not answer within 60 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stderr.close()


@pytest.fixture(scope="module")
def sample_site(sample_ttl):
    site = Served(sample_ttl)
    yield site
    site.stop()


@pytest.fixture(scope="module")
def corpus_site(corpus_ttl):
    site = Served(corpus_ttl)
    yield site
    site.stop()


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def mikoyan(sample_ttl) -> tuple[str, str]:
    """Mikoyan's node in the sample's graph, found by his Wikidata id: (IRI, path on the server)."""
    from rdflib import RDF, Graph, URIRef

    g = Graph().parse(sample_ttl, format="turtle")
    (iri,) = {s for s in g.subjects(URIRef("https://schema.org/sameAs"), URIRef("http://www.wikidata.org/entity/Q152738"))
              if (s, RDF.type, URIRef("https://schema.org/Person")) in g}
    return str(iri), "/id/" + str(iri).split("/id/", 1)[1]
