"""Seen before: the same proposition, not just similar words. Sentences written for these tests."""

import json
from pathlib import Path

from claims.extraction.quantities import read_numbers
from claims.extraction.seen_before import keys, same_proposition

PAIRS = Path(__file__).parent / "seen_before_pairs.json"


def test_reordered_statement_is_the_same_proposition():
    assert same_proposition("The council cut 300 jobs in 2024.", "In 2024 the council cut 300 jobs.")


def test_passive_with_a_synonym_is_the_same_proposition():
    assert same_proposition(
        "The mayor sacked her deputy, Tom Reyes, on 3 May 2024.",
        "Tom Reyes was dismissed as deputy by the mayor on 3 May 2024.",
    )


def test_a_number_in_words_is_the_same_number():
    assert same_proposition(
        "The port handled 1,400 ships in 2023.", "In 2023 the port handled fourteen hundred ships."
    )


def test_a_different_number_is_another_proposition():
    assert not same_proposition("The council cut 300 jobs in 2024.", "The council cut 30 jobs in 2024.")


def test_the_same_number_of_other_units_is_another_proposition():
    assert not same_proposition("Ana Ruiz was jailed for six years.", "Ana Ruiz was jailed for six months.")


def test_raised_to_is_not_raised_by():
    assert not same_proposition(
        "Osland will raise its aid budget to 2% of GDP.", "Osland will raise its aid budget by 2% of GDP."
    )


def test_a_different_person_of_the_same_surname_is_another_proposition():
    assert not same_proposition(
        "Senator Mia Cole voted against the bill.", "Senator Ben Cole voted against the bill."
    )


def test_swapped_roles_are_another_proposition():
    assert not same_proposition(
        "Arlo Shipping agreed to buy Fenn Ports for $90m.", "Fenn Ports agreed to buy Arlo Shipping for $90m."
    )


def test_the_other_side_of_a_result_is_the_same_proposition():
    assert same_proposition("Carlow Rovers beat Dunmore 3-1.", "Dunmore lost 3-1 to Carlow Rovers.")


def test_an_opposite_verb_is_another_proposition():
    assert not same_proposition(
        "The committee approved the Harlow bypass.", "The committee rejected the Harlow bypass."
    )


def test_negation_is_another_proposition():
    assert not same_proposition(
        "The council cut 300 jobs in 2024.", "The council did not cut 300 jobs in 2024."
    )


def test_a_proposal_is_not_the_act():
    assert not same_proposition(
        "The ministry raised the retirement age to 67.",
        "The ministry proposed raising the retirement age to 67.",
    )


def test_another_subject_of_the_same_act_is_another_proposition():
    assert not same_proposition(
        "Porters at Linden Hospital voted to strike.", "Cleaners at Linden Hospital voted to strike."
    )


def test_a_different_date_is_another_proposition():
    assert not same_proposition("Sales rose 4% in March 2024.", "Sales rose 4% in May 2024.")


def test_numbers_and_dates_are_read_in_every_form():
    assert read_numbers("one in four") == read_numbers("25%")
    assert read_numbers("£1.5m") == read_numbers("one and a half million pounds")
    assert read_numbers("on 1 February 2024")[1] == read_numbers("on February 1, 2024")[1]


def test_candidates_share_a_name_or_number_key():
    assert keys("Musk met Putin in 2022") & keys("Putin hosted Musk at the Kremlin") == {
        "name:musk",
        "name:putin",
    }


def test_matcher_on_the_annotated_pairs_keeps_its_precision_and_recall():
    # bench/bench_seen_before.py prints the figures; this holds them
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))
    said = [same_proposition(p["a"], p["b"]) for p in pairs]
    true_pos = sum(s and p["same"] for s, p in zip(said, pairs, strict=True))
    assert true_pos / max(1, sum(said)) >= 0.9
    assert true_pos / sum(p["same"] for p in pairs) >= 0.65
