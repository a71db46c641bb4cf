"""Tests of the cue words in kg.text: stances, disagreement, note kinds and
the trigger words of referenced events."""

import pytest

from kg.text.events import UNDATED, kind_near
from kg.text.note_kinds import note_kinds
from kg.text.stances import DISAGREE_RE, STANCE_CUES, stance_cue

CUES = {name: cue for name, _, cue in STANCE_CUES}


@pytest.mark.parametrize("sentence, stance", [
    ("We must restore order by force.", "ForForce"),
    ("If we don't occupy the city, we lose it.", "ForForce"),
    ("We can't wait any longer.", "ForDecisiveMeasures"),
    ("We should negotiate with them.", "ForNegotiation"),
    ("The workers are worried about bread.", "ReportsConcern"),
])
def test_stance_cues(sentence, stance):
    assert stance_cue(sentence, CUES[stance])


@pytest.mark.parametrize("sentence, stance", [
    ("We will not use force.", "ForForce"),
    ("There is no point to negotiate.", "ForNegotiation"),
    ("The weather is fine.", "ReportsConcern"),
])
def test_not_stance_cues(sentence, stance):
    assert not stance_cue(sentence, CUES[stance])


@pytest.mark.parametrize("text, name", [
    ("I don't agree with Cde. Molotov.", "Molotov"),
    ("we object to Kaganovich on this", "Kaganovich"),
    ("Cde. Zhukov is wrong here.", "Zhukov"),
    ("Kállai disagreed with Marosán.", "Marosán"),
])
def test_disagreement(text, name):
    m = DISAGREE_RE.search(text)
    assert m and name in {(m.group(g) or "").rstrip(".") for g in ("name", "name2", "name3", "name4")}


def test_agreement_is_no_disagreement():
    assert not DISAGREE_RE.search("I agree with Cde. Molotov.")
    assert not DISAGREE_RE.search("Kállai agreed with Marosán.")


@pytest.mark.parametrize("words, kinds", [
    ("This should read 'Szolnok'.", ["Correction"]),
    ("Presumably Münnich is meant.", ["Uncertainty"]),
    ("APRF, F. 3, Op. 64, D. 484.", ["SourceCitation"]),
    ("Code-named Whirlwind.", ["Identification"]),
    ("The word refers to the army.", ["Explanation"]),
    ("Kadar.", ["Explanation"]),
])
def test_note_kinds(words, kinds):
    assert note_kinds(words)[:1] == kinds


def test_event_kind_near_a_date():
    words = "the decision of 31 X on the troops"
    start = words.index("31 X")
    assert kind_near(words, start, start + 4) == "decision"
    assert kind_near("on 31 X the weather", 3, 7) == "event"


def test_undated_events():
    found = {kind: m.group("name") for kind, regex in UNDATED for m in regex.finditer(
        "We read the Declaration. Nagy's sudden decision to leave the Pact shocked them.")}
    assert found["declaration"] == "the Declaration"
    assert found["decision"].startswith("Nagy's sudden decision to leave")
