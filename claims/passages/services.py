"""Finding and keeping the passages of each capture that match the claims citing it.

    capture stored ──on_commit──▶ find_passages task ──▶ refresh_capture(snapshot)
    desk opens a claim whose results are stale ──▶ refresh_claim task ──▶ refresh_claim(claim)

Results are kept per (claim, capture) and computed from (claim text, capture text): when the
claim is reworded, or the engine changes, they are stale and computed again; an identical pair
already ranked (the same words on the same page text) is copied rather than ranked again. When
a page changed on re-capture, passages whose words are new are marked `changed`, and a
confirmation quoting words that are gone asks for a second look.
"""

from __future__ import annotations

import hashlib
import logging
import re
from functools import lru_cache

from django.conf import settings
from django.db import transaction

from sources.models import Reference, Snapshot

from ..extraction import load_nlp
from ..models import Claim
from ..services.verification import ask_second_look
from .engine import ENGINE_VERSION, find, prepare
from .models import AttributionEvidence, Passage, PassageSearch

log = logging.getLogger(__name__)
TOP = 3


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def latest_capture(reference: Reference) -> Snapshot | None:
    """The newest good capture with text: the one passages are shown from."""
    return (
        Snapshot.objects.filter(reference=reference, ok=True)
        .exclude(text="")
        .order_by("-fetched_at", "-created_at", "-id")
        .first()
    )


def previous_capture(snapshot: Snapshot) -> Snapshot | None:
    return (
        Snapshot.objects.filter(
            reference_id=snapshot.reference_id, ok=True, created_at__lte=snapshot.created_at
        )
        .exclude(text="")
        .exclude(pk=snapshot.pk)
        .order_by("-fetched_at", "-created_at", "-id")
        .first()
    )


def is_current(search: PassageSearch | None, claim: Claim, snapshot: Snapshot) -> bool:
    return (
        search is not None
        and search.claim_text_sha == sha(claim.text)
        and search.text_sha == sha(snapshot.text)
        and search.engine == ENGINE_VERSION
    )


@lru_cache(maxsize=8)
def _document(text_sha: str, text: str):
    """A capture's text read once per process (many claims cite one page)."""
    return prepare(text, load_nlp(settings.SPACY_MODEL))


def _ranked(claim: Claim, snapshot: Snapshot) -> list[dict]:
    keys = {"claim_text_sha": sha(claim.text), "text_sha": sha(snapshot.text), "engine": ENGINE_VERSION}
    cached = PassageSearch.objects.filter(**keys).exclude(claim=claim, snapshot=snapshot).first()
    if cached is not None:
        return list(cached.passages.values("rank", "start", "end", "score", "flag", "reason"))
    document = _document(keys["text_sha"], snapshot.text)
    found = find(document, claim.text, load_nlp(settings.SPACY_MODEL), k=TOP)
    return [
        {
            "rank": f.rank,
            "start": f.start,
            "end": f.end,
            "score": f.score,
            "flag": f.flag,
            "reason": f.reason[:500],
        }
        for f in found
    ]


def _changed(rows: list[dict], snapshot: Snapshot, before: Snapshot | None) -> None:
    """Mark passages whose words the previous capture of the page did not have."""
    if before is None or before.sha256 == snapshot.sha256 or sha(before.text) == sha(snapshot.text):
        return
    earlier = _normal(before.text)
    for row in rows:
        row["changed"] = _normal(snapshot.text[row["start"] : row["end"]]) not in earlier


def refresh(claim: Claim, snapshot: Snapshot) -> PassageSearch:
    """The claim's passages in this capture, computed again only when stale."""
    search = PassageSearch.objects.filter(claim=claim, snapshot=snapshot).first()
    if is_current(search, claim, snapshot):
        return search
    rows = _ranked(claim, snapshot)
    _changed(rows, snapshot, previous_capture(snapshot))
    with transaction.atomic():
        search, _ = PassageSearch.objects.update_or_create(
            claim=claim,
            snapshot=snapshot,
            defaults={
                "claim_text_sha": sha(claim.text),
                "text_sha": sha(snapshot.text),
                "engine": ENGINE_VERSION,
            },
        )
        search.passages.all().delete()
        Passage.objects.bulk_create(Passage(search=search, **row) for row in rows)
    return search


def second_looks(snapshot: Snapshot) -> int:
    """Confirmations quoting an earlier capture of this page whose words are no longer in it."""
    now = _normal(snapshot.text)
    asked = 0
    confirmed = AttributionEvidence.objects.filter(
        verification="confirmed", needs_second_look=False, snapshot__reference_id=snapshot.reference_id
    ).exclude(snapshot=snapshot)
    for evidence in confirmed.select_related("snapshot", "attribution"):
        if _normal(evidence.quote) in now:
            continue
        when = f"{snapshot.fetched_at or snapshot.created_at:%Y-%m-%d}"
        ask_second_look(
            evidence=evidence,
            reason=f"The page changed when it was captured again on {when}: the confirmed passage "
            "is no longer there word for word.",
        )
        asked += 1
    return asked


def refresh_capture(snapshot_id: int) -> int:
    """After a capture: passages for every claim citing the page, and second looks. Returns claims done."""
    snapshot = Snapshot.objects.filter(pk=snapshot_id, ok=True).select_related("reference").first()
    if snapshot is None or not snapshot.text:
        return 0
    claims = list(Claim.objects.filter(references=snapshot.reference_id))
    for claim in claims:
        refresh(claim, snapshot)
    second_looks(snapshot)
    return len(claims)


def refresh_claim(claim_id: int) -> int:
    """The claim's passages in the latest capture of each reference it cites. Returns captures done."""
    claim = Claim.objects.filter(pk=claim_id).first()
    if claim is None:
        return 0
    done = 0
    for reference in claim.references.all():
        snapshot = latest_capture(reference)
        if snapshot is not None:
            refresh(claim, snapshot)
            done += 1
    return done
