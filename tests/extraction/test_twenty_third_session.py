"""Rules added in the twenty-third session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_two_typed_single_marks_close_a_typed_double_quotation(run):
    e = run(
        "Harlow confirms a case of mumps\n\n"
        "\"Mumps spreads easily through coughs and sneezes,'' Dr. Ines Vark, the county's health "
        'officer, said in a statement. "A person can pass it on before they feel ill."'
    )
    assert source_names(claim_with(e, "spreads easily")) == ["Ines Vark"]
    assert source_names(claim_with(e, "pass it on")) == ["Ines Vark"]


def test_a_speech_tag_alone_on_its_line_introduces_the_quotation_under_it(run):
    e = run(
        "Village hall to stay open\n\n"
        "The district council agreed on Monday to hand the village hall to the parish.\n\n"
        "Martin Quale, the parish clerk, said\n\n"
        "“The hall is used by nine clubs every week. Its roof was repaired in 2019.”"
    )
    assert source_names(claim_with(e, "nine clubs")) == ["Martin Quale"]
    assert source_names(claim_with(e, "roof was repaired")) == ["Martin Quale"]
    assert source_names(claim_with(e, "agreed on Monday")) == []


def test_an_account_announced_by_its_topic_goes_on_in_the_sentences_after_it(run):
    e = run(
        "Dairy co-op holds its annual meeting\n\n"
        "Nadia Okafor, the finance director, gave a report on the running of the business. "
        "Very few problems were met during the year and all members were paid on time.\n\n"
        "In his address, Olek Brandt talked about new rules that will mean farmers need a vet's "
        "prescription for feed. Feed bags will be checked at every visit.\n\n"
        "The co-op was founded in 1952."
    )
    assert source_names(claim_with(e, "few problems")) == ["Nadia Okafor"]
    assert source_names(claim_with(e, "paid on time")) == ["Nadia Okafor"]
    assert source_names(claim_with(e, "vet's prescription")) == ["Olek Brandt"]
    assert source_names(claim_with(e, "checked at every visit")) == ["Olek Brandt"]
    assert source_names(claim_with(e, "founded in 1952")) == []


def test_an_account_stops_at_a_new_actor_and_a_talk_on_a_day_announces_none(run):
    e = run(
        "Council report\n\n"
        "Mayor Ilse Carrow spoke about the new library. The library cost $2 million. "
        "Councillor Tam Reyes voted against the budget.\n\n"
        "Deputy Amos Fell spoke on Tuesday. The meeting lasted two hours."
    )
    assert source_names(claim_with(e, "cost $2 million")) == ["Ilse Carrow"]
    assert source_names(claim_with(e, "voted against")) == []
    assert source_names(claim_with(e, "lasted two hours")) == []


def test_a_talk_on_questions_is_the_reports_and_a_talk_on_the_phone_announces_nothing(run):
    e = run(
        "Growers meet\n\n"
        "Tomas Vidal and Ana Reis talked about bullying and how the media affects young drivers.\n\n"
        "Ana Obi spoke on the phone with the governor on Monday. The state has already spent $40 million "
        "on flood repairs.\n\n"
        "Mayor Ines Falk spoke about the drought at the council meeting. The council voted 5-2 to approve "
        "the budget. Two residents walked out."
    )
    assert source_names(claim_with(e, "talked about bullying")) == []
    assert source_names(claim_with(e, "$40 million")) == []
    assert source_names(claim_with(e, "voted 5-2")) == []
    assert source_names(claim_with(e, "walked out")) == []


def test_a_post_on_a_bodys_website_is_its_account_and_the_post_read_quotes_it(run):
    e = run(
        "Recount ordered in Dunmore County\n\n"
        "DUNMORE COUNTY — In a post on the Dunmore County Board of Elections website posted late on "
        "Wednesday, there will be a recount of the primary races.\n\n"
        'The post read in its entirety, "During the checks errors were found in the results. '
        'Our vendor is still investigating the cause of the error."'
    )
    board = ["Dunmore County Board of Elections"]
    assert _without_the(claim_with(e, "recount of the primary")) == board
    assert claim_with(e, "recount of the primary").text.startswith("There will be")
    assert _without_the(claim_with(e, "errors were found")) == board
    assert _without_the(claim_with(e, "still investigating")) == board


def _without_the(claim) -> list[str]:
    return [name.removeprefix("the ") for name in source_names(claim)]


def test_a_quotation_opening_with_because_before_its_tag_is_the_tagged_speakers(run):
    e = run(
        "New flights\n\n"
        '"The service is about getting residents out," commented airline manager Bo Hagen.\n\n'
        '"It is great for Dunmore and our whole region. Because now families can fly here much '
        'easier," said Dunmore Mayor Ines Falk.'
    )
    assert source_names(claim_with(e, "whole region")) == ["Ines Falk"]
    assert source_names(claim_with(e, "fly here")) == ["Ines Falk"]


def test_an_as_clause_of_sharing_names_whose_words_the_clause_is(run):
    e = run(
        "Towns team up on broadband\n\n"
        "And though the coalition is in its infant stages, as Rita Vance recently shared with "
        "reporters, one theme has emerged."
    )
    assert source_names(claim_with(e, "infant stages")) == ["Rita Vance"]


def test_what_a_thing_does_said_inside_a_quotation_is_the_speakers(run):
    e = run(
        "New flights\n\n"
        "\"I think the air service is partly about getting residents from Dunmore out, but it's also about "
        'making that star that represents Dunmore shine even brighter on the map," commented airline '
        "manager Bo Hagen.\n\n"
        "Ana Obi, who chairs the board, said the route opens in May."
    )
    assert source_names(claim_with(e, "represents Dunmore")) == ["Bo Hagen"]
    assert source_names(claim_with(e, "chairs the board")) == []


def test_a_company_described_is_the_one_company_the_sentences_before_it_name(run):
    e = run(
        "Jobs cut\n\n"
        "Orrin Partners cut 40 jobs in its Leeds office on Monday. The consulting firm said profits "
        "fell by a third in 2023.\n\n"
        "Warnings rose, according to a report from KPW. Analysis by the accounting firm also showed "
        "that no retailer issued a warning.\n\n"
        "Orrin Partners sued Velda Group in March. The firm said the case would take a year."
    )
    assert source_names(claim_with(e, "by a third")) == ["Orrin Partners"]
    assert source_names(claim_with(e, "no retailer")) == ["KPW"]
    assert source_names(claim_with(e, "take a year")) == ["The firm"]


def test_a_role_glossed_with_what_it_is_of_names_the_same_person_later(run):
    e = run(
        "Honey prices\n\n"
        "Harry Lomond, the founder of the Honey Exchange, spoke to reporters on Monday.\n\n"
        "The founder of the Honey Exchange said elite varieties will keep their price."
    )
    assert source_names(claim_with(e, "elite varieties")) == ["Harry Lomond"]


def test_as_reported_by_an_outlet_names_whose_account_the_clause_is(run):
    e = run(
        "Landfill fined\n\n"
        "The county issued a notice of violation to Orla Waste for odours at the landfill, as reported "
        "by the Valley Courier."
    )
    assert source_names(claim_with(e, "notice of violation")) == ["the Valley Courier"]


def test_a_participle_on_a_clause_reported_by_an_outlet_is_the_subjects_citing_the_outlet(run):
    e = run(
        "Landfill fined\n\n"
        "The Dunmore County Department of Public Health has issued a notice of violation to Orla Waste "
        'for odor issues at the Brack Hill Landfill, calling the site a "nuisance affecting residents," '
        "as reported by the Valley Courier."
    )
    called = claim_with(e, "nuisance")
    assert called.text.startswith("The Dunmore County Department of Public Health called")
    assert source_names(called) == ["The Dunmore County Department of Public Health", "the Valley Courier"]


def test_the_object_of_an_opening_gerund_is_no_speaker_and_a_court_role_no_name(run):
    e = run(
        "Day six\n\n"
        "After defeating Norway, Latvia skip, Arvid Kalnins, said:\n\n"
        "“I played it tight tonight and kept the game simple.”\n\n"
        "Nora Pell, prosecuting said: “It is very difficult to value this kind of cable.”"
    )
    assert source_names(claim_with(e, "played it tight")) == ["Arvid Kalnins"]
    assert source_names(claim_with(e, "difficult to value")) == ["Nora Pell"]


def test_a_trade_run_into_a_name_at_the_start_of_a_sentence_is_a_person_he_points_back_to(run):
    e = run(
        "Beekeepers object\n\n"
        "If adopted, the new rules will close many honey farms, said beekeeper Sasa Vukic from Vrbovsko. "
        "He noted that 70% of the apiaries in Istria would be closed.\n\n"
        "Beekeeper Ivica Marovic of Rijeka said the new rules put beekeeping commissioners in an "
        "unfavourable position. So far they have performed most of their duties using their own cars, "
        "he said."
    )
    assert source_names(claim_with(e, "own cars")) == ["Ivica Marovic"]


def test_a_title_run_into_a_name_leaves_a_person_he_can_point_back_to(run):
    e = run(
        "Wardens warn boaters\n\n"
        "This time of year, Game Warden Scott Vethede makes his living keeping an eye on Wisconsin "
        "waterways.\n\n"
        "Water Milfoil and Zebra Mussels could threaten lakes here.\n\n"
        "And Vethede says the fight against invasive species doesn't stop when the summer boating "
        "season ends.\n\n"
        "He reminds duck hunters that even during the winter, invasive species can be brought into lakes."
    )
    (name,) = source_names(claim_with(e, "during the winter"))
    assert name.endswith("Scott Vethede")


def test_a_name_heading_in_a_question_and_answer_page_says_whose_answers_follow(run):
    e = run(
        "Ask Me Anything: Bakers\n\n"
        "Two bakers answered readers' questions this week. Here are a few of the best:\n\n"
        "Mara Okonjo, owner of Rye House\n\n"
        "Did you ever have trouble with the ovens?\n\n"
        "I burned two hundred loaves on our first day.\n\n"
        "What is your best advice?\n\n"
        "Never open a bakery in August.\n\n"
        "Tobias Renn, Head Baker at Corvo Bread\n\n"
        "What was your hardest moment?\n\n"
        "I dropped a tray of forty cakes at a wedding.\n\n"
        "Which recipe failed?\n\n"
        "Last year we tried nine versions of a rye loaf. Most were rejected."
    )
    assert source_names(claim_with(e, "two hundred loaves")) == ["Mara Okonjo"]
    assert source_names(claim_with(e, "forty cakes")) == ["Tobias Renn"]
    assert source_names(claim_with(e, "nine versions")) == ["Tobias Renn"]


def test_figures_a_manager_reported_on_are_theirs_and_their_account_goes_on(run):
    e = run(
        "Creamery has a record year\n\n"
        "Ola Brekke, general manager, reported on total revenues during fiscal year 2012 of over "
        "$30 million in cheese sales. A record of 25 million pounds of cheese was made."
    )
    assert source_names(claim_with(e, "$30 million")) == ["Ola Brekke"]
    assert source_names(claim_with(e, "25 million pounds")) == ["Ola Brekke"]


def test_reviewed_guards_keep_claims_out_of_the_wrong_mouth(run):
    e = run(
        "Guards\n\n"
        "Nadia Okafor worked at Google for ten years before founding the startup. The company said it "
        "would hire 50 engineers.\n\n"
        "A statement on the Facebook page of the Smithville Fire Department said the blaze was "
        "accidental.\n\n"
        "Two hundred jobs will be cut at the plant, according to an internal memo, citing weak demand for "
        "steel."
    )
    assert source_names(claim_with(e, "50 engineers")) == ["The company"]
    assert "Facebook" not in source_names(claim_with(e, "blaze was accidental"))
    assert not claim_with(e, "weak demand").text.startswith("Two hundred jobs")
