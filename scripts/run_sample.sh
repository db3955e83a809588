#!/usr/bin/env bash
# Sets up and builds marsad (scripts/setup.sh), runs `marsad extract` on the
# bundled reports (data/samples/*.txt) and prints one JSON line per event:
#   {"file":..., "event":"<ACLED sub-event type, or PLOVER type>", "trigger":..., "actor1":...,
#    "place":..., "day":..., "killed":..., "status":...}
# The full records (RECORDS.md) are kept in out/events.jsonl, and the text
# layer's analysis of each file (`marsad analyze`) in out/analyze/<name>.json.
# Env: MARSAD_BUILD_DIR (default build), as for scripts/setup.sh.
# Exits 1 if any file failed (the others are still reported).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
./scripts/setup.sh || exit 1
BUILD_DIR=${MARSAD_BUILD_DIR:-build}

OUT=out
mkdir -p "$OUT/analyze" || { echo "run_sample.sh: error: cannot create $OUT/analyze" >&2; exit 1; }
shopt -s nullglob
samples=(data/samples/*.txt)
((${#samples[@]})) || { echo "run_sample.sh: error: no data/samples/*.txt" >&2; exit 1; }

status=0
: >"$OUT/events.jsonl"
for f in "${samples[@]}"; do
  name=$(basename "$f" .txt)
  if ! "$BUILD_DIR/marsad" analyze "$f" >"$OUT/analyze/$name.json"; then
    echo "run_sample.sh: marsad analyze $f failed" >&2
    status=1
  fi
  if ! record=$("$BUILD_DIR/marsad" extract "$f"); then
    echo "run_sample.sh: marsad extract $f failed" >&2
    status=1
    continue
  fi
  printf '%s\n' "$record" >>"$OUT/events.jsonl"
  printf '%s\n' "$record" | jq -c --arg file "$f" '.events[] |
    {file: $file, event: (.acled.sub_event_type // ("PLOVER " + .plover.event_type)), trigger: .trigger.text,
     actor1: (.actor1.name // null), place: (.location.name // .location.text // null),
     day: (.time.start // null), killed: (.fatalities.low // null), status}' || status=1
done
echo "run_sample.sh: records in $OUT/events.jsonl, text-layer analyses in $OUT/analyze/" >&2
exit $status
