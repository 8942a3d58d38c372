"""Looking inside a trained network: weight mosaics, activations, class pictures, evaluation.

Everything here works on plain arrays and engine objects, so the GUI's Weights panel, the command
line and tests share one implementation. No Qt.
"""

from .activations import LayerOutput, layer_outputs
from .class_images import ClassImages, class_images, gradient_ascent, input_range
from .evaluation import Evaluation, confusion_matrix, evaluate, top_k
from .mosaic import (Mosaic, conv_filter_mosaic, dense_weight_tiles, image_input_weight, matrix_mosaic,
                     strongest_outgoing, tile_mosaic, weight_mosaic, weight_names)

__all__ = [
    "ClassImages", "Evaluation", "LayerOutput", "Mosaic", "class_images",
    "confusion_matrix", "conv_filter_mosaic", "dense_weight_tiles", "evaluate", "gradient_ascent",
    "image_input_weight", "input_range", "layer_outputs", "matrix_mosaic", "strongest_outgoing",
    "tile_mosaic", "top_k", "weight_mosaic", "weight_names",
]
