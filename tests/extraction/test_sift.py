"""The sift stage on its own: clauses that assert nothing are dropped, statements are kept."""

import pytest


def texts(s):
    return [r.text for r in s.rendered]


def sifted(stages, text):
    from claims.extraction.sift import sift

    return [r.text for r in sift(stages(text).rendered)]


@pytest.mark.parametrize(
    "text",
    [
        "Why did the ferry company wait until March to cancel the route?",
        "Is that enough to keep the library open?",
        "Where does the £40m for the new depot come from?",
    ],
)
def test_a_question_asserts_nothing(stages, text):
    assert sifted(stages, text) == []


def test_a_statement_after_a_quoted_question_is_kept(stages):
    kept = sifted(stages, "“Who pays for this?” the mayor asked. The depot cost £40m to build in 2019.")
    assert kept == ["The depot cost £40m to build in 2019"]


@pytest.mark.parametrize(
    "text",
    [
        "Look at the size of the repair bill.",
        "Please don’t drive through the floodwater near the bridge.",
        "Let's begin with the figure everyone keeps quoting.",
    ],
)
def test_a_command_asserts_nothing(stages, text):
    assert sifted(stages, text) == []


def test_a_statement_with_a_bare_verb_after_a_modal_is_kept(stages):
    assert sifted(stages, "The council will close the depot in June.") == [
        "The council will close the depot in June"
    ]


def test_a_description_read_back_as_its_own_name_is_dropped(stages):
    text = "The pedestrian, a 58-year-old man, was taken to hospital with a broken leg, city police said."
    assert "A 58-year-old man is a 58-year-old man" in texts(stages(text))
    assert sifted(stages, text) == ["The pedestrian was taken to hospital with a broken leg"]


def test_a_description_that_tells_something_is_kept(stages):
    kept = sifted(stages, "Mira Lund, the harbour master since 2015, closed the port on Friday.")
    assert "Mira Lund is the harbour master since 2015" in kept


@pytest.mark.parametrize(
    "text",
    [
        "Two council officers spoke on condition of anonymity to discuss the tender.",
        "One engineer, who asked not to be named, confirmed the cracks.",
        "The officials were not authorised to comment on the talks.",
    ],
)
def test_a_note_on_how_the_report_was_sourced_is_dropped(stages, text):
    assert not any("anonymity" in t or "named" in t or "authorised" in t for t in sifted(stages, text))


@pytest.mark.parametrize("words", ["It was never enough", "They did nothing"])
def test_a_bare_pronoun_with_a_few_words_and_nothing_specific_is_dropped(stages, words):
    text = f"“The school asked the council for help in 2019,” the head teacher said. “{words}.”"
    assert sifted(stages, text) == ["The school asked the council for help in 2019"]


def test_a_pronoun_judging_a_claim_false_is_kept(stages):
    text = "The union said the depot would close. “That is not true,” the manager said."
    assert any("not true" in t for t in sifted(stages, text))


def test_a_short_pronoun_statement_with_a_figure_is_kept(stages):
    assert any("£2m" in t for t in sifted(stages, "“It cost £2m,” Ms Obi said."))


def test_a_day_named_from_where_the_speaker_stands_is_nothing_specific(stages):
    text = "“The council broke the rules in 2019,” the commissioner said. “That ends today.”"
    assert sifted(stages, text) == ["The council broke the rules in 2019"]


@pytest.mark.parametrize(
    "text",
    ["We spoke at the port authority's offices in Leith.", "I asked the ministry about the tender twice."],
)
def test_the_writer_telling_how_the_report_was_made_is_no_claim(stages, text):
    assert sifted(stages, text) == []


def test_a_speaker_saying_they_spoke_to_someone_is_kept(stages):
    kept = sifted(stages, "“We spoke to the minister twice in March,” the union leader said.")
    assert kept == ["We spoke to the minister twice in March"]


def test_a_line_that_is_no_sentence_with_no_verb_is_a_label(stages):
    assert sifted(stages, "The Harbour Gazette\n\nThe ferry company cut 40 jobs on Monday.") == [
        "The ferry company cut 40 jobs on Monday"
    ]


@pytest.mark.parametrize(
    "note",
    ["We apologise for the error.", "If you live nearby, you can send us your photos using the form below."],
)
def test_the_site_talking_to_its_readers_inside_a_paragraph_is_no_claim(stages, note):
    assert sifted(stages, f"The river rose 2 metres on Sunday. {note}") == [
        "The river rose 2 metres on Sunday"
    ]


def test_an_apology_someone_makes_in_a_quotation_is_theirs(stages):
    assert sifted(stages, "“We apologise for the delays on the line,” the rail operator said.") == [
        "We apologise for the delays on the line"
    ]


def test_rhetoric_about_what_anybody_could_do_is_dropped(stages):
    kept = sifted(stages, "“You can fine them every week and you can shut them down,” the mayor said.")
    assert kept == []


def test_a_plain_finding_put_with_you_cannot_is_kept(stages):
    kept = sifted(stages, "“You can’t separate the bus lanes from the fall in traffic,” the engineer said.")
    assert kept == ["You can’t separate the bus lanes from the fall in traffic"]


def test_you_can_outside_quotation_marks_is_kept(stages):
    kept = sifted(stages, "You can apply for the grant online until May 3.")
    assert kept == ["You can apply for the grant online until May 3"]


def test_an_appeal_to_anybody_with_you_must_in_a_quotation_is_dropped(stages):
    kept = sifted(stages, "“Your password is yours. You must keep it safe,” the regulator said.")
    assert kept == ["Your password is yours"]


def test_you_must_outside_quotation_marks_is_kept(stages):
    kept = sifted(stages, "You must register the boat by May 3.")
    assert kept == ["You must register the boat by May 3"]
