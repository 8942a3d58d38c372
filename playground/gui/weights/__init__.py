"""The Weights panel's views and helpers (the panel itself is ``playground.gui.weights.panel``)."""
