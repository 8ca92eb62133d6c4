"""The Celery app, and the command line of the worker `make run` starts beside the web server.

`python manage.py run_worker` runs a worker with beat embedded, on Redis when REDIS_URL is
set and otherwise on kombu's filesystem transport under VAR_DIR (no server needed), so
retries, re-captures and the sweeper work on a laptop exactly as in production.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("claimcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def worker_argv(*, concurrency: int = 2, loglevel: str = "INFO") -> list[str]:
    """The command line of the development worker (what `make run` starts)."""
    from django.conf import settings

    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)  # beat keeps its schedule there
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
