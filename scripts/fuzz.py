"""Pass thousands of mutated files to a loader and print the outcome table.

    python -m scripts.fuzz [--target models|own-data] [--cases 10000] [--seed 0] [--jobs 2]

``models``: mutated model files to the model loader. ``own-data``: a person's own data damaged in
every form the Your classes page reads (class folders, labelled file names, CSV, IDX pairs, plain
or gzip) to ``read_own`` in either preparation; a clear error there is a ``DatasetError``, and a
damaged picture in a folder must come back listed as skipped.

Each case runs in its own forked process with an address-space limit and a time limit, so a
MemoryError, a process that grows past 2 GB or a hang is counted rather than taking the run down.
Outcomes per category: clear error, loaded (a benign mutation), an uncaught exception by type,
MemoryError, over 2 GB, hang.
"""

from __future__ import annotations

import argparse
import collections
import os
import resource
import select
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before NumPy loads: forked children stay small

import playground  # noqa: E402,F401,I001  (first: it sets OpenBLAS's thread timeout before NumPy loads)
# isort: split
import numpy as np  # noqa: E402

from playground.engine.errors import DatasetError, ModelFileError  # noqa: E402
from playground.engine.training.modelfile import load_model  # noqa: E402
from scripts.mutations import model_cases  # noqa: E402
from scripts.own_data_mutations import own_data_cases  # noqa: E402

MODELS = Path(__file__).resolve().parents[1] / "models"
RSS_LIMIT = 2 << 30
ADDRESS_LIMIT = 6 << 30
TIME_LIMIT = 20.0


def _child(load: Callable[[], None], write_end: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    try:
        load()
        outcome = "loaded"
    except (ModelFileError, DatasetError):
        outcome = "clear error"
    except MemoryError:
        outcome = "MemoryError"
    except BaseException as exc:  # noqa: BLE001 - counting what escapes is the point
        outcome = f"uncaught {type(exc).__name__}"
    if resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 > RSS_LIMIT:
        outcome = "over 2 GB"
    os.write(write_end, outcome.encode())
    os._exit(0)


def _start(load: Callable[[], None]) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        _child(load, write_end)
    os.close(write_end)
    return pid, read_end


def _finish(pid: int, read_end: int, deadline: float) -> str:
    ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
    outcome = os.read(read_end, 200).decode() if ready else ""
    if not ready:
        os.kill(pid, signal.SIGKILL)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    if outcome:
        return outcome
    return "hang" if not ready else f"crashed (status {status})"


def _model_cases(rng: np.random.Generator, cases: int, folder: Path) -> Iterator[tuple[str, Callable[[], None], Path]]:
    """(category, load, case folder): each mutated model file written to a folder of its own."""
    for i, (category, data) in enumerate(model_cases(rng, sorted(MODELS.glob("*.npz")), cases)):
        case = folder / f"case{i}"
        case.mkdir()
        (case / "model.npz").write_bytes(data)
        yield category, lambda path=case / "model.npz": load_model(path), case


TARGETS = {"models": _model_cases, "own-data": own_data_cases}


def run(cases: int, seed: int, jobs: int, target: str = "models") -> collections.Counter:
    """Outcome counts keyed (category, outcome)."""
    counts: collections.Counter = collections.Counter()
    running: list[tuple[str, Path, int, int, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        generator = TARGETS[target](np.random.default_rng(seed), cases, Path(folder))
        for i, (category, load, case) in enumerate(generator):
            running.append((category, case, *_start(load), time.monotonic() + TIME_LIMIT))
            while len(running) >= jobs or (i == cases - 1 and running):
                category_done, done_case, pid, read_end, deadline = running.pop(0)
                counts[(category_done, _finish(pid, read_end, deadline))] += 1
                shutil.rmtree(done_case)
            if (i + 1) % 500 == 0:
                print(f"{i + 1} cases", file=sys.stderr, flush=True)
    return counts


def print_table(counts: collections.Counter) -> None:
    outcomes = sorted({o for _, o in counts})
    categories = sorted({c for c, _ in counts})
    width = max(len(c) for c in categories + ["total"])
    print(f"{'category':<{width}}  " + "  ".join(f"{o:>12}" for o in outcomes))
    for category in categories + ["total"]:
        row = [sum(n for (c, o2), n in counts.items() if o2 == o and category in (c, "total")) for o in outcomes]
        print(f"{category:<{width}}  " + "  ".join(f"{n:>12,}" for n in row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=sorted(TARGETS), default="models")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    started = time.monotonic()
    print_table(run(args.cases, args.seed, args.jobs, args.target))
    print(f"{args.cases:,} cases in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
