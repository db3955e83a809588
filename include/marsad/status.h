// Status and Result<T>: how every marsad function reports failure.
//
// No exceptions cross module boundaries. A Status is OK or carries a code and a
// one-line message that starts with a stable code like "[E017]" (see doc/errors.md).
// Status is cheap to copy when OK. Thread-compatible.
#ifndef MARSAD_STATUS_H_
#define MARSAD_STATUS_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace marsad {

class [[nodiscard]] Status {
 public:
  // Do not renumber: codes map to exit codes and appear in logs.
  enum class Code { kOk = 0, kNotFound = 1, kInvalidArgument = 2, kCorruption = 3,
                    kIOError = 4, kUnavailable = 5, kInternal = 6 };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Unavailable(std::string msg) { return Status(Code::kUnavailable, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsInvalidArgument() const { return code_ == Code::kInvalidArgument; }
  bool IsCorruption() const { return code_ == Code::kCorruption; }
  bool IsIOError() const { return code_ == Code::kIOError; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? "OK" : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Holds a T or a non-OK Status; never an OK Status without a value.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result needs a value or a non-OK status");
  }
  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  // REQUIRES: ok()
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace marsad

#define MARSAD_RETURN_IF_ERROR(expr)      \
  do {                                    \
    ::marsad::Status _st = (expr);        \
    if (!_st.ok()) return _st;            \
  } while (0)

#endif  // MARSAD_STATUS_H_
