// MetadataReader stage: finds the lines that describe the document rather
// than report news: a leading header "date 2024-11" (or "date: 2024-11-27")
// and source URLs standing alone at the end. Later stages skip tokens inside
// metadata spans when they look for content.
#ifndef MARSAD_TEXT_METADATA_H_
#define MARSAD_TEXT_METADATA_H_

#include "marsad/pipeline.h"

namespace marsad {

class MetadataReader : public Stage {
 public:
  std::string_view name() const override { return "metadata"; }
  LayerSet Requires() const override { return kLayerTokens; }
  LayerSet Assigns() const override { return kLayerMetadata; }
  Status Run(Doc& doc) const override;
};

// True if token i lies inside a metadata span of `doc`.
bool InMetadata(const Doc& doc, uint32_t token);

}  // namespace marsad

#endif  // MARSAD_TEXT_METADATA_H_
