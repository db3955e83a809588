// The record of one document as `marsad extract` writes it: one JSON object
// per /work/shared/spec/RECORDS.md (doc/extract.md lists what is filled and
// how): "doc", "events", "quotes", "mentions", "warnings", with the keys of
// every object in the order RECORDS.md lists them (fields it does not list
// come after the ones it does, doc/extract.md says where).
//
// Every "span" is [begin, end) in bytes of Doc::original(), with "text" the
// original bytes it covers. Indices inside the Doc's annotations (an event's
// trigger, place, date, actors; quote speakers) that are out of range are
// treated as absent and noted in "warnings": the writer never trusts a stage
// enough to read out of bounds.
#ifndef MARSAD_EXTRACT_RECORD_JSON_H_
#define MARSAD_EXTRACT_RECORD_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

#include "marsad/doc.h"
#include "marsad/pipeline.h"

namespace marsad {

struct RecordOptions {
  nlohmann::json input_id;  // echoed as doc.input_id (null when the input had none)
};

// sha256 hex of the original bytes: the document's id and the prefix of its
// event ids ("<doc id>:<n>", n from 1 in document order).
std::string DocumentId(const Doc& doc);

// Appends the record to `out` as JSON, streamed (no document tree): one line
// when indent < 0, else indented by `indent` spaces per level. No newline at
// the end. Invalid UTF-8 in the text is written as U+FFFD.
void WriteRecord(const Doc& doc, const RecordOptions& options, std::string* out, int indent = -1);

// The same record parsed back into a tree, for callers that inspect fields
// (tests, `marsad eval events`). nlohmann::json sorts keys, so this form has
// lost the record's key order; print with WriteRecord.
nlohmann::json RecordJson(const Doc& doc, const RecordOptions& options = {});

// The pipeline whose output RecordJson describes: Pipeline::CreateExtractLayer
// when this build has it, else the analyze layer (events, actors and quote
// speakers are then empty). `have_extract_layer` says which one was built.
Result<Pipeline> CreateExtractPipeline(const std::string& data_dir, const std::string& gazetteer_path,
                                       bool* have_extract_layer = nullptr);

}  // namespace marsad

#endif  // MARSAD_EXTRACT_RECORD_JSON_H_
