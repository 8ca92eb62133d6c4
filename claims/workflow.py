"""The verification workflow, defined once: statuses, verdicts and the table of moves.

Every surface asks `MOVES`, through `check_move` (may this person make this move now?) and
`moves_for` (which buttons to show): the desk, the dashboard, the API, the admin, bulk actions
and commands. Nothing else decides. The services lock the claim, gather its `ClaimFacts`,
check the move here, then save and record it.

Two-person sign-off: the editor who publishes a claim, or publishes a correction or update
of one, may not be a person who prepared it (set the verdict, sent it for sign-off or made the
changes being published). `WORKFLOW_TWO_PERSON=0` turns this off for a one-person newsroom.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import models

from core.errors import NotAllowed, Refused


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


# Permission codenames (app label "claims") that guard the moves.
PUBLISH = "claims.publish_claim"
REOPEN = "claims.reopen_claim"
WORK = "claims.change_claim"


@dataclass(frozen=True)
class Move:
    """One move of the workflow: what it needs and whether readers see its record."""

    frm: str
    to: str
    name: str
    label: str
    permission: str
    needs_verdict: bool = False  # a verdict with a summary, and a reference or public evidence
    needs_note: str = ""  # when set, a note is required and this says what it is for
    needs_dismiss_reason: bool = False
    needs_changes: bool = False  # publishes unpublished changes of a published claim
    public: bool = False  # its history entry (and note) is shown to readers
    two_person: bool = False  # the actor may not be one of the claim's preparers


_MOVES = [
    Move(Status.UNREVIEWED, Status.IN_PROGRESS, "start", "Start checking", WORK),
    Move(Status.IN_PROGRESS, Status.UNREVIEWED, "put_back", "Put back, untouched", WORK),
    Move(Status.IN_PROGRESS, Status.NEEDS_SIGNOFF, "submit", "Send for sign-off", WORK, needs_verdict=True),
    Move(
        Status.NEEDS_SIGNOFF,
        Status.PUBLISHED,
        "publish",
        "Publish",
        PUBLISH,
        needs_verdict=True,
        public=True,
        two_person=True,
    ),
    Move(
        Status.NEEDS_SIGNOFF,
        Status.IN_PROGRESS,
        "send_back",
        "Send back",
        PUBLISH,
        needs_note="Sending a claim back needs a note for the fact-checker.",
    ),
    Move(
        Status.PUBLISHED,
        Status.PUBLISHED,
        "publish_update",
        "Publish the changes",
        PUBLISH,
        needs_verdict=True,
        needs_note="Publishing a correction or update needs a reason; readers see it with the date.",
        needs_changes=True,
        public=True,
        two_person=True,
    ),
    Move(
        Status.PUBLISHED,
        Status.IN_PROGRESS,
        "unpublish",
        "Unpublish",
        REOPEN,
        needs_note="Unpublishing needs a reason; it is shown to readers as a correction.",
        public=True,
    ),
    *[
        Move(frm, Status.DISMISSED, "dismiss", "Dismiss", WORK, needs_dismiss_reason=True)
        for frm in OPEN_STATUSES
    ],
    Move(Status.DISMISSED, Status.UNREVIEWED, "reopen", "Reopen", REOPEN),
    Move(Status.DISMISSED, Status.IN_PROGRESS, "reopen_start", "Reopen and start checking", REOPEN),
]
MOVES: dict[tuple[str, str], Move] = {(m.frm, m.to): m for m in _MOVES}


@dataclass(frozen=True)
class ClaimFacts:
    """What the move table needs to know about a claim, gathered by the services under the lock."""

    status: str
    has_verdict: bool = False
    has_evidence: bool = False
    unpublished_changes: tuple[str, ...] = ()
    preparers: frozenset[int] = field(default_factory=frozenset)


def two_person_rule() -> bool:
    return bool(getattr(settings, "WORKFLOW_TWO_PERSON", True))


def _label(status: str) -> str:
    return Status(status).label.lower() if status in Status.values else str(status)


def find_move(current: str, target: str) -> Move:
    move = MOVES.get((current, target))
    if move is not None:
        return move
    if current == target:
        raise Refused(f"The claim is already {_label(current)}.", field="to")
    raise Refused(f"A claim cannot go from {_label(current)} to {_label(target)}.", field="to")


def _check_permission(move: Move, actor) -> None:
    if actor is None or actor.has_perm(move.permission):
        return
    if move.permission == WORK:
        raise NotAllowed("Only fact-checkers and editors may move claims.")
    raise NotAllowed(f"Only editors may {move.label.lower()} (from {_label(move.frm)} to {_label(move.to)}).")


def _check_needs(move: Move, facts: ClaimFacts, *, note: str, dismiss_reason: str) -> None:
    if move.needs_dismiss_reason:
        if dismiss_reason not in DismissReason.values:
            raise Refused(
                "Say why the claim is dismissed: a duplicate, not check-worthy, or other.",
                field="dismiss_reason",
            )
        if dismiss_reason == DismissReason.OTHER and not note:
            raise Refused("Dismissing for another reason needs a note saying what it is.", field="note")
    if move.needs_changes and not facts.unpublished_changes:
        raise Refused("Nothing has changed since this claim was published; there is no update to publish.")
    if move.needs_verdict:
        if not facts.has_verdict:
            raise Refused("Give the claim a verdict and a summary before sending it for sign-off.")
        if not facts.has_evidence:
            raise Refused("A verdict needs at least one reference or public evidence note.")
    if move.needs_note and not note:
        raise Refused(move.needs_note, field="note")


def second_person_refusal(move: Move, facts: ClaimFacts, actor) -> str:
    """Why this actor may not make this move under the two-person rule, or ''."""
    if not (move.two_person and two_person_rule() and actor is not None and actor.pk in facts.preparers):
        return ""
    if move.name == "publish_update":
        return (
            "You made changes that this update would publish; another editor must publish them "
            "(two-person sign-off)."
        )
    return (
        "You set this claim's verdict or sent it for sign-off; another editor must publish it "
        "(two-person sign-off)."
    )


def check_move(facts: ClaimFacts, target: str, actor, *, note: str = "", dismiss_reason: str = "") -> Move:
    """The move, or Refused/NotAllowed saying in words why not. `actor` None is the system itself."""
    move = find_move(facts.status, target)
    _check_permission(move, actor)
    if refusal := second_person_refusal(move, facts, actor):
        raise NotAllowed(refusal)
    _check_needs(move, facts, note=(note or "").strip(), dismiss_reason=dismiss_reason)
    return move


def may(actor, move: Move) -> bool:
    return actor is None or actor.has_perm(move.permission)


def moves_for(facts: ClaimFacts, actor) -> list[Move]:
    """The moves to offer this person now: their role allows them and nothing rules them out
    before they type anything (an update needs changes; two-person sign-off)."""
    return [
        m
        for (frm, _), m in MOVES.items()
        if frm == facts.status
        and may(actor, m)
        and not (m.needs_changes and not facts.unpublished_changes)
        and not second_person_refusal(m, facts, actor)
    ]


def targets_for(status: str, actor) -> list[str]:
    """Statuses this person's role may move a claim in `status` to (for menus built without facts)."""
    return [m.to for (frm, _), m in MOVES.items() if frm == status and m.to != frm and may(actor, m)]


def offers_assignment(status: str) -> bool:
    """Whether to offer "Assign to me" on a claim in this status: only while it is open. A published
    or dismissed claim is done; work on it starts with a move (unpublish, reopen)."""
    return status in OPEN_STATUSES
