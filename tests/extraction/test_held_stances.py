"""A stance held or voiced without a speech verb ("scientists are concerned about ...",
"observers expressed concern at ...") is the holder's. Sentences written for the test."""

from .conftest import claim_with, source_names


def test_being_concerned_about_something_is_the_holders_stance(run):
    e = run("Geologists are concerned about the cracks because the dam may not hold another winter.")
    assert source_names(claim_with(e, "concerned about the cracks")) == ["Geologists"]


def test_expressing_concern_is_the_holders_stance(run):
    e = run("Independent monitors have expressed concern at the army's use of force in the capital.")
    assert source_names(claim_with(e, "use of force")) == ["Independent monitors"]


def test_being_unconvinced_is_the_holders_stance(run):
    e = run("Coach Mark Ellery was unconvinced by his side's performance on Saturday.")
    assert source_names(claim_with(e, "unconvinced")) == ["Mark Ellery"]


def test_a_thing_described_by_an_adjective_is_no_stance(run):
    e = run("The old bridge is unsafe for heavy lorries.")
    assert source_names(claim_with(e, "unsafe")) == []


def test_raising_a_figure_is_no_stance(run):
    e = run("The council raised parking fees by 4 percent in March.")
    assert source_names(claim_with(e, "parking fees")) == []


def test_what_seemed_so_to_someone_is_their_view(run):
    e = run("To many investors it appeared that the worst of the slump was over.")
    assert source_names(claim_with(e, "worst of the slump")) == ["many investors"]


def test_what_seemed_so_to_nobody_in_particular_stays_the_reports(run):
    e = run("It seemed that the worst of the storm had passed.")
    assert source_names(claim_with(e, "worst of the storm")) == []
