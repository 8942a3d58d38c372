"""The sentence for a model that has nothing to be measured on, shared by the Weights and Inside pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def no_test_set_text(model) -> str:
    """Why a model of one's own data cannot be measured: no test split, its held-out images gone."""
    return QCoreApplication.translate(
        "no_test_set", "There is no test set for {0}: it was trained on {1}, which comes without one. "
        "The images its run held out for validation stay with the app only while the session that "
        "trained it lasts.").format(model.name, model.meta.get("dataset") or model.name)
