#include "text/numbers.h"

namespace marsad {
class NumberLexicon {};
NumberReader::NumberReader(std::unique_ptr<const NumberLexicon> lexicon) : lexicon_(std::move(lexicon)) {}
NumberReader::~NumberReader() = default;
Result<std::unique_ptr<NumberReader>> NumberReader::Create(const std::string&) {
  return std::make_unique<NumberReader>(std::make_unique<const NumberLexicon>());
}
Status NumberReader::Run(Doc&) const { return Status::OK(); }  // STUB: not implemented yet
}  // namespace marsad
