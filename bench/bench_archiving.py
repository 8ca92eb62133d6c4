"""Speed of archiving: safe fetch + WARC per page, against a plain `requests.get` of the same pages.

    python bench/bench_archiving.py [--pages N] [--size KB] [--rounds R]

A local HTTP server on 127.0.0.1 serves N distinct HTML pages. Three figures are measured in
this process, best of R runs each: the baseline (`requests.get`, no checks, nothing kept),
the archiver's fetch + WARC writer (address checks, streamed body under limits, WARC/1.1
gzip), and the same plus trafilatura text extraction. Ratios are against the baseline.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from sources.fetching import FetchPolicy, extract_text, fetch, write_warc  # noqa: E402

PARAGRAPH = (
    "The housing minister resigned on Monday after official figures were found to have "
    "overstated the number of new homes by 40,000, the ministry said in a statement. "
)


def page(n: int, size_kb: int) -> bytes:
    paragraphs = "".join(f"<p>{n}: {PARAGRAPH}</p>\n" for _ in range(max(1, size_kb * 1024 // 200)))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Page {n}</title></head>"
        f"<body><nav>Home | News</nav><article><h1>Page {n}</h1>{paragraphs}</article></body></html>"
    ).encode()


def serve(pages: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            body = pages.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def best_of(rounds: int, work) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="pages per run (default 200)")
    parser.add_argument("--size", type=int, default=50, help="page size in KB (default 50)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per figure, best kept (default 3)")
    args = parser.parse_args(argv)

    pages = {f"/p/{n}": page(n, args.size) for n in range(args.pages)}
    server = serve(pages)
    urls = [f"http://127.0.0.1:{server.server_port}{path}" for path in pages]
    policy = FetchPolicy(allowed_hosts=frozenset({"127.0.0.1"}))

    def baseline():
        for url in urls:
            response = requests.get(url, timeout=(5, 15))
            assert response.status_code == 200 and response.content

    def archive():
        for url in urls:
            warc = write_warc(fetch(url, policy))
            assert warc.content

    def archive_and_extract():
        for url in urls:
            result = fetch(url, policy)
            write_warc(result)
            assert extract_text(result.decoded_body(), content_type=result.content_type).text

    baseline()  # warm up imports, DNS-free paths and the server threads
    archive()
    try:
        base = best_of(args.rounds, baseline)
        arch = best_of(args.rounds, archive)
        full = best_of(args.rounds, archive_and_extract)
    finally:
        server.shutdown()

    n = len(urls)
    print(f"archiving bench: {n} local pages of ~{args.size} KB, best of {args.rounds} runs")
    print(f"  requests.get (baseline)         {n / base:8.1f} pages/s")
    print(f"  fetch + WARC (archiver)         {n / arch:8.1f} pages/s   ratio {base / arch:5.2f}")
    print(f"  fetch + WARC + text extraction  {n / full:8.1f} pages/s   ratio {base / full:5.2f}")
    print("  (ratio: pages/s against the baseline's pages/s; below 1 is slower)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
