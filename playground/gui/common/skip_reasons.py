"""The reasons for a skipped file in the interface's language, one literal per kind for lupdate.

The engine names the kind (``SkipKind``) and its English sentence; these are the same sentences
through Qt's translator, so a Korean interface lists Korean reasons. The detail stays as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...engine.data.skips import SkipKind, Skipped, with_detail


def reason_sentences() -> dict[SkipKind, str]:
    """Every kind's sentence, translated now (the interface's language may change while the app runs)."""
    tr = lambda text: QCoreApplication.translate("skip_reasons", text)
    return {
        SkipKind.EMPTY_FILE: tr("empty file (0 bytes), not a picture"),
        SkipKind.NOT_AN_IMAGE: tr("not a picture file (PNG, JPEG, BMP, GIF, TIFF or WebP)"),
        SkipKind.NOT_A_PICTURE_NAME: tr("not a picture file (its name does not end in a picture format)"),
        SkipKind.CORRUPT: tr("damaged or truncated picture"),
        SkipKind.UNREADABLE: tr("cannot be read"),
        SkipKind.TOO_LARGE: tr("too large to open safely"),
        SkipKind.TOO_SMALL: tr("too small to hold a drawing (at least 8 x 8 pixels)"),
        SkipKind.BLANK: tr("blank picture: nothing stands out from the background"),
        SkipKind.UNUSABLE: tr("cannot be used as a picture"),
        SkipKind.NO_LABEL_IN_NAME: tr("the file name holds no digits giving its label (like my_own_3.png)"),
        SkipKind.LABEL_OUT_OF_RANGE: tr("the name gives a label outside 0..9"),
        SkipKind.EMPTY_CLASS_FOLDER: tr("class folder holds no readable picture"),
        SkipKind.NO_PAD_PICTURE: tr("kept without the pad's picture, so only its MNIST-style image exists"),
        SkipKind.DRAWING_UNREADABLE: tr("the kept drawing cannot be read"),
    }


def skip_reason(skipped: Skipped) -> str:
    """The reason ``skipped`` was left out, in the interface's language, its detail after it."""
    return with_detail(reason_sentences()[skipped.kind], skipped.detail)
