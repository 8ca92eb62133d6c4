"""A paragraph of first-person words signed by a name with who they are is that person's; a
subhead in capitals run into a paragraph is furniture. Sentences written for the test."""

from claims.extraction.clean import find_furniture

from .conftest import claim_with, source_names

HEAD = "Forest reserves shrink\n\nThe survey found that the reserves lost a tenth of their area.\n\n"
SIGNED = (
    "We have to make sure that the remaining reserves are closed to logging. "
    "Roads and pipelines cut the forest into pieces that are too small for the deer. "
    "ANA RUIZ, director of the Lisbon-based Forest Trust."
)


def test_first_person_words_signed_with_a_name_are_the_signers(run):
    e = run(HEAD + SIGNED)
    assert source_names(claim_with(e, "remaining reserves are closed")) == ["ANA RUIZ"]
    assert source_names(claim_with(e, "cut the forest into pieces")) == ["ANA RUIZ"]


def test_a_paragraph_in_the_third_person_ending_with_a_name_is_not_signed(run):
    e = run(
        HEAD + "Roads and pipelines cut the forest into pieces that are too small for the deer. "
        "ANA RUIZ, director of the Lisbon-based Forest Trust."
    )
    assert source_names(claim_with(e, "cut the forest into pieces")) == []


def test_a_capitals_subhead_run_into_a_paragraph_is_furniture():
    text = HEAD + "THREATS TO THE FOREST On one hand, the reserves are larger than before."
    assert [text[s:e] for s, e in find_furniture(text)] == ["THREATS TO THE FOREST "]
