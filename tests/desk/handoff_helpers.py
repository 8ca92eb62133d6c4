"""Claims taken through the real services to the hand-offs the desk shows: sent for sign-off, sent back."""

from claims import services
from claims.workflow import Status

SEND_BACK_NOTE = "The 40,000 figure needs the statistics office's table, not the paper's."


def ready_for_signoff(claim, checker):
    """Assigned to the fact-checker, checked with a verdict and public evidence, sent for sign-off."""
    claim = services.assign(claim=claim, assignee=checker, actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    services.add_evidence(claim=claim, text="Table 4 of the statistics release.", actor=checker)
    claim.refresh_from_db()
    claim = services.set_verdict(
        claim=claim, verdict="false", summary="The office counted 12,000.", actor=checker
    )
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)


def sent_back(claim, checker, editor, note: str = SEND_BACK_NOTE):
    claim = ready_for_signoff(claim, checker)
    return services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=editor, note=note)
