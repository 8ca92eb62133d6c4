"""Sign-off, send-back, unpublish and correction from the dashboard, with their history."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim, StatusChange
from claims.workflow import Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(claim, checker):
    services.add_evidence(claim=claim, text="Table 4 of the housing survey.", actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(
        claim=claim, verdict="false", summary="The figures were right.", actor=checker
    )
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)


@pytest.fixture
def published(waiting, other_editor):
    return services.change_status(claim=waiting, to=Status.PUBLISHED, actor=other_editor)


def post(client, name, claim, **data):
    data.setdefault("version", claim.version)
    return client.post(reverse(f"desk:{name}", kwargs={"pk": claim.pk}), data)


def last_change(claim) -> StatusChange:
    return claim.history.order_by("-at", "-id").first()


def test_editor_review_page_shows_verdict_summary_and_evidence(client, editor, waiting):
    client.force_login(editor)
    html = client.get(reverse("desk:review", kwargs={"pk": waiting.pk})).content.decode()
    assert "The figures were right." in html
    assert "Table 4 of the housing survey." in html
    assert '<span aria-hidden="true">✘</span> False</span>' in html
    assert "Publish</button>" in html and "Send back to the fact-checker</button>" in html


def test_editor_publishes_a_claim(client, editor, waiting):
    client.force_login(editor)
    response = post(client, "publish", waiting)
    assert response.status_code == 302
    claim = Claim.objects.get(pk=waiting.pk)
    assert claim.status == Status.PUBLISHED and claim.published_at is not None
    change = last_change(claim)
    assert (change.from_value, change.to_value, change.actor, change.internal) == (
        "needs_signoff",
        "published",
        editor,
        False,
    )
    client.logout()
    assert client.get(claim.get_public_url()).status_code == 200


def test_editor_sends_back_with_a_note(client, editor, waiting):
    client.force_login(editor)
    post(client, "send_back", waiting, note="Which table? Add the link.")
    claim = Claim.objects.get(pk=waiting.pk)
    assert claim.status == Status.IN_PROGRESS
    change = last_change(claim)
    assert (change.to_value, change.note, change.internal) == (
        "in_progress",
        "Which table? Add the link.",
        True,
    )


def test_send_back_without_a_note_is_refused_with_a_message(client, editor, waiting):
    client.force_login(editor)
    response = post(client, "send_back", waiting, note="  ")
    assert response.status_code == 422
    assert "needs a note" in response.content.decode()
    assert Claim.objects.get(pk=waiting.pk).status == Status.NEEDS_SIGNOFF


def test_editor_unpublishes_with_a_public_reason(client, editor, published):
    client.force_login(editor)
    post(client, "unpublish", published, note="The ministry withdrew its table.")
    claim = Claim.objects.get(pk=published.pk)
    assert claim.status == Status.IN_PROGRESS
    change = last_change(claim)
    assert (change.from_value, change.note, change.internal) == (
        "published",
        "The ministry withdrew its table.",
        False,
    )
    client.logout()
    assert client.get(claim.get_public_url()).status_code == 404


def test_unpublish_without_a_reason_is_refused(client, editor, published):
    client.force_login(editor)
    response = post(client, "unpublish", published, note="")
    assert response.status_code == 422
    assert "needs a reason" in response.content.decode()
    assert Claim.objects.get(pk=published.pk).status == Status.PUBLISHED


def test_a_correction_by_one_editor_waits_for_another_and_is_then_public(
    client, editor, other_editor, published
):
    client.force_login(editor)
    response = post(
        client,
        "correct",
        published,
        verdict="mostly_true",
        summary="Mostly right after revision.",
        note="New ministry figures",
    )
    assert response.status_code == 302
    claim = Claim.objects.get(pk=published.pk)
    assert (claim.public_version.verdict, claim.update_pending) == ("false", True)  # readers: unchanged
    client.force_login(other_editor)
    post(client, "publish", claim, note="New ministry figures")
    claim = Claim.objects.get(pk=published.pk)
    assert (claim.status, claim.public_version.verdict, claim.public_version.verdict_summary) == (
        Status.PUBLISHED,
        "mostly_true",
        "Mostly right after revision.",
    )
    change = last_change(claim)
    assert (change.field, change.from_value, change.to_value, change.internal) == (
        "correction",
        "false",
        "mostly_true",
        False,
    )
    client.logout()
    html = client.get(claim.get_public_url()).content.decode()
    assert "The verdict was corrected from “False” to “Mostly true”. New ministry figures." in html


def test_correction_without_a_note_keeps_what_was_typed(client, editor, published):
    client.force_login(editor)
    response = post(client, "correct", published, verdict="mixed", summary="My careful new summary", note="")
    html = response.content.decode()
    assert response.status_code == 422
    assert "needs a reason" in html
    assert "My careful new summary" in html
    assert '<option value="mixed" selected>' in html
    assert Claim.objects.get(pk=published.pk).verdict == "false"


def test_stale_version_is_refused_showing_what_changed_and_keeping_the_note(client, editor, waiting, checker):
    old_version = waiting.version
    services.add_evidence(claim=waiting, text="More", actor=checker)
    services.set_verdict(claim=waiting, verdict="mixed", summary="Changed my mind.", actor=checker)
    client.force_login(editor)
    response = post(client, "send_back", waiting, version=old_version, note="Please recheck the date")
    html = response.content.decode()
    assert response.status_code == 409
    assert "changed by someone else" in html
    assert "What changed" in html
    assert "Please recheck the date" in html
    assert Claim.objects.get(pk=waiting.pk).status == Status.NEEDS_SIGNOFF


def test_fact_checker_cannot_publish(client, checker, waiting):
    client.force_login(checker)
    assert post(client, "publish", waiting).status_code == 403
    assert client.get(reverse("desk:review", kwargs={"pk": waiting.pk})).status_code == 403
    assert Claim.objects.get(pk=waiting.pk).status == Status.NEEDS_SIGNOFF


def test_anonymous_cannot_publish(client, waiting):
    response = post(client, "publish", waiting)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_actions_refuse_get(client, editor, waiting):
    client.force_login(editor)
    assert client.get(reverse("desk:publish", kwargs={"pk": waiting.pk})).status_code == 405


def test_actions_need_a_csrf_token(editor, waiting):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(editor)
    assert post(csrf_client, "publish", waiting).status_code == 403
    assert Claim.objects.get(pk=waiting.pk).status == Status.NEEDS_SIGNOFF
