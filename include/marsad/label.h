// Label: a std::string holding a closed-vocabulary value (an event type, a cue
// type, a voice, a status) that the code tests against string literals.
#ifndef MARSAD_LABEL_H_
#define MARSAD_LABEL_H_

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace marsad {

// The pipeline asks `type == "casualty"` of every cue, trigger and event many
// times per document. libstdc++'s string == const char* measures the literal
// and calls compare; here the literal's length is known at compile time, so a
// label of another length is told apart without touching its bytes. In all
// else it is a std::string.
class Label : public std::string {
 public:
  using std::string::string;
  using std::string::operator=;
  Label() = default;
  Label(const std::string& s) : std::string(s) {}
  Label(std::string&& s) : std::string(std::move(s)) {}

  template <size_t N>
  bool operator==(const char (&literal)[N]) const {
    return size() == N - 1 && std::memcmp(data(), literal, N - 1) == 0;
  }
};

}  // namespace marsad

#endif  // MARSAD_LABEL_H_
