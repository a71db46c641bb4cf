"""Forms of meeting records across bodies (kg.document.body, openers,
participants, assignees): each form with a record that uses it and one that
only looks like it."""

from kg.document.assignees import decision_assignees
from kg.document.drafter import meeting_drafter
from kg.document.reader import read_text


def _one(text):
    [doc] = read_text(text)
    return doc


def _names(entries):
    return [e.name.split()[-1] for e in entries]


_PROTOCOL = """PROTOCOL No. 12
Session of the Presidium of the CC CPSU of 5 March 1963

Present: Cdes. Brezhnev, Kosygin, Mikoyan

I. On the visit of Cde. Mikoyan. (Cdes. Kosygin, Mikoyan)

Approve the instructions to Cde. Mikoyan.
Instruct the MFA USSR (Cde. Gromyko) to prepare a cable.
"""


def test_an_agenda_title_holding_cde_ends_at_its_own_period():
    doc = _one(_PROTOCOL)
    assert [(a.title, _names(a.names)) for a in doc.agenda] == [("On the visit of Cde. Mikoyan", ["Kosygin", "Mikoyan"])]
    assert doc.turns == []


def test_an_agenda_title_ending_in_a_sentence_stays_a_turn_when_no_names_follow():
    doc = _one("Minutes of the Meeting of the Politburo, 5 March 1963\n\nPresent: Brezhnev, Kosygin\n\n"
               "Brezhnev: On the visit of Cde. Mikoyan we must say more. The cable went yesterday.\n")
    assert doc.agenda == [] and [t.speaker_printed for t in doc.turns] == ["Brezhnev"]


def test_a_body_with_its_head_in_parentheses_are_both_assignees():
    doc = _one(_PROTOCOL)
    start = doc.text.index("Instruct the MFA")
    found = decision_assignees(doc, start, doc.text.index("\n", start))
    assert [(e.printed, e.kind) for e in found] == [("MFA USSR", "body"), ("Gromyko", "person")]


def test_a_parenthesis_that_is_no_head_gives_no_person():
    doc = _one(_PROTOCOL.replace("(Cde. Gromyko)", "(by cable)"))
    start = doc.text.index("Instruct the MFA")
    found = decision_assignees(doc, start, doc.text.index("\n", start))
    assert [e.kind for e in found] == ["body"]


_RANKS = """Record of the Meeting of the Ministers of Defence, Prague, 3 March 1970

Present:
Marshal of the Soviet Union A. A. Grechko, USSR Minister of Defence (in the Chair)
Army General D. Dzhurov, Bulgaria
Colonel General L. Czinege, Hungary

Colonel General Czinege said that the Hungarian side agreed.

Army General Dzhurov: We agree as well.

General Staff reports are late.
"""


def test_ranks_before_names_and_countries_after_them_are_no_persons():
    doc = _one(_RANKS)
    assert _names(doc.participant_lists[0].entries) == ["Grechko", "Dzhurov", "Czinege"]
    assert [(_names(t.speakers), t.mode) for t in doc.turns[:2]] == [(["Czinege"], "reported"), (["Dzhurov"], "direct")]


def test_a_rank_before_a_word_that_is_no_name_opens_no_turn():
    doc = _one(_RANKS)
    assert all("Staff" not in t.speaker_printed for t in doc.turns)
    assert not any(e.printed in ("Bulgaria", "Hungary") for e in doc.participant_lists[0].entries)


def test_the_meeting_opened_by_a_person_is_a_narrative_turn():
    doc = _one("Minutes of the Meeting of the Delegations, Warsaw, 14 July 1968\n\nParticipating: Gomułka, Kádár\n\n"
               "The meeting was opened by Cde. Gomułka, who proposed a short agenda.\n\nKádár: I agree.\n")
    assert [(_names(t.speakers), t.mode) for t in doc.turns] == [(["Gomułka"], "narrative"), (["Kádár"], "direct")]


def test_a_meeting_opened_by_no_person_has_no_speaker():
    doc = _one("Minutes of the Meeting of the Delegations, Warsaw, 14 July 1968\n\nParticipating: Gomułka, Kádár\n\n"
               "The meeting was opened by The Chairman at noon.\n\nKádár: I agree.\n")
    assert [t.speakers for t in doc.turns][0] == []


_DELEGATIONS = """Record of the Session of the Political Consultative Committee
Warsaw, 19 January 1965

Delegation of the Romanian People's Republic: Gh. Gheorghiu-Dej, head of delegation; I. G. Maurer
Delegation of the Union of Soviet Socialist Republics: L. I. Brezhnev, head of delegation; R. Ya. Malinovsky

The delegation of the People's Republic of Albania did not attend.

Item 1. The communiqué.
Speakers: Brezhnev, Maurer

The Committee decided:
- to instruct the ministers of defence to report at the next session.
"""


def test_one_line_per_delegation_with_abbreviated_given_names_is_one_list():
    doc = _one(_DELEGATIONS)
    [plist] = doc.participant_lists
    assert _names(plist.entries) == ["Gheorghiu-Dej", "Maurer", "Brezhnev", "Malinovsky"]
    assert plist.entries[0].office == "head of delegation"


def test_an_absent_delegation_and_a_speakers_list_are_no_turns():
    doc = _one(_DELEGATIONS)
    assert doc.turns == []
    assert [(a.title, _names(a.names)) for a in doc.agenda] == [("The communiqué", ["Brezhnev", "Maurer"])]


def test_a_delegation_that_speaks_is_no_absence():
    doc = _one(_DELEGATIONS.replace("did not attend", "asked for the floor first"))
    assert [t.speakers for t in doc.turns] == [[]]


def test_ministers_named_by_office_are_a_body_assignee():
    doc = _one(_DELEGATIONS)
    start = doc.text.index("- to instruct")
    assert [(e.printed, e.kind) for e in decision_assignees(doc, start, len(doc.text))] == [("ministers of defence", "body")]
    start = doc.text.index("The delegation")
    assert decision_assignees(doc, start, doc.text.index("\n", start)) == ()


_LATER_POLITBURO = """TOP SECRET
Single copy

SESSION OF THE POLITBURO OF THE CC CPSU
9 June 1983

Chaired by Cde. ANDROPOV Yu. V.

Present: Cdes. Aliev G. A., Gorbachev M. S., Tikhonov N. A.

Excerpts

TIKHONOV. The plan for oil is tight.
"""


def test_a_title_under_classification_lines_keeps_its_dateline():
    doc = _one(_LATER_POLITBURO)
    assert " ".join(doc.quote(doc.title).split()) == "SESSION OF THE POLITBURO OF THE CC CPSU 9 June 1983"
    assert doc.date.isoformat() == "1983-06-09"


def test_surname_first_then_initials_is_one_person_named_by_the_surname():
    doc = _one(_LATER_POLITBURO)
    [plist] = doc.participant_lists
    assert [e.name for e in plist.entries] == ["Yu. V. Andropov", "G. A. Aliev", "M. S. Gorbachev", "N. A. Tikhonov"]
    assert [e.name for e in plist.chair] == ["Yu. V. Andropov"]
    assert [(t.speaker_printed, t.speakers[0].name) for t in doc.turns] == [("TIKHONOV", "N. A. Tikhonov")]


def test_a_heading_before_initials_is_no_surname_first_name():
    doc = _one(_LATER_POLITBURO.replace("Tikhonov N. A.", "Excerpts N. A."))
    assert [e.printed for e in doc.participant_lists[0].entries] == ["ANDROPOV Yu. V.", "Aliev G. A.", "Gorbachev M. S."]


def test_an_office_before_a_surname_with_inner_capitals_and_a_signature_with_a_marker():
    doc = _one("Summary Record of the Meeting of the Executive Committee, October 25, 1962\n\n"
               "Present: The President, McCone, McNamara\n\n"
               "Director McCone presented the intelligence summary.\n\n"
               "Secretary McNamara said that the tanker had passed.\n\nBromley Smith2\n\n1. Source: Kennedy Library.\n\n"
               "2. Printed from an unsigned copy.\n")
    assert [(_names(t.speakers), t.mode) for t in doc.turns] == [(["McCone"], "narrative"), (["McNamara"], "reported")]
    assert "Bromley Smith2" not in doc.quote(doc.turns[-1].span)
    assert meeting_drafter(doc) == "Smith"


def test_an_office_before_a_body_word_opens_no_turn():
    doc = _one("Summary Record of the Meeting of the Executive Committee, October 25, 1962\n\n"
               "Present: The President, McCone\n\nGeneral Staff reports were read.\n")
    assert [t.speakers for t in doc.turns] == [[]]
