"""Rules added in the twenty-eighth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_the_role_of_a_title_before_a_one_word_name_is_that_persons_name_later(run):
    e = run(
        "Ines Varga, the central bank's president, spoke on Monday. President Okoro attacked the bank "
        "on Tuesday. The president says the rates are too high."
    )
    assert source_names(claim_with(e, "rates are too high")) == ["Okoro"]


def test_a_role_met_only_in_a_gloss_still_names_the_glossed_person(run):
    e = run("Ines Varga, the central bank's president, spoke on Monday. The president says rates will hold.")
    assert source_names(claim_with(e, "rates will hold")) == ["Ines Varga"]


def test_a_bodys_it_speaks_through_a_speech_verb_coordinated_with_its_own(run):
    e = run(
        "Corvane reported a loss of $4 million. It plans to sell bonds, and also said that banks will "
        "lend it $5 billion."
    )
    assert source_names(claim_with(e, "banks will lend")) == ["Corvane"]


def test_an_it_with_no_body_speaking_lately_stays_unnamed(run):
    e = run("The club opened a new stadium. It seats 40,000 fans and said that tickets sold out.")
    assert source_names(claim_with(e, "tickets sold out")) == []


def test_two_people_each_under_a_role_both_speak(run):
    e = run("The tool is available, product manager Jo Kranz and vice president Amar Suri wrote.")
    assert source_names(claim_with(e, "tool is available")) == ["Jo Kranz", "Amar Suri"]


def test_a_group_of_officials_joined_by_and_stays_one_source(run):
    e = run("The talks failed, US and European officials said on Monday.")
    assert source_names(claim_with(e, "talks failed")) == ["US and European officials"]
