"""Attribution in the shapes real reports use beyond "X said that ...": speech acts with no clause,
an outlet telling what someone said, a "they" or a pronoun going on with the one speaking, and a
which-clause the parser hung on the wrong noun. Sentences written for the test."""

from .conftest import claim_with, source_names


def test_calling_for_something_is_the_speakers_statement(run):
    e = run("Interior Minister Rosa Vantel called for a full inquiry into the collapse of the bridge.")
    assert source_names(claim_with(e, "full inquiry")) == ["Rosa Vantel"]


def test_calling_someone_on_a_day_is_no_statement(run):
    e = run("Officers called on Friday at the house on Mill Lane.")
    assert source_names(claim_with(e, "house on Mill Lane")) == []


def test_an_apology_is_the_one_apologising(run):
    e = run("The chairman of the railway apologised to passengers who were stranded overnight.")
    assert source_names(claim_with(e, "apologised to passengers")) == ["The chairman of the railway"]


def test_announcing_ones_own_resignation_is_their_statement(run):
    e = run("Mayor Tom Fielding announced his resignation on Monday.")
    assert source_names(claim_with(e, "resignation")) == ["Tom Fielding"]


def test_announcing_a_thing_without_owning_it_stays_the_reports(run):
    e = run("The firm announced six new plants in Ohio.")
    assert source_names(claim_with(e, "six new plants")) == []


def test_as_per_an_outlets_report_credits_the_outlet(run):
    e = run("As per a Reuters report, the ministry is investigating how the fire started in the depot.")
    assert source_names(claim_with(e, "ministry is investigating")) == ["Reuters"]


def test_per_a_document_opening_the_sentence_credits_the_document(run):
    e = run("Per the court filing, the company owes its suppliers more than 2 million dollars.")
    assert source_names(claim_with(e, "owes its suppliers")) == ["court filing"]


def test_per_inside_a_price_is_no_attribution(run):
    e = run("Shares fell to 4 dollars per share on Monday.")
    assert source_names(claim_with(e, "fell to 4 dollars")) == []


def test_speaker_named_by_an_outlet_is_nested_under_it(run):
    e = run("According to the BBC, the minister said that the plan would cost 3 billion dollars.")
    claim = claim_with(e, "plan would cost")
    assert [(s.name, s.parent) for s in claim.sources] == [("BBC", None), ("the minister", 0)]


def test_sources_cited_by_an_agency_are_nested_under_the_agency(run):
    e = run("Officials quoted by the state broadcaster RTV said the dam had been inspected in May.")
    claim = claim_with(e, "dam had been inspected")
    assert [(s.name, s.parent) for s in claim.sources] == [("RTV", None), ("Officials", 0)]


def test_reports_citing_people_nest_the_people(run):
    e = run("Two reports citing unnamed engineers have said that the dam was never inspected.")
    claim = claim_with(e, "never inspected")
    assert [(s.name, s.parent) for s in claim.sources] == [("Two reports", None), ("unnamed engineers", 0)]


def test_he_added_goes_on_with_the_speaker_not_whom_they_spoke_of(run):
    e = run(
        "Fire chief Alan Dole said that the arsonist Tom Bale had fled. He added that crews could not "
        "reach the depot because the road was closed."
    )
    assert source_names(claim_with(e, "crews could not reach")) == ["Alan Dole"]


def test_they_who_speak_are_the_group_named_as_doers_before(run):
    e = run("When engineers published the survey last year, they said the bridge was safe.")
    assert source_names(claim_with(e, "bridge was safe")) == ["engineers"]


def test_they_with_no_group_named_before_stays_unnamed(run):
    e = run("The bridge reopened on Monday. They said it was safe to cross.")
    assert source_names(claim_with(e, "safe to cross")) == []


def test_which_hung_on_a_person_describes_the_thing_before(run):
    e = run("He was freed on a bond set by the judge, which the prosecutors now say was far too low.")
    claim = claim_with(e, "far too low")
    assert claim.text.startswith("A bond")
    assert source_names(claim) == ["prosecutors"]


def test_speech_tag_between_commas_read_as_the_root_keeps_what_follows_the_speakers(run):
    e = run(
        "Dr Ames said the figures were released early. In retrospect, he said, the army's decision to "
        "tell others before an early May Madrid summit ''backfired''."
    )
    claim = claim_with(e, "backfired")
    assert source_names(claim) == ["Dr Ames"]
    assert "he said" not in claim.text


def test_quoted_paragraph_after_a_closed_quotation_goes_on_in_the_same_voice(run):
    e = run(
        'In a letter, planning minister Joan Hale wrote: "There is no reason to delay the vote.\n\n'
        '"The council may not question the findings of the inspector."\n\n'
        '"I therefore turn down your request for more time to adopt the plan."\n\n'
        "The plan runs until 2030."
    )
    assert source_names(claim_with(e, "turn down your request")) == ["Joan Hale"]
    assert source_names(claim_with(e, "runs until 2030")) == []


def test_plans_announced_by_someone_are_theirs(run):
    e = run("Bus fares will be capped at 2 pounds under proposals unveiled by the mayor on Monday.")
    assert source_names(claim_with(e, "capped at 2 pounds")) == ["the mayor"]


def test_plans_with_no_author_name_nobody(run):
    e = run("The town centre was rebuilt under plans drawn up in 1950.")
    assert source_names(claim_with(e, "rebuilt")) == []
