#include "extract/event_builder.h"

#include <map>

#include "extract/acled_inter.h"
#include "text/normalize.h"
#include "util/utf8.h"

namespace marsad::events_internal {

// ACLED names actors by what they do and where: a crowd in a riot is
// Rioters; a generic force ("the police", قوات الأمن) is the force of the
// country the event happens in. The mention's words stay the evidence.
void Builder::CodeActors() {
  // "Gang members", العصابة: a report that names one gang alone and then
  // speaks of "the gang" or "gang members" speaks of that gang — the
  // report's own subject, not some gang nobody can name.
  std::string sole_gang = SoleArmedGroup();
  // قصف الطيران تجمعات «إرهابية» وقتل عشرات المسلحين: an Arabic strike or
  // shelling by a state's forces on fighters told only by a generic noun
  // (مسلحين، إرهابيين) hits the insurgency the report is about, when it
  // names one non-state armed group alone (a rebel group: not a gang, a
  // political or a community's militia), before or after.
  std::string sole_rebels = sole_gang;
  if (const ActorInfo* info = sole_rebels.empty() ? nullptr : lex_.Actor(sole_rebels);
      !info || info->acled_inter != "Rebel group")
    sole_rebels.clear();
  if (const ActorInfo* info = sole_gang.empty() ? nullptr : lex_.Actor(sole_gang);
      !info || info->acled_inter != "Political militia")
    sole_gang.clear();
  for (Event& e : doc_.events) {
    const std::string country = PlaceCountry(e);
    const std::string day = e.date >= 0 ? doc_.dates[e.date].value : ReferenceDay(doc_);
    for (EventArgument* a : {&e.actor1, &e.actor2}) {
      const std::string id = a->actor >= 0 ? doc_.actors[a->actor].id : a->implicit_id;
      if (id.empty()) continue;
      // A former soldier killed (جندياً سابقاً) is coded a civilian already:
      // no force of the country takes him back.
      if (a->actor >= 0 && a->coded_id == "gen.civilians") continue;
      std::string coded;
      // Protesters arrested at a riot just told were rioting.
      if (id == "gen.protesters" && (e.acled_event_type == "Riots" ||
                                     (e.acled_sub_event_type == "Arrests" && CrowdNear(e) == "gen.rioters")))
        coded = "gen.rioters";
      else if (id == "gen.unidentified_gang" && !sole_gang.empty())
        coded = sole_gang;
      else if (a == &e.actor2 && !sole_rebels.empty() && !Latin(e) &&
               e.acled_event_type == "Explosions/Remote violence" &&
               (id == "gen.unidentified_gunmen" || id == "gen.militants") && StateOrForeign(InterOf(e.actor1)))
        coded = sole_rebels;
      else if (!country.empty() && id == "gen.security_forces" && CrowdFacing(e))
        coded = RegionalForce("gen.police", e, day);
      // واعتقلت السلطات ناشطين، أعلنت السلطات توقيف 152 شخصاً: an Arabic arrest
      // made by "the authorities" (a generic noun) is their police's (ACLED's
      // Police Forces of the country, or a region's own police), where the
      // country has a police row.
      if (coded.empty() && a == &e.actor1 && e.acled_sub_event_type == "Arrests" && !Latin(e) && a->actor >= 0 &&
          doc_.actors[a->actor].alias_kind == "generic" && id == "gen.authorities" && !country.empty())
        coded = RegionalForce("gen.police", e, day);
      // A curfew or a ban in a federal country's state, province or region,
      // decreed by "the authorities" or by no one named, is its regional
      // government's (ACLED: "Government of Kano State", "Government of
      // Manipur"), not the federal government's.
      const bool decree = e.plover_mode == "curfew" || (e.plover_mode == "restrict" && e.acled_sub_event_type == "Change to group/activity");
      if (coded.empty() && decree && a == &e.actor1 && !country.empty() &&
          (a->actor < 0 || doc_.actors[a->actor].alias_kind == "generic") &&
          (id == "gen.authorities" || id == lex_.NationalForce("gen.authorities", country, day)))
        coded = RegionalOnlyForce("gen.regional_government", e, day);
      if (coded.empty() && !country.empty()) coded = RegionalForce(id, e, day);
      // "Police" already read as the country's police (a country: alias
      // row) is still a generic noun: a region's own police take it there.
      if (coded.empty() && !country.empty() && a->actor >= 0 && !OfficialName(doc_.actors[a->actor]))
        if (std::string generic = lex_.GenericForceOf(id, country); !generic.empty())
          if (std::string own = RegionalOnlyForce(generic, e, day); !own.empty() && own != id) coded = std::move(own);
      // ACLED names an unarmed group (students, journalists, aid workers)
      // Civilians, the group only its associated actor: a generic group
      // whose registry parent is the civilians is coded as them, unless a
      // crowd pass already coded it (students who march are Protesters).
      // The elders who sign a truce are a party of their own to it
      // ("Communal elders").
      // A state force supplied to an event of another era (the report's
      // main actor, the new Syrian army, as the side that lost a town in
      // 2015; a strike told of 2017): the force of its kind and country in
      // the event's own era (national_forces.tsv rows with dates), as a
      // generic noun there would be. A force named in the text has its era
      // from its alias's date context already.
      if (coded.empty() && a->actor < 0 && day.size() >= 4)
        if (const ActorInfo* info = lex_.Actor(id); info && info->acled_inter == "State forces" &&
                                                     !info->country.empty() &&
                                                     (!info->valid_from.empty() || !info->valid_to.empty()))
          if (std::string generic = lex_.GenericForceOf(id, info->country); !generic.empty())
            if (std::string era = lex_.NationalForce(generic, info->country, day); !era.empty() && era != id)
              if (const ActorInfo* other = lex_.Actor(era); other && (!other->valid_from.empty() || !other->valid_to.empty()))
                coded = std::move(era);
      // Gold prospectors arrested at an illegal mining site keep their own
      // ACLED name (Gold miners); as victims of violence they are civilians.
      if (coded.empty() && (a->actor < 0 || a->coded_id.empty()) &&
          !(id == "gen.communal_elders" && e.acled_sub_event_type == "Agreement") &&
          !(id == "gen.gold_miners" && e.acled_event_type == "Strategic developments"))
        if (const ActorInfo* info = lex_.Actor(id); info && info->country.empty() && info->parent == "gen.civilians")
          coded = info->parent;
      if (coded.empty()) continue;
      if (a->actor >= 0) a->coded_id = coded;
      else a->implicit_id = coded;
    }
  }
}

// ACLED codes the captives freed in a release by whom they are: soldiers
// or policemen handed back by the group that held them ("the rebels freed
// two soldiers", "handed over 46 captured government troops", "released
// 30 detainees from the security forces") are their force's, actor 2, and
// the body they were handed to is only the go-between. Only a state force
// told among those freed — from the trigger's head to six words on, not
// behind any preposition but a partitive "of"/"from" — counts; civilians
// freed stay ACLED's Civilians (CrowdActors). English word order only.
void Builder::FreedCombatants() {
  for (Event& e : doc_.events) {
    // English tells those freed after the verb; Arabic puts its subject there.
    if (e.acled_sub_event_type != "Other" || e.plover_mode != "release" || !Latin(e)) continue;
    const size_t tw1 = trig_w_[e.trigger].second;
    const int32_t sentence = sent_[trig_w_[e.trigger].first];
    const std::string taker = Actor1Of(e);
    for (int32_t a : Bucket(s_actors_, sentence)) {
      const ActorMention& m = doc_.actors[a];
      const size_t w = actor_w_[a].first;
      if (w < tw1 || w > tw1 + 6 || m.person || m.id.empty() || m.acled_inter != "State forces" || m.id == taker ||
          a == e.actor1.actor)
        continue;
      if (PrecededByPreposition(a)) {
        const std::string_view before = words_[w - 1].text();
        if (before != "of" && before != "from") continue;
      }
      bool recipient = false;  // "handed ... to the army": who receives them
      for (size_t v = tw1; v < w && !recipient; ++v) recipient = words_[v].text() == "to";
      if (recipient) continue;
      SetActor(e.actor2, a);
      break;
    }
  }
}

// A generic force in a region that keeps forces of its own (Jubaland,
// Puntland, Iraqi Kurdistan: the event place's admin1) is the region's;
// elsewhere the country's.
std::string Builder::RegionalForce(std::string_view generic, const Event& e, std::string_view day) const {
  const std::string country = PlaceCountry(e);
  if (country.empty()) return "";
  if (std::string force = RegionalOnlyForce(generic, e, day); !force.empty()) return force;
  return lex_.NationalForce(generic, country, day);
}

// The force of the event's region alone (its country/admin1 row), or "".
std::string Builder::RegionalOnlyForce(std::string_view generic, const Event& e, std::string_view day) const {
  const std::string country = PlaceCountry(e);
  const std::string& admin1 = doc_.places[e.place].location.admin1;
  if (country.empty() || admin1.empty()) return "";
  thread_local std::string region;  // "ISO3/admin1", without a new string per call
  region.assign(country);
  region += '/';
  region += admin1;
  return lex_.NationalForce(generic, region, day);
}

// A mention by a force's own name ("Iraqi Security Forces", its
// abbreviation) names that force wherever it acts.
bool Builder::OfficialName(const ActorMention& m) const {
  return m.alias_kind == "official" || m.alias_kind == "abbreviation";
}

// ACLED codes the force a country sets on a crowd (protesters, rioters) as
// its police: "the security forces" that disperse a march are not its army.
bool Builder::CrowdFacing(const Event& e) const {
  return e.acled_event_type == "Protests" || e.acled_event_type == "Riots";
}

void Builder::SetIdentity(EventArgument& a) const {
  a.identity = ActorMention{};
  const std::string& id = a.actor >= 0 ? a.coded_id : a.implicit ? a.implicit_id : a.coded_id;
  if (id.empty()) return;
  const ActorInfo* info = lex_.Actor(id);
  if (!info) return;
  a.identity.id = info->id;
  a.identity.name = info->name;
  a.identity.acled_inter = info->acled_inter;
  a.identity.plover_sector = info->plover_sector;
  a.identity.country = info->country;
}

// ACLED: arrests are made by an authority (a state, or a group that
// governs the territory: data/shared/governing_authorities.tsv); unnamed
// gunmen, a militia or a rebel group that seize people elsewhere abduct
// them ("the gunmen rounded up men working in the fields", "the rebels
// detained traders on the road"), in both languages. A named militia that
// the registry places directly under a state's forces (its parent is State
// forces: a ministry's or a government's auxiliary force) acts for that
// state: it arrests.
void Builder::ArrestsByArmedGroups() {
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Arrests") continue;
    // "rounded up young men for forced conscription": people taken to be
    // made to fight are abducted (ACLED), whoever took them.
    const size_t tw1 = trig_w_[e.trigger].second;
    if (Latin(e) && AnyCue(static_cast<int32_t>(e.sentence), "conscription", [&](const CueHit& c) {
          return c.w0 >= tw1 && c.w0 - tw1 <= 16 && clause_[c.w0] == clause_[tw1 - 1];
        })) {
      e.acled_event_type = "Violence against civilians";
      e.acled_sub_event_type = "Abduction/forced disappearance";
      e.plover_mode = "abduct";
      continue;
    }
    if (e.actor1.actor < 0) continue;
    // "A mob beat a man to death …; no arrests have been made": an arrest
    // English negates names no taker — the group read as its doer is the
    // one not arrested, and the taking stays an arrest (by the police).
    if (e.status == "negated" && Latin(e) && NoOneTaken(e)) continue;
    const ActorMention& a = doc_.actors[e.actor1.actor];
    // Arabic generic nouns (مسلحون، عناصر) still name the arresting force
    // too often to be read as a group of their own.
    const bool unnamed_armed =
        Latin(e) && a.alias_kind == "generic" && a.acled_inter != "State forces" && a.acled_inter != "";
    const bool named_armed = a.alias_kind != "generic" && !a.id.empty() &&
                             (a.acled_inter == "Political militia" || a.acled_inter == "Identity militia" ||
                              a.acled_inter == "Rebel group");
    if (!unnamed_armed && !named_armed) continue;
    if (named_armed) {
      const ActorInfo* info = lex_.Actor(a.id);
      const ActorInfo* parent = info && !info->parent.empty() ? lex_.Actor(info->parent) : nullptr;
      if (parent && parent->acled_inter == "State forces") continue;
      // A state force named in the same sentence is the likelier taker, the
      // group then those it took (اعتقلت قوات الأمن عناصر من التنظيم,
      // "fighters of the group were detained by police").
      bool state_named = false;
      for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence)))
        state_named = state_named || doc_.actors[b].acled_inter == "State forces";
      if (state_named) continue;
      // With no place told, a governing group is taken to act at home.
      const std::string day = e.date >= 0 ? doc_.dates[e.date].value : ReferenceDay(doc_);
      const std::string country = e.place >= 0 ? PlaceCountry(e) : info ? info->country : "";
      const std::string admin1 = e.place >= 0 ? doc_.places[e.place].location.admin1 : "";
      if (lex_.GovernsTerritory(a.id, country, admin1, day)) continue;
    }
    e.acled_event_type = "Violence against civilians";
    e.acled_sub_event_type = "Abduction/forced disappearance";
    e.plover_mode = "abduct";
  }
}

// اشتباكات قبلية، نزاع عشائري، "tribal clashes", "clan fighting": a fight
// named by a `communal_fight` adjective (after the Arabic noun, before the
// English one) was fought between armed men of communities, which ACLED
// codes as a clan militia on either side. Sides only supplied from the
// rest of the report (the state, the report's main group) give way; a
// named party in the fight's clause stays, and a communal militia named
// as one side is the other side's kind too.
// A fight both sides wage (its roles take "actors": اشتباكات، "clashes"),
// its doers named as civilians (an occupation, residents) and its other
// side civilians or none: two communities, each the other's opponent.
// Fought with stones and sticks (`crude_arms` near its word), it is a
// brawl of crowds, which CrudeArmsMakeMobs codes.
bool Builder::CommunitiesClash(const Event& e, const std::string& a1, const std::string& a2) const {
  if (e.acled_sub_event_type != "Armed clash" || e.trigger < 0 || e.actor1.actor < 0 || a1 != "Civilians") return false;
  if (e.actor2.actor >= 0 ? a2 != "Civilians" : !a2.empty() && a2 != "Civilians") return false;
  const size_t w0 = trig_w_[e.trigger].first;
  if (AnyCue(static_cast<int32_t>(e.sentence), "crude_arms",
             [&](const CueHit& c) { return (c.w0 >= w0 ? c.w0 - w0 : w0 - c.w0) <= 8; }))
    return false;
  return std::any_of(trig_roles_[e.trigger]->begin(), trig_roles_[e.trigger]->end(),
                     [](const RoleSlot& r) { return r.Has("actors"); });
}

void Builder::CommunalFights() {
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Battles" || e.acled_sub_event_type != "Armed clash" || e.trigger < 0) continue;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    // "Gunmen from rival factions of the Sinaloa Cartel fought", "two
    // factions of the dissidents fought": a fight between factions of the
    // one party its doer names (a `rival_factions` cue right before the
    // name) has that party on both sides, as ACLED codes a split — not the
    // opponent the report names most.
    if (e.actor1.actor >= 0 && !e.actor1.implicit) {
      const int32_t a = e.actor1.actor;
      const size_t w0 = actor_w_[a].first;
      const bool split = clause_[w0] == clause_[tw0] && actor_w_[a].second <= tw0 &&
                         AnyCue(static_cast<int32_t>(e.sentence), "rival_factions",
                                [&](const CueHit& c) { return c.w1 == w0 || (c.w1 + 1 == w0 && words_[c.w1].text() == "the"); });
      if (split && !doc_.actors[a].id.empty() && doc_.actors[a].alias_kind != "generic") {
        SetActor(e.actor2, a);
        continue;
      }
    }
    const bool communal = AnyCue(static_cast<int32_t>(e.sentence), "communal_fight", [&](const CueHit& c) {
      return (c.w0 >= tw1 && c.w0 <= tw1 + 1) || (c.w1 <= tw0 && c.w1 + 1 >= tw0);
    });
    if (!communal) continue;
    const auto told = [&](const EventArgument& a) { return a.actor >= 0 && clause_[actor_w_[a.actor].first] == clause_[tw0]; };
    if (!told(e.actor1)) {
      if (told(e.actor2)) continue;
      SetImplicitId(e.actor1, "gen.clan_militia");
      SetImplicitId(e.actor2, "gen.clan_militia");
    } else if (!told(e.actor2) && InterOf(e.actor1) == "Identity militia") {
      SetImplicitId(e.actor2, Actor1Of(e));
    }
  }
}

void Builder::CompleteDyads() {
  std::vector<Event>& ev = doc_.events;
  // No one fights itself: a battle whose supplied doer (the report's main
  // actor) is the side it fights — "a force stormed the camp, fighting
  // gunmen of X" in a report on X — was fought by X's opponent.
  for (Event& e : ev) {
    if (e.acled_event_type != "Battles" || e.actor1.actor >= 0 || e.actor1.implicit_id.empty()) continue;
    const std::string a2 = Actor2Of(e);
    if (a2.empty() || Actor1Of(e) != a2) continue;
    e.actor1 = EventArgument{};
    if (std::string other = LikelyOpponent(a2); !other.empty()) SetImplicitId(e.actor1, std::move(other));
  }
  for (Event& e : ev) {
    if (e.acled_event_type != "Battles" || !Actor2Of(e).empty()) continue;
    const std::string a1 = Actor1Of(e);
    if (a1.empty()) continue;
    // "Rival armed groups fought", اشتباكات بين عشيرتين: both sides are of
    // the kind actor 1 names.
    // Only a fight both sides wage (its roles take "actors"): rival gangs
    // that attacked a prison attacked someone else.
    const bool mutual = std::any_of(trig_roles_[e.trigger]->begin(), trig_roles_[e.trigger]->end(),
                                    [](const RoleSlot& r) { return r.Has("actors"); });
    if (mutual && e.actor1.actor >= 0 && NamesBothSides(e.actor1.actor)) {
      SetImplicitId(e.actor2, a1);
      continue;
    }
    // قتلت قواته ستة مسلحين من جماعة X في اشتباك: fighters of the other
    // camp told as killed or wounded in the battle's sentence were its
    // other side.
    if (int32_t fallen = FallenOpponent(e, a1); fallen >= 0) {
      SetActor(e.actor2, fallen);
      continue;
    }
    // "Troops killed two suspected insurgents in a gunfight", "the army said
    // it had killed six separatist fighters in a raid": in English the party
    // a verb of actor 1 takes as its object, told between actor 1 and the
    // battle's word in its clause, is the other side (losses told after the
    // word, ", leaving three soldiers dead", may be actor 1's own).
    if (e.actor1.actor >= 0 && Latin(doc_.triggers[e.trigger])) {
      const ActorInfo* self = lex_.Actor(a1);
      const size_t s_end = actor_w_[e.actor1.actor].second, tw0 = trig_w_[e.trigger].first;
      int32_t object = -1;
      for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
        const ActorMention& m = doc_.actors[b];
        const size_t b0 = actor_w_[b].first;
        if (b0 < s_end || actor_w_[b].second > tw0 || clause_[b0] != clause_[tw0] || !TriggerBetween(s_end, b0)) continue;
        if (m.id.empty() || m.person || !Armed(m.acled_inter) || m.alias_kind == "adjective" || !self ||
            (m.acled_inter == "State forces") == (self->acled_inter == "State forces") || m.id == a1 ||
            lex_.Related(m.id, a1))
          continue;
        object = b;
        break;
      }
      if (object >= 0) {
        SetActor(e.actor2, object);
        continue;
      }
    }
    std::string best;
    long best_score = LONG_MAX;
    for (const Event& o : ev) {
      if (&o == &e) continue;
      std::string opp;
      if (Actor1Of(o) == a1) opp = Actor2Of(o);
      else if (Actor2Of(o) == a1) opp = Actor1Of(o);
      if (opp.empty() || opp == a1) continue;
      const ActorInfo* info = lex_.Actor(opp);
      if (!info || info->acled_inter == "Civilians") continue;
      long score = std::labs(static_cast<long>(o.sentence) - static_cast<long>(e.sentence));
      // A ground fight's opponent is first one it fights on the ground: the
      // air force striking a group is its enemy in the air (the coalition's
      // raids on the Houthis, who fight the army at Marib).
      if (o.acled_event_type != "Battles") score += 1000;
      if (score < best_score) best_score = score, best = opp;
    }
    if (best.empty()) {
      best = LikelyOpponent(a1);
      // A rebel group that fights across borders (JNIM in Burkina Faso,
      // al-Shabaab in Kenya) fights the army of the country where the battle
      // is, not its home country's: a home army supplied only as the default.
      const ActorInfo* self = lex_.Actor(a1);
      if (self && self->acled_inter == "Rebel group" && !best.empty() &&
          best == lex_.NationalForce("gen.army", self->country))
        if (std::string here = lex_.NationalForce("gen.army", PlaceCountry(e)); !here.empty()) best = std::move(here);
    }
    if (best.empty()) best = InterstateOpponent(e, a1);
    if (best.empty()) continue;
    SetImplicitId(e.actor2, best);
  }
  // "There was no fighting in the town itself, residents said", لم تقع أي
  // اشتباكات داخل المدينة: an armed clash denied whose sentence names neither
  // side denies more of the fight the report told before — the same two sides,
  // in the order the nearest earlier battle with both sides known has them
  // (not the order a supplied doer and its likely opponent give).
  const auto named_here = [&](const Event& e, const EventArgument& a) {
    return a.actor >= 0 && sent_[actor_w_[a.actor].first] == static_cast<int32_t>(e.sentence);
  };
  for (Event& e : ev) {
    if (e.acled_sub_event_type != "Armed clash" || e.status != "negated" || named_here(e, e.actor1) ||
        named_here(e, e.actor2))
      continue;
    const Event* told = nullptr;
    for (const Event& o : ev) {
      if (&o == &e || o.acled_event_type != "Battles" || o.status == "negated" || o.sentence >= e.sentence) continue;
      if (Actor1Of(o).empty() || Actor2Of(o).empty() || Actor1Of(o) == Actor2Of(o)) continue;
      if (!told || o.sentence >= told->sentence) told = &o;
    }
    if (!told) continue;
    const std::string a1 = Actor1Of(*told), a2 = Actor2Of(*told);
    if (a1 == Actor1Of(e) && a2 == Actor2Of(e)) continue;
    e.actor1 = EventArgument{};
    e.actor2 = EventArgument{};
    SetImplicitId(e.actor1, a1);
    SetImplicitId(e.actor2, a2);
  }
}

// A state's forces fighting where the report names no armed group fight
// another state's (Russia and Ukraine, two armies on a disputed border):
// abroad, the army of the country the battle is in, when the report names
// that country's forces; at home, the foreign state force the report has
// acting in the same country (an adjective, "Russian drones", counts).
std::string Builder::InterstateOpponent(const Event& e, const std::string& a1) const {
  const ActorInfo* self = lex_.Actor(a1);
  const std::string here = PlaceCountry(e);
  if (!self || self->acled_inter != "State forces" || self->country.empty() || here.empty()) return "";
  const auto force_of = [&](const std::string& id) -> std::string {
    const ActorInfo* info = lex_.Actor(id);
    if (!info || info->acled_inter != "State forces" || info->country.empty() || info->country == self->country ||
        lex_.Related(id, a1))
      return "";
    return info->plover_sector == "GOV" ? lex_.NationalForce("gen.army", info->country) : id;
  };
  if (here != self->country) {
    const std::string army = lex_.NationalForce("gen.army", here);
    if (army.empty()) return "";
    for (size_t a = 0; a < doc_.actors.size(); ++a)
      if (!actor_is_place_[a] && doc_.actors[a].country == here && force_of(doc_.actors[a].id) != "") return army;
    return "";
  }
  std::map<std::string, int> count;
  for (const Event& o : doc_.events) {
    if (&o == &e || PlaceCountry(o) != here) continue;
    for (const std::string& id : {Actor1Of(o), Actor2Of(o)})
      if (std::string force = force_of(id); !force.empty()) ++count[force];
  }
  std::string best;
  int n = 0;
  for (const auto& [id, c] : count)
    if (c > n) best = id, n = c;
  return best;
}

// A handover has two sides: who takes the place and who held it. Arabic
// and English name the one that held it after the place, in a relative
// clause or a preposition (تسلّم الجيش مواقع كانت تشغلها قوات X، تسلّمت
// الشرطة المقر من قوات X، دخلتها القوات إثر انسحاب X، "took over bases held
// by X"): the actor right after a `former_holder` cue that follows the
// trigger (and its subject) in its sentence, when it is not actor 1 again
// (قوة من الشرطة: the partitive names actor 1's own men).
void Builder::FormerHolders() {
  // "Junta troops abandoned their camp, and KNLA fighters moved in": the
  // armed party told right before a `holder_left` word earlier in the
  // handover's sentence, before the taker's own name, held the place.
  const auto HolderLeftBefore = [&](const Event& e, const std::string& a1) -> int32_t {
    const size_t tw0 = trig_w_[e.trigger].first;
    const int32_t sentence = sent_[tw0];
    // The taker must be named between the leaving and the taking, or the
    // leaving may be the taker's own ("X withdrew from A and took over B").
    // A taker supplied from elsewhere, or named only as the source ("the
    // rebels said troops abandoned a camp and its fighters moved in"), is
    // told at the taking word itself.
    if (e.actor1.actor < 0 && (!e.actor1.implicit || a1.empty())) return -1;
    const bool told_as_taker = e.actor1.actor >= 0 && !Source(e.actor1.actor);
    const size_t taker = told_as_taker ? actor_w_[e.actor1.actor].first : tw0;
    if (told_as_taker && taker >= tw0) return -1;
    int32_t holder = -1;
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (c.row->type != "holder_left" || c.w1 > taker || c.w0 + 25 < tw0) continue;
      for (int32_t b : Bucket(s_actors_, sentence)) {
        const ActorMention& m = doc_.actors[b];
        if (actor_w_[b].second > c.w0 || actor_w_[b].second + 2 < c.w0) continue;
        // The subject of the leaving word may follow a speech word ("it said
        // junta troops had abandoned a camp"): only a speaker told before its
        // own speech word ("X said it withdrew") is no holder.
        const size_t b0 = actor_w_[b].first, b1 = actor_w_[b].second;
        const bool speaker = AnyCue(sentence, "attribution", [&](const CueHit& q) {
          return (q.w0 >= b1 && q.w0 - b1 <= 1) || (q.w0 < b1 && b0 < q.w1);
        });
        if (m.id.empty() || m.id == a1 || lex_.Related(m.id, a1) || !Armed(m.acled_inter) || speaker) continue;
        holder = b;
      }
    }
    return holder;
  };
  // "The army took over three PKK checkpoints": an armed party named as the
  // modifier of the place taken, right after an English handover's word (a
  // count or an article at most before it), held it.
  const auto HolderNamingThePlace = [&](const Event& e, const std::string& a1, size_t from) -> int32_t {
    if (!Latin(e) || from >= words_.size()) return -1;
    const int32_t sentence = sent_[from];
    for (size_t k = from; k < from + 3 && k < words_.size() && sent_[k] == sentence; ++k) {
      const int32_t b = ActorStartingAt(k);
      if (b < 0) {
        if (words_[k].number || WordCue(k, "holder_lead")) continue;
        return -1;
      }
      const ActorMention& m = doc_.actors[b];
      const size_t next = actor_w_[b].second;
      // The name modifies a noun: a word follows it in its clause.
      if (next >= words_.size() || sent_[next] != sentence || !words_[next].is_word || words_[next].clause_break)
        return -1;
      if (m.id.empty() || m.id == a1 || lex_.Related(m.id, a1) || !Armed(m.acled_inter) || Source(b) || m.person)
        return -1;
      return b;
    }
    return -1;
  };
  // أعلن الجيش أنه تسلّم موقعاً كانت قوات X تشغله: the party between a
  // `holder_copula` and a `former_holder` verb right after it held the place;
  // read as the taker told after the trigger, it is actor 2, and the armed
  // speaker whose complementizer carries the subject took it.
  const auto HeldBetweenCopulaAndVerb = [&](int32_t b) {
    const size_t b0 = actor_w_[b].first, b1 = actor_w_[b].second;
    return b0 > 0 && WordCue(b0 - 1, "holder_copula") &&
           AnyCue(sent_[b0], "former_holder", [&](const CueHit& c) { return c.w0 == b1; });
  };
  // "Al-Shabaab fighters overran a Jubaland forces base", "troops retook an
  // RSF camp": the armed party named as the modifier of the place taken
  // right after an English word of taking ground by force held it — actor
  // 2, over the report's likely opponent supplied for want of one.
  for (Event& e : doc_.events) {
    if (e.trigger < 0 || (e.actor2.actor >= 0 && !e.actor2.implicit)) continue;
    if (e.acled_sub_event_type != "Non-state actor overtakes territory" &&
        e.acled_sub_event_type != "Government regains territory")
      continue;
    if (const int32_t holder = HolderNamingThePlace(e, Actor1Of(e), trig_w_[e.trigger].second); holder >= 0)
      SetActor(e.actor2, holder);
  }
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Non-violent transfer of territory" || !Actor2Of(e).empty() || e.trigger < 0 ||
        e.actor1.actor < 0 || e.attribution_span.empty())
      continue;
    const int32_t held = e.actor1.actor;
    if (actor_w_[held].first < trig_w_[e.trigger].second || !HeldBetweenCopulaAndVerb(held)) continue;
    for (int32_t b : Bucket(s_actors_, sent_[actor_w_[held].first])) {
      const ActorMention& m = doc_.actors[b];
      if (!(m.span == e.attribution_span) || m.id.empty() || m.id == doc_.actors[held].id || !Armed(m.acled_inter)) continue;
      SetActor(e.actor2, held);
      SetActor(e.actor1, b);
      break;
    }
  }
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Non-violent transfer of territory" || !Actor2Of(e).empty() || e.trigger < 0)
      continue;
    const std::string a1 = Actor1Of(e);
    size_t from = trig_w_[e.trigger].second;
    const int32_t sentence = sent_[from - 1];
    if (e.actor1.actor >= 0 && actor_w_[e.actor1.actor].first >= from && actor_w_[e.actor1.actor].first <= from + 3)
      from = actor_w_[e.actor1.actor].second;
    int32_t holder = -1;
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (c.row->type != "former_holder" || c.w0 < from || c.w0 > from + 12) continue;
      // A unit's number may stand before its parent's name (قوات اللواء 30 في الحشد الشعبي), a
      // kind-of-group noun and quotation marks before a name (فصيل «X»).
      for (size_t k = c.w1; k < c.w1 + 6 && k < words_.size() && sent_[k] == sentence; ++k) {
        const int32_t b = ActorStartingAt(k);
        if (b < 0 && !words_[k].is_word && !words_[k].number && !words_[k].quote_mark) break;
        if (b < 0) continue;
        if (!doc_.actors[b].id.empty() && doc_.actors[b].id != a1 && !Source(b)) holder = b;
        break;
      }
      if (holder >= 0) break;
      // كانت القوات الأمريكية تشغله: the holder may stand between a
      // `holder_copula` (كان، كانت) and the holding verb, right before it.
      for (int32_t b : Bucket(s_actors_, sentence)) {
        const size_t b0 = actor_w_[b].first;
        if (actor_w_[b].second != c.w0 || b0 <= from || !WordCue(b0 - 1, "holder_copula")) continue;
        const ActorMention& m = doc_.actors[b];
        if (!m.id.empty() && m.id != a1 && !lex_.Related(m.id, a1) && Armed(m.acled_inter) && !Source(b)) holder = b;
      }
      if (holder >= 0) break;
    }
    // "took over the base after X withdrew", "entered the camp after the
    // troops abandoned it": the armed party that left, told right before a
    // `holder_left` word after the trigger, held the place.
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (holder >= 0) break;
      if (c.row->type != "holder_left" || c.w0 <= from || c.w0 > from + 16) continue;
      for (int32_t b : Bucket(s_actors_, sentence)) {
        const ActorMention& m = doc_.actors[b];
        if (actor_w_[b].first < from || actor_w_[b].second > c.w0 || actor_w_[b].second + 2 < c.w0) continue;
        if (m.id.empty() || m.id == a1 || !Armed(m.acled_inter) || Source(b) || clause_[actor_w_[b].first] != clause_[c.w0])
          continue;
        holder = b;
      }
    }
    if (holder < 0) holder = HolderLeftBefore(e, a1);
    if (holder < 0) holder = HolderNamingThePlace(e, a1, from);
    if (holder >= 0) {
      SetActor(e.actor2, holder);
      continue;
    }
    // "Junta troops pulled out of the outpost and the PDF moved in": a
    // handover told by its leaving word, with another armed party named
    // after it right before a word of taking, is that party's; those who
    // left held the place.
    if (e.actor1.actor < 0 || actor_w_[e.actor1.actor].first >= trig_w_[e.trigger].first) continue;
    if (!AnyCue(sentence, "holder_left", [&](const CueHit& c) {
          return c.w0 <= trig_w_[e.trigger].first && c.w1 >= trig_w_[e.trigger].second;
        }))
      continue;
    for (int32_t b : Bucket(s_actors_, sentence)) {
      const ActorMention& m = doc_.actors[b];
      if (actor_w_[b].first < trig_w_[e.trigger].second || actor_w_[b].first > trig_w_[e.trigger].second + 20) continue;
      if (m.id.empty() || m.id == a1 || lex_.Related(m.id, a1) || !Armed(m.acled_inter) || Source(b) || m.person) continue;
      bool takes = false;
      for (size_t t = 0; t < doc_.triggers.size() && !takes; ++t) {
        const size_t w = trig_w_[t].first;
        takes = static_cast<int32_t>(t) != e.trigger && sent_[w] == sentence && w >= actor_w_[b].second &&
                w <= actor_w_[b].second + 2 && doc_.triggers[t].acled_sub_event_type == "Non-violent transfer of territory" &&
                !AnyCue(sentence, "holder_left", [&](const CueHit& c) { return c.w0 <= w && c.w1 > w; });
      }
      if (!takes) continue;
      e.actor2 = e.actor1;
      SetActor(e.actor1, b);
      break;
    }
  }
  // سيطر مقاتلو X على القرية بعد طرد عناصر Y منها، استعاد الجيش الموقع
  // بعد طرد مسلحين من Y: a taking of territory by force with no one named
  // losing it (or the side only supplied, or generic gunmen), told with a word of driving out
  // (`expelled_holder`: بعد طرد، إثر دحر) after its trigger, was taken from
  // the named armed party its words drive out (past heads such as عناصر and
  // generic gunmen of it), not from the side a report names elsewhere.
  for (Event& e : doc_.events) {
    if ((e.acled_sub_event_type != "Non-state actor overtakes territory" &&
         e.acled_sub_event_type != "Government regains territory") ||
        e.trigger < 0 || (e.actor2.actor >= 0 && doc_.actors[e.actor2.actor].alias_kind != "generic"))
      continue;
    const std::string a1 = Actor1Of(e);
    const size_t from = trig_w_[e.trigger].second;
    const int32_t sentence = sent_[from - 1];
    int32_t holder = -1;
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (c.row->type != "expelled_holder" || c.w0 < from || c.w0 > from + 16) continue;
      for (size_t k = c.w1; k < c.w1 + 5 && k < words_.size() && sent_[k] == sentence; ++k) {
        if (!words_[k].is_word || words_[k].clause_break) break;
        const int32_t b = ActorStartingAt(k);
        if (b < 0) continue;
        const ActorMention& m = doc_.actors[b];
        if (m.alias_kind == "generic") {
          k = actor_w_[b].second - 1;
          continue;
        }
        if (!m.id.empty() && m.id != a1 && !lex_.Related(m.id, a1) && Armed(m.acled_inter) && !Source(b) && !m.person)
          holder = b;
        break;
      }
      if (holder >= 0) break;
    }
    if (holder >= 0) SetActor(e.actor2, holder);
  }
}


// The named armed group, of the camp opposed to a1 (state forces against
// a non-state actor, and the reverse), whose men the sentence of `e` tells
// as killed or wounded: the group itself, or the one a partitive gives
// them (خمسة مسلحين من X); -1 when none or more than one.
int32_t Builder::FallenOpponent(const Event& e, const std::string& a1) const {
  // English tolls (", leaving three soldiers wounded") are as often the
  // doer's own losses; the rule is measured on Arabic wording only.
  if (Latin(doc_.triggers[e.trigger])) return -1;
  const ActorInfo* self = lex_.Actor(a1);
  if (!self || !Armed(self->acled_inter)) return -1;
  const bool state = self->acled_inter == "State forces";
  int32_t found = -1;
  for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
    if (!victim_[a]) continue;
    int32_t g = a;
    if (doc_.actors[a].alias_kind == "generic") g = PartitiveGroup(a);
    if (g < 0) continue;
    const ActorMention& m = doc_.actors[g];
    if (m.id.empty() || m.person || !Armed(m.acled_inter) || m.alias_kind == "generic") continue;
    // Two non-state groups fight each other too (مسلحون من «داعش» قتلوا
    // عنصرين من «قسد»): the fallen of another such group were the other side.
    if ((state && m.acled_inter == "State forces") || m.id == a1 || lex_.Related(m.id, a1)) continue;
    if (found >= 0 && doc_.actors[found].id != m.id) return -1;
    found = g;
  }
  return found;
}

// A `reciprocal` cue overlaps actor mention a or stands within two words
// of it: the mention names both sides of a fight.
bool Builder::ReciprocalMention(int32_t a) const {
  const size_t w0 = actor_w_[a].first, w1 = actor_w_[a].second;
  return AnyCue(sent_[w0], "reciprocal", [&](const CueHit& c) { return c.w1 + 2 >= w0 && c.w0 <= w1 + 1; });
}

// The mention names both sides of a feud: a reciprocal cue at it ("rival
// groups"), or a communal militia named generically ("the two clans",
// "communal militias"), which ACLED codes the same on either side.
bool Builder::NamesBothSides(int32_t a) const {
  const ActorMention& m = doc_.actors[a];
  return ReciprocalMention(a) || (m.acled_inter == "Identity militia" && m.alias_kind == "generic");
}

// With no event naming a battle's other side: the armed actor of the other
// camp (state forces against a non-state actor, and the reverse) the
// document names most.
std::string Builder::LikelyOpponent(const std::string& a1) const {
  const ActorInfo* self = lex_.Actor(a1);
  if (!self || !Armed(self->acled_inter)) return "";
  const bool state = self->acled_inter == "State forces";
  std::map<std::string, int> count;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    const ActorMention& m = doc_.actors[a];
    // A country's name (Lebanon) or adjective (سعودية) is a place or a
    // sponsor more often than a fighter.
    if (m.id.empty() || m.id == a1 || m.person || !Armed(m.acled_inter) || actor_is_place_[a] || victim_[a] ||
        m.alias_kind == "adjective" || ally_[a])
      continue;
    if ((m.acled_inter == "State forces") == state) continue;
    if (lex_.Related(m.id, a1)) continue;
    // A rebel group fights its own country's forces, not a foreign
    // government named as a place or a party to talks (the French embassy
    // stormed in the capital); foreign troops may still fight it.
    const bool foreign = !state && !self->country.empty() && !m.country.empty() && m.country != self->country;
    if (foreign && m.plover_sector == "GOV") continue;
    // A named group outweighs any count of generic nouns ("militants").
    count[m.id] += m.alias_kind == "generic" ? 1 : 1000;
  }
  std::string best;
  int n = 0;
  for (const auto& [id, c] : count)
    if (c > n) best = id, n = c;
  // None named: a rebel group fights its own country's army.
  if (best.empty() && !state && self->acled_inter == "Rebel group" && !self->country.empty())
    best = lex_.NationalForce("gen.army", self->country);
  // None named: a state whose war has one other state as its side (a
  // `gen.enemy` row, national_forces.tsv) fights that state's forces ("our
  // air defence shot down 23 drones" in a Ukrainian bulletin).
  if (best.empty() && state && !self->country.empty()) best = lex_.NationalForce("gen.enemy", self->country);
  return best;
}

// "Militants" in a report about one named armed group are that group: a
// generic non-state actor becomes the one rebel group (or identity militia)
// the report names against the government, whether the report is about it
// or about the state or militia fighting it; "jihadists" are never the
// pro-government militia they attack. An identity militia's fighters
// (Fano) are its own.
void Builder::NameGenericFighters() {
  const ActorInfo* main = main_actor_.empty() ? nullptr : lex_.Actor(main_actor_);
  // "Gunmen from X", مسلحون يرتدون زي X: a generic armed noun with a named
  // group after a partitive or a guise cue is that group, whatever the
  // report's main actor (ACLED codes men in a group's uniform as that group).
  for (Event& e : doc_.events)
    for (EventArgument* a : {&e.actor1, &e.actor2}) {
      if (a->actor < 0) continue;
      const ActorMention& m = doc_.actors[a->actor];
      if (m.alias_kind != "generic" || !Armed(m.acled_inter) || m.acled_inter == "State forces") continue;
      if (int32_t group = PartitiveGroup(a->actor); group >= 0) {
        SetActor(*a, group);
        // One mention is one side: the group read as the other side too
        // ("gunmen from X" whose X was taken for the object) is not it.
        EventArgument& other = a == &e.actor1 ? e.actor2 : e.actor1;
        if (other.actor == group) other = EventArgument{};
      }
    }
  // "The gunmen", المسلحون: unnamed fighters told again with the article
  // are the ones told before; when those were given a group by a partitive
  // or a guise (مسلحون يعتقد أنهم من X ... اشتبكت القوات مع المسلحين), the
  // group is theirs too.
  for (Event& e : doc_.events)
    for (EventArgument* a : {&e.actor1, &e.actor2}) {
      if (a->actor < 0) continue;
      const ActorMention& m = doc_.actors[a->actor];
      if (m.alias_kind != "generic" || !Unidentified(m.id) || !DefiniteMention(a->actor)) continue;
      if (PartitiveGroup(a->actor) >= 0) continue;
      if (int32_t group = EarlierUnnamedGroup(a->actor); group >= 0) {
        SetActor(*a, group);
        EventArgument& other = a == &e.actor1 ? e.actor2 : e.actor1;
        if (other.actor == group) other = EventArgument{};
      } else if (const int32_t doer = DoersOfTheLastAttack(a->actor, e); doer >= 0 && doer != a->actor) {
        // قال سكان إن مقاتلين من X هاجموا قاعدة … وقال سلاح الجو إن غاراته
        // على مواقع انسحب إليها المهاجمون: the attackers told again with
        // the article are the named group of the attack told last.
        EventArgument& other = a == &e.actor1 ? e.actor2 : e.actor1;
        if (other.actor >= 0 && doc_.actors[other.actor].id == doc_.actors[doer].id) continue;
        SetActor(*a, doer);
      }
    }
  // The group the generic fighters are: the one non-state armed group the
  // report names against the government. A militia fighting on the
  // government's side (Popular Mobilization, VDP, CJTF) or foreign troops
  // are the militants' enemies, not another candidate for them.
  std::string insurgents;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    const ActorMention& m = doc_.actors[a];
    if (m.id.empty() || m.alias_kind == "generic" || m.person || !Armed(m.acled_inter) || OnGovernmentSide(m.id))
      continue;
    if (insurgents.empty() || lex_.IsWithin(insurgents, m.id)) insurgents = m.id;
    else if (!lex_.Related(m.id, insurgents)) return;  // another named group: "militants" could be either
  }
  // The main actor's own wing stands for it.
  if (main && !insurgents.empty() && lex_.Related(insurgents, main_actor_)) insurgents = main_actor_;
  const ActorInfo* group = insurgents.empty() ? nullptr : lex_.Actor(insurgents);
  if (!group || (group->acled_inter != "Rebel group" && group->acled_inter != "Identity militia")) return;
  for (Event& e : doc_.events)
    for (EventArgument* a : {&e.actor1, &e.actor2}) {
      if (a->actor < 0) continue;
      const ActorMention& m = doc_.actors[a->actor];
      if (m.alias_kind != "generic" || !Armed(m.acled_inter) || m.acled_inter == "State forces") continue;
      // "Gunmen", مسلحون مجهولون: attackers the report could not name stay
      // unidentified; only a word for the group's kind of fighter is the group.
      if (Unidentified(m.id)) {
        if (int32_t group = PartitiveGroup(a->actor); group >= 0) SetActor(*a, group);  // مسلحون من حركة الشباب
        continue;
      }
      // A community's fighters (ميليشيا عشائرية, "clan militia") are no
      // rebel group's men: tribesmen fight beside the army as often as
      // against it.
      if (m.acled_inter == "Identity militia" && group->acled_inter != "Identity militia") continue;
      SetImplicitId(*a, insurgents);
    }
}

// Written as given information: the article on its first word (المسلحون)
// or a `definite_article` cue right before it ("the gunmen").
bool Builder::DefiniteMention(int32_t a) const {
  const size_t w = actor_w_[a].first;
  if (CarriesArticle(doc_, words_[w])) return true;
  return w > 0 && WordCue(w - 1, "definite_article");
}

// The group of the nearest unnamed fighters told before mention a whom a
// partitive or a guise gave one (مسلحون من جماعة X), or -1.
int32_t Builder::EarlierUnnamedGroup(int32_t a) const {
  const size_t start = actor_w_[a].first;
  int32_t best = -1;
  size_t best_w = 0;
  for (size_t b = 0; b < doc_.actors.size(); ++b) {
    const size_t w = actor_w_[b].first;
    if (w >= start || (best >= 0 && w <= best_w)) continue;
    const ActorMention& m = doc_.actors[b];
    if (m.alias_kind != "generic" || !Unidentified(m.id)) continue;
    if (int32_t group = PartitiveGroup(static_cast<int32_t>(b)); group >= 0) best = group, best_w = w;
  }
  return best;
}

// The named non-state group that did the violent event told last before
// mention a (an event other than e, whose side a is), in a's sentence or the two before it (its actor 1 a mention of
// a named rebel group or militia off the government's side), or -1; -1 too
// when that event's doer is itself unnamed (مسلحون مجهولون هاجموا … المسلحين).
int32_t Builder::DoersOfTheLastAttack(int32_t a, const Event& e) const {
  const size_t start = actor_w_[a].first;
  const int32_t sentence = sent_[start];
  const Event* last = nullptr;
  for (const Event& o : doc_.events) {
    if (&o == &e || o.trigger < 0 || !Violent(o.acled_event_type) || !Happened(o.status)) continue;
    const size_t ow = trig_w_[o.trigger].first;
    if (ow >= start || static_cast<int32_t>(o.sentence) + 2 < sentence) continue;
    if (!last || ow > trig_w_[last->trigger].first) last = &o;
  }
  if (!last || last->actor1.actor < 0 || last->actor1.actor == a) return -1;
  const ActorMention& m = doc_.actors[last->actor1.actor];
  if (m.id.empty() || m.alias_kind == "generic" || m.person || !Armed(m.acled_inter) || OnGovernmentSide(m.id))
    return -1;
  return last->actor1.actor;
}

// State forces, foreign forces, and militias the registry places under a
// state or among the pro-government militias (their parent chain).
bool Builder::OnGovernmentSide(const std::string& id) const {
  std::string_view cur = id;
  for (int depth = 0; depth < 16 && !cur.empty(); ++depth) {
    const ActorInfo* info = lex_.Actor(cur);
    if (!info) return false;
    if (StateOrForeign(info->acled_inter) ||
        info->id == "gen.pro_gov_militias")
      return true;
    cur = info->parent;
  }
  return false;
}

// The named group right after a generic noun and a partitive (مسلحون من
// حركة الشباب، "gunmen from X", "fighters of X") or a `guise` cue (مسلحون
// يرتدون زي X, "armed men in the uniform of X"; مسلحون يعتقد أنهم من X), or -1.
int32_t Builder::PartitiveGroup(int32_t a) const {
  const size_t w = actor_w_[a].second;
  if (w + 1 >= words_.size()) return -1;
  const std::string_view p = words_[w].text();
  size_t start = w + 1;
  if (p != "\xD9\x85\xD9\x86" && p != "from" && p != "of") {  // من
    const int32_t sentence = sent_[w];
    bool guise = false;
    for (int32_t ci : Bucket(s_cues_, sentence))
      if (cues_[ci].row->type == "guise" && cues_[ci].w0 == w) {
        guise = true;
        start = cues_[ci].w1;
      }
    if (!guise) return -1;
  }
  const auto opening_quote = [&](size_t w) {
    if (w >= words_.size()) return false;
    const std::string_view t = words_[w].text();
    return t == "\xC2\xAB" || t == "\"" || t == "\xE2\x80\x9C" || t == "(";  // « " “ (
  };
  // The name set in quotation marks right after the partitive (مسلحين من
  // «جبهة الخلاص الوطني») is the group as well.
  int32_t g = ActorStartingAt(opening_quote(start) ? start + 1 : start);
  // A kind-of-group noun before a name it does not belong to (مسلحون من
  // تنظيم «X», the quotes parting them) still introduces that group.
  if (g < 0 && WordCue(start, "group_word")) {
    size_t name = start + 1;
    if (opening_quote(name)) ++name;
    g = ActorStartingAt(name);
  }
  if (g < 0 || doc_.actors[g].id.empty() || doc_.actors[g].alias_kind == "generic" || doc_.actors[g].person ||
      !Armed(doc_.actors[g].acled_inter))
    return -1;
  return g;
}

// "Al-Shabaab claimed the attack", تبنت حركة الشباب الهجوم: the claimant is
// actor 1 of the violent events told before that name no group of their own.
void Builder::AssignClaimedResponsibility() {
  for (const CueHit& c : cues_) {
    if (c.row->type != "responsibility") continue;
    int32_t claimant = ActorStartingAt(c.w1);
    if (claimant < 0 && c.w1 + 1 < words_.size()) claimant = ActorStartingAt(c.w1 + 1);
    // A kind-of-group noun and a quotation mark before the name (تبنى تنظيم
    // «داعش – ولاية خراسان» التفجير): the name is the claimant.
    if (claimant < 0 && c.w1 + 2 < words_.size() && WordCue(c.w1, "group_word") && words_[c.w1 + 1].quote_mark)
      claimant = ActorStartingAt(c.w1 + 2);
    if (claimant < 0)
      for (int32_t a : Bucket(s_actors_, c.sentence))
        if (actor_w_[a].second <= c.w0 && c.w0 - actor_w_[a].second <= 1) claimant = a;
    if (claimant < 0 || doc_.actors[claimant].id.empty() || doc_.actors[claimant].alias_kind == "generic") continue;
    // The group and its branch named together («داعش – ولاية خراسان»، "IS –
    // Khorasan Province"): the branch, one mark at most between, claims.
    for (int32_t a : Bucket(s_actors_, c.sentence)) {
      const size_t end = actor_w_[claimant].second, w0 = actor_w_[a].first;
      if (a == claimant || w0 < end || w0 > end + 1 || (w0 == end + 1 && !words_[end].clause_break && words_[end].is_word))
        continue;
      const std::string& branch = doc_.actors[a].id;
      if (!branch.empty() && branch != doc_.actors[claimant].id && lex_.IsWithin(branch, doc_.actors[claimant].id)) claimant = a;
      break;
    }
    // A claim that tells its own deed after the claimant (تبنى تنظيم X تفجير
    // عبوة في …) claims that deed only, not the violence told before it.
    bool own_deed = false;
    for (const Event& e : doc_.events)
      own_deed = own_deed || (static_cast<int32_t>(e.sentence) == c.sentence && trig_w_[e.trigger].first >= c.w1 &&
                              Violent(e.acled_event_type));
    // A claim in the sentence that tells the deed before it (انفجرت عبوة
    // …، وأعلنت X مسؤوليتها عن التفجير) claims that deed, not the violence
    // of the sentences before (ألقى مجهولون قنبلة: still unknown hands).
    // Not a claim of two deeds or more (الهجومين، التفجيرات): the word
    // that names the deed in the dual or the plural. That word is the first
    // after the cue past the claimant's name and its marks (تبنت حركة طالبان
    // التفجير: طالبان is a name, not a dual), or the noun it is annexed to
    // when that first word is a `deeds_collective` (كلا الهجومين، سلسلة
    // التفجيرات), not any indefinite word (تفجير الاثنين: a genitive);
    // a word after a definite deed (الهجوم بالعبوات) only tells how it was done.
    bool several = false;
    {
      size_t k = c.w1;
      while (k < words_.size() && sent_[k] == c.sentence &&
             (!words_[k].is_word || words_[k].quote_mark || InActorMention(k, c.sentence) ||
              (k == c.w1 && WordCue(k, "group_word"))))
        ++k;
      const auto plural = [&](size_t w) {
        const std::string_view t = words_[w].text();
        // More than four letters: a plural's ending on a longer stem.
        return utf8::CodePointCount(t) > 4 &&
               (t.ends_with("\xD9\x8A\xD9\x86") || t.ends_with("\xD8\xA7\xD8\xAA") ||  // ين ات
                t.ends_with("\xD8\xA7\xD9\x86"));                                         // ان
      };
      if (k < words_.size() && sent_[k] == c.sentence) {
        several = plural(k);
        if (!several && words_[k].article_bytes == 0 && WordCue(k, "deeds_collective") && k + 1 < words_.size() &&
            sent_[k + 1] == c.sentence &&
            words_[k + 1].is_word && words_[k + 1].article_bytes > 0)
          several = plural(k + 1);
      }
    }
    bool deed_before = false;
    for (const Event& e : doc_.events)
      deed_before = deed_before || (static_cast<int32_t>(e.sentence) == c.sentence &&
                                    trig_w_[e.trigger].second <= c.w0 && Violent(e.acled_event_type));
    for (Event& e : doc_.events) {
      const int32_t es = static_cast<int32_t>(e.sentence);
      if (es > c.sentence || c.sentence - es > 3 || !Violent(e.acled_event_type)) continue;
      if (own_deed && (es != c.sentence || trig_w_[e.trigger].first < c.w1)) continue;
      if (deed_before && !several && es != c.sentence) continue;
      const bool named = e.actor1.actor >= 0 && doc_.actors[e.actor1.actor].alias_kind != "generic";
      if (named && doc_.actors[e.actor1.actor].id != doc_.actors[claimant].id) continue;
      SetActor(e.actor1, claimant);
      // Told only in the claim (its word after the claim's: تبنت الحركة
      // الهجوم على …), the deed is the group's own word; told before, in
      // another sentence or earlier in this one (فجّر انتحاري نفسه … في هجوم
      // تبنّاه X، "…, killing four; X claimed responsibility"), it was
      // reported, and the claim names the actor.
      if (es == c.sentence && trig_w_[e.trigger].first >= c.w0) Raise(e, "claimed");
    }
  }
}

// "The movement said its fighters took the base", أعلنت الحركة أن قواتها
// سيطرت على …: a party's own men (`own_forces`) as the subject of a deed
// told after its speech verb are its men, whatever the report names
// elsewhere; the speaker named at the verb, an armed party by name, is the
// deed's actor 1. A doer the clause names by name stays.
void Builder::OwnForcesDoers() {
  for (Event& e : doc_.events) {
    std::pair<size_t, size_t> objects{0, 0};
    if (!OwnForcesOf(e, &objects)) continue;
    int32_t speaker = SpeakerOf(e);
    if (speaker < 0) speaker = NamedSpeaker(static_cast<int32_t>(e.sentence));
    // A deed denied: the denier named at its verb (نفت الجبهة، "the army
    // denied") is the one whose own men it speaks of.
    if (speaker < 0 && e.status == "negated")
      AnyCue(static_cast<int32_t>(e.sentence), "negation", [&](const CueHit& c) {
        if (!DenialVerbBefore(c, e)) return false;
        speaker = SubjectOfSpeech(c);
        return speaker >= 0;
      });
    // The speaker frames the deed: named before it ("Ukrainian commanders
    // said" after the deed is another voice on it).
    if (speaker < 0 || speaker == e.actor1.actor || actor_w_[speaker].second > trig_w_[e.trigger].first) continue;
    const ActorMention& s = doc_.actors[speaker];
    if (s.id.empty() || s.person || !Armed(s.acled_inter) || s.alias_kind == "generic" || Unidentified(s.id)) continue;
    const size_t named_at = e.actor1.actor >= 0 ? actor_w_[e.actor1.actor].first : 0;
    if (e.actor1.actor >= 0 && sent_[named_at] == static_cast<int32_t>(e.sentence) &&
        doc_.actors[e.actor1.actor].alias_kind != "generic" && !(named_at >= objects.first && named_at < objects.second))
      continue;
    if (Actor2Of(e) == s.id) e.actor2 = EventArgument{};
    SetActor(e.actor1, speaker);
  }
}

// "Looters ransacked a warehouse": a band that takes goods, named by what
// it does rather than as demonstrators, is looting, not a demonstration.
static bool Plunder(const Event& e, const std::string& inter) {
  return inter == "Rioters" && e.acled_sub_event_type == "Looting/property destruction" && e.plover_mode == "confiscate";
}

// "Kyiv accused Russian troops of dropping gas grenades", اتهم الجيش قوات
// الدعم السريع بقصف …: the accused does the deed told right after the
// accusation, and the deed is the accuser's word, a claim when the accuser
// is a party to the fighting.
void Builder::AccusedDoers() {
  for (const Event& a : doc_.events) {
    if (a.acled_event_type != "none" || doc_.triggers[a.trigger].plover_event_type != "ACCUSE") continue;
    // Who condemns or accuses does not do the deed it names ("the UN
    // condemned the abduction of 40 women by armed men"): the act right
    // after the accusation does not inherit the accuser as its doer.
    if (a.actor1.actor >= 0)
      for (Event& e : doc_.events) {
        if (&e == &a || e.sentence != a.sentence || e.acled_event_type == "none") continue;
        const size_t w0 = trig_w_[e.trigger].first;
        if (w0 < trig_w_[a.trigger].second || w0 - trig_w_[a.trigger].second > 3) continue;
        if (e.actor1.actor == a.actor1.actor) e.actor1 = EventArgument{};
      }
    if (a.actor2.actor < 0 || doc_.actors[a.actor2.actor].id.empty()) continue;
    // English: the accused is the accusation's object, right after it; in
    // "a man accused of spying for the army" the army is no one accused.
    if (Latin(a) &&
        actor_w_[a.actor2.actor].first > trig_w_[a.trigger].second + 2)
      continue;
    const size_t after = std::max(trig_w_[a.trigger].second, actor_w_[a.actor2.actor].second);
    for (Event& e : doc_.events) {
      if (&e == &a || e.sentence != a.sentence || e.acled_event_type == "none") continue;
      const size_t w0 = trig_w_[e.trigger].first;
      // The deed's own words may come first ("of dropping barrels of toxic
      // gas", بإلقاء براميل غاز سام): in the accusation's clause it may lie further on.
      const size_t reach = after < words_.size() && clause_[w0] == clause_[after] ? 6 : 3;
      if (w0 < after || w0 - after > reach) continue;
      if (e.actor2.actor == a.actor2.actor) e.actor2 = EventArgument{};
      SetActor(e.actor1, a.actor2.actor);
      const std::string accuser = Actor1Of(a);
      if (!accuser.empty() && Armed(InterOf(a.actor1)) && !lex_.Related(accuser, doc_.actors[a.actor2.actor].id)) {
        Raise(e, "claimed");
        if (e.actor2.actor < 0 && AimedAtAccuser(e)) SetActor(e.actor2, a.actor1.actor);
      }
      break;
    }
  }
}

// An armed party that accuses its enemy of a strike on positions or men
// with no owner named ("accused the army of dropping gas on its
// positions", اتهمت الحركة الجيش بقصف مواقعها، ضد مقاتليه) tells of a blow
// it took: what was hit, its positions or its own men (`own_target`),
// follows the deed's word closely.
bool Builder::AimedAtAccuser(const Event& e) const {
  if (e.acled_event_type != "Explosions/Remote violence") return false;
  const size_t tw1 = trig_w_[e.trigger].second;
  const auto hit = [&](const CueHit& c) { return c.w0 >= tw1 && c.w0 - tw1 <= 10; };
  return AnyCue(static_cast<int32_t>(e.sentence), "own_target", hit);
}

// ACLED types some events by who does what to whom: force by anyone
// against protesters is excessive force against protesters; a crowd that
// storms or attacks is rioting (a violent demonstration; mob violence when
// it falls on people), not an armed clash.
// A civilian person noun (`one_victim` of kind civilian: رجلاً، امرأة)
// within the few words after the trigger, in its clause: what the crowd
// attacked was a person. A gapped form (أضرم حشد النار في رجل) is read
// from after its tail, the crowd in the gap being no target.
bool Builder::CrowdOnAPerson(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first;
  size_t tw1 = trig_w_[e.trigger].second;
  const uint32_t evidence_end = doc_.triggers[e.trigger].span.end;
  while (tw1 < words_.size() && clause_[tw1] == clause_[tw0] && doc_.tokens[words_[tw1].first].span.begin < evidence_end)
    ++tw1;
  // Arabic's verb comes first: the crowd named right after it is the
  // subject, and the person it fell on is counted from the subject's end
  // (أحرق حشد غاضب في حي آخر رجلاً).
  if (const int32_t subject = ActorStartingAt(tw1); subject >= 0 && !Latin(tw0))
    tw1 = std::max(tw1, static_cast<size_t>(actor_w_[subject].second));
  for (size_t w = tw1; w < words_.size() && w < tw1 + 4 && clause_[w] == clause_[tw0]; ++w) {
    // مقر حزب سياسي: a party's office (a `civilian_target` of kind political)
    // first is what the crowd fell on, a protest's target; a person noun
    // after it is its adjective. (منزل رجل مسيحي: a home's owner is a person
    // fallen on.)
    if (AnyCue(sent_[w], "civilian_target", [&](const CueHit& c) { return c.w0 == w && c.row->kind == "political"; }))
      return false;
    if (const CueRow* c = WordCue(w, "one_victim"); c && c->kind == "civilian") return true;
    if (const int32_t n = NumberStartingAt(w); n >= 0 && CountsPeople(doc_.numbers[n])) return true;
  }
  return false;
}

// "three men", ثلاثة رجال، رجلين: a figure whose counted noun is people — a
// `person_count` noun, a civilian `one_victim` noun, or the Arabic dual of one
// (رجلين، امرأتين: the noun with ين/ان on it, a ة written ت before it).
bool Builder::CountsPeople(const NumberMention& m) const {
  if (m.kind != NumberMention::Kind::kCardinal || m.unit.empty()) return false;
  const std::string key = NormalizeKey(m.unit);
  const auto civilian = [&](std::string_view k) {
    const CueRow* c = lex_.KeyCue(k, "one_victim");
    return c && c->kind == "civilian";
  };
  if (lex_.KeyCue(key, "person_count") || civilian(key)) return true;
  for (std::string_view dual : {"\xD9\x8A\xD9\x86", "\xD8\xA7\xD9\x86"}) {  // ين، ان
    if (!key.ends_with(dual)) continue;
    std::string stem = key.substr(0, key.size() - dual.size());
    if (civilian(stem)) return true;
    if (stem.ends_with("\xD8\xAA")) {  // ت of a feminine noun before the dual ending
      stem.replace(stem.size() - 2, 2, NormalizeKey("\xD8\xA9"));  // ة, as the lexicon keys it
      if (civilian(stem)) return true;
    }
  }
  return false;
}

// "Soldiers rounded up 30 men for military service", اعتقلت القوات شباناً
// للتجنيد الإجباري: people taken, by whoever, to be made to serve or to be
// forcibly disappeared are abducted (ACLED: abduction/forced
// disappearance), not arrested; an unknown destination alone is not enough
// (ACLED codes such state arrests as arrests). The `disappeared` cue follows
// the taking word in its sentence.
bool Builder::TakenOutOfSight(const Event& e) const {
  const size_t tw1 = trig_w_[e.trigger].second;
  return AnyCue(static_cast<int32_t>(e.sentence), "disappeared",
                [&](const CueHit& c) { return c.w0 >= tw1 && c.w0 - tw1 <= 25; });
}

// "فرّقت الشرطة المحتجين الذين حاولوا اقتحام القصر"، "رشق المحتجون القوات
// بالحجارة قبل أن يحاولوا اقتحام المبنى": a storming word right after a
// plural verb of attempt (`attempt` cue) names no doer of its own; its doer
// is the crowd (protesters, rioters) named before the attempt in its
// sentence — the latest one — not the force or the object the sentence told
// in between. The crowd storming is its riot (below), and the force that
// dispersed it folds into that riot.
void Builder::CrowdsTryingToStorm() {
  // Arabic verbs agree in number: a masculine plural (حاولوا، يحاولون) is
  // done by many people; a force reads singular feminine (حاولت الشرطة).
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Battles" || Latin(e)) continue;
    const size_t tw0 = trig_w_[e.trigger].first;
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    size_t attempt = SIZE_MAX;
    for (int32_t ci : Bucket(s_cues_, sentence)) {
      const CueHit& c = cues_[ci];
      if (c.row->type == "attempt" && c.w1 == tw0 && ArabicMasculinePluralVerb(words_[c.w0].text())) attempt = c.w0;
    }
    if (attempt == SIZE_MAX) continue;
    int32_t crowd = -1;
    bool named_between = false;
    for (int32_t a : Bucket(s_actors_, sentence)) {
      const size_t a0 = actor_w_[a].first;
      if (a0 >= attempt && a0 < tw0) named_between = true;
      const std::string& inter = doc_.actors[a].acled_inter;
      if (actor_w_[a].second <= attempt && (inter == "Protesters" || inter == "Rioters") &&
          (crowd < 0 || a0 > actor_w_[crowd].first))
        crowd = a;
    }
    if (crowd < 0 || named_between) continue;
    e.actor1 = EventArgument{};
    e.actor1.actor = crowd;
    if (e.actor2.actor == crowd) e.actor2 = EventArgument{};
  }
}

// منازل مملوكة لمسيحيين، محال يملكها لاجئون، "shops owned by migrants": an
// `ownership` cue in the act's sentence says whose the property is. A crowd
// falling on what a people owns falls on those people (ACLED mob violence),
// not on the state.
bool Builder::PropertyOfPeople(const Event& e) const {
  return AnyCue(static_cast<int32_t>(e.sentence), "ownership");
}

// A site only a state's forces hold (`state_site`), hit where `country`
// (alpha-3) is, is held by that country's forces: they are the other side
// unless the striker `by` is one of them (soldiers firing at their own
// post fight no one). No country, no forces known to hold it.
static bool ForcesOfSiteCountry(const EventLexicon& lex, const std::string& by, const std::string& country) {
  if (country.empty()) return false;
  const ActorInfo* striker = by.empty() ? nullptr : lex.Actor(by);
  return !(striker && striker->acled_inter == "State forces" && striker->country == country);
}

void Builder::RefineByActorTypes() {
  // "soldiers detained three men at a market and their bodies were found the
  // next day": people taken whose dead bodies the same sentence tells after
  // the taking word (a toll word of the dead, within twenty words, right
  // after a `participle_possessive` word: their, his, her) were killed by
  // those who took them — ACLED codes the killing, an attack on civilians,
  // not an arrest.
  const auto FoundDeadAfterTaken = [&](const Event& e) {
    const size_t tw1 = trig_w_[e.trigger].second;
    if (!Latin(e)) return false;
    for (int32_t t : Bucket(s_triggers_, static_cast<int32_t>(e.sentence))) {
      const TriggerMention& m = doc_.triggers[t];
      const size_t u0 = trig_w_[t].first;
      if (m.acled_event_type != "casualty" || m.acled_sub_event_type != "fatalities" || u0 <= tw1 || u0 - tw1 > 20)
        continue;
      const std::string_view before = words_[u0 - 1].text();
      if (WordCue(u0 - 1, "participle_possessive") && before != "its" && before != "our") return true;
    }
    return false;
  };
  // The first word from the end of a shooting word up to `limit` (excluded)
  // that says at whom it was aimed (an `aimed_fire` cue), or SIZE_MAX.
  // A shooting word that ends with its preposition ("fired on", "fired at")
  // carries the cue as its own last word.
  const auto aimed_fire_at = [&](const Event& e, size_t limit) {
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const size_t from = tw1 > tw0 + 1 && WordCue(tw1 - 1, "aimed_fire") ? tw1 - 1 : tw1;
    for (size_t w = from; w < words_.size() && w < limit; ++w)
      if (WordCue(w, "aimed_fire")) return w;
    return SIZE_MAX;
  };
  // A shooting word (a `shooting` cue: shoot, أطلق النار) coded as an attack whose
  // target, named in the text after it, is an armed party other than its doer.
  const auto shot_at_armed_party = [&](const Event& e, const std::string& a1) {
    if (e.acled_sub_event_type != "Attack") return false;
    if (!LemmaCue(doc_.triggers[e.trigger], "shooting")) return false;
    if (e.actor2.actor < 0 || e.actor2.implicit || actor_w_[e.actor2.actor].first < trig_w_[e.trigger].second)
      return false;
    if (!ArmedParty(doc_.actors[e.actor2.actor])) return false;
    // Fired on or at them (`aimed_fire` cues: على، باتجاه، "on", "at"): the
    // party is the target, not the agent of a passive ("shot dead by soldiers").
    const size_t target = actor_w_[e.actor2.actor].first;
    if (aimed_fire_at(e, std::min(target, trig_w_[e.trigger].second + 3)) == SIZE_MAX) return false;
    if (!a1.empty() && !Armed(a1) && a1 != "Civilians") return false;
    return e.actor1.actor < 0 || doc_.actors[e.actor1.actor].id != doc_.actors[e.actor2.actor].id;
  };
  // "Gunmen opened fire at an army checkpoint", "fired on a military post":
  // fire aimed (an `aimed_fire` cue right after the word) at a site only
  // state forces hold (`state_site`), no person named as hit, was fired at
  // the forces holding it: an armed clash with
  // them (the country's forces, as for a strike on such a site), not
  // violence against civilians.
  const auto shot_at_forces_site = [&](const Event& e, const std::string& a1) {
    if (e.acled_sub_event_type != "Attack") return false;
    if (!LemmaCue(doc_.triggers[e.trigger], "shooting")) return false;
    if (e.actor2.actor >= 0 && !e.actor2.implicit) return false;
    if (!a1.empty() && !Armed(a1)) return false;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const size_t aimed = aimed_fire_at(e, tw1 + 2);
    if (aimed == SIZE_MAX) return false;
    // Held by the forces of the country where it is, unless they fired.
    if (!ForcesOfSiteCountry(lex_, Actor1Of(e), PlaceCountry(e))) return false;
    // The site is what the fire was aimed at: at most an article and a
    // word between ("at an army checkpoint", على نقطة عسكرية), not a place
    // told further on ("on a young man fleeing a checkpoint").
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    return AnyCue(sentence, "state_site", [&](const CueHit& c) {
      return c.w0 > aimed && c.w0 - aimed <= 3 && clause_[c.w0] == clause_[tw0];
    });
  };
  // "Gunmen shot dead a former police officer", قتلوا شرطياً سابقاً: the
  // victim named after the word with the force he served in before (a
  // `former` cue on the mention or ending at most two words before it, in the
  // word's clause) is out of service — no armed side (ACLED: former soldiers
  // and police are civilians).
  const auto former_of_force = [&](const Event& e) {
    if (e.actor2.actor < 0 || e.actor2.implicit) return false;
    const size_t tw1 = trig_w_[e.trigger].second;
    const size_t a0 = actor_w_[e.actor2.actor].first, a1 = actor_w_[e.actor2.actor].second;
    if (a0 < tw1) return false;
    const int32_t clause = clause_[trig_w_[e.trigger].first];
    return AnyCue(static_cast<int32_t>(e.sentence), "former", [&](const CueHit& c) {
      return c.w0 >= tw1 && c.w0 <= a1 && a0 <= c.w1 + 2 && clause_[c.w0] == clause;
    });
  };
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type == "Arrests" && e.status != "negated" && TakenOutOfSight(e)) {
      e.acled_event_type = "Violence against civilians";
      e.acled_sub_event_type = "Abduction/forced disappearance";
    }
    if (e.acled_sub_event_type == "Arrests" && e.status != "negated" && FoundDeadAfterTaken(e)) {
      e.acled_event_type = "Violence against civilians";
      e.acled_sub_event_type = "Attack";
    }
    if (FireOnNoCrowd(e)) {
      e.acled_event_type = "Violence against civilians";
      e.acled_sub_event_type = "Attack";
    }
    // "Troops opened fire on worshippers protesting after prayers", أطلقت
    // الشرطة النار على مزارعين تجمعوا احتجاجاً: the forces' fire in a
    // sentence that tells a protest is fired at the protest.
    // "Security forces opened fire on mourners at a funeral", أطلقت الشرطة
    // النار على المشيعين: a funeral crowd (a `funeral_crowd` word within six
    // words after the shooting, in its clause) that the state's forces fire
    // on is a gathering they put down, ACLED's excessive force — a strike from
    // the air on a funeral is no Attack and keeps its type.
    const auto fired_on_funeral_crowd = [&] {
      const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
      for (size_t w = w1; w < words_.size() && w < w1 + 6 && clause_[w] == clause_[w0]; ++w)
        if (WordCue(w, "funeral_crowd")) return true;
      return false;
    };
    // "beat protesters with batons to break up a crowd", "fired into the air
    // and beat several of them": a beating (the `beat` lemma, not "beat to
    // death") that kills or wounds no one counted breaks the protest up — a
    // protest with intervention (ACLED: excessive force is lethal force or
    // serious harm).
    const auto beating_only = [&] {
      const auto counted = [](const std::optional<CasualtyFigure>& f) {
        return f && (f->best.value_or(0) > 0 || f->low.value_or(0) > 0);
      };
      return doc_.triggers[e.trigger].lemma == "beat" && !counted(e.fatalities) && !counted(e.injuries);
    };
    // A militia the registry names (any Political militia but a generic
    // gen.* one: Yemen's Nation's Shield or Security Belt forces; not
    // unidentified gunmen) firing on a sit-in puts the protest down as a
    // state's force does. (Requiring a parent in the registry, a holder of a
    // region for a party, loses Nation's Shield, which has none: fresh29
    // events 0.8616->0.8601.)
    if (e.acled_sub_event_type == "Attack" &&
        (InterOf(e.actor1) == "State forces" || (InterOf(e.actor1) == "Political militia" && e.actor1.actor >= 0 &&
                                                 doc_.actors[e.actor1.actor].id.rfind("gen.", 0) != 0)) &&
        (ProtestInSentence(e) || fired_on_funeral_crowd())) {
      e.acled_event_type = "Protests";
      e.acled_sub_event_type = beating_only() ? "Protest with intervention" : "Excessive force against protesters";
      if (InterOf(e.actor2) == "Civilians") e.actor2 = EventArgument{};
    }
    const std::string a1 = InterOf(e.actor1), a2 = InterOf(e.actor2);
    // "The rebels bombed a pipeline", "blamed the group for the bombing of a
    // church": a bombing word reads as an air strike only when an air power
    // does it; a non-state armed group that bombs sets off a bomb (ACLED:
    // remote explosive). `ground_bomb` cues name those words.
    // Only a doer named in the text counts (a passive's implicit one is a
    // guess), and an aircraft word just before the verb ("a jet bombed") is the doer.
    const auto aircraft_before = [&] {
      for (size_t w = trig_w_[e.trigger].first, back = 0; w-- > 0 && back < 4; ++back)
        if (const CueRow* c = WordCue(w, "weapon"); c && c->kind == "aerial") return true;
      return false;
    };
    if (e.acled_sub_event_type == "Air/drone strike" && WordCue(trig_w_[e.trigger].first, "ground_bomb") &&
        e.actor1.actor >= 0 && (a1 == "Rebel group" || a1 == "Political militia" || a1 == "Identity militia") &&
        !aircraft_before()) {
      e.acled_sub_event_type = "Remote explosive/landmine/IED";
      e.plover_mode = "explosives";
    }
    const bool crowd = a1 == "Protesters" || a1 == "Rioters";
    // The named actor 1 stands where a verb's subject does: ending at most
    // six words before an English verb, in its clause ("villagers in a
    // hamlet near X set fire"), or starting at most three words after the
    // end of an Arabic one.
    const auto SubjectNextToVerb = [&](const Event& ev) {
      if (ev.actor1.actor < 0) return false;
      const size_t t0 = trig_w_[ev.trigger].first, t1 = trig_w_[ev.trigger].second;
      const size_t m0 = actor_w_[ev.actor1.actor].first, m1 = actor_w_[ev.actor1.actor].second;
      if (Latin(ev)) return m1 <= t0 && t0 - m1 <= 6 && m1 > 0 && clause_[m1 - 1] == clause_[t0];
      return m0 >= t1 && m0 - t1 <= 3;
    };
    // ACLED: civilians are never the doers of violence against civilians;
    // residents who beat or lynch someone together are a mob.
    const bool mob = crowd || (a1 == "Civilians" && e.actor1.actor >= 0);
    // Protesters are unarmed: no battle is fought with them ("police killed
    // three protesters" is force against them, not an armed clash).
    const bool on_protesters = e.acled_sub_event_type == "Attack" || e.acled_sub_event_type == "Armed clash";
    // A fight both sides wage ("clashes between police and protesters",
    // مواجهات بين الشرطة ومحتجين: a `mutual_fight` lemma) is the crowd's
    // violence too: ACLED's violent demonstration, the force actor 2.
    // So is one with rioters as a side (مواجهات بين الشرطة ومشجعين، "clashes
    // between police and football fans").
    if (on_protesters && (a2 == "Protesters" || a2 == "Rioters") && !crowd && e.acled_sub_event_type == "Armed clash" &&
        LemmaCue(doc_.triggers[e.trigger], "mutual_fight")) {
      e.acled_event_type = "Riots";
      e.acled_sub_event_type = "Violent demonstration";
      e.plover_event_type = "PROTEST";
      e.plover_mode = "riot";
    } else if (on_protesters && a2 == "Protesters" && !crowd) {
      e.acled_event_type = "Protests";
      e.acled_sub_event_type = "Excessive force against protesters";
      if (beating_only()) e.acled_sub_event_type = "Protest with intervention";
    } else if ((a1 == "Rioters" && (doc_.triggers[e.trigger].acled_event_type == "casualty" ||
                                    doc_.triggers[e.trigger].plover_mode == "beat")) ||
               (crowd && (e.acled_event_type == "Battles" || e.acled_sub_event_type == "Looting/property destruction") &&
                CrowdOnAPerson(e))) {
      // "Angry residents killed two men", قام سكان غاضبون بقتل رجلين: a
      // crowd that kills or beats people is a mob (ACLED mob violence); so
      // is one that falls on a person (هاجم حشد رجلاً، "a mob attacked a man")
      // or sets one on fire (أضرم حشد النار في رجل).
      e.acled_event_type = "Riots";
      e.acled_sub_event_type = "Mob violence";
    } else if (a1 == "Rioters" && e.acled_sub_event_type == "Abduction/forced disappearance" && !Latin(e) &&
               e.actor1.actor >= 0 && !e.actor1.implicit && actor_w_[e.actor1.actor].second <= trig_w_[e.trigger].first &&
               sent_[actor_w_[e.actor1.actor].first] == sent_[trig_w_[e.trigger].first]) {
      // هاجم حشد غاضب مركزاً للشرطة واقتاد منه رجلاً متهماً: an angry crowd
      // named before the Arabic word in its sentence, that seizes a person,
      // falls on him — a mob (ACLED mob violence), no abduction by an armed
      // group.
      e.acled_event_type = "Riots";
      e.acled_sub_event_type = "Mob violence";
    } else if (crowd && !Plunder(e, a1) &&
               (e.acled_event_type == "Battles" || e.acled_sub_event_type == "Looting/property destruction")) {
      // Storming, fighting or burning property, a crowd is rioting; a crowd
      // not told as protesters that falls on homes, shops or a church
      // (هاجم حشد من السكان منازل، "a mob torched houses") is a mob on the
      // people there (ACLED mob violence), not a demonstration.
      const bool fight = e.acled_event_type == "Battles";
      e.acled_event_type = "Riots";
      // The homes of legislators or officials (actor2 a state party) are
      // still a protest's target.
      // A party's office (kind political) is a protest's target too.
      const CueRow* place = nullptr;
      // ACLED: a demonstration turned violent needs a demonstration. Rioters
      // who attack (a fight word: هاجم حشد غاضب سيارة، "a mob attacked a
      // bus") with no protest in their sentence and no armed party as their
      // target are a mob. (Burning property alone, "angry residents set fire
      // to the offices of the state electricity company", is what crowds
      // angry at the state do too: left to the target tests.)
      const bool no_demonstration = a1 == "Rioters" && fight && !ProtestInSentence(e) &&
                                    (e.actor2.actor < 0 || !Armed(a2));
      const bool on_people = (a1 != "Protesters" && (e.actor2.actor < 0 || a2 == "Civilians") &&
                              AttackOnCivilianPlace(e, &place) && place->kind != "political") ||
                             PropertyOfPeople(e) || no_demonstration;
      e.acled_sub_event_type = on_people ? "Mob violence" : "Violent demonstration";
    } else if (a1 == "Civilians" && e.actor1.actor >= 0 && !e.actor1.implicit && Latin(e) &&
               actor_w_[e.actor1.actor].second <= trig_w_[e.trigger].first &&
               e.acled_sub_event_type == "Looting/property destruction" && e.plover_mode == "destroy" &&
               (ProtestInSentence(e) || OtherTriggerOfTypeInSentence(e, "Riots")) && !PropertyOfPeople(e)) {
      // "Residents set fire to two buses in protest at the killings", "young
      // men set fire to tyres and threw stones at police cars": people the
      // report names (civilians) as the subject of an English burning or
      // wrecking verb, in the sentence of their protest or riot, are a
      // demonstration turned violent (ACLED), coded Rioters — not property
      // destruction by no one's side.
      e.acled_event_type = "Riots";
      e.acled_sub_event_type = "Violent demonstration";
      e.plover_event_type = "PROTEST";
      e.plover_mode = "riot";
      e.actor1.coded_id = "gen.rioters";
      if (a2 == "Civilians") e.actor2 = EventArgument{};
    } else if (a1 == "Civilians" && e.actor1.actor >= 0 && !e.actor1.implicit &&
               e.acled_sub_event_type == "Looting/property destruction" && e.plover_mode == "destroy" &&
               doc_.triggers[e.trigger].voice != "passive" && SubjectNextToVerb(e) && (e.actor2.actor < 0 || a2 == "Civilians") &&
               (PropertyOfPeople(e) ||
                (!ProtestInSentence(e) && !OtherTriggerOfTypeInSentence(e, "Riots") && [&] {
                  const CueRow* place = nullptr;
                  return AttackOnCivilianPlace(e, &place) && place && place->kind != "political";
                }()))) {
      // "Villagers set fire to four houses belonging to Christian families",
      // أحرق أهالٍ من القرية منازل جيرانهم: people the report names
      // (civilians, no armed side) burning or wrecking homes or shops, with no
      // protest of theirs in the sentence, or what a people owns, are a mob
      // on the people there (ACLED mob violence), not property destruction by
      // no one's side. The civilians must be the verb's own subject, right
      // before an English verb or right after an Arabic one (a passive,
      // وأُحرقت متاجر ونُهبت، "shops were burned", names no doer of its own:
      // its civilians are another verb's).
      e.acled_event_type = "Riots";
      e.acled_sub_event_type = "Mob violence";
      e.plover_event_type = "PROTEST";
      e.plover_mode = "riot";
      e.actor1.coded_id = "gen.rioters";
    } else if (mob && e.acled_sub_event_type == "Violent demonstration" && (e.actor2.actor < 0 || a2 == "Civilians") &&
               PropertyOfPeople(e)) {
      // Residents or youths the report names (civilians, not yet coded as
      // the riot's crowd) wrecking what a people owns are a mob too.
      e.acled_sub_event_type = "Mob violence";
    } else if (e.acled_sub_event_type == "Looting/property destruction" && e.actor1.actor < 0 && e.actor2.actor >= 0 &&
               a2 == "Civilians" && actor_w_[e.actor2.actor].first > trig_w_[e.trigger].first &&
               actor_w_[e.actor2.actor].first <= trig_w_[e.trigger].first + 3 && PropertyOfPeople(e)) {
      // أضرم عشرات من الأهالي النار في منازل مملوكة لمسيحيين: the residents
      // named right after the verb (a count of them at most before) are its subject; burning what a people
      // owns they are a mob on those people, no unnamed armed group.
      e.actor1 = e.actor2;
      e.actor1.coded_id = "gen.rioters";
      e.actor2 = EventArgument{};
      e.acled_event_type = "Riots";
      e.acled_sub_event_type = "Mob violence";
    } else if (CommunitiesClash(e, a1, a2)) {
      // "Clashes between farmers and herders", اشتباكات بين مزارعين ورعاة:
      // two communities fighting each other is ACLED's armed clash between
      // communal militias, no mob falling on victims.
      // A side told by its occupation (`community_occupation`: مزارعين،
      // رعاة، "herders") is ACLED's farmer or pastoralist communal militia.
      for (EventArgument* side : {&e.actor1, &e.actor2}) {
        std::string kind = "gen.communal_militia";
        if (side->actor >= 0) {
          const size_t m0 = actor_w_[side->actor].first;
          for (int32_t ci : Bucket(s_cues_, static_cast<int32_t>(e.sentence))) {
            const CueHit& c = cues_[ci];
            if (c.row->type != "community_occupation" || c.w0 != m0) continue;
            if (c.row->kind == "farmer") kind = "gen.farmer_militia";
            else if (c.row->kind == "herder") kind = "gen.herder_militia";
          }
          // A country whose herders ACLED names by their community (Nigeria's
          // Fulani) has a national_forces row for the kind.
          if (kind != "gen.communal_militia")
            if (std::string own = lex_.NationalForce(kind, PlaceCountry(e)); !own.empty()) kind = std::move(own);
          side->coded_id = kind;
        } else {
          SetImplicitId(*side, kind);
        }
      }
    } else if (mob && (e.acled_sub_event_type == "Attack" || (a1 == "Civilians" && e.acled_sub_event_type == "Armed clash"))) {
      // Civilians fight no battle: residents who fall on others are a mob.
      e.acled_event_type = "Riots";
      e.acled_sub_event_type = "Mob violence";
    } else if (e.acled_sub_event_type == "Armed clash" && e.actor1.actor >= 0 && Armed(a1) &&
               LemmaCue(doc_.triggers[e.trigger], "ambush") && AllDeadCivilians(e) &&
               (e.actor2.actor < 0 || a2 == "Civilians")) {
      // "Gunmen ambushed a convoy of passenger vehicles, killing 11
      // passengers", نصب مسلحون كميناً لحافلة فقتلوا ركابها: an ambush (an `ambush`
      // cue on the lemma) whose dead are all civilians, no armed party named
      // as hit, fell on unarmed people (ACLED: violence against civilians).
      e.acled_event_type = "Violence against civilians";
      e.acled_sub_event_type = "Attack";
      if (e.actor2.actor < 0) {
        e.actor2 = EventArgument{};
        SetImplicitId(e.actor2, "gen.civilians");
      }
    } else if (Generic(e) && e.acled_sub_event_type == "Armed clash" &&
               (((AllDeadCivilians(e) || MilitiaOnNoArmedParty(e) || UnarmedDead(e)) &&
                 (e.actor2.actor < 0 || a2 == "Civilians")) ||
                ((e.actor2.actor < 0 || a2 == "Civilians" || e.actor2.actor == e.actor1.actor ||
                  PartyOfEarlierClauseEvent(e, e.actor2.actor)) &&
                 AttackOnCivilianPlace(e)) ||
                AttackedNamedCivilians(e))) {
      // "Gunmen killed 25 civilians in an attack": an attack whose dead are
      // all civilians, on no armed party named, is violence against civilians.
      // The attackers read as their own opponent (هاجم مسلحون من X كنيسة:
      // X twice) are no opponent.
      if (e.actor2.actor >= 0 && (e.actor2.actor == e.actor1.actor || PartyOfEarlierClauseEvent(e, e.actor2.actor)))
        e.actor2 = EventArgument{};
      e.acled_event_type = "Violence against civilians";
      e.acled_sub_event_type = "Attack";
    } else if (shot_at_armed_party(e, a1)) {
      // "He opened fire on the police team", بادر بإطلاق النار على القوة
      // الأمنية: fire at a named armed party is a fight with it whoever fired
      // (a suspect, "gunmen", a guessed doer): an armed clash, never violence
      // against civilians.
      e.acled_event_type = "Battles";
      e.acled_sub_event_type = "Armed clash";
    } else if (shot_at_forces_site(e, a1)) {
      e.acled_event_type = "Battles";
      e.acled_sub_event_type = "Armed clash";
      e.actor2 = EventArgument{};
      SetImplicitId(e.actor2, "gen.army");
    } else if (e.acled_sub_event_type == "Attack" && e.actor2.coded_id != "gen.civilians" && former_of_force(e)) {
      e.actor2.coded_id = "gen.civilians";  // a former soldier or policeman killed: an attack on a civilian
    } else if (e.acled_sub_event_type == "Attack" && e.actor1.actor >= 0 && e.actor2.actor >= 0 &&
               !e.actor1.implicit && !e.actor2.implicit && Armed(a1) && ArmedParty(doc_.actors[e.actor2.actor]) &&
               e.actor2.coded_id != "gen.civilians" &&  // a former soldier (جندياً سابقاً), out of service
               doc_.actors[e.actor1.actor].id != doc_.actors[e.actor2.actor].id) {
      // "Security forces gunned down six Maoists", "militants shot dead two
      // policemen": a killing word whose victims are a named armed party is
      // fighting between two armed sides (ACLED: armed clash), not violence
      // against civilians. A nationality adjective ("two Israeli brothers")
      // names no armed victim.
      e.acled_event_type = "Battles";
      e.acled_sub_event_type = "Armed clash";
    }
  }
  // "threatening to kill anyone who does", "would attack anyone who takes
  // part", توعدت بقتل أي شخص: a threatened act of violence whose object, right
  // after its word (at most one word between) in its clause, is whoever
  // defies the threat (an `indefinite_victim` cue) falls on civilians —
  // violence against civilians, told ahead — not a battle with the
  // threatening party's usual opponent.
  for (Event& e : doc_.events) {
    // A generic word (استهداف، "target") typed by its default falls on
    // them too: باستهداف كل من يتعاون مع الجيش.
    if (e.status != "intent" || e.trigger < 0 ||
        (e.acled_sub_event_type != "Armed clash" && e.acled_sub_event_type != "Attack" && !Generic(e)))
      continue;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const bool anyone = AnyCue(static_cast<int32_t>(e.sentence), "indefinite_victim", [&](const CueHit& c) {
      return c.w0 >= tw1 && c.w0 - tw1 <= 1 && c.clause == clause_[tw0];
    });
    if (!anyone) continue;
    e.acled_event_type = "Violence against civilians";
    e.acled_sub_event_type = "Attack";
    if (e.actor2.actor < 0 || e.actor2.implicit || actor_w_[e.actor2.actor].first >= tw1) {
      e.actor2 = EventArgument{};
      SetImplicitId(e.actor2, "gen.civilians");
    }
  }
}

// "Fighters attacked residents digging trenches", هاجم مسلحون طلاباً: a
// generic attack word whose second side the text names as civilians
// (residents, students, herders — a civilian noun, not a guessed party) by
// an armed doer, no other armed party named after the word, is one-sided
// violence against them, whatever its toll says.
bool Builder::AttackedNamedCivilians(const Event& e) const {
  if (e.actor2.actor < 0 || e.actor2.implicit || InterOf(e.actor2) != "Civilians") return false;
  if (e.actor1.actor < 0 || !Armed(InterOf(e.actor1))) return false;
  // "attacked villagers and the soldiers guarding them": an armed party
  // named after the civilians, besides the doer, is a side that was fought.
  const size_t victims = actor_w_[e.actor2.actor].first;
  for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(e.sentence)))
    if (actor_w_[a].first > victims && a != e.actor1.actor && ArmedParty(doc_.actors[a]) &&
        doc_.actors[a].id != doc_.actors[e.actor1.actor].id)
      return false;
  return true;
}

// A protest word (any trigger of a protest, adverbs too: احتجاجاً) or
// protesters named in the sentence of `e`.
//
// A crowd's gathering word reached by a `not_event` cue of kind `gathering`
// (كانوا يتجمعون قرب نقطة توزيع للمساعدات: people waiting for aid) tells
// no protest: fire opened on them attacks civilians.
bool Builder::ProtestInSentence(const Event& e) const {
  if (OtherTriggerOfTypeInSentence(e, "Protests", [&](int32_t t) {
        const size_t tw0 = trig_w_[t].first, tw1 = trig_w_[t].second;
        const bool for_aid = AnyCue(sent_[tw0], "not_event", [&](const CueHit& c) {
          return c.row->kind == "gathering" && NotEventCueCovers(c, tw0, tw1);
        }) && !AnyCue(sent_[tw0], "topic");
        return !for_aid;
      }))
    return true;
  for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(e.sentence)))
    if (doc_.actors[a].acled_inter == "Protesters") return true;
  return false;
}

// "live fire", الرصاص الحي: the words name excessive force only in a report
// of a crowd; settlers or gunmen firing live rounds at residents, in a
// report that names no protesters, rioters or gathering, attack civilians.
bool Builder::FireOnNoCrowd(const Event& e) const {
  if (e.acled_sub_event_type != "Excessive force against protesters" ||
      doc_.triggers[e.trigger].acled_sub_event_type != e.acled_sub_event_type)
    return false;
  for (const ActorMention& m : doc_.actors)
    if (m.acled_inter == "Protesters" || m.acled_inter == "Rioters") return false;
  for (const Event& o : doc_.events)
    if (&o != &e && CrowdRank(o)) return false;
  return true;
}

// The event's attribution is actor mention a (its speaker or source).
bool Builder::AttributedTo(const Event& e, int32_t a) const {
  const Span sp = doc_.actors[a].span;
  return e.attribution_span.end != 0 && sp.begin == e.attribution_span.begin && sp.end == e.attribution_span.end;
}

// The police the report cites (وفق الشرطة، "police said"), next to a source
// word or as the event's attribution, tell the attack; they are no armed
// party at the scene to fight it.
bool Builder::TellsIt(const Event& e, int32_t a) const { return Source(a) || AttributedTo(e, a); }

// "Settlers attacked the village", هاجم مستوطنون بلدة: an identity militia
// attacking a place, with no armed party named in the sentence to fight
// it, attacks the people there (ACLED: violence against civilians); troops
// that guard them (تحت حماية الجيش) fight no one.
bool Builder::MilitiaOnNoArmedParty(const Event& e) const {
  return InterOf(e.actor1) == "Identity militia" && NoArmedPartyButDoers(e);
}

// No armed party is named in the sentence of `e` but its doers, their
// allies, and a force that only tells of it (وفق الشرطة). With
// `unnamed_are_doers`, armed men no one names (مسلحون من عصابة X: the
// gunmen of the doers' own phrase; "unknown attackers") are the doers too.
bool Builder::NoArmedPartyButDoers(const Event& e, bool unnamed_are_doers, size_t background_w) const {
  for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
    const ActorMention& m = doc_.actors[a];
    if (unnamed_are_doers && m.id.rfind("gen.unidentified", 0) == 0) continue;
    // Those who fight the background's fight ("as fighting between cartel
    // factions dragged on") are no party to this act.
    if (background_w != SIZE_MAX && actor_w_[a].first >= background_w && clause_[actor_w_[a].first] == clause_[background_w])
      continue;
    if (a != e.actor1.actor && !ally_[a] && !TellsIt(e, a) && Armed(m.acled_inter) && !lex_.Related(m.id, Actor1Of(e)))
      return false;
  }
  return true;
}

// "Gunmen attacked a church during mass", هجوم شنه مسلحون على مسجد: a
// generic attack whose object, up to eight words after the attack word in its
// clause, is a civilian place (`civilian_target`: a church, a market, a
// school), with no armed party named in the sentence but the attackers,
// falls on the people there (ACLED: violence against civilians). A force
// named only as the report's source (وفق الشرطة) fought no one.
bool Builder::AttackOnCivilianPlace(const Event& e, const CueRow** object_row) const {
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  const size_t tw1 = trig_w_[e.trigger].second;
  size_t object = SIZE_MAX;
  AnyCue(sentence, "civilian_target", [&](const CueHit& c) {
    if (c.w0 < tw1) return false;
    // The attackers' own name, however long (هاجم مسلحون من تنظيم الدولة
    // الإسلامية في موزمبيق قرية), stands between the word and its object:
    // only the other words count towards the distance.
    size_t between = 0;
    for (size_t k = tw1; k < c.w0; ++k) {
      if (words_[k].clause_break) return false;
      if (!InActorMention(k, sentence)) ++between;
    }
    if (between > 8) return false;
    // هجوم على نقطة عسكرية في قرية: a force's post before the village was
    // what was attacked; the village only says where it stood.
    const bool military_before = AnyCue(sentence, "military_target", [&](const CueHit& m) {
      return m.w0 >= tw1 && m.w1 <= c.w0;
    });
    if (military_before) return false;
    // "would attack convoys unless soldiers stopped shelling its villages":
    // past a party and an event word of its own after the attack word, the
    // place is that other verb's object.
    if (Latin(trig_w_[e.trigger].first))
      for (const auto& [u0, u1] : trig_w_) {
        if (u0 <= tw1 || u0 >= c.w0) continue;
        for (int32_t a : Bucket(s_actors_, sentence))
          if (actor_w_[a].first > tw1 && actor_w_[a].second <= u0) return false;
      }
    for (int32_t p : Bucket(s_places_, sentence))
      if (place_w_[p].first <= c.w0 && c.w1 <= place_w_[p].second) return false;
    object = c.w0;
    if (object_row) *object_row = c.row;
    return true;
  });
  if (object == SIZE_MAX) return false;
  // The attackers named between the word and its object (هاجم مسلحون من
  // الجماعة كنيسة) are one side; any other armed party is someone to fight.
  for (int32_t a : Bucket(s_actors_, sentence)) {
    if (actor_w_[a].first >= tw1 && actor_w_[a].second <= object) continue;
    if (PartyOfEarlierClauseEvent(e, a)) continue;
    if (a != e.actor1.actor && !ally_[a] && !TellsIt(e, a) && !FellowAttacker(a, e) &&
        Armed(doc_.actors[a].acled_inter) &&
        (e.actor1.actor < 0 || !lex_.Related(doc_.actors[a].id, Actor1Of(e))))
      return false;
  }
  return true;
}

// شهدت المدينة هجمات على مواقع الجيش، فيما قُتل مصلون في هجوم على مسجد: a
// party named in an earlier clause of the sentence that tells an event of
// its own (another trigger's event there) belongs to that event, not to the
// attack told after it.
bool Builder::PartyOfEarlierClauseEvent(const Event& e, int32_t a) const {
  const size_t tw0 = trig_w_[e.trigger].first;
  const size_t aw = actor_w_[a].first;
  if (aw >= tw0 || clause_[aw] == clause_[tw0]) return false;
  for (const Event& o : doc_.events)
    if (&o != &e && o.sentence == e.sentence && o.trigger != e.trigger && clause_[trig_w_[o.trigger].first] == clause_[aw])
      return true;
  return false;
}

// "The group's first attacks came when gunmen attacked villages", أول
// هجمات التنظيم حين هاجم مسلحون قرى: a party told as the doer of another
// attack of the sentence is on the attackers' side, no one they fought.
bool Builder::FellowAttacker(int32_t a, const Event& e) const {
  for (const Event& o : doc_.events)
    if (&o != &e && o.sentence == e.sentence && o.actor1.actor == a && o.acled_event_type == e.acled_event_type)
      return true;
  return false;
}

bool Builder::InActorMention(size_t w, int32_t sentence) const {
  for (int32_t a : Bucket(s_actors_, sentence))
    if (actor_w_[a].first <= w && w < actor_w_[a].second) return true;
  return false;
}

// "Gunmen killed 15 to 20 civilians", قتل مسلحون 13 شخصاً: the counted noun
// of any figure inside the toll's span names who died. A civilian noun makes
// them civilians whatever else the sentence says; a noun of persons of no side
// (`person_count`: people, أشخاص) says only that no fighters were counted.
Builder::DeadCounted Builder::DeadCountedAs(const Event& e) const {
  if (!e.fatalities || e.fatalities->span.end <= e.fatalities->span.begin) return DeadCounted::kOther;
  const Span toll = e.fatalities->span;
  DeadCounted found = DeadCounted::kOther;
  for (int32_t n : Bucket(s_numbers_, static_cast<int32_t>(e.sentence))) {
    const NumberMention& m = doc_.numbers[n];
    if (m.span.begin < toll.begin || m.span.end > toll.end || m.unit.empty()) continue;
    if (CivilianUnit(m)) return DeadCounted::kCivilians;
    if (PersonCountUnit(n)) found = DeadCounted::kPersons;
  }
  return found;
}

// Number n counts a `person_count` noun (خمسة أشخاص، "five people").
bool Builder::PersonCountUnit(int32_t n) const {
  const NumberMention& m = doc_.numbers[n];
  if (m.unit.empty()) return false;
  for (size_t w = num_w_[n].second; w < words_.size() && w < num_w_[n].second + 3; ++w)
    if (doc_.tokens[words_[w].first].span.begin == m.unit_span.begin) return WordCue(w, "person_count") != nullptr;
  return false;
}

// A generic attack whose dead are counted as civilians, or as people with no
// armed party named in the sentence but the attackers, fell on civilians
// (ACLED: one armed side, unarmed victims). People killed where two armed
// sides are named may be fighters of either: the word alone says nothing.
bool Builder::UnarmedDead(const Event& e) const {
  switch (DeadCountedAs(e)) {
    case DeadCounted::kCivilians: return true;
    case DeadCounted::kPersons: return NoArmedPartyButDoers(e, /*unnamed_are_doers=*/true);
    case DeadCounted::kOther: break;
  }
  return false;
}

bool Builder::AllDeadCivilians(const Event& e) const {
  if (!e.fatalities || !e.civilian_fatalities) return false;
  const auto count = [](const CasualtyFigure& f) { return f.best ? f.best : f.low; };
  return count(*e.fatalities) && count(*e.civilian_fatalities) && *count(*e.fatalities) == *count(*e.civilian_fatalities);
}

// Protests and riots are done by protesters and rioters (ACLED), not by
// the report's main armed actor; the victims of violence against civilians
// are civilians by ACLED's definition, as are a strike's victims when the
// toll names them; force against protesters falls on protesters.
// A strike told with a civilian object in its sentence (a market, homes,
// a school) hit civilians.
// A cue word that is part of a place's name (الخيام "the tents", the town
// of Khiam) names the place, not what was hit.
// A village named after "of" ("pounded the border villages of X and Y") only
// says where the place told is, as "the town of X" does: no civilian object.
bool Builder::CivilianTarget(const Event& e) const {
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  return AnyCue(sentence, "civilian_target", [&](const CueHit& c) {
    const bool named_after_of = c.w1 + 1 < words_.size() && words_[c.w1].text() == "of";
    for (int32_t p : Bucket(s_places_, sentence)) {
      if (place_w_[p].first <= c.w0 && c.w1 <= place_w_[p].second) return false;
      if (named_after_of && place_w_[p].first == c.w1 + 1) return false;
    }
    return true;
  });
}

// ACLED: the dead and wounded of a bomb or strike whom the report does not
// name as fighters are civilians (actor 2 Civilians); a denied strike hurt
// no one, but one denied on a civilian target ("denied reports that a drone
// had hit a house", نفى سقوط قذائف على المستشفى) is coded with the target it
// is denied to have hit: civilians.
bool Builder::HarmedUnnamedVictims(const Event& e) const {
  if (e.status == "negated") return CivilianTarget(e);
  const auto positive = [](const std::optional<CasualtyFigure>& f) {
    if (!f) return false;
    const std::optional<double>& n = f->best ? f->best : f->low;
    return n && *n > 0;
  };
  if (e.civilian_fatalities || positive(e.fatalities) || positive(e.injuries)) return true;
  // Shelling or a strike that hurt no one (دون إصابات، "no casualties") hit
  // a place, not people: the farms or the depot it damaged name no victim.
  // (A grenade thrown into a shop or a home is aimed at the people in it.)
  // English reports that tell houses or a school damaged by it ("shelled the
  // village, damaging houses and a school; no one was hurt": a `dwelling`
  // civilian_target) are coded by ACLED with the civilians who live and learn
  // there as actor 2; Arabic reports are coded both ways, and keep none.
  if (e.fatalities && e.fatalities->best == 0.0 && (e.acled_sub_event_type == "Shelling/artillery/missile attack" ||
                                                   e.acled_sub_event_type == "Air/drone strike"))
    return Latin(e) && CivilianTarget(e) &&
           AnyCue(static_cast<int32_t>(e.sentence), "civilian_target",
                  [&](const CueHit& c) { return c.row->kind == "dwelling" && c.w0 >= trig_w_[e.trigger].second; });
  return CivilianTarget(e);
}

// Rioters, protesters or residents (a mob) are the event's doers.
bool Builder::CrowdDoer(const Event& e) const {
  const std::string a1 = InterOf(e.actor1);
  return a1 == "Rioters" || a1 == "Protesters" || a1 == "Civilians";
}

// "masked men carrying clubs attacked students", اشتبك أنصار حزبين بالحجارة
// والعصي: a fight or an attack fought with crude arms (`crude_arms` cue within
// eight words of its word), whose doers are no armed organisation — none
// named, or a generic noun that is no state force — is a crowd falling on
// its victims or on a rival crowd: ACLED's mob violence, by rioters.
void Builder::CrudeArmsMakeMobs() {
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Armed clash" && e.acled_sub_event_type != "Attack") continue;
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    const size_t w0 = trig_w_[e.trigger].first;
    const auto state_or_named = [&](const EventArgument& a) {
      if (a.actor < 0) return !a.implicit_id.empty() && a.implicit_id != "gen.civilians";
      const ActorMention& m = doc_.actors[a.actor];
      return m.alias_kind != "generic" || StateOrForeign(m.acled_inter);
    };
    if (state_or_named(e.actor1)) continue;
    // The arms describe the doers ("masked men armed with bats", رجال
    // ملثمون يحملون هراوات): whatever generic noun named them, a crowd.
    bool crude = false;
    if (e.actor1.actor >= 0) {
      const size_t a1 = actor_w_[e.actor1.actor].second;
      crude = AnyCue(sentence, "crude_arms", [&](const CueHit& c) { return c.w0 >= a1 && c.w0 - a1 <= 4; });
    }
    // Or the act's means, its doers no armed party (أنصار حزبين … بالعصي).
    if (!crude && !Armed(InterOf(e.actor1)))
      crude = AnyCue(sentence, "crude_arms", [&](const CueHit& c) { return (c.w0 >= w0 ? c.w0 - w0 : w0 - c.w0) <= 8; });
    if (!crude) continue;
    // Two generic sides of one kind (supporters of rival parties) are both the crowd.
    const bool rival_crowd = e.acled_sub_event_type == "Armed clash" && e.actor2.actor >= 0 &&
                             !state_or_named(e.actor2) && !Armed(InterOf(e.actor2)) &&
                             InterOf(e.actor2) != "Civilians" && InterOf(e.actor2) != "Protesters";
    if (e.acled_sub_event_type == "Armed clash" && e.actor2.actor >= 0 && !rival_crowd &&
        InterOf(e.actor2) != "Civilians" && InterOf(e.actor2) != "Protesters")
      continue;
    e.acled_event_type = "Riots";
    e.acled_sub_event_type = "Mob violence";
    if (e.actor1.actor >= 0) e.actor1.coded_id = "gen.rioters";
    else SetImplicitId(e.actor1, "gen.rioters");
    if (rival_crowd) e.actor2.coded_id = "gen.rioters";
  }
}

void Builder::CrowdActors() {
  // "bulldozers tore up the streets and the water mains of the camp",
  // فجّر المسلحون جسراً: a destruction whose first object told (from its word
  // to eight words after it) is public works — a bridge, streets, a power
  // line, a town hall, an embassy — before any home, shop or market
  // (civilian_target), harms no one ACLED names: no actor 2, not Civilians.
  // A camp or a village told after it is where, not what, was destroyed.
  const auto PublicWorksDestroyed = [&](const Event& e) {
    if (e.trigger < 0) return false;
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    const auto object_at = [&](std::string_view type) {
      size_t first = SIZE_MAX;
      AnyCue(sentence, type, [&](const CueHit& c) {
        if (c.w0 < w0 || c.w0 > w1 + 8) return false;
        for (int32_t p : Bucket(s_places_, sentence))
          if (place_w_[p].first <= c.w0 && c.w1 <= place_w_[p].second) return false;
        first = std::min(first, c.w0);
        return false;
      });
      return first;
    };
    const size_t works = object_at("public_works");
    return works != SIZE_MAX && works < object_at("civilian_target");
  };
  for (Event& e : doc_.events) {
    const Label& sub = e.acled_sub_event_type;
    const bool no_actor2 = e.actor2.actor < 0 && !e.actor2.implicit;
    const std::string a2 = InterOf(e.actor2);
    const bool crowd2 = a2 == "Civilians" || a2 == "Protesters";  // "to disperse villagers"
    // Whoever intervenes, a state force or a group holding the town.
    if (sub == "Protest with intervention" && (e.actor1.actor >= 0 || e.actor1.implicit) &&
        Armed(InterOf(e.actor1)) && (no_actor2 || crowd2)) {
      e.actor2 = e.actor1;  // the force that intervened
      SetImplicitId(e.actor1, "gen.protesters");
    }
    // A crowd protests, not a state's forces: a force found as a protest's
    // actor 1 is what the crowd protested against or who stood by; so is an
    // armed party named after the protest's word ("protested against X",
    // "rallied against the deployment by X"). (An armed group told as the
    // subject holds its own rally: المعارضة احتفلت.) Armed men of a
    // community who rally ("tribesmen rallied") are the crowd, their words
    // kept.
    if ((sub == "Peaceful protest" || sub == "Protest with intervention") && Armed(InterOf(e.actor1))) {
      const int32_t a = e.actor1.actor;
      const bool community = a >= 0 && InterOf(e.actor1) == "Identity militia" &&
                             (doc_.actors[a].alias_kind == "generic" || doc_.actors[a].alias_kind == "common");
      // Arabic tells the subject after its verb: only English places the
      // protested-against after the protest's word.
      const bool not_the_crowd = InterOf(e.actor1) == "State forces" || a < 0 ||
                                 (Latin(actor_w_[a].first) && actor_w_[a].first >= trig_w_[e.trigger].second);
      if (community) e.actor1.coded_id = "gen.protesters";
      else if (not_the_crowd) SetImplicitId(e.actor1, "gen.protesters");
    }
    // "accused the military of dropping bombs that released a choking gas on
    // its positions", "dropped munitions with chemical agents on our
    // positions": the gas fell on the side that tells of it — the speaker
    // the event is attributed to, else the side actor 1 fights in the report,
    // else the armed party the report is about — not on civilians. English;
    // the owner must be armed and not actor 1.
    // (Civilians supplied earlier as the gas's victims by default give way.)
    if ((no_actor2 || (e.actor2.actor < 0 && e.actor2.implicit_id == "gen.civilians")) && sub == "Chemical weapon" &&
        Latin(e)) {
      const size_t tw1 = trig_w_[e.trigger].second;
      bool own_positions = false;
      size_t named_post = SIZE_MAX;  // the word before a fighting post that is not a pronoun
      for (size_t w = tw1; w + 1 < words_.size() && w < tw1 + 15 && sent_[w] == static_cast<int32_t>(e.sentence) &&
                           !own_positions && named_post == SIZE_MAX;
           ++w) {
        if (!WordCue(w + 1, "fighting_post")) continue;
        own_positions = WordCue(w, "own_possessive") != nullptr;
        if (!own_positions) named_post = w;
      }
      const std::string a1 = Actor1Of(e);
      const auto owner_ok = [&](const std::string& id) {
        const ActorInfo* info = id.empty() ? nullptr : lex_.Actor(id);
        return info && Armed(info->acled_inter) && id != a1 && (a1.empty() || !lex_.Related(id, a1));
      };
      // "on Ukrainian positions", "at Kurdish positions", "on KNLA positions":
      // the party named right before the fighting post is whose it is.
      if (named_post != SIZE_MAX)
        for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence)))
          if (actor_w_[b].second == named_post + 1 && owner_ok(doc_.actors[b].id)) SetActor(e.actor2, b);
      if (own_positions) {
        int32_t speaker = -1;
        for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence)))
          if (!e.attribution_span.empty() && doc_.actors[b].span.begin == e.attribution_span.begin &&
              doc_.actors[b].span.end == e.attribution_span.end)
            speaker = b;
        if (speaker >= 0 && owner_ok(doc_.actors[speaker].id)) SetActor(e.actor2, speaker);
        else if (std::string enemy = a1.empty() ? "" : LikelyOpponent(a1); owner_ok(enemy))
          SetImplicitId(e.actor2, std::move(enemy));
        else if (std::string army = a1.empty() ? "" : InterstateOpponent(e, a1); owner_ok(army))
          SetImplicitId(e.actor2, std::move(army));
        else if (owner_ok(main_actor_)) SetImplicitId(e.actor2, main_actor_);
        // "The occupiers dropped munitions with chemical agents on our
        // positions": with neither the user nor the speaker's party named,
        // the positions are those of the army of the country they lie in.
        else if (std::string home = lex_.NationalForce("gen.army", PlaceCountry(e)); owner_ok(home))
          SetImplicitId(e.actor2, std::move(home));
      }
    }
    if (e.actor2.actor < 0 && !e.actor2.implicit && no_actor2) {
      // Chemical weapons are used on a population (ACLED's Civilians).
      // Looting and burning of homes, shops and markets falls on civilians;
      // so does any looting or burning by an armed party with no owner
      // named (trucks, stalls, livestock: ACLED's Civilians), while a
      // crowd's burning is a riot's damage, with no victim.
      if (e.acled_event_type == "Violence against civilians" || sub == "Mob violence" || sub == "Chemical weapon" ||
          (e.acled_event_type == "Explosions/Remote violence" && HarmedUnnamedVictims(e)) ||
          (sub == "Looting/property destruction" && !PublicWorksDestroyed(e) && (CivilianTarget(e) || !CrowdDoer(e))) ||
          (sub == "Other" && e.plover_mode == "release"))  // ACLED: those freed are civilians
        SetImplicitId(e.actor2, "gen.civilians");
      else if (sub == "Excessive force against protesters")
        SetImplicitId(e.actor2, "gen.protesters");
    }
    // ACLED files every protest event under its crowd: the protesters a
    // force fired on are actor 1 of the excessive force, the force actor 2,
    // as in a protest with intervention, in either language.
    if (sub == "Excessive force against protesters") ProtestersFirst(e);
    // ACLED names the crowd of a riot rioters, whatever the report calls it;
    // a force named first (it dispersed the crowd, which then threw stones)
    // is the riot's actor 2.
    if (e.acled_event_type == "Riots" && InterOf(e.actor1) == "State forces") {
      const std::string other = InterOf(e.actor2);
      if ((e.actor2.actor < 0 && !e.actor2.implicit) || other == "Protesters" || other == "Rioters" || other == "Civilians")
        e.actor2 = e.actor1;  // the crowd it fired on is the riot's actor 1
      SetImplicitId(e.actor1, "gen.rioters");
    }
    // A riot's crowd turned on the state's forces it faced, or on what is
    // theirs ("hurled stones at riot police", "set fire to tyres and a
    // police vehicle", "stoning police cars"): ACLED makes that force the
    // riot's actor 2. English tells the target after the riot's word, in its
    // clause; a force that only tells of the riot (a police spokesperson
    // said), one told after "by" and a nationality (the Iranian consulate)
    // are not it.
    if (sub == "Violent demonstration" && e.actor2.actor < 0 && !e.actor2.implicit && Latin(e) &&
        (e.actor1.actor < 0 || CrowdDoer(e))) {
      const size_t tw0 = trig_w_[e.trigger].first;
      for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
        const ActorMention& m = doc_.actors[b];
        const size_t w = actor_w_[b].first;
        if (w <= tw0 || w > tw0 + 15 || clause_[w] != clause_[tw0] || m.acled_inter != "State forces" ||
            m.plover_sector == "GOV" || m.alias_kind == "adjective" || TellsIt(e, b) ||
            (w > 0 && words_[w - 1].text() == "by"))
          continue;
        SetActor(e.actor2, b);
        break;
      }
    }
    if (e.acled_event_type == "Riots" && InterOf(e.actor1) == "Protesters") SetImplicitId(e.actor1, "gen.rioters");
    if (e.acled_event_type == "Riots" && InterOf(e.actor1) == "Civilians" && e.actor1.actor >= 0)
      e.actor1.coded_id = "gen.rioters";  // "residents of X" who riot: Rioters, their words kept
    // Residents who gather and are dispersed are Protesters too.
    if (sub == "Peaceful protest" || sub == "Protest with intervention") ProtestersProtest(e);
    if (e.actor1.actor >= 0) continue;
    if (sub == "Peaceful protest" || sub == "Protest with intervention")
      SetImplicitId(e.actor1, "gen.protesters");
    else if (e.acled_event_type == "Riots") SetImplicitId(e.actor1, "gen.rioters");
  }
}

// The force of an excessive force (actor 1 as the deed was told) goes to
// actor 2; the crowd it fell on, its words kept where the report names it,
// becomes actor 1, coded as protesters whatever the report calls it
// ("villagers", "mourners").
void Builder::ProtestersFirst(Event& e) {
  const std::string a1 = InterOf(e.actor1), a2 = InterOf(e.actor2);
  if (a1 == "Protesters" || a1 == "Rioters") return;
  const bool force_first = e.actor1.actor >= 0 || e.actor1.implicit;
  if (!force_first) return;
  EventArgument crowd = e.actor2;
  e.actor2 = e.actor1;
  if (crowd.actor >= 0 && (a2 == "Protesters" || a2 == "Civilians")) {
    e.actor1 = crowd;
    if (a2 == "Civilians") e.actor1.coded_id = "gen.protesters";
  } else {
    SetImplicitId(e.actor1, "gen.protesters");
  }
}

// ACLED: whoever demonstrates is Protesters — residents or families who
// march keep their words as evidence; a force read from another clause or
// supplied by the document is not the crowd (a group that itself marches,
// in the protest's clause, stays).
void Builder::ProtestersProtest(Event& e) {
  EventArgument& a = e.actor1;
  const std::string inter = InterOf(a);
  if (inter == "Protesters" || (a.actor < 0 && !a.implicit)) return;
  if (a.actor >= 0 && inter == "Civilians") a.coded_id = "gen.protesters";
  else if (a.actor < 0 || clause_[actor_w_[a.actor].first] != clause_[trig_w_[e.trigger].first])
    SetImplicitId(a, "gen.protesters");
}

// ACLED credits an arrest made by soldiers and police together ("troops
// and police detained", اعتقلت قوات الجيش والشرطة) to the police: arrests
// are their work. A military subject (MIL sector) conjoined with a police
// force (COP) gives way to it — only where the registry knows a civil
// government of the country (national_forces.tsv, gen.authorities): where
// the army rules (Myanmar's junta has no civil authority there) the police
// answer to it and the army stays the arrest's doer. Done after the events
// are merged, so a raid the soldiers and police made stays one event with
// its arrest.
void Builder::PoliceMakeArrests() {
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Arrests" || e.actor1.actor < 0) continue;
    const std::string rulers = lex_.NationalForce("gen.authorities", PlaceCountry(e));
    const ActorInfo* government = rulers.empty() ? nullptr : lex_.Actor(rulers);
    if (!government || government->plover_sector == "MIL") continue;
    const int32_t a = e.actor1.actor;
    if (doc_.actors[a].plover_sector != "MIL" || doc_.actors[a].acled_inter != "State forces") continue;
    for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
      const ActorMention& m = doc_.actors[b];
      if (b == a || m.id.empty() || m.plover_sector != "COP" || m.acled_inter != "State forces") continue;
      if (Conjoined(actor_w_[b].second, actor_w_[a].first) || Conjoined(actor_w_[a].second, actor_w_[b].first)) {
        SetActor(e.actor1, b);
        break;
      }
    }
  }
}

// ACLED codes every event with an actor 1, and an arrest with whom it
// takes. A bomb, a grenade, a shelling, an abduction or a looting that no
// one is named for and no one claims is the work of an unidentified armed
// group ("Unidentified Armed Group (<country>)"); air strikes and chemical
// attacks are left alone, as only state forces make them. People arrested
// without a group named are civilians ("Civilians (<country>)").
void Builder::UnnamedParties() {
  // Whether cue hit `c` starts within `reach` words after event word end
  // `tw1` with no clause break between: the grounds or charge an arrest
  // word is told with (بتهمة الشغب، بتهمة تمويل الجماعة).
  const auto right_after_in_clause = [&](const CueHit& c, size_t tw1, size_t reach) {
    if (c.w0 < tw1 || c.w0 > tw1 + reach) return false;
    for (size_t w = tw1; w < c.w0; ++w)
      if (words_[w].clause_break) return false;
    return true;
  };
  // The crowd (gen.protesters or gen.rioters) of a protest or riot told in
  // the arrest's sentence before it or in the two before, whose sentence has
  // the word `noun` before the arrest; "" when none. The noun told again
  // names the same people wherever they were taken (farmers who rallied in
  // the city, detained at their homes in a village near it).
  const auto CrowdToldByNoun = [&](const Event& e, std::string_view noun) -> std::string {
    std::string crowd;
    const size_t ew0 = trig_w_[e.trigger].first;
    for (const Event& o : doc_.events) {
      if (o.sentence > e.sentence || e.sentence - o.sentence > 2) continue;
      if (o.acled_event_type != "Protests" && o.acled_event_type != "Riots") continue;
      if (o.sentence == e.sentence && trig_w_[o.trigger].first > ew0) continue;
      const std::string id = o.actor1.coded_id.empty() ? Actor1Of(o) : o.actor1.coded_id;
      const ActorInfo* info = lex_.Actor(id);
      if (!info || (info->acled_inter != "Protesters" && info->acled_inter != "Rioters")) continue;
      bool told = false;
      for (size_t w = 0; w < ew0 && !told; ++w)
        told = sent_[w] == static_cast<int32_t>(o.sentence) && words_[w].is_word && words_[w].bare() == noun;
      if (told) crowd = id;
    }
    return crowd;
  };
  const auto empty = [](const EventArgument& a) { return a.actor < 0 && a.implicit_id.empty(); };
  for (Event& e : doc_.events) {
    const Label& type = e.acled_event_type;
    const Label& sub = e.acled_sub_event_type;
    // "Three Maoists were killed in an encounter with security forces", قُتل
    // اثنان من العناصر الإجرامية خلال تبادل لإطلاق النار مع قوة من الشرطة: a
    // fight told by one side's dead, the other side named after its word
    // ("with", مع), names no doer; as ACLED codes it the party it was
    // fought with is actor 1 and the fallen armed party, named as killed
    // before the fight's word in its clause, actor 2.
    if (type == "Battles" && empty(e.actor1) && e.actor2.actor >= 0 && e.trigger >= 0) {
      const size_t tw0 = trig_w_[e.trigger].first;
      const std::string other = Actor2Of(e);
      int32_t fallen = -1;
      for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
        const ActorMention& m = doc_.actors[a];
        if (!victim_[a] || actor_w_[a].second > tw0 || clause_[actor_w_[a].first] != clause_[tw0]) continue;
        if (m.id.empty() || m.person || m.id == other || !Armed(m.acled_inter) || lex_.Related(m.id, other)) continue;
        fallen = a;
      }
      if (fallen >= 0) {
        e.actor1 = e.actor2;
        SetActor(e.actor2, fallen);
      }
    }
    // The same fight read with the fallen as its subject ("Three Maoists
    // were killed in an encounter with security forces": the Maoists actor
    // 1) is turned: the party after the fight's word is actor 1.
    // The fallen may stand apart from their passive toll word ("Four
    // Maoists, including a commander, were killed in an encounter with"):
    // no other party named between.
    const auto fell = [&](int32_t a, size_t tw0) {
      if (victim_[a]) return true;
      const int32_t sentence = sent_[actor_w_[a].first];
      for (int32_t t : Bucket(s_triggers_, sentence)) {
        if (doc_.triggers[t].acled_event_type != "casualty" || doc_.triggers[t].voice != "passive") continue;
        if (trig_w_[t].first < actor_w_[a].second || trig_w_[t].second > tw0) continue;
        bool other = false;
        for (int32_t b : Bucket(s_actors_, sentence))
          other |= actor_w_[b].first >= actor_w_[a].second && actor_w_[b].first < trig_w_[t].first;
        if (!other) return true;
      }
      return false;
    };
    if (type == "Battles" && e.actor1.actor >= 0 && e.actor2.actor >= 0 && Latin(e) && e.trigger >= 0 &&
        fell(e.actor1.actor, trig_w_[e.trigger].first)) {
      const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
      const size_t a1w = actor_w_[e.actor1.actor].first, a2w = actor_w_[e.actor2.actor].first;
      bool with = false;
      for (size_t w = tw0; w < tw1 + 1 && w < words_.size() && !with; ++w) with = words_[w].bare() == "with";
      if (with && actor_w_[e.actor1.actor].second <= tw0 && sent_[a1w] == sent_[tw0] && a2w >= tw1 - 1 &&
          a2w <= tw1 + 1)
        std::swap(e.actor1, e.actor2);
    }
    const bool by_unknown_hands =
        (type == "Explosions/Remote violence" && sub != "Air/drone strike" && sub != "Chemical weapon") ||
        type == "Violence against civilians" || sub == "Looting/property destruction";
    // The mine's layer named in its sentence ("a landmine, blaming mines
    // laid by X", زرعها X) is the blast's actor.
    const bool blast = by_unknown_hands && type == "Explosions/Remote violence";
    if (blast && empty(e.actor1))
      if (int32_t layer = LayerNamed(e); layer >= 0) SetActor(e.actor1, layer);
    // A blast the report says no one claimed (لم تتبنَّ أي جهة، "no group
    // has claimed") is by unknown hands: a doer only supplied — the report's
    // main actor, or a generic bomber — is not named, whatever group the
    // report is about.
    if (blast && Unclaimed(e) && (empty(e.actor1) || (e.actor1.actor < 0 && e.actor1.implicit) ||
                                  (e.actor1.actor >= 0 && doc_.actors[e.actor1.actor].alias_kind == "generic")))
      SetImplicitId(e.actor1, "gen.unidentified_armed_group");
    // A doer only supplied (no name at the event: the report's main actor)
    // is no doer of a bombing a state force cannot have done — states send
    // no suicide bombers — nor of a mine, roadside bomb or grenade, which
    // may be anyone's: the army a digest names most is the target or the
    // teller, not the bomber. Those fall to the rules below.
    if (blast && e.actor1.actor < 0 && e.actor1.implicit && !e.actor1.implicit_id.empty() && e.quote < 0) {
      const ActorInfo* doer = lex_.Actor(e.actor1.implicit_id);
      const bool state = doer && StateOrForeign(doer->acled_inter);
      const bool suicide = sub == "Suicide bomb";
      const bool planted = sub == "Remote explosive/landmine/IED" || sub == "Grenade";
      if ((suicide && state) || (planted && e.actor1.implicit_id == main_actor_))
        e.actor1 = EventArgument{};
    }
    // Harm to civilians (a killing, an abduction, rape) whose doer is only
    // the report's main actor, a state or foreign force its sentence does
    // not name, is no deed of that force: the army or police a report names
    // most are those who tell of it, fight the culprits or come after them.
    // The one non-state armed group the report names did it, else an
    // unidentified armed group. Abuse told in custody (a prison, detainees,
    // interrogation: a `custody` cue of its sentence) is the jailer's.
    if (type == "Violence against civilians" && e.actor1.actor < 0 && e.actor1.implicit && e.quote < 0 &&
        !e.actor1.implicit_id.empty() && e.actor1.implicit_id == main_actor_ && !AnyCue(static_cast<int32_t>(e.sentence), "custody")) {
      const ActorInfo* doer = lex_.Actor(e.actor1.implicit_id);
      bool named_here = false;
      for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(e.sentence)))
        named_here = named_here || (!doc_.actors[a].id.empty() && !actor_is_place_[a] &&
                                    (doc_.actors[a].id == main_actor_ || lex_.Related(doc_.actors[a].id, main_actor_)));
      if (!named_here && doer && StateOrForeign(doer->acled_inter)) {
        if (std::string sole = SoleArmedGroup(); !sole.empty()) SetImplicitId(e.actor1, std::move(sole));
        else e.actor1 = EventArgument{};
      }
    }
    // An Arabic arrest or seizure whose doer is only supplied as the report's
    // main actor, a non-state armed group, was the state's, as English
    // arrests are (below): a report on a group's cell or attack tells of the
    // police who took its men and its bombs (أوقفت … شخصين يُشتبه في
    // ارتباطهما بتنظيم «داعش»، وأضاف البلاغ أن عمليات التفتيش أسفرت عن حجز
    // عبوتين), not of the group taking anyone: the police of the event's
    // country, where it has a row.
    // So is an English seizure, defusal or safe detonation of weapons
    // ("officers safely detonated an IED found on the road", "the device was
    // found and defused"): the group's bombs are what was disrupted, by the
    // country's police.
    if ((sub == "Arrests" || sub == "Disrupted weapons use") && (!Latin(e) || sub == "Disrupted weapons use") &&
        e.actor1.actor < 0 && e.actor1.implicit && e.quote < 0 && !e.actor1.implicit_id.empty() &&
        e.actor1.implicit_id == main_actor_) {
      const ActorInfo* doer = lex_.Actor(e.actor1.implicit_id);
      // A group that governs the place (the Houthis in Sanaa, the SDF's
      // administration) makes arrests there itself.
      const std::string day = e.date >= 0 ? doc_.dates[e.date].value : ReferenceDay(doc_);
      const std::string admin1 = e.place >= 0 ? doc_.places[e.place].location.admin1 : "";
      if (doer && Armed(doer->acled_inter) && !StateOrForeign(doer->acled_inter) &&
          !lex_.GovernsTerritory(doer->id, PlaceCountry(e), admin1, day) &&
          !lex_.NationalForce("gen.police", PlaceCountry(e)).empty())
        SetImplicitId(e.actor1, "gen.police");
    }
    // The jailer of abuse told in custody is the state force that made the
    // arrests told in its sentence or the two before (اعتقلت قوات الأمن 17
    // شخصاً … بتعرض عدد من المعتقلين للضرب), named there as their taker,
    // not the report's main actor (the guard corps that fights elsewhere in
    // the report): the latest such arrest.
    if (type == "Violence against civilians" && e.actor1.actor < 0 && e.actor1.implicit && e.quote < 0 &&
        !e.actor1.implicit_id.empty() && e.actor1.implicit_id == main_actor_ &&
        AnyCue(static_cast<int32_t>(e.sentence), "custody")) {
      const Event* taking = nullptr;
      for (const Event& o : doc_.events) {
        if (&o == &e || o.acled_sub_event_type != "Arrests" || o.sentence > e.sentence || e.sentence - o.sentence > 2 ||
            o.actor1.actor < 0 || !Happened(o.status))
          continue;
        if (o.sentence == e.sentence && trig_w_[o.trigger].first > trig_w_[e.trigger].first) continue;
        if (taking && (o.sentence < taking->sentence ||
                       (o.sentence == taking->sentence && trig_w_[o.trigger].first < trig_w_[taking->trigger].first)))
          continue;
        taking = &o;
      }
      if (taking) {
        const std::string jailer = Actor1Of(*taking);
        const ActorInfo* info = lex_.Actor(jailer);
        if (info && info->acled_inter == "State forces" && jailer != main_actor_ && !lex_.Related(jailer, main_actor_))
          SetImplicitId(e.actor1, jailer);
      }
    }
    // Otherwise a suicide bombing or a shelling with no doer told, in a
    // report that names one non-state armed group alone, is that group's:
    // the insurgency the report is about sends the bombers and fires the
    // mortars and rockets on a town (قذائف هاون سقطت على المدينة) — a
    // gang or a lone man has none. A grenade or a roadside bomb may be
    // anyone's, and stays unidentified (giving them the group lowered
    // actors F1 on most sets).
    if ((sub == "Suicide bomb" || sub == "Shelling/artillery/missile attack") && empty(e.actor1))
      if (std::string sole = SoleArmedGroup(); !sole.empty()) SetImplicitId(e.actor1, std::move(sole));
    // "Bulldozers escorted by police demolished 14 houses", "trucks
    // protected by soldiers": the machines a force escorts (an `ally` cue of
    // kind escort right after a subject that names no party) do the force's
    // work — the escort is the doer of a deed no one else is named doing. A
    // backer ("fighters backed by X") does not do its allies' deed.
    if (by_unknown_hands && empty(e.actor1) && Latin(e) && e.trigger >= 0) {
      const size_t tw0 = trig_w_[e.trigger].first;
      const int32_t sentence = static_cast<int32_t>(e.sentence);
      int32_t escort = -1;
      AnyCue(sentence, "ally", [&](const CueHit& c) {
        if (c.row->kind != "escort" || c.w0 == 0 || c.w1 > tw0 || clause_[c.w0] != clause_[tw0] ||
            ActorEndingAt(c.w0, sentence) >= 0)
          return false;
        for (int32_t a : Bucket(s_actors_, sentence)) {
          const ActorMention& m = doc_.actors[a];
          if (actor_w_[a].first != c.w1 && !(actor_w_[a].first == c.w1 + 1 && words_[c.w1].text() == "the")) continue;
          if (actor_w_[a].second > tw0 || m.id.empty() || m.person || !Armed(m.acled_inter)) continue;
          escort = a;
          return true;
        }
        return false;
      });
      if (escort >= 0) SetActor(e.actor1, escort);
    }
    if (by_unknown_hands && empty(e.actor1)) SetImplicitId(e.actor1, "gen.unidentified_armed_group");
    // A curfew, a state of emergency or a ban (on motorbikes, on gatherings)
    // with no one named imposing it is the authorities' (ACLED: the
    // government of the country it is in), when the registry knows that
    // government (who rules there may be in doubt).
    // So is a cut of the internet or of phone lines with no one named
    // cutting it ("mobile internet has been cut across the region", قطع
    // الاتصالات): only the state runs the networks; water and power cut off
    // in a siege may be any besieger's doing.
    const auto network_cut = [&] {
      if (e.plover_mode != "withhold") return false;
      if (!LemmaCue(doc_.triggers[e.trigger], "network_cut")) return false;
      for (size_t w = trig_w_[e.trigger].first; w < trig_w_[e.trigger].second; ++w)
        if (WordCue(w, "utility")) return false;
      return true;
    };
    const bool decree = e.plover_mode == "curfew" || (e.plover_mode == "restrict" && sub == "Change to group/activity") ||
                        network_cut();
    // أعلنت الجماعة فرض «حصار» على المدينة: a siege or ban that a named
    // non-state armed group announces, named before the word, is its own.
    if (decree && (sub == "Change to group/activity" || sub == "Other") && empty(e.actor1) && !Latin(e)) {
      const int32_t speaker = SpeakerOf(e);
      if (speaker >= 0 && actor_w_[speaker].second <= trig_w_[e.trigger].first) {
        const ActorMention& s = doc_.actors[speaker];
        if (!s.id.empty() && !s.person && s.alias_kind != "generic" && Armed(s.acled_inter) &&
            !StateOrForeign(s.acled_inter) && !Unidentified(s.id))
          SetActor(e.actor1, speaker);
      }
    }
    if (decree && (sub == "Change to group/activity" || sub == "Other") && empty(e.actor1))
      if (std::string gov = lex_.NationalForce("gen.authorities", PlaceCountry(e)); !gov.empty())
        SetImplicitId(e.actor1, std::move(gov));
    // "No arrests have been made", "no one was detained": English negates
    // the taking itself. No crowd and no civilians were taken; those not
    // taken are at most the named doers of the violence just told (other
    // than the party the arrest was given as its actor). Whoever went
    // unarrested is not the arrester: only the state arrests, its police
    // where the sentence names no state force.
    if (sub == "Arrests" && e.status == "negated" && Latin(e) && NoOneTaken(e)) {
      std::string doers = DoersNotArrested(e);
      e.actor2 = EventArgument{};
      if (!doers.empty()) SetImplicitId(e.actor2, std::move(doers));
      if (empty(e.actor1) || InterOf(e.actor1) != "State forces") SetImplicitId(e.actor1, "gen.police");
      continue;
    }
    // An English arrest is made by whom its subject names; a non-state armed
    // group only supplied from elsewhere in the report (the attackers just
    // told), or named after the verb among those taken ("detained three
    // suspected X financiers"), made none: with no one named, the police
    // did ("Authorities detained", "security officers arrested").
    if (sub == "Arrests" && e.status != "negated" && Latin(e) && InterOf(e.actor1) != "State forces") {
      const int32_t a = e.actor1.actor;
      const size_t tw1 = trig_w_[e.trigger].second;
      const auto agent = [&](size_t w) { return w > 0 && words_[w - 1].text() == "by"; };  // "detention of X by Y"
      const bool taken_not_taker = a >= 0 && !agent(actor_w_[a].first) && actor_w_[a].first >= tw1;
      // A passive's agent ("were detained by X") is supplied by id: named as
      // the taker, before the verb or after "by", it stands.
      bool named_taker = false;
      for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence)))
        if (a < 0 && doc_.actors[b].id == e.actor1.implicit_id)
          named_taker = named_taker || actor_w_[b].first < tw1 || agent(actor_w_[b].first);
      if ((a < 0 && !e.actor1.implicit_id.empty() && !named_taker && Armed(InterOf(e.actor1))) ||
          (taken_not_taker && Armed(InterOf(e.actor1))))
        SetImplicitId(e.actor1, "gen.police");
    }
    // "At least 25 people had been arrested in Ilam since Thursday",
    // "officers arrested 20 people": an English arrest that names no taker
    // and has none supplied was made by the state — the police of the
    // event's country, where it has a row (those taken are then found as for
    // any arrest: the crowd just told, else civilians).
    if (sub == "Arrests" && e.status != "negated" && Latin(e) && empty(e.actor1) &&
        !lex_.NationalForce("gen.police", PlaceCountry(e)).empty())
      SetImplicitId(e.actor1, "gen.police");
    // توقيف 30 شخصاً بتهمة الشغب، أوقف تسعة أشخاص ضالعين في أعمال الشغب،
    // اعتقال 17 شخصاً «من مثيري الشغب»: an Arabic arrest whose grounds, told
    // right after the arrest word in its clause (a `riot_grounds` cue at most
    // ten words on, no clause break between), are rioting took rioters, as
    // ACLED codes them, whatever noun counted them (people, a crowd) and
    // whether or not the riot itself is told — not when the riot word names
    // a state force (قوات مكافحة الشغب).
    if (sub == "Arrests" && !Latin(e) && e.status != "negated") {
      const auto crowd_or_civilians = [](std::string_view inter) {
        return inter == "Civilians" || inter == "Protesters";
      };
      const bool plain_taken =
          e.actor2.actor >= 0
              ? e.actor2.coded_id.empty() && doc_.actors[e.actor2.actor].alias_kind == "generic" &&
                    crowd_or_civilians(doc_.actors[e.actor2.actor].acled_inter)
              : e.actor2.implicit_id.empty() || crowd_or_civilians(InterOf(e.actor2));
      const size_t tw1 = trig_w_[e.trigger].second;
      const int32_t s = static_cast<int32_t>(e.sentence);
      const bool riot_grounds = plain_taken && AnyCue(s, "riot_grounds", [&](const CueHit& c) {
        if (!right_after_in_clause(c, tw1, 10)) return false;
        for (int32_t a : Bucket(s_actors_, s))
          if (actor_w_[a].first <= c.w0 && c.w0 < actor_w_[a].second && doc_.actors[a].acled_inter == "State forces")
            return false;
        return true;
      });
      if (riot_grounds) {
        if (e.actor2.actor >= 0) e.actor2.coded_id = "gen.rioters";
        else SetImplicitId(e.actor2, "gen.rioters");
      }
    }
    // "Hundreds of farmers gathered ...; police detained 14 farmers": those
    // taken, told by the noun the crowd of a protest or riot just told was
    // told by, are that crowd (their words kept, coded as the crowd).
    if (sub == "Arrests" && e.actor2.actor >= 0 && e.actor2.coded_id.empty()) {
      const ActorMention& taken = doc_.actors[e.actor2.actor];
      if (taken.acled_inter == "Civilians" && taken.alias_kind == "generic")
        if (std::string crowd = CrowdToldByNoun(e, words_[actor_w_[e.actor2.actor].second - 1].bare()); !crowd.empty())
          e.actor2.coded_id = std::move(crowd);
    }
    // ACLED never codes the arresting country's own force as whom an arrest
    // took on a report's word that it was assaulted: a home state force told
    // after a preposition (اعتدوا على القوات الأمنية، بادر بإطلاق النار على
    // القوة الأمنية, "attacked the police") is the target of what those
    // taken did, and they are found as for an arrest that names no one.
    if (sub == "Arrests" && e.actor2.actor >= 0 && e.actor2.coded_id.empty() && !empty(e.actor1)) {
      const ActorMention& taken = doc_.actors[e.actor2.actor];
      const std::string here = PlaceCountry(e);
      if (taken.acled_inter == "State forces" && !here.empty() && !OfficialName(taken) &&
          (taken.country.empty() || taken.country == here) && PrecededByPreposition(e.actor2.actor))
        e.actor2 = EventArgument{};
    }
    // A denied Arabic arrest left with no one who made it was the state's: the
    // state force its sentence names last before the arrest word (قوات X أحبطت
    // ... وألقت القبض), else the police of the event's country (توقيف 14 شخصاً،
    // نفى توقيف أي من المحتجين), as ACLED codes an arrest by unnamed
    // authorities — none where the country has no police of its own row.
    // A crowd or civilians supplied as its doer (the protesters just told)
    // made no arrest.
    const auto crowd_inter = [](const std::string& inter) {
      return inter == "Protesters" || inter == "Rioters" || inter == "Civilians";
    };
    // The State-forces actor told last before the event word: in its
    // sentence or, nearest first, in up to `back` sentences before it;
    // `strict` wants a named body (no person, place or adjective) of the
    // country `here` (when both are known). -1 if none.
    const auto latest_state_force = [&](int32_t back, bool strict, const std::string& here) {
      const size_t tw0 = trig_w_[e.trigger].first;
      const int32_t es = static_cast<int32_t>(e.sentence);
      int32_t force = -1;
      for (int32_t s = es; s >= 0 && s >= es - back && force < 0; --s)
        for (int32_t b : Bucket(s_actors_, s)) {
          const ActorMention& m = doc_.actors[b];
          if (s == es && actor_w_[b].first >= tw0) continue;
          if (m.acled_inter != "State forces") continue;
          if (strict && (m.id.empty() || m.person || actor_is_place_[b] || m.alias_kind == "adjective" ||
                         (!m.country.empty() && !here.empty() && m.country != here)))
            continue;
          if (force < 0 || actor_w_[b].first > actor_w_[force].first) force = b;
        }
      return force;
    };
    if (sub == "Arrests" && !Latin(e) && e.status == "negated" && (empty(e.actor1) || crowd_inter(InterOf(e.actor1)))) {
      e.actor1 = EventArgument{};
      const int32_t force = latest_state_force(0, false, "");
      if (force >= 0) SetActor(e.actor1, force);
      else if (!lex_.NationalForce("gen.police", PlaceCountry(e)).empty()) SetImplicitId(e.actor1, "gen.police");
    }
    // وأعلنت المديرية القبض على 11 شخصاً، أسفرت عمليات نزع السلاح عن ضبط 37
    // بندقية واعتقال 20 مشتبهاً بهم: an Arabic arrest or seizure that happened
    // (or is meant) with no one named or supplied making it was made by the
    // state body the report told last before it — a state force of the
    // event's country named in its sentence before the event word or in the
    // three sentences before (an anaphor such as المديرية، القوة refers to
    // it). No police fallback here: where no such body is told, actor 1
    // stays empty.
    if ((sub == "Arrests" || sub == "Disrupted weapons use") && !Latin(e) && e.status != "negated" &&
        empty(e.actor1) && e.quote < 0) {
      const int32_t force = latest_state_force(3, true, PlaceCountry(e));
      if (force >= 0) SetActor(e.actor1, force);
    }
    if (sub != "Arrests" || empty(e.actor1)) continue;
    // اعتقال أشخاص يشتبه في تهريبهم الوقود، أوقف ثلاثة يشتبه في أنهم مهربون:
    // those taken told as smugglers (a `smuggling` cue from the arrest word to
    // ten words after it, in its sentence) are smugglers, not civilians — even
    // when a civilian noun counted them (رجلين، عمال).
    // An Arabic arrest that closes a foiled smuggling its sentence told
    // first (أحبطت محاولة تهريب شحنة أسلحة وضبطت سيارتين واعتقلت سائقيهما):
    // a `smuggling` cue at most twenty words before the arrest word takes
    // those seized as its smugglers too. (English sentences that tell a
    // smuggling first often arrest others: left to the cue after.)
    const size_t before = Latin(e) ? 0 : 20;
    const bool smugglers = AnyCue(static_cast<int32_t>(e.sentence), "smuggling", [&](const CueHit& c) {
      return c.w0 + before >= trig_w_[e.trigger].first && c.w0 <= trig_w_[e.trigger].second + 10;
    });
    if (smugglers && e.actor2.actor >= 0 && e.actor2.coded_id.empty() &&
        doc_.actors[e.actor2.actor].acled_inter == "Civilians" && doc_.actors[e.actor2.actor].alias_kind == "generic")
      e.actor2 = EventArgument{};
    if (!empty(e.actor2)) continue;
    // "Soldiers killed four militiamen and arrested nine others", قتلوا
    // أربعة مسلحين واعتقلوا خمسة آخرين: a count of `counted_others` right
    // after the arrest word takes more of the armed party counted before it
    // in its sentence (a number right before the mention, "suspected"
    // allowed between): the same party, not civilians.
    const auto others_of_counted = [&]() -> int32_t {
      const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
      const int32_t s = static_cast<int32_t>(e.sentence);
      const auto number_ends_at = [&](size_t w) {
        for (int32_t n : Bucket(s_numbers_, s))
          if (num_w_[n].second == w && doc_.numbers[n].kind == NumberMention::Kind::kCardinal) return true;
        return false;
      };
      bool others = false;
      for (size_t w = tw0; w < tw1 + 3 && w < words_.size() && sent_[w] == s && !others; ++w) {
        if (w > tw1 && words_[w - 1].clause_break) break;
        others = WordCue(w, "counted_others") != nullptr && w > 0 && number_ends_at(w);
      }
      if (!others) return -1;
      const std::string by = Actor1Of(e);
      int32_t best = -1;
      for (int32_t a : Bucket(s_actors_, s)) {
        const ActorMention& m = doc_.actors[a];
        const size_t w0 = actor_w_[a].first;
        if (actor_w_[a].second > tw0 || m.id.empty() || m.id == by || m.person || ally_[a]) continue;
        if (!Armed(m.acled_inter) || m.acled_inter == "State forces") continue;
        const bool counted = w0 > 0 && (number_ends_at(w0) || (w0 > 1 && number_ends_at(w0 - 1) &&
                                                                words_[w0 - 1].bare() == "suspected"));
        if (counted) best = a;
      }
      return best;
    };
    if (int32_t a = ArrestedGroup(e); a >= 0) SetActor(e.actor2, a);
    else if (int32_t o = others_of_counted(); o >= 0) SetActor(e.actor2, o);
    else if (ArmedCellTaken(e)) SetImplicitId(e.actor2, "gen.unidentified_armed_group");
    else if (smugglers) SetImplicitId(e.actor2, "gen.smugglers");
    else if (std::string doers = CulpritsTaken(e); !doers.empty()) SetImplicitId(e.actor2, std::move(doers));
    else if (std::string crowd = CrowdNear(e); !crowd.empty()) SetImplicitId(e.actor2, std::move(crowd));
    else if (e.status == "negated") {
      // "No arrests have been made", لم تعتقل أحداً: those not taken are the
      // doers of the attack just told, when the report names them; no
      // civilian was taken.
      if (std::string doers = DoersNotArrested(e); !doers.empty()) SetImplicitId(e.actor2, std::move(doers));
    } else SetImplicitId(e.actor2, "gen.civilians");
  }
  // اعتقلت الشرطة ستة أشخاص يشتبه في تزويدهم الجماعة بالمعلومات، بتهمة
  // تمويل الجماعة، بتهمة التعاون مع الميليشيا: people an Arabic arrest took
  // on a charge of aiding an armed group (an `aid_charge` cue at most twelve
  // words after the arrest word, no clause break between) are its suppliers,
  // financiers or informers — civilians, as ACLED codes them — not the group
  // named after the charge (nor the group only supplied for them).
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Arrests" || Latin(e) || e.status == "negated") continue;
    const std::string taken = Actor2Of(e);
    const ActorInfo* info = taken.empty() ? nullptr : lex_.Actor(taken);
    if (!info || !Armed(info->acled_inter) || StateOrForeign(info->acled_inter)) continue;
    const size_t tw1 = trig_w_[e.trigger].second;
    const int32_t s = static_cast<int32_t>(e.sentence);
    const bool aid = AnyCue(s, "aid_charge", [&](const CueHit& c) {
      if (!right_after_in_clause(c, tw1, 12)) return false;
      // The group is the one aided, told after the charge; those taken told
      // as its men before it (عنصرين من التنظيم بتهمة تمويل) are the group.
      return e.actor2.actor < 0 || actor_w_[e.actor2.actor].first >= c.w1;
    });
    if (aid) SetImplicitId(e.actor2, "gen.civilians");
  }
  // أفرجت السلطات عن 12 من المعتقلين، قبل أن يُخلى سبيل ثلاثة منهم: an Arabic
  // release of people counted by a plain noun, by a pronoun or not told
  // frees those the report told taken: when the latest arrest told before it
  // (not denied) took a crowd (Protesters, or Rioters), those freed are that
  // crowd, as ACLED codes them, not civilians.
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Other" || e.plover_mode != "release" || Latin(e)) continue;
    const bool plain_freed =
        e.actor2.actor >= 0
            ? e.actor2.coded_id.empty() && doc_.actors[e.actor2.actor].alias_kind == "generic" &&
                  doc_.actors[e.actor2.actor].acled_inter == "Civilians"
            : e.actor2.implicit_id.empty() || e.actor2.implicit_id == "gen.civilians";
    if (!plain_freed) continue;
    const size_t ew0 = trig_w_[e.trigger].first;
    const Event* taking = nullptr;
    for (const Event& o : doc_.events) {
      if (&o == &e || o.acled_sub_event_type != "Arrests" || o.status == "negated" || o.sentence > e.sentence) continue;
      if (o.sentence == e.sentence && trig_w_[o.trigger].first > ew0) continue;
      if (taking && (o.sentence < taking->sentence ||
                     (o.sentence == taking->sentence && trig_w_[o.trigger].first < trig_w_[taking->trigger].first)))
        continue;
      taking = &o;
    }
    if (!taking) continue;
    std::string crowd = !taking->actor2.coded_id.empty() ? taking->actor2.coded_id : Actor2Of(*taking);
    if (crowd == "gen.protesters" && CrowdNear(*taking) == "gen.rioters") crowd = "gen.rioters";
    const ActorInfo* info = lex_.Actor(crowd);
    if (!info || (info->acled_inter != "Protesters" && info->acled_inter != "Rioters")) continue;
    if (e.actor2.actor >= 0) e.actor2.coded_id = std::move(crowd);
    else SetImplicitId(e.actor2, std::move(crowd));
  }
}

// "Arrested a cell of four", اعتقال خلية إرهابية: those taken are an armed
// band, whoever they are. An `armed_cell` cue from the trigger's first word
// to six words after its last, in its sentence (the trigger may hold it).
bool Builder::ArmedCellTaken(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  return AnyCue(static_cast<int32_t>(e.sentence), "armed_cell",
                [&](const CueHit& c) { return c.w0 >= tw0 && c.w0 <= tw1 + 6; });
}

// "Arrested four of the attackers", القبض على 15 من المشاركين في الاعتداء،
// اعتقال أشخاص يشتبه في تورطهم بالهجوم: those taken are told as the doers
// of the violence (or the crowd) just reported — a `culprits` cue, or a
// noun for the attackers (`doer_anaphor`: لاحقوا المهاجمين وألقوا القبض على
// أربعة منهم), within eight words of the arrest word in its sentence. They
// are the non-state side of the latest violent, riot or protest event of
// its sentence or the three before, at the same scene; doers told only by a
// generic noun (gunmen) stay unidentified. "" when no such event or only
// the state's forces did it.
std::string Builder::CulpritsTaken(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  const int32_t s = static_cast<int32_t>(e.sentence);
  const auto near = [&](const CueHit& c) { return c.w1 + 8 >= tw0 && c.w0 <= tw1 + 8; };
  // The attackers told again and counted from (اعتقلت ثلاثة من المهاجمين،
  // طاردت المهاجمين واعتقلت أربعة منهم): a partitive takes those seized
  // from the doers of the attack; the noun alone may name others than those
  // taken (اعتقلت شخصين بعد فرار المهاجمين).
  const auto counted_from_doers = [&](const CueHit& c) {
    if (!near(c)) return false;
    // The partitive follows the arrest word closely, in its clause (قتلت عدداً
    // من المهاجمين واعتقلت 20 مشتبهاً بهم: those killed were the attackers).
    if (c.w0 > 0 && WordCue(c.w0 - 1, "partitive"))
      return c.w0 >= tw1 && c.w0 <= tw1 + 4 && clause_[c.w0] == clause_[tw0];
    if (c.w1 > tw0) return false;
    for (size_t w = tw1; w < tw1 + 4 && w < words_.size() && sent_[w] == s; ++w)
      if (WordCue(w, "partitive_pronoun")) return true;
    return false;
  };
  if (!AnyCue(s, "culprits", near) && !AnyCue(s, "doer_anaphor", counted_from_doers)) return "";
  // The latest such event told before the arrest word; failing one, a deed
  // its own sentence tells after it (اعتقال 14 مشتبهاً به بعد ليلة شهدت ...).
  const Event* deed = nullptr;
  for (const bool after : {false, true}) {
    for (const Event& o : doc_.events) {
      if (&o == &e || o.sentence > e.sentence || e.sentence - o.sentence > 3 || !Happened(o.status)) continue;
      if ((o.sentence == e.sentence && trig_w_[o.trigger].first > tw0) != after) continue;
      const bool violent = ViolentEventType(o.acled_event_type) || o.acled_event_type == "Riots" ||
                           o.acled_event_type == "Protests" || o.acled_sub_event_type == "Looting/property destruction";
      if (!violent) continue;
      if (deed && (o.sentence < deed->sentence ||
                   (o.sentence == deed->sentence && trig_w_[o.trigger].first < trig_w_[deed->trigger].first)))
        continue;
      deed = &o;
    }
    if (deed) break;
  }
  if (!deed) return "";
  // A crowd that rioted or marched is taken as such, whatever the report
  // called it (residents who burned homes are rioters).
  if (deed->acled_event_type == "Riots" && deed->actor1.actor >= 0 && !Armed(InterOf(deed->actor1))) return "gen.rioters";
  if (deed->acled_event_type == "Protests") return "gen.protesters";
  for (const EventArgument* side : {&deed->actor1, &deed->actor2}) {
    const std::string id = !side->coded_id.empty() ? side->coded_id : side == &deed->actor1 ? Actor1Of(*deed) : Actor2Of(*deed);
    const ActorInfo* info = lex_.Actor(id);
    if (!info || StateOrForeign(info->acled_inter) ||
        info->acled_inter == "Civilians" || info->acled_inter.empty())
      continue;
    return id;
  }
  return "";
}

// The named non-state armed party that did the violence (or the burning,
// the looting) told last, up to the
// sentence of a denied arrest, or "" (a generic or unidentified doer, a
// state force, a crowd).
std::string Builder::DoersNotArrested(const Event& e) const {
  const std::string by = Actor1Of(e);
  std::string doers;
  size_t latest = 0;
  for (const Event& o : doc_.events) {
    if (&o == &e || o.sentence > e.sentence || e.sentence - o.sentence > 4) continue;
    if (!doers.empty() && o.sentence < latest) continue;
    if (!ViolentEventType(o.acled_event_type) && o.acled_sub_event_type != "Looting/property destruction") continue;
    const std::string id = Actor1Of(o);
    const ActorInfo* info = lex_.Actor(id);
    if (!info || id == by || info->country.empty() || StateOrForeign(info->acled_inter) || !Armed(info->acled_inter))
      continue;
    if (o.actor1.actor >= 0 && doc_.actors[o.actor1.actor].alias_kind == "generic") continue;
    doers = id;
    latest = o.sentence;
  }
  return doers;
}

// A negation before the arrest word in its clause, at most six words
// before it ("no arrests", "no suspect had yet been arrested", "no one was
// detained") denies that anyone was taken; one after it ("detained no
// one") leaves the crowd it faced as the one not taken.
bool Builder::NoOneTaken(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  return AnyCue(static_cast<int32_t>(e.sentence), "negation", [&](const CueHit& c) {
    return c.row->scope == "following" && c.row->kind.empty() && c.w0 < tw1 && c.w0 + 6 >= tw0 &&
           clause_[c.w0] == clause_[tw1 - 1];
  });
}

// An `unclaimed` cue (لم تتبنَّ أي جهة، "no one has claimed") in the event's
// sentence or up to three sentences after it.
bool Builder::Unclaimed(const Event& e) const {
  const int32_t es = static_cast<int32_t>(e.sentence);
  for (int32_t sentence = es; sentence <= es + 3; ++sentence)
    for (int32_t ci : Bucket(s_cues_, sentence))
      if (cues_[ci].row->type == "unclaimed") return true;
  return false;
}

// The one non-state armed group the report names (rebels, militias; its
// wings and parents count as one), or "" when it names none or several.
// A community's militia (identity militia: tribesmen in a feud) sends no
// suicide bombers: it is never the insurgency the report is about.
std::string Builder::SoleArmedGroup() const {
  std::string sole;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    const ActorMention& m = doc_.actors[a];
    if (m.id.empty() || m.person || m.alias_kind == "generic" || actor_is_place_[a] || !Armed(m.acled_inter) ||
        StateOrForeign(m.acled_inter) || m.acled_inter == "Identity militia")
      continue;
    if (sole.empty()) sole = m.id;
    else if (m.id != sole && !lex_.Related(m.id, sole)) return "";
  }
  return sole;
}

// The armed actor named right after a `launcher` cue of the event's sentence
// ("laid by", "planted by", زرعها), or -1.
int32_t Builder::LayerNamed(const Event& e) const {
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  for (int32_t a : Bucket(s_actors_, sentence)) {
    const ActorMention& m = doc_.actors[a];
    if (!ArmedParty(m)) continue;
    const size_t w = actor_w_[a].first;
    if (RightAfterCue(sentence, "launcher", w)) return a;
  }
  return -1;
}

// The one armed party a sentence names (by name, not a generic word for
// fighters), when the event's trigger is an English passive that tells no
// agent; -1 when it is not passive, names none or more than one, or the
// party only tells of the event or is its victim.
int32_t Builder::SoleArmedPartyBesidePassive(const Event& e, int32_t victim) const {
  if (!Latin(e) || doc_.triggers[e.trigger].voice != "passive") return -1;
  const int32_t sentence = sent_[trig_w_[e.trigger].first];  // e.sentence is not set while arguments are found
  // "were raped by men in uniform": an agent told, however vaguely.
  const size_t tw1 = trig_w_[e.trigger].second;
  if (tw1 < words_.size() && words_[tw1].text() == "by") return -1;
  // "..., and on Tuesday several shops in Goma were looted": a passive whose
  // own clause names a day or a place of its own tells another incident.
  size_t clause_start = trig_w_[e.trigger].first;
  while (clause_start > 0 && sent_[clause_start - 1] == sentence) {
    const std::string_view t = words_[clause_start - 1].text();
    if (t == "and" || t == "," || t == ";" || t == "while" || t == "when") break;
    --clause_start;
  }
  const uint32_t from = doc_.tokens[words_[clause_start].first].span.begin;
  const uint32_t to = doc_.triggers[e.trigger].span.begin;
  for (int32_t p : Bucket(s_places_, sentence))
    if (doc_.places[p].span.begin >= from && doc_.places[p].span.begin < to) return -1;
  for (int32_t d : Bucket(s_dates_, sentence))
    if (doc_.dates[d].span.begin >= from && doc_.dates[d].span.begin < to) return -1;
  int32_t found = -1;
  for (int32_t a : Bucket(s_actors_, sentence)) {
    const ActorMention& m = doc_.actors[a];
    // "witnesses said RSF fighters had looted": a mention right after a
    // speech verb that an event word follows is that event's subject, not
    // the speaker.
    const bool subject_of_deed = TriggerBetween(actor_w_[a].second, actor_w_[a].second + 3);
    // A place read as its government ("in Zamfara State") names no one there.
    if (!ArmedParty(m) || actor_is_place_[a] || a == victim || (TellsIt(e, a) && !subject_of_deed)) continue;
    // "Two officers of the army were abducted": a party in the passive's own
    // subject, with no other event word between it and the verb, is harmed.
    if (actor_w_[a].second <= trig_w_[e.trigger].first && !TriggerBetween(actor_w_[a].second, trig_w_[e.trigger].first))
      continue;
    // "armed men in military uniform looted shops, and two women were
    // raped": unnamed doers beside it leave the harm unnamed too.
    // A generic word right after a name ("RSF gunmen") is that party.
    if (m.alias_kind == "generic" || Unidentified(m.id)) {
      const bool named_before = a > 0 && actor_w_[a - 1].second == actor_w_[a].first && ArmedParty(doc_.actors[a - 1]) &&
                                doc_.actors[a - 1].alias_kind != "generic";
      if (!named_before) return -1;
      continue;
    }
    if (found >= 0 && doc_.actors[found].id != m.id) return -1;
    if (found < 0) found = a;
  }
  return found;
}

// An armed group that mourns the dead of a strike, in its sentence or the
// next ("killing two, whom Hezbollah later mourned", نعى حزب الله …), names
// them as its own: the group is the strike's target, actor 2, in place of
// the civilians supplied by default.
void Builder::MournedDeadOfStrikes() {
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Explosions/Remote violence" || e.actor2.actor >= 0 || !e.fatalities) continue;
    if (!e.actor2.implicit_id.empty() && e.actor2.implicit_id != "gen.civilians") continue;
    if (e.civilian_fatalities) continue;  // the toll itself names civilians
    const std::string by = Actor1Of(e);
    int32_t mourner = -1;
    for (int32_t sentence : {static_cast<int32_t>(e.sentence), static_cast<int32_t>(e.sentence) + 1}) {
      for (int32_t ci : Bucket(s_cues_, sentence)) {
        const CueHit& c = cues_[ci];
        if (c.row->type != "mourned" || tok_quote_[words_[c.w0].first] >= 0) continue;
        if (sentence != static_cast<int32_t>(e.sentence) && c.w0 < trig_w_[e.trigger].second) continue;
        for (int32_t a : Bucket(s_actors_, sentence)) {
          const ActorMention& m = doc_.actors[a];
          if (!ArmedParty(m)) continue;
          if (!by.empty() && lex_.Related(m.id, by)) continue;
          const size_t w0 = actor_w_[a].first, w1 = actor_w_[a].second;
          if ((w1 <= c.w0 && c.w0 - w1 <= 1) || (w0 >= c.w1 && w0 - c.w1 <= 1)) mourner = a;
        }
        if (mourner >= 0) break;
      }
      if (mourner >= 0) break;
    }
    if (mourner >= 0) SetActor(e.actor2, mourner);
  }
}

// Only states fly warplanes and drop gas: an air strike or chemical attack
// told with no doer ("a drone strike killed 26", قصف جوي استهدف منزلاً) is
// by the doer of the last strike of its kind the report names ("a second
// drone attack"), else by the air power the report gives (AirPowerOf).
void Builder::UnnamedAirPower() {
  // A mention joined to what went before by a doer's link: English "by"
  // (or "by the") right before it, an Arabic ل on its first word (غارة للجيش).
  const auto doer_linked = [&](int32_t actor) {
    const size_t w0 = actor_w_[actor].first;
    const LexWord& first = words_[w0];
    if (first.end > first.first + 1 && doc_.tokens[first.first].piece == Piece::kProclitic) {
      const std::string_view p = doc_.TokenText(first.first);
      return p == "\xD9\x84" || p == "\xD9\x84\xD9\x84";  // ل لل
    }
    const size_t by = w0 > 0 && words_[w0 - 1].text() == "the" ? w0 - 1 : w0;
    return by > 0 && words_[by - 1].text() == "by";
  };
  for (Event& e : doc_.events) {
    const Label& sub = e.acled_sub_event_type;
    // An implicit doer that flies no aircraft (a report's main actor, an
    // armed group) is no air power either: "the operation began with drone
    // strikes" in a report on a raid on a militia's camp.
    // The drone's owner named on it, with another party read as its doer
    // (the group a statement blamed for the attack the strike answers): the
    // owner struck; the other party, when the owner was read as what was
    // hit, is what it hit. The owner must follow the strike's own word: a
    // channel's name before it (قناة المسيرة التابعة لـ X) owns no drone.
    if (sub == "Air/drone strike" && e.actor1.actor >= 0)
      if (const int32_t owner = StrikingWeaponOwner(e);
          owner >= 0 && actor_w_[owner].first > trig_w_[e.trigger].first &&
          doc_.actors[e.actor1.actor].id != doc_.actors[owner].id) {
        const EventArgument was = e.actor1;
        SetActor(e.actor1, owner);
        if (e.actor2.actor >= 0 && doc_.actors[e.actor2.actor].id == doc_.actors[owner].id) e.actor2 = was;
        continue;
      }
    if (sub == "Air/drone strike" && e.actor1.actor < 0)
      if (const int32_t owner = StrikingWeaponOwner(e); owner >= 0) {
        SetActor(e.actor1, owner);
        // The drone's owner read as what it hit is its doer only: one party
        // is never both sides.
        if (e.actor2.actor >= 0 && doc_.actors[e.actor2.actor].id == doc_.actors[owner].id) e.actor2 = EventArgument{};
        continue;
      }
    // A state's police supplied as the doer (a report's main actor: its
    // arrests, its crowds) flies no aircraft: the report's air power struck.
    const ActorInfo* supplier = e.actor1.implicit_id.empty() ? nullptr : lex_.Actor(e.actor1.implicit_id);
    const bool supplied = supplier && InterOf(e.actor1) == "State forces" && supplier->plover_sector != "COP";
    if ((sub != "Air/drone strike" && sub != "Chemical weapon") || e.status == "negated" || e.actor1.actor >= 0 || supplied)
      continue;
    std::string by;
    for (const Event& o : doc_.events)
      if (&o != &e && o.sentence <= e.sentence && o.acled_sub_event_type == sub && o.actor1.actor >= 0 &&
          !doc_.actors[o.actor1.actor].id.empty() && Armed(InterOf(o.actor1)))
        by = doc_.actors[o.actor1.actor].id;
    if (by.empty()) by = AirPowerOf(e);
    // "a drone strike by the Malian army", خلال غارة للجيش: the air power
    // the report would supply, named after a doer's link (by, ل) and read as
    // what was hit, is the doer — one party is never both sides; the bombs
    // or gas fall on a population.
    if (!by.empty() && e.actor2.actor >= 0 && doc_.actors[e.actor2.actor].id == by && doer_linked(e.actor2.actor)) {
      SetActor(e.actor1, e.actor2.actor);
      e.actor2 = EventArgument{};
      SetImplicitId(e.actor2, "gen.civilians");
      continue;
    }
    if (!by.empty()) SetImplicitId(e.actor1, std::move(by));
  }
}

// Armed groups fly drones too: the drone that struck tells whose it was —
// its owner after a word of belonging (مسيّرات تابعة لقوات X، "drones
// belonging to X"), a group's adjective on it (طائرة مسيّرة حوثية، "a Houthi
// drone") or who launched it (أطلقتها جماعة X, "launched by X"). Not its
// maker (إيرانية الصنع), nor the owner of what it hit (سيارة تابعة لـ X):
// the word of belonging must follow the weapon's own word. -1 when none.
int32_t Builder::StrikingWeaponOwner(const Event& e) const {
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  for (int32_t a : Bucket(s_actors_, sentence)) {
    const ActorMention& m = doc_.actors[a];
    const size_t w0 = actor_w_[a].first, w1 = actor_w_[a].second;
    if (m.id.empty() || m.person || !Armed(m.acled_inter)) continue;
    if (w0 + 6 < tw0 || w0 > tw1 + 8) continue;
    // A generic noun names the owner only right after the word of belonging
    // (مسيّرات تابعة للجيش، "drones belonging to the army").
    const bool generic = m.alias_kind == "generic";
    if (!generic && RightAfterCue(sentence, "launcher", w0)) return a;
    // The weapon's word right before the word of belonging, or before a doubt
    // on whose it was (مسيّرات يُعتقد أنها تابعة لقوات X، "drones, believed to
    // belong to X": a comma may stand before the doubt).
    const auto weapon_before = [&](size_t w) {
      if (w > 0 && WordCue(w - 1, "weapon") != nullptr) return true;
      return w > 1 && words_[w - 1].clause_break && WordCue(w - 2, "weapon") != nullptr;
    };
    const bool owned = AnyCue(sentence, "belonging", [&](const CueHit& c) {
      if (c.w1 != w0 || c.w0 == 0) return false;
      if (WordCue(c.w0 - 1, "weapon") != nullptr) return true;
      return AnyCue(sentence, "detail_doubt", [&](const CueHit& d) { return d.w1 == c.w0 && weapon_before(d.w0); });
    });
    if (owned) return a;
    if (generic || m.alias_kind != "adjective" || Maker(a)) continue;
    // So does a nationality adjective right after a doubt on the weapon
    // (طائرات مسيّرة، يُعتقد أنها أمريكية، "drones, believed to be American").
    const bool qualifies =
        Latin(w0) ? WordCue(w1, "weapon") != nullptr
                  : (w0 > 0 && WordCue(w0 - 1, "weapon") != nullptr) ||
                        AnyCue(sentence, "detail_doubt", [&](const CueHit& d) { return d.w1 == w0 && weapon_before(d.w0); });
    if (qualifies) return a;
  }
  return -1;
}

// Whose air power struck, when no strike of the kind names it: the state
// force that does the report's other remote violence (its shelling), else
// the military the report names most (a named force over a generic noun;
// police fly no jets); a generic "army" only where it names the country's.
std::string Builder::AirPowerOf(const Event& e) const {
  for (const Event& o : doc_.events)
    if (&o != &e && o.acled_event_type == "Explosions/Remote violence" && InterOf(o.actor1) == "State forces") {
      // Police fly no jets: a shelling only supplied to them tells nothing.
      const ActorInfo* doer = lex_.Actor(Actor1Of(o));
      if (doer && doer->plover_sector == "COP") continue;
      return Actor1Of(o);
    }
  std::map<std::string, int> count;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    const ActorMention& m = doc_.actors[a];
    if (m.id.empty() || m.person || m.acled_inter != "State forces" || m.plover_sector != "MIL" || m.alias_kind == "adjective" ||
        actor_is_place_[a] || victim_[a])
      continue;
    count[m.id] += m.alias_kind == "generic" ? 1 : 1000;
  }
  std::string best;
  int n = 0;
  for (const auto& [id, c] : count)
    if (c > n) best = id, n = c;
  if (n >= 1000) return best;
  const std::string country = PlaceCountry(e);
  if (country.empty()) return "";
  if (best.empty()) best = "gen.army";
  if (!lex_.NationalForce(best, country).empty()) return best;
  // A country with no one national army (Libya: rival forces hold its
  // regions) and none named: whose aircraft flew is unknown — ACLED's
  // Unidentified military forces, not the army of the region it fell in.
  return best == "gen.army" ? "gen.unidentified_military" : "";
}

// Whom an arrest takes, when its roles did not say: the named non-state
// group or crowd the sentence names besides the arresting force ("raids that netted
// suspected IS members", اعتقال عدد من المحتجين), the one nearest the
// trigger; -1 when it names none.
int32_t Builder::ArrestedGroup(const Event& e) const {
  const std::string by = Actor1Of(e);
  const size_t tw = trig_w_[e.trigger].first;
  int32_t best = -1;
  size_t best_gap = SIZE_MAX;
  for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
    const ActorMention& m = doc_.actors[a];
    // Not a generic noun: مسلحين، جهة مجهولة name no one taken.
    if (m.id.empty() || m.id == by || m.person || m.alias_kind == "adjective" || m.alias_kind == "generic" ||
        actor_is_place_[a] || ally_[a])
      continue;
    if (StateOrForeign(m.acled_inter) || m.acled_inter == "Civilians" ||
        m.acled_inter.empty())
      continue;
    const size_t w = actor_w_[a].first;
    const size_t gap = w > tw ? w - tw : tw - w;
    if (gap < best_gap) best = a, best_gap = gap;
  }
  return best;
}

// "Police detained 14 people" in a report of a protest or riot just told:
// the people are its crowd (Protesters, or Rioters when it turned violent).
std::string Builder::CrowdNear(const Event& e) const {
  std::string crowd;
  for (const Event& o : doc_.events) {
    if (o.sentence > e.sentence || e.sentence - o.sentence > 2) continue;
    if (o.acled_event_type != "Protests" && o.acled_event_type != "Riots") continue;
    // "protested against the arrest of a notable", احتجاجاً على اعتقال: the
    // arrest is what the crowd protests, and the one taken is not of it.
    // The topic must lead to an arrest word (one of its clause, at most two
    // words after it — "against the arrest of", احتجاجاً على اعتقال):
    // "protested over low pensions, and police detained eleven of them"
    // tells a topic and then the crowd's arrest.
    const size_t ow1 = trig_w_[o.trigger].second, ew0 = trig_w_[e.trigger].first;
    const auto leads_to_arrest = [&](const CueHit& c) {
      for (size_t t = 0; t < doc_.triggers.size(); ++t) {
        const size_t w = trig_w_[t].first;
        if (doc_.triggers[t].acled_sub_event_type == "Arrests" && w >= c.w1 && w - c.w1 <= 2 &&
            clause_[w] == clause_[c.w0])
          return true;
      }
      return false;
    };
    if (o.sentence == e.sentence && ow1 <= ew0 &&
        AnyCue(static_cast<int32_t>(e.sentence), "topic",
               [&](const CueHit& c) { return c.w0 >= ow1 && c.w1 <= ew0 && leads_to_arrest(c); }))
      continue;
    // A town's crowd is not who the police took in another town (a march in
    // one city, "as police detained a journalist in" another).
    if (ScenesApart(e, o)) continue;
    // Residents who marched are coded Protesters while keeping their words.
    const std::string id = o.actor1.coded_id.empty() ? Actor1Of(o) : o.actor1.coded_id;
    const ActorInfo* info = lex_.Actor(id);
    if (info && (info->acled_inter == "Protesters" || info->acled_inter == "Rioters")) crowd = id;
  }
  return crowd;
}

// "The assailants also torched 30 homes", "women were raped during the
// attack": a burning, a looting, an abduction or a rape whose doers are told
// only by a noun referring back to an attack (`doer_anaphor`, within twelve
// words of its event word) was done by that attack's doers — the latest
// battle or violence against civilians of the two sentences before, or of
// its own sentence before it, at the same scene, when a named armed party
// did it. (Such deeds stay events of their own: FoldDeedsOfTheAttackers.)
void Builder::DoersOfTheAttackReferredTo() {
  for (Event& e : doc_.events) {
    const bool own_deed = e.acled_event_type == "Violence against civilians" ||
                          e.acled_sub_event_type == "Looting/property destruction";
    if (!own_deed || e.acled_sub_event_type == "Attack") continue;
    const std::string a1 = Actor1Of(e);
    if (!a1.empty() && !Unidentified(a1)) continue;
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    const int32_t s = static_cast<int32_t>(e.sentence);
    const bool referred = AnyCue(s, "doer_anaphor", [&](const CueHit& c) {
      return c.w1 <= w0 ? w0 - c.w1 <= 12 : c.w0 >= w1 ? c.w0 - w1 <= 12 : true;
    });
    if (!referred) continue;
    const Event* attack = nullptr;
    for (const Event& o : doc_.events) {
      if (&o == &e || o.sentence > e.sentence || e.sentence - o.sentence > 2) continue;
      if (o.sentence == e.sentence && trig_w_[o.trigger].first >= w0) continue;
      if (o.acled_event_type != "Violence against civilians" && o.acled_event_type != "Battles") continue;
      if (!Happened(o.status) || o.quote >= 0) continue;
      if (attack && (o.sentence < attack->sentence ||
                     (o.sentence == attack->sentence && trig_w_[o.trigger].first < trig_w_[attack->trigger].first)))
        continue;
      attack = &o;
    }
    if (!attack || ScenesApart(*attack, e)) continue;
    const std::string doers = Actor1Of(*attack);
    if (doers.empty() || Unidentified(doers) || !Armed(InterOf(attack->actor1))) continue;
    e.actor1 = attack->actor1;
  }
  // وأطلق الخاطفون سراح الشابين، "the kidnappers freed the two": a release
  // whose doer is told only by a noun referring back to captors
  // (`doer_anaphor` inside its words or right after them) was done by the
  // doers of the latest abduction told before it — unidentified ones too:
  // the captors are those who took them, whoever they were.
  for (Event& e : doc_.events) {
    if (e.plover_mode != "release" || !Actor1Of(e).empty()) continue;
    const size_t w0 = trig_w_[e.trigger].first, w1 = trig_w_[e.trigger].second;
    const int32_t s = static_cast<int32_t>(e.sentence);
    // Not a phrase naming the attack itself ("freed during the raid": kind
    // event), which names no captors.
    if (!AnyCue(s, "doer_anaphor", [&](const CueHit& c) { return c.row->kind != "event" && c.w0 >= w0 && c.w0 <= w1; }))
      continue;
    const Event* taking = nullptr;
    for (const Event& o : doc_.events) {
      if (&o == &e || o.acled_sub_event_type != "Abduction/forced disappearance" || o.sentence > e.sentence) continue;
      if (o.sentence == e.sentence && trig_w_[o.trigger].first >= w0) continue;
      if (!Happened(o.status) || Actor1Of(o).empty()) continue;
      if (taking && (o.sentence < taking->sentence ||
                     (o.sentence == taking->sentence && trig_w_[o.trigger].first < trig_w_[taking->trigger].first)))
        continue;
      taking = &o;
    }
    if (taking) e.actor1 = taking->actor1;
  }
}

// Are two events told at different places, neither holding the other?
bool Builder::ScenesApart(const Event& a, const Event& b) const {
  if (a.place < 0 || b.place < 0 || PlaceKeyOf(a) == PlaceKeyOf(b)) return false;
  return !Encloses(a.place, b.place) && !Encloses(b.place, a.place);
}

// ACLED codes an interception with the side whose weapon was stopped as
// actor 2: named after the trigger by the weapon's nationality ("Ukrainian
// drones", مسيّرة أوكرانية — not its maker, إماراتية الصنع) or as who
// launched it ("launched by", أطلقتها); unnamed, the interceptor's enemy.
// When that side was read as the interceptor, the interceptor is the other
// camp the report names most.
void Builder::InterceptedWeaponOwners() {
  // The one rebel group or political militia a weapon stopped in a force's
  // hands is laid at: named (not by a generic noun) in the event's own
  // sentence (ضبطت بحوزتهم عبوتين after arresting a cell of X), or a party to
  // an event of the sentence before at the same scene ("an IED wounded
  // soldiers near X, blamed on Y; troops defused a second bomb"); "" when
  // none or several. A community's militia keeps no bomb ACLED lays at its
  // door, nor do foreign forces; a group told at another town before is no
  // owner of a find here.
  auto owner_at_scene = [this](const Event& e) {
    std::string sole;
    bool several = false;
    auto consider = [&](const std::string& id, std::string_view inter, bool generic) {
      if (id.empty() || generic || Unidentified(id) || !Armed(inter) || StateOrForeign(inter) ||
          inter == "Identity militia")
        return;
      if (sole.empty()) sole = id;
      else if (id != sole && !lex_.Related(id, sole)) several = true;
    };
    for (int32_t a : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
      const ActorMention& m = doc_.actors[a];
      if (!m.person && !actor_is_place_[a]) consider(m.id, m.acled_inter, m.alias_kind == "generic");
    }
    for (const Event& o : doc_.events) {
      if (&o == &e || o.sentence + 1 != e.sentence || o.place < 0 || e.place < 0 || ScenesApart(o, e)) continue;
      for (const std::string& id : {Actor1Of(o), Actor2Of(o)})
        if (const ActorInfo* info = lex_.Actor(id)) consider(id, info->acled_inter, Unidentified(id));
    }
    return several ? std::string() : sole;
  };
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Disrupted weapons use") continue;
    const int32_t owner = WeaponOwner(e);
    if (owner < 0) {
      // "The army said a drone was shot down": the force before a passive
      // interception reports its own deed, it is not what was stopped; an
      // agent only supplied (the report's main actor) is the other side.
      if (e.actor1.actor < 0 && e.actor2.actor >= 0 && InterOf(e.actor2) == "State forces") std::swap(e.actor1, e.actor2);
      // Unnamed, a weapon stopped in use is the interceptor's enemy's, the
      // one the report names most. A cache found or seized (PLOVER
      // confiscate) may be anyone's, stored long ago: no owner is told; nor
      // is one of a bomb defused ("defused a roadside bomb", a `planted_before`
      // lemma): it was planted before, by hands the report does not know.
      const bool planted_before = LemmaCue(doc_.triggers[e.trigger], "planted_before") != nullptr;
      if (Actor2Of(e).empty() && !Actor1Of(e).empty() && e.plover_mode != "confiscate" && !planted_before) {
        // A generic force ("our air defence") is the country's where it
        // stopped the weapon: its enemy is that country's.
        std::string self = Actor1Of(e);
        if (const ActorInfo* info = lex_.Actor(self); info && info->country.empty() && self.starts_with("gen."))
          if (std::string coded = RegionalForce(self, e, e.date >= 0 ? doc_.dates[e.date].value : ReferenceDay(doc_));
              !coded.empty())
            self = std::move(coded);
        if (std::string other = LikelyOpponent(self); !other.empty()) SetImplicitId(e.actor2, std::move(other));
      }
      // A bomb defused or a cache seized by a state force where the sentence
      // or the one before names one armed group alone ("Maoists blew up a
      // vehicle …; police defused two more IEDs", ضبطت بحوزتهم عبوتين after
      // arresting a cell of X): ACLED lays it at that group's door. A group
      // named farther off, or several, leave the owner unknown.
      if (Actor2Of(e).empty() && InterOf(e.actor1) == "State forces")
        if (std::string owner = owner_at_scene(e); !owner.empty()) SetImplicitId(e.actor2, std::move(owner));
      // أحبطت محاولة تهريب شحنة أسلحة، حجزت سيارات محملة بالأسلحة بعد
      // اشتباك مع مهربين: arms a state force stopped in a smuggling its
      // sentence tells (a `smuggling` cue up to twenty words before the
      // trigger or ten after it, as for an arrest) are the smugglers'.
      if (Actor2Of(e).empty() && !Latin(e) && InterOf(e.actor1) == "State forces" &&
          AnyCue(static_cast<int32_t>(e.sentence), "smuggling", [&](const CueHit& c) {
            return c.w0 + 20 >= trig_w_[e.trigger].first && c.w0 <= trig_w_[e.trigger].second + 10;
          }))
        SetImplicitId(e.actor2, "gen.smugglers");
      continue;
    }
    const std::string& id = doc_.actors[owner].id;
    if (Actor1Of(e) == id || lex_.IsWithin(Actor1Of(e), id)) {
      e.actor1 = EventArgument{};
      if (std::string other = LikelyOpponent(id); !other.empty()) SetImplicitId(e.actor1, std::move(other));
    }
    SetActor(e.actor2, owner);
  }
  // Drones shot down over a country with no interceptor named ("six
  // Ukrainian drones were downed over Belgorod"): another state's weapon
  // stopped over it was stopped by that country's forces.
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Disrupted weapons use" || !Actor1Of(e).empty()) continue;
    const std::string country = PlaceCountry(e);
    if (country.empty()) continue;
    // Only a state's weapon tells a front: a bomb found or defused may be
    // any force's find.
    const ActorInfo* other = lex_.Actor(Actor2Of(e));
    if (!other || other->acled_inter != "State forces" || other->country.empty() || other->country == country) continue;
    if (std::string army = lex_.NationalForce("gen.army", country); !army.empty()) SetImplicitId(e.actor1, std::move(army));
  }
}

// "Iranian-made", إماراتية الصنع: the adjective names who made the weapon,
// not who used it.
bool Builder::Maker(int32_t a) const {
  return WordCue(actor_w_[a].second, "maker") != nullptr;
}

int32_t Builder::WeaponOwner(const Event& e) const {
  const size_t tw1 = trig_w_[e.trigger].second;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  for (int32_t a : Bucket(s_actors_, sentence)) {
    const ActorMention& m = doc_.actors[a];
    const size_t w = actor_w_[a].first;
    if (m.id.empty() || m.person || !Armed(m.acled_inter)) continue;
    // Who launched it may be told first: "rockets fired by X, most of which were intercepted".
    const bool launcher = RightAfterCue(sentence, "launcher", w);
    if (!launcher && (w < tw1 || w > tw1 + 8)) continue;
    const size_t after = actor_w_[a].second;
    if (launcher) return a;
    if (m.alias_kind != "adjective" || Maker(a)) continue;
    // The adjective must qualify the weapon: in English it stands before a
    // weapon word ("Russian drones"), not in "into Israeli territory"; in
    // Arabic after its noun, which no preposition introduces (فوق الأراضي
    // الأوكرانية is where, not whose).
    const bool latin = Latin(w);
    if (latin ? after < words_.size() && WordCue(after, "weapon") : !PrecededByPreposition(a)) return a;
  }
  return -1;
}

// A bomb, shell or drone that hits a force has that force as actor 2
// (ACLED's target): the armed actor its sentence names as killed or wounded
// (قُتل أربعة جنود من قوات X بانفجار عبوة، "killing four soldiers"), else
// the first one after the trigger in its clause ("struck a patrol of X",
// استهدفت دورية لقوات X) that is not a source ("X said", بحسب X).
// ACLED never codes a state's forces as the layer of a roadside bomb, a
// landmine or an IED: a force the roles made the blast's doer ("a roadside
// bomb struck an army vehicle", عبوة ناسفة استهدفت دورية للجيش) is what it
// hit — actor 2 in place of the civilians supplied by default, a named
// group beside it the layer — and the doer is left to be found (a claim,
// else an unidentified armed group).
// A suicide bomber named by a person noun (فجّرت امرأتان نفسيهما، "a man
// blew himself up") is the attacker, never a civilian actor: the group is
// left to be found like any unnamed layer's.
// (But a force that is itself the subject of an Arabic blowing-up verb
// (`blowing_up` by lemma) whose object is a device — an explosives word
// right after it in its clause: فجّرت القوات عبوة ناسفة — with no one hurt
// set it off on purpose, a controlled detonation: the force is its doer
// and the event disrupted weapons use.)
void Builder::NoStateBombers() {
  const auto own_detonation = [&](const Event& e) {
    if (e.actor1.actor < 0 || e.actor1.implicit || e.fatalities || e.injuries) return false;
    const TriggerMention& tr = doc_.triggers[e.trigger];
    if (Latin(tr) || tr.voice != "active" || !LemmaCue(tr, "blowing_up")) return false;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const size_t a0 = actor_w_[e.actor1.actor].first, a1 = actor_w_[e.actor1.actor].second;
    if (clause_[a0] != clause_[tw0] || !(a1 <= tw0 || a0 == tw1)) return false;  // its subject
    const size_t from = a0 == tw1 ? a1 : tw1;
    for (int32_t u : Bucket(s_triggers_, sent_[tw0]))
      if (u != e.trigger && trig_w_[u].first == from && clause_[trig_w_[u].first] == clause_[tw0] &&
          doc_.triggers[u].acled_sub_event_type == "Remote explosive/landmine/IED")
        return true;
    return false;
  };
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type == "Suicide bomb" && InterOf(e.actor1) == "Civilians") e.actor1 = EventArgument{};
    if (e.acled_sub_event_type == "Remote explosive/landmine/IED" && InterOf(e.actor1) == "State forces" &&
        own_detonation(e)) {
      e.acled_event_type = "Strategic developments";
      e.acled_sub_event_type = "Disrupted weapons use";
      e.plover_event_type = "COERCE";
      e.plover_mode = "confiscate";
      continue;
    }
    if (e.acled_sub_event_type != "Remote explosive/landmine/IED" || InterOf(e.actor1) != "State forces") continue;
    const std::string a2 = InterOf(e.actor2);
    if (a2 == "State forces") {  // the force hit is already actor 2
      e.actor1 = EventArgument{};
      continue;
    }
    const bool named_group = e.actor2.actor >= 0 && Armed(a2);
    EventArgument force = e.actor1;
    if (named_group) e.actor1 = e.actor2;
    else e.actor1 = EventArgument{};
    if (named_group || (e.actor2.actor < 0 && (!e.actor2.implicit || e.actor2.implicit_id == "gen.civilians")) ||
        a2 == "Civilians")
      e.actor2 = force;
  }
}

// An international body without arms (the United Nations itself, not a
// peacekeeping mission: registry country IGO or NGO, sector other than MIL)
// reports violence, it does not do it: it is no doer of violence and no side
// of a battle; the doer is left to be found.
void Builder::UnarmedBodiesFightNot() {
  const auto unarmed_body = [&](const EventArgument& a) {
    const ActorInfo* info = lex_.Actor(a.actor >= 0 ? doc_.actors[a.actor].id : a.implicit_id);
    return info && (info->country == "IGO" || info->country == "NGO") && info->plover_sector != "MIL";
  };
  for (Event& e : doc_.events) {
    if (!ViolentEventType(e.acled_event_type)) continue;
    if (unarmed_body(e.actor1)) e.actor1 = EventArgument{};
    if (e.acled_event_type == "Battles" && unarmed_body(e.actor2)) e.actor2 = EventArgument{};
  }
}

void Builder::TargetsOfExplosions() {
  // "killing two men the army described as Hezbollah operatives", "a man the
  // coalition described as a senior Islamic State commander": the dead of a
  // strike told by what its teller called them (a `victim_identity` cue
  // after the event word) are that armed group — the one named non-state
  // armed party within four words after the cue, past articles, ranks and
  // "members of". English word order only.
  const auto described_victims = [&](const Event& e) -> int32_t {
    if (!Latin(e)) return -1;
    const int32_t sentence = static_cast<int32_t>(e.sentence);
    const size_t tw1 = trig_w_[e.trigger].second;
    const std::string by = Actor1Of(e);
    int32_t found = -1;
    AnyCue(sentence, "victim_identity", [&](const CueHit& c) {
      if (c.w0 < tw1) return false;
      for (int32_t b : Bucket(s_actors_, sentence)) {
        const ActorMention& m = doc_.actors[b];
        const size_t w0 = actor_w_[b].first;
        if (w0 < c.w1 || w0 > c.w1 + 4 || clause_[w0] != clause_[c.w0]) continue;
        if (m.id.empty() || m.person || m.alias_kind == "generic" || m.alias_kind == "adjective" ||
            !Armed(m.acled_inter) || StateOrForeign(m.acled_inter) || (!by.empty() && (m.id == by || lex_.Related(m.id, by))))
          continue;
        found = b;
        return true;
      }
      return false;
    });
    return found;
  };
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Explosions/Remote violence") continue;
    if (const int32_t named = described_victims(e); named >= 0 && !e.civilian_fatalities) {
      SetActor(e.actor2, named);
      continue;
    }
    if (e.actor2.actor >= 0 || e.actor2.implicit) continue;
    int32_t a = ExplosionTarget(e);
    if (a < 0 && AimedAtAccuser(e)) {
      // Nothing hit named, but "its positions" or "its fighters": the
      // armed party that tells of the strike (the RSF said the army dropped
      // gas on its positions) took it.
      const std::string by = Actor1Of(e);
      for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
        const ActorMention& m = doc_.actors[b];
        if (actor_w_[b].second >= trig_w_[e.trigger].first) break;
        if (m.id.empty() || m.person || !Armed(m.acled_inter) || actor_is_place_[b] || ally_[b] ||
            m.alias_kind == "generic" || m.alias_kind == "adjective" || by.empty() || m.id == by ||
            lex_.Related(m.id, by))
          continue;
        a = b;
      }
      if (a >= 0) SetActor(e.actor2, a);
      continue;
    }
    if (a < 0 && TargetedVehicle(e))
      if (std::string enemy = LikelyOpponent(Actor1Of(e)); !enemy.empty()) SetImplicitId(e.actor2, std::move(enemy));
    if (a < 0 && e.actor2.implicit_id.empty() && StateSiteHit(e)) SetImplicitId(e.actor2, "gen.army");
    if (a < 0) continue;
    // Owner of the noun right after the verb, its subject (استهدفت مسيّرة
    // تابعة لـ X سيارة): X struck, whatever agent a passive reading supplied.
    const size_t tw1 = trig_w_[e.trigger].second;
    if (e.actor1.actor < 0 && Owner(a) && actor_w_[a].first <= tw1 + 3) SetActor(e.actor1, a);
    else SetActor(e.actor2, a);
  }
  // "The Guards said they had struck bases of separatist groups and would
  // keep up the bombardment", وتوعد الحوثيون بقصف المنشآت إذا استمرت الغارات:
  // a strike or shelling an armed party vows, its target not named, is aimed
  // at the enemy that party fights elsewhere in the report — the other side
  // of the nearest event it is a party to (the one it struck, or the one
  // that struck it), never civilians or a crowd.
  for (Event& e : doc_.events) {
    if (e.status != "intent" || e.acled_event_type != "Explosions/Remote violence" || !Actor2Of(e).empty()) continue;
    const std::string a1 = Actor1Of(e);
    const ActorInfo* self = a1.empty() ? nullptr : lex_.Actor(a1);
    if (!self || !Armed(self->acled_inter)) continue;
    std::string best;
    long best_score = LONG_MAX;
    for (const Event& o : doc_.events) {
      if (&o == &e || o.status == "intent") continue;
      std::string opp;
      if (Actor1Of(o) == a1) opp = Actor2Of(o);
      else if (Actor2Of(o) == a1) opp = Actor1Of(o);
      if (opp.empty() || opp == a1 || lex_.Related(opp, a1)) continue;
      const ActorInfo* info = lex_.Actor(opp);
      if (!info || !Armed(info->acled_inter)) continue;
      const long score = std::labs(static_cast<long>(o.sentence) - static_cast<long>(e.sentence));
      if (score < best_score) best_score = score, best = opp;
    }
    if (!best.empty()) SetImplicitId(e.actor2, std::move(best));
  }
}

// A state's drone or air strike on a car or a motorcycle (`struck_vehicle`)
// right after its word, with no civilian named among the dead nor a
// civilian object in the sentence, is a targeted killing: it struck the
// armed enemy the report names, not civilians.
bool Builder::TargetedVehicle(const Event& e) const {
  if (e.acled_sub_event_type != "Air/drone strike" || InterOf(e.actor1) != "State forces" || e.civilian_fatalities)
    return false;
  const size_t tw1 = trig_w_[e.trigger].second;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  return AnyCue(sentence, "struck_vehicle", [&](const CueHit& c) { return c.w0 >= tw1 && c.w0 - tw1 <= 6; }) &&
         !CivilianTarget(e);
}

// "Fired mortars at a military camp", "hit an ammunition depot": a strike
// whose object, within six words after its word in its clause, is a site
// only a state's forces hold (`state_site`) struck the forces of the
// country where it fell, unless the striker is one of that country's own.
bool Builder::StateSiteHit(const Event& e) const {
  const size_t tw1 = trig_w_[e.trigger].second;
  const int32_t clause = clause_[trig_w_[e.trigger].first];
  if (!AnyCue(static_cast<int32_t>(e.sentence), "state_site",
              [&](const CueHit& c) { return c.w0 >= tw1 && c.w0 - tw1 <= 6 && clause_[c.w0] == clause; }))
    return false;
  return ForcesOfSiteCountry(lex_, Actor1Of(e), PlaceCountry(e));
}

int32_t Builder::ExplosionTarget(const Event& e) const {
  // A doer only supplied (the report's main actor) that cannot have set off
  // this blast — a state force sends no suicide bomber, and a mine, roadside
  // bomb or grenade may be anyone's (UnnamedParties drops it) — does not
  // keep that force from being what was hit (فجّر انتحاري حزاماً ناسفاً عند
  // حاجز للأمن العام).
  std::string by = Actor1Of(e);
  if (e.actor1.actor < 0 && e.actor1.implicit && !e.actor1.implicit_id.empty() && e.quote < 0) {
    const ActorInfo* doer = lex_.Actor(e.actor1.implicit_id);
    const std::string& sub = e.acled_sub_event_type;
    const bool planted = sub == "Remote explosive/landmine/IED" || sub == "Grenade";
    if ((sub == "Suicide bomb" && doer && StateOrForeign(doer->acled_inter)) ||
        (planted && e.actor1.implicit_id == main_actor_))
      by.clear();
  }
  const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
  const int32_t sentence = static_cast<int32_t>(e.sentence);
  // Rank: a named victim, a named force after the trigger, then the same
  // as generic nouns ("four soldiers of X": X, not "soldiers").
  int32_t best = -1, best_rank = 4;
  // "An explosive device planted on the road between X and Y went off as a
  // patrol passed": the blast's own verb later in its clause (a trigger of
  // the same kind within ten words) carries the reach on from its end.
  size_t reach = tw1;
  for (int32_t t : Bucket(s_triggers_, sentence)) {
    const size_t t0 = trig_w_[t].first, t1 = trig_w_[t].second;
    if (t0 < reach || t0 > reach + 10 || clause_[t0] != clause_[tw0] ||
        doc_.triggers[t].acled_sub_event_type != e.acled_sub_event_type)
      continue;
    reach = t1;
  }
  const bool forces_site = AnyCue(sentence, "state_site") ||
                           AnyCue(sentence, "military_target", [](const CueHit& c) { return c.row->kind.empty(); });
  for (int32_t a : Bucket(s_actors_, sentence)) {
    const ActorMention& m = doc_.actors[a];
    // A force's adjective on its own positions or arms ("on Ukrainian
    // positions", "hit Israeli tanks") names the force hit.
    // (Not a projectile: "a strike by Russian drones" names the striker.)
    const CueRow* held = m.alias_kind == "adjective" && !Maker(a) ? WordCue(actor_w_[a].second, "military_target") : nullptr;
    const bool owns_target = held && held->kind.empty();
    if (m.id.empty() || m.person || !Armed(m.acled_inter) || actor_is_place_[a] || ally_[a] || m.id == by ||
        lex_.Related(m.id, by) || (m.alias_kind == "adjective" && !owns_target) || a == IdentityHedged(sentence))
      continue;
    const size_t w = actor_w_[a].first;
    // "a mine planted by X", زرعها X: X laid the device, it was not hit by it.
    if (RightAfterCue(sentence, "launcher", w)) continue;
    // A force under half of the dead (تسعة بينهم شرطيان) was not what was hit,
    // the crowd it stood in was; unless the sentence names a site or an arm
    // of forces (a base, a checkpoint, a convoy) as what was struck.
    if (minor_victim_[a] && !forces_site) continue;
    int32_t rank = 0;
    // The owner of what was hit may be told further on: "a car belonging to X".
    if (!victim_[a]) {
      if (!Owner(a) && (w < tw1 || w > reach + 10 || clause_[w] != clause_[tw0] || Source(a))) continue;
      if (w < tw1) continue;
      rank = 1;
    }
    if (m.alias_kind == "generic") rank += 2;
    if (rank < best_rank) best = a, best_rank = rank;
  }
  return best;
}

// An actor a source cue introduces or follows: "according to X", "X said", بحسب X.
// A mention the cue's own words make (مصدر عسكري، "security sources": an
// unnamed source that speaks for a force) is the speaker too, not a party.
bool Builder::Source(int32_t a) const {
  const size_t w0 = actor_w_[a].first, w1 = actor_w_[a].second;
  const int32_t s = sent_[w0];
  // English names its speaker after a speech word only postposed (", said
  // the army", "the attack, police said"): a name after "said" that goes on
  // into its clause ("the group said the military had dropped bombs") is
  // the subject of the words reported, not their source.
  const auto subject_of_report = [&](const CueHit& c) {
    if (!Latin(w0) || c.row->scope != "quote") return false;
    const bool postposed = c.w0 == 0 || sent_[c.w0 - 1] != s || !words_[c.w0 - 1].is_word;
    const bool clause_ends = w1 >= words_.size() || sent_[w1] != s || !words_[w1].is_word;
    return !postposed && !clause_ends;
  };
  // "the home of a Basij commander", "the car of a Hezbollah spokesman": an
  // English source noun (an attribution cue of scope sentence) right after
  // a name told as the owner of a thing ("of a", "of an" before it) names
  // the person whose house or car it was, no speaker: the name is the party
  // he belongs to. A title before a person's name ("Fatah commander Abu
  // Ashraf said") keeps it a source. The head before "of" must be a thing
  // owned (a `goods`, `civilian_target` or `struck_vehicle` word: house,
  // home, car): "the account of a Fatah spokesman" is his word, a source.
  const bool owner_of_a_thing =
      w0 > 2 && WordCue(w0 - 1, "indefinite_article") && WordCue(w0 - 2, "genitive") &&
      (WordCue(w0 - 3, "goods") || WordCue(w0 - 3, "civilian_target") || WordCue(w0 - 3, "struck_vehicle"));
  return AnyCue(s, "attribution", [&](const CueHit& c) {
    if (c.w0 == w1 && c.row->scope == "sentence" && owner_of_a_thing) return false;
    return (c.w1 <= w0 && w0 - c.w1 <= 1 && !subject_of_report(c)) || (c.w0 >= w1 && c.w0 - w1 <= 1) ||
           (c.w0 < w1 && w0 < c.w1);
  });
}

// "قال مصدر عسكري إن …", "security sources said …", بحسب مصادر أمنية: a
// mention made of an unnamed source's own words (an `anonymous_source` cue),
// with a speech word or a source preposition beside it, is the one who tells
// the event — it speaks for its side and takes part in nothing it tells. Not
// so the same words with no speech beside them ("gunmen killed two local
// officials").
bool Builder::UnnamedSpeaker(int32_t a) const {
  if (a < 0 || static_cast<size_t>(a) >= unnamed_speaker_.size()) return UnnamedSpeakerUnkept(a);
  if (unnamed_speaker_[a] < 0) unnamed_speaker_[a] = UnnamedSpeakerUnkept(a) ? 1 : 0;
  return unnamed_speaker_[a] == 1;
}

bool Builder::UnnamedSpeakerUnkept(int32_t a) const {
  const size_t w0 = actor_w_[a].first, w1 = actor_w_[a].second;
  const int32_t sentence = sent_[w0];
  const bool source_words = AnyCue(sentence, "attribution", [&](const CueHit& c) {
    return c.row->kind == "anonymous_source" && c.w0 < w1 && w0 < c.w1;
  });
  if (!source_words) return false;
  return AnyCue(sentence, "attribution", [&](const CueHit& c) {
    if (!c.row->kind.empty()) return false;
    if (c.w1 <= w0) return w0 - c.w1 <= 2 && clause_[c.w0] == clause_[w0];
    return c.w0 >= w1 && c.w0 - w1 <= 2 && clause_[c.w0] == clause_[w1 - 1];
  });
}

// An agreement is made between parties told together: "X and Y signed",
// وقع ممثلون عن X وY — the first named is actor 1, the other actor 2.
void Builder::PartiesOfAgreements() {
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Agreement") continue;
    // "Police said no arrests had been made, but community leaders later
    // brokered a truce between the two groups": an agreement told by its
    // mediator's verb (a `mediator` cue of kind subject opening its words)
    // has neither the speaker told before it (the name right before "said")
    // nor a party supplied from elsewhere as party; its parties are named
    // with it or are the sides of the fighting.
    if (e.trigger >= 0)
      if (const CueRow* m = WordCue(trig_w_[e.trigger].first, "mediator"); m && m->kind == "subject")
        for (EventArgument* a : {&e.actor1, &e.actor2}) {
          const bool speaker = a->actor >= 0 && actor_w_[a->actor].second <= trig_w_[e.trigger].first &&
                               WordCue(actor_w_[a->actor].second, "attribution");
          if (speaker || (a->actor < 0 && a->implicit)) *a = EventArgument{};
        }
    // No party agrees with itself (X, once its mediator is set aside, may
    // be left on both sides).
    if (!Actor1Of(e).empty() && Actor1Of(e) == Actor2Of(e)) e.actor2 = EventArgument{};
    if (AgreementBetween(e) || CountriesAgreeing(e)) continue;
    if (e.actor1.actor >= 0 && Actor2Of(e).empty()) {
      const int32_t a1 = e.actor1.actor;
      for (int32_t b : Bucket(s_actors_, static_cast<int32_t>(e.sentence))) {
        const ActorMention& m = doc_.actors[b];
        if (b == a1 || m.id.empty() || m.id == doc_.actors[a1].id || m.alias_kind == "adjective") continue;
        if (Conjoined(actor_w_[a1].second, actor_w_[b].first)) {
          SetActor(e.actor2, b);
          break;
        }
        if (Conjoined(actor_w_[b].second, actor_w_[a1].first)) {
          SetActor(e.actor2, a1);
          SetActor(e.actor1, b);
          break;
        }
      }
    }
    if (Actor2Of(e).empty() && e.status != "historical" && TruceInSentence(e)) PartiesFromFighting(e);
    // "Elders of the two clans signed a truce": a communal militia named
    // generically names both sides of its feud; ACLED codes each side as
    // that militia.
    // A side supplied from elsewhere (the fighting's opponent) gives way.
    if (e.actor1.actor >= 0 && e.actor2.actor < 0 && NamesBothSides(e.actor1.actor)) e.actor2 = e.actor1;
  }
}

// A truce that names no second party ("the two sides reached a truce",
// أعلن الوسيط التوصل إلى اتفاق لوقف إطلاق النار) is made by the sides of the
// report's fighting: the battle told nearest to it whose two sides include
// its one named party, else, when it names none, that battle's two sides.
// Not a past agreement (its parties are not today's fighters), nor one of
// another kind (a merger, a handover: its parties need not have fought).
void Builder::PartiesFromFighting(Event& e) {
  const std::string a1 = Actor1Of(e);
  const Event* best = nullptr;
  long best_score = LONG_MAX;
  for (const Event& o : doc_.events) {
    if (o.acled_event_type != "Battles") continue;
    const std::string o1 = Actor1Of(o), o2 = Actor2Of(o);
    // Rival groups of one generic kind ("rival cult groups clashed", two
    // clans' militias) are both sides of their truce; a named party is not,
    // nor armed men nobody names (ACLED codes that truce's one side).
    const bool rivals = a1.empty() && o1 == o2 && o1.starts_with("gen.") && o1 != "gen.unidentified_armed_group";
    if (o1.empty() || o2.empty() || (o1 == o2 && !rivals)) continue;
    if (!a1.empty() && o1 != a1 && o2 != a1) continue;
    const long score = std::labs(static_cast<long>(o.sentence) - static_cast<long>(e.sentence));
    if (score < best_score) best_score = score, best = &o;
  }
  if (!best) return;
  if (a1.empty()) {
    SetImplicitId(e.actor1, Actor1Of(*best));
    SetImplicitId(e.actor2, Actor2Of(*best));
  } else {
    SetImplicitId(e.actor2, Actor1Of(*best) == a1 ? Actor2Of(*best) : Actor1Of(*best));
  }
}

// "Pakistan and Afghanistan agreed to a truce": two countries named together
// as the English subject of an agreement, ending at most two words before its
// word, are its parties as states — each one's authorities (its government).
bool Builder::CountriesAgreeing(Event& e) {
  if (!Latin(doc_.triggers[e.trigger])) return false;
  const size_t tw0 = trig_w_[e.trigger].first;
  const std::string day = e.date >= 0 ? doc_.dates[e.date].value : ReferenceDay(doc_);
  auto country = [&](int32_t p) {
    const PlaceMention& m = doc_.places[p];
    return m.resolved && m.location.feature_code.starts_with("PCL") ? lex_.Alpha3(m.location.country) : std::string();
  };
  const std::span<const int32_t> places = Bucket(s_places_, static_cast<int32_t>(e.sentence));
  for (size_t k = 0; k + 1 < places.size(); ++k) {
    const int32_t p = places[k], q = places[k + 1];
    if (place_w_[q].second > tw0 || tw0 - place_w_[q].second > 2 || !Conjoined(place_w_[p].second, place_w_[q].first))
      continue;
    const std::string c1 = country(p), c2 = country(q);
    if (c1.empty() || c2.empty() || c1 == c2) return false;
    std::string g1 = lex_.NationalForce("gen.authorities", c1, day), g2 = lex_.NationalForce("gen.authorities", c2, day);
    if (g1.empty() || g2.empty()) return false;
    e.actor1 = EventArgument{};
    e.actor2 = EventArgument{};
    SetImplicitId(e.actor1, std::move(g1));
    SetImplicitId(e.actor2, std::move(g2));
    return true;
  }
  return false;
}

// The agreement's sentence tells of a ceasefire (a trigger of that mode).
bool Builder::TruceInSentence(const Event& e) const {
  for (int32_t t : Bucket(s_triggers_, static_cast<int32_t>(e.sentence)))
    if (doc_.triggers[t].plover_mode == "ceasefire") return true;
  return false;
}

// "An agreement between X and Y", اتفاق … بين X وY: the parties the
// agreement's own phrase names, the first actor 1, the other actor 2, over
// whoever else the sentence names as doer (the one who announced or
// brokered it). "An agreement with Y", اتفاق مع Y: Y is the other party.
bool Builder::AgreementBetween(Event& e) {
  const size_t tw1 = trig_w_[e.trigger].second;
  for (size_t w = tw1; w < words_.size() && w < tw1 + 6 && sent_[w] == static_cast<int32_t>(e.sentence); ++w) {
    const int32_t cue_type = WordCue(w, "parties") ? 1 : WordCue(w, "counterpart") ? 2 : 0;
    if (!cue_type) continue;
    const int32_t x = ActorStartingAt(w + 1);
    if (x < 0 || doc_.actors[x].id.empty() || ally_[x]) return false;
    if (cue_type == 2) {
      if (Actor1Of(e) == doc_.actors[x].id) e.actor1 = EventArgument{};
      SetActor(e.actor2, x);
      return true;
    }
    int32_t y = ActorStartingAt(actor_w_[x].second);
    if (y < 0) y = ActorStartingAt(actor_w_[x].second + 1);
    if (y < 0 || doc_.actors[y].id.empty() || doc_.actors[y].id == doc_.actors[x].id ||
        !Conjoined(actor_w_[x].second, actor_w_[y].first))
      return false;
    SetActor(e.actor1, x);
    SetActor(e.actor2, y);
    return true;
  }
  return false;
}

}  // namespace marsad::events_internal
