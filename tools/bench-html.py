#!/usr/bin/env python3
"""How fast headless Chromium loads Sverka's HTML reports at 1,000+ paragraphs.

Builds two editions of a 1,000-paragraph document from real text (news segments, three to a
paragraph) with 5 % edits (changed numbers and words, deletions, insertions, moves), and an
English/Russian pair of the same size, makes the revision diff, translation check and track
pages with the release binary, and loads each in headless Chromium. The peer is the same
paragraphs as a bare two-column table with no marks, no script and no styles beyond the
minimum, loaded in the same round. Reported: the time from navigation to the first full
layout (a script at the end of a copy of the page forces layout and reads performance.now()),
median of N rounds, and its ratio to the peer.

    tools/bench-html.py --data /work/data/wmt24 --runs 5
"""

import argparse
import html
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBE = ("<script>document.body.offsetHeight;"
         "document.documentElement.setAttribute('data-layout-ms',performance.now().toFixed(1));"
         "</script>")


def paragraphs(path, count, per=3):
    with open(path, encoding="utf-8") as file:
        lines = [line.strip() for line in file][1:]  # line 1 is a canary
    lines = [line for line in lines if line]
    return [" ".join(lines[i:i + per]) for i in range(0, per * count, per)]


def revise(source, rng):
    out = list(source)
    edits = len(out) // 20
    for _ in range(edits):
        kind = rng.choice(["number", "word", "delete", "insert", "move"])
        i = rng.randrange(len(out))
        if kind == "number":
            out[i] = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), out[i], count=1) + " 2025"
        elif kind == "word":
            words = out[i].split(" ")
            words[rng.randrange(len(words))] = "reportedly"
            out[i] = " ".join(words)
        elif kind == "delete" and len(out) > 10:
            del out[i]
        elif kind == "insert":
            out.insert(i, "A new paragraph was added here in the revised edition of 3 May.")
        else:
            out.insert(rng.randrange(len(out)), out.pop(i))
    return out


def write(path, paras):
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n\n".join(paras) + "\n")


def peer_page(path, left, right):
    rows = "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>\n"
                   for a, b in zip(left, right))
    with open(path, "w", encoding="utf-8") as file:
        file.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>table{width:100%;"
                   "table-layout:fixed;border-collapse:collapse}td{vertical-align:top}</style>"
                   f"</head><body><table>{rows}</table></body></html>\n")


def load_ms(chromium, page, workdir):
    probed = page + ".probe.html"
    with open(page, encoding="utf-8") as file:
        text = file.read()
    with open(probed, "w", encoding="utf-8") as file:
        file.write(text.replace("</body>", PROBE + "</body>"))
    profile = tempfile.mkdtemp(dir=workdir)
    dom = subprocess.run([chromium, "--headless", "--disable-gpu", "--no-sandbox",
                          f"--user-data-dir={profile}", "--dump-dom", "file://" + probed],
                         capture_output=True, text=True, check=True).stdout
    shutil.rmtree(profile, ignore_errors=True)
    match = re.search(r'data-layout-ms="([\d.]+)"', dom)
    if not match:
        raise SystemExit(f"no timing in {probed}")
    return float(match.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=os.environ.get("SVERKA_WMT24", "/work/data/wmt24"),
                        help="folder with en-ru.txt and en-ru.refA.txt")
    parser.add_argument("--paragraphs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sverka", default=os.path.join(ROOT, ".build/release/sverka"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--keep", help="folder to keep the pages in")
    arguments = parser.parse_args()

    workdir = arguments.keep or tempfile.mkdtemp(prefix="sverka-bench-html-")
    os.makedirs(workdir, exist_ok=True)
    rng = random.Random(15)
    english = paragraphs(os.path.join(arguments.data, "en-ru.txt"), arguments.paragraphs)
    russian = paragraphs(os.path.join(arguments.data, "en-ru.refA.txt"), arguments.paragraphs)
    revised = revise(english, rng)
    files = {name: os.path.join(workdir, name) for name in ["en.txt", "en2.txt", "ru.txt"]}
    write(files["en.txt"], english)
    write(files["en2.txt"], revised)
    write(files["ru.txt"], russian)

    pages = {
        "diff-revision": ["diff", files["en.txt"], files["en2.txt"]],
        "diff-translation": ["diff", files["en.txt"], files["ru.txt"]],
        "track": ["track", files["en.txt"], files["en2.txt"], files["ru.txt"]],
    }
    sizes = {}
    for name, command in pages.items():
        out = os.path.join(workdir, name + ".html")
        result = subprocess.run([arguments.sverka, *command, "--format", "html", "-o", out],
                                capture_output=True, text=True)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{name}: {result.stderr}")
        sizes[name] = os.path.getsize(out)
    peer = os.path.join(workdir, "peer.html")
    peer_page(peer, english, revised)
    sizes["peer"] = os.path.getsize(peer)

    timings = {name: [] for name in [*pages, "peer"]}
    for _ in range(arguments.runs):
        for name in timings:
            timings[name].append(load_ms(arguments.chromium, os.path.join(workdir, name + ".html"),
                                         workdir))
    peer_median = statistics.median(timings["peer"])
    report = {"paragraphs": arguments.paragraphs, "runs": arguments.runs,
              "load": os.getloadavg(), "pages": {}}
    for name, values in timings.items():
        median = statistics.median(values)
        report["pages"][name] = {"layout_ms_median": round(median, 1),
                                 "ratio_to_peer": round(median / peer_median, 2),
                                 "bytes": sizes[name]}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    sys.exit(main())
