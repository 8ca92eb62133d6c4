"""Rules added in the tenth session on the unseen reports. Sentences written for the tests."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from claims.extraction.phrases import noun_phrase_tokens

from .conftest import claim_with, source_names


def test_each_named_speaker_of_a_coordination_is_a_source(run):
    e = run("Anna Berg and Tom Reyes said the bridge would reopen in May.")
    assert source_names(claim_with(e, "reopen in May")) == ["Anna Berg", "Tom Reyes"]


def test_a_list_of_named_speakers_read_as_an_apposition_is_each_a_source(run):
    e = run("Anna Berg, Tom Reyes and Lisa Wong told reporters the bridge would reopen in May.")
    assert source_names(claim_with(e, "reopen in May")) == ["Anna Berg", "Tom Reyes", "Lisa Wong"]


def test_a_speaker_and_the_role_in_apposition_stay_one_source(run):
    e = run("Anna Berg, the mayor, said the bridge would reopen in May.")
    assert source_names(claim_with(e, "reopen in May")) == ["Anna Berg"]


DESCRIBED_INTERVIEW = (
    "The harbour master came to our office today to answer questions about the port, the ferries "
    "and more. Here are some of his responses.\n\n"
    "How is the new terminal doing?\n\n"
    "The terminal handled 4,000 ships in its first year. We expect more next spring.\n\n"
    "Are you worried about the strike?\n\n"
    "I met the union on Monday and the talks went well."
)


def test_an_interview_whose_introduction_says_who_answered_credits_the_answers(run):
    e = run(DESCRIBED_INTERVIEW)
    assert source_names(claim_with(e, "4,000 ships")) == ["the harbour master"]
    assert source_names(claim_with(e, "talks went well")) == ["the harbour master"]


UNNAMED_INTERVIEW = (
    "What are your goals this season? How far can the team go?\n"
    "Obviously, you want to win the league, that's the goal. I think anytime that you win your "
    "division, you position yourself well for the Cup Finals.\n"
    "You're in a strange spot. Do you think about that?\n"
    "Well, I'm faced with it every day. I still have a lot to learn.\n"
    "Do you think next season you'll rely on Jim Dorsey as a mentor?\n"
    "Absolutely. I think he's always going to be a resource for me. He's a hall-of-fame coach.\n"
    "Do you still watch the old games?\n"
    "Every week. I watched the 1998 final again on Sunday.\n"
)


def test_an_interview_that_names_nobody_answering_credits_no_one(run):
    # not a capitalised event ("the Cup Finals"), not a person a question asks about
    e = run(UNNAMED_INTERVIEW)
    assert source_names(claim_with(e, "faced with it every day")) == []
    assert source_names(claim_with(e, "1998 final")) == []


def test_a_noun_phrase_ends_where_its_own_words_do():
    # the parser hangs a far word on the subject: "the mayor visited X, the law"
    words = ["the", "mayor", "visited", "Leeds", ",", "the", "law"]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 2, 2, 2, 1, 6, 1],
        deps=["det", "nsubj", "ROOT", "dobj", "punct", "det", "appos"],
    )
    assert [t.text for t in noun_phrase_tokens(doc[1], last=min(doc[1].i + 8, 6))] == ["the", "mayor"]


def test_a_speech_tags_he_is_not_the_subject_of_the_quotation_it_closes(run):
    e = run(
        "Prime Minister Ola Brandt met the delegation on Monday.\n\n"
        "Later, government spokesman Piotr Lind said the talks had gone well.\n\n"
        '"The prime minister has always said that the border will stay open," he said, adding that '
        "trade would resume in May."
    )
    assert source_names(claim_with(e, "trade would resume"))[:1] == ["Piotr Lind"]


def test_a_bare_participle_of_describing_makes_its_subject_no_speaker(run):
    e = run(
        "Ordinance 12 (parking dates): Passed by vote, unanimous; described as unchanged from previous years."
    )
    assert not any(s.name.startswith("Ordinance") for c in e.claims for s in c.sources)
    e = run("The minister has described the plan as absurd.")
    assert source_names(claim_with(e, "absurd")) == ["The minister"]


def test_what_someone_acknowledges_as_the_fact_that_is_theirs(run):
    e = run("Berg once again acknowledged the fact that the bank had lent too much in 2021.")
    assert source_names(claim_with(e, "lent too much")) == ["Berg"]
    e = run("She ignored the fact that the plan had failed.")
    assert source_names(claim_with(e, "plan had failed")) == []


def test_a_quotation_standing_alone_after_a_sentence_about_a_person_is_theirs(run):
    e = run(
        "On the same subject, Berg also hinted at the changes made inside the bank last year. "
        '"We are driving changes inside the company."'
    )
    assert source_names(claim_with(e, "driving changes")) == ["Berg"]
    e = run('The plant closed in 2019. "It was the end of an era."')
    assert source_names(claim_with(e, "end of an era")) == []


def test_a_speech_tags_he_is_not_a_name_met_lately_only_inside_quotation(run):
    e = run(
        "Ana Ruiz has joined Norvik United from Dunmore.\n\n"
        "On her part, Ruiz thanked the Dunmore fans.\n\n"
        '"I would like to thank the fans for four wonderful seasons.\n\n'
        '"When Norvik United and Tom Keller come knocking, it is an opportunity of a lifetime.\n\n'
        '"I cannot wait to play in front of 40,000 fans," he said.'
    )
    assert not any(
        s.name in {"Norvik United", "Tom Keller"} for c in e.claims if "40,000" in c.text for s in c.sources
    )


def test_a_picture_credit_at_the_top_does_not_end_the_page(run):
    e = run(
        "Waits for ambulances reach 12 hours\n\n© Local Streetview image\n\n"
        "Residents waited 12 hours for an ambulance, the council said.\n\n"
        "Commenting after the meeting, Cllr Ana Ruiz said:\n\n"
        "\u201cWe need urgent action on waiting times.\u201d"
    )
    assert source_names(claim_with(e, "urgent action")) in (["Ana Ruiz"], ["Cllr Ana Ruiz"])
    assert not any(c.text.startswith("Commenting") for c in e.claims)


def test_a_role_written_as_a_title_is_not_part_of_the_name(run):
    e = run(
        "The hospital is one of those badly affected by the crisis, according to city MP Wera Hobhouse. "
        "She told a debate that residents have had to wait as long as 12 hours."
    )
    assert source_names(claim_with(e, "badly affected")) == ["Wera Hobhouse"]
    assert source_names(claim_with(e, "12 hours")) == ["Wera Hobhouse"]


def test_the_page_pointing_to_a_text_below_is_no_claim(run):
    e = run("The council approved the budget on Monday. The text of the mayor's speech is below.")
    assert not any("speech" in c.text for c in e.claims)


def test_what_two_people_spoken_of_as_a_pair_say_is_each_ones(run):
    e = run(
        "Foreign Minister Lena Varga held talks with her Chilean counterpart Tomas Aravena in Lima.\n\n"
        "The two ministers acknowledged positive progress in trade between the countries. "
        "They welcomed the deepening cooperation in mining."
    )
    assert source_names(claim_with(e, "positive progress")) == ["Lena Varga", "Tomas Aravena"]
    assert source_names(claim_with(e, "cooperation in mining")) == ["Lena Varga", "Tomas Aravena"]


def test_the_researchers_are_not_taken_for_the_two_people_named_before(run):
    e = run(
        "The study was led by Lena Varga and Tomas Aravena of Kellerby University. "
        "The researchers acknowledged that the sample was small."
    )
    assert "Tomas Aravena" not in source_names(claim_with(e, "sample was small"))


def test_a_view_given_of_a_thing_in_words_is_the_speakers(run):
    e = run("Mayor Ana Ruiz hailed the new bridge as an important milestone for the city.")
    assert source_names(claim_with(e, "milestone")) == ["Ana Ruiz"]
    e = run("Chancellor Omar Lind stressed the importance of early repayment of the loans.")
    assert source_names(claim_with(e, "early repayment")) == ["Omar Lind"]


def test_a_role_run_straight_into_the_name_names_the_holder(run):
    e = run(
        "At a cabinet meeting on Tuesday, leader of the council Dana Whitby announced it would be "
        "taking advantage of the increase."
    )
    assert source_names(claim_with(e, "advantage of the increase")) == ["Dana Whitby"]
    e = run("A lawyer for Tom Hale said the appeal would be heard in May.")
    assert source_names(claim_with(e, "appeal would be heard")) == ["A lawyer for Tom Hale"]


def test_a_thing_found_to_have_something_in_the_passive_is_no_source(run):
    e = run(
        "The pills were later tested and found to have contained fentanyl, a deadly synthetic opioid "
        "driving a spike in overdose deaths across the U.S."
    )
    assert not any(s.name in {"pills", "The pills"} for c in e.claims for s in c.sources)


def test_a_speech_tag_set_off_by_a_dash_still_tags_the_quotation(run):
    e = run(
        "\u201cI\u2019m afraid relations will be difficult. Not our fault, but because of the dynamics "
        "of American politics,\u201d \u2014 said Petrov."
    )
    assert source_names(claim_with(e, "relations will be difficult")) == ["Petrov"]
    assert e.claims[0].start == 1  # the words keep their place in the report


def test_a_country_run_into_the_name_after_it_is_no_part_of_it(run):
    e = run(
        "Former Russian Ambassador to the U.S. Sergey Kislyak said sanctions are an instrument of Washington."
    )
    assert source_names(claim_with(e, "instrument of Washington")) == ["Sergey Kislyak"]


def test_a_thing_that_underscores_something_speaks_no_words(run):
    e = run("Casualties underscore the urgency of a ceasefire deal in the region.")
    assert source_names(claim_with(e, "urgency")) == []


def test_a_bulleted_heading_with_a_colon_mid_line_opens_no_list(run):
    e = run(
        "Key facts\n\n"
        "  \u2022 Mayor says works near completion; delays underline urgency: Mayor Ana Ruiz stated that "
        "the bridge works are getting close, noting that many drivers are stuck and that a deal must be "
        "achieved. [1]\n"
        "  \u2022 Union offers a new deal and depot plan: The drivers union proposed a four-day week for "
        "depot staff in exchange for overtime limits, while pay remains a major point of contention. [1]\n"
    )
    assert source_names(claim_with(e, "four-day week")) == []
    assert source_names(claim_with(e, "bridge works")) == ["Ana Ruiz"]


def test_a_colon_quotation_is_not_put_in_the_mouth_of_a_thing_in_what_was_said(run):
    e = run(
        "Ana Ruiz, chief executive of Riders United, does not believe such deep cuts to rural routes "
        "will survive a legal challenge, describing them as cruel: \u201cIt is unthinkable that people "
        "are being left without a bus to the hospital.\u201d"
    )
    assert source_names(claim_with(e, "unthinkable")) == ["Ana Ruiz"]
    assert any("does not believe" in c.text for c in e.claims)


def test_source_names_are_whole_phrases_and_never_the_writer(run):
    e = run("A man police say is responsible for nine burglaries in the north of the city is now in custody.")
    assert source_names(claim_with(e, "nine burglaries")) == ["police"]
    e = run(
        "Newspaper editorials rarely make news\u2014I've been writing them for a long time, and, believe "
        "me, I know\u2014but one did the other day."
    )
    assert source_names(claim_with(e, "rarely make news")) == []
    e = run(
        "Republicans are running dead even in races for governor in four states, according to new "
        "polling of four key battleground states from The New York Times and Siena College."
    )
    assert not any(n.endswith("The New") for c in e.claims for n in source_names(c))


def test_a_speech_tag_glued_to_the_closing_mark_still_tags_the_quotation(run):
    e = run('"It was a great day for the riders of the number 9 bus,"said committee member Ana Ruiz.')
    assert source_names(claim_with(e, "great day")) == ["Ana Ruiz"]


def test_a_forecast_the_parser_reads_as_an_adjective_is_still_the_forecasters(run):
    e = run(
        "THE Weather Bureau is forecasting severe to extreme heatwave conditions for much of the north coast."
    )
    assert source_names(claim_with(e, "heatwave conditions")) == ["THE Weather Bureau"]


def test_a_thing_said_to_do_something_is_spoken_of_not_speaking(run):
    e = run("The bridge plan - said to cost $5 million - was approved by the county council on Monday.")
    assert not any(s.name.endswith("plan") for c in e.claims for s in c.sources)
