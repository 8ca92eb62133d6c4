"""Speed of a reader's claim page against a trivial view (the /healthz health check), in one run.

    python bench/bench_public_pages.py [--requests N]

Builds a throwaway SQLite site (bench/reader_site.py: the seed report, three published claims)
and times, through Django's full middleware stack in this process: /healthz (one `SELECT 1`,
the baseline); the claim page from the page cache (its freshness queries, then the stored
page); the claim page answered 304; the share card from the cache; and the claim page rendered
from scratch. The target for the cached page is at least 0.5 of the health check's throughput.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reader_site import build_site, setup_django  # noqa: E402

TARGET = 0.5


def rates(works: dict, *, rounds: int = 5) -> dict[str, float]:
    """Requests per second of each workload, `works[name] = (work, requests)`, timed in interleaved
    rounds so that a busy machine slows them all alike, not whichever ran during a burst."""
    spent = dict.fromkeys(works, 0.0)
    for work, _ in works.values():
        work()  # once outside the clock: imports, template loading, the first cache fill
    for _ in range(rounds):
        for name, (work, requests) in works.items():
            started = time.perf_counter()
            for _ in range(max(1, requests // rounds)):
                work()
            spent[name] += time.perf_counter() - started
    return {name: rounds * max(1, requests // rounds) / spent[name] for name, (_, requests) in works.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    setup_django()
    from django.core.cache import cache
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # lets the test client's host in; the database is a throwaway file
    url = build_site()["claim"]
    client = Client()
    first = client.get(url)
    assert first.status_code == 200, first.status_code
    etag = first["ETag"]
    card = url + "card.png"

    def ok(path, status=200, **headers):
        return lambda: _expect(client.get(path, **headers).status_code, status, path)

    def rendered():
        cache.clear()
        _expect(client.get(url).status_code, 200, url)

    n = args.requests
    measured = rates(
        {
            "/healthz, trivial view (baseline)": (ok("/healthz"), n),
            "claim page, from the page cache": (ok(url), n),
            "claim page, 304 Not Modified": (ok(url, 304, HTTP_IF_NONE_MATCH=etag), n),
            "share card, from the page cache": (ok(card), n),
            "claim page, rendered from scratch": (rendered, max(n // 10, 25)),
        }
    )
    rows = list(measured.items())
    base = rows[0][1]
    for name, rate in rows:
        print(f"{name:<38}{rate:9.1f} req/s  {rate / base:5.2f}x")
    ratio = rows[1][1] / base
    verdict = "meets" if ratio >= TARGET else "MISSES"
    print(f"cached claim page / trivial view: {ratio:.2f} ({verdict} the {TARGET} target)")
    return 0 if ratio >= TARGET else 1


def _expect(got: int, want: int, path: str) -> None:
    if got != want:
        raise SystemExit(f"{path} answered {got}, not {want}")


if __name__ == "__main__":
    sys.exit(main())
