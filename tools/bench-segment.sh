#!/usr/bin/env bash
# Measures sentence segmentation against the peers in one run, on the same bytes: accuracy
# on the UD dev treebanks and on the peers' public rule sets, and throughput through the
# CLI. Installs the peers into tools/.venv (git-ignored) on first use.
# Usage: tools/bench-segment.sh UD_DIR [RULES_DIR] [RUNS]
#   UD_DIR     folder with {en_ewt,en_gum,ru_gsd,ru_taiga}-ud-dev.conllu (dev splits only)
#   RULES_DIR  folder made by tools/segmentation/fetch-rules.sh (optional)
set -euo pipefail
cd "$(dirname "$0")/.."
ud=${1:?usage: tools/bench-segment.sh UD_DIR [RULES_DIR] [RUNS]}
rules=${2:-}
venv=tools/.venv
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r tools/segmentation/requirements.txt
  # PyICU needs a compiler and ICU's headers; the run goes on without it.
  "$venv/bin/pip" install -q PyICU || echo "note: PyICU did not build; skipped" >&2
fi
swift build -c release --product sverka >&2
echo "load: $(uptime)"
exec "$venv/bin/python" tools/segmentation/compare.py --binary .build/release/sverka \
  --ud "$ud" ${rules:+--rules "$rules"} --runs "${3:-5}"
