"""The claim page as readers read it: verdict block first, then the claim, why, evidence and references;
who checked and edited it; the claims disputing it; clean, dated corrections."""

import re

import pytest
from django.urls import reverse

from claims import services
from claims.models import Byline, ClaimRelation
from claims.workflow import Status
from tests.public.conftest import correct, publish

pytestmark = pytest.mark.django_db


def visible_text(html: str) -> str:
    body = html.split("<body", 1)[1]
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    text = " ".join(re.sub(r"<[^>]+>", " ", body).split())
    return re.sub(r" ([.,:;])", r"\1", text)


def test_verdict_block_comes_first_with_the_rating_in_words_and_its_meaning(client, published_claim):
    html = client.get(published_claim.get_public_url()).content.decode()
    block = html.split('<section class="verdict-block verdict-block-false"', 1)[1].split("</section>", 1)[0]
    assert '<span class="verdict-word">False</span>' in block
    assert "The claim is not accurate." in block
    assert 'href="/methodology/#verdict-false"' in block
    order = [
        html.index("verdict-block-false"),
        html.index('<blockquote class="passage">'),
        html.index("Why</h2>"),
        html.index("Evidence</h2>"),
        html.index("References</h2>"),
    ]
    assert order == sorted(order)


def test_methodology_lists_every_rating_with_its_meaning_and_an_anchor(client):
    html = client.get(reverse("public:methodology")).content.decode()
    assert 'id="scale"' in html
    for value, word, meaning in [
        ("true", "True", "The claim is accurate and nothing important is missing."),
        ("mixed", "Mixed", "The claim is partly accurate and partly not."),
        ("unverifiable", "Unverifiable", "The evidence available does not allow us to say"),
    ]:
        row = html.split(f'id="verdict-{value}"', 1)[1].split("</div>", 1)[0]
        assert word in row and meaning in row


def test_byline_credits_the_checker_and_the_editor_by_their_bylines(client, claim, checker, editor):
    Byline.objects.create(user=checker, name="Ana Checker")
    editor.first_name, editor.last_name = "Eddie", "Tor"
    editor.save()
    claim = publish(claim, checker=checker, editor=editor)
    html = client.get(claim.get_public_url()).content.decode()
    assert (
        'Checked by <span class="credit">Ana Checker</span>, edited by <span class="credit">Eddie Tor</span>.'
        in html
    )


def test_byline_falls_back_to_the_desk_name_never_a_login_name(client, claim, checker, editor, settings):
    settings.DESK_NAME = "The Night Desk"
    claim = publish(claim, checker=checker, editor=editor)
    text = visible_text(client.get(claim.get_public_url()).content.decode())
    assert "Checked by The Night Desk, edited by The Night Desk." in text
    assert not re.search(r"\b(checker|editor)\b", text)


def test_a_desk_name_chosen_later_shows_on_pages_already_published(client, claim, checker, editor):
    claim = publish(claim, checker=checker, editor=editor)
    first = client.get(claim.get_public_url())
    Byline.objects.create(user=checker, name="The Housing Desk")
    again = client.get(claim.get_public_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert 'Checked by <span class="credit">The Housing Desk</span>' in again.content.decode()


def test_the_checker_credited_is_who_set_the_verdict_not_the_publisher(claim, checker, editor):
    claim = publish(claim, checker=checker, editor=editor)
    version = claim.public_version
    assert (version.checked_by, version.published_by) == (checker, editor)


def test_page_shows_when_it_was_published_and_last_updated(client, published_claim, editor, other_editor):
    html = client.get(published_claim.get_public_url()).content.decode()
    assert "Published <time" in html and "Last updated" not in html
    claim = correct(
        published_claim,
        by=editor,
        publisher=other_editor,
        verdict="mixed",
        summary="Partly.",
        note="New data",
    )
    html = client.get(claim.get_public_url()).content.decode()
    updated = claim.public_version.published_at
    assert f'Last updated <time datetime="{updated.isoformat()}">' in html


def test_a_correction_is_dated_once_at_the_top_and_never_doubles_its_full_stop(
    client, published_claim, editor, other_editor
):
    claim = correct(
        published_claim,
        by=editor,
        publisher=other_editor,
        verdict="true",
        summary="It was right after all.",
        note="Re-checked against the new table.",
    )
    html = client.get(claim.get_public_url()).content.decode()
    assert html.count('class="correction-notice"') == 1
    notice = html.split('class="correction-notice"', 1)[1].split("</aside>", 1)[0]
    assert "Correction, <time" in notice
    assert "The verdict was corrected from “False” to “True”. Re-checked against the new table." in notice
    assert ".." not in visible_text(html)
    assert "<strong>" not in html.split('id="updates-title"', 1)[1]


def test_disputed_by_links_the_published_claims_that_contradict_it(
    client, make_claim, checker, editor, other_editor
):
    claim = publish(make_claim(text="Figures were overstated."), checker=checker, editor=editor)
    rival = publish(make_claim(text="Figures were accurate."), checker=checker, editor=editor, verdict="true")
    draft = make_claim(text="Unpublished rival")
    first = client.get(claim.get_public_url())
    ClaimRelation.objects.create(from_claim=rival, to_claim=claim, kind=ClaimRelation.Kind.CONTRADICTS)
    ClaimRelation.objects.create(from_claim=claim, to_claim=draft, kind=ClaimRelation.Kind.CONTRADICTS)
    ClaimRelation.objects.create(from_claim=claim, to_claim=rival, kind=ClaimRelation.Kind.SUPPORTS)
    again = client.get(claim.get_public_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    block = again.content.decode().split('class="disputed-by"', 1)[1].split("</div>", 1)[0]
    assert f'<a href="{rival.get_public_url()}">Figures were accurate.</a>' in block
    assert "Unpublished rival" not in block
    assert block.count("<li>") == 1
    # and the other way round: the rival is disputed by the claim
    rival_html = client.get(rival.get_public_url()).content.decode()
    assert f'<a href="{claim.get_public_url()}">Figures were overstated.</a>' in rival_html


def test_disputed_by_disappears_when_the_other_claim_is_unpublished(
    client, make_claim, checker, editor, other_editor
):
    claim = publish(make_claim(text="Figures were overstated."), checker=checker, editor=editor)
    rival = publish(make_claim(text="Figures were accurate."), checker=checker, editor=editor, verdict="true")
    ClaimRelation.objects.create(from_claim=claim, to_claim=rival, kind=ClaimRelation.Kind.CONTRADICTS)
    assert "Figures were accurate." in client.get(claim.get_public_url()).content.decode()
    services.change_status(claim=rival, to=Status.IN_PROGRESS, actor=editor, note="Withdrawn to recheck")
    assert "Figures were accurate." not in client.get(claim.get_public_url()).content.decode()


def test_a_claim_without_attribution_is_credited_to_the_report(client, published_claim):
    html = client.get(published_claim.get_public_url()).content.decode()
    assert "The Test Times stated this in its own voice, without attributing it to anyone." in html


def test_a_report_link_that_is_not_http_is_never_a_link(client, published_claim, report):
    type(report).objects.filter(pk=report.pk).update(url="javascript:alert(1)")
    for url in (published_claim.get_public_url(), reverse("public:report", kwargs={"slug": report.slug})):
        html = client.get(url).content.decode()
        assert "javascript:" not in html, url
        assert "Read the original report" not in html, url


def test_the_corrections_page_lists_a_correction_cleanly(client, published_claim, editor, other_editor):
    correct(
        published_claim,
        by=editor,
        publisher=other_editor,
        verdict="true",
        summary="Right after all.",
        note="Ministry data revised.",
    )
    text = visible_text(client.get(reverse("public:corrections")).content.decode())
    assert "The minister resigned on Monday. — Verdict corrected. Ministry data revised." in text
    assert ".." not in text
