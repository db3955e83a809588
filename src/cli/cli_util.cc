// Argument checks shared by the subcommands.
#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"

namespace marsad::cli {

bool RefuseTerminalStdin(const CLI::Option* input, const char* message) {
  // Never block guessing that a terminal has data: stdin is read when it is a
  // pipe or a file, or when asked for with '-'.
  if ((input && input->count() > 0) || !isatty(STDIN_FILENO)) return false;
  std::fprintf(stderr, "marsad: %s\n", message);
  return true;
}

bool ParsePublished(const std::string& value, const CLI::Option* option, std::optional<ReferenceTime>* out) {
  if (value.empty() && !(option && option->count() > 0)) return true;  // not given
  *out = ParseIsoTime(value);
  if (*out) return true;
  std::fprintf(stderr, "marsad: --published '%s' is not an ISO 8601 time\n", value.c_str());
  return false;
}

}  // namespace marsad::cli
