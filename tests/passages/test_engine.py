"""Ranking and agreement hints on sentences written for the test (no Django)."""

import pytest

from claims.passages.engine import CONTRADICTS, DIFFERS, find, prepare

ARTICLE = "\n".join(
    [
        "Bridge to close for repairs",
        "Port Aldren’s Kessling Bridge will close to all motor traffic for fourteen months from the start "
        "of March, the city council confirmed on Tuesday.",
        "Repairs are now expected to cost £62 million, up from the £41 million estimate published in 2022.",
        "The opposition said a toll would follow the closure. "
        "Councillor Hugh Farraday said drivers would pay.",
        "“We did not take this decision lightly,” said Councillor Maren Osei. “But the engineers were clear: "
        "if we wait another winter, we risk losing the bridge altogether.”",
        "“There is no plan to introduce a toll once the bridge reopens, and there never has been,” "
        "Osei said.",
        "The council expects the bridge to reopen to traffic in May 2027.",
    ]
)


@pytest.fixture(scope="module")
def article(nlp):
    return prepare(ARTICLE, nlp)


def top(article, nlp, claim: str):
    found = find(article, claim, nlp)
    assert found, "no passage found"
    return found[0], ARTICLE[found[0].start : found[0].end]


def test_offsets_point_into_the_text(article, nlp):
    found = find(article, "The bridge will reopen in May 2027, the council said.", nlp)
    assert [f.rank for f in found] == [1, 2, 3]
    for f in found:
        assert ARTICLE[f.start : f.end].strip() == ARTICLE[f.start : f.end]
        assert f.score > 0


def test_numbers_in_words_match_digits(article, nlp):
    best, text = top(article, nlp, "The Kessling Bridge will be shut to vehicles for 14 months from March.")
    assert text.startswith("Port Aldren’s Kessling Bridge will close")
    assert best.flag == ""


def test_a_different_figure_is_flagged_differs(article, nlp):
    best, text = top(
        article, nlp, "Repairing the bridge will now cost £52 million, according to the Gazette."
    )
    assert text.startswith("Repairs are now expected to cost £62 million")
    assert best.flag == DIFFERS
    assert "62 million" in best.reason and "52 million" in best.reason


def test_a_different_month_is_flagged_differs(article, nlp):
    best, text = top(article, nlp, "The bridge is expected to reopen in June 2027, the council said.")
    assert "May 2027" in text
    assert best.flag == DIFFERS


def test_a_negation_of_the_claim_is_flagged_contradicts(article, nlp):
    best, text = top(
        article, nlp, "Councillor Maren Osei said a toll would be introduced once the bridge reopens."
    )
    assert text.startswith("“There is no plan to introduce a toll")
    assert best.flag == CONTRADICTS


def test_a_negation_about_something_else_is_not_flagged(article, nlp):
    best, text = top(
        article, nlp, "Maren Osei said waiting another winter risked losing the bridge altogether."
    )
    assert "we risk losing the bridge altogether" in text
    assert best.flag == ""


def test_the_speakers_words_rank_above_a_decoy_by_someone_else(article, nlp):
    found = find(article, "Maren Osei said there would be a toll on the bridge.", nlp)
    assert "no plan to introduce a toll" in ARTICLE[found[0].start : found[0].end]


def test_a_quotation_interrupted_by_she_said_is_one_passage(article, nlp):
    _, text = top(
        article, nlp, "Osei said the engineers had warned the bridge could be lost after another winter."
    )
    assert text.startswith("“We did not take this decision lightly,” said Councillor Maren Osei.")
    assert text.endswith("altogether.”")


def test_a_speaker_label_carries_over_the_turn(nlp):
    transcript = (
        "PRESENTATION\n"
        "GUSTAV HOLM: Thank you, and good morning.\n"
        "We are not closing the Dunmore plant, whatever you may have read.\n"
        "MIRA CASTELL: Will you close Dunmore?\n"
    )
    document = prepare(transcript, nlp)
    found = find(document, "Gustav Holm confirmed the company would close the Dunmore plant.", nlp)
    assert transcript[found[0].start : found[0].end].startswith("We are not closing the Dunmore plant")
    assert found[0].flag == CONTRADICTS


def test_nothing_to_search_finds_nothing(nlp):
    assert find(prepare("", nlp), "A claim.", nlp) == []


def test_a_passage_sharing_a_few_words_with_a_denial_is_not_flagged(article, nlp):
    claim = "Maren Osei said there was no plan to bring in a toll when the bridge reopens."
    found = find(article, claim, nlp)
    assert ARTICLE[found[0].start : found[0].end].startswith("“There is no plan to introduce a toll")
    assert found[0].flag == ""
    reopening = next(f for f in found if "May 2027" in ARTICLE[f.start : f.end])
    assert reopening.flag != "contradicts"
