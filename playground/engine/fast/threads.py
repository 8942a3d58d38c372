"""How the engine shares the CPU: BLAS threads, and splitting work BLAS cannot split well.

A matrix product runs on as many threads as the BLAS library is allowed (the GUI allows one, so
training leaves a core for the interface). Some work does not parallelise inside one product:
element copies (NumPy uses one thread) and products whose result is tiny but whose inner
dimension is long (a convolution's weight gradient). ``share_work`` runs such work as items
taken by the allowed number of threads instead, each with a single-threaded BLAS. NumPy
releases the GIL inside copies and products, so the threads really run at the same time.
"""

from __future__ import annotations

import itertools
import queue
import threading
from contextlib import contextmanager
from typing import Callable, ContextManager, Iterator

import numpy as np  # loads the BLAS library, which threadpoolctl can only find once loaded
from threadpoolctl import ThreadpoolController

_BLAS_LIBRARIES = ThreadpoolController().select(user_api="blas").lib_controllers

# The BLAS library has one thread count for the whole process, but each thread of the program may
# ask for its own cap (the GUI's jobs one thread, training every core but one, a small pass one).
# The library runs with the smallest cap any thread holds now, and goes back to its own count when
# none is left. What each thread plans for (how many parts to split work into, tile plans) is its
# own cap, so a reading on one thread never changes the plans of a training run on another.
_limit_lock = threading.Lock()
_caps: dict[object, int] = {}
_library_threads: list[int] = []
_own_cap = threading.local()


def _library_count() -> int:
    return max([lib.get_num_threads() for lib in _BLAS_LIBRARIES] or [1])


def blas_threads() -> int:
    """The number of threads work on this thread may use: its innermost cap, or the BLAS
    library's own count when it has none (1 when no BLAS library was found)."""
    caps = getattr(_own_cap, "stack", None)
    if caps:
        return caps[-1]
    with _limit_lock:
        return max(_library_threads or [_library_count()])


def _apply_caps() -> None:
    """Set the library to the smallest cap held (call with the lock held)."""
    counts = [min(_caps.values())] * len(_BLAS_LIBRARIES) if _caps else _library_threads
    for lib, n in zip(_BLAS_LIBRARIES, counts):
        lib.set_num_threads(n)


@contextmanager
def blas_thread_limit(threads: int | None) -> Iterator[None]:
    """Cap the threads of the enclosed work on this thread at ``threads`` (None: no cap).

    Caps nest and overlap across threads in any order; the library's own count comes back when
    the last one ends.
    """
    if not threads:
        yield
        return
    stack = getattr(_own_cap, "stack", None)
    if stack is None:
        stack = _own_cap.stack = []
    if stack and stack[-1] <= threads:
        # This thread's own cap already holds the library there: no library call is needed.
        stack.append(stack[-1])
        try:
            yield
        finally:
            stack.pop()
        return
    cap = min(int(threads), stack[-1]) if stack else int(threads)
    token = object()
    with _limit_lock:
        if not _caps:
            _library_threads[:] = [lib.get_num_threads() for lib in _BLAS_LIBRARIES]
        _caps[token] = cap
        _apply_caps()
    stack.append(cap)
    try:
        yield
    finally:
        stack.pop()
        with _limit_lock:
            del _caps[token]
            _apply_caps()
            if not _caps:
                _library_threads.clear()


def single_blas_thread() -> ContextManager[None]:
    """Run the enclosed products on one BLAS thread."""
    return blas_thread_limit(1)


class _Task:
    """One ``share_work`` call: items taken in turn from a shared counter by whoever is free."""

    def __init__(self, count: int, do: Callable[[int, int], None]) -> None:
        self.count, self.do = count, do
        self.error: BaseException | None = None
        self._items = itertools.count()  # next() on it is atomic under the GIL
        self._lock = threading.Lock()
        self._closed = False
        self._working: list[threading.Lock] = []

    def work(self, worker: int) -> None:
        """Do items until none is left or one has failed."""
        for item in iter(self._items.__next__, None):
            if item >= self.count or self.error is not None:
                return
            try:
                self.do(worker, item)
            except BaseException as error:  # noqa: BLE001 - raised again by the caller
                self.error = self.error or error

    def join(self, worker: int) -> None:
        """A helper's share; none if the caller has already taken every item."""
        done = threading.Lock()
        done.acquire()
        with self._lock:
            if self._closed:
                return
            self._working.append(done)
        try:
            self.work(worker)
        finally:
            done.release()

    def close(self) -> None:
        """Once the caller finds no item left: wait for the helpers that joined, and no other."""
        with self._lock:
            self._closed = True
            working = list(self._working)
        for done in working:
            done.acquire()


class _Helper:
    """A thread kept waiting for ``share_work`` tasks.

    Waking it costs about 80 us on a 2-core virtual machine; the caller does not wait for that:
    it starts on the items at once, and a helper that wakes after they are all taken does nothing.
    """

    def __init__(self, worker: int) -> None:
        self.tasks: queue.SimpleQueue[_Task] = queue.SimpleQueue()
        threading.Thread(target=self._serve, args=(worker,), name=f"engine-helper-{worker}", daemon=True).start()

    def _serve(self, worker: int) -> None:
        _own_cap.stack = [1]  # items run on one thread each: work they start is not split again
        while True:
            self.tasks.get().join(worker)


_helpers: list[_Helper] = []
_helpers_lock = threading.Lock()


def share_work(count: int, do: Callable[[int, int], None], workers: int | None = None) -> None:
    """Call ``do(worker, item)`` for every item in ``range(count)``, on the calling thread
    (worker 0) and up to ``workers - 1`` helper threads (default: as many as BLAS may use), each
    with a single-threaded BLAS.

    Items are taken in turn by whichever thread is free, so each must write its own memory and
    anything summed over items must be kept per item and added in item order: then the outcome
    does not depend on timing. ``worker`` tells a thread's own scratch buffers apart. NumPy
    releases the GIL in copies, element-wise passes and products, so the threads really run at the
    same time.
    """
    workers = min(blas_threads() if workers is None else workers, count)
    if workers <= 1:
        for item in range(count):
            do(0, item)
        return
    task = _Task(count, do)
    with _helpers_lock:
        while len(_helpers) < workers - 1:
            _helpers.append(_Helper(len(_helpers) + 1))
        helpers = _helpers[:workers - 1]
    with single_blas_thread():
        for helper in helpers:
            helper.tasks.put(task)
        try:
            task.work(0)
        finally:
            task.close()
    if task.error is not None:
        raise task.error


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
    share_work(len(groups), lambda _worker, index: work(groups[index]))


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

    def product(_worker: int, k: int) -> None:
        np.matmul(a[:, bounds[k]:bounds[k + 1]], b[bounds[k]:bounds[k + 1]], out=partial[k])

    share_work(parts, product)
    total = partial[0]
    for k in range(1, parts):
        total += partial[k]
    return total
