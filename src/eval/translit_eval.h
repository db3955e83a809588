// `marsad eval translit DIR`: the transliteration fallback measured on names
// it has not seen (doc/geoparser.md, "Measured on unseen names"). DIR is
// written by tools/build_translit_eval.py: towns.tsv (Arabic names GeoNames
// gives towns outside the Arab world) and words.tsv (frequent Arabic words of
// the development sets' reports that name no place). Each town is tried in
// the shipped gazetteer with its own Arabic names ignored.
#ifndef MARSAD_EVAL_TRANSLIT_EVAL_H_
#define MARSAD_EVAL_TRANSLIT_EVAL_H_

#include <string>
#include <vector>

#include "marsad/status.h"

namespace marsad {

struct TranslitCounts {
  int items = 0;
  int resolved = 0;  // Choose() gave an entry
  int right = 0;     // ... within 25 km of the town
  double Recall() const { return items ? double(right) / items : 0; }
  double Precision() const { return resolved ? double(right) / resolved : 0; }
};

struct TranslitEvalReport {
  int towns = 0;
  int found = 0;              // the town is among Candidates() (the table's reach)
  TranslitCounts in_country;  // cue "city", the document names the town's country
  TranslitCounts alone;       // cue "city", no other place in the document
  int words = 0;
  int word_hits_country = 0;  // words resolved in some context country
  int word_hits_alone = 0;    // words resolved with no context
  std::vector<std::string> errors;  // "MISS/WRONG/WORD …" lines, up to show_errors
};

// `gazetteer_path`: the shipped gazetteer; each town is tried with its own
// Arabic names ignored (TransliterationContext::ignore_arabic_of).
Result<TranslitEvalReport> EvalTranslitDir(const std::string& data_dir, const std::string& gazetteer_path,
                                           const std::string& dir, int show_errors);

}  // namespace marsad

#endif  // MARSAD_EVAL_TRANSLIT_EVAL_H_
