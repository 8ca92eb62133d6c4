"""Rules added in the twenty-sixth session on the unseen reports. Sentences written for the tests."""

from claims.extraction.clean import find_furniture

from .conftest import claim_with, source_names


def test_a_clause_read_into_the_speakers_coordinated_subject_is_its_own_sentence(run):
    e = run(
        "OSLO (AP) — Tickets for the opening night of the band’s “Harbour” tour sold out Tuesday, and "
        "ticket agency Nordbillett said a second night in Oslo was added because of the demand."
    )
    assert source_names(claim_with(e, "second night in Oslo")) == ["Nordbillett"]
    assert source_names(claim_with(e, "sold out")) == []


def test_adding_to_a_thing_is_what_the_fact_does_not_words(run):
    e = run(
        "Rents rose 6% in the second quarter, adding to pressure on tenants. The landlord praised the "
        'staff, adding: "They worked all winter." Ana Obi denied the claim, adding that no money '
        "changed hands."
    )
    assert source_names(claim_with(e, "Rents rose")) == []
    assert not any("added to pressure" in c.text for c in e.claims)
    assert source_names(claim_with(e, "worked all winter")) == ["The landlord"]
    assert source_names(claim_with(e, "no money changed hands")) == ["Ana Obi"]


def test_a_dashed_clause_between_subject_and_verb_is_an_aside_not_what_was_said(run):
    e = run(
        "The mayor — she took office in May — said the ferry would run again in June. Each of the "
        "farmer’s four children — he has two daughters and two sons — wrote letters to the court."
    )
    assert source_names(claim_with(e, "ferry would run")) == ["The mayor"]
    assert not any(
        s.name.lower().startswith("letters") or "children" in s.name for c in e.claims for s in c.sources
    )


def test_a_figure_reported_in_a_with_clause_is_the_reporters(run):
    e = run(
        "Shares in Harwick Foods fell 3%, with the company reporting a loss of $40 million. "
        "Prices rose, with analysts warning that the outlook was weak. Sales rose, with demand strong."
    )
    assert source_names(claim_with(e, "loss of $40 million")) == ["the company"]
    assert source_names(claim_with(e, "outlook was weak")) == ["analysts"]
    assert source_names(claim_with(e, "Shares in Harwick")) == []


def test_what_reports_or_rumours_passed_round_say_is_theirs(run):
    e = run(
        "Reports emerged on Monday that the coach had resigned. Rumours circulated that the club would "
        "be sold. The virus spread that week."
    )
    assert source_names(claim_with(e, "coach had resigned")) == ["Reports"]
    assert source_names(claim_with(e, "club would be sold")) == ["Rumours"]
    assert source_names(claim_with(e, "virus spread")) == []


def test_a_reason_cited_is_the_one_citing_its(run):
    e = run(
        "Deputy Mayor Ana Obi, presiding in the absence of the mayor, cited the need for three more "
        "buses as the reason for the fare rise. The review cited 14 studies."
    )
    assert source_names(claim_with(e, "three more buses")) == ["Ana Obi"]
    assert source_names(claim_with(e, "14 studies")) == []


def test_making_much_of_something_and_announcing_a_launch_are_the_speakers(run):
    e = run(
        "Kettle chief executive Ana Obi unveiled the new laptops on Monday, emphasising their battery "
        "life. Obi also announced the launch of a new range of tablets."
    )
    assert source_names(claim_with(e, "battery life")) == ["Ana Obi"]
    assert source_names(claim_with(e, "launch of a new range")) == ["Ana Obi"]


def test_finance_disclaimers_labels_and_reposting_lines_are_furniture():
    text = (
        "Bakery chain sells out\n\n"
        "Episode Date: March 12, 2018\n\n"
        "The chain sold 4,000 loaves on Tuesday, its owner said.\n\n"
        "In this article:\n\n"
        "Author: Harwick Wire\n\n"
        "Related News:\n"
        "Dock workers reject offer, go on strike\n\n"
        "This article does not provide any financial advice and is not a recommendation to buy any "
        "security. Past performance is not an indicator of future performance.\n\n"
        "Past performance is no guarantee of future results.\n\n"
        "Originally published by Harwick Wire"
    )
    found = [text[s:e] for s, e in find_furniture(text)]
    for line in (
        "Episode Date: March 12, 2018",
        "In this article:",
        "Author: Harwick Wire",
        "Related News:",
        "Dock workers reject offer, go on strike",
        "Past performance is no guarantee of future results.",
        "Originally published by Harwick Wire",
    ):
        assert line in found
    assert any(f.startswith("This article does not provide any financial advice") for f in found)
    assert not any("4,000 loaves" in f for f in found)


def test_a_fund_saying_past_performance_is_no_guide_is_still_a_claim(run):
    e = run("The fund’s manager, Ana Obi, said past performance was not a guide to future returns.")
    assert source_names(claim_with(e, "past performance")) == ["Ana Obi"]
