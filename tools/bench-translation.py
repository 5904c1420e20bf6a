#!/usr/bin/env python3
"""Time Sverka's translation check on a large English–Russian document pair.

The pair is built from real translations: the WMT24 English sources and Russian references
(--data or $SVERKA_WMT24, files en-ru.txt, en-ru.refA.txt, en-ru.docs; line 1 is a canary),
the segments of the news, speech, literary and social documents, one segment a paragraph, cycled until each side has --paragraphs paragraphs (10,000 by default). Both files
go to a temporary folder; nothing is kept.

Timed in turn within each round (so drift on a shared machine hits both alike):
  diff   `sverka diff EN RU --format json`: read, segment, align, check, write JSON
  align  `sverka align EN RU`: read, segment, align, write TSV (the peer: the check's floor)
The script prints the median of each over --runs rounds, the ratio, the load average, and
checks that the JSON covers every paragraph once.

Usage: python3 tools/bench-translation.py [--binary PATH] [--data DIR] [--paragraphs N]
                                          [--runs R]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise RuntimeError(f'{command[1]} exited {result.returncode}: {result.stderr.strip()}')
    return elapsed, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build/release/sverka'))
    parser.add_argument('--data', default=os.environ.get('SVERKA_WMT24', '/work/data/wmt24'))
    parser.add_argument('--paragraphs', type=int, default=10000)
    parser.add_argument('--runs', type=int, default=7)
    args = parser.parse_args()
    with open(os.path.join(args.data, 'en-ru.txt'), encoding='utf-8') as f:
        english = f.read().split('\n')[1:]
    with open(os.path.join(args.data, 'en-ru.refA.txt'), encoding='utf-8') as f:
        russian = f.read().split('\n')[1:]
    # Only the segments of the four domains have a human Russian reference; the rest of the
    # lines (domain None) are not en-ru translations.
    with open(os.path.join(args.data, 'en-ru.docs'), encoding='utf-8') as f:
        domains = [line.split('\t')[0] for line in f.read().split('\n')[1:]]
    pairs = [
        (e.strip(), r.strip()) for e, r, d in zip(english, russian, domains)
        if e.strip() and r.strip() and d in ('news', 'speech', 'literary', 'social')
    ]
    chosen = [pairs[i % len(pairs)] for i in range(args.paragraphs)]
    with tempfile.TemporaryDirectory() as tmp:
        en_path, ru_path = os.path.join(tmp, 'en.txt'), os.path.join(tmp, 'ru.txt')
        for path, side in ((en_path, 0), (ru_path, 1)):
            with open(path, 'w', encoding='utf-8') as f:
                f.write('\n\n'.join(p[side] for p in chosen) + '\n')
        sizes = [os.path.getsize(p) for p in (en_path, ru_path)]
        diff_times, align_times = [], []
        output = ''
        for _ in range(args.runs):
            elapsed, output = timed([args.binary, 'diff', en_path, ru_path, '--format', 'json'])
            diff_times.append(elapsed)
            elapsed, _ = timed([args.binary, 'align', en_path, ru_path])
            align_times.append(elapsed)
        diff = json.loads(output)

        def numbers(value):
            return value if isinstance(value, list) else [] if value is None else [value]
        a = sorted(n for op in diff['paragraphs'] for n in numbers(op.get('a')))
        b = sorted(n for op in diff['paragraphs'] for n in numbers(op.get('b')))
        conserved = a == list(range(1, args.paragraphs + 1)) and b == a
        print(f'{args.paragraphs} paragraphs a side ({sizes[0] / 1e6:.1f} MB en, '
              f'{sizes[1] / 1e6:.1f} MB ru), {args.runs} rounds, load {os.getloadavg()}')
        print(f'diff  median {statistics.median(diff_times):.3f} s  (min {min(diff_times):.3f})')
        print(f'align median {statistics.median(align_times):.3f} s  (min {min(align_times):.3f})')
        print(f'diff / align {statistics.median(diff_times) / statistics.median(align_times):.2f}; '
              f'every paragraph once: {conserved}; summary {diff["summary"]}')


if __name__ == '__main__':
    main()
