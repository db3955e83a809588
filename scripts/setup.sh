#!/usr/bin/env bash
# Installs the Debian packages marsad needs (only the missing ones), then
# configures and builds a Release tree in build/.
#
# Usage: scripts/setup.sh [--deps-only]
# Env:   MARSAD_BUILD_DIR (default build), MARSAD_JOBS (default nproc).
# Safe to run repeatedly: with everything installed and built it does no apt
# calls and the build is a no-op.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { echo "setup.sh: error: $*" >&2; exit 1; }

# clang and libclang-rt-14-dev give libFuzzer and the sanitizer runtimes that
# the fuzz tier of scripts/test.sh needs; jq lets scripts/run_sample.sh
# summarise the JSON; the rest is the build itself.
PACKAGES=(build-essential cmake ninja-build pkg-config libicu-dev nlohmann-json3-dev
          libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev jq python3)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get; install them by hand"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "missing packages (${missing[*]}); run as root or install sudo"
    SUDO=(sudo)
  fi
  echo "setup.sh: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq >/dev/null || die "apt-get update failed"
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi

[[ "${1:-}" == "--deps-only" ]] && exit 0

BUILD_DIR=${MARSAD_BUILD_DIR:-build}
JOBS=${MARSAD_JOBS:-$(nproc)}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# An existing tree keeps its generator (cmake refuses to switch); a new one uses Ninja.
generator=()
[[ -f "$BUILD_DIR/CMakeCache.txt" ]] || generator=(-G Ninja)
cmake -S . -B "$BUILD_DIR" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release >"$log" 2>&1 \
  || { cat "$log" >&2; die "cmake configure of $BUILD_DIR failed (log above)"; }
cmake --build "$BUILD_DIR" -j "$JOBS" >"$log" 2>&1 \
  || { cat "$log" >&2; die "build in $BUILD_DIR failed (log above)"; }
