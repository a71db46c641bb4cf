"""Tests of kg.text.sentences: where sentences end and where they do not."""

import pytest

from kg.text.sentences import clause_start, sentence_around, sentences


def split(text):
    return [text[a:z] for a, z in sentences(text, 0, len(text))]


def test_sentence_ends():
    assert split("We must act. They wait! Why?") == ["We must act.", "They wait!", "Why?"]


def test_marker_stays_with_its_sentence():
    assert split("It was decided.(3) Then Zhukov spoke.") == ["It was decided.(3)", "Then Zhukov spoke."]


@pytest.mark.parametrize("text", [
    "Cde. Mikoyan agrees.", "F. 3, Op. 12, D. 1006, Ll. 4-5 are cited.", "J. Horvath came.",
    "Dr. Kiss and Mr. Dulles met.", "See e.g. the note.",
])
def test_abbreviations_end_no_sentence(text):
    assert split(text) == [text]


def test_attribution_closes_a_sentence_before_a_capital():
    assert split("Order must be kept (Cde. Mikoyan) Then the vote.") == [
        "Order must be kept (Cde. Mikoyan)", "Then the vote."]


def test_page_break_is_no_sentence_end():
    assert split("The troops are\n\nready to move.") == ["The troops are\n\nready to move."]


def test_offsets_within_a_region():
    text = "xx Ready. Go."
    assert list(sentences(text, 3, len(text))) == [(3, 9), (10, 13)]


def test_clause_start():
    text = "First part; the clause(2)"
    assert text[clause_start(text, text.index("(2)")):].startswith("the clause")
    assert clause_start("one — two", 9) == 5


def test_sentence_around():
    text = "Header line\nKadar presided. Then more."
    a, z = sentence_around(text, text.index("Kadar"), text.index("Kadar") + 5)
    assert text[a:z] == "Kadar presided."
