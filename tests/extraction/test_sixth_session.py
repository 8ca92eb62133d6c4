"""Rules added in the sixth session on the unseen reports. Sentences written for the tests."""

import pytest

from claims.extraction.clean import find_furniture

from .conftest import claim_with, source_names

RADIO = """Mayor sets out her plans

Tom Reyes: Mayor, your plan closes two libraries, although the council voted against it. Why go ahead?

Mayor Ada Kwan: The city has lost 4,000 residents since 2019. We cannot keep every branch open.

Reyes: The union says the closures will cost 60 jobs.

Kwan: Nobody will lose a job. Staff will move to the new central library, which opens in March.
"""


def test_a_transcript_labelling_its_speakers_in_ordinary_capitals_credits_each_turn(run):
    e = run(RADIO)
    assert source_names(claim_with(e, "lost 4,000 residents")) == ["Ada Kwan"]
    assert source_names(claim_with(e, "Staff will move")) == ["Ada Kwan"]
    assert "Ada Kwan" not in source_names(claim_with(e, "cost 60 jobs"))
    assert not any(c.text.startswith(("Kwan:", "Mayor Ada Kwan:", "Reyes:")) for c in e.claims)


def test_a_name_and_a_colon_once_is_no_transcript(run):
    e = run(
        "Kwan: We will not close libraries\n\n"
        "Mayor Ada Kwan said on Monday that no library would close. Reyes: the union leader, disagreed."
    )
    assert source_names(claim_with(e, "no library would close")) == ["Ada Kwan"]


STUDY = """Walking lowers blood pressure

The review found that walking cut blood pressure by 8%. A stronger link was found with brisk walking.

This was not observed for cycling. The results were consistent across age groups.

A new cycle path opened in the town in May. The results of the town's survey were announced on Friday.
"""


def test_a_studys_further_findings_in_the_passive_or_as_its_results_are_the_studys(run):
    e = run(STUDY)
    for words in ("stronger link was found", "not observed for cycling", "consistent across age groups"):
        assert source_names(claim_with(e, words)) == ["review"], words
    assert source_names(claim_with(e, "cycle path opened")) == []
    assert source_names(claim_with(e, "survey were announced")) == []


def test_a_passive_after_someone_who_only_said_something_stays_the_reports(run):
    e = run("Police said the car was stolen. A body was found nearby.")
    assert source_names(claim_with(e, "body was found")) == []


def test_research_that_found_something_is_its_source(run):
    e = run(
        "Reading helps\n\nNew research has found a significant association between reading at bedtime "
        "and reduced rates of insomnia. Researchers carried out a review."
    )
    assert source_names(claim_with(e, "reading at bedtime")) == ["New research"]


TESTIMONY = """Witness tells of the night of the killing

A man who said he had worked with victim Carla Diaz took the stand on Tuesday.

The 31-year-old testified that he was at the warehouse the night Diaz died.
He also said the two guards stopped him, then pushed him to the ground.
"""


def test_the_n_year_old_who_testifies_is_the_source_and_his_pronouns_do_not_go_to_a_named_victim(run):
    e = run(TESTIMONY)
    claim = claim_with(e, "at the warehouse")
    assert source_names(claim) == ["The 31-year-old"]
    assert "Diaz" not in claim.text.split("night")[0]
    assert source_names(claim_with(e, "stopped")) == ["The 31-year-old"]


def test_a_verb_whose_object_is_the_subjects_pronoun_goes_on_from_what_was_said(run):
    e = run(
        "Nurse Ana Reyes took the stand. "
        "She also claimed the two men searched her, then threw her down on the floor."
    )
    threw = claim_with(e, "threw")
    assert threw.text.startswith("The two men")
    assert source_names(threw) == ["Ana Reyes"]


def test_a_claim_noun_with_a_possessor_is_the_possessors(run):
    e = run(
        "Ada Obi is sticking to her claim that the rumours are not true. "
        "Mayor Lee repeated the council's claim that the bridge was safe."
    )
    assert source_names(claim_with(e, "rumours are not true")) == ["Ada Obi"]
    assert source_names(claim_with(e, "bridge was safe")) == ["the council"]


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("(Reuters) -Mexico's annual inflation slowed, data showed.", "(Reuters) -"),
        (
            "January 23, 2014 (ADDIS ABABA) – The two sides agreed on a ceasefire.",
            "January 23, 2014 (ADDIS ABABA) – ",
        ),
        ("Jan. 24 (Bloomberg) -- A former governor was convicted.", "Jan. 24 (Bloomberg) -- "),
        ("CAIRO, Egypt -- OPEC agreed to a planned cut.", "CAIRO, Egypt -- "),
        ("Chicago | Reuters — Wheat futures rose 2.5 per cent on Monday.", "Chicago | Reuters — "),
        ("By: The Associated Press June 19, 2018 0", "By: The Associated Press June 19, 2018 0"),
        (
            "More details on the agreement signing to follow shortly",
            "More details on the agreement signing to follow shortly",
        ),
        ("Your email address will not be published. Required fields are marked *", None),
        ("Leave a Reply", None),
    ],
)
def test_datelines_bylines_and_notes_the_sixth_session_met_are_furniture(line, furniture):
    text = f"Talks end\n\nThe ministers met on Monday.\n\n{line}\n\nThe talks ended on Tuesday."
    assert [text[a:b] for a, b in find_furniture(text)] == [furniture or line]


@pytest.mark.parametrize(
    "line",
    ["US -China talks resumed on Monday, officials said.", "More details emerged on Monday, officials said."],
)
def test_sentences_like_those_lines_are_not_furniture(line):
    text = f"Talks end\n\nThe ministers met on Monday.\n\n{line}"
    assert not find_furniture(text)


def test_a_passive_call_with_nobody_calling_is_no_speech(run):
    e = run("Police were called to a flat on Mill Road at 10.30pm on Saturday for a reported stabbing.")
    assert source_names(claim_with(e, "called to a flat")) == []
    e = run("The plan was called a disgrace by the union.")
    assert source_names(claim_with(e, "disgrace")) == ["the union"]


def test_a_name_before_a_bare_role_that_speaks_is_the_speakers(run):
    e = run("The store closed on Monday, Ana Ruiz, company spokeswoman said.")
    claim = claim_with(e, "store closed")
    assert source_names(claim) == ["Ana Ruiz"]
    assert "Ruiz" not in claim.text


def test_a_speakers_words_relayed_by_news_agencies_are_the_agencies_citing_the_speaker(run):
    e = run(
        "Minister Ivan Petrov told reporters that the levy may apply to farm machinery, "
        "but will not target fertiliser, according to local news agencies."
    )
    for words in ("fertiliser", "farm machinery"):
        assert source_names(claim_with(e, words)) == ["local news agencies", "Ivan Petrov"], words


def test_they_who_speak_after_a_group_or_a_body_named_as_a_subject_is_that_group(run):
    e = run(
        "Researchers at Harbour University studied 5,000 people. "
        "They said that people who ate nuts slept longer."
    )
    assert source_names(claim_with(e, "slept longer")) == ["Researchers at Harbour University"]
    e = run(
        "The Vale Heart Foundation ran the largest study so far. They found that walkers had fewer strokes."
    )
    assert source_names(claim_with(e, "fewer strokes")) == ["The Vale Heart Foundation"]


def test_they_after_a_single_person_stays_unnamed(run):
    e = run("Mayor Ana Ruiz met the strikers on Monday. They said pay had fallen 5%.")
    assert "Ana Ruiz" not in source_names(claim_with(e, "pay had fallen"))


def test_a_clause_in_the_speakers_future_after_present_said_words_goes_on_with_them(run):
    e = run(
        "Power firm spokeswoman Ana Ruiz said about 280 homes have lost power, "
        "and the company will be working to restore it."
    )
    assert source_names(claim_with(e, "working to restore")) == ["Ana Ruiz"]


def test_a_coordinated_vow_is_its_subjects_statement(run):
    e = run("The Hales have denied wrongdoing and vowed to fight the charges.")
    assert source_names(claim_with(e, "fight the charges")) == ["Hales"]


@pytest.mark.parametrize("team", ["Eagles", "Rovers", "Owls"])
def test_said_and_a_role_and_name_before_a_colon_label_the_quotation(run, team):
    e = run(f'The {team} lost 3-1 on Monday.\n\nSaid {team} coach Tom Reyes: "I did not like that goal."')
    assert source_names(claim_with(e, "did not like that goal")) == ["Tom Reyes"]
    assert not any(c.text.startswith("Said") for c in e.claims)


def test_a_study_done_by_a_body_is_the_bodys(run):
    e = run(
        "A study done by Vale Transit in 2018 recommends the bypass, "
        "stating that it would cut journeys by 9%."
    )
    assert source_names(claim_with(e, "cut journeys")) == ["Vale Transit"]


def test_a_document_by_a_council_or_a_person_makes_no_outlet_of_them(run):
    e = run(
        "A study recommends the bypass. A review conducted by Vale Council found 40 roads were unsafe. "
        "A report written by Ana Ruiz said costs had doubled since 2019."
    )
    assert source_names(claim_with(e, "recommends the bypass")) == ["study"]


def test_a_state_of_affairs_that_suggests_something_is_no_source(run):
    e = run("As the marches wound down, a deep divide suggests the unrest is far from over.")
    assert source_names(claim_with(e, "far from over")) == []
    e = run("The drop in sales shows that demand is weak. The study suggests coffee is good for the heart.")
    assert source_names(claim_with(e, "demand is weak")) == []
    assert source_names(claim_with(e, "good for the heart")) == ["study"]


def test_who_after_a_party_and_place_label_is_the_person_named(run):
    e = run("The plan was backed by Rep. Ana Ruiz, D-Royal Oak, who served for 12 years.")
    claim = claim_with(e, "served for 12 years")
    assert claim.text.startswith("Ana Ruiz")


def test_an_appeal_made_in_a_participle_is_the_speakers(run):
    e = run(
        "The van was found burnt out on Friday, police said, "
        "asking anyone with dashcam footage to come forward."
    )
    assert source_names(claim_with(e, "dashcam footage")) == ["police"]


def test_what_a_court_did_to_a_person_described_is_a_claim_of_its_own(run):
    e = run(
        "A judge on Friday handed down a life sentence for a man convicted of killing "
        "a 20-year-old student in 2021."
    )
    convicted = claim_with(e, "convicted of killing")
    assert convicted.text.startswith("A man was convicted")
    e = run("The council published figures collected by volunteers in May.")
    assert len(e.claims) == 1


def test_a_caption_under_a_label_in_capitals_is_furniture_and_a_quotation_runs_on_across_it(run):
    text = (
        "Cold week ahead\n\n"
        "A forecaster said: \u201cThe north saw heavy snow this morning.\n\n"
        "BIG FREEZE: The coldest day of the year is on its way\n\n"
        "\u201cWe have seen a few centimetres over the hills, and more will fall tonight.\u201d\n\n"
        "HALE: We will appeal the ruling."
    )
    assert [text[a:b] for a, b in find_furniture(text)] == [
        "BIG FREEZE: The coldest day of the year is on its way"
    ]
    e = run(text)
    assert source_names(claim_with(e, "few centimetres")) == ["A forecaster"]


def test_a_speech_verb_whose_document_stands_after_it_speaks_through_the_document(run):
    e = run(
        "During the meeting the minister asked about the health of the sailor held in captivity, "
        "informs a press release issued by the Ministry of Transport."
    )
    claim = claim_with(e, "health of the sailor")
    assert source_names(claim) == ["the Ministry of Transport"]


def test_words_quoted_in_the_next_sentence_are_the_last_speakers(run):
    e = run(
        'Phones matter\n\n"Devices are where our services come together," Ana Ruiz said. '
        'With the new plant, the firm will be able to "double what we make in Vale."\n\n'
        "The plant opened in 2019."
    )
    assert source_names(claim_with(e, "double what we make")) == ["Ana Ruiz"]
    assert source_names(claim_with(e, "opened in 2019")) == []


def test_an_age_standing_for_the_person_named_before_is_that_person(run):
    e = run(
        "Actor Tom Hale has apologised for his remarks on a talk show.\n\n"
        "\u201cI am sorry for the offence I caused,\u201d the 48-year-old said in a statement, "
        "reports Vale Post.\n\n"
        "\u201cThe need for change in our industry is urgent,\u201d he added."
    )
    assert "Tom Hale" in source_names(claim_with(e, "offence I caused"))
    assert source_names(claim_with(e, "need for change")) == ["Tom Hale"]


def test_names_a_speaker_was_asked_about_are_no_rivals_for_his_pronoun(run):
    e = run(
        "Tom Hale made the remark last week when he appeared on a talk show.\n\n"
        "Asked about actors Sam Reyes and David Cole, he said: "
        "\u201cA lot of my friends have had more chances here.\u201d"
    )
    assert source_names(claim_with(e, "more chances here")) == ["Tom Hale"]


def test_describing_something_as_something_is_a_view_of_the_speakers(run):
    e = run("The observer described the vote as credible. The minister described the count as fair.")
    assert source_names(claim_with(e, "vote as credible")) == ["The observer"]
    assert source_names(claim_with(e, "count as fair")) == ["The minister"]


def test_a_speaker_the_parse_lost_is_nobody_not_an_unnamed_report(run):
    e = run(
        "Phil O\u2019 Reilly, branch secretary for the union, revealed that the plans "
        "will lead to the loss of 25 jobs."
    )
    assert "report" not in source_names(claim_with(e, "loss of 25 jobs"))


def test_an_outlet_that_quoted_someone_saying_cites_them(run):
    e = run("The border should be reopened at once, Vale Radio quoted Ana Ruiz saying at a press conference.")
    assert source_names(claim_with(e, "border should be reopened")) == ["Vale Radio", "Ana Ruiz"]


def test_a_weekday_before_a_name_is_not_part_of_it(run):
    e = run("On Friday Roche announced that a new trial showed its drug cut the risk of stroke.")
    assert source_names(claim_with(e, "risk of stroke")) == ["Roche"]
    e = run("On Monday Ana Ruiz announced that the clinic would close in May.")
    assert source_names(claim_with(e, "clinic would close")) == ["Ana Ruiz"]


def test_it_after_a_one_word_name_the_tagger_took_for_a_person_may_be_a_body(run):
    e = run(
        "\u201cThe public is advised to stay away from the crater,\u201d Volcwatch said.\n\n"
        "It also said aircraft must avoid flying close to the summit."
    )
    assert source_names(claim_with(e, "aircraft must avoid")) == ["Volcwatch"]


def test_a_body_that_determined_something_is_its_source(run):
    e = run("The racing board determined that there was no evidence anyone else had handled the dog.")
    assert source_names(claim_with(e, "handled the dog")) == ["The racing board"]


def test_a_statement_given_or_made_by_someone_is_theirs(run):
    e = run(
        "The trainer gave evidence that the positive swab was the result of contamination. "
        "The minister made the claim that crime had fallen by 10%. There is evidence that the drug works."
    )
    assert source_names(claim_with(e, "result of contamination")) == ["The trainer"]
    assert [n.lower() for n in source_names(claim_with(e, "crime had fallen"))] == ["the minister"]
    assert source_names(claim_with(e, "drug works")) == []


def test_the_person_a_speaker_addressed_is_not_the_speaker(run):
    e = run(
        "Residents accused the council of a sham consultation.\n\n"
        "Addressing Cllr Tom Hale, one Vale library user said: \u201cThis meeting is a farce.\u201d"
    )
    assert "Tom Hale" not in source_names(claim_with(e, "meeting is a farce"))


def test_some_with_no_group_named_is_nobody_in_particular(run):
    e = run("The council voted to oppose the bypass. Some fear it could hurt the town's shops.")
    assert source_names(claim_with(e, "hurt the town")) == []
    e = run("Vale Radio surveyed 40 economists. Some said rates would rise.")
    assert source_names(claim_with(e, "rates would rise")) == ["40 economists"]


def test_a_promise_in_the_speakers_quoted_words_is_theirs(run):
    e = run('Chief executive Ana Ruiz on Thursday promised "even faster broadband" and lower prices.')
    assert source_names(claim_with(e, "faster broadband")) == ["Ana Ruiz"]


def test_a_short_line_over_a_pictures_credit_is_its_caption():
    text = (
        "Hydrogen is not like a heat pump\n\n"
        "I spoke to experts about why the young industry is unlike other climate solutions.\n\n"
        "Hydrogen and a power cord.\n"
        "Vale Illustration/Getty Images\n\n"
        "The railway says tickets for today will be accepted on Sunday.\n\n"
        "Updated at 14:45 GMT"
    )
    found = [text[a:b] for a, b in find_furniture(text)]
    assert "Hydrogen and a power cord." in found
    assert "The railway says tickets for today will be accepted on Sunday." not in found
