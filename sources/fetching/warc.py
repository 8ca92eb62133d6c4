"""Write a capture as a WARC/1.1 file (ISO 28500), one request and one response record per hop.

The payload digest is SHA-256 (base32, as WARC writes digests), so the `sha256` stored with
a snapshot can be checked against the file by anyone with a WARC reader.
"""

import hashlib
import io
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from .fetcher import FetchResult

# Transfer coding is undone while reading; a stored header claiming "chunked" would be a lie.
DROPPED_RESPONSE_HEADERS = {"transfer-encoding"}


class SHA256WARCWriter(WARCWriter):
    @staticmethod
    def _create_digester():
        return Digester("sha256")


@dataclass(frozen=True)
class WarcFile:
    content: bytes  # gzip-compressed WARC, one gzip member per record
    sha256: str  # of the file itself
    payload_sha256: str  # of the final page's payload: the content address

    @property
    def filename(self) -> str:
        return f"{self.payload_sha256}.warc.gz"


def write_warc(result: FetchResult, *, software: str = "ClaimCheck") -> WarcFile:
    buffer = io.BytesIO()
    writer = SHA256WARCWriter(buffer, gzip=True, warc_version="1.1")
    writer.write_record(
        writer.create_warcinfo_record(
            f"{result.sha256}.warc.gz",
            {"software": software, "format": "WARC File Format 1.1", "isPartOf": result.requested_url},
        )
    )
    for exchange in result.exchanges:
        date = exchange.at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        request_headers = StatusAndHeaders(
            f"GET {exchange.request_target} {exchange.http_version}",
            list(exchange.request_headers),
            is_http_request=True,
        )
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=request_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        response_headers = StatusAndHeaders(
            f"{exchange.status} {exchange.reason}".strip(),
            [(k, v) for k, v in exchange.response_headers if k.lower() not in DROPPED_RESPONSE_HEADERS],
            protocol=exchange.http_version,
        )
        warc_headers = {"WARC-Date": date}
        if exchange.peer_address:
            warc_headers["WARC-IP-Address"] = exchange.peer_address
        response = writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),
            http_headers=response_headers,
            warc_headers_dict=warc_headers,
        )
        writer.write_request_response_pair(request, response)
    content = buffer.getvalue()
    return WarcFile(content=content, sha256=hashlib.sha256(content).hexdigest(), payload_sha256=result.sha256)
