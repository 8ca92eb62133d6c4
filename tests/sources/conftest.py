"""Fixtures for the archive's tests: the page server (pages.py), archive storage in a temp dir,
worker and pywb processes (processes.py).

Every WARC file any test writes (under pytest's temp directory) is checked with `warcio check`
at the end of the session: an independent reader must verify every digest.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import need_service

from .pages import PageServer, article
from .processes import REPLAY_BIN, Wayback, WorkerProcess, free_port, manage, process_env, wait_for

__all__ = ["article", "free_port", "manage", "process_env", "wait_for"]


@pytest.fixture
def pages():
    server = PageServer()
    yield server
    server.stop()


@pytest.fixture(scope="session", autouse=True)
def warcio_checks_every_warc(tmp_path_factory):
    yield
    files = sorted(str(path) for path in tmp_path_factory.getbasetemp().rglob("*.warc.gz"))
    if not files:
        return
    warcio = Path(sys.executable).with_name("warcio")
    checked = subprocess.run([str(warcio), "check", *files], capture_output=True, text=True, timeout=600)
    assert checked.returncode == 0, f"warcio check failed:\n{checked.stdout}{checked.stderr}"


@pytest.fixture(autouse=True)
def archive_storage(settings, tmp_path):
    """WARCs go to a temp dir, never into var/."""
    root = tmp_path / "archive"
    settings.ARCHIVE_ROOT = root
    settings.STORAGES = {
        **settings.STORAGES,
        "archive": {
            "BACKEND": "sources.models.AtomicFileSystemStorage",
            "OPTIONS": {"location": str(root), "base_url": None},
        },
    }
    return root


@pytest.fixture
def allow_local(settings):
    """Let the archiver reach the test server on 127.0.0.1 (and nothing else that is blocked)."""
    settings.ARCHIVE_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.ARCHIVE_CONNECT_TIMEOUT = 2
    settings.ARCHIVE_READ_TIMEOUT = 2
    settings.ARCHIVE_TOTAL_TIMEOUT = 10


@pytest.fixture
def eager():
    """Tasks run in-process (the laptop default), whatever REDIS_URL says."""
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield app
    app.conf.task_always_eager = before


@pytest.fixture
def worker_process(tmp_path):
    started: list[WorkerProcess] = []

    def start(env: dict[str, str], concurrency: int = 1) -> WorkerProcess:
        worker = WorkerProcess(env, tmp_path / f"worker-{len(started)}.log").start(concurrency)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture
def wayback(tmp_path):
    if not (REPLAY_BIN / "wayback").exists():
        need_service("pywb (.venv-replay, made by `make test`)", False)
    started: list[Wayback] = []

    def start(warcs: dict[str, Path]) -> Wayback:
        root = tmp_path / f"pywb-{len(started)}"
        root.mkdir()
        started.append(Wayback(root, warcs))
        return started[-1]

    yield start
    for server in started:
        server.stop()
