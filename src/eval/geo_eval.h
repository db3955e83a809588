// Resolution evaluation on IDRISI-D style JSON Lines (one tweet per line:
// text, location_mentions[] with start_offset/end_offset in code points and
// osm_json.lat/lon/boundingbox): every *.jsonl under a directory, tweets
// de-duplicated by tweet_id. A gold mention is "found" when a predicted place
// overlaps it, and "within 25 km" when an overlapping resolved place lies
// within 25 km of the gold point.
#ifndef MARSAD_EVAL_GEO_EVAL_H_
#define MARSAD_EVAL_GEO_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "marsad/pipeline.h"
#include "marsad/status.h"

namespace marsad {

struct GeoCounts {
  int gold = 0;
  int found = 0;       // overlapped by a predicted place (resolved or not)
  int resolved = 0;    // overlapped by a resolved place
  int within25 = 0;    // ... within 25 km of the gold point
  int within_box = 0;  // ... within 25 km or inside the gold bounding box
};

struct GeoEvalReport {
  int tweets = 0;
  int predicted = 0;          // places predicted
  int predicted_on_gold = 0;  // of which overlap a gold mention
  GeoCounts all;
  std::map<std::string, GeoCounts> by_type;
  double seconds = 0;
  size_t bytes = 0;
  std::vector<std::string> wrong;  // "text: got NAME (lat,lon) d km; gold DISPLAY"
  std::vector<std::string> missed;
  // Inside the gold bounding box but over 25 km from the gold point (an
  // area's representative point): "FAR" lines of --show-errors.
  std::vector<std::string> far;
};

Result<GeoEvalReport> EvalGeoDir(const Pipeline& pipeline, const std::string& dir, int keep_examples);

}  // namespace marsad

#endif  // MARSAD_EVAL_GEO_EVAL_H_
