"""Rules added in the twenty-ninth session on the unseen reports. Sentences written for the tests."""

import pytest

from .conftest import claim_with, source_names


def test_a_role_word_the_tagger_reads_as_a_verb_leaves_the_name_the_speaker(run):
    e = run("Product lead Sara Quint said the app would launch in March.")
    assert source_names(claim_with(e, "app would launch")) == ["Sara Quint"]


def test_a_role_word_that_is_a_verb_in_its_own_clause_is_left_alone(run):
    e = run("Engineers lead Tomas Reyl through the plant, the guide said.")
    assert "Tomas Reyl" not in source_names(claim_with(e, "through the plant"))


def test_a_name_after_two_roles_joined_by_and_is_the_speaker(run):
    e = run("The outage was not a cyber-attack, according to chairman and chief executive Ilse Vardon.")
    assert source_names(claim_with(e, "not a cyber-attack")) == ["Ilse Vardon"]


def test_a_name_after_a_group_and_a_title_is_not_merged_into_one_role(run):
    e = run("The road was closed, according to residents and Mayor Teodor Brask.")
    assert source_names(claim_with(e, "road was closed")) != ["Teodor Brask"]


def test_a_named_persons_sex_still_decides_between_two_speakers(run):
    e = run(
        "Neel Varadkar called it a historic day. Tomas Orrin said he would appeal. "
        '"We lost the case by two votes," he said.'
    )
    assert source_names(claim_with(e, "lost the case")) == ["Tomas Orrin"]


def test_a_bare_tag_after_a_quotation_of_several_sentences_credits_each_of_them(run):
    e = run(
        "Ruta Kell studies frogs in Peru. “We find most species by their calls. Each call is unique.” "
        "Kell says."
    )
    assert source_names(claim_with(e, "species by their calls")) == ["Ruta Kell"]
    assert source_names(claim_with(e, "Each call is unique")) == ["Ruta Kell"]


def test_a_tag_with_a_clause_of_its_own_after_a_comma_still_tags_the_quotation(run):
    e = run(
        "Ruta Kell studies frogs in Peru. “Each call is unique.” Kell says, and stresses that it is rare."
    )
    assert source_names(claim_with(e, "Each call is unique")) == ["Ruta Kell"]


def test_a_quotation_in_an_earlier_paragraph_is_not_credited_by_a_later_tag(run):
    e = run("“Each call is unique.”\n\nRuta Kell studies frogs. “They sing at night.” Kell says.")
    assert source_names(claim_with(e, "Each call is unique")) == []


@pytest.mark.parametrize("noun", ["response", "reply"])
def test_a_persons_response_or_reply_is_theirs_and_the_response_later_too(run, noun):
    e = run(
        f"The clerk was placed on leave on May 2, according to Dara Quill's {noun}. She "
        f'"has suffered no loss of pay," the {noun} says.'
    )
    assert source_names(claim_with(e, "placed on leave")) == ["Dara Quill"]
    assert source_names(claim_with(e, "no loss of pay")) == ["Dara Quill"]


def test_a_response_that_is_no_document_names_no_one(run):
    e = run("The council's response to the floods was slow, residents said.")
    assert source_names(claim_with(e, "response to the floods")) == ["residents"]


def test_a_possessive_typed_after_a_space_opens_no_quotation(run):
    e = run("Tom Vane 's lawyer Ada Roth sued the paper. The lawyer said the story contained 'vicious lies'.")
    claim = claim_with(e, "vicious lies")
    assert claim.text.startswith("The story contained") and "Tom Vane" not in source_names(claim)


def test_rock_n_roll_opens_no_quotation(run):
    e = run("The band joined the Rock 'n' Roll Hall of Fame in 2019, the band's manager said.")
    claim = claim_with(e, "Hall of Fame")
    assert "'n'" in claim.text and source_names(claim) == ["the band's manager"]


def test_a_person_pictured_who_speaks_is_reporting_not_a_caption(run):
    e = run("Mayor Tove Rask (pictured) said the bridge would reopen in May.")
    assert source_names(claim_with(e, "bridge would reopen")) == ["Tove Rask"]


def test_a_caption_naming_who_is_pictured_is_still_furniture(run):
    e = run("Mayor Tove Rask (pictured) at the opening of the bridge in May.\n\nThe bridge cost $4 million.")
    assert not [c for c in e.claims if "Rask" in c.text]


def test_a_tag_with_and_after_its_comma_still_tags_the_quotation(run):
    e = run(
        "Ruta Kell is a biologist. “We first identify frogs by hearing them. Frogs call at night.” "
        "Kell says, and she stresses that it is hard."
    )
    assert source_names(claim_with(e, "Frogs call at night")) == ["Ruta Kell"]


def test_a_she_tag_never_turns_a_man_a_pronoun_already_confirmed_into_its_speaker(run):
    e = run(
        "Ross Pell said he had acted in good faith. However, Nicky Brand said his explanation was weak. "
        "“The committee expects the whole truth,” she said in a statement."
    )
    assert "Ross Pell" not in source_names(claim_with(e, "expects the whole truth"))


def test_its_report_is_never_the_people_who_spoke_before(run):
    e = run("Critics said the new rules were flawed.\n\nIts report said 1,020 charities spent too little.")
    assert source_names(claim_with(e, "1,020 charities")) != ["Critics"]


def test_its_report_after_a_person_spoke_is_not_theirs(run):
    e = run("Dana Holt said the rules were flawed.\n\nIts report said 1,020 charities spent too little.")
    assert source_names(claim_with(e, "1,020 charities")) != ["Dana Holt"]


def test_a_plurals_curly_possessive_leaves_the_person_after_the_role_the_speaker(run):
    e = run(
        "“Rates will hold in June,” Harbour Analytics’ senior economist Ilse Vardon said.\n\n"
        "Oxford Economics’ senior economist Sara Quint said the bank would wait."
    )
    assert source_names(claim_with(e, "Rates will hold")) == ["Ilse Vardon"]
    assert source_names(claim_with(e, "bank would wait")) == ["Sara Quint"]
    assert not [c for c in e.claims if c.text.startswith("Oxford Economics is")]


def test_according_to_results_presented_by_someone_is_their_account(run):
    e = run("According to results presented in Oslo by Ilse Vardon, the drug slowed decline by 27 per cent.")
    assert source_names(claim_with(e, "slowed decline")) == ["Ilse Vardon"]


def test_according_to_someone_whom_another_arrested_is_not_the_arresters(run):
    e = run("According to a man arrested by police on Monday, the car had been stolen.")
    assert source_names(claim_with(e, "car had been stolen")) != ["police"]


def test_a_date_stamp_before_a_dateline_is_no_part_of_the_first_claim(run):
    e = run("Date 2021-03-04 (KXYZ) — Mayor Ana Obi opened the new bridge in Dale on Friday.")
    assert claim_with(e, "opened the new bridge").text.startswith("Mayor Ana Obi")


@pytest.mark.parametrize(
    "before",
    [
        "Ana Obi was arrested on Monday.",
        "Obi scored twice on Monday.",
        "Harwick Gold sued Velda Mining on Monday.",
    ],
)
def test_a_spokesperson_after_no_one_named_speaking_alone_stays_unnamed(run, before):
    e = run(f"{before} A spokesperson said the fees would be refunded by May.")
    assert source_names(claim_with(e, "refunded by May")) == ["A spokesperson"]


def test_a_participle_of_speech_hung_on_a_nested_object_is_the_subjects(run):
    e = run("The report has drawn attention to some of our strengths stating that pupils enjoy lessons.")
    assert source_names(claim_with(e, "pupils enjoy lessons")) == ["report"]


def test_someone_described_inside_the_quotation_a_tag_closes_is_no_rival_for_its_pronoun(run):
    e = run(
        "Kirsten Varga defended her department's work.\n\n"
        '"The audit did not indicate any evidence of wrongdoing. And the auditor did not refer anything to '
        "the attorney general's office,\" she says."
    )
    assert source_names(claim_with(e, "evidence of wrongdoing")) == ["Kirsten Varga"]


def test_someone_described_outside_quotation_marks_is_still_a_rival(run):
    e = run("Ines Varga met the governor on Monday. The governor's aide said she was tired.")
    assert "Ines Varga" not in source_names(claim_with(e, "was tired"))


# A second reader's sentences at the edges of this session's rules: each must keep its old reading.


@pytest.mark.parametrize(
    "text",
    [
        "Customer Tom Reyl said he had lost £400. A spokesperson said the bank was sorry for the error.",
        "Judge Ana Obi said the bank had broken the law. A spokesperson said the bank would appeal.",
        "Ana Obi complained about the bank, and a spokesperson said her case would be reviewed.",
        "Reuters reported that the mine had closed. A spokesperson said the mine would reopen in June.",
    ],
)
def test_a_spokesperson_never_speaks_for_a_person_or_an_outlet_that_reported(run, text):
    e = run(text)
    assert all(" for " not in n for c in e.claims for n in source_names(c))


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "According to a hostage released by the Velda Front on Monday, the captives were beaten.",
            "a hostage",
        ),
        ("According to a witness produced by Velda Mining, the guards were armed.", "a witness"),
    ],
)
def test_according_to_a_person_put_out_by_someone_is_that_persons_account(run, text, who):
    e = run(text)
    assert source_names(e.claims[-1]) == [who]


def test_its_report_after_another_body_was_a_subject_is_not_the_older_reports_author(run):
    e = run(
        "A report by the Fairway Foundation found 300 errors.\n\nThe Harbour Trust was founded in 2010 by "
        "farmers.\n\nIts report said 1,020 charities spent too little."
    )
    assert "the Fairway Foundation" not in source_names(claim_with(e, "1,020 charities"))


@pytest.mark.parametrize(
    "text",
    [
        "Dana Holt said the loan was never repaid. Police later arrested a local man. “I did nothing wrong,” "
        "he told reporters.",
        "Dana Holt said the shop was robbed. A witness saw the thief run. “He had a knife,” he said.",
    ],
)
def test_a_tags_pronoun_does_not_overrule_a_names_sex_when_someone_was_met_since(run, text):
    e = run(text)
    assert "Dana Holt" not in source_names(e.claims[-1])


def test_a_participle_after_another_noun_phrase_is_not_the_subjects(run):
    e = run("The report drew attention to complaints from parents saying that lessons were dull.")
    assert not any(source_names(c) == ["report"] for c in e.claims if "lessons were dull" in c.text.lower())


def test_a_wire_dateline_closed_by_a_colon_names_no_source(run):
    e = run("Oslo (AFP): Police said on Friday they had made two more arrests over the attack.")
    assert source_names(claim_with(e, "two more arrests")) == ["Police"]


def test_a_second_person_after_a_name_under_two_roles_still_speaks(run):
    e = run("The dam was sound, according to engineer and inspector Tom Reyl and his deputy Ida Vell.")
    assert "Ida Vell" in " ".join(source_names(claim_with(e, "dam was sound")))


# Furniture lines, story sentences that look like them, and the parties this session's rules (and the
# sentences three second readers wrote at their edges) must not credit.


@pytest.mark.parametrize(
    "line",
    [
        "From left to right are Supt Ian Dole, Deputy Commissioner Ana Obi and ACP Tom Reyl",
        "Slideshow (3 Images)",
        "Posted by Dale FM: Source media releases on 16/01/2012",
        "Reading time 2 min",
        "To support the flood appeal please visit www.example.org/floods",
        "A list of the affected areas can be found here",
        "Courtesy Ada Vell",
        "Here’s the full text of Obi’s statement:",
        "11.11.2009 see also a report on the march at",
    ],
)
def test_credits_captions_labels_and_pointers_are_furniture(run, line):
    e = run(f"{line}\n\nThe bridge cost $4 million to build, the council said.")
    assert [c.text for c in e.claims] == ["The bridge cost $4 million to build"]


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "The inspector said the cracks were deep. Photos by Tom Reyl showed cracks in the deck.",
            "cracks were deep",
        ),
        ("Video by Dana Holt showed the officer hitting the man, the court heard.", "hitting the man"),
        (
            "The council said 300 homes had flooded. Residents who need help should go to "
            "www.example.org/floods.",
            "300 homes had flooded",
        ),
        ("Tom Reyl said the rarest orchid in the county can be found here.", "rarest orchid"),
        ("Posted by an account linked to the army, the video showed 40 bodies, Dana Holt said.", "40 bodies"),
        ("Posted by Velda Mining, the notice said 300 jobs would go.", "300 jobs would go"),
        (
            "From left to right, the three candidates said the bridge should be rebuilt.",
            "bridge should be rebuilt",
        ),
        ("The inspector said the cracks were deep. Photos by Dana Holt.", "cracks were deep"),
        ("From left to right, Ana Obi, Tom Reyl and Dana Holt said the vote was rigged.", "vote was rigged"),
        (
            "Here's the transcript of the call, in which Tom Reyl said the mine would close in May.",
            "close in May",
        ),
        (
            "Here’s the full text of what the minister said, and she said taxes would rise.",
            "taxes would rise",
        ),
        ("More details of the deal, which Tom Reyl said would cost £4m, can be found here.", "cost £4m"),
        ("Posted by Ana Obi: the council says the bridge will stay shut until May", "stay shut until May"),
        (
            "Courtesy of Velda Mining the library will stay open until 2030, the mayor said.",
            "stay open until 2030",
        ),
        ("Courtesy Cars was fined £4,000 for overcharging, the council said.", "fined £4,000"),
        (
            "From left to right are the only turns the robot makes, Tom Reyl said.",
            "only turns the robot makes",
        ),
        ("Ravi Kell (AAP): Delhi has 40 new clinics.", "40 new clinics"),
        ("Courtesy of the mayor, every child got a book, the council said.", "every child got a book"),
    ],
)
def test_story_sentences_that_look_like_furniture_are_kept(run, text, words):
    claim_with(run(text), words)


@pytest.mark.parametrize(
    "text, words, wrong",
    [
        (
            "A spokeswoman for Corvane Ltd said talks had failed. Velda Mining said it was disappointed. "
            "The spokeswoman said Corvane would not return to talks.",
            "would not return",
            "Velda Mining",
        ),
        (
            "Okonjo, who lost £400, said she felt cheated. A spokesperson said the bank was sorry.",
            "bank was sorry",
            "Okonjo",
        ),
        (
            "Velda Mining said it would pull out of Ruritania. A spokesperson said the government "
            "regretted the move.",
            "government regretted",
            "Velda Mining",
        ),
        (
            "Helen Marsh said the shop was robbed on Friday. The robbers threatened the pensioner behind the "
            "counter. “I thought I would die,” he said.",
            "thought I would die",
            "Helen Marsh",
        ),
        (
            "Tom Reyl said the ward was full. She said the nurses were exhausted.",
            "nurses were exhausted",
            "Tom Reyl",
        ),
        (
            "Amnesty International said the prisoners had been tortured. A spokesman said the ministry "
            "denied the allegations.",
            "ministry denied",
            "Amnesty International",
        ),
        ("According to results published by Tuesday, turnout was 62 per cent.", "turnout was 62", "Tuesday"),
        (
            "A report by the Fairway Foundation found 300 errors.\n\nThe government then asked the Harbour "
            "Trust to review the sector.\n\nIts report said 1,020 charities spent too little.",
            "1,020 charities",
            "Fairway",
        ),
        (
            "Ruta Kell runs the frog survey. The survey began in 2004 and “we count them at night. Each call "
            "is unique.” Kell says.",
            "survey began in 2004",
            "Ruta Kell",
        ),
    ],
)
def test_no_claim_goes_to_a_party_the_rules_might_have_guessed(run, text, words, wrong):
    assert not any(wrong in n for n in source_names(claim_with(run(text), words)))
