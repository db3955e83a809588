#!/usr/bin/env bash
# Sets up and builds marsad (scripts/setup.sh), runs `marsad analyze` on every
# data/samples/*.txt and prints one JSON line per file to stdout:
#   {"file":..., "lang":..., "tokens":N, "sentences":N, "quotes":N,
#    "numbers":N, "dates":N, "places":N, "reference_time":...}
# The full analysis of each file is kept in out/analyze/<name>.json.
# Env: MARSAD_BUILD_DIR (default build), as for scripts/setup.sh.
# Exits 1 if any file failed to analyse (the others are still reported).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
./scripts/setup.sh || exit 1
BUILD_DIR=${MARSAD_BUILD_DIR:-build}

OUT=out/analyze
mkdir -p "$OUT" || { echo "run_sample.sh: error: cannot create $OUT" >&2; exit 1; }
shopt -s nullglob
samples=(data/samples/*.txt)
((${#samples[@]})) || { echo "run_sample.sh: error: no data/samples/*.txt" >&2; exit 1; }

status=0
for f in "${samples[@]}"; do
  name=$(basename "$f" .txt)
  if ! "$BUILD_DIR/marsad" analyze "$f" >"$OUT/$name.json"; then
    echo "run_sample.sh: marsad analyze $f failed" >&2
    status=1
    continue
  fi
  jq -c --arg file "$f" '{file: $file, lang, tokens: (.tokens | length),
      sentences: (.sentences | length), quotes: (.quotes | length),
      numbers: (.numbers | length), dates: (.dates | length), places: ((.places // []) | length),
      reference_time: (.reference_time.value // null)}' "$OUT/$name.json" || status=1
done
echo "run_sample.sh: full output in $OUT/" >&2
exit $status
