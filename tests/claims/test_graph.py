"""The claim graph stored: suggested relations from extraction, reviewed on the desk, the report's
"Disputed" panel, and claims seen before in other reports."""

from pathlib import Path

import pytest
from django.urls import reverse

from claims import services
from claims.ingest import store_extraction
from claims.models import ClaimRelation
from claims.workflow import Status
from reports.services import import_report, import_report_file

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parents[2] / "reports" / "fixtures" / "musk-putin-report.txt"
K = ClaimRelation.Kind


def test_the_seed_stores_the_disputes_its_readers_need_to_see(db):
    """The Journal's regular-contact claims against Peskov's denials; Bremmer's account against
    Musk's denial, with Hill's support: all stored as suggestions for a fact-checker."""
    report = import_report_file(SEED, title="Seed").report
    store_extraction(report=report)
    rows = [
        (r.kind, names(r.from_claim), names(r.to_claim), r.to_claim.text, r.origin, r.reviewed)
        for r in ClaimRelation.objects.select_related("from_claim", "to_claim")
    ]
    assert related(rows, K.CONTRADICTS, "Peskov", "Wall Street Journal", "regular contact")
    assert related(rows, K.CONTRADICTS, "Musk", "Bremmer")
    assert related(rows, K.SUPPORTS, "Hill", "Bremmer")
    assert all(origin == "extraction" and not reviewed for *_, origin, reviewed in rows)


def names(claim) -> set[str]:
    return {a.source.name for a in claim.attributions.all()}


def related(rows, kind, from_name, to_name, words=""):
    return [
        r
        for r in rows
        if r[0] == kind
        and any(from_name in n for n in r[1])
        and any(to_name in n for n in r[2])
        and words in r[3]
    ]


PORT = (
    "Port chief hid crane failures, paper says\n\n"
    "The Harbour Gazette reported that the Northport authority skipped 14 crane inspections in 2023.\n\n"
    "Maria Lopez, the authority's chief executive, denied the report on Tuesday.\n"
)


@pytest.fixture
def disputed(db):
    report = import_report(text=PORT, title="Port").report
    store_extraction(report=report)
    return report


def test_the_report_view_shows_a_disputed_panel_side_by_side(client, checker, disputed):
    relation = (
        ClaimRelation.objects.filter(kind=K.CONTRADICTS).select_related("from_claim", "to_claim").first()
    )
    assert relation is not None
    client.force_login(checker)
    html = client.get(disputed.get_absolute_url()).content.decode()
    panel = html.split('id="h-disputed"')[1]
    assert relation.to_claim.text in panel and relation.from_claim.text in panel
    assert "Lopez" in panel and "Harbour Gazette" in panel


def test_a_suggestion_is_confirmed_or_removed_on_the_claim_desk_with_history(client, checker, disputed):
    relation = ClaimRelation.objects.filter(kind=K.CONTRADICTS).first()
    claim = relation.from_claim
    client.force_login(checker)
    assert "suggested by extraction" in client.get(claim.get_absolute_url()).content.decode()
    response = client.post(
        reverse("desk:review_relation", args=[claim.pk, relation.pk]), {"version": claim.version}
    )
    assert response.status_code == 302
    relation.refresh_from_db()
    assert relation.reviewed and claim.history.get(field="relation").note == "confirmed"


def test_an_extraction_rerun_does_not_bring_back_a_relation_someone_removed(checker, disputed):
    relation = ClaimRelation.objects.filter(kind=K.CONTRADICTS).first()
    services.remove_relation(relation=relation, actor=checker)
    store_extraction(report=disputed)  # the claim was worked on (history), so it is kept as it is
    assert not ClaimRelation.objects.filter(pk=relation.pk).exists()


# --- Seen before ---------------------------------------------------------------------------------

FIRST = (
    "Carmaker to cut jobs\n\n"
    "Halden Motors will cut 1,200 jobs at its Brenford plant by the end of 2025, the company said.\n"
)
AGAIN = (
    "Brenford braces for job losses\n\n"
    "By the end of 2025, Halden Motors will eliminate 1,200 positions at the Brenford plant, the firm "
    "confirmed on Monday.\n"
)
NEAR_MISS = (
    "Another carmaker story\n\n"
    "Halden Motors will cut 1,300 jobs at its Brenford plant by the end of 2025, the company said.\n"
)


def publish(claim, checker, editor):
    services.add_evidence(claim=claim, text="Company statement.", actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(claim=claim, verdict="true", summary="The company says so.", actor=checker)
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    return services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor)


def _jobs_claim(report):
    return next(c for c in report.claims.filter(duplicate_of__isnull=True) if "1,200" in c.text)


def test_a_claim_checked_before_is_linked_and_the_desk_shows_its_verdict(client, checker, editor):
    first = import_report(text=FIRST, title="First").report
    store_extraction(report=first)
    earlier = publish(_jobs_claim(first), checker, editor)
    again = import_report(text=AGAIN, title="Again").report
    store_extraction(report=again)
    new = _jobs_claim(again)
    link = ClaimRelation.objects.get(from_claim=new, kind=K.SEEN_BEFORE)
    assert link.to_claim == earlier
    client.force_login(checker)
    html = client.get(new.get_absolute_url()).content.decode()
    assert "Checked before:" in html and earlier.get_public_url() in html


def test_a_different_number_is_not_the_same_claim(checker):
    first = import_report(text=FIRST, title="First").report
    store_extraction(report=first)
    near = import_report(text=NEAR_MISS, title="Near").report
    store_extraction(report=near)
    assert not ClaimRelation.objects.filter(kind=K.SEEN_BEFORE).exists()
