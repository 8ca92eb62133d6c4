"""Reading passages for the desk, the readers' page and the publishing checklist.

The desk shows, beside each attribution, the best passages from the latest capture of each
reference the claim cites, each with the paragraph before and after. Results that are missing
or stale (the claim was reworded, a new capture, a new engine) are queued to be found again,
once a minute at most per claim; with tasks in-process they are ready by the time this returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils.dateparse import parse_datetime

from sources.models import Reference, Snapshot

from ..models import Attribution, Claim
from .models import AttributionEvidence, Passage, PassageSearch
from .services import is_current, latest_capture

REFRESH_EVERY = 60  # seconds between two refreshes queued for one claim


@dataclass(frozen=True)
class InContext:
    """A passage in its paragraph, with the paragraphs before and after."""

    before: str
    lead: str
    passage: str
    trail: str
    after: str


def in_context(text: str, start: int, end: int) -> InContext:
    """Cut `text` around [start, end): the paragraph it is in, and one paragraph either side."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    prev_end = max(0, para_start - 1)
    prev_start = text.rfind("\n", 0, max(0, prev_end - 1)) + 1 if prev_end else 0
    next_start = min(len(text), para_end + 1)
    next_end = text.find("\n", next_start)
    next_end = len(text) if next_end < 0 else next_end
    return InContext(
        before=text[prev_start:prev_end].strip() if para_start else "",
        lead=text[para_start:start],
        passage=text[start:end],
        trail=text[end:para_end],
        after=text[next_start:next_end].strip(),
    )


def mark_paragraphs(text: str, start: int, end: int) -> list[list[tuple[str, bool, bool]]]:
    """The text as paragraphs of (words, marked, anchor) pieces, [start, end) marked and its first
    piece the anchor the link scrolls to: for the archived copy opened at a passage."""
    paragraphs, offset, anchored = [], 0, False
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        cut_start, cut_end = max(start, line_start), min(end, line_end)
        if cut_start < cut_end:
            pieces = [
                (text[line_start:cut_start], False, False),
                (text[cut_start:cut_end], True, not anchored),
                (text[cut_end:line_end], False, False),
            ]
            anchored = True
            paragraphs.append([p for p in pieces if p[0]])
        else:
            paragraphs.append([(line, False, False)])
    return paragraphs


def archived_text(request, snapshot: Snapshot) -> dict:
    """Template context for a capture's text, marked at `?passage=START-END` when asked."""
    span = parse_span(request.GET.get("passage", ""), snapshot.text)
    return {"marked": mark_paragraphs(snapshot.text, *span) if span else None}


def parse_span(value: str, text: str) -> tuple[int, int] | None:
    """`?passage=START-END` from a link, if it is a span of the text."""
    first, _, second = (value or "").partition("-")
    if not (first.isdigit() and second.isdigit()):
        return None
    start, end = int(first), int(second)
    return (start, end) if 0 <= start < end <= len(text) else None


def passage_query(start: int, end: int) -> str:
    return f"?passage={start}-{end}#passage"


@dataclass
class ShownPassage:
    passage: Passage
    context: InContext
    desk_url: str


@dataclass
class ReferencePassages:
    reference: Reference
    snapshot: Snapshot | None
    passages: list[ShownPassage] = field(default_factory=list)
    pending: bool = False  # being found now


@dataclass
class AttributionPassages:
    attribution: Attribution
    evidence: AttributionEvidence | None
    references: list[ReferencePassages]


def _queue_refresh(claim: Claim) -> None:
    from .tasks import refresh_claim_passages

    if cache.add(f"passages-refresh-{claim.pk}", 1, REFRESH_EVERY):
        claim_id = claim.pk
        transaction.on_commit(lambda: refresh_claim_passages.delay(claim_id))


def _reference_passages(claim: Claim, reference: Reference) -> ReferencePassages:
    snapshot = latest_capture(reference)
    if snapshot is None:
        return ReferencePassages(reference=reference, snapshot=None)
    search = PassageSearch.objects.filter(claim=claim, snapshot=snapshot).first()
    if not is_current(search, claim, snapshot):
        return ReferencePassages(reference=reference, snapshot=snapshot, pending=True)
    shown = [
        ShownPassage(
            passage=p,
            context=in_context(snapshot.text, p.start, p.end),
            desk_url=reverse("desk:snapshot", kwargs={"pk": snapshot.pk}) + passage_query(p.start, p.end),
        )
        for p in search.passages.all()
    ]
    return ReferencePassages(reference=reference, snapshot=snapshot, passages=shown)


def _names(source) -> list[str]:
    return [n.lower() for n in [source.name, *(source.aliases or [])] if n]


def _by_source(references: list[ReferencePassages], attribution: Attribution) -> list[ReferencePassages]:
    """The attribution's own documents first: a reference whose publisher or title names the source."""
    names = _names(attribution.source)

    def own(block: ReferencePassages) -> bool:
        said_by = f"{block.reference.publisher} {block.reference.title}".lower()
        return any(name in said_by for name in names)

    return sorted(references, key=lambda block: not own(block))


def passages_for_desk(claim: Claim) -> list[AttributionPassages]:
    """For each attribution: its evidence, and the passages of each reference the claim cites."""
    references = [_reference_passages(claim, r) for r in claim.references.order_by("title", "id")]
    if any(block.pending for block in references):
        _queue_refresh(claim)
        references = [
            _reference_passages(claim, block.reference) if block.pending else block for block in references
        ]
    attributions = claim.attributions.select_related("source", "evidence__snapshot__reference")
    return [
        AttributionPassages(
            attribution=a,
            evidence=getattr(a, "evidence", None),
            references=_by_source(references, a),
        )
        for a in attributions
    ]


def public_passages(content: dict) -> list[dict]:
    """What the sources say, from a published version's frozen content: one entry per confirmed
    attribution, with its archive link at the passage."""
    shown = []
    for row in content.get("attributions", []):
        passage = row.get("passage")
        if row.get("verification") != "confirmed" or not passage:
            continue
        url = reverse("archive:snapshot", kwargs={"pk": passage["snapshot"]})
        shown.append(
            {
                **passage,
                "source_name": row["source_name"],
                "captured_at": parse_datetime(passage.get("captured_at") or ""),
                "archive_url": url + passage_query(passage["start"], passage["end"]),
            }
        )
    return shown


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the editor's publishing checklist."""

    label: str
    done: bool
    details: tuple[str, ...] = ()


def attributions_checklist_item(claim: Claim) -> ChecklistItem:
    """ "Every attribution checked against its source": lists those still unconfirmed, and
    confirmations whose page has changed since (a second look). Misattributed ones were decided."""
    open_items = []
    for a in claim.attributions.select_related("source", "evidence").order_by("-is_primary", "id"):
        who = f"{a.source.name} ({a.get_role_display().lower()})"
        evidence = getattr(a, "evidence", None)
        if a.verification == Attribution.Verification.UNCONFIRMED:
            open_items.append(f"{who}: not yet confirmed by a passage")
        elif evidence is not None and evidence.needs_second_look:
            open_items.append(f"{who}: confirmed, but the page has changed since; needs a second look")
    return ChecklistItem(
        label="Every attribution checked against what the source says",
        done=not open_items,
        details=tuple(open_items),
    )
