"""Freeze what readers see today: each published claim gets version 1 from its current content.

Before this, readers' pages read the claim's live rows; now they read `public_version`. So that
nothing a reader sees changes with the upgrade, each published claim's current text, verdict,
attributions, public evidence and references become its first published version, dated when it
was published. Every existing row is kept as it is.
"""

from django.db import migrations


def _content(claim) -> dict:
    attributions = claim.attributions.select_related("source").order_by("-is_primary", "id")
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
            }
            for a in attributions
        ],
        "evidence": [{"id": n.pk, "text": n.text, "created_at": n.created_at.isoformat()} for n in evidence],
        "references": [
            {"id": r.pk, "title": r.title, "kind": r.kind, "publisher": r.publisher, "url": r.url}
            for r in references
        ],
    }


def freeze(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    PublishedVersion = apps.get_model("claims", "PublishedVersion")
    for claim in Claim.objects.filter(status="published", public_version__isnull=True).iterator():
        content = _content(claim)
        version = PublishedVersion.objects.create(
            claim=claim,
            number=1,
            kind="first",
            reason="",
            published_at=claim.published_at or claim.updated_at,
            text=claim.text,
            verdict=claim.verdict,
            verdict_summary=claim.verdict_summary,
            content=content,
        )
        version.sources.set({a["source_id"] for a in content["attributions"]})
        version.references.set({r["id"] for r in content["references"]})
        Claim.objects.filter(pk=claim.pk).update(public_version=version)


def thaw(apps, schema_editor):
    apps.get_model("claims", "Claim").objects.update(public_version=None)
    apps.get_model("claims", "PublishedVersion").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0005_published_versions")]

    operations = [migrations.RunPython(freeze, thaw)]
