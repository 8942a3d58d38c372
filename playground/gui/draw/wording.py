"""What the Draw page asks for and says it shows, after the model: a digit, or one of its own classes.

A model of the ten digits is asked for "a digit"; any other (Fashion-MNIST, a person's own classes)
for one of its class names, so a model of circles and triangles never asks for a digit. A model
trained on plain resizes is shown its input as it is made: the whole pad shrunk, nothing cropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...engine.data.datasets import DIGIT_CLASSES

#: The class names a prompt spells out; more are left to the bars.
NAMED_IN_PROMPT = 5

tr = lambda text: QCoreApplication.translate("draw_wording", text)


def reads_digits(classes: list[str]) -> bool:
    """True for a model whose outputs are the ten digits (also the pad without a model)."""
    return list(classes) == list(DIGIT_CLASSES)


def class_list(classes: list[str]) -> str:
    """The first few class names, then an ellipsis when there are more."""
    shown = ", ".join(classes[:NAMED_IN_PROMPT])
    return shown + (", …" if len(classes) > NAMED_IN_PROMPT else "")


def draw_prompt(classes: list[str]) -> str:
    """The answer's place on an empty pad: "Draw a digit", or "Draw one of: circle, triangle, …"."""
    if reads_digits(classes):
        return tr("Draw a digit")
    return tr("Draw one of: {0}").format(class_list(classes))


def pad_tip(classes: list[str]) -> str:
    if reads_digits(classes):
        return tr("Draw a digit with the mouse, touchpad or pen; drop a picture file here to read it instead")
    return tr("Draw one of {0} with the mouse, touchpad or pen; drop a picture file here to read it "
              "instead").format(class_list(classes))


def nothing_found(classes: list[str]) -> str:
    if reads_digits(classes):
        return tr("No digit found: the picture is blank or one uniform shade")
    return tr("No drawing found: the picture is blank or one uniform shade")


def empty_hint(random_text: str | None) -> str:
    """What else one can do on an empty pad; ``random_text``: the random-image button's text, if any."""
    if random_text is None:
        return tr("or open a picture")
    return tr("or open a picture, or press {0}").format(random_text)


def input_view(resized: bool) -> tuple[str, str, str]:
    """Title, tip and explanation of the network's input view, for the model's preparation."""
    if resized:
        return (tr("Resized input"),
                tr("The 28 x 28 image the network receives: the whole pad shrunk, as its training "
                   "pictures were"),
                tr("The network never sees the pad, only this 28 x 28 picture. It was trained on pictures "
                   "shrunk whole to 28 x 28, so the pad is shrunk the same way: nothing is cropped or "
                   "moved, and where you draw matters."))
    return (tr("MNIST-style input"),
            tr("The 28 x 28 image the network receives: the ink cropped, scaled into 20 x 20 and centred "
               "by its mass"),
            tr("The network never sees the pad, only this 28 x 28 picture. Like MNIST's digits, the ink is "
               "cropped, its strokes made as thick as MNIST's, scaled to fit 20 x 20 pixels and moved so "
               "its centre of mass sits in the middle. Shrinking the whole pad instead gives a digit of "
               "another size and place than any the network learned from."))
