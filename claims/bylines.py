"""Who a published fact check credits, in the words readers see.

A person's byline is their `Byline.name` when they set one (their name, or a desk name instead
of theirs), else their full name, else the desk's name (`DESK_NAME`): a login name is never shown.
"""

from django.conf import settings

from .models import Byline


def credited_name(user) -> str:
    """The name a reader sees for this person; '' for nobody."""
    if user is None:
        return ""
    try:
        name = user.byline.name.strip()
    except Byline.DoesNotExist:
        name = ""
    return name or user.get_full_name().strip() or settings.DESK_NAME
