"""Beyond HTML: PDF text, Brotli-coded pages, and images kept with their metadata and no text."""

import pytest

from sources import services
from sources.models import Reference

pytestmark = pytest.mark.django_db


@pytest.fixture
def snapshot_of(eager, allow_local, django_capture_on_commit_callbacks):
    def run(url: str):
        reference = Reference.objects.create(title="Document", url=url)
        with django_capture_on_commit_callbacks(execute=True):
            services.queue_capture(reference=reference)
        return reference.snapshots.get()

    return run


def test_pdf_text_and_title_are_read_out(pages, snapshot_of):
    snapshot = snapshot_of(pages.url("/report-pdf"))
    assert snapshot.ok
    assert snapshot.content_type == "application/pdf"
    assert "Housing figures were overstated by 40,000." in snapshot.text
    assert snapshot.title == "Budget statement"


def test_brotli_is_asked_for_and_decoded(pages, snapshot_of):
    snapshot = snapshot_of(pages.url("/brotli"))
    assert snapshot.title == "Squeezed with Brotli"
    assert "overstated new homes" in snapshot.text
    assert snapshot.response_headers["Content-Encoding"] == "br"


def test_brotli_is_in_accept_encoding(pages, allow_local):
    from sources.fetching import fetch

    result = fetch(pages.url("/article"), services.fetch_policy())
    assert "br" in dict(result.final.request_headers)["Accept-Encoding"]


def test_image_is_kept_with_its_metadata_and_no_text(pages, snapshot_of):
    snapshot = snapshot_of(pages.url("/photo-png"))
    assert snapshot.ok and snapshot.warc_file
    assert (snapshot.content_type, snapshot.size, snapshot.text) == ("image/png", snapshot.size, "")
    assert snapshot.size > 0 and len(snapshot.sha256) == 64
    assert snapshot.text_note.startswith("An image (image/png)")
