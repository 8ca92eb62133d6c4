"""Rules added in the twentieth session on the unseen reports. Sentences written for the tests."""

from spacy.tokens import Doc

from claims.extraction.asides import naming_aside_read_as_the_verb
from claims.extraction.subject_repairs import holder_read_as_the_bodys_apposition

from .conftest import claim_with, source_names


def test_a_name_closing_a_phrase_of_roles_is_the_speaker_and_her_later_she(run):
    e = run(
        "Responding to the analysis, river campaigner and founder of Stormdrain Alert Helen Morrow said that "
        "the fines were lopsided.\n\n"
        "She said that runoff from motorways does more harm than sewage works."
    )
    assert source_names(claim_with(e, "fines were lopsided")) == ["Helen Morrow"]
    assert source_names(claim_with(e, "runoff from motorways")) == ["Helen Morrow"]


def test_a_bare_role_subject_with_no_name_at_its_end_stays_the_speaker(run):
    e = run("River campaigner and founder of the group said that the fines were lopsided.")
    assert "Helen" not in " ".join(source_names(claim_with(e, "fines were lopsided")))


def test_an_age_on_a_word_for_where_someone_is_from_stands_for_the_person_last_named(run):
    e = run(
        "Tomas Vridel, a first-year student from Quebec, heard the news over breakfast. He walked to the "
        "hall after the announcement.\n\n"
        "“That is a weight off my shoulders,” said the 18-year-old Quebec native."
    )
    assert source_names(claim_with(e, "weight off my shoulders")) == ["Tomas Vridel"]


def test_an_age_on_a_thing_still_stands_for_no_one(run):
    e = run("Tomas Vridel runs the mill. The 200-year-old local landmark needs a new roof, inspectors said.")
    assert "Tomas Vridel" not in source_names(claim_with(e, "new roof"))


def test_a_speakers_label_may_describe_them_after_the_comma(run):
    e = run(
        "Students welcomed the freeze.\n\n"
        "Lana Ostrow, a 20-year-old junior from Reno: “I expected my fees to rise again this year.”\n\n"
        "“My rent went up by $200 a month in August,” she said."
    )
    assert source_names(claim_with(e, "fees to rise")) == ["Lana Ostrow"]
    assert source_names(claim_with(e, "rent went up")) == ["Lana Ostrow"]


def test_a_that_clause_after_a_time_phrase_is_what_a_company_reported(run):
    e = run(
        "Halvern Tools rose on Friday.\n\n"
        "Halvern reported Wednesday after the bell that adjusted earnings came in at $1.12 per share."
    )
    assert source_names(claim_with(e, "$1.12 per share")) == ["Halvern Tools"]


def test_a_company_guiding_a_figure_puts_its_forecast_on_record(run):
    e = run(
        "Halvern Tools shares jumped on Wednesday.\n\n"
        "Halvern also guided full-year earnings per share to $2.10-$2.20 on $1.7 billion of sales. "
        "The coach guided the side to a 3-1 win."
    )
    assert source_names(claim_with(e, "$2.10-$2.20")) == ["Halvern Tools"]
    assert source_names(claim_with(e, "3-1 win")) == []


def test_a_body_run_into_the_name_closing_a_role_phrase_is_split_off_the_speaker(run):
    e = run(
        "Responding to the analysis, waterway campaigner and founder of Clearwater Guardians Sarah Pell said "
        "that the fines were lopsided."
    )
    assert source_names(claim_with(e, "fines were lopsided")) == ["Sarah Pell"]


def test_roles_hung_on_the_opening_phrase_still_give_the_verb_the_name_closing_them(run):
    e = run(
        "Asked about the figures, river campaigner and founder of Clean Rivers Trust Ines Morrow said that "
        "the fines were lopsided."
    )
    assert source_names(claim_with(e, "fines were lopsided")) == ["Ines Morrow"]


def test_a_naming_aside_between_dashes_read_as_the_verb_gives_the_subject_back_its_verb(nlp):
    # the parse the parser gave a report's sentence: "dubbed" the verb, what follows its content
    words = ["Workers", "at", "the", "plant", "—", "dubbed", "Site", "Nine", "—", "will", "be", "hit", "."]
    heads = [5, 0, 3, 1, 3, 5, 7, 5, 11, 11, 11, 5, 5]
    deps = ["nsubj", "prep", "det", "pobj", "punct", "ROOT", "compound", "oprd", "punct", "aux", "auxpass"]
    deps += ["ccomp", "punct"]
    tags = ["NNS", "IN", "DT", "NN", ":", "VBN", "NNP", "NNP", ":", "MD", "VB", "VBN", "."]
    lemmas = ["worker", "at", "the", "plant", "—", "dub", "Site", "Nine", "—", "will", "be", "hit", "."]
    pos = ["NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "AUX", "AUX", "VERB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, pos=[*pos, "PUNCT"])
    naming_aside_read_as_the_verb(doc[0])
    assert doc[11].dep_ == "ROOT" and doc[0].head.i == 11 and doc[0].dep_ == "nsubjpass"
    assert doc[5].dep_ == "acl" and doc[5].head.i == 3


def test_a_party_written_like_a_title_is_no_part_of_the_members_name(run):
    e = run(
        "Bus firms should consult riders before they cut routes, an MP says.\n\n"
        "Tory Martin Keble considers the changes unfair. Keble said that 40 routes were cut last year."
    )
    assert source_names(claim_with(e, "40 routes")) == ["Martin Keble"]


def test_a_rule_something_is_according_to_is_no_one_speaking(run):
    e = run(
        "According to international law, every member state must inform the agency six months before "
        "it loads fuel. According to the club, the fine was $5,000."
    )
    assert source_names(claim_with(e, "six months")) == []
    assert source_names(claim_with(e, "$5,000")) == ["the club"]


def test_a_second_clauses_speakers_run_into_the_first_clauses_object_speak_for_themselves(run):
    e = run(
        "The review found the scheme was over budget and opposition members said it should be scrapped.\n\n"
        "But the council’s public consultation revealed the majority of people were against the moves and "
        "opposition councillors claimed it had been designed to centralise power within the ruling group."
    )
    scrapped = claim_with(e, "scrapped")
    assert "review" not in source_names(scrapped)
    assert source_names(claim_with(e, "centralise power")) == ["opposition councillors"]
    against = claim_with(e, "against the moves")
    assert "councillors" not in against.text
    assert source_names(against) == ["the council’s public consultation"]


def test_a_clause_coordinated_with_its_own_subject_is_left_as_parsed(run):
    e = run(
        "The audit showed the council overspent on the project and union leaders argued the cuts were unfair."
    )
    assert source_names(claim_with(e, "overspent")) == ["audit"]


def test_a_magazines_initials_asking_and_a_surname_answering_make_a_transcript(run):
    e = run(
        "The editor spoke with Ines Calloway, president of the Tooling Guild.\n\n"
        "TG: Large plants have used robots for years. How do small firms use them today?\n\n"
        "Calloway: More small companies are automating their lines. Their scrap rates fell by a third.\n\n"
        "TG: How are robots different now?\n\n"
        "Calloway: Vision systems have become cheap in the last five years."
    )
    assert source_names(claim_with(e, "scrap rates fell")) == ["Ines Calloway"]
    assert source_names(claim_with(e, "Vision systems")) == ["Ines Calloway"]
    assert "Ines Calloway" not in source_names(claim_with(e, "used robots for years"))


def test_a_heading_saying_q_and_a_makes_the_paragraphs_after_a_question_the_interviewees(run):
    e = run(
        "Q&A with Dr. Ana Obi, marine biologist\n\n"
        "Dr. Ana Obi directs the ocean programme at the Hale Institute.\n\n"
        "Isn’t it true that most fish live along the continental shelves?\n\n"
        "Most fish are concentrated in narrow margins along the continents. There are not more of them in "
        "deeper water further out."
    )
    assert source_names(claim_with(e, "narrow margins")) == ["Ana Obi"]


def test_a_question_not_put_to_anyone_under_no_such_heading_makes_no_interview(run):
    e = run(
        "Fish stocks are falling, a study says.\n\n"
        "Dr. Ana Obi directs the ocean programme at the Hale Institute. She was interviewed last week.\n\n"
        "Isn’t it true that most fish live along the continental shelves?\n\n"
        "Most fish are concentrated in narrow margins along the continents."
    )
    assert source_names(claim_with(e, "narrow margins")) == []


def test_one_as_anyone_is_no_speaker_and_no_name_for_they(run):
    e = run(
        "The push came from a pledge island leaders made at their 2021 summit. At such a summit, one could "
        "recall how they pledged to settle all boundaries by 2025."
    )
    claim = claim_with(e, "2025")
    assert source_names(claim) == []
    assert not claim.text.lower().startswith("one")


def test_a_speech_verb_after_seem_to_is_the_subjects_and_seem_only_hedges_it(run):
    e = run(
        "Most economists seem to think that more interest rate rises are likely. The minister appeared to "
        "suggest that fuel duty would rise. The plan seems to work."
    )
    assert source_names(claim_with(e, "rate rises are likely")) == ["Most economists"]
    assert source_names(claim_with(e, "fuel duty")) == ["The minister"]
    assert source_names(claim_with(e, "plan seems to work")) == []


def test_a_street_before_a_bare_role_that_speaks_is_no_ones_name(run):
    e = run(
        "A police dog tracked the suspect's trail for a time, but lost the scent around a drainage ditch on "
        "Falcon Ridge Drive, police said."
    )
    assert source_names(claim_with(e, "lost the scent")) == ["police"]


def test_those_with_a_body_speak_for_the_body(run):
    e = run(
        "The team focused on Mill Creek Road, where those with the Harlow County Emergency Management "
        "Agency said at least a dozen homes were damaged."
    )
    assert source_names(claim_with(e, "dozen homes")) == ["the Harlow County Emergency Management Agency"]


def test_a_heading_labelled_q_and_a_is_no_one_the_answers_belong_to(run):
    e = run(
        "Author Q&A: Marisol Quenby\n\n"
        "We hope you enjoyed this month’s featured author week.\n\n"
        "Q: What inspired the novel?\n\n"
        "A: The house in the novel was inspired by a real house on the coast of Cornwall."
    )
    assert source_names(claim_with(e, "inspired by a real house")) == ["Marisol Quenby"]


def test_the_holders_name_after_a_role_of_a_body_is_the_subject_and_a_person(nlp):
    # the parse the parser gave a report's sentence: the body the subject, the name its apposition
    words = ["Secretary", "of", "the", "opposition", "Unity", "Congress", ",", "Kwesi", "Ampofo", ","]
    words += ["has", "praised", "delegates", "."]
    heads = [5, 0, 3, 1, 5, 11, 5, 8, 5, 5, 11, 11, 11, 11]
    deps = ["nmod", "prep", "det", "pobj", "compound", "nsubj", "punct", "compound", "appos", "punct"]
    deps += ["aux", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    pos += ["AUX", "VERB", "NOUN", "PUNCT"]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    holder_read_as_the_bodys_apposition(doc[5])
    assert doc[8].dep_ == "nsubj" and doc[8].head.i == 11
    assert doc[5].dep_ == "appos" and doc[5].head.i == 8
    assert [(e.text, e.label_) for e in doc.ents if e.start >= 7] == [("Kwesi Ampofo", "PERSON")]


def test_a_body_with_no_role_before_it_keeps_its_apposition(nlp):
    words = ["Unity", "Congress", ",", "Kwesi", "Ampofo", ",", "has", "praised", "delegates", "."]
    heads = [1, 7, 1, 4, 1, 1, 7, 7, 7, 7]
    deps = ["compound", "nsubj", "punct", "compound", "appos", "punct", "aux", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    holder_read_as_the_bodys_apposition(doc[1])
    assert doc[1].dep_ == "nsubj" and doc[4].dep_ == "appos"


def test_a_main_clause_before_another_speakers_after_clause_is_kept_and_his_he_left_as_written(run):
    e = run(
        "Tarrant took over as chief executive in August after Heller said he could no longer meet his "
        "duties in the role."
    )
    assert source_names(claim_with(e, "took over as chief executive")) == []
    duties = claim_with(e, "no longer meet")
    assert source_names(duties) == ["Heller"]
    assert "Tarrant" not in duties.text


def test_a_second_speaker_coordinated_into_the_first_speakers_words_speaks_for_themselves(run):
    e = run(
        "Gorman said he wanted to know whether he would be cut off by Brandt at future meetings and "
        "Brandt insisted she interrupted Gorman because she had been kept from commenting last month."
    )
    assert source_names(claim_with(e, "kept from commenting")) == ["Brandt"]
    assert source_names(claim_with(e, "wanted to know")) == ["Gorman"]


def test_the_stop_of_an_abbreviation_is_no_documents_author(run):
    e = run(
        "Officially Washington does not back regime change. But a US State Dept. report acknowledged that "
        "it was funding opposition groups in Harland."
    )
    claim = claim_with(e, "funding opposition groups")
    assert "." not in source_names(claim)
    assert not claim.text.startswith(".")


def test_a_person_before_a_participle_read_as_a_noun_is_the_speaker(run):
    e = run("“We will resume the search tomorrow,” said a senior police officer camping at the site.")
    assert source_names(claim_with(e, "resume the search")) == ["a senior police officer"]


def test_a_bracketed_aside_before_the_verb_is_passed_over_for_the_speaker(run):
    e = run(
        "Reuters (writing out of Dallas) is reporting that one thousand passengers spent the night on cots."
    )
    assert source_names(claim_with(e, "spent the night")) == ["Reuters"]


def test_a_heading_saying_transcript_is_no_one_the_answers_belong_to(run):
    e = run(
        "Interview Transcript\n\n"
        "As a bank chief during the 2008 crisis, how did you keep your staff going?\n\n"
        "You had to be optimistic about how the bank could survive. We cut costs by 12% in a year."
    )
    assert all("Transcript" not in name for c in e.claims for name in source_names(c))


def test_a_statement_several_bodies_issued_is_theirs_together(run):
    e = run(
        "The statement issued by Forza, Unity, the Greens and Renew said that a draft programme would be "
        "published in May.\n\n"
        "The primary will take several weeks because of the epidemic, the statement added."
    )
    joint = "Forza, Unity, the Greens and Renew"
    assert source_names(claim_with(e, "draft programme")) == [joint]
    assert source_names(claim_with(e, "several weeks")) == [joint]


def test_a_name_coordinated_with_the_role_before_it_is_the_speaker(run):
    e = run(
        "Liberal MP and former transport minister Owen Farrant has defected to Labour.\n\n"
        "He said the rail network had been starved of money for a decade."
    )
    assert source_names(claim_with(e, "starved of money")) == ["Owen Farrant"]


def test_one_of_a_group_named_in_apposition_is_the_speaker_and_his_he(run):
    e = run(
        "One of the fishermen Rasul Mat Hadi, 49, said the oil spill affected about 150 fishermen.\n\n"
        "“The same thing happened last year but on a much smaller scale,” he said."
    )
    assert source_names(claim_with(e, "150 fishermen")) == ["Rasul Mat Hadi"]
    assert source_names(claim_with(e, "same thing happened")) == ["Rasul Mat Hadi"]


def test_a_given_name_the_lexicon_does_not_know_takes_no_sex_from_a_later_name():
    from claims.extraction.given_names import given_name_gender

    assert given_name_gender("Rais Mat Dali") is None
    assert given_name_gender("Councillor Tom Reyes") == "m"
    assert given_name_gender("Maria Denholm") == "f"


def test_capitalised_words_ending_in_a_role_name_no_one(run):
    e = run(
        "Liberal MP and former transport minister Owen Farrant has defected to Labour.\n\n"
        "The MP for Harwick North has indicated he is not planning to stand at the next election."
    )
    assert "Liberal MP" not in source_names(claim_with(e, "not planning to stand"))
    from claims.extraction.given_names import only_a_role

    assert only_a_role("Conservative MP") and not only_a_role("Dan Poulter MP")


def test_a_role_the_tagger_read_as_a_name_is_still_a_description(nlp):
    from claims.extraction.persons import is_person_description

    words = ["The", "Conservative", "MP", "has", "met", "him", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 4, 4, 4, 4, 4],
        deps=["det", "compound", "nsubj", "aux", "ROOT", "dobj", "punct"],
        tags=["DT", "NNP", "NNP", "VBZ", "VBN", "PRP", "."],
        pos=["DET", "PROPN", "PROPN", "AUX", "VERB", "PRON", "PUNCT"],
        lemmas=["the", "Conservative", "MP", "have", "meet", "he", "."],
    )
    assert is_person_description(doc[2])


def test_what_causes_a_worry_voices_none(run):
    e = run("The delays have raised concerns among island communities. The union raised concerns about pay.")
    assert source_names(claim_with(e, "island communities")) == []
    assert source_names(claim_with(e, "about pay")) == ["The union"]


def test_a_section_of_an_act_something_is_according_to_is_no_one_speaking(run):
    e = run("According to Section 14(2) of the Water Act 1998, the agency can raise the tariff by 5% a year.")
    assert source_names(claim_with(e, "5% a year")) == []


def test_a_long_speakers_phrase_is_cut_where_an_aside_on_it_opens(run):
    e = run(
        "“The final toll is 31 dead,” a spokesperson of Arjun Patel, the district collector of Ratnagiri in "
        "the western state of Maharashtra, told reporters."
    )
    assert source_names(claim_with(e, "31 dead")) == ["a spokesperson of Arjun Patel"]


def test_where_the_speaker_is_from_stands_for_the_person_named_last(run):
    e = run(
        "“When we are 2-0 down the players still believe,” Halvorsen said.\n\n"
        "“Away from home we have won five times after trailing,” added the Norwegian."
    )
    assert source_names(claim_with(e, "won five times")) == ["Halvorsen"]


def test_a_people_speaking_is_not_the_person_named_last(run):
    e = run("Ana Reyes scored twice. The Germans said the referee had erred.")
    assert source_names(claim_with(e, "referee had erred")) == ["Germans"]


def test_a_football_clubs_name_is_no_person_for_he(run):
    e = run(
        "Hartwell United had been well below their best before Ostrander sent on two forwards.\n\n"
        "“In the second half the quality was much better,” he said."
    )
    assert "Hartwell United" not in source_names(claim_with(e, "quality was much better"))


def test_a_quotation_paragraph_after_an_unmarked_one_goes_on_in_the_open_quotations_voice(run):
    e = run(
        "Det Sgt Ana Holt, of Blackburn CID, said: “This conviction is testament to the work done by "
        "officers. Jones is nothing less than a career criminal.\n\n"
        "He is one of the most prolific burglars the county has ever seen.\n\n"
        "“He has shown absolutely no remorse for his crimes at any stage.”\n\n"
        "Police said the case was closed."
    )
    assert source_names(claim_with(e, "no remorse")) == ["Ana Holt"]
    assert source_names(claim_with(e, "case was closed")) == ["Police"]


def test_a_paragraph_with_quotation_marks_of_its_own_does_not_carry_an_open_quotation_over(run):
    e = run(
        "Ana Holt said: “Jones is nothing less than a career criminal.\n\n"
        "Residents called the sentence “lenient” on Monday.\n\n"
        "“The estate will be safer now,” said Tom Reed, a neighbour."
    )
    assert source_names(claim_with(e, "estate will be safer")) == ["Tom Reed"]


def test_a_club_the_tagger_took_for_a_person_is_no_one_for_he(run):
    from claims.extraction.persons import may_be_person
    from claims.extraction.registry import Entity

    assert not may_be_person(Entity(name="Hartwell United", kind="person"))
    assert may_be_person(Entity(name="Ana Costa", kind="person"))


def test_the_story_after_an_outlet_reported_is_the_outlets(run):
    e = run(
        "The AP is reporting that Harlow received 15 inches of snow. The story also said that 14 people died."
    )
    assert source_names(claim_with(e, "14 people died")) == ["AP"]


def test_the_story_after_a_person_spoke_is_not_theirs(run):
    e = run("Ana Reyes said the plant would close. The story also said that 14 people had lost their jobs.")
    assert "Ana Reyes" not in source_names(claim_with(e, "lost their jobs"))


def test_a_person_named_after_the_pronoun_or_the_one_told_leaves_the_speakers_he_alone(run):
    e = run(
        "Riverton manager Tom Aldane, speaking on Thursday, said he had “not been told anything” about a "
        "deal and wanted Kessler to stay.\n\n"
        "Ana Reyes, a scientist who runs the Delta lab, said Marlow had told her he had met the minister "
        "twice."
    )
    assert "Tom Aldane" in claim_with(e, "not been told anything").text
    assert "Ana Reyes" in claim_with(e, "met the minister").text
