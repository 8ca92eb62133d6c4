import csv
import io

import pytest
from django.urls import reverse

from claims.workflow import Status

pytestmark = pytest.mark.django_db
DASHBOARD = "desk:dashboard"


def test_anonymous_goes_to_sign_in(client):
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_signed_in_outsider_gets_403(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse(DASHBOARD)).status_code == 403


def test_fact_checker_sees_figures_but_no_sign_off_actions(client, checker, make_claim):
    make_claim(status=Status.NEEDS_SIGNOFF, verdict="false", verdict_summary="No.")
    client.force_login(checker)
    html = client.get(reverse(DASHBOARD)).content.decode()
    assert "Claims by status" in html
    assert "Review and sign off" not in html
    assert "Recently published" not in html


def test_editor_sees_claims_waiting_for_sign_off_with_review_links(client, editor, make_claim):
    claim = make_claim(
        text="Waiting claim", status=Status.NEEDS_SIGNOFF, verdict="false", verdict_summary="No."
    )
    client.force_login(editor)
    html = client.get(reverse(DASHBOARD)).content.decode()
    assert "Waiting claim" in html
    assert reverse("desk:review", kwargs={"pk": claim.pk}) in html


def test_figures_link_to_the_filtered_queue(client, editor, make_claim, report):
    make_claim(status=Status.IN_PROGRESS)
    client.force_login(editor)
    html = client.get(reverse(DASHBOARD), {"report": report.slug}).content.decode()
    queue = reverse("desk:queue")
    assert f'href="{queue}?report={report.slug}&amp;status=in_progress"' in html
    assert f'href="{queue}?report={report.slug}&amp;age=0-1&amp;duplicates=0"' in html
    assert f'href="{queue}?report={report.slug}&amp;signoff=1"' in html


def test_dashboard_for_one_report_counts_only_its_claims(client, editor, make_claim, report):
    from reports.services import import_report

    other = import_report(text="Some other body text for a second report.", title="Other").report
    make_claim(status=Status.IN_PROGRESS)
    make_claim(status=Status.IN_PROGRESS, report=other, start=0, end=5)
    client.force_login(editor)
    response = client.get(reverse(DASHBOARD), {"report": report.slug})
    assert response.context["f"].total == 1
    assert client.get(reverse(DASHBOARD)).context["f"].total == 2


def test_unknown_report_is_404(client, editor):
    client.force_login(editor)
    assert client.get(reverse(DASHBOARD), {"report": "no-such-report"}).status_code == 404


def test_charts_are_accessible_svg_with_numbers_beside_them(client, editor, make_claim):
    make_claim(status=Status.IN_PROGRESS)
    client.force_login(editor)
    html = client.get(reverse(DASHBOARD)).content.decode()
    assert html.count('<svg class="chart" role="img" aria-labelledby=') == 4  # stuck, load, weeks, status
    assert '<title id="status-chart-title">Claims by status: Unreviewed 0, In progress 1,' in html
    assert '<title id="week-chart-title">Verdicts per week: week of' in html
    assert '<caption class="visually-hidden">Verdicts per week and median time to verdict</caption>' in html
    assert '<caption class="visually-hidden">Open claims per person, by status</caption>' in html
    assert '<caption class="visually-hidden">Stuck open claims by status</caption>' in html


def test_stuck_days_come_from_the_query_with_a_default(client, editor, make_claim):
    client.force_login(editor)
    assert client.get(reverse(DASHBOARD)).context["f"].stuck_days == 7
    assert client.get(reverse(DASHBOARD), {"stuck": "3"}).context["f"].stuck_days == 3
    assert client.get(reverse(DASHBOARD), {"stuck": "9999"}).context["f"].stuck_days == 7
    assert client.get(reverse(DASHBOARD), {"stuck": "0"}).context["f"].stuck_days == 1
    assert client.get(reverse(DASHBOARD), {"stuck": "x"}).context["f"].stuck_days == 7


def test_dashboard_escapes_claim_text(client, editor, make_claim):
    make_claim(
        text="<script>alert(1)</script>", status=Status.NEEDS_SIGNOFF, verdict="false", verdict_summary="x"
    )
    client.force_login(editor)
    html = client.get(reverse(DASHBOARD)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# --- CSV export --------------------------------------------------------------------------------------


def read_csv(response) -> list[dict]:
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_csv_export_has_the_claims_behind_the_filter(client, checker, make_claim):
    make_claim(text="in progress one", status=Status.IN_PROGRESS, assignee=checker)
    make_claim(text="unreviewed one")
    client.force_login(checker)
    response = client.get(reverse("desk:export_csv"), {"status": "in_progress"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert [r["text"] for r in rows] == ["in progress one"]
    assert rows[0]["assignee"] == "checker"
    assert rows[0]["status"] == "in_progress"


def test_csv_export_uses_the_queue_age_and_signoff_filters(client, checker, make_claim):
    make_claim(text="waiting", status=Status.NEEDS_SIGNOFF, verdict="true", verdict_summary="y")
    make_claim(text="fresh")
    client.force_login(checker)
    assert [r["text"] for r in read_csv(client.get(reverse("desk:export_csv"), {"signoff": "1"}))] == [
        "waiting"
    ]
    assert len(read_csv(client.get(reverse("desk:export_csv"), {"age": "0-1"}))) == 2


def test_csv_export_neutralises_spreadsheet_formulas(client, checker, make_claim):
    make_claim(text='=HYPERLINK("http://evil.example","click")')
    client.force_login(checker)
    rows = read_csv(client.get(reverse("desk:export_csv")))
    assert rows[0]["text"].startswith("'=")


def test_csv_export_needs_a_newsroom_role(client, outsider):
    assert client.get(reverse("desk:export_csv")).status_code == 302
    client.force_login(outsider)
    assert client.get(reverse("desk:export_csv")).status_code == 403


def test_dashboard_query_count_does_not_grow_with_claims(
    client, editor, make_claim, django_assert_max_num_queries
):
    client.force_login(editor)
    for i in range(3):
        make_claim(text=f"waiting {i}", status=Status.NEEDS_SIGNOFF, verdict="false", verdict_summary="x")
    with django_assert_max_num_queries(30) as few:
        client.get(reverse(DASHBOARD))
    for i in range(20):
        make_claim(text=f"more {i}", status=Status.NEEDS_SIGNOFF, verdict="true", verdict_summary="y")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse(DASHBOARD))


def test_report_choice_offers_the_latest_reports_and_the_one_shown(client, editor, report):
    from claims.filters import REPORT_CHOICES
    from reports.models import Report

    Report.objects.bulk_create(
        Report(title=f"Later report {i}", slug=f"later-{i}", body="Text.", content_hash=f"{i:064d}")
        for i in range(REPORT_CHOICES)
    )
    client.force_login(editor)
    html = client.get(reverse(DASHBOARD)).content.decode()
    assert html.count('<option value="later-') == REPORT_CHOICES
    assert f'value="{report.slug}"' not in html  # the oldest, beyond the latest 100
    html = client.get(reverse(DASHBOARD), {"report": report.slug}).content.decode()
    assert f'<option value="{report.slug}" selected>' in html
