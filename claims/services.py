"""Every write to a claim that matters, with its history written in the same transaction.

Views, the API, admin actions, commands and tasks call these; none repeats the rules.
Each takes `expected_version` for optimistic locking: a caller that read version N and
saves after someone else saved N+1 gets `StaleVersion` instead of overwriting their work.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import Claim, EvidenceNote, StatusChange
from .workflow import (
    PUBLISH,
    WORK,
    DismissReason,
    Status,
    TransitionNotAllowed,
    Verdict,
    check_transition,
)


class StaleVersion(Exception):
    """The claim changed since the caller read it; nothing was saved."""

    def __init__(self, current: Claim, expected: int):
        self.current = current
        self.expected = expected
        super().__init__(
            f"This claim was changed by someone else (version {current.version}, you edited version "
            f"{expected}). Nothing was saved; review their changes and save again."
        )

    @property
    def changes(self) -> list[StatusChange]:
        """What happened since the version the caller had (newest last)."""
        newer = max(1, self.current.version - self.expected)
        return list(self.current.history.select_related("actor").order_by("-at", "-id")[:newer])[::-1]


def record(
    *, claim: Claim, actor, field: str, from_value: str = "", to_value: str = "", note: str = "", internal: bool = True
) -> StatusChange:
    return StatusChange.objects.create(
        claim=claim,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        field=field,
        from_value=from_value or "",
        to_value=to_value or "",
        note=note or "",
        internal=internal,
    )


def _locked(claim: Claim, expected_version: int | None) -> Claim:
    """Re-read the claim under a row lock and refuse if it moved on since the caller read it."""
    current = Claim.objects.select_for_update().get(pk=claim.pk)
    if expected_version is not None and int(expected_version) != current.version:
        raise StaleVersion(current, int(expected_version))
    return current


def _save(claim: Claim, fields: list[str]) -> Claim:
    Claim.objects.filter(pk=claim.pk).update(
        version=F("version") + 1, updated_at=timezone.now(), **{f: getattr(claim, f) for f in fields}
    )
    claim.refresh_from_db()
    return claim


def _require(user, perm: str, message: str) -> None:
    if user is not None and not user.has_perm(perm):
        raise PermissionDenied(message)


def has_evidence(claim: Claim) -> bool:
    return claim.references.exists() or claim.notes.filter(internal=False).exists()


def _username(user) -> str:
    return user.get_username() if user is not None else ""


@transaction.atomic
def change_status(
    *,
    claim: Claim,
    to: str,
    actor,
    note: str = "",
    dismiss_reason: str = "",
    expected_version: int | None = None,
) -> Claim:
    claim = _locked(claim, expected_version)
    frm = claim.status
    check_transition(frm, to, actor)
    note = (note or "").strip()
    public = False
    fields = ["status"]

    if to == Status.DISMISSED:
        if dismiss_reason not in DismissReason.values:
            raise TransitionNotAllowed("Say why the claim is dismissed: a duplicate, not check-worthy, or other.")
        if dismiss_reason == DismissReason.OTHER and not note:
            raise TransitionNotAllowed("Dismissing for another reason needs a note saying what it is.")
        claim.dismiss_reason = dismiss_reason
        fields.append("dismiss_reason")
    elif frm == Status.DISMISSED:
        claim.dismiss_reason = ""
        fields.append("dismiss_reason")

    if to in (Status.NEEDS_SIGNOFF, Status.PUBLISHED):
        if not claim.verdict or not claim.verdict_summary.strip():
            raise TransitionNotAllowed("Give the claim a verdict and a summary before sending it for sign-off.")
        if not has_evidence(claim):
            raise TransitionNotAllowed("A verdict needs at least one reference or evidence note.")
    if frm == Status.NEEDS_SIGNOFF and to == Status.IN_PROGRESS and not note:
        raise TransitionNotAllowed("Sending a claim back needs a note for the fact-checker.")
    if frm == Status.PUBLISHED:
        if not note:
            raise TransitionNotAllowed("Unpublishing needs a reason; it is shown to readers as a correction.")
        public = True
    if to == Status.PUBLISHED:
        public = True
        if claim.published_at is None:
            claim.published_at = timezone.now()
            fields.append("published_at")

    claim.status = to
    claim = _save(claim, fields)
    record(claim=claim, actor=actor, field=StatusChange.Field.STATUS, from_value=frm, to_value=to, note=note,
           internal=not public)
    return claim


@transaction.atomic
def set_verdict(
    *, claim: Claim, verdict: str, summary: str, actor, note: str = "", expected_version: int | None = None
) -> Claim:
    claim = _locked(claim, expected_version)
    summary = (summary or "").strip()
    note = (note or "").strip()
    if verdict not in Verdict.values:
        raise TransitionNotAllowed(f"{verdict!r} is not a verdict.")
    if not summary:
        raise TransitionNotAllowed("A verdict needs a summary that says why.")
    if not has_evidence(claim):
        raise TransitionNotAllowed("A verdict needs at least one reference or evidence note.")
    if claim.status == Status.DISMISSED:
        raise TransitionNotAllowed("A dismissed claim gets no verdict; reopen it first.")
    correction = claim.status == Status.PUBLISHED
    if correction:
        _require(actor, PUBLISH, "Only editors may correct a published verdict.")
        if not note:
            raise TransitionNotAllowed("Correcting a published verdict needs a note; readers see it.")
    else:
        _require(actor, WORK, "You may not change verdicts.")
    old_verdict, old_summary = claim.verdict, claim.verdict_summary
    if old_verdict == verdict and old_summary == summary:
        return claim
    claim.verdict, claim.verdict_summary = verdict, summary
    claim = _save(claim, ["verdict", "verdict_summary"])
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.CORRECTION if correction else StatusChange.Field.VERDICT,
        from_value=old_verdict,
        to_value=verdict,
        note=note or ("" if old_summary == summary else f"Summary: {summary}"),
        internal=not correction,
    )
    return claim


@transaction.atomic
def assign(*, claim: Claim, assignee, actor, note: str = "", expected_version: int | None = None) -> Claim:
    from .permissions import is_staff_member

    claim = _locked(claim, expected_version)
    _require(actor, WORK, "You may not assign claims.")
    if assignee is not None and not is_staff_member(assignee):
        raise TransitionNotAllowed(f"{assignee.get_username()} is not a fact-checker or an editor.")
    if claim.assignee_id == (assignee.pk if assignee else None):
        return claim
    old = claim.assignee
    claim.assignee = assignee
    claim = _save(claim, ["assignee"])
    record(claim=claim, actor=actor, field=StatusChange.Field.ASSIGNEE, from_value=_username(old),
           to_value=_username(assignee), note=note)
    return claim


@transaction.atomic
def edit_text(*, claim: Claim, text: str, actor, expected_version: int | None = None) -> Claim:
    claim = _locked(claim, expected_version)
    _require(actor, WORK, "You may not edit claims.")
    text = (text or "").strip()
    if not text:
        raise TransitionNotAllowed("A claim needs some text.")
    if claim.status == Status.PUBLISHED:
        raise TransitionNotAllowed("A published claim's text is fixed; unpublish it to change it.")
    if text == claim.text:
        return claim
    old = claim.text
    claim.text = text
    claim = _save(claim, ["text"])
    record(claim=claim, actor=actor, field=StatusChange.Field.TEXT, from_value=old, to_value=text)
    return claim


@transaction.atomic
def add_evidence(*, claim: Claim, text: str, actor, internal: bool = False) -> EvidenceNote:
    _require(actor, WORK, "You may not add evidence.")
    text = (text or "").strip()
    if not text:
        raise TransitionNotAllowed("An evidence note needs some text.")
    note = EvidenceNote.objects.create(
        claim=claim, author=actor if getattr(actor, "is_authenticated", False) else None, text=text,
        internal=internal,
    )
    # An added note conflicts with nobody's edit, so it moves "last changed" but not the version.
    Claim.objects.filter(pk=claim.pk).update(updated_at=timezone.now())
    record(claim=claim, actor=actor, field=StatusChange.Field.EVIDENCE, to_value=text[:200],
           note="internal note" if internal else "")
    return note
