"""The laptop's network interfaces that are up, with their addresses (Qt's QNetworkInterface)."""

from __future__ import annotations

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from app.room.addresses import Address, best_first


def addresses() -> list[Address]:
    """Every address of an interface that is up and running, best first; link-local IPv6
    addresses are left out (a phone's browser cannot use them in an address)."""
    found: list[Address] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning):
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            protocol = ip.protocol()
            if protocol == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol or (
                protocol == QAbstractSocket.NetworkLayerProtocol.IPv6Protocol
                and not ip.isLinkLocal()
            ):
                found.append(Address(interface.humanReadableName(), ip.toString()))
    return best_first(found)
