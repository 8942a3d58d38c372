"""The held-out handwriting set: reproducible, apart from training, and read well by the pad's default model."""

from __future__ import annotations

import collections
import functools
from pathlib import Path

import numpy as np
import pytest

from benchmarks.handwriting.render import (SPLITS, TEMPLATES_PATH, load_templates, pen_digits, render_pen,
                                           render_scan, scanned_digits, stroke_curve)
from benchmarks.handwriting_eval import confusions, per_class, prepared
from playground.engine.data.mnist_style import to_mnist
from playground.paths import MODELS_DIR

ROOT = Path(__file__).resolve().parents[2]


def test_every_digit_has_at_least_eight_templates_of_distinct_styles():
    templates = load_templates()
    styles = collections.defaultdict(set)
    for template in templates:
        styles[template["digit"]].add(template["style"])
    assert sorted(styles) == list(range(10))
    assert all(len(names) >= 8 for names in styles.values())


def test_training_code_never_reads_the_held_out_templates():
    sources = [path.read_text() for folder in ("playground", "scripts") for path in (ROOT / folder).rglob("*.py")]
    assert not any("handwriting" in text and "templates" in text for text in sources)
    assert TEMPLATES_PATH.name not in "".join(sources)


def test_corners_make_sharp_turns_and_pieces_pass_through_their_points():
    points = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]])
    curve = stroke_curve(points, [1])
    np.testing.assert_allclose(curve[[0, -1]], points[[0, -1]], atol=1e-9)
    assert np.min(np.linalg.norm(curve - points[1], axis=1)) < 1e-9
    assert np.abs(curve[curve[:, 0] < 0.99, 1]).max() < 1e-9   # the first piece stays a straight line


def test_renderings_are_reproducible_and_splits_differ():
    template = load_templates()[0]
    settings = SPLITS["test"]
    first = render_pen(template, settings, np.random.default_rng(3))
    np.testing.assert_array_equal(first, render_pen(template, settings, np.random.default_rng(3)))
    assert first.dtype == np.uint8 and first.min() < 100 < np.median(first)   # dark ink on light paper
    dev = pen_digits("dev", [template])
    test = pen_digits("test", [template])
    assert len(dev) == SPLITS["dev"].pen_per_template and len(test) == settings.pen_per_template
    assert dev[0].image.shape != test[0].image.shape or (dev[0].image != test[0].image).any()


def test_scans_are_blocky_enlargements_of_16_pixel_grey_and_32_pixel_binary_images():
    template = load_templates()[40]
    grey = render_scan(template, "grey16", SPLITS["test"], np.random.default_rng(0))
    binary = render_scan(template, "binary32", SPLITS["test"], np.random.default_rng(0))
    assert grey.shape[0] % 16 == 0 and binary.shape[0] % 32 == 0
    factor = grey.shape[0] // 16
    np.testing.assert_array_equal(grey, np.kron(grey[::factor, ::factor], np.ones((factor, factor), np.uint8)))
    assert set(np.unique(binary)) <= {0, 255}
    kinds = collections.Counter(s.medium for s in scanned_digits("dev", [template]))
    assert kinds == {"grey16": SPLITS["dev"].scans_per_template, "binary32": SPLITS["dev"].scans_per_template}


def test_per_class_accuracy_and_confusions_count_what_they_say():
    labels = np.array([0, 0, 1, 1, 9, 9, 9, 2, 3, 4, 5, 6, 7, 8])
    predicted = np.array([0, 0, 1, 7, 3, 3, 9, 2, 3, 4, 5, 6, 7, 8])
    accuracy = per_class(predicted, labels)
    assert accuracy[0] == 1.0 and accuracy[1] == 0.5 and accuracy[9] == pytest.approx(1 / 3)
    assert confusions(predicted, labels) == "9->3 x2, 1->7 x1"
    assert confusions(labels, labels) == "none"


@functools.lru_cache(maxsize=1)
def _default_model():
    from playground.engine.training.modelfile import load_model
    from playground.gui.draw.model_choice import PREFERRED_FOR_DRAWINGS
    path = MODELS_DIR / f"{PREFERRED_FOR_DRAWINGS[0]}.npz"
    return load_model(path) if path.is_file() else None


@pytest.mark.skipif(_default_model() is None, reason="the pad's default model is not in models/")
def test_the_pads_default_model_reads_held_out_pen_and_scanned_digits():
    """The shipped default reads unseen writers' pen digits and blocky scans through the pad's preparation."""
    model = _default_model()
    for samples, goal in ((pen_digits("dev"), 0.96), (scanned_digits("dev"), 0.92)):
        x, labels = prepared(samples)
        predicted = model.probabilities(x).argmax(1)
        assert np.mean(predicted == labels) >= goal
        assert per_class(predicted, labels).min() >= 0.85


def test_prepared_inputs_are_the_pads_own():
    samples = pen_digits("dev", load_templates()[:1])
    x, labels = prepared(samples)
    np.testing.assert_array_equal(x[0], to_mnist(samples[0].image))
    assert labels.tolist() == [0] * len(samples)
