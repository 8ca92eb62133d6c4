"""Every triage page and action: anonymous -> sign in, outsider -> 403, newsroom roles -> allowed."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGES = ["queue", "desk", "report", "report_list"]
ACTIONS = [
    ("desk:edit_text", {"text": "x", "version": 1}),
    ("desk:status", {"to": "in_progress", "version": 1}),
    ("desk:verdict", {"verdict": "true", "summary": "s", "version": 1}),
    ("desk:assign", {"me": "1", "version": 1}),
    ("desk:add_note", {"text": "note"}),
    ("desk:add_attribution", {"new_source": "Someone", "role": "said", "version": 1}),
    ("desk:add_relation", {"kind": "supports", "to_claim": 1, "version": 1}),
    ("desk:merge_sources", {"version": 1}),
]


def page_url(name, claim, report):
    return {
        "queue": reverse("desk:queue"),
        "desk": claim.get_absolute_url(),
        "report": report.get_absolute_url(),
        "report_list": reverse("desk:reports"),
    }[name]


@pytest.mark.parametrize("name", PAGES)
def test_anonymous_is_sent_to_sign_in(client, claim, report, name):
    url = page_url(name, claim, report)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", PAGES)
def test_signed_in_outsider_gets_403(client, outsider, claim, report, name):
    client.force_login(outsider)
    assert client.get(page_url(name, claim, report)).status_code == 403


@pytest.mark.parametrize("role", ["checker", "editor"])
@pytest.mark.parametrize("name", PAGES)
def test_newsroom_roles_see_the_pages(client, request, claim, report, name, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(page_url(name, claim, report)).status_code == 200


@pytest.mark.parametrize("view,data", ACTIONS)
def test_anonymous_post_is_sent_to_sign_in_and_changes_nothing(client, claim, view, data):
    response = client.post(reverse(view, args=[claim.pk]), data)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    claim.refresh_from_db()
    assert claim.version == 1


@pytest.mark.parametrize("view,data", ACTIONS)
def test_outsider_post_gets_403_and_changes_nothing(client, outsider, claim, view, data):
    client.force_login(outsider)
    assert client.post(reverse(view, args=[claim.pk]), data).status_code == 403
    claim.refresh_from_db()
    assert claim.version == 1
    assert not claim.history.exists()


def test_outsider_bulk_post_gets_403(client, outsider, claim):
    client.force_login(outsider)
    response = client.post(reverse("desk:bulk"), {"claims": [claim.pk], "action": "assign_me"})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.assignee is None


def test_actions_refuse_get(client, checker, claim):
    client.force_login(checker)
    assert client.get(reverse("desk:status", args=[claim.pk])).status_code == 405


def test_post_without_csrf_token_is_refused(checker, claim):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(checker)
    response = strict.post(reverse("desk:assign", args=[claim.pk]), {"me": "1", "version": 1})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.assignee is None


def test_fact_checker_cannot_publish_through_the_desk(client, checker, make_claim):
    from claims.models import EvidenceNote

    claim = make_claim(status="needs_signoff", verdict="false", verdict_summary="Wrong.")
    EvidenceNote.objects.create(claim=claim, text="source", internal=False)
    client.force_login(checker)
    response = client.post(reverse("desk:status", args=[claim.pk]), {"to": "published", "version": 1})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == "needs_signoff"


def test_editor_can_publish_through_the_desk(client, editor, make_claim):
    from claims.models import EvidenceNote

    claim = make_claim(status="needs_signoff", verdict="false", verdict_summary="Wrong.")
    EvidenceNote.objects.create(claim=claim, text="source", internal=False)
    client.force_login(editor)
    response = client.post(reverse("desk:status", args=[claim.pk]), {"to": "published", "version": 1})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == "published"


def test_sixth_failed_sign_in_is_locked_out(client, checker, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    url = reverse("login")
    statuses = [client.post(url, {"username": "checker", "password": "wrong"}).status_code for _ in range(5)]
    # Four refusals show the form again; the fifth failure reaches the limit and locks the account.
    assert statuses[:4] == [200, 200, 200, 200]
    sixth = client.post(url, {"username": "checker", "password": "wrong"})
    assert sixth.status_code == 429
    # Locked means locked: even the right password is refused now.
    right = client.post(url, {"username": "checker", "password": "a-long-test-password-123"})
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_sign_in_lands_on_the_queue(client, checker):
    response = client.post(reverse("login"), {"username": "checker", "password": "a-long-test-password-123"})
    assert response.status_code == 302
    assert response["Location"] == reverse("desk:queue")
