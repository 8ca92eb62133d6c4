"""Reading a capture back: is it a web page, in which charset, and its archived body."""

import io

from warcio.archiveiterator import ArchiveIterator

from .models import Snapshot

HTML_TYPES = ("text/html", "application/xhtml+xml")


class MissingCapture(LookupError):
    """The capture has no WARC file, or the file is gone from the archive."""


def is_html(snapshot: Snapshot) -> bool:
    media_type = snapshot.content_type.split(";")[0].strip()
    return bool(snapshot.ok and snapshot.warc_file) and media_type in HTML_TYPES


def html_content_type(snapshot: Snapshot) -> str:
    charset = "utf-8"
    for part in snapshot.content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    return f"text/html; charset={charset}"


def open_warc(snapshot: Snapshot):
    """The capture's WARC file, opened for reading (the caller closes it)."""
    if not snapshot.warc_file:
        raise MissingCapture("This capture has no WARC file (it failed).")
    try:
        return snapshot.warc_file.open("rb")
    except FileNotFoundError as exc:
        raise MissingCapture("The WARC file is missing from the archive.") from exc


def archived_payload(snapshot: Snapshot) -> bytes | None:
    """The final page's body from the WARC, with its content coding (gzip) undone."""
    target = snapshot.final_url or snapshot.requested_url
    found = None
    with open_warc(snapshot) as handle:
        for record in ArchiveIterator(io.BytesIO(handle.read())):
            if record.rec_type == "response":
                body = record.content_stream().read()
                if record.rec_headers.get_header("WARC-Target-URI") == target or found is None:
                    found = body
    return found
