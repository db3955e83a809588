#include "util/json_writer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>

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

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  out->reserve(out->size() + s.size() + 2);
  out->push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (!kNeedsCare[c]) {
      ++i;
      continue;
    }
    if (c < 0x80) {
      out->append(s.data() + run, i - run);
      switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\b': out->append("\\b"); break;
        case '\t': out->append("\\t"); break;
        case '\n': out->append("\\n"); break;
        case '\f': out->append("\\f"); break;
        case '\r': out->append("\\r"); break;
        default: {
          static const char kHex[] = "0123456789abcdef";
          const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out->append(esc, sizeof esc);
        }
      }
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
    out->append(s.data() + run, i - run);
    out->append("\xEF\xBF\xBD");
    i += bad;
    run = i;
  }
  out->append(s.data() + run, n - run);
  out->push_back('"');
}

void JsonWriter::NewLine(size_t depth) {
  out_->push_back('\n');
  out_->append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;
  if (!first_.back()) out_->push_back(',');
  first_.back() = false;
  if (indent_ >= 0) NewLine(first_.size());
}

void JsonWriter::Key(const JsonKey& k) {
  assert(!first_.empty() && !after_key_);
  if (indent_ < 0) {
    out_->append(first_.back() ? k.first() : k.after_value());
    first_.back() = false;
  } else {
    BeforeValue();
    out_->append(k.quoted());
    out_->append(": ");
  }
  after_key_ = true;
}

void JsonWriter::Close(char c) {
  assert(!first_.empty() && !after_key_);
  const bool had_values = !first_.back();
  first_.pop_back();
  if (had_values && indent_ >= 0) NewLine(first_.size());
  out_->push_back(c);
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  std::array<char, 24> buf;
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  out_->append(buf.data(), r.ptr);
}

void JsonWriter::Double(double v) {
  BeforeValue();
  if (!std::isfinite(v)) {
    out_->append("null");
    return;
  }
  // nlohmann's own shortest-form printer (Grisu2 with its exponent and
  // ".0" conventions), so records read the same as before this writer and
  // as every other JSON marsad prints.
  std::array<char, 64> buf;
  char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
  out_->append(buf.data(), end);
}

}  // namespace marsad
