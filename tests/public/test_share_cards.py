"""Share cards: a 1200×630 PNG per published claim, cached by its version, new when the verdict changes."""

import io

import pytest
from PIL import Image

from claims import services
from claims.workflow import Status
from tests.public.conftest import correct

pytestmark = pytest.mark.django_db


def card_url(claim) -> str:
    return f"/claims/{claim.slug}/card.png"


def test_share_card_is_a_valid_1200_by_630_png(client, published_claim):
    response = client.get(card_url(published_claim))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    body = response.content
    assert body.startswith(b"\x89PNG\r\n\x1a\n")
    Image.open(io.BytesIO(body)).verify()
    assert Image.open(io.BytesIO(body)).size == (1200, 630)


def test_share_card_is_served_with_caching_headers_and_answers_304(client, published_claim):
    first = client.get(card_url(published_claim))
    assert first["ETag"]
    assert first["Last-Modified"]
    assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
    again = client.get(card_url(published_claim), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_share_card_is_served_from_the_page_cache(client, published_claim, django_assert_max_num_queries):
    client.get(card_url(published_claim))
    with django_assert_max_num_queries(1):
        response = client.get(card_url(published_claim))
    assert response["X-Page-Cache"] == "hit"


def test_share_card_changes_when_the_verdict_changes(client, published_claim, editor, other_editor):
    first = client.get(card_url(published_claim))
    claim = correct(
        published_claim,
        by=editor,
        publisher=other_editor,
        verdict="true",
        summary="Right.",
        note="Re-checked",
    )
    again = client.get(card_url(claim), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert again.content != first.content
    # the verdict's colour fills the band at the foot of the card
    before = Image.open(io.BytesIO(first.content)).convert("RGB").getpixel((1190, 620))
    after = Image.open(io.BytesIO(again.content)).convert("RGB").getpixel((1190, 620))
    assert (before, after) == ((0x99, 0x1B, 0x1B), (0x16, 0x65, 0x34))


def test_the_claim_page_names_a_new_card_address_when_the_verdict_changes(
    client, published_claim, editor, other_editor
):
    before = client.get(published_claim.get_public_url()).content.decode()
    claim = correct(
        published_claim,
        by=editor,
        publisher=other_editor,
        verdict="true",
        summary="Right.",
        note="Re-checked",
    )
    after = client.get(claim.get_public_url()).content.decode()

    def og_image(html):
        return html.split('<meta property="og:image" content="', 1)[1].split('"', 1)[0]

    assert og_image(before) != og_image(after)
    assert og_image(after).endswith(f"{card_url(claim)}?v={claim.public_version_id}")


def test_unpublished_claim_has_no_share_card(client, make_claim, published_claim, editor):
    assert client.get(card_url(make_claim(text="A draft"))).status_code == 404
    services.change_status(claim=published_claim, to=Status.IN_PROGRESS, actor=editor, note="Withdrawn")
    assert client.get(card_url(published_claim)).status_code == 404


def test_site_card_is_a_png_too(client):
    response = client.get("/card.png")
    assert response.status_code == 200
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
