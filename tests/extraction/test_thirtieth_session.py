"""Rules added in the thirtieth session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names


@pytest.mark.parametrize(
    "sentence",
    [
        'Portions of the statement read: "The plant never stored the waste on site."',
        "Part of the letter said the plant never stored the waste on site.",
        "An excerpt from the report says the plant never stored the waste on site.",
    ],
)
def test_a_part_of_a_document_is_the_document_speaking(run, sentence):
    e = run(sentence)
    names = source_names(claim_with(e, "never stored the waste"))
    assert len(names) == 1 and names[0].split()[-1] in {"statement", "letter", "report"}


def test_a_part_of_a_place_is_not_made_a_document(run):
    e = run("Parts of the valley said the water was brown for a week.")
    assert "valley" not in [
        n.split()[-1] for n in source_names(claim_with(e, "water was brown")) if n[:5] != "Parts"
    ]


@pytest.mark.parametrize("opening", ["The statement read:", "The letter read, in part:"])
def test_a_document_that_reads_words_is_no_claim_of_its_own(run, opening):
    e = run(f'{opening} "The plant never stored the waste on site."')
    assert [c.text for c in e.claims if "read" in c.text.split()] == []
    assert source_names(claim_with(e, "never stored the waste")) != []


def test_a_sign_that_reads_a_word_is_left_a_claim(run):
    e = run('The sign read "Closed" when inspectors arrived on Monday.')
    assert claim_with(e, "inspectors arrived")


def test_a_deed_before_another_in_a_list_is_not_what_the_second_says(run):
    e = run(
        "Tributes came in on Sunday. Lena Moss posted a photo from the final, Ravi Tan called him a "
        "genius, and Ola Berg praised his courage."
    )
    assert source_names(claim_with(e, "posted a photo")) == []
    assert source_names(claim_with(e, "genius")) == ["Ravi Tan"]


@pytest.mark.parametrize(
    "tag", ["Lena Moss told staff on Monday", "Lena Moss said Monday", "the firm said in a filing"]
)
def test_words_before_a_tag_with_a_listener_or_a_day_stay_the_speakers(run, tag):
    e = run(f"The plant will close in May, {tag}.")
    assert source_names(claim_with(e, "plant will close")) in (["Lena Moss"], ["the firm"])
