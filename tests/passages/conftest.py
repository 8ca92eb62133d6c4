"""Passage tests: spaCy loaded once, a page server on 127.0.0.1 whose pages a test can change,
captures through the real archiver, in-process."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.factories import AttributionFactory, ReferenceFactory, SourceFactory

# A news page written for these tests: a decoy in the navigation, the councillor's denial in the body.
BRIDGE_PAGE = (Path(__file__).parent / "pages" / "bridge.html").read_text(encoding="utf-8")


class Pages:
    """A local web server: `pages[path] = (body, content type)`, changeable between captures."""

    def __init__(self):
        self.pages: dict[str, tuple[bytes, str]] = {
            "/bridge": (BRIDGE_PAGE.encode(), "text/html; charset=utf-8")
        }
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                body, kind = pages.get(self.path, (b"not here", "text/plain; charset=utf-8"))
                self.send_response(200 if self.path in pages else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}{path}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def nlp():
    from claims.extraction import load_nlp

    return load_nlp()


@pytest.fixture
def pages():
    server = Pages()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def archive_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "archive": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "archive"), "base_url": None},
        },
    }


@pytest.fixture
def allow_local(settings):
    settings.ARCHIVE_ALLOWED_HOSTS = ["127.0.0.1"]


@pytest.fixture
def eager():
    from config.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield app
    app.conf.task_always_eager = before


@pytest.fixture
def capture(eager, allow_local, django_capture_on_commit_callbacks):
    """capture(reference): archive it now through the real pipeline; passages follow on commit."""
    from sources import services

    def run(reference):
        with django_capture_on_commit_callbacks(execute=True):
            services.queue_capture(reference=reference)
        reference.refresh_from_db()
        return reference.snapshots.filter(ok=True).order_by("-id").first()

    return run


@pytest.fixture
def toll_claim(db, make_claim, pages):
    """A claim attributed to Councillor Osei, citing the bridge page (not yet captured)."""
    claim = make_claim(
        text="Councillor Maren Osei said a toll would be introduced on the bridge once it reopens."
    )
    osei = SourceFactory(name="Maren Osei")
    attribution = AttributionFactory(claim=claim, source=osei)
    reference = ReferenceFactory(
        title="Kessling Bridge to close", publisher="The Aldren Gazette", url=pages.url("/bridge")
    )
    reference.claims.add(claim)
    return claim, attribution, reference
