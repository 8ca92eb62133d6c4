"""Condemning in words ("slammed X as Y") is its speaker's statement, as "criticised" and
"condemned" are. Sentences written for the test."""

from .conftest import claim_with, source_names


def test_slamming_something_as_wrong_is_the_speakers(run):
    e = run(
        "Ferry spending under fire\n\n"
        "The state auditors slammed as reckless the ministry's spending on ferries."
    )
    assert source_names(claim_with(e, "spending on ferries")) == ["state auditors"]
