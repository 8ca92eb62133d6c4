"""A commitment made in words ("vowed to", "pledged to") is its maker's statement; the same verb
with a thing pledged is an act the report tells. Sentences written for the test."""

from .conftest import claim_with, source_names

HEAD = "Ferry line in trouble\n\n"


def test_vowing_to_do_something_is_the_speakers(run):
    e = run(HEAD + "Transport Minister Rosa Ahl vowed to restore the winter timetable before Christmas.")
    assert source_names(claim_with(e, "restore the winter timetable")) == ["Rosa Ahl"]


def test_pledging_to_do_something_is_the_speakers(run):
    e = run(HEAD + "The operator Nordline pledged to refund every cancelled crossing within a month.")
    assert source_names(claim_with(e, "refund every cancelled crossing")) == ["Nordline"]


def test_a_pledged_sum_is_the_reports_account_of_an_act(run):
    e = run(HEAD + "The regional council pledged $5 million for new mooring posts in March.")
    assert source_names(claim_with(e, "new mooring posts")) == []
