"""Nothing private under /media/, in any mode: a capture behind an unpublished claim is served only
through the desk's views, to the newsroom; readers reach only captures a published version cites."""

import importlib

import pytest
from django.test import Client
from django.test.utils import override_settings
from django.urls import clear_url_caches, reverse

from .test_views import archived  # noqa: F401  (the fixture: a real capture of a real page)

pytestmark = pytest.mark.django_db


def media_paths(snapshot) -> list[str]:
    name = snapshot.warc_file.name
    return [f"/media/{name}", f"/media/archive/{name}", f"/static/{name}", f"/static/archive/{name}"]


@pytest.mark.parametrize("debug", [False, True])
def test_the_warc_of_an_unpublished_claims_capture_is_not_under_media(archived, archive_storage, checker, debug):  # noqa: F811, E501
    assert not archived.reference.claims.filter(public_version__isnull=False).exists()
    assert archived.warc_file.name and archived.warc_file.storage.exists(archived.warc_file.name)
    staff = Client()
    staff.force_login(checker)
    try:
        # MEDIA_ROOT holds the archive, as it does by default (ARCHIVE_ROOT = MEDIA_ROOT/archive).
        with override_settings(DEBUG=debug, MEDIA_ROOT=archive_storage.parent):
            # Build the URL configuration afresh with DEBUG as it is now (a DEBUG-only media route
            # would be added at import).
            importlib.reload(importlib.import_module("config.urls"))
            clear_url_caches()
            for path in media_paths(archived):
                assert Client().get(path).status_code == 404, path
                assert staff.get(path).status_code == 404, path  # no one gets the raw file by its path
    finally:
        importlib.reload(importlib.import_module("config.urls"))
        clear_url_caches()


def test_readers_cannot_open_a_capture_no_published_version_cites(archived, outsider):  # noqa: F811
    for client in (Client(), _signed_in(outsider)):
        assert client.get(reverse("archive:snapshot", args=[archived.pk])).status_code == 404
        assert client.get(reverse("archive:warc", args=[archived.pk])).status_code == 404


def test_only_the_newsroom_downloads_it_from_the_desk(archived, checker, outsider):  # noqa: F811
    url = reverse("desk:warc", args=[archived.pk])
    assert Client().get(url).status_code == 302  # to sign in
    assert _signed_in(outsider).get(url).status_code == 403
    response = _signed_in(checker).get(url)
    assert response.status_code == 200 and response["Content-Disposition"].startswith("attachment;")


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client
