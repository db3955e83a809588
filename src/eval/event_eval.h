// Event extraction scoring (`marsad eval events DIR`, doc/extract.md): runs
// the extract pipeline over every NNN.txt with an NNN.expected.json beside it
// (data/eval/events-dev/README.md gives the expected format) and compares the
// records with the expected ones.
//
// Matching, per document, one-to-one: a predicted event may match a gold one
// when the ACLED event type agrees (for the sub-event figures: the sub-event
// type), the places lie within 25 km of each other, and the day ranges come
// within one day of each other. A gold event without a place or a day puts
// no condition on that side. The pairs are an optimal assignment: the most
// pairs, then the most agreeing on sub-event type, then the closest.
// Every unmatched event is given one reason (the `why` counts): aggregate
// figures that say where to look without reading any report.
// Only events with an ACLED type are scored: the expected files code what an
// ACLED coder codes, so PLOVER-only predictions (accusations, threats told
// without the act threatened) are counted apart, neither right nor wrong.
// Over the pairs matched on event type:
//   actors      actor1 and actor2 slots: a predicted slot is right when it
//               names the gold actor (registry ids compared when the gold
//               name is a registry name or alias — an actor and a unit of
//               it, Israeli Air Force and IDF, count as the same — else
//               normalised names);
//               precision over every filled predicted slot, recall over
//               every filled gold slot, matched events or not;
//   fatalities  low, best and high all equal; counted like actors;
//   status      equal; precision over predicted events, recall over gold.
#ifndef MARSAD_EVAL_EVENT_EVAL_H_
#define MARSAD_EVAL_EVENT_EVAL_H_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/pipeline.h"
#include "marsad/status.h"

namespace marsad {

struct Prf {
  int gold = 0;
  int predicted = 0;
  int correct_p = 0;  // predicted items that are right
  int correct_g = 0;  // gold items found (equals correct_p for one-to-one counts)
  double Precision() const { return predicted ? static_cast<double>(correct_p) / predicted : 0; }
  double Recall() const { return gold ? static_cast<double>(correct_g) / gold : 0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void Add(const Prf& o) {
    gold += o.gold;
    predicted += o.predicted;
    correct_p += o.correct_p;
    correct_g += o.correct_g;
  }
};

struct EventScores {
  int documents = 0;
  Prf events;      // ACLED event type + place + day
  Prf sub_events;  // ACLED sub-event type + place + day
  Prf actors;
  Prf fatalities;
  Prf status;
  int plover_only = 0;  // predicted events with no ACLED type (threats, accusations): not scored
  // Why events went unmatched: "missed: ..." for gold events, "false: ..."
  // for predicted ones (WhyUnmatched in event_eval.cc lists the reasons).
  std::map<std::string, int> why;
  void Add(const EventScores& o);
};

// Registry names and aliases → actor id, for comparing actor names.
class ActorNames {
 public:
  // Reads <data_dir>/shared/actors.tsv and <data_dir>/{ar,en}/actor_aliases.tsv
  // (rows without a context only; an alias naming two actors is dropped).
  static Result<ActorNames> Load(const std::string& data_dir);
  void Add(const std::string& name, const std::string& id);
  // The id a name stands for, or "".
  std::string IdOf(const std::string& name) const;
  // True when `gold_name` and the predicted actor (name, id) are the same actor.
  bool Same(const std::string& gold_name, const std::string& predicted_name, const std::string& predicted_id) const;
  // The id of a gold actor name, read through ACLED's spelling conventions (a country in
  // parentheses or after "of" on a generic actor, an identity militia's descriptor).
  std::string IdOfGoldName(const std::string& gold_name) const;

 private:
  // True when `id` is `ancestor` or one of its units (registry `parent` chain).
  bool Within(const std::string& id, const std::string& ancestor) const;
  std::unordered_map<std::string, std::string> ids_;  // NormalizeKey(name) -> id ("" when ambiguous)
  std::unordered_map<std::string, std::string> parent_;  // id -> parent id
};

struct EventEvalReport {
  EventScores all;
  std::map<std::string, EventScores> by_lang;
  std::vector<std::string> errors;  // up to show_errors lines: MISS / FALSE / ACTOR / FATAL / STATUS
  double seconds = 0;
  size_t bytes = 0;
};

// Scores one document: `expected` in the events-dev format, `predicted` a
// RecordJson() object. `name` labels error lines; at most `keep_errors`
// lines are appended to `errors`.
EventScores ScoreDocument(const nlohmann::json& expected, const nlohmann::json& predicted, const ActorNames& actors,
                          const std::string& name, int keep_errors, std::vector<std::string>* errors);

// Great-circle distance in km.
double HaversineKm(double lat1, double lon1, double lat2, double lon2);

Result<EventEvalReport> EvalEventsDir(const Pipeline& pipeline, const ActorNames& actors, const std::string& dir,
                                      int show_errors);

}  // namespace marsad

#endif  // MARSAD_EVAL_EVENT_EVAL_H_
