"""Redis unreachable, a broker down, a worker killed: the site keeps answering and no capture is lost.

"Unreachable" is a REDIS_URL pointing at a local port nobody listens on; "Redis returns" is a
redis-server this test starts on that port (never the shared one). Worker processes are
`manage.py run_worker`, as `make run` starts them, against the test database (PostgreSQL).
"""

import logging
import shutil
import signal
import subprocess
import time
import uuid
from datetime import timedelta

import kombu.pools
import pytest
from django.core.cache import caches
from django.db import connection
from django.utils import timezone

from config.cache import ResilientRedisCache
from sources import selectors, services
from sources.models import Reference
from tests.conftest import need_service
from tests.factories import freeze_as_published

from .conftest import free_port, process_env, wait_for

Capture = Reference.Capture


def resilient_cache(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "cc",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


@pytest.fixture
def closed_port() -> int:
    return free_port()


@pytest.fixture
def broker_at():
    """Point this process's Celery app at another broker, with fresh connection pools."""
    from config.celery import app

    before = {key: app.conf.get(key) for key in ("broker_url", "task_always_eager", "task_default_queue")}

    def reset_pools():
        # kombu keeps one connection and producer pool per broker URL for the whole process.
        kombu.pools.reset()
        app._pool = None
        app.amqp._producer_pool = None

    def point(url: str, queue: str | None = None) -> None:
        reset_pools()
        app.conf.update(
            broker_url=url, task_always_eager=False, task_default_queue=queue or before["task_default_queue"]
        )

    yield point
    reset_pools()
    app.conf.update(before)


@pytest.fixture
def published(claim):
    return freeze_as_published(claim)


# --- Redis unreachable: the cache and the throttle ---------------------------------------------------


def test_cache_serves_from_memory_and_logs_the_outage_once(closed_port, caplog):
    cache = ResilientRedisCache(
        f"redis://127.0.0.1:{closed_port}/6", {"OPTIONS": {"socket_connect_timeout": 1}}
    )
    with caplog.at_level(logging.WARNING, logger="config.cache"):
        cache.set("page", b"<html>", 60)
        for _ in range(5):
            assert cache.get("page") == b"<html>"
    assert [r.message for r in caplog.records].count(caplog.records[0].message) == 1
    assert "Redis cache unreachable" in caplog.records[0].message
    assert len(caplog.records) == 1


@pytest.mark.django_db
def test_reader_pages_and_the_api_answer_200_while_redis_is_unreachable(
    client, settings, closed_port, published
):
    settings.CACHES = resilient_cache(f"redis://127.0.0.1:{closed_port}/6")
    for url in ("/", "/claims/feed.json", "/sitemap.xml", f"/claims/{published.slug}/", "/api/v1/claims/"):
        assert client.get(url).status_code == 200, url
    assert caches["default"].degraded


@pytest.mark.django_db
def test_queueing_a_capture_with_the_broker_down_answers_at_once_and_leaves_it_unsent(
    client, settings, checker, closed_port, broker_at, published, django_capture_on_commit_callbacks
):
    settings.CACHES = resilient_cache(f"redis://127.0.0.1:{closed_port}/6")
    broker_at(f"redis://127.0.0.1:{closed_port}/6")
    reference = Reference.objects.create(title="Ministry data", url="http://127.0.0.1:9/data")
    client.force_login(checker)
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/api/v1/desk/references/{reference.pk}/capture/")
    assert response.status_code == 202
    assert time.monotonic() - started < 10
    reference.refresh_from_db()
    assert reference.capture_state == Capture.QUEUED
    assert reference.capture_sent_at is None


# --- The sweeper tells "never sent" from "running" ----------------------------------------------------


@pytest.mark.django_db
def test_sweeper_takes_never_sent_and_lost_captures_but_not_running_ones(settings):
    now = timezone.now()
    window = services.running_window()

    def make(title, **fields):
        return Reference.objects.create(title=title, url=f"http://example.org/{title}", **fields)

    never_sent = make("never-sent", capture_state=Capture.QUEUED, state_changed_at=now - timedelta(minutes=1))
    just_queued = make("just-queued", capture_state=Capture.QUEUED, state_changed_at=now)
    sent = make(
        "sent", capture_state=Capture.QUEUED, state_changed_at=now - timedelta(minutes=1), capture_sent_at=now
    )
    running = make("running", capture_state=Capture.FETCHING, state_changed_at=now - window / 2)
    killed = make(
        "killed", capture_state=Capture.FETCHING, state_changed_at=now - window - timedelta(seconds=1)
    )
    stale = selectors.stale_captures(
        now=now, running_window=window, send_grace=timedelta(seconds=10), stale_minutes=30
    )
    assert set(stale) == {never_sent, killed}
    assert not {just_queued, sent, running} & set(stale)


# --- With real processes: Redis comes back; a worker is killed -----------------------------------------


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def own_redis(tmp_path):
    """A redis-server of this test's own, started and stopped on a port it chooses."""
    if not shutil.which("redis-server"):
        need_service("redis-server (to start and stop a Redis of the test's own)", False)
    servers = []

    def start(port: int) -> subprocess.Popen:
        server = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(tmp_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        servers.append(server)
        ping = ["redis-cli", "-p", str(port), "ping"]
        wait_for(lambda: subprocess.run(ping, capture_output=True, text=True).stdout.strip() == "PONG",
                 timeout=20, what="redis-server to start")  # fmt: skip
        return server

    yield start
    for server in servers:
        server.terminate()
        server.wait(timeout=20)


def settled(reference: Reference):
    reference.refresh_from_db()
    return reference.capture_state in (Capture.ARCHIVED, Capture.FAILED) and reference


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_capture_queued_while_redis_is_down_completes_when_it_returns(
    client, settings, checker, pages, claim, closed_port, broker_at, own_redis, worker_process,
    postgres_required, tmp_path,
):  # fmt: skip
    redis_url = f"redis://127.0.0.1:{closed_port}/6"
    settings.CACHES = resilient_cache(redis_url)
    broker_at(redis_url)
    reference = Reference.objects.create(title="Housing figures revised", url=pages.url("/article"))
    reference.claims.add(claim)
    client.force_login(checker)
    assert client.get("/").status_code == 200
    assert client.post(f"/api/v1/desk/references/{reference.pk}/capture/").status_code == 202
    reference.refresh_from_db()
    assert (reference.capture_state, reference.capture_sent_at) == (Capture.QUEUED, None)

    own_redis(closed_port)  # Redis is back
    env = process_env(
        tmp_path / "var", REDIS_URL=redis_url, DATABASE_URL=database_url(), ARCHIVE_SEND_GRACE_SECONDS="1"
    )
    worker = worker_process(env)
    wait_for(
        lambda: settled(reference),
        timeout=120,
        interval=0.2,
        what=lambda: f"the capture; log:\n{worker.log()}",
    )
    assert reference.capture_state == Capture.ARCHIVED
    assert reference.snapshots.get().ok


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_capture_under_way_when_its_worker_is_killed_completes_within_three_minutes(
    pages, claim, redis_url, broker_at, worker_process, postgres_required, tmp_path
):
    queue = f"claimcheck-test-{uuid.uuid4().hex[:8]}"
    broker_at(redis_url, queue)
    env = process_env(
        tmp_path / "var",
        REDIS_URL=redis_url,
        DATABASE_URL=database_url(),
        CELERY_QUEUE=queue,
        # Short limits so the test takes a minute, not the production three: the capture's hard
        # limit is 35 s, the broker gives an unacknowledged message back after 65 s.
        ARCHIVE_TOTAL_TIMEOUT="5",
        CELERY_TASK_TIME_LIMIT="20",
        CELERY_TASK_SOFT_TIME_LIMIT="15",
    )
    worker = worker_process(env, concurrency=2)
    reference = Reference.objects.create(title="Worth the wait", url=pages.url("/stall-once"))
    reference.claims.add(claim)
    started = time.monotonic()
    services.queue_capture(reference=reference)
    wait_for(
        lambda: pages.hits["/stall-once"] == 1,
        timeout=60,
        what=lambda: f"the fetch to start; log:\n{worker.log()}",
    )
    worker.kill(signal.SIGKILL)  # the main process and its pool children, at once
    pages.release.set()
    worker = worker_process(env, concurrency=2)
    wait_for(
        lambda: settled(reference),
        timeout=180,
        interval=0.5,
        what=lambda: f"the capture; log:\n{worker.log()}",
    )
    assert time.monotonic() - started < 180
    assert reference.capture_state == Capture.ARCHIVED
    assert reference.snapshots.filter(ok=True).count() == 1
    assert reference.capture_attempts == 2
