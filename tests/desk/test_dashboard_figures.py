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


def test_verdicts_per_week_over_12_weeks(world):
    f = dashboard_figures(now=world["now"])
    weeks = f.weeks
    today = timezone.localdate(world["now"])
    this_monday = today - timedelta(days=today.weekday())
    assert (
        len(weeks) == 12 and weeks[-1].start == this_monday and weeks[0].start == this_monday - 11 * 7 * DAY
    )

    def monday(delta):
        day = timezone.localdate(world["now"] - delta)
        return day - timedelta(days=day.weekday())

    expected = {}
    for delta in (8 * DAY, 16 * DAY, 15 * DAY, 37 * DAY):
        expected[monday(delta)] = expected.get(monday(delta), 0) + 1
    assert {w.start: w.verdicts for w in weeks if w.verdicts} == expected
    assert f.verdicts_in_trend == 4


def test_median_time_to_verdict_per_week(world):
    weeks = {w.start: w.median for w in dashboard_figures(now=world["now"]).weeks}
    day = timezone.localdate(world["now"] - 8 * DAY)
    assert weeks[day - timedelta(days=day.weekday())] == timedelta(hours=24)  # c3


def test_a_verdict_older_than_12_weeks_is_outside_the_throughput(world):
    c7 = world["claims"][6]
    StatusChange.objects.filter(claim=c7).update(at=world["now"] - 100 * DAY)
    f = dashboard_figures(now=world["now"])
    assert f.verdicts_in_trend == 3
    assert f.time_to_verdict.claims == 2


def test_claims_waiting_for_signoff(world):
    f = dashboard_figures(now=world["now"])
    assert [c.text for c in f.signoff] == ["c3"]
    assert dashboard_figures(report=world["other"], now=world["now"]).signoff == []


def test_references_in_trouble(world):
    assert counts(dashboard_figures(now=world["now"]).references_in_trouble) == {
        "failed": 1,
        "retrying": 0,
        "stuck": 0,
        "page_changed": 1,
        "link_rot": 1,
    }
    assert counts(dashboard_figures(report=world["other"], now=world["now"]).references_in_trouble) == {
        "failed": 0,
        "retrying": 0,
        "stuck": 0,
        "page_changed": 1,
        "link_rot": 1,
    }


def test_failing_and_stuck_captures_are_references_in_trouble(world):
    now = world["now"]
    c2 = world["claims"][1]
    retrying = Reference.objects.create(
        title="r4", url="https://a.example/4", capture_state="retrying", next_attempt_at=now + DAY
    )
    stuck = Reference.objects.create(
        title="r5",
        url="https://a.example/5",
        capture_state="fetching",
        state_changed_at=now - DAY,
        capture_sent_at=now - DAY,
    )
    queued_now = Reference.objects.create(
        title="r6",
        url="https://a.example/6",
        capture_state="queued",
        state_changed_at=now,
        capture_sent_at=now,
    )
    for reference in (retrying, stuck, queued_now):
        reference.claims.add(c2)
    figures = counts(dashboard_figures(report=world["report"], now=now).references_in_trouble)
    assert (figures["retrying"], figures["stuck"]) == (1, 1)


def test_stuck_claims_by_status_after_n_days(world):
    now = world["now"]
    c1, c2, c3, *_ = world["claims"]
    Claim.objects.filter(pk=c1.pk).update(updated_at=now - 2 * DAY)
    Claim.objects.filter(pk=c2.pk).update(updated_at=now - 9 * DAY)
    Claim.objects.filter(pk=c3.pk).update(updated_at=now - 30 * DAY)
    f = dashboard_figures(now=now)
    assert counts(f.stuck) == {"unreviewed": 0, "in_progress": 1, "needs_signoff": 1}
    assert counts(dashboard_figures(now=now, stuck_days=1).stuck) == {
        "unreviewed": 1,
        "in_progress": 1,
        "needs_signoff": 1,
    }


def test_load_per_person_by_status(world):
    load = {row.key: counts(row.counts) for row in dashboard_figures(now=world["now"]).load}
    assert load == {
        "checker": {"unreviewed": 0, "in_progress": 1, "needs_signoff": 1},
        "checker2": {"unreviewed": 0, "in_progress": 1, "needs_signoff": 0},
        "none": {"unreviewed": 1, "in_progress": 0, "needs_signoff": 0},
    }


def test_duplicates_are_left_out_of_the_backlog(world, make_claim):
    now = world["now"]
    original = world["claims"][1]
    duplicate = make_claim(text="dup", status="in_progress", duplicate_of=original)
    Claim.objects.filter(pk=duplicate.pk).update(created_at=now - 90 * DAY, updated_at=now - 90 * DAY)
    f = dashboard_figures(now=now)
    assert f.oldest.claim.text == "c3"  # not the 90-day-old duplicate
    assert counts(f.backlog) == {"0-1": 2, "2-7": 1, "8+": 1}
    assert f.stuck_count == 0
    assert sum(row.count for row in f.load) == 4


@pytest.mark.parametrize("scope", ["all", "report"])
def test_every_claim_figure_links_to_the_same_claims_in_the_queue(world, scope):
    report = world["report"] if scope == "report" else None
    now = world["now"]
    c1, c2, c3, *_ = world["claims"]
    Claim.objects.filter(pk=c2.pk).update(updated_at=now - 9 * DAY)
    Claim.objects.filter(pk=c3.pk).update(updated_at=now - 30 * DAY)
    f = dashboard_figures(report=report, now=now)
    assert f.stuck_count > 0
    cells = [cell for row in f.load for cell in row.counts]
    for figure in [*f.by_status, *f.by_verdict, *f.open_by_assignee, *f.backlog, *f.stuck, *cells]:
        params = QueryDict(mutable=True)
        for key, value in [*f.scope, *figure.params]:
            params.appendlist(key, value)
        assert filter_claims(params).count() == figure.count, figure
    assert filter_claims(QueryDict("signoff=1&" + "&".join(f"{k}={v}" for k, v in f.scope))).count() == len(
        f.signoff
    )
