"""A list that a speaker's line opens with a colon is the speaker's, item by item, until the list
ends. Reports written for the test."""

from .conftest import claim_with, source_names


def test_items_under_a_bodys_statement_are_the_bodys(run):
    e = run(
        "Flood hits town\n\n"
        "The fire service has released a statement:\n\n"
        "– At least 12 people were rescued from cars\n\n"
        "– Two bridges have been closed\n\n"
        "The river is expected to peak overnight, forecasters said."
    )
    assert source_names(claim_with(e, "12 people were rescued")) == ["The fire service"]
    assert source_names(claim_with(e, "bridges have been closed")) == ["The fire service"]
    assert source_names(claim_with(e, "river is expected to peak")) == ["forecasters"]


def test_a_list_ends_where_something_was_cut_out_between(run):
    e = run(
        "Live updates\n\n"
        "The mayor has released a statement:\n\n"
        "17:51 UPDATE\n\n"
        "– Two roads have been closed near the station"
    )
    assert source_names(claim_with(e, "roads have been closed")) == []


def test_what_we_list_is_the_reports_own(run):
    e = run("Storm latest\n\nHere is what we know:\n\n– Power is out in 4,000 homes")
    assert source_names(claim_with(e, "Power is out")) == []


def test_findings_listed_after_among_their_findings_are_the_researchers(run):
    e = run(
        "Teen births rise again\n\n"
        "Health agency researchers analysed national data from 2002 to 2007. Among their findings:\n"
        "- In 2004, there were about 745,000 pregnancies among females younger than 20. This included "
        "16,000 pregnancies among girls aged 10 to 14.\n"
        "- Syphilis cases among young people have increased.\n"
        "The mayor said the city would open two new clinics."
    )
    for words in ("745,000 pregnancies", "16,000 pregnancies", "Syphilis cases"):
        assert "Health agency researchers" in source_names(claim_with(e, words))
    assert source_names(claim_with(e, "two new clinics")) == ["The mayor"]
