"""Rules added in the thirteenth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_closing_quotation_mark_against_the_next_word_ends_the_quotation(run):
    e = run(
        "According to police spokesman Tom Reyes, two traders were arrested on Friday.\n\n"
        "“The two guards were walking back from the market when they were attacked by a trader and his "
        "friends,”he said in a statement."
    )
    claim = claim_with(e, "attacked by a trader")
    assert source_names(claim) == ["Tom Reyes"]
    assert not any("”" in s.name for c in e.claims for s in c.sources)


def test_a_noun_the_parser_joined_to_an_object_is_the_subject_of_the_next_verb(run):
    e = run(
        "The Free Meals programme is on life-support and government has openly expressed a desire to end it."
    )
    claim = claim_with(e, "expressed a desire")
    assert claim.text.lower().startswith("government")
    assert "programme has" not in claim.text


def test_a_verb_after_a_who_clause_is_not_given_to_the_main_subject(run):
    e = run(
        "The county board denied the plan over the protests of residents who live on the road and said "
        "that it had become too dangerous to drive on."
    )
    claim = claim_with(e, "too dangerous to drive")
    assert "the county board" not in [n.lower() for n in source_names(claim)]
    assert "plan" not in claim.text


def test_a_speaker_named_before_a_description_after_the_quotation_speaks_not_its_last_words(run):
    e = run(
        "“The startup is an exemplary case of how technology can facilitate electrification by improving "
        "performance and scale its deployment,” Hélène-Lise Béthune, Cycle Partners’s managing partner, said "
        "in a statement."
    )
    names = source_names(claim_with(e, "facilitate electrification"))
    assert names and "Hélène-Lise Béthune" in names[0]
    assert not any("deployment" in n for n in names)


def test_its_published_results_are_the_company_named_before_them(run):
    e = run(
        "A warm spring and a long summer helped the brewing company Harrow Ales to a record year, its "
        "latest annual results show."
    )
    assert source_names(claim_with(e, "record year")) == ["Harrow Ales"]


def test_an_advisory_a_body_issued_is_that_bodys_later(run):
    e = run(
        "The regional health authority issued an air quality advisory for the valley on Monday. The "
        "advisory stated that smoke from forest fires in the north would linger for days."
    )
    assert source_names(claim_with(e, "smoke from forest fires")) == ["The regional health authority"]
