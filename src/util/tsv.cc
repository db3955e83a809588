#include "util/tsv.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace marsad {

int TsvFile::Column(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return static_cast<int>(i);
  return -1;
}

std::string TsvFile::Where(const TsvRow& row) const { return path + ":" + std::to_string(row.line); }

Status TsvFile::Error(const TsvRow& row, std::string_view message) const {
  return Status::InvalidArgument("[E002] " + Where(row) + ": " + std::string(message));
}

Result<std::string> ReadFile(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IOError("[E001] cannot open " + path + ": " + std::strerror(errno));
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return Status::IOError("[E001] cannot read " + path);
  return out;
}

static std::vector<std::string> SplitTabs(std::string_view line) {
  // Sized once: grown field by field, a row's vector was reallocated (and
  // its strings moved) up to four times, for every row of every lexicon.
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                         : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

Result<TsvFile> ReadTsv(const std::string& path, std::string_view format,
                        const std::vector<std::string>& required_columns) {
  auto content = ReadFile(path);
  if (!content.ok()) return content.status();
  TsvFile file;
  file.path = path;
  std::string_view text = *content;
  int line_no = 0;
  bool have_format = false, have_header = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos
                                                                          : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    TsvRow probe{line_no, {}};
    if (!have_format) {
      // "#format <name> v<N>"
      std::istringstream in{std::string(line)};
      std::string tag, name, ver;
      in >> tag >> name >> ver;
      if (tag != "#format" || ver.size() < 2 || ver[0] != 'v')
        return file.Error(probe, "first line must be '#format " + std::string(format) + " v1'");
      if (name != format)
        return file.Error(probe, "expected format '" + std::string(format) + "', found '" + name + "'");
      file.format = name;
      file.version = std::atoi(ver.c_str() + 1);
      have_format = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    if (!have_header) {
      file.columns = SplitTabs(line);
      have_header = true;
      continue;
    }
    TsvRow row{line_no, SplitTabs(line)};
    if (row.fields.size() > file.columns.size())
      return file.Error(row, "has " + std::to_string(row.fields.size()) + " fields, header has " +
                                 std::to_string(file.columns.size()));
    row.fields.resize(file.columns.size());
    file.rows.push_back(std::move(row));
  }
  if (!have_format) return Status::InvalidArgument("[E002] " + path + ":1: empty data file");
  if (!have_header) return Status::InvalidArgument("[E002] " + path + ": no column header line");
  for (const auto& col : required_columns)
    if (file.Column(col) < 0)
      return Status::InvalidArgument("[E002] " + path + ": missing column '" + col + "'");
  return file;
}

}  // namespace marsad
