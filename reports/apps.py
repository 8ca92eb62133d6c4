import logging

from django.apps import AppConfig
from django.conf import settings


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = "Reports"

    def ready(self) -> None:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            logging.getLogger("claimcheck").info(
                "REDIS_URL is not set: background tasks (archiving, extraction) run in-process, eagerly."
            )
