"""Rules added in the seventeenth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_closing_report_tag_with_a_phrase_after_it_is_the_outer_source_not_a_claim(run):
    e = run("The harbour master said the pier would close in May, the Coastal Gazette reported on Tuesday.")
    assert source_names(claim_with(e, "pier would close")) == ["the Coastal Gazette"]
    assert not any("reported on Tuesday" in c.text for c in e.claims)


def test_a_named_speaker_inside_a_closing_report_tag_is_nested_under_it(run):
    e = run("Ilse Marovic said the levy had doubled, the Coastal Gazette reported late on Friday.")
    names = source_names(claim_with(e, "levy had doubled"))
    assert names[0] == "the Coastal Gazette" and any("Marovic" in n for n in names[1:])
    assert len(e.claims) == 1


def test_a_second_clause_that_says_something_of_its_own_stays_a_claim(run):
    e = run("The harbour master said the pier would close in May, and the ferry company reported losses.")
    assert source_names(claim_with(e, "pier would close"))[0].lower() == "the harbour master"


def test_a_plural_title_before_coordinated_names_is_no_part_of_either(run):
    e = run(
        "Kettle County Commissioners Ivo Brandt and Lena Ostrow held a meeting on Monday. "
        "Brandt said the bridge fund was empty. He said the county had repaired the road twice. "
        "Ostrow said the grader was broken."
    )
    assert source_names(claim_with(e, "fund was empty")) == ["Ivo Brandt"]
    assert source_names(claim_with(e, "repaired the road")) == ["Ivo Brandt"]
    assert source_names(claim_with(e, "grader was broken")) == ["Lena Ostrow"]


def test_a_statement_no_one_is_named_for_is_the_one_who_spoke_just_before(run):
    e = run(
        "The ferry operator Brisk Lines confirmed on Monday that it had cancelled the crossing. "
        "“The storm has made sailing unsafe for our passengers,” the statement read."
    )
    assert source_names(claim_with(e, "storm has made sailing unsafe")) == ["Brisk Lines"]


def test_a_statement_after_two_speakers_is_nobody_in_particular(run):
    e = run(
        "Brisk Lines said the crossing was cancelled. The harbour authority said the port was closed. "
        "“The storm has made sailing unsafe for our passengers,” the statement read."
    )
    assert "Brisk Lines" not in source_names(claim_with(e, "storm has made sailing unsafe"))


def test_a_one_word_name_whose_clause_says_her_is_a_person_a_later_she_points_to(run):
    e = run(
        "Zuleika has cancelled the rest of her autumn tour. On Instagram, she said the new album "
        "would arrive in June."
    )
    assert source_names(claim_with(e, "album would arrive")) == ["Zuleika"]


def test_a_one_word_name_with_another_person_before_the_pronoun_is_not_taken_for_a_person(run):
    e = run("Zuleika hired the singer for her voice. On Friday, she said the contract was void.")
    assert source_names(claim_with(e, "contract was void")) != ["Zuleika"]


def test_bowling_figures_claimed_are_taken_not_asserted(run):
    e = run("Left-armer Ivo Brandt claimed 3-41 from nine overs before lunch.")
    assert source_names(claim_with(e, "3-41")) == []


def test_a_figure_of_people_claimed_to_have_died_is_still_a_claim(run):
    e = run("Ivo Brandt claimed 30 people had died in the collapse.")
    assert source_names(claim_with(e, "30 people had died")) == ["Ivo Brandt"]


def test_a_post_by_a_body_with_a_description_after_its_name_is_the_bodys(run):
    e = run(
        "A post shared on Monday by Korvane Water, the county's main water supplier, warned: "
        "“The reservoirs are at their lowest level since records began.”"
    )
    assert source_names(claim_with(e, "reservoirs are at their lowest")) == ["Korvane Water"]


def test_a_clause_said_after_the_cue_and_before_a_quotation_is_the_speakers(run):
    e = run(
        "Okonjo insisted that while some of the closures were ordered by the ministry, “most of the "
        "proposed closures are not needed at all.”"
    )
    assert source_names(claim_with(e, "ordered by the ministry")) == ["Okonjo"]


def test_a_clause_framing_a_quotation_before_its_tag_stays_the_reports(run):
    e = run("While the levy would raise little money, “that is not the point,” Okonjo said.")
    assert source_names(claim_with(e, "levy would raise little")) == []


def test_a_verb_carrying_on_the_clause_said_with_its_auxiliary_is_still_said(run):
    e = run("Brisk Lines said it was “not planning to cancel sailings” but was watching the forecast hourly.")
    assert source_names(claim_with(e, "watching the forecast")) == ["Brisk Lines"]


def test_an_outlet_that_projects_a_result_at_the_end_of_a_line_is_its_source(run):
    e = run("8.40 PM: Ana Obi will win the Westfold seat, the Daily Courier projects.")
    assert source_names(claim_with(e, "Westfold seat")) == ["the Daily Courier"]


def test_a_speech_verb_after_an_act_shares_its_subject(run):
    e = run('Ivo Brandt concedes, says "I have called Ana Obi to congratulate her on her victory."')
    assert source_names(claim_with(e, "congratulate her")) == ["Ivo Brandt"]


def test_a_place_opening_a_line_before_a_colon_never_speaks(run):
    e = run('Harrowgate: 11.25 AM: Ivo Brandt concedes, says "I have called Ana Obi to congratulate her."')
    assert "Harrowgate" not in source_names(claim_with(e, "congratulate her"))


def test_a_participle_of_speech_hung_on_the_object_is_the_speakers(run):
    e = run("Ana Obi commented on the result saying, “We worked hard to get to where we are.”")
    assert source_names(claim_with(e, "worked hard")) == ["Ana Obi"]


def test_a_transcript_whose_asker_is_a_body_in_lower_case_names_the_minister(run):
    e = run(
        "Press Release: Transcript of Minister Ilse Marovic's Interview with Coastal Media\n\n"
        "Coastal media: Welcome. What is your assessment of the talks on the strait?\n\n"
        "Minister Marovic: The temporary agreement that has been reached is positive. "
        "The ferries have run every day since March.\n\n"
        "Coastal media: Will the treaty be signed this year?\n\n"
        "Minister Marovic: The islands have always played a central role in the region."
    )
    assert "Marovic" in " ".join(source_names(claim_with(e, "ferries have run")))
    assert "Marovic" in " ".join(source_names(claim_with(e, "central role")))


SERIES = (
    "What the ministers said this week\n\n"
    "Ivo Brandt, Minister of Transport and Public Works\n\n"
    "We will open four new stations before the summer.\n\n"
    "The network also needs more drivers, particularly in the north.\n\n"
    "Lena Ostrow, Minister of Health\n\n"
    "Waiting lists have fallen for the third month in a row."
)


def test_paragraphs_under_a_series_of_name_and_title_headings_are_each_speakers(run):
    e = run(SERIES)
    assert source_names(claim_with(e, "four new stations")) == ["Ivo Brandt"]
    assert source_names(claim_with(e, "needs more drivers")) == ["Ivo Brandt"]
    assert source_names(claim_with(e, "Waiting lists have fallen")) == ["Lena Ostrow"]


def test_one_name_and_title_over_a_story_is_its_byline(run):
    e = run(
        "Rail works to finish early\n\n"
        "Ivo Brandt, Transport Correspondent\n\n"
        "The network will open four new stations before the summer, the operator said on Monday.\n\n"
        "Waiting times at the stations have fallen for the third month in a row."
    )
    assert source_names(claim_with(e, "Waiting times")) == []


def test_a_race_claimed_by_a_candidate_is_won_not_asserted(run):
    e = run("The race for the Republican nomination was claimed by Ivo Brandt, who received 1,879 votes.")
    assert source_names(claim_with(e, "race for the Republican nomination")) == []


def test_a_participle_of_speech_as_the_verbs_complement_is_the_subjects(run):
    e = run("Councillor Ana Hale has hit back claiming that Ivo Brandt has now shown his true colours.")
    names = source_names(claim_with(e, "shown his true colours"))
    assert len(names) == 1 and names[0].endswith("Ana Hale")


def test_a_participle_after_an_object_who_may_speak_is_not_the_subjects(run):
    e = run("Ana Hale heard the guards saying that Ivo Brandt had lied.")
    assert "Ana Hale" not in source_names(claim_with(e, "had lied"))


def test_a_verb_allowing_someone_to_confirm_is_no_part_of_their_name(run):
    e = run("Genetic sampling allowed the researchers to confirm that the toad was a new species.")
    assert not any("allowed" in n for c in e.claims for n in source_names(c))


def test_experience_or_history_teaching_a_lesson_is_no_speaker(run):
    e = run("Funding for the wards will rise, although experience tells us this cannot be taken for granted.")
    assert source_names(claim_with(e, "taken for granted")) == []
    e = run("History shows that rail closures rarely save money.")
    assert source_names(claim_with(e, "rail closures")) == []
