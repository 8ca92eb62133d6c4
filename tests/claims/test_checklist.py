"""The publishing checklist: each item, the blocking rule, the override and where it is enforced."""

import pytest
from django.urls import reverse

from claims import services
from claims.checklist import checklist_for
from claims.models import Attribution, Claim, ClaimRelation, StatusChange
from claims.workflow import Status
from core.errors import Refused
from sources.models import Reference
from tests.api.conftest import token_client
from tests.factories import ReferenceFactory, SourceFactory

pytestmark = pytest.mark.django_db


def waiting_for_signoff(claim, checker, *, evidence: bool = False) -> Claim:
    if evidence:
        services.add_evidence(claim=claim, text="The register of ministers, 3 March.", actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(claim=claim, verdict="false", summary="He did not.", actor=checker)
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)


def cite(claim, **fields) -> Reference:
    reference = ReferenceFactory(**fields)
    reference.claims.add(claim)
    return reference


@pytest.fixture
def unlinked(claim, checker):
    """Waiting for sign-off; its verdict rests on one reference with no URL (as extraction makes them)."""
    cite(claim, title="The Daily Planet's report")
    return waiting_for_signoff(Claim.objects.get(pk=claim.pk), checker)


def item(claim, key):
    return next(i for i in checklist_for(claim).items if i.key == key)


def test_reference_without_a_url_is_listed(claim):
    cite(claim, title="Ministry statement")
    cite(
        claim, title="Register", url="https://example.org/register", capture_state=Reference.Capture.ARCHIVED
    )
    urls = item(claim, "urls")
    assert not urls.done
    assert urls.details == ("“Ministry statement” has no URL",)


def test_reference_not_archived_or_failing_is_listed(claim):
    cite(claim, title="Queued one", url="https://example.org/a", capture_state=Reference.Capture.QUEUED)
    cite(
        claim,
        title="Broken one",
        url="https://example.org/b",
        capture_state=Reference.Capture.FAILED,
        capture_error="The site refused automated access.",
    )
    cite(claim, title="Rotted one", url="https://example.org/c", capture_state="archived", link_rot=True)
    cite(claim, title="Good one", url="https://example.org/d", capture_state=Reference.Capture.ARCHIVED)
    archived = item(claim, "archived")
    assert not archived.done
    assert archived.details == (
        "“Broken one”: the capture is failing (The site refused automated access.)",
        "“Queued one”: not archived yet (queued)",
        "“Rotted one”: the capture is failing",
    )


def test_every_reference_archived_is_done(claim):
    cite(claim, url="https://example.org/d", capture_state=Reference.Capture.ARCHIVED)
    assert item(claim, "urls").done and item(claim, "archived").done and item(claim, "followable").done


def test_unconfirmed_attribution_is_listed(claim):
    source = SourceFactory(name="John Roe")
    Attribution.objects.create(claim=claim, source=source, role="said")
    attributions = item(claim, "attributions")
    assert not attributions.done
    assert attributions.details == ("John Roe (said): not yet confirmed by a passage",)


def test_unreviewed_suggested_contradiction_is_listed_until_someone_looks(claim, make_claim, checker):
    denial = make_claim(text="The ministry denied the minister resigned.")
    relation = ClaimRelation.objects.create(
        from_claim=denial, to_claim=claim, kind="contradicts", origin="extraction", reviewed=False
    )
    contradictions = item(claim, "contradictions")
    assert not contradictions.done
    assert contradictions.details == (f"Claim #{denial.pk}: “The ministry denied the minister resigned.”",)
    services.review_relation(relation=relation, actor=checker)
    assert item(claim, "contradictions").done


def test_verdict_resting_on_unlinked_references_blocks(unlinked):
    blocking = checklist_for(unlinked).blocking
    assert [i.key for i in blocking] == ["followable"]


def test_public_evidence_means_the_verdict_does_not_rest_on_references_alone(claim, checker):
    cite(claim, title="A book with no address")
    claim = waiting_for_signoff(claim, checker, evidence=True)
    assert checklist_for(claim).blocking == ()
    assert not item(claim, "urls").done  # still listed, as a warning


def test_publishing_over_a_blocking_item_without_a_reason_is_refused(unlinked, editor):
    with pytest.raises(Refused) as refused:
        services.change_status(
            claim=unlinked, to=Status.PUBLISHED, actor=editor, expected_version=unlinked.version
        )
    assert refused.value.field == "override_reason"
    assert "none has a URL or an archived copy" in str(refused.value)
    assert Claim.objects.get(pk=unlinked.pk).status == Status.NEEDS_SIGNOFF


def test_override_with_a_reason_publishes_and_is_recorded(unlinked, editor):
    claim = services.change_status(
        claim=unlinked,
        to=Status.PUBLISHED,
        actor=editor,
        override_reason="The statement was read out on air; the transcript follows tomorrow.",
        expected_version=unlinked.version,
    )
    assert claim.status == Status.PUBLISHED
    entry = claim.history.get(field=StatusChange.Field.CHECKLIST)
    assert (entry.actor, entry.to_value, entry.internal) == (editor, "overridden", True)
    assert entry.note == "The statement was read out on air; the transcript follows tomorrow."
    assert entry.from_value == "Readers can follow a reference behind the verdict"
    assert claim.public_version.content["checklist_override"]["reason"].startswith("The statement")


def test_a_linked_reference_lifts_the_block(unlinked, editor, checker):
    reference = unlinked.references.get()
    services.update_reference_url(reference=reference, url="https://example.org/planet", actor=checker)
    claim = Claim.objects.get(pk=unlinked.pk)
    claim = services.change_status(
        claim=claim, to=Status.PUBLISHED, actor=editor, expected_version=claim.version
    )
    assert claim.status == Status.PUBLISHED
    assert not claim.history.filter(field=StatusChange.Field.CHECKLIST).exists()


def test_bulk_publish_cannot_skip_the_checklist(unlinked, editor):
    result = services.bulk_change_status(claims=[unlinked], to=Status.PUBLISHED, actor=editor)
    assert not result.done
    assert "none has a URL or an archived copy" in result.refused[0][1]


def test_api_refuses_without_an_override_reason_beside_the_field(unlinked, editor):
    client = token_client(editor)
    url = f"/api/v1/desk/claims/{unlinked.pk}/status/"
    response = client.post(url, {"status": "published", "version": unlinked.version}, format="json")
    assert response.status_code == 422
    assert "override_reason" in response.json()["errors"]
    assert Claim.objects.get(pk=unlinked.pk).status == Status.NEEDS_SIGNOFF
    response = client.post(
        url,
        {"status": "published", "version": unlinked.version, "override_reason": "Read out on air."},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert Claim.objects.get(pk=unlinked.pk).history.get(field="checklist").note == "Read out on air."


def test_review_page_lists_the_checklist(client, editor, unlinked):
    client.force_login(editor)
    html = client.get(reverse("desk:review", kwargs={"pk": unlinked.pk})).content.decode()
    assert "Before publishing" in html
    assert "“The Daily Planet&#x27;s report” has no URL" in html or "has no URL" in html
    assert "blocks publishing" in html
    assert 'name="override_reason"' in html


def test_review_page_refusal_sits_beside_the_override_field_and_keeps_the_note(client, editor, unlinked):
    client.force_login(editor)
    url = reverse("desk:publish", kwargs={"pk": unlinked.pk})
    response = client.post(url, {"version": unlinked.version, "note": "Checked against the register."})
    html = response.content.decode()
    assert response.status_code == 422
    assert 'id="id_override_reason-error"' in html
    assert "Checked against the register." in html
    error = html.index('id="id_override_reason-error"')
    assert html.index('id="id_override_reason"') < error
    assert html.index("none has a URL or an archived copy", error) - error < 100


def test_review_page_override_redirects_and_is_recorded(client, editor, unlinked):
    client.force_login(editor)
    url = reverse("desk:publish", kwargs={"pk": unlinked.pk})
    response = client.post(url, {"version": unlinked.version, "override_reason": "Read out on air."})
    assert response.status_code == 302
    claim = Claim.objects.get(pk=unlinked.pk)
    assert claim.status == Status.PUBLISHED
    assert claim.history.get(field="checklist").note == "Read out on air."


def test_claim_desk_status_form_asks_for_the_override_too(client, editor, unlinked):
    client.force_login(editor)
    url = reverse("desk:status", kwargs={"pk": unlinked.pk})
    response = client.post(url, {"version": unlinked.version, "to": "published"})
    html = response.content.decode()
    assert response.status_code == 422
    assert "none has a URL or an archived copy" in html and 'name="override_reason"' in html
    response = client.post(
        url, {"version": unlinked.version, "to": "published", "override_reason": "On air."}
    )
    assert response.status_code == 302
    assert Claim.objects.get(pk=unlinked.pk).history.get(field="checklist").note == "On air."


def test_api_claim_shows_the_publishing_checklist(unlinked, editor):
    response = token_client(editor).get(f"/api/v1/desk/claims/{unlinked.pk}/")
    assert response.status_code == 200
    items = {item["key"]: item for item in response.json()["publishing_checklist"]}
    assert items["followable"] == {
        "key": "followable",
        "label": "Readers can follow a reference behind the verdict",
        "done": False,
        "blocking": True,
        "details": [items["followable"]["details"][0]],
    }
    assert items["urls"]["details"] == ["“The Daily Planet's report” has no URL"]
