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


def test_same_words_from_two_sources_are_not_duplicates():
    texts = ["300 jobs would be cut in 2025", "300 jobs would be cut in 2025"]
    sources = [frozenset({"The port authority"}), frozenset({"Unite"})]
    assert dedupe(texts, sources=sources) == [None, None]


def test_headline_source_may_be_a_short_form_of_the_bodys():
    texts = ["Mayor charged with bribery", "The mayor was charged with bribery on Monday"]
    sources = [frozenset({"prosecutors"}), frozenset({"Swedish prosecutors"})]
    assert dedupe(texts, headline=[True, False], sources=sources) == [1, None]


def test_a_summary_line_is_folded_into_the_body_statement_it_shares_most_with():
    texts = [
        "Bridge closure strands 3,000 commuters",
        "Engineers found cracks in two supports last week",
        "About 3,000 commuters were stranded when the bridge was closed on Friday",
    ]
    assert dedupe(texts, headline=[True, False, False]) == [2, None, None]


def test_a_summary_line_the_body_does_not_tell_is_kept():
    texts = ["Why the ferry timetable keeps changing", "The council set next year's budget on Monday"]
    assert dedupe(texts, headline=[True, False]) == [None, None]


def test_a_recap_told_again_at_length_is_a_duplicate_of_the_longer_statement():
    texts = [
        "About 3,200 homes are without water",
        "The number of homes without water has risen to about 3,200, up from 900 this morning",
    ]
    assert dedupe(texts) == [1, None]


def test_one_fact_of_a_sentence_that_tells_several_is_not_folded_into_it():
    texts = [
        "The bakery chain cut its full-year profit forecast",
        "Shares of the bakery chain fell 9% on Monday after it cut its full-year profit forecast, closed "
        "40 shops and replaced its finance director, as rising flour costs squeezed margins",
    ]
    assert dedupe(texts) == [None, None]


def test_of_two_statements_of_one_claim_the_attributed_one_is_kept():
    texts = ["About 3,200 homes are without water", "About 3,200 homes are without water, the utility said"]
    assert dedupe(texts, sources=[frozenset(), frozenset({"the utility"})]) == [1, None]
