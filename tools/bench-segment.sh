#!/usr/bin/env bash
# Measures sentence segmentation in one run: throughput of ICU's bare iterator, of ICU's
# boundaries made into sentences, of Sverka and of the Python peers, and accuracy on the
# test cases; writes the table to tools/results/segmentation.md.
# Usage: tools/bench-segment.sh [RUNS]   (peers: pip install -r tools/segmentation/requirements.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >&2
exec python3 tools/segmentation/bench.py --runs "${1:-5}" --binary .build/release/sverka \
  --out tools/results/segmentation.md
