"""Rules added in the twenty-first session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_clause_saying_which_one_is_meant_is_part_of_what_was_said(run):
    e = run(
        "A courier who rammed a parked van was carrying three stolen phones when he was stopped, Dunmore "
        "police said.\n\n"
        "The driver is a 44-year-old woman who remains in hospital in stable condition, police said."
    )
    assert source_names(claim_with(e, "rammed a parked van")) == ["Dunmore police"]
    assert source_names(claim_with(e, "remains in hospital")) == ["police"]


def test_a_clause_glossing_a_named_person_or_after_a_comma_stays_the_reports(run):
    e = run(
        "The driver, who remains in hospital, was a courier for Velto, police said.\n\n"
        "The van belonged to Marta Quill who runs a bakery on the square, police said."
    )
    assert source_names(claim_with(e, "remains in hospital")) == []
