"""Rules added in the twenty-fifth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_sentence_breaking_down_what_was_just_counted_goes_on_with_who_counted_it(run):
    e = run(
        "The Harwick health department reported 120 new cases on Tuesday. Of those, 30 were in Kent "
        "County.\n\n"
        "The council said it had received 40 complaints. Among them, nine came from one street.\n\n"
        "Police arrested 14 people on Friday. Of those, eight were charged."
    )
    assert source_names(claim_with(e, "30 were in Kent")) == ["The Harwick health department"]
    assert source_names(claim_with(e, "nine came from")) == ["The council"]
    # the report's own count broken down stays the report's
    assert source_names(claim_with(e, "eight were charged")) == []
