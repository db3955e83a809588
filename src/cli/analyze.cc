#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "cli/commands.h"
#include "marsad/doc.h"
#include "marsad/pipeline.h"
#include "text/json_output.h"
#include "text/reference_time.h"

namespace marsad::cli {

void AddAnalyze(CLI::App& app, AnalyzeOptions* opts) {
  CLI::App* cmd = app.add_subcommand(
      "analyze", "Run the text layer and the place recognizer on one document and print its tokens, "
                 "sentences, quotes, numbers, dates and places as JSON (spans are byte offsets into the input)");
  opts->input_opt = cmd->add_option("input", opts->input, "Input file, or - for standard input");
  cmd->add_option("--data-dir", opts->data_dir, "Linguistic data directory (default: $MARSAD_DATA_DIR or the built-in one)");
  opts->published_opt = cmd->add_option("--published", opts->published,
                  "Publication time, ISO 8601 (2024-11-30T00:16:46Z); relative dates resolve against it");
  cmd->add_option("--url", opts->url, "Source URL (an X status URL also gives the publication time)");
  cmd->add_flag("--pretty", opts->pretty, "Indent the JSON output");
  cmd->add_option("--gazetteer", opts->gazetteer,
                  "Gazetteer file for the places stage (default: <data-dir>/geo/gazetteer.tsv; without it "
                  "and without that file, places are skipped)");
}

bool ReadInput(const std::string& path, std::string* out) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    std::fprintf(stderr, "marsad: cannot open %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  bool failed = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (failed) {
    std::fprintf(stderr, "marsad: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  return true;
}

int RunAnalyze(const AnalyzeOptions& opts) {
  if (RefuseTerminalStdin(opts.input_opt, "analyze needs a FILE, or - to read standard input")) return 2;
  std::optional<ReferenceTime> given;
  if (!ParsePublished(opts.published, opts.published_opt, &given)) return 2;
  const std::string data_dir = opts.data_dir.empty() ? DefaultDataDir() : opts.data_dir;
  // Places need a gazetteer; a checkout that has not built one still gets the text layer.
  bool have_gazetteer = !opts.gazetteer.empty();
  if (!have_gazetteer) {
    if (std::FILE* g = std::fopen((data_dir + "/geo/gazetteer.tsv").c_str(), "rb")) {
      have_gazetteer = true;
      std::fclose(g);
    }
  }
  auto pipeline = have_gazetteer ? Pipeline::CreateAnalyzeLayer(data_dir, opts.gazetteer)
                                 : Pipeline::CreateTextLayer(data_dir);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "marsad: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  if (!have_gazetteer)
    std::fprintf(stderr, "marsad: no gazetteer at %s/geo/gazetteer.tsv: places skipped\n", data_dir.c_str());
  std::string bytes;
  if (!ReadInput(opts.input, &bytes)) return 1;
  if (bytes.size() > 0xFFFFFFF0u) {
    std::fprintf(stderr, "marsad: %s is larger than 4 GiB\n", opts.input.c_str());
    return 1;
  }
  Doc doc(std::move(bytes));
  doc.given_time = given;
  doc.given_url = opts.url;
  Status st = pipeline->Run(doc);
  if (!st.ok()) {
    std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
    return 1;
  }
  std::string out = AnalyzeJson(doc).dump(opts.pretty ? 2 : -1, ' ', false,
                                          nlohmann::json::error_handler_t::replace);
  out.push_back('\n');
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
    if (errno == EPIPE) return 0;
    std::fprintf(stderr, "marsad: cannot write output: %s\n", std::strerror(errno));
    return 1;
  }
  return 0;
}

}  // namespace marsad::cli
