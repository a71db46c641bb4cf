"""Serve benchmark: page load times of ``kg serve`` and the latency of every
competency query through its SPARQL endpoint, on the sample and on the
invented corpus (the cases with golden graphs).

    .venv/bin/python benchmarks/serve.py [--repeat N]

Builds both graphs, starts ``kg serve`` on a free port of 127.0.0.1 for each,
asks each page and query ``--repeat`` times (after one warm-up request, which
is reported apart as the first load) and prints the median. Not a test."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402
from kg.export import serialize  # noqa: E402
from kg.query import available, resolve  # noqa: E402
from kg.vocab import KG, RDF, SDO  # noqa: E402
from tests.serve.conftest import CASES, SAMPLE, Served  # noqa: E402


def fetch(url: str, data: bytes | None = None, accept: str = "text/html") -> float:
    started = time.perf_counter()
    req = urllib.request.Request(url, data=data, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=120) as r:
        r.read()
    return time.perf_counter() - started


def measure(url: str, repeat: int, data: bytes | None = None, accept: str = "text/html") -> tuple[float, float]:
    first = fetch(url, data, accept)
    return first, statistics.median(fetch(url, data, accept) for _ in range(repeat))


def pages(graph) -> dict[str, str]:
    text = next(iter(sorted(graph.subjects(RDF.type, KG.RecordText))))
    # the person with the most turns
    speakers = {}
    for _, person in graph.subject_objects(KG.speaker):
        speakers[person] = speakers.get(person, 0) + 1
    person = max(sorted(speakers), key=speakers.get)
    local = lambda iri: "/id/" + str(iri).split("/id/", 1)[1]  # noqa: E731
    return {"records list": "/records", f"record page ({graph.value(text, KG.sourceFile)})": local(text),
            f"person page ({graph.value(person, SDO.name)})": local(person), "events": "/events",
            "editor's report": "/report"}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-serve-bench-"))
    for name, inputs in (("sample", [SAMPLE]), ("corpus", CASES)):
        result = build([str(p) for p in inputs], validate=False)
        path = work / f"{name}.ttl"
        path.write_text(serialize(result.graph, "turtle"), encoding="utf-8")
        started = time.perf_counter()
        site = Served(path)
        print(f"\n{name}: {len(result.documents)} records, {len(result.graph)} triples; "
              f"kg serve answered after {time.perf_counter() - started:.2f} s")
        try:
            print(f"  {'page':44} {'first':>8} {'median':>8}")
            for label, page in pages(result.graph).items():
                first, median = measure(site.url + page, args.repeat)
                print(f"  {label:44} {first * 1000:7.0f}ms {median * 1000:7.0f}ms")
            print(f"  {'competency query (POST /sparql, JSON)':44} {'first':>8} {'median':>8}")
            for query in available():
                body = urllib.parse.urlencode({"query": resolve(query)}).encode()
                first, median = measure(site.url + "/sparql", args.repeat, body, "application/sparql-results+json")
                print(f"  {query:44} {first * 1000:7.0f}ms {median * 1000:7.0f}ms")
        finally:
            site.stop()


if __name__ == "__main__":
    main()
