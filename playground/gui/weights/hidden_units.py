"""Hidden-unit weights: the 28x28 pattern each first-layer unit of an MLP responds to.

Click a tile to see it large, with its bias and the units it feeds most strongly.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...engine.inspection import image_input_weight, strongest_outgoing, weight_mosaic, weight_names
from .base import WeightsView
from .plots import (ClickableImage, MosaicView, category_ticks, diverging_colormap, palette_color,
                    rounded_limit, set_axis_label, set_label, style_axes, styled_layout_widget, title_label)

OUTGOING_SHOWN = 10


class HiddenUnitsView(WeightsView):
    """Mosaic of the first layer's tiles plus a detail pane for the clicked unit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self._selected: int | None = None
        self._outgoing_names: list[str] = []
        self._outgoing_range = (0.0, 0.0)

        top = self._caption_and_scale()

        self.mosaic = MosaicView(self.tr("weight"))
        self.mosaic.setToolTip(self.tr("One tile per hidden unit: red pixels excite it, blue ones inhibit "
                                       "it. Click a tile for details; scroll to zoom"))
        self.mosaic.tile_clicked.connect(self.select_unit)

        self.detail = styled_layout_widget()
        self.detail.setToolTip(self.tr("The selected unit's weights and where its output goes"))
        self.detail_title = title_label()
        self.detail.addItem(self.detail_title, row=0, col=0)
        self.tile_box = self.detail.addViewBox(row=1, col=0, lockAspect=True, invertY=True, enableMouse=False)
        self.tile_image = ClickableImage()
        self.tile_image.setColorMap(diverging_colormap())
        self.tile_box.addItem(self.tile_image)
        self.outgoing = self.detail.addPlot(row=2, col=0)
        self.outgoing.setTitle(" ", color=palette_color(QPalette.ColorRole.Text))
        self.outgoing.setMouseEnabled(False, False)
        self.outgoing.hideButtons()
        style_axes(self.outgoing, self.tr("receiving unit"), self.tr("weight"))
        self.outgoing_bars = pg.BarGraphItem(x=[], height=[], width=0.7,
                                             brush=palette_color(QPalette.ColorRole.Highlight))
        self.outgoing.addItem(self.outgoing_bars)
        self.outgoing.addLine(y=0, pen=pg.mkPen(palette_color(QPalette.ColorRole.Mid)))
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.detail_text)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mosaic)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 300])
        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.show_message(self.tr("No weights to show yet."))

    # ----------------------------------------------------------------- data
    @property
    def tile_count(self) -> int:
        return self.mosaic.mosaic.count if self.mosaic.mosaic is not None and not self.message else 0

    def redraw(self) -> None:
        data = self._data
        if data is None or not data.params:
            self.show_message(self.tr("No weights to show yet."))
            return
        names = weight_names(data.params)
        if not names or not image_input_weight(data.params, names[0]):
            self.show_message(self.tr(
                "This network's first layer does not read the 28x28 image through a dense layer, so its "
                "units have no picture of their own. A convolutional network's first layer is shown "
                "on the Conv filters tab."))
            return
        self._name = names[0]
        mosaic = weight_mosaic(data.params, self._name, per_tile_scale=self.scale.per_tile)
        self.mosaic.set_bar_label(self.scale.bar_label())
        self.mosaic.show_mosaic(mosaic, self.tr("{0}: {1} hidden units, one 28x28 tile each").format(
            self._name, mosaic.count))
        self.caption.setText(data.caption)
        self.show_content()
        if self._selected is None or self._selected >= mosaic.count:
            self._selected = 0
        self._show_unit(self._selected)

    def select_unit(self, unit: int) -> None:
        """Show unit ``unit`` large with its bias and strongest outgoing weights."""
        self._selected = unit
        self._show_unit(unit)

    def _show_unit(self, unit: int) -> None:
        params = self._data.params
        W = params[self._name]
        tile = W[:, unit].reshape(28, 28)
        self.mosaic.select(unit)
        first = self.tile_image.image is None
        self.tile_image.setImage(tile, autoLevels=False)
        peak = float(np.abs(tile).max()) or 1.0
        self.tile_image.setLevels((-peak, peak))
        if first:
            self.tile_box.autoRange(padding=0.02)
        set_label(self.detail_title, self.tr("Hidden unit {0} (units 0 to {1})").format(unit, W.shape[1] - 1))
        layer = int(self._name[1:])
        bias_name = f"b{layer}"
        if bias_name not in params:
            bias = self.tr("No bias (this layer has none, as in Rashid's network).")
        elif f"gamma{layer + 1}" in params:
            bias = self.tr("Bias: {0:+.4f} (batch normalisation follows and cancels it).").format(
                float(params[bias_name][unit]))
        else:
            bias = self.tr("Bias: {0:+.4f}").format(float(params[bias_name][unit]))
        lines = [bias,
                 self.tr("Weights from {0:+.3f} to {1:+.3f}; colour scale ±{2:.3f}.").format(
                     float(tile.min()), float(tile.max()), peak)]
        out = strongest_outgoing(params, self._name, unit, top=OUTGOING_SHOWN)
        if out is None:
            self.outgoing_bars.setOpts(x=[], height=[])
            lines.append(self.tr("No dense layer reads this unit directly."))
        else:
            self._show_outgoing(unit, *out, lines)
        self.detail_text.setText("<br>".join(lines))

    def _show_outgoing(self, unit: int, next_name: str, targets: np.ndarray, weights: np.ndarray,
                       lines: list[str]) -> None:
        to_classes = next_name == weight_names(self._data.params)[-1] and \
            len(self._data.classes) == self._data.params[next_name].shape[1]
        names = [self._data.classes[t] if to_classes else str(t) for t in targets]
        strongest = ", ".join(f"{name} ({w:+.3f})" for name, w in zip(names[:3], weights[:3]))
        lines.append(self.tr("Feeds most strongly: {0}.").format(strongest))
        if to_classes:  # every class, in class order: easier to read than a ranking
            weights = self._data.params[next_name][unit]
            names = list(self._data.classes)
        set_label(self.outgoing.titleLabel, self.tr("Outgoing weights ({0})").format(next_name) if to_classes
                  else self.tr("Strongest outgoing weights ({0})").format(next_name))
        set_axis_label(self.outgoing.getAxis("bottom"), self.tr("class") if to_classes
                       else self.tr("unit of the next layer"))
        self.outgoing_bars.setOpts(x=np.arange(len(names)), height=weights)
        if names != self._outgoing_names:
            self._outgoing_names = names
            category_ticks(self.outgoing, names)
            self.outgoing.setXRange(-0.6, len(names) - 0.4, padding=0)
        # Round limits keep the axis still while live weights drift (its ticks are slow to redraw).
        low = -rounded_limit(-float(weights.min())) if weights.min() < 0 else 0.0
        high = rounded_limit(float(weights.max())) if weights.max() > 0 else 0.0
        if (low, high) != self._outgoing_range:
            self._outgoing_range = (low, high)
            self.outgoing.setYRange(low, high, padding=0.05)
