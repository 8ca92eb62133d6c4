"""A real HTTP server on 127.0.0.1 for the archiver to capture, and archive storage in a temp dir."""

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav>Home | World | Sport</nav>
<article><h1>{title}</h1>
<p>{body}</p>
<p>The ministry said the figures were checked twice before they were published in March.</p>
</article><footer>Copyright The Test Times</footer></body></html>"""


def article(
    title: str = "Housing figures revised", body: str = "Official figures overstated new homes by 40,000."
) -> bytes:
    return ARTICLE.format(title=title, body=body * 3).encode()


class PageServer:
    """Routes by path; `hits` counts requests per path; `pages` can be changed by a test."""

    def __init__(self):
        self.hits: Counter[str] = Counter()
        self.pages: dict[str, bytes] = {"/article": article()}
        self.host_headers: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path = self.path.split("?", 1)[0]
                server.hits[path] += 1
                server.host_headers.append(self.headers.get("Host", ""))
                server.route(self, path)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_port
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def send(handler, status: int, body: bytes = b"", headers: dict | None = None):
        handler.send_response(status)
        headers = {
            "Content-Type": "text/html; charset=utf-8",
            "Content-Length": str(len(body)),
            **(headers or {}),
        }
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if body:
            handler.wfile.write(body)

    def route(self, h, path: str):
        if path in self.pages:
            return self.send(h, 200, self.pages[path])
        if path == "/text":
            return self.send(h, 200, b"Plain words.\n", {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/hop/"):  # /hop/3 redirects to /hop/2 ... /hop/0 is the article
            n = int(path.rsplit("/", 1)[1])
            if n == 0:
                return self.send(h, 200, article("After redirects"))
            return self.send(h, 302, b"", {"Location": f"/hop/{n - 1}"})
        if path == "/flaky":  # 503 once, then the page
            if self.hits[path] == 1:
                return self.send(h, 503, b"busy", {"Content-Type": "text/plain"})
            return self.send(h, 200, article("Back again"))
        if path == "/broken-once":  # 500 once, then the page
            if self.hits[path] == 1:
                return self.send(h, 500, b"oops", {"Content-Type": "text/plain"})
            return self.send(h, 200, article("Fixed"))
        if path == "/always-503":
            return self.send(h, 503, b"down", {"Content-Type": "text/plain"})
        if path == "/busy":
            return self.send(h, 429, b"slow down", {"Retry-After": "7", "Content-Type": "text/plain"})
        if path == "/missing":
            return self.send(h, 404, b"<h1>Not here</h1>")
        if path == "/to-metadata":
            return self.send(h, 302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"})
        if path == "/to-localhost":
            return self.send(h, 302, b"", {"Location": self.url("/article", host="localhost")})
        if path == "/to-file":
            return self.send(h, 302, b"", {"Location": "file:///etc/passwd"})
        if path == "/huge-declared":
            h.send_response(200)
            h.send_header("Content-Type", "application/octet-stream")
            h.send_header("Content-Length", str(10**12))
            h.end_headers()
            return None
        if path == "/huge":  # no length given: streams until the client hangs up
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            chunk = b"x" * 65536
            try:
                while True:
                    h.wfile.write(chunk)
            except OSError:
                return None
        if path == "/slow":  # a byte every 0.2 s: never a read timeout, but no end in sight
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", "100000")
            h.end_headers()
            try:
                for _ in range(100000):
                    h.wfile.write(b"x")
                    h.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                return None
        if path == "/stall":  # headers, then silence
            h.send_response(200)
            h.send_header("Content-Length", "1000")
            h.end_headers()
            h.wfile.flush()
            time.sleep(5)
            return None
        return self.send(h, 404, b"no route")


@pytest.fixture
def pages():
    server = PageServer()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def archive_storage(settings, tmp_path):
    """WARCs go to a temp dir, never into var/."""
    root = tmp_path / "archive"
    settings.ARCHIVE_ROOT = root
    settings.STORAGES = {
        **settings.STORAGES,
        "archive": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root), "base_url": None},
        },
    }
    return root


@pytest.fixture
def allow_local(settings):
    """Let the archiver reach the test server on 127.0.0.1 (and nothing else that is blocked)."""
    settings.ARCHIVE_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.ARCHIVE_CONNECT_TIMEOUT = 2
    settings.ARCHIVE_READ_TIMEOUT = 2
    settings.ARCHIVE_TOTAL_TIMEOUT = 10


@pytest.fixture
def eager():
    """Tasks run in-process (the laptop default), whatever REDIS_URL says."""
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield app
    app.conf.task_always_eager = before


def wait_for(predicate, *, timeout: float = 20.0, interval: float = 0.05, what: str = "condition"):
    """Poll until `predicate()` is truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout}s waiting for {what}.")
        time.sleep(interval)
