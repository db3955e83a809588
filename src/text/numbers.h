// NumberReader stage: cardinal numbers and quantities in Arabic and English.
// Digits in all three scripts with separators, number words, approximations
// (حوالي، نحو، about), bounds (أكثر من، at least, أقل من), vague quantities
// (العشرات، المئات، dozens, hundreds), percentages, and the counted noun.
// Word lists live in data/{ar,en}/numbers.tsv. Immutable; thread-safe.
#ifndef MARSAD_TEXT_NUMBERS_H_
#define MARSAD_TEXT_NUMBERS_H_

#include <memory>
#include <string>

#include "marsad/pipeline.h"

namespace marsad {

class NumberLexicon;  // numbers.cc

class NumberReader : public Stage {
 public:
  static Result<std::unique_ptr<NumberReader>> Create(const std::string& data_dir);
  explicit NumberReader(std::unique_ptr<const NumberLexicon> lexicon);
  ~NumberReader() override;
  std::string_view name() const override { return "numbers"; }
  LayerSet Requires() const override { return kLayerTokens | kLayerMetadata; }
  LayerSet Assigns() const override { return kLayerNumbers; }
  Status Run(Doc& doc) const override;

 private:
  std::unique_ptr<const NumberLexicon> lexicon_;
};

}  // namespace marsad

#endif  // MARSAD_TEXT_NUMBERS_H_
