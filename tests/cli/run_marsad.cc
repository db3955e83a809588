#include "tests/cli/run_marsad.h"

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace marsad::test {

std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

RunResult RunMarsad(const std::vector<std::string>& args, const std::optional<std::string>& stdin_data,
                    const std::string& pipe_to) {
  char tmpl[] = "/tmp/marsad_cli_run.XXXXXX";
  if (!mkdtemp(tmpl)) std::abort();
  const std::string dir = tmpl;
  const std::string err = dir + "/err", status = dir + "/status", in = dir + "/in";
  if (stdin_data) std::ofstream(in, std::ios::binary) << *stdin_data;
  std::string cmd = ShellQuote(MARSAD_BINARY);
  for (const auto& a : args) cmd += " " + ShellQuote(a);
  cmd += " <" + (stdin_data ? ShellQuote(in) : std::string("/dev/null"));
  cmd += " 2>" + ShellQuote(err);
  if (!pipe_to.empty()) cmd = "{ " + cmd + "; echo $? >" + ShellQuote(status) + "; } | " + pipe_to;
  RunResult r;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    int st = pclose(p);
    if (st != -1 && WIFEXITED(st)) r.exit_code = WEXITSTATUS(st);
    if (!pipe_to.empty()) r.exit_code = std::atoi(Slurp(status).c_str());
    r.err = Slurp(err);
  }
  std::filesystem::remove_all(dir);
  return r;
}

bool IsOneLine(const std::string& s) { return s.size() > 1 && s.back() == '\n' && s.find('\n') == s.size() - 1; }

}  // namespace marsad::test
