"""Attribution of views, forecasts and statements the parser hides: stance verbs with an object,
a speech verb closing the sentence after a comma, "told X that ..." parsed as a description of X.
The sentences were written for these tests."""

import pytest

from .conftest import claim_with, source_names


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("The water board is projecting a £30m shortfall for next year.", "shortfall", "The water board"),
        ("Rural councillors privately fear a backlash over the closures.", "backlash", "Rural councillors"),
        ("Local officials regard the viaduct as a symbol of revival.", "symbol", "Local officials"),
        ("The firm's auditors flagged doubts over its cash position.", "cash", "firm's auditors"),
    ],
)
def test_a_view_or_forecast_held_by_a_body_is_credited_to_it(run, text, words, source):
    assert source_names(claim_with(run(text), words)) == [source]


def test_what_a_body_expects_is_credited_to_it(run):
    e = run("The brewer now expects annual sales to fall by 4%.")
    assert source_names(claim_with(e, "4%")) == ["The brewer"]


def test_a_passive_expectation_names_nobody(run):
    assert source_names(claim_with(run("The new bridge is expected to open in May."), "bridge")) == []


def test_a_speech_verb_closing_the_sentence_after_a_comma_credits_what_comes_before(run):
    e = run("The benefit held after researchers adjusted for age and income, the authors said.")
    claim = claim_with(e, "benefit held")
    assert source_names(claim) == ["authors"]
    assert "said" not in claim.text


def test_a_speech_verb_before_its_speaker_at_the_end_credits_what_comes_before(run):
    e = run("The scheme cut admissions by 12% in two years, said Dr Ana Ruiz, who led the work.")
    assert source_names(claim_with(e, "12%")) == ["Dr Ana Ruiz"]


def test_what_was_told_to_someone_is_the_tellers(run):
    e = run("Passengers tell pollsters that punctuality is their biggest worry.")
    claim = claim_with(e, "punctuality")
    assert source_names(claim) == ["Passengers"]
    assert claim.text == "Punctuality is their biggest worry"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "According to reports in Spain, the club has agreed to pay the striker £90,000 a week.",
            "£90,000",
            "reports",
        ),
        (
            "Firms have announced 800MW of new capacity in Wales, according to Gridline Analytics.",
            "800MW",
            "Gridline",
        ),
    ],
)
def test_according_to_names_the_source_of_a_cue_verb_with_nothing_to_introduce(run, text, words, source):
    assert source in source_names(claim_with(run(text), words))[0]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("The Rovers Supporters' Club welcomed the signing of the goalkeeper.", "welcomed", "Rovers"),
        ("The minister conceded shortly after 9pm on Monday.", "conceded", "The minister"),
        ("The harbour master defended the closure of the marina.", "defended", "The harbour master"),
    ],
)
def test_a_stance_taken_in_words_is_credited_to_whoever_took_it(run, text, words, source):
    assert source in source_names(claim_with(run(text), words))[0]


def test_a_figure_put_on_record_in_a_relative_clause_is_the_bodys(run):
    e = run("The club, which reported a pre-tax loss of £12m last season, must cut costs.")
    assert source_names(claim_with(e, "£12m")) == ["The club"]
    assert source_names(claim_with(e, "cut costs")) == []


def test_a_speech_verb_after_a_closing_quote_credits_the_quote_even_when_parsed_inside_it(run):
    e = run(
        "“We believe the inspectors have misread the rules, and we will ask for a new hearing,” "
        "the ferry firm's safety director, Paul Obi, wrote in a blog post. “Safety comes first.”"
    )
    for words in ("misread the rules", "new hearing", "Safety comes first"):
        claim = claim_with(e, words)
        assert source_names(claim) == ["Paul Obi"]
        assert "wrote" not in claim.text


def test_she_in_what_a_named_person_says_is_that_person_whatever_the_tagger_took_the_name_for(run):
    e = run(
        "Deputy Mayor Lina Vasquez-Ortiz, who represents the harbour ward, said she had asked the ferry "
        "firm to cut fares. “Our harbour is not a car park,” she said."
    )
    assert "Vasquez" in source_names(claim_with(e, "car park"))[0]
    assert "Vasquez" in claim_with(e, "cut fares").text


def test_a_clause_joined_by_a_bare_and_to_what_was_said_goes_on_with_it(run):
    e = run(
        "In a statement, the force said officers were called at 2.10pm and the driver was pronounced dead."
    )
    assert source_names(claim_with(e, "pronounced dead")) == ["the force"]


def test_a_clause_after_a_comma_and_is_the_reports_own(run):
    e = run("The company said it would appeal the ruling, and its shares fell 5% in early trading.")
    assert source_names(claim_with(e, "shares fell")) == []


@pytest.mark.parametrize(
    "text", ["Not everyone welcomed the new timetable.", "Nobody defended the closure of the pool."]
)
def test_an_indefinite_pronoun_names_no_source(run, text):
    assert all(source_names(c) == [] for c in run(text).claims)


def test_a_ruling_closing_the_sentence_credits_what_comes_before(run):
    e = run("The former mayor knowingly misled the planning committee, a high court judge has ruled.")
    assert source_names(claim_with(e, "misled")) == ["a high court judge"]


def test_a_relative_clause_in_quoted_words_is_the_speakers(run):
    e = run(
        "“The picture is not one of a treasurer overwhelmed by events, but of one who understood exactly "
        "what the figures meant,” the judge wrote."
    )
    assert all(source_names(c) == ["the judge"] for c in e.claims if "understood" in c.text)


def test_a_relative_clause_on_a_thing_a_source_speaks_of_is_the_sources(run):
    e = run(
        "The filing says the treasurer moved the losses into a dormant company, Harbour Holdings Ltd, "
        "which was left out of the accounts sent to the council."
    )
    assert source_names(claim_with(e, "left out of the accounts")) == ["filing"]


def test_a_gloss_of_a_person_inside_a_statement_is_the_reports(run):
    e = run("The mayor said Ana Ruiz, who ran the port authority until 2020, had misled the council.")
    assert source_names(claim_with(e, "ran the port authority")) == []


def test_the_owner_of_a_forecast_stated_as_is_that_says_what_follows(run):
    e = run("The airline’s latest estimate is that 40,000 passengers were affected.")
    assert source_names(claim_with(e, "40,000")) == ["The airline"]


def test_a_reason_given_with_citing_is_credited_to_whoever_gave_it(run):
    e = run("The Danish shipper Nordlys moved its accounts to a rival bank in May, citing repeated errors.")
    claim = claim_with(e, "repeated errors")
    assert "cited" in claim.text
    assert "Nordlys" in source_names(claim)[0]


def test_citing_under_a_speech_verb_still_names_a_second_source(run):
    e = run("The Herald, citing two officials, reported that the mayor would resign.")
    assert source_names(claim_with(e, "resign")) == ["Herald", "two officials"]


def test_a_fee_charged_is_no_accusation(run):
    e = run("Low emission zones charge the oldest vans a daily fee to enter the city.")
    assert source_names(claim_with(e, "daily fee")) == []


def test_a_charge_with_an_offence_is_an_accusation(run):
    assert source_names(claim_with(run("Prosecutors charged the treasurer with fraud."), "fraud")) == [
        "Prosecutors"
    ]


def test_what_a_body_declared_on_record_is_credited_to_it(run):
    e = run("The authors declared no conflicts of interest.")
    assert source_names(claim_with(e, "conflicts")) == ["authors"]


def test_a_second_speech_verb_with_its_own_that_clause_is_the_speakers_not_the_content_subjects(run):
    e = run(
        "Prof Ana Lind said the study was careful but cautioned that towns with zones may differ from others."
    )
    claim = claim_with(e, "may differ")
    assert claim.text == "Towns with zones may differ from others"
    assert source_names(claim) == ["Ana Lind"]


def test_a_speaker_inside_a_relative_clause_says_what_the_noun_described_did(run):
    e = run("The region has been hit hard by a drought that the central bank says cut growth to 0.8 percent.")
    claim = claim_with(e, "0.8 percent")
    assert claim.text == "A drought cut growth to 0.8 percent"
    assert "bank" in source_names(claim)[0]


def test_a_quotation_opened_after_the_speech_verb_goes_on_though_its_first_words_made_no_claim(run):
    e = run("Asked whether the plant would close, Obi said: “No. We have orders until 2027.”")
    assert source_names(claim_with(e, "orders until 2027")) == ["Obi"]
    assert [c.text for c in e.claims if c.duplicate_of is None] == ["We have orders until 2027"]


def test_a_speech_verb_the_parser_hung_on_its_speaker_is_still_the_predicate(run):
    e = run(
        "Kemi Obi, the port's chief executive, posted on LinkedIn that the terminal would reopen on Friday."
    )
    claim = claim_with(e, "reopen")
    assert claim.text == "The terminal would reopen on Friday"
    assert source_names(claim) == ["Kemi Obi"]


def test_a_refusal_after_what_was_said_is_the_speakers_act_not_the_content_subjects(run):
    e = run("A council spokesman said the complaint was being assessed and declined to comment further.")
    claim = claim_with(e, "declined")
    assert claim.text == "A council spokesman declined to comment further"
    assert source_names(claim) == []


def test_a_passive_accusation_sharing_the_first_verbs_passive_names_no_accuser(run):
    e = run("Ana Berg, who ran the bank until 2019, was arrested on Monday and charged with fraud.")
    claim = claim_with(e, "charged with fraud")
    assert claim.text == "Ana Berg was charged with fraud"
    assert source_names(claim) == []


def test_the_one_told_read_as_the_content_is_left_out_of_what_was_told(run):
    e = run("The mayor told BBC Radio Leeds that the bridge would reopen in March.")
    claim = claim_with(e, "reopen")
    assert claim.text == "The bridge would reopen in March"
    assert source_names(claim) == ["The mayor"]


def test_a_group_the_parser_splits_into_two_subjects_keeps_every_word(run):
    e = run("Several in-post and former US, European and Russian officials said the calls had continued.")
    names = source_names(claim_with(e, "continued"))
    assert names == ["Several in-post and former US, European and Russian officials"]


def test_it_judged_true_is_not_the_speaker(run):
    claim = claim_with(run("Hill said it was true."), "true")
    assert claim.text == "It was true"
    assert source_names(claim) == ["Hill"]


def test_an_age_named_as_the_speaker_keeps_its_number(run):
    e = run("The 61-year-old also denied knowing the officials.")
    assert source_names(claim_with(e, "denied knowing")) == ["The 61-year-old"]


def test_a_reason_given_with_blaming_is_credited_to_whoever_gave_it(run):
    e = run(
        "The authority says it must find £9m of savings next year, blaming rising demand for social care."
    )
    claim = claim_with(e, "rising demand")
    assert claim.text == "The authority blamed rising demand for social care"
    assert source_names(claim) == ["The authority"]


@pytest.mark.parametrize(
    ("text", "claim_text", "source"),
    [
        (
            "She said the council had spent £3m on consultants, a figure the council disputed.",
            "The council disputed a figure",
            "the council",
        ),
        (
            "The club was fined £40,000 last month, a charge the club admitted.",
            "The club admitted a charge",
            "the club",
        ),
    ],
)
def test_a_stance_on_the_noun_summing_up_a_clause_is_a_claim_of_its_own(run, text, claim_text, source):
    e = run(text)
    claim = claim_with(e, claim_text)
    assert claim.text == claim_text
    assert source_names(claim) == [source]
    assert all(not c.text.endswith(", a figure") and not c.text.endswith(", a charge") for c in e.claims)


def test_what_a_speaker_in_a_relative_clause_says_of_the_noun_described_is_theirs(run):
    e = run("The budget cuts £1m of subsidies for rural buses, which the council says carry few passengers.")
    claim = claim_with(e, "few passengers")
    assert claim.text == "Rural buses carry few passengers"
    assert source_names(claim) == ["the council"]
    assert source_names(claim_with(e, "budget cuts")) == []


def test_what_records_are_said_to_show_is_credited_to_the_records(run):
    e = run("The committee had obtained brokerage records showing that the senator bought $250,000 of stock.")
    claim = claim_with(e, "$250,000")
    assert claim.text == "The senator bought $250,000 of stock"
    assert source_names(claim) == ["brokerage records"]
    assert claim_with(e, "obtained").text == "The committee had obtained brokerage records"


def test_a_scene_setting_participle_read_as_the_subject_gives_way_to_the_speaker_named_in_it(run):
    e = run(
        "Speaking in Oslo, Norway's energy minister, Ola Berg, a close ally of the prime minister, "
        "dismissed Swedish figures showing that the pipeline had cut gas flows by 30 percent."
    )
    assert all(source_names(c) == ["Ola Berg"] for c in e.claims if "30 percent" in c.text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Analysts had expected £2.5bn, according to data compiled by Ledgerline.", "Ledgerline"),
        (
            "Support for the party fell to 18%, according to a poll conducted by the Civic Institute.",
            "Civic Institute",
        ),
    ],
)
def test_data_compiled_or_a_poll_conducted_by_a_body_is_credited_to_the_body(run, text, source):
    assert source in source_names(run(text).claims[0])[0]


def test_an_agentless_expectation_in_a_relative_clause_names_nobody(run):
    e = run("The inquiry, which is expected to last six weeks, resumes on Monday.")
    assert source_names(claim_with(e, "six weeks")) == []


def test_a_speech_act_without_a_clause_is_its_speakers(run):
    e = run("Prof Ben Ode described the study as careful but warned against drawing firm conclusions.")
    assert source_names(claim_with(e, "warned against")) == ["Prof Ben Ode"]


def test_what_a_body_advises_or_its_guidance_recommends_is_credited_to_it(run):
    assert source_names(claim_with(run("The college advises parents to switch off screens."), "screens")) == [
        "The college"
    ]
    e = run("Current guidance from the Royal College recommends that children get nine hours of sleep.")
    assert source_names(claim_with(e, "nine hours")) == ["the Royal College"]


def test_a_quotation_whose_verb_the_parser_missed_is_the_speakers_and_goes_on(run):
    e = run(
        "“A dry summer flatters everyone’s numbers,” said Tamsin Hale, the trust’s director of campaigns. "
        "“The pipes are still leaking.”"
    )
    assert source_names(claim_with(e, "dry summer")) == ["Tamsin Hale"]
    assert source_names(claim_with(e, "still leaking")) == ["Tamsin Hale"]


def test_a_first_conjunct_read_as_what_the_speech_verb_introduces_is_the_reports_and_names_the_speaker(run):
    e = run(
        "Ana Ruiz, a chemical engineer, is unapologetic about the ban but, unusually for a water boss, "
        "concedes that her company has not done enough to stop leaks."
    )
    assert source_names(claim_with(e, "not done enough")) == ["Ana Ruiz"]
    assert source_names(claim_with(e, "unapologetic")) == []


def test_a_second_that_clause_after_but_is_still_what_was_said(run):
    e = run(
        "Sofie Lind said the coalition would survive until the vote, but that “the relationship is damaged”."
    )
    assert source_names(claim_with(e, "relationship is damaged")) == ["Sofie Lind"]


def test_calling_on_someone_to_act_is_the_callers(run):
    e = run("Opposition leader Jonas Berg called on the minister to resign before the vote.")
    assert source_names(claim_with(e, "resign")) == ["Jonas Berg"]
