"""A photo as it is kept: upright, sRGB, at most 3,000 pixels long, with no metadata; and
what is refused (not a picture, cut short, a decompression bomb) with a reason."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms

from app.messages import photo_refusal
from app.photos.intake import LONG_EDGE, THUMB_EDGE, PhotoRefused, prepare
from tests.photos.pictures import BLUE, RED, bomb, halves, heic, jpeg, png


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel[:3], colour, strict=True))


def test_a_phone_photo_turned_by_its_exif_comes_out_upright() -> None:
    kept = prepare(jpeg(halves(400, 300), orientation=6), "IMG_0042.JPG")
    picture = Image.open(io.BytesIO(kept.image))
    assert picture.size == (300, 400) == (kept.width, kept.height)
    # orientation 6 is a quarter turn clockwise: the left (red) half is on top
    assert _near(picture.getpixel((150, 40)), RED) and _near(picture.getpixel((150, 360)), BLUE)
    assert kept.caption == "IMG_0042" and kept.format == "jpeg"


def test_location_camera_and_time_are_stripped_from_the_stored_bytes() -> None:
    original = jpeg(halves(), orientation=1, with_gps=True)
    assert b"Apple" in original and b"Exif" in original
    kept = prepare(original, "家の中.jpg")
    for stored in (kept.image, kept.thumbnail):
        assert b"Exif" not in stored and b"Apple" not in stored and b"iPhone" not in stored
        assert b"2026:11:20" not in stored
        again = Image.open(io.BytesIO(stored))
        assert len(again.getexif()) == 0 and "icc_profile" not in again.info


def test_a_png_keeps_no_text_or_profile_chunks() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    drawing = Image.new("RGB", (300, 200), "white")
    drawing.paste((0, 0, 0), (10, 10, 100, 30))
    from PIL import PngImagePlugin

    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "山田 花子")
    kept = prepare(png(drawing, pnginfo=text, icc_profile=profile), "recording.png")
    assert kept.format == "png"  # a drawing of few colours stays PNG
    assert (
        b"tEXt" not in kept.image
        and b"iCCP" not in kept.image
        and "山田".encode() not in kept.image
    )


def test_an_iphone_heic_is_read_and_kept_as_jpeg() -> None:
    kept = prepare(heic(halves(640, 480)), "IMG_1234.HEIC")
    picture = Image.open(io.BytesIO(kept.image))
    assert picture.format == "JPEG" and picture.size == (640, 480)
    assert _near(picture.getpixel((100, 240)), RED) and _near(picture.getpixel((540, 240)), BLUE)


def test_a_large_photo_is_downscaled_with_a_thumbnail() -> None:
    kept = prepare(jpeg(halves(5000, 2000)), "wide.jpg")
    assert (kept.width, kept.height) == (LONG_EDGE, 1200)
    thumbnail = Image.open(io.BytesIO(kept.thumbnail))
    assert max(thumbnail.size) == THUMB_EDGE
    assert len(kept.thumbnail) < len(kept.image)


def test_a_transparent_png_stays_png_with_its_transparency() -> None:
    sticker = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    sticker.paste((255, 200, 0, 255), (50, 50, 150, 150))
    kept = prepare(png(sticker), "sticker.png")
    assert kept.format == "png"
    assert Image.open(io.BytesIO(kept.image)).getpixel((5, 5))[3] == 0


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"this is a text file, not a picture", "not_an_image"),
        (jpeg(halves(800, 600))[:4000], "damaged"),
        (bomb(), "too_many_pixels"),
        (b"", "not_an_image"),
    ],
    ids=["text", "truncated", "bomb", "empty"],
)
def test_what_is_not_a_photo_is_refused_with_a_reason(data: bytes, code: str) -> None:
    if code == "too_many_pixels":
        assert len(data) < 10_000  # a few kilobytes that claim 1.6 billion pixels
    with pytest.raises(PhotoRefused) as refused:
        prepare(data, "x.jpg")
    assert refused.value.code == code
    message = photo_refusal(refused.value.code, refused.value.detail)
    assert message and message != code
