"""The Qt user interface: one panel per idea, all talking to the NumPy engine through AppState."""
