// DateReader stage: absolute dates (27 نوفمبر 2024، 27 تشرين الثاني/نوفمبر 2024،
// 2024/11/27، 27-11-2024, ISO, "November 27, 2024", Hijri month names) and
// relative ones (اليوم، أمس، أول أمس، يوم الأربعاء، الأسبوع الماضي، منذ يومين،
// فجر الأربعاء, "since Wednesday", "last Wednesday"), resolved against
// Doc::reference_time with a precision, or recognised and left unresolved.
// Word lists live in data/{ar,en}/dates.tsv. Immutable; thread-safe.
#ifndef MARSAD_TEXT_DATES_H_
#define MARSAD_TEXT_DATES_H_

#include <memory>
#include <string>

#include "marsad/pipeline.h"

namespace marsad {

class DateLexicon;  // dates.cc

class DateReader : public Stage {
 public:
  static Result<std::unique_ptr<DateReader>> Create(const std::string& data_dir);
  explicit DateReader(std::unique_ptr<const DateLexicon> lexicon);
  ~DateReader() override;
  std::string_view name() const override { return "dates"; }
  LayerSet Requires() const override { return kLayerTokens | kLayerMetadata | kLayerReferenceTime; }
  LayerSet Assigns() const override { return kLayerDates; }
  Status Run(Doc& doc) const override;

 private:
  std::unique_ptr<const DateLexicon> lexicon_;
};

}  // namespace marsad

#endif  // MARSAD_TEXT_DATES_H_
