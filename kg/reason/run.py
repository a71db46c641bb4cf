"""Running HermiT through owlready2 in a fresh in-memory world, and the
result: consistency, the inferred statements and their marking."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg.errors import ReasonerUnavailable
from kg.export import serialize
from kg.graph import iris
from kg.graph.view import GraphView
from kg.reason.explain import class_name, explain_inconsistency, short
from kg.reason.select import load_ontology, ontology_iri, reasoner_input
from kg.vocab import KG, OWL, PROV, RDF, RDFS, bind_prefixes

REASONER = "HermiT via owlready2"
JAVA_MEMORY_MB = 1500
JAVA_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
NO_JAVA = "no Java runtime found: install one (apt-get install default-jre-headless) or set JAVA_HOME"

_GRAPH_IRI = "https://w3id.org/kg-archives/reasoning/graph"
_LOCK = threading.Lock()
_TRIVIAL_TYPES = {OWL.Thing, OWL.NamedIndividual, OWL.Ontology}

@dataclass
class ReasonResult:
    """What the reasoner concluded about a graph.

    ``inferred`` holds the new statements only (empty when the graph is not
    consistent); ``explanation`` holds sentences in plain words naming the
    classes and individuals involved; ``seconds`` is the time HermiT took;
    ``run`` names the reasoning run (derived from the graph's content)."""

    consistent: bool
    inferred: Graph
    explanation: list[str] = field(default_factory=list)
    seconds: float = 0.0
    run_name: str = "unnamed"  # the digest of the graph reasoned over
    sources: list[URIRef] = field(default_factory=list)
    engine: str = REASONER  # what drew the conclusions: HermiT, or the rules of kg.reason.rules

    @property
    def run(self) -> URIRef:
        """The reasoning run (a prov:Activity)."""
        return iris.reasoning(self.run_name)

    def marked(self) -> Graph:
        """The inferred statements, each marked as inferred, with the run that
        inferred them: ``owl:Axiom`` nodes (``owl:annotatedSource``,
        ``owl:annotatedProperty``, ``owl:annotatedTarget``) carrying
        ``kg:inferredBy`` the run, and the run as a ``prov:Activity`` that
        used the ontology and the records' texts. No time stamp, so that the
        same graph always gives the same bytes."""
        g = Graph()
        bind_prefixes(g)
        run = self.run
        g.add((run, RDF.type, PROV.Activity))
        g.add((run, RDFS.label, Literal(f"OWL reasoning: {self.engine}", lang="en")))
        g.add((run, PROV.used, URIRef(ontology_iri())))
        for source in self.sources:
            g.add((run, PROV.used, source))
        for s, p, o in sorted(self.inferred):
            g.add((s, p, o))
            node = iris.inference(self.run_name, _digest(_nt((s, p, o))))
            g.add((node, RDF.type, OWL.Axiom))
            g.add((node, OWL.annotatedSource, s))
            g.add((node, OWL.annotatedProperty, p))
            g.add((node, OWL.annotatedTarget, o))
            g.add((node, KG.inferredBy, run))
        return g

    def summary(self) -> dict[str, int]:
        """How many statements of each kind were inferred ("rdf:type kg:Speaker": 9)."""
        counts: dict[str, int] = defaultdict(int)
        for _, p, o in self.inferred:
            counts[f"{short(p)} {short(o)}" if p == RDF.type else short(p)] += 1
        return dict(sorted(counts.items()))

    def to_text(self) -> str:
        if not self.consistent:
            lines = [f"inconsistent: the graph contradicts the ontology ({self.engine}, {self.seconds:.1f} s)"]
            return "\n".join(lines + [f"  {sentence}" for sentence in self.explanation])
        kinds = ", ".join(f"{n} {kind}" for kind, n in self.summary().items())
        lines = [f"consistent: {len(self.inferred)} statement(s) inferred"
                 + (f" ({kinds})" if kinds else "") + f"; {self.engine}, {self.seconds:.1f} s"]
        return "\n".join(lines + [f"  note: {sentence}" for sentence in self.explanation])


def find_java() -> str | None:
    """The Java executable HermiT will run on: owlready2's ``JAVA_EXE`` when it
    names one, else ``$JAVA_HOME/bin/java``, else ``java`` on the PATH."""
    import owlready2

    configured = owlready2.JAVA_EXE
    if configured and configured != "java" and shutil.which(configured):
        return shutil.which(configured)
    home = os.environ.get("JAVA_HOME")
    if home:
        exe = Path(home) / "bin" / ("java.exe" if os.name == "nt" else "java")
        if exe.is_file() and os.access(exe, os.X_OK):
            return str(exe)
    return shutil.which("java")


def reason(graph: Graph, *, memory_mb: int = JAVA_MEMORY_MB) -> ReasonResult:
    """Run HermiT over ``graph`` and the project's ontology.

    Raises :class:`~kg.errors.ReasonerUnavailable` when there is no Java
    runtime or HermiT cannot run, :class:`~kg.errors.OntologyError` when the
    ontology cannot be read."""
    import owlready2

    java = find_java()
    if java is None:
        raise ReasonerUnavailable(NO_JAVA)
    ontology = load_ontology()
    graph_nt = serialize(graph, "nt")
    run = _digest(graph_nt)
    sources = GraphView(graph).record_texts()
    data = reasoner_input(graph, ontology)

    with _LOCK, tempfile.TemporaryDirectory(prefix="kg-reason-") as folder:
        world = owlready2.World()
        saved = (owlready2.JAVA_EXE, owlready2.reasoning.JAVA_MEMORY, tempfile.tempdir,
                 os.environ.get("JAVA_TOOL_OPTIONS"))
        try:
            world.get_ontology(ontology_iri()).load(fileobj=io.BytesIO(_nt_bytes(ontology)), format="ntriples")
            world.get_ontology(_GRAPH_IRI).load(fileobj=io.BytesIO(_nt_bytes(data)), format="ntriples")
            owlready2.JAVA_EXE = java
            owlready2.reasoning.JAVA_MEMORY = memory_mb
            tempfile.tempdir = folder
            os.environ["JAVA_TOOL_OPTIONS"] = " ".join(filter(None, [saved[3], JAVA_OPTIONS]))
            started = time.perf_counter()
            try:
                owlready2.sync_reasoner(world, infer_property_values=True, debug=0)
            except owlready2.OwlReadyInconsistentOntologyError:
                seconds = time.perf_counter() - started
                return ReasonResult(False, Graph(), explain_inconsistency(graph, ontology), seconds, run, sources)
            except owlready2.OwlReadyJavaError as exc:
                raise ReasonerUnavailable(f"HermiT could not run: {_java_message(exc)}") from None
            except OSError as exc:
                raise ReasonerUnavailable(f"HermiT could not run: {exc}") from None
            seconds = time.perf_counter() - started
            unsatisfiable = sorted(str(c.iri) for c in world.inconsistent_classes() if c is not None)
            added = _inferred_triples(world)
        finally:
            owlready2.JAVA_EXE, owlready2.reasoning.JAVA_MEMORY, tempfile.tempdir = saved[:3]
            if saved[3] is None:
                os.environ.pop("JAVA_TOOL_OPTIONS", None)
            else:
                os.environ["JAVA_TOOL_OPTIONS"] = saved[3]
            world.close()

    inferred = Graph()
    bind_prefixes(inferred)
    for triple in _keep(added, graph, ontology):
        inferred.add(triple)
    notes = [f"the class {class_name(URIRef(c), ontology)} can have no members: the ontology contradicts itself about it"
             for c in unsatisfiable]
    return ReasonResult(True, inferred, notes, seconds, run, sources)


# --- what HermiT added ----------------------------------------------------


def _inferred_triples(world) -> list[tuple]:
    """The statements owlready2 recorded from HermiT's answer (they are kept
    in an ontology of their own inside the world)."""
    buffer = io.BytesIO()
    inferences = world.get_ontology("http://inferrences/")
    inferences.save(buffer, format="ntriples")
    g = Graph()
    g.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    return [(s, p, o) for s, p, o in g if isinstance(s, URIRef) and isinstance(o, URIRef)]


def _keep(triples, graph: Graph, ontology: Graph):
    nodes = set(graph.subjects()) | {o for o in graph.objects() if isinstance(o, URIRef)}
    terms = set(ontology.subjects())
    object_properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | {OWL.sameAs}
    for s, p, o in triples:
        if s not in nodes or s in terms or (s, p, o) in graph:
            continue
        if p == RDF.type:
            if o not in _TRIVIAL_TYPES:
                yield s, p, o
        elif p in object_properties and o in nodes and o not in terms and not (p == OWL.sameAs and s == o):
            yield s, p, o


def _java_message(exc: Exception) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    useful = [line for line in lines if not line.startswith(("Picked up", "Java error message"))]
    return (useful or lines or ["no message"])[0]


def _nt(triple) -> str:
    g = Graph()
    g.add(triple)
    return g.serialize(format="nt").strip()


def _nt_bytes(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
