from django.apps import AppConfig


class PassagesConfig(AppConfig):
    """The passages behind attributions: its own app inside claims, with its own migrations."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "claims.passages"
    label = "passages"
    verbose_name = "Passages"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from sources.models import Snapshot

        from .signals import capture_stored

        # One well-separated hook into archiving: a stored capture with text queues passage finding.
        post_save.connect(capture_stored, sender=Snapshot, dispatch_uid="claimcheck-passages-capture")
