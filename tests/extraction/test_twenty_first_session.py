"""Rules added in the twenty-first session on the unseen reports. Sentences written for the tests."""

from spacy.tokens import Doc

from claims.extraction.reattach import reattach
from claims.extraction.told import subject_of

from .conftest import claim_with, source_names


def test_a_clause_saying_which_one_is_meant_is_part_of_what_was_said(run):
    e = run(
        "A courier who rammed a parked van was carrying three stolen phones when he was stopped, Dunmore "
        "police said.\n\n"
        "The driver is a 44-year-old woman who remains in hospital in stable condition, police said."
    )
    assert source_names(claim_with(e, "rammed a parked van")) == ["Dunmore police"]
    assert source_names(claim_with(e, "remains in hospital")) == ["police"]


def test_a_clause_glossing_a_named_person_or_after_a_comma_stays_the_reports(run):
    e = run(
        "The driver, who remains in hospital, was a courier for Velto, police said.\n\n"
        "The van belonged to Marta Quill who runs a bakery on the square, police said."
    )
    assert source_names(claim_with(e, "remains in hospital")) == []


def test_a_some_of_which_clause_read_as_a_second_verb_is_a_gloss_on_the_place(run):
    e = run(
        "Mayor Lena Brandt says her city will invite the army to join relief efforts in Norway’s Vestland "
        "county, parts of which remain under water two days after the storm hit the coast."
    )
    part = claim_with(e, "remain under water")
    assert part.text.startswith("Parts of Vestland county")
    assert source_names(part) == []
    assert source_names(claim_with(e, "invite the army")) == ["Lena Brandt"]


def test_a_most_of_whom_clause_is_a_fact_of_its_own_in_the_speakers_words(run):
    e = run("Police arrested 12 men, most of whom were released on bail, officers said.")
    part = claim_with(e, "released on bail")
    assert part.text.startswith("Most of 12 men")
    assert source_names(part) == ["officers"]
    assert "released" not in claim_with(e, "arrested 12 men").text


def test_a_round_ups_place_before_a_bar_is_no_part_of_the_speaker(run):
    e = run("More news.\n\nDUNMORE | Police say two people were hurt when a car struck a bus shelter.")
    assert source_names(claim_with(e, "two people were hurt")) == ["Police"]


def test_a_closing_tag_after_but_tells_both_clauses_of_the_sentence(run):
    e = run(
        "The 16-year-old was referred to juvenile authorities on charges of burglary and theft, but police "
        "don’t believe the girl is connected to the string of other burglaries, Dunmore Police Deputy Chief "
        "Rhea Soto said."
    )
    assert source_names(claim_with(e, "referred to juvenile authorities")) == ["Rhea Soto"]
    assert source_names(claim_with(e, "connected to the string")) == ["Rhea Soto"]


def test_a_closing_tag_after_a_clause_of_its_own_speakers_words_leaves_the_first_speaker(run):
    e = run("Mayor Ines Park said the bridge was safe, but engineers found cracks, the council said.")
    assert source_names(claim_with(e, "bridge was safe")) == ["Ines Park"]


def test_a_body_before_the_interviewees_role_is_not_the_interviewee(run):
    e = run(
        "Dario Lenz interview with the Herald (Complete Q&A)\n\n"
        "Herald Editor-in-Chief Mara Quist hosted Velcor and Skyline CEO Dario Lenz at the Lisbon Energy "
        "Forum where he discussed job cuts at Velcor, and the state of the market. The interview lasted "
        "20 minutes and Dario was asked about Skyline, Velcor, batteries and his politics.\n\n"
        "Q. What is the status of the merger?\n\n"
        "A. There are still a few unresolved matters. We are still waiting for the regulator to rule.\n\n"
        "Q. How do you feel about the economy?\n\n"
        "A. I think a recession is inevitable at some point."
    )
    assert source_names(claim_with(e, "unresolved matters")) == ["Dario Lenz"]
    assert source_names(claim_with(e, "recession is inevitable")) == ["Dario Lenz"]


def test_a_sentence_between_two_tellings_of_one_speaker_goes_on_with_her_account(run):
    e = run(
        "Detectives traced the backhoe to a truck stop in Tulare, Sheriff Ana Soto said. The backhoe was "
        "on a flatbed trailer. The drivers were hauling it to the border, Soto added.\n\n"
        "The sheriff's office opened in 1910. Deputies patrol 4,800 square miles, Soto said."
    )
    assert source_names(claim_with(e, "flatbed trailer")) == ["Ana Soto"]
    assert source_names(claim_with(e, "opened in 1910")) == []


def test_people_finding_someone_in_a_state_is_a_scene_not_a_statement(run):
    e = run(
        "Officers found the boy hiding in a shed. Firefighters found the driver trapped in the cab. "
        "The study found rates rising in cities."
    )
    assert claim_with(e, "hiding in a shed").text.startswith("Officers found")
    assert source_names(claim_with(e, "trapped in the cab")) == []
    assert source_names(claim_with(e, "rates rising")) == ["study"]


def test_a_name_closing_coordinated_roles_run_into_a_schools_name_is_the_speaker(run):
    e = run(
        "“We expect to save about $90,000 a year,” DUSD Superintendent and Principal of Cedar Hollow "
        "Elementary Mark Tolland said on Wednesday. Tolland said that the board has concerns."
    )
    assert source_names(claim_with(e, "save about")) == ["Mark Tolland"]
    assert source_names(claim_with(e, "board has concerns")) == ["Mark Tolland"]


def test_report_sentences_between_a_surname_and_his_he_go_on_with_his_account(run):
    e = run(
        "Tillman said the storm formed west of Pike Road. It moved north across a field, and a row of "
        "homes took the worst damage. The storm crossed Mill Road before reaching the highway. He said "
        "the storm died out south of Webster."
    )
    assert source_names(claim_with(e, "moved north")) == ["Tillman"]
    assert source_names(claim_with(e, "crossed Mill Road")) == ["Tillman"]


def test_an_opening_participle_the_parser_made_a_second_subject_is_never_the_speaker(nlp):
    # the parse a report's "Having reviewed deployment options CalMac confirmed that ..." got
    words = [
        "Having",
        "reviewed",
        "the",
        "options",
        "Norfjord",
        "confirmed",
        "that",
        "it",
        "will",
        "stop",
        ".",
    ]
    heads = [1, 5, 3, 4, 5, 5, 9, 9, 9, 5, 5]
    deps = ["aux", "csubj", "det", "compound", "nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"]
    tags = ["VBG", "VBN", "DT", "NNS", "NNP", "VBD", "IN", "PRP", "MD", "VB", "."]
    pos = ["AUX", "VERB", "DET", "NOUN", "PROPN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    reattach(doc)
    assert doc[1].dep_ == "advcl" and subject_of(doc[5]).text == "Norfjord"


def test_according_to_its_statement_after_a_body_spoke_is_that_bodys(run):
    e = run(
        "The regulator said that it was alerted to the spill by walkers on 20 August. The sight of dead "
        "fish distressed many people, the agency added. According to its statement, one local angler "
        "described feeling sick from the smell."
    )
    assert source_names(claim_with(e, "feeling sick")) == ["the agency"]


def test_what_someone_would_not_say_whether_was_so_is_no_statement(run):
    e = run(
        "Commissioners Ada Vance and Rob Tilly asked for the delay, but neither would say whether the "
        "complaints raised in court prompted the move."
    )
    assert source_names(claim_with(e, "prompted the move")) == []


def test_someone_described_inside_a_quotation_is_no_later_shes_antecedent(run):
    e = run(
        "Judges praised the film. They cited ‘the way the director deals with grief’. "
        "She said it was a brave film."
    )
    assert source_names(claim_with(e, "brave film")) != ["the director"]
    assert "director" not in claim_with(e, "brave film").text


def test_a_measure_something_is_ranked_by_is_no_source(run):
    e = run(
        "A poll published this week by the state pollster drew comment. It showed the Green party as "
        "biggest party according to voting intention, estimated to win 40 seats in the assembly."
    )
    assert "intention" not in source_names(claim_with(e, "40 seats"))


def test_a_mapping_bodys_survey_is_a_body_not_a_document_an_outlet_stands_in_for(run):
    e = run(
        "The Tidewater Courier reported the quake. “High casualties are probable,” according to the U.S. "
        "Geological Survey."
    )
    assert source_names(claim_with(e, "casualties are probable")) == ["the U.S. Geological Survey"]
    e = run("Only 6% of adults eat nuts, according to the National Diet and Nutrition Survey.")
    assert source_names(claim_with(e, "eat nuts")) == ["National Diet and Nutrition Survey"]
