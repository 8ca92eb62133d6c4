"""A real HTTP server on 127.0.0.1 for the archiver to capture: articles, hostile pages, other formats."""

import struct
import threading
import time
import zlib
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import brotlicffi

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


def minimal_pdf(text: str, title: str = "Budget statement") -> bytes:
    """A one-page PDF with `text` in Helvetica: enough for pypdf to read back."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (%s) >>" % title.encode(),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1x1, 8-bit greyscale
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + pixels + chunk(b"IEND", b"")


PLAIN = {"Content-Type": "text/plain"}


class PageServer:
    """Routes by path; `hits` counts requests per path; `pages` can be changed by a test.

    `release` lets a request to /stall-once go on: the first one waits for it (a capture that
    is under way when its worker is killed); later ones are answered at once."""

    def __init__(self):
        self.hits: Counter[str] = Counter()
        self.pages: dict[str, bytes] = {"/article": article()}
        self.host_headers: list[str] = []
        self.release = threading.Event()
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
        self.release.set()
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
        if path.startswith("/hop/"):  # /hop/3 redirects to /hop/2 ... /hop/0 is the article
            n = int(path.rsplit("/", 1)[1])
            if n == 0:
                return self.send(h, 200, article("After redirects"))
            return self.send(h, 302, b"", {"Location": f"/hop/{n - 1}"})
        handler = getattr(self, "page_" + path.strip("/").replace("-", "_"), None)
        if handler is None:
            return self.send(h, 404, b"no route")
        return handler(h, self.hits[path])

    # One method per path: /flaky is page_flaky(handler, nth request to it).
    def page_text(self, h, n):
        return self.send(h, 200, b"Plain words.\n", {"Content-Type": "text/plain; charset=utf-8"})

    def page_flaky(self, h, n):  # 503 once, then the page
        if n == 1:
            return self.send(h, 503, b"busy", PLAIN)
        return self.send(h, 200, article("Back again"))

    def page_fails_twice(self, h, n):
        if n <= 2:
            return self.send(h, 503, b"busy", PLAIN)
        return self.send(h, 200, article("Third time lucky"))

    def page_broken_once(self, h, n):  # 500 once, then the page
        if n == 1:
            return self.send(h, 500, b"oops", PLAIN)
        return self.send(h, 200, article("Fixed"))

    def page_always_503(self, h, n):
        return self.send(h, 503, b"down", PLAIN)

    def page_busy(self, h, n):
        return self.send(h, 429, b"slow down", {"Retry-After": "7", **PLAIN})

    def page_missing(self, h, n):
        return self.send(h, 404, b"<h1>Not here</h1>")

    def page_to_metadata(self, h, n):
        return self.send(h, 302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"})

    def page_to_localhost(self, h, n):
        return self.send(h, 302, b"", {"Location": self.url("/article", host="localhost")})

    def page_to_file(self, h, n):
        return self.send(h, 302, b"", {"Location": "file:///etc/passwd"})

    # --- Hostile pages --------------------------------------------------------------------------
    def page_unknown_charset(self, h, n):
        body = "Figures revised: 40 000 homes fewer. Café.".encode("latin-1")
        return self.send(h, 200, body, {"Content-Type": "text/plain; charset=x-no-such-charset"})

    def page_nul(self, h, n):
        return self.send(h, 200, article("Housing\x00 figures", "Official figures\x00 overstated it."))

    def page_to_long_url(self, h, n):
        return self.send(h, 302, b"", {"Location": "/long/" + "a" * 2100})

    def page_long_header(self, h, n):
        return self.send(h, 200, article(), {"X-Tracking": "t" * 5000})

    def page_malformed(self, h, n):
        body = b"<?xml version='1.0' encoding='utf-8'?><html><body><p>Housing <b><i>figures</p></div>"
        body += b"&#xFFFFFFFF; &#0; <![CDATA[ <table><tr><td>revised</html></html><p>" * 20
        return self.send(h, 200, body, {"Content-Type": "text/html; charset=utf-8"})

    # --- Other formats ------------------------------------------------------------------------------
    def page_report_pdf(self, h, n):
        body = minimal_pdf("Housing figures were overstated by 40,000.")
        return self.send(h, 200, body, {"Content-Type": "application/pdf"})

    def page_brotli(self, h, n):
        body = brotlicffi.compress(article("Squeezed with Brotli"))
        return self.send(h, 200, body, {"Content-Encoding": "br"})

    def page_photo_png(self, h, n):
        return self.send(h, 200, tiny_png(), {"Content-Type": "image/png"})

    # --- Limits ---------------------------------------------------------------------------------
    def page_huge_declared(self, h, n):
        h.send_response(200)
        h.send_header("Content-Type", "application/octet-stream")
        h.send_header("Content-Length", str(10**12))
        h.end_headers()

    def page_huge(self, h, n):  # no length given: streams until the client hangs up
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        chunk = b"x" * 65536
        try:
            while True:
                h.wfile.write(chunk)
        except OSError:
            return None

    def page_slow(self, h, n):  # a byte every 0.2 s: never a read timeout, but no end in sight
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

    def page_stall(self, h, n):  # headers, then silence
        h.send_response(200)
        h.send_header("Content-Length", "1000")
        h.end_headers()
        h.wfile.flush()
        time.sleep(5)

    def page_stall_once(self, h, n):
        if n == 1:
            self.release.wait(timeout=120)
        try:
            return self.send(h, 200, article("Worth the wait"))
        except OSError:  # the worker that asked is gone
            return None
