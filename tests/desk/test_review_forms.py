"""One vocabulary and consistent forms: the review page in the desk's words, errors beside their
field, every successful post redirected; a reference's URL set from the claim desk."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import StatusChange
from claims.workflow import Status
from sources.models import Reference
from tests.desk.helpers import htmx
from tests.factories import ReferenceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(claim, checker):
    services.add_evidence(claim=claim, text="Table 4 of the housing survey.", actor=checker)
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(claim=claim, verdict="mostly_true", summary="Close enough.", actor=checker)
    return services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)


def test_review_page_uses_the_desks_words_and_shows_no_version(client, editor, waiting):
    client.force_login(editor)
    html = client.get(reverse("desk:review", kwargs={"pk": waiting.pk})).content.decode()
    history = html[html.index('id="history-title"') :]
    assert "Unreviewed → In progress" in history and "In progress → Needs sign-off" in history
    assert "mostly_true" not in history and "Mostly true" in history
    assert "unreviewed →" not in html and "in_progress" not in history
    assert f"version {waiting.version}" not in html


def test_empty_send_back_note_shows_its_error_at_the_form_and_keeps_nothing_lost(client, editor, waiting):
    client.force_login(editor)
    url = reverse("desk:send_back", kwargs={"pk": waiting.pk})
    response = client.post(url, {"version": waiting.version, "note": "   "})
    html = response.content.decode()
    assert response.status_code == 422
    form = html[html.index('id="send-back-form"') :]
    form = form[: form.index("</form>")]
    assert 'id="id_send_back_note-error"' in form and "needs a note" in form
    assert 'aria-invalid="true"' in form
    assert 'role="alert" id="action-error"' not in html  # not at the top of the page


def test_every_review_action_redirects_on_success(client, editor, other_editor, waiting):
    client.force_login(editor)
    response = client.post(reverse("desk:publish", kwargs={"pk": waiting.pk}), {"version": waiting.version})
    assert response.status_code == 302
    waiting.refresh_from_db()
    response = client.post(
        reverse("desk:unpublish", kwargs={"pk": waiting.pk}), {"version": waiting.version, "note": "Wrong."}
    )
    assert response.status_code == 302


def test_claim_desk_sets_a_reference_url_and_redirects(client, checker, claim):
    reference = ReferenceFactory(title="The Planet's report")
    reference.claims.add(claim)
    client.force_login(checker)
    url = reverse("desk:claim_reference_url", kwargs={"pk": claim.pk, "reference_pk": reference.pk})
    response = client.post(
        url,
        {
            f"ref-{reference.pk}-version": claim.version,
            f"ref-{reference.pk}-url": "https://example.org/planet",
        },
    )
    assert response.status_code == 302 and response["Location"] == claim.get_absolute_url()
    reference.refresh_from_db()
    assert reference.url == "https://example.org/planet"
    assert reference.capture_state == Reference.Capture.QUEUED
    assert claim.history.filter(
        field=StatusChange.Field.REFERENCE, to_value="https://example.org/planet"
    ).exists()


def test_claim_desk_reference_url_refusal_sits_beside_the_field(client, checker, claim):
    reference = ReferenceFactory(title="The Planet's report")
    reference.claims.add(claim)
    client.force_login(checker)
    url = reverse("desk:claim_reference_url", kwargs={"pk": claim.pk, "reference_pk": reference.pk})
    data = {f"ref-{reference.pk}-version": claim.version, f"ref-{reference.pk}-url": "ftp://example.org/x"}
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 422
    block = html[html.index(f'id="reference-{reference.pk}"') :]
    assert "is not a web address" in block[: block.index("</form>")]
    assert 'value="ftp://example.org/x"' in block
    assert Reference.objects.get(pk=reference.pk).url == ""


def test_claim_desk_reference_url_answers_htmx_with_the_section(client, checker, claim):
    reference = ReferenceFactory(title="The Planet's report")
    reference.claims.add(claim)
    client.force_login(checker)
    url = reverse("desk:claim_reference_url", kwargs={"pk": claim.pk, "reference_pk": reference.pk})
    data = {f"ref-{reference.pk}-version": claim.version, f"ref-{reference.pk}-url": "https://example.org/p"}
    response = client.post(url, data, **htmx("section-references"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="section-references"' in html and "Queued for archiving" in html and "Archive now" in html


def test_stale_reference_url_is_refused_with_409(client, checker, claim):
    reference = ReferenceFactory(title="The Planet's report")
    reference.claims.add(claim)
    client.force_login(checker)
    url = reverse("desk:claim_reference_url", kwargs={"pk": claim.pk, "reference_pk": reference.pk})
    data = {
        f"ref-{reference.pk}-version": claim.version - 1 or 99,
        f"ref-{reference.pk}-url": "https://example.org/p",
    }
    response = client.post(url, data)
    assert response.status_code == 409
    assert 'value="https://example.org/p"' in response.content.decode()


def test_sources_page_reference_url_refusal_keeps_what_was_typed(client, checker):
    reference = ReferenceFactory(title="Statement")
    client.force_login(checker)
    response = client.post(reverse("desk:reference_url", kwargs={"pk": reference.pk}), {"url": "not a url"})
    html = response.content.decode()
    assert response.status_code == 422
    assert 'id="reference-url-error"' in html and 'value="not a url"' in html


def test_claim_desk_says_what_blocks_publishing_until_a_url_is_set(client, checker, claim):
    reference = ReferenceFactory(title="The Planet's report")
    reference.claims.add(claim)
    client.force_login(checker)
    desk = reverse("desk:claim", kwargs={"pk": claim.pk})
    html = client.get(desk).content.decode()
    assert "Blocks publishing:" in html and "has no URL" in html
    url = reverse("desk:claim_reference_url", kwargs={"pk": claim.pk, "reference_pk": reference.pk})
    client.post(
        url,
        {f"ref-{reference.pk}-version": claim.version, f"ref-{reference.pk}-url": "https://example.org/p"},
    )
    html = client.get(desk).content.decode()
    assert "Blocks publishing:" not in html
    assert "not archived yet (queued)" in html
