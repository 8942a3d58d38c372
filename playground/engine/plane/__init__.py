"""The 2-D playground's maths: point clouds on a plane, input features, a small dense network
trained a few batches at a time, and the file that hands a whole setup to someone else."""
