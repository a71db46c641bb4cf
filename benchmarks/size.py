"""Size benchmark: seconds per MB of record text, for generated records of
0.1, 1 and 10 MB. A build whose cost grows linearly with the text gives the
same figure for every size.

    .venv/bin/python benchmarks/size.py [--sizes 0.1 1 10] [--stages extract,link,validate]

Records are generated: a title, a date, a participant list that grows with
the record, many speaker turns, translator's note markers and the notes
themselves; and the same text as one single line (a file that lost its line
ends). Not a test: it prints a table to compare between changes."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402

SYLLABLES = ("ko", "va", "lev", "mi", "ro", "shin", "zhu", "ka", "nov", "pol", "tor", "ber", "dan", "sky",
             "rin", "gor", "mal", "ten", "vich", "sha")
WORDS = ("the", "situation", "troops", "government", "party", "we", "must", "decide", "support", "question",
         "comrades", "negotiations", "withdrawal", "army", "days", "position", "committee", "agree", "report",
         "plenum", "border", "economy", "delegation", "proposal", "resolution")


def _surname(rng: random.Random, used: set[str]) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if name not in used:
            used.add(name)
            return name


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 16))]
    return " ".join(words).capitalize() + "."


def record(size_bytes: int, seed: int = 1) -> str:
    """A meeting record of about ``size_bytes`` bytes of UTF-8."""
    rng = random.Random(seed)
    used: set[str] = set()
    participants = [_surname(rng, used) for _ in range(max(8, size_bytes // 4000))]
    head = ["November 1, 1956", "Working Notes from the Session of the CPSU CC Presidium on 1 November 1956", "",
            "Those Taking Part: " + ", ".join(participants), ""]
    body, notes, size, marker = [], [], sum(len(x) + 1 for x in head), 0
    budget = size_bytes * 0.85
    while size < budget:
        speaker = rng.choice(participants)
        text = " ".join(_sentence(rng) for _ in range(rng.randint(2, 8)))
        if rng.random() < 0.2:
            marker += 1
            text += f"({marker})"
            notes.append(f"{marker} On {rng.choice(participants)}'s remark: {_sentence(rng)} {_sentence(rng)}")
        line = f"Cde. {speaker}: {text}"
        body.append(line)
        body.append("")
        size += len(line) + 2
    tail = ["", "Translator's Notes", ""] + [n + "\n" for n in notes]
    return "\n".join(head + body + tail) + "\n"


def measure(text: str, stages: set[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "record.txt"
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        result = build([path], link="link" in stages, validate="validate" in stages)
        total = time.perf_counter() - started
    return {"total": total, **result.timings, "triples": len(result.graph)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 10], help="record sizes in MB")
    parser.add_argument("--stages", default="extract", help="extract, and optionally link,validate")
    args = parser.parse_args()
    stages = set(args.stages.split(","))
    measure(record(20_000), stages)  # loads the gazetteer and authority data once, outside the figures
    print(f"stages: {', '.join(sorted(stages))}")
    print(f"{'record':<12} {'MB':>6} {'triples':>9} {'seconds':>9} {'s/MB':>7}")
    for mb in args.sizes:
        text = record(int(mb * 1024 * 1024))
        for shape, variant in (("many lines", text), ("one line", text.replace("\n", " "))):
            size = len(variant.encode("utf-8")) / (1024 * 1024)
            m = measure(variant, stages)
            print(f"{shape:<12} {size:>6.2f} {m['triples']:>9} {m['total']:>9.2f} {m['total'] / size:>7.2f}",
                  flush=True)


if __name__ == "__main__":
    main()
