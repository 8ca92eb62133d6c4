"""The desk's archive views (staff only) and the readers' read-only archive view."""

import pytest
from django.urls import reverse
from django.utils import timezone

from sources import services
from sources.models import Reference, Snapshot
from tests.factories import freeze_as_published

from .conftest import article

pytestmark = pytest.mark.django_db


@pytest.fixture
def archived(claim, pages, eager, allow_local, django_capture_on_commit_callbacks) -> Snapshot:
    """A reference cited by `claim`, captured through the real fetcher into a real WARC."""
    pages.pages["/article"] = article() + b"<script>document.title='pwned'</script>"
    reference = Reference.objects.create(title="Housing figures revised", url=pages.url("/article"))
    reference.claims.add(claim)
    with django_capture_on_commit_callbacks(execute=True):
        services.queue_capture(reference=reference)
    return reference.snapshots.get()


def desk_urls(snapshot: Snapshot) -> list[str]:
    return [
        reverse("desk:reference", args=[snapshot.reference_id]),
        reverse("desk:snapshot", args=[snapshot.pk]),
        reverse("desk:warc", args=[snapshot.pk]),
        reverse("desk:render", args=[snapshot.pk]),
        reverse("desk:trouble"),
    ]


def test_anonymous_users_are_sent_to_sign_in(client, archived):
    for url in desk_urls(archived):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_users_without_a_newsroom_role_get_403(client, archived, outsider):
    client.force_login(outsider)
    assert {client.get(url).status_code for url in desk_urls(archived)} == {403}


def test_fact_checker_sees_the_extracted_text_and_metadata(client, archived, checker):
    client.force_login(checker)
    response = client.get(reverse("desk:snapshot", args=[archived.pk]))
    assert response.status_code == 200
    assert "overstated new homes" in response.content.decode()
    assert archived.sha256 in response.content.decode()


def test_reference_page_shows_the_state_in_words(client, archived, editor):
    client.force_login(editor)
    response = client.get(reverse("desk:reference", args=[archived.reference_id]))
    assert "Archived" in response.content.decode()


def test_warc_download_is_an_attachment(client, archived, checker):
    client.force_login(checker)
    response = client.get(reverse("desk:warc", args=[archived.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/warc"
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content)[:2] == b"\x1f\x8b"  # gzip members, as stored


def test_archived_html_is_served_sandboxed(client, archived, checker):
    client.force_login(checker)
    response = client.get(reverse("desk:render", args=[archived.pk]))
    assert response["Content-Security-Policy"] == (
        "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"Housing figures revised" in response.content


def test_capture_now_queues_a_capture(client, archived, checker, django_capture_on_commit_callbacks):
    client.force_login(checker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("desk:capture", args=[archived.reference_id]))
    assert response.status_code == 302
    assert Snapshot.objects.filter(reference_id=archived.reference_id).count() == 2


def test_changing_the_url_through_the_desk_uses_the_service(
    client, archived, checker, pages, django_capture_on_commit_callbacks
):
    client.force_login(checker)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("desk:reference_url", args=[archived.reference_id]), {"url": pages.url("/text")})
    reference = Reference.objects.get(pk=archived.reference_id)
    assert reference.url == pages.url("/text")
    assert reference.snapshots.filter(requested_url=pages.url("/text")).exists()


def test_the_desk_refuses_a_non_web_url(client, archived, checker):
    client.force_login(checker)
    client.post(reverse("desk:reference_url", args=[archived.reference_id]), {"url": "file:///etc/passwd"})
    assert Reference.objects.get(pk=archived.reference_id).url != "file:///etc/passwd"


def test_state_partial_renders_retrying_with_attempt_and_next_try(claim):
    from django.template.loader import render_to_string

    reference = Reference(
        pk=1,
        title="t",
        url="http://example.org/",
        capture_state=Reference.Capture.RETRYING,
        capture_attempts=2,
        capture_error="The site had an error (503 Service Unavailable).",
        next_attempt_at=timezone.now(),
    )
    html = render_to_string("desk/partials/reference_state.html", {"reference": reference})
    assert "Retrying" in html
    assert "Attempt 2 failed: The site had an error (503 Service Unavailable)." in html
    assert "Next try at" in html


def test_state_partial_shows_link_rot_in_words(claim):
    from django.template.loader import render_to_string

    reference = Reference(pk=1, title="t", url="http://x.org/", capture_state="failed", link_rot=True)
    html = render_to_string("desk/partials/reference_state.html", {"reference": reference})
    assert "Link rot" in html


# --- Public archive ------------------------------------------------------------------------------


def _publish(claim) -> None:
    freeze_as_published(claim)


def test_public_archive_shows_captures_cited_by_published_claims(client, archived, claim):
    _publish(claim)
    response = client.get(reverse("archive:snapshot", args=[archived.pk]))
    assert response.status_code == 200
    assert "overstated new homes" in response.content.decode()


def test_public_archive_hides_captures_of_unpublished_claims(client, archived):
    assert client.get(reverse("archive:snapshot", args=[archived.pk])).status_code == 404


def test_public_warc_download_is_an_attachment(client, archived, claim):
    _publish(claim)
    response = client.get(reverse("archive:warc", args=[archived.pk]))
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == "application/warc"


def test_public_archive_never_serves_the_archived_markup(client, archived, claim):
    _publish(claim)
    response = client.get(reverse("archive:snapshot", args=[archived.pk]))
    assert b"<script>document.title" not in response.content
