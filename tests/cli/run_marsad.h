// Runs the built `marsad` binary (MARSAD_BINARY) for the CLI tests.
#ifndef MARSAD_TESTS_CLI_RUN_MARSAD_H_
#define MARSAD_TESTS_CLI_RUN_MARSAD_H_

#include <optional>
#include <string>
#include <vector>

namespace marsad::test {

struct RunResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;
  std::string err;
};

// Single-quotes `s` for /bin/sh.
std::string ShellQuote(const std::string& s);

// The whole file, or "" when it cannot be read.
std::string Slurp(const std::string& path);

// Runs the binary with `args`, feeding `stdin_data` (or /dev/null) on stdin.
// `pipe_to` runs after the binary in a shell pipeline (e.g. "head -c 10");
// the exit code is then the binary's own.
RunResult RunMarsad(const std::vector<std::string>& args,
                    const std::optional<std::string>& stdin_data = std::nullopt,
                    const std::string& pipe_to = "");

// Exactly one non-empty line, newline-terminated.
bool IsOneLine(const std::string& s);

}  // namespace marsad::test

#endif  // MARSAD_TESTS_CLI_RUN_MARSAD_H_
