// Place-mention evaluation against a BIO-tagged corpus (one "token TAG" per
// line, the tag after the last space, e.g. ANERcorp): the text is rebuilt by
// joining tokens with spaces, cut into chunks at sentence-final tokens, run
// through a pipeline that assigns Doc::places, and the predicted spans are
// mapped back to corpus tokens and compared with the gold spans of one tag.
#ifndef MARSAD_EVAL_NER_EVAL_H_
#define MARSAD_EVAL_NER_EVAL_H_

#include <string>
#include <vector>

#include "marsad/pipeline.h"
#include "marsad/status.h"

namespace marsad {

struct NerEvalOptions {
  std::string tag = "LOC";       // gold tag compared with places
  int sentences_per_chunk = 10;  // a chunk is one Doc
  int keep_examples = 0;         // how many misses and false alarms to keep
};

struct NerEvalReport {
  int tokens = 0, chunks = 0;
  int gold = 0, predicted = 0;
  int exact = 0;          // predicted spans equal to a gold span
  int gold_touched = 0;   // gold spans overlapped by some prediction
  int pred_touching = 0;  // predictions overlapping some gold span
  double seconds = 0;     // time in Pipeline::Run
  size_t bytes = 0;
  std::vector<std::string> misses, false_alarms;  // "<span text> | <context>"

  double Precision() const { return predicted ? double(exact) / predicted : 0; }
  double Recall() const { return gold ? double(exact) / gold : 0; }
  double F1() const { return F(Precision(), Recall()); }
  double PartialPrecision() const { return predicted ? double(pred_touching) / predicted : 0; }
  double PartialRecall() const { return gold ? double(gold_touched) / gold : 0; }
  double PartialF1() const { return F(PartialPrecision(), PartialRecall()); }
  static double F(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

Result<NerEvalReport> EvalNerBio(const Pipeline& pipeline, const std::string& path,
                                 const NerEvalOptions& options);

}  // namespace marsad

#endif  // MARSAD_EVAL_NER_EVAL_H_
