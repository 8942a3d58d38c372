"""Weights page after training: robustness curves, confidence threshold and layer maps."""

import csv
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from playground.engine.inspection import evaluate  # noqa: E402
from playground.engine.inspection.robustness import STRENGTHS  # noqa: E402
from playground.engine.training.modelfile import load_model  # noqa: E402
from playground.gui.weights.layer_map_view import TSNE  # noqa: E402
from playground.gui.weights.panel import WeightsPanel  # noqa: E402
from playground.paths import MODELS_DIR  # noqa: E402

WAIT = 60_000
SUBSET = 300


@pytest.fixture
def panel(state, qtbot):
    widget = WeightsPanel(state)
    widget.robustness.images = SUBSET
    widget.layer_map.points = SUBSET
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


@pytest.fixture(scope="module")
def mlp():
    return load_model(MODELS_DIR / "mlp.npz")


def test_robustness_curves_the_worst_images_and_the_threshold_sentence(panel, state, qtbot, mlp, tmp_path):
    state.set_model(mlp)
    view = panel.robustness
    panel.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.evaluation is not None, timeout=WAIT)
    data = state.dataset("mnist")
    plain = evaluate(mlp, data.test_images[:SUBSET], data.test_labels[:SUBSET]).accuracy
    for kind, curve in view.curves.items():
        x, y = view._lines[kind].getData()
        assert len(x) == len(STRENGTHS[kind]) >= 10
        assert y.min() < 100 * plain - 5  # every disturbance costs accuracy at its strongest
    zero = list(STRENGTHS["noise"]).index(0.0)
    assert view.curves["noise"].accuracy[zero] == pytest.approx(plain)
    assert view.worst.count() == len(view.curves["noise"].worst) > 0
    view.worst_kind.setCurrentIndex(1)
    assert view.worst.count() == len(view.curves["rotation"].worst)
    assert "→" in view.worst.item(0).text()

    view.threshold.setFocus()
    view.threshold.setValue(0)
    assert view.sentence.text().startswith("Answers 100.0% of the images")
    QTest.keyClick(view.threshold, Qt.Key.Key_PageUp)  # a real key press moves the slider
    result = view.threshold_result()
    sure = view.evaluation.confidence >= view.threshold.value() / 100.0
    assert result.answered == pytest.approx(sure.mean())
    assert f"{result.answered:.1%}" in view.sentence.text()

    view.curve_export.save_csv(str(tmp_path / "curves.csv"))
    rows = list(csv.reader(open(tmp_path / "curves.csv")))
    assert rows[0] == ["disturbance", "strength", "accuracy"]
    assert len(rows) - 1 == sum(len(s) for s in STRENGTHS.values())
    view.curve_export.save_png(str(tmp_path / "curves.png"))
    assert (tmp_path / "curves.png").read_bytes()[:4] == b"\x89PNG"
    view.threshold_export.save_csv(str(tmp_path / "threshold.csv"))
    assert len(list(csv.reader(open(tmp_path / "threshold.csv")))) == 22
    assert not list(tmp_path.glob(".*tmp"))  # no temporary file left behind


def test_the_layer_map_rings_misread_images_and_hover_shows_the_image(panel, state, qtbot, mlp, tmp_path):
    state.set_model(mlp)
    view = panel.layer_map
    panel.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.coords is not None, timeout=WAIT)
    assert view.layer.count() == len(mlp.network.layers) + 1 and view.layer.itemData(0) == -1
    assert view.coords.shape == (SUBSET, 2)
    misread = view.predicted != view.labels
    pens = [p.pen().style() != Qt.PenStyle.NoPen for p in view.scatter.points()]
    np.testing.assert_array_equal(pens, misread)

    # Hover over one point: its image and "true → read" appear.
    index = int(np.flatnonzero(misread)[0]) if misread.any() else 0
    scene = view.plot.vb.mapViewToScene(QPointF(*map(float, view.coords[index])))
    QTest.mouseMove(view.plot_widget.viewport(), view.plot_widget.mapFromScene(scene))
    qtbot.waitUntil(lambda: "→" in view.hover_text.text(), timeout=5000)
    shown = view.hovered
    np.testing.assert_allclose(view.coords[shown], view.coords[index], atol=0.05 * np.ptp(view.coords))
    classes = mlp.classes
    assert view.hover_text.text() == f"true {classes[view.labels[shown]]} → read {classes[view.predicted[shown]]}"
    assert not view.hover_image.pixmap().isNull()
    np.testing.assert_allclose(view.hover_mark.getData()[0], [view.coords[shown, 0]])  # the dot is marked

    view.layer.setCurrentIndex(0)  # the input, by PCA
    qtbot.waitUntil(lambda: view._requested[1] == -1 and not view.progress.isVisible(), timeout=WAIT)
    assert "explain" in view.status.text()
    view.method.setCurrentIndex(view.method.findData(TSNE))
    qtbot.waitUntil(lambda: view._requested[2] == TSNE and not view.progress.isVisible(), timeout=WAIT)
    assert view.method.currentData() == TSNE and "explain" not in view.status.text()

    view.export.save_csv(str(tmp_path / "map.csv"))
    rows = list(csv.reader(open(tmp_path / "map.csv")))
    assert rows[0] == ["x", "y", "true", "predicted"] and len(rows) == SUBSET + 1
    assert sum(r[2] != r[3] for r in rows[1:]) == int(misread.sum())
    view.export.save_png(str(tmp_path / "map.png"))
    assert (tmp_path / "map.png").read_bytes()[:4] == b"\x89PNG"
