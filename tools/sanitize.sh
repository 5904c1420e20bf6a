#!/usr/bin/env bash
# Runs the test suite under the address and the thread sanitizer, then the thread sanitizer
# over the commands that use threads: batch (parallel pairs), diff (two reading threads and
# the two-thread analysis) and map.
#
#   tools/sanitize.sh [address|thread ...]     default: both
#
# Each sanitizer builds in its own folder (.build-asan, .build-tsan; git-ignored). A finding
# makes the run fail: the sanitizers' reports go to standard error and the status is not 0.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
sanitizers=("$@")
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)
# halt_on_error: the first report fails the run instead of scrolling past.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}

for sanitizer in "${sanitizers[@]}"; do
  case $sanitizer in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "unknown sanitizer: $sanitizer" >&2; exit 2 ;;
  esac
  echo "== swift test --sanitize=$sanitizer" >&2
  swift test --sanitize="$sanitizer" --scratch-path "$scratch"
  if [ "$sanitizer" = thread ]; then
    bin=$(swift build --sanitize=thread --scratch-path "$scratch" --show-bin-path)/sverka
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    pair=Pairs/2018-08-23-lavrov-telephone-conversation-finland
    echo "== thread sanitizer: batch --jobs 4" >&2
    "$bin" batch Pairs --out "$out/batch" --jobs 4 2>"$out/batch.log" || {
      cat "$out/batch.log" >&2
      exit 1
    }
    echo "== thread sanitizer: diff (revision and translation)" >&2
    for second in "$pair/en-GB.rev2.txt" "$pair/ru-RU.txt"; do
      status=0
      "$bin" diff "$pair/en-GB.txt" "$second" --format json >/dev/null 2>"$out/diff.log" \
        || status=$?
      if [ "$status" -gt 1 ]; then
        cat "$out/diff.log" >&2
        exit 1
      fi
    done
    echo "== thread sanitizer: map" >&2
    python3 - "$pair" >"$out/records.jsonl" <<'PY'
import json, sys
folder = sys.argv[1]
en = open(f"{folder}/en-GB.txt", encoding="utf-8").read()
ru = open(f"{folder}/ru-RU.txt", encoding="utf-8").read()
for n in range(4):
    print(json.dumps({"id": n, "en": en, "ru": ru}, ensure_ascii=False))
PY
    "$bin" map <"$out/records.jsonl" >/dev/null 2>"$out/map.log" || {
      cat "$out/map.log" >&2
      exit 1
    }
  fi
done
echo "sanitizers clean: ${sanitizers[*]}" >&2
