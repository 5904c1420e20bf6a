#!/usr/bin/env bash
# What a reviewer runs before merging: a clean build (ICU's module trap shows only then),
# a release build, the tests, and swift-format's lint in strict mode.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .build
swift build
swift build -c release
swift test
swift format lint --strict --recursive --parallel Package.swift Sources Tests
