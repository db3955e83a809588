#include "extract/events.h"

#include <algorithm>

#include "extract/acled_inter.h"
#include "extract/event_builder.h"
#include "text/normalize.h"

namespace marsad {
namespace events_internal {

// The order of passes is the behaviour: each pass reads what the earlier
// ones left (a storming crowd is a riot only after RefineByActorTypes).
void Builder::Go() {
  Index();
  MarkAllies();
  FindMainActor();
  std::vector<int32_t> casualties;
  doc_.events.reserve(doc_.triggers.size());  // at most one event per trigger here
  for (size_t t = 0; t < doc_.triggers.size(); ++t) {
    if (doc_.triggers[t].acled_event_type == "casualty") casualties.push_back(static_cast<int32_t>(t));
    else MakeEvent(static_cast<int32_t>(t));
  }
  for (int32_t t : casualties) AttachCasualty(t);
  AttachDeadOfLethalActs();
  LethalVerbTolls();
  AttachQuantities();
  // "The army denied that, saying its troops were still fighting …": what
  // the denier asserts after its speech verb is its account, not denied.
  // The drop and fold passes below still read such an event as denied (a
  // denial's restatement of the event it denies, الاعتقالات after نفت
  // احتجاز …، قائلة إن الاعتقالات …, is no event of its own); only the
  // status recorded at the end is the asserted one.
  std::vector<std::pair<int32_t, std::string>> asserted_after_denial;
  {
    // Finish makes an event negated only through a negation or foiled cue
    // of its sentence (CueStatus), and no status falls from negated: only
    // an event denied already or with such a cue in its sentence is kept
    // unfinished, not a copy of every event.
    // (Answered once per sentence: -1 not yet asked.)
    std::vector<int8_t> denying_sentence(doc_.sentences.size() + 1, -1);
    const auto may_be_denied = [&](const Event& e) {
      if (e.status == "negated") return true;
      const int32_t sentence = sent_[trig_w_[e.trigger].first];
      int8_t& denying = denying_sentence[static_cast<size_t>(sentence + 1)];
      if (denying < 0) {
        denying = 0;
        for (int32_t ci : Bucket(s_cues_, sentence))
          if (CueStatus(*cues_[ci].row) == "negated") denying = 1;
      }
      return denying == 1;
    };
    std::vector<std::pair<size_t, Event>> unfinished;
    for (size_t i = 0; i < doc_.events.size(); ++i)
      if (may_be_denied(doc_.events[i])) unfinished.emplace_back(i, doc_.events[i]);
    for (Event& e : doc_.events) Finish(e);
    size_t k = 0;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      if (doc_.events[i].status != "negated") continue;
      while (k < unfinished.size() && unfinished[k].first < i) ++k;
      if (k == unfinished.size() || unfinished[k].first != i) continue;  // cannot be: negated now, so kept
      Event& again = unfinished[k].second;
      Finish(again, /*denial_stops_at_speech=*/true);
      if (again.status != "negated") asserted_after_denial.emplace_back(again.trigger, again.status);
    }
  }
  DropUnasserted();
  DropUndatedBackground();
  DropStandingStates();
  DropHeadline();
  DropAgreementMentions();
  // "Over the past day the enemy shelled nine communities of the oblast 64
  // times", "412 strikes on 14 settlements of the region": an English strike,
  // shelling or fight whose object is a count of a region's places (two or
  // more, within three words after its word, in its clause, before a
  // `counted_places` noun and "of") sums up the day's attacks over the
  // region — the acts ACLED codes are each told at their own place —, no
  // event of its own; so are its weapons ("… with artillery, drones and
  // aerial bombs": a violent word up to seven words after an
  // `instrument_marker` told after the tally's word in its sentence). A toll
  // followed by a place in a later clause of its sentence ("…; a man was
  // killed in X itself") tells where one of the acts struck: that word stays,
  // as that event. (Kept here, not in event_not_events.cc, so that
  // event_builder.h is left alone.)
  const auto counted_places_end = [&](const Event& e) -> size_t {
    if (!Latin(e) || (e.acled_event_type != "Explosions/Remote violence" && e.acled_event_type != "Battles"))
      return 0;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const int32_t s = sent_[tw0];
    for (int32_t n : Bucket(s_numbers_, s)) {
      const size_t nw0 = num_w_[n].first, nw1 = num_w_[n].second;
      if (nw0 < tw1 || nw0 > tw1 + 3 || clause_[nw0] != clause_[tw0]) continue;
      const NumberMention& m = doc_.numbers[n];
      const std::optional<double> v = m.value ? m.value : m.low;
      if (!v || *v < 2) continue;
      // "… of the oblast", "of Kherson region": the places are the region's
      // ("two villages near X" is one raid's scene).
      if (AnyCue(s, "counted_places",
                 [&](const CueHit& c) { return c.w0 == nw1 && c.w1 < words_.size() && words_[c.w1].text() == "of"; }))
        return nw1 + 1;
    }
    return 0;
  };
  // A toll of e followed by a place in a later clause than the tally's word at tw0.
  const auto struck_at_a_place = [&](const Event& e, size_t tw0, size_t counted_end) {
    // (A toll with no count of its own, "a farmer was killed", has no span.)
    size_t toll_end = SIZE_MAX;
    for (const std::optional<CasualtyFigure>* f : {&e.fatalities, &e.injuries})
      if (*f) toll_end = std::min<size_t>(toll_end, (*f)->span.end > (*f)->span.begin ? (*f)->span.end : 0);
    if (toll_end == SIZE_MAX) return false;
    for (int32_t p : Bucket(s_places_, sent_[tw0]))
      if (place_w_[p].first > counted_end && clause_[place_w_[p].first] != clause_[tw0] &&
          doc_.places[p].span.begin >= toll_end)
        return true;
    return false;
  };
  std::vector<std::pair<size_t, size_t>> tallies;  // (word after the tally's word, end of its counted places)
  for (const Event& e : doc_.events)
    if (const size_t end = counted_places_end(e); end > 0 && !struck_at_a_place(e, trig_w_[e.trigger].first, end))
      tallies.emplace_back(trig_w_[e.trigger].second, end);
  if (!tallies.empty())
    std::erase_if(doc_.events, [&](const Event& e) {
      if (!Latin(e) || !Violent(e.acled_event_type)) return false;
      const size_t tw0 = trig_w_[e.trigger].first;
      return std::any_of(tallies.begin(), tallies.end(), [&](const std::pair<size_t, size_t>& t) {
        if (sent_[t.first - 1] != sent_[tw0]) return false;
        if (trig_w_[e.trigger].second == t.first) return true;  // the tally itself
        return t.first <= tw0 && !struck_at_a_place(e, t.first - 1, t.second) &&
               AnyCue(sent_[tw0], "instrument_marker",
                      [&](const CueHit& c) { return c.w0 >= t.first && c.w1 <= tw0 && tw0 - c.w1 <= 7; });
      });
    });
  // In text order; usually they are already (a stable sort would still move
  // every event twice).
  const auto text_order = [&](const Event& a, const Event& b) {
    return doc_.triggers[a.trigger].span.begin < doc_.triggers[b.trigger].span.begin;
  };
  if (!std::is_sorted(doc_.events.begin(), doc_.events.end(), text_order))
    std::stable_sort(doc_.events.begin(), doc_.events.end(), text_order);
  KindFromWeaponSubject();
  RepelledProjectiles();  // before the merge: "repelled the drones and downed them" is one interception
  CapturedPeople();
  DropWithoutComplement();
  FoldInfinitives();
  // توعد باقتحام مدينة أم روابة، "would soon storm Mocha": a storming told
  // ahead (intent) whose object is a town — right after the word, or after
  // a settlement noun — is the capture vowed, not a clash; TerritoryByDoer
  // then reads whose gain it would be. Positions or a post stay a clash.
  // Before the drops: a goal (حتى اقتحام مدينة X) spares a town taking,
  // which the storming of a town must already be when they look.
  for (Event& e : doc_.events) {
    if (e.status != "intent" || e.acled_sub_event_type != "Armed clash") continue;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    if (!WordCue(tw0, "town_storming")) continue;
    bool town = TownObjectAfter(e.trigger);
    // The settlement noun may follow an English article and be joined to
    // the name by "of" ("vowed to storm the town of X").
    size_t noun = tw1;
    if (noun + 1 < words_.size() && Latin(noun) && (words_[noun].text() == "the" || words_[noun].text() == "a"))
      ++noun;
    if (!town && noun < words_.size() && sent_[noun] == sent_[tw0] && WordCue(noun, "settlement") != nullptr) {
      size_t name = noun + 1;
      if (name + 1 < words_.size() && Latin(noun) && words_[name].text() == "of") ++name;
      for (int32_t p : Bucket(s_places_, sent_[tw0]))
        town |= place_w_[p].first == name && doc_.places[p].resolved &&
                doc_.places[p].location.feature_code.rfind("PCL", 0) != 0;
    }
    if (!town) continue;
    e.acled_sub_event_type = "Non-state actor overtakes territory";
    e.plover_event_type = "COERCE";
    e.plover_mode = "seize";
  }
  DropMannerWithout();
  DropFlightDestinations();
  DropRaidsWithoutCaptives();
  DropFallenPersons();
  DropCrowdTopics();
  DropStruckGatherings();
  DropStruckPosts();
  DropCaptivesTakenBefore();
  DropProtestAdverbs();
  FightingOfRunningTolls();
  AttemptsAreFighting();
  MergeDuplicates();
  FoldThreats();
  DropCampaignVows();  // after the threats: only then is every vowed act intent
  FoldFallingWeapons();
  FoldDamageOfViolence();
  FoldRaidsIntoLooting();
  FoldAdjacentWeapons();
  FoldInstruments();
  FoldChemicalDelivery();
  FoldBareBlasts();
  FoldCircumstances();
  // Two events of one deed have the same doer, or one of them names none.
  const auto DoersAgree = [&](const Event& e, const Event& h) {
    return e.actor1.actor < 0 || e.actor1.implicit || h.actor1.actor < 0 || h.actor1.implicit ||
           doc_.actors[e.actor1.actor].id == doc_.actors[h.actor1.actor].id;
  };
  // "troops advanced to a ridge east of X and began fortifying a new post
  // there": a move forward (an `approach_move` word, by its lemma) told
  // before a base established in its sentence, on its day, by its doer or
  // none named, is how the force came to the post it set up — ACLED codes
  // the base, no taking of ground beside it.
  FoldInto([&](const Event& e) -> int32_t {
    if (!LemmaCue(doc_.triggers[e.trigger], "approach_move")) return -1;
    const size_t w1 = trig_w_[e.trigger].second;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& h = doc_.events[i];
      if (h.sentence != e.sentence || h.acled_sub_event_type != "Headquarters or base established") continue;
      if (trig_w_[h.trigger].first < w1 || DayOf(h) != DayOf(e) || h.status != e.status) continue;
      if (!DoersAgree(e, h)) continue;
      return static_cast<int32_t>(i);
    }
    return -1;
  });
  // "soldiers detained two farmers near X and took them to an unknown
  // destination": people arrested and then led where no one knows (an
  // `unknown_destination` cue within the abduction's words or right after
  // them), told in one sentence, on its day, by its doer or none named, were
  // made to disappear — one forced disappearance, no arrest beside it.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Arrests" || !Latin(e)) return -1;
    const size_t w1 = trig_w_[e.trigger].second;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& h = doc_.events[i];
      if (h.sentence != e.sentence || h.acled_sub_event_type != "Abduction/forced disappearance") continue;
      const size_t h0 = trig_w_[h.trigger].first, h1 = trig_w_[h.trigger].second;
      if (h0 < w1 || DayOf(h) != DayOf(e) || h.status != e.status) continue;
      if (!DoersAgree(e, h)) continue;
      if (!AnyCue(static_cast<int32_t>(h.sentence), "unknown_destination",
                  [&](const CueHit& c) { return c.w0 >= h0 && c.w0 <= h1 + 1; }))
        continue;
      return static_cast<int32_t>(i);
    }
    return -1;
  });
  // "Jihadists attacked the camp, sparking hours of gunfire", قصفت طائرة
  // القرية ثم أطلقت مروحية النار، سمعنا انفجاراً ثم إطلاق نار: shooting
  // with no dead, wounded or target of its own, told after a violent event of its
  // sentence by that event's doer (or by no one named), is how that event
  // went on, not an attack of its own. (Kept here, not in event_folds.cc,
  // so that event_builder.h is left alone.)
  // Two events may be one party's deeds when either doer is unnamed or guessed.
  const auto doers_may_be_one = [&](const Event& e, const Event& h) {
    return e.actor1.actor < 0 || e.actor1.implicit || h.actor1.actor < 0 || h.actor1.implicit ||
           doc_.actors[e.actor1.actor].id == doc_.actors[h.actor1.actor].id;
  };
  FoldInto([&](const Event& e) -> int32_t {
    if (!LemmaCue(doc_.triggers[e.trigger], "shooting")) return -1;
    if (e.acled_sub_event_type != "Attack" || e.fatalities || e.injuries) return -1;
    // "stormed a village, shooting dozens of residents": fire on people it names is their attack.
    if (e.actor2.actor >= 0 && !e.actor2.implicit && InterOf(e.actor2) == "Civilians") return -1;
    const size_t w0 = trig_w_[e.trigger].first;
    int32_t host = -1;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& h = doc_.events[i];
      if (h.sentence != e.sentence || trig_w_[h.trigger].first >= w0) continue;
      if (!Violent(h.acled_event_type) || h.acled_sub_event_type == e.acled_sub_event_type) continue;
      host = static_cast<int32_t>(i);
    }
    if (host < 0) return -1;
    return doers_may_be_one(e, doc_.events[host]) ? host : -1;
  });
  // "اشتبكت الكتيبة مع مهربين وقتلت اثنين منهم وأسرت ثالثاً", "the rebels
  // fought an army patrol, killed six soldiers and captured two": fighters
  // taken prisoner (a `battle_capture` word, by its lemma) joined by "and"
  // (و) to an armed clash told before in its sentence, on its day, by its doer or
  // none named of its own, were taken in that battle — ACLED codes the
  // battle, no abduction or arrest beside it. A capture after an attack on
  // civilians, after ground taken ("retook two hills and captured a
  // commander": the arrest ACLED codes beside the retaking), or with no
  // fight in its sentence, stays an event of its own.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Abduction/forced disappearance" && e.acled_sub_event_type != "Arrests") return -1;
    if (!LemmaCue(doc_.triggers[e.trigger], "battle_capture") || !Happened(e.status)) return -1;
    const size_t w0 = trig_w_[e.trigger].first;
    if (!AndOpens(w0, Latin(e))) return -1;
    // Civilians named as those taken (وأسرت ثلاثة مدنيين) were abducted, whatever the fight.
    if (e.actor2.actor >= 0 && !e.actor2.implicit && InterOf(e.actor2) == "Civilians") return -1;
    // The capture's own object read from its words: an English capture of
    // people has no actor 2 left (CapturedPeople), "captured three civilians".
    for (size_t w = trig_w_[e.trigger].second; w < trig_w_[e.trigger].second + 4 && w < words_.size(); ++w) {
      if (clause_[w] != clause_[w0]) break;
      if (const int32_t a = ActorStartingAt(w); a >= 0 && doc_.actors[a].acled_inter == "Civilians") return -1;
      if (const CueRow* c = WordCue(w, "one_victim"); c && c->kind == "civilian") return -1;
    }
    int32_t host = -1;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& h = doc_.events[i];
      if (h.sentence != e.sentence || trig_w_[h.trigger].second > w0) continue;
      if (h.acled_sub_event_type != "Armed clash" || !Happened(h.status) || DayOf(h) != DayOf(e)) continue;
      // A generic attack word or a storming (هاجم مسلحون قرية، اقتحموا) may
      // yet be an attack on civilians, whose captives are abducted: only a
      // word of fighting itself (اشتبك، "fought") tells a battle here.
      if (Generic(h) || LemmaCue(doc_.triggers[h.trigger], "storming")) continue;
      if (h.actor2.actor >= 0 && !h.actor2.implicit && InterOf(h.actor2) == "Civilians") continue;
      host = static_cast<int32_t>(i);  // the latest such battle
    }
    if (host < 0) return -1;
    return doers_may_be_one(e, doc_.events[host]) ? host : -1;
  });
  // "gunmen stormed a village, killed six farmers and abducted ten women",
  // اقتحموا قرية فقتلوا ستة مزارعين وخطفوا عشر نساء: a storming that names
  // no armed side against it and carries the dead, told beside an abduction
  // or sexual violence of its doers with no toll of its own, is the killing —
  // ACLED codes it apart from the abduction (an attack, the toll its own), as
  // for a generic attack word that killed (ResolveCoreference).
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Armed clash" || !LemmaCue(doc_.triggers[e.trigger], "storming")) continue;
    if (!e.fatalities || (e.fatalities->best.value_or(0) <= 0 && e.fatalities->low.value_or(0) <= 0)) continue;
    if (e.actor2.actor >= 0 && !e.actor2.implicit && InterOf(e.actor2) != "Civilians") continue;
    if (e.actor1.actor >= 0 && (InterOf(e.actor1) == "Protesters" || InterOf(e.actor1) == "Rioters")) continue;
    bool beside = false;
    for (const Event& h : doc_.events)
      if (&h != &e && h.sentence == e.sentence && !h.fatalities && Happened(h.status) &&
          TakesNoLife(h) && doers_may_be_one(e, h))
        beside = true;
    if (!beside) continue;
    e.acled_event_type = "Violence against civilians";
    e.acled_sub_event_type = "Attack";
  }
  // استشهد شاب برصاص القوات خلال اقتحامها المخيم، اقتحمت عناصر مكاتب المنظمة
  // وصادرت أجهزة، "troops stormed the village and detained ten": a storming
  // that names no armed side against it is the way in to the killing, arrest,
  // seizure or crackdown its sentence tells, not a battle of its own; gold
  // codes storming as a clash only when someone fights back.
  FoldInto([&](const Event& e) -> int32_t {
    if (!LemmaCue(doc_.triggers[e.trigger], "storming")) return -1;
    if (e.acled_sub_event_type != "Armed clash") return -1;
    if (e.actor2.actor >= 0 && !e.actor2.implicit && InterOf(e.actor2) != "Civilians") return -1;
    const auto served = [](const Event& h) {
      return h.acled_event_type == "Violence against civilians" || h.acled_sub_event_type == "Arrests" ||
             h.acled_sub_event_type == "Looting/property destruction" ||
             h.acled_sub_event_type == "Excessive force against protesters";
    };
    // A storming crowd is a riot, told by the crowd passes later.
    if (e.actor1.actor >= 0 && (InterOf(e.actor1) == "Protesters" || InterOf(e.actor1) == "Rioters")) return -1;
    // Violence against people outranks the arrest or the damage of the same
    // raid; a storming that carries the dead is only ever a killing's way in.
    const auto rank = [&](const Event& h) {
      if (h.acled_event_type == "Violence against civilians" || h.acled_sub_event_type == "Excessive force against protesters")
        return 2;
      return e.fatalities ? 0 : 1;
    };
    int32_t host = -1, best = 0;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& h = doc_.events[i];
      if (h.sentence != e.sentence || !served(h) || rank(h) <= best) continue;
      // "raided a cattle camp, killing six herders and taking away three
      // children": a storming that killed is the killing, never the way in to
      // the abduction or rape beside it (those take no lives).
      if (e.fatalities && TakesNoLife(h)) continue;
      if (doers_may_be_one(e, h)) host = static_cast<int32_t>(i), best = rank(h);
    }
    return host;
  });
  FoldSeizedWeapons();
  FoldFindsIntoOperations();
  FoldArrestsIntoFoiledAttacks();
  // "ضبط في سرمين مستودعاً يحوي قذائف وعبوات ناسفة معدّة للتفجير": a blast
  // word inside a `primed` phrase (devices ready to go off) never went off —
  // the find of devices ready for use, a disrupted weapons use, when no
  // seizure or find of its sentence took it in (FoldSeizedWeapons); the state
  // force read as its target is the one that found them.
  // (The sentences with a find of their own are taken before the loop: a
  // second primed blast of a sentence is not "taken in" by the first one
  // the loop has just recoded.)
  std::vector<uint32_t> found_in;
  for (const Event& o : doc_.events)
    if (o.acled_sub_event_type == "Disrupted weapons use") found_in.push_back(o.sentence);
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Explosions/Remote violence") continue;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;  // (no bindings: clang 14 lambdas)
    if (!AnyCue(sent_[tw0], "primed", [&](const CueHit& c) { return c.w0 < tw0 && tw1 <= c.w1; })) continue;
    if (std::find(found_in.begin(), found_in.end(), e.sentence) != found_in.end()) continue;
    e.acled_event_type = "Strategic developments";
    e.acled_sub_event_type = "Disrupted weapons use";
    e.plover_event_type = "COERCE";
    e.plover_mode = "confiscate";
    if (e.actor2.actor >= 0 && InterOf(e.actor2) == "State forces") std::swap(e.actor1, e.actor2);
  }
  FoldWithdrawalsFromFighting();
  FoldFightingIntoCaptures();
  FoldHandovers();
  FoldHandingBack();
  FoldTermsOfAgreements();
  FoldTimedWithdrawals();  // after the handovers: an entry once the other side left is theirs
  FoldClaimedReferences();
  FoldQuotedRetellings();
  FoldDeedsOfTheAttackers();
  FoldComparisons();
  ResolveCoreference();
  DropDenialsOfReportedEvents();
  FoldClaimedTolls();
  FoldOwnAccounts();
  FoldResponsibilityClaims();
  FoldPerceivedEvents();
  FoldInterceptedWeapons();
  TypeVowedCampaigns();
  DropUnanchoredReferences();
  MergeElaborations();
  ClosuresByCrowds();
  MergeCrowdEvents();
  // A fold or a merge that joins two readings of one fight or strike may
  // leave the one party named at its word on both sides (دورية اشتبكت مع
  // مجموعة من المهربين read once with the smugglers as its doer, once as
  // its target): no one fights itself. The name keeps the side its place
  // tells — after the word and its `counterpart` (مع، "with") the other
  // side, actor 2; else the doer, actor 1 — and the other side is left to
  // the passes below (the report's main actor, the likely opponent).
  for (Event& e : doc_.events) {
    if (e.acled_event_type != "Battles" && e.acled_event_type != "Explosions/Remote violence") continue;
    if (e.trigger < 0 || e.actor1.actor < 0 || e.actor1.actor != e.actor2.actor) continue;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const size_t a0 = actor_w_[e.actor1.actor].first;
    // A name after the word but not after a `counterpart` is read by the
    // word's own pattern ("bandits ambushed a police team": its object, the
    // other side; "repelled three enemy assaults", استهداف جماعة X: the
    // doer): left as it is.
    const bool other_side =
        a0 >= tw1 && AnyCue(static_cast<int32_t>(e.sentence), "counterpart", [&](const CueHit& c) {
          return c.w0 + 1 >= tw1 && c.w1 <= a0 && c.w1 + 3 >= a0;
        });
    if (a0 >= tw0 && !other_side) continue;
    if (!other_side) {
      e.actor2 = EventArgument{};
      continue;
    }
    // The doer of a fight told only by whom it was fought with is the
    // report's main actor (its patrol, its troops), when that is not the
    // side named.
    e.actor1 = EventArgument{};
    const std::string& named = doc_.actors[e.actor2.actor].id;
    if (!main_actor_.empty() && !named.empty() && main_actor_ != named && !lex_.Related(main_actor_, named))
      SetImplicitId(e.actor1, main_actor_);
  }
  AssignClaimedResponsibility();
  OwnForcesDoers();
  AccusedDoers();
  NameGenericFighters();
  DispersalWithNoCrowd();
  CrowdsTryingToStorm();
  RefineByActorTypes();
  VowedStrikesOfTheirKind();
  HittingBackIsAClash();
  CrudeArmsMakeMobs();
  MergeCrowdEvents();  // again: a storming crowd is only now a riot
  // "A crowd seized two young men suspected of theft, beat them and set them
  // on fire": people a mob seizes and then beats, told in one sentence, are
  // the victims of its mob violence, not an abduction beside it (ACLED codes
  // the lynching). The seizure, on that day, told at most twelve words before
  // the mob's deed, by its doer or by none named, joins it.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Abduction/forced disappearance" || !Happened(e.status)) return -1;
    const size_t e1 = trig_w_[e.trigger].second;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& h = doc_.events[i];
      if (h.sentence != e.sentence || h.acled_sub_event_type != "Mob violence" || !Happened(h.status)) continue;
      const size_t h0 = trig_w_[h.trigger].first;
      if (h0 < e1 || h0 - e1 > 12 || DayOf(h) != DayOf(e)) continue;
      if (doers_may_be_one(e, h) || (e.actor1.actor >= 0 && (InterOf(e.actor1) == "Rioters" || InterOf(e.actor1) == "Protesters")))
        return static_cast<int32_t>(i);
    }
    return -1;
  });
  // اختطف مسلحون أربعة تجار … واقتادوهم إلى جهة مجهولة: an abduction verb
  // whose object is a pronoun (the plural drops its alif: اقتادوه، خطفوهم)
  // takes back the captives of an abduction told before it in its sentence,
  // on that day: the same event.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Abduction/forced disappearance" || Latin(doc_.triggers[e.trigger])) return -1;
    const size_t e0 = trig_w_[e.trigger].first, e1 = trig_w_[e.trigger].second;
    const std::string_view last = words_[e1 - 1].text();
    bool pronoun = false;
    for (std::string_view suf : {"\xD9\x88\xD9\x87", "\xD9\x88\xD9\x87\xD8\xA7", "\xD9\x88\xD9\x87\xD9\x85",
                                 "\xD9\x88\xD9\x87\xD9\x85\xD8\xA7"})  // وه وها وهم وهما
      pronoun = pronoun || (last.size() > suf.size() + 4 && last.ends_with(suf));
    if (!pronoun) return -1;
    int32_t host = -1;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& h = doc_.events[i];
      if (&h == &e || h.sentence != e.sentence || trig_w_[h.trigger].first >= e0) continue;
      if (h.acled_sub_event_type != "Abduction/forced disappearance" || DayOf(h) != DayOf(e)) continue;
      host = static_cast<int32_t>(i);  // its doer read afresh may be the captives (لجنة …): not compared
    }
    return host;
  });
  // "قتل حشد من السكان رجلاً … وأحرقوا جثته", "killed the man and burned his
  // body": a body burned (a `remains` noun up to two words after the burning
  // word, in its clause) is what the killing told before it in its sentence
  // did to its victim — no property destroyed, no event of its own.
  FoldInto([&](const Event& e) -> int32_t {
    if (e.acled_sub_event_type != "Looting/property destruction") return -1;
    const size_t w1 = trig_w_[e.trigger].second, w0 = trig_w_[e.trigger].first;
    bool body = false;
    for (size_t k = w1; k < w1 + 2 && k < words_.size() && clause_[k] == clause_[w0] && !body; ++k)
      body = WordCue(k, "remains") != nullptr;
    if (!body) return -1;
    int32_t host = -1;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& h = doc_.events[i];
      if (h.sentence != e.sentence || trig_w_[h.trigger].second > w0) continue;
      if (Violent(h.acled_event_type) || h.acled_event_type == "Riots") host = static_cast<int32_t>(i);
    }
    return host;
  });
  FoldForceIntoRiots();
  FoldArrestsIntoCrowdEvents();
  InterceptedWeaponOwners();
  CompleteDyads();
  CommunalFights();  // after: a side it supplies is no report's doer fighting itself
  FormerHolders();
  PartiesOfAgreements();
  MergeDuplicates();  // battles told in several sentences meet once both sides are known
  ZeroTolls();  // before the victims: a strike that hurt no one names none
  NoTollsOfDevelopments();
  NoTollsOfGrievances();  // first: a death that led up to a protest makes it no crackdown
  NoTollsOfPeacefulCrowds();
  UnarmedBodiesFightNot();
  NoStateBombers();
  TargetsOfExplosions();
  FreedCombatants();
  CrowdActors();
  PoliceMakeArrests();
  UnnamedParties();
  DoersOfTheAttackReferredTo();
  UnnamedAirPower();
  MournedDeadOfStrikes();
  NameGenericFighters();  // again: the targets of strikes are named only now ("struck militants")
  SplitCoordinatedPlaces();
  DropCountryWide();
  // "Some of the freed women were reportedly raped in captivity": an act
  // told as done while its victims were held (a `captivity_time` cue, "in
  // captivity", within three words after its word, in its clause), with no
  // place named in its sentence, took place where and when they were held:
  // at the latest abduction told before it, on its day unless its clause
  // names one of its own.
  for (Event& e : doc_.events) {
    if (!Latin(e) || e.acled_sub_event_type == "Abduction/forced disappearance") continue;
    const size_t tw0 = trig_w_[e.trigger].first, tw1 = trig_w_[e.trigger].second;
    const bool held = AnyCue(static_cast<int32_t>(e.sentence), "captivity_time", [&](const CueHit& c) {
      return c.w0 >= tw1 && c.w0 <= tw1 + 3 && c.clause == clause_[tw0];
    });
    if (!held || !Bucket(s_places_, static_cast<int32_t>(e.sentence)).empty()) continue;
    const Event* taking = nullptr;
    for (const Event& h : doc_.events)
      if (h.acled_sub_event_type == "Abduction/forced disappearance" && Happened(h.status) &&
          doc_.triggers[h.trigger].span.begin < doc_.triggers[e.trigger].span.begin)
        taking = &h;
    if (taking == nullptr) continue;
    e.place = taking->place;
    if (!ClauseHasDate(tw0)) e.date = taking->date, e.time_basis = taking->time_basis;
  }
  // "Government forces repelled a Houthi attack", "our defenders repelled an
  // assault by enemy infantry", "police repulsed an attack by militants": an
  // English repelling word (a `repulsion` cue on its lemma, active) whose
  // object, within three words in its clause, is an attack noun (an
  // `onslaught` cue) tells the attackers' fight — ACLED's actor 1 is who
  // attacked, those who repelled it actor 2. The attackers are the party
  // named before the noun ("a Houthi attack") or right after its "by" ("an
  // attack by gunmen"), else the other side already read. A counted tally
  // ("repelled 14 assaults") is the defenders' account of many and keeps
  // their order. The attackers are set as actor 2 here, to be coded with
  // the rest; the two sides change places last, once the claims are
  // settled on the order they were read in.
  std::vector<int32_t> repelled;  // triggers of the fights whose sides change places
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Armed clash" || !Latin(e) || e.actor1.actor < 0 || e.actor1.implicit) continue;
    const TriggerMention& tr = doc_.triggers[e.trigger];
    if (tr.voice != "active" || !LemmaCue(tr, "repulsion")) continue;
    const size_t tw1 = trig_w_[e.trigger].second;
    const int32_t clause = clause_[tw1 - 1];
    size_t noun = SIZE_MAX;
    for (size_t w = tw1; w <= tw1 + 3 && w < words_.size() && clause_[w] == clause; ++w)
      if (WordCue(w, "onslaught")) {
        noun = w;
        break;
      }
    if (noun == SIZE_MAX) continue;
    bool counted = false;
    int32_t attacker = -1;
    for (size_t w = tw1; w < noun; ++w) {
      counted |= NumberStartingAt(w) >= 0;
      if (const int32_t a = ActorStartingAt(w); a >= 0 && attacker < 0) attacker = a;
    }
    if (counted) continue;
    // "repelled an attack by militants", "repelled an attack on a checkpoint
    // by militants": the agent after "by" in the noun's clause, right after
    // the noun or after the object attacked, names the attackers.
    size_t holders_by = SIZE_MAX;
    for (size_t by = noun + 1; attacker < 0 && by <= noun + 6 && by + 1 < words_.size() && clause_[by] == clause;
         ++by) {
      if (words_[by].text() != "by") continue;
      // "an attack on a checkpoint manned by police": a `holder_participle`
      // before "by" describes the object; its agent holds it.
      if (by > noun + 1 && WordCue(by - 1, "holder_participle")) {
        holders_by = by;
        break;
      }
      for (size_t w = by + 1; w <= by + 2 && w < words_.size() && clause_[w] == clause && attacker < 0; ++w)
        attacker = ActorStartingAt(w);
      break;
    }
    if (attacker >= 0) {
      if (doc_.actors[attacker].id == doc_.actors[e.actor1.actor].id) continue;
      if (e.actor2.actor != attacker) SetActor(e.actor2, attacker), e.actor2.coded_id.clear();
    } else if (e.actor2.actor < 0 && e.actor2.implicit_id.empty()) {
      continue;
    } else if (e.actor2.actor >= 0 && noun + 1 < words_.size() &&
               (words_[noun + 1].text() == "on" || words_[noun + 1].text() == "against") &&
               actor_w_[e.actor2.actor].first > noun && actor_w_[e.actor2.actor].first <= noun + 5) {
      continue;  // "repelled an attack on a police station": the side attacked, not the attackers
    } else if (e.actor2.actor >= 0 && holders_by != SIZE_MAX && actor_w_[e.actor2.actor].first > holders_by &&
               actor_w_[e.actor2.actor].first <= holders_by + 2) {
      continue;  // "an attack on a checkpoint manned by police": the holders were attacked
    }
    repelled.push_back(e.trigger);
  }
  // "struck what the military described as rocket launchers": the party
  // that names what a deed hit in its own words tells it (its source); it is
  // no party to the deed, whichever pass set it there.
  for (Event& e : doc_.events)
    for (EventArgument* a : {&e.actor1, &e.actor2})
      if (a->actor >= 0 && Framer(static_cast<size_t>(a->actor))) *a = EventArgument{};
  CodeActors();
  // قُتل جنديان وثلاثة مهربين في اشتباكات، "smugglers clashed with border
  // guards": a fight between smugglers and the party that stops them is
  // that party's act — ACLED's actor 1 is the force, the smugglers (any kind
  // of them) actor 2, whichever side the sentence names first. Only a state's
  // force (its own or a foreign one) stopping them: smugglers clashing with
  // a gang, a tribe or a militia keep the sentence's order.
  {
    const auto smugglers = [&](const EventArgument& a) {
      const std::string id = !a.coded_id.empty() ? a.coded_id : a.actor >= 0 ? doc_.actors[a.actor].id : a.implicit_id;
      return !id.empty() && lex_.IsWithin(id, "gen.smugglers");
    };
    for (Event& e : doc_.events)
      if (e.acled_event_type == "Battles" && e.acled_sub_event_type == "Armed clash" && smugglers(e.actor1) &&
          (e.actor2.actor >= 0 || !e.actor2.implicit_id.empty()) && !smugglers(e.actor2) &&
          StateOrForeign(InterOf(e.actor2)))
        std::swap(e.actor1, e.actor2);
  }
  // هاجم عشرات الشبان مركزاً للشرطة بالحجارة، "youths stoned a police
  // post": a crowd whose violence falls on the state's forces is ACLED's
  // violent demonstration, however its doers were named (youths, residents,
  // a crowd with sticks and stones); a mob falls on civilians, property or
  // each other, never on the police or the army.
  // The force is named in the deed's own clause, no person is told fallen
  // on ("a mob beat a man to death and set fire to the police station":
  // the lynching stays a mob's).
  for (Event& e : doc_.events) {
    if (e.acled_sub_event_type != "Mob violence" || e.actor2.actor < 0 || e.actor2.implicit ||
        InterOf(e.actor2) != "State forces")
      continue;
    const size_t tw0 = trig_w_[e.trigger].first, a0 = actor_w_[e.actor2.actor].first;
    if (sent_[a0] != sent_[tw0] || clause_[a0] != clause_[tw0] || CrowdOnAPerson(e) ||
        doc_.triggers[e.trigger].plover_mode == "beat" || (e.fatalities && e.fatalities->best.value_or(0) > 0))
      continue;
    e.acled_sub_event_type = "Violent demonstration";
  }
  for (Event& e : doc_.events)
    if (e.acled_event_type == "Battles") TerritoryByDoer(e);
  for (Event& e : doc_.events)
    for (const auto& told : asserted_after_denial)
      if (e.trigger == told.first && e.status == "negated") e.status = told.second;
  SettleClaims();
  GainsaidClaims();
  DeadBeforeClaimedCapture();
  // An act told only as meant ("threatened to attack the camp", "will hunt
  // them down until the last one is neutralised", توعّد بمهاجمة) has
  // happened to no one yet: it carries no toll, not even one of zero, and a
  // toll word of its clause or a count read beside it is no dead of its own;
  // nor wounded ("threatened to storm the town, leaving five guards wounded":
  // the wounded are another act's).
  // Last, once the status is settled.
  for (Event& e : doc_.events)
    if (e.status == "intent") e.fatalities.reset(), e.civilian_fatalities.reset(), e.injuries.reset();
  // The attackers of a repelled assault, actor 2 so far, are actor 1 (above).
  for (Event& e : doc_.events)
    if (e.acled_sub_event_type == "Armed clash" && std::find(repelled.begin(), repelled.end(), e.trigger) != repelled.end())
      std::swap(e.actor1, e.actor2);
  for (Event& e : doc_.events)
    for (EventArgument* a : {&e.actor1, &e.actor2}) SetIdentity(*a);
}

}  // namespace events_internal

Status EventBuilder::Run(Doc& doc) const {
  doc.events.clear();
  events_internal::Builder b(*lex_, doc);
  b.Go();
  return Status::OK();
}

}  // namespace marsad
