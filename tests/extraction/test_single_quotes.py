"""Quotations in single quotation marks (British copy, American headlines), told from apostrophes.
Sentences written for the test."""

import pytest

from claims.extraction.single_quotes import as_double_quotes

from .conftest import claim_with, source_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘There was no cover-up,’ she said.", "“There was no cover-up,” she said."),
        ("'There was no cover-up,' she said.", '"There was no cover-up," she said.'),
        ("Mayor says 'no deal' on pay", 'Mayor says "no deal" on pay'),
        ("‘It is the teachers’ fault,’ he said.", "“It is the teachers’ fault,” he said."),
        ("‘We won’t stop,’ said Ray O’Neill.", "“We won’t stop,” said Ray O’Neill."),
    ],
)
def test_a_pair_of_single_marks_reads_as_double(text, expected):
    assert as_double_quotes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The players’ union said it would not strike.",
        "Sales fell in the ’90s, the company’s report said.",
        "They don’t agree, and O’Brien’s lawyers haven’t replied.",
        "It was the nurses' pay that the unions' leaders raised.",
        "The club said ‘we will appeal",  # opened inside a paragraph, never closed: left as it is
    ],
)
def test_apostrophes_and_unpaired_marks_are_left_alone(text):
    assert as_double_quotes(text) == text


def test_offsets_do_not_move():
    text = "‘We have lost the north,’ said the mayor. The players’ union agreed."
    assert len(as_double_quotes(text)) == len(text)


def test_a_british_quotation_paragraph_stays_in_its_speakers_mouth(run):
    e = run(
        "‘There has been no cover-up of any kind,’ said Councillor Ana Petrov. ‘The figures were "
        "published in March and anyone could read them.’"
    )
    assert source_names(claim_with(e, "no cover-up")) == ["Councillor Ana Petrov"]
    assert source_names(claim_with(e, "published in March")) == ["Councillor Ana Petrov"]


def test_a_british_quotation_after_a_colon_is_its_speakers(run):
    e = run("Ms Petrov told the BBC: ‘The closure saves the borough £900,000 a year.’")
    assert source_names(claim_with(e, "saves the borough")) == ["Ms Petrov"]


def test_typewriter_quotation_marks_read_as_double():
    text = "``We have tried to persuade him,'' he said."
    # one double mark a side, the second character a space, so offsets do not move
    assert as_double_quotes(text) == " “We have tried to persuade him,”  he said."
    assert len(as_double_quotes(text)) == len(text)


def test_typewriter_quotation_marks_leave_no_mark_in_the_claim(run):
    e = run("Killing hostages ``has now become part of our rules,'' said a pirate.")
    assert claim_with(e, "part of our rules").text == "Killing hostages has now become part of our rules"


def test_a_typewriter_quotation_paragraph_goes_on_in_its_speakers_voice(run):
    e = run(
        "``We have been trying to persuade the minister, he is unwilling,'' Ana Petrov said.\n\n"
        "``The minister's policies are exhausting teachers and disrupting education.''"
    )
    assert source_names(claim_with(e, "exhausting teachers")) == ["Ana Petrov"]
