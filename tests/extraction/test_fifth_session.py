"""Rules added in the fifth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_it_after_a_document_that_found_something_is_the_document(run):
    e = run(
        "The inspection found that the depot had stored fuel illegally. "
        "It also found that two tanks were leaking."
    )
    assert source_names(claim_with(e, "stored fuel illegally")) == ["inspection"]
    assert source_names(claim_with(e, "two tanks were leaking")) == ["inspection"]
    e = run(
        "A survey by Harbour University researchers found that most tenants pay too much. "
        "It also found that rents rose 9% in a year."
    )
    assert source_names(claim_with(e, "rents rose 9%")) == ["Harbour University researchers"]


def test_it_after_a_person_who_spoke_names_nobody(run):
    e = run("The mayor said the bridge was safe. It was built in 1932.")
    assert source_names(claim_with(e, "built in 1932")) == []
