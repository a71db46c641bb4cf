"""kg query is read-only and local, has a time and a memory limit, names the
query's file in its errors, and prints one table row per result row."""

import time

import pytest

from kg.cli import main

from .conftest import assert_one_line_error


@pytest.mark.parametrize("text", [
    "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/x>",
    "CLEAR ALL",
    "DROP GRAPH <http://e/g>",
    "prefix e: <http://e/> insert data { e:a e:b e:c }",
])
def test_updates_are_refused(runner, small_ttl, text):
    before = small_ttl.read_bytes()
    assert_one_line_error(runner.invoke(main, ["query", str(small_ttl), text]), "update", "read-only")
    assert small_ttl.read_bytes() == before


def test_service_from_and_from_named_are_refused(runner, small_ttl, recorder):
    url = f"http://127.0.0.1:{recorder.server_address[1]}/sparql"
    for text in (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                 f"SELECT * WHERE {{ ?x ?y ?z . OPTIONAL {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
                 f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
                 f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"):
        assert_one_line_error(runner.invoke(main, ["query", str(small_ttl), text]), "refused", "--allow-service")
    assert recorder.hits == []


def test_graph_patterns_run_on_a_graph_without_named_graphs(runner, small_ttl):
    for text in ("SELECT * WHERE { GRAPH <http://e/g> { ?s ?p ?o } }",
                 "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                 "ASK { GRAPH ?g { ?s ?p ?o } }"):
        result = runner.invoke(main, ["query", str(small_ttl), text])
        assert result.exit_code == 0, result.output
        assert "(0 rows)" in result.output or "false" in result.output


def test_time_limit_stops_the_query(runner, small_ttl):
    started = time.monotonic()
    result = runner.invoke(main, ["query", str(small_ttl), "--timeout", "2",
                                  "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"])
    assert_one_line_error(result, "time limit of 2 s", "--timeout")
    assert time.monotonic() - started < 20


def test_memory_limit_stops_the_query(runner, small_ttl):
    result = runner.invoke(main, ["query", str(small_ttl), "--memory", "32", "--timeout", "120",
                                  "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"])
    assert_one_line_error(result, "more than 32 MB", "--memory")


def test_sparql_and_rq_files_are_read_and_named_in_errors(runner, small_ttl, tmp_path):
    good = tmp_path / "count.sparql"
    good.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Session }\n", encoding="utf-8")
    result = runner.invoke(main, ["query", str(small_ttl), str(good), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output == "n\n1\n"
    for suffix in (".rq", ".sparql"):
        bad = tmp_path / f"bad{suffix}"
        bad.write_text("SELECT ?s\nWHERE { ?s ?p }\n", encoding="utf-8")
        assert_one_line_error(runner.invoke(main, ["query", str(small_ttl), str(bad)]), f"{bad}:2: ", "syntax")
    assert_one_line_error(runner.invoke(main, ["query", str(small_ttl), str(tmp_path / "none.sparql")]),
                          "no such query file")


def test_table_rows_stay_on_one_line(runner, tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text('<http://e/a> <http://e/b> "one\\ntwo\\r\\nthree\\u2028four" .\n', encoding="utf-8")
    result = runner.invoke(main, ["query", str(g), "SELECT ?o WHERE { ?s ?p ?o }"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2] == "one\\ntwo\\r\\nthree\\u2028four"
    assert len(result.output.rstrip("\n").split("\n")) == 4


def test_named_queries_still_run(runner, sample_ttl):
    result = runner.invoke(main, ["query", str(sample_ttl), "speakers", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Mikoyan" in result.output
