"""Facts told alongside a sentence's main one (claims/extraction/alongside.py) become claims of their own."""

from .test_split import clause_texts


def texts(nlp, sentence):
    """The clauses' words, spaced as the tokenizer split them ("$ 2 m")."""
    return [t for t, _ in clause_texts(nlp, sentence)]


def squeezed(found):
    return [t.replace(" ", "").rstrip(".") for t in found]


def test_absolute_with_clause_is_a_claim_in_the_main_verbs_tense(nlp):
    found = texts(nlp, "The firm reported a loss, with revenue falling 8% to $2.1bn.")
    assert squeezed(found) == squeezed(["The firm reported a loss", "revenue was falling 8% to $2.1bn"])


def test_with_clause_that_only_describes_stays_in_its_sentence(nlp):
    found = texts(nlp, "The partnership came with real technology transfer attached.")
    assert len(found) == 1


def test_compared_with_what_someone_expected_is_no_absolute_clause(nlp):
    found = texts(nlp, "The bank did better than forecast, compared with what analysts were expecting.")
    assert not any(t.startswith("analysts w") for t in found)


def test_event_at_a_named_place_in_a_where_clause_is_a_claim(nlp):
    found = texts(nlp, "Crews reached the port town of Bray, where a warehouse collapsed.")
    assert found == ["Crews reached the port town of Bray", "a warehouse collapsed"]


def test_where_clause_about_an_unnamed_place_stays(nlp):
    found = texts(nlp, "The effect was largest in poor areas, where admissions fell by a quarter.")
    assert len(found) == 1


def test_as_clause_with_its_own_subject_is_a_second_fact(nlp):
    found = texts(nlp, "Shares fell on Monday as the firm struggled to win new contracts.")
    assert found == ["Shares fell on Monday", "the firm struggled to win new contracts"]


def test_as_clause_leaving_a_bare_main_verb_stays(nlp):
    found = texts(nlp, "The release came as negotiators met for a fourth round of talks.")
    assert len(found) == 1


def test_as_long_as_sets_a_condition_and_stays(nlp):
    found = texts(nlp, "The plant will stay open as long as the council pays for repairs.")
    assert len(found) == 1


def test_while_participle_is_a_second_act_of_the_subject(nlp):
    found = texts(nlp, "The agency plans to spend $2m to expand the depot while doubling its staff to 80.")
    assert squeezed(found) == squeezed(
        ["The agency plans to spend $2m to expand the depot", "The agency is doubling its staff to 80"]
    )


def test_participle_after_a_comma_is_a_second_act_of_the_subject(nlp):
    found = texts(nlp, "The bank posted a profit of $3m, falling short of forecasts of $4m.")
    assert squeezed(found) == squeezed(
        ["The bank posted a profit of $3m", "The bank was falling short of forecasts of $4m"]
    )


def test_participle_saying_how_stays_in_its_sentence(nlp):
    found = texts(nlp, "The winger crossed the ball, curling it behind the defenders with his left foot.")
    assert len(found) == 1


def test_quoted_predicates_sharing_a_subject_are_one_statement(nlp):
    found = texts(nlp, "“We defended badly and lost the game in the first half,” the coach said.")
    assert squeezed(found) == squeezed(["We defended badly and lost the game in the first half"])


def test_quoted_clauses_with_their_own_subjects_still_split(nlp):
    found = texts(nlp, "“The pitch was poor, and the referee missed two penalties,” the coach said.")
    assert len(found) == 2


def test_predicates_sharing_a_subject_outside_quotes_still_split(nlp):
    found = texts(nlp, "The coach criticised the pitch and praised the fans.")
    assert squeezed(found) == squeezed(["The coach criticised the pitch", "The coach praised the fans"])


def test_a_quoted_verb_that_can_introduce_speech_but_introduces_none_stays_with_its_statement(nlp):
    found = texts(nlp, "The firm said the deal “would raise wages and continue the bonus scheme for staff.”")
    assert len(found) == 1
    assert found[0].replace("“ ", "").startswith("the deal would raise wages and continue the bonus scheme")
