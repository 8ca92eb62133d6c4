"""Rules added in the eleventh session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names

GLUED_TURNS = (
    "Lakeside's New Fire Chief Talks Budgets and Future of Service\n\n"
    "On Monday, Dana Okafor will take over as chief of the Lakeside Fire Service. Radio Lakeside's Tom "
    "Berry met her on Friday to talk about the job.\n\n"
    "Berry: I'm here with the new chief Dana Okafor. What is the first thing you will do?Okafor: I will "
    "review the budget. The service has lost 12 firefighters since 2020.Berry: What worries you most?"
    "Okafor: Response times have risen by four minutes in the rural areas. We need a second station."
)


def test_turns_run_together_without_a_space_are_each_speakers_and_the_answers_are_the_chiefs(run):
    e = run(GLUED_TURNS)
    assert source_names(claim_with(e, "lost 12 firefighters")) == ["Dana Okafor"]
    assert source_names(claim_with(e, "risen by four minutes")) == ["Dana Okafor"]


def test_a_label_in_ordinary_capitals_is_not_read_as_part_of_the_answer(run):
    e = run(GLUED_TURNS)
    assert not any(c.text.startswith("Okafor:") for c in e.claims)


SIGNED_QA = (
    "THE jazz singer is back with a new record and a world tour, writes Maria Lund\n"
    "Q: With your new album out on Friday, are you planning a tour here soon?\n"
    "A: We recorded it in Oslo over six weeks. The band played every song live.\n"
    "Q: Why did you make it at home?\n"
    "A: Our old producer retired in 2019. I produced the record myself."
)


def test_the_writer_who_signs_an_interview_is_never_the_one_answering(run):
    e = run(SIGNED_QA)
    for words in ("recorded it in Oslo", "produced the record myself"):
        assert "Maria Lund" not in source_names(claim_with(e, words))


def test_an_interview_naming_nobody_credits_the_one_its_introduction_is_about(run):
    e = run(SIGNED_QA)
    # (the page's capitals kept: "THE jazz singer")
    for words in ("recorded it in Oslo", "produced the record myself"):
        assert [n.lower() for n in source_names(claim_with(e, words))] == ["the jazz singer"]


def test_a_name_in_a_phrase_after_a_speech_act_does_what_the_report_tells(run):
    e = run(
        "Police chief Ana Berg urged drivers to avoid the road as traffic in and around the city centre "
        "entered a fifth hour of gridlock on Monday."
    )
    assert source_names(claim_with(e, "fifth hour of gridlock")) == []
    assert source_names(claim_with(e, "avoid the road")) == ["Ana Berg"]


def test_a_quotation_after_two_speakers_goes_on_in_the_voice_of_the_one_named_last(run):
    e = run(
        "Opinions differ. Tom Reyes called the plan a stunt, yet Mayor Ana Berg says it will pay for "
        "itself…. ‘cutting waiting lists in every clinic and hiring 40 new nurses by spring’."
    )
    assert source_names(claim_with(e, "hiring 40 new nurses")) == ["Ana Berg"]


def test_a_quotation_after_a_speaker_and_what_they_said_someone_told_stays_the_speakers(run):
    e = run("Ana Berg said the contractor had told her the bridge was safe. “We will check it again in May.”")
    assert source_names(claim_with(e, "check it again in May")) == ["Ana Berg"]


def test_a_title_inside_a_run_of_capitals_ends_what_came_before_the_name(run):
    e = run(
        "Tom Reyes said he would vote against the budget.\n\n"
        "Ward II Councilman Sterling Wilder made the original motion to keep the current tax rate, "
        "emphasizing the average bill would only rise by $150 a year.\n\n"
        "He said the city needs a new fire station."
    )
    assert source_names(claim_with(e, "new fire station")) == ["Sterling Wilder"]


def test_a_do_that_supports_a_negation_is_not_lent_to_a_past_tense_beside_it(run):
    e = run("Ana Berg said she does not want higher taxes and named a list of projects for next year.")
    assert "does named" not in claim_with(e, "list of projects").text


def test_what_happens_as_someone_urges_or_warns_is_the_reports_to_tell(run):
    e = run("The mayor warned residents to stay indoors as the storm hit the coast.")
    assert source_names(claim_with(e, "storm hit the coast")) == []
    assert source_names(claim_with(e, "stay indoors")) == ["The mayor"]


def test_a_thing_declared_beside_an_appeal_is_a_second_fact_of_the_reports(run):
    e = run(
        "Severn Water urged people not to be reckless with their usage as a drought was declared across "
        "the region following the driest summer for 50 years."
    )
    assert source_names(claim_with(e, "drought was declared")) == []
    assert "drought" not in claim_with(e, "reckless").text


ASKED = (
    "The host, Sam Hale, kept pressing, saying, “Is there something you would like to announce tonight?”\n\n"
    "“What is going on here?” Tom Reyes asked before Hale handed him a card. “Oh, that. … The album comes "
    "out in May,” he said, as the audience began to cheer."
)


def test_a_quotation_tagged_by_a_verb_of_asking_is_the_askers_not_the_last_speakers(run):
    e = run(ASKED)
    assert source_names(claim_with(e, "album comes out in May")) == ["Tom Reyes"]


def test_what_follows_a_closed_quotation_and_its_tag_is_the_reports(run):
    e = run(ASKED)
    assert source_names(claim_with(e, "audience began to cheer")) == []


def test_claiming_money_is_no_assertion(run):
    e = run("Cllr Ana Berg falsely claimed a total of £1,085 in housing benefit between 2009 and 2010.")
    assert source_names(claim_with(e, "housing benefit")) == []


def test_an_undersecretary_in_a_run_of_capitals_is_a_person_a_later_he_finds(run):
    e = run(
        "Senior Foreign Ministry Undersecretary Abdul Karim Hashim met the ambassadors on Monday.\n\n"
        "He said the protests were a normal part of democracy."
    )
    assert source_names(claim_with(e, "normal part of democracy")) == ["Abdul Karim Hashim"]


def test_it_said_with_no_body_speaking_lately_is_the_one_company_named_lately(run):
    e = run(
        "RETAILER Halden Retail Group has continued to defy gloomy trading on the high street.\n\n"
        "On an underlying basis, profits rose 26 per cent to £307.4 million.\n\n"
        "It said like-for-like sales rose by 3 per cent across all its stores."
    )
    assert source_names(claim_with(e, "like-for-like sales")) == ["Halden Retail Group"]


def test_it_that_suggests_is_no_body_speaking(run):
    e = run(
        "Northfield Outdoor kept its prices unchanged on Thursday.\n\n"
        "It suggests concerns about costs are weighing on the firm."
    )
    assert source_names(claim_with(e, "weighing on the firm")) == []


def test_a_holders_name_run_into_the_body_after_a_role_of_it_is_the_holders(run):
    e = run(
        "Later, the chair asked that Director of the Greensboro Department of Transportation Adam "
        "Fischer explain how the fares work.\n\n"
        "Fischer said that the board had voted to raise fares, but he said that next year the deficit "
        "would reach $3.4 million."
    )
    assert source_names(claim_with(e, "voted to raise fares")) == ["Adam Fischer"]
    assert source_names(claim_with(e, "$3.4 million")) == ["Adam Fischer"]


def test_an_acronym_is_never_whom_he_points_back_to(run):
    e = run(
        "Tom Reyes said that the NTA is running a $1.7 million deficit, but he said that next year "
        "the deficit would reach $3.4 million."
    )
    assert source_names(claim_with(e, "$3.4 million")) == ["Tom Reyes"]


def test_the_company_is_not_the_company_founder_met_earlier(run):
    e = run(
        "The startup is dubbed (by the company’s founder) to become “the Intel of the AI age.”\n\n"
        "Orbis Capital plans to invest more in Chinese firms. “China will remain an important market for "
        "us,” said the company."
    )
    assert "the company’s founder" not in source_names(claim_with(e, "important market"))


def test_a_body_inside_what_it_says_is_not_who_it_is(run):
    e = run(
        "Flood warnings are in place across the UK, the Met Office says.\n\n"
        "South-west Scotland, Wales and southern England could see power cuts and road closures, it "
        "added in a yellow warning."
    )
    assert source_names(claim_with(e, "power cuts")) == ["the Met Office"]


def test_an_as_clause_in_which_another_says_something_is_that_ones(run):
    e = run(
        "Mike de Jong said he would move up the date of a referendum. However, he said he would not "
        "reduce the sales tax, as Kevin Falcon has said he would do."
    )
    assert source_names(claim_with(e, "not reduce the sales tax")) == ["Mike de Jong"]
    falcons = [c for c in e.claims if "Kevin Falcon" in source_names(c)]
    assert falcons and all("de Jong" not in c.text for c in falcons)


def test_a_straight_mark_after_a_space_opens_a_quotation_that_goes_on_in_the_speakers_voice(run):
    e = run(
        '"We are going back on tour to thank our fans," Ana Berg said in a statement. "My dad was a big '
        'fan of the band and he would have said that we should do it. "So we booked 20 dates and it looks '
        'like it is going to be fun."'
    )
    assert source_names(claim_with(e, "booked 20 dates")) == ["Ana Berg"]


def test_a_role_of_a_place_run_into_its_holders_name_speaks_as_the_holder(run):
    e = run(
        "Mayor of Greater Manchester Andy Burnham described the situation as “appalling” and said the "
        "transport secretary “needs to intervene today”."
    )
    assert source_names(claim_with(e, "needs to intervene today")) == ["Andy Burnham"]


def test_a_coordinations_first_word_is_no_part_of_a_name(run):
    e = run("Both de Jong and Abbott's organizers say the candidates are planning to visit Prince George.")
    assert not any(n.startswith("Both") for n in source_names(claim_with(e, "visit Prince George")))


def test_a_time_is_never_a_source(run):
    e = run(
        "While polling still indicates Duda will come top in the first round, polls by Kantar and Ipsos "
        "published in recent days show him and his main rival, liberal Warsaw Mayor Rafal Trzaskowski of "
        "the main opposition party Civic Platform (PO), tied in a second round run-off."
    )
    assert not {"recent days", "days"} & set(source_names(claim_with(e, "tied in a second round")))


def test_a_thing_that_suggests_is_the_report_inferring(run):
    e = run(
        "Inflation in the euro zone fell to its lowest level in two years in September, suggesting the "
        "central bank's rate hikes were succeeding."
    )
    assert source_names(claim_with(e, "rate hikes were succeeding")) == []


def test_a_body_saying_something_that_suggests_keeps_it(run):
    e = run("The company said sales rose 5%, suggesting demand had recovered.")
    assert source_names(claim_with(e, "demand had recovered")) == ["The company"]


def test_a_place_that_can_expect_weather_holds_no_view(run):
    e = run("London can expect highs of around 17C on Saturday. Forecasters expect heavy rain in the north.")
    assert source_names(claim_with(e, "highs of around 17C")) == []
    assert source_names(claim_with(e, "heavy rain")) == ["Forecasters"]
