"""Store what the extraction engine found in a report: claims, sources, attributions, references.

Running it again is safe: a claim found again is matched by its passage and extracted text and
updated in place; a claim a person has worked on (status, verdict, assignee, notes, history, an
edited text or attribution) is left exactly as it is; nothing is created twice.
"""

from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import asdict, dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.text import slugify

from claims.extraction import Extraction, extract_many
from claims.extraction.types import ExtractedClaim, ExtractedSource
from core.locks import held
from reports.models import Report
from sources.models import Reference, Source

from .graph import link_seen_before, store_relations
from .models import Attribution, Claim
from .workflow import Status


@dataclass(frozen=True)
class StoreOutcome:
    created: int = 0
    updated: int = 0
    kept: int = 0
    removed: int = 0
    unchanged: int = 0

    def __str__(self) -> str:
        return (
            f"{self.created} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.kept} left as people worked on them, {self.removed} no longer found removed"
        )


def worked_on(claim: Claim) -> bool:
    """A person has touched this claim, so the extractor must leave it alone."""
    return (
        claim.status != Status.UNREVIEWED
        or bool(claim.verdict)
        or claim.assignee_id is not None
        or claim.text != claim.extracted_text
        or claim.history.exists()
        or claim.notes.exists()
        or claim.attributions.filter(edited=True).exists()
        or claim.relations.exists()
    )


def store_extraction(*, report: Report) -> StoreOutcome:
    """Extract one report's claims and store them (see store_extractions)."""
    return store_extractions(reports=[report])[0]


def store_extractions(
    *, reports: Iterable[Report], n_process: int = 1, on_parsed: Callable[[int, int], None] | None = None
) -> list[StoreOutcome]:
    """Extract and store, one run per report at a time: while a report is being extracted, another
    request for it is refused with Busy (409) instead of racing the first to create the same claims.
    `on_parsed(done, total)` follows the parsing paragraph by paragraph (a command's progress bar)."""
    reports = list(reports)
    with ExitStack() as locks:
        for report in reports:
            busy = f"Claims are being extracted from “{report.title[:80]}” already; try again later."
            locks.enter_context(held(f"extract-report:{report.pk}", busy=busy))
        return _extract_and_store(reports, n_process, on_parsed)


class Progress:
    """Writes how far a run has got on its reports as it goes, each write committed at once (never
    inside the run's transaction), so the desk and the API see it move; at most every 5 percent."""

    def __init__(self, reports: list[Report], on_parsed: Callable[[int, int], None] | None = None):
        self.ids, self.written, self.on_parsed = [r.pk for r in reports], -100, on_parsed

    def __call__(self, percent: int, step: str, **fields) -> None:
        if percent - self.written >= 5 or fields:
            Report.objects.filter(pk__in=self.ids).update(
                extraction_progress=percent, extraction_step=step[:200], **fields
            )
            self.written = percent

    def parsed(self, done: int, total: int) -> None:
        self(5 + 75 * done // max(total, 1), f"Reading the text: paragraph {done} of {total}")
        if self.on_parsed is not None:
            self.on_parsed(done, total)


def _extract_and_store(
    reports: list[Report], n_process: int, on_parsed: Callable[[int, int], None] | None
) -> list[StoreOutcome]:
    progress = Progress(reports, on_parsed)
    progress(2, "Loading the language model", extraction_state=Report.Extraction.RUNNING)
    try:
        extractions = extract_many(
            [r.body for r in reports],
            model_name=settings.SPACY_MODEL,
            n_process=n_process,
            batch_size=8,  # small batches, so progress moves paragraph by paragraph
            progress=progress.parsed,
        )
    except Exception as exc:  # the engine failed on this text: say so on the report, keep the claims
        progress(
            progress.written,
            "Failed",
            extraction_state=Report.Extraction.FAILED,
            extraction_error=f"{type(exc).__name__}: {exc}",
        )
        raise
    outcomes = []
    for report, extraction in zip(reports, extractions, strict=True):
        Report.objects.filter(pk=report.pk).update(
            extraction_progress=85, extraction_step=f"Storing {len(extraction.claims)} claims"
        )
        outcomes.append(_store(report, extraction))
    return outcomes


def _claim_slug(report: Report, found: ExtractedClaim) -> str:
    # Stable across runs (same report, passage and text give the same slug), unique across reports.
    digest = salted_hmac(
        "claim-slug", f"{report.content_hash}:{found.start}:{found.end}:{found.text}"
    ).hexdigest()
    return f"{slugify(found.text)[:60].strip('-') or 'claim'}-{digest[:8]}"


@transaction.atomic
def _store(report: Report, extraction: Extraction) -> StoreOutcome:
    existing = {(c.start, c.end, c.extracted_text): c for c in report.claims.all()}
    stored, people, counts = _save_found(report, extraction, existing, SourceBook())

    # Claims the engine no longer finds go, unless a person has worked on them.
    removed = 0
    for claim in existing.values():
        if worked_on(claim):
            counts["kept"] += 1
        else:
            claim.delete()
            removed += 1

    for index, found in enumerate(extraction.claims):
        claim = stored[index]
        target = stored[found.duplicate_of].pk if found.duplicate_of is not None else None
        if index not in people and claim.duplicate_of_id != target:
            Claim.objects.filter(pk=claim.pk).update(duplicate_of=target)
            claim.duplicate_of_id = target

    _store_references(report, extraction, stored)
    store_relations(extraction, stored)
    link_seen_before([c for c in stored if c.duplicate_of_id is None])
    outcome = StoreOutcome(removed=removed, **counts)
    Report.objects.filter(pk=report.pk).update(
        extraction_state=Report.Extraction.DONE,
        extraction_error="",
        extracted_at=timezone.now(),
        extraction_progress=100,
        extraction_step="Done",
        extraction_outcome=asdict(outcome),
        furniture_spans=[list(span) for span in extraction.furniture],
    )
    return outcome


def _save_found(
    report: Report, extraction: Extraction, existing: dict, sources: "SourceBook"
) -> tuple[list[Claim], set[int], dict[str, int]]:
    """Create or update a claim per found one; `existing` keeps those the engine no longer finds."""
    stored: list[Claim] = []
    people: set[int] = set()  # indices of claims a person has worked on
    counts = {"created": 0, "updated": 0, "unchanged": 0, "kept": 0}
    for index, found in enumerate(extraction.claims):
        claim = existing.pop((found.start, found.end, found.text), None)
        stored.append(claim)
        if claim is not None and worked_on(claim):
            counts["kept"] += 1
            people.add(index)
            continue
        if claim is not None and _unchanged(claim, found, sources):
            # Left untouched, so "no change for N days" keeps counting from a person's last change.
            counts["unchanged"] += 1
            continue
        if claim is None:
            claim = stored[index] = Claim(
                report=report,
                start=found.start,
                end=found.end,
                text=found.text,
                extracted_text=found.text,
                slug=_claim_slug(report, found),
            )
            counts["created"] += 1
        else:
            counts["updated"] += 1
        claim.kind = found.kind
        claim.checkworthiness = _checkworthiness(found)
        claim.save()
        _replace_attributions(claim, found.sources, sources)
    return stored, people, counts


def _checkworthiness(found: ExtractedClaim) -> float:
    return min(1.0, max(0.0, float(found.checkworthiness)))


def _unchanged(claim: Claim, found: ExtractedClaim, book: "SourceBook") -> bool:
    """The engine found exactly what is stored: same kind, score and attributions."""
    if claim.kind != found.kind or abs(claim.checkworthiness - _checkworthiness(found)) > 1e-9:
        return False
    stored = [
        (a.source_id, a.role, a.cue, a.parent.source_id if a.parent_id else None)
        for a in claim.attributions.filter(edited=False).select_related("parent").order_by("id")
    ]
    wanted: list[tuple] = []
    made: list[int | None] = []
    for found_source in found.sources:
        if found_source.role == "publisher" or not found_source.name.strip():
            made.append(None)
            continue
        source_id, parent = book.get(found_source).pk, _parent(made, found_source)
        made.append(source_id)
        wanted.append((source_id, _role(found_source), found_source.cue[:200], parent))
    return stored == wanted


def _replace_attributions(
    claim: Claim, found_sources: tuple[ExtractedSource, ...], book: "SourceBook"
) -> None:
    claim.attributions.filter(edited=False).delete()
    made: list[Attribution | None] = []
    primary_done = claim.attributions.filter(is_primary=True).exists()
    for found in found_sources:
        if found.role == "publisher" or not found.name.strip():
            made.append(None)  # the report's own voice: no attribution beyond the publisher
            continue
        source = book.get(found)
        attribution, was_created = Attribution.objects.get_or_create(
            claim=claim,
            source=source,
            role=_role(found),
            defaults={"cue": found.cue[:200], "parent": _parent(made, found), "is_primary": not primary_done},
        )
        primary_done = True
        made.append(attribution)


def _role(found: ExtractedSource) -> str:
    return found.role if found.role in Attribution.Role.values else Attribution.Role.SAID


def _parent(made: list, found: ExtractedSource):
    """What was made for the source this one is nested under (the paper citing officials), if any."""
    return made[found.parent] if found.parent is not None and found.parent < len(made) else None


class SourceBook:
    """Finds or creates one Source per real-world name, following merges and known aliases."""

    def __init__(self) -> None:
        self.cache: dict[str, Source] = {}

    def get(self, found: ExtractedSource) -> Source:
        key = found.name.strip().lower()
        if key in self.cache:
            return self.cache[key]
        source = self._lookup(found.name) or self._create(found)
        while source.merged_into_id is not None:
            source = source.merged_into
        new_aliases = [a for a in found.aliases if a and a != source.name and a not in source.aliases]
        if new_aliases:
            source.aliases = [*source.aliases, *new_aliases]
            source.save(update_fields=["aliases"])
        self.cache[key] = source
        return source

    @staticmethod
    def _lookup(name: str) -> Source | None:
        by_name = Source.objects.filter(Q(name__iexact=name) | Q(slug=slugify(name)[:200])).first()
        if by_name is not None:
            return by_name
        # Aliases are a JSON list; a containment lookup isn't portable to SQLite, so scan the few candidates.
        for candidate in Source.objects.filter(aliases__icontains=name):
            if any(alias.lower() == name.lower() for alias in candidate.aliases):
                return candidate
        return None

    @staticmethod
    def _create(found: ExtractedSource) -> Source:
        base = slugify(found.name)[:180] or "source"
        slug, n = base, 1
        while Source.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        kind = found.kind if found.kind in Source.Kind.values else Source.Kind.OTHER
        return Source.objects.create(
            name=found.name.strip(),
            slug=slug,
            kind=kind,
            aliases=[a for a in found.aliases if a and a != found.name],
        )


def _store_references(report: Report, extraction: Extraction, stored: list[Claim]) -> None:
    report_refs = Reference.objects.filter(claims__report=report).distinct()
    made: list[Reference] = []
    for found in extraction.references:
        reference = report_refs.filter(
            title=found.title[:500], kind=found.kind, publisher=found.publisher[:300]
        ).first()
        if reference is None:
            kind = found.kind if found.kind in Reference.Kind.values else Reference.Kind.OTHER
            reference = Reference.objects.create(
                title=found.title[:500], kind=kind, publisher=found.publisher[:300], cue=found.cue[:300]
            )
        made.append(reference)
    for index, found in enumerate(extraction.claims):
        for ref_index in found.references:
            if ref_index < len(made):
                made[ref_index].claims.add(stored[index])
