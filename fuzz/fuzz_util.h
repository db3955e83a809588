// Shared by the fuzz targets: the text layer built once per process, and the
// oracle that stops the fuzzer at the first broken invariant.
#ifndef MARSAD_FUZZ_FUZZ_UTIL_H_
#define MARSAD_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>

#include "marsad/pipeline.h"

namespace marsad::fuzz {

// A broken invariant: trap, so libFuzzer saves the input.
inline void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// The text layer from DefaultDataDir(), built on first use; aborts with a
// message naming `target` when the data cannot be loaded.
inline const Pipeline& TextLayer(const char* target) {
  static const Pipeline* pipeline = [target] {
    auto r = Pipeline::CreateTextLayer(DefaultDataDir());
    if (!r.ok()) {
      std::fprintf(stderr, "%s: %s\n", target, r.status().message().c_str());
      std::abort();
    }
    return new Pipeline(std::move(r).value());
  }();
  return *pipeline;
}

}  // namespace marsad::fuzz

#endif  // MARSAD_FUZZ_FUZZ_UTIL_H_
