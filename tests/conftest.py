import os
import shutil
import tempfile
from pathlib import Path

import pytest

from kg.build import build
from kg.query import run

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
CASES = ROOT / "tests" / "cases"
BAD = ROOT / "tests" / "bad_inputs"

# The tests see the shipped authority table only, and an empty endpoint cache:
# never the user's own rows or answers kept by earlier runs.
_ISOLATED = tempfile.mkdtemp(prefix="kg-tests-")
os.environ["KG_AUTHORITY"] = os.path.join(_ISOLATED, "authority.tsv")
os.environ["KG_CACHE_DIR"] = os.path.join(_ISOLATED, "wikidata")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden graphs of tests/cases")


@pytest.fixture(scope="session")
def update_golden(request):
    return request.config.getoption("--update-golden") or os.environ.get("KG_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="session")
def sample_build():
    return build([SAMPLE], link=False, validate=False)


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
