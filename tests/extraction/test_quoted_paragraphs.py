"""A paragraph all in quotation marks, naming no speaker, goes on in the voice of the one speaker
whose words the paragraph before reported; a present-tense clause joined to a past "said" goes on
with present-tense reported words. Sentences written for the test."""

from .conftest import claim_with, source_names

HEAD = "Harbour plan delayed\n\n"
REPORTED = "The harbour master, Tomas Lindqvist, said the dredging had fallen behind schedule.\n\n"


def test_a_quotation_paragraph_after_reported_words_is_the_same_speakers(run):
    e = run(HEAD + REPORTED + "“The channel will stay closed to larger ships until the spring.”")
    assert source_names(claim_with(e, "channel will stay closed")) == ["Tomas Lindqvist"]


def test_a_second_quotation_paragraph_keeps_the_speaker(run):
    e = run(
        HEAD + REPORTED + "“The channel will stay closed to larger ships until the spring.”\n\n"
        "“The contractor has promised two more dredgers by March.”"
    )
    assert source_names(claim_with(e, "promised two more dredgers")) == ["Tomas Lindqvist"]


def test_a_quotation_paragraph_after_the_reports_own_paragraph_gets_no_speaker(run):
    e = run(
        HEAD + "The dredging fell behind schedule in the autumn.\n\n"
        "“The channel will stay closed to larger ships until the spring.”"
    )
    assert source_names(claim_with(e, "channel will stay closed")) == []


def test_a_quotation_paragraph_naming_its_own_speaker_keeps_it(run):
    e = run(
        HEAD + REPORTED + "“The channel will stay closed to larger ships until the spring,” "
        "said the mayor, Ingrid Holm."
    )
    assert source_names(claim_with(e, "channel will stay closed")) == ["Ingrid Holm"]


def test_a_present_tense_clause_after_present_reported_words_is_the_speakers(run):
    e = run(HEAD + "Lindqvist said wages have remained flat, and the currency remains weak.")
    assert source_names(claim_with(e, "currency remains weak")) == ["Lindqvist"]


def test_a_present_tense_clause_after_past_reported_words_stays_the_reports(run):
    e = run(HEAD + "Lindqvist also said fees remained high, and the port loses money every year.")
    assert source_names(claim_with(e, "port loses money")) == []
