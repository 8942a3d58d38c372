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
    """An image cannot be read or turned into a digit."""


class EmptyImageError(ImageError):
    """An image holds no ink to classify (blank canvas, all white or all black)."""


class SpecError(PlaygroundError):
    """A network or training specification names an unknown type, key or value."""
