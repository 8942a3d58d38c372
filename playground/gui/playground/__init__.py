"""The Playground page: a small network carving the plane, as in TensorFlow Playground."""
