"""Two people edit the same claim: the second save is refused, shows what changed, keeps their text."""

import pytest
from django.urls import reverse

from claims import services
from tests.desk.helpers import attribute, htmx, source

pytestmark = pytest.mark.django_db


def edit_url(claim):
    return reverse("desk:edit_text", args=[claim.pk])


def test_second_text_save_is_refused_with_409_and_keeps_what_they_typed(
    client, checker, other_checker, claim
):
    services.edit_text(claim=claim, text="First person's wording.", actor=other_checker, expected_version=1)
    client.force_login(checker)
    response = client.post(edit_url(claim), {"text": "Second person's wording.", "version": 1})
    assert response.status_code == 409
    html = response.content.decode()
    assert "changed by someone else" in html
    assert "Second person&#x27;s wording.</textarea>" in html
    # What changed: who, and from what to what.
    assert "checker2" in html
    assert "First person&#x27;s wording." in html
    claim.refresh_from_db()
    assert claim.text == "First person's wording."


def test_conflict_over_htmx_is_409_with_the_section_only(client, checker, other_checker, claim):
    services.change_status(claim=claim, to="in_progress", actor=other_checker, expected_version=1)
    client.force_login(checker)
    response = client.post(edit_url(claim), {"text": "Mine", "version": 1}, **htmx("section-text"))
    assert response.status_code == 409
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="section-text"')
    assert "Mine</textarea>" in html
    assert "What changed since you opened this claim" in html
    assert "HX-Trigger" not in response


def test_saving_again_after_seeing_the_conflict_goes_through(client, checker, other_checker, claim):
    services.edit_text(claim=claim, text="Theirs", actor=other_checker, expected_version=1)
    client.force_login(checker)
    refused = client.post(edit_url(claim), {"text": "Mine", "version": 1})
    assert 'name="version" value="2"' in refused.content.decode()
    again = client.post(edit_url(claim), {"text": "Mine", "version": 2})
    assert again.status_code == 302
    claim.refresh_from_db()
    assert claim.text == "Mine"


def test_stale_status_change_is_refused(client, checker, other_checker, claim):
    services.assign(claim=claim, assignee=other_checker, actor=other_checker, expected_version=1)
    client.force_login(checker)
    response = client.post(
        reverse("desk:status", args=[claim.pk]),
        {"to": "dismissed", "dismiss_reason": "other", "note": "my long reason", "version": 1},
    )
    assert response.status_code == 409
    assert "my long reason</textarea>" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "unreviewed"


def test_stale_verdict_keeps_the_typed_summary(client, checker, other_checker, claim):
    services.add_evidence(claim=claim, text="evidence", actor=other_checker)
    claim.refresh_from_db()
    read = claim.version
    services.edit_text(claim=claim, text="Reworded", actor=other_checker, expected_version=read)
    client.force_login(checker)
    response = client.post(
        reverse("desk:verdict", args=[claim.pk]),
        {"verdict": "false", "summary": "My careful summary", "version": read},
    )
    assert response.status_code == 409
    assert "My careful summary</textarea>" in response.content.decode()


def test_stale_attribution_change_is_refused(client, checker, other_checker, claim):
    attribution = attribute(claim, source("Jane Doe"))
    services.edit_text(claim=claim, text="Reworded", actor=other_checker, expected_version=1)
    client.force_login(checker)
    response = client.post(
        reverse("desk:remove_attribution", args=[claim.pk, attribution.pk]), {"version": 1}
    )
    assert response.status_code == 409
    assert claim.attributions.exists()


def test_attribution_change_moves_the_version_so_a_stale_text_save_is_refused(
    client, checker, other_checker, claim
):
    services.add_attribution(
        claim=claim, source=source("Jane Doe"), role="said", actor=other_checker, expected_version=1
    )
    client.force_login(checker)
    response = client.post(edit_url(claim), {"text": "Mine", "version": 1})
    assert response.status_code == 409
    assert "Attribution" in response.content.decode()


def test_an_added_internal_note_does_not_block_a_text_save(client, checker, other_checker, claim):
    services.add_note(claim=claim, text="A note", actor=other_checker)
    client.force_login(checker)
    assert client.post(edit_url(claim), {"text": "Mine", "version": 1}).status_code == 302
