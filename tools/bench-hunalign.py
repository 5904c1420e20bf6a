#!/usr/bin/env python3
"""Time `sverka align` against hunalign on the same input, in the same run.

hunalign is built from the user's own checkout of its source (github danielvarga/hunalign),
given as the first argument: this script runs `make` in its src/hunalign folder unless the
binary is already there. Nothing of hunalign is kept in this repository.

Input (as tools/bench-align.py builds it): the gold-segmented Pairs/, paragraphs shuffled and
repeated up to --sentences English sentences, --delete of the paragraphs left out on the
Russian side, so the gold is known exactly. hunalign reads one sentence a line with `<p>`
between paragraphs, an empty dictionary file and `-utf -realign` (its usual baseline without
a dictionary); Sverka reads the same sentences with `--segmented`.

Layouts (--layout, several allowed): `blank` paragraphs between blank lines; `one` the whole
document as one paragraph; `lines` unsegmented text, a paragraph a line, separated by single
line breaks (Sverka reads that as one paragraph and segments it itself; its F1 is then not
comparable and is not printed).

Each round runs Sverka and hunalign in turn, so both see the same machine load; the figures
are medians of --runs rounds (wall time and peak RSS from /usr/bin/time -v). --scaling also
times Sverka alone at several sizes, twice each size, to show how time grows.

Usage: python3 tools/bench-hunalign.py HUNALIGN_CHECKOUT [--sentences 10000] [--runs 5]
         [--layout blank one lines] [--scaling 12500,25000,50000,100000] [--no-build] [--binary PATH]
"""
import argparse
import datetime
import importlib.util
import os
import re
import statistics
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


evaluate = load('evaluate', 'eval-align.py')
bench = load('bench_align', 'bench-align.py')


def timed(command, cwd=None):
    """(wall seconds, peak MB, stdout, CPU seconds) of one run under /usr/bin/time -v."""
    done = subprocess.run(['/usr/bin/time', '-v'] + command, capture_output=True, text=True,
                          cwd=cwd)
    if done.returncode != 0:
        raise SystemExit(f'{command[0]} failed ({done.returncode}): {done.stderr[-500:]}')
    wall = re.search(r'Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)', done.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    peak = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', done.stderr).group(1))
    cpu = sum(float(re.search(rf'{kind} time \(seconds\): ([\d.]+)', done.stderr).group(1))
              for kind in ('User', 'System'))
    return seconds, peak / 1024, done.stdout, cpu


def hunalign_links(ladder):
    """hunalign's ladder (rungs `en<TAB>ru<TAB>score`) as links of id spans; a link with one
    side empty is cut into single sentences, as the gold is."""
    rungs = [tuple(int(x) for x in line.split('\t')[:2]) for line in ladder.splitlines() if line]
    links = []
    for (e0, r0), (e1, r1) in zip(rungs, rungs[1:]):
        if e1 > e0 and r1 > r0:
            links.append(((e0, e1), (r0, r1), 1.0))
        else:
            links += [((i, i + 1), None, 1.0) for i in range(e0, e1)]
            links += [(None, (j, j + 1), 1.0) for j in range(r0, r1)]
    return links


def sverka_links(tsv):
    return [(evaluate.ids_span([i - 1 for i in row['en_ids']]),
             evaluate.ids_span([i - 1 for i in row['ru_ids']]), row['score'])
            for row in evaluate.read_tsv(tsv)]


def f1(gold, test):
    totals = evaluate.Totals()
    totals.add(gold, test)
    return totals.figures()[2]


def write_inputs(folder, en, ru, layout):
    """Sverka's two files for `layout` and hunalign's two, as paths."""
    paths = {}
    for side, paragraphs in (('en', en), ('ru', ru)):
        sentences = [p.split('\n') for p in paragraphs]
        if layout == 'blank':
            text = '\n\n'.join('\n'.join(p) for p in sentences)
        elif layout == 'one':
            text = '\n'.join('\n'.join(p) for p in sentences)
        else:
            text = '\n'.join(' '.join(p) for p in sentences)
        paths['sverka-' + side] = os.path.join(folder, f'sverka-{layout}-{side}.txt')
        with open(paths['sverka-' + side], 'w', encoding='utf-8') as handle:
            handle.write(text + '\n')
        paths['hunalign-' + side] = os.path.join(folder, f'hunalign-{side}.txt')
        with open(paths['hunalign-' + side], 'w', encoding='utf-8') as handle:
            lines = []
            for index, p in enumerate(sentences):
                if index:
                    lines.append('<p>')
                lines += p
            handle.write('\n'.join(lines) + '\n')
    return paths


def sverka_command(binary, paths, layout, out):
    segmented = [] if layout == 'lines' else ['--segmented']
    return [binary, 'align'] + segmented + [paths['sverka-en'], paths['sverka-ru'], '-o', out]


def line_ids(en, ru):
    """For each of hunalign's input lines on each side, its sentence id, `None` for `<p>`
    (hunalign counts those lines as segments too)."""
    def back(paragraphs):
        ids, sentence = [], 0
        for index, p in enumerate(paragraphs):
            if index:
                ids.append(None)
            for _ in p.split('\n'):
                ids.append(sentence)
                sentence += 1
        return ids
    return back(en), back(ru)


def remap(links, en_ids, ru_ids):
    """hunalign links over its lines (with `<p>`) as links over sentences; `<p>` lines
    dropped, links left with no sentence dropped."""
    out = []
    for e, r, score in links:
        es = [en_ids[i] for i in range(*e) if en_ids[i] is not None] if e else []
        rs = [ru_ids[j] for j in range(*r) if ru_ids[j] is not None] if r else []
        if es or rs:
            out.append((evaluate.ids_span(es), evaluate.ids_span(rs), score))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('hunalign', help='a checkout of hunalign (its src/hunalign is built)')
    parser.add_argument('--sentences', type=int, default=10000)
    parser.add_argument('--delete', type=float, default=0.05)
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--seed', type=int, default=7)
    parser.add_argument('--layout', nargs='+', default=['blank', 'one', 'lines'],
                        choices=['blank', 'one', 'lines'])
    parser.add_argument('--scaling', default='')
    parser.add_argument('--no-build', action='store_true')
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build/release/sverka'))
    args = parser.parse_args()

    source = os.path.join(os.path.abspath(args.hunalign), 'src', 'hunalign')
    hunalign = os.path.join(source, 'hunalign')
    if not os.path.exists(hunalign):
        subprocess.run(['make', '-C', source], check=True, stdout=subprocess.DEVNULL)
    if not args.no_build:
        subprocess.run(['swift', 'build', '-c', 'release'], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    binary = args.binary

    en, ru, gold = bench.build_input(args.sentences, args.delete, args.seed)
    en_count, ru_count = len(bench.flatten(en)), len(bench.flatten(ru))
    en_ids, ru_ids = line_ids(en, ru)
    report = [f'# Sverka against hunalign\n',
              f'{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC · '
              f'{os.cpu_count()} cores · load before: '
              + ' / '.join(f'{x:.2f}' for x in os.getloadavg()),
              f'\nInput: {en_count} English and {ru_count} Russian sentences (Pairs/ '
              f'paragraphs shuffled, {args.delete:.0%} deleted on the Russian side, seed '
              f'{args.seed}). hunalign: `-utf -realign`, an empty dictionary file, one '
              f'sentence a line, `<p>` between paragraphs. Medians of {args.runs} rounds, '
              f'each running both in turn.\n',
              '| layout | Sverka wall | Sverka CPU | Sverka peak | Sverka F1 | hunalign wall | '
              'hunalign CPU | hunalign peak | hunalign F1 | hunalign / Sverka: wall, CPU |',
              '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|']
    with tempfile.TemporaryDirectory() as folder:
        dictionary = os.path.join(folder, 'empty.dic')
        open(dictionary, 'w').close()
        for layout in args.layout:
            paths = write_inputs(folder, en, ru, layout)
            out = os.path.join(folder, 'out.tsv')
            sverka, theirs = [], []
            for _ in range(args.runs):
                sverka.append(timed(sverka_command(binary, paths, layout, out)))
                # hunalign writes translate.txt into its working folder.
                theirs.append(timed([hunalign, '-utf', '-realign', dictionary,
                                     paths['hunalign-en'], paths['hunalign-ru']], cwd=folder))
            with open(out, encoding='utf-8') as handle:
                ours = f1(gold, sverka_links(handle.read()))
            hun = f1(gold, remap(hunalign_links(theirs[-1][2]), en_ids, ru_ids))
            s_wall = statistics.median(r[0] for r in sverka)
            h_wall = statistics.median(r[0] for r in theirs)
            s_cpu = statistics.median(r[3] for r in sverka)
            h_cpu = statistics.median(r[3] for r in theirs)
            report.append(
                f'| {layout} | {s_wall:.2f} s | {s_cpu:.2f} s | '
                f'{statistics.median(r[1] for r in sverka):.0f} MB'
                f' | {"–" if layout == "lines" else f"{ours:.3f}"} | {h_wall:.2f} s | '
                f'{h_cpu:.2f} s | {statistics.median(r[1] for r in theirs):.0f} MB | {hun:.3f} | '
                f'{h_wall / s_wall:.2f}×, {h_cpu / s_cpu:.2f}× |')
            report.append(f'<!-- {layout}: sverka {[round(r[0], 2) for r in sverka]} s, '
                          f'hunalign {[round(r[0], 2) for r in theirs]} s; CPU sverka '
                          f'{[round(r[3], 2) for r in sverka]} s, hunalign '
                          f'{[round(r[3], 2) for r in theirs]} s -->')
        if args.scaling:
            report += ['\nSverka alone, `--segmented`, blank-line paragraphs, median of two '
                       'runs a size:\n', '| English sentences | wall | CPU | peak | CPU ratio to the '
                       'size before |', '|---:|---:|---:|---:|---:|']
            previous = None
            for size in (int(x) for x in args.scaling.split(',')):
                en, ru, _ = bench.build_input(size, args.delete, args.seed)
                paths = write_inputs(folder, en, ru, 'blank')
                runs = [timed(sverka_command(binary, paths, 'blank',
                                             os.path.join(folder, 'out.tsv')))
                        for _ in range(2)]
                wall = statistics.median(r[0] for r in runs)
                cpu = statistics.median(r[3] for r in runs)
                ratio = f'{cpu / previous:.2f}×' if previous else '–'
                report.append(f'| {len(bench.flatten(en))} | {wall:.2f} s | {cpu:.2f} s | '
                              f'{statistics.median(r[1] for r in runs):.0f} MB | {ratio} |')
                previous = cpu
    report.append('\nLoad after: ' + ' / '.join(f'{x:.2f}' for x in os.getloadavg()))
    text = '\n'.join(report) + '\n'
    os.makedirs(os.path.join(HERE, 'results'), exist_ok=True)
    with open(os.path.join(HERE, 'results', 'hunalign.md'), 'w', encoding='utf-8') as handle:
        handle.write(text)
    print(text)


if __name__ == '__main__':
    main()
