#!/usr/bin/env python3
"""Evaluate Sverka's translation check (`sverka diff EN RU`) and `sverka track` on real
professional English→Russian translations with seeded edits.

Documents come from the WMT24 general test set (English sources, Russian reference A, and the
document list), read from a folder given by --data or $SVERKA_WMT24 (files en-ru.txt,
en-ru.refA.txt, en-ru.docs; line 1 is a canary and is skipped). Nothing of the text is kept.

Documents: segments grouped by document id; consecutive segments are joined into a paragraph
until it holds 200 English characters or three segments. Speech documents are one segment
each, so eight in a row make one document. A document needs three paragraphs.

Split: a document is held out when the MD5 of its id is 0 modulo 3; the rest is for
development. Both parts are reported; only the held-out part is honest.

Seeded edits, one a run, in the Russian edition, each in a random paragraph that allows it:
  deleted   the paragraph is removed            expected: its English paragraph `deleted`
  number    a number shared with the English is changed   expected: `changed`
  dropped   one sentence of the paragraph is removed       expected: `changed`
  name      a capitalised name is replaced by another      expected: `changed`
  added     a sentence from another document is inserted   expected: `changed`
  negation  a «не» is removed, or added before a verb      expected: `changed`
Every other paragraph pair is faithful and expected `equal`.

Labels are read per English paragraph from the diff JSON: `equal`; `changed` (also `merged` or
`split` with reasons, and `cosmetic`); `deleted`. A paragraph in no operation, or in two, is a
conservation failure. Reported: the false-alarm rate on faithful pairs, recall per seeded kind,
`changed` precision, and the macro-F1 over the three labels.

track: OLD, NEW and TRANSLATION are built so each status has a known answer:
  stale        OLD original, NEW with a number changed in one paragraph
  updated      OLD with a number changed, NEW the original (the translation already follows)
  obsolete     NEW without one paragraph: its translation is obsolete
  untranslated NEW with a paragraph from another document inserted
  current      every other paragraph

Conservation (--conservation N): N documents, each edited one to four times on either side
(a paragraph deleted, two merged, one split at a sentence, a sentence dropped, a paragraph
doubled, two swapped), checked in both orders; every paragraph of both sides must be in
exactly one operation of the JSON. Prints the failures.

Usage: python3 tools/eval-translation.py [--binary PATH] [--data DIR] [--seed S]
                                         [--domains news,speech,...] [--show N]
                                         [--no-track] [--conservation N]
                                         [--show-missed KIND|all]
"""
import argparse
import collections
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KINDS = ['deleted', 'number', 'dropped', 'name', 'added', 'negation']
NAMES = ['Лондон', 'Шольц', 'Токио', 'Макрон', 'Варшава', 'Обама', 'Канберра', 'Эрдоган',
         'Стокгольм', 'Моди', 'Каир', 'Нетаньяху', 'Лиссабон', 'Мадуро']
SENTENCE_END = re.compile(r'(?<=[.!?…])\s+(?=[«"A-ZА-ЯЁ0-9])')
RUSSIAN_VERB = re.compile(
    r'(?<=\s)([а-яё]{3,}(?:ет|ит|ут|ют|ат|ят|ал|ала|али|ало|ил|ила|или|ило|ется|ится|ются|'
    r'ятся|ался|алась|ались|ился|илась|ились))(?=[\s,.;:!?])')


def load(data):
    def lines(name):
        with open(os.path.join(data, name), encoding='utf-8') as f:
            return f.read().split('\n')[1:]
    en, ru, docs = lines('en-ru.txt'), lines('en-ru.refA.txt'), lines('en-ru.docs')
    grouped = collections.OrderedDict()
    for e, r, d in zip(en, ru, docs):
        if not d or '\t' not in d:
            continue
        domain, doc = d.split('\t', 1)
        if not e.strip() or not r.strip():
            continue
        grouped.setdefault((domain, doc), []).append((e.strip(), r.strip()))
    return grouped


def paragraphs(segments):
    out, en, ru = [], [], []
    for e, r in segments:
        en.append(e)
        ru.append(r)
        if sum(len(x) for x in en) >= 200 or len(en) == 3:
            out.append((' '.join(en), ' '.join(ru)))
            en, ru = [], []
    if en:
        out.append((' '.join(en), ' '.join(ru)))
    return out


def documents(grouped, domains):
    docs = []
    speech = []
    for (domain, doc), segments in grouped.items():
        if domain not in domains:
            continue
        if domain == 'speech':
            speech.append((doc, paragraphs(segments)))
            continue
        paras = paragraphs(segments)
        if len(paras) >= 3:
            docs.append({'id': doc, 'domain': domain, 'paras': paras})
    for start in range(0, len(speech) - 7, 8):
        group = speech[start:start + 8]
        docs.append({'id': '+'.join(d for d, _ in group), 'domain': 'speech',
                     'paras': [p for _, ps in group for p in ps]})
    for doc in docs:
        doc['heldout'] = int(hashlib.md5(doc['id'].encode()).hexdigest(), 16) % 3 == 0
    return docs


def sentences(text):
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def numbers(text):
    return re.findall(r'\d+', text)


def seed(kind, doc, rng, pool):
    """The Russian paragraphs with one edit of `kind`, and the edited paragraph, or None."""
    paras = doc['paras']
    order = list(range(len(paras)))
    rng.shuffle(order)
    ru = [r for _, r in paras]
    for i in order:
        en, text = paras[i]
        if kind == 'deleted':
            return ru[:i] + ru[i + 1:], i
        if kind == 'number':
            shared = [m for m in re.finditer(r'\d+', text) if m.group() in numbers(en)]
            if not shared:
                continue
            m = rng.choice(shared)
            value = m.group()
            new = str(int(value) + rng.choice([1, 2, 3, 7])) if len(value) < 10 else value[:-1] + '7'
            if new == value:
                continue
            edited = text[:m.start()] + new + text[m.end():]
        elif kind == 'dropped':
            parts = sentences(text)
            if len(parts) < 2:
                continue
            k = rng.randrange(len(parts))
            edited = ' '.join(parts[:k] + parts[k + 1:])
        elif kind == 'name':
            words = [m for m in re.finditer(r'(?<=[\s(])[А-ЯЁ][а-яё]{2,}', text)]
            # A capitalised word that does not start a sentence.
            words = [m for m in words if not re.search(r'[.!?…]\s*$', text[:m.start()])]
            if not words:
                continue
            m = rng.choice(words)
            options = [n for n in NAMES if n not in text and n not in ' '.join(ru)]
            edited = text[:m.start()] + rng.choice(options) + text[m.end():]
        elif kind == 'added':
            extra = rng.choice(pool)
            parts = sentences(text)
            k = rng.randrange(len(parts) + 1)
            edited = ' '.join(parts[:k] + [extra] + parts[k:])
        elif kind == 'negation':
            ne = [m for m in re.finditer(r'(?<=\s)(?:не|Не) (?=[а-яё])', text)]
            if ne:
                m = rng.choice(ne)
                edited = text[:m.start()] + text[m.end():]
            else:
                verbs = list(RUSSIAN_VERB.finditer(text))
                if not verbs:
                    continue
                m = rng.choice(verbs)
                edited = text[:m.start()] + 'не ' + text[m.start():]
        out = list(ru)
        out[i] = edited
        return out, i
    return None


def write(path, paras):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(p.replace('\n', ' ') for p in paras) + '\n')


def listed(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


EXTRA = []


def run_diff(binary, en_path, ru_path):
    result = subprocess.run([binary, 'diff', en_path, ru_path, '--format', 'json'] + EXTRA,
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise RuntimeError(f'sverka diff exited {result.returncode}: {result.stderr.strip()}')
    return json.loads(result.stdout)


def labels(diff, en_count, ru_count):
    """The label of each English paragraph, and whether every paragraph is in one op."""
    seen_a, seen_b = collections.Counter(), collections.Counter()
    label = {}
    for op in diff['paragraphs']:
        a, b = listed(op.get('a')), listed(op.get('b'))
        seen_a.update(a)
        seen_b.update(b)
        kind = op['op']
        if kind in ('merged', 'split'):
            kind = 'changed' if op.get('reasons') else 'equal'
        elif kind == 'cosmetic':
            kind = 'changed'
        for n in a:
            label[n] = (kind, op.get('reasons', []), op.get('evidence', []))
    conserved = (sorted(seen_a) == list(range(1, en_count + 1)) and all(v == 1 for v in seen_a.values())
                 and sorted(seen_b) == list(range(1, ru_count + 1))
                 and all(v == 1 for v in seen_b.values()))
    return label, conserved


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


class Tally:
    def __init__(self):
        self.faithful = 0
        self.false_alarms = 0
        self.alarm_reasons = collections.Counter()
        self.kind_total = collections.Counter()
        self.kind_found = collections.Counter()
        self.confusion = collections.Counter()  # (expected, predicted)
        self.conservation_failures = 0
        self.runs = 0
        self.examples = []
        self.missed = []

    def add(self, expected, predicted, reasons, context):
        self.confusion[(expected, predicted)] += 1
        if expected == 'equal':
            self.faithful += 1
            if predicted != 'equal':
                self.false_alarms += 1
                for reason in reasons or [predicted]:
                    self.alarm_reasons[reason] += 1
                self.examples.append(context)

    def report(self, title):
        print(f'== {title}: {self.runs} runs, {self.conservation_failures} conservation failures')
        rate = self.false_alarms / self.faithful if self.faithful else 0
        print(f'false alarms: {self.false_alarms} of {self.faithful} faithful pairs '
              f'({100 * rate:.1f} %)  by reason: {dict(self.alarm_reasons.most_common())}')
        recalls = []
        for kind in KINDS:
            total, found = self.kind_total[kind], self.kind_found[kind]
            recalls.append(found / total if total else 0)
            print(f'  recall {kind:9s} {found:4d} / {total:4d} = {found / total if total else 0:.3f}')
        labels_ = ['equal', 'changed', 'deleted']
        scores = []
        for lab in labels_:
            tp = self.confusion[(lab, lab)]
            fp = sum(v for (e, p), v in self.confusion.items() if p == lab and e != lab)
            fn = sum(v for (e, p), v in self.confusion.items() if e == lab and p != lab)
            scores.append(f1(tp, fp, fn))
            if lab == 'changed':
                precision = tp / (tp + fp) if tp + fp else 1.0
                print(f'  changed precision {precision:.3f} ({tp} of {tp + fp})')
        print(f'  F1 equal {scores[0]:.3f} changed {scores[1]:.3f} deleted {scores[2]:.3f}; '
              f'macro-F1 {sum(scores) / 3:.3f}')
        return rate, recalls, sum(scores) / 3


def evaluate_diff(binary, docs, rng, tmp, tallies, show):
    pool = [s for d in docs for _, r in d['paras'] for s in sentences(r) if len(s) > 40]
    for doc in docs:
        for kind in KINDS:
            seeded = seed(kind, doc, rng, [s for s in pool if s not in ' '.join(r for _, r in doc['paras'])])
            if seeded is None:
                continue
            ru, edited = seeded
            en = [e for e, _ in doc['paras']]
            en_path, ru_path = os.path.join(tmp, 'en.txt'), os.path.join(tmp, 'ru.txt')
            write(en_path, en)
            write(ru_path, ru)
            diff = run_diff(binary, en_path, ru_path)
            label, conserved = labels(diff, len(en), len(ru))
            for tally in tallies(doc):
                tally.runs += 1
                if not conserved:
                    tally.conservation_failures += 1
                for index in range(len(en)):
                    predicted, reasons, evidence = label.get(index + 1, ('missing', [], []))
                    if index == edited:
                        expected = 'deleted' if kind == 'deleted' else 'changed'
                        tally.kind_total[kind] += 1
                        if predicted == expected:
                            tally.kind_found[kind] += 1
                        else:
                            tally.missed.append((doc['id'], kind, index + 1, predicted, reasons,
                                                 en[index][:300], ru[index if kind != 'deleted' else 0][:300] if kind != 'deleted' else ''))
                    else:
                        expected = 'equal'
                    ru_index = index if kind != 'deleted' or index < edited else index - 1
                    context = (doc['id'], kind, index + 1, reasons, evidence, en[index][:300],
                               ru[ru_index][:300] if 0 <= ru_index < len(ru) else '')
                    tally.add(expected, predicted, reasons, context)


def track_statuses(report):
    status = {}
    for entry in report['entries']:
        for n in entry['translation']:
            status[n] = entry['status']
    return status


def evaluate_track(binary, docs, rng, tmp):
    hits = collections.Counter()
    totals = collections.Counter()
    confusion = collections.Counter()
    pool = [d['paras'][0][0] for d in docs]
    for doc in docs:
        en = [e for e, _ in doc['paras']]
        ru = [r for _, r in doc['paras']]
        with_numbers = [i for i, p in enumerate(en) if re.search(r'\d', p)]
        if len(en) < 4 or not with_numbers:
            continue
        changed = rng.choice(with_numbers)
        others = [i for i in range(len(en)) if i != changed]
        deleted = rng.choice(others)
        m = rng.choice(list(re.finditer(r'\d+', en[changed])))
        bumped = list(en)
        bumped[changed] = en[changed][:m.start()] + str(int(m.group()[:9]) + 1) + en[changed][m.end():]
        for scenario in ('stale', 'updated'):
            old, new = (en, bumped) if scenario == 'stale' else (bumped, en)
            new = list(new)
            del new[deleted]
            insert_at = rng.randrange(len(new) + 1)
            new.insert(insert_at, rng.choice([p for p in pool if p not in en]))
            paths = [os.path.join(tmp, n) for n in ('old.txt', 'new.txt', 'tr.txt')]
            for path, paras in zip(paths, (old, new, ru)):
                write(path, paras)
            result = subprocess.run([binary, 'track', *paths, '--format', 'json'],
                                    capture_output=True, text=True)
            if result.returncode not in (0, 1):
                raise RuntimeError(f'sverka track exited {result.returncode}: {result.stderr}')
            report = json.loads(result.stdout)
            status = track_statuses(report)
            untranslated = any(e['status'] == 'untranslated' and (insert_at + 1) in e['new']
                               for e in report['entries'])
            totals['untranslated'] += 1
            hits['untranslated'] += untranslated
            for i in range(len(ru)):
                expected = scenario if i == changed else 'obsolete' if i == deleted else 'current'
                got = status.get(i + 1, 'missing')
                totals[expected] += 1
                hits[expected] += got == expected
                confusion[(expected, got)] += 1
    print('== track (all documents)')
    for key in ('current', 'updated', 'stale', 'obsolete', 'untranslated'):
        print(f'  {key:12s} {hits[key]:4d} / {totals[key]:4d}')
    wrong = {f'{e}→{g}': v for (e, g), v in confusion.items() if e != g}
    print(f'  confusions: {wrong}')


def mutate(paras, rng):
    """One random structural edit of a list of paragraphs, each a list of sentences."""
    i = rng.randrange(len(paras))
    kind = rng.randrange(6)
    if kind == 0 and len(paras) > 1:
        del paras[i]
    elif kind == 1 and i + 1 < len(paras):
        paras[i] = paras[i] + paras.pop(i + 1)
    elif kind == 2 and len(paras[i]) > 1:
        cut = rng.randrange(1, len(paras[i]))
        paras.insert(i + 1, paras[i][cut:])
        paras[i] = paras[i][:cut]
    elif kind == 3 and len(paras[i]) > 1:
        del paras[i][rng.randrange(len(paras[i]))]
    elif kind == 4:
        paras.insert(rng.randrange(len(paras) + 1), list(paras[i]))
    else:
        j = rng.randrange(len(paras))
        paras[i], paras[j] = paras[j], paras[i]


def conservation(binary, docs, rng, tmp, count):
    failures = 0
    for run in range(count):
        doc = rng.choice(docs)
        sides = [[sentences(p[k]) for p in doc['paras']] for k in (0, 1)]
        for _ in range(rng.randint(1, 4)):
            mutate(sides[rng.randrange(2)], rng)
        paths = [os.path.join(tmp, 'en.txt'), os.path.join(tmp, 'ru.txt')]
        for path, side in zip(paths, sides):
            write(path, [' '.join(p) for p in side])
        for a, b, na, nb in ((paths[0], paths[1], len(sides[0]), len(sides[1])),
                             (paths[1], paths[0], len(sides[1]), len(sides[0]))):
            _, conserved = labels(run_diff(binary, a, b), na, nb)
            if not conserved:
                failures += 1
                print(f'conservation failure: run {run}, document {doc["id"]}')
    print(f'== conservation: {count} edited documents, both orders: {failures} failures')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build/release/sverka'))
    parser.add_argument('--data', default=os.environ.get('SVERKA_WMT24', '/work/data/wmt24'))
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--domains', default='news,speech,literary,social')
    parser.add_argument('--show', type=int, default=0, help='print N false alarms')
    parser.add_argument('--reason', help='print only false alarms with this reason')
    parser.add_argument('--show-missed', metavar='KIND',
                        help='print the seeded edits of KIND (or "all") that were missed')
    parser.add_argument('--no-track', action='store_true')
    parser.add_argument('--negation', action='store_true', help='pass --negation to diff')
    parser.add_argument('--split', choices=['all', 'development', 'held-out'], default='all')
    parser.add_argument('--conservation', type=int, default=0,
                        help='only check conservation on N edited documents')
    args = parser.parse_args()
    domains = set(args.domains.split(','))
    docs = documents(load(args.data), domains)
    if args.split != 'all':
        docs = [d for d in docs if d['heldout'] == (args.split == 'held-out')]
    if args.negation:
        EXTRA.append('--negation')
    rng = random.Random(args.seed)
    tallies = {'development': Tally(), 'held-out': Tally()}
    per_domain = collections.defaultdict(Tally)

    def chosen(doc):
        return [tallies['held-out' if doc['heldout'] else 'development'],
                per_domain[doc['domain'] + (' held-out' if doc['heldout'] else ' development')]]

    with tempfile.TemporaryDirectory() as tmp:
        if args.conservation:
            conservation(args.binary, docs, rng, tmp, args.conservation)
            return
        evaluate_diff(args.binary, docs, rng, tmp, chosen, args.show)
        print(f'{len(docs)} documents ({sum(d["heldout"] for d in docs)} held out), '
              f'{sum(len(d["paras"]) for d in docs)} paragraphs; seed {args.seed}')
        for name in sorted(per_domain):
            per_domain[name].report(name)
        for name, tally in tallies.items():
            tally.report(name)
        if args.show:
            examples = [e for e in tallies['development'].examples
                        if args.reason is None or args.reason in e[3]]
            for example in random.Random(0).sample(examples, min(args.show, len(examples))):
                print('\n', example)
        if args.show_missed:
            for name, tally in tallies.items():
                for miss in tally.missed:
                    if args.show_missed in ('all', miss[1]):
                        print('\nmissed', name, miss)
        if not args.no_track:
            evaluate_track(args.binary, docs, random.Random(args.seed), tmp)


if __name__ == '__main__':
    main()
