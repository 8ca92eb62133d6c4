"""A that-clause the parser hung on the participle describing the statement ("said in a notice
posted to its website that ...") is what was said. Sentences written for the test."""

from .conftest import claim_with, source_names

HEAD = "Ferry line in trouble\n\n"


def test_a_that_clause_hung_on_the_statement_posted_online_is_what_was_said(run):
    e = run(
        HEAD + "Nordline Ferries, which runs more than 60 ferries and other vessels, "
        "including four in Norway, said in a brief notice posted to its website Sunday "
        "that its booking system was offline and staff were taking bookings by phone."
    )
    assert source_names(claim_with(e, "booking system was offline")) == ["Nordline Ferries"]
