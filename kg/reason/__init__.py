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
about the ontology's own terms are left out.

A corpus is reasoned over with :mod:`kg.reason.rules` instead: the
ontology's axioms compiled into forward rules that reach HermiT's
conclusions in milliseconds per record (HermiT needs about 0.2 s of Java per
record); an axiom no rule covers is refused, never passed over. HermiT stays
the reference: the tests hold that both conclude the same.

The package: :mod:`kg.reason.run` runs HermiT (via owlready2),
:mod:`kg.reason.select` chooses what it is given, :mod:`kg.reason.rules`
the rules, :mod:`kg.reason.explain` says in plain words why a graph is
inconsistent."""

from kg.reason.explain import explain_inconsistency
from kg.reason.run import JAVA_MEMORY_MB, NO_JAVA, REASONER, ReasonResult, find_java, reason
from kg.reason.select import constrained_terms, load_ontology, reasoner_input

__all__ = ["JAVA_MEMORY_MB", "NO_JAVA", "REASONER", "ReasonResult", "constrained_terms", "explain_inconsistency",
           "find_java", "load_ontology", "reason", "reasoner_input"]
