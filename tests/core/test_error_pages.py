"""Error pages in the app's own look, with a way back; a 403 says why."""

import pytest
from django.test import Client
from django.urls import reverse

from claims import services
from claims.workflow import Status

pytestmark = pytest.mark.django_db


def test_a_fact_checker_following_an_editor_only_link_sees_why(client, checker, claim):
    client.force_login(checker)
    response = client.get(reverse("desk:review", args=[claim.pk]))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Only editors may do this." in html
    assert 'class="site-header"' in html and reverse("desk:queue") in html
    assert "checker" in html  # who they are signed in as


def test_a_signed_in_account_without_a_role_is_told_the_page_is_for_the_newsroom(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("desk:queue"))
    assert response.status_code == 403
    assert "This page is for fact-checkers and editors." in response.content.decode()


def test_a_missing_reader_page_is_a_styled_404_with_a_way_back(client):
    response = client.get("/claims/no-such-claim/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "There is nothing here" in html
    assert reverse("public:home") in html and "public" in html


def test_a_missing_desk_page_uses_the_desk_layout(client, checker):
    client.force_login(checker)
    response = client.get("/desk/claims/999999/")
    assert response.status_code == 404
    assert reverse("desk:queue") in response.content.decode()


def test_an_unpublished_claim_is_a_404_for_readers(client, claim, checker):
    services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    assert client.get(f"/claims/{claim.slug}/").status_code == 404


def test_a_server_error_is_a_styled_500_without_details(settings):
    settings.DEBUG = False
    from core.views import server_error

    response = server_error(None)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in html and "Traceback" not in html


def test_csrf_failure_still_refuses_posts(checker, claim):
    client = Client(enforce_csrf_checks=True)
    client.force_login(checker)
    response = client.post(reverse("desk:status", args=[claim.pk]), {"to": "in_progress", "version": 1})
    assert response.status_code == 403
