"""Rules added in the seventh session on the unseen reports. Sentences written for the tests."""

import pytest

from claims.extraction.clean import find_furniture
from claims.extraction.registry import Registry

from .conftest import claim_with, source_names


def test_a_trailing_tag_the_parser_cut_off_at_a_comma_still_credits_what_came_before(run):
    e = run(
        "The worst-hit districts were in the west, and the number of dead could rise in the coming days, "
        "Bill Nidi Kfanal, the head of the country’s National Emergency Operation Centers, said on Monday."
    )
    assert source_names(claim_with(e, "worst-hit districts")) == ["Bill Nidi Kfanal"]
    assert source_names(claim_with(e, "number of dead could rise")) == ["Bill Nidi Kfanal"]
    assert not any(c.text.rstrip(".").endswith("said on Monday") for c in e.claims)


def test_said_by_telephone_is_how_not_who(run):
    e = run("The bridge will stay shut until March, Ms Ostby said by telephone.")
    assert source_names(claim_with(e, "bridge will stay shut")) == ["Ms Ostby"]
    e = run("The bridge will stay shut. Ms Ostby said by telephone on Friday.")
    assert source_names(claim_with(e, "bridge will stay shut")) == []
    assert not any("said by telephone" in c.text for c in e.claims)


def test_a_verb_that_says_more_than_saying_keeps_its_time(run):
    e = run("The count ended at midnight. Mr Dale conceded shortly after 8pm on Sunday.")
    assert claim_with(e, "conceded shortly after 8pm")


def test_heard_is_never_a_noun_an_inquest_that_heard_something_is_its_source(run):
    e = run("The rider was travelling at 46mph, an inquest heard. The road was dry, the court heard.")
    assert source_names(claim_with(e, "travelling at 46mph")) == ["an inquest"]
    assert source_names(claim_with(e, "road was dry")) == ["the court"]
    assert not any(c.text.rstrip(".").lower() in {"an inquest heard", "the court heard"} for c in e.claims)


def test_a_which_clause_after_a_day_describes_what_was_done_that_day(run):
    e = run(
        "The Finance Ministry announced a series of new tariffs on steel Thursday, "
        "which will be aimed at importers who have dodged earlier duties."
    )
    claim = claim_with(e, "will be aimed at importers")
    assert claim.text.startswith("A series of new tariffs")
    assert "Thursday will" not in claim.text


def test_calculating_that_is_a_statement(run):
    e = run("Ms Greer calculated that the council would run out of money by 2028.")
    assert source_names(claim_with(e, "run out of money")) == ["Ms Greer"]


BLOCK_QUOTE = """Shares of Brantley Foods rose 4% on Monday. On a morning show, analyst Ruth Ossai said:

The company is taking longer than it planned to build its own plants, which means margins will stay thin.

Brantley Foods makes frozen meals. According to Ossai:

A lot of good news is already in the price. I don't think the new range will lift the stock.

The company reported revenue of $2.1 billion.
"""


def test_a_paragraph_ending_on_a_speech_tag_and_a_colon_introduces_the_next_as_the_speakers(run):
    e = run(BLOCK_QUOTE)
    assert source_names(claim_with(e, "taking longer than it planned")) == ["Ruth Ossai"]
    assert source_names(claim_with(e, "good news is already in the price")) == ["Ruth Ossai"]
    assert source_names(claim_with(e, "revenue of $2.1 billion")) == ["The company"]
    assert not any(
        c.text.rstrip(".:").endswith(("analyst Ruth Ossai said", "According to Ossai")) for c in e.claims
    )


def test_what_a_crowd_expects_before_a_colon_introduces_no_speaker(run):
    e = run(
        "Here is how the company did compared with what Wall Street was expecting:\n\n"
        "Earnings per share: 41 cents adjusted vs. 52 cents expected"
    )
    assert source_names(claim_with(e, "41 cents adjusted")) == []


def test_a_company_named_without_its_legal_form_stays_a_company():
    registry = Registry()
    company = registry.add("Norvane Inc", "company")
    # the tagger may take the short form for a person's name
    assert registry.add("Norvane", "person") is company
    assert company.kind == "company"
    # a name that only begins like a body's is another name
    assert registry.add("Norvane Smith", "person") is not company


SURVEY = (
    "Most renters are behind on bills, a poll has suggested.\n\n"
    "The findings come from a survey of 3,000 tenants carried out for the housing charity Shelterline.\n\n"
    "Renters were under strain, it found, with 62% saying they had missed a payment in the last year. "
    "Almost half of the tenants polled (48%) said they had cut back on food. "
    "More than one in 20 said that they had been evicted.\n\n"
    "One, a retired nurse, said her rent had doubled.\n"
)


def test_a_share_of_respondents_who_said_something_is_what_the_survey_found(run):
    e = run(SURVEY)
    missed = claim_with(e, "missed a payment")
    assert "survey" in source_names(missed)[0]
    assert missed.text.startswith("62%")
    assert source_names(claim_with(e, "cut back on food"))
    assert source_names(claim_with(e, "been evicted"))
    assert not any(name in {"62", "48", "More than one in 20"} for c in e.claims for name in source_names(c))
    nurse = claim_with(e, "rent had doubled")
    assert not any("survey" in name for name in source_names(nurse))
    assert "Shelterline" not in nurse.text  # her rent: the nurse's, not the charity's
    assert not any(c.text == "48% is 48%" for c in e.claims)


def test_a_figure_with_no_survey_named_is_no_speaker(run):
    e = run("Turnout was low. 40% said they had not heard of the vote.")
    assert source_names(claim_with(e, "not heard of the vote")) == []


INITIALS = """A conversation with the port's new director

Radio Coastline's Ben Tallis sat down with Dr. Mara Quint, director of the Harwick port authority, this week.

Ben Tallis: What will the cuts mean for the port?

Dr. Mara Quint: We will close the north terminal in June. Freight volumes fell 12 percent last year.

BT: You have said the ferry will survive. Is that still true?

MQ: Yes. The ferry carried 400,000 passengers in 2023 and it will keep running.
"""


def test_a_transcript_that_names_its_speakers_once_then_by_initials_credits_each_turn(run):
    e = run(INITIALS)
    for words in ("close the north terminal", "Freight volumes fell", "carried 400,000 passengers"):
        assert source_names(claim_with(e, words)) == ["Mara Quint"], words
    assert not any(c.text.startswith(("MQ:", "BT:", "Dr. Mara Quint:")) for c in e.claims)


OUTLET_ASKS = """Interview with Transport Minister Karl Brenner

GAZETTE: Your ministry has spent 2 billion euros on the rail link without a vote. Is that legal?

Brenner: Hold on. The parliament approved the budget in 2022. The spending was audited twice.

GAZETTE: Why has the line still not opened?

Brenner: The tunnel flooded in March. It will open in May.
"""


def test_an_outlet_that_labels_its_questions_in_capitals_and_the_interviewee_by_surname(run):
    e = run(OUTLET_ASKS)
    assert source_names(claim_with(e, "approved the budget in 2022")) == ["Karl Brenner"]
    assert source_names(claim_with(e, "tunnel flooded in March")) == ["Karl Brenner"]
    assert source_names(claim_with(e, "spent 2 billion euros")) == ["GAZETTE"]
    assert not any(c.text.startswith(("Brenner:", "GAZETTE:")) for c in e.claims)


LIVE_REACTION = """Rovers 2-0 City: reaction

City boss Mark Ellery is encouraged by his players arguing with each other after the match,

They are having an argument with each other which is good. I like that. We must do better.Mark Ellery

The home side scored twice in the second half.
"""


def test_a_paragraph_that_lost_its_colon_introduces_the_named_speakers_words(run):
    e = run(LIVE_REACTION)
    assert source_names(claim_with(e, "having an argument")) == ["Mark Ellery"]
    assert source_names(claim_with(e, "scored twice in the second half")) == []


def test_conceding_goals_is_no_admission(run):
    e = run(
        "The visitors conceded two late goals in Munich on Thursday. "
        "The minister conceded that the plan had failed."
    )
    assert source_names(claim_with(e, "conceded two late goals")) == []
    assert source_names(claim_with(e, "plan had failed")) == ["The minister"]


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("Riga, Oct 3 : The electoral commission confirmed the result.", "Riga, Oct 3 : "),
        ("• Written by Ana Ruiz, Senior Fellow, University of Leeds", None),
        ("The tanker Aurora is shown at the port of Rotterdam", None),
        ("If you like our work, please be a Ledger Supporter and help us keep it free.", None),
        ("To Read The Full Story", None),
        ("This is an archived article and the information in the article may be outdated.", None),
        ("This is Part 2 of a 2-part series", None),
        ("Here are some key details from Monday’s hearing", None),
        ("UPDATE (11:30 a.m. MST) - The death toll rose to 1,130.", "UPDATE (11:30 a.m. MST) - "),
    ],
)
def test_datelines_bylines_captions_and_appeals_the_seventh_session_met_are_furniture(line, furniture):
    text = f"Talks end\n\nThe ministers met on Monday.\n\n{line}\n\nThe talks ended on Tuesday."
    assert [text[a:b] for a, b in find_furniture(text)] == [furniture or line]


@pytest.mark.parametrize(
    "line",
    [
        "Mr Dale conceded, telling supporters that we need to listen.",
        "The tanker was shown to inspectors in May, the company said.",
        "Help arrived on Tuesday, officials said.",
    ],
)
def test_sentences_like_the_seventh_sessions_furniture_are_not(line):
    text = f"Talks end\n\nThe ministers met on Monday.\n\n{line}"
    assert not find_furniture(text)


def test_a_speakers_few_words_about_nothing_named_say_nothing(run):
    e = run('"I like that. We pay people while they train," said coach Ana Ruiz. "We picked them."')
    assert claim_with(e, "We pay people")
    assert not any(c.text in {"I like that", "We picked them"} for c in e.claims)


def test_what_a_body_announces_or_unveils_is_its_word(run):
    e = run(
        "The Finance Ministry announced new sanctions against three banks on Thursday. "
        "The mayor unveiled a plan to halve street homelessness by 2027. The plant opened in 2019."
    )
    assert source_names(claim_with(e, "new sanctions against three banks")) == ["The Finance Ministry"]
    assert source_names(claim_with(e, "halve street homelessness")) == ["The mayor"]
    assert source_names(claim_with(e, "plant opened in 2019")) == []


def test_a_closing_inverted_tag_after_a_comma_names_the_speaker(run):
    e = run(
        "The melt would have raised sea levels by 2.2mm, say scientists who have just published an analysis. "
        "The bridge is unsafe, warn engineers at the council. "
        "The loss was larger than expected, concede scientists."
    )
    assert source_names(claim_with(e, "raised sea levels")) == ["scientists"]
    assert source_names(claim_with(e, "bridge is unsafe")) == ["engineers"]
    assert not any("concede scientists" in c.text or "warn engineers" in c.text for c in e.claims)


def test_a_participle_or_a_past_tense_after_a_comma_is_no_inverted_tag(run):
    e = run(
        "The minister said the roads were closed, adding the detours. "
        "The firm raised prices, warned investors."
    )
    assert "detours" not in {name for c in e.claims for name in source_names(c)}
    assert source_names(claim_with(e, "roads were closed")) == ["The minister"]
    assert claim_with(e, "raised prices")


def test_a_bodys_name_cut_short_is_no_other_body_named_later(run):
    e = run(
        "Documents from the Monroe County (PA) Court of Common Pleas show the judge ordered him held.\n\n"
        "The file is sealed as according to rules of the Idaho Supreme Court."
    )
    assert "the Idaho Supreme Court" not in source_names(claim_with(e, "judge ordered him held"))


def test_the_possessive_on_what_a_speaker_says_is_the_speakers(run):
    e = run(
        "Kohberger made an initial appearance before a Pennsylvania judge this morning; documents from the "
        "court show the judge ordered him to be held for extradition.\n\n"
        "Thompson says his office is restricted in what it can release."
    )
    claim = claim_with(e, "office is restricted")
    assert "judge" not in claim.text


def test_a_deal_announced_by_someone_and_results_announced_are_theirs(run):
    # (a loss the firm "posted" was the firm's until the thirteenth session, whose blind annotators
    # read five of five such figures as the report's own; one it "reported" stays the firm's)
    e = run(
        "The banker admitted no wrongdoing as part of the deal, which was announced by the state "
        "Attorney General Ana Ruiz on Thursday. The firm reported a loss of $20 million. "
        "Two makers have announced six plants in Spain."
    )
    assert source_names(claim_with(e, "deal was announced")) == ["Ana Ruiz"]
    assert source_names(claim_with(e, "loss of $20 million")) == ["The firm"]
    assert source_names(claim_with(e, "six plants")) == []


def test_an_object_pronoun_is_never_its_own_verbs_subject(run):
    e = run("The judge told Ana Ruiz she would go to jail. The judge sentenced her on Friday.")
    assert claim_with(e, "sentenced").text != "The judge sentenced The judge on Friday"
    assert "sentenced The judge" not in claim_with(e, "sentenced").text


def test_who_straight_after_a_name_in_a_list_is_that_person(run):
    e = run(
        "Judge Ann Kell passed sentence after statements from the family, including his daughter Mia, "
        'his nephew Tom Baines who said his family "is forever broken," and his brother.'
    )
    claim = claim_with(e, "forever broken")
    assert source_names(claim) == ["Tom Baines"]
    assert "Kell" not in claim.text


def test_do_standing_for_a_verb_phrase_says_nothing_of_its_own(run):
    e = run('She said, "the public will never know the man he is but his family does."')
    assert claim_with(e, "public will never know")
    assert not any(c.text.rstrip(".") == "His family does" for c in e.claims)


def test_a_line_up_names_and_states_nothing(run):
    e = run(
        "Rovers 2-0 City\n\nRovers beat City on Saturday.\n\n"
        "- Rovers XI: Hart, Ralston, Carter, Welsh, Juranovic, McCarthy, McGregor.\n\n"
        "Revenue: $1.1bn vs. $1.2bn expected\n"
    )
    assert not any("Ralston" in c.text for c in e.claims)
    assert claim_with(e, "$1.1bn")


LABELLED = """Shares rose on the index news.

Ana Ruiz, Bocom International chief strategist:

"I think at the moment it's a baby step. Pension funds have to buy half a percent of the index."

Goldman's Moe:

China stocks could be more than 50 percent of the index within eight years.
"""


def test_a_name_and_who_they_are_closing_a_paragraph_on_a_colon_labels_the_next(run):
    e = run(LABELLED)
    assert source_names(claim_with(e, "Pension funds have to buy")) == ["Ana Ruiz"]
    assert "Moe" in source_names(claim_with(e, "more than 50 percent"))[0]
    assert not any(name.endswith(":") for c in e.claims for name in source_names(c))
    assert not any("chief strategist" in c.text for c in e.claims)


def test_a_hyphenated_prefix_is_part_of_the_speaker(run):
    e = run(
        "The points will be crucial, while co-captain Pietro Angeli said the side lifted for the occasion."
    )
    assert source_names(claim_with(e, "side lifted")) == ["Pietro Angeli"]


def test_his_in_the_clause_of_a_person_described_is_not_someone_named_before(run):
    e = run(
        "Keir Starmer won the election.\n\nParliamentary Seat Projections and Party Wins:\n\n"
        "The country's first British Indian-origin prime minister secured his Richmond seat by 23,059 votes."
    )
    claim = claim_with(e, "Richmond seat")
    assert "Starmer" not in claim.text
    assert source_names(claim) == []


def test_what_a_body_highlights_is_its_statement(run):
    e = run("The ministry highlighted that the IMF has recently revised its forecasts.")
    assert source_names(claim_with(e, "revised its forecasts")) == ["The ministry"]


def test_a_sentence_closed_inside_a_quotation_ends_there(run):
    e = run(
        "At noon, Speaker Dale Ortner made this announcement: “We have now arrived at the appointed time.”  "
        "Democrats had drafted more than 100 amendments to the bill. "
        '"We will fight on." In the end, the bill passed.'
    )
    assert source_names(claim_with(e, "appointed time")) == ["Dale Ortner"]
    assert source_names(claim_with(e, "100 amendments")) == []
    assert source_names(claim_with(e, "bill passed")) == []


def test_a_clause_before_a_colon_is_not_what_the_verb_after_it_says(run):
    e = run("China is now faced with a dilemma: it can signal its displeasure by extending the programme.")
    assert not any("China" in source_names(c) for c in e.claims)


def test_a_present_tense_tag_the_tagger_read_as_a_plural_noun(run):
    e = run(
        "It took six years to build the bridge, WMC states, and the governors cut the ribbon in 1973. "
        "The states passed the law."
    )
    built = claim_with(e, "six years to build")
    assert source_names(built) == ["WMC"]
    assert built.text.startswith("It took")
    assert source_names(claim_with(e, "states passed the law")) == []


def test_what_a_release_read_is_its_words(run):
    e = run(
        "“For the motoring public’s safety, the bridge will be entirely shut down,” the TDOT release read. "
        "He read the letter aloud."
    )
    assert source_names(claim_with(e, "entirely shut down"))
    assert source_names(claim_with(e, "read the letter aloud")) == []


def test_a_speech_tag_opening_a_quotation_the_parser_hung_on_it(run):
    e = run(
        'A spokesperson for Brown tells GossipCop.com, "A totally fictitious article ran in the current Star '
        'Magazine."'
    )
    claim = claim_with(e, "fictitious article ran")
    assert source_names(claim) == ["A spokesperson for Brown"]
    assert "tells" not in claim.text


def test_a_participle_inside_what_was_said_is_its_clauses_not_the_speakers(run):
    e = run(
        "The spokesperson said a fictitious article ran in the magazine accusing our client of lying. "
        "The firm said that it would appeal, calling the decision flawed."
    )
    assert not claim_with(e, "accused our client").text.startswith("The spokesperson")
    assert source_names(claim_with(e, "decision flawed")) == ["The firm"]


def test_his_in_the_clause_of_a_person_named_as_subject_is_never_another_persons(run):
    e = run(
        "Andrew Pollack, who lost his 18-year-old daughter Meadow in the school shooting, and Ryan Petty, "
        "who lost his 14-year-old daughter Alaina, said there was enough good in the bill to pass it."
    )
    assert "Pollack" not in claim_with(e, "14-year-old daughter").text


ONE_TURN_EACH = """Note: The interview has been lightly edited for clarity

The Gazette: The big worry seems to be the deficit. Did you send a mixed message on cuts?

Mr Hale: The reforms of the financial system are not complete. We have halved the deficit in four years.

Every country has had a build-up of debt as a result of the recession.
"""


def test_an_interview_where_each_speaker_is_labelled_once(run):
    e = run(ONE_TURN_EACH)
    assert source_names(claim_with(e, "halved the deficit")) == ["Mr Hale"]
    assert source_names(claim_with(e, "build-up of debt")) == ["Mr Hale"]
    assert not any(c.text.startswith(("Mr Hale:", "The Gazette:")) for c in e.claims)


def test_a_statement_that_read_as_follows_is_the_speakers_before_it(run):
    e = run(
        "Aid blocked\n\nJan Egeland of the Norwegian Refugee Council dismissed the claims. "
        "The statement read as follows.\n\n"
        "Aid has only gone to the places with little conflict. Millions are in a desperate situation.\n\n"
        "The UN did not comment.\n"
    )
    assert source_names(claim_with(e, "little conflict")) == ["Jan Egeland"]
    assert source_names(claim_with(e, "did not comment")) == []
    assert not any("as follows" in c.text for c in e.claims)


def test_a_headline_label_and_the_name_after_its_colon_are_no_gloss(run):
    e = run(
        "Police: Trooper in Fatal Crash Was Speeding, Not Intoxicated\n\n"
        "Connecticut State Police say a trooper who died on duty was speeding.\n\n"
        "Police concluded the crash was an accident and no charges will be filed."
    )
    assert source_names(claim_with(e, "crash was an accident")) != ["Trooper"]
    assert "Trooper" not in {name for c in e.claims for name in source_names(c)}


def test_a_time_and_a_label_are_no_speakers_label(run):
    e = run(
        "Fire live\n\n4:17 a.m. full story:\n\nThe fire forced evacuation orders for most of the county.\n"
    )
    assert source_names(claim_with(e, "forced evacuation orders")) == []
