"""kg: knowledge graphs of archival meeting records, every fact tied to its span.

    import kg
    result = kg.build(["record.txt"])           # read, extract, link, validate
    print(result.summary(), result.validation.conforms)
    print(kg.query(result.graph, "speakers").to_table())

The pipeline, in the order the folders show it:

    kg.document   text -> Document (spans with character offsets)
    kg.extract    Document -> statements, one small extractor per concern
    kg.graph      builder (IRIs, provenance) and the per-document pipeline
    kg.build      files -> one graph, linked and validated (what `kg build` runs)
    kg.validate   SHACL validation;  kg.query  SPARQL;  kg.export  serialisation
    kg.link       identities in Wikidata;  kg.reason / kg.check  consistency

The names below are imported when first used, so ``import kg`` (and
``kg --help``) stays fast. Several share their name with the module that
defines them (``kg.build``, ``kg.validate``, ``kg.query``, ``kg.link``,
``kg.check``, ``kg.reason``): ``kg.<name>`` is always the function; reach the
module with ``from kg.<module> import ...``."""

from __future__ import annotations

import importlib
import sys
import types

__version__ = "0.1.0"

# public name -> (module, attribute)
_API: dict[str, tuple[str, str]] = {
    "build": ("kg.build", "build"),
    "BuildResult": ("kg.build", "BuildResult"),
    "validate": ("kg.validate", "validate"),
    "query": ("kg.query", "run"),
    "link": ("kg.link", "link_graph"),
    "check": ("kg.check", "check"),
    "reason": ("kg.reason", "reason"),
    "serialize": ("kg.export", "serialize"),
    "load_graph": ("kg.export", "load_graph"),
    "KgError": ("kg.errors", "KgError"),
    "InputError": ("kg.errors", "InputError"),
    "ExtractorError": ("kg.errors", "ExtractorError"),
    "OntologyError": ("kg.errors", "OntologyError"),
    "QueryError": ("kg.errors", "QueryError"),
    "LinkError": ("kg.errors", "LinkError"),
    "GraphInputError": ("kg.errors", "GraphInputError"),
    "ReasonerUnavailable": ("kg.errors", "ReasonerUnavailable"),
}

__all__ = ["__version__", *_API]


class _Package(types.ModuleType):
    """The kg package: its public names resolve to the functions, also after
    the module of the same name has been imported (which sets that attribute)."""

    def __getattribute__(self, name: str):
        target = _API.get(name)
        if target is not None:
            return getattr(importlib.import_module(target[0]), target[1])
        return super().__getattribute__(name)

    def __dir__(self):
        return sorted(set(super().__dir__()) | set(_API))


sys.modules[__name__].__class__ = _Package
