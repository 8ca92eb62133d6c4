"""Rules added in the thirty-first session on the unseen reports. Sentences written for the tests."""

import pytest

from claims.extraction.entities import kind_of_name

from .conftest import claim_with, source_names


@pytest.mark.parametrize(
    "name",
    [
        "The Office of the Chief Medical Examiner",
        "the Department of the Chief Fire Officer",
        "the Royal Prince Alfred Hospital",
        "HMS King George V",
        "the Office of Governor Ana Hale",
    ],
)
def test_a_title_inside_a_body_place_or_ships_name_is_no_person(name):
    assert kind_of_name(name) != "person"


def test_a_title_and_a_name_after_a_bodys_word_stay_a_person():
    assert kind_of_name("Police Chief Tomas Reyes") == "person"


def test_he_after_an_office_named_for_a_title_is_not_the_office(run):
    e = run(
        "The Office of the Chief Medical Examiner confirmed the death on Monday. "
        "He said the cause was a heart attack."
    )
    assert "The Office of the Chief Medical Examiner" not in source_names(claim_with(e, "heart attack"))


@pytest.mark.parametrize("date", ["Jan. 5, 2020,", "March 3 2015,", "May 1,"])
def test_a_country_a_date_and_a_verb_is_the_country_speaking(run, date):
    e = run(f"Kenya, {date} said the border would stay closed.")
    assert source_names(claim_with(e, "border would stay closed")) == ["Kenya"]


@pytest.mark.parametrize(
    "dateline",
    ["Nairobi, May 3, 2020 -", "Berlin, Jan. 12, 2021 (Reuters) –", "Arusha, April 30, 2010 (FH) -"],
)
def test_a_dated_dateline_with_a_year_is_furniture_and_the_speaker_after_it_speaks(run, dateline):
    e = run(f"{dateline} Kenya said the border would stay closed.")
    assert source_names(claim_with(e, "border would stay closed")) == ["Kenya"]
    assert not [c for c in e.claims if c.text.startswith(dateline.split(",")[0])]


@pytest.mark.parametrize(
    "before",
    [
        "The judge read the jury's verdict aloud",
        "The family's lawyer, Tom Reed, read a statement outside court",
        "Mr Obi received a letter from the council in March",
    ],
)
def test_words_read_out_or_received_before_a_dash_are_not_the_readers(run, before):
    e = run(f"{before} – “We find the defendant guilty.”")
    names = source_names(claim_with(e, "defendant guilty"))
    assert not {"the judge", "Tom Reed", "Mr Obi", "Obi"} & set(names)


def test_a_deed_before_a_dash_quotation_stays_a_claim(run):
    e = run("Striker Marcus Rashford scored twice in the final – “We deserved it.”")
    assert claim_with(e, "scored twice in the final")


def test_a_reflection_before_a_dash_still_only_introduces_the_quotation(run):
    e = run("Coach Ana Hale reflected on the result – “We worked hard for this.”")
    assert source_names(claim_with(e, "worked hard")) == ["Ana Hale"]


def test_a_capitals_dateline_with_an_agency_and_a_colon_is_no_speaker(run):
    e = run("NEW DELHI (PTI): Defence Minister Ana Rao has said that the armed forces are fully prepared.")
    assert source_names(claim_with(e, "fully prepared")) == ["Ana Rao"]


def test_a_time_clause_before_a_tag_whose_quotation_follows_is_the_narrations(run):
    e = run("When Tom Reyes's turn came, he said, “You have to keep two months in the fund.”")
    assert source_names(claim_with(e, "two months in the fund")) == ["Tom Reyes"]
    assert "turn came" not in claim_with(e, "two months in the fund").text


def test_a_condition_before_a_tag_with_no_quotation_stays_the_contents(run):
    e = run("If the deal fails, he said, the firm will close.")
    assert "deal fails" in claim_with(e, "firm will close").text


@pytest.mark.parametrize("marks", ["“{}”, read", "‘{}’, read", "“{},” read"])
def test_a_statement_read_after_a_quotation_with_the_comma_outside_speaks(run, marks):
    e = run(marks.format("Tom Reyes has failed a drug test") + " a statement from the club.")
    assert source_names(claim_with(e, "failed a drug test")) == ["the club"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reyes failed a drug test for a non-performance enhancing substance.",
        "Ana Obi did what the council asked her to do.",
        "Voters had sent a message that we need to hear.",
    ],
)
def test_a_claims_words_keep_the_reports_order(run, sentence):
    words = sentence.rstrip(".").split()
    assert any(c.text.split()[-4:] == words[-4:] for c in run(sentence).claims)


def test_a_statistics_offices_figures_go_on_in_the_sentences_after_it(run):
    e = run(
        "The trade deficit widened in May to $41.2 billion, according to the Census Bureau. The rise "
        "reflected a $2.1 billion drop in exports.\n\n"
        "The goods deficit grew $4.4 billion to $60.1 billion. Tom Reyes, an economist, called it a blip."
    )
    for words in ("drop in exports", "goods deficit grew"):
        assert source_names(claim_with(e, words)) == ["the Census Bureau"]
    assert source_names(claim_with(e, "blip")) != ["the Census Bureau"]


def test_a_sentence_with_no_figure_ends_a_statistics_offices_account(run):
    e = run(
        "Unemployment fell to 4.1 percent, the Office for National Statistics said. "
        "The government will publish its budget next week."
    )
    assert source_names(claim_with(e, "publish its budget")) == []


def test_a_comment_sections_rules_under_the_story_are_no_claims(run):
    e = run(
        "Harwick plant to close\n\nThe plant will close in May, the company said on Tuesday. It employs 300 "
        "people.\n\n(0) comments\n\nWelcome to the discussion.\n\n"
        "Don't Threaten. Threats of harming another person will not be tolerated.\n\n"
        "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person."
    )
    assert [c.text for c in e.claims if "tolerated" in c.text or "degrading" in c.text] == []


@pytest.mark.parametrize("named", ["the U.S. Central Command", "the U.S. Central Command (CENTCOM)"])
def test_a_speaker_in_a_measured_time_clause_speaks_for_themselves(run, named):
    e = run(
        f"The rebels said they had targeted a ship, a day after {named} said the group had fired two "
        "missiles."
    )
    assert source_names(claim_with(e, "fired two missiles")) == ["the U.S. Central Command"]
    assert "day after" not in claim_with(e, "fired two missiles").text


def test_a_clause_with_its_object_after_a_speech_noun_is_what_was_said(run):
    e = run("Tom Reyes said in a televised speech the group had targeted the ship.")
    assert source_names(claim_with(e, "targeted the ship")) == ["Tom Reyes"]


def test_a_relative_clause_with_a_gap_on_a_speech_noun_stays_the_nouns(run):
    e = run("Ana Obi said in a speech she gave to parliament that the plant would close.")
    assert source_names(claim_with(e, "plant would close")) == ["Ana Obi"]
    assert not [c for c in e.claims if "gave to parliament" in c.text and "plant" in c.text]


def test_a_name_in_capitals_the_tagger_took_for_a_noun_keeps_its_words(run):
    e = run("Asked about the claim, the shipping firm CMA CGM told reporters the vessel was unharmed.")
    assert source_names(claim_with(e, "vessel was unharmed")) == ["CMA CGM"]


def test_a_speakers_pronoun_after_a_clause_of_time_about_one_name_is_that_name(run):
    e = run(
        "Tom Reyes said the fund was too large. When Ana Obi's turn came, she said, “You have to keep "
        "two months in the fund.”"
    )
    assert source_names(claim_with(e, "two months in the fund")) == ["Ana Obi"]


def test_runs_of_spaces_inside_a_line_neither_hide_the_speaker_nor_move_the_offsets(run):
    text = "Plant to shut\n\nSays  the  spokesman for the firm, “We  will close the plant in  May.”"
    claim = claim_with(run(text), "close the plant")
    assert source_names(claim) == ["the spokesman for the firm"]
    assert text[claim.start : claim.end].startswith("We  will close")


def test_a_place_and_a_dash_with_no_space_before_it_is_a_dateline(run):
    e = run(
        "Regulator fines bank\n\nLondon– Britain’s financial regulator on Monday said it has fined the bank "
        "£35m for failing to report 69 million transactions."
    )
    assert source_names(claim_with(e, "fined the bank")) == ["Britain’s financial regulator"]


def test_a_body_that_spoke_before_a_person_in_its_sentence_does_not_hide_them_from_he(run):
    e = run(
        "The campaign expressed disappointment, with businessman Tom Reyes saying: “Democracy has been "
        "trampled on.” He said it was a sad day for the city."
    )
    assert source_names(claim_with(e, "sad day")) == ["Tom Reyes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Obi responded in a statement, writing, “The claims are false.”",
        "Ana Obi posted on Facebook, writing that the claims were false.",
    ],
)
def test_writing_after_a_speakers_act_gives_them_the_words(run, sentence):
    assert source_names(claim_with(run(sentence), "claims")) == ["Ana Obi"]


def test_a_phrasal_participle_is_no_speech(run):
    e = run("The firm reported a loss, writing off 300 million dollars.")
    assert all(source_names(c) == [] for c in e.claims)


def test_a_quotation_paragraph_after_a_line_of_background_goes_on_with_the_speaker_before_it(run):
    e = run(
        "Jet deal row\n\nDefence Minister Ana Rao said the claim that the jets were ready was mistaken. "
        "Eighteen of those jets were to be delivered in fly-away condition.\n\n"
        "“By 2014, you could not even get these 18 aircraft.”"
    )
    assert source_names(claim_with(e, "could not even get")) == ["Ana Rao"]


def test_a_quotation_paragraph_after_a_line_naming_another_is_not_given_to_the_speaker_before(run):
    e = run(
        "Jet deal row\n\nDefence Minister Ana Rao said the claim that the jets were ready was mistaken. "
        "Tom Reyes led the talks in 2012.\n\n“By 2014, you could not even get these 18 aircraft.”"
    )
    assert source_names(claim_with(e, "could not even get")) != ["Ana Rao"]


@pytest.mark.parametrize("tag", ["Tom Reyes said", "he said"])
def test_a_tag_set_off_by_commas_before_a_quotation_gives_it_its_speaker(run, tag):
    e = run(f"Tom Reyes spoke on Monday. The army, {tag}, “exercised great restraint” and avoided a clash.")
    assert source_names(claim_with(e, "great restraint")) == ["Tom Reyes"]
    assert "said" not in claim_with(e, "great restraint").text


FULL_STATEMENT = (
    "Club sack coach\n\nBelow is the full statement from the club:\n\n- Advertisement -\n\n"
    "Harwick FC have today parted company with head coach Tom Reyes.\n\n"
    "This has been a difficult decision, and not one the board has taken lightly.\n\n"
    "Ana Obi, a fan, said: “The board met twice on Sunday.”\n\nThe club will name a new coach in May."
)


def test_a_statement_given_out_in_full_runs_on_in_the_third_person_past_an_advertisement(run):
    e = run(FULL_STATEMENT)
    for words in ("parted company", "difficult decision"):
        assert source_names(claim_with(e, words)) == ["the club"]


def test_a_statement_given_out_in_full_ends_at_a_paragraph_with_a_speaker_of_its_own(run):
    e = run(FULL_STATEMENT)
    assert source_names(claim_with(e, "board met twice")) == ["Ana Obi"]
    assert source_names(claim_with(e, "new coach in May")) == []


def test_a_following_statement_still_runs_on_only_in_the_first_person(run):
    e = run(
        "Council statement\n\nThe council released the following statement:\n\nThe road will close on "
        "Monday.\n\nPolice arrested a man on Sunday after a fight in the town centre."
    )
    assert source_names(claim_with(e, "arrested a man")) == []


def test_a_full_name_label_in_capitals_named_nowhere_else_speaks_beside_a_known_guest(run):
    e = run(
        "Retailer shares fall\n\nANA OBIRA: The retailer released its annual results today. We've got "
        "Tom Reyes, the chief executive, on the show.\n\nTom, what did you make of the fall?\n\n"
        "TOM REYES: Well, there are a number of record achievements in these results.\n\n"
        "The volumes have not been high in the trading."
    )
    assert source_names(claim_with(e, "released its annual results")) == ["ANA OBIRA"]
    assert source_names(claim_with(e, "volumes have not been high")) == ["Tom Reyes"]


def test_two_datelines_in_capitals_are_no_speakers(run):
    e = run("Storm latest\n\nLONDON: The storm closed 40 roads on Monday.\n\nBERLIN: Flights were cancelled.")
    assert all(source_names(c) == [] for c in e.claims)


# Guards for what the second reader found in this session's first rules.


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reyes left the band in 1998, writing songs for other artists.",
        "The police officer stopped the car, writing the driver a ticket for speeding.",
    ],
)
def test_writing_with_no_clause_of_its_own_is_a_deed(run, sentence):
    assert all(source_names(c) == [] for c in run(sentence).claims)


@pytest.mark.parametrize(
    "background", ["The mayor disagreed.", "Workers have protested outside the gates for weeks."]
)
def test_a_quotation_after_a_line_about_people_who_may_speak_is_not_the_speaker_befores(run, background):
    e = run(
        f"Plant to close\n\nChief executive Ana Obi said the plant would close in May. {background}\n\n"
        "“The company has abandoned this town.”"
    )
    assert source_names(claim_with(e, "abandoned this town")) != ["Ana Obi"]


@pytest.mark.parametrize(
    "after, words",
    [
        ("Stocks fell 1.2 percent in early trading.", "Stocks fell"),
        ("In 2019, the county voted 62 percent for the Republican candidate.", "county voted"),
    ],
)
def test_a_figure_about_something_else_is_not_the_statistics_offices(run, after, words):
    e = run(
        f"Figures\n\nThe county's trade deficit widened 3 percent in March, the Census Bureau said. {after}"
    )
    assert source_names(claim_with(e, words)) == []


def test_a_professor_of_statistics_is_no_statistics_office(run):
    e = run(
        "Poll\n\nJane Ray, a professor of statistics at Yale, said the poll was flawed. Support for the "
        "measure stood at 52 percent in the survey."
    )
    assert source_names(claim_with(e, "52 percent")) == []


def test_the_owner_of_a_thing_in_a_clause_of_time_is_not_the_speakers_he(run):
    e = run(
        "Trial\n\nProsecutor Mark Hale sat silently. When Jordan Lee's sentence was read, he said justice "
        "had been done."
    )
    assert source_names(claim_with(e, "justice had been done")) != ["Jordan Lee"]


@pytest.mark.parametrize(
    "before, who",
    [
        ("The minister read a prepared statement", "the minister"),
        ("Prosecutor Ana Hale read from the defendant's diary", "the defendant"),
    ],
)
def test_words_read_out_are_the_readers_own_unless_they_come_from_another(run, before, who):
    e = run(f"Hearing\n\n{before} – “I will not resign, and I have done nothing wrong.”")
    assert source_names(claim_with(e, "will not resign")) == [who]


def test_a_place_a_date_with_a_year_and_the_storys_first_word_is_a_dateline(run):
    e = run("Flood\n\nDhaka, July 14, 2021 Bangladesh's disaster ministry said 40 people had died.")
    assert source_names(claim_with(e, "40 people had died")) == ["Bangladesh's disaster ministry"]


def test_a_comment_counter_inside_the_story_does_not_cut_it_off(run):
    e = run(
        "Council approves budget\n\nThe city council approved a $2 billion budget on Tuesday after a "
        "six-hour debate that ran past midnight.\n\n(4) comments\n\n"
        "Mayor Lena Ortiz said the budget protected jobs."
    )
    assert source_names(claim_with(e, "protected jobs")) == ["Lena Ortiz"]


def test_a_condition_before_a_tag_stays_with_the_quotation(run):
    e = run(
        "Strike\n\nUnion leader Maria Soto spoke on Monday. If the deal fails, she said, “we will strike.”"
    )
    assert "deal fails" in claim_with(e, "strike").text


def test_a_surname_that_is_a_place_word_stays_a_person():
    assert kind_of_name("Ellen Church", label="PERSON") == "person"


def test_two_names_joined_by_a_dash_in_a_later_paragraph_are_no_dateline(run):
    e = run(
        "Summit\n\nThe leaders met in Geneva on Monday.\n\n"
        "Biden— Putin talks ended without a deal, officials said."
    )
    assert claim_with(e, "talks ended").text.startswith("Biden")


def test_a_tight_dash_dateline_on_the_pages_first_line_is_no_speaker(run):
    e = run(
        "London– Britain’s financial regulator on Monday said it has fined the bank £35m.\n\n"
        "It is the first such fine, the BBC reported."
    )
    assert "London" not in [n for c in e.claims for n in source_names(c)]


def test_a_name_hung_on_a_closing_tag_as_a_compound_is_the_speaker(run):
    e = run(
        "Meanwhile, the community is anxious to see how the firm will handle the situation: \" We're just "
        'concerned about our property values and what Exxon is going to do for us" resident Tom Reyes states.'
    )
    assert source_names(claim_with(e, "property values")) in (["Tom Reyes"], [])  # (never the community)


def test_a_description_after_a_colon_quotations_closing_tag_is_not_the_colons_speakers(run):
    e = run("Residents were angry: “We were never told,” said Ana Obi, who lives nearby.")
    assert source_names(claim_with(e, "We were never told")) == ["Ana Obi"]
    assert source_names(claim_with(e, "lives nearby")) == []
