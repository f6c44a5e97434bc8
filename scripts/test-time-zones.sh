#!/bin/sh
# Runs the metric suites (the date code and the SQL run in duckdb-wasm) under a
# far-west, the reference and a far-east time zone: agency dates must not move with the
# zone of the machine or browser reading them. tests/unit/pin-time-zone.ts sets TZ from
# OUTCOMESTAT_TZ before any test starts. Extra arguments go to Vitest, e.g. a path.
cd "$(dirname "$0")/.." || exit 1
failed=""
[ $# -gt 0 ] || set -- src/metrics
zones="Pacific/Honolulu UTC Pacific/Kiritimati"
# From npm test, UTC has already run in test:unit.
[ -n "$OUTCOMESTAT_ZONES_ONLY" ] && zones="Pacific/Honolulu Pacific/Kiritimati"
for zone in $zones; do
  echo "== TZ=$zone"
  OUTCOMESTAT_TZ="$zone" npx vitest run "$@" || failed="$failed $zone"
done
if [ -n "$failed" ]; then
  echo "Failed under:$failed"
  exit 1
fi
