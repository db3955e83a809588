#include "extract/event_builder.h"

namespace marsad::events_internal {

// "The gunmen fled towards X", فرّوا باتجاه X، إلى الفرار نحو X: a flight or
// withdrawal tells the ground left behind; the town after a `destination`
// cue is where the movers went, not ground they gave up. A retreat whose
// only place is its destination names no territory changing hands; one
// that also says where from keeps that place (the `prep:من=place` slot).
void Builder::DropFlightDestinations() {
  std::erase_if(doc_.events, [&](const Event& e) {
    if (e.acled_sub_event_type != "Non-violent transfer of territory" || e.place < 0) return false;
    const size_t tw1 = trig_w_[e.trigger].second;
    const int32_t sentence = sent_[tw1];
    const size_t pw = place_w_[e.place].first;
    if (sent_[pw] != sentence || clause_[pw] != clause_[tw1]) return false;
    return AnyCue(sentence, "destination", [&](const CueHit& c) {
      return c.w0 >= tw1 && c.w0 - tw1 <= 2 && pw >= c.w1 && pw - c.w1 <= 2;
    });
  });
}

}  // namespace marsad::events_internal
