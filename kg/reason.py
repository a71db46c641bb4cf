"""OWL reasoning over a graph: is it consistent with the ontology, and what
does the ontology let a reasoner infer from it?

:func:`reason` loads ``ontology/kg.ttl`` and the graph into a fresh, in-memory
owlready2 ``World`` (never the default world, no quadstore file), runs the
HermiT reasoner through ``owlready2.sync_reasoner`` and returns a
:class:`ReasonResult`: whether the graph is consistent, the statements HermiT
added (only those, kept apart from the extracted facts), sentences that name
the classes and individuals involved when it is not consistent, and the time
taken. :meth:`ReasonResult.marked` gives the inferred statements ready to be
written to their own file, each one marked with ``kg:inferredBy``.

What HermiT is given. Every object-valued statement of the graph whose class
or property takes part in an axiom of the ontology, and the ontology itself.
Left out, with the reasons:

- statements whose value is a literal. The dates (``xsd:date``, ``xsd:gYear``,
  ``xsd:gYearMonth``) are not in the OWL 2 datatype map, so HermiT rejects
  them (the ontology declares the date properties as annotation properties
  for that reason); ``xsd:anyURI`` values and language-tagged strings are
  titles, labels and addresses. No literal takes part in an axiom the
  reasoner classifies with, and datatypes and cardinalities of values are
  what the SHACL shapes check (``kg validate``). Leaving them out also spares
  HermiT the classification of data properties over the whole graph, which
  took most of its time.
- statements whose property, or type statements whose class, no axiom of
  the ontology constrains (only declared, or only named as the super-property
  of another property, the superclass of another class, or the domain or range
  of a property): the spans and their selectors, ``prov:wasDerivedFrom``,
  ``oa:hasSource``. Dropping them changes neither consistency nor any other
  inference: whatever model satisfies the rest can be widened to hold them.
  They are three fifths of a graph, and HermiT's time grows with them.

HermiT runs with at most :data:`JAVA_MEMORY_MB` MiB of heap, a serial
garbage collector and the quick JIT compiler only (``JAVA_TOOL_OPTIONS``),
which halves its time on two cores. Its temporary file goes to a temporary
folder that is removed afterwards, also when HermiT fails.

The inferred statements are the type and property statements between
individuals of the graph that HermiT found and the graph did not hold:
classifications such as ``kg:Speaker`` (a person with a recorded turn) and
``kg:Assignment`` (a decision with an assignee), and property values such as
the transitive inclusion of archival levels. Trivial ones (``owl:Thing``,
``owl:NamedIndividual``, an individual the same as itself) and statements
about the ontology's own terms are left out."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection

from kg import resources
from kg.errors import OntologyError, ReasonerUnavailable
from kg.export import serialize
from kg.graph import iris
from kg.vocab import KG, OWL, PREFIXES, PROV, RDF, RDFS, SDO, bind_prefixes

REASONER = "HermiT via owlready2"
JAVA_MEMORY_MB = 1500
JAVA_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
NO_JAVA = "no Java runtime found: install one (apt-get install default-jre-headless) or set JAVA_HOME"

_GRAPH_IRI = "https://w3id.org/kg-archives/reasoning/graph"
_LOCK = threading.Lock()
_TRIVIAL_TYPES = {OWL.Thing, OWL.NamedIndividual, OWL.Ontology}
# Where a class may stand in an axiom without the class constraining anything.
_POSITIVE_CLASS_PLACES = {RDFS.subClassOf, RDFS.domain, RDFS.range}
_CHARACTERISTICS = {OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.TransitiveProperty,
                    OWL.SymmetricProperty, OWL.AsymmetricProperty, OWL.ReflexiveProperty,
                    OWL.IrreflexiveProperty}
_PROPERTY_AXIOMS = {RDFS.domain, RDFS.range, OWL.inverseOf, RDFS.subPropertyOf, OWL.equivalentProperty,
                    OWL.propertyDisjointWith, OWL.propertyChainAxiom}
_PROPERTY_PLACES = {OWL.onProperty, OWL.inverseOf, OWL.equivalentProperty, OWL.propertyDisjointWith}
_DECLARATIONS = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                 OWL.NamedIndividual, RDF.Property}
_ANNOTATIONS = {RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo}


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
        g.add((run, RDFS.label, Literal(f"OWL reasoning: {REASONER}", lang="en")))
        g.add((run, PROV.used, URIRef(_ontology_iri())))
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
            counts[f"{_short(p)} {_short(o)}" if p == RDF.type else _short(p)] += 1
        return dict(sorted(counts.items()))

    def to_text(self) -> str:
        if not self.consistent:
            lines = [f"inconsistent: the graph contradicts the ontology ({REASONER}, {self.seconds:.1f} s)"]
            return "\n".join(lines + [f"  {sentence}" for sentence in self.explanation])
        kinds = ", ".join(f"{n} {kind}" for kind, n in self.summary().items())
        lines = [f"consistent: {len(self.inferred)} statement(s) inferred"
                 + (f" ({kinds})" if kinds else "") + f"; {REASONER}, {self.seconds:.1f} s"]
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
    ontology = _ontology()
    graph_nt = serialize(graph, "nt")
    run = _digest(graph_nt)
    sources = sorted(graph.subjects(RDF.type, KG.RecordText))
    data = reasoner_input(graph, ontology)

    with _LOCK, tempfile.TemporaryDirectory(prefix="kg-reason-") as folder:
        world = owlready2.World()
        saved = (owlready2.JAVA_EXE, owlready2.reasoning.JAVA_MEMORY, tempfile.tempdir,
                 os.environ.get("JAVA_TOOL_OPTIONS"))
        try:
            world.get_ontology(_ontology_iri()).load(fileobj=io.BytesIO(_nt_bytes(ontology)), format="ntriples")
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
    notes = [f"the class {_class_name(URIRef(c), ontology)} can have no members: the ontology contradicts itself about it"
             for c in unsatisfiable]
    return ReasonResult(True, inferred, notes, seconds, run, sources)


def reasoner_input(graph: Graph, ontology: Graph) -> Graph:
    """The statements of ``graph`` HermiT is given (see the module's docstring)."""
    classes, properties = constrained_terms(ontology)
    data = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal):
            continue
        if p == RDF.type:
            if o in classes:
                data.add((s, p, o))
        elif p in properties or p in (OWL.sameAs, OWL.differentFrom):
            data.add((s, p, o))
    return data


def constrained_terms(ontology: Graph) -> tuple[set, set]:
    """Classes and properties some axiom of ``ontology`` constrains.

    A class is left out when it is only declared, annotated, or named as a
    superclass, a domain or a range; a property when it is only declared,
    annotated, or named as the super-property of another property."""
    classes, properties = set(), set()
    list_nodes = {s for s in ontology.subjects(RDF.first, None)}
    for s, p, o in ontology:
        if p in _ANNOTATIONS or p in (RDF.first, RDF.rest):
            continue
        if p == RDF.type:
            if o in _CHARACTERISTICS:
                properties.add(s)
            elif o not in _DECLARATIONS and isinstance(o, URIRef):
                classes.add(o)
            continue
        if p in _PROPERTY_AXIOMS:
            properties.add(s)
        if p in _PROPERTY_PLACES:
            properties.add(o)
        if isinstance(s, URIRef) and p not in _PROPERTY_AXIOMS:
            classes.add(s)
        if isinstance(o, URIRef) and p not in _POSITIVE_CLASS_PLACES and p not in _PROPERTY_PLACES:
            classes.add(o)
    for node in list_nodes:
        for member in Collection(ontology, node):
            if isinstance(member, URIRef):
                classes.add(member)
                properties.add(member)
    for chain in ontology.objects(None, OWL.propertyChainAxiom):
        properties.update(m for m in Collection(ontology, chain) if isinstance(m, URIRef))
    return classes, properties


def explain_inconsistency(graph: Graph, ontology: Graph) -> list[str]:
    """Sentences naming the individuals whose types exclude each other, or the
    functional property with two values that are declared different. The
    types an individual has are those the graph states and those that follow
    from the ontology's subclasses, domains and ranges (and inverses)."""
    view = _Types(graph, ontology)
    sentences = []
    for individual in sorted(view.individuals()):
        types = view.types_of(individual)
        if OWL.Nothing in types:
            sentences.append(f"{_individual_name(individual, graph)} belongs to a class that can have no "
                             f"members: {types[OWL.Nothing]}.")
        seen = set()
        for a in sorted(types):
            for b in sorted(view.disjoint.get(a, ())):
                if b in types and (b, a) not in seen:
                    seen.add((a, b))
                    sentences.append(
                        f"{_individual_name(individual, graph)} is both {_article(_class_name(a, ontology))} and "
                        f"{_article(_class_name(b, ontology))}, which the ontology says exclude each other: "
                        f"it is {_article(_class_name(a, ontology))} {types[a]}, "
                        f"and {_article(_class_name(b, ontology))} {types[b]}.")
    sentences.extend(_functional_clashes(graph, ontology))
    if not sentences:
        sentences.append("HermiT found the graph inconsistent, but not through a clash of types or of values "
                         "that can be named here: the cause lies in the combination of several axioms.")
    return sentences


# --- reading the ontology -------------------------------------------------


def _ontology() -> Graph:
    path = resources.ONTOLOGY
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # noqa: BLE001  -- any parse failure means the ontology is unusable
        raise OntologyError(f"{path}: the ontology cannot be loaded: {exc}") from None
    return g


def _ontology_iri() -> str:
    return str(KG._NS).rstrip("#")


class _Types:
    """The named types of each individual, each with the reason it has it."""

    def __init__(self, graph: Graph, ontology: Graph):
        self.graph = graph
        self.ontology = ontology
        self.supers = _superclasses(ontology)
        self.disjoint = _disjoint_pairs(ontology, self.supers)
        self.domains, self.ranges = _domains_and_ranges(ontology)
        self.inverse = {}
        for a, b in ontology.subject_objects(OWL.inverseOf):
            if isinstance(a, URIRef) and isinstance(b, URIRef):
                self.inverse[a], self.inverse[b] = b, a

    def individuals(self):
        ontology_terms = set(self.ontology.subjects())
        return {s for s in self.graph.subjects() if isinstance(s, URIRef) and s not in ontology_terms}

    def types_of(self, individual) -> dict:
        reasons: dict = {}

        def give(cls, why):
            if cls not in reasons:
                reasons[cls] = why
            for sup in self.supers.get(cls, ()):
                reasons.setdefault(sup, f"as {_article(_class_name(cls, self.ontology))} ({why})")

        for cls in self.graph.objects(individual, RDF.type):
            give(cls, "as the graph states")
        for p, o in self.graph.predicate_objects(individual):
            inverse = self.inverse.get(p)
            for cls in self.domains.get(p, set()) | (self.ranges.get(inverse, set()) if inverse else set()):
                give(cls, f"as it has {_short(p)} {_individual_name(o, self.graph)}")
        for s, p in self.graph.subject_predicates(individual):
            inverse = self.inverse.get(p)
            for cls in self.ranges.get(p, set()) | (self.domains.get(inverse, set()) if inverse else set()):
                give(cls, f"as the {_short(p)} of {_individual_name(s, self.graph)}")
        return reasons


def _superclasses(ontology: Graph) -> dict:
    direct = defaultdict(set)
    for a, b in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            direct[a].add(b)
    for a, b in ontology.subject_objects(OWL.equivalentClass):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            direct[a].add(b)
            direct[b].add(a)
        elif isinstance(a, URIRef):
            for members in ontology.objects(b, OWL.intersectionOf):
                direct[a].update(m for m in Collection(ontology, members) if isinstance(m, URIRef))
    closed = {}
    for cls in list(direct):
        seen, todo = set(), [cls]
        while todo:
            for sup in direct.get(todo.pop(), ()):
                if sup not in seen and sup != cls:
                    seen.add(sup)
                    todo.append(sup)
        closed[cls] = seen
    return closed


def _disjoint_pairs(ontology: Graph, supers: dict) -> dict:
    pairs = set()
    for a, b in ontology.subject_objects(OWL.disjointWith):
        pairs.add((a, b))
    for node in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        for members in ontology.objects(node, OWL.members):
            listed = [m for m in Collection(ontology, members) if isinstance(m, URIRef)]
            pairs.update((a, b) for a in listed for b in listed if a != b)
    disjoint = defaultdict(set)
    for a, b in pairs:
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            disjoint[a].add(b)
            disjoint[b].add(a)
    return disjoint


def _domains_and_ranges(ontology: Graph) -> tuple[dict, dict]:
    supers = defaultdict(set)
    for a, b in ontology.subject_objects(RDFS.subPropertyOf):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            supers[a].add(b)

    def above(prop):
        seen, todo = {prop}, [prop]
        while todo:
            for sup in supers.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        return seen

    props = set(ontology.subjects(RDFS.domain)) | set(ontology.subjects(RDFS.range)) | set(supers)
    domains, ranges = defaultdict(set), defaultdict(set)
    for prop in props:
        for p in above(prop):
            domains[prop].update(c for c in ontology.objects(p, RDFS.domain) if isinstance(c, URIRef))
            ranges[prop].update(c for c in ontology.objects(p, RDFS.range) if isinstance(c, URIRef))
    return domains, ranges


def _functional_clashes(graph: Graph, ontology: Graph) -> list[str]:
    different = defaultdict(set)
    for node in ontology.subjects(RDF.type, OWL.AllDifferent):
        for members in ontology.objects(node, OWL.distinctMembers):
            listed = list(Collection(ontology, members))
            for a in listed:
                different[a].update(m for m in listed if m != a)
    for a, b in list(ontology.subject_objects(OWL.differentFrom)) + list(graph.subject_objects(OWL.differentFrom)):
        different[a].add(b)
        different[b].add(a)
    sentences = []
    for prop in sorted(ontology.subjects(RDF.type, OWL.FunctionalProperty)):
        for s in sorted(set(graph.subjects(prop, None))):
            values = sorted(v for v in graph.objects(s, prop) if not isinstance(v, Literal))
            for i, a in enumerate(values):
                for b in values[i + 1:]:
                    if b in different.get(a, ()):
                        sentences.append(
                            f"{_individual_name(s, graph)} has two values of {_short(prop)}, {_short(a)} and "
                            f"{_short(b)}, but it can have only one and the ontology says they are different.")
    return sentences


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


# --- words -----------------------------------------------------------------


def _short(term) -> str:
    """A prefixed name (``kg:Speaker``, ``id:person/serov``) where a prefix fits."""
    text = str(term)
    spaces = [(prefix, str(ns)) for prefix, ns in PREFIXES.items()] + [("rdf", str(RDF))]
    for prefix, ns in sorted(spaces, key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return f"<{text}>"


def _class_name(cls, ontology: Graph) -> str:
    for label in ontology.objects(cls, RDFS.label):
        if getattr(label, "language", None) in (None, "en"):
            return str(label)
    local = re.split(r"[#/]", str(cls))[-1]
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local)
    return words.lower() if not words.isupper() else words


def _article(name: str) -> str:
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


def _individual_name(node, graph: Graph) -> str:
    """The node's prefixed name, with the name the record gives it (schema:name) or a label."""
    labels = [str(v) for v in graph.objects(node, SDO.name)] or sorted(
        str(v) for v in graph.objects(node, RDFS.label) if getattr(v, "language", None) in (None, "en"))
    name = _short(node)
    return f"{name} ({labels[0]})" if labels else name


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
