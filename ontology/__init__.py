"""The OWL ontology and the SHACL shapes, shipped inside kg as kg._ontology (see setup.py)."""
