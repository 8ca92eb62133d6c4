"""The outside probe's cases, one test each: malformed input gets a 4xx (JSON on the API, the app's
error page elsewhere), never a 500."""

import json

import pytest
from django.test import Client
from rest_framework.test import APIClient

from reports.models import Report
from tests.api.conftest import token_client

pytestmark = pytest.mark.django_db

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture
def desk(checker):
    client = Client()
    client.force_login(checker)
    return client


@pytest.mark.parametrize("path", ["/desk/queue/", "/desk/reports/dashboard/", "/desk/export.csv"])
@pytest.mark.parametrize("query", ["q=%00", "report=%00", "assignee=%00", "source=a%00b", "q=%1B%5B2J"])
def test_a_nul_in_a_desk_filter_is_a_400_page(desk, claim, path, query):
    response = desk.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert b"could not be read" in response.content


def test_the_csv_export_answers_a_correct_csv_for_good_filters(desk, claim):
    response = desk.get(f"/desk/export.csv?report={claim.report.slug}&assignee=none")
    body = b"".join(response.streaming_content).decode()
    assert response.status_code == 200
    assert body.splitlines()[0].startswith("id,report,text") and len(body.splitlines()) == 2


def test_a_nul_in_a_desk_form_post_is_a_400(desk, claim):
    response = desk.post(f"/desk/claims/{claim.pk}/assign/", {"assignee": "\x00", "version": 1})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/desk/reports/",
        "/api/v1/desk/claims/{pk}/status/",
        "/api/v1/desk/claims/{pk}/verdict/",
        "/api/v1/desk/claims/{pk}/assignment/",
        "/api/v1/desk/claims/{pk}/evidence/",
        "/api/v1/desk/claims/{pk}/notes/",
        "/api/v1/desk/claims/{pk}/references/",
    ],
)
def test_a_100000_deep_json_body_is_a_400(checker, claim, path):
    response = token_client(checker).post(path.format(pk=claim.pk), DEEP, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": "JSON nested more than 32 levels deep.", "errors": {}}


def test_a_page_number_over_nine_digits_gets_the_documented_json(anon):
    response = anon.get("/api/v1/claims/?page=12345678901")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Invalid input; see errors.",
        "errors": {"page": ["A page is a whole number from 1 to 999,999,999."]},
    }


def test_a_huge_page_number_on_the_queue_shows_the_last_page(desk, claim):
    assert desk.get("/desk/queue/?page=99999999999999999999999").status_code == 200


@pytest.mark.parametrize("debug", [False, True])
def test_more_than_a_thousand_query_parameters_is_a_400(settings, desk, anon, debug):
    settings.DEBUG = debug
    many = "&".join(f"p{n}=1" for n in range(1001))
    api = anon.get(f"/api/v1/claims/?{many}")
    assert api.status_code == 400
    assert api.json()["detail"] == "Too many query parameters; at most 1,000 are read."
    page = desk.get(f"/desk/queue/?{many}")
    assert page.status_code == 400 and b"Too many query parameters" in page.content


def test_a_body_over_djangos_limit_is_a_413_naming_the_limit(checker, claim, settings):
    body = json.dumps({"text": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)})
    response = token_client(checker).post(
        f"/api/v1/desk/claims/{claim.pk}/notes/", body, content_type="application/json"
    )
    assert response.status_code == 413
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert response.json() == {
        "detail": f"The request body is {len(body):,} bytes; the limit here is {limit:,} bytes.",
        "errors": {},
        "limit": limit,
    }


def test_the_import_takes_a_report_past_djangos_limit_up_to_report_max_bytes(checker, settings):
    paragraph = "The council approved the budget on Tuesday, officials said. " * 20 + "\n\n"
    text = paragraph * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // len(paragraph) + 10)
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE < len(text) < settings.REPORT_MAX_BYTES
    response = token_client(checker).post("/api/v1/desk/reports/", {"text": text, "title": "Budget"})
    assert response.status_code == 201
    assert Report.objects.get().body == text


def test_the_import_refuses_a_body_past_its_own_limit_with_413(checker, settings):
    settings.REPORT_MAX_BYTES = 1000
    body = json.dumps({"text": "x" * (1000 + 1024 * 1024)})
    response = token_client(checker).post("/api/v1/desk/reports/", body, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["limit"] == 1000 + 1024 * 1024


def test_a_form_encoded_body_is_refused_as_unsupported(checker, claim):
    response = token_client(checker).post(
        f"/api/v1/desk/claims/{claim.pk}/notes/",
        "text=hello",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 415
    assert set(response.json()) == {"detail", "errors"}


@pytest.mark.parametrize("query", ["q=", "sort=", "report=", "q=&sort=-checkworthiness"])
def test_an_empty_filter_parameter_is_refused_on_the_api(checker, query):
    response = token_client(checker).get(f"/api/v1/desk/claims/?{query}")
    assert response.status_code == 400
    assert response.json()["errors"] == {
        name: ["Give a value, or leave the parameter out."]
        for name in sorted({part.split("=")[0] for part in query.split("&") if part.endswith("=")})
    }


def test_an_empty_filter_is_refused_on_the_public_api_too(anon):
    assert anon.get("/api/v1/claims/?sort=").status_code == 400


def test_the_queue_page_still_treats_its_empty_form_fields_as_no_filter(desk, claim):
    assert desk.get("/desk/queue/?q=&sort=&report=").status_code == 200


@pytest.mark.parametrize(
    "body,field",
    [
        ({"text": 42}, "text"),
        ({"text": ["a"]}, "text"),
        ({"text": True}, "text"),
    ],
)
def test_a_number_where_the_schema_says_string_is_refused(checker, claim, body, field):
    response = token_client(checker).post(f"/api/v1/desk/claims/{claim.pk}/notes/", body)
    assert response.status_code == 400
    assert response.json()["errors"] == {field: ["Must be a string."]}


@pytest.mark.parametrize("version", ["1", 1.0, True])
def test_a_string_where_the_schema_says_integer_is_refused(checker, claim, version):
    response = token_client(checker).post(
        f"/api/v1/desk/claims/{claim.pk}/evidence/", {"text": "Table 3.", "version": version}
    )
    assert response.status_code == 400
    assert response.json()["errors"] == {"version": ["Must be a whole number."]}


def test_an_ftp_url_is_refused_by_the_api(checker):
    response = token_client(checker).post(
        "/api/v1/desk/reports/", {"text": "Some report text.", "url": "ftp://example.org/report"}
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "url": ["Url: 'ftp://example.org/report' is not a web address (http:// or https://)."]
    }


@pytest.mark.parametrize("value", ["ｅditor", "еditor", "editor\u200b", "①", "𝟏𝟐", "\u202eevil"])
def test_unicode_confusables_are_answered_not_crashed(desk, anon, value, claim):
    assert desk.get("/desk/queue/", {"assignee": value, "q": value, "report": value}).status_code in (
        200,
        400,
    )
    assert anon.get("/api/v1/claims/", {"q": value, "page": value}).status_code in (200, 400)
    assert Client().get("/", {"page": value}).status_code == 200


@pytest.fixture
def anon():
    return APIClient()
