"""The claim's own words."""

from django.db import transaction

from ..models import Claim, StatusChange
from ._base import clean_text, lock, record, require_work, save

TEXT_MAX = 2000


@transaction.atomic
def edit_text(*, claim: Claim, text: str, actor, expected_version: int | None = None) -> Claim:
    """Reword the claim. On a published claim it waits for an editor to publish it as an update."""
    claim = lock(claim, expected_version)
    require_work(actor, "edit claims")
    text = clean_text(text, field="text", what="A claim", max_length=TEXT_MAX)
    if text == claim.text:
        return claim
    old = claim.text
    claim.text = text
    claim = save(claim, ["text"], content=True)
    record(claim=claim, actor=actor, field=StatusChange.Field.TEXT, from_value=old, to_value=text)
    return claim
