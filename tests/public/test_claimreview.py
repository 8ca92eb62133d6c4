import json

import pytest
from django.urls import reverse

from claims.models import Attribution
from claims.workflow import BEST_RATING, WORST_RATING
from sources.models import Source
from tests.public.conftest import publish
from tests.public.test_claim_page import json_ld

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed(claim, checker, editor, report):
    report.url = "https://testtimes.example.com/minister"
    report.save()
    source = Source.objects.create(name="John Roe", slug="john-roe", kind=Source.Kind.PERSON)
    Attribution.objects.create(claim=claim, source=source, role=Attribution.Role.SAID, is_primary=True)
    return publish(claim, checker=checker, editor=editor, verdict="mostly_false")


def test_claim_page_json_ld_is_a_claim_review(client, reviewed, settings):
    data = json_ld(client.get(reviewed.get_public_url()).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == reviewed.text
    assert data["url"] == settings.SITE_URL + reviewed.get_public_url()
    assert data["datePublished"] == reviewed.published_at.isoformat()
    assert data["author"] == {
        "@type": "Organization",
        "name": settings.PUBLISHER_NAME,
        "url": settings.SITE_URL,
    }


def test_json_ld_rating_has_words_and_scale(client, reviewed):
    rating = json_ld(client.get(reviewed.get_public_url()).content.decode())["reviewRating"]
    assert rating == {
        "@type": "Rating",
        "name": "Mostly false",
        "alternateName": "Mostly false",
        "ratingValue": 2,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
    }


def test_json_ld_unverifiable_rating_has_the_scale_but_no_value_on_it(client, make_claim, checker, editor):
    claim = publish(make_claim(), checker=checker, editor=editor, verdict="unverifiable")
    rating = json_ld(client.get(claim.get_public_url()).content.decode())["reviewRating"]
    assert rating == {
        "@type": "Rating",
        "name": "Unverifiable",
        "alternateName": "Unverifiable",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
    }


def test_json_ld_item_reviewed_is_a_claim_by_its_primary_source_in_the_report(client, reviewed, report):
    item = json_ld(client.get(reviewed.get_public_url()).content.decode())["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "John Roe"}
    appearance = {
        "@type": "CreativeWork",
        "url": "https://testtimes.example.com/minister",
        "headline": "Minister resigns",
        "publisher": {"@type": "Organization", "name": "The Test Times"},
    }
    assert item["firstAppearance"] == appearance
    assert item["appearance"] == [appearance]


def test_json_ld_author_of_an_organisation_source_is_an_organization(client, make_claim, checker, editor):
    claim = make_claim()
    body = Source.objects.create(name="Ministry of Housing", slug="moh", kind=Source.Kind.GOVERNMENT)
    Attribution.objects.create(claim=claim, source=body, role=Attribution.Role.CLAIMED, is_primary=True)
    claim = publish(claim, checker=checker, editor=editor)
    item = json_ld(client.get(claim.get_public_url()).content.decode())["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "Ministry of Housing"}


def test_json_ld_escapes_script_breaking_characters(client, make_claim, checker, editor):
    evil = '</script><script>alert("x")</script> & <!-- done'
    claim = publish(make_claim(text=evil), checker=checker, editor=editor)
    html = client.get(claim.get_public_url()).content.decode()
    block = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003C/script\\u003E" in block
    assert json.loads(block)["claimReviewed"] == evil


def test_feed_lists_every_published_claim_review(client, reviewed, make_claim, checker, editor):
    other = publish(make_claim(text="Another claim"), checker=checker, editor=editor, verdict="true")
    make_claim(text="Draft claim")
    response = client.get(reverse("public:feed"))
    data = response.json()
    assert response["Content-Type"].startswith("application/ld+json")
    assert data["@type"] == "DataFeed"
    reviewed_texts = sorted(e["claimReviewed"] for e in data["dataFeedElement"])
    assert reviewed_texts == sorted([reviewed.text, other.text])
    assert all(e["@type"] == "ClaimReview" for e in data["dataFeedElement"])


def test_feed_answers_304_to_repeated_conditional_request(client, reviewed):
    first = client.get(reverse("public:feed"))
    assert client.get(reverse("public:feed"), HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
