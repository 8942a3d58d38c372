"""Why a file or row of a person's data was skipped: a closed set of kinds and an untranslated detail.

The engine names the kind; the command line prints its English sentence (``REASONS``) and the GUI
its own translation of the same sentence, so a Korean interface never shows an English reason. The
detail (an OS error's words, a size, a label) is shown as it is, after the sentence.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..errors import (
    DamagedImageError,
    EmptyImageError,
    ImageError,
    ImageTooLargeError,
    ImageTooSmallError,
    NotAnImageError,
    UnreadableImageError,
)
from .prepare import EmptyFileError


class SkipKind(enum.Enum):
    """What was wrong with a skipped file, row or drawing."""

    EMPTY_FILE = "empty-file"
    NOT_AN_IMAGE = "not-an-image"
    NOT_A_PICTURE_NAME = "not-a-picture-name"
    CORRUPT = "corrupt"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"
    TOO_SMALL = "too-small"
    BLANK = "blank"
    UNUSABLE = "unusable"
    NO_LABEL_IN_NAME = "no-label-in-name"
    LABEL_OUT_OF_RANGE = "label-out-of-range"
    EMPTY_CLASS_FOLDER = "empty-class-folder"
    NO_PAD_PICTURE = "no-pad-picture"
    DRAWING_UNREADABLE = "drawing-unreadable"


#: The English sentence of every kind: what the command line prints, and the GUI's source text.
REASONS = {
    SkipKind.EMPTY_FILE: "empty file (0 bytes), not a picture",
    SkipKind.NOT_AN_IMAGE: "not a picture file (PNG, JPEG, BMP, GIF, TIFF or WebP)",
    SkipKind.NOT_A_PICTURE_NAME: "not a picture file (its name does not end in a picture format)",
    SkipKind.CORRUPT: "damaged or truncated picture",
    SkipKind.UNREADABLE: "cannot be read",
    SkipKind.TOO_LARGE: "too large to open safely",
    SkipKind.TOO_SMALL: "too small to hold a drawing (at least 8 x 8 pixels)",
    SkipKind.BLANK: "blank picture: nothing stands out from the background",
    SkipKind.UNUSABLE: "cannot be used as a picture",
    SkipKind.NO_LABEL_IN_NAME: "the file name holds no digits giving its label (like my_own_3.png)",
    SkipKind.LABEL_OUT_OF_RANGE: "the name gives a label outside 0..9",
    SkipKind.EMPTY_CLASS_FOLDER: "class folder holds no readable picture",
    SkipKind.NO_PAD_PICTURE: "kept without the pad's picture, so only its MNIST-style image exists",
    SkipKind.DRAWING_UNREADABLE: "the kept drawing cannot be read",
}


@dataclass(frozen=True)
class Skipped:
    """One skipped file, row or drawing: ``where`` (a path, "data.csv, image 4", "drawing 12"),
    its ``kind`` and an untranslated ``detail`` (may be empty)."""

    where: str
    kind: SkipKind
    detail: str = ""

    @property
    def reason(self) -> str:
        """The English sentence, with the detail after it."""
        return with_detail(REASONS[self.kind], self.detail)


def with_detail(sentence: str, detail: str) -> str:
    """A reason's sentence followed by its detail in brackets (the one layout the CLI and GUI share)."""
    return f"{sentence} ({detail})" if detail else sentence


#: Picture errors by class, most specific first (EmptyFileError is a NotAnImageError).
_IMAGE_ERROR_KINDS = ((EmptyFileError, SkipKind.EMPTY_FILE), (NotAnImageError, SkipKind.NOT_AN_IMAGE),
                      (DamagedImageError, SkipKind.CORRUPT), (UnreadableImageError, SkipKind.UNREADABLE),
                      (ImageTooLargeError, SkipKind.TOO_LARGE), (ImageTooSmallError, SkipKind.TOO_SMALL),
                      (EmptyImageError, SkipKind.BLANK))


def skipped_picture(where: str, error: ImageError | OSError) -> Skipped:
    """The skip record of a picture that failed to read or prepare with ``error``."""
    if isinstance(error, OSError):
        return Skipped(where, SkipKind.UNREADABLE, error.strerror or str(error))
    kind = next((kind for cls, kind in _IMAGE_ERROR_KINDS if isinstance(error, cls)), SkipKind.UNUSABLE)
    return Skipped(where, kind, error.detail if kind is not SkipKind.UNUSABLE else str(error))
