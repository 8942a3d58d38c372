"""The NumPy engine: layers, networks, training, datasets and model files. It never imports Qt."""
