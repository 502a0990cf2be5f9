"""Pictures made by the tests, as phones and scanners make them."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

RED, BLUE = (220, 30, 30), (30, 60, 220)


def halves(width: int = 400, height: int = 300) -> Image.Image:
    """Left half red, right half blue: which way up it is can be read from its pixels."""
    picture = Image.new("RGB", (width, height), BLUE)
    picture.paste(RED, (0, 0, width // 2, height))
    return picture


def jpeg(picture: Image.Image, orientation: int = 1, with_gps: bool = False) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 15"  # Model
    exif[0x0132] = "2026:11:20 14:03:00"  # DateTime
    if with_gps:
        gps = exif.get_ifd(0x8825)
        gps[1], gps[2] = "N", (35.0, 41.0, 22.2)
        gps[3], gps[4] = "E", (139.0, 41.0, 30.1)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def heic(picture: Image.Image) -> bytes:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    out = io.BytesIO()
    picture.save(out, format="HEIF", quality=85)
    return out.getvalue()


def png(picture: Image.Image, **params: object) -> bytes:
    out = io.BytesIO()
    picture.save(out, "PNG", **params)
    return out.getvalue()


def bomb(width: int = 40_000, height: int = 40_000) -> bytes:
    """A PNG that says it is ``width``×``height`` in a few kilobytes: its header and the first
    rows of zeros, as a decompression bomb arrives."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    rows = zlib.compress(b"\0" * (width + 1) * 64, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )
