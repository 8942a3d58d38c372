"""Bad picture files: every one loads as a grayscale array or ends in one clear ImageError."""

import io
import os
import warnings

import numpy as np
import pytest
from PIL import Image

from playground.engine.data.mnist_style import load_image
from playground.engine.errors import ImageError

FORMATS = ["PNG", "JPEG", "GIF", "TIFF", "WEBP", "BMP"]


def _encoded(fmt: str, image: Image.Image, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _digit(mode: str = "L") -> Image.Image:
    pixels = np.full((40, 30), 255, np.uint8)
    pixels[8:32, 12:18] = 0
    return Image.fromarray(pixels).convert(mode)


def _load_or_refuse(path):
    try:
        gray = load_image(path)
    except ImageError as exc:
        assert path.name in str(exc)
        return None
    assert gray.dtype == np.float32 and gray.ndim == 2 and 0 <= gray.min() <= gray.max() <= 1
    return gray


@pytest.mark.parametrize("fmt", FORMATS)
def test_truncated_and_bit_flipped_files_load_or_raise_image_error(tmp_path, fmt):
    rng = np.random.default_rng(FORMATS.index(fmt))
    data = _encoded(fmt, _digit("RGB" if fmt == "JPEG" else "L"))
    path = tmp_path / f"case.{fmt.lower()}"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow warns about the corrupt tags it skips
        for i in range(60):
            damaged = bytearray(data[:int(rng.integers(len(data)))] if i % 2 else data)
            for _ in range(0 if i % 2 else int(rng.integers(1, 8))):
                damaged[int(rng.integers(len(damaged)))] ^= 1 << int(rng.integers(8))
            path.write_bytes(bytes(damaged))
            _load_or_refuse(path)
    path.write_bytes(data[:len(data) // 2])
    with pytest.raises(ImageError):
        load_image(path)


@pytest.mark.parametrize("name, payload", [
    ("random.png", bytes(np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8))),
    ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>'),
    ("notes.txt", b"just text\n"),
    ("empty.png", b""),
])
def test_files_that_are_not_pictures_are_refused(tmp_path, name, payload):
    (tmp_path / name).write_bytes(payload)
    with pytest.raises(ImageError, match="not an image"):
        load_image(tmp_path / name)


def test_decompression_bomb_header_is_refused(tmp_path):
    path = tmp_path / "bomb.png"
    Image.new("1", (60_000, 60_000)).save(path, optimize=False)
    with pytest.raises(ImageError, match="too large"):
        load_image(path)


@pytest.mark.parametrize("make", [
    lambda: Image.fromarray((np.asarray(_digit()).astype(np.uint16) * 257)).convert("I;16"),
    lambda: _digit().convert("P"),
    lambda: _digit().convert("CMYK"),
    lambda: Image.merge("LA", [Image.new("L", (30, 40), 0), Image.eval(_digit(), lambda v: 255 - v)]),
], ids=["16-bit", "palette", "cmyk", "alpha-only"])
def test_unusual_modes_read_as_the_same_digit(tmp_path, make):
    path = tmp_path / "digit.tiff"
    make().save(path)
    gray = load_image(path)
    assert gray.shape == (40, 30)
    assert gray[20, 15] < 0.2 and gray[2, 2] > 0.8  # the stroke dark, the paper light


def test_animated_gif_reads_its_first_frame(tmp_path):
    path = tmp_path / "anim.gif"
    _digit().save(path, save_all=True, append_images=[Image.new("L", (30, 40), 0)] * 2)
    assert load_image(path)[2, 2] > 0.8


def test_exif_rotation_is_honoured(tmp_path):
    path = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored rotated: display turned 90 degrees clockwise
    _digit().save(path, exif=exif, quality=95)
    assert load_image(path).shape == (30, 40)


def test_a_folder_and_a_missing_path_are_refused(tmp_path):
    with pytest.raises(ImageError, match="folder"):
        load_image(tmp_path)
    with pytest.raises(ImageError, match="not found"):
        load_image(tmp_path / "missing.png")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "locked.png"
    _digit().save(path)
    path.chmod(0)
    with pytest.raises(ImageError, match="not allowed"):
        load_image(path)
