#!/usr/bin/env bash
# Release build, then the diff benchmark (see bench-diff.py); arguments are passed on.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sverka >&2
exec python3 tools/bench-diff.py "$@"
