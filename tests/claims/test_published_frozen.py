"""Published means frozen: readers see a change only when an editor publishes it, dated and public.

Each fact-checker action on a published claim, on every surface (desk, API, admin), is kept as
a pending revision: the reader's page and the public API stay exactly as they were, and the
public history records nothing, until an editor who did not make the change publishes it.
"""

import pytest
from django.urls import reverse
from django.utils.crypto import get_random_string
from rest_framework.test import APIClient

from claims import services
from claims.models import Attribution, Claim
from claims.workflow import Status, Verdict
from core import caching
from sources.models import Reference, Source
from tests.api.conftest import token_client
from tests.claims.test_integrity import admin_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(claim, checker, other_editor):
    jane = Source.objects.create(name="Jane Doe", slug="jane-doe", kind=Source.Kind.PERSON)
    services.add_attribution(claim=claim, source=jane, role=Attribution.Role.SAID, actor=checker)
    services.add_evidence(claim=claim, text="Statistics office table 4.", actor=checker)
    reference = services.add_reference(claim=claim, title="Housing table", kind="filing", actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(
        claim=claim, verdict=Verdict.FALSE, summary="The table says 12,000.", actor=checker
    )
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    claim = services.change_status(claim=claim, to=Status.PUBLISHED, actor=other_editor)
    claim.reference = reference
    return claim


def what_readers_see(client, claim) -> tuple[str, dict]:
    """The reader's page (never from a cache made before) and the public API's claim."""
    caching.PAGE_CACHE_PREFIX = f"frozen-test-{get_random_string(12)}"
    page = client.get(claim.get_public_url())
    assert page.status_code == 200
    return page.content.decode(), APIClient().get(f"/api/v1/claims/{claim.slug}/").json()


def desk_post(client, name, claim, *args, **data):
    claim.refresh_from_db()
    data.setdefault("version", claim.version)
    return client.post(reverse(f"desk:{name}", args=[claim.pk, *args]), data)


def _desk_actions(claim):
    attribution = claim.attributions.get()
    other = Source.objects.create(name="J. Doe", slug="j-doe", kind=Source.Kind.PERSON)
    return {
        "text": lambda c: desk_post(c, "edit_text", claim, text="The minister quit on Monday."),
        "verdict": lambda c: desk_post(c, "verdict", claim, verdict="true", summary="Right after all."),
        "evidence": lambda c: desk_post(c, "add_evidence", claim, text="A second table."),
        "attribution": lambda c: desk_post(
            c, "add_attribution", claim, new_source="John Roe", new_source_kind="person", role="denied"
        ),
        "change_attribution": lambda c: desk_post(
            c,
            "change_attribution",
            claim,
            attribution.pk,
            **{
                f"attr-{attribution.pk}-source": other.pk,
                f"attr-{attribution.pk}-role": "denied",
                f"attr-{attribution.pk}-version": claim.version,
            },
        ),
        "remove_attribution": lambda c: desk_post(c, "remove_attribution", claim, attribution.pk),
        "merge": lambda c: desk_post(
            c, "merge_sources", claim, keep=other.pk, duplicate=attribution.source_id
        ),
        "reference": lambda c: desk_post(c, "add_reference", claim, title="Another document", kind="article"),
        "reference_url": lambda c: c.post(
            reverse("desk:reference_url", args=[claim.reference.pk]), {"url": "https://example.org/new"}
        ),
    }


@pytest.mark.parametrize(
    "action",
    ["text", "verdict", "evidence", "attribution", "change_attribution", "remove_attribution", "merge",
     "reference", "reference_url"],
)  # fmt: skip
def test_a_fact_checkers_desk_change_to_a_published_claim_leaves_readers_view_unchanged(
    client, published, checker, action
):
    before = what_readers_see(client, published)
    client.force_login(checker)
    response = _desk_actions(published)[action](client)
    assert response.status_code == 302, response.content.decode()[:500]
    client.logout()
    assert what_readers_see(client, published) == before
    published.refresh_from_db()
    assert published.update_pending
    assert not published.history.filter(internal=False).exclude(to_value=Status.PUBLISHED).exists()


def test_api_changes_to_a_published_claim_leave_readers_view_unchanged(client, published, checker):
    before = what_readers_see(client, published)
    api = token_client(checker)
    base = f"/api/v1/desk/claims/{published.pk}"
    published.refresh_from_db()
    version = published.version
    assert (
        api.post(f"{base}/verdict/", {"verdict": "true", "summary": "No.", "version": version}).status_code
        == 200
    )
    assert api.post(f"{base}/evidence/", {"text": "More.", "version": version + 1}).status_code == 201
    body = {"title": "Memo", "kind": "other", "version": version + 2}
    assert api.post(f"{base}/references/", body).status_code == 201
    assert what_readers_see(client, published) == before


def test_admin_text_edit_of_a_published_claim_leaves_readers_view_unchanged(client, published, admin_user):
    before = what_readers_see(client, published)
    client.force_login(admin_user)
    published.refresh_from_db()
    url = reverse("admin:claims_claim_change", args=[published.pk])
    assert client.post(url, admin_form(client, published, text="Edited in the admin.")).status_code == 302
    client.logout()
    assert what_readers_see(client, published) == before
    published.refresh_from_db()
    assert (published.text, published.update_pending) == ("Edited in the admin.", True)


def test_an_editor_publishes_the_changes_as_a_dated_public_update(client, published, checker, other_editor):
    services.edit_text(claim=published, text="The minister quit on Monday.", actor=checker)
    with pytest.raises(services.Refused, match="needs a reason"):
        services.change_status(claim=published, to=Status.PUBLISHED, actor=other_editor)
    claim = services.change_status(claim=published, to=Status.PUBLISHED, actor=other_editor, note="Reworded.")
    html, api = what_readers_see(client, claim)
    assert api["text"] == "The minister quit on Monday."
    assert any(h["field"] == "update" and h["note"] == "Reworded." for h in api["history"])
    assert "Reworded." in html
    assert claim.published_versions.count() == 2 and not claim.update_pending


def test_the_author_of_the_changes_may_not_publish_them(published, editor, other_editor):
    services.edit_text(claim=published, text="The minister quit on Monday.", actor=editor)
    with pytest.raises(services.NotAllowed, match="another editor"):
        services.change_status(claim=published, to=Status.PUBLISHED, actor=editor, note="Mine.")
    services.change_status(claim=published, to=Status.PUBLISHED, actor=other_editor, note="Checked.")


def test_an_update_with_nothing_changed_is_refused(published, other_editor):
    with pytest.raises(services.Refused, match="Nothing has changed"):
        services.change_status(claim=published, to=Status.PUBLISHED, actor=other_editor, note="Nothing.")


def test_a_verdict_change_is_published_as_a_correction(client, published, checker, editor):
    claim = services.set_verdict(claim=published, verdict=Verdict.MIXED, summary="Partly.", actor=checker)
    claim = services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor, note="New figures.")
    entry = claim.history.filter(internal=False).latest()
    assert (entry.field, entry.from_value, entry.to_value, entry.note) == (
        "correction",
        "false",
        "mixed",
        "New figures.",
    )
    assert what_readers_see(client, claim)[1]["verdict"] == "mixed"


def test_internal_notes_stay_free_on_a_published_claim(client, published, checker):
    before = what_readers_see(client, published)
    version = Claim.objects.get(pk=published.pk).version
    services.add_note(claim=published, text="Ask the ministry again.", actor=checker)
    published.refresh_from_db()
    assert (published.version, published.update_pending) == (version, False)
    assert what_readers_see(client, published) == before


def test_a_reference_added_after_publication_is_not_opened_to_readers_until_published(published, checker):
    from claims.selectors.references import public_snapshots

    later = services.add_reference(claim=published, title="Later memo", kind="other", actor=checker)
    assert not Reference.objects.filter(pk=later.pk, published_versions__current_for=published).exists()
    assert not public_snapshots().filter(reference=later).exists()
