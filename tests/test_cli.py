"""The command line: exit codes, messages naming file and line, atomic
output, byte-identical Turtle across processes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
BAD = ROOT / "tests" / "bad_inputs"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture(scope="module")
def sample_ttl(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "kg.ttl"
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_sample_conforms_and_summarises(sample_ttl, runner, tmp_path):
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 record: 1 session, 2 sittings, 14 turns" in result.output and "14 turns" in result.output and "2 sittings" in result.output
    assert "SHACL: conforms" in result.output
    assert out.read_text(encoding="utf-8") == sample_ttl.read_text(encoding="utf-8")


def test_build_to_stdout_keeps_summary_on_stderr():
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SAMPLE), "--no-validate", "--no-link"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("PREFIX ") and "1 record: " in proc.stderr


def test_turtle_is_byte_identical_across_processes(tmp_path):
    outs = []
    for i in range(2):
        out = tmp_path / f"run{i}.ttl"
        env = dict(os.environ, PYTHONHASHSEED=str(i + 1))
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SAMPLE), "-o", str(out)],
                              capture_output=True, text=True, cwd=ROOT, env=env)
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def _first_nul_line(path: Path) -> int:
    data = path.read_bytes()
    return data.count(b"\n", 0, data.find(b"\x00")) + 1


@pytest.mark.parametrize("name, message", [
    ("empty.txt", "empty"),
    ("whitespace.txt", "empty"),
    ("binary.bin", "binary"),
    ("no-record.txt", "no record found"),
])
def test_bad_input_is_refused_with_file_and_line(runner, tmp_path, name, message):
    out = tmp_path / "out.ttl"
    result = runner.invoke(main, ["build", str(BAD / name), "-o", str(out)])
    assert result.exit_code == 2
    line = _first_nul_line(BAD / name) if name == "binary.bin" else 1
    assert result.output.startswith(f"kg: error: {BAD / name}:{line}: "), result.output
    assert message in result.output
    assert not out.exists(), "nothing is written when the input is refused"


def test_missing_file(runner, tmp_path):
    result = runner.invoke(main, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.ttl")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_bad_input_does_not_clobber_an_existing_output(runner, tmp_path):
    out = tmp_path / "out.ttl"
    out.write_text("previous graph", encoding="utf-8")
    result = runner.invoke(main, ["build", str(BAD / "binary.bin"), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous graph"


@pytest.mark.parametrize("name, warning", [
    ("marker-without-note.txt", "note marker (3) has no note"),
    ("note-without-marker.txt", "note 2 has no marker"),
])
def test_marker_and_note_disagreement_warns_with_line_and_is_a_check_finding(runner, tmp_path, name, warning):
    """A faithful graph of a flawed source conforms; the parser warns with the
    line, and kg check reports the broken reference."""
    out = tmp_path / "out.ttl"
    result = runner.invoke(main, ["build", str(BAD / name), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [x for x in result.output.splitlines() if warning in x]
    assert lines and lines[0].startswith(f"{BAD / name}:"), result.output
    line_number = int(lines[0].split(":")[1])
    text = (BAD / name).read_text(encoding="utf-8").splitlines()
    assert any(s in text[line_number - 1] for s in ("(3)", "2 ", "2.")), text[line_number - 1]
    assert "Violation" not in result.output
    checked = runner.invoke(main, ["check", str(out), "--format", "json"])
    assert checked.exit_code == 1, checked.output
    assert {"marker-without-note", "note-without-marker"} & {f["kind"] for f in json.loads(checked.output)["findings"]}


def test_validate_exit_codes_and_json(runner, sample_ttl, tmp_path):
    result = runner.invoke(main, ["validate", str(sample_ttl), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["conforms"] is True
    broken = tmp_path / "broken.ttl"
    broken.write_text(sample_ttl.read_text(encoding="utf-8").replace("kg:noteNumber", "kg:nodeNumber"),
                      encoding="utf-8")
    result = runner.invoke(main, ["validate", str(broken)])
    assert result.exit_code == 1 and "Violation" in result.output
    result = runner.invoke(main, ["validate", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 2 and "no such file" in result.output
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is @not turtle <<", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(garbage)])
    assert result.exit_code == 2 and "garbage.ttl" in result.output


def test_query_formats(runner, sample_ttl):
    result = runner.invoke(main, ["query", str(sample_ttl), "participants", "--format", "csv"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "date,sitting,name,person" and len(lines) == 28
    result = runner.invoke(main, ["query", str(sample_ttl), "speakers", "--format", "json"])
    rows = json.loads(result.output)
    assert len(rows) == 14 and set(rows[0]) == {"date", "sitting", "position", "speaker", "person", "start", "end"}
    inline = "SELECT (COUNT(*) AS ?n) WHERE { ?t a kg:SpeechTurn }"
    result = runner.invoke(main, ["query", str(sample_ttl), inline, "--format", "csv"])
    assert result.output.splitlines() == ["n", "14"]
    path = ROOT / "queries" / "notes.rq"
    result = runner.invoke(main, ["query", str(sample_ttl), str(path)])
    assert result.exit_code == 0 and "(13 rows)" in result.output


def test_query_unknown_name_lists_the_available_ones(runner, sample_ttl):
    result = runner.invoke(main, ["query", str(sample_ttl), "decisons"])
    assert result.exit_code == 2
    assert "No query named 'decisons'" in result.output and "decisions" in result.output


def test_query_syntax_error(runner, sample_ttl):
    result = runner.invoke(main, ["query", str(sample_ttl), "SELECT ?x WHERE { ?x"])
    assert result.exit_code == 2 and "syntax error" in result.output and "inline query:1:" in result.output


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "trig"])
def test_export_round_trips(runner, sample_ttl, tmp_path, fmt):
    from rdflib import Dataset, Graph
    from rdflib.compare import isomorphic

    out = tmp_path / f"g.{fmt}"
    result = runner.invoke(main, ["export", str(sample_ttl), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    original = Graph().parse(sample_ttl, format="turtle")
    if fmt == "trig":
        ds = Dataset()
        ds.parse(out, format="trig")
        again = Graph()
        for s, p, o, _ in ds.quads():
            again.add((s, p, o))
    else:
        again = Graph().parse(out, format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
    assert isomorphic(original, again)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"kg {name}" in readme, f"README does not document 'kg {name}'"


def test_output_gets_ordinary_permissions(runner, tmp_path):
    out = tmp_path / "g.ttl"
    assert runner.invoke(main, ["build", str(SAMPLE), "-o", str(out), "--no-validate"]).exit_code == 0
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_folder_input_builds_every_record(runner, tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    for case in ("every-turn-opener", "two-records-one-file"):
        (folder / f"{case}.txt").write_text(
            (ROOT / "tests" / "cases" / case / "input.txt").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(folder), "-o", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    assert "3 records: 3 sessions" in result.output and "3 sessions" in result.output


def test_a_failing_extractor_is_named_with_the_file(runner, tmp_path, monkeypatch):
    import kg.graph.pipeline as pipeline

    def broken(doc, builder):
        raise ValueError("unexpected shape")

    monkeypatch.setattr(pipeline, "EXTRACTORS", [("decisions", broken)])
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 2
    assert "extractor 'decisions' failed on" in result.output and "presidium-1956-11-01.txt" in result.output
    assert "ValueError: unexpected shape" in result.output
    assert not out.exists()
