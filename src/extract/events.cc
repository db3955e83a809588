#include "extract/events.h"

#include <algorithm>

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
    const std::vector<Event> unfinished = doc_.events;
    for (Event& e : doc_.events) Finish(e);
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      if (doc_.events[i].status != "negated") continue;
      Event again = unfinished[i];
      Finish(again, /*denial_stops_at_speech=*/true);
      if (again.status != "negated") asserted_after_denial.emplace_back(again.trigger, again.status);
    }
  }
  DropUnasserted();
  DropUndatedBackground();
  DropStandingStates();
  DropHeadline();
  DropAgreementMentions();
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
  DropMannerWithout();
  DropFlightDestinations();
  DropRaidsWithoutCaptives();
  DropFallenPersons();
  DropCrowdTopics();
  DropStruckGatherings();
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
      if (e.fatalities && (h.acled_sub_event_type == "Abduction/forced disappearance" ||
                           h.acled_sub_event_type == "Sexual violence"))
        continue;
      if (doers_may_be_one(e, h)) host = static_cast<int32_t>(i), best = rank(h);
    }
    return host;
  });
  FoldSeizedWeapons();
  FoldFindsIntoOperations();
  FoldArrestsIntoFoiledAttacks();
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
  CrudeArmsMakeMobs();
  MergeCrowdEvents();  // again: a storming crowd is only now a riot
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
  CodeActors();
  for (Event& e : doc_.events)
    if (e.acled_event_type == "Battles") TerritoryByDoer(e);
  for (Event& e : doc_.events)
    for (const auto& told : asserted_after_denial)
      if (e.trigger == told.first && e.status == "negated") e.status = told.second;
  SettleClaims();
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
