"""The workflow's rules: every forbidden move refused, editor-only moves guarded, history written."""

import itertools

import pytest

from claims import services
from claims.models import StatusChange
from claims.workflow import MOVES, ClaimFacts, DismissReason, Status, Verdict, check_move
from core.errors import NotAllowed, Refused

ALL_PAIRS = list(itertools.product(Status.values, Status.values))
FORBIDDEN = [pair for pair in ALL_PAIRS if pair not in MOVES]


@pytest.mark.parametrize("frm,to", FORBIDDEN)
def test_a_move_missing_from_the_table_is_refused_in_words(frm, to):
    with pytest.raises(Refused, match="already|cannot go"):
        check_move(ClaimFacts(status=frm), to, None)


def test_the_documented_path_is_in_the_table():
    path = [Status.UNREVIEWED, Status.IN_PROGRESS, Status.NEEDS_SIGNOFF, Status.PUBLISHED]
    for frm, to in zip(path, path[1:], strict=False):
        assert (frm, to) in MOVES


@pytest.mark.parametrize("frm", [Status.UNREVIEWED, Status.IN_PROGRESS, Status.NEEDS_SIGNOFF])
def test_every_open_state_can_be_dismissed(frm):
    assert MOVES[(frm, Status.DISMISSED)].needs_dismiss_reason


def test_nothing_goes_straight_from_unreviewed_to_published():
    assert (Status.UNREVIEWED, Status.PUBLISHED) not in MOVES


def test_only_publishing_moves_are_public_or_two_person():
    assert {m.name for m in MOVES.values() if m.two_person} == {"publish", "publish_update"}
    assert {m.name for m in MOVES.values() if m.public} == {"publish", "publish_update", "unpublish"}


def ready_for_signoff(claim, user):
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=user)
    services.add_evidence(claim=claim, text="Ministry press release, 3 March.", actor=user)
    claim = services.set_verdict(
        claim=claim, verdict=Verdict.FALSE, summary="The figures were revised.", actor=user
    )
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=user)


def test_fact_checker_cannot_publish(claim, checker):
    claim = ready_for_signoff(claim, checker)
    with pytest.raises(NotAllowed):
        services.change_status(claim=claim, to=Status.PUBLISHED, actor=checker)


def test_editor_publishes_and_publication_is_public_history(claim, checker, editor):
    claim = ready_for_signoff(claim, checker)
    claim = services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor)
    assert claim.status == Status.PUBLISHED and claim.published_at is not None
    last = claim.history.latest()
    assert (last.from_value, last.to_value, last.internal, last.actor) == (
        "needs_signoff",
        "published",
        False,
        editor,
    )


def test_fact_checker_cannot_reopen_a_dismissed_claim(claim, checker):
    claim = services.change_status(
        claim=claim, to=Status.DISMISSED, actor=checker, dismiss_reason=DismissReason.NOT_CHECKWORTHY
    )
    with pytest.raises(NotAllowed):
        services.change_status(claim=claim, to=Status.UNREVIEWED, actor=checker)


def test_editor_reopens_a_dismissed_claim(claim, checker, editor):
    claim = services.change_status(
        claim=claim, to=Status.DISMISSED, actor=checker, dismiss_reason="duplicate"
    )
    claim = services.change_status(claim=claim, to=Status.UNREVIEWED, actor=editor)
    assert claim.status == Status.UNREVIEWED and claim.dismiss_reason == ""


def test_dismissal_needs_a_reason(claim, checker):
    with pytest.raises(Refused, match="why"):
        services.change_status(claim=claim, to=Status.DISMISSED, actor=checker)


def test_signoff_needs_a_verdict(claim, checker):
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    with pytest.raises(Refused, match="verdict"):
        services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)


def test_verdict_needs_a_summary(claim, checker):
    services.add_evidence(claim=claim, text="A source.", actor=checker)
    with pytest.raises(Refused, match="summary"):
        services.set_verdict(claim=claim, verdict=Verdict.TRUE, summary="  ", actor=checker)


def test_verdict_needs_evidence_or_a_reference(claim, checker):
    with pytest.raises(Refused, match="reference or public evidence"):
        services.set_verdict(claim=claim, verdict=Verdict.TRUE, summary="Checked.", actor=checker)


def test_internal_note_does_not_count_as_evidence(claim, checker):
    services.add_note(claim=claim, text="Call the ministry back.", actor=checker)
    with pytest.raises(Refused):
        services.set_verdict(claim=claim, verdict=Verdict.TRUE, summary="Checked.", actor=checker)


def test_send_back_needs_a_note(claim, checker, editor):
    claim = ready_for_signoff(claim, checker)
    with pytest.raises(Refused, match="note"):
        services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=editor)


def test_unpublish_needs_a_reason_and_is_public(claim, checker, editor):
    claim = services.change_status(claim=ready_for_signoff(claim, checker), to=Status.PUBLISHED, actor=editor)
    with pytest.raises(Refused):
        services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=editor)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=editor, note="New evidence.")
    assert claim.history.latest().internal is False


def test_every_change_writes_history(claim, checker):
    claim = services.assign(claim=claim, assignee=checker, actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.edit_text(claim=claim, text="The minister resigned on Monday 3 March.", actor=checker)
    services.add_evidence(claim=claim, text="Resignation letter.", actor=checker)
    claim = services.set_verdict(claim=claim, verdict=Verdict.TRUE, summary="Letter confirms.", actor=checker)
    fields = list(claim.history.values_list("field", flat=True))
    assert fields == ["assignee", "status", "text", "evidence", "verdict"]
    assert all(entry.actor == checker for entry in claim.history.all())


def test_history_is_append_only(claim, checker):
    services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    entry = StatusChange.objects.get(claim=claim)
    entry.note = "rewritten"
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(ValueError):
        entry.delete()


def test_stale_version_is_refused_and_nothing_is_saved(claim, checker, other_checker):
    read_version = claim.version
    services.edit_text(claim=claim, text="First edit.", actor=checker, expected_version=read_version)
    with pytest.raises(services.StaleVersion) as refused:
        services.edit_text(
            claim=claim, text="Second edit.", actor=other_checker, expected_version=read_version
        )
    claim.refresh_from_db()
    assert claim.text == "First edit."
    assert refused.value.changes[-1].to_value == "First edit."


def test_each_save_bumps_the_version(claim, checker):
    before = claim.version
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker, expected_version=before)
    assert claim.version == before + 1


def test_assignee_must_have_a_newsroom_role(claim, checker, outsider):
    with pytest.raises(Refused):
        services.assign(claim=claim, assignee=outsider, actor=checker)
