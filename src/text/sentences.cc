#include "text/sentences.h"
namespace marsad {
Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const std::string&) {
  return std::make_unique<SentenceSplitter>();
}
Status SentenceSplitter::Run(Doc&) const { return Status::OK(); }  // STUB
}  // namespace marsad
