"""A Redis cache that keeps the site answering while Redis is unreachable.

The reader pages' cache and the API throttle both go through Django's default cache. With
Django's own RedisCache, an unreachable Redis turns every one of those requests into a 500.
This backend falls back to per-process memory instead: it logs the outage once, serves
from memory, and tries Redis again every RETRY_SECONDS (one connect timeout per process at
most that often), logging again when Redis is back. While it is down, each process keeps its
own page cache and throttle counts, which is what a single-process development server has anyway.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
OPERATIONS = (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "set_many",
    "delete_many",
    "clear",
)


class ResilientRedisCache(RedisCache):
    RETRY_SECONDS = 30.0

    def __init__(self, server, params):
        super().__init__(server, params)
        memory_params = {key: value for key, value in params.items() if key != "OPTIONS"}
        self.fallback = LocMemCache(f"redis-fallback-{id(self)}", memory_params)
        self._lock = threading.Lock()
        self._retry_at = 0.0  # monotonic time before which Redis is not tried again
        self.degraded = False

    def _run(self, operation: str, *args, **kwargs):
        if self.degraded and time.monotonic() < self._retry_at:
            return getattr(self.fallback, operation)(*args, **kwargs)
        try:
            result = getattr(super(), operation)(*args, **kwargs)
        except UNREACHABLE as exc:
            self._went_down(exc)
            return getattr(self.fallback, operation)(*args, **kwargs)
        if self.degraded:
            self._came_back()
        return result

    def _went_down(self, exc: BaseException) -> None:
        with self._lock:
            self._retry_at = time.monotonic() + self.RETRY_SECONDS
            if self.degraded:
                return
            self.degraded = True
        log.warning(
            "Redis cache unreachable (%s); using per-process memory, trying Redis again every %ss.",
            exc,
            int(self.RETRY_SECONDS),
        )

    def _came_back(self) -> None:
        with self._lock:
            if not self.degraded:
                return
            self.degraded = False
        log.warning("Redis cache reachable again; back to the shared cache.")


def _delegate(operation: str):
    def method(self, *args, **kwargs):
        return self._run(operation, *args, **kwargs)

    method.__name__ = operation
    method.__doc__ = f"RedisCache.{operation}, or per-process memory while Redis is unreachable."
    return method


for _operation in OPERATIONS:
    setattr(ResilientRedisCache, _operation, _delegate(_operation))
