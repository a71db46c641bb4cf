"""The editor's report (kg check): every kind of finding has an invented
record that triggers it and one that does not (tests/check_cases/<kind>/),
and the sample's report holds its genuine findings and no false alarms."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from kg import vocab as v
from kg.check import KINDS, above_info, check, to_json, to_text
from kg.check.names import confusable, jaro_winkler
from kg.cli import main
from kg.export import serialize
from kg.build import build

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "check_cases"
SAMPLE = ROOT / "data" / "presidium-1956-11-01.txt"
SILENT = {"Voroshilov", "Saburov", "Brezhnev", "Shvernik", "Pospelov"}


def _findings(path):
    return check(build([path], link=False, validate=False).graph)


@pytest.fixture(scope="module")
def sample_findings(sample_graph):
    return check(sample_graph)


def test_every_kind_has_its_cases():
    assert sorted(p.name for p in CASES.iterdir() if p.is_dir()) == sorted(KINDS)
    for kind in KINDS:
        assert (CASES / kind / "triggers.txt").is_file() and (CASES / kind / "clean.txt").is_file()


@pytest.mark.parametrize("kind", KINDS)
def test_invented_record_triggers_its_kind(kind):
    found = [f for f in _findings(CASES / kind / "triggers.txt") if f.kind == kind]
    assert found, f"{kind}: triggers.txt gives no finding of its kind"
    for f in found:
        assert f.message.endswith((".", "?")) and f.spans


@pytest.mark.parametrize("kind", KINDS)
def test_clean_record_does_not(kind):
    assert [f.message for f in _findings(CASES / kind / "clean.txt") if f.kind == kind] == []


def test_sample_flags_shelepin_for_shepilov(sample_findings):
    slips = [f for f in sample_findings if f.kind == "name-slip-in-note"]
    assert len(slips) == 1
    slip = slips[0]
    assert slip.severity == "warning"
    assert slip.message == ("Note 12 names Shelepin, who is not in this record; the annotated turn is "
                            "Shepilov's: a slip for Shepilov?")
    quotes = [s.quote for s in slip.spans]
    assert "Shelepin" in quotes and "(12)" in quotes
    assert any(q.startswith("Cde. Shepilov:") for q in quotes)


def test_sample_lists_the_five_silent_participants(sample_findings):
    silent = [f for f in sample_findings if f.kind == "silent-participant"]
    assert {f.message.split(" is listed")[0] for f in silent} == SILENT
    assert {f.severity for f in silent} == {"info"}
    assert all(len(f.spans) == 2 for f in silent)  # the name in both participant lists


def test_sample_has_no_false_alarms(sample_findings):
    assert [f.kind for f in sample_findings if f.severity != "info"] == ["name-slip-in-note"]
    kinds = {f.kind for f in sample_findings}
    assert kinds == {"silent-participant", "name-slip-in-note", "decision-without-assignee"}
    keep_embassy = [f for f in sample_findings if f.kind == "decision-without-assignee"]
    assert len(keep_embassy) == 1 and "So far, to keep the embassy" in keep_embassy[0].message
    assert above_info(sample_findings)


def test_spans_quote_the_text_they_point_to(sample_findings):
    text = SAMPLE.read_text(encoding="utf-8")
    for f in sample_findings:
        for s in f.spans:
            assert s.file == SAMPLE.name and len(s.sha256) == 64
            assert text[s.start:s.end] == s.quote


def test_genre_cases_raise_nothing_above_info_where_nothing_is_wrong():
    quiet = ["agenda-supporters-decisions", "book-scan-bare-numbers", "czech-politburo-record", "every-turn-opener",
             "guests-in-title-second-list", "hungarian-bracket-markers", "name-variants-archives",
             "narrative-and-attributed-turns", "no-header-source-after-body", "plain-header-participant-quirks",
             "polish-politburo-protocol", "two-records-one-file", "us-nsc-memorandum", "web-bold-separate-lines"]
    for name in quiet:
        loud = [(f.kind, f.message) for f in _findings(ROOT / "tests" / "cases" / name / "input.txt") if f.rank > 0]
        assert loud == [], name


def test_markers_and_notes_that_disagree_are_each_reported():
    found = _findings(ROOT / "tests" / "cases" / "markers-notes-disagree" / "input.txt")
    messages = {f.kind: [g.message for g in found if g.kind == f.kind] for f in found}
    expected = ("Marker (18) stands in the text, but there is no note 18 under the notes heading: "
                "a misprint for (8), whose note has no marker?")
    assert messages["marker-without-note"] == [expected]
    assert len(messages["note-without-marker"]) == 2


def test_copy_without_markers_is_one_finding():
    found = [f for f in _findings(ROOT / "tests" / "cases" / "markers-stripped" / "input.txt")
             if f.kind == "note-without-marker"]
    assert len(found) == 1 and "lost its markers" in found[0].message and len(found[0].spans) == 3


def test_record_dated_otherwise_than_its_session(sample_graph):
    g = Graph() + sample_graph
    record = next(g.subjects(v.DCTERMS.date, None))
    g.set((record, v.DCTERMS.date, Literal("1956-11-02", datatype=v.XSD.date)))
    found = [f for f in check(g) if f.kind == "date-conflict"]
    assert [f.severity for f in found] == ["warning"]
    assert "dated 2 November 1956" in found[0].message and "1 November 1956" in found[0].message


def test_event_ending_before_it_begins_is_an_error(sample_graph):
    g = Graph() + sample_graph
    event = next(g.subjects(v.SEM.hasBeginTimeStamp, None))
    begin = g.value(event, v.SEM.hasBeginTimeStamp).toPython()
    g.set((event, v.SEM.hasEndTimeStamp, Literal(begin.replace(day=1) if begin.day > 1 else begin.replace(month=1),
                                                datatype=v.XSD.date)))
    found = [f for f in check(g) if f.kind == "date-conflict"]
    assert [f.severity for f in found] == ["error"] and "ends" in found[0].message


def test_assignment_whose_names_cannot_be_resolved_is_a_warning(sample_graph):
    g = Graph() + sample_graph
    decision = next(d for d in g.subjects(v.KG.assigneeAsPrinted, Literal("Hungarian comrades")))
    g.remove((decision, v.KG.assignee, None))
    found = [f for f in check(g) if f.kind == "decision-without-assignee" and f.severity == "warning"]
    assert len(found) == 1 and "Hungarian comrades" in found[0].message


def test_names_close_enough_to_be_a_slip():
    assert confusable("Shelepin", "Shepilov")
    assert not confusable("Kryuchkov", "Zhukov")  # note 8 annotates a turn of Zhukov's
    assert not confusable("Malin", "Malinin")
    assert not confusable("Saburov", "Serov")
    assert not confusable("Shepilov", "Shepilov")
    assert jaro_winkler("martha", "marhta") == pytest.approx(0.961, abs=0.001)


def test_report_formats(sample_findings):
    text = to_text(sample_findings)
    assert text.splitlines()[0] == "7 finding(s): 1 warning, 6 info"
    assert "warning name-slip-in-note: Note 12 names Shelepin" in text
    assert "9870-9878: “Shelepin”" in text
    data = json.loads(to_json(sample_findings))
    assert data["counts"] == {"info": 6, "warning": 1, "error": 0}
    first = data["findings"][0]
    assert set(first) == {"kind", "severity", "message", "spans"}
    assert set(first["spans"][0]) == {"file", "sha256", "start", "end", "quote"}
    assert to_text([]).startswith("no findings")


def test_findings_are_the_same_every_time(sample_graph):
    again = Graph()
    again.parse(data=serialize(sample_graph, "nt"), format="nt")
    assert check(again) == check(sample_graph)


def test_cli_check_exit_codes(tmp_path):
    runner = CliRunner()
    graph = tmp_path / "sample.ttl"
    graph.write_text(serialize(build([SAMPLE], link=False, validate=False).graph), encoding="utf-8")
    result = runner.invoke(main, ["check", str(graph)])
    assert result.exit_code == 1, result.output
    assert "Note 12 names Shelepin" in result.output
    result = runner.invoke(main, ["check", str(graph), "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.output)["counts"]["warning"] == 1

    quiet = tmp_path / "quiet.ttl"
    quiet.write_text(serialize(build([CASES / "silent-participant" / "triggers.txt"], link=False, validate=False).graph), encoding="utf-8")
    result = runner.invoke(main, ["check", str(quiet)])
    assert result.exit_code == 0, result.output  # information only
    assert "silent-participant" in result.output

    result = runner.invoke(main, ["check", str(tmp_path / "missing.ttl")])
    assert result.exit_code == 2 and "no such file" in result.output
