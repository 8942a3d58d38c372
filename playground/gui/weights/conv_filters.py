"""Convolution filters of every conv layer, as in Deep Learning from Scratch ch. 7.

The first layer's filters are small images (one per filter); a deeper layer's filter spans
several input channels, so it is drawn as one row with a tile per channel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ...engine.inspection import conv_filter_mosaic, weight_names
from .base import WeightsView
from .plots import MosaicView

ROW_HEIGHT = 26      # screen pixels per tile row of a deeper layer
MIN_VIEW_HEIGHT = 220


class ConvFiltersView(WeightsView):
    """One mosaic per convolution layer, stacked in a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: list[MosaicView] = []
        top = self._caption_and_scale()
        self._holder = QWidget()
        self._stack = QVBoxLayout(self._holder)
        self._stack.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._holder)
        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.show_message(self.tr("No weights to show yet."))

    @property
    def mosaic_views(self) -> list[MosaicView]:
        return list(self._views)

    def _conv_names(self) -> list[str]:
        return [n for n in weight_names(self._data.params) if self._data.params[n].ndim == 4]

    def _ensure_views(self, count: int) -> None:
        """One mosaic view per conv layer, created when the architecture changes."""
        while len(self._views) > count:
            view = self._views.pop()
            self._stack.removeWidget(view)
            view.deleteLater()
        while len(self._views) < count:
            view = MosaicView(self.tr("weight"))
            view.setToolTip(self.tr("Red: positive weights, blue: negative. Scroll to zoom, drag to pan"))
            self._stack.addWidget(view)
            self._views.append(view)

    def redraw(self) -> None:
        if self._data is None or not self._data.params:
            self.show_message(self.tr("No weights to show yet."))
            return
        names = self._conv_names()
        if not names:
            self.show_message(self.tr(
                "This network has no convolution layers. Convolutional networks (Deep Learning from "
                "Scratch, chapter 7) show their filters here; a dense network's first layer is on the "
                "Hidden units tab."))
            return
        self._ensure_views(len(names))
        for view, name in zip(self._views, names):
            fn, channels, fh, fw = self._data.params[name].shape
            mosaic = conv_filter_mosaic(self._data.params[name], per_tile_scale=self.scale.per_tile)
            view.set_bar_label(self.scale.bar_label())
            if channels == 1:
                title = self.tr("{0}: {1} filters of {2}x{3}").format(name, fn, fh, fw)
            else:
                title = self.tr("{0}: {1} filters of {2}x{3} over {4} input channels "
                                "(one row per filter, one tile per channel)").format(name, fn, fh, fw, channels)
            view.show_mosaic(mosaic, title)
            view.setMinimumHeight(max(MIN_VIEW_HEIGHT, mosaic.grid[0] * ROW_HEIGHT))
        self.caption.setText(self._data.caption)
        self.show_content()
