"""Storing extracted claims: one source per entity, idempotent, and hands off people's work."""

import json

import pytest
from django.core.management import CommandError, call_command

from claims import services
from claims.ingest import store_extraction
from claims.models import Attribution, Claim
from claims.workflow import Status
from reports.models import Report
from reports.services import import_report
from sources.models import Reference, Source

TEXT = (
    "Port authority hid safety failures, says newspaper\n\n"
    "The Harbour Gazette, citing two former inspectors, reported that the Northport authority "
    "skipped 14 crane inspections in 2023.\n\n"
    "Maria Lopez, the authority's chief executive, denied the report. "
    "Lopez said every crane had been certified by an outside firm.\n\n"
    "“We will publish the certificates next week,” she said.\n"
)


@pytest.fixture
def port_report(db):
    return import_report(text=TEXT, title="Port authority", publisher="Daily Test").report


def test_claims_are_stored_with_offsets_into_the_body(port_report):
    store_extraction(report=port_report)
    claims = list(port_report.claims.all())
    assert claims
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(port_report.body)
        assert claim.text and claim.slug and claim.status == Status.UNREVIEWED
    port_report.refresh_from_db()
    assert port_report.extraction_state == Report.Extraction.DONE and port_report.extracted_at


def test_the_same_person_is_one_source_across_the_report(port_report):
    store_extraction(report=port_report)
    lopez = Source.objects.filter(name__icontains="Lopez")
    assert lopez.count() == 1
    assert Attribution.objects.filter(source=lopez.get()).values("claim").distinct().count() >= 2


def test_a_denial_is_stored_with_its_role(port_report):
    store_extraction(report=port_report)
    assert Attribution.objects.filter(source__name__icontains="Lopez", role="denied").exists()


def test_running_twice_creates_nothing_new(port_report):
    store_extraction(report=port_report)
    counts = (
        Claim.objects.count(),
        Attribution.objects.count(),
        Source.objects.count(),
        Reference.objects.count(),
    )
    outcome = store_extraction(report=port_report)
    assert outcome.created == 0
    assert counts == (
        Claim.objects.count(),
        Attribution.objects.count(),
        Source.objects.count(),
        Reference.objects.count(),
    )


def test_running_again_leaves_claims_the_engine_finds_unchanged_untouched(port_report):
    first = store_extraction(report=port_report)
    before = {c.pk: c.updated_at for c in port_report.claims.all()}
    again = store_extraction(report=port_report)
    assert again.unchanged == first.created == len(before) and again.updated == 0
    # "No change for N days" counts from a person's last change, not from the last extraction.
    assert {c.pk: c.updated_at for c in port_report.claims.all()} == before
    assert "0 updated" in str(again) and f"{len(before)} unchanged" in str(again)


def test_running_again_updates_a_claim_whose_stored_extraction_differs(port_report):
    store_extraction(report=port_report)
    claim = port_report.claims.filter(attributions__isnull=False).first()
    Attribution.objects.filter(claim=claim).delete()
    Claim.objects.filter(pk=claim.pk).update(checkworthiness=0.0)
    outcome = store_extraction(report=port_report)
    assert outcome.updated == 1
    claim.refresh_from_db()
    assert claim.attributions.exists() and claim.checkworthiness > 0


def test_a_claim_a_person_worked_on_is_left_alone(port_report, checker):
    store_extraction(report=port_report)
    claim = port_report.claims.order_by("start").first()
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.edit_text(claim=claim, text="Edited by a fact-checker.", actor=checker)
    Attribution.objects.filter(claim=claim).update(edited=True, role="claimed")
    before = list(Attribution.objects.filter(claim=claim).values_list("source_id", "role"))

    outcome = store_extraction(report=port_report)

    claim.refresh_from_db()
    assert outcome.kept >= 1
    assert (claim.text, claim.status, claim.version) == ("Edited by a fact-checker.", Status.IN_PROGRESS, 3)
    assert list(Attribution.objects.filter(claim=claim).values_list("source_id", "role")) == before


def test_extract_claims_json_prints_the_scored_shape(tmp_path, capsys):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    call_command("extract_claims", str(path), "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["claims"]
    first = data["claims"][0]
    assert {"text", "start", "end", "kind", "checkworthiness", "duplicate_of", "sources"} <= set(first)
    for claim in data["claims"]:
        for source in claim["sources"]:
            assert {"name", "role", "parent"} <= set(source)


def test_extract_claims_report_stores_and_reports_counts(port_report, capsys):
    call_command("extract_claims", "--report", port_report.slug)
    assert f"{port_report.slug}: " in capsys.readouterr().out
    assert port_report.claims.exists()


def test_extract_claims_unknown_report_is_refused(db):
    with pytest.raises(CommandError, match="No report"):
        call_command("extract_claims", "--report", "no-such-report")


def test_extract_claims_refuses_a_binary_file(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01\x02")
    with pytest.raises(CommandError, match="binary"):
        call_command("extract_claims", str(path), "--json")
