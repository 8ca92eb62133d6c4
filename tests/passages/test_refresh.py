"""Passages follow the captures: found when a page is archived, kept per (claim text, page text),
refreshed when either changes, and a changed page flags the passage and asks for a second look."""

import pytest

from claims import services
from claims.passages import services as passages
from claims.passages.models import Passage, PassageSearch
from claims.passages.selectors import attributions_checklist_item
from tests.conftest import make_user

from .conftest import BRIDGE_PAGE

pytestmark = pytest.mark.django_db

DENIAL = "“There is no plan to introduce a toll once the bridge reopens, and there never has been,”"


def best(claim, snapshot) -> Passage:
    return PassageSearch.objects.get(claim=claim, snapshot=snapshot).passages.get(rank=1)


def test_archiving_a_page_finds_the_passages_of_the_claims_citing_it(toll_claim, capture):
    claim, _, reference = toll_claim
    snapshot = capture(reference)
    found = best(claim, snapshot)
    assert snapshot.text[found.start : found.end].startswith(DENIAL)
    assert found.flag == Passage.Flag.CONTRADICTS
    assert PassageSearch.objects.get(claim=claim).passages.count() == 3


def test_results_are_reused_while_claim_and_page_are_unchanged(toll_claim, capture, monkeypatch):
    claim, _, reference = toll_claim
    snapshot = capture(reference)
    computed = PassageSearch.objects.get(claim=claim).updated_at

    def engine_must_not_run(*args, **kwargs):
        raise AssertionError("ranked again although nothing changed")

    monkeypatch.setattr(passages, "find", engine_must_not_run)
    passages.refresh(claim, snapshot)
    assert PassageSearch.objects.get(claim=claim).updated_at == computed


def test_the_same_claim_text_on_the_same_page_text_is_copied_not_ranked(
    toll_claim, capture, make_claim, monkeypatch
):
    claim, _, reference = toll_claim
    snapshot = capture(reference)
    twin = make_claim(text=claim.text)
    reference.claims.add(twin)
    monkeypatch.setattr(passages, "find", lambda *a, **k: pytest.fail("ranked again"))
    passages.refresh(twin, snapshot)
    assert [(p.start, p.end, p.flag) for p in PassageSearch.objects.get(claim=twin).passages.all()] == [
        (p.start, p.end, p.flag) for p in PassageSearch.objects.get(claim=claim).passages.all()
    ]


def test_rewording_the_claim_refreshes_its_passages(toll_claim, capture, checker):
    claim, _, reference = toll_claim
    snapshot = capture(reference)
    claim = services.edit_text(
        claim=claim, text="The bridge will be closed to traffic for 14 months from March.", actor=checker
    )
    passages.refresh_claim(claim.pk)
    found = best(claim, snapshot)
    assert "fourteen months" in snapshot.text[found.start : found.end]
    assert found.flag == ""


def test_a_changed_page_flags_the_changed_passage_and_asks_for_a_second_look(
    toll_claim, capture, pages, checker
):
    claim, attribution, reference = toll_claim
    first = capture(reference)
    found = best(claim, first)
    services.confirm_attribution(
        attribution=attribution, snapshot=first, start=found.start, end=found.end, actor=checker
    )
    changed = BRIDGE_PAGE.replace("There is no plan to introduce a toll", "A toll is being considered")
    pages.pages["/bridge"] = (changed.encode(), "text/html; charset=utf-8")

    second = capture(reference)

    assert second.pk != first.pk and second.changed_since_last
    again = best(claim, second)
    assert "A toll is being considered" in second.text[again.start : again.end]
    assert again.changed
    attribution.refresh_from_db()
    assert attribution.verification == "confirmed"  # a person decides; the desk asks them to look again
    assert attribution.evidence.needs_second_look
    assert "no longer there word for word" in attribution.evidence.second_look_reason
    assert claim.history.filter(to_value__endswith="needs a second look").count() == 1


def test_an_unchanged_page_changes_nothing(toll_claim, capture, checker):
    claim, attribution, reference = toll_claim
    first = capture(reference)
    found = best(claim, first)
    services.confirm_attribution(
        attribution=attribution, snapshot=first, start=found.start, end=found.end, actor=checker
    )
    second = capture(reference)
    assert not best(claim, second).changed
    attribution.refresh_from_db()
    assert not attribution.evidence.needs_second_look


def test_the_checklist_lists_unconfirmed_attributions_and_second_looks(toll_claim, capture, pages):
    claim, attribution, reference = toll_claim
    item = attributions_checklist_item(claim)
    assert not item.done
    assert item.details == ("Maren Osei (said): not yet confirmed by a passage",)

    snapshot = capture(reference)
    found = best(claim, snapshot)
    checker = make_user("checker", "fact-checkers")
    services.confirm_attribution(
        attribution=attribution, snapshot=snapshot, start=found.start, end=found.end, actor=checker
    )
    assert attributions_checklist_item(claim).done

    pages.pages["/bridge"] = (BRIDGE_PAGE.replace("no plan", "a plan").encode(), "text/html; charset=utf-8")
    capture(reference)
    item = attributions_checklist_item(claim)
    assert not item.done and "needs a second look" in item.details[0]
