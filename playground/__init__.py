"""Neural Network Playground: a desktop workbench for the classic neural-network books."""

__version__ = "0.1.0"
