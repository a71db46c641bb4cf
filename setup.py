"""Packaging beyond what pyproject.toml can say: the top-level folders
ontology/, queries/ and data/ stay where the project layout puts them and are
shipped inside the package as kg._ontology, kg._queries and kg._data, so the
code reads them with importlib.resources from a checkout and a wheel alike."""

from setuptools import find_packages, setup

RESOURCES = {"kg._ontology": "ontology", "kg._queries": "queries", "kg._data": "data"}

setup(
    packages=find_packages(include=["kg", "kg.*"]) + list(RESOURCES),
    package_dir=RESOURCES,
    package_data={"kg": ["py.typed"], "kg.serve": ["pages/*.html", "static/*"], "kg._ontology": ["*.ttl"],
                  "kg._queries": ["*.rq"],
                  "kg._data": ["authority.tsv", "name-forms.tsv", "offices.tsv", "presidium-1956-11-01.txt"]},
)
