#!/usr/bin/env python3
"""Benchmark `sverka diff` against Python's difflib on two 10,000-paragraph editions.

The old edition is made of sentences from the pair folders; the new one applies a random
edit script to 5% of its paragraphs (delete, insert, change, move, split, merge, cosmetic).
Both tools are timed (median of several runs) and scored on how many edits they recover
exactly, and on how many untouched paragraphs they report as changed. difflib is timed
both as a whole program (tools/difflib-diff.py, like sverka's CLI run) and in this
process without start-up or output; the three take turns within each round. The table goes to tools/results/diff.md.

Usage: tools/bench-diff.py [--runs 5] [--paragraphs 10000] [--rate 0.05] [--seed 7]
Needs a release build: swift build -c release
"""
import argparse, datetime, difflib, json, os, platform, random, re, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["delete", "insert", "change", "move", "split", "merge", "cosmetic"]
OPS = {"delete": "deleted", "insert": "inserted", "change": "changed", "move": "moved",
       "split": "split", "merge": "merged", "cosmetic": "cosmetic"}


def sentences():
    found = []
    pairs = os.path.join(ROOT, "Pairs")
    for folder in sorted(os.listdir(pairs)):
        for name in ("en-GB.txt", "ru-RU.txt"):
            path = os.path.join(pairs, folder, name)
            if not os.path.exists(path):
                continue
            text = open(path, encoding="utf-8").read()
            for block in text.split("\n\n")[2:]:
                for s in re.split(r"(?<=[.!?])\s+", " ".join(block.split())):
                    if len(s.split()) >= 6 and s[-1] in ".!?":
                        found.append(s)
    return sorted(set(found))


def make_paragraph(pool, rng):
    return " ".join(rng.choice(pool) for _ in range(rng.randint(2, 4)))


def change(text, rng):
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not spots:
        return text + " Indeed."
    words[rng.choice(spots)] = rng.choice(["substantially", "существенно"])
    return " ".join(words)


def cosmetic(text):
    t = text.replace("’", "'").replace("«", "„").replace("»", "“").replace(" – ", " — ")
    return t.replace(" ", "\u00a0", 1)


def split_point(text):
    marks = [m.end() for m in re.finditer(r"[.!?] ", text)]
    middle = [m for m in marks if len(text) // 4 < m < len(text) * 3 // 4]
    return middle[0] if middle else (marks[0] if marks else None)


def edit_script(n, rate, seed):
    rng = random.Random(seed)
    pool = sentences()
    a, seen = [], set()
    while len(a) < n:
        p = make_paragraph(pool, rng)
        if p not in seen:
            seen.add(p); a.append(p)
    plan, touched = {}, set()
    # Edits at least two paragraphs apart, so each one is unambiguous on its own.
    for _ in range(int(n * rate)):
        kind = rng.choice(KINDS)
        for _ in range(20):
            i = rng.randrange(n - 1)
            if all(j not in touched for j in range(i - 1, i + 3)):
                if kind == "split" and split_point(a[i]) is None:
                    continue
                plan[i] = kind
                touched.update([i, i + 1] if kind == "merge" else [i])
                break
    out, moved, edits, tag, i = [], [], [], 0, 0
    while i < n:
        text, kind = a[i], plan.get(i)
        tag += 1
        if kind is None:
            out.append((text, -1 - i))
        elif kind == "delete":
            edits.append(("delete", [i], []))
        elif kind == "insert":
            out.append((text, -1 - i))
            fresh = make_paragraph(pool, rng)
            out.append((fresh, tag)); edits.append(("insert", [], [tag]))
        elif kind == "change":
            out.append((change(text, rng), tag)); edits.append(("change", [i], [tag]))
        elif kind == "move":
            moved.append((text, tag, i)); edits.append(("move", [i], [tag]))
        elif kind == "split":
            cut = split_point(text)
            out.append((text[:cut].strip(), tag)); out.append((text[cut:].strip(), -tag - 10**7))
            edits.append(("split", [i], [tag, -tag - 10**7]))
        elif kind == "merge":
            out.append((text + " " + a[i + 1], tag)); edits.append(("merge", [i, i + 1], [tag])); i += 1
        elif kind == "cosmetic":
            out.append((cosmetic(text), tag)); edits.append(("cosmetic", [i], [tag]))
        i += 1
    for text, t, origin in moved:
        where = rng.randrange(len(out) + 1)
        while abs(where - origin) < n // 10:
            where = rng.randrange(len(out) + 1)
        out.insert(where, (text, t))
    return a, [t for t, _ in out], edits, [g for _, g in out]


def score(ops, a, tags, edits):
    """ops: list of (op, [a 1-based], [b 1-based]). Returns (recovered, false alarms)."""
    index = {}
    for op, xa, xb in ops:
        index[(tuple(xa), tuple(xb))] = op
    position = {g: k + 1 for k, g in enumerate(tags)}
    recovered = 0
    for kind, xa, btags in edits:
        key = (tuple(j + 1 for j in xa), tuple(position[g] for g in btags))
        if index.get(key) == OPS[kind]:
            recovered += 1
    edited = {j for _, xa, _ in edits for j in xa}
    alarms = 0
    for i in range(len(a)):
        if i in edited:
            continue
        if index.get(((i + 1,), (position[-1 - i],))) != "equal":
            alarms += 1
    return recovered, alarms


def read_paragraphs(path):
    """The paragraphs of a file as sverka reads a plain text: blocks between blank lines."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    return [" ".join(block.split("\n")).strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def difflib_run(pa, pb):
    """The whole difflib run, as fair to sverka's CLI run: read and split both files, then diff."""
    return difflib_diff(read_paragraphs(pa), read_paragraphs(pb))


def difflib_diff(a, b):
    ops = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops += [("equal", [i + 1], [j1 + k + 1]) for k, i in enumerate(range(i1, i2))]
        elif tag == "delete":
            ops += [("deleted", [i + 1], []) for i in range(i1, i2)]
        elif tag == "insert":
            ops += [("inserted", [], [j + 1]) for j in range(j1, j2)]
        else:
            pairs = min(i2 - i1, j2 - j1)
            for k in range(pairs):
                words = difflib.SequenceMatcher(None, a[i1 + k].split(), b[j1 + k].split(), autojunk=False)
                words.get_opcodes()
                ops.append(("changed", [i1 + k + 1], [j1 + k + 1]))
            ops += [("deleted", [i + 1], []) for i in range(i1 + pairs, i2)]
            ops += [("inserted", [], [j + 1]) for j in range(j1 + pairs, j2)]
    return ops


def sverka_ops(path):
    data = json.load(open(path, encoding="utf-8"))
    ops = []
    for p in data["paragraphs"]:
        xa = p["a"] if isinstance(p["a"], list) else ([] if p["a"] is None else [p["a"]])
        xb = p["b"] if isinstance(p["b"], list) else ([] if p["b"] is None else [p["b"]])
        ops.append((p["op"], xa, xb))
    return ops


def machine():
    model = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip(); break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {model}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--paragraphs", type=int, default=10000)
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/sverka"))
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    a, b, edits, tags = edit_script(args.paragraphs, args.rate, args.seed)
    work = tempfile.mkdtemp(prefix="sverka-bench-")
    pa, pb, pj = (os.path.join(work, n) for n in ("a.txt", "b.txt", "diff.json"))
    open(pa, "w", encoding="utf-8").write("\n\n".join(a) + "\n")
    open(pb, "w", encoding="utf-8").write("\n\n".join(b) + "\n")
    peer = os.path.join(ROOT, "tools/difflib-diff.py")
    pd = os.path.join(work, "difflib.json")
    # The three are timed in turn within each round, so that a machine whose speed drifts
    # (a shared 2-core VM does) slows all three alike and the ratios stay fair.
    sverka_times, program_times, difflib_times = [], [], []
    for _ in range(max(1, args.runs)):
        start = time.perf_counter()
        status = subprocess.run([args.binary, "diff", "--format", "json", "-o", pj, pa, pb]).returncode
        sverka_times.append(time.perf_counter() - start)
        if status not in (0, 1):
            sys.exit(f"sverka diff failed with status {status}")
        start = time.perf_counter()
        subprocess.run([sys.executable, peer, pa, pb, pd], check=True)
        program_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        d_ops = difflib_run(pa, pb)
        difflib_times.append(time.perf_counter() - start)
    s_rec, s_alarm = score(sverka_ops(pj), a, tags, edits)
    p_rec, p_alarm = score(sverka_ops(pd), a, tags, edits)
    load = os.getloadavg()
    d_rec, d_alarm = score(d_ops, a, tags, edits)
    s_med, d_med = statistics.median(sverka_times), statistics.median(difflib_times)
    p_med = statistics.median(program_times)
    by_kind = {}
    sv_index = {(tuple(x), tuple(y)): op for op, x, y in sverka_ops(pj)}
    dl_index = {(tuple(x), tuple(y)): op for op, x, y in d_ops}
    position = {g: k + 1 for k, g in enumerate(tags)}
    for kind, xa, btags in edits:
        key = (tuple(j + 1 for j in xa), tuple(position[g] for g in btags))
        row = by_kind.setdefault(kind, [0, 0, 0])
        row[0] += 1
        row[1] += sv_index.get(key) == OPS[kind]
        row[2] += dl_index.get(key) == OPS[kind]
    total = len(edits)
    lines = [
        "# `sverka diff` benchmark",
        "",
        f"- date: {datetime.date.today().isoformat()}",
        f"- machine: {machine()}",
        f"- input: {len(a)} → {len(b)} paragraphs, {total} edits ({args.rate:.0%}), seed {args.seed}",
        f"- load average (1, 5, 15 min) after the runs: {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}",
        f"- command: `tools/bench-diff.sh --runs {args.runs}` (release build; sverka: whole CLI run — start, read both files, diff, write JSON)",
        f"- peer: Python {platform.python_version()} difflib on the same files in the same run — SequenceMatcher on paragraphs, then on the words of each replaced pair — timed in turn with sverka in each round, two ways: as a whole program (`tools/difflib-diff.py`: interpreter start, read, diff, write JSON of its operations), the like of sverka's run; and in this process, reading and diffing only, with no start and no output",
        "",
        "| tool | median time (s) | runs | edits recovered | untouched reported as changed |",
        "|---|---:|---:|---:|---:|",
        f"| sverka diff (whole program) | {s_med:.3f} | {len(sverka_times)} | {s_rec}/{total} ({s_rec / total:.1%}) | {s_alarm} |",
        f"| difflib (whole program) | {p_med:.3f} | {len(program_times)} | {p_rec}/{total} ({p_rec / total:.1%}) | {p_alarm} |",
        f"| difflib (in process, no start, no output) | {d_med:.3f} | {len(difflib_times)} | {d_rec}/{total} ({d_rec / total:.1%}) | {d_alarm} |",
        "",
        f"Speed-up over difflib: {p_med / s_med:.1f}× program against program; {d_med / s_med:.1f}× against difflib's in-process core.",
        "",
        "| edit | count | sverka | difflib |",
        "|---|---:|---:|---:|",
    ] + [f"| {k} | {v[0]} | {v[1]} | {v[2]} |" for k, v in sorted(by_kind.items())]
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.no_write:
        os.makedirs(os.path.join(ROOT, "tools/results"), exist_ok=True)
        open(os.path.join(ROOT, "tools/results/diff.md"), "w", encoding="utf-8").write(report)


if __name__ == "__main__":
    main()
