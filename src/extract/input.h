// Document readers for `marsad extract`: plain text files, JSON Lines files,
// directories of both, and standard input.
//
// Formats (doc/extract.md):
//   - plain text: the whole file is one document. The text layer itself reads
//     an optional leading "date …" header and a trailing source URL.
//   - JSON Lines: one object per line, {"id", "text", "url", "published", …};
//     "text" (a string) is required, the rest optional, unknown keys ignored.
//     "published" is ISO 8601 (ParseIsoTime); "id" (string or number) is
//     echoed as doc.input_id. Blank lines are skipped.
// A file is JSON Lines when its name ends in .jsonl or .ndjson, plain text
// when it ends in .txt, and otherwise (stdin, other names) JSON Lines when its
// first non-blank line is a JSON object with a string "text", else plain text.
// A directory contributes every *.txt, *.jsonl and *.ndjson file below it,
// recursively, in byte order of the path; names starting with '.' are skipped.
//
// Errors are per document: a line that is not JSON or lacks "text" is
// reported through the error callback with its file and 1-based line, and
// reading goes on. Text is never rejected for its bytes: invalid UTF-8 is
// normalised by Doc.
#ifndef MARSAD_EXTRACT_INPUT_H_
#define MARSAD_EXTRACT_INPUT_H_

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/annotations.h"
#include "marsad/status.h"

namespace marsad {

struct InputDocument {
  std::string source;       // file path, or "-" for standard input
  int line = 0;             // 1-based line of a JSON Lines record; 0 for a whole file
  std::string text;
  nlohmann::json input_id;  // the record's "id" as given, or null
  std::string url;          // "url", or ""
  std::optional<ReferenceTime> published;  // "published", parsed; basis kGiven
  // Problems that did not stop the document (an unparsable "published").
  std::vector<std::string> warnings;
};

struct InputError {
  std::string source;
  int line = 0;  // 0 when the whole file failed
  std::string message;
  // "in.jsonl:17: message", or "in.jsonl: message".
  std::string ToString() const;
};

enum class InputFormat { kAuto, kText, kJsonLines };

// Returns false from the callback to stop reading (e.g. the output is gone).
using DocumentCallback = std::function<bool(InputDocument&&)>;
using ErrorCallback = std::function<void(const InputError&)>;

// Parses one JSON Lines record. On failure returns InvalidArgument with a
// message that names no location (the caller adds file:line).
Status ParseJsonLine(std::string_view line, InputDocument* doc);

// ParseJsonLine's quick reading of the usual record: an object whose values
// are strings (escapes other than \u), integers of up to 18 digits or null,
// in valid UTF-8. Sets *out to what nlohmann::json::parse gives and returns
// true, or returns false and leaves every other line (other numbers, nesting,
// \u escapes, errors) to it.
bool ParseFlatJsonObject(std::string_view line, nlohmann::json* out);

// The format a file name implies: kJsonLines, kText, or kAuto when the
// extension says nothing.
InputFormat FormatFromName(std::string_view path);

// True when `first_line` (the first non-blank line) is a JSON object with a
// string "text": the content test for kAuto.
bool LooksLikeJsonLine(std::string_view first_line);

// Reads every document from `f` (named `source` in messages) in `format`.
// Returns false when the callback asked to stop, true otherwise; read errors
// go to `on_error`.
bool ReadDocuments(std::FILE* f, const std::string& source, InputFormat format,
                   const DocumentCallback& on_doc, const ErrorCallback& on_error);

// The input files under `dir`, in the order documented above. IOError when
// the directory cannot be listed.
Result<std::vector<std::string>> ListInputFiles(const std::string& dir);

// Reads a path: "-" for standard input, a directory, or a file. A file that
// cannot be opened is one error and reading goes on with the next.
// Returns false when the callback asked to stop.
bool ReadPath(const std::string& path, const DocumentCallback& on_doc, const ErrorCallback& on_error);

}  // namespace marsad

#endif  // MARSAD_EXTRACT_INPUT_H_
