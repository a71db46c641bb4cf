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
    assert ("The first draft was adopted. Cde. Indra is to prepare the annex.", True, ["Indra"]) in got
    assert len(got) == 3
    assert [t.speaker_printed for t in doc.turns] == ["HUSÁK"]


def test_a_paragraph_that_only_mentions_an_alternative_stays_a_turn():
    doc = _one(HEAD + "HUSÁK: We must decide.\n\nThe alternative was discussed at length by everyone.\n")
    assert doc.resolutions == []


def test_the_addressee_of_a_turn_in_parentheses_is_no_task():
    doc = _one(HEAD + "Husák (to Indra): Nobody will carry slogans.\n\nIndra (the draft reply).\n")
    tasks = [(p.value.task, [e.printed for e in p.value.assignees]) for p in doc.spans["assignments"]]
    assert tasks == [("the draft reply", ["Indra"])]
    assert doc.turns[0].speaker_printed == "Husák"


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


HUNGARIAN = "Minutes of the Meeting of the Provisional Central Committee of the HSWP, 7 March 1957\n\n"


def test_a_group_named_as_a_whole_in_a_list_is_passed_over_for_the_persons_after_it():
    doc = _one(HUNGARIAN + "Present: members of the Provisional Central Committee (list attached); from the "
               "government, Münnich and Dögei.\n\nKádár: We begin.\n")
    assert [e.printed for e in doc.participant_lists[0].entries] == ["Münnich", "Dögei"]


def test_a_list_that_goes_on_into_words_still_stops_there():
    doc = _one(HUNGARIAN + "Present: all the same as before, Münnich.\n\nKádár: We begin.\n")
    assert doc.participant_lists[0].entries == []


def test_reported_subjects_with_a_chair_gloss_a_bracketed_role_or_a_comma_phrase():
    doc = _one(HUNGARIAN + "Present: Münnich, Dögei\n\n"
               "Kádár (in the Chair) opened the meeting and proposed the agenda: the youth and the anniversary.\n\n"
               "On the first item Marosán [Minister of State] said that the federation must be founded.\n\n"
               "Kállai [head of a department] disagreed with Marosán.\n\n"
               "Münnich, for the government, reported that the police were ready.\n")
    assert [([e.printed for e in t.speakers], t.mode) for t in doc.turns] == [
        (["Kádár"], "narrative"), (["Marosán"], "reported"), (["Kállai"], "reported"), (["Münnich"], "reported")]


def test_a_name_shape_outside_the_list_without_a_gloss_is_no_speaker():
    doc = _one(HUNGARIAN + "Present: Münnich, Dögei\n\nMünnich: We begin.\n\nSzolnok said nothing new that week.\n")
    assert [[e.printed for e in t.speakers] for t in doc.turns] == [["Münnich"]]


CZECH = ("RECORD\nof the 12th meeting of the Political Bureau of the CC of the CPCz held on 2 April 1963\n\n"
         "In the chair: Cde. A. Novotný\nPresent: Cdes. Hendrych, Kolder, Jankovec? Slavík? — (names doubted by the typist)\n"
         "Absent (excused): Cde. Bacílek\nRecorded by: Cde. Kudrna\n\nAgenda:\n1. The plan.\n\nAd 1)\n"
         "Kolder spoke on the plan.\n\n")


def test_doubted_names_a_remark_a_parenthesised_absent_heading_and_ad_items():
    doc = _one(CZECH + "Hendrych: Agreed.\n")
    [plist] = doc.participant_lists
    assert [e.printed for e in plist.entries] == ["A. Novotný", "Hendrych", "Kolder", "Jankovec", "Slavík", "Kudrna"]
    assert [e.printed for e in plist.absent] == ["Bacílek"]
    assert [a.title for a in doc.agenda] == ["The plan"]
    assert [(t.speaker_printed, t.mode) for t in doc.turns] == [("Kolder", "narrative"), ("Hendrych", "direct")]


def test_a_responsible_line_gives_the_assignees_of_the_resolution_above_it():
    doc = _one(CZECH + "Resolution: The Ministry of Internal Trade is to ensure imports.\n"
               "Responsible: Cdes. Hendrych, Šimůnek. Deadline: immediately.\n")
    [(words, states, assignees)] = _decisions(doc)
    assert words.endswith("Responsible: Cdes. Hendrych, Šimůnek. Deadline: immediately.") and states
    assert sorted(assignees) == ["Hendrych", "Ministry of Internal Trade", "Šimůnek"]


def test_responsible_inside_a_sentence_is_no_responsible_line():
    doc = _one(CZECH + "Resolution: The commission is responsible: it must report.\n")
    assert [a for *_, a in _decisions(doc)] == [[]]


MEMCON = ("Note from the Talks of the PUWP Delegation with the CPSU Delegation in Moscow\n\nMoscow, 14-18 November 1956\n\n"
          "Present on the Polish side: Cdes. Gomułka, Ochab\nOn the Soviet side: Cdes. Khrushchev, Mikoyan\n\n"
          "Cde. Khrushchev: The troops stay.\n\n")


def test_an_agreement_of_the_delegations_is_a_decision_with_no_word_taken_for_an_assignee():
    doc = _one(MEMCON + "The delegations agreed to sign the agreement within a month.\n")
    assert _decisions(doc) == [("The delegations agreed to sign the agreement within a month.", True, [])]


def test_the_delegations_doing_something_else_is_no_decision():
    doc = _one(MEMCON + "The delegations arrived late in the evening.\n")
    assert doc.resolutions == []


BULGARIAN = ("CENTRAL STATE ARCHIVE Fond 1-B Opis 6 PROTOCOL No. 7 of the Session of the Politburo of the CC of the BCP "
             "Sofia, 9 and 12 July 1963 Present: T. Zhivkov, A. Yugov, B. Taskov Absent: D. Ganev (ill) Agenda: 1. Albania "
             "2. Wheat\n\n1. Albania\n\nZhivkov: We recall the ambassador.\n\nYugov - I agree.\n\nDECIDED: The ambassador is "
             "to be recalled.\n\n2. Wheat\n\n(Postponed to the session of 12 July.)\n\nSession of 12 July 1963. Present: the "
             "same.\n\nTaskov: The plan is fulfilled.\n")


def test_flattened_header_title_dateline_and_fields():
    from kg.document.layouts.flattened import flattened_header

    line = BULGARIAN.split("\n")[0]
    flat = flattened_header(line, 0, len(line))
    assert line[flat.title.start:flat.title.end] == "PROTOCOL No. 7 of the Session of the Politburo of the CC of the BCP"
    assert line[flat.dateline.start:flat.dateline.end] == "Sofia, 9 and 12 July 1963" and flat.place == "Sofia"
    assert line[flat.heading.start:flat.heading.end] == "CENTRAL STATE ARCHIVE Fond 1-B Opis 6"
    assert [line[c:c + 7] for c in flat.cuts] == ["Present", "Absent:", "Agenda:"]


def test_a_title_line_without_fields_or_a_field_line_without_title_is_not_flattened():
    from kg.document.layouts.flattened import flattened_header

    for line in ("Minutes of the Meeting of the Politburo of the PUWP CC 20 December 1970",
                 "We heard the Minutes read out. Present: nobody else."):
        assert flattened_header(line, 0, len(line)) is None


def test_a_flattened_protocol_reads_its_lists_second_day_and_decisions():
    doc = _one(BULGARIAN)
    assert doc.date.isoformat() == "1963-07-09" and doc.place == "Sofia"
    lists = [[e.printed for e in pl.entries] for pl in doc.participant_lists]
    assert lists == [["T. Zhivkov", "A. Yugov", "B. Taskov"]] * 2
    assert [e.printed for e in doc.participant_lists[0].absent] == ["D. Ganev"]
    assert [(t.sitting, t.speaker_printed, t.opener) for t in doc.turns] == [
        (1, "Zhivkov", ":"), (1, "Yugov", "-"), (2, "Taskov", ":")]
    assert [w for w, *_ in _decisions(doc)] == ["The ambassador is to be recalled.",
                                                "(Postponed to the session of 12 July.)"]


POLISH_FLAT = ("Minutes of the Meeting of the Politburo of the PUWP CC 20 December 1970 Present comrades Gomułka "
               "Cyrankiewicz Gierek Kliszko\nIn the Chair Cde. Gomułka for the first part of the meeting\n"
               "Cyrankiewicz The reports are worse.\nSzczecin Yards are on strike.\nGierek A plenum must be called.\n"
               "Resolved to convene the Plenum in the evening Cdes Cyrankiewicz and Kliszko are to inform the committees\n")


def test_flattened_minutes_spaced_names_chair_with_scope_and_bare_names_opening_lines():
    doc = _one(POLISH_FLAT)
    [plist] = doc.participant_lists
    assert [e.printed for e in plist.entries] == ["Gomułka", "Cyrankiewicz", "Gierek", "Kliszko"]
    assert [e.printed for e in plist.chair] == ["Gomułka"]
    # "Szczecin" opens a line but names nobody of the list: it goes on with the turn before
    assert [(t.speaker_printed, t.opener) for t in doc.turns] == [("Cyrankiewicz", "none"), ("Gierek", "none")]
    assert [(w, a) for w, _, a in _decisions(doc)] == [
        ("to convene the Plenum in the evening", []),
        ("Cdes Cyrankiewicz and Kliszko are to inform the committees", ["Cyrankiewicz", "Kliszko"])]


def test_a_task_after_that_stays_one_decision():
    doc = _one(POLISH_FLAT.replace("in the evening Cdes", "and agreed that Cdes"))
    assert len(_decisions(doc)) == 1


def test_a_full_name_after_an_honorific_in_a_list_of_a_record_with_its_lines_is_one_person():
    doc = _one("MINUTES\nof the meeting of the Political Committee of the HSWP\nheld on 23 August 1968\n\n"
               "Chaired by: Comrade János Kádár\n\nMembers present: Comrades Apró, Biszku\n\nApró: We begin.\n")
    assert [e.printed for e in doc.participant_lists[0].entries] == ["János Kádár", "Apró", "Biszku"]


def test_a_text_read_out_or_an_agenda_proposed_keeps_a_narrative_turn_narrative():
    from kg.document.openers import speech_mode

    assert speech_mode("spoke on the work of the commission and read the list of cases.") == "narrative"
    assert speech_mode("opened the meeting and proposed the agenda: the youth and the anniversary.") == "narrative"
    assert speech_mode("spoke on the work of the commission and said that it was late.") == "reported"
