#include "marsad/pipeline.h"

#include <algorithm>
#include <cstdlib>

#include "extract/actors.h"
#include "extract/event_lexicon.h"
#include "extract/events.h"
#include "extract/indirect_speech.h"
#include "extract/lex_words.h"
#include "extract/triggers.h"
#include "geo/gazetteer.h"
#include "geo/geoparser.h"
#include "text/dates.h"
#include "text/metadata.h"
#include "text/numbers.h"
#include "text/quotes.h"
#include "text/reference_time.h"
#include "text/sentences.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace marsad {

Result<Pipeline> Pipeline::Create(std::vector<std::unique_ptr<const Stage>> stages) {
  LayerSet have = 0;
  for (const auto& stage : stages) {
    LayerSet missing = stage->Requires() & ~have;
    if (missing)
      return Status::InvalidArgument("[E010] stage '" + std::string(stage->name()) +
                                     "' runs before the layers it requires (mask " +
                                     std::to_string(missing) + ")");
    have |= stage->Assigns();
  }
  Pipeline p;
  p.stages_ = std::move(stages);
  return p;
}

namespace {

// The text layer's stages. `tokenizer`, when not null, is set to the first
// stage, the Tokenizer, which CreateAnalyzeLayer extends with known words.
Result<std::vector<std::unique_ptr<const Stage>>> TextStages(const std::string& data_dir, Tokenizer** tokenizer_out) {
  std::vector<std::unique_ptr<const Stage>> stages;
  auto tokenizer = Tokenizer::Create(data_dir);
  if (!tokenizer.ok()) return tokenizer.status();
  if (tokenizer_out) *tokenizer_out = tokenizer.value().get();
  stages.push_back(std::move(tokenizer).value());
  stages.push_back(std::make_unique<MetadataReader>());
  auto sentences = SentenceSplitter::Create(data_dir);
  if (!sentences.ok()) return sentences.status();
  stages.push_back(std::move(sentences).value());
  stages.push_back(std::make_unique<QuoteFinder>());
  auto numbers = NumberReader::Create(data_dir);
  if (!numbers.ok()) return numbers.status();
  stages.push_back(std::move(numbers).value());
  stages.push_back(std::make_unique<ReferenceTimeReader>());
  auto dates = DateReader::Create(data_dir);
  if (!dates.ok()) return dates.status();
  stages.push_back(std::move(dates).value());
  return stages;
}

}  // namespace

Result<Pipeline> Pipeline::CreateTextLayer(const std::string& data_dir) {
  auto stages = TextStages(data_dir, nullptr);
  if (!stages.ok()) return stages.status();
  return Create(std::move(stages).value());
}

// --- places stage (geoparser; see src/geo/geoparser.h) ---

namespace {

// The analyze layer's stages. `segmenter_out`, when not null, receives the
// tokenizer's segmenter once the gazetteer's names are added to it.
Result<std::vector<std::unique_ptr<const Stage>>> AnalyzeStages(
    const std::string& data_dir, const std::string& gazetteer_path,
    std::shared_ptr<const CliticSegmenter>* segmenter_out) {
  Tokenizer* tokenizer = nullptr;  // stage 0 of `text`, extended below
  auto text = TextStages(data_dir, &tokenizer);
  if (!text.ok()) return text.status();
  auto gazetteer = Gazetteer::Load(gazetteer_path.empty() ? data_dir + "/geo/gazetteer.tsv" : gazetteer_path);
  if (!gazetteer.ok()) return gazetteer.status();
  // The segmenter splits a proclitic off a word only before a known stem:
  // the one-word Arabic names of places outside the Arab world (transliterations
  // such as بيرديانسك, which no Arabic lexicon lists) are known stems, so
  // وبيرديانسك reads و + بيرديانسك as وحلب reads و + حلب.
  {
    const Gazetteer& g = **gazetteer;
    std::vector<std::string_view> names;  // checked against the lexicon alone, then added
    std::vector<std::string_view> stems;  // the other one-word Arabic names
    std::vector<std::string> g_spellings;  // one-word names with Persian گ, as Arabic writes the g
    std::vector<std::string_view> words;  // names of more than one word
    for (size_t i = 0; i < g.size(); ++i) {
      const GazetteerEntry& e = g.entry(static_cast<uint32_t>(i));
      const bool arab = ArabicSpeaking(e.location.country);
      for (const std::string& n : e.names) {
        unsigned char c0 = static_cast<unsigned char>(n[0]);
        if (c0 != 0xD8 && c0 != 0xD9) continue;  // Arabic letters U+0600-U+067F
        // سنگین written سنجين: و + سنجين as و + سنگین (ArabicSpellingsOfG).
        if (n.find(' ') == std::string::npos)
          for (std::string& spelt : Gazetteer::ArabicSpellingsOfG(n)) g_spellings.push_back(std::move(spelt));
        if (n.find(' ') != std::string::npos) {  // the words of a longer name stay whole
          words.push_back(n);
          continue;
        }
        // Names of the Arab world are often words, short ones often parts of
        // words: they are place stems, split off only when no word of the
        // lexicon reads the word (وأوربا، واغادير، بسطات).
        if (arab || n.size() < 8) {
          stems.push_back(n);
          continue;
        }
        // ال: the article is split anyway. A name that reads as clitics + a
        // known word (بانه، Baneh: ب + أنه "that it") is no known word either:
        // known, it would keep that common word whole.
        if (n.rfind("\xD8\xA7\xD9\x84", 0) == 0 || tokenizer->segmenter().Segment(NormalizeKey(n)).pieces() != 1) {
          stems.push_back(n);
          continue;
        }
        names.push_back(n);
      }
    }
    for (std::string_view n : names) tokenizer->AddKnownWord(n);
    for (std::string_view n : stems) tokenizer->AddPlaceStem(n);
    for (const std::string& n : g_spellings) tokenizer->AddPlaceStem(n);
    for (std::string_view n : words) {
      for (size_t at = 0; at <= n.size();) {
        size_t space = std::min(n.find(' ', at), n.size());
        if (space > at) tokenizer->AddNameWord(n.substr(at, space - at));
        at = space + 1;
      }
    }
  }
  if (segmenter_out) *segmenter_out = tokenizer->shared_segmenter();
  auto places = PlaceRecognizer::Create(data_dir, std::shared_ptr<const Gazetteer>(std::move(gazetteer).value()));
  if (!places.ok()) return places.status();
  std::vector<std::unique_ptr<const Stage>> stages = std::move(text).value();
  stages.push_back(std::move(places).value());
  return stages;
}

}  // namespace

Result<Pipeline> Pipeline::CreateAnalyzeLayer(const std::string& data_dir, const std::string& gazetteer_path) {
  auto stages = AnalyzeStages(data_dir, gazetteer_path, nullptr);
  if (!stages.ok()) return stages.status();
  return Create(std::move(stages).value());
}
// --- end places stage ---

// --- extraction stages (src/extract/) ---
Result<Pipeline> Pipeline::CreateExtractLayer(const std::string& data_dir, const std::string& gazetteer_path) {
  std::shared_ptr<const CliticSegmenter> segmenter;  // read once, shared with the lexicon
  auto analyze = AnalyzeStages(data_dir, gazetteer_path, &segmenter);
  if (!analyze.ok()) return analyze.status();
  auto lexicon = EventLexicon::Load(data_dir, std::move(segmenter));
  if (!lexicon.ok()) return lexicon.status();
  std::shared_ptr<const EventLexicon> lex = std::move(lexicon).value();
  std::vector<std::unique_ptr<const Stage>> stages = std::move(analyze).value();
  stages.push_back(std::make_unique<LexWordReader>(lex->phrase_starts));
  stages.push_back(std::make_unique<ActorRecognizer>(lex));
  stages.push_back(std::make_unique<TriggerRecognizer>(lex));
  stages.push_back(std::make_unique<EventBuilder>(lex));
  stages.push_back(std::make_unique<IndirectSpeechFinder>(lex));
  return Create(std::move(stages));
}
// --- end extraction stages ---

Status Pipeline::Run(Doc& doc) const {
  for (const auto& stage : stages_) MARSAD_RETURN_IF_ERROR(stage->Run(doc));
  return Status::OK();
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("MARSAD_DATA_DIR"); env && *env) return env;
  return MARSAD_DATA_DIR;
}

}  // namespace marsad
