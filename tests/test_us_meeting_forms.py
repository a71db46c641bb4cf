"""Forms of US meeting notes and memoranda (kg.document.openers, body, roles,
genres.meeting): offices and titled names as subjects of reported speech, an
office printed by its head word resolved through the record's own list, the
chair's ruling inside a turn, and the note-taker's line at the foot."""

from kg.document.reader import read_text
from kg.document.roles import country_of

NOTES = """NOTES OF THE PRESIDENT'S MEETING WITH FOREIGN POLICY ADVISERS
January 30, 1968, 1:25 p.m.-3:10 p.m.
The Cabinet Room

Present: The President, Secretary Rusk, Secretary McNamara, Director Helms, Tom Johnson

{body}

Tom Johnson's notes.
"""

MEMO = """MEMORANDUM FOR THE RECORD

June 10, 1965

SUBJECT: Meeting on the Bases

• The President
• Secretary McNamara
• {director}

Secretary McNamara presented the request for more battalions and said that he did not yet recommend it.

The Director said that the other side would answer any increase.

McG. B.
"""


def _one(text):
    [doc] = read_text(text)
    return doc


def _turns(doc):
    return [([e.name.split()[-1] for e in t.speakers], t.mode) for t in doc.turns]


def test_a_titled_name_before_a_narrative_verb_opens_a_reported_turn_and_initials_sign():
    doc = _one(MEMO.format(director="Admiral Raborn"))
    assert _turns(doc)[0] == (["McNamara"], "reported")
    assert len(doc.turns) == 2  # "McG. B." signs the memorandum, it is no turn


def test_an_office_printed_by_its_head_word_resolves_to_the_listed_holder():
    doc = _one(MEMO.format(director="Admiral Raborn"))
    assert _turns(doc)[1] == (["Raborn"], "reported")


def test_an_office_printed_by_its_head_word_names_nobody_when_no_holder_is_listed():
    doc = _one(MEMO.format(director="Mr. Valenti"))
    assert _turns(doc)[1] == ([], "reported")


def test_the_chairs_ruling_inside_a_turn_is_a_resolution_and_the_note_taker_no_turn():
    doc = _one(NOTES.format(body="Secretary Rusk: Hanoi is quiet.\n\n"
                                 "The President: Agreed. Say that the situation is under control."))
    assert _turns(doc) == [(["Rusk"], "direct"), (["Johnson"], "direct")]
    assert [doc.quote(span) for _, span in doc.resolutions] == ["Agreed. Say that the situation is under control."]


def test_a_participant_agreeing_makes_no_resolution():
    doc = _one(NOTES.format(body="The President: Shall we say so?\n\nSecretary Rusk: Agreed. We should say so."))
    assert doc.resolutions == []


def test_a_cabinet_room_is_no_british_cabinet():
    doc = _one(NOTES.format(body="Secretary Rusk: Hanoi is quiet."))
    assert country_of(doc) != "United Kingdom"


CONFERENCE = """Memorandum of a Conference With {host}, White House, Washington, October 29, 1956, 7:15 p.m.

OTHERS PRESENT
Secretary Hoover
Admiral Radford

Admiral Radford said the fleet could evacuate Americans.

The President {verb} that the fleet be readied.
"""


def test_the_office_a_conference_is_held_with_takes_part_and_decides_in_the_third_person():
    doc = _one(CONFERENCE.format(host="the President", verb="agreed, and directed"))
    assert [e.name.split()[-1] for e in doc.participant_lists[0].entries] == ["Eisenhower", "Hoover", "Radford"]
    assert _turns(doc)[-1] == (["Eisenhower"], "reported")
    assert [doc.quote(span) for _, span in doc.resolutions] == ["The President agreed, and directed that the fleet be readied."]


def test_a_title_naming_no_office_adds_nobody_and_a_wish_is_no_decision():
    doc = _one(CONFERENCE.format(host="Mr. Hoover", verb="said he wished"))
    assert [e.name.split()[-1] for e in doc.participant_lists[0].entries] == ["Hoover", "Radford"]
    assert doc.resolutions == []


MEMCON = """Memorandum of Conversation

Washington, October 18, 1962, 5 p.m.

PARTICIPANTS
The President
Secretary of State Rusk
Soviet Foreign Minister Gromyko
{last}

Gromyko then turned to Cuba. {next}
"""


def test_an_office_before_a_name_without_a_comma_is_the_role_of_the_listed_person():
    doc = _one(MEMCON.format(last="Mr. Sukhodrev, interpreter", next="He said that the aid was defensive."))
    entries = doc.participant_lists[0].entries
    assert [(e.name.split()[-1], e.office) for e in entries[1:]] == [
        ("Rusk", "Secretary of State"), ("Gromyko", "Soviet Foreign Minister"), ("Sukhodrev", "interpreter")]


def test_a_line_of_lower_case_words_before_a_name_is_no_entry():
    doc = _one(MEMCON.format(last="notes taken by Sukhodrev", next="He said that the aid was defensive."))
    assert [e.name.split()[-1] for e in doc.participant_lists[0].entries] == ["Kennedy", "Rusk", "Gromyko"]


def test_a_narrative_verb_after_an_adverb_is_reported_when_the_next_sentence_reports():
    doc = _one(MEMCON.format(last="Mr. Sukhodrev", next="He said that the aid was defensive."))
    assert _turns(doc) == [(["Gromyko"], "reported")]
    doc = _one(MEMCON.format(last="Mr. Sukhodrev", next="The weather was fine."))
    assert _turns(doc) == [(["Gromyko"], "narrative")]


NSC = """Memorandum of Discussion at the 290th Meeting of the National Security Council, Washington, July 12, 1956

Present at the 290th meeting of the Council were the President of the United States, presiding; and the Secretary of State. Participating in the meeting were the Secretary of the Treasury and the Director, Bureau of the Budget.

1. Significant World Developments

Mr. Allen Dulles said that the riots had been put down.

{action}
"""


def test_a_second_sentence_of_attendance_goes_on_with_the_list():
    doc = _one(NSC.format(action="The Council noted it."))
    assert [e.name.split()[-1] for e in doc.participant_lists[0].entries] == [
        "Eisenhower", "Dulles", "Humphrey", "Brundage"]
    assert _turns(doc)[0] == (["Dulles"], "reported")


def test_the_council_heading_its_lettered_actions_is_a_resolution():
    doc = _one(NSC.format(action="The National Security Council:2\na. Noted an oral briefing by the Director."))
    assert len(doc.resolutions) == 1
    doc = _one(NSC.format(action="The National Security Council: its staff would report later."))
    assert doc.resolutions == []


TALKS = """RECORD OF TALKS

between the delegations of the CPSU and the CPCz, Moscow, May 7–8, 1968

Participants:
CPSU: L. I. Brezhnev, A. N. Kosygin
CPCz: A. Dubček, O. Černík

May 7, afternoon session.

Brezhnev said that the Soviet comrades were alarmed.

{second}

Černík spoke about the economy and {then}.
"""


def test_party_tags_head_groups_and_a_day_heading_opens_a_sitting_with_the_same_list():
    doc = _one(TALKS.format(second="May 8, morning session.", then="asked for a credit"))
    entries = doc.participant_lists[0].entries
    assert [(e.name.split()[-1], e.affiliation) for e in entries] == [
        ("Brezhnev", "CPSU"), ("Kosygin", "CPSU"), ("Dubček", "CPCz"), ("Černík", "CPCz")]
    assert [s.participant_list for s in doc.sittings] == [0, 0]
    assert [(t.sitting, t.mode) for t in doc.turns] == [(1, "reported"), (2, "reported")]


def test_without_a_day_heading_the_talks_stay_one_sitting_and_a_mere_topic_is_narrative():
    doc = _one(TALKS.format(second="The talks went on.", then="the harvest"))
    assert len(doc.sittings) == 1
    assert doc.turns[-1].mode == "narrative"


def test_the_note_takers_line_and_initials_name_the_drafter():
    doc = _one(NOTES.format(body="Secretary Rusk: Hanoi is quiet."))
    assert doc.author == "Johnson"
    doc = _one(MEMO.format(director="Mr. Bundy").replace("McG. B.", "McG. B.\n"))
    assert doc.author == "Bundy"


def test_initials_that_fit_nobody_in_the_list_name_no_drafter():
    doc = _one(MEMO.format(director="Admiral Raborn"))
    assert doc.author is None


def test_the_council_heading_its_actions_is_no_decision_of_its_own():
    doc = _one(NSC.format(action="Action No. 2241. The National Security Council:\n"
                                 "a. Noted an oral briefing.\nb. Agreed that the Planning Board should report."))
    decided = [p.value.words for p in doc.spans["resolution_items"] if p.value.states_decision]
    assert decided == ["Noted an oral briefing.", "Agreed that the Planning Board should report."]
