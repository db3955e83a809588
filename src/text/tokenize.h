// Tokenizer stage: splits norm() into words, numbers, punctuation, symbols and
// URLs, then Arabic words into clitic pieces (clitics.h). Tokens tile the
// non-space bytes of norm(): every byte that is not whitespace belongs to
// exactly one token. Also guesses Doc::lang from letter counts.
//
// Immutable after Create(); Run() is thread-safe. Linear in the text.
#ifndef MARSAD_TEXT_TOKENIZE_H_
#define MARSAD_TEXT_TOKENIZE_H_

#include <memory>
#include <string>

#include "marsad/pipeline.h"
#include "text/clitics.h"

namespace marsad {

class Tokenizer : public Stage {
 public:
  static Result<std::unique_ptr<Tokenizer>> Create(const std::string& data_dir);
  explicit Tokenizer(std::shared_ptr<CliticSegmenter> segmenter) : segmenter_(std::move(segmenter)) {}

  std::string_view name() const override { return "tokenizer"; }
  LayerSet Requires() const override { return 0; }
  LayerSet Assigns() const override { return kLayerTokens; }
  Status Run(Doc& doc) const override;

  const CliticSegmenter& segmenter() const { return *segmenter_; }
  // For a later stage that reads the same clitic grammar (EventLexicon), so
  // the TSVs are read once. Share it only once the Add* calls below are done.
  std::shared_ptr<const CliticSegmenter> shared_segmenter() const { return segmenter_; }
  // Adds known words to the segmenter (names a later stage knows: the
  // gazetteer's). Not thread-safe: call before Run().
  void AddKnownWord(std::string_view w) { segmenter_->AddKnownWord(w); }
  // Adds a place stem (CliticSegmenter::AddPlaceStem). Not thread-safe either.
  void AddPlaceStem(std::string_view w) { segmenter_->AddPlaceStem(w); }
  void AddNameWord(std::string_view w) { segmenter_->AddNameWord(w); }

 private:
  std::shared_ptr<CliticSegmenter> segmenter_;
};

}  // namespace marsad

#endif  // MARSAD_TEXT_TOKENIZE_H_
