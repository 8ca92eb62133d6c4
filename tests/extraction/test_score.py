from .conftest import claim_with


def test_dated_fact_with_numbers_outranks_an_opinion(run):
    e = run("The council sold 120 homes in March 2023. The housing policy is a terrible idea.")
    fact = claim_with(e, "sold 120 homes")
    opinion = claim_with(e, "terrible idea")
    assert fact.kind == "fact"
    assert opinion.kind == "opinion"
    assert fact.checkworthiness > opinion.checkworthiness


def test_modal_forecast_is_a_prediction(run):
    e = run("The new line could carry 50,000 passengers a day.")
    assert claim_with(e, "new line").kind == "prediction"


def test_direct_quotation_is_a_quote(run):
    e = run("“We closed three clinics last year,” said the director.")
    assert claim_with(e, "clinics").kind == "quote"


def test_checkworthiness_stays_between_zero_and_one(run):
    e = run("It might perhaps be good. The bank lent $4bn to 12 firms in 2021 and 2022, figures show.")
    assert all(0.0 <= c.checkworthiness <= 1.0 for c in e.claims)


def test_refusing_to_comment_is_not_a_prediction(run):
    e = run("The minister will not comment on the leaked memo.")
    assert claim_with(e, "not comment").kind == "fact"


def test_what_would_have_happened_is_not_a_prediction(run):
    e = run("The mayor said that closing the road would have been a sensible decision.")
    assert claim_with(e, "would have been").kind != "prediction"


def test_dependence_on_something_named_is_checkable_not_opinion(run):
    e = run("The port is critical to the economy of the region. The bridge is a key link in the trade route.")
    assert claim_with(e, "critical to the economy").kind == "fact"
    assert claim_with(e, "key link").kind == "fact"


def test_bare_judgement_is_still_an_opinion(run):
    e = run("The new stadium is critical, the mayor said.")
    assert claim_with(e, "stadium is critical").kind == "opinion"


def test_not_commenting_ranks_below_a_named_denial(run):
    e = run(
        "The Ledger reported that the minister held 12 meetings with the developer in 2023. "
        "The minister had not commented on the report by Friday afternoon. "
        "His spokesman, Ivan Dorn, denied that any meeting had taken place."
    )
    silent = claim_with(e, "not commented")
    denial = claim_with(e, "meeting had taken place")
    assert silent.checkworthiness < denial.checkworthiness


def test_declining_to_comment_ranks_low(run):
    e = run("The bank declined to comment on the fine of £40m imposed in March.")
    assert claim_with(e, "declined to comment").checkworthiness < 0.5


def test_a_refusal_beside_an_if_clause_is_not_a_prediction(run):
    e = run(
        "The mayor said she will not comment on the audit but that if it was wrong "
        "it would have been a scandal."
    )
    assert claim_with(e, "not comment").kind != "prediction"
