#include "extract/event_builder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "geo/geo_math.h"
#include "text/normalize.h"

namespace marsad::events_internal {

namespace {

// The place predicates kept in Builder::place_memo_, two bits each.
enum PlaceMemoSlot {
  kRouteStartSlot = 0,
  kPlaceAnaphorSlot = 1,
  kInSourceNameSlot = 2,
  kNamesRoadSlot = 3,
  kAcrossBorderSlot = 4,
  kLeadsToSlot = 5
};

// `ask()` for place p, once per document: its answer is kept in the place's
// slot of `memo` (unkept when p is out of its range, before Index()).
template <typename Ask>
bool PlaceMemo(std::vector<uint16_t>& memo, int32_t p, PlaceMemoSlot slot, Ask ask) {
  if (p < 0 || static_cast<size_t>(p) >= memo.size()) return ask();
  const uint16_t asked = static_cast<uint16_t>(1u << (2 * slot)), yes = static_cast<uint16_t>(2u << (2 * slot));
  if (memo[p] & asked) return (memo[p] & yes) != 0;
  const bool answer = ask();  // before marking: the question may ask itself of another place
  memo[p] |= static_cast<uint16_t>(asked | (answer ? yes : 0));
  return answer;
}

// "قال أحد سكان X: «…»", "a resident of X said: \"…\"": a place whose last
// word `end` is followed by a colon and a quote mark names where a speaker
// lives, no scene a later sentence goes on at.
template <typename Words>
bool QuoteFollows(const Words& words, size_t end) {
  return end + 1 < words.size() && words[end].text() == ":" && words[end + 1].quote_mark;
}

// "in al-Hol camp, in Al-Hasakah governorate", "in Sokoto state": a name
// told with a unit noun (Builder::NamedAsUnit) that the gazetteer resolved
// to a first-level seat is the province, not its seat town; a report that
// goes on naming no place goes on at the town told with it. (A district told
// by its seat, "in Macomia district", is still where a coder codes an
// unknown village of it.)
bool FirstLevelSeat(const PlaceMention& m) {
  const std::string& fc = m.location.feature_code;
  return fc == "PPLA" || fc == "PPLC";
}


// "Air defence shot down 17 drones over the region", "أوقفت مفارز أخرى
// ثلاثة عناصر في الولاية": a sentence naming no place of its own that
// speaks of the whole province (a `region_anaphor`) tells of the province
// the report is in, which ACLED codes to its seat, not of the town the
// report last named there. The seat is taken only when the report names it
// (its dateline, its province told with it); else the town stays, p.
template <typename Told>
int32_t ProvinceSeatOf(const Doc& doc, int32_t p, Told told_as_place) {
  if (p < 0) return p;
  const PlaceMention& town = doc.places[p];
  if (!town.resolved || FirstLevelSeat(town) || town.location.admin1.empty()) return p;
  int32_t seat = -1;
  for (size_t q = 0; q < doc.places.size(); ++q) {
    const PlaceMention& m = doc.places[q];
    if (!m.resolved || m.location.feature_code != "PPLA" || m.location.country != town.location.country ||
        m.location.admin1 != town.location.admin1)
      continue;
    // A mention told as a place beats one in the dateline or a source's name.
    if (told_as_place(static_cast<int32_t>(q))) return static_cast<int32_t>(q);
    if (seat < 0) seat = static_cast<int32_t>(q);
  }
  return seat >= 0 ? seat : p;
}

// "the Culiacan-Eldorado highway": the town after the hyphen, glued to a town
// before it, is where the road leads — no scene a sentence naming no place
// goes on at.
bool FarEndOfHyphenedRoad(const Doc& doc, int32_t p) {
  const uint32_t begin = doc.places[p].tokens.begin;
  if (begin < 2 || doc.tokens[begin].space_before || doc.tokens[begin - 1].space_before ||
      doc.TokenText(begin - 1) != "-")
    return false;
  return std::any_of(doc.places.begin(), doc.places.end(),
                     [&](const PlaceMention& m) { return m.tokens.end == begin - 1; });
}

// A river, lake, strait or canal ("along the Euphrates", "on Lake Chad")
// runs past many towns, often of several countries.
bool Waterway(const std::string& fc) { return fc == "STM" || fc == "LK" || fc == "STRT" || fc == "CNL"; }

}  // namespace

// The event's place is named in an earlier sentence ("forces entered the
// city"), not in its own.
bool Builder::PlaceFromBefore(const Event& e) const {
  return e.place >= 0 && sent_[place_w_[e.place].first] < static_cast<int32_t>(e.sentence);
}

// A country or province told as where an event happened, and a town in
// it told in the same sentence: the town says where (تواصل التقدم في سوريا
// حيث سيطروا على حلب).
bool Builder::Encloses(int32_t outer, int32_t inner) const {
  if (outer < 0 || inner < 0 || Coarse(inner) || outer == inner) return false;
  // "in the Huth district of Amran province": a place that only says where
  // the one before it is is no town of it.
  if (LocatesPlaceBefore(inner)) return false;
  // "وفي محافظة البيضاء، … قرب مدينة رداع": a seat town read for a name told
  // as its province holds the province's towns.
  // In English the unit noun may be a district's or a county's ("the Maru
  // district", "Rubkona County"): such a name read as a town holds no other
  // town of its province. A name the gazetteer read as a first-level seat
  // is the province; so is one that is its province's name ("Sinaloa
  // state" read as the town Sinaloa de Leyva, in the state Sinaloa).
  const auto names_province = [&] {
    const PlaceMention& o = doc_.places[outer];
    if (!Latin(place_w_[outer].first) || FirstLevelSeat(o)) return true;
    const std::string_view told = doc_.OriginalText(o.span);
    const std::string& admin1 = o.location.admin1;
    if (told.empty() || admin1.size() < told.size()) return false;
    for (size_t k = 0; k < told.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(told[k])) != std::tolower(static_cast<unsigned char>(admin1[k])))
        return false;
    return admin1.size() == told.size() || admin1[told.size()] == ' ';
  };
  const bool unit = !Coarse(outer) && NamedAsUnit(outer) && names_province();
  if (!Coarse(outer) && !unit) return false;
  const PlaceMention &o = doc_.places[outer], &i = doc_.places[inner];
  if (!o.resolved || !i.resolved || o.location.country != i.location.country) return false;
  const std::string& fc = o.location.feature_code;
  return fc.rfind("PCL", 0) == 0 || ((fc == "ADM1" || unit) && !o.location.admin1.empty() && o.location.admin1 == i.location.admin1);
}

// "in the occupied West Bank … near the city of Jenin": a region of one
// country, or a province authored without a code (Borno, Tigray), holds
// the towns of that country near its label point.
bool Builder::RegionHolds(int32_t outer, int32_t inner) const {
  const PlaceMention &o = doc_.places[outer], &i = doc_.places[inner];
  const std::string& fc = o.location.feature_code;
  const bool uncoded_province = fc == "ADM1" && o.location.admin1.empty();
  if (!o.resolved || !i.resolved || (fc != "RGN" && !uncoded_province) || o.location.country.empty() || Coarse(inner))
    return false;
  return o.location.country == i.location.country && DistanceKm(o.location.lat, o.location.lon, i.location.lat, i.location.lon) < 150;
}

// The place coordinated right after p ("بورتسودان وأم درمان", "Hodeidah
// and Saada", "Aden, Lahij"), or -1.
int32_t Builder::CoordinatedAfter(int32_t p, bool or_lists) const { return RouteStart(p) ? -1 : NextInList(p, or_lists); }

// "طريق عامودا – القامشلي", "the road between Mogadishu and Afgooye": the
// places after a `route` cue are the ends of one road, where one event
// happened — no list of places.
bool Builder::RouteStart(int32_t p) const {
  return PlaceMemo(place_memo_, p, kRouteStartSlot, [&] {
    const size_t begin = place_w_[p].first;
    return AnyCue(sent_[begin], "route",
                  [&](const CueHit& c) { return c.row->kind != "joiner" && c.w1 <= begin && begin - c.w1 <= 2; });
  });
}

// The road's other end: the place coordinated right after its first end
// ("between A and B", "طريق A – B") or told after a `route` cue of kind
// `joiner` ("linking A to B", "الطريق من A إلى B"); else -1.
int32_t Builder::RouteOtherEnd(int32_t p) const {
  if (const int32_t q = NextInList(p); q >= 0) return q;
  const size_t end = place_w_[p].second;
  // "طريق تلعفر–سنجار": the ends written with a dash and no spaces (no
  // clause break, so no list) are the road's ends too.
  if (RouteStart(p) && end < words_.size()) {
    const std::string_view between = words_[end].text();
    if (between == "\xE2\x80\x93" || between == "\xE2\x80\x94" || between == "-")  // – — -
      for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first]))
        if (place_w_[q].first == end + 1 && doc_.places[q].resolved && !Coarse(q)) return q;
  }
  const CueRow* c = WordCue(end, "route");
  if (c == nullptr || c->kind != "joiner") return -1;
  for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first]))
    if (place_w_[q].first == end + 1 && doc_.places[q].resolved) return q;
  return -1;
}

// "the highway between A and B near the town of C", "الطريق بين A وB قرب
// بلدة C": a place told near, right after the road's ends and in their
// clause, says where on the road the event was; else -1. So does one told
// by a compass side, the road's own end among them ("طريق A – B غربي مدينة
// A": the stretch west of A), and one told after a comma ("the road between
// A and B, near C") or after the distance that measures it ("على بعد 20
// كيلومتراً شمال A", "20 km north of A").
int32_t Builder::PlaceAlongRoad(int32_t last_end) const {
  size_t end = place_w_[last_end].second;
  if (end >= words_.size()) return -1;
  // "the Mandalay-Lashio highway near C": the road's noun (a `route` cue of
  // no kind, on the last end's word or the one after it: "the A-B main
  // road", one other word before the noun, not checked to be an adjective)
  // may stand between its last end and the relation.
  for (size_t k = end; k < end + 2 && k < words_.size() && sent_[k] == sent_[end] && Latin(k) &&
                       !words_[k].clause_break;
       ++k)
    if (const CueRow* road = WordCue(k, "route"); road != nullptr && road->kind.empty()) {
      end = k + 1;
      break;
    }
  if (end >= words_.size()) return -1;
  auto along_road = [](const std::string_view r) {
    return r == "near" || r == "north_of" || r == "south_of" || r == "east_of" || r == "west_of";
  };
  for (int32_t q : Bucket(s_places_, sent_[place_w_[last_end].first])) {
    const PlaceMention& m = doc_.places[q];
    const size_t w = place_w_[q].first;
    if (w <= end || w > end + 8 || !m.resolved || Coarse(q) || !along_road(m.relation) || m.relation_span.empty())
      continue;
    // The word the relation starts at.
    size_t rel = end;
    while (rel < w && doc_.tokens[words_[rel].first].span.begin < m.relation_span.begin) ++rel;
    if (rel >= w + 1 || doc_.tokens[words_[rel].first].span.begin != m.relation_span.begin) continue;
    if (rel == end) {
      if (clause_[w] == clause_[end - 1]) return q;
      continue;
    }
    // After the comma, the relation itself or a distance: a figure and its
    // unit, no clause between.
    const size_t from = words_[end].clause_break ? end + 1 : end;
    bool figure = false, clause = false;
    for (size_t k = from; k < rel; ++k) figure |= words_[k].number, clause |= words_[k].clause_break;
    if (!clause && (from == rel || (figure && rel - from <= 4))) return q;
  }
  return -1;
}

int32_t Builder::NextInList(int32_t p, bool or_lists) const {
  const size_t end = place_w_[p].second;
  // "Khiam and the nearby village of Kfar Kila", "near Metula and at the
  // northern city of Kiryat Shmona": after "and", a place introduced by its
  // kind (an article, a few words, a `settlement` noun and "of") is the
  // next in the list.
  auto named_by_kind = [&](size_t w) {
    if (end >= words_.size() || w > end + 6 || w < end + 4 || words_[end].text() != "and" || words_[w - 1].text() != "of" ||
        WordCue(w - 2, "settlement") == nullptr)
      return false;
    bool article = false;
    for (size_t k = end; k + 1 < w; ++k) {
      if (words_[k].clause_break || !words_[k].is_word) return false;
      if (words_[k].text() == "the") article = true;
    }
    if (!article) return false;
    for (int32_t u : Bucket(s_triggers_, sent_[end]))
      if (trig_w_[u].first > end && trig_w_[u].first < w) return false;
    return true;
  };
  for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first])) {
    const size_t w = place_w_[q].first;
    if (w > end + 1 && doc_.places[q].resolved && Latin(w) && named_by_kind(w)) return q;
    // "in X and in Y": the preposition told again before the second.
    const bool again_in = w == end + 2 && Latin(w) && words_[end].text() == "and" &&
                          (words_[end + 1].text() == "in" || words_[end + 1].text() == "at");
    // "19 were detained in X and 12 in Y", "اعتقلت 14 شخصاً في X و9 في Y":
    // the count of the second place told before its preposition (the verb
    // left out) lists it too.
    // "arrested 14 men in X and six in Y": an English count in words is a
    // count of one word as digits are.
    const auto count_word = [&](size_t k) {
      if (k >= words_.size()) return false;
      if (words_[k].number) return true;
      if (!Latin(k)) return false;
      const int32_t n = NumberStartingAt(k);
      return n >= 0 && num_w_[n].second == k + 1;
    };
    const bool counted_in = w == end + 3 && (words_[end].text() == "and" || words_[end].text() == "\xD9\x88") &&  // و
                            count_word(end + 1) && (InWord(end + 2) || words_[end + 2].text() == "at");
    // "أوقفت 31 منقباً بتمنراست و15 مهرباً بعين قزام", "arrested 31 miners in
    // X and 15 smugglers in Y": the second count may name what it counts
    // before the second place (ب on the name, or في / "in" / "at" before it).
    const bool counted_noun_in =
        (w == end + 3 || w == end + 4) && (words_[end].text() == "and" || words_[end].text() == "\xD9\x88") &&  // و
        count_word(end + 1) && words_[end + 2].is_word && !words_[end + 2].number && !words_[end + 2].clause_break &&
        !words_[end + 1].clause_break && !InWord(end + 2) && (w == end + 3 || !words_[end + 3].clause_break) &&
        AfterIn(static_cast<size_t>(q));
    if (w < end || (w > end + 1 && !again_in && !counted_in && !counted_noun_in) || !doc_.places[q].resolved || Anchor(q) ||
        AgencyInDateline(q))
      continue;
    // "west of Rafah, Gaza's civil defence said": an owner, not a second place.
    if (w == end + 1 && words_[end].text() == "," && OwnerNotLocation(q)) continue;
    // "in Rueso, Narathiwat": the province, told by its seat, of the town.
    if (w == end + 1 && words_[end].text() == "," && LocatesPlaceBefore(q)) continue;
    if (clause_[w] != clause_[end - 1] && !(w == end + 1 && words_[end].clause_break)) continue;
    if (Conjoined(end, w, or_lists) || counted_in || counted_noun_in || (w == end + 1 && words_[end].clause_break)) return q;
    // "في محافظة الحديدة ومحيط مطار صنعاء": و on the second place's
    // relation word joins the two.
    if (const LexWord& lw = words_[end]; w == end + 1 && !doc_.places[q].relation_span.empty() &&
                                          lw.end > lw.first + 1 && doc_.tokens[lw.first].piece == Piece::kProclitic &&
                                          doc_.TokenText(lw.first) == "\xD9\x88" &&  // و
                                          doc_.places[q].relation_span.begin == doc_.tokens[lw.first + 1].span.begin)
      return q;
    // "مدينة شهبا وبلدات القريا وعريقة": و on the settlement noun that
    // introduces the next places joins them to the one before.
    if (const LexWord& lw = words_[end]; w == end + 1 && lw.end > lw.first + 1 &&
                                          doc_.tokens[lw.first].piece == Piece::kProclitic &&
                                          doc_.TokenText(lw.first) == "\xD9\x88" &&  // و
                                          WordCue(end, "settlement") != nullptr)
      return q;
  }
  return -1;
}

// Arabic writes the conjunction on the second name (وأم درمان، وقوات X);
// otherwise one word stands between them: "and", و.
bool Builder::Conjoined(size_t end, size_t w, bool or_lists) const {
  if (w == end) {
    const LexWord& lw = words_[w];
    return doc_.tokens[lw.first].piece == Piece::kProclitic && doc_.TokenText(lw.first) == "\xD9\x88";  // و
  }
  // A name's head noun after it ("the X gang and Y", "X militia and Y"):
  // the name ends past it (`group_noun` cue).
  if (w > end + 1 && WordCue(end, "group_noun")) ++end;
  // A name closing its bracketed gloss ("Volunteers for the Defence of the
  // Homeland (VDP) and the armed group"): the name ends past the bracket.
  if (w > end + 1 && words_[end].text() == ")") ++end;
  // English names may keep their article: "the army and the RSF"; places
  // their preposition: "in Tizi Ouzou and in Azazga".
  if (w == end + 2 && (words_[end + 1].text() == "the" || words_[end + 1].text() == "in" || words_[end + 1].text() == "at"))
    --w;
  if (w != end + 1) return false;
  // "في كركوك وفي تكريت": Arabic repeats في under the conjunction.
  if (const LexWord& lw = words_[end]; lw.end - lw.first == 2 && InWord(end) &&
                                       doc_.tokens[lw.first].piece == Piece::kProclitic &&
                                       doc_.TokenText(lw.first) == "\xD9\x88")  // و
    return true;
  if (or_lists && WordCue(end, "disjunction")) return true;
  const std::string_view between = words_[end].text();
  return between == "and" || between == "\xD9\x88";  // و
}

// ACLED codes one event per place: an event told of several coordinated
// places is one event at each.
void Builder::SplitCoordinatedPlaces() {
  // "… on the road between A and B. The group threatened attacks across the
  // province": an event of a later sentence that speaks of the whole
  // province (`region_anaphor`) and went on at the road's second end, the
  // province's seat, is at that seat, not moved back to the road's start.
  auto RegionWide = [&](const Event& ev) {
    return sent_[place_w_[ev.place].first] < static_cast<int32_t>(ev.sentence) &&
           FirstLevelSeat(doc_.places[ev.place]) && AnyCue(static_cast<int32_t>(ev.sentence), "region_anaphor");
  };
  // The events told at several places, with the places after their own.
  // Most documents have none: their events stay where they are, unmoved.
  std::vector<std::pair<size_t, std::vector<int32_t>>> splits;
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    Event& e = doc_.events[i];
    std::vector<int32_t> more;
    if (e.place >= 0 && doc_.places[e.place].resolved && !Coarse(e.place) &&
        sent_[place_w_[e.place].first] == static_cast<int32_t>(e.sentence)) {
      // From the head of the list the event's place is in.
      for (bool moved = true; moved;) {
        moved = false;
        for (int32_t q : Bucket(s_places_, e.sentence))
          if (q != e.place && !Coarse(q) && CoordinatedAfter(q) == e.place) {
            e.place = q;
            moved = true;
            break;
          }
      }
      // A name and its other form ("كويسنجق (كويه)", "Koya, or Koysinjaq")
      // are one place, not a list of two.
      auto told = [&](int32_t q) {
        const PlaceMention& pq = doc_.places[q];
        if (!pq.resolved) return false;
        if (pq.entry == doc_.places[e.place].entry) return true;
        return std::any_of(more.begin(), more.end(), [&](int32_t m) { return doc_.places[m].entry == pq.entry; });
      };
      // "between Segovia and Remedios", بين بلدتي X وY: the towns frame one
      // spot between them, not a list of scenes; the event stays once, at
      // the town named first.
      const bool framed_between = [&] {
        const size_t head = place_w_[e.place].first;
        for (size_t k = head, seen = 0; k > 0 && seen < 4; --k, ++seen) {
          const LexWord& lw = words_[k - 1];
          if (lw.clause_break || !lw.is_word) return false;
          if (WordCue(k - 1, "between")) return true;
          if (!WordCue(k - 1, "definite_article") && !WordCue(k - 1, "genitive") && !WordCue(k - 1, "settlement")) return false;
        }
        return false;
      }();
      // "دوينتزا – …: … على محور دوينتزا – بوني", "ZAKHO — … the Zakho–Batifa
      // stretch": two names joined by a dash are the two ends of one road or
      // span, not a list of scenes; when one end is the town the report is
      // filed from, the event stays once, there (as on a road named by its
      // ends, the reporter tells of the stretch out of his own town). With
      // no dateline end (a crossing told by its two towns) the event is
      // still told at each: nothing says which end it was at.
      int32_t dash_end = -1;
      if (const int32_t q = CoordinatedAfter(e.place, e.status == "negated"); q >= 0) {
        const size_t end = place_w_[e.place].second;
        const std::string_view t = end < words_.size() ? words_[end].text() : std::string_view();
        if (place_w_[q].first == end + 1 && (t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "-"))  // – — -
          dash_end = DatelineTown(e.place) ? e.place : DatelineTown(q) ? q : -1;
      }
      const bool dash_joined = dash_end >= 0;
      if (dash_joined) e.place = dash_end;
      // وقف لإطلاق النار برعاية أعيان من صبراتة وصرمان: towns named after a
      // `mediator` cue (برعاية، بوساطة) between the event word and them, in
      // its clause, are where the mediators come from, not a list of scenes:
      // the event stays once.
      const bool mediators_towns = [&] {
        const size_t head = place_w_[e.place].first, tw1 = trig_w_[e.trigger].second;
        if (head < tw1) return false;
        return AnyCue(static_cast<int32_t>(e.sentence), "mediator", [&](const CueHit& c) {
          return c.w0 >= tw1 && c.w1 <= head && c.clause == clause_[head];
        });
      }();
      if (!framed_between && !dash_joined && !mediators_towns) {
        // "no clashes in X or Y", لم تسجل اشتباكات في X أو Y: a denial
        // holds at each place, so "or" lists them as "and" does.
        const bool or_lists = e.status == "negated";
        for (int32_t q = CoordinatedAfter(e.place, or_lists); q >= 0 && more.size() < 8;
             q = CoordinatedAfter(q, or_lists))
          if (!Coarse(q) && !told(q)) more.push_back(q);
      }
    }
    // An event on a road is placed at one of its ends, with the precision
    // of a stretch of road: on a road named by its ends (طريق عامودا –
    // القامشلي) the better-known town (a seat of a higher level), the
    // first-named on a tie; on a stretch told "between" two towns (a route
    // cue of kind `stretch`: الطريق بين X و Y, "the road between X and Y")
    // the first-named. The town the report is filed from (its dateline) is
    // never taken from the other end; named first on a stretch it keeps the
    // event, in English too (ZAKHO — "on the road between Zakho and Batifa"
    // is Zakho: the reporter tells of the stretch out of his own town); an
    // English road named by its ends from the dateline town still starts
    // there ("the Mogadishu-Afgooye road" under MOGADISHU is Afgooye). A
    // stretch whose second end the body told before, its first end not
    // ("fighting near Gondar … on the road between Dabat and Gondar"), is
    // at that town, the one the report is about — when the body leads with
    // it, not when a round-up named it for another event, nor when the
    // road itself is what was held or taken ("regained control of the road
    // between A and B" after a lead near B is at A, and so is "a mine on
    // the same road" told after it).
    // The place slot may have taken the road's second end (the last place
    // before the date, the one named again later): the rule below starts
    // from the end named first, as a list is read from its head.
    if (e.place >= 0 && doc_.places[e.place].resolved && !RegionWide(e))
      for (int32_t q : Bucket(s_places_, sent_[place_w_[e.place].first]))
        if (q != e.place && RouteStart(q) && RouteOtherEnd(q) == e.place) {
          e.place = q;
          break;
        }
    // "ambushed a convoy on the Mandalay-Lashio highway near C": a road
    // named by its two ends before its noun, with a town told near it (or
    // by a compass side) right after the noun, is at that town: the ends
    // name the road, the town says where on it the event was.
    if (e.place >= 0 && !RouteStart(e.place) && doc_.places[e.place].resolved && Latin(place_w_[e.place].first) &&
        NamesRoad(e.place) && !LeadsTo(e.place)) {
      int32_t last = e.place;
      const size_t end = place_w_[e.place].second;
      const std::string_view t = end < words_.size() ? words_[end].text() : std::string_view();
      if (t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "-")  // – — -
        for (int32_t q : Bucket(s_places_, sent_[place_w_[e.place].first]))
          if (place_w_[q].first == end + 1 && doc_.places[q].resolved) last = q;
      if (const int32_t along = PlaceAlongRoad(last); along >= 0 && along != e.place && along != last) e.place = along;
    }
    if (e.place >= 0 && RouteStart(e.place)) {
      const size_t begin = place_w_[e.place].first;
      const bool stretch = AnyCue(sent_[begin], "route", [&](const CueHit& c) {
        return c.row->kind == "stretch" && c.w1 <= begin && begin - c.w1 <= 2;
      });
      // "on the road from Qayyarah to Makhmour": a road told from one end
      // to the other is at the end it is told from, whichever the bigger
      // town or the one the report is about.
      const bool origin = AnyCue(sent_[begin], "route", [&](const CueHit& c) {
        return c.row->kind == "from" && c.w1 <= begin && begin - c.w1 <= 1;
      });
      const int32_t to = RouteOtherEnd(e.place);
      const int32_t along = PlaceAlongRoad(to >= 0 ? to : e.place);
      // Told before in the body (after the dateline): the town the report
      // is about already, where a stretch named after it is reckoned from.
      const auto told_before = [&](int32_t p) {
        for (size_t q = 0; q < doc_.places.size() && place_w_[q].first < begin; ++q)
          if (place_w_[q].first >= dateline_end_ && doc_.places[q].resolved &&
              doc_.places[q].entry == doc_.places[p].entry)
            return true;
        return false;
      };
      // Named in the body's lead (the sentence of its first resolved town
      // after the dateline, as the scene or the town locating it): a
      // round-up that named the other end for an event of its own further
      // down ("a clash near B on 12 November" after a lead elsewhere) is not
      // about that end.
      const auto in_body_lead = [&](int32_t p) {
        int32_t lead = -1;
        for (size_t q = 0; q < doc_.places.size() && place_w_[q].first < begin; ++q) {
          const int32_t qi = static_cast<int32_t>(q);
          if (place_w_[q].first < dateline_end_ || !doc_.places[q].resolved || Coarse(qi)) continue;
          if (lead < 0) lead = sent_[place_w_[q].first];
          if (sent_[place_w_[q].first] != lead) break;
          if (doc_.places[q].entry == doc_.places[p].entry) return true;
        }
        return false;
      };
      // A road held or taken ("regained control of the road between A and
      // B" after a lead near B) is the road as a whole, not a scene on it
      // reckoned from the town the report is about; so is the road an event
      // of a later sentence refers back to ("on the same road"): both stay
      // at the end named first, as a list is read.
      // (An origin stays at the end it is told from.)
      if (along >= 0)
        e.place = along;
      else if (!origin && to >= 0 && stretch && !DatelineTown(to) && !DatelineTown(e.place) && told_before(to) &&
               in_body_lead(to) && !told_before(e.place) && !TerritoryTaken(e) &&
               sent_[trig_w_[e.trigger].first] == sent_[begin])
        e.place = to;
      else if (!origin && to >= 0 && !DatelineTown(to) &&
               (DatelineTown(e.place) ? Latin(begin) && !stretch : !stretch && SeatRank(to) > SeatRank(e.place)))
        e.place = to;
    }
    if (!more.empty()) splits.emplace_back(i, std::move(more));
  }
  if (splits.empty()) return;
  size_t copies = 0;
  for (const auto& split : splits) copies += split.second.size();
  std::vector<Event> out;
  out.reserve(doc_.events.size() + copies);
  // "shelled the outskirts of A and B …, a shepherd was killed near B": a
  // toll told with a place of the list right after it (within five words of
  // its figure, in its clause) was told of that place: it goes with the
  // event there, not with the first.
  const auto toll_place = [&](const Event& e, const std::vector<int32_t>& places) -> int32_t {
    if (!e.fatalities || e.fatalities->span.end <= e.fatalities->span.begin) return -1;
    const uint32_t end = e.fatalities->span.end;
    const size_t w = WordAtByte(end);
    if (w == 0 || w >= words_.size()) return -1;
    for (int32_t q : Bucket(s_places_, sent_[w - 1])) {
      const size_t qw = place_w_[q].first;
      if (qw < w || qw > w + 4 || clause_[qw] != clause_[w - 1] || !doc_.places[q].resolved) continue;
      for (int32_t p : places)
        if (doc_.places[p].resolved && doc_.places[p].entry == doc_.places[q].entry) return p;
      return -1;
    }
    return -1;
  };
  size_t next = 0;
  for (size_t i = 0; i < doc_.events.size(); ++i) {
    const size_t first = out.size();
    out.push_back(std::move(doc_.events[i]));
    if (next == splits.size() || splits[next].first != i) continue;
    const int32_t told_at = toll_place(out[first], splits[next].second);
    for (int32_t q : splits[next++].second) {
      Event copy = out[first];
      copy.place = q;
      // A toll or a figure was told of the places together: it stays on the
      // first. A toll of zero ("shelled A and B, causing no casualties") is
      // no count to share out: no one was hurt at any of them.
      const bool no_one_hurt = copy.fatalities && copy.fatalities->low == 0.0 && copy.fatalities->best == 0.0 &&
                               copy.fatalities->high == 0.0;
      if (!no_one_hurt) copy.fatalities.reset();
      copy.civilian_fatalities.reset();
      copy.injuries.reset();
      copy.quantities.clear();
      if (q == told_at) {
        std::swap(copy.fatalities, out[first].fatalities);
        std::swap(copy.civilian_fatalities, out[first].civilian_fatalities);
      }
      out.push_back(std::move(copy));
    }
  }
  doc_.events = std::move(out);
}

// The town of the report's dateline, named there or again later.
bool Builder::DatelineTown(int32_t p) const {
  if (Dateline(p)) return true;
  for (size_t q = 0; q < doc_.places.size() && place_w_[q].first < dateline_end_; ++q)
    if (doc_.places[q].resolved && doc_.places[q].entry == doc_.places[p].entry) return true;
  return false;
}

// How high a seat a town is: capital 4, province seat 3, district seat 2,
// sub-district seat 1, else 0.
int Builder::SeatRank(int32_t p) const {
  const std::string& fc = doc_.places[p].location.feature_code;
  if (fc == "PPLC") return 4;
  if (fc == "PPLA") return 3;
  if (fc == "PPLA2") return 2;
  if (fc == "PPLA3") return 1;
  return 0;
}

// A place word inside an outlet's or monitor's name ("Observatory for Human Rights").
// An outlet named after a place (الميادين، الجزيرة) is the place when told
// as one: with a settlement noun before it (مدينة الميادين), a relation word
// (أطراف الميادين، شرقي الجزيرة) or في / "in" — not how a source is cited.
bool Builder::InSourceName(int32_t p) const {
  return PlaceMemo(place_memo_, p, kInSourceNameSlot, [&] { return InSourceNameUnkept(p); });
}

bool Builder::InSourceNameUnkept(int32_t p) const {
  const Span ps = doc_.places[p].span;
  const size_t w = place_w_[p].first;
  if (AgencyInDateline(p)) return true;
  if (!doc_.places[p].relation_span.empty() || AfterIn(p) || (w > 0 && WordCue(w - 1, "settlement") != nullptr))
    return false;
  for (int32_t ci : Bucket(s_cues_, sent_[place_w_[p].first])) {
    const CueHit& c = cues_[ci];
    if (c.row->type != "attribution" || c.row->kind != "media") continue;
    Span cs = doc_.SpanOf(TokenRange{words_[c.w0].first, words_[c.w1 - 1].end});
    if (ps.begin < cs.end && cs.begin < ps.end) return true;
  }
  return false;
}

// "AMMAN (Petra) -", "MARSABIT (Nation) -": the word in brackets after the
// dateline town names the agency filing the report (many are named after a
// place), never where anything happened.
bool Builder::AgencyInDateline(int32_t p) const {
  const size_t w = place_w_[p].first, end = place_w_[p].second;
  if (w == 0 || w >= dateline_end_ || end >= words_.size()) return false;
  if (words_[w - 1].text() != "(" || words_[end].text() != ")") return false;
  for (size_t q = 0; q < place_w_.size(); ++q)
    if (place_w_[q].second < w && sent_[place_w_[q].first] == sent_[w]) return true;
  return false;
}

static bool PossessiveS(const Doc& doc, uint32_t t);

// An English place name that locates something follows a preposition
// ("in Kutum", "near Afgooye", "the town of Jos", "from Yemen"); one that
// does not ("its Andalus radio") names something else. Arabic is not
// judged here.
bool Builder::LocativeInEnglish(int32_t p) const {
  const size_t w = place_w_[p].first;
  if (!Latin(w)) return true;
  if (w == 0 || Dateline(p)) return true;
  // `locative_preposition` cues: in, at, near, of, from, west, and …
  const auto locative = [&](size_t k) { return WordCue(k, "locative_preposition") != nullptr; };
  // A place coordinated after another ("in Aleppo and Idlib", "against
  // Washington and London") takes the preposition of the first.
  if (words_[w - 1].text() == "and" || words_[w - 1].text() == ",")
    for (int32_t q : Bucket(s_places_, sent_[w]))
      if (q != p && place_w_[q].second == w - 1) return LocativeInEnglish(q);
  if (locative(w - 1)) return true;
  // "outside the Quetta Press Club", "at the Kabul airport": a name that
  // opens a place's own name (a building, a camp, a crossing) after a
  // spatial preposition and "the" says which town that place is in — not a
  // name told with a relation noun after it ("in the Hama countryside": a
  // town's surroundings, told to describe another place). A unit noun after
  // the name ("in the Dangam district") names the division itself, a scene.
  const PlaceMention& m = doc_.places[p];
  if (!m.relation_span.empty() && !(m.relation == "in" && m.relation_span.begin >= m.span.end)) return false;
  // A `facility_after` noun right after the name ("stormed the Kabul
  // airport", "took over the Qamishli airport") makes it the facility's
  // town whatever word stands before "the".
  const size_t next = place_w_[p].second;
  const bool facility = next < words_.size() && sent_[next] == sent_[w] && WordCue(next, "facility_after") != nullptr;
  if (w < 2 || words_[w - 1].text() != "the" || (!facility && !WordCue(w - 2, "spatial_preposition"))) return false;
  // The name must open a longer one — a word of the phrase follows it
  // ("the Kabul airport"); "near the Old City, …" names a place of its own.
  const uint32_t t_end = doc_.places[p].tokens.end;
  if (t_end + 1 < doc_.tokens.size() && !doc_.tokens[t_end].space_before && PossessiveS(doc_, t_end)) return false;
  if (next >= words_.size() || sent_[next] != sent_[w] || !Latin(next) || words_[next].number) return false;
  const std::string_view n = words_[next].text();
  return !locative(next) && n != "," && n != "." && n != "'" && n != "\xE2\x80\x99" && n != "or" &&
         n != "was" && n != "were" && n != "is";
}

// Tokens t and t+1 are an English possessive 's (or ’s).
static bool PossessiveS(const Doc& doc, uint32_t t) {
  std::string_view mark = doc.TokenText(t), s = doc.TokenText(t + 1);
  return (mark == "'" || mark == "\xE2\x80\x99") && (s == "s" || s == "S");
}

// "Yemen's government", "Aleppo's governor": an English place in the
// possessive names whose thing it is, not where the event is — unless a
// preposition makes the whole phrase a location ("at Baghdad's main square").
bool Builder::OwnerNotLocation(int32_t p) const {
  const uint32_t t = doc_.places[p].tokens.end;
  if (t + 1 >= doc_.tokens.size() || doc_.tokens[t].space_before || !PossessiveS(doc_, t)) return false;
  // "Jendouba's mountains were the scene of …", "would strike Jazan's
  // airport", "in Baghdad's main market": what the place has there (a
  // `possessed_site` noun, right after the possessive or after one word
  // more) lies in it — the place is where, whatever word stands before it.
  if (t + 2 < doc_.tokens.size()) {
    const size_t first = tok_word_[t + 2];
    const int32_t s = sent_[place_w_[p].first];
    for (size_t k = first; k < first + 2 && k < words_.size() && sent_[k] == s && Latin(k); ++k) {
      if (WordCue(k, "possessed_site") != nullptr) return false;
      if (words_[k].clause_break || words_[k].number) break;
    }
  }
  // "west of Rafah, Gaza's civil defence said": after a comma the owner
  // starts a new phrase; it does not take the preposition of the place before.
  const size_t w = place_w_[p].first;
  if (w > 0 && words_[w - 1].text() == ",") return true;
  return !LocativeInEnglish(p);
}

// "JNIM, al-Qaeda's Sahel affiliate", "the Islamic State's Sahel branch": a
// region or country right after the possessive of a proper name that is no
// place (a group, a body) names which of its branches or offices is meant,
// not where an event was. A town there ("the army's Kandahar base") may
// still be a scene, and a place's possessive ("Nigeria's Borno state")
// locates.
bool Builder::NamesActorsBranch(int32_t p) const {
  if (!Latin(place_w_[p].first) || !Coarse(p)) return false;
  const uint32_t t = doc_.places[p].tokens.begin;
  if (t < 3 || doc_.tokens[t - 1].space_before || doc_.tokens[t - 2].space_before || !PossessiveS(doc_, t - 2))
    return false;
  std::string_view owner = doc_.OriginalText(doc_.tokens[t - 3].span);
  if (owner.empty() || !std::isupper(static_cast<unsigned char>(owner[0]))) return false;
  const uint32_t owner_end = doc_.tokens[t - 3].span.end;
  for (const PlaceMention& m : doc_.places)
    if (m.span.begin < owner_end && owner_end <= m.span.end) return false;
  return true;
}

// The town a place used as the attribute of a settlement noun before "of"
// names ("the Red Sea port of Mocha", "the Idlib town of Saraqib", "the
// Sinai coastal town of X"): one or two words between the name and "of"
// (the noun, or an adjective before it), the last a noun of a settlement
// (`settlement_noun`: town, village, city, port), and a resolved place
// that is no region or province right after "of"; or -1. Not a division's
// noun: "the Huth district of Amran", "the X neighbourhood of Y" name the
// district, a part of the place after "of".
int32_t Builder::TownOfModifier(int32_t p) const {
  if (!Latin(place_w_[p].first) || !doc_.places[p].resolved) return -1;
  const size_t end = place_w_[p].second;
  const int32_t s = sent_[place_w_[p].first];
  for (size_t of_w = end + 1; of_w <= end + 2 && of_w < words_.size() && sent_[of_w] == s; ++of_w) {
    if (words_[of_w - 1].clause_break || !Latin(of_w - 1)) break;
    if (words_[of_w].text() != "of") continue;
    if (WordCue(of_w - 1, "settlement_noun") == nullptr) break;
    for (int32_t q : Bucket(s_places_, s))
      if (place_w_[q].first == of_w + 1) return doc_.places[q].resolved && !Coarse(q) ? q : -1;
    break;
  }
  return -1;
}

// "in Nigeria's Borno state", "in Mogadishu's Hodan district": a place in
// the possessive right before another place of its own country only says
// where that place is; the place after it is the scene. So does a place
// used as the attribute of a settlement noun before "of" and another place
// ("the Red Sea port of Mocha", "the Idlib town of Saraqib", "the Euphrates
// town of X", "the northern Idlib village of X"): the place after "of" is
// the scene, whatever country or none the first has.
bool Builder::OwnsNextPlace(int32_t p) const {
  if (!Latin(place_w_[p].first) || !doc_.places[p].resolved) return false;
  if (TownOfModifier(p) >= 0) return true;
  const uint32_t t = doc_.places[p].tokens.end;
  if (t + 2 >= doc_.tokens.size() || doc_.tokens[t].space_before || doc_.tokens[t + 1].space_before ||
      !PossessiveS(doc_, t))
    return false;
  for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first]))
    if (doc_.places[q].tokens.begin == t + 2)
      return doc_.places[q].resolved && doc_.places[q].location.country == doc_.places[p].location.country;
  return false;
}

bool Builder::AfterIn(size_t p) const {
  size_t w = place_w_[p].first;
  const LexWord& lw = words_[w];
  if (doc_.tokens[lw.first].piece == Piece::kProclitic && doc_.TokenText(lw.first) == "\xD8\xA8") return true;  // ب
  return w > 0 && (InWord(w - 1) || words_[w - 1].text() == "at");
}

// "in", "In", في, and في under a conjunction (وفي، ففي: the word's last token).
bool Builder::InWord(size_t k) const {
  const LexWord& lw = words_[k];
  if (lw.text() == "in" || lw.text() == "In") return true;
  return lw.end > lw.first && doc_.TokenText(lw.end - 1) == "\xD9\x81\xD9\x8A" &&  // في
         (lw.end - lw.first == 1 || doc_.tokens[lw.first].piece == Piece::kProclitic);
}

bool Builder::OverlapsActorOf(size_t p, const Event& e) const {
  for (int32_t a : {e.actor1.actor, e.actor2.actor})
    if (a >= 0 && doc_.places[p].span.begin < doc_.actors[a].span.end && doc_.actors[a].span.begin < doc_.places[p].span.end)
      return true;
  return false;
}

// A place named inside a longer actor name ("al-Qaeda in the Arabian
// Peninsula", قوات سوريا الديمقراطية) locates nothing.
bool Builder::InsideActorName(int32_t p) const {
  const Span ps = doc_.places[p].span;
  for (int32_t a : Bucket(s_actors_, sent_[place_w_[p].first])) {
    const Span as = doc_.actors[a].span;
    // More words than the place's, not only its proclitic (ببغداد, read as
    // Iraq's government, is the place بغداد with ب).
    if (as.begin <= ps.begin && ps.end <= as.end && as.size() > ps.size() &&
        actor_w_[a].second - actor_w_[a].first > place_w_[p].second - place_w_[p].first)
      return true;
  }
  // "the Tren de Aragua gang", "the Sinaloa cartel": in English a place right
  // before a noun heading a group's name (`group_noun`), not after "in" or
  // another locative word, is the group's name, even when the registry does
  // not know the group.
  const size_t end = place_w_[p].second;
  // المجلس العسكري نالوت: Arabic names the town after the body's head, with
  // no preposition (a proclitic ب، ل or في on the town tells a place): a
  // place right after an Arabic `group_noun` cue is the body's name too.
  const size_t first = place_w_[p].first;
  if (!Latin(first) && doc_.places[p].relation_span.empty() &&
      doc_.tokens[words_[first].first].piece != Piece::kProclitic &&
      AnyCue(sent_[first], "group_noun", [&](const CueHit& c) { return c.w1 == first; }))
    return true;
  return Latin(place_w_[p].first) && WordCue(end, "group_noun") != nullptr && !AfterIn(p) &&
         doc_.places[p].relation_span.empty();
}

// An unresolved "place" that is an event word (وأدى القصف read as وادي
// القصف, "the valley of shelling") is no place.
bool Builder::EventWord(int32_t p) const {
  const PlaceMention& m = doc_.places[p];
  if (m.resolved) return false;
  for (int32_t t : Bucket(s_triggers_, sent_[place_w_[p].first]))
    if (doc_.triggers[t].span.begin < m.span.end && m.span.begin < doc_.triggers[t].span.end) return true;
  return false;
}

bool Builder::CoarseMention(const PlaceMention& m) {
  // A view: each code below is told by its length first, not by an
  // out-of-line compare with a strlen per code (Index asks this per place).
  const std::string_view fc = m.location.feature_code;
  // Countries, provinces, and regions, seas, deserts and peninsulas; and
  // waterways: ACLED codes the town on them the report names. A province
  // below the first level authored with no OCHA code (Burkina Faso's
  // Boulgou, placed at its seat) is coarse too; OCHA's coded districts
  // (Syria's, each named as its seat town) stay places of their own.
  return m.geo_precision >= 3 || fc.rfind("PCL", 0) == 0 || fc == "ADM1" || (fc == "ADM2" && m.location.pcode.empty()) || fc == "RGN" || fc == "CONT" ||
         fc == "PEN" || fc == "DSRT" || fc == "SEA" || fc == "OCN" || fc == "GULF" || fc == "MTS" || fc == "PLAT" ||
         Waterway(m.location.feature_code);
}

// "In Hakkari province", "in neighbouring Sokoto state": a name told with a
// unit noun after it (`relation_after` of value in) is the division, even
// where the gazetteer only knows its seat town of that name. Arabic puts the
// noun before the name (وفي محافظة البيضاء، ولاية القضارف): a governorate or
// province cue of the geoparser. A town of the sentence says where in it;
// told alone it is the place (the seat stands for it).
bool Builder::NamedAsUnit(int32_t p) const {
  const PlaceMention& m = doc_.places[p];
  if (!m.resolved) return false;
  if (!Latin(place_w_[p].first)) return m.cue == "governorate" || m.cue == "province";
  return m.relation == "in" && !m.relation_span.empty() && m.relation_span.begin >= m.span.end;
}

// A dateline ("KHARTOUM, May 7 -") says where the report was filed.
bool Builder::Dateline(int32_t p) const {
  return place_w_[p].first < dateline_end_ || (place_w_[p].first <= 1 && sent_[place_w_[p].first] <= 0 && place_w_[p].second < words_.size() && words_[place_w_[p].second].clause_break);
}

// "المدينة", "the city": a `place_anaphor` cue standing where a place was
// read (المدينة is also Medina's name) refers to the town named before.
bool Builder::PlaceAnaphor(int32_t p) const {
  return PlaceMemo(place_memo_, p, kPlaceAnaphorSlot, [&] {
    for (int32_t ci : Bucket(s_cues_, sent_[place_w_[p].first])) {
      const CueHit& c = cues_[ci];
      if (c.row->type == "place_anaphor" && c.w0 <= place_w_[p].first && place_w_[p].second <= c.w1) return true;
    }
    return false;
  });
}

// "أقام قاعدة في البلدة"، "in the same area": a `place_anaphor` cue the
// geoparser read no place in stands for the town named before it, and
// competes with the sentence's places as a place of the event's clause
// would. Returns its score (as PickPlace scores a place), or LONG_MAX where
// the words name a place of their own: one read inside them, or a name
// right after them that they introduce ("المدينة الساحلية X", "the city of X").
long Builder::AnaphorScore(const CueHit& c, size_t tw0, size_t tw1, int32_t clause) const {
  if (c.row->type != "place_anaphor" || c.sentence != sent_[tw0]) return LONG_MAX;
  if (c.w0 < tw1 && tw0 < c.w1) return LONG_MAX;
  for (int32_t p : Bucket(s_places_, c.sentence)) {
    const size_t w = place_w_[p].first, end = place_w_[p].second;
    if (w < c.w1 && c.w0 < end) return LONG_MAX;
    if (w >= c.w1 && w <= c.w1 + 3) {
      bool apart = false;
      for (size_t k = c.w1; k < w; ++k) apart = apart || words_[k].clause_break;
      if (!apart) return LONG_MAX;
    }
  }
  const long dist = c.w0 >= tw1 ? static_cast<long>(c.w0 - tw1) : static_cast<long>(tw0 - c.w1) + 3;
  // Only where it says where (في المدينة، بالبلدة، "in the town"): "أبناء
  // المدينة", "fled the city", "east of the city" speak of the town
  // without placing the event in it.
  const LexWord& lw = words_[c.w0];
  const bool after_in = (doc_.tokens[lw.first].piece == Piece::kProclitic && doc_.TokenText(lw.first) == "\xD8\xA8") ||  // ب
                        (c.w0 > 0 && (InWord(c.w0 - 1) || words_[c.w0 - 1].text() == "at"));
  // "على الطريق ذاته"، "on the same road": a place said to be the one told
  // before is where the event was after على/on as well (a road, a front).
  const bool after_on = c.row->kind == "same" && c.w0 > 0 &&
                        (words_[c.w0 - 1].text() == "on" || words_[c.w0 - 1].text() == "\xD8\xB9\xD9\x84\xD9\x8A");  // على (normalised علي)
  // "قرب البلدة"، "وسط المدينة"، "outside the city": an `anaphor_relation`
  // right before it places the event at that town as في does — ACLED codes
  // an event near or beside a town to the town.
  bool after_relation = false;
  for (int32_t ri : Bucket(s_cues_, c.sentence))
    after_relation = after_relation || (cues_[ri].row->type == "anaphor_relation" && cues_[ri].w1 == c.w0);
  // "استعاد الجيش البلدة"، "سيطروا على المدينة"، "stormed the town": the
  // anaphor as the event word's object is where the event was.
  const bool object = c.w0 == tw1 || (c.w0 == tw1 + 1 && (words_[tw1].text() == "\xD8\xB9\xD9\x84\xD9\x8A" || words_[tw1].text() == "on"));  // على
  if (!after_in && !after_on && !after_relation && !object) return LONG_MAX;
  return dist + (clause_[c.w0] == clause ? 0 : 100);
}

// A place named inside a quotation the event is not in (a slogan, a
// banner, "martyrs on the road to X") is the speaker's figure, not the
// scene the narration goes on at: the next sentence's event, placed by
// nothing of its own, is not placed there.
bool Builder::QuotedApart(int32_t p, size_t tw0) const {
  const int32_t q = tok_quote_[doc_.places[p].tokens.begin];
  return q >= 0 && q != tok_quote_[words_[tw0].first];
}

// A place named as an actor (قالت طهران، "Moscow denied"): a government, not
// a place; one after a relation word (وسط بغداد) is still a place.
bool Builder::SpeakingPlace(int32_t p) const {
  return actor_is_place_any_[p] && !AfterIn(p) && (doc_.places[p].relation_span.empty() || Coarse(p));
}

// Where an event is coded, ACLED-style: the nearest named populated place.
//  - An unknown village is coded to its known parent, else to the town
//    named before it (kept as read when there is none); under a province
//    (a first-level division) it stays at that province.
//  - A country or province, or no place at all, gives way to the latest
//    town named before the event inside that area: reports name the town
//    once and then speak of "the city", "Iraq" or nothing.
int32_t Builder::RefinePlace(int32_t p, size_t tw0, bool home_only) const {
  if (p >= 0 && PlaceAnaphor(p)) p = -1;
  if (p >= 0 && !doc_.places[p].resolved) {
    int32_t parent = doc_.places[p].parent;
    // An unknown place under another unknown one (قرية X في منطقة Y بولاية Z)
    // lies where the first known place up the chain lies.
    for (int steps = 0; parent >= 0 && !doc_.places[parent].resolved && steps < 3; ++steps)
      parent = doc_.places[parent].parent;
    // "… قرب بلدة صدة في منطقة كرم السفلى. … فرض حظر تجوّل في منطقة كرم
    // السفلى": an area the gazetteer lacks, told again with no town of its
    // own (under a province or nothing), is coded where it was first told,
    // to the town it was told with then.
    if (parent < 0 || Coarse(parent))
      for (int32_t q = 0; q < p; ++q) {
        const PlaceMention& m = doc_.places[q];
        if (m.resolved || doc_.norm(m.span) != doc_.norm(doc_.places[p].span)) continue;
        const int32_t up = m.parent;
        if (up >= 0 && doc_.places[up].resolved && !Coarse(up) && !PlaceAnaphor(up) && !Dateline(up) &&
            !SpeakingPlace(up) && !AcrossBorder(up))
          parent = up;
        break;
      }
    const int32_t unknown = p;
    // The geoparser hangs an unknown name under the sentence's nearest known
    // place; a capital that speaks there (X، ونفت طهران ذلك) is a government.
    // (A country that speaks still tells the country: "X, a claim Ukraine
    // denied".) Nor is the other side of a border its parent ("near the
    // border with X, … tried to cross the <unknown> river"): the event is on
    // this side, at the town named before. Nor is a town inside an actor's
    // name told after it (عند معبر X … ومسلحين من المجلس العسكري نالوت).
    p = parent >= 0 && doc_.places[parent].resolved && !PlaceAnaphor(parent) &&
                !(SpeakingPlace(parent) && !Coarse(parent)) && !AcrossBorder(parent) && !InsideActorName(parent)
            ? parent
            : -1;
    // "منطقة الكرادة وسط العاصمة": a capital that locates the unknown
    // place is its town.
    if (p < 0)
      if (const int32_t capital = CapitalOf(unknown); capital >= 0) return capital;
    // With no known parent: the town named before, else the name as read.
    if (p < 0) {
      // A village the gazetteer lacks lies in the report's own country, not
      // across a border from it: the town before must be there too.
      int32_t before = RefinePlace(-1, tw0, true);
      return before >= 0 ? before : unknown;
    }
    // "منطقة X في إقليم Y", "X district in Y province": a named site the
    // gazetteer lacks, inside a first-level division, is coded to that
    // division itself (the province mention), not to a town of it told
    // before, which the report does not say it is near.
    if (doc_.places[p].location.feature_code == "ADM1") return p;
  }
  if (p >= 0 && !Coarse(p)) return p;
  const std::string home = home_only ? HomeCountry() : std::string();
  int32_t source_place = -1;
  for (size_t q = doc_.places.size(); q-- > 0;) {
    if (place_w_[q].first >= tw0) continue;
    const PlaceMention& m = doc_.places[q];
    const int32_t qi = static_cast<int32_t>(q);
    // The dateline town does code an event its report places only in that
    // town's country ("talks in Switzerland" under GENEVA).
    if (!m.resolved || Coarse(qi) || (NamedAsUnit(qi) && FirstLevelSeat(m)) || FarEndOfHyphenedRoad(doc_, qi) ||
        (Dateline(qi) && p < 0) || InSourceName(qi) || (Anchor(qi) && !AnchorsUnreadPlace(qi)) || InsideActorName(qi) ||
        !LocativeInEnglish(qi) || OwnerNotLocation(qi) || LocatesPlaceBefore(qi) || FromOrigin(qi) || Venue(qi) ||
        RightAfterCue(sent_[place_w_[q].first], "destination", place_w_[q].first) ||
        QuoteFollows(words_, place_w_[q].second))
      continue;
    // «هربنا من الموت في X»: a town named only inside someone's quoted words
    // (a refugee's past, a wish) is no scene the report goes on at; a town
    // the report names outside quotes too (its dateline, say) still is.
    if (QuotedApart(qi, tw0)) {
      bool told_outside = false;
      for (size_t o = 0; o < doc_.places.size() && !told_outside; ++o)
        told_outside = tok_quote_[doc_.places[o].tokens.begin] < 0 && doc_.places[o].resolved &&
                       doc_.places[o].entry == m.entry;
      if (!told_outside) continue;
    }
    if (actor_is_place_any_[q] && !AfterIn(q) && (m.relation_span.empty() || Coarse(qi))) continue;
    if (home_only && m.location.country != home) continue;
    if (p >= 0) {
      const Location &area = doc_.places[p].location, &town = m.location;
      // "villages along the Tigris" after "in Kut": a waterway's label point
      // and countries say nothing of which towns lie on it.
      if (Waterway(area.feature_code)) return qi;
      // A region the gazetteer gives no country (Balochistan, Kurdistan:
      // lands across borders) holds the report's towns of any of them.
      if (!(area.feature_code == "RGN" && area.country.empty()) && area.country != town.country) continue;
      if (area.feature_code == "ADM1" && DistanceKm(area.lat, area.lon, town.lat, town.lon) > 150) continue;
      // A town of another province is no place in this one, however near
      // its label point (Kabul is no town of Panjshir).
      if (area.feature_code == "ADM1" && !area.admin1.empty() && !town.admin1.empty() && area.admin1 != town.admin1)
        continue;
    }
    // "…، وفق مصادر طبية في مستشفى X. وأوضحت المصادر أن مسلحين اشتبكوا":
    // where a source is (SourcesPlace) is taken only when no town told
    // before it is left.
    if (SourcesPlace(qi) && AfterAccordingTo(qi)) {
      if (source_place < 0) source_place = qi;
      continue;
    }
    return qi;
  }
  return source_place >= 0 ? source_place : p;
}

// The country most of the report's resolved place mentions are in (the
// first such in a tie), or "".
std::string Builder::HomeCountry() const {
  std::vector<std::pair<std::string, int>> counts;
  for (const PlaceMention& m : doc_.places) {
    if (!m.resolved || m.location.country.empty()) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == m.location.country; });
    if (it == counts.end()) counts.emplace_back(m.location.country, 1);
    else ++it->second;
  }
  auto best = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == counts.end() ? std::string() : best->first;
}

// The word holding the start of place p's relation words (شرقي in سراقب
// شرقي إدلب), or SIZE_MAX when p has none other than a plain "in".
size_t Builder::RelationWord(int32_t p) const {
  const PlaceMention& m = doc_.places[p];
  if (m.relation == "in" || m.relation_span.empty()) return SIZE_MAX;
  auto tok = std::upper_bound(doc_.tokens.begin(), doc_.tokens.end(), m.relation_span.begin,
                              [](uint32_t off, const Token& t) { return off < t.span.begin; });
  if (tok == doc_.tokens.begin()) return SIZE_MAX;
  return tok_word_[static_cast<size_t>(tok - doc_.tokens.begin()) - 1];
}

// A place that only locates the place before it (سراقب شرقي إدلب: إدلب
// with east_of right after سراقب) is not where an event happens when that
// place is there.
// A journey's start or end (متجهة من X إلى Y قرب بلدة Z, "a bus coming from
// X near Z") is no scene, so "near Z" after it locates the event, not it.
// "Gharyan, 80 kilometres south of Tripoli", "على بعد 20 كيلومتراً شمال X":
// the distance that measures the relation (a figure and its unit after an
// optional comma, no clause between) still ties it to the place before.
bool Builder::Anchor(int32_t p) const {
  const size_t rel_w = RelationWord(p);
  if (rel_w == SIZE_MAX) return false;
  auto measured_gap = [&](size_t end) {
    if (end >= rel_w || end >= words_.size()) return false;
    const size_t from = words_[end].clause_break ? end + 1 : end;
    bool figure = false, clause = false;
    for (size_t k = from; k < rel_w; ++k) figure |= words_[k].number, clause |= words_[k].clause_break;
    return figure && !clause && rel_w - from <= 5;
  };
  // "قصفت مواقعه في جبال تيبستي قرب زوار", "in the X region near Y": a town
  // told near a province, region or range is the one point a coder has
  // there — it says where, it does not only locate the area. So is a town
  // told near a city's countryside ("في ريف السويداء الجنوبي قرب صلخد"):
  // ريف X is the area round X, not the city. (A province's seat still
  // locates it: "في بادية X شرقي حمص".)
  const bool town = doc_.places[p].resolved && !Coarse(p);
  for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first]))
    if (q != p && place_w_[q].second <= rel_w &&
        (rel_w - place_w_[q].second <= 2 || measured_gap(place_w_[q].second)) && CanAnchor(p, q) && !FromOrigin(q) &&
        !(town && doc_.places[q].resolved && (Coarse(q) || (doc_.places[q].relation == "countryside_of" && !FirstLevelSeat(doc_.places[p])))))
      return true;
  return false;
}

// "قرية X غرب Y" with X a village the gazetteer lacks: Y only locates X,
// but Y is also the nearest place a coder can code X to.
bool Builder::AnchorsUnreadPlace(int32_t p) const {
  if (!doc_.places[p].resolved) return false;
  const size_t rel_w = RelationWord(p);
  if (rel_w == SIZE_MAX) return false;
  bool unread = false;
  for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first])) {
    if (q == p || place_w_[q].second > rel_w || rel_w - place_w_[q].second > 2) continue;
    if (doc_.places[q].resolved) return false;
    unread = true;
  }
  return unread;
}

// "ريف دير الزور … بالريف الشرقي", "the Idlib countryside … the
// countryside": the noun of p's relation, told again with the article in the
// clause of `sentence` holding word tw0, refers back to it. Told in another
// clause ("انسحبوا باتجاه عمق البادية، فيما انفجرت عبوة") it is where someone
// went, not where that clause's event was.
bool Builder::RelationToldAgain(int32_t p, int32_t sentence, size_t tw0) const {
  const PlaceMention& m = doc_.places[p];
  if (m.relation_span.empty()) return false;
  std::string_view noun;
  auto first = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.relation_span.begin,
                                [](const Token& t, uint32_t off) { return t.span.begin < off; });
  for (auto t = static_cast<uint32_t>(first - doc_.tokens.begin()); t < doc_.tokens.size(); ++t) {
    if (doc_.tokens[t].span.begin >= m.relation_span.end) break;
    if (doc_.tokens[t].kind != TokenKind::kWord) continue;
    std::string_view x = doc_.TokenText(t);
    if (x != "of" && x != "the" && x != "\xD8\xA7\xD9\x84") noun = x;  // ال
  }
  if (noun.empty()) return false;
  for (size_t k = 0; k < words_.size(); ++k) {
    if (sent_[k] != sentence || (tw0 < clause_.size() && sent_[tw0] == sentence && clause_[k] != clause_[tw0])) continue;
    const LexWord& lw = words_[k];
    for (uint32_t t = lw.first + 1; t < lw.end; ++t)
      if (doc_.TokenText(t) == noun && doc_.TokenText(t - 1) == "\xD8\xA7\xD9\x84") return true;  // ال
    if (k > 0 && sent_[k - 1] == sentence && lw.text() == noun && words_[k - 1].text() == "the") return true;
  }
  return false;
}

// Can p, named with a relation word after q, say where q is? Not when both
// are known and lie in different countries or far apart: "الفصائل الموالية
// لأنقرة في محيط رأس العين" names Ankara's allies, not a place near Ras al-Ain.
bool Builder::CanAnchor(int32_t p, int32_t q) const {
  const PlaceMention &a = doc_.places[p], &b = doc_.places[q];
  if (!a.resolved || !b.resolved || Coarse(p)) return true;
  if (a.location.country != b.location.country) return false;
  // "بلدة X في بادية حمص", "بادية السخنة شرقي حمص": a city's countryside
  // or steppe is its whole province, which may reach far beyond 150 km of
  // the city; a town of that province is told by where it lies from it.
  if (!a.location.admin1.empty() && a.location.admin1 == b.location.admin1) return true;
  return DistanceKm(a.location.lat, a.location.lon, b.location.lat, b.location.lon) < 150;
}

// "an orchard near Roum, east of Jezzine": a name the next place locates
// (its relation word right after the name, a comma between at most) lies
// by that place; read as a town over 250 km away (Roum as Rome; a town
// across a border close by may be meant, "Kilis, north of Azaz"; a steppe
// east of a city may reach far, بادية السخنة شرقي حمص), it is a namesake the gazetteer has, not the village
// meant, and no scene: the place that locates it says where the event was.
bool Builder::NamesakeLocatedFarAway(int32_t p) const {
  if (!doc_.places[p].resolved || Coarse(p)) return false;
  const size_t end = place_w_[p].second;
  for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first])) {
    if (q == p || !doc_.places[q].resolved || Coarse(q) || doc_.places[q].entry == doc_.places[p].entry) continue;
    const size_t rel_w = RelationWord(q);
    if (rel_w == SIZE_MAX || rel_w < end || rel_w - end > 1 || rel_w >= place_w_[q].first) continue;
    if (rel_w == end + 1 && words_[end].text() != "," && words_[end].text() != "\xD8\x8C") continue;  // ، 
    // (The place that locates it must be sure: a town of the report's
    // country, no quarter and no "the province" read as one.)
    const Location &a = doc_.places[p].location, &b = doc_.places[q].location;
    if (b.country != HomeCountry() || b.feature_code == "PPLX" || PlaceAnaphor(q)) continue;
    // (A town of the same province may lie far off: بلدة الرطبة غربي الرمادي.)
    if ((!a.admin1.empty() && a.country == b.country && a.admin1 == b.admin1) ||
        DistanceKm(a.lat, a.lon, b.lat, b.lon) <= 250)
      continue;
    // Which of the two is the namesake: the one far from every other town
    // of the report (مديرية كسمة بريف ريمة: Kusmah lies by the report's
    // other towns; ريمة read as a far Rumah is the misreading, not Kusmah).
    bool near_another = false;
    for (size_t r = 0; r < doc_.places.size() && !near_another; ++r) {
      const PlaceMention& m = doc_.places[r];
      if (!m.resolved || Coarse(static_cast<int32_t>(r)) || m.entry == doc_.places[p].entry ||
          m.entry == doc_.places[q].entry)
        continue;
      near_another = DistanceKm(a.lat, a.lon, m.location.lat, m.location.lon) <= 250;
    }
    if (!near_another) return true;
  }
  return false;
}

// "the town of Khan Sheikhoun in Idlib province", "قرية X في محافظة Y": a
// place right after another place and "in" / في says where that place is;
// the first is where the event happened.
bool Builder::LocatesPlaceBefore(int32_t p) const {
  const size_t w = place_w_[p].first;
  if (w < 2) return false;
  // "مدينة دوما بالغوطة الشرقية": في glued to the name as ب.
  const LexWord& lw = words_[w];
  if (doc_.tokens[lw.first].piece == Piece::kProclitic && doc_.TokenText(lw.first) == "\xD8\xA8")  // ب
    for (int32_t q : Bucket(s_places_, sent_[w]))
      if (q != p && place_w_[q].second == w && doc_.places[q].resolved && !Coarse(q)) return true;
  // "بلدة بير بولاية تمبكتو", "X في محافظة Y": the geoparser made p the
  // parent of the town told right before its cue word.
  for (int32_t q : Bucket(s_places_, sent_[w]))
    if (q != p && doc_.places[q].parent == p && place_w_[q].second < w && w - place_w_[q].second <= 2 &&
        doc_.places[q].resolved && !Coarse(q) && doc_.places[p].relation_span.empty())
      return true;
  // "the Dangam district of Kunar province", "the Guidan Roumdji department
  // of Maradi region": English names a division's own unit noun, then "of"
  // and the larger division holding it; the smaller one is the scene.
  if (words_[w - 1].text() == "of") {
    const uint32_t of_begin = doc_.tokens[words_[w - 1].first].span.begin;
    for (int32_t q : Bucket(s_places_, sent_[w])) {
      const PlaceMention& qm = doc_.places[q];
      if (q == p || !qm.resolved || Coarse(q) || qm.relation != "in" || qm.relation_span.empty() ||
          qm.relation_span.begin < qm.span.end || qm.relation_span.end > of_begin || place_w_[q].second >= w - 1)
        continue;
      // Only the unit noun (and spaces) between the name and "of".
      std::string_view gap = doc_.norm(Span{qm.relation_span.end, of_begin});
      if (gap.find_first_not_of(" ") == std::string_view::npos) return true;
    }
  }
  // "a ranger base in Rueso, Narathiwat, late on Saturday": English names a
  // town, a comma and its province, written by the province's seat name; the
  // seat read as a town of that same province only says where the town is —
  // unless a list goes on after it ("in Dilling, Kadugli and Talodi").
  if (Latin(w) && words_[w - 1].text() == "," && doc_.places[p].resolved && FirstLevelSeat(doc_.places[p])) {
    const auto& seat = doc_.places[p].location;
    const size_t end = place_w_[p].second;
    const bool list_goes_on =
        end < words_.size() && (words_[end].text() == "and" || (words_[end].text() == "," && end + 1 < words_.size() &&
                                                                std::any_of(doc_.places.begin(), doc_.places.end(),
                                                                            [&](const PlaceMention& m) {
                                                                              return m.tokens.begin ==
                                                                                     words_[end + 1].first;
                                                                            })));
    if (!list_goes_on)
      for (int32_t q : Bucket(s_places_, sent_[w])) {
        const PlaceMention& qm = doc_.places[q];
        if (q != p && place_w_[q].second == w - 1 && qm.resolved && !Coarse(q) && !FirstLevelSeat(qm) &&
            qm.entry != doc_.places[p].entry && !seat.admin1.empty() && qm.location.country == seat.country &&
            qm.location.admin1 == seat.admin1)
          return true;
      }
  }
  // "near X in northern Y": a side adjective may stand between "in" and Y.
  const size_t in_at = w >= 3 && WordCue(w - 1, "side") != nullptr ? w - 2 : w - 1;
  std::string_view in = words_[in_at].text();
  if (in != "in" && in != "\xD9\x81\xD9\x8A") return false;  // في
  // "Huauchinango, in Puebla state": a comma may stand between.
  const size_t end = in_at >= 2 && words_[in_at - 1].clause_break && words_[in_at - 1].text() == "," ? in_at - 1 : in_at;
  for (int32_t q : Bucket(s_places_, sent_[w]))
    if (q != p && place_w_[q].second == end && doc_.places[q].resolved && !Coarse(q)) return true;
  return false;
}

// "وفي العاصمة، فجّر انتحاري…", "rebels who seized the capital": the
// capital with no name after it is the capital of the country of the place
// named before it — the place an event there, or one after it that names no
// town, is coded to, when the report names that capital (its dateline, say).
// p is the event's place so far; returns the capital's mention or p.
int32_t Builder::CapitalInstead(int32_t p, size_t tw0, int32_t sentence) const {
  const CueHit* latest = nullptr;
  for (int32_t ci : capital_cues_) {
    const CueHit& c = cues_[ci];
    if (c.sentence > sentence || (c.sentence == sentence && c.clause != clause_[tw0] && c.w0 > tw0) ||
        CapitalLocatesPlace(c) || LeadsToCapital(c))
      continue;
    bool named = false;  // العاصمة صنعاء: the name is the place
    for (int32_t q : Bucket(s_places_, c.sentence)) named |= place_w_[q].first >= c.w1 && place_w_[q].first <= c.w1 + 1;
    if (!named) latest = &c;
  }
  if (latest == nullptr || (p >= 0 && place_w_[p].first > latest->w0)) return p;
  // "gathered in X's square to demand that militias leave the capital": the
  // capital told after the event word, in its sentence that already names a
  // town for it, is what the event concerns, not where it happened.
  if (p >= 0 && latest->sentence == sentence && latest->w0 > tw0 && sent_[place_w_[p].first] == sentence &&
      doc_.places[p].resolved && !Coarse(p))
    return p;
  // The country: of the event's place, else of the first place resolved before the anaphor.
  std::string country;
  if (p >= 0 && doc_.places[p].resolved) country = doc_.places[p].location.country;
  for (size_t q = 0; q < doc_.places.size() && country.empty(); ++q)
    if (doc_.places[q].resolved && place_w_[q].first < latest->w0) country = doc_.places[q].location.country;
  for (size_t q = 0; q < doc_.places.size(); ++q) {
    const Location& l = doc_.places[q].location;
    if (doc_.places[q].resolved && l.feature_code == "PPLC" && l.country == country) return static_cast<int32_t>(q);
  }
  return p;
}

// "الطريق المؤدي إلى العاصمة", "the road to the capital": the capital a road
// leads to (a `destination` cue, or a `route` cue of kind destination, right
// before it) names no scene, as a town there names none.
bool Builder::LeadsToCapital(const CueHit& c) const {
  return RightAfterCue(c.sentence, "destination", c.w0) || AnyCue(c.sentence, "route", [&](const CueHit& r) {
           return r.row->kind == "destination" && c.w0 >= r.w1 && c.w0 <= r.w1 + 1;
         });
}

// The capital a `capital` cue right after the unknown place p says it is
// in ("حي الكرادة وسط العاصمة"), when the report names that capital of its
// country; else -1.
int32_t Builder::CapitalOf(int32_t p) const {
  const size_t end = place_w_[p].second;
  const int32_t sentence = sent_[place_w_[p].first];
  const bool located = AnyCue(sentence, "capital", [&](const CueHit& c) {
    if (c.w0 < end || c.w0 - end > 3 || !CapitalLocatesPlace(c)) return false;
    for (int32_t q : Bucket(s_places_, sentence))  // the nearest place before the cue is p
      if (q != p && place_w_[q].second <= c.w0 && place_w_[q].second > end) return false;
    return true;
  });
  if (!located) return -1;
  const std::string home = HomeCountry();
  for (size_t q = 0; q < doc_.places.size(); ++q) {
    const Location& l = doc_.places[q].location;
    if (doc_.places[q].resolved && l.feature_code == "PPLC" && l.country == home) return static_cast<int32_t>(q);
  }
  return -1;
}

// "قضاء الطارمية شمالي العاصمة", "Tarmiyah, north of the capital": the
// capital a relation word or two after a place only says where that place
// is; the event is at the place. "X والعاصمة", "X and the capital" name two.
bool Builder::CapitalLocatesPlace(const CueHit& c) const {
  if (c.w0 == 0) return false;
  const LexWord& cue = words_[c.w0];
  if (doc_.tokens[cue.first].piece == Piece::kProclitic && doc_.TokenText(cue.first) == "\xD9\x88") return false;  // و
  for (int32_t q : Bucket(s_places_, c.sentence)) {
    const size_t end = place_w_[q].second;
    if (end >= c.w0 || c.w0 - end > 3) continue;
    bool joined = false;
    for (size_t w = end; w < c.w0; ++w) joined |= words_[w].text() == "and" || words_[w].text() == "\xD9\x88";  // و
    if (!joined && c.w0 > end) return true;
  }
  return false;
}

// "تعزيزات قادمة من الحسكة", "rockets fired from Lebanon": the place after an
// `origin` cue is where people or weapons set out from, not where the event is.
// A place coordinated after such a place ("elders from X and Y") is an
// origin too.
bool Builder::FromOrigin(int32_t p) const {
  if (static_cast<size_t>(p) < from_origin_.size()) {
    int8_t& known = from_origin_[p];
    if (known < 0) known = FromOriginUncached(p);
    return known;
  }
  return FromOriginUncached(p);
}

bool Builder::FromOriginUncached(int32_t p) const {
  const size_t w = place_w_[p].first;
  if (RightAfterCue(sent_[w], "origin", w)) return true;
  // "traders returning from a market in X", "fired from positions near X":
  // the place of the thing the journey or fire set out from is an origin too.
  if (Latin(w) && w >= 3 && (InWord(w - 1) || words_[w - 1].text() == "at" || words_[w - 1].text() == "near") &&
      AnyCue(sent_[w], "origin", [&](const CueHit& c) {
        if (c.w1 + 1 >= w || c.w1 + 4 < w) return false;
        for (size_t k = c.w1; k < w; ++k)
          if (words_[k].clause_break) return false;
        return true;
      }))
    return true;
  // "قصف مدفعي مصدره مواقع القوات التركية في محيط X": the place of the
  // positions the fire came from, a few words after its `fire_source`
  // word, is its origin. (Not so after every origin word: "قادمة من مخيم
  // قرب X" may tell the scene's surroundings.)
  if (AnyCue(sent_[w], "fire_source", [&](const CueHit& c) {
        if (c.w1 > w || c.w1 + 7 < w) return false;
        for (size_t k = c.w1; k < w; ++k)
          if (words_[k].clause_break) return false;
        return true;
      }))
    return true;
  // "قافلة متجهة من X إلى Y قرب بلدة Z", "a bus coming from X to Y": the
  // journey's other end is no more the scene than where it set out.
  const std::string_view to = w > 0 ? words_[w - 1].text() : std::string_view();
  const bool after_to = to == "\xD8\xA7\xD9\x84\xD9\x8A" || to == "to";  // إلى and الى as normalized (الي)
  for (int32_t q : Bucket(s_places_, sent_[w]))
    if (place_w_[q].second <= w && (NextInList(q) == p || (after_to && place_w_[q].second + 1 == w))) return FromOrigin(q);
  return false;
}

// "داعياً إلى اجتماع في جدة", "talks in Geneva", "أثناء محاولته السفر إلى
// مصراتة": the place after a `venue` cue is where talks are to be held or
// someone travels to — told for another purpose, it is no scene a later
// sentence goes on at.
bool Builder::Venue(int32_t p) const {
  const size_t w = place_w_[p].first;
  return RightAfterCue(sent_[w], "venue", w);
}

// A country named as the other side of a border (الحدود مع النيجر، "the
// border with Niger") is a reference, not where the event is.
// So is a country right before a `border` cue of scope `preceding`
// ("withdrew towards the Niger border"); a town there ("the Rafah border
// crossing") is where it happened.
bool Builder::AcrossBorder(int32_t p) const {
  return PlaceMemo(place_memo_, p, kAcrossBorderSlot, [&] { return AcrossBorderUnkept(p); });
}

bool Builder::AcrossBorderUnkept(int32_t p) const {
  const size_t w = place_w_[p].first;
  // One word may stand between the cue and the place, but not "in": حرس
  // الحدود في X, "border guards in X", "clashes on the border in X" are at X.
  if (AnyCue(sent_[w], "border", [&](const CueHit& c) {
        if (c.row->scope == "preceding" || w < c.w1 || w > c.w1 + 1) return false;
        return w == c.w1 || (words_[c.w1].text() != "\xD9\x81\xD9\x8A" && words_[c.w1].text() != "in");  // في
      }))
    return true;
  const PlaceMention& m = doc_.places[p];
  if (!m.resolved || m.location.feature_code.rfind("PCL", 0) != 0) return false;
  const CueRow* c = WordCue(place_w_[p].second, "border");
  return c && c->scope == "preceding";
}

// "the Thika road", "the Awash–Djibouti highway": a place right before a
// `route` noun, alone or as one end of a dashed pair, names the road, which
// runs far past the town; another place of the sentence ("near X") says
// better where on it the event was.
// "blocked the road to X": X says where the road leads (a route cue of kind
// `destination`); it ranks below another place of the sentence as a name
// before the road noun does, but told alone the road is near it.
bool Builder::LeadsTo(int32_t p) const {
  return PlaceMemo(place_memo_, p, kLeadsToSlot, [&] {
    const size_t begin = place_w_[p].first;
    return AnyCue(sent_[begin], "route",
                  [&](const CueHit& c) { return c.row->kind == "destination" && c.w1 <= begin && begin - c.w1 <= 1; });
  });
}

bool Builder::NamesRoad(int32_t p) const {
  return PlaceMemo(place_memo_, p, kNamesRoadSlot, [&] { return NamesRoadUnkept(p); });
}

bool Builder::NamesRoadUnkept(int32_t p) const {
  size_t end = place_w_[p].second;
  const size_t begin = place_w_[p].first;
  if (!Latin(begin)) return false;
  if (LeadsTo(p)) return true;
  bool dashed = false;
  if (end + 1 < words_.size() && (words_[end].text() == "-" || words_[end].text() == "\xE2\x80\x93"))  // –
    for (int32_t q : Bucket(s_places_, sent_[place_w_[p].first]))
      if (place_w_[q].first == end + 1) {
        end = place_w_[q].second;
        dashed = true;
        break;
      }
  const CueRow* road = WordCue(end, "route");
  // "the Cairo-Aswan agricultural road", "the Abuja-Kaduna federal
  // highway", "the Thika main road": one lowercase adjective may stand
  // between the dashed ends, or a town after "the", and the road noun —
  // not after any other town ("arrested in Kano during road checks").
  const bool after_the = begin > 0 && (words_[begin - 1].text() == "the" || words_[begin - 1].text() == "The");
  if (road == nullptr && (dashed || after_the) && end + 1 < words_.size() && sent_[end + 1] == sent_[begin] &&
      Latin(end) && !words_[end].clause_break) {
    const std::string_view adj = words_[end].text();
    bool lower = adj.size() >= 3;
    for (const char ch : adj) lower = lower && ch >= 'a' && ch <= 'z';
    if (lower && adj != "and" && adj != "the")
      if (const CueRow* after = WordCue(end + 1, "route"); after != nullptr && after->kind.empty()) road = after, ++end;
  }
  return end < words_.size() && sent_[end] == sent_[place_w_[p].first] && road != nullptr && road->kind != "joiner";
}

// "وفي بغداد، واصل المعتصمون…", "In nearby Umm Safa, settlers beat…": a
// place fronted with في / in and set off by a comma sets the scene of the
// whole sentence, every clause of it. Returns it, or -1.
int32_t Builder::FrontedPlace(int32_t sentence) const {
  const std::span<const int32_t> ps = Bucket(s_places_, sentence);
  if (ps.empty()) return -1;
  const int32_t p = ps.front();
  const size_t w = place_w_[p].first, end = place_w_[p].second;
  size_t start = w;
  while (start > 0 && sent_[start - 1] == sentence) --start;
  // "In North Darfur, …": a province or country sets no town; the sentence's towns say where.
  if (w - start > 2 || !doc_.places[p].resolved || Coarse(p) || NamedAsUnit(p) || Dateline(p) || InsideActorName(p) || InSourceName(p))
    return -1;
  // "In nearby X": one word may stand between the preposition and the name.
  if (!AfterIn(p) && !(w >= start + 2 && InWord(w - 2))) return -1;
  // "وفي ميكولايف المجاورة،": an adjective may follow the name.
  for (size_t k = end; k < end + 3 && k < words_.size() && sent_[k] == sentence; ++k)
    if (words_[k].clause_break) return IsComma(words_[k].text()) ? p : -1;
  return -1;
}

bool Builder::PlacesApart(int32_t p, int32_t q) const {
  const PlaceMention &a = doc_.places[p], &b = doc_.places[q];
  return a.resolved && b.resolved && a.entry != b.entry && !Encloses(p, q) && !Encloses(q, p) &&
         DistanceKm(a.location.lat, a.location.lon, b.location.lat, b.location.lon) > 30;
}

// "وفي درعا، أعلنت الغرفة حلّ نفسها … تحت تصرف القيادة في دمشق": a town
// named after the event word of a sentence with a fronted place, far from
// that place, is what the event concerns or where someone else is; the
// fronted place is the scene. A town near it ("In Yangon, … in Hlaing
// Tharyar") says where in it; one before the event word ("residents of X
// said") is the scene's own detail.
bool Builder::FarFrom(int32_t p, int32_t scene) const {
  const PlaceMention &a = doc_.places[p], &b = doc_.places[scene];
  if (!a.resolved || !b.resolved || Coarse(p)) return false;
  return DistanceKm(a.location.lat, a.location.lon, b.location.lat, b.location.lon) > 25;
}

// "أعلن المتحدث في صنعاء أن الدفاعات أسقطت طائرة في أجواء مأرب": a place
// before the complementizer that opens what is said is where the statement
// was made; a place in the statement says where its event was.
// English may drop the complementizer: "officials in X said the army had
// …" — a place after "in"/"at" right before a speech verb (an
// `attribution` cue of scope quote) that comes before the event word is the
// speaker's place too; "residents of X said they found …" speak of their
// own town.
bool Builder::SpeakersPlace(int32_t p, size_t tw0) const {
  const size_t end = place_w_[p].second;
  for (size_t k = end; k < tw0 && k < words_.size() && sent_[k] == sent_[tw0]; ++k)
    if (WordCue(k, "complementizer")) return true;
  if (end < tw0 && end < words_.size() && sent_[end] == sent_[tw0] && Latin(end) && AfterIn(p))
    if (const CueRow* c = WordCue(end, "attribution"); c && c->scope == "quote") return true;
  return false;
}

// "تعرضت بلدة X لقصف", "the town of X came under shelling": the place a
// `subjected` cue has as its subject — after the Arabic verb, before the
// English phrase — is where the event word after the cue happened. Returns
// it, or -1.
int32_t Builder::SubjectedPlace(size_t tw0, int32_t sentence, int32_t clause, const Event& e) const {
  int32_t found = -1;
  AnyCue(sentence, "subjected", [&](const CueHit& c) {
    if (c.w1 > tw0 || tw0 - c.w1 > 12 || clause_[c.w0] != clause) return false;
    const bool latin = Latin(c.w0);
    const std::span<const int32_t> ps = Bucket(s_places_, sentence);
    auto usable = [&](int32_t p) { return !OverlapsActorOf(p, e) && !InsideActorName(p) && !FromOrigin(p); };
    if (latin) {
      // "the town of X, south of Y, came under": the nearest place before
      // the phrase that does not only say where another one is.
      if (tw0 - c.w1 > 3) return false;
      for (size_t i = ps.size(); i-- > 0;) {
        const int32_t p = ps[i];
        const size_t end = place_w_[p].second;
        if (end > c.w0 || c.w0 - end > 6) continue;
        if (Anchor(p) || LocatesPlaceBefore(p) || !usable(p)) continue;
        found = p;
        return true;
      }
      return false;
    }
    for (int32_t p : ps) {
      const size_t w = place_w_[p].first, end = place_w_[p].second;
      if (w < c.w1 || end > tw0 || w - c.w1 > 2 || clause_[w] != clause || !usable(p)) continue;
      found = p;
      return true;
    }
    return false;
  });
  return found;
}

// "captured five villages in the X region, including A and B",
// "سيطرت على قرى في ريف إدلب، من بينها A وB": a region, province or
// countryside followed by a `subset` cue and towns of its own is only where
// the listed towns lie; ACLED codes the event at them (the first here, the
// rest by SplitCoordinatedPlaces). Returns the first listed town, or -1.
int32_t Builder::ListedPlaceIn(int32_t p) const {
  if (!(Coarse(p) || NamedAsUnit(p) || doc_.places[p].relation == "countryside_of")) return -1;
  const int32_t sentence = sent_[place_w_[p].first];
  const size_t end = place_w_[p].second;
  int32_t found = -1;
  AnyCue(sentence, "subset", [&](const CueHit& c) {
    if (c.row->scope == "preceding" || c.w0 < end || c.w0 - end > 6) return false;
    for (int32_t q : Bucket(s_places_, sentence)) {
      const size_t w = place_w_[q].first;
      if (w < c.w1 || w - c.w1 > 3) continue;
      if (q == p || Coarse(q) || !doc_.places[q].resolved || !doc_.places[p].resolved) return false;
      const auto& in = doc_.places[p].location;
      const auto& at = doc_.places[q].location;
      if (at.country != in.country || (!in.admin1.empty() && at.admin1 != in.admin1 && !Encloses(p, q) && !RegionHolds(p, q)))
        return false;
      found = q;
      return true;
    }
    return false;
  });
  return found;
}

// "in X", and English "near X", "north of X": a spatial relation says where
// as surely as "in" does ("raided a village near Witu").
bool Builder::Locative(int32_t p) const {
  return AfterIn(p) || (Latin(place_w_[p].first) && !doc_.places[p].relation_span.empty() &&
                        doc_.places[p].relation != "in");
}

int32_t Builder::PickPlace(size_t tw0, size_t tw1, int32_t sentence, int32_t clause, const Event& e) const {
  // "أحرقوا منازل في القرية ذاتها"، "in the same village": the same place is
  // the one last told with that noun ("خطفوا رعاة من قرية قرب X"، "a village
  // near X"), not a town a sentence in between named without it ("اشتبكوا
  // في محيط Y"). Returns it, or -1.
  // The settlement noun of an anaphor ("the same village", القرية ذاتها,
  // المدينة): only a settlement's — an area, a site or a place may be anything.
  auto AnaphorNounKind = [&](size_t anaphor_w0, int32_t at_sentence) -> std::string_view {
    for (size_t k = anaphor_w0; k < words_.size() && k < anaphor_w0 + 3 && sent_[k] == at_sentence; ++k)
      if (const CueRow* c = WordCue(k, "settlement_noun")) return c->kind;
    return {};
  };
  // The kind of settlement noun place p was told with ("بلدة X", "قرية X
  // شرق Y", "the town of X"), or empty.
  auto ToldNounKind = [&](int32_t p) -> std::string_view {
    size_t w = place_w_[p].first;
    const size_t rel_w = RelationWord(p);
    // "the city of El Fasher": a name's own article written apart ("El",
    // "Al") stands between the noun's "of" and the name the place starts at.
    if (w >= 2 && Latin(w) && sent_[w - 1] == sent_[w] &&
        CapitalisedLatinArticle(doc_.OriginalText(doc_.tokens[words_[w - 1].first].span)))
      --w;
    if (w > 0)
      if (const CueRow* c = WordCue(w - 1, "settlement_noun")) return c->kind;
    // "قرية تابعة لمركز X": the village told as belonging to X (a unit word
    // between at most) is told by its noun with X, the nearest place a coder
    // has for it.
    if (w >= 2) {
      size_t k = w - 1;
      if (WordCue(k, "belonging") == nullptr && k > 0 && WordCue(k - 1, "belonging") != nullptr) --k;
      if (k > 0 && WordCue(k, "belonging") != nullptr && sent_[k - 1] == sent_[w])
        if (const CueRow* c = WordCue(k - 1, "settlement_noun")) return c->kind;
    }
    // English puts "of" between ("the northern Syrian town of X").
    if (w >= 2 && Latin(w) && words_[w - 1].text() == "of")
      if (const CueRow* c = WordCue(w - 2, "settlement_noun")) return c->kind;
    if (rel_w != SIZE_MAX && rel_w > 0)
      if (const CueRow* c = WordCue(rel_w - 1, "settlement_noun")) return c->kind;
    // "قرية على بعد 30 كيلومتراً جنوب X", "a village 30 km south of X": the
    // distance that measures the relation (a figure and its unit, no clause
    // between) stands between the noun and the relation word.
    if (rel_w != SIZE_MAX) {
      bool figure = false;
      for (size_t k = rel_w; k-- > 0 && k + 6 >= rel_w && sent_[k] == sent_[rel_w];) {
        if (const CueRow* c = WordCue(k, "settlement_noun"); c != nullptr && figure) return c->kind;
        if (words_[k].clause_break) break;
        figure = figure || words_[k].number;
      }
    }
    return {};
  };
  // A town of the sentences before `at_sentence` (up to four back) that an
  // anaphor may refer back to, latest first; `take` says when to stop.
  auto SceneBefore = [&](int32_t at_sentence, size_t event_w, auto take) -> int32_t {
    for (int32_t before = at_sentence - 1; before >= 0 && before >= at_sentence - 4; --before) {
      const std::span<const int32_t> prev = Bucket(s_places_, before);
      for (size_t i = prev.size(); i-- > 0;) {
        const int32_t p = prev[i];
        if (!doc_.places[p].resolved || Coarse(p) || Dateline(p) || InsideActorName(p) || QuotedApart(p, event_w))
          continue;
        if (take(p)) return p;
      }
    }
    return -1;
  };
  // "killed dozens at the same mosque", "at the same checkpoint": a site
  // that is no settlement, told before by that noun ("In X, worshippers
  // leaving the Y mosque …"), is at the town its sentence named nearest to
  // the noun, not at the last town a sentence in between named. noun_w is
  // the anaphor's last word; returns the place, or -1.
  auto SameSiteSceneBefore = [&](size_t noun_w, int32_t at_sentence) -> int32_t {
    if (noun_w >= words_.size() || !Latin(noun_w) || WordCue(noun_w, "settlement_noun") != nullptr) return -1;
    const std::string_view noun = words_[noun_w].text();
    for (size_t k = noun_w; k-- > 0 && sent_[k] >= at_sentence - 6;) {
      if (sent_[k] >= at_sentence || words_[k].text() != noun) continue;
      int32_t best_p = -1;
      size_t best_gap = SIZE_MAX;
      for (int32_t p : Bucket(s_places_, sent_[k])) {
        if (!doc_.places[p].resolved || Coarse(p) || Dateline(p) || InsideActorName(p) || InSourceName(p)) continue;
        // (A name right before the noun names the site — "the Makki
        // mosque" — and says least where it is.)
        const size_t gap = (place_w_[p].second == k ? 1000 : 0) +
                           (place_w_[p].first > k ? place_w_[p].first - k : k - place_w_[p].first);
        if (gap < best_gap) best_gap = gap, best_p = p;
      }
      return best_p;
    }
    return -1;
  };
  auto SameNounSceneBefore = [&](size_t anaphor_w0, int32_t at_sentence, size_t event_w) -> int32_t {
    const std::string_view kind = AnaphorNounKind(anaphor_w0, at_sentence);
    if (kind.empty()) return -1;
    return SceneBefore(at_sentence, event_w, [&](int32_t p) { return ToldNounKind(p) == kind; });
  };
  if (const int32_t subject = SubjectedPlace(tw0, sentence, clause, e); subject >= 0) return subject;
  const int32_t fronted = FrontedPlace(sentence);
  // A place right after a body's title, before the event word, names the
  // area the body answers for, not where its deed was (AreaOfABody);
  // another place of the sentence says that better.
  auto area_of_a_body = [&](int32_t p) { return place_w_[p].second <= tw0 && AreaOfABody(p); };
  int32_t best = -1, best_town = -1;

  long best_score = LONG_MAX, best_town_score = LONG_MAX;
  std::vector<std::pair<long, int32_t>> clause_towns;  // resolved towns of the event's clause, not a countryside
  std::vector<int32_t> usable;                           // the sentence's places that may be the event's
  for (int32_t p : Bucket(s_places_, sentence)) {
    if (OverlapsActorOf(p, e) || InSourceName(p) || Anchor(p) || EventWord(p) || InsideActorName(p) || AcrossBorder(p) ||
        OwnerNotLocation(p) || LocatesPlaceBefore(p) || FromOrigin(p) || NamesActorsBranch(p) || OwnsNextPlace(p) ||
        NamesakeLocatedFarAway(p))
      continue;
    // A capital that speaks (قالت طهران، "Moscow denied") is a government;
    // a town after a relation word (وسط بغداد) is a place.
    if (actor_is_place_any_[p] && !AfterIn(p) && (doc_.places[p].relation_span.empty() || Coarse(p))) continue;
    // "A rebel spokesman denied any fighting and said the group would strike
    // X": a place after "and" and a speech verb (an `attribution` cue) that
    // opens a second statement, told after that statement's own event word,
    // is that event's; the event of the first names no place of its own.
    if (place_w_[p].first > tw1 && Latin(place_w_[p].first)) {
      size_t and_w = SIZE_MAX;
      for (size_t k = tw1; k < place_w_[p].first && and_w == SIZE_MAX; ++k)
        if (words_[k].text() == "and") and_w = k;
      if (and_w != SIZE_MAX && and_w + 1 < place_w_[p].first && WordCue(and_w + 1, "attribution") != nullptr) {
        bool own_event = false;
        for (int32_t t : Bucket(s_triggers_, sentence))
          own_event = own_event || (trig_w_[t].first > and_w + 1 && trig_w_[t].first < place_w_[p].first);
        if (own_event) continue;
      }
    }
    // "اشتبكت القوات مع المسلحين وقتلت اثنين منهم، قبل أن تنفذ طائرات غارة
    // على سيارة في وادٍ شمال شرقي مدينة X": a place told after a
    // `time_subordinator` (قبل أن، بعد أن) that opens a clause with an
    // event word of another kind of its own before the place is that
    // event's, with a time of its own; the event told before the
    // subordinator names no place there. (One of the same kind — أحبطت
    // هجوماً بعد أن عثرت على عبوة على طريق X — is a step of the same deed.)
    if (place_w_[p].first > tw1 && !Latin(place_w_[p].first) &&
        AnyCue(sentence, "time_subordinator", [&](const CueHit& c) {
          if (c.w0 < tw1 || c.w1 > place_w_[p].first) return false;
          for (int32_t t : Bucket(s_triggers_, sentence))
            if (trig_w_[t].first >= c.w1 && trig_w_[t].first < place_w_[p].first &&
                doc_.triggers[t].acled_event_type != e.acled_event_type)
              return true;
          return false;
        }))
      continue;
    // "There had been no fighting along the river since the deal signed in
    // X": a town where talks were held or a deal signed (a `venue`), told
    // after another event word, is that event's venue, not the place of an
    // event of another kind told before it.
    if (place_w_[p].first > tw1 && e.acled_sub_event_type != "Agreement" && Venue(p)) {
      bool between = false;
      for (int32_t t : Bucket(s_triggers_, sentence))
        between = between || (trig_w_[t].first >= tw1 && trig_w_[t].first < place_w_[p].first);
      if (between) continue;
    }
    // "The KIA freed 32 soldiers and vowed to push on towards X": a town
    // after a `destination` cue in a later clause is where another verb's
    // movers head, not where the event was; a sentence with no other place
    // goes on at the town told before.
    if (place_w_[p].first > tw1 && Latin(place_w_[p].first) && RightAfterCue(sentence, "destination", place_w_[p].first)) {
      // (Of a verb coordinated after "and"; not of the event's object,
      // "drones launched towards X", nor of its circumstance, "as they
      // withdrew towards X": the event is at X or at no town of its own.)
      size_t and_w = SIZE_MAX;
      for (size_t k = tw1; k < place_w_[p].first && and_w == SIZE_MAX; ++k)
        if (words_[k].text() == "and") and_w = k;
      bool another_verb = false;
      for (int32_t t : Bucket(s_triggers_, sentence))
        if (and_w != SIZE_MAX && trig_w_[t].first < place_w_[p].first) {
          const size_t v = trig_w_[t].first;
          const std::string_view adverb = and_w + 1 < words_.size() ? words_[and_w + 1].text() : std::string_view();
          another_verb = another_verb || v == and_w + 1 ||
                         (v == and_w + 2 && (adverb == "then" || adverb == "later" || adverb == "also"));
        }
      if (another_verb) continue;
    }
    usable.push_back(p);
    // A place's parent in the same phrase ("X في ريف حلب") is not preferred over it.
    long dist = place_w_[p].first >= tw1 ? static_cast<long>(place_w_[p].first - tw1)
                                          : static_cast<long>(tw0 - place_w_[p].second) + 3;
    // A country, province, region or sea is the fallback for a more
    // precise place ("the Red Sea resort of Eilat").
    const bool coarse = Coarse(p);
    // "fighting along the X front froze after an agreement signed in Y":
    // a town abroad where a deal was signed or talks held (a venue outside
    // the report's country) gives way to a place of its sentence the deal
    // is about; a deal signed in the country's own capital stays there.
    const long venue = e.acled_sub_event_type == "Agreement" && Venue(p) && doc_.places[p].resolved &&
                               doc_.places[p].location.country != HomeCountry()
                           ? 60
                           : 0;
    long score = venue + dist + (!coarse && NamedAsUnit(p) ? 12 : 0) + (NamesRoad(p) ? 20 : 0) + (clause_[place_w_[p].first] == clause || p == fronted ? 0 : 100) + (Locative(p) ? 0 : 5) + (coarse ? 12 : 0) +
                 (place_w_[p].first < dateline_end_ ? 1000 : 0) + (p != fronted && SpeakersPlace(p, tw0) ? 200 : 0);
    if (score < best_score) best_score = score, best = static_cast<int32_t>(p);
    if (!coarse && doc_.places[p].resolved && score < best_town_score) best_town_score = score, best_town = p;
    if (!coarse && doc_.places[p].resolved && doc_.places[p].relation != "countryside_of" &&
        clause_[place_w_[p].first] == clause)
      clause_towns.emplace_back(score, p);
  }
  // "… قرب بلدة X. وفي وسط المدينة، نظّم العشرات وقفة": "the city" does not
  // refer back to a place last told as a town or a village, but to the
  // latest told as a city. Returns that place where the latest town before
  // was told with another settlement noun; else -1 (the latest town is it).
  auto NounKindSceneBefore = [&](size_t anaphor_w0) -> int32_t {
    const std::string_view kind = AnaphorNounKind(anaphor_w0, sentence);
    if (kind.empty()) return -1;
    // A town of its own sentence before it is the one ("وفي X، … جنوب المدينة").
    for (int32_t p : usable)
      if (place_w_[p].second <= anaphor_w0 && !Coarse(p) && !Dateline(p) && !PlaceAnaphor(p)) return -1;
    // (Not a town that only locates the one before it: "بلدة X شرق Y".)
    // (Nor the area of a body told before whose sentence's events were all
    // placed elsewhere: "وقالت مديرية أمن X إن الشرطة أوقفت … في القرية.
    // … في سوق المدينة" — X only named the body's office.)
    const auto body_area_passed_over = [&](int32_t q) {
      if (!AreaOfABody(q)) return false;
      bool placed_elsewhere = false;
      for (const Event& ev : doc_.events) {
        if (ev.sentence != sent_[place_w_[q].first] || ev.place < 0) continue;
        if (ev.place == q || doc_.places[ev.place].entry == doc_.places[q].entry) return false;
        placed_elsewhere = placed_elsewhere || (doc_.places[ev.place].resolved && !Coarse(ev.place));
      }
      return placed_elsewhere;
    };
    const int32_t latest =
        SceneBefore(sentence, tw0, [&](int32_t p) { return !Anchor(p) && !body_area_passed_over(p); });
    // "اغتالوا … في مديرية X غرب Y. … في المدينة": "the city" is no district
    // or province told by its unit noun, but the latest town told before it
    // (here the one locating the district).
    auto told_as_division = [&](int32_t p) {
      const std::string& cue = doc_.places[p].cue;
      return cue == "district" || cue == "governorate" || cue == "province";
    };
    if (kind == "city" && latest >= 0 && told_as_division(latest)) {
      const int32_t town = SceneBefore(sentence, tw0, [&](int32_t p) {
        const std::string_view told = ToldNounKind(p);
        return !told_as_division(p) && (told.empty() || told == kind);
      });
      if (town >= 0) return town;
      // "البصرة – …: … في قضاء الزبير. … في قرى قضاء القرنة. وفي مركز
      // المدينة، …": with only districts told since the dateline, "the city"
      // is the dateline's town, when the district lies in its province (a
      // dateline far from them is the outlet's, no scene).
      const auto& d = doc_.places[latest].location;
      for (size_t q = 0; q < doc_.places.size(); ++q) {
        const int32_t qi = static_cast<int32_t>(q);
        if (!Dateline(qi)) continue;
        const auto& l = doc_.places[q].location;
        if (doc_.places[q].resolved && !Coarse(qi) && l.country == d.country && !d.admin1.empty() &&
            l.admin1 == d.admin1)
          return qi;
      }
      return -1;
    }
    const std::string_view latest_kind = latest >= 0 ? ToldNounKind(latest) : std::string_view();
    // "abducted a man in X, south of Y. … protested in the city centre",
    // with Y told before as "the city of Y": a town told by where it lies
    // from the city (a compass side; "near" says less) is not "the city";
    // the city it was measured from is.
    if (kind == "city" && latest_kind.empty() && latest >= 0 && RelationWord(latest) == SIZE_MAX) {
      const auto compass = [](const std::string& r) {
        return r == "north_of" || r == "south_of" || r == "east_of" || r == "west_of" || r == "northeast_of" ||
               r == "northwest_of" || r == "southeast_of" || r == "southwest_of";
      };
      for (int32_t q : Bucket(s_places_, sent_[place_w_[latest].first])) {
        const size_t rel_w = RelationWord(q);
        if (q == latest || !doc_.places[q].resolved || Coarse(q) || !compass(doc_.places[q].relation) ||
            rel_w == SIZE_MAX || rel_w < place_w_[latest].second || rel_w > place_w_[latest].second + 1)
          continue;
        for (size_t r = 0; r < doc_.places.size(); ++r)
          if (place_w_[r].first < place_w_[latest].first && doc_.places[r].resolved &&
              doc_.places[r].entry == doc_.places[q].entry && ToldNounKind(static_cast<int32_t>(r)) == kind)
            return q;
      }
    }
    // "… a deal signed in Damascus. … at a restaurant in the town": a
    // country's capital is no "town" or "village"; the anaphor goes back to
    // the place last told with its noun ("the town of Manbij").
    if (latest_kind.empty() && (kind == "town" || kind == "village") && latest >= 0 &&
        doc_.places[latest].location.feature_code == "PPLC")
      for (int32_t before = sentence - 1; before >= 0; --before) {
        const std::span<const int32_t> prev = Bucket(s_places_, before);
        for (size_t i = prev.size(); i-- > 0;) {
          const int32_t q = prev[i];
          if (doc_.places[q].resolved && !Coarse(q) && !Dateline(q) && !InsideActorName(q) && !QuotedApart(q, tw0) &&
              ToldNounKind(q) == kind)
            return q;
        }
      }
    // "دخلوا قرية جنوب X … اشتبكوا في منطقة قريبة من Y … تعهد باستعادة
    // القرية": a town told only as what an area lies near (a relation word
    // with no settlement noun before it) is no village or town itself; the
    // anaphor goes back to the place last told with its noun, when one is —
    // unless the town was told as a scene of its own since ("وفي Y، …").
    // Only "the village" (القرية) reads so: "the city" after a city told
    // with its noun and a town told near is that town.
    if (latest_kind.empty() && latest >= 0 && kind == "village" && RelationWord(latest) != SIZE_MAX)
      if (const int32_t told = SameNounSceneBefore(anaphor_w0, sentence, tw0); told >= 0) {
        bool own_scene = false;
        for (int32_t q = told + 1; q < latest && !own_scene; ++q)
          own_scene = doc_.places[q].resolved && doc_.places[q].entry == doc_.places[latest].entry &&
                      RelationWord(q) == SIZE_MAX;
        if (!own_scene) return told;
      }
    if (latest_kind.empty() || latest_kind == kind) return -1;
    return SameNounSceneBefore(anaphor_w0, sentence, tw0);
  };
  // "دهم أحياء في المدينة وأوقف ستة مطلوبين، كما ضبط … قرب زحلة": the
  // town the anaphor nearer the event word refers back to is the place.
  long anaphor_score = LONG_MAX;
  size_t anaphor_w = 0, anaphor_w1 = 0;
  const CueRow* anaphor = nullptr;
  for (int32_t ci : Bucket(s_cues_, sentence)) {
    // A cue of another type scores LONG_MAX (AnaphorScore): passed over
    // without the call, as most of a sentence's cues are.
    if (cues_[ci].row->type != "place_anaphor") continue;
    // (القرية inside القرية نفسها: the longer cue says more.)
    if (const long sc = AnaphorScore(cues_[ci], tw0, tw1, clause);
        sc < anaphor_score || (sc == anaphor_score && sc < LONG_MAX && cues_[ci].row->kind == "same"))
      anaphor_score = sc, anaphor_w = cues_[ci].w0, anaphor_w1 = cues_[ci].w1, anaphor = cues_[ci].row;
  }
  // The town it refers back to: the sentence's last before it, else the
  // one a sentence naming no place of its own would go on at.
  // "وفي مركز المدينة، ألقى مجهولون قنبلة على منزل في حي X": a quarter
  // the gazetteer lacks, with no known place above it, lies in the town the
  // anaphor before it refers back to, not in the last town told before.
  const auto unknown_inside_anaphor = [&] {
    if (best < 0 || anaphor == nullptr || anaphor_score == LONG_MAX || doc_.places[best].resolved ||
        place_w_[best].first <= anaphor_w1)
      return false;
    for (int32_t up = doc_.places[best].parent, steps = 0; up >= 0 && steps < 4; up = doc_.places[up].parent, ++steps)
      if (doc_.places[up].resolved) return false;
    return true;
  };
  if (anaphor_score < best_score || unknown_inside_anaphor()) {
    // (Not a road's destination: "blocked the highway to X outside the
    // city" is outside the town the narration is at.)
    // Nor the area a body answers for: English "the X police said …", and
    // Arabic when the anaphor is a village's or a town's ("وقالت مديرية أمن
    // X إن الشرطة أوقفت … في القرية": the village told before, not X, a
    // province or its seat) — not the body's decrees, which hold in its
    // area, and not "the city", which may be the body's own seat.
    const std::string_view anaphor_kind = AnaphorNounKind(anaphor_w, sentence);
    const bool small_anaphor = anaphor_kind == "village" || anaphor_kind == "town";
    const bool decreed = e.plover_mode == "curfew" ||
                         (e.plover_mode == "restrict" && e.acled_sub_event_type == "Change to group/activity");
    int32_t body_area = -1;
    for (auto it = usable.rbegin(); it != usable.rend(); ++it) {
      if (place_w_[*it].second > anaphor_w || Coarse(*it) || Dateline(*it) || PlaceAnaphor(*it) ||
          (Latin(place_w_[*it].first) && (LeadsTo(*it) || area_of_a_body(*it))))
        continue;
      if (!Latin(place_w_[*it].first) && small_anaphor && area_of_a_body(*it)) {
        if (body_area < 0) body_area = *it;
        if (!decreed) continue;
        // A decree holds in the body's area, unless the village it names
        // was told inside that area with its noun ("قرية تابعة لمركز Y").
        const auto& area = doc_.places[*it].location;
        const int32_t village = SceneBefore(sentence, tw0, [&](int32_t p) {
          const auto& l = doc_.places[p].location;
          return !Anchor(p) && doc_.places[p].entry != doc_.places[*it].entry && l.country == area.country &&
                 !area.admin1.empty() && l.admin1 == area.admin1 && ToldNounKind(p) == anaphor_kind;
        });
        if (village >= 0) return village;
      }
      return *it;
    }
    // The village it refers back to lies in the body's area: the latest
    // town of that area told before (not one that only locates another,
    // not the area's own name again).
    if (body_area >= 0 && doc_.places[body_area].resolved) {
      const auto& area = doc_.places[body_area].location;
      const int32_t inside = SceneBefore(sentence, tw0, [&](int32_t p) {
        const auto& l = doc_.places[p].location;
        return !Anchor(p) && doc_.places[p].entry != doc_.places[body_area].entry && l.country == area.country &&
               !area.admin1.empty() && l.admin1 == area.admin1;
      });
      if (inside >= 0) return inside;
    }
    // "في القرية نفسها"، "on the same road": the same place as the scene
    // told before, not the last town a sentence in between named (where a
    // spokesman spoke).
    if (anaphor->kind == "same") {
      if (const int32_t told = SameNounSceneBefore(anaphor_w, sentence, tw0); told >= 0) return told;
      if (anaphor_w1 > anaphor_w)
        if (const int32_t told = SameSiteSceneBefore(anaphor_w1 - 1, sentence); told >= 0) return told;
      if (const int32_t told = SameSceneBefore(sentence, tw0); told >= 0) return told;
    }
    // "… قرب بلدة X. وفي وسط المدينة، نظّم العشرات وقفة": "the city" does not
    // refer back to a place last told as a town or a village — to the
    // latest told as a city, where the latest town was told with another
    // settlement noun.
    if (const int32_t told = NounKindSceneBefore(anaphor_w); told >= 0) return told;
    // "The army shelled Kadugli. … in the city's western district": "the
    // city" names a town told before whatever role it had there (an object
    // names no scene of its own, but the anaphor says a town was meant),
    // when no town told as a scene is there to go on at.
    if (RefinePlace(-1, tw0, false) < 0)
      for (size_t q = doc_.places.size(); q-- > 0;) {
        const int32_t qi = static_cast<int32_t>(q);
        if (place_w_[q].second > anaphor_w || !Latin(place_w_[q].first)) continue;
        if (!doc_.places[q].resolved || Coarse(qi) || Dateline(qi) || PlaceAnaphor(qi) || InSourceName(qi) ||
            InsideActorName(qi))
          continue;
        return qi;
      }
    best = -1;
  }
  // The anaphor read as a place (المدينة is also Medina's name) refers back
  // the same way.
  if (best >= 0 && PlaceAnaphor(best))
    if (const int32_t told = NounKindSceneBefore(place_w_[best].first); told >= 0) return told;
  // "وفي ريف الحسكة الجنوبي، دارت اشتباكات … قرب بلدة الشدادي": the
  // countryside of a city (ريف X) is a region around it; a town of the same
  // first-level division named in the event's clause is where the event was.
  if (best >= 0 && !Latin(place_w_[best].first) && doc_.places[best].relation == "countryside_of") {
    const auto& r = doc_.places[best].location;
    int32_t town = -1;
    long town_score = LONG_MAX;
    for (const auto& [sc, p] : clause_towns) {
      const auto& l = doc_.places[p].location;
      if (p == best || l.country != r.country || r.admin1.empty() || l.admin1 != r.admin1) continue;
      if (sc < town_score) town_score = sc, town = p;
    }
    if (town >= 0) return town;
  }
  // "… اشتباكات في مديرية شينداند. وأعلنت قيادة شرطة هرات توقيف ثمانية
  // أشخاص": a sentence whose one place is the area a body answers for (its
  // province's police, governor) goes on at the town told before inside
  // that area, where the deed it reports on was. Not its decrees: a curfew
  // the governor of X imposes holds in X (حاكم منطقة X مدد حظر التجول).
  const bool decree = e.plover_mode == "curfew" ||
                      (e.plover_mode == "restrict" && e.acled_sub_event_type == "Change to group/activity");
  if (best >= 0 && !decree && usable.size() == 1 && area_of_a_body(best) && doc_.places[best].resolved) {
    // Nor what the body's head pledges for the whole of its area, spoken of
    // after the event word (وتعهد محافظ X بتحرير كل شبر من المحافظة، "the
    // governor of X vowed to clear the whole province"): that is X's own,
    // at its seat when the report names it, not a town of it told before
    // for another event.
    if (AnyCue(sentence, "region_anaphor", [&](const CueHit& c) { return c.w0 >= tw1; })) {
      if (!Coarse(best)) return best;
      const int32_t seat = ProvinceSeatOf(doc_, best, [&](int32_t q) { return !Dateline(q) && !InSourceName(q); });
      if (seat >= 0 && seat != best) return seat;
    }
    const auto& area = doc_.places[best].location;
    // The latest such town, the body's own town too: "وفي X، تظاهر … ونفى
    // والي X توقيف منظمي المسيرة" goes on at X, not at another town of X's
    // province told before it.
    const int32_t inside = SceneBefore(sentence, tw0, [&](int32_t p) {
      const auto& l = doc_.places[p].location;
      // (Not the area of another English body told before: "the Homs
      // security directorate said …" is no scene either.)
      if (Latin(place_w_[p].first) && area_of_a_body(p)) return false;
      return !Anchor(p) && (doc_.places[p].entry == doc_.places[best].entry ||
                            (l.country == area.country && !area.admin1.empty() && l.admin1 == area.admin1));
    });
    if (inside >= 0 && doc_.places[inside].entry == doc_.places[best].entry) return best;
    if (inside >= 0) return inside;
  }
  // "ألقت الأجهزة الأمنية بمديرية أمن X القبض على … من طرفي مشاجرة في
  // قرية تابعة لمركز Y", "police in X province arrested … in Y": with the
  // body's area the nearest place, a town of that area told after the event
  // word in the same sentence is where the deed was (the body's own seat
  // aside, which names the area again). Not its decrees, as above.
  if (best >= 0 && !decree && area_of_a_body(best) && doc_.places[best].resolved) {
    const auto& area = doc_.places[best].location;
    for (int32_t p : usable) {
      const auto& l = doc_.places[p].location;
      if (p == best || place_w_[p].first < tw1 || !doc_.places[p].resolved || Coarse(p) || Dateline(p) ||
          doc_.places[p].entry == doc_.places[best].entry || l.country != area.country || area.admin1.empty() ||
          l.admin1 != area.admin1)
        continue;
      return p;
    }
  }
  // "سلّمت البعثة الأممية في مالي قاعدتها في بلدة بير": a country named
  // nearer the event word gives way to a town of that country in its
  // sentence — ACLED codes the town.
  if (best >= 0 && best_town >= 0 && (Encloses(best, best_town) || RegionHolds(best, best_town))) return best_town;
  // "…, فيما فرّقت قوات الأمن تجمعاً في بلدة X": a town given with its
  // settlement noun in the event's own clause is where that event was; so
  // is a town told with a spatial relation there ("وفي تعز، … انفجر لغم
  // شمال التربة"): the relation places the event, the fronted place only
  // set the scene.
  // English puts "of" between the noun and the name ("the border district
  // of X", "the town of X").
  const auto settlement_before = [&](size_t w) {
    if (WordCue(w - 1, "settlement") != nullptr) return true;
    return w >= 2 && Latin(w) && words_[w - 1].text() == "of" && WordCue(w - 2, "settlement") != nullptr;
  };
  const bool told_as_town = best >= 0 && clause_[place_w_[best].first] == clause && place_w_[best].first > 0 &&
                            (settlement_before(place_w_[best].first) ||
                             (!doc_.places[best].relation_span.empty() && doc_.places[best].resolved && !Coarse(best)));
  // "وفي بلد حاوو، تسلّم الجيش الثكنة، بينما نفت الإدارة وقوع اشتباكات في
  // كسمايو": "in X" right after the event word is where that event was,
  // not a concern of the scene's.
  const bool own_locative = best >= 0 && place_w_[best].first <= tw1 + 1 && AfterIn(static_cast<size_t>(best)) &&
                            clause_[place_w_[best].first] == clause;
  if (best >= 0 && fronted >= 0 && place_w_[best].first >= tw1 && FarFrom(best, fronted) && !told_as_town &&
      !own_locative)
    return fronted;
  // "وفي كفر الدوار، قطع عمال طريق القاهرة – الإسكندرية ورشقوا الأمن":
  // the towns a road is named by name the road, not where on it the event
  // was; the place fronted before them says where.
  if (best >= 0 && fronted >= 0 && best != fronted && doc_.places[best].resolved) {
    bool road_end = RouteStart(best);
    for (int32_t q : Bucket(s_places_, sentence))
      road_end = road_end || (q != best && RouteStart(q) && RouteOtherEnd(q) == best);
    if (road_end) return fronted;
  }
  // "وفي مدينة X، أعلن الحاكم العسكري لمنطقة Y فرض حظر تجول", "In X, the
  // governor of Y imposed …": a place right after an official's title is
  // the area of his office; the fronted place is where his decree holds.
  if (best >= 0 && fronted >= 0 && best != fronted && place_w_[best].second <= tw0) {
    const size_t w = place_w_[best].first;
    for (size_t k = w, back = 0; k-- > 0 && back < 3 && sent_[k] == sentence && !words_[k].clause_break; ++back)
      if (WordCue(k, "decreeing_body") != nullptr || WordCue(k, "government_voice") != nullptr) return fronted;
  }
  // "وفي X على الحدود، افتتح الجيش قاعدة بحضور حاكم منطقة Y": a place right
  // after an official's title, told after the event word, is the area of the
  // office of someone who came or spoke; a town told with في before the
  // event word in the same sentence is where the event was. Not a decree,
  // which holds in the official's area.
  if (best >= 0 && !decree && place_w_[best].first >= tw1 && doc_.places[best].resolved) {
    bool after_title = false;
    const size_t w = place_w_[best].first;
    for (size_t k = w, back = 0; k-- > 0 && back < 3 && sent_[k] == sentence && !words_[k].clause_break; ++back)
      after_title |= WordCue(k, "decreeing_body") != nullptr || WordCue(k, "government_voice") != nullptr;
    int32_t before = -1;
    if (after_title)
      for (int32_t p : usable)
        if (p != best && place_w_[p].second <= tw0 && AfterIn(static_cast<size_t>(p)) && doc_.places[p].resolved &&
            !Coarse(p) && !Dateline(p) && !area_of_a_body(p))
          before = p;
    if (before >= 0) return before;
  }
  // "وأوقفت الوحدات ثمانية من المحتجين، حسب ما أكده الناطق باسم المحكمة
  // بالقصرين": a town told after the event word only where the source of an
  // "according to" is (SourcesPlace), the one place of its sentence, is
  // where the source speaks from; the scene the report was just telling of,
  // in the same country, goes on.
  if (best >= 0 && usable.size() == 1 && place_w_[best].first >= tw1 && doc_.places[best].resolved &&
      SourcesPlace(best) && AfterAccordingTo(best))
    if (const int32_t before = PreviousSentencePlace(sentence, tw0);
        before >= 0 && before != best && doc_.places[before].resolved && !Coarse(before) &&
        doc_.places[before].location.country == doc_.places[best].location.country)
      return before;
  // "In <unknown suburb>, youths barricaded the Thika road": a town that
  // only names a road, the one place of its sentence, says where the road
  // leads, not where on it the event was; the place the report was just
  // speaking of, in the same country, is the better guess.
  if (best >= 0 && usable.size() == 1 && Latin(place_w_[best].first) && NamesRoad(best) && !LeadsTo(best))
    if (const int32_t before = PreviousSentencePlace(sentence, tw0);
        before >= 0 && doc_.places[before].resolved && doc_.places[best].resolved &&
        doc_.places[before].location.country == doc_.places[best].location.country)
      return before;
  // "blocked the highway to X": X is where the road leads, away from the
  // town the narration is at. It gives way to that town where its sentence
  // speaks of it by a `place_anaphor` ("… blocked the highway to X outside
  // the city", "besieged the town and blew up a bridge on the road to X"),
  // and where X is the report's dateline town (a report filed from X
  // speaks of the road coming to it from the scene it was telling of).
  if (best >= 0 && Latin(place_w_[best].first) && LeadsTo(best) && doc_.places[best].resolved) {
    // A place_anaphor that names no place of its own ("the city of Y").
    const bool anaphor_in_sentence = AnyCue(sentence, "place_anaphor", [&](const CueHit& c) {
      for (int32_t p : Bucket(s_places_, sentence))
        if ((place_w_[p].first < c.w1 && c.w0 < place_w_[p].second) ||
            (place_w_[p].first >= c.w1 && place_w_[p].first <= c.w1 + 3))
          return false;
      return true;
    });
    int32_t instead = -1;
    if (anaphor_in_sentence) {
      instead = RefinePlace(-1, tw0);
      // "Bandits attacked X. They had besieged the town …": "the town"
      // names a town told before whatever role it had there.
      for (size_t q = place_w_.size(); instead < 0 && q-- > 0;) {
        const int32_t qi = static_cast<int32_t>(q);
        if (place_w_[q].second > tw0 || !Latin(place_w_[q].first) || !doc_.places[q].resolved || Coarse(qi) ||
            Dateline(qi) || PlaceAnaphor(qi) || InSourceName(qi) || InsideActorName(qi) || LeadsTo(qi))
          continue;
        instead = qi;
      }
    } else if (usable.size() == 1 && DatelineTown(best)) instead = PreviousSentencePlace(sentence, tw0);
    if (instead >= 0 && instead != best && doc_.places[instead].resolved && !Coarse(instead) &&
        doc_.places[instead].entry != doc_.places[best].entry &&
        doc_.places[instead].location.country == doc_.places[best].location.country)
      return instead;
  }
  // "BOGOTA - … fighting in the Catatumbo region near the border, the
  // governor said. Most of the clashes took place around Y": an event placed
  // at a region or province with no town of the report told before it (the
  // dateline aside) is at the town of that area the next sentence names —
  // the lead told what, the next sentence tells where in it.
  // (Not a province that locates an unknown site, في جبهة X شمال غربي مأرب:
  // that site is coded to the province itself.)
  const auto locates_unknown = [&](int32_t p) {
    for (const PlaceMention& m : doc_.places)
      if (!m.resolved && m.parent == p) return true;
    return false;
  };
  if (best >= 0 && Coarse(best) && doc_.places[best].resolved && doc_.places[best].relation == "in" &&
      !locates_unknown(best) && RefinePlace(-1, tw0) < 0) {
    const Location& area = doc_.places[best].location;
    for (int32_t n : Bucket(s_places_, sentence + 1)) {
      const Location& l = doc_.places[n].location;
      if (doc_.places[n].resolved && !Coarse(n) && !Dateline(n) && !InSourceName(n) && !InsideActorName(n) &&
          (RegionHolds(best, n) || (!area.admin1.empty() && l.country == area.country && l.admin1 == area.admin1)))
        return n;
    }
  }
  if (best >= 0) return best;
  // "Kenyan troops set up a new camp in the Boni forest north of Lamu. …
  // Al-Shabaab threatened to attack the new camp": a sentence with no place
  // whose event word takes a definite site noun (one a `place_anaphor` cue
  // "the same <noun>" names: camp, base, checkpoint, market, hill…; one
  // adjective may stand before it) goes back to the site told by that noun
  // in the sentences before, at the town told nearest to it there, rather
  // than to the last town told.
  auto definite_site_told_before = [&]() -> int32_t {
  auto lower = [](std::string_view t) {
    std::string out(t);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
  };
  // Singular and plural told alike: "hill" and "hills".
  auto stem = [&](std::string_view t) {
    std::string out = lower(t);
    if (out.size() > 3 && out.back() == 's') out.pop_back();
    return out;
  };
  // The resolved town told nearest after word j in its sentence (within
  // nine words), -1 when none is.
  const auto nearest_town_after = [&](size_t j) {
    int32_t best_p = -1;
    size_t best_gap = 10;
    for (int32_t p : Bucket(s_places_, sent_[j])) {
      if (!doc_.places[p].resolved || Coarse(p) || Dateline(p) || InsideActorName(p) || InSourceName(p) ||
          FromOrigin(p) || place_w_[p].first < j)
        continue;
      if (place_w_[p].first - j < best_gap) best_gap = place_w_[p].first - j, best_p = p;
    }
    return best_p;
  };
  for (size_t k = tw1; k < tw1 + 4 && k + 1 < words_.size() && sent_[k] == sentence && clause_[k] == clause; ++k) {
    if (!Latin(k) || lower(words_[k].text()) != "the") continue;
    for (size_t n = k + 1; n <= k + 2 && n < words_.size() && sent_[n] == sentence && !words_[n].clause_break; ++n) {
      // (A settlement's noun refers back as `place_anaphor` does — "the
      // town" —, save a camp, which is also a site: "the new camp".)
      if (const CueRow* c = WordCue(n, "settlement_noun"); c != nullptr && c->kind != "camp") break;
      // Nor is a whole division ("over the region": the region rules below),
      // an administrative unit or a road a site.
      if (AnyCue(sentence, "region_anaphor", [&](const CueHit& c) { return c.w0 <= k && n < c.w1; }) ||
          WordCue(n, "admin_unit_after") != nullptr || WordCue(n, "route") != nullptr)
        break;
      const CueRow* same = lex_.KeyCue(NormalizeKey("the same " + lower(words_[n].text())), "place_anaphor");
      if (same == nullptr || same->kind != "same") continue;
      const std::string noun = stem(words_[n].text());
      for (size_t j = k; j-- > 0 && sent_[j] >= sentence - 6;) {
        if (sent_[j] >= sentence || !Latin(j) || stem(words_[j].text()) != noun) continue;
        return nearest_town_after(j);
      }
      // "shelled the army's 22nd Division base in X. … had taken full
      // control of the division headquarters": a site noun not told before
      // whose modifier was, capitalized and itself before a site noun, is
      // that site (its unit's base by another noun), at the town told
      // nearest after it.
      const auto capitalized = [&](size_t w) {
        const std::string_view t = doc_.OriginalText(doc_.tokens[words_[w].first].span);
        return !t.empty() && std::isupper(static_cast<unsigned char>(t[0]));
      };
      if (n == k + 2 && !capitalized(k + 1)) {
        const std::string modifier = stem(words_[k + 1].text());
        for (size_t j = k; j-- > 0 && sent_[j] >= sentence - 6;) {
          // Told capitalized there, as a unit's name ("22nd Division"), not
          // an adjective told again ("a new camp … the new checkpoint").
          if (sent_[j] >= sentence || !Latin(j) || stem(words_[j].text()) != modifier || !capitalized(j))
            continue;
          bool site_after = false;
          for (size_t m = j + 1; m <= j + 2 && m < words_.size() && sent_[m] == sent_[j]; ++m) {
            const CueRow* s = lex_.KeyCue(NormalizeKey("the same " + lower(words_[m].text())), "place_anaphor");
            site_after = site_after || (s != nullptr && s->kind == "same");
          }
          if (!site_after) continue;
          return nearest_town_after(j);
        }
      }
      return -1;
    }
  }
  return -1;
};
  if (const int32_t site = definite_site_told_before(); site >= 0) return site;
  // "Residents gathered outside the town hall in X. … The committee said it
  // would hold another sit-in on Sunday": a sentence with no place whose
  // event word is told as a repeat (a `repeat` cue: "another" right before
  // it, "again", مجدداً، مرة أخرى after it in its clause) goes on where the
  // last event of its type told before was, not at the last town told.
  if (AnyCue(sentence, "repeat", [&](const CueHit& c) {
        if (c.clause != clause) return false;
        return c.row->scope == "next" ? c.w1 <= tw0 && c.w1 + 2 >= tw0 : c.w0 >= tw1 && c.w0 <= tw1 + 8;
      }))
    for (size_t i = doc_.events.size(); i-- > 0;) {
      const Event& ev = doc_.events[i];
      if (static_cast<int32_t>(ev.sentence) >= sentence || ev.place < 0 || ev.status == "negated" ||
          ev.acled_event_type != e.acled_event_type)
        continue;
      if (doc_.places[ev.place].resolved && !Coarse(ev.place)) return ev.place;
      break;
    }
  // The seat of the province of place p, for a sentence that speaks of the
  // whole province (a `region_anaphor` cue).
  const auto province_seat = [&](int32_t p) {
    return ProvinceSeatOf(doc_, p, [&](int32_t q) { return !Dateline(q) && !InSourceName(q); });
  };
  if (const int32_t before = PreviousSentencePlace(sentence, tw0); before >= 0)
    return AnyCue(sentence, "region_anaphor") ? province_seat(before) : before;
  // "… near X. The army said it retook a camp in <an unknown forest>.
  // Police denied that militants had seized any village in the county": a
  // sentence naming no place that speaks of the whole province goes on at
  // the province's seat, not at the town last named some sentences back
  // (the one the event would otherwise go on at).
  if (AnyCue(sentence, "region_anaphor"))
    if (const int32_t before = RefinePlace(-1, tw0); before >= 0)
      if (const int32_t seat = province_seat(before); seat != before) return seat;
  // "Last night the enemy attacked X with drones. … Air defences destroyed
  // 17 drones over the region": a sentence speaking of the whole province
  // with no scene told before goes to the province of the town the sentence
  // before named whatever its role there (an object names no scene a later
  // sentence goes on at, but the region meant is that town's).
  if (AnyCue(sentence, "region_anaphor") && sentence > 0 && RefinePlace(-1, tw0) < 0) {
    const std::span<const int32_t> told = Bucket(s_places_, sentence - 1);
    for (size_t i = told.size(); i-- > 0;) {
      const int32_t p = told[i];
      if (!doc_.places[p].resolved || Coarse(p) || Dateline(p) || InsideActorName(p) || InSourceName(p)) continue;
      return province_seat(p);
    }
  }
  // Nothing named yet: the lead told what, the next sentence tells where
  // ("وجاء الإعلان في مؤتمر صحفي في بورتسودان"). Once a town has been
  // named (a dateline aside), a sentence naming none goes on at it, not at
  // the next sentence's place.
  const std::span<const int32_t> prev = Bucket(s_places_, sentence - 1);
  if (prev.empty() && RefinePlace(-1, tw0) < 0) {
    // "GAO - … their truck hit a bomb … . The commander blamed jihadists. No
    // arrests were made over the bombing. In Mopti, …": a dateline town that
    // is the only place of its lead is where the lead's events were; the
    // sentences that go on about them, naming no place, are still there.
    if (const int32_t lead = LeadDatelineScene(sentence); lead >= 0) return lead;
    for (int32_t p : Bucket(s_places_, sentence + 1))
      if (doc_.places[p].resolved && !InsideActorName(p) && !InSourceName(p) && !actor_is_place_any_[p])
        return p;
  }
  // "JERUSALEM - … near the Old City's Damascus Gate … on a street near the
  // Old City … Officers arrested 14 suspects in <an unknown quarter>": a
  // report that so far named only its dateline town and places inside it
  // is still in that town.
  if (RefinePlace(-1, tw0) < 0)
    if (const int32_t town = DatelineTownSoFar(sentence); town >= 0) return town;
  return -1;
}

// How far from a town's point its quarters and landmarks lie (a city's
// old town, gates, squares; a few km even in a big city).
constexpr double kInsideTownKm = 8;

// The dateline town of a lead sentence before `sentence` that names no
// other place, with no place named between them; else -1. A place inside
// the town ("JERUSALEM - … in the Old City near Damascus Gate", a quarter
// or landmark told with the town as its parent, or read within a few km of
// it) is no other place: the lead still happened in the dateline town.
int32_t Builder::LeadDatelineScene(int32_t sentence) const {
  for (int32_t before = sentence - 1; before >= 0; --before) {
    const std::span<const int32_t> named = Bucket(s_places_, before);
    if (named.empty()) continue;
    int32_t town = -1;
    for (int32_t p : named) {
      if (!Dateline(p)) continue;
      if (!doc_.places[p].resolved || Coarse(p)) return -1;
      town = p;
    }
    if (town < 0) return -1;
    for (int32_t p : named)
      if (!Dateline(p) && !InsideTown(p, town)) return -1;
    return town;
  }
  return -1;
}

// The dateline town when every place named in the sentences before
// `sentence` is it or inside it (InsideTown); else -1.
int32_t Builder::DatelineTownSoFar(int32_t sentence) const {
  int32_t town = -1;
  for (int32_t before = 0; before < sentence; ++before)
    for (int32_t p : Bucket(s_places_, before)) {
      if (!Dateline(p)) continue;
      if (!doc_.places[p].resolved || Coarse(p)) return -1;
      if (town < 0) town = p;
    }
  if (town < 0) return -1;
  for (int32_t before = 0; before < sentence; ++before)
    for (int32_t p : Bucket(s_places_, before))
      if (!Dateline(p) && !InsideTown(p, town)) return -1;
  return town;
}

// A quarter, landmark or street of `town`: told with the town as its
// parent, or read as no coarse place within a few km of the town's point.
bool Builder::InsideTown(int32_t p, int32_t town) const {
  const PlaceMention& m = doc_.places[p];
  if (m.parent == town) return true;
  if (!m.resolved || Coarse(p)) return false;
  const Location& t = doc_.places[town].location;
  return DistanceKm(m.location.lat, m.location.lon, t.lat, t.lon) <= kInsideTownKm;
}

// A place in the clause of an `another` cue (مماثلة) or a `kind_of` cue
// ("similar", "such"): where a second event of the kind was, told aside.
bool Builder::SideScene(int32_t p) const {
  const size_t w = place_w_[p].first;
  return AnyCue(sent_[w], "another", [&](const CueHit& c) { return c.clause == clause_[w]; }) ||
         AnyCue(sent_[w], "kind_of", [&](const CueHit& c) { return c.clause == clause_[w]; });
}

// The previous sentence's last place, unless it names an actor there
// ("حلفاء سوريا - إيران"); its last town before a province or country
// that only describes it ("مدينة الفاشر، عاصمة ولاية شمال دارفور").
// "…since a double suicide attack at Baghdad's X Square killed 32 people in
// January 2021. Police said they had arrested two suspects": a place told
// in a clause dated more than a year back belongs to that background; a
// sentence of today's news goes on at the place before it.
// The town an event said to be at "the same" place goes on at: the last one
// named in the sentences before as a scene, not where a speaker spoke from
// ("قال مصدر في دمشق إن"، "a spokesman in Kaduna said") nor one that only
// says where another place is.
int32_t Builder::SameSceneBefore(int32_t sentence, size_t tw0) const {
  for (int32_t before = sentence - 1; before >= 0 && before >= sentence - 4; --before) {
    const std::span<const int32_t> prev = Bucket(s_places_, before);
    for (size_t i = prev.size(); i-- > 0;) {
      const int32_t p = prev[i];
      if (!doc_.places[p].resolved || Coarse(p) || Dateline(p) || InsideActorName(p) || InSourceName(p) ||
          LocatesPlaceBefore(p) || FromOrigin(p) || Venue(p) || QuotedApart(p, tw0) || OwnerNotLocation(p) ||
          SideScene(p) || (Anchor(p) && !AnchorsUnreadPlace(p)) || !LocativeInEnglish(p) || SpeaksThere(p) ||
          SourcesPlace(p))
        continue;
      if (actor_is_place_any_[p] && !AfterIn(p) && (doc_.places[p].relation_span.empty() || Coarse(p))) continue;
      return p;
    }
  }
  return -1;
}

// "أفاد ناشطون في إدلب بأن"، "a spokesman in Kaduna said": a place right
// before what opens a statement (a complementizer, an English speech verb)
// is where the speaker is.
bool Builder::SpeaksThere(int32_t p) const {
  const size_t end = place_w_[p].second;
  if (QuoteFollows(words_, end)) return true;
  for (size_t k = end; k < end + 3 && k < words_.size() && sent_[k] == sent_[place_w_[p].first]; ++k) {
    // (A place fronted before a comma sets the scene: "وفي X، قال الجيش إنه".)
    if (words_[k].clause_break || IsComma(words_[k].text())) return false;
    if (WordCue(k, "complementizer")) return true;
    if (const CueRow* c = WordCue(k, "attribution"); c && c->scope == "quote") return true;
  }
  return false;
}

// "بحسب مصدر طبي في مستشفى X", "according to a source at the X hospital":
// a place after an `attribution` cue of scope following, in its clause with
// no event word between them, is where the source is — no scene a later
// sentence goes on at.
bool Builder::SourcesPlace(int32_t p) const {
  const size_t w = place_w_[p].first;
  const int32_t s = sent_[w];
  return AnyCue(s, "attribution", [&](const CueHit& c) {
    // "وفق ما أفادت به مصادر طبية في مستشفى X": a relative ما right after
    // the cue (its verb of saying follows; only ما is checked) takes three
    // words more between the cue and the source.
    const bool what_said = c.w1 < words_.size() && words_[c.w1].text() == "\xD9\x85\xD8\xA7";  // ما
    if (c.row->scope != "following" || c.w1 > w || w - c.w1 > (what_said ? 9u : 6u) || clause_[c.w0] != clause_[w])
      return false;
    for (int32_t t : Bucket(s_triggers_, s))
      if (trig_w_[t].first >= c.w0 && trig_w_[t].first < w) return false;
    return true;
  });
}

// "ألقت قيادة شرطة البصرة القبض على … في قضاء الزبير", "the police of X
// province arrested … in Y": a place right after a body's or an official's
// title (government_voice, decreeing_body: شرطة، قيادة شرطة، محافظ), before
// the event word, names the area the body answers for, not where its deed
// was. (PickPlace asks it of the places before the event word; PlaceOfSentence
// of the places a sentence's own events passed over.)
// A title of several words counts by its last (مديرية أمن X، لجنة أمن X).
bool Builder::AreaOfABody(int32_t p) const {
  const size_t w = place_w_[p].first;
  for (size_t k = w, back = 0; k-- > 0 && back < 3 && sent_[k] == sent_[w] && !words_[k].clause_break; ++back)
    if (WordCue(k, "decreeing_body") != nullptr || WordCue(k, "government_voice") != nullptr) return true;
  if (AnyCue(sent_[w], "decreeing_body", [&](const CueHit& c) { return c.w1 <= w && c.w1 + 2 >= w; }) ||
      AnyCue(sent_[w], "government_voice", [&](const CueHit& c) { return c.w1 <= w && c.w1 + 2 >= w; }))
    return true;
  // "the Homs security directorate said its forces had arrested …", "the
  // X police command": English names the body's area before its title
  // (a body's title or voice right after the place, one word between at
  // most, in its clause).
  if (!Latin(w)) return false;
  const size_t end = place_w_[p].second;  // the word after the place
  const auto title_after = [&](const CueHit& c) {
    if (c.w0 < end || c.w0 > end + 1) return false;
    for (size_t k = end; k <= c.w0; ++k)
      if (k >= words_.size() || sent_[k] != sent_[w] || clause_[k] != clause_[w]) return false;
    return true;
  };
  return AnyCue(sent_[w], "decreeing_body", title_after) || AnyCue(sent_[w], "government_voice", title_after) ||
         AnyCue(sent_[w], "military_voice", title_after);
}

// The source told after a plain "according to" (a row of no kind: وفق،
// بحسب، نقلا عن), not after a weak media word (موقع "website", "site").
bool Builder::AfterAccordingTo(int32_t p) const {
  const size_t w = place_w_[p].first;
  return AnyCue(sent_[w], "attribution", [&](const CueHit& c) {
    return c.row->scope == "following" && c.row->kind.empty() && c.w1 <= w && clause_[c.w0] == clause_[w];
  });
}

int32_t Builder::PreviousSentencePlace(int32_t sentence, size_t tw0) const {
  bool told_of_today = true;
  for (int32_t d : Bucket(s_dates_, sentence)) told_of_today &= !OldDate(doc_.dates[d]);
  bool background = false;
  for (int32_t before = sentence - 1; before >= 0 && before >= sentence - 3; --before) {
    if (const int32_t p = PlaceOfSentence(before, sentence, tw0, told_of_today, background); p >= 0) return p;
    if (!background) return -1;
  }
  return -1;
}

// The last usable place of sentence `before` for an event of `sentence`;
// with skip_background, none of a clause dated long ago (and `background`
// says one was passed over).
int32_t Builder::PlaceOfSentence(int32_t before, int32_t sentence, size_t tw0, bool skip_background,
                                 bool& background) const {
  const std::span<const int32_t> prev = Bucket(s_places_, before);
  const auto in_relative_clause_after_town = [&](int32_t p) {
    const size_t w = place_w_[p].first;
    return AnyCue(before, "relative", [&](const CueHit& c) {
      if (c.w1 > w) return false;
      // "أحداث الشغب التي شهدتها قرية X", "the clashes which broke out in
      // X": a clause told of an event word says where that event was.
      for (int32_t t : Bucket(s_triggers_, before))
        if (trig_w_[t].second == c.w0) return false;
      for (int32_t q : prev)
        if (q != p && place_w_[q].second <= c.w0 && doc_.places[q].resolved && !Coarse(q) && !Dateline(q))
          return true;
      return false;
    });
  };
  const auto body_area_passed_over = [&](int32_t q) {
    if (!AreaOfABody(q)) return false;
    bool placed_elsewhere = false;
    for (const Event& ev : doc_.events) {
      if (static_cast<int32_t>(ev.sentence) != before || ev.place < 0) continue;
      if (ev.place == q || doc_.places[ev.place].entry == doc_.places[q].entry) return false;
      placed_elsewhere = placed_elsewhere || (doc_.places[ev.place].resolved && !Coarse(ev.place));
    }
    return placed_elsewhere;
  };
  // "وفي كفر الدوار، قطع عمال طريق القاهرة – الإسكندرية …": a town a road
  // is named by, in a sentence whose scene a fronted place set, is no scene
  // the next sentence goes on at; the fronted place is (PickPlace).
  const int32_t fronted = FrontedPlace(before);
  auto names_road_under_scene = [&](int32_t q) {
    if (fronted < 0 || fronted == q || RouteStart(fronted)) return false;
    if (RouteStart(q)) return true;
    for (int32_t r : prev)
      if (r != q && RouteStart(r) && RouteOtherEnd(r) == q) return true;
    return false;
  };
  for (const bool towns_only : {true, false})
    for (size_t i = prev.size(); i-- > 0;) {
      const int32_t p = prev[i];
      if (skip_background) {
        bool old = false;
        for (int32_t d : Bucket(s_dates_, before))
          old |= clause_[date_w_[d].first] == clause_[place_w_[p].first] && OldDate(doc_.dates[d]);
        if (old) {
          background = true;
          continue;
        }
      }
      // "Similar rallies took place in Y", وخرجت تظاهرات مماثلة في Y: a place
      // of a side scene, another event of the kind told in passing, is not
      // where the report goes on; the next sentence's event is of its main
      // scene, told before it.
      if (SideScene(p)) {
        background = true;
        continue;
      }
      // تنظيم القاعدة في جزيرة العرب; "X in Idlib province"
      // "… as they withdrew towards X": where movers went (a `destination`
      // cue) is no scene the report goes on at.
      if (InsideActorName(p) || LocatesPlaceBefore(p) || FromOrigin(p) || Venue(p) || QuotedApart(p, tw0) ||
          OwnerNotLocation(p) || RightAfterCue(before, "destination", place_w_[p].first) || names_road_under_scene(p))
        continue;
      // "…، وفق مصادر طبية في مستشفى X": where the source is tells no scene
      // the next sentence goes on at, while a town of the sentence's own
      // event is left (PlaceOfSentence's second round takes it else).
      if (towns_only && SourcesPlace(p) && AfterAccordingTo(p)) continue;
      // "وأعلنت مديرية أمن X القبض على 17 شخصاً" with the arrests placed at
      // the village told before: a place right after a body's title (a
      // `government_voice` or `decreeing_body` cue: the area of its office)
      // that its own sentence's events were not placed at is no scene the
      // next sentence goes on at either.
      // (As a side scene: the sentence before it is asked next.)
      if (body_area_passed_over(p)) {
        background = true;
        continue;
      }
      // "…بلدة X شمال غربي حماة. أحكمت سيطرتها على البلدة": the sentence
      // goes on at the town, not at the place that only located it —
      // unless it speaks of that relation again ("بريف دير الزور … في
      // بلدات بالريف الشرقي": the countryside named before).
      // A town that locates an unknown place (في مقاطعة X شمال Y) is where
      // that place is coded, so the sentence goes on there too.
      if (Anchor(p) && !RelationToldAgain(p, sentence, tw0) && !AnchorsUnreadPlace(p)) continue;
      if (towns_only && (Coarse(p) || (NamedAsUnit(p) && FirstLevelSeat(doc_.places[p])) || FarEndOfHyphenedRoad(doc_, p) ||
                         !doc_.places[p].resolved || Dateline(p)))
        continue;
      // "Mobs set fire to houses in X after the bodies of people who had gone
      // missing from a camp in Y were found": a place inside a relative
      // clause tells of the people or things the sentence speaks of, not
      // where it goes on; a town named before that clause is its scene.
      // (A relative clause of an event word is that event's own: below.)
      if (towns_only && in_relative_clause_after_town(p)) continue;
      bool actor = actor_is_place_any_[p];  // a capital that speaks, too ("… فيما نفت الرباط ذلك")
      for (int32_t a : Bucket(s_actors_, before))
        if (doc_.places[p].span.begin < doc_.actors[a].span.end && doc_.actors[a].span.begin < doc_.places[p].span.end)
          actor = true;
      if (!actor || AfterIn(p)) {
        // ("on the X–Y road", "gangs attacked X": no locative before the
        // town, but the sentence's event was placed there, and the next
        // sentence naming no place goes on there. A quarter or landmark so
        // placed is left to the dateline rules: LeadDatelineScene.)
        const bool placed_event_there = std::any_of(doc_.events.begin(), doc_.events.end(), [&](const Event& ev) {
          return static_cast<int32_t>(ev.sentence) == before && ev.place == p && doc_.places[p].resolved &&
                 doc_.places[p].location.feature_code.rfind("PPL", 0) == 0 &&
                 doc_.places[p].location.feature_code != "PPLX";
        });
        if (!LocativeInEnglish(p) && !placed_event_there) continue;  // "carried by its Andalus radio"
        // "near Zamfara's capital Gusau": the province's town told with it.
        for (int32_t q : prev)
          if (Encloses(p, q) || RegionHolds(p, q)) return q;
        return static_cast<int32_t>(p);
      }
    }
  return -1;
}

}  // namespace marsad::events_internal
