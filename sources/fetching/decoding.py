"""Undoing a page's content coding under a size cap, and telling a malformed answer from a broken one.

Brotli through brotlicffi rather than the `brotli` module: warcio crashes on `br` records when
`brotli` is importable (it sets an attribute the C type does not have), and so would
`warcio check` on our captures.
"""

import http.client
import zlib

import brotlicffi

from .errors import TooLarge


def decode_body(body: bytes, coding: str, *, limit: int) -> bytes | None:
    """`body` with its content coding undone (at most `limit` bytes, or TooLarge), or None for a
    coding we do not read."""
    coding = coding.strip().lower()
    if coding in ("", "identity"):
        return body
    if coding in ("gzip", "x-gzip", "deflate"):
        return _inflate(body, limit)
    if coding == "br":
        return _unbrotli(body, limit)
    return None


def _too_large_unpacked(limit: int) -> TooLarge:
    return TooLarge(f"The page unpacks to more than {limit // (1024 * 1024)} MB.")


def _inflate(body: bytes, limit: int) -> bytes | None:
    for wbits in (zlib.MAX_WBITS | 32, -zlib.MAX_WBITS):  # gzip/zlib header, then raw deflate
        try:
            out = zlib.decompressobj(wbits).decompress(body, limit + 1)
        except zlib.error:
            continue
        if len(out) > limit:
            raise _too_large_unpacked(limit)
        return out
    return None


def _unbrotli(body: bytes, limit: int) -> bytes | None:
    decoder = brotlicffi.Decompressor()
    try:
        out = decoder.process(body, output_buffer_limit=limit + 1)
    except brotlicffi.error:
        return None
    if len(out) > limit or not decoder.can_accept_more_data():
        raise _too_large_unpacked(limit)
    return out


def malformed_answer(exc: BaseException) -> str:
    """What is wrong with an answer http.client refused to parse (over-long or too many headers),
    or "" for a connection that merely broke (worth another try)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, http.client.LineTooLong):
            return "a header or status line is too long"
        if type(current) is http.client.HTTPException and "more than" in str(current):
            return "too many headers"
        todo.extend(arg for arg in current.args if isinstance(arg, BaseException))
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return ""
