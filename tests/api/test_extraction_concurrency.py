"""Six simultaneous extraction requests for one report: it runs once, the others get 409."""

import threading
import time

import pytest
from django.db import connection

from claims import ingest
from claims.models import Claim
from core.errors import Busy
from core.locks import held
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
def test_six_simultaneous_extractions_of_one_report_run_once(postgres_required, checker, monkeypatch):
    report = import_report(text=REPORT_TEXT, title="Minister resigns").report
    client_token = token_client(checker)._credentials  # made once, before the threads
    entered, release = threading.Event(), threading.Event()
    real = ingest.extract_many

    def held_open(*args, **kwargs):
        entered.set()
        assert release.wait(60), "the test never let the extraction finish"
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest, "extract_many", held_open)
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
    deadline = time.monotonic() + 60
    while len(answers) < 5 and time.monotonic() < deadline:  # five refusals while one runs
        time.sleep(0.02)
    release.set()
    for thread in threads:
        thread.join(120)

    assert entered.is_set()
    codes = sorted(a.status_code for a in answers)
    assert codes == [200, 409, 409, 409, 409, 409]
    refusal = next(a for a in answers if a.status_code == 409).json()
    assert "already" in refusal["detail"] and refusal["errors"] == {}
    assert Claim.objects.filter(report=report).count() > 0
    assert Claim.objects.filter(report=report).values("slug").distinct().count() == Claim.objects.count()
