"""Rules added in the eighteenth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_quotation_closed_by_a_new_speaker_is_all_theirs_though_it_speaks_of_telling(run):
    e = run(
        "“We respect the board’s view,” said Orla Penhale.\n\n"
        "“We want extra funding. We want the treasury to tell us where it will come from. "
        "The sum is small beside the whole budget,” said Tomas Reyvik."
    )
    for said in ("want extra funding", "treasury to tell us", "sum is small"):
        assert source_names(claim_with(e, said)) == ["Tomas Reyvik"], said
    assert source_names(claim_with(e, "respect the board")) == ["Orla Penhale"]


def test_a_quotation_whose_speaker_hears_himself_say_is_his_from_the_first_sentence(run):
    e = run(
        "The levy was approved.\n\n"
        "“You will hear me say the levy is fair. The depot needs a new roof,” said Tomas Reyvik."
    )
    assert source_names(claim_with(e, "levy is fair")) == ["Tomas Reyvik"]
    assert source_names(claim_with(e, "depot needs a new roof")) == ["Tomas Reyvik"]


def test_a_quoted_passage_in_which_another_speaks_in_the_past_is_not_all_the_closing_speakers(run):
    e = run(
        "“The depot was flooded. The mayor said the roof had failed. We lost two trucks,” said Tomas Reyvik."
    )
    assert "Tomas Reyvik" not in source_names(claim_with(e, "roof had failed"))


def test_typed_single_marks_inside_a_typed_double_quotation_are_left_as_they_are():
    from claims.extraction.single_quotes import as_double_quotes

    text = "\"You will hear me say 'we need a roof.' That is all,\" said Tomas Reyvik. Mayor says 'no deal'"
    assert as_double_quotes(text) == text.replace("'no deal'", '"no deal"')


def test_a_quotation_quoting_the_speaker_inside_it_stays_the_closing_speakers(run):
    e = run(
        "“We respect the board’s view,” said Orla Penhale.\n\n"
        "\"You will hear me say 'the levy is fair. The depot needs a new roof.' "
        'Both are small beside the whole budget," said Tomas Reyvik.'
    )
    for said in ("levy is fair", "depot needs a new roof", "small beside the whole budget"):
        assert source_names(claim_with(e, said)) == ["Tomas Reyvik"], said


def test_a_name_after_according_to_its_description_is_the_source_not_the_subject(run):
    e = run(
        "According to the lead author, Marta Quell, five nights of broken sleep raised pain "
        "sensitivity in rats."
    )
    claim = claim_with(e, "raised pain sensitivity")
    assert source_names(claim) == ["Marta Quell"]
    assert claim.text.startswith("Five nights of broken sleep")


def test_a_description_after_according_to_a_body_stays_on_the_subject(run):
    e = run("According to police, the driver, a man of 40, was drunk.")
    assert source_names(claim_with(e, "driver was drunk")) == ["police"]


def test_a_research_team_finding_a_link_reports_it(run):
    e = run(
        "The findings were published on Monday. The research team found a significant link between "
        "night shifts and heart disease."
    )
    assert source_names(claim_with(e, "significant link")) == ["The research team"]


BRIEFING = (
    "Arrest after the market shooting\n\n"
    "Reporters caught up with Commissioner of Police Marcus Whitfield today. "
    "He was asked about a motive.\n\n"
    "Marcus Whitfield\n\n"
    "{title}"
    "“Police have interviewed a number of persons. We have gathered several statements.”\n\n"
    "Lena Ostrow\n\n"
    "“Do you know how long the detainee was living here?”\n\n"
    "Marcus Whitfield\n\n"
    "“He was here for a number of years. He got a gun licence in 2012.”"
)


def test_a_speakers_name_printed_over_each_of_their_answers_is_no_repeated_block(run):
    e = run(BRIEFING.format(title=""))
    assert source_names(claim_with(e, "interviewed a number of persons"))[0].endswith("Whitfield")
    assert source_names(claim_with(e, "gun licence"))[0].endswith("Whitfield")


def test_a_name_heading_over_the_same_name_with_a_title_is_one_heading_not_a_caption(run):
    e = run(BRIEFING.format(title="Marcus Whitfield, Commissioner of Police\n\n"))
    assert source_names(claim_with(e, "interviewed a number of persons"))[0].endswith("Whitfield")
    assert source_names(claim_with(e, "gun licence"))[0].endswith("Whitfield")


def test_a_line_printed_twice_over_no_quotation_is_still_furniture():
    from claims.extraction.clean import find_furniture

    name = "Marcus Whitfield"
    text = f"{name}\n\nThe council met on Monday and agreed the budget.\n\n{name}\n\nThe vote was close."
    second = text.rindex(name)
    assert (second, second + len(name)) in find_furniture(text)


def test_a_description_whose_country_is_written_beside_another_name_is_not_the_last_subject(run):
    e = run(
        "In the presence of Presidents Marcus Whitfield (Norway) and Daniel Okafor (Ghana), the accords "
        "were signed.\n\n"
        "Okafor also praised the work of President Whitfield for peace in the region.\n\n"
        "Meanwhile, the Norwegian president reviewed the ties between the countries and affirmed there "
        "is a shared interest in trade."
    )
    assert "Daniel Okafor" not in source_names(claim_with(e, "shared interest in trade"))


def test_a_description_whose_country_is_written_beside_the_last_subject_stands_for_them(run):
    e = run(
        "Marcus Whitfield of Norway met Daniel Okafor of Ghana. Whitfield paid tribute to the team. "
        "The Norwegian goalkeeper won six medals, he said."
    )
    assert source_names(claim_with(e, "won six medals")) == ["Marcus Whitfield"]


def test_a_plain_question_without_you_opens_an_answer_in_an_interview_put_to_you_later(run):
    e = run(
        "Drought hits the plains\n\n"
        "The Courier sat down with grain trader Marcus Whitfield to talk about the harvest. The transcript "
        "of the interview can be read below.\n\n"
        "How bad is the weather out west? Is it the worst in years?\n\n"
        "Yes, I think so. It was the driest June in 127 years. "
        "The spring wheat crop has already suffered.\n\n"
        "What is your view of the water limits?\n\n"
        "They will cut the corn harvest by a third."
    )
    assert source_names(claim_with(e, "driest June")) == ["Marcus Whitfield"]
    assert source_names(claim_with(e, "spring wheat crop")) == ["Marcus Whitfield"]
    assert source_names(claim_with(e, "corn harvest")) == ["Marcus Whitfield"]


def test_rhetorical_questions_in_a_story_that_puts_none_to_you_open_no_answers(run):
    e = run(
        "The Courier sat down with grain trader Marcus Whitfield in an interview at his farm.\n\n"
        "Is the harvest lost? Not yet.\n\n"
        "The spring wheat crop has already suffered, the agriculture ministry said on Monday."
    )
    assert source_names(claim_with(e, "spring wheat crop")) == ["the agriculture ministry"]


def test_a_surname_that_is_also_a_modal_speaks_after_a_closing_quotation(run):
    e = run(
        "Majority Leader Tomas May said the budget was sound.\n\n"
        "“There is a strategy for roads across the county. One part is for foster care,” May said."
    )
    assert source_names(claim_with(e, "strategy for roads")) == ["Tomas May"]
    assert source_names(claim_with(e, "foster care")) == ["Tomas May"]


def test_a_speaker_after_an_inverted_tag_is_cited_by_the_outlet_that_reports_it(run):
    e = run(
        "“We have no idea where they went,” said study author Lena Ostrow, an ecologist at the "
        "institute, reported the Daily Courier."
    )
    names = source_names(claim_with(e, "no idea where they went"))
    assert names[0] == "the Daily Courier" and "Lena Ostrow" in names
    assert "said study author" not in claim_with(e, "no idea where they went").text


def test_a_description_after_a_described_persons_turn_is_not_the_person_named_before(run):
    e = run(
        "Former mayor Tomas Reyvik was sentenced on Monday. His attorney argued for a lighter penalty. "
        "The federal prosecutor requested prison time, arguing that it would send a strong message."
    )
    names = source_names(claim_with(e, "strong message"))
    assert not any("Reyvik" in n or "attorney" in n.lower() for n in names)


def test_a_description_opening_the_next_sentence_still_stands_for_the_named_subject(run):
    e = run(
        "Marcus Whitfield paid tribute to the team. The former Kilkenny goalkeeper won six medals, he said."
    )
    assert source_names(claim_with(e, "won six medals")) == ["Marcus Whitfield"]


def test_a_second_speakers_name_hung_on_the_first_clauses_object_speaks_its_own_verb(run):
    e = run(
        "Brandt deserted his post last month, police said. Though Kettle County authorities said this "
        "week he was driving a 2008 Lincoln Town Car, Ashby Police Chief Marcus Whitfield said Brandt "
        "was driving an RV when he was spotted in Ashby."
    )
    car = claim_with(e, "Lincoln Town Car")
    assert source_names(car) == ["Kettle County authorities"] and "Whitfield" not in car.text
    assert source_names(claim_with(e, "driving an RV")) == ["Marcus Whitfield"]


def test_a_place_listed_after_a_semicolon_names_no_speaker(run):
    e = run(
        "Detectives believe the two people they arrested belong to a ring that has robbed stores in "
        "other cities; Springfield, Mo.; Houston and Fort Worth."
    )
    assert source_names(claim_with(e, "belong to a ring")) == ["Detectives"]


def test_a_bullet_opening_a_paragraph_is_read_as_a_bullet_not_a_word(run):
    e = run(
        "Deserter sighted near Ashby\n\n"
        "  • Brandt deserted his post last month, police said.\n\n"
        "  • Though Kettle County authorities said this week he was driving a 2008 Lincoln Town Car, "
        "Ashby Police Chief Marcus Whitfield said Brandt was driving an RV when he was spotted in Ashby."
    )
    car = claim_with(e, "Lincoln Town Car")
    assert source_names(car) == ["Kettle County authorities"]
    assert car.text.startswith("He was driving")  # (not "This week he ...": when it was said)
    assert source_names(claim_with(e, "driving an RV")) == ["Marcus Whitfield"]


def test_a_curly_single_mark_opening_a_paragraph_runs_a_quotation_on(run):
    e = run(
        "‘We have issued flood alerts for the coast,’ said an agency spokesperson.\n\n"
        "‘On top of the recent rain, the rivers fed by the moors are most at risk.\n\n"
        "‘We advise people to stay away from swollen rivers.’\n\n"
        "The river rose by a metre overnight."
    )
    assert source_names(claim_with(e, "rivers fed by the moors")) == ["an agency spokesperson"]
    assert source_names(claim_with(e, "stay away from swollen rivers")) == ["an agency spokesperson"]
    assert source_names(claim_with(e, "rose by a metre")) == []


def test_a_curly_single_mark_opening_a_paragraph_with_no_partner_reads_as_an_opening_double():
    from claims.extraction.single_quotes import as_double_quotes

    assert as_double_quotes("‘We will appeal the ruling.") == "“We will appeal the ruling."
    assert (
        as_double_quotes("'We will appeal the ruling.") == "'We will appeal the ruling."
    )  # (typed: ambiguous)
