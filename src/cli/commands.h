// One entry per subcommand: its options struct, the function that declares
// its flags on the CLI11 app, and the function that runs it and returns the
// process exit code (0 ok, 1 bad input, 2 usage).
#ifndef MARSAD_CLI_COMMANDS_H_
#define MARSAD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <string>

namespace marsad::cli {

struct AnalyzeOptions {
  std::string input = "-";        // FILE or - for stdin
  std::string data_dir;           // Default: $MARSAD_DATA_DIR or the build-time data dir
  std::string published;          // ISO time given from outside
  std::string url;                // source URL given from outside
  bool pretty = false;            // indent the JSON
};

void AddAnalyze(CLI::App& app, AnalyzeOptions* opts);
int RunAnalyze(const AnalyzeOptions& opts);

// Reads FILE, or stdin for "-". On failure prints one line to stderr and
// returns false.
bool ReadInput(const std::string& path, std::string* out);

}  // namespace marsad::cli

#endif  // MARSAD_CLI_COMMANDS_H_
