"""Whole reports written for these tests (not the seed report), one behaviour per test."""

from .conftest import claim_with, source_names


def test_according_to_a_role_resolves_to_the_name_given_later(report):
    _, e = report("port-strike")
    assert source_names(claim_with(e, "talks to end the strike")) == ["Maria Alvarez"]


def test_quote_after_she_added_is_hers(report):
    _, e = report("port-strike")
    assert source_names(claim_with(e, "Harbour Holdings, had agreed")) == ["Maria Alvarez"]


def test_a_group_denial(report):
    _, e = report("port-strike")
    claim = claim_with(e, "made in writing")
    assert (claim.sources[0].name, claim.sources[0].role) == ("The union", "denied")


def test_wire_report_citing_people_familiar(report):
    _, e = report("port-strike")
    claim = claim_with(e, "40% of its traffic")
    assert [(s.name, s.role, s.parent) for s in claim.sources] == [
        ("Reuters", "reported", None),
        ("two people familiar with the negotiations", "cited", 0),
    ]


def test_declined_to_comment_is_the_reports_own_voice(report):
    _, e = report("port-strike")
    assert claim_with(e, "declined to comment").sources == ()


def test_quotation_before_its_speaker_in_the_next_sentence(report):
    _, e = report("museum-theft")
    assert source_names(claim_with(e, "carefully planned operation")) == ["Claire Martin"]


def test_subjectless_said_after_the_content(report):
    _, e = report("museum-theft")
    claim = claim_with(e, "detained at a farmhouse")
    assert source_names(claim) == ["the regional prosecutor's office"]
    assert "prosecutor" not in claim.text


def test_her_client_is_the_lawyers_client(report):
    _, e = report("museum-theft")
    assert claim_with(e, "client denied").text.startswith("Sophie Blanc’s client")


def test_organisation_speaking_of_itself_as_it(report):
    _, e = report("carmaker-jobs")
    assert claim_with(e, "would call strikes").text.startswith("The IG Metall union would call strikes")


def test_headline_is_a_duplicate_of_the_lead(report):
    _, e = report("carmaker-jobs")
    headline = e.claims[0]
    assert headline.duplicate_of is not None
    assert "Stuttgart" in e.claims[headline.duplicate_of].text


def test_officials_speaking_anonymously_are_a_group_source(report):
    _, e = report("senate-probe")
    claim = claim_with(e, "under investigation")
    assert claim.sources[0].name == "two officials familiar with the inquiry"
    assert claim.sources[0].kind == "group"


def test_has_said_and_claimed_in_an_interview(report):
    _, e = report("senate-probe")
    assert source_names(claim_with(e, "did nothing wrong")) == ["Rachel Moore"]
    claim = claim_with(e, "blind trust")
    assert (claim.sources[0].name, claim.sources[0].role) == ("Rachel Moore", "claimed")
    assert [(e.references[i].kind, e.references[i].publisher) for i in claim.references] == [
        ("statement", "CNN")
    ]


def test_statement_from_a_body_credits_the_body(report):
    _, e = report("senate-probe")
    claim = claim_with(e, "ongoing investigations")
    assert source_names(claim) == ["the committee"]
    assert claim.text.startswith("The committee did not comment")


def test_description_in_apposition_is_about_the_person(report):
    _, e = report("senate-probe")
    assert claim_with(e, "Democrat from Oregon").text == "Rachel Moore is a Democrat from Oregon"


def test_headline_with_prosecutors_say_is_attributed_and_deduplicated(report):
    _, e = report("mining-bribery")
    headline = e.claims[0]
    assert source_names(headline) == ["Swedish prosecutors"] or headline.duplicate_of is not None


def test_according_to_court_documents_names_the_documents(report):
    _, e = report("mining-bribery")
    assert source_names(claim_with(e, "routed through a consultancy")) == ["court documents"]


def test_description_inside_a_reported_statement_is_the_reports_own_voice(report):
    _, e = report("mining-bribery")
    assert claim_with(e, "former chief executive of Nordmin").sources == ()


def test_title_before_a_name_is_dropped(report):
    _, e = report("mining-bribery")
    assert source_names(claim_with(e, "three other executives")) == ["Anna Holm"]


def test_related_teaser_and_topics_are_furniture(report):
    text, e = report("mining-bribery")
    dropped = [text[s:t] for s, t in e.furniture]
    assert "Related: Nordmin profits slump as gold price falls" in dropped
    assert "Photo: Erik Berg/TT News Agency" in " ".join(dropped)
    assert not any("Related" in c.text for c in e.claims)


def test_study_published_in_a_journal_is_credited_to_the_journal(report):
    _, e = report("vaccine-stockpile")
    claim = claim_with(e, "hospital admissions by 68%")
    assert source_names(claim) == ["Lancet"]
    assert [e.references[i].kind for i in claim.references] == ["article"]


def test_figures_seen_by_an_outlet_are_credited_to_the_outlet(report):
    _, e = report("vaccine-stockpile")
    assert source_names(claim_with(e, "less than half")) == ["Guardian"]


def test_restrictive_clause_on_a_bare_plural_stays_in_its_claim(report):
    _, e = report("vaccine-stockpile")
    assert claim_with(e, "£340m").text == "£340m had been spent on doses that expired before use"


def test_newsletter_sign_up_is_furniture(report):
    _, e = report("vaccine-stockpile")
    assert not any("Sign up" in c.text for c in e.claims)


def test_reference_links_only_the_claims_it_cues(report):
    _, e = report("vaccine-stockpile")
    assert claim_with(e, "12m doses").references == ()


def test_participle_after_a_statement_is_a_claim_of_the_speaker(report):
    _, e = report("eu-fine")
    claim = claim_with(e, "legally flawed")
    assert claim.text == "Vantrix called the decision legally flawed and commercially naive"
    assert source_names(claim) == ["Vantrix"]


def test_she_said_goes_to_the_last_speaker_not_the_last_subject(report):
    _, e = report("eu-fine")
    assert source_names(claim_with(e, "Customers paid the price")) == ["Margrethe Olsen"]


def test_a_company_glossed_by_its_trade_is_not_a_person(report):
    _, e = report("eu-fine")
    assert claim_with(e, "would appeal").sources[0].kind != "person"


def test_posting_on_social_media_attributes_and_records_the_post(report):
    _, e = report("eu-fine")
    claim = claim_with(e, "tax on American innovation")
    assert source_names(claim) == ["Mark Holt"]
    assert [e.references[i].kind for i in claim.references] == ["social"]


def test_headline_paraphrase_is_a_duplicate(report):
    _, e = report("eu-fine")
    assert e.claims[0].duplicate_of is not None


def test_it_added_after_the_club_said_is_the_club(report):
    _, e = report("club-land")
    assert source_names(claim_with(e, "fund repairs")) == ["The club"]


def test_when_clause_with_its_own_subject_is_a_claim_of_its_own(report):
    _, e = report("club-land")
    claim = claim_with(e, "independent valuation")
    assert claim.text.startswith("An independent valuation put")
    assert source_names(claim) == ["Northern Echo"]


def test_quoted_passive_verbs_sharing_a_subject_stay_one_statement(report):
    _, e = report("club-land")
    assert (
        claim_with(e, "signed off").text
        == "Every sale was approved by the board and signed off by our auditors"
    )


def test_documents_in_the_headline_are_credited_to_who_holds_them(report):
    _, e = report("club-land")
    headline = e.claims[0]
    kept = e.claims[headline.duplicate_of] if headline.duplicate_of is not None else headline
    assert source_names(kept)[0] == "Northern Echo"


def test_age_in_apposition_is_left_out(report):
    _, e = report("club-land")
    assert claim_with(e, "denies any wrongdoing").text == "Gary Price denies any wrongdoing"


def test_according_to_on_the_last_conjunct_covers_the_first(report):
    _, e = report("dam-collapse")
    assert source_names(claim_with(e, "40 people were killed")) == ["the United Nations"]


def test_speakers_second_verb_is_their_act_not_part_of_what_they_said(report):
    _, e = report("dam-collapse")
    claim = claim_with(e, "blamed the national government")
    assert claim.text.startswith("The regional governor blamed")
    assert (claim.sources[0].name, claim.sources[0].role) == ("Hamid Farouk", "accused")


def test_coordinated_said_takes_the_first_verbs_subject(report):
    _, e = report("dam-collapse")
    assert source_names(claim_with(e, "held to account")) == ["The prime minister"]
