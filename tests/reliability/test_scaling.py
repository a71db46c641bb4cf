"""The cost of a build grows linearly with the record: eight times the text
may cost at most sixteen times the time (twice the linear growth; a
quadratic stage costs sixty-four). Records come from the size benchmark's
generator."""

import importlib.util
import time

import pytest

from kg.build import build

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("size_benchmark", ROOT / "benchmarks" / "size.py")
size_benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(size_benchmark)


def _seconds(path) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        build([path], link=False, validate=False)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("one_line", [False, True])
def test_eight_times_the_text_costs_at_most_sixteen_times_the_time(tmp_path, one_line):
    times = []
    for size in (50_000, 400_000):
        text = size_benchmark.record(size)
        if one_line:
            text = text.replace("\n", " ")
        path = tmp_path / f"r{size}.txt"
        path.write_text(text, encoding="utf-8")
        times.append(_seconds(path))
    print(f"50 KB: {times[0]:.2f} s, 400 KB: {times[1]:.2f} s")
    assert times[1] < 16 * times[0], f"50 KB: {times[0]:.2f} s, 400 KB: {times[1]:.2f} s"


def test_many_participants(tmp_path):
    """A participant list of 4,000 names costs about four times one of 1,000."""
    times = []
    for n in (1000, 4000):
        used: set[str] = set()
        rng = size_benchmark.random.Random(n)
        names = [size_benchmark._surname(rng, used) for _ in range(n)]
        text = ("Working Notes from the Session of the CPSU CC Presidium on 1 November 1956\n\n"
                "Those Taking Part: " + ", ".join(names) + "\n\n"
                + "\n\n".join(f"Cde. {names[i * 7 % n]}: We must decide the question." for i in range(40)) + "\n")
        path = tmp_path / f"p{n}.txt"
        path.write_text(text, encoding="utf-8")
        times.append(_seconds(path))
    assert times[1] < 8 * times[0], f"1,000: {times[0]:.2f} s, 4,000: {times[1]:.2f} s"
