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
