"""The claim desk's actions on who said it and what it rests on: attributions, merging two sources
that are one person, related claims, references and archiving. Shown and answered like every
desk action (desk/views/claim.py)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from claims import services
from claims.models import Attribution, ClaimRelation
from core.htmx import back
from core.permissions import staff_required
from sources import services as archive
from sources.models import Reference

from .. import forms
from .claim import _act, _claim, _section_response


@require_POST
@staff_required
def add_attribution(request, pk):
    claim = _claim(pk)

    def run(d):
        source = d["source"] or services.source_named(name=d["new_source"], kind=d["new_source_kind"])
        services.add_attribution(
            claim=claim, source=source, role=d["role"], actor=request.user, expected_version=d["version"]
        )

    return _act(
        request,
        claim,
        section="attributions",
        form=forms.AttributionForm(request.POST),
        run=run,
        message="Attribution added.",
    )


@require_POST
@staff_required
def change_attribution(request, pk, attribution_pk):
    claim = _claim(pk)
    attribution = get_object_or_404(Attribution, pk=attribution_pk, claim=claim)
    return _act(
        request,
        claim,
        section="attributions",
        form=forms.AttributionChangeForm(request.POST, prefix=f"attr-{attribution.pk}"),
        message="Attribution changed.",
        run=lambda d: services.change_attribution(
            attribution=attribution,
            source=d["source"],
            role=d["role"],
            actor=request.user,
            expected_version=d["version"],
        ),
    )


@require_POST
@staff_required
def remove_attribution(request, pk, attribution_pk):
    claim = _claim(pk)
    attribution = get_object_or_404(Attribution, pk=attribution_pk, claim=claim)
    return _act(
        request,
        claim,
        section="attributions",
        form=forms.VersionedForm(request.POST),
        message="Attribution removed.",
        run=lambda d: services.remove_attribution(
            attribution=attribution, actor=request.user, expected_version=d["version"]
        ),
    )


@require_POST
@staff_required
def merge_sources(request, pk):
    claim = _claim(pk)
    return _act(
        request,
        claim,
        section="attributions",
        form=forms.MergeSourcesForm(request.POST),
        message="Sources merged.",
        run=lambda d: services.merge_sources(
            keep=d["keep"],
            duplicate=d["duplicate"],
            actor=request.user,
            claim=claim,
            expected_version=d["version"],
        ),
    )


@require_POST
@staff_required
def add_relation(request, pk):
    claim = _claim(pk)
    return _act(
        request,
        claim,
        section="relations",
        form=forms.RelationForm(request.POST),
        message="Related claim added.",
        run=lambda d: services.add_relation(
            claim=claim,
            to_claim=d["to_claim"],
            kind=d["kind"],
            actor=request.user,
            expected_version=d["version"],
        ),
    )


@require_POST
@staff_required
def remove_relation(request, pk, relation_pk):
    claim = _claim(pk)
    relation = get_object_or_404(ClaimRelation, pk=relation_pk, from_claim=claim)
    return _act(
        request,
        claim,
        section="relations",
        form=forms.VersionedForm(request.POST),
        message="Relation removed.",
        run=lambda d: services.remove_relation(
            relation=relation, actor=request.user, expected_version=d["version"]
        ),
    )


@require_POST
@staff_required
def add_reference(request, pk):
    claim = _claim(pk)
    return _act(
        request,
        claim,
        section="references",
        form=forms.ReferenceForm(request.POST),
        message="Reference added.",
        run=lambda d: services.add_reference(
            claim=claim,
            title=d["title"],
            kind=d["kind"],
            publisher=d["publisher"],
            url=d["url"],
            actor=request.user,
            expected_version=d["version"],
        ),
    )


@require_POST
@staff_required
def reference_url(request, pk, reference_pk):
    """Give a reference (one extraction made without an address, say) its URL; it is archived at once."""
    claim = _claim(pk)
    reference = get_object_or_404(Reference, pk=reference_pk, claims=claim)
    return _act(
        request,
        claim,
        section="references",
        form=forms.ReferenceUrlForm(request.POST, prefix=f"ref-{reference.pk}"),
        message=f"Web address saved for “{reference.title}”; archiving it now.",
        run=lambda d: services.update_reference_url(
            reference=reference, url=d["url"], actor=request.user, claim=claim, expected_version=d["version"]
        ),
        bound=lambda form: {"reference_url": {reference.pk: form}},
    )


@require_POST
@staff_required
def archive_reference(request, pk, reference_pk):
    claim = _claim(pk)
    reference = get_object_or_404(Reference, pk=reference_pk, claims=claim)
    if not reference.url:
        messages.error(request, f"“{reference.title}” has no URL to archive yet.")
    else:
        archive.queue_capture(reference=reference, actor=request.user)
        messages.success(request, f"“{reference.title}” is queued for archiving.")
    if request.htmx:
        return _section_response(request, claim, "references")
    return back(request, claim.get_absolute_url())


@require_POST
@staff_required
def review_relation(request, pk, relation_pk):
    """Confirm a relation extraction suggested (removing one is remove_relation)."""
    claim = _claim(pk)
    relation = get_object_or_404(ClaimRelation, pk=relation_pk, from_claim=claim)
    return _act(
        request,
        claim,
        section="relations",
        form=forms.VersionedForm(request.POST),
        message="Relation confirmed.",
        run=lambda d: services.review_relation(
            relation=relation, actor=request.user, expected_version=d["version"]
        ),
    )
