"""The report view's card per highlight (claim, sources with roles, status), speakers' names marked
in the text, and a legend laid out as a legend."""

import pytest
from django.urls import reverse

from claims.workflow import Status
from desk.highlight import segments, speaker_spans
from tests.desk.helpers import attribute, source

pytestmark = pytest.mark.django_db


class Named:
    def __init__(self, name, aliases=()):
        self.name, self.aliases = name, list(aliases)


def test_speaker_names_are_cut_out_whole_and_longest_first():
    body = "John Roe said so. Roe repeated it; Roehampton did not."
    roe = Named("John Roe", aliases=["Roe"])
    spans = speaker_spans(body, [roe])
    assert [body[s:e] for s, e, _ in spans] == ["John Roe", "Roe"]
    parts = segments(body, [], speakers=spans)
    assert [p.text for p in parts if p.speaker] == ["John Roe", "Roe"]


def test_report_view_has_a_card_per_claim_with_sources_roles_and_status(client, checker, make_claim, report):
    claim = make_claim(text="The numbers were checked twice.", status=Status.IN_PROGRESS)
    attribute(claim, source("John Roe"), role="said")
    attribute(claim, source("The Daily Planet", kind="news_org"), role="reported")
    client.force_login(checker)
    html = client.get(reverse("desk:report", kwargs={"slug": report.slug})).content.decode()
    card = html[html.index(f'id="card-{claim.pk}"') :]
    card = card[: card.index("</div>")]
    assert 'role="tooltip"' in html
    assert "John Roe · said" in card and "The Daily Planet · reported" in card
    assert "In progress" in card and "The numbers were checked twice." in card
    assert f'aria-describedby="card-{claim.pk}"' in html
    assert 'src="/static/js/report.js"' in html


def test_speakers_are_marked_in_the_report_text(client, checker, make_claim, report):
    claim = make_claim(text="The numbers were checked twice.")
    attribute(claim, source("John Roe"), role="said")
    client.force_login(checker)
    html = client.get(reverse("desk:report", kwargs={"slug": report.slug})).content.decode()
    body = html[html.index('id="report-body"') :]
    assert '<span class="speaker">John Roe</span>' in body


def test_legend_is_a_list_of_samples_not_links(client, checker, report):
    client.force_login(checker)
    html = client.get(reverse("desk:report", kwargs={"slug": report.slug})).content.decode()
    legend = html[html.index('<section class="legend"') :]
    legend = legend[: legend.index("</section>")]
    assert "<a " not in legend
    assert legend.count('class="legend-item"') == 7
    assert "In progress" in legend and "a speaker" in legend
