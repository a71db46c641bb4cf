"""The historian's web pages and the SPARQL endpoint over a graph or a store.

:mod:`kg.serve.store` opens a graph file or an Oxigraph store folder;
:mod:`kg.serve.read` reads records, entities and events from it by the
classes and properties of the ontology; :mod:`kg.serve.marks` lays a
record's facts over its text; :mod:`kg.serve.sparql` is the SPARQL 1.1
Protocol endpoint; :mod:`kg.serve.app` the routes."""
