"""Rules added in the fourth session on the unseen reports: more verbs of saying, and sources that
are no source. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_verbs_of_affirming_and_divulging_attribute_their_clause(run):
    e = run(
        "The regional commissioner has affirmed that the border posts will stay open. "
        "He also divulged that the county will hold a security meeting in May. "
        "The inspectorate has uncovered that three schools kept no accounts."
    )
    assert source_names(claim_with(e, "border posts will stay open")) == ["The regional commissioner"]
    assert source_names(claim_with(e, "security meeting in May")) == ["The regional commissioner"]
    assert source_names(claim_with(e, "kept no accounts")) == ["The inspectorate"]


def test_expressing_a_feeling_is_a_statement_but_expressing_milk_is_not(run):
    e = run(
        "Mayor Lena Ortiz expressed her concern over the bus cuts. The farmer expressed milk from the goat."
    )
    assert source_names(claim_with(e, "bus cuts")) == ["Lena Ortiz"]
    assert source_names(claim_with(e, "milk from the goat")) == []
