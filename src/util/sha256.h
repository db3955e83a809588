// SHA-256 (FIPS 180-4), for content-derived document ids: a record's
// doc.id is the hex digest of the document's bytes exactly as received, so
// the same text always gets the same id on every machine.
//
// Written here rather than taken from OpenSSL to keep marsad's dependencies
// to ICU, nlohmann_json and CLI11; sha256_test.cc checks the FIPS vectors.
#ifndef MARSAD_UTIL_SHA256_H_
#define MARSAD_UTIL_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad {

// Incremental hasher. Update() any number of times, then Final() once.
class Sha256 {
 public:
  // `cpu_extensions`: use the x86 SHA instructions where the processor has
  // them (the digest is the same; tests compare the two ways).
  explicit Sha256(bool cpu_extensions = true);
  void Update(std::string_view bytes);
  // The 32-byte digest. The hasher must not be used afterwards.
  std::array<uint8_t, 32> Final();

 private:
  // Hashes `n` 64-byte blocks from `p` into h_.
  void Blocks(const uint8_t* p, size_t n);
  void Block(const uint8_t* p);
  bool sha_ni_;
  uint32_t h_[8];
  uint8_t buf_[64];
  size_t buf_len_ = 0;
  uint64_t total_ = 0;  // bytes seen
};

// Lower-case hex digest of `bytes` (64 characters).
std::string Sha256Hex(std::string_view bytes);

}  // namespace marsad

#endif  // MARSAD_UTIL_SHA256_H_
