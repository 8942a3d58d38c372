"""What one repaint of the page shows, computed from one moment of a run.

``render`` evaluates every neuron over the 100 x 100 grid, turns the maps into pixels and copies
the weights and the measurements, so the frame stays true while training goes on. The training
thread renders while it trains; the GUI thread renders only while training is paused. Painting a
frame is then cheap work for the GUI thread alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QImage

from ...engine.plane.data import PlaneData
from ...engine.plane.network import GRID, grid_points
from ...engine.plane.run import PlaneRun
from .colors import diverging_rgb, diverging_words, image_from_words, map_rgb
from .hidden_space import grid_lines
from .network_drawing import THUMBNAIL_PIXELS, draw_network, layout_for

GRID_POINTS = grid_points(GRID)
HIDDEN_GRID, HIDDEN_CONNECT = grid_lines()


@dataclass(frozen=True)
class View:
    """What the person looks at, which decides what a frame holds."""

    hovered: tuple[int, int] = (-1, -1)
    """(column, neuron) under the mouse, whose map the plane then shows large; (-1, -1): none."""
    discretize: bool = False
    hidden_space: bool = False
    """The hidden-space tab is shown: the frame carries the last hidden layer's outputs."""
    network_scale: float = 1.0
    """Device pixels per scene unit of the drawn network."""


@dataclass(frozen=True)
class Frame:
    """Pixels, parameters and numbers of one moment; ``generation`` names the network and data it
    was computed for, so a frame of a network that has since been replaced is never painted."""

    generation: int
    picture: np.ndarray
    """(GRID * GRID, 3) uint8 in grid order (bottom row first): the output or the hovered map."""
    network: QImage
    """The drawn network: links, every neuron's own output over the plane, biases."""
    weights: list[np.ndarray]
    biases: list[np.ndarray]
    epoch: int
    losses: tuple[float, float]
    """(train, test) loss of these weights: a frame between two epochs' ends tells its own."""
    accuracies: tuple[float, float]
    confusion: np.ndarray | None
    """Test points by true and predicted class (None: a regression, or no test points)."""
    train_losses: np.ndarray
    """The losses at every epoch's end, for the curve."""
    test_losses: np.ndarray
    hidden_grid: np.ndarray | None
    """The plane's grid lines (``HIDDEN_GRID``) after the hidden layers: (points, last width)."""
    hidden_points: np.ndarray | None
    """Every data point after the hidden layers: (points, last width)."""


def column_scale(column: int, values: np.ndarray, last: bool, classes: int) -> np.ndarray:
    """A column's outputs on the [-1, 1] scale of the colour map."""
    if column == 0:
        return values / (np.abs(values).max(axis=0) + 1e-12)
    if last and classes:
        return 2 * values - 1
    return values


def render(run: PlaneRun, data: PlaneData, view: View, generation: int) -> Frame:
    """The frame of ``run``'s current weights (call it where nobody trains meanwhile)."""
    model = run.model
    columns = model.columns(GRID_POINTS)
    thumbnails: list[list[QImage]] = []
    picture = None
    column, neuron = view.hovered
    for c, values in enumerate(columns):
        scaled = column_scale(c, values, c == len(columns) - 1, data.classes)
        # Every other grid pixel is plenty for a thumbnail and quarters the work; rows top first
        # and one picture after another, as the images want them.
        step = GRID // THUMBNAIL_PIXELS
        maps = np.moveaxis(scaled.reshape(GRID, GRID, -1)[::-step, ::step], 2, 0)
        thumbnails.append([image_from_words(words) for words in diverging_words(maps)])
        if c == column and 0 <= neuron < values.shape[1]:
            picture = diverging_rgb(scaled[:, neuron])
    if picture is None:
        picture = map_rgb(columns[-1], view.discretize)
    trainer = run.trainer
    has_confusion = data.classes and len(trainer.test) > 0
    hidden_grid = hidden_points = None
    if view.hidden_space and model.architecture.hidden:
        hidden_grid = model.columns(HIDDEN_GRID)[-2]
        hidden_points = model.columns(data.points)[-2]
    weights = [model.weights(k).copy() for k in range(model.links)]
    biases = [model.biases(k).copy() for k in range(model.links)]
    network = draw_network(layout_for(tuple(model.architecture.widths())), thumbnails, weights, biases,
                           view.network_scale)
    return Frame(generation=generation, picture=picture, network=network, weights=weights, biases=biases,
                 epoch=run.epoch, losses=trainer.losses(), accuracies=trainer.accuracies(),
                 confusion=trainer.test_confusion() if has_confusion else None,
                 train_losses=np.array(run.train_losses), test_losses=np.array(run.test_losses), hidden_grid=hidden_grid, hidden_points=hidden_points)
