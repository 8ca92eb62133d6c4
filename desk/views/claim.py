"""The claim desk: one claim, its passage, who said it, references, evidence, status and history.

Every action is a normal form post (POST → redirect back with a message) and, when htmx sent
it, answers with the re-rendered part of the page instead. `core.htmx.attempt` maps the
services' refusals once: what the person typed is kept, with the reason beside the field (422),
a role refusal (403), or the changes someone else saved first (409).
"""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from claims import services
from claims.checklist import reference_items
from claims.models import Claim
from claims.selectors.handoffs import pending_send_back
from claims.selectors.queue import queue_claims
from claims.workflow import DismissReason, Status, moves_for
from core.htmx import attempt, back
from core.permissions import staff_required

from .. import forms
from ..highlight import excerpt
from .queue import prepare_rows

CONTEXT_CHARS = 240


def _claim(pk) -> Claim:
    return get_object_or_404(
        Claim.objects.select_related("report", "assignee", "duplicate_of", "public_version"), pk=pk
    )


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
        "notes": forms.NoteForm(initial=v),
        "evidence": forms.EvidenceForm(initial=v),
        "relations": forms.RelationForm(initial=v),
        "references": forms.ReferenceForm(initial=v),
    }


def _passage(claim: Claim) -> dict:
    furniture = [tuple(span) for span in (claim.report.furniture_spans or [])]
    return excerpt(claim.report.body, claim.start, claim.end, furniture, CONTEXT_CHARS)


def _attribution_forms(claim: Claim, attributions: list) -> list[tuple]:
    """Each attribution with its change form; the source list is read once for all of them."""
    rows, choices = [], None
    for a in attributions:
        form = forms.AttributionChangeForm(
            initial={"version": claim.version, "source": a.source_id, "role": a.role}, prefix=f"attr-{a.pk}"
        )
        choices = choices if choices is not None else list(form.fields["source"].choices)
        form.fields["source"].choices = choices
        rows.append((a, form))
    return rows


def desk_context(
    request, claim: Claim, *, bound: dict | None = None, conflict=None, section_error=None
) -> dict:
    claim = _claim(claim.pk)
    attributions = list(claim.attributions.select_related("source", "source__merged_into"))
    notes = list(claim.notes.select_related("author"))
    references = list(claim.references.all())
    public = any(not n.internal for n in notes)
    used_forms = _unbound_forms(claim, request.user)
    bound = dict(bound or {})
    bound_url = bound.pop("reference_url", {})
    version = {"version": claim.version}
    used_forms.update(bound)
    facts = services.facts(claim)
    return {
        "claim": claim,
        "report": claim.report,
        **_passage(claim),
        "attributions": _attribution_forms(claim, attributions),
        "references": [
            (
                r,
                bound_url.get(r.pk)
                or forms.ReferenceUrlForm(initial={**version, "url": r.url}, prefix=f"ref-{r.pk}"),
            )
            for r in references
        ],
        # The publishing checklist's reference items, from what is loaded already: fixed here, in place.
        "reference_checklist": [
            item
            for item in reference_items(
                references, rests_on_references=bool(references) and not public, fix_url=""
            )
            if not item.done
        ],
        "evidence": [n for n in notes if not n.internal],
        "internal_notes": [n for n in notes if n.internal],
        "relations": list(claim.relations.select_related("to_claim", "to_claim__report")),
        "related_from": list(claim.related_from.select_related("from_claim")),
        "history": list(claim.history.select_related("actor").order_by("at", "id")),
        "forms": used_forms,
        "moves": moves_for(facts, request.user),
        "unpublished_changes": [services.publication.PART_LABELS[p] for p in facts.unpublished_changes],
        "sent_back": pending_send_back(claim),
        "conflict": conflict,
        "section_error": section_error,
        "dismiss_reasons": DismissReason,
        "statuses": Status,
    }


@require_GET
@staff_required
def desk(request, pk):
    return render(request, "desk/claim.html", desk_context(request, _claim(pk)))


def _section_response(
    request, claim, section: str, context: dict | None = None, status: int = 200, versioned=False
):
    """htmx answer: the changed section, plus the header, history and messages out of band."""
    context = context or desk_context(request, claim)
    context.update({"section": section, "oob": True})
    response = HttpResponse(
        render_to_string("desk/partials/desk_update.html", context, request=request), status=status
    )
    if not versioned:
        return response
    # This user's own save, checked against the version they read, moved the claim on: the other
    # forms on their page still hold the old version, and triage.js updates their hidden fields.
    # (Only then: after an unchecked action, a newer version may be someone else's edit.)
    return trigger_client_event(
        response, "claimVersion", {"claim": claim.pk, "version": context["claim"].version}
    )


def _row_response(request, claim, status: int = 200):
    claim = prepare_rows([queue_claims().get(pk=claim.pk)], request.user)[0]
    where = request.htmx.current_url_abs_path or reverse("desk:queue")
    html = render_to_string(
        "desk/partials/queue_row_update.html", {"claim": claim, "back": where}, request=request
    )
    return HttpResponse(html, status=status)


def _wants_row(request, claim) -> bool:
    return bool(request.htmx) and request.htmx.target == f"row-{claim.pk}"


def _done(request, claim, section: str, message: str, versioned: bool):
    messages.success(request, message)
    if _wants_row(request, claim):
        return _row_response(request, claim)
    if request.htmx:
        return _section_response(request, claim, section, versioned=versioned)
    return back(request, claim.get_absolute_url())


def _keep_typed(request, form, claim, conflict):
    """After a 409: what they typed, against the new version, so a deliberate second save works."""
    data = request.POST.copy()
    for name in list(data):
        if name == "version" or name.endswith("-version"):
            data[name] = conflict.current.version
    kwargs = {"prefix": form.prefix} if form.prefix else {}
    if isinstance(form, forms.StatusForm):
        kwargs.update(claim=claim, user=request.user)
    again = form.__class__(data, **kwargs)
    again.is_valid()
    again.add_error(None, forms.STALE)
    return again


def _refused(request, claim, section: str, form, status: int, conflict=None, bound=None):
    """Re-render what was typed with the reason: the row or section for htmx, else the whole desk."""
    if _wants_row(request, claim):
        for error in form.non_field_errors() or [e for errs in form.errors.values() for e in errs]:
            messages.error(request, f"Claim #{claim.pk}: {error}")
        return _row_response(request, claim, status=status)
    key = {"attributions": "attribution"}.get(section, section)
    bound = bound(form) if bound else {key: form}
    context = desk_context(request, claim, bound=bound, conflict=conflict, section_error=section)
    if request.htmx:
        return _section_response(request, claim, section, context, status=status)
    return render(request, "desk/claim.html", context, status=status)


def _act(request, claim, *, section: str, form, run, message: str, bound=None):
    """`bound(form)`: where the refused form goes in the desk's context, when not its section's."""
    outcome = attempt(form, run)
    if outcome.ok:
        versioned = "version" in form.fields and form.fields["version"].required
        return _done(request, claim, section, message, versioned)
    if outcome.conflict is not None:
        form = _keep_typed(request, form, claim, outcome.conflict)
    return _refused(
        request, claim, section, form, status=outcome.status, conflict=outcome.conflict, bound=bound
    )


@require_POST
@staff_required
def edit_text(request, pk):
    claim = _claim(pk)
    return _act(
        request,
        claim,
        section="text",
        form=forms.TextForm(request.POST),
        message="Claim text saved.",
        run=lambda d: services.edit_text(
            claim=claim, text=d["text"], actor=request.user, expected_version=d["version"]
        ),
    )


@require_POST
@staff_required
def change_status(request, pk):
    claim = _claim(pk)
    to = request.POST.get("to", "")
    label = Status(to).label.lower() if to in Status.values else to
    message = f"Claim #{claim.pk} moved to {label}."
    if to == claim.status == Status.PUBLISHED:
        message = f"Claim #{claim.pk}: the changes are published."
    return _act(
        request,
        claim,
        section="status",
        form=forms.StatusForm(request.POST, claim=claim, user=request.user),
        message=message,
        run=lambda d: services.change_status(
            claim=claim,
            to=d["to"],
            actor=request.user,
            note=d["note"],
            dismiss_reason=d["dismiss_reason"],
            override_reason=d["override_reason"],
            expected_version=d["version"],
        ),
    )


@require_POST
@staff_required
def set_verdict(request, pk):
    claim = _claim(pk)
    published = claim.status == Status.PUBLISHED
    return _act(
        request,
        claim,
        section="verdict",
        form=forms.VerdictForm(request.POST),
        message="Verdict saved; an editor publishes it as a correction." if published else "Verdict saved.",
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
    who = "you" if data.get("me") else (data.get("assignee") or "nobody")
    return _act(
        request,
        claim,
        section="assign",
        form=forms.AssignForm(data),
        message=f"Claim #{claim.pk} assigned to {who}.",
        run=lambda d: services.assign(
            claim=claim, assignee=d["assignee"], actor=request.user, expected_version=d["version"]
        ),
    )


@require_POST
@staff_required
def add_note(request, pk):
    """An internal note: the newsroom's own remark, never shown to readers."""
    claim = _claim(pk)
    return _act(
        request,
        claim,
        section="notes",
        form=forms.NoteForm(request.POST),
        message="Internal note added.",
        run=lambda d: services.add_note(claim=claim, text=d["text"], actor=request.user),
    )


@require_POST
@staff_required
def add_evidence(request, pk):
    """Public evidence, added deliberately: readers see it with the verdict once published."""
    claim = _claim(pk)
    return _act(
        request,
        claim,
        section="notes",
        form=forms.EvidenceForm(request.POST),
        message="Public evidence added.",
        run=lambda d: services.add_evidence(
            claim=claim, text=d["text"], actor=request.user, expected_version=d["version"]
        ),
    )
