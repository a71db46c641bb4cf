"""Reasoning benchmark: prints how long HermiT takes on the graphs kg builds.

    .venv/bin/python benchmarks/reason.py [--records N] [--repeat N]

Figures: the sample record (built and linked as `kg build` does), then N
invented records (50 by default) in one graph. The invented records are those of
the corpus benchmark (benchmarks/generate.py), varied in date, participants, speakers,
decisions, notes and archival references, so that every record is distinct
and the graph grows as a real collection would. Not a test: it prints numbers
to compare between changes. Needs a Java runtime."""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402
from kg.link import link_graph  # noqa: E402
from kg.reason import reason  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import invented_record  # noqa: E402  (the corpus benchmark's records)

SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"


def report(label: str, graph, repeat: int) -> None:
    totals, hermit, result = [], [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = reason(graph)
        totals.append(time.perf_counter() - started)
        hermit.append(result.seconds)
    kinds = ", ".join(f"{n} {kind}" for kind, n in result.summary().items())
    print(f"{label}: {len(graph)} triples")
    print(f"  kg.reason {statistics.median(totals):6.2f} s, of which HermiT {statistics.median(hermit):.2f} s "
          f"(medians of {repeat})")
    print(f"  consistent={result.consistent}, {len(result.inferred)} inferred statements ({kinds})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    sample = build([SAMPLE], link=False, validate=False).graph
    link_graph(sample)
    report("sample record", sample, args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.records):
            (Path(folder) / f"invented-{i:03d}.txt").write_text(invented_record(i), encoding="utf-8")
        corpus = build([folder], link=False, validate=False)
    link_graph(corpus.graph)
    report(f"{len(corpus.documents)} invented records in one graph", corpus.graph, max(1, args.repeat // 2))
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak resident memory of the Java reasoner: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
