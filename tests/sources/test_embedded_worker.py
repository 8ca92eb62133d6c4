"""The laptop default: no REDIS_URL, and `make run`'s worker (manage.py run_worker) on the
filesystem queue under VAR_DIR still captures, retries on its own and runs the sweeper.

Everything runs out of this process, as on a laptop: a SQLite file and a queue folder in a
temp VAR_DIR, a web-side process that queues the capture, and the worker. Nothing is run by
hand in between: the capture has to get through two 503s by itself.
"""

import json
import sqlite3

import pytest

from .conftest import manage, process_env, wait_for

pytestmark = pytest.mark.django_db  # only for the page server fixtures; the data lives in var_dir

QUEUE_A_CAPTURE = """
from sources.models import Reference
from sources import services
reference = Reference.objects.create(title="Laptop capture", url={url!r})
services.queue_capture(reference=reference)
reference.refresh_from_db()
print("QUEUED", reference.pk, reference.capture_sent_at is not None)
"""


def reference_state(database, pk: int) -> tuple[str, int, str]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as db:
        row = db.execute(
            "SELECT capture_state, capture_attempts, capture_error FROM sources_reference WHERE id = ?", (pk,)
        ).fetchone()
    return row


def test_embedded_worker_retries_a_page_that_fails_twice_without_any_command(pages, tmp_path, worker_process):
    var_dir = tmp_path / "var"
    env = process_env(var_dir)
    migrated = manage("migrate", "--noinput", env=env, timeout=300)
    assert migrated.returncode == 0, migrated.stderr
    worker = worker_process(env)
    queued = manage("shell", "-c", QUEUE_A_CAPTURE.format(url=pages.url("/fails-twice")), env=env)
    assert queued.returncode == 0, queued.stderr
    _, pk, sent = next(line for line in queued.stdout.splitlines() if line.startswith("QUEUED")).split()
    assert sent == "True"  # the filesystem queue needs no server: the message went out at once
    database = var_dir / "claimcheck.sqlite3"
    state = wait_for(
        lambda: (row := reference_state(database, int(pk))) and row[0] in ("archived", "failed") and row,
        timeout=120,
        interval=0.2,
        what=lambda: f"the capture to settle; worker log:\n{worker.log()}",
    )
    assert state[:2] == ("archived", 3)
    assert pages.hits["/fails-twice"] == 3


def test_archive_url_prints_the_snapshot_as_json(pages, tmp_path):
    env = process_env(tmp_path / "var")
    assert manage("migrate", "--noinput", env=env, timeout=300).returncode == 0
    done = manage("archive_url", pages.url("/article"), "--json", env=env)
    assert done.returncode == 0, done.stderr
    snapshot = json.loads(done.stdout)
    assert snapshot["status"] == "archived"
    assert snapshot["final_url"] == pages.url("/article")
    assert snapshot["title"] == "Housing figures revised"
    assert len(snapshot["sha256"]) == 64 and snapshot["fetched_at"]
    assert snapshot["warc_path"].startswith(str(tmp_path / "var" / "archive" / "warc"))
