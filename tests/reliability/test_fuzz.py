"""Fuzzing the commands that read graphs: mutated graphs of a built record
(triples dropped, duplicated, retyped, literals swapped, datatypes changed,
IRIs and literals exchanged) given to validate, check, link, query and
reason. Each run ends with exit 0 or 1, or with one line of kg error (exit
2): never a traceback, never an internal error.

Sizes are chosen for CI (a few minutes in all); KG_FUZZ_SCALE=10 runs ten
times as many cases."""

import os

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.cli import main
from kg.export import serialize
from kg.load import load_graph

from .mutate import MUTATIONS, mutate

SCALE = int(os.environ.get("KG_FUZZ_SCALE", "1"))
QUERIES = ("speakers", "decisions", "participants", "notes", "events")


def _outcome_is_clean(result, label):
    text = result.output
    assert "Traceback" not in text and "internal error" not in text, f"{label}\n{text}"
    if result.exit_code == 2:
        errors = [line for line in text.splitlines() if line.startswith("kg: error: ")]
        assert len(errors) == 1, f"{label}\n{text}"
    else:
        assert result.exit_code in (0, 1), f"{label}: exit {result.exit_code}\n{text}\n{result.exception!r}"


def _write(graph: Graph, path):
    path.write_text(serialize(graph, "nt"), encoding="utf-8")
    return path


def _run_fast_commands(runner, path, tmp, label, query):
    for args in (["check", str(path)], ["link", str(path), "-o", str(tmp / "linked.ttl")],
                 ["query", str(path), query, "--timeout", "60"]):
        _outcome_is_clean(runner.invoke(main, args), f"{label}: kg {args[0]}")


@pytest.fixture(scope="module")
def small_graph(small_ttl):
    return load_graph(small_ttl)


@settings(max_examples=25 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.integers(0, len(MUTATIONS) - 1), st.integers(0, 2**32)), min_size=1, max_size=10),
       query=st.sampled_from(QUERIES))
def test_mutated_graphs_check_link_query(small_graph, tmp_path_factory, steps, query):
    graph = small_graph
    for op, seed in steps:
        graph = mutate(graph, seed, steps=1, only=MUTATIONS[op])
    tmp = tmp_path_factory.mktemp("fuzz")
    path = _write(graph, tmp / "g.nt")
    _run_fast_commands(CliRunner(), path, tmp, f"steps={steps}", query)


@pytest.mark.parametrize("seed", range(8 * SCALE))
def test_mutated_graphs_validate(small_graph, tmp_path, seed):
    path = _write(mutate(small_graph, seed), tmp_path / "g.nt")
    _outcome_is_clean(CliRunner().invoke(main, ["validate", str(path)]), f"seed {seed}: kg validate")


@pytest.mark.parametrize("seed", range(3 * SCALE))
def test_mutated_graphs_reason(small_graph, tmp_path, seed, java):
    path = _write(mutate(small_graph, 1000 + seed), tmp_path / "g.nt")
    _outcome_is_clean(CliRunner().invoke(main, ["reason", str(path), "-o", str(tmp_path / "inferred.ttl")]),
                      f"seed {seed}: kg reason")


@pytest.mark.parametrize("seed", range(4 * SCALE))
def test_mutated_sample_graph(sample_ttl, tmp_path, seed):
    """The sample record's graph (notes, citations, events), a few seeds."""
    graph = mutate(load_graph(sample_ttl), 2000 + seed)
    path = _write(graph, tmp_path / "g.nt")
    _run_fast_commands(CliRunner(), path, tmp_path, f"sample seed {seed}", QUERIES[seed % len(QUERIES)])
    _outcome_is_clean(CliRunner().invoke(main, ["validate", str(path)]), f"sample seed {seed}: kg validate")


@settings(max_examples=20 * SCALE, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")),
       st.sampled_from([".ttl", ".nt", ".jsonld", ".trig", ".rdf"]))
def test_arbitrary_bytes_as_a_graph(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"g{suffix}"
    path.write_bytes(data)
    for args in (["validate", str(path)], ["check", str(path)], ["export", str(path), "--format", "nt"]):
        _outcome_is_clean(CliRunner().invoke(main, args), f"{data!r} as {suffix}: kg {args[0]}")
