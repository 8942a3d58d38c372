"""Cycles are collected in the GUI thread only, where finalising a GUI object is safe."""

import gc
import threading
import weakref

from playground.gui.common.garbage import GuiThreadCollector, collect_in_gui_thread


class Node:
    def __init__(self):
        self.me = self  # a cycle: only the collector frees it


def test_a_worker_thread_leaves_cycles_for_the_gui_thread_to_collect(qapp):
    collector = collect_in_gui_thread(qapp)
    assert isinstance(collector, GuiThreadCollector) and collect_in_gui_thread(qapp) is collector
    assert not gc.isenabled()
    gc.collect()
    refs = []

    def make_garbage():  # far more allocations than the automatic collector's thresholds
        for _ in range(50_000):
            node = Node()
            if len(refs) < 100:
                refs.append(weakref.ref(node))

    worker = threading.Thread(target=make_garbage)
    worker.start()
    worker.join()
    assert all(ref() is not None for ref in refs), "the worker thread ran the collector"
    collector.check()  # what the GUI thread's timer calls
    assert all(ref() is None for ref in refs)
