"""Rules added in the twenty-eighth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_the_role_of_a_title_before_a_one_word_name_is_that_persons_name_later(run):
    e = run("President Okoro opened the summit on Monday. The president said trade would grow.")
    assert source_names(claim_with(e, "trade would grow")) == ["Okoro"]


def test_a_title_two_people_carry_or_a_former_title_names_no_one(run):
    e = run(
        "President Okoro hosted President Mbeki in Abuja on Monday. The president said the talks were "
        "productive.\n\nFormer President Dace spoke in Lagos. The president says the plan works."
    )
    assert source_names(claim_with(e, "talks were productive")) == ["The president"]
    assert source_names(claim_with(e, "plan works")) == ["The president"]


def test_a_role_met_only_in_a_gloss_still_names_the_glossed_person(run):
    e = run("Ines Varga, the central bank's president, spoke on Monday. The president says rates will hold.")
    assert source_names(claim_with(e, "rates will hold")) == ["Ines Varga"]


def test_a_bodys_it_speaks_through_a_speech_verb_coordinated_with_its_own(run):
    e = run(
        "Corvane reported a loss of $4 million. It plans to sell bonds, and also said that banks will "
        "lend it $5 billion."
    )
    assert source_names(claim_with(e, "banks will lend")) == ["Corvane"]


def test_an_it_with_no_body_speaking_lately_stays_unnamed(run):
    e = run("The club opened a new stadium. It seats 40,000 fans and said that tickets sold out.")
    assert source_names(claim_with(e, "tickets sold out")) == []


def test_two_people_each_under_a_role_both_speak(run):
    e = run("The tool is available, product manager Jo Kranz and vice president Amar Suri wrote.")
    assert source_names(claim_with(e, "tool is available")) == ["Jo Kranz", "Amar Suri"]


def test_a_group_of_officials_joined_by_and_stays_one_source(run):
    e = run("The talks failed, US and European officials said on Monday.")
    assert source_names(claim_with(e, "talks failed")) == ["US and European officials"]


def test_a_wire_releases_dateline_is_furniture_and_never_a_speaker(run):
    text = (
        "BOSTON and LIMA, May 3, 2019 /PRNewswire-Asia/ -- Corvane Inc. (NYSE: CVN) and Dunmore Labs "
        "(NYSE: DL) today announced that they have signed a supply agreement worth $40 million."
    )
    e = run(text)
    claim = claim_with(e, "supply agreement")
    assert source_names(claim) and not {"BOSTON", "LIMA", "Asia/"} & set(source_names(claim))
    assert all("PRNewswire" not in c.text for c in e.claims)


def test_a_list_of_places_in_the_subject_is_no_speaker(run):
    e = run(
        "A survey by Calvex of 4,500 adults in the U.S., the U.K., Germany, Japan and Brazil found that "
        "65 percent of respondents would never return to the brand."
    )
    assert source_names(claim_with(e, "would never return")) == ["Calvex"]


def test_a_present_speech_verb_after_a_past_content_stays_with_the_contents_subject(run):
    e = run("Prosecutors said Dane stole the funds in 2019 and insists he is innocent.")
    assert "Dane insists" in claim_with(e, "innocent").text


def test_a_speech_verb_in_the_past_inside_the_content_stays_the_content_subjects(run):
    e = run("Police said the man fled the scene and told officers he was innocent.")
    assert "told officers" in claim_with(e, "innocent").text


def test_a_speaker_in_a_which_clause_inside_what_another_says_speaks_for_herself(run):
    e = run(
        "Dane says Lynne Weld damaged his reputation in her memoir, in which she claimed Dane had "
        "over-medicated her daughter. Kell said he disagreed with the verdict, after which his lawyer "
        "said an appeal was likely."
    )
    claim = claim_with(e, "over-medicated")
    assert source_names(claim) == ["Lynne Weld"]
    assert not claim.text.lower().startswith("in which")
    assert source_names(claim_with(e, "appeal was likely")) == ["his lawyer"]


def test_the_company_after_one_speaking_company_is_that_company(run):
    e = run(
        "In a statement, Corvane Inc. said Zelvia Corp's maximum price would be $340,000 a year. For lighter "
        "patients the cost would be less. Treatment for infants would cost less than $100,000, according "
        "to the company."
    )
    assert source_names(claim_with(e, "less than $100,000")) == ["Corvane Inc."]


def test_the_company_after_a_company_speaking_of_another_as_a_subject_stays_unsure(run):
    e = run("Orrin Corp. said Velda Inc. had copied its design. The company said the case was strong.")
    assert source_names(claim_with(e, "case was strong")) == ["The company"]


def test_an_impersonal_it_is_never_rewritten_as_the_speaker(run):
    e = run("Silcox said it was too late to change the plan. Dace said it is up to the parents to decide.")
    late = claim_with(e, "too late")
    assert late.text.startswith("It was too late") and source_names(late) == ["Silcox"]
    assert claim_with(e, "up to the parents").text.startswith("It is up to")


def test_a_bodys_own_it_is_still_the_body(run):
    e = run("The company said it was ready to expand into Peru.")
    assert claim_with(e, "ready to expand").text.startswith("The company was ready")


def test_a_statement_made_clear_or_known_is_its_makers(run):
    e = run(
        "The minister made it clear that the levy will rise. The bill goes to Gov. Ada Kwan, who has "
        "made it known that she will sign it. The storm made it clear that the dam was weak."
    )
    assert source_names(claim_with(e, "levy will rise")) == ["The minister"]
    assert source_names(claim_with(e, "will sign it")) == ["Ada Kwan"]
    assert source_names(claim_with(e, "dam was weak")) == []


def test_a_speech_verb_with_its_own_subject_after_a_passive_is_not_passive(run):
    e = run("The striker was injured in a friendly, and the club have now revealed he underwent surgery.")
    assert source_names(claim_with(e, "underwent surgery")) == ["the club"]
    assert source_names(claim_with(e, "was injured")) == []


def test_the_speakers_own_study_in_a_quoted_passage_is_no_other_speaker(run):
    e = run(
        "“Our study shows that exposure to the solvents is widespread. Children are at risk,” said Dana "
        "Moss, a professor."
    )
    assert source_names(claim_with(e, "widespread")) == ["Dana Moss"]
    assert source_names(claim_with(e, "Children are at risk")) == ["Dana Moss"]


def test_but_said_after_a_denied_first_verb_is_the_first_subjects_even_past_a_who_clause(run):
    e = run(
        "Ada Kwan did not have a count of the nurses who crossed picket lines but said 63 percent of "
        "the nurses in Dunmore crossed them."
    )
    assert source_names(claim_with(e, "63 percent")) == ["Ada Kwan"]


def test_said_after_a_who_clause_with_no_contrast_stays_unsure(run):
    e = run(
        "The board denied the order over the protests of residents who live on the road and said it "
        "had become too dangerous."
    )
    assert source_names(claim_with(e, "too dangerous")) == []


def test_blasting_someone_in_words_is_an_accusation_only_by_one_who_can_speak(run):
    e = run(
        "A union official blasted the hospitals for refusing to let nurses return. The explosion "
        "blasted a hole in the wall. The storm slammed the coast. Police charged the man with theft."
    )
    assert source_names(claim_with(e, "refusing to let nurses")) == ["A union official"]
    assert source_names(claim_with(e, "hole in the wall")) == []
    assert source_names(claim_with(e, "slammed the coast")) == []
    assert source_names(claim_with(e, "with theft")) == ["Police"]


def test_a_second_readers_cases_stay_as_they_should(run):
    """Misfires a second reader found in this session's first rules, each kept closed."""
    e = run(
        "Critics accused the government of ignoring the floods. The opposition slammed the budget. "
        "Investigators examined the wreck for two days, warned the airline about corrosion. The army, "
        "said to number 5,000 troops, attacked the town. The airline said it was up 5 percent on the year."
    )
    assert source_names(claim_with(e, "ignoring the floods")) == ["Critics"]
    assert source_names(claim_with(e, "slammed the budget")) == ["The opposition"]
    assert source_names(claim_with(e, "about corrosion")) == ["Investigators"]
    assert source_names(claim_with(e, "attacked the town")) == []
    assert claim_with(e, "5 percent").text.startswith("The airline was up")
    e = run("Corvane Inc. said it had sued Zelvia Corp. over the patent. The company said the suit was weak.")
    assert source_names(claim_with(e, "suit was weak")) == ["The company"]


def test_what_a_named_report_says_is_its_authors(run):
    e = run(
        "Shares fell after a report by Bloomberg that the firm would cut 500 jobs. The company denied "
        "the claims after a Reuters report that police had raided its office. The Monday report that "
        "sales fell was wrong."
    )
    assert source_names(claim_with(e, "cut 500 jobs")) == ["Bloomberg"]
    assert source_names(claim_with(e, "raided")) == ["Reuters"]
    assert source_names(claim_with(e, "sales fell")) == []


def test_a_ticker_in_brackets_is_no_speaker(run):
    e = run("Onex Corp's (ONEX.TO) WestJet Group said on Thursday it will cancel flights ahead of a strike.")
    assert source_names(claim_with(e, "cancel flights")) == ["WestJet Group"]


def test_and_cut_to_n_inside_a_name_opens_no_quotation(run):
    e = run(
        "The class is all persons who bought a defective Rock ’n Play made by a defendant. The "
        "daughter of the plaintiffs died within minutes of being placed in a Rock ’n Play Sleeper, "
        "says the complaint."
    )
    assert all("’n Play" in c.text for c in e.claims)
    assert source_names(claim_with(e, "died within minutes")) == ["complaint"]


def test_a_second_readers_later_cases_stay_as_they_should(run):
    """Misfires the second reader found in the later rules, each kept closed."""
    e = run(
        "Shares recovered after Monday's report that the factory would close. Orvel Mining stood by its "
        "statement that the dam was safe. The bank's statement that rates would hold calmed markets."
    )
    assert all(source_names(c) == [] for c in e.claims)
    e = run(
        "Inflation slammed household budgets last year. A knee injury condemned the striker to a season "
        "on the bench. Locals slammed the plan. Dana Reel rejected the verdict, vowed to appeal and "
        "thanked her supporters. The party said it was time for a change."
    )
    assert source_names(claim_with(e, "household budgets")) == []
    assert source_names(claim_with(e, "on the bench")) == []
    assert source_names(claim_with(e, "slammed the plan")) == ["Locals"]
    assert source_names(claim_with(e, "vowed to appeal")) == ["Dana Reel"]
    assert claim_with(e, "time for a change").text.startswith("It was time")
    e = run(
        "A federal judge on Monday blocked the rule. U.S. District Judge Ana Ruiz found the agency had "
        "skipped steps. The judge said the rule would cause harm.\n\nPresident Amara Okoro flew to Lagos. "
        "Vice President Ada Quint stayed in the capital. The president said the trip would boost trade."
    )
    assert source_names(claim_with(e, "cause harm")) == ["Ana Ruiz"]
    assert source_names(claim_with(e, "boost trade")) == ["Amara Okoro"]
