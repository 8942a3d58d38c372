"""The numbers behind a plot as a CSV file, saved atomically so a failed save leaves no half file."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Iterable, Sequence

from ..atomic import write_atomically


def csv_text(header: Sequence[str], rows: Iterable[Sequence]) -> str:
    """A header line and one line per row; floats written with enough digits to read back."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([f"{v:.6g}" if isinstance(v, float) else v for v in row] for row in rows)
    return out.getvalue()


def write_csv(path: str | os.PathLike, header: Sequence[str], rows: Iterable[Sequence]) -> Path:
    data = csv_text(header, rows).encode("utf-8")
    return write_atomically(path, lambda handle: handle.write(data))
