"""Attribution in the shapes wire copy uses: a speech tag set off by commas inside what it reports,
a citing aside, a reported clause going on after the speech verb. Sentences written for the test."""

from .conftest import claim_with, source_names


def test_speech_tag_between_commas_attributes_the_clause_around_it(run):
    e = run(
        "The river at Millbrook reached 4.2 metres on Sunday, the Environment Agency said, the highest "
        "since 1998."
    )
    claim = claim_with(e, "reached 4.2 metres")
    assert source_names(claim) == ["the Environment Agency"]
    assert "Agency said" not in claim.text


def test_speech_tag_between_commas_with_a_pronoun_speaker(run):
    e = run(
        "Anna Kovacs chairs the parents' network. Others, she acknowledged, are angry about the decision."
    )
    claim = claim_with(e, "angry about the decision")
    assert source_names(claim) == ["Anna Kovacs"]
    assert claim.text.startswith("Others are angry")


def test_speech_tag_before_a_dash_attributes_the_clause(run):
    e = run(
        "A gust of 88mph was recorded at Lowther Point, the weather service says – the strongest of the day."
    )
    assert source_names(claim_with(e, "gust of 88mph")) == ["the weather service"]


def test_comma_clause_without_a_speech_verb_stays_the_reports(run):
    e = run("The river reached 4.2 metres on Sunday, the water having risen all night, and fell on Monday.")
    assert source_names(claim_with(e, "reached 4.2 metres")) == []


def test_outlet_citing_sources_after_the_news_attributes_all_before_it(run):
    e = run(
        "Finance Minister Karl Osterberg offered his resignation last week, Reuters, citing three people "
        "familiar with the matter, reported on Friday."
    )
    claim = claim_with(e, "offered his resignation")
    assert [(s.name, s.role, s.parent) for s in claim.sources] == [
        ("Reuters", "reported", None),
        ("three people familiar with the matter", "cited", 0),
    ]
    assert "Reuters" not in claim.text
    assert not any("cited" in c.text for c in e.claims)


def test_citing_aside_between_the_speech_verb_and_its_that_clause(run):
    e = run(
        "The Daily Courier reported on Monday, citing people familiar with the matter, that the bank had "
        "held talks to sell its insurance arm."
    )
    claim = claim_with(e, "held talks")
    assert [(s.name, s.parent) for s in claim.sources] == [
        ("The Daily Courier", None),
        ("people familiar with the matter", 0),
    ]
    assert len([c for c in e.claims if c.duplicate_of is None]) == 1


def test_citing_a_reason_stays_a_claim_of_its_own(run):
    e = run("The airline cancelled the order for 40 jets, citing repeated delays at the factory.")
    claim = claim_with(e, "repeated delays")
    assert source_names(claim) == ["The airline"]


def test_so_that_clause_is_no_reported_content(run):
    e = run("The bank reported on Monday, in a filing, so that investors would know.")
    assert all(s.role != "reported" or "investors" not in c.text for c in e.claims for s in c.sources)


def test_backshifted_verb_after_the_speech_verb_goes_on_with_what_was_said(run):
    e = run(
        "The hospital trust said it had apologised to the family and had since introduced a second check "
        "on every prescription."
    )
    claim = claim_with(e, "second check")
    assert source_names(claim) == ["The hospital trust"]


def test_would_after_the_speech_verb_goes_on_with_what_was_said(run):
    e = run(
        "The regulator said in a statement that it was monitoring the lender and would publish its "
        "review in May."
    )
    assert source_names(claim_with(e, "publish its review")) == ["The regulator"]


def test_a_second_act_in_the_past_keeps_the_speaker_as_its_subject(run):
    e = run("Councillor Dunmore said the bridge had been closed for repairs and called for an inquiry.")
    assert claim_with(e, "called for an inquiry").text.startswith("Councillor Dunmore called")


def test_second_subject_read_as_an_object_speaks_for_the_second_verb(run):
    e = run(
        "The rival chain last week reported a 3% drop in sales, and figures from the Retail Council, "
        "an industry body, showed shop visits fell 2% in May."
    )
    claim = claim_with(e, "fell 2% in May")
    assert source_names(claim) == ["the Retail Council"]
    assert "Retail Council" not in claim_with(e, "3% drop").text


def test_first_verb_subject_still_speaks_for_a_subjectless_second_verb(run):
    e = run("The minister visited the flooded town and said the defences had held.")
    assert source_names(claim_with(e, "defences had held")) == ["the minister"]


def test_a_named_study_is_not_taken_for_the_outlet_behind_the_study(run):
    e = run(
        "Adults who walked daily had a 12% lower risk of stroke, the study found.\n\n"
        "Only 8% of adults walk that much, according to the National Travel Survey."
    )
    assert "National Travel Survey" not in source_names(claim_with(e, "lower risk of stroke"))


def test_the_court_heard_attributes_the_evidence_to_the_court(run):
    e = run("The court heard that the defendant had moved £90,000 to an account in his brother's name.")
    claim = claim_with(e, "moved £90,000")
    assert [(s.name, s.role) for s in claim.sources] == [("The court", "reported")]


def test_the_jury_was_told_attributes_the_evidence_to_the_hearing(run):
    e = run("The jury was told that the invoices described a full replacement of the roof.")
    assert source_names(claim_with(e, "invoices described")) == ["The jury"]


def test_people_who_heard_something_are_not_its_source(run):
    e = run("Residents heard that the plant would close next year.")
    assert all(not source_names(c) for c in e.claims)


def test_a_quotation_after_a_colon_is_the_words_of_the_subject_before_it(run):
    e = run(
        'Marta Lindqvist, who runs a logistics consultancy, put it bluntly: "A truck is a truck, not a plan."'
    )
    claim = claim_with(e, "A truck is a truck")
    assert [(s.name, s.role) for s in claim.sources] == [("Marta Lindqvist", "quoted")]
    assert source_names(claim_with(e, "runs a logistics consultancy")) == []
    assert not any("bluntly" in c.text for c in e.claims)


def test_a_colon_quotation_goes_on_in_the_next_sentence_and_not_back(run):
    e = run(
        "Asked about the closures, the chief executive was blunt: “We ran out of money. The banks "
        "would not lend.”"
    )
    assert source_names(claim_with(e, "banks would not lend")) == ["the chief executive"]
    assert not any("was blunt" in c.text for c in e.claims)


def test_a_colon_without_a_quotation_attributes_nothing(run):
    e = run("The figures are stark: 40% of teaching posts in the north are vacant.")
    assert source_names(claim_with(e, "posts in the north")) == []


def test_in_what_someone_described_as_is_their_characterisation(run):
    e = run(
        "The government released the detained engineers, in what diplomats described as the clearest "
        "sign yet that the two sides are nearing a deal."
    )
    claim = claim_with(e, "clearest sign yet")
    assert source_names(claim) == ["diplomats"]
    assert "nearing a deal" in claim.text
    assert source_names(claim_with(e, "released the detained engineers")) == []
    assert "diplomats" not in claim_with(e, "released the detained engineers").text


def test_in_what_without_a_speech_verb_is_the_reports(run):
    e = run("The family now lives in what was once the village school.")
    assert all(not source_names(c) for c in e.claims)
