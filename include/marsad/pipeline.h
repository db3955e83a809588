// Pipeline: a fixed list of stages, each adding one kind of annotation to a Doc.
//
// A Stage declares the layers it Requires() and Assigns(); Pipeline::Create
// refuses a list in which a stage runs before its inputs exist. Stages are
// immutable once created, so one Pipeline may run on many Docs from many
// threads at once (each Doc on one thread).
#ifndef MARSAD_PIPELINE_H_
#define MARSAD_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/doc.h"
#include "marsad/status.h"

namespace marsad {

// Do not renumber: used as bits.
enum Layer : uint32_t {
  kLayerTokens = 1u << 0,
  kLayerSentences = 1u << 1,
  kLayerQuotes = 1u << 2,
  kLayerNumbers = 1u << 3,
  kLayerDates = 1u << 4,
  kLayerReferenceTime = 1u << 5,
  kLayerMetadata = 1u << 6,
  kLayerPlaces = 1u << 7,
  kLayerActors = 1u << 8,
  kLayerTriggers = 1u << 9,
  kLayerEvents = 1u << 10,
  kLayerLexWords = 1u << 11,
};
using LayerSet = uint32_t;

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual LayerSet Requires() const = 0;
  virtual LayerSet Assigns() const = 0;
  // Adds this stage's layers to `doc`. Fails only on internal errors; odd
  // input is handled (and noted in doc.warnings), never rejected.
  virtual Status Run(Doc& doc) const = 0;
};

class Pipeline {
 public:
  // Fails with InvalidArgument naming the first stage whose requirements are
  // not assigned by an earlier stage.
  static Result<Pipeline> Create(std::vector<std::unique_ptr<const Stage>> stages);

  // The text layer: tokenizer, metadata, sentences, quotes, numbers,
  // reference time, dates, with data read from `data_dir`. Fails with a
  // file:line message when a data file is missing or malformed.
  static Result<Pipeline> CreateTextLayer(const std::string& data_dir);

  // The text layer followed by the place recognizer (src/geo/geoparser.h),
  // with the gazetteer read from `gazetteer_path`, or from
  // `<data_dir>/geo/gazetteer.tsv` when it is empty.
  static Result<Pipeline> CreateAnalyzeLayer(const std::string& data_dir,
                                             const std::string& gazetteer_path = "");

  // The analyze layer followed by the extraction stages (src/extract/):
  // actors, triggers and events, with the lexicons of `data_dir`
  // (doc/lexicons.md). Fails with a file:line message on a malformed lexicon.
  static Result<Pipeline> CreateExtractLayer(const std::string& data_dir,
                                             const std::string& gazetteer_path = "");

  Status Run(Doc& doc) const;
  const std::vector<std::unique_ptr<const Stage>>& stages() const { return stages_; }

 private:
  std::vector<std::unique_ptr<const Stage>> stages_;
};

// The data directory to use when none is given: $MARSAD_DATA_DIR, else the
// one fixed at build time.
std::string DefaultDataDir();

}  // namespace marsad

#endif  // MARSAD_PIPELINE_H_
