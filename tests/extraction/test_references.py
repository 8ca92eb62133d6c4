from .conftest import claim_with


def test_book_a_claim_is_reported_in_is_a_reference(run):
    e = run("The historian Jane Ode wrote in her new book that the treaty was signed in secret.")
    claim = claim_with(e, "treaty was signed")
    (ref,) = [e.references[i] for i in claim.references]
    assert (ref.kind, ref.publisher) == ("book", "Jane Ode")


def test_tweet_is_a_social_reference(run):
    e = run("On Tuesday, Senator Mark Hale tweeted a photo of the flooded station.")
    assert [(r.kind, r.publisher) for r in e.references] == [("social", "Mark Hale")]


def test_accusation_by_a_government_department_is_a_filing(run):
    e = run("Ivan Petrov was accused by the US justice department of laundering $20m.")
    (ref,) = e.references
    assert ref.kind == "filing"
    assert claim_with(e, "laundering").references == (0,)


def test_news_org_report_is_one_reference_for_all_its_claims(run):
    e = run(
        "The Harbour Times reported that the ferry operator cut 40 routes. "
        "The Times report said fares rose by 12%."
    )
    articles = [r for r in e.references if r.kind == "article"]
    assert len(articles) == 1
    assert claim_with(e, "40 routes").references == claim_with(e, "fares rose").references == (0,)
