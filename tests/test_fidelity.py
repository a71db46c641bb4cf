"""benchmarks/fidelity.py agrees with the facts tests: a case with a golden
graph passes its facts test, so it scores F1 = 1 on every kind both check."""

import importlib.util
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("fidelity", ROOT / "benchmarks" / "fidelity.py")
fidelity = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fidelity)

SHARED = ["records", "participants", "speakers", "decisions", "citations", "markers", "notes", "date"]
GOLDEN = [c for c in fidelity.case_folders([]) if (c / "expected.ttl").exists()]


@pytest.mark.parametrize("case", GOLDEN, ids=[c.name for c in GOLDEN])
def test_a_case_with_a_golden_graph_scores_full_marks(case):
    tally, error = fidelity.score_case(case, fidelity.build_function())
    assert error is None
    for kind in SHARED:
        s = tally.scores(kind)
        if s["expected"]:
            assert s["f1"] == 1.0, (kind, s)
    persons = tally.scores("persons")  # no heading, pronoun, acronym or body listed as absent is a person
    assert persons["tp"] == persons["predicted"], persons


def test_turn_order_is_scored_by_longest_common_subsequence():
    assert fidelity.lcs(["a", "b", "c", "d"], ["a", "c", "d"]) == 3
    assert fidelity.lcs(["a", "b"], ["b", "a"]) == 1
    assert fidelity.lcs([], ["a"]) == 0


def test_a_missing_record_counts_as_missed_facts(tmp_path):
    case = tmp_path / "case"
    case.mkdir()
    source = ROOT / "tests" / "cases" / "us-nsc-memorandum"
    (case / "input.txt").write_text((source / "input.txt").read_text(encoding="utf-8"), encoding="utf-8")
    expected = (source / "expected.json").read_text(encoding="utf-8")
    import json
    data = json.loads(expected)
    data["records"].append({"date": "1956-11-16", "notes": [1]})
    (case / "expected.json").write_text(json.dumps(data), encoding="utf-8")
    tally, _ = fidelity.score_case(case, fidelity.build_function())
    assert tally.scores("records")["recall"] == 0.5
    assert tally.scores("date")["expected"] == 2 and tally.scores("date")["tp"] == 1
