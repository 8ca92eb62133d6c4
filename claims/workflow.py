"""The verification workflow, defined once: statuses, verdicts and who may move a claim where.

Every status change in the app (browser, API, admin, commands) goes through
`claims.services.change_status`, which asks `check_transition` here.
"""

from django.core.exceptions import PermissionDenied
from django.db import models


class Status(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    IN_PROGRESS = "in_progress", "In progress"
    NEEDS_SIGNOFF = "needs_signoff", "Needs sign-off"
    PUBLISHED = "published", "Published"
    DISMISSED = "dismissed", "Dismissed"


OPEN_STATUSES = (Status.UNREVIEWED, Status.IN_PROGRESS, Status.NEEDS_SIGNOFF)


class Verdict(models.TextChoices):
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MIXED = "mixed", "Mixed"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    UNVERIFIABLE = "unverifiable", "Unverifiable"


# schema.org ClaimReview ratingValue on a 1 (worst) .. 5 (best) scale; unverifiable has none.
VERDICT_RATING: dict[str, int | None] = {
    Verdict.TRUE: 5,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.MIXED: 3,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.FALSE: 1,
    Verdict.UNVERIFIABLE: None,
}
BEST_RATING, WORST_RATING = 5, 1


class DismissReason(models.TextChoices):
    DUPLICATE = "duplicate", "Duplicate of another claim"
    NOT_CHECKWORTHY = "not_checkworthy", "Not check-worthy"
    OTHER = "other", "Other"


# Permission codenames (app label "claims") that guard the editor-only moves.
PUBLISH = "claims.publish_claim"
REOPEN = "claims.reopen_claim"
WORK = "claims.change_claim"

# (from, to) -> the permission the actor needs. A pair not listed is not allowed at all.
TRANSITIONS: dict[tuple[str, str], str] = {
    (Status.UNREVIEWED, Status.IN_PROGRESS): WORK,
    (Status.IN_PROGRESS, Status.NEEDS_SIGNOFF): WORK,
    (Status.IN_PROGRESS, Status.UNREVIEWED): WORK,  # put back untouched, e.g. picked up by mistake
    (Status.NEEDS_SIGNOFF, Status.PUBLISHED): PUBLISH,
    (Status.NEEDS_SIGNOFF, Status.IN_PROGRESS): PUBLISH,  # an editor sends it back with a note
    (Status.UNREVIEWED, Status.DISMISSED): WORK,
    (Status.IN_PROGRESS, Status.DISMISSED): WORK,
    (Status.NEEDS_SIGNOFF, Status.DISMISSED): WORK,
    (Status.PUBLISHED, Status.IN_PROGRESS): REOPEN,  # unpublish, with a public reason
    (Status.DISMISSED, Status.UNREVIEWED): REOPEN,
    (Status.DISMISSED, Status.IN_PROGRESS): REOPEN,
}


class TransitionNotAllowed(ValueError):
    """The workflow has no such move, or it lacks what it needs (a reason, a verdict)."""


def allowed_targets(current: str, user=None) -> list[str]:
    """The statuses a claim in `current` may move to, for this user when one is given."""
    return [
        to
        for (frm, to), perm in TRANSITIONS.items()
        if frm == current and (user is None or user.has_perm(perm))
    ]


def check_transition(current: str, target: str, user) -> None:
    if current == target:
        raise TransitionNotAllowed(f"The claim is already {Status(current).label.lower()}.")
    perm = TRANSITIONS.get((current, target))
    if perm is None:
        raise TransitionNotAllowed(
            f"A claim cannot go from {Status(current).label.lower()} to {Status(target).label.lower()}."
        )
    if user is not None and not user.has_perm(perm):
        raise PermissionDenied(
            f"Only editors may move a claim from {Status(current).label.lower()} "
            f"to {Status(target).label.lower()}."
        )
