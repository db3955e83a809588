#include "extract/input.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "text/reference_time.h"
#include "util/affix.h"
#include "util/utf8.h"

namespace marsad {

using nlohmann::json;

namespace {

// Doc offsets are 32-bit.
constexpr size_t kMaxDocumentBytes = 0xFFFFFFF0u;

bool IsBlank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

// Reads lines with getline(3): any length, embedded NULs kept.
class LineReader {
 public:
  explicit LineReader(std::FILE* f) : f_(f) {}
  ~LineReader() { std::free(buf_); }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  // The next line with its '\n', or nullopt at the end or on an error.
  std::optional<std::string_view> Next() {
    ssize_t n = getline(&buf_, &cap_, f_);
    if (n < 0) return std::nullopt;
    return std::string_view(buf_, static_cast<size_t>(n));
  }

 private:
  std::FILE* f_;
  char* buf_ = nullptr;
  size_t cap_ = 0;
};

std::string_view StripNewline(std::string_view s) {
  if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string InputError::ToString() const {
  std::string s = source;
  if (line > 0) s += ":" + std::to_string(line);
  return s + ": " + message;
}

namespace {

// Reads the JSON string starting at s[*i] (a '"') into *v and moves *i past
// it; false for what ParseFlatJsonObject leaves to nlohmann.
bool ReadFlatString(std::string_view s, size_t* i, std::string* v) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t k = *i + 1;
  size_t run = k;  // start of the bytes not yet copied
  while (k < s.size()) {
    const unsigned char c = p[k];
    // The text of a record is nearly all two-byte letters (Arabic) and plain
    // ASCII: each passed with one test, before the escapes and the general
    // decoder (whose test for a two-byte sequence this is).
    if (c >= 0xC2 && c < 0xE0) {
      if (k + 1 < s.size() && (p[k + 1] & 0xC0) == 0x80) {
        k += 2;
        continue;
      }
      return false;  // a broken sequence
    }
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++k;
      continue;
    }
    if (c == '"') {
      v->append(s.data() + run, k - run);
      *i = k + 1;
      return true;
    }
    if (c == '\\') {
      if (k + 1 >= s.size()) return false;
      char r;
      switch (s[k + 1]) {
        case '"': r = '"'; break;
        case '\\': r = '\\'; break;
        case '/': r = '/'; break;
        case 'b': r = '\b'; break;
        case 'f': r = '\f'; break;
        case 'n': r = '\n'; break;
        case 'r': r = '\r'; break;
        case 't': r = '\t'; break;
        default: return false;  // \u…, or not an escape
      }
      v->append(s.data() + run, k - run);
      v->push_back(r);
      k += 2;
      run = k;
      continue;
    }
    if (c < 0x20) return false;  // a raw control character: invalid
    int len;
    if (utf8::Decode(s, k, &len) == utf8::kInvalid) return false;
    k += static_cast<size_t>(len);
  }
  return false;  // unterminated
}

// Reads the integer starting at s[*i] into *v as nlohmann reads it (unsigned
// without a sign, signed with one) and moves *i past it; false, *i unmoved,
// for what ParseFlatJsonObject leaves to nlohmann: a fraction or an exponent,
// a leading zero before a digit, or more than 18 digits (which might not fit).
bool ReadFlatInteger(std::string_view s, size_t* i, json* v) {
  size_t k = *i;
  const bool minus = k < s.size() && s[k] == '-';
  k += minus;
  const size_t first = k;
  uint64_t n = 0;
  while (k < s.size() && s[k] >= '0' && s[k] <= '9') n = n * 10 + static_cast<uint64_t>(s[k++] - '0');
  const size_t digits = k - first;
  if (digits == 0 || digits > 18 || (s[first] == '0' && digits > 1)) return false;
  if (k < s.size() && (s[k] == '.' || s[k] == 'e' || s[k] == 'E')) return false;
  if (minus) *v = -static_cast<int64_t>(n);
  else *v = n;
  *i = k;
  return true;
}

}  // namespace

// The general parser spends some 25 instructions a byte of text, as much as
// a tenth of extraction on news-length records; this reads the usual record
// in a few. Duplicate keys keep the last value, as nlohmann's do.
bool ParseFlatJsonObject(std::string_view s, json* out) {
  size_t i = 0;
  auto skip_space = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  };
  skip_space();
  if (i >= s.size() || s[i] != '{') return false;
  ++i;
  json obj = json::object();
  skip_space();
  if (i < s.size() && s[i] == '}') {
    ++i;
  } else {
    for (;;) {
      skip_space();
      std::string key;
      if (i >= s.size() || s[i] != '"' || !ReadFlatString(s, &i, &key)) return false;
      skip_space();
      if (i >= s.size() || s[i] != ':') return false;
      ++i;
      skip_space();
      if (i < s.size() && s[i] == '"') {
        std::string value;
        if (!ReadFlatString(s, &i, &value)) return false;
        obj[key] = std::move(value);
      } else if (s.substr(i, 4) == "null") {
        i += 4;
        obj[key] = nullptr;
      } else if (ReadFlatInteger(s, &i, &obj[key])) {
        // a numeric "id", as corpora often number their records
      } else {
        return false;
      }
      skip_space();
      if (i < s.size() && s[i] == ',') {
        ++i;
        continue;
      }
      if (i < s.size() && s[i] == '}') {
        ++i;
        break;
      }
      return false;
    }
  }
  skip_space();
  if (i != s.size()) return false;
  *out = std::move(obj);
  return true;
}

Status ParseJsonLine(std::string_view line, InputDocument* doc) {
  json j;
  if (!ParseFlatJsonObject(line, &j)) j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument("not valid JSON");
  if (!j.is_object()) return Status::InvalidArgument("a JSON Lines record must be an object");
  auto text = j.find("text");
  if (text == j.end()) return Status::InvalidArgument("no \"text\" field");
  if (!text->is_string()) return Status::InvalidArgument("\"text\" is not a string");
  std::string& t = text->get_ref<std::string&>();
  if (t.size() > kMaxDocumentBytes) return Status::InvalidArgument("\"text\" is larger than 4 GiB");
  doc->text = std::move(t);  // the parsed line is dropped on return: no copy of the text
  doc->input_id = nullptr;
  if (auto id = j.find("id"); id != j.end()) {
    if (id->is_string() || id->is_number() || id->is_null()) doc->input_id = *id;
    else doc->warnings.push_back("input \"id\" is neither a string nor a number: ignored");
  }
  if (auto url = j.find("url"); url != j.end() && !url->is_null()) {
    if (url->is_string()) doc->url = url->get<std::string>();
    else doc->warnings.push_back("input \"url\" is not a string: ignored");
  }
  if (auto pub = j.find("published"); pub != j.end() && !pub->is_null()) {
    std::optional<ReferenceTime> t;
    if (pub->is_string()) t = ParseIsoTime(pub->get_ref<const std::string&>());
    if (t) doc->published = t;
    else doc->warnings.push_back("input \"published\" " + pub->dump(-1, ' ', false, json::error_handler_t::replace) +
                                 " is not an ISO 8601 time: ignored");
  }
  return Status::OK();
}

InputFormat FormatFromName(std::string_view path) {
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) return InputFormat::kJsonLines;
  if (EndsWith(path, ".txt")) return InputFormat::kText;
  return InputFormat::kAuto;
}

bool LooksLikeJsonLine(std::string_view first_line) {
  size_t i = first_line.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || first_line[i] != '{') return false;
  json j = json::parse(first_line.begin(), first_line.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  auto t = j.find("text");
  return t != j.end() && t->is_string();
}

bool ReadDocuments(std::FILE* f, const std::string& source, InputFormat format, const DocumentCallback& on_doc,
                   const ErrorCallback& on_error) {
  LineReader lines(f);
  std::string head;     // lines read while deciding the format, kept for a text document
  std::string pending;  // the first non-blank line, when the format was decided on it
  int pending_line = 0;
  int line_no = 0;
  std::optional<std::string_view> line;
  if (format == InputFormat::kAuto) {
    format = InputFormat::kText;
    while ((line = lines.Next())) {
      ++line_no;
      head.append(*line);
      if (IsBlank(*line)) continue;
      if (LooksLikeJsonLine(*line)) format = InputFormat::kJsonLines;
      pending.assign(*line);
      pending_line = line_no;
      break;
    }
  }
  auto read_error = [&] {
    if (std::ferror(f)) {
      on_error({source, 0, std::string("cannot read: ") + std::strerror(errno)});
      return true;
    }
    return false;
  };
  if (format == InputFormat::kText) {
    std::string text = std::move(head);
    char buf[1 << 16];
    size_t n;
    bool too_big = false;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
      if (text.size() + n > kMaxDocumentBytes) {
        too_big = true;
        break;
      }
      text.append(buf, n);
    }
    if (too_big) {
      on_error({source, 0, "larger than 4 GiB"});
      return true;
    }
    if (read_error()) return true;
    InputDocument doc;
    doc.source = source;
    doc.text = std::move(text);
    return on_doc(std::move(doc));
  }
  // JSON Lines. With kAuto the first record is in `head` (after blank lines).
  auto handle = [&](std::string_view l, int at) {
    if (IsBlank(l)) return true;
    InputDocument doc;
    doc.source = source;
    doc.line = at;
    Status st = ParseJsonLine(StripNewline(l), &doc);
    if (!st.ok()) {
      on_error({source, at, st.message()});
      return true;
    }
    return on_doc(std::move(doc));
  };
  if (pending_line > 0 && !handle(pending, pending_line)) return false;
  while ((line = lines.Next())) {
    ++line_no;
    if (!handle(*line, line_no)) return false;
  }
  read_error();
  return true;
}

Result<std::vector<std::string>> ListInputFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Status::IOError("cannot list " + dir + ": " + ec.message());
  for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
    if (ec) return Status::IOError("cannot list " + dir + ": " + ec.message());
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (FormatFromName(name) == InputFormat::kAuto) continue;
    files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

namespace {

bool ReadFilePath(const std::string& path, const DocumentCallback& on_doc, const ErrorCallback& on_error) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    on_error({path, 0, std::string("cannot open: ") + std::strerror(errno)});
    return true;
  }
  bool go_on = ReadDocuments(f, path, FormatFromName(path), on_doc, on_error);
  std::fclose(f);
  return go_on;
}

}  // namespace

bool ReadPath(const std::string& path, const DocumentCallback& on_doc, const ErrorCallback& on_error) {
  if (path == "-") return ReadDocuments(stdin, "-", InputFormat::kAuto, on_doc, on_error);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    auto files = ListInputFiles(path);
    if (!files.ok()) {
      on_error({path, 0, files.status().message()});
      return true;
    }
    if (files->empty()) on_error({path, 0, "no *.txt, *.jsonl or *.ndjson files in this directory"});
    for (const auto& f : *files)
      if (!ReadFilePath(f, on_doc, on_error)) return false;
    return true;
  }
  return ReadFilePath(path, on_doc, on_error);
}

}  // namespace marsad
