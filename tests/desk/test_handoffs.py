"""Hand-offs you can't miss: the send-back banner (and when it ends), where each role lands after
signing in, the live sign-off count, and the per-person inbox."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim, InboxVisit
from claims.selectors.handoffs import pending_send_back, with_send_back
from claims.workflow import Status
from tests.conftest import DEMO_PASSWORD
from tests.desk.handoff_helpers import SEND_BACK_NOTE, ready_for_signoff, sent_back

pytestmark = pytest.mark.django_db


def is_sent_back(claim) -> bool:
    """Both readings of the definition agree: the queue's annotation and the desk's banner."""
    annotated = with_send_back(Claim.objects.filter(pk=claim.pk)).get().sent_back
    assert annotated == (pending_send_back(claim) is not None)
    return annotated


def desk_html(client, claim) -> str:
    response = client.get(reverse("desk:claim", args=[claim.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_sent_back_claim_shows_the_editors_note_as_a_banner(client, claim, checker, editor):
    sent_back(claim, checker, editor)
    client.force_login(checker)
    html = desk_html(client, claim)
    assert "sent-back-banner" in html
    assert "Sent back by editor" in html
    assert "The 40,000 figure needs the statistics office" in html
    # The banner comes first on the page, above the claim's own heading.
    assert html.index("sent-back-banner") < html.index("<h1>Claim #")


def test_claim_never_sent_back_has_no_banner(client, claim, checker):
    ready_for_signoff(claim, checker)
    client.force_login(checker)
    assert "sent-back-banner" not in desk_html(client, claim)
    assert not is_sent_back(claim)


def test_banner_stays_through_an_internal_note_and_an_assignment(client, claim, checker, editor):
    claim = sent_back(claim, checker, editor)
    services.add_note(claim=claim, text="Calling the office tomorrow.", actor=checker)
    claim = services.assign(claim=claim, assignee=checker, actor=editor)
    assert is_sent_back(claim)
    client.force_login(checker)
    assert SEND_BACK_NOTE[:30] in desk_html(client, claim)


def test_banner_stays_when_the_sending_editor_edits(claim, checker, editor):
    claim = sent_back(claim, checker, editor)
    services.edit_text(claim=claim, text="Official figures overstated new homes by 40,000.", actor=editor)
    claim.refresh_from_db()
    assert is_sent_back(claim)


def test_banner_ends_when_the_fact_checker_changes_the_verdict(client, claim, checker, editor):
    claim = sent_back(claim, checker, editor)
    services.set_verdict(claim=claim, verdict="mostly_false", summary="Closer to 12,000.", actor=checker)
    claim.refresh_from_db()
    assert not is_sent_back(claim)
    client.force_login(checker)
    assert "sent-back-banner" not in desk_html(client, claim)


def test_banner_ends_when_the_fact_checker_moves_the_claim(claim, checker, editor):
    claim = sent_back(claim, checker, editor)
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    assert not is_sent_back(claim)
    # Sent back a second time: the banner is back, with the new note.
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=editor, note="Still missing.")
    assert is_sent_back(claim)
    assert pending_send_back(claim).note == "Still missing."


def test_send_back_by_an_editor_whose_account_is_gone_ends_with_anyones_action(claim, checker, editor):
    claim = sent_back(claim, checker, editor)
    editor.delete()
    claim.refresh_from_db()
    assert is_sent_back(claim)
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    assert not is_sent_back(claim)


def test_editor_posting_a_fact_checker_edit_through_the_desk_clears_the_banner(
    client, claim, checker, editor
):
    claim = sent_back(claim, checker, editor)
    client.force_login(checker)
    response = client.post(
        reverse("desk:edit_text", args=[claim.pk]),
        {"text": "Official figures overstated new homes by 40,000.", "version": claim.version},
    )
    assert response.status_code == 302
    assert "sent-back-banner" not in desk_html(client, claim)


def test_queue_marks_a_sent_back_row(client, make_claim, checker, editor):
    back = sent_back(make_claim(text="Figures overstated new homes"), checker, editor)
    other = ready_for_signoff(make_claim(text="The minister resigned"), checker)
    client.force_login(checker)
    html = client.get(reverse("desk:queue")).content.decode()
    row = html[html.index(f'id="row-{back.pk}"') :]
    row = row[: row.index("</tr>")]
    assert "Sent back" in row
    other_row = html[html.index(f'id="row-{other.pk}"') :]
    assert "Sent back" not in other_row[: other_row.index("</tr>")]


# --- Landing after sign-in ------------------------------------------------------------------


def sign_in(client, username: str, next_url: str = ""):
    data = {"username": username, "password": DEMO_PASSWORD}
    url = reverse("login") + (f"?next={next_url}" if next_url else "")
    return client.post(url, data)


def test_editor_lands_on_the_dashboard(client, editor):
    response = sign_in(client, "editor")
    assert response.status_code == 302
    assert response["Location"] == reverse("desk:dashboard")


def test_fact_checker_lands_on_the_queue(client, checker):
    assert sign_in(client, "checker")["Location"] == reverse("desk:queue")


def test_sign_in_still_goes_to_next(client, editor, claim):
    target = reverse("desk:claim", args=[claim.pk])
    assert sign_in(client, "editor", target)["Location"] == target


def test_desk_home_sends_each_role_to_its_page(client, editor, checker):
    client.force_login(editor)
    assert client.get(reverse("desk:home"))["Location"] == reverse("desk:dashboard")
    client.force_login(checker)
    assert client.get(reverse("desk:home"))["Location"] == reverse("desk:queue")


# --- The sign-off count ---------------------------------------------------------------------


def test_signoff_count_counts_claims_waiting_for_signoff(client, make_claim, checker, editor):
    ready_for_signoff(make_claim(text="One"), checker)
    ready_for_signoff(make_claim(text="Two"), checker)
    make_claim(text="Three")
    client.force_login(editor)
    response = client.get(reverse("desk:signoff_count"))
    assert response.status_code == 200
    assert 'data-count="2"' in response.content.decode()
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_signoff_count_is_nothing_for_fact_checkers_and_strangers(client, checker, outsider):
    assert client.get(reverse("desk:signoff_count")).status_code == 204
    client.force_login(checker)
    assert client.get(reverse("desk:signoff_count")).status_code == 204


def test_navigation_polls_the_signoff_count_for_editors_only(client, editor, checker):
    client.force_login(editor)
    html = client.get(reverse("desk:queue")).content.decode()
    assert f'hx-get="{reverse("desk:signoff_count")}"' in html
    assert "every 10s" in html
    client.force_login(checker)
    assert reverse("desk:signoff_count") not in client.get(reverse("desk:queue")).content.decode()


# --- The inbox ------------------------------------------------------------------------------


def inbox_count(client) -> str:
    return client.get(reverse("desk:inbox_count")).content.decode()


def test_editor_inbox_lists_signoff_requests_by_others(client, make_claim, checker, editor):
    claim = ready_for_signoff(make_claim(text="Figures overstated new homes"), checker)
    client.force_login(editor)
    assert 'data-count="1"' in inbox_count(client)
    html = client.get(reverse("desk:inbox")).content.decode()
    assert "Sign-off requested" in html and "Figures overstated new homes" in html
    assert reverse("desk:review", args=[claim.pk]) in html


def test_fact_checker_inbox_lists_send_backs_of_their_claims_with_the_note(client, claim, checker, editor):
    sent_back(claim, checker, editor)
    client.force_login(checker)
    assert 'data-count="1"' in inbox_count(client)
    html = client.get(reverse("desk:inbox")).content.decode()
    assert "Sent back" in html and SEND_BACK_NOTE[:30] in html
    # A fact-checker is not asked for sign-off: their own request is not in their inbox.
    assert "Sign-off requested" not in html


def test_send_back_of_someone_elses_claim_is_not_in_my_inbox(client, claim, checker, other_checker, editor):
    sent_back(claim, checker, editor)
    client.force_login(other_checker)
    assert 'data-count="0"' in inbox_count(client)


def test_visiting_the_inbox_marks_its_events_seen(client, make_claim, checker, editor):
    ready_for_signoff(make_claim(text="First"), checker)
    client.force_login(editor)
    client.get(reverse("desk:inbox"))
    assert InboxVisit.objects.filter(user=editor).exists()
    assert 'data-count="0"' in inbox_count(client)
    html = client.get(reverse("desk:inbox")).content.decode()
    assert "Nothing new since your last visit." in html and "First" in html  # now under Earlier
    ready_for_signoff(make_claim(text="Second"), checker)
    assert 'data-count="1"' in inbox_count(client)


def test_inbox_needs_a_newsroom_role(client, outsider):
    response = client.get(reverse("desk:inbox"))
    assert response.status_code == 302 and reverse("login") in response["Location"]
    client.force_login(outsider)
    assert client.get(reverse("desk:inbox")).status_code == 403
    assert client.get(reverse("desk:inbox_count")).status_code == 204
