"""The claim desk: what it shows, and every action as a plain form post (no JavaScript) and via htmx."""

import pytest
from django.urls import reverse

from claims.models import Attribution, ClaimRelation, EvidenceNote
from sources.models import Reference, Source
from tests.desk.helpers import attribute, htmx, source

pytestmark = pytest.mark.django_db


def url(name, claim, *args):
    return reverse(f"desk:{name}", args=[claim.pk, *args])


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


# --- What the desk shows ---------------------------------------------------------------------------


def test_desk_shows_the_passage_in_context_with_the_passage_marked(client, checker, report, make_claim):
    start = report.body.index("The housing minister")
    end = report.body.index("40,000.") + len("40,000.")
    claim = make_claim(text="Jane Doe resigned.", start=start, end=end)
    client.force_login(checker)
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "<mark>The housing minister, Jane Doe, resigned on Monday" in html
    assert "Minister resigns over housing figures" in html  # text before the passage
    assert "The numbers were checked twice" in html  # text after it


def test_desk_renders_evidence_as_escaped_text_with_links(client, checker, claim):
    EvidenceNote.objects.create(
        claim=claim, text="See https://example.org/stats <script>alert(1)</script>", internal=False
    )
    client.force_login(checker)
    html = client.get(claim.get_absolute_url()).content.decode()
    assert '<a href="https://example.org/stats" rel="nofollow">https://example.org/stats</a>' in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_desk_separates_internal_notes(client, checker, claim):
    EvidenceNote.objects.create(claim=claim, text="Public evidence", internal=False)
    EvidenceNote.objects.create(claim=claim, text="Ring the press office", internal=True)
    client.force_login(checker)
    response = client.get(claim.get_absolute_url())
    assert [n.text for n in response.context["evidence"]] == ["Public evidence"]
    assert [n.text for n in response.context["internal_notes"]] == ["Ring the press office"]


def test_desk_lists_attributions_references_and_relations(client, checker, claim, make_claim):
    attribute(claim, source("Jane Doe"), role="said")
    reference = Reference.objects.create(title="Housing statistics", url="https://example.org/h")
    reference.claims.add(claim)
    other = make_claim(text="Other claim")
    ClaimRelation.objects.create(from_claim=claim, to_claim=other, kind="supports")
    client.force_login(checker)
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "Jane Doe" in html
    assert "Housing statistics" in html
    assert "capture-" in html  # its archive state
    assert f'href="{other.get_absolute_url()}"' in html


def test_desk_shows_the_history_timeline(client, checker, claim):
    from claims import services

    services.change_status(claim=claim, to="in_progress", actor=checker, note="starting")
    client.force_login(checker)
    response = client.get(claim.get_absolute_url())
    [entry] = response.context["history"]
    html = response.content.decode()
    assert entry.field == "status"
    assert 'Unreviewed</span> → <span class="to">In progress' in html
    assert "starting" in html


def test_every_claim_form_on_the_desk_carries_the_version(client, checker, claim):
    client.force_login(checker)
    html = client.get(claim.get_absolute_url()).content.decode()
    forms = html.count('method="post" action="/desk/claims/')
    versions = html.count('name="version"') + html.count('-version"')
    assert forms > 5
    assert versions >= forms - html.count("/archive/")


# --- No-JS form posts: POST, then back to the desk with a message ------------------------------------


def test_text_edit_without_javascript_redirects_back_with_a_message(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("edit_text", claim), {"text": "The minister quit.", "version": 1}, follow=True)
    assert response.redirect_chain == [(claim.get_absolute_url(), 302)]
    assert "Claim text saved." in messages_of(response)
    claim.refresh_from_db()
    assert (claim.text, claim.version) == ("The minister quit.", 2)


def test_empty_text_is_refused_with_the_reason(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("edit_text", claim), {"text": "  ", "version": 1})
    assert response.status_code == 422
    assert "A claim needs some text." in response.content.decode()


def test_status_change_without_javascript(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("status", claim), {"to": "in_progress", "version": 1})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == "in_progress"
    assert claim.history.get().to_value == "in_progress"


def test_next_can_send_a_queue_post_back_to_the_queue(client, checker, claim):
    client.force_login(checker)
    back = reverse("desk:queue") + "?status=unreviewed"
    response = client.post(url("assign", claim), {"me": "1", "version": 1, "next": back})
    assert response["Location"] == back


def test_next_pointing_off_site_is_ignored(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("assign", claim), {"me": "1", "version": 1, "next": "https://evil.example/"})
    assert response["Location"] == claim.get_absolute_url()


def test_moving_to_a_status_the_workflow_forbids_shows_its_message(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("status", claim), {"to": "published", "version": 1})
    assert response.status_code == 422
    assert "cannot go from unreviewed to published" in response.content.decode()


def test_dismissing_without_a_reason_is_refused_in_words(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("status", claim), {"to": "dismissed", "version": 1})
    assert response.status_code == 422
    assert "Say why the claim is dismissed" in response.content.decode()


def test_dismissing_for_another_reason_needs_a_note_and_keeps_the_choice(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("status", claim), {"to": "dismissed", "dismiss_reason": "other", "version": 1})
    assert response.status_code == 422
    html = response.content.decode()
    assert "needs a note" in html
    assert '<option value="other" selected>' in html


def test_sign_off_without_a_verdict_is_refused_with_the_services_message(client, checker, make_claim):
    claim = make_claim(status="in_progress")
    client.force_login(checker)
    response = client.post(url("status", claim), {"to": "needs_signoff", "version": 1})
    assert response.status_code == 422
    assert "Give the claim a verdict and a summary" in response.content.decode()


def test_verdict_without_evidence_is_refused_and_keeps_the_summary(client, checker, claim):
    client.force_login(checker)
    response = client.post(
        url("verdict", claim), {"verdict": "false", "summary": "Figures were 4,000.", "version": 1}
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "at least one reference or evidence note" in html
    assert "Figures were 4,000.</textarea>" in html
    claim.refresh_from_db()
    assert claim.verdict == ""


def test_verdict_with_evidence_is_saved(client, checker, claim):
    EvidenceNote.objects.create(claim=claim, text="ONS table 3", internal=False)
    client.force_login(checker)
    response = client.post(
        url("verdict", claim), {"verdict": "false", "summary": "Overstated.", "version": 1}
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.verdict, claim.verdict_summary) == ("false", "Overstated.")


def test_assign_to_me(client, checker, claim):
    client.force_login(checker)
    client.post(url("assign", claim), {"me": "1", "version": 1})
    claim.refresh_from_db()
    assert claim.assignee == checker


def test_assign_to_a_colleague_and_back_to_nobody(client, checker, other_checker, claim):
    client.force_login(checker)
    client.post(url("assign", claim), {"assignee": "checker2", "version": 1})
    claim.refresh_from_db()
    assert claim.assignee == other_checker
    client.post(url("assign", claim), {"assignee": "", "version": 2})
    claim.refresh_from_db()
    assert claim.assignee is None


def test_assigning_an_outsider_is_not_offered(client, checker, outsider, claim):
    client.force_login(checker)
    response = client.post(url("assign", claim), {"assignee": "outsider", "version": 1})
    assert response.status_code == 422
    claim.refresh_from_db()
    assert claim.assignee is None


def test_a_note_is_internal_unless_evidence_is_added_deliberately(client, checker, claim):
    client.force_login(checker)
    # Even a forged "internal=off" cannot make a note public: only the evidence action does.
    client.post(url("add_note", claim), {"text": "Ask the desk", "internal": ""})
    client.post(url("add_evidence", claim), {"text": "https://example.org/data shows 4,000", "version": 1})
    notes = list(claim.notes.values_list("text", "internal"))
    assert notes == [("Ask the desk", True), ("https://example.org/data shows 4,000", False)]
    assert list(claim.history.values_list("field", flat=True)) == ["note", "evidence"]


def test_empty_note_is_refused_in_words(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("add_note", claim), {"text": ""})
    assert response.status_code == 422
    assert "A note needs some text." in response.content.decode()


# --- Attributions, sources, relations -------------------------------------------------------------


def test_add_attribution_to_a_new_source(client, checker, claim):
    client.force_login(checker)
    response = client.post(
        url("add_attribution", claim),
        {"new_source": "Jane Doe", "new_source_kind": "person", "role": "said", "version": 1},
    )
    assert response.status_code == 302
    attribution = claim.attributions.get()
    assert (attribution.source.name, attribution.role, attribution.edited) == ("Jane Doe", "said", True)
    assert claim.history.get().field == "attribution"


def test_add_attribution_to_an_existing_source_found_by_alias(client, checker, claim):
    doe = source("Jane Doe")
    doe.aliases = ["J. Doe"]
    doe.save()
    client.force_login(checker)
    client.post(url("add_attribution", claim), {"new_source": "j. doe", "role": "claimed", "version": 1})
    assert claim.attributions.get().source == doe


def test_add_attribution_needs_a_source(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("add_attribution", claim), {"role": "said", "version": 1})
    assert response.status_code == 422
    assert "Choose a source or give a new source" in response.content.decode()


def test_change_attribution_source_and_role(client, checker, claim):
    doe, roe = source("Jane Doe"), source("John Roe")
    attribution = attribute(claim, doe)
    client.force_login(checker)
    prefix = f"attr-{attribution.pk}"
    response = client.post(
        url("change_attribution", claim, attribution.pk),
        {f"{prefix}-source": roe.pk, f"{prefix}-role": "denied", f"{prefix}-version": 1},
    )
    assert response.status_code == 302
    attribution.refresh_from_db()
    assert (attribution.source, attribution.role) == (roe, "denied")
    entry = claim.history.get()
    assert (entry.from_value, entry.to_value) == ("Jane Doe (said)", "John Roe (denied)")


def test_remove_attribution(client, checker, claim):
    attribution = attribute(claim, source("Jane Doe"))
    client.force_login(checker)
    client.post(url("remove_attribution", claim, attribution.pk), {"version": 1})
    assert not Attribution.objects.filter(pk=attribution.pk).exists()
    assert claim.history.get().note == "removed"


def test_merge_two_sources_that_are_the_same_person(client, checker, claim, make_claim):
    full, short = source("Jane Doe"), source("Doe")
    attribute(claim, short, role="said")
    other = make_claim(text="Other")
    attribute(other, short, role="claimed")
    attribute(other, full, role="claimed")  # would repeat after the merge: dropped, not duplicated
    client.force_login(checker)
    response = client.post(
        url("merge_sources", claim), {"duplicate": short.pk, "keep": full.pk, "version": 1}
    )
    assert response.status_code == 302
    short.refresh_from_db()
    full.refresh_from_db()
    assert short.merged_into == full
    assert "Doe" in full.aliases
    assert list(claim.attributions.values_list("source__name", flat=True)) == ["Jane Doe"]
    assert other.attributions.count() == 1
    assert not short.attributions.exists()
    assert claim.history.filter(field="attribution").count() == 1


def test_merging_a_source_into_itself_is_refused(client, checker, claim):
    doe = source("Jane Doe")
    client.force_login(checker)
    response = client.post(url("merge_sources", claim), {"duplicate": doe.pk, "keep": doe.pk, "version": 1})
    assert response.status_code == 422
    assert "two different sources" in response.content.decode()
    assert Source.objects.get(pk=doe.pk).merged_into is None


def test_add_and_remove_a_related_claim(client, checker, claim, make_claim):
    other = make_claim(text="Same claim elsewhere")
    client.force_login(checker)
    client.post(url("add_relation", claim), {"kind": "duplicate_of", "to_claim": other.pk, "version": 1})
    relation = claim.relations.get()
    claim.refresh_from_db()
    assert (relation.kind, relation.to_claim, claim.duplicate_of) == ("duplicate_of", other, other)
    client.post(url("remove_relation", claim, relation.pk), {"version": 2})
    claim.refresh_from_db()
    assert not claim.relations.exists()
    assert claim.duplicate_of is None
    assert list(claim.history.values_list("field", flat=True)) == ["relation", "relation"]


def test_relating_to_a_missing_claim_is_refused_in_words(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("add_relation", claim), {"kind": "supports", "to_claim": 99999, "version": 1})
    assert response.status_code == 422
    assert "There is no claim with that number." in response.content.decode()


def test_relating_a_claim_to_itself_is_refused(client, checker, claim):
    client.force_login(checker)
    response = client.post(
        url("add_relation", claim), {"kind": "supports", "to_claim": claim.pk, "version": 1}
    )
    assert response.status_code == 422
    assert "cannot be related to itself" in response.content.decode()


# --- References -------------------------------------------------------------------------------------


def test_add_reference(client, checker, claim):
    client.force_login(checker)
    response = client.post(
        url("add_reference", claim),
        {"title": "Housing statistics", "kind": "statement", "publisher": "ONS", "url": "", "version": 1},
    )
    assert response.status_code == 302
    assert list(claim.references.values_list("title", flat=True)) == ["Housing statistics"]


def test_add_reference_with_a_bad_address_keeps_the_title(client, checker, claim):
    client.force_login(checker)
    response = client.post(
        url("add_reference", claim),
        {"title": "Housing statistics", "kind": "article", "url": "not a url", "version": 1},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert 'value="Housing statistics"' in html
    assert not claim.references.exists()


def test_archive_now_queues_a_capture(client, checker, claim, monkeypatch):
    from sources import services as source_services

    reference = Reference.objects.create(title="Stats", url="https://example.org/stats")
    reference.claims.add(claim)
    queued = []
    monkeypatch.setattr(
        source_services, "queue_capture", lambda *, reference, actor: queued.append(reference)
    )
    client.force_login(checker)
    response = client.post(url("archive_reference", claim, reference.pk), follow=True)
    assert queued == [reference]
    assert "“Stats” is queued for archiving." in messages_of(response)


def test_archive_now_refuses_a_reference_of_another_claim(client, checker, claim):
    reference = Reference.objects.create(title="Stats", url="https://example.org/stats")
    client.force_login(checker)
    assert client.post(url("archive_reference", claim, reference.pk)).status_code == 404


# --- htmx: the changed section in place ----------------------------------------------------------------


def test_htmx_action_answers_with_the_section_and_updates_header_and_history(client, checker, claim):
    client.force_login(checker)
    response = client.post(
        url("status", claim), {"to": "in_progress", "version": 1}, **htmx("section-status")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="section-status"')
    assert 'id="claim-header" class="claim-header" hx-swap-oob="true"' in html
    assert 'id="section-history"' in html and 'Unreviewed</span> → <span class="to">In progress' in html
    assert "moved to in progress" in html  # the message, out of band
    assert "<html" not in html
    assert response["HX-Trigger"] == f'{{"claimVersion": {{"claim": {claim.pk}, "version": 2}}}}'


def test_htmx_refusal_is_422_with_the_section_and_no_version_bump(client, checker, claim):
    client.force_login(checker)
    response = client.post(url("status", claim), {"to": "dismissed", "version": 1}, **htmx("section-status"))
    assert response.status_code == 422
    assert "Say why the claim is dismissed" in response.content.decode()
    assert "HX-Trigger" not in response


def test_htmx_action_from_a_queue_row_answers_with_the_row(client, checker, claim):
    client.force_login(checker)
    response = client.post(
        url("assign", claim),
        {"me": "1", "version": 1},
        **htmx(f"row-{claim.pk}"),
        HTTP_HX_CURRENT_URL="http://testserver/desk/queue/?status=unreviewed",
    )
    html = response.content.decode()
    assert html.lstrip().startswith(f'<tr id="row-{claim.pk}"')
    assert "checker" in html
    assert 'value="/desk/queue/?status=unreviewed"' in html  # no-JS posts from the row still go back


def test_htmx_forbidden_move_answers_403_in_words(client, checker, make_claim):
    claim = make_claim(status="dismissed", dismiss_reason="other")
    client.force_login(checker)
    response = client.post(url("status", claim), {"to": "unreviewed", "version": 1}, **htmx("section-status"))
    assert response.status_code == 403
    assert "Only editors may reopen" in response.content.decode()
