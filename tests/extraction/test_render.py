"""The render stage on its own: claim texts with pronouns written out, and a record of what was."""


def rendered_with(s, words: str):
    for r in s.rendered:
        if words.lower() in r.text.lower():
            return r
    raise AssertionError(f"no rendered claim containing {words!r}: {[r.text for r in s.rendered]}")


def test_pronoun_subject_is_written_out_and_recorded(stages):
    s = stages("Ana Costa opened the hospital in 2019. She sold her shares last year.")
    r = rendered_with(s, "sold")
    assert r.text == "Ana Costa sold her shares last year"
    assert r.written_out == (("She", "Ana Costa"),)


def test_possessive_of_the_subject_itself_stays_a_pronoun(stages):
    s = stages("Ana Costa opened the hospital in 2019. She sold her shares last year.")
    assert "her shares" in rendered_with(s, "sold").text


def test_body_speaking_of_itself_as_it_is_written_out(stages):
    s = stages("The union said it would call a strike in June.")
    assert rendered_with(s, "strike").text == "The union would call a strike in June"


def test_clause_too_short_to_check_is_dropped(stages):
    s = stages("Prices rose.")
    assert s.rendered == ()


def test_unresolved_it_is_a_vague_subject(stages):
    s = stages("It was a disaster for the town, the mayor said.")
    assert rendered_with(s, "disaster").vague
