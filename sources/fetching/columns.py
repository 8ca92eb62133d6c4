"""What a capture stores in database columns: text without NUL (PostgreSQL refuses it), cut to
the column's size, over-long header values cut with a note. The WARC keeps everything whole."""

from .fetcher import MAX_URL_LENGTH, FetchResult

# Stored header values past this are cut, with a note (the WARC keeps them whole).
HEADER_VALUE_LIMIT = 2000


def clean_text(value: str, limit: int | None = None) -> str:
    """Text a database column takes: no NUL (PostgreSQL refuses it), cut to the column's size."""
    value = (value or "").replace("\x00", "")
    return value[:limit] if limit else value


def _header_value(value: str) -> str:
    value = clean_text(value)
    if len(value) <= HEADER_VALUE_LIMIT:
        return value
    return f"{value[:HEADER_VALUE_LIMIT]} [cut: {len(value):,} characters; the WARC has it whole]"


def snapshot_fields(result: FetchResult) -> dict:
    """A capture's metadata as the Snapshot columns take it."""
    status_failure = result.failure()
    return {
        "requested_url": clean_text(result.requested_url, MAX_URL_LENGTH),
        "final_url": clean_text(result.final_url, MAX_URL_LENGTH),
        "redirect_chain": [
            {**hop, "url": clean_text(hop["url"]), "location": clean_text(hop["location"])}
            for hop in result.redirect_chain
        ],
        "http_status": result.status,
        "response_headers": {clean_text(k, 200): _header_value(v) for k, v in result.headers.items()},
        "content_type": clean_text(result.content_type, 200),
        "size": len(result.body),
        "sha256": result.sha256 if status_failure is None else "",
        "fetched_at": result.fetched_at,
        "duration_ms": result.duration_ms,
    }
