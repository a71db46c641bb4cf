"""British Cabinet records: the forms of the conclusions and of the Cabinet
Secretary's notebooks, each with a case that triggers it and one that must not."""

import datetime

from kg.document.assignments import resolution_items
from kg.document.genres.cabinet import flattened_title, minute_heading, title_after_header
from kg.document.layouts.columns import column_start, spaced_entries
from kg.document.reader import read_text
from kg.document.roles import holds
from kg.names import surname

TITLE = "CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street, S.W. 1, on Thursday, 1st November, 1956, at 11 a.m."


def _record(body: str, title: str = TITLE):
    return read_text(f"{title}\n\n{body}")[0]


def _surnames(doc):
    return [surname(e.name) for pl in doc.participant_lists for e in pl.entries]


def test_header_lines_above_the_title_lead_to_it():
    lines = ["SECRET          Copy No. 41", "", "C.M. (56)", "74th Conclusions", "", "CABINET", "", TITLE]
    assert title_after_header(lines, 0, lambda line: line.startswith("CONCLUSIONS")) == 7
    other = ["SECRET", "A note from the editor", TITLE]
    assert title_after_header(other, 0, lambda line: line.startswith("CONCLUSIONS")) == 0


def test_a_two_column_block_is_read_row_by_row():
    block = ("The Right Hon. A. Smith, M.P.,      The Right Hon. B. Jones, M.P.,\n"
             "  Lord Privy Seal.                    Minister of Defence.\n"
             "The Right Hon. C. Brown, M.P.,      The Right Hon. D. Green, M.P.,\n"
             "  Chancellor of the Exchequer.        Lord Chancellor.")
    entries = spaced_entries(block, 0, len(block), lambda line: line.startswith("The Right Hon."))
    firsts = [block[p:q].split(",")[0] for (p, q), *_ in entries]
    assert firsts == ["The Right Hon. A. Smith", "The Right Hon. B. Jones", "The Right Hon. C. Brown", "The Right Hon. D. Green"]
    assert block[entries[1][1][0]:entries[1][1][1]] == "Minister of Defence."
    single = "The Right Hon. A. Smith, M.P., Lord Privy Seal\nThe Right Hon. B. Jones, M.P., Minister of Defence"
    assert column_start(single, 0, len(single)) is None


def test_members_in_two_columns_with_peers_and_post_nominals():
    doc = _record(
        "Present:\nThe Right Hon. Sir Anthony Eden, M.P., Prime Minister (in the Chair)\n\n"
        "The Most Hon. the Marquess of         The Right Hon. R. A. Butler, M.P.,\n"
        "  Salisbury, Lord President of the      Lord Privy Seal.\n"
        "  Council.\n\n"
        "Secretariat:\n  Sir Norman Brook.\n  Mr. B. St. J. Trend.\n\n"
        "1. Hungary\n\nThe Prime Minister said that observers should be sent.\n")
    assert _surnames(doc) == ["Eden", "Salisbury", "Butler", "Brook", "Trend"]
    offices = {surname(e.name): e.office for e in doc.participant_lists[0].entries}
    assert offices["Salisbury"] == "Lord President of the Council" and offices["Eden"] == "Prime Minister"
    assert [surname(e.name) for e in doc.participant_lists[0].chair] == ["Eden"]


def test_an_ocr_reading_across_the_columns_is_untangled():
    doc = _record(
        "Present:\nThe Right Hon. Harold Wilson, M.P., Prime Minister (in the Chair)\n"
        "The Right Hon. Herbert Bowden, M.P., The Right Hon. George Brown, M.P.,\n"
        "Lord President of the Council First Secretary of State and Secretary\n"
        "of State for Economic Affairs\n"
        "The Right Hon. Lord Gardiner, Lord The Right Hon. James Callaghan, M.P.,\n"
        "Chancellor Chancellor of the Exchequer\n",
        title=TITLE.replace("1956", "1964"))
    offices = [(surname(e.name), e.office) for e in doc.participant_lists[0].entries]
    assert offices == [("Wilson", "Prime Minister"), ("Bowden", "Lord President of the Council"),
                       ("Brown", "First Secretary of State and Secretary of State for Economic Affairs"),
                       ("Gardiner", "Lord Chancellor"), ("Callaghan", "Chancellor of the Exchequer")]


def test_an_office_is_held_under_any_of_its_forms():
    assert holds("Secretary of State for the Home Department", "Home Secretary")
    assert holds("First Secretary of State and Secretary of State for Economic Affairs", "First Secretary of State")
    assert not holds("Secretary of State for the Home Department", "Foreign Secretary")
    assert not holds("Under Secretary of State", "Secretary of State")


def test_the_home_secretary_is_not_the_earl_of_home():
    doc = _record(
        "Present:\nThe Right Hon. the Earl of Home, Secretary of State for Foreign Affairs\n"
        "The Right Hon. Henry Brooke, M.P., Secretary of State for the Home Department\n\n"
        "1. Cuba\n\nThe Home Secretary said that there had been no disorder.\n\n"
        "The Foreign Secretary said that the allies had been informed.\n",
        title=TITLE.replace("1st November, 1956", "25th October, 1962"))
    assert [surname(t.speakers[0].name) for t in doc.turns] == ["Brooke", "Home"]


def test_a_minute_heading_alone_before_a_numbered_paragraph():
    text = "Oil Supplies\n\n2. The Chancellor of the Exchequer said that stocks were low."
    assert minute_heading(text, 0, len("Oil Supplies")) == (0, len("Oil Supplies"))
    prose = "Oil Supplies\n\nThe Chancellor of the Exchequer said that stocks were low."
    assert minute_heading(prose, 0, len("Oil Supplies")) is None


def test_the_cabinet_heads_its_numbered_conclusions():
    doc = _record(
        "Present:\nThe Right Hon. Selwyn Lloyd, Q.C., M.P., Secretary of State for Foreign Affairs\n\n"
        "1. Hungary\n\nThe Foreign Secretary said that an appeal had been made.\n\n"
        "The Cabinet—\n(1) Agreed that observers should be sent.\n(2) Invited the Foreign Secretary to consult the allies.\n")
    assert len(doc.resolutions) == 1 and not doc.markers
    assert [surname(t.speakers[0].name) for t in doc.turns] == ["Lloyd"]


def test_conclusions_run_together_on_one_line_are_no_note_markers():
    doc = _record("Present:\nThe Right Hon. Selwyn Lloyd, Q.C., M.P., Secretary of State for Foreign Affairs\n\n"
                  "1. Suez\n\nThe Cabinet - (1) Took note of the statement. (2) Invited the Foreign Secretary to report.\n")
    assert doc.markers == []
    items = resolution_items(doc, *doc.resolutions[0])
    assert [doc.quote(i) for i in items] == ["(1) Took note of the statement.", "(2) Invited the Foreign Secretary to report."]


def test_a_header_flattened_onto_one_line_gives_its_title():
    line = f"SECRET Copy No. 42 C.M. (56) 91st Conclusions CABINET 91 (56) {TITLE} Present: The Right Hon. R. A. Butler"
    start, end = flattened_title(line)
    assert line[start:end] == TITLE
    assert flattened_title(f"{TITLE} Present: The Right Hon. R. A. Butler") is None


NOTEBOOK = "CABINET SECRETARY'S NOTEBOOK\nC.M. 85 (56)                 20 November 1956, 11 a.m.\n\n1. Hungary: refugees.\n\n"


def test_initials_alone_on_a_line_are_speakers_resolved_through_the_authority_and_offices():
    doc = read_text(NOTEBOOK + "S.Ll.\nAustria has many.\n\nP.M.\nTake more.\n\nH.M.\nCost is small.\n")[0]
    assert doc.date == datetime.date(1956, 11, 20)
    assert [(t.speaker_printed, surname(t.speakers[0].name)) for t in doc.turns] == [
        ("S.Ll.", "Lloyd"), ("P.M.", "Eden"), ("H.M.", "Macmillan")]


def test_initials_nobody_answers_open_no_turn():
    doc = read_text(NOTEBOOK + "S.Ll.\nAustria has many.\n\nU.N.\nwill not help.\n")[0]
    assert [t.speaker_printed for t in doc.turns if t.speakers] == ["S.Ll."]


def test_initials_resolved_through_the_records_own_list():
    doc = read_text("Cabinet: 18 July 1967, 10.30 a.m.\n\nPresent: Wilson (in the Chair), Healey, Jay\n\n"
                    "Defence: east of Suez.\n\nD.H.\nWithdrawal by the mid-1970s.\n\nD.J.\nAgree.\n")[0]
    assert [a.title for a in doc.agenda] == ["Defence: east of Suez"]
    assert [surname(t.speakers[0].name) for t in doc.turns] == ["Healey", "Jay"]


def test_a_two_word_surname_of_the_authority_is_kept_whole():
    assert surname("Patrick Gordon Walker") == "Gordon Walker"
    assert surname("Harold Walker") == "Walker"
