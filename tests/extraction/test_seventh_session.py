"""Rules added in the seventh session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_trailing_tag_the_parser_cut_off_at_a_comma_still_credits_what_came_before(run):
    e = run(
        "The worst-hit districts were in the west, and the number of dead could rise in the coming days, "
        "Bill Nidi Kfanal, the head of the country’s National Emergency Operation Centers, said on Monday."
    )
    assert source_names(claim_with(e, "worst-hit districts")) == ["Bill Nidi Kfanal"]
    assert source_names(claim_with(e, "number of dead could rise")) == ["Bill Nidi Kfanal"]
    assert not any(c.text.rstrip(".").endswith("said on Monday") for c in e.claims)


def test_said_by_telephone_is_how_not_who(run):
    e = run("The bridge will stay shut until March, Ms Ostby said by telephone.")
    assert source_names(claim_with(e, "bridge will stay shut")) == ["Ms Ostby"]
    e = run("The bridge will stay shut. Ms Ostby said by telephone on Friday.")
    assert source_names(claim_with(e, "bridge will stay shut")) == []
    assert not any("said by telephone" in c.text for c in e.claims)


def test_a_verb_that_says_more_than_saying_keeps_its_time(run):
    e = run("The count ended at midnight. Mr Dale conceded shortly after 8pm on Sunday.")
    assert claim_with(e, "conceded shortly after 8pm")
