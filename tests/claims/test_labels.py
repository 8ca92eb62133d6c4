"""One set of icons and words for statuses and verdicts, defined once and used by desk and readers."""

import re
from pathlib import Path

import pytest
from django.template import Context, Template

from claims.labels import STATUSES, VERDICTS
from claims.workflow import Status, Verdict

ROOT = Path(__file__).resolve().parents[2]
ICONS = [label.icon for label in (*STATUSES.values(), *VERDICTS.values())]


def test_every_status_and_verdict_has_a_word_an_icon_and_a_meaning():
    assert set(STATUSES) == set(Status.values)
    assert set(VERDICTS) == set(Verdict.values)
    for label in (*STATUSES.values(), *VERDICTS.values()):
        assert label.word and label.icon and label.meaning, label


def test_no_icon_means_two_things():
    assert len(ICONS) == len(set(ICONS))


def test_the_words_are_the_workflows_own():
    assert [v.word for v in VERDICTS.values()] == [label for _, label in Verdict.choices]
    assert [s.word for s in STATUSES.values()] == [label for _, label in Status.choices]


def test_share_card_colours_are_the_stylesheets_verdict_colours():
    css = (ROOT / "static" / "css" / "app.css").read_text()
    for value, label in VERDICTS.items():
        found = re.search(rf"--v-{value}:\s*(#[0-9a-fA-F]{{6}})", css)
        assert found and found.group(1).lower() == label.colour.lower(), value


def test_no_template_spells_out_a_status_or_verdict_icon():
    """Templates ask the `labels` tags; an icon typed into a template would be a second definition."""
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        if "reference_state" in path.name or "reference_detail" in path.name:
            continue  # archive capture states: a vocabulary of their own (sources)
        text = path.read_text()
        offenders += [f"{path.relative_to(ROOT)}: {icon}" for icon in ICONS if icon != "?" and icon in text]
    assert offenders == []


@pytest.mark.parametrize(
    ("source", "html"),
    [
        (
            "{% status_badge 'in_progress' %}",
            '<span class="badge status-in_progress"><span aria-hidden="true">◐</span> In progress</span>',
        ),
        (
            "{% verdict_badge 'mixed' %}",
            '<span class="badge verdict verdict-mixed"><span aria-hidden="true">±</span> Mixed</span>',
        ),
        ("{{ 'false'|verdict_meaning }}", "The claim is not accurate."),
        ("{{ 'needs_signoff'|status_icon }} {{ 'needs_signoff'|status_word }}", "⚑ Needs sign-off"),
    ],
)
def test_the_labels_tags_render_an_icon_and_a_word(source, html):
    assert Template("{% load labels %}" + source).render(Context()) == html


@pytest.mark.django_db
def test_desk_and_reader_pages_show_the_same_icon_and_word(client, claim, checker, editor):
    from claims import services
    from tests.public.conftest import publish

    claim = publish(claim, checker=checker, editor=editor, verdict="mixed")
    reader = client.get(claim.get_public_url()).content.decode()
    client.force_login(checker)
    desk = client.get(f"/desk/claims/{claim.pk}/").content.decode()
    mixed = '<span aria-hidden="true">±</span> Mixed'
    assert mixed in desk
    assert (
        '<span class="verdict-icon" aria-hidden="true">±</span> <span class="verdict-word">Mixed</span>'
        in reader
    )
    services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=editor, note="Rechecking")
    queue = client.get("/desk/queue/").content.decode()
    assert '<span aria-hidden="true">◐</span> In progress' in queue
