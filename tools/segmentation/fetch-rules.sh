#!/usr/bin/env bash
# Gathers the peers' public rule sets into one folder for compare.py --rules, outside the
# repository (their licences differ from ours): pySBD's golden rules and issue cases,
# sentencex's test files, razdel's unit cases.
# Usage: tools/segmentation/fetch-rules.sh OUT [PYSBD_GIT_DIR] [SENTENCEX_GIT_DIR]
#   A git folder (bare or not) is read at HEAD; without one the repository is cloned.
set -euo pipefail
out=${1:?usage: fetch-rules.sh OUT [PYSBD_GIT_DIR] [SENTENCEX_GIT_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
pip=${PIP:-$here/../.venv/bin/pip}
mkdir -p "$out/pysbd" "$out/sentencex" "$out/razdel"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo() { # name, given folder, clone address
  if [[ -n "$2" ]]; then echo "$2"; else git clone -q --bare --depth 1 "$3" "$work/$1" && echo "$work/$1"; fi
}
pysbd=$(repo pysbd "${2:-}" https://github.com/nipunsadvilkar/pySBD)
sentencex=$(repo sentencex "${3:-}" https://github.com/wikimedia/sentencex)
git --git-dir "$pysbd" show HEAD:tests/lang/test_english.py > "$out/pysbd/test_english.py"
git --git-dir "$pysbd" show HEAD:tests/lang/test_russian.py > "$out/pysbd/test_russian.py"
git --git-dir "$pysbd" show HEAD:tests/regression/test_issues.py > "$out/pysbd/test_issues.py"
git --git-dir "$sentencex" show HEAD:tests/en.txt > "$out/sentencex/en.txt"
git --git-dir "$sentencex" show HEAD:tests/ru.txt > "$out/sentencex/ru.txt"
"$pip" download -q --no-deps --no-binary :all: -d "$work" razdel==0.5.0
tar -xzf "$work"/razdel-0.5.0.tar.gz -C "$work"
cp "$work/razdel-0.5.0/razdel/tests/test_sentenize.py" "$out/razdel/"
echo "rule sets in $out" >&2
