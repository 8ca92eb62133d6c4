"""The claim graph of a report, for the desk: which claims are disputed, by whom, and who backs them."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, Q

from ..models import Attribution, Claim, ClaimRelation

K = ClaimRelation.Kind
BACKING = (K.SUPPORTS, K.CORROBORATES)


@dataclass
class Dispute:
    """A contested claim, the claims that contradict it and those that back it."""

    claim: Claim
    against: list[tuple[Claim, ClaimRelation]] = field(default_factory=list)
    backing: list[tuple[Claim, ClaimRelation]] = field(default_factory=list)


def _with_sources(prefix: str) -> Prefetch:
    return Prefetch(
        f"{prefix}__attributions",
        queryset=Attribution.objects.select_related("source").order_by("-is_primary", "id"),
    )


def disputes(report) -> list[Dispute]:
    """Each claim of the report that another contradicts, side by side with its contradictions and
    its backing, in reading order. Suggestions count until someone removes them."""
    relations = (
        ClaimRelation.objects.filter(
            Q(kind=K.CONTRADICTS) | Q(kind__in=BACKING), to_claim__report=report, from_claim__report=report
        )
        .select_related("from_claim", "to_claim")
        .prefetch_related(_with_sources("from_claim"), _with_sources("to_claim"))
        .order_by("to_claim__start", "to_claim_id", "from_claim__start", "id")
    )
    found: dict[int, Dispute] = {}
    backing: list[ClaimRelation] = []
    for relation in relations:
        if relation.kind == K.CONTRADICTS:
            dispute = found.setdefault(relation.to_claim_id, Dispute(claim=relation.to_claim))
            dispute.against.append((relation.from_claim, relation))
        else:
            backing.append(relation)
    for relation in backing:
        if relation.to_claim_id in found:
            found[relation.to_claim_id].backing.append((relation.from_claim, relation))
    return list(found.values())
