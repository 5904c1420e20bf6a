#!/usr/bin/env python3
"""The difflib peer of `sverka diff` as a whole program: read two editions, diff, write JSON.

Paragraphs are blocks between blank lines, as sverka reads a plain text. SequenceMatcher
runs on the paragraphs, then on the words of each replaced pair; the operations are
written as JSON, one object a paragraph, as sverka's `--format json` lists them.

Usage: tools/difflib-diff.py OLD NEW OUTPUT.json
"""
import difflib
import json
import re
import sys


def read_paragraphs(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return [" ".join(block.split("\n")).strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def diff(a, b):
    ops = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops += [{"op": "equal", "a": i + 1, "b": j1 + k + 1} for k, i in enumerate(range(i1, i2))]
        elif tag == "delete":
            ops += [{"op": "deleted", "a": i + 1, "b": None} for i in range(i1, i2)]
        elif tag == "insert":
            ops += [{"op": "inserted", "a": None, "b": j + 1} for j in range(j1, j2)]
        else:
            pairs = min(i2 - i1, j2 - j1)
            for k in range(pairs):
                words = difflib.SequenceMatcher(
                    None, a[i1 + k].split(), b[j1 + k].split(), autojunk=False)
                changes = [[t, " ".join(b[j1 + k].split()[y1:y2])]
                           for t, _, _, y1, y2 in words.get_opcodes() if t != "equal"]
                ops.append({"op": "changed", "a": i1 + k + 1, "b": j1 + k + 1, "words": changes})
            ops += [{"op": "deleted", "a": i + 1, "b": None} for i in range(i1 + pairs, i2)]
            ops += [{"op": "inserted", "a": None, "b": j + 1} for j in range(j1 + pairs, j2)]
    return ops


def main():
    old, new, output = sys.argv[1:4]
    ops = diff(read_paragraphs(old), read_paragraphs(new))
    with open(output, "w", encoding="utf-8") as handle:
        handle.write('{"paragraphs": [\n')
        handle.write(",\n".join(json.dumps(op, ensure_ascii=False) for op in ops))
        handle.write("\n]}\n")


if __name__ == "__main__":
    main()
