// Fuzz target for `marsad extract`: the document reader (JSON Lines or plain
// text, detected from the content as for standard input) and the record
// JSON, on the extract pipeline (CreateExtractPipeline: the extraction
// stages when the build has them).
//
// Oracles, each a __builtin_trap() when broken:
//   - Pipeline::Run returns OK;
//   - building and dumping the record throws nothing, and the dump parses back;
//   - every "span" anywhere in the record lies inside the document's text,
//     and its "text" (when a string) is exactly those bytes;
//   - event ids start with the doc id.
// Inputs over 64 KiB are skipped. The pipeline is built once from
// marsad::DefaultDataDir() and its gazetteer.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "extract/input.h"
#include "extract/record_json.h"
#include "marsad/doc.h"
#include "marsad/pipeline.h"
#include "util/json_writer.h"

namespace {

constexpr size_t kMaxInput = 64 * 1024;

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

const marsad::Pipeline& ExtractPipeline() {
  static const marsad::Pipeline* pipeline = [] {
    auto r = marsad::CreateExtractPipeline(marsad::DefaultDataDir(), "");
    if (!r.ok()) {
      std::fprintf(stderr, "extract_fuzzer: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new marsad::Pipeline(std::move(r).value());
  }();
  return *pipeline;
}

void CheckSpans(const nlohmann::json& j, const std::string& text) {
  if (j.is_object()) {
    auto s = j.find("span");
    if (s != j.end() && !s->is_null()) {
      Check(s->is_array() && s->size() == 2 && (*s)[0].is_number_unsigned() && (*s)[1].is_number_unsigned());
      uint64_t b = (*s)[0].get<uint64_t>(), e = (*s)[1].get<uint64_t>();
      Check(b <= e && e <= text.size());
      // The text is the bytes of the span, as the writer writes any string
      // (invalid UTF-8 as U+FFFD: JSON holds no other).
      auto t = j.find("text");
      if (t != j.end() && t->is_string()) {
        std::string encoded;
        marsad::AppendJsonString(&encoded, std::string_view(text).substr(b, e - b));
        Check(nlohmann::json::parse(encoded).get<std::string>() == t->get_ref<const std::string&>());
      }
    }
    for (const auto& [k, v] : j.items()) CheckSpans(v, text);
  } else if (j.is_array()) {
    for (const auto& v : j) CheckSpans(v, text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  const marsad::Pipeline& pipeline = ExtractPipeline();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  std::FILE* f = size == 0 ? std::tmpfile() : fmemopen(bytes.data(), bytes.size(), "rb");
  if (!f) return 0;
  auto on_doc = [&](marsad::InputDocument&& in) {
    marsad::Doc doc(in.text);
    doc.given_time = in.published;
    doc.given_url = in.url;
    Check(pipeline.Run(doc).ok());
    try {
      marsad::RecordOptions ro;
      ro.input_id = in.input_id;
      nlohmann::json r = marsad::RecordJson(doc, ro);
      CheckSpans(r, in.text);
      const std::string id = r["doc"]["id"].get<std::string>();
      for (const auto& e : r["events"]) Check(e["id"].get<std::string>().rfind(id + ":", 0) == 0);
      std::string out = r.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      Check(!nlohmann::json::parse(out, nullptr, false).is_discarded());
    } catch (const std::exception&) {
      Check(false);
    }
    return true;
  };
  marsad::ReadDocuments(f, "fuzz", marsad::InputFormat::kAuto, on_doc, [](const marsad::InputError& e) {
    Check(!e.message.empty());
  });
  std::fclose(f);
  return 0;
}
