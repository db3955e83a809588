#include "util/json_writer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace marsad {

namespace {

// Bytes from p[0] that form one valid UTF-8 sequence (p[0] >= 0x80), or 0
// with *bad set to the length of the maximal invalid subpart: the lead byte
// and the continuation bytes that were still acceptable before the sequence
// broke or the text ended (the offending byte is not part of it).
size_t Utf8SequenceLength(const unsigned char* p, size_t avail, size_t* bad) {
  unsigned char c = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c < 0xC2 || c > 0xF4) {
    *bad = 1;
    return 0;
  }
  if (c < 0xE0) {
    need = 1;
  } else if (c < 0xF0) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;        // no overlongs
    else if (c == 0xED) hi = 0x9F;   // no surrogates
  } else {
    need = 3;
    if (c == 0xF0) lo = 0x90;        // no overlongs
    else if (c == 0xF4) hi = 0x8F;   // nothing above U+10FFFF
  }
  for (size_t k = 1; k <= need; ++k) {
    if (k >= avail) {
      *bad = avail;
      return 0;
    }
    unsigned char b = p[k];
    if (b < lo || b > hi) {
      *bad = k;
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
  }
  return need + 1;
}

// Bytes that a JSON string cannot hold as they are: control characters, '"'
// and '\\'; and bytes of multi-byte UTF-8, which are checked. A table, so the
// common byte costs one lookup rather than a chain of comparisons.
constexpr std::array<bool, 256> kNeedsCare = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return t;
}();

// The most bytes one input byte can become: a control character as \u00XX.
// (An invalid byte becomes at most the three of U+FFFD.)
constexpr size_t kMaxEscapedPerByte = 6;

template <size_t N>
char* Copy(char* dst, const char (&lit)[N]) {
  std::memcpy(dst, lit, N - 1);
  return dst + N - 1;
}

// Writes the escape of ASCII byte c (a control character, '"' or '\\').
char* EscapeAscii(char* dst, unsigned char c) {
  switch (c) {
    case '"': return Copy(dst, "\\\"");
    case '\\': return Copy(dst, "\\\\");
    case '\b': return Copy(dst, "\\b");
    case '\t': return Copy(dst, "\\t");
    case '\n': return Copy(dst, "\\n");
    case '\f': return Copy(dst, "\\f");
    case '\r': return Copy(dst, "\\r");
    default: {
      static const char kHex[] = "0123456789abcdef";
      const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(dst, esc, sizeof esc);
      return dst + sizeof esc;
    }
  }
}

constexpr uint64_t kHighBits = 0x8080808080808080ULL;  // the top bit of each byte of a word

// Bytes that need escaping in text known to be valid UTF-8.
constexpr std::array<bool, 256> kEscaped = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = c < 0x20 || c == '"' || c == '\\';
  return t;
}();

// Whether any of the eight bytes of `w` is a control character, '"' or '\\'
// (the classic "has a zero byte" and "has a byte below n" word tricks: exact
// as a yes/no for the whole word). Bytes >= 0x80 never count.
inline bool AnyEscaped(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const uint64_t below_space = (w - kOnes * 0x20) & ~w;
  const uint64_t q = w ^ (kOnes * '"');
  const uint64_t b = w ^ (kOnes * '\\');
  const uint64_t quote = (q - kOnes) & ~q;
  const uint64_t backslash = (b - kOnes) & ~b;
  return ((below_space | quote | backslash) & kHighBits) != 0;
}

#if defined(__SSE2__)
// Sixteen bytes at once (SSE2, in every x86-64): a mask of the bytes that a
// JSON string must escape (control characters, '"', '\\'). Used where the
// text is known valid UTF-8 (the original's pieces, most of a record's
// bytes); the general path's short values gained nothing by it.
inline unsigned EscapedMask16(__m128i v) {
  const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // v <= 0x1F
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control)));
}
#endif

// Writes `s` quoted and escaped at `dst`, which has room for
// kMaxEscapedPerByte * s.size() + 2 bytes; returns the end.
char* EscapeJsonString(char* dst, std::string_view s) {
  *dst++ = '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  auto flush = [&] {
    std::memcpy(dst, p + run, i - run);
    dst += i - run;
  };
  while (i < n) {
    // Eight plain ASCII bytes at once (names, codes, English text).
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & kHighBits) == 0 && !AnyEscaped(w)) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = p[i];
    if (!kNeedsCare[c]) {
      ++i;
      continue;
    }
    if (c < 0x80) {
      flush();
      dst = EscapeAscii(dst, c);
      run = ++i;
      continue;
    }
    // Two-byte letters (Arabic) are most of the text: checked here without
    // the general decoder (the same test it makes for such a lead byte).
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    size_t bad = 0;
    size_t len = Utf8SequenceLength(p + i, n - i, &bad);
    if (len != 0) {
      i += len;
      continue;
    }
    flush();
    dst = Copy(dst, "\xEF\xBF\xBD");
    i += bad;
    run = i;
  }
  flush();
  *dst++ = '"';
  return dst;
}

// EscapeJsonString for valid UTF-8: the same output for such text.
char* EscapeValidUtf8(char* dst, std::string_view s) {
  *dst++ = '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    if (i + 16 <= n && EscapedMask16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))) == 0) {
      i += 16;
      continue;
    }
#endif
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (!AnyEscaped(w)) {
        i += 8;
        continue;
      }
    }
    // A byte to escape in the next eight (or the tail): byte by byte until
    // it is passed.
    const unsigned char c = p[i];
    if (!kEscaped[c]) {
      ++i;
      continue;
    }
    std::memcpy(dst, p + run, i - run);
    dst += i - run;
    dst = EscapeAscii(dst, c);
    run = ++i;
  }
  std::memcpy(dst, p + run, n - run);
  dst += n - run;
  *dst++ = '"';
  return dst;
}

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  const size_t old = out->size();
  out->resize(old + kMaxEscapedPerByte * s.size() + 2);
  char* end = EscapeJsonString(out->data() + old, s);
  out->resize(static_cast<size_t>(end - out->data()));
}

// Bytes `out` grows by at least.
constexpr size_t kChunk = 4096;

JsonWriter::JsonWriter(std::string* out, int indent) : out_(out), indent_(indent) {
  // Writing starts after what `out` holds; its spare capacity is used first.
  const size_t used = out_->size();
  out_->resize(used + kChunk);
  pos_ = out_->data() + used;
  end_ = out_->data() + out_->size();
  first_.reserve(8);
}

void JsonWriter::Sync() {
  const size_t used = static_cast<size_t>(pos_ - out_->data());
  if (used == out_->size()) return;
  out_->resize(used);
  pos_ = end_ = out_->data() + used;
}

void JsonWriter::Grow(size_t n) {
  const size_t used = static_cast<size_t>(pos_ - out_->data());
  // Half again what is written, at least a chunk: `out` is zero-filled as
  // it grows (std::string has no uninitialised resize before C++23), so it
  // grows in steps near what a record needs, not to its whole capacity
  // (which a large record before may have made large).
  out_->resize(used + std::max(n, std::max(kChunk, used / 2)));
  pos_ = out_->data() + used;
  end_ = out_->data() + out_->size();
}

void JsonWriter::NewLine(size_t depth) {
  const size_t spaces = depth * static_cast<size_t>(indent_);
  char* p = Room(1 + spaces);
  *p = '\n';
  std::memset(p + 1, ' ', spaces);
  pos_ += 1 + spaces;
}

void JsonWriter::IndentedKey(const JsonKey& k) {
  assert(depth_ > 0 && !after_key_);
  BeforeValue();
  Put(k.quoted().data(), k.quoted().size());
  Put(": ", 2);
  after_key_ = true;
}

void JsonWriter::Close(char c) {
  assert(depth_ > 0 && !after_key_);
  const bool had_values = !first_[depth_ - 1];
  --depth_;
  if (had_values && indent_ >= 0) NewLine(depth_);
  Put(c);
  AfterValue();
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  char* p = Room(kMaxEscapedPerByte * s.size() + 2);
  pos_ = EscapeJsonString(p, s);
  AfterValue();
}

void JsonWriter::ValidUtf8String(std::string_view s) {
  BeforeValue();
  char* p = Room(kMaxEscapedPerByte * s.size() + 2);
  pos_ = EscapeValidUtf8(p, s);
  AfterValue();
}

void JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  Put(json.data(), json.size());
  AfterValue();
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  char* p = Room(24);
  pos_ = std::to_chars(p, p + 24, v).ptr;
  AfterValue();
}

void JsonWriter::Double(double v) {
  BeforeValue();
  if (!std::isfinite(v)) {
    Put("null", 4);
    AfterValue();
    return;
  }
  // nlohmann's own shortest-form printer (Grisu2 with its exponent and
  // ".0" conventions), so records read the same as before this writer and
  // as every other JSON marsad prints.
  //
  // The same few values recur (a place's coordinates in its event and its
  // mention, in document after document; a handful of confidences), and the
  // printer costs hundreds of instructions a number: the last text printed
  // for each of a small table of values is kept per thread and copied.
  struct Printed {
    uint64_t bits;
    uint8_t len = 0;  // 0: empty slot (no number prints as nothing)
    char text[23];
  };
  thread_local std::array<Printed, 256> printed;
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  Printed& slot = printed[(bits * 0x9E3779B97F4A7C15ULL) >> 56];
  char* p = Room(64);
  if (slot.len != 0 && slot.bits == bits) {
    std::memcpy(p, slot.text, sizeof slot.text);  // fixed size: a few moves
    pos_ = p + slot.len;
  } else {
    pos_ = nlohmann::detail::to_chars(p, p + 64, v);
    const size_t len = static_cast<size_t>(pos_ - p);
    if (len <= sizeof slot.text) {
      slot.bits = bits;
      slot.len = static_cast<uint8_t>(len);
      std::memcpy(slot.text, p, len);
    }
  }
  AfterValue();
}

}  // namespace marsad
