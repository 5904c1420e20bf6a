#!/usr/bin/env bash
# Builds Sverka's libFuzzer targets (tools/Fuzz, with -sanitize=fuzzer,address) and runs them.
#
#   tools/fuzz.sh [SECONDS] [TARGET ...]     default: 60 s each, every target, two at a time
#
# Seed corpora are made from Pairs/ by tools/Fuzz/seeds.py. The growing corpora, crashers and
# logs go to $SVERKA_FUZZ_DIR (default .fuzz/, git-ignored); a crasher is a file named
# crash-*, leak-*, oom-* or timeout-* beside the target's log. Targets run under nice -n 10.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(FuzzReader FuzzSegmenter FuzzAligner FuzzRevisionDiff FuzzTranslationCheck
    FuzzMapRecord FuzzDictd)
fi
work=${SVERKA_FUZZ_DIR:-$root/.fuzz}
scratch=$root/.build-fuzz
mkdir -p "$work"

(cd "$root/tools/Fuzz" && nice -n 10 swift build -c release --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol" >&2)
bin=$(cd "$root/tools/Fuzz" && swift build -c release --scratch-path "$scratch" --show-bin-path)
python3 "$root/tools/Fuzz/seeds.py" "$root/Pairs" "$work/seeds"

run() {
  local target=$1
  mkdir -p "$work/corpus/$target" "$work/crashers/$target"
  echo "$(date -u +%H:%M:%S) $target: start, $seconds s" >&2
  # libFuzzer's exit status is non-zero when it finds something; the log says what.
  nice -n 10 "$bin/$target" "$work/corpus/$target" "$work/seeds/$target" \
    -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -timeout=120 \
    -artifact_prefix="$work/crashers/$target/" -print_final_stats=1 \
    >"$work/$target.log" 2>&1 || true
  local found
  found=$(find "$work/crashers/$target" -type f | wc -l)
  echo "$(date -u +%H:%M:%S) $target: done, $found crasher(s); $(grep -E '^(stat::number_of_executed_units|Done)' "$work/$target.log" | tr '\n' ' ')" >&2
}

running=0
for target in "${targets[@]}"; do
  if [ "$running" -ge 2 ]; then
    wait -n
    running=$((running - 1))
  fi
  run "$target" &
  running=$((running + 1))
done
wait
