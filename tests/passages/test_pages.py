"""The desk's passages section and its two actions, the archived copy marked at a passage, and
"What the source says" on the reader's page once an editor publishes."""

import pytest
from django.urls import reverse

from claims import services
from claims.passages.models import Passage, PassageSearch
from claims.workflow import Status

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def captured(toll_claim, capture):
    claim, attribution, reference = toll_claim
    snapshot = capture(reference)
    best = PassageSearch.objects.get(claim=claim, snapshot=snapshot).passages.get(rank=1)
    return claim, attribution, snapshot, best


def test_the_desk_loads_the_passages_section_on_its_own(client, checker, captured):
    claim, *_ = captured
    client.force_login(checker)
    page = client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert f'hx-get="{reverse("desk:passages", args=[claim.pk])}"' in page


def test_the_best_passage_is_highlighted_in_its_context(client, checker, captured):
    claim, attribution, snapshot, best = captured
    client.force_login(checker)
    html = client.get(reverse("desk:passages", args=[claim.pk]), **HTMX).content.decode()
    quote = snapshot.text[best.start : best.end]
    assert f'<mark class="found">{quote}</mark>' in html
    assert "May contradict the claim" in html
    assert f"?passage={best.start}-{best.end}#passage" in html
    assert "Confirms this attribution" in html


def test_confirming_from_the_desk_records_the_passage(client, checker, captured):
    claim, attribution, snapshot, best = captured
    client.force_login(checker)
    response = client.post(
        reverse("desk:confirm_attribution", args=[claim.pk, attribution.pk]),
        {"passage": best.pk, "version": claim.version},
        **HTMX,
    )
    assert response.status_code == 200
    attribution.refresh_from_db()
    assert attribution.verification == "confirmed"
    assert attribution.evidence.quote == snapshot.text[best.start : best.end]
    assert "claimVersion" in response["HX-Trigger"]


def test_a_stale_confirmation_gets_409_and_nothing_changes(client, checker, captured):
    claim, attribution, _, best = captured
    client.force_login(checker)
    response = client.post(
        reverse("desk:confirm_attribution", args=[claim.pk, attribution.pk]),
        {"passage": best.pk, "version": claim.version - 1 or 99},
        **HTMX,
    )
    assert response.status_code == 409
    attribution.refresh_from_db()
    assert attribution.verification == "unconfirmed"


def test_a_passage_of_another_claim_is_refused(client, checker, captured, make_claim):
    claim, attribution, snapshot, best = captured
    other = make_claim(text="Something else.")
    search = PassageSearch.objects.create(
        claim=other, snapshot=snapshot, claim_text_sha="x", text_sha="y", engine="1"
    )
    foreign = Passage.objects.create(search=search, rank=1, start=0, end=5, score=1)
    client.force_login(checker)
    response = client.post(
        reverse("desk:confirm_attribution", args=[claim.pk, attribution.pk]),
        {"passage": foreign.pk, "version": claim.version},
    )
    assert response.status_code == 422


def test_misattributed_from_the_desk_keeps_the_reason(client, checker, captured):
    claim, attribution, *_ = captured
    client.force_login(checker)
    response = client.post(
        reverse("desk:misattribute", args=[claim.pk, attribution.pk]),
        {f"mis-{attribution.pk}-reason": "She denied it.", f"mis-{attribution.pk}-version": claim.version},
    )
    assert response.status_code == 302
    attribution.refresh_from_db()
    assert attribution.verification == "misattributed"


def test_the_desk_archive_view_marks_the_passage(client, checker, captured):
    _, _, snapshot, best = captured
    client.force_login(checker)
    url = reverse("desk:snapshot", args=[snapshot.pk]) + f"?passage={best.start}-{best.end}"
    html = client.get(url).content.decode()
    assert '<mark class="archived-passage" id="passage" tabindex="-1">' in html


def test_a_span_outside_the_text_marks_nothing(client, checker, captured):
    _, _, snapshot, _ = captured
    client.force_login(checker)
    html = client.get(reverse("desk:snapshot", args=[snapshot.pk]) + "?passage=5-999999").content.decode()
    assert "archived-passage" not in html


def publish(claim, checker, editor):
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=checker)
    claim = services.set_verdict(
        claim=claim, verdict="false", summary="She said the opposite.", actor=checker
    )
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=checker)
    return services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor)


def test_readers_see_what_the_source_says_once_published(client, checker, editor, captured):
    claim, attribution, snapshot, best = captured
    services.confirm_attribution(
        attribution=attribution, snapshot=snapshot, start=best.start, end=best.end, actor=checker
    )
    claim = publish(claim, checker, editor)
    html = client.get(claim.get_public_url()).content.decode()
    assert "What the source says" in html
    assert "There is no plan to introduce a toll" in html
    link = reverse("archive:snapshot", args=[snapshot.pk]) + f"?passage={best.start}-{best.end}#passage"
    assert f'href="{link}"' in html
    archived = client.get(link.split("#")[0]).content.decode()
    assert '<mark class="archived-passage" id="passage"' in archived


def test_a_confirmation_after_publishing_reaches_readers_only_with_the_editor(
    client, checker, editor, captured
):
    claim, attribution, snapshot, best = captured
    claim = publish(claim, checker, editor)
    services.confirm_attribution(
        attribution=attribution, snapshot=snapshot, start=best.start, end=best.end, actor=checker
    )
    assert "What the source says" not in client.get(claim.get_public_url()).content.decode()


def test_misattributed_without_a_reason_is_refused_with_the_reason_shown(client, checker, captured):
    claim, attribution, *_ = captured
    client.force_login(checker)
    response = client.post(
        reverse("desk:misattribute", args=[claim.pk, attribution.pk]),
        {f"mis-{attribution.pk}-reason": "   ", f"mis-{attribution.pk}-version": claim.version},
        **HTMX,
    )
    assert response.status_code == 422
    assert "This field is required." in response.content.decode()
    attribution.refresh_from_db()
    assert attribution.verification == "unconfirmed"
