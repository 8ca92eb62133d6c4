"""Extraction from the desk: a plain form post queues it (PRG), the report page then shows a progress
bar that htmx refreshes in place until the worker is done, and a second request meanwhile is refused."""

import re

import pytest
from django.urls import reverse

from claims.ingest import store_extraction
from claims.models import Claim
from claims.tasks import queue_extraction
from reports.models import Report

pytestmark = pytest.mark.django_db


def test_requesting_extraction_queues_it_and_comes_back_to_the_report(client, checker, report):
    client.force_login(checker)
    response = client.post(reverse("desk:report_extract", args=[report.slug]))
    assert response.status_code == 302
    assert response["Location"] == report.get_absolute_url() + "#extraction"
    report.refresh_from_db()
    assert report.extraction_state == Report.Extraction.QUEUED
    html = client.get(response["Location"]).content.decode()
    assert "Extraction queued" in html
    assert '<progress id="extraction-bar" max="100" value="0">' in html


def test_while_under_way_the_progress_bar_polls_itself_in_place(client, checker, report):
    queue_extraction(report=report)
    Report.objects.filter(pk=report.pk).update(
        extraction_state=Report.Extraction.RUNNING,
        extraction_progress=45,
        extraction_step="Reading the text: paragraph 2 of 4",
    )
    client.force_login(checker)
    html = client.get(reverse("desk:report_extraction", args=[report.slug])).content.decode()
    section = re.search(r"<section[^>]*id=\"extraction\"[^>]*>", html).group(0)
    assert f'hx-get="{reverse("desk:report_extraction", args=[report.slug])}"' in section
    assert 'hx-trigger="every 1s"' in section and 'hx-swap="outerHTML"' in section
    assert '<progress id="extraction-bar" max="100" value="45">' in html
    assert "Reading the text: paragraph 2 of 4" in html
    assert "<script" not in html


def test_once_done_it_stops_polling_and_says_what_was_stored(client, checker, report):
    queue_extraction(report=report)
    store_extraction(report=report)  # what the worker runs
    client.force_login(checker)
    html = client.get(reverse("desk:report_extraction", args=[report.slug])).content.decode()
    assert "hx-trigger" not in html and "<progress" not in html
    created = Claim.objects.filter(report=report).count()
    assert created > 0
    assert f"{created} new, 0 updated" in html
    assert f'href="{report.get_absolute_url()}"' in html


def test_a_second_request_while_one_is_queued_is_refused_in_words(client, checker, report):
    client.force_login(checker)
    client.post(reverse("desk:report_extract", args=[report.slug]))
    response = client.post(reverse("desk:report_extract", args=[report.slug]), follow=True)
    assert "already" in response.content.decode()
    assert Report.objects.get(pk=report.pk).extraction_state == Report.Extraction.QUEUED


def test_extraction_needs_a_newsroom_role(client, outsider, report):
    client.force_login(outsider)
    assert client.post(reverse("desk:report_extract", args=[report.slug])).status_code == 403
    assert client.get(reverse("desk:report_extraction", args=[report.slug])).status_code == 403
