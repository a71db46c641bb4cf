"""kg as an installed package: the wheel, installed into a fresh virtual
environment, builds, queries, validates, links and checks the sample from an
empty folder; nothing is read from beside the checkout."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"


def _run(args, cwd, check=True):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, env=env, timeout=900)
    if check and proc.returncode != 0:
        pytest.fail(f"{' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The kg command of the wheel, installed into a fresh virtual environment."""
    work = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work / "dist", ROOT], cwd=work)
    wheels = list((work / "dist").glob("kg-*.whl"))
    assert len(wheels) == 1, wheels
    venv.create(work / "venv", with_pip=True)
    bindir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    _run([bindir / "python", "-m", "pip", "install", "-q", wheels[0]], cwd=work)
    return bindir


@pytest.fixture(scope="module")
def empty(tmp_path_factory):
    return tmp_path_factory.mktemp("empty")


def test_the_wheel_ships_the_files_kg_reads(installed, empty):
    code = ("import kg, kg.resources as r; "
            "print(all(p.is_file() for p in (r.ONTOLOGY, r.SHAPES, r.AUTHORITY, r.SAMPLE)), "
            "len(list(r.QUERIES.glob('*.rq'))), r.ONTOLOGY.is_relative_to(r'%s'))" % ROOT)
    out = _run([installed / "python", "-c", code], cwd=empty).stdout.split()
    assert out == ["True", "15", "False"]


def test_build_query_validate_link_check_from_an_empty_folder(installed, empty):
    kg = installed / "kg"
    built = _run([kg, "build", SAMPLE, "-o", "g.ttl"], cwd=empty)
    assert "1 record: 1 session, 2 sittings, 14 turns" in built.stdout
    assert "SHACL: conforms" in built.stdout and "linked " in built.stdout
    assert (empty / "g.ttl").read_text(encoding="utf-8").startswith("PREFIX ")
    speakers = _run([kg, "query", "g.ttl", "speakers", "--format", "csv"], cwd=empty).stdout.splitlines()
    assert speakers[0] == "date,sitting,position,speaker,person,start,end" and len(speakers) == 15
    assert "conforms" in _run([kg, "validate", "g.ttl"], cwd=empty).stdout
    assert _run([kg, "link", "g.ttl"], cwd=empty).stdout.startswith("linked ")
    checked = _run([kg, "check", "g.ttl"], cwd=empty, check=False)
    assert checked.returncode in (0, 1) and checked.stdout.strip(), checked.stderr
    assert sorted(p.name for p in empty.iterdir()) == ["g.ttl"]


def test_the_package_answers_in_python(installed, empty):
    code = ("import kg; r = kg.build([r'%s']); "
            "print(r.validation.conforms, len(kg.query(r.graph, 'speakers').rows))" % SAMPLE)
    assert _run([installed / "python", "-c", code], cwd=empty).stdout.split() == ["True", "14"]
