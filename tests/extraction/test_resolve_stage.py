"""The resolve stage on its own: registry look-ups, pronouns, publishers and the naming of sources."""

from claims.extraction.entities import kind_of_name
from claims.extraction.registry import Registry

from .conftest import attributed_with


def sources_of(s, words: str) -> list[tuple[str, str]]:
    a = attributed_with(s.attributed, words)
    (sourced,) = [c for c in s.resolved.clauses if c.clause is a.clause]
    return [(x.name, x.role) for x in sourced.sources]


def test_registry_finds_a_person_by_surname():
    registry = Registry()
    registry.add("Tom Okafor", "person")
    assert registry.lookup("Okafor").name == "Tom Okafor"


def test_registry_takes_a_fuller_name_met_later_as_the_name():
    registry = Registry()
    registry.add("Costa", "person")
    registry.add("Ana Costa", "person")
    assert registry.lookup("Costa").name == "Ana Costa"


def test_registry_joins_a_short_outlet_name_to_the_masthead():
    registry = Registry()
    registry.add("The Harbour Times", "news_org")
    assert registry.lookup("the Times").name == "The Harbour Times"


def test_kind_of_name_reads_the_markers_of_a_body():
    assert kind_of_name("the finance ministry") == "government"
    assert kind_of_name("Harbour Holdings") == "company"
    assert kind_of_name("The Evening Ledger") == "news_org"
    assert kind_of_name("Ana Costa") == "other"  # no marker: the resolver decides from use
    assert kind_of_name("Ana Costa", label="PERSON") == "person"


def test_she_said_is_the_woman_named_before(stages):
    s = stages("Ana Costa visited the plant on Monday. She said 200 jobs would go.")
    assert sources_of(s, "200 jobs") == [("Ana Costa", "said")]


def test_speaker_named_by_surname_is_one_source_with_the_full_name(stages):
    s = stages("Ana Costa opened the hospital. Costa said the wards were full.")
    assert sources_of(s, "wards were full") == [("Ana Costa", "said")]


def test_role_glossed_with_a_name_later_becomes_that_name(stages):
    s = stages(
        "The ward will close, the health minister said.\n\n"
        "Ana Costa, the health minister, said the staff would move."
    )
    assert sources_of(s, "ward will close") == [("Ana Costa", "said")]


def test_it_added_after_a_body_spoke_is_that_body(stages):
    s = stages("The union said the talks had failed. It added that a strike was likely.")
    assert sources_of(s, "strike was likely") == [("The union", "said")]


def test_the_newspaper_is_the_outlet_the_report_leans_on(stages):
    s = stages(
        "The Harbour Times reported that the mayor had resigned. "
        "The newspaper said the council would meet on Friday."
    )
    assert sources_of(s, "council would meet") == [("The Harbour Times", "said")]


def test_unnamed_report_goes_to_the_outlet_the_report_leans_on(stages):
    s = stages(
        "Mayor quit over loans, says report\n\n"
        "The Harbour Times reported that the mayor had taken loans from a developer."
    )
    assert sources_of(s, "Mayor quit") == [("The Harbour Times", "reported")]


def test_unnamed_study_with_no_outlet_is_named_by_its_phrase(stages):
    s = stages("Walking cuts the risk of stroke by a third, according to a new study.")
    assert sources_of(s, "risk of stroke") == [("new study", "reported")]


def test_study_published_in_a_journal_is_the_journals(stages):
    s = stages("A study published in The Lancet found that walking cuts the risk of stroke.")
    assert sources_of(s, "risk of stroke") == [("Lancet", "reported")]


def test_a_studys_authors_outrank_the_journal_it_was_published_in(stages):
    s = stages(
        "A study by researchers at Harwick University, published in The Lancet, found that walking"
        " cuts the risk of stroke."
    )
    assert sources_of(s, "risk of stroke") == [("researchers at Harwick University", "reported")]


def test_the_report_said_is_the_author_named_for_that_report_earlier(stages):
    s = stages(
        "The Audit Commission published a report on Tuesday about the new ferries. The report said the"
        " ferries were four years late. The study found nothing new."
    )
    assert sources_of(s, "four years late") == [("The Audit Commission", "reported")]
    # a different kind of document named by nobody earlier is not theirs
    assert sources_of(s, "found nothing new") != [("The Audit Commission", "reported")]


def test_citing_nests_the_cited_group_under_the_outlet(stages):
    s = stages("The Herald, citing three diplomats, reported that the talks had stalled.")
    a = attributed_with(s.attributed, "talks had stalled")
    (sourced,) = [c for c in s.resolved.clauses if c.clause is a.clause]
    assert [(x.name, x.role, x.parent) for x in sourced.sources] == [
        ("Herald", "reported", None),
        ("three diplomats", "cited", 0),
    ]


def test_pronoun_inside_a_quotation_is_not_its_speaker(stages):
    s = stages("Tom Reyes built the mill. Ana Costa said: “He never paid the workers.”")
    (e,) = [
        s.resolved.resolver.pronoun(sentence, t)
        for sentence in s.sentences
        for t in sentence.span
        if t.text == "He"
    ]
    assert e.name == "Tom Reyes"


# ---- a wrong subject filled in ------------------------------------------------------------------


def test_pronoun_after_a_described_person_is_not_given_an_earlier_name(stages):
    s = stages(
        "Maria Lopez chaired the meeting on Monday. The unions walked out after a row with the governor. "
        "He has been patient with them."
    )
    (he,) = [t for t in s.sentences[2].span if t.text == "He"]
    assert s.resolved.resolver.pronoun(s.sentences[2], he) is None


def test_subject_pronoun_points_back_to_the_last_sentences_subject(stages):
    s = stages("Anita Rowe gave evidence against her former boss. She said the losses were hidden.")
    assert sources_of(s, "losses were hidden") == [("Anita Rowe", "said")]


def test_pronoun_after_a_described_subject_points_to_the_description(stages):
    s = stages(
        "Ravi Menon bought the port in 2015. Ana Ruiz met the shipping tycoon in 2019. The shipping tycoon "
        "employs 900 people. He owns two ships."
    )
    (he,) = [t for t in s.sentences[3].span if t.text == "He"]
    assert s.resolved.resolver.pronoun(s.sentences[3], he).name == "the shipping tycoon"


def test_pronoun_after_a_description_taking_up_the_named_subject_points_to_the_name(stages):
    s = stages(
        "Ravi Menon bought the port in 2015. The shipping tycoon employs 900 people. He owns two ships."
    )
    (he,) = [t for t in s.sentences[2].span if t.text == "He"]
    assert s.resolved.resolver.pronoun(s.sentences[2], he).name == "Ravi Menon"


def test_surname_shared_by_two_people_is_left_as_written(stages):
    s = stages("Tom Hale runs the farm. His brother, Sam Hale, sold the land. Hale said the price was £2m.")
    assert sources_of(s, "price was") == [("Hale", "said")]


def test_she_may_point_to_a_name_the_tagger_took_for_an_organisation(stages):
    # the small model tags "Costa" alone, as an organisation
    s = stages("Ana Costa visited the plant on Monday. She said 200 jobs would go.")
    assert sources_of(s, "200 jobs") == [("Ana Costa", "said")]


# ---- noisy source names and group sources ----------------------------------------------------------


def test_time_phrase_is_no_part_of_a_source_name(stages):
    s = stages("A spokesman for the ministry on Tuesday said the border would reopen.")
    assert sources_of(s, "border would reopen") == [("A spokesman for the ministry", "said")]


def test_a_role_and_the_name_given_for_it_later_are_one_source(stages):
    s = stages(
        "The ministry's spokesman said the border would reopen.\n\n"
        "Anna Berg, the ministry's spokeswoman, said 300 trucks were waiting."
    )
    assert sources_of(s, "border would reopen") == [("Anna Berg", "said")]
    assert sources_of(s, "300 trucks") == [("Anna Berg", "said")]


def test_cited_group_keeps_every_word_of_its_coordination(stages):
    s = stages(
        "The Ledger, citing several serving and former French, German and Italian diplomats, "
        "reported that the treaty had collapsed."
    )
    a = attributed_with(s.attributed, "treaty had collapsed")
    (sourced,) = [c for c in s.resolved.clauses if c.clause is a.clause]
    assert sourced.sources[1].name == "several serving and former French, German and Italian diplomats"
    assert sourced.sources[1].kind == "group"


def test_group_subject_keeps_its_commas_and_is_not_its_last_place(stages):
    s = stages("Local and regional officials in Kent, Essex and Sussex said the roads were closed.")
    assert sources_of(s, "roads were closed") == [
        ("Local and regional officials in Kent, Essex and Sussex", "said")
    ]


def test_a_possessive_inside_a_name_leaves_the_words_apart(stages):
    s = stages("The Harbour Fishermen’s Association said the quotas were unfair.")
    assert sources_of(s, "quotas were unfair")[0][0].replace("’", "'") in {
        "The Harbour Fishermen Association",
        "Harbour Fishermen Association",
        "The Harbour Fishermen's Association",
    }


def test_a_document_published_on_a_day_is_not_published_by_the_day(stages):
    s = stages(
        "The Refugee Centre said in a report published on Tuesday that 4m people had fled. "
        "The report said half of them were children."
    )
    assert sources_of(s, "half of them")[0][0] != "Tuesday"


def test_a_noun_that_names_no_person_is_no_speaker_for_a_later_she(stages):
    s = stages("A claim filed by the administrators says the board was misled. She said it was not.")
    assert all(e.name != "A claim" for e in s.resolved.resolver.registry.entities)


def test_she_after_the_last_sentences_subject_is_that_subject_not_an_older_speaker(stages):
    s = stages(
        "Tom Hale, who ran the mill with his cousin, Sam Reid, denied any fraud. "
        "The inspector read the accounts. She found that £2m had gone missing in 2022."
    )
    assert sources_of(s, "£2m had gone missing") == [("the inspector", "reported")]


def test_people_described_as_figures_are_a_group_not_a_document(stages):
    s = stages(
        "The commission's figures show turnout of 61%. Two senior party figures, who spoke on condition "
        "of anonymity, said the campaign had ignored warnings."
    )
    assert sources_of(s, "ignored warnings") == [("Two senior party figures", "said")]


def test_a_capitalised_title_glossed_with_a_name_is_that_person(stages):
    s = stages(
        "The Premier, Joanne Mikulic, said the result was disappointing. "
        "“It was a local campaign,” she said on Sunday."
    )
    assert sources_of(s, "local campaign") == [("Joanne Mikulic", "quoted")]


def test_she_said_after_a_speaker_the_parse_left_without_a_subject(stages):
    # "Speaking ..." leaves the speech verb without a subject; the speaker named in apposition
    # still spoke last, ahead of a byline's names
    s = stages(
        "From Nadia Quraishi and Tom Ellery\n\n"
        "Speaking at a press conference in Kelburn, the environment secretary, Hannah Wexley, said 410 "
        "people had been evacuated.\n\n"
        "She said the government had released £5m in emergency funding."
    )
    assert sources_of(s, "released £5m") == [("Hannah Wexley", "said")]


def test_a_description_coordinated_in_a_names_apposition_is_no_rival_antecedent(stages):
    s = stages(
        "“The result surprised us,” said Dr Lena Okonjo, an epidemiologist at the university and the "
        "study’s lead author. “It adds up.”\n\n"
        "She acknowledged that the study could not show cause."
    )
    assert sources_of(s, "could not show cause") == [("Lena Okonjo", "said")]


def test_a_different_person_described_between_still_blocks_the_pronoun(stages):
    s = stages(
        "Dr Lena Okonjo presented the study on Monday. Two days later, she met the hospital's chief "
        "executive.\n\nHe said the wards were full."
    )
    assert "Lena Okonjo" not in [n for n, _ in sources_of(s, "wards were full")]
