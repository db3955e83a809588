#include "text/dates.h"

namespace marsad {
class DateLexicon {};
DateReader::DateReader(std::unique_ptr<const DateLexicon> lexicon) : lexicon_(std::move(lexicon)) {}
DateReader::~DateReader() = default;
Result<std::unique_ptr<DateReader>> DateReader::Create(const std::string&) {
  return std::make_unique<DateReader>(std::make_unique<const DateLexicon>());
}
Status DateReader::Run(Doc&) const { return Status::OK(); }  // STUB: not implemented yet
}  // namespace marsad
