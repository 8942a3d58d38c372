"""The fast face of the engine: the book's layers arranged for the CPU, the network that runs them
(run order, fused steps, buffer hand-over, batch split, sessions) and the BLAS thread policy."""
