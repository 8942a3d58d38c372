"""The few error types the engine raises for bad input.

Each carries a message a person can act on (which file, what is wrong), so the CLI and the GUI can
show it as is instead of a NumPy traceback.
"""


class PlaygroundError(Exception):
    """Base of every error the engine raises on purpose."""


class DatasetError(PlaygroundError):
    """A dataset file is missing, corrupt, truncated or not in the expected format."""


class ModelFileError(PlaygroundError):
    """A model file cannot be saved or loaded (format, version, arrays, truncation)."""


class ImageError(PlaygroundError):
    """An image cannot be read or turned into a digit.

    ``detail``: the untranslated particulars (a size, the decoder's words), so that a caller who
    names the kind of problem in the person's language can still show them.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class EmptyImageError(ImageError):
    """An image holds no ink to classify (blank canvas, all white or all black)."""


class NotAnImageError(ImageError):
    """The file is not a picture in any format the app reads."""


class DamagedImageError(ImageError):
    """A picture file that is damaged or cut short."""


class UnreadableImageError(ImageError):
    """The file cannot be opened (missing, a folder, or not allowed)."""


class ImageTooLargeError(ImageError):
    """A picture too large to open safely."""


class ImageTooSmallError(ImageError):
    """A picture too small to hold a drawing."""


class SpecError(PlaygroundError):
    """A network or training specification names an unknown type, key or value."""
