"""Rules added in the ninth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_which_standing_for_a_plain_noun_infers_and_does_not_speak(run):
    e = run(
        'A council spokesman said: "Bus lanes have cut journey times by a fifth. '
        "Ridership has risen at record rates of growth, which shows the network is finally working. "
        'We will extend the lanes to three more routes by 2027."'
    )
    assert source_names(claim_with(e, "network is finally working")) == ["A council spokesman"]
    assert source_names(claim_with(e, "three more routes")) == ["A council spokesman"]


def test_which_after_a_whole_clause_infers_too(run):
    e = run("Sales fell for a third month in March, which suggests demand is cooling.")
    assert source_names(claim_with(e, "demand is cooling")) == []


def test_which_standing_for_a_document_still_speaks(run):
    e = run("The council published an audit on Monday, which shows the depot lost $2m last year.")
    assert source_names(claim_with(e, "depot lost")) != []
