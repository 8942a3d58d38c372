"""Saving a file so that it is always either the old file or the complete new one.

Every save writes a temporary file in the target's folder, flushes it to disk and renames it over
the target (``os.replace`` is atomic on every OS). A process killed mid-save (SIGKILL, power loss)
cannot run cleanup code, so its temporary file stays behind; the next save of the same target
removes the temporaries of processes that no longer run, so stray files do not pile up.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Callable

#: On Windows a process id cannot be probed harmlessly, so temporaries are judged by age there.
STALE_AFTER_SECONDS = 3600.0


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}."


def _process_is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it runs, under another user
        return True
    return True


def _is_stale(temporary: Path, prefix: str) -> bool:
    pid_text = temporary.name[len(prefix):].split(".", 1)[0]
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    if sys.platform == "win32":
        try:
            return time.time() - temporary.stat().st_mtime > STALE_AFTER_SECONDS
        except OSError:
            return False
    return not _process_is_running(int(pid_text))


def remove_stale_temporaries(path: Path) -> None:
    """Delete what killed saves of ``path`` left behind (never another live process's file)."""
    prefix = _temporary_prefix(path)
    for temporary in path.parent.glob(f"{prefix}*.tmp"):
        if _is_stale(temporary, prefix):
            temporary.unlink(missing_ok=True)


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], None]) -> Path:
    """Write ``path`` through ``write(file)`` so that no reader ever sees a partial file.

    Raises OSError as the file system reports it; the temporary file is removed on any error.
    """
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    fd, temporary = tempfile.mkstemp(prefix=f"{_temporary_prefix(path)}{os.getpid()}.", suffix=".tmp",
                                     dir=folder)
    try:
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; a saved file is an ordinary shareable file
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
