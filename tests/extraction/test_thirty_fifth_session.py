"""Rules added in the thirty-fifth session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokeswoman for the airline said the flight was delayed by four hours. She added that the "
            "delay was caused by a technical fault.",
            ["A spokeswoman for the airline"],
        ),
        (
            "A spokesman for the bank said the branch would close in June. “The lease has run out,” he said.",
            ["A spokesman for the bank"],
        ),
        (
            "The head of the union said members would strike on Friday. He added that talks had failed.",
            ["The head of the union"],
        ),
    ],
)
def test_a_pronoun_after_a_role_for_a_company_points_back_to_that_role(run, text, expected):
    e = run(text)
    claim = next(c for c in e.claims if any(w in c.text.lower() for w in ("delay", "lease", "talks")))
    assert source_names(claim) == expected


def test_a_company_named_alone_is_still_no_person_for_a_later_pronoun(run):
    e = run("The airline said the flight was delayed. She added that the delay was caused by a fault.")
    assert source_names(claim_with(e, "caused by a fault")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday. Hendry said the plan would cost $4 million. He added that the work would "
        "start in May.",
        "Police arrested two men. Okafor said the men had been released. She added that the work would start "
        "in May.",
    ],
)
def test_a_speech_tags_pronoun_after_a_one_word_name_that_spoke_is_that_name(run, text):
    e = run(text)
    speaker = "Hendry" if "Hendry" in text else "Okafor"
    assert source_names(claim_with(e, "start in May")) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a person stands before: the pronoun is not read as the one-word name
        "Ana Ruiz opened the meeting. Hendry said the plan would cost $4 million. She added that the work "
        "would start in May.",
        # an acronym is a body's, never a person's
        "The council met on Monday. NATO said the plan would cost $4 million. He added that the work would "
        "start in May.",
        # not the sentence before
        "Hendry said the plan would cost $4 million. The council met on Monday. Rain fell all day. He added "
        "that the work would start in May.",
    ],
)
def test_a_one_word_name_is_no_persons_when_unsure(run, text):
    e = run(text)
    assert "Hendry" not in source_names(claim_with(e, "start in May"))
    assert "NATO" not in source_names(claim_with(e, "start in May"))


def test_a_later_indefinite_role_is_someone_new_not_the_role_met_before(run):
    e = run(
        "A spokesperson for the network operator said engineers could not climb poles. The Environment Agency "
        "said work on the scheme was on schedule. A spokesperson said the scheme had been redesigned in 2023."
    )
    assert source_names(claim_with(e, "redesigned")) == ["A spokesperson"]
