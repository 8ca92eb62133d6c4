"""Rules added in the twenty-seventh session on the unseen reports. Sentences written for the tests."""

from spacy.tokens import Span

from claims.extraction.clean import find_furniture

from .conftest import claim_with, parsed_by_hand, source_names


def test_a_tag_inside_its_quotation_credits_the_whole_quotation(run):
    e = run(
        'The board met on Monday. "The levy," Marta Quill said after the vote, "is too small for the '
        'roads." "If we wait," said Omar Dace, "the bridge will close within a year." "The figures '
        'are wrong," Quill added, "and the board knows it."'
    )
    levy = claim_with(e, "too small for the roads")
    assert source_names(levy) == ["Marta Quill"]
    assert levy.text.startswith("The levy is")
    assert "said" not in claim_with(e, "bridge will close").text
    assert source_names(claim_with(e, "bridge will close")) == ["Omar Dace"]
    assert source_names(claim_with(e, "figures are wrong")) == ["Marta Quill"]
    assert source_names(claim_with(e, "board met")) == []


def test_a_tag_after_an_opening_clause_of_time_inside_the_quotation_credits_it(run):
    e = run(
        "Ana Obi spoke first. Lutz Wern spoke of his father. “After returning from the navy,” Wern "
        "recounted, “he worked as a welder in Dunmore.”"
    )
    welder = claim_with(e, "welder in Dunmore")
    assert source_names(welder) == ["Lutz Wern"]
    assert "recounted" not in welder.text


def test_a_comma_aside_in_a_sentence_without_quotation_marks_is_not_a_tag_inside_one(run):
    e = run("The levy, Marta Quill said, is too small. Prices, the survey found, rose in May.")
    assert source_names(claim_with(e, "too small")) == ["Marta Quill"]
    assert source_names(claim_with(e, "rose in May")) == ["survey"]


def test_a_surname_that_is_also_a_word_speaks_once_the_person_is_named(run):
    e = run(
        "Marion T. Weeks, the chief executive, said the quarter was strong.\n\n"
        'Weeks continued, "Our orders rose by a third." Weeks later, the share price fell.'
    )
    assert source_names(claim_with(e, "orders rose")) == ["Marion T. Weeks"]
    assert source_names(claim_with(e, "share price fell")) == []


def test_a_time_word_is_still_nobody_when_no_one_has_that_name(run):
    e = run(
        "Tom Hale spoke. Weeks of talks showed that the deal was dead. "
        "Months later, polls showed that prices fell."
    )
    assert source_names(claim_with(e, "deal was dead")) == []


def test_hearers_told_something_inside_a_quotation_leave_it_the_quoters(run):
    e = run(
        'The brigade held drills. "On May 3, crews were notified that they would leave the depot. Two '
        'days later, they began loading trucks," the press release said. "The colonel warned that we '
        'would leave. Later, we began loading the trucks at the depot," Ivo Brandt said.'
    )
    assert source_names(claim_with(e, "crews were notified")) == ["press release"]
    assert source_names(claim_with(e, "began loading trucks")) == ["press release"]
    assert source_names(claim_with(e, "we began loading")) == ["Ivo Brandt"]
    assert "Ivo Brandt" not in source_names(claim_with(e, "colonel warned"))


def test_a_passive_sentence_pointing_back_credits_the_one_before(run):
    e = run(
        "Troops are holding drills near the northern border. This was announced by the defence "
        "ministry.\n\nTwelve envoys have been summoned. This is reported by the Kovar Gazette.\n\n"
        "The bridge was reopened in May. It was built in 1931."
    )
    assert source_names(claim_with(e, "holding drills")) == ["the defence ministry"]
    assert source_names(claim_with(e, "envoys have been summoned")) == ["the Kovar Gazette"]
    assert source_names(claim_with(e, "bridge was reopened")) == []
    assert not any(c.text.startswith("This was announced") for c in e.claims)


def test_a_dateline_with_a_country_in_brackets_or_an_agency_in_slashes_speaks_for_nobody():
    text = (
        "VALDORA (Ostrava), March 4 (NewsWire) – The builder Pramex reported a rise in profit.\n\n"
        "KELSO, August 5th. /vista/. The army is holding drills.\n"
    )
    spans = [text[a:b] for a, b in find_furniture(text)]
    assert any("VALDORA (Ostrava), March 4 (NewsWire)" in s for s in spans)
    assert any("KELSO, August 5th. /vista/." in s for s in spans)


def test_a_blogs_caption_shortcode_is_furniture_and_the_quotation_runs_on_past_it(run):
    text = (
        "Police in Kelso charged a man on Tuesday.\n\n"
        "Commenting on the case, Inspector Rhona Dale said: “This seizure has made our streets safer.\n\n"
        '[caption id="attachment_1" align="alignleft" width="300"]\n'
        "Councillor Ivo Marsh said we all have a part to play.[/caption]\n\n"
        "“The harm drugs cause to our communities cannot be measured.”"
    )
    spans = [text[a:b] for a, b in find_furniture(text)]
    assert any(s.startswith("[caption") for s in spans)
    assert any(s.endswith("[/caption]") for s in spans)
    e = run(text)
    assert source_names(claim_with(e, "made our streets safer")) == ["Rhona Dale"]
    assert source_names(claim_with(e, "cannot be measured")) == ["Rhona Dale"]


def test_places_modifying_a_noun_never_speak_a_first_person_quotation(run):
    e = run(
        "The search covered homes in the Kelso and Dunmore areas on Monday, when cash was found.\n\n"
        "“As a priority, my officers and I have been working with the community to stop supply.”"
    )
    assert source_names(claim_with(e, "my officers and I")) == []


def test_a_release_line_naming_whose_words_follow_credits_the_release(run):
    text = (
        "Update – homicide investigation, Kelso\n\n"
        "Please attribute to Detective Inspector Rhona Dale:\n\n"
        "A man has been charged with murder after the incident at a Kelso address yesterday.\n\n"
        "A scene examination is ongoing at the Hill Street property.\n\n"
        "ENDS\n\nIssued by Police Media Centre\n\n"
        "Serious crash, Dunmore\n\n"
        "Emergency services are responding to a crash involving a cyclist on State Highway 9.\n"
    )
    e = run(text)
    assert source_names(claim_with(e, "charged with murder")) == ["Rhona Dale"]
    assert source_names(claim_with(e, "scene examination")) == ["Rhona Dale"]
    assert source_names(claim_with(e, "crash involving a cyclist")) == []
    assert not any(c.text.lower().startswith(("please attribute", "issued by", "ends")) for c in e.claims)


def test_mentioned_by_name_names_no_one(run):
    e = run("No bishop was mentioned by name in the letter, which was read out at the synod on Sunday.")
    assert source_names(claim_with(e, "mentioned by name")) == []


def test_an_uncounted_pair_of_new_people_is_not_the_two_named_before(run):
    e = run(
        "Ana Obi crossed the border on Monday with her son. President Tom Vale halted the asylum rule "
        "last week. Two senior border officials confirmed that the first removals took place on "
        "Wednesday.\n\nThe two leaders said trade had doubled since 2020."
    )
    removals = claim_with(e, "first removals")
    assert source_names(removals) == ["Two senior border officials"]


def test_a_figure_forecasters_expected_is_no_speaker_of_the_sentence(run):
    e = run(
        "Shares of Harwick Foods are down 20 percent from last week, well below the 13 percent "
        "analysts had expected. Analysts expected that sales would rise."
    )
    assert source_names(claim_with(e, "down 20 percent")) == []
    assert source_names(claim_with(e, "sales would rise")) == ["Analysts"]


# "District Court for the KNI Chief Judge Marta Quill said it rained": the body read as the subject
# and the judge as the object of "for" (the parser does so only on some names).
HOLDER_AFTER_BODY = (
    "District/PROPN/compound/1 Court/PROPN/nsubj/9 for/ADP/prep/1 the/DET/det/6 KNI/PROPN/compound/6 "
    "Chief/PROPN/compound/6 Judge/PROPN/compound/8 Marta/PROPN/compound/8 Quill/PROPN/pobj/2 "
    "said/VERB/ROOT/9/say it/PRON/nsubj/11 rained/VERB/ccomp/9/rain ./PUNCT/punct/9"
)


def test_a_titled_person_after_their_body_speaks_not_the_body():
    from claims.extraction.roots import holder_read_as_the_bodys_object

    doc = parsed_by_hand(HOLDER_AFTER_BODY)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 7, 9, label="PERSON")]
    holder_read_as_the_bodys_object(doc[1])
    assert (doc[8].head.i, doc[8].dep_) == (9, "nsubj")
    assert doc[1].head.i == 8
    # a body with no titled person after it keeps speaking
    untitled = HOLDER_AFTER_BODY.replace("Chief/PROPN/compound/6", "Hill/PROPN/compound/6")
    doc = parsed_by_hand(untitled.replace("Judge/PROPN/compound/8", "Road/PROPN/compound/8"))
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 7, 9, label="PERSON")]
    holder_read_as_the_bodys_object(doc[1])
    assert (doc[1].head.i, doc[1].dep_) == (9, "nsubj")


def test_a_clause_before_but_read_as_a_second_subject_is_a_sentence_of_its_own(run):
    e = run(
        "The most recent pay agreement ended in June 2024, but KWU said it had been negotiating a new "
        "deal as early as October 2023."
    )
    assert source_names(claim_with(e, "negotiating a new deal")) == ["KWU"]
    assert source_names(claim_with(e, "agreement ended")) == []


def test_a_tag_sentence_quoting_someone_as_saying_credits_the_quotation_before_it(run):
    e = run(
        "Telecom firms met on Monday. “The operators have assured us that they will add 8,000 towers "
        "every week.” The Kelso Courier quoted a senior ministry official, who confirmed the plan, as "
        "saying."
    )
    towers = claim_with(e, "8,000 towers")
    assert source_names(towers) == ["Kelso Courier", "a senior ministry official"]
    assert not any(c.text.endswith("as saying") for c in e.claims)


def test_a_name_of_capitals_joined_by_a_slash_is_one_name(run):
    e = run(
        "Prices rose in May. KELVO/MAX also reported the number of days on the market in June was 44 "
        "while the supply was tight."
    )
    assert source_names(claim_with(e, "days on the market")) == ["KELVO/MAX"]


def test_a_dateline_closed_by_a_dash_after_the_agency_is_no_speaker():
    text = "Kelso, January 27 (KNA) – The number of schools closed went down, a spokesperson said.\n"
    spans = [text[a:b] for a, b in find_furniture(text)]
    assert any(s.startswith("Kelso, January 27 (KNA)") for s in spans)


def test_a_closing_announced_tag_names_its_speaker_after_the_verb(run):
    e = run(
        "The number of schools closed by the strike went down again on Wednesday, announced ministry "
        "spokesperson Lena Varga on the same day."
    )
    assert source_names(claim_with(e, "went down again")) == ["Lena Varga"]


def test_a_transcript_label_with_the_name_in_brackets_names_the_speaker(run):
    e = run(
        "Transcript of the joint media interaction by the two foreign ministers\n\n"
        "Foreign Minister of Norland (Mr. Ivo Brandt): We had a very cordial discussion about trade. "
        "Our exports to the south have doubled since 2020.\n\n"
        "We look forward to the summit in the autumn.\n\n"
        "Foreign Minister of Ostravia (Ms. Lena Varga): Our two countries signed four agreements today.\n\n"
        "The rail link will open in 2027."
    )
    assert source_names(claim_with(e, "exports to the south")) == ["Ivo Brandt"]
    assert source_names(claim_with(e, "summit in the autumn")) == ["Ivo Brandt"]
    assert source_names(claim_with(e, "four agreements")) == ["Lena Varga"]
    assert source_names(claim_with(e, "rail link")) == ["Lena Varga"]


def test_the_second_readers_cases_stay_as_they_were(run):
    """Guards: the ways this session's rules could misfire that a second reader found, each closed."""
    e = run(
        "The council met on Tuesday to discuss the budget. It was announced by Mayor Lena Ortiz that "
        "the Eastside library will close in June."
    )
    assert source_names(claim_with(e, "council met")) == []
    e = run(
        "Marion Weeks, the union's chief negotiator, said the offer was poor. Weeks of talks have shown "
        "that management will not budge."
    )
    assert "Marion Weeks" not in source_names(claim_with(e, "management will not budge"))
    e = run(
        "Please attribute to Inspector Rhona Dale:\n\nPolice can now name the man who died in the crash "
        "on Monday as Tom Vale, 34.\n\nHis family paid tribute to him today.\n\nHe was the heart of our "
        "family and we will miss him every single day."
    )
    assert source_names(claim_with(e, "man who died")) == ["Rhona Dale"]
    assert source_names(claim_with(e, "heart of our family")) != ["Rhona Dale"]
    e = run("Harwick Foods, founded in 1952, and the union said the new contract was fair to both sides.")
    assert "Harwick Foods" in " ".join(source_names(claim_with(e, "contract was fair")))
    e = run("The plan was criticised by big names in banking, who said it would raise costs.")
    assert any("names in banking" in n for c in e.claims for n in source_names(c))
    text = (
        "Mayor Lena Ortiz said the levy will rise by 4 percent next year to pay for road repairs. "
        '[caption id="attachment_88" align="alignright" width="300"]Lena Ortiz at the meeting[/caption]\n'
        "Commenting on this article has been disabled for legal reasons.\n"
    )
    assert source_names(run(text).claims[0]) == ["Lena Ortiz"]
    assert any(text[a:b].startswith("Commenting on this article") for a, b in find_furniture(text))


def test_people_told_something_in_a_document_heard_it_from_its_author(run):
    e = run(
        "In a company email sent by chairman Tom Vale, employees were told that layoffs will begin this "
        "week. Staff were told in a memo from chief executive Ana Obi that bonuses would be cut. "
        "Residents were warned that the river would rise."
    )
    assert source_names(claim_with(e, "layoffs will begin")) == ["Tom Vale"]
    assert source_names(claim_with(e, "bonuses would be cut")) == ["Ana Obi"]
    assert source_names(claim_with(e, "river would rise")) == []


def test_a_columns_rhetorical_questions_are_no_interview_of_a_name_met_once(run):
    e = run(
        "Our present financial ruin is being turned into a business model.\n\n"
        "Startup banks are everywhere now, with names like Chime, Tavo and SoFi.\n\n"
        "Why do people keep falling for this?\n\n"
        "At Chime and Tavo, you can get your pay two days early. Accounts are often free.\n\n"
        "What makes that pain go away for you?\n\n"
        "Better banking isn't a bad idea. Megabanks have bilked consumers with fake accounts.\n\n"
        "So who is going to fix it?\n\n"
        "No one at the conference mentioned that the nation's finances are not technology's problem."
    )
    assert not any("Tavo" in source_names(c) for c in e.claims)


def test_a_comment_forms_data_protection_notes_are_furniture():
    text = (
        "The ministry said prices rose by 4% in May.\n\n"
        "By submitting this form you agree to Kelvo Weekly using your data for the purposes of publishing "
        "your comment.\n\n"
        "Further information on data privacy can be found in our Data Protection Policy.\n\n"
        "Hackers stole the personal data of 30,000 customers, including their email addresses.\n\n"
        '"We take the protection of personal data seriously," the bank said.\n'
    )
    spans = [text[a:b] for a, b in find_furniture(text)]
    assert len(spans) == 2 and not any("ministry" in s or "stole" in s or "bank said" in s for s in spans)


def test_a_speech_verb_after_a_relative_clause_between_commas_is_the_subjects(run):
    e = run(
        "The company, which is expected to lay off thousands of workers this week as it faces ballooning "
        "losses, confirmed on Monday that it had been contacted by the office of the state attorney "
        "general."
    )
    contacted = claim_with(e, "had been contacted")
    assert source_names(contacted) == ["The company"]


def test_an_inverted_tag_between_a_clauses_subject_and_verb_names_the_speaker(run):
    e = run(
        "The levy, says Marta Quill, is too small for the roads. This system, says Ivo Brandt, an "
        "immunologist at the University of Kelso, Dunmore, helps direct a response to dangers "
        "throughout the body."
    )
    levy = claim_with(e, "too small for the roads")
    assert source_names(levy) == ["Marta Quill"] and levy.text.startswith("The levy")
    system = claim_with(e, "helps direct a response")
    assert source_names(system) == ["Ivo Brandt"] and "says" not in system.text


def test_the_second_readers_later_cases_stay_as_they_were(run):
    """Guards: the later rules' misfires that a second reader found, each closed."""
    e = run(
        "Please attribute to Inspector Rhona Dale:\n\nPolice were called to Mill Road at 9pm on Monday.\n\n"
        "A man paid tribute to the bravery of a passer-by who stopped the attacker.\n\n"
        "We are appealing for witnesses and would ask anyone with information to call 101."
    )
    assert source_names(claim_with(e, "appealing for witnesses")) == ["Rhona Dale"]
    e = run(
        "Transcript of the joint press conference\n\n"
        "Foreign Minister of Norland (Mr. Ivo Brandt): We had productive talks on trade and energy.\n\n"
        "Correction (Updated): An earlier version of this story misstated the date of the summit.\n\n"
        "The summit will be held in October."
    )
    assert not any("Correction" in n for c in e.claims for n in source_names(c))
    e = run(
        "Marion Weeks, the union's chief negotiator, said the offer was poor. Weeks, who has led the "
        "talks since 2019, said the union would strike in March."
    )
    assert source_names(claim_with(e, "strike in March")) == ["Marion Weeks"]
    e = run("Troops are massing near the border. This was confirmed by the defence ministry to be accurate.")
    assert source_names(claim_with(e, "massing near the border")) == ["the defence ministry"]
