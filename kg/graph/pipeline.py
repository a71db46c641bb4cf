"""The pipeline: files -> documents -> extractors -> one graph.

The runner names the extractor and the file when one fails."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal

from kg.document import read_records
from kg.document.model import Document
from kg.errors import ExtractorError, InputError, KgError
from kg.extract import EXTRACTORS
from kg.graph.builder import GraphBuilder
from kg.vocab import ID, KG

SUFFIXES = {".txt", ".md", ".text"}


@dataclass
class BuildResult:
    graph: Graph
    documents: list[Document] = field(default_factory=list)

    @property
    def warnings(self):
        return [(d.path, w) for d in self.documents for w in d.warnings]


def input_files(paths) -> list[Path]:
    """Files named, and the record files inside folders named (sorted)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                raise InputError(str(p), 0, "the folder holds no .txt record files")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise InputError(str(p), 0, "no such file or folder")
    return out


def build_documents(docs: list[Document], graph: Graph | None = None) -> BuildResult:
    builder = GraphBuilder(graph)
    for doc in docs:
        for name, extractor in EXTRACTORS:
            try:
                extractor(doc, builder)
            except KgError:
                raise
            except Exception as exc:  # noqa: BLE001  -- reported with the extractor's name
                raise ExtractorError(name, doc.path, exc) from exc
        _warnings(doc, builder)
    return BuildResult(builder.graph, list(docs))


def _warnings(doc: Document, b: GraphBuilder) -> None:
    """Text the parser could not read stays in the graph as kg:UnparsedText."""
    messages = {w.span: w for w in doc.warnings if w.span is not None}
    for span in doc.unparsed:
        iri = ID[f"unparsed/{doc.key}/{span.start}"]
        b.node(iri, KG.UnparsedText, doc, [span])
        w = messages.get(span)
        b.add(iri, KG.warning, Literal(f"line {w.line}: {w.message}" if w else f"line {doc.line_of(span.start)}: unparsed text"))


def build_graph(paths) -> BuildResult:
    """Read every record in ``paths`` and build one graph."""
    docs: list[Document] = []
    for path in input_files(paths):
        docs.extend(read_records(path))
    return build_documents(docs)
