// One entry per subcommand: its options struct, the function that declares
// its flags on the CLI11 app, and the function that runs it and returns the
// process exit code (0 ok, 1 bad input, 2 usage).
#ifndef MARSAD_CLI_COMMANDS_H_
#define MARSAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "marsad/annotations.h"
#include "text/reference_time.h"

namespace marsad::cli {

struct AnalyzeOptions {
  std::string input = "-";        // FILE or - for stdin
  std::string data_dir;           // Default: $MARSAD_DATA_DIR or the build-time data dir
  std::string published;          // ISO time given from outside
  std::string url;                // source URL given from outside
  bool pretty = false;            // indent the JSON
  std::string gazetteer;          // gazetteer file; default <data_dir>/geo/gazetteer.tsv
  const CLI::Option* input_opt = nullptr;      // to tell "not given" from "given empty"
  const CLI::Option* published_opt = nullptr;
};

void AddAnalyze(CLI::App& app, AnalyzeOptions* opts);
int RunAnalyze(const AnalyzeOptions& opts);

struct GazetteerOptions {
  std::vector<std::string> files;   // import: inputs, in order
  std::string out;                  // import: output gazetteer
  bool empty = false;               // import: start empty, not from the embedded gazetteer
  std::vector<std::string> names;   // lookup: names as written
  int limit = 20;                   // lookup: most candidates per name
  std::string gazetteer;            // default <data_dir>/geo/gazetteer.tsv
  std::string data_dir;
  CLI::App* import_cmd = nullptr;
  CLI::App* lookup_cmd = nullptr;
  CLI::App* stats_cmd = nullptr;
};

void AddGazetteer(CLI::App& app, GazetteerOptions* opts);
int RunGazetteer(const GazetteerOptions& opts);

// `marsad eval ner FILE` / `marsad eval geo DIR` / `marsad eval events DIR` (src/cli/eval.cc).
struct EvalOptions {
  std::string what;       // ner | geo | events
  std::string path;
  std::string data_dir;
  std::string gazetteer;
  int show_errors = 0;    // print this many misses and false alarms
  bool json = false;      // figures as JSON
};
void AddEval(CLI::App& app, EvalOptions* opts);
int RunEval(const EvalOptions& opts);

// `marsad extract [FILE|DIR|-]` (src/cli/extract.cc, doc/extract.md).
struct ExtractOptions {
  std::string input = "-";
  std::string data_dir;
  std::string gazetteer;
  std::string published;   // for documents that give none
  std::string url;
  bool pretty = false;
  bool quiet = false;      // no progress lines
  const CLI::Option* input_opt = nullptr;
  const CLI::Option* published_opt = nullptr;
};
void AddExtract(CLI::App& app, ExtractOptions* opts);
int RunExtract(const ExtractOptions& opts);

// True (after one line on stderr) when no input argument was given and
// stdin is a terminal: the caller exits 2.
bool RefuseTerminalStdin(const CLI::Option* input, const char* message);

// Parses --published when it was given (an empty value counts as given);
// false after one line on stderr when it is not an ISO 8601 time.
bool ParsePublished(const std::string& value, const CLI::Option* option, std::optional<ReferenceTime>* out);

// Reads FILE, or stdin for "-". On failure prints one line to stderr and
// returns false.
bool ReadInput(const std::string& path, std::string* out);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_COMMANDS_H_
