#!/usr/bin/env bash
# Every format of every command on every pair in Pairs/, one file a run (.out, .err, .rc), so two
# binaries can be compared byte for byte: diff -r OUT_A OUT_B after a change meant to keep behaviour.
#
#   tools/snapshot-outputs.sh BIN OUT       run from the checkout root; BIN is a built sverka
set -uo pipefail
BIN=$1
OUT=$2
rm -rf "$OUT"
mkdir -p "$OUT"
run() {
  local name=$1
  shift
  "$BIN" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
  echo $? >"$OUT/$name.rc"
}
for d in Pairs/*/; do
  p=$(basename "$d")
  for f in "$d"*.txt; do
    b=$(basename "$f" .txt)
    for fmt in text json; do run "$p.read.$b.$fmt" read "$f" --format $fmt; done
    run "$p.segment.$b" segment "$f"
  done
  for fmt in tsv jsonl tmx html; do
    run "$p.align.$fmt" align "$d" --format $fmt
    run "$p.align-rev.$fmt" align "${d}ru-RU.txt" "${d}en-GB.txt" --format $fmt
  done
  # segmented input made by the same binary's segment output
  "$BIN" segment "${d}en-GB.txt" > "$OUT/$p.seg-en.txt"; "$BIN" segment "${d}ru-RU.txt" > "$OUT/$p.seg-ru.txt"
  for fmt in tsv jsonl; do run "$p.align-segmented.$fmt" align "$OUT/$p.seg-en.txt" "$OUT/$p.seg-ru.txt" --segmented --format $fmt; done
  for fmt in text json unified html; do
    run "$p.diff-translation.$fmt" diff "${d}en-GB.txt" "${d}ru-RU.txt" --format $fmt --color never
    run "$p.diff-translation-ru.$fmt" diff "${d}ru-RU.txt" "${d}en-GB.txt" --format $fmt --color never
    for lang in en-GB ru-RU; do
      if [ -f "$d$lang.rev2.txt" ]; then
        run "$p.diff-revision-$lang.$fmt" diff "$d$lang.txt" "$d$lang.rev2.txt" --format $fmt --color never
        run "$p.diff-revision-$lang-back.$fmt" diff "$d$lang.rev2.txt" "$d$lang.txt" --format $fmt --color never
        run "$p.diff-revision-$lang-cosmetic.$fmt" diff "$d$lang.txt" "$d$lang.rev2.txt" --format $fmt --color never --show-cosmetic
      fi
    done
  done
  for lang in en-GB ru-RU; do
    other=$([ $lang = en-GB ] && echo ru-RU || echo en-GB)
    if [ -f "$d$lang.rev2.txt" ]; then
      for fmt in text json; do run "$p.track-$lang.$fmt" track "$d$lang.txt" "$d$lang.rev2.txt" "$d$other.txt" --format $fmt; done
    fi
  done
  for fmt in text json; do run "$p.track-same.$fmt" track "${d}en-GB.txt" "${d}en-GB.txt" "${d}ru-RU.txt" --format $fmt; done
done
for fmt in tsv jsonl; do
  "$BIN" batch Pairs --out "$OUT/batch-$fmt" --format $fmt > "$OUT/batch-$fmt.out" 2>/dev/null; echo $? > "$OUT/batch-$fmt.rc"
done
python3 - Pairs >"$OUT/records.jsonl" <<'PY'
import json, pathlib, sys
for n, folder in enumerate(sorted(pathlib.Path(sys.argv[1]).glob("*/"))):
    en = (folder / "en-GB.txt").read_text(encoding="utf-8")
    ru = (folder / "ru-RU.txt").read_text(encoding="utf-8")
    print(json.dumps({"id": n, "en": en, "ru": ru}, ensure_ascii=False))
PY
run map map <"$OUT/records.jsonl"
crawl=$OUT/crawl
mkdir -p "$crawl/en" "$crawl/ru"
for d in Pairs/*/; do
  cp "${d}en-GB.txt" "$crawl/en/$(basename "$d").txt"
  cp "${d}ru-RU.txt" "$crawl/ru/$(basename "$d").txt"
done
for fmt in tsv jsonl; do run "pair.$fmt" pair "$crawl/en" "$crawl/ru" --format $fmt; done
