"""The claim desk's passages: what each reference says, beside each attribution, and the two
verdicts on an attribution, "Confirms this attribution" (with the passage) and "Misattributed"
(with why). A section of the claim desk, loaded on its own (htmx) so the desk never waits for
passage finding; without JavaScript its link opens the desk with the section filled in.
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from claims import services
from claims.models import Attribution
from claims.passages.models import Passage
from claims.passages.selectors import passages_for_desk
from core.htmx import attempt, back
from core.permissions import staff_required

from ..forms import STALE, VersionedForm
from .claim import _claim, desk_context

SECTION = "passages"


class ConfirmForm(VersionedForm):
    id_prefix = "confirm"
    passage = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class MisattributeForm(VersionedForm):
    id_prefix = "misattribute"
    reason = forms.CharField(
        label="Why is it misattributed?",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="What the source actually says, or that it says nothing of the kind.",
    )


def _context(request, claim, **extra) -> dict:
    context = desk_context(request, claim)
    context.update({"passages": passages_for_desk(context["claim"]), "section": SECTION, **extra})
    return context


def _section(request, claim, status: int = 200, versioned: bool = False, **extra) -> HttpResponse:
    context = _context(request, claim, oob=True, **extra)
    html = render_to_string("desk/partials/desk_update.html", context, request=request)
    response = HttpResponse(html, status=status)
    if versioned:  # the other forms on the page still hold the old version (see triage.js)
        trigger_client_event(
            response, "claimVersion", {"claim": claim.pk, "version": context["claim"].version}
        )
    return response


@require_GET
@staff_required
def passages(request, pk):
    claim = _claim(pk)
    if request.htmx:
        return render(request, "desk/partials/section_passages.html", _context(request, claim))
    return render(request, "desk/claim.html", _context(request, claim))


def _answer(request, claim, form, run, message: str, attribution: Attribution):
    outcome = attempt(form, run)
    if outcome.ok:
        messages.success(request, message)
        if request.htmx:
            return _section(request, claim, versioned=True)
        return back(request, claim.get_absolute_url())
    if outcome.conflict is not None:
        form.add_error(None, STALE)
    extra = {"failed_form": form, "failed_attribution": attribution.pk, "conflict": outcome.conflict}
    if request.htmx:
        return _section(request, claim, status=outcome.status, **extra)
    return render(request, "desk/claim.html", _context(request, claim, **extra), status=outcome.status)


@require_POST
@staff_required
def confirm(request, pk, attribution_pk):
    claim = _claim(pk)
    attribution = get_object_or_404(
        Attribution.objects.select_related("source"), pk=attribution_pk, claim=claim
    )

    def run(data):
        passage = (
            Passage.objects.select_related("search__snapshot")
            .filter(pk=data["passage"], search__claim=claim)
            .first()
        )
        if passage is None:
            raise services.Refused("That passage has been found again since; pick it from the list again.")
        return services.confirm_attribution(
            attribution=attribution,
            snapshot=passage.search.snapshot,
            start=passage.start,
            end=passage.end,
            actor=request.user,
            expected_version=data["version"],
        )

    message = f"Attribution to {attribution.source.name} confirmed by the passage."
    return _answer(request, claim, ConfirmForm(request.POST), run, message, attribution)


@require_POST
@staff_required
def misattribute(request, pk, attribution_pk):
    claim = _claim(pk)
    attribution = get_object_or_404(
        Attribution.objects.select_related("source"), pk=attribution_pk, claim=claim
    )
    form = MisattributeForm(request.POST, prefix=f"mis-{attribution.pk}")
    message = f"Attribution to {attribution.source.name} marked as misattributed."
    return _answer(
        request,
        claim,
        form,
        lambda d: services.misattribute(
            attribution=attribution, reason=d["reason"], actor=request.user, expected_version=d["version"]
        ),
        message,
        attribution,
    )
