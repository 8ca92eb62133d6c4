"""The desk at a newsroom's years of work: the same pages at 1,000 and at 100,000 claims, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/claimcheck python bench/bench_scale.py [--requests 9]

Creates two databases of its own on DATABASE_URL's server (`claimcheck_bench_small` and
`claimcheck_bench`, dropped first and after), migrates them, and builds with bulk inserts
(tests/archive.py) 1,000 claims across 20 reports in one and 100,000 claims across 2,000 reports in
the other, every claim credited to one or two of 300 sources. It times, through Django's whole stack
with the test client signed in as an editor: the queue (default sort, every other sort, a search, a
prefix search, ranked, filtered by a source), the claim desk, the dashboard, and the CSV export of
every claim (time to the first row and in total; peak Python memory with tracemalloc, in a pass of
its own). /healthz is the baseline. The two sizes are timed in alternating rounds (the connection
switches database between rounds), so the machine's other work falls on both alike; each figure is
the fastest of `--requests` rounds.

Targets (issue 16): each page at 100k within 1.5x of its time at 1k; search at 100k within 1.5x of
the unfiltered queue at 100k; the first CSV row within 1 s; peak memory of the export flat. The
script prints the table and exits non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]
BENCH_DB, SMALL_DB = "claimcheck_bench", "claimcheck_bench_small"
PER_REPORT = 50
TARGET = 1.5
FIRST_ROW_TARGET = 1.0


def server_url(url: str, database: str = "postgres") -> str:
    return urlunparse(urlparse(url)._replace(path=f"/{database}"))


def recreate_database(url: str, name: str, *, drop_only: bool = False) -> None:
    import psycopg

    with psycopg.connect(server_url(url), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if not drop_only:
            conn.execute(f"CREATE DATABASE {name}")


def use_database(name: str) -> None:
    """Point Django's connection at another of the bench's databases (the next query reconnects)."""
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = name


def setup_django(url: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DATABASE_URL=url,
        DEBUG="1",
        AXES_ENABLED="0",
        ALLOWED_HOSTS="testserver",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("VAR_DIR", str(ROOT / "var" / "bench"))
    import django

    django.setup()


def pages(archive, claim_id: int) -> dict[str, str]:
    from tests.archive import MIDDLE_WORD

    source = archive.sources[9]  # the tenth most credited: about 1.4% of the claims
    found = {
        "queue (default: most check-worthy)": "/desk/queue/",
        **{
            f"queue sort={sort}": f"/desk/queue/?sort={sort}"
            for sort in ("checkworthiness", "created", "-created", "updated", "-updated", "reading")
        },
        f"queue search q={MIDDLE_WORD}": f"/desk/queue/?q={MIDDLE_WORD}",
        f"queue search q={MIDDLE_WORD} sort=rank": f"/desk/queue/?q={MIDDLE_WORD}&sort=rank",
        "queue search q=hosp (as you type)": "/desk/queue/?q=hosp",
        "queue filter source": f"/desk/queue/?source={source}",
        "claim desk": f"/desk/claims/{claim_id}/",
        "dashboard": "/desk/reports/dashboard/",
    }
    return {"/healthz (baseline)": "/healthz", **found}


def first_look(client, urls: dict[str, str]) -> dict[str, int]:
    """Each page once outside the clock (templates, caches, the planner's first look): its queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    queries = {}
    for name, url in urls.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        queries[name] = len(captured)
    return queries


def time_round(client, urls: dict[str, str], spent: dict[str, list[float]]) -> None:
    for name, url in urls.items():
        started = time.perf_counter()
        client.get(url)
        spent.setdefault(name, []).append(time.perf_counter() - started)


def time_export(client) -> dict[str, float]:
    """The CSV of every claim: seconds to the first claim's row and to the end, rows, peak memory."""
    started = time.perf_counter()
    response = client.get("/desk/export.csv")
    assert response.status_code == 200
    first_row, lines = None, 0
    for chunk in response.streaming_content:
        lines += chunk.count(b"\n")
        if first_row is None and lines >= 2:  # the header, then the first claim
            first_row = time.perf_counter() - started
    total = time.perf_counter() - started
    tracemalloc.start()
    for _ in client.get("/desk/export.csv").streaming_content:
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"first_row": first_row or total, "total": total, "rows": lines - 1, "peak_mb": peak / 2**20}


def measure(client, sizes: dict, requests: int) -> dict:
    """Both sizes in alternating rounds, so the machine's other work falls on both alike."""
    from django.test.utils import override_settings

    from claims.models import Claim

    figures = {}
    with override_settings(DEBUG=False):  # as in production: no query log growing with the export
        for size, (database, archive, editor) in sizes.items():
            use_database(database)
            client.force_login(editor)
            middle = Claim.objects.order_by("id").values_list("id", flat=True)[Claim.objects.count() // 2]
            urls = pages(archive, middle)
            figures[size] = {"urls": urls, "queries": first_look(client, urls), "spent": {}}
            figures[size]["claims"] = Claim.objects.count()
        for _ in range(requests):
            for size, (database, _, editor) in sizes.items():
                use_database(database)
                client.force_login(editor)
                time_round(client, figures[size]["urls"], figures[size]["spent"])
        for size, (database, _, editor) in sizes.items():
            use_database(database)
            client.force_login(editor)
            figures[size]["export"] = time_export(client)
    for found in figures.values():
        found["pages"] = {n: (min(t), found["queries"][n]) for n, t in found["spent"].items()}
    return figures


def report(small: dict, large: dict) -> list[str]:
    """Prints the table; returns the targets missed."""
    base_small = small["pages"]["/healthz (baseline)"][0]
    base_large = large["pages"]["/healthz (baseline)"][0]
    print(
        f"\n{small['claims']:,} claims against {large['claims']:,}, fastest of alternating rounds, in one run"
    )
    sizes = f"{small['claims']:,} claims | {large['claims']:,} claims"
    print(f"| page | {sizes} | 100k/1k | x healthz at 100k | queries |")
    print("|---|---|---|---|---|---|")
    missed = []
    for name, (t_small, q_small) in small["pages"].items():
        t_large, q_large = large["pages"][name]
        ratio = t_large / t_small
        print(
            f"| {name} | {t_small * 1000:.1f} ms | {t_large * 1000:.1f} ms | {ratio:.2f}x "
            f"| {t_large / base_large:.1f}x | {q_small} / {q_large} |"
        )
        if "healthz" not in name and ratio > TARGET:
            missed.append(f"{name}: {ratio:.2f}x its time at 1k")
    queue = large["pages"]["queue (default: most check-worthy)"][0]
    for name, (t_large, _) in large["pages"].items():
        if "search" in name and t_large / queue > TARGET:
            missed.append(f"{name}: {t_large / queue:.2f}x the unfiltered queue at 100k")
    es, el = small["export"], large["export"]
    print(
        f"| CSV export, first row | {es['first_row'] * 1000:.0f} ms | {el['first_row'] * 1000:.0f} ms "
        f"| {el['first_row'] / es['first_row']:.2f}x | {el['first_row'] / base_large:.0f}x | |"
    )
    print(
        f"| CSV export, all {el['rows']:,} rows | {es['total'] * 1000:.0f} ms | {el['total'] * 1000:.0f} ms "
        f"| {el['total'] / es['total']:.1f}x | {el['total'] / base_large:.0f}x | |"
    )
    print(
        f"| CSV export, peak memory (tracemalloc) | {es['peak_mb']:.1f} MB | {el['peak_mb']:.1f} MB "
        f"| {el['peak_mb'] / es['peak_mb']:.2f}x | | |"
    )
    print(f"\n/healthz: {base_small * 1000:.2f} ms at 1k, {base_large * 1000:.2f} ms at 100k")
    if el["first_row"] > FIRST_ROW_TARGET:
        missed.append(f"first CSV row after {el['first_row']:.2f} s")
    if el["peak_mb"] > TARGET * es["peak_mb"]:
        missed.append(f"export memory grew {el['peak_mb'] / es['peak_mb']:.2f}x")
    return missed


def build(reports: int, first_report: int, editor) -> object:
    from tests.archive import build_archive

    started = time.perf_counter()
    archive = build_archive(
        reports=reports, per_report=PER_REPORT, users=[editor], tag="bench", first_report=first_report
    )
    print(f"built {archive.claims:,} claims in {reports:,} reports in {time.perf_counter() - started:.1f} s")
    return archive


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=9)
    parser.add_argument("--small", type=int, default=20, help="reports at the small size (x50 claims)")
    parser.add_argument("--large", type=int, default=2000, help="reports at the large size (x50 claims)")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not urlparse(url).scheme.startswith("postgres"):
        print(
            "bench_scale.py: skipped; it needs DATABASE_URL on PostgreSQL (it makes its own databases there)"
        )
        return 0
    databases = {"small": (SMALL_DB, args.small), "large": (BENCH_DB, args.large)}
    for database, _ in databases.values():
        recreate_database(url, database)
    try:
        setup_django(server_url(url, BENCH_DB))
        from django.core.management import call_command
        from django.test import Client

        from tests.conftest import make_user

        sizes = {}
        for size, (database, reports) in databases.items():
            use_database(database)
            call_command("migrate", verbosity=0)
            editor = make_user("bench-editor", "editors")
            sizes[size] = (database, build(reports, 0, editor), editor)
        # No setup_test_environment(): its template instrumentation would dominate the timings.
        figures = measure(Client(), sizes, args.requests)
        missed = report(figures["small"], figures["large"])
    finally:
        from django.db import connections

        connections.close_all()
        for database, _ in databases.values():
            recreate_database(url, database, drop_only=True)
    for line in missed:
        print(f"MISSED: {line}")
    print("meets every target" if not missed else f"{len(missed)} target(s) missed")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
