"""What every claim service shares: lock and check the version, save, bump, record history.

The order is always lock → check → save → record, inside one transaction: the version the
caller read is compared with the row under `select_for_update`, so two saves can never both
pass the check.
"""

from django.db.models import F
from django.utils import timezone

from core import validation
from core.errors import NotAllowed, Refused, StaleVersion

from ..models import Claim, StatusChange
from ..workflow import WORK, Status

__all__ = ["NotAllowed", "Refused", "StaleVersion"]

CONTENT_FIELDS = (
    StatusChange.Field.TEXT,
    StatusChange.Field.VERDICT,
    StatusChange.Field.ATTRIBUTION,
    StatusChange.Field.EVIDENCE,
    StatusChange.Field.REFERENCE,
)


def actor_or_none(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def record(
    *,
    claim: Claim,
    actor,
    field: str,
    from_value: str = "",
    to_value: str = "",
    note: str = "",
    internal: bool = True,
) -> StatusChange:
    return StatusChange.objects.create(
        claim=claim,
        actor=actor_or_none(actor),
        field=field,
        from_value=from_value or "",
        to_value=to_value or "",
        note=note or "",
        internal=internal,
    )


def lock(claim: Claim | int, expected_version: int | None) -> Claim:
    """Re-read the claim under a row lock; refuse if it moved on since the caller read it.

    Call inside `transaction.atomic`. `expected_version` None means the caller holds no version
    (the system, or an action that conflicts with nobody, such as an internal note).
    """
    pk = claim if isinstance(claim, int) else claim.pk
    current = Claim.objects.select_for_update().get(pk=pk)
    if expected_version is not None and int(expected_version) != current.version:
        raise StaleVersion(current, int(expected_version))
    return current


def save(claim: Claim, fields: list[str], *, content: bool) -> Claim:
    """Write these fields and bump the version.

    `content`: the change is to what readers see (text, verdict, attributions, evidence,
    references). On a published claim it then waits for an editor to publish it as an update.
    """
    extra = {"update_pending": True} if content and claim.status == Status.PUBLISHED else {}
    Claim.objects.filter(pk=claim.pk).update(
        version=F("version") + 1,
        updated_at=timezone.now(),
        **{f: getattr(claim, f) for f in fields},
        **extra,
    )
    claim.refresh_from_db()
    return claim


def bump(claim: Claim, *, content: bool = True) -> Claim:
    """A change to what hangs off the claim (attributions, evidence, references): a new version."""
    return save(claim, [], content=content)


def require(actor, perm: str, message: str) -> None:
    if actor is not None and not actor.has_perm(perm):
        raise NotAllowed(message)


def require_work(actor, what: str) -> None:
    require(actor, WORK, f"Only fact-checkers and editors may {what}.")


def username(user) -> str:
    return user.get_username() if user is not None else ""


def clean_text(value: str | None, *, field: str, what: str, max_length: int | None = None) -> str:
    """Text from any surface: control characters out (a NUL refused), whitespace trimmed, required and
    measured (core.validation, with the claim's own words for the refusal)."""
    text = validation.clean_text(value, field=field, max_length=None, multiline=True)
    if not text:
        raise Refused(f"{what} needs some text.", field=field)
    if max_length is not None and len(text) > max_length:
        raise Refused(f"{what} is {len(text):,} characters; the limit is {max_length:,}.", field=field)
    return text
