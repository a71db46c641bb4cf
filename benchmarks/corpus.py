"""Corpus benchmark: N invented records built into a store, cold and incremental.

    .venv/bin/python benchmarks/corpus.py [--sizes 10,100,1000] [--large] [--jobs N]
                                          [--hermit-max 100] [--keep DIR]

For each size it generates N distinct records (benchmarks/generate.py), then
prints per stage seconds, triples per second, peak memory and the ratio to
the floor measured in the same run: for writing, Oxigraph loading the same
N-Quads into a store of its own; for reading, reading the same files and
splitting their lines; for export, Oxigraph writing the same quads. Then the
time of every competency query (sizes >= 100) beside the time the store
takes to hand out as many terms as the answer holds, of kg check, and of kg reason
by the rules (every size) and by HermiT, the reference, up to --hermit-max
records (0.2 s of Java per record), saying whether both reach the same
conclusions. --large
adds 10,000 records. Each build runs in a process of its own, so its peak
memory is its own (the main process and its workers, the larger of the two).
Targets, printed beside the figures: 1,000 records cold <= 60 s and <= 1 GiB,
an unchanged rebuild <= 5 s, 10,000 <= 10 minutes, queries < 1 s."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import write_corpus  # noqa: E402


def _build_child(records: str, store: str, jobs: int) -> None:
    """Run in a process of its own: one build, its figures as JSON on stdout."""
    from kg.link.online import resolver
    from kg.store import build_store

    started = time.process_time()
    result = build_store([records], store, jobs=jobs, resolver=resolver(online=False), progress=False)
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "seconds": result.seconds, "triples": result.triples, "records": result.records,
        "rebuilt": result.rebuilt_files, "conforms": result.report.conforms if result.report else None,
        "rss_mib": max(_own_peak_kib(own), workers.ru_maxrss) / 1024,
        "cpu": time.process_time() - started + workers.ru_utime + workers.ru_stime,
    }))


def _own_peak_kib(own) -> float:
    """This process's peak memory since it started its program: /proc's VmHWM.
    (On Linux ru_maxrss carries the peak of the process that forked it across
    exec, here the benchmark's own, which holds a whole store in memory.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return own.ru_maxrss


def build(records: Path, store: Path, jobs: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(records), str(store), str(jobs)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def floors(records: Path, store: Path) -> dict:
    import pyoxigraph as ox

    t = time.perf_counter()
    lines = 0
    for p in sorted(records.glob("*.txt")):
        lines += len(p.read_text(encoding="utf-8").splitlines())
    read = time.perf_counter() - t
    src = ox.Store.read_only(str(store))
    quads = src.dump(format=ox.RdfFormat.N_QUADS)
    t = time.perf_counter()
    fresh = ox.Store()
    fresh.load(quads, format=ox.RdfFormat.N_QUADS)
    load = time.perf_counter() - t
    t = time.perf_counter()
    fresh.dump(format=ox.RdfFormat.N_QUADS)
    write = time.perf_counter() - t
    return {"read files": read, "oxigraph load": load, "oxigraph write": write}


def queries(store: Path) -> dict[str, tuple[float, int]]:
    import pyoxigraph as ox

    from kg.query import available
    from kg.store.query import record_graphs, run
    from kg.vocab import KG

    s = ox.Store.read_only(str(store))
    out = {}
    for name in available():
        t, cpu = time.perf_counter(), time.process_time()
        rows = run(s, name)
        out[name] = (time.perf_counter() - t, time.process_time() - cpu, len(rows.rows),
                     _read_floor(s, len(rows.rows) * len(rows.variables)))
    # what a historian asks of one document of the corpus: kg query --record
    first = s.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?t <{KG.sourceFile}> ?f }} }} LIMIT 1")
    key = next(iter(first))["g"].value.rsplit("/", 1)[1]
    t, cpu = time.perf_counter(), time.process_time()
    rows = run(s, "provenance", record_graphs(s, store, [key]))
    out["provenance, 1 record"] = (time.perf_counter() - t, time.process_time() - cpu, len(rows.rows),
                                   _read_floor(s, len(rows.rows) * len(rows.variables)))
    return out


def _read_floor(store, terms: int) -> float:
    """Seconds the store takes to hand out ``terms`` terms of its statements
    (a third as many statements, every term read): the pace below which no
    query giving that many cells can go."""
    from kg.store.query import run

    if not terms:
        return 0.0
    t = time.perf_counter()
    run(store, f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT {-(-terms // 3)}")
    return time.perf_counter() - t


def check_and_reason(store: Path, n: int, hermit_max: int) -> dict:
    from kg.check import check
    from kg.source import open_source

    source = open_source(store)
    out = {}
    t = time.perf_counter()
    t0 = time.perf_counter()
    out["check findings"] = len(check(source.check_graph()))
    out["check"] = time.perf_counter() - t0
    t = time.perf_counter()
    source.validate()
    out["validate store"] = time.perf_counter() - t
    t = time.perf_counter()
    source.export("trig")
    out["export trig"] = time.perf_counter() - t
    t = time.perf_counter()
    result = source.reason("rules")
    out["reason"] = time.perf_counter() - t
    out["reason consistent"] = result.consistent
    out["reason inferred"] = len(result.inferred)
    if n <= hermit_max:
        t = time.perf_counter()
        try:
            reference = source.reason("hermit")
            out["reason hermit"] = time.perf_counter() - t
            out["reason same"] = (reference.consistent == result.consistent
                                  and set(reference.inferred) == set(result.inferred))
        except Exception as exc:  # noqa: BLE001  -- no Java: reported, not fatal
            out["reason hermit"] = f"not run: {exc}"
    return out


def row(stage: str, seconds: float, triples: int | None = None, floor: float | None = None, extra: str = "") -> str:
    rate = f"{triples / seconds:>10,.0f}" if triples and seconds > 0 else " " * 10
    ratio = f"{seconds / floor:>8.1f}x" if floor else " " * 9
    return f"  {stage:<22} {seconds:>8.2f} s {rate} t/s {ratio}  {extra}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--large", action="store_true", help="also 10,000 records (long)")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--hermit-max", type=int, default=100,
                        help="also reason with HermiT (the reference) up to this many records")
    parser.add_argument("--keep", help="build in this folder and keep it")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _build_child(args.child[0], args.child[1], int(args.child[2]))
        return
    from kg.store.workers import default_jobs

    jobs = args.jobs or default_jobs()
    sizes = [int(s) for s in args.sizes.split(",")] + ([10000] if args.large else [])
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep or tmp)
        print(f"corpus benchmark: {jobs} job(s); stage, seconds, triples/s, ratio to floor")
        for n in sizes:
            records, store = base / f"records-{n}", base / f"store-{n}"
            write_corpus(records, n)
            cold = build(records, store, jobs)
            fl = floors(records, store)
            warm = build(records, store, jobs)
            t, s = cold["triples"], cold["seconds"]
            print(f"\n{n} records, {t:,} triples, conforms={cold['conforms']}")
            print(row("cold build (wall)", s["total"], t, extra=f"CPU {cold['cpu']:.1f} s, peak {cold['rss_mib']:.0f} MiB"))
            print(row("  build records", s["build records"], t, fl["read files"],
                      "read, extract, link, check in parallel; vs reading the files"))
            print(row("  load", s["load"], t, fl["oxigraph load"], "the records' quads, loaded when the workers are done"))
            for stage in ("entity layer", "link", "write entities", "validate entities"):
                if stage in s:
                    print(row("  " + stage, s[stage]))
            print(row("  compact", s["compact"], t, fl["oxigraph load"], "Oxigraph's compaction; vs loading the quads"))
            print(row("incremental (wall)", warm["seconds"]["total"], extra=f"{warm['rebuilt']} rebuilt, peak {warm['rss_mib']:.0f} MiB"))
            print(row("floor: read files", fl["read files"]))
            print(row("floor: oxigraph load", fl["oxigraph load"], t))
            print(row("floor: oxigraph write", fl["oxigraph write"], t))
            more = check_and_reason(store, n, args.hermit_max)
            print(row("export trig", more["export trig"], t, fl["oxigraph write"]))
            print(row("validate store", more["validate store"], t))
            print(row("kg check", more["check"], t, extra=f"{more['check findings']} findings"))
            print(row("kg reason (rules)", more["reason"], t,
                      extra=f"consistent={more['reason consistent']}, {more['reason inferred']} inferred"))
            if "reason hermit" in more:
                r = more["reason hermit"]
                print(row("kg reason (HermiT)", r, t, extra="same conclusions: "
                          + ("yes" if more["reason same"] else "NO")) if isinstance(r, float)
                      else f"  kg reason (HermiT): {r}")
            if n >= 100:
                print("  queries:")
                for name, (sec, cpu, rows, floor) in queries(store).items():
                    flag = ("" if sec < 1 else
                            f"  (over 1 s: the store alone takes {floor:.1f} s to hand out as many terms)"
                            if floor >= 1 else "  (over 1 s)")
                    print(f"    {name:<20} {sec:>7.3f} s (CPU {cpu:.3f} s) {rows:>7} rows; "
                          f"reading as many terms {floor:.3f} s{flag}")
        print("\ntargets: 1,000 cold <= 60 s, <= 1 GiB; incremental <= 5 s; 10,000 <= 600 s; queries < 1 s")


if __name__ == "__main__":
    main()
