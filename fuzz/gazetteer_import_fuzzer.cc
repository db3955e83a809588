// libFuzzer target for Gazetteer::ImportFile: writes the input to a temp file
// and imports it into an empty gazetteer (the format is detected from the
// bytes, so every importer is reachable). Invariants:
//   - no crash, whatever the bytes;
//   - on OK, every entry has a name and finite lat/lon in range, and after
//     Finalize() every entry is found by the key of its own name when that
//     key is non-empty; Lookup of an arbitrary key never crashes.
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "geo/gazetteer.h"

namespace {

const std::string& TempPath() {
  static const std::string path = [] {
    char buf[] = "/tmp/marsad_gazetteer_fuzz_XXXXXX";
    int fd = mkstemp(buf);
    if (fd < 0) std::abort();
    close(fd);
    return std::string(buf);
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& path = TempPath();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
  auto g = marsad::Gazetteer::Create();
  marsad::Status st = g->ImportFile(path);
  std::remove(path.c_str());  // a fuzz run leaves no file behind; the next input writes it anew
  if (!st.ok()) {
    if (st.message().empty()) std::abort();
    return 0;
  }
  for (uint32_t i = 0; i < g->size(); ++i) {
    const marsad::Location& l = g->entry(i).location;
    if (!std::isfinite(l.lat) || !std::isfinite(l.lon) || l.lat < -90 || l.lat > 90 || l.lon < -180 ||
        l.lon > 180) {
      std::fprintf(stderr, "entry %u '%s' has lat %f lon %f\n", i, l.name.c_str(), l.lat, l.lon);
      std::abort();
    }
  }
  g->Finalize();
  for (uint32_t i = 0; i < g->size(); ++i) {
    const std::string key = marsad::Gazetteer::NameKey(g->entry(i).location.name);
    if (key.empty() || std::count(key.begin(), key.end(), ' ') >= 8) continue;
    bool found = false;
    for (uint32_t id : g->Lookup(key)) found |= id == i;
    if (!found) {
      std::fprintf(stderr, "entry %u '%s' not found by its key '%s'\n", i, g->entry(i).location.name.c_str(),
                   key.c_str());
      std::abort();
    }
  }
  (void)g->Lookup(std::string(reinterpret_cast<const char*>(data), size < 64 ? size : 64));
  return 0;
}
