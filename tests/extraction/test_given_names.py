"""A person's given name gives away their sex, so "he" never points back to a woman named by her
given name (or "she" to a man). Sentences written for the test."""

from claims.extraction.given_names import given_name_gender

from .conftest import claim_with, source_names


def test_given_names_of_one_sex_say_so():
    assert given_name_gender("Jana Novak") == "f"
    assert given_name_gender("Councillor Tomas Reyes") == "m"


def test_a_surname_alone_or_a_name_of_either_sex_says_nothing():
    assert given_name_gender("Novak") is None
    assert given_name_gender("Sam Reyes") is None  # mostly one sex is not enough


def test_he_never_points_back_to_a_woman_by_her_given_name(run):
    e = run("Jana Novak resigned on Monday. He said the board had lost confidence in the plan.")
    assert "Jana Novak" not in source_names(claim_with(e, "lost confidence"))


def test_she_points_back_past_a_man_to_the_woman(run):
    e = run("Jana Novak, the chief executive, met Tomas Reyes on Monday. She said the talks had failed.")
    assert source_names(claim_with(e, "talks had failed")) == ["Jana Novak"]


def test_a_body_named_for_a_place_is_given_no_sex(run):
    e = run("Virginia Water Authority said it would raise prices. She said the rise was needed.")
    assert "Virginia Water Authority" not in source_names(claim_with(e, "rise was needed"))
