"""Rules added in the thirty-second session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names


def test_a_comments_link_under_a_standfirst_does_not_end_the_story(run):
    e = run(
        "Bishop steps down\n\nLocal\n\nThe resignation of Bishop Tom Reyes ends a year of doubt in the "
        "diocese, says Ana Obi, the dean.\n\nComments\nComments Print article\n\n"
        "In a letter read in every parish on Sunday, Obi said the bishop had offered to step down in May.\n\n"
        "The diocese will name an administrator next week."
    )
    assert source_names(claim_with(e, "offered to step down")) == ["Ana Obi"]
    assert claim_with(e, "name an administrator")


def test_a_comment_heading_after_the_story_still_ends_it(run):
    e = run(
        "Mill to close\n\nThe mill on the edge of the town will close in June, the owners said on Friday.\n\n"
        "It employs 120 people and has made paper on the site since 1890, according to the council.\n\n"
        "Comments\n\n"
        "Great news for the town, the old mill was an eyesore and nobody will miss it at all."
    )
    assert [c.text for c in e.claims if "eyesore" in c.text] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency’s press officer reacted to the report with the following statement, “Our figures for the "
        "year are accurate and complete.”",
        "Tom Hale, the agency’s press officer, answered with the following statement, “Our figures for "
        "the year are accurate and complete.”",
    ],
)
def test_a_statement_announced_before_a_comma_is_its_makers(run, sentence):
    e = run(sentence)
    assert [n.lower() for n in source_names(claim_with(e, "are accurate"))] in (
        ["the agency’s press officer"],
        ["tom hale"],
    )
    assert [c.text for c in e.claims if "following" in c.text] == []


def test_a_comma_after_an_ordinary_noun_opens_no_quotation(run):
    e = run(
        "The minister ended the session with the following remark, and “the reform stays” was the slogan."
    )
    assert all(source_names(c) == [] for c in e.claims)


def test_saying_by_stating_on_the_verb_one_goes_on_to_is_the_subjects(run):
    e = run(
        "Nadia Cole has answered the magazine’s story. She continues to address the claims of the piece by "
        "stating, “I did not give an interview to anyone this year.”"
    )
    assert source_names(claim_with(e, "did not give an interview")) == ["Nadia Cole"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The mayor responded in a statement which said, “The bridge will reopen on Monday.”", "The mayor"),
        (
            "Councillor Ana Obi replied in a Facebook post which said the bridge would reopen on Monday.",
            "Ana Obi",
        ),
        (
            "After the calls, Nadia Cole decided to reply to the story in an Instagram post which states, "
            "“The bridge will reopen on Monday.”",
            "Nadia Cole",
        ),
    ],
)
def test_a_statement_or_post_one_answers_in_is_ones_own(run, sentence, speaker):
    e = run(sentence)
    assert source_names(claim_with(e, "reopen on Monday")) == [speaker]


def test_a_platform_named_before_a_post_is_not_its_author(run):
    e = run("A Facebook post said the bridge would reopen on Monday.")
    assert source_names(claim_with(e, "reopen on Monday")) != ["Facebook"]


def test_a_post_read_in_a_newspaper_is_not_the_readers(run):
    e = run("The mayor read the letter in a newspaper which said the bridge would reopen on Monday.")
    assert source_names(claim_with(e, "reopen on Monday")) != ["The mayor"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "The man arrested is Tomas Reyes, a Chilean national, a senior police source said.",
            "a senior police source",
        ),
        (
            "The man arrested is Tomas Reyes, a senior police source told the broadcaster on Monday.",
            "a senior police source",
        ),
        ("The driver was Tomas Reyes, a lorry driver from Leeds, police told reporters.", "police"),
    ],
)
def test_a_closing_tag_read_as_a_relative_clause_says_the_sentence(run, sentence, speaker):
    e = run(sentence)
    assert source_names(claim_with(e, "Tomas Reyes")) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The prize went to Ana Ruiz, a teacher the judges said had changed lives.",
        "The winner was Tom Hale, whom the judges said was the best.",
    ],
)
def test_a_real_relative_clause_with_a_speech_verb_stays_the_reports(run, sentence):
    e = run(sentence)
    assert source_names(e.claims[0]) == []


def test_a_note_on_a_bodys_page_that_reads_a_quotation_is_the_bodys(run):
    e = run(
        "The council met on Monday. “We are seeing very heavy demand for permits this week,” a note on the "
        "council’s website reads."
    )
    assert source_names(claim_with(e, "heavy demand for permits")) == ["the council"]
    assert [c.text for c in e.claims if "website reads" in c.text] == []


def test_a_note_of_caution_is_no_document(run):
    e = run("The company said its note of caution was ignored by the board.")
    assert source_names(claim_with(e, "was ignored")) == ["The company"]


@pytest.mark.parametrize("body", ["the national weather service", "the state fire service"])
def test_reported_the_body_closing_a_sentence_is_its_tag(run, body):
    e = run(f"The storm reached the coast of Cagayan at 05:30 GMT, with winds of 175 km/h, reported {body}.")
    assert source_names(claim_with(e, "reached the coast")) == [body]
    assert [c.text for c in e.claims if c.text.endswith(body.split()[-1])] == []


def test_a_service_that_runs_is_no_speaker(run):
    e = run("The bus service will resume on Monday, the council said.")
    assert source_names(claim_with(e, "resume on Monday")) == ["the council"]


@pytest.mark.parametrize(
    "follow",
    [
        "He was charged with attempted murder and arson.",
        "Tomas Reyes was charged with attempted murder and arson.",
    ],
)
def test_what_befell_one_an_account_names_goes_on_with_it(run, follow):
    e = run(f"Police say Tomas Reyes, 47, has been charged over the fire at the depot. {follow}")
    assert source_names(claim_with(e, "attempted murder")) == ["Police"]


@pytest.mark.parametrize(
    "text, words",
    [
        # the speaker is the one the pronoun names: their own story, not their account
        ("The minister said the bill would pass next week. He was elected to parliament in 2019.", "elected"),
        # an act of the one named, not something done to them
        ("Police said the man was last seen near the station. He was wearing a red coat.", "red coat"),
        # an agent named: the report tells who did it
        (
            "Police say Tomas Reyes has been charged. He was questioned by detectives from Leeds.",
            "questioned",
        ),
        # a new paragraph
        ("Police say Tomas Reyes has been charged.\n\nHe was born in Leeds in 1977.", "born in Leeds"),
    ],
)
def test_other_sentences_after_an_account_stay_the_reports(run, text, words):
    e = run(text)
    assert source_names(claim_with(e, words)) == []


def test_a_story_over_a_most_viewed_list_that_prints_a_headline_twice_stays_a_story(run):
    teasers = (
        "\n-\n1\nCourt overturns ruling over threat\n-\n2\nTalks offer rejected, insists on written reply\n"
    )
    e = run(
        "Four companies to recall vehicles\n"
        "SEOUL, Nov. 3 -- Four carmakers will recall more than 90,000 vehicles due to faulty parts, the "
        "transport ministry said Sunday.\n"
        "The carmakers are recalling 14 models amounting to 91,200 units, the ministry said in a statement.\n"
        "Owners can have the parts replaced free of charge from Friday, the ministry said.\n"
        "(END)" + teasers + teasers
    )
    assert source_names(claim_with(e, "14 models")) == ["the transport ministry"]
    assert [c.text for c in e.claims if "overturns" in c.text or "Talks offer" in c.text] == []


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "A reminder from President Ana Obi on Sunday: no exemptions will be granted to any country.",
            "Ana Obi",
        ),
        ("The word from the club: the striker will stay until the end of the season.", "the club"),
    ],
)
def test_a_message_from_someone_labelling_the_sentence_is_theirs(run, sentence, speaker):
    e = run(sentence)
    claim = e.claims[0]
    assert source_names(claim) == [speaker]
    assert "from" not in claim.text


def test_a_colon_after_a_clause_with_a_verb_is_no_message_label(run):
    e = run("A message from the mayor arrived on Sunday: the bridge will stay closed until May.")
    assert all(source_names(c) == [] for c in e.claims)


def test_figures_in_an_index_from_a_body_are_the_bodys(run):
    e = run(
        "In the latest Consumer Price Index from the Bureau of Labor Statistics, supermarket prices rose "
        "0.3% in October."
    )
    assert source_names(claim_with(e, "supermarket prices")) == ["the Bureau of Labor Statistics"]


def test_figures_after_a_release_by_a_statistics_office_named_by_its_initials_are_its(run):
    e = run(
        "Consumer prices rose 3.1 percent in the year to January, according to the latest summary "
        "released by the Bureau of Labor Statistics (BLS). That is slightly lower than the 3.4 percent "
        "rise in the year to December."
    )
    assert source_names(claim_with(e, "slightly lower")) == source_names(claim_with(e, "3.1 percent")) != []


def test_that_after_a_figure_that_is_no_figure_stays_the_reports(run):
    e = run(
        "Shares rose 3 percent on Monday, the statistics office said. That was because investors cheered."
    )
    assert all(source_names(c) == [] for c in e.claims if "investors" in c.text)


@pytest.mark.parametrize(
    "dateline", ["BALI, 09 July 2022, (TON): ", "BALI, 09 July 2022 - ", "Lagos, 3 May 2021 – "]
)
def test_a_dateline_with_the_day_before_the_month_is_furniture(run, dateline):
    e = run(dateline + "The two ministers met for their first talks since October.")
    assert [c.text for c in e.claims] == ["The two ministers met for their first talks since October"]


def test_a_date_and_time_stamp_line_is_furniture(run):
    e = run("Nine hurt in bus crash\n\nAugust 01, 2014 - 10:52:19 am\n\nNine people were hurt, police said.")
    assert [c.text for c in e.claims if "10:52" in c.text] == []


def test_an_adverb_opening_the_sentence_is_no_part_of_the_speakers_name(run):
    e = run("Earlier the Ukrainian military had said its troops were ambushed by insurgent fighters.")
    assert source_names(claim_with(e, "ambushed")) == ["the Ukrainian military"]


@pytest.mark.parametrize("verb", ["classified", "categorized"])
def test_a_body_classifying_something_as_something_puts_it_on_record(run, verb):
    e = run(f"The weather bureau {verb} the storm as a super typhoon on Friday.")
    assert source_names(claim_with(e, "super typhoon")) == ["The weather bureau"]


def test_documents_classified_as_secret_say_nothing_of_anyones(run):
    e = run("The documents were classified as top secret in 2019.")
    assert source_names(claim_with(e, "top secret")) == []


@pytest.mark.parametrize("storm", ["Typhoon", "Hurricane", "Cyclone"])
def test_he_is_never_a_storm_named_like_a_person(run, storm):
    e = run(
        f"{storm} Marta slammed into the coast on Saturday. While Marta is not expected to cause similar "
        "damage, authorities warned it could ruin crops. He said classes would be suspended."
    )
    assert "Marta" not in " ".join(source_names(claim_with(e, "classes would be suspended")))


def test_a_relative_clause_on_a_noun_inside_the_speakers_name_is_no_part_of_it(run):
    e = run(
        "According to the fire chief of Odisha, where the crash happened, 800 passengers were taken "
        "to hospital."
    )
    assert source_names(claim_with(e, "800 passengers")) == ["the fire chief of Odisha"]


def test_a_closing_mark_whose_opening_one_was_lost_does_not_quote_the_tag(run):
    e = run(
        'Samples from dead chickens at a state farm tested positive for bird flu on Wednesday," state '
        "livestock minister Ana Obi said Thursday.\n\nAround 44,000 birds would be culled, she told "
        "reporters."
    )
    assert source_names(claim_with(e, "tested positive")) == ["Ana Obi"]
    assert source_names(claim_with(e, "44,000 birds")) == ["Ana Obi"]


def test_a_place_before_a_plural_tag_is_no_speakers_name(run):
    e = run(
        "Rescuers saved 931 passengers from a ferry that sank off the archipelago’s southern coast, "
        "officials said."
    )
    assert source_names(claim_with(e, "931 passengers")) == ["officials"]


def test_the_who_in_capitals_is_the_body_not_a_relative_pronoun(run):
    e = run("The WHO said the outbreak was a public health emergency.")
    assert source_names(claim_with(e, "public health emergency")) == ["WHO"]


# Guards from the second reader's misfires: each near miss stays as the starting engine read it.


def test_readers_comments_under_a_print_link_stay_out(run):
    e = run(
        "Farmers protest fuel tax\n\nHundreds of tractors blocked the main road into Valencia on Thursday, "
        "police said.\n\nComments\nPrint article\n\nJose Mora: The government is lying again, as usual."
    )
    assert [c.text for c in e.claims if "lying" in c.text] == []


def test_the_following_was_posted_names_no_speaker(run):
    e = run("After the ruling, the following was posted, “Justice has been served.”")
    assert all("following" not in " ".join(source_names(c)) for c in e.claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach continued to frustrate reporters by saying nothing about the injury.",
        "The bank hopes to reassure customers by stating fees more clearly.",
        "The company plans to cut costs by saying goodbye to 500 workers.",
    ],
)
def test_by_saying_without_words_said_makes_no_statement(run, sentence):
    e = run(sentence)
    assert all(source_names(c) == [] for c in e.claims)


def test_a_statement_from_someone_else_one_answers_in_is_theirs(run):
    e = run("The mayor responded in a statement from his lawyer which said the claims were false.")
    assert source_names(claim_with(e, "claims were false")) == ["his lawyer"]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Police said Anna Lee had been arrested. Anna Lee was born in Seoul in 1980.", "born in Seoul"),
        ("Police said a man had been shot dead in Hackney. He was named locally as Derek Lewis.", "named"),
        ("The club says Joao Silva has been sold. He was signed from Benfica in 2018 for £20m.", "signed"),
    ],
)
def test_background_told_in_the_passive_after_an_account_stays_the_reports(run, text, words):
    e = run(text)
    assert source_names(claim_with(e, words)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The response from fans was swift: many cancelled their season tickets.",
        "A warning from the past on Sunday: the floods of 1953 could happen again.",
        "A reminder from history: empires always fall.",
    ],
)
def test_no_message_label_without_someone_it_is_from(run, sentence):
    e = run(sentence)
    assert all(source_names(c) == [] for c in e.claims)
    assert any(":" in c.text or "swift" in c.text for c in e.claims)


def test_figures_from_a_year_have_no_author(run):
    e = run("In figures from 2019, the unemployment rate stood at 7%.")
    assert source_names(claim_with(e, "unemployment rate")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The librarian classified the books as fiction and non-fiction.",
        "The documents were classified as top secret by the agency.",
    ],
)
def test_sorting_or_grading_things_is_no_statement(run, sentence):
    e = run(sentence)
    assert all(source_names(c) == [] for c in e.claims)


@pytest.mark.parametrize(
    "line",
    [
        "Fourteen bodies were found in the village, army captain Tomas Reyes told reporters:",
        "Two landslides killed four people. Mayor Tomas Reyes spoke to local radio:",
    ],
)
def test_a_paragraph_under_a_tag_ending_on_a_colon_is_the_speakers(run, line):
    e = run(line + "\n\nWe found most of the bodies buried in the mud.\n\nRescue teams arrived on Sunday.")
    assert source_names(claim_with(e, "buried in the mud")) == ["Tomas Reyes"]
    assert source_names(claim_with(e, "Rescue teams")) == []


def test_a_paragraph_after_one_who_spoke_without_a_colon_stays_the_reports(run):
    e = run("The mayor spoke to reporters on Monday.\n\nThe council will meet next week.")
    assert source_names(claim_with(e, "council will meet")) == []


def test_a_statement_of_a_named_bodys_office_is_that_bodys(run):
    e = run(
        "According to the official statement of Egypt’s prosecution, ten people were killed in the blast."
    )
    assert source_names(claim_with(e, "ten people")) == ["Egypt’s prosecution"]


def test_a_platform_a_statement_was_released_on_writes_no_later_statement(run):
    e = run(
        "A militant group claimed the attack in a statement released on Facebook.\n\n"
        "The statement said ten people were killed in the blast."
    )
    assert "Facebook" not in source_names(claim_with(e, "ten people"))


def test_a_more_from_label_closed_by_a_table_bar_opens_the_end_matter(run):
    e = run(
        "Mill to close\n\nThe mill will close in June, the owners said.\n\nMORE FROM GLOBAL GOSSIP |\n"
        "Singer weds actor in surprise ceremony, it has been confirmed. |"
    )
    assert [c.text for c in e.claims if "Singer" in c.text] == []
