#include "extract/indirect_speech.h"

#include <algorithm>

namespace marsad {
namespace {

bool HasCue(const EventLexicon& lex, const std::vector<int32_t>* ids, std::string_view type, std::string_view scope) {
  if (!ids) return false;
  return std::any_of(ids->begin(), ids->end(), [&](int32_t id) {
    return lex.cues[id].type == type && (scope.empty() || lex.cues[id].scope == scope);
  });
}

}  // namespace

Status IndirectSpeechFinder::Run(Doc& doc) const {
  const EventLexicon& lex = *lex_;
  doc.quote_speakers.resize(doc.quotes.size(), -1);
  if (doc.tokens.empty()) return Status::OK();
  const std::vector<LexWord> words = BuildLexWords(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  const std::vector<int32_t> tok_sent = TokenSentences(doc);
  const std::vector<int32_t> tok_quote = TokenQuotes(doc);
  // Actor mentions by their first and last word.
  std::vector<int32_t> starts(words.size(), -1), ends(words.size(), -1);
  std::vector<size_t> tok_word(doc.tokens.size(), 0);
  for (size_t w = 0; w < words.size(); ++w)
    for (uint32_t t = words[w].first; t < words[w].end; ++t) tok_word[t] = w;
  for (size_t a = 0; a < doc.actors.size(); ++a) {
    const TokenRange r = doc.actors[a].tokens;
    if (r.empty() || r.end > doc.tokens.size()) continue;
    if (starts[tok_word[r.begin]] < 0) starts[tok_word[r.begin]] = static_cast<int32_t>(a);
    ends[tok_word[r.end - 1]] = static_cast<int32_t>(a);
  }
  for (size_t w = 0; w < words.size();) {
    const std::vector<int32_t>* ids = nullptr;
    const size_t n = lex.cue_table.Longest(words, w, &ids);
    if (n == 0 || !HasCue(lex, ids, "attribution", "quote") || tok_quote[words[w].first] >= 0) {
      w += std::max<size_t>(n, 1);
      continue;
    }
    const int32_t sentence = tok_sent[words[w].first];
    // The speaker: after the verb (قال الجيش), else right before it (the army said).
    int32_t speaker = -1;
    size_t after = w + n;
    if (after < words.size() && starts[after] >= 0) {
      speaker = starts[after];
      const TokenRange r = doc.actors[speaker].tokens;
      after = tok_word[r.end - 1] + 1;
    } else if (w > 0 && ends[w - 1] >= 0) {
      speaker = ends[w - 1];
    }
    // The complementizer within three words.
    size_t content = SIZE_MAX;
    for (size_t k = after; k < words.size() && k < after + 3 && tok_sent[words[k].first] == sentence; ++k) {
      const std::vector<int32_t>* cids = nullptr;
      const size_t m = lex.cue_table.Longest(words, k, &cids);
      if (m > 0 && HasCue(lex, cids, "complementizer", "")) {
        content = k + m;
        break;
      }
    }
    w += n;
    if (speaker < 0 || content == SIZE_MAX || content >= words.size()) continue;
    // To the end of the sentence (a quoted phrase inside it included).
    size_t last = content;
    while (last + 1 < words.size() && tok_sent[words[last + 1].first] == sentence) ++last;
    while (last > content && !words[last].is_word && !words[last].number && !words[last].quote_mark)
      --last;  // no final full stop
    if (tok_quote[words[content].first] >= 0 || words[content].quote_mark) continue;  // "قال إن «...»": direct
    Quote q;
    q.tokens = TokenRange{words[content].first, words[last].end};
    q.span = doc.SpanOf(q.tokens);
    q.outer = q.span;
    q.intro = TokenRange{words[w - n].first, words[content - 1].end};
    q.indirect = true;
    doc.quotes.push_back(q);
    doc.quote_speakers.push_back(speaker);
    w = last + 1;
  }
  return Status::OK();
}

}  // namespace marsad
