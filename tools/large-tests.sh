#!/usr/bin/env bash
# The evaluation-sized versions of the seeded generated tests (1,000 generated alignments,
# 2,000 random edit scripts, 48 rounds of edited pairs through the translation check): the same tests, seeds and invariants as in `swift test`, with
# SVERKA_LARGE=1 asking for the large counts. Takes minutes; run before changing the aligner
# or the diff. Extra arguments go to `swift test` (for example `-c release`).
set -euo pipefail
cd "$(dirname "$0")/.."
SVERKA_LARGE=1 swift test "$@" \
  --filter 'AlignerInvariantTests/generatedEdits|EditScriptTests/randomScriptsAreRecovered|TranslationConservationTests/everyParagraphIsKeptOnceUnderGeneratedEdits'
