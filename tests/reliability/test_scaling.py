"""The cost of a build grows linearly with the record: four times the text
may cost at most eight times the time (twice the linear growth; a quadratic
stage costs sixteen). Records come from the size benchmark's generator; the
smaller is 200 KB so that the one-time costs (name data, compiled patterns)
are paid before and do not hide the growth."""

import importlib.util
import time

import pytest

from kg.build import build

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("size_benchmark", ROOT / "benchmarks" / "size.py")
size_benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(size_benchmark)


def _seconds(path) -> float:
    started = time.perf_counter()
    build([path], link=False, validate=False)
    return time.perf_counter() - started


@pytest.fixture(scope="module", autouse=True)
def warm(tmp_path_factory):
    """One build first: the name data and the patterns are loaded once per process."""
    path = tmp_path_factory.mktemp("warm") / "warm.txt"
    path.write_text(size_benchmark.record(50_000), encoding="utf-8")
    build([path], link=False, validate=False)


@pytest.mark.parametrize("one_line", [False, True])
def test_four_times_the_text_costs_at_most_eight_times_the_time(tmp_path, one_line):
    times = []
    for size in (200_000, 800_000):
        text = size_benchmark.record(size)
        if one_line:
            text = text.replace("\n", " ")
        path = tmp_path / f"r{size}.txt"
        path.write_text(text, encoding="utf-8")
        times.append(_seconds(path))
    assert times[1] < 8 * times[0], f"200 KB: {times[0]:.2f} s, 800 KB: {times[1]:.2f} s"


def test_many_participants(tmp_path):
    """A participant list of 2,000 names costs about four times one of 500."""
    times = []
    for n in (500, 2000):
        used: set[str] = set()
        rng = size_benchmark.random.Random(n)
        names = [size_benchmark._surname(rng, used) for _ in range(n)]
        text = ("Working Notes from the Session of the CPSU CC Presidium on 1 November 1956\n\n"
                "Those Taking Part: " + ", ".join(names) + "\n\n"
                + "\n\n".join(f"Cde. {names[i * 7 % n]}: We must decide the question." for i in range(40)) + "\n")
        path = tmp_path / f"p{n}.txt"
        path.write_text(text, encoding="utf-8")
        times.append(_seconds(path))
    assert times[1] < 8 * times[0], f"500: {times[0]:.2f} s, 2,000: {times[1]:.2f} s"
