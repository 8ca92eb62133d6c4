"""The editor's publishing checklist: what readers will see of a claim, and what is missing.

Read before an editor publishes (the review page) and again by the status service under the
claim's lock, so no surface (the desk, the API, bulk actions) publishes past a blocking item
without an explicit override and its reason. Six fixed queries, whatever the claim holds.

Blocking: the verdict rests on references (it has references and no public evidence note
explains it in words) and none of them is archived or even linked, so a reader could follow
nothing. Everything else is a warning the editor reads and may publish over.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from sources.models import Reference

from .models import Claim, ClaimRelation
from .passages.selectors import attributions_checklist_item

BLOCKING_MESSAGE = (
    "Readers could not follow any reference behind this verdict: none has a URL or an archived copy. "
    "Add a URL and archive it on the claim desk, or publish anyway with a reason for the override."
)
OVERRIDE_MAX = 2000


@dataclass(frozen=True)
class Item:
    """One line of the checklist: done, or what is missing (and whether it blocks publishing)."""

    key: str
    label: str
    done: bool
    details: tuple[str, ...] = ()
    blocking: bool = False
    fix_url: str = ""  # where the missing part is fixed (the claim desk's references)


@dataclass(frozen=True)
class ReaderView:
    """What readers will see when this is published."""

    attributions: int
    evidence: int
    references: int
    archived: int
    linked: int


@dataclass(frozen=True)
class Checklist:
    items: tuple[Item, ...]
    readers: ReaderView
    contradictions: tuple[ClaimRelation, ...] = field(default=())

    @property
    def blocking(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.blocking and not i.done)

    @property
    def open_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if not i.done)


def _failing(ref: Reference) -> bool:
    return ref.capture_state == Reference.Capture.FAILED or ref.link_rot


def reference_items(references: list[Reference], *, rests_on_references: bool, fix_url: str) -> list[Item]:
    no_url = tuple(f"“{r.title}” has no URL" for r in references if not r.url)
    unarchived = tuple(
        f"“{r.title}”: "
        + (
            "the capture is failing" + (f" ({r.capture_error})" if r.capture_error else "")
            if _failing(r)
            else f"not archived yet ({r.get_capture_state_display().lower()})"
        )
        for r in references
        if r.url and (r.capture_state != Reference.Capture.ARCHIVED or _failing(r))
    )
    followable = any(r.url or r.last_archived_at for r in references)
    return [
        Item("urls", "Every reference has a URL readers can follow", not no_url, no_url, fix_url=fix_url),
        Item("archived", "Every linked reference is archived", not unarchived, unarchived, fix_url=fix_url),
        Item(
            "followable",
            "Readers can follow a reference behind the verdict",
            followable or not rests_on_references,
            () if followable or not rests_on_references else (BLOCKING_MESSAGE,),
            blocking=True,
            fix_url=fix_url,
        ),
    ]


def _contradictions(claim: Claim) -> tuple[ClaimRelation, ...]:
    return tuple(
        ClaimRelation.objects.filter(
            Q(from_claim=claim) | Q(to_claim=claim),
            kind=ClaimRelation.Kind.CONTRADICTS,
            origin=ClaimRelation.Origin.EXTRACTION,
            reviewed=False,
        )
        .select_related("from_claim", "to_claim")
        .order_by("id")
    )


def _contradiction_item(claim: Claim, suggested: tuple[ClaimRelation, ...]) -> Item:
    details = tuple(
        f"Claim #{other.pk}: “{other.text[:120]}”"
        for other in (r.to_claim if r.from_claim_id == claim.pk else r.from_claim for r in suggested)
    )
    return Item(
        "contradictions",
        "Suggested contradictions looked at",
        not details,
        details,
        fix_url=claim.get_absolute_url() + "#section-relations",
    )


def checklist_for(claim: Claim) -> Checklist:
    references = list(claim.references.order_by("title", "id"))
    evidence = claim.notes.filter(internal=False).count()
    fix_url = claim.get_absolute_url() + "#section-references"
    attributions = attributions_checklist_item(claim)
    suggested = _contradictions(claim)
    items = [
        *reference_items(references, rests_on_references=bool(references) and not evidence, fix_url=fix_url),
        Item(
            "attributions",
            attributions.label,
            attributions.done,
            attributions.details,
            fix_url=claim.get_absolute_url() + "#section-passages",
        ),
        _contradiction_item(claim, suggested),
    ]
    readers = ReaderView(
        attributions=claim.attributions.count(),
        evidence=evidence,
        references=len(references),
        archived=sum(
            1 for r in references if r.last_archived_at or r.capture_state == Reference.Capture.ARCHIVED
        ),
        linked=sum(1 for r in references if r.url),
    )
    return Checklist(items=tuple(items), readers=readers, contradictions=suggested)
