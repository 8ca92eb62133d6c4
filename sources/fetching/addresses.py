"""Which network addresses a capture may connect to.

A reference URL is typed by a person or read out of a report, so it must never reach our own
network: loopback, private ranges, the cloud metadata service, carrier-grade NAT, and every
IPv6 form that smuggles one of those in (IPv4-mapped, NAT64, 6to4, Teredo). Only globally
routable unicast addresses pass.
"""

import ipaddress
import socket

from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from requests_hardened.ip_filter import EXTRA_BLOCKED_NET_RANGES
from requests_hardened.ip_filter_adapter import IPFilterAdapter

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Ranges named explicitly so the refusal can say what it is, and so an older Python whose
# `is_private` tables lag behind (gh-113171) still refuses them. requests-hardened's own list
# (6to4 relay, CGNAT, NAT64, ORCHID, segment routing) is added below.
NAMED_RANGES: tuple[tuple[str, ipaddress.IPv4Network | ipaddress.IPv6Network], ...] = (
    ("the cloud metadata service / link-local", ipaddress.ip_network("169.254.0.0/16")),
    ("carrier-grade NAT", ipaddress.ip_network("100.64.0.0/10")),
    ("this network", ipaddress.ip_network("0.0.0.0/8")),
    ("IPv4-mapped IPv6", ipaddress.ip_network("::ffff:0:0/96")),
    ("IPv4-compatible IPv6", ipaddress.ip_network("::/96")),
    ("NAT64", ipaddress.ip_network("64:ff9b::/96")),
    ("local NAT64", ipaddress.ip_network("64:ff9b:1::/48")),
    ("6to4", ipaddress.ip_network("2002::/16")),
    ("Teredo", ipaddress.ip_network("2001::/32")),
    ("IPv6 site-local", ipaddress.ip_network("fec0::/10")),
    ("IPv6 unique local", ipaddress.ip_network("fc00::/7")),
) + tuple(("a special-purpose range", net) for net in EXTRA_BLOCKED_NET_RANGES)


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address carried inside an IPv6 one (mapped, NAT64, 6to4, Teredo), if any."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in ipaddress.ip_network("64:ff9b::/96") or ip in ipaddress.ip_network("::/96"):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def refusal(ip: IPAddress) -> str | None:
    """Why a capture may not connect to `ip`, or None when it may."""
    if ip.is_loopback or ip.is_unspecified:
        return f"{ip} is {'loopback' if ip.is_loopback else 'unspecified'}"
    inner = embedded_ipv4(ip)
    if inner is not None:
        why = refusal(inner)
        if why:
            return f"{ip} wraps {inner}, {why}"
    for label, net in NAMED_RANGES:
        if ip.version == net.version and ip in net:
            return f"{ip} is {label}"
    checks = (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("not globally routable", not ip.is_global),
    )
    for label, hit in checks:
        if hit:
            return f"{ip} is {label}"
    return None


def is_allowed_host(host: str, allowed_hosts: frozenset[str]) -> bool:
    return host.lower().strip("[]") in allowed_hosts


def resolve_checked(host: str, port: int, *, allowed_hosts: frozenset[str] = frozenset()) -> str:
    """Resolve `host` once, check every address it has, and return the one to connect to.

    The caller connects to exactly this address (never resolving again), so a name whose
    DNS answer changes between check and connect (rebinding) gets nowhere. Any blocked
    address in the answer refuses the whole name: an attacker controls which one we'd pick.
    A host on `allowed_hosts` (tests only; empty in production) may also reach loopback,
    and nothing else that is blocked; a name not on the list never may.
    """
    from .errors import BlockedAddress, ConnectionFailed, FetchTimeout

    if not host:
        raise BlockedAddress("The URL has no host name.")
    bare = host.strip("[]")
    try:
        infos = socket.getaddrinfo(bare, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConnectionFailed(f"The name {bare} could not be looked up ({exc.strerror}).") from exc
    except TimeoutError as exc:
        raise FetchTimeout(f"Looking up {bare} timed out.") from exc
    addresses: list[IPAddress] = []
    for family, *_rest, sockaddr in infos:
        if family in (socket.AF_INET, socket.AF_INET6):
            addresses.append(ipaddress.ip_address(sockaddr[0].split("%", 1)[0]))
    if not addresses:
        raise ConnectionFailed(f"The name {bare} has no IPv4 or IPv6 address.")
    allow_loopback = is_allowed_host(bare, allowed_hosts)
    for ip in addresses:
        why = None if (allow_loopback and ip.is_loopback) else refusal(ip)
        if why:
            raise BlockedAddress(
                f"Refused: {bare} points to an address inside a private or special network ({why})."
            )
    # All were checked; connect over IPv4 when there is one, as many hosts publish AAAA records
    # that a server without an IPv6 route cannot reach (and a pinned address has no fallback).
    chosen = next((ip for ip in addresses if ip.version == 4), addresses[0])
    return f"[{chosen}]" if chosen.version == 6 else str(chosen)


class CheckedAddressAdapter(IPFilterAdapter):
    """requests-hardened's pinning adapter with our address check in place of its own."""

    def __init__(self, *, is_https_proto: bool, allowed_hosts: frozenset[str]):
        super().__init__(is_https_proto=is_https_proto, allow_loopback=False)
        self.allowed_hosts = allowed_hosts
        self.last_address = ""

    def build_connection_pool_key_attributes(self, request, verify, cert=None):
        # Same steps as IPFilterAdapter's, with `resolve_checked` as the filter.
        host_params, pool_kwargs = HTTPAdapter.build_connection_pool_key_attributes(
            self, request, verify, cert
        )
        request.headers = CaseInsensitiveDict(request.headers or {})
        hostname = host_params["host"]
        port = host_params["port"] or (443 if self._is_https_proto else 80)
        host_header = f"[{hostname}]" if ":" in hostname else hostname
        if host_params["port"] is not None:
            host_header += f":{host_params['port']}"
        request.headers["Host"] = host_header
        if self._is_https_proto:
            pool_kwargs["assert_hostname"] = hostname
            pool_kwargs["server_hostname"] = hostname
        host_params["host"] = resolve_checked(hostname, port, allowed_hosts=self.allowed_hosts)
        self.last_address = host_params["host"].strip("[]")
        return host_params, pool_kwargs
