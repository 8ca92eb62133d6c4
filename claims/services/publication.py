"""Publishing: what readers see is a frozen version, changed only by an editor's dated update.

`public_content` is the one definition of what a reader sees of a claim beyond its text and
verdict. Publishing copies it into a `PublishedVersion`; the readers' pages read only that.
A fact-checker's change to a published claim is kept as a pending revision: the working copy
changes, readers see nothing new until an editor (not one who made the changes, under the
two-person rule) publishes it with a public reason.
"""

from django.db.models import Max, Q

from ..models import Claim, PublishedVersion, StatusChange
from ..workflow import ClaimFacts, Status
from ._base import CONTENT_FIELDS, actor_or_none

# What a changed part is called, for the desk's "not yet public" banner and the review page.
PART_LABELS = {
    "text": "claim text",
    "verdict": "verdict",
    "verdict_summary": "verdict summary",
    "attributions": "who said it",
    "evidence": "public evidence",
    "references": "references",
}


def _passage(attribution) -> dict:
    """The passage that confirms an attribution, frozen with it: readers see "What the source says"."""
    evidence = getattr(attribution, "evidence", None)
    if attribution.verification != "confirmed" or evidence is None or evidence.snapshot is None:
        return {}
    snapshot = evidence.snapshot
    return {
        "passage": {
            "quote": evidence.quote,
            "snapshot": snapshot.pk,
            "start": evidence.start,
            "end": evidence.end,
            "reference": snapshot.reference_id,
            "title": snapshot.reference.title,
            "publisher": snapshot.reference.publisher,
            "captured_at": (snapshot.fetched_at or snapshot.created_at).isoformat(),
        }
    }


def public_content(claim: Claim) -> dict:
    """Attributions, public evidence and references as readers would see them now.

    A confirmed attribution carries the passage that confirms it (only then, so versions
    published before passages existed still read as unchanged).
    """
    attributions = claim.attributions.select_related("source", "evidence__snapshot__reference").order_by(
        "-is_primary", "id"
    )
    evidence = claim.notes.filter(internal=False).order_by("created_at", "id")
    references = claim.references.order_by("title", "id")
    return {
        "attributions": [
            {
                "id": a.pk,
                "source_id": a.source_id,
                "source_name": a.source.name,
                "source_slug": a.source.slug,
                "source_kind": a.source.kind,
                "source_description": a.source.description,
                "role": a.role,
                "cue": a.cue,
                "primary": a.is_primary,
                "parent": a.parent_id,
                "verification": a.verification,
                **_passage(a),
            }
            for a in attributions
        ],
        "evidence": [{"id": n.pk, "text": n.text, "created_at": n.created_at.isoformat()} for n in evidence],
        "references": [
            {"id": r.pk, "title": r.title, "kind": r.kind, "publisher": r.publisher, "url": r.url}
            for r in references
        ],
    }


def unpublished_changes(claim: Claim, version: PublishedVersion | None = None) -> tuple[str, ...]:
    """The parts of a published claim that differ from what readers see (empty if none)."""
    version = version or claim.public_version
    if claim.status != Status.PUBLISHED or version is None:
        return ()
    changed = [
        name
        for name, live, shown in (
            ("text", claim.text, version.text),
            ("verdict", claim.verdict, version.verdict),
            ("verdict_summary", claim.verdict_summary, version.verdict_summary),
        )
        if live != shown
    ]
    live = public_content(claim)
    changed += [
        part for part in ("attributions", "evidence", "references") if live[part] != version.content.get(part)
    ]
    return tuple(changed)


def _last(claim: Claim, **filters) -> StatusChange | None:
    return claim.history.filter(**filters).order_by("-at", "-id").first()


# The history entries that decide who prepared a claim (preparers_in reads only these).
PREPARER_ENTRIES = Q(field__in=(*CONTENT_FIELDS, StatusChange.Field.STATUS))


def _last_matching(history: list[StatusChange], matches) -> StatusChange | None:
    return next((h for h in reversed(history) if matches(h)), None)


def preparers_in(claim: Claim, history: list[StatusChange]) -> frozenset[int]:
    """The people the two-person rule keeps from publishing this claim now, from its history
    entries (oldest first; any that PREPARER_ENTRIES selects, more do no harm).

    Waiting for sign-off: whoever set the verdict that stands and whoever sent it for sign-off.
    Published with changes: whoever made a change since the version readers see.
    """
    ids: set[int | None] = set()
    if claim.status == Status.PUBLISHED and claim.public_version is not None:
        since = claim.public_version.published_at
        ids.update(
            h.actor_id
            for h in history
            if h.at >= since
            and h.field in CONTENT_FIELDS
            and not (h.field == StatusChange.Field.EVIDENCE and h.note == "internal note")
        )
    else:
        for entry in (
            _last_matching(history, lambda h: h.field == StatusChange.Field.VERDICT),
            _last_matching(
                history, lambda h: h.field == StatusChange.Field.STATUS and h.to_value == Status.NEEDS_SIGNOFF
            ),
        ):
            if entry is not None:
                ids.add(entry.actor_id)
    return frozenset(i for i in ids if i is not None)


def preparers(claim: Claim) -> frozenset[int]:
    """The people the two-person rule keeps from publishing this claim now (see preparers_in)."""
    history = claim.history.filter(PREPARER_ENTRIES)
    if claim.status == Status.PUBLISHED and claim.public_version is not None:
        history = history.filter(at__gte=claim.public_version.published_at)
    return preparers_in(claim, list(history.order_by("at", "id")))


def has_evidence(claim: Claim) -> bool:
    return claim.references.exists() or claim.notes.filter(internal=False).exists()


def facts(claim: Claim) -> ClaimFacts:
    """What the move table needs, read under the caller's lock."""
    return ClaimFacts(
        status=claim.status,
        has_verdict=bool(claim.verdict and claim.verdict_summary.strip()),
        has_evidence=has_evidence(claim),
        unpublished_changes=unpublished_changes(claim),
        preparers=preparers(claim),
    )


def _kind(claim: Claim, previous: PublishedVersion | None) -> str:
    if claim.status == Status.PUBLISHED and previous is not None:
        corrected = (claim.verdict, claim.verdict_summary) != (previous.verdict, previous.verdict_summary)
        return PublishedVersion.Kind.CORRECTION if corrected else PublishedVersion.Kind.UPDATE
    if claim.published_versions.exists():
        return PublishedVersion.Kind.REPUBLISHED
    return PublishedVersion.Kind.FIRST


def checker(claim: Claim):
    """The fact-checker a version credits: whoever set the verdict it shows, else whoever sent the
    claim for sign-off (None when the history names nobody)."""
    for entry in (
        _last(claim, field=StatusChange.Field.VERDICT, actor__isnull=False),
        _last(claim, field=StatusChange.Field.STATUS, to_value=Status.NEEDS_SIGNOFF, actor__isnull=False),
    ):
        if entry is not None:
            return entry.actor
    return None


def freeze(claim: Claim, *, actor, reason: str, override: dict | None = None) -> PublishedVersion:
    """Publish the claim's working copy as its new public version (called by the status service).

    `override`: the editor published over a blocking checklist item; the reason is kept with the
    version (for the newsroom: readers' pages read only the parts they show)."""
    previous = claim.public_version
    number = (claim.published_versions.aggregate(n=Max("number"))["n"] or 0) + 1
    content = public_content(claim)
    if override:
        content["checklist_override"] = override
    version = PublishedVersion.objects.create(
        claim=claim,
        number=number,
        kind=_kind(claim, previous),
        reason=reason,
        published_by=actor_or_none(actor),
        checked_by=checker(claim),
        text=claim.text,
        verdict=claim.verdict,
        verdict_summary=claim.verdict_summary,
        content=content,
    )
    version.sources.set({a["source_id"] for a in content["attributions"]})
    version.references.set({r["id"] for r in content["references"]})
    return version
