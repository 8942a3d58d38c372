"""What every view of the Weights panel shares: the data it is given and lazy redrawing.

A view shows either its content or, in its place, a message saying why there is nothing to show
(no convolution layers, no record of the initial weights...). Views only redraw while visible:
new data on a hidden view marks it stale and it catches up when it is shown, so live training
costs nothing for views nobody looks at.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QWidget

from .scale_choice import ScaleChoice


@dataclass(frozen=True, eq=False)
class WeightsData:
    """Weights to draw and where they come from.

    ``params``: the arrays by book name (W1, b1...), from the current model or the newest training
    snapshot. ``initial``: the same names at initialisation, or empty when unknown. ``classes``:
    the output class names when they are known for these weights.
    """

    params: dict[str, np.ndarray]
    caption: str
    classes: list[str] = field(default_factory=list)
    initial: dict[str, np.ndarray] = field(default_factory=dict)
    initial_caption: str = ""


class InspectorView(QWidget):
    """Content or a message; ``redraw()`` runs when the view is visible and its data changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True
        self.content = QWidget()
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setMargin(24)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self.content)
        self._pages.addWidget(self._message)

    # ----------------------------------------------------------------- content or message
    def show_message(self, text: str) -> None:
        self._message.setText(text)
        self._pages.setCurrentWidget(self._message)

    def show_content(self) -> None:
        self._pages.setCurrentWidget(self.content)

    @property
    def message(self) -> str:
        """The message shown instead of the content, or "" while the content is shown."""
        return self._message.text() if self._pages.currentWidget() is self._message else ""

    # ----------------------------------------------------------------- lazy redraw
    def invalidate(self) -> None:
        """The data changed: redraw now if visible, otherwise when next shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.redraw()

    def redraw(self) -> None:
        raise NotImplementedError


class WeightsView(InspectorView):
    """A view drawn from the weights the panel hands every such view (``set_weights``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: WeightsData | None = None

    def set_weights(self, data: WeightsData | None) -> None:
        self._data = data
        self._weights_changed()
        self.invalidate()

    def _weights_changed(self) -> None:
        """Runs on new weights before the redraw, for what depends on which arrays there are."""

    def _caption_and_scale(self) -> QHBoxLayout:
        """The row above a mosaic: where the weights come from (``caption``) and the colour scale
        (``scale``: one for all tiles or one per tile; a change redraws)."""
        self.caption = QLabel()
        self.caption.setToolTip(self.tr("Where these weights come from"))
        self.scale = ScaleChoice()
        self.scale.per_tile_changed.connect(lambda _on: self.invalidate())
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(QLabel(self.tr("Colour scale:")))
        row.addWidget(self.scale)
        return row
