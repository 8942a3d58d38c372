"""Weights at initialisation, now, and the difference, side by side.

The initial weights come from the model file (models trained by this app keep them) or from the
first snapshot of the run being watched. Initial and current weights share one colour scale, so
growth is visible; the difference has its own.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine.inspection import weight_mosaic, weight_names
from .base import WeightsView
from .plots import MosaicView
from .scale_choice import ScaleChoice


class BeforeAfterView(WeightsView):
    """Three mosaics of one weight array: initial, current, current - initial."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer = QComboBox()
        self.layer.setToolTip(self.tr("Which weight array to compare"))
        self.layer.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.scale = ScaleChoice()
        self.scale.per_tile_changed.connect(lambda _on: self.invalidate())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Weights:")))
        top.addWidget(self.layer)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Colour scale:")))
        top.addWidget(self.scale)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setToolTip(self.tr("How far training has moved these weights from where they started"))
        self.initial_view = MosaicView(self.tr("weight"), bar_below=True)
        self.initial_view.setToolTip(self.tr("The weights before training"))
        self.current_view = MosaicView(self.tr("weight"), bar_below=True)
        self.current_view.setToolTip(self.tr("The weights now"))
        self.change_view = MosaicView(self.tr("change"), bar_below=True)
        self.change_view.setToolTip(self.tr("Now minus initial: what training has added"))
        row = QHBoxLayout()
        for view in (self.initial_view, self.current_view, self.change_view):
            row.addWidget(view, 1)
        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        layout.addWidget(self.summary)
        self.show_message(self.tr("No weights to show yet."))

    def _weights_changed(self) -> None:
        """List the weight arrays known at initialisation, keeping the current choice if it remains."""
        names = [] if self._data is None else [
            n for n in weight_names(self._data.params)
            if n in self._data.initial and self._data.initial[n].shape == self._data.params[n].shape]
        if names == [self.layer.itemText(i) for i in range(self.layer.count())]:
            return
        chosen = self.layer.currentText()
        self.layer.blockSignals(True)
        self.layer.clear()
        self.layer.addItems(names)
        if chosen in names:
            self.layer.setCurrentText(chosen)
        self.layer.blockSignals(False)

    def redraw(self) -> None:
        data = self._data
        if data is None or not data.params:
            self.show_message(self.tr("No weights to show yet."))
            return
        name = self.layer.currentText()
        if not name:
            self.show_message(self.tr(
                "There is no record of this model's weights at initialisation. Models trained with this "
                "app (Train panel or command line) keep them; while a run trains, its first snapshot "
                "is used."))
            return
        per_tile = self.scale.per_tile
        initial, current = data.initial[name], data.params[name]
        change = current - initial
        before = weight_mosaic({**data.params, name: initial}, name, per_tile)
        now = weight_mosaic(data.params, name, per_tile)
        delta = weight_mosaic({**data.params, name: change}, name, per_tile)
        shared = max(before.limit, now.limit)
        for view, label in ((self.initial_view, self.scale.bar_label()), (self.current_view, self.scale.bar_label()),
                            (self.change_view, self.tr("change ÷ tile's largest |change|") if per_tile
                             else self.tr("change"))):
            view.set_bar_label(label)
        self.initial_view.show_mosaic(before, self.tr("At initialisation ({0})").format(data.initial_caption), shared)
        self.current_view.show_mosaic(now, self.tr("Now ({0})").format(data.caption), shared)
        self.change_view.show_mosaic(delta, self.tr("Change: now − initial"))
        relative = float(np.linalg.norm(change) / max(np.linalg.norm(initial), 1e-12))
        self.summary.setText(self.tr(
            "{0}: relative change ‖W − W₀‖ / ‖W₀‖ = {1:.3f}; mean |change| {2:.4g}; "
            "largest |change| {3:.4g}.").format(name, relative, float(np.mean(np.abs(change))),
                                               float(np.max(np.abs(change)))))
        self.show_content()
