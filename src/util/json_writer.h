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
// While a value is open, `out` is longer than the text so far (the writer
// writes into room it has added at the end); it holds exactly the text once
// a top-level value is complete, after Sync(), and when the writer is gone.
//
// The caller is trusted to nest correctly (a Key before every value inside
// an object, none in an array); misuse is caught by assertions in debug
// builds, not reported.
#ifndef MARSAD_UTIL_JSON_WRITER_H_
#define MARSAD_UTIL_JSON_WRITER_H_

#include <cstdint>
#include <cstring>
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
    // One byte spare, so that a fixed-size copy of kCopy bytes from text_ or
    // text_ + 1 stays inside the array (JsonWriter::Key).
    static_assert(N + 3 <= kCopy, "a longer key than any the records have");
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
  friend class JsonWriter;
  static constexpr size_t kCopy = 31;
  char text_[kCopy + 1] = {};
  uint8_t size_;
};

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out, int indent = -1);
  // Leaves `out` holding exactly what was written.
  ~JsonWriter() { Sync(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The name of the next value; only inside an object.
  void Key(const JsonKey& k) {
    if (indent_ >= 0) return IndentedKey(k);
    // A fixed-size copy of the whole key (the compiler makes it a few moves,
    // no call), of which only the key's bytes are kept: inline, as a record
    // writes a key for nearly every value.
    uint8_t& first = first_[depth_ - 1];
    const size_t skip = first;  // no comma before the first key
    std::memcpy(Room(JsonKey::kCopy), k.text_ + skip, JsonKey::kCopy);
    pos_ += k.size_ - skip;
    first = 0;
    after_key_ = true;
  }

  void String(std::string_view s);
  // The same for text the caller knows to be valid UTF-8 (a piece of a
  // document already decoded whole): only quotes, backslashes and control
  // characters are looked for, eight bytes at a time, so most text is
  // checked at a fraction of a byte-by-byte decoder's cost.
  // REQUIRES: s is valid UTF-8 (else the invalid bytes are written as they
  // are, and the output is not valid JSON text).
  void ValidUtf8String(std::string_view s);
  // An empty string is written as null: the record contract's "nothing found".
  void StringOrNull(std::string_view s) {
    if (s.empty()) Null();
    else String(s);
  }
  void Null() { Literal("null", 4); }
  void Bool(bool b) {
    if (b) Literal("true", 4);
    else Literal("false", 5);
  }
  void Int(int64_t v);
  void Double(double v);
  // A value already serialised as JSON (one line), written as is.
  void Raw(std::string_view json);

  // `out` holds exactly what was written so far. Done by the destructor and
  // whenever a top-level value is complete; needed only to read `out` while
  // a value is still open.
  void Sync();

 private:
  // The writer appends into `out`'s own buffer through a raw pointer: `out`
  // is grown ahead (its size then counts bytes not yet written) and cut back
  // to what was written by Sync. A record is thousands of short pieces (keys,
  // quotes, commas, numbers), and one capacity check per piece instead of
  // std::string::append's checks and length updates per piece is most of
  // the writer's time saved.
  char* Room(size_t n) {
    if (static_cast<size_t>(end_ - pos_) < n) Grow(n);
    return pos_;
  }
  void Grow(size_t n);
  void Put(char c) { *Room(1) = c; ++pos_; }
  void Put(const char* s, size_t n) {
    std::memcpy(Room(n), s, n);
    pos_ += n;
  }
  void Literal(const char* s, size_t n) {
    BeforeValue();
    Put(s, n);
    AfterValue();
  }
  // A complete top-level value leaves `out` exact, so that a writer used for
  // one value needs no explicit Sync.
  void AfterValue() {
    if (depth_ == 0) Sync();
  }
  void Open(char c) {
    BeforeValue();
    Put(c);
    if (depth_ == first_.size()) first_.push_back(1);
    else first_[depth_] = 1;
    ++depth_;
  }
  void Close(char c);
  void IndentedKey(const JsonKey& k);
  void BeforeValue() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    uint8_t& first = first_[depth_ - 1];
    if (!first) Put(',');
    first = 0;
    if (indent_ >= 0) NewLine(depth_);
  }
  void NewLine(size_t depth);

  std::string* out_;
  int indent_;
  char* pos_;  // next byte to write, in out_'s buffer
  char* end_;  // end of out_'s buffer (out_->data() + out_->size())
  // Per open container (the first depth_ entries): nothing written in it
  // yet. Bytes, not vector<bool>: asked before every value, and a byte is one
  // load. Entries past depth_ are kept, so that opening a container
  // allocates only the first time that depth is reached.
  std::vector<uint8_t> first_;
  size_t depth_ = 0;
  bool after_key_ = false;
};

}  // namespace marsad

#endif  // MARSAD_UTIL_JSON_WRITER_H_
