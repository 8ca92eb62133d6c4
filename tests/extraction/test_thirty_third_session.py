"""Rules added in the thirty-third session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names


def test_an_outlet_in_lower_case_after_an_inverted_tag_is_the_source(run):
    e = run("The outage hit two million users across Europe on Monday, reports zdnet.")
    claim = claim_with(e, "two million users")
    assert source_names(claim) == ["zdnet"]
    assert "users across Europe" in claim.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Callers to the office were greeted by a recorded message: “The office is closed until May.”", []),
        ("Staff at the plant were warned: “The office is closed until May.”", []),
        ("Reporters were told by the mayor: “The office is closed until May.”", ["the mayor"]),
        ("Mayor Tom Hale was quoted as saying: “The office is closed until May.”", ["Tom Hale"]),
        ("Tom Hale was interviewed by police on Monday: “The office is closed until May.”", ["Tom Hale"]),
    ],
)
def test_a_passive_subject_before_a_colon_speaks_only_when_it_is_not_spoken_to(run, sentence, expected):
    e = run(sentence)
    assert source_names(claim_with(e, "closed until May")) == expected


def test_a_quotation_in_the_first_person_after_a_sentence_about_one_person_is_theirs(run):
    e = run(
        "Chief Tom Brook will retire in October. He is the city’s longest-serving chief. “The average "
        "tenure is three years, and I am over six.”"
    )
    assert source_names(claim_with(e, "average tenure")) == ["Tom Brook"]


@pytest.mark.parametrize(
    "text",
    [
        "Judge Tom Mills sat in Leeds on Monday. “The sentence is far too light for such a crime.”",
        "Tom Hale was killed in the crash on Friday. “I lost my only son that night.”",
        "Ana Ruiz has coached the team for ten years. “She is the best coach I ever had.”",
        "Police arrested Tom Hale on Friday. “I never saw him angry in twenty years.”",
    ],
)
def test_a_quotation_after_a_sentence_of_the_reports_own_stays_nobodys_otherwise(run, text):
    e = run(text)
    assert all(source_names(c) == [] for c in e.claims)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brown credited community policing with some of the lowest crime levels in the city.", ["Brown"]),
        ("Coach Ana Ruiz credited her defence for keeping the score close in the first half.", ["Ana Ruiz"]),
        ("The bank credited the account with $500 on Monday after the error was found.", []),
    ],
)
def test_a_cause_credited_is_the_statement_of_the_one_who_credits_it(run, sentence, expected):
    e = run(sentence)
    assert source_names(claim_with(e, "credited")) == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        (
            "Initial reports from the safety board show that the bus was traveling at 78 miles per hour.",
            "78 miles per hour",
            "the safety board",
        ),
        (
            "The driver was using his phone all night, newly released documents from the National "
            "Transportation Safety Board show.",
            "using his phone",
            "the National Transportation Safety Board",
        ),
        ("Data from the ministry says that exports fell 4 percent in May.", "exports fell", "the ministry"),
    ],
)
def test_a_verb_of_finding_after_a_bodys_name_is_no_part_of_the_name(run, text, content, expected):
    claim = claim_with(run(text), content)
    assert [n.lower() for n in source_names(claim)] == [expected.lower()]
    assert "show" not in claim.text and "says" not in claim.text


def test_a_show_named_after_a_body_is_still_a_show(run):
    e = run("Tickets for the Netflix show sold out in an hour on Friday, the theatre said.")
    assert "Netflix show" in claim_with(e, "sold out").text


def test_a_that_clause_hung_on_the_relative_clause_of_whom_one_told_is_what_was_told(run):
    e = run(
        "Tom Hale cancelled his tour on Sunday. He told reporters who caught up with him in Santa Monica "
        "late on Monday that he was fine."
    )
    claim = claim_with(e, "was fine")
    assert source_names(claim) == ["Tom Hale"]
    assert "caught up" not in claim.text


def test_a_that_clause_after_remarks_named_in_a_phrase_is_what_was_noted(run):
    e = run(
        "Chief executive Tom Hale noted during opening comments that all of the phone models outsold "
        "their predecessors."
    )
    assert source_names(claim_with(e, "outsold")) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The former banker Alex Hale maintained his innocence throughout the trial.", ["Alex Hale"]),
        ("The appeals court maintained the verdict against the former banker on Monday.", []),
    ],
)
def test_innocence_maintained_is_a_claim_of_the_one_who_maintains_it(run, sentence, expected):
    e = run(sentence)
    assert source_names(claim_with(e, "maintained")) == expected


def test_the_subject_of_a_belief_read_as_its_object_keeps_its_clause(run):
    e = run(
        "The party leader Tom Hale spoke to stallholders and joined canvassers as he revealed he believed "
        "voters in places like Hartlepool would vote for his party."
    )
    assert [c.text for c in e.claims if "spoke" in c.text and "vote" in c.text] == []
    assert "voters in places like Hartlepool would vote" in claim_with(e, "would vote").text


def test_paragraphs_under_an_update_from_someone_are_theirs(run):
    e = run(
        "Attack on the bridge\n\n"
        "Update on the bridge attack from Assistant Commissioner Ana Obi:\n\n"
        "“The investigation into the attack near the bridge continues at a pace.\n\n"
        "“A male suspect was shot by specialist armed officers and died at the scene.”\n\n"
        "Shops near the bridge closed early on Friday."
    )
    for words in ("continues at a pace", "shot by specialist"):
        assert [n.removeprefix("Assistant Commissioner ") for n in source_names(claim_with(e, words))] == [
            "Ana Obi"
        ]
    assert source_names(claim_with(e, "Shops near the bridge")) == []


def test_an_update_on_history_from_the_past_is_no_speaker(run):
    e = run("A lesson\n\nA warning on debt from the past:\n\n“Empires fall when they borrow too much.”")
    assert all(source_names(c) == [] for c in e.claims)


def test_two_apostrophes_close_a_quotation_opened_with_a_curly_mark(run):
    e = run(
        "“The defendant wanted something just short of a public apology,'' Roger said.  "
        "“We didn't think that was appropriate.''\n\nThe Jets'' coach said the team trained on Monday."
    )
    assert source_names(claim_with(e, "public apology")) == ["Roger"]
    assert source_names(claim_with(e, "appropriate")) == ["Roger"]
    claim = claim_with(e, "trained on Monday")
    assert e.claims and claim.start == e.claims[-1].start


def test_a_transcripts_topic_lines_stand_for_questions(run):
    e = run(
        "Transcript of end-of-season interview with coach Ana Ruiz\n\n"
        "By Tom Hale/Staff\n\n"
        "On expectations coming into the season\n\n"
        "“The goal is always to get to the national tournament. I felt we hit our stride in the middle "
        "of the season.”\n\n"
        "On the schedule\n\n"
        "“We had the 79th hardest schedule in the country. I thought we held together.”\n\n"
        "On the injuries\n\n"
        "“Our point guard was injured before the Vermont game. We were not at full strength.”"
    )
    for words in ("79th hardest", "not at full strength", "hit our stride"):
        assert source_names(claim_with(e, words)) == ["Ana Ruiz"]


def test_an_as_clause_on_the_verb_a_predicate_governs_names_whose_account_it_is(run):
    e = run(
        "These warnings are expected to affect about 36 million residents, as noted by meteorologist "
        "Ana Ruiz in an interview with the local paper."
    )
    assert source_names(claim_with(e, "36 million")) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Temperatures will be 15 degrees above normal in many places, the weather service outlined.",
            "the weather service",
        ),
        (
            "Temperatures will be 15 degrees above normal in many places, the agency outlined, "
            "cited by The Hill.",
            "the agency",
        ),
        ("Prices will rise in the spring, the firm detailed the plan in May.", None),
    ],
)
def test_a_verb_of_setting_out_closing_a_sentence_is_a_tag(run, text, teller):
    e = run(text)
    named = [n.lower() for c in e.claims for n in source_names(c)]
    assert named == ([teller] if teller else [])
    assert not [c for c in e.claims if teller and c.text.lower().startswith(teller + " outlined")]


def test_a_digests_place_labels_in_capitals_are_datelines_not_speakers(run):
    e = run(
        "WEEKLY NEWS SUMMARY\n\n"
        "MALAWI: Tom Bushiri, a preacher, paid K5 million for the book.\n\n"
        "The book was also bought by the Football Association of Malawi.\n\n"
        "MALAWI: Malawi's Attorney General, Ana Nyirenda, has asked the High Court of Malawi to dismiss a "
        "case filed by a legislator.\n\n"
        "The AG objected to the application during a court hearing in Zomba."
    )
    for words in ("K5 million", "dismiss a", "court hearing"):
        assert source_names(claim_with(e, words)) == []


# Guards the second reader's sentences called for.


@pytest.mark.parametrize(
    "text",
    [
        "Max Verstappen won the race by 20 seconds. “I have never seen driving like it.” Lewis Hamilton was "
        "full of praise for his rival.",
        "Emily Carr won gold in the 100m on Saturday. “I am so proud of my daughter.”",
        "Judge Mary Holt jailed Reed for five years. “I am deeply sorry for the pain I caused.”",
        "Garcia received a text message from his landlord. “I am raising your rent by 40 percent.”",
        "Tom Reed died on Tuesday at the age of 84. “I have lost my best friend.”",
        "Peter Hall and his wife have worked at the mine for thirty years. “If it closes, I do not know "
        "what we will do.”",
    ],
)
def test_a_first_person_quotation_after_a_sentence_about_others_too_stays_nobodys(run, text):
    e = run(text)
    quoted = claim_with(e, text.split("“")[1][:14])
    assert source_names(quoted) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor told residents who claimed that the water was unsafe that tests showed it was clean.",
        "The coach told fans who chanted that he should be sacked that he would not quit.",
    ],
)
def test_a_that_clause_of_the_relative_clauses_own_verb_is_not_what_was_told(run, sentence):
    e = run(sentence)
    teller = sentence.split(" told")[0]
    assert not [
        c for c in e.claims if source_names(c) == [teller] and ("unsafe" in c.text or "sacked" in c.text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The union asked for a 10 percent rise on Monday, management countered.",
        "The shares rose 3 percent on Friday, the index detailed.",
        "Fire\n\nUpdate on the war from Ukraine:\n\n“Russian troops have pulled back from the city.”",
        "The airline credited passengers with travel vouchers worth $200 after the delay.",
    ],
)
def test_actions_places_and_payments_are_no_speakers(run, text):
    assert all(source_names(c) == [] for c in run(text).claims)


def test_an_as_clause_inside_what_someone_said_leaves_them_the_speaker(run):
    e = run(
        "The governor said the storms are expected to affect 36 million people, as noted by the National "
        "Weather Service."
    )
    assert source_names(claim_with(e, "36 million")) == ["The governor"]


def test_a_height_in_feet_and_inches_is_no_closing_quotation_mark(run):
    e = run("“The 6' 2'' defender has impressed us all season,” the coach said on Friday.")
    assert "6' 2''" in claim_with(e, "defender").text


def test_the_answer_after_a_colon_is_the_one_asked(run):
    e = run("Tom Hale was asked by reporters whether he would run again: “I have not decided yet.”")
    assert [c.text for c in e.claims if "asked" in c.text and "decided" in c.text] == []


def test_a_proposal_in_a_clause_is_the_proposers_statement(run):
    e = run("The minister proposed that the border be reopened by May, officials at the talks confirmed.")
    assert claim_with(e, "reopened")
    e = run("The council proposed a new parking fee of two pounds an hour on Monday.")
    assert source_names(claim_with(e, "parking fee")) == []
    e = run(
        "Ambassador Ana Obi met the president on Monday. She proposed both sides step up high-level contacts."
    )
    assert source_names(claim_with(e, "high-level contacts")) == ["Ana Obi"]


def test_people_credited_with_doing_something_are_praised_not_paid(run):
    e = run("Coach Ana Ruiz has credited her players with responding well to a half-time spray on Sunday.")
    assert source_names(claim_with(e, "responding well")) == ["Ana Ruiz"]


def test_words_a_thing_carries_after_a_passive_are_not_its_subjects(run):
    e = run("The post is now blocked by a banner that reads: “Some of this content is disputed.”")
    assert all(source_names(c) == [] for c in e.claims)
