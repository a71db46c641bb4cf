"""kg.hashjoin: rdflib's row-by-row joins done through a dict, with rdflib's own answers."""

from collections import Counter

from rdflib import Graph, Literal, Variable
from rdflib.plugins.sparql import CUSTOM_EVALS
from rdflib.plugins.sparql.sparql import FrozenDict

import kg.query  # noqa: F401  -- installs the join
from kg import hashjoin

A, B, C, D = (Variable(v) for v in "abcd")


def _rows(*dicts):
    return [FrozenDict({k: Literal(v) for k, v in d.items()}) for d in dicts]


def _pairs(rows):
    return Counter(tuple(sorted((str(k), str(v)) for k, v in r.items())) for r in rows)


def test_the_join_is_registered_with_rdflib():
    assert CUSTOM_EVALS.get(hashjoin.NAME) is hashjoin.evaluate


def test_rows_meet_on_the_variables_both_sides_always_bind():
    left = _rows({A: 1, B: 2}, {A: 2, B: 3})
    right = _rows({B: 2, C: 5}, {B: 3, C: 6}, {B: 4, C: 7})
    assert _pairs(hashjoin.hash_join(left, right)) == _pairs(_rows({A: 1, B: 2, C: 5}, {A: 2, B: 3, C: 6}))


def test_a_variable_bound_in_some_rows_only_is_still_checked():
    # d is bound in one row of each side: not a key, but two different values never merge
    left = _rows({A: 1}, {A: 1, D: 9})
    right = _rows({A: 1, D: 8}, {A: 1})
    assert _pairs(hashjoin.hash_join(left, right)) == _pairs(
        _rows({A: 1, D: 8}, {A: 1}, {A: 1, D: 9}))


def test_without_a_shared_variable_every_pair_is_a_solution():
    left = _rows({A: 1}, {A: 2})
    right = _rows({C: 3}, {C: 4}, {C: 5})
    assert len(list(hashjoin.hash_join(left, right))) == 6


GRAPH = """
@prefix ex: <http://example.org/> .
ex:t1 a ex:Turn ; ex:in ex:s1 ; ex:by ex:p1 .
ex:t2 a ex:Turn ; ex:in ex:s1 ; ex:by ex:p2 .
ex:t3 a ex:Turn ; ex:in ex:s2 .
ex:s1 ex:date "1956-11-01" .
ex:s2 ex:date "1956-11-02" .
ex:p1 ex:name "Mikoyan" .
"""

# sub-selects joined together, one side with an OPTIONAL that leaves ?name unbound
QUERY = """
PREFIX ex: <http://example.org/>
SELECT ?t ?date ?p ?name WHERE {
  { SELECT ?t ?s WHERE { ?t a ex:Turn ; ex:in ?s } }
  { SELECT ?s ?date WHERE { ?s ex:date ?date } }
  OPTIONAL { SELECT ?t ?p WHERE { ?t ex:by ?p } }
  OPTIONAL { SELECT ?p ?name WHERE { ?p ex:name ?name } }
  { SELECT ?t WHERE { ?t a ex:Turn } }
}"""


def _answer(graph):
    return Counter(tuple(str(v) if v is not None else "" for v in row) for row in graph.query(QUERY))


def test_a_query_of_sub_selects_gets_rdflibs_own_answer(monkeypatch):
    graph = Graph().parse(data=GRAPH, format="turtle")
    calls = []

    def counted(ctx, part):
        result = hashjoin.evaluate(ctx, part)
        calls.append(part.name)
        return result

    monkeypatch.setitem(CUSTOM_EVALS, hashjoin.NAME, counted)
    ours = _answer(graph)
    assert {"Join", "LeftJoin"} <= set(calls)  # the query did go through both hash joins
    monkeypatch.delitem(CUSTOM_EVALS, hashjoin.NAME)
    assert _answer(graph) == ours
    # t3 has no ?p, so the last OPTIONAL's every row is compatible with it (SPARQL's own rule)
    assert ours == Counter({("http://example.org/t1", "1956-11-01", "http://example.org/p1", "Mikoyan"): 1,
                            ("http://example.org/t2", "1956-11-01", "http://example.org/p2", ""): 1,
                            ("http://example.org/t3", "1956-11-02", "http://example.org/p1", "Mikoyan"): 1})


def test_an_optional_sub_select_keeps_its_filter(monkeypatch):
    graph = Graph().parse(data=GRAPH, format="turtle")
    query = """
    PREFIX ex: <http://example.org/>
    SELECT ?t ?p WHERE {
      ?t a ex:Turn .
      OPTIONAL { { SELECT ?t ?p WHERE { ?t ex:by ?p } } FILTER(?p != ex:p2) }
    }"""

    def answer():
        return Counter((str(t), str(p) if p is not None else "") for t, p in graph.query(query))

    ours = answer()
    monkeypatch.delitem(CUSTOM_EVALS, hashjoin.NAME)
    assert answer() == ours == Counter({("http://example.org/t1", "http://example.org/p1"): 1,
                                        ("http://example.org/t2", ""): 1, ("http://example.org/t3", ""): 1})
