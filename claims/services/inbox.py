"""A person's desk inbox: remembering when they last looked."""

from django.utils import timezone

from ..models import InboxVisit


def mark_inbox_seen(*, user) -> InboxVisit:
    """Everything in the inbox up to now is no longer new to this person."""
    visit, _ = InboxVisit.objects.update_or_create(user=user, defaults={"seen_at": timezone.now()})
    return visit
