"""Who the claim is attributed to: attributions on one claim, and sources that are one person.

These change what the claim says about who said it, so each checks and bumps the claim's
version and writes one history row per bump (StaleVersion.changes relies on that).
"""

from django.db import transaction

from sources.models import Source

from ..models import Attribution, Claim, StatusChange
from ._base import Refused, bump, lock, record, require_work


def _describe(attribution: Attribution) -> str:
    return f"{attribution.source.name} ({attribution.get_role_display().lower()})"


def _check_role(role: str) -> None:
    if role not in Attribution.Role.values:
        raise Refused(f"{role!r} is not an attribution role.", field="role")


def _refuse_repeat(claim: Claim, source: Source, role: str, exclude: int | None = None) -> None:
    others = claim.attributions.filter(source=source, role=role)
    if exclude is not None:
        others = others.exclude(pk=exclude)
    if others.exists():
        label = Attribution.Role(role).label.lower()
        raise Refused(f"The claim is already attributed to {source.name} ({label}).", field="source")


@transaction.atomic
def add_attribution(
    *, claim: Claim, source: Source, role: str, actor, cue: str = "", expected_version: int | None = None
) -> Attribution:
    claim = lock(claim, expected_version)
    require_work(actor, "change attributions")
    _check_role(role)
    _refuse_repeat(claim, source, role)
    attribution = Attribution.objects.create(
        claim=claim,
        source=source,
        role=role,
        cue=(cue or "")[:200],
        edited=True,
        is_primary=not claim.attributions.exists(),
    )
    bump(claim)
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
    *,
    attribution: Attribution,
    actor,
    source: Source | None = None,
    role: str | None = None,
    expected_version: int | None = None,
) -> Attribution:
    claim = lock(attribution.claim_id, expected_version)
    require_work(actor, "change attributions")
    attribution = Attribution.objects.select_related("source").get(pk=attribution.pk)
    before = _describe(attribution)
    source = source or attribution.source
    role = role or attribution.role
    _check_role(role)
    if source.pk == attribution.source_id and role == attribution.role:
        return attribution
    _refuse_repeat(claim, source, role, exclude=attribution.pk)
    attribution.source, attribution.role, attribution.edited = source, role, True
    attribution.save(update_fields=["source", "role", "edited"])
    bump(claim)
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
def remove_attribution(*, attribution: Attribution, actor, expected_version: int | None = None) -> Claim:
    claim = lock(attribution.claim_id, expected_version)
    require_work(actor, "change attributions")
    before = _describe(attribution)
    attribution.delete()
    claim = bump(claim)
    record(claim=claim, actor=actor, field=StatusChange.Field.ATTRIBUTION, from_value=before, note="removed")
    return claim


def _merge_aliases(keep: Source, duplicate: Source) -> list[str]:
    aliases = list(keep.aliases or [])
    known = {keep.name.lower(), *(a.lower() for a in aliases)}
    for alias in [duplicate.name, *(duplicate.aliases or [])]:
        if alias and alias.lower() not in known:
            aliases.append(alias)
            known.add(alias.lower())
    return aliases


def _repoint(attribution: Attribution, keep: Source, duplicate: Source, actor) -> bool:
    claim = Claim.objects.select_for_update().get(pk=attribution.claim_id)
    before = _describe(attribution)
    moved = not claim.attributions.filter(source=keep, role=attribution.role).exists()
    if moved:
        attribution.source = keep
        attribution.save(update_fields=["source"])
    else:
        attribution.delete()  # the claim already has keep in this role
    bump(claim)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.ATTRIBUTION,
        from_value=before,
        to_value=f"{keep.name} ({attribution.get_role_display().lower()})",
        note=f"merged source {duplicate.name} into {keep.name}",
    )
    return moved


@transaction.atomic
def merge_sources(
    *, keep: Source, duplicate: Source, actor, claim: Claim | None = None, expected_version: int | None = None
) -> int:
    """Fold `duplicate` into `keep` (the same person under two names). Returns attributions moved.

    Called from a claim's desk, the claim's version is checked under its lock first. Every
    claim the duplicate is attributed to gets a new version and a history row; on a published
    claim the new name waits for an editor's update. The duplicate stays behind with
    merged_into set, so old links and later extractions find the right source.
    """
    if claim is not None:
        lock(claim, expected_version)
    require_work(actor, "merge sources")
    keep = Source.objects.select_for_update().get(pk=keep.pk)
    duplicate = Source.objects.select_for_update().get(pk=duplicate.pk)
    if keep.pk == duplicate.pk:
        raise Refused("Choose two different sources to merge.", field="keep")
    if keep.merged_into_id == duplicate.pk:
        raise Refused(
            f"{keep.name} was itself merged into {duplicate.name}; merge the other way.", field="keep"
        )
    attributions = duplicate.attributions.select_related("source").order_by("claim_id", "id")
    moved = sum(_repoint(a, keep, duplicate, actor) for a in attributions)
    keep.aliases = _merge_aliases(keep, duplicate)
    keep.save(update_fields=["aliases"])
    duplicate.merged_into = keep
    duplicate.save(update_fields=["merged_into"])
    Source.objects.filter(merged_into=duplicate).update(merged_into=keep)
    return moved
