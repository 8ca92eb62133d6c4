"""The admin and the sweep command go through the archiving services, never around them."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from sources.models import Reference

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "a-long-admin-password-1")
    client.force_login(admin)
    return client


@pytest.fixture
def eager_tasks():
    """Run Celery tasks here, even when a broker is configured (CI)."""
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = before


def test_admin_url_change_goes_through_the_service_and_queues_a_capture(
    admin_client, settings, eager_tasks, django_capture_on_commit_callbacks
):
    settings.ARCHIVE_ALLOWED_HOSTS = []  # the capture is refused: no network used
    reference = Reference.objects.create(title="Budget paper", kind="filing", url="")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:sources_reference_change", args=[reference.pk]),
            {
                "title": "Budget paper",
                "kind": "filing",
                "publisher": "",
                "url": "http://127.0.0.1:9/paper",
                "cue": "",
                "snapshots-TOTAL_FORMS": "0",
                "snapshots-INITIAL_FORMS": "0",
            },
        )
    assert response.status_code == 302
    reference.refresh_from_db()
    assert reference.url == "http://127.0.0.1:9/paper"
    # The capture was queued and ran in-process; 127.0.0.1 is not allow-listed, so it was refused.
    assert reference.capture_state == Reference.Capture.FAILED
    assert reference.capture_attempts >= 1


def test_admin_cannot_edit_capture_state(admin_client):
    reference = Reference.objects.create(title="Paper", kind="other")
    response = admin_client.get(reverse("admin:sources_reference_change", args=[reference.pk]))
    assert b'name="capture_state"' not in response.content


def test_archive_due_reports_what_it_queued(capsys):
    call_command("archive_due")
    assert "Queued 0 stale or retrying capture(s) and 0 re-capture(s)." in capsys.readouterr().out


def test_add_reference_refuses_a_non_web_url(claim):
    from claims.services import add_reference
    from sources.references import InvalidReference

    with pytest.raises(InvalidReference, match="not a web address"):
        add_reference(claim=claim, title="Leaked memo", kind="other", url="javascript:alert(1)")
    assert not Reference.objects.exists()


def test_update_reference_url_refuses_a_file_url(claim):
    from claims.services import update_reference_url
    from sources.references import InvalidReference

    reference = Reference.objects.create(title="Memo", kind="other")
    with pytest.raises(InvalidReference):
        update_reference_url(reference=reference, url="file:///etc/passwd")
    reference.refresh_from_db()
    assert reference.url == ""


# --- archive_url ----------------------------------------------------------------------------------


@pytest.fixture
def no_connections(monkeypatch):
    """Every connection attempt is recorded and refused: a refusal must come before any."""
    import socket

    attempts = []

    def refuse(self, address, *args, **kwargs):
        attempts.append(address)
        raise OSError("the test allows no connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def run_archive_url(url: str, capsys) -> tuple[int, dict]:
    import json

    with pytest.raises(SystemExit) as exited:
        call_command("archive_url", url, "--json")
    return exited.value.code, json.loads(capsys.readouterr().out)


def test_archive_url_refuses_the_metadata_service_before_any_connection(capsys, no_connections):
    code, answer = run_archive_url("http://169.254.169.254/latest/meta-data/", capsys)
    assert code == 1
    assert answer["error"] == "BlockedAddress"
    assert answer["reason"].startswith("Refused: 169.254.169.254 points to an address inside a private")
    assert no_connections == []


def test_archive_url_refuses_a_non_web_address_without_storing_anything(capsys, no_connections):
    code, answer = run_archive_url("file:///etc/passwd", capsys)
    assert (code, answer["error"]) == (1, "UnsupportedScheme")
    assert not Reference.objects.exists()
    assert no_connections == []


def test_archive_url_records_the_capture_on_the_reference_with_that_url(pages, allow_local, capsys):
    import json

    reference = Reference.objects.create(title="Budget paper", url=pages.url("/article"))
    call_command("archive_url", pages.url("/article"), "--json")
    answer = json.loads(capsys.readouterr().out)
    reference.refresh_from_db()
    assert answer["status"] == "archived"
    assert reference.capture_state == Reference.Capture.ARCHIVED
    assert reference.snapshots.get().sha256 == answer["sha256"]


@pytest.mark.parametrize("page", ["admin:sources_reference_add", "admin:reports_report_add"])
def test_admin_url_fields_assume_https_without_a_deprecation_warning(admin_client, page):
    import warnings

    from django.utils.deprecation import RemovedInDjango60Warning

    with warnings.catch_warnings():
        warnings.simplefilter("error", RemovedInDjango60Warning)
        response = admin_client.get(reverse(page))
    assert response.status_code == 200
    assert response.context["adminform"].form.fields["url"].assume_scheme == "https"
