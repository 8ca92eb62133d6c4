"""Rules added in the fifth session on the unseen reports. Sentences written for the tests."""

import pytest

from claims.extraction.clean import find_furniture

from .conftest import claim_with, source_names


def test_it_after_a_document_that_found_something_is_the_document(run):
    e = run(
        "The inspection found that the depot had stored fuel illegally. "
        "It also found that two tanks were leaking."
    )
    assert source_names(claim_with(e, "stored fuel illegally")) == ["inspection"]
    assert source_names(claim_with(e, "two tanks were leaking")) == ["inspection"]
    e = run(
        "A survey by Harbour University researchers found that most tenants pay too much. "
        "It also found that rents rose 9% in a year."
    )
    assert source_names(claim_with(e, "rents rose 9%")) == ["Harbour University researchers"]


def test_it_after_a_person_who_spoke_names_nobody(run):
    e = run("The mayor said the bridge was safe. It was built in 1932.")
    assert source_names(claim_with(e, "built in 1932")) == []


def test_a_capitals_dateline_with_a_plain_hyphen_is_furniture():

    text = "Crossings rise\n\nOSLO - More than 3,000 people crossed the border, the agency said."
    assert [text[a:b] for a, b in find_furniture(text)] == ["OSLO - "]
    text = "Crossings rise\n\nUS - China talks resumed on Monday, officials said."
    assert not find_furniture(text)


@pytest.mark.parametrize("name", ["Carl Sims", "Neil Banks"])
def test_a_surname_the_tagger_took_for_a_noun_is_still_the_person_a_later_he_means(run, name):
    surname = name.split()[1]
    e = run(
        f"Marcus Dole, 30, faces life in prison. The prosecutor said Dole and another man, {name}, had "
        f"planned the robbery. {surname}, also 30, fired the shots. He pleaded guilty in March."
    )
    assert claim_with(e, "pleaded guilty").text == f"{name} pleaded guilty in March"


def test_a_speakers_post_is_a_claim_of_its_own_in_the_reports_voice(run):
    e = run('"Rates will fall," said Dana Moss, chief economist at Harbour Bank.')
    assert source_names(claim_with(e, "chief economist at Harbour Bank")) == []
    assert "Dana Moss" in claim_with(e, "chief economist at Harbour Bank").text
    assert source_names(claim_with(e, "Rates will fall")) == ["Dana Moss"]


def test_a_name_with_slashes_hung_on_its_last_letter_stays_whole(run):
    e = run("Analysts had expected a profit of $2.10 a share, according to Thomson Reuters I/B/E/S.")
    assert source_names(claim_with(e, "expected a profit")) == ["Thomson Reuters I/B/E/S."]


def test_it_said_after_a_body_that_is_the_subject_of_its_own_sentence_is_that_body(run):
    e = run(
        "Hackers leaked the files, according to a Daily Ledger report. Harbour Holdings did not confirm "
        "the hackers' claims, however it said it is reviewing the validity of the leaked data."
    )
    assert source_names(claim_with(e, "reviewing the validity")) == ["Harbour Holdings"]
    assert "Harbour Holdings" in claim_with(e, "reviewing the validity").text
    assert source_names(claim_with(e, "did not confirm")) == []


def test_a_time_phrase_deep_in_a_speakers_description_is_not_part_of_its_name(run):
    e = run("The alliance of six opposition parties on Thursday said the vote count had been rigged.")
    assert source_names(claim_with(e, "vote count had been rigged")) == [
        "The alliance of six opposition parties"
    ]


def test_a_grand_jury_indicting_someone_is_an_event_the_report_states(run):
    e = run("A federal grand jury has indicted the county's former roads director and two contractors.")
    assert source_names(claim_with(e, "indicted the county's former roads director")) == []


def test_numerous_reports_are_not_the_one_outlet_the_report_leans_on(run):
    e = run(
        "A Daily Ledger report said the hackers leaked payroll files. "
        "Several reports say the gang has taken credit for the attack."
    )
    assert source_names(claim_with(e, "taken credit")) == ["Several reports"]
    assert source_names(claim_with(e, "leaked payroll files")) == ["Daily Ledger"]


def test_what_someone_felt_was_so_is_their_view_but_feeling_pain_is_no_statement(run):
    e = run("Planning staff felt the warehouse did not fit the county's zoning policy.")
    assert source_names(claim_with(e, "did not fit")) == ["Planning staff"]
    e = run("The driver felt a sharp pain in his leg after the crash.")
    assert source_names(claim_with(e, "sharp pain")) == []


def test_a_more_teaser_inside_a_running_quotation_is_furniture_and_the_quotation_goes_on(run):
    e = run(
        "Harbour Air posted a record profit.\n\n"
        "Chief executive Lena Ortiz said: \u201cWe carried more passengers than ever this summer.\n\n"
        "More: Harbour Air to drop its Lisbon route\n\n"
        "\u201cThese results were driven by record revenue from our transatlantic routes.\u201d"
    )
    assert not any("Lisbon" in c.text for c in e.claims)
    assert source_names(claim_with(e, "record revenue")) == ["Lena Ortiz"]


@pytest.mark.parametrize(
    "line",
    [
        "Mayor opens new library ... Pupils to testify ... Bakery to close ... Winter fair in Oak Park",
        "By Ann Lee - Valley Herald Oct. 24, 2024 | 06:39 AM | SPRINGFIELD",
        "Update : 27 Mar 2019, 08:15 PM",
    ],
)
def test_headline_tickers_pipe_stamps_and_update_stamps_are_furniture(line):

    text = f"Council approves budget\n\n{line}\n\nThe council voted 7-2 on Friday to approve the budget."
    assert [text[a:b] for a, b in find_furniture(text)] == [line]


def test_a_sentence_with_an_ellipsis_is_not_a_ticker():

    text = "Budget\n\nThe mayor paused ... then said the vote was final ... and left the room.\n"
    assert not find_furniture(text)


def test_voicing_a_feeling_is_a_statement_but_voicing_a_character_is_not(run):
    e = run("The rights commissioner, Ines Barros, voiced her deep revulsion at the attack.")
    assert source_names(claim_with(e, "revulsion")) == ["Ines Barros"]
    e = run("The actor voiced the lead character in the cartoon.")
    assert source_names(claim_with(e, "lead character")) == []


def test_a_clause_before_a_contrast_is_not_what_the_next_verb_posts_but_a_trailing_tag_still_speaks(run):
    e = run(
        "Harbour Holdings planned to notify its customers directly, however some customers have "
        "already posted copies of the notices online."
    )
    assert source_names(claim_with(e, "planned to notify")) == []
    e = run("Sales rose sharply in March, however, the company said.")
    assert source_names(claim_with(e, "Sales rose")) == ["the company"]


def test_a_few_quoted_words_about_nothing_named_are_no_claim_but_a_quoted_denial_stays(run):
    e = run('"That\'s what we do," the coach said.')
    assert not e.claims
    e = run('"It was true," Hill said.')
    assert source_names(claim_with(e, "It was true")) == ["Hill"]
    e = run('"This was not sloppy paperwork," the prosecutor told the jury.')
    assert source_names(claim_with(e, "sloppy paperwork")) == ["the prosecutor"]


def test_rejecting_calls_or_an_offer_is_a_decision_but_rejecting_a_claim_is_a_denial(run):
    e = run("The defence minister has rejected calls for a ceasefire with the rebels.")
    assert source_names(claim_with(e, "calls for a ceasefire")) == []
    e = run("The union rejected the offer of a 3% pay rise.")
    assert source_names(claim_with(e, "offer of a 3% pay rise")) == []
    e = run("The defence minister rejected the allegation.")
    assert source_names(claim_with(e, "rejected the allegation")) == ["The defence minister"]


def test_a_verb_coordinated_after_a_clause_with_its_own_subject_gets_no_subject_filled_in(run):
    e = run("Leeds looked safe before Okafor scored twice after the break, then added a third late on.")
    text = claim_with(e, "added a third").text
    assert not text.startswith("Leeds")
    e = run("Leeds looked safe after the break and then conceded a third late on.")
    assert claim_with(e, "conceded a third").text.startswith("Leeds")


def test_citing_a_reason_is_no_cited_source_but_citing_people_is(run):
    e = run("Harbour Motors said it was recalling 12,000 vans from the US market, citing a fire risk.")
    claim = claim_with(e, "recalling 12,000 vans")
    assert [s.name for s in claim.sources] == ["Harbour Motors"]
    e = run("The sale was approved, the Daily Ledger reported, citing two people familiar with the talks.")
    assert [s.name for s in claim_with(e, "sale was approved").sources] == [
        "the Daily Ledger",
        "two people familiar with the talks",
    ]


def test_dismissing_a_player_or_a_coach_is_no_denial_but_dismissing_a_report_is(run):
    e = run("Okafor dismissed the opening batsman after lunch.")
    assert source_names(claim_with(e, "opening batsman")) == []
    e = run("The club dismissed the coach on Monday.")
    assert source_names(claim_with(e, "dismissed the coach")) == []
    e = run("The minister dismissed the report as nonsense.")
    assert source_names(claim_with(e, "dismissed the report")) == ["The minister"]


def test_a_clause_before_the_opening_quotation_mark_is_the_reports_framing(run):
    e = run(
        "While the new tariffs would have a small effect on growth, \u201cthat is not what you want "
        "when you are climbing out of a recession,\u201d said Dana Moss."
    )
    assert source_names(claim_with(e, "small effect on growth")) == []
    assert source_names(claim_with(e, "climbing out of a recession")) == ["Dana Moss"]
    e = run(
        "\u201cWhile the tariffs would have a small effect, that is not what you want,\u201d said Dana Moss."
    )
    assert source_names(claim_with(e, "small effect")) == ["Dana Moss"]


def test_a_clause_that_is_a_nouns_content_is_not_carved_out_as_a_gloss(run):
    e = run("The minister has voiced disappointment that the waiting-list targets were missed.")
    assert not any(c.text.startswith("Disappointment") for c in e.claims)
    assert any("targets were missed" in c.text for c in e.claims)
    e = run(
        "The economy was hit by a drought that its central bank says cut growth to 0.8 percent last year."
    )
    assert source_names(claim_with(e, "cut growth to 0.8 percent")) == ["its central bank"]


def test_a_verb_that_repeats_the_verb_said_goes_on_with_what_was_said(run):
    e = run(
        "Planning staff felt the warehouse did not fit the county's zoning policy, and did not fit in "
        "with the neighbouring streets."
    )
    claim = claim_with(e, "neighbouring streets")
    assert source_names(claim) == ["Planning staff"]
    assert claim.text.startswith("The warehouse")


def test_a_passive_auxiliary_is_not_lent_to_an_active_verb_coordinated_with_it(run):
    e = run("The visitors were bowled out for 202 but fought back brilliantly with the ball.")
    assert claim_with(e, "fought back").text.startswith("The visitors fought back")
    e = run("He was arrested on Monday and charged with fraud.")
    assert claim_with(e, "charged with fraud").text == "He was charged with fraud"


def test_an_apposition_the_parser_hung_on_a_noun_far_back_is_not_said_of_that_noun(run):
    e = run(
        "Kenya, who were eventually dismissed for 310, were skittled out for 188 in the first innings, "
        "a deficit of 250 runs, but fought back brilliantly with the ball."
    )
    assert "Kenya is a deficit of 250 runs" not in [c.text for c in e.claims]
    assert claim_with(e, "fought back").text.startswith("Kenya fought back")
    e = run("Lena Ortiz, the mayor of Harbour City since 2019, opened the bridge.")
    assert "Lena Ortiz is the mayor of Harbour City since 2019" in [c.text for c in e.claims]


def test_a_country_or_a_title_before_a_study_is_not_its_author(run):
    e = run("Overweight adults eat less often than others, according to a U.S. study.")
    assert source_names(claim_with(e, "eat less often")) == ["U.S. study"]
    e = run("Separate ONS data showed that prices rose 3% in March.")
    assert source_names(claim_with(e, "prices rose 3%")) == ["ONS"]


def test_this_or_that_is_never_a_source_name(run):
    e = run(
        "Rivera said officers acted on a tip from March. And that shows residents are trusting the police."
    )
    assert all("that" not in source_names(c) for c in e.claims)
    e = run("The margin was 41.1 per cent. this compared with an expected 39.6 per cent.")
    assert all("this" not in source_names(c) for c in e.claims)


def test_a_title_before_a_full_name_is_how_the_report_calls_them_later(run):
    e = run(
        "Trainer Ada Kwan said the filly deserved her win. The trainer said blinkers were the key. "
        '"I kept them up my sleeve until she came back in distance," she said.'
    )
    assert source_names(claim_with(e, "up my sleeve")) == ["Trainer Ada Kwan"]
    assert source_names(claim_with(e, "blinkers were the key")) == ["Trainer Ada Kwan"]
    assert claim_with(e, "deserved").text == "The filly deserved her win"


def test_a_speech_tag_he_is_not_the_man_its_quotation_calls_he(run):
    e = run(
        "Coach Dan Okafor said the win was only a beginning.\n\n"
        "He revealed that the captain had asked him to keep the young ruckman in for the final quarter.\n\n"
        "And defender Tom Reyes had suffered a serious hamstring tear in the semi-final and would not have "
        "played in a normal week.\n\n"
        "\u201cIt was solid. He had a reasonable tear to it. The medical staff did an unbelievable job,"
        "\u201d he said."
    )
    assert source_names(claim_with(e, "unbelievable job")) != ["Tom Reyes"]


def test_a_contrast_clause_characterising_speaks_for_its_own_subject(run):
    e = run(
        "County officials say the fire released no toxins, although federal inspectors are describing "
        "the smoke as extremely dangerous."
    )
    assert source_names(claim_with(e, "smoke as extremely dangerous")) == ["federal inspectors"]
    assert not any(c.text.startswith("County officials described") for c in e.claims)


def test_declaring_a_disaster_or_war_is_an_act_but_declaring_a_result_a_fraud_is_a_statement(run):
    e = run("The governor has declared a state of emergency in six northern counties.")
    assert source_names(claim_with(e, "state of emergency")) == []
    e = run("The president declared a major disaster in the state, making federal aid available.")
    assert source_names(claim_with(e, "major disaster")) == []


def test_a_named_speaker_before_its_apposition_speaks_not_the_apposition(run):
    e = run(
        "The train hit the lorry near Halden at 1:42 p.m. as it travelled east from Oslo to Bergen, "
        "Deutsche Bahn, the national passenger carrier, said."
    )
    assert source_names(claim_with(e, "hit the lorry")) == ["Deutsche Bahn"]
    e = run(
        "The train hit the lorry near Halden at 1:42 p.m. as it travelled east from Oslo to Bergen, "
        "Eurostar, the national passenger carrier, said."
    )
    assert source_names(claim_with(e, "hit the lorry")) != ["Bergen"]


def test_a_described_speaker_named_in_apposition_after_a_place_is_not_the_place(run):
    e = run(
        "Speaking at a press conference in Kelford, the environment secretary, Hana Weiss, said 410 "
        "people had been evacuated from homes along the river."
    )
    assert source_names(claim_with(e, "410 people")) == ["Hana Weiss"]


def test_whoever_led_or_conducted_a_study_is_its_author(run):
    e = run(
        "The first study, led by Ana Ruiz, a professor at Harbour University, found that tea cuts stroke "
        "risk."
    )
    assert source_names(claim_with(e, "tea cuts stroke risk")) == ["Ana Ruiz"]
    e = run("A study conducted by researchers at Leeds found that coffee cuts stroke risk.")
    assert source_names(claim_with(e, "coffee cuts stroke risk")) == ["researchers at Leeds"]


@pytest.mark.parametrize(
    "line",
    [
        "The video will start in 8s Cancel",
        "You have /5 articles left",
        "7 Day Forecast",
        "All times are in EST",
        "By Valley Herald time to read: 1 min",
        "To watch the livestream of the press conference, see attached video",
        "1 week 6 days 10 hours ago Sunday, September 10 2017 11:36 AM",
        "1 week 6 days 10 hours ago Sunday, September 10 2017 Sep 10, 2017 September 10, 2017 11:36 AM "
        "September 10, 2017 in News",
    ],
)
def test_player_paywall_weather_clock_and_livestream_lines_are_furniture(line):

    text = f"Council approves budget\n\n{line}\n\nThe council voted 7-2 on Friday to approve the budget."
    assert [text[a:b] for a, b in find_furniture(text)] == [line]


@pytest.mark.parametrize(
    "line, dateline",
    [
        ("OAKTON (KXYZ, KABC/NBC) - The attorney general sued the firm.", "OAKTON (KXYZ, KABC/NBC) - "),
        ("Lisbon, June 29 (IANS) European leaders reached a deal on migration.", "Lisbon, June 29 (IANS) "),
    ],
)
def test_datelines_with_two_stations_or_without_a_dash_are_furniture(line, dateline):

    text = f"Deal reached\n\n{line}\n"
    assert [text[a:b] for a, b in find_furniture(text)] == [dateline]


def test_a_sentence_opening_all_times_is_not_a_clock_note():

    assert not find_furniture("Budget\n\nAll times were tough for the club, the manager said.\n")


def test_a_progressive_verb_of_expecting_is_no_participle_and_nothing_crashes(run):
    e = run(
        "The economy is near full employment, depending on who you ask, so economists have been "
        "expecting wages to rise for some time."
    )
    claim = claim_with(e, "wages to rise")
    assert source_names(claim) == ["economists"]
    assert "economists have been expecting wages to rise" in claim.text
