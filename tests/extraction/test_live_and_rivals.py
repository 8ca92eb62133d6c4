"""A live blog's clock stamps, a participle describing the speakers, and a pronoun after a person
named in its own sentence. Sentences written for the test."""

from claims.extraction.stamps import stamp_label

from .conftest import claim_with, source_names


def test_a_clock_time_in_front_of_a_live_entry_is_a_stamp():
    assert stamp_label("1.37pm: Police say the road is closed.") == len("1.37pm: ")
    assert stamp_label("14:05 BST - The minister arrives.") == len("14:05 BST - ")
    assert stamp_label("1.37pm and counting") == 0


def test_a_live_entry_credits_the_outlet_reporting_not_the_time(run):
    e = run(
        "Explosion at arena\n\n"
        "1.37pm: The prime minister's campaign is being suspended after the explosion, Sky News reports."
    )
    assert source_names(claim_with(e, "campaign is being suspended")) == ["Sky News"]


def test_a_participle_describing_speakers_is_not_their_name(run):
    e = run(
        "European ministers gathering at a summit in the Slovak capital of Bratislava have said "
        "they are ready to impose new tariffs."
    )
    assert source_names(claim_with(e, "new tariffs")) == ["European ministers"]


def test_he_after_a_man_named_in_his_own_sentence_is_not_the_last_speaker(run):
    e = run(
        "Tomas Reyes, the rail minister, refused to apologise. When it was put to Daniel Pryce, the "
        "union's general secretary, that drivers could lose public support, he argued that drivers "
        "were the victims of a campaign."
    )
    assert "Tomas Reyes" not in source_names(claim_with(e, "victims of a campaign"))


def test_whom_a_quotation_names_is_no_rival_for_its_speaker(run):
    e = run(
        "Ana Petrov leads the teachers' union. Tomas Reyes said the strike was a last resort. "
        '"We have tried to persuade Daniel Pryce to change his mind, he is unwilling," he said.'
    )
    assert source_names(claim_with(e, "persuade Daniel Pryce")) == ["Tomas Reyes"]


def test_a_press_secretary_is_no_outlet_for_an_unnamed_report(run):
    e = run(
        "Minister denies crying\n\n"
        "A report at the weekend said the minister was close to tears when he met backbenchers.\n\n"
        "His press secretary said he would meet more MPs on Tuesday."
    )
    assert "His press secretary" not in source_names(claim_with(e, "close to tears"))


def test_a_public_agency_is_no_news_agency():
    from claims.extraction.entities import kind_of_name

    assert kind_of_name("National Anti-Doping Agency") == "government"
    assert kind_of_name("Xinhua news agency") == "news_org"
    assert kind_of_name("the press office") != "news_org"


def test_a_dateline_after_a_stamp_is_furniture(run):
    e = run(
        "Man shot at store\n\n"
        "date 2019-01-15 PEORIA (3TV/CBS 5) -- Police have released new information about the shooting."
    )
    assert not any("PEORIA" in c.text for c in e.claims)


def test_a_street_is_no_person_and_a_surname_that_is_a_day_still_speaks(run):
    e = run(
        "Ashley Day, of Bellenger Way, Carterton, denied the offences. "
        "He certainly denies that it was him, his barrister said."
    )
    assert source_names(claim_with(e, "denied the offences")) == ["Ashley Day"]
    assert "Bellenger Way" not in claim_with(e, "certainly denies").text


def test_any_verb_inverted_after_a_quotation_is_its_speech_tag(run):
    e = run('"We will win the seat in May," quipped Ana Ruiz, the party chair.')
    assert source_names(claim_with(e, "win the seat")) == ["Ana Ruiz"]


def test_he_continued_before_a_quotation_is_the_last_speaker(run):
    e = run(
        "Tomas Reyes denied the charges.\n\n"
        "Prosecutor Daniel Pryce said the girl had told her mother in 2020.\n\n"
        '"The abuse went on for a significant period of time."\n\n'
        'He continued: "The prosecution case is that the girl is telling the truth."'
    )
    assert source_names(claim_with(e, "telling the truth")) == ["Daniel Pryce"]


def test_her_owned_by_a_described_subject_gets_no_name_written_in(run):
    e = run("Jana Novak denied the charges. Prosecutor Daniel Pryce said the girl had told her mother.")
    assert "Jana Novak" not in claim_with(e, "told her mother").text


def test_a_scene_participle_before_a_name_read_as_its_object_is_no_source(run):
    e = run("Opening the trial, prosecuting barrister Daniel Pryce said the girl was seven in 2015.")
    assert source_names(claim_with(e, "seven in 2015")) == ["Daniel Pryce"]


def test_she_asked_that_is_her_request(run):
    e = run("Jana Novak runs the ward. She asked that visitors stay away until the outbreak ends.")
    assert source_names(claim_with(e, "visitors stay away")) == ["Jana Novak"]


def test_a_caption_over_a_credit_broken_over_lines_is_furniture(run):
    e = run(
        "Council approves emergency plan\n\n"
        "date 2022-12-13 Support for the Ledger comes from\n"
        "A man in a white hoodie holds a poster that reads Veto the plan.\n"
        "Members of the public hold signs at Tuesday's meeting.\n"
        "(Ana Ruiz\n/\nfor The Ledger)\n"
        "The city council on Tuesday approved the mayor's emergency declaration on housing by 12 votes to 0."
    )
    texts = " ".join(c.text for c in e.claims)
    assert "hoodie" not in texts and "hold signs" not in texts and "Support for" not in texts
    assert claim_with(e, "12 votes to 0")


def test_a_bullet_is_not_part_of_a_speakers_name(run):
    e = run("Briefs\n\n■ Scott Cain, police chief of Kensington, said officers found 70 cats in the house.")
    assert source_names(claim_with(e, "70 cats")) == ["Scott Cain"]


def test_a_street_abbreviation_in_quotation_marks_does_not_end_the_sentence(run):
    e = run(
        "Briefs\n\n• Ana Ruiz, a site manager, said a new sign for “Delaware Ave.” on Interstate 95 "
        "has gone up to replace one that misspelled it."
    )
    assert source_names(claim_with(e, "has gone up")) == ["Ana Ruiz"]


def test_it_is_never_a_group_of_people_that_spoke(run):
    e = run(
        "The watchdog said migrants face deportation. Afghan deportees told the watchdog that small "
        'errors cost them their status. "Border guards deport thousands summarily," it added.'
    )
    assert source_names(claim_with(e, "deport thousands")) != ["Afghan deportees"]


def test_as_an_outlet_reported_names_whose_account_it_is(run):
    e = run("The report had sent the company's shares 9 percent higher, as Reuters notes.")
    assert source_names(claim_with(e, "9 percent higher")) == ["Reuters"]
    assert "as Reuters" not in claim_with(e, "9 percent higher").text


def test_as_someone_said_they_would_is_no_attribution(run):
    e = run("The minister resigned on Friday, as she had said she would.")
    assert source_names(claim_with(e, "resigned on Friday")) == []


def test_a_full_name_the_tagger_found_is_the_speaker_not_the_titles_before_it(run):
    e = run(
        "NATO Secretary General Mark Rutte said Mr Putin had made a mistake by sending a junior "
        "delegation.\n\nHe said pressure must now be put on the Russian leader."
    )
    assert source_names(claim_with(e, "pressure must now be put")) == ["Mark Rutte"]


def test_this_paper_is_the_reports_own_voice(run):
    e = run("This paper had reported on Wednesday that the sprinter did not board his flight.")
    assert source_names(claim_with(e, "did not board")) == []


def test_most_said_is_the_group_counted_before(run):
    e = run(
        "The paper surveyed 14 Republican strategists last week. None called the task impossible, but "
        "most said the path to a majority is narrower than in May."
    )
    assert "Republican strategists" in " ".join(source_names(claim_with(e, "path to a majority")))


def test_most_of_a_group_named_with_it_is_that_group(run):
    e = run("Most said the plan would fail.")
    assert "strategists" not in " ".join(source_names(claim_with(e, "plan would fail")))


def test_said_although_introduces_what_was_said(run):
    e = run(
        "Chief executive Ana Ruiz said although bookings for some products softened, the backlog "
        "will lead to growth in the fourth quarter."
    )
    assert source_names(claim_with(e, "backlog will lead to growth")) == ["Ana Ruiz"]


def test_an_apposition_after_the_last_coordinated_name_describes_that_name(run):
    e = run(
        "A coup ousted President Tomas Reyes in June. Neither Reyes nor Daniel Pryce, the "
        "army-backed leader who replaced him, stood in the election."
    )
    claim = claim_with(e, "replaced")
    assert claim.text.startswith("Daniel Pryce") and "Reyes replaced" not in claim.text
    assert "army-backed" not in claim_with(e, "stood in the election").text


def test_it_after_a_thing_the_sentence_is_about_is_not_the_speaking_body(run):
    e = run(
        "The strike has been condemned by the Department for Education (DfE) who say it will "
        "disrupt parents' lives."
    )
    claim = claim_with(e, "disrupt parents")
    assert "Department for Education will" not in claim.text
    assert source_names(claim) == ["the Department for Education"]


def test_the_union_speaking_of_itself_is_still_the_union(run):
    e = run("The union said it would call strikes in May.")
    assert claim_with(e, "call strikes").text.startswith("The union")


def test_a_verdict_is_no_attribution(run):
    e = run(
        "Three months after a jury found Tomas Reyes guilty of killing his wife, the 75-year-old man "
        "was sentenced to life in prison."
    )
    assert source_names(claim_with(e, "sentenced to life")) == []


def test_the_subject_right_after_a_trailing_speech_verb_is_the_speaker(run):
    e = run(
        "The museum has 78,000 fossil specimens in its database, most of them from the state, "
        "said Ana Ruiz, the curator."
    )
    assert source_names(claim_with(e, "78,000 fossil specimens")) == ["Ana Ruiz"]


def test_whom_a_quotation_names_is_never_the_he_of_its_tag(run):
    e = run(
        'Reyes rues missed chances\n\n"Of course. When you lose 5-0, it is hard to explain," Reyes said.\n\n'
        '"Before the goal we had two clear chances. We could have scored with Arnold," he said.'
    )
    assert "Arnold" not in source_names(claim_with(e, "two clear chances"))


def test_reported_speech_goes_on_after_a_semicolon(run):
    e = run("The mayor said six people lived in the two buildings; three had been accounted for.")
    assert source_names(claim_with(e, "accounted for")) == ["The mayor"]


def test_a_new_party_after_a_semicolon_is_not_put_in_the_first_speakers_mouth(run):
    e = run("The mayor said the bridge was safe; engineers found cracks in two of its piers.")
    assert "The mayor" not in source_names(claim_with(e, "cracks in two"))
    # nor the first speaker's words in the new party's (the parse had hung them under "found")
    assert source_names(claim_with(e, "bridge was safe")) == ["The mayor"]
