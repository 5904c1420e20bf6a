#!/usr/bin/env python3
"""Crawls for `sverka pair` built from real translations, a naive peer, evaluation and fitting.

Subcommands:
  build  --data DIR --kind plain|ministry|short --pages N --seed S --out DIR
         EN and RU pages under OUT/en and OUT/ru with meaningless names, OUT/gold.tsv.
  baseline CRAWL            the naive peer (shared numbers and Latin words, TF-IDF cosine,
                            length penalty, greedy), writes the Pairs TSV on stdout.
  eval   CRAWL PAIRS.tsv    pair precision, recall and F1 against gold; calibration of scores.
  fit    --sverka BIN CRAWL...   logistic regression of candidate features (sverka-dev
                            candidates, built beside BIN) against gold; prints the coefficients.
  run    --sverka BIN --data DIR [--runs R] [--sizes 1400,10000,100000] [--work DIR]
                            builds the crawls, runs sverka and the peer in turn, medians.

Text comes from WMT24 en-ru (sources, references, documents), read from --data or
$SVERKA_WMT24; it is never written into the repository. Only documents with a human reference
are used: about 170 documents and 1,000 paragraphs. Pages are built from whole real documents
first, then synthesised by recombining real paragraphs of different documents, so at 1,000
pages a side a paragraph occurs on about four pages and at 100,000 on hundreds: the decoys
share whole paragraphs with the true counterpart, which real crawls rarely do.
"""

import argparse
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def russian_text(text):
    """Whether most letters are Cyrillic: some references keep posts in English as they were."""
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return bool(letters) and cyrillic >= 0.5 * len(letters)


def load_documents(data):
    """Real documents with a human reference: lists of (en, ru) paragraphs."""
    def lines(name):
        with open(os.path.join(data, name), encoding="utf-8") as handle:
            return handle.read().split("\n")
    docs_column = lines("en-ru.docs")
    english = lines("en-ru.txt")
    russian = lines("en-ru.refA.txt")
    documents = defaultdict(list)
    order = []
    for index in range(1, len(docs_column)):
        fields = docs_column[index].split("\t")
        if len(fields) < 2 or fields[0] in ("None", "canary"):
            continue
        en = english[index].strip()
        ru = russian[index].strip()
        if not en or not ru or ru == "NO TRANSLATION AVAILABLE" or not russian_text(ru):
            continue
        if fields[1] not in documents:
            order.append(fields[1])
        documents[fields[1]].append((en, ru))
    return [documents[name] for name in order]


def head(language, moment, title):
    months = EN_MONTHS if language == "en" else RU_MONTHS
    dateline = f"{moment.tm_mday} {months[moment.tm_mon - 1]} {moment.tm_year}" \
               f"{moment.tm_hour:02d}:{moment.tm_min:02d}"
    return f"{dateline}\n\n{title}\n\n  • en-GB1 ru-RU1\n\n\n"


def chrome(language):
    return "\n\nAdvanced settings\n" if language == "en" else "\n\nРасширенные настройки\n"


def build(data, kind, pages, seed, out):
    """A crawl of `pages` pages a side, 10 % of each side without a counterpart."""
    rng = random.Random(seed)
    documents = load_documents(data)
    paragraphs = [p for doc in documents for p in doc]
    lo, hi = (2, 4) if kind == "short" else (3, 8)
    # Real documents of a fitting length first, then recombined paragraphs.
    made = []
    for doc in rng.sample(documents, len(documents)):
        if lo <= len(doc) <= hi * 2 and len(made) < pages:
            made.append(doc[:hi * 2] if kind != "short" else doc[:hi])
    pool = []
    needed = int(round(pages * 1.1)) + 1
    while len(made) < needed:
        if len(pool) < hi:
            pool = paragraphs[:]
            rng.shuffle(pool)
        count = rng.randint(lo, hi)
        made.append([pool.pop() for _ in range(count)])
    made = made[:needed]
    rng.shuffle(made)
    single = pages // 10
    pairs = pages - single
    en_docs = made[:pairs] + made[pairs:pairs + single]
    ru_docs = made[:pairs] + made[pairs + single:pairs + 2 * single]
    if len(ru_docs) < pages:  # too few documents for disjoint singles: reuse is not allowed
        raise SystemExit("not enough documents")
    # Editions are not always parallel paragraph by paragraph: one in ten Russian editions
    # merges two paragraphs, one in twenty English editions lacks one.
    for index in range(pairs):
        doc = ru_docs[index]
        if len(doc) >= 2 and rng.random() < 0.1:
            at = rng.randrange(len(doc) - 1)
            merged = (doc[at][0] + " " + doc[at + 1][0], doc[at][1] + " " + doc[at + 1][1])
            ru_docs[index] = doc[:at] + [merged] + doc[at + 2:]
        doc = en_docs[index]
        if len(doc) >= 3 and rng.random() < 0.05:
            en_docs[index] = doc[:-1] if rng.random() < 0.5 else doc[1:]
    for side in ("en", "ru"):
        os.makedirs(os.path.join(out, side), exist_ok=True)
    names_en = [f"{rng.getrandbits(48):012x}.txt" for _ in en_docs]
    names_ru = [f"{rng.getrandbits(48):012x}.txt" for _ in ru_docs]
    start = time.mktime((2018, 1, 1, 0, 0, 0, 0, 0, -1))
    span_days = max(30, pages // 5)

    def text(doc, language, moment):
        column = 0 if language == "en" else 1
        body = "\n\n".join(p[column] for p in doc)
        if kind != "ministry" or moment is None:
            return body + "\n"
        title, rest = doc[0][column], [p[column] for p in doc[1:]]
        if not rest:
            return body + chrome(language)
        return head(language, time.localtime(moment), title) + "\n\n".join(rest) + chrome(language)

    moments_ru = [None] * len(ru_docs)
    moments_en = [None] * len(en_docs)
    if kind == "ministry":
        for index in range(len(ru_docs)):
            if rng.random() < 0.85:
                moments_ru[index] = start + rng.random() * span_days * 86400
        for index in range(len(en_docs)):
            if index < pairs:
                if moments_ru[index] is None:
                    continue
                roll = rng.random()
                delay = 0 if roll < 0.1 else (rng.uniform(1, 12) * 3600 if roll < 0.6
                                              else rng.uniform(1, 3) * 86400)
                moments_en[index] = moments_ru[index] + delay
            elif rng.random() < 0.85:
                moments_en[index] = start + rng.random() * span_days * 86400
    for doc, name, moment in zip(en_docs, names_en, moments_en):
        with open(os.path.join(out, "en", name), "w", encoding="utf-8") as handle:
            handle.write(text(doc, "en", moment))
    for doc, name, moment in zip(ru_docs, names_ru, moments_ru):
        with open(os.path.join(out, "ru", name), "w", encoding="utf-8") as handle:
            handle.write(text(doc, "ru", moment))
    with open(os.path.join(out, "gold.tsv"), "w", encoding="utf-8") as handle:
        handle.write("en\tru\n")
        for index in range(pairs):
            handle.write(f"{names_en[index]}\t{names_ru[index]}\n")


TOKEN = re.compile(r"[0-9]+|[A-Za-z]{2,}")


def baseline(crawl):
    """The naive peer: TF-IDF over numbers and Latin words, a length penalty, greedy."""
    def read(side):
        folder = os.path.join(crawl, side)
        pages = {}
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                pages[name] = handle.read()
        return pages
    en, ru = read("en"), read("ru")
    tokens = {}
    df = Counter()
    for side, pages in (("en", en), ("ru", ru)):
        for name, text in pages.items():
            counts = Counter(t.lower() for t in TOKEN.findall(text))
            tokens[(side, name)] = counts
            df.update(counts.keys())
    total = len(en) + len(ru)
    vectors = {}
    for key, counts in tokens.items():
        vector = {t: (1 + math.log(c)) * math.log(total / df[t]) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors[key] = {t: v / norm for t, v in vector.items()}
    postings = defaultdict(list)
    for name in ru:
        for t, v in vectors[("ru", name)].items():
            postings[t].append((name, v))
    scored = []
    for name in en:
        sums = defaultdict(float)
        for t, v in vectors[("en", name)].items():
            for other, w in postings[t]:
                sums[other] += v * w
        for other, cosine in sums.items():
            ratio = math.log((len(ru[other]) + 1) / (len(en[name]) + 1))
            scored.append((cosine * math.exp(-abs(ratio - 0.1)), name, other))
    scored.sort(reverse=True)
    used_en, used_ru, pairs = set(), set(), []
    for score, name, other in scored:
        if score < 0.1 or name in used_en or other in used_ru:
            continue
        used_en.add(name)
        used_ru.add(other)
        pairs.append((name, other, score))
    lines = ["en\tru\tscore"]
    lines += [f"{a}\t{b}\t{min(1.0, s):.3f}" for a, b, s in sorted(pairs)]
    lines += [f"{a}\t\t0.000" for a in sorted(set(en) - used_en)]
    lines += [f"\t{b}\t0.000" for b in sorted(set(ru) - used_ru)]
    return "\n".join(lines) + "\n"


def read_gold(crawl):
    with open(os.path.join(crawl, "gold.tsv"), encoding="utf-8") as handle:
        return {tuple(line.split("\t")) for line in handle.read().splitlines()[1:] if line}


def strip_side(path):
    return path.split("/", 1)[1] if path.startswith(("en/", "ru/")) else path


def evaluate(crawl, pairs_tsv):
    gold = read_gold(crawl)
    rows = [line.split("\t") for line in pairs_tsv.splitlines()[1:] if line]
    predicted = {(strip_side(r[0]), strip_side(r[1])): float(r[2]) for r in rows if r[0] and r[1]}
    correct = sum(1 for p in predicted if p in gold)
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    high = [p for p, s in predicted.items() if s >= 0.8]
    high_right = sum(1 for p in high if p in gold)
    return {"f1": f1, "precision": precision, "recall": recall, "pairs": len(predicted),
            "gold": len(gold), "high": len(high),
            "high_precision": high_right / len(high) if high else None}


def candidate_rows(sverka, crawl):
    dev = os.path.join(os.path.dirname(sverka), "sverka-dev")
    result = subprocess.run([dev, "candidates", os.path.join(crawl, "en"),
                             os.path.join(crawl, "ru")], capture_output=True, text=True, check=True)
    gold = read_gold(crawl)
    rows = []
    for line in result.stdout.splitlines():
        record = json.loads(line)
        rows.append((record["features"], (record["en"], record["ru"]) in gold))
    return rows


def fit(sverka, crawls):
    import numpy as np
    rows = [row for crawl in crawls for row in candidate_rows(sverka, crawl)]
    x = np.array([[1.0] + f for f, _ in rows])
    y = np.array([1.0 if label else 0.0 for _, label in rows])
    w = np.zeros(x.shape[1])
    ridge = 1e-3 * np.eye(x.shape[1])
    ridge[0, 0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + ridge + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    p = 1 / (1 + np.exp(-x @ w))
    print(f"{len(rows)} candidates, {int(y.sum())} true; coefficients:")
    print("[" + ", ".join(f"{v:.4f}" for v in w) + "]")
    for low in (0.0, 0.5, 0.8, 0.9, 0.95):
        mask = p >= low
        if mask.any():
            print(f"  p >= {low}: {mask.sum()} candidates, {y[mask].mean():.4f} true")


def timed(command, stdout_path):
    """Wall seconds and peak RSS (MB) of a command, through /usr/bin/time -v."""
    with open(stdout_path, "w") as out:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=out,
                                stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr[-500:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    return wall, rss / 1024


def run(args):
    data = args.data
    work = args.work or tempfile.mkdtemp(prefix="sverka-pair-bench-")
    os.makedirs(work, exist_ok=True)

    def crawl_for(name, kind, pages, seed):
        """A crawl under `work`, built unless a run with the same name and seed left it."""
        crawl = os.path.join(work, f"{name}-seed{seed}")
        if not os.path.exists(os.path.join(crawl, "gold.tsv")):
            shutil.rmtree(crawl, ignore_errors=True)
            build(data, kind, pages, seed, crawl)
        return crawl
    here = os.path.abspath(__file__)
    try:
        print(f"load: {open('/proc/loadavg').read().split()[:3]}", flush=True)
        for kind in args.kinds.split(","):
            crawl = crawl_for(f"{kind}-{args.eval_pages}", kind, args.eval_pages, args.seed)
            ours_tsv = os.path.join(work, "ours.tsv")
            subprocess.run([args.sverka, "pair", os.path.join(crawl, "en"),
                            os.path.join(crawl, "ru"), "-o", ours_tsv], check=True)
            ours = evaluate(crawl, open(ours_tsv, encoding="utf-8").read())
            peer = evaluate(crawl, baseline(crawl))
            line = (f"{kind:9} {args.eval_pages} a side: sverka F1 {ours['f1']:.4f} "
                    f"(P {ours['precision']:.4f} R {ours['recall']:.4f}; "
                    f"{ours['high']} pairs >= 0.8, {ours['high_precision']} right) | "
                    f"baseline F1 {peer['f1']:.4f}")
            print(line, flush=True)
        for size in [int(s) for s in args.sizes.split(",")]:
            crawl = crawl_for(f"short-{size}", "short", size, args.seed + 1)
            ours, peer = [], []
            for _ in range(args.runs):
                ours.append(timed([args.sverka, "pair", os.path.join(crawl, "en"),
                                   os.path.join(crawl, "ru"), "-o", os.path.join(work, "o.tsv")],
                                  os.path.join(work, "o.out")))
                if size <= args.peer_limit:
                    peer.append(timed([sys.executable, here, "baseline", crawl],
                                      os.path.join(work, "b.tsv")))
            f1 = evaluate(crawl, open(os.path.join(work, "o.tsv"), encoding="utf-8").read())["f1"]
            line = (f"short {size} a side: sverka {statistics.median(w for w, _ in ours):.3f} s, "
                    f"{max(r for _, r in ours):.0f} MB peak, F1 {f1:.4f}")
            if peer:
                pf1 = evaluate(crawl, open(os.path.join(work, "b.tsv"), encoding="utf-8").read())["f1"]
                line += (f" | baseline {statistics.median(w for w, _ in peer):.3f} s, "
                         f"{max(r for _, r in peer):.0f} MB, F1 {pf1:.4f}")
            print(line, flush=True)
        print(f"load: {open('/proc/loadavg').read().split()[:3]}")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    data_default = os.environ.get("SVERKA_WMT24", "/work/data/wmt24")
    p = sub.add_parser("build")
    p.add_argument("--data", default=data_default)
    p.add_argument("--kind", choices=["plain", "ministry", "short"], required=True)
    p.add_argument("--pages", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", required=True)
    p = sub.add_parser("baseline")
    p.add_argument("crawl")
    p = sub.add_parser("eval")
    p.add_argument("crawl")
    p.add_argument("pairs")
    p = sub.add_parser("fit")
    p.add_argument("--sverka", required=True)
    p.add_argument("crawls", nargs="+")
    p = sub.add_parser("run")
    p.add_argument("--sverka", required=True)
    p.add_argument("--data", default=data_default)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seed", type=int, default=101)
    p.add_argument("--kinds", default="plain,ministry,short")
    p.add_argument("--eval-pages", type=int, default=1000)
    p.add_argument("--sizes", default="1400,10000,100000")
    p.add_argument("--peer-limit", type=int, default=10000)
    p.add_argument("--work", help="keep the crawls here and reuse them on the next run")
    args = parser.parse_args()
    if args.command == "build":
        build(args.data, args.kind, args.pages, args.seed, args.out)
    elif args.command == "baseline":
        sys.stdout.write(baseline(args.crawl))
    elif args.command == "eval":
        print(json.dumps(evaluate(args.crawl, open(args.pairs, encoding="utf-8").read())))
    elif args.command == "fit":
        fit(args.sverka, args.crawls)
    else:
        run(args)


if __name__ == "__main__":
    main()
