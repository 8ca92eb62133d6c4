"""How a person is credited on readers' pages: their byline (claims.models.Byline)."""

from django.db import transaction

from ..models import Byline
from ._base import Refused, require_work

BYLINE_MAX = 120


@transaction.atomic
def set_byline(*, user, name: str, actor) -> Byline:
    """Set (or with '' clear) the name readers see for this person's work. People set their own;
    the admin may set anyone's."""
    require_work(actor, "set bylines")
    if actor is not None and actor.pk != user.pk and not actor.is_superuser:
        raise Refused("You may set only your own byline.", field="name")
    name = " ".join((name or "").split())
    if len(name) > BYLINE_MAX:
        raise Refused(f"A byline is at most {BYLINE_MAX} characters.", field="name")
    byline, _ = Byline.objects.select_for_update().get_or_create(user=user)
    if byline.name != name:
        byline.name = name
        byline.save(update_fields=["name", "updated_at"])
    return byline
