"""Every dashboard figure against values worked out by hand on a fixture with controlled times."""

from datetime import timedelta

import pytest
from django.http import QueryDict
from django.utils import timezone

from claims.filters import filter_claims
from claims.models import Claim, StatusChange
from claims.selectors.dashboard import dashboard_figures
from reports.services import import_report
from sources.models import Reference

pytestmark = pytest.mark.django_db
DAY = timedelta(days=1)


def at(when):
    return {"created_at": when}


def history(claim, when, field, actor=None, to_value=""):
    change = StatusChange.objects.create(claim=claim, actor=actor, field=field, to_value=to_value)
    StatusChange.objects.filter(pk=change.pk).update(at=when)


@pytest.fixture
def world(make_claim, report, checker, other_checker, editor):
    """Report A (the fixture report) and B, seven claims, their history and four references.

    Hand-worked figures are in the tests below; times are relative to NOW.
    """
    now = timezone.now()
    other = import_report(text="Another report body. " * 20, title="Second report").report

    def claim(name, created_days_ago, **fields):
        c = make_claim(text=name, **fields)
        Claim.objects.filter(pk=c.pk).update(created_at=now - created_days_ago * DAY)
        return c

    c1 = claim("c1", 0.5, status="unreviewed")
    c2 = claim("c2", 3, status="in_progress", assignee=checker)
    c3 = claim("c3", 10, status="needs_signoff", verdict="false", verdict_summary="No.", assignee=checker)
    c4 = claim("c4", 20, status="published", verdict="true", verdict_summary="Yes.", assignee=other_checker)
    c5 = claim("c5", 1.5, status="dismissed", dismiss_reason="other")
    c6 = claim("c6", 1, status="in_progress", assignee=other_checker, report=other)
    c7 = claim("c7", 40, status="published", verdict="mixed", verdict_summary="Partly.", report=other)

    V, S = StatusChange.Field.VERDICT, StatusChange.Field.STATUS
    # c3: first work 9 days ago, verdict 8 days ago -> 24 h
    history(c3, now - 9 * DAY, S, checker)
    history(c3, now - 8 * DAY, V, checker, "false")
    # c4: first work 19 days ago, verdicts 16 and 15 days ago; the last counts -> 96 h
    history(c4, now - 19 * DAY, S, other_checker)
    history(c4, now - 16 * DAY, V, other_checker, "mostly_true")
    history(c4, now - 15 * DAY, V, other_checker, "true")
    history(c4, now - 14 * DAY, StatusChange.Field.CORRECTION, editor, "true")  # not a verdict reached
    # c7: a system entry (no person) first, then work 39 days ago, verdict 37 days ago -> 48 h
    history(c7, now - 40 * DAY, S, None)
    history(c7, now - 39 * DAY, S, checker)
    history(c7, now - 37 * DAY, V, checker, "mixed")
    # c2 has work but no verdict: not in the median
    history(c2, now - 2 * DAY, S, checker)

    failed = Reference.objects.create(title="r1", url="https://a.example/1", capture_state="failed")
    failed.claims.add(c1)
    troubled = Reference.objects.create(
        title="r2", url="https://a.example/2", capture_state="archived", page_changed=True, link_rot=True
    )
    troubled.claims.add(c4, c7)
    fine = Reference.objects.create(title="r3", url="https://a.example/3", capture_state="archived")
    fine.claims.add(c2)
    return {"now": now, "report": report, "other": other, "claims": [c1, c2, c3, c4, c5, c6, c7]}


def counts(figures):
    return {f.key: f.count for f in figures}


def test_claims_by_status_for_all_reports(world):
    f = dashboard_figures(now=world["now"])
    assert counts(f.by_status) == {
        "unreviewed": 1,
        "in_progress": 2,
        "needs_signoff": 1,
        "published": 2,
        "dismissed": 1,
    }
    assert f.total == 7


def test_claims_by_status_for_one_report(world):
    f = dashboard_figures(report=world["report"], now=world["now"])
    assert counts(f.by_status) == {
        "unreviewed": 1,
        "in_progress": 1,
        "needs_signoff": 1,
        "published": 1,
        "dismissed": 1,
    }


def test_claims_by_verdict(world):
    f = dashboard_figures(now=world["now"])
    assert counts(f.by_verdict) == {
        "true": 1,
        "mostly_true": 0,
        "mixed": 1,
        "mostly_false": 0,
        "false": 1,
        "unverifiable": 0,
        "none": 4,
    }


def test_open_claims_per_assignee(world):
    f = dashboard_figures(now=world["now"])
    assert counts(f.open_by_assignee) == {"checker": 2, "checker2": 1, "none": 1}
    assert dashboard_figures(report=world["other"], now=world["now"]).open_by_assignee[0].key == "checker2"


def test_backlog_age_buckets(world):
    f = dashboard_figures(now=world["now"])
    assert counts(f.backlog) == {"0-1": 2, "2-7": 1, "8+": 1}
    assert f.open_count == 4


def test_oldest_open_claim(world):
    f = dashboard_figures(now=world["now"])
    assert f.oldest.claim.text == "c3"
    assert f.oldest.days == 10


def test_median_time_from_first_work_to_verdict(world):
    f = dashboard_figures(now=world["now"])
    assert f.time_to_verdict.claims == 3
    assert f.time_to_verdict.median == timedelta(hours=48)  # of 24 h, 96 h, 48 h


def test_median_time_to_verdict_for_one_report(world):
    f = dashboard_figures(report=world["report"], now=world["now"])
    assert f.time_to_verdict.median == timedelta(hours=60)  # of 24 h and 96 h


def test_verdicts_per_day_over_the_last_30_days(world):
    f = dashboard_figures(now=world["now"])
    days = f.verdicts_per_day
    today = timezone.localdate(world["now"])
    assert len(days) == 30 and days[-1].day == today and days[0].day == today - 29 * DAY
    by_day = {d.day: d.count for d in days if d.count}
    now = world["now"]
    assert by_day == {
        timezone.localdate(now - 8 * DAY): 1,
        timezone.localdate(now - 16 * DAY): 1,
        timezone.localdate(now - 15 * DAY): 1,
    }
    assert f.verdicts_in_trend == 3  # the verdict 37 days ago is outside


def test_claims_waiting_for_signoff(world):
    f = dashboard_figures(now=world["now"])
    assert [c.text for c in f.signoff] == ["c3"]
    assert dashboard_figures(report=world["other"], now=world["now"]).signoff == []


def test_references_in_trouble(world):
    assert counts(dashboard_figures(now=world["now"]).references_in_trouble) == {
        "failed": 1,
        "page_changed": 1,
        "link_rot": 1,
    }
    assert counts(dashboard_figures(report=world["other"], now=world["now"]).references_in_trouble) == {
        "failed": 0,
        "page_changed": 1,
        "link_rot": 1,
    }


@pytest.mark.parametrize("scope", ["all", "report"])
def test_every_claim_figure_links_to_the_same_claims_in_the_queue(world, scope):
    report = world["report"] if scope == "report" else None
    f = dashboard_figures(report=report, now=world["now"])
    for figure in [*f.by_status, *f.by_verdict, *f.open_by_assignee, *f.backlog]:
        params = QueryDict(mutable=True)
        for key, value in [*f.scope, *figure.params]:
            params.appendlist(key, value)
        assert filter_claims(params).count() == figure.count, figure
    assert filter_claims(QueryDict("signoff=1&" + "&".join(f"{k}={v}" for k, v in f.scope))).count() == len(
        f.signoff
    )
