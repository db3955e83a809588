// JsonWriter: appends JSON text to a std::string as values are given, with no
// document tree in between, so keys come out in the order they are written.
//
// The output is byte for byte what nlohmann::json::dump(indent, ' ', false,
// error_handler_t::replace) prints for the same values in the same order:
// strings are UTF-8 (not \u-escaped), with ", \ and control characters
// escaped; invalid UTF-8 becomes U+FFFD, one per maximal invalid subpart (as
// nlohmann and the Unicode standard's recommended practice do); doubles are
// printed in their shortest round-trip form ("36.20124", "0.5", "300.0"), and
// NaN and infinities as null. indent < 0 prints one line; indent >= 0
// breaks lines and indents nested values by that many spaces per level.
//
// The caller is trusted to nest correctly (a Key before every value inside
// an object, none in an array); misuse is caught by assertions in debug
// builds, not reported.
#ifndef MARSAD_UTIL_JSON_WRITER_H_
#define MARSAD_UTIL_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

// Appends `s` as a quoted, escaped JSON string.
void AppendJsonString(std::string* out, std::string_view s);

// An object key written in the source ("event_type"): checked when the
// program is compiled (a key that would need escaping does not compile) and
// kept as it goes out on one line, comma, quotes and colon included, so that
// writing it is one append. A record has about a hundred keys for every
// kilobyte of text.
class JsonKey {
 public:
  template <size_t N>
  consteval JsonKey(const char (&name)[N]) : size_(static_cast<uint8_t>(N + 3)) {
    static_assert(N + 3 <= sizeof text_, "a longer key than any the records have");
    text_[0] = ',';
    text_[1] = '"';
    for (size_t i = 0; i + 1 < N; ++i) {
      const unsigned char c = static_cast<unsigned char>(name[i]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) throw "a key of printable ASCII, nothing to escape";
      text_[2 + i] = name[i];
    }
    text_[N + 1] = '"';
    text_[N + 2] = ':';
  }
  // `,"name":`, and the same without the comma.
  std::string_view after_value() const { return {text_, size_}; }
  std::string_view first() const { return {text_ + 1, size_ - 1u}; }
  // "name", quoted.
  std::string_view quoted() const { return {text_ + 1, size_ - 2u}; }

 private:
  char text_[32] = {};
  uint8_t size_;
};

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out, int indent = -1) : out_(out), indent_(indent) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The name of the next value; only inside an object.
  void Key(const JsonKey& k);

  void String(std::string_view s) {
    BeforeValue();
    AppendJsonString(out_, s);
  }
  // An empty string is written as null: the record contract's "nothing found".
  void StringOrNull(std::string_view s) {
    if (s.empty()) Null();
    else String(s);
  }
  void Null() {
    BeforeValue();
    out_->append("null");
  }
  void Bool(bool b) {
    BeforeValue();
    out_->append(b ? "true" : "false");
  }
  void Int(int64_t v);
  void Double(double v);
  // A value already serialised as JSON (one line), written as is.
  void Raw(std::string_view json) {
    BeforeValue();
    out_->append(json);
  }

 private:
  void Open(char c) {
    BeforeValue();
    out_->push_back(c);
    first_.push_back(true);
  }
  void Close(char c);
  void BeforeValue();
  void NewLine(size_t depth);

  std::string* out_;
  int indent_;
  // Per open container: nothing written in it yet. Bytes, not vector<bool>:
  // asked before every value, and a byte is one load.
  std::vector<uint8_t> first_;
  bool after_key_ = false;
};

}  // namespace marsad

#endif  // MARSAD_UTIL_JSON_WRITER_H_
