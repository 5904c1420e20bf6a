#!/usr/bin/env python3
"""Fit Sverka's score calibration (Sources/SverkaAlign/ScoreCalibration.swift).

Generates cases as tools/eval-align.py does (a gold pair's sentences with sentences deleted,
inserted, merged and split), with its own seed so they differ from the evaluation's, runs
`sverka-dev evidence --segmented` (built beside --binary) on each, labels each link right
when the generated gold holds exactly that link, and fits a logistic regression on the
features Sverka prints
(Newton's method, L2 penalty `--l2` on all weights but the intercept). The gold pairs'
own alignments are never used: they stay a test.

With --wmt DIR (or SVERKA_WMT24) the dev half of the WMT24 English-Russian documents is
added, as tools/eval-align.py builds it (each clean document and three seeded hard cases,
with this script's seed); the held-out half is never used, and --wmt-weight counts each of
its links that many times (real translations weigh more than the generated cases).
--wrong-weight counts each wrong link that many times, trading the calibration of the
middle scores for pushing wrong links below 0.5.

Usage: python3 tools/fit-calibration.py [--cases 600] [--seed 11] [--wmt DIR]
         [--wmt-weight 1] [--wrong-weight 1] [--write]
  --write replaces the weights in ScoreCalibration.swift; without it they are printed.
"""
import argparse
import importlib.util
import json
import math
import os
import random
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SWIFT = os.path.join(ROOT, 'Sources/SverkaAlign/ScoreCalibration.swift')

spec = importlib.util.spec_from_file_location('eval_align', os.path.join(HERE, 'eval-align.py'))
eval_align = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_align)


def dev_binary(binary):
    """The development aids' executable, built beside the `sverka` binary."""
    return os.path.join(os.path.dirname(binary), 'sverka-dev')


def samples(binary, pairs_dir, count, seed):
    rng = random.Random(seed)
    pairs = eval_align.gold_pairs(pairs_dir)
    donors = [(e, r) for rows in pairs for e, r, _, _ in rows]
    data = []
    with tempfile.TemporaryDirectory() as folder:
        for case in range(count):
            en, ru, gold = eval_align.perturb(rng.choice(pairs), rng, donors,
                                              edits=rng.randint(1, 4))
            paths = eval_align.write_case(folder, case, en, ru)
            done = subprocess.run([dev_binary(binary), 'evidence', '--segmented'] + paths,
                                  capture_output=True, text=True, check=True)
            gold_set = {(eval_align.ids_span(e), eval_align.ids_span(r))
                        for e, r in eval_align.singles(gold)}
            for line in done.stdout.splitlines():
                link = json.loads(line)
                key = (eval_align.ids_span([i - 1 for i in link['en_ids']]),
                       eval_align.ids_span([i - 1 for i in link['ru_ids']]))
                data.append((link['features'], 1.0 if key in gold_set else 0.0))
    return data


def wmt_samples(binary, folder, seed):
    docs = eval_align.wmt_documents(folder, binary)
    rng = random.Random(seed)
    data = []
    with tempfile.TemporaryDirectory() as temp:
        for index, (doc, segments) in enumerate(sorted(docs.items())):
            if eval_align.wmt_split(doc) != 'dev':
                continue
            units = eval_align.wmt_units(segments)
            if not all(len(e) == 1 and len(r) == 1 for e, r, _ in units):
                continue
            for case, case_units in enumerate(
                    [units] + [eval_align.wmt_hard(units, rng) for _ in range(3)]):
                written = eval_align.wmt_write(temp, f'{index}-{case}', case_units,
                                               one_paragraph=rng.random() < 0.5, rng=rng)
                if written is None:
                    continue
                paths, gold = written
                done = subprocess.run([dev_binary(binary), 'evidence', '--segmented'] + paths,
                                      capture_output=True, text=True, check=True)
                gold_set = {(g[0], g[1]) for g in gold}
                for line in done.stdout.splitlines():
                    link = json.loads(line)
                    key = (eval_align.ids_span([i - 1 for i in link['en_ids']]),
                           eval_align.ids_span([i - 1 for i in link['ru_ids']]))
                    data.append((link['features'], 1.0 if key in gold_set else 0.0))
    return data


def solve(matrix, vector):
    """Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[col][col]:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] if a[i][i] else 0.0 for i in range(n)]


def fit(data, l2, wrong_weight=1.0, iterations=25):
    k = len(data[0][0])
    w = [0.0] * k
    for _ in range(iterations):
        gradient = [-l2 * w[j] if j else 0.0 for j in range(k)]
        hessian = [[(l2 if i == j and i else 0.0) for j in range(k)] for i in range(k)]
        for x, y in data:
            z = sum(a * b for a, b in zip(w, x))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            c = 1.0 if y else wrong_weight
            for i in range(k):
                gradient[i] += c * (y - p) * x[i]
                weight = c * p * (1 - p) * x[i]
                if weight:
                    row = hessian[i]
                    for j in range(k):
                        row[j] += weight * x[j]
        step = solve(hessian, gradient)
        w = [a + b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build/release/sverka'))
    parser.add_argument('--pairs', default=os.path.join(ROOT, 'Pairs'))
    parser.add_argument('--cases', type=int, default=600)
    parser.add_argument('--seed', type=int, default=11)
    parser.add_argument('--l2', type=float, default=1e-3)
    parser.add_argument('--wmt', default=os.environ.get('SVERKA_WMT24'))
    parser.add_argument('--wmt-weight', type=int, default=1)
    parser.add_argument('--wrong-weight', type=float, default=1.0)
    parser.add_argument('--write', action='store_true')
    args = parser.parse_args()

    data = samples(args.binary, args.pairs, args.cases, args.seed)
    if args.wmt:
        data += wmt_samples(args.binary, args.wmt, args.seed) * args.wmt_weight
    weights = fit(data, args.l2 * len(data), args.wrong_weight)
    wrong = sum(1 for _, y in data if not y)
    print(f'{len(data)} links, {wrong} wrong; weights:')
    literal = ', '.join(f'{w:.4f}' for w in weights)
    print(f'  [{literal}]')
    if args.write:
        with open(SWIFT, encoding='utf-8') as handle:
            text = handle.read()
        text, count = re.subn(r'(fitted = ScoreCalibration\(weights: \[)[^\]]*(\])',
                              lambda m: m.group(1) + '\n    ' + literal + ',\n  ' + m.group(2),
                              text)
        assert count == 1, 'weights not found in ' + SWIFT
        with open(SWIFT, 'w', encoding='utf-8') as handle:
            handle.write(text)
        print('written to', os.path.relpath(SWIFT, ROOT))


if __name__ == '__main__':
    main()
