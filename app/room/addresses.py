"""Which of the laptop's addresses phones can reach: the one a room server offers first."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

#: The room server's port: fixed, so a typed address keeps working from one session to the
#: next (a free port is used when it is taken).
DEFAULT_PORT = 8730
#: Windows' mobile hotspot gives the laptop this address on the network it opens.
WINDOWS_HOTSPOT = "192.168.137.1"


@dataclass(frozen=True)
class Address:
    interface: str  # the interface's human-readable name ("Wi-Fi", "wlan0" …)
    ip: str

    @property
    def private(self) -> bool:
        address = ipaddress.ip_address(self.ip)
        return address.is_private and not address.is_loopback and not address.is_link_local

    @property
    def loopback(self) -> bool:
        return ipaddress.ip_address(self.ip).is_loopback


def best_first(addresses: list[Address]) -> list[Address]:
    """The addresses in the order to offer them: the hotspot's, then private-range IPv4
    (a hall's LAN), then other IPv4, then IPv6, and the loopback (this laptop only) last."""

    def rank(address: Address) -> tuple[int, str]:
        ip = ipaddress.ip_address(address.ip)
        if address.ip == WINDOWS_HOTSPOT:
            return (0, address.ip)
        if address.loopback:
            return (5, address.ip)
        if ip.version == 4 and address.private:
            return (1, address.ip)
        if ip.version == 4:
            return (2, address.ip)
        return (3, address.ip)

    return sorted(addresses, key=rank)
