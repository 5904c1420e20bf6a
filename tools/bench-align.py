#!/usr/bin/env python3
"""Benchmark `sverka align` against the `galechurch` package on one large generated pair.

Input: the gold-segmented pairs of Pairs/, paragraph by paragraph, shuffled and repeated
until each side has --sentences sentences; then --delete of the paragraphs are deleted on the
Russian side only (their English sentences become 1-0 links). Both sides are written as
`--segmented` text (one sentence a line, blank lines between paragraphs), so both aligners
see the same sentences and the gold is known exactly.

Measures, as the median of --runs runs: wall time and peak memory of the release binary
(/usr/bin/time -v), and the wall time of galechurch.align() in this process; scores strict
and lax F1 as tools/eval-align.py does. Writes tools/results/alignment.md.

Usage: python3 tools/bench-align.py [--sentences 10000] [--delete 0.05] [--runs 5] [--no-build]
"""
import argparse
import datetime
import importlib.util
import os
import platform
import random
import re
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MARK = '<!-- end of bench-align.py output -->'
spec = importlib.util.spec_from_file_location('evaluate', os.path.join(HERE, 'eval-align.py'))
evaluate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(evaluate)


def build_input(sentences, delete, seed):
    rng = random.Random(seed)
    paragraphs = []
    pairs_dir = os.path.join(ROOT, 'Pairs')
    for name in sorted(os.listdir(pairs_dir)):
        if not os.path.exists(os.path.join(pairs_dir, name, 'gold.tsv')):
            continue
        current = []
        for e, r, pe, pr in evaluate.segmented_pair(os.path.join(pairs_dir, name)):
            if (pe or pr) and current:
                paragraphs.append(current)
                current = []
            current.append((e, r))
        if current:
            paragraphs.append(current)
    en, ru, gold = [], [], []
    count = ne = nr = 0
    while count < sentences:
        order = paragraphs[:]
        rng.shuffle(order)
        for paragraph in order:
            deleted = rng.random() < delete
            en_par, ru_par = [], []
            for e, r in paragraph:
                e_ids = [ne + len(en_par)] if e else []
                if e:
                    en_par.append(e)
                r_ids = []
                if r and not deleted:
                    r_ids = [nr + len(ru_par)]
                    ru_par.append(r)
                if e_ids or r_ids:
                    gold.append((evaluate.ids_span(e_ids), evaluate.ids_span(r_ids), 1.0))
            if en_par:
                en.append('\n'.join(en_par))
            if ru_par:
                ru.append('\n'.join(ru_par))
            count += len(en_par)
            ne += len(en_par)
            nr += len(ru_par)
            if count >= sentences:
                break
    return en, ru, gold


def write(path, paragraphs):
    with open(path, 'w', encoding='utf-8') as handle:
        handle.write('\n\n'.join(paragraphs) + '\n')


def flatten(paragraphs):
    return [line for paragraph in paragraphs for line in paragraph.split('\n')]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--sentences', type=int, default=10000)
    parser.add_argument('--delete', type=float, default=0.05)
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--seed', type=int, default=7)
    parser.add_argument('--no-build', action='store_true')
    parser.add_argument('--galechurch-runs', type=int, default=3)
    args = parser.parse_args()

    if not args.no_build:
        subprocess.run(['swift', 'build', '-c', 'release'], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, '.build/release/sverka')
    en, ru, gold = build_input(args.sentences, args.delete, args.seed)
    en_sentences, ru_sentences = flatten(en), flatten(ru)

    with tempfile.TemporaryDirectory() as folder:
        en_path, ru_path = os.path.join(folder, 'en.txt'), os.path.join(folder, 'ru.txt')
        out_path = os.path.join(folder, 'out.tsv')
        write(en_path, en)
        write(ru_path, ru)
        walls, peaks, users = [], [], []
        load_before = os.getloadavg()
        for _ in range(args.runs):
            done = subprocess.run(
                ['/usr/bin/time', '-v', binary, 'align', '--segmented', en_path, ru_path,
                 '-o', out_path], capture_output=True, text=True, check=True)
            wall = re.search(r'Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)',
                             done.stderr)
            walls.append(int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60
                         + float(wall.group(3)))
            users.append(float(re.search(r'User time \(seconds\): ([\d.]+)', done.stderr)
                               .group(1)))
            peaks.append(int(re.search(r'Maximum resident set size \(kbytes\): (\d+)',
                                       done.stderr).group(1)) / 1024)
        load_after = os.getloadavg()
        with open(out_path, encoding='utf-8') as handle:
            rows = evaluate.read_tsv(handle.read())
    test = [(evaluate.ids_span([i - 1 for i in t['en_ids']]),
             evaluate.ids_span([i - 1 for i in t['ru_ids']]), t['score']) for t in rows]
    sverka = evaluate.Totals()
    sverka.add(gold, test)

    import galechurch
    gc_times = []
    for _ in range(args.galechurch_runs):
        start = time.perf_counter()
        block = galechurch.align(en_sentences, ru_sentences, max_block_size=10 ** 9)
        gc_times.append(time.perf_counter() - start)
    beads = [(evaluate.ids_span(list(range(b.source_start, b.source_end))),
              evaluate.ids_span(list(range(b.target_start, b.target_end))), 1.0)
             for b in block.beads]
    gc_totals = evaluate.Totals()
    gc_totals.add(gold, beads)

    s, g = sverka.figures(), gc_totals.figures()
    cpu = 'unknown'
    with open('/proc/cpuinfo') as handle:
        for line in handle:
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    memory = os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2 ** 30
    table = f"""# Alignment benchmark

{datetime.date.today().isoformat()} · {cpu}, {os.cpu_count()} cores, {memory:.0f} GiB ·
{platform.system()} {platform.release()} · Python {platform.python_version()}

Input: {len(en_sentences)} English and {len(ru_sentences)} Russian sentences (`--segmented`),
built from the gold-segmented Pairs/ with paragraphs shuffled and {args.delete:.0%} of them
deleted on the Russian side (seed {args.seed}); {len(gold)} gold links.
Command: `python3 tools/bench-align.py --sentences {args.sentences} --delete {args.delete} --runs {args.runs}`

| aligner | wall time (median of {args.runs} / {args.galechurch_runs}) | peak memory | strict P | strict R | strict F1 | lax F1 |
|---|---|---|---|---|---|---|
| sverka align (release) | {statistics.median(walls):.2f} s | {statistics.median(peaks):.0f} MB | {s[0]:.3f} | {s[1]:.3f} | {s[2]:.3f} | {s[5]:.3f} |
| galechurch.align (Python) | {statistics.median(gc_times):.2f} s | (in-process) | {g[0]:.3f} | {g[1]:.3f} | {g[2]:.3f} | {g[5]:.3f} |

Sverka wall times: {', '.join(f'{w:.2f}' for w in walls)} s; user CPU: {', '.join(f'{u:.2f}' for u in users)} s;
peaks: {', '.join(f'{p:.0f}' for p in peaks)} MB
(`/usr/bin/time -v`, whole process: reading, features, both passes, writing; the bead costs
are computed on both cores). Load average (1/5/15 min) before the Sverka runs:
{' / '.join(f'{x:.2f}' for x in load_before)}; after: {' / '.join(f'{x:.2f}' for x in load_after)}.
galechurch times: {', '.join(f'{t:.2f}' for t in gc_times)} s (length-only Gale–Church, full DP).

Score calibration of Sverka's links on this input:
```
{evaluate.calibration(sverka.scored)}
```
"""
    # The benchmark owns the file's top, up to MARK; what follows (calibration and accuracy
    # notes written by hand from tools/eval-align.py) is kept.
    os.makedirs(os.path.join(HERE, 'results'), exist_ok=True)
    path = os.path.join(HERE, 'results', 'alignment.md')
    rest = ''
    if os.path.exists(path):
        with open(path, encoding='utf-8') as handle:
            old = handle.read()
        if MARK in old:
            rest = old[old.index(MARK) + len(MARK):]
    with open(path, 'w', encoding='utf-8') as handle:
        handle.write(table + '\n' + MARK + rest)
    print(table)


if __name__ == '__main__':
    main()
