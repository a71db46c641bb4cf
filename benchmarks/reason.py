"""Reasoning benchmark: prints how long HermiT takes on the graphs kg builds.

    .venv/bin/python benchmarks/reason.py [--records N] [--repeat N]

Figures: the sample record (built and linked as `kg build` does), then N
invented records (50 by default) in one graph. The invented records are made
here from a template of the genre, varied in date, participants, speakers,
decisions, notes and archival references, so that every record is distinct
and the graph grows as a real collection would. Not a test: it prints numbers
to compare between changes. Needs a Java runtime."""

from __future__ import annotations

import argparse
import datetime as dt
import random
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

SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"

MEMBERS = ["Khrushchev", "Bulganin", "Voroshilov", "Kaganovich", "Malenkov", "Mikoyan", "Molotov",
           "Pervukhin", "Saburov", "Suslov", "Brezhnev", "Zhukov", "Shepilov", "Furtseva", "Shvernik",
           "Pospelov", "Kirichenko", "Aristov", "Belyaev"]
TOPICS = ["the Grain Deliveries to Hungary", "the Reply to the Yugoslav Leadership", "the Polish Credits",
          "the Broadcasts from Munich", "the Troops in the Western Districts", "the Plenum of the Central Committee",
          "the Students in the Baltic Republics", "the Visit of the Chinese Delegation",
          "the Coal Plan for the Fourth Quarter", "the Note to the Western Governments"]
SAYINGS = ["The figures were sent round yesterday and nobody has objected.",
           "We must not wait for another week; the situation will not improve by itself.",
           "The ministry has prepared two variants; the second is cheaper.",
           "Our people on the spot report that the mood has calmed down.",
           "This question was already raised in October and nothing was done.",
           "The railway cannot carry more than forty wagons a day.",
           "We should answer in writing and keep the tone calm.",
           "Let the commission look at it again and report next time."]
NOTES = ["Presumably the draft circulated before the session; it is not in this file.",
         "The minister's report of that week is in {ref}.",
         "The figure is hard to read in the original and may be 14 rather than 11.",
         "This refers to the instruction of the previous session, which the protocol repeats; see {ref}."]
TASKS = ["prepare the draft reply", "check the figures with the ministry", "draft the instruction to the ambassador",
         "report on the deliveries within a week"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def invented_record(index: int) -> str:
    """One invented record of the genre; the same index always gives the same text."""
    rnd = random.Random(1956 + index)
    day = dt.date(1956, 11, 2) + dt.timedelta(days=index)
    title = f"Working Notes from the Session of the CPSU CC Presidium on {day.day} {MONTHS[day.month - 1]} {day.year}"
    present = rnd.sample(MEMBERS, rnd.randint(8, 13))
    speakers = rnd.sample(present, rnd.randint(3, min(6, len(present))))
    delo = 1010 + index
    ref = f"APRF, F. 3, Op. 64, D. {480 + index % 9}, L. {10 + index}"
    lines = [title, "", f"Those Taking Part: {', '.join(present)}", ""]
    marker = 0
    for n, topic in enumerate(rnd.sample(TOPICS, 2)):
        lines += [f"On {topic}.", f"(Cdes. {speakers[n]})", ""]
        for who in speakers[n::2]:
            words = " ".join(rnd.sample(SAYINGS, 2))
            if rnd.random() < 0.5 and marker < len(NOTES):
                marker += 1
                words += f"({marker})"
            opener = ": " if rnd.random() < 0.5 else "—"
            lines += [f"Cde. {who}{opener}{words}", ""]
        first, second = rnd.sample(present, 2)
        lines += [f"Cdes. {first}, {second} — to {rnd.choice(TASKS)}.", ""]
    source = (f"[Source: TsKhSD, F. 3, Op. 12, D. {delo}, Ll. {1 + index % 7}-{4 + index % 7}. "
              "Compiled by V. N. Malin. Invented record for the kg reasoning benchmark.]")
    lines += [source, ""]
    if marker:
        lines += ["Translator's Notes", ""]
        for number in range(1, marker + 1):
            lines += [f"{number} {NOTES[number - 1].format(ref=ref)}", ""]
    return "\n".join(lines)


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
