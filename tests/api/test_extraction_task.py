"""Extraction through the API with a REAL Celery worker on the REAL Redis: the request answers 202 at
once with a task URL, and polling it shows the worker's progress up to the stored claims."""

import time

import pytest

from claims.models import Claim
from reports.services import import_report
from tests.api.conftest import token_client
from tests.conftest import REPORT_TEXT

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True)]


def poll(client, url: str, *, timeout: float = 120.0) -> list[dict]:
    """Every answer of the task URL until the extraction ends (no sleeping on a guess: a deadline)."""
    seen, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = client.get(url)
        assert response.status_code == 200
        seen.append(response.json())
        if seen[-1]["state"] in ("done", "failed"):
            return seen
        time.sleep(0.05)
    raise AssertionError(f"the extraction did not end within {timeout:.0f} s: {seen[-1]}")


def test_extraction_is_202_and_its_task_url_reports_progress_to_the_end(worker, checker):
    report = import_report(text=REPORT_TEXT, title="Minister resigns").report
    client = token_client(checker)
    started = time.monotonic()
    response = client.post(f"/api/v1/desk/reports/{report.slug}/extraction/")
    assert time.monotonic() - started < 2, "the request waited for the extraction"
    assert response.status_code == 202
    seen = poll(client, response["Location"])

    last = seen[-1]
    assert last["state"] == "done", last
    assert last["progress"] == 100 and last["error"] == ""
    stored = Claim.objects.filter(report=report).count()
    assert stored > 0 and last["outcome"] == {
        "created": stored, "updated": 0, "unchanged": 0, "kept": 0, "removed": 0
    }
    progress = [answer["progress"] for answer in seen]
    assert progress == sorted(progress), "progress went backwards"


def test_extraction_can_be_asked_again_once_done_and_keeps_the_claims(worker, checker):
    report = import_report(text=REPORT_TEXT, title="Minister resigns").report
    client = token_client(checker)
    url = client.post(f"/api/v1/desk/reports/{report.slug}/extraction/")["Location"]
    poll(client, url)
    before = set(Claim.objects.filter(report=report).values_list("slug", flat=True))
    assert client.post(url).status_code == 202
    last = poll(client, url)[-1]
    assert last["state"] == "done" and last["outcome"]["created"] == 0
    assert set(Claim.objects.filter(report=report).values_list("slug", flat=True)) == before
