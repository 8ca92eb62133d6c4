"""Captures per second through real Celery workers at concurrency 1, 4 and 8, against a local
server that takes 200 ms to answer each page.

    python bench/bench_capture_throughput.py [--per-slot N] [--latency S] [--redis URL] [--database-url URL]

Each level starts `manage.py run_worker --concurrency C` (what `make run` starts) on a fresh
SQLite database and archive in a temp VAR_DIR, queues C × N captures of distinct ~20 KB pages
the way the desk does (`services.queue_capture`), and times them from the first queued to
the last archived: fetch, WARC, text extraction and the Snapshot row. The broker is the
embedded filesystem queue, or Redis with --redis; the database SQLite, or --database-url.
The ideal is C / latency captures per second (every slot always waiting on the network);
the ratio says how close we come.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BASE_DIR))

PARAGRAPH = (
    "The housing minister resigned on Monday after official figures were found to have "
    "overstated the number of new homes by 40,000, the ministry said in a statement. "
)


def page(n: int) -> bytes:
    paragraphs = "".join(f"<p>{n}: {PARAGRAPH}</p>\n" for _ in range(100))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Page {n}</title></head>"
        f"<body><nav>Home | News</nav><article><h1>Page {n}</h1>{paragraphs}</article></body></html>"
    ).encode()


def serve(latency: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            time.sleep(latency)  # the far-away site
            body = page(abs(hash(self.path)) % 100000)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def configure(var_dir: Path, redis_url: str | None, database_url: str | None, queue: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DEBUG="1",
        VAR_DIR=str(var_dir),
        ARCHIVE_ALLOWED_HOSTS="127.0.0.1",
        CELERY_QUEUE=queue,
        LOG_LEVEL="WARNING",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    if database_url:
        env["DATABASE_URL"] = database_url
    os.environ.update(env)
    for name in ("DATABASE_URL", "REDIS_URL"):
        if name not in env:
            os.environ.pop(name, None)
    return env


LOGLEVEL = os.environ.get("BENCH_WORKER_LOGLEVEL", "ERROR")


def run_level(concurrency: int, *, per_slot: int, base_url: str, env: dict[str, str], log: Path) -> float:
    from sources import services
    from sources.models import Reference

    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--concurrency", str(concurrency), "--loglevel", LOGLEVEL],  # noqa: E501
        cwd=BASE_DIR, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        capture_all(services, Reference, [f"{base_url}/warm/{concurrency}/{i}" for i in range(concurrency)])
        urls = [f"{base_url}/p/{concurrency}/{i}" for i in range(concurrency * per_slot)]
        return capture_all(services, Reference, urls)
    finally:  # every capture is done: no need for a warm shutdown
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=60)


def capture_all(services, Reference, urls: list[str]) -> float:
    """Queue every URL and wait until all are archived; the elapsed seconds."""
    from django.db.models import Count, Q

    references = [Reference.objects.create(title=url, url=url) for url in urls]
    started = time.perf_counter()
    for reference in references:
        services.queue_capture(reference=reference)
    # This process shares the machine's cores with the workers, so it looks as cheaply as it can:
    # one query for both tallies, over the id range of this batch (only the bench adds references).
    batch = Reference.objects.filter(pk__range=(references[0].pk, references[-1].pk))
    tally = {
        "archived": Count("pk", filter=Q(capture_state="archived")),
        "failed": Count("pk", filter=Q(capture_state="failed")),
    }
    deadline = time.monotonic() + 300
    while (counts := batch.aggregate(**tally))["archived"] < len(references):
        if counts["failed"]:
            failed = batch.filter(capture_state="failed").first()
            raise SystemExit(f"capture failed: {failed.url}: {failed.capture_error}")
        if time.monotonic() > deadline:
            raise SystemExit(f"{len(references) - counts['archived']} captures did not finish in 5 minutes")
        time.sleep(0.02)
    return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-slot", type=int, default=15, help="captures per worker slot (default 15)")
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the server takes per page")
    parser.add_argument(
        "--redis", default=None, help="use this Redis as the broker (e.g. redis://127.0.0.1:6379/6)"
    )
    parser.add_argument(
        "--database-url", default=None, help="an empty, disposable database to use instead of SQLite"
    )
    parser.add_argument("--worker-log", default=None, help="keep the workers' log in this file")
    parser.add_argument("--levels", default="1,4,8", help="concurrency levels (default 1,4,8)")
    args = parser.parse_args(argv)

    server = serve(args.latency)
    base_url = f"http://127.0.0.1:{server.server_port}"
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp:
        env = configure(Path(tmp), args.redis, args.database_url, f"bench-{uuid.uuid4().hex[:8]}")
        migrate = [sys.executable, "manage.py", "migrate", "--noinput", "-v0"]
        subprocess.run(migrate, cwd=BASE_DIR, env=env, check=True, capture_output=True)
        import django

        django.setup()
        broker = "Redis" if args.redis else "the filesystem queue"
        database = "PostgreSQL" if args.database_url else "SQLite"
        latency_ms = args.latency * 1000
        print(
            f"capture throughput: {latency_ms:.0f} ms per page, ~20 KB pages, {broker}, {database}",
            flush=True,
        )
        for concurrency in (int(level) for level in args.levels.split(",")):
            n = concurrency * args.per_slot
            log = Path(args.worker_log or Path(tmp) / "worker.log")
            elapsed = run_level(concurrency, per_slot=args.per_slot, base_url=base_url, env=env, log=log)
            rate, ideal = n / elapsed, concurrency / args.latency
            line = f"  concurrency {concurrency}: {n:4d} captures in {elapsed:6.2f} s = {rate:6.2f}/s; "
            print(line + f"ideal {ideal:5.1f}/s; ratio {rate / ideal:4.2f}", flush=True)
    server.shutdown()
    print("  (ratio: captures/s against concurrency x 1/latency; target at 8: 0.6 or more)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
