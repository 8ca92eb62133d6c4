"""The newsroom's integrity rules that are not moves: two people, notes, the admin, locking."""

import threading

import pytest
from django.db import connection, transaction
from django.urls import reverse

from claims import services
from claims.models import Attribution, Claim, EvidenceNote
from claims.workflow import Status, Verdict
from core.errors import NotAllowed, StaleVersion
from sources.models import Source
from tests.api.conftest import token_client

pytestmark = pytest.mark.django_db


def sent_for_signoff(claim, by):
    services.add_evidence(claim=claim, text="Statistics office table 4.", actor=by)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=by)
    claim = services.set_verdict(
        claim=claim, verdict=Verdict.FALSE, summary="The table says otherwise.", actor=by
    )
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=by)


# --- Two-person sign-off -----------------------------------------------------------------------


def test_editor_cannot_publish_own_verdict(claim, editor):
    claim = sent_for_signoff(claim, editor)
    with pytest.raises(NotAllowed, match="another editor must publish it"):
        services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor)
    assert Claim.objects.get(pk=claim.pk).status == Status.NEEDS_SIGNOFF


def test_editor_cannot_publish_a_verdict_they_set_even_if_someone_else_sent_it(claim, checker, editor):
    services.add_evidence(claim=claim, text="Table 4.", actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(claim=claim, verdict=Verdict.TRUE, summary="Yes.", actor=editor)
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    with pytest.raises(NotAllowed):
        services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor)


def test_another_editor_publishes(claim, editor, other_editor):
    claim = services.change_status(
        claim=sent_for_signoff(claim, editor), to=Status.PUBLISHED, actor=other_editor
    )
    assert claim.status == Status.PUBLISHED and claim.public_version.published_by == other_editor


def test_one_person_newsroom_may_publish_its_own_verdict(claim, editor, settings, client):
    settings.WORKFLOW_TWO_PERSON = False
    claim = services.change_status(claim=sent_for_signoff(claim, editor), to=Status.PUBLISHED, actor=editor)
    assert claim.status == Status.PUBLISHED
    assert (
        "an editor may publish a fact check they prepared themselves"
        in client.get("/methodology/").content.decode()
    )


def test_methodology_states_the_two_person_rule_when_it_is_on(client, db):
    html = client.get("/methodology/").content.decode()
    assert "may not be the one who set the verdict or sent it for sign-off" in html


def test_the_review_page_says_why_an_editor_may_not_publish_their_own(client, claim, editor):
    claim = sent_for_signoff(claim, editor)
    client.force_login(editor)
    html = client.get(reverse("desk:review", args=[claim.pk])).content.decode()
    assert "another editor must publish it (two-person sign-off)" in html
    assert reverse("desk:publish", args=[claim.pk]) not in html
    response = client.post(reverse("desk:publish", args=[claim.pk]), {"version": claim.version})
    assert response.status_code == 403
    assert "another editor must publish it" in response.content.decode()


# --- Notes -------------------------------------------------------------------------------------


def test_a_note_made_without_saying_so_is_internal(claim, checker):
    assert EvidenceNote.objects.create(claim=claim, text="Call back Tuesday.").internal is True
    assert services.add_note(claim=claim, text="Call back Tuesday.", actor=checker).internal is True


def test_the_api_adds_internal_notes_and_public_evidence_by_separate_calls(claim, checker):
    api = token_client(checker)
    note = api.post(f"/api/v1/desk/claims/{claim.pk}/notes/", {"text": "Internal", "internal": False})
    assert note.status_code == 201 and note.json()["internal"] is True


# --- The admin ---------------------------------------------------------------------------------


def admin_form(client, claim, **changes) -> dict:
    """The admin change form's own fields (management forms of the inlines too), with changes."""
    import re

    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    fields["text"] = re.search(r'<textarea name="text"[^>]*>\n?(.*?)</textarea>', html, re.S).group(1)
    fields.pop("csrfmiddlewaretoken", None)
    return {**fields, **changes}


def test_admin_text_edit_goes_through_the_service_with_history_and_a_new_version(client, claim, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:claims_claim_change", args=[claim.pk]),
        admin_form(client, claim, text="Reworded in the admin."),
    )
    assert response.status_code == 302
    after = Claim.objects.get(pk=claim.pk)
    assert (after.text, after.version) == ("Reworded in the admin.", claim.version + 1)
    entry = after.history.get()
    assert (entry.field, entry.actor, entry.to_value) == ("text", admin_user, "Reworded in the admin.")


def test_a_stale_admin_edit_is_refused_with_a_message(client, claim, admin_user, checker):
    client.force_login(admin_user)
    form = admin_form(client, claim, text="Mine.")  # loaded at this version
    services.edit_text(claim=claim, text="Someone else's words.", actor=checker)
    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), form, follow=True)
    assert "Nothing was saved" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).text == "Someone else's words."


def test_the_admin_shows_workflow_fields_and_attributions_read_only(client, claim, admin_user):
    source = Source.objects.create(name="Jane Doe", slug="jane-doe")
    Attribution.objects.create(claim=claim, source=source)
    client.force_login(admin_user)
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert 'name="text"' in html
    for field in ("status", "verdict", "verdict_summary", "assignee", "version"):
        assert f'name="{field}"' not in html
    assert 'name="attributions-0-role"' not in html


# --- Locking -----------------------------------------------------------------------------------


def _stale(claim, by):
    read = claim.version
    services.edit_text(claim=claim, text="Someone saved first.", actor=by)
    return read


def test_merging_sources_from_a_stale_page_is_refused(client, claim, checker, other_checker):
    keep = Source.objects.create(name="Jane Doe", slug="jane-doe")
    dupe = Source.objects.create(name="J. Doe", slug="j-doe")
    Attribution.objects.create(claim=claim, source=dupe)
    read = _stale(claim, other_checker)
    with pytest.raises(StaleVersion):
        services.merge_sources(keep=keep, duplicate=dupe, actor=checker, claim=claim, expected_version=read)
    client.force_login(checker)
    response = client.post(
        reverse("desk:merge_sources", args=[claim.pk]),
        {"keep": keep.pk, "duplicate": dupe.pk, "version": read},
    )
    assert response.status_code == 409
    assert Source.objects.get(pk=dupe.pk).merged_into is None


def test_adding_a_reference_from_a_stale_page_is_refused_everywhere(client, claim, checker, other_checker):
    read = _stale(claim, other_checker)
    with pytest.raises(StaleVersion):
        services.add_reference(claim=claim, title="Memo", kind="other", actor=checker, expected_version=read)
    client.force_login(checker)
    response = client.post(
        reverse("desk:add_reference", args=[claim.pk]), {"title": "Memo", "kind": "other", "version": read}
    )
    assert response.status_code == 409
    api = token_client(checker).post(
        f"/api/v1/desk/claims/{claim.pk}/references/", {"title": "Memo", "kind": "other", "version": read}
    )
    assert api.status_code == 409
    assert not claim.references.exists()


def test_public_evidence_from_a_stale_page_is_refused(claim, checker, other_checker):
    read = _stale(claim, other_checker)
    with pytest.raises(StaleVersion):
        services.add_evidence(claim=claim, text="Table.", actor=checker, expected_version=read)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_version_is_checked_under_the_row_lock(postgres_required, claim, checker, other_checker):
    """A save that read version N waits for a concurrent save holding the lock, then is refused:
    the check is made inside the transaction, not before it."""
    read = claim.version
    locked, outcome = threading.Event(), {}

    def second_save():
        locked.wait(5)
        try:
            services.edit_text(claim=claim, text="Second.", actor=other_checker, expected_version=read)
            outcome["result"] = "saved"
        except StaleVersion:
            outcome["result"] = "stale"
        finally:
            connection.close()

    worker = threading.Thread(target=second_save)
    worker.start()
    with transaction.atomic():
        Claim.objects.select_for_update().get(pk=claim.pk)
        locked.set()
        worker.join(0.5)  # it is now blocked on our row lock
        assert worker.is_alive()
        services.edit_text(claim=claim, text="First.", actor=checker, expected_version=read)
    worker.join(10)
    assert outcome["result"] == "stale"
    assert Claim.objects.get(pk=claim.pk).text == "First."
