"""Rules added in the sixteenth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names

TRANSCRIPT = (
    "MARIA OKAFOR: Will your allies hold firm through the winter?\n\n"
    "PAVEL DROZDOV, DEPUTY MINISTER OF TRADE: More tariffs have to be imposed on the cartel. "
    "And I think it makes sense for our partners to keep buying our grain.\n\n"
    "OKAFOR: Which partners do you mean?\n\n"
    "PAVEL DROZDOV, DEPUTY MINISTER OF TRADE: Egypt has doubled its orders since March."
)


def test_a_transcript_label_with_a_role_in_capitals_names_the_speaker(run):
    e = run(TRANSCRIPT)
    assert "DROZDOV" in " ".join(source_names(claim_with(e, "doubled its orders"))).upper()
    assert "DROZDOV" in " ".join(source_names(claim_with(e, "tariffs have to be imposed"))).upper()


def test_it_in_what_a_speaker_thinks_is_never_the_speaker(run):
    e = run(TRANSCRIPT)
    assert claim_with(e, "makes sense").text.startswith("It makes sense")


def test_an_interviewer_who_opens_with_a_question_speaks_for_the_programme(run):
    e = run(
        "TOM REID: The minister defends the decision. Joining me is Ana Lind, the regional minister. "
        "Were you at the press conference?\n\n"
        "ANA LIND: Yes. The airports have free slots for three more airlines.\n\n"
        "REID: And there are warnings the housing crisis will cost the city $10 billion each year.\n\n"
        "LIND: The regions are growing faster than the cities."
    )
    assert source_names(claim_with(e, "free slots")) == ["Ana Lind"]
    assert source_names(claim_with(e, "growing faster")) == ["Ana Lind"]
    assert source_names(claim_with(e, "housing crisis")) == []
    assert not any(c.text.startswith(("TOM REID", "REID")) for c in e.claims)


def test_a_transcript_whose_first_speaker_states_without_asking_keeps_both_speakers(run):
    e = run(
        "TOM REID: The airports have free slots for three more airlines.\n\n"
        "ANA LIND: The regions are growing faster than the cities.\n\n"
        "REID: The housing crisis will cost the city $10 billion each year.\n\n"
        "LIND: Rents rose by a fifth last year."
    )
    assert "REID" in " ".join(source_names(claim_with(e, "housing crisis"))).upper()


def test_it_found_after_a_sentence_about_a_study_is_the_study(run):
    e = run(
        "The study was published in the journal Heart by researchers at a Swedish university. "
        "It found that cycling to work lowered the risk of stroke by 30 percent."
    )
    assert source_names(claim_with(e, "lowered the risk of stroke")) != []


def test_it_found_after_a_study_by_a_named_body_is_that_body(run):
    e = run(
        "A new study from Lund University was published on Monday. "
        "It found that cycling to work lowered the risk of stroke by 30 percent."
    )
    assert source_names(claim_with(e, "lowered the risk of stroke")) == ["Lund University"]


def test_it_after_a_sentence_about_something_else_is_still_nobody(run):
    e = run("The bridge was opened in March. It found that cycling to work lowered the risk of stroke.")
    assert source_names(claim_with(e, "lowered the risk of stroke")) == []


def test_figures_released_by_a_body_named_by_a_common_noun_are_that_body(run):
    e = run("According to figures released by the ministry, 40 people died in the floods.")
    assert source_names(claim_with(e, "40 people died")) == ["the ministry"]


def test_information_carried_by_a_newspaper_is_the_newspaper(run):
    e = run(
        "According to information carried by the daily Vecernji List, Horvat was ready to run for party "
        "chair. Information obtained by the Herald shows that the mayor lied."
    )
    assert source_names(claim_with(e, "ready to run")) == ["Vecernji List"]
    assert source_names(claim_with(e, "mayor lied")) == ["Herald"]


def test_a_fronted_participles_object_read_as_a_subject_does_not_speak(run):
    e = run("Meeting Okonjo Saturday, Lindqvist said that his visit would deepen trade with Chile.")
    assert source_names(claim_with(e, "deepen trade")) == ["Lindqvist"]


def test_a_description_before_a_comma_and_the_name_still_glosses_the_name(run):
    e = run("Water utility, Metro Water said the dam was full.")
    assert source_names(claim_with(e, "dam was full")) == ["Metro Water"]


def test_a_participle_sharing_a_copula_of_a_state_has_no_speaker(run):
    e = run("Flash flooding was ongoing or expected to begin shortly in the creeks.")
    assert source_names(claim_with(e, "begin shortly")) == []


def test_a_verb_after_a_copula_with_its_own_speech_keeps_the_subject(run):
    e = run("The minister was in Paris and said the deal was done.")
    assert source_names(claim_with(e, "deal was done")) == ["the minister"]


def test_declaring_a_dividend_is_an_act_not_a_statement(run):
    e = run("The company also declared a 28 cent dividend. The authors declared no conflicts of interest.")
    assert source_names(claim_with(e, "28 cent dividend")) == []


def test_a_titled_name_glossing_a_body_before_the_verb_is_the_speaker(run):
    e = run(
        "Provincial Police Commander (PPC) Western Province, Chief Superintendent Ana Kolo said, "
        "“It was alleged that the suspect stabbed the victim.”"
    )
    assert "Ana Kolo" in " ".join(source_names(claim_with(e, "stabbed the victim")))


def test_a_colon_after_a_speech_verb_sharing_a_subject_is_that_subjects(run):
    e = run(
        "The council's planning officer Mark Tilley presented reasons why officers were against the site "
        'and said: "Any decision will have to be referred to the secretary of state."'
    )
    assert source_names(claim_with(e, "referred to the secretary")) == ["Mark Tilley"]


def test_a_name_on_a_topic_before_a_colon_speaks_not_whoever_the_topic_names(run):
    e = run(
        "Ana Rook on speculation that Australian Ted Bayliss will be appointed England coach: "
        "\"I don't quite know what's happened, it's still speculation.\""
    )
    assert source_names(claim_with(e, "still speculation")) == ["Ana Rook"]


def test_reaction_from_a_named_person_before_a_colon_is_theirs(run):
    e = run('Reaction from BBC Sport\'s Tom Hale: "What a dramatic, gripping game."')
    assert source_names(claim_with(e, "dramatic, gripping game")) == ["Tom Hale"]


def test_a_list_under_key_numbers_is_nobodys_statement(run):
    e = run(
        "Chairman Tom Vale said the firm had a hard year.\n\n"
        "Key numbers for the year ended March compared to a year ago:\n\n"
        "- Net profit $7.9m vs $20m\n"
        "- Revenue $175.7m vs $194m"
    )
    assert source_names(claim_with(e, "Net profit")) == []


QUESTIONED = """Editors should learn from Tom Hale of the Daily Echo, who recently grilled mayor Ana Vela:

Is the city ready for the festival?

I think we are.

What about the potholes?

We are addressing that problem.

Do you use public transport?

I use a taxi once in a while."""


def test_an_interview_introduced_as_one_person_grilling_another_is_answered_by_the_other(run):
    e = run(QUESTIONED)
    assert source_names(claim_with(e, "addressing that problem")) == ["Ana Vela"]
    assert source_names(claim_with(e, "taxi once in a while")) == ["Ana Vela"]


def test_they_added_after_people_something_was_done_to_is_the_last_speaker(run):
    e = run(
        "A group of eight robbers was identified using CCTV footage, the police said.\n\n"
        "Three men and three women were nabbed on Sunday night. Two of their accomplices fired on officers "
        "after being cornered near the park, they added."
    )
    assert source_names(claim_with(e, "fired on officers")) == ["police"]


def test_they_also_found_after_people_who_did_something_is_still_those_people(run):
    e = run(
        "Officials said the bridge was shut.\n\n"
        "Researchers at Leeds University studied 5,000 people. They also found that sleep mattered."
    )
    assert source_names(claim_with(e, "sleep mattered")) == ["Researchers at Leeds University"]


HYPHENATED = """Tom Hale's Interview With The Health Minister

This is the full transcript of the Hale interview, posted so listeners can judge it.

Hale: You have said that the policy is well known. Do you accept that the virus causes the disease?

Okonjo-Vela: Why do you ask me that question today? I have answered that question many times.

H: You haven't answered the question, minister.

O-V: I have worked on this disease for twenty years.

H: So you accept it.

O-V: I would advise you to read the strategic framework."""


def test_hyphenated_and_one_letter_initials_after_names_in_full_are_those_speakers(run):
    e = run(HYPHENATED)
    minister = source_names(claim_with(e, "answered that question many times"))
    assert minister and "Okonjo" in minister[0]
    assert source_names(claim_with(e, "worked on this disease")) == minister
    assert source_names(claim_with(e, "strategic framework")) == minister
    assert "Okonjo" not in " ".join(source_names(claim_with(e, "haven't answered")))


def test_said_with_the_contents_subject_read_as_its_object_still_says_the_clause(run):
    e = run(
        "Detective Inspector Tom Kerr said the man died. Kerr said police inquiries extended beyond the man."
    )
    assert source_names(claim_with(e, "inquiries extended")) == ["Tom Kerr"]


def test_said_and_a_comma_before_what_was_said_is_the_speakers(run):
    e = run(
        "The commission chairperson, Ana Osei, who made the announcement at a press briefing in Tamale said, "
        "the 12 disqualified failed to meet the necessary requirements."
    )
    assert source_names(claim_with(e, "failed to meet")) == ["Ana Osei"]


def test_a_new_quotation_after_another_speaker_spoke_is_not_the_earlier_speakers(run):
    e = run(
        "The firm's finance director, Joseph Lam, said passenger numbers are down. "
        '"This is due to the economic cycle," he said. Lawmaker Gary Tse was among the critics. '
        "He said he hopes the plan will cover journeys to the island. "
        '"For example, the buses have the advantage. Compared to the train, the routes are faster," he said.'
    )
    assert source_names(claim_with(e, "buses have the advantage")) == ["Gary Tse"]
    assert source_names(claim_with(e, "routes are faster")) == ["Gary Tse"]


def test_a_name_in_a_photo_credit_in_brackets_speaks_no_quotation(run):
    e = run(
        "The reef, on the northern side, after bleaching occurred.(Dr Tom Reece)\n\n"
        "“I’ve been close to tears quite a few times in the last few weeks.”"
    )
    assert "Reece" not in " ".join(source_names(claim_with(e, "close to tears")))


def test_a_statement_on_a_bodys_website_is_the_bodys(run):
    e = run("A statement on Equity's website said: 'The following theatres have been cut: the Arcola.'")
    assert source_names(claim_with(e, "following theatres")) == ["Equity"]


def test_the_statement_continuing_is_whoever_spoke_in_it(run):
    e = run(
        "Councillor Martin Hall defended the rise. In a statement after last week's meeting he said "
        "the money would rebuild 37 miles of road. "
        "The statement continued: “Our council has voted to maintain the roads.”"
    )
    assert source_names(claim_with(e, "maintain the roads"))[0].endswith("Martin Hall")


def test_a_named_person_admitting_inside_an_agencys_report_is_nested_under_it(run):
    e = run(
        "The education minister, Rui Lobo, admitted on Friday that the school year will start with "
        "thousands of pupils without teachers, APA reports."
    )
    names = source_names(claim_with(e, "without teachers"))
    assert names[0] == "APA" and "Rui Lobo" in names


def test_a_speech_verb_in_a_relative_clause_inside_what_was_said_does_not_loop(run):
    e = run(
        "At the end of the talks, Wen told Blake that he would welcome a visit to Peru, "
        'to which the minister said "thank you."'
    )
    assert source_names(claim_with(e, "welcome a visit")) == ["Wen"]
