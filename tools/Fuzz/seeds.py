"""Builds the fuzz targets' seed corpora from Pairs/ (tools/fuzz.sh calls it).

Usage: python3 tools/Fuzz/seeds.py PAIRS_DIR OUT_DIR
Each target gets a folder of small inputs in its own shape: whole pages for the reader,
paragraphs for the segmenter, EN<NUL>RU heads of pairs for the aligner and the translation
check, two editions for the revision diff, JSON lines for map, and a dictd index<NUL>dict.
"""

import json
import os
import sys


def paragraphs(text):
    return [p for p in text.split("\n\n") if p.strip()]


def head(text, limit):
    """The first paragraphs of text that fit in limit bytes (at least one, cut to fit)."""
    out = ""
    for paragraph in paragraphs(text):
        candidate = (out + "\n\n" + paragraph) if out else paragraph
        if len(candidate.encode()) > limit:
            break
        out = candidate
    if not out:
        out = text.encode()[:limit].decode(errors="ignore")
    return out


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def base64_number(n):
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    out = ""
    while True:
        out = digits[n % 64] + out
        n //= 64
        if n == 0:
            return out


def main(pairs_dir, out):
    pairs = sorted(d for d in os.listdir(pairs_dir) if os.path.isdir(os.path.join(pairs_dir, d)))
    for number, name in enumerate(pairs):
        folder = os.path.join(pairs_dir, name)
        texts = {}
        for file in sorted(os.listdir(folder)):
            if file.endswith(".txt"):
                with open(os.path.join(folder, file), encoding="utf-8") as f:
                    texts[file] = f.read()
                write(f"{out}/FuzzReader", f"{name}-{file}", head(texts[file], 4000))
                for index, paragraph in enumerate(paragraphs(texts[file])[:6]):
                    write(f"{out}/FuzzSegmenter", f"{name}-{file}-{index}", paragraph)
        en, ru = texts.get("en-GB.txt"), texts.get("ru-RU.txt")
        if en and ru:
            pair = head(en, 900).encode() + b"\0" + head(ru, 1100).encode()
            write(f"{out}/FuzzAligner", name, pair)
            write(f"{out}/FuzzTranslationCheck", name, pair)
            record = {"id": number, "en": head(en, 700), "ru": head(ru, 900)}
            write(f"{out}/FuzzMapRecord", name, json.dumps(record, ensure_ascii=False))
        for language in ("en-GB", "ru-RU"):
            old, new = texts.get(f"{language}.txt"), texts.get(f"{language}.rev2.txt")
            if old and new:
                pair = head(old, 2000).encode() + b"\0" + head(new, 2000).encode()
                write(f"{out}/FuzzRevisionDiff", f"{name}-{language}", pair)
    # A dictd pair in the format of Debian's dictionaries: an index<NUL>dict of a few articles.
    articles = [
        ("minister", "minister\n  министр (иностранных дел); посланник\n"),
        ("treaty", "treaty\n  договор, соглашение [дипл.]\n"),
        ("security", "security\n  безопасность; (гарантия) залог\n"),
        ("00-database-url", "00-database-url\n  http://example.org\n"),
    ]
    dict_text, index = b"", b""
    for headword, article in articles:
        data = article.encode()
        index += f"{headword}\t{base64_number(len(dict_text))}\t{base64_number(len(data))}\n".encode()
        dict_text += data
    write(f"{out}/FuzzDictd", "articles", index + b"\0" + dict_text)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
