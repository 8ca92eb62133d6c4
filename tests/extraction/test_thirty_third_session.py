"""Rules added in the thirty-third session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names


def test_an_outlet_in_lower_case_after_an_inverted_tag_is_the_source(run):
    e = run("The outage hit two million users across Europe on Monday, reports zdnet.")
    claim = claim_with(e, "two million users")
    assert source_names(claim) == ["zdnet"]
    assert "users across Europe" in claim.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Callers to the office were greeted by a recorded message: “The office is closed until May.”", []),
        ("Staff at the plant were warned: “The office is closed until May.”", []),
        ("Reporters were told by the mayor: “The office is closed until May.”", ["the mayor"]),
        ("Mayor Tom Hale was quoted as saying: “The office is closed until May.”", ["Tom Hale"]),
    ],
)
def test_a_passive_subject_before_a_colon_speaks_only_when_it_is_not_spoken_to(run, sentence, expected):
    e = run(sentence)
    assert source_names(claim_with(e, "closed until May")) == expected
