"""Rules added in the twelfth session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names

AFTER_AN_INTRODUCTION = (
    "Flooding shuts roads across the county\n\n"
    "{line}\n\n"
    "Deputies arrested a 34-year-old man on Friday. He was charged with burglary.\n\n"
    "In other news, the county fair opened on Sunday."
)


@pytest.mark.parametrize(
    "line, body",
    [
        ("The county sheriff's office released the following statement:", "The county sheriff's office"),
        ("Below is the full statement from the sheriff's office:", "the sheriff's office"),
        (
            "We are keeping you up to date. Here is the latest update from the Lakeside Police Department:",
            "the Lakeside Police Department",
        ),
    ],
)
def test_a_paragraph_a_colon_gives_to_a_body_is_that_bodys_words_and_the_line_is_no_claim(run, line, body):
    e = run(AFTER_AN_INTRODUCTION.format(line=line))
    assert source_names(claim_with(e, "arrested a 34-year-old man")) == [body]
    assert source_names(claim_with(e, "charged with burglary")) == [body]
    assert source_names(claim_with(e, "county fair opened")) == []
    assert not any("statement" in c.text or "update from" in c.text for c in e.claims)


def test_a_statement_given_with_no_colon_does_not_take_the_next_paragraph(run):
    e = run(
        AFTER_AN_INTRODUCTION.format(
            line="The sheriff's office released a statement on the arrest on Monday."
        )
    )
    assert source_names(claim_with(e, "arrested a 34-year-old man")) == []


def test_a_description_before_the_name_is_part_of_the_subject_who_announces(run):
    e = run(
        "Open-source analytics startup Kettle Labs announced Friday that it raised $4 million in seed "
        "funding from a group of investors."
    )
    assert source_names(claim_with(e, "raised $4 million")) == ["Kettle Labs"]


def test_a_name_in_what_a_speech_tag_says_is_no_rival_to_the_one_who_said_it(run):
    e = run(
        "The firm was founded in 2019 by Omar Reyes and Lena Park. Chief executive Reyes said he and Park "
        "had worked on the idea for years.\n\n"
        "The problem with what Reyes called the old process is that developers waited for hours. Instead, "
        "Kettle Cloud connects directly to the server so that code can be tested at once, he added."
    )
    assert source_names(claim_with(e, "connects directly to the server")) == ["Omar Reyes"]


def test_findings_that_show_are_a_document_not_the_report(run):
    e = run("The findings showed that patients who walked daily had a 30 percent lower risk of stroke.")
    assert source_names(claim_with(e, "30 percent lower risk")) != []


def test_he_after_a_coordinated_subject_is_not_its_first_member(run):
    e = run(
        "Judge Alan Price heard the case. The boy was questioned by barristers for half a day. The judge and "
        "lawyers removed their wigs to make it less intimidating. He gave evidence from another room."
    )
    assert "Alan Price" not in claim_with(e, "gave evidence from another room").text


def test_he_after_a_sentence_whose_own_he_stayed_unknown_is_not_a_name_in_its_clause(run):
    e = run(
        "Judge Alan Price heard the case. The boy was questioned by barristers for half a day. The judge and "
        "lawyers removed their wigs. He also had bruises on his face, where Tom Reyes had held his mouth "
        "shut. He needed an emergency operation."
    )
    assert "Tom Reyes" not in claim_with(e, "emergency operation").text


@pytest.mark.parametrize(
    "sentence, words, speaker",
    [
        (
            "David Cameron repeated his warning that tax cuts would lead to higher taxes.",
            "higher taxes",
            "David Cameron",
        ),
        (
            "The mayor issued a warning that the river would flood by Friday.",
            "river would flood",
            "the mayor",
        ),
    ],
)
def test_what_a_warning_or_a_promise_someone_gives_says_is_theirs(run, sentence, words, speaker):
    assert [n.lower() for n in source_names(claim_with(run(sentence), words))] == [speaker.lower()]


def test_a_warning_nobody_gives_is_the_reports_to_state(run):
    e = run("There were warnings that prices would rise in the spring.")
    assert all(source_names(c) == [] for c in e.claims)


def test_thats_according_to_credits_what_came_before_and_says_nothing_itself(run):
    e = run(
        "Factories in the region have turned to robots in recent years, and their spending shows no sign of "
        "slowing.\n\n"
        "That's according to plant managers and engineers who have watched the change.\n\n"
        "The region has 40 factories."
    )
    assert source_names(claim_with(e, "turned to robots")) == ["plant managers and engineers"]
    assert source_names(claim_with(e, "no sign of slowing")) == ["plant managers and engineers"]
    assert source_names(claim_with(e, "40 factories")) == []
    assert not any(c.text.startswith("That's according") for c in e.claims)


def test_a_line_saying_where_the_next_words_come_from_credits_them(run):
    e = run(
        "Quake latest\n\n"
        "From the Civil Defence Ministry:\n\n"
        "There have been 26 aftershocks greater than magnitude 4.\n\n"
        "In other news, the county fair opened on Sunday."
    )
    assert source_names(claim_with(e, "26 aftershocks")) == ["the Civil Defence Ministry"]
    assert source_names(claim_with(e, "county fair")) == []


def test_an_outlook_that_identifies_a_risk_is_a_document(run):
    e = run(
        "The fire service's seasonal outlook identified a heightened risk of fire for parts of the south. "
        "Police identified two suspects."
    )
    assert source_names(claim_with(e, "heightened risk")) == ["The fire service"]
    assert source_names(claim_with(e, "two suspects")) == []


@pytest.mark.parametrize(
    "line",
    [
        "23 November 2011, 14:24 | Updated: 30 March 2016, 13:50",
        "Getting your Trinity Audio player ready..",
        "You must be logged in to post a comment.",
        "Your browser is no longer supported",
        "Photo Ana Ruiz (Click) to enlarge: opens in new window",
        "You're reading Lakeside Business, a franchise of Lakeside Media.",
        "For more about the band, visit theharborlights.com.",
        "Road closure information is available at lakeside511.org.",
        "Blog 2 Comments",
        "Auto Added by WPeMatico",
    ],
)
def test_the_pages_widgets_and_pointers_are_furniture(run, line):
    e = run(
        f"Council approves budget\n\n{line}\n\nThe council approved the budget by 7 votes to 2 on Monday."
    )
    assert [c.text for c in e.claims if "budget" not in c.text] == []


@pytest.mark.parametrize(
    "line",
    [
        "The council said information is available at the town hall.",
        "She said 12 comments were received before the vote.",
        "The firm has been no longer supported by its bank since May.",
    ],
)
def test_sentences_with_the_same_words_are_still_claims(run, line):
    e = run(
        f"Council approves budget\n\n{line}\n\nThe council approved the budget by 7 votes to 2 on Monday."
    )
    assert len([c for c in e.claims if "budget" not in c.text]) == 1


def test_a_speech_verb_inside_a_relative_clause_credits_what_police_allege(run):
    e = run("A man was stabbed by a neighbour who police allege had broken into a house on Elm Street.")
    assert source_names(claim_with(e, "broken into a house")) == ["police"]
    assert source_names(claim_with(e, "was stabbed")) == []


def test_a_speech_verb_in_a_when_clause_credits_what_it_says(run):
    e = run("It was no surprise when coach Dan Moyo confirmed the side would be unchanged for Saturday.")
    assert source_names(claim_with(e, "side would be unchanged")) == ["Dan Moyo"]


def test_which_suggests_stays_the_reports_inference(run):
    e = run("Sales fell for a third month in March, which suggests demand is cooling.")
    assert source_names(claim_with(e, "demand is cooling")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator took to Twitter to say that the bill would fail in committee.",
        "The senator rose to argue that the bill would fail in committee.",
        "The senator used the figures to argue that the bill would fail in committee.",
    ],
)
def test_a_speech_verb_after_taking_to_rising_or_using_is_the_subjects(run, sentence):
    assert [n.lower() for n in source_names(claim_with(run(sentence), "bill would fail"))] == ["the senator"]


def test_going_on_to_describe_what_happened_is_no_statement_split_off(run):
    e = run(
        "In a recorded interview shown to the jury, the girl went on to describe what had happened to her."
    )
    assert not any(c.text.startswith("What had happened") for c in e.claims)


def test_according_to_on_the_verb_a_plan_governs_covers_the_clause(run):
    e = run("The council also plans to increase its staffing levels according to the budget report.")
    assert source_names(claim_with(e, "increase its staffing")) != []


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Researchers found a connection between poor sleep and dementia.", "connection between poor sleep"),
        ("The ministry conveyed that both sides were looking forward to the visit.", "looking forward"),
    ],
)
def test_researchers_finding_a_link_and_conveying_are_attributions(run, sentence, words):
    assert source_names(claim_with(run(sentence), words)) != []


def test_scientists_finding_a_thing_is_an_event(run):
    e = run("Scientists found a new species of frog in the cloud forest.")
    assert source_names(claim_with(e, "new species of frog")) == []


def test_a_described_person_before_he_in_the_same_sentence_keeps_a_name_out(run):
    e = run(
        "Defence lawyer Tom Reyes spoke first. The court heard how the boy's arm was broken and how he was "
        "bruised on his back."
    )
    assert "Tom Reyes" not in claim_with(e, "bruised on his back").text


def test_a_dateline_with_a_hyphenated_agency_is_cut_and_never_the_speaker(run):
    e = run(
        "Dam talks stall\n\n"
        "KHARTOUM, Oct 6 (NNN-Xinhua) — Ethiopia rejected the presence of a third party in the talks."
    )
    claim = claim_with(e, "third party in the talks")
    assert "KHARTOUM" not in claim.text and "KHARTOUM" not in source_names(claim)


def test_rain_expected_after_with_is_expected_by_no_one(run):
    e = run("The weather office forecasts heavy rain in the south, with snow also expected in the north.")
    assert all("snow" not in s.lower() for c in e.claims for s in source_names(c))


def test_statistics_provided_by_a_body_are_the_bodys(run):
    e = run("According to statistics provided by Harbor Works, most of its staff live within five miles.")
    assert source_names(claim_with(e, "within five miles")) == ["Harbor Works"]


def test_a_quotation_tagged_by_a_different_person_is_not_the_last_speakers(run):
    e = run(
        "“Scrap the ordinance,” one man said at the hearing. “All we want is a compromise,” a different man "
        "requested. “Rescind it tonight,” a third resident said."
    )
    assert source_names(claim_with(e, "we want is a compromise")) == ["a different man"]


PROFILE = (
    "Family: Wife, Laurie; daughters, Katie, a teacher at Lake Elementary, and Jesse, a student\n\n"
    "Incumbent or challenger: Incumbent\n\n"
    "How do your skills or experience set you apart as a candidate?\n\n"
    "I have served on the school board for almost 10 years. I have worked with the community to tackle a "
    "number of challenges. My career has been focused on communications.\n\n"
    "What is the biggest challenge facing the district, and how would you address it as a board member?\n\n"
    "State funding has failed to keep pace with inflation. We continue to work with legislators.\n\n"
    "What can a school board member do to narrow achievement gaps?\n\n"
    "We have attacked the problem in every building and have started to see some progress."
)


def test_a_relative_listed_in_a_candidates_profile_never_answers(run):
    e = run(PROFILE)
    for words in ("served on the school board", "failed to keep pace"):
        assert not {"Laurie", "Katie", "Jesse"} & set(source_names(claim_with(e, words)))


TURNS = (
    "Doorstop interview at the harbour\n\n"
    "JOURNALIST: Why did you appoint Tom Reyes as Minister for Ports?\n\n"
    "PRIME MINISTER: I chose him because I thought he would do a good job. He did the right thing in asking "
    "to wait until the inquiry had finished.\n\n"
    "JOURNALIST: Is the port deal a sweetener?\n\n"
    "PRIME MINISTER: No, it is something we have long promised. It was opposed by the Labour Party."
)


def test_a_turn_labelled_in_capitals_keeps_its_whole_label_and_no_other_ministers_name(run):
    e = run(TURNS)
    assert source_names(claim_with(e, "opposed by the Labour Party")) == ["PRIME MINISTER"]


def test_a_labelled_turn_is_not_put_in_the_mouth_of_a_minister_the_question_named(run):
    e = run(
        "Doorstop interview at the harbour\n\n"
        "JOURNALIST: Why did you appoint the new ports minister so quickly?\n\n"
        "PRIME MINISTER: I chose him because I thought he would do a good job. He did the right thing in "
        "asking to wait until the inquiry had finished."
    )
    claim = claim_with(e, "did the right thing")
    assert source_names(claim) == ["PRIME MINISTER"]
    assert "PRIME MINISTER" not in claim.text
