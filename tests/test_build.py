"""kg.build.build: the one build the CLI, tests and benchmarks call."""

from pathlib import Path

import pytest

from kg.build import BuildResult, build, input_files
from kg.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
CASES = ROOT / "tests" / "cases"


def test_progress_is_told_of_every_file_in_order(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    for case in ("two-records-one-file", "every-turn-opener"):
        (folder / f"{case}.txt").write_text((CASES / case / "input.txt").read_text(encoding="utf-8"), encoding="utf-8")
    seen = []
    result = build([folder], link=False, validate=False, progress=lambda done, total, path: seen.append((done, total, path.name)))
    assert seen == [(1, 2, "every-turn-opener.txt"), (2, 2, "two-records-one-file.txt")]
    assert len(result.documents) == 3 and result.summary().startswith("3 records: 3 sessions, ")
    assert set(result.timings) == {"extract"} and result.link_report is None and result.validation is None


def test_summary_says_one_record_and_one_session(sample_build):
    assert isinstance(sample_build, BuildResult)
    assert sample_build.summary().startswith("1 record: 1 session, 2 sittings, 14 turns, ")
    assert sample_build.counts()["turn"] == 14


def test_a_full_build_links_and_validates_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    result = build([SAMPLE])
    assert result.validation.conforms and result.link_report.to_text().startswith("linked ")
    assert set(result.timings) == {"extract", "link", "validate"}
    assert not (tmp_path / "cache").exists()  # read, never filled: no request was made


def test_missing_input_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        input_files([tmp_path / "absent.txt"])
