"""The per-document runner: documents -> extractors -> one graph.

:func:`kg.build.build` feeds it the records of the files it reads; the runner
names the extractor and the file when one fails."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal

from kg.document.model import Document
from kg.errors import ExtractorError, KgError
from kg.extract import EXTRACTORS
from kg.graph import iris
from kg.graph.builder import GraphBuilder
from kg.vocab import KG


class Pipeline:
    """One graph built from documents added in order (one builder for all of them)."""

    def __init__(self, graph: Graph | None = None, builder: GraphBuilder | None = None):
        self.builder = builder if builder is not None else GraphBuilder(graph)

    @property
    def graph(self) -> Graph:
        return self.builder.graph

    def add(self, doc: Document) -> None:
        for name, extractor in EXTRACTORS:
            try:
                extractor(doc, self.builder)
            except KgError:
                raise
            except Exception as exc:  # noqa: BLE001  -- reported with the extractor's name
                raise ExtractorError(name, doc.path, exc) from exc
        _warnings(doc, self.builder)


def build_documents(docs: Iterable[Document], graph: Graph | None = None) -> Graph:
    """The graph of ``docs`` (added to ``graph`` when given)."""
    pipeline = Pipeline(graph)
    for doc in docs:
        pipeline.add(doc)
    return pipeline.graph


def _warnings(doc: Document, b: GraphBuilder) -> None:
    """Text the parser could not read stays in the graph as kg:UnparsedText."""
    messages = {w.span: w for w in doc.warnings if w.span is not None}
    for span in doc.unparsed:
        iri = iris.unparsed(doc.key, span.start)
        b.node(iri, KG.UnparsedText, doc, [span])
        w = messages.get(span)
        b.add(iri, KG.warning, Literal(f"line {w.line}: {w.message}" if w else f"line {doc.line_of(span.start)}: unparsed text"))
