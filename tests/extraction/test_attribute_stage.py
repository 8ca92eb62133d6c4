"""The attribute stage on its own: whose words a clause is when its speaker stands in another sentence."""

from .conftest import attributed_with


def test_clause_with_its_own_cue_keeps_the_frame_of_its_sentence(stages):
    s = stages("The council said the pool would close in May.")
    a = attributed_with(s.attributed, "pool would close")
    assert a.frame.source.text == "council"
    assert a.frame_sentence is s.sentences[0]


def test_quotation_waits_for_the_speaker_named_after_it(stages):
    s = stages("“The roof leaks. The lifts are broken,” said Ines Duarte.")
    a = attributed_with(s.attributed, "roof leaks")
    assert a.frame.source.text == "Duarte"
    assert a.frame_sentence is s.sentences[1]


def test_sentence_inside_a_quotation_goes_on_in_the_speakers_voice(stages):
    s = stages("Duarte said: “The roof leaks. The lifts have been broken for a year.”")
    a = attributed_with(s.attributed, "lifts have been broken")
    assert a.frame.source.text == "Duarte"
    assert a.frame_sentence is s.sentences[0]


def test_all_quoted_sentence_after_a_quote_keeps_the_speaker(stages):
    s = stages("“The roof leaks,” Duarte said. “Nobody has come to fix it.”")
    assert attributed_with(s.attributed, "Nobody has come").frame.source.text == "Duarte"


def test_quotation_carries_into_a_paragraph_opening_with_a_quote_mark(stages):
    s = stages(
        "Duarte said: “The roof leaks.\n\n“The lifts have been broken for a year.”\n\nThe vote was 7-2."
    )
    assert attributed_with(s.attributed, "lifts have been broken").frame.source.text == "Duarte"
    assert attributed_with(s.attributed, "vote was 7-2").frame is None


def test_description_next_to_a_quotation_is_the_reports_own(stages):
    s = stages("Duarte said: “The roof leaks. Tom Reyes, who owns the block, has done nothing.”")
    assert attributed_with(s.attributed, "owns the block").frame is None


def test_speech_verb_inside_a_quotation_is_not_an_attribution(stages):
    s = stages("Duarte said: “We asked twice. He told many tenants that the repairs were done.”")
    a = attributed_with(s.attributed, "told many tenants")
    assert a.frame.source.text == "Duarte"


INTERVIEW = (
    "Port chief Dana Okoro on cranes, strikes and the new terminal\n\n"
    "Dana Okoro has run the Harbour Authority since 2021. We spoke at her office.\n\n"
    "How many cranes are working today?\n\n"
    "Eleven of the fourteen. Two are waiting for parts from Rotterdam.\n\n"
    "Dockers say the new shift pattern is unsafe. Is it?\n\n"
    "I don't accept that. We cut night shifts by a third last year.\n\n"
    "When will the terminal open?\n\n"
    "In March, if the dredging is finished."
)


def test_answers_in_an_interview_are_the_interviewees(stages):
    s = stages(INTERVIEW)
    for words in ("waiting for parts", "cut night shifts", "In March"):
        assert attributed_with(s.attributed, words).frame.source.text == "Okoro"


def test_questions_and_the_intro_of_an_interview_are_the_reports_own(stages):
    s = stages(INTERVIEW)
    assert attributed_with(s.attributed, "run the Harbour Authority").frame is None
    assert attributed_with(s.attributed, "new shift pattern is unsafe").frame.source.text == "Dockers"


def test_a_report_with_a_question_or_two_is_no_interview(stages):
    s = stages(
        "Ferry fares to rise\n\nWho pays for the new ferries? The council says fares will rise by 8%.\n\n"
        "The ferries cost £40m. Is that too much?\n\nThe operator carried 2m passengers last year."
    )
    assert attributed_with(s.attributed, "carried 2m passengers").frame is None
