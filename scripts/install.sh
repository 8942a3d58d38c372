#!/usr/bin/env bash
# Install Neural Network Playground into ./.venv (a development install of this checkout).
#   bash scripts/install.sh          the app
#   bash scripts/install.sh --test   the app and its test tools
# On Debian/Ubuntu the libraries Qt needs (and python3-venv) are installed with apt-get when missing;
# elsewhere (macOS, other Linux) only the venv is made. Any OS: `pipx install .` (see README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

debian_packages=(python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1
  fonts-dejavu-core)
# The Korean translation needs a Hangul font.
if [[ "${LANG:-}" == ko* || "${LANGUAGE:-}" == ko* ]]; then
  debian_packages+=(fonts-nanum)
fi

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    # A package this release names differently must not stop the install: Qt may not need it.
    if ! { $sudo apt-get update -qq &&
           DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
             "${missing[@]}" >/dev/null; }; then
      for pkg in "${missing[@]}"; do  # one by one, so one unknown name costs only itself
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$pkg" \
          >/dev/null 2>&1 || echo "warning: Debian package $pkg could not be installed" >&2
      done
    fi
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extras}"
echo "Installed into $(pwd)/.venv"
