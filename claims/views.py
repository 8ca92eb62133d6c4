"""Fact-checker triage pages: the queue and the claim desk.

Views parse input, call one service (claims.services, sources.services) and render. Every
action is a normal form post (POST -> redirect back with a message) and, when htmx sent it,
answers with the re-rendered part of the page instead. A refused action re-renders what the
user typed with the reason; a stale version answers 409 with what changed since.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from sources import services as source_services
from sources.models import Reference

from . import forms, services
from .models import Attribution, Claim, ClaimRelation
from .permissions import staff_required
from .selectors import filter_claims
from .workflow import DismissReason, Status, TransitionNotAllowed

QUEUE_PAGE_SIZE = 25
CONTEXT_CHARS = 240
SECTIONS = ("text", "status", "verdict", "assign", "attributions", "references", "notes", "relations")
REFUSALS = (TransitionNotAllowed,)


# --- Queue -----------------------------------------------------------------------------------------


def _queue_context(request, params):
    form = forms.QueueFilterForm(params)
    form.is_valid()  # invalid values are simply ignored by filter_claims; the form shows them
    claims = filter_claims(params, user=request.user)
    page = Paginator(claims, QUEUE_PAGE_SIZE).get_page(params.get("page"))
    kept = [
        (k, v) for k in params for v in params.getlist(k) if k not in ("page", "csrfmiddlewaretoken") and v
    ]
    return {
        "filter_form": form,
        "page": page,
        "claims": page.object_list,
        "querystring": urlencode(kept),
        "bulk_form": forms.BulkForm(),
        "filtered": bool(kept),
        "back": reverse("claims:queue")
        + (f"?{urlencode(kept)}" if kept else "")
        + (f"{'&' if kept else '?'}page={page.number}" if page.number > 1 else ""),
    }


@require_GET
@staff_required
def queue(request):
    context = _queue_context(request, request.GET)
    if request.htmx and request.htmx.target == "queue-results":
        return render(request, "claims/partials/queue_results.html", context)
    return render(request, "claims/queue.html", context)


def _next_url(request, fallback: str) -> str:
    candidate = request.POST.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def _queue_params_from(url: str):
    from django.http import QueryDict

    return QueryDict(url.split("?", 1)[1] if "?" in url else "")


@require_POST
@staff_required
def queue_bulk(request):
    back = _next_url(request, reverse("claims:queue"))
    form = forms.BulkForm(request.POST)
    if not form.is_valid():
        for error in form.errors.values():
            messages.error(request, " ".join(error))
    else:
        data = form.cleaned_data
        chosen = list(data["claims"].order_by("pk"))
        action = data["action"]
        if action == "assign_me":
            result = services.bulk_assign(claims=chosen, assignee=request.user, actor=request.user)
        elif action == "assign":
            result = services.bulk_assign(claims=chosen, assignee=data["assignee"], actor=request.user)
        elif action == "status":
            if not data["to"]:
                messages.error(request, "Choose the status to move the ticked claims to.")
                return _bulk_answer(request, back)
            result = services.bulk_change_status(
                claims=chosen, to=data["to"], actor=request.user, note=data["note"]
            )
        else:
            reason = (
                DismissReason.DUPLICATE if action == "dismiss_duplicate" else DismissReason.NOT_CHECKWORTHY
            )
            result = services.bulk_dismiss(
                claims=chosen, reason=reason, actor=request.user, note=data["note"]
            )
        label = dict(forms.BulkForm.ACTIONS)[action].rstrip("…").lower()
        if result.done:
            messages.success(
                request, f"{label.capitalize()}: done for {len(result.done)} of {len(chosen)} claims."
            )
        for claim, reason in result.refused:
            messages.error(request, f"Claim #{claim.pk} (“{claim.text[:60]}”) was not changed: {reason}")
    return _bulk_answer(request, back)


def _bulk_answer(request, back: str):
    if request.htmx:
        context = _queue_context(request, _queue_params_from(back))
        return render(request, "claims/partials/queue_results.html", context)
    return redirect(back)


# --- Claim desk --------------------------------------------------------------------------------------


def _claim(pk) -> Claim:
    return get_object_or_404(Claim.objects.select_related("report", "assignee", "duplicate_of"), pk=pk)


def _unbound_forms(claim: Claim, user) -> dict:
    v = {"version": claim.version}
    return {
        "text": forms.TextForm(initial={**v, "text": claim.text}),
        "status": forms.StatusForm(initial=v, claim=claim, user=user),
        "verdict": forms.VerdictForm(
            initial={**v, "verdict": claim.verdict, "summary": claim.verdict_summary}
        ),
        "assign": forms.AssignForm(initial={**v, "assignee": claim.assignee}),
        "attribution": forms.AttributionForm(initial=v),
        "merge": forms.MergeSourcesForm(initial=v),
        "notes": forms.EvidenceForm(initial=v),
        "relations": forms.RelationForm(initial=v),
        "references": forms.ReferenceForm(initial=v),
    }


def desk_context(
    request, claim: Claim, *, bound: dict | None = None, conflict=None, section_error=None
) -> dict:
    claim = _claim(claim.pk)
    body = claim.report.body
    attributions = list(claim.attributions.select_related("source", "source__merged_into"))
    used_forms = _unbound_forms(claim, request.user)
    used_forms.update(bound or {})
    return {
        "claim": claim,
        "report": claim.report,
        "before": body[max(0, claim.start - CONTEXT_CHARS) : claim.start],
        "passage": body[claim.start : claim.end],
        "after": body[claim.end : claim.end + CONTEXT_CHARS],
        "attributions": [
            (
                a,
                forms.AttributionChangeForm(
                    initial={"version": claim.version, "source": a.source_id, "role": a.role},
                    prefix=f"attr-{a.pk}",
                ),
            )
            for a in attributions
        ],
        "references": list(claim.references.all()),
        "evidence": [n for n in claim.notes.select_related("author") if not n.internal],
        "internal_notes": [n for n in claim.notes.select_related("author") if n.internal],
        "relations": list(claim.relations.select_related("to_claim")),
        "related_from": list(claim.related_from.select_related("from_claim")),
        "history": list(claim.history.select_related("actor").order_by("at", "id")),
        "forms": used_forms,
        "conflict": conflict,
        "section_error": section_error,
        "dismiss_reasons": DismissReason,
        "statuses": Status,
    }


@require_GET
@staff_required
def desk(request, pk):
    claim = _claim(pk)
    return render(request, "claims/desk.html", desk_context(request, claim))


def _section_response(
    request, claim, section: str, context: dict | None = None, status: int = 200, versioned: bool = False
):
    """htmx answer: the changed section, plus the header, history and messages out of band."""
    context = context or desk_context(request, claim)
    context.update({"section": section, "oob": True})
    html = render_to_string("claims/partials/desk_update.html", context, request=request)
    response = HttpResponse(html, status=status)
    if not versioned:
        return response
    # This user's own save, checked against the version they read, moved the claim on: the other
    # forms on their page still hold the old version, and triage.js updates their hidden fields.
    # (Only then: after an unchecked action, a newer version may be someone else's edit.)
    return trigger_client_event(
        response, "claimVersion", {"claim": claim.pk, "version": context["claim"].version}
    )


def _row_response(request, claim, status: int = 200):
    claim = _claim(claim.pk)
    back = request.htmx.current_url_abs_path or reverse("claims:queue")
    html = render_to_string(
        "claims/partials/queue_row_update.html", {"claim": claim, "back": back}, request=request
    )
    return HttpResponse(html, status=status)


def _wants_row(request, claim) -> bool:
    return bool(request.htmx) and request.htmx.target == f"row-{claim.pk}"


def _done(request, claim, section: str, message: str, versioned: bool = False):
    messages.success(request, message)
    if _wants_row(request, claim):
        return _row_response(request, claim)
    if request.htmx:
        return _section_response(request, claim, section, versioned=versioned)
    return redirect(_next_url(request, claim.get_absolute_url()))


def _refused(request, claim, section: str, form, status: int, conflict=None):
    """Re-render what was typed with the reason: the section for htmx, else the whole desk."""
    if _wants_row(request, claim):
        for error in form.non_field_errors() or [e for errs in form.errors.values() for e in errs]:
            messages.error(request, f"Claim #{claim.pk}: {error}")
        return _row_response(request, claim, status=status)
    key = {"attributions": "attribution"}.get(section, section)
    context = desk_context(request, claim, bound={key: form}, conflict=conflict, section_error=section)
    if request.htmx:
        return _section_response(request, claim, section, context, status=status)
    return render(request, "claims/desk.html", context, status=status)


def _act(request, claim, *, section: str, form, run, message: str):
    if not form.is_valid():
        return _refused(request, claim, section, form, status=422)
    try:
        run(form.cleaned_data)
    except services.StaleVersion as exc:
        # Keep what they typed, but let a deliberate second save go through against the new version.
        data = request.POST.copy()
        for name in list(data):
            if name == "version" or name.endswith("-version"):
                data[name] = exc.current.version
        again = form.__class__(data, **_form_kwargs(form, claim, request))
        again.is_valid()
        again.add_error(None, str(exc))
        return _refused(request, claim, section, again, status=409, conflict=exc)
    except PermissionDenied as exc:
        if request.htmx:
            form.add_error(None, str(exc) or "You may not do this.")
            return _refused(request, claim, section, form, status=403)
        raise
    except REFUSALS as exc:
        form.add_error(None, str(exc))
        return _refused(request, claim, section, form, status=422)
    versioned = "version" in form.fields and form.fields["version"].required
    return _done(request, claim, section, message, versioned=versioned)


def _check_version(claim: Claim, expected: int) -> None:
    current = Claim.objects.get(pk=claim.pk)
    if expected != current.version:
        raise services.StaleVersion(current, expected)


def _form_kwargs(form, claim, request) -> dict:
    kwargs = {"prefix": form.prefix} if form.prefix else {}
    if isinstance(form, forms.StatusForm):
        kwargs.update(claim=claim, user=request.user)
    return kwargs


@require_POST
@staff_required
def edit_text(request, pk):
    claim = _claim(pk)
    form = forms.TextForm(request.POST)
    return _act(
        request,
        claim,
        section="text",
        form=form,
        message="Claim text saved.",
        run=lambda d: services.edit_text(
            claim=claim, text=d["text"], actor=request.user, expected_version=d["version"]
        ),
    )


@require_POST
@staff_required
def change_status(request, pk):
    claim = _claim(pk)
    form = forms.StatusForm(request.POST, claim=claim, user=request.user)
    to = request.POST.get("to", "")
    label = Status(to).label.lower() if to in Status.values else to
    return _act(
        request,
        claim,
        section="status",
        form=form,
        message=f"Claim #{claim.pk} moved to {label}.",
        run=lambda d: services.change_status(
            claim=claim,
            to=d["to"],
            actor=request.user,
            note=d["note"],
            dismiss_reason=d["dismiss_reason"],
            expected_version=d["version"],
        ),
    )


@require_POST
@staff_required
def set_verdict(request, pk):
    claim = _claim(pk)
    form = forms.VerdictForm(request.POST)
    return _act(
        request,
        claim,
        section="verdict",
        form=form,
        message="Verdict saved.",
        run=lambda d: services.set_verdict(
            claim=claim,
            verdict=d["verdict"],
            summary=d["summary"],
            note=d["note"],
            actor=request.user,
            expected_version=d["version"],
        ),
    )


@require_POST
@staff_required
def assign(request, pk):
    claim = _claim(pk)
    data = request.POST.copy()
    if data.get("me"):
        data["assignee"] = request.user.get_username()
    form = forms.AssignForm(data)

    def run(d):
        services.assign(
            claim=claim, assignee=d["assignee"], actor=request.user, expected_version=d["version"]
        )

    who = "you" if data.get("me") else (data.get("assignee") or "nobody")
    return _act(
        request, claim, section="assign", form=form, run=run, message=f"Claim #{claim.pk} assigned to {who}."
    )


@require_POST
@staff_required
def add_note(request, pk):
    claim = _claim(pk)
    form = forms.EvidenceForm(request.POST)

    def run(d):
        services.add_evidence(claim=claim, text=d["text"], actor=request.user, internal=d["internal"])

    message = "Internal note added." if request.POST.get("internal") else "Evidence note added."
    return _act(request, claim, section="notes", form=form, run=run, message=message)


@require_POST
@staff_required
def add_attribution(request, pk):
    claim = _claim(pk)
    form = forms.AttributionForm(request.POST)

    def run(d):
        source = d["source"] or services.source_named(name=d["new_source"], kind=d["new_source_kind"])
        services.add_attribution(
            claim=claim, source=source, role=d["role"], actor=request.user, expected_version=d["version"]
        )

    return _act(request, claim, section="attributions", form=form, run=run, message="Attribution added.")


@require_POST
@staff_required
def change_attribution(request, pk, attribution_pk):
    claim = _claim(pk)
    attribution = get_object_or_404(Attribution, pk=attribution_pk, claim=claim)
    form = forms.AttributionChangeForm(request.POST, prefix=f"attr-{attribution.pk}")
    return _act(
        request,
        claim,
        section="attributions",
        form=form,
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
    form = forms.VersionedForm(request.POST)
    return _act(
        request,
        claim,
        section="attributions",
        form=form,
        message="Attribution removed.",
        run=lambda d: services.remove_attribution(
            attribution=attribution, actor=request.user, expected_version=d["version"]
        ),
    )


@require_POST
@staff_required
def merge_sources(request, pk):
    claim = _claim(pk)
    form = forms.MergeSourcesForm(request.POST)

    def run(d):
        # A merge is about sources, not this claim, but the desk refuses it on a stale page all the same.
        _check_version(claim, d["version"])
        services.merge_sources(keep=d["keep"], duplicate=d["duplicate"], actor=request.user)

    return _act(request, claim, section="attributions", form=form, run=run, message="Sources merged.")


@require_POST
@staff_required
def add_relation(request, pk):
    claim = _claim(pk)
    form = forms.RelationForm(request.POST)
    return _act(
        request,
        claim,
        section="relations",
        form=form,
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
    form = forms.VersionedForm(request.POST)
    return _act(
        request,
        claim,
        section="relations",
        form=form,
        message="Relation removed.",
        run=lambda d: services.remove_relation(
            relation=relation, actor=request.user, expected_version=d["version"]
        ),
    )


@require_POST
@staff_required
def add_reference(request, pk):
    claim = _claim(pk)
    form = forms.ReferenceForm(request.POST)

    def run(d):
        _check_version(claim, d["version"])
        try:
            source_services.add_reference(
                claim=claim,
                title=d["title"],
                kind=d["kind"],
                publisher=d["publisher"],
                url=d["url"],
                actor=request.user,
            )
        except ValueError as exc:  # the archiving service refuses bad input with a ValueError subclass
            raise TransitionNotAllowed(str(exc)) from exc

    return _act(request, claim, section="references", form=form, run=run, message="Reference added.")


@require_POST
@staff_required
def archive_reference(request, pk, reference_pk):
    claim = _claim(pk)
    reference = get_object_or_404(Reference, pk=reference_pk, claims=claim)
    try:
        source_services.queue_capture(reference=reference, actor=request.user)
    except ValueError as exc:
        messages.error(request, f"“{reference.title}” could not be queued: {exc}")
    else:
        messages.success(request, f"“{reference.title}” is queued for archiving.")
    if request.htmx:
        return _section_response(request, claim, "references")
    return redirect(_next_url(request, claim.get_absolute_url()))
