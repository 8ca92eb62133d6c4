"""Reading a capture back: is it a web page, in which charset, its WARC as downloaded, its body."""

import io
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from .fetching.decoding import decode_body
from .models import Snapshot

# The most of a payload read back into memory to serve it (captures stop at ARCHIVE_MAX_BYTES).
PAYLOAD_LIMIT = 64 * 1024 * 1024

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


def open_warc(snapshot: Snapshot) -> BinaryIO:
    """The capture's WARC as downloaded (the caller closes it): its own records and, for a revisit,
    the original response record after them, which replay tools need for the payload. Each record
    is its own gzip member, so the two together are one valid WARC file."""
    own = _open(snapshot)
    original = snapshot.revisit_of
    if original is None:
        return own
    with own, _open(original) as stored:
        return io.BytesIO(own.read() + _raw_record(stored, original.warc_record_id))


def _open(snapshot: Snapshot) -> BinaryIO:
    if not snapshot.warc_file:
        raise MissingCapture("This capture has no WARC file (it failed).")
    try:
        return snapshot.warc_file.open("rb")
    except FileNotFoundError as exc:
        raise MissingCapture("The WARC file is missing from the archive.") from exc


def _raw_record(handle: BinaryIO, record_id: str) -> bytes:
    records = ArchiveIterator(handle)
    for record in records:
        if record.rec_headers.get_header("WARC-Record-ID") == record_id:
            records.read_to_end(record)
            offset, length = records.get_record_offset(), records.get_record_length()
            handle.seek(offset)
            return handle.read(length)
    raise MissingCapture(f"The original record {record_id} is missing from the archive.")


def archived_payload(snapshot: Snapshot) -> bytes | None:
    """The final page's body from the WARC, with its content coding (gzip, br) undone; None when
    it is in a coding we do not read."""
    target = snapshot.final_url or snapshot.requested_url
    found = None
    with open_warc(snapshot) as handle:
        for record in ArchiveIterator(io.BytesIO(handle.read())):
            if record.rec_type == "response":
                coding = record.http_headers.get_header("Content-Encoding") or ""
                body = decode_body(record.raw_stream.read(), coding, limit=PAYLOAD_LIMIT)
                if record.rec_headers.get_header("WARC-Target-URI") == target or found is None:
                    found = body
    return found
