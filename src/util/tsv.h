// Reader for marsad's linguistic data files (doc/data-formats.md).
//
// A data file is UTF-8 text. Line 1 is "#format <name> v<N>"; the next
// non-comment line names the tab-separated columns; every later line is a row.
// Blank lines and lines starting with '#' are comments. Every error names
// "path:line".
#ifndef MARSAD_UTIL_TSV_H_
#define MARSAD_UTIL_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "marsad/status.h"

namespace marsad {

struct TsvRow {
  int line = 0;
  std::vector<std::string> fields;  // one per column; missing trailing fields are ""
};

struct TsvFile {
  std::string path;
  std::string format;
  int version = 0;
  std::vector<std::string> columns;
  std::vector<TsvRow> rows;

  // Index of column `name`, or -1.
  int Column(std::string_view name) const;
  // "path:line" for error messages.
  std::string Where(const TsvRow& row) const;
  // An InvalidArgument status "[E002] path:line: message".
  Status Error(const TsvRow& row, std::string_view message) const;
};

// Reads `path`, checks the format name and that each of `required_columns`
// exists. Rows with more fields than columns are an error.
Result<TsvFile> ReadTsv(const std::string& path, std::string_view format,
                        const std::vector<std::string>& required_columns);

// Reads a whole file into memory.
Result<std::string> ReadFile(const std::string& path);

}  // namespace marsad

#endif  // MARSAD_UTIL_TSV_H_
