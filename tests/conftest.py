import os
import shutil
from pathlib import Path

import pytest

from kg.graph.pipeline import build_graph
from kg.query import run

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
CASES = ROOT / "tests" / "cases"
BAD = ROOT / "tests" / "bad_inputs"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden graphs of tests/cases")


@pytest.fixture(scope="session")
def update_golden(request):
    return request.config.getoption("--update-golden") or os.environ.get("KG_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="session")
def sample_build():
    return build_graph([SAMPLE])


@pytest.fixture(scope="session")
def sample_graph(sample_build):
    return sample_build.graph


@pytest.fixture(scope="session")
def sample_doc(sample_build):
    return sample_build.documents[0]


@pytest.fixture(scope="session")
def ask(sample_graph):
    """Run a named query on the sample graph; rows as dicts."""

    def _ask(name):
        rows = run(sample_graph, name)
        return [dict(zip(rows.variables, r)) for r in rows.rows]

    return _ask


@pytest.fixture(scope="session")
def java():
    """The Java runtime, or a skip (a failure under CI, where it must be present)."""
    found = shutil.which("java")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a Java runtime (.ci/run installs default-jre-headless)")
        pytest.skip("no Java runtime: the HermiT reasoner cannot run here")
    return found
