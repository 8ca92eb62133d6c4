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
    TLSFailure,
    TooLarge,
    TooManyRedirects,
    UnsupportedScheme,
)
from .extract import Extracted, extract_text
from .fetcher import Exchange, FetchPolicy, FetchResult, fetch
from .warc import WarcFile, write_warc

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
    "TLSFailure",
    "TooLarge",
    "TooManyRedirects",
    "UnsupportedScheme",
    "WarcFile",
    "extract_text",
    "fetch",
    "write_warc",
]
