"""A speaker inside what someone else reports is nested under the outer source. Sentences
written for the test."""

from .conftest import claim_with, source_names


def test_an_announcement_reported_by_an_agency_names_both(run):
    e = run("The Civil Aviation Authority announced that it had grounded the fleet, Reuters reported.")
    names = source_names(claim_with(e, "grounded the fleet"))
    assert "Reuters" in names and any("Civil Aviation Authority" in n for n in names)


def test_officials_named_only_by_what_they_are_are_not_nested(run):
    e = run("Officials said that the road would reopen on Monday, the broadcaster reported.")
    names = source_names(claim_with(e, "road would reopen"))
    assert not any("Officials" in n for n in names[1:])


def test_a_quoted_speech_verb_is_not_a_nested_speaker(run):
    e = run('"Marta Quell said that the plant was safe, and she was wrong," the inspector wrote.')
    names = source_names(claim_with(e, "plant was safe"))
    assert not any("Marta Quell" in n for n in names)


def test_a_statement_saying_something_is_its_issuers(run):
    e = run("The port authority published a statement saying that the terminal would reopen on Monday.")
    assert source_names(claim_with(e, "terminal would reopen")) == ["The port authority"]


def test_a_statement_stating_something_is_its_issuers(run):
    e = run("Police released a statement stating that two men had been arrested in Leeds.")
    assert source_names(claim_with(e, "two men had been arrested")) == ["Police"]


def test_raising_objections_is_the_objectors(run):
    e = run("Marta Hale, speaking for the residents, raised objections over flooding and traffic.")
    assert source_names(claim_with(e, "objections over flooding")) == ["Marta Hale"]


def test_a_would_after_a_comma_and_goes_on_with_what_was_said(run):
    e = run("Her lawyer, Tom Reyes, said the claims were false, and the case would fail like the last one.")
    assert source_names(claim_with(e, "case would fail")) == ["Tom Reyes"]


def test_a_quotation_ended_by_an_exclamation_takes_the_tag_after_it(run):
    e = run('"We won the vote and we will defend it!" Marta Quell, 41, said.')
    assert source_names(claim_with(e, "won the vote")) == ["Marta Quell"]


def test_a_person_named_by_a_participle_is_that_name(run):
    e = run("The firm was sued last year by a woman named Ana Dorsey, who accused it of fraud.")
    assert source_names(claim_with(e, "accused it of fraud")) == ["Ana Dorsey"]


def test_claiming_seats_is_winning_them(run):
    e = run("The Liberal party has claimed a majority of seats in the assembly.")
    assert source_names(claim_with(e, "majority of seats")) == []


def test_a_title_case_city_and_a_hyphen_open_a_dateline(run):
    e = run("Durban - Water utility, Metro Water said on Friday that supply had been restored.")
    assert source_names(claim_with(e, "supply had been restored")) == ["Metro Water"]


def test_speech_in_a_relative_clause_after_which_is_the_speakers(run):
    e = run(
        '"Trade must go on," said Lena Ortiz, the envoy. '
        "The minister, Karl Brandt, gave an interview to the BBC in which he said the talks had failed."
    )
    assert source_names(claim_with(e, "talks had failed")) == ["Karl Brandt"]


def test_asking_that_something_be_done_is_the_askers(run):
    e = run("Health officials are asking that anyone with a fever stay at home.")
    assert source_names(claim_with(e, "stay at home")) == ["Health officials"]


def test_a_leading_participle_is_the_main_subjects_act_not_the_documents(run):
    e = run(
        'Calling it "an evolving situation", state health officials widened the list, '
        "according to a press release."
    )
    assert source_names(claim_with(e, "evolving situation")) == ["state health officials"]


def test_an_honorific_settles_a_persons_gender(run):
    e = run(
        "Ella Marsh, prosecuting, said he failed a breath test. Tom Baird also pleaded guilty.\n\n"
        "Miss Marsh told magistrates he was found in a bus lane.\n\n"
        "She said his lowest reading was 85mcg."
    )
    claim = claim_with(e, "lowest reading")
    assert source_names(claim) == ["Ella Marsh"] and "Baird" in claim.text


def test_a_passive_auxiliary_is_not_lent_to_a_verb_with_an_object(run):
    e = run("The driver was found in a bus lane at 11pm and failed a roadside test.")
    assert claim_with(e, "roadside test").text == "The driver failed a roadside test"


def test_counsel_named_by_their_part_is_the_person(run):
    e = run("Ella Marsh prosecuting said the driver had failed a breath test.")
    assert source_names(claim_with(e, "breath test")) == ["Ella Marsh"]
