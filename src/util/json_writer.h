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

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out, int indent = -1) : out_(out), indent_(indent) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The name of the next value; only inside an object.
  void Key(std::string_view k);

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
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace marsad

#endif  // MARSAD_UTIL_JSON_WRITER_H_
