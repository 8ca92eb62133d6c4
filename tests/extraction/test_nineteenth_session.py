"""Rules added in the nineteenth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names

# A page of quotations under their speakers' headings, a name with a title over each answer.
QUOTE_SHEET = (
    "The hospital chief is leaving at the end of the month.\n"
    "Dr. Ivo Kastel, CEO - Riverton General\n"
    "“My contract was not renewed. I was told I could apply again.”\n"
    "Mara Quint\n"
    "“So what comes next for you?”\n"
    "Dr. Ivo Kastel, CEO - Riverton General\n"
    "“A long break. I have not had a proper holiday in six years.”\n"
)


def test_a_quote_sheets_label_with_a_dash_gives_the_quotation_to_the_name_before_the_comma(run):
    e = run(
        "Riverton State 71, Lakeside 64\n\n"
        "Coach Orla Penhale, Riverton State – “Lakeside is a fine side. We made more free throws than they "
        "attempted.”"
    )
    fine = claim_with(e, "Lakeside is a fine side")
    assert source_names(fine) == ["Orla Penhale"]
    assert "Coach" not in fine.text and "–" not in fine.text
    assert source_names(claim_with(e, "more free throws")) == ["Orla Penhale"]


def test_a_label_before_a_colon_names_the_person_not_their_side(run):
    e = run("Coach Orla Penhale, Riverton State: “We made more free throws than Lakeside attempted.”")
    claim = claim_with(e, "more free throws")
    assert source_names(claim) == ["Orla Penhale"]
    assert "Riverton State:" not in claim.text


def test_a_dash_after_a_clause_with_a_subject_opens_no_labelled_quotation(run):
    e = run("The council cut the grant – “a disgrace” in the eyes of many parents who had campaigned for it.")
    assert all(source_names(c) == [] for c in e.claims)


def test_a_name_and_title_printed_over_each_answer_is_the_answers_speaker_not_the_askers(run):
    e = run(QUOTE_SHEET)
    assert source_names(claim_with(e, "contract was not renewed")) == ["Ivo Kastel"]
    assert source_names(claim_with(e, "proper holiday")) == ["Ivo Kastel"]


def test_a_name_before_an_aside_set_off_by_dashes_speaks_not_the_last_name_inside_it(run):
    e = run(
        "Growers face higher bills.\n\n"
        "MRSG - a coalition of industry, community and irrigation groups across the Tarrow Valley - says the "
        "proposal would see farmers wear the majority of costs.\n\n"
        "RGA - a coalition of industry and irrigation groups across the Tarrow Valley - says the levy "
        "would double by 2030."
    )
    assert source_names(claim_with(e, "farmers wear the majority")) == ["MRSG"]
    assert source_names(claim_with(e, "levy would double")) == ["RGA"]


def test_they_said_by_two_people_together_is_never_written_as_the_first_of_them(run):
    e = run(
        "Costumes were worn by Ana Obi and Tom Reid, who said they were fighting against "
        "“criminally high fees.”"
    )
    claim = claim_with(e, "fighting against")
    assert source_names(claim) == ["Ana Obi", "Tom Reid"]
    assert claim.text.startswith("They")


def test_the_reports_own_paragraph_after_the_quotations_under_a_heading_is_nobodys(run):
    e = run(QUOTE_SHEET + "No successor has been named. The hospital's board is reviewing applications.\n")
    assert source_names(claim_with(e, "proper holiday")) == ["Ivo Kastel"]
    assert source_names(claim_with(e, "board is reviewing applications")) == []
    assert source_names(claim_with(e, "No successor has been named")) == []


def test_a_name_opening_the_paragraph_straight_before_a_quotation_labels_its_speaker(run):
    e = run(
        "Councillors had their say on the rates.\n\n"
        "Cr Orla Penhale “It is not a final decision. It gives residents the chance to comment.”\n\n"
        "Cr Tomas Reyvik “I think the council should freeze the rates this year”"
    )
    for said, name in (("not a final decision", "Orla Penhale"), ("chance to comment", "Orla Penhale")):
        (source,) = source_names(claim_with(e, said))
        assert source.endswith(name), said  # ("Cr" may stay on the name: the label as printed)
    (source,) = source_names(claim_with(e, "freeze the rates"))
    assert source.endswith("Tomas Reyvik")


def test_a_headlines_quoted_words_with_the_reports_after_them_are_no_label():
    from claims.extraction.colon_quotes import colon_quotation
    from claims.extraction.pipeline import load_nlp

    doc = load_nlp()("Minister Orla Penhale “deeply sorry” for the delays")
    assert colon_quotation(doc[:]) is None


def test_a_one_word_dateline_before_a_colon_never_speaks_when_the_verb_has_its_own_subject(run):
    e = run("Lagos: The Tarrow Exchange said trading would resume on Monday.")
    assert source_names(claim_with(e, "trading would resume")) == ["The Tarrow Exchange"]


def test_a_name_inside_someones_quoted_words_never_speaks_the_next_quotation(run):
    e = run(
        "The team won 2-1.\n\n"
        "“It was clear there would be chances and in the end one came from Oskar, he showed his class.”\n\n"
        "“Apart from a poor half against Riverton, I think we have been consistent. It was nice to score "
        "two late goals.”"
    )
    assert "Oskar" not in source_names(claim_with(e, "we have been consistent"))
    assert "Oskar" not in source_names(claim_with(e, "two late goals"))


def test_quotations_after_a_coach_spoke_to_the_media_are_the_coachs_across_topic_lines(run):
    e = run(
        "Head Coach Ivo Kastel spoke to the media after the 2-1 win against Lakeside.\n\n"
        "On the performance…\n\n"
        "“I am really happy for the group because they keep believing in what we do.”\n\n"
        "On the players…\n\n"
        "“Chances are being created, but you need the ball to go in.”"
    )
    for said in ("keep believing", "Chances are being created", "ball to go in"):
        assert source_names(claim_with(e, said)) == ["Ivo Kastel"], said
    assert source_names(claim_with(e, "spoke to the media")) == []


def test_a_statement_a_body_gave_out_signed_by_its_officers_is_the_bodys(run):
    e = run(
        "Announcing the results, Tarrow Bank plc said in a statement signed by its Board Chairman "
        "Ivo Kastel, Chief Executive Officer Ana Obi and Chief Finance Officer Tom Reid that the results "
        "include its new subsidiary, Lakeside Bank (LB)\n"
        "“The subsidiary cleaned up its loan book, which resulted in a loss of K1.5 billion,” reads the "
        "statement in part."
    )
    assert source_names(claim_with(e, "cleaned up its loan book")) == ["Tarrow Bank plc"]


def test_a_quotation_broken_over_lines_is_the_speakers_in_every_line_up_to_its_close(run):
    e = run(
        "The farmer spoke of the drought.\n"
        "Ana Obrecht said: “The rains failed twice this year. We lost half the maize.\n"
        "Rain is no longer enough, so we grow sweet potatoes.\n"
        "When these crops succeed, it helps a lot.”\n"
        "The harvest begins in June."
    )
    for said in ("lost half the maize", "Rain is no longer enough", "grow sweet potatoes", "helps a lot"):
        assert source_names(claim_with(e, said)) == ["Ana Obrecht"], said
    assert source_names(claim_with(e, "harvest begins in June")) == []


def test_a_line_with_no_marks_after_a_quotation_that_never_closes_stays_the_reports(run):
    e = run(
        "Ana Obrecht said: “The rains failed twice this year.\n"
        "The harvest begins in June.\n"
        "Prices rose by 12 percent in July."
    )
    assert source_names(claim_with(e, "harvest begins in June")) == []
    assert source_names(claim_with(e, "Prices rose")) == []


def test_quotations_under_an_interview_with_heading_are_the_interviewees(run):
    e = run(
        "Interview with Ana Obrecht\n"
        "“The rains failed twice this year. We lost half the maize.\n"
        "Rain is no longer enough, so we grow sweet potatoes.”\n"
        "******************************************\n"
        "“We now grow okra because it needs less water.”"
    )
    for said in ("lost half the maize", "Rain is no longer enough", "grow okra"):
        assert source_names(claim_with(e, said)) == ["Ana Obrecht"], said


def test_the_arrested_man_after_an_according_to_phrase_is_the_subject_not_the_reports_author(run):
    e = run(
        "According to a report from the Tarrow Police Department, 47-year-old Ivo Kastel, a deputy with the "
        "county sheriff’s office, was arrested early Monday."
    )
    claim = claim_with(e, "arrested early Monday")
    assert source_names(claim) == ["the Tarrow Police Department"]
    assert "Ivo Kastel" in claim.text


def test_a_closing_it_said_after_words_whose_subject_is_a_body_is_that_body(run):
    e = run("Tarrow Power Authority is now working to restore power, it said in a statement Thursday.")
    assert source_names(claim_with(e, "restore power")) == ["Tarrow Power Authority"]
    e = run("Scotland could see power cuts this winter, it added.")
    assert source_names(claim_with(e, "power cuts")) == []


def test_it_reported_is_never_a_body_named_only_after_it_in_the_same_sentence(run):
    e = run(
        "Power cuts hit the island on Tuesday. It reported on Wednesday that only 1,000 out of its "
        "approximately 52,000 customers still had power supply and Tarrow Memorial Hospital was operating "
        "on a standby generator."
    )
    for claim in e.claims:
        assert "Tarrow Memorial Hospital" not in source_names(claim), claim.text


def test_a_documents_name_drops_the_day_written_after_it(run):
    e = run("A widely circulated video Monday shows the colonel berating officers outside a school.")
    (source,) = source_names(claim_with(e, "berating officers"))
    assert "Monday" not in source


def test_a_straight_mark_opening_a_later_line_does_not_close_a_quotation_left_open(run):
    e = run(
        'Ana Obrecht said: "We lost trust last time.\n'
        '"But I am confident we can win back the people of the valley.\n'
        "A by-election is also taking place in Tarrow following the death of Mr Reid last month.\n\n"
        'Conservative candidate Ms Kastel said: "The people of the valley will not be taken for granted.\n'
        '"Now, more than ever, they need a voice that listens to them."'
    )
    assert source_names(claim_with(e, "by-election is also taking place")) == []


def test_lines_of_a_quotation_closed_with_the_reports_words_after_it_keep_their_own_speaker(run):
    e = run(
        "Speaking to journalists, Prof. Ivo Kastel, who confirmed the offer, claimed the government was not "
        "aware of a strike.\n"
        "“I don’t want to hear in public that we are on strike; we have no official report from them.\n"
        "They said they are going to their council meeting.\n"
        "As far as I am concerned, I don’t know if they are on strike.” Kastel stated. At the university, "
        "students went home."
    )
    assert source_names(claim_with(e, "no official report")) == ["Ivo Kastel"]
    assert source_names(claim_with(e, "students went home")) == []


def test_a_speech_participle_under_a_negated_verb_gives_nobody_the_words(run):
    e = run(
        'Ana Obrecht said: "Given the delays, the Government cannot go on telling passengers that fare '
        'increases are justified."'
    )
    for claim in e.claims:
        assert "Government" not in source_names(claim), claim.text
    e = run("The minister hit back, telling reporters that the figures were wrong.")
    assert source_names(claim_with(e, "figures were wrong")) == ["the minister"]
