"""`python manage.py run_worker`: the worker `make run` starts beside the web server."""

from celery import current_app
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connections


class Command(BaseCommand):
    help = (
        "Run a Celery worker with beat: on Redis when REDIS_URL is set, otherwise on a filesystem queue "
        "under VAR_DIR that needs no server. What `make run` starts beside the web server."
    )

    def add_arguments(self, parser):
        parser.add_argument("--concurrency", type=int, default=2, help="worker processes (default 2)")
        parser.add_argument("--loglevel", default="INFO")

    def handle(self, *args, **options):
        broker = "Redis" if settings.REDIS_URL else f"the filesystem queue in {settings.CELERY_QUEUE_DIR}"
        self.stdout.write(f"Starting a Celery worker with beat on {broker}.")
        self.stdout.flush()
        sqlite_for_concurrent_workers()
        # The app config/celery.py made when Django loaded config.settings (the layers keep
        # sources from importing config).
        current_app.worker_main(worker_argv(concurrency=options["concurrency"], loglevel=options["loglevel"]))


def worker_argv(*, concurrency: int = 2, loglevel: str = "INFO") -> list[str]:
    """The worker's command line: beat embedded, its schedule under VAR_DIR."""
    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    argv = [
        "worker",
        "--beat",
        f"--schedule={settings.VAR_DIR / 'celerybeat-schedule'}",
        f"--loglevel={loglevel}",
        f"--concurrency={concurrency}",
    ]
    if not settings.REDIS_URL:
        # The filesystem transport has no broadcast for remote control, events or gossip.
        argv += ["--without-mingle", "--without-gossip", "--without-heartbeat"]
    return argv


def sqlite_for_concurrent_workers() -> None:
    """On SQLite (the embedded default) several worker processes write at once: write-ahead logging
    lets readers and a writer go on together, and IMMEDIATE transactions wait for the write lock
    (the busy timeout) instead of failing at once when two read-then-write transactions collide."""
    connection = connections["default"]
    if connection.vendor != "sqlite":
        return
    connection.settings_dict.setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode=WAL")
    connection.close()
