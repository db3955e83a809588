// Predicates over ACLED's actor categories ("inter" codes: "State forces",
// "Rebel group", ...), shared by the actor recognizer and the event builder.
// Kept apart from event_lexicon.h, which nearly every extract file includes.
#ifndef MARSAD_EXTRACT_ACLED_INTER_H_
#define MARSAD_EXTRACT_ACLED_INTER_H_

#include <string_view>

namespace marsad {

// An armed party's category: state, rebel, militia (political or identity)
// or external forces — not civilians, protesters, rioters or "Other".
inline bool ArmedInter(std::string_view inter) {
  return inter == "State forces" || inter == "Rebel group" || inter == "Political militia" ||
         inter == "Identity militia" || inter == "External/Other forces";
}

// A state's forces, its own or a foreign one's (ACLED's "External/Other
// forces"): the armed parties that are not rebels or militias.
inline bool StateOrForeign(std::string_view inter) {
  return inter == "State forces" || inter == "External/Other forces";
}

}  // namespace marsad

#endif  // MARSAD_EXTRACT_ACLED_INTER_H_
