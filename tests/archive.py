"""A newsroom's archive in bulk: many reports, claims, sources and attributions, inserted with
bulk_create (tens of thousands of rows a second), for the query-plan tests and bench/bench_scale.py.

The claims are sentences put together from a fixed vocabulary with a seeded random generator, so
each word has a steady share of the claims (a search term that is rare, one that is common), and
every claim is attributed to one or two of `n_sources` people and bodies, with roles. Statuses,
verdicts, assignees and ages are spread the way a working desk's are.
"""

import random
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.utils import timezone
from django.utils.crypto import get_random_string

from claims.models import Attribution, Claim
from claims.workflow import Status, Verdict
from reports.models import Report
from sources.models import Source

WHO = ["The minister", "A spokesman", "The council", "Officials", "The company", "Police", "The report"]
VERB = ["said", "claimed", "denied", "confirmed", "estimated", "reported", "warned", "insisted"]
AMOUNT = ["40,000", "£1.5m", "a quarter", "fourteen hundred", "12%", "300", "two thirds", "one in four"]
NOUN = [
    "homes", "patients", "jobs", "trains", "schools", "voters", "tonnes of steel", "hospital beds",
    "libraries", "nurses", "flights", "permits", "wind turbines", "bus routes", "cases", "tenants",
]  # fmt: skip
TAIL = [
    "were lost last year", "had been promised by March", "would be cut before the election",
    "were never built", "doubled since 2019", "were moved to the private sector",
    "fell short of the target", "will be funded from reserves", "were overstated in the budget",
    "came from abroad", "rose faster than inflation", "were closed without notice",
]  # fmt: skip
PLACE = ["in Marrick", "across the region", "in the capital", "nationwide", "in the north", "at the port"]
FIRST = ["Ada", "Ben", "Chloe", "Dmitri", "Esme", "Farid", "Grace", "Hugo", "Ines", "Jonah", "Keira", "Lars"]
LAST = ["Morrow", "Okafor", "Petrov", "Quinn", "Rahman", "Silva", "Tanaka", "Ulrich", "Vance", "Walsh"]
BODY = ["Ministry of Transport", "Office for Statistics", "Harbour Authority", "Health Trust", "Audit Office"]
STATUSES = [Status.UNREVIEWED] * 14 + [Status.IN_PROGRESS] * 3 + [Status.NEEDS_SIGNOFF, Status.DISMISSED]
VERDICTS = [v for v, _ in Verdict.choices]
ROLES = [r for r, _ in Attribution.Role.choices]
# Searched for by the tests and the bench: "viaduct" is in one claim in fifty (a story that comes
# back now and then), "hospital" in one in sixteen, "said" in one in eight.
RARE_WORD, MIDDLE_WORD, COMMON_WORD = "viaduct", "hospital", "said"


@dataclass(frozen=True)
class Archive:
    reports: int
    claims: int
    sources: list[str]  # slugs, most attributed first


def _sentence(rng: random.Random) -> str:
    place = "near the Harrowgate viaduct" if rng.random() < 0.02 else rng.choice(PLACE)
    said = f"{rng.choice(WHO)} {rng.choice(VERB)} {rng.choice(AMOUNT)} {rng.choice(NOUN)}"
    return f"{said} {rng.choice(TAIL)} {place}."


def _sources(n: int, tag: str) -> list[Source]:
    """The newsroom's people and bodies; a second call with the same tag adds to the same ones."""
    existing = list(Source.objects.filter(slug__startswith=f"{tag}-source-").order_by("id"))
    if existing:
        return existing
    names = [f"{f} {last}" for last in LAST for f in FIRST] + [f"The {b}" for b in BODY]
    rows = []
    for i in range(n):
        name = names[i % len(names)] + (f" ({i // len(names) + 1})" if i >= len(names) else "")
        kind = Source.Kind.GOVERNMENT if name.startswith("The ") else Source.Kind.PERSON
        rows.append(Source(name=name, slug=f"{tag}-source-{i}", kind=kind))
    return Source.objects.bulk_create(rows, batch_size=1000)


def _report_rows(rng: random.Random, count: int, per_report: int, tag: str, first: int):
    reports, texts = [], []
    for n in range(first, first + count):
        sentences = [_sentence(rng) for _ in range(per_report)]
        body = " ".join(sentences)
        texts.append(sentences)
        reports.append(
            Report(
                title=f"Archive report {n}: {sentences[0][:60]}",
                slug=f"{tag}-report-{n}",
                publisher="The Archive Times",
                body=body,
                content_hash=get_random_string(64),
                extraction_state=Report.Extraction.DONE,
            )
        )
    return Report.objects.bulk_create(reports, batch_size=500), texts


def _claim_rows(rng: random.Random, report: Report, sentences: list[str], users: list) -> list[Claim]:
    claims, at, now = [], 0, timezone.now()
    for sentence in sentences:
        status = rng.choice(STATUSES)
        created = now - timedelta(days=rng.random() * 1100)  # about three years of imports
        worked = status != Status.UNREVIEWED
        claims.append(
            Claim(
                report=report,
                text=sentence,
                extracted_text=sentence,
                start=at,
                end=at + len(sentence),
                checkworthiness=round(rng.random(), 3),
                kind=rng.choice(Claim.Kind.values),
                status=status,
                verdict=rng.choice(VERDICTS) if status == Status.NEEDS_SIGNOFF else "",
                verdict_summary="The figures say otherwise." if status == Status.NEEDS_SIGNOFF else "",
                dismiss_reason="not_checkworthy" if status == Status.DISMISSED else "",
                assignee=rng.choice(users) if worked and users else None,
                slug=f"{report.slug}-{at}",
                created_at=created,
                updated_at=created + timedelta(days=rng.random() * 20) if worked else created,
            )
        )
        at += len(sentence) + 1
    return claims


def _attribution_rows(rng: random.Random, claims: list[Claim], sources: list[Source]) -> list[Attribution]:
    rows = []
    weights = [1 / (i + 1) for i in range(len(sources))]  # a few sources carry most claims
    for claim in claims:
        chosen = dict.fromkeys(rng.choices(sources, weights, k=rng.choice((1, 1, 2))))
        for primary, source in zip((True, False), chosen, strict=False):
            rows.append(Attribution(claim=claim, source=source, role=rng.choice(ROLES), is_primary=primary))
    return rows


def build_archive(
    *,
    reports: int,
    per_report: int,
    n_sources: int = 300,
    users=(),
    tag: str = "archive",
    seed: int = 16,
    first_report: int = 0,
) -> Archive:
    """Insert `reports` x `per_report` claims, in chunks of 100 reports so memory stays small.
    `first_report` continues an archive built before with the same tag (its sources are reused)."""
    rng = random.Random(seed + first_report)
    sources = _sources(n_sources, tag)
    made = 0
    for first in range(first_report, first_report + reports, 100):
        batch, texts = _report_rows(rng, min(100, first_report + reports - first), per_report, tag, first)
        claims = []
        for report, sentences in zip(batch, texts, strict=True):
            claims += _claim_rows(rng, report, sentences, users)
        with _dates_as_given():
            claims = Claim.objects.bulk_create(claims, batch_size=2000)
        Attribution.objects.bulk_create(_attribution_rows(rng, claims, sources), batch_size=2000)
        made += len(claims)
    _analyze()
    return Archive(reports=reports, claims=made, sources=[s.slug for s in sources])


@contextmanager
def _dates_as_given():
    """Let bulk_create write created_at/updated_at as built (auto_now would stamp them all now)."""
    fields = [Claim._meta.get_field(name) for name in ("created_at", "updated_at")]
    before = [(f.auto_now, f.auto_now_add) for f in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (now, add) in zip(fields, before, strict=True):
            field.auto_now, field.auto_now_add = now, add


def _analyze() -> None:
    """Fresh statistics (and a visibility map) before anything is timed or explained."""
    if connection.vendor == "postgresql" and connection.get_autocommit():
        with connection.cursor() as cursor:
            for table in ("reports_report", "sources_source", "claims_claim", "claims_attribution"):
                cursor.execute(f"VACUUM ANALYZE {table}")
