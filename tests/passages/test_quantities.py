"""Amounts and dates read the same in digits and in words, and compared as a reader would."""

from claims.passages.engine.quantities import agrees, months, quantities


def values(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.kind) for q in quantities(text)]


def test_numbers_in_words_read_as_digits():
    assert values("closed for fourteen months") == [(14, "count")]
    assert values("eighteen hundred and fifty affordable homes") == [(1850, "count")]
    assert values("about sixty million pounds") == [(60_000_000, "money")]


def test_fractions_read_as_percentages_and_minutes():
    assert values("fallen by about a quarter") == [(25, "percent")]
    assert values("four in ten residents") == [(40, "percent")]
    assert values("every quarter of an hour") == [(15, "minutes")]


def test_a_period_and_a_clock_time_are_not_amounts():
    assert values("in the second quarter") == []
    assert values("from 6am until midnight") == []


def test_years_are_their_own_kind_and_must_match_exactly():
    (claimed,) = quantities("since 2017")
    (said,) = quantities("since 2007")
    assert claimed.kind == "year"
    assert not agrees(claimed, said)


def test_bounds_and_estimates_allow_what_they_say():
    (more_than,) = quantities("more than 11,000 patients")
    (exact,) = quantities("rose to 11,420")
    (around,) = quantities("around 25%")
    (quarter,) = quantities("about a quarter")
    assert agrees(more_than, exact)
    assert agrees(around, quarter)
    assert not agrees(*quantities("£52 million"), *quantities("£62 million"))


def test_may_the_verb_is_not_may_the_month():
    assert months("They may reopen it in May 2027.") == frozenset({5})
    assert months("The council may reopen it.") == frozenset()
