"""The claim graph in the database: relations extraction suggests, and claims seen before.

Within a report, the engine's `relate` stage proposes that a denial contradicts what it denies,
that a confirmation supports it, and that two sources corroborate the same proposition; these
are stored as suggested relations a fact-checker confirms or removes. Across reports, a new
claim that states the same proposition as a claim already in the database (same entities,
numbers, dates and polarity: `claims.extraction.seen_before`) is linked to it, so nobody checks
the same claim twice. Candidates come from an index of cheap keys (`ClaimKey`) and only those
few are parsed.
"""

from collections.abc import Sequence

from django.conf import settings
from django.db.models import Count

from claims.extraction import load_nlp
from claims.extraction.seen_before import keys, proposition, same_proposition
from claims.extraction.types import Extraction

from .models import Claim, ClaimKey, ClaimRelation

ENGINE_KINDS = {
    "contradicts": ClaimRelation.Kind.CONTRADICTS,
    "supports": ClaimRelation.Kind.SUPPORTS,
    "same": ClaimRelation.Kind.CORROBORATES,
}
# A claim is compared with at most this many earlier claims, those sharing the most keys first.
MAX_CANDIDATES = 8


def suggest(*, a: Claim, b: Claim, kind: str) -> bool:
    """Store one suggested relation unless it, or a person's decision about it, is there already."""
    if a.pk == b.pk or ClaimRelation.objects.filter(from_claim=a, to_claim=b, kind=kind).exists():
        return False
    ClaimRelation.objects.create(
        from_claim=a, to_claim=b, kind=kind, origin=ClaimRelation.Origin.EXTRACTION, reviewed=False
    )
    return True


def store_relations(extraction: Extraction, stored: Sequence[Claim]) -> int:
    """The engine's relations between a report's claims, as suggestions (indices into `stored`)."""
    made = 0
    for relation in extraction.relations:
        kind = ENGINE_KINDS.get(relation.kind)
        if kind is None or max(relation.from_index, relation.to_index) >= len(stored):
            continue
        made += suggest(a=stored[relation.from_index], b=stored[relation.to_index], kind=kind)
    return made


def index_keys(claim: Claim) -> frozenset[str]:
    """(Re)write the claim's keys; returns them."""
    found = frozenset(k[:80] for k in keys(claim.text))
    ClaimKey.objects.filter(claim=claim).exclude(key__in=found).delete()
    have = set(ClaimKey.objects.filter(claim=claim).values_list("key", flat=True))
    ClaimKey.objects.bulk_create([ClaimKey(claim=claim, key=k) for k in found - have])
    return found


def candidates(claim: Claim, found: frozenset[str]) -> list[Claim]:
    """Earlier claims of other reports sharing a name key with this one, most shared keys first."""
    if not any(k.startswith("name:") for k in found):
        return []
    rows = (
        ClaimKey.objects.filter(key__in=found)
        .exclude(claim__report_id=claim.report_id)
        .values("claim_id")
        .annotate(shared=Count("id"))
        .order_by("-shared", "-claim_id")[:MAX_CANDIDATES]
    )
    ids = [row["claim_id"] for row in rows]
    by_id = Claim.objects.filter(pk__in=ids, duplicate_of__isnull=True).in_bulk()
    return [by_id[i] for i in ids if i in by_id]


def link_seen_before(claims: Sequence[Claim]) -> int:
    """Link each claim to earlier claims (other reports) that state the same proposition."""
    nlp = load_nlp(settings.SPACY_MODEL)
    linked = 0
    parsed: dict[str, object] = {}

    def parse(text: str):
        if text not in parsed:
            parsed[text] = proposition(text, nlp)
        return parsed[text]

    for claim in claims:
        found = index_keys(claim)
        for earlier in candidates(claim, found):
            if earlier.pk < claim.pk and same_proposition(parse(claim.text), parse(earlier.text), nlp=nlp):
                linked += suggest(a=claim, b=earlier, kind=ClaimRelation.Kind.SEEN_BEFORE)
    return linked
