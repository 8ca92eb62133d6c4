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
            raise TransitionNotAllowed(
                "Say why the claim is dismissed: a duplicate, not check-worthy, or other."
            )
        if dismiss_reason == DismissReason.OTHER and not note:
            raise TransitionNotAllowed("Dismissing for another reason needs a note saying what it is.")
        claim.dismiss_reason = dismiss_reason
        fields.append("dismiss_reason")
    elif frm == Status.DISMISSED:
        claim.dismiss_reason = ""
        fields.append("dismiss_reason")

    if to in (Status.NEEDS_SIGNOFF, Status.PUBLISHED):
        if not claim.verdict or not claim.verdict_summary.strip():
            raise TransitionNotAllowed(
                "Give the claim a verdict and a summary before sending it for sign-off."
            )
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
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.STATUS,
        from_value=frm,
        to_value=to,
        note=note,
        internal=not public,
    )
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
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.ASSIGNEE,
        from_value=_username(old),
        to_value=_username(assignee),
        note=note,
    )
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
        claim=claim,
        author=actor if getattr(actor, "is_authenticated", False) else None,
        text=text,
        internal=internal,
    )
    # An added note conflicts with nobody's edit, so it moves "last changed" but not the version.
    Claim.objects.filter(pk=claim.pk).update(updated_at=timezone.now())
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.EVIDENCE,
        to_value=text[:200],
        note="internal note" if internal else "",
    )
    return note


# --- Attributions, sources and relations --------------------------------------------------------
# These change what the claim says about who said it, so they are edits: each checks and bumps
# the version like a text edit does, and writes one history row per bump (StaleVersion.changes
# relies on that).


def _bump(claim: Claim) -> Claim:
    Claim.objects.filter(pk=claim.pk).update(version=F("version") + 1, updated_at=timezone.now())
    claim.refresh_from_db()
    return claim


def _describe(attribution) -> str:
    return f"{attribution.source.name} ({attribution.get_role_display().lower()})"


def source_named(*, name: str, kind: str = ""):
    """The source with this name or alias (following merges), or a new one."""
    from django.utils.text import slugify

    from sources.models import Source

    name = " ".join((name or "").split())
    if not name:
        raise TransitionNotAllowed("A source needs a name.")
    source = Source.objects.filter(name__iexact=name).first()
    if source is None:
        source = next(
            (s for s in Source.objects.exclude(aliases=[]) if name.lower() in {a.lower() for a in s.aliases}),
            None,
        )
    if source is None:
        base = slugify(name)[:180] or "source"
        slug, n = base, 2
        while Source.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return Source.objects.create(name=name[:300], slug=slug, kind=kind or Source.Kind.OTHER)
    seen = set()
    while source.merged_into_id and source.pk not in seen:
        seen.add(source.pk)
        source = source.merged_into
    return source


@transaction.atomic
def add_attribution(
    *, claim: Claim, source, role: str, actor, cue: str = "", expected_version: int | None = None
):
    from .models import Attribution

    claim = _locked(claim, expected_version)
    _require(actor, WORK, "You may not change attributions.")
    if role not in Attribution.Role.values:
        raise TransitionNotAllowed(f"{role!r} is not an attribution role.")
    if claim.attributions.filter(source=source, role=role).exists():
        raise TransitionNotAllowed(
            f"The claim is already attributed to {source.name} ({Attribution.Role(role).label.lower()})."
        )
    attribution = Attribution.objects.create(
        claim=claim,
        source=source,
        role=role,
        cue=(cue or "")[:200],
        edited=True,
        is_primary=not claim.attributions.exists(),
    )
    _bump(claim)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.ATTRIBUTION,
        to_value=_describe(attribution),
        note="added",
    )
    return attribution


@transaction.atomic
def change_attribution(
    *, attribution, actor, source=None, role: str | None = None, expected_version: int | None = None
):
    from .models import Attribution

    claim = _locked(attribution.claim, expected_version)
    _require(actor, WORK, "You may not change attributions.")
    attribution = Attribution.objects.select_related("source").get(pk=attribution.pk)
    before = _describe(attribution)
    source = source or attribution.source
    role = role or attribution.role
    if role not in Attribution.Role.values:
        raise TransitionNotAllowed(f"{role!r} is not an attribution role.")
    if source.pk == attribution.source_id and role == attribution.role:
        return attribution
    if claim.attributions.filter(source=source, role=role).exclude(pk=attribution.pk).exists():
        raise TransitionNotAllowed(
            f"The claim is already attributed to {source.name} ({Attribution.Role(role).label.lower()})."
        )
    attribution.source, attribution.role, attribution.edited = source, role, True
    attribution.save(update_fields=["source", "role", "edited"])
    _bump(claim)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.ATTRIBUTION,
        from_value=before,
        to_value=_describe(attribution),
        note="changed",
    )
    return attribution


@transaction.atomic
def remove_attribution(*, attribution, actor, expected_version: int | None = None) -> Claim:
    claim = _locked(attribution.claim, expected_version)
    _require(actor, WORK, "You may not change attributions.")
    before = _describe(attribution)
    attribution.delete()
    claim = _bump(claim)
    record(claim=claim, actor=actor, field=StatusChange.Field.ATTRIBUTION, from_value=before, note="removed")
    return claim


@transaction.atomic
def merge_sources(*, keep, duplicate, actor) -> int:
    """Fold `duplicate` into `keep` (the same person under two names). Returns attributions moved.

    Attributions are repointed (one that would repeat keep's same role on a claim is dropped),
    the duplicate's name and aliases become keep's aliases, and the duplicate row stays behind
    with merged_into set, so old links and later extractions find the right source.
    """
    from sources.models import Source

    _require(actor, WORK, "You may not merge sources.")
    keep = Source.objects.select_for_update().get(pk=keep.pk)
    duplicate = Source.objects.select_for_update().get(pk=duplicate.pk)
    if keep.pk == duplicate.pk:
        raise TransitionNotAllowed("Choose two different sources to merge.")
    if keep.merged_into_id == duplicate.pk:
        raise TransitionNotAllowed(
            f"{keep.name} was itself merged into {duplicate.name}; merge the other way."
        )
    moved = 0
    for attribution in duplicate.attributions.select_related("claim").order_by("claim_id", "id"):
        claim = attribution.claim
        before = _describe(attribution)
        if claim.attributions.filter(source=keep, role=attribution.role).exists():
            attribution.delete()
        else:
            attribution.source = keep
            attribution.save(update_fields=["source"])
            moved += 1
        _bump(claim)
        record(
            claim=claim,
            actor=actor,
            field=StatusChange.Field.ATTRIBUTION,
            from_value=before,
            to_value=f"{keep.name} ({attribution.get_role_display().lower()})",
            note=f"merged source {duplicate.name} into {keep.name}",
        )
    aliases = list(keep.aliases or [])
    for alias in [duplicate.name, *(duplicate.aliases or [])]:
        if alias and alias.lower() != keep.name.lower() and alias.lower() not in {a.lower() for a in aliases}:
            aliases.append(alias)
    keep.aliases = aliases
    keep.save(update_fields=["aliases"])
    duplicate.merged_into = keep
    duplicate.save(update_fields=["merged_into"])
    Source.objects.filter(merged_into=duplicate).update(merged_into=keep)
    return moved


@transaction.atomic
def add_relation(*, claim: Claim, to_claim: Claim, kind: str, actor, expected_version: int | None = None):
    from .models import ClaimRelation

    claim = _locked(claim, expected_version)
    _require(actor, WORK, "You may not relate claims.")
    if kind not in ClaimRelation.Kind.values:
        raise TransitionNotAllowed(f"{kind!r} is not a kind of relation.")
    if to_claim.pk == claim.pk:
        raise TransitionNotAllowed("A claim cannot be related to itself.")
    label = ClaimRelation.Kind(kind).label.lower()
    if ClaimRelation.objects.filter(from_claim=claim, to_claim=to_claim, kind=kind).exists():
        raise TransitionNotAllowed(f"This claim is already marked “{label}” claim #{to_claim.pk}.")
    relation = ClaimRelation.objects.create(
        from_claim=claim,
        to_claim=to_claim,
        kind=kind,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    if kind == ClaimRelation.Kind.DUPLICATE_OF and claim.duplicate_of_id is None:
        Claim.objects.filter(pk=claim.pk).update(duplicate_of=to_claim)
    _bump(claim)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.RELATION,
        to_value=f"{label} #{to_claim.pk}",
        note="added",
    )
    return relation


@transaction.atomic
def remove_relation(*, relation, actor, expected_version: int | None = None) -> Claim:
    from .models import ClaimRelation

    claim = _locked(relation.from_claim, expected_version)
    _require(actor, WORK, "You may not relate claims.")
    label = f"{relation.get_kind_display().lower()} #{relation.to_claim_id}"
    if relation.kind == ClaimRelation.Kind.DUPLICATE_OF and claim.duplicate_of_id == relation.to_claim_id:
        other = (
            ClaimRelation.objects.filter(from_claim=claim, kind=ClaimRelation.Kind.DUPLICATE_OF)
            .exclude(pk=relation.pk)
            .values_list("to_claim_id", flat=True)
            .first()
        )
        Claim.objects.filter(pk=claim.pk).update(duplicate_of_id=other)
    relation.delete()
    claim = _bump(claim)
    record(claim=claim, actor=actor, field=StatusChange.Field.RELATION, from_value=label, note="removed")
    return claim


# --- Bulk actions from the queue ----------------------------------------------------------------
# Each claim goes through the single-claim service on its own, so one refusal does not undo
# the others; the result says, per claim, what was refused and why.


class BulkResult:
    def __init__(self):
        self.done: list[Claim] = []
        self.refused: list[tuple[Claim, str]] = []

    def __bool__(self) -> bool:
        return bool(self.done)


def _each(claims, action) -> BulkResult:
    result = BulkResult()
    for claim in claims:
        try:
            result.done.append(action(claim))
        except (TransitionNotAllowed, PermissionDenied, StaleVersion) as exc:
            result.refused.append((claim, str(exc) or "Not allowed."))
    return result


def bulk_assign(*, claims, assignee, actor) -> BulkResult:
    return _each(claims, lambda c: assign(claim=c, assignee=assignee, actor=actor))


def bulk_change_status(*, claims, to: str, actor, note: str = "") -> BulkResult:
    return _each(claims, lambda c: change_status(claim=c, to=to, actor=actor, note=note))


def bulk_dismiss(*, claims, reason: str, actor, note: str = "") -> BulkResult:
    return _each(
        claims,
        lambda c: change_status(claim=c, to=Status.DISMISSED, dismiss_reason=reason, actor=actor, note=note),
    )
