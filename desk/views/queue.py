"""The fact-checkers' triage queue: filters in the URL, bulk actions, and the CSV of any view."""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from claims import services
from claims.filters import ClaimFilter
from claims.selectors.queue import offered_moves, queue_claims
from claims.who_said import short_phrases
from claims.workflow import DismissReason, offers_assignment
from core.htmx import safe_next
from core.pagination import CappedPaginator
from core.permissions import is_editor, staff_required

from .. import forms
from ..queue_views import filter_chips, saved_views

QUEUE_PAGE_SIZE = 25


def prepare_rows(claims: list, user) -> list:
    """What each row shows beyond the claim: who said it, and the moves the table offers this person."""
    moves = offered_moves(claims, user)
    for claim in claims:
        claim.who_said = short_phrases(claim.attributions.all())
        # A row's menu is one click: moves that need a note (send back, unpublish) are made where one
        # is written, and publishing changes in place is the review page's.
        claim.moves = [m for m in moves[claim.pk] if m.to != m.frm and not m.needs_note]
        claim.offer_assign = offers_assignment(claim.status) and claim.assignee_id != user.pk
    return claims


def queue_context(request, params) -> dict:
    filters = ClaimFilter(params, queryset=queue_claims(), request=request, for_page=True)
    page = CappedPaginator(filters.qs, QUEUE_PAGE_SIZE, counted=filters.matched).get_page(params.get("page"))
    kept = [
        (k, v) for k in params for v in params.getlist(k) if k not in ("page", "csrfmiddlewaretoken") and v
    ]
    return {
        "filter_form": filters.form,
        "page": page,
        "claims": prepare_rows(list(page.object_list), request.user),
        "chips": filter_chips(filters.form, kept),
        "saved_views": saved_views(kept, editor=is_editor(request.user)),
        "querystring": urlencode(kept),
        "bulk_form": forms.BulkForm(),
        "filtered": bool(kept),
        # Best match first ranked only the newest matches: the page says so, and how to rank them all.
        "ranked_among": (
            f"{filters.ranked_among:,}" if filters.ranking_bounded and page.paginator.capped else ""
        ),
        "back": reverse("desk:queue")
        + (f"?{urlencode(kept)}" if kept else "")
        + (f"{'&' if kept else '?'}page={page.number}" if page.number > 1 else ""),
    }


@require_GET
@staff_required
def queue(request):
    context = queue_context(request, request.GET)
    if request.htmx and request.htmx.target == "queue-results":
        return render(request, "desk/partials/queue_results.html", context)
    return render(request, "desk/queue.html", context)


def _run_bulk(request, data: dict, chosen: list):
    action, actor = data["action"], request.user
    if action == "assign_me":
        return services.bulk_assign(claims=chosen, assignee=actor, actor=actor)
    if action == "assign":
        return services.bulk_assign(claims=chosen, assignee=data["assignee"], actor=actor)
    if action == "status":
        return services.bulk_change_status(claims=chosen, to=data["to"], actor=actor, note=data["note"])
    reason = DismissReason.DUPLICATE if action == "dismiss_duplicate" else DismissReason.NOT_CHECKWORTHY
    return services.bulk_dismiss(claims=chosen, reason=reason, actor=actor, note=data["note"])


def _report_bulk(request, action: str, chosen: list, result) -> None:
    label = dict(forms.BulkForm.ACTIONS)[action].rstrip("…").lower()
    if result.done:
        messages.success(
            request, f"{label.capitalize()}: done for {len(result.done)} of {len(chosen)} claims."
        )
    for claim, reason in result.refused:
        messages.error(request, f"Claim #{claim.pk} (“{claim.text[:60]}”) was not changed: {reason}")


@require_POST
@staff_required
def queue_bulk(request):
    back = safe_next(request, reverse("desk:queue"))
    form = forms.BulkForm(request.POST)
    if not form.is_valid():
        for error in form.errors.values():
            messages.error(request, " ".join(error))
    elif form.cleaned_data["action"] == "status" and not form.cleaned_data["to"]:
        messages.error(request, "Choose the status to move the ticked claims to.")
    else:
        chosen = list(form.cleaned_data["claims"].order_by("pk"))
        result = _run_bulk(request, form.cleaned_data, chosen)
        _report_bulk(request, form.cleaned_data["action"], chosen, result)
    if request.htmx:
        params = QueryDict(back.split("?", 1)[1] if "?" in back else "")
        return render(request, "desk/partials/queue_results.html", queue_context(request, params))
    return redirect(back)
