"""The tallies PostgreSQL keeps for the all-reports dashboard (migration 0014) stay equal to a
recount of the claims whatever writes them, and the dashboard's figures read from them equal the
live figures, boundary days included (PostgreSQL; skipped on SQLite unless services are required)."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection, connections, transaction

from claims.models import Claim, ClaimRelation
from claims.selectors.dashboard import dashboard_figures
from claims.services.assignment import assign
from claims.services.relations import add_relation
from claims.services.status import change_status
from claims.workflow import Status

pytestmark = [pytest.mark.postgres]

BACKLOG = "status IN ('unreviewed', 'in_progress', 'needs_signoff') AND duplicate_of_id IS NULL"
DAY = "({} AT TIME ZONE 'UTC')::date"
RECOUNTS = {
    "claims_tally_total": "SELECT status, verdict, count(*) FROM claims_claim GROUP BY 1, 2",
    "claims_tally_load": f"SELECT coalesce(assignee_id, 0), status, count(*) FROM claims_claim "
    f"WHERE {BACKLOG} GROUP BY 1, 2",
    "claims_tally_created": f"SELECT status, {DAY.format('created_at')}, count(*) FROM claims_claim "
    f"WHERE {BACKLOG} GROUP BY 1, 2",
    "claims_tally_updated": f"SELECT status, {DAY.format('updated_at')}, count(*) FROM claims_claim "
    f"WHERE {BACKLOG} GROUP BY 1, 2",
}


@pytest.fixture(autouse=True)
def _postgres(postgres_required):
    pass


def rows(sql: str) -> set[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return set(cursor.fetchall())


def assert_tallies_match_a_recount() -> None:
    for table, recount in RECOUNTS.items():
        kept = rows(f"SELECT * FROM {table} WHERE n <> 0")
        assert kept == rows(recount), table


def bulk(report, count: int, *, start: int = 0, **fields) -> list[Claim]:
    return Claim.objects.bulk_create(
        Claim(report=report, text=f"claim {i}", start=0, end=10, slug=f"bulk-{start + i}", **fields)
        for i in range(start, start + count)
    )


@pytest.mark.django_db
def test_tallies_equal_a_recount_after_every_kind_of_write(report, make_claim, checker, editor):
    assert_tallies_match_a_recount()  # the migration's backfill of an empty table
    made = bulk(report, 30) + bulk(report, 5, start=30, status=Status.DISMISSED, dismiss_reason="duplicate")
    assert_tallies_match_a_recount()
    first, second, third, fourth = made[:4]
    assign(claim=first, assignee=checker, actor=editor)
    assign(claim=second, assignee=checker, actor=editor)
    change_status(claim=first, to=Status.IN_PROGRESS, actor=checker)
    change_status(claim=third, to=Status.DISMISSED, actor=editor, dismiss_reason="not_checkworthy")
    assert_tallies_match_a_recount()
    add_relation(claim=fourth, to_claim=second, kind=ClaimRelation.Kind.DUPLICATE_OF, actor=editor)
    assert Claim.objects.get(pk=fourth.pk).duplicate_of_id == second.pk
    make_claim(text="One more, saved one at a time.", assignee=checker)
    assert_tallies_match_a_recount()
    Claim.objects.filter(pk__in=[c.pk for c in made[10:15]]).delete()
    second.delete()  # its duplicate is set free (SET NULL): an UPDATE the trigger counts too
    assert_tallies_match_a_recount()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE claims_claim SET status = 'needs_signoff', verdict = 'false' WHERE id % 3 = 0")
        cursor.execute("UPDATE claims_claim SET updated_at = updated_at - interval '9 days' WHERE id % 2 = 0")
        cursor.execute("UPDATE claims_claim SET text = 'edited' ")  # nothing counted changes
    assert_tallies_match_a_recount()
    checker.delete()  # assignee SET NULL
    assert_tallies_match_a_recount()


def figures_of(figures) -> dict:
    return {
        "total": figures.total,
        "by_status": figures.by_status,
        "by_verdict": figures.by_verdict,
        "load": figures.load,
        "open_by_assignee": figures.open_by_assignee,
        "backlog": figures.backlog,
        "stuck": figures.stuck,
        "signoff_count": figures.signoff_count,
    }


@pytest.mark.django_db
@pytest.mark.parametrize("clock", ["00:00:00", "00:00:01", "11:30:00", "23:59:59"])
def test_dashboard_figures_from_the_tallies_equal_the_live_ones(report, checker, editor, clock):
    now = datetime.fromisoformat(f"2026-11-20T{clock}+00:00")
    # Claims at and around every boundary: each bucket's edges and the stuck line, a second either
    # side and the same day's midnight either side, spread over statuses and people.
    edges = [now - timedelta(days=d) for d in (0, 2, 7, 8, 30)]
    stamps = [now + timedelta(seconds=5)]
    for edge in edges:
        midnight = datetime.combine(edge.date(), datetime.min.time(), tzinfo=UTC)
        stamps += [edge, edge - timedelta(seconds=1), edge + timedelta(seconds=1), midnight]
        stamps += [midnight + timedelta(days=1) - timedelta(microseconds=1), edge - timedelta(hours=5)]
    statuses = [Status.UNREVIEWED, Status.IN_PROGRESS, Status.NEEDS_SIGNOFF, Status.DISMISSED]
    people = [None, checker, editor]
    claims = []
    for i, stamp in enumerate(stamps):
        for j, status in enumerate(statuses):
            claims.append(
                Claim(
                    report=report, text=f"c{i}-{j}", start=0, end=5, slug=f"edge-{i}-{j}", status=status,
                    verdict="false" if status == Status.NEEDS_SIGNOFF else "",
                    assignee=people[(i + j) % 3], created_at=stamp, updated_at=stamps[-1 - i],
                )
            )  # fmt: skip
    for field in ("created_at", "updated_at"):
        Claim._meta.get_field(field).auto_now = Claim._meta.get_field(field).auto_now_add = False
    try:
        Claim.objects.bulk_create(claims)
    finally:
        Claim._meta.get_field("created_at").auto_now_add = True
        Claim._meta.get_field("updated_at").auto_now = True
    Claim.objects.filter(slug="edge-3-0").update(duplicate_of=Claim.objects.get(slug="edge-4-0"))
    for stuck_days in (7, 2, 8, 30):
        tallied = dashboard_figures(now=now, stuck_days=stuck_days)
        live = dashboard_figures(now=now, stuck_days=stuck_days, live=True)
        assert figures_of(tallied) == figures_of(live)
    assert all(f.count for f in live.backlog)
    assert live.stuck_count and live.stuck_count < live.open_count


def create_claims(report, tag: str, count: int, ready: threading.Barrier, errors: list) -> None:
    try:
        ready.wait()
        for i in range(count):
            with transaction.atomic():
                claim = Claim.objects.create(
                    report=report, text=f"{tag} {i}", start=0, end=5, slug=f"{tag}-{i}"
                )
                if i % 3 == 0:
                    Claim.objects.filter(pk=claim.pk).update(status=Status.IN_PROGRESS)
        bulk(report, 20, start=1000 if tag == "a" else 2000)
    except Exception as error:  # noqa: BLE001 - reported to the test's thread
        errors.append(error)
    finally:
        connections.close_all()


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_keep_the_tallies_right(report):
    ready, errors = threading.Barrier(2), []
    threads = [
        threading.Thread(target=create_claims, args=(report, tag, 40, ready, errors)) for tag in ("a", "b")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Claim.objects.count() == 2 * 60
    assert_tallies_match_a_recount()


@pytest.mark.django_db(transaction=True)
def test_the_migration_counts_the_claims_already_there(report, checker):
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("claims", "0013_scale_trigram_search")])
    assert "claims_tally_total" not in connection.introspection.table_names()
    bulk(report, 12, assignee=checker)
    bulk(report, 3, start=12, status=Status.PUBLISHED, verdict="true")
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert rows("SELECT sum(n) FROM claims_tally_total") == {(15,)}
    assert_tallies_match_a_recount()
