"""Every move of the workflow × every kind of person × every surface answers as the table says.

The people: anonymous, signed in without a role, a fact-checker, an editor, and the same editor
who prepared the claim (set its verdict and sent it for sign-off, or made the changes an update
would publish). The surfaces: the services, the desk's status form, the editor's sign-off page
(for the moves it offers) and the API. For each case the expected answer comes from the move
table (`claims.workflow`), so a surface that decides anything on its own fails here.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from claims import services
from claims.models import Claim
from claims.workflow import MOVES, DismissReason, Status, Verdict, may, second_person_refusal
from core.errors import NotAllowed, Refused
from tests.api.conftest import token_client

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "no_role", "fact_checker", "editor", "same_editor"]
SIGNOFF_VIEWS = {
    "publish": "publish",
    "publish_update": "publish",
    "send_back": "send_back",
    "unpublish": "unpublish",
}


def _to_signoff(claim, by):
    services.add_evidence(claim=claim, text="Statistics office table 4.", actor=by)
    claim = services.set_verdict(
        claim=claim, verdict=Verdict.FALSE, summary="The table says otherwise.", actor=by
    )
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=by)


def claim_at(claim: Claim, move, *, preparer, publisher) -> Claim:
    """Bring a fresh claim, through the services, to where `move` starts, prepared by `preparer`."""
    if move.frm == Status.UNREVIEWED:
        return claim
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=preparer)
    if move.frm == Status.IN_PROGRESS:
        if move.needs_verdict:  # what sending for sign-off needs, set by the preparer
            services.add_evidence(claim=claim, text="Statistics office table 4.", actor=preparer)
            claim = services.set_verdict(
                claim=claim, verdict=Verdict.FALSE, summary="It is not.", actor=preparer
            )
        return claim
    if move.frm == Status.DISMISSED:
        return services.change_status(
            claim=claim, to=Status.DISMISSED, actor=preparer, dismiss_reason=DismissReason.NOT_CHECKWORTHY
        )
    claim = _to_signoff(claim, preparer)
    if move.frm == Status.NEEDS_SIGNOFF:
        return claim
    claim = services.change_status(claim=claim, to=Status.PUBLISHED, actor=publisher)
    if move.needs_changes:  # an update needs something to publish, made by the preparer
        claim = services.edit_text(
            claim=claim, text="The minister resigned on Monday 3 March.", actor=preparer
        )
    return claim


@pytest.fixture
def people(checker, editor, other_editor, outsider):
    return {
        "anonymous": AnonymousUser(),
        "no_role": outsider,
        "fact_checker": checker,
        "editor": editor,
        "same_editor": editor,
    }


def setup_case(move, role, people, claim, other_editor):
    actor = people[role]
    preparer = people["editor"] if role == "same_editor" else people["fact_checker"]
    claim = claim_at(claim, move, preparer=preparer, publisher=other_editor)
    facts = services.facts(claim)
    allowed = actor.is_authenticated and may(actor, move) and not second_person_refusal(move, facts, actor)
    return actor, claim, allowed


def _inputs(move) -> dict:
    return {
        "note": "A reason in words.",
        "dismiss_reason": DismissReason.NOT_CHECKWORTHY if move.needs_dismiss_reason else "",
    }


def _moved(claim, move) -> bool:
    claim.refresh_from_db()
    if move.needs_changes:
        return not claim.update_pending and claim.public_version.text == claim.text
    return claim.status == move.to


CASES = [(move, role) for move in MOVES.values() for role in ROLES]
IDS = [f"{m.name}:{m.frm}->{m.to}:{role}" for m, role in CASES]


@pytest.mark.parametrize(("move", "role"), CASES, ids=IDS)
def test_services_answer_as_the_table_says(move, role, people, claim, other_editor):
    actor, claim, allowed = setup_case(move, role, people, claim, other_editor)
    if allowed:
        services.change_status(
            claim=claim, to=move.to, actor=actor, expected_version=claim.version, **_inputs(move)
        )
        assert _moved(claim, move)
        return
    with pytest.raises(NotAllowed):
        services.change_status(
            claim=claim, to=move.to, actor=actor, expected_version=claim.version, **_inputs(move)
        )
    assert not _moved(claim, move)


@pytest.mark.parametrize(("move", "role"), CASES, ids=IDS)
def test_the_desk_answers_as_the_table_says(move, role, people, claim, other_editor, client):
    actor, claim, allowed = setup_case(move, role, people, claim, other_editor)
    if actor.is_authenticated:
        client.force_login(actor)
    url = reverse("desk:status", args=[claim.pk])
    response = client.post(url, {"to": move.to, "version": claim.version, **_inputs(move)})
    if role == "anonymous":
        assert response.status_code == 302 and reverse("login") in response["Location"]
    elif allowed:
        assert response.status_code == 302 and response["Location"] == claim.get_absolute_url()
    else:
        assert response.status_code == 403
    assert _moved(claim, move) is allowed


SIGNOFF_CASES = [(m, r) for m, r in CASES if m.name in SIGNOFF_VIEWS]


@pytest.mark.parametrize(
    ("move", "role"), SIGNOFF_CASES, ids=[f"{m.name}:{m.frm}->{m.to}:{r}" for m, r in SIGNOFF_CASES]
)
def test_the_signoff_page_answers_as_the_table_says(move, role, people, claim, other_editor, client):
    actor, claim, allowed = setup_case(move, role, people, claim, other_editor)
    if actor.is_authenticated:
        client.force_login(actor)
    url = reverse(f"desk:{SIGNOFF_VIEWS[move.name]}", args=[claim.pk])
    response = client.post(url, {"version": claim.version, "note": "A reason in words."})
    if role == "anonymous":
        assert response.status_code == 302 and reverse("login") in response["Location"]
    elif allowed:
        assert response.status_code == 302
    else:
        assert response.status_code == 403
    assert _moved(claim, move) is allowed


@pytest.mark.parametrize(("move", "role"), CASES, ids=IDS)
def test_the_api_answers_as_the_table_says(move, role, people, claim, other_editor):
    from rest_framework.test import APIClient

    actor, claim, allowed = setup_case(move, role, people, claim, other_editor)
    api = token_client(actor) if actor.is_authenticated else APIClient()
    body = {"status": move.to, "version": claim.version, **_inputs(move)}
    response = api.post(f"/api/v1/desk/claims/{claim.pk}/status/", body, format="json")
    expected = 200 if allowed else (401 if role == "anonymous" else 403)
    assert response.status_code == expected
    assert _moved(claim, move) is allowed


def test_a_move_missing_from_the_table_is_refused_everywhere_in_words(claim, checker, client):
    with pytest.raises(Refused, match="cannot go from unreviewed to published"):
        services.change_status(claim=claim, to=Status.PUBLISHED, actor=checker)
    client.force_login(checker)
    response = client.post(
        reverse("desk:status", args=[claim.pk]), {"to": "published", "version": claim.version}
    )
    assert response.status_code == 422
    assert "A claim cannot go from unreviewed to published." in response.content.decode()
    body = token_client(checker).post(
        f"/api/v1/desk/claims/{claim.pk}/status/", {"status": "published", "version": claim.version}
    )
    assert body.status_code == 422


def test_the_status_menu_offers_only_what_the_table_allows(claim, checker, editor, client):
    claim = _to_signoff(services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker), checker)
    client.force_login(checker)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert 'value="published"' not in page.split('id="section-status"')[1].split("</section>")[0]
    client.force_login(editor)
    page = client.get(claim.get_absolute_url()).content.decode()
    assert 'value="published"' in page.split('id="section-status"')[1].split("</section>")[0]
