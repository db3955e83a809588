#!/usr/bin/env bash
# Runs every test tier, in order, and exits non-zero if any failed:
#   release  Release build in build/ (via scripts/setup.sh), unit + CLI tests
#   asan     ASan+UBSan build in build-asan/, the whole test suite
#   fuzz     clang libFuzzer build in build-fuzz/, every fuzz/*_fuzzer.cc for
#            MARSAD_FUZZ_SECONDS over a temp copy of fuzz/corpus/<name>/
#   bench    bench/text_bench --quick, as a smoke test (no speed assertions)
#
# Usage: scripts/test.sh [TIER...]      (default: all four, in that order)
# Env:   MARSAD_FUZZ_SECONDS  seconds per fuzz target (default 30)
#        MARSAD_JOBS          build parallelism (default nproc)
# A crashing fuzz input is kept in fuzz/artifacts/ (ignored by git); replay it
# with build-fuzz/<name> fuzz/artifacts/<file>.
# The tier_* functions are called as "tier_$t", which shellcheck cannot see.
# shellcheck disable=SC2317
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
ROOT=$PWD
unset MARSAD_BUILD_DIR  # the tiers below name their build dirs themselves
JOBS=${MARSAD_JOBS:-$(nproc)}
FUZZ_SECONDS=${MARSAD_FUZZ_SECONDS:-30}
ALL_TIERS=(release asan fuzz bench)

die() { echo "test.sh: error: $*" >&2; exit 2; }
[[ "$FUZZ_SECONDS" =~ ^[0-9]+$ ]] || die "MARSAD_FUZZ_SECONDS must be a whole number of seconds"

tiers=("$@")
((${#tiers[@]})) || tiers=("${ALL_TIERS[@]}")
for t in "${tiers[@]}"; do
  [[ " ${ALL_TIERS[*]} " == *" $t "* ]] || die "unknown tier '$t' (tiers: ${ALL_TIERS[*]})"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/marsad-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Sanitizers stop at the first report and give a stack; leak checks stay on.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# configure DIR CMAKE_ARGS...: configures DIR unless it already has a build, in
# which case the arguments are re-applied (cheap, and keeps the options right).
configure() {
  local dir=$1; shift
  local generator=()
  [[ -f "$dir/CMakeCache.txt" ]] || generator=(-G Ninja)
  if ! cmake -S "$ROOT" -B "$dir" "${generator[@]}" "$@" >"$TMP/configure.log" 2>&1; then
    cat "$TMP/configure.log"
    echo "configure of $dir failed"
    return 1
  fi
}

# build DIR [TARGET...]: quiet on success, the full log on failure.
build() {
  local dir=$1; shift
  local targets=()
  (($#)) && targets=(--target "$@")
  if ! cmake --build "$dir" -j "$JOBS" "${targets[@]}" >"$TMP/build.log" 2>&1; then
    tail -n 80 "$TMP/build.log"
    echo "build in $dir failed"
    return 1
  fi
}

tier_release() {
  ./scripts/setup.sh || return 1
  # marsad_tests holds the unit tests and tests/cli (which run build/marsad).
  build/marsad_tests --gtest_brief=1 || return 1
  # The event lexicons are data only so far: validate them (file:line errors).
  python3 tools/check_lexicons.py || return 1
  # A bad argument is a one-line usage error (exit 2), never a traceback.
  local rc=0
  python3 tools/check_lexicons.py --no-such-option 2>"$TMP/check_lexicons.err" || rc=$?
  if ((rc != 2)) || grep -q Traceback "$TMP/check_lexicons.err"; then
    echo "check_lexicons.py: a bad argument gave exit $rc: $(head -c 300 "$TMP/check_lexicons.err")"
    return 1
  fi
  # Every event set, development, blind-written and held-out, is held to the same checks.
  local set
  for set in data/eval/events-*/; do
    python3 tools/check_events_dev.py "$set" >/dev/null || return 1
  done
}

tier_asan() {
  # -O1 keeps the run fast; Debug keeps assert() on.
  configure build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DMARSAD_SANITIZE=ON -DMARSAD_TESTS=ON -DMARSAD_BENCH=OFF || return 1
  build build-asan || return 1
  build-asan/marsad_tests --gtest_brief=1
}

tier_fuzz() {
  command -v clang++ >/dev/null || { echo "clang++ not found (scripts/setup.sh installs it)"; return 1; }
  local sources=(fuzz/*_fuzzer.cc)
  [[ -e "${sources[0]}" ]] || { echo "no fuzz/*_fuzzer.cc targets"; return 1; }
  local names=() src
  for src in "${sources[@]}"; do names+=("$(basename "$src" .cc)"); done
  configure build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DMARSAD_FUZZ=ON -DMARSAD_TESTS=OFF -DMARSAD_BENCH=OFF || return 1
  build build-fuzz "${names[@]}" || return 1
  mkdir -p fuzz/artifacts
  local failed=0 name corpus work log
  for name in "${names[@]}"; do
    corpus=fuzz/corpus/$name
    mkdir -p "$corpus"
    # Fuzzing adds inputs to its corpus dir: give it a copy, not the repo's.
    work=$TMP/corpus-$name
    rm -rf "$work" && mkdir -p "$work"
    cp -r "$corpus"/. "$work"/
    log=$TMP/$name.log
    local seeds start=$SECONDS
    seeds=$(find "$corpus" -type f | wc -l)
    if "build-fuzz/$name" "$work" -max_total_time="$FUZZ_SECONDS" -max_len=65536 \
         -rss_limit_mb=2048 -timeout=30 -artifact_prefix="$ROOT/fuzz/artifacts/$name-" \
         -print_final_stats=1 >"$log" 2>&1; then
      local runs
      runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
      printf '  %-22s ok    %3d seeds, %s runs in %ds\n' "$name" "$seeds" "$runs" $((SECONDS - start))
    else
      printf '  %-22s FAIL  after %ds; last lines of its log:\n' "$name" $((SECONDS - start))
      tail -n 60 "$log" | sed 's/^/    /'
      failed=1
    fi
  done
  return "$failed"
}

tier_bench() {
  # The bench comes from the Release tree; build it if the release tier did not run.
  [[ -x build/text_bench ]] || ./scripts/setup.sh || return 1
  build build text_bench || return 1
  build/text_bench --quick
}

declare -A result elapsed
overall=0
total_start=$SECONDS
for t in "${tiers[@]}"; do
  echo
  echo "==================== tier: $t ===================="
  start=$SECONDS
  if "tier_$t"; then result[$t]=ok; else result[$t]=FAILED; overall=1; fi
  elapsed[$t]=$((SECONDS - start))
  echo "---- tier $t: ${result[$t]} in ${elapsed[$t]}s"
done

echo
echo "==================== summary ===================="
for t in "${tiers[@]}"; do printf '  %-8s %-6s %5ds\n' "$t" "${result[$t]}" "${elapsed[$t]}"; done
printf '  %-8s %-6s %5ds\n' total "$( ((overall)) && echo FAILED || echo ok)" $((SECONDS - total_start))
exit $overall
