"""Why a capture failed, in words a fact-checker can act on, and whether trying again may help."""


class FetchError(Exception):
    """A capture that did not succeed. `transient` failures are worth retrying."""

    transient = False

    def __init__(self, reason: str, *, url: str = "", retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.url = url
        self.retry_after = retry_after


class InvalidURL(FetchError):
    pass


class UnsupportedScheme(FetchError):
    pass


class BlockedAddress(FetchError):
    """The name points at our own network (loopback, private, metadata, ...): never fetched."""


class TooManyRedirects(FetchError):
    pass


class TooLarge(FetchError):
    pass


class MalformedResponse(FetchError):
    """The server's answer cannot be read as HTTP (headers too long or too many): it will not pass."""


class TLSFailure(FetchError):
    """The secure connection failed (bad certificate, old TLS): not fixed by trying again soon."""


class UnexpectedError(FetchError):
    """Anything else that stopped a capture (a bug, a database error): tried again, within limits."""

    transient = True


class FetchTimeout(FetchError):
    transient = True


class ConnectionFailed(FetchError):
    transient = True


class HTTPFailure(FetchError):
    """The server answered with an error status. 429 and 5xx may pass; other 4xx will not."""

    def __init__(self, reason: str, *, status: int, url: str = "", retry_after: float | None = None):
        super().__init__(reason, url=url, retry_after=retry_after)
        self.status = status

    @property
    def transient(self) -> bool:  # type: ignore[override]
        return self.status == 429 or self.status >= 500
