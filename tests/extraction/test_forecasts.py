"""Forecasts in words: who expects or predicts, and the claim kept whole when its content is an
infinitive. Sentences written for the test."""

from .conftest import claim_with, source_names


def test_an_infinitive_expectation_is_kept_whole_and_credited(run):
    e = run("Traders expect the reserve bank to cut its main rate again in March.")
    claim = claim_with(e, "cut its main rate")
    assert claim.text.startswith("Traders expect")
    assert source_names(claim) == ["Traders"]
    assert claim.kind == "prediction"


def test_predicting_a_figure_is_the_forecasters_claim(run):
    e = run("Economists surveyed by the bank predict inflation of 3.1 percent next year.")
    claim = claim_with(e, "inflation of 3.1 percent")
    # the bank's survey, citing the economists it asked
    assert source_names(claim) == ["the bank", "Economists"]
    assert claim.kind == "prediction"


def test_what_happened_as_expected_is_no_forecast(run):
    e = run("Quarterly profit at the brewer rose 12 percent, better than forecast.")
    assert claim_with(e, "rose 12 percent").kind == "fact"


def test_a_passive_forecast_is_a_prediction_with_nobody_named(run):
    e = run("Unemployment is forecast to rise to 6 percent by the end of the year.")
    claim = claim_with(e, "Unemployment")
    assert claim.kind == "prediction"
    assert source_names(claim) == []


def test_a_count_defined_by_a_relative_clause_is_no_claim_of_its_own(run):
    e = run("Nine economists of 20 who took part said they expected a cut in March.")
    assert not any(c.text.startswith("20 took part") for c in e.claims)


def test_reiterating_is_saying_again(run):
    e = run("The central bank reiterated on Tuesday that it would keep rates on hold until June.")
    assert source_names(claim_with(e, "keep rates on hold")) == ["The central bank"]


def test_an_auxiliary_standing_for_a_verb_phrase_is_no_claim(run):
    e = run("The council said the library would reopen by June, and it did.")
    assert [c.text for c in e.claims if c.text.lower().rstrip(".") in {"it did", "and it did"}] == []
    assert claim_with(e, "library would reopen")


def test_a_participle_set_off_by_commas_is_a_fact_of_its_own(run):
    e = run("The marches, organized by unions and farmers' groups, brought 60,000 people onto the streets.")
    assert claim_with(e, "organized by unions").text.startswith("The marches were organized by unions")
    assert claim_with(e, "brought 60,000 people")


def test_a_participle_without_commas_only_says_which_are_meant(run):
    e = run("Internal figures seen by the Guardian show that sales fell by a third.")
    assert not any(c.text.startswith("Internal figures were seen") for c in e.claims)


def test_an_editors_square_brackets_stay_inside_the_sentence(run):
    e = run('Ana Ruiz accused the board of trying to "prepare the town [Ashby] to accept the closure."')
    assert claim_with(e, "accept the closure").text.count("Ashby") == 1
    assert not any(c.text.startswith("Ashby") for c in e.claims)


def test_wanting_not_to_be_named_is_a_note_on_sourcing(run):
    e = run("About 800 people joined the march, said an official who didn't want to be named.")
    assert not any("want to be named" in c.text for c in e.claims)


def test_those_who_after_a_comma_say_which_ones_are_meant(run):
    e = run("Police want to hear from anyone who saw it, particularly those who were driving on Mill Road.")
    assert not any(c.text.startswith("Those were driving") for c in e.claims)


def test_a_coordination_without_a_link_is_a_misparse_not_a_second_claim(run):
    e = run("Officials have widened the list of places residents in two towns may have been exposed.")
    assert not any(c.text.startswith("Officials may have been exposed") for c in e.claims)


def test_a_clause_after_because_or_after_with_its_own_subject_is_a_second_claim(run):
    e = run("About 150 migrants remain at the crossing after border officers said the port was full.")
    assert source_names(claim_with(e, "port was full")) == ["border officers"]
    assert claim_with(e, "remain at the crossing").text.startswith("About 150 migrants remain")


def test_when_without_a_comma_only_says_when(run):
    e = run("The bridge was sound when engineers last inspected it.")
    assert len([c for c in e.claims if "bridge" in c.text or "engineers" in c.text]) == 1


def test_a_short_parenthesis_inside_a_quotation_keeps_it_one_sentence(run):
    e = run(
        '"There is a risk of the deal failing and (Prime Minister Ana) Ruiz walking away," '
        "Tom Berg, of the Hale Institute, told AFP."
    )
    quoted = [c for c in e.claims if "walking away" in c.text or "deal" in c.text]
    assert quoted and all(source_names(c) == ["Tom Berg"] for c in quoted)


def test_a_parenthesis_after_a_full_stop_is_a_sentence_of_its_own(run):
    e = run("The plan failed. (The council declined to comment.) Residents were angry.")
    assert claim_with(e, "Residents were angry")
