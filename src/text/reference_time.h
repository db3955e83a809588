// ReferenceTimeReader stage: the moment relative dates are resolved against.
// Sources, best first: Doc::given_time (a feed or API); an X/Twitter status
// URL in Doc::given_url or in the text (snowflake id: (id >> 22) + 1288834974657
// ms since the epoch); the header line "date 2024-11" (precision as written).
// Leaves Doc::reference_time empty, with a warning, when there is none.
#ifndef MARSAD_TEXT_REFERENCE_TIME_H_
#define MARSAD_TEXT_REFERENCE_TIME_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "marsad/pipeline.h"

namespace marsad {

class ReferenceTimeReader : public Stage {
 public:
  std::string_view name() const override { return "reference_time"; }
  LayerSet Requires() const override { return kLayerTokens | kLayerMetadata; }
  LayerSet Assigns() const override { return kLayerReferenceTime; }
  Status Run(Doc& doc) const override;
};

// Milliseconds since the epoch encoded in an X/Twitter status URL
// (".../status/<id>" or ".../statuses/<id>"), or nullopt.
std::optional<int64_t> XStatusTimeMs(std::string_view url);

// Parses "2024", "2024-11", "2024-11-30", "2024-11-30T00:16", "2024-11-30T00:16:46Z"
// (a trailing Z or +00:00 offset; other offsets are applied). Precision follows
// what is written. Basis is kGiven. nullopt for anything else.
std::optional<ReferenceTime> ParseIsoTime(std::string_view text);

// ISO 8601 cut to the reference's precision: "2024", "2024-11", "2024-11-30"
// (day and week), or "2024-11-30T00:16:46Z".
std::string FormatReferenceTime(const ReferenceTime& r);

}  // namespace marsad

#endif  // MARSAD_TEXT_REFERENCE_TIME_H_
