"""Rules added in the thirty-fifth session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokeswoman for the airline said the flight was delayed by four hours. She added that the "
            "delay was caused by a technical fault.",
            ["A spokeswoman for the airline"],
        ),
        (
            "A spokesman for the bank said the branch would close in June. “The lease has run out,” he said.",
            ["A spokesman for the bank"],
        ),
        (
            "The head of the union said members would strike on Friday. He added that talks had failed.",
            ["The head of the union"],
        ),
    ],
)
def test_a_pronoun_after_a_role_for_a_company_points_back_to_that_role(run, text, expected):
    e = run(text)
    claim = next(c for c in e.claims if any(w in c.text.lower() for w in ("delay", "lease", "talks")))
    assert source_names(claim) == expected


def test_a_company_named_alone_is_still_no_person_for_a_later_pronoun(run):
    e = run("The airline said the flight was delayed. She added that the delay was caused by a fault.")
    assert source_names(claim_with(e, "caused by a fault")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday. Hendry said the plan would cost $4 million. He added that the work would "
        "start in May.",
        "Police arrested two men. Okafor said the men had been released. She added that the work would start "
        "in May.",
    ],
)
def test_a_speech_tags_pronoun_after_a_one_word_name_that_spoke_is_that_name(run, text):
    e = run(text)
    speaker = "Hendry" if "Hendry" in text else "Okafor"
    assert source_names(claim_with(e, "start in May")) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a person stands before: the pronoun is not read as the one-word name
        "Ana Ruiz opened the meeting. Hendry said the plan would cost $4 million. She added that the work "
        "would start in May.",
        # an acronym is a body's, never a person's
        "The council met on Monday. NATO said the plan would cost $4 million. He added that the work would "
        "start in May.",
        # not the sentence before
        "Hendry said the plan would cost $4 million. The council met on Monday. Rain fell all day. He added "
        "that the work would start in May.",
    ],
)
def test_a_one_word_name_is_no_persons_when_unsure(run, text):
    e = run(text)
    assert "Hendry" not in source_names(claim_with(e, "start in May"))
    assert "NATO" not in source_names(claim_with(e, "start in May"))


def test_a_later_indefinite_role_is_someone_new_not_the_role_met_before(run):
    e = run(
        "A spokesperson for the network operator said engineers could not climb poles. The Environment "
        "Agency said work on the scheme was on schedule. A spokesperson said the scheme had been redesigned "
        "in 2023."
    )
    assert source_names(claim_with(e, "redesigned")) == ["A spokesperson"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The DG noted that the product was sold nationwide. She added that no injuries were reported.",
            "The DG",
        ),
        (
            "The CEO said the product was sold nationwide. She added that no injuries were reported.",
            "The CEO",
        ),
        ("The DA said the man was arrested on Friday. He added that no injuries were reported.", "The DA"),
    ],
)
def test_a_role_written_in_capitals_is_a_person_a_pronoun_points_back_to(run, text, expected):
    e = run(text)
    assert source_names(claim_with(e, "no injuries")) == [expected]


def test_a_company_in_capitals_is_still_no_person(run):
    e = run("GM said the car was sold nationwide. He added that no injuries were reported.")
    assert source_names(claim_with(e, "no injuries")) == []


def test_a_quotation_run_on_over_paragraphs_belongs_to_a_tag_standing_after_it(run):
    e = run(
        "“We will appeal the ruling as soon as we can.\n\n“The judge got the law wrong.” The spokesman said."
    )
    assert source_names(claim_with(e, "appeal the ruling")) == ["The spokesman"]
    assert source_names(claim_with(e, "got the law wrong")) == ["The spokesman"]


def test_a_closed_quotation_before_a_paragraph_is_not_taken_by_the_next_tag(run):
    e = run(
        "“We will appeal the ruling as soon as we can.”\n\n“The judge got the law wrong.” The spokesman said."
    )
    assert source_names(claim_with(e, "appeal the ruling")) != ["The spokesman"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "When contacted by Reuters, the Turkish Directorate General of Migration Management acknowledged "
            "the return of 27 Afghans, but insisted that all were returned voluntarily.",
            "the Turkish Directorate General of Migration Management",
        ),
        (
            "As alleged by EPA, Delta Stone Company Inc. violated the terms of its permit when it failed to "
            "monitor the runoff.",
            "EPA",
        ),
    ],
)
def test_the_subject_after_an_opening_clauses_agent_is_the_main_verbs(run, sentence, expected):
    e = run(sentence)
    claim = next(c for c in e.claims if "voluntarily" in c.text or "violated" in c.text)
    assert source_names(claim) == [expected]
    assert "Reuters" not in source_names(claim)


def test_as_claimed_by_credits_the_clause(run):
    e = run("As claimed by the union, the firm cut 300 jobs at the plant.")
    assert source_names(claim_with(e, "300 jobs")) == ["the union"]


def test_a_charge_after_a_passive_is_the_one_charged_not_the_speakers_act(run):
    e = run("Police said the man was detained at his home, and then charged with murder.")
    claim = claim_with(e, "with murder")
    assert not claim.text.startswith("Police")
    assert source_names(claim) == ["Police"]


def test_a_speakers_own_call_after_a_passive_stays_the_speakers_act(run):
    e = run("Councillor Dunmore said the bridge had been closed for repairs and called for an inquiry.")
    assert claim_with(e, "called for an inquiry").text.startswith("Councillor Dunmore called")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_statement_given_out_goes_on_in_the_first_person_and_between_its_first_person_lines(run, sep):
    e = run(
        sep.join(
            [
                "Bishop says rumours are false",
                "Father Tom Hale later released an updated statement:",
                "I fully confirm my previous statement.",
                "No doctor has visited the bishop at his home.",
                "I am able to confirm that the bishop is in good health.",
                "The bishop is 86.",
            ]
        )
    )
    for words in ("previous statement", "No doctor has visited", "in good health"):
        assert source_names(claim_with(e, words)) == ["Tom Hale"] or source_names(claim_with(e, words)) == [
            "Father Tom Hale"
        ]
    assert source_names(claim_with(e, "is 86")) == []


def test_a_line_in_no_person_after_a_statement_is_the_reports_when_no_first_person_line_follows(run):
    e = run(
        "Bishop says rumours are false\n\nFather Tom Hale released a statement:\n\n"
        "I fully confirm my previous statement.\n\nThe diocese has 40 parishes.\n\nThe bishop is 86."
    )
    assert source_names(claim_with(e, "40 parishes")) == []


def test_a_family_voicing_heartbreak_is_the_familys(run):
    e = run("The sentencing ended a long trial. His family voiced their heartbreak at the verdict.")
    assert source_names(claim_with(e, "heartbreak")) == ["His family"]


def test_it_added_goes_on_with_the_body_that_spoke_not_one_named_in_what_it_adds(run):
    e = run(
        "Ban lifted\n\nAccording to the club, the player took the matter to the Football Federation, and a "
        "decision was issued by the governing body.\n\nAfter receiving the decision, Harbour FC made the "
        "payment as stipulated, and with this settlement, the Football Federation will lift the ban imposed "
        "on the team, it added."
    )
    assert source_names(claim_with(e, "lift the ban")) == ["the club"]


def test_a_body_a_closing_it_said_has_for_subject_still_speaks(run):
    e = run("Storm hits island\n\nGuam Power Authority is working to restore power to 4,000 homes, it said.")
    assert source_names(claim_with(e, "restore power")) == ["Guam Power Authority"]


def test_a_statement_closing_a_quotation_is_not_that_of_someone_told_of_inside_it(run):
    e = run(
        "Ban explained\n\nInstead, the club explained that the matter was technical.\n\n"
        "“A former player terminated his contract. Although all payments were settled, the player submitted "
        "an additional claim.\n\n"
        "“Checks revealed that the amount had already been paid,” the statement read."
    )
    assert source_names(claim_with(e, "already been paid")) == ["the club"]


@pytest.mark.parametrize(
    "text",
    [
        "Pilot charged\n\nAnother man aboard, Alex Wood, told the outlet that the pilot announced that "
        "“there was a disturbance in the cockpit.”\n\nHe added, “It was handled very calmly by the crew.”",
        "Storm hits\n\nAlex Wood said the captain told passengers to stay seated. He added that it was "
        "handled very calmly by the crew.",
    ],
)
def test_he_added_goes_on_with_the_one_who_told_not_the_one_told_of(run, text):
    e = run(text)
    assert source_names(claim_with(e, "handled very calmly")) == ["Alex Wood"]


def test_the_one_told_of_who_speaks_of_himself_again_keeps_his_words(run):
    e = run(
        "Storm hits\n\nThe captain said he had told passengers to stay seated. He added that the plane "
        "landed safely."
    )
    assert source_names(claim_with(e, "landed safely")) == ["The captain"]


def test_a_plural_role_glossed_with_two_names_is_both_of_them(run):
    e = run(
        "Markets rally\n\nSenior analysts Ana Ruiz and Tom Hale say earnings season again proved to be one "
        "of continued downgrades."
    )
    claims = [c for c in e.claims if "downgrades" in c.text]
    assert source_names(claims[0]) == ["Ana Ruiz", "Tom Hale"]
    assert not any(c.text.startswith("Tom Hale is") for c in e.claims)


def test_roles_closed_by_one_name_are_still_that_names(run):
    e = run(
        "Markets rally\n\nConservative MP and former health minister Dan Poulter said the plan would fail."
    )
    assert source_names(claim_with(e, "plan would fail")) == ["Dan Poulter"]


def test_a_list_opened_by_a_speech_verb_closing_a_coordination_is_the_speakers(run):
    e = run(
        "Gang jailed\n\nThe facts are scant but The Courier’s report states:\n\n"
        "  • The victims were passed around by their abusers – often for money.\n"
        "  • One of the girls was assaulted on the same night by three men."
    )
    assert source_names(claim_with(e, "often for money")) == ["Courier"]
    assert source_names(claim_with(e, "three men")) == ["Courier"]
    assert source_names(claim_with(e, "facts are scant")) == []


def test_a_list_after_a_coordination_with_no_speech_verb_is_the_reports(run):
    e = run(
        "Gang jailed\n\nThe facts are scant but we know this:\n\n- The victims were passed around by abusers."
    )
    assert source_names(claim_with(e, "passed around")) == []


def test_words_told_alongside_with_no_outer_account_stay_their_speakers(run):
    e = run("Markets slide\n\nSales fell 4%, with analysts warning that the outlook was weak.")
    assert source_names(claim_with(e, "outlook was weak")) == ["analysts"]


LABOUR = (
    "Party launches manifesto\n\n"
    "Sir Tom Hale has promised a credible plan.\n\n"
    "Pointing to the seat where Ana Ruiz is running to become an MP, he told the audience: “If you want "
    "politics as pantomime, I hear Clacton is nice.”\n\n"
    "Politics live: Cameron admits PM faced ‘tough crowd’ at Sky News event\n\n"
    "The Labour leader also doubled down on his pledge not to raise taxes on working people.\n\n"
    "“This is an issue of conviction,” he said."
)


def test_a_link_to_a_live_page_is_furniture_and_names_no_one_later_described(run):
    e = run(LABOUR)
    assert not any("tough crowd" in c.text for c in e.claims)
    assert source_names(claim_with(e, "issue of conviction")) in (["Tom Hale"], [])


def test_a_subject_in_a_where_clause_is_no_topic_for_a_later_pronoun(run):
    e = run(LABOUR)
    assert "Ana Ruiz" not in source_names(claim_with(e, "pantomime"))
    assert "Ana Ruiz" not in source_names(claim_with(e, "issue of conviction"))


@pytest.mark.parametrize(
    "frame",
    [
        "It is very interesting to note that",
        "It should be noted that",
        "It is worth noting that",
        "It is clear that",
    ],
)
def test_the_reports_own_frame_leaves_a_speech_verb_in_what_it_says_attributing(run, frame):
    e = run(f"Drought denied\n\n{frame} the farm ministry said that news reports of a drought are incorrect.")
    assert source_names(claim_with(e, "reports of a drought")) == ["the farm ministry"]


def test_what_the_report_frames_as_clear_stays_its_own(run):
    e = run("Plan doomed\n\nIt is clear that the plan will fail.")
    assert source_names(claim_with(e, "plan will fail")) == []


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "A spokesperson for the foreign ministry on Monday called a US claim that Iran had attacked the "
            "ship “baseless.”",
            "attacked the ship",
            "A spokesperson for the foreign ministry",
        ),
        (
            "The minister called the claim that the ship was attacked baseless.",
            "ship was attacked",
            "The minister",
        ),
    ],
)
def test_a_claim_called_baseless_is_denied_by_the_one_who_called_it_so(run, sentence, words, speaker):
    e = run(f"Ship attacked\n\n{sentence}")
    claim = claim_with(e, words)
    assert "baseless" not in claim.text
    assert [(s.name, s.role) for s in claim.sources if s.role != "publisher"] == [(speaker, "denied")]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "The minister called a claim that she had leaked documents baseless.",
            "leaked documents",
            "The minister",
        ),
        ("Senator Ray Greer called an allegation that he took bribes baseless.", "took bribes", "Ray Greer"),
    ],
)
def test_an_allegation_against_the_caller_called_baseless_is_denied_not_said(run, sentence, words, speaker):
    e = run(f"Row\n\n{sentence}")
    claim = claim_with(e, words)
    assert "baseless" not in claim.text
    assert [(s.name, s.role) for s in claim.sources if s.role != "publisher"] == [(speaker, "denied")]


def test_reports_called_false_are_read_as_they_stand(run):
    e = run("Row\n\nThe mayor called reports that the bridge would close false.")
    assert not any(s.role == "said" and "bridge would close" in c.text for c in e.claims for s in c.sources)


def test_allegations_about_the_speaker_are_theirs_to_answer_not_to_say(run):
    e = run(
        "Bribe row\n\nTom Hale has said he was shocked by the allegations that he took bribes from the "
        "minister."
    )
    claim = claim_with(e, "took bribes")
    assert all(s.role != "said" for s in claim.sources)


def test_a_body_named_by_a_common_noun_is_the_it_that_adds(run):
    e = run(
        "Ban row\n\nAccording to the club, the player took the matter to the league. The federation said it "
        "would review the case. The ban will be lifted in May, it added."
    )
    assert source_names(claim_with(e, "lifted in May")) == ["The federation"]


def test_a_long_label_saying_who_someone_is_closed_by_their_name_speaks_the_block_after_it(run):
    e = run(
        "Stimulus doubts\n\nEconomists have doubts. They include:\n\n"
        "John Bates Clark Medal recipient, Nobel laureate, and University of Chicago economics professor "
        "Gary Becker:\n\nPerhaps their estimates are in the right ballpark, but I tend to believe that they "
        "are excessive."
    )
    assert source_names(claim_with(e, "excessive")) == ["Gary Becker"]


def test_a_label_naming_two_people_gives_neither_their_words(run):
    e = run(
        "Stimulus doubts\n\nThe two authors, Ana Ruiz and Tom Hale:\n\nWe believe the estimates are "
        "excessive."
    )
    assert source_names(claim_with(e, "excessive")) not in (["Tom Hale"], ["Ana Ruiz"])


def test_this_was_announced_on_a_day_by_someone_points_back(run):
    e = run(
        "Summit praised\n\nThe talks in Alaska made progress on trade and energy. This was announced on "
        "August 16 by ministry spokesman Ravi Kumar."
    )
    assert source_names(claim_with(e, "made progress")) == ["Ravi Kumar"]


def test_a_quotation_after_someone_spoke_belongs_to_the_speaker_named_when_it_closes(run):
    e = run(
        "Bridge delayed\n\nAuthorities attributed the delay to a court case. “The project was delayed by 10 "
        "months due to the case. We were not able to start work on the south side,” said project head Ana "
        "Ruiz."
    )
    assert source_names(claim_with(e, "delayed by 10 months")) == ["Ana Ruiz"]
    assert source_names(claim_with(e, "south side")) == ["Ana Ruiz"]


def test_a_quotation_going_on_after_a_speaker_with_no_tag_of_its_own_stays_theirs(run):
    e = run(
        "Ruling\n\nThe rulings were wrong, the judge said. “They ignored the evidence. The case must be "
        "heard again.”"
    )
    assert source_names(claim_with(e, "heard again")) == ["the judge"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A passenger told CNN that the cabin was in panic.", ["CNN", "A passenger"]),
        ("Sources told Reuters that the deal was off.", ["Reuters", "Sources"]),
        ("Ana Ruiz told Reuters that the deal was off.", ["Ana Ruiz"]),
        ("The mayor told Reuters that the deal was off.", ["The mayor"]),
        ("A passenger told his wife that the cabin was calm.", ["A passenger"]),
    ],
)
def test_an_unnamed_persons_words_told_to_an_outlet_come_through_the_outlet(run, sentence, expected):
    e = run(f"Flight scare\n\n{sentence}")
    claim = next(c for c in e.claims if "cabin" in c.text or "deal" in c.text)
    assert source_names(claim) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Jobs cut\n\nMany of the jobs are open positions, publisher David Hiller said. Decisions on "
            "layoffs will be made in the next two weeks.",
            "Decisions on layoffs",
            ["David Hiller"],
        ),
        (
            "Jobs cut\n\nSome cuts have come through attrition, editor Ana Ruiz wrote in an email to staff. "
            "The balance will come through layoffs by year's end.",
            "balance will come",
            ["Ana Ruiz"],
        ),
        (
            "Jobs cut\n\nUnemployment fell to 4.1 percent, the statistics office said. The government will "
            "publish its budget next week.",
            "publish its budget",
            [],
        ),
    ],
)
def test_what_is_still_to_come_with_no_actor_goes_on_with_the_speaker_before(run, text, words, expected):
    e = run(text)
    assert source_names(claim_with(e, words)) == expected


def test_what_is_still_to_come_by_a_named_actor_stays_the_reports(run):
    e = run("Museum\n\nDirector Maria Kolb said the museum was broke. The building will be sold by the city.")
    assert source_names(claim_with(e, "sold by the city")) == []


def test_a_statement_named_for_a_body_is_that_bodys_not_the_last_statements_author(run):
    e = run(
        "Ties cut\n\n“Beijing launched a diplomatic repression,” said a statement from spokeswoman Olivia "
        "Lin.\n\n“This change is in no way intended to affect our relationships,” the Nauru government "
        "statement said.\n\n"
        "“Nauru remains a sovereign and independent nation,” it added."
    )
    assert source_names(claim_with(e, "no way intended")) == ["Nauru government"]
    assert source_names(claim_with(e, "sovereign and independent")) == ["Nauru government"]


def test_a_speaker_read_as_a_conjunct_of_an_opening_phrases_noun_is_the_verbs_subject(run):
    e = run(
        "Tariff panic\n\nIn an interview with China Media Group, Peter Baur, an economics professor from the "
        "University of Johannesburg, highlighted that the new tariff policy represents a challenge for the "
        "economy."
    )
    assert source_names(claim_with(e, "represents a challenge")) == ["Peter Baur"]


@pytest.mark.parametrize(
    "sentence",
    ["The union announced strikes in England for March.", "The company announced 300 layoffs at the plant."],
)
def test_strikes_and_layoffs_announced_are_the_announcers_word_until_done(run, sentence):
    e = run(f"Strike on\n\n{sentence}")
    assert source_names(e.claims[-1]) in (["The union"], ["The company"])


def test_the_subject_of_an_object_relative_clause_is_no_topic_for_the_next_pronoun(run):
    e = run(
        "New cardinals\n\nTom Hale, whom Pope Francis named as secretary, was in Brazil. He told reporters "
        "that he had not known about the appointment."
    )
    assert source_names(claim_with(e, "not known")) == ["Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite fears that the currency would crash, the central bank held rates steady, governor Lars Berg "
        "said.",
        "Despite concerns that the vaccine was unsafe, the ministry approved it.",
    ],
)
def test_a_fear_nobody_is_said_to_voice_is_nobodys_claim(run, sentence):
    e = run(f"Rates\n\n{sentence}")
    assert not any(
        c.text.startswith("Despite fears the") or c.text.startswith("Despite concerns the") for c in e.claims
    )
