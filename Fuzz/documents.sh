#!/bin/sh
# Fuzzes the readers of uploaded files (XLSX, DOCX, CSV, text) with libFuzzer:
#   Fuzz/documents.sh [SECONDS]          (default 300)
# MentoringCore, Documents and ZIPFoundation are compiled as one module with -sanitize=fuzzer (SwiftPM cannot
# instrument one target), the inputs that add coverage join Tests/DocumentsTests/Fixtures/fuzz, and a crash
# leaves its input in .build/fuzz/. Keep new corpus files: HostileFileTests reads every one on each `swift test`.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-300}
work=.build/fuzz
zip=$(find .build/checkouts -maxdepth 1 -iname zipfoundation | head -1)
[ -n "$zip" ] || { echo "run 'swift build' first: ZIPFoundation's checkout is needed" >&2; exit 2; }
rm -rf "$work/src" && mkdir -p "$work/src"
for file in $(find Sources/MentoringCore Sources/Documents "$zip/Sources/ZIPFoundation" -name '*.swift'); do
    flat="$work/src/$(echo "$file" | tr '/.' '__').swift"
    sed -e '/^import MentoringCore/d' -e '/^import ZIPFoundation/d' "$file" > "$flat"
done
swiftc -sanitize=fuzzer -parse-as-library -O -module-name Fuzz -Xcc -D_GNU_SOURCE=1 -I "$zip/Sources/CZLib" -lz \
    -o "$work/documents" Fuzz/DocumentsFuzzer.swift "$work"/src/*.swift
corpus=Tests/DocumentsTests/Fixtures/fuzz
mkdir -p "$work/corpus"
# Swift's own backtracer would take the crash from libFuzzer, which then keeps no input.
export SWIFT_BACKTRACE=enable=no
"$work/documents" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" "$work/corpus" "$corpus"
# Only the inputs that add coverage join the kept corpus.
"$work/documents" -merge=1 "$corpus" "$work/corpus"
