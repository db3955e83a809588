// marsad command line: parses arguments, dispatches to one subcommand, maps
// the result to an exit code. Exit codes (doc/cli.md): 0 success, 1 bad or
// unreadable input, 2 usage error.
#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"

namespace {

bool IsSubcommand(CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : app.get_subcommands({}))
    if (sub->get_name() == name) return true;
  return false;
}

std::string SubcommandNames(CLI::App& app) {
  std::string names;
  for (const CLI::App* sub : app.get_subcommands({})) names += (names.empty() ? "" : ", ") + sub->get_name();
  return names;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"marsad: conflict reports in, sourced and geolocated event records out"};
  app.require_subcommand(1);
  marsad::cli::AnalyzeOptions analyze;
  marsad::cli::AddAnalyze(app, &analyze);
  marsad::cli::EvalOptions eval;
  marsad::cli::AddEval(app, &eval);
  marsad::cli::GazetteerOptions gazetteer;
  marsad::cli::AddGazetteer(app, &gazetteer);
  marsad::cli::ExtractOptions extract;
  marsad::cli::AddExtract(app, &extract);
  // CLI11 would answer "A subcommand is required" to a misspelt command.
  if (argc > 1 && argv[1][0] != '-' && !IsSubcommand(app, argv[1])) {
    std::fprintf(stderr, "marsad: unknown command '%s' (commands: %s)\n", argv[1],
                 SubcommandNames(app).c_str());
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp& e) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    if (what.empty()) what = "invalid arguments";
    std::fprintf(stderr, "marsad: %s (see 'marsad --help')\n", what.c_str());
    return 2;
  }
  if (app.got_subcommand("analyze")) return marsad::cli::RunAnalyze(analyze);
  if (app.got_subcommand("eval")) return marsad::cli::RunEval(eval);
  if (app.got_subcommand("gazetteer")) return marsad::cli::RunGazetteer(gazetteer);
  if (app.got_subcommand("extract")) return marsad::cli::RunExtract(extract);
  std::fprintf(stderr, "marsad: no subcommand given (see 'marsad --help')\n");
  return 2;
}
