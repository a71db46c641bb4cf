"""Forms of East European party minutes read by kg.document: variants under
a draft resolution, narrative turns, responsible lines, inverted
attributions, bracketed glosses, bare names opening turns in flattened text,
and agreements of delegations. Each form with a record that shows it and one
that only looks like it."""

from kg.document.reader import read_text


def _one(text):
    [doc] = read_text(text)
    return doc


def _decisions(doc):
    return [(" ".join(p.value.words.split()), p.value.states_decision, [e.printed for e in p.value.assignees])
            for p in doc.spans["resolution_items"]]


HEAD = "Record of the Meeting of the Presidium of the CC of the CPCz, 3 June 1969\n\nParticipating: G. Husák, A. Indra\n\n"


def test_an_alternative_under_a_draft_resolution_is_no_decision_and_no_speaker():
    doc = _one(HEAD + "HUSÁK: We must decide.\n\nDraft resolution:\nThe Presidium approves the plan.\n"
               "Alternative:\nThe Presidium postpones the plan.\n\nThe first draft was adopted. Cde. Indra is to "
               "prepare the annex.\n")
    got = _decisions(doc)
    assert ("The Presidium approves the plan.", True, []) in got
    assert ("Alternative: The Presidium postpones the plan.", False, []) in got
    assert ("Cde. Indra is to prepare the annex.", True, ["Indra"]) in got
    assert [t.speaker_printed for t in doc.turns] == ["HUSÁK"]


def test_a_paragraph_that_only_mentions_an_alternative_stays_a_turn():
    doc = _one(HEAD + "HUSÁK: We must decide.\n\nThe alternative was discussed at length by everyone.\n")
    assert doc.resolutions == []


def test_information_of_a_comrade_is_a_narrative_turn_and_a_statement_is_not():
    doc = _one(HEAD + "Information of Cde. Indra.\n\nHUSÁK: Information of that kind is late.\n")
    assert [(t.speaker_printed, t.mode) for t in doc.turns] == [("Information of Cde. Indra.", "narrative"),
                                                                ("HUSÁK", "direct")]


POLISH = "Record of the Meeting of the Secretariat of the PUWP CC on 5 March 1957\n\nPresent: Cdes. Gierek, Matwin\n\n"


def test_an_inverted_attribution_makes_the_paragraph_a_direct_turn_of_the_person_named():
    doc = _one(POLISH + "Cde. Matwin: The plants are quiet.\n\n"
               "The councils must not become a union—said Cde. Gierek—they must answer for production.\n")
    assert [[e.printed for e in t.speakers] for t in doc.turns] == [
        ["Matwin"], ["Gierek"]]
    assert (doc.turns[1].opener, doc.turns[1].mode, doc.turns[1].speaker_printed) == (
        "inverted", "direct", "—said Cde. Gierek—")


def test_a_dash_clause_with_said_and_no_name_continues_the_turn():
    doc = _one(POLISH + "Cde. Matwin: The plants are quiet.\n\n"
               "The councils—said to be ready—must answer for production.\n")
    assert [[e.printed for e in t.speakers] for t in doc.turns] == [["Matwin"]]
