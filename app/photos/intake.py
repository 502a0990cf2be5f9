"""A photo from a phone or a scanner made fit to keep in the workshop file.

What comes in: JPEG, PNG, HEIC/HEIF (iPhones; pillow-heif), also WebP, BMP, GIF, TIFF.
What is kept: the picture upright (EXIF orientation applied), in sRGB (a colour profile
converted), its long edge at most :data:`LONG_EDGE` pixels, with no metadata at all — these
are photos of residents' rooms and faces, so the place, the camera and the time go. Photos
are stored as JPEG; pictures with transparency, and PNGs that are drawings or screenshots
(few colours), stay PNG. A thumbnail of :data:`THUMB_EDGE` pixels goes with each.

What is refused, with a reason code for a Japanese message (``app/messages.py``) and nothing
kept: what is not an image, a truncated file, a picture of more than :data:`MOST_PIXELS`
pixels (a decompression bomb is refused from its header, before it is decoded).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

LONG_EDGE = 3000
THUMB_EDGE = 320
JPEG_QUALITY = 85
THUMB_QUALITY = 80
#: More pixels than this is not a photo anyone took (a 48-megapixel phone: 48 million).
MOST_PIXELS = 100_000_000
#: Colours below which a PNG is a drawing or a screenshot and stays PNG.
FEW_COLOURS = 256

_heif_ready = False


class PhotoRefused(Exception):
    """A file that cannot become a photo: ``code`` names why, ``detail`` says more."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class PreparedPhoto:
    image: bytes
    thumbnail: bytes
    width: int
    height: int
    format: str  # "jpeg" or "png"
    caption: str  # a first caption: the file's name without its extension


def _open_heif() -> None:
    global _heif_ready
    if not _heif_ready:
        from pillow_heif import register_heif_opener  # noqa: PLC0415 - only when a photo comes

        register_heif_opener()
        _heif_ready = True


def prepare(data: bytes, name: str = "") -> PreparedPhoto:
    """The photo in ``data`` (a file's bytes) as it is kept; raises :class:`PhotoRefused`."""
    _open_heif()
    Image.MAX_IMAGE_PIXELS = MOST_PIXELS  # Pillow's own guard stays on, at our limit
    try:
        with Image.open(io.BytesIO(data)) as opened:
            width, height = opened.size
            if width * height > MOST_PIXELS:
                raise PhotoRefused("too_many_pixels", f"{width}×{height}")
            source_format = (opened.format or "").upper()
            if source_format == "JPEG":  # decoded at half or a quarter size when that is enough
                opened.draft("RGB", within(opened.size, LONG_EDGE))
            opened.load()  # a truncated file fails here, not half-drawn later
            picture = ImageOps.exif_transpose(opened)
            picture = _in_srgb(picture, opened.info.get("icc_profile"))
    except PhotoRefused:
        raise
    except Image.DecompressionBombError:
        raise PhotoRefused("too_many_pixels", "") from None
    except UnidentifiedImageError:
        raise PhotoRefused("not_an_image", name) from None
    except (OSError, SyntaxError, ValueError) as error:
        raise PhotoRefused("damaged", str(error)) from None
    as_png = _keeps_png(picture, source_format)
    picture = _plain_mode(picture, as_png)
    picture.thumbnail((LONG_EDGE, LONG_EDGE), Image.Resampling.BICUBIC, reducing_gap=2.0)
    image = _encode(picture, as_png, JPEG_QUALITY)
    small = picture.copy()
    small.thumbnail((THUMB_EDGE, THUMB_EDGE), Image.Resampling.BICUBIC, reducing_gap=2.0)
    thumbnail = _encode(small, as_png, THUMB_QUALITY)
    caption = Path(name).stem if name else ""
    return PreparedPhoto(
        image, thumbnail, picture.width, picture.height, "png" if as_png else "jpeg", caption
    )


def within(size: tuple[int, int], edge: int) -> tuple[int, int]:
    """``size`` scaled down, proportions kept, to a long edge of at most ``edge``."""
    width, height = size
    scale = min(1.0, edge / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def prepare_file(path: Path) -> PreparedPhoto:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PhotoRefused("unreadable", error.strerror or str(error)) from None
    return prepare(data, path.name)


def _in_srgb(picture: Image.Image, profile: bytes | None) -> Image.Image:
    """The picture's colours converted from its embedded profile (Display P3 from an
    iPhone, Adobe RGB from a camera) to sRGB, which is what screens and PDFs assume."""
    if not profile or picture.mode not in ("RGB", "RGBA"):
        return picture
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        target = ImageCms.createProfile("sRGB")
        converted = ImageCms.profileToProfile(picture, source, target, outputMode=picture.mode)
    except (ImageCms.PyCMSError, OSError):
        return picture  # a broken profile: the colours as they are
    return converted if converted is not None else picture


def _keeps_png(picture: Image.Image, source_format: str) -> bool:
    if "A" in picture.getbands() or "transparency" in picture.info:
        return True
    if source_format != "PNG":
        return False
    sample = picture.copy()
    sample.thumbnail((400, 400))
    return sample.getcolors(FEW_COLOURS) is not None  # a drawing, not a photo


def _plain_mode(picture: Image.Image, as_png: bool) -> Image.Image:
    if as_png:
        wanted = "RGBA" if ("A" in picture.getbands() or "transparency" in picture.info) else "RGB"
    else:
        wanted = "RGB"
    if picture.mode == "RGBA" and wanted == "RGB":
        flat = Image.new("RGB", picture.size, "white")
        flat.paste(picture, mask=picture.getchannel("A"))
        return flat
    return picture.convert(wanted) if picture.mode != wanted else picture


def _encode(picture: Image.Image, as_png: bool, quality: int) -> bytes:
    """Encoded with nothing but the pixels: no EXIF, no GPS, no profile, no text chunks."""
    bare = Image.frombytes(picture.mode, picture.size, picture.tobytes())
    out = io.BytesIO()
    if as_png:
        bare.save(out, format="PNG", optimize=True)
    else:
        bare.save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()
