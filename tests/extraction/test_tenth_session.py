"""Rules added in the tenth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_each_named_speaker_of_a_coordination_is_a_source(run):
    e = run("Anna Berg and Tom Reyes said the bridge would reopen in May.")
    assert source_names(claim_with(e, "reopen in May")) == ["Anna Berg", "Tom Reyes"]


def test_a_list_of_named_speakers_read_as_an_apposition_is_each_a_source(run):
    e = run("Anna Berg, Tom Reyes and Lisa Wong told reporters the bridge would reopen in May.")
    assert source_names(claim_with(e, "reopen in May")) == ["Anna Berg", "Tom Reyes", "Lisa Wong"]


def test_a_speaker_and_the_role_in_apposition_stay_one_source(run):
    e = run("Anna Berg, the mayor, said the bridge would reopen in May.")
    assert source_names(claim_with(e, "reopen in May")) == ["Anna Berg"]
