#!/usr/bin/env python3
"""Validate the sentence-segmentation test cases (JSON Lines) that Sverka's tests read.

Every case must satisfy the invariant documented in
Tests/SverkaReadTests/Resources/Segmentation/README.md: its sentences are
non-empty, carry no leading or trailing whitespace, and joined with the exact
whitespace between them they give the case's text back.

Usage:
    check_cases.py [FILE.jsonl ...]     (default: both files of the test suite)

Prints one line per problem, the number of cases per language and tag, and a
closing line `N passed, N failed`; exits 1 if any case failed.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_FILES = [
    REPO / "Tests/SverkaReadTests/Resources/Segmentation/en.jsonl",
    REPO / "Tests/SverkaReadTests/Resources/Segmentation/ru.jsonl",
]

#: Keys a case must have, and their types.
SCHEMA = {"id": str, "lang": str, "text": str, "sentences": list, "tags": list}
LANGUAGES = {"en", "ru"}

#: Tags a case may carry; documented in the README next to the cases.
KNOWN_TAGS = {
    "plain", "abbreviation", "abbreviation-end", "initials", "number", "date", "time",
    "numbering", "quotation", "bracket", "ellipsis", "multi-punct", "heading", "list",
    "dialogue", "qa-label", "line-wrap", "url", "email", "filename", "acronym",
    "currency", "hard",
}


def invariant_problems(text: str, sentences: list[str]) -> list[str]:
    """Return what breaks `text == s1 + ws1 + s2 + ... + sN` (whitespace-only gaps)."""
    problems = []
    position = 0
    for index, sentence in enumerate(sentences, start=1):
        if not isinstance(sentence, str) or not sentence:
            problems.append(f"sentence {index} is empty or not a string")
            return problems
        if sentence != sentence.strip():
            problems.append(f"sentence {index} has leading or trailing whitespace")
        found = text.find(sentence, position)
        if found < 0:
            problems.append(f"sentence {index} not found in text after offset {position}")
            return problems
        gap = text[position:found]
        if gap.strip():
            problems.append(f"text before sentence {index} is not whitespace: {gap!r}")
        elif index > 1 and not gap and text[found - 1] != ".":
            # Only a full stop with no space after it (`Friday.The`) may end a sentence
            # that the next one touches.
            problems.append(f"no whitespace between sentences {index - 1} and {index}")
        position = found + len(sentence)
    if text[position:].strip():
        problems.append(f"text after the last sentence: {text[position:]!r}")
    return problems


def case_problems(case: object, expected_lang: str | None) -> list[str]:
    """Return every schema or invariant problem of one decoded case."""
    if not isinstance(case, dict):
        return ["a case must be a JSON object"]
    problems = []
    for key, kind in SCHEMA.items():
        if not isinstance(case.get(key), kind):
            problems.append(f"'{key}' missing or not {kind.__name__}")
    extra = set(case) - set(SCHEMA)
    if extra:
        problems.append(f"unknown keys {sorted(extra)}")
    if problems:
        return problems
    if case["lang"] not in LANGUAGES:
        problems.append(f"lang {case['lang']!r} is not one of {sorted(LANGUAGES)}")
    elif expected_lang and case["lang"] != expected_lang:
        problems.append(f"lang {case['lang']!r} in a file for {expected_lang!r}")
    if not case["id"].startswith(f"{case['lang']}-"):
        problems.append("id must start with the language code and a hyphen")
    if not case["sentences"]:
        problems.append("no sentences")
    if not case["tags"]:
        problems.append("no tags")
    unknown = [tag for tag in case["tags"] if tag not in KNOWN_TAGS]
    if unknown:
        problems.append(f"unknown tags {unknown}")
    if len(set(case["tags"])) != len(case["tags"]):
        problems.append("duplicate tags")
    problems += invariant_problems(case["text"], case["sentences"])
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    args = parser.parse_args(argv)

    passed = failed = 0
    seen_ids: dict[str, str] = {}
    tag_counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for path in args.files:
        # en.jsonl holds English cases, ru.jsonl Russian ones; other names are not checked.
        expected_lang = path.stem if path.stem in LANGUAGES else None
        with path.open(encoding="utf-8") as handle:
            for line_number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{path.name}:{line_number}"
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as error:
                    problems, case = [f"invalid JSON: {error}"], {}
                else:
                    problems = case_problems(case, expected_lang)
                case_id = case.get("id") if isinstance(case, dict) else None
                if isinstance(case_id, str):
                    where += f" {case_id}"
                    if case_id in seen_ids:
                        problems.append(f"duplicate id, first at {seen_ids[case_id]}")
                    else:
                        seen_ids[case_id] = where
                if problems:
                    failed += 1
                    for problem in problems:
                        print(f"FAIL {where}: {problem}")
                    continue
                passed += 1
                counts = tag_counts[case["lang"]]
                counts["(cases)"] += 1
                counts["(sentences)"] += len(case["sentences"])
                counts.update(case["tags"])

    for lang, counts in sorted(tag_counts.items()):
        print(f"\n{lang}: {counts['(cases)']} cases, {counts['(sentences)']} sentences")
        for tag, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if not tag.startswith("("):
                print(f"  {tag:<17} {count}")
    print(f"\n{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
