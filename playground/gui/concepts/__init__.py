"""The Concepts pages: one module per idea, hosted by ``playground.gui.concepts.panel``."""
