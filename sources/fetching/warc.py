"""Write one capture as a WARC/1.1 file (ISO 28500): its own request and response records per hop.

Every capture gets its own file, so each one's date, request and server address are on
record. The payload bytes are stored once: when the final page's payload is identical to
one already archived, this capture writes a `revisit` record (identical-payload-digest
profile) that refers to the original response by URI, date and record id, instead of the
bytes again. The payload digest is SHA-256 (base32, as WARC writes digests), so the `sha256`
stored with a snapshot can be checked against the file by anyone with a WARC reader.
"""

import base64
import hashlib
import io
from dataclasses import dataclass
from datetime import datetime

from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from .fetcher import Exchange, FetchResult

# Transfer coding is undone while reading; a stored header claiming "chunked" would be a lie.
DROPPED_RESPONSE_HEADERS = {"transfer-encoding"}


class SHA256WARCWriter(WARCWriter):
    @staticmethod
    def _create_digester():
        return Digester("sha256")


@dataclass(frozen=True)
class OriginalRecord:
    """Where a payload was first archived: the response record a revisit refers to."""

    target_uri: str
    date: str  # its WARC-Date, as written
    record_id: str  # its WARC-Record-ID, "<urn:uuid:...>"


@dataclass(frozen=True)
class WarcFile:
    content: bytes  # gzip-compressed WARC, one gzip member per record
    sha256: str  # of the file itself
    payload_sha256: str  # of the final page's payload
    final_record: OriginalRecord  # the final page's response (or revisit) record
    revisit: bool  # True when the payload is not in this file but in `revisit_of`'s


def warc_date(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def payload_digest(sha256_hex: str) -> str:
    return "sha256:" + base64.b32encode(bytes.fromhex(sha256_hex)).decode()


def write_warc(
    result: FetchResult, *, revisit_of: OriginalRecord | None = None, software: str = "ClaimCheck"
) -> WarcFile:
    """The capture's records; with `revisit_of`, the final page is a revisit of that record."""
    buffer = io.BytesIO()
    writer = SHA256WARCWriter(buffer, gzip=True, warc_version="1.1")
    writer.write_record(
        writer.create_warcinfo_record(
            "capture.warc.gz",
            {"software": software, "format": "WARC File Format 1.1", "isPartOf": result.requested_url},
        )
    )
    final = None
    for index, exchange in enumerate(result.exchanges):
        is_final = index == len(result.exchanges) - 1
        response = _response_record(writer, exchange, revisit_of=revisit_of if is_final else None)
        writer.write_request_response_pair(_request_record(writer, exchange), response)
        final = response
    content = buffer.getvalue()
    return WarcFile(
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        payload_sha256=result.sha256,
        final_record=OriginalRecord(
            target_uri=final.rec_headers.get_header("WARC-Target-URI"),
            date=final.rec_headers.get_header("WARC-Date"),
            record_id=final.rec_headers.get_header("WARC-Record-ID"),
        ),
        revisit=revisit_of is not None,
    )


def _warc_headers(exchange: Exchange) -> dict[str, str]:
    headers = {"WARC-Date": warc_date(exchange.at)}
    if exchange.peer_address:
        headers["WARC-IP-Address"] = exchange.peer_address
    return headers


def _request_record(writer: WARCWriter, exchange: Exchange):
    # The request line and headers exactly as urllib3 sent them (HTTP/1.1, whatever the answer was).
    headers = StatusAndHeaders(exchange.request_line, list(exchange.request_headers), is_http_request=True)
    return writer.create_warc_record(
        exchange.url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=headers,
        warc_headers_dict=_warc_headers(exchange),
    )


def _response_record(writer: WARCWriter, exchange: Exchange, *, revisit_of: OriginalRecord | None):
    http_headers = StatusAndHeaders(
        f"{exchange.status} {exchange.reason}".strip(),
        [(k, v) for k, v in exchange.response_headers if k.lower() not in DROPPED_RESPONSE_HEADERS],
        protocol=exchange.http_version,
    )
    if revisit_of is None:
        return writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),
            http_headers=http_headers,
            warc_headers_dict=_warc_headers(exchange),
        )
    record = writer.create_revisit_record(
        exchange.url,
        digest=payload_digest(hashlib.sha256(exchange.body).hexdigest()),
        refers_to_uri=revisit_of.target_uri,
        refers_to_date=revisit_of.date,
        http_headers=http_headers,
        warc_headers_dict=_warc_headers(exchange),
    )
    record.rec_headers.add_header("WARC-Refers-To", revisit_of.record_id)
    return record
