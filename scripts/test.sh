#!/usr/bin/env bash
# Install everything the tests need, then lint and run the whole test suite (what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
python3 -m ruff check .
python3 -m pytest -q -p no:cacheprovider
