"""Build benchmark: prints the time and memory of building graphs.

    .venv/bin/python benchmarks/build.py [--repeat N]

Figures: the sample record (parse + extract, then with linking and SHACL
validation as `kg build` does), and every invented record of tests/cases in
one graph. Not a test: it prints numbers to compare between changes."""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.export import serialize  # noqa: E402
from kg.build import build  # noqa: E402
from kg.validate import validate  # noqa: E402

SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
CASES = sorted((ROOT / "tests" / "cases").glob("*/input.txt"))


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    t_build, result = timed(lambda: build([SAMPLE], link=False, validate=False), args.repeat)
    t_link, _ = timed(lambda: build([SAMPLE], validate=False), args.repeat)
    t_validate, report = timed(lambda: validate(result.graph), args.repeat)
    t_turtle, text = timed(lambda: serialize(result.graph, "turtle"), args.repeat)
    print(f"sample record: {len(result.graph)} triples (before linking)")
    print(f"  parse + extract        {t_build * 1000:8.1f} ms (median of {args.repeat})")
    print(f"  ... + link             {t_link * 1000:8.1f} ms")
    print(f"  SHACL validation       {t_validate * 1000:8.1f} ms  conforms={report.conforms}")
    print(f"  Turtle serialisation   {t_turtle * 1000:8.1f} ms  ({len(text.encode()) / 1024:.0f} KiB)")
    t_cases, corpus = timed(lambda: build(CASES + [SAMPLE], link=False, validate=False), max(1, args.repeat // 2))
    print(f"{len(corpus.documents)} records in one graph: {len(corpus.graph)} triples, {t_cases * 1000:.1f} ms")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
