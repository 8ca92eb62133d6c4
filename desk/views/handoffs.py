"""Hand-offs: where each person lands, the navigation's live counts, and the inbox.

The counts are fragments that htmx polls from the navigation (no inline script: the policy
forbids it); without JavaScript the links are still there, without their numbers.
"""

from django.contrib.auth.views import LoginView
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from claims import services
from claims.models import InboxVisit
from claims.selectors.handoffs import inbox_events, inbox_since, waiting_for_signoff
from core.permissions import is_editor, is_staff_member, staff_required

INBOX_PAGE = 50


def landing(user) -> str:
    """Where a person starts: editors on the dashboard, fact-checkers on the queue."""
    return reverse("desk:dashboard" if is_editor(user) else "desk:queue")


class DeskLoginView(LoginView):
    """Django's sign-in; without a `next`, each role lands on its own page (no extra hop)."""

    def get_default_redirect_url(self):
        return landing(self.request.user)


@require_GET
@staff_required
def home(request):
    return redirect(landing(request.user))


def _last_visit(user):
    visit = InboxVisit.objects.filter(user=user).only("seen_at").first()
    return visit.seen_at if visit else None


def _badge(request, count: int, what: str):
    return render(request, "desk/partials/nav_count.html", {"count": count, "what": what})


@never_cache
@require_GET
def signoff_count(request):
    """The badge beside "Sign-off": claims waiting for an editor's sign-off (editors only).
    204 for anyone else, so a signed-out page's poll swaps in nothing."""
    if not is_editor(request.user):
        return HttpResponse(status=204)
    return _badge(request, waiting_for_signoff().count(), "waiting for sign-off")


@never_cache
@require_GET
def inbox_count(request):
    """The badge beside "Inbox": events since this person last opened it."""
    if not is_staff_member(request.user):
        return HttpResponse(status=204)
    since = inbox_since(_last_visit(request.user))
    events = inbox_events(request.user, editor=is_editor(request.user)).filter(at__gt=since)
    return _badge(request, events.count(), "new in your inbox")


@never_cache
@require_GET
@staff_required
def inbox(request):
    """Sign-off requests (editors) and send-backs (the fact-checker assigned), new ones first marked;
    opening the page marks them seen."""
    last_visit = _last_visit(request.user)
    since = inbox_since(last_visit)
    events = list(inbox_events(request.user, editor=is_editor(request.user))[:INBOX_PAGE])
    services.mark_inbox_seen(user=request.user)
    return render(
        request,
        "desk/inbox.html",
        {
            "new": [e for e in events if e.at > since],
            "earlier": [e for e in events if e.at <= since],
            "since": since,
            "first_visit": last_visit is None,
        },
    )
