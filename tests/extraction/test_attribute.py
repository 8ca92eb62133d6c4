from .conftest import claim_with, source_names


def test_speaker_named_after_a_quotation(run):
    e = run("“The tunnel will be finished by 2027,” said Priya Nair, the project director.")
    claim = claim_with(e, "tunnel")
    assert claim.sources[0].name == "Priya Nair"
    assert claim.sources[0].role == "quoted"


def test_according_to_attributes_the_clause(run):
    e = run("Unemployment fell to 3.9% in June, according to the statistics office.")
    claim = claim_with(e, "Unemployment fell")
    assert source_names(claim) == ["the statistics office"]
    assert claim.sources[0].kind == "government"


def test_citing_adds_a_nested_source_under_the_outlet(run):
    e = run("Reuters, citing two senior diplomats, reported that the talks had stalled over fishing rights.")
    claim = claim_with(e, "talks had stalled")
    assert [(s.name, s.role, s.parent) for s in claim.sources] == [
        ("Reuters", "reported", None),
        ("two senior diplomats", "cited", 0),
    ]
    assert claim.sources[0].kind == "news_org"
    assert claim.sources[1].kind == "group"


def test_citing_a_long_coordinated_group_keeps_the_group(run):
    # the parser hangs "in-serving and former" on a first noun; the group is in its conjunct
    e = run(
        "The Evening Ledger, citing several in-serving and former Canadian and Mexican customs officers, "
        "reported that the inspections had been cancelled."
    )
    claim = claim_with(e, "inspections had been cancelled")
    cited = [s for s in claim.sources if s.role == "cited"]
    assert len(cited) == 1 and cited[0].parent == 0 and cited[0].kind == "group"
    assert "officers" in cited[0].name


def test_citing_two_outlets_nests_both(run):
    e = run("The Herald, citing Reuters and the Associated Press, reported that the border had reopened.")
    claim = claim_with(e, "border had reopened")
    assert [(s.role, s.parent) for s in claim.sources] == [("reported", None), ("cited", 0), ("cited", 0)]


def test_denial_is_attributed_to_the_one_who_denies(run):
    e = run("The mayor denied the allegations.")
    claim = claim_with(e, "denied the allegations")
    assert (claim.sources[0].name, claim.sources[0].role) == ("The mayor", "denied")


def test_passive_accusation_is_attributed_to_the_agent(run):
    e = run("Omar Haddad was accused by the finance ministry of hiding $3m in offshore accounts.")
    claim = claim_with(e, "offshore accounts")
    assert claim.sources[0].name.lower().endswith("finance ministry")
    assert claim.sources[0].role == "accused"


def test_statement_in_the_reports_own_voice_has_no_source(run):
    e = run("The bridge was built in 1932 and carries 40,000 vehicles a day.")
    assert all(c.sources == () for c in e.claims)


def test_declining_to_comment_is_not_an_attribution(run):
    e = run("The company had not commented on the claims by Monday evening.")
    assert claim_with(e, "not commented").sources == ()


def test_spokesperson_for_a_body_is_the_source(run):
    e = run("The factory will close in March, a spokesperson for the ministry said.")
    claim = claim_with(e, "factory will close")
    assert source_names(claim) == ["a spokesperson for the ministry"]


def test_says_report_headline_is_credited_to_the_news_org_behind_the_report(run):
    e = run(
        "Minister held secret talks with lobbyists, says report\n\n"
        "The Daily Courier reported that the minister met lobbyists four times in 2023."
    )
    headline = next(c for c in e.claims if "secret talks" in c.text)
    assert source_names(headline) == ["The Daily Courier"]
    # the headline sums up the body's statement, which is the one kept
    assert e.claims[headline.duplicate_of] == claim_with(e, "four times")


def test_he_said_after_an_unnamed_speaker_points_back_to_them(run):
    e = run('The mayor said the budget was balanced.\n\n"We will build 500 homes," he said.')
    assert source_names(claim_with(e, "500 homes")) == ["The mayor"]


def test_quotation_sentence_after_he_said_keeps_the_speaker(run):
    e = run('"We will build 500 homes," said Ines Duarte. "It is a promise to every family."')
    assert source_names(claim_with(e, "promise to every family")) == ["Ines Duarte"]


def test_straight_quotation_marks_make_a_direct_quote(run):
    e = run('"The line will reopen on Monday," said Ines Duarte. "Engineers are on site."')
    assert claim_with(e, "line will reopen").sources[0].role == "quoted"
    assert source_names(claim_with(e, "Engineers are on site")) == ["Ines Duarte"]


def test_passive_charge_without_an_accuser_is_the_reports_own_statement(run):
    e = run("Dana Whitlock, 48, is charged with three counts of fraud.")
    assert claim_with(e, "three counts of fraud").sources == ()


def test_that_clause_of_charges_is_credited_to_the_charges(run):
    e = run("The mayor pleaded not guilty on Monday to charges that she took $40,000 in bribes.")
    claim = claim_with(e, "took $40,000")
    assert (source_names(claim), claim.sources[0].role) == (["charges"], "accused")
    assert claim_with(e, "pleaded not guilty").sources == ()


def test_according_to_closing_a_sentence_covers_its_main_clause(run):
    e = run(
        "The fraud came to light in 2021, when an audit found the fund was empty, according to court filings."
    )
    assert source_names(claim_with(e, "came to light")) == ["court filings"]


def test_participle_warning_that_is_the_speakers_claim(run):
    e = run(
        "Anna Kowalski, the farm minister, toured the region on Friday, warning that the drought had "
        "destroyed half the wheat crop."
    )
    claim = claim_with(e, "half the wheat crop")
    assert claim.text == "The drought had destroyed half the wheat crop"
    assert source_names(claim) == ["Anna Kowalski"]


def test_participle_speech_after_a_reported_statement_keeps_the_speaker(run):
    e = run("The Harbour Times reported that the ferry would stop, adding that 40 crew had been laid off.")
    assert source_names(claim_with(e, "40 crew")) == ["The Harbour Times"]


def test_speaker_inside_a_relative_clause_is_the_noun_described(run):
    e = run("The players rejected a statement by the league's spokesman, who said the club would be fined.")
    assert source_names(claim_with(e, "club would be fined")) == ["the league's spokesman"]


def test_named_speaker_in_a_relative_clause(run):
    e = run("The minister met Paolo Rossi, who told reporters that the port had lost 40% of its trade.")
    claim = claim_with(e, "40% of its trade")
    assert claim.text == "The port had lost 40% of its trade"
    assert source_names(claim) == ["Paolo Rossi"]


def test_ruling_which_found_that_is_the_rulings_finding(run):
    e = run("The judge upheld the ruling, which found that the council had broken planning law.")
    claim = claim_with(e, "broken planning law")
    assert (source_names(claim), claim.sources[0].role) == (["ruling"], "reported")


def test_statement_that_said_is_credited_to_who_issued_it(run):
    e = run("The airline issued a statement on Tuesday that said 300 flights had been cancelled.")
    assert source_names(claim_with(e, "300 flights")) == ["The airline"]


def test_denial_in_a_relative_clause_is_the_persons_denial(run):
    e = run("The audit was signed by Ana Berg, who denied any wrongdoing.")
    claim = claim_with(e, "denied any wrongdoing")
    assert (source_names(claim), claim.sources[0].role) == (["Ana Berg"], "denied")


def test_they_is_no_source(run):
    e = run("They rejected the offer from the council on Monday.")
    assert claim_with(e, "rejected the offer").sources == ()


def test_declining_to_comment_after_a_statement_is_the_reports_voice(run):
    e = run("The port authority said it was studying the ruling and declined to comment further.")
    assert claim_with(e, "declined to comment").sources == ()


def test_saying_one_does_not_comment_is_still_said(run):
    e = run("A statement from the ministry said it did not comment on ongoing cases.")
    assert source_names(claim_with(e, "ongoing cases")) == ["the ministry"]


def test_telling_the_court_after_a_denial_is_the_defendants_claim(run):
    e = run("Omar Haddad denied fraud, telling the court he had never moved a single pound offshore.")
    assert source_names(claim_with(e, "single pound")) == ["Omar Haddad"]


def test_calling_something_a_name_is_the_speakers_characterisation(run):
    e = run("The opposition leader, Craig Hollister, called the result an earthquake for the government.")
    assert source_names(claim_with(e, "earthquake")) == ["Craig Hollister"]


def test_calling_someone_on_the_phone_attributes_nothing(run):
    e = run("The council called the police at 9pm on Friday.")
    assert claim_with(e, "called the police").sources == ()


def test_a_figure_a_company_reported_is_the_companys(run):
    e = run("The retailer Hollis & Vine reported a 2.2% drop in sales in the first quarter.")
    claim = claim_with(e, "2.2% drop")
    assert (source_names(claim), claim.sources[0].role) == (["Hollis & Vine"], "reported")


def test_according_to_wins_over_the_verb_of_a_figure(run):
    e = run(
        "Companies have reported 1,200 gigawatt hours of capacity, according to the research firm Benchline."
    )
    assert source_names(claim_with(e, "1,200 gigawatt")) == ["Benchline"]


def test_a_subject_inside_the_quotation_is_not_the_speaker(run):
    e = run("“We acted in good faith during a crisis that nobody foresaw,” said Ruth Allen KC.")
    assert source_names(claim_with(e, "good faith")) == ["Ruth Allen KC"]


def test_a_second_passive_verb_takes_its_own_agent(run):
    e = run(
        "The two pilots were detained in May and accused by military prosecutors of spying on an airbase."
    )
    claim = claim_with(e, "spying on an airbase")
    assert (source_names(claim), claim.sources[0].role) == (["military prosecutors"], "accused")


def test_a_second_quotation_after_the_speaker_is_the_same_speakers(run):
    e = run(
        "“Both sides are tired,” said Ana Ruiz, who teaches law in Lyon. “The prisoners were the bridge.”"
    )
    assert source_names(claim_with(e, "prisoners were the bridge")) == ["Ana Ruiz"]
    assert claim_with(e, "teaches law").sources == ()


def test_the_interviewee_is_the_person_the_intro_names_most_not_the_first_name_tagged(run):
    e = run(
        "‘We will fix the pipes’: the port's chief on leaks and fares\n\n"
        "Lena Park has run the Leith port authority for two years. We met at the Dalton Quay offices. "
        "Park, an engineer, took over after the floods.\n\n"
        "Q: How much has the strike cost?\n\n"
        "About £4m so far. We lost 60 sailings in March.\n\n"
        "Q: Will fares rise?\n\n"
        "Fares will rise by 5% in January.\n\n"
        "Q: Is the pier safe?\n\n"
        "Engineers inspected it in May and found no cracks."
    )
    assert source_names(claim_with(e, "60 sailings")) == ["Lena Park"]


def test_an_explainers_question_subheads_make_no_interview(run):
    e = run(
        "Why the ferry strike matters\n\n"
        "The Harbour Workers' Union has called three strikes this month.\n\n"
        "Why are the crews striking?\n\n"
        "The union wants a 9% pay rise over two years.\n\n"
        "What has the operator offered?\n\n"
        "The operator has offered 4%.\n\n"
        "What happens next?\n\n"
        "Talks resume on Monday."
    )
    assert source_names(claim_with(e, "9% pay rise")) == []
    assert source_names(claim_with(e, "offered 4%")) == []


def test_neither_side_names_no_source(run):
    assert source_names(claim_with(run("Neither side expects a deal before May."), "deal")) == []
