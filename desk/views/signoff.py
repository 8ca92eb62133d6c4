"""The editor's review: publish, send back, publish a correction or update, unpublish.

Each action is one move of the workflow table (claims.workflow); the page offers the moves the
table allows this editor now, and says why a move is held back (two-person sign-off), with the
publishing checklist (claims/checklist.py) above the buttons. Every post redirects on success;
a refusal re-renders the page with what was typed and the reason beside the field it is about.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from claims import services
from claims.checklist import OVERRIDE_MAX, checklist_for
from claims.models import Claim
from claims.workflow import MOVES, Status, Verdict, moves_for, second_person_refusal
from core.errors import Refused
from core.htmx import attempt
from core.permissions import editor_required

from .. import forms as desk_forms


class SignoffForm(forms.Form):
    """What an editor's action posts; the rules (what each move needs) are the services'."""

    version = forms.IntegerField(min_value=1, max_value=2**31 - 1, required=False)
    note = forms.CharField(required=False, strip=True, max_length=5000)
    verdict = forms.CharField(required=False, max_length=16)
    summary = forms.CharField(required=False, max_length=5000)
    override_reason = forms.CharField(required=False, strip=True, max_length=OVERRIDE_MAX)


def _errors(form) -> dict:
    """The posted form's errors by field ("all" for the form's own), to show beside each field."""
    found = {
        name if name != "__all__" else "all": " ".join(str(e) for e in errs)
        for name, errs in form.errors.items()
    }
    return found or {"all": "Check the form and try again."}


def _held_back(facts, user) -> list[str]:
    """Why moves this editor's role allows are not offered now (two-person sign-off)."""
    return sorted(
        {
            reason
            for (frm, _), move in MOVES.items()
            if frm == facts.status and user.has_perm(move.permission)
            for reason in [second_person_refusal(move, facts, user)]
            if reason
        }
    )


def _review(
    request, claim, *, errors: dict | None = None, typed: dict | None = None, stale=None, status: int = 200
):
    claim = (
        Claim.objects.select_related("report", "assignee", "public_version")
        .prefetch_related("notes__author", "attributions__source", "references", "history__actor")
        .get(pk=claim.pk)
    )
    facts = services.facts(claim)
    typed = typed or {}
    return render(
        request,
        "desk/review.html",
        {
            "claim": claim,
            "errors": {typed["form"]: errors} if errors and typed.get("form") else {},
            "stale": stale,
            "checklist": checklist_for(claim),
            "typed": typed,
            "verdicts": Verdict.choices,
            "moves": {m.name: m for m in moves_for(facts, request.user)},
            "held_back": _held_back(facts, request.user),
            "unpublished_changes": [services.publication.PART_LABELS[p] for p in facts.unpublished_changes],
            "public_url": claim.get_public_url() if claim.status == Status.PUBLISHED else "",
        },
        status=status,
    )


@require_GET
@editor_required
def review(request, pk):
    return _review(request, get_object_or_404(Claim, pk=pk))


def _act(request, pk, action, success: str, form: str, typed_fields=("note",)):
    """Run one editor action through the services; refusals (mapped once, by core.htmx.attempt)
    re-render the page with what was typed and the reason."""
    claim = get_object_or_404(Claim, pk=pk)
    typed = {name: request.POST.get(name, "") for name in typed_fields}
    typed["form"] = form
    posted = SignoffForm(request.POST)
    outcome = attempt(
        posted, lambda d: action(claim, {**typed, **{k: d[k] for k in typed_fields}}, d["version"])
    )
    if outcome.conflict is not None:
        conflict = outcome.conflict
        return _review(
            request,
            conflict.current,
            errors={"all": desk_forms.STALE},
            typed=typed,
            stale=conflict.changes,
            status=409,
        )
    if not outcome.ok:
        return _review(request, claim, errors=_errors(posted), typed=typed, status=outcome.status)
    message = outcome.result or success
    messages.success(request, message)
    if request.POST.get("next") == "dashboard":
        return redirect(reverse("desk:dashboard"))
    return redirect(reverse("desk:review", kwargs={"pk": claim.pk}))


def _move(to: str, user):
    def action(claim, typed, version):
        services.change_status(
            claim=claim,
            to=to,
            actor=user,
            note=typed["note"],
            override_reason=typed.get("override_reason", ""),
            expected_version=version,
        )

    return action


@require_POST
@editor_required
def publish(request, pk):
    """Publish a claim waiting for sign-off, or the pending changes of a published one; over a
    blocking checklist item only with a reason (recorded)."""
    return _act(
        request,
        pk,
        _move(Status.PUBLISHED, request.user),
        "Published. Readers can see it now.",
        "publish",
        typed_fields=("note", "override_reason"),
    )


@require_POST
@editor_required
def send_back(request, pk):
    return _act(
        request,
        pk,
        _move(Status.IN_PROGRESS, request.user),
        "Sent back to the fact-checker with your note.",
        "send_back",
    )


@require_POST
@editor_required
def unpublish(request, pk):
    return _act(
        request,
        pk,
        _move(Status.IN_PROGRESS, request.user),
        "Unpublished. Readers see a 404 now, and the reason stays in its public history.",
        "unpublish",
    )


@require_POST
@editor_required
def correct(request, pk):
    """Correct a published verdict: saved at once, published by an editor who did not make it."""

    def action(claim, typed, version):
        if claim.status != Status.PUBLISHED:
            raise Refused("Only a published verdict is corrected here; this claim is not published.")
        if not typed["note"].strip():
            raise Refused(MOVES[(Status.PUBLISHED, Status.PUBLISHED)].needs_note, field="note")
        claim = services.set_verdict(
            claim=claim,
            verdict=typed["verdict"],
            summary=typed["summary"],
            actor=request.user,
            note=typed["note"],
            expected_version=version,
        )
        facts = services.facts(claim)
        if second_person_refusal(MOVES[(Status.PUBLISHED, Status.PUBLISHED)], facts, request.user):
            return (
                "Correction saved. Another editor must publish it (two-person sign-off); "
                "it is not public yet."
            )
        services.change_status(
            claim=claim,
            to=Status.PUBLISHED,
            actor=request.user,
            note=typed["note"],
            expected_version=claim.version,
        )
        return "Correction published."

    return _act(
        request, pk, action, "Correction published.", "correct", typed_fields=("verdict", "summary", "note")
    )
