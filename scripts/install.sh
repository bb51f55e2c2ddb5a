#!/usr/bin/env bash
# Install chiiki-mirai on a fresh machine. Usage: bash scripts/install.sh [--test]
# CPU PyTorch first: a plain `torch` (pulled in by sentence-transformers) would fetch a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
"$PY" -m pip install --quiet --disable-pip-version-check "torch==2.13.0"
if [ "${1:-}" = "--test" ]; then
  # Debian's Chromium and Japanese fonts for the end-to-end browser test (root on the dev/CI machines)
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && ! { [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "noto.*cjk"; }; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
  "$PY" -m pip install --quiet --disable-pip-version-check -e ".[test]"
else
  "$PY" -m pip install --quiet --disable-pip-version-check -e .
fi
