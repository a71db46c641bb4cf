"""kg: knowledge graphs of archival meeting records, every fact tied to its span.

The pipeline, in the order the folders show it:

    kg.document   text -> Document (spans with character offsets)
    kg.extract    Document -> statements, one small extractor per concern
    kg.graph      builder (IRIs, provenance) and the pipeline runner
    kg.validate   SHACL validation;  kg.query  SPARQL;  kg.export  serialisation
    kg.link       identities in Wikidata;  kg.reason / kg.check  consistency
"""

__version__ = "0.1.0"
