"""A fact-checker or editor sets the name readers see their work credited to."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Byline
from core.errors import NotAllowed, Refused

pytestmark = pytest.mark.django_db


def test_a_checker_sets_their_byline_on_the_desk(client, checker):
    client.force_login(checker)
    response = client.post(reverse("desk:byline"), {"name": "  The Housing   Desk "})
    assert response.status_code == 302
    assert Byline.objects.get(user=checker).name == "The Housing Desk"
    page = client.get(reverse("desk:byline")).content.decode()
    assert "Readers see your work credited to “The Housing Desk”." in page


def test_a_too_long_byline_is_refused_with_the_form_kept(client, checker):
    client.force_login(checker)
    response = client.post(reverse("desk:byline"), {"name": "x" * 121})
    assert response.status_code == 422
    assert not Byline.objects.filter(user=checker).exists()


def test_nobody_sets_someone_elses_byline(checker, other_checker):
    with pytest.raises(Refused):
        services.set_byline(user=other_checker, name="Not me", actor=checker)


def test_the_byline_page_is_for_the_newsroom_only(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("desk:byline")).status_code == 403
    with pytest.raises(NotAllowed):
        services.set_byline(user=outsider, name="Me", actor=outsider)


def test_the_desk_links_to_your_byline(client, checker):
    client.force_login(checker)
    html = client.get(reverse("desk:queue")).content.decode()
    assert f'<a class="who" href="{reverse("desk:byline")}"' in html
