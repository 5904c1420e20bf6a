#!/usr/bin/env python3
"""Check the pair folders in Pairs/: file hygiene and the gold sentence alignment.

For every folder Pairs/<slug>/ holding en-GB.txt and ru-RU.txt this checks that
  * the required files exist (en-GB.txt, ru-RU.txt, README.md, gold.tsv) and every text file
    is UTF-8 without a byte order mark, with LF line ends only;
  * gold.tsv has the header `en_ids<TAB>ru_ids<TAB>score<TAB>en<TAB>ru`, five fields a row,
    a score with three decimals, ids that are comma-separated and ascending, a text that is
    empty exactly when its ids are, and id columns that, read top to bottom, give 1..N on
    each side exactly once and in order;
  * every link's text occurs in its edition's body in order, and the link texts of a side,
    joined by one space, equal the body with whitespace collapsed: nothing missing, nothing
    extra (dateline, language switch and trailing page chrome are not body);
  * a revised edition (en-GB.rev2.txt / ru-RU.rev2.txt) differs from the edition it revises,
    is in the same script, and the README describes it under `## Revision rev2`.

Usage: python3 tools/check_pairs.py [PAIRS_DIR]   (default: Pairs/ next to tools/)
Prints one line a pair, then `N passed, N failed`; exits 1 if any pair failed.
"""
import os
import re
import sys

HEADER = 'en_ids\tru_ids\tscore\ten\tru'
DATELINE = re.compile(r'^\d{1,2} \S+ \d{4}\d{1,2}:\d{2}$')
SWITCH = re.compile(r'^\s*•\s*(?:[a-z]{2}-[A-Z]{2}\d*\s*)+$')
CHROME = {'Advanced settings', 'Расширенные настройки'}
SLUG = re.compile(r'^[0-9a-z]+(?:-[0-9a-z]+)*$')
REQUIRED = ('en-GB.txt', 'ru-RU.txt', 'README.md', 'gold.tsv')


def collapse(text):
    """Whitespace runs (including NBSP and line breaks) become one space; ends trimmed."""
    return re.sub(r'\s+', ' ', text).strip()


def body(text):
    """The statement's body text: the page without dateline, language switch and chrome.

    A title is kept: it is the first paragraph of the statement.
    """
    lines = text.split('\n')
    if lines and DATELINE.match(lines[0].strip()):
        lines = lines[1:]
        i = 0
        while i < len(lines) and not lines[i].strip():
            i += 1
        j = i + 1  # lines[i] is the title
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and SWITCH.match(lines[j]):
            del lines[j]
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and lines[-1].strip() in CHROME:
        lines.pop()
    return '\n'.join(lines)


def unescape(field):
    out, i = [], 0
    table = {'\\': '\\', 't': '\t', 'n': '\n', 'r': '\r'}
    while i < len(field):
        c = field[i]
        if c == '\\' and i + 1 < len(field) and field[i + 1] in table:
            out.append(table[field[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def read_text(path, errors):
    data = open(path, 'rb').read()
    name = os.path.basename(path)
    if data.startswith(b'\xef\xbb\xbf'):
        errors.append(f'{name}: starts with a byte order mark')
    if b'\r' in data:
        errors.append(f'{name}: has CR line ends')
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{name}: not UTF-8 at byte {e.start}')
        return data.decode('utf-8', 'replace')


def script_of(text):
    cyr = len(re.findall(r'[\u0400-\u04FF]', text))
    lat = len(re.findall(r'[A-Za-z]', text))
    return 'ru' if cyr > lat else 'en'


def check_side(side, rows, col, text, errors):
    ids_seen = []
    texts = []
    for n, row in enumerate(rows, start=2):
        ids_field, sent = row[col], unescape(row[col + 3])
        if ids_field == '':
            if sent != '':
                errors.append(f'gold.tsv line {n}: {side} text without ids')
            continue
        if not re.fullmatch(r'\d+(?:,\d+)*', ids_field):
            errors.append(f'gold.tsv line {n}: bad {side} ids {ids_field!r}')
            continue
        ids = [int(x) for x in ids_field.split(',')]
        if ids != sorted(ids) or len(set(ids)) != len(ids):
            errors.append(f'gold.tsv line {n}: {side} ids not ascending: {ids_field}')
        if sent.strip() == '':
            errors.append(f'gold.tsv line {n}: {side} ids {ids_field} without text')
        if sent != sent.strip() or '  ' in sent or '\n' in sent:
            errors.append(f'gold.tsv line {n}: {side} text has stray whitespace')
        ids_seen.extend(ids)
        texts.append((n, collapse(sent)))
    if ids_seen != list(range(1, len(ids_seen) + 1)):
        errors.append(f'gold.tsv: {side} ids are not 1..N in order')
    flat = collapse(body(text))
    pos = 0
    for n, sent in texts:
        found = flat.find(sent, pos)
        if found < 0:
            where = 'anywhere' if flat.find(sent) < 0 else 'in order'
            errors.append(f'gold.tsv line {n}: {side} text not found {where} in body: {sent[:60]!r}')
        else:
            pos = found + len(sent)
    joined = ' '.join(s for _, s in texts)
    if joined != flat:
        k = next((i for i, (a, b) in enumerate(zip(joined, flat)) if a != b), min(len(joined), len(flat)))
        errors.append(f'{side}: gold sentences joined differ from the body at character {k}: '
                      f'gold {joined[k:k + 40]!r} vs body {flat[k:k + 40]!r}')
    return len(ids_seen)


def check_pair(folder):
    errors = []
    slug = os.path.basename(folder)
    if not SLUG.match(slug):
        errors.append(f'folder name {slug!r} is not a lowercase-hyphen slug')
    for name in REQUIRED:
        if not os.path.isfile(os.path.join(folder, name)):
            errors.append(f'{name} missing')
    if errors:
        return errors, None
    en = read_text(os.path.join(folder, 'en-GB.txt'), errors)
    ru = read_text(os.path.join(folder, 'ru-RU.txt'), errors)
    readme = read_text(os.path.join(folder, 'README.md'), errors)
    gold = read_text(os.path.join(folder, 'gold.tsv'), errors)
    if script_of(en) != 'en':
        errors.append('en-GB.txt is not mostly Latin script')
    if script_of(ru) != 'ru':
        errors.append('ru-RU.txt is not mostly Cyrillic script')
    if '## Provenance' not in readme:
        errors.append('README.md has no ## Provenance section')
    for name in sorted(os.listdir(folder)):
        if name in REQUIRED:
            continue
        m = re.fullmatch(r'(en-GB|ru-RU)\.rev(\d+)\.txt', name)
        if not m:
            errors.append(f'unexpected file {name}')
            continue
        rev = read_text(os.path.join(folder, name), errors)
        base = en if m.group(1) == 'en-GB' else ru
        if rev == base:
            errors.append(f'{name} is identical to {m.group(1)}.txt')
        if script_of(rev) != script_of(base):
            errors.append(f'{name} is not in the language of {m.group(1)}.txt')
        if f'## Revision rev{m.group(2)}' not in readme:
            errors.append(f'README.md does not describe {name} under ## Revision rev{m.group(2)}')
    if not gold.endswith('\n'):
        errors.append('gold.tsv does not end with a line break')
    lines = gold.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append('gold.tsv: bad header')
        return errors, None
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        fields = line.split('\t')
        if len(fields) != 5:
            errors.append(f'gold.tsv line {n}: {len(fields)} fields, not 5')
            continue
        if not re.fullmatch(r'(?:0\.\d{3}|1\.000)', fields[2]):
            errors.append(f'gold.tsv line {n}: bad score {fields[2]!r}')
        if fields[0] == '' and fields[1] == '':
            errors.append(f'gold.tsv line {n}: link with no sentence on either side')
        rows.append(fields)
    n_en = check_side('en', rows, 0, en, errors)
    n_ru = check_side('ru', rows, 1, ru, errors)
    return errors, (n_en, n_ru, len(rows))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'Pairs')
    folders = sorted(os.path.join(root, d) for d in os.listdir(root)
                     if os.path.isdir(os.path.join(root, d)))
    passed = failed = 0
    for folder in folders:
        errors, counts = check_pair(folder)
        name = os.path.basename(folder)
        if errors:
            failed += 1
            print(f'FAIL {name}')
            for e in errors:
                print(f'     {e}')
        else:
            passed += 1
            print(f'ok   {name}: {counts[0]} en / {counts[1]} ru sentences, {counts[2]} links')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed or not folders else 0


if __name__ == '__main__':
    sys.exit(main())
