"""Faults while writing: a clear one-line error, exit 2, the old file
byte-identical and no temporary file left, whatever the fault."""

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg import atomic
from kg.cli import main

from .conftest import ROOT, SAMPLE, assert_one_line_error

OLD = b"old contents, kept byte for byte\n"


def _mount(where: Path, *options: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KB file system (a tmpfs), or a skip where it cannot be mounted."""
    where = tmp_path / "tiny"
    if not _mount(where, "size=64k"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield where
    subprocess.run(["umount", str(where)], check=False)


@pytest.fixture
def read_only_folder(tmp_path):
    """A read-only folder holding out.ttl: a tmpfs remounted read-only (root
    ignores permission bits), else a folder without write permission."""
    where = tmp_path / "ro"
    if _mount(where, "size=1m"):
        (where / "out.ttl").write_bytes(OLD)
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield where
        subprocess.run(["umount", str(where)], check=False)
        return
    where.mkdir()
    (where / "out.ttl").write_bytes(OLD)
    where.chmod(0o555)
    yield where
    where.chmod(0o755)


def _no_temporary_files(folder: Path):
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


def _commands(graph, out):
    return [["export", str(graph), "-o", str(out)],
            ["link", str(graph), "-o", str(out)],
            ["build", str(SAMPLE), "--no-validate", "-o", str(out)]]


def _every_command_refused(runner, graph, out, folder, *phrases):
    """Each writing command fails with one line naming ``out``, leaves the old file and no temporary file."""
    for args in _commands(graph, out):
        assert_one_line_error(runner.invoke(main, args), str(out), *phrases)
        assert out.read_bytes() == OLD
        _no_temporary_files(folder)


def test_read_only_folder(runner, sample_ttl, read_only_folder):
    _every_command_refused(runner, sample_ttl, read_only_folder / "out.ttl", read_only_folder, "cannot write")


def test_full_disk(runner, sample_ttl, tiny_disk):
    out = tiny_disk / "out.ttl"
    out.write_bytes(OLD)
    _every_command_refused(runner, sample_ttl, out, tiny_disk, "the disk is full", "old file is unchanged")


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_full_disk_simulated(runner, sample_ttl, tmp_path, monkeypatch, where):
    out = tmp_path / "out.ttl"
    out.write_bytes(OLD)

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, where, full)
    _every_command_refused(runner, sample_ttl, out, tmp_path, "the disk is full")


def test_output_under_a_regular_file(runner, sample_ttl, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_bytes(OLD)
    out = blocker / "out.ttl"
    for args in _commands(sample_ttl, out):
        assert_one_line_error(runner.invoke(main, args), str(out), "is a file, not a folder")
    assert blocker.read_bytes() == OLD
    _no_temporary_files(tmp_path)


def test_output_is_a_folder(runner, sample_ttl, tmp_path):
    for args in _commands(sample_ttl, tmp_path):
        result = runner.invoke(main, args)
        assert result.exit_code == 2 and "is a directory" in result.output, result.output
    with pytest.raises(atomic.OutputError, match="is a folder"):
        atomic.write_atomic(tmp_path, "text")


def test_output_equal_to_the_input_is_refused(runner, sample_ttl, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_bytes(sample_ttl.read_bytes())
    before = graph.read_bytes()
    for args in (["export", str(graph), "-o", str(graph)], ["export", str(graph), "--format", "nt", "-o", str(graph)],
                 ["reason", str(graph), "-o", str(graph)]):
        assert_one_line_error(runner.invoke(main, args), "refused", "input")
        assert graph.read_bytes() == before


@pytest.mark.parametrize("suffix, first", [(".nt", "<"), (".jsonld", "["), (".trig", "@prefix"), (".ttl", "PREFIX")])
def test_link_in_place_keeps_the_format(runner, sample_ttl, tmp_path, suffix, first):
    fmt = {".nt": "nt", ".jsonld": "jsonld", ".trig": "trig", ".ttl": "turtle"}[suffix]
    graph = tmp_path / f"g{suffix}"
    assert runner.invoke(main, ["export", str(sample_ttl), "--format", fmt, "-o", str(graph)]).exit_code == 0
    result = runner.invoke(main, ["link", str(graph)])
    assert result.exit_code == 0, result.output
    assert graph.read_text(encoding="utf-8").lstrip().startswith(first)
    assert runner.invoke(main, ["check", str(graph)]).exit_code in (0, 1)


def test_link_refuses_a_format_it_cannot_write(runner, sample_ttl, tmp_path):
    assert_one_line_error(runner.invoke(main, ["link", str(sample_ttl), "-o", str(tmp_path / "g.rdf")]),
                          "does not write .rdf")


SIGNAL_DURING_WRITE = textwrap.dedent("""
    import os, signal, sys, time
    from kg import atomic
    from kg.cli import main
    real, signum = atomic.os.fsync, getattr(signal, sys.argv[1])
    def fsync(fd):
        os.kill(os.getpid(), signum)
        time.sleep(5)
        real(fd)
    atomic.os.fsync = fsync
    sys.argv = ["kg"] + sys.argv[2:]
    main()
""")


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_signal_while_writing(sample_ttl, tmp_path, signame):
    out = tmp_path / "out.ttl"
    out.write_bytes(OLD)
    proc = subprocess.run([sys.executable, "-c", SIGNAL_DURING_WRITE, signame, "export", str(sample_ttl),
                           "-o", str(out)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("kg: error: ") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == OLD
    _no_temporary_files(tmp_path)


def test_debug_shows_the_traceback(runner, tmp_path):
    result = runner.invoke(main, ["--debug", "validate", str(tmp_path / "none.ttl")])
    assert result.exit_code != 0 and result.exception is not None
    plain = runner.invoke(main, ["validate", str(tmp_path / "none.ttl")])
    assert_one_line_error(plain, "none.ttl", "no such file")
