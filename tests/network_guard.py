"""No test sends a packet off this machine: connections and name look-ups are held to loopback.

`install()` wraps `socket.socket.connect`/`connect_ex` and `socket.getaddrinfo` once per test
session. A connection to anything but 127.0.0.0/8 or ::1 (or a Unix socket), and a look-up of
any name but an address literal or `localhost`, raises `OffMachine` before a byte is sent and is
recorded; the autouse fixture in tests/conftest.py then fails the test that did it, even when
the code under test swallowed the exception (the archiver turns OSErrors into results).

The suite's own services are all loopback: PostgreSQL and Redis at 127.0.0.1, the live server,
the test HTTP servers. libpq connects in C, outside this guard, to 127.0.0.1 as well.
"""

import ipaddress
import socket
import threading

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


class OffMachine(ConnectionRefusedError):
    """A test tried to connect off this machine. An OSError, like a real refusal, so the code under
    test takes its ordinary failure path; the fixture still fails the test."""


class OffMachineLookup(socket.gaierror):
    """A test tried to look a name up in the real DNS (a packet to a resolver off the machine)."""


_attempts: list[str] = []
_lock = threading.Lock()
_installed = False


def is_loopback(host) -> bool:
    text = str(host).strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


def is_numeric(name: str) -> bool:
    """An address the resolver reads without asking DNS: an IP literal (also the old inet_aton
    forms such as 0177.0.0.1 or 2130706433), or a name for this machine."""
    if name.lower() in LOCAL_NAMES:
        return True
    try:
        ipaddress.ip_address(name.strip("[]").split("%", 1)[0])
        return True
    except ValueError:
        pass
    try:
        socket.inet_aton(name)
        return True
    except OSError:
        return False


def _record(what: str, error=OffMachine) -> OSError:
    with _lock:
        _attempts.append(what)
    return error(f"Tests may not reach off this machine: {what}")


def _check_address(family, address) -> None:
    if family not in (socket.AF_INET, socket.AF_INET6):
        return  # Unix sockets and socketpairs stay on the machine
    host = address[0] if isinstance(address, tuple) else address
    if not is_loopback(host) and str(host).lower() not in LOCAL_NAMES:
        raise _record(f"connect to {host!r}")


def take_attempts() -> list[str]:
    """The off-machine attempts since the last call (and forget them)."""
    with _lock:
        found = list(_attempts)
        _attempts.clear()
    return found


def install() -> None:
    global _installed
    if _installed:
        return
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        _check_address(self.family, address)
        return real_connect(self, address)

    def connect_ex(self, address):
        _check_address(self.family, address)
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and not is_numeric(str(name)):
            # A real look-up would ask a DNS server off the machine; fake the resolver instead.
            raise _record(f"look up the name {name!r}", OffMachineLookup)
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.getaddrinfo = getaddrinfo
    _installed = True
