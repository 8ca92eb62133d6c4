"""Upgrading a database made before published versions: every row kept, readers see the same.

The database is built at the schema of the commit before (claims 0004, sources 0002, reports
0002) with the models of that time, filled with claims, attributions, notes, history,
references and captures, then migrated to now.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

BEFORE = [
    ("claims", "0004_alter_statuschange_field"),
    ("sources", "0002_capture_task_and_archive_storage"),
    ("reports", "0002_furniture_spans"),
]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def _fill(apps) -> dict:
    """The rows an existing newsroom has, written with that commit's models."""
    User = apps.get_model("auth", "User")
    checker = User.objects.create(username="old-checker")
    report = apps.get_model("reports", "Report").objects.create(
        title="Old report", slug="old-report", body="The minister resigned on Monday.", content_hash="h" * 64
    )
    Claim = apps.get_model("claims", "Claim")
    common = {"report": report, "start": 0, "end": 32, "extracted_text": "The minister resigned on Monday."}
    published = Claim.objects.create(
        text="The minister resigned on Monday.", slug="old-published", status="published", verdict="true",
        verdict_summary="The letter confirms it.", published_at=timezone.now(), version=7, **common,
    )  # fmt: skip
    draft = Claim.objects.create(text="A draft.", slug="old-draft", status="in_progress", **common)
    source = apps.get_model("sources", "Source").objects.create(
        name="Jane Doe", slug="jane-doe", kind="person"
    )
    apps.get_model("claims", "Attribution").objects.create(
        claim=published, source=source, role="said", cue="said"
    )
    Note = apps.get_model("claims", "EvidenceNote")
    Note.objects.create(claim=published, author=checker, text="Resignation letter.", internal=False)
    Note.objects.create(claim=published, author=checker, text="Ask the aide.", internal=True)
    History = apps.get_model("claims", "StatusChange")
    History.objects.create(claim=published, actor=checker, field="status", from_value="needs_signoff",
                           to_value="published", internal=False)  # fmt: skip
    History.objects.create(claim=draft, actor=checker, field="text", from_value="x", to_value="A draft.")
    reference = apps.get_model("sources", "Reference").objects.create(
        title="Resignation letter",
        kind="statement",
        url="https://example.org/letter",
        capture_state="archived",
    )
    reference.claims.add(published)
    apps.get_model("sources", "Snapshot").objects.create(
        reference=reference, requested_url=reference.url, sha256="a" * 64, ok=True, fetched_at=timezone.now()
    )
    return {"published": published.pk, "draft": draft.pk, "reference": reference.pk}


def test_upgrade_keeps_every_row_and_freezes_what_readers_see(postgres_required, client):
    from claims.models import Attribution, Claim, EvidenceNote, StatusChange
    from sources.models import Reference, Snapshot

    try:
        ids = _fill(_migrate(BEFORE))
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    published, draft = Claim.objects.get(pk=ids["published"]), Claim.objects.get(pk=ids["draft"])
    assert (published.text, published.verdict, published.version) == (
        "The minister resigned on Monday.",
        "true",
        7,
    )
    assert (draft.status, draft.public_version) == ("in_progress", None)
    assert (Attribution.objects.count(), EvidenceNote.objects.count(), StatusChange.objects.count()) == (
        1,
        2,
        2,
    )
    assert Reference.objects.get(pk=ids["reference"]).claims.get() == published
    assert Snapshot.objects.count() == 1

    version = published.public_version
    assert (version.number, version.kind, version.verdict) == (1, "first", "true")
    assert [a["source_name"] for a in version.content["attributions"]] == ["Jane Doe"]
    assert [e["text"] for e in version.content["evidence"]] == [
        "Resignation letter."
    ]  # never the internal note
    assert [r["title"] for r in version.content["references"]] == ["Resignation letter"]
    page = client.get(f"/claims/{published.slug}/").content.decode()
    assert "The letter confirms it." in page and "Ask the aide." not in page
