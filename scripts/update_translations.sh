#!/usr/bin/env bash
# Refresh every resources/translations/playground_<lang>.ts from the GUI's Python files, keeping the
# translations already made, then compile each into the .qm the application loads at start-up.
#
# Usage: scripts/update_translations.sh            (from anywhere inside the repository)
#        scripts/update_translations.sh fr         (also start a new playground_fr.ts)
#
# lupdate files calls like `tr = lambda text: QCoreApplication.translate("pages", text)` followed by
# `tr("Gates")` under an empty context, while the running application asks for context "pages". The
# Python step below moves such messages into the context their file's lambda names, taking over any
# translation that context already holds, and then drops messages that vanished from the code.
set -euo pipefail

cd "$(dirname "$0")/.."
folder=resources/translations
mkdir -p "$folder"

targets=()
for ts in "$folder"/playground_*.ts; do
    [[ -e $ts ]] && targets+=("$ts")
done
for lang in "$@"; do
    ts="$folder/playground_$lang.ts"
    [[ " ${targets[*]-} " == *" $ts "* ]] || targets+=("$ts")
done
if [[ ${#targets[@]} -eq 0 ]]; then
    echo "No $folder/playground_<lang>.ts yet: name a language, e.g. $0 ko" >&2
    exit 2
fi

# The presets' titles and descriptions live in the engine, marked with QT_TRANSLATE_NOOP.
mapfile -t sources < <(find playground/gui -name '*.py' | sort; echo playground/engine/presets.py)

for ts in "${targets[@]}"; do
    pyside6-lupdate -source-language en "${sources[@]}" -ts "$ts"
    python3 - "$ts" <<'PY'
"""Give lambda-wrapped tr() messages their runtime context; drop vanished messages."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ts_path = Path(sys.argv[1])
root = ET.parse(ts_path).getroot()
LAMBDA = re.compile(r"""lambda\s+(\w+)\s*:\s*QCoreApplication\.translate\(\s*["']([^"']+)["']\s*,\s*\1\s*\)""")


def context_of(source_file: Path) -> str | None:
    names = {match.group(2) for match in LAMBDA.finditer(source_file.read_text(encoding="utf-8"))}
    return names.pop() if len(names) == 1 else None


def ensure_context(name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def key(message: ET.Element) -> tuple[str, str]:
    return message.findtext("source") or "", message.findtext("comment") or ""


problems = []
for context in list(root.iter("context")):
    if context.findtext("name"):
        continue
    for message in context.findall("message"):
        if message.find("translation").get("type") in ("vanished", "obsolete"):
            context.remove(message)
            continue
        location = message.find("location")
        source_file = (ts_path.parent / location.get("filename")).resolve() if location is not None else None
        target = context_of(source_file) if source_file and source_file.exists() else None
        if target is None:
            problems.append(f"{location.get('filename') if location is not None else '?'}: "
                            f"no single translate-lambda context for {key(message)[0]!r}")
            continue
        home = ensure_context(target)
        existing = next((m for m in home.findall("message") if key(m) == key(message)), None)
        if existing is not None:
            translation = existing.find("translation")
            if translation.get("type") == "vanished":  # lupdate's word for a finished message gone missing
                del translation.attrib["type"]
            elif translation.get("type") == "obsolete":  # ... and for an unfinished one
                translation.set("type", "unfinished")
            for old in existing.findall("location"):
                existing.remove(old)
            for index, new in enumerate(message.findall("location")):
                existing.insert(index, new)
        else:
            home.append(message)
        context.remove(message)
    if not context.findall("message"):
        root.remove(context)

for context in list(root.iter("context")):
    for message in context.findall("message"):
        if message.find("translation").get("type") in ("vanished", "obsolete"):
            context.remove(message)
    if not context.findall("message"):
        root.remove(context)

contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name"))
for context in root.findall("context"):
    root.remove(context)
root.text = "\n"
for context in contexts:
    ET.indent(context, space="    ", level=0)
    context.tail = "\n"
    root.append(context)
ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                   + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
if problems:
    sys.exit("Messages the application cannot look up:\n  " + "\n  ".join(problems))
PY
    pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
