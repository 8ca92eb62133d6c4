"""A REAL Celery worker on the REAL Redis for tests that queue claim work (import the fixture into a
conftest or test module). The capture tests keep their own (tests/sources/test_worker.py)."""

import uuid

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.db import connections


def _close_worker_connections(**_kwargs):
    # The worker thread's connections would otherwise outlive the test database.
    connections.close_all()


@pytest.fixture
def worker(redis_url):
    """A REAL Celery worker on the REAL Redis (REDIS_URL), in a thread of this process with its own
    database connections, consuming a queue of its own (as tests/sources/test_worker.py does)."""
    from config.celery import app

    queue = f"claimcheck-test-{uuid.uuid4().hex[:8]}"
    overrides = {"task_always_eager": False, "broker_url": redis_url, "task_default_queue": queue}
    before = {key: app.conf.get(key) for key in overrides}
    app.conf.update(overrides)
    task_postrun.connect(_close_worker_connections, weak=False)
    try:
        with start_worker(
            app, pool="solo", perform_ping_check=False, queues=[queue], shutdown_timeout=60
        ) as w:
            yield w
    finally:
        task_postrun.disconnect(_close_worker_connections)
        app.conf.update(before)
