#!/usr/bin/env bash
# Install and run the main job on the bundled example drafts: the requirement check with recommendations.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
chiiki-mirai kb validate
status=0
chiiki-mirai check examples/drafts/b_perovskite_cluster.md || status=$?
# exit code 1 means "gaps found", which is the expected outcome for a draft
[ "$status" -le 1 ]
