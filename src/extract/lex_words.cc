#include "extract/lex_words.h"

#include "extract/event_lexicon.h"

namespace marsad {

Status LexWordReader::Run(Doc& doc) const {
  doc.lex_words = BuildLexWords(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  if (starts_)
    for (LexWord& w : doc.lex_words) starts_->Mark(w);
  return Status::OK();
}

}  // namespace marsad
