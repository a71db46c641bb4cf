"""Invariants over generated input: spans quote their text, arbitrary text
raises nothing but kg's own errors, Turtle round-trips to an isomorphic graph."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.document.reader import read_text
from kg.errors import KgError
from kg.export import serialize
from kg.graph.builder import text_iri
from kg.graph.pipeline import build_documents
from kg.vocab import OA, RDF

NAMES = ["Ivanov", "Petrov", "Horvath", "Kiss", "Mikoyan", "Suslov", "Novák", "Kowalski", "Khr.", "Dulles"]
OPENERS = ["Cde. {n}: ", "Cde. {n}—", "Cde. {n}--", "Cde. {n}-", "{n}—", "Comrade {n}: ", "Cde. {n} speaks about "]
WORDS = ["the", "plan", "must", "be", "decided", "troops", "order", "31-X-56", "(1)", "[trans.]", "Budapest",
         "negotiations", "occupation", "on 2 November 1956", "APRF, F. 3, Op. 64, D. 484, L. 58", "—", ";"]

sentence = st.lists(st.sampled_from(WORDS), min_size=2, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
turn = st.tuples(st.sampled_from(OPENERS), st.sampled_from(NAMES), st.lists(sentence, min_size=1, max_size=3)).map(
    lambda t: t[0].format(n=t[1]) + " ".join(t[2]))


@st.composite
def records(draw):
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6, unique=True))
    parts = ["Working Notes from the Session of the Presidium on 1 November 1956",
             "Those Taking Part: " + ", ".join(names)]
    if draw(st.booleans()):
        parts.append("On the Situation in Poland.\n(Cdes. " + ", ".join(names[:2]) + ")")
    parts += draw(st.lists(turn, min_size=1, max_size=6))
    if draw(st.booleans()):
        parts += ["Translator's Notes", "1 " + draw(sentence), "2 " + draw(sentence)]
    sep = draw(st.sampled_from(["\n\n", "\n\n\n", "\n \n"]))
    return sep.join(parts)


def _spans_quote(graph: Graph, docs) -> None:
    texts = {text_iri(d): d.text for d in docs}
    for sel in graph.subjects(RDF.type, OA.TextQuoteSelector):
        span = next(graph.subjects(OA.hasSelector, sel))
        text = texts[graph.value(span, OA.hasSource)]
        pos = [s for s in graph.objects(span, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in graph][0]
        start, end = int(graph.value(pos, OA.start)), int(graph.value(pos, OA.end))
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == str(graph.value(sel, OA.exact))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_generated_records_spans_quote_the_text(text):
    docs = read_text(text, "generated.txt")
    assert len(docs) == 1
    graph = build_documents(docs)
    _spans_quote(graph, docs)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_raises_only_kg_errors(text):
    try:
        docs = read_text(text, "arbitrary.txt")
    except KgError:
        return
    graph = build_documents(docs)
    for doc in docs:
        assert doc.text in text
    assert len(graph) > 0


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["Cde. ", "Those Taking Part: ", "(1)", "\n\n", "Translator's Notes\n",
                                           "1 ", "On the ", "(Cdes. ", ")", "—", ":", "Ivanov", "F. 3, Op. 2",
                                           "[Source: ", "]", "Present:\n", "The President said", "31 X"]),
                          st.text(max_size=20)), max_size=40).map("".join))
def test_genre_like_noise_raises_only_kg_errors(text):
    try:
        docs = read_text(text, "noise.txt")
    except KgError:
        return
    _spans_quote(build_documents(docs), docs)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_turtle_round_trip_is_isomorphic(text):
    graph = build_documents(read_text(text, "generated.txt"))
    again = Graph().parse(data=serialize(graph, "turtle"), format="turtle")
    assert isomorphic(graph, again)
