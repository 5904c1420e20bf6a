#!/usr/bin/env python3
"""Merge English–Russian lexicons in Sverka's TSV format into one.

Each input is `english<TAB>russian[, russian…]` a line with `#` comment lines at the top.
The output keeps the first input's comment header, one line per English word (sorted by
code point), and the union of that word's Russian translations in the order first seen.

Usage: python3 tools/merge-lexicon.py BASE.tsv OTHER.tsv [...] > MERGED.tsv
"""
import sys


def main(paths):
    header, translations = [], {}
    for number, path in enumerate(paths):
        with open(path, encoding='utf-8') as handle:
            for line in handle.read().split('\n'):
                if line.startswith('#'):
                    if number == 0:
                        header.append(line)
                    continue
                fields = line.split('\t', 1)
                if len(fields) != 2 or not fields[0].strip():
                    continue
                known = translations.setdefault(fields[0].strip().lower(), [])
                for word in fields[1].split(','):
                    word = word.strip().lower()
                    if word and word not in known:
                        known.append(word)
    out = header + [f'{english}\t{", ".join(russian)}'
                    for english, russian in sorted(translations.items()) if russian]
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
