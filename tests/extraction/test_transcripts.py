"""Interviews printed as questions and answers, broadcast transcripts with speaker labels, and a
statement announced in one paragraph and quoted in the next. Reports written for the test."""

from .conftest import claim_with, source_names

QA = """Mayor looks back on eight years

Mayor Lena Okoro leaves office on Friday after two terms. Okoro spoke to reporter Dan Price.

Q. What are you proudest of?

A. We built 4,000 affordable homes, more than any administration before us.

The bus network carries twice as many people as it did in 2016.

Q. Critics say the budget doubled. Is that fair?

A. The budget grew because the city grew.
"""

TRANSCRIPT = """Is inflation back?

PAUL GREEN, host:

Prices are rising again around the world.

Marta Ruiz is an economist at the University of Leeds. Welcome, Professor Ruiz.

Professor MARTA RUIZ (Economist, University of Leeds): Thank you.

GREEN: What is driving it?

Prof. RUIZ: Oil prices have doubled since March, and food prices follow oil.

Shipping costs have tripled as well.

GREEN: Will it last?
"""


def test_answers_and_what_runs_on_from_them_are_the_interviewees(run):
    e = run(QA)
    assert source_names(claim_with(e, "4,000 affordable homes")) == ["Lena Okoro"]
    assert source_names(claim_with(e, "carries twice as many")) == ["Lena Okoro"]
    assert source_names(claim_with(e, "city grew")) == ["Lena Okoro"]


def test_a_question_is_not_the_interviewees(run):
    e = run(QA)
    claim = claim_with(e, "budget doubled")
    assert "Lena Okoro" not in source_names(claim)


def test_a_transcripts_labels_name_who_speaks(run):
    e = run(TRANSCRIPT)
    assert source_names(claim_with(e, "Oil prices have doubled")) == ["Marta Ruiz"]
    assert source_names(claim_with(e, "Shipping costs have tripled")) == ["Marta Ruiz"]


def test_the_hosts_words_are_the_programmes_own(run):
    e = run(TRANSCRIPT)
    assert source_names(claim_with(e, "Prices are rising again")) == []


def test_a_dateline_in_capitals_is_no_speaker(run):
    e = run(
        "Floods kill 40\n\nMUMBAI: Floods killed 40 people on Saturday in Mumbai, officials said.\n\n"
        "Army boats were deployed in the rescue."
    )
    assert source_names(claim_with(e, "Army boats")) == []


def test_a_statement_announced_then_quoted_is_its_givers(run):
    e = run(
        "Council leader speaks\n\n"
        "2.10pm: Sir Tom Hale, leader of the city council, has released a statement.\n\n"
        '"This is a horrifying incident and our thoughts are with everyone affected.\n\n'
        '"We thank the emergency services for their response."\n\n'
        "2.05pm: Trains to the city centre were cancelled."
    )
    assert source_names(claim_with(e, "horrifying incident")) == ["Tom Hale"]
    assert source_names(claim_with(e, "thank the emergency services")) == ["Tom Hale"]
    assert source_names(claim_with(e, "Trains to the city centre")) == []


def test_a_name_heading_quotations_in_a_round_up_names_their_speaker(run):
    e = run(
        "Managers react to the opening weekend\n\n"
        "A round-up of the reaction after the first Saturday of the season.\n\n"
        "Tomas Reyes\n\n"
        '"We conceded three goals from set pieces and that cannot happen again."\n\n'
        "The referee sent off two players in the second half.\n\n"
        "Jana Novak\n\n"
        '"Our pressing won us the ball 30 times in their half."'
    )
    assert source_names(claim_with(e, "three goals from set pieces")) == ["Tomas Reyes"]
    assert source_names(claim_with(e, "sent off two players")) == []
    assert source_names(claim_with(e, "30 times")) == ["Jana Novak"]


NAMED_QUESTIONS = """Minister looks ahead to the by-elections

In a session moderated by editor Dan Price, Transport Minister Lena Okoro speaks about rail.

Dan Price: Why did the ministry cancel the northern line this year?
We cancelled it because the costs had doubled to 4 billion since 2019.

Mark Ellis: The opposition says fares rose 12 percent. Is that fair?
Fares rose less than inflation in each of the last three years.
"""


def test_answers_after_named_interviewers_questions_are_the_interviewees(run):
    e = run(NAMED_QUESTIONS)
    assert source_names(claim_with(e, "costs had doubled")) == ["Lena Okoro"]
    assert source_names(claim_with(e, "less than inflation")) == ["Lena Okoro"]
    assert "Lena Okoro" not in source_names(claim_with(e, "fares rose 12 percent"))


def test_a_transcript_labels_speakers_by_initials_once_named(run):
    e = run(
        "Transcript\n"
        "MARA LINDQVIST: We will keep every rail line open this year.\n"
        "TOM REYES: Is that affordable, given the deficit the ministry reported?\n"
        "ML: Yes. The budget already covers the cost of every line.\n"
        "TR: And the fares?\n"
        "ML: Fares will be frozen until the end of 2027, as we promised in the campaign"
    )
    assert source_names(claim_with(e, "budget already covers")) == ["MARA LINDQVIST"]
    assert source_names(claim_with(e, "Fares will be frozen")) == ["MARA LINDQVIST"]
    assert not any(c.text.startswith("ML:") for c in e.claims)


def test_an_unknown_short_label_stops_the_last_speaker_going_on(run):
    e = run(
        "Transcript\n"
        "MARA LINDQVIST: We will keep every rail line open this year.\n"
        "TOM REYES: Is that affordable, given the deficit the ministry reported?\n"
        "XY: The budget already covers the cost of every line."
    )
    assert source_names(claim_with(e, "budget already covers")) == []
