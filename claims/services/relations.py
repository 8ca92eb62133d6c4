"""Claims related to other claims: supports, contradicts, duplicate of."""

from django.db import transaction

from ..models import Claim, ClaimRelation, StatusChange
from ._base import Refused, actor_or_none, bump, lock, record, require_work


@transaction.atomic
def add_relation(
    *, claim: Claim, to_claim: Claim, kind: str, actor, expected_version: int | None = None
) -> ClaimRelation:
    claim = lock(claim, expected_version)
    require_work(actor, "relate claims")
    if kind not in ClaimRelation.Kind.values:
        raise Refused(f"{kind!r} is not a kind of relation.", field="kind")
    if to_claim.pk == claim.pk:
        raise Refused("A claim cannot be related to itself.", field="to_claim")
    label = ClaimRelation.Kind(kind).label.lower()
    if ClaimRelation.objects.filter(from_claim=claim, to_claim=to_claim, kind=kind).exists():
        raise Refused(f"This claim is already marked “{label}” claim #{to_claim.pk}.", field="to_claim")
    relation = ClaimRelation.objects.create(
        from_claim=claim, to_claim=to_claim, kind=kind, created_by=actor_or_none(actor)
    )
    if kind == ClaimRelation.Kind.DUPLICATE_OF and claim.duplicate_of_id is None:
        Claim.objects.filter(pk=claim.pk).update(duplicate_of=to_claim)
    bump(claim, content=False)
    record(
        claim=claim,
        actor=actor,
        field=StatusChange.Field.RELATION,
        to_value=f"{label} #{to_claim.pk}",
        note="added",
    )
    return relation


@transaction.atomic
def remove_relation(*, relation: ClaimRelation, actor, expected_version: int | None = None) -> Claim:
    claim = lock(relation.from_claim_id, expected_version)
    require_work(actor, "relate claims")
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
    claim = bump(claim, content=False)
    record(claim=claim, actor=actor, field=StatusChange.Field.RELATION, from_value=label, note="removed")
    return claim
