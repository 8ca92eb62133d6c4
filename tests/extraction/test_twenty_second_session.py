"""Rules added in the twenty-second session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_questionnaire_with_each_answer_after_its_question_is_the_interviewees(run):
    e = run(
        "Harbour master’s name: Odile Brannagh\n\n"
        "How long have you worked at the harbour? I’ve been here for 18 years. I started as a deckhand.\n\n"
        "Describe why you took the job. My father ran the boatyard before me.\n\n"
        "What is the biggest problem at the harbour? Silt, and the cost of dredging it twice a year.\n\n"
        "What do you need most? We’re a small crew of volunteers who cover three slipways."
    )
    assert source_names(claim_with(e, "18 years")) == ["Odile Brannagh"]
    assert source_names(claim_with(e, "ran the boatyard")) == ["Odile Brannagh"]
    assert source_names(claim_with(e, "cost of dredging")) == ["Odile Brannagh"]
    # (which volunteers is part of the answer, not the report's gloss)
    assert source_names(claim_with(e, "cover three slipways")) == ["Odile Brannagh"]


def test_an_explainers_questions_answered_in_their_paragraphs_ask_no_one(run):
    e = run(
        "The Orlen Trust named Pavel Dusek as its new chair on Monday.\n\n"
        "What is the trust? It is a charity that funds rural bus routes.\n\n"
        "How is it funded? Most of its money comes from a levy on fuel.\n\n"
        "What happens next? The board meets in March to set the budget."
    )
    assert source_names(claim_with(e, "funds rural bus routes")) == []
    assert source_names(claim_with(e, "levy on fuel")) == []


def test_a_name_owning_the_interviewees_is_their_employer_not_them(run):
    e = run(
        "Getting to know Queen Mab Bakery’s Ilse Varga\n\n"
        "We sat down to talk with Queen Mab’s Ilse Varga, who has run the bakery for 12 years.\n\n"
        "Q: How much flour do you use?\n\n"
        "A: Last year, we used 40 tonnes of flour.\n\n"
        "Q: Why baking?\n\n"
        "A: I love early mornings.\n\n"
        "Q: What is next?\n\n"
        "A: We plan to open a second shop in the spring."
    )
    assert source_names(claim_with(e, "40 tonnes")) == ["Ilse Varga"]
    assert source_names(claim_with(e, "second shop")) == ["Ilse Varga"]


def test_a_possessive_the_tagger_ran_into_a_persons_name_is_cut_from_it(run):
    e = run(
        "We sat down to talk with Uncle Ned’s Ilse Varga, who has run the bakery for 12 years.\n\n"
        "Q: How much flour do you use?\n\n"
        "A: Last year, we used 40 tonnes of flour.\n\n"
        "Q: Why baking?\n\n"
        "A: I love early mornings.\n\n"
        "Q: What is next?\n\n"
        "A: We plan to open a second shop in the spring."
    )
    assert source_names(claim_with(e, "40 tonnes")) == ["Ilse Varga"]


def test_a_quotation_opened_after_according_to_goes_on_in_its_next_sentence(run):
    e = run(
        "According to the county registrar, “These early counts are not the final result. Figures are "
        "added as they come in from the polling stations.”"
    )
    assert source_names(claim_with(e, "early counts")) == ["the county registrar"]
    assert source_names(claim_with(e, "Figures are added")) == ["the county registrar"]


def test_the_statement_is_that_of_the_last_body_to_speak_a_quotations_second_sentence_between(run):
    e = run(
        "According to the Harlow Water Board’s website, “These readings are provisional. Samples are "
        "tested twice a week.”\n\n"
        "“Wells that fail the test will be closed until they pass,” according to the statement."
    )
    assert source_names(claim_with(e, "Wells that fail")) == ["the Harlow Water Board’s website"]


def test_a_verb_after_a_dashed_aside_has_the_name_before_the_aside_for_its_subject(run):
    e = run(
        "Velmora – a startup that sells refurbished phones and tablets – announced on Monday that it "
        "had raised $4 million."
    )
    assert source_names(claim_with(e, "raised $4 million")) == ["Velmora"]


def test_each_of_which_said_is_said_by_those_the_clause_is_on(run):
    e = run("The study was led by two universities, each of which said the results were preliminary.")
    assert source_names(claim_with(e, "results were preliminary")) == ["two universities"]
    # ("two of whom" are a part of the men, named by no one: not the men)
    e = run("Police questioned five men, two of whom said they had seen the van.")
    assert source_names(claim_with(e, "seen the van")) != ["five men"]


def test_a_verb_with_co_joined_to_it_is_one_word_and_does_not_move_the_speaker(run):
    e = run(
        "“The rocks are far older than anyone thought,” Ines Marr, a project geologist who co-directed "
        "the survey, said."
    )
    assert source_names(claim_with(e, "far older")) == ["Ines Marr"]


def test_a_speech_tag_ending_in_a_colon_introduces_what_follows_not_what_precedes(run):
    e = run("After the hearing on Monday, Councillor Oona Brisk said:\n\n“We will rebuild the footbridge.”")
    assert not any("hearing on Monday" in c.text for c in e.claims)
    assert source_names(claim_with(e, "rebuild the footbridge")) == ["Councillor Oona Brisk"]


def test_the_one_who_sat_down_with_named_interviewers_answers_their_questions(run):
    e = run(
        "The federation president, who arrived on Monday to open the cup, sat down with Vera Lindqvist "
        "and Ivo Sandberg to discuss his plans.\n\n"
        "– Why did you pick this town?\n\n"
        "– The regional board asked me. We held the junior finals here in 2019.\n\n"
        "– Who paid for the hall?\n\n"
        "– The town council paid half of the cost.\n\n"
        "– What comes next for you?\n\n"
        "– I will stand for a second term next spring."
    )
    assert source_names(claim_with(e, "junior finals")) == ["the federation president"]
    assert source_names(claim_with(e, "paid half")) == ["the federation president"]


def test_a_possessive_pronoun_pointing_to_no_one_names_no_source(run):
    e = run(
        "The clerk resigned in March. Those familiar with the office likely had their suspicions that "
        "the new clerk was responsible for the missing money."
    )
    assert source_names(claim_with(e, "responsible for the missing money")) == []


def test_a_speech_tag_after_an_opening_word_before_a_quotation_tells_it(run):
    e = run(
        "Dr Ivo Marsh led the study. Still, he concluded, “It’s clear that the shortage has not gone "
        "away. If anything, it is worse.”"
    )
    assert source_names(claim_with(e, "not gone away")) == ["Ivo Marsh"]
    assert not any(c.text.lower().startswith("he concluded") for c in e.claims)


def test_mentioning_or_stressing_something_is_the_speakers_statement(run):
    e = run(
        "President Ilse Varga visited the islands on Monday. She mentioned plans for a new clinic in the "
        "capital. She also stressed the importance of the fishing treaty."
    )
    assert source_names(claim_with(e, "new clinic")) == ["Ilse Varga"]
    assert source_names(claim_with(e, "fishing treaty")) == ["Ilse Varga"]


def test_a_live_entrys_time_and_writer_in_brackets_are_furniture_not_a_speaker(run):
    e = run(
        "We are liveblogging the results of races large and small tonight.\n"
        "5:43 PM PT (Dana Reyes): 5% reporting in Harlow and Councilor Ana Ruiz leads Tom Vale 58-42.\n"
        "5:45 PM PT: We're now at 61% reporting in the governor's race.\n"
        "5:46 PM PT (Dana Reyes): A quarter of precincts are reporting in Selby and Cane leads Pike 55-45."
    )
    assert all(s.name != "PM PT" for c in e.claims for s in c.sources)
    assert source_names(claim_with(e, "Cane leads Pike")) == []


def test_a_headline_with_a_colon_is_no_publisher_of_the_report_it_cites(run):
    e = run(
        "Radio Nine's Local News Roundup: Audit Reveals County Confusion; Ferry Debate Eases\n\n"
        "Among the stories this week, a report finds that small hospitals are keeping patients local."
    )
    assert all(":" not in s.name for c in e.claims for s in c.sources)


def test_a_quotation_paragraph_after_someone_spoke_up_with_no_words_given_is_theirs(run):
    e = run(
        "The envoy presented his credentials on Monday. In brief remarks, Dame Ora Pike spoke on the "
        "island’s exposure to storms. She used the occasion to express her concern about the reef.\n\n"
        "“As a country we stand to lose everything if the seas keep rising.”"
    )
    assert source_names(claim_with(e, "lose everything")) == ["Ora Pike"]


def test_a_speaker_told_of_inside_anothers_quotation_does_not_take_it_over(run):
    e = run(
        "Cllr Ona Frisk, Deputy Leader of the Harbour Party, said:\n"
        '"I am proud of my team for not giving up on this issue.\n'
        '"However, I am worried the Tories will try to stop it - especially with Cllr Tam Vole telling '
        "me he would set the fee so high that no-one would pay it. This sort of behaviour is not in the "
        'best interests of residents."'
    )
    assert source_names(claim_with(e, "proud of my team")) == ["Cllr Ona Frisk"]
    assert source_names(claim_with(e, "try to stop it")) == ["Cllr Ona Frisk"]
    assert source_names(claim_with(e, "best interests of residents")) == ["Cllr Ona Frisk"]
    assert source_names(claim_with(e, "set the fee so high")) == ["Cllr Tam Vole"]


def test_a_role_glossing_a_persons_name_is_not_taken_for_their_name(run):
    e = run("Cllr Ona Frisk, Deputy Leader of the Harbour Party, said the parking fee was too high.")
    assert source_names(claim_with(e, "fee was too high")) == ["Cllr Ona Frisk"]


def test_a_place_opening_the_sentence_does_not_speak_for_the_name_after_it(run):
    e = run("Boone, Iowa-based Kelso Cooperative said it will build a new feed mill in Yale.")
    assert source_names(claim_with(e, "new feed mill")) == ["Kelso Cooperative"]
    e = run("Dayton, OH -- Ardent Labs, a software company, announced plans to hire 150 workers.")
    assert source_names(claim_with(e, "hire 150 workers")) == ["Ardent Labs"]
    # (a hyphen inside "brother-in-law" is no dateline's dash)
    e = run(
        "Keane, who founded Brightmoor with his brother-in-law, Colm Vance, denied wrongdoing at the trial."
    )
    assert source_names(claim_with(e, "denied wrongdoing")) == ["Keane"]


def test_according_to_a_texts_own_wording_names_no_source(run):
    e = run("Zoning rules must be read according to their plain language and legislative intent.")
    assert source_names(claim_with(e, "plain language")) == []


def test_a_label_with_a_given_name_the_tagger_missed_is_that_persons_turn(run):
    e = run(
        "Steve Olafsen and Dane Perrault, two Vancouver-based fishermen, sell seafood from their "
        "cooperative. "
        "In an interview on Dane's troller they talk about the quota system.\n\n"
        "STEVE: A quota fishery is better for the fish. It is a controlled fishery.\n\n"
        "DANE: In an open derby you do not know what you have caught until it is over.\n\n"
        "STEVE: Until it closes.\n\n"
        "DANE: And you can go way over. From a management perspective it is a nightmare."
    )
    assert source_names(claim_with(e, "controlled fishery")) == ["Steve Olafsen"]
    assert source_names(claim_with(e, "it is a nightmare")) == ["Dane Perrault"]


def test_a_thing_described_somewhere_is_no_speaker_of_what_is_said_of_it(run):
    e = run(
        "The situation described in the hearing was very different from the forecast the board had in March."
    )
    assert source_names(claim_with(e, "different from the forecast")) == []


def test_a_post_claimed_by_a_candidate_is_won_not_asserted(run):
    e = run(
        "In Marlow, the position of township clerk was claimed by Ines Varga (361 votes) over Tom Pell "
        "(211 votes)."
    )
    assert source_names(claim_with(e, "township clerk")) == []


def test_a_statement_printed_after_its_tag_verb_speaks_for_whose_it_is(run):
    e = run(
        "“We would like to apologise to the families,” began a statement from the SRFC. “It is a low point.”"
    )
    assert source_names(claim_with(e, "apologise to the families")) == ["SRFC"]
    e = run("“We would like to apologise to the families,” read a statement from the ferry company.")
    assert source_names(claim_with(e, "apologise to the families")) == ["the ferry company"]
    e = run("He read a statement from the club to reporters before the match.")
    assert source_names(claim_with(e, "read a statement")) == []


def test_a_speakers_content_whose_verb_has_an_object_keeps_its_speaker(run):
    # (guard: what a meeting "showed", inside what a councillor said, is still the councillor's)
    e = run(
        "Cr Ivo Marsh said the meeting showed Council was prepared to make changes which had been flagged "
        "by candidates at the elections."
    )
    assert source_names(claim_with(e, "prepared to make changes")) == ["Cr Ivo Marsh"]
