"""Seen before: the same proposition, not just similar words."""

from claims.extraction.seen_before import keys, proposition, same_proposition


def test_reordered_statement_is_the_same_proposition():
    assert same_proposition("The council cut 300 jobs in 2024", "In 2024 the council cut 300 jobs")


def test_short_and_full_name_are_the_same_person():
    assert same_proposition(
        "Elon Musk has been in regular contact with Vladimir Putin for two years",
        "Musk has been in regular contact with Putin for two years",
    )


def test_passive_and_active_with_the_same_amount_match():
    assert same_proposition(
        "Vantrix was fined €1.1bn by the European Commission", "The European Commission fined Vantrix €1.1bn"
    )


def test_a_different_number_is_another_proposition():
    assert not same_proposition("The council cut 300 jobs in 2024", "The council cut 30 jobs in 2024")


def test_the_same_amount_written_differently_matches():
    assert same_proposition("The bank lent £1.2bn to 40 firms", "The bank lent £1,200m to forty firms")


def test_a_different_person_is_another_proposition():
    assert not same_proposition(
        "Ana Costa resigned as health minister", "Ana Ruiz resigned as health minister"
    )


def test_negation_is_another_proposition():
    assert not same_proposition(
        "The council cut 300 jobs in 2024", "The council did not cut 300 jobs in 2024"
    )


def test_a_different_date_is_another_proposition():
    assert not same_proposition("Sales rose 4% in March", "Sales rose 4% in May")


def test_candidates_share_a_name_or_number_key():
    a, b = proposition("Musk met Putin in 2022"), proposition("Putin hosted Musk at the Kremlin")
    assert keys(a) & keys(b) == {"name:musk", "name:putin"}
