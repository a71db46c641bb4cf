"""One build: files or folders of records -> one graph, linked and validated.

    from kg import build
    result = build(["data/presidium-1956-11-01.txt"])
    print(result.summary())

The command line (``kg build``), the golden tests and the benchmarks all call
:func:`build`; :mod:`kg.graph.pipeline` is the per-document runner under it."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, Literal

from kg.document import read_records
from kg.document.model import Document, ParseWarning
from kg.errors import InputError, KgError
from kg.graph.builder import text_iri
from kg.graph.pipeline import Pipeline
from kg.vocab import KG, OA, RDF, SDO

if TYPE_CHECKING:
    from kg.link.report import LinkReport
    from kg.validate import Report

SUFFIXES = {".txt", ".md", ".text"}

Progress = Callable[[int, int, Path], None]

# What summary() counts, singular and plural.
_COUNTED = (
    (KG.Session, "session", "sessions"),
    (KG.Sitting, "sitting", "sittings"),
    (KG.SpeechTurn, "turn", "turns"),
    (SDO.Person, "person", "persons"),
    (KG.Decision, "decision", "decisions"),
    (OA.Annotation, "note", "notes"),
    (KG.Citation, "citation", "citations"),
    (KG.ReferencedEvent, "event", "events"),
)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass
class BuildResult:
    """The graph and what the build found on the way; ``timings`` in seconds per stage."""

    graph: Graph
    documents: list[Document] = field(default_factory=list)
    link_report: LinkReport | None = None  # when linked
    validation: Report | None = None  # when validated
    timings: dict[str, float] = field(default_factory=dict)
    refused: list[InputError] = field(default_factory=list)  # files left out, each with its reason
    duplicates: list[tuple[Document, Document]] = field(default_factory=list)  # (copy, record kept)
    link_warnings: list[str] = field(default_factory=list)  # damaged cache entries met while linking

    @property
    def warnings(self) -> list[tuple[str, ParseWarning]]:
        return [(d.path, w) for d in self.documents for w in d.warnings]

    def duplicate_messages(self) -> list[str]:
        """One line per record text met again in another file (or place)."""
        return [f"{copy.path}: warning: record {copy.index} has the same text as record {kept.index} of "
                f"{kept.path}; kept once, its kg:sourceFile names both files"
                for copy, kept in self.duplicates]

    def counts(self) -> dict[str, int]:
        g, out = self.graph, {}
        for cls, one, _ in _COUNTED:
            # a referenced event may also be typed a decision; it counts as an event
            out[one] = sum(1 for s in g.subjects(RDF.type, cls)
                           if cls != KG.Decision or (s, RDF.type, KG.ReferencedEvent) not in g)
        return out

    def summary(self) -> str:
        """One line: records, what they hold, triples and time."""
        counts = self.counts()
        parts = ", ".join(_count(counts[one], one, many) for _, one, many in _COUNTED)
        seconds = sum(self.timings.values())
        return (f"{_count(len(self.documents), 'record', 'records')}: {parts}; "
                f"{len(self.graph)} triples in {seconds:.2f} s")


class NothingBuilt(KgError):
    """None of the files holds a readable record; ``refused`` says why for each."""

    def __init__(self, refused: list[InputError]):
        self.refused = refused
        super().__init__(f"none of the {len(refused)} files holds a readable record "
                         f"(first: {refused[0]})")


def input_files(paths: Iterable[str | Path]) -> list[Path]:
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


def build(paths: Iterable[str | Path], *, link: bool = True, validate: bool = True,
          resolver=None, progress: Progress | None = None, strict: bool = False) -> BuildResult:
    """Read every record in ``paths`` (files or folders) and build one graph.

    ``link`` links names with the authority data (the shipped table and the
    user's rows) and answers ``resolver`` gives; without one, the cache of
    earlier endpoint answers (offline: a build never asks the network).
    ``validate`` checks the graph with the SHACL shapes; a graph that does not
    conform is reported in ``result.validation``, not raised. ``progress`` is
    called with (files done, files in all, file) after each file.

    A file that cannot be read as records (empty, binary, not UTF-8, no
    record) is left out and listed in ``result.refused``; the others are
    built. With ``strict``, or when no file could be read, the first such
    error is raised. A record whose text was already read (a copy of a file,
    also with other line ends) is built once: its record text names every
    file it was found in, and ``result.duplicates`` lists the copies."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    files = input_files(paths)
    pipeline, documents, refused, duplicates = Pipeline(), [], [], []
    seen: dict[str, Document] = {}
    for done, path in enumerate(files, start=1):
        try:
            records = read_records(path)
        except InputError as exc:
            if strict:
                raise
            refused.append(exc)
            records = []
        for doc in records:
            kept = seen.get(doc.sha256)
            if kept is not None:
                pipeline.builder.add(text_iri(kept), KG.sourceFile, Literal(Path(doc.path).name))
                duplicates.append((doc, kept))
                continue
            seen[doc.sha256] = doc
            documents.append(doc)
            pipeline.add(doc)
        if progress is not None:
            progress(done, len(files), path)
    if not documents and refused:
        raise refused[0] if len(refused) == 1 else NothingBuilt(refused)
    timings["extract"] = time.perf_counter() - started
    result = BuildResult(pipeline.graph, documents, timings=timings, refused=refused, duplicates=duplicates)
    if link:
        from kg.link import link_graph, load_authority
        from kg.link.online import resolver as cached_resolver

        started = time.perf_counter()
        asker = resolver if resolver is not None else cached_resolver(online=False)
        result.link_report = link_graph(result.graph, load_authority(), resolver=asker)
        result.link_warnings = list(getattr(asker, "warnings", []))
        timings["link"] = time.perf_counter() - started
    if validate:
        from kg.shacl import validate_fast

        started = time.perf_counter()
        result.validation = validate_fast(result.graph)
        timings["validate"] = time.perf_counter() - started
    return result
