// Doc: one document, its original bytes, a normalised view and every annotation.
//
// Start here. A Doc owns the bytes exactly as received (original()), never
// modified, and a normalised copy (norm()) used for all matching, with a map
// from every normalised byte back to an original byte. Pipeline stages
// (pipeline.h) add annotations in one direction: tokens, then sentences and
// quotes, numbers, dates... Each annotation is a Span in norm() bytes plus
// token indices; ToOriginal() converts a span to original() bytes for output.
//
// What normalisation does (doc/normalization.md has the full table):
//   BOM and U+FEFF dropped; CRLF and lone CR -> LF; NUL and other C0 controls
//   -> space; invalid UTF-8 -> U+FFFD per bad byte (counted in warnings);
//   bidi and zero-width marks dropped; tatweel and Arabic diacritics dropped;
//   presentation forms (U+FB50-FDFF, U+FE70-FEFC) -> base letters (NFKC);
//   alef variants -> ا, ى/ی -> ي, ة -> ه, ؤ -> و, ئ -> ي, ک -> ك, ە -> ه;
//   Arabic-Indic and Persian digits -> 0-9, ٪ -> %; Latin letters lower-cased;
//   exotic spaces -> space. ٫ and ٬ are kept for the number reader.
//
// Thread-safety: a Doc is not synchronised; one thread at a time may run stages
// on it. Distinct Docs are independent.
#ifndef MARSAD_DOC_H_
#define MARSAD_DOC_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/annotations.h"
#include "marsad/span.h"

namespace marsad {

class Doc {
 public:
  // Copies `bytes` as the original text and builds the normalised view.
  // Never fails: every byte sequence has a defined normalisation.
  explicit Doc(std::string bytes);

  Doc(const Doc&) = delete;
  Doc& operator=(const Doc&) = delete;
  Doc(Doc&&) = default;
  Doc& operator=(Doc&&) = default;

  const std::string& original() const { return original_; }
  const std::string& norm() const { return norm_; }
  std::string_view norm(Span s) const { return std::string_view(norm_).substr(s.begin, s.size()); }

  // Maps a span of norm() to original() bytes. The result covers every original
  // byte that produced the span's normalised bytes, plus any dropped marks
  // (diacritics, tatweel, zero-width) that sit inside or right after it.
  // REQUIRES: s.begin <= s.end <= norm().size()
  Span ToOriginal(Span s) const;
  std::string_view OriginalText(Span norm_span) const;

  // The byte of original() that norm byte `i` came from; i == norm().size() maps
  // to original().size().
  uint32_t OriginalOffset(uint32_t norm_offset) const { return norm_to_orig_[norm_offset]; }

  // Set by the normaliser.
  uint32_t invalid_utf8_bytes() const { return invalid_utf8_bytes_; }
  uint32_t nul_bytes() const { return nul_bytes_; }
  bool had_bom() const { return had_bom_; }

  // Language guess from letter counts: "ar", "en" or "und". Set by the tokenizer.
  std::string lang;

  // Annotations. Each vector is written by one stage (see pipeline.h) and
  // sorted by position. Views into these are valid while the Doc is alive and
  // the stage that owns them does not run again.
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  std::vector<Quote> quotes;
  std::vector<NumberMention> numbers;
  std::vector<DateMention> dates;
  std::vector<PlaceMention> places;
  std::vector<ActorMention> actors;
  // The words of the whole document with their lexicon keys, built once for
  // the extraction stages that all look phrases up in them.
  std::vector<LexWord> lex_words;
  std::vector<TriggerMention> triggers;
  std::vector<Event> events;
  // Speakers of doc.quotes, by quote index: an index into actors, or -1.
  std::vector<int32_t> quote_speakers;
  std::optional<ReferenceTime> reference_time;
  std::vector<Metadata> metadata;  // header lines and trailing source URLs
  std::vector<std::string> warnings;

  // Metadata that callers know from outside the text (a feed, an API).
  // The reference-time stage prefers it over anything read from the text.
  std::optional<ReferenceTime> given_time;
  std::string given_url;

  std::string_view TokenText(uint32_t i) const { return norm(tokens[i].span); }
  Span SpanOf(TokenRange r) const {
    if (r.empty()) return Span{};
    return Span{tokens[r.begin].span.begin, tokens[r.end - 1].span.end};
  }

 private:
  std::string original_;
  std::string norm_;
  std::vector<uint32_t> norm_to_orig_;  // size norm_.size() + 1
  uint32_t invalid_utf8_bytes_ = 0;
  uint32_t nul_bytes_ = 0;
  bool had_bom_ = false;
};

}  // namespace marsad

#endif  // MARSAD_DOC_H_
