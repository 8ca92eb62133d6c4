from django.conf import settings
from django.core.management.base import BaseCommand

from config.celery import app, worker_argv


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
        app.worker_main(worker_argv(concurrency=options["concurrency"], loglevel=options["loglevel"]))
