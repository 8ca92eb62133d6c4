"""A named lock held for the length of a piece of work, so the work runs once at a time.

On PostgreSQL it is a session-level advisory lock: it lives exactly as long as the work (or the
connection, if the process dies), so it can never be left stuck. Elsewhere (SQLite, the
embedded default) it is a cache entry added atomically, with a timeout as the backstop; with
REDIS_URL the cache is shared by every process, and without it there is one process anyway.
"""

import hashlib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from django.core.cache import cache
from django.db import connection

from .errors import Busy

CACHE_LOCK_SECONDS = 15 * 60


def _advisory_key(name: str) -> int:
    # pg advisory locks take a signed 64-bit key.
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


@contextmanager
def held(name: str, *, busy: str) -> Iterator[None]:
    """Hold the lock `name` for the block; if someone else holds it, raise Busy(busy) at once."""
    if connection.vendor == "postgresql":
        key = _advisory_key(name)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            if not cursor.fetchone()[0]:
                raise Busy(busy)
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        return
    token, key = uuid.uuid4().hex, f"lock:{name}"
    if not cache.add(key, token, CACHE_LOCK_SECONDS):
        raise Busy(busy)
    try:
        yield
    finally:
        if cache.get(key) == token:
            cache.delete(key)
