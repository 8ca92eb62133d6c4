"""A sentence going on with a speaker's account without a speech verb: carried over only when it
weighs what might happen, in the same paragraph, with no new attribution or named actor. Sentences
written for the test."""

from .conftest import claim_with, source_names

RISKS = "Drilling near the coast would pose several risks, geologists say. "


def test_hedged_sentence_after_a_speaker_goes_on_in_their_voice(run):
    e = run(RISKS + "Fish stocks could be harmed, and tourism could suffer.")
    assert source_names(claim_with(e, "Fish stocks could be harmed")) == ["geologists"]
    assert source_names(claim_with(e, "tourism could suffer")) == ["geologists"]


def test_a_chain_of_hedged_sentences_keeps_the_speaker(run):
    e = run(RISKS + "Fish stocks could be harmed. In addition, nearby towns might lose their water.")
    assert source_names(claim_with(e, "lose their water")) == ["geologists"]


def test_a_plain_fact_after_a_speaker_stays_the_reports(run):
    e = run(RISKS + "The first well was drilled in 2019.")
    assert source_names(claim_with(e, "first well was drilled")) == []


def test_a_hedged_sentence_in_the_next_paragraph_stays_the_reports(run):
    e = run(RISKS + "\n\nFish stocks could be harmed by the warmer water.")
    assert source_names(claim_with(e, "Fish stocks could be harmed")) == []


def test_a_named_actor_after_a_speaker_stays_the_reports(run):
    e = run(RISKS + "Northgate Energy could start drilling next spring.")
    assert source_names(claim_with(e, "start drilling")) == []


def test_a_hedged_sentence_after_a_quotation_is_left_to_the_quotation_rules(run):
    e = run('"The coast is fragile," said geologist Ana Ruiz. Fish stocks could be harmed.')
    assert source_names(claim_with(e, "Fish stocks could be harmed")) == []


LIST = "Labour minister Dara Quinn said there are two reasons the government would call a snap vote.\n\n"


def test_items_of_a_list_a_speaker_announced_are_theirs(run):
    e = run(
        LIST + "The first is that dozens of its own lawmakers voted against the budget.\n\n"
        "The other reason was that the coalition needs a new mandate for the reforms."
    )
    assert source_names(claim_with(e, "voted against the budget")) == ["Dara Quinn"]
    assert source_names(claim_with(e, "new mandate")) == ["Dara Quinn"]


def test_an_ordinal_that_takes_up_no_list_stays_the_reports(run):
    e = run(LIST + "The second round of the talks was held in Oslo.")
    assert source_names(claim_with(e, "held in Oslo")) == []


def test_an_item_of_a_list_nobody_announced_stays_the_reports(run):
    e = run(
        "The council set out two options for the site.\n\n"
        "The first is that the library moves into the old bank."
    )
    assert source_names(claim_with(e, "old bank")) == []


def test_a_hedged_clause_after_a_dash_goes_on_with_the_statement(run):
    e = run(
        "Two published accounts have reported that the results may be weaker than the authors "
        "acknowledged - essentially, instead of being 31 per cent better than nothing, the drug "
        "might be only 26 per cent better."
    )
    assert source_names(claim_with(e, "26 per cent")) == ["Two published accounts"]
