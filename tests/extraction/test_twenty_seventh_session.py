"""Rules added in the twenty-seventh session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_tag_inside_its_quotation_credits_the_whole_quotation(run):
    e = run(
        'The board met on Monday. "The levy," Marta Quill said after the vote, "is too small for the '
        'roads." "If we wait," said Omar Dace, "the bridge will close within a year." "The figures '
        'are wrong," Quill added, "and the board knows it."'
    )
    levy = claim_with(e, "too small for the roads")
    assert source_names(levy) == ["Marta Quill"]
    assert levy.text.startswith("The levy is")
    assert "said" not in claim_with(e, "bridge will close").text
    assert source_names(claim_with(e, "bridge will close")) == ["Omar Dace"]
    assert source_names(claim_with(e, "figures are wrong")) == ["Marta Quill"]
    assert source_names(claim_with(e, "board met")) == []


def test_a_comma_aside_in_a_sentence_without_quotation_marks_is_not_a_tag_inside_one(run):
    e = run("The levy, Marta Quill said, is too small. Prices, the survey found, rose in May.")
    assert source_names(claim_with(e, "too small")) == ["Marta Quill"]
    assert source_names(claim_with(e, "rose in May")) == ["survey"]


def test_a_surname_that_is_also_a_word_speaks_once_the_person_is_named(run):
    e = run(
        "Marion T. Weeks, the chief executive, said the quarter was strong.\n\n"
        'Weeks continued, "Our orders rose by a third." Weeks later, the share price fell.'
    )
    assert source_names(claim_with(e, "orders rose")) == ["Marion T. Weeks"]
    assert source_names(claim_with(e, "share price fell")) == []


def test_a_time_word_is_still_nobody_when_no_one_has_that_name(run):
    e = run(
        "Tom Hale spoke. Weeks of talks showed that the deal was dead. "
        "Months later, polls showed that prices fell."
    )
    assert source_names(claim_with(e, "deal was dead")) == []
