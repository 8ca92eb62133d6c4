"""Rules added in the fifteenth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_quotation_paragraph_after_a_colon_is_the_words_of_the_subject_before_it(run):
    e = run(
        "Speaking to the Courier, the researcher Prof. Ana Marsh from Otago University reflected on the "
        "benefits of local food:\n\n"
        "“We have a clean environment generally. Our farms are environmentally mindful.”"
    )
    assert source_names(claim_with(e, "clean environment")) == ["Ana Marsh"]
    assert source_names(claim_with(e, "environmentally mindful")) == ["Ana Marsh"]


def test_a_colon_over_a_quotation_after_a_thing_names_no_speaker(run):
    e = run("The survey asked 400 farmers about prices. Here are the results:\n\n“Prices rose by 8 percent.”")
    assert source_names(claim_with(e, "rose by 8 percent")) == []


KILLING = (
    "Police spokesperson Kauna Hamutenya said when officers arrived one suspect was found outside and he "
    "surrendered himself to the officers.\n\n"
    "Hamutenya urged shop owners to be alert. She also said the two suspects were violating the curfew."
)


def test_a_speech_tags_pronoun_outweighs_a_sex_guessed_from_an_earlier_pronoun(run):
    e = run(KILLING)
    assert source_names(claim_with(e, "violating the curfew")) == ["Kauna Hamutenya"]


def test_a_speech_tag_pronoun_still_skips_a_person_whose_sex_is_known(run):
    e = run(
        "Police spokesman Mr Tom Hamutenya said the shop was closed.\n\n"
        "Tom Hamutenya urged owners to be alert. She also said the suspects were violating the curfew."
    )
    assert source_names(claim_with(e, "violating the curfew")) == []


def test_a_quoted_act_of_speaking_is_the_words_of_whoever_the_quotation_closes_with(run):
    e = run(
        "“The council has warned everyone to stay at home. Law enforcers are on the ground,” Ana Obi said."
    )
    assert source_names(claim_with(e, "warned everyone")) == ["Ana Obi"]
    assert source_names(claim_with(e, "Law enforcers")) == ["Ana Obi"]


def test_a_quoted_passage_with_its_own_speaker_and_content_still_waits(run):
    e = run(
        "“An official said: ‘We are ready.’ In Basildon there were 800 spoilt papers, reported BBC Essex. "
        "The roads were shut,” Ana Obi wrote."
    )
    assert "Ana Obi" not in source_names(claim_with(e, "800 spoilt"))


def test_a_past_speech_verb_closing_the_sentence_before_a_speaker_is_a_tag(run):
    e = run(
        "The crash left two people dead, confirmed the officials. The storm cut power to 3,000 homes, "
        "reported the Associated Press. He entered the house, took the money and left."
    )
    assert source_names(claim_with(e, "two people dead")) == ["officials"]
    assert [n.removeprefix("the ") for n in source_names(claim_with(e, "3,000 homes"))] == [
        "Associated Press"
    ]
    assert source_names(claim_with(e, "took the money")) == []


def test_a_participle_on_an_inverted_speakers_name_is_part_of_the_name(run):
    e = run("Startups across the region are trying to fix that, said the Harbour Growth Fund known as HGF.")
    (name,) = source_names(claim_with(e, "trying to fix"))
    assert name.removeprefix("the ") == "Harbour Growth Fund"


def test_observed_and_accepted_with_a_clause_speak(run):
    e = run(
        "Ruto observed that the delays could be cut by fixing visa rules. Ana Obi was acquitted after "
        "prosecutors accepted she was unwell at the time. The club accepted the offer on Monday."
    )
    assert source_names(claim_with(e, "visa rules")) == ["Ruto"]
    assert source_names(claim_with(e, "unwell at the time")) == ["prosecutors"]
    assert source_names(claim_with(e, "accepted the offer")) == []


def test_a_body_or_person_who_sees_a_figure_or_trend_ahead_forecasts_it(run):
    e = run(
        "Chief executive Ana Ruiz sees growth ahead in the export business. Harlow Foods saw sales fall "
        "5 percent last year. Visitors see 200 paintings in the main hall."
    )
    assert source_names(claim_with(e, "growth ahead")) == ["Ana Ruiz"]
    assert source_names(claim_with(e, "sales fall")) == []
    assert source_names(claim_with(e, "200 paintings")) == []


def test_an_outlets_mixed_case_label_asks_and_a_surname_label_answers(run):
    e = run(
        "TechWire: How is the downturn affecting your plans in Africa?\n\n"
        "Okoro: The downturn has upsides for us. Acquisitions are becoming cheaper.\n\n"
        "We plan to invest $2 billion this year.\n\n"
        "TechWire: What about Kenya?\n\n"
        "Okoro: Kenya is our biggest market."
    )
    assert source_names(claim_with(e, "Acquisitions are becoming cheaper")) == ["Okoro"]
    assert source_names(claim_with(e, "invest $2 billion")) == ["Okoro"]
    assert source_names(claim_with(e, "biggest market")) == ["Okoro"]


def test_a_question_in_capitals_ends_the_answer_before_it(run):
    e = run(
        "HOW WAS YOUR MEETING WITH THE PRESIDENT?\n\n"
        "PM TAVITA: A special meeting was requested by the Pacific leaders. It was held in Suva.\n\n"
        "YOU SPOKE ABOUT FISHERIES. CAN YOU ELABORATE?\n\n"
        "PM TAVITA: The tuna catch fell by a third last year."
    )
    assert "TAVITA" in source_names(claim_with(e, "special meeting"))[0]
    assert "TAVITA" in source_names(claim_with(e, "tuna catch"))[0]
    assert source_names(claim_with(e, "SPOKE ABOUT FISHERIES")) == []


TALKS_TO = (
    "THE WATER MINISTER\n\n"
    "The Review talks to Hon. Dr. Ana Mwale, Minister of Water, on the dry season.\n\n"
    "Dr. Ana Mwale served as deputy minister from 2016. She trained as an engineer.\n\n"
    "Your ministry lost 30% of its budget last year. How do you plan to cope?\n\n"
    "We will drill 400 new boreholes by June. The rains failed in three provinces.\n\n"
    "Mwale’s figure matches the ministry’s annual report."
)


def test_an_interview_introduced_as_talks_to_credits_the_answers_not_the_questions(run):
    e = run(TALKS_TO)
    assert source_names(claim_with(e, "400 new boreholes")) == ["Ana Mwale"]
    assert source_names(claim_with(e, "rains failed")) == ["Ana Mwale"]
    assert source_names(claim_with(e, "lost 30% of its budget")) == []
    assert source_names(claim_with(e, "figure matches")) == []


def test_a_surname_the_tagger_reads_as_a_season_speaks_when_the_report_names_the_person(run):
    e = run(
        "State attorney Brent Winter said the order was wrong. Winter argued the court had no power to "
        "order the money handed over."
    )
    assert source_names(claim_with(e, "no power")) == ["Brent Winter"]


def test_a_list_after_what_a_speaker_says_up_to_a_colon_is_theirs(run):
    e = run(
        "The police commander said the suspect is wanted for armed robberies at the following stores:\n\n"
        "• Albar Trading on the coast road in 2017;\n\n"
        "• Malaua town stores in 2019 and 2020.\n\n"
        "The suspect was taken to the station on Friday."
    )
    said = source_names(claim_with(e, "wanted for armed robberies"))
    assert said and said[0].lower().endswith("police commander")
    assert source_names(claim_with(e, "Albar Trading")) == said
    assert source_names(claim_with(e, "Malaua town")) == said
    assert source_names(claim_with(e, "taken to the station")) == []


def test_a_first_person_quotation_after_a_sentence_naming_one_person_is_theirs(run):
    e = run(
        "As a young man, Hussain Rasheed was part of a team of entrepreneurs who opened the first "
        "resort.\n\n"
        "“It took me 45 years to be where I am. Growth came slowly.”\n\n"
        "The victim, John Tavares, was 45.\n\n"
        "“He was a lovely man and I will miss him.”"
    )
    assert source_names(claim_with(e, "45 years")) == ["Hussain Rasheed"]
    assert source_names(claim_with(e, "lovely man")) == []


def test_a_doubled_straight_quote_opens_one_quotation(run):
    e = run(
        '""Ella has grown as a player over the last three years," Tracey Dunne said.\n\n'
        '"She is a strong target under the post. She has grown as a leader."'
    )
    assert source_names(claim_with(e, "grown as a player")) == ["Tracey Dunne"]
    assert source_names(claim_with(e, "strong target")) == ["Tracey Dunne"]


def test_a_tag_closing_a_quotation_looks_to_the_subject_before_the_quotation_opened(run):
    e = run(
        "Forward Sean Mallon scored the winner in Glasgow.\n\n"
        '"Going a goal behind, the draw is a good result," the Fire striker told Sky Sports. '
        '"We move on."\n\n'
        '"We pressed them more in the second half."\n\n'
        "Mallon is keeping his fingers crossed he will be credited with the goal.\n\n"
        '"At the time it felt like my goal. Fingers crossed," he said.'
    )
    assert source_names(claim_with(e, "felt like my goal")) == ["Sean Mallon"]


def test_going_on_to_say_how_something_showed_says_it(run):
    e = run(
        "Lee Rowan went on to say how this showed a significant increase in social housing. Ana Obi "
        "went on to describe what had happened to her."
    )
    assert source_names(claim_with(e, "significant increase")) == ["Lee Rowan"]
    assert source_names(claim_with(e, "what had happened")) == []


def test_a_second_thing_said_after_a_speech_participle_is_said_too(run):
    e = run(
        "The Kenyan government has dismissed reports of shooting of protesters by police saying the "
        "country is safe and there are no insecurities except in parts of the capital."
    )
    said = source_names(claim_with(e, "country is safe"))
    assert said and said[0].lower().endswith("kenyan government")
    assert source_names(claim_with(e, "no insecurities")) == said


COACH = (
    "Coach Harrison Kamau gave credit to the boys for playing smart football. He applauded Raymond "
    "Gumede for playing a good skipper role.\n\n"
    "“Raymond played a leading role despite being replaced late. He combined well with Nigel,” he said."
)


def test_a_quotation_opening_with_a_name_is_about_them_not_by_them(run):
    e = run(COACH)
    assert source_names(claim_with(e, "leading role")) == ["Harrison Kamau"]
    assert source_names(claim_with(e, "combined well")) == ["Harrison Kamau"]


def test_a_tags_pronoun_is_never_the_one_the_quotation_names(run):
    e = run(
        "Editor Tomas Ndjeba told the paper the three leaders had done their best.\n\n"
        "And, current President Dr Hage Gaseb’s mandate to drive the economy is a brilliant idea.\n\n"
        "“President Gaseb’s mandate is prosperity. Stability has been acquired,” he said."
    )
    assert "Hage Gaseb" not in source_names(claim_with(e, "mandate is prosperity"))


def test_a_sentence_about_a_bodys_doings_between_one_speakers_words_is_the_reports(run):
    e = run(
        "Kola Adeyemi, founding partner at the firm Ventures Nine, sees interesting opportunities in "
        "intra-Africa trade. The firm has raised $64 million so far for a new fund. “Venture scale is "
        "really important,” he said."
    )
    assert source_names(claim_with(e, "interesting opportunities")) == ["Kola Adeyemi"]
    assert source_names(claim_with(e, "raised $64 million")) == []


def test_a_name_and_who_opening_the_sentence_speak_not_the_name_the_clause_ends_on(run):
    for name in ("O’Neill", "Malone"):
        e = run(
            f"{name} who is stepping down and handing over the reins to former prime minister and New "
            "Ireland Governor Sir Julius Tan said the recent movement of MPs had indicated a need for a "
            "change."
        )
        assert source_names(claim_with(e, "need for a change")) == [name]


def test_a_participle_after_an_object_speaks_for_the_subject(run):
    e = run(
        "Mr Liang used stronger words, stating that he is saddened that planners have no regard for "
        "residents."
    )
    assert source_names(claim_with(e, "saddened")) == ["Liang"]


def test_each_or_every_one_is_no_antecedent_for_a_speech_tags_pronoun(run):
    e = run(
        "Richard Cole said the count was unfair. Each candidate had been told that they could only bring "
        "one agent. Despite this, several councillors were allowed to stay at the centre, he said."
    )
    assert source_names(claim_with(e, "allowed to stay")) == ["Richard Cole"]


def test_a_persons_name_after_a_comma_glosses_a_capitalised_role(run):
    e = run(
        "The Vice-Chairman of the committee, Kwabena Abankwa-Mensah, told journalists that the election "
        "would be fair."
    )
    assert source_names(claim_with(e, "election would be fair")) == ["Kwabena Abankwa-Mensah"]


def test_a_role_run_straight_into_the_name_is_the_names(run):
    e = run(
        "The city's mayoral committee member for water and waste services Xanthea Lindberg advised "
        "affected residents to store five litres of water."
    )
    assert source_names(claim_with(e, "five litres")) == ["Xanthea Lindberg"]
