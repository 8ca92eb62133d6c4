"""Rules added in the twelfth session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names

AFTER_AN_INTRODUCTION = (
    "Flooding shuts roads across the county\n\n"
    "{line}\n\n"
    "Deputies arrested a 34-year-old man on Friday. He was charged with burglary.\n\n"
    "In other news, the county fair opened on Sunday."
)


@pytest.mark.parametrize(
    "line, body",
    [
        ("The county sheriff's office released the following statement:", "The county sheriff's office"),
        ("Below is the full statement from the sheriff's office:", "the sheriff's office"),
        (
            "We are keeping you up to date. Here is the latest update from the Lakeside Police Department:",
            "the Lakeside Police Department",
        ),
    ],
)
def test_a_paragraph_a_colon_gives_to_a_body_is_that_bodys_words_and_the_line_is_no_claim(run, line, body):
    e = run(AFTER_AN_INTRODUCTION.format(line=line))
    assert source_names(claim_with(e, "arrested a 34-year-old man")) == [body]
    assert source_names(claim_with(e, "charged with burglary")) == [body]
    assert source_names(claim_with(e, "county fair opened")) == []
    assert not any("statement" in c.text or "update from" in c.text for c in e.claims)


def test_a_statement_given_with_no_colon_does_not_take_the_next_paragraph(run):
    e = run(
        AFTER_AN_INTRODUCTION.format(
            line="The sheriff's office released a statement on the arrest on Monday."
        )
    )
    assert source_names(claim_with(e, "arrested a 34-year-old man")) == []


def test_a_description_before_the_name_is_part_of_the_subject_who_announces(run):
    e = run(
        "Open-source analytics startup Kettle Labs announced Friday that it raised $4 million in seed "
        "funding from a group of investors."
    )
    assert source_names(claim_with(e, "raised $4 million")) == ["Kettle Labs"]


def test_a_name_in_what_a_speech_tag_says_is_no_rival_to_the_one_who_said_it(run):
    e = run(
        "The firm was founded in 2019 by Omar Reyes and Lena Park. Chief executive Reyes said he and Park "
        "had worked on the idea for years.\n\n"
        "The problem with what Reyes called the old process is that developers waited for hours. Instead, "
        "Kettle Cloud connects directly to the server so that code can be tested at once, he added."
    )
    assert source_names(claim_with(e, "connects directly to the server")) == ["Omar Reyes"]


def test_findings_that_show_are_a_document_not_the_report(run):
    e = run("The findings showed that patients who walked daily had a 30 percent lower risk of stroke.")
    assert source_names(claim_with(e, "30 percent lower risk")) != []
