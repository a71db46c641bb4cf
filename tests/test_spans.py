"""The span groups the reader makes once for every extractor
(kg.document.spans), on a small invented record."""

import datetime

from kg.document.reader import read_text

RECORD = """November 3, 1956
Working Notes from the Session of the CC Presidium on 3 November 1956

Citation: Working notes, APRF, F. 3, Op. 64, D. 485, Ll. 10-12.

Those Taking Part: Bulganin, Voroshilov, Zhukov.

On the situation in Egypt (Shepilov)

Cde. Shepilov: The decision of 31 X stands. We should wait another day.(1)

Cde. Zhukov — to prepare the order for 5 November.

Resolution:
(1) To send the reply.
(2) Comrades Bulganin and Zhukov are to meet the delegation.

Translator's Notes
1 See Note 4 infra; TsKhSD, F. 89, Op. 2, D. 7, L. 3.
"""


def _doc():
    [doc] = read_text(RECORD)
    return doc


def _quotes(doc, name):
    return [doc.quote(s) for s in doc.spans[name]]


def test_sentences_of_turns_outcomes_and_notes():
    doc = _doc()
    sentences = _quotes(doc, "sentences")
    assert "Cde. Shepilov: The decision of 31 X stands." in sentences
    assert "We should wait another day.(1)" in sentences
    assert any(s.startswith("1 See Note 4 infra") for s in sentences)
    turn = doc.turns[0]
    assert all(turn.span.start <= s.start and s.end <= turn.span.end for s in doc.spans.within("sentences", turn.span))


def test_speaker_labels_and_list_entries():
    doc = _doc()
    assert _quotes(doc, "speaker_labels") == ["Shepilov"]
    assert [s.value for s in doc.spans["speaker_labels"]] == [0]
    assert _quotes(doc, "list_entries") == ["Bulganin", "Voroshilov", "Zhukov", "Shepilov"]


def test_assignments_and_resolution_items():
    doc = _doc()
    [task] = doc.spans["assignments"]
    assert [e.printed for e in task.value.assignees] == ["Zhukov"]
    assert task.value.task.startswith("to prepare the order")
    items = doc.spans["resolution_items"][1:]  # the first is the task, a resolution of its own
    assert [i.value.words for i in items] == ["To send the reply.",
                                             "Comrades Bulganin and Zhukov are to meet the delegation."]
    assert all(i.value.states_decision for i in items)
    assert [e.printed for e in items[1].value.assignees] == ["Bulganin", "Zhukov"]


def test_dates_take_the_record_year_and_record_offsets():
    doc = _doc()
    dates = doc.spans["dates"]
    assert [doc.quote(d) for d in dates] == ["31 X", "5 November"]
    assert dates[0].value.begin == datetime.date(1956, 10, 31)
    assert all(doc.quote(d) == d.value.printed for d in dates)


def test_citations_of_header_and_notes():
    doc = _doc()
    kinds = [(c.label, c.value.note, doc.quote(c)) for c in doc.spans["citations"]]
    assert kinds[0] == ("archival", None, "APRF, F. 3, Op. 64, D. 485, Ll. 10-12")
    assert ("cross", 1, "Note 4 infra") in kinds
    assert ("archival", 1, "TsKhSD, F. 89, Op. 2, D. 7, L. 3") in kinds


def test_groups_are_empty_not_missing():
    [doc] = read_text("Working Notes from the Session of the CC Presidium\n\nCde. Ivanov: Nothing.\n")
    assert doc.spans["assignments"] == [] and doc.spans["citations"] == []
    assert doc.spans.at("sentences", 10_000) is None
