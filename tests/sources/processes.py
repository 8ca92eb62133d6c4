"""Processes the tests start and always stop: `make run`'s worker, and pywb for replay.
Every wait polls with a deadline."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests


def wait_for(predicate, *, timeout: float = 20.0, interval: float = 0.05, what="condition"):
    """Poll until `predicate()` is truthy; fail with `what` (or what it returns, when it is a
    function: a worker's log, read at the time) after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(
                f"Timed out after {timeout}s waiting for {what() if callable(what) else what}."
            )
        time.sleep(interval)


# --- Worker processes, started the way `make run` starts them --------------------------------------

BASE_DIR = Path(__file__).resolve().parents[2]
# What a worker process must not inherit from the test run: its own database, broker and queue
# are given explicitly.
INHERITED_OUT = ("DATABASE_URL", "REDIS_URL", "CELERY_QUEUE", "REQUIRE_SERVICES", "PYTEST_CURRENT_TEST")


def process_env(var_dir: Path, **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in INHERITED_OUT}
    env.update(
        DEBUG="1",
        VAR_DIR=str(var_dir),
        ARCHIVE_ROOT=str(var_dir / "archive"),
        ARCHIVE_ALLOWED_HOSTS="127.0.0.1",
        ARCHIVE_RETRY_BACKOFF="1",
        ARCHIVE_SWEEP_SECONDS="2",
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


def manage(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip


class WorkerProcess:
    """`manage.py run_worker` (what `make run` starts) in a process group of its own, so a test
    can kill the main process and its children at once, and always stops it afterwards."""

    def __init__(self, env: dict[str, str], log_path: Path):
        self.env = env
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def start(self, concurrency: int = 1) -> "WorkerProcess":
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child keeps writing to it
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "run_worker", "--concurrency", str(concurrency)],
            cwd=BASE_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        log.close()
        return self

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            self.process.wait(timeout=30)
        self.process = None

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]


# --- Replay with pywb -----------------------------------------------------------------------------

REPLAY_BIN = BASE_DIR / ".venv-replay" / "bin"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Wayback:
    """pywb serving one collection per WARC file given, on 127.0.0.1 (no live web, no recording)."""

    def __init__(self, root: Path, warcs: dict[str, Path]):
        self.root = root
        for collection, warc in warcs.items():
            for command in (["init", collection], ["add", collection, str(warc)]):
                done = subprocess.run(
                    [str(REPLAY_BIN / "wb-manager"), *command], cwd=root, capture_output=True, text=True,
                    timeout=120, check=False,
                )  # fmt: skip
                assert done.returncode == 0, done.stderr
        self.port = free_port()
        self.process = subprocess.Popen(
            [str(REPLAY_BIN / "wayback"), "--bind", "127.0.0.1", "--port", str(self.port)],
            cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        wait_for(self._answers, timeout=60, interval=0.2, what="pywb to start")

    def _answers(self) -> bool:
        try:
            return requests.get(f"http://127.0.0.1:{self.port}/", timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def replay(self, collection: str, timestamp: str, url: str) -> requests.Response:
        # id_: the archived bytes as they were, without pywb's rewriting.
        return requests.get(f"http://127.0.0.1:{self.port}/{collection}/{timestamp}id_/{url}", timeout=30)

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=20)
