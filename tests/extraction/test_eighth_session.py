"""Rules added in the eighth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_any_verb_standing_after_a_quotation_with_its_subject_is_a_speech_tag(run):
    e = run(
        'Coach Ann Lee praised the squad. "It was a team effort and the defence was superb," Lee quipped. '
        '"The second half was our best football of the season," she opined after the game.'
    )
    assert source_names(claim_with(e, "team effort")) == ["Ann Lee"]
    assert source_names(claim_with(e, "second half was our best")) == ["Ann Lee"]


def test_a_verb_after_a_quotation_without_a_comma_is_no_tag(run):
    e = run(
        'The film "Dark Water" premiered in Leeds. '
        'Critics called it "a quiet triumph" and audiences stayed away.'
    )
    assert source_names(claim_with(e, "premiered in Leeds")) == []


def test_saying_with_its_words_after_any_object_is_the_subjects_statement(run):
    e = run(
        "Councillor Ben Ortiz repeated this concern saying, "
        '"The budget is not about the tram, but the process."'
    )
    assert source_names(claim_with(e, "not about the tram")) == ["Councillor Ben Ortiz"]


def test_a_stance_held_by_a_pronoun_subject_is_the_persons(run):
    e = run(
        "Councillor Ana Ruiz asked for a vote at once. "
        "She was fearful that the ordinance would be lost in committee."
    )
    assert source_names(claim_with(e, "would be lost in committee")) == ["Councillor Ana Ruiz"]
    e = run("The bridge reopened on Monday. It was hopeful that traffic would ease.")
    assert source_names(claim_with(e, "traffic would ease")) == []


def test_a_quotation_paragraph_after_one_speakers_two_statements_is_theirs(run):
    e = run(
        "After the match, Mateo Silva described the win as a turning point, "
        "saying the squad had finally clicked.\n\n"
        "“The crowd carried us in the last ten minutes and we never stopped running.”"
    )
    assert source_names(claim_with(e, "crowd carried us")) == ["Mateo Silva"]


def test_an_age_on_a_noun_for_a_person_is_another_name_for_the_last_named_subject(run):
    e = run(
        "Mateo Silva, who scored 12 goals last season, joined the club on Friday. "
        "The 21-year-old forward said the move was a dream come true."
    )
    assert source_names(claim_with(e, "dream come true")) == ["Mateo Silva"]
    e = run(
        "Mayor Jo Park opened the museum on Friday. "
        "The 100-year-old newspaper said in an editorial that the museum had cost too much."
    )
    assert source_names(claim_with(e, "had cost too much")) != ["Jo Park"]
