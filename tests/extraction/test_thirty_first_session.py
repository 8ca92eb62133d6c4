"""Rules added in the thirty-first session on the unseen reports. Sentences written for the tests."""

import pytest

from claims.extraction.entities import kind_of_name

from .conftest import claim_with, source_names


@pytest.mark.parametrize(
    "name",
    [
        "The Office of the Chief Medical Examiner",
        "the Department of the Chief Fire Officer",
        "the Royal Prince Alfred Hospital",
        "HMS King George V",
        "the Office of Governor Ana Hale",
    ],
)
def test_a_title_inside_a_body_place_or_ships_name_is_no_person(name):
    assert kind_of_name(name) != "person"


def test_a_title_and_a_name_after_a_bodys_word_stay_a_person():
    assert kind_of_name("Police Chief Tomas Reyes") == "person"


def test_he_after_an_office_named_for_a_title_is_not_the_office(run):
    e = run(
        "The Office of the Chief Medical Examiner confirmed the death on Monday. "
        "He said the cause was a heart attack."
    )
    assert "The Office of the Chief Medical Examiner" not in source_names(claim_with(e, "heart attack"))


@pytest.mark.parametrize("date", ["Jan. 5, 2020,", "March 3 2015,", "May 1,"])
def test_a_country_a_date_and_a_verb_is_the_country_speaking(run, date):
    e = run(f"Kenya, {date} said the border would stay closed.")
    assert source_names(claim_with(e, "border would stay closed")) == ["Kenya"]


@pytest.mark.parametrize(
    "dateline",
    ["Nairobi, May 3, 2020 -", "Berlin, Jan. 12, 2021 (Reuters) –", "Arusha, April 30, 2010 (FH) -"],
)
def test_a_dated_dateline_with_a_year_is_furniture_and_the_speaker_after_it_speaks(run, dateline):
    e = run(f"{dateline} Kenya said the border would stay closed.")
    assert source_names(claim_with(e, "border would stay closed")) == ["Kenya"]
    assert not [c for c in e.claims if c.text.startswith(dateline.split(",")[0])]


@pytest.mark.parametrize(
    "before",
    [
        "The judge read the jury's verdict aloud",
        "The family's lawyer, Tom Reed, read a statement outside court",
        "Mr Obi received a letter from the council in March",
    ],
)
def test_words_read_out_or_received_before_a_dash_are_not_the_readers(run, before):
    e = run(f"{before} – “We find the defendant guilty.”")
    names = source_names(claim_with(e, "defendant guilty"))
    assert not {"the judge", "Tom Reed", "Mr Obi", "Obi"} & set(names)


def test_a_deed_before_a_dash_quotation_stays_a_claim(run):
    e = run("Striker Marcus Rashford scored twice in the final – “We deserved it.”")
    assert claim_with(e, "scored twice in the final")


def test_a_reflection_before_a_dash_still_only_introduces_the_quotation(run):
    e = run("Coach Ana Hale reflected on the result – “We worked hard for this.”")
    assert source_names(claim_with(e, "worked hard")) == ["Ana Hale"]


def test_a_capitals_dateline_with_an_agency_and_a_colon_is_no_speaker(run):
    e = run("NEW DELHI (PTI): Defence Minister Ana Rao has said that the armed forces are fully prepared.")
    assert source_names(claim_with(e, "fully prepared")) == ["Ana Rao"]


def test_a_time_clause_before_a_tag_whose_quotation_follows_is_the_narrations(run):
    e = run("When Tom Reyes's turn came, he said, “You have to keep two months in the fund.”")
    assert source_names(claim_with(e, "two months in the fund")) == ["Tom Reyes"]
    assert "turn came" not in claim_with(e, "two months in the fund").text


def test_a_condition_before_a_tag_with_no_quotation_stays_the_contents(run):
    e = run("If the deal fails, he said, the firm will close.")
    assert "deal fails" in claim_with(e, "firm will close").text


@pytest.mark.parametrize("marks", ["“{}”, read", "‘{}’, read", "“{},” read"])
def test_a_statement_read_after_a_quotation_with_the_comma_outside_speaks(run, marks):
    e = run(marks.format("Tom Reyes has failed a drug test") + " a statement from the club.")
    assert source_names(claim_with(e, "failed a drug test")) == ["the club"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reyes failed a drug test for a non-performance enhancing substance.",
        "Ana Obi did what the council asked her to do.",
        "Voters had sent a message that we need to hear.",
    ],
)
def test_a_claims_words_keep_the_reports_order(run, sentence):
    words = sentence.rstrip(".").split()
    assert any(c.text.split()[-4:] == words[-4:] for c in run(sentence).claims)
