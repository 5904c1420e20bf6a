#!/usr/bin/env python3
"""One-run benchmark of Sverka's sentence segmenter against raw ICU and the Python peers.

Builds a large English and a large Russian text (several MB) from the paragraphs of the
Pairs/ statements and the segmentation cases, then measures, per language:
  - throughput in MB/s (median of --runs): ICU's bare ubrk iterator, ICU's boundaries
    made into sentences, and Sverka, all timed inside the process by
    `sverka-dev segment --bench N [--raw-icu]` (built beside --binary); the Python peers
    via peers.py on a 1 MB slice (a Python peer's MB/s does not depend on the text's length);
  - accuracy on the cases (exact %, boundary F1) via peers.py, with Sverka and plain ICU
    run through --swift-cmd.
Writes one Markdown table with date and machine to --out.
"""
from __future__ import annotations

import argparse
import datetime
import json
import platform
import random
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "Tests/SverkaReadTests/Resources/Segmentation"
PEERS = [sys.executable, str(REPO / "tools/segmentation/peers.py")]
TARGET_BYTES = 4_000_000
PEER_SLICE_BYTES = 1_000_000


def paragraphs(binary: str, lang: str) -> list[str]:
    """Body paragraphs of every Pairs/ edition in `lang`, and the case texts."""
    edition = "en-GB" if lang == "en" else "ru-RU"
    found: list[str] = []
    for path in sorted((REPO / "Pairs").glob(f"*/{edition}*.txt")):
        out = subprocess.run([binary, "read", str(path), "--format", "json"],
                             capture_output=True, text=True, check=True).stdout
        found += [p["text"] for p in json.loads(out)["paragraphs"]]
    for line in (CASES / f"{lang}.jsonl").read_text().splitlines():
        if line.strip():
            found.append(json.loads(line)["text"])
    return [p for p in found if p.strip()]


def big_text(pieces: list[str], size: int, seed: int) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(pieces)
        out.append(piece)
        total += len(piece.encode()) + 2
    return "\n\n".join(out) + "\n"


def dev_binary(binary: str) -> str:
    """The development aids' executable, built beside the `sverka` binary."""
    return str(Path(binary).with_name("sverka-dev"))


def bench(binary: str, path: Path, lang: str, runs: int, raw: bool) -> dict:
    args = [dev_binary(binary), "segment", str(path), "--lang", lang, "--bench", str(runs)]
    out = subprocess.run(args + (["--raw-icu"] if raw else []), capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


def mbps(size: int, seconds: list[float]) -> float:
    return size / statistics.median(seconds) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary", default=str(REPO / ".build/release/sverka"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=Path("/tmp/sverka-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rows: dict[str, dict[str, dict]] = {}
    sizes: dict[str, int] = {}
    for lang in ("en", "ru"):
        pieces = paragraphs(args.binary, lang)
        text = big_text(pieces, TARGET_BYTES, seed=1)
        big = args.work / f"{lang}.txt"
        big.write_text(text)
        peer_slice = args.work / f"{lang}-slice.txt"
        peer_slice.write_text(big_text(pieces, PEER_SLICE_BYTES, seed=2))
        sizes[lang] = len(text.encode())
        print(f"{lang}: {sizes[lang] / 1e6:.1f} MB", file=sys.stderr)
        raw = bench(args.binary, big, lang, args.runs, raw=True)
        refined = bench(args.binary, big, lang, args.runs, raw=False)
        size = raw["bytes"]
        rows.setdefault("ICU ubrk, boundaries only", {})[lang] = {
            "mbps": mbps(size, raw["ubrk"]["seconds"])}
        rows.setdefault("ICU ubrk → sentences (sverka-dev --raw-icu)", {})[lang] = {
            "mbps": mbps(size, raw["icu"]["seconds"])}
        rows.setdefault("**Sverka**", {})[lang] = {"mbps": mbps(size, refined["sverka"]["seconds"])}
        peers = json.loads(subprocess.run(
            PEERS + ["throughput", str(peer_slice), "--lang", lang, "--runs",
                     str(max(1, min(args.runs, 3))), "--json"],
            capture_output=True, text=True, check=True).stdout)
        for name, result in peers.items():
            rows.setdefault(f"{name} {result.get('version', '')}".strip(), {})[lang] = {
                "mbps": result.get("mb_per_second")}
        cases = CASES / f"{lang}.jsonl"
        for label, command in (
                ("**Sverka**", f"{args.binary} segment - --lang {lang}"),
                ("ICU ubrk → sentences (sverka-dev --raw-icu)",
                 f"{dev_binary(args.binary)} segment - --lang {lang} --raw-icu")):
            result = json.loads(subprocess.run(
                PEERS + ["accuracy", str(cases), "--lang", lang, "--json", "--only", "sverka",
                         "--swift-cmd", command],
                capture_output=True, text=True, check=True).stdout)
            for value in result.values():
                rows[label][lang].update(exact=value["exact_share"], f1=value["f1"])
        peers = json.loads(subprocess.run(
            PEERS + ["accuracy", str(cases), "--lang", lang, "--json"],
            capture_output=True, text=True, check=True).stdout)
        for name, result in peers.items():
            key = f"{name} {result.get('version', '')}".strip()
            rows.setdefault(key, {}).setdefault(lang, {}).update(
                exact=result["exact_share"], f1=result["f1"])
    write(args, rows, sizes)
    return 0


def cell(value, digits: int, scale: float = 1.0) -> str:
    return "–" if value is None else f"{value * scale:.{digits}f}"


def write(args, rows: dict, sizes: dict) -> None:
    machine = f"{platform.machine()}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, {platform.platform()}"
    lines = [
        "# Sentence segmentation: accuracy and throughput",
        "",
        f"Measured {datetime.date.today().isoformat()} on {machine} by `tools/bench-segment.sh {args.runs}`.",
        f"Throughput: median of {args.runs} runs over {sizes['en'] / 1e6:.1f} MB of English and "
        f"{sizes['ru'] / 1e6:.1f} MB of Russian (Pairs/ paragraphs and case texts, repeated), timed "
        "inside the process, segmentation only; Python peers on a 1 MB slice of the same text, "
        "one paragraph a call. Accuracy: the cases in "
        "`Tests/SverkaReadTests/Resources/Segmentation/{en,ru}.jsonl`, share segmented exactly "
        "and boundary F1, as `tools/segmentation/peers.py accuracy` scores them.",
        "",
        "| tool | en MB/s | ru MB/s | en exact % | en F1 | ru exact % | ru F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, by_lang in rows.items():
        en, ru = by_lang.get("en", {}), by_lang.get("ru", {})
        lines.append(
            f"| {name} | {cell(en.get('mbps'), 2)} | {cell(ru.get('mbps'), 2)} | "
            f"{cell(en.get('exact'), 1, 100)} | {cell(en.get('f1'), 3)} | "
            f"{cell(ru.get('exact'), 1, 100)} | {cell(ru.get('f1'), 3)} |")
    args.out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
