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
