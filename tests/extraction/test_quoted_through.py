"""Speakers quoted through someone else ("was quoted as saying", "quoted by the agency as saying")
and quotations typed with mismatched marks. Sentences written for the test."""

from claims.extraction.segment import quote_depth

from .conftest import claim_with, source_names


def test_quoted_as_saying_credits_the_one_quoted(run):
    e = run("The harbour master was quoted as saying that two ferries had been grounded.")
    assert source_names(claim_with(e, "two ferries had been grounded")) == ["The harbour master"]


def test_quoted_by_an_agency_nests_the_speaker_under_it(run):
    e = run(
        "Transport Minister Ilse Varga was quoted by the Hungarian news agency MTI "
        "as saying the line would reopen in May."
    )
    names = source_names(claim_with(e, "line would reopen"))
    assert "MTI" in " ".join(names) and any("Ilse Varga" in n for n in names)


def test_quoting_without_saying_is_no_attribution(run):
    e = run("The museum quoted a price of 40 euros for the restoration.")
    assert source_names(claim_with(e, "price of 40 euros")) == []


def test_a_straight_quote_closed_by_a_curly_one_closes():
    assert quote_depth('"We have lost the north,” said the mayor') == 0
    assert quote_depth('“We have lost the north," said the mayor') == 0
    assert quote_depth('"We have lost the north') == 1


def test_mismatched_quotation_marks_keep_the_speaker(run):
    e = run('"The army has lost control of the northern valleys,” said Hassan Omar, a council member.')
    assert source_names(claim_with(e, "lost control")) == ["Hassan Omar"]


def test_an_outlet_quoting_someone_as_saying_nests_the_one_quoted(run):
    e = run("State radio quoted the harbour master as saying that two ferries had sunk.")
    names = source_names(claim_with(e, "two ferries had sunk"))
    assert names[0] == "State radio" and any("harbour master" in n for n in names[1:])


def test_they_in_words_a_body_quotes_is_not_the_body(run):
    e = run('"They could hear people calling for help," state television quoted Li Wen as saying.')
    assert claim_with(e, "calling for help").text.startswith("They")


def test_an_organisations_possessive_is_not_part_of_the_persons_name(run):
    e = run(
        '"Rates will stay flat," said Anna Wielgus, economist at Harbor Bank. '
        '"The recovery is fragile," Harbor\'s Wielgus added.'
    )
    assert source_names(claim_with(e, "recovery is fragile")) == ["Anna Wielgus"]


def test_a_possessive_inside_a_bodys_own_name_stays(run):
    e = run("The Children's Hospital said that it had treated 40 patients.")
    assert "Children" in source_names(claim_with(e, "40 patients"))[0]


def test_a_title_with_a_full_stop_does_not_end_the_sentence(run):
    e = run("The library sits in Supt. Dana Hale's district and will close in May.")
    assert not any(c.text.rstrip(".").endswith("Supt") for c in e.claims)
    assert any("Dana Hale" in c.text for c in e.claims)


def test_a_relative_sharing_a_surname_is_not_the_same_person(run):
    e = run(
        "Former mayor Dean Varo was sentenced on Tuesday. Varo wept in court.\n\n"
        'Later, his son Adam Varo said of his father: "We no longer speak."'
    )
    assert source_names(claim_with(e, "no longer speak")) == ["Adam Varo"]


def test_she_is_never_a_people_named_in_the_plural(run):
    e = run(
        "The judge said the senator had damaged the respect New Englanders have in their government. "
        "She also cited a need to deter other officials."
    )
    assert not any("New Englanders also" in c.text for c in e.claims)


def test_a_quotation_after_a_speakers_sentence_in_its_paragraph_is_theirs(run):
    e = run(
        'The ministry\'s letters were "hostile to the court", Judge Ana Mills said in her ruling. '
        '"The letters were frequently defensive. Too much time was spent on them." '
        "The ministry said it would appeal."
    )
    assert source_names(claim_with(e, "frequently defensive")) == ["Ana Mills"]
    assert source_names(claim_with(e, "Too much time was spent")) == ["Ana Mills"]
    assert source_names(claim_with(e, "would appeal")) == ["The ministry"]


def test_a_quotation_after_a_sentence_of_the_reports_own_is_nobodys(run):
    e = run('Judge Ana Mills sat in Leeds on Monday. "The letters were frequently defensive."')
    assert source_names(claim_with(e, "frequently defensive")) == []


def test_a_tag_after_an_exclamation_closing_a_quotation_names_its_speaker(run):
    e = run(
        '"Was it the perfect start? In terms of the result, we dominated. Performance, no!" said '
        'Hale.\n\n"In the first half we were sloppy in our passing and lost the ball 40 times."'
    )
    assert source_names(claim_with(e, "we dominated")) == ["Hale"]
    assert source_names(claim_with(e, "lost the ball 40 times")) == ["Hale"]


def test_a_speaker_citing_a_report_inside_their_quotation_is_still_the_speaker(run):
    e = run(
        '"As per the preliminary report, one Olympic-bound athlete has tested positive," agency '
        'director Navin Rao told the paper. "We have informed the athlete."'
    )
    assert source_names(claim_with(e, "tested positive")) == ["Navin Rao"]
    assert source_names(claim_with(e, "informed the athlete")) == ["Navin Rao"]


def test_according_to_outside_the_speech_says_whose_account_it_is(run):
    e = run("The pilot reportedly said conditions were not ideal for a second drop, according to the county.")
    assert source_names(claim_with(e, "not ideal"))[0] == "the county"
