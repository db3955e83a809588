#include "util/sha256.h"

#include <string>

#include <gtest/gtest.h>

namespace marsad {
namespace {

// Vectors from FIPS 180-4 examples / NIST CSRC.
TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                      "klmnopqrlmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Padding edge cases: 55, 56 and 64 bytes change how many blocks the
// padding takes; feeding the input in odd pieces must not change the digest.
TEST(Sha256, IncrementalEqualsOneShotAcrossBlockBoundaries) {
  for (size_t len : {55u, 56u, 63u, 64u, 65u, 119u, 120u, 200u}) {
    std::string s;
    for (size_t i = 0; i < len; ++i) s.push_back(static_cast<char>('a' + i % 26));
    Sha256 h;
    for (size_t i = 0; i < s.size(); i += 7) h.Update(std::string_view(s).substr(i, 7));
    auto d = h.Final();
    std::string hex;
    static const char kHex[] = "0123456789abcdef";
    for (uint8_t b : d) {
      hex.push_back(kHex[b >> 4]);
      hex.push_back(kHex[b & 15]);
    }
    EXPECT_EQ(hex, Sha256Hex(s)) << len;
  }
  // 56 bytes: the one-block/two-block padding boundary, checked against sha256sum.
  EXPECT_EQ(Sha256Hex(std::string(56, 'a')),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
}

// The SHA-extension rounds (where the processor has them) and the portable
// ones agree on every length around the block and padding boundaries, fed
// whole and in pieces.
TEST(Sha256, CpuExtensionsAgreeWithPortableRounds) {
  uint64_t state = 7;
  std::string s;
  for (size_t len = 0; len < 700; ++len) {
    Sha256 fast, portable(/*cpu_extensions=*/false);
    fast.Update(s);
    for (size_t i = 0; i < s.size(); i += 13) portable.Update(std::string_view(s).substr(i, 13));
    ASSERT_EQ(fast.Final(), portable.Final()) << len;
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    s.push_back(static_cast<char>(state >> 56));
  }
}

}  // namespace
}  // namespace marsad
