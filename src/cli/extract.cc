// `marsad extract [FILE|DIR|-]`: event records, one JSON line per document
// (doc/extract.md). Per-document problems are reported on stderr as
// "marsad: FILE:LINE: message" and the other documents still come out; the
// exit code is 1 at the end if there was any, 0 otherwise, 2 for usage.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

#include "cli/commands.h"
#include "extract/input.h"
#include "extract/record_json.h"
#include "marsad/doc.h"
#include "marsad/pipeline.h"
#include "text/reference_time.h"

namespace marsad::cli {

void AddExtract(CLI::App& app, ExtractOptions* opts) {
  CLI::App* cmd = app.add_subcommand(
      "extract", "Extract event records (RECORDS.md): one JSON line per document from a text file, a JSON Lines "
                 "file ({\"id\",\"text\",\"url\",\"published\"} per line), a directory of *.txt/*.jsonl files "
                 "(recursive, in path order) or - for standard input");
  opts->input_opt = cmd->add_option("input", opts->input, "Input file, directory, or - for standard input");
  cmd->add_option("--data-dir", opts->data_dir, "Linguistic data directory (default: $MARSAD_DATA_DIR or the built-in one)");
  cmd->add_option("--gazetteer", opts->gazetteer, "Gazetteer file (default: <data-dir>/geo/gazetteer.tsv)");
  opts->published_opt = cmd->add_option(
      "--published", opts->published,
      "Publication time, ISO 8601, for documents that give none (a JSON Lines \"published\" wins)");
  cmd->add_option("--url", opts->url, "Source URL for documents that give none (a JSON Lines \"url\" wins)");
  cmd->add_flag("--pretty", opts->pretty, "Indent the JSON (no longer one line per document)");
  cmd->add_flag("--quiet", opts->quiet, "No progress lines on a terminal");
}

int RunExtract(const ExtractOptions& opts) {
  if (RefuseTerminalStdin(opts.input_opt, "extract needs a FILE or DIR, or - to read standard input")) return 2;
  std::optional<ReferenceTime> given;
  if (!ParsePublished(opts.published, opts.published_opt, &given)) return 2;
  const std::string data_dir = opts.data_dir.empty() ? DefaultDataDir() : opts.data_dir;
  // The pipeline lives until the process ends: freeing its gazetteer and
  // lexicons block by block (about 30M instructions, 2% of a 1 MB run) only
  // hands memory back to a process about to exit. A static holds it, so leak
  // checkers see it reachable; a second call in one process frees the first's.
  static Result<Pipeline>* kept = nullptr;
  delete kept;
  kept = new Result<Pipeline>(CreateExtractPipeline(data_dir, opts.gazetteer));
  Result<Pipeline>& pipeline = *kept;
  if (!pipeline.ok()) {
    std::fprintf(stderr, "marsad: %s\n", pipeline.status().message().c_str());
    return 1;
  }

  using Clock = std::chrono::steady_clock;
  const bool progress = !opts.quiet && isatty(STDERR_FILENO);
  const auto start = Clock::now();
  auto last_report = start;
  long long done = 0;
  bool failed = false;
  bool output_gone = false;
  int exit_code = 0;
  std::string out;  // one record; reused so its buffer is allocated once

  auto on_error = [&](const InputError& e) {
    std::fprintf(stderr, "marsad: %s\n", e.ToString().c_str());
    failed = true;
  };
  auto on_doc = [&](InputDocument&& in) -> bool {
    Doc doc(std::move(in.text));
    doc.given_time = in.published ? in.published : given;
    doc.given_url = !in.url.empty() ? in.url : opts.url;
    Status st = pipeline->Run(doc);
    if (!st.ok()) {
      on_error({in.source, in.line, st.message()});
      return true;
    }
    for (auto& w : in.warnings) doc.warnings.push_back(std::move(w));
    RecordOptions ro;
    ro.input_id = std::move(in.input_id);
    out.clear();
    WriteRecord(doc, ro, &out, opts.pretty ? 2 : -1);
    out.push_back('\n');
    // Flushed per document so an interrupted run loses nothing already done.
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
      if (errno != EPIPE) {
        std::fprintf(stderr, "marsad: cannot write output: %s\n", std::strerror(errno));
        exit_code = 1;
      }
      output_gone = true;
      return false;
    }
    ++done;
    if (progress) {
      auto now = Clock::now();
      if (now - last_report >= std::chrono::seconds(2)) {
        double secs = std::chrono::duration<double>(now - start).count();
        std::fprintf(stderr, "marsad: extract: %lld documents, %.1f docs/s\n", done, done / secs);
        last_report = now;
      }
    }
    return true;
  };
  ReadPath(opts.input, on_doc, on_error);
  if (output_gone) return exit_code;  // a closed pipe (head, less) is not an error
  return failed ? 1 : 0;
}

}  // namespace marsad::cli
