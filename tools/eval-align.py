#!/usr/bin/env python3
"""Evaluate `sverka align` against the hand-checked gold alignments in Pairs/*/gold.tsv,
and against generated cases (real pairs with sentences deleted, inserted, merged and split).

Scoring follows vecalign's score.py. A link is a pair (English sentences, Russian sentences).
  strict: a test link counts as right when the gold holds exactly that link;
  lax:    a test link counts as right when some gold link shares at least one sentence with
          it on both sides (a 1-0 or 0-1 link is lax-right only when it is strict-right).
Precision counts over test links, recall over gold links (the same rule with the roles
swapped); F1 is their harmonic mean. 1-0 and 0-1 links are scored like the others; a
generated gold link 0-n or n-0 counts as n links 0-1 or 1-0 (Sverka writes one a sentence).

Gold ids depend on the gold's segmentation, which may differ from Sverka's. So links are not
compared by id but by the text they cover: each link's English and Russian text is located
in the collapsed body of its edition, and two links are equal when they cover the same
character spans. Where the segmentations agree this is the id comparison; where they differ,
a link can only be right if it covers exactly the gold's text (reported as `seg_agree`, the
share of gold sentence boundaries that Sverka's segmentation also has).

Calibration: the links of all pairs are binned by score, and the share of strict-right links
is printed per bin.

Real translations (--wmt DIR, or the environment variable SVERKA_WMT24): the WMT24
English-Russian test data (en-ru.txt, en-ru.refA.txt, en-ru.docs, one segment a line, line 1
a canary), documents by id. Each segment is split into sentences by `sverka segment`; a
segment whose two sides have as many sentences pairs them in order, any other is one gold
link. Documents are split by a hash of their id into a dev half (tune on it) and a
held-out half (report it, never tune on it). Each document is aligned as it is (`clean`:
documents whose every segment is one-to-one; the others are left out, since their gold is
not sentence by sentence) and, with seeded edits, as three `hard` cases:
about one sentence in ten merged with its neighbour, swapped with it or deleted, on either
side, and paragraph breaks moved; half the cases of each kind are written as one paragraph
a side.

Usage: python3 tools/eval-align.py [--binary PATH] [--pairs DIR] [--generated N] [--seed S]
       python3 tools/eval-align.py --wmt /work/data/wmt24 [--split dev|heldout|all]
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import check_pairs  # noqa: E402  (body() and unescape() of the page format)


def collapse(text):
    return re.sub(r'\s+', ' ', text).strip()


def read_tsv(text):
    rows = []
    lines = text.split('\n')
    assert lines[0] == 'en_ids\tru_ids\tscore\ten\tru', 'bad header: ' + lines[0]
    for line in lines[1:]:
        if not line:
            continue
        f = line.split('\t')
        rows.append({
            'en_ids': [int(x) for x in f[0].split(',') if x],
            'ru_ids': [int(x) for x in f[1].split(',') if x],
            'score': float(f[2]),
            'en': collapse(check_pairs.unescape(f[3])),
            'ru': collapse(check_pairs.unescape(f[4])),
        })
    return rows


def spans(rows, body_en, body_ru):
    """Each row as ((en_start, en_end) | None, (ru_start, ru_end) | None, score)."""
    result = []
    cursors = {'en': 0, 'ru': 0}
    bodies = {'en': body_en, 'ru': body_ru}
    for row in rows:
        link = []
        for side in ('en', 'ru'):
            text = row[side]
            if not text:
                link.append(None)
                continue
            at = bodies[side].find(text, cursors[side])
            if at < 0:
                at = cursors[side]  # not found: keep the order, the link will not match
            link.append((at, at + len(text)))
            cursors[side] = at + len(text)
        result.append((link[0], link[1], row['score']))
    return result


def overlaps(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def precision(gold, test):
    """vecalign's _precision: (strict right, strict wrong, lax right, lax wrong)."""
    gold_set = {(g[0], g[1]) for g in gold}
    tp_s = fp_s = tp_l = fp_l = 0
    for t in test:
        key = (t[0], t[1])
        if key in gold_set:
            tp_s += 1
            tp_l += 1
            continue
        fp_s += 1
        if any(overlaps(t[0], g[0]) and overlaps(t[1], g[1]) for g in gold):
            tp_l += 1
        else:
            fp_l += 1
    return tp_s, fp_s, tp_l, fp_l


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


class Totals:
    def __init__(self):
        self.p = [0, 0, 0, 0]
        self.r = [0, 0, 0, 0]
        self.scored = []  # (score, strict right)

    def add(self, gold, test):
        p = precision(gold, test)
        r = precision(test, gold)
        self.p = [a + b for a, b in zip(self.p, p)]
        self.r = [a + b for a, b in zip(self.r, r)]
        gold_set = {(g[0], g[1]) for g in gold}
        for t in test:
            self.scored.append((t[2], (t[0], t[1]) in gold_set))
        return p, r

    def figures(self):
        ps = self.p[0] / max(1, self.p[0] + self.p[1])
        rs = self.r[0] / max(1, self.r[0] + self.r[1])
        pl = self.p[2] / max(1, self.p[2] + self.p[3])
        rl = self.r[2] / max(1, self.r[2] + self.r[3])
        return ps, rs, f1(ps, rs), pl, rl, f1(pl, rl)


def line(name, figures, extra=''):
    ps, rs, fs, pl, rl, fl = figures
    return (f'{name:<52} strict P {ps:.3f} R {rs:.3f} F1 {fs:.3f}   '
            f'lax P {pl:.3f} R {rl:.3f} F1 {fl:.3f}{extra}')


def run(binary, args):
    done = subprocess.run([binary, 'align'] + args, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f'sverka align {" ".join(args)} failed: {done.stderr.strip()}')
    return done.stdout


def boundaries(rows, side, body):
    """Character offsets where a sentence of `side` ends, by the rows' single sentences."""
    ends = set()
    for (en, ru, _), row in zip(spans(rows, body['en'], body['ru']), rows):
        span = en if side == 'en' else ru
        if span is not None and len(row[side + '_ids']) == 1:
            ends.add(span[1])
    return ends


def evaluate_pairs(binary, pairs_dir, totals):
    agree = [0, 0]
    for name in sorted(os.listdir(pairs_dir)):
        folder = os.path.join(pairs_dir, name)
        gold_path = os.path.join(folder, 'gold.tsv')
        if not os.path.exists(gold_path):
            continue
        body = {}
        for side, file in (('en', 'en-GB.txt'), ('ru', 'ru-RU.txt')):
            with open(os.path.join(folder, file), encoding='utf-8') as handle:
                body[side] = collapse(check_pairs.body(handle.read()))
        with open(gold_path, encoding='utf-8') as handle:
            gold_rows = read_tsv(handle.read())
        test_rows = read_tsv(run(binary, [folder]))
        gold = spans(gold_rows, body['en'], body['ru'])
        test = spans(test_rows, body['en'], body['ru'])
        for side in ('en', 'ru'):
            g = boundaries(gold_rows, side, body)
            t = {s[0 if side == 'en' else 1][1] for s in test if s[0 if side == 'en' else 1]}
            agree[0] += len(g & t)
            agree[1] += len(g)
        pair = Totals()
        pair.add(gold, test)
        totals.add(gold, test)
        print(line(name, pair.figures(), f'   links {len(test)}/{len(gold)}'))
    return agree[0] / max(1, agree[1])


# Generated cases: the gold rows of a pair as segmented input, then perturbed.

def segmented_pair(folder):
    """The pair as rows of (en_text, ru_text, starts_en_paragraph, starts_ru_paragraph)."""
    with open(os.path.join(folder, 'gold.tsv'), encoding='utf-8') as handle:
        rows = read_tsv(handle.read())
    starts = {}
    for side, file in (('en', 'en-GB.txt'), ('ru', 'ru-RU.txt')):
        with open(os.path.join(folder, file), encoding='utf-8') as handle:
            text = check_pairs.body(handle.read())
        offsets, full, at = set(), [], 0
        for paragraph in re.split(r'\n\s*\n', text):
            paragraph = collapse(paragraph)
            if paragraph:
                offsets.add(at)
                full.append(paragraph)
                at += len(paragraph) + 1
        starts[side] = (offsets, ' '.join(full))
    result = []
    cursor = {'en': 0, 'ru': 0}
    for row in rows:
        flags = []
        for side in ('en', 'ru'):
            if not row[side]:
                flags.append(False)
                continue
            offsets, full = starts[side]
            at = full.find(row[side], cursor[side])
            at = cursor[side] if at < 0 else at
            flags.append(at in offsets)
            cursor[side] = at + len(row[side])
        result.append((row['en'], row['ru'], flags[0], flags[1]))
    return result


def perturb(rows, rng, donors, edits):
    """Apply random edits; return sides as lists of paragraphs of sentences, and gold links
    as lists of (en indices, ru indices)."""
    # Each unit: [en sentences], [ru sentences], paragraph starts.
    units = [([e] if e else [], [r] if r else [], pe, pr) for e, r, pe, pr in rows]
    for _ in range(edits):
        kind = rng.choice(['delete', 'insert', 'merge', 'split'])
        i = rng.randrange(len(units))
        e, r, pe, pr = units[i]
        side = rng.choice([0, 1])
        if kind == 'delete' and e and r:
            units[i] = (e, [], pe, pr) if side == 0 else ([], r, pe, pr)
        elif kind == 'insert':
            donor = rng.choice(donors)
            units.insert(i, ([donor[0]], [], False, False) if side == 0 and donor[0]
                         else ([], [donor[1]], False, False) if donor[1] else ([], [], False, False))
        elif kind == 'merge' and len(units[i][side]) == 1 and i + 1 < len(units):
            e2, r2, _, _ = units[i + 1]
            if len(e2) == 1 and len(r2) == 1 and e and r:
                if side == 0:
                    units[i] = ([e[0] + ' ' + e2[0]], r + r2, pe, pr)
                else:
                    units[i] = (e + e2, [r[0] + ' ' + r2[0]], pe, pr)
                del units[i + 1]
        elif kind == 'split' and len(units[i][side]) == 1:
            sentence = units[i][side][0]
            cut = sentence.find(', ', len(sentence) // 3)
            if 0 < cut < len(sentence) - 10:
                parts = [sentence[:cut + 1], sentence[cut + 2:]]
                units[i] = (parts, r, pe, pr) if side == 0 else (e, parts, pe, pr)
    en, ru, gold = [[]], [[]], []
    ne = nr = 0
    for e, r, pe, pr in units:
        if not e and not r:
            continue
        if pe and en[-1]:
            en.append([])
        if pr and ru[-1]:
            ru.append([])
        en[-1] += e
        ru[-1] += r
        gold.append((list(range(ne, ne + len(e))), list(range(nr, nr + len(r)))))
        ne += len(e)
        nr += len(r)
    return en, ru, gold


def singles(gold):
    """Gold links as id lists with each 0-n or n-0 link cut into n single ones: a run of
    sentences without counterpart is the same statement however it is grouped, and the
    aligner writes one link a sentence there."""
    out = []
    for e, r in gold:
        if e and r:
            out.append((e, r))
        else:
            out += [([i], []) for i in e] + [([], [i]) for i in r]
    return out


def ids_span(ids):
    """Consecutive ids as a (first, last + 1) span, like the text spans of real pairs."""
    return (ids[0], ids[-1] + 1) if ids else None


def gold_pairs(pairs_dir):
    """Every pair folder with a gold.tsv, as segmented_pair() rows, sorted by name."""
    return [segmented_pair(os.path.join(pairs_dir, name))
            for name in sorted(os.listdir(pairs_dir))
            if os.path.exists(os.path.join(pairs_dir, name, 'gold.tsv'))]


def write_case(folder, case, en, ru):
    """Writes a generated case as two --segmented files; returns their paths (en, ru)."""
    paths = []
    for side, paragraphs in (('en', en), ('ru', ru)):
        path = os.path.join(folder, f'{case}-{side}.txt')
        with open(path, 'w', encoding='utf-8') as handle:
            handle.write('\n\n'.join('\n'.join(p) for p in paragraphs if p) + '\n')
        paths.append(path)
    return paths


def evaluate_generated(binary, pairs_dir, count, seed, totals):
    rng = random.Random(seed)
    pairs = gold_pairs(pairs_dir)
    donors = [(e, r) for rows in pairs for e, r, _, _ in rows]
    with tempfile.TemporaryDirectory() as folder:
        for case in range(count):
            en, ru, gold = perturb(rng.choice(pairs), rng, donors, edits=rng.randint(1, 4))
            paths = write_case(folder, case, en, ru)
            test_rows = read_tsv(run(binary, ['--segmented'] + paths))
            test = [(ids_span([i - 1 for i in t['en_ids']]),
                     ids_span([i - 1 for i in t['ru_ids']]), t['score']) for t in test_rows]
            gold_links = [(ids_span(e), ids_span(r), 1.0) for e, r in singles(gold)]
            totals.add(gold_links, test)


def calibration(scored):
    """A reliability table (links by score bin: count, mean score, share strict-right) and
    the headline figures: share right among links scoring >= 0.8, share of wrong links
    scoring < 0.5, share of right links scoring >= 0.5."""
    bins = [(0.0, 0.1), (0.1, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9),
            (0.9, 0.95), (0.95, 0.99), (0.99, 1.001)]
    out = ['  score bin      links  mean score  right']
    for low, high in bins:
        inside = [(score, right) for score, right in scored if low <= score < high]
        if inside:
            mean = sum(s for s, _ in inside) / len(inside)
            share = sum(r for _, r in inside) / len(inside)
            close = ')' if high < 1 else ']'
            out.append(f'  [{low:.2f}, {min(high, 1):.2f}{close}  {len(inside):6d}  '
                       f'{mean:10.3f}  {share:.3f}')
    high = [right for score, right in scored if score >= 0.8]
    if high:
        out.append(f'  score >= 0.8: {len(high)} links, {sum(high) / len(high):.3f} right')
    wrong = [score for score, right in scored if not right]
    if wrong:
        low = sum(s < 0.5 for s in wrong)
        out.append(f'  wrong links: {len(wrong)}, of which {low} ({low / len(wrong):.0%}) '
                   f'score < 0.5')
    right = [score for score, is_right in scored if is_right]
    if right:
        kept = sum(s >= 0.5 for s in right)
        out.append(f'  right links: {len(right)}, of which {kept} ({kept / len(right):.1%}) '
                   f'score >= 0.5')
    return '\n'.join(out)


# Real translations: WMT24 English-Russian documents.

def wmt_documents(folder, binary):
    """{doc id: [(en sentences, ru sentences), ...] a segment}, in file order."""
    def lines(name):
        with open(os.path.join(folder, name), encoding='utf-8') as handle:
            return handle.read().split('\n')[1:]  # line 1 is the canary
    docs, en, ru = lines('en-ru.docs'), lines('en-ru.txt'), lines('en-ru.refA.txt')
    kept = [(d.split('\t')[1], e, r) for d, e, r in zip(docs, en, ru)
            if d and '\t' in d and d.split('\t')[0] != 'None' and e.strip() and r.strip()
            and r.strip() != 'NO TRANSLATION AVAILABLE']

    def segmented(texts, lang):
        with tempfile.NamedTemporaryFile('w', suffix='.txt', encoding='utf-8',
                                         delete=False) as handle:
            handle.write('\n\n'.join(collapse(t) for t in texts) + '\n')
        try:
            done = subprocess.run([binary, 'segment', '--lang', lang, handle.name],
                                  capture_output=True, text=True, check=True)
        finally:
            os.unlink(handle.name)
        return [p.split('\n') for p in done.stdout.strip('\n').split('\n\n')]

    en_sentences = segmented([e for _, e, _ in kept], 'en')
    ru_sentences = segmented([r for _, _, r in kept], 'ru')
    if len(en_sentences) != len(kept) or len(ru_sentences) != len(kept):
        raise SystemExit('segmenting the WMT segments changed their number')
    result = {}
    for (doc, _, _), e, r in zip(kept, en_sentences, ru_sentences):
        result.setdefault(doc, []).append((e, r))
    return result


def wmt_split(doc):
    """'dev' or 'heldout', by a stable hash of the document id."""
    import hashlib
    return 'dev' if hashlib.sha1(doc.encode()).digest()[0] % 2 == 0 else 'heldout'


def wmt_units(segments):
    """Gold units (en sentences, ru sentences, starts a paragraph) of a document."""
    units = []
    for e, r in segments:
        if len(e) == len(r):
            units += [([a], [b], index == 0) for index, (a, b) in enumerate(zip(e, r))]
        else:
            units.append((list(e), list(r), True))
    return units


def wmt_hard(units, rng):
    """About one edit in ten units: a merge, swap or deletion on one side, or a moved
    paragraph break."""
    units = [list(u) for u in units]
    edits = max(1, round(len(units) / 10))
    for _ in range(edits):
        i = rng.randrange(len(units))
        e, r, p = units[i]
        side = rng.choice([0, 1])
        kind = rng.choice(['merge', 'swap', 'delete', 'break'])
        one_one = len(e) == 1 and len(r) == 1
        if kind == 'merge' and one_one and i + 1 < len(units):
            e2, r2, _ = units[i + 1]
            if len(e2) == 1 and len(r2) == 1:
                if side == 0:
                    units[i] = [[e[0] + ' ' + e2[0]], r + r2, p]
                else:
                    units[i] = [e + e2, [r[0] + ' ' + r2[0]], p]
                del units[i + 1]
        elif kind == 'swap' and one_one and i + 1 < len(units):
            e2, r2, p2 = units[i + 1]
            if len(e2) == 1 and len(r2) == 1 and not p2:
                # The two sentences of one side change places: one 2-2 link.
                units[i] = [e2 + e, r + r2, p] if side == 0 else [e + e2, r2 + r, p]
                del units[i + 1]
        elif kind == 'delete' and e and r and len(units) > 2:
            units[i] = [e, [], p] if side else [[], r, p]
        elif kind == 'break':
            units[i][2] = not p
    return [tuple(u) for u in units]


def wmt_write(folder, name, units, one_paragraph, rng):
    """Writes the units as --segmented files; returns paths and gold links (id spans)."""
    en, ru, gold = [[]], [[]], []
    ne = nr = 0
    for e, r, p in units:
        # A moved break is on one side only: each side draws its own at a unit start.
        if p and not one_paragraph:
            if en[-1] and rng.random() < 0.9:
                en.append([])
            if ru[-1] and rng.random() < 0.9:
                ru.append([])
        en[-1] += e
        ru[-1] += r
        gold.append((list(range(ne, ne + len(e))), list(range(nr, nr + len(r)))))
        ne += len(e)
        nr += len(r)
    if not ne or not nr:
        return None
    paths = write_case(folder, name, en, ru)
    return paths, [(ids_span(a), ids_span(b), 1.0) for a, b in singles(gold)]


def evaluate_wmt(binary, folder, split, seed):
    docs = wmt_documents(folder, binary)
    rng = random.Random(seed)
    totals = {'clean': Totals(), 'hard': Totals(), 'all': Totals()}
    counts = {'clean': [0, 0], 'hard': [0, 0]}
    with tempfile.TemporaryDirectory() as temp:
        for index, (doc, segments) in enumerate(sorted(docs.items())):
            if split != 'all' and wmt_split(doc) != split:
                continue
            units = wmt_units(segments)
            # Strict gold needs sentence-level gold: documents whose every segment has as
            # many sentences on both sides. The others are left out.
            if not all(len(e) == 1 and len(r) == 1 for e, r, _ in units):
                continue
            cases = [('clean', units)] + [('hard', wmt_hard(units, rng)) for _ in range(3)]
            for kind, case_units in cases:
                written = wmt_write(temp, f'{index}-{kind}', case_units,
                                    one_paragraph=rng.random() < 0.5, rng=rng)
                if written is None:
                    continue
                paths, gold = written
                rows = read_tsv(run(binary, ['--segmented'] + paths))
                test = [(ids_span([i - 1 for i in t['en_ids']]),
                         ids_span([i - 1 for i in t['ru_ids']]), t['score']) for t in rows]
                totals[kind].add(gold, test)
                totals['all'].add(gold, test)
                counts[kind][0] += 1
                counts[kind][1] += len(gold)
    for kind in ('clean', 'hard', 'all'):
        extra = '' if kind == 'all' else f'   docs {counts[kind][0]}, gold links {counts[kind][1]}'
        print(line(f'WMT24 {split} {kind}', totals[kind].figures(), extra))
    print(calibration(totals['all'].scored))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build/release/sverka'))
    parser.add_argument('--pairs', default=os.path.join(ROOT, 'Pairs'))
    parser.add_argument('--generated', type=int, default=200)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--wmt', default=os.environ.get('SVERKA_WMT24'),
                        help='WMT24 en-ru folder: evaluate on it instead of Pairs/')
    parser.add_argument('--split', default='dev', choices=['dev', 'heldout', 'all'])
    args = parser.parse_args()

    if args.wmt:
        evaluate_wmt(args.binary, args.wmt, args.split, args.seed)
        return
    totals = Totals()
    agree = evaluate_pairs(args.binary, args.pairs, totals)
    print(line('ALL GOLD PAIRS', totals.figures(), f'   seg_agree {agree:.3f}'))
    print(calibration(totals.scored))
    if args.generated:
        generated = Totals()
        evaluate_generated(args.binary, args.pairs, args.generated, args.seed, generated)
        print(line(f'GENERATED ({args.generated} cases, seed {args.seed})', generated.figures()))
        print(calibration(generated.scored))


if __name__ == '__main__':
    main()
