"""Pure capture code, no Django: a fetcher that cannot be turned against our own network,
a WARC writer and text extraction. `sources.services` feeds it settings and stores what it returns.
"""

from .errors import (
    BlockedAddress,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPFailure,
    InvalidURL,
    MalformedResponse,
    TLSFailure,
    TooLarge,
    TooManyRedirects,
    UnexpectedError,
    UnsupportedScheme,
)
from .extract import Extracted, extract_text
from .fetcher import Exchange, FetchPolicy, FetchResult, fetch
from .warc import OriginalRecord, WarcFile, payload_digest, write_warc

__all__ = [
    "BlockedAddress",
    "ConnectionFailed",
    "Exchange",
    "Extracted",
    "FetchError",
    "FetchPolicy",
    "FetchResult",
    "FetchTimeout",
    "HTTPFailure",
    "InvalidURL",
    "MalformedResponse",
    "TLSFailure",
    "TooLarge",
    "TooManyRedirects",
    "UnexpectedError",
    "UnsupportedScheme",
    "OriginalRecord",
    "payload_digest",
    "WarcFile",
    "extract_text",
    "fetch",
    "write_warc",
]
