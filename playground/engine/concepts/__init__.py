"""The ideas the books explain before MNIST, as small exact computations for the Concepts pages.

Each module serves one page and reuses the engine's layers, losses, optimizers and numerical
gradient, so every number on screen comes from the same code that trains real networks.
"""
