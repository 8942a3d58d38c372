"""Pieces of the Draw panel: the drawing pad, the network's-eye view, probability bars, model choice."""
