"""Which pixels of the input push the network towards a class: gradient times input.

The gradient of a class score says how much each input pixel would move that score; multiplied by
the pixel's own value it gives the share each inked pixel actually contributes (paper pixels,
being zero, contribute nothing). Positive: evidence for the class; negative: evidence against.
"""

from __future__ import annotations

import numpy as np


def saliency_map(model, image28: np.ndarray, class_index: int) -> np.ndarray:
    """(28, 28) float32 gradient x input of ``class_index``'s score for one prepared image."""
    network_input = model.prepare(np.asarray(image28, dtype=np.float32)[None])
    gradient = model.network.input_gradient(network_input, int(class_index))
    return (gradient * network_input).reshape(image28.shape).astype(np.float32)
