"""kg build over folders and odd files: bad files are named and left out,
copies are one record, UTF-16 is read, the input is never the output, the
progress shows on a terminal only."""

import io
import subprocess
import sys

from rdflib import Literal

from kg.cli import main
from kg.export import load_graph
from kg.progress import Progress
from kg.vocab import KG, RDF

from .conftest import ROOT, SMALL, assert_one_line_error

OTHER = ROOT / "tests" / "cases" / "us-nsc-memorandum" / "input.txt"


def _folder(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SMALL.read_bytes())
    (folder / "b.txt").write_bytes(OTHER.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(b"Working Notes\n\nCde. P\xe9ter: yes.\n")
    return folder


def test_folder_build_names_each_bad_file_and_builds_the_rest(runner, tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(folder), "--no-link", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"{folder / 'empty.txt'}:1: error: left out: the file is empty" in result.output
    assert f"{folder / 'latin1.txt'}:3: error: left out: the file is not UTF-8" in result.output
    assert "2 records" in result.output and "2 files left out" in result.output
    assert "SHACL: conforms" in result.output and "Traceback" not in result.output
    g = load_graph(out)
    assert sorted(str(f) for f in g.objects(None, KG.sourceFile)) == ["a.txt", "b.txt"]


def test_strict_stops_at_the_first_bad_file(runner, tmp_path):
    folder, out = _folder(tmp_path), tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(folder), "--strict", "-o", str(out)])
    assert_one_line_error(result, f"{folder / 'empty.txt'}:1: ", "empty")
    assert not out.exists()


def test_no_readable_file_writes_nothing(runner, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.txt").write_bytes(b"\x00\x01")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 2 and not out.exists()
    assert f"{folder / 'a.txt'}:1: " in result.output and f"{folder / 'b.txt'}:1: " in result.output
    assert "nothing written" in result.output and "Traceback" not in result.output


def test_a_copy_is_one_record_naming_both_files(runner, tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SMALL.read_bytes())
    (folder / "a-copy.txt").write_bytes(SMALL.read_bytes().replace(b"\n", b"\r\n"))
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(folder), "--no-link", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "warning: record 1 has the same text as record 1 of" in result.output
    assert "1 record:" in result.output and "SHACL: conforms" in result.output
    g = load_graph(out)
    texts = list(g.subjects(RDF.type, KG.RecordText))
    assert len(texts) == 1
    assert set(g.objects(texts[0], KG.sourceFile)) == {Literal("a.txt"), Literal("a-copy.txt")}


def test_build_refuses_to_write_its_input(runner, tmp_path):
    record = tmp_path / "rec.txt"
    record.write_bytes(SMALL.read_bytes())
    for out in (record, tmp_path / "." / "rec.txt"):
        assert_one_line_error(runner.invoke(main, ["build", str(record), "-o", str(out)]), "refused", "input")
        assert record.read_bytes() == SMALL.read_bytes()
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "x.txt").write_bytes(SMALL.read_bytes())
    assert_one_line_error(runner.invoke(main, ["build", str(folder), "-o", str(folder / "x.txt")]), "refused")
    assert (folder / "x.txt").read_bytes() == SMALL.read_bytes()


def test_utf16_with_a_mark_is_read_without_is_explained(runner, tmp_path):
    text = SMALL.read_text(encoding="utf-8")
    for encoding in ("utf-16", "utf-32"):
        f = tmp_path / f"{encoding}.txt"
        f.write_bytes(text.encode(encoding))
        result = runner.invoke(main, ["build", str(f), "--no-link", "-o", str(tmp_path / f"{encoding}.ttl")])
        assert result.exit_code == 0, result.output
    bare = tmp_path / "bare.txt"
    bare.write_bytes(text.encode("utf-16-le"))
    assert_one_line_error(runner.invoke(main, ["build", str(bare)]), f"{bare}:1: ", "UTF-16LE", "iconv")


def test_progress_draws_on_a_terminal_only(tmp_path):
    ticks = iter([0.0, 1.0, 2.0, 3.0])
    stream = io.StringIO()
    with Progress(stream, force=True, every=0, clock=lambda: next(ticks)) as progress:
        progress.update(1, 4, tmp_path / "a.txt")
        assert "[1/4] files, 1.0 files/s, 3 s left" in stream.getvalue()
    assert stream.getvalue().endswith("\r\x1b[K")
    quiet = io.StringIO()
    Progress(quiet).update(1, 4, "a.txt")
    assert quiet.getvalue() == ""
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SMALL), "--no-link", "--no-validate"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and "files/s" not in proc.stderr and "\x1b" not in proc.stderr


def test_link_summary_says_what_its_counts_are_made_of(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SMALL), "--no-validate", "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("linked "))
    assert "not found 4 (3 persons, 1 event)" in line, line
