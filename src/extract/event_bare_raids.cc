#include "extract/event_builder.h"

namespace marsad::events_internal {

// A raid word (`raid` cue: داهمت، مداهمة) is coded as the detention it
// usually ends in, but only someone taken makes it one. When its sentence
// tells no one detained (no other arrest or abduction word) and tells
// another event — the fight, the killing, the assault done during the raid,
// or a denial of fighting — the raid is only that event's setting, no
// arrest of its own.
void Builder::DropRaidsWithoutCaptives() {
  const std::vector<Event>& ev = doc_.events;
  const auto detention = [](const Event& e) {
    return e.acled_sub_event_type == "Arrests" || e.acled_sub_event_type == "Abduction/forced disappearance";
  };
  const auto raid = [&](const Event& e) {
    const auto [w0, w1] = trig_w_[e.trigger];
    return detention(e) && w1 == w0 + 1 && WordCue(w0, "raid") != nullptr;
  };
  std::vector<bool> gone(ev.size(), false);
  for (size_t i = 0; i < ev.size(); ++i) {
    if (!raid(ev[i])) continue;
    bool taken = false, other = false;
    for (size_t j = 0; j < ev.size(); ++j) {
      if (j == i || ev[j].sentence != ev[i].sentence || raid(ev[j])) continue;
      if (detention(ev[j])) taken = true;
      else other = true;
    }
    gone[i] = other && !taken;
  }
  DropGone(gone);
}

}  // namespace marsad::events_internal
