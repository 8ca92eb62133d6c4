"""Rules added in the twenty-sixth session on the unseen reports. Sentences written for the tests."""

from claims.extraction.clean import find_furniture
from claims.extraction.misparses import speaker_read_as_an_apposition

from .conftest import claim_with, parsed_by_hand, source_names


def test_a_clause_read_into_the_speakers_coordinated_subject_is_its_own_sentence(run):
    e = run(
        "OSLO (AP) — Tickets for the opening night of the band’s “Harbour” tour sold out Tuesday, and "
        "ticket agency Nordbillett said a second night in Oslo was added because of the demand."
    )
    assert source_names(claim_with(e, "second night in Oslo")) == ["Nordbillett"]
    assert source_names(claim_with(e, "sold out")) == []


def test_adding_to_a_thing_is_what_the_fact_does_not_words(run):
    e = run(
        "Rents rose 6% in the second quarter, adding to pressure on tenants. The landlord praised the "
        'staff, adding: "They worked all winter." Ana Obi denied the claim, adding that no money '
        "changed hands."
    )
    assert source_names(claim_with(e, "Rents rose")) == []
    assert not any("added to pressure" in c.text for c in e.claims)
    assert source_names(claim_with(e, "worked all winter")) == ["The landlord"]
    assert source_names(claim_with(e, "no money changed hands")) == ["Ana Obi"]


def test_a_dashed_clause_between_subject_and_verb_is_an_aside_not_what_was_said(run):
    e = run(
        "The mayor — she took office in May — said the ferry would run again in June. Each of the "
        "farmer’s four children — he has two daughters and two sons — wrote letters to the court."
    )
    assert source_names(claim_with(e, "ferry would run")) == ["The mayor"]
    assert not any(
        s.name.lower().startswith("letters") or "children" in s.name for c in e.claims for s in c.sources
    )


def test_a_figure_reported_in_a_with_clause_is_the_reporters(run):
    e = run(
        "Shares in Harwick Foods fell 3%, with the company reporting a loss of $40 million. "
        "Prices rose, with analysts warning that the outlook was weak. Sales rose, with demand strong."
    )
    assert source_names(claim_with(e, "loss of $40 million")) == ["the company"]
    assert source_names(claim_with(e, "outlook was weak")) == ["analysts"]
    assert source_names(claim_with(e, "Shares in Harwick")) == []


def test_what_reports_or_rumours_passed_round_say_is_theirs(run):
    e = run(
        "Reports emerged on Monday that the coach had resigned. Rumours circulated that the club would "
        "be sold. The virus spread that week."
    )
    assert source_names(claim_with(e, "coach had resigned")) == ["Reports"]
    assert source_names(claim_with(e, "club would be sold")) == ["Rumours"]
    assert source_names(claim_with(e, "virus spread")) == []


def test_a_reason_cited_is_the_one_citing_its(run):
    e = run(
        "Deputy Mayor Ana Obi, presiding in the absence of the mayor, cited the need for three more "
        "buses as the reason for the fare rise. The review cited 14 studies."
    )
    assert source_names(claim_with(e, "three more buses")) == ["Ana Obi"]
    assert source_names(claim_with(e, "14 studies")) == []


def test_making_much_of_something_and_announcing_a_launch_are_the_speakers(run):
    e = run(
        "Kettle chief executive Ana Obi unveiled the new laptops on Monday, emphasising their battery "
        "life. Obi also announced the launch of a new range of tablets."
    )
    assert source_names(claim_with(e, "battery life")) == ["Ana Obi"]
    assert source_names(claim_with(e, "launch of a new range")) == ["Ana Obi"]


def test_finance_disclaimers_labels_and_reposting_lines_are_furniture():
    text = (
        "Bakery chain sells out\n\n"
        "Episode Date: March 12, 2018\n\n"
        "The chain sold 4,000 loaves on Tuesday, its owner said.\n\n"
        "In this article:\n\n"
        "Author: Harwick Wire\n\n"
        "Related News:\n"
        "Dock workers reject offer, go on strike\n\n"
        "This article does not provide any financial advice and is not a recommendation to buy any "
        "security. Past performance is not an indicator of future performance.\n\n"
        "Past performance is no guarantee of future results.\n\n"
        "Originally published by Harwick Wire\n\n"
        "Filed in Harwick >Politics."
    )
    found = [text[s:e] for s, e in find_furniture(text)]
    for line in (
        "Episode Date: March 12, 2018",
        "In this article:",
        "Author: Harwick Wire",
        "Related News:",
        "Dock workers reject offer, go on strike",
        "Past performance is no guarantee of future results.",
        "Originally published by Harwick Wire",
        "Filed in Harwick >Politics.",
    ):
        assert line in found
    assert any(f.startswith("This article does not provide any financial advice") for f in found)
    assert not any("4,000 loaves" in f for f in found)


def test_a_fund_saying_past_performance_is_no_guide_is_still_a_claim(run):
    e = run("The fund’s manager, Ana Obi, said past performance was not a guide to future returns.")
    assert source_names(claim_with(e, "past performance")) == ["Ana Obi"]


def test_an_opening_mark_typed_to_close_before_a_tag_closes_the_quotation(run):
    e = run(
        "Obi did not attend Tuesday's training session. “She complained of soreness and was examined "
        "on Wednesday. As a precaution, the club decided she would miss the cup tie “said a person "
        "with knowledge of the situation."
    )
    for words in ("complained of soreness", "miss the cup tie"):
        assert source_names(claim_with(e, words)) == ["a person with knowledge of the situation"]


# '“Kettle hid the leak,” BWX, which was founded by Kell, said.': the parser may hang the name on the
# quotation's object as an apposition and leave "said" no subject
HIDDEN_SPEAKER = (
    "“/PUNCT/punct/2 Kettle/PROPN/nsubj/2 hid/VERB/ccomp/15 the/DET/det/4 leak/NOUN/dobj/2 ,/PUNCT/punct/4 "
    "”/PUNCT/punct/7 BWX/PROPN/appos/4 ,/PUNCT/punct/7 which/PRON/nsubjpass/11 was/AUX/auxpass/11 "
    "founded/VERB/relcl/7 by/ADP/agent/11 Kell/PROPN/pobj/12 ,/PUNCT/punct/7 said/VERB/ROOT/15/say "
    "./PUNCT/punct/15"
)


def test_a_body_named_right_after_the_closing_mark_speaks_despite_its_relative_clause():
    doc = parsed_by_hand(HIDDEN_SPEAKER)
    speaker_read_as_an_apposition(doc[7])
    assert (doc[7].head.i, doc[7].dep_) == (15, "nsubj")
    # without the closing mark before it, a name that is no person stays where the parser hung it
    doc = parsed_by_hand(HIDDEN_SPEAKER.replace("”/PUNCT/punct/7", "and/CCONJ/cc/7"))
    speaker_read_as_an_apposition(doc[7])
    assert (doc[7].head.i, doc[7].dep_) == (4, "appos")


def test_recounting_joking_and_retorting_are_speech(run):
    e = run(
        "“We never lost a game at home that year,” the coach joked. Ana Obi recounted that the mill "
        "had closed in 1961. “The figures are wrong,” the minister retorted."
    )
    assert source_names(claim_with(e, "never lost a game")) == ["the coach"]
    assert source_names(claim_with(e, "mill had closed")) == ["Ana Obi"]
    assert source_names(claim_with(e, "figures are wrong")) == ["the minister"]


# "As the town battles floods, fires and droughts, a report from scientists says the river is rising":
# the parser may make the last items the subject and the report their apposition
LIST_AS_SUBJECT = (
    "As/SCONJ/mark/3 the/DET/det/2 town/NOUN/nsubj/3 battles/VERB/advcl/14/battle floods/NOUN/dobj/3/flood "
    ",/PUNCT/punct/14 fires/NOUN/nsubj/14/fire and/CCONJ/cc/6 droughts/NOUN/conj/6/drought ,/PUNCT/punct/6 "
    "a/DET/det/11 report/NOUN/appos/6 from/ADP/prep/11 scientists/NOUN/pobj/12/scientist "
    "says/VERB/ROOT/14/say the/DET/det/16 river/NOUN/nsubj/18 is/AUX/aux/18/be rising/VERB/ccomp/14/rise "
    "./PUNCT/punct/14"
)


def test_a_list_closing_an_opening_clause_is_no_speaker():
    from claims.extraction.subject_repairs import list_read_as_the_subject

    doc = parsed_by_hand(LIST_AS_SUBJECT)
    list_read_as_the_subject(doc[6])
    assert (doc[11].head.i, doc[11].dep_) == (14, "nsubj")
    assert (doc[6].head.i, doc[6].dep_) == (4, "conj")
    # a subject that can speak keeps its place
    doc = parsed_by_hand(
        LIST_AS_SUBJECT.replace("fires/NOUN/nsubj/14/fire", "officials/NOUN/nsubj/14/official")
    )
    list_read_as_the_subject(doc[6])
    assert (doc[6].head.i, doc[6].dep_) == (14, "nsubj")


def test_the_one_a_named_writer_interviews_answers_the_unlabelled_questions(run):
    e = run(
        "Interview corner\n\n"
        "A few months ago we discussed the long essay by features editor Ana Obi on the merger.\n\n"
        "This one has some reporting. The Courier’s Tom Kell interviews Bishop Ray Dunn of the "
        "Harwick Church. Here’s the interview in its entirety:\n\n"
        "Do you still own the hall? The church owns three halls, so yes. We sold two more in 2019.\n\n"
        "Will you sell the rest? No. The halls earn £40,000 a year.\n\n"
        "Who uses them? Mostly schools. Our biggest hall seats 300 people."
    )
    for words in ("owns three halls", "sold two more", "earn £40,000", "seats 300"):
        assert source_names(claim_with(e, words)) == ["Bishop Ray Dunn"]


def test_a_staff_writers_bio_a_glued_agency_credit_and_a_glued_entry_stamp_are_furniture(run):
    text = (
        "‘It could take weeks’ before the road reopenspublished at 09:15 Greenwich Mean Time\n"
        "(HNN)As the rain eases, engineers say the Harwick road will stay shut until May.\n\n"
        "Ana M. Obi is a Harwick Courier staff writer. E-mail her at ana@example.com\n\n"
        "The store opened at 9.00 and the report was updated at 14:05 BST"
    )
    found = [text[s:e] for s, e in find_furniture(text)]
    assert "published at 09:15 Greenwich Mean Time" in found
    assert "(HNN)" in found
    assert any(f.startswith("Ana M. Obi is a Harwick Courier staff writer") for f in found)
    e = run(text)
    assert source_names(claim_with(e, "stay shut until May")) == ["engineers"]
    assert claim_with(e, "road reopens")
    assert claim_with(e, "updated at 14:05 BST")  # (a stamp in a sentence, with its space, stays)


def test_a_role_or_body_in_brackets_after_a_labels_name_is_no_initials(run):
    e = run(
        "Transcript: Harwick water chief Ana Obi\n\n"
        "Harwick Water Authority director Ana Obi retires Friday. Before stepping down, she talked to "
        "radio host Tom Kell about the drought. Below is a transcript of their conversation.\n\n"
        "TOM KELL (HOST): Is it disappointing to leave in a drought year?\n\n"
        "ANA OBI (HWA): Yes and no. The reservoirs are at 41 percent, the lowest since 1976. We cut "
        "leakage by a third in five years."
    )
    for words in ("reservoirs are at 41 percent", "cut leakage"):
        assert source_names(claim_with(e, words)) == ["Ana Obi"]
    # a label the parser made a sentence of its own is no claim
    e = run(
        "Transcript: Harwick water chief Ana Obi\n\n"
        "Harwick Water Authority director Ana Obi retires Friday. She talked to radio host Tom Kell.\n\n"
        "TOM KELL (HOST): OK, is it disappointing to leave in a drought year?\n\n"
        "ANA OBI (WATER): Yes and no. The reservoirs are at 41 percent."
    )
    assert source_names(claim_with(e, "reservoirs are at 41 percent")) == ["Ana Obi"]
    assert not any("(WATER)" in c.text or c.text.startswith("ANA OBI") for c in e.claims)


def test_its_document_is_the_body_the_clause_or_the_sentence_before_is_about(run):
    e = run(
        "Kettle Foods cut 300 jobs on Monday. Its statement said the plant would close in May.\n\n"
        "Harwick Gold lifted output in March. During the quarter, the company outlined its five-year "
        "outlook, which projected the mine to produce 400,000 ounces a year."
    )
    assert source_names(claim_with(e, "plant would close")) == ["Kettle Foods"]
    assert not any("outlook" in n for c in e.claims for n in source_names(c))


def test_a_thing_that_marks_someone_out_says_nothing(run):
    e = run(
        "Deputy Ana Obi was shot on Monday. Obi was wearing a badge that identified her as a sheriff's "
        "employee at the time of the attack. Police identified the gunman as Tom Kell, 34."
    )
    assert source_names(claim_with(e, "as a sheriff")) == []
    assert source_names(claim_with(e, "gunman as Tom Kell")) == ["Police"]


def test_guards_found_by_a_second_reader(run):
    # a past "interviewed" told of in an interview's introduction names no interviewee
    e = run(
        "Broadcaster Ana Ruiz became famous in 2009, when Ruiz interviewed Tom Kell live on air. This "
        "week Ruiz talks about her new memoir.\n\nQ: Why write a memoir now?\n\n"
        "A: I turned sixty and realised I had stories nobody had heard.\n\nQ: Do you regret anything?\n\n"
        "A: Never. It was the best hour of my career."
    )
    assert source_names(claim_with(e, "best hour of my career")) == ["Broadcaster Ana Ruiz"]
    # "its" in a clause of its own is not the first clause's subject
    e = run(
        "Gorm Holdings said on Tuesday that sales had slowed. The regulator fined the developer £2m last "
        "year, and its latest statement said it would appeal against the fine."
    )
    assert source_names(claim_with(e, "appeal against the fine")) != ["The regulator"]
    # a fact that highlights something says nothing
    e = run("Retail sales fell 4% in March, highlighting the pressure on household budgets.")
    assert all(source_names(c) == [] for c in e.claims)
    # a story's own sentences that open like a disclaimer or a reposting line stay
    e = run(
        "First posted on TikTok on Sunday, the video shows an officer striking a handcuffed man, and "
        "police said the officer had been suspended.\n\n"
        "Past performance is no guarantee of future returns, the Financial Conduct Authority warned.\n\n"
        "Originally published by Penrose Press in 1962, the memoir was reissued last year."
    )
    assert source_names(claim_with(e, "officer had been suspended")) == ["police"]
    assert source_names(claim_with(e, "no guarantee")) == ["the Financial Conduct Authority"]
    assert claim_with(e, "memoir was reissued")
    # news about a reporter is no bio line; figures that confirm something say nothing
    e = run(
        "Lena Park is a Globe staff reporter who was detained at Minsk airport on Friday, her editor said. "
        "Inflation rose to 4% in June, with the figures confirming a rebound in energy prices."
    )
    assert claim_with(e, "detained at Minsk")
    assert source_names(claim_with(e, "Inflation rose")) == []
    # a hyphenated name's initials ("Ana Lopez-Ruiz (ALR):") are still its initials
    e = run(
        "Tom Kell (TK): Why did you leave the ministry?\n\n"
        "Ana Lopez-Ruiz (ALR): I was told to hide the figures and I refused.\n\n"
        "TK: Did you report it?\n\nALR: Yes, I wrote to the auditor general twice."
    )
    assert "Tom Kell" not in source_names(claim_with(e, "auditor general"))
    # a notice that describes is a document speaking
    e = run("The city council issued a notice that described the bridge as unsafe for heavy vehicles.")
    assert source_names(claim_with(e, "unsafe for heavy")) == ["a notice"]


def test_a_state_after_a_place_is_no_name_and_a_dateline_may_close_on_a_hyphen(run):
    e = run(
        "Storm updates\n\n"
        "2:00 a.m. Officials in Harwick County, Fla. confirm a second storm-related death.\n\n"
        "The company spokesman, Ana Obi, said the plant would close."
    )
    [officials] = source_names(claim_with(e, "second storm-related death"))
    assert officials.startswith("Officials in Harwick County")
    assert source_names(claim_with(e, "plant would close")) == ["Ana Obi"]
    text = (
        "FRANKFORT, Kentucky - The state energy office has released a report, written by three "
        "consultants, on the grid.\n\nThe report says demand was overstated."
    )
    assert [text[s:e] for s, e in find_furniture(text)] == ["FRANKFORT, Kentucky - "]
    e = run(text)
    assert "FRANKFORT" not in " ".join(source_names(claim_with(e, "demand was overstated")))
