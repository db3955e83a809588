#include "extract/triggers.h"

namespace marsad {
namespace {

// Whether the noun at word i is written as given information: with the
// article (الهجوم، والهجمات), or after an English determiner ("the attack",
// "this deadly attack").
bool IsDefinite(const Doc& doc, const std::vector<LexWord>& words, size_t i) {
  for (uint32_t t = words[i].first; t < words[i].end; ++t) {
    if (doc.tokens[t].piece != Piece::kProclitic) break;
    if (doc.TokenText(t) == "\xD8\xA7\xD9\x84") return true;  // ال
  }
  if (doc.tokens[words[i].first].script != Script::kLatin) return false;
  for (size_t k = i, back = 0; k-- > 0 && back < 2; ++back) {
    if (!words[k].is_word || words[k].clause_break) return false;
    const std::string& t = words[k].text;
    if (t == "the" || t == "this" || t == "that" || t == "these" || t == "those") return true;
  }
  return false;
}

// Whether the noun at word i is the means of an action (بالمدفعية، "with
// grenades", "using drones").
bool IsInstrument(const Doc& doc, const std::vector<LexWord>& words, size_t i) {
  for (uint32_t t = words[i].first; t < words[i].end; ++t) {
    if (doc.tokens[t].piece != Piece::kProclitic) break;
    if (doc.TokenText(t) == "\xD8\xA8") return true;  // ب
  }
  if (i == 0 || doc.tokens[words[i].first].script != Script::kLatin) return false;
  // "with heavy machine guns and rocket-propelled grenades": a few words back,
  // hyphens and "and" included.
  for (size_t k = i, back = 0; k-- > 0 && back < 7; ++back) {
    if (words[k].clause_break || words[k].quote_mark) return false;
    if (!words[k].is_word) continue;
    const std::string& t = words[k].text;
    if (t == "with" || t == "using") return true;
  }
  return false;
}

}  // namespace

Status TriggerRecognizer::Run(Doc& doc) const {
  doc.triggers.clear();
  const EventLexicon& lex = *lex_;
  const std::vector<LexWord>& words = doc.lex_words;
  std::vector<int32_t> tok_sent = TokenSentences(doc);
  // Per token: the actor mention covering it (-1), and whether one starts there.
  std::vector<int32_t> tok_actor(doc.tokens.size(), -1);
  for (size_t a = 0; a < doc.actors.size(); ++a)
    for (uint32_t t = doc.actors[a].tokens.begin; t < doc.actors[a].tokens.end; ++t) tok_actor[t] = static_cast<int32_t>(a);
  // A word of a date is no trigger: فجر اليوم is dawn, "in March" a month.
  std::vector<bool> tok_date(doc.tokens.size(), false);
  for (const DateMention& d : doc.dates)
    for (uint32_t t = d.tokens.begin; t < d.tokens.end && t < tok_date.size(); ++t) tok_date[t] = true;

  auto is_passive_cue = [&](size_t w) {
    const std::vector<int32_t>* ids = nullptr;
    if (lex.cue_table.Longest(words, w, &ids) != 1) return false;
    for (int32_t id : *ids)
      if (lex.cues[id].type == "passive") return true;
    return false;
  };
  auto actor_at = [&](size_t w) { return w < words.size() && tok_actor[words[w].first] >= 0; };

  size_t i = 0;
  while (i < words.size()) {
    const LexWord& w = words[i];
    if (!w.is_word || tok_actor[w.first] >= 0 || tok_date[w.first]) {
      ++i;
      continue;
    }
    const std::vector<int32_t>* ids = nullptr;
    size_t n = lex.trigger_table.Longest(words, i, &ids);
    if (n == 0) {
      ++i;
      continue;
    }
    const bool after_passive_cue = i > 0 && is_passive_cue(i - 1);
    // Clause context for voice: an actor before the trigger in its clause.
    bool actor_before = false;
    for (size_t k = i; k-- > 0;) {
      if (words[k].clause_break || tok_sent[words[k].first] != tok_sent[w.first]) break;
      if (actor_at(k)) {
        actor_before = true;
        break;
      }
    }
    const bool actor_after = actor_at(i + n) || (actor_at(i + n + 1) && !words[i + n].clause_break);
    const TriggerRow* chosen = nullptr;
    const TriggerRow* active = nullptr;
    const TriggerRow* passive = nullptr;
    for (int32_t id : *ids) {
      const TriggerRow& row = lex.triggers[id];
      if (row.voice == "active" && !active) active = &row;
      else if (row.voice == "passive" && !passive) passive = &row;
      else if (!chosen) chosen = &row;  // nominal
    }
    std::string voice;
    const bool definite = IsDefinite(doc, words, i);
    if (definite && chosen) {
      // With the article it is the noun (القصف), never the verb (قصف).
    } else if (active && passive) {
      chosen = (after_passive_cue || !(actor_after || actor_before)) ? passive : active;
    } else if (!chosen) {
      chosen = active ? active : passive;
    }
    voice = chosen->voice;
    if (after_passive_cue && voice != "active") voice = "passive";
    if (after_passive_cue && voice == "active" && passive) chosen = passive, voice = "passive";

    TriggerMention m;
    m.tokens = TokenRange{words[i].first, words[i + n - 1].end};
    m.span = doc.SpanOf(m.tokens);
    m.lemma = chosen->lemma;
    m.acled_event_type = chosen->acled_event_type;
    m.acled_sub_event_type = chosen->acled_sub_event_type;
    m.plover_event_type = chosen->plover_event_type;
    m.plover_mode = chosen->plover_mode;
    m.voice = voice;
    m.roles = chosen->roles;
    m.default_status = chosen->default_status;
    m.confidence = chosen->confidence;
    m.generic = chosen->generic;
    m.definite = voice == "nominal" && definite;  // تم الاستيلاء is news
    m.instrument = voice == "nominal" && IsInstrument(doc, words, i);
    doc.triggers.push_back(std::move(m));
    i += n;
  }
  return Status::OK();
}

}  // namespace marsad
