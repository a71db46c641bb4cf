"""Reading records as they are found: page furniture, digital-archive
headers, edition numbers, datelines, notes without a heading, documentary
forms, senders and addressees (kg.document.layouts, header, genres,
correspondents)."""

import pytest

from kg.document.genres.documents import MEETING, MEMCON, form_of_title, is_header_line
from kg.document.header import dateline
from kg.document.layouts.web_page import is_furniture
from kg.document.reader import read_text
from kg.errors import InputError

PAGE = """Skip to content
Search in
Home > Collections > Suez Crisis > Document
ARCHIVE OF RECORDS

Previous record: Minutes of the Meeting of the Presidium, 1 November 1956
Summary: The Presidium discusses the troops.
Return to list

November 5, 1956

Cable from Ambassador Pozdnyakov to the CPSU Presidium on the Canal

The ambassador reports on the fighting near the canal since the landing of 31 October.

"Cable from Ambassador Pozdnyakov to the CPSU Presidium on the Canal" November 05, 1956, Program Digital Archive, RGANI, f. 89, op. 1, d. 2, ll. 7-8. Compiled by P. Ivanov.

Cable from Ambassador Pozdnyakov to the CPSU Presidium on the Canal

Cairo, Monday, 5th November, 1956

To the Presidium of the CC CPSU

The shelling of Port Said went on through the night. Nasser asked for arms.

Pozdnyakov

Rights
This document may be used for teaching.
Get citation
"""


def _one(text):
    [doc] = read_text(text)
    return doc


def test_furniture_before_and_after_a_record_is_left_out():
    doc = _one(PAGE)
    assert doc.text.startswith("November 5, 1956")
    assert "Rights" not in doc.text and "Skip to content" not in doc.text
    assert "Previous record" not in doc.text  # another record's summary


def test_digital_archive_header():
    doc = _one(PAGE)
    assert doc.quote(doc.title) == "Cable from Ambassador Pozdnyakov to the CPSU Presidium on the Canal"
    assert doc.quote(doc.field("Summary").span).startswith("The ambassador reports")
    assert doc.quote(doc.field("Citation").span).startswith('"Cable from')
    assert [p.label for p in doc.preamble][:1] == ["title-repeat"]


def test_date_from_the_dateline_not_the_summary_and_form_sender_addressee():
    doc = _one(PAGE)
    assert doc.date.isoformat() == "1956-11-05"
    assert doc.form == "cable" and doc.place == "Cairo"
    assert doc.author == "Pozdnyakov" and doc.recipient == "Presidium of the CC CPSU"
    assert doc.passages and not doc.turns


def test_a_record_printed_twice_is_one_record():
    record = "Telegram from the Embassy in Moscow to Warsaw\n\nMoscow, 19 March 1958\n\nThe talks went well.\n\nGede\n"
    docs = read_text("DIGITAL ARCHIVE\n\n" + record + "\nPrint view\n\n" + record)
    assert len(docs) == 1 and docs[0].text.count("The talks went well.") == 1


EDITION = """45. Telegram From the Embassy in the Soviet Union to the Department of State1

Moscow, October 23, 1962, 10 a.m.

1049. Statement released today.2 Highlights as follows:

(1) Statement calls the quarantine piracy.

(2) Appeal to the Security Council announced.

Kohler

1. Source: National Archives, RG 59, Central Files, 761.00/10-2362. Confidential.

2. Telegram 1050 from Moscow, October 23; not printed.
"""


def test_edition_number_glued_marker_and_unheaded_notes():
    doc = _one(EDITION)
    from kg.document.title import title_text

    assert doc.quote(doc.document_number) == "45"
    assert title_text(doc) == "Telegram From the Embassy in the Soviet Union to the Department of State"
    assert [n.number for n in doc.notes] == [1, 2]
    assert [m.number for m in doc.markers] == [1, 2]  # "(1)", "(2)" open lines of a list: no markers
    assert doc.date.isoformat() == "1962-10-23" and doc.author == "Kohler"


def test_an_editorial_note_before_a_document_is_no_part_of_it():
    doc = _one("54. Editorial Note\n\nOn October 24, 1962, the Executive Committee met twice.\n\n"
               "55. Summary Record of the Fifth Meeting of the Executive Committee of the National Security Council\n\n"
               "Washington, October 25, 1962, 10 a.m.\n\nPresent: The President, Rusk, McNamara\n\n"
               "Secretary McNamara reported that the tanker had passed.\n\nBromley Smith\n")
    assert doc.text.startswith("55. Summary Record") and doc.date.isoformat() == "1962-10-25"
    assert [(t.speaker_printed, t.mode) for t in doc.turns] == [("Secretary McNamara", "reported")]


def test_numbered_lines_at_the_end_without_markers_are_no_notes():
    doc = _one("Report on the harvest\n\nBerlin, 3 March 1962\n\nThe plan.\n\n1. Wheat is late.\n2. Rye is early.\n")
    assert doc.notes == []


@pytest.mark.parametrize("title, form", [
    ("Cable from Ambassador Andropov to the CPSU Presidium", "cable"),
    ("SZYFROGRAM No. 11873", "telegram"),
    ("FROM BUDAPEST TO FOREIGN OFFICE", "telegram"),
    ("REPORT of the Bulgarian Embassy in Belgrade", "report"),
    ("Information No. 12/62 for the Politburo", "report"),
    ("Letter From President Eisenhower to Chairman Bulganin", "letter"),
    ("From the Diary of Ambassador Sir William Hayter", "diary entry"),
    ("Memorandum From the Director of the Policy Planning Staff to the Secretary", "memorandum"),
    ("Memorandum of Conversation", MEMCON),
    ("Record of Conversation between Kuznetsov and the Ambassador of Brazil", MEMCON),
    ("Minutes of the Meeting of the Politburo, 6 November 1956", MEETING),
    ("CONCLUSIONS of a Meeting of the Cabinet held at 10 Downing Street", MEETING),
])
def test_forms_of_titles(title, form):
    assert form_of_title(title) == form


@pytest.mark.parametrize("line", ["Cipher telegram no. 2214", "Letters arrived", "Notes on the text", "The Cabinet met",
                                  "Memorandum"])
def test_not_titles(line):
    assert form_of_title(line) is None


@pytest.mark.parametrize("line, place, date", [
    ("Moscow, Wednesday, 12th December, 1956.", "Moscow", "12th December, 1956"),
    ("Washington, October 18, 1962, 5 p.m.", "Washington", "October 18, 1962"),
    ("Berlin, 17.02.1962", "Berlin", "17.02.1962"),
    ("from Budapest, dispatched 01.11.1956 at 21.15", "Budapest", "01.11.1956"),
    ("Date: 06.11.1956", "", "06.11.1956"),
])
def test_datelines(line, place, date):
    found = dateline(line)
    assert found is not None and found[0] == place and line[found[1]:found[2]] == date


@pytest.mark.parametrize("line", ["Moscow is far away, 12 December", "The troops, 12 December 1956", "Budapest"])
def test_not_datelines(line):
    assert dateline(line) is None


@pytest.mark.parametrize("line", ["Skip to content", "Home > Collections > Document", "WILSON CENTER DIGITAL ARCHIVE",
                                  "THE POLISH OCTOBER 1956                 217", "Return to list", "54. Editorial Note"])
def test_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["TOP SECRET", "Cde. Ivanov: We must act.", "Present: Kadar, Apro",
                                  "NATO", "Moscow, 1 November 1956", "Editorial notes are printed in italics."])
def test_not_furniture(line):
    assert not is_furniture(line)


def test_header_lines():
    assert is_header_line("To Comrade Rapacki") and is_header_line("SUBJECT") and is_header_line("TO: Comrade Gomułka")
    assert not is_header_line("Today Kuznetsov informed the ambassadors.")


def test_text_that_is_no_document_is_still_refused():
    with pytest.raises(InputError):
        read_text("Skip to content\nHome > Collections\n\nNothing here but a list of links.\n")


def test_lists_under_more_headings_join_one_sitting_and_no_person_from_headings():
    doc = _one("Protocol No. 39/61 of the Meeting of the Politburo, 1 August 1961\n\n"
               "Present: Ulbricht, Grotewohl\nCandidates: Mewis\nSecretariat: Kurella\n\nExcerpts\n\n"
               "Ulbricht reports on the conference.\n")
    assert len(doc.sittings) == 1
    assert [e.printed for e in doc.participant_lists[0].entries] == ["Ulbricht", "Grotewohl", "Mewis", "Kurella"]
    assert [(t.speaker_printed, t.mode) for t in doc.turns] == [("Ulbricht", "reported")]


_ARTICLE = """What the Notes Show

By a staff writer · Bulletin, Spring 1996

Nagy spoke on 1 November. The notes of the Presidium session of 31 October 1956 say:

"Khrushchev: We should not withdraw the troops. [Agreed: Bulganin, Molotov.]

Zhukov: Three days are needed."

The bracketed words are ours.
"""


def test_an_article_reads_the_record_it_quotes_and_the_session_date_its_prose_gives():
    doc = _one(_ARTICLE)
    assert doc.form == "article" and doc.date.isoformat() == "1956-10-31"
    assert " ".join(doc.quote(doc.title).split()) == "What the Notes Show"
    assert [(t.speaker_printed, [s.printed for s in t.supporters]) for t in doc.turns] == [
        ("Khrushchev", ["Bulganin", "Molotov"]), ("Zhukov", [])]
    assert len(doc.passages) == 2  # the author's prose before and after the quotation


def test_a_title_without_a_byline_is_no_article():
    doc = _one(_ARTICLE.replace("By a staff writer", "Written by a staff writer"))
    assert doc.form != "article"
