"""Plain-words explanations: why a graph is inconsistent with the ontology,
naming the individuals and classes involved."""

from __future__ import annotations

import re
from collections import defaultdict

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.vocab import OWL, PREFIXES, RDF, RDFS, SDO

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
                        f"{_individual_name(individual, graph)} is both {_article(class_name(a, ontology))} and "
                        f"{_article(class_name(b, ontology))}, which the ontology says exclude each other: "
                        f"it is {_article(class_name(a, ontology))} {types[a]}, "
                        f"and {_article(class_name(b, ontology))} {types[b]}.")
    sentences.extend(_functional_clashes(graph, ontology))
    if not sentences:
        sentences.append("The reasoner found the graph inconsistent, but not through a clash of types or of values "
                         "that can be named here: the cause lies in the combination of several axioms.")
    return sentences


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
                reasons.setdefault(sup, f"as {_article(class_name(cls, self.ontology))} ({why})")

        for cls in self.graph.objects(individual, RDF.type):
            give(cls, "as the graph states")
        for p, o in self.graph.predicate_objects(individual):
            inverse = self.inverse.get(p)
            for cls in self.domains.get(p, set()) | (self.ranges.get(inverse, set()) if inverse else set()):
                give(cls, f"as it has {short(p)} {_individual_name(o, self.graph)}")
        for s, p in self.graph.subject_predicates(individual):
            inverse = self.inverse.get(p)
            for cls in self.ranges.get(p, set()) | (self.domains.get(inverse, set()) if inverse else set()):
                give(cls, f"as the {short(p)} of {_individual_name(s, self.graph)}")
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
                            f"{_individual_name(s, graph)} has two values of {short(prop)}, {short(a)} and "
                            f"{short(b)}, but it can have only one and the ontology says they are different.")
    return sentences




def short(term) -> str:
    """A prefixed name (``kg:Speaker``, ``id:person/serov``) where a prefix fits."""
    text = str(term)
    spaces = [(prefix, str(ns)) for prefix, ns in PREFIXES.items()] + [("rdf", str(RDF))]
    for prefix, ns in sorted(spaces, key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return f"<{text}>"


def class_name(cls, ontology: Graph) -> str:
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
    name = short(node)
    return f"{name} ({labels[0]})" if labels else name
