"""How the engine shares the CPU: BLAS threads, and splitting work BLAS cannot split well.

A matrix product runs on as many threads as the BLAS library is allowed (the GUI allows one, so
training leaves a core for the interface). Some work does not parallelise inside one product:
element copies (NumPy uses one thread) and products whose result is tiny but whose inner
dimension is long (a convolution's weight gradient). ``run_split`` runs such work as independent
parts on the allowed number of threads instead, each part with a single-threaded BLAS. NumPy
releases the GIL inside copies and products, so the parts really run at the same time.
"""

from __future__ import annotations

import functools
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

import numpy as np  # loads the BLAS library, which threadpoolctl can only find once loaded
from threadpoolctl import ThreadpoolController

_BLAS_LIBRARIES = ThreadpoolController().select(user_api="blas").lib_controllers
# The BLAS limit is process-wide: the first thread to lower it saves the old value and the last
# one to leave restores it, so overlapping users from several threads cannot lose it.
_limit_lock = threading.Lock()
_limit_users = 0
_saved_threads: list[int] = []


def blas_threads() -> int:
    """The number of threads BLAS may use now (1 when no BLAS library was found)."""
    return max([lib.get_num_threads() for lib in _BLAS_LIBRARIES] or [1])


@contextmanager
def single_blas_thread() -> Iterator[None]:
    """Run the enclosed products on one BLAS thread, then restore the previous limit."""
    global _limit_users, _saved_threads
    with _limit_lock:
        if _limit_users == 0:
            _saved_threads = [lib.get_num_threads() for lib in _BLAS_LIBRARIES]
            for lib in _BLAS_LIBRARIES:
                lib.set_num_threads(1)
        _limit_users += 1
    try:
        yield
    finally:
        with _limit_lock:
            _limit_users -= 1
            if _limit_users == 0:
                for lib, n in zip(_BLAS_LIBRARIES, _saved_threads):
                    lib.set_num_threads(n)


class _Helper:
    """A thread kept waiting for parts of ``run_split``; a part goes over and back with two lock
    releases. Most of a round's cost (about 80 us on a 2-core virtual machine) is waking the other
    core, so only work of a few hundred microseconds or more is worth splitting."""

    def __init__(self) -> None:
        self._start, self._done = threading.Lock(), threading.Lock()
        self._start.acquire()
        self._done.acquire()
        self._part: Callable[[], None] | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._serve, name="engine-helper", daemon=True).start()

    def _serve(self) -> None:
        while True:
            self._start.acquire()
            try:
                self._part()
            except BaseException as error:  # noqa: BLE001 - handed back to the caller by finish()
                self._error = error
            finally:
                self._part = None
                self._done.release()

    def begin(self, part: Callable[[], None]) -> None:
        self._part, self._error = part, None
        self._start.release()

    def finish(self) -> BaseException | None:
        """Wait for the part; its exception, if it raised one."""
        self._done.acquire()
        return self._error


_helpers: list[_Helper] = []
_helpers_lock = threading.Lock()


def run_split(parts: list[Callable[[], None]]) -> None:
    """Run ``parts`` at the same time, one per thread, each with a single-threaded BLAS.

    The first part runs on the calling thread. The parts must write disjoint memory; the caller
    combines their results in a fixed order, so the outcome does not depend on timing. If another
    thread is splitting work already, the parts run one after another here.
    """
    if len(parts) == 1 or not _helpers_lock.acquire(blocking=False):
        for part in parts:
            part()
        return
    try:
        while len(_helpers) < len(parts) - 1:
            _helpers.append(_Helper())
        with single_blas_thread():
            helpers = _helpers[:len(parts) - 1]
            for helper, part in zip(helpers, parts[1:]):
                helper.begin(part)
            try:
                parts[0]()
            finally:
                errors = [helper.finish() for helper in helpers]
        for error in errors:
            if error is not None:
                raise error
    finally:
        _helpers_lock.release()


# Element-wise work goes through arrays in groups of about this size: the passes over one group
# stay in the CPU cache, and the groups are shared out over the threads.
GROUP_BYTES = 2**20


def run_in_groups(work: Callable[[slice], None], count: int, item_bytes: int) -> None:
    """Call ``work(items)`` for slices of ``range(count)`` holding about GROUP_BYTES each
    (``item_bytes`` per item), the slices shared out over the allowed threads."""
    if count * item_bytes <= GROUP_BYTES:
        work(slice(None))
        return
    size = max(1, GROUP_BYTES // max(1, item_bytes))
    groups = [slice(first, min(count, first + size)) for first in range(0, count, size)]
    parts = min(blas_threads(), len(groups))
    run_split([functools.partial(_each, work, groups[part::parts]) for part in range(parts)])


def _each(work: Callable[[slice], None], groups: list[slice]) -> None:
    for group in groups:
        work(group)


# Products with fewer multiply-adds than this are left to BLAS.
SPLIT_PRODUCT_MACS = 16_000_000


def matmul_long_inner(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b`` for 2-D operands, splitting a long inner dimension over the allowed threads.

    BLAS runs a product whose result is small but whose inner dimension is long (an affine
    layer with many inputs and a batch of 100) on about one thread. Here each thread takes a
    slice of the inner dimension and the partial products are added in a fixed order.
    """
    rows, inner = a.shape
    columns = b.shape[1]
    # Handing parts to threads costs tens of microseconds: worth it for large products only.
    if inner < 4 * max(rows, columns) or rows * inner * columns < SPLIT_PRODUCT_MACS:
        return a @ b
    parts = blas_threads()
    if parts < 2:
        return a @ b
    bounds = [inner * k // parts for k in range(parts + 1)]
    partial = np.empty((parts, rows, columns), dtype=np.result_type(a, b))
    run_split([functools.partial(np.matmul, a[:, lo:hi], b[lo:hi], out=partial[k])
               for k, (lo, hi) in enumerate(zip(bounds, bounds[1:]))])
    total = partial[0]
    for k in range(1, parts):
        total += partial[k]
    return total
