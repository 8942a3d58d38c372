"""Turn any picture of a digit into the 28 x 28 input an MNIST network expects.

MNIST digits were size-normalised to fit a 20 x 20 box (keeping their aspect ratio), anti-aliased,
and placed in a 28 x 28 field so that their centre of mass sits in the middle, ink bright on black.
A network trained on them reads a drawing well only if the drawing is brought into the same form;
shrinking a whole canvas instead gives a tiny off-centre digit the network has never seen.

Steps of ``to_mnist``:
1. grayscale in 0..1 from whatever array came in; a low-resolution picture enlarged with blocky
   pixels (a 16 x 16 postcode digit shown 8 times larger) is enlarged again smoothly, since its
   staircase outline would otherwise survive into the redrawn strokes;
2. background: a smooth quadratic surface fitted to the paper (so the uneven lighting of a photo
   does not count as ink), the ink polarity decided by which side of it holds more signal;
3. ink in 0..1 by contrast stretch, specks far smaller than the digit dropped;
4. crop to the ink, optionally redraw every stroke at MNIST's thickness relative to the digit's size
   (pen strokes are much thinner than MNIST's), fit into 20 x 20, centre the mass in 28 x 28.
"""

from __future__ import annotations

import functools
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError
from scipy import ndimage as ndi

from ..errors import (
    DamagedImageError,
    EmptyImageError,
    ImageError,
    ImageTooLargeError,
    ImageTooSmallError,
    NotAnImageError,
    UnreadableImageError,
)

MNIST_SIDE = 28
DIGIT_BOX = 20
#: Where MNIST puts the centre of mass (row, column); its digits' centres lie within 13.5..14.5.
MNIST_CENTRE = 14.0
#: Images larger than this many pixels are refused before decoding (a 12 MP photo fits easily).
MAX_PIXELS = 64_000_000
#: A digit needs at least this many pixels on each side.
MIN_SIDE = 8
#: Images are reduced to at most this side first: more resolution only costs time.
MAX_WORK_SIDE = 1024
#: The ink must differ from the paper by at least this much (0..1 scale) to count as a digit.
MIN_CONTRAST = 0.12
#: The stroke redraw happens on a digit scaled to this long side (4 x MNIST's 20-pixel box).
STROKE_WORK_SIDE = 80
#: MNIST stroke width as a fraction of the digit's long side (about 2.4 of 20 pixels).
STROKE_FRACTION = 0.12
#: Ink blobs smaller than this fraction of all the ink are specks, not parts of the digit.
SPECK_FRACTION = 0.02

_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


# ----------------------------------------------------------------------------- reading files
def load_image(path: str | Path) -> np.ndarray:
    """A picture file as float32 grayscale (H, W) in 0..1, transparency flattened onto white.

    Photos are turned upright according to their EXIF orientation. Raises ``ImageError`` with a
    message naming the file and what is wrong with it.
    """
    path = Path(path)
    if path.is_dir():
        raise UnreadableImageError(f"{path}: is a folder, not an image file", "folder")
    if not path.is_file():
        raise UnreadableImageError(f"{path}: file not found", "not found")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as opened:
                _check_size(path, opened.size)
                opened.load()
                image = ImageOps.exif_transpose(opened)
    except UnidentifiedImageError:
        raise NotAnImageError(f"{path.name}: not an image file (PNG, JPEG, BMP, GIF, TIFF or WebP)") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLargeError(f"{path.name}: image is too large to open safely") from None
    except PermissionError:
        raise UnreadableImageError(f"{path}: not allowed to read this file", "permission denied") from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise DamagedImageError(f"{path.name}: damaged or truncated image ({exc})", str(exc)) from None
    return _grayscale_array(image)


def _check_size(path: Path, size: tuple[int, int]) -> None:
    """Refuse absurd sizes from the header, before any pixel is decoded."""
    width, height = size
    if width * height > MAX_PIXELS:
        raise ImageTooLargeError(f"{path.name}: image is {width} x {height} pixels, too large "
                                 f"(at most {MAX_PIXELS // 1_000_000} megapixels)", f"{width} x {height}")
    if min(width, height) < MIN_SIDE:
        raise ImageTooSmallError(f"{path.name}: image is {width} x {height} pixels, too small to hold "
                                 f"a digit (at least {MIN_SIDE} x {MIN_SIDE})", f"{width} x {height}")


def _grayscale_array(image: Image.Image) -> np.ndarray:
    if image.mode.startswith("I") or image.mode == "F":
        # 16/32-bit and float images: scale their own range to 0..1.
        pixels = np.asarray(image, dtype=np.float32)
        low, high = float(pixels.min()), float(pixels.max())
        return (pixels - low) / (high - low) if high > low else np.zeros_like(pixels)
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        image = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
    return np.asarray(image.convert("L"), dtype=np.float32) / 255.0


# ----------------------------------------------------------------------------- arrays
def to_grayscale(image: np.ndarray) -> np.ndarray:
    """Any (H, W), (H, W, 3) or (H, W, 4) array, integer or float, as float32 (H, W) in 0..1.

    Integer arrays are scaled by their type's range; float arrays are taken as 0..1 unless their
    values go beyond 1 (then as 0..255). Alpha is composited onto white paper.
    """
    array = np.asarray(image)
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (3, 4)):
        raise ImageError(f"an image must be (H, W), (H, W, 3) or (H, W, 4), not {array.shape}")
    if array.size == 0 or min(array.shape[:2]) < MIN_SIDE:
        raise ImageTooSmallError(f"image of {array.shape[1]} x {array.shape[0]} pixels is too small to "
                                 f"hold a digit (at least {MIN_SIDE} x {MIN_SIDE})",
                                 f"{array.shape[1]} x {array.shape[0]}")
    if np.issubdtype(array.dtype, np.integer):
        pixels = array.astype(np.float32)
        pixels /= float(np.iinfo(array.dtype).max)
    elif np.issubdtype(array.dtype, np.floating) or array.dtype == bool:
        pixels = array.astype(np.float32)
        if not np.all(np.isfinite(pixels)):
            raise ImageError("image holds NaN or infinite values")
        if pixels.max(initial=0.0) > 1.0:
            pixels /= 255.0
    else:
        raise ImageError(f"cannot read an image from an array of type {array.dtype}")
    if pixels.ndim == 3:
        gray = pixels[:, :, :3] @ _LUMA
        if pixels.shape[2] == 4:
            alpha = pixels[:, :, 3]
            gray = gray * alpha + (1.0 - alpha)
        pixels = gray
    return np.clip(pixels, 0.0, 1.0, out=pixels)  # pixels is always a new array here


def _resize(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """Anti-aliased resize of a float image (Pillow filters every source pixel when reducing)."""
    resized = Image.fromarray(np.ascontiguousarray(image, dtype=np.float32), mode="F").resize(
        (max(1, width), max(1, height)), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return np.asarray(resized, dtype=np.float32)


def shrink_to_fit(gray: np.ndarray, max_side: int) -> np.ndarray:
    """A grayscale image reduced (anti-aliased) so its long side is at most ``max_side``."""
    height, width = gray.shape
    scale = max_side / max(height, width)
    if scale >= 1.0:
        return gray
    return np.clip(_resize(gray, round(width * scale), round(height * scale)), 0.0, 1.0)


def block_factor(gray: np.ndarray, largest: int = 16) -> int:
    """The factor by which a picture was enlarged with nearest-neighbour blocks (1 if it was not).

    Such a picture repeats each row and column k times, starting at the top-left corner. Rows are
    compared first: a drawing or photo fails there, so the pad pays for one comparison only.
    """
    height, width = gray.shape
    factors = [k for k in range(min(largest, min(gray.shape) // MIN_SIDE), 1, -1)
               if height % k == 0 and width % k == 0]
    if not factors:
        return 1
    same_rows = np.append(np.all(gray[1:] == gray[:-1], axis=1), True)
    factors = [k for k in factors if same_rows.reshape(-1, k)[:, :-1].all()]
    if not factors:
        return 1
    same_cols = np.append(np.all(gray[:, 1:] == gray[:, :-1], axis=0), True)
    return next((k for k in factors if same_cols.reshape(-1, k)[:, :-1].all()), 1)


def smooth_enlargement(gray: np.ndarray) -> np.ndarray:
    """A blocky enlargement (see ``block_factor``) enlarged again from its real pixels with a
    smooth filter; any other picture unchanged."""
    factor = block_factor(gray)
    if factor == 1:
        return gray
    small = Image.fromarray(np.ascontiguousarray(gray[::factor, ::factor], dtype=np.float32), mode="F")
    smooth = small.resize((gray.shape[1], gray.shape[0]), Image.Resampling.BICUBIC)
    return np.clip(np.asarray(smooth, dtype=np.float32), 0.0, 1.0)


def _quadratic_terms(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Design matrix of a smooth surface a + bx + cy + dx^2 + exy + fy^2 (coordinates in -1..1)."""
    return np.stack([np.ones_like(rows), cols, rows, cols * cols, cols * rows, rows * rows], axis=-1)


@functools.lru_cache(maxsize=16)
def _coordinates(count: int) -> np.ndarray:
    """``count`` evenly spaced coordinates from -1 to 1 (float32, read-only, made once per size)."""
    coordinates = np.linspace(-1.0, 1.0, count, dtype=np.float32)
    coordinates.flags.writeable = False
    return coordinates


@functools.lru_cache(maxsize=8)
def _grid_terms(shape: tuple[int, int]) -> np.ndarray:
    """The design matrix of every pixel of a small grid, (H * W, 6) float64, built once per shape."""
    rows, cols = np.meshgrid(_coordinates(shape[0]), _coordinates(shape[1]), indexing="ij")
    terms = _quadratic_terms(rows, cols).astype(np.float64).reshape(-1, 6)
    terms.flags.writeable = False
    return terms


def _fit_surface(values: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """Least-squares surface through the chosen pixels of a small image (normal equations: six
    unknowns, a few thousand points)."""
    terms = np.compress(chosen.ravel(), _grid_terms(values.shape), axis=0)
    gram = terms.T @ terms + 1e-6 * np.eye(terms.shape[1])
    return np.linalg.solve(gram, terms.T @ values[chosen].astype(np.float64)).astype(np.float32)


def _eval_surface(coefficients: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """The surface on a grid, summed from row and column terms (three passes over the image)."""
    rows, cols = _coordinates(shape[0])[:, None], _coordinates(shape[1])[None, :]
    a, b, c, d, e, f = coefficients
    surface = np.multiply(b + e * rows, cols)
    surface += a + c * rows + f * rows * rows
    surface += d * cols * cols
    return surface


def _median(values: np.ndarray) -> float:
    """``np.median`` of a 1-D array by one partial sort: its checks cost more than the work on
    the few hundred values it gets here."""
    low, high = (values.size - 1) // 2, values.size // 2
    middle = np.partition(values, sorted({low, high}))
    return float(0.5 * (middle[low] + middle[high]))


def _robust_sigma(values: np.ndarray) -> float:
    return 1.4826 * _median(np.abs(values - _median(values)))


def ink_map(gray: np.ndarray) -> np.ndarray:
    """Ink strength (H, W) in 0..1 (1 = full ink) for dark-on-light or light-on-dark pictures.

    The paper is modelled as a smooth surface, first fitted to the border (almost always paper),
    then refitted to every pixel that is not ink, so gradual lighting changes are not mistaken for
    ink. Raises ``EmptyImageError`` when nothing stands out from the paper.
    """
    ink, noise = _raw_ink(gray)
    return _stretch(ink, *_contrast_range(ink, noise))


def _raw_ink(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """How far each pixel lies beyond the paper surface on the ink's side (float32, >= 0), and the
    paper's noise level; the surface is fitted on a copy reduced to 64 pixels."""
    small = shrink_to_fit(gray, 64)
    border = np.zeros(small.shape, dtype=bool)
    border[[0, -1], :] = border[:, [0, -1]] = True
    fit_mask = border
    for _ in range(2):  # a second pass ignores ink touching the border
        residual = small - _eval_surface(_fit_surface(small, fit_mask), small.shape)
        noise = max(_robust_sigma(residual[border]), 0.01)
        paper_border = border & (np.abs(residual) < 3.0 * noise)
        if np.array_equal(paper_border, fit_mask):
            break  # no ink on the border: a second pass would fit the same pixels again
        fit_mask = paper_border
    dark = np.clip(-residual - 3.0 * noise, 0.0, None).sum()
    light = np.clip(residual - 3.0 * noise, 0.0, None).sum()
    sign = -1.0 if dark >= light else 1.0
    surface = _eval_surface(_fit_surface(small, (sign * residual) < 3.0 * noise), gray.shape)
    ink = np.subtract(surface, gray, out=surface) if sign < 0 else np.subtract(gray, surface, out=surface)
    return np.maximum(ink, 0.0, out=ink), noise


def _otsu_threshold(values: np.ndarray) -> float:
    """The level that best splits values into two classes (Otsu's between-class variance)."""
    bins = 128
    top = float(values.max())
    counts = np.bincount(np.minimum((values * (bins / top)).astype(np.int32), bins - 1).ravel(),
                         minlength=bins)
    edges = np.linspace(0.0, top, bins + 1)
    centres = (edges[:-1] + edges[1:]) / 2
    weight_low = np.cumsum(counts)
    weight_high = weight_low[-1] - weight_low
    sum_low = np.cumsum(counts * centres)
    mean_low = sum_low / np.maximum(weight_low, 1)
    mean_high = (sum_low[-1] - sum_low) / np.maximum(weight_high, 1)
    between = weight_low * weight_high * (mean_low - mean_high) ** 2
    return float(edges[1:][np.argmax(between)])


def _contrast_range(ink: np.ndarray, noise: float) -> tuple[float, float]:
    """The raw ink levels (low, high) that the stretch maps to 0 and 1: high is the typical
    strength of clear ink (median above Otsu's threshold), low just above the paper's noise."""
    if float(ink.max(initial=0.0)) < MIN_CONTRAST:
        raise EmptyImageError("the image holds no digit: it is blank or one uniform shade")
    threshold = _otsu_threshold(ink[::2, ::2] if ink.size > 40_000 else ink)
    strong = ink[ink > threshold]
    high = _median(strong) if strong.size else float(ink.max())
    if high < MIN_CONTRAST:
        raise EmptyImageError("the image holds no digit: nothing stands out from the background")
    return min(3.0 * noise, 0.25 * high), high


def _stretch(ink: np.ndarray, low: float, high: float) -> np.ndarray:
    return np.clip((ink - low) / (high - low), 0.0, 1.0)


def _clear_ink_window(ink: np.ndarray, low: float, high: float) -> tuple[slice, slice]:
    """The box around every pixel the stretch can make clear ink (> 0.5): all later steps look
    only there. The level sits a little below the stretch's 0.5, so rounding cannot lose a pixel."""
    candidates = ink > low + 0.45 * (high - low)
    return _bounding_box(candidates) if candidates.any() else (slice(None), slice(None))


def _digit_mask(ink: np.ndarray) -> np.ndarray:
    """Pixels of the digit: clear ink, without specks far smaller than the rest."""
    mask = ink > 0.5
    labels, count = ndi.label(mask)
    if count == 0:
        raise EmptyImageError("the image holds no digit: no clear strokes were found")
    if count > 1:
        sizes = np.bincount(labels.ravel())
        sizes[0] = 0
        keep = sizes >= SPECK_FRACTION * sizes.sum()
        keep[np.argmax(sizes)] = True
        mask = keep[labels]
    return mask


def _bounding_box(mask: np.ndarray) -> tuple[slice, slice]:
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def _scale_mask(mask: np.ndarray, long_side: int) -> np.ndarray:
    """A binary mask resized so its long side is ``long_side``; thin strokes survive shrinking.

    Large reductions first take the maximum over whole blocks (a 1-pixel pen line stays a line),
    the remaining factor (between 2/3 and 4/3) is an interpolating resize.
    """
    factor = max(mask.shape) / long_side
    block = max(1, round(factor))
    if block > 1:
        mask = _block_any(mask, block)
    scale = long_side / max(mask.shape)
    height, width = (max(1, round(side * scale)) for side in mask.shape)
    return _resize(mask.astype(np.float32), width, height) > 0.4


def _block_any(mask: np.ndarray, block: int) -> np.ndarray:
    """Whether each ``block`` x ``block`` square of a binary mask (padded with False to whole
    squares) holds a True pixel. An OR of ``block`` row slices, then of ``block`` column slices:
    numpy's any() over two axes of a 4-D view takes twenty times longer."""
    height, width = mask.shape
    padded = np.pad(mask, ((0, -height % block), (0, -width % block)))
    rows = padded[0::block].copy()
    for offset in range(1, block):
        rows |= padded[offset::block]
    squares = rows[:, 0::block].copy()
    for offset in range(1, block):
        squares |= rows[:, offset::block]
    return squares


def normalise_strokes(mask: np.ndarray) -> np.ndarray:
    """Redraw a binary digit with its strokes at MNIST's thickness relative to the digit's size.

    A pen line is thinner (or a marker thicker) than MNIST's strokes by about the same amount
    everywhere, so the outline is moved in or out by the difference between the measured
    half-width and the target (see ``redraw_strokes``); the result has anti-aliased edges.
    """
    scaled = _scale_mask(mask, STROKE_WORK_SIDE)
    target = STROKE_FRACTION * max(scaled.shape) / 2.0
    work = np.pad(scaled, int(target) + 2)  # room for strokes that grow beyond the old outline
    return redraw_strokes(work[None], np.array([target]))[0]


def redraw_strokes(masks: np.ndarray, half_widths: np.ndarray) -> np.ndarray:
    """Binary digits (N, H, W) redrawn with strokes ``half_widths`` (N,) pixels wide on each side.

    The typical half-width of a digit is the median distance-transform value on its stroke
    centres; the outline moves by the difference, using the signed distance to it. One distance
    transform serves the whole stack: the images are set far apart along the first axis, so each
    pixel's nearest outline lies in its own image. Images without ink come back empty.
    """
    masks = np.asarray(masks, dtype=bool)
    has_ink = masks.any(axis=(1, 2))
    out = np.zeros(masks.shape, dtype=np.float32)
    if not has_ink.any():
        return out
    work = masks[has_ink]
    inside, outside = _stack_distances(work), _stack_distances(~work)
    centres = work & (inside >= ndi.maximum_filter(inside, size=(1, 3, 3)))
    measured = _masked_medians(inside, centres) - 0.5
    signed = np.where(work, inside - 0.5, 0.5 - outside)
    grow = (np.asarray(half_widths, dtype=np.float64)[has_ink] - measured)[:, None, None]
    out[has_ink] = np.clip(signed + grow + 0.5, 0.0, 1.0)
    return out


def _stack_distances(masks: np.ndarray) -> np.ndarray:
    """Distance of every True pixel to the nearest False one of its own image, for a stack."""
    if len(masks) == 1:  # the pad's case: a plain 2-D transform is quicker
        return ndi.distance_transform_edt(masks[0])[None]
    return ndi.distance_transform_edt(masks, sampling=(float(sum(masks.shape[1:])) * 4.0, 1.0, 1.0))


def _masked_medians(values: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """Median of each image's chosen values (N,), by one sort of the chosen values of the whole
    stack, image by image (chosen is never empty)."""
    count = chosen.reshape(len(values), -1).sum(axis=1)
    picked = values[chosen]
    ordered = picked[np.lexsort((picked, np.repeat(np.arange(len(values)), count)))]
    first = np.cumsum(count) - count
    return 0.5 * (ordered[first + (count - 1) // 2] + ordered[first + count // 2])


def _trim(image: np.ndarray) -> np.ndarray:
    visible = image > 0.05
    return image[_bounding_box(visible)] if visible.any() else image


def _fit_box(digit: np.ndarray) -> np.ndarray:
    """Scale the digit so its long side is 20 pixels, keeping its aspect ratio."""
    height, width = digit.shape
    scale = DIGIT_BOX / max(height, width)
    fitted = _resize(digit, max(1, round(width * scale)), max(1, round(height * scale)))
    return np.clip(fitted, 0.0, 1.0)


def _place_by_centre_of_mass(digit: np.ndarray) -> np.ndarray:
    """Put the digit into 28 x 28 so its centre of mass lands on MNIST's centre (whole pixels)."""
    out = np.zeros((MNIST_SIDE, MNIST_SIDE), dtype=np.float32)
    height, width = digit.shape
    mass = digit.sum()
    com_row = (digit * np.arange(height, dtype=np.float64)[:, None]).sum() / mass
    com_col = (digit * np.arange(width, dtype=np.float64)[None, :]).sum() / mass
    top = int(np.clip(np.floor(MNIST_CENTRE - com_row + 0.5), 0, MNIST_SIDE - height))
    left = int(np.clip(np.floor(MNIST_CENTRE - com_col + 0.5), 0, MNIST_SIDE - width))
    out[top:top + height, left:left + width] = digit
    return out


def to_mnist(image: np.ndarray, normalize_stroke: bool = True) -> np.ndarray:
    """The (28, 28) float32 MNIST-style input (ink = 1, paper = 0) for a picture of one digit.

    Accepts grayscale or colour arrays of any size, dark ink on light paper or the reverse.
    With ``normalize_stroke`` every stroke is redrawn at MNIST's relative thickness first, which
    is what lets a network trained on MNIST read thin pen lines. Raises ``EmptyImageError`` when
    the picture holds no ink and ``ImageError`` for arrays that are not pictures.
    """
    gray = shrink_to_fit(smooth_enlargement(to_grayscale(image)), MAX_WORK_SIDE)
    raw, noise = _raw_ink(gray)
    low, high = _contrast_range(raw, noise)
    ink = _stretch(raw[_clear_ink_window(raw, low, high)], low, high)
    mask = _digit_mask(ink)
    box = _bounding_box(mask)
    if normalize_stroke:
        digit = _trim(normalise_strokes(mask[box]))
    else:
        digit = np.where(ndi.binary_dilation(mask[box], iterations=2), ink[box], 0.0)
    return _place_by_centre_of_mass(_fit_box(digit))


def naive_resize(image: np.ndarray) -> np.ndarray:
    """The whole canvas shrunk to 28 x 28 (ink = 1) with no cropping or centring: the naive input.

    Shown beside ``to_mnist`` so one can see why preprocessing matters. A non-square picture is
    padded with paper to a square first, so the digit keeps its shape.
    """
    ink = ink_map(shrink_to_fit(to_grayscale(image), MAX_WORK_SIDE))
    height, width = ink.shape
    side = max(height, width)
    square = np.zeros((side, side), dtype=np.float32)
    top, left = (side - height) // 2, (side - width) // 2
    square[top:top + height, left:left + width] = ink
    return np.clip(_resize(square, MNIST_SIDE, MNIST_SIDE), 0.0, 1.0)


def classify(model, image28: np.ndarray) -> np.ndarray:
    """Class probabilities (K,) of one prepared (28, 28) image under ``model``."""
    return np.asarray(model.probabilities(np.asarray(image28, dtype=np.float32)[None]))[0]
