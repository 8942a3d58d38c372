"""Preprocessing turns any picture of a digit into MNIST's form, and refuses what is not a digit."""

from __future__ import annotations

import functools
import struct
import zlib

import numpy as np
import pytest
from PIL import Image, ImageDraw
from scipy import ndimage as ndi

from playground.engine.errors import EmptyImageError, ImageError
from playground.engine.data import mnist_style as preprocess
from playground.engine.data.mnist_style import (block_factor, classify, load_image, naive_resize,
                                                smooth_enlargement, to_mnist)

# A "2" as a polyline in unit coordinates: curved top, diagonal, flat base.
TWO = [(0.32, 0.32), (0.42, 0.22), (0.56, 0.22), (0.64, 0.32), (0.6, 0.45), (0.34, 0.74),
       (0.68, 0.74)]


def draw_digit(size: int, width: int, points=TWO, ink: int = 0, paper: int = 255,
               mode: str = "L", offset=(0.0, 0.0), scale: float = 1.0) -> np.ndarray:
    """A stroke drawing like the pad makes, dark ink on light paper by default."""
    image = Image.new(mode, (size, size), paper)
    pixels = [((x * scale + offset[0]) * size, (y * scale + offset[1]) * size) for x, y in points]
    ImageDraw.Draw(image).line(pixels, fill=ink, width=width, joint="curve")
    return np.asarray(image)


def ink_box(image28: np.ndarray) -> tuple[int, int]:
    rows = np.flatnonzero((image28 > 0.05).any(axis=1))
    cols = np.flatnonzero((image28 > 0.05).any(axis=0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def test_output_is_28x28_float_ink_bright_in_0_1():
    out = to_mnist(draw_digit(280, 14))
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert out.min() >= 0.0 and out.max() <= 1.0
    assert out.max() > 0.9
    # Paper is zero: the corners hold no ink.
    assert out[:3, :3].max() == 0.0 and out[-3:, -3:].max() == 0.0


@pytest.mark.parametrize("normalize_stroke", [True, False])
def test_dark_on_light_and_light_on_dark_give_the_same_input(normalize_stroke):
    dark_on_light = to_mnist(draw_digit(300, 12), normalize_stroke)
    light_on_dark = to_mnist(draw_digit(300, 12, ink=255, paper=0), normalize_stroke)
    np.testing.assert_allclose(dark_on_light, light_on_dark, atol=0.02)


def test_the_same_digit_at_60_and_400_pixels_gives_nearly_the_same_input():
    small = to_mnist(draw_digit(60, 3))
    large = to_mnist(draw_digit(400, 20))
    assert np.abs(small - large).mean() < 0.05
    assert np.corrcoef(small.ravel(), large.ravel())[0, 1] > 0.9


def test_position_and_size_on_the_canvas_do_not_matter():
    centred = to_mnist(draw_digit(300, 10))
    corner = to_mnist(draw_digit(300, 5, offset=(0.0, 0.0), scale=0.5))
    assert np.corrcoef(centred.ravel(), corner.ravel())[0, 1] > 0.9


def test_stroke_normalisation_makes_thin_and_thick_pens_alike():
    thin = to_mnist(draw_digit(400, 3))
    thick = to_mnist(draw_digit(400, 30))
    assert abs(thin.sum() - thick.sum()) / thick.sum() < 0.15
    raw_thin = to_mnist(draw_digit(400, 3), normalize_stroke=False)
    raw_thick = to_mnist(draw_digit(400, 30), normalize_stroke=False)
    assert raw_thick.sum() > 2 * raw_thin.sum()


@pytest.mark.parametrize("normalize_stroke", [True, False])
@pytest.mark.parametrize("size,width,scale", [(280, 14, 1.0), (500, 4, 0.4), (64, 2, 1.4)])
def test_centre_of_mass_is_in_the_middle_and_ink_fits_20x20(size, width, scale, normalize_stroke):
    offset = ((1 - scale) / 2, (1 - scale) / 2)
    out = to_mnist(draw_digit(size, width, scale=scale, offset=offset), normalize_stroke)
    row, col = ndi.center_of_mass(out)
    assert 13.5 <= row <= 14.5 and 13.5 <= col <= 14.5
    height, width = ink_box(out)
    assert max(height, width) <= 20 and max(height, width) >= 18


def test_a_one_keeps_its_narrow_shape():
    one = to_mnist(draw_digit(300, 10, points=[(0.5, 0.2), (0.5, 0.8)]))
    height, width = ink_box(one)
    assert height == 20 and width <= 6


@pytest.mark.parametrize("value", [0, 255, 128])
@pytest.mark.parametrize("function", [to_mnist, naive_resize])
def test_uniform_images_are_empty(value, function):
    with pytest.raises(EmptyImageError):
        function(np.full((200, 200), value, dtype=np.uint8))


def test_a_smooth_lighting_gradient_is_not_ink():
    gradient = np.linspace(0.5, 1.0, 300, dtype=np.float32)[None, :].repeat(300, axis=0)
    with pytest.raises(EmptyImageError):
        to_mnist(gradient)


def test_uneven_lighting_of_a_photo_is_removed():
    clean = to_mnist(draw_digit(300, 10))
    drawing = draw_digit(300, 10).astype(np.float32) / 255.0
    rows, cols = np.mgrid[0:300, 0:300] / 300.0
    lighting = 0.55 + 0.35 * cols - 0.15 * (rows - 0.5) ** 2   # a lamp from the right
    photo = np.clip(drawing * lighting + 0.08 * (1 - drawing), 0, 1)
    photo += np.random.default_rng(0).normal(0, 0.02, photo.shape)
    out = to_mnist(np.clip(photo, 0, 1))
    assert np.corrcoef(clean.ravel(), out.ravel())[0, 1] > 0.9


def test_small_specks_do_not_move_the_digit():
    clean = draw_digit(300, 10)
    specked = clean.copy()
    specked[5:8, 290:293] = 0
    np.testing.assert_allclose(to_mnist(specked), to_mnist(clean), atol=1e-6)


@pytest.mark.parametrize("channels", ["RGB", "RGBA"])
def test_colour_input_works(channels):
    gray = to_mnist(draw_digit(300, 10))
    colour = draw_digit(300, 10, ink=(20, 40, 160) if channels == "RGB" else (20, 40, 160, 255),
                        paper=(250, 240, 200) if channels == "RGB" else (250, 240, 200, 255),
                        mode=channels)
    np.testing.assert_allclose(to_mnist(colour), gray, atol=0.05)


def test_float_input_in_0_1_and_in_0_255_agree():
    drawing = draw_digit(200, 8)
    np.testing.assert_allclose(to_mnist(drawing.astype(np.float32) / 255.0),
                               to_mnist(drawing.astype(np.float64)), atol=1e-5)


def test_naive_resize_shrinks_the_whole_canvas():
    drawing = draw_digit(280, 14, offset=(0.0, 0.0), scale=0.5)   # small, top-left
    naive = naive_resize(drawing)
    assert naive.shape == (28, 28) and naive.max() <= 1.0
    row, col = ndi.center_of_mass(naive)
    assert row < 10 and col < 10
    assert max(ink_box(naive)) < 15


@pytest.mark.parametrize("bad", [np.zeros((1, 1)), np.zeros((5, 300)), np.zeros((10, 10, 2)),
                                 np.full((50, 50), np.nan)])
def test_arrays_that_are_not_pictures_are_refused(bad):
    with pytest.raises(ImageError):
        to_mnist(bad)


# ----------------------------------------------------------------------------- files
def test_load_image_reads_png_as_float_grayscale(tmp_path):
    path = tmp_path / "digit.png"
    Image.fromarray(draw_digit(120, 6)).save(path)
    image = load_image(path)
    assert image.shape == (120, 120) and image.dtype == np.float32
    assert image.max() == 1.0 and image.min() == 0.0


def test_load_image_composites_transparency_on_white(tmp_path):
    path = tmp_path / "transparent.png"
    rgba = Image.new("RGBA", (100, 100), (0, 0, 0, 0))            # transparent black "paper"
    ImageDraw.Draw(rgba).line([(50, 10), (50, 90)], fill=(0, 0, 0, 255), width=8)
    rgba.save(path)
    image = load_image(path)
    assert image[5, 5] == 1.0 and image[50, 50] == 0.0


def test_load_image_applies_exif_orientation(tmp_path):
    path = tmp_path / "photo.jpg"
    picture = Image.new("L", (200, 100), 255)                      # wide, ink on the left
    ImageDraw.Draw(picture).rectangle([10, 10, 40, 90], fill=0)
    exif = Image.Exif()
    exif[0x0112] = 6                                               # rotate 90 degrees to view
    picture.save(path, exif=exif, quality=95)
    image = load_image(path)
    assert image.shape == (200, 100)                               # upright: tall
    assert image[:100].mean() < image[100:].mean()                 # ink now at the top


def test_jpeg_and_bmp_load_like_png(tmp_path):
    drawing = Image.fromarray(draw_digit(200, 10))
    results = []
    for name in ("d.png", "d.jpg", "d.bmp"):
        drawing.save(tmp_path / name)
        results.append(to_mnist(load_image(tmp_path / name)))
    np.testing.assert_allclose(results[1], results[0], atol=0.1)
    np.testing.assert_allclose(results[2], results[0], atol=1e-6)


def test_missing_file_is_an_image_error(tmp_path):
    with pytest.raises(ImageError, match="not found"):
        load_image(tmp_path / "nothing.png")


def test_non_image_bytes_are_an_image_error(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("these are not pixels\n" * 20)
    with pytest.raises(ImageError, match="not an image"):
        load_image(path)


def test_truncated_png_is_an_image_error(tmp_path):
    path = tmp_path / "cut.png"
    noisy = np.random.default_rng(1).integers(0, 256, (200, 200), dtype=np.uint8)
    Image.fromarray(noisy).save(path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ImageError, match="truncated"):
        load_image(path)


def test_one_pixel_image_is_too_small(tmp_path):
    path = tmp_path / "dot.png"
    Image.new("L", (1, 1), 0).save(path)
    with pytest.raises(ImageError, match="too small"):
        load_image(path)


def test_huge_image_is_refused_from_its_header(tmp_path):
    """A 20000 x 20000 header is refused before the pixels are decoded."""
    path = tmp_path / "huge.png"
    Image.new("L", (16, 16), 255).save(path)
    data = bytearray(path.read_bytes())
    # IHDR starts at byte 8: length (4), type (4), width (4), height (4), ..., CRC after 13 bytes.
    data[16:24] = struct.pack(">II", 20000, 20000)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    path.write_bytes(bytes(data))
    with pytest.raises(ImageError, match="too large"):
        load_image(path)


def test_blank_picture_file_loads_but_is_empty(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(path)
    with pytest.raises(EmptyImageError):
        to_mnist(load_image(path))


class _FixedModel:
    """Stands in for a model: records its input and answers with fixed probabilities."""

    def __init__(self) -> None:
        self.seen = None

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        self.seen = images
        out = np.full((len(images), 10), 0.05, dtype=np.float32)
        out[:, 2] = 0.55
        return out


def test_classify_passes_one_image_and_returns_its_probabilities():
    model = _FixedModel()
    image = to_mnist(draw_digit(200, 8))
    probabilities = classify(model, image)
    assert probabilities.shape == (10,) and np.argmax(probabilities) == 2
    assert model.seen.shape == (1, 28, 28)
    np.testing.assert_array_equal(model.seen[0], image)


# ----------------------------------------------------------------------------- drawn digits
@functools.lru_cache(maxsize=1)
def _shipped_digit_models():
    """Shipped models trained on MNIST (Fashion-MNIST ones name garments, not digits)."""
    from playground.engine.training.modelfile import load_model
    from playground.paths import MODELS_DIR
    models = (load_model(path) for path in sorted(MODELS_DIR.glob("*.npz")))
    return [model for model in models if model.meta.get("dataset") == "mnist"]


@pytest.mark.skipif(not _shipped_digit_models(), reason="no shipped MNIST model in models/ yet")
def test_preprocessing_lets_shipped_models_read_pen_drawings():
    """The recipe turns pen drawings into digits MNIST models read, far better than the naive shrink."""
    from tests.data.drawn_digits.render import drawn_digits

    drawings = drawn_digits(seed=11, per_template=2)
    labels = np.array([d.digit for d in drawings])
    prepared = np.stack([to_mnist(d.image) for d in drawings])
    naive = np.stack([naive_resize(d.image) for d in drawings])
    for model in _shipped_digit_models():
        recipe_accuracy = np.mean(model.probabilities(prepared).argmax(1) == labels)
        naive_accuracy = np.mean(model.probabilities(naive).argmax(1) == labels)
        assert recipe_accuracy >= 0.9, model.name
        assert recipe_accuracy > naive_accuracy + 0.15, model.name


# ----------------------------------------------------------------------------- blocky scans
def blocky(image: np.ndarray, side: int, factor: int) -> np.ndarray:
    """The picture reduced to side x side and enlarged ``factor`` times with nearest-neighbour blocks."""
    small = np.asarray(Image.fromarray(image).resize((side, side), Image.Resampling.BOX))
    return np.kron(small, np.ones((factor, factor), dtype=np.uint8))


def test_block_factor_finds_nearest_neighbour_enlargements_only():
    drawing = draw_digit(160, 14)
    assert block_factor(blocky(drawing, 16, 8) / 255.0) == 8
    assert block_factor(blocky(drawing, 32, 5) / 255.0) == 5
    assert block_factor(drawing / 255.0) == 1
    assert block_factor(blocky(drawing, 16, 8)[:-3] / 255.0) == 1   # cut blocks are not a clean enlargement
    gray = drawing / 255.0
    assert smooth_enlargement(gray) is gray


def test_a_blocky_scan_is_read_like_the_smooth_digit_it_came_from(monkeypatch):
    drawing = draw_digit(160, 14)
    reference = to_mnist(drawing)
    scan = blocky(drawing, 16, 8)
    smoothed = to_mnist(scan)
    monkeypatch.setattr(preprocess, "smooth_enlargement", lambda gray: gray)
    staircase = to_mnist(scan)
    assert np.abs(smoothed - reference).mean() < 0.8 * np.abs(staircase - reference).mean()


@pytest.mark.parametrize("block", [2, 3, 5])
def test_shrinking_a_mask_by_blocks_keeps_every_block_that_holds_ink(block):
    """A one-pixel pen line must survive the reduction before the stroke redraw, also in the
    partial blocks at the right and bottom edges."""
    rng = np.random.default_rng(block)
    mask = rng.random((41, 37)) > 0.97
    squares = preprocess._block_any(mask, block)
    rows, cols = -(-41 // block), -(-37 // block)
    expected = np.array([[mask[r * block:(r + 1) * block, c * block:(c + 1) * block].any()
                          for c in range(cols)] for r in range(rows)])
    np.testing.assert_array_equal(squares, expected)
