// PlaceRecognizer stage: finds place mentions in Arabic and English text,
// resolves each against the gazetteer and records why (doc/geoparser.md).
//
// Mentions are found on token boundaries through clitics (وحلب، بحلب، لإدلب),
// with facility phrases (مطار حلب، سجن صيدنايا), spatial relations (شرقي
// إدلب، ريف حلب الغربي، قرب، "east of") and cue phrases for unknown names
// (قرية X، "the village of X"), which are kept unresolved under their nearest
// resolvable parent. Cue words, relation words and non-place words
// (nationality adjectives) live in data/{ar,en}/places.tsv.
//
// Immutable after Create(); Run() is thread-safe.
#ifndef MARSAD_GEO_GEOPARSER_H_
#define MARSAD_GEO_GEOPARSER_H_

#include <memory>
#include <string>
#include <string_view>

#include "geo/gazetteer.h"
#include "marsad/pipeline.h"

namespace marsad {

class PlaceLexicon;  // geoparser.cc

// Whether Arabic is spoken in the country with this ISO alpha-2 code (and
// Israel; an empty code counts): there places' Arabic names are often
// common words or carry the article.
bool ArabicSpeaking(std::string_view cc);

class PlaceRecognizer : public Stage {
 public:
  static Result<std::unique_ptr<PlaceRecognizer>> Create(const std::string& data_dir,
                                                         std::shared_ptr<const Gazetteer> gazetteer);
  PlaceRecognizer(std::unique_ptr<const PlaceLexicon> lexicon, std::shared_ptr<const Gazetteer> gazetteer);
  ~PlaceRecognizer() override;
  std::string_view name() const override { return "places"; }
  LayerSet Requires() const override { return kLayerTokens | kLayerSentences | kLayerMetadata; }
  LayerSet Assigns() const override { return kLayerPlaces; }
  Status Run(Doc& doc) const override;

 private:
  std::unique_ptr<const PlaceLexicon> lexicon_;
  std::shared_ptr<const Gazetteer> gazetteer_;
};

}  // namespace marsad

#endif  // MARSAD_GEO_GEOPARSER_H_
