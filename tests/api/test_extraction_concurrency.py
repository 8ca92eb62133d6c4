"""Six simultaneous extraction requests for one report: it is queued once, the others get 409."""

import threading

import pytest
from django.db import connection

from claims import ingest
from claims.models import Claim
from core.errors import Busy
from core.locks import held
from reports.models import Report
from reports.services import import_report
from tests.api.conftest import token_client
from tests.conftest import REPORT_TEXT


def _try_elsewhere(name: str) -> str:
    """Take the lock from another thread (its own database connection), as another request would."""
    outcome = []

    def attempt():
        try:
            with held(name, busy="taken"):
                outcome.append("got it")
        except Busy as exc:
            outcome.append(str(exc))
        finally:
            connection.close()

    thread = threading.Thread(target=attempt)
    thread.start()
    thread.join(30)
    return outcome[0]


@pytest.mark.django_db(transaction=True)
def test_a_held_lock_refuses_another_holder_and_frees_on_exit():
    with held("probe", busy="taken"):
        assert _try_elsewhere("probe") == "taken"
        assert _try_elsewhere("another") == "got it"
    assert _try_elsewhere("probe") == "got it"


@pytest.mark.django_db(transaction=True)
def test_six_simultaneous_extractions_of_one_report_queue_it_once(postgres_required, checker):
    """The request only queues the work (202); of six at once exactly one gets through, the others
    are refused with 409 while it is queued, and the report is queued once."""
    report = import_report(text=REPORT_TEXT, title="Minister resigns").report
    client_token = token_client(checker)._credentials  # made once, before the threads
    start, answers = threading.Barrier(6), []

    def request():
        from rest_framework.test import APIClient

        client = APIClient()
        client.credentials(**client_token)
        try:
            start.wait(30)
            answers.append(client.post(f"/api/v1/desk/reports/{report.slug}/extraction/"))
        finally:
            connection.close()

    threads = [threading.Thread(target=request) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    codes = sorted(a.status_code for a in answers)
    assert codes == [202, 409, 409, 409, 409, 409]
    refusal = next(a for a in answers if a.status_code == 409).json()
    assert "already" in refusal["detail"] and refusal["errors"] == {}
    report.refresh_from_db()
    assert report.extraction_state == report.Extraction.QUEUED


@pytest.mark.django_db(transaction=True)
def test_a_worker_run_while_another_runs_stores_nothing_twice(postgres_required):
    """The worker side keeps its lock: a second run of the same report while one holds it is Busy."""
    report = import_report(text=REPORT_TEXT, title="Minister resigns").report
    with held(f"extract-report:{report.pk}", busy="taken"):
        outcome = []

        def run():
            try:
                ingest.store_extraction(report=Report.objects.get(pk=report.pk))
            except Busy as exc:
                outcome.append(str(exc))
            finally:
                connection.close()

        thread = threading.Thread(target=run)
        thread.start()
        thread.join(60)
    assert outcome and "already" in outcome[0]
    assert Claim.objects.filter(report=report).count() == 0
