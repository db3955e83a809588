// Fuzz target for the whole text layer: Pipeline::CreateTextLayer, then the
// JSON that `marsad analyze` prints (AnalyzeJson, dumped with
// error_handler_t::replace as the CLI does).
//
// Oracles, each a __builtin_trap() when broken:
//   - Pipeline::Run returns OK (stages handle odd input, they never reject it);
//   - every annotation span lies inside norm() and every token range inside
//     doc.tokens (ToOriginal and the JSON writer rely on both);
//   - building and dumping the JSON throws nothing.
// Inputs of odd length also get a given publication time, so relative dates
// are resolved on half the inputs and left unresolved on the other half.
// The pipeline is built once from marsad::DefaultDataDir().
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "fuzz/fuzz_util.h"
#include "marsad/doc.h"
#include "marsad/pipeline.h"
#include "text/json_output.h"

namespace {

constexpr size_t kMaxInput = 64 * 1024;
constexpr int64_t kGivenTimeMs = 1732926406000;  // 2024-11-30T00:26:46Z

void CheckSpan(const marsad::Doc& doc, marsad::Span s) {
  marsad::fuzz::Check(s.begin <= s.end && s.end <= doc.norm().size());
}

void CheckRange(const marsad::Doc& doc, marsad::TokenRange r) {
  marsad::fuzz::Check(r.begin <= r.end && r.end <= doc.tokens.size());
}

void CheckAnnotations(const marsad::Doc& doc) {
  for (const auto& t : doc.tokens) CheckSpan(doc, t.span);
  for (const auto& p : doc.paragraphs) {
    CheckSpan(doc, p.span);
    CheckRange(doc, p.tokens);
  }
  for (const auto& s : doc.sentences) {
    CheckSpan(doc, s.span);
    CheckRange(doc, s.tokens);
  }
  for (const auto& q : doc.quotes) {
    CheckSpan(doc, q.span);
    CheckSpan(doc, q.outer);
    CheckRange(doc, q.tokens);
    CheckRange(doc, q.intro);
  }
  for (const auto& n : doc.numbers) {
    CheckSpan(doc, n.span);
    CheckSpan(doc, n.unit_span);
    CheckRange(doc, n.tokens);
  }
  for (const auto& d : doc.dates) {
    CheckSpan(doc, d.span);
    CheckRange(doc, d.tokens);
  }
  for (const auto& m : doc.metadata) CheckSpan(doc, m.span);
  if (doc.reference_time) CheckSpan(doc, doc.reference_time->source);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  const marsad::Pipeline& pipeline = marsad::fuzz::TextLayer("analyze_fuzzer");
  marsad::Doc doc(std::string(reinterpret_cast<const char*>(data), size));
  if (size % 2 == 1) {
    marsad::ReferenceTime given;
    given.unix_ms = kGivenTimeMs;
    given.precision = marsad::DatePrecision::kSecond;
    given.basis = marsad::ReferenceTime::Basis::kGiven;
    doc.given_time = given;
  }
  marsad::fuzz::Check(pipeline.Run(doc).ok());
  CheckAnnotations(doc);
  try {
    std::string out = marsad::AnalyzeJson(doc).dump(-1, ' ', false,
                                                    nlohmann::json::error_handler_t::replace);
    marsad::fuzz::Check(!out.empty());
  } catch (const std::exception&) {
    marsad::fuzz::Check(false);
  }
  return 0;
}
