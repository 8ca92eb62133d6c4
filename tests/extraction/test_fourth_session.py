"""Rules added in the fourth session on the unseen reports: more verbs of saying, and sources that
are no source. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_verbs_of_affirming_and_divulging_attribute_their_clause(run):
    e = run(
        "The regional commissioner has affirmed that the border posts will stay open. "
        "He also divulged that the county will hold a security meeting in May. "
        "The inspectorate has uncovered that three schools kept no accounts."
    )
    assert source_names(claim_with(e, "border posts will stay open")) == ["The regional commissioner"]
    assert source_names(claim_with(e, "security meeting in May")) == ["The regional commissioner"]
    assert source_names(claim_with(e, "kept no accounts")) == ["The inspectorate"]


def test_expressing_a_feeling_is_a_statement_but_expressing_milk_is_not(run):
    e = run(
        "Mayor Lena Ortiz expressed her concern over the bus cuts. The farmer expressed milk from the goat."
    )
    assert source_names(claim_with(e, "bus cuts")) == ["Lena Ortiz"]
    assert source_names(claim_with(e, "milk from the goat")) == []


def test_according_to_charging_documents_read_as_a_verb_still_attributes(run):
    e = run("Police were familiar with his truck, according to charging documents.")
    assert source_names(claim_with(e, "familiar with his truck")) == ["charging documents"]


def test_it_was_revealed_names_nobody(run):
    e = run("The singer was dropped by his label. It was also revealed that his wife had filed for divorce.")
    assert source_names(claim_with(e, "filed for divorce")) == []


def test_a_quantity_that_reveals_something_is_no_source(run):
    e = run("The sheer number of small planets revealed that such worlds may be common.")
    assert source_names(claim_with(e, "worlds may be common")) == []
    e = run("A number of officials said the plan had failed.")
    assert source_names(claim_with(e, "plan had failed")) == ["A number of officials"]


def test_all_but_two_of_a_surveyed_group_is_the_group_the_pollster_asked(run):
    e = run(
        "Out of 40 economists surveyed by Harbour News, all but two had predicted"
        " that the bank would hold rates."
    )
    assert source_names(claim_with(e, "bank would hold rates")) == ["Harbour News", "40 economists"]


UNLABELLED_INTERVIEW = (
    "Interview with Mara Lindqvist, Minister for Transport\n\n"
    "In a question and answer session with the Harbour Gazette, Minister Mara Lindqvist talks about the"
    " rail review.\n\n"
    "There is a view that you plan to close rural lines. Is this true, and what will you do?\n\n"
    "We will keep every line open. My department is reviewing the timetable with the operators.\n\n"
    "What about the fares?\n\n"
    "Fares will be frozen until 2027."
)


def test_an_interview_without_labels_gives_the_answers_to_the_interviewee(run):
    e = run(UNLABELLED_INTERVIEW)
    assert source_names(claim_with(e, "keep every line open")) == ["Mara Lindqvist"]
    assert source_names(claim_with(e, "reviewing the timetable")) == ["Mara Lindqvist"]
    assert source_names(claim_with(e, "Fares will be frozen")) == ["Mara Lindqvist"]
    # the interviewer's questions are no claims
    assert not any("close rural lines" in c.text for c in e.claims)


def test_questions_in_a_report_that_is_no_interview_give_nobody_the_paragraphs_after(run):
    e = run(
        UNLABELLED_INTERVIEW.replace("Interview with", "A profile of").replace("question and answer", "long")
    )
    assert source_names(claim_with(e, "Fares will be frozen")) == []
