"""More shapes of attribution in wire copy: hard-wrapped text, a bare agency dateline, claims in a
lawsuit credited to who filed it, findings of studies and surveys, participles of saying after a
non-speech verb, and verbs of weighing that hold no view. Sentences written for the test."""

from claims.extraction.clean import content_blocks, find_furniture
from claims.extraction.wrapping import is_hard_wrapped, wrapped_runs

from .conftest import claim_with, source_names

WRAPPED = (
    "Retail sales in Norland fell by 2.4 percent in\n"
    "March, worse than analysts had forecast and down from February's\n"
    "growth of 0.3 percent, the national statistics agency said on\n"
    "Friday.\n"
    "The agency said clothing sales dropped 6.1 percent, the steepest\n"
    "fall since records began, while fuel sales rose by 1.8\n"
    "percent over the month.\n"
)


def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    blocks = content_blocks(WRAPPED, find_furniture(WRAPPED))
    assert [b.text.split()[0] for b in blocks] == ["Retail", "The"]
    assert "\n" not in blocks[0].text
    assert blocks[0].text.endswith("said on Friday.")


def test_joined_paragraph_keeps_offsets_into_the_original():
    spans, at = [], 0
    for line in WRAPPED.splitlines():
        spans.append((at, at + len(line)))
        at += len(line) + 1
    runs = wrapped_runs(WRAPPED, spans)
    assert [WRAPPED[s:e].split("\n")[-1] for s, e in runs] == ["Friday.", "percent over the month."]
    assert runs[0][0] == 0


def test_web_page_lines_without_full_stops_are_not_taken_for_wrapping():
    page = "Town wins award\nBy Jo Bell\nThe town won the award on Monday.\nIt was the third win.\n"
    assert not is_hard_wrapped(page.splitlines())
    blocks = content_blocks(page, find_furniture(page))
    assert all("\n" not in b.text for b in blocks)
    assert blocks[0].text == "Town wins award"


def test_speaker_at_the_end_of_a_hard_wrapped_sentence_is_credited(run):
    e = run(WRAPPED)
    assert source_names(claim_with(e, "fell by 2.4 percent")) == ["the national statistics agency"]


def test_bare_agency_dateline_is_furniture_not_a_speaker(run):
    e = run("(Reuters) - The mayor of Dunmore on Monday denied wrongdoing in the sale of the old library.")
    claim = claim_with(e, "denied wrongdoing")
    assert "Reuters" not in source_names(claim)
    assert claim.text.startswith("The mayor")


LAWSUIT = (
    "Award-winning singer Marco Bell on Thursday denied claims made in a lawsuit filed by three of his "
    'former dancers that he created a hostile work environment, calling the accusations "false."'
)


def test_claims_made_in_a_lawsuit_are_credited_to_who_filed_it(run):
    e = run(LAWSUIT)
    assert source_names(claim_with(e, "hostile work environment")) == ["three of his former dancers"]


def test_participle_after_a_denied_claim_is_the_deniers(run):
    e = run(LAWSUIT)
    assert source_names(claim_with(e, "accusations false")) == ["Marco Bell"]


def test_studies_linking_two_things_is_the_studies_finding(run):
    e = run("Several recent studies have linked poor sleep to higher blood pressure.")
    assert source_names(claim_with(e, "poor sleep")) == ["Several recent studies"]


def test_surveys_showing_a_trend_is_the_surveys_finding(run):
    e = run("Newer surveys have shown the pace of rent increases starting to slow.")
    assert source_names(claim_with(e, "rent increases")) == ["Newer surveys"]


def test_a_person_linking_two_things_is_not_a_finding_on_record(run):
    e = run("Police linked the stolen van to three burglaries in the area.")
    assert source_names(claim_with(e, "stolen van")) == []


def test_named_body_before_data_is_its_publisher(run):
    e = run("Separate Eurostat data showed unemployment in the region rose to 7.2 percent in June.")
    assert source_names(claim_with(e, "7.2 percent")) == ["Eurostat"]


def test_participle_of_asserting_after_a_plain_verb_is_the_subjects(run):
    e = run(
        "The carmaker sent a report to the safety regulator, asserting that the fault came from a "
        "faulty valve."
    )
    assert source_names(claim_with(e, "faulty valve")) == ["The carmaker"]


def test_responding_by_saying_credits_what_was_said(run):
    e = run("The coach responded by saying his players would never cheat to win a match.")
    claim = claim_with(e, "never cheat")
    assert source_names(claim) == ["The coach"]
    assert all(not c.text.endswith(" by") for c in e.claims)


def test_weighing_an_offer_is_no_view_held(run):
    e = run("Union members considered the offer for nearly a week before rejecting it.")
    assert source_names(claim_with(e, "considered the offer")) == []


def test_considering_something_as_something_is_a_view_held(run):
    e = run("Officials regard the new bridge as a symbol of the city's recovery.")
    assert source_names(claim_with(e, "symbol of the city")) == ["Officials"]
