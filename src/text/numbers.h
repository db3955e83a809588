// NumberReader stage: cardinal numbers and quantities in Arabic and English.
// Digits in all three scripts with separators, number words, approximations
// (حوالي، نحو، about), bounds (أكثر من، at least, أقل من), vague quantities
// (العشرات، المئات، dozens, hundreds), percentages, and the counted noun.
// Word lists live in data/{ar,en}/numbers.tsv (format and behaviour in
// doc/numbers.md). Immutable after Create(); Run() is thread-safe.
//
// Contract of Run():
//   - doc.numbers is replaced by the mentions found, sorted by position and
//     non-overlapping. `span` runs from the first modifier (approximation or
//     bound word) to the end of the figure, including a percent sign or word
//     and a trailing تقريبا / "at least"; it never includes the counted noun,
//     which is `unit_span` (a stem piece: no article, no possessive ending).
//   - Exact figures set `value`; approximations set `value` and `approx`;
//     bounds set `low` or `high` (exclusive bounds of whole figures move by
//     one: "أكثر من 300" -> low 301) and clear `value`; vague quantities set
//     `low`, `high` and `vague`.
//   - Figures that belong to dates, times, years ("عام 2016", "in 2016",
//     "27 نوفمبر"), dotted/slashed/dashed date patterns and metadata spans are
//     not mentions.
//   - Linear in the number of tokens; a token that is not a number or number
//     word costs a few table probes and no allocation.
#ifndef MARSAD_TEXT_NUMBERS_H_
#define MARSAD_TEXT_NUMBERS_H_

#include <memory>
#include <string>

#include "marsad/pipeline.h"

namespace marsad {

class NumberLexicon;  // numbers.cc

class NumberReader : public Stage {
 public:
  // Reads data/ar/numbers.tsv and data/en/numbers.tsv under `data_dir`.
  // Fails with "[E002] path:line: ..." on a malformed row.
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
