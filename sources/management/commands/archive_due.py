from django.core.management.base import BaseCommand

from sources import schedules


class Command(BaseCommand):
    help = (
        "Queue the captures that are due: stale or retrying ones (the sweeper) and references due for "
        "re-capture. Celery beat does this on a schedule; run it by hand or from cron when no beat runs."
    )

    def handle(self, *args, **options):
        swept = schedules.sweep_stale_captures()
        due = schedules.queue_due_recaptures()
        self.stdout.write(f"Queued {swept} stale or retrying capture(s) and {due} re-capture(s).")
