"""Read queries for readers: only published versions and public history ever come out of here.

Readers see a claim as an editor last published it (`Claim.public_version`), never the
newsroom's working copy, so a change to a published claim reaches them only through an
editor's dated update. Nothing here selects assignees, internal notes or internal history, so
a template or serializer cannot show them by mistake.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils.dateparse import parse_datetime

from reports.models import Report
from sources.models import Reference, Snapshot, Source

from ..bylines import credited_name
from ..models import Attribution, Claim, ClaimRelation, PublishedVersion, StatusChange
from ..workflow import VERDICT_RATING, Status, Verdict


@dataclass(frozen=True)
class PublicSource:
    id: int
    name: str
    slug: str
    kind: str
    description: str = ""

    def get_kind_display(self) -> str:
        return Source.Kind(self.kind).label if self.kind in Source.Kind.values else self.kind


@dataclass(frozen=True)
class PublicAttribution:
    source: PublicSource
    role: str
    cue: str
    is_primary: bool
    verification: str
    via: PublicSource | None = None
    id: int = 0
    parent_id: int | None = None  # the attribution this one is nested in (a paper citing officials)

    def get_role_display(self) -> str:
        return Attribution.Role(self.role).label if self.role in Attribution.Role.values else self.role


@dataclass(frozen=True)
class PublicEvidence:
    text: str
    created_at: datetime | None


@dataclass(frozen=True)
class CaptureFailure:
    """Why the last capture of a reference failed: the fetcher's error class and any HTTP status."""

    error_class: str
    http_status: int | None


@dataclass(frozen=True)
class PublicReference:
    id: int
    title: str
    kind: str
    publisher: str
    url: str
    captures: tuple[Snapshot, ...] = ()  # good captures, newest first
    capture_state: str = ""  # the reference's archive state now (queued, failed, ...)
    link_rot: bool = False  # the page fails now, after an earlier good capture
    failure: CaptureFailure | None = None

    @property
    def snapshot(self) -> Snapshot | None:
        return self.captures[0] if self.captures else None

    def get_kind_display(self) -> str:
        return Reference.Kind(self.kind).label if self.kind in Reference.Kind.values else self.kind


@dataclass(frozen=True)
class PublicRelated:
    """Another published claim, linked from this one (e.g. one that disputes it)."""

    text: str
    slug: str
    verdict: str

    def get_public_url(self) -> str:
        return reverse("public:claim", kwargs={"slug": self.slug})


@dataclass
class PublicClaim:
    """A claim as readers see it: its published version, plus the report and public history."""

    claim: Claim
    version: PublishedVersion
    attributions: list[PublicAttribution] = field(default_factory=list)
    evidence: list[PublicEvidence] = field(default_factory=list)
    references: list[PublicReference] = field(default_factory=list)
    public_history: list[StatusChange] = field(default_factory=list)
    disputed_by: list[PublicRelated] = field(default_factory=list)

    # What readers see is the version's; where it sits (report, slug, passage) is the claim's.
    text = property(lambda self: self.version.text)
    verdict = property(lambda self: self.version.verdict)
    verdict_summary = property(lambda self: self.version.verdict_summary)
    rating_value = property(lambda self: VERDICT_RATING.get(self.version.verdict))
    updated_at = property(lambda self: self.version.published_at)
    pk = property(lambda self: self.claim.pk)
    slug = property(lambda self: self.claim.slug)
    kind = property(lambda self: self.claim.kind)
    checkworthiness = property(lambda self: self.claim.checkworthiness)
    report = property(lambda self: self.claim.report)
    passage = property(lambda self: self.claim.passage)
    published_at = property(lambda self: self.claim.published_at)
    # The byline of the version readers see: who checked it and the editor who published it.
    checked_by = property(lambda self: credited_name(self.version.checked_by))
    edited_by = property(lambda self: credited_name(self.version.published_by))

    @property
    def last_updated_at(self) -> datetime | None:
        """When readers last saw a change (None while the first version stands)."""
        first = self.version.kind == PublishedVersion.Kind.FIRST
        return None if first else self.version.published_at

    def get_verdict_display(self) -> str:
        return Verdict(self.verdict).label if self.verdict in Verdict.values else self.verdict

    def get_public_url(self) -> str:
        return reverse("public:claim", kwargs={"slug": self.claim.slug})


def _source(row: dict) -> PublicSource:
    return PublicSource(
        id=row["source_id"],
        name=row["source_name"],
        slug=row["source_slug"],
        kind=row["source_kind"],
        description=row.get("source_description", ""),
    )


def _attributions(content: dict) -> list[PublicAttribution]:
    rows = content.get("attributions", [])
    by_id = {row["id"]: row for row in rows}
    return [
        PublicAttribution(
            source=_source(row),
            role=row["role"],
            cue=row.get("cue", ""),
            is_primary=row.get("primary", False),
            verification=row.get("verification", ""),
            via=_source(by_id[row["parent"]]) if row.get("parent") in by_id else None,
            id=row["id"],
            parent_id=row["parent"] if row.get("parent") in by_id else None,
        )
        for row in rows
    ]


def _ok_captures(reference: Reference):
    prefetched = getattr(reference, "ok_snapshots", None)
    if prefetched is not None:
        return prefetched
    return (
        reference.snapshots.filter(ok=True)
        .defer("text")
        .order_by(F("fetched_at").desc(nulls_last=True), "-id")
    )


def _last_failure(reference: Reference) -> CaptureFailure | None:
    prefetched = getattr(reference, "failed_snapshots", None)
    failed = prefetched[0] if prefetched else None
    if prefetched is None:
        failed = reference.snapshots.filter(ok=False).only("error_class", "http_status").first()
    return CaptureFailure(failed.error_class, failed.http_status) if failed is not None else None


def _references(version: PublishedVersion) -> list[PublicReference]:
    live = {r.pk: r for r in version.references.all()}
    refs = []
    for row in version.content.get("references", []):
        ref = live.get(row["id"])
        refs.append(
            PublicReference(
                id=row["id"],
                title=row["title"],
                kind=row["kind"],
                publisher=row.get("publisher", ""),
                url=row.get("url", ""),
                captures=tuple(_ok_captures(ref)) if ref else (),
                capture_state=ref.capture_state if ref else "",
                link_rot=ref.link_rot if ref else False,
                failure=_last_failure(ref) if ref else None,
            )
        )
    return refs


def present(claim: Claim) -> PublicClaim:
    """The reader's view of a claim fetched through `published_claims_with_details`."""
    version = claim.public_version
    content = version.content or {}
    return PublicClaim(
        claim=claim,
        version=version,
        attributions=_attributions(content),
        evidence=[
            PublicEvidence(text=row["text"], created_at=parse_datetime(row.get("created_at") or ""))
            for row in content.get("evidence", [])
        ],
        references=_references(version),
        public_history=list(getattr(claim, "public_history", [])),
    )


def published_claims() -> QuerySet[Claim]:
    return Claim.objects.filter(status=Status.PUBLISHED, public_version__isnull=False).select_related(
        "report",
        "public_version",
        "public_version__checked_by__byline",
        "public_version__published_by__byline",
    )


def _disputes(claim_pk: int) -> QuerySet[ClaimRelation]:
    """Confirmed "contradicts" relations between this claim and another published claim, either way."""
    published = {"status": Status.PUBLISHED, "public_version__isnull": False}
    return ClaimRelation.objects.filter(kind=ClaimRelation.Kind.CONTRADICTS).filter(
        Q(from_claim=claim_pk, **{f"to_claim__{k}": v for k, v in published.items()})
        | Q(to_claim=claim_pk, **{f"from_claim__{k}": v for k, v in published.items()})
    )


def disputed_by(claim_pk: int) -> list[PublicRelated]:
    """The published claims that contradict this one, as readers see them (their published text)."""
    rows = _disputes(claim_pk).values_list(
        "from_claim_id",
        "from_claim__slug",
        "from_claim__public_version__text",
        "from_claim__public_version__verdict",
        "to_claim__slug",
        "to_claim__public_version__text",
        "to_claim__public_version__verdict",
    )
    found: dict[str, PublicRelated] = {}
    for from_id, *ends in rows.order_by("id"):
        slug, text, verdict = ends[3:] if from_id == claim_pk else ends[:3]
        found.setdefault(slug, PublicRelated(text=text, slug=slug, verdict=verdict))
    return list(found.values())


def with_public_details(qs: QuerySet[Claim]) -> QuerySet[Claim]:
    ok_snapshots = (
        Snapshot.objects.filter(ok=True)
        .defer("text")
        .order_by(F("fetched_at").desc(nulls_last=True), "-created_at", "-id")
    )
    failed_snapshots = (
        Snapshot.objects.filter(ok=False).only("id", "reference_id", "error_class", "http_status")
    ).order_by("-created_at", "-id")
    return qs.prefetch_related(
        Prefetch("history", queryset=StatusChange.objects.filter(internal=False), to_attr="public_history"),
        Prefetch(
            "public_version__references",
            queryset=Reference.objects.prefetch_related(
                Prefetch("snapshots", queryset=ok_snapshots, to_attr="ok_snapshots"),
                Prefetch("snapshots", queryset=failed_snapshots, to_attr="failed_snapshots"),
            ),
        ),
    )


def published_claims_with_details() -> QuerySet[Claim]:
    """Published claims with everything a reader may see prefetched (pages, feed and public API)."""
    return with_public_details(published_claims())


def public_claim(slug: str) -> PublicClaim | None:
    """One published claim with everything its page shows, the claims disputing it included."""
    claim = published_claims_with_details().filter(slug=slug).first()
    if claim is None:
        return None
    found = present(claim)
    found.disputed_by = disputed_by(claim.pk)
    return found


def published_version(slug: str) -> PublishedVersion | None:
    """The version readers see of one published claim, alone (for its share card)."""
    return PublishedVersion.objects.filter(
        current_for__slug=slug, current_for__status=Status.PUBLISHED
    ).first()


def claims_for_feed() -> list[PublicClaim]:
    return [present(c) for c in published_claims_with_details().order_by("-published_at", "-id")]


def recent_published(limit: int = 30) -> list[PublicClaim]:
    return [present(c) for c in published_claims_with_details().order_by("-published_at", "-id")[:limit]]


def public_report(slug: str) -> tuple[Report, list[PublicClaim]] | None:
    report = Report.objects.filter(slug=slug).first()
    if report is None:
        return None
    claims = [
        present(c) for c in published_claims_with_details().filter(report=report).order_by("start", "id")
    ]
    if not claims:
        # A report with nothing published would only tell readers what the newsroom is checking.
        return None
    return report, claims


def public_corrections(limit: int = 50) -> QuerySet[StatusChange]:
    """Public corrections, updates and unpublications of claims that are published now."""
    return (
        StatusChange.objects.filter(internal=False, claim__status=Status.PUBLISHED)
        .exclude(field=StatusChange.Field.STATUS, to_value=Status.PUBLISHED)
        .select_related("claim", "claim__public_version")
        .order_by("-at", "-id")[:limit]
    )


def public_sources() -> QuerySet[Source]:
    """Sources that published versions attribute claims to, with how many claims each; a source only
    of unpublished claims stays internal."""
    return Source.objects.annotate(
        published_claim_count=Count("published_versions__current_for", distinct=True)
    ).filter(published_claim_count__gt=0)


def public_reports() -> QuerySet[Report]:
    """Reports with something published: a report with nothing published says only what is being checked."""
    return Report.objects.annotate(
        published_claim_count=Count(
            "claims", filter=Q(claims__status=Status.PUBLISHED, claims__public_version__isnull=False)
        )
    ).filter(published_claim_count__gt=0)
