"""The hook into archiving: when a capture with text is stored, find passages once it is committed."""

from django.db import transaction


def capture_stored(sender, instance, created: bool, **kwargs) -> None:
    if not (created and instance.ok and instance.text):
        return
    from .tasks import find_passages

    snapshot_id = instance.pk
    transaction.on_commit(lambda: find_passages.delay(snapshot_id))
