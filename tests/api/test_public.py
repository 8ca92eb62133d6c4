"""The public API: published claims only, nothing internal, filters validated, JSON errors."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from tests.api.conftest import SECRET_NOTE
from tests.factories import freeze_as_published

pytestmark = pytest.mark.django_db


def test_claim_list_shows_only_published_claims(anon, published_claim, draft_claim):
    body = anon.get("/api/v1/claims/").json()
    assert body["count"] == 1
    assert [c["slug"] for c in body["results"]] == ["figures-overstated"]


def test_published_claim_carries_verdict_sources_evidence_and_captures(anon, published_claim):
    claim = anon.get("/api/v1/claims/figures-overstated/").json()
    assert claim["verdict"] == "mostly_false"
    assert claim["verdict_label"] == "Mostly false"
    assert claim["verdict_summary"].startswith("The overstatement was 4,000")
    assert claim["rating_value"] == 2
    assert claim["attributions"][0]["source"] == {"slug": "john-roe", "name": "John Roe", "kind": "person"}
    assert [e["text"] for e in claim["evidence"]] == ["ONS table 3 shows 4,000."]
    [reference] = claim["references"]
    [capture] = reference["captures"]  # the failed snapshot is not a capture
    assert capture["sha256"] == "a" * 64
    assert capture["final_url"] == "https://ons.example.org/table3?v=2"
    assert capture["fetched_at"]
    assert capture["archive_url"] == f"http://testserver/archive/{capture['id']}/"


def test_public_claim_never_shows_internal_notes_assignee_or_internal_history(anon, published_claim):
    raw = anon.get("/api/v1/claims/figures-overstated/").content.decode()
    listing = anon.get("/api/v1/claims/").content.decode()
    report = anon.get("/api/v1/reports/minister-resigns/").content.decode()
    for text in (raw, listing, report):
        assert SECRET_NOTE not in text
        assert "secret internal history" not in text
        assert "assignee" not in text
        assert "checker" not in text
        assert '"version"' not in text


def test_unpublished_claim_is_not_found(anon, draft_claim):
    response = anon.get("/api/v1/claims/draft-claim/")
    assert response.status_code == 404
    assert response.json() == {"detail": "No Claim matches the given query.", "errors": {}}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("report=minister-resigns", 1),
        ("report=another-report", 0),
        ("verdict=mostly_false", 1),
        ("verdict=true", 0),
        ("verdict=true&verdict=mostly_false", 1),
        ("source=john-roe", 1),
        ("source=nobody", 0),
        ("q=overstated", 1),
        ("q=moon", 0),
        ("kind=fact&sort=published", 1),
    ],
)
def test_claim_list_filters(anon, published_claim, query, expected):
    assert anon.get(f"/api/v1/claims/?{query}").json()["count"] == expected


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("verdict=bogus", "verdict"),
        ("verdict=none", "verdict"),  # drafts without a verdict are the desk's business
        ("report=not%20a%20slug", "report"),
        ("sort=-updated", "sort"),
        ("q=" + "x" * 201, "q"),
        ("q=a%00b", "q"),
        ("page=abc", "page"),
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page_size=1000", "page_size"),
        ("page_size=x", "page_size"),
    ],
)
def test_bad_query_gets_400_naming_the_parameter(anon, published_claim, query, field):
    response = anon.get(f"/api/v1/claims/?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["detail"]
    assert list(body["errors"]) == [field]
    assert all(isinstance(m, str) for m in body["errors"][field])


def test_page_past_the_end_is_404(anon, published_claim):
    response = anon.get("/api/v1/claims/?page=2")
    assert response.status_code == 404
    assert response.json()["detail"] == "Invalid page."


def test_list_is_paginated(anon, make_claim, published_claim):
    for n in range(3):
        freeze_as_published(make_claim(text=f"Claim {n}", verdict="true", verdict_summary="ok"))
    body = anon.get("/api/v1/claims/?page_size=2").json()
    assert body["count"] == 4
    assert len(body["results"]) == 2
    assert body["next"].endswith("page=2&page_size=2")


def test_report_list_only_lists_reports_with_published_claims(anon, draft_claim):
    assert anon.get("/api/v1/reports/").json()["count"] == 0
    assert anon.get("/api/v1/reports/minister-resigns/").status_code == 404


def test_report_detail_has_its_published_claims_only(anon, published_claim, draft_claim):
    report = anon.get("/api/v1/reports/minister-resigns/").json()
    assert report["title"] == "Minister resigns"
    assert report["published_claim_count"] == 1
    assert [c["slug"] for c in report["claims"]] == ["figures-overstated"]
    assert "body" not in report


def test_report_list_search(anon, published_claim):
    assert anon.get("/api/v1/reports/?q=minister").json()["count"] == 1
    assert anon.get("/api/v1/reports/?q=weather").json()["count"] == 0


def test_sources_lists_sources_of_published_claims(anon, published_claim):
    body = anon.get("/api/v1/sources/").json()
    assert [(s["slug"], s["published_claim_count"]) for s in body["results"]] == [("john-roe", 1)]
    assert anon.get("/api/v1/sources/john-roe/").json()["name"] == "John Roe"
    assert anon.get("/api/v1/sources/?kind=company").json()["count"] == 0
    assert anon.get("/api/v1/sources/?kind=alien").status_code == 400


def test_source_only_of_unpublished_claims_is_not_public(anon, draft_claim):
    assert anon.get("/api/v1/sources/").json()["count"] == 0
    assert anon.get("/api/v1/sources/john-roe/").status_code == 404


def test_public_endpoints_refuse_writes(anon, published_claim):
    response = anon.post("/api/v1/claims/", {"text": "x"}, format="json")
    assert response.status_code == 405
    assert response.json()["detail"]


def test_unknown_api_path_answers_json_404(anon):
    for path in ("/api/v1/nothing/", "/api/v1/claims", "/api/v1/desk/claims/abc/", "/api/v2/claims/"):
        response = anon.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Not found.", "errors": {}}


def test_post_to_an_unknown_path_is_a_json_404_not_a_csrf_page(editor):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post("/api/v1/desk/claims/-5/status/", {"status": "published"})
    assert response.status_code == 404
    assert response.json()["detail"] == "Not found."


def test_huge_claim_id_is_a_404_not_a_crash(editor_api):
    assert editor_api.get(f"/api/v1/desk/claims/{2**70}/").status_code == 404


def test_schema_is_openapi_3(anon):
    response = anon.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/claims/" in schema["paths"]
    assert "/api/v1/desk/claims/{id}/status/" in schema["paths"]


def test_docs_use_installed_swagger_assets_not_a_cdn(anon):
    html = anon.get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    assert "unpkg" not in html.lower()


def test_claim_list_queries_do_not_grow_with_the_claims(
    anon, make_claim, published_claim, django_assert_max_num_queries
):
    anon.get("/api/v1/claims/")  # warm: sessions, content types
    with CaptureQueriesContext(connection) as one:
        anon.get("/api/v1/claims/")
    for n in range(5):
        freeze_as_published(make_claim(text=f"Claim {n}", verdict="true", verdict_summary="ok"))
    with django_assert_max_num_queries(len(one)):
        assert anon.get("/api/v1/claims/").json()["count"] == 6
