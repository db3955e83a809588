#include "extract/indirect_speech.h"

#include <algorithm>
#include <span>

#include "text/quotes.h"

namespace marsad {
namespace {

bool HasCue(const EventLexicon& lex, const std::vector<int32_t>* ids, std::string_view type, std::string_view scope) {
  if (!ids) return false;
  return std::any_of(ids->begin(), ids->end(), [&](int32_t id) {
    return lex.cues[id].type == type && (scope.empty() || lex.cues[id].scope == scope);
  });
}

// The word of `words` whose tokens start at token t, or -1.
int WordAt(std::span<const LexWord> words, uint32_t t) {
  auto it = std::lower_bound(words.begin(), words.end(), t, [](const LexWord& w, uint32_t x) { return w.first < x; });
  return it != words.end() && it->first == t ? static_cast<int>(it - words.begin()) : -1;
}

// The words of tokens [begin, end): a slice of doc.lex_words when both edges
// fall between words (the same words, not built again), else built afresh
// into *cut, since an edge inside a word leaves a shorter word of its own.
std::span<const LexWord> WindowWords(const Doc& doc, uint32_t begin, uint32_t end, std::vector<LexWord>* cut) {
  const std::span<const LexWord> all = doc.lex_words;
  const int b = WordAt(all, begin);
  const int e = end == doc.tokens.size() ? static_cast<int>(all.size()) : WordAt(all, end);
  if (b >= 0 && e >= b) return all.subspan(static_cast<size_t>(b), static_cast<size_t>(e - b));
  *cut = BuildLexWords(doc, begin, end);
  return *cut;
}

}  // namespace

Status IndirectSpeechFinder::Run(Doc& doc) const {
  const EventLexicon& lex = *lex_;
  doc.quote_speakers.resize(doc.quotes.size(), -1);
  if (doc.actors.empty()) return Status::OK();
  auto in_quote = [&](uint32_t t) {
    return std::any_of(doc.quotes.begin(), doc.quotes.end(),
                       [&](const Quote& q) { return !q.indirect && q.tokens.begin <= t && t < q.tokens.end; });
  };
  // Only the words around a speaker are read: the speech verb stands right
  // before it (قال الجيش) or right after it (the army said).
  uint32_t done_until = 0;  // a sentence's reported speech is read once
  size_t sentence = 0;
  for (size_t a = 0; a < doc.actors.size(); ++a) {
    const TokenRange r = doc.actors[a].tokens;
    if (r.empty() || r.end > doc.tokens.size() || r.begin < done_until) continue;
    if (doc.actors[a].alias_kind == "adjective") continue;  // "Israeli sources said": the sources speak
    while (sentence < doc.sentences.size() && doc.sentences[sentence].tokens.end <= r.begin) ++sentence;
    if (sentence >= doc.sentences.size() || doc.sentences[sentence].tokens.begin > r.begin) continue;
    const TokenRange s = doc.sentences[sentence].tokens;
    if (in_quote(r.begin)) continue;
    const uint32_t wb = r.begin > s.begin + 6 ? r.begin - 6 : s.begin;
    const uint32_t we = std::min(s.end, r.end + 12);
    std::vector<LexWord> cut;
    const std::span<const LexWord> words = WindowWords(doc, wb, we, &cut);
    const int first = WordAt(words, r.begin);
    int after = WordAt(words, r.end);  // the word after the speaker
    if (first < 0) continue;
    if (after < 0) after = static_cast<int>(words.size());
    // VSO: a speech verb ending where the speaker starts.
    bool speech = false;
    uint32_t intro_begin = r.begin;
    for (int k = std::max(0, first - 4); k < first && !speech; ++k) {
      const std::vector<int32_t>* ids = nullptr;
      const size_t n = lex.cue_table.Longest(words, static_cast<size_t>(k), &ids);
      speech = k + static_cast<int>(n) == first && HasCue(lex, ids, "attribution", "quote");
      if (speech) intro_begin = words[k].first;
    }
    int from = after;  // where the complementizer may start
    if (!speech && after < static_cast<int>(words.size())) {  // SVO: right after the speaker
      const std::vector<int32_t>* ids = nullptr;
      const size_t n = lex.cue_table.Longest(words, static_cast<size_t>(after), &ids);
      speech = n > 0 && HasCue(lex, ids, "attribution", "quote");
      from = after + static_cast<int>(n);
    }
    if (!speech) continue;
    // The complementizer within three words.
    int content = -1;
    for (int k = from; k < static_cast<int>(words.size()) && k < from + 3; ++k) {
      const std::vector<int32_t>* ids = nullptr;
      const size_t m = lex.cue_table.Longest(words, static_cast<size_t>(k), &ids);
      if (m > 0 && HasCue(lex, ids, "complementizer", "")) {
        content = k + static_cast<int>(m);
        break;
      }
    }
    if (content < 0 || content >= static_cast<int>(words.size())) continue;
    const uint32_t begin = words[content].first;
    if (words[content].quote_mark || in_quote(begin)) continue;  // "قال إن «...»": a direct quote
    // To the end of the sentence (a quoted phrase inside it included), without
    // the final punctuation.
    uint32_t end = s.end;
    while (end > begin && doc.tokens[end - 1].kind != TokenKind::kWord &&
           doc.tokens[end - 1].kind != TokenKind::kNumber && !IsQuotationMark(doc.TokenText(end - 1)))
      --end;
    if (end <= begin) continue;
    Quote q;
    q.tokens = TokenRange{begin, end};
    q.span = doc.SpanOf(q.tokens);
    q.outer = q.span;
    q.intro = TokenRange{intro_begin, begin};
    q.indirect = true;
    doc.quotes.push_back(q);
    doc.quote_speakers.push_back(static_cast<int32_t>(a));
    done_until = end;
  }
  return Status::OK();
}

}  // namespace marsad
