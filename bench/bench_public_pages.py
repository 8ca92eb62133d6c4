"""Speed of a reader's claim page: rendered, served from the page cache, and answered with a 304.

    DEBUG=1 python bench/bench_public_pages.py [--requests N]

Builds a throwaway SQLite database with the seed report, its extracted claims and a published
claim, then times the three paths in this process. Ratios are against the uncached render.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DEBUG", "1")
os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="claimcheck-bench-")
os.environ.pop("DATABASE_URL", None)
os.environ.pop("REDIS_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402


def publish_one():
    from django.contrib.auth.models import Group, User

    from claims import services
    from claims.ingest import store_extraction
    from claims.workflow import Status, Verdict
    from reports.services import import_report_file

    report = import_report_file(ROOT / "reports" / "fixtures" / "musk-putin-report.txt").report
    store_extraction(report=report)
    editor = User.objects.create_user("bench-editor", password="x-long-bench-password-1")
    editor.groups.add(Group.objects.get(name="editors"))
    claim = report.claims.order_by("-checkworthiness").first()
    claim = services.change_status(claim=claim, to=Status.IN_PROGRESS, actor=editor)
    services.add_evidence(claim=claim, text="Evidence https://example.org/a", actor=editor)
    claim = services.set_verdict(claim=claim, verdict=Verdict.MIXED, summary="Partly.", actor=editor)
    claim = services.change_status(claim=claim, to=Status.NEEDS_SIGNOFF, actor=editor)
    return services.change_status(claim=claim, to=Status.PUBLISHED, actor=editor)


def per_second(n: int, work) -> float:
    started = time.perf_counter()
    for _ in range(n):
        work()
    return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    setup_test_environment()  # lets the test client's host in; the database is a throwaway file
    call_command("migrate", verbosity=0)
    url = publish_one().get_public_url()
    client = Client()

    def uncached():
        cache.clear()
        assert client.get(url).status_code == 200

    first = client.get(url)
    assert first.status_code == 200, first.status_code
    etag = first["ETag"]

    def cached():
        assert client.get(url).status_code == 200

    def conditional():
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304

    base = per_second(args.requests, uncached)
    warm = per_second(args.requests, cached)
    not_modified = per_second(args.requests, conditional)
    print(f"claim page, rendered (baseline): {base:8.1f} req/s  1.00x")
    print(f"claim page, from page cache:     {warm:8.1f} req/s  {warm / base:.2f}x")
    print(f"claim page, 304 Not Modified:    {not_modified:8.1f} req/s  {not_modified / base:.2f}x")


if __name__ == "__main__":
    main()
