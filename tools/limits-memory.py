#!/usr/bin/env python3
"""Peak memory of each command at its documented input limit, for inputs of several shapes.

    python3 tools/limits-memory.py [--bin .build/release/sverka] [--work DIR] [--out FILE]

The README's limits: 64 MiB a file for `read`, `segment` and revision `diff`; 16 MiB and
200,000 sentences a side for `align`, `track`, translation `diff` and `map`. For each command
this writes inputs just under the limit (and one just over it) in four shapes (a `map`
record holds 15 MiB a side under its 32 MiB line), runs the
release binary under `/usr/bin/time`, and prints a Markdown table of exit status, wall time
and peak resident memory. The text is the project's own pairs in `Pairs/`, repeated:

- prose: the pairs' paragraphs, blank-line separated;
- one paragraph: the same sentences with no paragraph break at all;
- no spaces: one line of letters with no space and no full stop;
- tiny lines: a two-letter sentence a line.

A run fails the script (status 1) if a command traps, is killed, or exits with a status
other than 0, 1 (diff found differences) or 2 (input refused); a file past its limit must be
refused with 2.
"""

import argparse
import json
import pathlib
import subprocess
import sys

MIB = 1 << 20
ROOT = pathlib.Path(__file__).resolve().parent.parent


def pair_text(language):
    """Every pair's edition in one language, as a list of paragraphs."""
    paragraphs = []
    for folder in sorted((ROOT / "Pairs").glob("*/")):
        text = (folder / f"{language}.txt").read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in text.split("\n\n") if p.strip()]
    return paragraphs


def shaped(language, shape, size):
    """Text of one shape, in whole units, of at most `size` UTF-8 bytes."""
    if shape == "no-spaces":
        letter = "ж" if language == "ru-RU" else "x"
        return letter * (size // len(letter.encode()))
    if shape == "tiny-lines":
        line = "Да.\n" if language == "ru-RU" else "Ok.\n"
        return line * (size // len(line.encode()))
    separator = "\n\n" if shape == "prose" else " "
    paragraphs = pair_text(language)
    parts, total, index = [], 0, 0
    while True:
        part = paragraphs[index % len(paragraphs)] + separator
        length = len(part.encode())
        if total + length > size:
            break
        parts.append(part)
        total += length
        index += 1
    return "".join(parts)


def run(command, stdin=None):
    """Runs one command under /usr/bin/time; returns (status, seconds, peak MB)."""
    timed = ["/usr/bin/time", "-f", "%e %M"] + command
    with open(stdin, "rb") if stdin else open("/dev/null", "rb") as source:
        result = subprocess.run(timed, stdin=source, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
    last = result.stderr.strip().splitlines()[-1].split()
    seconds, kilobytes = float(last[0]), int(last[1])
    return result.returncode, seconds, kilobytes / 1024, result.stderr.strip().splitlines()[:-1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=str(ROOT / ".build/release/sverka"))
    parser.add_argument("--work", default="/tmp/sverka-limits")
    parser.add_argument("--out", help="also write the table to this file")
    parser.add_argument("--only", action="append", help="run just this command (repeatable)")
    parser.add_argument("--shape", action="append", help="run just this shape (repeatable)")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sverka = args.bin

    def write(name, language, shape, size):
        path = work / f"{name}.{language}.txt"
        path.write_text(shaped(language, shape, size), encoding="utf-8")
        return str(path)

    rows, failed = [], False
    shapes = ["prose", "one-paragraph", "no-spaces", "tiny-lines"]
    for shape in args.shape or shapes:
        for over in (False, True):
            big = 64 * MIB + (MIB if over else -1024)
            aligning = 16 * MIB + (MIB if over else -1024)
            en64 = write(f"{shape}-64", "en-GB", shape, big)
            en64b = write(f"{shape}-64b", "en-GB", shape, big)
            en16 = write(f"{shape}-16", "en-GB", shape, aligning)
            ru16 = write(f"{shape}-16", "ru-RU", shape, aligning)
            # A map record is one line of at most 32 MiB, so each side gets 15 MiB under it.
            side = 15 * MIB if not over else aligning
            records = work / f"{shape}-16.jsonl"
            with open(records, "w", encoding="utf-8") as out:
                record = {"id": 1, "en": shaped("en-GB", shape, side),
                          "ru": shaped("ru-RU", shape, side)}
                json.dump(record, out, ensure_ascii=False)
                out.write("\n")
            cases = [
                ("read", [sverka, "read", en64], None),
                ("segment", [sverka, "segment", en64], None),
                ("diff (revision)", [sverka, "diff", en64, en64b, "--format", "json"], None),
                ("align", [sverka, "align", en16, ru16], None),
                ("diff (translation)", [sverka, "diff", en16, ru16, "--format", "json"], None),
                ("track", [sverka, "track", en16, en16, ru16], None),
                ("map", [sverka, "map"], str(records)),
            ]
            for name, command, stdin in cases:
                if args.only and name not in args.only:
                    continue
                status, seconds, megabytes, message = run(command, stdin)
                bad = status not in (0, 1, 2) or (over and status != 2)
                failed |= bad
                note = message[0][:90] if message and status == 2 else ""
                rows.append(f"| {name} | {shape} | {'over' if over else 'under'} | {status}"
                            f"{' **FAIL**' if bad else ''} | {seconds:.1f} | {megabytes:.0f} | {note} |")
                print(rows[-1], flush=True)
    table = ["| command | shape | limit | status | s | peak MB | message |",
             "|---|---|---|---:|---:|---:|---|"] + rows
    if args.out:
        pathlib.Path(args.out).write_text("\n".join(table) + "\n", encoding="utf-8")
    print("\n".join(table))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
