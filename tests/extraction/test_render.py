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


# ---- unresolved "it" and epithets ----------------------------------------------------------------


def test_it_said_to_be_true_is_the_claim_denied_before_it(stages):
    s = stages("The mayor denied Okafor's account, but his deputy said it was true.")
    r = rendered_with(s, "was true")
    assert r.text == "Okafor's account was true"
    assert r.written_out == (("it", "Okafor's account"),)


def test_they_after_a_dismissal_is_what_was_dismissed(stages):
    s = stages("The minister dismissed the figures, saying that they were collected before the floods.")
    assert rendered_with(s, "collected").text == "The figures were collected before the floods"


def test_it_a_body_might_say_of_itself_is_left_as_written(stages):
    s = stages("The regulator fined the bank £12m, arguing that it had misled 30,000 customers.")
    assert rendered_with(s, "misled").text == "It had misled 30,000 customers"


def test_unexplained_it_keeps_the_speaker_in_the_claim(stages):
    s = stages("The club denied the report, saying it was proud.")
    assert rendered_with(s, "proud").text.startswith("The club said it was proud")


def test_description_and_the_pronouns_after_it_are_written_alike(stages):
    s = stages(
        "Ravi Menon bought the port in 2015. Ana Ruiz met the shipping tycoon in 2019. The shipping tycoon "
        "employs 900 people in the city. His company moves 3m containers a year."
    )
    assert (
        rendered_with(s, "3m containers").text == "The shipping tycoon’s company moves 3m containers a year"
    )


def test_a_description_taking_up_the_named_subject_writes_the_pronouns_after_it_as_the_name(stages):
    # (the fourteenth session: an epithet for the person last named as a subject is that person)
    s = stages(
        "Ravi Menon bought the port in 2015. The shipping tycoon employs 900 people in the city. "
        "His company moves 3m containers a year."
    )
    assert rendered_with(s, "3m containers").text == "Ravi Menon’s company moves 3m containers a year"


def test_brackets_left_empty_by_a_carved_out_phrase_are_dropped():
    from claims.extraction.render import _tidy

    assert (
        _tidy("About 220 kilometers ( ) southeast of the city")
        == "About 220 kilometers southeast of the city"
    )
    assert _tidy("The fund (which) grew") == "The fund (which) grew"


def test_a_borrowed_subject_keeps_the_bracket_it_closed():
    from claims.extraction.render import _tidy

    assert _tidy("Patients with stress disorder (PTSD increased function") == (
        "Patients with stress disorder (PTSD) increased function"
    )
    assert _tidy("Patients with stress disorder (PTSD) increased function") == (
        "Patients with stress disorder (PTSD) increased function"
    )
