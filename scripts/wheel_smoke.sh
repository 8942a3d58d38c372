#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment outside the checkout and use it
# from there: evaluate a shipped model and start the main window offscreen. This shows that the
# installed package carries its datasets, models and translations.
#   bash scripts/wheel_smoke.sh        (needs .venv from scripts/install.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

.venv/bin/python -m pip install -q build
.venv/bin/python -m build -q --wheel --outdir "$work/dist" . >/dev/null
wheel=$(ls "$work"/dist/*.whl)
echo "wheel: $(basename "$wheel") ($(du -m "$wheel" | cut -f1) MB)"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$wheel"

cd "$work"  # nothing of the checkout on the path
evaluation=$("$work/venv/bin/nn-playground" evaluate "$("$work/venv/bin/python" -c \
  'from playground.paths import MODELS_DIR; print(MODELS_DIR / "simple-cnn.npz")')")
echo "${evaluation%%$'\n'*}"
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" CHECKOUT="$checkout" "$work/venv/bin/python" - <<'PY'
import os
import sys

from PySide6.QtCore import QLocale, QTimer

import playground
from playground.gui.app import create_application, install_translators, run
from playground.paths import MODELS_DIR, RESOURCES_DIR

assert not playground.__file__.startswith(os.environ["CHECKOUT"]), playground.__file__
assert (RESOURCES_DIR / "translations" / "playground_ko.qm").is_file() and MODELS_DIR.is_dir()
app = create_application([])
assert install_translators(app, QLocale(QLocale.Language.Korean)), "no Korean translation"
QTimer.singleShot(300, lambda: [w.close() for w in app.topLevelWidgets()])
code = run([])
print(f"window started and closed from {os.path.dirname(playground.__file__)}")
sys.exit(code)
PY
