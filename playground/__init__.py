"""Neural Network Playground: a desktop workbench for the classic neural-network books."""

import os

# OpenBLAS's worker threads keep spinning for about 2^28 cycles after every matrix product.
# Between products the engine runs copies and split products on its own threads
# (engine/fast/threads.py), which would then fight spinning threads for the same cores, most of
# all on a machine with few of them. OpenBLAS reads this when it loads, so it is set here,
# before anything imports NumPy; a value the user set wins.
os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")

__version__ = "0.1.0"
