"""Rules added in the twenty-fourth session on the unseen reports. Sentences written for the tests."""

from .conftest import claim_with, source_names


def test_a_statement_in_full_under_its_line_goes_on_over_first_person_paragraphs(run):
    e = run(
        "Depot fire\n\n"
        "The fire broke out on Monday.\n\n"
        "Harwick District Council released the following statement:\n\n"
        "We are aware of the fire at the depot. We have closed the road.\n\n"
        "Our crews will stay on site overnight. We expect to reopen the road on Friday.\n\n"
        "The fire service said the cause was unknown. Firefighters left the site at noon."
    )
    for words in ("closed the road", "stay on site", "reopen the road"):
        assert source_names(claim_with(e, words)) == ["Harwick District Council"]
    assert source_names(claim_with(e, "cause was unknown")) == ["The fire service"]
    assert source_names(claim_with(e, "left the site")) == []


def test_a_name_label_carries_its_statement_until_the_next_label(run):
    e = run(
        "Democrat Ruth Marlow beat Republican Owen Tennant in the 4th District on Tuesday.\n\n"
        "Here are the statements in full:\n\n"
        "Marlow:\n\n"
        "I am grateful to every volunteer who knocked on doors for this campaign.\n\n"
        "My first bill will cut the cost of school meals by a third.\n\n"
        "Tennant:\n\n"
        "We fought hard for the valley and we will be back in two years.\n\n"
        "The turnout was 58 percent."
    )
    assert source_names(claim_with(e, "cut the cost")) == ["Ruth Marlow"]
    assert source_names(claim_with(e, "fought hard")) == ["Owen Tennant"]
    assert source_names(claim_with(e, "turnout was")) == []


def test_a_street_that_spoke_is_no_rival_for_a_later_she(run):
    e = run(
        'Sorry, not enough "upside surprise" on the revenue, Wall Street said, and the shares lost '
        "3% on Monday.\n\n"
        "Adding to the gloom was a sober assessment from chief executive Marta Velasquez in a "
        "statement. She said the company's performance should have been stronger."
    )
    assert source_names(claim_with(e, "should have been stronger")) == ["Marta Velasquez"]


def test_a_place_hung_on_a_role_beside_the_name_is_not_who_wrote(run):
    e = run(
        "The judge should have informed him, Reed’s attorney, Fairfax County public defender "
        "Matthew Colby, wrote."
    )
    assert source_names(claim_with(e, "should have informed")) == ["Matthew Colby"]


def test_what_talks_left_out_is_the_speakers_account_not_a_silence(run):
    e = run(
        "According to Kremlin spokesman Ilya Voronov, the larger situation of bilateral relations was "
        "not discussed during talks between intelligence services. The mayor did not discuss the plan."
    )
    assert source_names(claim_with(e, "not discussed")) == ["Ilya Voronov"]
    assert source_names(claim_with(e, "did not discuss")) == []


def test_in_someones_view_or_opinion_is_their_account(run):
    e = run(
        "Oskar Lind, the harbour master, spoke on Monday. The reason, in his opinion, is that the "
        "channel has silted up.\n\n"
        "In the view of the port authority, the quay is safe. In view of the storm, the ferry was "
        "cancelled."
    )
    assert source_names(claim_with(e, "silted up")) == ["Oskar Lind"]
    assert source_names(claim_with(e, "quay is safe")) == ["the port authority"]
    assert source_names(claim_with(e, "ferry was cancelled")) == []


def test_a_that_clause_read_as_when_the_year_is_what_was_announced(run):
    e = run(
        "Harlow officials announced at the start of the year that Velda Corp. of Townsend, Maine, "
        "would build the plant in the industrial park. The mayor spoke at the end of the year that "
        "the mill closed."
    )
    assert source_names(claim_with(e, "would build the plant")) == ["Harlow officials"]
    assert source_names(claim_with(e, "mill closed")) == []


def test_with_someone_warning_on_the_noun_of_with_is_their_statement(run):
    e = run("Prices rose again, with analysts warning that the outlook was weak.")
    assert source_names(claim_with(e, "outlook was weak")) == ["analysts"]
    assert claim_with(e, "Prices rose").text.rstrip(".") == "Prices rose again"
    assert source_names(claim_with(e, "Prices rose")) == []


def test_a_newspaper_named_post_or_record_is_the_paper_not_a_document(run):
    e = run(
        "Authorities in Tarrow County blamed outside agitators for the unrest.\n\n"
        "The Denver Post reported that the mayor's team decided he should not address the city. "
        "The Bergen Record reported that the council would meet on Friday."
    )
    assert source_names(claim_with(e, "not address the city")) == ["The Denver Post"]
    assert source_names(claim_with(e, "meet on Friday")) == ["The Bergen Record"]


def test_the_his_of_an_object_is_the_name_owning_a_subject_that_is_no_person(run):
    e = run("Ruth Kell opened the festival on Friday. Ana Obi’s new memoir recounts her childhood in Lagos.")
    assert "Ana Obi’s childhood" in claim_with(e, "memoir recounts").text


def test_a_result_set_against_forecasts_is_the_reports_own_comparison(run):
    e = run(
        "Velda Foods reported earnings from ongoing operations of 62 cents a share, beating Wall Street "
        "expectations that were about three cents lower."
    )
    assert source_names(claim_with(e, "62 cents")) == ["Velda Foods"]
    assert source_names(claim_with(e, "beating")) == []


def test_a_clause_with_its_own_subject_after_a_tag_set_off_by_commas_is_the_reports(run):
    e = run(
        'Sorry, not enough "upside surprise" on the revenue, Wall Street said, and the baker\'s shares '
        "lost 2.4% to $44.06 in trading Monday."
    )
    assert source_names(claim_with(e, "upside surprise")) == ["Wall Street"]
    assert source_names(claim_with(e, "shares lost")) == []
