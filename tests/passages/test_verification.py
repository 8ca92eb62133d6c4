"""Confirming and rejecting an attribution through the services: evidence, history, locking,
and what readers see once an editor publishes."""

import pytest

from claims import services
from claims.models import Attribution, StatusChange
from claims.passages.models import AttributionEvidence
from claims.services.publication import public_content
from claims.workflow import Status
from core.errors import NotAllowed, Refused, StaleVersion
from sources.models import Snapshot
from tests.factories import ReferenceFactory, freeze_as_published

pytestmark = pytest.mark.django_db

TEXT = "First paragraph.\nThere is no plan to introduce a toll once the bridge reopens.\nLast paragraph."


@pytest.fixture
def captured(toll_claim):
    claim, attribution, reference = toll_claim
    snapshot = Snapshot.objects.create(
        reference=reference, requested_url=reference.url, ok=True, text=TEXT, sha256="a" * 64, task_id="t1"
    )
    start = TEXT.index("There is")
    return claim, attribution, snapshot, start, TEXT.index("\nLast")


def test_confirming_records_the_passage_and_sets_confirmed(captured, checker):
    claim, attribution, snapshot, start, end = captured
    evidence = services.confirm_attribution(
        attribution=attribution, snapshot=snapshot, start=start, end=end, actor=checker, expected_version=1
    )
    attribution.refresh_from_db()
    assert attribution.verification == Attribution.Verification.CONFIRMED
    assert evidence.quote == "There is no plan to introduce a toll once the bridge reopens."
    assert (evidence.snapshot, evidence.start, evidence.end) == (snapshot, start, end)
    assert evidence.recorded_by == checker


def test_confirming_writes_history_and_bumps_the_version(captured, checker):
    claim, attribution, snapshot, start, end = captured
    services.confirm_attribution(
        attribution=attribution, snapshot=snapshot, start=start, end=end, actor=checker, expected_version=1
    )
    claim.refresh_from_db()
    entry = claim.history.get(field=StatusChange.Field.ATTRIBUTION)
    assert claim.version == 2
    assert entry.to_value == "Maren Osei (said): confirmed"
    assert "no plan to introduce a toll" in entry.note
    assert entry.actor == checker


def test_a_stale_confirmation_is_refused_and_changes_nothing(captured, checker):
    claim, attribution, snapshot, start, end = captured
    services.edit_text(claim=claim, text="Osei said a toll would come.", actor=checker, expected_version=1)
    with pytest.raises(StaleVersion):
        services.confirm_attribution(
            attribution=attribution,
            snapshot=snapshot,
            start=start,
            end=end,
            actor=checker,
            expected_version=1,
        )
    assert not AttributionEvidence.objects.exists()
    attribution.refresh_from_db()
    assert attribution.verification == Attribution.Verification.UNCONFIRMED


def test_a_capture_of_a_reference_the_claim_does_not_cite_is_refused(captured, checker):
    claim, attribution, _, start, end = captured
    other = ReferenceFactory(url="http://127.0.0.1/other")
    elsewhere = Snapshot.objects.create(
        reference=other, requested_url=other.url, ok=True, text=TEXT, task_id="x"
    )
    with pytest.raises(Refused, match="not of a reference this claim cites"):
        services.confirm_attribution(
            attribution=attribution, snapshot=elsewhere, start=start, end=end, actor=checker
        )


def test_offsets_outside_the_text_are_refused(captured, checker):
    _, attribution, snapshot, _, _ = captured
    with pytest.raises(Refused, match="not in the capture"):
        services.confirm_attribution(
            attribution=attribution, snapshot=snapshot, start=5, end=10_000, actor=checker
        )


def test_someone_without_a_newsroom_role_may_not_confirm(captured, outsider):
    _, attribution, snapshot, start, end = captured
    with pytest.raises(NotAllowed):
        services.confirm_attribution(
            attribution=attribution, snapshot=snapshot, start=start, end=end, actor=outsider
        )


def test_misattributed_records_why(captured, checker):
    claim, attribution, *_ = captured
    services.misattribute(
        attribution=attribution, reason="Osei denies any toll plan.", actor=checker, expected_version=1
    )
    attribution.refresh_from_db()
    assert attribution.verification == Attribution.Verification.MISATTRIBUTED
    assert attribution.evidence.reason == "Osei denies any toll plan."
    assert claim.history.get(field=StatusChange.Field.ATTRIBUTION).note == "Osei denies any toll plan."


def test_misattributed_needs_a_reason(captured, checker):
    _, attribution, *_ = captured
    with pytest.raises(Refused) as refused:
        services.misattribute(attribution=attribution, reason="  ", actor=checker)
    assert refused.value.field == "reason"


def test_the_confirming_passage_is_frozen_with_the_attribution(captured, checker):
    claim, attribution, snapshot, start, end = captured
    services.confirm_attribution(
        attribution=attribution, snapshot=snapshot, start=start, end=end, actor=checker
    )
    (row,) = public_content(claim)["attributions"]
    assert row["verification"] == "confirmed"
    assert row["passage"]["quote"] == TEXT[start:end]
    assert (row["passage"]["snapshot"], row["passage"]["start"], row["passage"]["end"]) == (
        snapshot.pk,
        start,
        end,
    )


def test_an_unconfirmed_attribution_freezes_as_before(captured):
    claim, *_ = captured
    (row,) = public_content(claim)["attributions"]
    assert "passage" not in row


def test_confirming_a_published_claim_waits_for_an_editor(captured, checker):
    claim, attribution, snapshot, start, end = captured
    claim = freeze_as_published(claim)
    services.confirm_attribution(
        attribution=attribution,
        snapshot=snapshot,
        start=start,
        end=end,
        actor=checker,
        expected_version=claim.version,
    )
    claim.refresh_from_db()
    assert claim.status == Status.PUBLISHED
    assert claim.update_pending
    assert "passage" not in claim.public_version.content["attributions"][0]
    assert services.unpublished_changes(claim) == ("attributions",)
