"""Who a statement belongs to when the parse misleads: a reflexive pronoun that points back to its
own clause's subject (not to the speaker), a that-clause the parser read as a relative clause on
"a statement". Sentences written for the test."""

from claims.extraction.cues import contents_of

from .conftest import claim_with, parsed_by_hand, source_names


def test_reflexive_points_to_its_own_subject_not_the_spokeswoman(run):
    e = run(
        "Maria Okafor-Lind, NTSB spokeswoman, said every crew member was hospitalized.\n\n"
        "That conductor was instead familiarizing himself with the route, according to the board.\n\n"
        "Okafor-Lind said all factors are being investigated. "
        "She said it is protocol to check the phone records of all crew members."
    )
    assert source_names(claim_with(e, "phone records")) == ["Maria Okafor-Lind"]


# "Vasquez said in a statement that Kessler had sought to evict them", "that" read as the object
# of a relative clause on "statement" although "sought" has its own subject and complement
MISREAD = (
    "Vasquez/PROPN/nsubj/1 said/VERB/ROOT/1 in/ADP/prep/1 a/DET/det/4 statement/NOUN/pobj/2 "
    "that/PRON/dobj/8 Kessler/PROPN/nsubj/8 had/AUX/aux/8 sought/VERB/relcl/4 to/PART/aux/10 "
    "evict/VERB/xcomp/8 them/PRON/dobj/10 ./PUNCT/punct/1"
)
# "Vasquez said in a statement that she posted", a true relative clause: "that" is the object
RELATIVE = (
    "Vasquez/PROPN/nsubj/1 said/VERB/ROOT/1 in/ADP/prep/1 a/DET/det/4 statement/NOUN/pobj/2 "
    "that/PRON/dobj/7 she/PRON/nsubj/7 posted/VERB/relcl/4 ./PUNCT/punct/1"
)


def test_statement_that_clause_read_as_relative_is_what_was_said():
    doc = parsed_by_hand(MISREAD)
    assert [t.text for t in contents_of(doc[1])] == ["sought"]


def test_relative_clause_on_a_statement_stays_a_relative_clause():
    doc = parsed_by_hand(RELATIVE)
    assert contents_of(doc[1]) == []


def test_going_on_to_add_is_the_same_speakers_statement(run):
    e = run(
        "Councillor Tom Hedley said the plan was flawed. "
        "He went on to add that there had already been a growth of houses on the seafront."
    )
    assert source_names(claim_with(e, "growth of houses")) == ["Tom Hedley"]


def test_declining_to_add_is_no_statement(run):
    e = run("Councillor Tom Hedley declined to add that the houses on the seafront were empty.")
    assert source_names(claim_with(e, "houses on the seafront")) == []


def test_informing_someone_that_is_a_statement(run):
    e = run("The Treasury informed the council that the grant had already been paid.")
    assert source_names(claim_with(e, "grant had already been paid")) == ["Treasury"]


def test_which_clause_in_the_subject_of_a_quoted_statement_is_the_reports_gloss(run):
    e = run(
        "Two rounds of talks in Geneva, which included the main backers of both sides, have "
        '"created new momentum," the envoy Lara Moss told reporters.'
    )
    assert source_names(claim_with(e, "main backers")) == []


def test_which_clause_on_a_thing_spoken_of_stays_the_speakers(run):
    e = run(
        "The auditor said the firm moved its losses into a subsidiary, which was not included in the figures."
    )
    assert source_names(claim_with(e, "not included in the figures")) == ["The auditor"]


def test_identified_by_someone_as_is_their_statement(run):
    e = run(
        "Three people were hurt and have been identified by police as Vera Soren, Lena Owen and Tim Durand."
    )
    assert source_names(claim_with(e, "Vera Soren")) == ["police"]


def test_identified_as_with_nobody_identifying_stays_the_reports(run):
    e = run("The three people hurt in the crash were identified as Vera Soren, Lena Owen and Tim Durand.")
    assert source_names(claim_with(e, "Vera Soren")) == []


def test_identifying_a_gene_is_no_statement(run):
    e = run("Researchers in Leeds identified a gene linked to the disease.")
    assert source_names(claim_with(e, "gene linked")) == []


def test_relative_clause_in_a_definition_according_to_someone_is_theirs(run):
    e = run(
        "ATC is a braking system that is designed to stop trains at red signals, according to the "
        "rail regulator."
    )
    assert source_names(claim_with(e, "designed to stop trains")) == ["the rail regulator"]


def test_relative_clause_on_the_subject_according_to_someone_stays_the_reports(run):
    e = run(
        "The plant, which makes parts for wind turbines, earned 40 million euros last year, "
        "according to the company's annual report."
    )
    assert source_names(claim_with(e, "makes parts")) == []


def test_turning_down_a_request_is_a_decision_the_report_states(run):
    e = run("Judge Alma Reyes on Wednesday rejected a request from the defence to grant a new trial.")
    assert source_names(claim_with(e, "new trial")) == []


def test_an_appeal_dismissed_by_a_court_is_the_reports_fact(run):
    e = run("The appeal was dismissed by the High Court in May.")
    assert source_names(claim_with(e, "appeal was dismissed")) == []


def test_rejecting_claims_is_still_a_denial(run):
    e = run("The club rejected the claims of the former players.")
    assert source_names(claim_with(e, "rejected the claims")) == ["The club"]


def test_announcing_something_in_a_statement_is_the_bodys_word(run):
    e = run("The Dockers Union announced the strike in a statement posted on its website.")
    assert source_names(claim_with(e, "announced the strike")) == ["The Dockers Union"]
