#!/bin/sh
# Regenerates docs/metrics.md from the metric registry. The same test, run without -u,
# fails when the file is stale (src/metrics/metrics-doc.test.ts).
cd "$(dirname "$0")/.." || exit 1
exec npx vitest run src/metrics/metrics-doc.test.ts -u
