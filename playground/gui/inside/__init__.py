"""Widgets of the Inside page: one image's arithmetic, the neuron lab and convolution step by step."""
