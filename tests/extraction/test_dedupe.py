from claims.extraction.dedupe import dedupe, is_same_claim


def test_headline_duplicate_points_at_the_body_statement():
    texts = ["Port strike talks collapse", "Talks to end the port strike collapsed on Tuesday"]
    assert dedupe(texts, headline=[True, False]) == [1, None]


def test_statement_repeated_in_the_body_is_kept_once():
    texts = [
        "The mayor resigned on Monday after a housing scandal",
        "The mayor resigned on Monday after the housing scandal",
    ]
    assert dedupe(texts) == [None, 0]


def test_different_statements_about_the_same_people_are_not_merged():
    assert not is_same_claim("The mayor resigned on Monday", "The mayor denied taking bribes from developers")
