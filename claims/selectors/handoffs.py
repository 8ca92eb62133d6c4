"""Hand-offs between people, read from the append-only history: send-backs, sign-off requests,
and each person's inbox of them.

A claim is *sent back* while an editor's send-back (needs sign-off → in progress, with a note)
is the last word on it: it is in progress, and since the send-back nobody but the editor who
sent it back has acted on it. Acting is a move, or a change to the text, verdict, who said it,
public evidence, references or related claims. An internal note or an assignment does not end
it: the banner stays until the work itself moves on.
"""

from datetime import datetime, timedelta

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..models import Claim, StatusChange
from ..workflow import Status

F = StatusChange.Field
SEND_BACK = Q(field=F.STATUS, from_value=Status.NEEDS_SIGNOFF, to_value=Status.IN_PROGRESS)
SIGNOFF_REQUEST = Q(field=F.STATUS, to_value=Status.NEEDS_SIGNOFF)
ACTING = Q(field__in=[F.STATUS, F.TEXT, F.VERDICT, F.ATTRIBUTION, F.EVIDENCE, F.REFERENCE, F.RELATION]) & ~Q(
    field=F.EVIDENCE, note="internal note"
)
# With no visit recorded, the inbox starts this far back rather than at the beginning of time.
FIRST_VISIT_WINDOW = timedelta(days=14)


def with_send_back(qs: QuerySet[Claim]) -> QuerySet[Claim]:
    """Annotate `sent_back` (bool) and `sent_back_at`, in the claim query itself (no query per row)."""
    if "sent_back" in qs.query.annotations:
        return qs
    last = StatusChange.objects.filter(SEND_BACK, claim=OuterRef("pk")).order_by("-at", "-id")
    qs = qs.annotate(
        sent_back_at=Subquery(last.values("at")[:1]), sent_back_by=Subquery(last.values("actor")[:1])
    )
    # 0 for an editor whose account is gone: then anyone's action ends it, as in pending_send_back.
    acted = StatusChange.objects.filter(
        ACTING, claim=OuterRef("pk"), at__gt=OuterRef("sent_back_at")
    ).exclude(actor=Coalesce(OuterRef("sent_back_by"), Value(0)))
    return qs.annotate(
        sent_back=ExpressionWrapper(
            Q(status=Status.IN_PROGRESS, sent_back_at__isnull=False) & ~Exists(acted),
            output_field=BooleanField(),
        )
    )


def pending_send_back(claim: Claim) -> StatusChange | None:
    """The send-back the fact-checker has not acted on yet (with its note and editor), or None."""
    if claim.status != Status.IN_PROGRESS:
        return None
    entry = claim.history.filter(SEND_BACK).select_related("actor").order_by("-at", "-id").first()
    if entry is None:
        return None
    acted = claim.history.filter(ACTING, at__gt=entry.at).exclude(actor=entry.actor_id or 0).exists()
    return None if acted else entry


def waiting_for_signoff() -> QuerySet[Claim]:
    return Claim.objects.filter(status=Status.NEEDS_SIGNOFF)


def inbox_events(user, *, editor: bool) -> QuerySet[StatusChange]:
    """What others did that this person should know about, newest first: sign-off requests (for
    editors) and send-backs of the claims assigned to them. Their own actions are left out."""
    wanted = SEND_BACK & Q(claim__assignee=user)
    if editor:
        wanted |= SIGNOFF_REQUEST
    return (
        StatusChange.objects.filter(wanted)
        .exclude(actor=user)
        .select_related("actor", "claim", "claim__report")
        .order_by("-at", "-id")
    )


def inbox_since(seen_at: datetime | None) -> datetime:
    return seen_at or timezone.now() - FIRST_VISIT_WINDOW
