"""The staff desk API: the browser's rules, roles and optimistic locking, by token or session."""

import pytest
from django.core.management import call_command
from django.middleware.csrf import _get_new_csrf_string
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, EvidenceNote, StatusChange
from claims.workflow import Status
from reports.models import Report
from sources.models import Reference
from tests.api.conftest import token_client
from tests.conftest import REPORT_TEXT

pytestmark = pytest.mark.django_db


@pytest.fixture
def ready_claim(make_claim):
    """In progress, with a verdict, a summary and evidence: ready to go for sign-off."""
    claim = make_claim(status=Status.IN_PROGRESS, verdict="false", verdict_summary="He did not.")
    EvidenceNote.objects.create(claim=claim, text="Register of ministers, 3 March.", internal=False)
    return claim


def status_body(claim, to, **extra):
    return {"status": to, "version": claim.version, **extra}


# --- Who may come in ------------------------------------------------------------------------------
DESK_GETS = ["/api/v1/desk/claims/", "/api/v1/desk/reports/"]


@pytest.mark.parametrize("path", DESK_GETS)
def test_anonymous_gets_401_on_the_desk(anon, path):
    response = anon.get(path)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["detail"] == "Authentication credentials were not provided."


@pytest.mark.parametrize("path", DESK_GETS)
def test_signed_in_outsider_gets_403_on_the_desk(outsider_api, path):
    response = outsider_api.get(path)
    assert response.status_code == 403
    assert response.json() == {"detail": "This is for fact-checkers and editors.", "errors": {}}


def test_outsider_cannot_change_a_claim(outsider_api, claim):
    response = outsider_api.post(f"/api/v1/desk/claims/{claim.pk}/status/", status_body(claim, "in_progress"))
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == Status.UNREVIEWED


@pytest.mark.parametrize("who", ["checker", "editor"])
@pytest.mark.parametrize("path", DESK_GETS)
def test_checkers_and_editors_read_the_desk_by_token(request, who, path, claim):
    client = token_client(request.getfixturevalue(who))
    assert client.get(path).status_code == 200


def test_a_bad_token_is_401(claim):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.get("/api/v1/desk/claims/").status_code == 401


def test_session_sign_in_reads_the_desk(checker, claim):
    client = APIClient()
    client.force_login(checker)
    body = client.get("/api/v1/desk/claims/").json()
    assert [c["id"] for c in body["results"]] == [claim.pk]


def test_session_writes_need_the_csrf_token(checker, claim):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(checker)
    response = client.post(f"/api/v1/desk/claims/{claim.pk}/status/", status_body(claim, "in_progress"))
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_session_write_with_csrf_token_works(checker, claim):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(checker)
    token = _get_new_csrf_string()  # what the cookie and the X-CSRFToken header of a page carry
    client.cookies["csrftoken"] = token
    response = client.post(
        f"/api/v1/desk/claims/{claim.pk}/status/", status_body(claim, "in_progress"), HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 200


def test_drf_create_token_issues_a_token(checker):
    call_command("drf_create_token", "checker")
    assert Token.objects.filter(user=checker).exists()


# --- Import and extraction ------------------------------------------------------------------------
def test_import_creates_a_report_then_returns_it_again(checker_api):
    body = {
        "text": "Council spends £2m on a bridge\n\nThe council said the bridge cost £2m.",
        "publisher": "Gazette",
    }
    first = checker_api.post("/api/v1/desk/reports/", body, format="json")
    assert first.status_code == 201
    assert first.json()["title"] == "Council spends £2m on a bridge"
    assert first.json()["extraction_state"] == "pending"
    again = checker_api.post("/api/v1/desk/reports/", body, format="json")
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert Report.objects.count() == 1


def test_import_reads_the_article_out_of_html(editor_api):
    html = (
        "<html><head><title>Dam bursts</title></head><body><nav>Home | Sport</nav>"
        "<article><h1>Dam bursts</h1>"
        + "<p>The dam burst at noon, the water board said on Tuesday after the storm.</p>" * 5
        + "</article></body></html>"
    )
    response = editor_api.post("/api/v1/desk/reports/", {"text": html}, format="json")
    assert response.status_code == 201
    report = Report.objects.get(pk=response.json()["id"])
    assert "The dam burst at noon" in report.body
    assert "<p>" not in report.body


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "A report.", "published_on": "yesterday"}, "published_on"),
        ({"text": "A report.", "url": "not a url"}, "url"),
        ({"text": "A\x00report"}, "text"),
    ],
)
def test_import_refuses_bad_input_field_by_field(checker_api, body, field):
    response = checker_api.post("/api/v1/desk/reports/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_import_refuses_a_uri_that_is_not_a_web_address_with_422_on_its_field(checker_api):
    # A URI, as the schema asks; the rules (http(s) web addresses only) refuse it.
    body = {"text": "A report.", "url": "ftp://example.org/report"}
    response = checker_api.post("/api/v1/desk/reports/", body, format="json")
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["url"]


def test_import_refused_by_the_service_is_422(checker_api):
    response = checker_api.post(
        "/api/v1/desk/reports/", {"text": "<html><body><div></div></body></html>"}, format="json"
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {"non_field_errors": ["No article text could be found in the HTML."]}


def test_import_needs_a_newsroom_role(outsider_api, anon):
    assert outsider_api.post("/api/v1/desk/reports/", {"text": "x"}, format="json").status_code == 403
    assert anon.post("/api/v1/desk/reports/", {"text": "x"}, format="json").status_code == 401


def test_extraction_is_queued_with_a_task_url_to_poll(checker_api, report):
    """Nothing heavy in the request: 202 and where to look (tests/api/test_extraction_task.py runs it)."""
    response = checker_api.post(f"/api/v1/desk/reports/{report.slug}/extraction/")
    assert response.status_code == 202
    body = response.json()
    assert body["state"] == "queued" and body["progress"] == 0 and body["outcome"] is None
    assert response["Location"] == body["task_url"]
    assert body["task_url"].endswith(f"/api/v1/desk/reports/{report.slug}/extraction/")
    assert Claim.objects.filter(report=report).count() == 0
    polled = checker_api.get(f"/api/v1/desk/reports/{report.slug}/extraction/")
    assert polled.status_code == 200 and polled.json()["state"] == "queued"


def test_a_second_extraction_while_one_is_queued_is_409(checker_api, report):
    assert checker_api.post(f"/api/v1/desk/reports/{report.slug}/extraction/").status_code == 202
    again = checker_api.post(f"/api/v1/desk/reports/{report.slug}/extraction/")
    assert again.status_code == 409
    assert "already" in again.json()["detail"]


def test_extraction_of_an_unknown_report_is_404(checker_api):
    assert checker_api.post("/api/v1/desk/reports/no-such-report/extraction/").status_code == 404


def test_desk_report_detail(checker_api, report, claim):
    body = checker_api.get(f"/api/v1/desk/reports/{report.slug}/").json()
    assert body["claim_count"] == 1
    assert body["content_hash"] == report.content_hash


# --- Queue ----------------------------------------------------------------------------------------
def test_queue_filters_like_the_browser(checker_api, checker, make_claim):
    mine = make_claim(text="Mine", status=Status.IN_PROGRESS, assignee=checker)
    make_claim(text="Unassigned", status=Status.UNREVIEWED)
    make_claim(text="Done", status=Status.PUBLISHED, verdict="true", verdict_summary="yes")

    def ids(query):
        return {c["text"] for c in checker_api.get(f"/api/v1/desk/claims/?{query}").json()["results"]}

    assert ids("") == {"Mine", "Unassigned", "Done"}
    assert ids("assignee=me") == {"Mine"}
    assert ids("assignee=none") == {"Unassigned", "Done"}
    assert ids("status=unreviewed&status=in_progress") == {"Mine", "Unassigned"}
    assert ids("verdict=none") == {"Mine", "Unassigned"}
    assert ids("verdict=true") == {"Done"}
    assert ids("q=mine") == {"Mine"}
    assert ids("report=minister-resigns&sort=-created") == {"Mine", "Unassigned", "Done"}
    assert mine.pk in {c["id"] for c in checker_api.get("/api/v1/desk/claims/?age=0-1").json()["results"]}


@pytest.mark.parametrize(
    "query",
    [
        "status=bogus",
        "min_score=2",
        "min_score=nan",
        "max_score=x",
        "sort=sideways",
        "age=old",
        "duplicates=2",
    ],
)
def test_queue_refuses_unknown_filter_values(checker_api, query):
    response = checker_api.get(f"/api/v1/desk/claims/?{query}")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [query.split("=")[0]]


def test_desk_claim_shows_internal_notes_history_and_assignee(checker_api, published_claim):
    body = checker_api.get(f"/api/v1/desk/claims/{published_claim.pk}/").json()
    assert body["assignee"] == "checker"
    assert body["version"] == published_claim.version
    assert any(n["internal"] for n in body["notes"])
    assert any(h["note"] == "secret internal history" for h in body["history"])
    assert body["allowed_statuses"] == []  # only an editor may unpublish


def test_desk_claim_unknown_is_404(checker_api):
    assert checker_api.get("/api/v1/desk/claims/999999/").status_code == 404


# --- Status ---------------------------------------------------------------------------------------
def test_checker_moves_a_claim_and_history_is_written(checker_api, checker, claim):
    response = checker_api.post(f"/api/v1/desk/claims/{claim.pk}/status/", status_body(claim, "in_progress"))
    assert response.status_code == 200
    assert response.json()["status"] == "in_progress"
    assert response.json()["version"] == claim.version + 1
    change = StatusChange.objects.get(claim=claim)
    assert (change.actor, change.from_value, change.to_value) == (checker, "unreviewed", "in_progress")


def test_stale_version_is_409_with_the_current_version_and_what_changed(checker_api, editor_api, claim):
    read = checker_api.get(f"/api/v1/desk/claims/{claim.pk}/").json()
    editor_api.post(f"/api/v1/desk/claims/{claim.pk}/status/", status_body(claim, "in_progress"))
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/status/",
        {"status": "dismissed", "dismiss_reason": "not_checkworthy", "version": read["version"]},
    )
    assert response.status_code == 409
    body = response.json()
    assert body["current_version"] == read["version"] + 1
    assert "version" in body["errors"]
    assert body["detail"].startswith("This claim was changed by someone else")
    [change] = body["changes"]
    assert (change["actor"], change["field"], change["to_value"]) == ("editor", "status", "in_progress")
    claim.refresh_from_db()
    assert claim.status == Status.IN_PROGRESS


def test_checker_may_not_publish(checker_api, ready_claim):
    ready_claim.status = Status.NEEDS_SIGNOFF
    ready_claim.save()
    response = checker_api.post(
        f"/api/v1/desk/claims/{ready_claim.pk}/status/", status_body(ready_claim, "published")
    )
    assert response.status_code == 403
    assert response.json()["detail"].startswith("Only editors may")


def test_checker_sends_for_signoff_and_editor_publishes(checker_api, editor_api, ready_claim):
    sent = checker_api.post(
        f"/api/v1/desk/claims/{ready_claim.pk}/status/", status_body(ready_claim, "needs_signoff")
    )
    assert sent.status_code == 200
    published = editor_api.post(
        f"/api/v1/desk/claims/{ready_claim.pk}/status/",
        {"status": "published", "version": sent.json()["version"]},
    )
    assert published.status_code == 200
    assert published.json()["published_at"]
    assert APIClient().get(f"/api/v1/claims/{ready_claim.slug}/").status_code == 200


def test_a_move_the_workflow_forbids_is_422_with_the_reason(checker_api, claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/status/", status_body(claim, "needs_signoff")
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {"to": ["A claim cannot go from unreviewed to needs sign-off."]}


def test_dismissing_without_a_reason_is_422_on_the_reason(checker_api, claim):
    response = checker_api.post(f"/api/v1/desk/claims/{claim.pk}/status/", status_body(claim, "dismissed"))
    assert response.status_code == 422
    assert "Say why" in response.json()["detail"]
    assert list(response.json()["errors"]) == ["dismiss_reason"]


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, {"status", "version"}),
        ({"status": "flying", "version": 1}, {"status"}),
        ({"status": "in_progress", "version": "one"}, {"version"}),
        ({"status": "in_progress", "version": 0}, {"version"}),
        ({"status": "in_progress", "version": 2**40}, {"version"}),
        ({"status": "dismissed", "version": 1, "dismiss_reason": "bored"}, {"dismiss_reason"}),
    ],
)
def test_status_input_is_checked_field_by_field(checker_api, claim, body, fields):
    response = checker_api.post(f"/api/v1/desk/claims/{claim.pk}/status/", body, format="json")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == fields


def test_malformed_json_is_400(checker_api, claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/status/", "{not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error")


# --- Verdict --------------------------------------------------------------------------------------
def test_checker_sets_a_verdict(checker_api, ready_claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{ready_claim.pk}/verdict/",
        {"verdict": "mostly_false", "summary": "Close, but no.", "version": ready_claim.version},
    )
    assert response.status_code == 200
    assert (response.json()["verdict"], response.json()["verdict_summary"]) == (
        "mostly_false",
        "Close, but no.",
    )


def test_verdict_without_evidence_is_422(checker_api, make_claim):
    bare = make_claim(status=Status.IN_PROGRESS)
    response = checker_api.post(
        f"/api/v1/desk/claims/{bare.pk}/verdict/",
        {"verdict": "false", "summary": "No.", "version": bare.version},
    )
    assert response.status_code == 422
    assert response.json()["errors"]["verdict"] == [
        "A verdict needs at least one reference or public evidence note."
    ]


def test_a_published_verdict_changes_for_readers_only_when_an_editor_publishes_it(
    checker_api, editor_api, published_claim
):
    body = {"verdict": "false", "summary": "It was 400.", "version": published_claim.version}
    staged = checker_api.post(f"/api/v1/desk/claims/{published_claim.pk}/verdict/", body)
    assert staged.status_code == 200
    assert APIClient().get(f"/api/v1/claims/{published_claim.slug}/").json()["verdict"] == "mostly_false"
    version = staged.json()["version"]
    own = {"status": "published", "note": "New figures.", "version": version}
    assert checker_api.post(f"/api/v1/desk/claims/{published_claim.pk}/status/", own).status_code == 403
    response = editor_api.post(f"/api/v1/desk/claims/{published_claim.pk}/status/", own)
    assert response.status_code == 200
    public = APIClient().get(f"/api/v1/claims/{published_claim.slug}/").json()
    assert public["verdict"] == "false"
    assert any(h["field"] == "correction" and h["note"] == "New figures." for h in public["history"])


def test_stale_verdict_is_409(checker_api, ready_claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{ready_claim.pk}/verdict/",
        {"verdict": "true", "summary": "Yes.", "version": ready_claim.version + 5},
    )
    assert response.status_code == 409
    assert response.json()["current_version"] == ready_claim.version


# --- Assignment -----------------------------------------------------------------------------------
def test_assign_and_unassign(checker_api, other_checker, claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/assignment/",
        {"assignee": "checker2", "version": claim.version},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["assignee"] == "checker2"
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/assignment/",
        {"assignee": None, "version": response.json()["version"]},
        format="json",
    )
    assert response.json()["assignee"] is None


# Both are well-formed usernames (what the schema asks for) that the rules refuse: 422.
@pytest.mark.parametrize(("who", "code"), [("nobody", 422), ("outsider", 422)])
def test_assign_to_someone_without_a_role_is_refused_on_assignee(checker_api, outsider, claim, who, code):
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/assignment/",
        {"assignee": who, "version": claim.version},
        format="json",
    )
    assert response.status_code == code
    assert list(response.json()["errors"]) == ["assignee"]


def test_stale_assignment_is_409(checker_api, other_checker, claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/assignment/",
        {"assignee": "checker2", "version": claim.version + 1},
        format="json",
    )
    assert response.status_code == 409


# --- Evidence, references, captures ---------------------------------------------------------------
def test_public_evidence_and_internal_notes_are_separate_actions(checker_api, claim):
    public = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/evidence/", {"text": "Hansard, col. 12.", "version": claim.version}
    )
    internal = checker_api.post(f"/api/v1/desk/claims/{claim.pk}/notes/", {"text": "Call the press office."})
    assert (public.status_code, internal.status_code) == (201, 201)
    assert (public.json()["internal"], internal.json()["internal"]) == (False, True)
    assert public.json()["author"] == "checker"
    assert list(claim.history.values_list("field", flat=True)) == ["evidence", "note"]


def test_empty_evidence_is_400(checker_api, claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/evidence/", {"text": "   ", "version": claim.version}
    )
    assert response.status_code == 400
    assert "text" in response.json()["errors"]


def test_add_reference_queues_its_capture(checker_api, claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/references/",
        {
            "title": "Housing statistics",
            "kind": "filing",
            "url": "https://stats.example.org/housing",
            "version": claim.version,
        },
    )
    assert response.status_code == 201
    body = response.json()
    assert body["capture_state"] == "queued"
    assert Reference.objects.get(pk=body["id"]).claims.get() == claim
    assert claim.history.filter(field="reference").exists()


def test_add_reference_refuses_bad_kind_and_url(checker_api, claim):
    response = checker_api.post(
        f"/api/v1/desk/claims/{claim.pk}/references/",
        {"title": "", "kind": "rumour", "url": "ftp//x", "version": claim.version},
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"title", "kind", "url"}


def test_queue_a_capture(editor_api, published_claim):
    reference = published_claim.references.get()
    response = editor_api.post(f"/api/v1/desk/references/{reference.pk}/capture/")
    assert response.status_code == 202
    assert response.json()["capture_state"] == "queued"


def test_outsider_cannot_queue_a_capture(outsider_api, anon, published_claim):
    reference = published_claim.references.get()
    assert outsider_api.post(f"/api/v1/desk/references/{reference.pk}/capture/").status_code == 403
    assert anon.post(f"/api/v1/desk/references/{reference.pk}/capture/").status_code == 401


def test_capture_of_unknown_reference_is_404(editor_api):
    assert editor_api.post("/api/v1/desk/references/424242/capture/").status_code == 404


def test_report_text_fixture_is_importable_via_api(editor_api):
    assert editor_api.post("/api/v1/desk/reports/", {"text": REPORT_TEXT}, format="json").status_code == 201
